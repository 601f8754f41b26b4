import re

from tests.helpers import run_snippet

REFUSED = "Fatal Python error: config_read_gil: Disabling the GIL is not supported by this build"


def test_a_normal_build_cannot_turn_the_gil_off():
    lines = run_snippet("practice/gil_options.py").lines
    version = re.fullmatch(r"python -VV: Python 3\.(\d+)\.\d+ \(.*\) \[.*\]", lines[0])
    assert version, lines[0]
    assert "free-threading" not in lines[0]
    if int(version.group(1)) >= 13:  # 3.13+ know the option, and refuse it on this build
        assert lines[1:] == [
            f"python -X gil=0: exit code 1, says: {REFUSED}",
            f"PYTHON_GIL=0 python: exit code 1, says: {REFUSED}",
        ]
    else:  # older versions ignore an unknown -X option and environment variable
        assert lines[1:] == [
            "python -X gil=0: exit code 0, says: GIL enabled: True",
            "PYTHON_GIL=0 python: exit code 0, says: GIL enabled: True",
        ]
