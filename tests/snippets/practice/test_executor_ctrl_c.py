import re

from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_ctrl_c_cancels_the_calls_that_have_not_started(start_method):
    result = run_snippet("practice/executor_ctrl_c.py", start_method=start_method)
    assert result.lines[0] == "parent: KeyboardInterrupt, cancelling what has not started"
    done, cancelled = map(
        int, re.fullmatch(r"of 10 calls: (\d+) finished, (\d+) cancelled", result.lines[1]).groups()
    )
    assert done + cancelled == 10  # every call either ran to the end or was cancelled
    assert cancelled >= 1  # the queued calls never started
    # Out of reach of cancel_futures: one call running in each of the 2 workers, and up to
    # 2 + 1 in the queue that feeds them (EXTRA_QUEUED_CALLS): at most 2 * 2 + 1 finish.
    assert done <= 2 * 2 + 1
    assert len(result.lines) == 2 and "Traceback" not in result.output
