import re

from tests.helpers import python_version, run_snippet


def test_only_shareable_objects_cross_as_they_are_others_are_copied():
    result = run_snippet("practice/interpreter_queue.py")
    if python_version(result) < (3, 14):
        assert result.lines == [
            "concurrent.interpreters needs Python 3.14 (this is {}.{})".format(*python_version(result))
        ]
        return
    assert result.lines[:3] == [
        "shareable:     None, True, 42, 1.5, 'text', b'bytes', (1, 'a')",
        "not shareable: list, dict, lock",
        "sum computed in interpreter 1: 10; the list here is still [1, 2, 3]",  # a copy was changed there
    ]
    assert re.fullmatch(
        r"put\(Lock\(\)\): NotShareableError: <unlocked _thread\.lock object at 0x[0-9a-f]+> "
        r"does not support cross-interpreter data",
        result.lines[3],
    )
    assert len(result.lines) == 4
