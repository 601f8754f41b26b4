"""The lab in other languages: a translation holds Markdown and output texts, never code.

A translation of docs/lab/concurrency-lab.py is two files beside it:

- concurrency-lab.zh.py: the notebook's Markdown cells, translated, one for each
  and in the same order (jupytext percent format), and no code cell;
- concurrency-lab.zh.yml: the texts of the outputs, {regular expression: text}.

merged_notebook() makes the translated notebook (the original's code cells, the
translation's Markdown); Translation translates the outputs of the original's
run.  sitebuild/lab_hooks.py renders the Chinese page from both.
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
from pathlib import Path

import jupytext
import yaml

log = logging.getLogger("mkdocs.plugins.lab")


def language_of(src_uri: str) -> str | None:
    """'zh' for lab/concurrency-lab.zh.py; None for the original, lab/concurrency-lab.py."""
    stem = src_uri.rpartition("/")[2].removesuffix(".py")
    return stem.rpartition(".")[2] if "." in stem else None


def original_of(src_uri: str) -> str:
    """lab/concurrency-lab.py for lab/concurrency-lab.zh.py."""
    return src_uri.removesuffix(f".{language_of(src_uri)}.py") + ".py"


def merged_notebook(source: Path):
    """The notebook a source shows: the English one, or its code with a translation's Markdown cells.

    A translation (lab/concurrency-lab.zh.py) holds Markdown cells only, one for
    each Markdown cell of the original, in the same order.
    """
    notebook = jupytext.read(source)
    language = language_of(source.name)
    if language is None:
        return notebook
    original = jupytext.read(source.with_name(original_of(source.name)))
    translated = [cell for cell in notebook.cells if cell.cell_type == "markdown"]
    markdown = [number for number, cell in enumerate(original.cells) if cell.cell_type == "markdown"]
    if len(translated) != len(markdown) or len(translated) != len(notebook.cells):
        log.warning(
            "lab: %s must hold Markdown cells only, one for each of the %d Markdown cells of %s "
            "(it has %d cells, %d of them Markdown)",
            *(source.name, len(markdown), original_of(source.name), len(notebook.cells), len(translated)),
        )
    for number, cell in zip(markdown, translated, strict=False):
        original.cells[number] = cell
    return original


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

    def _escaped(self, unit: str, quote: bool = False) -> str:
        translated = self.text(html.unescape(unit))
        return unit if translated is None else html.escape(translated, quote=quote)

    def html(self, output: str) -> str:
        """An output's HTML with its text outputs (line by line), captions and alt texts translated."""
        output = re.sub(
            r'(<div class="language-text highlight"><pre><span></span><code>)(.*?)(</code>)',
            lambda m: m[1] + "\n".join(self._escaped(line) for line in m[2].split("\n")) + m[3],
            output,
            flags=re.S,
        )
        output = re.sub(
            r"(<figcaption>)(.*?)(</figcaption>)", lambda m: m[1] + self._escaped(m[2]) + m[3], output
        )
        return re.sub(r'(\balt=")([^"]*)(")', lambda m: m[1] + self._escaped(m[2], quote=True) + m[3], output)

    def chart(self, svg: Path, folder: Path) -> str:
        """The name of the chart to show: a translated copy in folder, or the original's name."""
        if not self.rules or not svg.is_file():
            return svg.name
        original = svg.read_text("utf-8")
        text = re.sub(
            r"(<text\b[^>]*>)([^<]*)(</text>)", lambda m: m[1] + self._escaped(m[2]) + m[3], original
        )
        if text == original:
            return svg.name
        name = f"chart-{hashlib.sha256(text.encode()).hexdigest()[:12]}.svg"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, "utf-8")
        return name
