"""Sample forms for the demo: small real PDFs stored as Wagtail documents.

Forms attached to staff manuals go into a collection only Staff may open, so
their download URLs are as private as the manuals.
"""

from django.core.files.base import ContentFile
from fpdf.enums import XPos, YPos
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from core.pdf import FAMILY, ThaiPDF, breakable

INTRANET_COLLECTION = "เอกสารภายใน (อินทราเน็ต)"

# key -> (title, file name, staff only, lines of the form)
FORMS = {
    "pnd91": (
        "ตัวอย่างแบบ ภ.ง.ด.91",
        "sample-pnd91.pdf",
        False,
        [
            "ชื่อผู้มีเงินได้",
            "เลขประจำตัวผู้เสียภาษีอากร",
            "เงินได้จากการจ้างแรงงาน (บาท)",
            "ค่าลดหย่อน (บาท)",
            "ภาษีที่ถูกหัก ณ ที่จ่าย (บาท)",
            "ลายมือชื่อ",
        ],
    ),
    "refund-checklist": (
        "รายการตรวจสอบเอกสารขอคืนภาษี",
        "refund-checklist.pdf",
        False,
        [
            "สำเนาบัตรประจำตัวประชาชน",
            "หนังสือรับรองการหักภาษี ณ ที่จ่าย (50 ทวิ)",
            "หลักฐานค่าลดหย่อน",
            "เลขบัญชีพร้อมเพย์ที่ผูกกับเลขประจำตัวประชาชน",
        ],
    ),
    "pp01": (
        "ตัวอย่างแบบ ภ.พ.01",
        "sample-pp01.pdf",
        False,
        [
            "ชื่อผู้ประกอบการ",
            "เลขประจำตัวผู้เสียภาษีอากร",
            "ที่ตั้งสถานประกอบการ",
            "ประเภทกิจการ",
            "วันที่เริ่มประกอบกิจการ",
            "ลายมือชื่อผู้ขอจดทะเบียน",
        ],
    ),
    "efiling-guide": (
        "คู่มือการใช้งาน e-Filing ฉบับภาพ",
        "efiling-guide.pdf",
        False,
        [
            "1. เปิดเว็บไซต์ efiling.rd.go.th",
            "2. เลือก ยื่นแบบออนไลน์",
            "3. กรอกเลขประจำตัวประชาชน",
            "4. รับรหัส OTP ทางโทรศัพท์มือถือ",
            "5. กรอกเงินได้และค่าลดหย่อน",
            "6. ยื่นแบบและบันทึกหลักฐาน",
        ],
    ),
    "counter-checklist": (
        "แบบตรวจเอกสารหน้าเคาน์เตอร์",
        "counter-checklist.pdf",
        True,
        [
            "บัตรประจำตัวประชาชนตัวจริง",
            "50 ทวิ ครบทุกแหล่งเงินได้",
            "หลักฐานค่าลดหย่อนครบ",
            "ลายมือชื่อในแบบ",
            "แนะนำ e-Filing แล้ว",
        ],
    ),
}


def form_pdf(title, lines):
    """A one-page form: a title and a dotted line to fill in for each item."""
    pdf = ThaiPDF(format="A4")
    pdf.add_page()
    pdf.set_font(FAMILY, "B", 18)
    pdf.multi_cell(0, 10, breakable(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FAMILY, "", 10)
    pdf.cell(
        0, 6, breakable("ตัวอย่างประกอบคู่มือ สำนักงานสรรพากรภาค 7"), new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(6)
    pdf.set_font(FAMILY, "", 13)
    for line in lines:
        pdf.cell(0, 12, f"{line} " + "." * 40, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return bytes(pdf.output())


def _intranet_collection(staff_group):
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=INTRANET_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=INTRANET_COLLECTION)
    restriction, _ = CollectionViewRestriction.objects.get_or_create(
        collection=collection, defaults={"restriction_type": CollectionViewRestriction.GROUPS}
    )
    restriction.groups.set([staff_group])
    return collection


def sample_documents(staff_group, user):
    """{key: document id}, creating the documents that do not exist yet."""
    Document = get_document_model()
    collections = {
        False: Collection.get_first_root_node(),
        True: _intranet_collection(staff_group),
    }
    ids = {}
    for key, (title, filename, staff_only, lines) in FORMS.items():
        collection = collections[staff_only]
        document = Document.objects.filter(title=title, collection=collection).first()
        if document is None:
            document = Document(title=title, collection=collection, uploaded_by_user=user)
            document.file.save(filename, ContentFile(form_pdf(title, lines)), save=False)
            document.save()
        ids[key] = document.pk
    return ids
