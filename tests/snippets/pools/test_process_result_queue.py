from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_children_send_results_through_a_multiprocessing_queue(start_method):
    lines = run_snippet("pools/process_result_queue.py", start_method=start_method).lines
    assert lines == ["results: {0: 0, 1: 1, 2: 4, 3: 9}", "exit codes: [0, 0, 0, 0]"]
