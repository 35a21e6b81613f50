"""Start-up time and memory of the single-node OpenSearch (``make search-engine``).

Starts a node of its own ``--runs`` times (Maven offline once the artifacts are
in the local repository; the first build is not timed), each time measuring the
seconds until it answers with its URL and its resident memory then; prints the
median and the largest of each. Needs Java 17 and Maven.

    python benchmarks/search_node.py --runs 3
"""

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ENGINE = Path(__file__).resolve().parent.parent / "search" / "engine"


def resident_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


def start_and_stop(state):
    env = {**os.environ, "ENGINE_STATE": state}
    started = time.perf_counter()
    result = subprocess.run(
        [str(ENGINE / "start.sh")], env=env, capture_output=True, text=True, check=True
    )
    seconds = time.perf_counter() - started
    try:
        memory = resident_mb(Path(state, "pid").read_text().strip())
    finally:
        subprocess.run([str(ENGINE / "stop.sh")], env=env, capture_output=True, check=True)
    return seconds, memory, result.stdout.strip().splitlines()[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    subprocess.run(["mvn", "-B", "-q", "-Dstyle.color=never", "compile"], cwd=ENGINE, check=True)
    seconds, memory = [], []
    with tempfile.TemporaryDirectory() as state:
        for _ in range(args.runs):
            took, resident, url = start_and_stop(state)
            print(f"answered at {url} after {took:.1f} s, resident {resident:.0f} MB")
            seconds.append(took)
            memory.append(resident)
    print(
        f"start-up: median {statistics.median(seconds):.1f} s, max {max(seconds):.1f} s; "
        f"resident memory: median {statistics.median(memory):.0f} MB, max {max(memory):.0f} MB"
    )


if __name__ == "__main__":
    main()
