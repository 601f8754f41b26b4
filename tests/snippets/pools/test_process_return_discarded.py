from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_a_process_return_value_is_discarded_only_the_exit_code_remains(start_method):
    lines = run_snippet("pools/process_return_discarded.py", start_method=start_method).lines
    assert lines == [
        "child: returning 49",  # the child did compute it...
        "join() returns None",  # ...but nothing brings it back
        "all the parent gets back: exitcode = 0",
        "no result attribute: []",
    ]
