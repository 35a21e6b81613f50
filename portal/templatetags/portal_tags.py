"""Template tags for the site chrome: menus, breadcrumbs, language links, dates."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

from portal.dates import format_date
from portal.privacy import viewable_by

register = template.Library()


@register.filter
def thai_date(value, fmt=None):
    """``{{ page.last_published_at|thai_date }}``: 21 พฤศจิกายน 2569 in Thai."""
    return format_date(value, fmt)


def _per_request(request, key, compute):
    """Compute a value once per request: the header, menu and switcher share them."""
    cache = request.__dict__.setdefault("_portal_tags", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def _locales(request):
    return _per_request(
        request, "locales", lambda: {loc.language_code: loc for loc in Locale.objects.all()}
    )


def _site(request):
    return _per_request(request, "site", lambda: Site.find_for_request(request))


def _home_page(request):
    """This language's home page (the site root's translation)."""

    def compute():
        site = _site(request)
        locale = _locales(request).get(get_language())
        return _live_translation(site.root_page, locale) if site else None

    return _per_request(request, "home", compute)


@register.simple_tag(takes_context=True)
def home_page(context):
    return _home_page(context["request"])


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Live, in-menu children of this language's home page that the user may open."""
    request = context["request"]
    home = _home_page(request)
    if home is None:
        return []
    return list(
        viewable_by(home.get_children().live().in_menu(), request.user).only(
            "id", "title", "url_path", "path", "depth", "locale_id", "slug"
        )
    )


@register.simple_tag
def breadcrumbs(page):
    """Ancestors from the language's home page down to (excluding) ``page``."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gte=2))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per site language: the page's translation, else that language's home."""
    request = context["request"]
    page = context.get("page")
    on_page = isinstance(page, Page)
    locales = _locales(request)
    site = _site(request)
    links = []
    for code, _name in settings.LANGUAGES:
        if on_page:
            locale = locales.get(code)
            target = _live_translation(page, locale) or (
                _live_translation(site.root_page, locale) if site else None
            )
            url = target.get_url(request) if target else f"/{code}/"
        elif context.get("missing_page"):
            url = f"/{code}/"  # a 404 has no equivalent elsewhere: that language's home
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "active": code == context.get("LANGUAGE_CODE"),
            }
        )
    return links


def _live_translation(page, locale):
    if locale is None:
        return None
    if page.locale_id == locale.id:
        return page
    translation = page.get_translation_or_none(locale)
    return translation if translation is not None and translation.live else None
