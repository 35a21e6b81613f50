"""The composer (preview and @mention suggestions), "new" flags and the subscribe menu."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from communities.models import LastVisit
from communities.tests.conftest import write_topic
from communities.tests.helpers import expect_denied, route, topic_route
from communities.views import composer
from portal.factories import UserFactory
from portal.models import StaffProfile

pytestmark = pytest.mark.django_db


def test_the_preview_is_the_sanitised_rendering(sign_in):
    body = "**ตัวหนา** <script>alert(1)</script> [ลิงก์](javascript:alert(1))"
    response = sign_in("staff").post(reverse("communities:preview"), {"body": body})
    html = response.json()["html"]
    assert "<strong>ตัวหนา</strong>" in html
    assert "<script" not in html and "javascript:" not in html


def test_a_preview_too_long_is_refused_with_a_message(sign_in):
    response = sign_in("staff").post(reverse("communities:preview"), {"body": "ก" * 20001})
    assert response.status_code == 400 and response.json()["error"]


@pytest.mark.parametrize("role", [None, "citizen"], ids=["anonymous", "citizen"])
def test_preview_and_mentions_are_for_staff(sign_in, role):
    client = sign_in(role)
    expect_denied(client.post(reverse("communities:preview"), {"body": "x"}), role)
    expect_denied(client.get(reverse("communities:mentions"), {"q": "สม"}), role)


def test_the_preview_answers_post_only(sign_in):
    assert sign_in("staff").get(reverse("communities:preview")).status_code == 405


def test_mentions_are_suggested_by_thai_or_english_name_among_staff(sign_in):
    somchai = UserFactory(username="somchai.j", first_name="สมชาย", last_name="ใจดี",
                          groups=["Staff"])  # fmt: skip
    StaffProfile.objects.create(user=somchai, name_en="Somchai Jaidee")
    UserFactory(username="somsri", first_name="สมศรี", last_name="ประชาชน")  # a citizen
    client = sign_in("staff")
    found = client.get(reverse("communities:mentions"), {"q": "@สมชาย"}).json()["results"]
    assert found == [{"username": "somchai.j", "name": "สมชาย ใจดี"}]
    assert client.get(reverse("communities:mentions"), {"q": "สม"}).json()["results"] == found
    english = client.get(reverse("communities:mentions"), {"q": "jaidee"}).json()["results"]
    assert [person["username"] for person in english] == ["somchai.j"]
    assert client.get(reverse("communities:mentions"), {"q": " "}).json()["results"] == []


def test_preview_and_mentions_are_throttled_per_account(sign_in, monkeypatch):
    monkeypatch.setattr(composer, "PREVIEWS_PER_MINUTE", 2)
    monkeypatch.setattr(composer, "LOOKUPS_PER_MINUTE", 2)
    client = sign_in("staff")
    statuses = [
        client.post(reverse("communities:preview"), {"body": "x"}).status_code for _ in range(3)
    ]
    assert statuses == [200, 200, 429]
    statuses = [
        client.get(reverse("communities:mentions"), {"q": "ส"}).status_code for _ in range(3)
    ]
    assert statuses == [200, 200, 429]
    assert sign_in("editor").get(reverse("communities:mentions"), {"q": "ส"}).status_code == 200


def test_the_composer_is_on_the_reply_and_new_topic_forms(sign_in, community, topic):
    client = sign_in("staff")
    for url in (topic_route(topic), route(community, "new_topic")):
        html = client.get(url).content.decode()
        assert re.search(r"<textarea[^>]*data-composer", html), url
        assert f'data-preview-url="{reverse("communities:preview")}"' in html
        assert f'data-mentions-url="{reverse("communities:mentions")}"' in html
        assert 'id="composer-tools"' in html and "js/composer.js" in html


def test_your_own_post_is_never_new_since_your_last_visit(sign_in, user_for, community):
    me, colleague = user_for("staff"), user_for("editor")
    mine = write_topic(community, me, "คำถามของฉันเอง", "ถามไว้")
    theirs = write_topic(community, colleague, "คำถามของเพื่อน", "ถามไว้เหมือนกัน")
    earlier = timezone.now() - timedelta(hours=1)
    LastVisit.objects.create(user=me, community=community, seen_at=earlier)
    LastVisit.objects.create(user=me, topic=mine, seen_at=earlier)
    client = sign_in(me)
    html = client.get(community.url).content.decode()
    flagged = re.findall(
        r'href="[^"]*/topics/(\d+)/">[^<]*</a></h2>\s*<p class="cop-topic__flags">\s*'
        r'<span class="cop-flag cop-flag--new">',
        html,
    )
    assert str(theirs.pk) in flagged and str(mine.pk) not in flagged
    assert "cop-post--new" not in client.get(topic_route(mine)).content.decode()


def test_feed_links_are_in_a_subscribe_menu(sign_in, community):
    html = sign_in("staff").get(community.url).content.decode()
    menu = re.search(r'<details class="cop-subscribe" id="subscribe">.*?</details>', html, re.S)
    assert menu and menu.group().count('class="cop-feed"') == 2
    outside = html.replace(menu.group(), "")
    assert 'class="cop-feed"' not in outside


def test_the_community_page_reads_few_rows(sign_in, community):
    client = sign_in("staff")
    client.get(community.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(community.url).status_code == 200
    # 20 before the pages became routable, 24 after; the header now adds its own
    # (the person's profile and the bell, which shares the toolbar's count)
    assert len(queries) <= 23
