"""Pieces shared by the Thai-aware backends: how text is prepared for the index and
how query strings are segmented to match it."""

import re
import types

from modelsearch.query import Phrase, PlainText

from search.text import segment

#: Upper bound on the terms (after segmentation) that one query is compiled into.
MAX_QUERY_TERMS = 64

# Terms without a letter or digit ("-", "*", emoji) hold nothing the database
# tokenizers index, and FTS5 would turn them into empty phrases that match nothing.
_WORD = re.compile(r"\w")
_THAI = re.compile(r"[\u0E01-\u0E2E]")


def index_text(text):
    """The one preparation every backend gives text before indexing it: Thai
    segmented into words (compounds followed by their parts), digits folded."""
    return segment(text)


def with_object_indexer(add_items, indexer_class):
    """Return a copy of a stock ``Index.add_items`` that uses ``indexer_class``.

    The stock database indexes build their module-level ``ObjectIndexer``
    directly; rebinding that one global keeps the rest of the upstream method.
    """
    if "ObjectIndexer" not in _global_names(add_items.__code__):
        raise TypeError(f"{add_items.__qualname__} does not use ObjectIndexer")
    namespace = {**add_items.__globals__, "ObjectIndexer": indexer_class}
    return types.FunctionType(
        add_items.__code__,
        namespace,
        add_items.__name__,
        add_items.__defaults__,
        add_items.__closure__,
    )


def _global_names(code):
    """Return the names ``code`` and the comprehensions inside it look up."""
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _global_names(const)
    return names


def _tokens(text, transform):
    return [transform(token) for token in segment(text).split() if _WORD.search(token)]


def query_terms(text, transform=str):
    """Segment ``text`` and return its distinct terms, capped, via ``transform``."""
    return list(dict.fromkeys(_tokens(text, transform)))[:MAX_QUERY_TERMS]


def _join_trailing_letter(terms):
    """While typing, "บัตรค" segments to บัตร + ค; a lone last letter is the start
    of a longer word, so it stays on the word before it (prefix บัตรค*, not ค*,
    which would match a third of all documents)."""
    if len(terms) >= 2 and len(terms[-1]) == 1 and _THAI.match(terms[-1]):
        return [*terms[:-2], terms[-2] + terms[-1]]
    return terms


def segment_query(query, transform=str, autocomplete=False):
    """Return a copy of a ``PlainText`` or ``Phrase`` with a segmented string.

    Phrases keep their token order (and repeats) so they line up with the
    indexed token stream; plain-text queries lose duplicate terms. For
    ``autocomplete`` the last term is treated as an unfinished word.
    """
    if isinstance(query, PlainText):
        terms = query_terms(query.query_string, transform)
        if autocomplete:
            terms = _join_trailing_letter(terms)
        return PlainText(" ".join(terms), operator=query.operator, boost=query.boost)
    tokens = _tokens(query.query_string, transform)
    return Phrase(" ".join(tokens[:MAX_QUERY_TERMS]))
