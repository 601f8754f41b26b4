"""How fast does the site build, cold and warm?  And does the cache work?

    python gates/bench_build.py              # the current tree
    python gates/bench_build.py --workers 8  # try another concurrency (SNIPPETS_WORKERS)

Prints, for the snippets the pages show:

- sum: the sum of each run's standalone time, one after another, as
  ``python snippets/<path>.py`` under the interpreter the page shows (through
  sitebuild/runner.py, like the build; a ``pythons=`` fence's snippet once per version);
- cold: ``mkdocs build --strict`` with an empty snippet cache;
- warm: the same build again, nothing changed;
- how many runs each build executed (from the cache's last-build.json: a
  snippet shown with ``pythons="..."`` runs once per version), and
- (cold - warm) / sum: what running snippets concurrently saves.

Targets: the warm build executes 0 snippets, the cold build each run the pages
need once (each snippet under the default interpreter, and under each version
its ``pythons=`` fences name: the hook records these as "planned"), and
(cold - warm) <= 0.5 x sum.  Exits non-zero if one is missed.

The builds use a snippet cache in a temp dir, so the project's own cache
(.cache/snippets) is neither emptied nor read.  Other caches (the lab
notebook's) are warmed by a first, unmeasured build, so cold - warm is the
snippets' share.  Timings are wall-clock: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sitebuild import fences, mkdocs_hooks, runner

ROOT = Path(__file__).resolve().parent.parent

TARGET_RATIO = 0.5
# Runs mkdocs with the runner's cache in another folder: the hook imports this same module.
_MKDOCS_WITH_CACHE = """
import sys
from pathlib import Path
from sitebuild import runner
runner.CACHE_DIR = Path({cache!r})
from mkdocs.__main__ import cli
sys.argv = ["mkdocs", *{args!r}]
cli()
"""


def planned_runs() -> dict[tuple[str, str, int], bool]:
    """{(snippet, interpreter, exit code): runs alone}: the runs the build plans (its own function)."""
    return mkdocs_hooks.planned_runs([fence for fence in fences.snippet_fences() if not fence.errors])


def standalone_times(runs) -> dict[tuple[str, str, int], float]:
    return {run: runner.execute(run[0], python=run[1]).duration for run in runs}


def build(cache: Path, site: Path, env: dict[str, str]) -> tuple[float, dict, str, int]:
    """One strict build: (seconds, its last-build.json record, its log, exit code)."""
    args = ["build", "--strict", "--site-dir", str(site)]
    code = _MKDOCS_WITH_CACHE.format(root=str(ROOT), cache=str(cache), args=args)
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    record = cache / "last-build.json"
    ran = json.loads(record.read_text("utf-8")) if record.is_file() else {}
    if cache != runner.CACHE_DIR:
        record.unlink(missing_ok=True)
    return seconds, ran, run.stdout + run.stderr, run.returncode


def run_problems(cold: dict, warm: dict) -> list[str]:
    """What the cold and warm builds' records say against the targets (no timing)."""
    planned = {tuple(run) for run in cold.get("planned", [])}
    runs = [tuple(run) for run in cold.get("runs", [])]
    problems = []
    missing = sorted(planned - set(runs))
    duplicates = sorted({run for run in runs if runs.count(run) > 1})
    unplanned = sorted(set(runs) - planned)
    if not planned or missing or duplicates or unplanned:
        problems.append(
            f"the cold build must execute each run the pages need once: "
            f"missing {_names(missing)}, twice {_names(duplicates)}, not needed {_names(unplanned)}"
        )
    if warm.get("executed"):
        problems.append(f"the warm build executed {warm['executed']}")
    return problems


def _names(runs) -> list[str]:
    return [f"{path} ({python})" for path, python in runs]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workers", type=int, help="SNIPPETS_WORKERS for the builds (default: the hook's)")
    args = parser.parse_args()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SNIPPETS_FRESH", None)  # the temp cache is what makes the cold build cold
    if args.workers:
        env["SNIPPETS_WORKERS"] = str(args.workers)

    runs = planned_runs()
    alone = [run for run, is_alone in runs.items() if is_alone]
    snippets = len({path for path, _, _ in runs})
    print(
        f"bench: {snippets} snippets shown on pages, {len(runs)} runs ({len(alone)} alone), CPUs: {os.cpu_count()}"
    )
    times = standalone_times(runs)
    total = sum(times.values())
    slowest = sorted(times.items(), key=lambda kv: -kv[1])[:3]
    slowest = ", ".join(
        f"{path} ({runner.interpreter_label(python)}) {t:.2f}" for (path, python, _), t in slowest
    )
    print(
        f"  sum of standalone runs: {total:6.2f} s   (alone: {sum(times[r] for r in alone):.2f} s; slowest: {slowest})"
    )

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        tmp = Path(tmp)
        # Unmeasured, with the project's cache: warms the lab notebook's cache, imports, .pyc files.
        warmup = build(runner.CACHE_DIR, tmp / "site", env)
        if warmup[3]:
            print(f"  (the warm-up build failed, exit {warmup[3]}; its log ends:)\n{_tail(warmup[2])}")
        cache = tmp / "cache"
        cold, cold_ran, cold_log, cold_code = build(cache, tmp / "site", env)
        warm, warm_ran, warm_log, warm_code = build(cache, tmp / "site", env)

    workers = env.get("SNIPPETS_WORKERS") or str(mkdocs_hooks.workers())
    per_version = len(cold_ran.get("runs", [])) - len({path for path, _ in cold_ran.get("runs", [])})
    print(
        f"  cold build (empty cache):  {cold:6.2f} s   executed {len(cold_ran.get('runs', []))} runs "
        f"({len(cold_ran.get('planned', []))} needed; {per_version} are extra versions), {workers} at a time"
    )
    print(f"  warm build (no change):    {warm:6.2f} s   executed {len(warm_ran.get('runs', []))} runs")
    ratio = (cold - warm) / total if total else 0.0
    print(f"  (cold - warm) / sum = {ratio:.2f}   (target <= {TARGET_RATIO})")

    problems = []
    if cold_code or warm_code:
        problems.append(f"a build failed (cold exit {cold_code}, warm exit {warm_code}):\n{_tail(cold_log)}")
    problems += run_problems(cold_ran, warm_ran)
    if ratio > TARGET_RATIO:
        problems.append(f"(cold - warm) / sum = {ratio:.2f} > {TARGET_RATIO}")
    for problem in problems:
        print(f"  MISSED: {problem}")
    print("bench: " + ("targets met" if not problems else f"{len(problems)} target(s) missed"))
    return 1 if problems else 0


def _tail(log: str, lines: int = 15) -> str:
    return "\n".join("    " + line for line in log.splitlines()[-lines:])


if __name__ == "__main__":
    sys.exit(main())
