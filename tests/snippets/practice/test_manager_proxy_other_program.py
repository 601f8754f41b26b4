from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_another_program_needs_the_managers_authkey(start_method):
    lines = run_snippet("practice/manager_proxy_other_program.py", start_method=start_method).lines
    assert lines == [
        "another program, with its own authkey:",
        "  AuthenticationError: digest sent was rejected",  # its random key is not the manager's
        "another program, given this program's authkey:",
        "  counts['hits'] = 3",
    ]
