"""Who may enter, judge and manage contests, and who may open an entry or its logo."""

from django.utils.translation import gettext_lazy as _

from contests.models import ResultSnapshot
from contests.roles import is_entrant, is_judge, is_manager
from core import access


def can_see_results(user, contest):
    """Managers preview; others once published (staff always, everyone if public)."""
    if is_manager(user):
        return True
    if not contest.results_published:
        return False
    return contest.results_public or is_entrant(user)


def can_open_entry(user, entry):
    """Managers, the author, a judge assigned to it, or anyone who may see the published
    results when the entry won an award (only awarded works are shown there)."""
    if is_manager(user) or entry.author_id == user.pk:
        return True
    if is_judge(user) and entry.assignments.filter(judge=user).exists():
        return True
    snapshots = ResultSnapshot.objects.filter(round__entries=entry)
    awarded = any(
        row["entry"] == entry.pk and row["award"]
        for snapshot in snapshots
        for row in snapshot.data["rows"]
    )
    return awarded and can_see_results(user, entry.category.contest)


def deny(request, reason=None):
    return access.deny(
        request, reason or _("This part of the contests is not open to your account.")
    )


def _required(check, reason):
    return access.required(check, lambda request: deny(request, reason))


entrant_required = _required(is_entrant, _("Contest entries are for Revenue Department staff."))
judge_required = _required(is_judge, _("The judging pages are for the contest judges."))
manager_required = _required(is_manager, _("Contest management is for contest managers."))
