"""Inline SVG charts drawn on the server: each judge's totals, and the ranking.

Each chart has a <title> and <desc> and role="img", so screen readers get a
summary; the numbers are also in the tables beside them.
"""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

WIDTH = 640
LEFT = 70
ROW = 28
TOP = 24
PLOT = WIDTH - LEFT - 20


def _x(value, lowest, highest):
    span = (highest - lowest) or 1
    return LEFT + PLOT * (value - lowest) / span


def _axis(lowest, highest, height):
    ticks = [lowest + (highest - lowest) * step / 4 for step in range(5)]
    return format_html_join(
        "",
        '<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" class="chart__grid"/>'
        '<text x="{0}" y="{3}" class="chart__tick" text-anchor="middle">{4}</text>',
        (
            (round(_x(tick, lowest, highest), 1), TOP - 6, height - 18, height - 4, round(tick))
            for tick in ticks
        ),
    )


def judge_distributions(judge_totals):
    """A dot strip per judge on the 0–100 rubric scale, with the judge's mean marked."""
    height = TOP + ROW * len(judge_totals) + 24
    strips = []
    for row, judge in enumerate(judge_totals):
        y = TOP + ROW * row + ROW / 2
        totals = judge["totals"]
        mean = sum(totals) / len(totals) if totals else 0
        dots = format_html_join(
            "",
            '<circle cx="{}" cy="{}" r="4" class="chart__dot"/>',
            ((round(_x(total, 0, 100), 1), y) for total in totals),
        )
        strips.append(
            format_html(
                '<g><text x="{}" y="{}" class="chart__label" text-anchor="end">{}</text>{}'
                '<line x1="{}" y1="{}" x2="{}" y2="{}" class="chart__mean"/></g>',
                LEFT - 8,
                y + 4,
                _("Judge %(label)s") % {"label": judge["label"]},
                dots,
                round(_x(mean, 0, 100), 1),
                y - 10,
                round(_x(mean, 0, 100), 1),
                y + 10,
            )
        )
    description = "; ".join(
        _("judge %(label)s: %(count)s entries, mean %(mean)s")
        % {
            "label": judge["label"],
            "count": len(judge["totals"]),
            "mean": round(sum(judge["totals"]) / len(judge["totals"]), 1) if judge["totals"] else 0,
        }
        for judge in judge_totals
    )
    return _svg(
        "chart-judges", _("Each judge's totals (0–100)"), description, height,
        format_html("{}{}", _axis(0, 100, height), format_html_join("", "{}", ((s,) for s in strips))),
    )  # fmt: skip


def ranking_bars(rows, limit=20):
    """Horizontal bars of the top ``limit`` entries' scores."""
    shown = rows[:limit]
    height = TOP + ROW * len(shown) + 24
    scores = [row["score"] for row in shown]
    lowest = min(0, *scores) if scores else 0
    highest = max(100, *scores) if scores else 100
    bars = format_html_join(
        "",
        '<g><text x="{}" y="{}" class="chart__label" text-anchor="end">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" class="chart__bar chart__bar--{}"/>'
        '<text x="{}" y="{}" class="chart__value">{}</text></g>',
        (
            (
                LEFT - 8,
                TOP + ROW * i + ROW / 2 + 4,
                row["code"],
                LEFT,
                TOP + ROW * i + 4,
                round(_x(row["score"], lowest, highest) - LEFT, 1),
                ROW - 8,
                row["award"] or "none",
                round(_x(row["score"], lowest, highest) + 4, 1),
                TOP + ROW * i + ROW / 2 + 4,
                row["score"],
            )
            for i, row in enumerate(shown)
        ),
    )
    description = "; ".join(f"{row['rank']}. {row['code']} {row['score']}" for row in shown)
    return _svg(
        "chart-ranking",
        _("Ranking"),
        description,
        height,
        format_html("{}{}", _axis(lowest, highest, height), bars),
    )


def _svg(ident, title, description, height, body):
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="{}-t {}-d">'
        '<title id="{}-t">{}</title><desc id="{}-d">{}</desc>{}</svg>',
        WIDTH, height, ident, ident, ident, title, ident, description, body,
    )  # fmt: skip
