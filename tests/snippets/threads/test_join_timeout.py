import re

from tests.helpers import run_snippet


def test_join_with_timeout_returns_none_and_the_thread_may_still_run():
    lines = run_snippet("threads/join_timeout.py").lines
    waited = re.fullmatch(r"join\(timeout=0\.2\) returned None after (\d+\.\d) s", lines[0])
    assert waited and float(waited[1]) >= 0.2  # it really waited for the timeout
    assert lines[1:] == [
        "is the worker still alive? True",  # the worker waits for an Event: guaranteed
        "after join(): alive = False",
    ]
