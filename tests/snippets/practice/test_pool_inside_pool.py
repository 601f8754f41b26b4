from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_a_pool_worker_cannot_start_a_pool_and_one_flat_pool_works(start_method):
    lines = run_snippet("practice/pool_inside_pool.py", start_method=start_method).lines
    assert lines == [
        "AssertionError: daemonic processes are not allowed to have children",
        "one pool: [1, 4, 9]",
    ]
