"""Bad addresses and bad input get a friendly page in the user's language, never a 500."""

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from portal.factories import SectionPageFactory, StandardPageFactory
from tests.world import translate

pytestmark = [pytest.mark.django_db]


@pytest.fixture(scope="module", autouse=True)
def sections(module_site):
    """Two sections in Thai and English, the first with a page."""
    about = SectionPageFactory(parent=module_site.home, slug="about-smile")
    translate(about, title="About SMILE")
    story = StandardPageFactory(parent=about, slug="smile-story")
    translate(story, title="The SMILE story")
    services = SectionPageFactory(parent=module_site.home, slug="citizen-services")
    translate(services, title="Citizen services")
    return module_site


@pytest.mark.parametrize(
    ("url", "text"),
    [("/th/no-such-page/", "ไม่พบหน้าที่ต้องการ"), ("/en/no-such-page/", "Page not found")],
)
def test_unknown_page_gets_a_friendly_404_in_its_language(client, url, text):
    response = client.get(url)
    assert response.status_code == 404
    assert text in response.content.decode()


def test_unknown_language_prefix_is_a_404(client):
    response = client.get("/fr/about-smile/", follow=True)
    assert response.status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "?page=abc",
        "?page=-1",
        "?page=999999999999999999999",
        "?page=%ZZ",
        "?page=1&page=x",
    ],
)
def test_malformed_query_strings_do_not_break_pages(client, query):
    for url in ("/th/", "/th/about-smile/", "/en/citizen-services/"):
        assert client.get(url + query).status_code == 200


@override_settings(ROOT_URLCONF="portal.tests.failing_urls")
def test_server_error_page_is_friendly_and_translated():
    client = Client(raise_request_exception=False)
    response = client.get("/th/boom/")
    assert response.status_code == 500
    assert "เกิดข้อผิดพลาด" in response.content.decode()
    assert "RuntimeError" not in response.content.decode()


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_both_languages(client):
    body = client.get(reverse("sitemap")).content.decode()
    assert "http://localhost/th/about-smile/smile-story/" in body
    assert "http://localhost/en/about-smile/smile-story/" in body


@pytest.mark.parametrize(
    "url",
    [
        "/th/about-smile/%00/",
        "/th/search/?q=%00",
        "/th/communities/?tag=a%00b",
        "/th/contests/logos/AB%001234/",
        "/en/?x%00=1",
        "/admin/pages/%00/",
    ],
)
def test_a_nul_byte_anywhere_in_the_url_is_a_400(client, url, sign_in):
    for visitor in (client, sign_in("staff")):
        response = visitor.get(url)
        assert response.status_code == 400
        assert "<html" in response.content.decode()
