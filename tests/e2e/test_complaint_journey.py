"""A citizen files a complaint on a phone through an office's QR poster; an officer
asks for more information, the citizen answers, the officer answers and closes, the
citizen confirms and rates, and the public statistics count it."""

import io
import re

import pytest
from pypdf import PdfReader

from .pages import DESKTOP, PHONE, follow, sign_in

pytestmark = pytest.mark.e2e

OFFICE = "PLK-02"  # Wang Thong branch, the demo officer's office
SUBJECT = "รอคืนภาษีนานเกินสองเดือน"


def _statistics_total(page):
    page.goto("/th/complaints/statistics/")
    return int(page.locator("[data-total]").get_attribute("data-total"))


def _poster_address(officer):
    """The form address printed under the QR code of the office's poster."""
    poster = officer.request.get(f"/th/complaints/inbox/posters/{OFFICE}.pdf")
    assert poster.ok
    text = "".join(PdfReader(io.BytesIO(poster.body())).pages[0].extract_text().split())
    return re.search(r"/th/complaints/new/\?office=[\w:.-]+", text).group()


def _act(officer, reference, action, fill):
    officer.goto(f"/th/complaints/inbox/{reference}/")
    form = officer.locator(f"form[action$='/{action}/']")
    officer.locator(f"details:has(form[action$='/{action}/']) summary").click()
    fill(form)
    with officer.expect_navigation():
        form.locator("button[type=submit]").click()
    assert officer.locator(".message--error").count() == 0


def test_a_complaint_from_qr_to_rating(open_page, screenshot):
    before = _statistics_total(open_page("th-TH", **PHONE))
    officer = open_page("th-TH", **DESKTOP)
    sign_in(officer, "officer", "/th/complaints/inbox/")
    address = _poster_address(officer)

    citizen = open_page("th-TH", **PHONE)
    citizen.goto(address)
    assert "วังทอง" in citizen.locator("select[name=office] option:checked").inner_text()
    citizen.fill("input[name=subject]", SUBJECT)
    citizen.fill("textarea[name=description]", "ยื่นแบบ ภ.ง.ด.90 ขอคืนภาษีตั้งแต่มกราคม ยังไม่ได้รับเงิน")
    citizen.fill("input[name=contact_name]", "มานี มีนา")
    citizen.fill("input[name=contact_phone]", "0812345678")
    citizen.check("input[name=consent]")
    assert citizen.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    follow(citizen, citizen.locator("main form button[type=submit]"))
    reference = citizen.locator("[data-reference]").inner_text().strip()
    assert re.fullmatch(r"R7-\d{4}-\d{6}", reference)
    assert citizen.locator("[data-tracking-code]").inner_text().strip()

    def ask(form):
        form.locator("select[name=on]").select_option("citizen")
        form.locator("textarea[name=reason]").fill("ขอสำเนาหนังสือรับรองการหักภาษี ณ ที่จ่าย")
        form.locator("input[name=until]").fill("2099-01-01")

    _act(officer, reference, "pause", ask)

    citizen.goto(f"/th/complaints/track/{reference}/")
    assert citizen.locator("[data-status]").get_attribute("data-status") == "waiting-for-you"
    assert "หนังสือรับรองการหักภาษี" in citizen.locator(".timeline").inner_text()
    citizen.fill("form[action$='/answer/'] textarea[name=text]", "ส่งสำเนาทางอีเมลแล้วค่ะ")
    follow(citizen, citizen.locator("form[action$='/answer/'] button[type=submit]"))
    assert citizen.locator("[data-status]").get_attribute("data-status") == "in-progress"

    def close(form):
        form.locator("textarea[name=text]").fill("โอนเงินคืนภาษีเข้าบัญชีพร้อมเพย์แล้ว")
        form.locator("select[name=outcome]").select_option("upheld")
        form.locator("textarea[name=root_cause]").fill("รอตรวจเอกสารนานเกินไป")
        form.locator("textarea[name=corrective_action]").fill("ตรวจเอกสารภายใน 3 วันทำการ")

    _act(officer, reference, "close", close)

    citizen.goto(f"/th/complaints/track/{reference}/")
    assert citizen.locator("[data-status]").get_attribute("data-status") == "answered"
    citizen.check("form[action$='/confirm/'] input[name=rating][value='5']")
    citizen.fill("form[action$='/confirm/'] textarea[name=comment]", "รวดเร็วดีค่ะ")
    follow(citizen, citizen.locator("form[action$='/confirm/'] button[type=submit]"))
    assert citizen.locator("[data-status]").get_attribute("data-status") == "closed"
    assert citizen.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(citizen)

    assert _statistics_total(citizen) == before + 1
