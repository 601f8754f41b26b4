"""Run CI as it meets a submission: `.ci/run` in a fresh clone, with a core kept busy.

    python gates/ci_fresh_clone.py               # once, one CPU-bound process running alongside
    python gates/ci_fresh_clone.py --runs 3      # three times in a row (issue 11's bar)
    python gates/ci_fresh_clone.py --hogs 0      # on a quiet machine

Clones the committed HEAD of this repository (uncommitted work is not in it, as
it would not be in CI) into a new temporary folder for each run, starts --hogs
processes that spin on `while True: pass` for the whole run -- an unrelated
program keeping a core busy, as on a shared CI machine -- and runs
``CI=true bash .ci/run`` there.  Each run's log goes to its folder; a line per
run gives its result and duration.  Exits 1 if any run failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOG = "while True: pass"
#: Settings of this shell that CI does not have (a venv, a site to test, snippet options).
LOCAL_SETTINGS = ("VIRTUAL_ENV", "TEST_SITE_DIR", "SNIPPETS_", "PYTHONPATH")


def one_run(number: int, hogs: int) -> tuple[bool, float, Path]:
    folder = Path(tempfile.mkdtemp(prefix=f"ci-fresh-clone-{number}-"))
    clone = folder / "repo"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    log = folder / "ci.log"
    spinning = [subprocess.Popen([sys.executable, "-c", HOG]) for _ in range(hogs)]
    started = time.monotonic()
    try:
        with log.open("w") as out:
            env = {k: v for k, v in os.environ.items() if not k.startswith(LOCAL_SETTINGS)}
            env.update(CI="true", PATH=_path())
            done = subprocess.run(
                ["bash", ".ci/run"], cwd=clone, stdout=out, stderr=subprocess.STDOUT, env=env
            )
    finally:
        for hog in spinning:
            hog.kill()
            hog.wait()
    return done.returncode == 0, time.monotonic() - started, log


def _path() -> str:
    """PATH without this project's .venv: CI starts from the machine's own python3."""
    venv = str(ROOT / ".venv")
    return os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep) if not p.startswith(venv))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=1, help="runs in a row (default 1)")
    parser.add_argument("--hogs", type=int, default=1, help="CPU-bound processes alongside (default 1)")
    args = parser.parse_args()
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    print(
        f"ci_fresh_clone: {args.runs} run(s) of .ci/run on {head.stdout.strip()}, {args.hogs} core(s) kept busy"
    )
    failed = 0
    for number in range(1, args.runs + 1):
        passed, seconds, log = one_run(number, args.hogs)
        failed += not passed
        tail = log.read_text(errors="replace").splitlines()[-3:]
        print(
            f"  run {number}: {'passed' if passed else 'FAILED'} in {seconds:.0f} s  (log: {log})", flush=True
        )
        if not passed:
            print("\n".join("    " + line for line in tail))
    print(f"ci_fresh_clone: {args.runs - failed} of {args.runs} passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
