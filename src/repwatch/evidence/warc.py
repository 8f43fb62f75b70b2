"""The raw exchange at capture time, fetched hop by hop and written as WARC 1.1 (warcio).

:func:`fetch_exchange` does the HTTP itself with httpx and follows redirects by hand, so each
hop keeps its own request, response, peer IP (``WARC-IP-Address``) and, for https, the server
certificate. Every hop's target is checked by :mod:`repwatch.netguard` first, and the address
actually connected to is checked again (a name that re-resolves to a private address between the
check and the connection is refused).

:func:`write_warc` turns an :class:`Exchange` plus the browser's screenshot into one gzipped
WARC 1.1 file: ``warcinfo``; ``request`` and ``response`` for every hop (linked with
``WARC-Concurrent-To``); a ``metadata`` record with each https hop's certificate; the
screenshot as a ``resource`` record ``urn:view:<url>``; the extracted text as a ``conversion``
record; and a ``metadata`` record describing the capture (tools, browser, user agent, viewport,
start and end in UTC). Block and payload digests are SHA-256. All records share the capture's
start time as ``WARC-Date``, as the standard asks.

What is faithful and what is not: bodies are stored exactly as they arrived (still
content-encoded) but de-chunked, so a ``Transfer-Encoding`` header is dropped and replaced by
the real ``Content-Length``; headers that could carry a secret are removed and named in the
capture metadata. Nothing repwatch sends carries a credential, so this only ever strips
cookies a site set.
"""

from __future__ import annotations

import io
import json
import socket
import ssl
import time
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.utils import Digester
from warcio.warcwriter import GzippingWrapper, WARCWriter

from repwatch.errors import BlockedAddress
from repwatch.netguard import check_url, is_public

# Headers that may carry credentials or session state; never written to any record.
SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "set-cookie2",
        "x-api-key",
        "api-key",
        "x-subscription-token",
        "x-auth-token",
        "x-access-token",
        "x-csrf-token",
        "x-xsrf-token",
        "x-amz-security-token",
        "www-authenticate-token",
    }
)
# De-chunked bodies are stored, so these describe bytes that are not in the record.
HOP_BY_HOP = frozenset({"transfer-encoding", "content-length", "connection", "keep-alive"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})


def is_secret_header(name: str) -> bool:
    lower = name.lower()
    return lower in SECRET_HEADERS or any(
        w in lower for w in ("secret", "apikey", "api-key", "password", "token")
    )


@dataclass(frozen=True)
class TlsInfo:
    subject: str
    issuer: str
    sha256_fingerprint: str
    not_before: str
    not_after: str
    serial: str
    tls_version: str
    cipher: str
    verified: bool
    verify_error: str
    pem: str

    def as_dict(self, with_pem: bool = False) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k != "pem"}
        if with_pem:
            d["pem"] = self.pem
        return d


@dataclass(frozen=True)
class Hop:
    url: str
    request_line: str
    request_headers: tuple[tuple[str, str], ...]
    protocol: str
    status: int
    reason: str
    response_headers: tuple[tuple[str, str], ...]
    body: bytes  # as received, still content-encoded; de-chunked
    truncated: bool
    ip: str | None
    port: int | None
    tls: TlsInfo | None
    elapsed_ms: int
    removed_headers: tuple[str, ...] = ()

    def header(self, name: str) -> str:
        lower = name.lower()
        return next((v for k, v in self.response_headers if k.lower() == lower), "")

    def decoded_body(self) -> bytes:
        """The body with Content-Encoding undone (what a browser renders)."""
        headers = [(k, v) for k, v in self.response_headers if k.lower() == "content-encoding"]
        try:
            return httpx.Response(self.status, headers=headers, content=self.body).read()
        except httpx.DecodingError:
            return self.body


@dataclass(frozen=True)
class Exchange:
    requested_url: str
    hops: tuple[Hop, ...]
    error: str = ""  # why the chain stopped early (blocked, unreachable, too many redirects)

    @property
    def final(self) -> Hop | None:
        return self.hops[-1] if self.hops else None

    @property
    def final_url(self) -> str:
        return self.hops[-1].url if self.hops else self.requested_url


@dataclass(frozen=True)
class CaptureInfo:
    """What the capture ``metadata`` record says about how the capture was made."""

    capture_id: str
    finding_id: str
    started: datetime
    finished: datetime
    user_agent: str
    viewport: tuple[int, int]
    tools: dict[str, str]
    operator: str = "automated monitor"
    notes: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


