"""Read-side queries for the community pages, with a constant number of queries."""

from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Subquery
from django.utils import timezone

from communities import access, tokens
from communities.models.membership import Follow, LastVisit, Membership
from communities.models.notifications import Notification
from communities.models.topics import TAG_MAX_LENGTH, Post, Topic
from core.privacy import viewable_by
from core.text import one_line

TOPICS_PER_PAGE = 25
FILTERS = ("unanswered", "solved", "unsolved")


def community_cards(pages, request):
    """The community ``pages`` (those of an index, in its language) that the reader of
    ``request`` may see, with their topic counts and the reader's role, in three
    queries and the visibility lookup (data is keyed by the pages' translation key)."""
    user = request.user
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
            "url": page.get_url(request),
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
    latest = Post.objects.filter(topic=OuterRef("pk"), hidden=False).order_by("-created_at", "-pk")
    topics = topics.annotate(last_author_id=Subquery(latest.values("author_id")[:1]))
    return topics.select_related("author").prefetch_related("tags"), (chosen, tag)


def remember_visit(user, community=None, topic=None):
    """The previous visit time (None on a first visit); records this visit."""
    previous = (
        LastVisit.objects.filter(user=user, community=community, topic=topic)
        .values_list("seen_at", flat=True)
        .first()
    )
    _record_visit(user, previous, community=community, topic=topic)
    return previous


def _record_visit(user, previous, community=None, topic=None):
    now = timezone.now()
    if previous is None:
        LastVisit.objects.get_or_create(
            user=user, community=community, topic=topic, defaults={"seen_at": now}
        )
    else:
        LastVisit.objects.filter(user=user, community=community, topic=topic).update(seen_at=now)


def _reader_stats(community, user):
    """The member count, whether ``user`` follows the community and their previous
    visit, in one query."""
    members = (
        Membership.objects.filter(community=OuterRef("pk"))
        .order_by()
        .values("community")
        .annotate(n=Count("pk"))
        .values("n")
    )
    visits = LastVisit.objects.filter(user=user, community=OuterRef("pk"), topic=None)
    return (
        type(community)
        .objects.filter(pk=community.pk)
        .annotate(
            members=Subquery(members),
            following=Exists(Follow.objects.filter(user=user, community=OuterRef("pk"))),
            last_visit=Subquery(visits.values("seen_at")[:1]),
        )
        .values("members", "following", "last_visit")
        .get()
    )


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
    stats = _reader_stats(community, user)
    _record_visit(user, stats["last_visit"], community=community)
    articles = viewable_by(page.get_children().live(), user)
    return {
        "community": community,
        "page_obj": page_obj,
        "topics": page_obj.object_list,
        "filter": chosen if chosen in FILTERS else "",
        "filters": FILTERS,
        "tag": tag,
        "facilitators": facilitators,
        "member_count": stats["members"] or 0,
        "role": access.roles_by_community(user).get(community.pk),
        "may_post": access.may_post(user, community),
        "is_facilitator": access.is_facilitator(user, community.pk),
        "following": stats["following"],
        "last_visit": stats["last_visit"],
        "feed_token": tokens.make(user, tokens.FEED_SALT),
        "articles": articles.order_by("-first_published_at")[:5],
    }
