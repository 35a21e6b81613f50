"""The open-data endpoints that are not Wagtail's (offices and monthly statistics),
the OpenAPI description and the page that shows it to people."""

import re

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext

from complaints import open_statistics as complaint_statistics
from opendata import directory, schema
from opendata.http import error
from surveys import open_statistics as satisfaction_statistics

FIRST_YEAR, LAST_YEAR = 2000, 2100
OFFICE_CODE = re.compile(r"^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")
LOCALES = ("th", "en")


class BadParameter(Exception):
    pass


def _parameters(request, known):
    """The query parameters, refusing any not in ``known`` and repeated ones."""
    unknown = sorted(set(request.GET) - set(known))
    if unknown:
        raise BadParameter(
            gettext("Unknown query parameters: %(names)s") % {"names": ", ".join(unknown)}
        )
    if any(len(values) > 1 for _name, values in request.GET.lists()):
        raise BadParameter(gettext("Give each query parameter once."))
    return request.GET


def _year(value):
    if value is None:
        return None
    if not (value.isascii() and value.isdigit() and FIRST_YEAR <= int(value) <= LAST_YEAR):
        raise BadParameter(
            gettext("year must be a Gregorian year from %(first)d to %(last)d.")
            % {"first": FIRST_YEAR, "last": LAST_YEAR}
        )
    return int(value)


def _office(value):
    if value is None:
        return None
    if len(value) > 20 or not OFFICE_CODE.match(value):
        raise BadParameter(gettext("office must be an office code such as PLK or PLK-01."))
    return value.upper()


def _statistics(request, monthly):
    try:
        query = _parameters(request, ("year", "office"))
        year, office = _year(query.get("year")), _office(query.get("office"))
    except BadParameter as e:
        return error(e, 400)
    items = monthly(year=year, office_code=office)
    return JsonResponse(
        {"meta": {"total_count": len(items), "year": year, "office": office}, "items": items}
    )


def complaints_monthly(request):
    return _statistics(request, complaint_statistics.monthly)


def satisfaction_monthly(request):
    return _statistics(request, satisfaction_statistics.monthly)


def offices(request):
    try:
        locale = _parameters(request, ("locale",)).get("locale", LOCALES[0])
        if locale not in LOCALES:
            raise BadParameter(gettext("locale must be th or en."))
    except BadParameter as e:
        return error(e, 400)
    return directory.offices(request, locale)


def not_found(request):
    return error(gettext("No such address in the open-data API."), 404)


def openapi_json(request):
    return JsonResponse(schema.describe(request), json_dumps_params={"ensure_ascii": False})


def documentation(request):
    """The OpenAPI description as a page people read: no scripts at all."""
    return render(request, "opendata/documentation.html", schema.for_reading(request))
