"""The questions page's links to the pages that show an answer ("Shown in:" / "演示：") quote the
heading they point to, word for word, in both editions: the reader who follows one, or searches
for its words, finds the same words as the section's title.
"""

from __future__ import annotations

import re

import pytest

from sitebuild import i18n_hooks

DOCS = i18n_hooks.ROOT / "docs"
SHOWN_IN = {"": "Shown in:", ".zh": "演示："}
_HEADING = re.compile(r"^#+ (.*?)\s*\{[^}]*#([\w-]+)[^}]*\}\s*$", re.M)
_LINK = re.compile(r"\[((?:[^\[\]]|`[^`]*`)+)\]\(([\w/.-]+)\.md#([\w-]+)\)")


def headings(page: str, suffix: str) -> dict[str, str]:
    return {
        anchor: text for text, anchor in _HEADING.findall((DOCS / f"{page}{suffix}.md").read_text("utf-8"))
    }


def shown_in(text: str, label: str) -> list[str]:
    """Each entry's "Shown in:" part, which may run over several lines, up to its "Asked:"."""
    return re.findall(rf"^{label}(.*?)(?=^(?:Asked:|提问：)|\n\n)", text, re.M | re.S)


@pytest.mark.parametrize("suffix", SHOWN_IN, ids=["en", "zh"])
def test_shown_in_links_quote_their_headings(suffix):
    text = (DOCS / f"questions{suffix}.md").read_text("utf-8")
    links = [link for segment in shown_in(text, SHOWN_IN[suffix]) for link in _LINK.findall(segment)]
    assert len(links) > 50
    reworded = [
        f"[{label}]({page}.md#{anchor}) -> {headings(page, suffix).get(anchor)!r}"
        for label, page, anchor in links
        if headings(page, suffix).get(anchor) != label
    ]
    assert not reworded, f"{len(reworded)} of {len(links)} links reword their heading:\n" + "\n".join(
        reworded
    )
