from tests.helpers import run_snippet


def test_no_append_is_lost():
    lines = run_snippet("practice/list_append_is_atomic.py").lines
    assert lines == ["4 threads x 50,000 appends: len(items) = 200,000"]
