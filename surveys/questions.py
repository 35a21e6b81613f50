"""A question set's questions as plain values the form, kiosk and reports use."""

from dataclasses import dataclass

from django.utils.translation import get_language

from surveys.choices import Dimension

# The highest value of each scored type; its top two boxes are the two highest values.
SCALES = {"likert": (1, 5), "faces": (1, 4), "importance": (1, 5), "scale": (0, 10)}


@dataclass(frozen=True)
class Question:
    key: str
    kind: str
    text_th: str
    text_en: str
    required: bool
    dimension: str
    smile: str
    gecc: str
    allow_na: bool
    choices: tuple  # ((value, label_th, label_en), ...)

    @property
    def text(self):
        return self.text_en if get_language() == "en" else self.text_th

    @property
    def scored(self):
        """True if answers are numbers reports average."""
        return self.kind in SCALES

    @property
    def scale(self):
        return SCALES[self.kind]

    @property
    def top_two(self):
        """The lowest value counted in the top two boxes."""
        return self.scale[1] - 1

    def choice_labels(self):
        english = get_language() == "en"
        return [(value, en if english else th) for value, th, en in self.choices]

    def dimension_label(self):
        return Dimension(self.dimension).label


def questions_from(stream):
    """The questions of a ``QuestionsBlock`` stream value, in order."""
    return [
        Question(
            key=child.value["key"],
            kind=child.block_type,
            text_th=child.value["text_th"],
            text_en=child.value["text_en"],
            required=bool(child.value["required"]),
            dimension=child.value["dimension"],
            smile=child.value["smile"] or "",
            gecc=child.value["gecc"] or "",
            allow_na=bool(child.value.get("allow_na")),
            choices=tuple(
                (choice["value"], choice["label_th"], choice["label_en"])
                for choice in child.value.get("choices", ())
            ),
        )
        for child in stream
    ]
