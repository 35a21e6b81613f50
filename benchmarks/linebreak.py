"""Server time of the key pages without and with the Thai line-break markup.

Builds the demo site on a throwaway SQLite database and renders the key pages of
``thai_linebreaks.py`` through Django's test client, ``--runs`` times each, with
``THAI_LINE_BREAKS`` off and on. "on, first" is each page's first rendering after
the segmenter's text cache was emptied; "on" is the steady state. Prints p50 and
p95 per page and the medians over the pages, in milliseconds.

Run from the repository root:
``PYTHONPATH=.:benchmarks python -P benchmarks/linebreak.py [--runs 20]``
"""

import argparse
import statistics
import tempfile
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs

    from _pages import measure, setup_django

    setup_django(tempfile.mkdtemp(prefix="bench-linebreak-"))
    from django.test import Client, override_settings
    from thai_linebreaks import key_pages

    from search import linebreaks

    client = Client()
    rows = []
    for path in key_pages(lambda path: client.get(path).content.decode()):
        client.get(path)  # warm the page's own caches
        with override_settings(THAI_LINE_BREAKS=False):
            off = measure(client, path, runs)
        with override_settings(THAI_LINE_BREAKS=True):
            linebreaks._wrap_text.cache_clear()
            started = time.perf_counter()
            client.get(path)
            first = (time.perf_counter() - started) * 1000
            on = measure(client, path, runs)
        rows.append((path, off[0], off[1], first, on[0], on[1]))
    print(f"{'page':44} {'off p50':>8} {'p95':>6} {'on, first':>9} {'on p50':>7} {'p95':>6}")
    for path, *numbers in rows:
        print(f"{path:44} " + " ".join(f"{n:8.1f}" for n in numbers))
    medians = [statistics.median(row[i] for row in rows) for i in range(1, 6)]
    print(f"{'median over pages':44} " + " ".join(f"{n:8.1f}" for n in medians))


if __name__ == "__main__":
    main()
