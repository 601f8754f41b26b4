from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_a_lock_given_through_the_initializer_protects_every_increment(start_method):
    lines = run_snippet("practice/pool_lock_initializer.py", start_method=start_method).lines
    assert lines == ["total = 4000"]  # 4 tasks x 1000 increments, none lost
