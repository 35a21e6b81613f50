"""Spelling correction against the words the search index holds.

Distances count Thai character clusters (a letter with its vowel and tone marks),
not code points, so a wrong or missing tone mark is one edit, and a cluster that
differs only in a tone mark, ็, ์ or a look-alike letter (ข/ฃ, ค/ฅ) costs half
an edit, and so does one with the same letter under other vowel marks (ษิ/ษี).
Candidates are found SymSpell-style: every word is filed under its
*skeleton* (clusters without those marks) with each one cluster deleted, so a
lookup touches a few dictionary keys instead of the whole vocabulary.
"""

import re
from dataclasses import dataclass

_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_CLUSTER = re.compile(f"[^{_MARKS}][{_MARKS}]*|[{_MARKS}]+")
#: Tone marks, MAITAIKHU and THANTHAKHAT: left out of a cluster's skeleton.
_QUIET_MARKS = str.maketrans("", "", "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c")
_LOOK_ALIKES = str.maketrans("ฃฅ", "ขค")
_THAI = re.compile(r"[\u0E01-\u0E2E]")

#: Shortest word (in clusters) corrected at all, and up to which length only
#: half-edits (marks, look-alikes) are allowed.
MIN_LENGTH = 3
HALF_EDIT_ONLY_UP_TO = 3
#: Largest distance accepted, and from which length one more edit is allowed.
MAX_DISTANCE = 1.0
LONG_WORD = 8


def clusters(word):
    """``word`` cut into Thai character clusters (other letters stand alone)."""
    return _CLUSTER.findall(word.lower())


def _skeleton(cluster):
    return cluster.translate(_QUIET_MARKS).translate(_LOOK_ALIKES)


def distance(first, second):
    """Weighted edit distance between two cluster lists (see the module docstring)."""
    previous = [float(column) for column in range(len(second) + 1)]
    for row, a in enumerate(first, 1):
        current = [float(row)]
        for column, b in enumerate(second, 1):
            if a == b:
                substitution = 0.0
            elif _skeleton(a) == _skeleton(b) or _skeleton(a[0]) == _skeleton(b[0]):
                substitution = 0.5
            else:
                substitution = 1.0
            current.append(
                min(
                    previous[column] + 1,
                    current[column - 1] + 1,
                    previous[column - 1] + substitution,
                )
            )
        previous = current
    return previous[-1]


def _keys(parts):
    skeleton = [_skeleton(part) for part in parts]
    yield "".join(skeleton)
    for position in range(len(skeleton)):
        yield "".join(skeleton[:position] + skeleton[position + 1 :])


def allowed_distance(parts):
    if len(parts) <= HALF_EDIT_ONLY_UP_TO:
        return 0.5
    return MAX_DISTANCE + (0.5 if len(parts) >= LONG_WORD else 0.0)


@dataclass(frozen=True)
class Correction:
    word: str
    distance: float


class Vocabulary:
    """Words with the number of documents each occurs in."""

    def __init__(self, frequencies):
        self.frequencies = {
            word: count for word, count in frequencies.items() if len(clusters(word)) >= MIN_LENGTH
        }
        self._known = {word.lower() for word in frequencies}
        self._index = {}
        for word in self.frequencies:
            for key in _keys(clusters(word)):
                self._index.setdefault(key, set()).add(word)

    def __contains__(self, word):
        return word.lower() in self._known

    def __len__(self):
        return len(self._known)

    def nearest(self, word):
        """The closest other word within the allowed distance, or None.

        Ties go to the word in more documents, then to the alphabetically first.
        """
        parts = clusters(word)
        if len(parts) < MIN_LENGTH:
            return None
        limit = allowed_distance(parts)
        candidates = set()
        for key in _keys(parts):
            candidates |= self._index.get(key, set())
        best = None
        for candidate in candidates:
            if candidate.lower() == word.lower():
                continue
            found = distance(parts, clusters(candidate))
            if found > limit:
                continue
            rank = (found, -self.frequencies[candidate], candidate)
            if best is None or rank < best[0]:
                best = (rank, Correction(candidate, found))
        return best[1] if best else None


def is_thai(word):
    return bool(_THAI.search(word))
