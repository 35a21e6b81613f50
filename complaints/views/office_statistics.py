"""The statistics page of an office head (their office and its branches) and of
executives (any office, or the whole region): the public figures plus the
overdue complaints and each officer's workload."""

from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from complaints import office_statistics, statistics
from complaints.views.statistics import StatisticsForm, figures_context
from core.access import deny, required


def _refuse(request):
    return deny(request, _("Only office heads and executives may open this."))


@required(office_statistics.may_see, _refuse)
def office_statistics_page(request):
    form = StatisticsForm(request.GET or None)
    period, chosen = form.chosen()
    allowed, office = office_statistics.scope(request.user, chosen)
    chooses = allowed and office_statistics.may_choose(request.user)
    context = {"form": form if chooses else None, "period": period, "office": office,
               "allowed": allowed}  # fmt: skip
    if allowed:
        now = timezone.now()
        context.update(
            figures_context(statistics.report(period, office, now)),
            overdue=office_statistics.overdue(request.user, office, now),
            workload=office_statistics.workload(request.user, office, period, now),
        )
    return render(request, "complaints/office_statistics.html", context)
