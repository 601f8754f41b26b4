"""An error message pasted into the site's search box leads to its explanation first.

Snippet outputs are left out of the search index, so a message counts only where
prose or a heading says it. Each message is a heading of the questions page's
"Error messages" section, with a one-line explanation and a link to the page that
explains it at length; the first result must be one of those two pages.
"""

import re

from tests.search.site_search import search
from tests.site.test_questions import PAGE, REQUIRED_MESSAGES, error_messages

QUESTIONS = "questions/"


def explaining_page(body: str) -> str:
    """The site path ("practice/hangs/") of the first page the message's section links to."""
    link = re.search(r"\]\(([a-z0-9/_-]+)\.md(?:#[a-z0-9-]+)?\)", body)
    assert link, "an error message links to the page that explains it"
    return link[1] + "/"


MESSAGES = {title: explaining_page(body) for title, _, body in error_messages(PAGE)}


def test_the_required_messages_are_searched():
    for message in REQUIRED_MESSAGES:
        assert any(message in title for title in MESSAGES), message


def test_each_error_message_finds_its_explanation_first(site):
    found = search(site, "", list(MESSAGES))
    wrong = {
        message: found[message][:3]
        for message, page in MESSAGES.items()
        if not found[message] or found[message][0] not in (QUESTIONS, page)
    }
    assert not wrong, f"first results that do not explain the message: {wrong}"


def test_each_part_of_a_two_part_message_is_found_too(site):
    """Readers paste the exception name or the sentence, rarely both."""
    parts = {
        "BrokenProcessPool": "pools/errors/",
        "A process in the process pool was terminated abruptly": "pools/errors/",
        "Can't pickle local object": "pools/pickling/",
    }
    found = search(site, "", list(parts))
    for query, page in parts.items():
        assert found[query] and found[query][0] in (QUESTIONS, page), (query, found[query][:3])
