"""Who may open a community page and its routes, decided before Wagtail serves them
(and before its page-privacy check, which would send staff that a community shuts
out to the login page rather than give them the 404 of a missing one)."""

from wagtail import hooks

from communities import access, tokens
from communities.models import CommunityPage
from communities.views.common import check_page, link_expired


@hooks.register("before_serve_page", order=-1)
def community_access(page, request, serve_args, serve_kwargs):
    """Staff who may see the community get in and other staff get a 404. Everyone
    else is sent to log in or refused (403) on the routes; on the page's own URL
    Wagtail's page privacy and then the topic list's view turn them away.

    On the ``feed/<token>/`` route the token's owner is the reader (feed readers
    cannot sign in) while the link is fresh, not reset, and they are still active
    staff; any other link is expired."""
    if not isinstance(page, CommunityPage):
        return None
    match = getattr(request, "routable_resolver_match", None)
    route = match.url_name if match is not None else "home"
    if route == "feed_token":
        user = tokens.user_for(match.kwargs["token"], tokens.FEED_SALT)
        if user is None or not access.is_staff_member(user):
            return link_expired(request)
        request.user = user
    if access.is_staff_member(request.user):
        check_page(request.user, page)
        return None
    return None if route == "home" else access.deny(request)
