"""Writing posts: new topics, replies, edits and accepted answers.

Each write is one transaction; a repeated form token returns the post the first
submit made, and posting is rate-limited per user (``core.throttle``).
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from communities import notify
from communities.models.attachments import Attachment
from communities.models.membership import Follow
from communities.models.topics import Post, PostRevision, Topic
from core import throttle
from core.text import one_line

RATE_LIMIT_POSTS = 6
RATE_LIMIT_SECONDS = 60


class PostingError(Exception):
    """A write refused for a reason the user should read."""


def _check_rate(user):
    if not throttle.within_limit(
        f"communities:posts:{user.pk}", RATE_LIMIT_POSTS, RATE_LIMIT_SECONDS
    ):
        raise PostingError(_("You are posting very quickly. Please wait a minute and try again."))


def existing_post(token):
    return Post.objects.select_related("topic").filter(form_token=token).first()


def _save_post(topic, user, data, is_opening=False):
    post = Post.objects.create(
        topic=topic,
        author=user,
        body_source=data["body"],
        body_html=data["body_html"],
        is_opening=is_opening,
        form_token=data["form_token"],
    )
    upload = data.get("attachment")
    if upload:
        content, content_type = upload
        Attachment.objects.create(
            post=post,
            file=content,
            original_name=one_line(data["attachment_name"])[:255] or content.name,
            content_type=content_type,
            size=content.size,
        )
    Follow.objects.get_or_create(user=user, topic=topic, community=None)
    return post


def _idempotent(token, user, write):
    """Run ``write`` once per form token; a repeat by the same user returns the first post."""
    found = existing_post(token)
    if found is None:
        try:
            with transaction.atomic():
                return write(), True
        except IntegrityError:
            found = existing_post(token)
            if found is None:
                raise
    if found.author_id != user.pk:
        raise PostingError(_("This form has expired. Reload the page and try again."))
    return found, False


def start_topic(community, user, data, rate_limited=True):
    """Create a topic with its opening post; returns (opening post, created)."""

    def write():
        if rate_limited:
            _check_rate(user)
        topic = Topic(community=community, author=user, title=data["title"])
        topic.clean()  # the title on one line, whoever calls
        topic.save()
        topic.tags.set(data.get("tags") or [])
        post = _save_post(topic, user, data, is_opening=True)
        notify.new_topic(post)
        transaction.on_commit(lambda: index.insert_or_update_object(topic))
        return post

    return _idempotent(data["form_token"], user, write)


def reply(topic, user, data, rate_limited=True):
    """Add a reply; returns (post, created). Locked topics take no replies."""

    def write():
        locked = Topic.objects.select_for_update().filter(pk=topic.pk, locked=True).exists()
        if locked:
            raise PostingError(_("This topic is locked: it takes no new replies."))
        if rate_limited:
            _check_rate(user)
        post = _save_post(topic, user, data)
        topic.refresh_counts()
        notify.reply(post)
        transaction.on_commit(lambda: index.insert_or_update_object(topic))
        return post

    return _idempotent(data["form_token"], user, write)


@transaction.atomic
def edit(post, user, data):
    """Save a new text for ``post``, keeping the previous one in its history."""
    if data["body"] == post.body_source:
        return post
    PostRevision.objects.create(post=post, body_source=post.body_source, edited_by=user)
    post.body_source = data["body"]
    post.body_html = data["body_html"]
    post.edited_at = timezone.now()
    post.save(update_fields=["body_source", "body_html", "edited_at"])
    notify.mentions(post, previous=post.revisions.first().body_source)
    transaction.on_commit(lambda: index.insert_or_update_object(post.topic))
    return post


@transaction.atomic
def accept(post, user):
    """Mark ``post`` as the topic's accepted answer (replacing any earlier one)."""
    topic = Topic.objects.select_for_update().get(pk=post.topic_id)
    if topic.accepted_post_id == post.pk:
        return topic
    topic.accepted_post = post
    topic.save(update_fields=["accepted_post"])
    if post.author_id != user.pk:
        notify.accepted(post, user)
    transaction.on_commit(lambda: index.insert_or_update_object(topic))
    return topic


@transaction.atomic
def unaccept(topic):
    Topic.objects.filter(pk=topic.pk).update(accepted_post=None)
    topic.accepted_post = None
    transaction.on_commit(lambda: index.insert_or_update_object(topic))
