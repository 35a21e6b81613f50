"""Topics on the portal search page: staff only, in the communities each may see
(``access.visible_community_ids``), solved topics ranked first."""

from django.utils.translation import gettext_lazy as _

from communities import access
from communities.links import community_pages, topic_url
from communities.models import Post, Topic
from search.highlight import snippet


def topic_querysets(user):
    """What ``user`` may search: nothing for outsiders; solved, then unsolved, topics
    that are not hidden, in the communities ``user`` may see."""
    communities = sorted(access.visible_community_ids(user))
    if not communities:
        return []
    visible = Topic.objects.filter(hidden=False, community_id__in=communities)
    return [visible.filter(accepted_post__isnull=False), visible.filter(accepted_post__isnull=True)]


def describe(topics, terms, request):
    """Result rows for one page of topic hits (3 queries whatever its length)."""
    ids = [topic.pk for topic in topics]
    found = Topic.objects.filter(community_id__in=access.visible_community_ids(request.user))
    by_id = found.select_related("community__locale").in_bulk(ids)
    texts = {}
    for topic_id, body in (
        Post.objects.filter(topic_id__in=ids, hidden=False)
        .order_by("created_at", "pk")
        .values_list("topic_id", "body_source")
    ):
        texts.setdefault(topic_id, []).append(body)
    pages = community_pages(topic.community for topic in by_id.values())
    rows = []
    for topic in (by_id[pk] for pk in ids if pk in by_id):
        locale = topic.community.locale
        rows.append(
            {
                "title": topic.title,
                "url": topic_url(topic, pages[topic.community_id], request),
                "type": _("Solved discussion") if topic.solved else _("Discussion"),
                "section": topic.community.title,
                "language": locale.get_display_name(),
                "language_code": locale.language_code,
                "date": topic.last_activity_at,
                "snippet": snippet(" ".join(texts.get(topic.pk, [])), terms),
            }
        )
    return rows
