"""Index build time and query latency of the Thai backend vs the stock one.

Builds synthetic Thai documents (modelsearch's test ``Book`` model) in a
throwaway SQLite database and prints segmentation throughput, index build time
at each size, and first-page query latency (p50/p95) at the largest size.

Run from the repository root: ``python benchmarks/search_scale.py``
(``--sizes 10000 100000 --repeat 20 --budget 10`` by default). The stock
backend ranks with a subquery per matching row, so its broad queries are
stopped at the per-query budget and reported at that value.
"""

import argparse
import contextlib
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from segmenters import thai_documents

try:
    from tqdm import tqdm
except ImportError:

    def tqdm(iterable, **kwargs):
        return iterable


BACKENDS = {
    "stock": "modelsearch.backends.database",
    "thai": "search.backends.thai",
}
QUERIES = [
    "ภาษี",
    "ร้องเรียน",
    "บัตรคิว",
    "ประกันสังคม",
    "ภาษีมูลค่าเพิ่ม",
    "หนังสือรับรอง",
    "ยื่นแบบ ผ่านระบบ",
    "ภ.ง.ด.90",
    "e-Filing",
    "๒๕๖๗",
]
AUTOCOMPLETE_QUERIES = ["ร้องเร", "ประกันสัง", "บัตรค"]
CHUNK = 1000


def setup_django(database):
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "search.conformance.settings"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def create_books(count):
    from modelsearch.test.testapp.models import Book

    texts = thai_documents(count, seed=1, sentences=(1, 3))
    day = datetime.date(2024, 1, 1)
    batch = []
    for number, text in enumerate(tqdm(texts, total=count, desc="documents")):
        title, _, summary = text.partition(" ")
        batch.append(
            Book(
                title=title[:255],
                summary=summary,
                publication_date=day,
                number_of_pages=number % 500,
            )
        )
        if len(batch) == CHUNK:
            Book.objects.bulk_create(batch)
            batch = []
    Book.objects.bulk_create(batch)


def segmentation_throughput(limit):
    from modelsearch.test.testapp.models import Book

    from search.text import segment

    texts = [
        f"{title} {summary}"
        for title, summary in Book.objects.values_list("title", "summary")[:limit]
    ]
    started = time.perf_counter()
    for text in texts:
        segment(text)
    elapsed = time.perf_counter() - started
    return sum(len(text.encode()) for text in texts) / 1e6 / elapsed


def build_index(backend, size):
    """Index the first ``size`` books from scratch; return seconds."""
    from django.db import transaction
    from modelsearch.models import IndexEntry
    from modelsearch.test.testapp.models import Book

    IndexEntry.objects.all().delete()
    books = Book.objects.order_by("pk").prefetch_related("authors", "tags")
    started = time.perf_counter()
    with transaction.atomic():
        for offset in tqdm(range(0, size, CHUNK), desc=f"index {size}", leave=False):
            backend.add_bulk(Book, list(books[offset : offset + CHUNK]))
    backend.get_index_for_model(Book)._refresh_title_norms(full=True)
    return time.perf_counter() - started


@contextlib.contextmanager
def time_limit(seconds):
    """Abort the SQLite statement running when ``seconds`` have passed."""
    from django.db import connection

    connection.ensure_connection()
    deadline = time.perf_counter() + seconds
    connection.connection.set_progress_handler(lambda: time.perf_counter() > deadline, 10_000)
    try:
        yield
    finally:
        connection.connection.set_progress_handler(None, 0)


def query_latencies(backend, repeat, budget):
    """Return (latencies in ms, {query: hits}, queries over budget).

    A query that exceeds ``budget`` seconds is stopped, counted at the budget
    and not repeated.
    """
    from django.db import OperationalError
    from modelsearch.test.testapp.models import Book

    latencies, hits, timed_out = [], {}, []
    searches = [(backend.search, query) for query in QUERIES]
    searches += [(backend.autocomplete, query) for query in AUTOCOMPLETE_QUERIES]
    for search, query in tqdm(searches, desc="queries", leave=False):
        hits[query] = search(query, Book).count()
        for _ in range(repeat):
            started = time.perf_counter()
            try:
                with time_limit(budget):
                    list(search(query, Book)[:10])
            except OperationalError:
                timed_out.append(query)
                latencies.extend([budget * 1000] * repeat)
                break
            latencies.append((time.perf_counter() - started) * 1000)
    return latencies, hits, timed_out


def percentile(values, fraction):
    return statistics.quantiles(values, n=100, method="inclusive")[int(fraction * 100) - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--budget", type=float, default=10.0, help="seconds allowed per query")
    args = parser.parse_args()
    sizes = sorted(args.sizes)

    with tempfile.TemporaryDirectory() as tmp:
        setup_django(Path(tmp) / "search_scale.sqlite3")
        from modelsearch.backends import get_search_backend

        create_books(sizes[-1])
        speed = segmentation_throughput(sizes[0])
        print(f"segmentation: {speed:.2f} MB/s")

        results = {}
        for name, path in BACKENDS.items():
            backend = get_search_backend(path)
            for size in sizes:
                seconds = build_index(backend, size)
                print(f"{name:5} index build {size:>7} docs: {seconds:7.1f} s")
            results[name] = query_latencies(backend, args.repeat, args.budget)

        print(f"query latency at {sizes[-1]} docs, first page of 10:")
        for name, (latencies, _hits, timed_out) in results.items():
            p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
            note = f"  (stopped at {args.budget:g} s: {', '.join(timed_out)})"
            print(f"{name:5} p50 {p50:8.1f} ms  p95 {p95:8.1f} ms{note * bool(timed_out)}")
        print("hits per query (stock / thai):")
        for query in QUERIES + AUTOCOMPLETE_QUERIES:
            stock, thai = results["stock"][1][query], results["thai"][1][query]
            print(f"  {query:18} {stock:>7} / {thai:>7}")


if __name__ == "__main__":
    main()
