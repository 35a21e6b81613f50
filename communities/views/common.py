"""Lookups shared by the views: objects a user may see, or a 404 that names nothing."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from communities import access
from communities.models.topics import Post, Topic


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


def check_page(user, page):
    """A 404 (the same as for a page that does not exist) unless ``user`` may see the
    community page ``page`` (any language) and its source page."""
    if not (
        access.may_see_community(user, page.pk) and access.may_see_community(user, page.source.pk)
    ):
        raise Http404


def page_topic(request, page, topic_id):
    """The topic ``topic_id`` of the community that ``page`` (which the user may see)
    is a page of, or a 404 unless the user may see it."""
    topic = visible_topic(request, topic_id)
    if topic.community_id != page.source.pk:
        raise Http404
    return topic


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
