import re

from tests.helpers import run_snippet

CORES = re.compile(r"cores this process may use: (\d+)")
ROW = re.compile(r"(\w+) +(\d+\.\d{3}) s +(\d+\.\d{3}) s +x(\d+\.\d) +(\d+\.\d)")


def test_cpu_bound_threads_share_one_core_sleeping_threads_overlap():
    lines = run_snippet("threads/gil_cpu_versus_sleep.py").lines
    cores = int(CORES.fullmatch(lines[0])[1])
    assert cores >= 1
    rows = {m[1]: [float(x) for x in m.groups()[1:]] for m in map(ROW.fullmatch, lines[2:])}
    assert set(rows) == {"count_down", "nap", "sha256"}
    # Warmed up, same data, each way's fastest of 5: work that needs a core can never show more
    # speed-up than two threads on the cores there are (the printed value is rounded).
    for task in ("count_down", "sha256"):
        _, _, speed_up, cores_busy = rows[task]
        assert speed_up <= min(2, cores), (task, speed_up, cores)
        assert cores_busy <= min(2, cores) + 0.1, (task, cores_busy, cores)
    # With the GIL, two CPU-bound threads never keep more than one core busy.
    # (How far below the bounds the speed-ups fall is load, not asserted.)
    assert rows["count_down"][3] <= 1.3
    # Sleeping releases the GIL, so two 0.2 s naps overlap, whatever the load.
    one_by_one, together, _, _ = rows["nap"]
    assert one_by_one >= 0.39 and together < 0.35
