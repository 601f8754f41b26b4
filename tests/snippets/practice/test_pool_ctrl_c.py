from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_workers_ignore_sigint_and_the_parent_terminates_the_pool(start_method):
    result = run_snippet("practice/pool_ctrl_c.py", start_method=start_method)
    assert result.lines == [
        "parent: KeyboardInterrupt, terminating the pool",  # only the parent reacted
        "pool stopped; workers alive: 0",
    ]
    assert "Traceback" not in result.output  # no worker printed a KeyboardInterrupt
