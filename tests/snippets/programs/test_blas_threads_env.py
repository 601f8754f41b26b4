import os

from tests.helpers import run_snippet


def test_the_variable_counts_only_when_set_before_numpy_is_imported():
    lines = run_snippet("programs/blas_threads_env.py").lines
    found = dict(line.split(":", 1) for line in lines)
    found = {key: int(value) for key, value in found.items()}
    assert found["OMP_NUM_THREADS=1"] == 1
    assert found["set before import"] == 1
    assert found["set after import"] == found["no variable"]  # too late: BLAS already started
    if len(os.sched_getaffinity(0)) > 1:
        assert found["no variable"] > 1
