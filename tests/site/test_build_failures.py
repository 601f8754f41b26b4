"""Bad input fails `mkdocs build --strict` with a message that says what and where.

One small site holds every kind of bad input a contributor might push (issue 25's
table): each must fail the strict build naming the page (and line, and option,
for a fence header) and the file, and nothing of it may be cached as a success.
"""

import os
import subprocess
import sys
import time

from tests.site import small_site

#: A snippet that leaves a file behind when it runs: the pre-build must not run a fence it cannot read.
RAN = "from pathlib import Path\nPath(__file__).with_suffix('.ran').touch()\nraise SystemExit(1)\n"
PAGES = {
    "index.md": "# Home\n\n[good link](ok.md#fine)\n",
    "ok.md": "# Fine { #fine }\n\n```snippet\nhello.py\n```\n",
    "missing.md": "# Missing\n\n```snippet\nnot_there.py\n```\n",
    "raises.md": "# Raises\n\n```snippet\nraises.py\n```\n",
    "declared.md": '# Declared\n\n```snippet returncode="3"\nexits_3.py\n```\n',
    "sleeps.md": "# Sleeps\n\n```snippet\nsleeps.py\n```\n",
    "links.md": "# Links\n\n[no page](nowhere.md) and [no anchor](ok.md#no-such-anchor)\n",
    # the fence headers: front matter first, so the line named is the file's, not the Markdown's
    "unquoted.md": "---\ntitle: Unquoted\n---\n# Unquoted\n\n```snippet returncode=1\nunquoted.py\n```\n",
    "misspelt.md": (
        '# Misspelt\n\n```snippet sorce="tabbed-left"\nhello.py\n```\n\n'
        '```snippet retruncode="1"\nhello.py\n```\n\n```snippet alone="yes"\nhello.py\n```\n'
    ),
    "bad_value.md": '# Bad value\n\n```snippet returncode="one"\nhello.py\n```\n',
    "helper.md": "# Helper\n\n```snippet\nhelper.py\n```\n",
    "loud.md": "# Loud\n\n```snippet\nloud.py\n```\n",
    "bytes.md": "# Bytes\n\n```snippet\nbytes.py\n```\n",
}
SNIPPETS = {
    "hello.py": "print('hello')\n",
    "raises.py": "print('before')\nraise ValueError('bad value')\n",
    "exits_3.py": "raise SystemExit(3)\n",
    "sleeps.py": "import time\ntime.sleep(30)\n",
    "unquoted.py": RAN,
    "helper.py": (
        "import subprocess, sys\n"
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'],\n"
        "                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    ),
    "loud.py": "print('x' * 10_000_000)\n",
    "bytes.py": "import sys\nsys.stdout.buffer.write(b'caf\\xe9\\n')\n",
}


def build(folder, pages, snippets, **config):
    small_site.write(folder, pages, snippets, list(pages), **config)
    env = dict(
        os.environ,
        SNIPPETS_DIR=str(folder / "snippets"),
        SNIPPETS_TIMEOUT="2",
        SNIPPETS_FRESH="1",
        NO_MKDOCS_2_WARNING="1",
    )
    env.pop("SNIPPETS_REQUIRE_PYTHONS", None)
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(folder / "mkdocs.yml")],
        capture_output=True,
        text=True,
        env=env,
        cwd=folder,
    )
    return run.returncode, run.stdout + run.stderr


def test_broken_inputs_fail_the_strict_build_with_clear_messages(tmp_path):
    started = time.monotonic()
    code, log = build(tmp_path, PAGES, SNIPPETS)
    assert code != 0, log
    assert time.monotonic() - started < 60  # the sleeping snippet was killed at its timeout
    assert "mkdocs_hooks.py" not in log, log  # no traceback of the build itself
    assert "page docs/missing.md: snippets/not_there.py: no such file" in log
    assert "page docs/raises.md: snippets/raises.py exited with code 1, expected 0" in log
    assert "ValueError: bad value" in log  # the last lines of its output
    assert "page docs/sleeps.md: snippets/sleeps.py timed out after 2 s" in log
    assert "declared.md" not in log  # exit code 3 was declared on the fence
    assert "'nowhere.md'" in log and "links.md" in log
    assert "'#no-such-anchor'" in log
    # fence headers: page, line and option, and the pre-build ran nothing for them
    assert (
        'docs/unquoted.md:6: snippet fence: option returncode=1 needs its value in double quotes: returncode="1"'
        in log
    )
    assert not (tmp_path / "snippets" / "unquoted.ran").exists()
    assert "snippet returncode=1" not in (tmp_path / "site" / "unquoted" / "index.html").read_text("utf-8")
    assert (
        'docs/misspelt.md:3: snippet fence: unknown option sorce="tabbed-left" (did you mean source?)' in log
    )
    assert (
        'docs/misspelt.md:7: snippet fence: unknown option retruncode="1" (did you mean returncode?)' in log
    )
    assert 'docs/misspelt.md:11: snippet fence: option alone="yes" is not valid: alone takes "1"' in log
    assert 'docs/bad_value.md:3: snippet fence: option returncode="one" is not valid' in log
    # what the runner refuses: a process left behind, too much output, bytes that are not UTF-8
    assert "page docs/helper.md: snippets/helper.py left child processes running after it exited" in log
    assert "page docs/loud.md: snippets/loud.py printed more than 100,000 bytes" in log
    assert "page docs/bytes.md: snippets/bytes.py printed bytes that are not UTF-8, at line 1" in log
    for page in ("helper", "loud", "bytes"):
        assert (tmp_path / "site" / page / "index.html").stat().st_size < 200_000
    assert "hello.py" not in log.replace("docs/misspelt.md", "")


def test_a_page_without_its_twin_is_named(tmp_path):
    pages = {
        "index.md": "# Home\n",
        "index.zh.md": "# 首页\n",
        "english_only.md": "# Only English\n",
        "chinese_only.zh.md": "# 只有中文\n",
    }
    code, log = build(tmp_path, pages, {}, fallback=False, i18n_hooks=True)
    assert code != 0, log
    assert "docs/english_only.md has no 'zh' twin: docs/english_only.zh.md is missing" in log
    assert "docs/chinese_only.zh.md translates docs/chinese_only.md, which is missing" in log
