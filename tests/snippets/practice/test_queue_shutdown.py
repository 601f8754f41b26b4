from tests.helpers import python_version, run_snippet


def test_shutdown_stops_the_consumers_without_sentinels_from_3_13():
    result = run_snippet("practice/queue_shutdown.py")
    if python_version(result) < (3, 13):
        assert result.lines == [
            "Queue.shutdown() needs Python 3.13 (this is {}.{})".format(*python_version(result))
        ]
        return
    assert result.lines == [
        "both consumers stopped after taking [0, 1, 2, 3, 4, 5]",  # they drained the queue first
        "put() after shutdown(): queue.ShutDown",
        "after shutdown(immediate=True): qsize() = 0",  # the queued items were discarded
    ]
