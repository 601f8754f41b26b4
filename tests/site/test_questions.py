"""The questions page stays honest: real questions, each with its source and an executed answer.

docs/questions.md groups the questions under `##` topics; each question is a `###`
heading followed by a short answer, links to sections of this site that show it
(``page.md#anchor``) and, after "Asked:", links to where a real person asked it.
The last `##` section lists error messages; they are not questions.
"""

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PAGE = DOCS / "questions.md"
TWIN = DOCS / "questions.zh.md"
ERRORS_ID = "error-messages"

HEADING = re.compile(r"^(#{2,3}) (.+?) \{ #([a-z0-9-]+) \}\s*$", re.M)
LINK = re.compile(r"\]\(([^)\s]+)\)")
#: What the issue requires the error-messages section to hold, word for word.
REQUIRED_MESSAGES = [
    "An attempt has been made to start a new process before the current process has finished its bootstrapping phase",
    "Can't pickle local object",
    "BrokenProcessPool",
    "A process in the process pool was terminated abruptly",
    "daemonic processes are not allowed to have children",
    "can't start new thread",
    "dictionary changed size during iteration",
    "Lock objects should only be shared between processes through inheritance",
    "There is no current event loop in thread",
    "asyncio.run() cannot be called from a running event loop",
    "signal only works in main thread of the main interpreter",
    "argument after * must be an iterable, not int",
    "takes 1 positional argument but 3 were given",
]


def sections(page: Path) -> list[tuple[int, str, str, str]]:
    """(level, title, id, body) for each `##`/`###` heading with an explicit id, in page order."""
    text = page.read_text("utf-8")
    found = list(HEADING.finditer(text))
    return [
        (len(m[1]), m[2], m[3], text[m.end() : found[i + 1].start() if i + 1 < len(found) else len(text)])
        for i, m in enumerate(found)
    ]


def questions(page: Path) -> list[tuple[str, str, str]]:
    """(title, id, body) of every question: `###` headings under the topics, not under Error messages."""
    result, topic = [], None
    for level, title, anchor, body in sections(page):
        if level == 2:
            topic = anchor
        elif topic is not None and topic != ERRORS_ID:
            result.append((title, anchor, body))
    return result


def error_messages(page: Path) -> list[tuple[str, str, str]]:
    result, topic = [], None
    for level, title, anchor, body in sections(page):
        if level == 2:
            topic = anchor
        elif topic == ERRORS_ID:
            result.append((title, anchor, body))
    return result


def site_links(body: str) -> list[str]:
    return [link for link in LINK.findall(body) if not re.match(r"[a-z]+:", link)]


def answer_links(body: str) -> list[str]:
    return sorted(link for link in site_links(body) if "#" in link)


def explicit_ids(page: Path) -> set[str]:
    return set(re.findall(r"\{ #([A-Za-z0-9_-]+) \}", page.read_text("utf-8")))


QUESTIONS = questions(PAGE)


def test_at_least_fifty_questions_under_topics():
    assert len(QUESTIONS) >= 50, f"only {len(QUESTIONS)} questions"
    topics = [anchor for level, _, anchor, _ in sections(PAGE) if level == 2]
    assert topics[-1] == ERRORS_ID, "the error messages come last, after the topics"
    assert len(topics) >= 8, "questions are grouped by topic"


def test_questions_are_distinct():
    titles = [title for title, _, _ in QUESTIONS]
    assert len(set(titles)) == len(titles)
    ids = [anchor for _, _, anchor, _ in sections(PAGE)]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("title, anchor, body", QUESTIONS, ids=[q[1] for q in QUESTIONS])
def test_question_says_where_it_was_asked(title, anchor, body):
    assert body.count("Asked:") == 1, f"{anchor}: one 'Asked:' line"
    asked = LINK.findall(body.split("Asked:")[1])
    assert asked, f"{anchor}: no link after 'Asked:'"
    for url in asked:
        assert re.match(r"https?://", url), f"{anchor}: {url} is not a web address"
        assert "docs.python.org" not in url, f"{anchor}: the documentation is not where a reader asked"


