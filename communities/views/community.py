"""A community's home: its topics, members, knowledge base and the reader's actions."""

from django.template.response import TemplateResponse

from communities import access
from communities.listing import community_context
from communities.views.common import visible_page


@access.staff_required
def community_home(request, page_id):
    """The page's community in the page's language (the URL of a live CommunityPage
    the user may see)."""
    page = visible_page(request.user, page_id)
    context = {"page": page, "self": page, **community_context(page, request)}
    return TemplateResponse(request, "communities/community_page.html", context)
