from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_every_child_rolls_the_same_dice(start_method):
    # fork copies the seeded state; spawn and forkserver run the module's top, seed(42), again
    lines = run_snippet("programs/random_same_in_workers.py", start_method=start_method).lines
    assert lines == [f"child {n} rolled [4, 5, 3, 5, 5]" for n in (1, 2, 3)] + ["distinct rolls: 1 of 3"]
