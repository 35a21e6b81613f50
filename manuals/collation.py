"""Thai dictionary order without ICU, and the A-Z letter a title files under.

Thai dictionaries sort by consonant first: a leading vowel (เ แ โ ใ ไ) is
written before its consonant but sorts after it, so เงิน files under ง, after
คำ. Tone marks and other diacritics only break ties. Thai sorts before Latin,
and digits before both.

An index files a title under its key noun: the words that turn a verb into a noun
(การ, ความ) or name the kind of document (คู่มือ) come first in half the titles
and would put them all under ก or ค, so :func:`key_noun` skips them.
"""

import unicodedata

LEADING_VOWELS = frozenset("เแโใไ")
# Mai taikhu, the four tone marks, thanthakhat, nikhahit, yamakkan.
DIACRITICS = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
DIGIT_GROUP = "#"

# Ranks of character classes at the primary level.
_OTHER, _DIGIT, _THAI, _LATIN = range(4)


# Longest first: "คู่มือการขอ…" skips both words.
KEY_PREFIXES = ("ขั้นตอนการ", "วิธีการ", "คู่มือ", "การ", "ความ")


def is_thai_consonant(char):
    return "\u0e01" <= char <= "\u0e2e"


def _rank(char):
    if char.isdigit():
        return (_DIGIT, ord(char))
    if "\u0e01" <= char <= "\u0e5b":
        return (_THAI, ord(char))
    if char.isalpha():
        return (_LATIN, ord(char))
    return (_OTHER, 0)


def _primary_chars(text):
    """Characters in sorting order: leading vowels moved after their consonant,
    diacritics dropped, punctuation and spaces kept (they rank lowest)."""
    chars = unicodedata.normalize("NFC", text).casefold().translate(THAI_DIGITS)
    result = []
    index = 0
    while index < len(chars):
        char = chars[index]
        following = chars[index + 1] if index + 1 < len(chars) else ""
        if char in LEADING_VOWELS and is_thai_consonant(following):
            result += [following, char]
            index += 2
            continue
        if char not in DIACRITICS:
            result.append(char)
        index += 1
    return result


def thai_sort_key(text):
    """A key for ``sorted()`` that puts Thai (and Latin) titles in dictionary order."""
    primary = tuple(_rank(char) for char in _primary_chars(text) if _rank(char)[0] != _OTHER)
    secondary = tuple(ord(char) for char in text if char in DIACRITICS)
    return (primary, secondary, text)


def index_letter(text):
    """The A-Z heading ``text`` files under: a Thai consonant, a Latin capital or "#"."""
    for char in _primary_chars(text):
        if is_thai_consonant(char):
            return char
        if char.isdigit():
            return DIGIT_GROUP
        if char.isalpha() and char.isascii():
            return char.upper()
    return DIGIT_GROUP


def letter_sort_key(letter):
    """Order for A-Z headings: "#" first, then ก-ฮ, then A-Z."""
    return thai_sort_key(letter) if letter != DIGIT_GROUP else ((), (), "")


def key_noun(title):
    """``title`` without the leading words an index skips ("การขอคืนภาษี" → "ขอคืนภาษี").

    A prefix is skipped only where a new syllable follows it (a consonant or a
    leading vowel), so "การันตี" and "การ์ด" keep their first letter; a title that
    is nothing but a prefix is kept whole.
    """
    text = unicodedata.normalize("NFC", title).lstrip()
    stripped = True
    while stripped:
        stripped = False
        for prefix in KEY_PREFIXES:
            rest = text[len(prefix) :]
            if (
                text.startswith(prefix)
                and rest
                and (is_thai_consonant(rest[0]) or rest[0] in LEADING_VOWELS)
            ):
                text, stripped = rest, True
                break
    return text
