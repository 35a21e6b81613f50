"""Quiz attempts: a shuffled question order per attempt, answers checked and scored
on the server from the quiz's own data (nothing the browser sends about scores counts).

Question ids are the StreamField block ids and option ids the list item ids; both
are the same in every translation of a quiz.
"""

import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from training.blocks import QuestionBlock
from training.learning import TrainingError
from training.models.progress import QuizAttempt

FIELD_PREFIX = "q-"


class QuizError(TrainingError):
    """Answers that cannot be accepted (tampered or stale); nothing was saved."""


class AlreadySubmitted(QuizError):
    def __init__(self, attempt):
        super().__init__(_("This attempt was already submitted; your answers were not changed."))
        self.attempt = attempt


class Unanswered(QuizError):
    def __init__(self, answers, missing):
        super().__init__(_("Answer every question before you submit."))
        self.answers, self.missing = answers, missing


def questions(quiz):
    """{question id: question value}, in the order the editor wrote them."""
    return {child.id: child.value for child in quiz.questions}


def options(question):
    """[(option id, option value)] of one question."""
    return [(item.id, item.value) for item in question["options"].bound_blocks]


def correct_ids(question):
    return {option_id for option_id, option in options(question) if option["correct"]}


def start_attempt(user, quiz, source_id):
    """The learner's open attempt at ``quiz`` (in any language; ``source_id`` is the
    source-language page's id), or a new one with its own question order."""
    attempts = QuizAttempt.objects.filter(
        user=user, quiz__translation_key=quiz.translation_key, submitted_at__isnull=True
    )
    attempt = attempts.first()
    if attempt is None:
        order = list(questions(quiz))
        secrets.SystemRandom().shuffle(order)
        # A parallel request may open one first: the constraint keeps one, we use it.
        QuizAttempt.objects.bulk_create(
            [QuizAttempt(user=user, quiz_id=source_id, question_order=order)],
            ignore_conflicts=True,
        )
        attempt = attempts.get()
    return attempt


def preview_attempt(quiz):
    """An unsaved attempt in the editor's question order, for the page preview."""
    return QuizAttempt(quiz=quiz, question_order=list(questions(quiz)))


def submitted_attempts(user, quiz):
    """``user``'s submitted attempts at ``quiz`` (in any language)."""
    return QuizAttempt.objects.filter(
        user=user, quiz__translation_key=quiz.translation_key, submitted_at__isnull=False
    )


def read_answers(data, attempt, quiz):
    """{question id: [option ids]} from a POST, refusing anything not in the attempt."""
    asked = {qid: q for qid, q in questions(quiz).items() if qid in attempt.question_order}
    answers = {}
    for key in data:
        if not key.startswith(FIELD_PREFIX):
            continue
        question = asked.get(key.removeprefix(FIELD_PREFIX))
        if question is None:
            raise QuizError(_("The answers include a question that is not in this attempt."))
        chosen = set(data.getlist(key))
        valid = [option_id for option_id, _option in options(question)]
        if not chosen <= set(valid):
            raise QuizError(_("The answers include an option that is not part of its question."))
        if question["kind"] == QuestionBlock.SINGLE and len(chosen) > 1:
            raise QuizError(_("Choose only one answer for a single-choice question."))
        answers[key.removeprefix(FIELD_PREFIX)] = [o for o in valid if o in chosen]
    missing = [qid for qid in attempt.question_order if qid in asked and not answers.get(qid)]
    return answers, missing


def grade(quiz, order, answers):
    """(correct, total): a question counts when exactly its correct options were chosen."""
    asked = questions(quiz)
    in_order = [qid for qid in order if qid in asked]
    correct = sum(set(answers.get(qid, ())) == correct_ids(asked[qid]) for qid in in_order)
    return correct, len(in_order)


def submit(user, attempt_id, quiz, data):
    """Score and close the attempt at ``quiz`` (in any language) from the source-language
    quiz's answers; raise QuizError, with nothing saved, on bad input."""
    try:
        attempt_id = int(attempt_id)
    except (TypeError, ValueError):
        raise QuizError(_("This quiz attempt does not exist.")) from None
    with transaction.atomic():
        attempt = (
            QuizAttempt.objects.select_for_update()
            .filter(pk=attempt_id, user=user, quiz__translation_key=quiz.translation_key)
            .select_related("quiz")
            .first()
        )
        if attempt is None:
            raise QuizError(_("This quiz attempt does not exist."))
        if attempt.is_submitted:
            raise AlreadySubmitted(attempt)
        source = attempt.quiz
        answers, missing = read_answers(data, attempt, source)
        if missing:
            raise Unanswered(answers, missing)
        correct, total = grade(source, attempt.question_order, answers)
        score = round(100 * correct / total) if total else 0
        closed = QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
            submitted_at=timezone.now(),
            answers=answers,
            correct=correct,
            total=total,
            score=score,
            passed=total > 0 and score >= source.pass_mark,
        )
        if not closed:  # a double submit got there first
            raise AlreadySubmitted(attempt)
        attempt.refresh_from_db()
    return attempt


def form_questions(attempt, quiz, answers=None):
    """The attempt's questions in its order, in ``quiz``'s language, for the form."""
    asked = questions(quiz)
    answers = answers or {}
    return [
        {
            "id": qid,
            "field": f"{FIELD_PREFIX}{qid}",
            "number": number,
            "text": asked[qid]["question"],
            "multiple": asked[qid]["kind"] == QuestionBlock.MULTIPLE,
            "options": [
                {"id": oid, "text": option["text"], "checked": oid in answers.get(qid, ())}
                for oid, option in options(asked[qid])
            ],
        }
        for number, qid in enumerate((q for q in attempt.question_order if q in asked), start=1)
    ]


def review(attempt, quiz, show_answers=True):
    """Each question of a submitted attempt with what was chosen and whether it was
    right; with ``show_answers``, also the right options and the explanations."""
    asked = questions(quiz)
    items = []
    for item in form_questions(attempt, quiz, attempt.answers):
        right = correct_ids(asked[item["id"]])
        explanations = {oid: option["explanation"] for oid, option in options(asked[item["id"]])}
        for option in item["options"]:
            option["correct"] = show_answers and option["id"] in right
            option["explanation"] = explanations[option["id"]] if show_answers else ""
        item["is_correct"] = set(attempt.answers.get(item["id"], ())) == right
        items.append(item)
    return items
