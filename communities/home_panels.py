"""What waits for a staff member in the communities (see ``core.home``): the bell's
unread count, unread notifications, and their communities with new posts."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from communities import access
from communities.bell import unread_count
from communities.links import community_pages, with_topic_urls
from communities.listing import visible_notifications
from communities.models.membership import Follow, LastVisit, Membership
from communities.models.topics import Topic
from communities.templatetags.communities_tags import display_name
from core import home
from core.routing import subpage_url


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
    latest = with_topic_urls(unread[: home.ITEMS_PER_PANEL], lambda note: note.topic, request)
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
def your_communities(request):
    """The communities the user follows or belongs to, with the topics active since
    their last visit there (since they joined or began following, before any visit);
    those with new posts first. Each links to the community and to its new-topic form,
    so asking takes one click from the home."""
    user = request.user
    if not access.is_staff_member(user):
        return None
    visible = access.visible_community_ids(user)
    joined = {}
    for community_id, since in Follow.objects.filter(
        user=user, topic=None, community_id__in=visible
    ).values_list("community_id", "created_at"):
        joined[community_id] = since
    for community_id, since in Membership.objects.filter(
        user=user, community_id__in=visible
    ).values_list("community_id", "joined_at"):
        joined[community_id] = min(since, joined.get(community_id, since))
    visits = dict(
        LastVisit.objects.filter(user=user, topic=None, community_id__in=joined).values_list(
            "community_id", "seen_at"
        )
    )
    since = {pk: visits.get(pk, joined[pk]) for pk in joined}
    new = Q(pk__in=[])
    for community_id, moment in since.items():
        new |= Q(community_id=community_id, last_activity_at__gt=moment)
    counts = dict(
        access.visible_topics(user, Topic.objects.exclude(author=user))
        .filter(new)
        .values("community_id")
        .annotate(n=Count("pk"))
        .values_list("community_id", "n")
    )
    pages = community_pages(Page.objects.filter(pk__in=joined))
    order = sorted(joined, key=lambda pk: (-counts.get(pk, 0), pages[pk].title))
    return home.Panel(
        key="communities",
        title=_("Your communities"),
        count=sum(1 for pk in joined if counts.get(pk)),
        items=[
            home.Link(
                pages[pk].title,
                pages[pk].get_url(request),
                detail=_("%(count)d new") % {"count": counts[pk]} if counts.get(pk) else "",
                action=home.Link(
                    _("Start a topic"), subpage_url(pages[pk], "new_topic", request=request)
                ),
            )
            for pk in order[: home.ITEMS_PER_PANEL]
        ],
        empty=_("Join or follow a community to see its new posts here."),
    )
