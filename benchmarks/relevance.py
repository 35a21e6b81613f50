"""Recall@10 and MRR@10 on a judged Thai set, stock backend vs the Thai one.

Indexes the documents of ``relevance_data.py`` (as modelsearch's test ``Book``:
title and summary) with each backend in turn in one throwaway database, runs
every query with the backend's default operator and prints per-query and
mean scores side by side.

Recall@10 is capped: relevant documents in the top 10 divided by the smaller
of 10 and the number of relevant documents, so 1.0 is reachable by queries
with more than 10. RR is the reciprocal rank of the first relevant hit in the
top 10 (0 if none).

Run from the repository root: ``python benchmarks/relevance.py``. SQLite by
default; a PostgreSQL ``DATABASE_URL`` runs there (in a test database).
"""

import datetime
import os
import statistics
import unicodedata

from _setup import BACKENDS, build_index, throwaway_database, tqdm
from relevance_data import DOCUMENTS, QUERIES

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


def evaluate(backend, ids):
    """Return {query: (recall@K, RR@K, hits)} for ``backend``."""
    from modelsearch.test.testapp.models import Book

    scores = {}
    for query, relevant in tqdm(QUERIES, desc="queries", leave=False):
        results = backend.search(query, Book)
        top = [ids[book.pk] for book in results[:K]]
        found = [rank for rank, doc_id in enumerate(top, 1) if doc_id in relevant]
        recall = len(found) / min(K, len(relevant))
        scores[query] = (recall, 1 / found[0] if found else 0.0, results.count())
    return scores


def pad(text, width):
    """Left-align ``text`` in ``width`` columns; Thai vowel and tone marks take none."""
    shown = sum(not unicodedata.combining(char) for char in text)
    return text + " " * max(width - shown, 0)


def row(label, stock, thai, spec):
    return f"{pad(label, 34)} {stock:{spec}} {thai:{spec}}"


def main():
    from modelsearch.backends import get_search_backend

    with throwaway_database(os.environ.get("DATABASE_URL")) as connection:
        ids = create_books()
        results = {}
        for name, path in BACKENDS.items():
            backend = get_search_backend(path)
            build_index(backend, len(ids))
            results[name] = evaluate(backend, ids)
        vendor = connection.vendor

    stock, thai = results["stock"], results["thai"]
    print(
        f"{len(DOCUMENTS)} documents, {len(QUERIES)} queries (each has relevant documents), "
        f"{vendor}; columns: stock thai"
    )
    print(f"{pad('query', 28)} rel  recall@10        RR@10        hits")
    for query, relevant in QUERIES:
        (s_recall, s_rr, s_hits), (t_recall, t_rr, t_hits) = stock[query], thai[query]
        print(
            f"{pad(query, 28)} {len(relevant):>3}  {s_recall:4.2f} {t_recall:4.2f}  "
            f"{s_rr:5.2f} {t_rr:5.2f}  {s_hits:>5} {t_hits:>5}"
        )
    summary = {}
    for name, scores in results.items():
        values = scores.values()
        summary[name] = (
            statistics.mean(recall for recall, _, _ in values),
            statistics.mean(rr for _, rr, _ in values),
            sum(hits == 0 for _, _, hits in values),
        )
    print(row("", "stock", "thai", ">6"))
    labels = [("mean recall@10", "6.3f"), ("MRR@10", "6.3f"), ("zero-result queries", "6d")]
    for number, (label, spec) in enumerate(labels):
        print(row(label, summary["stock"][number], summary["thai"][number], spec))


if __name__ == "__main__":
    main()
