from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_workers_square_the_parents_raw_array_in_place(start_method):
    result = run_snippet("programs/numpy_raw_array.py", start_method=start_method)
    assert result.lines == [
        "did a worker's array own (copy) its data? False",
        "the parent's array: [0.0, 1.0, 4.0, 9.0, 16.0, 25.0, 36.0, 49.0]",
    ]
