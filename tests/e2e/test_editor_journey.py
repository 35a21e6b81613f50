"""An editor drafts a service manual in the Wagtail admin and submits it to the
workflow; a moderator approves it; staff can then find it and outsiders cannot."""

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

from portal.demo.loader import WORKFLOW_NAME

from .pages import DESKTOP, sign_in, thai_font_faces

pytestmark = pytest.mark.e2e

TITLE = "มาตรฐานการรับแบบด้วยระบบคิวอัจฉริยะ"
QUERY = "คิวอัจฉริยะ"


def admin_label(message, whole=True, **values):
    """``message`` as the admin shows it in either language (the admin follows the
    user's language, Thai by default): a pattern for Playwright's ``name=``, or for
    text that contains it when not ``whole``."""
    shown = []
    for language in ("en", "th"):
        with translation.override(language):
            shown.append(re.escape(translation.gettext(message) % values))
    either = "(" + "|".join(shown) + ")"
    return re.compile(f"^{either}$" if whole else either)


def admin_sign_in(page, username):
    page.goto("/admin/login/?next=/admin/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill("changeme")
    page.get_by_role("button", name=admin_label("Sign in")).click()
    page.wait_for_url("**/admin/")


def search_titles(page, language="th"):
    page.goto(f"/{language}/search/?q={QUERY}")
    return page.locator(".result__title").all_inner_texts()


def test_a_manual_goes_through_the_workflow_and_only_staff_find_it(open_page, screenshot):
    editor = open_page("en-US", **DESKTOP)
    sign_in(editor, "editor", "/th/intranet/service-manuals/")
    add_url = editor.locator("a[href*='/add_subpage/']").get_attribute("href")
    editor.goto(add_url)
    editor.locator("#id_next_review_date").fill("2027-12-31")
    editor.locator("#id_title").click()  # moving on closes the date picker
    editor.locator("#id_title").fill(TITLE)
    editor.locator("#id_intro").fill("เรียกคิวตามประเภทงานเพื่อลดเวลารอคอยที่เคาน์เตอร์")
    for field in ("service_group", "agency", "audience"):
        editor.locator(f"#id_{field}").select_option(index=1)
    editor.get_by_role("button", name=admin_label("More actions")).click()
    submit = admin_label("Submit to %(workflow_name)s", workflow_name=WORKFLOW_NAME)
    editor.get_by_role("button", name=submit).click()
    created = admin_label(
        "Page '%(page_title)s' created and submitted for moderation.", whole=False, page_title=TITLE
    )
    expect(editor.locator(".messages")).to_contain_text(created)

    moderator = open_page("en-US", **DESKTOP)
    admin_sign_in(moderator, "moderator")
    row = moderator.locator("#awaiting-review-section tr", has_text=TITLE)
    row.get_by_role("button", name=admin_label("Actions")).click()
    row.get_by_role("button", name=admin_label("Approve")).click()
    expect(row).to_have_count(0)  # approved: nothing left to review
    assert thai_font_faces(moderator, "คู่มือ")

    staff = open_page("th-TH", **DESKTOP)
    sign_in(staff, "staff", "/th/")
    assert TITLE in search_titles(staff)
    staff.get_by_role("link", name=TITLE).click()
    assert staff.get_by_role("heading", level=1).inner_text() == TITLE
    screenshot(staff)

    outsider = open_page("th-TH", **DESKTOP)
    # The forgiving search may offer public pages about queues; never the manual.
    assert TITLE not in search_titles(outsider)
    assert TITLE not in outsider.locator("main").inner_text()
