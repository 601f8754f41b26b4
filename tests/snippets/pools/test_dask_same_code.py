from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_the_same_concurrent_futures_code_runs_on_a_dask_cluster(start_method):
    result = run_snippet("pools/dask_same_code.py", start_method=start_method)
    assert result.lines == [
        "ProcessPoolExecutor:  [0, 1, 4, 9, 16, 25]",
        "Dask's executor:      [0, 1, 4, 9, 16, 25]",
    ]
