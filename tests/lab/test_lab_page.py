"""The lab page: its MkDocs configuration, its downloads, the notebooks sitebuild/lab_hooks.py makes, and the pages."""

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
from pathlib import Path
from types import SimpleNamespace

import jupytext
import nbformat
import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.structure.files import Files, get_files
from mkdocs_jupyter import convert

from sitebuild import lab_hooks, pythons, runner
from sitebuild.lab_translation import HEADING_ID, Translation, translated

ROOT = runner.ROOT
SOURCE = ROOT / "docs" / "lab" / "concurrency-lab.py"


@pytest.fixture(scope="module")
def config():
    config = load_config(str(ROOT / "mkdocs.yml"))
    lab_hooks.on_config(config)  # nbconvert finds the page's template (sitebuild/jupyter) as in a build
    return config


def build_files(config) -> Files:
    """The site's files, as MkDocs collects them at the start of a build (hooks included)."""
    return config.plugins.on_files(get_files(config), config=config)


def jupyter_options(config) -> dict:
    return dict(config.plugins["mkdocs-jupyter"].config)


def test_the_notebook_is_rendered_by_mkdocs_jupyter_without_executing_it_and_shown_in_the_nav(config):
    options = jupyter_options(config)
    assert options["execute"] is False  # sitebuild/lab_hooks.py executes it, once per build
    assert options["cache"] is True  # rendered again when the notebook, template or renderers change
    assert options["include_requirejs"] is False  # no require.js from a CDN
    for name in (
        "concurrency-lab.py",
        "concurrency-lab.zh.py",
        "concurrency-lab.ipynb",
        "concurrency-lab.zh.ipynb",
    ):
        assert any((ROOT / ".cache" / "lab" / name).match(pattern) for pattern in options["include"]), name
    nav = [next(iter(item)) if isinstance(item, dict) else item for item in config.nav]
    assert nav.index("Lab") == nav.index("Errata") - 1  # after the chapters, before Errata


def test_a_failing_cell_fails_the_strict_build(tmp_path):
    lab = write_site(tmp_path, "# %% [markdown]\n# # A lab\n\n# %%\nprint('before')\n\n# %%\n1 / 0\n")
    (lab / "concurrency-lab.zh.py").unlink()
    build = strict_build(tmp_path)
    log = build.stdout + build.stderr
    assert build.returncode != 0, log
    assert "CellExecutionError" in log and "ZeroDivisionError" in log
    assert not (tmp_path / "site" / "lab" / "concurrency-lab" / "index.html").exists()
    assert not list(lab.glob("kernel*")) and not list(
        (tmp_path / ".cache" / "lab").rglob("ipc-*")
    )  # no sockets left


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
    return nbconvert_html(config, notebook, tmp_path_factory.mktemp("lab") / "lab.ipynb")


def nbconvert_html(config, notebook, path) -> str:
    """The HTML mkdocs-jupyter makes of a notebook (.ipynb, as the pages' are), before the hooks trim it."""
    path.write_text(json.dumps(notebook), "utf-8")
    options = jupyter_options(config)
    return convert.nb2html(
        str(path),
        no_prompt=options["no_prompt"],
        remove_tag_config=options["remove_tag_config"],
        include_requirejs=options["include_requirejs"],
        custom_mathjax_url=options["custom_mathjax_url"],
    )


def test_the_page_has_no_script_style_or_cdn_from_nbconvert(page_html, caplog):
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.lab"):
        trimmed = lab_hooks._trim(page_html)
    assert not caplog.records, [record.getMessage() for record in caplog.records]
    assert not re.search(r"<script|<style|<link|clipboard|(?i:mathjax|mermaid|cdnjs|require)", trimmed)
    assert re.findall(r"https?://[^\s\"'<>]+", trimmed) == [  # the links of the notebook's own text
        "https://docs.python.org/3/howto/free-threading-extensions.html",
        "https://docs.python.org/3/howto/free-threading-python.html",
    ]
    assert len(trimmed) < 100_000


