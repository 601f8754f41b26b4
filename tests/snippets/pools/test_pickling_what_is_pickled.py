from tests.helpers import each_start_method, run_snippet

TASK = ["    pickled: the target", "    pickled: the argument"]


@each_start_method
def test_fork_pickles_nothing_for_process_and_every_pool_pickles_the_task(start_method):
    # The snippet chooses each start method itself; the default must not change anything.
    lines = run_snippet("pools/pickling_what_is_pickled.py", start_method=start_method).lines
    assert lines == [
        "fork: Process(target=..., args=...).start()",  # fork: the child is a copy, nothing pickled
        "fork: pool.apply(...)",
        *TASK,
        "    pickled: the result",  # by the worker, to send it back
        "spawn: Process(target=..., args=...).start()",
        *TASK,  # the return value of a Process target is discarded: never pickled
        "spawn: pool.apply(...)",
        *TASK,
        "    pickled: the result",
        "forkserver: Process(target=..., args=...).start()",
        *TASK,
        "forkserver: pool.apply(...)",
        *TASK,
        "    pickled: the result",
    ]
