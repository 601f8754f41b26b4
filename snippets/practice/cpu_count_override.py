import os
import subprocess
import sys

PROBE = "import os; print(os.cpu_count(), getattr(os, 'process_cpu_count', lambda: 'missing')())"


def counts(options=(), env=None):
    command = [sys.executable, *options, "-c", PROBE]
    out = subprocess.run(command, env={**os.environ, **(env or {})}, capture_output=True, text=True)
    cpu, process = out.stdout.split()
    return f"cpu_count() = {cpu}, process_cpu_count() = {process}"


print(f"python                     {counts()}")
print(f"python -X cpu_count=1      {counts(['-X', 'cpu_count=1'])}")  # new in 3.13
print(f"PYTHON_CPU_COUNT=3 python  {counts(env={'PYTHON_CPU_COUNT': '3'})}")  # new in 3.13
if hasattr(os, "sched_setaffinity"):  # Linux: run this process on one CPU only
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print(f"pinned to one CPU          {counts()}")
