"""The Chinese edition, as built: no English left in what a reader sees, except code and program output.

Every page under /zh/ is parsed; its visible text (and the text of ``title``,
``alt``, ``aria-label`` and ``placeholder`` attributes) is read outside code
(``code``, ``pre``, ``kbd``), program output (but a chart's caption is the page's
own), scripts, and text marked as English (``lang="en"``: the glossary's English
column).  A piece of
text with no Chinese character in it must be a name from ALLOWED (an identifier,
a product or a language's own name): anything else is English chrome or prose.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

#: Text that may stand without a Chinese character on a Chinese page: names, not prose.
ALLOWED = {
    "English",  # the language switcher names each language in itself
    "简体中文",
    "Material for MkDocs",  # the generator's name, in "由 ... 构建"
    "threads-and-processes",  # the repository's name, in the header
    "Python",
    "CPython",
    "GIL",
    "fork",  # start methods and systems, named as in the code
    "spawn",
    "forkserver",
    "Linux",
    "macOS",
    "Windows",
    "concurrency-lab.zh.zip",  # downloads, named by their files
    "concurrency-lab.zh.ipynb",
    "lab_workers.py",
    "Dask",  # libraries and a keyword, named as in the code
    "Ray",
    "asyncio",
    "lambda",
}


def _error_messages() -> set[str]:
    """Python's own error messages, which the site quotes as they are (docs/questions.md#error-messages)."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "questions.md").read_text("utf-8")
    section = text[text.index("{ #error-messages }") :]
    headings = re.findall(r"^### (.+?) \{ #", section, re.M)
    # a heading may hold code ("on module `'__main__'`"): its text, with or without the code
    return {form.strip() for h in headings for form in (h.replace("`", ""), re.sub(r"`[^`]*`", "", h))}


#: Program output quoted in prose and headings: exactly one of Python's error messages.
ERROR_MESSAGES = _error_messages()
#: Elements whose text is code, program output or not text at all.
SKIPPED_TAGS = {"code", "pre", "kbd", "script", "style", "svg", "template", "samp"}
#: Class names of program output (the snippet fence's result and the lab's outputs).
OUTPUT_CLASSES = {"result", "jp-OutputArea", "jp-Cell-outputWrapper"}
ATTRIBUTES = ("title", "alt", "aria-label", "placeholder")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"[A-Za-z]{2,}")
#: Also allowed: code-like names (os.fork(), concurrent.futures), a snippet's path (a
#: snippet fence's default title), "PEP 703".
CODE_LIKE = re.compile(r"\w+(\.\w+)+(\(\))?|\w+\(\)|snippets/[\w/]+\.py|PEP \d+")


#: Inline elements: their text belongs to the sentence around them.
INLINE = {"a", "abbr", "b", "code", "em", "i", "kbd", "mark", "small", "span", "strong", "sub", "sup", "wbr"}
#: Text of these tags inside program output is still the page's own: a chart's caption.
OWN_TEXT_IN_OUTPUT = {"figcaption"}


class _Visible(HTMLParser):
    """Visible text, one piece per block (a paragraph, a cell, a link in the navigation, an attribute)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, is its text hidden from this check?)
        self.texts: list[str] = []
        self.block: list[str] = []

    def _skipped(self) -> bool:
        return any(skip for _, skip in self.stack)

    def _flush(self) -> None:
        if "".join(self.block).strip():
            self.texts.append("".join(self.block))
        self.block = []

    def _attributes(self, attrs) -> None:
        attributes = dict(attrs)
        inside_output = any(tag == "output" for tag, _ in self.stack)
        if not self._skipped() or (inside_output and not any(t in SKIPPED_TAGS for t, _ in self.stack)):
            self.texts += [attributes[name] for name in ATTRIBUTES if attributes.get(name)]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        if tag not in INLINE:
            self._flush()
        self._attributes(attrs)
        if tag in VOID:
            return
        english = attributes.get("lang", "zh").partition("-")[0] not in ("zh", "")
        if tag in SKIPPED_TAGS or attributes.get("hidden") is not None or english:
            self.stack.append((tag, True))
        elif classes & OUTPUT_CLASSES:
            self.stack.append(("output", True))
        else:
            self.stack.append((tag, False))

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE:
            self._flush()
        self._attributes(attrs)

    def handle_endtag(self, tag):
        if tag not in INLINE:
            self._flush()
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not self._visible():
            return
        self.block.append(data)

    def _visible(self) -> bool:
        """Not in code; in program output, only in a figure's caption."""
        if any(tag in SKIPPED_TAGS or (skip and tag != "output") for tag, skip in self.stack):
            return False
        if any(tag == "output" for tag, _ in self.stack):
            return any(tag in OWN_TEXT_IN_OUTPUT for tag, _ in self.stack)
        return True


