import re

from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_each_worker_runs_its_own_blas_threads_until_an_initializer_limits_them(start_method):
    lines = run_snippet("programs/blas_threads_in_pool.py", start_method=start_method).lines
    cores = int(re.fullmatch(r"cores this process may use: (\d+)", lines[0])[1])
    default = re.fullmatch(
        r"default: (\d+) workers, BLAS threads in each: \[([\d, ]+)\], in all: (\d+)", lines[1]
    )
    each = [int(n) for n in default[2].split(", ")]
    assert int(default[1]) == len(each) == cores
    assert all(n == min(cores, 64) for n in each)  # OpenBLAS starts one thread per usable core
    assert int(default[3]) == sum(each) == cores * min(cores, 64)  # cores x cores: oversubscribed
    assert lines[2] == f"initializer: {cores} workers, BLAS threads in each: {[1] * cores}, in all: {cores}"
