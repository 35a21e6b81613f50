"""Search snippets with the matched words marked, safe for Thai script.

Thai vowels above/below and tone marks combine with the consonant before them;
a highlight that ends before such a mark would split a character cluster, so a
match is always widened to the end of its cluster.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Thai combining marks: MAI HAN-AKAT, vowels above/below, PHINTHU, tone marks etc.
_COMBINING = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_TRAILING_MARKS = re.compile(f"[{_COMBINING}]*")
SNIPPET_LENGTH = 220


def _cluster_end(text, end):
    return _TRAILING_MARKS.match(text, end).end()


def _cluster_start(text, start):
    while start > 0 and re.match(f"[{_COMBINING}]", text[start]):
        start -= 1
    return start


def find_matches(text, terms):
    """Non-overlapping (start, end) spans of ``terms`` in ``text``, case-insensitive."""
    if not terms:
        return []
    pattern = re.compile("|".join(re.escape(term) for term in terms if term), re.IGNORECASE)
    spans = []
    position = 0
    while match := pattern.search(text, position):
        end = _cluster_end(text, match.end())
        spans.append((match.start(), end))
        position = max(end, match.start() + 1)
    return spans


def snippet(text, terms, length=SNIPPET_LENGTH):
    """An escaped excerpt of ``text`` around the first match, matches in <mark>."""
    text = " ".join(text.split())
    spans = find_matches(text, terms)
    start = 0
    if spans and spans[0][0] > length // 3:
        start = _cluster_start(text, spans[0][0] - length // 3)
        space = text.rfind(" ", 0, spans[0][0])
        if space > start:
            start = space + 1
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start + length * 2 // 3, end)
        end = space if space > 0 else _cluster_end(text, end)
    parts = ["…" if start else ""]
    position = start
    for span_start, span_end in spans:
        if span_start < start or span_start >= end:
            continue
        parts.append(escape(text[position:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    parts.append(escape(text[position:end]))
    if end < len(text):
        parts.append("…")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above
