"""Page types: where they may be created, rendering, and both languages listing the same topics."""

import re

import pytest
from wagtail.test.utils import WagtailPageTestCase

from communities.factories import CommunityIndexPageFactory, CommunityPageFactory, TopicFactory
from communities.models import CommunityIndexPage, CommunityPage, KnowledgeArticlePage, Topic
from communities.tests.helpers import route
from portal.factories import user_with_role
from portal.models import HomePage, SectionPage
from tests.world import world

pytestmark = [pytest.mark.django_db]


class CommunityPageTypeTests(WagtailPageTestCase):
    def setUp(self):
        self.intranet = world().intranet

    def test_tree_rules(self):
        self.assertCanCreateAt(SectionPage, CommunityIndexPage)
        self.assertCanCreateAt(CommunityIndexPage, CommunityPage)
        self.assertCanCreateAt(CommunityPage, KnowledgeArticlePage)
        self.assertCanNotCreateAt(HomePage, CommunityPage)
        self.assertCanNotCreateAt(CommunityIndexPage, KnowledgeArticlePage)

    def test_pages_render_for_staff(self):
        index = CommunityIndexPageFactory(parent=self.intranet)
        community = CommunityPageFactory(parent=index)
        TopicFactory(community=community, title="หัวข้อในชุมชนใหม่")
        self.client.force_login(user_with_role("staff"))
        self.assertPageIsRenderable(index)
        self.assertPageIsRenderable(community)
        response = self.client.get(community.url)
        self.assertContains(response, "หัวข้อในชุมชนใหม่")

    def test_empty_community_says_so(self):
        index = CommunityIndexPageFactory(parent=self.intranet)
        community = CommunityPageFactory(parent=index)
        self.client.force_login(user_with_role("staff"))
        response = self.client.get(community.url.replace("/th/", "/en/", 1))
        self.assertEqual(response.status_code, 404)  # not translated yet
        response = self.client.get(community.url)
        self.assertFalse(response.context["topics"])
        self.assertContains(response, "empty-state")


def test_english_page_lists_the_same_topics(sign_in, community, english_community):
    client = sign_in("staff")
    thai = [topic.pk for topic in client.get(community.url).context["topics"]]
    english = [topic.pk for topic in client.get(english_community.url).context["topics"]]
    assert thai and thai == english
    assert english_community.url.startswith("/en/")


def test_index_lists_communities_with_topic_counts(sign_in, cop, community):
    html = sign_in("staff").get(community.get_parent().url).content.decode()
    cards = {
        title: int(count)
        for title, count in re.findall(
            r'<li class="card">\s*<h2 class="card__title"><a [^>]*>([^<]+)</a></h2>.*?'
            r'<p class="meta">(\d+)',
            html,
            re.S,
        )
    }
    assert set(cards) == {cop.community.title, cop.other.title}
    expected = Topic.objects.filter(community=community, hidden=False).count()
    assert expected == len([cop.topic, cop.solved, cop.unanswered])
    assert cards[community.title] == expected


def test_new_since_last_visit_marks_newer_topics(sign_in, community):
    client = sign_in("judge")
    client.get(community.url)
    TopicFactory(community=community, title="หัวข้อหลังการเยี่ยมชม")
    response = client.get(community.url)
    assert response.context["last_visit"] is not None
    assert "cop-flag--new" in response.content.decode()
    assert "cop-flag--new" not in client.get(community.url).content.decode()


def test_join_and_leave(sign_in, user_for, community):
    client = sign_in("judge")
    judge = user_for("judge")
    assert not community.memberships.filter(user=judge).exists()
    client.post(route(community, "membership"), {"action": "join"})
    client.post(route(community, "membership"), {"action": "join"})
    assert community.memberships.filter(user=judge).count() == 1
    client.post(route(community, "membership"), {"action": "leave"})
    assert not community.memberships.filter(user=judge).exists()
