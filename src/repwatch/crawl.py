"""Start a crawl and read back what it fetched (the "fetch" stage, parent side).

The one place that starts the Scrapy project in ``crawler/``: it writes a job file, runs
``python -m crawler.runner`` as a child process (Twisted's reactor cannot be restarted within a
process, and a crash there must not take the run with it), and then streams the spool back as
:class:`FetchedPage` values.

The child dies with its parent (``PR_SET_PDEATHSIG``), so a run killed mid-crawl leaves no
crawler behind; its stderr goes to ``<spool>/crawler.log`` (a spool is kept when a run fails).
The spool is append-only: a line cut short by a kill is skipped when read.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from repwatch.config import Watchlist
from repwatch.models import Candidate, FetchedPage, SourceKind
from repwatch.ops import PAUSE_ENV, pause_at
from repwatch.store import PageState


@dataclass(frozen=True)
class CrawlOutcome:
    spool: Path
    returncode: int
    stderr_tail: str


def build_job(
    watchlist: Watchlist,
    spool: Path,
    candidates: tuple[Candidate, ...] | list[Candidate],
    known: dict[str, PageState],
) -> dict[str, object]:
    c = watchlist.crawl
    return {
        "spool": str(spool),
        "user_agent": c.user_agent,
        "obey_robots": c.obey_robots,
        "allow_private_addresses": c.allow_private_addresses,
        "settings": {
            "max_response_bytes": c.max_response_bytes,
            "timeout_seconds": c.timeout_seconds,
            "site_timeout_seconds": c.site_timeout_seconds,
            "max_redirects": c.max_redirects,
            "download_delay": c.download_delay,
            "concurrent_requests": c.concurrent_requests,
            "max_retry_after_seconds": c.max_retry_after_seconds,
        },
        "sites": [
            {
                "name": s.name,
                "start_urls": list(s.start_urls),
                "max_depth": s.max_depth,
                "max_pages": s.max_pages,
                "allowed_domains": list(s.allowed_domains),
                "max_pages_per_pattern": s.max_pages_per_pattern,
            }
            for s in watchlist.sites
        ],
        "candidates": [
            {"url": cand.url, "source": cand.source, "kind": str(cand.source_kind)}
            for cand in candidates
        ],
        "known": {
            url: {"etag": st.etag, "last_modified": st.last_modified}
            for url, st in known.items()
            if st.etag or st.last_modified
        },
    }


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def spool_lines(spool: Path) -> int:
    index = spool / "pages.jsonl"
    try:
        with open(index, "rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    except FileNotFoundError:
        return 0


def run_crawl(
    job: dict[str, object],
    spool: Path,
    timeout: float,
    progress: Callable[[int], None] | None = None,
) -> CrawlOutcome:
    """Run the crawl child to completion (or ``timeout``); ``progress`` gets the pages so far."""
    spool.mkdir(parents=True, exist_ok=True)
    job_path = spool / "job.json"
    job_path.write_text(json.dumps(job), encoding="utf-8")
    env = dict(os.environ)
    # The crawler package sits beside repwatch in a wheel; in a checkout it is at the root.
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    log_path = spool / "crawler.log"
    deadline = time.monotonic() + timeout
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.runner", str(job_path)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            env=env,
            preexec_fn=_die_with_parent,  # noqa: PLW1509 - no threads started yet in the child
        )
        returncode: int | None = None
        seen = -1
        pausing = os.environ.get(PAUSE_ENV) == "crawl"
        while returncode is None:
            try:
                returncode = proc.wait(timeout=0.25)
            except subprocess.TimeoutExpired:
                if time.monotonic() > deadline:
                    proc.kill()
                    proc.wait()
                    return CrawlOutcome(
                        spool, -9, f"crawl timed out after {timeout:.0f}s; {_tail(log_path)}"
                    )
            if progress is not None or pausing:
                count = spool_lines(spool)
                if count != seen:
                    seen = count
                    if progress is not None:
                        progress(count)
                    if pausing and count:
                        pause_at("crawl", spool.parents[1])  # test hook: kill mid-crawl
    return CrawlOutcome(spool, returncode, _tail(log_path))


def _tail(path: Path, size: int = 2000) -> str:
    try:
        with open(path, "rb") as fh:
            fh.seek(max(0, path.stat().st_size - size))
            return fh.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def read_spool(spool: Path) -> Iterator[FetchedPage]:
    index = spool / "pages.jsonl"
    if not index.exists():
        return
    with open(index, encoding="utf-8") as fh:
        for line in fh:
            try:
                d = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short by a killed crawl
            yield FetchedPage(
                url=d["url"],
                final_url=d["final_url"],
                status=int(d["status"]),
                fetched_at=datetime.fromisoformat(d["fetched_at"]),
                sha256=d["sha256"],
                body_path=d.get("body_path"),
                content_type=d.get("content_type") or "",
                headers=tuple((k, v) for k, v in d.get("headers") or []),
                ip_address=d.get("ip_address"),
                source=d.get("source") or "",
                source_kind=SourceKind(d.get("source_kind") or "site"),
                etag=d.get("etag"),
                last_modified=d.get("last_modified"),
                error=d.get("error"),
            )
