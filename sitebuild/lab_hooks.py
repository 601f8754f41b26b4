"""MkDocs hooks for the concurrency lab: the notebook page rendered by mkdocs-jupyter.

The notebook's source is docs/lab/concurrency-lab.py (jupytext "percent" format);
its worker functions are in docs/lab/lab_workers.py.  These hooks

- run the notebook's kernel with docs/lab on its import path, as Jupyter does by
  starting a kernel in the notebook's folder, so ``import lab_workers`` works;
- key mkdocs-jupyter's result cache also on lab_workers.py and the interpreter
  (its own key is the notebook's bytes only), and honour SNIPPETS_FRESH=1;
- build the downloads from the source at every build: concurrency-lab.ipynb
  (no outputs) and concurrency-lab.zip (the notebook with lab_workers.py);
- render the page with the nbconvert template in sitebuild/jupyter (no CSS, script
  or CDN of nbconvert's; Material code blocks), so that the page is light and
  styled by Material like every page;
- save the charts as SVG files beside the page, loaded lazily (see _save_charts);
- add the download links under the title.

A translation (concurrency-lab.zh.py: the Markdown cells; concurrency-lab.zh.yml:
the texts of the outputs) holds no code: see sitebuild/lab_translation.py.  Its page
is the English notebook with the translated Markdown cells, rendered without
being executed (mkdocs-jupyter's execute_ignore), showing the outputs of the
English page of the same build, translated (see _translated_outputs): the
notebook runs once per build and both languages show the same run.  Its
headings carry the English heading ids, written ``## 标题 { #english-id }`` as
on the site's Markdown pages (see _heading_ids).
"""

from __future__ import annotations

import hashlib
import html
import io
import logging
import os
import posixpath
import re
import sys
import urllib.parse
import zipfile
from importlib import metadata
from pathlib import Path

import jupytext
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.toc import TableOfContents
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitebuild import plugin_state  # noqa: E402
from sitebuild.lab_translation import Translation, language_of, merged_notebook, original_of  # noqa: E402

LAB = "lab"  # folder under docs/: every .py file in it is a notebook, but
WORKERS = "lab_workers.py"  # the module with the notebooks' worker functions
RENDERED_BY = ("mkdocs-jupyter", "nbconvert", "nbclient", "jupytext", "ipykernel", "matplotlib")
#: The line under a notebook's title, by the language suffix of its source
#: (concurrency-lab.py, concurrency-lab.zh.py).
DOWNLOADS = {
    "en": "Run it yourself: download {zip} (the notebook and {workers}, which must sit next to it), "
    "or the files one by one: {ipynb}, {workers_link}.",
    "zh": "自己动手运行：下载 {zip}（notebook 和 {workers}，两者须放在同一个文件夹里），"
    "或者逐个下载：{ipynb}、{workers_link}。",
}

log = logging.getLogger("mkdocs.plugins.lab")
_saved_env: dict[str, str | None] = {}
#: What each notebook page of this build showed, by source (lab/concurrency-lab.py):
#: its page's folder and the outputs of each code cell, for its translations.
_outputs: dict[str, tuple[str, list[str]]] = {}
#: mkdocs-jupyter's cache files used by the earlier language builds of this build.
_cache_used: set[Path] = set()


def _lab_dir(config) -> Path:
    return Path(config.docs_dir) / LAB


def _notebooks(config) -> list[Path]:
    return sorted(path for path in _lab_dir(config).glob("*.py") if path.name != WORKERS)


def _is_lab_notebook(page) -> bool:
    folder, _, name = page.file.src_uri.rpartition("/")
    return folder == LAB and name.endswith(".py") and name != WORKERS


def _merged_source(config, source: Path) -> Path:
    """Where a translation's merged notebook is written for mkdocs-jupyter to render."""
    project = Path(config.config_file_path).parent if config.config_file_path else ROOT
    path = project / ".cache" / LAB / source.name
    path.parent.mkdir(parents=True, exist_ok=True)
    text = jupytext.writes(merged_notebook(source), fmt="py:percent")
    if not path.is_file() or path.read_text("utf-8") != text:
        path.write_text(text, "utf-8")
    return path


