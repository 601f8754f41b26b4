"""The Chinese pages use the glossary's terms, never a rendering the glossary rules out.

The glossary's bold terms are the words the Chinese search index keeps whole (sitebuild/i18n_hooks.py):
a page that says 屏障 where the glossary says 栅栏 is not found by a search for 栅栏, and reads as
another thing. The glossary names each rendering it rules out, 不写“…” in its notes column; no
Chinese page (code spans and fenced code aside) may use one. A few more wrong renderings that
editors found are listed here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitebuild import i18n_hooks

DOCS = i18n_hooks.ROOT / "docs"
GLOSSARY = DOCS / i18n_hooks.GLOSSARY
_RULED_OUT = re.compile(r"不写((?:“[^”]+”)+)")
#: Not prose: code, link targets, tags, attribute lists ({ #manager }), and the lines that quote
#: the title of a question as it was asked (提问：).
_CODE = re.compile(r"```.*?```|`[^`\n]*`|\]\([^)]*\)|<[^>]+>|\{[^}\n]*\}|^提问：.*$", re.S | re.M)

#: Wrong renderings found by reading the pages, with the glossary's word.
KNOWN = {
    r"(?<![\w.（])manager(?![\w(])": "管理器 (the glossary's word for a bare 'manager')",
    r"编程指南": "编程指导 (docs.python.org's 'Programming guidelines', as the other pages say)",
    r"OOM）杀手|OOM killer（内存不足时": "内存不足杀手（OOM killer）",
    r"远远最慢": "最慢的，慢得多",
    r"大声报错": "明确报错",
    r"join 僵尸进程": "回收僵尸进程 (the glossary: a zombie is a child not yet reaped, 回收（join）)",
    r"真实读者": "真实的提问 (the questions were asked elsewhere, not by this site's readers)",
}


def ruled_out() -> list[str]:
    return [
        word
        for group in _RULED_OUT.findall(GLOSSARY.read_text("utf-8"))
        for word in re.findall(r"“([^”]+)”", group)
    ]


def chinese_pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.zh.md") if p != GLOSSARY)


def prose(page: Path) -> str:
    return _CODE.sub(" ", page.read_text("utf-8"))


def test_the_glossary_rules_renderings_out():
    assert {"屏障", "线程本地数据", "先检查后执行", "例子", "代码片段"} <= set(ruled_out())


@pytest.mark.parametrize("page", chinese_pages(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_a_chinese_page_uses_no_ruled_out_rendering(page):
    text = prose(page)
    found = [word for word in ruled_out() if word in text]
    found += [f"{pattern!r} (use {use})" for pattern, use in KNOWN.items() if re.search(pattern, text)]
    assert not found, f"{page.relative_to(DOCS)}: {found}"


def test_the_check_flags_a_known_wrong_rendering(tmp_path):
    page = tmp_path / "x.zh.md"
    page.write_text("两位顾客停在屏障前，`Barrier` 不算。见 [先检查后执行](x.md#y)：链接地址不算。", "utf-8")
    text = prose(page)
    assert "屏障" in text and "Barrier" not in text
    assert {word for word in ruled_out() if word in text} == {"屏障", "先检查后执行"}
    page.write_text("在 manager 里创建它。", "utf-8")
    assert any(re.search(pattern, prose(page)) for pattern in KNOWN)
