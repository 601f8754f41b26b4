from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_shared_memory_sees_every_locked_increment_and_every_slot(start_method):
    lines = run_snippet("processes/shared_value_array.py", start_method=start_method).lines
    assert lines == [
        "counter.value = 4000",  # 4 processes x 1000 increments, none lost thanks to get_lock()
        "squares[:] = [0, 1, 4, 9]",  # written by the children, read by the parent
    ]
