from tests.helpers import run_snippet


def test_non_daemon_threads_are_joined_daemons_are_cut_off():
    result = run_snippet("threads/daemon_at_exit.py")
    assert result.lines == [
        "main: end of the script",
        "worker: finished, so now Python may exit",  # Python waited for it
        "atexit: daemon still alive: True",  # daemons are not joined...
    ]
    assert "daemon: cleanup" not in result.output  # ...and their finally never runs
