"""Search settings editors keep in the admin."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

#: A group needs at least this many terms, and a term this many characters.
MIN_TERMS = 2


def split_terms(text):
    """The distinct non-empty terms of ``text``, one per line, spaces collapsed."""
    terms = (" ".join(line.split()) for line in text.splitlines())
    return list(dict.fromkeys(term for term in terms if term))


class SynonymGroup(models.Model):
    """Words and phrases that mean the same to a reader; a search for one finds all.

    Known misspellings belong here too (เข้มทิศ with เข็มทิศ): they are found
    without the reader clicking "did you mean".
    """

    terms = models.TextField(
        _("terms"),
        help_text=_(
            "One word or phrase per line, in any language: a search for one also finds the others."
        ),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")
        ordering = ["pk"]

    def __str__(self):
        return " ↔ ".join(self.term_list())

    def term_list(self):
        return split_terms(self.terms)

    def clean(self):
        self.terms = "\n".join(self.term_list())
        if len(self.term_list()) < MIN_TERMS:
            raise ValidationError({"terms": _("Write at least two terms, one per line.")})
