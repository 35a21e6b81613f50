"""Quiz attempts: shuffled order, scoring on known answers, and tampered input."""

import pytest

from training import quiz as quizzes
from training.factories import MULTIPLE, SINGLE
from training.models import QuizAttempt
from training.tests.helpers import answers, option_ids
from training.tests.i18n import in_thai

pytestmark = [pytest.mark.django_db]


def start(client, quiz):
    response = client.get(quiz.url)
    assert response.status_code == 200
    return QuizAttempt.objects.get(quiz=quiz, submitted_at__isnull=True)


def post(client, quiz, attempt, data):
    fields = {key: data.getlist(key) for key in data}  # every value of a checkbox group
    return client.post(quiz.url, {**fields, "attempt": attempt.pk}, follow=True)


def test_each_attempt_stores_its_question_order(client, learner, quiz):
    attempt = start(client, quiz)
    assert sorted(attempt.question_order) == sorted([SINGLE, MULTIPLE])
    assert start(client, quiz) == attempt  # a reload resumes it
    body = client.get(quiz.url).content.decode()
    assert body.count("<fieldset") == 2 and body.count("<legend>") == 2
    assert 'type="radio"' in body and 'type="checkbox"' in body


@pytest.mark.parametrize(
    ("single", "multiple", "score", "passed"),
    [
        ([0], [0, 1], 100, True),
        ([0], [0], 50, True),  # a multiple-choice question needs exactly the right set
        ([1], [0, 1, 2], 0, False),
        ([1], [0, 1], 50, True),
    ],
)
def test_scores_known_answers(client, learner, quiz, single, multiple, score, passed):
    attempt = start(client, quiz)
    singles, multiples = option_ids(quiz, SINGLE), option_ids(quiz, MULTIPLE)
    data = answers(
        **{SINGLE: [singles[i] for i in single], MULTIPLE: [multiples[i] for i in multiple]}
    )
    response = post(client, quiz, attempt, data)
    attempt.refresh_from_db()
    assert (attempt.score, attempt.passed, attempt.total) == (score, passed, 2)
    assert response.redirect_chain[-1][0].endswith(f"/attempts/{attempt.pk}/")
    body = response.content.decode()
    assert f"({score}%)" in body
    # the explanations show once passed (the quiz's default review policy)
    assert ("เพราะผิด" in body) == (single == [1] and passed)


def right(quiz):
    return answers(
        **{SINGLE: option_ids(quiz, SINGLE)[:1], MULTIPLE: option_ids(quiz, MULTIPLE)[:2]}
    )


def test_a_score_in_the_request_is_ignored(client, learner, quiz):
    attempt = start(client, quiz)
    data = answers(
        **{SINGLE: option_ids(quiz, SINGLE)[1:], MULTIPLE: option_ids(quiz, MULTIPLE)[2:]}
    )
    data.update({"score": "100", "passed": "on", "correct": "2"})
    post(client, quiz, attempt, data)
    attempt.refresh_from_db()
    assert (attempt.score, attempt.passed, attempt.correct) == (0, False, 0)


@pytest.mark.parametrize("tamper", ["foreign question", "foreign option", "two radios"])
def test_tampered_answers_are_rejected_and_nothing_is_saved(client, learner, quiz, tamper):
    attempt = start(client, quiz)
    data = right(quiz)
    if tamper == "foreign question":
        data.setlist("q-not-in-this-attempt", [option_ids(quiz, SINGLE)[0]])
        message = in_thai("The answers include a question that is not in this attempt.")
    elif tamper == "foreign option":
        data.setlist(f"q-{SINGLE}", [option_ids(quiz, MULTIPLE)[0]])
        message = in_thai("The answers include an option that is not part of its question.")
    else:
        data.setlist(f"q-{SINGLE}", option_ids(quiz, SINGLE))
        message = in_thai("Choose only one answer for a single-choice question.")
    response = post(client, quiz, attempt, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.answers == {}


def test_unanswered_questions_keep_the_chosen_answers(client, learner, quiz):
    attempt = start(client, quiz)
    chosen = option_ids(quiz, SINGLE)[0]
    response = client.post(quiz.url, {"attempt": attempt.pk, f"q-{SINGLE}": chosen})
    body = response.content.decode()
    assert response.status_code == 200
    assert (
        in_thai("Answer every question before you submit.") in body
        and in_thai("Answer this question.") in body
    )
    assert f'value="{chosen}" checked' in body
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_resubmitting_a_finished_attempt_changes_nothing(client, learner, quiz):
    attempt = start(client, quiz)
    post(client, quiz, attempt, right(quiz))
    attempt.refresh_from_db()
    finished = (attempt.submitted_at, attempt.answers, attempt.score)
    wrong = answers(
        **{SINGLE: option_ids(quiz, SINGLE)[1:], MULTIPLE: option_ids(quiz, MULTIPLE)[2:]}
    )
    response = post(client, quiz, attempt, wrong)  # a double submit, or the back button
    assert (
        in_thai("This attempt was already submitted; your answers were not changed.")
        in response.content.decode()
    )
    attempt.refresh_from_db()
    assert (attempt.submitted_at, attempt.answers, attempt.score) == finished
    assert QuizAttempt.objects.filter(user=learner, submitted_at__isnull=False).count() == 1


def test_someone_elses_attempt_is_not_found(client, learner, quiz, user_for):
    other = quizzes.start_attempt(user_for("staff"), quiz, quiz.pk)
    response = post(client, quiz, other, right(quiz))
    assert in_thai("This quiz attempt does not exist.") in response.content.decode()
    other.refresh_from_db()
    assert other.submitted_at is None
    assert client.post(quiz.url, {"attempt": "x"}, follow=True).status_code == 200


def test_history_is_kept_and_the_best_score_counts(client, learner, quiz):
    from training.progress import course_progress

    first = start(client, quiz)
    post(client, quiz, first, right(quiz))
    second = start(client, quiz)
    assert second != first
    wrong = answers(
        **{SINGLE: option_ids(quiz, SINGLE)[1:], MULTIPLE: option_ids(quiz, MULTIPLE)[2:]}
    )
    response = post(client, quiz, second, wrong)
    assert QuizAttempt.objects.filter(user=learner, submitted_at__isnull=False).count() == 2
    assert f"({in_thai('best')})" in response.content.decode()
    step = course_progress(learner, quiz).step_for(quiz)
    assert step.done and step.best_score == 100


def test_results_belong_to_their_owner(client, learner, quiz, user_for):
    attempt = start(client, quiz)
    post(client, quiz, attempt, right(quiz))
    client.force_login(user_for("staff"))
    assert client.get(f"{quiz.url}attempts/{attempt.pk}/").status_code == 404
