from tests.helpers import python_version, run_snippet


def test_a_generator_shared_by_threads_fails_unless_serialized():
    result = run_snippet("practice/serialize_iterator.py")
    assert result.lines[0] == "the thread got 0, the main thread got ValueError: generator already executing"
    if python_version(result) < (3, 15):
        assert result.lines[1:] == [
            "threading.serialize_iterator needs Python 3.15 (this is {}.{})".format(*python_version(result))
        ]
    else:
        assert result.lines[1:] == ["the thread got 0, the main thread got 1"]  # it waited its turn
