import re

from tests.helpers import run_snippet


def test_the_loop_stops_during_a_direct_blocking_call_but_not_with_to_thread():
    lines = run_snippet("practice/asyncio_to_thread.py").lines
    assert lines[0] == "called directly:       ticks meanwhile = 0"  # guaranteed: no await
    match = re.fullmatch(r"with asyncio.to_thread: ticks meanwhile = (\d+), result = 'done'", lines[1])
    assert match
    assert int(match.group(1)) >= 1  # about 10 on a quiet machine (0.5 s / 0.05 s)
    assert len(lines) == 2