def test_code_cells_and_outputs_become_material_code_blocks(page_html):
    trimmed = lab_hooks._trim(page_html)
    code_cells = [cell for cell in jupytext.read(SOURCE).cells if cell.cell_type == "code"]
    shown = [cell for cell in code_cells if "hide-input" not in cell.metadata.get("tags", [])]
    inputs = re.findall(r'<div class="language-python highlight"><pre><span></span><code>', trimmed)
    outputs = re.findall(r'<div class="language-text highlight"><pre><span></span><code>output', trimmed)
    assert len(inputs) == len(shown) < len(code_cells)  # the tagged cells show their output only
    assert len(outputs) == len(code_cells)
    assert 'class="n"' not in trimmed and 'class="w"' not in trimmed  # plain tokens, plain text
    assert len(re.findall(r'<div class="jp-Cell jp-CodeCell\b', trimmed)) == len(code_cells)


def test_a_page_not_rendered_by_the_template_is_reported(caplog):
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.lab"):
        lab_hooks._trim(
            '<div class="jp-Cell jp-CodeCell"><div class="highlight-ipynb hl-python"></div></div>'
        )
    assert "nbconvert template" in caplog.text


def page_file(src_uri: str, url: str) -> SimpleNamespace:
    return SimpleNamespace(src_uri=src_uri, url=url, dest_uri=f"{url}index.html")


def test_the_download_links_go_under_the_title(config):
    files = build_files(config)
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Concurrency lab\n\ntext")])
    shown = lab_hooks._for_page(
        notebook, page_file("lab/concurrency-lab.py", "lab/concurrency-lab/"), files, config
    )
    title = shown.cells[0].source
    links = re.findall(r'<a href="([^"]+)" download>', title)
    assert links == ["../concurrency-lab.zip", "../concurrency-lab.ipynb", "../lab_workers.py"]
    heading = '<h1 id="concurrency-lab">Concurrency lab<a class="headerlink" href="#concurrency-lab" title="Permanent link">'
    assert title.startswith(heading) and '</h1>\n\n\n<p class="lab-downloads">Run it yourself' in title
    assert title.index("lab-downloads") < title.index("\ntext")
    zh = page_file("lab/concurrency-lab.zh.py", "zh/lab/concurrency-lab/")
    chinese = lab_hooks._for_page(notebook, zh, files, config).cells[0].source
    assert re.findall(r'<a href="([^"]+)" download>', chinese) == [
        "../../../lab/concurrency-lab.zh.zip",
        "../../../lab/concurrency-lab.zh.ipynb",
        "../../../lab/lab_workers.py",
    ]
    assert "自己动手运行" in chinese and notebook.cells[0].source == "# Concurrency lab\n\ntext"  # a copy


def test_charts_become_lazy_svg_files_beside_the_page(config):
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10pt" height="5pt"><text>50% & more</text></svg>'
    source = "data:image/svg+xml," + urllib.parse.quote(svg, safe=" :/=;,.'()-_")
    figure = f'<figure><img src="{html.escape(source)}" alt="a chart" width="13" height="7"></figure>'
    cell = nbformat.v4.new_code_cell(
        "show()", outputs=[nbformat.v4.new_output("display_data", {"text/html": figure})]
    )
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Lab"), cell])
    files = build_files(config)
    shown = lab_hooks._for_page(
        notebook, page_file("lab/concurrency-lab.py", "lab/concurrency-lab/"), files, config
    )
    saved = shown.cells[1].outputs[0].data["text/html"]
    [name] = re.findall(r'src="(chart-[0-9a-f]{12}\.svg)" loading="lazy" decoding="async"', saved)
    assert files.get_file_from_path(f"lab/concurrency-lab/{name}").content_string == svg
    assert "data:" not in saved and 'alt="a chart"' in saved


