"""StreamField blocks for lessons (scenario cards, video) and quiz questions."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock

from portal.blocks import BodyBlock


class ScenarioOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=300)
    feedback = blocks.TextBlock(label=_("Feedback"), help_text=_("Why this works or not."))
    recommended = blocks.BooleanBlock(label=_("Recommended response"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Option")


class ScenarioCardBlock(blocks.StructBlock):
    """ "What would you do at the counter?": a situation, choices and feedback on each."""

    situation = blocks.TextBlock(label=_("Situation"))
    question = blocks.CharBlock(
        label=_("Question"), max_length=250, default=_("What would you do at the counter?")
    )
    options = blocks.ListBlock(ScenarioOptionBlock(), label=_("Options"), min_num=2)

    class Meta:
        icon = "user"
        template = "training/blocks/scenario_card.html"
        label = _("Scenario card")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video URL"), help_text=_("A YouTube or Vimeo address."))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        template = "training/blocks/video.html"
        label = _("Video")


class LessonBlock(BodyBlock):
    """The portal's body blocks plus video and scenario cards."""

    video = VideoBlock()
    scenario = ScenarioCardBlock()


class AnswerOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    explanation = blocks.TextBlock(
        label=_("Explanation"), required=False, help_text=_("Shown with the results.")
    )

    class Meta:
        icon = "tick"
        label = _("Answer")


class QuestionBlock(blocks.StructBlock):
    SINGLE, MULTIPLE = "single", "multiple"

    question = blocks.TextBlock(label=_("Question"))
    kind = blocks.ChoiceBlock(
        label=_("Answer type"),
        choices=[(SINGLE, _("One correct answer")), (MULTIPLE, _("Several correct answers"))],
        default=SINGLE,
    )
    options = blocks.ListBlock(AnswerOptionBlock(), label=_("Answers"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["correct"])
        if value["kind"] == self.SINGLE and correct != 1:
            message = _("Mark exactly one answer as correct.")
        elif correct == 0:
            message = _("Mark at least one answer as correct.")
        else:
            return value
        raise StructBlockValidationError(non_block_errors=[ValidationError(message)])


class QuestionsBlock(blocks.StreamBlock):
    question = QuestionBlock()
