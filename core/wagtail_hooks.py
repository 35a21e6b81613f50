"""Hooks of the platform: no page in the page chooser for users who may edit none,
no page served from under an unpublished one, Thai slugs in the admin, and
wagtail-localize's translation editor in Thai."""

from django.http import Http404
from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from core.page_choosers import may_choose_pages
from core.privacy import under_unpublished


@hooks.register("construct_page_chooser_queryset")
def no_pages_for_users_who_edit_none(pages, request):
    return pages if may_choose_pages(request.user) else pages.none()


@hooks.register("before_serve_page", order=-10)
def nothing_under_an_unpublished_page(page, request, serve_args, serve_kwargs):
    if under_unpublished(page):
        raise Http404


@hooks.register("insert_global_admin_js")
def thai_slugs():
    """The slug field keeps Thai vowels and tone marks (core.slugs, static/js/thai-slug.js)."""
    return format_html('<script src="{}" defer></script>', static("js/thai-slug.js"))


@hooks.register("insert_editor_js")
def thai_translation_editor():
    """wagtail-localize's translation editor header and menu label through the
    JavaScript catalogue (core.localize_thai, static/js/localize-editor-thai.js)."""
    return format_html('<script src="{}" defer></script>', static("js/localize-editor-thai.js"))
