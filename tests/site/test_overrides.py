"""Each file in overrides/ is a copy of a Material template with a small change.

Its header names what it copied and a fingerprint of that original.  When a
Material upgrade changes the original, this fails: re-copy the new version,
re-apply the change the header describes, and update the fingerprint.
"""

import hashlib
import re
from pathlib import Path

import material
import pytest

ROOT = Path(__file__).resolve().parents[2]
OVERRIDES = sorted((ROOT / "overrides").rglob("*.html"))
TEMPLATES = Path(material.__file__).parent / "templates"
COPIED = re.compile(r"Copied from: (?P<path>\S+)(?: block (?P<block>\w+))? \(sha256 (?P<hash>[0-9a-f]{16})\)")


def fingerprint(path: str, block: str | None, templates: Path = TEMPLATES) -> str:
    text = (templates / path).read_text("utf-8")
    if block:
        found = re.search(rf"\{{% block {block} %\}}.*?\{{% endblock %\}}", text, re.S)
        assert found, f"Material's {path} has no block {block} any more"
        text = found.group(0)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@pytest.mark.parametrize("override", OVERRIDES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_each_override_matches_the_material_template_it_copied(override):
    header = COPIED.search(override.read_text("utf-8"))
    assert header, f"{override.name}: its header must say 'Copied from: <template> (sha256 <16 hex>)'"
    now = fingerprint(header["path"], header["block"])
    what = header["path"] + (f" block {header['block']}" if header["block"] else "")
    assert now == header["hash"], (
        f"Material's {what} changed (sha256 {now}) since {override.relative_to(ROOT)} copied it: "
        "copy it again, re-apply the change its header describes, and update the fingerprint"
    )


def test_a_changed_original_is_noticed(tmp_path):
    (tmp_path / "base.html").write_text("{% block site_meta %}<meta a>{% endblock %} rest", "utf-8")
    before = fingerprint("base.html", "site_meta", tmp_path)
    (tmp_path / "base.html").write_text("{% block site_meta %}<meta b>{% endblock %} rest", "utf-8")
    assert fingerprint("base.html", "site_meta", tmp_path) != before
