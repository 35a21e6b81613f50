"""Thai words Chromium splits across lines, on the key pages, without and with our
line-break markup (search/linebreaks.py).

Builds the demo portal once (tests/live_server.py) and serves it twice from the
same database: with ``THAI_LINE_BREAKS=off`` (the browser's own breaking, "before")
and ``on`` ("after"). Debian's Chromium opens each key page at 390 px and 1366 px
wide and counts the Thai words (as our segmenter cuts them) whose line boxes sit
on more than one line (tests/e2e/thai_lines.py). Prints per page and width the
words measured and split, a few split words, and the totals.

Run from the repository root:
``PYTHONPATH=.:benchmarks python -P benchmarks/thai_linebreaks.py``
"""

import re
import shutil
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import ExitStack
from pathlib import Path

from tests.demo_build import build_site, environment, fresh_database_url
from tests.e2e.conftest import CHROMIUM, CHROMIUM_FLAGS
from tests.e2e.thai_lines import split_words
from tests.live_server import gunicorn

WIDTHS = (390, 1366)
PAGES = 20
#: The pages readers meet most; the sitemap's first other Thai pages make up 20.
FIXED_PAGES = [
    "/th/",
    "/th/about-smile/",
    "/th/about-smile/smile-story/",
    "/th/about-smile/smile-code/",
    "/th/about-smile/roadmap/",
    "/th/citizen-services/",
    "/th/citizen-services/before-you-visit/",
    "/th/citizen-services/complaints/",
    "/th/search/?q=ภาษี",
    "/th/search/?q=บัตรคิว",
    "/th/accounts/login/",
    "/th/accounts/signup/",
]


def key_pages(read):
    """``FIXED_PAGES`` and the sitemap's first other Thai pages, ``PAGES`` in all;
    ``read(path)`` returns a page's text."""
    sitemap = re.findall(r"<loc>https?://[^/<]+(/th/[^<]*)</loc>", read("/sitemap.xml"))
    others = [path for path in dict.fromkeys(sitemap) if path not in FIXED_PAGES]
    return FIXED_PAGES + others[: PAGES - len(FIXED_PAGES)]


def _read(url, attempts=5):
    """The text at ``url``; a busy server's 503 (SQLite locked) is tried again."""
    for attempt in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback
                return response.read().decode()
        except urllib.error.HTTPError as error:
            if error.code != 503 or attempt == attempts - 1:
                raise
            time.sleep(2)


def _open(page, path, attempts=5):
    for attempt in range(attempts):
        response = page.goto(path)
        if response.status != 503 or attempt == attempts - 1:
            return
        time.sleep(2)


def measure(browser, base_url, paths):
    """{(path, width): (measured, split words)}."""
    found = {}
    for width in WIDTHS:
        context = browser.new_context(
            base_url=base_url, locale="th-TH", viewport={"width": width, "height": 900}
        )
        page = context.new_page()
        for path in paths:
            _open(page, path)
            page.evaluate("() => document.fonts.ready.then(() => true)")
            split, measured = split_words(page)
            found[path, width] = (measured, split)
        context.close()
    return found


def report(before, after):
    print(f"{'page':44} {'width':>5} {'words':>6} {'split before':>12} {'after':>6}  examples")
    for path, width in before:
        measured, split = before[path, width]
        _, split_after = after[path, width]
        examples = ", ".join(dict.fromkeys(split))[:60]
        print(
            f"{path:44} {width:>5} {measured:>6} {len(split):>12} {len(split_after):>6}  {examples}"
        )
    for width in WIDTHS:
        total = sum(before[key][0] for key in before if key[1] == width)
        was = sum(len(before[key][1]) for key in before if key[1] == width)
        now = sum(len(after[key][1]) for key in after if key[1] == width)
        pages = len({key[0] for key in before})
        print(f"{pages} pages at {width} px: {total} Thai words, split {was} before, {now} after")


def main():
    from playwright.sync_api import sync_playwright

    workdir = Path(tempfile.mkdtemp(prefix="kmsite-thai-lines-"))
    database_url = fresh_database_url(workdir, "kmsite_thai_lines")
    env = environment(database_url, workdir)
    try:
        build_site(env)
        with ExitStack() as stack, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            results = {}
            for switch in ("off", "on"):
                served = {**env, "THAI_LINE_BREAKS": switch}
                base_url = stack.enter_context(gunicorn(served, workdir, workers=1, threads=2))
                paths = key_pages(lambda path, base=base_url: _read(base + path))
                results[switch] = measure(browser, base_url, paths)
            browser.close()
        report(results["off"], results["on"])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
