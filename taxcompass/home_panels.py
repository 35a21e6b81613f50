"""The tax compass on the home pages (see ``core.home``): a person's saved estimates,
and the compass among the top tasks."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core import home
from taxcompass.models import SavedEstimate, TaxCompassPage


@home.panel(91)
def saved_estimates(request):
    """The person's saved estimates, newest first (none: no panel)."""
    mine = SavedEstimate.objects.filter(owner=request.user)
    latest, count = home.first_items(mine)
    if not latest:
        return None
    return home.Panel(
        key="tax-estimates",
        title=_("Your saved tax estimates"),
        count=count,
        items=[
            home.Link(
                estimate.name or _("Tax year %(year)d") % {"year": estimate.tax_year},
                reverse("taxcompass:estimate", args=[estimate.pk]),
                when=estimate.created_at,
            )
            for estimate in latest
        ],
        more=home.Link(_("All your estimates"), reverse("taxcompass:my_estimates")),
    )


@home.task(20)
def tax_compass(request):
    page = TaxCompassPage.objects.live().public().filter(locale=Locale.get_active()).first()
    return home.Link(page.title, page.get_url(request)) if page else None
