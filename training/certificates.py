"""Certificate codes, name snapshots, QR codes and rate-limited public verification."""

import secrets

import segno
from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from pythainlp.transliterate import romanize

from core import throttle
from core.client import client_address
from core.dates import format_date
from training.models.progress import Certificate

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
CODE_LENGTH = 16
VERIFY_LIMIT = 20  # lookups per IP address ...
VERIFY_WINDOW = 600  # ... per ten minutes


def new_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(text):
    """What a person typed (any case, spaces or dashes) as a stored code."""
    return "".join(char for char in str(text).upper() if char.isalnum())


def display_code(code):
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def english_name(name):
    """A Thai name in the Royal Thai General System; other names as they are."""
    if not any("\u0e00" <= char <= "\u0e7f" for char in name):
        return name
    return " ".join(romanize(part, engine="royin").capitalize() for part in name.split())


def create_certificate(user, course, source_id):
    """Issue ``user``'s certificate for ``course`` (any language; ``source_id`` is the
    source-language page's id), once."""
    name = user.get_full_name() or user.get_username()
    translations = course.specific_class.objects.filter(translation_key=course.translation_key)
    pages = {
        page["locale__language_code"]: page
        for page in translations.values(
            "locale__language_code", "title", "hours", "signatory_name", "signatory_title"
        )
    }
    titles = {language: page["title"] for language, page in pages.items()}
    thai_title = titles.get(settings.LANGUAGE_CODE, course.title)
    signatory = {
        language: {"name": page["signatory_name"], "title": page["signatory_title"]}
        for language, page in pages.items()
        if page["signatory_name"] or page["signatory_title"]
    }
    with transaction.atomic():
        certificate, _created = Certificate.objects.get_or_create(
            user=user,
            course_id=source_id,
            defaults={
                "code": new_code(),
                "name_th": name,
                "name_en": english_name(name),
                "course_title_th": thai_title,
                "course_title_en": titles.get("en", thai_title),
                "hours": pages.get(settings.LANGUAGE_CODE, {}).get("hours"),
                "signatory": signatory,
            },
        )
    return certificate


def lookup_allowed(request):
    """Count a verification lookup from this IP; False once it passes the limit."""
    name = throttle.key("training:verify", client_address(request))
    return throttle.within_limit(name, VERIFY_LIMIT, VERIFY_WINDOW)


def find_certificate(code):
    return Certificate.objects.filter(code=normalize_code(code)).first()


def qr_svg(url, title):
    """An inline SVG QR code for ``url``."""
    return mark_safe(segno.make(url, error="m").svg_inline(scale=4, title=title))  # noqa: S308


def wording(certificate, organisation):
    """The certificate's text in Thai, then in English (dates in each one's era)."""
    lines = []
    for language in ("th", "en"):
        with translation.override(language):
            lines.append(
                {
                    "language": language,
                    "organisation": getattr(organisation, f"name_{language}", ""),
                    "title": _("Certificate of completion"),
                    "certifies": _("This is to certify that"),
                    "name": certificate.name(language),
                    "completed": _("has successfully completed the course"),
                    "course": certificate.course_title(language),
                    "issued": _("Issued on %(date)s")
                    % {"date": format_date(certificate.issued_at)},
                    "hours": ngettext(
                        "Course length: %(hours)s hour",
                        "Course length: %(hours)s hours",
                        certificate.hours,
                    )
                    % {"hours": certificate.hours}
                    if certificate.hours
                    else "",
                    "signatory": certificate.signed_by(language),
                }
            )
    return lines
