"""MkDocs hooks: the ```snippet fence, executed through sitebuild/runner.py.

    ```snippet
    threads/start_and_join.py
    ```

shows ``snippets/threads/start_and_join.py`` (titled with its path) and the
output of running it with CPython 3.14, the release most readers run
(``pythons.default()``; a machine without 3.14 shows its own Python's output, and
says so in an INFO line).  Options are markdown-exec's (``source``, ``tabs``,
``title``, ``result``, ``returncode``...) plus ``alone="1"`` for a snippet whose
output depends on timing or on having the CPU to itself: the build runs it
after the others, never concurrently, and ``pythons="3.12 3.13 3.14"`` for a
snippet whose behaviour differs between versions: the build runs it under each
of those CPythons (sitebuild/pythons.py finds them) and shows each output in its
own tab, labelled with the exact interpreter ("CPython 3.12.1"), the 3.14 tab
selected.  ``3.14t`` names the free-threaded build, which no machine here has.  A version this
machine lacks gets a tab saying it was not available to this build, and an INFO
line; with ``SNIPPETS_REQUIRE_PYTHONS=1`` (.ci/run) a WARNING, so ``--strict``
fails.

Any failure -- missing file, undeclared exit code, timeout -- is logged as a
warning naming page and snippet, so ``mkdocs build --strict`` fails.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import os
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import markdown_exec
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sitebuild import fences, plugin_state, pythons, rebuild_cache, runner  # noqa: E402

log = logging.getLogger("mkdocs.plugins.snippets")
_page = {"src": "?"}  # the page being rendered, for error messages
_stats = {"started": 0.0, "planned": []}
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
    if config.plugins.get("mkdocs-jupyter") is not None:
        rebuild_cache.only_included(config.plugins["mkdocs-jupyter"])
    glossary = Path(config.docs_dir) / "glossary.zh.md"  # its terms are jieba's words
    rebuild_cache.cache_search_index(glossary.read_bytes() if glossary.is_file() else b"")
    rebuild_cache.note_build_code()
    rebuild_cache.cache_page_render()
    rebuild_cache.cache_theme_listing()
    return config


def on_env(env, config, files):
    """Templates compiled once per `mkdocs serve` session, not at every rebuild (sitebuild/rebuild_cache.py)."""
    if rebuild_cache.ENABLED:
        env.bytecode_cache = rebuild_cache.TEMPLATES
    return env


def on_pre_build(config):
    """Start every snippet the docs show, concurrently, before any page renders."""
    if plugin_state.language_build(config).language:  # the first build ran every language's snippets
        return
    cache = runner.shared_cache
    cache.reset_counts()
    _stats.update(started=time.perf_counter())
    rebuild_cache.counters["shown"] = 0
    shown: dict[tuple[str, str | None, int], bool] = {}  # (snippet, interpreter, exit code) -> alone
    versions: set[str] = set()
    # a fence whose header is wrong runs nothing: its page reports it (on_page_markdown)
    found = [fence for fence in fences.snippet_fences(Path(config.docs_dir)) if not fence.errors]
    alone = fences.alone(found)
    for fence in found:
        wanted = fence.options.get("pythons", "").split()
        versions.update(wanted)
        interpreters = [pythons.interpreter(version) for version in wanted]
        for python in [p for p in interpreters if p] if wanted else [pythons.default()]:
            shown[fence.snippet, python, int(fence.options.get("returncode", "0"))] = alone[fence.snippet]
    _report_missing(sorted(versions | {pythons.DEFAULT}, key=pythons._numeric))
    together = [run for run, alone in shown.items() if not alone and _exists(run[0])]
    # what this build must run, each once: (snippet, interpreter label), for gates/bench_build.py
    _stats["planned"] = sorted(
        {
            (path, runner.interpreter_label(python or sys.executable))
            for path, python, _ in shown
            if _exists(path)
        }
    )
    with ThreadPoolExecutor(max_workers=workers()) as pool:
        list(pool.map(_warm, together))
    for run in (run for run, alone in shown.items() if alone and _exists(run[0])):
        _warm(run)


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

    Snippets mostly sleep, wait on each other or start interpreters, so more of
    them than there are cores keep the cores busy: on 2 cores the snippets run
    together finish in 16 s one at a time, 9 s two at a time, 4.8 s with 4 and
    2.8 s with 8, and no faster with 16 or 32 (python gates/bench_build.py).
    The ones whose output depends on timing or on having the CPU are marked
    alone="1" and run by themselves, after the others.
    """
    return int(os.environ.get("SNIPPETS_WORKERS") or 4 * (os.cpu_count() or 2))


