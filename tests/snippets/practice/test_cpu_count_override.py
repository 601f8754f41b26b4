import subprocess

from tests.helpers import PYTHON, python_version, run_snippet


def test_cpu_count_can_be_overridden_from_3_13_and_follows_the_affinity():
    result = run_snippet("practice/cpu_count_override.py")
    probe = "import os; print(os.cpu_count())"
    cpus = int(subprocess.run([PYTHON, "-c", probe], capture_output=True, text=True, check=True).stdout)
    if python_version(result) >= (3, 13):
        assert result.lines == [
            f"python                     cpu_count() = {cpus}, process_cpu_count() = {cpus}",
            "python -X cpu_count=1      cpu_count() = 1, process_cpu_count() = 1",
            "PYTHON_CPU_COUNT=3 python  cpu_count() = 3, process_cpu_count() = 3",
            f"pinned to one CPU          cpu_count() = {cpus}, process_cpu_count() = 1",
        ]
    else:  # 3.12: no process_cpu_count(), and the option and the variable are ignored
        assert result.lines == [
            f"python                     cpu_count() = {cpus}, process_cpu_count() = missing",
            f"python -X cpu_count=1      cpu_count() = {cpus}, process_cpu_count() = missing",
            f"PYTHON_CPU_COUNT=3 python  cpu_count() = {cpus}, process_cpu_count() = missing",
            f"pinned to one CPU          cpu_count() = {cpus}, process_cpu_count() = missing",
        ]
