"""What handbooks and manuals share: their classification, page tools and feedback."""

from django.contrib import messages
from django.db import models, transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from core.privacy import can_view
from manuals import feedback, insights
from manuals.choices import Agency, Audience, ServiceGroup
from manuals.durations import Duration
from manuals.forms import FeedbackForm
from manuals.models.feedback import PageFeedback


class ClassifiedPage(models.Model):
    """Service group, agency and audience: the facets the indexes filter by."""

    service_group = models.CharField(
        _("service group"), max_length=40, choices=ServiceGroup.choices
    )
    agency = models.CharField(_("responsible agency"), max_length=40, choices=Agency.choices)
    audience = models.CharField(_("audience"), max_length=40, choices=Audience.choices)

    classification_panel = MultiFieldPanel(
        [FieldPanel("service_group"), FieldPanel("agency"), FieldPanel("audience")],
        heading=_("Classification"),
    )
    classification_search_fields = [
        index.FilterField("service_group"),
        index.FilterField("agency"),
        index.FilterField("audience"),
    ]

    class Meta:
        abstract = True


class StepsMixin:
    """For pages with a ``steps`` StreamField of timed steps."""

    def total_duration(self):
        return Duration.total(step.value.duration() for step in self.steps)


def revision_history_url(page, user):
    """The admin history page (where revisions are compared), for users who may edit."""
    if not user.is_authenticated or not user.has_perm("wagtailadmin.access_admin"):
        return None
    if not page.permissions_for_user(user).can_edit():
        return None
    return reverse("wagtailadmin_pages:history", args=[page.pk])


class FeedbackPageMixin(RoutablePageMixin):
    """Adds "Was this page helpful?" (POST to ``<page url>feedback/``) and page tools."""

    @path("feedback/", name="feedback")
    def feedback(self, request):
        """Receive the form's POST; other methods go back to the page."""
        back = self.get_url(request) + "#feedback"
        if request.method != "POST" or not can_view(self, request.user):
            return redirect(self.get_url(request))
        form = FeedbackForm(request.POST)
        if not form.is_valid():
            messages.error(
                request, gettext("Your feedback was not sent. Please check the form below.")
            )
            return self.render(request, context_overrides={"feedback_form": form})
        if not request.session.session_key:
            request.session.save()
        if feedback.is_duplicate(request, self, form.cleaned_data):
            messages.success(request, gettext("Thank you. We have already received your feedback."))
            return redirect(back)
        if feedback.over_rate_limit(request):
            messages.error(
                request,
                gettext(
                    "You have sent a lot of feedback in a short time. "
                    "Please try again in a few minutes."
                ),
            )
            return redirect(back)
        with transaction.atomic():
            PageFeedback.objects.create(page=self, locale_id=self.locale_id, **form.cleaned_data)
        messages.success(
            request, gettext("Thank you for your feedback. It helps us improve this page.")
        )
        return redirect(back)

    def subpage_url(self, request, name):
        return self.get_url(request) + self.reverse_subpage(name)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("feedback_form", FeedbackForm())
        context["feedback_url"] = self.subpage_url(request, "feedback")
        context["history_url"] = revision_history_url(self, request.user)
        # Editors (who may edit the page) also read what other apps report about its service.
        context["insights"] = (
            insights.insights_for(self.service_group) if context["history_url"] else []
        )
        return context
