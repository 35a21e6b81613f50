"""Demo handbooks (public) and service-standard manuals (Intranet), Thai and English."""

import datetime

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from tqdm import tqdm

from manuals.demo import handbooks, manuals
from manuals.demo.bilingual import thai_spec
from manuals.demo.documents import sample_documents
from manuals.models import (
    CitizenHandbookPage,
    HandbookIndexPage,
    ManualIndexPage,
    ServiceManualPage,
)
from portal.demo.loader import add_page, demo_user, translate
from portal.models import HomePage
from portal.roles import STAFF

INTRANET_SLUG = "intranet"


def load(stdout):
    """Create what is missing (running it again changes nothing)."""
    admin = demo_user()
    english = {}
    home = HomePage.objects.get(locale__language_code="th", depth=2)
    with transaction.atomic():
        documents = sample_documents(Group.objects.get(name=STAFF), admin)
        by_ref = {("document", key): pk for key, pk in documents.items()}

        def resolve(ref):
            return by_ref[(ref.kind, ref.key)]

        handbook_index = add_page(
            home, HandbookIndexPage, thai_spec(handbooks.INDEX, english, resolve), admin
        )
        pages = [handbook_index]
        for spec in handbooks.HANDBOOKS:
            fields = thai_spec(spec, english, resolve)
            pages.append(add_page(handbook_index, CitizenHandbookPage, fields, admin))
        slugs = {page.slug: page.pk for page in pages}

        intranet = home.get_children().get(slug=INTRANET_SLUG)
        manual_index = add_page(
            intranet, ManualIndexPage, thai_spec(manuals.INDEX, english, resolve), admin
        )
        pages.append(manual_index)
        for spec in manuals.MANUALS:
            pages.append(
                add_page(
                    manual_index, ServiceManualPage, _manual(spec, english, resolve, slugs), admin
                )
            )
    for page in tqdm(pages, desc="Translating handbooks and manuals", unit="page", file=stdout):
        translate(page, english, admin)


def _manual(spec, english, resolve, handbook_ids):
    extra = ("handbooks", "owner", "review_in_days")
    fields = thai_spec({k: v for k, v in spec.items() if k not in extra}, english, resolve)
    fields["handbooks"] = [
        {"type": "handbook", "value": handbook_ids[slug]} for slug in spec["handbooks"]
    ]
    fields["manual_owner"] = demo_user(spec["owner"])
    fields["next_review_date"] = timezone.localdate() + datetime.timedelta(
        days=spec["review_in_days"]
    )
    return fields
