import re

from tests.helpers import run_snippet


def test_each_thread_sees_its_own_attributes():
    lines = run_snippet("threads/thread_local_data.py").lines
    # repr() of a started thread now ends with its ident, a number that changes every run
    main = r"<_MainThread\(MainThread, started \d+\)>"
    assert re.fullmatch(main, lines[0]) and re.fullmatch(main, lines[8])
    assert lines[0] == lines[8]  # the same main thread
    assert re.fullmatch(r"<TestThread\(Thread-1, started \d+\)>", lines[2])
    assert re.fullmatch(r"<TestThread\(Thread-2, started \d+\)>", lines[5])
    assert [lines[i] for i in (1, 3, 4, 6, 7, 9)] == [
        "{'name': 'local_data'}",
        "{}",  # a new thread starts with an empty local dict
        "{'name': 'Thread-1', 'add_by_sub_thread': 'Thread-1'}",  # insertion order
        "{}",
        "{'name': 'Thread-2', 'add_by_sub_thread': 'Thread-2'}",
        "{'name': 'local_data'}",  # the main thread's value is untouched
    ]
