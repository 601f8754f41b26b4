from tests.helpers import run_snippet


def test_threads_send_their_results_through_a_queue_join_returns_none():
    lines = run_snippet("pools/thread_result_queue.py").lines
    assert lines == ["join() returns None", "results: {0: 0, 1: 1, 2: 4, 3: 9}"]
