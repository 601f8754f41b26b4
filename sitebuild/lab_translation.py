"""The lab in other languages: a translation holds Markdown and output texts, never code.

A translation of docs/lab/concurrency-lab.py is two files beside it:

- concurrency-lab.zh.py: the notebook's Markdown cells, translated, one for each and in the
  same order (jupytext percent format); its headings keep the English ids, ``## 标题 { #id }``,
  so that links and the language switch land on the same section;
- concurrency-lab.zh.yml: the texts of the outputs, {regular expression: text}.

translated() makes the translated notebook from the original one, executed or not; a translation
that does not fit the original is a warning (which fails the strict build) naming file and cell.
"""

from __future__ import annotations

import copy
import html
import logging
import re
from pathlib import Path
from urllib.parse import quote, unquote

import jupytext
import markdown
import yaml
from markdown.extensions.toc import TocExtension, nest_toc_tokens

log = logging.getLogger("mkdocs.plugins.lab")
HEADING_ID = re.compile(r"^(#{1,6} .*?)\s*\{\s*#[\w-]+\s*\}[ \t]*$", re.M)  # ## 标题 { #english-id }
HEADING = re.compile(r"^#{1,6} .*$", re.M)  # a Markdown cell's heading (the lab's cells hold no code blocks)


def original_of(name: str) -> str:
    """concurrency-lab.py for concurrency-lab.zh.py (and for concurrency-lab.py)."""
    return name.removesuffix(".py").partition(".")[0] + ".py"


def _heading_ids(source: str) -> list[tuple[int, str]]:
    """A Markdown text's headings, (level, id), as Python-Markdown gives them ids on every page."""
    md = markdown.Markdown(extensions=["attr_list", "toc"])
    md.convert(source)
    flat = lambda tokens: [t for token in tokens for t in (token, *flat(token["children"]))]  # noqa: E731
    return [(token["level"], token["id"]) for token in flat(md.toc_tokens)]


def with_heading_ids(notebook, toc: dict) -> list[dict]:
    """Each Markdown heading made HTML as on every other page (``toc``: the toc extension's
    config for the page's language), ``{ #id }`` kept as its id; returns the toc tokens.

    nbconvert's Markdown has no attribute lists, and its headings' links no title.
    """
    md, tokens = markdown.Markdown(extensions=["attr_list", TocExtension(**toc)]), []

    def heading(match: re.Match) -> str:
        made = md.reset().convert(match[0])
        tokens.extend(md.toc_tokens)  # one heading's
        return made + "\n"  # and a blank line, which ends the HTML block

    for cell in (cell for cell in notebook.cells if cell.cell_type == "markdown"):
        cell.source = HEADING.sub(heading, cell.source)
    return nest_toc_tokens(tokens)


def translated(notebook, twin: Path):
    """A copy of notebook with twin's Markdown cells and its outputs' texts translated by twin's .yml."""
    notebook = copy.deepcopy(notebook)
    cells = jupytext.read(twin).cells
    markdown_cells = [cell for cell in notebook.cells if cell.cell_type == "markdown"]
    if (kinds := [cell.cell_type for cell in cells]) != ["markdown"] * len(markdown_cells):
        log.warning(
            "lab: docs/lab/%s must hold Markdown cells only, one for each of the %d Markdown cells of %s "
            "(its cells: %s)",
            *(twin.name, len(markdown_cells), original_of(twin.name), kinds),
        )
    for number, (cell, translation) in enumerate(zip(markdown_cells, cells, strict=False), 1):
        if (ids := _heading_ids(translation.source)) != (english := _heading_ids(cell.source)):
            log.warning(
                "lab: docs/lab/%s, Markdown cell %d: headings (level, id) %s, where the English cell has %s",
                *(twin.name, number, ids, english),
            )
        cell.source = translation.source
    translate = Translation(twin.with_suffix(".yml"))
    for output in (output for cell in notebook.cells for output in cell.get("outputs", [])):
        if "text" in output:  # printed: line by line
            output.text = "\n".join(map(translate, output.text.split("\n")))
        if "text/html" in output.get("data", {}):
            output.data["text/html"] = translate.html(output.data["text/html"])
    return notebook


class Translation:
    """The texts of a notebook's outputs in another language: {regular expression: replacement}.

    Each expression must match a whole unit of text: a line of a text output,
    a figure's caption, an alt text, one <text> of an SVG chart.
    """

    def __init__(self, path: Path) -> None:
        table = yaml.safe_load(path.read_text("utf-8")) if path.is_file() else {}
        self.rules = [(re.compile(pattern), replacement) for pattern, replacement in (table or {}).items()]

    def text(self, unit: str) -> str | None:
        """The unit translated, or None if no rule matches it whole."""
        for pattern, replacement in self.rules:
            if found := pattern.fullmatch(unit):
                return found.expand(replacement)
        return None

    def __call__(self, unit: str) -> str:
        translation = self.text(unit)
        return unit if translation is None else translation

    def _escaped(self, match: re.Match) -> str:  # (opening)(escaped text)(closing)
        return match[1] + html.escape(self(html.unescape(match[2])), quote=match[1].endswith('"')) + match[3]

    def html(self, output: str) -> str:
        """An HTML output with its captions, alt texts and SVG images (data: URLs) translated."""
        output = re.sub(r"(<figcaption>)(.*?)(</figcaption>)", self._escaped, output, flags=re.S)
        output = re.sub(r'(\balt=")([^"]*)(")', self._escaped, output)
        return re.sub(r'(src="data:image/svg\+xml,)([^"]*)(")', self._svg, output)

    def _svg(self, match: re.Match) -> str:  # (opening)(the SVG, URL-quoted and escaped)(closing)
        svg = re.sub(r"(<text\b[^>]*>)([^<]*)(</text>)", self._escaped, unquote(html.unescape(match[2])))
        return match[1] + html.escape(quote(svg)) + match[3]
