"""A small bilingual set of handbooks and manuals, built with factories.

:func:`build_manuals` puts a handbook index under the home page and a manual
index inside the staff-only intranet, as a real installation has, each with a
few pages and their English translations. Tests read titles, slugs and dates
from the returned :class:`Manuals`, never from the demo site.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
)

from core.access import STAFF
from manuals.choices import Agency, Audience, ServiceGroup
from manuals.durations import MINUTES, WORKING_DAYS
from manuals.factories import (
    CitizenHandbookPageFactory,
    HandbookIndexPageFactory,
    ManualIndexPageFactory,
    ServiceManualPageFactory,
    handbook_step,
    stream,
)
from portal.factories import user_with_role
from tests.world import translate

HANDBOOK_INDEX_SLUG = "handbooks"
MANUAL_INDEX_SLUG = "service-manuals"


@dataclass
class Bilingual:
    """A Thai page and its English translation."""

    th: Page
    en: Page


@dataclass
class Manuals:
    handbook_index: Bilingual
    manual_index: Bilingual
    handbooks: dict = field(default_factory=dict)  # slug -> Bilingual
    manuals: dict = field(default_factory=dict)  # slug -> Bilingual
    owner: object = None  # the editor who owns the reviewed manuals
    public_form: object = None  # a document anyone may download
    staff_form: object = None  # a document in a staff-only collection


def published(page):
    """``page`` published through a revision, as editors publish (it gets a publication date)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def document_in(collection, title):
    Document = get_document_model()
    document = Document(title=title, collection=collection)
    document.file.save(f"{title}.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    return document


def staff_collection():
    collection = Collection.get_first_root_node().add_child(name="เอกสารภายใน")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=STAFF)])
    return collection


def step(title, amount, unit=MINUTES):
    return handbook_step(title, amount, unit, responsible_unit="งานบริการผู้เสียภาษี")


def manual_step(title, amount, unit=MINUTES):
    return {"title": title, "description": "", "amount": amount, "unit": unit, "role": "เจ้าหน้าที่"}


def document(name, issuer="กรมสรรพากร"):
    return {"name": name, "issuer": issuer, "originals": 1, "copies": 0, "note": ""}


def contact(name, details=""):
    return {"name": name, "details": details, "url": ""}


def form_link(document):
    return stream("form", {"document": document.pk, "title": document.title})


def fee(description, amount):
    return {"description": description, "amount": str(amount), "note": ""}


# slug -> (Thai fields, English fields, shared fields)
HANDBOOKS = {
    "pit-filing-at-office": (
        {"title": "การยื่นแบบแสดงรายการภาษีเงินได้บุคคลธรรมดาที่สำนักงาน"},
        {"title": "Filing a personal income tax return (P.N.D. 90/91) at an office"},
        {
            "service_group": ServiceGroup.PERSONAL_INCOME_TAX,
            "agency": Agency.BRANCH_OFFICE,
            "audience": Audience.INDIVIDUALS,
        },
    ),
    "e-filing-for-elderly": (
        {"title": "การยื่นแบบผ่านอินเทอร์เน็ต (e-Filing) สำหรับผู้สูงอายุ"},
        {"title": "Filing online (e-Filing) for elderly taxpayers"},
        {
            "service_group": ServiceGroup.PERSONAL_INCOME_TAX,
            "agency": Agency.BRANCH_OFFICE,
            "audience": Audience.ELDERLY_AND_DISABLED,
        },
    ),
    "pit-refund": (
        {
            "title": "การขอคืนภาษีเงินได้บุคคลธรรมดา",
            "steps": stream(
                "step",
                step("ยื่นคำขอคืนภาษี", 10),
                step("ตรวจสอบข้อมูลและเอกสารประกอบ", 15, WORKING_DAYS),
                step("อนุมัติการคืนภาษี", 5, WORKING_DAYS),
                step("โอนเงินคืนเข้าบัญชีพร้อมเพย์", 3, WORKING_DAYS),
            ),
            "documents": stream("document", document("หนังสือรับรองการหักภาษี ณ ที่จ่าย (50 ทวิ)")),
            "complaint_channels": stream("channel", contact("ศูนย์สารนิเทศสรรพากร", "โทร. 1161")),
            "fees": stream("fee", fee("ไม่เสียค่าธรรมเนียม", 0)),
        },
        {
            "title": "Claiming a personal income tax refund",
            "steps": stream(
                "step",
                step("Submit the refund claim", 10),
                step("Check the data and supporting documents", 15, WORKING_DAYS),
                step("Approve the refund", 5, WORKING_DAYS),
                step("Pay the refund into the PromptPay account", 3, WORKING_DAYS),
            ),
            "documents": stream(
                "document",
                document("Withholding tax certificate (50 bis)", "Revenue Department"),
            ),
            "complaint_channels": stream(
                "channel", contact("Revenue Department call centre", "Phone 1161")
            ),
            "fees": stream("fee", fee("No fee", 0)),
        },
        {
            "service_group": ServiceGroup.REFUNDS,
            "agency": Agency.AREA_OFFICE,
            "audience": Audience.INDIVIDUALS,
        },
    ),
    "vat-registration": (
        {"title": "การจดทะเบียนภาษีมูลค่าเพิ่ม (ภ.พ.01)", "intro": "ผู้ประกอบการจดทะเบียนภาษีมูลค่าเพิ่ม"},
        {"title": "Registering for value added tax (P.P. 01)", "intro": "Registering for VAT."},
        {
            "service_group": ServiceGroup.VAT,
            "agency": Agency.BRANCH_OFFICE,
            "audience": Audience.BUSINESSES,
        },
    ),
    "taxpayer-id": (
        {"title": "การขอมีเลขประจำตัวผู้เสียภาษีอากร"},
        {"title": "Applying for a taxpayer identification number"},
        {
            "service_group": ServiceGroup.PERSONAL_INCOME_TAX,
            "agency": Agency.BRANCH_OFFICE,
            "audience": Audience.INDIVIDUALS,
        },
    ),
}

