"""Satisfaction surveys in a real browser: a press at the counter kiosk (reasons,
debounce, thanks and reset, the idle reset), a citizen answering by QR code on a
phone, and the office head's before/after report."""

import re

import pytest

from tests.demo_build import manage

from .pages import DESKTOP, PHONE, follow, sign_in

pytestmark = pytest.mark.e2e
TABLET = {"viewport": {"width": 1024, "height": 768}, "has_touch": True}


def faces_shown(page):
    return page.locator('[data-step="faces"]').is_visible()


def test_a_kiosk_press_a_qr_answer_on_a_phone_and_the_heads_before_and_after(
    open_page, live_env, screenshot
):
    address = manage(
        live_env, "issue_kiosk", "--office", "PLK", "--survey", "counter-kiosk", "--name", "e2e"
    ).stdout.strip()
    kiosk = open_page("th-TH", **TABLET)
    kiosk.clock.install()
    kiosk.goto(address)
    assert faces_shown(kiosk)
    assert kiosk.locator("script:not([src])").count() == 0

    # Left on the reasons for 30 s: the face is sent and the kiosk starts again.
    kiosk.locator('button[name="face"][value="4"]').click()
    assert kiosk.locator('[data-step="reasons"]').is_visible()
    with kiosk.expect_response(re.compile(r"/answer/$")) as sent:
        kiosk.clock.run_for(30_100)
    assert sent.value.json() == {"status": "saved"}
    kiosk.clock.run_for(4100)
    assert faces_shown(kiosk)

    # A face, a reason and "Send" straight away: one response, never dropped.
    # (The answer says how long ago its face was pressed, on the page's simulated
    # clock: the idle one above started 30 s before it was sent.)
    kiosk.locator('button[name="face"][value="2"]').click()
    kiosk.get_by_text("รอนาน").click()
    with kiosk.expect_response(re.compile(r"/answer/$")) as sent:
        kiosk.locator("[data-send]").click()
    assert sent.value.json() == {"status": "saved"}
    # Someone hammering the buttons: a second response from this kiosk started
    # within two seconds of the last one is ignored by the server too.
    repeated = kiosk.evaluate(
        """() => {
            const form = document.querySelector("[data-kiosk]");
            const body = new FormData();
            body.append("face", "1");
            body.append("elapsed", "0");
            return fetch(form.action, {method: "POST", body, credentials: "omit",
                                       headers: {Accept: "application/json"}})
                .then((response) => response.json());
        }"""
    )
    assert repeated == {"status": "ignored"}
    assert kiosk.locator('[data-step="thanks"]').is_visible()
    kiosk.clock.run_for(4100)
    assert faces_shown(kiosk)
    assert not kiosk.locator('input[name="reason"]:checked').count()

    # English at a touch.
    follow(kiosk, kiosk.get_by_role("link", name="English"))
    assert kiosk.locator("html").get_attribute("lang") == "en"
    assert kiosk.get_by_role("button", name=re.compile("Very satisfied")).is_visible()

    # A citizen scans the poster's QR code at the Phitsanulok office.
    phone = open_page("th-TH", **PHONE)
    phone.goto("/en/surveys/after-smile/?office=PLK")
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    questions = phone.locator("fieldset.survey-question")
    # The first answer by keyboard alone, the rest by touch.
    first = questions.nth(0).locator("input[type=radio]").first
    first.focus()
    phone.keyboard.press("Space")
    assert first.is_checked()
    for index in range(1, questions.count()):
        questions.nth(index).locator("label").first.click()
    phone.get_by_label("What should we improve?").fill("<b>ที่จอดรถ</b> ไม่พอ")
    follow(phone, phone.get_by_role("button", name="Send my answers"))
    assert phone.get_by_role("heading", level=1).inner_text() == "Thank you"

    # The head of the Phitsanulok office compares before and after SMILE.
    head = open_page("en-GB", **DESKTOP)
    sign_in(head, "head", "/en/surveys/reports/", language="en")
    form = head.locator("form", has=head.locator("select[name=before]"))
    form.locator("select[name=before]").select_option(
        label="Satisfaction before SMILE (baseline 2569)"
    )
    form.locator("select[name=after]").select_option(label="Satisfaction after SMILE (after SMILE)")
    follow(head, form.get_by_role("button", name="Compare"))
    offices = head.locator("table").nth(1)
    assert offices.locator(".verdict--improved").count() >= 1
    worse = offices.locator("tr", has=head.locator(".verdict--worse"))
    assert worse.count() == 1 and "วังทอง" in worse.inner_text()
    assert "สุโขทัย" not in offices.inner_text()  # another area office: not the head's
    screenshot(head)
