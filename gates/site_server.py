"""Serve a built site on 127.0.0.1 the way GitHub Pages serves it.

The site is mounted under the path of ``site_url`` (``/threads-and-processes/``),
read from the built sitemap, so absolute links -- which MkDocs writes into
``404.html`` -- resolve exactly as they will once deployed, a missing page
answers ``404`` with the site's own ``404.html``, and text is sent gzipped to a
browser that accepts it, as GitHub Pages does (page weight is part of what
Lighthouse measures).  The sitemaps list this server's URLs instead of the
deployed ones, so Material turns instant navigation on, as it does for readers.  Used by the browser tests and
by Lighthouse CI (lighthouserc.json starts it on a fixed port); run it by hand to look at a built site:

    python gates/site_server.py /tmp/site [PORT]     # prints the URL, Ctrl-C stops it
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import os
import re
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

#: How Debian's Chromium starts cleanly here (as root, without its own background
#: connections to Google's hosts); callers add their headless flag.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> str | None:
    """Debian's Chromium (CHROME_PATH overrides), or None: never a browser a tool downloads."""
    return os.environ.get("CHROME_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")


_EDITION = re.compile(r"[a-z]{2}(-[a-z]+)?")  # zh/, pt-br/


def editions(site: Path) -> set[str]:
    """The folders of a built site that hold another language's edition: a language code with a home page."""
    return {d.name for d in site.iterdir() if _EDITION.fullmatch(d.name) and (d / "index.html").is_file()}


#: Sent gzipped when the browser accepts it, as GitHub Pages does.
COMPRESSIBLE = {
    "text/html",
    "text/css",
    "text/javascript",
    "application/javascript",
    "application/json",
    "application/xml",
    "text/xml",
    "text/plain",
    "image/svg+xml",
}
_LOC = re.compile(r"<loc>\s*([^<\s]+)\s*</loc>")


def sitemap_urls(site: Path) -> list[str]:
    """Every <loc> of the built sitemap, in order (an empty list without one)."""
    sitemap = site / "sitemap.xml"
    return _LOC.findall(sitemap.read_text("utf-8")) if sitemap.is_file() else []


def mount_path(site: Path) -> str:
    """The path the site lives under once deployed: '/threads-and-processes/' (or '/')."""
    urls = sitemap_urls(site)
    if not urls:
        return "/"
    path = urlsplit(min(urls, key=len)).path  # the home page is the shortest URL
    return path if path.endswith("/") else path + "/"


class _Handler(http.server.SimpleHTTPRequestHandler):
    mount = "/"
    deployed_origin = "https://example.invalid"  # of the sitemap's URLs: https://user.github.io

    def translate_path(self, path: str) -> str:
        clean = urlsplit(path).path
        if not clean.startswith(self.mount):
            return str(Path(self.directory) / ".outside-the-mount-path")  # answered 404
        return super().translate_path("/" + clean[len(self.mount) :])

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        ctype = self.guess_type(str(path))
        sitemap = path.name == "sitemap.xml" and path.is_file()
        gzipped = (
            path.is_file() and ctype in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")
        )
        if not (sitemap or gzipped):
            return super().send_head()
        body = path.read_bytes() if not gzipped else _gzipped(path, path.stat().st_mtime_ns)
        if sitemap:  # the deployed site's URLs, moved to this server: Material's instant navigation
            # only takes over clicks on links that its sitemap lists, so without this the
            # browser tests would meet a site without instant navigation, unlike readers.
            text = path.read_text("utf-8").replace(self.deployed_origin, f"http://{self.headers['Host']}")
            body = gzip.compress(text.encode(), 6, mtime=0) if gzipped else text.encode()
        self.send_response(200)
        self.send_header("Content-Type", ctype + ("; charset=utf-8" if ctype.startswith("text/") else ""))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return None

    def log_message(self, format, *args):  # quiet: tests read their own results
        pass


@functools.lru_cache(maxsize=512)
def _gzipped(path: Path, mtime_ns: int) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


@contextlib.contextmanager
def serve(site: Path, port: int = 0) -> Iterator[str]:
    """Serve `site` in a background thread; yield the home page URL, e.g. http://127.0.0.1:PORT/x/.

    Port 0 (the default) lets the system pick a free one."""
    site = Path(site).resolve()
    mount = mount_path(site)
    urls = sitemap_urls(site)
    deployed = urlsplit(urls[0])._replace(path="", query="", fragment="").geturl() if urls else ""
    handler = type("Handler", (_Handler,), {"mount": mount, "deployed_origin": deployed or "-"})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(handler, directory=str(site))
    )
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{mount}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    with serve(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) == 3 else 0) as url:
        print(url, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
