"""Factories for portal pages and users (wagtail_factories / factory_boy)."""

import itertools

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from core.access import STAFF
from portal.models import HomePage, SectionPage, StandardPage
from portal.roles import (
    CONTEST_MANAGERS,
    EDITORS,
    EXECUTIVES,
    JUDGES,
    MODERATORS,
    OFFICE_HEADS,
    OFFICERS,
    SUPERVISORS,
    SURVEY_MANAGERS,
)


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


# The portal's roles as tests sign in with them: role -> groups (``admin`` is a superuser).
ROLE_GROUPS = {
    "citizen": [],
    "staff": [STAFF],
    "editor": [EDITORS, STAFF],
    "moderator": [MODERATORS, STAFF],
    "judge": [JUDGES, STAFF],
    "manager": [CONTEST_MANAGERS, STAFF],
    "supervisor": [SUPERVISORS, STAFF],
    "officer": [OFFICERS, STAFF],
    "head": [OFFICE_HEADS, STAFF],
    "executive": [EXECUTIVES, STAFF],
    "surveyor": [SURVEY_MANAGERS, STAFF],
    "admin": [],
}


_ROLE_USERS = itertools.count(1)


def user_with_role(role, **fields):
    """A new user in ``role`` (a key of ``ROLE_GROUPS``), named after it."""
    fields.setdefault("username", f"{role}{next(_ROLE_USERS)}")
    user = UserFactory(groups=ROLE_GROUPS[role], **fields)
    if role == "admin":
        user.is_superuser = user.is_staff = True
        user.save(update_fields=["is_superuser", "is_staff"])
    return user
