"""Factories for contests, categories with rubrics, entries and the contest pages."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from contests.models import (
    Category,
    Contest,
    ContestIndexPage,
    ContestPage,
    Criterion,
    Entry,
)
from portal.factories import UserFactory


class ContestFactory(factory.django.DjangoModelFactory):
    """A contest whose submission window is open now (``judging=True``: closed, judging open)."""

    title = factory.Sequence(lambda n: f"ประกวดผลงาน {n}")
    entries_per_person = 2

    class Meta:
        model = Contest

    class Params:
        judging = False

    @factory.lazy_attribute
    def submission_opens(self):
        return timezone.now() - timedelta(days=30 if self.judging else 1)

    @factory.lazy_attribute
    def submission_closes(self):
        return timezone.now() + (timedelta(days=-2) if self.judging else timedelta(days=7))

    @factory.lazy_attribute
    def judging_opens(self):
        return timezone.now() + (timedelta(days=-1) if self.judging else timedelta(days=8))

    @factory.lazy_attribute
    def judging_closes(self):
        return timezone.now() + timedelta(days=30)


class CategoryFactory(factory.django.DjangoModelFactory):
    contest = factory.SubFactory(ContestFactory)
    name = factory.Sequence(lambda n: f"หมวด {n}")
    code_prefix = factory.Sequence(lambda n: "S" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n % 26])
    kind = Category.TEXT

    class Meta:
        model = Category
        skip_postgeneration_save = True

    @factory.post_generation
    def criteria(self, create, weights, **kwargs):
        """``CategoryFactory(criteria=[(40, 10), (60, 5)])``: (weight, highest score) pairs;
        by default 40/30/30 on a 0–10 scale."""
        if create:
            for order, (weight, scale) in enumerate(weights or [(40, 10), (30, 10), (30, 10)]):
                Criterion.objects.create(
                    category=self, name=f"เกณฑ์ {order + 1}", weight=weight, scale_max=scale,
                    sort_order=order,
                )  # fmt: skip


class EntryFactory(factory.django.DjangoModelFactory):
    category = factory.SubFactory(CategoryFactory)
    author = factory.SubFactory(UserFactory, groups=["Staff"])
    code = factory.Sequence(lambda n: f"TS-{n:04d}")
    title = factory.Sequence(lambda n: f"ผลงาน {n}")
    text = "ยิ้มรับทุกคำถาม ใส่ใจทุกผู้เสียภาษี"

    class Meta:
        model = Entry


class ContestIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"ประกวด {n}")

    class Meta:
        model = ContestIndexPage


class ContestPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"ประกวดผลงาน {n}")
    contest = factory.SubFactory(ContestFactory)
    intro = "<p>ร่วมส่งผลงาน</p>"

    class Meta:
        model = ContestPage
