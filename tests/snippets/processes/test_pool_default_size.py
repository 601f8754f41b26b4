import subprocess

from tests.helpers import PYTHON, each_start_method, python_version, run_snippet


def cpu_counts():
    probe = "import os; print(os.cpu_count(), getattr(os, 'process_cpu_count', os.cpu_count)())"
    out = subprocess.run([PYTHON, "-c", probe], capture_output=True, text=True, check=True).stdout
    return [int(n) for n in out.split()]


@each_start_method
def test_pool_without_a_size_starts_one_worker_per_usable_cpu(start_method):
    result = run_snippet("processes/pool_default_size.py", start_method=start_method)
    cpu_count, process_cpu_count = cpu_counts()
    # From 3.13, Pool() follows os.process_cpu_count(): the CPUs this process may use
    if python_version(result) >= (3, 13):
        assert result.lines == [
            f"os.cpu_count():         {cpu_count}",
            f"os.process_cpu_count(): {process_cpu_count}",
            f"Pool() started {process_cpu_count} worker processes",
        ]
    else:  # Python 3.11 and 3.12: os.cpu_count()
        assert result.lines == [
            f"os.cpu_count():         {cpu_count}",
            f"Pool() started {cpu_count} worker processes",
        ]
