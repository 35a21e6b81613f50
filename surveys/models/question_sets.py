"""Versioned question sets: a set that has been answered never changes; a new
version of it is made instead."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField

from surveys.blocks import QuestionsBlock
from surveys.questions import questions_from


class QuestionSet(models.Model):
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    questions = StreamField(QuestionsBlock(), verbose_name=_("questions"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("question set")
        verbose_name_plural = _("question sets")
        ordering = ["name_th", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["name_th", "version"], name="surveys_set_version")
        ]

    def __str__(self):
        name = self.name_en if get_language() == "en" else self.name_th
        return _("%(name)s, version %(version)s") % {"name": name, "version": self.version}

    @cached_property
    def question_list(self):
        return questions_from(self.questions)

    def question(self, key):
        return next((q for q in self.question_list if q.key == key), None)

    def answered(self):
        return self.pk is not None and self.surveys.filter(responses__isnull=False).exists()

    def clean(self):
        super().clean()
        if self.answered():
            stored = QuestionSet.objects.get(pk=self.pk)
            if stored.questions.raw_data != self.questions.raw_data:
                raise ValidationError(
                    _(
                        "This question set has been answered and cannot change. "
                        "Copy it as a new version instead."
                    )
                )

    def new_version(self):
        """An unsaved copy with the next free version number."""
        latest = QuestionSet.objects.filter(name_th=self.name_th).aggregate(
            highest=models.Max("version")
        )["highest"]
        return QuestionSet(
            name_th=self.name_th,
            name_en=self.name_en,
            version=(latest or 0) + 1,
            questions=self.questions.raw_data,
        )
