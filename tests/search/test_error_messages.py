"""An error message pasted into the site's search box leads to its explanation first.

Snippet outputs are left out of the search index, so a message counts only where
prose or a heading says it. Each message is a heading of the questions page's
"Error messages" section, with a one-line explanation and a link to the page that
explains it at length; the first result must be one of those two pages.

Material's search appends `*` to every word, so "be" matched the title "Beyond one
machine", and "start" and "thread" the title "Starting threads", and multiplies a page's
score by 2 to 5 over a section's. docs/assets/javascripts/workers/search.js weighs a prefix at 1/100 of
the word, drops stop words and prefers the section that has the message's words next to
each other; sitebuild/i18n_hooks.py weighs a page's own entry at half a section's.
"""

import re

import pytest

from tests.search.site_search import search
from tests.site.test_questions import PAGE, REQUIRED_MESSAGES, error_messages

QUESTIONS = "questions/"


def explaining_page(body: str) -> str:
    """The site path ("practice/hangs/") of the first page the message's section links to."""
    link = re.search(r"\]\(([a-z0-9/_-]+)\.md(?:#[a-z0-9-]+)?\)", body)
    assert link, "an error message links to the page that explains it"
    return link[1] + "/"


MESSAGES = {title: explaining_page(body) for title, _, body in error_messages(PAGE)}
#: Readers paste the exception's name or its sentence, rarely both.
PARTS = {
    "BrokenProcessPool": "pools/errors/",
    "A process in the process pool was terminated abruptly": "pools/errors/",
}

#: Issue 26 (Real programs): pasted into either edition's search, these list the page that
#: explains them among the first three pages, not only the questions page first.
TOP_THREE = [
    "There is no current event loop in thread",
    "asyncio.run() cannot be called from a running event loop",
    "daemonic processes are not allowed to have children",
    "signal only works in main thread of the main interpreter",
    "argument after * must be an iterable, not int",
    "takes 1 positional argument but 3 were given",
]


@pytest.fixture(scope="module")
def found(site):
    """Both editions: a Chinese reader pastes the same English message."""
    return {edition: search(site, edition, [*MESSAGES, *PARTS]) for edition in ("", "zh")}


def test_the_required_messages_are_searched():
    for message in REQUIRED_MESSAGES:
        assert any(message in title for title in [*MESSAGES, *PARTS]), message


@pytest.mark.parametrize("edition", ["", "zh"])
@pytest.mark.parametrize("message", [*MESSAGES, *PARTS], ids=lambda m: m[:40])
def test_error_message_finds_its_explanation_first(found, message, edition):
    page = MESSAGES.get(message) or PARTS[message]
    results = found[edition][message]
    assert results, f"{message!r} finds nothing"
    assert results[0] in (QUESTIONS, page), f"{edition or 'en'}: {message!r}: {results[:3]}"


@pytest.mark.parametrize("edition", ["", "zh"])
@pytest.mark.parametrize("message", TOP_THREE, ids=lambda m: m[:40])
def test_error_message_lists_its_explaining_page_in_the_top_three(found, message, edition):
    results = found[edition][message]
    assert MESSAGES[message] in results[:3], f"{edition or 'en'}: {message!r}: {results[:3]}"
