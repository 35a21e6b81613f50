"""What waits in training (see ``core.home``): a learner's courses in progress and,
for supervisors, their office's completion of each course."""

from django.contrib.auth import get_user_model
from django.db.models import Count
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core import home
from core.routing import subpage_url
from training.access import is_learner, is_supervisor
from training.models.pages import CourseIndexPage, CoursePage
from training.models.progress import Certificate
from training.progress import learning_overview
from training.report import report_courses


def _index(request):
    """The course index in the active language (where My learning and the report live)."""
    return CourseIndexPage.objects.live().filter(locale=Locale.get_active()).first()


@home.panel(30)
def courses_in_progress(request):
    if not is_learner(request.user):
        return None
    started = [p for p in learning_overview(request.user) if not p.complete]
    index = _index(request)
    return home.Panel(
        key="courses",
        title=_("Courses in progress"),
        count=len(started),
        items=[
            home.Link(
                progress.course.title,
                progress.course.get_url(request),
                detail=_("%(done)d of %(total)d steps")
                % {"done": progress.done, "total": progress.total},
            )
            for progress in reversed(started[-home.ITEMS_PER_PANEL :])
        ],
        more=home.Link(_("My learning"), subpage_url(index, "my_learning", request=request))
        if index
        else None,
        empty=_("You have no course in progress."),
    )


@home.panel(60)
def office_completion(request):
    """Per course: how many of the supervisor's office's staff hold its certificate."""
    user = request.user
    if not is_supervisor(user):
        return None
    profile = getattr(user, "staff_profile", None)
    office_id = profile.office_id if profile else None
    index = _index(request)
    report = subpage_url(index, "report", request=request) if index else ""
    people = subpage_url(index, "office_people", request=request) if index else ""
    if office_id is None or index is None:
        return home.Panel(
            key="office-training",
            title=_("Your office's training"),
            empty=_("Your staff profile names no office, so there is no office to report on."),
            more=home.Link(_("Completion report"), report) if report else None,
        )
    staff = (
        get_user_model().objects.filter(staff_profile__office_id=office_id, is_active=True).count()
    )
    courses = report_courses(CoursePage.objects.all())
    done = dict(
        Certificate.objects.filter(course__in=courses, user__staff_profile__office_id=office_id)
        .values("course_id")
        .annotate(n=Count("pk"))
        .values_list("course_id", "n")
    )
    return home.Panel(
        key="office-training",
        title=_("Your office's training"),
        count=len(courses),
        items=[
            home.Link(
                course.title,
                f"{people}?course={course.pk}",
                detail=_("%(done)d of %(total)d staff completed")
                % {"done": done.get(course.pk, 0), "total": staff},
            )
            for course in courses[: home.ITEMS_PER_PANEL]
        ],
        progress=(sum(done.values()), staff * len(courses)) if courses and staff else None,
        more=home.Link(_("Your office's staff and their courses"), people),
        empty=_("There are no courses yet."),
    )