def on_config(config):
    plugin = config.plugins.get("mkdocs-jupyter")
    if plugin is None:
        return config
    # The notebook's kernel talks to nbconvert over Unix sockets (ipykernel warns on every
    # build that TCP is unencrypted): sitebuild/jupyter/ holds that setting, which
    # mkdocs-jupyter's NbConvertApp loads from the Jupyter config path.
    # It also holds the page's nbconvert template (nbconvert/templates/mkdocs_html/), found on
    # the Jupyter data path before mkdocs-jupyter's own.
    jupyter = str(ROOT / "sitebuild" / "jupyter")
    for variable in ("JUPYTER_CONFIG_PATH", "JUPYTER_PATH"):
        if jupyter not in os.environ.get(variable, "").split(os.pathsep):
            os.environ[variable] = os.pathsep.join(filter(None, [jupyter, os.environ.get(variable)]))
    workers = _lab_dir(config) / WORKERS
    code = workers.read_bytes() if workers.is_file() else b""
    # the packages that shape the rendered HTML and charts: an upgrade renders afresh
    versions = [f"{name}=={metadata.version(name)}".encode() for name in RENDERED_BY]
    # and the page's nbconvert template and the kernel's settings (sitebuild/jupyter)
    shaping = [path.read_bytes() for path in sorted(Path(jupyter).rglob("*")) if path.is_file()]
    key = hashlib.sha256(
        b"\0".join([code, sys.version.encode(), sys.executable.encode(), *versions, *shaping])
    )
    # beside the site's mkdocs.yml: another site (a test's) must not share it, as its build
    # would delete this site's cached renders
    project = Path(config.config_file_path).parent if config.config_file_path else ROOT
    plugin.config["cache_dir"] = str(project / ".cache" / "mkdocs-jupyter" / key.hexdigest()[:16])
    if os.environ.get("SNIPPETS_FRESH", "") not in ("", "0"):
        plugin.config["cache"] = False  # CI and deploys execute the notebook afresh
    return config


@event_priority(-50)  # after mkdocs-jupyter's, which forgets the cache files used so far
def on_pre_build(config):
    if not plugin_state.language_build(config).language:  # a new build
        _outputs.clear()
        _cache_used.clear()
        return
    used = plugin_state.jupyter_used_cache_paths(config)
    if used is not None:
        used |= _cache_used


@event_priority(50)  # before mkdocs-jupyter's, which deletes the cache files this build did not use
def on_post_build(config):
    """Keep every language's cached render until the last language's build.

    After each build, mkdocs-jupyter deletes the cache files that build did
    not use.  mkdocs-static-i18n runs a build per language, so each would
    delete the other's render, and the notebook would run at every build.
    """
    jupyter = config.plugins.get("mkdocs-jupyter")
    used = plugin_state.jupyter_used_cache_paths(config)
    if used is None or not jupyter.config["cache"]:
        return
    _cache_used.update(used)
    if plugin_state.language_build(
        config
    ).more_to_come:  # the last language's build deletes what no language used
        used.update(Path(jupyter.config["cache_dir"]).glob("*.json"))


_HEADING_ID = re.compile(r"^(#{1,6} .*?)\s*\{\s*#[\w-]+\s*\}\s*$", re.M)


@event_priority(-110)  # after mkdocs-static-i18n (-100), which cannot handle generated files
def on_files(files, config):
    for source in _notebooks(config):
        stem = source.stem
        if language_of(source.name) is not None:  # a translation: its page renders the merged notebook
            page = files.get_file_from_path(f"{LAB}/{source.name}")
            if page is not None:
                page.abs_src_path = str(_merged_source(config, source))
        notebook = merged_notebook(source)
        notebook.metadata.pop("jupytext", None)
        for number, cell in enumerate(notebook.cells):  # not random: the same file for the same source
            cell.id = f"cell-{number}"
            if cell.cell_type == "markdown":  # Jupyter would show a heading's { #id } as text
                cell.source = _HEADING_ID.sub(r"\1", cell.source)
        ipynb = jupytext.writes(notebook, fmt="ipynb")
        files.append(File.generated(config, f"{LAB}/{stem}.ipynb", content=ipynb))
        files.append(File.generated(config, f"{LAB}/{stem}.zip", content=_zip(stem, ipynb, config)))
    for file in list(files):  # a translation's output texts (lab/*.<lang>.yml): read here, not published
        if file.src_uri.startswith(f"{LAB}/") and file.src_uri.endswith(".yml"):
            files.remove(file)
    workers = f"{LAB}/{WORKERS}"
    if files.get_file_from_path(workers) is None and (_lab_dir(config) / WORKERS).is_file():
        # a later language's build: i18n (fallback_to_default: false) keeps no file of the default language
        files.append(File(workers, config.docs_dir, config.site_dir, config.use_directory_urls))
    return files


