from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_workers_write_rows_the_parent_reads_without_a_copy(start_method):
    result = run_snippet("programs/numpy_shared_memory.py", start_method=start_method)
    assert result.lines == [
        "did a worker's array own (copy) its data? False",
        "row sums seen by the parent: [1000000.0, 2000000.0, 3000000.0, 4000000.0]",
    ]
