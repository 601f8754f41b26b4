import os
import subprocess
import sys

REPORT = "from threadpoolctl import threadpool_info; print(threadpool_info()[0]['num_threads'])"
BEFORE = "import os; os.environ['OPENBLAS_NUM_THREADS'] = '1'; import numpy; " + REPORT
AFTER = "import os, numpy; os.environ['OPENBLAS_NUM_THREADS'] = '1'; " + REPORT


def blas_threads(code, **env):
    done = subprocess.run(
        [sys.executable, "-c", code], env={**os.environ, **env}, capture_output=True, text=True
    )
    return done.stdout.strip() or done.stderr


if __name__ == "__main__":
    print("no variable:          ", blas_threads("import numpy; " + REPORT))
    print("OMP_NUM_THREADS=1:    ", blas_threads("import numpy; " + REPORT, OMP_NUM_THREADS="1"))
    print("set before import:    ", blas_threads(BEFORE))
    print("set after import:     ", blas_threads(AFTER))
