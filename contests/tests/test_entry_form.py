"""The entry form: a word and character counter against the category's limits, the
primary button, and what a person reads when submissions are not open."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from contests.factories import CategoryFactory, ContestFactory
from contests.textlimits import count_characters, count_words

pytestmark = pytest.mark.django_db

TEXT = "ยิ้มรับทุกคำถาม ใส่ใจทุกผู้เสียภาษี"


def _url(category):
    return reverse("contests:submit", args=[category.pk])


def test_the_counter_starts_from_the_servers_count_of_the_typed_text(sign_in):
    category = CategoryFactory(max_words=3, max_characters=100)
    response = sign_in("staff").post(_url(category), {"title": "คำขวัญ", "text": TEXT})
    html = response.content.decode()
    words, characters = count_words(TEXT), count_characters(TEXT)
    assert words > 3  # over the limit: the form refuses it and shows the counts
    assert f'data-words="{words}" data-characters="{characters}"' in html
    assert 'id="id_text_counter" aria-live="polite"' in html
    assert re.search(r'<textarea[^>]*data-max-words="3"[^>]*data-max-characters="100"', html)
    assert re.search(r'<textarea[^>]*aria-describedby="[^"]*id_text_counter', html)
    assert "js/text-counter.js" in html


def test_the_send_button_is_the_primary_one(sign_in):
    html = sign_in("staff").get(_url(CategoryFactory())).content.decode()
    assert re.search(r'<button class="button button--primary" type="submit">', html)
    assert html.count("data-error-summary") == 0


def test_before_submissions_open_the_page_says_when(sign_in):
    now = timezone.now()
    contest = ContestFactory(
        submission_opens=now + timedelta(days=3), submission_closes=now + timedelta(days=10),
        judging_opens=now + timedelta(days=11), judging_closes=now + timedelta(days=20),
    )  # fmt: skip
    html = sign_in("staff").get(_url(CategoryFactory(contest=contest))).content.decode()
    assert 'id="submissions-not-open"' in html and 'id="entry-form"' not in html
    assert str(contest.submission_opens.year + 543) in html  # a Thai date


def test_after_submissions_close_the_page_says_what_happens_next(sign_in):
    category = CategoryFactory(contest=ContestFactory(judging=True))
    html = sign_in("staff").get(_url(category)).content.decode()
    assert 'id="submissions-closed"' in html and 'id="entry-form"' not in html
    assert reverse("contests:my_entries") in html
