"""The admin's page chooser shows no page to users who may not edit any.

Wagtail's chooser lists and searches every page, drafts and the staff intranet
included, for anyone with admin access: contest managers too, who edit snippets
only. For users with no page permission, ``core.wagtail_hooks`` empties the
chooser's listings and search, and the two chooser views that show pages named by
id in the URL (browsing below a page, the pages chosen) turn them away as Wagtail's
explorer does. Their URLs come ahead of Wagtail's admin (``kmsite/urls.py``).
"""

from functools import wraps

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.views import chooser
from wagtail.permission_policies.pages import PagePermissionPolicy


def may_choose_pages(user):
    """Whether ``user`` may add, edit or publish some page (Wagtail's explorable root)."""
    return PagePermissionPolicy().explorable_root_instance(user) is not None


def _for_page_editors(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not may_choose_pages(request.user):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return require_admin_access(never_cache(wrapper))


urlpatterns = [
    path("choose-page/<int:parent_page_id>/", _for_page_editors(chooser.BrowseView.as_view())),
    path(
        "choose-page/chosen-multiple/",
        _for_page_editors(chooser.ChosenMultipleView.as_view()),
    ),
]
