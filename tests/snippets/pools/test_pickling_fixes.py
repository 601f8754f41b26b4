from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_a_top_level_function_partial_and_getstate_make_the_tasks_picklable(start_method):
    lines = run_snippet("pools/pickling_fixes.py", start_method=start_method).lines
    assert lines == [
        "top-level function + partial: [10, 20, 30]",
        "bound method, lock left out:  [2, 4, 6]",
    ]
