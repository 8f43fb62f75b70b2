"""Shared fixtures: a local file-serving site, watchlist writing, and the demo web."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

BASE_WATCHLIST = """
[school]
name = "The Springfield Centre"
aliases = ["Springfield Centre"]
locality = ["Springfield"]
own_domains = ["springfieldcentre.example"]
phones = ["01632 960000"]

[[staff]]
id = "jsmith"
name = "Jane Smith"
aliases = ["Jane Smyth-Jones"]
role = "Year 6 teacher"
line_manager = "head@springfieldcentre.example"

[[staff]]
id = "rokafor"
name = "Robert Okafor"
role = "Head of Maths"
line_manager = "deputy@springfieldcentre.example"
unique = true

[crawl]
allow_private_addresses = true
download_delay = 0.0
timeout_seconds = 5
site_timeout_seconds = 60

[digest]
from = "repwatch@springfieldcentre.example"
always = ["dsl@springfieldcentre.example"]

[evidence]
browser = false
"""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def file_site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A local HTTP server serving a folder the test can change; yields (base URL, folder)."""
    root = tmp_path / "site"
    root.mkdir()
    handler = functools.partial(_Quiet, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", root
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def write_watchlist(tmp_path: Path) -> Callable[..., Path]:
    """Write a watchlist with the given extra TOML; storage goes under tmp_path/reports."""

    def write(extra: str = "", *, base: str = BASE_WATCHLIST, name: str = "watchlist.toml") -> Path:
        path = tmp_path / name
        storage = f'\n[storage]\ndir = "{tmp_path / "reports"}"\n'
        path.write_text(base + storage + extra, encoding="utf-8")
        return path

    return write
