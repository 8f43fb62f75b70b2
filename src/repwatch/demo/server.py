"""The embedded demo web: serves the bundled static sites under ``demo/site/`` on 127.0.0.1.

Sits before the whole data flow: ``repwatch demo`` and the end-to-end tests start these servers,
point a watchlist's ``[[sites]]`` at the URLs, and run the real crawl against them. Files are
read through importlib.resources, so the demo works from an installed wheel as well as from a
checkout. One ThreadingHTTPServer per site (each on its own free port, so every site is its
own origin with its own robots.txt); an optional fifth server answers 500 to everything, for
the "could not check" path.
"""

from __future__ import annotations

import mimetypes
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from importlib.resources.abc import Traversable
from urllib.parse import unquote, urlsplit

SITES: tuple[str, ...] = ("gazette", "forum", "reviews", "sport")
# The name each site gives itself in its pages (handy as a watchlist [[sites]] name).
SITE_TITLES: dict[str, str] = {
    "gazette": "Springfield Gazette",
    "forum": "Springfield Parents Talk",
    "reviews": "SchoolVoice",
    "sport": "Sideline Weekly",
}
BROKEN = "broken"

# Text types carry an explicit charset so the crawler and the evidence record agree on decoding.
_TEXT_TYPES = {
    "text/html",
    "text/plain",
    "text/css",
    "application/javascript",
    "text/xml",
    "application/xml",
    "application/json",
}


def site_root(site: str) -> Traversable:
    """The folder holding ``site``'s files, inside the installed package."""
    if site not in SITES:
        raise ValueError(f"unknown demo site {site!r}; choose one of {', '.join(SITES)}")
    return files("repwatch.demo").joinpath("site", site)


def _content_type(name: str) -> str:
    if name == "robots.txt":
        return "text/plain; charset=utf-8"
    guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return f"{guessed}; charset=utf-8" if guessed in _TEXT_TYPES else guessed


def _resolve(root: Traversable, url_path: str) -> tuple[Traversable | None, bool]:
    """(file, redirect_to_slash) for ``url_path``; (None, False) when there is no such file.

    Each segment is looked up by name under ``root``, and ``..``/empty segments are refused, so
    a request can never reach outside the site's folder.
    """
    node = root
    parts = [unquote(p) for p in url_path.split("/")]
    trailing_slash = url_path.endswith("/")
    for part in parts:
        if part in ("", "."):
            continue
        if part == ".." or "/" in part or "\\" in part or "\x00" in part:
            return None, False
        node = node.joinpath(part)
        if not (node.is_dir() or node.is_file()):
            return None, False
    if node.is_dir():
        if not trailing_slash:
            return node, True
        node = node.joinpath("index.html")
    return (node, False) if node.is_file() else (None, False)


class _QuietHandler(BaseHTTPRequestHandler):
    server_version = "repwatch-demo/1"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Silence per-request logging: the demo's output is the digest, not an access log."""


class _SiteHandler(_QuietHandler):
    root: Traversable  # set on the per-site subclass

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, send_body: bool) -> None:
        path = urlsplit(self.path).path or "/"
        node, redirect = _resolve(self.root, path)
        if node is not None and redirect:
            self._send(
                HTTPStatus.MOVED_PERMANENTLY,
                b"",
                "text/plain; charset=utf-8",
                send_body,
                extra={"Location": path + "/"},
            )
            return
        if node is None:
            body = b"<!DOCTYPE html><title>Not found</title><h1>404 Not found</h1>\n"
            self._send(HTTPStatus.NOT_FOUND, body, "text/html; charset=utf-8", send_body)
            return
        self._send(HTTPStatus.OK, node.read_bytes(), _content_type(node.name), send_body)

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        ctype: str,
        send_body: bool,
        extra: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class _BrokenHandler(_QuietHandler):
    """Answers 500 to every request, robots.txt included."""

    def do_GET(self) -> None:
        self._fail(send_body=True)

    def do_HEAD(self) -> None:
        self._fail(send_body=False)

    def _fail(self, send_body: bool) -> None:
        body = b"<!DOCTYPE html><title>Server error</title><h1>500 Internal Server Error</h1>\n"
        self.send_response(HTTPStatus.INTERNAL_SERVER_ERROR)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a crawler's keep-alive connection must not block shutdown


@contextmanager
def _running(handler: type[BaseHTTPRequestHandler], host: str) -> Iterator[str]:
    server = _Server((host, 0), handler)
    thread = threading.Thread(
        target=server.serve_forever, name=f"demo-{handler.__name__}", daemon=True
    )
    thread.start()
    try:
        bound_host, port = str(server.server_address[0]), server.server_address[1]
        shown = f"[{bound_host}]" if ":" in bound_host else bound_host
        yield f"http://{shown}:{port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def serve_demo(host: str = "127.0.0.1", include_broken: bool = False) -> Iterator[dict[str, str]]:
    """Serve every demo site; yields ``{site name: base URL}`` and stops them all on exit.

    With ``include_broken`` a fifth entry, ``"broken"``, points at a server that answers 500 to
    everything (a source the run must report under "could not check").
    """
    with ExitStack() as stack:
        urls: dict[str, str] = {}
        for site in SITES:
            handler = type(f"_{site.title()}Handler", (_SiteHandler,), {"root": site_root(site)})
            urls[site] = stack.enter_context(_running(handler, host))
        if include_broken:
            urls[BROKEN] = stack.enter_context(_running(_BrokenHandler, host))
        yield urls
