"""Manuals are for staff in every way a page can be reached; handbooks are public."""

import pytest

from manuals.models import PageFeedback, ServiceManualPage
from manuals.tests.conftest import ROLES, STAFF_ROLES

pytestmark = pytest.mark.django_db


def manual_pages(manuals):
    """The manual index and manuals in both languages."""
    return {
        "index": manuals.manual_index.th,
        "manual": manuals.manuals["pit-counter-standard"].th,
        "english manual": manuals.manuals["pit-refund-standard"].en,
    }


@pytest.mark.parametrize("username", ROLES)
@pytest.mark.parametrize("which", ["index", "manual", "english manual"])
def test_manual_pages_open_only_for_staff_roles(sign_in, manuals, username, which):
    response = sign_in(username).get(manual_pages(manuals)[which].url)
    if username in STAFF_ROLES:
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("username", ROLES)
def test_handbooks_are_public(sign_in, manuals, username):
    assert sign_in(username).get(manuals.handbooks["pit-refund"].th.url).status_code == 200
    assert sign_in(username).get(manuals.handbook_index.en.url).status_code == 200


@pytest.mark.parametrize("username", [None, "citizen"])
def test_outsiders_cannot_leave_feedback_on_a_manual(sign_in, manual, username):
    response = sign_in(username).post(manual.url + "feedback/", {"helpful": "yes"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not PageFeedback.objects.filter(page=manual).exists()


@pytest.mark.parametrize("username", sorted(STAFF_ROLES))
def test_staff_can_leave_feedback_on_a_manual(sign_in, manual, username):
    sign_in(username).post(manual.url + "feedback/", {"helpful": "no", "comment": "ขอตัวอย่าง"})
    assert PageFeedback.objects.filter(page=manual, helpful=False).count() == 1


@pytest.mark.parametrize("username", [None, "citizen"])
def test_manuals_stay_out_of_search_and_suggestions_for_outsiders(sign_in, manuals, username):
    client = sign_in(username)
    titles = [page.title for pair in manuals.manuals.values() for page in (pair.th, pair.en)]
    for query in ("มาตรฐาน", "Standard", "ภ.ง.ด.90"):
        for url in (f"/th/search/?q={query}", f"/en/search/?q={query}&lang=all"):
            body = client.get(url).content.decode()
            for title in titles:
                assert title not in body, (url, title)
            assert "/intranet/" not in body
        suggestions = client.get("/th/search/suggest/", {"q": "มาตรฐาน"}).json()["suggestions"]
        assert not [s for s in suggestions if "/intranet/" in s["url"]]


def test_staff_find_manuals_in_search(sign_in, manuals):
    body = sign_in("staff").get("/th/search/?q=มาตรฐาน").content.decode()
    assert manuals.manual_index.th.url in body


def test_citizens_find_handbooks_in_search(sign_in, manuals):
    body = sign_in(None).get("/th/search/?q=ภาษีมูลค่าเพิ่ม").content.decode()
    assert manuals.handbooks["vat-registration"].th.url in body


@pytest.mark.parametrize("username", ROLES)
def test_manual_forms_download_only_for_staff(sign_in, manuals, username):
    response = sign_in(username).get(manuals.staff_form.url)
    assert response.status_code == (200 if username in STAFF_ROLES else 302)


def test_handbook_forms_download_for_everyone(sign_in, manuals):
    assert sign_in(None).get(manuals.public_form.url).status_code == 200


@pytest.mark.parametrize("username", [None, "citizen"])
def test_manuals_absent_from_menus_listings_and_sitemap(sign_in, manuals, username):
    client = sign_in(username)
    for url in ("/th/", "/en/", manuals.handbook_index.th.url, "/sitemap.xml"):
        body = client.get(url).content.decode()
        assert manuals.manual_index.th.slug not in body, url


def test_manual_draft_is_not_served(sign_in, manual):
    url = manual.url
    draft = ServiceManualPage.objects.get(pk=manual.pk)
    draft.unpublish()
    assert sign_in("staff").get(url).status_code == 404
