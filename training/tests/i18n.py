"""Messages as a Thai reader sees them (the test pages are under /th/)."""

from django.utils import translation


def in_thai(message):
    with translation.override("th"):
        return translation.gettext(message)
