"""Server time and queries of every page, in process, for two visitors.

Builds the demo site on a throwaway SQLite database, then renders through
Django's test client, each page warmed once and then timed ``--runs`` times:

* anonymous: every page of the sitemap (Thai and English) and a search;
* staff: the same, plus every live intranet page that opens for staff.

Prints per visitor the mean queries per page, the median of the pages' p50s and
p95s, and the search page alone; with ``--compare``, the same again over only the
pages both trees serve, and which of those are over 10% slower.
``--compare REV`` runs the same measurement
on another revision (a git worktree of it, in a temporary folder) first, and
prints both side by side. Run from the repository root:
``python benchmarks/pages.py [--runs 20] [--compare 1a2a858]``
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEARCH = "/th/search/?q=ภาษี"


def measure_site(runs):
    """Runs inside the revision being measured; returns the summary as a dict."""
    from _pages import measure, setup_django

    setup_django(tempfile.mkdtemp(prefix="bench-pages-"))
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
    summary = {}
    for name, client, urls in (("anonymous", anonymous, public), ("staff", staff, staff_pages)):
        rows = []
        for url in urls:
            client.get(url)  # warm: routes, navigation, templates
            rows.append(measure(client, url, runs))
        client.get(SEARCH)
        search = measure(client, SEARCH, runs)
        summary[name] = {
            "pages": len(rows),
            "queries": statistics.mean(row[2] for row in rows),
            "p50": statistics.median(row[0] for row in rows),
            "p95": statistics.median(row[1] for row in rows),
            "worst_p95": max(row[1] for row in rows),
            "search": search,
            "by_url": dict(zip(urls, rows, strict=True)),
        }
    return summary


def shared_pages(columns, visitor):
    """Each column's summary over only the pages every column served (the trees may
    differ in pages: new apps add theirs), or None when a column has no per-page rows."""
    by_url = [s[visitor].get("by_url") for s in columns.values()]
    if None in by_url:
        return None
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
    old, new = summaries[0][visitor].get("by_url"), summaries[-1][visitor].get("by_url")
    if not old or not new:
        return []
    rows = [(url, old[url][0], new[url][0]) for url in set(old) & set(new)]
    return sorted(
        (row for row in rows if row[2] > row[1] * (1 + margin)),
        key=lambda row: row[2] / row[1],
        reverse=True,
    )


def run_revision(revision, runs):
    """Measure ``revision`` (None: this working tree) in a subprocess."""
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    # -P: this folder is not put first on the path, where surveys.py would hide the app.
    command = [sys.executable, "-P", str(Path(__file__).resolve()), "--runs", str(runs), "--worker"]
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "benchmarks")])
    if revision is None:
        return json.loads(
            subprocess.run(
                command, cwd=ROOT, env=env, check=True, capture_output=True, text=True
            ).stdout.splitlines()[-1]
        )
    with tempfile.TemporaryDirectory(prefix="bench-rev-") as workdir:
        tree = Path(workdir) / "tree"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(tree), revision],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        try:
            env["PYTHONPATH"] = os.pathsep.join([str(tree), str(ROOT / "benchmarks")])
            result = subprocess.run(
                command, cwd=tree, env=env, check=True, capture_output=True, text=True
            )
            return json.loads(result.stdout.splitlines()[-1])
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--compare", metavar="REV", help="also measure this git revision")
    parser.add_argument("--json", type=Path, help="also write every page's numbers here")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure_site(args.runs)))
        return
    columns = {}
    if args.compare:
        print(f"measuring {args.compare} ...", flush=True)
        columns[args.compare] = run_revision(args.compare, args.runs)
    print("measuring this tree ...", flush=True)
    columns["this tree"] = run_revision(None, args.runs)
    print(f"\n{args.runs} runs per page, after one warm-up request; times in ms")
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
