"""Saving a response: the response, its answers and the monthly sums move together
or not at all; a reference answers once (the database's constraint decides)."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac

from surveys.models import Answer, MonthlyAggregate, OfficeMonthAggregate, Response
from surveys.models.aggregates import IMPORTANCE_SUFFIX, NOT_APPLICABLE, RESPONSES


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
            pairs = [(RESPONSES, 0)]
            for answer in answers:
                pairs += counted(questions[answer["question"]], answer)
            rollup = {name: key[name] for name in ("survey", "office", "month")}
            for question, value in pairs:
                _add(MonthlyAggregate, key, question, value)
                _add(OfficeMonthAggregate, rollup, question, value)
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


def counted(question, answer):
    """(question key, value) pairs an answer adds one to: its number, "not
    applicable", its importance, or the position of each choice; text adds none."""
    if answer.get("not_applicable"):
        return [(question.key, NOT_APPLICABLE)]
    positions = {value: index for index, (value, _th, _en) in enumerate(question.choices)}
    pairs = [(question.key, positions[choice]) for choice in answer.get("choices", ())]
    if answer.get("number") is not None:
        pairs.append((question.key, answer["number"]))
    if answer.get("importance") is not None:
        pairs.append((question.key + IMPORTANCE_SUFFIX, answer["importance"]))
    return pairs


def _add(model, key, question, value):
    rows = model.objects.filter(question=question, value=value, **key)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            model.objects.create(question=question, value=value, count=1, **key)
    except IntegrityError:
        rows.update(count=F("count") + 1)