# The Chinese twin, docs/lab/concurrency-lab.zh.py: the English notebook's run, with its texts translated.

TWIN = SOURCE.with_name("concurrency-lab.zh.py")


def test_the_chinese_downloads_are_the_english_code_with_the_chinese_markdown_without_heading_ids(config):
    files = build_files(config)
    ipynb = files.get_file_from_path("lab/concurrency-lab.zh.ipynb").content_string
    cells = jupytext.reads(ipynb, fmt="ipynb").cells
    english, chinese = jupytext.read(SOURCE).cells, jupytext.read(TWIN).cells
    assert [cell.cell_type for cell in cells] == [cell.cell_type for cell in english]
    translated = iter(chinese)
    for cell, original in zip(cells, english, strict=True):
        if cell.cell_type == "code":  # the English notebook's code: it exists once
            assert cell.source == original.source and not cell.get("outputs")
        else:  # Jupyter would show "## 标题 { #id }" as it is
            assert cell.source == HEADING_ID.sub(r"\1", next(translated).source)
            assert "{ #" not in cell.source
    assert "{ #" in "".join(cell.source for cell in chinese)
    archive = zipfile.ZipFile(
        io.BytesIO(files.get_file_from_path("lab/concurrency-lab.zh.zip").content_bytes)
    )
    assert archive.read("concurrency-lab.zh/concurrency-lab.zh.ipynb").decode() == ipynb
    assert "concurrency-lab.zh/lab_workers.py" in archive.namelist()


def test_the_chinese_twin_holds_the_markdown_only_one_cell_for_each():
    english, chinese = jupytext.read(SOURCE).cells, jupytext.read(TWIN).cells
    assert {cell.cell_type for cell in chinese} == {"markdown"}
    assert len(chinese) == sum(cell.cell_type == "markdown" for cell in english)
    merged = translated(jupytext.read(SOURCE), TWIN)
    assert [cell.source for cell in merged.cells if cell.cell_type == "markdown"] == [
        c.source for c in chinese
    ]
    assert [c.source for c in merged.cells if c.cell_type == "code"] == [
        c.source for c in english if c.cell_type == "code"
    ]


def test_a_twin_with_a_cell_too_many_or_a_code_cell_is_reported(tmp_path, caplog):
    (tmp_path / "lab.py").write_text("# %% [markdown]\n# # Lab\n\n# %%\nprint(1)\n", "utf-8")
    (tmp_path / "lab.zh.py").write_text("# %% [markdown]\n# # 实验\n\n# %%\nprint(2)\n", "utf-8")
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.lab"):
        merged = translated(jupytext.read(tmp_path / "lab.py"), tmp_path / "lab.zh.py")
    assert "must hold Markdown cells only" in caplog.text
    assert [cell.source for cell in merged.cells] == ["# 实验", "print(1)"]


def test_output_texts_are_translated_whole_units_only(tmp_path):
    (tmp_path / "lab.py").write_text("# %% [markdown]\n# # Lab\n\n# %%\nshow()\n", "utf-8")
    (tmp_path / "lab.zh.py").write_text("# %% [markdown]\n# # 实验\n", "utf-8")
    (tmp_path / "lab.zh.yml").write_text(
        "'task (\\d+) ran': '任务 \\1 运行了'\n'serial': '串行'\n'A chart': '一张图'\n", "utf-8"
    )
    svg = '<svg><text x="1">serial</text><text>0.5 &amp; serial</text></svg>'
    figure = (
        f'<figure><img src="data:image/svg+xml,{html.escape(urllib.parse.quote(svg))}" alt="A chart">'
        "<figcaption>A chart</figcaption></figure>"
    )
    english = jupytext.read(tmp_path / "lab.py")
    english.cells[1].outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="task 3 ran\nserial x\n<b>\n"),
        nbformat.v4.new_output("display_data", {"text/html": figure, "text/plain": "<HTML>"}),
    ]
    chinese = translated(english, tmp_path / "lab.zh.py")
    text, chart = chinese.cells[1].outputs
    assert text.text == "任务 3 运行了\nserial x\n<b>\n"  # "serial x" is not a whole unit
    shown = chart.data["text/html"]
    assert 'alt="一张图"' in shown and "<figcaption>一张图</figcaption>" in shown
    [url] = re.findall(r'src="data:image/svg\+xml,([^"]*)"', shown)
    assert (
        urllib.parse.unquote(html.unescape(url))
        == '<svg><text x="1">串行</text><text>0.5 &amp; serial</text></svg>'
    )
    assert (
        chinese.cells[0].source == "# 实验" and english.cells[0].source == "# Lab"
    )  # the original is untouched
    assert english.cells[1].outputs[0].text.startswith("task 3 ran")


