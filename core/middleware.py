"""Site-wide middleware: security headers, refusing NUL bytes, and a clear page when
a dependency fails."""

import errno
import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import gettext

from core.events import security_event

logger = logging.getLogger("kmsite.errors")


def _header(policy):
    return "; ".join(f"{directive} {' '.join(sources)}" for directive, sources in policy.items())


class SecurityHeadersMiddleware:
    """Adds Content-Security-Policy and Permissions-Policy to every response.

    The Wagtail admin gets its own policy: its editors and inline panels need
    inline scripts and styles, and its preview frames the site's own pages.
    A preview is rendered through this middleware with the page's own path
    (Wagtail's ``make_preview_request`` sets ``request.is_preview``): it keeps
    the site's policy but may be framed by our own admin.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.site_policy = _header(settings.CONTENT_SECURITY_POLICY)
        self.admin_policy = _header(settings.CONTENT_SECURITY_POLICY_ADMIN)
        self.preview_policy = _header(
            {**settings.CONTENT_SECURITY_POLICY, "frame-ancestors": ["'self'"]}
        )
        self.admin_prefix = settings.WAGTAILADMIN_PATH_PREFIX

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_preview", False):
            policy = self.preview_policy
        elif request.path.startswith(self.admin_prefix):
            policy = self.admin_policy
        else:
            policy = self.site_policy
        response.setdefault("Content-Security-Policy", policy)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class RejectNulMiddleware:
    """A NUL byte in the path or the query string is a 400, once, for every URL:
    PostgreSQL refuses NUL in text, so it would otherwise fail deep in a view.
    Under ``/api/`` the 400 is JSON (``{"message": ...}``), as the APIs answer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.GET.lists()
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values) for key, values in query
        ):
            security_event("request.nul", request)
            if request.path.startswith("/api/"):  # the JSON APIs answer in JSON
                message = gettext("The request contains a NUL character.")
                return JsonResponse({"message": message}, status=400)
            return render(request, "400.html", status=400)
        return self.get_response(request)


# Storage failures a user can do nothing about but wait: disk full, quota,
# read-only or unwritable media directory.
STORAGE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM}


class UnavailableMiddleware:
    """Turns a database outage or a failed file write into a 503 page that says
    what happened, instead of a generic 500. The page needs no database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OperationalError | InterfaceError):
            storage = False
        elif isinstance(exception, OSError) and exception.errno in STORAGE_ERRNOS:
            storage = True
        else:
            return None
        logger.error("Service unavailable: %s", exception, exc_info=exception)
        response = HttpResponse(render_to_string("503.html", {"storage": storage}), status=503)
        response["Retry-After"] = "30"
        return response
