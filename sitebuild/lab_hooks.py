"""MkDocs hooks for the concurrency lab: notebooks executed once per build, rendered by mkdocs-jupyter.

docs/lab/concurrency-lab.py is the notebook (jupytext "percent" format), lab_workers.py its worker
functions, concurrency-lab.zh.py and .zh.yml its translation (sitebuild/lab_translation.py).  The
English notebook is executed (_executed; SNIPPETS_FRESH=1 ignores .cache/lab) by a CPython 3.14
kernel (kernel_python).  Each page shows a notebook made from that run (_for_page), which
mkdocs-jupyter renders without executing it, with sitebuild/jupyter's nbconvert template (none of
nbconvert's CSS, scripts or CDNs: Material code blocks).  The downloads are made from the sources.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import html
import io
import json
import logging
import os
import platform
import posixpath
import re
import subprocess
import sys
import urllib.parse
import zipfile
from importlib.metadata import version
from pathlib import Path

import jupytext
import nbclient
import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

from sitebuild import fences, plugin_state, pythons, runner
from sitebuild.lab_translation import HEADING_ID, original_of, translated, with_heading_ids
from sitebuild.plugin_state import STATE

ROOT = Path(__file__).resolve().parent.parent

LAB = "lab"  # folder under docs/: every .py file in it is a notebook, but
WORKERS = "lab_workers.py"  # the module with the notebooks' worker functions
JUPYTER = ROOT / "sitebuild" / "jupyter"  # the pages' nbconvert template
KERNEL_NEEDS = ("ipykernel", "matplotlib")  # the notebook's imports, pinned in requirements.txt
KERNEL_HOME = ROOT / ".cache" / "lab-kernel"
RENDERERS = ("mkdocs-jupyter", "nbconvert", "mistune", "pygments", "jinja2", "markdown")
#: The line under a notebook's title, by the language of its source.
DOWNLOADS = {
    "en": "Run it yourself: download {zip} (the notebook and {workers}, which must sit next to it), "
    "or the files one by one: {ipynb}, {workers_link}.",
    "zh": "自己动手运行：下载 {zip}（notebook 和 {workers}，两者须放在同一个文件夹里），"
    "或者逐个下载：{ipynb}、{workers_link}。",
}

log = logging.getLogger("mkdocs.plugins.lab")


def on_config(config):
    if str(JUPYTER) not in os.environ.get("JUPYTER_PATH", "").split(os.pathsep):  # before mkdocs-jupyter's
        os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(JUPYTER), os.getenv("JUPYTER_PATH")]))


@event_priority(-50)  # after mkdocs-static-i18n's, which says which language's build this is
def on_pre_build(config):
    language = plugin_state.language_build(config)
    if language is None:  # a new build
        STATE.lab_runs.clear()
    # mkdocs-jupyter keys a render on the notebook and its options only: the folder adds our
    # template and the renderers' versions; one per language, as its on_post_build evicts
    # what the build (of one language) did not use.
    folder = _cache(config) / "mkdocs-jupyter" / _renderer() / (language or "default")
    config.plugins["mkdocs-jupyter"].config["cache_dir"] = str(folder)


@functools.cache
def _renderer() -> str:
    """What a page's HTML depends on besides the notebook: the template, the renderers' versions."""
    parts = [path.read_bytes() for path in sorted(JUPYTER.rglob("*")) if path.is_file()]
    parts += [version(name).encode() for name in RENDERERS]
    return hashlib.sha256(b"\0".join(parts)).hexdigest()[:16]


def _cache(config) -> Path:
    """The site's .cache, beside its mkdocs.yml: another site (a test's) must not share it."""
    return Path(config.config_file_path).parent / ".cache"


def _notebook(source: Path) -> nbformat.NotebookNode:
    notebook = jupytext.read(source)
    notebook.metadata.pop("jupytext", None)
    for number, cell in enumerate(notebook.cells):  # not random: the same file for the same source
        cell.id = f"cell-{number}"
    return notebook


@event_priority(-110)  # after mkdocs-static-i18n (-100), which cannot handle generated files
def on_files(files, config):
    """The downloads, made from the sources; the translations' .yml files are not published."""
    lab = Path(config.docs_dir) / LAB
    for source in sorted(path for path in lab.glob("*.py") if path.name != WORKERS):
        ipynb, archive = _downloads(source)
        files.append(File.generated(config, f"{LAB}/{source.stem}.ipynb", content=ipynb))
        files.append(File.generated(config, f"{LAB}/{source.stem}.zip", content=archive))
    for file in [file for file in files if re.fullmatch(rf"{LAB}/[^/]*\.yml", file.src_uri)]:
        files.remove(file)
    if files.get_file_from_path(f"{LAB}/{WORKERS}") is None and (lab / WORKERS).is_file():
        # a later language's build: i18n (fallback_to_default: false) keeps no file of the default language
        files.append(File(f"{LAB}/{WORKERS}", config.docs_dir, config.site_dir, config.use_directory_urls))
    return files


