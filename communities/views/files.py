"""Attachments are served only to those who may see their post."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from communities import access
from communities.models import Attachment
from core.uploads import private_file_response


@access.staff_required
def attachment(request, attachment_id):
    found = get_object_or_404(
        Attachment.objects.select_related("post__topic", "post__author"), pk=attachment_id
    )
    if not access.may_see_post(request.user, found.post):
        raise Http404
    return private_file_response(found.file, found.content_type, found.original_name)
