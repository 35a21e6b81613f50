"""Time to render the community-post inputs that made Python-Markdown backtrack
(communities/tests/test_markup.py checks that their work grows linearly).

Run from the repository root: ``python benchmarks/markup.py [--runs 5]``.
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._pages import timed

SIZE = 20_000


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kmsite.settings.test")
    import django

    django.setup()
    from communities.markup import render
    from communities.tests.test_markup import PATHOLOGICAL

    print(f"{'input':<16} {'characters':>10} {'p50 ms':>8} {'p95 ms':>8}   ({args.runs} runs)")
    for name, make in PATHOLOGICAL.items():
        source = make(SIZE)
        p50, p95 = timed(lambda source=source: render(source), args.runs)
        print(f"{name:<16} {len(source):>10} {p50:>8.0f} {p95:>8.0f}")


if __name__ == "__main__":
    main()
