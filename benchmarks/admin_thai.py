"""How much of the Wagtail admin an editor and a moderator whose admin language
is Thai still read in English: a Playwright crawl (Debian's Chromium) of the
demo portal's admin, served twice from one database, with Wagtail's own Thai
("stock": our catalogue only) and with our overrides (locale/overrides).

For every screen it counts the visible strings and those that are English UI
(core.thai_screen: content such as titles and names, addresses and proper nouns
are not counted) and prints both, then the totals. Goal: at most 2% English on
every screen.

    PYTHONPATH=.:benchmarks .venv/bin/python -P benchmarks/admin_thai.py [--list]
        [--database sqlite:////path/to/demo.sqlite3]   # reuse a demo database
"""

import argparse
import shutil
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from core.thai_screen import english_strings
from tests.demo_build import build_site, drop_database, environment, fresh_database_url
from tests.e2e.admin_screens import admin_sign_in, open_workflow_dialog, prepare, screen_strings
from tests.e2e.conftest import CHROMIUM, CHROMIUM_FLAGS
from tests.live_server import gunicorn

GOAL = 2.0  # per cent of a screen's strings
STOCK_SETTINGS = "_stock_thai_settings"  # benchmarks/_stock_thai_settings.py
REPORTS = [
    "locked",
    "site-history",
    "aging-pages",
    "page-types-usage",
    "workflow",
    "workflow_tasks",
]
DIALOGS = ["approve", "reject"]  # the moderator's "approve with comment" and "request changes"


def editor_screens(ids):
    pages = ids["pages"]
    moderation = ids["moderation"]
    screens = ["/admin/", "/admin/pages/", "/admin/pages/search/?q=ภาษี", "/admin/account/"]
    screens += [f"/admin/reports/{name}/" for name in REPORTS]
    screens += ["/admin/documents/", "/admin/images/", "/admin/documents/multiple/add/"]
    screens += ["/admin/images/multiple/add/", "/admin/snippets/"]
    for name in ("HomePage", "SectionPage", "HandbookIndexPage", "CommunityIndexPage"):
        screens.append(f"/admin/pages/{pages[name]}/")
    for pk in pages.values():
        screens.append(f"/admin/pages/{pk}/edit/")
    home = pages["HomePage"]
    screens += [f"/admin/pages/{home}/history/", f"/admin/pages/add_subpage/{home}/"]
    screens += [
        f"/admin/pages/{moderation}/history/",
        f"/admin/pages/{moderation}/workflow_history/",
    ]
    screens += [f"/admin/pages/{moderation}/usage/", f"/admin/pages/{moderation}/copy/"]
    screens += [f"/admin/pages/{moderation}/move/", f"/admin/pages/{moderation}/delete/"]
    screens += [f"/admin/pages/{moderation}/unpublish/", f"/admin/pages/{moderation}/revisions/"]
    return screens


def moderator_screens(ids):
    moderation = ids["moderation"]
    return [
        "/admin/",
        f"/admin/pages/{moderation}/edit/",
        f"/admin/pages/{moderation}/workflow_history/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
    ]


def menu_screens(page):
    """The admin menu's destinations for the signed-in user (the new apps' viewsets)."""
    links = page.evaluate(
        """() => {
          const props = document.getElementById("wagtail-sidebar-props");
          const urls = new Set();
          const walk = (value) => {
            if (typeof value === "string" && value.startsWith("/admin/")) urls.add(value);
            else if (value && typeof value === "object") Object.values(value).forEach(walk);
          };
          if (props) walk(JSON.parse(props.textContent));
          return [...urls];
        }"""
    )
    return [url for url in links if "/logout/" not in url]


def first_edit_link(page):
    link = page.locator("main a[href*='/edit/']").first
    return link.get_attribute("href") if link.count() else None


def measure(page, url, content, rows, label, root=None):
    strings = screen_strings(page, root)
    english = english_strings(strings, content)
    rows.append((label, url, len(strings), english))


def crawl(browser, base_url, ids, list_english):
    content = ids["content"]
    rows = []
    for username, screens in (
        ("editor", editor_screens(ids)),
        ("moderator", moderator_screens(ids)),
    ):
        context = browser.new_context(
            base_url=base_url, locale="th-TH", viewport={"width": 1366, "height": 900}
        )
        page = context.new_page()
        admin_sign_in(page, username)
        menu = menu_screens(page)
        seen = set()
        for url in [*screens, *menu]:
            if url in seen:
                continue
            seen.add(url)
            response = page.goto(url)
            if response is None or response.status >= 400:
                continue
            page.wait_for_load_state("networkidle")
            measure(page, url, content, rows, username)
            if url in menu and (edit := first_edit_link(page)) and edit not in seen:
                seen.add(edit)
                page.goto(edit)
                page.wait_for_load_state("networkidle")
                measure(page, edit, content, rows, username)
        if username == "moderator":
            open_dialogs(page, ids, content, rows)
        context.close()
    return rows


def open_dialogs(page, ids, content, rows):
    """The approve and reject dialogs of the handbook waiting in moderation."""
    url = f"/admin/pages/{ids['moderation']}/edit/"
    for action in DIALOGS:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        open_workflow_dialog(page, action)
        dialog = page.locator(".modal-dialog").first
        measure(
            page, f"{url} ({action} dialog)", content, rows, "moderator", dialog.element_handle()
        )


def report(name, rows, list_english):
    print(f"\n== {name}: {len(rows)} screens (English strings / visible strings)")
    over = 0
    for user, url, total, english in rows:
        share = 100 * len(english) / max(total, 1)
        over += share > GOAL
        print(f"{share:6.1f}%  {len(english):3d}/{total:<4d} {user:9s} {url}")
        if list_english:
            for text in english:
                print(f"{'':14s}- {text[:100]}")
    strings = sum(total for _, _, total, _ in rows)
    english = sum(len(e) for *_, e in rows)
    print(
        f"total: {english} of {strings} strings English ({100 * english / max(strings, 1):.2f}%); "
        f"{over} screens over {GOAL}%"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="a demo database to reuse (DATABASE_URL form)")
    parser.add_argument("--list", action="store_true", help="print the English strings")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="kmsite-admin-thai-"))
    database_url = args.database or fresh_database_url(workdir, "admin_thai")
    try:
        env = environment(database_url, workdir)
        if not args.database:
            build_site(env)
        ids = prepare(env)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            for name, settings in (
                ("stock Thai", STOCK_SETTINGS),
                ("ours", "kmsite.settings.test"),
            ):
                with gunicorn({**environment(database_url, workdir, settings)}, workdir) as base:
                    report(name, crawl(browser, base, ids, args.list), args.list)
            browser.close()
    finally:
        if not args.database:
            drop_database(database_url)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
