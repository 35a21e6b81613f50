"""The demo communities: enough realistic Thai content, and loading twice changes nothing."""

import io

import pytest

from communities import demo
from communities.models import CommunityPage, KnowledgeArticlePage, Post, Topic

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_demo_has_communities_topics_replies_and_a_captured_article():
    thai = CommunityPage.objects.filter(locale__language_code="th")
    assert thai.count() >= 4
    assert CommunityPage.objects.filter(locale__language_code="en").count() == thai.count()
    assert Topic.objects.count() >= 40
    assert Topic.objects.filter(accepted_post__isnull=False).count() >= 10
    assert Post.objects.filter(is_opening=False).count() >= 50
    assert Post.objects.filter(body_source__contains="ภ.ง.ด.90").exists()
    article = KnowledgeArticlePage.objects.get(locale__language_code="th")
    assert article.live and article.source_topics.get().solved
    english = KnowledgeArticlePage.objects.get(locale__language_code="en")
    assert english.translation_key == article.translation_key and english.live


def test_loading_again_changes_nothing():
    counts = (Topic.objects.count(), Post.objects.count(), KnowledgeArticlePage.objects.count())
    demo.load(io.StringIO())
    assert (
        Topic.objects.count(),
        Post.objects.count(),
        KnowledgeArticlePage.objects.count(),
    ) == counts
