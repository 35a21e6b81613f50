"""The filters of survey reports: office (within the reader's scope), service,
channel and a range of months; and the two surveys a before/after report compares."""

from django import forms
from django.utils.translation import gettext_lazy as _

from surveys.choices import Channel
from surveys.models import Service, Survey
from surveys.reports import Filters

MONTH = {
    "input_formats": ["%Y-%m"],
    "widget": forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
}


class ReportFilterForm(forms.Form):
    office = forms.ModelChoiceField(None, required=False, label=_("Office (with its branches)"))
    service = forms.ModelChoiceField(Service.objects.all(), required=False, label=_("Service"))
    channel = forms.ChoiceField(
        choices=[("", _("All channels")), *Channel.choices], required=False, label=_("Channel")
    )
    start = forms.DateField(required=False, label=_("From month"), **MONTH)
    end = forms.DateField(required=False, label=_("To month"), **MONTH)

    def __init__(self, scope, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = scope.order_by("path")
        self.fields["office"].empty_label = _("All my offices")

    def filters(self):
        """The chosen ``Filters`` (none if the form has errors)."""
        if not self.is_valid():
            return Filters()
        data = self.cleaned_data
        return Filters(
            office=data["office"],
            service=data["service"],
            channel=data["channel"],
            start=data["start"],
            end=data["end"],
        )


class CompareForm(forms.Form):
    before = forms.ModelChoiceField(Survey.objects.all(), label=_("Before"))
    after = forms.ModelChoiceField(Survey.objects.all(), label=_("After"))
    office = forms.ModelChoiceField(None, required=False, label=_("Office (with its branches)"))

    def __init__(self, scope, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = scope.order_by("path")
        self.fields["office"].empty_label = _("All my offices")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("before") and cleaned.get("before") == cleaned.get("after"):
            raise forms.ValidationError(_("Choose two different surveys to compare."))
        return cleaned


class RegionForm(forms.Form):
    survey = forms.ModelChoiceField(Survey.objects.all(), label=_("Survey"))
    threshold = forms.IntegerField(
        min_value=0, max_value=100, initial=80, required=False, label=_("Threshold (per cent)")
    )
