from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_only_a_forked_child_inherits_the_logging_configuration(start_method):
    # The snippet picks each start method itself; the default one must not matter.
    lines = run_snippet("practice/logging_config_not_inherited.py", start_method=start_method).lines
    assert [line.strip() for line in lines] == [
        "parent: the root logger has handlers ['StreamHandler']",
        "fork child: the root logger has handlers ['StreamHandler']",  # a copy of the parent
        "spawn child: the root logger has handlers []",  # a fresh interpreter: unconfigured
        "forkserver child: the root logger has handlers []",
    ]
