"""Site-wide views: robots.txt and the friendly error pages (400, 403 CSRF, 404, 500)."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET


@require_GET
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", {"missing_page": True}, status=404)


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def server_error(request):
    """Render without context processors or the database: they may be what failed."""
    return HttpResponseServerError(render_to_string("500.html", {"request_path": request.path}))


def csrf_failure(request, reason=""):
    """A form sent without a valid security token: usually an expired page."""
    return render(request, "403_csrf.html", status=403)
