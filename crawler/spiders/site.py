"""The one spider: crawl configured sites within their scope and fetch discovered candidates.

Per-site limits (``max_depth``, ``max_pages``, ``max_pages_per_pattern``) are kept here because
Scrapy's DEPTH_LIMIT and CLOSESPIDER_PAGECOUNT are global to a crawl, while a job holds many
sites. Every failure becomes a spool line whose ``error`` names the fault in words the IT
provider can act on (blocked, timed out, too large, link trap, TLS, …).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, urldefrag, urlsplit

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from twisted.internet import defer
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from crawler.resolver import BLOCKED

SKIP_EXTENSIONS = [
    "pdf",
    "zip",
    "jpg",
    "jpeg",
    "png",
    "gif",
    "webp",
    "mp4",
    "mp3",
    "avi",
    "mov",
    "exe",
    "dmg",
    "iso",
    "gz",
    "tar",
    "svg",
    "woff",
    "woff2",
    "ttf",
    "ico",
    "css",
    "js",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "ppt",
    "pptx",
]


# Link traps (an endless calendar, session ids in every link, ever-deeper relative paths):
# links with a query string or a date in the path that differ only in digits or query values
# share a "shape"; past this many pages of one shape a site stops following it and the run
# reports the trap.
DEFAULT_PATTERN_LIMIT = 100
MAX_URL_LENGTH = 2000
MAX_REPEATED_SEGMENTS = 3
_DIGITS = re.compile(r"\d+")
# Calendars put dates in paths (/events/2024/05/, /day/2024-05-01); a query string varies freely.
_DATEISH = re.compile(r"(?:19|20|21)\d\d[-/_]?(?:0?[1-9]|1[0-2])(?:\b|[-/_])")
_ROBOTS = "robots.txt"
_TLS_WORDS = ("certificate", "CERTIFICATE", "SSL", "VerificationError", "tlsv1", "handshake")


def _header(response: Response, name: bytes) -> str:
    return (response.headers.get(name) or b"").decode("latin-1")


def url_shape(url: str) -> str:
    """``/calendar?month=2024-05`` and ``/calendar?month=2031-11`` share ``/calendar?month``."""
    parts = urlsplit(url)
    keys = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    path = _DIGITS.sub("0", parts.path)
    return f"{parts.netloc.lower()}{path}?{'&'.join(keys)}" if keys else parts.netloc + path


def looks_like_trap(url: str) -> str:
    """A reason when the URL itself is a trap (too long, a path repeating itself), else ''."""
    if len(url) > MAX_URL_LENGTH:
        return f"URL longer than {MAX_URL_LENGTH} characters"
    segments = [s for s in urlsplit(url).path.split("/") if s]
    counts = Counter(segments)
    if segments and max(counts.values()) > MAX_REPEATED_SEGMENTS:
        seg, n = counts.most_common(1)[0]
        return f"path segment {seg!r} repeated {n} times"
    return ""


class SiteSpider(scrapy.Spider):
    name = "repwatch"

    def __init__(self, job: str | dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if isinstance(job, str):
            with open(job, encoding="utf-8") as fh:
                job = json.load(fh)
        self.job: dict[str, Any] = job or {"sites": [], "candidates": []}  # type: ignore[assignment]
        self.pages_scheduled: dict[str, int] = {}
        self.shapes: dict[str, Counter[str]] = {}
        self.notices: set[tuple[str, str]] = set()
        self.sites = {s["name"]: s for s in self.job.get("sites", [])}
        self.links = LinkExtractor(deny_extensions=SKIP_EXTENSIONS, unique=True)

    async def start(self) -> Any:
        for req in self._start_requests():
            yield req

    def _start_requests(self) -> Iterator[scrapy.Request]:
        for site in self.job.get("sites", []):
            for url in site["start_urls"]:
                req = self._request(url, site["name"], "site", 0)
                if req is not None:
                    yield req
        for cand in self.job.get("candidates", []):
            yield scrapy.Request(
                cand["url"],
                callback=self.parse,
                errback=self.failed,
                dont_filter=True,
                meta={
                    "site": cand["source"],
                    "kind": cand["kind"],
                    "depth_": 0,
                    "original_url": cand["url"],
                },
            )

    def _request(self, url: str, site: str, kind: str, depth: int) -> scrapy.Request | None:
        limit = self._site(site).get("max_pages", 500) if kind == "site" else 1
        if self.pages_scheduled.get(site, 0) >= limit:
            return None
        self.pages_scheduled[site] = self.pages_scheduled.get(site, 0) + 1
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.failed,
            meta={"site": site, "kind": kind, "depth_": depth, "original_url": url},
        )

    def _site(self, name: str) -> dict[str, Any]:
        return self.sites.get(name, {})

    def _in_scope(self, site: dict[str, Any], url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        netlocs = {urlsplit(u).netloc.lower() for u in site.get("start_urls", [])}
        if parts.netloc.lower() in netlocs:
            return True
        host = (parts.hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in site.get("allowed_domains", []))

    def _trap(self, site: dict[str, Any], url: str) -> str:
        """Why ``url`` is not followed as a link trap, or '' to follow it."""
        reason = looks_like_trap(url)
        if reason:
            return reason
        parts = urlsplit(url)
        if not parts.query and not _DATEISH.search(parts.path):
            return ""  # /news/12345: numbered content is finite; max_pages bounds it
        shape = url_shape(url)
        seen = self.shapes.setdefault(site["name"], Counter())
        limit = site.get("max_pages_per_pattern") or DEFAULT_PATTERN_LIMIT
        if seen[shape] >= limit:
            return f"more than {limit} pages shaped like {shape} (an endless calendar or pager?)"
        seen[shape] += 1
        return ""

    def parse(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        yield self._item(response)
        if meta["kind"] != "site" or response.status != 200:
            return
        site = self._site(meta["site"])
        depth = meta["depth_"]
        if depth >= site.get("max_depth", 2) or not isinstance(response, TextResponse):
            return
        try:
            links = self.links.extract_links(response)
        except Exception as exc:  # noqa: BLE001 - a malformed page still yields its own item
            self.logger.warning("%s: links not extracted: %s", response.url, exc)
            return
        for link in links:
            url = urldefrag(link.url)[0]
            if not self._in_scope(site, url):
                continue
            trap = self._trap(site, url)
            if trap:
                notice = self._notice(site["name"], "link trap", f"{url}: {trap}", url)
                if notice is not None:
                    yield notice
                continue
            req = self._request(url, meta["site"], "site", depth + 1)
            if req is not None:
                yield req

    def _notice(self, site: str, kind: str, detail: str, url: str) -> dict[str, Any] | None:
        """One spool line per site and kind of trouble that is not a single page's failure."""
        if (site, kind) in self.notices:
            return None
        self.notices.add((site, kind))
        return self._error_item(url, url, site, "site", f"{kind}: stopped following {detail}")

    def _item(self, response: Response) -> dict[str, Any]:
        meta = response.meta
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, vs in response.headers.items()
            for v in vs
        ]
        error = None
        if meta.get("repwatch_retry_after"):
            error = (
                f"HTTP {response.status}: the server asked us to wait "
                f"(Retry-After: {meta['repwatch_retry_after']}); tried again next run"
            )
        return {
            "url": meta.get("original_url", response.url),
            "final_url": response.url,
            "status": response.status,
            "fetched_at": datetime.now(UTC).isoformat(),
            "body": response.body,
            "content_type": _header(response, b"Content-Type"),
            "headers": headers,
            "ip_address": str(response.ip_address) if response.ip_address else None,
            "etag": _header(response, b"ETag") or None,
            "last_modified": strong_last_modified(response),
            "source": meta["site"],
            "source_kind": meta["kind"],
            "error": error,
        }

    def _error_item(
        self, url: str, final_url: str, site: str, kind: str, reason: str
    ) -> dict[str, Any]:
        return {
            "url": url,
            "final_url": final_url,
            "status": 0,
            "fetched_at": datetime.now(UTC).isoformat(),
            "body": b"",
            "content_type": "",
            "headers": [],
            "ip_address": None,
            "etag": None,
            "last_modified": None,
            "source": site,
            "source_kind": kind,
            "error": reason[:500],
        }

    def failed(self, failure: Failure) -> Iterator[dict[str, Any]]:
        request = failure.request  # type: ignore[attr-defined]
        meta = request.meta
        reason = meta.get("repwatch_blocked") or describe_failure(failure, request.url)
        if not reason:
            return  # robots.txt said no: not an error
        yield self._error_item(
            meta.get("original_url", request.url),
            request.url,
            meta.get("site", ""),
            meta.get("kind", "site"),
            reason,
        )


