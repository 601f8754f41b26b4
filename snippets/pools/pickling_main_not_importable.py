import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAM = """
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
{define_square}
with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
    print(list(pool.map(square, [1, 2, 3])))
"""


# Not the error's last line: its traceback, and the worker's traceback that 3.15 may add as the cause.
SKIPPED = (
    " ",
    "Traceback",
    "Process",
    '"""',
    "'''",
    "The above",
    "concurrent.futures.process._RemoteTraceback",
)


def run_with_python_c(define_square, folder):
    program = PROGRAM.format(define_square=define_square)
    out = subprocess.run([sys.executable, "-c", program], cwd=folder, capture_output=True, text=True)
    for line in (out.stdout + out.stderr).splitlines():  # the results, and each error's last line
        if not line.startswith(SKIPPED) and line:
            print(f"    {line}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        print("square defined in the -c program itself:")
        run_with_python_c("def square(x):\n    return x * x", folder)
        Path(folder, "tasks.py").write_text("def square(x):\n    return x * x\n")
        print("square imported from tasks.py:")
        run_with_python_c("from tasks import square", folder)
