"""A local hostile web server for the fault suite (tests/test_hostile.py).

One threading HTTP server on 127.0.0.1 (and, with ``tls=True``, a second one whose certificate
comes from a trustme CA nobody trusts). Every path is one way a real site misbehaves; the
server records each request so a test can assert that a forbidden URL was never fetched.

Paths: ``/good`` (a page naming the school), ``/trickle`` (one byte a second),
``/huge`` (Content-Length of 10 GB), ``/bomb`` (a gzip bomb), ``/loop`` (a redirect loop),
``/to-local`` (redirect to 127.0.0.1), ``/to-metadata`` (redirect to 169.254.169.254),
``/calendar?month=N`` (an endless calendar), ``/error`` (500), ``/busy`` (429, Retry-After an
hour), ``/busy-short`` (429 with Retry-After: 1, then 200), ``/reset`` (a TCP reset),
``/secret`` (must never be requested), ``/latin1`` (bad encoding, malformed HTML).
"""

from __future__ import annotations

import gzip
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

GOOD_PAGE = (
    "<html><head><title>Parents forum</title></head><body><article><p>Posted by angrydad: "
    "the pick-up at The Springfield Centre in Springfield was chaos again today."
    "</p></article></body></html>"
)
BAD_HTML = (
    b"<html><head><title>Caf\xe9 news</head><body><p>The Springfield Centre in Springfield "
    b"<b><i>caf\xe9 \xff\xfe opening</b></i><table><tr><td>unclosed<div></p>\x00\x01"
)
_BOMB: bytes | None = None


def gzip_bomb(size: int = 64 * 1024 * 1024) -> bytes:
    """``size`` zero bytes, gzipped (about 1/1000 of that on the wire)."""
    global _BOMB
    if _BOMB is None:
        _BOMB = gzip.compress(b"\0" * size, compresslevel=9)
    return _BOMB


@dataclass
class HostileState:
    port: int = 0
    hits: list[str] = field(default_factory=list)
    busy_short_seen: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    pages: dict[str, str] = field(default_factory=dict)  # path → HTML served instead
    on_path: dict[str, Callable[[], object]] = field(default_factory=dict)  # path → action

    def count(self, path: str) -> int:
        with self.lock:
            return sum(1 for h in self.hits if urlsplit(h).path == path)


def _handler(state: HostileState) -> type[BaseHTTPRequestHandler]:
    class Hostile(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def _send(
            self,
            status: int,
            body: bytes,
            ctype: str = "text/html; charset=utf-8",
            headers: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def _redirect(self, location: str) -> None:
            self._send(302, b"", headers={"Location": location})

        def do_GET(self) -> None:  # noqa: N802, C901
            with state.lock:
                state.hits.append(self.path)
            parts = urlsplit(self.path)
            path = parts.path
            try:
                action = state.on_path.get(path)
                if action is not None:
                    action()
                if path in state.pages:
                    self._send(200, state.pages[path].encode())
                elif action is not None:
                    self._send(200, b"GIF89a", "image/gif")
                elif path == "/robots.txt":
                    self._send(404, b"", "text/plain")
                elif path == "/good":
                    self._send(200, GOOD_PAGE.encode())
                elif path == "/latin1":
                    self._send(200, BAD_HTML, "text/html; charset=utf-8")
                elif path == "/trickle":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", "120")
                    self.end_headers()
                    for _ in range(120):
                        self.wfile.write(b"x")
                        self.wfile.flush()
                        time.sleep(1)
                elif path == "/huge":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(10 * 1024**3))
                    self.end_headers()
                    for _ in range(20):
                        self.wfile.write(b"<p>" + b"a" * 65536)
                        time.sleep(0.05)
                elif path == "/bomb":
                    self._send(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})
                elif path == "/loop":
                    self._redirect("/loop-back")
                elif path == "/loop-back":
                    self._redirect("/loop")
                elif path == "/to-local":
                    self._redirect(f"http://127.0.0.1:{state.port}/secret")
                elif path == "/to-metadata":
                    self._redirect("http://169.254.169.254/latest/meta-data/")
                elif path == "/to-localhost":
                    self._redirect(f"http://localhost:{state.port}/secret")
                elif path == "/calendar":
                    month = int(parse_qs(parts.query).get("month", ["0"])[0])
                    body = (
                        f"<html><body><h1>Events, month {month}</h1>"
                        f'<a href="/calendar?month={month + 1}">next</a> '
                        f'<a href="/calendar?month={month - 1}">previous</a></body></html>'
                    )
                    self._send(200, body.encode())
                elif path == "/error":
                    self._send(500, b"<h1>Internal Server Error</h1>")
                elif path == "/busy":
                    self._send(429, b"slow down", "text/plain", {"Retry-After": "3600"})
                elif path == "/busy-short":
                    with state.lock:
                        state.busy_short_seen += 1
                        first = state.busy_short_seen == 1
                    if first:
                        self._send(429, b"slow down", "text/plain", {"Retry-After": "1"})
                    else:
                        self._send(200, GOOD_PAGE.replace("chaos", "calm").encode())
                elif path == "/reset":
                    self.connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
                    self.connection.close()
                    self.close_connection = True
                elif path == "/secret":
                    self._send(200, b"<p>internal admin panel</p>")
                else:
                    self._send(404, b"not here")
            except (BrokenPipeError, ConnectionResetError, OSError):
                self.close_connection = True

    return Hostile


@dataclass
class Hostile:
    url: str
    tls_url: str
    state: HostileState


@contextmanager
def serve_hostile(tls: bool = True) -> Iterator[Hostile]:
    """Start the hostile server (and an untrusted-TLS twin); yield their base URLs."""
    state = HostileState()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.port = int(server.server_address[1])
    servers = [server]
    tls_url = ""
    if tls:
        import trustme

        ca = trustme.CA()  # never installed anywhere: its certificates are untrusted
        cert = ca.issue_cert("127.0.0.1", "localhost", "tls.test")
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        cert.configure_cert(context)
        tls_server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
        tls_server.daemon_threads = True
        tls_server.socket = context.wrap_socket(tls_server.socket, server_side=True)
        servers.append(tls_server)
        tls_url = f"https://127.0.0.1:{tls_server.server_address[1]}/"
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in servers]
    for t in threads:
        t.start()
    try:
        yield Hostile(f"http://127.0.0.1:{state.port}/", tls_url, state)
    finally:
        for s in servers:
            s.shutdown()
            s.server_close()
