from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_set_start_method_once_and_contexts_leave_the_default_alone(start_method):
    # set_start_method() overrides whatever default the platform (here: the test) has.
    lines = run_snippet("processes/choose_start_method.py", start_method=start_method).lines
    assert lines == [
        "default start method: spawn",
        "set_start_method() again: RuntimeError: context has already been set",
        "a pool from the forkserver context: [0, 1, 4, 9, 16]",
        "the default is still spawn",
    ]