def strong_last_modified(response: Response) -> str | None:
    """Last-Modified, unless it is within a second of the response's Date (RFC 9110 8.8.2.2:
    then it is a weak validator; a page changed again in that second would be missed)."""
    value = _header(response, b"Last-Modified")
    if not value:
        return None
    try:
        modified = parsedate_to_datetime(value)
        date_header = _header(response, b"Date")
        served = parsedate_to_datetime(date_header) if date_header else datetime.now(UTC)
    except (TypeError, ValueError):
        return None
    if modified.tzinfo is None or served.tzinfo is None:
        return None
    return value if (served - modified).total_seconds() > 1 else None


def describe_failure(failure: Failure, url: str) -> str:
    """A line the IT provider can act on; '' for a robots.txt refusal (not an error)."""
    message = failure.getErrorMessage()
    if any(w in message for w in _TLS_WORDS):
        return f"TLS certificate not trusted: {message[:300]}"
    if failure.check(IgnoreRequest):
        if _ROBOTS in message:
            return ""
        if "redirect loop" in message:
            return message
        if "max redirections" in message:
            return f"too many redirects: {message} ([crawl] max_redirects)"
        if "DOWNLOAD_MAXSIZE" in message or "larger than" in message:
            return f"too large: {message} ([crawl] max_response_bytes)"
        return f"refused: {message}"
    if failure.check(DNSLookupError, CannotResolveHostError):
        host = (urlsplit(url).hostname or "").lower()
        if host in BLOCKED:
            return f"blocked: {BLOCKED[host]}"
        return f"unreachable: DNS lookup failed ({message})"
    if failure.check(TimeoutError, defer.TimeoutError, TCPTimedOutError, DownloadTimeoutError):
        return f"timed out: {message} ([crawl] timeout_seconds)"
    if failure.check(DownloadCancelledError):
        return f"too large: {message} ([crawl] max_response_bytes)"
    if failure.check(ConnectionRefusedError, DownloadConnectionRefusedError):
        return "unreachable: connection refused"
    if failure.check(
        ConnectionLost, ResponseFailed, ResponseNeverReceived, ResponseDataLossError
    ) or any(w in message for w in ("ConnectionLost", "ConnectionDone", "ResponseNeverReceived")):
        return f"connection lost: {message[:300]}"
    return f"{failure.type.__name__}: {message}"
