"""What survey reports show, read from the monthly histograms in a fixed number
of queries whatever the number of responses (``MonthlyAggregate``); only the
free-text section reads answers, the latest ``TEXT_LIMIT`` of them.

Every function takes the offices the reader may see (``surveys.access.offices_for``)
as ``scope``; rows outside it are never read."""

from dataclasses import dataclass, field
from functools import lru_cache

from django.db.models import Sum
from django.utils.translation import gettext as _

from surveys import statistics
from surveys.choices import Dimension, SmileLetter
from surveys.models import (
    Answer,
    MonthlyAggregate,
    OfficeMonthAggregate,
    Response,
    VisitorCount,
)
from surveys.models.aggregates import IMPORTANCE_SUFFIX, NOT_APPLICABLE, RESPONSES
from surveys.questions import SCALES
from surveys.themes import themes

TEXT_LIMIT = 200
CHOICE_KINDS = ("single", "multiple")


@dataclass(frozen=True)
class Filters:
    office: object = None  # an office page: it and its branches
    service: object = None
    channel: str = ""
    start: object = None  # first month (a date, day 1)
    end: object = None  # last month


def rows_for(surveys, scope, filters=Filters(), detail=False):
    """The aggregate rows of ``surveys`` in ``scope`` that ``filters`` select: the
    per-office rollup unless ``detail`` (grouping by service or channel) or the
    filters need the service and channel."""
    detail = detail or filters.service is not None or bool(filters.channel)
    model = MonthlyAggregate if detail else OfficeMonthAggregate
    rows = model.objects.filter(survey__in=surveys, office__in=scope)
    if filters.office is not None:
        rows = rows.filter(office__path__startswith=filters.office.path)
    if filters.service is not None:
        rows = rows.filter(service=filters.service)
    if filters.channel:
        rows = rows.filter(channel=filters.channel)
    if filters.start:
        rows = rows.filter(month__gte=filters.start)
    if filters.end:
        rows = rows.filter(month__lte=filters.end)
    return rows


def histograms(rows, *group):
    """{(group values…, question): {value: count}}, one query."""
    found = {}
    summed = rows.values(*group, "question", "value").annotate(total=Sum("count")).order_by()
    for row in summed:
        key = (*[row[name] for name in group], row["question"])
        found.setdefault(key, {})[row["value"]] = row["total"]
    return found


def answered(counts):
    """``counts`` without "not applicable"."""
    return {value: n for value, n in counts.items() if value != NOT_APPLICABLE}


def headline(question_set):
    """(keys, highest value) of the questions a satisfaction figure is made of:
    the overall questions of the set's main scale, else all its five-point items."""
    scored = [q for q in question_set.question_list if q.kind in ("likert", "faces")]
    overall = [q for q in scored if q.dimension == Dimension.OVERALL]
    chosen = overall[:1] and [q for q in overall if q.kind == overall[0].kind]
    if not chosen:
        chosen = [q for q in scored if q.kind == "likert"] or scored[:1]
    return [q.key for q in chosen], (SCALES[chosen[0].kind][1] if chosen else 5)


def merged(found, prefix, keys):
    return answered(statistics.merge(*(found.get((*prefix, key), {}) for key in keys)))


@dataclass
class Item:
    question: object
    summary: object = None  # scored questions
    not_applicable: int = 0
    importance: object = None  # importance-and-performance pairs
    shares: list = field(default_factory=list)  # [(label, count, per cent)] for choices


def items(question_set, found, prefix=()):
    """An ``Item`` per question but text, from ``found`` histograms."""
    made = []
    for question in question_set.question_list:
        counts = found.get((*prefix, question.key), {})
        item = Item(question, not_applicable=counts.get(NOT_APPLICABLE, 0))
        if question.scored:
            item.summary = statistics.summarise(answered(counts), question.scale[1])
            if question.kind == "importance":
                item.importance = statistics.summarise(
                    found.get((*prefix, question.key + IMPORTANCE_SUFFIX), {}), 5
                )
        elif question.kind in CHOICE_KINDS or question.kind == "yes_no":
            item.shares = _shares(question, counts, found.get((*prefix, RESPONSES), {}).get(0, 0))
        else:
            continue
        made.append(item)
    return made


