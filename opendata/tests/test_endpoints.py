"""The offices and open statistics endpoints."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from complaints import factories as complaint_factories
from surveys.factories import SurveyFactory, respond

pytestmark = pytest.mark.django_db


def test_offices_in_tree_order_with_their_hours(world, api, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        data = api("offices/").json()
    codes = [item["code"] for item in data["items"]]
    assert codes == ["R7", "PLK", "PLK-01", "PLK-02", "TAK", "TAK-01"]
    assert data["meta"] == {"total_count": 6, "locale": "th"}
    branch = data["items"][2]
    assert branch["parent"] == "PLK" and branch["type"]["code"] == "branch"
    assert branch["opening_hours"][0] == {"weekday": 0, "opens": "08:30", "closes": "16:30"}
    assert branch["html_url"].startswith("http://") and "/th/" in branch["html_url"]


def test_offices_in_english(world, api):
    data = api("offices/", locale="en").json()
    first = data["items"][0]
    assert first["name"] == "Regional Revenue Office 7"
    assert first["type"] == {"code": "regional", "label": "Regional Revenue Office"}
    assert "/en/" in first["html_url"]


def test_a_restricted_office_is_left_out(world, api):
    office = world.directory.offices["TAK"].th
    PageViewRestriction.objects.create(page=office, restriction_type=PageViewRestriction.LOGIN)
    codes = [item["code"] for item in api("offices/").json()["items"]]
    assert codes == ["R7", "PLK", "PLK-01", "PLK-02"]


def test_complaint_statistics(world, api):
    office = world.directory.offices["PLK"].th
    complaint_factories.file(office=office)
    data = api("statistics/complaints/monthly/", office="plk").json()
    assert data["meta"]["office"] == "PLK"
    assert [(row["office_code"], row["received"]) for row in data["items"]] == [("PLK", 1)]
    text = str(data)
    assert "สมหญิง" not in text and "somying" not in text  # the complainant's name and e-mail


def test_satisfaction_statistics(world, api):
    office = world.directory.offices["TAK-01"].th
    survey = SurveyFactory(slug="kiosk", offices=[office])
    respond(survey, office, {"overall": 4}, day=datetime.date(2027, 3, 1))
    data = api("statistics/satisfaction/monthly/", year="2027").json()
    assert data["meta"] == {"total_count": 1, "year": 2027, "office": None}
    assert data["items"][0]["survey"] == "kiosk"
    assert data["items"][0]["satisfaction_mean"] == 4.0


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("offices/", {"locale": "fr"}),
        ("offices/", {"code": "PLK"}),
        ("statistics/complaints/monthly/", {"year": "1999"}),
        ("statistics/complaints/monthly/", {"year": "๒๕๖๙"}),
        ("statistics/complaints/monthly/", {"office": "PLK;DROP"}),
        ("statistics/satisfaction/monthly/", {"year": "20270"}),
        ("statistics/satisfaction/monthly/", {"office": "X" * 21}),
        ("statistics/satisfaction/monthly/", {"month": "3"}),
    ],
    ids=lambda value: value if isinstance(value, str) else "&".join(value),
)
def test_bad_parameters_are_a_json_400(world, api, path, params):
    response = api(path, **params)
    assert response.status_code == 400
    assert set(response.json()) == {"message"}


def test_repeated_parameters_are_refused(world, client):
    response = client.get("/api/v2/statistics/complaints/monthly/?year=2026&year=2027")
    assert response.status_code == 400
