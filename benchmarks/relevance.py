"""Recall@10 and MRR@10 on a judged Thai set, stock backend vs the Thai one.

Indexes the documents of ``relevance_data.py`` (as modelsearch's test ``Book``:
title and summary) with each backend in turn in one throwaway database, runs
every query for all its words (operator "and", as the search page asks) and
prints per-query and mean scores side by side. With ``OPENSEARCH_URL`` set,
our OpenSearch backend is a column too.

Recall@10 is capped: relevant documents in the top 10 divided by the smaller
of 10 and the number of relevant documents, so 1.0 is reachable by queries
with more than 10. RR is the reciprocal rank of the first relevant hit in the
top 10 (0 if none).

Run from the repository root: ``python benchmarks/relevance.py``. SQLite by
default; a PostgreSQL ``DATABASE_URL`` runs there (in a test database).
"""

import datetime
import importlib
import os
import statistics
import unicodedata

from _setup import BACKENDS, build_index, search_backend, throwaway_database, tqdm
from relevance_data import DOCUMENTS, FORGIVING_QUERIES, QUERIES

K = 10


def create_books():
    """Store the documents as books; return {book pk: document id}."""
    from modelsearch.test.testapp.models import Book

    day = datetime.date(2024, 1, 1)
    ids = {}
    for doc_id, (title, body) in DOCUMENTS.items():
        book = Book.objects.create(
            title=title, summary=body, publication_date=day, number_of_pages=1
        )
        ids[book.pk] = doc_id
    return ids


def ranked(backend, queries):
    """The top ``K`` hits of ``queries`` (typed, wider: see ``ForgivingResults``) and their count."""
    from modelsearch.test.testapp.models import Book

    from search.forgiving import ForgivingResults

    typed, wider = queries
    results = ForgivingResults(
        backend.search(typed, Book, operator="and"), wider and backend.search(wider, Book)
    )
    return [book.pk for book in results[:K]], results.count()


def evaluate(backend, ids, queries, rewrite=None):
    """Return {query: (recall@K, RR@K, hits)} for ``backend``.

    ``rewrite(query)``, when given, returns the (typed, wider) queries the column
    sends instead (the search page's spelling and synonym expansion).
    """
    scores = {}
    for query, relevant in tqdm(queries, desc="queries", leave=False):
        pks, count = ranked(backend, rewrite(query) if rewrite else (query, None))
        top = [ids[pk] for pk in pks]
        found = [rank for rank, doc_id in enumerate(top, 1) if doc_id in relevant]
        recall = len(found) / min(K, len(relevant))
        scores[query] = (recall, 1 / found[0] if found else 0.0, count)
    return scores


def pad(text, width):
    """Left-align ``text`` in ``width`` columns; Thai vowel and tone marks take none."""
    shown = sum(not unicodedata.combining(char) for char in text)
    return text + " " * max(width - shown, 0)


def forgiving(query):
    """What the search page sends: the query, then its spelling corrections from the
    index and the seeded synonyms; the query less one word when nothing matches."""
    from modelsearch.test.testapp.models import Book

    from search import vocabulary
    from search.forgiving import forgive

    seed = importlib.import_module("search.migrations.0002_seed_synonyms").SYNONYMS
    forgiven = forgive(query, vocabulary.build(), seed)
    queries = (query, forgiven.wider())
    backend = search_backend("thai")
    if backend.search(queries[1] or query, Book).count() == 0 and forgiven.relaxed():
        return (forgiven.relaxed(), None)
    return queries


def columns():
    """{column name: (backend column, query rewriting or None)}, printed left to right:
    each backend as it is, then "ours", the Thai backend behind the search page's
    spelling correction and synonyms."""
    found = {name: (name, None) for name in BACKENDS}
    found["ours"] = ("thai", forgiving)
    return found


def report(title, queries, results):
    names = list(results)
    print(f"\n{title}: {len(queries)} queries (each has relevant documents)")
    print(
        f"{pad('query', 28)} rel  {pad('recall@10', 5 * len(names))} "
        f"{pad('RR@10', 6 * len(names))} hits"
    )
    for query, relevant in queries:
        scores = [results[name][query] for name in names]
        print(
            f"{pad(query, 28)} {len(relevant):>3}  "
            + " ".join(f"{recall:4.2f}" for recall, _, _ in scores)
            + "  "
            + " ".join(f"{rr:5.2f}" for _, rr, _ in scores)
            + "  "
            + " ".join(f"{hits:>5}" for _, _, hits in scores)
        )
    print(pad("", 34) + " ".join(f"{name:>8}" for name in names))
    summaries = [
        ("mean recall@10", lambda values: f"{statistics.mean(r for r, _, _ in values):8.3f}"),
        ("MRR@10", lambda values: f"{statistics.mean(rr for _, rr, _ in values):8.3f}"),
        ("zero-result queries", lambda values: f"{sum(h == 0 for _, _, h in values):8d}"),
    ]
    for label, summary in summaries:
        cells = [summary([results[name][query] for query, _ in queries]) for name in names]
        print(pad(label, 34) + " ".join(cells))


def main():

    sets = {
        "Today's queries": QUERIES,
        "Misspelled, colloquial, English-for-Thai": FORGIVING_QUERIES,
    }
    with throwaway_database(os.environ.get("DATABASE_URL")) as connection:
        ids = create_books()
        results = {title: {} for title in sets}
        for name, (backend_name, rewrite) in columns().items():
            backend = search_backend(backend_name)
            build_index(backend, len(ids))
            for title, queries in sets.items():
                results[title][name] = evaluate(backend, ids, queries, rewrite)
        vendor = connection.vendor

    print(f"{len(DOCUMENTS)} documents, {vendor}; columns: {' '.join(columns())}")
    for title, queries in sets.items():
        report(title, queries, results[title])


if __name__ == "__main__":
    main()
