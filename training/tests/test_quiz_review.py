"""Quiz review follows Moodle's default: which questions were wrong after a failed
attempt, the right answers and explanations once passed; configurable per quiz."""

import re

import pytest

from training.factories import MULTIPLE, SINGLE
from training.models import QuizAttempt
from training.tests.helpers import answers, option_ids

pytestmark = [pytest.mark.django_db]


def attempt_quiz(client, quiz, passing):
    client.get(quiz.url)
    attempt = QuizAttempt.objects.get(quiz=quiz, submitted_at__isnull=True)
    singles, multiples = option_ids(quiz, SINGLE), option_ids(quiz, MULTIPLE)
    chosen = [singles[0]] if passing else [singles[1]]
    data = answers(**{SINGLE: chosen, MULTIPLE: multiples[:1] if passing else multiples})
    fields = {key: data.getlist(key) for key in data}
    response = client.post(quiz.url, {**fields, "attempt": attempt.pk}, follow=True)
    return response.content.decode()


def shows_answers(html):
    return "review__option--correct" in html or "เพราะ" in html


def test_a_failed_attempt_shows_what_was_wrong_but_not_the_answers(client, quiz):
    html = attempt_quiz(client, quiz, passing=False)
    assert re.findall(r'data-correct="(yes|no)"', html) == ["no", "no"]
    assert not shows_answers(html)
    assert 'id="answers-hidden"' in html
    assert re.search(r'class="button button--primary" href="[^"]+" id="retry-quiz"', html)


def test_once_passed_every_attempt_shows_the_answers_and_explanations(client, quiz):
    failed = attempt_quiz(client, quiz, passing=False)
    assert not shows_answers(failed)
    passed = attempt_quiz(client, quiz, passing=True)
    assert shows_answers(passed) and "เพราะถูก" in passed
    assert 'id="retry-quiz"' not in passed and 'id="answers-hidden"' not in passed
    first = QuizAttempt.objects.filter(quiz=quiz, passed=False).get()
    again = client.get(quiz.url + quiz.reverse_subpage("attempt", args=[first.pk]))
    assert shows_answers(again.content.decode())


@pytest.mark.parametrize(
    ("policy", "passing", "shown"),
    [("always", False, True), ("always", True, True), ("never", True, False)],
    ids=["always-failed", "always-passed", "never-passed"],
)
def test_each_quiz_sets_its_own_policy(client, quiz, policy, passing, shown):
    quiz.review_policy = policy
    quiz.save(update_fields=["review_policy"])
    html = attempt_quiz(client, quiz, passing=passing)
    assert shows_answers(html) == shown
    assert re.findall(r'data-correct="(yes|no)"', html)  # which were wrong always shows
