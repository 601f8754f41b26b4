"""The concurrency lab, docs/lab/concurrency-lab.py, run as a plain script: what it measures.

The script runs in docs/lab through ``runpy`` from ``python -c``, so that its
``__main__`` has no file, as in a Jupyter kernel: worker processes started by
spawn or forkserver then import ``lab_workers`` and nothing else.  (Started as
``python concurrency-lab.py``, every spawn or forkserver worker would run the
whole notebook again when it imports ``__main__``.)

Timings depend on the machine and on whatever else it is doing, and the test
machine is often busy: other test runs, builds, a process spinning on a core.
So every assertion here is one that holds on any machine, loaded or not:

- The GIL claims are asserted in CPU time, which a busy machine cannot fake.
  Threads running Python under the GIL never keep more than one core busy, so
  they cannot finish the loop in less than the CPU time it takes one thread.
- A parallel speed-up (processes on the loop, threads on hashlib) needs a free
  second core.  When another program is busy, how much of that core our
  workers get is up to the scheduler, and the speed-up can be anything down to
  none at all.  The notebook measures, on Linux, how much CPU the rest of the
  machine used during each run; these two tests assert a speed-up of at least
  1.3x (2x is ideal) only when the runs they compare had the machine nearly to
  themselves, and are skipped, saying so, when they did not.
- Waiting (time.sleep) overlaps in threads whatever the load, and the Pool's
  fifth task cannot start before a first one has ended: four workers cannot
  hold five tasks.

It runs with this interpreter, not SNIPPETS_PYTHON: it needs matplotlib and
IPython.  The full measurement runs once, under forkserver (Linux's default from Python
3.14).  Under fork and spawn the script runs with LAB_REPEATS=1: faster, and
enough for the assertions that do not compare timings.
"""

from __future__ import annotations

import functools
import json
import math
import multiprocessing
import os
import subprocess
import sys

import pytest

from tests.helpers import each_start_method
from tools import runner

LAB = runner.ROOT / "docs" / "lab"
NOTEBOOK = "concurrency-lab.py"
FULL_RUN = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else None
QUIET = 0.3  # cores: "the machine nearly to ourselves" if others used less than this

PROGRAM = f"""
import json, multiprocessing, runpy
ns = runpy.run_path({NOTEBOOK!r})
data = {{name: ns[name] for name in ("CORES", "GIL", "REPEATS", "tasks", "submitted")}}
data["start_method"] = multiprocessing.get_start_method()
data["best"] = {{
    job: {{f"{{kind}}-{{n}}": run for (kind, n), run in configs.items()}}
    for job, configs in ns["best"].items()
}}
data["serial_cpu"] = {{job: min(cpu for _, cpu, _ in ns["runs"][job][("serial", 1)]) for job in ns["runs"]}}
print("LAB-DATA " + json.dumps(data))
"""


@functools.cache
def run_lab(start_method: str | None) -> dict:
    env = dict(os.environ, PYTHONUNBUFFERED="1", MPLBACKEND="svg")
    if start_method:  # the runner's way: change the default, not the code
        env["SNIPPET_START_METHOD"] = start_method
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(runner.START_METHOD_DIR), env.get("PYTHONPATH")])
        )
    if start_method != FULL_RUN:
        env["LAB_REPEATS"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], cwd=LAB, env=env, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, f"the notebook failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    line = next(line for line in done.stdout.splitlines() if line.startswith("LAB-DATA "))
    data = json.loads(line.removeprefix("LAB-DATA "))
    if start_method:
        assert data["start_method"] == start_method
    return data


def measured() -> dict:
    return run_lab(FULL_RUN)


def wall(data, job, config):
    return data["best"][job][config][0]


def cores_busy(data, job, config):
    wall_time, cpu, _ = data["best"][job][config]
    return cpu / wall_time


def others_busy(data, job, config):
    wall_time, _, others = data["best"][job][config]
    return others / wall_time


def require_quiet_machine(data, job, configs):
    """Skip, saying why, unless the compared runs had the machine nearly to themselves."""
    if data["CORES"] < 2:
        pytest.skip(f"{data['CORES']} usable core: no parallel speed-up is possible")
    busy = {config: others_busy(data, job, config) for config in configs}
    if any(value > QUIET for value in busy.values() if not math.isnan(value)):
        seen = ", ".join(f"{config} run: {value:.2f}" for config, value in busy.items())
        pytest.skip(f"other programs kept cores busy ({seen}): no free core to measure a speed-up on")


@each_start_method
def test_the_fifth_task_of_a_pool_of_4_waits_for_a_first_task_to_end(start_method):
    data = run_lab(start_method)
    tasks = data["tasks"]  # (name, pid, start, end)
    assert [task[0] for task in tasks] == [0, 1, 2, 3, 4]
    assert len({pid for _, pid, _, _ in tasks}) <= 4  # five tasks, four worker processes
    assert all(start >= data["submitted"] - 1 and end > start for _, _, start, end in tasks)
    fifth_start = tasks[4][2]
    assert fifth_start >= min(end for _, _, _, end in tasks[:4])
    for _, _, start, _ in tasks:  # never more than four tasks at the same moment
        assert sum(s <= start < e for _, _, s, e in tasks) <= 4


@each_start_method
def test_threads_never_run_python_in_parallel_under_the_gil(start_method):
    data = run_lab(start_method)
    if not data["GIL"]:
        pytest.skip("free-threaded build with the GIL disabled: threads may run in parallel")
    for n in (2, 4):
        assert cores_busy(data, "cpu", f"threads-{n}") <= 1.15


@each_start_method
def test_waiting_overlaps_in_threads_and_uses_no_cpu(start_method):
    data = run_lab(start_method)
    serial = wall(data, "io", "serial-1")
    assert wall(data, "io", "threads-4") <= serial / 2  # 4x is ideal
    assert cores_busy(data, "io", "threads-4") < 0.2


def test_threads_give_no_real_speed_up_for_pure_python():
    data = measured()
    if not data["GIL"]:
        pytest.skip("free-threaded build with the GIL disabled: threads may run in parallel")
    one_thread_cpu = data["serial_cpu"]["cpu"]  # the CPU time the loop takes one thread
    for n in (1, 2, 4):
        assert wall(data, "cpu", f"threads-{n}") >= 0.7 * one_thread_cpu


def test_processes_run_pure_python_in_parallel():
    data = measured()
    require_quiet_machine(data, "cpu", ["serial-1", "processes-2"])
    assert wall(data, "cpu", "processes-2") <= wall(data, "cpu", "serial-1") / 1.3
    assert cores_busy(data, "cpu", "processes-2") >= 1.3


def test_hashlib_releases_the_gil_so_threads_hash_in_parallel():
    data = measured()
    require_quiet_machine(data, "hash", ["serial-1", "threads-2"])
    assert wall(data, "hash", "threads-2") <= wall(data, "hash", "serial-1") / 1.3
    assert cores_busy(data, "hash", "threads-2") >= 1.3


def test_the_machine_facts_are_reported():
    data = measured()
    assert data["CORES"] >= 1
    assert data["REPEATS"] == 3
    if sys.version_info < (3, 13):
        assert data["GIL"] is True  # sys._is_gil_enabled() is new in 3.13: before, always a GIL
