"""A citizen on a phone reads the Thai site, switches to English and prints."""

import pytest

pytestmark = pytest.mark.e2e


def test_citizen_reads_in_thai_switches_to_english_and_prints(phone, live_site, screenshot):
    requests = []
    phone.on("request", lambda request: requests.append(request.url))

    phone.goto("/")
    assert phone.url.endswith("/th/")
    assert phone.locator("html").get_attribute("lang") == "th"
    assert phone.get_by_role("heading", level=1).inner_text() == "ศูนย์ความรู้ SMILE สรรพากรภาค 7"

    phone.get_by_role("link", name="เกี่ยวกับโครงการ SMILE").first.click()
    phone.get_by_role("link", name="ถอดรหัส SMILE").click()
    assert "Excellence" in phone.locator("table").inner_text()
    assert phone.evaluate("document.fonts.check('16px Sarabun', 'ภาษี')")

    phone.get_by_role("link", name="English").click()
    assert phone.url.endswith("/en/about-smile/smile-code/")
    assert phone.get_by_role("heading", level=1).inner_text() == "The SMILE code"

    # No horizontal scrolling on a phone.
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    phone.emulate_media(media="print")
    assert phone.locator(".site-header").is_hidden()
    assert phone.locator("h1").is_visible()

    outside = [url for url in requests if not url.startswith(live_site)]
    assert not outside, f"requests left the site: {outside}"
    screenshot(phone)
