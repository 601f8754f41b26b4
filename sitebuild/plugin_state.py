"""What the hooks read of other plugins' state, read in one place, failing loudly.

mkdocs-static-i18n builds the default language, then, from its on_post_build,
each other language in turn, with the same config and hooks; the hooks need to
know which build they are in.  None of this is public API: if an
upgrade renames it, the build stops with a message saying what to check, instead
of quietly building a wrong site (the Chinese pages searching the English
index, the English 404 page overwritten).
"""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.exceptions import PluginError

_I18N = ("building", "current_language", "default_language", "build_languages")


@dataclass(frozen=True)
class LanguageBuild:
    language: str | None  # the language built after the default one; None in the first build
    more_to_come: bool  # another language's build follows this one


def language_build(config) -> LanguageBuild:
    """Which of mkdocs-static-i18n's builds is running (without the plugin: the only one)."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return LanguageBuild(None, False)
    _require(i18n, _I18N, "mkdocs-static-i18n")
    later = [language for language in i18n.build_languages if language != i18n.default_language]
    last = later[-1] if later else i18n.default_language
    return LanguageBuild(i18n.current_language if i18n.building else None, i18n.current_language != last)


def _require(plugin, names: tuple[str, ...], package: str) -> None:
    missing = [name for name in names if not hasattr(plugin, name)]
    if missing:
        raise PluginError(
            f"{package} has no attribute {', '.join(missing)}: sitebuild/plugin_state.py reads it to know "
            f"which build is running; check it against the installed {package} (requirements.txt pins it)"
        )
