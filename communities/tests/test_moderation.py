"""Reports, the queue, hide/restore, lock, pin, move, and the action log."""

import pytest
from django.urls import reverse

from communities.models import Membership, ModerationAction, Report
from communities.tests.helpers import post_data, reply_of, topic_route

pytestmark = [pytest.mark.django_db]


def report(client, post, reason="abuse"):
    return client.post(
        reverse("communities:report", args=[post.pk]), {"reason": reason, "note": "ไม่สุภาพ"}
    )


def test_report_reaches_the_queue_once(sign_in, topic):
    post = reply_of(topic)
    client = sign_in("judge")
    report(client, post)
    report(client, post)
    assert Report.objects.filter(post=post).count() == 1
    queue = sign_in("supervisor").get(reverse("communities:moderation"))
    assert post in [found.post for found in queue.context["reports"]]


def test_report_needs_a_reason(sign_in, topic):
    response = sign_in("judge").post(reverse("communities:report", args=[reply_of(topic).pk]))
    assert response.status_code == 200 and "reason" in response.context["form"].errors


def test_facilitator_of_another_community_does_not_see_the_report(
    sign_in, second_judge, topic, other_community
):
    report(sign_in("judge"), reply_of(topic))
    Membership.objects.create(
        community=other_community, user=second_judge, role=Membership.FACILITATOR
    )  # the second judge facilitates the other community only
    queue = sign_in(second_judge).get(reverse("communities:moderation"))
    assert queue.status_code == 200 and not queue.context["reports"]


def test_hide_and_restore_a_post_with_a_log(sign_in, topic):
    post = reply_of(topic)
    report(sign_in("judge"), post)
    client = sign_in("supervisor")
    url = reverse("communities:moderate_post", args=[post.pk])
    client.post(url, {"action": "hide_post"})
    post.refresh_from_db()
    assert post.hidden
    assert Report.objects.get(post=post).resolved_at is not None
    page = sign_in("judge").get(topic_route(topic))
    assert post.body_html not in page.content.decode()
    sign_in("supervisor").post(url, {"action": "restore_post"})
    post.refresh_from_db()
    assert not post.hidden
    logged = ModerationAction.objects.filter(post=post).values_list("action", flat=True)
    assert set(logged) == {"hide_post", "restore_post"}


def test_hidden_post_is_not_counted(sign_in, topic):
    topic.refresh_from_db()
    before = topic.reply_count
    sign_in("moderator").post(
        reverse("communities:moderate_post", args=[reply_of(topic).pk]), {"action": "hide_post"}
    )
    topic.refresh_from_db()
    assert topic.reply_count == before - 1


def test_lock_pin_and_move(sign_in, topic, other_community):
    client = sign_in("moderator")
    url = topic_route(topic, "moderate_topic")
    for action in ("lock", "pin"):
        client.post(url, {"action": action})
    target = other_community
    client.post(url, {"action": "move", "community": target.pk})
    topic.refresh_from_db()
    assert topic.locked and topic.pinned and topic.community == target
    listing = client.get(target.url).context["topics"]
    assert listing[0] == topic  # pinned first
    response = sign_in("staff").post(topic_route(topic, "reply"), post_data())
    assert response.status_code == 302 and topic.posts.count() == topic.reply_count + 1
    actions = ModerationAction.objects.filter(topic=topic).values_list("action", flat=True)
    assert {"lock", "pin", "move"} <= set(actions)


def test_unknown_action_changes_nothing(sign_in, topic):
    sign_in("moderator").post(topic_route(topic, "moderate_topic"), {"action": "delete"})
    topic.refresh_from_db()
    assert not (topic.locked or topic.hidden)
    assert not ModerationAction.objects.filter(topic=topic).exists()


def test_resolve_report_keeps_the_post(sign_in, topic):
    post = reply_of(topic)
    report(sign_in("judge"), post)
    found = Report.objects.get(post=post)
    sign_in("supervisor").post(reverse("communities:resolve_report", args=[found.pk]))
    found.refresh_from_db()
    post.refresh_from_db()
    assert found.resolved_at and not post.hidden
    assert (
        sign_in("judge").post(reverse("communities:resolve_report", args=[found.pk])).status_code
        == 403
    )
