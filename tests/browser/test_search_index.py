"""The built search indexes: one per language (sitebuild/i18n_hooks.py), and Chinese
text is segmented, so Chinese terms find their pages."""

import json
import re
from collections import Counter

import pytest

#: (term, the page where it matters most): each must be a whole word in the index, and the page that uses
#: it most for its length (a long page of another chapter, such as practice/sharing-state, may say 进程 more
#: often in all). Pages about every topic at once (the questions, every term, every correction): they use a
#: general word such as 进程 most often without being about it, so the chapter pages are compared without them.
HUBS = {"questions/", "glossary/", "errata/"}
CHINESE_TERMS = [
    ("解释器", "practice/interpreters/"),
    ("进程", "processes/"),
    ("线程", "threads/"),
    ("守护线程", "threads/daemon-threads/"),
]


def _index(site, edition=""):
    return json.loads((site / edition / "search" / "search_index.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def index(site):
    """The Chinese edition's index: its locations are relative to zh/."""
    return _index(site, "zh")


def test_each_language_has_its_own_index_and_sitemap(site):
    english, chinese = _index(site), _index(site, "zh")
    assert english["config"]["lang"] == ["en"]
    assert english["docs"] and chinese["docs"]
    for doc in english["docs"]:
        assert not doc["location"].startswith("zh/")
        assert not re.search("[\u4e00-\u9fff]", doc["title"]), doc["location"]
    pages = {p.parent.relative_to(site / "zh").as_posix() for p in (site / "zh").rglob("index.html")}
    assert {doc["location"].split("#")[0].rstrip("/") or "." for doc in chinese["docs"]} == pages
    sitemap = (site / "zh" / "sitemap.xml").read_text("utf-8")
    assert sorted(re.findall(r"<loc>[^<]*/zh/([^<]*)</loc>", sitemap)) == sorted(
        "" if p == "." else f"{p}/" for p in pages
    )
    assert sitemap.count("<loc>") == len(pages)


def test_a_chinese_page_searches_the_chinese_index(site):
    page = (site / "zh" / "threads" / "locks" / "index.html").read_text("utf-8")
    assert '"base": "../../../zh/"' in page  # Material finds search/ and sitemap.xml under base
    assert '"base": "../.."' in (site / "threads" / "locks" / "index.html").read_text("utf-8")


def test_chinese_text_is_segmented_with_zero_width_spaces(index):
    chinese = index["docs"]
    assert chinese, "no Chinese page in the search index"
    assert re.split(index["config"]["separator"], "守护\u200b线程") == ["守护", "线程"]
    segmented = [doc for doc in chinese if "\u200b" in doc["text"]]
    assert len(segmented) > len(chinese) / 2


@pytest.mark.parametrize(("term", "where"), CHINESE_TERMS)
def test_a_chinese_term_is_a_word_and_ranks_its_page_first(index, term, where):
    separator = re.compile(index["config"]["separator"])
    hits, words = Counter(), Counter()
    for doc in index["docs"]:
        page = doc["location"].split("#")[0]
        if page in HUBS:
            continue
        text = separator.split(doc["text"]) + separator.split(doc["title"])
        hits[page] += text.count(term)
        words[page] += len(text)
    share = Counter({page: hits[page] / words[page] for page in hits if words[page]})
    top, _ = share.most_common(1)[0]
    assert hits[top] > 0, f"{term} is not a word anywhere in the index"
    best = [(page, f"{1000 * s:.1f} per 1000 words") for page, s in share.most_common(4)]
    assert top.startswith(where), f"{term}: most used on {top}, expected under {where}: {best}"
