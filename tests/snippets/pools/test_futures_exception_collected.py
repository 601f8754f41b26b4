from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_result_raises_each_error_and_map_stops_at_the_first(start_method):
    lines = run_snippet("pools/futures_exception_collected.py", start_method=start_method).lines
    assert lines == [
        "results: {0: 0, 1: 1, 2: 2, 4: 4}",
        "errors:  {3: ValueError('bad input: 3')}",
        "map gave 0 -> 0",
        "map gave 1 -> 1",
        "map gave 2 -> 2",
        "map raised ValueError('bad input: 3'); the results after it are lost",
    ]
