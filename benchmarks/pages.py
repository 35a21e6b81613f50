"""Server time and queries of every page, in process, for two visitors.

Builds the demo site on a throwaway SQLite database, then renders through
Django's test client, each page warmed once and then timed ``--runs`` times:

* anonymous: every page of the sitemap (Thai and English) and a search;
* staff: the same, plus every live intranet page that opens for staff.

Prints per visitor the mean queries per page, the median of the pages' p50s and
p95s, and the search page alone; with ``--compare``, the same again over only the
pages both trees serve, and which of those are over 10% slower.
``--compare REV`` measures another revision too (a git worktree of it, in a
temporary folder), side by side: each tree runs in its own process on its own
demo site, and the runs of every page are split into ``--rounds`` rounds that
alternate between the trees, so a machine that slows down or speeds up during
the run weighs on both alike. Run from the repository root:
``python benchmarks/pages.py [--runs 20] [--compare 1a2a858]``
"""

import argparse
import contextlib
import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEARCH = "/th/search/?q=ภาษี"
# Lines of the worker's answers start with this (the site may print too).
ANSWER = "@pages "


def prepare(workdir):
    """Runs inside the revision being measured: builds the demo site in ``workdir``
    and returns {visitor: (client, the URLs it opens)}, each URL requested once
    (warm-up)."""
    from _pages import setup_django

    setup_django(workdir)
    from django.contrib.auth import get_user_model
    from django.test import Client
    from wagtail.models import Page

    anonymous = Client()
    sitemap = anonymous.get("/sitemap.xml").content.decode()
    public = [
        re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)
    ]
    staff = Client()
    staff.force_login(get_user_model().objects.get(username="staff"))
    intranet = Page.objects.live().filter(url_path__contains="/intranet/")
    staff_pages = list(public)
    for page in intranet:
        url = page.url
        if url and url not in staff_pages and staff.get(url).status_code == 200:
            staff_pages.append(url)
    visitors = {"anonymous": (anonymous, public), "staff": (staff, staff_pages)}
    for client, urls in visitors.values():
        for url in [*urls, SEARCH]:
            client.get(url)  # warm: routes, navigation, templates
    return visitors


def serve_rounds():
    """The worker: answers each line "N" from the controller with N more timed
    requests of every page, as {visitor: {url: [times], queries}}; ends (removing
    its demo site) when the controller closes its input."""
    from _pages import samples

    with tempfile.TemporaryDirectory(prefix="bench-pages-") as workdir:
        visitors = prepare(workdir)
        print(ANSWER + json.dumps("ready"), flush=True)
        for line in sys.stdin:
            runs = int(line)
            answer = {
                name: {url: samples(client, url, runs) for url in [*urls, SEARCH]}
                for name, (client, urls) in visitors.items()
            }
            print(ANSWER + json.dumps(answer), flush=True)


def summarize(timings):
    """The summary of one tree from its pooled {visitor: {url: (times, queries)}}."""
    from _pages import percentiles

    summary = {}
    for name, by_url in timings.items():
        rows = {url: (*percentiles(times), queries) for url, (times, queries) in by_url.items()}
        search = rows.pop(SEARCH)
        summary[name] = {
            "pages": len(rows),
            "queries": statistics.mean(row[2] for row in rows.values()),
            "p50": statistics.median(row[0] for row in rows.values()),
            "p95": statistics.median(row[1] for row in rows.values()),
            "worst_p95": max(row[1] for row in rows.values()),
            "search": search,
            "by_url": rows,
        }
    return summary


def shared_pages(columns, visitor):
    """Each column's summary over only the pages every column served (the trees may
    differ in pages: new apps add theirs)."""
    by_url = [s[visitor]["by_url"] for s in columns.values()]
    urls = set.intersection(*(set(rows) for rows in by_url))
    return [
        {
            "pages": len(urls),
            "queries": statistics.mean(rows[url][2] for url in urls),
            "p50": statistics.median(rows[url][0] for url in urls),
            "p95": statistics.median(rows[url][1] for url in urls),
        }
        for rows in by_url
    ]


def slower_pages(columns, visitor, margin=0.10):
    """(url, old p50, new p50) of the pages both trees serve whose p50 in the last
    column exceeds the first column's by more than ``margin``, slowest first."""
    summaries = list(columns.values())
    old, new = summaries[0][visitor]["by_url"], summaries[-1][visitor]["by_url"]
    rows = [(url, old[url][0], new[url][0]) for url in set(old) & set(new)]
    return sorted(
        (row for row in rows if row[2] > row[1] * (1 + margin)),
        key=lambda row: row[2] / row[1],
        reverse=True,
    )


