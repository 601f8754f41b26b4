"""The CPythons the site supports, found once, each in a small venv that can import the snippets' needs.

The build (the ``pythons="3.11 3.12 3.13"`` fence option, sitebuild/mkdocs_hooks.py)
and ``gates/all_pythons.py`` (the snippet tests under every version) ask ``interpreter``.
A machine may lack a version: a newcomer's ``python3 dev.py serve`` needs only their own
Python, and the build says which versions it could not run.  With
``SNIPPETS_REQUIRE_PYTHONS=1`` (set by .ci/run) every version is required: the build
logs a warning (so ``--strict`` fails) and all_pythons.py fails.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import logging
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from sitebuild import debian_pythons, runner

# In a build, mkdocs shows this logger's INFO lines like its own ("INFO - pythons: ...").
log = logging.getLogger("mkdocs.plugins.snippets")

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = ("3.11", "3.12", "3.13", "3.14", "3.15")
#: The version whose output a page shows by default: the release most readers run.
DEFAULT = "3.14"
#: Free-threaded builds a fence may ask for (``pythons="3.14 3.14t"``).  None is packaged
#: for these machines: a missing one is always a note, never an error (GitHub's runners have it).
FREE_THREADED = ("3.14t",)
VENVS = ROOT / ".cache" / "pythons"
REQUIREMENTS = ROOT / "snippets" / "requirements.txt"
CURRENT = f"{sys.version_info[0]}.{sys.version_info[1]}"

#: Why interpreter(version) returned None, per version.
why_missing: dict[str, str] = {}
_lock = threading.Lock()


def required(version: str | None = None) -> bool:
    """True in CI (SNIPPETS_REQUIRE_PYTHONS=1): a missing version is an error, not a note.

    Never for a free-threaded build: no machine of this project can install one."""
    if version in FREE_THREADED:
        return False
    return os.environ.get("SNIPPETS_REQUIRE_PYTHONS", "") not in ("", "0")


@functools.cache
def find(version: str) -> str | None:
    """The newest CPython `version` (with the GIL; free-threaded for "3.14t") among
    ``.cache/debian-pythons`` (``python3 dev.py pythons``), ``python3.12`` on PATH, pyenv's
    (``$PYENV_ROOT/versions``) and uv's managed Pythons."""
    free, base, home = version.endswith("t"), version.removesuffix("t"), Path.home()
    pyenv = Path(os.environ.get("PYENV_ROOT") or home / ".pyenv") / "versions"
    uv = Path(os.environ.get("UV_PYTHON_INSTALL_DIR") or home / ".local/share/uv/python")
    candidates: list = [shutil.which(f"python{version}")]
    if free:  # none from Debian: it packages no free-threaded build
        candidates += [
            *pyenv.glob(f"{base}.*t/bin/python3"),
            *uv.glob(f"cpython-{base}.*+freethreaded*/bin/python3"),
        ]
    else:  # resolved: a git worktree that links .cache to another checkout's shares its venvs
        candidates += [debian_pythons.binary(version).resolve(), *pyenv.glob(f"{version}.*/bin/python3")]
        candidates += uv.glob(f"cpython-{version}.*/bin/python3")
    found: dict[tuple[int, ...], str] = {}
    for candidate in filter(None, candidates):
        try:
            label = runner.interpreter_label(str(candidate))  # "CPython 3.12.1": the one probe
        except (OSError, subprocess.CalledProcessError):
            continue
        # pyenv's 3.13.* holds 3.13.0t, uv's cpython-3.14.* a +freethreaded build: the label tells
        if label.startswith(f"CPython {base}.") and label.endswith(runner.FREE_THREADED) == free:
            found.setdefault(_numeric(label.split()[1]), str(candidate))
    return found[max(found)] if found else None


def _numeric(name: str) -> tuple[int, ...]:
    """(3, 14, 10) for "3.14.10"; "3.14t" sorts just after "3.14"."""
    return tuple(
        int(part) if part.isdigit() else int(part[:-1]) + 0.5 if part[:-1].isdigit() else -1
        for part in name.split(".")
    )


@functools.cache
def interpreter(version: str) -> str | None:
    """The Python that runs snippets as CPython `version`, or None (see why_missing).

    For this interpreter's version, ``sys.executable`` (the project's .venv has
    requirements.txt, so snippets/requirements.txt); for another, the venv
    ``.cache/pythons/<version>`` of ``find(version)`` with snippets/requirements.txt,
    made again whenever that file or the base interpreter changes.
    """
    if version == CURRENT:
        return sys.executable
    base = find(version)
    if base is None:
        how = "no package exists for these machines" if version in FREE_THREADED else "python3 dev.py pythons"
        why_missing[version] = f"no python{version} found ({how})"
        return None
    try:
        return str(venv(VENVS / version, base, requirement_lines()))
    except subprocess.CalledProcessError as error:
        detail = (error.stderr or b"").decode("utf-8", "replace").strip().splitlines()[-1:]
        why_missing[version] = f"could not make .cache/pythons/{version} from {base}: {detail or error}"
        return None
    except OSError as error:
        why_missing[version] = f"could not make .cache/pythons/{version} from {base}: {error}"
        return None


def default() -> str:
    """The Python whose output pages show by default, and snippet tests run: CPython 3.14.

    Without 3.14 (a newcomer's machine) it is the build's own Python, and the build
    says so; with SNIPPETS_REQUIRE_PYTHONS=1 the caller treats that as an error.
    """
    return interpreter(DEFAULT) or sys.executable


def requirement_lines() -> list[str]:
    """What snippets/requirements.txt asks for, without comments and blank lines."""
    if not REQUIREMENTS.is_file():
        return []
    lines = (line.split("#", 1)[0].strip() for line in REQUIREMENTS.read_text("utf-8").splitlines())
    return [line for line in lines if line]


def venv(home: Path, base: str, needs: list[str]) -> Path:
    """The Python of `home`, a venv of `base` with pip's `needs`, (re)made unless it is up to date."""
    python, stamp = home / "bin" / "python", home / "made-from.sha256"
    wanted = hashlib.sha256("\n".join([*needs, base]).encode()).hexdigest()
    home.parent.mkdir(parents=True, exist_ok=True)
    with _lock, open(home.parent / f"{home.name}.lock", "w") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)  # a build and a test run may both get here
        if python.exists() and stamp.exists() and stamp.read_text() == wanted:
            return python
        shutil.rmtree(home, ignore_errors=True)
        log.info("pythons: making %s from %s", os.path.relpath(home, ROOT), base)
        # Debian's interpreters have no ensurepip: pip runs from its wheel instead.
        subprocess.run([base, "-m", "venv", "--without-pip", str(home)], check=True, capture_output=True)
        if needs:
            pip = [str(python), str(debian_pythons.pip_wheel()) + "/pip", "install"]
            subprocess.run(
                [*pip, "--disable-pip-version-check", "-q", *needs], check=True, capture_output=True
            )
        stamp.write_text(wanted)
        return python


def missing_note(version: str) -> str:
    return f"CPython {version} not available to this build ({why_missing.get(version, 'not looked for')})"
