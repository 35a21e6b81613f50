"""A citizen on a phone finds a handbook in Thai, reads it in English, prints it and
says whether it helped."""

import pytest

from .pages import follow, thai_font_faces

pytestmark = pytest.mark.e2e


def test_citizen_finds_a_handbook_reads_it_in_english_prints_and_gives_feedback(
    phone, live_site, screenshot
):
    requests = []
    phone.on("request", lambda request: requests.append(request.url))

    phone.goto("/")
    assert phone.url.endswith("/th/")
    assert phone.locator("html").get_attribute("lang") == "th"
    assert phone.get_by_role("heading", level=1).inner_text() == "ศูนย์ความรู้ SMILE สรรพากรภาค 7"
    assert thai_font_faces(phone, "ภาษี")

    phone.get_by_role("searchbox", name="ค้นหาในพอร์ทัล").fill("ภาษี")
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/th/search/?q=*")
    handbook = phone.locator(".result__title a[href*='/th/handbooks/']").first
    title = handbook.inner_text()
    follow(phone, handbook)
    assert phone.get_by_role("heading", level=1).inner_text() == title
    thai_path = phone.url.removeprefix(live_site)

    follow(phone, phone.get_by_role("link", name="English"))
    assert phone.url.endswith(thai_path.replace("/th/", "/en/", 1))
    assert phone.locator("html").get_attribute("lang") == "en"
    assert phone.get_by_role("heading", level=1).inner_text() != title
    # No horizontal scrolling on a phone.
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    # The print button opens the browser's print dialog; the print styles hide
    # the site's chrome, the page tools and the feedback form.
    phone.evaluate("window.print = () => { window.printed = true; }")
    phone.get_by_role("button", name="Print").click()
    assert phone.evaluate("window.printed === true")
    phone.emulate_media(media="print")
    assert phone.locator(".site-header").is_hidden()
    assert phone.locator("#feedback").is_hidden()
    assert phone.locator("h1").is_visible()
    phone.emulate_media(media="screen")

    phone.get_by_label("Yes").check()
    phone.get_by_role("button", name="Send feedback").click()
    assert phone.get_by_text("Thank you for your feedback").is_visible()

    outside = [url for url in requests if not url.startswith(live_site)]
    assert not outside, f"requests left the site: {outside}"
    screenshot(phone)
