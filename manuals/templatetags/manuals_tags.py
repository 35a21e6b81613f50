"""Template filters for handbook and manual pages."""

from django import template

from manuals.formatting import fee_text

register = template.Library()


@register.filter
def fee(amount):
    """``{{ value.amount|fee }}``: "Free of charge" or "200 baht" in the active language."""
    return fee_text(amount)
