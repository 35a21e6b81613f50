"""Text for values shown on pages and in PDFs alike: fees and plain text of rich text."""

import html
import re

from django.utils.formats import number_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

_BREAKS = re.compile(r"</p>|<br\s*/?>|</li>|</h\d>", re.IGNORECASE)
_BULLETS = re.compile(r"<li[^>]*>", re.IGNORECASE)


def fee_text(amount):
    """ "Free of charge", or "1,000 baht" (decimals only when there are satang)."""
    if not amount:
        return _("Free of charge")
    places = 0 if amount == amount.to_integral_value() else 2
    return _("%(amount)s baht") % {
        "amount": number_format(amount, decimal_pos=places, force_grouping=True)
    }


def plain_lines(rich_text):
    """Rich text as lines of plain text, list items marked with a bullet."""
    text = _BULLETS.sub("• ", _BREAKS.sub("\n", str(rich_text)))
    lines = (html.unescape(strip_tags(line)).strip() for line in text.split("\n"))
    return [line for line in lines if line]
