"""What waits in satisfaction surveys (see ``core.home``): a survey manager's
campaigns at their offices with their answers so far, and an open public survey
among the top tasks."""

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core import home
from surveys.access import may_report, offices_for
from surveys.models import Survey


@home.panel(80)
def campaigns(request):
    """Campaigns at the user's offices that are open or still to open, newest first."""
    if not may_report(request.user):
        return None
    today = timezone.localdate()
    current = (
        Survey.objects.filter(offices__in=offices_for(request.user), closes_on__gte=today)
        .distinct()
        .order_by("-opens_on", "pk")
    )
    latest = list(
        current.annotate(answer_count=Count("responses", distinct=True))[: home.ITEMS_PER_PANEL]
    )
    return home.Panel(
        key="surveys",
        title=_("Your survey campaigns"),
        count=current.count(),
        items=[
            home.Link(
                f"{survey.title} ({survey.label})",
                reverse("surveys:report", args=[survey.pk]),
                detail=(
                    _("%(count)d answers") % {"count": survey.answer_count}
                    if survey.is_open(today)
                    else _("Opens on %(day)s") % {"day": survey.opens_on}
                ),
            )
            for survey in latest
        ],
        more=home.Link(_("Survey reports"), reverse("surveys:reports")),
        empty=_("No survey is open at your offices."),
    )


@home.task(40)
def open_survey(request):
    """The newest public survey (by QR code and link) open today, if any."""
    today = timezone.localdate()
    survey = (
        Survey.objects.filter(by_qr=True, opens_on__lte=today, closes_on__gte=today)
        .order_by("-opens_on", "pk")
        .first()
    )
    if survey is None:
        return None
    return home.Link(_("Tell us about our service"), reverse("surveys:form", args=[survey.slug]))
