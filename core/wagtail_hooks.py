"""Admin hooks of the platform: no page in the page chooser for users who may edit none."""

from wagtail import hooks

from core.page_choosers import may_choose_pages


@hooks.register("construct_page_chooser_queryset")
def no_pages_for_users_who_edit_none(pages, request):
    return pages if may_choose_pages(request.user) else pages.none()
