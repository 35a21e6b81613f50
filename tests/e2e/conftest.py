"""Real-browser journeys: Playwright drives Debian's Chromium against a live site.

The site is a real gunicorn process serving its own database (a fresh SQLite
file, or a fresh PostgreSQL database when DATABASE_URL points at PostgreSQL),
migrated and loaded with the demo content by the same commands ``make run`` uses.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from .pages import PHONE

ROOT = Path(__file__).resolve().parents[2]
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
E2E_DATABASE = "kmsite_e2e"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _postgres_admin(url, statement):
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(statement)


def _database_url(workdir):
    """A fresh database of the same kind the suite runs on."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        _postgres_admin(url, f"DROP DATABASE IF EXISTS {E2E_DATABASE}")
        _postgres_admin(url, f"CREATE DATABASE {E2E_DATABASE}")
        return urlunsplit(urlsplit(url)._replace(path=f"/{E2E_DATABASE}"))
    return f"sqlite:///{workdir / 'e2e.sqlite3'}"


@pytest.fixture(scope="session")
def live_site():
    """Base URL of a gunicorn-served portal with the demo content."""
    workdir = Path(tempfile.mkdtemp(prefix="kmsite-e2e-"))
    database_url = _database_url(workdir)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kmsite.settings.test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(workdir / "media"),
    }

    def manage(*args):
        subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True
        )

    manage("migrate", "--noinput")
    manage("createcachetable")
    manage("load_demo_content", "--force")
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "kmsite.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--threads", "4", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=(workdir / "server.log").open("w"),
    )  # fmt: skip
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{base_url}/robots.txt", timeout=2)  # noqa: S310 - loopback
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail((workdir / "server.log").read_text()[-3000:])
            time.sleep(0.3)
    yield base_url
    server.terminate()
    server.wait(timeout=20)
    if database_url.startswith("postgres"):
        _postgres_admin(os.environ["DATABASE_URL"], f"DROP DATABASE IF EXISTS {E2E_DATABASE}")
    shutil.rmtree(workdir, ignore_errors=True)


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
