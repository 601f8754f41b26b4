from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_map_several_iterables_chunksize_and_a_timeout_for_the_whole_map(start_method):
    lines = run_snippet("pools/executor_map.py", start_method=start_method).lines
    assert lines[:2] == ["several iterables: [32, 9, 4]", "chunksize=100: sum = 500500"]
    # 0 and 0.25 s calls usually arrive in time; the 0.5 s one never can: a 0.4 s timeout.
    assert lines[-1] == "TimeoutError: not every result arrived within 0.4 s of the map() call"
    assert lines[2:-1] in (["got 0", "got 1"], ["got 0"], [])
