from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_callbacks_receive_every_result_and_every_error(start_method):
    lines = run_snippet("pools/pool_error_callback.py", start_method=start_method).lines
    assert lines == [
        "callback got [0, 1, 2, 4]",
        "error_callback got [ValueError('bad input: 3')]",
        "map_async: only error_callback was called: [ValueError('bad input: 3')]",
    ]
