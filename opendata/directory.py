"""The office directory as open data: every office an anonymous visitor may open,
in tree order (the regional office, each area office, then its branches)."""

from django.contrib.auth.models import AnonymousUser
from django.http import JsonResponse
from django.utils import translation

from core.privacy import viewable_by
from offices.choices import GeccLevel, OfficeType
from offices.models import OfficePage


def _label(choices, value):
    return {"code": value, "label": str(choices(value).label)} if value in choices else None


def office_data(office, parent_codes, request):
    return {
        "code": office.code,
        "name": office.title,
        "type": _label(OfficeType, office.office_type),
        "parent": parent_codes.get(office.path[: -office.steplen]),
        "address": office.address,
        "phone": office.phone,
        "email": office.email or None,
        "opening_hours": [
            {
                "weekday": weekday,
                "opens": opens.isoformat("minutes"),
                "closes": closes.isoformat("minutes"),
            }
            for weekday, opens, closes in sorted(
                block.value.entry() for block in office.opening_hours
            )
        ],
        "out_of_hours": office.out_of_hours or None,
        "public_transport": office.public_transport or None,
        "accessibility": office.accessibility or None,
        "map_url": office.map_url or None,
        "gecc_level": _label(GeccLevel, office.gecc_level),
        "html_url": office.get_full_url(request),
    }


def offices(request, locale):
    """The offices of ``locale`` as a list (a region has a few dozen: no paging)."""
    found = viewable_by(
        OfficePage.objects.live().filter(locale__language_code=locale).order_by("path"),
        AnonymousUser(),
    )
    found = list(found)
    parent_codes = {office.path: office.code for office in found}
    with translation.override(locale):
        items = [office_data(office, parent_codes, request) for office in found]
    return JsonResponse({"meta": {"total_count": len(items), "locale": locale}, "items": items})