# slug -> (Thai title, English title, days until review, linked handbooks)
MANUALS = {
    "pit-counter-standard": (
        "มาตรฐานการรับแบบ ภ.ง.ด.90/91 ที่เคาน์เตอร์",
        "Standard for receiving P.N.D. 90/91 returns at the counter",
        -20,
        ["pit-filing-at-office", "e-filing-for-elderly"],
    ),
    "pit-refund-standard": (
        "มาตรฐานการคืนภาษีเงินได้บุคคลธรรมดา",
        "Standard for personal income tax refunds",
        14,
        ["pit-refund"],
    ),
    "vat-registration-standard": (
        "มาตรฐานการจดทะเบียนภาษีมูลค่าเพิ่ม",
        "Standard for registering for value added tax",
        200,
        ["vat-registration"],
    ),
}


def build_manuals(site):
    """Handbooks under ``site.home`` and manuals in ``site.intranet``, in Thai and English."""
    public_form = document_in(Collection.get_first_root_node(), "ตัวอย่างแบบ ภ.ง.ด.91")
    staff_form = document_in(staff_collection(), "แบบตรวจเอกสารหน้าเคาน์เตอร์")
    handbook_index = HandbookIndexPageFactory(
        parent=site.home, title="คู่มือสำหรับประชาชน", slug=HANDBOOK_INDEX_SLUG, show_in_menus=True
    )
    world = Manuals(
        handbook_index=Bilingual(handbook_index, translate(handbook_index, title="Handbooks")),
        manual_index=None,
        public_form=public_form,
        staff_form=staff_form,
    )
    forms = {"pit-filing-at-office": public_form}
    for slug, (thai, english, shared) in HANDBOOKS.items():
        if slug in forms:
            shared = shared | {"sample_forms": form_link(forms[slug])}
        page = published(
            CitizenHandbookPageFactory(parent=handbook_index, slug=slug, **thai, **shared)
        )
        world.handbooks[slug] = Bilingual(page, translate(page, **english))

    manual_index = ManualIndexPageFactory(
        parent=site.intranet, title="คู่มือมาตรฐานการให้บริการ", slug=MANUAL_INDEX_SLUG
    )
    world.manual_index = Bilingual(
        manual_index, translate(manual_index, title="Service-standard manuals")
    )
    world.owner = user_with_role("editor", first_name="วรรณา", last_name="ศรีสุข")
    today = timezone.localdate()
    for slug, (thai, english, days, handbooks) in MANUALS.items():
        page = published(
            ServiceManualPageFactory(
                parent=manual_index,
                slug=slug,
                title=thai,
                manual_owner=world.owner,
                next_review_date=today + datetime.timedelta(days=days),
                steps=stream("step", manual_step("ตรวจเอกสาร", 5)),
                forms=form_link(staff_form),
                handbooks=stream(
                    "handbook", *[world.handbooks[handbook].th.pk for handbook in handbooks]
                ),
            )
        )
        world.manuals[slug] = Bilingual(page, translate(page, title=english))
    return world