class Fetcher:
    """httpx clients for capture-time fetches (kept across captures for connection reuse)."""

    def __init__(
        self,
        user_agent: str,
        timeout: float,
        max_redirects: int,
        max_bytes: int,
        allow_private: bool,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self.user_agent = user_agent
        self.timeout = timeout
        self.max_redirects = max_redirects
        self.max_bytes = max_bytes
        self.allow_private = allow_private
        self._verify = verify
        self._clients: dict[bool, httpx.Client] = {}

    def _client(self, verified: bool) -> httpx.Client:
        if verified not in self._clients:
            self._clients[verified] = httpx.Client(
                verify=self._verify if verified else False,
                follow_redirects=False,
                timeout=self.timeout,
                trust_env=False,
                headers={
                    "User-Agent": self.user_agent,
                    "Accept": "*/*",
                    "Accept-Encoding": "gzip, deflate",
                },
            )
        return self._clients[verified]

    def close(self) -> None:
        for client in self._clients.values():
            client.close()
        self._clients.clear()

    def fetch(self, url: str) -> Exchange:
        """Follow ``url`` through its redirects, recording each hop; never raises."""
        hops: list[Hop] = []
        current = url
        for _ in range(self.max_redirects + 1):
            try:
                check_url(current, allow_private=self.allow_private)
                hop = self._one(current)
            except BlockedAddress as exc:
                return Exchange(url, tuple(hops), f"blocked: {exc}")
            except httpx.HTTPError as exc:
                return Exchange(
                    url, tuple(hops), f"unreachable: {current}: {exc.__class__.__name__}: {exc}"
                )
            hops.append(hop)
            location = hop.header("location")
            if hop.status not in REDIRECTS or not location:
                return Exchange(url, tuple(hops))
            current = urljoin(current, location)
        return Exchange(url, tuple(hops), f"more than {self.max_redirects} redirects")

    def _one(self, url: str) -> Hop:
        try:
            return self._request(url, verified=True)
        except httpx.ConnectError as exc:
            if not isinstance(exc.__cause__, ssl.SSLError) and "CERTIFICATE" not in str(exc):
                raise
            # An untrusted certificate does not stop the capture: the certificate is itself
            # evidence. Record the page and say the certificate did not verify.
            return self._request(url, verified=False, verify_error=str(exc))

    def _request(self, url: str, verified: bool, verify_error: str = "") -> Hop:
        client = self._client(verified)
        request = client.build_request("GET", url)
        t0 = time.perf_counter()
        response = client.send(request, stream=True)
        try:
            stream = response.extensions.get("network_stream")
            ip = port = None
            tls = None
            if stream is not None:
                addr = stream.get_extra_info("server_addr")
                if addr:
                    ip, port = str(addr[0]), int(addr[1])
                ssl_object = stream.get_extra_info("ssl_object")
                if ssl_object is not None:
                    tls = _tls_info(ssl_object, verified, verify_error)
            if ip and not self.allow_private and not is_public(ip):
                raise BlockedAddress(
                    f"{url}: connected to {ip}, a private or loopback address; refused"
                )
            chunks: list[bytes] = []
            size, truncated = 0, False
            for chunk in response.iter_raw():
                chunks.append(chunk)
                size += len(chunk)
                if size > self.max_bytes:
                    truncated = True
                    break
            body = b"".join(chunks)[: self.max_bytes]
        finally:
            response.close()
        elapsed = int((time.perf_counter() - t0) * 1000)
        target = request.url.raw_path.decode("ascii", "replace")
        req_headers, removed_req = _clean(request.headers.multi_items())
        resp_headers, removed_resp = _clean(response.headers.multi_items())
        protocol = (
            response.http_version if response.http_version.startswith("HTTP/") else "HTTP/1.1"
        )
        return Hop(
            # httpx (h11) always speaks HTTP/1.1 on the request side.
            url=str(request.url),
            request_line=f"GET {target} HTTP/1.1",
            request_headers=req_headers,
            protocol=protocol,
            status=response.status_code,
            reason=response.reason_phrase or "",
            response_headers=resp_headers,
            body=body,
            truncated=truncated,
            ip=ip,
            port=port,
            tls=tls,
            elapsed_ms=elapsed,
            removed_headers=tuple(sorted(set(removed_req + removed_resp))),
        )


def _clean(headers: list[tuple[str, str]]) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    kept, removed = [], []
    for k, v in headers:
        if is_secret_header(k):
            removed.append(k.lower())
        elif k.lower() not in HOP_BY_HOP:
            kept.append((k, v))
    return tuple(kept), tuple(removed)


def _tls_info(ssl_object: Any, verified: bool, verify_error: str) -> TlsInfo | None:
    der = ssl_object.getpeercert(True)  # httpcore may hand over the C-level _SSLSocket
    if not der:
        return None
    cert = x509.load_der_x509_certificate(der)
    cipher = ssl_object.cipher()
    return TlsInfo(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        sha256_fingerprint=cert.fingerprint(hashes.SHA256()).hex(":").upper(),
        not_before=cert.not_valid_before_utc.isoformat(),
        not_after=cert.not_valid_after_utc.isoformat(),
        serial=format(cert.serial_number, "x"),
        tls_version=ssl_object.version() or "",
        cipher=cipher[0] if cipher else "",
        verified=verified,
        verify_error=verify_error,
        pem=cert.public_bytes(serialization.Encoding.PEM).decode(),
    )


# zlib's default level for text records; warcio's 9 spends far longer for well under 1 %.
GZIP_LEVEL = 6
# Already-compressed payloads (the PNG screenshot): level 1 is half the CPU of level 6 and,
# on Chromium's fast-encoded PNGs, no larger; a 500 KB screenshot cost ~25 ms at level 6.
GZIP_LEVEL_COMPRESSED = 1
_COMPRESSED_TYPES = ("image/", "application/pdf", "application/zip", "video/", "audio/")


class _Gzip(GzippingWrapper):  # type: ignore[misc]
    def __init__(self, out: Any, level: int) -> None:
        super().__init__(out)
        self.compressor = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS + 16)


