"""Hooks of the platform: no page in the page chooser for users who may edit none,
and no page served from under an unpublished one."""

from django.http import Http404
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
