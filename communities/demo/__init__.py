"""Demo communities for ``load_demo_content``: four communities of practice in the
Intranet, 40 topics with replies in Thai, some solved, one captured as an article.

Posts are written through the same functions the views call. Running it again
changes nothing.
"""

import datetime
import uuid

from django.db import transaction
from django.utils import timezone, translation
from tqdm import tqdm

from communities import capture, posting
from communities.demo.counter import CAPTURED_ENGLISH, COUNTER
from communities.demo.filing import FILING
from communities.demo.smile import SMILE
from communities.demo.text import ENGLISH, INDEX
from communities.demo.vat import VAT
from communities.markup import render
from communities.models import CommunityIndexPage, CommunityPage, Membership, Post, Topic
from portal.demo.loader import add_page, demo_user, translate
from portal.models import HomePage

INTRANET_SLUG = "intranet"
POSTERS = ["staff", "judge1", "judge2", "judge3", "supervisor", "editor", "manager"]
CAPTURED_TAG = "บัตรคิว"
COMMUNITIES = [COUNTER, FILING, VAT, SMILE]


def load(stdout):
    admin = demo_user("admin")
    home = HomePage.objects.get(locale__language_code="th", depth=2)
    intranet = home.get_children().get(slug=INTRANET_SLUG)
    with transaction.atomic():
        index = add_page(intranet, CommunityIndexPage, INDEX, admin)
        pages = [index]
        for spec in COMMUNITIES:
            fields = {key: spec[key] for key in ("title", "slug", "description")}
            community = add_page(index, CommunityPage, fields, admin)
            pages.append(community)
            _members(community, spec)
            if not Topic.objects.filter(community=community).exists():
                _topics(community, spec)
    for page in tqdm(pages, desc="Translating communities", unit="page", file=stdout):
        translate(page, ENGLISH, admin)
    _capture_one(admin)
    return pages


def _members(community, spec):
    Membership.objects.get_or_create(
        community=community,
        user=demo_user(spec["facilitator"]),
        defaults={"role": Membership.FACILITATOR},
    )
    for username in POSTERS:
        Membership.objects.get_or_create(community=community, user=demo_user(username))


def _topics(community, spec):
    """Write each topic and its replies, dated over the last weeks, oldest first."""
    now = timezone.now()
    facilitator = demo_user(spec["facilitator"])
    for number, topic_spec in enumerate(spec["topics"]):
        started = now - datetime.timedelta(days=3 * (len(spec["topics"]) - number), hours=number)
        author = demo_user(POSTERS[number % len(POSTERS)])
        data = {
            "title": topic_spec["title"],
            "body": topic_spec["body"],
            "tags": topic_spec["tags"],
        }
        opening, _ = posting.start_topic(community, author, _post_data(data), rate_limited=False)
        _date(opening, started)
        replies = []
        for offset, text in enumerate(topic_spec["replies"], start=1):
            replier = demo_user(POSTERS[(number + offset) % len(POSTERS)])
            if replier == author:
                replier = facilitator
            post, _ = posting.reply(
                opening.topic, replier, _post_data({"body": text}), rate_limited=False
            )
            _date(post, started + datetime.timedelta(hours=5 * offset))
            replies.append(post)
        if topic_spec.get("solved") is not None:
            posting.accept(replies[topic_spec["solved"]], author)
        opening.topic.refresh_counts()


def _post_data(data):
    return {**data, "body_html": render(data["body"]), "form_token": uuid.uuid4()}


def _date(post, when):
    Post.objects.filter(pk=post.pk).update(created_at=when)
    if post.is_opening:
        Topic.objects.filter(pk=post.topic_id).update(created_at=when)


def _capture_one(admin):
    """The solved queue-ticket topic becomes a knowledge article: captured by the
    community's facilitator, then approved and translated as an editor would."""
    topic = Topic.objects.filter(tags__name=CAPTURED_TAG, accepted_post__isnull=False).first()
    if topic is None:
        return
    if topic.article_id is None:
        with translation.override("th"):
            article, _created = capture.capture(topic, demo_user(COUNTER["facilitator"]))
        article.latest_revision.publish(user=admin)
        topic.refresh_from_db()
    article = topic.article
    english = {
        article.title: CAPTURED_ENGLISH["title"],
        article.slug: CAPTURED_ENGLISH["slug"],
        topic.posts.get(is_opening=True).body_source: CAPTURED_ENGLISH["question"],
        topic.accepted_post.body_source: CAPTURED_ENGLISH["answer"],
    }
    for message in (
        "The question",
        "The accepted answer",
        "Captured from a solved discussion in the community.",
    ):
        with translation.override("th"):
            thai = translation.gettext(message)
        english[thai] = message
    translate(article, english, admin)