class _Sha256Writer(WARCWriter):
    """warcio writer: SHA-256 block and payload digests (base32, as warcio writes), and one
    gzip member per record at ``GZIP_LEVEL`` (``GZIP_LEVEL_COMPRESSED`` for images)."""

    @staticmethod
    def _create_digester() -> Digester:
        return Digester("sha256")

    def _write_warc_record(self, out: Any, record: Any) -> None:
        gzip = bool(getattr(self, "gzip", False))
        if not gzip:
            super()._write_warc_record(out, record)
            return
        kind = (record.rec_headers.get_header("Content-Type") or "").lower()
        level = GZIP_LEVEL_COMPRESSED if kind.startswith(_COMPRESSED_TYPES) else GZIP_LEVEL
        self.gzip = False  # warcio would wrap ``out`` in its own level-9 compressor
        try:
            super()._write_warc_record(_Gzip(out, level), record)
        finally:
            self.gzip = True


@dataclass(frozen=True)
class WarcResult:
    data: bytes
    record_ids: dict[str, Any]
    payload_digest: str  # of the final response


def write_warc(
    filename: str,
    exchange: Exchange,
    info: CaptureInfo,
    *,
    screenshot: bytes | None,
    text: str | None,
    keep_bodies: bool = True,
) -> WarcResult:
    """Serialise one capture to WARC 1.1 bytes (gzip per record).

    ``keep_bodies=False`` (URL-only captures) writes response headers with an empty body and
    ``WARC-Truncated: unspecified``: no bytes of possibly indecent media are kept.
    """
    buf = io.BytesIO()
    writer = _Sha256Writer(buf, gzip=True, warc_version="1.1")
    date = datetime_to_iso_date(info.started.astimezone(UTC).replace(tzinfo=None), use_micros=True)
    ids: dict[str, Any] = {"hops": []}
    warcinfo = writer.create_warcinfo_record(
        filename,
        {
            "software": f"repwatch/{info.tools.get('repwatch', '')} (warcio "
            f"{info.tools.get('warcio', '')})",
            "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/"
            "warc-format/warc-1.1/",
            "operator": info.operator,
            "hostname": socket.gethostname(),
            "http-header-user-agent": info.user_agent,
            "description": f"repwatch evidence capture {info.capture_id} for finding "
            f"{info.finding_id}",
        },
    )
    warcinfo.rec_headers.replace_header("WARC-Date", date)
    writer.write_record(warcinfo)
    warcinfo_id = warcinfo.rec_headers.get_header("WARC-Record-ID")
    ids["warcinfo"] = warcinfo_id
    common = {"WARC-Date": date, "WARC-Warcinfo-ID": warcinfo_id}
    payload_digest = ""
    response_id = ""
    for hop in exchange.hops:
        ip_header = {"WARC-IP-Address": hop.ip} if hop.ip else {}
        final = hop is exchange.final
        keep = keep_bodies or hop.status in REDIRECTS
        body = hop.body if keep else b""
        resp_extra: dict[str, str] = {}
        if hop.truncated:
            resp_extra["WARC-Truncated"] = "length"
        elif not keep and hop.body:
            resp_extra["WARC-Truncated"] = "unspecified"
        headers = list(hop.response_headers) + [("Content-Length", str(len(body)))]
        response = writer.create_warc_record(
            hop.url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=StatusAndHeaders(
                f"{hop.status} {hop.reason}".strip(), headers, protocol=hop.protocol
            ),
            warc_headers_dict={**common, **ip_header, **resp_extra},
        )
        response_id = response.rec_headers.get_header("WARC-Record-ID")
        request = writer.create_warc_record(
            hop.url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders(
                hop.request_line, list(hop.request_headers), is_http_request=True
            ),
            warc_headers_dict={**common, **ip_header, "WARC-Concurrent-To": response_id},
        )
        writer.write_record(response)
        writer.write_record(request)
        hop_ids = {
            "url": hop.url,
            "response": response_id,
            "request": request.rec_headers.get_header("WARC-Record-ID"),
        }
        if hop.tls is not None:
            cert = writer.create_warc_record(
                hop.url,
                "metadata",
                payload=io.BytesIO(json.dumps(hop.tls.as_dict(with_pem=True), indent=2).encode()),
                warc_content_type="application/json",
                warc_headers_dict={**common, "WARC-Refers-To": response_id},
            )
            writer.write_record(cert)
            hop_ids["tls"] = cert.rec_headers.get_header("WARC-Record-ID")
        ids["hops"].append(hop_ids)
        if final:
            payload_digest = response.rec_headers.get_header("WARC-Payload-Digest") or ""
    page_url = exchange.final_url
    if screenshot is not None:
        shot = writer.create_warc_record(
            f"urn:view:{page_url}",
            "resource",
            payload=io.BytesIO(screenshot),
            length=len(screenshot),
            warc_content_type="image/png",
            warc_headers_dict={**common},
        )
        writer.write_record(shot)
        ids["screenshot"] = shot.rec_headers.get_header("WARC-Record-ID")
    if text is not None:
        data = text.encode()
        conv = writer.create_warc_record(
            page_url,
            "conversion",
            payload=io.BytesIO(data),
            length=len(data),
            warc_content_type="text/plain; charset=utf-8",
            warc_headers_dict={
                **common,
                **({"WARC-Refers-To": response_id} if response_id else {}),
            },
        )
        writer.write_record(conv)
        ids["text"] = conv.rec_headers.get_header("WARC-Record-ID")
    meta = {
        "capture_id": info.capture_id,
        "finding_id": info.finding_id,
        "operator": info.operator,
        "capture_start_utc": info.started.astimezone(UTC).isoformat(),
        "capture_end_utc": info.finished.astimezone(UTC).isoformat(),
        "user_agent": info.user_agent,
        "viewport": {"width": info.viewport[0], "height": info.viewport[1]},
        "tools": info.tools,
        "notes": list(info.notes),
        "headers_removed": sorted({h for hop in exchange.hops for h in hop.removed_headers}),
        "fetch_error": exchange.error,
        **info.extra,
    }
    meta_bytes = json.dumps(meta, indent=2, sort_keys=True).encode()
    record = writer.create_warc_record(
        exchange.requested_url,
        "metadata",
        payload=io.BytesIO(meta_bytes),
        length=len(meta_bytes),
        warc_content_type="application/json",
        warc_headers_dict={**common, **({"WARC-Refers-To": response_id} if response_id else {})},
    )
    writer.write_record(record)
    ids["metadata"] = record.rec_headers.get_header("WARC-Record-ID")
    return WarcResult(buf.getvalue(), ids, payload_digest)
