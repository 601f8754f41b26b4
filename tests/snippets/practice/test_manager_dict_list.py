from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_every_process_updates_the_same_manager_dict_and_list(start_method):
    lines = run_snippet("practice/manager_dict_list.py", start_method=start_method).lines
    assert lines == [
        "type(scores) = DictProxy",  # a proxy, not a dict
        "scores = {'ann': 3, 'bob': 5, 'cy': 4}",  # each child's write reached the manager
        "log, sorted = ['ann scored 3', 'bob scored 5', 'cy scored 4']",
    ]
