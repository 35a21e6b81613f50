"""The tax compass page of the demo site, in Thai and English. The rules come
from the data migration (2568 approved, 2569 draft)."""

from django.db import transaction

from portal.demo.loader import add_page, demo_user, translate
from portal.models import HomePage
from taxcompass.models import TaxCompassPage

INTRO = (
    "ประมาณภาษีเงินได้บุคคลธรรมดาของคุณทีละขั้น ตั้งแต่เงินได้ ค่าใช้จ่าย ค่าลดหย่อน "
    "จนถึงภาษีที่ต้องชำระเพิ่มหรือได้คืน ทุกตัวเลขบอกที่มา ไม่ต้องเข้าสู่ระบบ "
    "และไม่มีการเก็บข้อมูลที่คุณกรอก"
)
PAGE = {
    "title": "เข็มทิศภาษี",
    "slug": "tax-compass",
    "intro": f"<p>{INTRO}</p>",
    "search_description": "คำนวณภาษีเงินได้บุคคลธรรมดาทีละขั้น พร้อมที่มาของทุกตัวเลข",
}
ENGLISH = {
    "เข็มทิศภาษี": "Tax compass",
    # wagtail-localize translates rich text paragraph by paragraph, without the tags.
    INTRO: (
        "Estimate your personal income tax step by step: income, expenses, allowances, "
        "and the tax to pay or the refund. Every figure shows its source. No sign-in, and "
        "nothing you enter is stored."
    ),
    PAGE["search_description"]: (
        "Personal income tax worked out step by step, with the source of every figure"
    ),
}


def load(stdout):
    """Create the page if missing (running it again changes nothing)."""
    admin = demo_user()
    home = HomePage.objects.get(locale__language_code="th", depth=2)
    with transaction.atomic():
        page = add_page(home, TaxCompassPage, PAGE, admin)
    translate(page, ENGLISH, admin)
