from tests.helpers import run_snippet


def test_looping_over_a_dict_another_thread_grows_raises_and_a_copy_does_not():
    lines = run_snippet("practice/dict_changed_during_iteration.py").lines
    assert lines == [
        "for name in scores: RuntimeError: dictionary changed size during iteration",
        "for name in a copy: finished",
    ]
