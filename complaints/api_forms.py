"""The intake API's fields, checked like the web form's (Thai telephone numbers,
text limits, dates not in the future, known offices)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from complaints.choices import SUBJECT_MAX_LENGTH, TEXT_MAX_LENGTH, Channel, Kind
from complaints.forms import not_future, text_field
from core.locales import source_page
from offices import phones
from offices.models import OfficePage

CONTACT = ("name", "phone", "email")


class IntakeForm(forms.Form):
    type = forms.ChoiceField(choices=Kind.choices)
    subject = text_field(_("Subject"), SUBJECT_MAX_LENGTH)
    description = text_field(_("What happened?"), TEXT_MAX_LENGTH)
    channel = forms.ChoiceField(
        choices=[choice for choice in Channel.choices if choice[0] != Channel.WEB]
    )
    office = forms.CharField(max_length=20, required=False)
    happened_on = forms.DateField(required=False, validators=[not_future])
    name = text_field(_("Your name"), 120, required=False)
    phone = forms.CharField(max_length=20, required=False, validators=[phones.validate_thai_phone])
    email = forms.EmailField(required=False)

    def clean_office(self):
        code = self.cleaned_data["office"].strip().upper()
        if not code:
            return None
        office = OfficePage.objects.live().filter(code=code).first()
        if office is None:
            raise forms.ValidationError(_("No office has this code."), code="unknown_office")
        return source_page(office)

    def filing_data(self):
        """The cleaned fields as ``filing.file_complaint`` takes them."""
        data = self.cleaned_data
        contact = {f"contact_{field}": data.get(field) or "" for field in CONTACT}
        return {
            "kind": data["type"],
            "subject": data["subject"].strip(),
            "description": data["description"],
            "office": data["office"],
            "happened_on": data["happened_on"],
            "anonymous": not any(contact.values()),
            **contact,
        }
