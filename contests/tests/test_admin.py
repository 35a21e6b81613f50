"""Managers edit contests, categories, rubrics and panels as admin snippets."""

import pytest
from django.urls import reverse

from contests.models import Category, Contest
from portal.demo.loader import demo_user

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.mark.parametrize(
    ("username", "status"), [("manager", 200), ("staff", 302), ("judge1", 302)]
)
def test_contest_snippets_are_for_managers(client, username, status):
    client.force_login(demo_user(username))
    contest = Contest.objects.get()
    category = Category.objects.filter(contest=contest).first()
    urls = [
        reverse("wagtailsnippets_contests_contest:list"),
        reverse("wagtailsnippets_contests_contest:add"),
        reverse("wagtailsnippets_contests_contest:edit", args=[contest.pk]),
        reverse("wagtailsnippets_contests_category:edit", args=[category.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == status, url


def test_the_category_editor_offers_only_judges_for_the_panel(client):
    client.force_login(demo_user("manager"))
    category = Category.objects.first()
    page = client.get(reverse("wagtailsnippets_contests_category:edit", args=[category.pk]))
    form = page.context["form"]
    offered = {user.username for user in form.fields["judges"].queryset}
    assert {"judge1", "judge2", "judge3"} <= offered
    assert "staff" not in offered and "manager" not in offered