def test_a_twin_whose_heading_ids_are_not_the_english_ones_is_reported_by_cell(tmp_path, caplog):
    (tmp_path / "lab.py").write_text("# %% [markdown]\n# # Lab\n\n# %% [markdown]\n# ## Two runs\n", "utf-8")
    (tmp_path / "lab.zh.py").write_text(
        "# %% [markdown]\n# # 实验 { #lab }\n\n# %% [markdown]\n# ## 两次 { #runs }\n", "utf-8"
    )
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.lab"):
        translated(jupytext.read(tmp_path / "lab.py"), tmp_path / "lab.zh.py")
    [record] = caplog.records
    assert record.getMessage() == (
        "lab: docs/lab/lab.zh.py, Markdown cell 2: headings (level, id) [(2, 'runs')], "
        "where the English cell has [(2, 'two-runs')]"
    )


def test_headings_get_their_explicit_ids_in_the_page_and_its_table_of_contents(config, tmp_path, monkeypatch):
    monkeypatch.setitem(config.mdx_configs["toc"], "permalink_title", "永久链接")  # as i18n_hooks sets it
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# 并发实验 { #lab }\n\n正文。"),
            nbformat.v4.new_markdown_cell("text\n\n## 1. CPU 与 `Python` { #1-cpu-and-python }\nmore"),
        ]
    )
    files = build_files(config)
    shown = lab_hooks._for_page(
        notebook, page_file("lab/concurrency-lab.zh.py", "zh/lab/concurrency-lab/"), files, config
    )
    html = nbconvert_html(config, shown, tmp_path / "headings.ipynb")
    assert '<h1 id="lab">并发实验<a class="headerlink" href="#lab" title="永久链接">¶</a></h1>' in html
    assert "<p>more</p>" in html  # the Markdown right after a heading stays Markdown
    assert (
        '<h2 id="1-cpu-and-python">1. CPU 与 <code>Python</code><a class="headerlink" href="#1-cpu-and-python" title="永久链接">¶</a></h2>'
        in html
    )
    assert "{ #" not in html
    page = SimpleNamespace(file=SimpleNamespace(src_uri="lab/concurrency-lab.zh.py"), toc=None, title="Lab")
    lab_hooks.on_page_content("", page, config, files)
    assert [(item.title, item.id) for item in page.toc] == [("并发实验", "lab")]
    assert [(item.title, item.id) for item in next(iter(page.toc)).children] == [
        ("1. CPU 与 Python", "1-cpu-and-python")
    ]
    assert page.title == "并发实验"


