"""Clicks and page loads of the portal's key journeys, on a 390 px phone in Debian's
Chromium, against a freshly built demo portal (tests/live_server.py), counted from
the moment the person has signed in (or opened the home page) to the moment the job
is done. Also saves a phone screenshot of each role's home in test-artifacts/.

Run: PYTHONPATH=.:benchmarks .venv/bin/python -P benchmarks/journeys.py
"""

import re
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.demo_build import ROOT
from tests.e2e.conftest import CHROMIUM, CHROMIUM_FLAGS
from tests.e2e.pages import PHONE
from tests.live_server import live_portal

ARTIFACTS = ROOT / "test-artifacts"
TAX_ID_HANDBOOK = "การขอมีเลขประจำตัวผู้เสียภาษีอากร"
SMILE_COURSE = "SMILE"
HOMES = ["citizen", "staff", "editor", "moderator", "judge1", "manager", "supervisor",
         "officer", "head", "executive"]  # fmt: skip


class Walk:
    """A page whose clicks and main-frame page loads are counted."""

    def __init__(self, page):
        self.page, self.clicks, self.loads = page, 0, 0
        page.on("framenavigated", self._navigated)

    def _navigated(self, frame):
        if frame == self.page.main_frame:
            self.loads += 1

    def start(self):
        self.clicks = self.loads = 0

    def click(self, locator):
        """Click and wait for the page it loads (every click here loads one)."""
        with self.page.expect_navigation():
            locator.first.click()
        self.clicks += 1


def sign_in(page, username):
    """Sign in from the header's link; the portal lands on the person's home."""
    page.context.clear_cookies()
    page.goto("/th/accounts/login/")
    page.fill("input[name=login]", username)
    page.fill("input[name=password]", "changeme")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()


def citizen_finds_the_tax_id_handbook(walk):
    page = walk.page
    page.goto("/th/")
    walk.start()
    direct = page.locator("main a", has_text=TAX_ID_HANDBOOK)
    if not direct.count():
        walk.click(page.locator(".top-tasks a[href$='/handbooks/']"))
    walk.click(page.locator("main a", has_text=TAX_ID_HANDBOOK))
    assert TAX_ID_HANDBOOK in page.locator("h1").inner_text()
    return {}


def staff_ask_in_a_community(walk):
    page = walk.page
    sign_in(page, "staff")
    walk.start()
    walk.click(page.locator("[data-panel=communities] [data-item] a.home-panel__action"))
    composer = walk.clicks
    page.fill("input[name=title]", "ลูกค้าถามเรื่องยื่นแบบออนไลน์ ตอบอย่างไรดี")
    page.fill("textarea[name=body]", "มีผู้เสียภาษีถามว่ายื่นแบบออนไลน์แล้วแก้ไขได้ไหมครับ")
    walk.click(page.locator("main form button[type=submit]"))
    assert re.search(r"/topics/\d+/", page.url), page.url
    return {"clicks to the composer": composer}


def fill_scores(page):
    for field in page.locator("form.score-form input[type=number]").all():
        field.fill(str(max(1, int(field.get_attribute("max") or 5) - 1)))


def judge_scores_three_entries(walk):
    page = walk.page
    sign_in(page, "judge3")
    walk.start()
    panel = page.locator("[data-panel=judging] a[href*='/contests/judging/']")
    walk.click(panel.last)  # the panel's last link: the next entry, else the queue
    if page.locator("#start-scoring").count():
        walk.click(page.locator("#start-scoring"))
    between = []
    for number in range(3):
        entry = page.url
        fill_scores(page)
        before = walk.clicks
        following = page.locator("#submit-next")
        if number < 2 and following.count():
            walk.click(following)
        else:
            walk.click(page.locator("form.score-form button[name=submit]"))
            if number < 2:
                walk.click(page.locator("#start-scoring"))
        if number < 2:
            assert page.url != entry, "the same entry again"
            between.append(walk.clicks - before)
    return {"clicks between entries": max(between)}


def supervisor_finds_who_has_not_started(walk):
    page = walk.page
    sign_in(page, "supervisor")
    walk.start()
    walk.click(page.locator("[data-panel=office-training] [data-item] a", has_text=SMILE_COURSE))
    assert "/report/" in page.url, page.url
    not_started = page.locator("[data-status=not-started], [data-status=not_started]").count()
    return {"staff shown as not started": not_started}


JOURNEYS = [
    ("citizen finds the tax-ID handbook", citizen_finds_the_tax_id_handbook, "≤ 2 clicks"),
    ("staff ask a question in a community from home", staff_ask_in_a_community, "≤ 2 clicks"),
    ("a judge scores three entries", judge_scores_three_entries, "≤ 1 click between entries"),
    ("a supervisor finds who has not started SMILE", supervisor_finds_who_has_not_started,
     "≤ 2 clicks"),
]  # fmt: skip


def screenshots(browser, base_url):
    ARTIFACTS.mkdir(exist_ok=True)
    for username in HOMES:
        context = browser.new_context(base_url=base_url, locale="th-TH", **PHONE)
        page = context.new_page()
        sign_in(page, username)
        page.goto("/th/my/")
        page.screenshot(path=str(ARTIFACTS / f"home-{username}.png"), full_page=True)
        context.close()


def main():
    with live_portal("kmsite_journeys") as (base_url, _env), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        print("journey | clicks | page loads | target | notes")
        for name, journey, target in JOURNEYS:
            context = browser.new_context(base_url=base_url, locale="th-TH", **PHONE)
            walk = Walk(context.new_page())
            try:
                notes = journey(walk)
                notes = ", ".join(f"{key}: {value}" for key, value in notes.items())
                print(f"{name} | {walk.clicks} | {walk.loads} | {target} | {notes}")
            except Exception as error:
                print(f"{name} | – | – | {target} | failed: {type(error).__name__}: {error}")
            context.close()
        screenshots(browser, base_url)
        print(f"homes: {', '.join(f'test-artifacts/home-{u}.png' for u in HOMES)}")
        browser.close()


if __name__ == "__main__":
    main()
