"""Helpers shared by the community tests."""

import uuid

from django.core.files.base import ContentFile
from django.utils import translation

from communities import tokens
from communities.links import community_pages
from communities.models import Attachment, Post
from core.routing import subpage_url


def route(page, name, *args):
    """The URL of the route ``name`` of the community page ``page``."""
    return subpage_url(page, name, *args)


def topic_route(topic, name="topic"):
    """The URL of ``topic``'s route ``name``, under its community's page in the active
    language."""
    page = community_pages([topic.community])[topic.community_id]
    return subpage_url(page, name, topic.pk)


def in_thai(message):
    with translation.override("th"):
        return translation.gettext(message)


def post_data(body="ขอบคุณครับ คำตอบนี้ช่วยได้มาก", **extra):
    return {"body": body, "form_token": str(uuid.uuid4()), **extra}


def topic_data(title="เครื่องกดบัตรคิวค้างบ่อย แก้อย่างไรดี", **extra):
    return post_data(body="เครื่องกดบัตรคิวค้างทุกเช้า มีวิธีแก้ไหมครับ", title=title, **extra)


def expect_denied(response, role):
    """Anonymous → login page; a signed-in outsider → the 403 page."""
    if role is None:
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == 403
        assert "forbidden.html" in [t.name for t in response.templates]


def feed_token(user):
    return tokens.make(user, tokens.FEED_SALT)


def attachment_on(post, content=b"%PDF-1.4 test", name="report.pdf"):
    return Attachment.objects.create(
        post=post,
        file=ContentFile(content, name=name),
        original_name=name,
        content_type="application/pdf",
        size=len(content),
    )


def reply_of(topic):
    return Post.objects.filter(topic=topic, is_opening=False, hidden=False).first()
