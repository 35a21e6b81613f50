"""User names that cannot pass for someone else's: Unicode compatibility forms are
folded (``ＳＴＡＦＦ`` is ``STAFF``) and names are compared by what they look like,
after Unicode's confusable characters (Cyrillic ``а`` for Latin ``a``) and Latin
accents are mapped away. Thai marks are kept: they make different Thai names."""

import unicodedata

from confusable_homoglyphs import confusables

_SCRIPTS = ["latin", "thai"]


def normalise(name):
    return unicodedata.normalize("NFKC", name).strip()


def mixes_lookalikes(name):
    """True if ``name`` mixes alphabets with characters that pass for Latin or Thai
    ones (``stаff`` with a Cyrillic ``а``)."""
    return confusables.is_mixed_script(name) and bool(
        confusables.is_confusable(name, preferred_aliases=_SCRIPTS)
    )


def skeleton(name):
    """What ``name`` looks like: the same for ``admin``, ``admİn`` and ``ADMIN``."""
    decomposed = unicodedata.normalize("NFKD", normalise(name))
    # Latin combining accents (U+0300-U+036F) go; Thai vowel and tone marks stay.
    plain = "".join(char for char in decomposed if not 0x300 <= ord(char) <= 0x36F)
    lookalikes = confusables.is_confusable(plain, greedy=True, preferred_aliases=["latin"]) or []
    for found in lookalikes:
        latin = [glyph["c"] for glyph in found["homoglyphs"] if glyph["c"].isascii()]
        if latin:
            plain = plain.replace(found["character"], latin[0])
    return unicodedata.normalize("NFC", plain).casefold()
