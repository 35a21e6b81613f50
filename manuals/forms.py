"""The index filters and the "Was this page helpful?" form."""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from manuals.choices import FEEDBACK_COMMENT_MAX_LENGTH, Agency, Audience, ServiceGroup
from manuals.collation import index_letter

# Bidirectional embeddings, overrides and isolates: they can make text read
# differently from what it says.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def plain_text(value):
    """``value`` as typed, without control characters (line breaks and tabs stay)
    or bidirectional overrides. It is text, never markup: whatever shows it escapes it."""
    value = value.replace("\r\n", "\n")
    return "".join(
        char
        for char in value
        if char in "\n\t" or (unicodedata.category(char) != "Cc" and char not in BIDI_CONTROLS)
    ).strip()


def _with_all(choices):
    return [("", _("All"))] + list(choices)


class IndexFilterForm(forms.Form):
    """GET filters of an index page; invalid values are reported and ignored."""

    service_group = forms.ChoiceField(
        label=_("Service group"), required=False, choices=_with_all(ServiceGroup.choices)
    )
    agency = forms.ChoiceField(
        label=_("Responsible agency"), required=False, choices=_with_all(Agency.choices)
    )
    audience = forms.ChoiceField(
        label=_("Audience"), required=False, choices=_with_all(Audience.choices)
    )
    letter = forms.CharField(required=False, max_length=1)

    FACETS = ("service_group", "agency", "audience")

    def clean_letter(self):
        """A letter from the A-Z ("a" means "A"); anything else is ignored."""
        letter = self.cleaned_data["letter"]
        return index_letter(letter) if letter else ""

    def filters(self):
        """{field: value} for the facets that hold a valid, chosen value."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {name: data[name] for name in self.FACETS if data.get(name)}

    def letter_value(self):
        self.is_valid()
        return getattr(self, "cleaned_data", {}).get("letter", "")


class FeedbackForm(forms.Form):
    helpful = forms.TypedChoiceField(
        label=_("Was this page helpful?"),
        choices=[
            ("yes", pgettext_lazy("page helpful", "Yes")),
            ("no", pgettext_lazy("page helpful", "No")),
        ],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose “Yes” or “No”.")},
    )
    comment = forms.CharField(
        label=_("How could we improve this page? (optional)"),
        help_text=_(
            "Please do not include personal details such as your ID card number. "
            "Only the portal's editors read comments; they are not published."
        ),
        required=False,
        max_length=FEEDBACK_COMMENT_MAX_LENGTH,
        widget=forms.Textarea(
            attrs={
                "rows": 3,
                "maxlength": FEEDBACK_COMMENT_MAX_LENGTH,
                "aria-describedby": "id_comment_help",
            }
        ),
        error_messages={
            "max_length": _(
                "Please shorten your comment to at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            )
        },
    )

    def clean_comment(self):
        return plain_text(self.cleaned_data["comment"])
