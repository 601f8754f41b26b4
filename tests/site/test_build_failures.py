"""Bad input fails `mkdocs build --strict` with a message that says what and where."""

import os
import subprocess
import sys
import time

from tests.site import small_site

PAGES = {
    "index.md": "# Home\n\n[good link](ok.md#fine)\n",
    "ok.md": "# Fine { #fine }\n\n```snippet\nhello.py\n```\n",
    "missing.md": "# Missing\n\n```snippet\nnot_there.py\n```\n",
    "raises.md": "# Raises\n\n```snippet\nraises.py\n```\n",
    "declared.md": '# Declared\n\n```snippet returncode="3"\nexits_3.py\n```\n',
    "sleeps.md": "# Sleeps\n\n```snippet\nsleeps.py\n```\n",
    "links.md": "# Links\n\n[no page](nowhere.md) and [no anchor](ok.md#no-such-anchor)\n",
}
SNIPPETS = {
    "hello.py": "print('hello')\n",
    "raises.py": "print('before')\nraise ValueError('bad value')\n",
    "exits_3.py": "raise SystemExit(3)\n",
    "sleeps.py": "import time\ntime.sleep(30)\n",
}


def test_broken_inputs_fail_the_strict_build_with_clear_messages(tmp_path):
    small_site.write(tmp_path, PAGES, SNIPPETS, list(PAGES))
    env = dict(os.environ, SNIPPETS_DIR=str(tmp_path / "snippets"), SNIPPETS_TIMEOUT="2", SNIPPETS_FRESH="1")
    started = time.monotonic()
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(tmp_path / "mkdocs.yml")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    log = build.stdout + build.stderr
    assert build.returncode != 0, log
    assert time.monotonic() - started < 30  # the sleeping snippet was killed at its timeout
    assert "page docs/missing.md: snippets/not_there.py: no such file" in log
    assert "page docs/raises.md: snippets/raises.py exited with code 1, expected 0" in log
    assert "ValueError: bad value" in log  # the last lines of its output
    assert "page docs/sleeps.md: snippets/sleeps.py timed out after 2 s" in log
    assert "declared.md" not in log  # exit code 3 was declared on the fence
    assert "hello.py" not in log
    assert "'nowhere.md'" in log and "links.md" in log
    assert "'#no-such-anchor'" in log
