"""Helpers for the digest tests: a real aiosmtpd server on 127.0.0.1 and stored findings.

The server binds port 0 itself (a pre-bound socket), so parallel tests never collide; a socket
bound but not yet listening refuses connections, which is how a test makes "the server is
down" and then brings it up on the same port.
"""

from __future__ import annotations

import email
import email.policy
import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from repwatch.models import Category, FetchedPage, Mention, Severity, SourceKind, severity_of
from repwatch.store import Store

FINDING_ID = re.compile(r"\bF[0-9a-f]{10}\b")


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        msg = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        return msg

    def part(self, subtype: str) -> str:
        body = self.message.get_body(preferencelist=(subtype,))
        assert body is not None, f"no text/{subtype} part"
        return str(body.get_content())

    def finding_ids(self, subtype: str) -> set[str]:
        return set(FINDING_ID.findall(self.part(subtype)))


@dataclass
class Handler:
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.received.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
            )
        return "250 OK"

    def to(self, address: str) -> list[Received]:
        return [r for r in self.received if address in r.rcpt_tos]


class LocalSMTP(Controller):
    """aiosmtpd's threaded controller on a socket we bound to port 0 ourselves."""

    def __init__(self, handler: Handler, sock: socket.socket, **kwargs: Any) -> None:
        self._sock = sock
        super().__init__(handler, hostname="127.0.0.1", port=sock.getsockname()[1], **kwargs)

    def _create_server(self) -> Any:
        return self.loop.create_server(self._factory_invoker, sock=self._sock, ssl=self.ssl_context)


def bound_socket() -> socket.socket:
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


def port_of(sock: socket.socket) -> int:
    return int(sock.getsockname()[1])


@contextmanager
def smtp_server(sock: socket.socket | None = None, **kwargs: Any) -> Iterator[tuple[Handler, int]]:
    """A running server; yields (handler with what it received, port)."""
    sock = sock or bound_socket()
    handler = Handler()
    controller = LocalSMTP(handler, sock, **kwargs)
    controller.start()
    try:
        yield handler, port_of(sock)
    finally:
        controller.stop()


def accept_login(user: str, password: str) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = data.login.decode() == user and data.password.decode() == password
        return AuthResult(success=ok, handled=False)

    return check


def add_finding(
    store: Store,
    run_id: int,
    *,
    url: str,
    subject: str,
    subject_name: str,
    categories: tuple[Category, ...],
    at: datetime,
    title: str = "A page",
    snippet: str = "",
    matched: str = "",
    body_sha: str = "",
    url_only: bool = False,
    source: str = "Local pages",
) -> str:
    """Store one finding the way run._process does; return its id."""
    from repwatch.run import finding_id

    matched = matched or subject_name
    snippet = snippet or f"people were talking about {matched} at the gate"
    page = FetchedPage(
        url=url,
        final_url=url,
        status=200,
        fetched_at=at,
        sha256=body_sha or f"{abs(hash((url, snippet))):064x}"[:64],
        body_path=None,
        content_type="text/html",
        source=source,
        source_kind=SourceKind.SITE,
    )
    sev: Severity = severity_of(categories)
    mention = Mention(
        subject=subject,
        matched=matched,
        start=0,
        end=len(matched),
        score=0.97,
        variant=matched,
        reason=f"name '{matched}' matched; words: {', '.join(categories) or 'none'}",
        categories=categories,
        severity=sev,
        snippet=snippet,
        url_only=url_only,
    )
    fid = finding_id(url, subject)
    store.save_findings(run_id, page, title, [(fid, subject_name, mention)])
    return fid
