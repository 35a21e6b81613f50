"""What every open-data response shares: a per-client rate limit, CORS for reading,
HTTP caching with an ETag, and JSON errors.

Only GET, HEAD and OPTIONS are answered; CORS headers go on those alone. A 200
gets an ETag (a digest of its body), so a conditional GET with ``If-None-Match``
is answered 304 without a body; successful answers may be kept by shared caches
for ``OPEN_API_MAX_AGE`` seconds, errors are never stored."""

import functools
import hashlib

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response, patch_cache_control, quote_etag
from django.utils.translation import gettext

from core import throttle
from core.client import client_address

READ_METHODS = ("GET", "HEAD", "OPTIONS")
ALLOWED = ", ".join(READ_METHODS)


def error(message, status):
    """The JSON error every endpoint answers with: ``{"message": ...}``."""
    response = JsonResponse({"message": str(message)}, status=status)
    patch_cache_control(response, no_store=True)
    return response


def _cors(response):
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = ALLOWED
    response["Access-Control-Allow-Headers"] = "If-None-Match"
    response["Access-Control-Expose-Headers"] = "ETag"
    return response


def _over_limit(request):
    limit, window = settings.THROTTLES["open_api"]
    name = throttle.key("open-api", client_address(request))
    return not throttle.within_limit(name, limit, window)


def open_endpoint(view):
    """Wraps an open-data view (a Django view or a Wagtail API viewset's)."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in READ_METHODS:
            response = error(gettext("This address only answers GET requests."), 405)
            response["Allow"] = ALLOWED
            return response
        if _over_limit(request):
            response = error(gettext("Too many requests. Please try again in a minute."), 429)
            response["Retry-After"] = str(settings.THROTTLES["open_api"][1])
            return _cors(response)
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Allow"] = ALLOWED
            response["Access-Control-Max-Age"] = "86400"
            return _cors(response)
        response = view(request, *args, **kwargs)
        request.urlconf = "opendata.root_urls"  # a 404 stays a 404 (see there)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        if response.status_code == 200:
            etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
            response["ETag"] = etag
            response = get_conditional_response(request, etag=etag, response=response) or response
        if response.status_code in (200, 301, 302, 304):
            patch_cache_control(response, public=True, max_age=settings.OPEN_API_MAX_AGE)
        else:
            patch_cache_control(response, no_store=True)
        return _cors(response)

    return wrapped
