"""Forms for topics, replies, edits, reports and moving a topic."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _
from taggit.forms import TagField

from communities import markup, uploads
from communities.models import CommunityPage, Report
from communities.models.topics import BODY_MAX_LENGTH, TITLE_MAX_LENGTH

MAX_TAGS = 8


class PostForm(forms.Form):
    """A reply (and the body of every post form): Markdown text, one attachment, and a
    per-form token so a double submit makes one post."""

    body = forms.CharField(
        label=_("Your message"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Markdown: **bold**, *italic*, - lists, > quotes, [links](https://…). "
            "Mention a colleague with @username."
        ),
        error_messages={"required": _("Write something before posting.")},
    )
    attachment = forms.FileField(
        label=_("Attach a file"),
        required=False,
        help_text=_("PNG or JPEG image, PDF, DOCX or XLSX, up to 5 MB."),
    )
    form_token = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    def clean_body(self):
        body = self.cleaned_data["body"]
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
        error_messages={"required": _("Give the topic a title.")},
    )
    tags = TagField(
        label=_("Tags"),
        required=False,
        help_text=_("Separate tags with commas, e.g. VAT, e-Filing."),
    )

    field_order = ["title", "body", "tags", "attachment", "form_token"]

    def clean_tags(self):
        tags = [tag.strip()[:100] for tag in self.cleaned_data.get("tags") or [] if tag.strip()]
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
    community = forms.ModelChoiceField(
        label=_("Move to community"), queryset=CommunityPage.objects.none(), empty_label=None
    )

    def __init__(self, *args, topic, **kwargs):
        super().__init__(*args, **kwargs)
        sources = CommunityPage.objects.filter(locale_id=topic.community.locale_id)
        self.fields["community"].queryset = sources.exclude(pk=topic.community_id).order_by("title")
