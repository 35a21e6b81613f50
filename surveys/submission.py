"""Saving a response: the response, its answers and the monthly sums move together
or not at all; a reference answers once (the database's constraint decides)."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac

from surveys.models import Answer, MonthlyAggregate, Response
from surveys.models.aggregates import RESPONSES


class AlreadyAnswered(Exception):
    """This reference has already answered this survey."""


def reference_digest(reference):
    """A keyed digest of a complaint or ticket reference: it lets the reference
    answer once without storing it."""
    normalised = "".join(str(reference).split()).upper()
    return salted_hmac("surveys.reference", normalised, algorithm="sha256").hexdigest()


def submit(*, survey, office, channel, answers, service=None, reference=None, day=None):
    """Save one response with ``answers`` (dicts of ``Answer`` fields, with
    ``question``); raise ``AlreadyAnswered`` if ``reference`` has answered."""
    day = day or timezone.localdate()
    questions = {question.key: question for question in survey.question_set.question_list}
    try:
        with transaction.atomic():
            response = Response.objects.create(
                survey=survey,
                office=office,
                service=service,
                channel=channel,
                submitted_on=day,
                reference_digest=reference_digest(reference) if reference else None,
            )
            Answer.objects.bulk_create(Answer(response=response, **answer) for answer in answers)
            key = {
                "survey": survey,
                "office": office,
                "service": service,
                "channel": channel,
                "month": day.replace(day=1),
            }
            _add(key, RESPONSES, count=1)
            for answer in answers:
                question = questions[answer["question"]]
                if question.scored:
                    _add(key, question.key, **_sums(question, answer))
    except IntegrityError as error:
        if (
            reference
            and Response.objects.filter(
                survey=survey, reference_digest=reference_digest(reference)
            ).exists()
        ):
            raise AlreadyAnswered from error
        raise
    return response


def _sums(question, answer):
    if answer.get("not_applicable"):
        return {"not_applicable": 1}
    number = answer.get("number")
    sums = {}
    if number is not None:
        sums.update(
            count=1,
            total=number,
            total_squares=number * number,
            top_two=int(number >= question.top_two),
        )
    if answer.get("importance") is not None:
        sums.update(importance_count=1, importance_total=answer["importance"])
    return sums


def _add(key, question, **sums):
    if not sums:
        return
    rows = MonthlyAggregate.objects.filter(question=question, **key)
    if rows.update(**{field: F(field) + value for field, value in sums.items()}):
        return
    try:
        with transaction.atomic():
            MonthlyAggregate.objects.create(question=question, **key, **sums)
    except IntegrityError:
        rows.update(**{field: F(field) + value for field, value in sums.items()})