def english_texts(page: Path) -> list[str]:
    """The pieces of visible text on a page that hold an English word and no Chinese."""
    parser = _Visible()
    parser.feed(page.read_text("utf-8"))
    parser._flush()
    found = []
    for text in parser.texts:
        text = " ".join(text.split())
        text = text.replace("¶", "").strip()  # a heading's permalink
        quoted = text.strip('"“”')
        if HAN.search(text) or text in ALLOWED or quoted in ERROR_MESSAGES:
            continue
        if all(CODE_LIKE.fullmatch(part) for part in text.split("、")):
            continue
        if [word for word in WORD.findall(text) if word not in ALLOWED]:
            found.append(text)
    return found


def chinese_pages(site: Path) -> list[Path]:
    return sorted((site / "zh").rglob("*.html"))


def test_the_chinese_edition_shows_no_english_ui_text(site):
    pages = chinese_pages(site)
    assert len(pages) > 30
    found = {str(page.relative_to(site)): english_texts(page) for page in pages}
    assert {page: texts for page, texts in found.items() if texts} == {}


def test_the_check_finds_english_chrome():
    import tempfile

    html = (
        "<html><head><title>Timers - Python 线程与进程</title></head><body>"
        '<nav><a href="#x" title="Permanent link">¶</a></nav><p>Made with <a>Material for MkDocs</a></p>'
        "<p>在 <code>Thread</code> 上调用 <kbd>Ctrl</kbd></p><pre>print English output</pre>"
        '<div class="result"><p>program output</p></div><img alt="A chart" src="x.svg">'
        "</body></html>"
    )
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "index.html"
        page.write_text(html, "utf-8")
        assert english_texts(page) == ["Permanent link", "Made with Material for MkDocs", "A chart"]


def _nav_titles(nav) -> list[str]:
    """Every title in mkdocs.yml's nav: sections and pages."""
    titles = []
    for item in nav:
        if isinstance(item, dict):
            for title, value in item.items():
                titles.append(title)
                if isinstance(value, list):
                    titles += _nav_titles(value)
    return titles


def untranslated_nav_titles(config: dict) -> list[str]:
    """The nav's titles that the Chinese edition would show as they are: none in nav_translations, or no Chinese."""
    i18n = next(
        plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin
    )
    zh = next(language for language in i18n["languages"] if language["locale"] == "zh")
    translations = zh.get("nav_translations", {})
    return [title for title in _nav_titles(config["nav"]) if not HAN.search(translations.get(title, ""))]


def test_every_navigation_title_has_a_chinese_translation():
    """Read from mkdocs.yml, not the built pages: a title like os.fork() passes the visible-text check as code."""
    from mkdocs.utils.yaml import yaml_load

    with open(Path(__file__).resolve().parents[2] / "mkdocs.yml", "rb") as file:
        config = yaml_load(file)
    assert untranslated_nav_titles(config) == []
    config["nav"].append({"Sub-interpreters": [{"os.forkpty()": "x.md"}]})
    assert untranslated_nav_titles(config) == ["Sub-interpreters", "os.forkpty()"]
