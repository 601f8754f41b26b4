from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_appending_to_a_nested_plain_list_is_lost_and_both_fixes_keep_it(start_method):
    lines = run_snippet("practice/manager_nested_mutation.py", start_method=start_method).lines
    assert lines == [
        "shared['tags'].append(tag): []",  # three appends, all to copies: every update lost
        "fetch, append, store back:  ['a', 'b', 'c']",  # reassigned under a lock: none lost
        "inner manager.list():       ['a', 'b', 'c']",  # a nested proxy: appends reach it
    ]