def _exists(path: str) -> bool:
    try:
        runner.snippet_path(path)
    except runner.SnippetError:
        return False  # reported, with its page, when the page renders
    return True


def _warm(run: tuple[str, str | None, int]) -> None:
    with contextlib.suppress(Exception):  # reported, with its page, when the page renders
        runner.shared_cache.get(*run)


def on_page_markdown(markdown, page, **kwargs):
    """Read the page's snippet fences with sitebuild/fences.py, report bad headers, hand them to the renderer.

    Each snippet fence's header becomes ``snippet fence="<n>"``: the renderer
    takes the fence's options from fences.py's reading (``_page["fences"][n]``),
    never from pymdownx.superfences' own, so the pre-build, the page and the
    tests read every header the same way, and a header superfences would not
    recognise (an unquoted value) is still a fence, reported, not plain text.
    """
    _page["src"] = page.file.src_uri
    _page["fences"] = []
    if not page.file.src_uri.endswith(".md"):
        return markdown
    source = Path(page.file.abs_src_path).read_text("utf-8") if page.file.abs_src_path else markdown
    # the front matter is not in `markdown`: count its lines, so errors name the file's line
    body = markdown.strip("\n")
    at = source.rfind(body) if body else -1
    first_line = 1 + source[:at].count("\n") - markdown[: markdown.find(body)].count("\n") if at >= 0 else 1
    _page["fences"] = [
        f for f in fences.parse(markdown, page.file.src_uri, first_line) if f.lang == "snippet"
    ]
    for fence in _page["fences"]:
        for error in fence.errors:
            log.warning("%s: snippet fence: %s", fence.where, error)
    return fences.rewrite_headers(markdown, lambda n, indent, fence: f'{indent}{fence}snippet fence="{n}"')


def on_page_content(html, page, **kwargs):
    """``toc_depth: 2`` in a page's front matter: its tables of contents list its ## sections only.

    The questions page has 81 questions and error messages under ten ## headings:
    listed in full, its two tables of contents (the sidebar's, and its copy in
    the phone's menu) were a third of its elements.  Its headings keep their
    ids, and search still finds each question (tests/site/test_questions.py).
    """
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


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built the other languages
def on_post_build(config):
    if plugin_state.language_build(config).language:
        return
    executed = runner.shared_cache.executed
    log.info(
        "snippets: %d executed, %d shown on pages, in %.1f s",
        len(executed),
        rebuild_cache.counters["shown"],
        time.perf_counter() - _stats["started"],
    )
    runner.CACHE_DIR.mkdir(parents=True, exist_ok=True)
    record = {
        "executed": sorted(executed),
        "runs": sorted(runner.shared_cache.runs),  # (snippet, interpreter label) of each run
        "planned": _stats["planned"],  # the runs the pages need
    }
    (runner.CACHE_DIR / "last-build.json").write_text(json.dumps(record), "utf-8")


def validate(language, inputs, options, attrs, md):
    """The fence's options as sitebuild/fences.py read them (on_page_markdown numbered the fences)."""
    try:
        number = int(inputs.pop("fence"))
        fence = _page["fences"][number]
    except (KeyError, ValueError, IndexError):
        number, fence = 0, None  # not found by fences.py: reported when rendered
    options["fence"] = fence
    inputs = dict(fence.options) if fence and not fence.errors else {}
    # The ids inside the block (its tabs) from its place on the page: markdown-exec would number
    # them with a counter of the whole process, so a page's HTML depended on what was built before.
    inputs["idprefix"] = f"snippet-{number + 1}-"
    options["alone"] = inputs.pop("alone", "0") == "1"  # read by on_pre_build
    options["pythons"] = inputs.pop("pythons", "").split()
    inputs["exec"] = "1"
    inputs.setdefault("source", "above")
    return markdown_exec.validator(language, inputs, options, attrs, md)


