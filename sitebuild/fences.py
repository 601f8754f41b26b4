"""The one reader of fence headers: the pre-build, the renderer and the tests all use it.

(pymdownx.superfences reads headers its own way: an unquoted ``returncode=1`` made
it show the fence as plain text while the pre-build ran the snippet.)  A snippet
fence's unknown, unquoted or invalid option is an error (``Fence.errors``) naming
the option; the build logs it with page and line and runs nothing for that fence.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[\w+-]*)(?P<header>.*)$")
#: One item of a header: key="value", key='value', key=value (unquoted) or a bare word.
_ITEM = re.compile(
    r"""[ \t]*(?:(?P<key>[A-Za-z]\w*)=(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>\S+))|(?P<word>\S+))"""
)

#: The snippet fence's options: name -> (check of the value, what it takes).
OPTIONS: dict[str, tuple[re.Pattern[str], str]] = {
    "source": (
        re.compile(r"above|below|block|tabbed-left|tabbed-right|console"),
        "above, below, block, tabbed-left, tabbed-right or console",
    ),
    "tabs": (re.compile(r"[^|]+\|[^|]+"), 'two tab titles, "Code|Output"'),
    "title": (re.compile(r".+", re.S), "a title"),
    "result": (re.compile(r"[\w+-]+"), 'a language for the output block, like "console"'),
    "returncode": (re.compile(r"-?\d{1,3}"), 'an exit code, a whole number like returncode="1"'),
    "alone": (re.compile(r"[01]"), '"1" (run it by itself) or "0"'),
    "pythons": (
        re.compile(r"3\.\d+t?(?:[ ]+3\.\d+t?)*"),  # 3.14t: the free-threaded build
        'CPython versions separated by spaces, like "3.11 3.12" or "3.14 3.14t"',
    ),
}


@dataclasses.dataclass(frozen=True)
class Fence:
    page: str  # relative to docs/
    line: int
    lang: str
    options: dict[str, str]  # the well-formed options only
    body: str
    errors: tuple[str, ...] = ()  # what is wrong with a snippet fence's header, each naming the option

    @property
    def snippet(self) -> str:
        return self.body.strip()

    @property
    def returncode(self) -> int:
        return int(self.options.get("returncode", "0"))

    @property
    def where(self) -> str:
        return f"docs/{self.page}:{self.line}"


def parse_header(header: str, lang: str = "snippet") -> tuple[dict[str, str], list[str]]:
    """(options, errors) of the text after a fence's language; only a snippet fence's are checked
    (another's key="value" items are read: the tests look for markdown-exec's ``exec``)."""
    options: dict[str, str] = {}
    errors: list[str] = []
    words: list[str] = []
    for item in _ITEM.finditer(header):
        key, word, bare = item["key"], item["word"], item["bare"]
        value = item["dq"] if item["dq"] is not None else item["sq"]
        if lang != "snippet":
            if key:
                options[key] = value if value is not None else bare
            continue
        if word is not None:
            words.append(word)
            continue
        if key not in OPTIONS:
            close = difflib.get_close_matches(key, OPTIONS, n=1)
            hint = f"did you mean {close[0]}?" if close else f"the options are {_known()}"
            errors.append(f'unknown option {key}="{value if value is not None else bare}" ({hint})')
            continue
        if bare is not None:
            errors.append(f'option {key}={bare} needs its value in double quotes: {key}="{bare}"')
            continue
        if key in options:
            errors.append(f"option {key} is given twice")
            continue
        check, takes = OPTIONS[key]
        if not check.fullmatch(value):
            errors.append(f'option {key}="{value}" is not valid: {key} takes {takes}')
            continue
        options[key] = value
    if words:
        errors.append(f"{' '.join(words)!r} is not an option: the snippet fence takes {_known()}")
    return options, errors


def _known() -> str:
    return ", ".join(f'{name}="..."' for name in OPTIONS)


def _blocks(lines: list[str]):
    """(index of the opening line, its match, the body's lines) of each fenced block of `lines`."""
    i = 0
    while i < len(lines):
        m = _OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        close = re.compile(rf"^{re.escape(m['indent'])}{m['fence'][0]}{{{len(m['fence'])},}}[ \t]*$")
        j = i + 1
        while j < len(lines) and not close.match(lines[j]):
            j += 1
        yield i, m, lines[i + 1 : j]
        i = j + 1


def parse(text: str, page: str, first_line: int = 1) -> list[Fence]:
    """Every fenced code block of Markdown `text`, in order; `first_line` is the number of its first line."""
    found = []
    for i, m, body in _blocks(text.splitlines()):
        lang = m["lang"].lower()
        options, errors = parse_header(m["header"], lang)
        body = "\n".join(line.removeprefix(m["indent"]) for line in body)
        found.append(Fence(page, first_line + i, lang, options, body, tuple(errors)))
    return found


def rewrite_headers(text: str, replace) -> str:
    """`text` with each snippet fence's header line replaced by ``replace(index, indent, fence)``."""
    lines = text.splitlines(keepends=True)
    snippets = [(i, m) for i, m, _ in _blocks(text.splitlines()) if m["lang"].lower() == "snippet"]
    for index, (i, m) in enumerate(snippets):
        lines[i] = replace(index, m["indent"], m["fence"]) + "\n"
    return "".join(lines)


def fences(page: Path, docs: Path = DOCS) -> list[Fence]:
    """Every fenced code block of one page, in order."""
    return parse(page.read_text("utf-8"), page.relative_to(docs).as_posix())


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
    marked = {fence.snippet for fence in found if fence.options.get("alone") == "1"}
    return {fence.snippet: fence.snippet in marked for fence in found}
