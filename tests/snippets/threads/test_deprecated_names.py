from tests.helpers import run_snippet

WARNINGS = [
    "setName() is deprecated, set the name attribute instead",
    "getName() is deprecated, get the name attribute instead",
    "setDaemon() is deprecated, set the daemon attribute instead",
    "isDaemon() is deprecated, get the daemon attribute instead",
    "currentThread() is deprecated, use current_thread() instead",
    "activeCount() is deprecated, use active_count() instead",
    "isSet() is deprecated, use is_set() instead",
    "notifyAll() is deprecated, use notify_all() instead",
]


def test_camel_case_names_warn_and_is_alive_is_gone():
    lines = run_snippet("threads/deprecated_names.py").lines
    # warnings go to stderr, the runner merges it with stdout in write order
    assert lines == [f"DeprecationWarning: {w}" for w in WARNINGS] + [
        "AttributeError: 'Thread' object has no attribute 'isAlive'"
    ]
