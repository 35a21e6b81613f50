"""Facilitators' actions on topics and posts, each logged as a ModerationAction."""

from django.db import transaction
from django.utils import timezone
from wagtail.search import index

from communities.models.moderation import ModerationAction as Action
from communities.models.moderation import Report

TOPIC_FLAGS = {
    Action.LOCK: ("locked", True),
    Action.UNLOCK: ("locked", False),
    Action.PIN: ("pinned", True),
    Action.UNPIN: ("pinned", False),
    Action.HIDE_TOPIC: ("hidden", True),
    Action.RESTORE_TOPIC: ("hidden", False),
}
POST_FLAGS = {Action.HIDE_POST: True, Action.RESTORE_POST: False}


def _resolve_reports(posts, user):
    Report.objects.filter(post__in=posts, resolved_at__isnull=True).update(
        resolved_at=timezone.now(), resolved_by=user
    )


@transaction.atomic
def moderate_topic(topic, action, user, note=""):
    field, value = TOPIC_FLAGS[action]
    setattr(topic, field, value)
    topic.save(update_fields=[field])
    if action == Action.HIDE_TOPIC:
        _resolve_reports(topic.posts.all(), user)
    Action.objects.create(actor=user, action=action, topic=topic, note=note)


@transaction.atomic
def moderate_post(post, action, user, note=""):
    """Hide or restore one post (hiding the opening post hides its topic)."""
    if post.is_opening:
        topic_action = Action.HIDE_TOPIC if POST_FLAGS[action] else Action.RESTORE_TOPIC
        moderate_topic(post.topic, topic_action, user, note)
        return
    post.hidden = POST_FLAGS[action]
    post.save(update_fields=["hidden"])
    if post.hidden:
        _resolve_reports([post], user)
        if post.topic.accepted_post_id == post.pk:
            post.topic.accepted_post = None
            post.topic.save(update_fields=["accepted_post"])
    post.topic.refresh_counts()
    Action.objects.create(actor=user, action=action, topic=post.topic, post=post, note=note)
    transaction.on_commit(lambda: index.insert_or_update_object(post.topic))


@transaction.atomic
def move(topic, community, user):
    note = f"{topic.community.title} → {community.title}"
    topic.community = community
    topic.save(update_fields=["community"])
    Action.objects.create(actor=user, action=Action.MOVE, topic=topic, note=note[:500])


@transaction.atomic
def resolve(report, user):
    if report.resolved_at is None:
        report.resolved_at = timezone.now()
        report.resolved_by = user
        report.save(update_fields=["resolved_at", "resolved_by"])
        Action.objects.create(
            actor=user, action=Action.RESOLVE, topic=report.post.topic, post=report.post
        )
