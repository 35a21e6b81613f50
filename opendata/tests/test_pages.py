"""The pages endpoint: only what an anonymous visitor may open, handbooks with
their structured fields in both languages, Thai search, constant query counts."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from opendata.tests.world import SECRET, handbook

pytestmark = pytest.mark.django_db

HANDBOOKS = "manuals.CitizenHandbookPage"


def _text(response):
    return response.content.decode()


def test_listing_shows_public_pages_only(world, api):
    response = api("pages/", limit=20, fields="*")
    assert response.status_code == 200
    ids = {item["id"] for item in response.json()["items"]}
    assert world.handbook.pk in ids and world.handbook_en.pk in ids
    assert not ids & {page.pk for page in world.private_pages}
    assert SECRET not in _text(response)


def test_counts_leave_private_pages_out(world, api):
    data = api("pages/", type=HANDBOOKS).json()
    assert data["meta"]["total_count"] == 2  # the handbook and its translation
    assert {item["id"] for item in data["items"]} == {world.handbook.pk, world.handbook_en.pk}


@pytest.mark.parametrize("index", range(10), ids=lambda n: f"private-{n}")
def test_private_page_answers_as_a_missing_one(world, api, index):
    page = world.private_pages[index]
    assert api(f"pages/{page.pk}/").status_code == 404
    assert api("pages/find/", id=page.pk).status_code == 404
    for name in ("child_of", "descendant_of", "ancestor_of", "translation_of"):
        response = api("pages/", **{name: page.pk})
        assert response.status_code == 400, name
        assert SECRET not in _text(response)


def test_intranet_subtree_is_closed(world, api):
    intranet = world.site.intranet
    assert api("pages/", descendant_of=intranet.pk).status_code == 400
    assert api(f"pages/{intranet.pk}/").status_code == 404
    assert api("pages/find/", html_path="/intranet/").status_code == 404


def test_search_finds_public_handbooks_and_no_private_page(world, api):
    found = api("pages/", search="เลขประจำตัวผู้เสียภาษี", type=HANDBOOKS).json()
    assert world.handbook.pk in {item["id"] for item in found["items"]}
    hidden = api("pages/", search=SECRET)
    assert hidden.status_code == 200
    assert hidden.json()["meta"]["total_count"] == 0


@pytest.mark.parametrize(
    "page_type",
    ["manuals.ServiceManualPage", "training.ModulePage", "communities.CommunityPage", "auth.User"],
)
def test_staff_only_types_are_unknown(world, api, page_type):
    response = api("pages/", type=page_type)
    assert response.status_code == 400
    assert response.json() == {"message": "type doesn't exist"}


def test_signed_in_staff_get_the_anonymous_answer(world, sign_in):
    staff = sign_in("staff")
    response = staff.get("/api/v2/pages/", {"descendant_of": world.site.intranet.pk})
    assert response.status_code == 400
    assert staff.get(f"/api/v2/pages/{world.private_pages[0].pk}/").status_code == 404


def test_handbook_detail_is_structured(world, api):
    data = api(f"pages/{world.handbook.pk}/").json()
    assert data["meta"]["type"] == HANDBOOKS
    assert data["meta"]["html_url"].startswith("http://")
    assert data["service_group"]["code"] == "personal-income-tax"
    assert data["legal_basis"] == [{"title": "ประมวลรัษฎากร", "section": "มาตรา 3", "url": None}]
    assert [step["duration"] for step in data["steps"]] == [
        {"amount": 10, "unit": "minutes"},
        {"amount": 1, "unit": "working_days"},
    ]
    assert data["total_time"]["minutes"] == 10 and data["total_time"]["working_days"] == 1
    assert data["fees"][0]["amount"] == "50.00"
    assert 'href="http://localhost/th/handbooks/"' in data["criteria"]  # absolute
    assert data["documents"][0] == {
        "name": "บัตรประจำตัวประชาชน",
        "issuer": "กรมการปกครอง",
        "originals": 1,
        "copies": 1,
        "note": None,
    }
    assert data["complaint_channels"][0]["name"] == "ศูนย์สายด่วน 1161"
    # The form in a restricted collection is left out.
    assert [form["document_id"] for form in data["sample_forms"]] == [world.public_form.pk]
    assert data["sample_forms"][0]["download_url"].startswith("http://")
    assert SECRET not in json.dumps(data, ensure_ascii=False)


def test_handbooks_in_both_locales(world, api):
    thai = api("pages/", type=HANDBOOKS, locale="th", fields="service_group,total_time").json()
    english = api("pages/", type=HANDBOOKS, locale="en", fields="service_group,total_time")
    english = english.json()
    assert [item["id"] for item in thai["items"]] == [world.handbook.pk]
    assert [item["id"] for item in english["items"]] == [world.handbook_en.pk]
    assert english["items"][0]["meta"]["locale"] == "en"
    # Labels and texts follow the page's language, not the client's.
    assert english["items"][0]["service_group"]["label"] == "Personal income tax"
    assert "working day" in english["items"][0]["total_time"]["text"]
    assert thai["items"][0]["service_group"]["label"] != "Personal income tax"


def test_handbooks_filter_by_classification(world, api):
    found = api("pages/", type=HANDBOOKS, service_group="personal-income-tax", locale="th")
    assert [item["id"] for item in found.json()["items"]] == [world.handbook.pk]
    assert api("pages/", type=HANDBOOKS, service_group="vat").json()["meta"]["total_count"] == 0


@pytest.mark.parametrize(
    "params",
    [
        {"nonsense": "1"},
        {"fields": "no_such_field"},
        {"fields": "title(("},
        {"type": "no.SuchPage"},
        {"type": "wagtailcore"},
        {"limit": "1000"},
        {"limit": "-1"},
        {"offset": "999999999999999999999999"},
        {"offset": "20000"},
        {"locale": "fr"},
        {"child_of": "abc"},
        {"child_of": "99999999999999999999"},
        {"descendant_of": "-3"},
        {"id": "99999999999999999999"},
        {"order": "no_such_field"},
        {"order": "random", "offset": "1"},
        {"steps": "x", "type": HANDBOOKS},
        {"first_published_at": "yesterday"},
        {"search": "ภาษี", "search_operator": "xor"},
        {"site": "localhost"},
        {"rich_text_format": "db_html"},
        {"search": "ภาษี\x00"},
    ],
    ids=lambda params: "&".join(f"{key}={value}" for key, value in params.items()),
)
def test_bad_input_is_a_json_400(world, api, params):
    response = api("pages/", **params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) == {"message"}


@pytest.mark.parametrize(
    "path", ["pages/99999999999999999999/", "pages/find/?id=99999999999999999999"]
)
def test_huge_ids_are_not_a_500(world, client, path):
    response = client.get(f"/api/v2/{path}")
    assert response.status_code in (400, 404)
    assert set(response.json()) == {"message"}


LISTING = {"type": HANDBOOKS, "fields": "*", "limit": 20, "locale": "th"}
QUERY_BUDGET = 14  # the handbook links to a page in its criteria: Wagtail reads it


def _count_queries(api, path, **params):
    api(path, **params)  # caches warm (site root paths, privacy rules), as in production
    with CaptureQueriesContext(connection) as captured:
        assert api(path, **params).status_code == 200
    return len(captured)


def test_listing_and_detail_query_counts_are_constant(world, api, django_assert_max_num_queries):
    for _ in range(4):
        handbook(world.index)
    at_five = (
        _count_queries(api, "pages/", **LISTING),
        _count_queries(api, f"pages/{world.handbook.pk}/"),
    )
    for _ in range(20):
        handbook(world.index)
    assert api("pages/", **LISTING).json()["meta"]["total_count"] == 25
    at_25 = (
        _count_queries(api, "pages/", **LISTING),
        _count_queries(api, f"pages/{world.handbook.pk}/"),
    )
    assert at_25 == at_five
    with django_assert_max_num_queries(QUERY_BUDGET):
        api("pages/", **LISTING)
    with django_assert_max_num_queries(QUERY_BUDGET):
        api(f"pages/{world.handbook.pk}/")
