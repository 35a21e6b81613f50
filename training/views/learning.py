"""A learner's own pages and actions: My learning, enrolling, marking a lesson done.

Routes of the training pages (``training.models.pages``) call these with the page.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.routing import subpage_url
from training.access import learner_required
from training.learning import TrainingError, complete_lesson, enrol
from training.progress import course_progress, learning_overview


@learner_required
def my_learning(request, index):
    courses = learning_overview(request.user)
    done = sum(progress.done for progress in courses)
    total = sum(progress.total for progress in courses)
    return render(
        request,
        "training/my_learning.html",
        {
            "index": index,
            "courses": courses,
            "overall": round(100 * done / total) if total else 0,
            "completed": sum(progress.complete for progress in courses),
        },
    )


@require_POST
@learner_required
def enrol_view(request, course):
    enrol(request.user, course)
    messages.success(request, _("You are enrolled. Start with the first lesson."))
    step = course_progress(request.user, course).next_step
    return redirect(step.page.get_url(request) if step else course.get_url(request))


@require_POST
@learner_required
def complete_view(request, lesson):
    course = course_progress(request.user, lesson).course
    try:
        certificate = complete_lesson(request.user, lesson)
    except TrainingError as error:
        messages.warning(request, str(error))
        return redirect(course.get_url(request))
    if certificate is not None:
        messages.success(request, _("You completed the course: your certificate is ready."))
        return redirect(subpage_url(course, "certificate", request=request))
    messages.success(request, _("Lesson marked as done."))
    step = course_progress(request.user, course).next_step
    return redirect(step.page.get_url(request) if step else course.get_url(request))
