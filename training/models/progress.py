"""A learner's record: enrolments, finished lessons, quiz attempts and certificates.

Rows point at the source-language (Thai) pages, so progress made while reading
any translation counts once; readers match them to pages by ``translation_key``.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

USER = settings.AUTH_USER_MODEL


class Enrolment(models.Model):
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey(
        "training.CoursePage", on_delete=models.CASCADE, related_name="enrolments"
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_enrolment_per_course")
        ]

    def __str__(self):
        return f"{self.user} – {self.course_id}"


class LessonCompletion(models.Model):
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey(
        "training.LessonPage", on_delete=models.CASCADE, related_name="completions"
    )
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("finished lesson")
        verbose_name_plural = _("finished lessons")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="one_completion_per_lesson")
        ]

    def __str__(self):
        return f"{self.user} – {self.lesson_id}"


class QuizAttempt(models.Model):
    """One try at a quiz; every attempt is kept and the best one counts."""

    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="quiz_attempts")
    quiz = models.ForeignKey("training.QuizPage", on_delete=models.CASCADE, related_name="attempts")
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    question_order = models.JSONField(_("question order"), default=list)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    correct = models.PositiveSmallIntegerField(_("correct answers"), default=0)
    total = models.PositiveSmallIntegerField(_("questions"), default=0)
    score = models.PositiveSmallIntegerField(_("score (%)"), default=0)
    passed = models.BooleanField(_("passed"), default=False)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(submitted_at__isnull=True),
                name="one_open_attempt_per_quiz",
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.quiz_id} ({self.score}%)"

    @property
    def is_submitted(self):
        return self.submitted_at is not None


class Certificate(models.Model):
    """Proof that ``user`` completed ``course``; names and titles are kept as issued."""

    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="certificates")
    course = models.ForeignKey(
        "training.CoursePage", on_delete=models.SET_NULL, null=True, related_name="certificates"
    )
    code = models.CharField(_("verification code"), max_length=32, unique=True)
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    name_th = models.CharField(_("name (Thai)"), max_length=300)
    name_en = models.CharField(_("name (English)"), max_length=300)
    course_title_th = models.CharField(_("course title (Thai)"), max_length=255)
    course_title_en = models.CharField(_("course title (English)"), max_length=255)
    hours = models.PositiveSmallIntegerField(_("course hours"), null=True, blank=True)
    # {"th": {"name": …, "title": …}, "en": {…}}: who signed, as the course said when issued
    signatory = models.JSONField(_("signatory"), default=dict, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_certificate_per_course")
        ]

    def __str__(self):
        return f"{self.code} – {self.name_th}"

    def name(self, language):
        return self.name_en if language == "en" else self.name_th

    def course_title(self, language):
        return self.course_title_en if language == "en" else self.course_title_th

    def signed_by(self, language):
        """{"name", "title"} of the signatory in ``language`` (else in Thai), or {}."""
        return self.signatory.get(language) or self.signatory.get("th") or {}
