import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The built site: TEST_SITE_DIR (CI: the build it publishes), or a fresh strict build.

    Under pytest-xdist (python3 dev.py test runs -n auto) every worker asks for it:
    the first builds it into the run's shared temporary folder, the others wait
    for that build and use it (xdist's documented pattern, with a file lock).
    """
    from filelock import FileLock  # here: the snippet tests alone need only pytest (newer-pythons job)

    given = os.environ.get("TEST_SITE_DIR")
    if given:
        site = Path(given).resolve()
        if not (site / "index.html").is_file():
            pytest.fail(f"TEST_SITE_DIR={given} holds no built site (no index.html)", pytrace=False)
        return site
    shared = tmp_path_factory.getbasetemp().parent  # the same folder for every worker of this run
    site = shared / "site"
    with FileLock(shared / "site.lock"):
        if (shared / "site.failed").is_file():
            pytest.fail((shared / "site.failed").read_text("utf-8"), pytrace=False)
        if not (site / "index.html").is_file():
            command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
            env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
            build = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
            if build.returncode:
                message = f"mkdocs build --strict failed:\n{build.stdout}{build.stderr}"
                (shared / "site.failed").write_text(message, "utf-8")
                pytest.fail(message, pytrace=False)
    return site


#: Lines that tests report rather than assert (timings): a test adds them with
#: record_property("report", [title, *lines]); they are printed at the end of the run.
#: They travel in the test's report, so they reach the summary from an xdist worker too.
_REPORTS: list[list[str]] = []


def pytest_runtest_logreport(report):
    if report.when == "call":
        _REPORTS.extend(value for name, value in report.user_properties if name == "report")


def pytest_terminal_summary(terminalreporter):
    for title, *lines in _REPORTS:
        terminalreporter.write_sep("-", title)
        for line in lines:
            terminalreporter.write_line(line)
