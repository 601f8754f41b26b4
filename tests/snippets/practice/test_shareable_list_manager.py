from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_pool_workers_square_a_shareable_list_that_the_manager_then_unlinks(start_method):
    result = run_snippet("practice/shareable_list_manager.py", start_method=start_method)
    assert result.lines == [
        "numbers = [1, 4, 9, 16, 25]",  # every slot written in place by a worker
        "after the with block, the list is gone: FileNotFoundError",  # the manager unlinked it
    ]
