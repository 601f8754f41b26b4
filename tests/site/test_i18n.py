"""The Chinese edition: every page has its twin, showing the same snippets in the same order."""

import re
from pathlib import Path

import markdown

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


def _offenders(problems: list[str]) -> str:
    return f"{len(problems)} problem(s):\n" + "\n".join(problems)


def test_a_snippet_title_on_a_chinese_page_is_chinese():
    problems = [
        f"{fence.where}: title={fence.options['title']!r} has no Chinese"
        for page in CHINESE
        for fence in fences.fences(page)
        if "title" in fence.options and not re.search(r"[\u4e00-\u9fff]", fence.options["title"])
    ]
    assert not problems, _offenders(problems)


def test_there_is_a_chinese_edition():
    assert ENGLISH and CHINESE


def test_every_english_page_has_a_chinese_twin():
    problems = [
        f"docs/{rel(page)} has no Chinese twin docs/{rel(twin(page))}"
        for page in ENGLISH + NOTEBOOKS
        if not twin(page).is_file()
    ]
    assert not problems, _offenders(problems)


def test_every_chinese_page_has_an_english_original():
    problems = [
        f"docs/{rel(page)} translates a page that does not exist"
        for page in CHINESE
        if not page.with_name(page.name.replace(".zh.", ".")).is_file()
    ]
    assert not problems, _offenders(problems)


def test_twins_show_the_same_snippets_in_the_same_order():
    problems = []
    for page in ENGLISH:
        if twin(page).is_file() and shown(twin(page)) != shown(page):
            english, chinese = shown(page), shown(twin(page))
            first = next(
                (i for i, (a, b) in enumerate(zip(english, chinese, strict=False)) if a != b),
                min(len(english), len(chinese)),
            )
            problems.append(
                f"docs/{rel(twin(page))} differs from docs/{rel(page)} at snippet fence {first + 1}: "
                f"{english[first] if first < len(english) else 'none'} != {chinese[first] if first < len(chinese) else 'none'}"
            )
    assert not problems, _offenders(problems)


def test_twins_have_the_same_heading_anchors():
    """Links such as errata.md#T3 or start-methods.md#defaults work in both languages."""
    problems = []
    for page in ENGLISH:
        if twin(page).is_file():
            english, chinese = heading_ids(page), heading_ids(twin(page))
            if english != chinese:
                missing = [anchor for anchor in english if anchor not in chinese]
                extra = [anchor for anchor in chinese if anchor not in english]
                problems.append(
                    f"docs/{rel(twin(page))}: anchors missing {missing}, not in English {extra}"
                    + ("" if missing or extra else " (another order)")
                )
    assert not problems, _offenders(problems)


def cell_types(notebook: Path) -> list[str]:
    """The kinds of the cells of a jupytext percent-format notebook, in order."""
    headers = re.findall(r"^# %%.*$", notebook.read_text("utf-8"), flags=re.M)
    return ["markdown" if "[markdown]" in header else "code" for header in headers]


def test_notebook_twins_translate_the_markdown_and_hold_no_code():
    """A twin's cells are the original's Markdown cells, translated; the code exists once (sitebuild/lab_hooks.py)."""
    assert NOTEBOOKS
    problems = [
        f"docs/{rel(twin(notebook))}: cells {cell_types(twin(notebook))}"
        for notebook in NOTEBOOKS
        if twin(notebook).is_file()
        and cell_types(twin(notebook)) != [kind for kind in cell_types(notebook) if kind == "markdown"]
    ]
    assert not problems, _offenders(problems)


def test_every_heading_permalink_is_titled_in_its_pages_language(site):
    """The lab's headings are made by its hooks, not by MkDocs: they must match every other page's."""
    titles = {"en": 'title="Permanent link"', "zh": 'title="永久链接"'}
    problems, pages = [], 0
    for page in site.rglob("index.html"):
        language = "zh" if page.relative_to(site).parts[0] == "zh" else "en"
        links = re.findall(r'<a class="headerlink"[^>]*>', page.read_text("utf-8"))
        pages += bool(links)
        problems += [f"{page.relative_to(site)}: {link}" for link in links if titles[language] not in link]
    assert pages > 80 and (site / "lab/concurrency-lab/index.html").is_file()
    assert not problems, _offenders(problems)


def test_both_glossaries_list_the_same_terms_in_the_same_order():
    """The glossary is one table in two languages: a term only the Chinese one had was a defect."""

    def terms(page: Path) -> list[str]:
        rows = [line.split("|")[1] for line in page.read_text("utf-8").splitlines() if line.startswith("| ")]
        return [re.sub(r"<[^>]+>", "", row).strip() for row in rows if "---" not in row]

    english, chinese = terms(DOCS / "glossary.md"), terms(DOCS / "glossary.zh.md")
    assert len(english) > 50 and english[0] == "English" and chinese[0] == "英文"
    assert [t for t in english if t != "English"] == [t for t in chinese if t != "英文"]
