"""What the journeys share: window sizes, signing in and following links."""

from django.utils import translation

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}


def sign_in(page, username, next_url, language="th"):
    """Sign in through the portal's login form and land on ``next_url``."""
    page.goto(f"/{language}/accounts/login/?next={next_url}")
    page.locator("input[name=login]").fill(username)
    page.locator("input[name=password]").fill("changeme")
    with translation.override(language):
        label = translation.gettext("Sign in")
    page.locator("main").get_by_role("button", name=label).click()
    page.wait_for_url(f"**{next_url}")


def thai_font_faces(page, text):
    """How many Sarabun faces the page loads to draw ``text`` (0: no such font)."""
    script = "(text) => document.fonts.load('16px Sarabun', text).then((faces) => faces.length)"
    return page.evaluate(script, text)


def follow(page, locator):
    """Click ``locator`` and wait for the page it loads.

    A click does not wait for the navigation it starts, so reading the page straight
    after it can read the old one.
    """
    with page.expect_navigation():
        locator.click()
