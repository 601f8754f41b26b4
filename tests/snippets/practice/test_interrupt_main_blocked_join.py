from tests.helpers import run_snippet


def test_interrupt_main_does_not_wake_a_main_thread_blocked_in_join():
    # join() returns only when the worker has ended: "worker: done" always comes first,
    # and the KeyboardInterrupt is raised only then.
    result = run_snippet("practice/interrupt_main_blocked_join.py")
    assert result.lines == [
        "worker: calling _thread.interrupt_main()",
        "worker: done",
        "main: KeyboardInterrupt, only once join() had returned",
    ]
