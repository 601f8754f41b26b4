from tests.helpers import run_snippet


def test_default_and_given_names():
    assert run_snippet("threads/thread_names.py").lines == [
        "the main program runs in MainThread",
        "default name: 'Thread-1 (report)'",  # Thread-N (target) since Python 3.10
        "given name:   'LoopThread'",
        "  running in Thread-1 (report)",
        "  running in LoopThread",
        "after renaming: 'renamed'",
    ]
