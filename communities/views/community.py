"""A community's home: its topics, members, knowledge base and the reader's actions."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from communities import access
from communities.listing import community_context
from communities.models import CommunityPage
from core.privacy import can_view


@access.staff_required
def community_home(request, page_id):
    """The page's community in the page's language (the URL of a live CommunityPage)."""
    page = get_object_or_404(CommunityPage.objects.live().select_related("locale"), pk=page_id)
    if not can_view(page, request.user):
        raise Http404
    context = {"page": page, "self": page, **community_context(page, request)}
    return TemplateResponse(request, "communities/community_page.html", context)
