"""Digest email: build the MIME message, keep it in the outbox, deliver it over SMTP.

Sits at the end of the report stage. :func:`build_message` turns one reader's rendered digest
into a multipart/alternative message (plain text + HTML, optional inline thumbnails) with
``Message-ID``, ``Date``, ``List-Id`` and auto-reply suppression headers. The message is saved
as ``reports/outbox/<id>.eml`` (temp file + rename) and recorded in the store's outbox *before*
any connection is made; :func:`deliver` then sends every queued message, byte for byte what is
on disk, over one SMTP session (STARTTLS, implicit TLS, or plain for a local relay), and marks
each one sent as soon as the server accepts it. A message the server did not accept stays
queued and is retried on the next run; one already marked sent is never sent again.

Login names and passwords come from the environment variables the watchlist names; they are
never logged, stored or put in an error message.
"""

from __future__ import annotations

import binascii
import contextlib
import hashlib
import secrets
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path
from types import TracebackType

from repwatch.config import Smtp, Watchlist
from repwatch.errors import DeliveryError
from repwatch.store import OutboxMessage, Store

from .render import write_atomic

# Long subjects stay on one header line (RFC 5322 allows 998): folding "Subject:" onto its own
# line shows as a leading space in some clients.
SMTP_POLICY = SMTP.clone(max_line_length=998)
OUTBOX = "outbox"
SENT = "outbox/sent"


def sender_domain(sender: str) -> str:
    return sender.rpartition("@")[2] or "localhost"


def list_id(watchlist: Watchlist) -> str:
    """``[digest] list_id`` as given (wrapped in <> if bare), or one made from the sender."""
    configured = watchlist.digest.list_id.strip()
    if configured:
        return configured if "<" in configured else f"<{configured}>"
    return f"repwatch digest <digest.repwatch.{sender_domain(watchlist.digest.sender)}>"


def new_message_id(watchlist: Watchlist) -> str:
    return make_msgid(idstring="repwatch", domain=sender_domain(watchlist.digest.sender))


def build_message(
    watchlist: Watchlist,
    *,
    recipient: str,
    subject: str,
    html: str,
    text: str,
    message_id: str,
    date: datetime,
    images: Mapping[str, Path] | None = None,
) -> bytes:
    """The message as it goes on the wire (CRLF line ends): multipart/alternative with a
    quoted-printable text and HTML part, or multipart/related inside it for thumbnails."""
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = watchlist.digest.sender
    msg["To"] = recipient
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    msg["List-Id"] = list_id(watchlist)
    # An automatic report: no out-of-office replies, no Outlook read-receipt loops.
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    if images:
        msg.make_alternative()
        msg.attach(_text_part(text, "plain"))
        msg.attach(_text_part(html, "html"))
        html_part = msg.get_body(preferencelist=("html",))
        assert isinstance(html_part, EmailMessage)
        for cid, path in images.items():
            html_part.add_related(
                path.read_bytes(),
                maintype="image",
                subtype="png",
                cid=f"<{cid}>",
                filename=path.name,
                disposition="inline",
            )
        return msg.as_bytes(policy=SMTP_POLICY)
    # The common case is assembled directly: the email package's generator re-splits every
    # line of a megabyte body in Python. "=_" cannot occur in quoted-printable text, so the
    # boundary can never collide with the content.
    boundary = f"=_repwatch_{secrets.token_hex(12)}"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = f'multipart/alternative; boundary="{boundary}"'
    out = [b"".join(SMTP_POLICY.fold_binary(k, v) for k, v in msg.items()), b"\r\n"]
    for subtype, body in (("plain", text), ("html", html)):
        out.append(
            f'--{boundary}\r\nContent-Type: text/{subtype}; charset="utf-8"\r\n'
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n".encode()
        )
        out.append(_qp(body).replace(b"\n", b"\r\n"))
        out.append(b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)


