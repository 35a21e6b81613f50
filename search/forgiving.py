"""What a query is searched as: its words corrected, and its synonyms.

:func:`forgive` turns what the reader typed into the alternatives searched
together (any of them may match): the query itself, the query with its
misspelled words corrected from the index's vocabulary, and each of those with
a synonym swapped in. A word is corrected when the segmenter does not know a
piece of it or the index does not hold it; windows of up to ``MAX_WINDOW``
neighbouring pieces are tried longest first, so "ภาษีมูลค่าเพ่ม" (cut into
ภาษี|มูลค่า|เพ่|ม) is corrected as one word. A synonym term matches as a whole
word in Latin script (``tax id``, not ``syntax idea``) and anywhere in Thai,
which is written without spaces. A query of many words costs no more
than ``MAX_CORRECTED`` lookups in the in-memory vocabulary and no query at all.
"""

import re
from dataclasses import dataclass, field

from modelsearch.query import Or, PlainText

from search.spelling import allowed_distance, clusters, is_thai
from search.text import is_dictionary_word, words

MAX_WINDOW = 4
MAX_RELAXED_WORDS = 6
MAX_RELAXED_BASES = 3
MAX_VARIANTS = 6
MAX_CORRECTED = 5
#: A whole word made of known pieces is corrected only this close (marks, look-alikes).
KNOWN_PIECES_DISTANCE = 0.5
#: Words of letters (and hyphens) only: abbreviations, numbers and codes are left alone.
_THAI_SCRIPT = re.compile(r"[\u0E00-\u0E7F]")
_CORRECTABLE = re.compile(r"[A-Za-z\u0E01-\u0E2E\u0E30-\u0E3A\u0E40-\u0E4E-]+")


@dataclass
class Forgiven:
    typed: str
    corrected: str = ""  # the query with its spelling corrected, if that changed it
    alternatives: list = field(default_factory=list)  # every query string searched

    def wider(self):
        """One query for the typed one and all its alternatives, or None if there are none."""
        return _any(self.alternatives) if len(self.alternatives) > 1 else None

    def relaxed(self):
        """For when nothing is found: the alternatives with any one word left out
        (alternatives of ``2..MAX_RELAXED_WORDS`` words), or None."""
        dropped = []
        for alternative in self.alternatives[:MAX_RELAXED_BASES]:
            pieces = words(alternative)
            if 2 <= len(pieces) <= MAX_RELAXED_WORDS:
                dropped += [" ".join(pieces[:i] + pieces[i + 1 :]) for i in range(len(pieces))]
        dropped = list(dict.fromkeys(dropped))
        return _any(dropped) if dropped else None


def _any(queries):
    if len(queries) == 1:
        return PlainText(queries[0])
    return Or([PlainText(query) for query in queries])


class ForgivingResults:
    """Hits of the typed query first, then those only the wider query finds.

    Both are search results (counted and sliced lazily, for ``Paginator``). The
    wider query includes the typed one, so it finds every hit of it; its extra
    hits are listed only while the typed query finds at most ``MAX_TYPED`` (a
    query that finds more needs no forgiving, and its hits are never all read).
    """

    MAX_TYPED = 100

    def __init__(self, typed, wider=None):
        self.typed, self.wider = typed, wider
        self._typed_hits = None
        self._counts = {}

    def _count(self, results):
        if id(results) not in self._counts:
            self._counts[id(results)] = results.count()
        return self._counts[id(results)]

    def widened(self):
        return self.wider is not None and self._count(self.typed) <= self.MAX_TYPED

    def count(self):
        if not self.widened():
            return self._count(self.typed)
        return max(self._count(self.typed), self._count(self.wider))

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not self.widened():
            return self.typed[key]
        start, stop = (key.start or 0, key.stop) if isinstance(key, slice) else (key, key + 1)
        stop = self.count() if stop is None else stop
        if self._typed_hits is None:
            self._typed_hits = list(self.typed[: self.MAX_TYPED])
        hits = self._typed_hits[start:stop]
        if stop > len(self._typed_hits):
            seen = {hit.pk for hit in self._typed_hits}
            extra = [hit for hit in self.wider[:stop] if hit.pk not in seen]
            first = max(start - len(self._typed_hits), 0)
            hits += extra[first : stop - len(self._typed_hits)]
        return hits if isinstance(key, slice) else hits[0]


