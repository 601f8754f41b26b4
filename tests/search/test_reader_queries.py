"""Readers' queries, in both languages: the page that explains the answer is among the first three.

The queries and their pages are tests/search/reader_queries.py. The gate is 100% of them; the
score of every query (OPEN's too, the ones not answered yet) is reported at the end of the run.
"""

from __future__ import annotations

import pytest

from tests.search.reader_queries import EN, OPEN, QUERIES, TOP, ZH, report, score


@pytest.fixture(scope="module")
def scores(site):
    return score(site, with_open=True)


def test_there_are_at_least_a_hundred_queries_in_each_language_together():
    assert len(EN) + len(ZH) >= 100
    assert len(EN) >= 45 and len(ZH) >= 45


def test_no_query_is_both_gated_and_open():
    for language, gated in QUERIES.items():
        assert not set(gated) & set(OPEN[language])


@pytest.mark.parametrize("language", QUERIES)
def test_every_query_finds_its_answer_among_the_first_pages(scores, language, record_property):
    record_property("report", [f"search: {language}, all queries", *report({language: scores[language]})])
    missed = {q: pages for q, pages in scores[language][2].items() if q in QUERIES[language]}
    assert not missed, f"not in the first {TOP} pages: " + "; ".join(f"{q!r}: {p}" for q, p in missed.items())
