"""Wall time of ``make test`` on this tree and on another revision, one after the other.

Each revision is checked out in a temporary git worktree that shares this
tree's virtualenv (``make install`` runs first, untimed). Set DATABASE_URL to
time the PostgreSQL run. Revisions before the conformance suite built its own
data read it from a folder beside their tree: ``--beside DIR`` links DIR there.
Run from the repository root: ``python benchmarks/test_suite.py 1a2a858``
"""

import argparse
import re
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUMMARY = re.compile(r"=+ (.*(?:passed|failed).*) in [0-9.]+s")


def timed_make_test(tree):
    subprocess.run(["make", "-s", "install"], cwd=tree, check=True, capture_output=True)
    started = time.perf_counter()
    result = subprocess.run(["make", "test"], cwd=tree, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    summaries = SUMMARY.findall(result.stdout)
    return seconds, result.returncode, summaries


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", help="the git revision to compare with")
    parser.add_argument("--beside", type=Path, help="a folder to link beside the old tree")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-suite-") as workdir:
        tree = Path(workdir) / "tree"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(tree), args.revision],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
        try:
            (tree / ".venv").symlink_to(ROOT / ".venv")
            if args.beside:
                (Path(workdir) / args.beside.resolve().name).symlink_to(args.beside.resolve())
            rows.append((args.revision, *timed_make_test(tree)))
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False
            )
    rows.append(("this tree", *timed_make_test(ROOT)))
    print("| tree | make test (s) | exit | pytest runs |")
    print("|---|---|---|---|")
    for name, seconds, code, summaries in rows:
        print(f"| {name} | {seconds:.0f} | {code} | {'; '.join(summaries)} |")


if __name__ == "__main__":
    main()