def _suspicious(piece, vocabulary):
    if is_thai(piece):
        return not is_dictionary_word(piece) or piece not in vocabulary
    return piece not in vocabulary


def _correct_word(word, vocabulary, budget):
    """``word`` (no spaces) corrected piece by piece; ``budget`` is a one-item list."""
    if word in vocabulary or not _CORRECTABLE.fullmatch(word):
        return word
    pieces = words(word)
    if len(pieces) == 1 or not any(is_thai(piece) for piece in pieces):
        return " ".join(_correct_piece(piece, vocabulary, budget) for piece in pieces)
    if not any(_suspicious(piece, vocabulary) for piece in pieces):
        nearest = _lookup(word, vocabulary, budget)
        return nearest.word if nearest and nearest.distance <= KNOWN_PIECES_DISTANCE else word
    return _correct_thai_pieces(pieces, vocabulary, budget)


def _lookup(text, vocabulary, budget):
    if budget[0] <= 0:
        return None
    budget[0] -= 1
    return vocabulary.nearest(text)


def _correct_piece(piece, vocabulary, budget):
    if not _suspicious(piece, vocabulary):
        return piece
    nearest = _lookup(piece, vocabulary, budget)
    return nearest.word if nearest else piece


def _correct_thai_pieces(pieces, vocabulary, budget):
    """Replace the longest windows of pieces that hold a suspicious one and have a
    near word in the vocabulary; join the result without spaces."""
    out = []
    start = 0
    while start < len(pieces):
        replaced = False
        if _suspicious(pieces[start], vocabulary) or any(
            _suspicious(piece, vocabulary) for piece in pieces[start : start + MAX_WINDOW]
        ):
            for size in range(min(MAX_WINDOW, len(pieces) - start), 0, -1):
                window = pieces[start : start + size]
                text = "".join(window)
                if not any(_suspicious(piece, vocabulary) for piece in window):
                    continue
                if allowed_distance(clusters(text)) <= 0 or len(clusters(text)) < 3:
                    continue
                nearest = _lookup(text, vocabulary, budget)
                if nearest:
                    out.append(nearest.word)
                    start += size
                    replaced = True
                    break
        if not replaced:
            out.append(pieces[start])
            start += 1
    return "".join(out)


def correct(query, vocabulary):
    """``query`` with each misspelled word replaced by the index's nearest word."""
    budget = [MAX_CORRECTED]
    return " ".join(_correct_word(word, vocabulary, budget) for word in query.split())


def _pattern(term):
    if _THAI_SCRIPT.search(term):
        return re.compile(re.escape(term), re.IGNORECASE)
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)


def variants(query, synonym_groups):
    """The queries ``query`` becomes with one synonym swapped in (at most ``MAX_VARIANTS``)."""
    found = []
    for group in synonym_groups:
        for term in sorted(group, key=len, reverse=True):
            pattern = _pattern(term)
            if pattern.search(query):
                others = [other for other in group if other != term]
                found += [pattern.sub(lambda _, other=other: other, query) for other in others]
                break
        if len(found) >= MAX_VARIANTS:
            break
    return list(dict.fromkeys(found))[:MAX_VARIANTS]


def forgive(query, vocabulary, synonym_groups):
    """A :class:`Forgiven` for ``query`` (see the module docstring)."""
    corrected = correct(query, vocabulary) if len(vocabulary) else query
    bases = list(dict.fromkeys([query, corrected]))
    alternatives = list(bases)
    for base in bases:
        alternatives += variants(base, synonym_groups)
    return Forgiven(
        typed=query,
        corrected=corrected if corrected != query else "",
        alternatives=list(dict.fromkeys(alternatives)),
    )
