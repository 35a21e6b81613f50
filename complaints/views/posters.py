"""QR posters: the list of offices for officers, and each office's poster PDF."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation

from complaints import access, posters
from complaints.forms import office_token, offices_in_language
from offices.models import OfficePage


def form_url(office):
    """The absolute address of the complaint form with ``office`` filled in (Thai)."""
    with translation.override("th"):
        path = reverse("complaints:new")
    return f"{settings.WAGTAILADMIN_BASE_URL}{path}?office={office_token(office)}"


@access.officer_required
def poster_list(request):
    return render(request, "complaints/officer/posters.html", {"offices": offices_in_language()})


@access.officer_required
def poster(request, code):
    office = OfficePage.objects.live().filter(code=code.upper(), locale__language_code="th").first()
    if office is None:
        raise Http404
    english = (
        OfficePage.objects.live()
        .filter(translation_key=office.translation_key, locale__language_code="en")
        .first()
    )
    content = posters.render_poster(office, (english or office).title, form_url(office))
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="complaints-poster-{office.code}.pdf"'
    return response
