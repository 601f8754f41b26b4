"""Find snippet fences (and stray Python code blocks) in the Markdown sources.

The build uses this to start every snippet early, concurrently; the structural
tests use it to check that pages and snippets match one to one.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[\w+-]*)(?P<header>.*)$")
_OPTION = re.compile(r'(\w+)="([^"]*)"')


@dataclasses.dataclass(frozen=True)
class Fence:
    page: str  # relative to docs/
    line: int
    lang: str
    options: dict[str, str]
    body: str

    @property
    def snippet(self) -> str:
        return self.body.strip()


def fences(page: Path, docs: Path = DOCS) -> list[Fence]:
    """Every fenced code block of one page, in order."""
    found, lines, i = [], page.read_text("utf-8").splitlines(), 0
    while i < len(lines):
        m = _OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        close = re.compile(rf"^{re.escape(m['indent'])}{m['fence'][0]}{{{len(m['fence'])},}}[ \t]*$")
        j = i + 1
        while j < len(lines) and not close.match(lines[j]):
            j += 1
        found.append(
            Fence(
                page=page.relative_to(docs).as_posix(),
                line=i + 1,
                lang=m["lang"].lower(),
                options=dict(_OPTION.findall(m["header"])),
                body="\n".join(line.removeprefix(m["indent"]) for line in lines[i + 1 : j]),
            )
        )
        i = j + 1
    return found


def all_fences(docs: Path = DOCS) -> list[Fence]:
    return [f for page in sorted(docs.rglob("*.md")) for f in fences(page, docs)]


def snippet_fences(docs: Path = DOCS) -> list[Fence]:
    return [f for f in all_fences(docs) if f.lang == "snippet"]


_LANGUAGE = re.compile(r"\.([a-z]{2}(?:-[a-z]+)?)\.(?:md|py)$")


def language(source: str) -> str | None:
    """'zh' for a translation (page.zh.md, lab/x.zh.py: mkdocs-static-i18n's suffix), None for an original."""
    found = _LANGUAGE.search(source)
    return found[1] if found else None


def alone(found: list[Fence]) -> dict[str, bool]:
    """{snippet: runs alone}: alone if any fence showing it says alone="1" (timing-sensitive)."""
    shown: dict[str, bool] = {}
    for fence in found:
        shown[fence.snippet] = shown.get(fence.snippet, False) or fence.options.get("alone") == "1"
    return shown
