import re

from tests.helpers import run_snippet


def test_every_item_processed_once_and_all_consumers_stop():
    lines = run_snippet("threads/queue_producer_consumer.py").lines
    counts = [int(re.fullmatch(r"consumer-\d squared (\d) items", line)[1]) for line in lines[:3]]
    assert sum(counts) == 9  # how they are shared out varies from run to run
    assert lines[3] == f"all results: {[n * n for n in range(1, 10)]}"
    assert lines[4] == "threads left: ['MainThread']"
