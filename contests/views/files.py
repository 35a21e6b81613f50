"""Logo files, served from private storage only to those who may open the entry."""

from django.http import FileResponse, Http404

from contests.access import can_open_entry
from contests.models import Entry
from core.events import security_event


def logo(request, code):
    """The logo of entry ``code``. Whoever may not open the entry gets the same 404 as
    for a code that does not exist: codes are short, and must not be probed."""
    entry = Entry.objects.select_related("category__contest").filter(code=code).first()
    if entry is not None and not can_open_entry(request.user, entry):
        security_event("contests.logo.denied", request, code=code)
        raise Http404
    if entry is None or not entry.logo:
        raise Http404
    try:
        handle = entry.logo.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, content_type="image/png")
    # The random stored name is not sent: the download is named after the code.
    response["Content-Disposition"] = f'inline; filename="{entry.code}.png"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
