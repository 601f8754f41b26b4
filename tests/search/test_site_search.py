"""The harness itself: the site's search worker, run in Node, finds what the English pages are about."""

import pytest

from tests.search.site_search import links, search


def test_the_search_worker_runs_on_the_built_index(site):
    found = search(site, "", ["Barrier", "forkserver"])
    assert found["Barrier"][0] == "threads/synchronization/"
    assert "processes/start-methods/" in found["forkserver"][:3]


@pytest.mark.parametrize(("edition", "query"), [("", "deadlock"), ("zh", "死锁"), ("", "terminate")])
def test_every_result_link_highlights_the_word_searched_for(site, edition, query):
    """Each result's link carries ?h=, the page's too when only its sections matched (Material left it
    empty), and a word the index has as its stem (terminate: termin), which Material left out."""
    found = links(site, edition, [query])[query]
    assert len(found) > 3
    assert [location for location, words in found if words != query] == []


@pytest.mark.parametrize(
    ("edition", "query", "forms"),
    [
        ("", "kill", {"kill", "stop", "terminate"}),
        ("", "grows", {"grows", "growing", "leak"}),
        ("zh", "杀死", {"杀死", "停止", "终止"}),
        ("zh", "杀掉", {"杀掉", "停止", "终止"}),
    ],
)
def test_a_result_found_by_a_synonym_highlights_the_synonym(site, edition, query, forms):
    """The worker's SYNONYMS (kill: stop, terminate) find sections that never say the word typed;
    Material's ?h= holds only the words typed, so their links highlighted nothing (?h= empty)."""
    found = links(site, edition, [query])[query][:20]
    by_synonym = [(location, words) for location, words in found if query not in words.split()]
    assert by_synonym, f"no result among the first 20 is found by a synonym only: {found}"
    assert [location for location, words in by_synonym if not set(words.split()) & forms] == []
    assert [location for location, words in found if not set(words.split()) <= forms] == []
