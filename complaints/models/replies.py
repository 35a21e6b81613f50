"""Reply templates officers start a reply from, in Thai and English."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from complaints.choices import TEXT_MAX_LENGTH


class ReplyTemplate(models.Model):
    title = models.CharField(_("title"), max_length=120, unique=True)
    body_th = models.TextField(_("text in Thai"), max_length=TEXT_MAX_LENGTH)
    body_en = models.TextField(_("text in English"), max_length=TEXT_MAX_LENGTH)
    active = models.BooleanField(_("in use"), default=True)

    class Meta:
        verbose_name = _("reply template")
        verbose_name_plural = _("reply templates")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def body_in(self, language):
        """The text in ``language`` (Thai unless it is English and written)."""
        return self.body_en if language == "en" and self.body_en else self.body_th