def _downloads(source: Path) -> tuple[str, bytes]:
    """The notebook's .ipynb (translated for a translation's page) and .zip, made again when a source changes."""
    original, lab = source.with_name(original_of(source.name)), source.parent
    sources = [original, source, source.with_suffix(".yml"), lab / WORKERS]
    key = hashlib.sha256(b"\0".join(p.read_bytes() if p.is_file() else b"" for p in sources)).hexdigest()
    if key not in STATE.lab_downloads:
        notebook = _notebook(original)
        if fences.language(source.name):
            notebook = translated(notebook, source)
        for cell in notebook.cells:  # Jupyter would show a heading's { #id } as text
            cell.source = HEADING_ID.sub(r"\1", cell.source) if cell.cell_type == "markdown" else cell.source
        ipynb = jupytext.writes(notebook, fmt="ipynb")
        STATE.lab_downloads[key] = ipynb, _zip(source.stem, ipynb, lab)
    return STATE.lab_downloads[key]


def _zip(stem: str, ipynb: str, lab: Path) -> bytes:
    """The notebook and its worker module, with fixed timestamps: the same bytes for the same sources."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in ((f"{stem}.ipynb", ipynb.encode()), (WORKERS, (lab / WORKERS).read_bytes())):
            info = zipfile.ZipInfo(f"{stem}/{name}", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type, info.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def _is_lab_notebook(page) -> bool:
    folder, _, name = page.file.src_uri.rpartition("/")
    return folder == LAB and name.endswith(".py") and name != WORKERS


@event_priority(10)  # before mkdocs-jupyter's, which renders page.file.abs_src_path
def on_pre_page(page, config, files):
    """The page renders .cache/lab/<name>.ipynb: this build's run, in the page's language."""
    if _is_lab_notebook(page):
        name = page.file.src_uri.rpartition("/")[2]
        lab, original = Path(config.docs_dir) / LAB, original_of(name)
        if original not in STATE.lab_runs:
            STATE.lab_runs[original] = _executed(lab / original, config)
        run = STATE.lab_runs[original]
        notebook = translated(run, lab / name) if fences.language(name) else run
        shown = _cache(config) / LAB / name.replace(".py", ".ipynb")
        nbformat.write(_for_page(notebook, page.file, files, config), shown)
        page.file.abs_src_path = str(shown)
    return page


def _for_page(notebook, page, files, config):
    """The notebook with its charts in SVG files beside the page and its download links under its title.

    The notebook embeds each chart in its output, as a notebook must.  On the site,
    90 KB of image data in the HTML made the page slow to parse; as files, named by
    their content, the charts are fetched (gzipped) only when the reader scrolls to them.
    """
    notebook, folder = copy.deepcopy(notebook), posixpath.dirname(page.dest_uri)

    def save(match: re.Match) -> str:
        svg = urllib.parse.unquote(html.unescape(match[1]))
        path = posixpath.join(folder, f"chart-{hashlib.sha256(svg.encode()).hexdigest()[:12]}.svg")
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=svg))
        return f'src="{posixpath.basename(path)}" loading="lazy" decoding="async"'

    for output in (output for cell in notebook.cells for output in cell.get("outputs", [])):
        if "text/html" in output.get("data", {}):
            output.data["text/html"] = re.sub(
                r'src="data:image/svg\+xml,([^"]*)"', save, output.data["text/html"]
            )

    def link(name: str) -> str:
        url = get_relative_url(files.get_file_from_path(f"{LAB}/{name}").url, page.url)
        return f'<a href="{html.escape(url)}" download>{name}</a>'

    stem = page.src_uri.rpartition("/")[2].removesuffix(".py")
    line = DOWNLOADS[fences.language(page.src_uri) or "en"].format(
        zip=link(f"{stem}.zip"), ipynb=link(f"{stem}.ipynb"), workers=WORKERS, workers_link=link(WORKERS)
    )
    titles = [cell for cell in notebook.cells if cell.cell_type == "markdown" and cell.source[:2] == "# "]
    if not titles:
        log.warning("lab: docs/%s has no title (# ...) to put the download links under", page.src_uri)
    else:
        paragraph = f'<p class="lab-downloads">{line}</p>'
        titles[0].source = re.sub(r"^# .*", lambda m: f"{m[0]}\n\n{paragraph}", titles[0].source, count=1)
    STATE.lab_tocs[page.src_uri] = with_heading_ids(notebook, config.mdx_configs["toc"])
    return notebook


def _executed(source: Path, config) -> nbformat.NotebookNode:
    """The notebook, executed: in this build, or in an earlier one with the same notebook, workers and kernel."""
    python = kernel_python()
    kernel = f"{runner.interpreter_label(python)} ({os.path.relpath(python, ROOT)})"
    parts = [source.read_bytes(), source.with_name(WORKERS).read_bytes(), kernel.encode(), *_pins()]
    key = hashlib.sha256(b"\0".join(parts)).hexdigest()[:16]
    path = _cache(config) / LAB / f"{source.stem}.executed-{key}.ipynb"
    if path.is_file() and not STATE.snippets.fresh:  # SNIPPETS_FRESH=1, as the snippets
        return nbformat.read(path, as_version=4)
    spec = path.parent / "kernels" / "lab" / "kernel.json"
    spec.parent.mkdir(parents=True, exist_ok=True)
    argv = [python, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    spec.write_text(json.dumps({"argv": argv, "display_name": "Python 3", "language": "python"}))
    # Unix sockets (ipykernel warns at every run that TCP is unencrypted), by an absolute path
    ipc = str(spec.parent.parent / f"ipc-{os.getpid()}")
    specs = KernelSpecManager(kernel_dirs=[str(spec.parent.parent)])
    manager = KernelManager(kernel_name="lab", kernel_spec_manager=specs, transport="ipc", ip=ipc)
    notebook = _notebook(source)
    log.info("lab: executing docs/%s/%s with %s", LAB, source.name, kernel)
    try:
        nbclient.execute(
            notebook, cwd=source.parent, km=manager, timeout=600, coalesce_streams=True, record_timing=False
        )
    except (nbclient.exceptions.CellExecutionError, nbclient.exceptions.CellTimeoutError) as error:
        raise PluginError(
            f"lab: docs/{LAB}/{source.name} failed ({type(error).__name__}):\n{error}"
        ) from None
    finally:
        if manager.has_kernel:
            manager.shutdown_kernel()  # which removes its sockets
    for old in path.parent.glob(f"{source.stem}.executed-*.ipynb"):
        old.unlink()
    nbformat.write(notebook, path)
    return notebook


def _pins() -> list[bytes]:
    lines = (ROOT / "requirements.txt").read_text("utf-8").splitlines()
    return [line.split("#")[0].strip().encode() for line in lines if line.split("==")[0] in KERNEL_NEEDS]


def kernel_python() -> str:
    """The kernel's Python: CPython 3.14 (pythons.DEFAULT) in .cache/lab-kernel, or else the build's own.

    The venv holds requirements.txt's pins of KERNEL_NEEDS (lab_workers.py needs the
    standard library only), made again when they or the base interpreter change.
    """
    version, base = pythons.DEFAULT, pythons.find(pythons.DEFAULT)
    say = log.warning if pythons.required(version) else log.info  # CI requires it
    if base is None:
        say(
            "lab: no CPython %s: the notebook runs in the build's own Python, %s",
            version,
            platform.python_version(),
        )
        return sys.executable
    try:
        return str(pythons.venv(KERNEL_HOME, base, [pin.decode() for pin in _pins()]))
    except (OSError, subprocess.CalledProcessError) as error:
        detail = (getattr(error, "stderr", None) or str(error).encode()).decode()[-300:]
        say("lab: no .cache/lab-kernel (%s): the notebook runs in the build's own Python", detail)
        return sys.executable


def on_page_content(content, page, config, files):
    if not _is_lab_notebook(page):
        return content
    if tokens := STATE.lab_tocs.get(page.file.src_uri):  # headings made HTML: mkdocs-jupyter's TOC lacks them
        page.toc = get_toc(tokens)
        page.title = next((token["name"] for token in tokens if token["level"] == 1), page.title)
    return _trim(content)


def _trim(content: str) -> str:
    """The page without what nbconvert adds and no option of mkdocs-jupyter or nbconvert leaves out.

    mkdocs-jupyter appends Pygments' CSS to the page of an .ipynb (Material styles the
    code); its highlight_code filter takes no Pygments option, and Pygments wraps names
    (n) and whitespace (w) in spans that Material shows as plain code: unwrapped, the
    same look with a third fewer elements for the browser to style.
    """
    if "jp-CodeCell" in content and 'class="language-' not in content:
        log.warning(
            "lab: the page was not rendered by the nbconvert template in %s: check JUPYTER_PATH", JUPYTER
        )
    content = re.sub(r"\s*<style>.*?</style>\s*$", "", content, flags=re.S)
    return re.sub(r'<span class="[nw]">([^<]*)</span>', r"\1", content)
