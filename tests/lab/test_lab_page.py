"""The lab page: its MkDocs configuration, its downloads, and what tools/lab_hooks.py makes of nbconvert's HTML."""

from __future__ import annotations

import html
import io
import json
import logging
import os
import re
import subprocess
import sys
import urllib.parse
import zipfile
from types import SimpleNamespace

import jupytext
import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.structure.files import Files, get_files
from mkdocs_jupyter import convert

from tools import lab_hooks, runner

ROOT = runner.ROOT
SOURCE = ROOT / "docs" / "lab" / "concurrency-lab.py"


@pytest.fixture(scope="module")
def config():
    return load_config(str(ROOT / "mkdocs.yml"))


def build_files(config) -> Files:
    """The site's files, as MkDocs collects them at the start of a build (hooks included)."""
    return config.plugins.on_files(get_files(config), config=config)


def jupyter_options(config) -> dict:
    return dict(config.plugins["mkdocs-jupyter"].config)


def test_the_notebook_is_executed_at_build_time_and_shown_in_the_nav(config):
    options = jupyter_options(config)
    assert options["execute"] is True
    assert options["allow_errors"] is False
    assert options["include_requirejs"] is False  # no require.js from a CDN
    nav = [next(iter(item)) if isinstance(item, dict) else item for item in config.nav]
    assert nav.index("Lab") == nav.index("Errata") - 1  # after the chapters, before Errata


def test_a_failing_cell_fails_the_strict_build(config, tmp_path):
    (tmp_path / "docs" / "lab").mkdir(parents=True)
    (tmp_path / "docs" / "index.md").write_text("# Home\n", "utf-8")
    (tmp_path / "docs" / "lab" / "concurrency-lab.py").write_text(
        "# %% [markdown]\n# # A lab\n\n# %%\nprint('before')\n\n# %%\n1 / 0\n", "utf-8"
    )
    options = jupyter_options(config) | {"cache": False}
    site = {
        "site_name": "lab",
        "docs_dir": "docs",
        "site_dir": "site",
        "theme": {"name": "material"},
        "plugins": [{"mkdocs-jupyter": options}],
        "nav": ["index.md", {"Lab": "lab/concurrency-lab.py"}],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(site), "utf-8")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        timeout=300,
    )
    log = build.stdout + build.stderr
    assert build.returncode != 0, log
    assert "CellExecutionError" in log and "ZeroDivisionError" in log
    assert not (tmp_path / "site" / "lab" / "concurrency-lab" / "index.html").exists()


def test_the_downloads_are_built_from_the_source(config):
    files = build_files(config)
    ipynb = files.get_file_from_path("lab/concurrency-lab.ipynb").content_string
    notebook = jupytext.reads(ipynb, fmt="ipynb")
    source = jupytext.read(SOURCE)
    assert [cell.source for cell in notebook.cells] == [cell.source for cell in source.cells]
    assert all(not cell.get("outputs") for cell in notebook.cells)  # the reader runs it
    assert notebook.metadata.kernelspec.name == "python3"
    assert "jupytext" not in notebook.metadata

    archive = zipfile.ZipFile(io.BytesIO(files.get_file_from_path("lab/concurrency-lab.zip").content_bytes))
    assert archive.namelist() == ["concurrency-lab/concurrency-lab.ipynb", "concurrency-lab/lab_workers.py"]
    assert archive.read("concurrency-lab/concurrency-lab.ipynb").decode() == ipynb
    assert archive.read("concurrency-lab/lab_workers.py") == (SOURCE.parent / "lab_workers.py").read_bytes()
    again = build_files(config)
    assert again.get_file_from_path("lab/concurrency-lab.zip").content_bytes == archive.fp.getvalue()


@pytest.fixture(scope="module")
def page_html(config, tmp_path_factory):
    """nbconvert's HTML for the notebook, as mkdocs-jupyter makes it, with an output in every code cell."""
    notebook = jupytext.read(SOURCE)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = [{"output_type": "stream", "name": "stdout", "text": "output\n"}]
    path = tmp_path_factory.mktemp("lab") / "lab.ipynb"
    path.write_text(json.dumps(notebook), "utf-8")
    options = jupyter_options(config)
    html = convert.nb2html(
        str(path),
        no_prompt=options["no_prompt"],
        remove_tag_config=options["remove_tag_config"],
        include_requirejs=options["include_requirejs"],
        custom_mathjax_url=options["custom_mathjax_url"],
    )
    # For an .ipynb file (only), mkdocs-jupyter appends the CSS once more; the lab's source is a .py file.
    return re.sub(r"\s*<style>\s*\['.*?</style>\s*$", "", html, flags=re.S)


def test_the_page_keeps_no_script_style_or_cdn_from_nbconvert(page_html, caplog):
    assert "cdnjs" in page_html and "<style" in page_html  # what there is to remove
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.lab"):
        trimmed = lab_hooks._trim(page_html)
    assert not caplog.records, [record.getMessage() for record in caplog.records]
    assert not re.search(r"<script|<style|<link|clipboard|(?i:mathjax|mermaid|cdnjs)", trimmed)
    assert re.findall(r"https?://[^\s\"'<>]+", trimmed) == [
        "https://docs.python.org/3/howto/free-threading-python.html"
    ]
    assert len(trimmed) < len(page_html) / 5


def test_code_cells_and_outputs_become_material_code_blocks(page_html):
    trimmed = lab_hooks._trim(page_html)
    code_cells = [cell for cell in jupytext.read(SOURCE).cells if cell.cell_type == "code"]
    shown = [cell for cell in code_cells if "hide-input" not in cell.metadata.get("tags", [])]
    inputs = re.findall(r'<div class="language-python highlight"><pre><span></span><code>', trimmed)
    outputs = re.findall(r'<div class="language-text highlight"><pre><span></span><code>output', trimmed)
    assert len(inputs) == len(shown) < len(code_cells)  # the tagged cells show their output only
    assert len(outputs) == len(code_cells)
    assert 'class="headerlink"' in trimmed and "anchor-link" not in trimmed


def test_the_download_links_go_under_the_title(config):
    files = build_files(config)
    page = SimpleNamespace(url="lab/concurrency-lab/", file=SimpleNamespace(src_uri="lab/concurrency-lab.py"))
    html = lab_hooks._add_downloads('<h1 id="x">Concurrency lab</h1><p>text</p>', page, files)
    links = re.findall(r'<a href="([^"]+)" download>', html)
    assert links == ["../concurrency-lab.zip", "../concurrency-lab.ipynb", "../lab_workers.py"]
    assert html.index("</h1>") < html.index("lab-downloads") < html.index("<p>text")


def test_charts_become_lazy_svg_files_beside_the_page(tmp_path):
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10pt" height="5pt"><text>50% & more</text></svg>'
    source = "data:image/svg+xml," + urllib.parse.quote(svg, safe=" :/=;,.'()-_")
    content = f'<figure><img src="{html.escape(source)}" alt="a chart" width="13" height="7"></figure>'
    page = SimpleNamespace(file=SimpleNamespace(abs_dest_path=str(tmp_path / "lab" / "x" / "index.html")))
    saved = lab_hooks._save_charts(content, page)
    [name] = re.findall(r'src="(chart-[0-9a-f]{12}\.svg)" loading="lazy" decoding="async"', saved)
    assert (tmp_path / "lab" / "x" / name).read_text("utf-8") == svg
    assert "data:" not in saved and 'alt="a chart"' in saved
