"""URLs of the served site."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit


def origin(url: str) -> str:
    """http://127.0.0.1:PORT for any URL on that server."""
    return urlsplit(url)._replace(path="", query="", fragment="").geturl()


def local_path(url: str, home: str) -> str:
    """'threads/starting-threads/' for a URL of the site (local or deployed), '' for the home page."""
    path = urlsplit(urljoin(home, url)).path
    mount = urlsplit(home).path
    assert path.startswith(mount), f"{url} is not a page of the site (mounted at {mount})"
    return path[len(mount) :]
