"""How long does a prose edit take to show under `mkdocs serve` (what `python3 dev.py serve` runs)?

    .venv/bin/python gates/bench_serve.py             # 5 edits of docs/threads/locks.md
    .venv/bin/python gates/bench_serve.py --edits 9 --page docs/index.md

Starts ``mkdocs serve`` on a free port, waits for its first build, then edits
the page's Markdown (appends a paragraph with a new word) and asks the server
for the page every 50 ms until the word is there: the time from the write to
the page that shows it is what a contributor waits for.  The page is restored
at the end.  Prints each edit's time and the median; the target is 2 s
(issue 25).  Also prints the server process's CPU seconds per rebuild, a
figure a busy machine changes less than wall time.  Run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
TARGET = 2.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError):
        return ""


def cpu_seconds(pid: int) -> float:
    """User + system CPU of the server process (and its waited-for children), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--page", default="docs/threads/locks.md")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    page = ROOT / args.page
    address = page.relative_to(ROOT / "docs").with_suffix("").as_posix()
    address = "" if address == "index" else address.removesuffix("/index") + "/"
    port = free_port()
    site_url = re.search(r"^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text("utf-8"), re.M)
    mount = urlsplit(site_url[1]).path if site_url else "/"  # mkdocs serve serves the site under it
    url = f"http://127.0.0.1:{port}{mount.rstrip('/')}/{address}"
    original = page.read_bytes()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    log = tempfile.NamedTemporaryFile(prefix="bench-serve-", suffix=".log", delete=False)  # noqa: SIM115 - kept for the reader
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    times, cpu = [], []
    try:
        started = time.perf_counter()
        while "</html>" not in fetch(url):
            if server.poll() is not None or time.perf_counter() - started > 300:
                print(f"bench_serve: the server did not come up at {url} (its log: {log.name})")
                return 1
            time.sleep(0.5)
        print(
            f"bench_serve: first build served after {time.perf_counter() - started:.1f} s; editing {args.page}"
        )
        time.sleep(2)  # let the watcher settle
        for edit in range(args.edits):
            word = f"servecheck{edit}x{os.getpid()}"
            before = cpu_seconds(server.pid)
            page.write_bytes(original + f"\n\nEdited {word}.\n".encode())
            written = time.perf_counter()
            while word not in fetch(url):
                if time.perf_counter() - written > args.timeout:
                    print(f"  edit {edit + 1}: not shown after {args.timeout:.0f} s")
                    return 1
                time.sleep(0.05)
            times.append(time.perf_counter() - written)
            time.sleep(1.5)  # the rebuild is over (its last files are written after the page)
            cpu.append(cpu_seconds(server.pid) - before)
            print(f"  edit {edit + 1}: shown after {times[-1]:.2f} s (server CPU {cpu[-1]:.2f} s)")
    finally:
        page.write_bytes(original)
        os.killpg(server.pid, 15)
        server.wait()
    median = statistics.median(times)
    print(
        f"bench_serve: median {median:.2f} s over {len(times)} edits (target <= {TARGET:g} s); "
        f"server CPU per rebuild: median {statistics.median(cpu):.2f} s; load average {os.getloadavg()[0]:.1f}"
    )
    return 0 if median <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
