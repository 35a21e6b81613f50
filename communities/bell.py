"""The bell's unread count, kept per reader until something it counts changes.

The header shows the count on every page a staff member opens; counting it is a
query over notifications, topics and memberships. The count is kept in the shared
cache with a tag of everything it depends on: the site version, the subtrees
the reader may not see (which communities they see), whether they moderate
every community, and two stamps. A reader's stamp is replaced when
their notifications or memberships change; the topics' stamp when any topic is
saved or deleted (a hidden topic leaves the count of all but its facilitators).
Stamps are replaced at once and again on commit, as the site version is.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from communities import access
from communities.listing import visible_notifications
from communities.models.membership import Membership
from communities.models.notifications import Notification
from communities.models.topics import Topic
from core import site_version
from core.privacy import restricted_paths

TIMEOUT = 10 * 60
TOPICS = "communities:bell:topics"


def _reader(user_id):
    return f"communities:bell:user:{user_id}"


def _entry(user_id):
    return f"communities:bell:count:{user_id}"


def unread_count(request):
    """The signed-in user's unread notifications, counted once per request (the
    header's bell and the communities' toolbar both show it)."""
    if not hasattr(request, "_community_unread"):
        request._community_unread = _kept_count(request.user)
    return request._community_unread


def _kept_count(user):
    """The unread notifications ``user`` may open, from the cache (one read) when
    nothing they count has changed since it was counted."""
    names = [_reader(user.pk), TOPICS]
    kept = cache.get_many([*names, _entry(user.pk)])
    missing = {name: uuid.uuid4().hex for name in names if name not in kept}
    if missing:  # never met, or culled: a new stamp, so no old count can match
        cache.set_many(missing, None)
        kept.update(missing)
    scope = "|".join(restricted_paths(user)) + f"|{access.is_site_moderator(user)}"
    tag = [site_version.current(), scope, *(kept[name] for name in names)]
    entry = kept.get(_entry(user.pk))
    if entry and entry[0] == tag:
        return entry[1]
    count = visible_notifications(user).filter(read_at__isnull=True).count()
    cache.set(_entry(user.pk), (tag, count), TIMEOUT)
    return count


def _replace(names):
    stamp = uuid.uuid4().hex
    cache.set_many(dict.fromkeys(names, stamp), None)


def changed(user_ids=(), topics=False):
    """Forget the counts of ``user_ids`` (and everyone's, with ``topics``)."""
    names = [_reader(pk) for pk in user_ids] + ([TOPICS] if topics else [])
    if names:
        _replace(names)
        transaction.on_commit(lambda: _replace(names))


def _notification_changed(instance, **kwargs):
    changed([instance.recipient_id])


def _membership_changed(instance, **kwargs):
    changed([instance.user_id])


def _topic_changed(**kwargs):
    changed(topics=True)


def connect():
    # Notifications are written in bulk (``notify``, ``views.social``), which call
    # ``changed`` themselves; a deleted one goes with its topic or its recipient.
    post_save.connect(_notification_changed, sender=Notification)
    post_save.connect(_membership_changed, sender=Membership)
    post_delete.connect(_membership_changed, sender=Membership)
    post_save.connect(_topic_changed, sender=Topic)
    post_delete.connect(_topic_changed, sender=Topic)
