from tests.helpers import run_snippet


def test_four_threads_logging_to_one_handler_write_only_whole_lines():
    lines = run_snippet("practice/logging_from_threads.py").lines
    assert lines == [
        "2000 lines written, 2000 of them whole",  # no line mixed with another
        "lines per thread: {'T0': 500, 'T1': 500, 'T2': 500, 'T3': 500}",  # none lost
    ]
