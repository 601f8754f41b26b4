import subprocess

from tests.helpers import PYTHON, each_start_method, run_snippet


def cpu_counts():
    probe = "import os; print(os.cpu_count(), getattr(os, 'process_cpu_count', os.cpu_count)())"
    out = subprocess.run([PYTHON, "-c", probe], capture_output=True, text=True, check=True).stdout
    return [int(n) for n in out.split()]


@each_start_method
def test_default_max_workers_follow_the_documented_formulas(start_method):
    result = run_snippet("pools/default_max_workers.py", start_method=start_method)
    cpu_count, process_cpu_count = cpu_counts()
    version = tuple(int(n) for n in result.python.split()[1].split(".")[:2])
    usable = process_cpu_count if version >= (3, 13) else cpu_count  # 3.13: process_cpu_count()
    assert f"os.cpu_count() = {cpu_count}" in result.lines
    assert (f"os.process_cpu_count() = {process_cpu_count}" in result.lines) == (version >= (3, 13))
    assert result.lines[-2] == f"ThreadPoolExecutor() used {min(32, usable + 4)} threads"
    label, used, _ = result.lines[-1].rsplit(" ", 2)
    assert label == "ProcessPoolExecutor() used"
    assert 1 <= int(used) <= usable  # never more than the default...
    if usable <= 4:  # ...and all of them when 20 calls of 0.05 s keep them busy
        assert int(used) == usable
