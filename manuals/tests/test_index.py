"""Index pages: facet filters, Thai A-Z, pagination, empty states and query budgets."""

import pytest

from manuals.choices import Agency, Audience, ServiceGroup
from manuals.factories import CitizenHandbookPageFactory
from manuals.listing import ENTRIES_PER_PAGE

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def titles(response):
    return [entry.title for group in response.context["groups"] for entry in group[1]]


def test_handbooks_are_listed_in_thai_dictionary_order(client, handbook_index):
    CitizenHandbookPageFactory(parent=handbook_index, title="เงินได้พึงประเมิน")
    CitizenHandbookPageFactory(parent=handbook_index, title="คำร้องทั่วไป")
    listed = titles(client.get("/th/handbooks/"))
    assert listed.index("คำร้องทั่วไป") < listed.index("เงินได้พึงประเมิน")
    assert listed[0].startswith("การ")


def test_a_to_z_offers_the_letters_in_use_and_filters_by_one(client, handbook_index):
    CitizenHandbookPageFactory(parent=handbook_index, title="เงินได้พึงประเมิน")
    response = client.get("/th/handbooks/")
    assert response.context["letters"] == ["ก", "ง"]
    only_ng = client.get("/th/handbooks/", {"letter": "ง"})
    assert titles(only_ng) == ["เงินได้พึงประเมิน"]
    assert 'aria-current="true">ง</a>' in only_ng.content.decode()


def test_english_index_groups_by_latin_letter(client):
    response = client.get("/en/handbooks/")
    assert response.context["letters"] == ["A", "C", "F", "R"]
    assert titles(client.get("/en/handbooks/", {"letter": "f"})) == [
        "Filing a personal income tax return (P.N.D. 90/91) at an office",
        "Filing online (e-Filing) for elderly taxpayers",
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"service_group": ServiceGroup.VAT}, ["การจดทะเบียนภาษีมูลค่าเพิ่ม (ภ.พ.01)"]),
        ({"agency": Agency.AREA_OFFICE}, ["การขอคืนภาษีเงินได้บุคคลธรรมดา"]),
        (
            {"audience": Audience.ELDERLY_AND_DISABLED},
            ["การยื่นแบบผ่านอินเทอร์เน็ต (e-Filing) สำหรับผู้สูงอายุ"],
        ),
        ({"service_group": ServiceGroup.VAT, "audience": Audience.INDIVIDUALS}, []),
    ],
)
def test_facet_filters(client, params, expected):
    response = client.get("/th/handbooks/", params)
    assert titles(response) == expected
    assert response.context["filtered"]


def test_no_match_has_a_helpful_empty_state(client):
    body = client.get(
        "/en/handbooks/", {"service_group": ServiceGroup.VAT, "audience": Audience.INDIVIDUALS}
    ).content.decode()
    assert "Nothing matches these filters." in body
    assert 'href="/en/handbooks/"' in body


def test_bad_filter_values_are_reported_and_ignored_not_an_error(client):
    response = client.get(
        "/en/handbooks/", {"service_group": "<script>", "letter": "!!", "page": "x"}
    )
    assert response.status_code == 200
    assert len(titles(response)) == 5
    body = response.content.decode()
    assert "This filter was ignored" in body
    assert "<script>" not in body


def test_filter_form_is_labelled_and_works_without_javascript(client):
    body = client.get("/en/handbooks/").content.decode()
    assert '<form class="index-filters" method="get"' in body
    for field in ("service_group", "agency", "audience"):
        assert f'<label for="id_{field}">' in body


def test_pagination(client, handbook_index):
    CitizenHandbookPageFactory.create_batch(ENTRIES_PER_PAGE, parent=handbook_index)
    first = client.get("/th/handbooks/")
    assert len(titles(first)) == ENTRIES_PER_PAGE
    assert 'rel="next"' in first.content.decode()
    second = client.get("/th/handbooks/", {"page": 2})
    assert len(titles(second)) == 5
    assert client.get("/th/handbooks/", {"page": 99}).status_code == 200


def test_manual_index_lists_review_dates_for_staff(client_for):
    body = client_for("staff").get("/en/intranet/service-manuals/").content.decode()
    assert "Standard for receiving P.N.D. 90/91 returns at the counter" in body
    assert body.count("badge--overdue") == 1


def test_index_pages_query_budget(client_for, handbook_index, django_assert_max_num_queries):
    CitizenHandbookPageFactory.create_batch(ENTRIES_PER_PAGE, parent=handbook_index)
    anonymous, staff = client_for(None), client_for("staff")
    anonymous.get("/th/")
    with django_assert_max_num_queries(16):
        assert anonymous.get("/th/handbooks/").status_code == 200
    with django_assert_max_num_queries(17):
        assert anonymous.get("/en/handbooks/?service_group=vat").status_code == 200
    with django_assert_max_num_queries(26):
        assert staff.get("/th/intranet/service-manuals/").status_code == 200


def test_detail_pages_query_budget(client_for, django_assert_max_num_queries):
    anonymous, staff = client_for(None), client_for("staff")
    anonymous.get("/th/")
    with django_assert_max_num_queries(17):
        assert anonymous.get("/th/handbooks/pit-filing-at-office/").status_code == 200
    # Two levels deeper than portal pages: Wagtail routing costs a query per level.
    with django_assert_max_num_queries(28):
        assert staff.get("/en/intranet/service-manuals/pit-counter-standard/").status_code == 200
