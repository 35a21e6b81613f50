"""The intake API for other channels.

``POST /api/complaints/`` with a channel's bearer token files a complaint and
answers 201 with its reference, tracking code, status and due times.
``GET /api/complaints/<reference>/?code=<tracking code>`` answers what the
complainant may see; a wrong code is a 404 exactly like an unknown reference,
and guessing is throttled per address like the tracking page. Errors are JSON
(400 with each field's messages, 401, 404, 429) in the request's language; a
refused request saves nothing.
"""

import json

from django.http import JsonResponse
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from complaints import filing, references, timeline
from complaints.api_forms import CONTACT, IntakeForm
from complaints.models import ChannelToken, Complaint
from core import throttle
from core.client import client_address

NON_FIELD = "__all__"
CHANNEL_LIMIT, CHANNEL_WINDOW = 600, 3600  # complaints an hour per channel


def _errors(errors, status=400, **headers):
    response = JsonResponse({"errors": errors}, status=status)
    for name, value in headers.items():
        response[name] = value
    return response


def _bearer(request):
    scheme, _space, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _fields(payload):
    """The payload with its ``contact`` object flattened, and any shape errors."""
    if not isinstance(payload, dict):
        return None, {NON_FIELD: [gettext("Send a JSON object.")]}
    data = dict(payload)
    contact = data.pop("contact", None) or {}
    if not isinstance(contact, dict):
        return None, {"contact": [gettext("Must be an object with name, phone and email.")]}
    errors = {
        f"contact.{name}": [gettext("Unknown field.")] for name in contact if name not in CONTACT
    }
    errors.update({name: [gettext("Unknown field.")] for name in data
                   if name not in IntakeForm.base_fields or name in CONTACT})  # fmt: skip
    data.update({name: contact[name] for name in CONTACT if name in contact})
    return data, errors


def _iso(moment):
    return moment.isoformat() if moment else None


# Authenticated by the channel's bearer token, not a session: a forged cross-site
# request carries no token, which is why this view may be CSRF-exempt.
@csrf_exempt
@require_POST
def intake(request):
    channel = ChannelToken.authenticate(_bearer(request))
    if channel is None:
        return _errors({NON_FIELD: [gettext("A valid channel token is required.")]},
                       status=401, **{"WWW-Authenticate": "Bearer"})  # fmt: skip
    if not throttle.within_limit(
        throttle.key("complaints:api", channel.pk), CHANNEL_LIMIT, CHANNEL_WINDOW
    ):
        return _errors({NON_FIELD: [gettext("Too many requests: try again later.")]}, 429)
    try:
        payload = json.loads(request.body)
    except (ValueError, UnicodeDecodeError):
        payload = None
    data, errors = _fields(payload)
    if data is None:
        return _errors(errors)
    form = IntakeForm(data)
    if not form.is_valid():
        errors.update({name: list(messages) for name, messages in form.errors.items()})
    if errors:
        return _errors(errors)
    filed = filing.file_complaint(form.filing_data(), form.cleaned_data["channel"])
    complaint = filed.complaint
    return JsonResponse(
        {
            "reference": complaint.reference,
            "tracking_code": filed.tracking_code,
            "status": timeline.citizen_status(complaint),
            "acknowledge_due": _iso(complaint.acknowledge_due_at),
            "resolve_due": _iso(complaint.resolve_due_at),
        },
        status=201,
    )


@require_GET
def status(request, reference):
    # LocaleMiddleware would turn a 404 outside the language prefixes into a redirect
    # to /th/…, which the page route always matches: this answer names a URLconf
    # without language prefixes, so its 404 stays a 404.
    request.urlconf = "complaints.api_urls"
    address = client_address(request)
    if references.guessing_locked_out(address):
        return _errors({NON_FIELD: [gettext("Too many attempts: try again later.")]}, 429)
    complaint = Complaint.objects.filter(reference=reference.upper()).first()
    if complaint is None or not references.code_matches(complaint, request.GET.get("code", "")):
        references.count_failure(address)
        return _errors({NON_FIELD: [gettext("Not found.")]}, 404)
    return JsonResponse(
        {
            "reference": complaint.reference,
            "status": timeline.citizen_status(complaint),
            "timeline": [
                {
                    "event": entry["kind"],
                    "label": str(entry["label"]),
                    "at": _iso(entry["at"]),
                    "text": entry["text"],
                }
                for entry in timeline.entries(complaint)
            ],
        }
    )
