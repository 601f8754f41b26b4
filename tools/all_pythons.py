"""Run every snippet test with each CPython the site supports: 3.11, 3.12 and 3.13.

    python tools/all_pythons.py                      # tests/snippets with each one found
    python tools/all_pythons.py tests/snippets/threads -x
    python tools/all_pythons.py --require-all        # fail if a version is missing
    python tools/all_pythons.py --skip-current       # not this interpreter's version (CI: tested already)

pytest itself runs in this interpreter; the snippets run in the other one
(tests/helpers.py honours SNIPPETS_PYTHON), exactly as they would for a reader
who types ``python3.12 snippets/<path>.py``.  An interpreter is looked for as
``python3.X`` on PATH, then in pyenv (``$PYENV_ROOT/versions/3.X.*``).
Prints one line per version and exits 1 if any run failed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = ("3.11", "3.12", "3.13")


def find(version: str) -> str | None:
    """A CPython `version` interpreter (with the GIL: free-threaded builds are not searched)."""
    candidates: list = [shutil.which(f"python{version}")]
    pyenv = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    candidates += sorted(
        pyenv.glob(f"{version}.*/bin/python3"), key=lambda p: _numeric(p.parts[-3]), reverse=True
    )
    for candidate in filter(None, candidates):
        if any(re.search(r"\d+t$", part) for part in Path(candidate).parts):
            continue  # 3.13.0t, python3.13t: a free-threaded build
        probe = [
            str(candidate),
            "-c",
            "import platform; print(platform.python_implementation(), platform.python_version())",
        ]
        out = subprocess.run(probe, capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.startswith(f"CPython {version}."):
            return str(candidate)
    return None


def _numeric(name: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else -1 for part in name.split("."))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--require-all", action="store_true", help="fail when one of the versions is not found"
    )
    parser.add_argument(
        "--skip-current",
        action="store_true",
        help=f"skip {sys.version_info[0]}.{sys.version_info[1]}, this interpreter's version",
    )
    parser.add_argument("pytest_args", nargs="*", default=["tests/snippets"], help="default: tests/snippets")
    args = parser.parse_args()
    failed = missing = 0
    current = f"{sys.version_info[0]}.{sys.version_info[1]}"
    for version in VERSIONS:
        if args.skip_current and version == current:
            print(f"  {version}: skipped, the version running this script (--skip-current)")
            continue
        python = find(version)
        if not python:
            missing += 1
            print(f"  {version}: not found (python{version} on PATH or in pyenv)", flush=True)
            continue
        env = dict(os.environ, SNIPPETS_PYTHON=python)
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args.pytest_args]
        started = time.perf_counter()
        run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        summary = next(iter(run.stdout.strip().splitlines()[-1:]), "(no output)")
        print(f"  {version}: {summary} ({time.perf_counter() - started:.0f} s, {python})", flush=True)
        if run.returncode:
            failed += 1
            print("\n".join("      " + line for line in run.stdout.splitlines()[-40:]))
    ok = not failed and not (missing and args.require_all)
    print(f"all_pythons: {'passed' if ok else 'FAILED'} ({failed} failed, {missing} not found)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
