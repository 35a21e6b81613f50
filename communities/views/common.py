"""Lookups shared by the views: objects a user may see, or a 404 that names nothing."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from wagtail.models import Locale

from communities import access
from communities.models import CommunityPage, Post, Topic


def visible_topic(request, topic_id):
    topics = Topic.objects.select_related("community", "author", "accepted_post__author")
    topic = get_object_or_404(topics, pk=topic_id)
    if not access.may_see_topic(request.user, topic):
        raise Http404
    return topic


def visible_post(request, post_id):
    post = get_object_or_404(Post.objects.select_related("topic__community", "author"), pk=post_id)
    if not access.may_see_post(request.user, post):
        raise Http404
    return post


def visible_page(user, page_id):
    """The community page ``page_id`` (any language), or a 404 (the same as for an
    id that does not exist) unless ``user`` may see both it and its source page."""
    if not access.may_see_community(user, page_id):
        raise Http404
    page = get_object_or_404(CommunityPage.objects.select_related("locale"), pk=page_id)
    if not access.may_see_community(user, page.source.pk):
        raise Http404
    return page


def visible_community(user, community_id):
    """The community (its source-language page, which holds its data) by the id of
    any of its pages, or a 404 unless ``user`` may see it."""
    return visible_page(user, community_id).source


def localized(community):
    """The community's page in the active language, else the source page."""
    return community.get_translation_or_none(Locale.get_active()) or community


def bound(request):
    """Form arguments: the submitted data and files on POST, nothing on GET (so an
    empty POST still shows "required" errors)."""
    if request.method == "POST":
        return request.POST, request.FILES
    return None, None


def link_expired(request):
    """The answer to a personal link (feed or unsubscribe) that is forged, expired,
    reset, or whose owner may no longer use it: a 404 that says what to do."""
    return render(request, "communities/link_expired.html", status=404)
