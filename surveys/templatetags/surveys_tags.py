from django import template
from django.utils.translation import gettext_lazy as _

from surveys.choices import Channel
from surveys.statistics import IMPROVED, UNCLEAR, WORSE
from surveys.themes import OTHER

register = template.Library()

LEVELS = {
    5: _("Very high"),
    4: _("High"),
    3: _("Moderate"),
    2: _("Low"),
    1: _("Very low"),
}


@register.filter
def level_label(level):
    """The Thai report's level words for a five-point level (มากที่สุด … น้อยที่สุด)."""
    return LEVELS.get(level, "")


@register.filter
def figure(value, places=2):
    """A number with ``places`` decimals, or a dash when there is none."""
    if value is None:
        return "–"
    return f"{value:.{int(places)}f}"


@register.filter
def signed(value):
    return "–" if value is None else f"{value:+.2f}"


@register.filter
def channel_label(code):
    return Channel(code).label if code in Channel.values else code


VERDICTS = {IMPROVED: _("Improved"), UNCLEAR: _("No clear difference"), WORSE: _("Worse")}
THEMES = {
    "waiting": _("Waiting and queues"),
    "staff": _("Staff"),
    "documents": _("Documents and forms"),
    "system": _("Systems and online services"),
    "facilities": _("Facilities"),
    OTHER: _("Other"),
}


@register.filter
def verdict_label(verdict):
    return VERDICTS.get(verdict, "")


@register.filter
def theme_label(theme):
    return THEMES.get(theme, theme)
