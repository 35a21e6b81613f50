"""Structured parts of handbooks and manuals, as StreamField blocks.

wagtail-localize offers every CharBlock/TextBlock for translation, field by
field, and copies the rest (numbers, choices, URLs, documents, pages) from the
Thai source: durations, counts and fees therefore stay in step in every language.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from manuals import insights
from manuals.durations import MINUTES, UNIT_CHOICES, Duration

SMILE_CHOICES = [
    ("S", _("S – Smile: a service mind")),
    ("M", _("M – Marvelous: professional work")),
    ("I", _("I – Impress: memorable service")),
    ("L", _("L – Lively: friendly and approachable")),
    ("E", _("E – Excellence: continuous improvement")),
]


class StepValue(blocks.StructValue):
    def duration(self):
        return Duration.of(self.get("amount"), self.get("unit"))


class TimedStepBlock(blocks.StructBlock):
    """A step with its (target) duration."""

    title = blocks.CharBlock(label=_("Step"), max_length=255)
    description = blocks.TextBlock(label=_("Description"), required=False)
    amount = blocks.IntegerBlock(label=_("Duration"), min_value=1)
    unit = blocks.ChoiceBlock(label=_("Unit"), choices=UNIT_CHOICES, default=MINUTES)

    class Meta:
        icon = "list-ol"
        value_class = StepValue


class HandbookStepBlock(TimedStepBlock):
    responsible_unit = blocks.CharBlock(label=_("Responsible unit"), max_length=255)

    class Meta:
        label = _("Step")


class ManualStepBlock(TimedStepBlock):
    role = blocks.CharBlock(label=_("Responsible role"), max_length=255)

    class Meta:
        label = _("Step")


class ServiceChannelBlock(blocks.StructBlock):
    place = blocks.CharBlock(label=_("Place or channel"), max_length=255)
    opening_hours = blocks.CharBlock(label=_("Opening hours"), required=False, max_length=255)
    url = blocks.URLBlock(label=_("Online address"), required=False)
    note = blocks.TextBlock(label=_("Note"), required=False)

    class Meta:
        icon = "site"
        label = _("Service channel")


class RequiredDocumentBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Document"), max_length=255)
    issuer = blocks.CharBlock(label=_("Issuing agency"), max_length=255)
    originals = blocks.IntegerBlock(label=_("Originals"), min_value=0, default=1)
    copies = blocks.IntegerBlock(label=_("Copies"), min_value=0, default=0)
    note = blocks.CharBlock(label=_("Note"), required=False, max_length=500)

    class Meta:
        icon = "doc-full"
        label = _("Required document")


class FeeBlock(blocks.StructBlock):
    description = blocks.CharBlock(label=_("Fee"), max_length=255)
    amount = blocks.DecimalBlock(label=_("Amount (baht)"), min_value=0, decimal_places=2)
    note = blocks.CharBlock(label=_("Note"), required=False, max_length=500)

    class Meta:
        icon = "tag"
        label = _("Fee")


class ContactChannelBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Channel"), max_length=255)
    details = blocks.TextBlock(label=_("Address or phone"), required=False)
    url = blocks.URLBlock(label=_("Web address"), required=False)

    class Meta:
        icon = "mail"
        label = _("Complaint channel")


class LegalReferenceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Law or regulation"), max_length=255)
    section = blocks.CharBlock(
        label=pgettext_lazy("of a law", "Section"), required=False, max_length=255
    )
    url = blocks.URLBlock(label=_("Web address"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Legal reference")


class TouchPointValue(blocks.StructValue):
    def smile_label(self):
        return dict(SMILE_CHOICES).get(self.get("smile"), "")


class TouchPointBlock(blocks.StructBlock):
    moment = blocks.CharBlock(label=_("Touch point"), max_length=255)
    smile = blocks.ChoiceBlock(label=_("SMILE value"), choices=SMILE_CHOICES)
    behaviour = blocks.TextBlock(label=_("Expected behaviour"))

    class Meta:
        icon = "user"
        label = _("Touch point")
        value_class = TouchPointValue


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=255)
    answer = blocks.TextBlock(label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Question")


class LessonBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Lesson"), max_length=255)
    text = blocks.TextBlock(label=_("What we learned"))
    complaint = blocks.CharBlock(
        label=_("Cited complaint"),
        max_length=20,
        required=False,
        default="",
        help_text=_(
            "The reference of a closed complaint this lesson comes from, e.g. R7-2569-000123."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        reference = (value.get("complaint") or "").strip().upper()
        if reference:
            try:
                insights.check_citation(reference)
            except ValidationError as error:
                raise StructBlockValidationError({"complaint": error}) from error
            value["complaint"] = reference
        return value

    class Meta:
        icon = "pick"
        label = _("Lesson learned")
