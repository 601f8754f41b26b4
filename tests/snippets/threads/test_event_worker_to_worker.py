from tests.helpers import run_snippet


def test_one_thread_releases_another():
    lines = run_snippet("threads/event_worker_to_worker.py").lines
    assert sorted(lines) == [
        "client: connect to server",
        "client: wait server...",
        "server: start server successful",
    ]
    assert lines[-1] == "client: connect to server"
