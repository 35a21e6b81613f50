"""Tax year rules as an admin snippet: a JSON editor checked against the
engine's schema, and an "approve" action that refuses whoever last edited them."""

import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from taxcompass.models import TaxCompassPage, TaxYearRules


def purge_compass_pages():
    """The compass's form offers the approved years: once the change commits, a
    front-end cache drops its copies (nothing happens without one)."""
    transaction.on_commit(lambda: purge_pages_from_cache(TaxCompassPage.objects.live()))


class RulesJSONField(forms.JSONField):
    """The rules as indented JSON, so editors can read and change them."""

    def prepare_value(self, value):
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False, indent=2)


class RulesForm(WagtailAdminModelForm):
    data = RulesJSONField(
        label=_("rules (JSON)"),
        widget=forms.Textarea(attrs={"rows": 40, "spellcheck": "false", "class": "rules-json"}),
        help_text=_(
            "Each figure needs its source (an https:// address) and a note. A saved change "
            "puts the year back to draft until another editor approves it."
        ),
    )

    def save(self, commit=True):
        if self.has_changed() or self.instance.pk is None:
            self.instance.edited(self.for_user)
        return super().save(commit=commit)


class ApproveView(WagtailAdminTemplateMixin, TemplateView):
    """GET: what is being approved; POST: approve, unless the user edited it."""

    template_name = "taxcompass/admin/approve.html"
    page_title = _("Approve tax year rules")
    header_icon = "check"

    def dispatch(self, request, pk):
        self.rules = get_object_or_404(TaxYearRules, pk=pk)
        if not request.user.has_perm("taxcompass.approve_taxyearrules"):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            rules=self.rules,
            may_approve=self.rules.may_approve(self.request.user),
            edit_url=reverse("wagtailsnippets_taxcompass_taxyearrules:edit", args=[self.rules.pk]),
        )
        return context

    def post(self, request, pk):
        if not self.rules.may_approve(request.user):
            messages.error(
                request,
                gettext(
                    "Rules are approved by a second editor: whoever last edited them "
                    "cannot approve them."
                ),
            )
            return redirect("wagtailsnippets_taxcompass_taxyearrules:approve", pk=pk)
        self.rules.approve(request.user)
        purge_compass_pages()
        messages.success(
            request,
            gettext("Tax year %(year)s is approved and offered to citizens.")
            % {"year": self.rules.tax_year},
        )
        return redirect("wagtailsnippets_taxcompass_taxyearrules:list")


def approve_url(rules):
    return reverse("wagtailsnippets_taxcompass_taxyearrules:approve", args=[rules.pk])


class RulesEditView(EditView):
    """The edit view, with "Approve" in its menu for whoever may approve."""

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if self.object.may_approve(self.request.user):
            buttons.append(
                Button(gettext("Approve"), url=approve_url(self.object), icon_name="check")
            )
        return buttons


class TaxYearRulesViewSet(SnippetViewSet):
    model = TaxYearRules
    edit_view_class = RulesEditView
    icon = "table"
    menu_label = _("Tax year rules")
    add_to_admin_menu = True
    list_display = ["tax_year", "approved_at", "approved_by", "approval_note", "edited_by"]
    edit_handler = ObjectList(
        [FieldPanel("tax_year"), FieldPanel("data")], base_form_class=RulesForm
    )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("approve/<int:pk>/", ApproveView.as_view(), name="approve"),
        ]


register_snippet(TaxYearRulesViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def rules_saved(request, instance):
    """A saved edit puts the year back to draft: citizens must stop being offered it."""
    if isinstance(instance, TaxYearRules):
        purge_compass_pages()


@hooks.register("register_snippet_listing_buttons")
def approve_button(snippet, user, next_url=None):
    if isinstance(snippet, TaxYearRules) and snippet.may_approve(user):
        yield Button(gettext("Approve"), url=approve_url(snippet), icon_name="check", priority=5)
