"""Read-side queries for the community pages, with a constant number of queries."""

from django.core.paginator import Paginator
from django.db.models import Count
from django.utils import timezone

from communities import access, tokens
from communities.models.membership import Follow, LastVisit, Membership
from communities.models.notifications import Notification
from communities.models.topics import TAG_MAX_LENGTH, Topic
from core.text import one_line

TOPICS_PER_PAGE = 25
FILTERS = ("unanswered", "solved", "unsolved")


def community_cards(pages, user):
    """The community ``pages`` (those of an index, in its language) that ``user`` may
    see, with their topic counts and the user's role, in three queries and the
    visibility lookup (data is keyed by the pages' translation key)."""
    visible = access.visible_community_ids(user)
    pages = list(pages.filter(pk__in=visible).order_by("path"))
    keys = [page.translation_key for page in pages]
    counts = dict(
        Topic.objects.filter(
            community__translation_key__in=keys, community_id__in=visible, hidden=False
        )
        .values("community__translation_key")
        .annotate(n=Count("pk"))
        .values_list("community__translation_key", "n")
    )
    roles = dict(
        Membership.objects.filter(user=user, community__translation_key__in=keys).values_list(
            "community__translation_key", "role"
        )
    )
    return [
        {
            "page": page,
            "url": page.url,
            "topics": counts.get(page.translation_key, 0),
            "role": roles.get(page.translation_key),
        }
        for page in pages
    ]


def visible_notifications(user):
    """The user's notifications about topics they may still open."""
    return Notification.objects.filter(recipient=user, topic__in=access.visible_topics(user))


def topics_for(community, user, params):
    topics = access.visible_topics(user, Topic.objects.filter(community=community))
    chosen = params.get("filter")
    if chosen == "unanswered":
        topics = topics.filter(reply_count=0)
    elif chosen == "solved":
        topics = topics.filter(accepted_post__isnull=False)
    elif chosen == "unsolved":
        topics = topics.filter(accepted_post__isnull=True)
    tag = one_line(params.get("tag", ""))[:TAG_MAX_LENGTH]
    if tag:
        topics = topics.filter(tags__name=tag)
    return topics.select_related("author").prefetch_related("tags"), (chosen, tag)


def remember_visit(user, community=None, topic=None):
    """The previous visit time (None on a first visit); records this visit."""
    now = timezone.now()
    visit, created = LastVisit.objects.get_or_create(
        user=user, community=community, topic=topic, defaults={"seen_at": now}
    )
    if created:
        return None
    previous = visit.seen_at
    LastVisit.objects.filter(pk=visit.pk).update(seen_at=now)
    return previous


def community_context(page, request):
    user = request.user
    community = page.source
    topics, (chosen, tag) = topics_for(community, user, request.GET)
    page_obj = Paginator(topics, TOPICS_PER_PAGE).get_page(request.GET.get("page"))
    facilitators = (
        Membership.objects.filter(community=community, role=Membership.FACILITATOR)
        .select_related("user")
        .order_by("user__first_name", "user__username")
    )
    return {
        "community": community,
        "page_obj": page_obj,
        "topics": page_obj.object_list,
        "filter": chosen if chosen in FILTERS else "",
        "filters": FILTERS,
        "tag": tag,
        "facilitators": facilitators,
        "member_count": Membership.objects.filter(community=community).count(),
        "role": access.roles_by_community(user).get(community.pk),
        "may_post": access.may_post(user, community),
        "is_facilitator": access.is_facilitator(user, community.pk),
        "following": Follow.objects.filter(user=user, community=community).exists(),
        "last_visit": remember_visit(user, community=community),
        "feed_token": tokens.make(user, tokens.FEED_SALT),
        "articles": page.get_children().live().order_by("-first_published_at")[:5],
    }
