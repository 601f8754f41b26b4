from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_a_plain_lock_cannot_be_sent_to_a_pool_task(start_method):
    lines = run_snippet("practice/lock_passed_to_pool_task.py", start_method=start_method).lines
    assert lines == ["RuntimeError: Lock objects should only be shared between processes through inheritance"]
