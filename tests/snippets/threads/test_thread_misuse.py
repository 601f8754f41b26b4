import re

from tests.helpers import run_snippet


def test_each_misuse_raises_runtime_error():
    lines = run_snippet("threads/thread_misuse.py").lines
    messages = [re.sub(r"\s+", " ", line) for line in lines]
    assert messages == [
        "join() before start(): RuntimeError: cannot join thread before it is started",
        "start() a second time: RuntimeError: threads can only be started once",
        "set daemon after start(): RuntimeError: cannot set daemon status of active thread",
        "join() the current thread: RuntimeError: cannot join current thread",
        "start() a finished thread: RuntimeError: threads can only be started once",
    ]
