"""Factories for community pages, topics and posts (wagtail_factories / factory_boy)."""

import uuid

import factory
import wagtail_factories

from communities.markup import render
from communities.models import CommunityIndexPage, CommunityPage, Membership, Post, Topic
from portal.factories import UserFactory


class CommunityIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"ชุมชน {n}")

    class Meta:
        model = CommunityIndexPage


class CommunityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"ชุมชนนักปฏิบัติ {n}")
    description = "<p>แลกเปลี่ยนความรู้</p>"

    class Meta:
        model = CommunityPage


class TopicFactory(factory.django.DjangoModelFactory):
    community = factory.SubFactory(CommunityPageFactory)
    author = factory.SubFactory(UserFactory, groups=["Staff"])
    title = factory.Sequence(lambda n: f"คำถามเรื่องบัตรคิว {n}")

    class Meta:
        model = Topic
        skip_postgeneration_save = True

    @factory.post_generation
    def opening(self, create, body, **kwargs):
        """Every topic gets its opening post (``TopicFactory(opening="text")``)."""
        if create:
            PostFactory(
                topic=self, author=self.author, is_opening=True, body_source=body or "คำถาม"
            )


class PostFactory(factory.django.DjangoModelFactory):
    topic = factory.SubFactory(TopicFactory)
    author = factory.SubFactory(UserFactory, groups=["Staff"])
    body_source = factory.Sequence(lambda n: f"คำตอบที่ {n} เรื่องการยื่นแบบ")
    body_html = factory.LazyAttribute(lambda post: render(post.body_source))
    form_token = factory.LazyFunction(uuid.uuid4)

    class Meta:
        model = Post


class MembershipFactory(factory.django.DjangoModelFactory):
    community = factory.SubFactory(CommunityPageFactory)
    user = factory.SubFactory(UserFactory, groups=["Staff"])

    class Meta:
        model = Membership
