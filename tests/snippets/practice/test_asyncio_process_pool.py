import re

from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_cpu_bound_calls_run_in_other_processes_while_the_loop_keeps_ticking(start_method):
    lines = run_snippet("practice/asyncio_process_pool.py", start_method=start_method).lines
    assert lines[:2] == [
        f"computed {sum(i * i for i in range(2_000_000)):,} in another process",
        f"computed {sum(i * i for i in range(3_000_000)):,} in another process",
    ]  # gather() returns results in the order of the calls
    ticks = re.fullmatch(r"event loop ticks during the computation: (\d+)", lines[2])
    assert ticks
    assert int(ticks.group(1)) >= 1  # starting workers and computing takes well over 0.05 s
    assert len(lines) == 3
