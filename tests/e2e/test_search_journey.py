"""Searching in Thai from a phone, using only the keyboard for suggestions."""

import pytest

pytestmark = pytest.mark.e2e


def test_citizen_searches_in_thai_and_picks_a_suggestion_with_the_keyboard(phone, screenshot):
    phone.goto("/th/")
    phone.get_by_role("searchbox", name="ค้นหาในพอร์ทัล").fill("ภาษี")
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/th/search/?q=*")
    assert phone.locator(".result").count() >= 1
    assert phone.locator(".result__snippet mark").first.inner_text() == "ภาษี"

    box = phone.get_by_role("combobox", name="คำค้น")
    box.fill("")
    box.press_sequentially("ร้องเร", delay=30)
    option = phone.get_by_role("option").first
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    assert option.get_attribute("aria-selected") == "true"
    box.press("Enter")
    phone.wait_for_url("**/th/citizen-services/complaints/")
    assert phone.get_by_role("heading", level=1).inner_text() == "ร้องเรียนและข้อเสนอแนะ"
    screenshot(phone)
