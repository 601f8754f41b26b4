"""A throw-away site with the real configuration, for tests that build one: its pages and snippets only."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from mkdocs.utils.yaml import yaml_load

from sitebuild import runner


def english_fallback_plugins() -> list:
    """The site's plugins, but the Chinese build falls back to English pages: a small site may have none."""
    with open(runner.ROOT / "mkdocs.yml", "rb") as config:
        plugins = yaml_load(config)["plugins"]
    for plugin in plugins:
        if isinstance(plugin, dict) and "i18n" in plugin:
            plugin["i18n"]["fallback_to_default"] = True
    return plugins


def write(folder: Path, pages: dict[str, str], snippets: dict[str, str], nav: list[str]) -> Path:
    """docs/, snippets/ and a mkdocs.yml that inherits the site's, in `folder`; returns the mkdocs.yml."""
    for name, files in (("docs", pages), ("snippets", snippets)):
        (folder / name).mkdir(exist_ok=True)
        for file, text in files.items():
            (folder / name / file).write_text(text, "utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(
        textwrap.dedent(f"""\
            INHERIT: {runner.ROOT / "mkdocs.yml"}
            docs_dir: docs
            site_dir: site
            theme: {{custom_dir: {runner.ROOT / "overrides"}}}
            hooks: [{runner.ROOT / "sitebuild" / "mkdocs_hooks.py"}]
            watch: []
            plugins: {json.dumps(english_fallback_plugins())}
            nav: [{", ".join(nav)}]
            """),
        "utf-8",
    )
    return config
