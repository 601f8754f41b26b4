from tests.helpers import python_version, run_snippet


def test_one_line_is_a_separate_read_and_write():
    result = run_snippet("threads/balance_bytecode.py")
    ops = [line.split()[0] for line in result.lines]
    # 3.14 loads the local `n` with LOAD_FAST_BORROW, a variant without reference counting
    # (gh-130704); the page shows both in tabs.
    load_n = {"LOAD_FAST", "LOAD_FAST_BORROW"} if python_version(result) >= (3, 14) else {"LOAD_FAST"}
    assert ops[0] == "LOAD_GLOBAL" and ops[1] in load_n and ops[2:] == ["BINARY_OP", "STORE_GLOBAL"]
    assert len(ops) == 4
    # the read (LOAD_GLOBAL) and the write (STORE_GLOBAL) are different steps
