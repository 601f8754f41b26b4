"""Chinese search, with the site's own search worker on the built Chinese index: the page about a term comes first.

Two fixes make it work (sitebuild/i18n_hooks.py and material_patches.py): jieba, which cuts the index into
words at build time, knows the glossary's terms (可重入锁 is one word, not
可 + 重入 + 锁); and the search worker's own segmentation of a query reaches the
query's last character (Material's stopped one short: 死锁 was looked up as 死).
"""

from __future__ import annotations

import re

import pytest

from sitebuild import i18n_hooks, material_patches
from tests.search.site_search import search

#: query: the pages about it (a heading has the term, or the page uses it most); one must come first.
#: Where the In practice chapter will be about a term too, its page is accepted.
ABOUT = {
    "死锁": {"threads/locks/", "practice/hangs/"},
    "可重入锁": {"threads/locks/"},
    "僵尸进程": {
        "processes/stopping/",
        "processes/events-and-queues/",
        "processes/fork/",
        "programs/subprocess/",  # its section on reaping is headed 僵尸进程
    },  # stopping: most uses
    "主线程": {"threads/events/", "threads/starting-threads/"},
    "守护线程": {"threads/daemon-threads/"},
    "进程池": {"processes/pool/", "pools/pool-in-depth/"},
    "全局解释器锁": {"threads/gil/"},
    "条件变量": {"threads/synchronization/"},
    "信号量": {"threads/synchronization/"},
    "竞态条件": {"threads/locks/"},
    "进程间通信": {"processes/events-and-queues/", "practice/sharing-state/"},
    "线程安全": {"practice/thread-safety/"},
}


@pytest.fixture(scope="module")
def found(site):
    return search(site, "zh", list(ABOUT))


@pytest.mark.parametrize("query", ABOUT)
def test_the_page_about_a_term_comes_first(found, query):
    assert found[query], f"{query}: nothing found"
    assert found[query][0] in ABOUT[query], f"{query}: {found[query][:5]}"


def test_every_query_is_a_glossary_term_the_index_keeps_whole():
    terms = i18n_hooks.search_terms(i18n_hooks.ROOT / "docs" / i18n_hooks.GLOSSARY)
    assert set(ABOUT) <= set(terms)


def test_the_built_worker_segments_up_to_the_last_character(site):
    [worker] = (site / "assets" / "javascripts" / "workers").glob("search.*.min.js")
    code = worker.read_text("utf-8")
    assert not material_patches._SEGMENT_LOOKUP.search(code)
    assert not material_patches._SEGMENT_CONTINUE.search(code)
    assert re.search(r"for\(let (\w+)=\w+\+1;\1<=\w+\.length;", code)
