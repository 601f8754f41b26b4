from tests.helpers import run_snippet


def test_daemon_flag_defaults_to_the_creating_threads():
    assert run_snippet("threads/daemon_inherited.py").lines == [
        "MainThread: daemon=False",
        "default: daemon=False",
        "daemon: daemon=True",
        "child-of-daemon: daemon=True",
    ]
