"""A staff member finishes a course, passes its quiz, downloads the certificate and
anyone can verify it."""

import pytest
from pypdf import PdfReader

from training.demo.counter import COURSE
from training.tests.i18n import in_thai

from .pages import DESKTOP, follow, sign_in

pytestmark = pytest.mark.e2e

COURSE_URL = "/th/training/front-counter-excellence/"


def correct_answers():
    quiz = COURSE["modules"][0]["quiz"]
    return {
        option["value"]["text"]
        for question in quiz["questions"]
        for option in question["value"]["options"]
        if option["value"]["correct"]
    }


def test_staff_completes_a_course_and_the_certificate_verifies(open_page, tmp_path, screenshot):
    page = open_page("th-TH", **DESKTOP)
    sign_in(page, "supervisor", COURSE_URL)

    follow(page, page.get_by_role("button", name=in_thai("Enrol")))
    done = page.get_by_role("button", name=in_thai("Mark this lesson as done"))
    while done.count():  # each "done" leads on to the next step
        follow(page, done)

    assert page.locator("form.quiz__form").is_visible()
    correct = correct_answers()
    for label in page.locator("form.quiz__form label").all():
        if label.inner_text() in correct:
            label.click()
    follow(page, page.get_by_role("button", name=in_thai("Submit answers")))
    assert in_thai("Passed.") in page.locator("main").inner_text()

    follow(page, page.get_by_role("link", name=in_thai("View your certificate")).first)
    code = page.locator(".certificate__code").inner_text()
    with page.expect_download() as download:
        page.get_by_role("link", name=in_thai("Download PDF")).click()
    pdf = tmp_path / "certificate.pdf"
    download.value.save_as(pdf)
    assert code in "".join(p.extract_text() for p in PdfReader(pdf).pages)
    screenshot(page)

    stranger = open_page("th-TH", **DESKTOP)
    stranger.goto(f"/th/training/verify/{code}/")
    text = stranger.locator("main").inner_text()
    assert "บริการหน้าเคาน์เตอร์อย่างเป็นเลิศ" in text
    assert "ชัยวัฒน์" in text  # the supervisor's name, and nothing more about them
    assert "supervisor" not in text
