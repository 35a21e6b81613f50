"""Attachments are served only to those who may see their post."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from communities import access
from communities.models import Attachment


@access.staff_required
def attachment(request, attachment_id):
    found = get_object_or_404(
        Attachment.objects.select_related("post__topic", "post__author"), pk=attachment_id
    )
    if not access.may_see_post(request.user, found.post):
        raise Http404
    try:
        handle = found.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(
        handle,
        content_type=found.content_type,
        as_attachment=not found.is_image,
        filename=found.original_name,
    )
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
