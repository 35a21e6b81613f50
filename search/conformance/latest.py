"""Run the conformance suite against modelsearch's newest release and report
how its outcomes differ from the pinned release's. Report only: the exit
status is 0 whatever it finds, so an upstream change never blocks CI, but the
differences are printed for the next upgrade (see docs/upgrading.md).

    .venv/bin/python search/conformance/latest.py
"""

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_suite(junit, extra_path=None):
    env = dict(os.environ)
    if extra_path:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(extra_path), env.get("PYTHONPATH")]))
    command = [
        sys.executable, "-m", "pytest", "-q", "-n", "auto", "-p", "no:cacheprovider",
        "-c", "search/conformance/pytest.ini", "--rootdir=.", f"--junitxml={junit}",
    ]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)  # noqa: S603
    return result.stdout.strip().splitlines()[-1:] if result.stdout else [result.stderr[-500:]]


def outcomes(junit):
    """{test id: passed | failed | skipped | error} from a JUnit XML report."""
    if not Path(junit).exists():
        return {}
    found = {}
    # The report is one our own pytest run just wrote.
    for case in ET.parse(junit).getroot().iter("testcase"):  # noqa: S314
        test = f"{case.get('classname')}::{case.get('name')}"
        kinds = [child.tag for child in case if child.tag in ("failure", "error", "skipped")]
        found[test] = {"failure": "failed"}.get(kinds[0], kinds[0]) if kinds else "passed"
    return found


def newest_release(target):
    command = [
        sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--upgrade",
        "--target", str(target), "modelsearch",
    ]  # fmt: skip
    subprocess.run(command, check=True)  # noqa: S603
    dist_info = next(Path(target).glob("modelsearch-*.dist-info")).name
    return dist_info.removesuffix(".dist-info").split("-")[1]


def main():
    with tempfile.TemporaryDirectory(prefix="modelsearch-latest-") as workdir:
        pinned_xml, latest_xml = Path(workdir) / "pinned.xml", Path(workdir) / "latest.xml"
        print(f"pinned modelsearch {version('modelsearch')}:", *run_suite(pinned_xml))
        try:
            newest = newest_release(Path(workdir) / "site")
        except (subprocess.CalledProcessError, StopIteration) as error:
            print(f"could not install modelsearch's newest release: {error}")
            return
        print(f"newest modelsearch {newest}:", *run_suite(latest_xml, Path(workdir) / "site"))
        pinned, latest = outcomes(pinned_xml), outcomes(latest_xml)
        changed = sorted(
            (test, pinned.get(test, "absent"), latest.get(test, "absent"))
            for test in pinned.keys() | latest.keys()
            if pinned.get(test) != latest.get(test)
        )
        print(f"{len(changed)} tests differ between the two releases")
        for test, before, after in changed:
            print(f"  {test}: {before} -> {after}")


if __name__ == "__main__":
    main()
