import re

from tests.helpers import run_snippet


def test_ten_thousand_tasks_run_on_at_most_four_threads():
    lines = run_snippet("practice/thread_pool_reuses_threads.py").lines
    match = re.fullmatch(r"10,000 tasks ran on (\d) threads \(max_workers=4\)", lines[0])
    assert match
    assert 1 <= int(match.group(1)) <= 4  # the pool starts threads only as needed
    assert lines[1] == "results in order: True"  # map() keeps the order of its inputs
    assert len(lines) == 2
