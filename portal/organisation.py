"""The organisation's settings (name, address, contacts) for a request's site, read
from the database once per site version: every page's header, title and footer
show them, and certificates and PDFs print them."""

from wagtail.models import Site

from core import site_version
from portal.models import OrganisationSettings


def for_request(request):
    site = Site.find_for_request(request)
    if site is None:
        return OrganisationSettings()
    return site_version.cached(
        f"organisation:{site.pk}", lambda: OrganisationSettings.for_site(site)
    )


def saved(sender, created=False, **kwargs):
    """Edited settings replace the site version; their first save, with the
    defaults ``for_site`` creates, changes nothing a reader sees."""
    if not created:
        site_version.changed()
