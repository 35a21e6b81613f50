"""Every role against the judging pages, the logo files and the entry lists."""

import pytest
from django.urls import reverse

from contests.logos import reencode
from contests.models import Assignment, Entry
from contests.tests.conftest import fresh, make_judging
from contests.tests.helpers import image_upload

pytestmark = pytest.mark.django_db

ROLES = [None, "citizen", "staff", "editor", "moderator", "judge", "manager"]


@pytest.fixture(scope="module")
def module_logo_round(module_db):
    setup = make_judging(entries=1, judges=1, kind="logo", code_prefix="LX")
    clean = reencode(image_upload())
    setup.entries[0].logo.save(clean.name, clean)
    return setup


@pytest.fixture
def logo_round(module_logo_round):
    """One logo entry with one judge assigned, built once, fresh for each test."""
    return fresh(module_logo_round)


@pytest.mark.parametrize("username", ROLES)
def test_unpublished_logos_are_for_managers_assigned_judges_and_the_author(
    sign_in, logo_round, username
):
    entry = logo_round.entries[0]
    url = reverse("contests:logo", args=[entry.code])
    client = sign_in(username)
    assert client.get(url).status_code == (200 if username == "manager" else 404)
    client.force_login(logo_round.judges[0])
    assert client.get(url).status_code == 200
    client.force_login(entry.author)
    assert client.get(url).status_code == 200


def test_logos_are_not_in_public_media(client, logo_round, settings):
    entry = logo_round.entries[0]
    assert entry.logo.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not entry.logo.path.startswith(str(settings.MEDIA_ROOT))
    assert client.get(f"/media/{entry.logo.name}").status_code == 404


@pytest.mark.parametrize("username", [None, "citizen", "staff", "editor", "moderator", "manager"])
def test_only_judges_open_the_judging_pages(sign_in, logo_round, username):
    client = sign_in(username)
    assignment = Assignment.objects.get(round=logo_round.round)
    urls = [
        reverse("contests:judging"),
        reverse("contests:score", args=[assignment.round_id, assignment.entry.code]),
        reverse("contests:conflict", args=[assignment.round_id, assignment.entry.code]),
    ]
    for url in urls:
        assert client.get(url).status_code in (302, 403), url


def test_a_judge_who_is_not_assigned_gets_no_entry(sign_in, logo_round):
    client = sign_in("judge")
    assignment = Assignment.objects.get(round=logo_round.round)
    url = reverse("contests:score", args=[assignment.round_id, assignment.entry.code])
    assert client.get(url).status_code == 403
    assert assignment.entry.code not in client.get(reverse("contests:judging")).content.decode()


def _unused_code(code):
    """A code of the same shape as ``code`` that no entry has."""
    prefix, digits = code.split("-")
    unused = f"{prefix}-{(int(digits) + 5000) % 10_000:04d}"
    assert not Entry.objects.filter(code=unused).exists()
    return unused


def _same_page(hidden, missing, code, unused):
    """The two answers are one page but for the address asked for (in the language
    switcher and the sign-in link)."""
    return hidden.content.replace(code.encode(), unused.encode()) == missing.content


@pytest.mark.parametrize("username", [None, "citizen", "staff", "editor", "judge"])
def test_a_logo_one_may_not_open_answers_as_a_code_that_does_not_exist(
    sign_in, logo_round, username
):
    """Otherwise 403 against 404 tells which of the 10 000 codes of a prefix exist."""
    code, unused = logo_round.entries[0].code, _unused_code(logo_round.entries[0].code)
    client = sign_in(username)
    hidden = client.get(reverse("contests:logo", args=[code]))
    missing = client.get(reverse("contests:logo", args=[unused]))
    assert hidden.status_code == missing.status_code == 404
    assert _same_page(hidden, missing, code, unused)


@pytest.mark.parametrize(
    ("username", "method", "name", "with_round"),
    [
        ("judge", "get", "contests:score", True),
        ("judge", "post", "contests:score", True),
        ("judge", "get", "contests:conflict", True),
        ("staff", "get", "contests:edit_entry", False),
        ("staff", "post", "contests:withdraw_entry", False),
    ],
)
def test_entry_pages_answer_alike_for_codes_one_may_not_open_and_missing_ones(
    sign_in, logo_round, username, method, name, with_round
):
    """A judge not assigned to the entry, and staff who did not write it."""
    code, unused = logo_round.entries[0].code, _unused_code(logo_round.entries[0].code)
    client = sign_in(username)
    responses = []
    for probe in (code, unused):
        args = [logo_round.round.pk, probe] if with_round else [probe]
        responses.append(getattr(client, method)(reverse(name, args=args)))
    hidden, missing = responses
    assert hidden.status_code == missing.status_code and hidden.status_code in (403, 404)
    assert _same_page(hidden, missing, code, unused)
