"""Template context every page shares."""

from django.utils.functional import SimpleLazyObject

from portal import organisation as organisation_settings


def organisation(request):
    """``organisation``: the site's organisation settings (see ``portal.organisation``)."""
    return {"organisation": SimpleLazyObject(lambda: organisation_settings.for_request(request))}
