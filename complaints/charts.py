"""The statistics page's SVG charts (``core.charts``): complaints per month and
per channel. Labels are text, never markup."""

from django.utils.translation import gettext as _

from complaints.choices import Channel
from core import charts
from core.dates import format_date


def _bars(ident, title, description, rows):
    if not rows:
        return ""
    highest = max(value for _label, value, _m, _s in rows)
    body, height = charts.bars(rows, 0, max(highest, 1), left=120, plot=charts.WIDTH - 140)
    return charts.svg(ident, title, description, height, body)


def months(rows):
    return _bars(
        "complaints-months",
        _("Complaints received per month"),
        _("One bar per month; the number after each bar is the count."),
        [(format_date(month, "M Y"), n, "month", n) for month, n in rows],
    )


def channels(rows):
    labels = dict(Channel.choices)
    return _bars(
        "complaints-channels",
        _("Complaints received per channel"),
        _("One bar per channel; the number after each bar is the count."),
        [(str(labels.get(channel, channel)), n, "channel", n) for channel, n in rows],
    )
