"""Serving pages with the path-to-page lookup remembered per site version.

``serve`` replaces Wagtail's serve view (wired in ``kmsite/urls.py`` under the
same URL name, before Wagtail's own URLs, with ``SERVE_PATTERN``). The first request for a
path walks the tree the way Wagtail does, from the site's root page in the
active language; the page it leads to is then remembered under the site version
(see ``site_version``), so later requests fetch it in one query. The page's own
``route()`` still runs on what is left of the path, so a page that is not live
is a 404 and RoutablePageMixin sub-routes resolve. Serving goes through
Wagtail's ``on_serve_page`` and ``before_serve_page`` hooks as in its own view.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.db import DataError
from django.http import Http404, HttpResponse
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Site

from core import http_cache, privacy, site_version

# Wagtail's serve pattern admits slugs only ([\w-]); a page's routes also take
# arguments such as signed tokens (":") and typed certificate codes, so any
# component without "/" or ".": a file-like path such as "/media/x.png" stays a
# plain 404 instead of being redirected into the pages with a slash appended.
SERVE_PATTERN = r"^((?:[^/.]+/)*)$"


def serve(request, path):
    route = find_route(request, path)
    if route is None:
        raise Http404
    page, args, kwargs = route
    http_cache.mark_served(request, page)
    privacy.prefetch_groups(request.user)

    def serve_page(page, request, args, kwargs):
        return page.serve(request, *args, **kwargs)

    chain = serve_page
    for wrap in reversed(hooks.get_hooks("on_serve_page")):
        chain = wrap(chain)
    for before in hooks.get_hooks("before_serve_page"):
        result = before(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, args, kwargs)


def find_route(request, path):
    """Wagtail's ``RouteResult`` (page, args, kwargs) for ``path``, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    digest = hashlib.md5(path.encode(), usedforsecurity=False).hexdigest()
    key = site_version.key(f"route:{site.pk}:{get_language()}:{digest}")
    remembered = site_version.copies.get(key)
    page = _page(*remembered[:2]) if remembered else None
    try:
        if page is not None:
            return page.route(request, components[remembered[2] :])
        root = site.root_page.localized.specific
        route = root.route(request, components)
    except (Http404, DataError):  # DataError: a NUL byte, which PostgreSQL refuses
        return None
    found = route.page
    site_version.copies.set(key, (found.content_type_id, found.pk, found.depth - root.depth))
    return route


def _page(content_type_id, pk):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model.objects.filter(pk=pk).first()


def subpage_url(page, name, *args, request=None):
    """The URL of the ``RoutablePageMixin`` route ``name`` of ``page``, which may be a
    plain ``Page`` of a routable type (its class then comes from its content type)."""
    model = type(page) if isinstance(page, RoutablePageMixin) else page.specific_class
    return page.get_url(request) + model.get_resolver().reverse(name, *args)
