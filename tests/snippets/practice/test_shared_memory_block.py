from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_a_child_writes_the_block_and_unlink_destroys_it(start_method):
    result = run_snippet("practice/shared_memory_block.py", start_method=start_method)
    assert result.lines == [
        "block.size = 16",  # on Linux, exactly the size asked for: not rounded up to a page
        "the parent reads: b'HELLO'",  # written in place by the child, attached by name
        "after unlink(), attaching by name raises FileNotFoundError",
    ]
    assert "leaked" not in result.output  # no resource_tracker warning: the block was unlinked
