"""A learner's own pages and actions: My learning, enrolling, marking a lesson done."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from training.access import learner_required
from training.learning import TrainingError, complete_lesson, enrol
from training.models import CoursePage, LessonPage
from training.progress import course_progress, learning_overview


def _live(model, pk):
    page = model.objects.live().filter(pk=pk).first()
    if page is None:
        raise Http404
    return page


@learner_required
def my_learning(request):
    courses = learning_overview(request.user)
    done = sum(progress.done for progress in courses)
    total = sum(progress.total for progress in courses)
    return render(
        request,
        "training/my_learning.html",
        {
            "courses": courses,
            "overall": round(100 * done / total) if total else 0,
            "completed": sum(progress.complete for progress in courses),
        },
    )


@require_POST
@learner_required
def enrol_view(request, course_id):
    course = _live(CoursePage, course_id)
    enrol(request.user, course)
    messages.success(request, _("You are enrolled. Start with the first lesson."))
    step = course_progress(request.user, course).next_step
    return redirect(step.page.get_url(request) if step else course.get_url(request))


@require_POST
@learner_required
def complete_view(request, lesson_id):
    lesson = _live(LessonPage, lesson_id)
    course = course_progress(request.user, lesson).course
    try:
        certificate = complete_lesson(request.user, lesson)
    except TrainingError as error:
        messages.warning(request, str(error))
        return redirect(course.get_url(request))
    if certificate is not None:
        messages.success(request, _("You completed the course: your certificate is ready."))
        return redirect(reverse("training:certificate", args=[course.pk]))
    messages.success(request, _("Lesson marked as done."))
    step = course_progress(request.user, course).next_step
    return redirect(step.page.get_url(request) if step else course.get_url(request))
