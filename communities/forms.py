"""Forms for topics, replies, edits, reports and moving a topic, and the one parser
of ids that come from forms and query strings."""

import re
import uuid

from django import forms
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from taggit.forms import TagField
from wagtail.models import Page

from communities import access, markup
from communities.models.moderation import Report
from communities.models.topics import BODY_MAX_LENGTH, TAG_MAX_LENGTH, TITLE_MAX_LENGTH
from core import uploads
from core.text import one_line

MAX_TAGS = 8
# A database id: ASCII digits only (str.isdigit() also takes "²" and "๓"), and few
# enough of them to fit a 64-bit integer column (SQLite overflows past that).
_ID = re.compile(r"[0-9]{1,18}")


def parse_id(value):
    """The positive integer id ``value`` spells, or None for anything else (empty,
    negative, non-numeric, non-ASCII digits, or too large for the database)."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        return None
    number = int(value)
    return number or None


class IdChoiceField(forms.ModelChoiceField):
    """A choice of object by id that answers "not one of the choices" for any value
    that is not an id, instead of letting the database choke on it."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if parse_id(str(value)) is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class PostForm(forms.Form):
    """A reply (and the body of every post form): Markdown text, one attachment, and a
    per-form token so a double submit makes one post."""

    body = forms.CharField(
        label=_("Your message"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(
            attrs={
                "rows": 8,
                "data-composer": "",
                "data-preview-url": reverse_lazy("communities:preview"),
                "data-mentions-url": reverse_lazy("communities:mentions"),
            }
        ),
        help_text=_(
            "Markdown: **bold**, *italic*, - lists, > quotes, [links](https://…). "
            "Mention a colleague with @ and their name, then choose them from the list."
        ),
        error_messages={
            "required": _("Write something before posting."),
            "max_length": _(
                "This message is too long: it can have at most %(limit_value)d characters "
                "(it has %(show_value)d). Shorten it or split it into two posts."
            ),
        },
    )
    attachment = forms.FileField(
        label=_("Attach a file"),
        required=False,
        help_text=_("PNG or JPEG image, PDF, DOCX or XLSX, up to 5 MB."),
    )
    form_token = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    def clean_body(self):
        body = self.cleaned_data["body"]
        if markup.too_deep(body):
            raise forms.ValidationError(
                _(
                    "Lists or quotes are nested too deeply to be shown. "
                    "Use fewer levels of lists inside lists or quotes inside quotes."
                ),
                code="nesting",
            )
        html = markup.render(body)
        if not markup.has_text(html):
            raise forms.ValidationError(
                _("Write something before posting: this message has no text that can be shown."),
                code="empty",
            )
        self.cleaned_data["body_html"] = html
        return body

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        return uploads.clean_upload(upload)


class TopicForm(PostForm):
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX_LENGTH,
        error_messages={
            "required": _("Give the topic a title."),
            "max_length": _(
                "The title is too long: it can have at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
    )
    tags = TagField(
        label=_("Tags"),
        required=False,
        help_text=_("Separate tags with commas, e.g. VAT, e-Filing."),
    )

    field_order = ["title", "body", "tags", "attachment", "form_token"]

    def clean_title(self):
        """One line: the title goes into e-mails and feeds, where a line break or a
        control character could forge a line."""
        title = one_line(self.cleaned_data["title"])
        if not title:
            raise forms.ValidationError(self.fields["title"].error_messages["required"])
        return title

    def clean_tags(self):
        tags = (one_line(tag)[:TAG_MAX_LENGTH] for tag in self.cleaned_data.get("tags") or [])
        tags = list(dict.fromkeys(tag for tag in tags if tag))
        if len(tags) > MAX_TAGS:
            raise forms.ValidationError(
                _("Use at most %(count)s tags."), code="tags", params={"count": MAX_TAGS}
            )
        return tags


class EditForm(forms.Form):
    body = PostForm.base_fields["body"]
    clean_body = PostForm.clean_body


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why should a facilitator look at this post?"),
        choices=Report.REASONS,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Details (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class MoveForm(forms.Form):
    community = IdChoiceField(
        label=_("Move to community"), queryset=Page.objects.none(), empty_label=None
    )

    def __init__(self, *args, topic, user, **kwargs):
        """The targets: the other communities (source pages) ``user`` may see."""
        super().__init__(*args, **kwargs)
        sources = type(topic.community).objects.filter(
            locale_id=topic.community.locale_id, pk__in=access.visible_community_ids(user)
        )
        self.fields["community"].queryset = sources.exclude(pk=topic.community_id).order_by("title")
