from tests.helpers import python_version, run_snippet


def test_map_reads_every_input_at_once_unless_given_a_buffersize():
    result = run_snippet("practice/executor_map_buffersize.py")
    assert result.lines[0] == "map():             10 of 10 inputs read at once"
    if python_version(result) < (3, 14):
        assert result.lines[1:] == [
            "map(buffersize=...) needs Python 3.14 (this is {}.{})".format(*python_version(result))
        ]
        return
    assert result.lines[1:] == [
        "map(buffersize=2): 2 of 10 inputs read at once",
        "after the first result (0): 3 read",  # each result taken lets one more call in
        "all results: [1, 4, 9, 16, 25, 36, 49, 64, 81]",
    ]
