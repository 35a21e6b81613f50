"""The admin in Thai, in a real browser: the key screens an editor and a
moderator meet show no English UI string (content such as titles and names
aside), and the editor's live preview renders the change being typed."""

import pytest
from playwright.sync_api import expect

from core.thai_screen import english_strings

from .admin_screens import admin_sign_in, open_workflow_dialog, prepare, screen_strings
from .pages import DESKTOP

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def admin_world(live_env):
    return prepare(live_env)


def key_screens(world):
    moderation, pages = world["moderation"], world["pages"]
    editor = [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{pages['HandbookIndexPage']}/",
        f"/admin/pages/{world['handbook']}/edit/",
        f"/admin/pages/{moderation}/history/",
        f"/admin/pages/{moderation}/workflow_history/",
        "/admin/reports/site-history/",
        "/admin/reports/workflow/",
        "/admin/account/",
    ]
    moderator = ["/admin/", f"/admin/pages/{moderation}/edit/"]
    return {"editor": editor, "moderator": moderator}


def test_key_admin_screens_show_no_english(open_page, admin_world):
    content = admin_world["content"]
    english = {}
    for username, screens in key_screens(admin_world).items():
        page = open_page("th-TH", **DESKTOP)
        admin_sign_in(page, username)
        for url in screens:
            page.goto(url)
            page.wait_for_load_state("networkidle")
            if found := english_strings(screen_strings(page), content):
                english[f"{username} {url}"] = found
        if username == "moderator":
            for action in ("approve", "reject"):
                page.goto(f"/admin/pages/{admin_world['moderation']}/edit/")
                open_workflow_dialog(page, action)
                dialog = page.locator(".modal-dialog").first.element_handle()
                if found := english_strings(screen_strings(page, dialog), content):
                    english[f"moderator {action} dialog"] = found
    assert english == {}


# Wagtail's unsaved-changes watch takes the form's starting values 2 s after the
# editor loads, and may take them again a moment later: a change typed before
# then becomes part of the starting values and never reaches the preview. The
# test types once the watch (event w-unsaved:watch-edits) has been quiet for 1 s.
WATCH_EDITS = """document.addEventListener("w-unsaved:watch-edits", () => {
  window.editsWatchedAt = performance.now();
});"""
EDITS_WATCHED = "() => window.editsWatchedAt && performance.now() - window.editsWatchedAt > 1000"


def test_the_editor_sees_the_change_being_typed_in_the_preview(open_page, admin_world):
    page = open_page("th-TH", **DESKTOP)
    page.add_init_script(WATCH_EDITS)
    admin_sign_in(page, "editor")
    page.goto(f"/admin/pages/{admin_world['handbook']}/edit/")
    page.locator("[data-side-panel-toggle='preview']").click()
    frame = page.frame_locator("[data-w-preview-target='iframe']").first
    expect(frame.locator("h1")).to_be_visible(timeout=20_000)
    page.wait_for_function(EDITS_WATCHED, timeout=20_000)
    page.locator("#id_title").fill("คู่มือที่กำลังแก้ไขในตัวอย่าง")
    expect(frame.locator("h1")).to_have_text("คู่มือที่กำลังแก้ไขในตัวอย่าง", timeout=20_000)


def test_the_scheduling_calendar_counts_buddhist_era_years(open_page, admin_world):
    """The page editor's scheduling dialog: the picker reads, shows and writes the
    BE year, 29 February of a leap year included (BE 2567 is CE 2024)."""
    page = open_page("th-TH", **DESKTOP)
    admin_sign_in(page, "editor")
    page.goto(f"/admin/pages/{admin_world['handbook']}/edit/")
    page.locator("[data-side-panel-toggle='status']").click()
    page.locator("[data-a11y-dialog-show='schedule-publishing-dialog']").first.click()
    go_live = page.locator("#id_go_live_at")
    go_live.fill("2567-02-29 10:00")
    go_live.blur()
    expect(go_live).to_have_value("2567-02-29 10:00")
    go_live.click()
    calendar = page.locator("#schedule-publishing-dialog .xdsoft_datetimepicker").first
    expect(calendar.locator(".xdsoft_label.xdsoft_year > span")).to_have_text("2567")
    expect(calendar.locator("td.xdsoft_current")).to_have_attribute("data-year", "2024")
    calendar.locator("td[data-date='28'][data-month='1']").click()
    expect(go_live).to_have_value("2567-02-28 10:00")