def _qp(text: str) -> bytes:
    """Quoted-printable by binascii's C code: the stdlib's email encoder is pure Python
    (~20× slower here), and base64 would make the mostly-ASCII HTML a third bigger."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return binascii.b2a_qp(text.encode("utf-8"), istext=True)


def _text_part(text: str, subtype: str) -> EmailMessage:
    part = EmailMessage(policy=SMTP_POLICY)
    part["Content-Type"] = f'text/{subtype}; charset="utf-8"'
    part["Content-Transfer-Encoding"] = "quoted-printable"
    part.set_payload(_qp(text).decode("ascii"))
    return part


def outbox_name(message_id: str, created: datetime) -> str:
    """Named from the time and a hash of the Message-ID, never from an address."""
    token = hashlib.sha256(message_id.encode()).hexdigest()[:16]
    return f"{OUTBOX}/{created.strftime('%Y%m%dT%H%M%S')}-{token}.eml"


def queue_file(reports: Path, rel: str, data: bytes) -> None:
    write_atomic(reports / rel, data)


@dataclass(frozen=True)
class Delivery:
    sent: tuple[str, ...]  # message ids accepted by the server in this call
    problems: tuple[str, ...]


class SmtpSession:
    """One connection to the configured server, logged in if the watchlist says so."""

    def __init__(self, smtp: Smtp, env: Mapping[str, str], base: Path) -> None:
        self.smtp = smtp
        self.env = env
        self.base = base
        self.where = f"SMTP {smtp.host}:{smtp.port} ({smtp.security})"
        self.client: smtplib.SMTP | None = None

    def _context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self.smtp.ca_file:
            ca = Path(self.smtp.ca_file)
            ca = ca if ca.is_absolute() else self.base / ca
            try:
                context.load_verify_locations(cafile=str(ca))
            except (OSError, ssl.SSLError) as exc:
                raise DeliveryError(
                    f"digest.smtp.ca_file: cannot load {ca} ({exc}); give the path of a PEM "
                    "CA bundle (relative paths start at the watchlist's folder)"
                ) from None
        return context

    def _credentials(self) -> tuple[str, str] | None:
        names = (self.smtp.username_env, self.smtp.password_env)
        if not any(names):
            return None
        missing = [n for n in names if not n or n not in self.env]
        if missing:
            raise DeliveryError(
                f"{self.where}: the environment variable(s) "
                f"{', '.join(m or '(unnamed)' for m in missing)} "
                "named by digest.smtp.username_env / password_env are not set; set them for the "
                "cron job (the values are never written anywhere)"
            )
        return self.env[names[0]], self.env[names[1]]

    def __enter__(self) -> SmtpSession:
        smtp = self.smtp
        credentials = self._credentials()
        if credentials and smtp.security == "none":
            raise DeliveryError(
                f"{self.where}: refusing to send the SMTP password unencrypted; set "
                'digest.smtp.security = "starttls" or "tls"'
            )
        try:
            if smtp.security == "tls":
                self.client = smtplib.SMTP_SSL(
                    smtp.host, smtp.port, timeout=smtp.timeout_seconds, context=self._context()
                )
            else:
                self.client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout_seconds)
                if smtp.security == "starttls":
                    self.client.starttls(context=self._context())
            self.client.ehlo_or_helo_if_needed()
            if credentials:
                self.client.login(*credentials)
        except smtplib.SMTPAuthenticationError as exc:
            self._drop()
            raise DeliveryError(
                f"{self.where}: login refused ({exc.smtp_code}); check the user and password in "
                f"${smtp.username_env} / ${smtp.password_env}"
            ) from None
        except smtplib.SMTPNotSupportedError:
            self._drop()
            raise DeliveryError(
                f"{self.where}: the server does not offer "
                f"{'STARTTLS' if smtp.security == 'starttls' else 'AUTH'}; check "
                "digest.smtp.security and port (587 STARTTLS, 465 TLS)"
            ) from None
        except ssl.SSLError as exc:
            self._drop()
            raise DeliveryError(
                f"{self.where}: TLS failed ({exc.reason or exc}); if the server uses a private "
                "CA, set digest.smtp.ca_file to its certificate"
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise DeliveryError(
                f"{self.where}: cannot connect ({exc or type(exc).__name__}); check "
                "digest.smtp.host/port and that the server is up"
            ) from None
        return self

    def send(self, sender: str, recipient: str, data: bytes) -> None:
        assert self.client is not None
        self.client.sendmail(sender, [recipient], data)

    def _drop(self) -> None:
        if self.client is not None:
            try:
                self.client.close()
            finally:
                self.client = None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.client is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                self.client.quit()
            self._drop()


def deliver(
    watchlist: Watchlist,
    store: Store,
    reports: Path,
    *,
    now: datetime,
    env: Mapping[str, str],
) -> Delivery:
    """Send every queued message once; leave what failed queued, saying why."""
    queued = store.outbox(status="queued")
    smtp = watchlist.digest.smtp
    if not queued or smtp is None:
        return Delivery((), ())
    sent: list[str] = []
    problems: list[str] = []

    def left(message: OutboxMessage, why: str) -> None:
        store.mark_send_failed(message.message_id, now, why)
        problems.append(
            f"digest mail to {message.recipient} not delivered: {why}; it stays in "
            f"{reports / message.path} and is retried on the next run"
        )

    try:
        with SmtpSession(smtp, env, watchlist.path.parent) as session:
            for i, message in enumerate(queued):
                try:
                    data = (reports / message.path).read_bytes()
                except OSError as exc:
                    left(message, f"cannot read the queued file ({exc.strerror})")
                    continue
                try:
                    session.send(watchlist.digest.sender, message.recipient, data)
                except smtplib.SMTPServerDisconnected as exc:
                    for rest in queued[i:]:
                        left(rest, f"{session.where}: disconnected ({exc})")
                    break
                except (smtplib.SMTPException, OSError) as exc:
                    left(message, f"{session.where}: {_reply(exc)}")
                    continue
                if store.mark_sent(message.message_id, now):
                    sent.append(message.message_id)
                    _file_away(reports, message.path)
    except DeliveryError as exc:
        # One cause for all of them: say it once, not once per recipient.
        unsent = [m for m in queued if m.message_id not in sent]
        for message in unsent:
            store.mark_send_failed(message.message_id, now, str(exc))
        problems.append(
            f"{len(unsent)} digest mail(s) not delivered: {exc}; they stay in "
            f"{reports / OUTBOX} and are retried on the next run"
        )
    return Delivery(tuple(sent), tuple(problems))


def _reply(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{rcpt} refused ({code} {msg.decode(errors='replace')})"
            for rcpt, (code, msg) in exc.recipients.items()
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        error = exc.smtp_error
        text = error.decode(errors="replace") if isinstance(error, bytes) else str(error)
        return f"{exc.smtp_code} {text}"
    return str(exc) or type(exc).__name__


def _file_away(reports: Path, rel: str) -> None:
    """Move a delivered message out of the outbox (the store already says it was sent)."""
    src = reports / rel
    dst = reports / SENT / Path(rel).name
    try:
        dst.parent.mkdir(parents=True, exist_ok=True)
        src.replace(dst)
    except OSError:
        pass  # still marked sent in the store: it will not be sent twice
