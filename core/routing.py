"""Serving pages without walking the tree. Which site a host name means, and which
page a path leads to, are remembered per site version (see ``site_version``).
Wagtail keeps both on the request (``request._wagtail_site`` and
``request._wagtail_route_for_request``) and consults them before looking
itself; this middleware fills them in from what it remembers, so a page costs
one query to find instead of two a level. The page's own ``route`` still runs,
so a page that is not live is still refused and sub-routes still resolve."""

import contextlib
import hashlib

from django.contrib.contenttypes.models import ContentType
from django.db import InterfaceError, OperationalError
from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Site
from wagtail.views import serve

from core import site_version


class RoutingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_portal_route_key", None)
        route = getattr(request, "_wagtail_route_for_request", None)
        if key and route is not None:
            page, site = route.page, Site.find_for_request(request)
            depth = page.depth - site.root_page.depth
            site_version.copies.set(key, (page.content_type_id, page.pk, depth))
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not serve:
            return None
        # In an outage the view fails too, and UnavailableMiddleware reports it.
        with contextlib.suppress(OperationalError, InterfaceError):
            self.prepare(request, view_kwargs.get("path", view_args[0] if view_args else ""))
        return None

    def prepare(self, request, path):
        site = site_version.cached(
            f"site:{request.get_host()}:{request.get_port()}",
            lambda: [Site.find_for_request(request)],
        )[0]
        request._wagtail_site = site
        if site is None:
            return
        digest = hashlib.md5(path.encode(), usedforsecurity=False).hexdigest()
        key = site_version.key(f"route:{site.pk}:{get_language()}:{digest}")
        remembered = site_version.copies.get(key)
        page = _page(*remembered[:2]) if remembered else None
        if page is None:
            request._portal_route_key = key  # remember what Wagtail finds
            return
        depth = remembered[2]
        components = [component for component in path.split("/") if component]
        try:
            request._wagtail_route_for_request = page.route(request, components[depth:])
        except Http404:
            request._wagtail_route_for_request = None


def _page(content_type_id, pk):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model.objects.filter(pk=pk).first()
