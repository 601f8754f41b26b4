from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_each_worker_writes_through_a_connection_it_opened(start_method):
    lines = run_snippet("programs/connection_per_worker.py", start_method=start_method).lines
    assert lines == [
        "each task used a connection opened in its own process: True",
        "rows: [(0, 0), (1, 1), (2, 4), (3, 9), (4, 16), (5, 25)]",
    ]
