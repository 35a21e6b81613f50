"""Real-browser journeys: Playwright drives Debian's Chromium against a live site."""

import os
import shutil
from pathlib import Path

import pytest

from tests.demo_build import ROOT
from tests.live_server import live_portal

from .pages import PHONE

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def live_portal_session():
    with live_portal("kmsite_e2e") as served:
        yield served


@pytest.fixture(scope="session")
def live_site(live_portal_session):
    """Base URL of a gunicorn-served portal with the demo content (tests/live_server.py)."""
    return live_portal_session[0]


@pytest.fixture(scope="session")
def live_env(live_portal_session):
    """The live portal's environment, for ``tests.live_server.manage`` commands on its database."""
    return live_portal_session[1]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (CI installs it with apt-get)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser, live_site):
    """``open_page(locale="th-TH", **context_options)``: a page in its own browser
    context (its own cookies, so one per user). At the end of the test, fails if
    the browser reported a Content-Security-Policy violation on any of them."""
    contexts, violations = [], []

    def open_(locale="th-TH", **options):
        context = browser.new_context(base_url=live_site, locale=locale, **options)
        contexts.append(context)
        page = context.new_page()
        page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text
                and violations.append(f"{page.url}: {message.text}")
            ),
        )
        return page

    yield open_
    for context in contexts:
        context.close()
    assert not violations, violations


@pytest.fixture
def phone(open_page):
    """A phone-sized page in Thai whose base URL is the live site."""
    return open_page("th-TH", **PHONE)


@pytest.fixture
def screenshot(request):
    """Call at the end of a journey: saves test-artifacts/<test name>.png."""

    def take(page):
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)

    return take
