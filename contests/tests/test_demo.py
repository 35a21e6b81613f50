"""The demo contest: four categories, entries by several staff, judges with some scores."""

import io

import pytest
from django.core.management import call_command

from contests.models import Assignment, Contest, ContestPage, Entry, ScoreSheet
from portal.demo.loader import demo_user

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_demo_contest_is_complete_and_loading_again_changes_nothing(client):
    contest = Contest.objects.get()
    assert contest.categories.count() == 4
    logos = Entry.objects.filter(category__kind="logo").exclude(logo="")
    assert logos.count() >= 3
    assert Entry.objects.values("author").distinct().count() >= 5
    judges = {demo_user(f"judge{n}") for n in (1, 2, 3)}
    assert not Entry.objects.filter(author__in=judges).exists()
    assert not Assignment.objects.filter(entry__author__in=judges).exists()
    assert ScoreSheet.objects.filter(submitted_at__isnull=False).exists()
    assert ScoreSheet.objects.filter(submitted_at__isnull=True).exists()
    counts = (Entry.objects.count(), ScoreSheet.objects.count(), ContestPage.objects.count())
    call_command("load_demo_content", force=True, stdout=io.StringIO())
    assert (
        Entry.objects.count(),
        ScoreSheet.objects.count(),
        ContestPage.objects.count(),
    ) == counts


def test_demo_contest_page_is_translated_and_for_staff_only(client):
    page = ContestPage.objects.get(locale__language_code="th")
    english = ContestPage.objects.get(locale__language_code="en")
    assert english.title == "SMILE contest"
    assert client.get(page.url).status_code == 302
    client.force_login(demo_user("staff"))
    response = client.get(page.url)
    assert response.status_code == 200
    assert "SL-" not in response.content.decode()  # no codes on the announcement
    assert client.get(english.url).status_code == 200


def test_demo_judges_are_assigned_every_entry_of_their_panels():
    judge = demo_user("judge2")
    assert Assignment.objects.filter(judge=judge).count() == Entry.objects.count()
