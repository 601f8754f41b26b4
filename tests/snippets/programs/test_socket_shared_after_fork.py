from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_the_parent_reads_the_answer_meant_for_the_child(start_method):
    # the snippet forks explicitly: the lesson holds whatever the default start method
    lines = run_snippet("programs/socket_shared_after_fork.py", start_method=start_method).lines
    assert lines == ["the parent asked its question and received: answer to the child's question"]
