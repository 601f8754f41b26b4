import re

from tests.helpers import run_snippet

ROW = re.compile(r"(\w+) +(\d+\.\d\d) s +(\d+\.\d\d) s +x(\d+\.\d) +(\d+\.\d)")


def test_cpu_bound_threads_share_one_core_sleeping_threads_overlap():
    lines = run_snippet("threads/gil_cpu_versus_sleep.py").lines
    rows = {m[1]: [float(x) for x in m.groups()[1:]] for m in map(ROW.fullmatch, lines[1:])}
    assert set(rows) == {"count_down", "nap", "sha256"}
    # With the GIL, two CPU-bound threads never keep more than one core busy.
    # (Speed-ups are not asserted: on a loaded machine they are noise.)
    _, _, _, cores_busy = rows["count_down"]
    assert cores_busy <= 1.3
    # Sleeping releases the GIL, so two 0.2 s naps overlap, whatever the load.
    one_by_one, together, _, _ = rows["nap"]
    assert one_by_one >= 0.39 and together < 0.35
