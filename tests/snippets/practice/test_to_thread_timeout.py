import re

from tests.helpers import run_snippet


def test_a_timed_out_to_thread_call_keeps_running_and_asyncio_run_waits_for_it():
    lines = run_snippet("practice/to_thread_timeout.py").lines
    # The timeout cancels the await, not the thread: the executor's thread is still there...
    assert re.fullmatch(r"main: timed out; threads still running: \['asyncio_\d+'\]", lines[0])
    # ...and asyncio.run() returns only once the call has finished.
    assert lines[1:] == [
        "main: returning",
        "thread: blocking_call() finished anyway",
        "after asyncio.run()",
    ]
