"""The arithmetic of judging, free of Django: rubric totals, means, z-scores, ranking.

* A judge's total for an entry is the weighted rubric score on 0–100:
  ``100 × Σ weight·(score / highest score) / Σ weight``.
* An entry's raw score is the mean of its judges' totals; with ``trim`` and at
  least ``TRIM_MIN`` totals, the highest and the lowest are dropped first.
* With ``normalise``, each total is first turned into that judge's z-score
  ``(total − judge's mean) / judge's standard deviation`` over every entry the
  judge scored in the round (a judge whose totals are all equal gives 0), so a
  harsh and a lenient judge weigh the same. The entry's score is the mean z,
  shown as ``50 + 10·z`` (a standard score: 50 is the average entry).
* Ties are broken by the raw mean, then the median total, then the number of
  judges, then the entry code.
"""

import statistics
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

TRIM_MIN = 4
DISPLAY_MEAN, DISPLAY_SD = 50, 10
PRECISION = 6


def weighted_total(scores, criteria):
    """``scores`` {criterion id: value}; ``criteria`` [(id, weight, highest score)]."""
    weights = sum(weight for _, weight, _ in criteria)
    points = sum(weight * scores[pk] / scale for pk, weight, scale in criteria)
    return 100 * points / weights


def as_typed(value):
    """A score as a judge types it, at most two decimals and no trailing zeros
    (``Decimal("9.00")`` → ``"9"``, ``77.5`` → ``"77.5"``); "" for None."""
    if value is None or value == "":
        return ""
    number = Decimal(str(value)).quantize(Decimal("0.01"), ROUND_HALF_UP).normalize()
    return format(number, "f")


def mean(values):
    return sum(values) / len(values)


def trimmed_mean(values, minimum=TRIM_MIN):
    """The mean without the highest and the lowest value, once there are ``minimum``."""
    if len(values) < minimum:
        return mean(values)
    ordered = sorted(values)
    return mean(ordered[1:-1])


def z_scores(totals_by_judge):
    """{judge: {entry: total}} → {judge: {entry: z}} over each judge's own totals."""
    result = {}
    for judge, totals in totals_by_judge.items():
        values = list(totals.values())
        centre = mean(values)
        spread = statistics.pstdev(values) if len(values) > 1 else 0
        result[judge] = {
            entry: (total - centre) / spread if spread else 0.0 for entry, total in totals.items()
        }
    return result


@dataclass
class Ranked:
    entry: object
    code: str
    totals: list
    raw: float
    median: float
    score: float
    rank: int = 0
    tie_break: str = ""
    extra: dict = field(default_factory=dict)


TIE_BREAKS = ("raw", "median", "judges", "code")


def rank(totals_by_judge, codes, normalise=False, trim=False):
    """Rank entries from {judge: {entry: total}}; ``codes`` {entry: code}.

    Returns a list of :class:`Ranked`, best first. ``tie_break`` names the rule
    that separated an entry from the one above it when their scores are equal.
    """
    per_entry = {}
    for totals in totals_by_judge.values():
        for entry, total in totals.items():
            per_entry.setdefault(entry, []).append(total)
    z = z_scores(totals_by_judge) if normalise else {}
    per_entry_z = {}
    for zs in z.values():
        for entry, value in zs.items():
            per_entry_z.setdefault(entry, []).append(value)
    average = trimmed_mean if trim else mean
    rows = []
    for entry, totals in per_entry.items():
        raw = average(totals)
        score = DISPLAY_MEAN + DISPLAY_SD * average(per_entry_z[entry]) if normalise else raw
        rows.append(
            Ranked(
                entry=entry,
                code=codes[entry],
                totals=sorted(totals),
                raw=raw,
                median=statistics.median(totals),
                score=score,
            )
        )

    def key(row):
        return (
            -round(row.score, PRECISION),
            -round(row.raw, PRECISION),
            -round(row.median, PRECISION),
            -len(row.totals),
            row.code,
        )

    rows.sort(key=key)
    for position, row in enumerate(rows, start=1):
        row.rank = position
        if position > 1:
            above = key(rows[position - 2])
            mine = key(row)
            if above[0] == mine[0]:
                first_difference = next(i for i in range(1, 5) if above[i] != mine[i])
                row.tie_break = TIE_BREAKS[first_difference - 1]
    return rows
