"""The complainant's forms: filing, finding a complaint, and answering, confirming
or reopening it."""

import uuid

from django import forms
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from complaints.choices import SUBJECT_MAX_LENGTH, TEXT_MAX_LENGTH, Kind
from core import uploads
from core.locales import source_page
from offices import phones
from offices.models import OfficePage

MAX_FILES = 3
OFFICE_SALT = "complaints.office"
CONTACT_FIELDS = ("contact_name", "contact_phone", "contact_email")


def office_token(office):
    """The signed value a QR poster puts in the form's address for ``office``."""
    return signing.dumps(office.code, salt=OFFICE_SALT)


def office_from_token(value):
    """The office code a QR poster's value names, or None if it was not signed by us."""
    try:
        return signing.loads(value, salt=OFFICE_SALT)
    except signing.BadSignature:
        return None


def text_field(label, max_length, required=True, rows=None, help_text=""):
    """A text field with the complaint forms' messages (a textarea with ``rows``)."""
    widget = forms.Textarea(attrs={"rows": rows}) if rows else forms.TextInput()
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        widget=widget,
        help_text=help_text,
        error_messages={
            "required": _("This field is required."),
            "max_length": _("At most %(limit_value)d characters (it has %(show_value)d)."),
        },
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Up to ``MAX_FILES`` files, each checked by ``core.uploads``; cleans to
    [(content, content type, original name)]."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Attachments"))
        kwargs.setdefault(
            "help_text",
            _("Up to 3 files: PNG or JPEG images, PDF, DOCX or XLSX, 5 MB each."),
        )
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = [item for item in (data or []) if item]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(_("Attach at most 3 files."), code="too_many")
        cleaned = []
        for upload in files:
            content, content_type = uploads.clean_upload(upload)
            cleaned.append((content, content_type, upload.name))
        return cleaned


def not_future(value):
    """A date that is not after today."""
    if value and value > timezone.localdate():
        raise forms.ValidationError(_("The date cannot be in the future."), code="future")


def offices_in_language():
    """Live offices in the active language, in directory order."""
    locale = Locale.get_active()
    return OfficePage.objects.live().filter(locale=locale).order_by("path")


class ComplaintForm(forms.Form):
    """Filing on the web; contact details only when not anonymous."""

    kind = forms.ChoiceField(
        label=_("What would you like to send?"),
        choices=Kind.choices,
        initial=Kind.COMPLAINT,
        widget=forms.RadioSelect,
    )
    office = forms.ModelChoiceField(
        label=_("Office"),
        queryset=OfficePage.objects.none(),
        required=False,
        empty_label=_("Not sure / the regional office"),
        error_messages={"invalid_choice": _("Choose an office from the list.")},
    )
    subject = text_field(_("Subject"), SUBJECT_MAX_LENGTH)
    description = text_field(
        _("What happened?"),
        TEXT_MAX_LENGTH,
        rows=8,
        help_text=_("When, where, who was involved, and what you would like us to do."),
    )
    happened_on = forms.DateField(
        label=_("Date it happened"),
        required=False,
        validators=[not_future],
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Enter a date, for example 2026-11-30.")},
    )
    attachments = AttachmentsField()
    anonymous = forms.BooleanField(
        label=_("Send anonymously"),
        required=False,
        help_text=_(
            "You can follow the status with your reference and tracking code, "
            "but we cannot reply to you or ask you for more information."
        ),
    )
    contact_name = text_field(_("Your name"), 120, required=False)
    contact_phone = forms.CharField(
        label=_("Telephone"),
        max_length=20,
        required=False,
        validators=[phones.validate_thai_phone],
    )
    contact_email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        help_text=_("We send your reference, tracking code and our answer here."),
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice above."),
        error_messages={"required": _("Please confirm that you have read the privacy notice.")},
    )
    # A field people never see: only robots fill it in.
    website = forms.CharField(required=False, widget=forms.HiddenInput)
    form_token = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    def __init__(self, *args, office_code=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = offices_in_language()
        if office_code and not self.is_bound:
            self.initial["office"] = offices_in_language().filter(code=office_code).first()

    def clean_subject(self):
        return self.cleaned_data["subject"].strip()

    def clean_office(self):
        office = self.cleaned_data.get("office")
        return source_page(office) if office is not None else None

    def clean(self):
        data = super().clean()
        if data.get("website"):
            raise forms.ValidationError(
                _("The form could not be sent. Please reload the page and try again."),
                code="honeypot",
            )
        if data.get("anonymous"):
            # Nothing of an anonymous complainant's contact is kept, nor checked.
            for field in CONTACT_FIELDS:
                self.errors.pop(field, None)
                data[field] = ""
        else:
            if not (data.get("contact_name") or "").strip():
                self.add_error("contact_name", _("Give your name, or send anonymously."))
            reachable = data.get("contact_phone") or data.get("contact_email")
            if not reachable and "contact_phone" not in self.errors:
                self.add_error(
                    "contact_phone",
                    _("Give a telephone number or an e-mail address so we can reply."),
                )
        return data


class FindForm(forms.Form):
    reference = forms.CharField(
        label=_("Reference"), max_length=20, help_text=_("For example R7-2569-000123.")
    )
    code = forms.CharField(label=_("Tracking code"), max_length=20)

    def clean_reference(self):
        return self.cleaned_data["reference"].strip().upper()


class AnswerForm(forms.Form):
    text = text_field(_("Your answer"), TEXT_MAX_LENGTH, rows=6)
    attachments = AttachmentsField()


class ConfirmForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How well did we handle your complaint?"),
        choices=[(str(n), str(n)) for n in range(5, 0, -1)],
        coerce=int,
        required=False,
        empty_value=None,
        widget=forms.RadioSelect,
        help_text=_("5 is very good, 1 is very poor."),
    )
    comment = text_field(_("Comment"), 1000, required=False, rows=3)


class ReopenForm(forms.Form):
    text = text_field(_("Why does the answer not settle the matter?"), TEXT_MAX_LENGTH, rows=4)
