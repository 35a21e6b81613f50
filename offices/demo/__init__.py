"""Demo office directory: the regional office, the eight area offices and their
branches, in Thai with English translations; the demo staff are linked to theirs."""

from django.db import transaction
from tqdm import tqdm

from core.locales import default_locale
from offices.demo.directory import INDEX, offices
from offices.matching import link_profiles
from offices.models import OfficeIndexPage, OfficePage
from portal.demo.loader import add_page, demo_user, translate
from portal.models import HomePage, StaffProfile


def thai_fields(spec, english):
    """``spec``'s Thai values; each ``(thai, english)`` pair is recorded in ``english``."""
    fields = {}
    for name, value in spec.items():
        if isinstance(value, tuple):
            english[value[0]] = value[1]
            value = value[0]
        fields[name] = value
    return fields


def load(stdout):
    """Create what is missing (running it again changes nothing)."""
    admin = demo_user()
    english = {}
    home = HomePage.objects.get(locale__language_code="th", depth=2)
    with transaction.atomic():
        index_fields = thai_fields(INDEX, english)
        index_fields["intro"] = f"<p>{index_fields['intro']}</p>"
        index = add_page(home, OfficeIndexPage, index_fields, admin)
        pages = [index]
        for spec, branches in offices():
            office = add_page(index, OfficePage, thai_fields(spec, english), admin)
            pages.append(office)
            for branch in branches:
                pages.append(add_page(office, OfficePage, thai_fields(branch, english), admin))
        link_profiles(StaffProfile, OfficePage, default_locale().language_code)
    for page in tqdm(pages, desc="Translating offices", unit="page", file=stdout):
        translate(page, english, admin)
