"""Receiving "Was this page helpful?": validation, spam limits and storage.

Limits are kept in the cache, keyed by the session and by a keyed hash of the
client's address (the address itself is never stored).
"""

import hashlib

from django.contrib import messages
from django.core.cache import cache
from django.db import transaction
from django.shortcuts import redirect
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from core.privacy import can_view
from manuals.forms import FeedbackForm
from manuals.models import PageFeedback

RATE_LIMIT = 5  # answers per client ...
RATE_WINDOW = 10 * 60  # ... per 10 minutes
DUPLICATE_WINDOW = 2 * 60  # the same answer again within 2 minutes is a double submit


def _client_keys(request):
    """Cache keys for this client: its session and its hashed address."""
    address = request.META.get("REMOTE_ADDR", "")
    keys = [salted_hmac("manuals.feedback.ip", address).hexdigest()]
    if request.session.session_key:
        keys.append(
            salted_hmac("manuals.feedback.session", request.session.session_key).hexdigest()
        )
    return keys


def _is_duplicate(request, page, data):
    """True if this client sent the same answer for this page just now."""
    answer = hashlib.sha256(f"{page.pk}:{data['helpful']}:{data['comment']}".encode()).hexdigest()
    fresh = [
        cache.add(f"feedback:dup:{key}:{answer}", 1, DUPLICATE_WINDOW)
        for key in _client_keys(request)
    ]
    return not all(fresh)


def _over_rate_limit(request):
    """Count one answer for this client; True once it is over the limit."""
    over = False
    for key in _client_keys(request):
        counter = f"feedback:rate:{key}"
        cache.add(counter, 0, RATE_WINDOW)
        try:
            over |= cache.incr(counter) > RATE_LIMIT
        except ValueError:  # expired between add and incr
            cache.set(counter, 1, RATE_WINDOW)
    return over


def submit_feedback(request, page):
    """Handle the POST from a page's feedback form; other methods go back to the page."""
    back = page.get_url(request) + "#feedback"
    if request.method != "POST" or not can_view(page, request.user):
        return redirect(page.get_url(request))
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Your feedback was not sent. Please check the form below."))
        return page.render(request, context_overrides={"feedback_form": form})
    if not request.session.session_key:
        request.session.save()
    if _is_duplicate(request, page, form.cleaned_data):
        messages.success(request, _("Thank you. We have already received your feedback."))
        return redirect(back)
    if _over_rate_limit(request):
        messages.error(
            request,
            _(
                "You have sent a lot of feedback in a short time. Please try again in a few minutes."
            ),
        )
        return redirect(back)
    with transaction.atomic():
        PageFeedback.objects.create(page=page, locale_id=page.locale_id, **form.cleaned_data)
    messages.success(request, _("Thank you for your feedback. It helps us improve this page."))
    return redirect(back)
