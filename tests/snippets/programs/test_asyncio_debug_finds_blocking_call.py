import re

from tests.helpers import run_snippet


def test_debug_mode_names_the_coroutine_that_blocked_the_loop():
    lines = run_snippet("programs/asyncio_debug_finds_blocking_call.py").lines
    assert len(lines) == 1
    match = re.fullmatch(
        r"WARNING asyncio: Executing <Task finished name='Task-\d+' coro=<handle_request\(\) done, "
        r"defined at snippets/programs/asyncio_debug_finds_blocking_call\.py:\d+>.*> took (\d+\.\d+) seconds",
        lines[0],
    )
    assert match, lines[0]
    assert float(match[1]) >= 0.2  # the 0.2 s time.sleep(), and nothing ran meanwhile
