"""The demo surveys: the question sets, about 5,000 responses over 12 months, and
an "after" period better than the baseline in most offices and worse in one."""

import pytest

from offices.models import OfficePage
from surveys import reports
from surveys.demo import WORSE_OFFICE
from surveys.models import Kiosk, MonthlyAggregate, QuestionSet, Response, Survey
from surveys.models.aggregates import RESPONSES

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_the_question_sets_and_surveys():
    assert QuestionSet.objects.count() == 4
    kinds = {child.block_type for qs in QuestionSet.objects.all() for child in qs.questions}
    assert kinds == {
        "likert",
        "faces",
        "multiple",
        "single",
        "importance",
        "scale",
        "yes_no",
        "text",
    }
    assert set(Survey.objects.values_list("slug", flat=True)) >= {"baseline-2569", "after-smile"}
    assert Kiosk.objects.active().count() == 1


def test_about_five_thousand_responses_counted_in_the_histograms():
    responses = Response.objects.count()
    assert 4500 <= responses <= 6000
    counted = sum(
        MonthlyAggregate.objects.filter(question=RESPONSES).values_list("count", flat=True)
    )
    assert counted == responses
    assert Response.objects.dates("submitted_on", "month").count() == 12


def test_after_is_better_in_most_offices_and_worse_in_one():
    scope = OfficePage.objects.filter(locale__language_code="th")
    rows = reports.compare_offices(
        Survey.objects.get(slug="baseline-2569"), Survey.objects.get(slug="after-smile"), scope
    )
    changes = {row.title: row.difference.change for row in rows if row.ranked}
    worse = OfficePage.objects.get(code=WORSE_OFFICE, locale__language_code="th").title
    assert changes[worse] < 0
    better = [title for title, change in changes.items() if change > 0]
    assert len(better) >= 0.8 * len(changes)
