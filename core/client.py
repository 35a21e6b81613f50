"""The client's address, as the trusted reverse proxies in front of the site saw it.

``TRUSTED_PROXIES`` is how many proxies (nginx, a load balancer) sit in front of the
application and append to ``X-Forwarded-For``. With 0 (the default) the header is
ignored and ``REMOTE_ADDR`` is the client. With N, the client is the N-th entry from
the right, the address the outermost trusted proxy received the request from;
anything further left was written by the client and is ignored, so a spoofed header
cannot choose the address a throttle counts. allauth's ``get_client_ip`` is the same
rule (``ALLAUTH_TRUSTED_PROXY_COUNT`` follows ``TRUSTED_PROXIES``).
"""

import ipaddress

from django.conf import settings


def client_address(request):
    """The address throttles and lockouts count, or "" without a request."""
    if request is None:
        return ""
    remote = request.META.get("REMOTE_ADDR", "")
    hops = settings.TRUSTED_PROXIES
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if hops <= 0 or len(forwarded) < hops:
        # No proxy, or a request that did not come through all of them.
        return remote
    return _clean(forwarded[-hops]) or remote


def _clean(address):
    """``address`` in canonical form, or "" if it is not an IP address."""
    try:
        return str(ipaddress.ip_address(address.strip("[]")))
    except ValueError:
        return ""
