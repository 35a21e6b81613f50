"""Small template helpers for the community pages."""

from django import template

from communities.access import is_staff_member
from communities.bell import unread_count
from communities.listing import community_cards
from communities.models import CommunityPage
from core.text import one_line

register = template.Library()


@register.filter
def display_name(user):
    """A person's full name, or their username when they have none, on one line."""
    return one_line(user.get_full_name()) or user.get_username()


@register.filter(name="one_line")
def one_line_filter(value):
    """Text for a line of a text e-mail or a header: see ``core.text.one_line``."""
    return one_line(value)


@register.simple_tag(takes_context=True)
def unread_notifications(context):
    """The signed-in staff member's unread community notifications (once per request)."""
    request = context.get("request")
    if request is None or not is_staff_member(request.user):
        return 0
    return unread_count(request)


@register.simple_tag(takes_context=True)
def community_cards_for(context, index_page):
    """The index page's communities with their topic counts and the user's role."""
    pages = CommunityPage.objects.child_of(index_page)
    return community_cards(pages, context["request"])
