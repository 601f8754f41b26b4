"""Do the snippet tests flake on a busy machine?  Run them N times with every core hogged.

    python gates/flake.py                  # 20 runs of tests/snippets
    python gates/flake.py --runs 3 tests/snippets/threads
    SNIPPETS_PYTHON=/path/to/python3.13 python gates/flake.py --runs 5

While the tests run, one CPU-bound process per core spins at the same
priority (``--hogs`` changes the count), so every snippet competes for the CPU
the way it does on a loaded CI machine.  Prints one line per run and, at the
end, every test that failed with how often and its first failure message.
Exits 1 if any run failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOG = "while True: pass"


def failures(junit: Path) -> dict[str, str]:
    """{test id: first line of its failure} from a pytest junit XML report."""
    found = {}
    if not junit.is_file():
        return {"(pytest wrote no report)": ""}
    for case in ET.parse(junit).getroot().iter("testcase"):
        for problem in (*case.findall("failure"), *case.findall("error")):
            test_id = f"{case.get('classname', '')}::{case.get('name', '')}"
            found[test_id] = next(iter((problem.get("message") or "").strip().splitlines()), "")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=20, help="how many times to run the tests (default 20)")
    parser.add_argument(
        "--hogs", type=int, default=os.cpu_count() or 2, help="CPU-bound processes (default: one per core)"
    )
    parser.add_argument(
        "tests", nargs="*", default=["tests/snippets"], help="what pytest runs (default tests/snippets)"
    )
    args = parser.parse_args()

    hogs = [subprocess.Popen([sys.executable, "-c", HOG]) for _ in range(args.hogs)]
    failed: Counter[str] = Counter()
    messages: dict[str, str] = {}
    bad_runs = 0
    python = os.environ.get("SNIPPETS_PYTHON") or sys.executable
    print(
        f"flake: {args.runs} runs of {' '.join(args.tests)} with {args.hogs} CPU hogs; snippets run by {python}"
    )
    try:
        with tempfile.TemporaryDirectory(prefix="flake-") as tmp:
            for run in range(1, args.runs + 1):
                junit = Path(tmp) / f"run-{run}.xml"
                command = [
                    sys.executable,
                    "-m",
                    "pytest",
                    "-q",
                    "-p",
                    "no:cacheprovider",
                    f"--junitxml={junit}",
                ]
                started = time.perf_counter()
                result = subprocess.run([*command, *args.tests], cwd=ROOT, capture_output=True, text=True)
                seconds = time.perf_counter() - started
                found = failures(junit)
                summary = next(iter(result.stdout.strip().splitlines()[-1:]), "(no output)")
                if result.returncode and not found:
                    found = {f"(pytest exit code {result.returncode})": summary}
                print(f"  run {run:2}/{args.runs}: {summary} ({seconds:.0f} s)", flush=True)
                bad_runs += bool(found)
                failed.update(found.keys())
                for test_id, message in found.items():
                    messages.setdefault(test_id, message)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()

    print(f"flake: {bad_runs} of {args.runs} runs had failures")
    for test_id, count in failed.most_common():
        print(f"  {count:2}x {test_id}\n       {messages[test_id]}")
    return 1 if bad_runs else 0


if __name__ == "__main__":
    sys.exit(main())
