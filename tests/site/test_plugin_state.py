"""sitebuild/plugin_state.py: the hooks' view of other plugins' private state fails loudly when it changes.

With the installed plugins, every strict build of the site exercises it.
"""

from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from sitebuild import plugin_state


def config(**plugins):
    return SimpleNamespace(plugins=plugins)


def i18n(**state):
    defaults = dict(
        building=False, current_language="en", default_language="en", build_languages=["en", "zh"]
    )
    return SimpleNamespace(**(defaults | state))


def test_without_i18n_there_is_one_build():
    assert plugin_state.language_build(config()) is None


def test_the_first_build_then_the_chinese_one():
    assert plugin_state.language_build(config(i18n=i18n())) is None
    chinese = i18n(building=True, current_language="zh")
    assert plugin_state.language_build(config(i18n=chinese)) == "zh"


def test_a_renamed_attribute_stops_the_build_with_a_message():
    renamed = SimpleNamespace(
        is_building=False, current_language="en", default_language="en", build_languages=[]
    )
    with pytest.raises(PluginError, match="mkdocs-static-i18n has no attribute building"):
        plugin_state.language_build(config(i18n=renamed))
