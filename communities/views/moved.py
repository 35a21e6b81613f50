"""The addresses communities had before their pages served them, still in sent digests,
feed readers and bookmarks: permanent redirects to the community page's routes, for
those who may see the community (anyone else gets the 404 of a missing one)."""

from django.shortcuts import get_object_or_404, redirect

from communities import access, tokens
from communities.links import topic_url
from communities.models import CommunityPage
from communities.views.common import check_page, link_expired, visible_topic


def _moved(request, url):
    query = request.META.get("QUERY_STRING")
    return redirect(f"{url}?{query}" if query else url, permanent=True)


def community(request, page_id, rest=""):
    """``c/<page id>/…``: the page's own URL, or the same route beneath it. A personal
    feed link carries its reader; everything else needs a staff session."""
    user = request.user
    if rest.startswith("feed/") and rest != "feed/":
        user = tokens.user_for(rest.removeprefix("feed/").rstrip("/"), tokens.FEED_SALT)
        if user is None or not access.is_staff_member(user):
            return link_expired(request)
    elif not access.is_staff_member(user):
        return access.deny(request)
    page = get_object_or_404(CommunityPage, pk=page_id)
    check_page(user, page)
    return _moved(request, page.url + rest)


@access.staff_required
def topic(request, topic_id, rest=""):
    """``topics/<id>/…``: the topic under its community's page, or the same action."""
    return _moved(request, topic_url(visible_topic(request, topic_id)) + rest)
