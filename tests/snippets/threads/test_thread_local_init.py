from tests.helpers import run_snippet


def test_subclass_init_runs_once_per_thread():
    assert run_snippet("threads/thread_local_init.py").lines == [
        "main thread uses connection 1",
        "requests a and b (same thread) share a connection: True",
        "request c (another thread) has its own: True",
        "connections opened: 3",
    ]
