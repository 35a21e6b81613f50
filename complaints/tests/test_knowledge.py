"""The loop into the knowledge base: editors of a manual see its service's recent
complaints (in the admin and on the page), and a lesson may cite a closed complaint."""

import datetime

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from complaints import factories, workflow
from complaints.choices import Kind, Outcome
from manuals.blocks import LessonBlock
from manuals.factories import ManualIndexPageFactory, ServiceManualPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def manual(site):
    index = ManualIndexPageFactory(parent=site.intranet)
    return ServiceManualPageFactory(parent=index, service_group="refunds")


@pytest.fixture
def answered(offices):
    refunds = factories.CategoryFactory(service_group="refunds", name_en="Slow refunds")
    complaint = factories.file(office=offices["area"])
    workflow.triage(complaint, None, category=refunds)
    workflow.answer(complaint, None, "คืนเงินแล้ว", Outcome.UPHELD, "ตรวจเอกสารซ้ำสองรอบ",
                    "ตรวจครั้งเดียวด้วยรายการตรวจ")  # fmt: skip
    tip = factories.file(office=offices["area"], kind=Kind.CORRUPTION)
    workflow.triage(tip, None, category=refunds)
    old = factories.file(received_at=datetime.datetime(2020, 1, 6, 2, 0, tzinfo=datetime.UTC))
    workflow.triage(old, None, category=refunds)
    complaint.refresh_from_db()
    return complaint, tip, old


def test_editors_see_the_services_recent_complaints_on_the_page(sign_in, manual, answered):
    complaint, tip, old = answered
    page = sign_in("editor").get(manual.url)
    assert "ตรวจเอกสารซ้ำสองรอบ" in page.text and complaint.reference in page.text
    assert tip.reference not in page.text and old.reference not in page.text
    assert complaint.contact_name not in page.text
    staff = sign_in("staff").get(manual.url)
    assert staff.status_code == 200 and complaint.reference not in staff.text


def test_editors_see_them_in_the_admin(sign_in, manual, answered):
    page = sign_in("admin").get(f"/admin/pages/{manual.pk}/edit/")
    assert page.status_code == 200 and answered[0].reference in page.text


def test_a_lesson_cites_an_answered_complaint(answered):
    complaint, tip, _old = answered
    block = LessonBlock()
    value = block.clean(block.to_python({"title": "t", "text": "x",
                                         "complaint": complaint.reference.lower()}))  # fmt: skip
    assert value["complaint"] == complaint.reference
    for reference in (tip.reference, "R7-2569-999999", answered[2].reference):
        with pytest.raises(StructBlockValidationError):
            block.clean(block.to_python({"title": "t", "text": "x", "complaint": reference}))
