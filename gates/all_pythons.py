"""Run every snippet test with each CPython the site supports: 3.11 to 3.15.

    python gates/all_pythons.py                      # tests/snippets with each one found
    python gates/all_pythons.py tests/snippets/threads -x
    python gates/all_pythons.py --require-all        # fail if a version is missing (CI: always)
    python gates/all_pythons.py --skip-default       # not 3.14, the default `dev.py test` ran (CI)

pytest itself runs in this interpreter; the snippets run in the other one
(tests/helpers.py honours SNIPPETS_PYTHON), exactly as they would for a reader
who types ``python3.12 snippets/<path>.py``.  Each version is the one
sitebuild/pythons.py gives the build too (the newest patch release found in
``.cache/debian-pythons``, uv, PATH or pyenv), run from its venv
``.cache/pythons/3.X`` that has snippets/requirements.txt.
Prints one line per version and exits 1 if any run failed, or if a version is
missing and ``--require-all`` or ``SNIPPETS_REQUIRE_PYTHONS=1`` (.ci/run) is given.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from sitebuild import pythons

ROOT = pythons.ROOT


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--require-all",
        action="store_true",
        default=pythons.required(),
        help="fail when one of the versions is not found (default with SNIPPETS_REQUIRE_PYTHONS=1)",
    )
    parser.add_argument(
        "--skip-default",
        action="store_true",
        help=f"skip {pythons.DEFAULT}, the version the snippet tests run with unless told otherwise",
    )
    parser.add_argument("pytest_args", nargs="*", default=["tests/snippets"], help="default: tests/snippets")
    args = parser.parse_args()
    failed = missing = 0
    for version in pythons.VERSIONS:
        if args.skip_default and version == pythons.DEFAULT:
            print(f"  {version}: skipped, the default version python3 dev.py test ran (--skip-default)")
            continue
        python = pythons.interpreter(version)
        if not python:
            missing += 1
            verdict = "FAILED" if args.require_all else "skipped"
            print(f"  {version}: {verdict}, {pythons.missing_note(version)}", flush=True)
            continue
        env = dict(os.environ, SNIPPETS_PYTHON=python)
        parallel = ["-n", "auto", "--dist", "loadfile"]  # as python3 dev.py test runs them
        command = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            *parallel,
            *args.pytest_args,
        ]
        started = time.perf_counter()
        run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        summary = next(iter(run.stdout.strip().splitlines()[-1:]), "(no output)")
        print(f"  {version}: {summary} ({time.perf_counter() - started:.0f} s, {python})", flush=True)
        if run.returncode:
            failed += 1
            print("\n".join("      " + line for line in run.stdout.splitlines()[-40:]))
    ok = not failed and not (missing and args.require_all)
    print(f"all_pythons: {'passed' if ok else 'FAILED'} ({failed} failed, {missing} not available)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
