from tests.helpers import run_snippet


def test_client_connects_only_after_main_sets_the_event():
    lines = run_snippet("threads/event_main_to_worker.py").lines
    assert sorted(lines) == [
        "client: connect to server",
        "client: wait server...",
        "main: start server successful",
    ]
    assert lines[-1] == "client: connect to server"  # set() comes after the server line
