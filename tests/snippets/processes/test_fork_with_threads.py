import re

from tests.helpers import python_version, run_snippet


def test_only_the_forking_thread_exists_in_the_child_and_3_12_warns():
    result = run_snippet("processes/fork_with_threads.py")
    lines = result.lines
    assert lines[:3] == [
        "parent: threads ['MainThread', 'holder'], lock held by 'holder'",
        "child:  threads ['MainThread']",  # 'holder' was not copied
        "child:  lock.acquire(timeout=0.5) -> False",  # so nobody will ever release the lock
    ]
    warnings = lines[3:]
    if python_version(result) >= (3, 12):
        assert len(warnings) == 1
        assert re.fullmatch(
            r"parent: fork\(\) warned: DeprecationWarning: This process \(pid=\d+\) is multi-threaded, "
            r"use of fork\(\) may lead to deadlocks in the child\.",
            warnings[0],
        )
    else:
        assert warnings == []  # Python 3.11 forks without a word
