"""Accepted answers and capturing a solved topic as a draft knowledge article."""

import json

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from communities.models import KnowledgeArticlePage, Post, Topic
from communities.tests.helpers import post_data, route, topic_route

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def open_topic(sign_in, community, second_judge):
    """A fresh unsolved topic by ``staff`` with replies by the judge and a second judge."""
    client = sign_in("staff")
    client.post(
        route(community, "new_topic"),
        {**post_data("ผู้เสียภาษีลืมรหัสผ่าน e-Filing ทำอย่างไร"), "title": "ลืมรหัสผ่าน"},
    )
    topic = Topic.objects.latest("pk")
    for client, text in (
        (sign_in("judge"), "ให้กดลืมรหัสผ่าน"),
        (sign_in(second_judge), "ใช้เบอร์มือถือที่ลงทะเบียน"),
    ):
        client.post(topic_route(topic, "reply"), post_data(text))
    return topic


def accept_url(post):
    return reverse("communities:accept", args=[post.pk])


def test_author_marks_the_answer_and_it_shows_first(sign_in, open_topic):
    answer = open_topic.posts.get(body_source="ใช้เบอร์มือถือที่ลงทะเบียน")
    client = sign_in("staff")
    client.post(accept_url(answer))
    open_topic.refresh_from_db()
    assert open_topic.accepted_post == answer and open_topic.solved
    page = client.get(topic_route(open_topic))
    assert page.context["accepted"] == answer
    html = page.content.decode()
    assert html.index(f'id="answer-{answer.pk}"') < html.index(f'id="post-{answer.pk}"')


@pytest.mark.parametrize(("role", "allowed"), [("editor", False), ("supervisor", True)])
def test_only_author_or_facilitator_may_accept(sign_in, open_topic, role, allowed):
    answer = open_topic.posts.filter(is_opening=False).first()
    response = sign_in(role).post(accept_url(answer))
    open_topic.refresh_from_db()
    assert (open_topic.accepted_post_id == answer.pk) is allowed
    assert response.status_code == (302 if allowed else 403)


def test_opening_post_cannot_be_the_answer(sign_in, open_topic):
    sign_in("staff").post(accept_url(open_topic.posts.get(is_opening=True)))
    open_topic.refresh_from_db()
    assert not open_topic.solved


def test_one_accepted_answer_per_topic_and_per_post_in_the_database(open_topic, topic):
    answer = open_topic.posts.filter(is_opening=False).first()
    Topic.objects.filter(pk=open_topic.pk).update(accepted_post=answer)
    with pytest.raises(IntegrityError), transaction.atomic():
        Topic.objects.filter(pk=topic.pk).update(accepted_post=answer)


def test_solved_and_unsolved_filters(sign_in, community):
    client = sign_in("staff")
    solved = client.get(community.url, {"filter": "solved"}).context["topics"]
    unsolved = client.get(community.url, {"filter": "unsolved"}).context["topics"]
    unanswered = client.get(community.url, {"filter": "unanswered"}).context["topics"]
    assert solved and all(topic.solved for topic in solved)
    assert unsolved and not any(topic.solved for topic in unsolved)
    assert unanswered and all(topic.reply_count == 0 for topic in unanswered)


def test_facilitator_captures_a_solved_topic_as_a_draft_article(
    sign_in, user_for, second_judge, open_topic, community
):
    answer = open_topic.posts.get(body_source="ใช้เบอร์มือถือที่ลงทะเบียน")
    sign_in("staff").post(accept_url(answer))
    client = sign_in("supervisor")
    capture_url = topic_route(open_topic, "capture")
    client.post(capture_url)
    client.post(capture_url)  # a second click changes nothing
    open_topic.refresh_from_db()
    article = open_topic.article
    assert KnowledgeArticlePage.objects.filter(source_topics=open_topic).count() == 1
    assert article.get_parent().specific == community
    assert not article.live and article.has_unpublished_changes
    assert article.latest_revision is not None
    assert "ใช้เบอร์มือถือที่ลงทะเบียน" in json.dumps(list(article.body.raw_data), ensure_ascii=False)
    contributors = set(article.contributors.all())
    assert contributors == {user_for("staff"), user_for("judge"), second_judge}
    assert article.latest_revision.as_object().contributors.count() == 3


def test_published_article_links_back_to_the_topic(sign_in, user_for, open_topic):
    answer = open_topic.posts.filter(is_opening=False).first()
    sign_in("staff").post(accept_url(answer))
    sign_in("moderator").post(topic_route(open_topic, "capture"))
    open_topic.refresh_from_db()
    revision = open_topic.article.latest_revision
    revision.publish(user=user_for("moderator"))
    article = KnowledgeArticlePage.objects.get(pk=open_topic.article_id)
    page = sign_in("staff").get(article.url)
    assert topic_route(open_topic) in page.content.decode()
    topic_page = sign_in("staff").get(topic_route(open_topic))
    assert article.url in topic_page.content.decode()


@pytest.mark.parametrize("role", ["staff", "editor"])
def test_non_facilitators_cannot_capture(sign_in, open_topic, role):
    answer = open_topic.posts.filter(is_opening=False).first()
    Topic.objects.filter(pk=open_topic.pk).update(accepted_post=answer)
    response = sign_in(role).post(topic_route(open_topic, "capture"))
    assert response.status_code == 403
    open_topic.refresh_from_db()
    assert open_topic.article is None


def test_unsolved_topics_are_not_captured(sign_in, open_topic):
    sign_in("moderator").post(topic_route(open_topic, "capture"))
    open_topic.refresh_from_db()
    assert open_topic.article is None
    assert Post.objects.filter(topic=open_topic).count() == 3
