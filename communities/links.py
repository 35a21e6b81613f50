"""Where topics live: under their community's page (``CommunityPage`` routes), in the
reader's language."""

from django.utils.translation import get_language
from wagtail.models import Locale, Page

from core import site_version
from core.routing import subpage_url


def community_pages(communities):
    """``{community id: its live page in the active language, else the community's
    own page}`` for ``communities`` (the source pages topics point at): one query,
    none when they are all in the active language."""
    pages = {community.pk: community for community in communities}
    active = site_version.cached(f"locale:{get_language()}", Locale.get_active)
    keys = {c.translation_key: c.pk for c in pages.values() if c.locale_id != active.pk}
    if keys:
        for page in Page.objects.live().filter(translation_key__in=keys, locale=active):
            pages[keys[page.translation_key]] = page
    return pages


def topic_url(topic, page=None, request=None):
    """The URL of ``topic`` under ``page`` (a page of its community), by default under
    its community's page in the active language. Lists pass their ``request``, which
    keeps Wagtail's site root paths for all the pages they link."""
    page = page or community_pages([topic.community])[topic.community_id]
    return subpage_url(page, "topic", topic.pk, request=request)


def with_topic_urls(items, topic_of, request=None):
    """``items`` as a list, each with ``topic_url`` set to the URL of ``topic_of(item)``
    (whose community is loaded with it): one query for them all."""
    items = list(items)
    pages = community_pages(topic_of(item).community for item in items)
    for item in items:
        topic = topic_of(item)
        item.topic_url = topic_url(topic, pages[topic.community_id], request)
    return items
