"""A throw-away site with the real configuration, for tests that build one: its pages and snippets only."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from mkdocs.utils.yaml import yaml_load

from sitebuild import runner


def english_fallback_plugins(fallback: bool = True) -> list:
    """The site's plugins, but the Chinese build falls back to English pages: a small site may have none."""
    with open(runner.ROOT / "mkdocs.yml", "rb") as config:
        plugins = yaml_load(config)["plugins"]
    for plugin in plugins:
        if isinstance(plugin, dict) and "i18n" in plugin:
            plugin["i18n"]["fallback_to_default"] = fallback
    return plugins


def write(
    folder: Path,
    pages: dict[str, str],
    snippets: dict[str, str],
    nav: list[str],
    fallback: bool = True,
    i18n_hooks: bool = False,
) -> Path:
    """docs/, snippets/ and a mkdocs.yml that inherits the site's, in `folder`; returns the mkdocs.yml.

    With `fallback` False the Chinese build does not fall back to English pages
    (as the real site), and `i18n_hooks` adds sitebuild/i18n_hooks.py (the twin check).
    """
    for name, files in (("docs", pages), ("snippets", snippets)):
        (folder / name).mkdir(exist_ok=True)
        for file, text in files.items():
            (folder / name / file).write_text(text, "utf-8")
    hooks = [runner.ROOT / "sitebuild" / "mkdocs_hooks.py"]
    if i18n_hooks:
        hooks.append(runner.ROOT / "sitebuild" / "i18n_hooks.py")
    config = folder / "mkdocs.yml"
    config.write_text(
        textwrap.dedent(f"""\
            INHERIT: {runner.ROOT / "mkdocs.yml"}
            docs_dir: docs
            site_dir: site
            theme: {{custom_dir: {runner.ROOT / "overrides"}}}
            hooks: [{", ".join(map(str, hooks))}]
            watch: []
            plugins: {json.dumps(english_fallback_plugins(fallback))}
            nav: [{", ".join(nav)}]
            """),
        "utf-8",
    )
    return config
