"""The open-data interface other apps read: public monthly aggregates, stable keys
and order, no personal data."""

import pytest

from complaints import factories, open_statistics, workflow
from complaints.choices import Kind, Outcome
from complaints.tests.conftest import bangkok

pytestmark = pytest.mark.django_db


@pytest.fixture
def filed(offices, at, user_for):
    officer = user_for("officer")
    category = factories.CategoryFactory(service_group="vat")
    made = [
        factories.file(office=offices["area"], received_at=at(bangkok(2027, 3, 1, 9, 0))),
        factories.file(office=offices["branch"], received_at=at(bangkok(2027, 3, 2, 9, 0))),
        factories.file(office=offices["other"], received_at=at(bangkok(2027, 4, 1, 9, 0))),
        factories.file(received_at=at(bangkok(2026, 12, 31, 9, 0))),
    ]
    factories.file(
        office=offices["area"], kind=Kind.CORRUPTION, received_at=at(bangkok(2027, 3, 3, 9, 0))
    )
    workflow.triage(made[0], officer, category=category)
    at(bangkok(2027, 3, 8, 9, 0))  # 5 working days after the first
    workflow.answer(made[0], officer, "ตอบ", Outcome.UPHELD)
    workflow.confirm(made[0], 4)
    return made, category


def test_rows_keys_and_order(filed):
    _made, category = filed
    rows = open_statistics.monthly()
    assert [tuple(row) for row in rows] == [open_statistics.KEYS] * 4
    assert [(row["month"], row["office_code"], row["category_id"]) for row in rows] == [
        ("2026-12", "", None),
        ("2027-03", "PLK", category.pk),
        ("2027-03", "PLK-01", None),
        ("2027-04", "SKT", None),
    ]
    first = rows[1]
    assert first == {
        "month": "2027-03", "office_code": "PLK", "category_id": category.pk,
        "category": category.name_th, "category_en": category.name_en, "service_group": "vat",
        "received": 1, "closed": 1, "closed_within_sla": 1, "median_working_days": 5.0,
        "rated": 1, "satisfaction_mean": 4.0,
    }  # fmt: skip
    assert sum(row["received"] for row in rows) == 4  # the corruption tip is not counted


def test_filters_by_year_and_office_with_its_branches(filed):
    assert {row["month"] for row in open_statistics.monthly(year=2027)} == {"2027-03", "2027-04"}
    assert [row["office_code"] for row in open_statistics.monthly(office_code="PLK")] == [
        "PLK", "PLK-01"
    ]  # fmt: skip
    assert open_statistics.monthly(office_code="NOPE") == []
    assert open_statistics.monthly(year=2030) == []


def test_nothing_personal(filed):
    text = repr(open_statistics.monthly())
    for personal in ("สมหญิง", "081234", "somying", "รอคืนภาษี", "R7-"):
        assert personal not in text
