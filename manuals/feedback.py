"""Spam limits for "Was this page helpful?", counted by ``core.throttle`` and keyed
by the session and by a keyed hash of the client's address (the address itself is
never stored). The page receives the answers (``FeedbackPageMixin``)."""

import hashlib

from django.utils.crypto import salted_hmac

from core import throttle
from core.client import client_address

RATE_LIMIT = 5  # answers per client ...
RATE_WINDOW = 10 * 60  # ... per 10 minutes
DUPLICATE_WINDOW = 2 * 60  # the same answer again within 2 minutes is a double submit


def _client_keys(request):
    """Counter keys for this client: its session and its hashed address."""
    address = client_address(request)
    keys = [salted_hmac("manuals.feedback.ip", address).hexdigest()]
    if request.session.session_key:
        keys.append(
            salted_hmac("manuals.feedback.session", request.session.session_key).hexdigest()
        )
    return keys


def is_duplicate(request, page, data):
    """True if this client sent the same answer for this page just now."""
    answer = hashlib.sha256(f"{page.pk}:{data['helpful']}:{data['comment']}".encode()).hexdigest()
    fresh = [
        throttle.first_time(f"feedback:dup:{key}:{answer}", DUPLICATE_WINDOW)
        for key in _client_keys(request)
    ]
    return not all(fresh)


def over_rate_limit(request):
    """Count one answer for this client; True once it is over the limit."""
    within = [
        throttle.within_limit(f"feedback:rate:{key}", RATE_LIMIT, RATE_WINDOW)
        for key in _client_keys(request)
    ]
    return not all(within)
