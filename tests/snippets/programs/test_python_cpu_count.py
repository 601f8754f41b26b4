from tests.helpers import python_version, run_snippet


def test_the_override_exists_from_python_3_13():
    result = run_snippet("programs/python_cpu_count.py")
    lines = result.lines
    assert lines[0] == "cpu_count, process_cpu_count"
    found = {key.strip(): value.split() for key, value in (line.split(":", 1) for line in lines[1:])}
    plain = found["python"]
    if python_version(result) >= (3, 13):
        assert found["PYTHON_CPU_COUNT=1 python"] == ["1", "1"]
        assert found["python -X cpu_count=1"] == ["1", "1"]
    else:  # unknown to 3.11 and 3.12: ignored
        assert plain[1] == "-"
        assert found["PYTHON_CPU_COUNT=1 python"] == plain
        assert found["python -X cpu_count=1"] == plain
