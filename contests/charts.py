"""The contest results' charts: each judge's totals, and the ranking (drawn with
``core.charts``)."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from core.charts import LEFT, ROW, TOP, axis, bars, svg, x_position


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
            ((round(x_position(total, 0, 100), 1), y) for total in totals),
        )
        strips.append(
            format_html(
                '<g><text x="{}" y="{}" class="chart__label" text-anchor="end">{}</text>{}'
                '<line x1="{}" y1="{}" x2="{}" y2="{}" class="chart__mean"/></g>',
                LEFT - 8,
                y + 4,
                _("Judge %(label)s") % {"label": judge["label"]},
                dots,
                round(x_position(mean, 0, 100), 1),
                y - 10,
                round(x_position(mean, 0, 100), 1),
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
    return svg(
        "chart-judges", _("Each judge's totals (0–100)"), description, height,
        format_html("{}{}", axis(0, 100, height), format_html_join("", "{}", ((s,) for s in strips))),
    )  # fmt: skip


def ranking_bars(rows, limit=20):
    """Horizontal bars of the top ``limit`` entries' scores."""
    shown = rows[:limit]
    scores = [row["score"] for row in shown]
    lowest = min(0, *scores) if scores else 0
    highest = max(100, *scores) if scores else 100
    body, height = bars(
        [(row["code"], row["score"], row["award"] or "none", row["score"]) for row in shown],
        lowest,
        highest,
    )
    description = "; ".join(f"{row['rank']}. {row['code']} {row['score']}" for row in shown)
    return svg("chart-ranking", _("Ranking"), description, height, body)
