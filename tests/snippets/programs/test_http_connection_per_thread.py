import re

from tests.helpers import run_snippet


def test_one_connection_per_thread_serves_every_request_with_at_most_one_connection_per_worker():
    lines = run_snippet("programs/http_connection_per_thread.py").lines
    assert lines[0] == "fetch_new_connection: 40 answers, 40 TCP connections"
    match = re.fullmatch(r"fetch_reusing_connection: 40 answers, (\d+) TCP connections", lines[1])
    assert match and 1 <= int(match[1]) <= 4  # one per worker thread the pool started
    assert len(lines) == 2
