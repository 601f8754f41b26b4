import re

from tests.helpers import run_snippet


def test_a_normal_build_reports_the_gil_as_enabled():
    lines = run_snippet("practice/gil_status.py").lines
    version = re.match(r"sys.version: 3\.(\d+)\.", lines[0])
    assert version
    assert "free-threading" not in lines[0]  # a free-threaded build says so in sys.version
    if int(version.group(1)) >= 13:
        assert lines[1:] == ["Py_GIL_DISABLED: 0", "sys._is_gil_enabled(): True"]
    else:
        assert lines[1:] == [
            "Py_GIL_DISABLED: None",
            "sys._is_gil_enabled(): absent before Python 3.13, so the GIL is on",
        ]
