from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_pool_replaces_a_killed_worker_but_its_task_never_returns(start_method):
    lines = run_snippet("pools/pool_worker_killed.py", start_method=start_method).lines
    assert lines == [
        "get(timeout=2): TimeoutError, the result will never come",
        "the pool replaced its worker and goes on: 7",
    ]
