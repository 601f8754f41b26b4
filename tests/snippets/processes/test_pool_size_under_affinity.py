import subprocess

from tests.helpers import PYTHON, each_start_method, python_version, run_snippet


def cpu_count():
    out = subprocess.run([PYTHON, "-c", "import os; print(os.cpu_count())"], capture_output=True, text=True)
    return int(out.stdout)


@each_start_method
def test_pool_follows_the_affinity_only_from_3_13(start_method):
    result = run_snippet("processes/pool_size_under_affinity.py", start_method=start_method)
    cpus = cpu_count()
    assert result.lines[:2] == [
        "CPUs this process may use:  1",
        f"os.cpu_count():             {cpus}",  # the machine's CPUs, whatever the affinity
    ]
    if python_version(result) >= (3, 13):  # Pool() uses os.process_cpu_count()
        assert result.lines[2:] == ["os.process_cpu_count():     1", "Pool() started 1 worker processes"]
    else:  # 3.11 and 3.12: os.cpu_count(), more workers than the CPUs allowed
        assert result.lines[2:] == [f"Pool() started {cpus} worker processes"]
