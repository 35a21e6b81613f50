"""The open-data API (``/api/v2/``) in the security matrix: the same answer for
every role (it never authenticates), and nothing from the intranet or a restricted
collection, whoever asks."""

from wagtail.documents.models import Document

from manuals.models import ServiceManualPage

from .matrix import NOT_FOUND, Case, everyone


def _manual():
    return ServiceManualPage.objects.live().filter(locale__language_code="th").first()


def _private_document():
    return Document.objects.filter(collection__depth=2).order_by("pk").first()


def _public_document():
    return Document.objects.exclude(collection__depth=2).order_by("pk").first()


def _secrets():
    return [_manual().title, _private_document().title]


def _case(name, url, expected=None):
    return Case(f"opendata:{name}", url, expected or everyone(), secrets=_secrets)


OPENDATA_CASES = [
    _case("documentation", lambda: "/api/v2/"),
    _case("openapi", lambda: "/api/v2/openapi.json"),
    _case("pages:listing", lambda: "/api/v2/pages/?fields=*&limit=20"),
    _case("pages:detail", lambda: f"/api/v2/pages/{_manual().pk}/", everyone(NOT_FOUND)),
    _case("pages:find", lambda: f"/api/v2/pages/find/?id={_manual().pk}", everyone(NOT_FOUND)),
    _case("images:listing", lambda: "/api/v2/images/"),
    _case("images:detail", lambda: "/api/v2/images/999999/", everyone(NOT_FOUND)),
    _case("images:find", lambda: "/api/v2/images/find/?id=999999", everyone(NOT_FOUND)),
    _case("documents:listing", lambda: "/api/v2/documents/?fields=*"),
    _case(
        "documents:detail",
        lambda: f"/api/v2/documents/{_private_document().pk}/",
        everyone(NOT_FOUND),
    ),
    _case(
        "documents:find",
        lambda: f"/api/v2/documents/find/?id={_private_document().pk}",
        everyone(NOT_FOUND),
    ),
    _case("documents:detail public", lambda: f"/api/v2/documents/{_public_document().pk}/"),
    _case("offices", lambda: "/api/v2/offices/"),
    _case("complaints_monthly", lambda: "/api/v2/statistics/complaints/monthly/"),
    _case("satisfaction_monthly", lambda: "/api/v2/statistics/satisfaction/monthly/"),
    _case("not_found", lambda: "/api/v2/nothing-here/", everyone(NOT_FOUND)),
]