def test_the_chinese_page_shows_the_english_run_translated_after_each_code_cell(config, tmp_path):
    english = jupytext.read(SOURCE)
    code = [cell for cell in english.cells if cell.cell_type == "code"]
    for number, cell in enumerate(code):  # an output that says which cell printed it
        cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=f"output of cell {number}\n")]
    code[-1].outputs.append(
        nbformat.v4.new_output(
            "display_data", {"text/html": '<figure><img src="c.svg" alt="A chart"></figure>'}
        )
    )
    twin = tmp_path / TWIN.name
    twin.write_text(TWIN.read_text("utf-8"), "utf-8")
    twin.with_suffix(".yml").write_text(
        "'output of cell (\\d+)': '第 \\1 个单元格的输出'\n'A chart': '一张图'\n", "utf-8"
    )
    shown = lab_hooks._trim(nbconvert_html(config, translated(english, twin), tmp_path / "zh.ipynb"))

    assert re.findall(r"第 (\d+) 个单元格的输出", shown) == [str(n) for n in range(len(code))]
    assert "output of cell" not in shown and "A chart" not in shown and 'alt="一张图"' in shown
    cells = re.split(r'(?=<div class="jp-Cell jp-CodeCell\b)', shown)[1:]
    assert len(cells) == len(code)
    for number, (cell, source) in enumerate(zip(cells, code, strict=True)):
        assert f"第 {number} 个单元格的输出\n" in cell and "jp-mod-noOutputs" not in cell
        if "hide-input" not in source.metadata.get("tags", []):  # after the cell's own code
            assert cell.index('class="language-python') < cell.index("单元格的输出")
    assert "None for serial" in shown  # the English notebook's code, the only copy
    assert "这台机器" in shown  # the Chinese Markdown


def strict_build(site: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a small site (write_site)."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=site,
        capture_output=True,
        text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1", SNIPPETS_FRESH="", LAB_RUNS=str(site / "runs.txt")),
        timeout=300,
    )


def test_a_page_rendered_from_mkdocs_jupyters_cache_is_rendered_again_when_the_template_changes(
    tmp_path, monkeypatch
):
    """mkdocs-jupyter keys its cache on the notebook and its options only: the folder names the rest."""
    template = tmp_path / "jupyter"
    template.mkdir()
    (template / "notebook.html.j2").write_text("one", "utf-8")
    monkeypatch.setattr(lab_hooks, "JUPYTER", template)
    lab_hooks._renderer.cache_clear()
    try:
        first = lab_hooks._renderer()
        (template / "notebook.html.j2").write_text("two", "utf-8")
        lab_hooks._renderer.cache_clear()
        assert lab_hooks._renderer() != first
        monkeypatch.setattr(lab_hooks, "version", lambda name: "9.9" if name == "nbconvert" else "1")
        lab_hooks._renderer.cache_clear()
        changed = lab_hooks._renderer()
        monkeypatch.setattr(lab_hooks, "version", lambda name: "1")
        lab_hooks._renderer.cache_clear()
        assert lab_hooks._renderer() != changed
    finally:
        lab_hooks._renderer.cache_clear()


def build_bilingual_lab(site: Path) -> str:
    """A strict build that must succeed; returns the log."""
    build = strict_build(site)
    log = build.stdout + build.stderr
    assert build.returncode == 0, log
    return log


def write_site(site: Path, notebook: str) -> Path:
    """A small site with the real configuration and hooks, a notebook and its twin; returns its docs/lab."""
    lab = site / "docs" / "lab"
    lab.mkdir(parents=True)
    (site / "docs" / "index.md").write_text("# Home\n", "utf-8")
    (site / "docs" / "index.zh.md").write_text("# 首页\n", "utf-8")
    (lab / "lab_workers.py").write_text("", "utf-8")
    (lab / "concurrency-lab.py").write_text(notebook, "utf-8")
    (lab / "concurrency-lab.zh.py").write_text(LAB_TWIN, "utf-8")
    (lab / "concurrency-lab.zh.yml").write_text(LAB_TWIN_OUTPUTS, "utf-8")
    (site / "mkdocs.yml").write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        + yaml.safe_dump(
            {
                "docs_dir": "docs",
                "site_dir": "site",
                "theme": {"custom_dir": str(ROOT / "overrides")},
                "hooks": [str(ROOT / "sitebuild" / name) for name in ("i18n_hooks.py", "lab_hooks.py")],
                "watch": [],
                "extra_css": [],
                "extra_javascript": [],
                "nav": ["index.md", {"Lab": "lab/concurrency-lab.py"}],
            }
        ),
        "utf-8",
    )
    return lab


