from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_dask_client_submits_maps_and_raises_like_an_executor(start_method):
    result = run_snippet("pools/dask_client_futures.py", start_method=start_method)
    assert result.lines == [
        "workers: 2",
        "results: {0: 0, 1: 1, 2: 4, 4: 16, 5: 25}",
        "errors:  {3: ValueError('bad input: 3')}",  # raised by result(), as in concurrent.futures
        "a task that takes other tasks' futures: 5",
    ]
