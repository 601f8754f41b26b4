"""The harness itself: the site's search worker, run in Node, finds what the English pages are about."""

import pytest

from tests.search.site_search import links, search


def test_the_search_worker_runs_on_the_built_index(site):
    found = search(site, "", ["Barrier", "forkserver"])
    assert found["Barrier"][0] == "threads/synchronization/"
    assert "processes/start-methods/" in found["forkserver"][:3]


@pytest.mark.parametrize(("edition", "query"), [("", "deadlock"), ("zh", "死锁")])
def test_every_result_link_highlights_the_word_searched_for(site, edition, query):
    """Each result's link carries ?h=, the page's too when only its sections matched (Material left it empty)."""
    found = links(site, edition, [query])[query]
    assert len(found) > 3
    assert [location for location, words in found if words != query] == []
