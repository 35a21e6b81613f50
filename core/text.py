"""Text that must stay on one line: titles, names and tags that go into mail
subjects, text e-mails and HTTP headers, where a line break could forge a line."""

import re
import unicodedata

# Bidirectional embeddings, overrides and isolates: they can make a title read
# differently from what it says (the "Trojan Source" trick).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SPACES = re.compile(r"\s+")


def one_line(value):
    """``value`` on one line: every line break, tab and other white space (Unicode
    line and paragraph separators too) becomes a single space, control characters
    and bidirectional overrides are dropped, and the ends are trimmed."""
    kept = []
    for char in str(value):
        if char.isspace():
            kept.append(" ")
        elif unicodedata.category(char) == "Cc" or char in _BIDI_CONTROLS:
            continue
        else:
            kept.append(char)
    return _SPACES.sub(" ", "".join(kept)).strip()
