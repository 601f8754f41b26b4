import re

from tests.helpers import run_snippet


def test_an_ended_unjoined_child_is_a_zombie_except_under_forkserver():
    # The snippet picks each start method itself, with get_context(): no @each_start_method.
    lines = run_snippet("processes/zombie_until_joined.py").lines
    rows = [
        re.fullmatch(r"\s*(\w+): ended, not joined: (.+?)\s+after join\(\): (\w+)", line) for line in lines
    ]
    assert all(rows), lines
    assert [row.groups() for row in rows] == [
        ("fork", "Z (zombie)", "gone"),  # our child: it waits for us to reap it
        ("spawn", "Z (zombie)", "gone"),
        ("forkserver", "gone", "gone"),  # the fork server's child: the server reaped it
    ]
