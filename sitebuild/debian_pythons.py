"""Install the CPythons this machine lacks from Debian's packages: ``python3 dev.py pythons``.

Debian 12 (these machines, and CI) ships CPython 3.11 only.  Debian's development
suite, ``sid``, serves binary packages of the newest patch releases of 3.13, 3.14
and 3.15 through the mirror apt already uses.  They need a newer C library and
OpenSSL than Debian 12's, so nothing is installed system-wide: the packages and
sid's ``libc6`` and ``libssl3t64`` are unpacked into ``.cache/debian-pythons/root``
and each interpreter is pointed at that folder's dynamic loader and libraries
(``patchelf``; ``--force-rpath`` so extension modules such as ``_ssl`` find the
newer OpenSSL too).  ``sitebuild/pythons.py`` looks there first.

sid moves: its package list is fetched again on every install (a stale list gets
404s).  pyenv and python.org builds elsewhere are found as before; on another
system this command says what it would need and does nothing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOME = ROOT / ".cache" / "debian-pythons"
PREFIX = HOME / "root"
LIBDIR = PREFIX / "usr" / "lib" / "x86_64-linux-gnu"
#: The versions taken from sid: 3.11 and 3.12 are not packaged there (pyenv or python.org).
VERSIONS = ("3.13", "3.14", "3.15")
SOURCES = (
    "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main\n"
)


def binary(version: str) -> Path:
    return PREFIX / "usr" / "bin" / f"python{version}"


def pip_wheel() -> Path:
    """pip's wheel, run as ``python pip-X.whl/pip``: how a venv made ``--without-pip`` gets packages."""
    wheels = sorted(HOME.glob("pip-*.whl"))
    if not wheels:
        HOME.mkdir(parents=True, exist_ok=True)
        download = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "-q"]
        subprocess.run([*download, "--no-deps", "--only-binary=:all:", "-d", str(HOME), "pip"], check=True)
        wheels = sorted(HOME.glob("pip-*.whl"))
    return wheels[-1]


def install() -> list[str]:
    """Unpack python<version> for each of VERSIONS (all of them again, so they share one libc)."""
    if not Path("/etc/debian_version").exists() or shutil.which("apt-get") is None:
        sys.exit("dev.py pythons: needs Debian's apt-get; install CPython 3.11-3.15 another way (README)")
    if shutil.which("patchelf") is None:
        subprocess.run(["apt-get", "install", "-y", "-q", "patchelf"], check=True)
    state = HOME / "apt"
    for folder in (state / "lists" / "partial", state / "cache" / "archives" / "partial"):
        folder.mkdir(parents=True, exist_ok=True)
    (state / "sources.list").write_text(SOURCES)
    options = [  # apt reads this list and keeps its state here, apart from the system's own
        f"-oDir::Etc::SourceList={state / 'sources.list'}",
        "-oDir::Etc::SourceParts=/dev/null",
        f"-oDir::State::Lists={state / 'lists'}",
        f"-oDir::Cache={state / 'cache'}",
        "-oAPT::Sandbox::User=root",  # it downloads into our folder, which _apt may not write
    ]
    subprocess.run(["apt-get", *options, "-q", "update"], check=True, stdout=subprocess.DEVNULL)
    packages = ["libc6", "libssl3t64"]
    for version in VERSIONS:
        packages += [f"python{version}", f"python{version}-minimal", f"libpython{version}-minimal"]
        packages += [f"libpython{version}-stdlib"]
    with tempfile.TemporaryDirectory(dir=HOME) as debs:
        subprocess.run(["apt-get", *options, "-q", "download", *packages], cwd=debs, check=True)
        shutil.rmtree(PREFIX, ignore_errors=True)
        for deb in sorted(Path(debs).glob("*.deb")):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(PREFIX)], check=True)
    installed = []
    for version in VERSIONS:
        subprocess.run(
            ["patchelf", "--set-interpreter", str(LIBDIR / "ld-linux-x86-64.so.2")]
            + ["--force-rpath", "--set-rpath", str(LIBDIR), str(binary(version))],
            check=True,
        )
        probe = "import platform, ssl, sqlite3; print(platform.python_version())"
        out = subprocess.run([str(binary(version)), "-c", probe], check=True, capture_output=True, text=True)
        installed.append(f"CPython {out.stdout.strip()}")
    return installed


def have_all() -> bool:
    """Each interpreter is unpacked and starts (a half-finished install does not count)."""
    for version in VERSIONS:
        try:
            subprocess.run([str(binary(version)), "-c", "import ssl"], check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError):
            return False
    return True


def main(argv: list[str]) -> None:
    if have_all() and "--refresh" not in argv:
        print(
            f"dev.py pythons: CPython {', '.join(VERSIONS)} already in {PREFIX.relative_to(ROOT)}"
            " (--refresh takes sid's newest again)"
        )
        return
    print("dev.py pythons: installed", ", ".join(install()), "into", PREFIX.relative_to(ROOT))


if __name__ == "__main__":
    main(sys.argv[1:])
