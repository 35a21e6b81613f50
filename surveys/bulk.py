"""Saving many responses at once (the demo, imports): responses and answers in
batches and the monthly histograms counted in memory, the same counts
``submission.submit`` keeps one response at a time."""

from django.db import transaction

from surveys.models import Answer, MonthlyAggregate, OfficeMonthAggregate, Response
from surveys.models.aggregates import RESPONSES
from surveys.submission import counted

BATCH = 2000


@transaction.atomic
def record(survey, responses):
    """Save ``responses`` of a ``survey`` that has none yet: an iterable of
    ``(office, service, channel, day, answers)``; returns how many."""
    questions = {question.key: question for question in survey.question_set.question_list}
    counts = {}
    saved = 0
    batch = []
    for office, service, channel, day, answers in responses:
        batch.append(
            (
                Response(
                    survey=survey, office=office, service=service, channel=channel, submitted_on=day
                ),
                answers,
            )
        )
        key = (office.pk, service.pk if service else None, channel, day.replace(day=1))
        counts[(*key, RESPONSES, 0)] = counts.get((*key, RESPONSES, 0), 0) + 1
        for answer in answers:
            for question, value in counted(questions[answer["question"]], answer):
                counts[(*key, question, value)] = counts.get((*key, question, value), 0) + 1
        if len(batch) >= BATCH:
            saved += _save(batch)
            batch = []
    saved += _save(batch)
    rollup = {}
    for (office, _service, _channel, month, question, value), count in counts.items():
        key = (office, month, question, value)
        rollup[key] = rollup.get(key, 0) + count
    OfficeMonthAggregate.objects.bulk_create(
        (
            OfficeMonthAggregate(
                survey=survey,
                office_id=office,
                month=month,
                question=question,
                value=value,
                count=count,
            )
            for (office, month, question, value), count in rollup.items()
        ),
        batch_size=BATCH,
    )
    MonthlyAggregate.objects.bulk_create(
        (
            MonthlyAggregate(
                survey=survey,
                office_id=office,
                service_id=service,
                channel=channel,
                month=month,
                question=question,
                value=value,
                count=count,
            )
            for (office, service, channel, month, question, value), count in counts.items()
        ),
        batch_size=BATCH,
    )
    return saved


def _save(batch):
    created = Response.objects.bulk_create([response for response, _answers in batch])
    Answer.objects.bulk_create(
        (
            Answer(response=response, **answer)
            for response, (_r, answers) in zip(created, batch, strict=True)
            for answer in answers
        ),
        batch_size=BATCH,
    )
    return len(created)
