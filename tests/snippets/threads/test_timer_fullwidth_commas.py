from tests.helpers import run_snippet


def test_the_full_width_comma_stops_the_file_before_any_name_is_looked_up():
    assert run_snippet("threads/timer_fullwidth_commas.py").lines == [
        "as written:          SyntaxError at line 6: invalid character '，' (U+FF0C)",  # compile time
        "with real arguments: NameError: name 'timer_handler' is not defined",  # only then, at run time
    ]
