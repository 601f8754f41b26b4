"""What every snippet test uses: the project's runner, and nothing else."""

from __future__ import annotations

import os
import sys

import pytest

from tools import runner

#: Run the snippets with another interpreter: SNIPPETS_PYTHON=python3.12 pytest
PYTHON = os.environ.get("SNIPPETS_PYTHON") or sys.executable

#: Parametrise a test over fork, spawn and forkserver: the snippet's code is
#: unchanged, only its default start method differs (see tools/start_method/).
each_start_method = pytest.mark.parametrize("start_method", runner.START_METHODS)


def python_version(result: runner.Result) -> tuple[int, int]:
    """(3, 12) for a result of "CPython 3.12.1": tests branch on it where behaviour changed."""
    major, minor = result.python.split()[1].split(".")[:2]
    return int(major), int(minor)


def run_snippet(path: str, returncode: int = 0, start_method: str | None = None) -> runner.Result:
    """Run snippets/<path> exactly as the build does; fail unless it exits with `returncode`."""
    result = runner.execute(path, python=PYTHON, start_method=start_method)
    try:
        runner.check(result, returncode)
    except runner.SnippetError as error:
        pytest.fail(str(error), pytrace=False)
    return result
