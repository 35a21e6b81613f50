"""A judge scores entries blind and declares a conflict; the manager closes judging,
normalises the scores and publishes the results."""

import pytest

from .pages import follow

pytestmark = pytest.mark.e2e

# Names of demo entrants that must never reach a judge's screen.
AUTHOR_NAMES = ["สมชาย", "ใจดี", "พรทิพย์", "ธนพล", "ศิริพร", "วีระพงษ์", "entrant1", "วรรณา"]


def _sign_in(page, path, username):
    page.context.clear_cookies()
    page.goto(path)
    page.fill("input[name=login]", username)
    page.fill("input[name=password]", "changeme")
    page.locator("form.form button[type=submit]").click()
    page.wait_for_url(f"**{path}")


def _open_first_unscored(page):
    row = page.locator("tr", has=page.locator(".tag--todo")).first
    code = row.locator("a").inner_text()
    follow(page, row.locator("a"))
    return code


def test_judge_scores_blind_and_manager_publishes_normalised_results(phone, screenshot):
    _sign_in(phone, "/th/contests/judging/", "judge2")
    dashboard = phone.locator("main").inner_text()
    assert not [name for name in AUTHOR_NAMES if name in dashboard]

    code = _open_first_unscored(phone)
    assert phone.get_by_role("heading", level=1).inner_text().endswith(code)
    work = phone.locator("main").inner_text()
    assert not [name for name in AUTHOR_NAMES if name in work]
    for field in phone.locator("input[name^=criterion-]").all():
        field.fill("8")
    assert phone.locator("#score-total").inner_text() == "80"  # live, as the server computes
    phone.fill("textarea[name=comment]", "สื่อถึง SMILE ชัดเจน")
    follow(phone, phone.locator("#submit-next"))  # one click to the next entry waiting
    assert "/th/contests/judging/" in phone.url
    assert not phone.get_by_role("heading", level=1).inner_text().endswith(code)
    follow(phone, phone.locator("a[href$='/th/contests/judging/']").first)
    scored_row = phone.locator("tr", has=phone.get_by_role("link", name=code, exact=True))
    assert scored_row.locator(".tag--ok").count() == 1

    conflicted = _open_first_unscored(phone)
    follow(phone, phone.locator("a[href$='/conflict/']"))
    phone.fill("textarea[name=reason]", "ผลงานนี้เป็นของเพื่อนร่วมฝ่าย")
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url("**/th/contests/judging/")
    assert phone.get_by_role("link", name=conflicted, exact=True).count() == 0
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    _sign_in(phone, "/th/contests/manage/", "manager")
    follow(phone, phone.locator(".child-list__title a").first)
    close_links = phone.locator("a[data-close-round]")
    while close_links.count():  # each round asks on its own page first
        follow(phone, close_links.first)
        follow(phone, phone.locator("#close-round-form button[type=submit]"))
    publish = phone.locator("form[action$='/publish/']")
    publish.locator("input[name=normalise]").check()
    publish.locator("input[name=public]").check()
    publish.locator("button[type=submit]").click()
    phone.wait_for_url("**/results/*/")
    assert phone.locator("svg.chart").count() == 2
    assert phone.locator("svg.chart title").first.text_content()
    assert phone.locator("table td").first.is_visible()

    phone.context.clear_cookies()  # the public may now see the results
    phone.reload()
    assert phone.locator("svg.chart").count() == 2
    screenshot(phone)
