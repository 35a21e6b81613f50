"""The officers' forms: the inbox filters, recording a complaint received by
phone, letter, visit or social media, and each action on a complaint."""

import datetime

from django import forms
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from complaints.choices import (
    TEXT_MAX_LENGTH,
    Channel,
    Kind,
    Outcome,
    PauseOn,
    Priority,
    Source,
    Status,
)
from complaints.forms import ComplaintForm, offices_in_language, text_field
from complaints.inbox import DUE_TODAY, OVERDUE
from complaints.models import Category, ReplyTemplate
from core.access import users_with_role
from core.locales import source_page
from offices.models import OfficePage

ANY = [("", _("All"))]


def _choice(label, choices):
    return forms.ChoiceField(label=label, choices=ANY + list(choices), required=False)


class OfficeChoiceField(forms.ModelChoiceField):
    """An office in the page's language, cleaned to its source (Thai) page."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Office"))
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "error_messages", {"invalid_choice": _("Choose an office from the list.")}
        )
        super().__init__(queryset=OfficePage.objects.none(), **kwargs)

    def clean(self, value):
        office = super().clean(value)
        return source_page(office) if office is not None else None

    def label_from_instance(self, obj):
        return f"{obj.code} {obj.title}"


class OfficesInLanguage:
    """Fills each office field with the offices in the language of the request."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, OfficeChoiceField):
                field.queryset = offices_in_language()


class InboxFilterForm(OfficesInLanguage, forms.Form):
    status = _choice(_("Status"), Status.choices)
    priority = _choice(_("Priority"), Priority.choices)
    office = OfficeChoiceField()
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.all(), required=False
    )
    channel = _choice(_("Channel"), Channel.choices)
    kind = _choice(_("Type"), Kind.choices)
    due = _choice(_("Due"), [(OVERDUE, _("Overdue")), (DUE_TODAY, _("Due by today"))])
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=[("due", _("Due time")), ("received", _("Newest first"))],
        required=False,
    )

    def filters(self):
        """The cleaned filters; a field with an invalid value filters nothing."""
        if not self.is_valid() and not self.is_bound:
            return {}
        return {name: value for name, value in self.cleaned_data.items() if value}


class RecordForm(ComplaintForm):
    """A complaint an officer received on the complainant's behalf."""

    channel = forms.ChoiceField(
        label=_("Received by"),
        choices=[choice for choice in Channel.choices if choice[0] != Channel.WEB],
    )
    source = forms.ChoiceField(label=_("Passed on by"), choices=Source.choices)
    received_at = forms.DateTimeField(
        label=_("Received (date and time on the received stamp)"),
        initial=timezone.now,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        error_messages={"invalid": _("Enter a date and time, for example 2026-11-30 09:30.")},
    )
    external_reference = forms.CharField(
        label=_("E-document number"),
        max_length=60,
        required=False,
        help_text=_("Required for a letter."),
    )

    field_order = ["channel", "source", "received_at", "external_reference"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["consent"]
        del self.fields["website"]
        self.order_fields(self.field_order)

    def clean_received_at(self):
        received = self.cleaned_data["received_at"]
        if received > timezone.now() + datetime.timedelta(minutes=1):
            raise forms.ValidationError(_("The date cannot be in the future."), code="future")
        return received

    def clean(self):
        data = super().clean()
        if data.get("channel") == Channel.LETTER and not data.get("external_reference"):
            self.add_error("external_reference", _("Give the letter's e-document number."))
        return data


class TriageForm(OfficesInLanguage, forms.Form):
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.all(), required=False
    )
    priority = forms.ChoiceField(label=_("Priority"), choices=Priority.choices)
    office = OfficeChoiceField()
    assignee = forms.ModelChoiceField(
        label=_("Responsible officer"), queryset=users_with_role("handle_complaints"),
        required=False,
    )  # fmt: skip
    team = forms.ModelChoiceField(
        label=_("Responsible team"),
        queryset=Group.objects.filter(permissions__codename="handle_complaints"),
        required=False,
    )


def _reply_text(form, template_field="template"):
    """The text written, else the chosen template's in the complainant's language."""
    text = (form.cleaned_data.get("text") or "").strip()
    template = form.cleaned_data.get(template_field)
    if not text and template is not None:
        text = template.body_in(form.language)
    if not text:
        form.add_error("text", _("Write the reply, or choose a template."))
    return text


class ReplyForm(forms.Form):
    template = forms.ModelChoiceField(
        label=_("Start from a template"),
        queryset=ReplyTemplate.objects.filter(active=True),
        required=False,
    )
    text = text_field(_("Reply to the complainant"), TEXT_MAX_LENGTH, required=False, rows=6)

    def __init__(self, *args, language="th", **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language

    def clean(self):
        data = super().clean()
        data["text"] = _reply_text(self)
        return data


class CloseForm(ReplyForm):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Outcome.choices)
    root_cause = text_field(_("Root cause"), TEXT_MAX_LENGTH, required=False, rows=3)
    corrective_action = text_field(_("Corrective action"), TEXT_MAX_LENGTH, required=False, rows=3)


class NoteForm(forms.Form):
    text = text_field(_("Internal note"), TEXT_MAX_LENGTH, rows=3)


def _until():
    return forms.DateField(
        label=_("Answer expected by"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Enter a date, for example 2026-11-30.")},
    )


class PauseForm(forms.Form):
    on = forms.ChoiceField(label=_("Waiting on"), choices=PauseOn.choices)
    reason = text_field(
        _("Reason"),
        TEXT_MAX_LENGTH,
        rows=3,
        help_text=_("When waiting on the complainant, this is the question they read."),
    )
    until = _until()


class ResumeForm(forms.Form):
    reason = text_field(_("Reason"), TEXT_MAX_LENGTH, rows=2)


class ReferForm(forms.Form):
    agency = text_field(_("Agency"), 200)
    their_reference = forms.CharField(label=_("Their reference"), max_length=60, required=False)
    until = _until()


class MergeForm(forms.Form):
    into = forms.CharField(
        label=_("Reference of the complaint it duplicates"),
        max_length=20,
        help_text=_("For example R7-2569-000123."),
    )

    def clean_into(self):
        return self.cleaned_data["into"].strip().upper()
