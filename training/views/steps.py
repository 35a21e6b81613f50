"""Serving lessons and quizzes to learners, in course order.

The ``before_serve_page`` hook has already turned away everyone who is not
staff; here a locked or not-yet-enrolled step sends the learner back to the
course page with a message saying why.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from training import quiz as quizzes
from training.learning import TrainingError, check_step, issue_certificate
from training.progress import course_progress


def _open_step(request, page):
    """(course, progress, step) when ``page`` is open to the learner, else a redirect."""
    progress = course_progress(request.user, page)
    try:
        step = check_step(progress, page)
    except TrainingError as error:
        messages.warning(request, str(error))
        return redirect(progress.course.get_url(request))
    return progress.course, progress, step


def _render(request, page, **extra):
    context = page.get_context(request)
    context.update(extra)
    return TemplateResponse(request, page.get_template(request), context)


def serve_lesson(request, lesson):
    if getattr(request, "is_preview", False):
        return _render(request, lesson)
    opened = _open_step(request, lesson)
    if not isinstance(opened, tuple):
        return opened
    course, progress, step = opened
    steps = progress.steps
    index = steps.index(step)
    return _render(
        request,
        lesson,
        course=course,
        progress=progress,
        step=step,
        previous_step=steps[index - 1] if index else None,
        next_step=steps[index + 1] if index + 1 < len(steps) else None,
    )


def serve_quiz(request, quiz):
    if getattr(request, "is_preview", False):
        preview = quizzes.preview_attempt(quiz)
        return _render(request, quiz, questions=quizzes.form_questions(preview, quiz))
    opened = _open_step(request, quiz)
    if not isinstance(opened, tuple):
        return opened
    course, progress, step = opened
    answers, missing = {}, []
    if request.method == "POST":
        try:
            attempt = quizzes.submit(request.user, request.POST.get("attempt"), quiz, request.POST)
        except quizzes.AlreadySubmitted as error:
            messages.info(request, str(error))
            return redirect(_result_url(request, quiz, error.attempt))
        except quizzes.Unanswered as error:
            messages.error(request, str(error))
            answers, missing = error.answers, error.missing
        except quizzes.QuizError as error:
            messages.error(request, str(error))
            return redirect(quiz.get_url(request))
        else:
            _announce(request, attempt, course)
            return redirect(_result_url(request, quiz, attempt))
    attempt = quizzes.start_attempt(request.user, quiz, step.source_id)
    return _render(
        request,
        quiz,
        course=course,
        progress=progress,
        step=step,
        attempt=attempt,
        questions=quizzes.form_questions(attempt, quiz, answers),
        missing=missing,
    )


def _announce(request, attempt, course):
    if not attempt.passed:
        messages.warning(request, _("You did not reach the pass mark this time. Try again."))
    elif issue_certificate(request.user, course):
        messages.success(
            request, _("You passed and completed the course: your certificate is ready.")
        )
    else:
        messages.success(request, _("You passed this quiz."))


def quiz_result(request, quiz, attempt_id):
    attempts = quizzes.submitted_attempts(request.user, quiz)
    attempt = attempts.filter(pk=attempt_id).first()
    if attempt is None:
        raise Http404
    progress = course_progress(request.user, quiz)
    history = list(attempts)
    show_answers = quiz.shows_answers(any(past.passed for past in history))
    return TemplateResponse(
        request,
        "training/quiz_result.html",
        {
            **quiz.get_context(request),
            "course": progress.course,
            "progress": progress,
            "attempt": attempt,
            "review": quizzes.review(attempt, quiz, show_answers),
            "show_answers": show_answers,
            "history": [(past, _result_url(request, quiz, past)) for past in history],
            "best": max(history, key=lambda past: past.score),
        },
    )


def _result_url(request, quiz, attempt):
    return quiz.get_url(request) + quiz.reverse_subpage("attempt", args=[attempt.pk])
