import re

from tests.helpers import run_snippet


def test_a_collection_in_the_child_copies_pages_unless_the_parent_froze_them():
    lines = run_snippet("programs/gc_freeze_before_fork.py").lines
    copied = [int(re.search(r"copied (\d+) MB$", line)[1]) for line in lines[:2]]
    assert lines[0].startswith("without gc.freeze(): gc.collect() in the child copied")
    assert lines[1].startswith("after gc.freeze()  : gc.collect() in the child copied")
    assert copied[0] >= 15  # measured: 31-32 MB for 500,000 lists
    assert copied[1] <= 2  # measured: 0 MB; the page says "next to nothing"
    frozen = int(re.fullmatch(r"objects frozen: ([\d,]+)", lines[2])[1].replace(",", ""))
    assert frozen >= 500_000
