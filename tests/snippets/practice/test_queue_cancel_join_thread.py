import re

from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_cancel_join_thread_lets_the_child_exit_but_loses_data(start_method):
    lines = run_snippet("practice/queue_cancel_join_thread.py", start_method=start_method).lines
    assert lines[0] == "child exited before anything was read: exitcode=0"
    match = re.fullmatch(r"received ([\d,]+) of 100,000 items: the rest were lost", lines[1])
    assert match
    received = int(match.group(1).replace(",", ""))
    assert 0 <= received < 100_000  # what the pipe held when the child exited, no more
    assert len(lines) == 2
