"""MkDocs hooks: the ```snippet fence (its options: CONTRIBUTING.md), executed through sitebuild/runner.py.

A page shows a snippet's output under CPython 3.14 (``pythons.default()``), or under each
version of ``pythons="..."`` in tabs.  Any failure is logged as a warning naming page, line
and cause, so ``mkdocs build --strict`` fails.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import markdown_exec
from mkdocs.plugins import event_priority

from sitebuild import fences, plugin_state, pythons, rebuild_cache, runner
from sitebuild.plugin_state import STATE

log = logging.getLogger("mkdocs.plugins.snippets")
#: The words around an output block, per page language (page.md / page.zh.md)
LABELS = {
    "en": {
        "output": "Output",
        "exit": "exit code",
        "none": "(no output)",
        "missing": "CPython {version} was not available to this build, so this output is not shown.",
    },
    "zh": {
        "output": "输出",
        "exit": "退出码",
        "none": "（无输出）",
        "missing": "本次构建没有可用的 CPython {version}，因此这里不显示它的输出。",
    },
}


def on_config(config):
    custom_fences = config.mdx_configs.setdefault("pymdownx.superfences", {}).setdefault("custom_fences", [])
    if not any(fence["name"] == "snippet" for fence in custom_fences):  # on_config runs once per language
        custom_fences.append({"name": "snippet", "class": "snippet", "validator": validate, "format": render})
    rebuild_cache.install(config)
    return config


def on_env(env, config, files):
    if rebuild_cache.ENABLED:
        env.bytecode_cache = rebuild_cache.templates()
    return env


def on_pre_build(config):
    """Start every snippet the docs show, concurrently, before any page renders."""
    if plugin_state.language_build(config):  # the first build ran every language's snippets
        return
    STATE.new_build()
    # a fence whose header is wrong runs nothing: its page reports it (on_page_markdown)
    found = [fence for fence in fences.snippet_fences(Path(config.docs_dir)) if not fence.errors]
    versions = {version for fence in found for version in fence.options.get("pythons", "").split()}
    _report_missing(sorted(versions | {pythons.DEFAULT}, key=pythons._numeric))
    runs = planned_runs(found)
    # what this build must run, each once: (snippet, interpreter label), for gates/bench_build.py
    STATE.planned = sorted({(path, runner.interpreter_label(python)) for path, python, _ in runs})
    with ThreadPoolExecutor(max_workers=workers()) as pool:
        list(pool.map(_warm, [run for run, alone in runs.items() if not alone]))
    for run in [run for run, alone in runs.items() if alone]:
        _warm(run)


def planned_runs(found) -> dict[tuple[str, str, int], bool]:
    """{(snippet, interpreter, exit code): runs alone} for each run these fences' pages show
    (gates/bench_build.py times the same runs one by one)."""
    alone, runs = fences.alone(found), {}
    for fence in (fence for fence in found if _exists(fence.snippet)):  # a missing one: reported by its page
        wanted = fence.options.get("pythons", "").split()
        for python in filter(None, map(pythons.interpreter, wanted)) if wanted else [pythons.default()]:
            runs[fence.snippet, python, fence.returncode] = alone[fence.snippet]
    return runs


def _report_missing(versions: list[str]) -> None:
    """One line per version that a pythons= fence asks for and this machine lacks."""
    for version in versions:
        if pythons.interpreter(version) is None:
            if pythons.required(version):
                log.warning("snippets: %s (SNIPPETS_REQUIRE_PYTHONS=1)", pythons.missing_note(version))
            elif version == pythons.DEFAULT:
                log.info(
                    "snippets: %s; default outputs come from %s",
                    pythons.missing_note(version),
                    runner.interpreter_label(pythons.default()),
                )
            else:
                log.info("snippets: %s; its tabs say so", pythons.missing_note(version))


def workers() -> int:
    """How many snippets the build runs at once (SNIPPETS_WORKERS overrides).

    Snippets mostly sleep or start interpreters: on 2 cores, 4 at once take 4.8 s,
    8 at once 2.8 s, 16 or 32 no less (python gates/bench_build.py).
    """
    return int(os.environ.get("SNIPPETS_WORKERS") or 4 * (os.cpu_count() or 2))


def _exists(path: str) -> bool:
    try:
        return bool(runner.snippet_path(path))
    except runner.SnippetError:
        return False


def _warm(run: tuple[str, str | None, int]) -> None:
    with contextlib.suppress(Exception):  # reported, with its page, when the page renders
        STATE.snippets.get(*run)


def on_page_markdown(markdown, page, **kwargs):
    """Each snippet fence's header becomes ``snippet fence="<n>"``: the renderer takes its options
    from sitebuild/fences.py's reading (as the pre-build and the tests do), not superfences' own."""
    STATE.page, STATE.page_fences = page.file.src_uri, []
    if not page.file.src_uri.endswith(".md"):
        return markdown
    source = Path(page.file.abs_src_path).read_text("utf-8") if page.file.abs_src_path else markdown
    # the front matter is not in `markdown`: count its lines, so errors name the file's line
    body = markdown.strip("\n")
    at = source.rfind(body) if body else -1
    first_line = 1 + source[:at].count("\n") - markdown[: markdown.find(body)].count("\n") if at >= 0 else 1
    STATE.page_fences = [
        f for f in fences.parse(markdown, page.file.src_uri, first_line) if f.lang == "snippet"
    ]
    for fence in STATE.page_fences:
        for error in fence.errors:
            log.warning("%s: snippet fence: %s", fence.where, error)
    return fences.rewrite_headers(markdown, lambda n, indent, fence: f'{indent}{fence}snippet fence="{n}"')


def on_page_content(html, page, **kwargs):
    """``toc_depth: 2`` in a page's front matter: its tables of contents list its ## sections only
    (the questions page: its 81 questions listed in full were a third of its elements)."""
    depth = page.meta.get("toc_depth")
    if depth:
        _prune(page.toc, deepest=int(depth))
    return html


def _prune(items, deepest: int) -> None:
    """Drop the entries under headings of level ``deepest`` (2: keep # and ##)."""
    for item in items:
        if item.level >= deepest:
            item.children = []
        else:
            _prune(item.children, deepest)


@event_priority(-150)  # after mkdocs-static-i18n's (-100), which builds the other languages
def on_post_build(config):
    if plugin_state.language_build(config):
        return
    executed = STATE.snippets.executed
    took = time.perf_counter() - STATE.started
    log.info("snippets: %d executed, %d shown on pages, in %.1f s", len(executed), STATE.shown, took)
    runner.CACHE_DIR.mkdir(parents=True, exist_ok=True)
    record = {
        "executed": sorted(executed),
        "runs": sorted(STATE.snippets.runs),  # (snippet, interpreter label) of each run
        "planned": STATE.planned,  # the runs the pages need
    }
    (runner.CACHE_DIR / "last-build.json").write_text(json.dumps(record), "utf-8")


def validate(language, inputs, options, attrs, md):
    """The fence's options as sitebuild/fences.py read them (on_page_markdown numbered the fences)."""
    try:
        number = int(inputs.pop("fence"))
        fence = STATE.page_fences[number]
    except (KeyError, ValueError, IndexError):
        number, fence = 0, None  # not found by fences.py: reported when rendered
    options["fence"] = fence
    inputs = dict(fence.options) if fence and not fence.errors else {}
    # The ids inside the block (its tabs) from its place on the page: markdown-exec would number
    # them with a counter of the whole process, so a page's HTML depended on what was built before.
    inputs["idprefix"] = f"snippet-{number + 1}-"
    inputs.pop("alone", None)  # read by on_pre_build, from fences.py
    options["pythons"] = inputs.pop("pythons", "").split()
    inputs["exec"] = "1"
    inputs.setdefault("source", "above")
    return markdown_exec.validator(language, inputs, options, attrs, md)


def render(source, language, css_class, options, md, **kwargs):
    path = source.strip()
    words = LABELS[fences.language(STATE.page) or "en"]
    fence = options.pop("fence")
    if fence is None:
        log.warning("page docs/%s: a snippet fence sitebuild/fences.py did not find (%s)", STATE.page, path)
        return _failure(f"docs/{STATE.page}: a snippet fence sitebuild/fences.py did not find")
    if fence.errors:  # logged by on_page_markdown
        return _failure("\n".join(f"{fence.where}: snippet fence: {error}" for error in fence.errors))
    try:
        if not path or "\n" in path:
            raise runner.SnippetError(f"the fence body must be one snippet path, got {source!r}")
        if options["pythons"]:
            output = _tabs(path, options["pythons"], options["returncode"], words)
        else:
            output = _output(
                _run(path, pythons.default(), options["returncode"]), words, bool(options["result"])
            )
    except runner.SnippetError as error:
        log.warning("page docs/%s: %s", STATE.page, error)
        STATE.failures += 1  # this page is not kept: the next build runs the snippet again
        return _failure(str(error))
    STATE.shown += 1
    extra = dict(options.pop("extra"))
    extra.setdefault("title", f"snippets/{path}")
    options.pop("pythons")
    code = runner.snippet_path(path).read_text("utf-8")
    return markdown_exec.base_format(
        language="python", run=lambda *args, **kw: output, code=code, md=md, extra=extra, **options
    )


def _failure(message: str) -> str:
    return f'<div class="admonition failure"><p class="admonition-title">Snippet failed</p><pre>{html.escape(message)}</pre></div>'


def _run(path: str, python: str, returncode: int) -> runner.Result:
    return runner.check(STATE.snippets.get(path, python, returncode), returncode)


def _output(result: runner.Result, words: dict[str, str], plain: bool = False) -> str:
    """A snippet's output as a titled text block, left out of the search index (it changes from build
    to build); data-snippet... say what it shows, for the snippet tests (tests/helpers.py)."""
    text = result.output.rstrip("\n") or words["none"]
    if plain:
        return text
    title = f"{words['output']} · {result.python}"
    if result.returncode:
        title += f" · {words['exit']} {result.returncode}"
    fence = "`" * max(4, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    data = f'data-snippet="{result.path}" data-python="{result.python}" data-returncode="{result.returncode}"'
    return f'{fence}{{ .text title="{title}" data-search-exclude="" {data} }}\n{text}\n{fence}'


def _tabs(path: str, versions: list[str], returncode: int, words: dict[str, str]) -> str:
    """One tab per version (pymdownx.tabbed), each with that interpreter's output; 3.14's selected."""
    tabs = []
    for version in versions:
        python = pythons.interpreter(version)
        if python is None:
            label, body = f"CPython {version}", words["missing"].format(version=version)
        else:
            result = _run(path, python, returncode)
            label, body = result.python, _output(result, words)
        selected = "+" if version == pythons.DEFAULT else ""  # pymdownx.tabbed: "+" selects a tab
        body = "\n".join("    " + line if line else "" for line in body.splitlines())
        tabs.append(f'==={selected} "{label}"\n\n{body}')
    return "\n\n".join(tabs)
