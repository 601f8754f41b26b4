"""Chinese search, with the site's own search worker on the built Chinese index: the page about a term comes first.

Two fixes make it work (sitebuild/i18n_hooks.py and docs/assets/javascripts/workers/search.js): jieba,
which cuts the index into words at build time, knows the glossary's terms (可重入锁 is one word,
not 可 + 重入 + 锁); and the site's search worker makes Material's segmentation of a query reach
the query's last character (Material's stops one short: 死锁 was looked up as 死; without the fix,
死锁 finds its page second).
"""

from __future__ import annotations

import re

import pytest

from sitebuild import i18n_hooks
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


def test_the_pages_run_the_sites_worker_which_imports_materials(site):
    html = (site / "zh" / "index.html").read_text("utf-8")
    [name] = re.findall(r'"search": "[^"]*/workers/search\.js#(search\.\w+\.min\.js)"', html)
    worker = site / "assets" / "javascripts" / "workers"
    assert (worker / name).is_file() and "importScripts(location.hash.slice(1))" in (
        worker / "search.js"
    ).read_text()
