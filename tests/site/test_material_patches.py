"""sitebuild/material_patches.py on Material's own files: each fix finds its code, once, and says when it cannot.

The browser tests check what the fixes do on the built site; these check the
patching itself: on the installed Material's bundle every fix applies without a
warning, a second build leaves the patched file as it is (mkdocs serve rebuilds
in place), and a bundle whose code has changed gets a warning naming the fix,
so that ``mkdocs build --strict`` fails instead of shipping an unpatched site.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import material
import pytest

from sitebuild import material_patches

ASSETS = Path(material.__file__).parent / "templates" / "assets" / "javascripts"
BUNDLE_FIXES = [
    material_patches._palette_switch_on_change,
    material_patches._tables_wrapped_at_build,
    material_patches._color_scheme_kept,
    material_patches._stylesheets_kept,
]


@pytest.fixture
def bundle(tmp_path) -> Path:
    (original,) = ASSETS.glob("bundle.*.min.js")
    return Path(shutil.copy(original, tmp_path / original.name))


@pytest.mark.parametrize("fix", BUNDLE_FIXES, ids=lambda fix: fix.__name__)
def test_each_fix_applies_to_materials_bundle_once(bundle, fix, caplog):
    before = bundle.read_text("utf-8")
    with caplog.at_level(logging.WARNING):
        fix(bundle)
        patched = bundle.read_text("utf-8")
        fix(bundle)  # a rebuild, on the file already patched
    assert patched != before
    assert bundle.read_text("utf-8") == patched
    assert not caplog.records, caplog.text


@pytest.mark.parametrize(
    "fix",
    [fix for fix in BUNDLE_FIXES if fix is not material_patches._palette_switch_on_change],
    ids=lambda fix: fix.__name__,
)
def test_a_changed_bundle_fails_the_strict_build(tmp_path, fix, caplog):
    # (_palette_switch_on_change warns only while the bundle still sets the attribute it removes)
    bundle = tmp_path / "bundle.0.min.js"
    bundle.write_text("(()=>{})();", "utf-8")
    with caplog.at_level(logging.WARNING):
        fix(bundle)
    assert [record.levelname for record in caplog.records] == ["WARNING"]
    assert fix.__name__ in caplog.text and "bundle.0.min.js changed" in caplog.text


def test_tables_come_wrapped_once_from_the_build():
    import markdown

    md = markdown.Markdown(extensions=["tables", material_patches.TablesWrapped()])
    html = md.convert("| a | b |\n|---|---|\n| 1 | 2 |\n\ntext\n")
    assert html.startswith('<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table>')
    assert html.count("md-typeset__scrollwrap") == 1 and html.endswith("</div></div>\n<p>text</p>")
