"""Preserve evidence for new or changed findings (the "preserve" stage).

``run`` opens one :class:`Preserver` per run and calls :meth:`Preserver.preserve` once per new
or changed finding version. Each call keeps two things, never raising for one page's failure:

1. a ``raw`` record: the exact bytes the crawler received (``evidence/raw/<sha256>.bin``) with a
   small JSON of URL, time, status and headers;
2. a ``capture`` record: a fresh fetch at capture time, hop by hop, as WARC 1.1
   (:mod:`.warc`), rendered by the reused headless Chromium (:mod:`.capture`) into a full-page
   PNG, a PDF and an MHTML, plus the extracted text, all described by a JSON manifest whose
   SHA-256 is the record's hash and whose entry in the signed ledger (:mod:`.ledger`) makes
   later tampering detectable (:mod:`.verify`). :mod:`.export` hands a capture over.

Layout under ``reports/evidence/`` (folders 0700, files 0600, names from ids and hashes only)::

    raw/<sha256>.bin, raw/R<id>.json
    captures/<capture id>/<capture id>.{warc.gz,png,pdf,mhtml,txt,manifest.json}
    ledger.jsonl, ledger-ed25519.pub.pem, keys/ledger-ed25519.pem

Safeguarding: a finding flagged ``url_only`` (sexual content that may involve a child) gets no
screenshot, PDF, MHTML or body bytes at all: URL, headers and extracted text only, flagged
"URL only: DSL to refer to police/IWF".

Faults: no browser, a crash or a timeout still keep the WARC, manifest and ledger entry; the
capture's ``detail`` and the returned problems say "screenshot missing: <reason>", and
:meth:`Preserver.capture_wanted` tells the orchestrator to try again next run while the page is
live. A page that has gone (404/410, unreachable) is recorded as such and not retried.
"""

from __future__ import annotations

import functools
import json
import platform
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path
from types import TracebackType
from typing import Any

from repwatch.config import Watchlist
from repwatch.errors import BrowserUnavailable, EvidenceError
from repwatch.evidence.capture import (
    PAGES,
    Browser,
    Rendered,
    RenderFailed,
    find_browser,
    png_size,
)
from repwatch.evidence.files import copy_once, private_dir, sha256_bytes, sha256_file, write_once
from repwatch.evidence.ledger import Ledger, LedgerEntry, ledger_append
from repwatch.evidence.warc import (
    REDIRECTS,
    CaptureInfo,
    Exchange,
    Fetcher,
    is_secret_header,
    write_warc,
)
from repwatch.models import FetchedPage, Finding
from repwatch.store import EvidenceRecord, iso
from repwatch.text import extract

__all__ = [
    "OPERATOR",
    "SCREENSHOT_MISSING",
    "URL_ONLY_FLAG",
    "PreserveJob",
    "Preserved",
    "Preserver",
    "ledger_append",
    "LedgerEntry",
    "write_once",
    "tool_versions",
]

OPERATOR = "automated monitor"
SCREENSHOT_MISSING = "screenshot missing"
URL_ONLY_FLAG = "URL only: DSL to refer to police/IWF"
PAGE_GONE = "page gone"
GONE_STATUSES = frozenset({404, 410, 451})
TEXT_TYPES = ("text/", "html", "xml", "json")


@dataclass(frozen=True)
class Preserved:
    records: tuple[EvidenceRecord, ...]
    problems: tuple[str, ...] = field(default=())


# (finding, version, page as fetched by the crawler, its body file): one preserve call's input.
PreserveJob = tuple[Finding, int, FetchedPage, Path | None]


@dataclass
class _Capture:
    """A capture between :meth:`Preserver._start_capture` and :meth:`Preserver._finish_capture`."""

    finding: Finding
    version: int
    cid: str
    folder: Path
    started: datetime
    exchange: Exchange
    gone: str = ""
    notes: list[str] = field(default_factory=list)
    screenshot_state: str = ""
    render: Future[Rendered] | None = None
    text: str | None = None


@dataclass
class _Pending:
    finding: Finding
    version: int
    records: list[EvidenceRecord] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    raw_artefacts: dict[str, dict[str, Any]] = field(default_factory=dict)
    capture: _Capture | None = None


def _capture_failed(url: str, exc: Exception) -> str:
    return (
        f"{url}: evidence capture failed ({exc.__class__.__name__}: {exc}); "
        "the next run tries again"
    )


