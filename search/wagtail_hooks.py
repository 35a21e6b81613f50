"""Admin: the search-terms report for editors (Wagtail's own is superuser-only) and
the synonym list."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SynonymGroup

REPORT_PERMISSION = "wagtailsearchpromotions.change_searchpromotion"


class EditorsSearchTermsReportView(SearchTermsReportView):
    """What readers search for, for everyone who manages promoted results."""

    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            return permission_denied(request)
        return ReportView.dispatch(self, request, *args, **kwargs)


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_search_terms_report_urls():
    return [
        path(
            "reports/search-terms/",
            EditorsSearchTermsReportView.as_view(),
            name="search_terms_report",
        ),
        path(
            "reports/search-terms/results/",
            EditorsSearchTermsReportView.as_view(results_only=True),
            name="search_terms_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return ReportMenuItem(
        _("Search terms"),
        reverse("search_terms_report"),
        name="editors-search-terms",
        icon_name="search",
        order=1300,
    )


@hooks.register("construct_reports_menu")
def hide_superuser_only_search_terms(request, menu_items):
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


class SynonymGroupViewSet(SnippetViewSet):
    """The synonym list editors keep (Settings → Search synonyms)."""

    model = SynonymGroup
    icon = "search"
    menu_label = _("Search synonyms")
    add_to_settings_menu = True
    list_display = ["__str__", "note"]
    search_fields = ["terms", "note"]


register_snippet(SynonymGroupViewSet)
