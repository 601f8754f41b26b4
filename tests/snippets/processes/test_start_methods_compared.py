from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_only_fork_copies_state_changed_in_the_main_block(start_method):
    # The snippet uses an explicit context per method: the default must not matter.
    lines = run_snippet("processes/start_methods_compared.py", start_method=start_method).lines
    assert lines == [
        "      fork: greeting = 'changed in the main block'; my parent is the main process",
        "     spawn: greeting = 'set at import time'; my parent is the main process",
        "forkserver: greeting = 'set at import time'; my parent is another process (the fork server)",
    ]
