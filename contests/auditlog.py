"""The audit log in words: each event as a sentence and its changes as "old → new".

Events recorded before old values were kept list the new scores only.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from contests.models import AuditEvent
from contests.scoring import as_typed

NOTHING = "–"


@dataclass
class Line:
    """One event for the page: ``summary`` sentence and ``changes`` [(what, old, new)]."""

    summary: str
    changes: list = field(default_factory=list)


def _score(value):
    return as_typed(value) if value is not None else NOTHING


def _score_changes(detail):
    if "changes" in detail:
        changes = [(name, _score(old), _score(new)) for name, old, new in detail["changes"]]
        if detail.get("old_total") != detail.get("total"):
            changes.append(
                (_("Weighted total"), _score(detail.get("old_total")), _score(detail.get("total")))
            )
        return changes
    changes = [(name, None, _score(value)) for name, value in detail.get("scores", {}).items()]
    if detail.get("total") is not None:
        changes.append((_("Weighted total"), None, _score(detail["total"])))
    return changes


def _yes_no(flag, yes, no):
    return yes if flag else no


def describe(event):
    """A :class:`Line` for one :class:`AuditEvent`."""
    d = event.detail
    action = event.action
    if action in (AuditEvent.SCORE_SAVED, AuditEvent.SCORE_SUBMITTED):
        template = (
            _("Submitted scores for %(entry)s in round %(round)s.")
            if action == AuditEvent.SCORE_SUBMITTED
            else _("Saved draft scores for %(entry)s in round %(round)s.")
        )
        return Line(template % d, _score_changes(d))
    if action == AuditEvent.CONFLICT:
        return Line(
            _("Declared a conflict of interest with %(entry)s.") % d
            + " "
            + ngettext(
                "%(count)s round given to another judge.",
                "%(count)s rounds given to another judge.",
                d.get("reassigned", 0),
            )
            % {"count": d.get("reassigned", 0)}
        )
    if action == AuditEvent.ASSIGNED:
        how = (
            _("%(count)s judges per entry") % {"count": d["per_entry"]}
            if d.get("per_entry")
            else _("every panel judge to every entry")
        )
        return Line(
            ngettext(
                "Assigned judges in %(category)s, round %(round)s: %(added)s assignment added "
                "(%(how)s).",
                "Assigned judges in %(category)s, round %(round)s: %(added)s assignments added "
                "(%(how)s).",
                d.get("added", 0),
            )
            % {**d, "how": how}
        )
    if action == AuditEvent.ROUND_STARTED:
        return Line(
            ngettext(
                "Started round %(round)s of %(category)s with %(entries)s entry.",
                "Started round %(round)s of %(category)s with %(entries)s entries.",
                d.get("entries", 0),
            )
            % d
        )
    if action == AuditEvent.ROUND_CLOSED:
        return Line(_("Closed judging in %(category)s, round %(round)s.") % d)
    if action == AuditEvent.RESULTS_PUBLISHED:
        changes = [
            (
                _("Scores"),
                None,
                _yes_no(d.get("normalise"), _("normalised (z-score)"), _("as given")),
            ),
            (_("Mean"), None, _yes_no(d.get("trim"), _("trimmed"), _("plain"))),
            (
                _("Visible to"),
                None,
                _yes_no(d.get("public"), _("everyone"), _("signed-in staff")),
            ),
        ]
        for category, codes in d.get("winners", {}).items():
            changes.append((_("Winner in %(category)s") % {"category": category}, None,
                            ", ".join(codes) or NOTHING))  # fmt: skip
        return Line(_("Published the results."), changes)
    if action == AuditEvent.RESULTS_WITHDRAWN:
        return Line(_("Withdrew the results."))
    return Line(event.get_action_display())
