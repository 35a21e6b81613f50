"""One version for everything cached about the page tree.

Navigation, routes and view-restriction rules are cached under the current
version. Publishing, unpublishing, moving or deleting a page, and any change to
view restrictions, sites or locales, replaces it, so the next request rebuilds
them; saving a draft does not. The version lives in the cache all server
processes share (the database cache in production). What is kept under a
version never changes, so each process keeps its own copies in memory.
"""

import contextvars
import uuid

from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import (
    COMMENTS_RELATION_NAME,
    Locale,
    PageViewRestriction,
    Site,
    get_page_models,
)
from wagtail.signals import post_page_move

KEY = "core:site-version"
TIMEOUT = 24 * 60 * 60

# Within one request the version is read once (see SiteVersionMiddleware).
_read_in_request = contextvars.ContextVar("site_version_read", default=None)
copies = LocMemCache("core-site-version", {"TIMEOUT": TIMEOUT, "OPTIONS": {"MAX_ENTRIES": 5000}})


def current():
    memo = _read_in_request.get()
    if memo:
        return memo[0]
    version = cache.get_or_set(KEY, lambda: uuid.uuid4().hex, None)
    if memo is not None:
        memo.append(version)
    return version


class SiteVersionMiddleware:
    """Reads the site version at most once per request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _read_in_request.set([])
        try:
            return self.get_response(request)
        finally:
            _read_in_request.reset(token)


def key(name):
    """The cache key for ``name`` under the current version."""
    return f"core:{current()}:{name}"


def cached(name, compute):
    """``compute()``, kept under ``name`` until the site version changes."""
    name_key = key(name)
    value = copies.get(name_key)
    if value is None:
        value = compute()
        copies.set(name_key, value)
    return value


def _replace():
    version = uuid.uuid4().hex
    cache.set(KEY, version, None)
    memo = _read_in_request.get()
    if memo is not None:  # the rest of this request sees the change too
        memo[:] = [version]


def changed(**kwargs):
    """Replace the version now, and again once the change commits: a process that
    rebuilt from the old rows in between must not have its result kept."""
    _replace()
    transaction.on_commit(_replace)


# A save that touches only these records a draft, a comment or a lock: nothing a
# reader sees changes until the page is published.
DRAFT_FIELDS = {
    COMMENTS_RELATION_NAME,
    "latest_revision_created_at",
    "draft_title",
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_by",
    "locked_at",
}


def page_saved(instance, created=False, update_fields=None, **kwargs):
    """Publishing, moving or editing a live page changes what readers see; saving a
    draft revision of it, or creating a page that is not live yet, does not."""
    if update_fields and set(update_fields) <= DRAFT_FIELDS:
        return
    if created and not instance.live:
        return
    changed()


def connect():
    for model in get_page_models():
        post_save.connect(page_saved, sender=model)
        post_delete.connect(changed, sender=model)
    for model in (PageViewRestriction, Site, Locale):
        post_save.connect(changed, sender=model)
        post_delete.connect(changed, sender=model)
    m2m_changed.connect(changed, sender=PageViewRestriction.groups.through)
    post_page_move.connect(changed)
