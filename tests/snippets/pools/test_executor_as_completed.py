from tests.helpers import run_snippet


def test_as_completed_yields_in_finishing_order_not_submission_order():
    lines = run_snippet("pools/executor_as_completed.py").lines
    assert len(lines) == 4
    # the three fast ones come first, in whatever order they finished...
    assert sorted(line.split(". ", 1)[1] for line in lines[:3]) == [
        "'a' finished: 'A'",
        "'b' finished: 'B'",
        "'c' finished: 'C'",
    ]
    assert [line.split(".")[0] for line in lines] == ["1", "2", "3", "4"]
    # ...and the one submitted first comes last, because it finished last
    assert lines[3] == "4. 'slow' finished: 'SLOW'"
