"""Thai first, English second: routing, the switcher, dates, font and catalogue."""

import datetime
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.utils import translation
from wagtail.models import Page

from core.dates import format_date
from portal.factories import SectionPageFactory, StandardPageFactory
from tests.world import translate

pytestmark = [pytest.mark.django_db]

STORY = {"th": "เรื่องราวของ SMILE", "en": "The SMILE story"}
CODE = {"th": "หลักปฏิบัติ SMILE", "en": "The SMILE code"}


@pytest.fixture(scope="module", autouse=True)
def about(module_site):
    """A section with two published pages, each in Thai and English."""
    section = SectionPageFactory(
        parent=module_site.home, slug="about-smile", title="เกี่ยวกับโครงการ SMILE"
    )
    translate(section, title="About SMILE")
    for slug, titles in (("smile-story", STORY), ("smile-code", CODE)):
        page = StandardPageFactory(parent=section, slug=slug, title=titles["th"])
        page.save_revision().publish()
        translate(page, title=titles["en"])
    return section


@pytest.mark.parametrize(
    ("accept", "expected"), [("th-TH,th;q=0.9", "/th/"), ("en-GB,en;q=0.8", "/en/"), ("", "/th/")]
)
def test_root_redirects_by_browser_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", ["th", "en"])
def test_both_languages_route_and_render(client, language):
    response = client.get(f"/{language}/about-smile/smile-story/")
    assert response.status_code == 200
    body = response.content.decode()
    assert f'<html lang="{language}">' in body
    assert STORY[language] in body


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return dict(re.findall(r'href="([^"]+)" hreflang="(\w+)"', nav))


def test_switcher_lands_on_the_translated_page(client):
    links = switcher_links(client.get("/th/about-smile/smile-code/").content.decode())
    assert links == {"/th/about-smile/smile-code/": "th", "/en/about-smile/smile-code/": "en"}
    english = client.get("/en/about-smile/smile-code/")
    assert CODE["en"] in english.content.decode()


def test_switcher_falls_back_to_the_other_languages_home(client, about):
    untranslated = StandardPageFactory(parent=about, slug="thai-only", title="เฉพาะภาษาไทย")
    links = switcher_links(client.get(untranslated.url).content.decode())
    assert links["/en/"] == "en"


def test_switcher_on_non_page_views_keeps_the_path(client):
    links = switcher_links(client.get("/th/accounts/login/").content.decode())
    assert links["/en/accounts/login/"] == "en"


def test_thai_dates_use_the_buddhist_era():
    day = datetime.date(2026, 11, 21)
    with translation.override("th"):
        assert format_date(day) == "21 พฤศจิกายน 2569"
    with translation.override("en"):
        assert format_date(day) == "21 November 2026"


def test_page_shows_last_updated_in_buddhist_era(client):
    body = client.get("/th/about-smile/smile-story/").content.decode()
    year = Page.objects.get(slug="smile-story", locale__language_code="th").last_published_at.year
    assert str(year + 543) in body


def test_ui_strings_are_translated_to_thai(client):
    body = client.get("/th/accounts/login/").content.decode()
    assert "ลงชื่อเข้าใช้" in body
    assert "Skip to main content" not in body


def test_thai_catalogue_is_complete_and_compiled():
    po_path = Path(settings.BASE_DIR) / "locale/th/LC_MESSAGES/django.po"
    po = polib.pofile(str(po_path))
    missing = [entry.msgid for entry in po if not entry.translated() and not entry.obsolete]
    assert not missing, f"untranslated: {missing[:5]}"
    mo = polib.mofile(str(po_path.with_suffix(".mo")))
    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in mo}
    for entry in po.translated_entries():
        if "fuzzy" not in entry.flags:
            assert compiled.get((entry.msgctxt, entry.msgid)) == entry.msgstr, entry.msgid


def test_thai_font_is_served_locally(client):
    assert finders.find("fonts/sarabun-thai-400-normal.woff2")
    body = client.get("/th/").content.decode()
    loaded = re.findall(r'<(?:link|script|img|source)[^>]*(?:src|href)="([^"]+)"', body)
    assert loaded and not [url for url in loaded if "//" in url], loaded
    css = Path(finders.find("css/fonts.css")).read_text()
    assert 'url("../fonts/sarabun-thai-400-normal.woff2")' in css
    assert "http" not in css


def test_switcher_on_a_missing_page_goes_to_the_other_languages_home(client):
    links = switcher_links(client.get("/th/no-such-page/").content.decode())
    assert links["/en/"] == "en"
