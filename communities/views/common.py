"""Lookups shared by the views: objects a user may see, or a 404 that names nothing."""

from django.http import Http404
from django.shortcuts import get_object_or_404
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


def source_community(community_id):
    """A community by the id of its source-language page (translations resolve to it)."""
    page = get_object_or_404(CommunityPage, pk=community_id)
    return page.source


def localized(community):
    """The community's page in the active language, else the source page."""
    return community.get_translation_or_none(Locale.get_active()) or community


def bound(request):
    """Form arguments: the submitted data and files on POST, nothing on GET (so an
    empty POST still shows "required" errors)."""
    if request.method == "POST":
        return request.POST, request.FILES
    return None, None