def _zip(stem: str, ipynb: str, config) -> bytes:
    """The notebook and its worker module, with fixed timestamps: the same bytes for the same sources."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (
            (f"{stem}.ipynb", ipynb.encode()),
            (WORKERS, (_lab_dir(config) / WORKERS).read_bytes()),
        ):
            info = zipfile.ZipInfo(f"{stem}/{name}", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def on_page_markdown(markdown, page, config, **kwargs):
    """Just before mkdocs-jupyter executes the notebook: put docs/lab on the kernel's import path."""
    if _is_lab_notebook(page):
        _saved_env["PYTHONPATH"] = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(_lab_dir(config)), _saved_env["PYTHONPATH"]])
        )
    return markdown


def on_page_content(content, page, config, files):
    if not _is_lab_notebook(page):
        return content
    if "PYTHONPATH" in _saved_env:
        old = _saved_env.pop("PYTHONPATH")
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old
    translation = language_of(page.file.src_uri) is not None  # not executed: no outputs of its own
    content = _heading_ids(_save_charts(_trim(content), page), page)
    if not translation:
        _outputs[page.file.src_uri] = (posixpath.dirname(page.file.dest_uri), _cell_outputs(content))
    else:
        content = _translated_outputs(content, page, config)
    return _add_downloads(content, page, files)


_EXPLICIT_ID = re.compile(r"(.*?)\s*\{\s*#([\w-]+)\s*\}")


def _heading_ids(content: str, page) -> str:
    """Headings written ``## 标题 { #english-id }`` get that id, in the page and in its table of contents.

    Jupyter's Markdown has no attribute lists: nbconvert shows the braces as
    text and derives the id from the heading's text, as mkdocs-jupyter does
    for the table of contents.
    """
    content = re.sub(
        r'<h([1-6]) id="[^"]*">(.*?)\s*\{\s*#([\w-]+)\s*\}(<a class="headerlink" href=")#[^"]*">',
        r'<h\1 id="\3">\2\4#\3">',
        content,
    )

    def fix(items) -> None:
        for item in items:
            if found := _EXPLICIT_ID.fullmatch(item.title):
                item.title, item.id = found.groups()
            fix(item.children)

    if isinstance(getattr(page, "toc", None), TableOfContents):
        fix(page.toc)
    if page.title and (found := _EXPLICIT_ID.fullmatch(page.title)):
        page.title = found.group(1)
    return content


_CODE_CELL = re.compile(r'<div class="jp-Cell jp-CodeCell\b')
_OUTPUT_AREA = '<div class="jp-Cell-outputWrapper">'
_DIV = re.compile(r"<div\b|</div>")


def _div_end(content: str, start: int) -> int:
    """Where the div that opens at start ends (after its </div>)."""
    depth = 0
    for tag in _DIV.finditer(content, start):
        depth += -1 if tag.group() == "</div>" else 1
        if depth == 0:
            return tag.end()
    raise ValueError(f"unclosed <div> at {start}")


def _code_cells(content: str) -> list[tuple[int, int, int]]:
    """(start, inner start, end) of each code cell in nbconvert's HTML.

    A code cell is a div, in which nbconvert's lab template nests a second one
    (with the cell's id); the input and the outputs are in the inner one.
    """
    cells: list[tuple[int, int, int]] = []
    for found in _CODE_CELL.finditer(content):
        start = found.start()
        if cells and start < cells[-1][2]:  # the inner div of the cell before
            cells[-1] = (cells[-1][0], start, _div_end(content, start))
        else:
            cells.append((start, start, _div_end(content, start)))
    return cells


