"""A citizen handbook's structured fields as the API gives them.

Each field is read from the page in the page's own language (labels of choices,
the total time as text), so ``locale=en`` gives the English translation with
English labels whatever the client's ``Accept-Language``. Fees are strings with
two decimals; document links are absolute and name only documents the public
may download (``opendata.media``)."""

import re
from decimal import Decimal

from django.utils import translation
from rest_framework.fields import Field
from wagtail.api import APIField
from wagtail.api.utils import get_base_url
from wagtail.api.v2.utils import get_full_url
from wagtail.rich_text import expand_db_html

from manuals.choices import Agency, Audience, ServiceGroup
from opendata.media import public_collection_ids

TWO_PLACES = Decimal("0.01")


class PageField(Field):
    """A read-only field computed from the whole page; ``localized`` ones (labels,
    texts from gettext) in the page's language."""

    def __init__(self, read, localized=False):
        self.read = read
        self.localized = localized
        super().__init__(read_only=True)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        if not self.localized:
            return self.read(page, self.context)
        with translation.override(page.locale.language_code):
            return self.read(page, self.context)


def _choice(choices, name):
    def read(page, context):
        value = getattr(page, name)
        return {"code": value, "label": str(choices(value).label) if value in choices else value}

    return read


def _structs(name, *keys):
    """The ``name`` StreamField as a list of objects with ``keys`` (URLs and texts;
    empty optional values are null)."""

    def read(page, context):
        return [
            {key: child.value.get(key) or None for key in keys} for child in getattr(page, name)
        ]

    return read


def _steps(page, context):
    return [
        {
            "title": step.value["title"],
            "description": step.value["description"] or None,
            "responsible_unit": step.value["responsible_unit"],
            "duration": {"amount": step.value["amount"], "unit": step.value["unit"]},
        }
        for step in page.steps
    ]


def _total_time(page, context):
    total = page.total_duration()
    return {"minutes": total.minutes, "working_days": total.working_days, "text": str(total)}


def _documents(page, context):
    return [
        {
            "name": document.value["name"],
            "issuer": document.value["issuer"],
            "originals": document.value["originals"],
            "copies": document.value["copies"],
            "note": document.value["note"] or None,
        }
        for document in page.documents
    ]


def _fees(page, context):
    return [
        {
            "description": fee.value["description"],
            "amount": str(Decimal(fee.value["amount"]).quantize(TWO_PLACES)),
            "note": fee.value["note"] or None,
        }
        for fee in page.fees
    ]


def _sample_forms(page, context):
    request = context["request"]
    if "public_collections" not in context:  # once per response
        context["public_collections"] = public_collection_ids()
    public = context["public_collections"]
    forms = []
    for child in page.sample_forms:
        document = child.value.get("document")
        if document is None or document.collection_id not in public:
            continue
        forms.append(
            {
                "title": child.value.link_text(),
                "document_id": document.pk,
                "download_url": get_full_url(request, document.url),
            }
        )
    return forms


SITE_RELATIVE = re.compile(r'(href|src)="/(?!/)')


def _criteria(page, context):
    """Display HTML, its links to the site made absolute."""
    if not page.criteria:
        return ""
    base = get_base_url(context["request"]) or ""
    return SITE_RELATIVE.sub(rf'\1="{base}/', expand_db_html(page.criteria))


FIELDS = [
    APIField("intro"),
    APIField(
        "service_group",
        serializer=PageField(_choice(ServiceGroup, "service_group"), localized=True),
    ),
    APIField("agency", serializer=PageField(_choice(Agency, "agency"), localized=True)),
    APIField("audience", serializer=PageField(_choice(Audience, "audience"), localized=True)),
    APIField("responsible_unit"),
    APIField(
        "legal_basis", serializer=PageField(_structs("legal_basis", "title", "section", "url"))
    ),
    APIField("criteria", serializer=PageField(_criteria)),
    APIField(
        "channels",
        serializer=PageField(_structs("channels", "place", "opening_hours", "url", "note")),
    ),
    APIField("steps", serializer=PageField(_steps)),
    APIField("total_time", serializer=PageField(_total_time, localized=True)),
    APIField("documents", serializer=PageField(_documents)),
    APIField("fees", serializer=PageField(_fees)),
    APIField(
        "complaint_channels",
        serializer=PageField(_structs("complaint_channels", "name", "details", "url")),
    ),
    APIField("sample_forms", serializer=PageField(_sample_forms)),
]
# What ``?type=manuals.CitizenHandbookPage&<field>=<value>`` may filter on.
FILTERS = ["service_group", "agency", "audience"]