LAB_NOTEBOOK = """\
# %% [markdown]
# # {title}
#
# {text}

# %%
import os
import uuid
from urllib.parse import quote

from IPython.display import HTML, display

with open(os.environ["LAB_RUNS"], "a") as runs:  # count the runs
    runs.write("run\\n")
print(f"this run: {{uuid.uuid4()}}")

# %% tags=["hide-input"]
svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="9pt" height="6pt"><text>{{uuid.uuid4()}}</text></svg>'
display(HTML(f'<figure><img src="data:image/svg+xml,{{quote(svg)}}" alt="A chart" width="12" height="8"></figure>'))

# %% [markdown]
# ## {heading}
"""

LAB_TWIN = """\
# %% [markdown]
# # 实验 { #a-lab }
#
# 正文。

# %% [markdown]
# ## 结果 { #results }
"""
LAB_TWIN_OUTPUTS = """\
'this run: (.*)': '本次运行：\\1'
'A chart': '一张图'
"""


def output_texts(page: Path) -> list[str]:
    return re.findall(
        r'<div class="language-text highlight"><pre><span></span><code>(.*?)</code>',
        page.read_text(),
        flags=re.S,
    )


def test_a_bilingual_build_executes_the_notebook_once_and_shows_its_outputs_in_both_languages(tmp_path):
    """The real mkdocs.yml and hooks on a small notebook that counts its runs, built twice (the second from cache)."""
    write_site(tmp_path, LAB_NOTEBOOK.format(title="A lab", text="Text.", heading="Results"))
    site = tmp_path / "site"
    en_page, zh_page = (
        site / "lab" / "concurrency-lab" / "index.html",
        site / "zh" / "lab" / "concurrency-lab" / "index.html",
    )

    log = build_bilingual_lab(tmp_path)
    assert (tmp_path / "runs.txt").read_text() == "run\n"  # executed once
    executed = re.findall(r"lab: executing docs/lab/concurrency-lab.py with (CPython \S+)", log)
    assert executed == [f"CPython {runner.interpreter_label(lab_hooks.kernel_python()).split()[1]}"]
    pages = tmp_path / ".cache" / "lab"  # the notebooks the pages show, executed: rendered, not executed
    assert re.findall(r"Converting notebook \(execute=(\w+)\): (\S+)", log) == [
        ("False", str(pages / "concurrency-lab.ipynb")),
        ("False", str(pages / "concurrency-lab.zh.ipynb")),
    ]
    shown = output_texts(en_page)
    assert len(shown) == 1 and shown[0].startswith("this run: ")
    assert output_texts(zh_page) == [shown[0].replace("this run: ", "本次运行：")]
    zh = zh_page.read_text()
    assert (
        "# count the runs" in zh
        and '<h2 id="results">结果<a class="headerlink" href="#results" title="永久链接">' in zh
    )
    [(alt, src)] = re.findall(r'<img alt="([^"]*)"[^>]* src="([^"]+)"', zh)
    [(en_alt, en_src)] = re.findall(r'<img alt="([^"]*)"[^>]* src="([^"]+)"', en_page.read_text())
    assert (alt, en_alt) == ("一张图", "A chart")
    assert (zh_page.parent / src).read_text() == (en_page.parent / en_src).read_text()  # nothing to translate
    assert "data:image/svg+xml,%3Csvg" not in zh and 'loading="lazy"' in zh
    assert not list(site.rglob("*.yml"))  # the translation's output texts are not published
    downloads = re.findall(r'<a download="" href="([^"]+)">', zh)
    assert [link.rpartition("/")[2] for link in downloads] == [
        "concurrency-lab.zh.zip",
        "concurrency-lab.zh.ipynb",
        "lab_workers.py",
    ]
    assert all((zh_page.parent / link).resolve().is_file() for link in downloads)

    again = build_bilingual_lab(
        tmp_path
    )  # the same run, from .cache/lab; the same pages, from mkdocs-jupyter's cache
    assert "lab: executing" not in again and "Converting notebook" not in again
    assert again.count("Cache hit: ") == 2
    assert (tmp_path / "runs.txt").read_text() == "run\n"
    assert output_texts(en_page) == shown
    assert output_texts(zh_page) == [shown[0].replace("this run: ", "本次运行：")]


