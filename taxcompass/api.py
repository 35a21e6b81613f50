"""``POST /api/tax-compass/estimate/``: the estimate as JSON, for anyone.

Errors answer 400 with each field's messages under its path (``income.salary``),
in the request's language; too many requests from one client answer 429.
"""

import json

from django.http import JsonResponse
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core import throttle
from core.client import client_address
from taxcompass import estimating, presentation

LIMIT, WINDOW = 120, 60  # requests a minute per client
GROUPS = ("income", "actual_expenses", "allowances", "donations", "stimulus")
NON_FIELD = "__all__"


def _errors(errors, status=400):
    return JsonResponse({"errors": errors}, status=status)


def _flatten(payload):
    """``{"income": {"salary": 1}}`` -> ``{"income.salary": 1}``, and any errors."""
    data, errors = {}, {}
    for name, value in payload.items():
        if name in GROUPS:
            if not isinstance(value, dict):
                errors[name] = [gettext("Must be an object of amounts.")]
                continue
            data.update({f"{name}.{key}": item for key, item in value.items()})
        else:
            data[name] = value
    return data, errors


# Anonymous and read-only: this view computes an answer and stores nothing (no
# session, no record), so a forged cross-site request can change nothing.
# That is why it may be CSRF-exempt; it must stay that way.
@csrf_exempt
@require_POST
def estimate(request):
    if not throttle.within_limit(
        throttle.key("taxcompass", client_address(request)), LIMIT, WINDOW
    ):
        return _errors({NON_FIELD: [gettext("Too many requests: wait a minute.")]}, status=429)
    try:
        payload = json.loads(request.body)
    except (ValueError, UnicodeDecodeError):
        payload = None
    if not isinstance(payload, dict):
        return _errors({NON_FIELD: [gettext("Send a JSON object.")]})
    data, errors = _flatten(payload)
    outcome = estimating.run(data)
    errors.update(
        {name: [gettext("Unknown field.")] for name in data if name not in outcome.form.fields}
    )
    errors.update({name: list(messages) for name, messages in outcome.form.errors.items()})
    if errors:
        return _errors(errors)
    return JsonResponse(presentation.api_payload(outcome.answer))