class Tree:
    """One tree's worker process (``directory`` None: this working tree)."""

    def __init__(self, name, directory, stack):
        self.name = name
        tree = directory or ROOT
        env = dict(os.environ)
        env.pop("DATABASE_URL", None)
        env["PYTHONPATH"] = os.pathsep.join([str(tree), str(ROOT / "benchmarks")])
        self.errors = stack.enter_context(tempfile.TemporaryFile("w+"))  # noqa: SIM115
        # -P: this folder is not put first on the path, where surveys.py would hide the app.
        self.process = subprocess.Popen(
            [sys.executable, "-P", str(Path(__file__).resolve()), "--worker"],
            cwd=tree,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
        )
        # On leaving: closes its input, so it ends its round and exits, then waits.
        stack.enter_context(self.process)
        self.timings = {}

    def answer(self):
        for line in self.process.stdout:
            if line.startswith(ANSWER):
                return json.loads(line[len(ANSWER) :])
        self.errors.seek(0)
        raise SystemExit(f"{self.name} failed:\n{self.errors.read()[-4000:]}")

    def run(self, runs):
        """``runs`` more requests of every page, pooled with the earlier rounds'."""
        self.process.stdin.write(f"{runs}\n")
        self.process.stdin.flush()
        for name, by_url in self.answer().items():
            pooled = self.timings.setdefault(name, {})
            for url, (times, queries) in by_url.items():
                pooled.setdefault(url, ([], queries))[0].extend(times)


def worktree(revision, stack):
    """A temporary git worktree of ``revision``, removed when ``stack`` closes."""
    tree = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-rev-"))) / "tree"
    subprocess.run(
        ["git", "worktree", "add", "--detach", str(tree), revision],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    stack.callback(
        subprocess.run, ["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False
    )
    return tree


def measure_trees(revision, runs, rounds):
    """({tree name: summary}, runs per page): ``revision`` (if any) and this tree,
    measured in alternating rounds; both build their demo sites at the same time."""
    with contextlib.ExitStack() as stack:
        trees = []
        if revision:
            trees.append(Tree(revision, worktree(revision, stack), stack))
        trees.append(Tree("this tree", None, stack))
        print(f"building the demo site of {' and '.join(t.name for t in trees)} ...", flush=True)
        for tree in trees:
            tree.answer()  # ready
        per_round = math.ceil(runs / rounds)
        for number in range(rounds):
            order = trees if number % 2 == 0 else trees[::-1]
            print(
                f"round {number + 1} of {rounds}: {' then '.join(t.name for t in order)}",
                flush=True,
            )
            for tree in order:
                tree.run(per_round)
        return {tree.name: summarize(tree.timings) for tree in trees}, per_round * rounds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5, help="split each page's runs into")
    parser.add_argument("--compare", metavar="REV", help="also measure this git revision")
    parser.add_argument("--json", type=Path, help="also write every page's numbers here")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        serve_rounds()
        return
    columns, runs = measure_trees(args.compare, args.runs, max(1, min(args.rounds, args.runs)))
    print(f"\n{runs} runs per page in alternating rounds, after one warm-up request; times in ms")
    header = "| visitor | measure | " + " | ".join(columns) + " |"
    print(header + "\n" + "|---" * (header.count("|") - 1) + "|")
    for visitor in ("anonymous", "staff"):
        lines = [
            ("pages", lambda s: f"{s['pages']}"),
            ("queries per page (mean)", lambda s: f"{s['queries']:.1f}"),
            ("page p50 (median)", lambda s: f"{s['p50']:.1f}"),
            ("page p95 (median)", lambda s: f"{s['p95']:.1f}"),
            ("slowest page p95", lambda s: f"{s['worst_p95']:.1f}"),
            ("search p50 / p95 / queries", lambda s: "{:.1f} / {:.1f} / {}".format(*s["search"])),
        ]
        for label, cell in lines:
            print(
                f"| {visitor} | {label} | "
                + " | ".join(cell(s[visitor]) for s in columns.values())
                + " |"
            )
        if len(columns) > 1 and (shared := shared_pages(columns, visitor)):
            for label, key in (("pages", "pages"), ("queries per page (mean)", "queries"),
                               ("page p50 (median)", "p50"), ("page p95 (median)", "p95")):  # fmt: skip
                cells = " | ".join(
                    f"{s[key]:.1f}" if key != "pages" else f"{s[key]}" for s in shared
                )
                print(f"| {visitor}, pages both serve | {label} | {cells} |")
    for visitor in ("anonymous", "staff"):
        if len(columns) > 1 and (slower := slower_pages(columns, visitor)):
            print(f"\n{visitor}: {len(slower)} of the pages both serve are over 10% slower (p50):")
            for url, old, new in slower:
                print(f"  {url}: {old:.1f} -> {new:.1f} ms")
    if args.json:
        args.json.write_text(json.dumps(columns, indent=1))


if __name__ == "__main__":
    main()
