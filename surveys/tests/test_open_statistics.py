"""Satisfaction as open data: monthly rows per office and survey from the
aggregates, the headline figure only, no answers and no free text."""

import datetime

import pytest

from surveys import open_statistics
from surveys.factories import SurveyFactory, respond

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(offices):
    area, branch, other = offices
    survey = SurveyFactory(slug="counter", offices=[area, branch, other])
    march, april = datetime.date(2027, 3, 5), datetime.date(2027, 4, 2)
    for overall, office, day in ((5, area, march), (4, area, march), (3, branch, march),
                                 (2, other, april)):  # fmt: skip
        respond(survey, office, {"overall": overall, "suggestion": "ลับมาก"}, day=day)
    respond(survey, area, {"overall": 5}, day=datetime.date(2026, 12, 1))
    return survey


def test_rows_keys_order_and_figures(answered):
    rows = open_statistics.monthly()
    assert [tuple(row) for row in rows] == [open_statistics.KEYS] * 4
    assert [(row["month"], row["office_code"]) for row in rows] == [
        ("2026-12", "PLK"),
        ("2027-03", "PLK"),
        ("2027-03", "PLK-01"),
        ("2027-04", "SKT"),
    ]
    assert rows[1] == {
        "month": "2027-03",
        "office_code": "PLK",
        "survey": "counter",
        "responses": 2,
        "answers": 2,
        "scale_max": 5,
        "satisfaction_mean": 4.5,
        "satisfaction_percent": 90.0,
        "top_two_box_percent": 100.0,
    }
    assert "ลับมาก" not in str(rows)


def test_filters_by_year_and_office_with_its_branches(answered):
    assert {row["month"] for row in open_statistics.monthly(year=2027)} == {"2027-03", "2027-04"}
    assert [row["office_code"] for row in open_statistics.monthly(office_code="PLK")] == [
        "PLK",
        "PLK",
        "PLK-01",
    ]
    assert open_statistics.monthly(office_code="NOPE") == []
    assert open_statistics.monthly(year=2030) == []


def test_reads_a_fixed_number_of_queries(answered, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        open_statistics.monthly(year=2027, office_code="PLK")
