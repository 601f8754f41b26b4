import re

from tests.helpers import each_start_method, python_version, run_snippet

CAUSE = r"caused by: Process \d+ terminated abruptly with exit code 3"


@each_start_method
def test_a_dead_worker_breaks_the_pool_and_3_15_says_which_and_how(start_method):
    result = run_snippet("practice/broken_pool_exit_code.py", start_method=start_method)
    assert result.lines[0] == (
        "BrokenProcessPool: A process in the process pool was terminated abruptly "
        "while the future was running or pending."
    )
    assert len(result.lines) == 2
    if python_version(result) < (3, 15):
        assert result.lines[1] == "caused by: None"
    elif start_method == "forkserver":  # the fork server reports the exit code with the death
        assert re.fullmatch(CAUSE, result.lines[1])
    else:  # fork, spawn: only if the dead worker was already reaped when the pool looked
        assert re.fullmatch(CAUSE, result.lines[1]) or result.lines[1] == "caused by: None"
