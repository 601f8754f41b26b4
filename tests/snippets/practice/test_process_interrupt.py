from tests.helpers import each_start_method, python_version, run_snippet


@each_start_method
def test_interrupt_raises_keyboard_interrupt_in_the_child(start_method):
    result = run_snippet("practice/process_interrupt.py", start_method=start_method)
    if python_version(result) < (3, 14):
        assert result.lines == [
            "Process.interrupt() needs Python 3.14 (this is {}.{})".format(*python_version(result))
        ]
        return
    assert result.lines == [
        "child: KeyboardInterrupt, saving my work and returning",
        "parent: after interrupt(), exit code 0",  # the child ended normally, unlike after terminate()
    ]
