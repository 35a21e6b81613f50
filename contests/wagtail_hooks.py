"""Contests and their rubrics as snippets for managers, and an admin menu link to progress."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from contests.access import is_manager
from contests.models import Category, Contest


class ContestViewSet(SnippetViewSet):
    model = Contest
    icon = "trophy"
    list_display = ["title", "submission_closes", "judging_closes"]
    panels = Contest.panels


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "list-ol"
    list_display = ["name", "contest", "kind"]
    list_filter = ["contest"]
    panels = Category.rubric_panels


class ContestGroup(SnippetViewSetGroup):
    items = (ContestViewSet, CategoryViewSet)
    menu_icon = "trophy"
    menu_label = _("Contests")
    menu_name = "contests"


register_snippet(ContestGroup)


class ManagerMenuItem(MenuItem):
    def is_shown(self, request):
        return is_manager(request.user)


@hooks.register("register_admin_menu_item")
def judging_progress_menu_item():
    return ManagerMenuItem(
        _("Judging progress"), reverse("contests:manage"), icon_name="tasks", order=900
    )
