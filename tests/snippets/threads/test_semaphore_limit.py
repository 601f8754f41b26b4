import re

from tests.helpers import run_snippet


def test_never_more_than_two_inside():
    line = run_snippet("threads/semaphore_limit.py").output.strip()
    match = re.fullmatch(r"6 downloads done, at most (\d) at the same time", line)
    assert match and 1 <= int(match[1]) <= 2  # Semaphore(2): never 3
