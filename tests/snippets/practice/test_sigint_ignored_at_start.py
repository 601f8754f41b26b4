from tests.helpers import run_snippet


def test_a_background_command_of_a_script_ignores_sigint_nohup_does_not():
    lines = run_snippet("practice/sigint_ignored_at_start.py").lines
    assert lines == [
        "python script.py         : SIGINT raises KeyboardInterrupt (default_int_handler)",
        "nohup python script.py   : SIGINT raises KeyboardInterrupt (default_int_handler)",  # SIGHUP only
        "python script.py & wait  : SIGINT ignored",  # sh -c starts `cmd &` with SIGINT ignored
    ]
