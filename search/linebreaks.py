"""Thai words that never break across lines.

Chromium (and Firefox) find line-break opportunities in Thai with ICU's own
dictionary, which cuts words our segmenter knows (ผู้|ดูแล, ภาษี|อากร, สัก|ครู่).
:func:`keep_thai_words` puts each Thai word of an HTML document's text in a
``<span class="tw">`` (``white-space: nowrap`` in site.css) and a ``<wbr>``
between words, so the browser breaks lines between our words and only there.
Both add no characters: copied text is the text. ``word-break: keep-all`` is no
substitute: Chromium ignores it for Thai (measured in benchmarks/thai_linebreaks.py).

Text inside ``script``, ``style``, ``textarea``, ``title`` and ``option`` (where
markup is not markup), inside ``svg`` (charts: SVG has no ``span``) and inside
tags and comments is left alone. Each distinct
text is segmented once per process (an LRU cache), so a page costs little more
than a regular-expression pass once its texts have been seen.
"""

import re
from functools import lru_cache

from search.text.segmentation import thai_runs_and_words

OPEN, CLOSE = '<span class="tw">', "</span>"
BREAK = "<wbr>"
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_RAW_TEXT = re.compile(r"<(script|style|textarea|title|option|svg)\b", re.IGNORECASE)
_THAI = re.compile(r"[\u0E01-\u0E4E]")
CACHE_SIZE = 50_000


@lru_cache(maxsize=CACHE_SIZE)
def _wrap_text(text):
    pieces = []
    for is_thai, found in thai_runs_and_words(text):
        if not is_thai:
            pieces.append(found)
            continue
        pieces.append(BREAK.join(OPEN + word + CLOSE if len(word) > 1 else word for word in found))
    return "".join(pieces)


def keep_thai_words(html):
    """``html`` with every Thai word of its text kept on one line (see the module)."""
    if not _THAI.search(html):
        return html
    out = []
    position = 0
    while match := _TAG.search(html, position):
        text = html[position : match.start()]
        out.append(_wrap_text(text) if _THAI.search(text) else text)
        out.append(match[0])
        position = match.end()
        raw = _RAW_TEXT.match(match[0])
        if raw:
            end = re.compile(rf"</{raw[1]}\s*>", re.IGNORECASE).search(html, position)
            stop = end.start() if end else len(html)
            out.append(html[position:stop])
            position = stop
    rest = html[position:]
    out.append(_wrap_text(rest) if _THAI.search(rest) else rest)
    return "".join(out)
