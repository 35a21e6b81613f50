"""The answers of a survey as CSV for managers: one row per response, no identity
(no user, address, time of day or reference), cells safe from spreadsheet formulas."""

from django.utils.translation import gettext as _

from core.csv import csv_response
from surveys.reports import responses_for


def answers_csv(survey, scope, filters):
    questions = survey.question_set.question_list
    responses = responses_for([survey], scope, filters)
    responses = responses.select_related("office", "service").prefetch_related("answers")
    header = [_("Office code"), _("Office"), _("Service"), _("Channel"), _("Date")]
    for question in questions:
        header.append(question.key)
        if question.kind == "importance":
            header.append(f"{question.key} ({_('importance')})")
    rows = (
        _row(response, questions)
        for response in responses.order_by("submitted_on", "pk").iterator(chunk_size=2000)
    )
    return csv_response(f"survey-{survey.slug}.csv", header, rows)


def _row(response, questions):
    by_key = {answer.question: answer for answer in response.answers.all()}
    row = [
        response.office.code,
        response.office.title,
        str(response.service or ""),
        response.get_channel_display(),
        response.submitted_on.isoformat(),
    ]
    for question in questions:
        answer = by_key.get(question.key)
        row.append(_cell(answer))
        if question.kind == "importance":
            row.append("" if answer is None or answer.importance is None else answer.importance)
    return row


def _cell(answer):
    if answer is None:
        return ""
    if answer.not_applicable:
        return _("not applicable")
    if answer.choices:
        return ";".join(answer.choices)
    if answer.number is not None:
        return answer.number
    return answer.text
