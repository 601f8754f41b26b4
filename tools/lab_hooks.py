"""MkDocs hooks for the concurrency lab: the notebook page rendered by mkdocs-jupyter.

The notebook's source is docs/lab/concurrency-lab.py (jupytext "percent" format);
its worker functions are in docs/lab/lab_workers.py.  These hooks

- run the notebook's kernel with docs/lab on its import path, as Jupyter does by
  starting a kernel in the notebook's folder, so ``import lab_workers`` works;
- key mkdocs-jupyter's result cache also on lab_workers.py and the interpreter
  (its own key is the notebook's bytes only), and honour SNIPPETS_FRESH=1;
- build the downloads from the source at every build: concurrency-lab.ipynb
  (no outputs) and concurrency-lab.zip (the notebook with lab_workers.py);
- trim what nbconvert adds around the cells (see _trim), so that the page is
  light, makes no request to a CDN and is styled by Material like every page;
- save the charts as SVG files beside the page, loaded lazily (see _save_charts);
- add the download links under the title.
"""

from __future__ import annotations

import hashlib
import html
import io
import logging
import os
import re
import sys
import urllib.parse
import zipfile
from pathlib import Path

import jupytext
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
LAB = "lab"  # folder under docs/: every .py file in it is a notebook, but
WORKERS = "lab_workers.py"  # the module with the notebooks' worker functions
#: The line under a notebook's title, by the language suffix of its source
#: (concurrency-lab.py, concurrency-lab.zh.py).
DOWNLOADS = {
    "en": "Run it yourself: download {zip} (the notebook and {workers}, which must sit next to it), "
    "or the files one by one: {ipynb}, {workers_link}.",
    "zh": "自己动手运行：下载 {zip}（笔记本和 {workers}，两者须放在同一文件夹），或分别下载 {ipynb}、{workers_link}。",
}

log = logging.getLogger("mkdocs.plugins.lab")
_saved_env: dict[str, str | None] = {}


def _lab_dir(config) -> Path:
    return Path(config.docs_dir) / LAB


def _notebooks(config) -> list[Path]:
    return sorted(path for path in _lab_dir(config).glob("*.py") if path.name != WORKERS)


def _is_lab_notebook(page) -> bool:
    folder, _, name = page.file.src_uri.rpartition("/")
    return folder == LAB and name.endswith(".py") and name != WORKERS


def on_config(config):
    plugin = config.plugins.get("mkdocs-jupyter")
    if plugin is None:
        return config
    workers = _lab_dir(config) / WORKERS
    code = workers.read_bytes() if workers.is_file() else b""
    key = hashlib.sha256(b"\0".join([code, sys.version.encode(), sys.executable.encode()]))
    plugin.config["cache_dir"] = str(ROOT / ".cache" / "mkdocs-jupyter" / key.hexdigest()[:16])
    if os.environ.get("SNIPPETS_FRESH", "") not in ("", "0"):
        plugin.config["cache"] = False  # CI and deploys execute the notebook afresh
    return config


@event_priority(-110)  # after mkdocs-static-i18n (-100), which cannot handle generated files
def on_files(files, config):
    for source in _notebooks(config):
        stem = source.stem
        notebook = jupytext.read(source)
        notebook.metadata.pop("jupytext", None)
        for number, cell in enumerate(notebook.cells):  # not random: the same file for the same source
            cell.id = f"cell-{number}"
        ipynb = jupytext.writes(notebook, fmt="ipynb")
        files.append(File.generated(config, f"{LAB}/{stem}.ipynb", content=ipynb))
        files.append(File.generated(config, f"{LAB}/{stem}.zip", content=_zip(stem, ipynb, config)))
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
    return _add_downloads(_save_charts(_trim(content), page), page, files)


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


# nbconvert's "lab" template wraps the cells in what a stand-alone notebook page
# needs: 590 KB of JupyterLab and Pygments CSS (whose custom properties and
# low-contrast colours made the page slow and failed Lighthouse's contrast
# check), MathJax and Mermaid loaders pointing at a CDN, and a copy button of
# its own.  The page is inside a Material page, which styles Markdown and code
# already: drop all that, and turn code cells and text outputs into Material
# code blocks (colours that pass contrast in both schemes, Material's copy
# button).  Every pattern must match, or nbconvert's output has changed and the
# strict build fails with a warning saying so.
_REMOVE = {
    "MathJax loader": r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->",
    "Mermaid loader": r'<script type="module">\s*document\.addEventListener\("DOMContentLoaded".*?</script>',
    "Mermaid CSS": r"<style[^>]*>\s*\.jp-Mermaid:not.*?</style>\s*(<!-- End of mermaid configuration -->)?",
    "Pygments CSS": r"<style[^>]*>\s*pre \{ line-height: 125%; \}.*?</style>",
    "JupyterLab CSS": r'<style[^>]*>\s*@charset "UTF-8";\.jupyter-wrapper\{.*?</style>',
    "JupyterLab theme": r"<style[^>]*>\s*\.jupyter-wrapper\{--jp-shadow-base-lightness.*?</style>",
    "copy-button script": r"<script>\s*\(function \(global, factory\).*?ClipboardCopyElement.*?</script>",
    "copy-button listener": r"<script>\s*document\.addEventListener\('clipboard-copy'.*?</script>",
}
_EVERY = {  # name: (pattern, replacement); each must match at least once
    "copy buttons": (r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>', ""),
    "copy texts": (r'<div class="clipboard-copy-txt"[^>]*>.*?</div>', ""),
    "code cells": (
        r'<div class="highlight-ipynb hl-(\w+)\s*"><pre><span></span>(.*?)</pre></div>',
        r'<div class="language-\1 highlight"><pre><span></span><code>\2</code></pre></div>',
    ),
    "text outputs": (
        r'(<div class="jp-RenderedText [^>]*>)\s*<pre>(.*?)</pre>',
        r'\1<div class="language-text highlight"><pre><span></span><code>\2</code></pre></div>',
    ),
    "heading anchors": (r'<a class="anchor-link" ', '<a class="headerlink" '),
    # Material colours names (n) as plain code and whitespace (w) not at all:
    # the same look, with a third fewer elements for the browser to style.
    "plain tokens": (r'<span class="[nw]">([^<]*)</span>', r"\1"),
}


def _trim(content: str) -> str:
    for name, pattern in _REMOVE.items():
        content, found = re.subn(pattern, "", content, count=1, flags=re.S)
        if not found:
            log.warning("lab: no %s in nbconvert's output: update tools/lab_hooks.py", name)
    for name, (pattern, replacement) in _EVERY.items():
        content, found = re.subn(pattern, replacement, content, flags=re.S)
        if not found:
            log.warning("lab: no %s in nbconvert's output: update tools/lab_hooks.py", name)
    return content


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
