"""axe-core on the key pages of every kind of visitor, on a phone: no serious or
critical violation.

axe-core is installed from npm by ``make axe`` (a prerequisite of ``make test-e2e``)
and injected as an init script, which the browser runs outside the page's
Content-Security-Policy, so the site's policy stays as strict as it is."""

import pytest

from tests.demo_build import ROOT

from .pages import PHONE, sign_in

pytestmark = pytest.mark.e2e

# Where ``make axe`` installs the pinned axe-core (see the Makefile).
AXE = next(iter(sorted(ROOT.glob(".vendor/axe-core-*/node_modules/axe-core/axe.min.js"))), None)

# Who opens which page (None: a visitor who has not signed in).
PAGES = {
    None: [
        "/th/",
        "/en/",
        "/th/handbooks/",
        "/th/handbooks/taxpayer-id/",
        "/th/tax-compass/",
        "/th/complaints/new/",
        "/th/complaints/track/",
        "/th/search/?q=ภาษี",
        "/th/offices/",
        "/th/accounts/login/",
    ],
    "staff": [
        "/th/my/",
        "/th/intranet/communities/front-counter/",
        "/th/communities/notifications/",
        "/th/training/front-counter-excellence/",
    ],
    "judge1": ["/th/contests/judging/"],
    "officer": ["/th/complaints/inbox/"],
    "supervisor": ["/th/training/report/"],
}

RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({rule: v.id, impact: v.impact, where: v.nodes.slice(0, 3).map((n) => n.target.join(" "))}));
}"""


@pytest.fixture
def axe_page(browser, live_site):
    if AXE is None:
        pytest.skip("axe-core is not installed: run `make axe` (make test-e2e does)")

    contexts = []

    def open_(who):
        context = browser.new_context(base_url=live_site, locale="th-TH", **PHONE)
        context.add_init_script(path=str(AXE))
        contexts.append(context)
        page = context.new_page()
        if who:
            sign_in(page, who, "/th/my/")
        return page

    yield open_
    for context in contexts:
        context.close()


@pytest.mark.parametrize("who", list(PAGES), ids=lambda who: who or "visitor")
def test_key_pages_have_no_serious_accessibility_violations(axe_page, screenshot, who):
    page = axe_page(who)
    found = {}
    for path in PAGES[who]:
        response = page.goto(path)
        assert response.status == 200, path
        violations = page.evaluate(RUN_AXE)
        if violations:
            found[path] = violations
    if who:
        page.goto("/th/my/")
        screenshot(page)  # each role's home, kept in test-artifacts/
    assert not found, found


def test_axe_is_injected_without_weakening_the_policy(axe_page):
    page = axe_page(None)
    response = page.goto("/th/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "unsafe" not in response.headers["content-security-policy"]
    assert page.evaluate("typeof axe.run") == "function"
