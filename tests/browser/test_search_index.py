"""The built search index: Chinese text is segmented, so Chinese terms find their pages."""

import json
import re
from collections import Counter

import pytest

#: (term, the page where it matters most): each must be a whole word in the index
CHINESE_TERMS = [
    ("解释器", "zh/threads/gil/"),
    ("进程", "zh/processes/"),
    ("线程", "zh/threads/"),
    ("守护线程", "zh/threads/daemon-threads/"),
]


@pytest.fixture(scope="module")
def index(site):
    return json.loads((site / "search" / "search_index.json").read_text("utf-8"))


def test_chinese_text_is_segmented_with_zero_width_spaces(index):
    chinese = [doc for doc in index["docs"] if doc["location"].startswith("zh/")]
    assert chinese, "no Chinese page in the search index"
    assert re.split(index["config"]["separator"], "守护\u200b线程") == ["守护", "线程"]
    segmented = [doc for doc in chinese if "\u200b" in doc["text"]]
    assert len(segmented) > len(chinese) / 2


@pytest.mark.parametrize(("term", "where"), CHINESE_TERMS)
def test_a_chinese_term_is_a_word_and_ranks_its_page_first(index, term, where):
    separator = re.compile(index["config"]["separator"])
    hits = Counter()
    for doc in index["docs"]:
        if doc["location"].startswith("zh/"):
            page = doc["location"].split("#")[0]
            hits[page] += separator.split(doc["text"]).count(term) + separator.split(doc["title"]).count(term)
    top, _ = hits.most_common(1)[0]
    assert hits[top] > 0, f"{term} is not a word anywhere in the index"
    assert top.startswith(where), f"{term}: most hits on {top}, expected under {where}: {hits.most_common(4)}"
