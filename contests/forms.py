"""Forms for entrants, judges and managers."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from contests.logos import reencode
from contests.models import Conflict, Entry, ScoreSheet
from contests.textlimits import (
    MaxStoredLength,
    count_characters,
    count_words,
    validate_combining_marks,
)


class FreeTextField(forms.CharField):
    """Text as a person types it: at most ``max_length`` code points (every vowel and
    tone mark counts) and no pile of marks on one letter."""

    def __init__(self, *, max_length, **kwargs):
        super().__init__(**kwargs)
        self.validators += [MaxStoredLength(max_length), validate_combining_marks]
        self.widget.attrs["maxlength"] = str(max_length)


class EntryForm(forms.Form):
    token = forms.UUIDField(widget=forms.HiddenInput, required=False)
    title = FreeTextField(label=_("Title"), max_length=200)
    text = FreeTextField(
        label=_("Your work"), widget=forms.Textarea, required=False,
        max_length=Entry.TEXT_MAX_LENGTH,
    )  # fmt: skip
    logo = forms.FileField(
        label=_("Logo image"),
        required=False,
        help_text=_("PNG or JPEG, at most 5 MB, 64 to 4000 pixels on each side."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg"}),
    )

    def __init__(self, *args, category, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.category = category
        self.fields["token"].initial = uuid.uuid4()
        if category.is_logo:
            del self.fields["text"]
            self.fields["logo"].required = not editing
            if editing:
                self.fields["logo"].help_text = _("Leave empty to keep the current image.")
        else:
            del self.fields["logo"]
            self.fields["text"].required = True
            limits = []
            if category.max_words:
                limits.append(_("at most %(count)s words") % {"count": category.max_words})
            if category.max_characters:
                limits.append(
                    _("at most %(count)s characters") % {"count": category.max_characters}
                )
            self.fields["text"].help_text = ", ".join(str(limit) for limit in limits)
            self.fields["text"].widget.attrs.update(
                {
                    "data-max-words": category.max_words or "",
                    "data-max-characters": category.max_characters or "",
                    "aria-describedby": "id_text_helptext id_text_error id_text_counter",
                }
            )

    def counts(self):
        """(words, characters) of the text as typed (or as saved), counted as the
        limits are; None for a logo category."""
        if "text" not in self.fields:
            return None
        text = (self["text"].value() or "").strip()
        return count_words(text), count_characters(text)

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        words, characters = count_words(text), count_characters(text)
        if self.category.max_words and words > self.category.max_words:
            raise forms.ValidationError(
                ngettext_lazy(
                    "At most %(limit)s word: this text has %(count)s.",
                    "At most %(limit)s words: this text has %(count)s.",
                    "limit",
                ),
                params={"limit": self.category.max_words, "count": words},
            )
        if self.category.max_characters and characters > self.category.max_characters:
            raise forms.ValidationError(
                ngettext_lazy(
                    "At most %(limit)s character: this text has %(count)s.",
                    "At most %(limit)s characters: this text has %(count)s.",
                    "limit",
                ),
                params={"limit": self.category.max_characters, "count": characters},
            )
        return text

    def clean_logo(self):
        upload = self.cleaned_data.get("logo")
        return reencode(upload) if upload else None


class ScoreForm(forms.Form):
    comment = FreeTextField(
        label=_("Comment (optional)"), widget=forms.Textarea(attrs={"rows": 3}), required=False,
        max_length=ScoreSheet.COMMENT_MAX_LENGTH,
    )  # fmt: skip

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            self.fields[self.key(criterion)] = forms.DecimalField(
                label=criterion.name,
                required=False,
                min_value=0,
                max_value=criterion.scale_max,
                decimal_places=2,
                max_digits=5,
                help_text=_("%(description)s Score 0–%(max)s; weight %(weight)s%%.")
                % {
                    "description": criterion.description,
                    "max": criterion.scale_max,
                    "weight": criterion.weight,
                },
                widget=forms.NumberInput(
                    attrs={
                        "step": "0.5",
                        "inputmode": "decimal",
                        "data-weight": criterion.weight,
                        "data-scale": criterion.scale_max,
                    }
                ),
            )
        self.order_fields([*[self.key(c) for c in criteria], "comment"])

    @staticmethod
    def key(criterion):
        return f"criterion-{criterion.pk}"

    def values(self):
        return {c: self.cleaned_data.get(self.key(c)) for c in self.criteria}


class ConflictForm(forms.Form):
    reason = FreeTextField(
        label=_("Why can you not judge this entry fairly?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=Conflict.REASON_MAX_LENGTH,
    )


class AssignForm(forms.Form):
    ALL, BALANCED = "all", "balanced"
    mode = forms.ChoiceField(
        label=_("Assign"),
        choices=[
            (ALL, _("Every panel judge to every entry")),
            (BALANCED, _("A balanced share: this many judges per entry")),
        ],
        widget=forms.RadioSelect,
        initial=ALL,
    )
    per_entry = forms.IntegerField(
        label=_("Judges per entry"), min_value=1, max_value=50, initial=3, required=False
    )

    def clean(self):
        data = super().clean()
        if data.get("mode") == self.BALANCED and not data.get("per_entry"):
            self.add_error("per_entry", _("Say how many judges each entry needs."))
        return data


class NextRoundForm(forms.Form):
    top = forms.IntegerField(label=_("Entries going on to the next round"), min_value=1)


class PublishForm(forms.Form):
    normalise = forms.BooleanField(
        label=_("Normalise each judge's scores (z-score)"), required=False
    )
    trim = forms.BooleanField(
        label=_("Trimmed mean: drop each entry's highest and lowest total (4 or more judges)"),
        required=False,
    )
    public = forms.BooleanField(label=_("Results visible to everyone"), required=False)
