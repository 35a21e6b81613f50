"""Manuals are for staff in every way a page can be reached; handbooks are public."""

import pytest
from wagtail.documents import get_document_model

from manuals.models import PageFeedback, ServiceManualPage
from manuals.tests.conftest import ROLES, STAFF_ROLES

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

MANUAL_URLS = [
    "/th/intranet/service-manuals/",
    "/th/intranet/service-manuals/pit-counter-standard/",
    "/en/intranet/service-manuals/pit-refund-standard/",
]
MANUAL_TITLES = ["มาตรฐานการรับแบบ", "Standard for receiving", "มาตรฐานการคืนภาษี"]


@pytest.mark.parametrize("username", ROLES)
@pytest.mark.parametrize("url", MANUAL_URLS)
def test_manual_pages_open_only_for_staff_roles(client_for, username, url):
    response = client_for(username).get(url)
    if username in STAFF_ROLES:
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("username", ROLES)
def test_handbooks_are_public(client_for, username):
    assert client_for(username).get("/th/handbooks/pit-refund/").status_code == 200
    assert client_for(username).get("/en/handbooks/").status_code == 200


@pytest.mark.parametrize("username", [None, "citizen"])
def test_outsiders_cannot_leave_feedback_on_a_manual(client_for, manual, username):
    response = client_for(username).post(manual.url + "feedback/", {"helpful": "yes"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not PageFeedback.objects.filter(page=manual).exists()


@pytest.mark.parametrize("username", sorted(STAFF_ROLES))
def test_staff_can_leave_feedback_on_a_manual(client_for, manual, username):
    client_for(username).post(manual.url + "feedback/", {"helpful": "no", "comment": "ขอตัวอย่าง"})
    assert PageFeedback.objects.filter(page=manual, helpful=False).count() == 1


@pytest.mark.parametrize("username", [None, "citizen"])
def test_manuals_stay_out_of_search_and_suggestions_for_outsiders(client_for, username):
    client = client_for(username)
    for query in ("มาตรฐาน", "Standard", "ภ.ง.ด.90"):
        for url in (f"/th/search/?q={query}", f"/en/search/?q={query}&lang=all"):
            body = client.get(url).content.decode()
            for title in MANUAL_TITLES:
                assert title not in body, (url, title)
            assert "/intranet/" not in body
        suggestions = client.get("/th/search/suggest/", {"q": "มาตรฐาน"}).json()["suggestions"]
        assert not [s for s in suggestions if "/intranet/" in s["url"]]


def test_staff_find_manuals_in_search(client_for):
    body = client_for("staff").get("/th/search/?q=มาตรฐาน").content.decode()
    assert "/th/intranet/service-manuals/" in body


def test_citizens_find_handbooks_in_search(client_for):
    body = client_for(None).get("/th/search/?q=ภาษีมูลค่าเพิ่ม").content.decode()
    assert "/th/handbooks/vat-registration/" in body


@pytest.mark.parametrize("username", ROLES)
def test_manual_forms_download_only_for_staff(client_for, username):
    document = get_document_model().objects.get(title="แบบตรวจเอกสารหน้าเคาน์เตอร์")
    response = client_for(username).get(document.url)
    assert response.status_code == (200 if username in STAFF_ROLES else 302)


def test_handbook_forms_download_for_everyone(client_for):
    document = get_document_model().objects.get(title="ตัวอย่างแบบ ภ.ง.ด.91")
    assert client_for(None).get(document.url).status_code == 200


@pytest.mark.parametrize("username", [None, "citizen"])
def test_manuals_absent_from_menus_listings_and_sitemap(client_for, username):
    client = client_for(username)
    for url in ("/th/", "/en/", "/th/handbooks/", "/sitemap.xml"):
        body = client.get(url).content.decode()
        assert "service-manuals" not in body, url


def test_manual_draft_is_not_served(client_for, manual):
    draft = ServiceManualPage.objects.get(pk=manual.pk)
    draft.unpublish()
    assert (
        client_for("staff").get("/th/intranet/service-manuals/pit-counter-standard/").status_code
        == 404
    )