def _shares(question, counts, responses):
    if question.kind == "yes_no":
        pairs = [(_("Yes"), counts.get(1, 0)), (_("No"), counts.get(0, 0))]
    else:
        labels = question.choice_labels()
        pairs = [(label, counts.get(index, 0)) for index, (_value, label) in enumerate(labels)]
    return [(label, n, 100 * n / responses if responses else 0) for label, n in pairs]


def profile(question_set, found, prefix=()):
    """[(dimension or SMILE letter label, Summary)]: dimensions, then the SMILE letters."""
    questions = [q for q in question_set.question_list if q.kind == "likert"]
    rows = []
    for dimension in Dimension:
        keys = [q.key for q in questions if q.dimension == dimension]
        if keys:
            rows.append(
                ("dimension", dimension.label, statistics.summarise(merged(found, prefix, keys)))
            )
    for letter in SmileLetter:
        keys = [q.key for q in questions if q.smile == letter]
        if keys:
            rows.append(("smile", letter.label, statistics.summarise(merged(found, prefix, keys))))
    return rows


@dataclass
class Breakdown:
    key: object
    label: str
    responses: int
    summary: object


def breakdown(rows, question_set, group, label_field=None):
    """Responses and the headline figure per ``group`` value (office, month,
    channel or service), one query."""
    keys, highest = headline(question_set)
    fields = [group, label_field] if label_field else [group]
    found = histograms(rows.filter(question__in=[*keys, RESPONSES]), *fields)
    seen = {}
    for key in found:
        seen.setdefault(key[: len(fields)], None)
    made = [
        Breakdown(
            prefix[0],
            prefix[-1] if label_field else prefix[0],
            found.get((*prefix, RESPONSES), {}).get(0, 0),
            statistics.summarise(merged(found, prefix, keys), highest),
        )
        for prefix in seen
    ]
    return sorted(made, key=lambda row: (row.key is None, str(row.key)))


def _response_lookups(surveys, scope, filters, prefix=""):
    """Lookups selecting the responses of ``surveys`` in ``scope`` that ``filters``
    select, on ``Response`` or (with ``prefix``) across a relation to it."""
    lookups = {f"{prefix}survey__in": surveys, f"{prefix}office__in": scope}
    if filters.office is not None:
        lookups[f"{prefix}office__path__startswith"] = filters.office.path
    if filters.service is not None:
        lookups[f"{prefix}service"] = filters.service
    if filters.channel:
        lookups[f"{prefix}channel"] = filters.channel
    if filters.start:
        lookups[f"{prefix}submitted_on__gte"] = filters.start
    if filters.end:
        lookups[f"{prefix}submitted_on__lt"] = _month_after(filters.end)
    return lookups


def responses_for(surveys, scope, filters=Filters()):
    """The responses of ``surveys`` in ``scope`` that ``filters`` select."""
    return Response.objects.filter(**_response_lookups(surveys, scope, filters))


def free_text(surveys, scope, filters=Filters()):
    """(latest texts, their themes) of ``surveys`` in ``scope``: for managers only.
    Read newest first through the answers' index, stopping at ``TEXT_LIMIT``."""
    answers = Answer.objects.filter(**_response_lookups(surveys, scope, filters, "response__"))
    texts = list(
        answers.exclude(text="")
        .order_by("-response_id")
        .values_list("text", flat=True)[:TEXT_LIMIT]
    )
    return texts, themes(texts)


