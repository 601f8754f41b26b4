from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_a_manager_lock_passed_to_tasks_protects_every_increment(start_method):
    lines = run_snippet("practice/pool_manager_lock.py", start_method=start_method).lines
    assert lines == ["counts['hits'] = 1000"]  # 4 tasks x 250 increments, none lost