@pytest.mark.parametrize("title, anchor, body", QUESTIONS, ids=[q[1] for q in QUESTIONS])
def test_question_links_to_an_executed_answer(title, anchor, body):
    answer = body.split("Asked:")[0]
    assert "Shown in:" in answer, f"{anchor}: no 'Shown in:' line"
    links = [link for link in site_links(answer) if "#" in link and link.split("#")[0].endswith(".md")]
    assert links, f"{anchor}: no link to a section of the site (page.md#anchor)"
    for link in links:
        path, section = link.split("#")
        target = DOCS / path
        assert target.is_file(), f"{anchor}: {path} does not exist"
        assert section in explicit_ids(target), f"{anchor}: {path} has no heading {{ #{section} }}"
        assert "```snippet" in target.read_text("utf-8"), f"{anchor}: {path} shows no executed snippet"


def test_answers_are_short_and_have_no_code_of_their_own():
    text = PAGE.read_text("utf-8") + TWIN.read_text("utf-8")
    assert "```" not in text, "the questions page links to executed answers; it shows no code blocks"
    for _title, anchor, body in QUESTIONS:
        answer = body.split("Shown in:")[0].strip()
        lines = answer.splitlines()
        assert 2 <= len(lines) <= 4, f"{anchor}: the answer takes {len(lines)} lines, not two to four"


def test_every_required_error_message_is_a_heading():
    titles = [title for title, _, _ in error_messages(PAGE)]
    for message in REQUIRED_MESSAGES:
        assert any(message in title for title in titles), f"no error-message heading holds {message!r}"


@pytest.mark.parametrize("title, anchor, body", error_messages(PAGE), ids=lambda v: str(v)[:40])
def test_error_message_links_to_the_page_that_explains_it(title, anchor, body):
    links = [link for link in site_links(body) if link.split("#")[0].endswith(".md")]
    assert links, f"{anchor}: links to no page of the site"
    for link in links:
        assert (DOCS / link.split("#")[0]).is_file(), f"{anchor}: {link} does not exist"


def test_chinese_page_has_the_same_questions():
    zh = questions(TWIN)
    assert [anchor for _, anchor, _ in zh] == [anchor for _, anchor, _ in QUESTIONS]
    assert [anchor for _, anchor, _ in error_messages(TWIN)] == [
        anchor for _, anchor, _ in error_messages(PAGE)
    ]
    english = {anchor: body for _, anchor, body in QUESTIONS}
    for title, anchor, body in zh:
        assert re.search(r"[\u4e00-\u9fff]", title), f"{anchor}: the Chinese question is not in Chinese"
        assert "提问：" in body and "演示：" in body, f"{anchor}: labels 提问/演示 missing"
        assert answer_links(body) == answer_links(english[anchor].split("Asked:")[0]), anchor
        assert any(re.match(r"https?://", link) for link in LINK.findall(body.split("提问：")[1]))


@pytest.mark.parametrize("edition", ["", "zh/"])
def test_its_tables_of_contents_list_the_topics_and_search_finds_each_question(site, edition):
    """toc_depth: 2 (sitebuild/mkdocs_hooks.py): the topics in the contents, every question still found."""
    html = (site / edition / "questions" / "index.html").read_text("utf-8")
    topics = [anchor for level, _, anchor, _ in sections(PAGE) if level == 2]
    questions = [anchor for level, _, anchor, _ in sections(PAGE) if level == 3]
    for sidebar, end in (
        ("md-sidebar--primary", "md-sidebar--secondary"),
        ("md-sidebar--secondary", "<article"),
    ):
        start = html.index(sidebar)
        assert re.findall(r'href="#([^"]+)"', html[start : html.index(end, start)]) == topics, sidebar
    assert all(f'<h3 id="{anchor}"' in html for anchor in questions)
    index = json.loads((site / edition / "search" / "search_index.json").read_text("utf-8"))
    found = {doc["location"] for doc in index["docs"]}
    assert {f"questions/#{anchor}" for anchor in questions} <= found  # each edition its own index
