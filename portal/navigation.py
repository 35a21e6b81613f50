"""The site's navigation as plain data: home link, main menu, breadcrumbs and a
page's translations. It is built once per site version, site, language, page
and set of pages the visitor may not see, and shared by every visitor alike."""

import hashlib

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import get_language
from wagtail.models import Locale, Site

from core import site_version
from core.privacy import restricted_paths, viewable_by


def for_request(request, page=None):
    site = Site.find_for_request(request)
    if page is not None and page.pk is None:  # previewing a page not yet saved
        return _build(request, site, page)
    audience = hashlib.md5(repr(restricted_paths(request.user)).encode(), usedforsecurity=False)
    name = ":".join(
        ["navigation", str(site.pk if site else 0), get_language(), str(page.pk if page else 0),
         audience.hexdigest()]
    )  # fmt: skip
    return site_version.cached(name, lambda: _build(request, site, page))


def _build(request, site, page):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    language = get_language()
    home = live_translation(site.root_page, locales.get(language)) if site else None
    menu = []
    if home is not None:
        children = home.get_children().live().in_menu()
        closed = restricted_paths(AnonymousUser())
        menu = [
            {
                **_link(child, request),
                "description": child.search_description,
                # Open to everyone (the home page's cards show only these).
                "public": not any(child.path.startswith(path) for path in closed),
            }
            for child in viewable_by(children, request.user).only(
                "id", "title", "url_path", "path", "depth", "locale_id", "slug",
                "search_description",
            )
        ]  # fmt: skip
    crumbs, translations = [], {}
    if page is not None:
        if page.depth > 2:
            crumbs = [_link(a, request) for a in page.get_ancestors().filter(depth__gte=2)]
        for code, locale in locales.items():
            target = live_translation(page, locale) or (
                live_translation(site.root_page, locale) if site else None
            )
            translations[code] = target.get_url(request) if target else f"/{code}/"
    return {
        "home_url": home.get_url(request) if home else f"/{language}/",
        "menu": menu,
        "crumbs": crumbs,
        "translations": translations,
    }


def _link(page, request):
    return {"pk": page.pk, "title": page.title, "url": page.get_url(request)}


def live_translation(page, locale):
    if locale is None:
        return None
    if page.locale_id == locale.id:
        return page
    translation = page.get_translation_or_none(locale)
    return translation if translation is not None and translation.live else None
