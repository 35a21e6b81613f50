"""The survey form built from a question set: one field per question (two for an
importance-and-performance pair), each answer checked against its question."""

from django import forms
from django.utils.translation import gettext_lazy as _

NOT_APPLICABLE = "na"
TEXT_LIMIT = 2000

LIKERT_LABELS = {
    5: _("5 Very high"),
    4: _("4 High"),
    3: _("3 Moderate"),
    2: _("2 Low"),
    1: _("1 Very low"),
}
FACE_LABELS = {
    4: _("Very satisfied"),
    3: _("Satisfied"),
    2: _("Dissatisfied"),
    1: _("Very dissatisfied"),
}
IMPORTANCE = "__importance"


def _numbers(labels):
    return [(str(value), label) for value, label in labels.items()]


class SurveyForm(forms.Form):
    """``SurveyForm(questions, services, data)``; ``answers()`` gives the rows to save."""

    def __init__(self, questions, services=(), *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        if services:
            self.fields["service"] = forms.ModelChoiceField(
                services, required=False, label=_("Which service did you come for?")
            )
        for question in questions:
            self._add(question)

    def _add(self, question):
        label = question.text
        required = question.required
        radio = forms.RadioSelect
        if question.kind == "likert":
            choices = _numbers(LIKERT_LABELS)
            if question.allow_na:
                choices.append((NOT_APPLICABLE, _("Not applicable")))
            field = forms.ChoiceField(choices=choices, widget=radio)
        elif question.kind == "faces":
            field = forms.ChoiceField(choices=_numbers(FACE_LABELS), widget=radio)
        elif question.kind == "yes_no":
            field = forms.ChoiceField(choices=[("1", _("Yes")), ("0", _("No"))], widget=radio)
        elif question.kind == "single":
            field = forms.ChoiceField(choices=question.choice_labels(), widget=radio)
        elif question.kind == "multiple":
            field = forms.MultipleChoiceField(
                choices=question.choice_labels(), widget=forms.CheckboxSelectMultiple
            )
        elif question.kind == "scale":
            field = forms.ChoiceField(
                choices=[(str(value), str(value)) for value in range(11)], widget=radio
            )
        elif question.kind == "importance":
            self.fields[question.key + IMPORTANCE] = forms.ChoiceField(
                label=_("How important is it to you?"),
                choices=_numbers(LIKERT_LABELS),
                widget=radio,
                required=required,
            )
            field = forms.ChoiceField(
                label=_("How well did we do?"), choices=_numbers(LIKERT_LABELS), widget=radio
            )
        else:
            field = forms.CharField(max_length=TEXT_LIMIT, widget=forms.Textarea(attrs={"rows": 3}))
        field.required = required
        if field.label is None:
            field.label = label
        field.question = question
        self.fields[question.key] = field

    def question_fields(self):
        """(question, its bound fields) in order, for the template's fieldsets."""
        for question in self.questions:
            bound = [self[question.key]]
            if question.kind == "importance":
                bound.insert(0, self[question.key + IMPORTANCE])
            yield question, bound

    def answers(self):
        """Rows of ``Answer`` fields for the questions answered."""
        rows = []
        for question in self.questions:
            value = self.cleaned_data.get(question.key)
            if value in (None, "", []):
                continue
            row = {"question": question.key}
            if question.kind in ("single", "multiple"):
                row["choices"] = value if isinstance(value, list) else [value]
            elif question.kind == "text":
                row["text"] = value
            elif value == NOT_APPLICABLE:
                row["not_applicable"] = True
            else:
                row["number"] = int(value)
                importance = self.cleaned_data.get(question.key + IMPORTANCE)
                if importance:
                    row["importance"] = int(importance)
            rows.append(row)
        return rows