def _output_block(text: str, title: str, result: runner.Result) -> str:
    """A snippet's output as a titled text block, left out of the search index.

    What a snippet printed changes from build to build (thread identifiers,
    timings) and is not what a reader searches for: a search should find the
    same pages whatever the threads printed in this build.  The block says
    which snippet, interpreter and exit code it shows (data-snippet...), so the
    snippet tests can assert the published output too (tests/helpers.py).
    """
    fence = "`" * max(4, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    data = f'data-snippet="{result.path}" data-python="{result.python}" data-returncode="{result.returncode}"'
    return f'{fence}{{ .text title="{title}" data-search-exclude="" {data} }}\n{text}\n{fence}'


def render(source, language, css_class, options, md, **kwargs):
    path = source.strip()
    words = LABELS[fences.language(_page["src"]) or "en"]
    fence = options.pop("fence")
    if fence is None:
        log.warning("page docs/%s: a snippet fence sitebuild/fences.py did not find (%s)", _page["src"], path)
        return _failure(f"docs/{_page['src']}: a snippet fence sitebuild/fences.py did not find")
    if fence.errors:  # logged by on_page_markdown
        return _failure("\n".join(f"{fence.where}: snippet fence: {error}" for error in fence.errors))
    try:
        if not path or "\n" in path:
            raise runner.SnippetError(f"the fence body must be one snippet path, got {source!r}")
        if options["pythons"]:
            output = _tabs(path, options["pythons"], options["returncode"], words)
        else:
            result = runner.check(
                runner.shared_cache.get(path, pythons.default(), options["returncode"]), options["returncode"]
            )
            output = _output(result, words, plain=bool(options["result"]))
    except runner.SnippetError as error:
        log.warning("page docs/%s: %s", _page["src"], error)
        rebuild_cache.generation["value"] += 1  # this page is not kept: the next build runs the snippet again
        return _failure(str(error))
    rebuild_cache.counters["shown"] += 1
    extra = dict(options.pop("extra"))
    extra.setdefault("title", f"snippets/{path}")
    options.pop("alone")
    options.pop("pythons")
    code = runner.snippet_path(path).read_text("utf-8")
    key = (path, code, words["output"], sorted(options.items()), sorted(extra.items()), output)
    return rebuild_cache.fence_html(
        key,
        lambda: markdown_exec.base_format(
            language="python", run=lambda *args, **kw: output, code=code, md=md, extra=extra, **options
        ),
    )


def _failure(message: str) -> str:
    return f'<div class="admonition failure"><p class="admonition-title">Snippet failed</p><pre>{html.escape(message)}</pre></div>'


def _output(result: runner.Result, words: dict[str, str], plain: bool = False) -> str:
    output = result.output.rstrip("\n") or words["none"]
    if plain:
        return output
    label = f"{words['output']} · {result.python}"
    if result.returncode:
        label += f" · {words['exit']} {result.returncode}"
    return _output_block(output, label, result)


def _tabs(path: str, versions: list[str], returncode: int, words: dict[str, str]) -> str:
    """One tab per version (pymdownx.tabbed), each with that interpreter's output; 3.14's selected."""
    tabs = []
    for version in versions:
        python = pythons.interpreter(version)
        if python is None:
            label, body = f"CPython {version}", words["missing"].format(version=version)
        else:
            result = runner.check(runner.shared_cache.get(path, python, returncode), returncode)
            label, body = result.python, _output(result, words)
        selected = "+" if version == pythons.DEFAULT else ""  # pymdownx.tabbed: "+" selects a tab
        tabs.append(
            f'==={selected} "{label}"\n\n'
            + "\n".join("    " + line if line else "" for line in body.splitlines())
        )
    return "\n\n".join(tabs)
