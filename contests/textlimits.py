"""Length of a text as the rules count it: Thai-aware characters and words; and the
limits every stored text keeps whatever a category allows."""

import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from pythainlp.tokenize import word_tokenize

_COMBINING = {"Mn", "Mc", "Me"}
_INVISIBLE = {"\r", "\u200b", "\u200c", "\u200d"}
# A Thai consonant carries at most a vowel and a tone mark (ที่); Latin, Lao or
# Vietnamese text no more than this either.
MAX_COMBINING_MARKS = 3


def count_characters(text):
    """Characters as a reader sees them: a Thai vowel or tone mark written above or
    below a consonant belongs to it and is not counted again; spaces count."""
    text = unicodedata.normalize("NFC", text.strip())
    return sum(
        1
        for char in text
        if unicodedata.category(char) not in _COMBINING and char not in _INVISIBLE
    )


def count_words(text):
    """Words as a Thai dictionary segmenter splits them (newmm, the same dictionary
    family the search index uses); spaces and punctuation are not words."""
    tokens = word_tokenize(text, engine="newmm", keep_whitespace=False)
    return sum(1 for token in tokens if any(char.isalnum() for char in token))


def validate_combining_marks(value):
    """Refuse a pile of marks on one letter: marks are not counted as characters, so
    thousands of them would pass any limit counted as a reader sees the text."""
    run = 0
    for char in value:
        run = run + 1 if unicodedata.category(char) in _COMBINING else 0
        if run > MAX_COMBINING_MARKS:
            raise ValidationError(
                _(
                    "Too many marks on one letter: a letter may carry at most %(limit)s "
                    "vowel, tone or accent marks."
                ),
                code="combining_marks",
                params={"limit": MAX_COMBINING_MARKS},
            )


@deconstructible
class MaxStoredLength(MaxLengthValidator):
    """The most a text field stores, in code points: every vowel and tone mark counts."""

    message = ngettext_lazy(
        "This text is too long to save: at most %(limit_value)d letter or mark, counting "
        "each vowel and tone mark (it has %(show_value)d).",
        "This text is too long to save: at most %(limit_value)d letters and marks, counting "
        "each vowel and tone mark (it has %(show_value)d).",
        "limit_value",
    )
