"""Staff ask in a community, a colleague answers with an @mention, the mentioned
author is notified, and a facilitator marks the answer and captures it as a
knowledge article."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .pages import follow

pytestmark = pytest.mark.e2e

COMMUNITY = "/th/intranet/communities/front-counter/"
TITLE = "เครื่องพิมพ์บัตรคิวหมึกจาง ควรแจ้งใครครับ"


def _sign_in(page, path, username, lands_on=None):
    page.context.clear_cookies()
    page.goto(path)
    page.fill("input[name=login]", username)
    page.fill("input[name=password]", "changeme")
    page.locator("form.form button[type=submit]").click()
    page.wait_for_url(lands_on or f"**{path}")


def test_staff_ask_answer_get_notified_and_capture_knowledge(phone, screenshot):
    # The community's page in the Intranet tree is the community's home.
    _sign_in(phone, COMMUNITY, "staff")
    assert phone.locator(".cop-topics li").count() > 0
    follow(phone, phone.locator("a[href$='/new/']"))
    phone.fill("input[name=title]", TITLE)
    phone.fill("textarea[name=body]", "บัตรคิวพิมพ์ออกมาจางจนอ่านเลขไม่ออก ต้องแจ้งฝ่ายไหนครับ")
    # the composer's live preview, rendered by the server's sanitising renderer
    expect(phone.locator(".composer-preview__body p")).to_contain_text("บัตรคิวพิมพ์")
    phone.fill("input[name=tags]", "บัตรคิว")
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url(f"**{COMMUNITY}topics/*/")
    assert phone.get_by_role("heading", level=1).inner_text() == TITLE
    topic_path = urlsplit(phone.url).path

    _sign_in(phone, topic_path, "judge1")
    reply = phone.locator("textarea[name=body]")
    reply.press_sequentially("@sta")  # the composer suggests colleagues by name
    expect(phone.locator(".composer-mentions [role=option]", has_text="(@staff)")).to_be_visible()
    while (
        phone.locator(".composer-mentions [aria-selected=true]", has_text="(@staff)").count() == 0
    ):
        reply.press("ArrowDown")
    reply.press("Enter")
    expect(reply).to_have_value("@staff ")
    reply.press_sequentially("แจ้งฝ่ายบริหารทั่วไปให้เปลี่ยนตลับหมึกได้เลยครับ")
    phone.locator(".cop-reply button[type=submit]").click()
    phone.wait_for_url(f"**{topic_path}*")
    assert "เปลี่ยนตลับหมึก" in phone.locator(".cop-posts").inner_text()

    _sign_in(phone, "/th/communities/notifications/", "staff")
    note = phone.locator(".cop-note--unread", has_text=TITLE)
    assert note.count() == 1
    note.locator("a").click()
    phone.wait_for_url(f"**{topic_path}*")

    _sign_in(phone, topic_path, "supervisor")
    answer = phone.locator(".cop-posts .cop-post", has_text="เปลี่ยนตลับหมึก")
    answer.locator("form[action$='/accept/'] button").click()
    phone.wait_for_url(f"**{topic_path}")
    assert phone.locator(".cop-accepted").is_visible()
    phone.locator("form[action$='/capture/'] button").click()
    phone.wait_for_url(f"**{topic_path}")
    assert phone.locator(".cop-head .notice").is_visible()
    assert phone.locator("form[action$='/capture/']").count() == 0
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(phone)
