"""Complaints on the portal search page: complaint officers, office heads and
executives only, and only the complaints each may open (``access.visible``);
nobody else is offered the type or finds a complaint."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from complaints import access
from search.highlight import snippet


def complaint_querysets(user):
    if not access.is_officer(user):
        return []
    return [access.visible(user)]


def describe(complaints, terms, request):
    """Result rows for one page of complaint hits (one query)."""
    ids = [complaint.pk for complaint in complaints]
    by_id = access.visible(request.user).select_related("office").in_bulk(ids)
    rows = []
    for complaint in (by_id[pk] for pk in ids if pk in by_id):
        rows.append(
            {
                "title": f"{complaint.reference} {complaint.subject}",
                "url": reverse("complaints:officer_detail", args=[complaint.reference]),
                "type": complaint.get_kind_display(),
                "section": complaint.office.code if complaint.office else "",
                "language": "",
                "language_code": complaint.language,
                "date": complaint.received_at,
                "snippet": snippet(complaint.description, terms),
            }
        )
    return rows


LABEL = _("Complaints")
