from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_starmap_unpacks_tuples_and_partial_fixes_arguments(start_method):
    lines = run_snippet("pools/pool_starmap_partial.py", start_method=start_method).lines
    assert lines == [
        "starmap:        [32, 9, 4]",
        "map + partial:  [1, 4, 9, 16]",
        "starmap + zip:  [32, 9, 4]",
    ]
