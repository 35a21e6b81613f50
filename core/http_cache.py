"""HTTP caching of public pages, and purging them from a front-end cache.

``PublicPageCacheMiddleware`` lets shared caches (a CDN, nginx, Varnish) keep a
page when nothing in the response belongs to one visitor: an anonymous GET of a
page Wagtail served with status 200, without view restrictions and without a
cookie being set (a form's CSRF cookie, a message). Signed-in visitors' pages
are marked private. Shared caches keep a page for ``PAGE_CACHE_SHARED_MAX_AGE``
seconds, browsers for ``PAGE_CACHE_MAX_AGE``.

With ``WAGTAILFRONTENDCACHE`` configured, ``wagtail.contrib.frontend_cache``
purges a page when it is published or unpublished; :func:`connect` adds what
readers also see change: the parent's listing (on publish and unpublish), the
old addresses of a moved subtree, and a deleted page. Without a front-end cache
none of this runs. Menus on other pages catch up within the shared max-age.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import pre_delete
from django.utils.cache import patch_cache_control
from wagtail.contrib.frontend_cache.utils import (
    get_backends,
    purge_pages_from_cache,
    purge_urls_from_cache,
)
from wagtail.models import get_page_models
from wagtail.signals import page_published, page_unpublished, pre_page_move

from core.privacy import can_view


def mark_served(request, page):
    """Called by the serve view: ``page`` answers this request."""
    request.served_page = page


class PublicPageCacheMiddleware:
    """Sits above the session, CSRF and message middleware, so it sees their cookies."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response  # a view or Wagtail decided (e.g. never-cache on restrictions)
        page = getattr(request, "served_page", None)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True)
        elif (
            page is not None
            and request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.cookies
            and can_view(page, user)
        ):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.PAGE_CACHE_MAX_AGE,
                s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE,
            )
        return response


def _purge_parent(instance, **kwargs):
    if not get_backends():
        return
    parent = instance.get_parent()
    if parent is not None and parent.depth > 1:
        transaction.on_commit(lambda: purge_pages_from_cache([parent.specific]))


def _purge_moved(instance, **kwargs):
    """Before a move: the subtree's old addresses go from the cache once it commits."""
    if not get_backends():
        return
    urls = [page.full_url for page in instance.get_descendants(inclusive=True).live()]
    transaction.on_commit(lambda: purge_urls_from_cache([url for url in urls if url]))


def _purge_deleted(instance, **kwargs):
    if instance.live and get_backends():
        urls = [instance.full_url] if instance.full_url else []
        transaction.on_commit(lambda: purge_urls_from_cache(urls))


def connect():
    for model in get_page_models():
        page_published.connect(_purge_parent, sender=model)
        page_unpublished.connect(_purge_parent, sender=model)
        pre_delete.connect(_purge_deleted, sender=model)
    pre_page_move.connect(_purge_moved)
