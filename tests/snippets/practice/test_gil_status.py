import re

from tests.helpers import run_snippet


def test_the_build_reports_whether_it_has_a_gil():
    result = run_snippet("practice/gil_status.py")
    lines = result.lines
    version = re.match(r"sys.version: 3\.(\d+)\.", lines[0])
    assert version
    if result.python.endswith("free-threaded"):  # python3.14t: the GitHub workflow's 3.14t runs
        assert "free-threading build" in lines[0]  # a free-threaded build says so in sys.version
        assert lines[1:] == ["Py_GIL_DISABLED: 1", "sys._is_gil_enabled(): False"]
        return
    assert "free-threading" not in lines[0]
    if int(version.group(1)) >= 13:
        assert lines[1:] == ["Py_GIL_DISABLED: 0", "sys._is_gil_enabled(): True"]
    else:
        assert lines[1:] == [
            "Py_GIL_DISABLED: None",
            "sys._is_gil_enabled(): absent before Python 3.13, so the GIL is on",
        ]
