"""A contest, its categories and each category's rubric of weighted criteria.

Managers edit them as Wagtail snippets: a contest with its categories inline,
and each category with its criteria and judge panel. The announcement and the
rules, in both languages, are on the contest's page (``ContestPage``).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from contests.textlimits import validate_combining_marks
from portal.roles import JUDGES


class Contest(ClusterableModel):
    title = models.CharField(_("title"), max_length=200, validators=[validate_combining_marks])
    submission_opens = models.DateTimeField(_("submissions open"))
    submission_closes = models.DateTimeField(_("submissions close"))
    judging_opens = models.DateTimeField(_("judging opens"))
    judging_closes = models.DateTimeField(_("judging closes"))
    entries_per_person = models.PositiveSmallIntegerField(
        _("entries per person per category"), default=1, validators=[MinValueValidator(1)]
    )
    normalise = models.BooleanField(_("normalise each judge's scores (z-score)"), default=False)
    trim = models.BooleanField(_("trimmed mean (drop the highest and lowest)"), default=False)
    winners = models.PositiveSmallIntegerField(_("winners per category"), default=1)
    honourable_mentions = models.PositiveSmallIntegerField(
        _("honourable mentions per category"), default=2
    )
    results_published_at = models.DateTimeField(_("results published"), null=True, blank=True)
    results_public = models.BooleanField(
        _("results visible to everyone"),
        default=False,
        help_text=_("Otherwise only signed-in staff see the published results."),
    )

    panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("submission_opens"), FieldPanel("submission_closes")]),
                FieldRowPanel([FieldPanel("judging_opens"), FieldPanel("judging_closes")]),
            ],
            heading=_("Windows"),
        ),
        FieldPanel("entries_per_person"),
        FieldRowPanel([FieldPanel("winners"), FieldPanel("honourable_mentions")]),
        InlinePanel("categories", heading=_("Categories"), label=_("category"), min_num=1),
    ]

    class Meta:
        verbose_name = _("contest")
        verbose_name_plural = _("contests")
        ordering = ["-submission_opens", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        submission = (self.submission_opens, self.submission_closes)
        judging = (self.judging_opens, self.judging_closes)
        if all(submission) and submission[1] <= submission[0]:
            errors["submission_closes"] = _("Submissions must close after they open.")
        if all(judging) and judging[1] <= judging[0]:
            errors["judging_closes"] = _("Judging must close after it opens.")
        if errors:
            raise ValidationError(errors)

    def submissions_open(self, now=None):
        now = now or timezone.now()
        return self.submission_opens <= now < self.submission_closes

    def judging_open(self, now=None):
        now = now or timezone.now()
        return self.judging_opens <= now < self.judging_closes

    @property
    def results_published(self):
        return self.results_published_at is not None


class Category(ClusterableModel):
    TEXT, LOGO = "text", "logo"
    KINDS = [(TEXT, _("Text")), (LOGO, _("Image (logo)"))]

    contest = ParentalKey(
        Contest, on_delete=models.CASCADE, related_name="categories", verbose_name=_("contest")
    )
    name = models.CharField(_("name"), max_length=120, validators=[validate_combining_marks])
    code_prefix = models.CharField(
        _("entry code prefix"),
        max_length=4,
        help_text=_("Two to four capital letters, e.g. SL: entries are coded SL-0427."),
    )
    kind = models.CharField(_("kind of work"), max_length=8, choices=KINDS, default=TEXT)
    max_words = models.PositiveIntegerField(_("at most words"), null=True, blank=True)
    max_characters = models.PositiveIntegerField(
        _("at most characters"),
        null=True,
        blank=True,
        help_text=_("Counted as a reader sees them: Thai vowel and tone marks are not extra."),
    )
    judges = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="contest_panels",
        limit_choices_to={"groups__name": JUDGES},
        verbose_name=_("judge panel"),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("code_prefix"), FieldPanel("kind"), FieldPanel("sort_order")]),
        FieldRowPanel([FieldPanel("max_words"), FieldPanel("max_characters")]),
    ]
    rubric_panels = [
        FieldPanel("contest"),
        *panels,
        InlinePanel("criteria", heading=_("Rubric"), label=_("criterion"), min_num=1),
        FieldPanel("judges"),
    ]

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["contest", "sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["contest", "code_prefix"], name="unique_code_prefix")
        ]

    def __str__(self):
        return f"{self.contest} – {self.name}"

    def clean(self):
        if self.code_prefix and not (
            self.code_prefix.isascii() and self.code_prefix.isalpha() and self.code_prefix.isupper()
        ):
            raise ValidationError({"code_prefix": _("Use two to four capital letters A–Z.")})

    @property
    def is_logo(self):
        return self.kind == self.LOGO


class Criterion(models.Model):
    category = ParentalKey(
        Category, on_delete=models.CASCADE, related_name="criteria", verbose_name=_("category")
    )
    name = models.CharField(_("name"), max_length=120, validators=[validate_combining_marks])
    description = models.CharField(
        _("what judges look for"),
        max_length=300,
        blank=True,
        validators=[validate_combining_marks],
    )
    weight = models.PositiveSmallIntegerField(
        _("weight (%)"), validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    scale_max = models.PositiveSmallIntegerField(
        _("highest score"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Judges score from 0 to this number."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("weight"), FieldPanel("scale_max")]),
        FieldPanel("description"),
    ]

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name
