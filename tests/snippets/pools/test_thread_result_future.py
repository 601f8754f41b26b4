from tests.helpers import run_snippet


def test_future_result_returns_what_the_thread_computed():
    lines = run_snippet("pools/thread_result_future.py").lines
    assert lines == [
        "square(7) = 49, computed in a worker thread: True",
        "map: [0, 1, 4, 9, 16]",
    ]
