"""Builds the demo site through the same APIs editors use (tree, revisions, localize)."""

import json

from django.contrib.auth import get_user_model
from django.db import transaction
from tqdm import tqdm
from wagtail.models import Locale, Page, PageViewRestriction, Site, Task, Workflow
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from portal.demo import content
from portal.models import HomePage, OrganisationSettings, SectionPage, StaffProfile, StandardPage
from portal.roles import (
    CONTEST_MANAGERS,
    EDITORS,
    EXECUTIVES,
    JUDGES,
    MODERATORS,
    OFFICE_HEADS,
    OFFICERS,
    STAFF,
    SUPERVISORS,
    ensure_roles,
)

# Wagtail's migrations name the moderation workflow and its task in English; the
# demo names them in Thai, the language our editors work in (neither is translatable).
WAGTAIL_WORKFLOW_NAME = "Moderators approval"
WORKFLOW_NAME = "การอนุมัติของผู้ตรวจสอบ"
SECTION_OPTIONS = ("pages", "staff_only")  # keys of content.SECTIONS that are not fields
DEMO_PASSWORD = "changeme"  # noqa: S105 - documented demo credential

# username -> (first name, last name, groups); "admin" is the superuser.
ACCOUNTS = {
    "admin": ("ผู้ดูแล", "ระบบ", []),
    "editor": ("วรรณา", "ศรีสุข", [EDITORS, STAFF]),
    "staff": ("สมชาย", "ใจดี", [STAFF]),
    "moderator": ("ประภา", "มั่นคง", [MODERATORS, STAFF]),
    "judge1": ("กมล", "รัตนพันธ์", [JUDGES, STAFF]),
    "judge2": ("นิพนธ์", "แก้วมณี", [JUDGES, STAFF]),
    "judge3": ("อรุณี", "ทองคำ", [JUDGES, STAFF]),
    "manager": ("สุริยา", "พรหมมา", [CONTEST_MANAGERS, STAFF]),
    "supervisor": ("ชัยวัฒน์", "บุญมา", [SUPERVISORS, STAFF]),
    "officer": ("ศิริพร", "แสงทอง", [OFFICERS, STAFF]),
    "head": ("ธนากร", "วงศ์ใหญ่", [OFFICE_HEADS, STAFF]),
    "executive": ("วิชัย", "ศักดิ์สิทธิ์", [EXECUTIVES, STAFF]),
    "citizen": ("มานี", "มีนา", []),
}

# username -> (office, unit) for the staff accounts; the offices' demo links each
# office name to its page of the office directory.
PROFILES = {
    "editor": ("สำนักงานสรรพากรภาค 7", "ฝ่ายสื่อสารองค์กร"),
    "staff": ("สำนักงานสรรพากรพื้นที่พิษณุโลก", "ฝ่ายบริการผู้เสียภาษี"),
    "moderator": ("สำนักงานสรรพากรภาค 7", "ฝ่ายบริหารทรัพยากรบุคคล"),
    "judge1": ("สำนักงานสรรพากรพื้นที่นครสวรรค์", "ฝ่ายบริการผู้เสียภาษี"),
    "judge2": ("สำนักงานสรรพากรพื้นที่ตาก", "ฝ่ายกำกับดูแลผู้เสียภาษี"),
    "judge3": ("สำนักงานสรรพากรพื้นที่สุโขทัย", "ฝ่ายบริการผู้เสียภาษี"),
    "manager": ("สำนักงานสรรพากรภาค 7", "ฝ่ายบริหารทรัพยากรบุคคล"),
    "supervisor": ("สำนักงานสรรพากรพื้นที่พิษณุโลก", "ฝ่ายบริการผู้เสียภาษี"),
    "officer": ("สำนักงานสรรพากรพื้นที่สาขาวังทอง", "หน่วยบริการผู้เสียภาษี"),
    "head": ("สำนักงานสรรพากรพื้นที่พิษณุโลก", "ฝ่ายบริหารงานทั่วไป"),
    "executive": ("สำนักงานสรรพากรภาค 7", "ส่วนบริหารงานภาค"),
}


def load(stdout):
    """Create or complete the demo site; running it again changes nothing.

    Other apps' ``demo`` modules build on it with :func:`add_page`,
    :func:`translate`, :func:`add_account` and :func:`demo_user`.
    """
    groups = ensure_roles()
    admin = _accounts(groups)
    thai, _english = _locales()
    with transaction.atomic():
        home = _home_page(thai, admin)
        pages = [home]
        for spec in content.SECTIONS:
            fields = {key: value for key, value in spec.items() if key not in SECTION_OPTIONS}
            section = add_page(home, SectionPage, fields, admin)
            if spec.get("staff_only"):
                _restrict_to_staff(section, groups[STAFF])
            pages.append(section)
            pages += [add_page(section, StandardPage, page, admin) for page in spec["pages"]]
        _organisation()
        _workflow_names()
    for page in tqdm(pages, desc="Translating pages", unit="page", file=stdout):
        translate(page, content.ENGLISH, admin)
    for spec in content.SECTIONS:
        if spec.get("staff_only"):
            _restrict_to_staff(home.get_children().get(slug=spec["slug"]), groups[STAFF])
    return pages


