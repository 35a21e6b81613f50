"""Index pages: facet filters, Thai A-Z, pagination, empty states and query budgets."""

import re

import pytest
from django.utils import timezone

from manuals.choices import Agency, Audience, ServiceGroup
from manuals.factories import CitizenHandbookPageFactory
from manuals.listing import ENTRIES_PER_PAGE

pytestmark = pytest.mark.django_db


def titles(response):
    return [entry.title for group in response.context["groups"] for entry in group[1]]


def test_handbooks_are_listed_in_thai_dictionary_order_of_their_key_noun(client, handbook_index):
    for page in handbook_index.get_children():
        page.delete()
    for title in ("การยื่นแบบ", "เงินได้พึงประเมิน", "คำร้องทั่วไป", "ความรู้ภาษี", "การขอคืน"):
        CitizenHandbookPageFactory(parent=handbook_index, title=title)
    listed = titles(client.get(handbook_index.url))
    # ขอคืน, คำร้อง, เงินได้, ยื่นแบบ, รู้ภาษี: "การ" and "ความ" are skipped
    assert listed == ["การขอคืน", "คำร้องทั่วไป", "เงินได้พึงประเมิน", "การยื่นแบบ", "ความรู้ภาษี"]


def test_a_to_z_files_titles_under_their_key_noun_and_filters_by_one(client, handbook_index):
    for page in handbook_index.get_children():
        page.delete()
    for title in ("การยื่นแบบ", "เงินได้พึงประเมิน", "การันตีการคืนภาษี"):
        CitizenHandbookPageFactory(parent=handbook_index, title=title)
    response = client.get(handbook_index.url)
    assert response.context["letters"] == ["ก", "ง", "ย"]
    only_yo = client.get(handbook_index.url, {"letter": "ย"})
    assert titles(only_yo) == ["การยื่นแบบ"]
    assert 'aria-current="true">ย</a>' in only_yo.content.decode()


def test_on_a_phone_the_list_comes_before_the_filters(client, handbook_index):
    html = client.get(handbook_index.url).content.decode()
    details = re.search(r'<details class="index-filters" id="index-filters"( open)?>', html)
    assert details and not details.group(1)  # collapsed until a filter is on
    assert html.index('class="index-filters__toggle"') < html.index("<select")
    filtered = client.get(handbook_index.url, {"service_group": ServiceGroup.VAT})
    assert '<details class="index-filters" id="index-filters" open>' in filtered.content.decode()


def test_english_index_groups_by_latin_letter(client, manuals):
    english = {slug: pair.en.title for slug, pair in manuals.handbooks.items()}
    assert sorted(title[0] for title in english.values()) == ["A", "C", "F", "F", "R"]
    response = client.get(manuals.handbook_index.en.url)
    assert response.context["letters"] == ["A", "C", "F", "R"]
    assert titles(client.get(manuals.handbook_index.en.url, {"letter": "f"})) == [
        english["pit-filing-at-office"],
        english["e-filing-for-elderly"],
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"service_group": ServiceGroup.VAT}, ["vat-registration"]),
        ({"agency": Agency.AREA_OFFICE}, ["pit-refund"]),
        ({"audience": Audience.ELDERLY_AND_DISABLED}, ["e-filing-for-elderly"]),
        ({"service_group": ServiceGroup.VAT, "audience": Audience.INDIVIDUALS}, []),
    ],
)
def test_facet_filters(client, manuals, params, expected):
    for slug, pair in manuals.handbooks.items():
        matches = all(getattr(pair.th, name) == value for name, value in params.items())
        assert matches == (slug in expected), slug
    response = client.get(manuals.handbook_index.th.url, params)
    assert titles(response) == [manuals.handbooks[slug].th.title for slug in expected]
    assert response.context["filtered"]


def test_no_match_has_a_helpful_empty_state(client, manuals):
    url = manuals.handbook_index.en.url
    body = client.get(
        url, {"service_group": ServiceGroup.VAT, "audience": Audience.INDIVIDUALS}
    ).content.decode()
    assert "Nothing matches these filters." in body
    assert f'href="{url}"' in body


def test_bad_filter_values_are_reported_and_ignored_not_an_error(client, manuals):
    response = client.get(
        manuals.handbook_index.en.url, {"service_group": "<script>", "letter": "!!", "page": "x"}
    )
    assert response.status_code == 200
    assert len(titles(response)) == len(manuals.handbooks) == 5
    body = response.content.decode()
    assert "This filter was ignored" in body
    assert "<script>" not in body


def test_filter_form_is_labelled_and_works_without_javascript(client, manuals):
    body = client.get(manuals.handbook_index.en.url).content.decode()
    assert re.search(
        r'<details class="index-filters"[^>]*>\s*<summary[^>]*>.*?</summary>\s*<form method="get"',
        body,
        re.S,
    )
    for field in ("service_group", "agency", "audience"):
        assert f'<label for="id_{field}">' in body


def test_pagination(client, handbook_index):
    already = handbook_index.get_children().live().count()
    CitizenHandbookPageFactory.create_batch(ENTRIES_PER_PAGE, parent=handbook_index)
    first = client.get(handbook_index.url)
    assert len(titles(first)) == ENTRIES_PER_PAGE
    assert 'rel="next"' in first.content.decode()
    second = client.get(handbook_index.url, {"page": 2})
    assert len(titles(second)) == already == 5
    assert client.get(handbook_index.url, {"page": 99}).status_code == 200


def test_manual_index_lists_review_dates_for_staff(sign_in, manuals):
    today = timezone.localdate()
    overdue = [pair.en for pair in manuals.manuals.values() if pair.en.next_review_date < today]
    assert len(overdue) == 1
    body = sign_in("staff").get(manuals.manual_index.en.url).content.decode()
    assert overdue[0].title in body
    assert body.count("badge--overdue") == 1


def test_index_pages_query_budget(sign_in, manuals, handbook_index, django_assert_max_num_queries):
    CitizenHandbookPageFactory.create_batch(ENTRIES_PER_PAGE, parent=handbook_index)
    thai, english = handbook_index.url, manuals.handbook_index.en.url
    manual_index = manuals.manual_index.th.url
    anonymous, staff = sign_in(None), sign_in("staff")
    anonymous.get("/th/")
    with django_assert_max_num_queries(16):
        assert anonymous.get(thai).status_code == 200
    with django_assert_max_num_queries(17):
        assert anonymous.get(english + "?service_group=vat").status_code == 200
    with django_assert_max_num_queries(26):
        assert staff.get(manual_index).status_code == 200


def test_detail_pages_query_budget(sign_in, handbook, manuals, django_assert_max_num_queries):
    handbook_url = handbook.url
    manual_url = manuals.manuals["pit-counter-standard"].en.url
    anonymous, staff = sign_in(None), sign_in("staff")
    anonymous.get("/th/")
    with django_assert_max_num_queries(17):
        assert anonymous.get(handbook_url).status_code == 200
    # Two levels deeper than portal pages: Wagtail routing costs a query per level; the
    # header reads the signed-in person's profile and the bell's count.
    with django_assert_max_num_queries(30):
        assert staff.get(manual_url).status_code == 200