def test_the_built_site_shows_the_same_run_on_both_lab_pages_the_chinese_one_in_chinese():
    """The site built for the browser tests (TEST_SITE_DIR): both pages show the outputs of one execution."""
    if not os.environ.get("TEST_SITE_DIR"):
        pytest.skip("set TEST_SITE_DIR to a built site to check its lab pages")
    site = Path(os.environ["TEST_SITE_DIR"])
    en_page, zh_page = (
        site / "lab" / "concurrency-lab" / "index.html",
        site / "zh" / "lab" / "concurrency-lab" / "index.html",
    )
    translate = Translation(TWIN.with_suffix(".yml"))
    shown = [html.unescape(text) for text in output_texts(en_page)]
    assert len(shown) == 7 and "This notebook ran in" in shown[-1]
    listing = 1  # the source of lab_workers.py, printed: code
    for number, (english, chinese) in enumerate(
        zip(shown, map(html.unescape, output_texts(zh_page)), strict=True)
    ):
        for line, shown_line in zip(english.split("\n"), chinese.split("\n"), strict=True):
            if number != listing and re.search(r"[a-z]{2}", line):  # every English line is translated
                assert translate.text(line) == shown_line, line
            else:
                assert shown_line == line
    charts = [re.findall(r'<img [^>]*src="([^"]+\.svg)"', page.read_text()) for page in (en_page, zh_page)]
    assert len(charts[0]) == len(charts[1]) == 3
    for en_chart, zh_chart in zip(charts[0], charts[1], strict=True):
        english = re.findall(r"<text\b[^>]*>([^<]*)</text>", (en_page.parent / en_chart).read_text("utf-8"))
        chinese = re.findall(r"<text\b[^>]*>([^<]*)</text>", (zh_page.parent / zh_chart).read_text("utf-8"))
        assert chinese == [translate.text(text) or text for text in english]  # the same chart, in Chinese
        assert not [
            text
            for text in chinese
            if re.search(r"[a-z]{2}", text) and not re.search(r"[\u4e00-\u9fff]", text)
        ]


def test_the_kernel_runs_the_default_python_or_says_it_runs_the_builds_own(monkeypatch, caplog):
    assert pythons.DEFAULT == "3.14"
    if pythons.find("3.14"):
        python = lab_hooks.kernel_python()
        assert runner.interpreter_label(python).startswith("CPython 3.14.")
        assert Path(python).parent.parent == lab_hooks.KERNEL_HOME
        needs = subprocess.run([python, "-c", "import ipykernel, matplotlib"], capture_output=True, text=True)
        assert needs.returncode == 0, needs.stderr
    monkeypatch.setattr(lab_hooks.pythons, "find", lambda version: None)
    monkeypatch.setenv("SNIPPETS_REQUIRE_PYTHONS", "")
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.lab"):
        assert lab_hooks.kernel_python() == sys.executable
    [record] = caplog.records
    assert record.levelno == logging.INFO and "no CPython 3.14" in record.getMessage()
    monkeypatch.setenv("SNIPPETS_REQUIRE_PYTHONS", "1")  # CI: a warning, which fails the strict build
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.lab"):
        lab_hooks.kernel_python()
    assert [record.levelno for record in caplog.records] == [logging.WARNING]
