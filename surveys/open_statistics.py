"""Satisfaction as open data: one row per month, office and survey, read from the
per-office monthly histograms (``OfficeMonthAggregate``), never from responses.

Nothing personal and no free text: counts and the survey's headline figure
(``reports.headline``: its overall questions, else its five-point items)."""

from django.db.models import Q, Sum

from offices.models import OfficePage
from surveys import statistics
from surveys.models import OfficeMonthAggregate, Survey
from surveys.models.aggregates import NOT_APPLICABLE, RESPONSES
from surveys.reports import headline

KEYS = (
    "month",
    "office_code",
    "survey",
    "responses",
    "answers",
    "scale_max",
    "satisfaction_mean",
    "satisfaction_percent",
    "top_two_box_percent",
)


def _round(value, places):
    return round(value, places) if value is not None else None


def monthly(year=None, office_code=None):
    """The monthly satisfaction figures as dicts ordered by month, office code and
    survey slug. ``year``: a Gregorian year to keep only its months;
    ``office_code``: keep that office's rows and its branches' (an unknown code
    answers an empty list). Keys:

    - ``month``: "YYYY-MM"; ``office_code``; ``survey``: the survey's slug
    - ``responses``: responses received
    - ``answers``: answers to the headline questions, "not applicable" left out
    - ``scale_max``: the headline scale's highest value (5, or 4 for faces)
    - ``satisfaction_mean`` (two decimals), ``satisfaction_percent`` (mean ÷
      scale_max × 100, one decimal), ``top_two_box_percent`` (one decimal), or None
    """
    rows = OfficeMonthAggregate.objects.all()
    if year is not None:
        rows = rows.filter(month__year=year)
    if office_code is not None:
        paths = OfficePage.objects.filter(code=office_code).values_list("path", flat=True)
        within = Q(pk__in=[])
        for path in paths:
            within |= Q(office__path__startswith=path)
        rows = rows.filter(within)
    surveys = Survey.objects.filter(pk__in=rows.values("survey")).select_related("question_set")
    headlines = {survey.pk: (survey.slug, *headline(survey.question_set)) for survey in surveys}
    if not headlines:
        return []
    wanted = Q(pk__in=[])
    for survey_id, (_slug, keys, _highest) in headlines.items():
        wanted |= Q(survey_id=survey_id, question__in=[*keys, RESPONSES])
    summed = (
        rows.filter(wanted)
        .values("month", "office__code", "survey", "question", "value")
        .annotate(total=Sum("count"))
        .order_by()
    )
    found = {}
    for row in summed:
        key = (row["month"], row["office__code"], row["survey"])
        counts = found.setdefault(key, {"responses": 0, "answers": {}})
        if row["question"] == RESPONSES:
            counts["responses"] += row["total"]
        elif row["value"] != NOT_APPLICABLE:
            counts["answers"] = statistics.merge(counts["answers"], {row["value"]: row["total"]})
    made = []
    for (month, code, survey_id), counts in found.items():
        slug, _keys, highest = headlines[survey_id]
        summary = statistics.summarise(counts["answers"], highest)
        made.append(
            {
                "month": month.strftime("%Y-%m"),
                "office_code": code,
                "survey": slug,
                "responses": counts["responses"],
                "answers": summary.n,
                "scale_max": highest,
                "satisfaction_mean": _round(summary.mean, 2),
                "satisfaction_percent": _round(summary.percent, 1),
                "top_two_box_percent": _round(summary.top_two, 1),
            }
        )
    return sorted(made, key=lambda row: (row["month"], row["office_code"], row["survey"]))
