"""The Intranet section is for Staff only, in every language and every listing."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

INTRANET_PAGES = [
    "/th/intranet/",
    "/th/intranet/counter-playbook/",
    "/en/intranet/",
    "/en/intranet/staff-news/",
]
SECRET_TEXT = ["แนวปฏิบัติหน้าเคาน์เตอร์", "Front-counter playbook", "ห้ามเผยแพร่"]


def sign_in(client, username):
    if username:
        client.force_login(get_user_model().objects.get(username=username))


@pytest.mark.parametrize("url", INTRANET_PAGES)
@pytest.mark.parametrize("username", [None, "citizen"])
def test_outsiders_get_the_allauth_login_page_not_the_content(client, url, username):
    sign_in(client, username)
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


def test_signed_in_citizen_is_told_the_page_needs_a_staff_account(client):
    sign_in(client, "citizen")
    page = client.get("/en/accounts/login/?next=/en/intranet/")
    assert "needs a staff account" in page.content.decode()


@pytest.mark.parametrize("url", INTRANET_PAGES)
@pytest.mark.parametrize("username", ["staff", "editor", "moderator", "judge1", "admin"])
def test_staff_roles_read_the_intranet(client, url, username):
    sign_in(client, username)
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("username", [None, "citizen"])
def test_intranet_is_absent_from_menus_listings_and_sitemap_for_outsiders(client, username):
    sign_in(client, username)
    for url in ("/th/", "/en/", "/sitemap.xml"):
        body = client.get(url).content.decode()
        assert "/intranet/" not in body, url
        assert "อินทราเน็ต" not in body


def test_staff_see_the_intranet_in_the_menu(client):
    sign_in(client, "staff")
    body = client.get("/th/").content.decode()
    assert 'href="/th/intranet/"' in body


def test_intranet_stays_out_of_the_sitemap_even_for_staff(client):
    sign_in(client, "staff")
    assert "/intranet/" not in client.get("/sitemap.xml").content.decode()


def test_login_redirects_back_to_the_intranet_page(client):
    response = client.post(
        "/th/accounts/login/?next=/th/intranet/",
        {"login": "staff", "password": "changeme", "next": "/th/intranet/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/th/intranet/"
    assert client.get("/th/intranet/").status_code == 200
