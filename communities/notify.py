"""Who hears about a post: mentioned staff, topic and community followers.

Unread notifications about the same topic and kind are collapsed into one (its
count grows), so a busy thread never floods anyone.
"""

from django.db.models import F
from django.utils import timezone

from communities import bell
from communities.markup import mentioned_usernames
from communities.models.membership import Follow
from communities.models.notifications import Notification
from core import access


def _deliver(recipient_ids, kind, post, actor):
    recipient_ids = set(recipient_ids) - {actor.pk}
    if not recipient_ids:
        return
    bell.changed(recipient_ids)
    pending = Notification.objects.filter(
        recipient_id__in=recipient_ids, topic_id=post.topic_id, kind=kind, read_at__isnull=True
    )
    collapsed = set(pending.values_list("recipient_id", flat=True))
    pending.update(
        count=F("count") + 1, post=post, actor=actor, created_at=timezone.now(), emailed_at=None
    )
    Notification.objects.bulk_create(
        [
            Notification(recipient_id=pk, actor=actor, kind=kind, topic_id=post.topic_id, post=post)
            for pk in sorted(recipient_ids - collapsed)
        ],
        ignore_conflicts=True,  # a concurrent post created it meanwhile: one is enough
    )


def _staff_ids(usernames):
    if not usernames:
        return set()
    users = access.users_with_role("staff_member").filter(username__in=usernames)
    return set(users.values_list("pk", flat=True))


def mentions(post, previous=""):
    """Notify staff newly mentioned in ``post`` (an edit only notifies new names)."""
    already = set(mentioned_usernames(previous))
    names = [name for name in mentioned_usernames(post.body_source) if name not in already]
    mentioned = _staff_ids(names)
    _deliver(mentioned, Notification.MENTION, post, post.author)
    return mentioned


def new_topic(post):
    mentioned = mentions(post)
    followers = Follow.objects.filter(community_id=post.topic.community_id)
    ids = set(followers.values_list("user_id", flat=True)) - mentioned
    _deliver(ids, Notification.NEW_TOPIC, post, post.author)


def reply(post):
    mentioned = mentions(post)
    followers = Follow.objects.filter(topic_id=post.topic_id)
    ids = set(followers.values_list("user_id", flat=True)) - mentioned
    _deliver(ids, Notification.REPLY, post, post.author)


def accepted(post, actor):
    _deliver({post.author_id}, Notification.ACCEPTED, post, actor)
