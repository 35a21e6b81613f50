"""References and tracking codes.

A reference reads ``R7-2569-000123``: the Buddhist Era year the complaint was
received in and its number in that year. Numbers come from one counter row per
year, incremented inside the filing transaction, so a rolled-back filing gives its
number back and the numbers have no gaps; ``(year, number)`` is unique in the
database as well. The tracking code is a secret shown once to the complainant;
only its SHA-256 is stored (it is random and long enough not to need a slow hash).
"""

import hashlib
import hmac
import secrets

from django.db.models import F

from complaints.models import ReferenceCounter
from core import throttle
from core.dates import BUDDHIST_ERA_OFFSET
from core.working_time import BANGKOK

PREFIX = "R7"
# No 0/O, 1/I/L: a code read aloud over the phone survives.
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CODE_LENGTH = 10


def buddhist_year(moment):
    return moment.astimezone(BANGKOK).year + BUDDHIST_ERA_OFFSET


def next_reference(moment):
    """(year, number, reference) for a complaint received at ``moment``; call it
    inside the transaction that saves the complaint."""
    year = buddhist_year(moment)
    ReferenceCounter.objects.get_or_create(year=year)
    ReferenceCounter.objects.filter(year=year).update(last=F("last") + 1)
    number = ReferenceCounter.objects.values_list("last", flat=True).get(year=year)
    return year, number, f"{PREFIX}-{year}-{number:06d}"


def new_tracking_code():
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(_CODE_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def normalise_code(code):
    """The code as typed, in capitals without spaces or hyphens."""
    return "".join(char for char in str(code).upper() if char.isalnum())


def hash_code(code):
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def code_matches(complaint, code):
    return hmac.compare_digest(complaint.tracking_hash, hash_code(code))


# Looking complaints up by reference and code (the tracking page and the API):
# failures are counted per client address and lock it out for a while.
FINDING_LIMIT, FINDING_WINDOW = 10, 900


def _failures(address):
    return throttle.key("complaints:track", address)


def guessing_locked_out(address):
    return throttle.count(_failures(address)) >= FINDING_LIMIT


def count_failure(address):
    throttle.hit(_failures(address), FINDING_WINDOW)
