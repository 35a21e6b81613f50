"""A question set's questions: one StreamField block type per question type.

Every question has a stable ``key`` (answers and aggregates refer to it), its
wording in Thai and English, and the tags reports group by: a dimension, the
SMILE letter of a staff question and an optional GECC results tag."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from surveys.choices import Dimension, SmileLetter

KEY_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"


class QuestionBlock(blocks.StructBlock):
    key = blocks.RegexBlock(
        KEY_PATTERN,
        label=_("key"),
        help_text=_("Lower-case letters, digits and _, unique in the set, for example staff_s."),
        error_messages={"invalid": _("Lower-case letters, digits and _, starting with a letter.")},
    )
    text_th = blocks.CharBlock(label=_("question (Thai)"), max_length=300)
    text_en = blocks.CharBlock(label=_("question (English)"), max_length=300)
    required = blocks.BooleanBlock(label=_("required"), required=False, default=True)
    dimension = blocks.ChoiceBlock(
        label=_("dimension"), choices=Dimension.choices, default=Dimension.PROCESS
    )
    smile = blocks.ChoiceBlock(
        label=_("SMILE letter"),
        choices=SmileLetter.choices,
        required=False,
        help_text=_("Staff questions: the SMILE quality the question measures."),
    )
    gecc = blocks.CharBlock(label=_("GECC results tag"), required=False, max_length=60)

    class Meta:
        icon = "help"
        form_classname = "struct-block question-block"

    def clean(self, value):
        value = super().clean(value)
        if value["dimension"] == Dimension.STAFF and not value["smile"]:
            raise StructBlockValidationError(
                {"smile": ValidationError(_("A staff question needs its SMILE letter."))}
            )
        return value


class LikertBlock(QuestionBlock):
    allow_na = blocks.BooleanBlock(label=_("offer “not applicable”"), required=False, default=True)

    class Meta:
        label = _("Five-point rating (5 highest … 1 lowest)")
        icon = "list-ol"


class ChoiceBlock(blocks.StructBlock):
    value = blocks.RegexBlock(
        KEY_PATTERN,
        label=_("value"),
        error_messages={"invalid": _("Lower-case letters, digits and _, starting with a letter.")},
    )
    label_th = blocks.CharBlock(label=_("label (Thai)"), max_length=120)
    label_en = blocks.CharBlock(label=_("label (English)"), max_length=120)


class ChoiceQuestionBlock(QuestionBlock):
    choices = blocks.ListBlock(ChoiceBlock(), label=_("choices"), min_num=2, max_num=20)

    def clean(self, value):
        value = super().clean(value)
        values = [choice["value"] for choice in value["choices"]]
        if len(set(values)) != len(values):
            raise StructBlockValidationError(
                {"choices": ValidationError(_("Each choice needs its own value."))}
            )
        return value


class QuestionsBlock(blocks.StreamBlock):
    likert = LikertBlock()
    faces = QuestionBlock(label=_("Four faces"), icon="pick")
    yes_no = QuestionBlock(label=_("Yes or no"), icon="tick")
    single = ChoiceQuestionBlock(label=_("One choice"), icon="radio-full")
    multiple = ChoiceQuestionBlock(label=_("Several choices"), icon="list-ul")
    text = QuestionBlock(label=_("Short text"), icon="edit")
    scale = QuestionBlock(label=_("0–10"), icon="order")
    importance = QuestionBlock(label=_("Importance and performance (1–5 each)"), icon="doc-full")

    class Meta:
        min_num = 1
        max_num = 60

    def clean(self, value):
        value = super().clean(value)
        seen = set()
        errors = {}
        for index, child in enumerate(value):
            if child.value["key"] in seen:
                errors[index] = ValidationError(_("Another question already has this key."))
            seen.add(child.value["key"])
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value