def tool_versions(browser_version: str = "") -> dict[str, str]:
    out = {"python": platform.python_version()}
    for name in ("repwatch", "warcio", "httpx", "playwright", "cryptography"):
        try:
            out[name] = package_version(name)
        except PackageNotFoundError:
            out[name] = "unknown"
    if browser_version:
        out["chromium"] = browser_version
    return out


@functools.lru_cache(maxsize=8)
def _cached_tool_versions(browser_version: str) -> tuple[tuple[str, str], ...]:
    # Package metadata lookups cost ~5 ms a capture; versions cannot change within a run.
    return tuple(tool_versions(browser_version).items())


def _tool_versions(browser_version: str) -> dict[str, str]:
    return dict(_cached_tool_versions(browser_version))


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="microseconds")


def _is_text(content_type: str) -> bool:
    ct = content_type.lower()
    return any(t in ct for t in TEXT_TYPES)


class Preserver:
    """Captures evidence for one run; one Chromium is started lazily and reused."""

    def __init__(
        self,
        watchlist: Watchlist,
        reports_dir: Path,
        *,
        clock: Callable[[], datetime] | None = None,
        tls_verify: Any = True,
        parallel: int = PAGES,
    ) -> None:
        self.watchlist = watchlist
        # Pages rendering in Chromium at once (preserve_many; preserve renders one at a time).
        self.parallel = max(1, parallel)
        self.reports_dir = reports_dir
        self.dir = reports_dir / "evidence"
        self.ledger = Ledger(self.dir)
        self._clock = clock or (lambda: datetime.now(UTC))
        crawl, ev = watchlist.crawl, watchlist.evidence
        self.user_agent = crawl.user_agent
        self.viewport = (ev.viewport_width, ev.viewport_height)
        self.fetcher = Fetcher(
            crawl.user_agent,
            min(crawl.timeout_seconds, ev.capture_timeout_seconds),
            crawl.max_redirects,
            crawl.max_response_bytes,
            crawl.allow_private_addresses,
            tls_verify,
        )
        self._browser: Browser | None = None
        self._browser_error = ""

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> Preserver:
        private_dir(self.dir)
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._browser is not None:
            self._browser.close()
            self._browser = None
        self.fetcher.close()

    def browser(self) -> Browser:
        """The shared browser (not yet started: it starts on the first render)."""
        if self._browser_error:
            raise BrowserUnavailable(self._browser_error)
        if self._browser is None:
            ev = self.watchlist.evidence
            try:
                path = find_browser(ev.browser_path)
            except BrowserUnavailable as exc:
                self._browser_error = str(exc)
                raise
            self._browser = Browser(
                path,
                self.viewport,
                ev.capture_timeout_seconds,
                self.user_agent,
                self.watchlist.crawl.allow_private_addresses,
                pages=self.parallel,
            )
        return self._browser

    # ------------------------------------------------------------------ retry policy

    @staticmethod
    def needs_retry(record: EvidenceRecord) -> bool:
        """True for a capture whose screenshot failed while the page was still live."""
        return (
            record.kind == "capture"
            and SCREENSHOT_MISSING in record.detail
            and PAGE_GONE not in record.detail
        )

    @staticmethod
    def capture_wanted(records: Iterable[EvidenceRecord], version: int) -> bool:
        """Should this finding version be (re)captured? No capture yet, or only failed ones."""
        captures = [r for r in records if r.kind == "capture" and r.finding_version == version]
        return not captures or all(Preserver.needs_retry(r) for r in captures)

    # ------------------------------------------------------------------ preserve

    def preserve(
        self, finding: Finding, version: int, page: FetchedPage, body_path: Path | None
    ) -> Preserved:
        """Preserve one finding version now; never raises for one page's failure."""
        return self._finish(self._begin(finding, version, page, body_path))

    def preserve_many(self, jobs: Iterable[PreserveJob]) -> Iterator[Preserved]:
        """Preserve several finding versions, yielding one :class:`Preserved` per job, in order.

        Up to ``parallel`` pages render in Chromium at once while this thread fetches the next
        page and hashes, gzips, writes and signs the last (about 1.5× the captures per second
        of calling :meth:`preserve` in a loop on two cores). ``jobs`` is consumed lazily, a
        few ahead of what has been yielded; ledger entries are appended in job order. Stopping
        early still completes (and ledgers) the captures already started.
        """
        window: deque[_Pending] = deque()
        try:
            for finding, version, page, body_path in jobs:
                window.append(self._begin(finding, version, page, body_path))
                if len(window) > self.parallel:
                    yield self._finish(window.popleft())
            while window:
                yield self._finish(window.popleft())
        finally:
            while window:
                self._finish(window.popleft())

    def _begin(
        self, finding: Finding, version: int, page: FetchedPage, body_path: Path | None
    ) -> _Pending:
        pending = _Pending(finding, version)
        try:
            raw, pending.raw_artefacts, raw_problems = self._raw(finding, version, page, body_path)
            if raw is not None:
                pending.records.append(raw)
            pending.problems.extend(raw_problems)
        except (OSError, EvidenceError) as exc:
            pending.problems.append(f"{finding.url}: crawler body not preserved: {exc}")
        try:
            pending.capture = self._start_capture(finding, version)
        except Exception as exc:  # noqa: BLE001 - one page's failure never stops the run
            pending.problems.append(_capture_failed(finding.url, exc))
        return pending

    def _finish(self, pending: _Pending) -> Preserved:
        if pending.capture is not None:
            try:
                capture_records, capture_problems = self._finish_capture(
                    pending.capture, pending.raw_artefacts
                )
                pending.records.extend(capture_records)
                pending.problems.extend(capture_problems)
            except Exception as exc:  # noqa: BLE001 - one page's failure never stops the run
                pending.problems.append(_capture_failed(pending.finding.url, exc))
        return Preserved(tuple(pending.records), tuple(pending.problems))

    def _raw(
        self, finding: Finding, version: int, page: FetchedPage, body_path: Path | None
    ) -> tuple[EvidenceRecord | None, dict[str, dict[str, Any]], list[str]]:
        """The crawler's bytes (or, for URL-only findings, only their hash and headers)."""
        problems: list[str] = []
        artefacts: dict[str, dict[str, Any]] = {}
        raw_dir = private_dir(self.dir / "raw")
        have_body = body_path is not None and body_path.exists()
        keep_body = have_body and not finding.url_only
        body_rel = f"evidence/raw/{page.sha256}.bin"
        if keep_body:
            assert body_path is not None
            target = raw_dir / f"{page.sha256}.bin"
            copy_once(body_path, target)
            actual = sha256_file(target)
            if actual != page.sha256:
                problems.append(
                    f"{finding.url}: crawler body {body_path} has SHA-256 {actual}, "
                    f"not the {page.sha256} the crawler recorded"
                )
            artefacts["crawler_body"] = {
                "path": body_rel,
                "sha256": actual,
                "bytes": target.stat().st_size,
                "media_type": page.content_type or "application/octet-stream",
            }
        elif not have_body and not finding.url_only:
            problems.append(
                f"{finding.url}: no crawler response body to preserve ({body_path or 'none given'})"
            )
        meta = {
            "finding_id": finding.id,
            "finding_version": version,
            "url": page.url,
            "final_url": page.final_url,
            "status": page.status,
            "fetched_at": iso(page.fetched_at),
            "sha256": page.sha256,
            "content_type": page.content_type,
            "body": body_rel if keep_body else None,
            "headers": [[k, v] for k, v in page.headers if not is_secret_header(k)],
            "ip_address": page.ip_address,
        }
        if finding.url_only:
            meta["safeguarding"] = f"{URL_ONLY_FLAG}; the crawler's bytes were not kept"
        meta_bytes = json.dumps(meta, indent=2, sort_keys=True).encode()
        rid = "R" + sha256_bytes(f"{finding.id}:{version}:{page.sha256}".encode())[:12]
        meta_path = raw_dir / f"{rid}.json"
        write_once(meta_path, meta_bytes)
        meta_sha = sha256_file(meta_path)
        artefacts["crawler_meta"] = {
            "path": f"evidence/raw/{rid}.json",
            "sha256": meta_sha,
            "bytes": meta_path.stat().st_size,
            "media_type": "application/json",
        }
        if keep_body:
            sha, path, detail = page.sha256, body_rel, ""
        else:
            # No body kept: the record points at the JSON of URL, headers and hashes.
            sha, path = meta_sha, f"evidence/raw/{rid}.json"
            detail = URL_ONLY_FLAG + "; bytes not kept" if finding.url_only else "no body received"
        record = EvidenceRecord(
            rid, finding.id, version, "raw", page.fetched_at, page.url, sha, path, detail
        )
        return record, artefacts, problems

    def _start_capture(self, finding: Finding, version: int) -> _Capture:
        """Fetch the page afresh and hand it to the browser; the render runs meanwhile."""
        started = self._clock()
        cid = (
            "C"
            + sha256_bytes(f"{finding.id}:{version}:{_utc(started)}:{uuid.uuid4()}".encode())[:20]
        )
        folder = private_dir(self.dir / "captures" / cid)
        exchange = self.fetcher.fetch(finding.url)
        final = exchange.final
        cap = _Capture(finding, version, cid, folder, started, exchange)
        if final is None:
            cap.gone = f"{PAGE_GONE}: {exchange.error}"
        elif final.status in GONE_STATUSES:
            cap.gone = f"{PAGE_GONE}: HTTP {final.status}"
        elif exchange.error:
            cap.notes.append(exchange.error)

        if finding.url_only:
            cap.screenshot_state = "withheld: " + URL_ONLY_FLAG
        elif cap.gone:
            cap.screenshot_state = "not taken: " + cap.gone
        elif not self.watchlist.evidence.browser:
            cap.screenshot_state = "not taken: browser disabled ([evidence] browser = false)"
        elif final is None or final.status in REDIRECTS:
            cap.screenshot_state = f"{SCREENSHOT_MISSING}: no final response ({exchange.error})"
        else:
            try:
                cap.render = self.browser().submit(
                    final.url, final.status, final.response_headers, final.decoded_body()
                )
            except BrowserUnavailable as exc:
                cap.screenshot_state = f"{SCREENSHOT_MISSING}: {exc}"

        # Done while Chromium renders: it needs only the fetched bytes.
        content_type = final.header("content-type") if final else ""
        if (
            final is not None
            and final.status not in REDIRECTS
            and _is_text(content_type)
            and final.body
        ):
            cap.text = extract(final.decoded_body(), content_type).text
        return cap

    def _finish_capture(
        self, cap: _Capture, raw_artefacts: dict[str, dict[str, Any]]
    ) -> tuple[list[EvidenceRecord], list[str]]:
        """Wait for the render; write the WARC, artefacts and manifest; sign the ledger entry."""
        finding, version, cid, folder = cap.finding, cap.version, cap.cid, cap.folder
        started, exchange, gone, text = cap.started, cap.exchange, cap.gone, cap.text
        rel = f"evidence/captures/{cid}"
        notes = cap.notes
        problems: list[str] = []
        rendered: Rendered | None = None
        screenshot_state = cap.screenshot_state
        if cap.render is not None and self._browser is not None:
            try:
                rendered = self._browser.result(cap.render)
                screenshot_state = "ok"
            except (BrowserUnavailable, RenderFailed) as exc:
                screenshot_state = f"{SCREENSHOT_MISSING}: {exc}"
        browser_version = self._browser.version if self._browser is not None else ""
        finished = self._clock()

        tools = _tool_versions(browser_version)
        info = CaptureInfo(
            capture_id=cid,
            finding_id=finding.id,
            started=started,
            finished=finished,
            user_agent=self.user_agent,
            viewport=self.viewport,
            tools=tools,
            operator=OPERATOR,
            notes=tuple(notes),
            extra={
                "screenshot": screenshot_state,
                "url_only": finding.url_only,
                "main_document": "rendered from the recorded response bytes; images, "
                "styles and scripts fetched live by the browser",
            },
        )
        warc = write_warc(
            f"{cid}.warc.gz",
            exchange,
            info,
            screenshot=rendered.png if rendered else None,
            text=text,
            keep_bodies=not finding.url_only,
        )

        artefacts: dict[str, dict[str, Any]] = {}

        def keep(name: str, suffix: str, data: bytes, media_type: str) -> None:
            path = folder / f"{cid}.{suffix}"
            write_once(path, data)
            artefacts[name] = {
                "path": f"{rel}/{cid}.{suffix}",
                "sha256": sha256_bytes(data),
                "bytes": len(data),
                "media_type": media_type,
            }

        keep("warc", "warc.gz", warc.data, "application/warc")
        if rendered is not None:
            keep("screenshot", "png", rendered.png, "image/png")
            keep("pdf", "pdf", rendered.pdf, "application/pdf")
            keep("mhtml", "mhtml", rendered.mhtml, "multipart/related")
        if text is not None:
            keep("text", "txt", text.encode(), "text/plain; charset=utf-8")
        artefacts.update(raw_artefacts)

        details = [d for d in (URL_ONLY_FLAG if finding.url_only else "", gone) if d]
        if screenshot_state.startswith(SCREENSHOT_MISSING):
            details.append(screenshot_state)
            problems.append(
                f"{screenshot_state} ({finding.url}, finding {finding.id}, capture "
                f"{cid}); WARC and hashes kept, the next run retries"
            )

        manifest = self._manifest(
            cid,
            finding,
            version,
            exchange,
            started,
            finished,
            tools,
            screenshot_state,
            gone,
            rendered,
            text,
            warc.record_ids,
            warc.payload_digest,
            artefacts,
            details,
        )
        manifest_bytes = (
            json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False).encode() + b"\n"
        )
        manifest_path = folder / f"{cid}.manifest.json"
        write_once(manifest_path, manifest_bytes)
        manifest_sha = sha256_bytes(manifest_bytes)
        manifest_rel = f"{rel}/{cid}.manifest.json"
        self.ledger.append(
            {
                "type": "capture",
                "capture_id": cid,
                "finding_id": finding.id,
                "finding_version": version,
                "url": finding.url,
                "manifest": manifest_rel,
                "manifest_sha256": manifest_sha,
                "artefacts": {k: v["sha256"] for k, v in sorted(artefacts.items())},
                "screenshot": screenshot_state,
                "url_only": finding.url_only,
            },
            finished,
        )

        detail = "; ".join(details)
        records = [
            EvidenceRecord(
                cid,
                finding.id,
                version,
                "capture",
                started,
                finding.url,
                manifest_sha,
                manifest_rel,
                detail,
            )
        ]
        if "screenshot" in artefacts:
            shot = artefacts["screenshot"]
            records.append(
                EvidenceRecord(
                    f"{cid}-png",
                    finding.id,
                    version,
                    "screenshot",
                    started,
                    finding.url,
                    shot["sha256"],
                    shot["path"],
                    "",
                )
            )
        return records, problems

    def _manifest(
        self,
        cid: str,
        finding: Finding,
        version: int,
        exchange: Exchange,
        started: datetime,
        finished: datetime,
        tools: dict[str, str],
        screenshot_state: str,
        gone: str,
        rendered: Rendered | None,
        text: str | None,
        record_ids: dict[str, Any],
        payload_digest: str,
        artefacts: dict[str, dict[str, Any]],
        details: list[str],
    ) -> dict[str, Any]:
        final = exchange.final
        tls = next((h.tls for h in reversed(exchange.hops) if h.tls is not None), None)
        return {
            "manifest_version": 1,
            "capture_id": cid,
            "finding_id": finding.id,
            "finding_version": version,
            "school": self.watchlist.school.name,
            "subject": finding.subject_name,
            "categories": [str(c) for c in finding.categories],
            "severity": str(finding.severity),
            "requested_url": exchange.requested_url,
            "final_url": exchange.final_url,
            "http_status": final.status if final else None,
            "ip_address": final.ip if final else None,
            "redirects": [
                {"url": h.url, "status": h.status, "ip_address": h.ip, "elapsed_ms": h.elapsed_ms}
                for h in exchange.hops
            ],
            "tls": tls.as_dict() if tls else None,
            "page_state": "gone" if gone else "live",
            "fetch_error": exchange.error,
            "capture_start_utc": _utc(started),
            "capture_end_utc": _utc(finished),
            "clock_source": "system clock of the monitoring host (UTC)",
            "operator": OPERATOR,
            "user_agent": self.user_agent,
            "viewport": {"width": self.viewport[0], "height": self.viewport[1]},
            "tools": tools,
            "title": rendered.title if rendered else finding.title,
            "screenshot": screenshot_state,
            "screenshot_size": list(png_size(rendered.png)) if rendered else None,
            "url_only": finding.url_only,
            "safeguarding": URL_ONLY_FLAG if finding.url_only else "",
            "text_chars": len(text) if text is not None else 0,
            "warc_record_ids": record_ids,
            "warc_payload_digest": payload_digest,
            "artefacts": artefacts,
            "detail": "; ".join(details),
            "limits": "A capture proves what this monitor received from the server at the "
            "time shown, not what the server sent to anyone else or intended.",
        }
