import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# `sitebuild`, `gates` and `tests.helpers` are imported from the repository root.
sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The built site: TEST_SITE_DIR (CI: the build it publishes), or a fresh strict build."""
    given = os.environ.get("TEST_SITE_DIR")
    if given:
        site = Path(given).resolve()
        if not (site / "index.html").is_file():
            pytest.fail(f"TEST_SITE_DIR={given} holds no built site (no index.html)", pytrace=False)
        return site
    site = tmp_path_factory.mktemp("site")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
    build = subprocess.run(
        command, cwd=ROOT, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), capture_output=True, text=True
    )
    if build.returncode:
        pytest.fail(f"mkdocs build --strict failed:\n{build.stdout}{build.stderr}", pytrace=False)
    return site
