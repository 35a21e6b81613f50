"""What waits for a staff member in the communities (see ``core.home``): the bell's
unread count, unread notifications, and followed communities with new posts."""

from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext as _

from communities import access
from communities.links import community_pages, with_topic_urls
from communities.listing import unread_count, visible_notifications
from communities.models.membership import Follow, LastVisit
from communities.models.topics import Topic
from communities.templatetags.communities_tags import display_name
from core import home


def _unread(request):
    """The user's unread notifications (queried once per request: the header and the
    home both ask)."""
    if not hasattr(request, "_home_unread"):
        request._home_unread = visible_notifications(request.user).filter(read_at__isnull=True)
    return request._home_unread


@home.bell
def notification_bell(request):
    if not access.is_staff_member(request.user):
        return None
    return unread_count(request), reverse("communities:notifications")


@home.panel(10)
def notifications(request):
    if not access.is_staff_member(request.user):
        return None
    unread = _unread(request).select_related("actor", "topic__community")
    latest = with_topic_urls(unread[: home.ITEMS_PER_PANEL], lambda note: note.topic)
    url = reverse("communities:notifications")
    return home.Panel(
        key="notifications",
        title=_("Unread notifications"),
        count=notification_bell(request)[0],
        items=[
            home.Link(
                f"{display_name(note.actor)} {note.get_kind_display()}: {note.topic.title}",
                note.topic_url,
                when=note.created_at,
            )
            for note in latest
        ],
        more=home.Link(_("All notifications"), url),
        empty=_("You have no unread notifications."),
    )


@home.panel(20)
def followed_communities(request):
    """Communities the user follows, with the topics active since their last visit
    (since they began following, if they have not visited since)."""
    user = request.user
    if not access.is_staff_member(user):
        return None
    visits = LastVisit.objects.filter(user=user, community=OuterRef("community"), topic=None)
    follows = list(
        Follow.objects.filter(
            user=user, topic=None, community_id__in=access.visible_community_ids(user)
        )
        .select_related("community")
        .annotate(since=Coalesce(Subquery(visits.values("seen_at")[:1]), F("created_at")))
    )
    topics = access.visible_topics(user, Topic.objects.exclude(author=user))
    new = Q()
    for follow in follows:
        new |= Q(community_id=follow.community_id, last_activity_at__gt=follow.since)
    counts = (
        dict(
            topics.filter(new)
            .values("community_id")
            .annotate(n=Count("pk"))
            .values_list("community_id", "n")
        )
        if follows
        else {}
    )
    pages = community_pages(follow.community for follow in follows)
    active = sorted(
        (follow for follow in follows if counts.get(follow.community_id)),
        key=lambda follow: follow.since,
        reverse=True,
    )
    return home.Panel(
        key="communities",
        title=_("Communities you follow with new posts"),
        count=len(active),
        items=[
            home.Link(
                pages[follow.community_id].title,
                pages[follow.community_id].url,
                detail=_("%(count)d new") % {"count": counts[follow.community_id]},
            )
            for follow in active[: home.ITEMS_PER_PANEL]
        ],
        empty=_("No new posts in the communities you follow."),
    )