def _workflow_names():
    Workflow.objects.filter(name=WAGTAIL_WORKFLOW_NAME).update(name=WORKFLOW_NAME)
    Task.objects.filter(name=WAGTAIL_WORKFLOW_NAME).update(name=WORKFLOW_NAME)


def _accounts(groups):
    admin = None
    for username, (first, last, group_names) in ACCOUNTS.items():
        user = add_account(
            username, first, last, [groups[name] for name in group_names], PROFILES.get(username)
        )
        if username == "admin":
            admin = user
    return admin


def add_account(username, first, last, groups=(), profile=None):
    """A demo account (password ``DEMO_PASSWORD``, verified e-mail), created if
    missing, in ``groups`` and with ``profile`` = (office, unit) if given: the office
    as a note, which the offices' demo links to its page of the office directory.
    ``admin`` is the superuser."""
    from allauth.account.models import EmailAddress

    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "first_name": first,
            "last_name": last,
            "email": f"{username}@region7.example",
            "is_staff": username == "admin",
            "is_superuser": username == "admin",
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
        EmailAddress.objects.get_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
    user.groups.add(*groups)
    if profile:
        office, unit = profile
        StaffProfile.objects.get_or_create(
            user=user, defaults={"office_note": office, "unit": unit}
        )
    return user


def _locales():
    thai, _ = Locale.objects.get_or_create(language_code="th")
    english, _ = Locale.objects.get_or_create(language_code="en")
    return thai, english


def _publish(page, user):
    page.save_revision(user=user, log_action=True).publish(user=user)


def _home_page(thai, admin):
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=thai, depth=2).first()
    if home is None:
        home = root.add_child(instance=_build(HomePage, content.HOME, locale=thai))
        _publish(home, admin)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = "localhost", 80, home
    site.site_name = "SMILE KM"
    site.save()
    # The welcome page Wagtail's first migration creates is replaced by ours
    # (deleted only now: deleting a site's root page deletes the site too).
    root.get_children().filter(depth=2, content_type__model="page").delete()
    return home


def demo_user(username="admin"):
    return get_user_model().objects.get(username=username)


def add_page(parent, model, spec, user, publish=True):
    """The child of ``parent`` with ``spec["slug"]``, created (and published) if missing.

    ``spec`` holds field values; a StreamField value may be a list of raw blocks.
    """
    existing = parent.get_children().filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing.specific
    page = parent.add_child(instance=_build(model, spec))
    if publish:
        _publish(page, user)
    else:
        page.save_revision(user=user, log_action=True)
    return page


def _build(model, spec, **extra):
    fields = {"show_in_menus": model is SectionPage, **spec, **extra}
    for name, value in fields.items():
        if isinstance(value, list):  # raw StreamField blocks
            fields[name] = json.dumps(value)
    return model(**fields)


def translate(page, english, user):
    """Translate ``page`` to English like an editor who uploads a filled-in PO file.

    ``english`` maps each Thai source string to its translation; a string it
    lacks is copied as is. Does nothing if the translation exists already.
    """
    english_locale = Locale.objects.get(language_code="en")
    if page.get_translation_or_none(english_locale) is not None:
        return
    TranslationCreator(user, [english_locale]).create_translations(page)
    source = TranslationSource.objects.get_for_instance(page)
    translation = Translation.objects.get(source=source, target_locale=english_locale)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = english.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    translation.save_target(user=user, publish=True)


def _restrict_to_staff(section, staff_group):
    """Restrict the section and each of its translations to the Staff group."""
    for page in section.get_translations(inclusive=True):
        restriction, _ = PageViewRestriction.objects.get_or_create(
            page=page, defaults={"restriction_type": PageViewRestriction.GROUPS}
        )
        restriction.restriction_type = PageViewRestriction.GROUPS
        restriction.save()
        restriction.groups.set([staff_group])


def _organisation():
    site = Site.objects.get(is_default_site=True)
    settings = OrganisationSettings.for_site(site)
    for field, value in content.ORGANISATION.items():
        if not getattr(settings, field):
            setattr(settings, field, value)
    settings.save()