def _month_after(month):
    return month.replace(year=month.year + month.month // 12, month=month.month % 12 + 1)


@lru_cache(maxsize=4096)
def _bootstrap(before, after):
    """Memoised: the same histograms always give the same interval (fixed seed)."""
    return statistics.bootstrap_difference(dict(before), dict(after))


def difference(before, after):
    return _bootstrap(tuple(sorted(before.items())), tuple(sorted(after.items())))


@dataclass
class Change:
    question: object
    before: object
    after: object
    difference: object


def compare(before, after, found_before, found_after):
    """Per question both surveys ask (same key and type), the before and after
    summaries and the bootstrap difference, from each survey's histograms."""
    changes = []
    for question in after.question_set.question_list:
        earlier = before.question_set.question(question.key)
        if not question.scored or earlier is None or earlier.kind != question.kind:
            continue
        counts_before = answered(found_before.get((question.key,), {}))
        counts_after = answered(found_after.get((question.key,), {}))
        changes.append(
            Change(
                question,
                statistics.summarise(counts_before, question.scale[1]),
                statistics.summarise(counts_after, question.scale[1]),
                difference(counts_before, counts_after),
            )
        )
    return changes


@dataclass
class OfficeChange:
    office_id: int
    title: str
    before: object
    after: object
    difference: object
    ranked: bool


def compare_offices(before, after, scope):
    """Per office, the headline before and after with its bootstrap difference;
    ranked by the change only with ``statistics.MIN_RANKED`` responses in each
    period (one query)."""
    keys, highest = headline(after.question_set)
    rows = rows_for([before, after], scope).filter(question__in=keys)
    found = histograms(rows, "office", "office__title", "survey")
    offices = sorted({key[:2] for key in found}, key=lambda key: key[1])
    made = []
    for office_id, title in offices:
        counts_before = merged(found, (office_id, title, before.pk), keys)
        counts_after = merged(found, (office_id, title, after.pk), keys)
        summary_before = statistics.summarise(counts_before, highest)
        summary_after = statistics.summarise(counts_after, highest)
        ranked = min(summary_before.n, summary_after.n) >= statistics.MIN_RANKED
        made.append(
            OfficeChange(
                office_id,
                title,
                summary_before,
                summary_after,
                difference(counts_before, counts_after) if ranked else None,
                ranked,
            )
        )
    return sorted(
        made,
        key=lambda row: (not row.ranked, -(row.difference.change if row.ranked else 0), row.title),
    )


@dataclass
class OfficeOverview:
    office_id: int
    title: str
    latest: object  # the headline Summary of the latest month with answers
    latest_month: object
    trend: list  # [(month, per cent)]
    responses: int
    per_hundred_visitors: float | None
    below: bool
    ranked: bool


def region(survey, scope, threshold):
    """Each office's latest headline figure, its monthly trend, whether it is
    below ``threshold`` (ร้อยละ) and responses per 100 visitors where the office
    entered visitor numbers (two queries)."""
    keys, highest = headline(survey.question_set)
    rows = rows_for([survey], scope).filter(question__in=[*keys, RESPONSES])
    found = histograms(rows, "office", "office__title", "month")
    by_office = {}
    for office_id, title, month, _question in found:
        by_office.setdefault((office_id, title), set()).add(month)
    visitors = {}
    for count in VisitorCount.objects.filter(office__in=scope).values(
        "office", "month", "visitors"
    ):
        visitors[(count["office"], count["month"])] = count["visitors"]
    made = []
    for (office_id, title), months in by_office.items():
        months = sorted(months)
        trend = []
        for month in months:
            summary = statistics.summarise(merged(found, (office_id, title, month), keys), highest)
            if summary.n:
                trend.append((month, summary.percent, summary))
        responses = {
            month: found.get((office_id, title, month, RESPONSES), {}).get(0, 0) for month in months
        }
        counted = [month for month in months if (office_id, month) in visitors]
        seen = sum(visitors[(office_id, month)] for month in counted)
        per_hundred = 100 * sum(responses[m] for m in counted) / seen if seen else None
        latest = trend[-1][2] if trend else None
        made.append(
            OfficeOverview(
                office_id,
                title,
                latest,
                trend[-1][0] if trend else None,
                [(month, percent) for month, percent, _s in trend],
                sum(responses.values()),
                per_hundred,
                bool(latest and latest.percent < threshold),
                sum(responses.values()) >= statistics.MIN_RANKED,
            )
        )
    return sorted(
        made,
        key=lambda row: (not row.ranked, -(row.latest.percent if row.latest else 0), row.title),
    )
