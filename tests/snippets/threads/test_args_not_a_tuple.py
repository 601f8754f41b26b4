from tests.helpers import python_version, run_snippet


def test_args_without_a_comma_fail_in_the_thread_and_a_one_element_tuple_works():
    result = run_snippet("threads/args_not_a_tuple.py")  # exits 0: the errors stay in the threads
    lines = result.lines
    if python_version(result) >= (3, 15):
        not_iterable = "TypeError: Value after * must be an iterable, not int"
    else:
        not_iterable = "TypeError: __main__.work() argument after * must be an iterable, not int"
    assert lines.index("args=5:") < lines.index(not_iterable) < lines.index("args='abc':")
    unpacked = "TypeError: work() takes 1 positional argument but 3 were given"  # "abc" -> "a", "b", "c"
    assert lines.index("args='abc':") < lines.index(unpacked) < lines.index("args=(5,):")
    assert lines.count("Exception in thread Thread-1 (work):") == 1
    assert lines[-4:] == ["args=(5,):", "working on 5", "args=('abc',):", "working on 'abc'"]
