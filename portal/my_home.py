"""Each person's home ("งานของฉัน"): what waits for them, from the panels apps
register (``core.home``), or the site's top tasks when nothing does."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from core import home
from portal.people import display_name


@login_required
def my_home(request):
    panels = home.panels_for(request)
    return render(
        request,
        "portal/my_home.html",
        {
            "panels": panels,
            "tasks": [] if panels else home.top_tasks(request),
            "name": display_name(request.user),
        },
    )
