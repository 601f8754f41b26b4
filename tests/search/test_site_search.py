"""The harness itself: the site's search worker, run in Node, finds what the English pages are about."""

from tests.search.site_search import search


def test_the_search_worker_runs_on_the_built_index(site):
    found = search(site, "", ["Barrier", "forkserver"])
    assert found["Barrier"][0] == "threads/synchronization/"
    assert "processes/start-methods/" in found["forkserver"][:3]
