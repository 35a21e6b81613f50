"""Inline SVG charts drawn on the server, for any app: an axis, horizontal bars
and the accessible <svg> wrapper.

Each chart has a <title> and <desc> and role="img", so screen readers get a
summary; pages also give the numbers in a table beside it. Every label is text
passed through ``format_html``, so nothing a user typed becomes markup.
"""

from django.utils.html import format_html, format_html_join

WIDTH = 640
LEFT = 70
ROW = 28
TOP = 24
PLOT = WIDTH - LEFT - 20


def x_position(value, lowest, highest, left=LEFT, plot=PLOT):
    span = (highest - lowest) or 1
    return left + plot * (value - lowest) / span


def axis(lowest, highest, height, steps=4, left=LEFT, plot=PLOT, decimals=0):
    """Vertical grid lines with their values along the bottom."""
    ticks = [lowest + (highest - lowest) * step / steps for step in range(steps + 1)]
    return format_html_join(
        "",
        '<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" class="chart__grid"/>'
        '<text x="{0}" y="{3}" class="chart__tick" text-anchor="middle">{4}</text>',
        (
            (
                round(x_position(tick, lowest, highest, left, plot), 1),
                TOP - 6,
                height - 18,
                height - 4,
                round(tick, decimals) if decimals else round(tick),
            )
            for tick in ticks
        ),
    )


def bars(rows, lowest, highest, left=LEFT, plot=PLOT):
    """Horizontal bars, one per ``(label, value, modifier, shown)`` row: the bar's
    CSS modifier and the text written after it. Returns (body, height)."""
    height = TOP + ROW * len(rows) + 24
    body = format_html_join(
        "",
        '<g><text x="{}" y="{}" class="chart__label" text-anchor="end">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" class="chart__bar chart__bar--{}"/>'
        '<text x="{}" y="{}" class="chart__value">{}</text></g>',
        (
            (
                left - 8,
                TOP + ROW * i + ROW / 2 + 4,
                label,
                left,
                TOP + ROW * i + 4,
                max(0, round(x_position(value, lowest, highest, left, plot) - left, 1)),
                ROW - 8,
                modifier,
                round(x_position(value, lowest, highest, left, plot) + 4, 1),
                TOP + ROW * i + ROW / 2 + 4,
                shown,
            )
            for i, (label, value, modifier, shown) in enumerate(rows)
        ),
    )
    return format_html("{}{}", axis(lowest, highest, height, left=left, plot=plot), body), height


def svg(ident, title, description, height, body, width=WIDTH):
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="{}-t {}-d">'
        '<title id="{}-t">{}</title><desc id="{}-d">{}</desc>{}</svg>',
        width, height, ident, ident, ident, title, ident, description, body,
    )  # fmt: skip
