"""Enrolling, finishing lessons and earning certificates: the rules, checked on the server."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from core.locales import source_page
from training.certificates import create_certificate
from training.models.progress import Enrolment, LessonCompletion
from training.progress import course_progress


class TrainingError(Exception):
    """A request the rules refuse; ``str(error)`` is the message for the learner."""


def enrol(user, course):
    enrolment, _created = Enrolment.objects.get_or_create(
        user=user, course_id=source_page(course).pk
    )
    return enrolment


def check_step(progress, page):
    """The step for ``page``; raise TrainingError unless it is open to the learner now."""
    if not progress.enrolled:
        raise TrainingError(_("Enrol on this course to start its lessons."))
    step = progress.step_for(page)
    if step is None:
        raise TrainingError(_("This page is not part of a published course."))
    if step.locked:
        raise TrainingError(_("This step is locked: finish the lessons before it first."))
    return step


def complete_lesson(user, lesson):
    """Mark ``lesson`` done (once) and return the certificate if the course is now complete."""
    progress = course_progress(user, lesson)
    step = check_step(progress, lesson)
    with transaction.atomic():
        LessonCompletion.objects.get_or_create(user=user, lesson_id=step.source_id)
        return issue_certificate(user, progress.course)


def issue_certificate(user, course):
    """``user``'s certificate for ``course``, issued now if the completion rule holds.

    Returns None while the rule does not hold.
    """
    progress = course_progress(user, course)
    if progress.certificate is not None:
        return progress.certificate
    if not progress.complete:
        return None
    return create_certificate(user, progress.course, progress.source_id)
