from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_leaving_a_pool_block_kills_unfinished_tasks(start_method):
    lines = run_snippet("processes/pool_with_terminates.py", start_method=start_method).lines
    assert lines == [
        # slow_square(3) never printed: terminate() killed it in the middle of its sleep
        "after the first block: ready() = False, no result will ever come",
        "slow_square(4) finished",  # close() + join() let the task finish
        "after the second block: result = 16",
    ]
