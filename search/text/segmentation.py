"""Thai word segmentation shared by the search index and the query side.

:func:`segment` turns text into a space-separated token string: every run of Thai
is cut into words (newmm via nlpo3 on PyThaiNLP's word list plus
``domain_words.txt``), each compound word is followed by its dictionary parts so
that ภาษี finds ภาษีอากร, Thai digits become Arabic digits and Thai dotted
abbreviations lose their dots (ภ.ง.ด. -> ภงด). Everything else is left exactly
as it is, so Latin text keeps the behaviour of the database's own tokenizer.
"""

import re
import tempfile
import threading
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import nlpo3

DOMAIN_WORDS = Path(__file__).with_name("domain_words.txt")

#: Only words of this many code points or more are split into parts.
MIN_COMPOUND_LENGTH = 6
#: Shortest dictionary word that may appear in a split.
MIN_PART_LENGTH = 2
#: Shortest part that is indexed (shorter parts are mostly syllables like ใบ, สา).
MIN_INDEXED_PART_LENGTH = 3
#: Longer tokens are not split (they are unknown runs, not words).
MAX_COMPOUND_LENGTH = 40
# nlpo3's "safe" mode is not used: on runs longer than about a hundred
# characters (a Thai paragraph has no spaces) nlpo3 1.4.0 returns words that
# are not in the text and drops words that are, and it is no faster (about
# 0.1 s for 23,000 characters either way).

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_THAI_DIGIT = re.compile(r"[\u0E50-\u0E59]")
_THAI_LETTER = re.compile(r"[\u0E01-\u0E2E]")
_THAI_RUN = re.compile(r"[\u0E01-\u0E3A\u0E40-\u0E4E]+")
_ABBREVIATION = re.compile(r"[\u0E01-\u0E2E](?:\.[\u0E01-\u0E2E])+\.?")

_DICT_NAME = "search.text.thai"
_load_lock = threading.Lock()
_words: frozenset[str] | None = None


def _dictionary() -> frozenset[str]:
    """Load the word list into nlpo3 once per process and return it as a set."""
    global _words
    if _words is None:
        with _load_lock:
            if _words is None:
                base = files("pythainlp.corpus").joinpath("words_th.txt")
                words = set(base.read_text(encoding="utf-8").split())
                words.update(DOMAIN_WORDS.read_text(encoding="utf-8").split())
                with tempfile.TemporaryDirectory() as tmp:
                    path = Path(tmp) / "words.txt"
                    path.write_text("\n".join(sorted(words)), encoding="utf-8")
                    message, ok = nlpo3.load_dict(str(path), _DICT_NAME)
                if not ok:
                    raise RuntimeError(message)
                _words = frozenset(words)
    return _words


def fold_digits(text: str) -> str:
    """Replace Thai digits with Arabic ones (๒๕๖๖ -> 2566)."""
    if _THAI_DIGIT.search(text):
        return text.translate(_THAI_DIGITS)
    return text


@lru_cache(maxsize=100_000)
def compound_parts(word: str) -> tuple[str, ...]:
    """Split ``word`` into the fewest other dictionary words, or return ``()``.

    Ties keep the longest leading part, so the result is deterministic.
    """
    size = len(word)
    if size < MIN_COMPOUND_LENGTH or size > MAX_COMPOUND_LENGTH:
        return ()
    words = _dictionary()
    # best[i] = (number of parts covering word[i:], end of the first part)
    best: list[tuple[int, int] | None] = [None] * (size + 1)
    best[size] = (0, size)
    for start in range(size - MIN_PART_LENGTH, -1, -1):
        for end in range(size, start + MIN_PART_LENGTH - 1, -1):
            tail = best[end]
            if tail is None or (start == 0 and end == size):
                continue
            if word[start:end] in words:
                count = tail[0] + 1
                current = best[start]
                if current is None or count < current[0]:
                    best[start] = (count, end)
    if best[0] is None:
        return ()
    parts = []
    start = 0
    while start < size:
        end = best[start][1]
        parts.append(word[start:end])
        start = end
    return tuple(parts)


@lru_cache(maxsize=100_000)
def _expand(word: str) -> tuple[str, ...]:
    """Return ``word`` followed by its indexed compound parts, depth first.

    Tokens without a consonant (a lone ๆ or vowel) yield nothing.
    """
    if not _THAI_LETTER.search(word):
        return ()
    expanded = [word]
    for part in compound_parts(word):
        if len(part) >= MIN_INDEXED_PART_LENGTH:
            expanded.extend(_expand(part))
    return tuple(expanded)


def _cut(run: str) -> list[str]:
    """The words of a run of Thai letters; joined, they are the run again."""
    return nlpo3.segment(run, _DICT_NAME, safe=False)


def _thai_tokens(run: str) -> list[str]:
    tokens = []
    for word in _cut(run):
        tokens.extend(_expand(word))
    return tokens


def segment(text: str) -> str:
    """Return ``text`` as space-separated search tokens (see the module docstring).

    Text without Thai characters is returned unchanged.
    """
    text = fold_digits(text)
    if not _THAI_RUN.search(text):
        return text
    _dictionary()
    text = _ABBREVIATION.sub(lambda match: f" {match[0].replace('.', '')} ", text)
    pieces = []
    position = 0
    for match in _THAI_RUN.finditer(text):
        pieces.append(text[position : match.start()].strip())
        pieces.extend(_thai_tokens(match[0]))
        position = match.end()
    pieces.append(text[position:].strip())
    return " ".join(piece for piece in pieces if piece)


_LATIN_WORD = re.compile(r"[^\W\u0E00-\u0E7F]+")


def words(text: str) -> list[str]:
    """Return the words of ``text`` as a reader sees them, in order.

    Thai runs are cut by the segmenter without adding compound parts; other text
    is split into runs of letters and digits (Latin words keep their case).
    """
    text = fold_digits(text)
    _dictionary()
    found = []
    position = 0
    for match in _THAI_RUN.finditer(text):
        found.extend(_LATIN_WORD.findall(text[position : match.start()]))
        found.extend(_cut(match[0]))
        position = match.end()
    found.extend(_LATIN_WORD.findall(text[position:]))
    return found


def thai_runs_and_words(text: str):
    """Yield ``(False, text between Thai runs)`` and ``(True, the words of a run)``
    in order; joined back together they are ``text`` exactly (no digit folding)."""
    _dictionary()
    position = 0
    for match in _THAI_RUN.finditer(text):
        if match.start() > position:
            yield False, text[position : match.start()]
        yield True, _cut(match[0])
        position = match.end()
    if position < len(text):
        yield False, text[position:]


def is_dictionary_word(word: str) -> bool:
    """True if the segmenter knows ``word`` (PyThaiNLP's list or ours)."""
    return word in _dictionary()


def highlight_terms(query: str) -> list[str]:
    """Return the distinct words of ``query`` to highlight, longest first.

    Thai words are matched verbatim in the original text, so a template can
    highlight them with plain substring search.
    """
    terms = dict.fromkeys(segment(query).split())
    return sorted(terms, key=len, reverse=True)
