import ast

from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_workers_seeded_from_spawned_seeds_roll_different_dice(start_method):
    lines = run_snippet("programs/random_seed_per_worker.py", start_method=start_method).lines
    rolls = [ast.literal_eval(line) for line in lines[:-1]]
    assert len(rolls) == 6
    assert all(len(dice) == 5 and set(dice) <= {1, 2, 3, 4, 5, 6} for dice in rolls)
    # the first six rolls of the three child seeds are 18 different rolls, whatever the scheduling
    assert len({tuple(dice) for dice in rolls}) == 6
    assert lines[-1] == "distinct rolls: 6 of 6"
