import os
import subprocess
import sys

REPORT = "import os; print(os.cpu_count(), getattr(os, 'process_cpu_count', lambda: '-')())"


def counts(*options, **env):
    done = subprocess.run(
        [sys.executable, *options, "-c", REPORT], env={**os.environ, **env}, capture_output=True, text=True
    )
    return done.stdout.strip()


if __name__ == "__main__":
    print("cpu_count, process_cpu_count")
    print("python:                   ", counts())
    print("PYTHON_CPU_COUNT=1 python:", counts(PYTHON_CPU_COUNT="1"))
    print("python -X cpu_count=1:    ", counts("-X", "cpu_count=1"))
