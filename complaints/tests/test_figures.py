"""The stored monthly figures: kept current by every change, equal to a rebuild
from the records after any sequence of events, and what the public pages read."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from complaints import factories, filing, statistics, workflow
from complaints.choices import Channel, Kind, Outcome, PauseOn, Priority
from complaints.models import Complaint, MonthlyFigure
from complaints.models.figures import COUNTS, FIELDS, figure_rows, totals
from complaints.tests.conftest import bangkok

pytestmark = pytest.mark.django_db


def stored():
    return {
        (row.facet, row.month, row.office_id, row.value): (
            tuple(getattr(row, name) for name in COUNTS),
            row.days,
        )
        for row in MonthlyFigure.objects.all()
    }


def rebuilt():
    rows = figure_rows(totals(Complaint.objects.values(*FIELDS)))
    return {
        (row.facet, row.month, row.office_id, row.value): (
            tuple(getattr(row, name) for name in COUNTS),
            row.days,
        )
        for row in rows
    }


ACTIONS = ("acknowledge", "triage", "pause", "resume", "answer", "confirm", "reopen", "merge",
           "file", "transfer", "delete")  # fmt: skip
step = st.tuples(
    st.sampled_from(ACTIONS),
    st.integers(0, 3),  # which complaint
    st.integers(0, 3),  # which office, priority, category or rating
    st.integers(0, 40),  # working hours later
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step, min_size=1, max_size=14))
def test_the_figures_equal_a_rebuild_after_any_events(offices, at, user_for, steps):
    officer = user_for("officer")
    places = [offices["area"], offices["branch"], offices["other"], None]
    categories = [None, *factories.CategoryFactory.create_batch(2)]
    with transaction.atomic():
        moment = at(bangkok(2027, 1, 29, 9, 0))
        made = [
            factories.file(office=offices["area"], received_at=moment),
            factories.file(office=None, channel=Channel.LINE, kind=Kind.SUGGESTION,
                           received_at=moment),
            factories.file(office=offices["other"], kind=Kind.CORRUPTION, received_at=moment),
        ]  # fmt: skip
        for action, which, choice, hours in steps:
            moment = at(moment + datetime.timedelta(hours=hours))
            complaint = Complaint.objects.get(pk=made[which % len(made)].pk)
            try:
                if action == "file":
                    made.append(factories.file(office=places[choice], received_at=moment))
                elif action == "acknowledge":
                    workflow.acknowledge(complaint, officer)
                elif action == "triage":
                    workflow.triage(complaint, officer, category=categories[choice % 3],
                                    priority=Priority.values[choice])  # fmt: skip
                elif action == "transfer":
                    workflow.triage(complaint, officer, office=places[choice % 3])
                elif action == "pause":
                    workflow.pause(complaint, officer, PauseOn.CITIZEN, "ขอเอกสาร",
                                   moment.date() + datetime.timedelta(days=3))  # fmt: skip
                elif action == "resume":
                    workflow.resume(complaint, officer, "ได้รับเอกสาร")
                elif action == "answer":
                    workflow.answer(complaint, officer, "ตอบ", Outcome.UPHELD)
                elif action == "confirm":
                    workflow.confirm(complaint, 1 + choice)
                elif action == "reopen":
                    filing.reopen(complaint, "ไม่พอใจ")
                elif action == "merge":
                    workflow.merge(complaint, officer, made[(which + 1) % len(made)])
                elif action == "delete" and len(made) > 1:
                    made = [kept for kept in made if kept.pk != complaint.pk]
                    complaint.delete()
            except workflow.WorkflowError:
                pass
        assert stored() == rebuilt()
        transaction.set_rollback(True)


def test_a_reopening_after_the_window_counts_the_first_as_reopened(offices, at, user_for):
    complaint = factories.file(office=offices["area"], received_at=at(bangkok(2027, 3, 1, 9, 0)))
    workflow.answer(complaint, user_for("officer"), "ตอบ", Outcome.UPHELD)
    at(bangkok(2027, 5, 1, 9, 0))
    again, _code = filing.reopen(Complaint.objects.get(pk=complaint.pk), "ยังไม่ได้รับเงินคืน")
    assert again.pk != complaint.pk and Complaint.objects.get(pk=complaint.pk).reopened
    rows = statistics.by_priority(statistics.Period.year(2027), None, bangkok(2027, 5, 2, 9, 0))
    assert rows[0]["reopened"] == 1 and rows[0]["reopen_share"] == 100.0
    assert stored() == rebuilt()


def test_the_rebuild_command_is_idempotent(offices):
    for office in (offices["area"], offices["other"]):
        factories.file(office=office, received_at=bangkok(2027, 2, 3, 9, 0))
    expected = stored()
    MonthlyFigure.objects.all().delete()
    MonthlyFigure.objects.create(month=datetime.date(2020, 1, 1), office_id=0, facet="kind",
                                 value="complaint", received=9)  # fmt: skip
    for _ in range(2):
        out = io.StringIO()
        call_command("rebuild_complaint_statistics", "--no-progress", stdout=out)
        assert stored() == expected and out.getvalue().startswith(f"{len(expected)} ")


def test_corruption_tips_are_never_stored(offices):
    factories.file(office=offices["area"], kind=Kind.CORRUPTION)
    assert not MonthlyFigure.objects.exists()


def test_the_statistics_page_and_open_data_read_the_figures(sign_in, offices):
    factories.file(office=offices["area"], received_at=bangkok(2025, 2, 3, 9, 0))
    MonthlyFigure.objects.update(received=7)
    page = sign_in().get("/en/complaints/statistics/", {"year": "2025"})
    assert page.context["report"]["total"] == 7
    data = sign_in().get("/en/complaints/statistics/monthly.json", {"year": "2025"}).json()
    assert [row["received"] for row in data["monthly"]] == [7]