def _output_area(content: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the outputs of the code cell content[start:end] are, if it has any."""
    found = content.find(_OUTPUT_AREA, start, end)
    return None if found < 0 else (found, _div_end(content, found))


def _cell_outputs(content: str) -> list[str]:
    """The outputs of each code cell, as HTML ('' for a cell without any)."""
    areas = [_output_area(content, inner, end) for _, inner, end in _code_cells(content)]
    return [content[area[0] : area[1]] if area else "" for area in areas]


def _translated_outputs(content: str, page, config) -> str:
    """Put the outputs of the original notebook's page, from this build, translated, after the code cells.

    The code cells of the two pages are the same, one for one (the translation
    has none of its own: see merged_notebook), so the outputs are the ones
    this code printed.  Their texts are translated by the translation's .yml
    file; a chart that has texts to translate becomes a translated copy of the
    original's SVG file, beside this page.
    """
    source = f"docs/{page.file.src_uri}"
    original = original_of(page.file.src_uri)
    if original not in _outputs:
        log.warning(
            "lab: %s shows the outputs of docs/%s, which was not rendered before it in this build",
            source,
            original,
        )
        return content
    folder, outputs = _outputs[original]
    cells = _code_cells(content)
    if len(cells) != len(outputs):
        log.warning("lab: %s has %d code cells, docs/%s %d", source, len(cells), original, len(outputs))
        return content
    translate = Translation(Path(config.docs_dir) / page.file.src_uri.replace(".py", ".yml"))
    charts = Path(config.site_dir) / folder

    def chart(match: re.Match) -> str:
        name = translate.chart(charts / match.group(1), Path(page.file.abs_dest_path).parent)
        url = name if name != match.group(1) else get_relative_url(posixpath.join(folder, name), page.url)
        return f'src="{url}"'

    for (start, inner, end), output in reversed(list(zip(cells, outputs, strict=True))):
        if area := _output_area(content, inner, end):
            log.warning(
                "lab: %s was executed: add it to mkdocs-jupyter's execute_ignore in mkdocs.yml, "
                "so that the notebook runs once per build",
                source,
            )
            content = content[: area[0]] + content[area[1] :]
            end -= area[1] - area[0]
        output = translate.html(re.sub(r'src="(chart-[0-9a-f]{12}\.svg)"', chart, output))
        if output:  # after the input, in the inner div; its tags no longer say "no outputs"
            tags, closing = content.index(">", inner), end - len("</div>")
            opening = content[start:tags].replace(" jp-mod-noOutputs", "")
            content = content[:start] + opening + content[tags:closing] + output + content[closing:]
    return content


_CHART = re.compile(r'src="data:image/svg\+xml,([^"]*)"')


def _save_charts(content: str, page) -> str:
    """Charts: from data: URLs in the HTML to SVG files beside the page, loaded lazily.

    The notebook embeds each chart in its output, as a notebook must.  On the
    site, 90 KB of image data in the HTML made the page slow to parse; as
    files, the charts are fetched (gzipped) only when the reader scrolls to
    them.  The files are named by their content.
    """
    folder = Path(page.file.abs_dest_path).parent

    def save(match: re.Match) -> str:
        svg = urllib.parse.unquote(html.unescape(match.group(1)))
        name = f"chart-{hashlib.sha256(svg.encode()).hexdigest()[:12]}.svg"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(svg, "utf-8")
        return f'src="{name}" loading="lazy" decoding="async"'

    return _CHART.sub(save, content)


#: Material colours names (n) as plain code and whitespace (w) not at all: the same
#: look, with a third fewer elements for the browser to style.
_PLAIN_TOKEN = re.compile(r'<span class="[nw]">([^<]*)</span>')


def _trim(content: str) -> str:
    """The template's HTML (sitebuild/jupyter/nbconvert/templates/mkdocs_html/) with plain tokens unwrapped."""
    if "jp-CodeCell" in content and 'class="language-' not in content:
        log.warning(
            "lab: the page was not rendered by sitebuild/jupyter's nbconvert template: check JUPYTER_PATH"
        )
    return _PLAIN_TOKEN.sub(r"\1", content)


def _add_downloads(content: str, page, files) -> str:
    stem = page.file.src_uri.rpartition("/")[2].removesuffix(".py")
    language = stem.rpartition(".")[2] if "." in stem else "en"

    def link(name: str) -> str:
        url = get_relative_url(files.get_file_from_path(f"{LAB}/{name}").url, page.url)
        return f'<a href="{html.escape(url)}" download>{name}</a>'

    line = DOWNLOADS.get(language, DOWNLOADS["en"]).format(
        zip=link(f"{stem}.zip"), ipynb=link(f"{stem}.ipynb"), workers=WORKERS, workers_link=link(WORKERS)
    )
    content, found = re.subn(
        r"</h1>", lambda m: m.group(0) + f'<p class="lab-downloads">{line}</p>', content, count=1
    )
    if not found:
        log.warning("lab: docs/%s has no title (h1) to put the download links under", page.file.src_uri)
    return content
