import re

from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_big_stacks_hit_the_memory_limit_and_small_ones_do_not(start_method):
    lines = run_snippet("practice/thread_limit.py", start_method=start_method).lines
    assert len(lines) == 2
    big = re.fullmatch(
        r"stack 8192 KiB: +(\d+) threads started, then RuntimeError: can't start new thread",
        lines[0],
    )
    assert big, lines[0]
    assert int(big.group(1)) < 10  # 48 MiB of room holds only a few 8 MiB stacks
    assert lines[1] == "stack  256 KiB: 100 threads started, then no error (cap)"
