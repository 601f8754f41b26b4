import ast

from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_map_and_imap_keep_input_order_imap_unordered_does_not_promise_it(start_method):
    lines = run_snippet("processes/pool_map.py", start_method=start_method).lines
    assert lines[:2] == ["map:            [0, 1, 4, 9, 16]", "imap:           [0, 1, 4, 9, 16]"]
    label, _, values = lines[2].partition(": ")
    assert label == "imap_unordered"
    assert sorted(ast.literal_eval(values.strip())) == [0, 1, 4, 9, 16]  # same results, any order
    assert len(lines) == 3
