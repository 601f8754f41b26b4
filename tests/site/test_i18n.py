"""The Chinese edition: every page has its twin, showing the same snippets in the same order."""

import re
from pathlib import Path

import markdown
import pytest

from sitebuild import fences

DOCS = fences.DOCS
ENGLISH = sorted(p for p in DOCS.rglob("*.md") if not p.name.endswith(".zh.md"))
CHINESE = sorted(DOCS.rglob("*.zh.md"))
NOTEBOOKS = sorted(p for p in DOCS.rglob("*.py") if "# %%" in p.read_text("utf-8") and ".zh." not in p.name)


def twin(page: Path) -> Path:
    return page.with_name(page.name.removesuffix(page.suffix) + ".zh" + page.suffix)


def rel(page: Path) -> str:
    return page.relative_to(DOCS).as_posix()


def heading_ids(page: Path) -> list[str]:
    """Ids of the page's headings below the title, as MkDocs renders them."""
    lines = page.read_text("utf-8").splitlines()
    if lines and lines[0] == "---":  # YAML front matter, not Markdown: blanked, so line numbers hold
        end = lines.index("---", 1)
        lines[: end + 1] = [""] * (end + 1)
    for fence in reversed(fences.fences(page)):  # code blocks may hold lines that look like headings
        end = fence.line + fence.body.count("\n") + 1
        del lines[fence.line - 1 : end + 1]
    md = markdown.Markdown(extensions=["toc", "attr_list", "admonition", "md_in_html"])
    html = md.convert("\n".join(lines))
    return re.findall(r'<h[2-6] id="([^"]+)"', html)


#: Options a translation changes: the title a reader sees is in the page's language.
TRANSLATED_OPTIONS = {"title"}


def shown(page: Path) -> list[tuple[str, tuple]]:
    return [
        (f.snippet, tuple(sorted((k, v) for k, v in f.options.items() if k not in TRANSLATED_OPTIONS)))
        for f in fences.fences(page)
        if f.lang == "snippet"
    ]


def test_a_snippet_title_on_a_chinese_page_is_chinese():
    for page in CHINESE:
        for fence in fences.fences(page):
            if "title" in fence.options:
                assert re.search(r"[\u4e00-\u9fff]", fence.options["title"]), (
                    rel(page),
                    fence.options["title"],
                )


def test_there_is_a_chinese_edition():
    assert ENGLISH and CHINESE


@pytest.mark.parametrize("page", ENGLISH + NOTEBOOKS, ids=rel)
def test_every_english_page_has_a_chinese_twin(page):
    assert twin(page).is_file(), f"docs/{rel(page)} has no Chinese twin docs/{rel(twin(page))}"


@pytest.mark.parametrize("page", CHINESE, ids=rel)
def test_every_chinese_page_has_an_english_original(page):
    original = page.with_name(page.name.replace(".zh.", "."))
    assert original.is_file(), f"docs/{rel(page)} translates a page that does not exist"


@pytest.mark.parametrize("page", ENGLISH, ids=rel)
def test_twins_show_the_same_snippets_in_the_same_order(page):
    if twin(page).is_file():
        assert shown(twin(page)) == shown(page)


@pytest.mark.parametrize("page", ENGLISH, ids=rel)
def test_twins_have_the_same_heading_anchors(page):
    """Links such as errata.md#T3 or start-methods.md#defaults work in both languages."""
    if twin(page).is_file():
        assert heading_ids(twin(page)) == heading_ids(page)


def cell_types(notebook: Path) -> list[str]:
    """The kinds of the cells of a jupytext percent-format notebook, in order."""
    headers = re.findall(r"^# %%.*$", notebook.read_text("utf-8"), flags=re.M)
    return ["markdown" if "[markdown]" in header else "code" for header in headers]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=rel)
def test_notebook_twins_translate_the_markdown_and_hold_no_code(notebook):
    """A twin's cells are the original's Markdown cells, translated; the code exists once (sitebuild/lab_hooks.py)."""
    if twin(notebook).is_file():
        assert cell_types(twin(notebook)) == [kind for kind in cell_types(notebook) if kind == "markdown"]
