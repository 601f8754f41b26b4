from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_an_exception_in_a_future_nobody_reads_leaves_no_trace(start_method):
    result = run_snippet("pools/futures_exception_lost.py", start_method=start_method)
    assert result.lines == ["Both ways, task 3 raised ValueError. Nothing said so."]
    assert "Traceback" not in result.output and "bad input" not in result.output
