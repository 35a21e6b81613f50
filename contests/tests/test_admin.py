"""Managers edit contests, categories, rubrics and panels as admin snippets."""

import pytest
from django.urls import reverse

from contests.factories import CategoryFactory
from portal.factories import user_with_role

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("username", "status"), [("manager", 200), ("staff", 302), ("judge", 302)])
def test_contest_snippets_are_for_managers(sign_in, username, status):
    category = CategoryFactory()
    contest = category.contest
    client = sign_in(username)
    urls = [
        reverse("wagtailsnippets_contests_contest:list"),
        reverse("wagtailsnippets_contests_contest:add"),
        reverse("wagtailsnippets_contests_contest:edit", args=[contest.pk]),
        reverse("wagtailsnippets_contests_category:edit", args=[category.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == status, url


def test_the_category_editor_offers_only_judges_for_the_panel(sign_in, user_for):
    category = CategoryFactory()
    judges = {user_with_role("judge").username for _ in range(3)}
    staff, manager = user_for("staff"), user_for("manager")
    page = sign_in("manager").get(
        reverse("wagtailsnippets_contests_category:edit", args=[category.pk])
    )
    form = page.context["form"]
    offered = {user.username for user in form.fields["judges"].queryset}
    assert judges <= offered
    assert staff.username not in offered and manager.username not in offered
