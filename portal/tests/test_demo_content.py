"""load_demo_content: idempotent, refuses to run in production, realistic."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Page, PageViewRestriction

from portal.demo.loader import ACCOUNTS, DEMO_PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def counts():
    User = get_user_model()
    return {
        "pages": Page.objects.count(),
        "users": User.objects.count(),
        "groups": Group.objects.count(),
        "restrictions": PageViewRestriction.objects.count(),
    }


def test_running_twice_changes_nothing():
    before = counts()  # the session fixture already ran it once
    call_command("load_demo_content", force=True, stdout=io.StringIO())
    assert counts() == before
    assert before["pages"] >= 23  # root + 11 Thai + 11 English pages


def test_refuses_without_debug_unless_forced(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo_content", stdout=io.StringIO())


def test_every_demo_account_signs_in_with_the_documented_password(client):
    for username in ACCOUNTS:
        assert client.login(username=username, password=DEMO_PASSWORD), username
        client.logout()


def test_demo_accounts_have_their_roles():
    User = get_user_model()

    def groups(username):
        return set(User.objects.get(username=username).groups.values_list("name", flat=True))

    assert groups("staff") == {"Staff"}
    assert groups("editor") == {"Editors", "Staff"}
    assert groups("moderator") == {"Moderators", "Staff"}
    assert {"Judges", "Staff"} <= groups("judge2")
    assert groups("citizen") == set()
    assert User.objects.get(username="admin").is_superuser


def test_main_pages_are_translated_to_english():
    english = Page.objects.filter(locale__language_code="en", depth__gte=2).specific()
    assert english.count() == Page.objects.filter(locale__language_code="th", depth__gte=2).count()
    for page in english:
        body = getattr(page, "body", None)
        raw = json.dumps(list(body.raw_data), ensure_ascii=False) if body is not None else ""
        text = f"{page.title} {getattr(page, 'intro', '')} {raw}"
        thai_letters = [ch for ch in text if "\u0e00" <= ch <= "\u0e7f"]
        assert not thai_letters, f"{page.title} still has Thai text"
        assert page.live


def test_demo_tells_the_smile_story():
    story = Page.objects.get(slug="smile-story", locale__language_code="th").specific
    text = str(story.body)
    assert "77" in text and "8 จังหวัด" in text and "428,000" in text
    code = Page.objects.get(slug="smile-code", locale__language_code="th").specific
    for letter in ("Smile", "Marvelous", "Impress", "Lively", "Excellence"):
        assert letter in str(code.body)
