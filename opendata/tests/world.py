"""The open-data tests' site: public handbooks in Thai and English, an office
directory, and private pages of every kind whose titles and texts carry
``SECRET``, a string no answer of the API may ever contain."""

from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from communities.factories import CommunityIndexPageFactory, CommunityPageFactory
from manuals.durations import WORKING_DAYS
from manuals.factories import (
    CitizenHandbookPageFactory,
    HandbookIndexPageFactory,
    ManualIndexPageFactory,
    ServiceManualPageFactory,
    handbook_step,
    stream,
)
from offices.tests.helpers import build_directory
from portal.factories import StandardPageFactory
from tests.world import translate
from training.factories import CourseIndexPageFactory, CoursePageFactory, ModulePageFactory

SECRET = "ลับเฉพาะQX7"


@dataclass
class OpenWorld:
    site: object
    index: object
    handbook: object
    handbook_en: object
    directory: object
    public_form: object
    private_form: object
    private_pages: list = field(default_factory=list)


def _document(title, collection):
    document = get_document_model()(title=title, collection=collection)
    document.file.save("form.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=True)
    return document


def handbook(index, **fields):
    return CitizenHandbookPageFactory(parent=index, **fields)


def build_open_world(site):
    root = Collection.get_first_root_node()
    closed = root.add_child(name=f"เอกสารภายใน {SECRET}")
    CollectionViewRestriction.objects.create(
        collection=closed, restriction_type=CollectionViewRestriction.LOGIN
    )
    public_form = _document("แบบ ล.ป.10.4", root)
    private_form = _document(f"แบบฟอร์มภายใน {SECRET}", closed)

    index = HandbookIndexPageFactory(parent=site.home, slug="handbooks")
    translate(index, title="Citizen handbooks")
    page = handbook(
        index,
        title="การขอเลขประจำตัวผู้เสียภาษีอากร",
        slug="tax-id",
        intro="ขอเลขประจำตัวผู้เสียภาษีอากรสำหรับบุคคลธรรมดา",
        legal_basis=stream("law", {"title": "ประมวลรัษฎากร", "section": "มาตรา 3", "url": ""}),
        criteria=f'<p>ยื่นด้วยตนเอง <a linktype="page" id="{index.pk}">คู่มือ</a></p>',
        channels=stream(
            "channel",
            {
                "place": "สำนักงานสรรพากรพื้นที่",
                "opening_hours": "08:30–16:30",
                "url": "https://efiling.rd.go.th",
                "note": "",
            },
        ),
        steps=stream(
            "step",
            handbook_step("ยื่นคำขอ", 10),
            handbook_step("พิจารณาคำขอ", 1, WORKING_DAYS, "ฝ่ายบริการ"),
        ),
        documents=stream(
            "document",
            {
                "name": "บัตรประจำตัวประชาชน",
                "issuer": "กรมการปกครอง",
                "originals": 1,
                "copies": 1,
                "note": "",
            },
        ),
        fees=stream("fee", {"description": "ค่าธรรมเนียม", "amount": "50", "note": ""}),
        complaint_channels=stream(
            "channel", {"name": "ศูนย์สายด่วน 1161", "details": "โทร 1161", "url": ""}
        ),
        sample_forms=stream(
            "form",
            {"document": public_form.pk, "title": ""},
            {"document": private_form.pk, "title": f"ภายใน {SECRET}"},
        ),
    )
    page_en = translate(page, title="Applying for a taxpayer identification number")
    world = OpenWorld(site, index, page, page_en, build_directory(site), public_form, private_form)
    world.private_pages = _private_pages(site, index)
    return world


def _private_pages(site, index):
    """A private page of each kind, each carrying ``SECRET``."""
    made = []
    # In the staff-only intranet: a service manual and a community.
    manuals = ManualIndexPageFactory(parent=site.intranet, title=f"คู่มือมาตรฐาน {SECRET}")
    made += [manuals, ServiceManualPageFactory(parent=manuals, title=f"มาตรฐาน {SECRET}")]
    communities = CommunityIndexPageFactory(parent=site.intranet, title=f"ชุมชน {SECRET}")
    made += [communities, CommunityPageFactory(parent=communities, title=f"ชุมชน {SECRET}")]
    # A handbook restricted to signed-in users, and one behind a password.
    for kind, extra in (
        (PageViewRestriction.LOGIN, {}),
        (PageViewRestriction.PASSWORD, {"password": "open sesame"}),
    ):
        page = handbook(index, title=f"คู่มือ {kind} {SECRET}", intro=SECRET)
        PageViewRestriction.objects.create(page=page, restriction_type=kind, **extra)
        made.append(page)
    # A draft handbook, and a live one under an unpublished page.
    made.append(handbook(index, title=f"ร่าง {SECRET}", intro=SECRET, live=False))
    hidden = StandardPageFactory(parent=site.home, title=f"ยังไม่เผยแพร่ {SECRET}", live=False)
    made += [hidden, StandardPageFactory(parent=hidden, title=f"ใต้หน้าร่าง {SECRET}")]
    # Training's staff-only module under a public course.
    courses = CourseIndexPageFactory(parent=site.home)
    course = CoursePageFactory(parent=courses)
    made.append(ModulePageFactory(parent=course, title=f"หน่วยภายใน {SECRET}"))
    return made
