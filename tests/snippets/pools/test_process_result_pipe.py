from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_a_child_sends_its_result_through_a_one_way_pipe(start_method):
    lines = run_snippet("pools/process_result_pipe.py", start_method=start_method).lines
    assert lines == ["received: 49", "exit code: 0"]
