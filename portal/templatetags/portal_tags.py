"""Template tags for the site chrome: menus, breadcrumbs, language links, dates."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info
from wagtail.models import Page

from core import home
from core.dates import format_date
from core.routing import subpage_url as page_subpage_url
from portal import navigation
from portal.people import display_name

register = template.Library()


@register.filter
def thai_date(value, fmt=None):
    """``{{ page.last_published_at|thai_date }}``: 21 พฤศจิกายน 2569 in Thai."""
    return format_date(value, fmt)


@register.simple_tag(takes_context=True)
def subpage_url(context, page, name, *args):
    """``{% subpage_url page "certificate" %}``: the URL of a route of a routable page
    (see ``core.routing.subpage_url``)."""
    return page_subpage_url(page, name, *args, request=context.get("request"))


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """Home link, main menu, breadcrumbs and translations (see portal.navigation),
    looked up once per request: the header and the breadcrumbs share them."""
    request = context["request"]
    if not hasattr(request, "_portal_navigation"):
        page = context.get("page")
        request._portal_navigation = navigation.for_request(
            request, page if isinstance(page, Page) else None
        )
    return request._portal_navigation


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per site language: the page's translation, else that language's home."""
    request = context["request"]
    translations = site_navigation(context)["translations"]
    links = []
    for code, _name in settings.LANGUAGES:
        if translations:
            url = translations.get(code, f"/{code}/")
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


@register.simple_tag(takes_context=True)
def account_menu(context):
    """The signed-in person's name in the active language and the bell's
    ``(unread, url)`` (None when no app has one for them), once per request."""
    request = context["request"]
    if not hasattr(request, "_portal_account"):
        request._portal_account = {
            "name": display_name(request.user),
            "bell": home.bell_for(request),
        }
    return request._portal_account


@register.simple_tag(takes_context=True)
def top_tasks(context):
    """The site's top tasks (handbooks, tax compass, complaint form, ...; see ``core.home``)."""
    return home.top_tasks(context["request"])


@register.filter
def error_target(field):
    """The id an error summary links to for ``field``: its input, the first of a
    group of radios or checkboxes (GOV.UK links to the first option)."""
    return field.id_for_label or f"{field.auto_id}_0"
