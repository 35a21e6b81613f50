"""Rankings of a round from its submitted sheets, and the snapshot the results page shows."""

from django.utils.crypto import salted_hmac

from contests import scoring
from contests.models import ScoreSheet

WINNER, MENTION = "winner", "mention"


def round_totals(round_):
    """{judge id: {entry id: total}} from the round's submitted sheets (one query)."""
    totals = {}
    sheets = ScoreSheet.objects.filter(
        round=round_, submitted_at__isnull=False, total__isnull=False
    ).values_list("judge_id", "entry_id", "total")
    for judge_id, entry_id, total in sheets:
        totals.setdefault(judge_id, {})[entry_id] = float(total)
    return totals


def ranking(round_, contest, totals=None):
    """The round's entries that have at least one submitted sheet, best first."""
    totals = round_totals(round_) if totals is None else totals
    codes = dict(round_.entries.values_list("pk", "code"))
    return scoring.rank(totals, codes, normalise=contest.normalise, trim=contest.trim)


def snapshot_data(round_, contest):
    """What the results page needs, as JSON: ranked rows and each judge's totals
    (judges are labelled A, B, C… so the public page names nobody)."""
    totals = round_totals(round_)
    rows = ranking(round_, contest, totals)
    for row in rows:
        if row.rank <= contest.winners:
            row.extra["award"] = WINNER
        elif row.rank <= contest.winners + contest.honourable_mentions:
            row.extra["award"] = MENTION
    judges = [
        {"label": _judge_label(position), "totals": sorted(totals[judge].values())}
        for position, judge in enumerate(
            sorted(totals, key=lambda judge: _label_order(contest, judge))
        )
    ]
    return {
        "round": round_.number,
        "normalise": contest.normalise,
        "trim": contest.trim,
        "rows": [
            {
                "entry": row.entry,
                "code": row.code,
                "rank": row.rank,
                "score": round(row.score, 2),
                "raw": round(row.raw, 2),
                "median": round(row.median, 2),
                "judges": len(row.totals),
                "tie_break": row.tie_break,
                "award": row.extra.get("award", ""),
            }
            for row in rows
        ],
        "judge_totals": judges,
    }


def _label_order(contest, judge_id):
    """Where a judge comes in the labelling: a keyed hash of the contest and the judge,
    the same for every round of the contest, that says nothing of user ids (which
    follow the order accounts were made in)."""
    return salted_hmac("contests.results.judge_label", f"{contest.pk}:{judge_id}").hexdigest()


def _judge_label(position):
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return letters[position % 26] + (str(position // 26) if position >= 26 else "")
