"""The survey reports' charts: a profile of means (dimensions and SMILE letters),
the importance–performance grid and each office's monthly trend."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from core.charts import bars, svg
from core.dates import format_date


def profile_bars(ident, title, rows):
    """Bars of five-point means: ``rows`` are (label, Summary)."""
    shown = [
        (label, summary.mean or 0, f"level-{summary.level or 0}", _mean(summary))
        for label, summary in rows
    ]
    body, height = bars(shown, 1, 5, left=160, plot=440)
    description = "; ".join(f"{label}: {_mean(summary)}" for label, summary in rows)
    return svg(ident, title, description, height, body)


def _mean(summary):
    return f"{summary.mean:.2f}" if summary.mean is not None else "–"


GRID = 360
MARGIN = 48


def importance_grid(points):
    """Importance (across) against performance (up) on 1–5, one labelled dot per
    ``(label, importance mean, performance mean)``, split at the means into four
    quadrants."""
    if not points:
        return ""
    plot = GRID - 2 * MARGIN

    def at(value):
        return MARGIN + plot * (value - 1) / 4

    split_x = sum(point[1] for point in points) / len(points)
    split_y = sum(point[2] for point in points) / len(points)
    quadrants = format_html(
        '<line x1="{x}" y1="{top}" x2="{x}" y2="{bottom}" class="chart__grid"/>'
        '<line x1="{left}" y1="{y}" x2="{right}" y2="{y}" class="chart__grid"/>'
        '<text x="{right}" y="{top_label}" class="chart__tick" text-anchor="end">{keep}</text>'
        '<text x="{right}" y="{bottom_label}" class="chart__tick" text-anchor="end">{focus}</text>'
        '<text x="{left}" y="{top_label}" class="chart__tick">{overkill}</text>'
        '<text x="{left}" y="{bottom_label}" class="chart__tick">{low}</text>'
        '<text x="{middle}" y="{axis_x}" class="chart__label" text-anchor="middle">{importance}</text>'
        '<text x="12" y="{middle}" class="chart__label" text-anchor="middle" '
        'transform="rotate(-90 12 {middle})">{performance}</text>',
        x=round(at(split_x), 1),
        y=round(GRID - at(split_y), 1),
        top=MARGIN,
        bottom=GRID - MARGIN,
        left=MARGIN,
        right=GRID - MARGIN,
        top_label=MARGIN - 6,
        bottom_label=GRID - MARGIN + 14,
        middle=GRID / 2,
        axis_x=GRID - 8,
        keep=_("Keep up the good work"),
        focus=_("Concentrate here"),
        overkill=_("Possible overkill"),
        low=_("Low priority"),
        importance=_("Importance"),
        performance=_("Performance"),
    )
    dots = format_html_join(
        "",
        '<circle cx="{}" cy="{}" r="5" class="chart__dot"/><text x="{}" y="{}" class="chart__value">{}</text>',
        (
            (
                round(at(importance), 1),
                round(GRID - at(performance), 1),
                round(at(importance) + 7, 1),
                round(GRID - at(performance) + 4, 1),
                label,
            )
            for label, importance, performance in points
        ),
    )
    description = "; ".join(
        _("%(label)s: importance %(importance).2f, performance %(performance).2f")
        % {"label": label, "importance": importance, "performance": performance}
        for label, importance, performance in points
    )
    return svg(
        "chart-ipa", _("Importance and performance"), description, GRID,
        format_html("{}{}", quadrants, dots), width=GRID,
    )  # fmt: skip


def trend_line(ident, trend, width=160, height=36):
    """A small line of monthly ร้อยละ values (``[(month, per cent)]``)."""
    if not trend:
        return ""
    values = [percent for _month, percent in trend]
    lowest, highest = min(values + [60]), max(values + [100])
    step = (width - 8) / max(1, len(trend) - 1)

    def y(value):
        return round(height - 4 - (height - 8) * (value - lowest) / ((highest - lowest) or 1), 1)

    points = " ".join(f"{round(4 + step * i, 1)},{y(value)}" for i, value in enumerate(values))
    description = "; ".join(
        f"{format_date(month, 'F Y')}: {percent:.1f}%" for month, percent in trend
    )
    return svg(
        ident,
        _("Monthly satisfaction (per cent)"),
        description,
        height,
        format_html('<polyline points="{}" class="chart__line"/>', points),
        width=width,
    )
