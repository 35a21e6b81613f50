"""The Intranet section is for Staff only, in every language and every listing."""

import pytest

from portal.factories import StandardPageFactory
from tests.world import translate

pytestmark = [pytest.mark.django_db]

PLAYBOOK = {"th": "แนวปฏิบัติหน้าเคาน์เตอร์", "en": "Front-counter playbook"}
CONFIDENTIAL = "ห้ามเผยแพร่"
NEWS = {"th": "ข่าวเจ้าหน้าที่", "en": "Staff news"}
INTRANET_PAGES = [
    "/th/intranet/",
    "/th/intranet/counter-playbook/",
    "/en/intranet/",
    "/en/intranet/staff-news/",
]
SECRET_TEXT = [PLAYBOOK["th"], PLAYBOOK["en"], CONFIDENTIAL]


@pytest.fixture(scope="module", autouse=True)
def intranet(module_site):
    """The staff-only intranet, in the menu, with two pages in it, in Thai and English."""
    for section in (module_site.intranet, module_site.intranet_en):
        section.show_in_menus = True
        section.save_revision().publish()
    playbook = StandardPageFactory(
        parent=module_site.intranet,
        slug="counter-playbook",
        title=PLAYBOOK["th"],
        intro=CONFIDENTIAL,
    )
    translate(playbook, title=PLAYBOOK["en"])
    news = StandardPageFactory(parent=module_site.intranet, slug="staff-news", title=NEWS["th"])
    translate(news, title=NEWS["en"])
    return module_site


@pytest.mark.parametrize("url", INTRANET_PAGES)
@pytest.mark.parametrize("role", [None, "citizen"])
def test_outsiders_get_the_allauth_login_page_not_the_content(sign_in, url, role):
    client = sign_in(role)
    response = client.get(url)
    language = url.split("/")[1]
    assert response.status_code == 302
    assert response["Location"].startswith(f"/{language}/accounts/login/?next=")
    login_page = client.get(response["Location"])
    assert login_page.status_code == 200
    body = login_page.content.decode()
    assert 'name="login"' in body and 'name="password"' in body
    for text in SECRET_TEXT:
        assert text not in body


def test_signed_in_citizen_is_told_the_page_needs_a_staff_account(sign_in):
    page = sign_in("citizen").get("/en/accounts/login/?next=/en/intranet/")
    assert "needs a staff account" in page.content.decode()


@pytest.mark.parametrize("url", INTRANET_PAGES)
@pytest.mark.parametrize("role", ["staff", "editor", "moderator", "judge", "admin"])
def test_staff_roles_read_the_intranet(sign_in, url, role):
    assert sign_in(role).get(url).status_code == 200


@pytest.mark.parametrize("role", [None, "citizen"])
def test_intranet_is_absent_from_menus_listings_and_sitemap_for_outsiders(sign_in, intranet, role):
    client = sign_in(role)
    for url in ("/th/", "/en/", "/sitemap.xml"):
        body = client.get(url).content.decode()
        assert "/intranet/" not in body, url
        assert intranet.intranet.title not in body


def test_staff_see_the_intranet_in_the_menu(sign_in):
    body = sign_in("staff").get("/th/").content.decode()
    assert 'href="/th/intranet/"' in body


def test_intranet_stays_out_of_the_sitemap_even_for_staff(sign_in):
    assert "/intranet/" not in sign_in("staff").get("/sitemap.xml").content.decode()


def test_login_redirects_back_to_the_intranet_page(sign_in, user_for):
    client = sign_in()
    response = client.post(
        "/th/accounts/login/?next=/th/intranet/",
        {"login": user_for("staff").username, "password": "changeme", "next": "/th/intranet/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/th/intranet/"
    assert client.get("/th/intranet/").status_code == 200
