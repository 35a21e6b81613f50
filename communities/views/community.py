"""A community's home: its topics, members, knowledge base and the reader's actions."""

from communities import access
from communities.listing import community_context


@access.staff_required
def community_home(request, page):
    """The topic list of the community ``page`` (any language) is a page of, at the
    page's own URL."""
    return page.render(request, context_overrides=community_context(page, request))
