import re

from tests.helpers import run_snippet


def test_leaving_the_with_block_runs_every_queued_call_unless_cancelled():
    lines = run_snippet("practice/thread_pool_ctrl_c.py").lines
    assert len(lines) == 2 and "Traceback" not in "\n".join(lines)
    assert lines[0] == "cancel_futures=False: 10 of 10 calls ran"  # shutdown(wait=True) ran them all
    ran = int(re.fullmatch(r"cancel_futures=True: (\d+) of 10 calls ran", lines[1])[1])
    assert 2 <= ran < 10  # the two running calls finished, the queued ones were dropped
