import re

from tests.helpers import run_snippet


def test_a_child_that_only_reads_objects_copies_about_as_much_as_they_take():
    lines = run_snippet("programs/cow_refcounts.py").lines
    size = int(re.fullmatch(r"parent: 1,000,000 strings, (\d+) MB of objects", lines[0])[1])
    grown = int(
        re.fullmatch(r"child: read them all \(longest: 6\); its private memory grew by (\d+) MB", lines[1])[1]
    )
    assert size >= 30
    assert grown >= 0.8 * size  # "about as much": measured 46 MB of 45 (3.12+), 61 MB of 52 (3.11)
