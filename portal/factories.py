"""Factories for portal pages and users (wagtail_factories / factory_boy)."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from portal.models import HomePage, SectionPage, StandardPage


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@region7.example")
    password = factory.django.Password("changeme")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        """``UserFactory(groups=["Staff"])`` puts the user in those groups."""
        if create and names:
            self.groups.add(*[Group.objects.get_or_create(name=name)[0] for name in names])


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"หน้าแรก {n}")

    class Meta:
        model = HomePage


class SectionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"หมวด {n}")
    intro = "<p>บทนำของหมวด</p>"

    class Meta:
        model = SectionPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"บทความ {n}")
    intro = "บทนำสั้น ๆ ของบทความ"

    class Meta:
        model = StandardPage
