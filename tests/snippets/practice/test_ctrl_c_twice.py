from tests.helpers import python_version, run_snippet

# The heading Python prints above the traceback, as the page lists them version by version.
HEADINGS = {
    (3, 11): "Exception ignored in: <module 'threading'",
    (3, 12): "Exception ignored in: <module 'threading'",
    (3, 14): "Exception ignored while joining a thread in _thread._shutdown():",
    (3, 15): "Exception ignored on threading shutdown:",
}


def test_a_second_ctrl_c_interrupts_the_wait_for_threads_and_the_process_exits():
    result = run_snippet("practice/ctrl_c_twice.py")
    assert result.lines[:2] == [
        "main: KeyboardInterrupt; the main thread ends here",
        "worker: the main thread is gone and Python waits for me; Ctrl+C again",
    ]
    # The traceback names threading's _shutdown, the function that waits for the threads.
    assert "_shutdown" in result.output and result.lines[-1].startswith("KeyboardInterrupt")
    assert "never printed" not in result.output  # the worker's 3 s of work were abandoned
    heading = result.lines[2]
    if python_version(result) == (3, 13):  # no heading: the traceback comes first
        assert heading == "Traceback (most recent call last):"
    elif python_version(result) in HEADINGS:
        assert heading.startswith(HEADINGS[python_version(result)]), heading
