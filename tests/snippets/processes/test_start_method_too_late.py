from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_anything_that_uses_multiprocessing_fixes_the_start_method(start_method):
    lines = run_snippet("processes/start_method_too_late.py", start_method=start_method).lines
    assert lines == [
        "nothing used yet, start method: None",  # not chosen yet: set_start_method() would work
        f"after Queue(), start method: {start_method}",  # the default, now fixed
        "set_start_method('spawn'): RuntimeError: context has already been set",  # a first call
    ]
