"""Thai slugs keep their vowels and tone marks: made from a title, typed by an
editor, and served."""

from urllib.parse import unquote

import pytest
from django import forms
from django.core.exceptions import ValidationError

from communities.capture import capture
from communities.factories import CommunityPageFactory, PostFactory, TopicFactory
from core.slugs import slugify
from manuals.factories import CitizenHandbookPageFactory
from portal.factories import UserFactory

TITLE = "ภาษีมูลค่าเพิ่ม ทำบัตรผู้เสียภาษี"


def test_slugify_keeps_vowels_and_tone_marks():
    assert slugify(TITLE) == "ภาษีมูลค่าเพิ่ม-ทำบัตรผู้เสียภาษี"
    assert slugify("  Tax ID: คู่มือ!  -- ") == "tax-id-คู่มือ"
    assert slugify("ก" * 300, max_length=200) == "ก" * 200


@pytest.mark.parametrize("slug", ["ภาษีมูลค่าเพิ่ม", "ผู้เสียภาษี-2569", "tax-id"])
def test_a_unicode_slug_field_accepts_thai_marks(slug):
    assert forms.SlugField(allow_unicode=True).clean(slug) == slug


@pytest.mark.parametrize("slug", ["ภาษี/มูลค่า", "ภาษี มูลค่า", "ภาษี?"])
def test_a_unicode_slug_field_still_refuses_what_is_not_a_slug(slug):
    with pytest.raises(ValidationError):
        forms.SlugField(allow_unicode=True).clean(slug)


@pytest.mark.django_db
def test_a_page_with_a_thai_slug_validates_and_is_served_at_it(site, client):
    page = CitizenHandbookPageFactory(parent=site.home, slug="ภาษีมูลค่าเพิ่ม")
    page.full_clean()
    assert unquote(page.url).endswith("/ภาษีมูลค่าเพิ่ม/")
    assert client.get(page.url).status_code == 200


@pytest.mark.django_db
def test_a_captured_knowledge_article_keeps_the_marks_of_its_title(site):
    community = CommunityPageFactory(parent=site.home)
    topic = TopicFactory(community=community, title=TITLE)
    topic.accepted_post = PostFactory(topic=topic)
    topic.save(update_fields=["accepted_post"])
    article, created = capture(topic, UserFactory())
    assert created
    assert article.slug == f"ภาษีมูลค่าเพิ่ม-ทำบัตรผู้เสียภาษี-{topic.pk}"
    article.full_clean()


@pytest.mark.django_db
def test_the_admin_loads_the_thai_slug_script(site, sign_in):
    response = sign_in("editor").get("/admin/")
    assert b"js/thai-slug" in response.content
