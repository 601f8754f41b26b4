"""Set up and run everything: `python3 dev.py serve` or `python3 dev.py test`.

Each command first makes a virtual environment in .venv and installs
requirements.txt and the site's own packages (sitebuild, gates: pyproject.toml)
into it, again only when one of those files changes, so a fresh clone needs
nothing but Python 3.11 or newer.

    python3 dev.py serve   # the site at http://127.0.0.1:8000, rebuilt on every edit
    python3 dev.py test    # lint, then every test (snippets, structure, build)
    python3 dev.py build   # mkdocs build --strict into site/, as CI does
    python3 dev.py pythons # CPython 3.13-3.15 from Debian's packages into .cache/ (README)
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older python3
        sys.exit(f"Python 3.11 or newer is needed, this is {sys.version.split()[0]}")
    requirements = ROOT / "requirements.txt"
    stamp = VENV / "requirements.sha256"
    # requirements.txt includes snippets/requirements.txt (-r): a change to either, or to
    # pyproject.toml (the site's own packages), reinstalls.
    inputs = (requirements, ROOT / "snippets" / "requirements.txt", ROOT / "pyproject.toml")
    wanted = hashlib.sha256(b"".join(path.read_bytes() for path in inputs)).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted and PYTHON.exists():
        return
    if not PYTHON.exists():
        print("dev.py: creating .venv", flush=True)
        venv.create(VENV, with_pip=True)
    print("dev.py: installing requirements.txt into .venv", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "-r", str(requirements)], check=True)
    # sitebuild and gates, importable from anywhere as this checkout's code (pyproject.toml)
    subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)
    stamp.write_text(wanted)


def run(*args: str) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")  # Material's end-of-life banner
    code = subprocess.run([str(PYTHON), *args], cwd=ROOT, env=env).returncode
    if code:
        sys.exit(code)


def main(command: str, *extra: str) -> None:
    ensure_environment()
    if command == "serve":
        run("-m", "mkdocs", "serve", *extra)
    elif command == "build":
        run("-m", "mkdocs", "build", "--strict", *extra)  # never -q: it hides warnings
    elif command == "test":
        run("-m", "ruff", "check", ".")
        run("-m", "ruff", "format", "--check", ".")
        # One worker per core, a test file per worker at a time (a file's tests share
        # its fixtures: a browser, a lab run). `python3 dev.py test -n 0` runs serially.
        run("-m", "pytest", "-n", "auto", "--dist", "loadfile", *extra)
    elif command == "pythons":
        run("-m", "sitebuild.debian_pythons", *extra)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(*(sys.argv[1:] or ["help"]))
