from tests.helpers import run_snippet


def test_one_line_is_a_separate_read_and_write():
    ops = [line.split()[0] for line in run_snippet("threads/balance_bytecode.py").lines]
    assert ops == ["LOAD_GLOBAL", "LOAD_FAST", "BINARY_OP", "STORE_GLOBAL"]
    # the read (LOAD_GLOBAL) and the write (STORE_GLOBAL) are different steps
