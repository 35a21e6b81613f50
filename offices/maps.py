"""Map links: https addresses on OpenStreetMap or Google Maps, shown as plain links
(never an embedded map or a script from elsewhere)."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

OPENSTREETMAP, GOOGLE_MAPS = "OpenStreetMap", "Google Maps"
# Host -> (the path every map address on it starts with, the service's name).
MAP_HOSTS = {
    "www.openstreetmap.org": ("/", OPENSTREETMAP),
    "openstreetmap.org": ("/", OPENSTREETMAP),
    "osm.org": ("/", OPENSTREETMAP),
    "www.google.com": ("/maps", GOOGLE_MAPS),
    "google.com": ("/maps", GOOGLE_MAPS),
    "maps.google.com": ("/", GOOGLE_MAPS),
    "maps.app.goo.gl": ("/", GOOGLE_MAPS),
    "goo.gl": ("/maps", GOOGLE_MAPS),
}


def map_service(url):
    """The name of the map service ``url`` opens, or None if it is no map link we accept."""
    parts = urlsplit(url or "")
    try:
        port = parts.port
    except ValueError:
        return None
    prefix, service = MAP_HOSTS.get((parts.hostname or "").lower(), (None, None))
    if (
        parts.scheme != "https"
        or prefix is None
        or not parts.path.startswith(prefix)
        or parts.username
        or parts.password
        or port is not None
    ):
        return None
    return service


def validate_map_link(url):
    if map_service(url) is None:
        raise ValidationError(
            _("Enter an https link to OpenStreetMap or Google Maps."), code="invalid_map_link"
        )
