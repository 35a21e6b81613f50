"""Logo files, served from private storage only to those who may open the entry."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from contests.access import can_open_entry, deny
from contests.models import Entry


def logo(request, code):
    entry = get_object_or_404(Entry.objects.select_related("category__contest"), code=code)
    if not entry.logo:
        raise Http404
    if not can_open_entry(request.user, entry):
        return deny(request)
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
