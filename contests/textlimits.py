"""Length of a text as the rules count it: Thai-aware characters and words."""

import unicodedata

from pythainlp.tokenize import word_tokenize

_COMBINING = {"Mn", "Mc", "Me"}
_INVISIBLE = {"\r", "\u200b", "\u200c", "\u200d"}


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
