"""Question sets (versions, locking, validation) and saving responses."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation

from surveys.blocks import QuestionsBlock
from surveys.bulk import record
from surveys.factories import (
    QuestionSetFactory,
    SurveyFactory,
    choices,
    question,
    respond,
    rows_of,
)
from surveys.models import Answer, MonthlyAggregate, OfficeMonthAggregate, QuestionSet, Response
from surveys.models.aggregates import NOT_APPLICABLE, RESPONSES
from surveys.submission import AlreadyAnswered

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_english():
    """Validation messages are matched in English (Thai is the default language)."""
    with translation.override("en"):
        yield


def test_questions_come_out_as_plain_values():
    question_set = QuestionSetFactory()
    staff = question_set.question("staff_smile")
    assert (staff.kind, staff.dimension, staff.smile, staff.allow_na) == (
        "likert",
        "staff",
        "S",
        True,
    )
    assert staff.scale == (1, 5) and staff.top_two == 4
    assert not question_set.question("suggestion").scored


def test_an_answered_set_cannot_change_but_gets_a_new_version(offices):
    survey = SurveyFactory(offices=offices[:1])
    question_set = survey.question_set
    question_set.full_clean()  # unanswered: editable
    respond(survey, offices[0], {"process_wait": 5, "staff_smile": 4, "overall": 5})
    question_set = QuestionSet.objects.get(pk=question_set.pk)
    question_set.questions = [question("likert", "only_one")]
    with pytest.raises(ValidationError, match="cannot change"):
        question_set.full_clean()
    copy = QuestionSet.objects.get(pk=question_set.pk).new_version()
    copy.save()
    assert copy.version == 2
    assert [q.key for q in copy.question_list] == [q.key for q in survey.question_set.question_list]


@pytest.mark.parametrize(
    "stream, message",
    [
        ([question("likert", "a"), question("likert", "a")], "already has this key"),
        ([question("likert", "a", "staff")], "SMILE letter"),
    ],
)
def test_the_question_stream_is_validated(stream, message):
    block = QuestionsBlock()
    with pytest.raises(ValidationError) as raised:
        block.clean(block.to_python(stream))
    assert message in str(raised.value.as_json_data())


def test_a_response_adds_to_the_monthly_histograms(offices):
    office = offices[0]
    survey = SurveyFactory(offices=[office])
    day = datetime.date(2026, 3, 15)
    respond(survey, office, {"process_wait": 5, "staff_smile": "na", "overall": 3}, day=day)
    respond(survey, office, {"process_wait": 5, "staff_smile": 4, "suggestion": "ดี"}, day=day)
    counts = {
        (row.question, row.value): row.count
        for row in MonthlyAggregate.objects.filter(survey=survey, month=datetime.date(2026, 3, 1))
    }
    assert counts == {
        (RESPONSES, 0): 2,
        ("process_wait", 5): 2,
        ("staff_smile", NOT_APPLICABLE): 1,
        ("staff_smile", 4): 1,
        ("overall", 3): 1,
    }


def test_choices_and_importance_are_counted_too(offices):
    question_set = QuestionSetFactory(
        questions=[
            question("multiple", "reasons", choices=choices("waited", "staff", "system")),
            question("importance", "speed"),
        ]
    )
    survey = SurveyFactory(offices=offices[:1], question_set=question_set)
    respond(survey, offices[0], {"reasons": ["system", "waited"], "speed": (5, 2)})
    counts = {(row.question, row.value): row.count for row in MonthlyAggregate.objects.all()}
    assert counts == {
        (RESPONSES, 0): 1,
        ("reasons", 2): 1,
        ("reasons", 0): 1,
        ("speed", 2): 1,
        ("speed:importance", 5): 1,
    }


def test_a_reference_answers_once_and_nothing_is_half_saved(offices):
    office = offices[0]
    survey = SurveyFactory(offices=[office])
    answers = {"process_wait": 5, "staff_smile": 5, "overall": 5}
    respond(survey, office, answers, reference="C-2569-0001")
    with pytest.raises(AlreadyAnswered):
        respond(survey, office, answers, reference=" c-2569-0001 ")
    assert Response.objects.count() == 1
    assert Answer.objects.count() == 3
    assert MonthlyAggregate.objects.get(question=RESPONSES).count == 1
    assert MonthlyAggregate.objects.get(question="overall").count == 1


PERSONAL = ("user", "owner", "ip", "address", "agent", "device", "fingerprint", "session", "email")


@pytest.mark.parametrize("model", [Response, Answer, MonthlyAggregate])
def test_no_survey_record_can_hold_who_answered(model):
    for field in model._meta.get_fields():
        name = field.name.lower()
        assert not any(word in name for word in PERSONAL), f"{model.__name__}.{field.name}"
        if field.is_relation and field.related_model is not None:
            assert field.related_model._meta.label not in ("auth.User", "portal.StaffProfile")
        assert not isinstance(field, (models.GenericIPAddressField, models.DateTimeField))


def test_saving_in_bulk_counts_as_submitting_does(offices):
    day = datetime.date(2026, 5, 2)
    answers = [
        {"process_wait": 5, "staff_smile": "na", "overall": 4, "suggestion": "ดี"},
        {"process_wait": 2, "staff_smile": 3, "overall": 4},
    ]
    one_by_one = SurveyFactory(offices=offices)
    for given in answers:
        respond(one_by_one, offices[1], given, day=day)
    in_bulk = SurveyFactory(offices=offices, question_set=one_by_one.question_set)
    record(
        in_bulk,
        [(offices[1], None, "qr", day, rows_of(given)) for given in answers],
    )
    for model in (MonthlyAggregate, OfficeMonthAggregate):

        def histogram(survey, model=model):
            return sorted(
                model.objects.filter(survey=survey).values_list("question", "value", "count")
            )

        assert histogram(in_bulk) == histogram(one_by_one)
    rollup = sorted(
        OfficeMonthAggregate.objects.filter(survey=in_bulk).values_list(
            "question", "value", "count"
        )
    )
    assert (RESPONSES, 0, 2) in rollup and ("staff_smile", NOT_APPLICABLE, 1) in rollup
    assert Answer.objects.filter(response__survey=in_bulk).count() == 7
