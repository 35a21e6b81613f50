"""Index build time and query latency of the Thai backend vs the stock one (and of
our OpenSearch backend when ``OPENSEARCH_URL`` is set).

Builds synthetic Thai documents (modelsearch's test ``Book`` model) in a
throwaway SQLite database and prints segmentation throughput, index build time
at each size, and first-page query latency (p50/p95) at the largest size.

The corpus is seeded and mixes two kinds of page: a quarter are service pages
(a title and phrases from ``relevance_data.py``), the rest general text whose
words are drawn by their frequency in the Thai National Corpus (PyThaiNLP's
``tnc_freq.txt``), with a domain phrase now and then. A common word such as
ภาษี is then in about a fifth of the documents, a specific one in 1-2%.

Run from the repository root: ``python benchmarks/search_scale.py``
(``--sizes 10000 100000 --repeat 20 --budget 10 --mmap-mb 256`` and every
column of ``_setup.BACKENDS`` by default,
the mmap size being the one recommended for the site's database). The stock
backend ranks with a subquery per matching row, so its broad queries are
stopped at the per-query budget and reported at that value.
"""

import argparse
import contextlib
import datetime
import random
import re
import statistics
import time
from importlib.resources import files

from _setup import BACKENDS, CHUNK, build_index, search_backend, throwaway_database, tqdm
from relevance_data import DOCUMENTS

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
    "ผ่อนชำระ",
    "สำนักงานสรรพากรพื้นที่ แม่สอด",
]
AUTOCOMPLETE_QUERIES = ["ร้องเร", "ประกันสัง", "บัตรค"]
#: Share of the documents that are service pages.
SERVICE_PAGES = 0.25
_THAI_WORD = re.compile(r"[\u0E01-\u0E4E]+")


def _vocabulary():
    """Return Thai words of the Thai National Corpus and their cumulative counts."""
    words, cumulative, total = [], [], 0
    text = files("pythainlp.corpus").joinpath("tnc_freq.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        word, _, count = line.partition("\t")
        if _THAI_WORD.fullmatch(word):
            total += int(count)
            words.append(word)
            cumulative.append(total)
    return words, cumulative


def synthetic_documents(count, seed=1):
    """Yield ``count`` (title, body) pairs, the same ones for the same seed."""
    rng = random.Random(seed)
    words, cumulative = _vocabulary()
    pages = [
        (title, body.split()) for title, body in DOCUMENTS.values() if _THAI_WORD.search(title)
    ]
    phrases = [phrase for _, page_phrases in pages for phrase in page_phrases]

    def sentence():
        return "".join(rng.choices(words, cum_weights=cumulative, k=rng.randint(6, 16)))

    for _ in range(count):
        if rng.random() < SERVICE_PAGES:
            title, own = rng.choice(pages)
            body = rng.sample(own, min(len(own), rng.randint(1, 3)))
            body += rng.choices(phrases, k=rng.randint(0, 2))
            body += [sentence() for _ in range(rng.randint(1, 3))]
        else:
            title = sentence()[:60]
            body = [sentence() for _ in range(rng.randint(2, 6))]
            if rng.random() < 0.3:
                body.insert(rng.randrange(len(body)), rng.choice(phrases))
        yield title, " ".join(body)


def create_books(count):
    from modelsearch.test.testapp.models import Book

    day = datetime.date(2024, 1, 1)
    batch = []
    documents = synthetic_documents(count)
    for number, (title, body) in enumerate(tqdm(documents, total=count, desc="documents")):
        batch.append(
            Book(title=title, summary=body, publication_date=day, number_of_pages=number % 500)
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
        hits[query] = search(query, Book, operator="and").count()
        for _ in range(repeat):
            started = time.perf_counter()
            try:
                with time_limit(budget):
                    list(search(query, Book, operator="and")[:10])
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
    parser.add_argument("--mmap-mb", type=int, default=256, help="PRAGMA mmap_size, 0 for none")
    parser.add_argument("--columns", nargs="+", choices=list(BACKENDS), default=list(BACKENDS))
    args = parser.parse_args()
    sizes = sorted(args.sizes)

    with throwaway_database() as connection:
        connection.cursor().execute(f"PRAGMA mmap_size={args.mmap_mb * 2**20}")

        create_books(sizes[-1])
        speed = segmentation_throughput(sizes[0])
        print(f"segmentation: {speed:.2f} MB/s")

        results = {}
        for name in args.columns:
            backend = search_backend(name)
            for size in sizes:
                seconds = build_index(backend, size)
                print(f"{name:5} index build {size:>7} docs: {seconds:7.1f} s")
            results[name] = query_latencies(backend, args.repeat, args.budget)

    print(f"query latency at {sizes[-1]} docs, first page of 10:")
    for name, (latencies, _hits, timed_out) in results.items():
        p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
        note = f"  (stopped at {args.budget:g} s: {', '.join(timed_out)})"
        print(f"{name:5} p50 {p50:8.1f} ms  p95 {p95:8.1f} ms{note * bool(timed_out)}")
    print(f"hits per query ({' / '.join(results)}):")
    for query in QUERIES + AUTOCOMPLETE_QUERIES:
        counts = " / ".join(f"{hits[query]:>7}" for _, hits, _ in results.values())
        print(f"  {query:30} {counts}")


if __name__ == "__main__":
    main()
