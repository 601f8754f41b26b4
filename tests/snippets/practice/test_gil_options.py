import re

from tests.helpers import run_snippet

REFUSED = "Fatal Python error: config_read_gil: Disabling the GIL is not supported by this build"


def test_only_a_free_threaded_build_can_turn_the_gil_off():
    result = run_snippet("practice/gil_options.py")
    lines = result.lines
    version = re.fullmatch(
        r"python -VV: Python 3\.(\d+)\.\d+ (free-threading build )?\(.*\) \[.*\]", lines[0]
    )
    assert version, lines[0]
    if result.python.endswith("free-threaded"):  # python3.14t: the GitHub workflow's 3.14t runs
        assert version.group(2) and lines[1:] == [
            "python -X gil=0: exit code 0, says: GIL enabled: False",
            "PYTHON_GIL=0 python: exit code 0, says: GIL enabled: False",
        ]
    elif int(version.group(1)) >= 13:  # 3.13+ know the option, and refuse it on this build
        assert lines[1:] == [
            f"python -X gil=0: exit code 1, says: {REFUSED}",
            f"PYTHON_GIL=0 python: exit code 1, says: {REFUSED}",
        ]
    else:  # older versions ignore an unknown -X option and environment variable
        assert lines[1:] == [
            "python -X gil=0: exit code 0, says: GIL enabled: True",
            "PYTHON_GIL=0 python: exit code 0, says: GIL enabled: True",
        ]
