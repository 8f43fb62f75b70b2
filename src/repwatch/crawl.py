"""Start a crawl and read back what it fetched (the "fetch" stage, parent side).

The one place that starts the Scrapy project in ``crawler/``: it writes a job file, runs
``python -m crawler.runner`` as a child process (Twisted's reactor cannot be restarted within a
process, and a crash there must not take the run with it), and then streams the spool back as
:class:`FetchedPage` values.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from repwatch.config import Watchlist
from repwatch.models import Candidate, FetchedPage, SourceKind
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
        },
        "sites": [
            {
                "name": s.name,
                "start_urls": list(s.start_urls),
                "max_depth": s.max_depth,
                "max_pages": s.max_pages,
                "allowed_domains": list(s.allowed_domains),
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


def run_crawl(job: dict[str, object], spool: Path, timeout: float) -> CrawlOutcome:
    spool.mkdir(parents=True, exist_ok=True)
    job_path = spool / "job.json"
    job_path.write_text(json.dumps(job), encoding="utf-8")
    env = dict(os.environ)
    # The crawler package sits beside repwatch in a wheel; in a checkout it is at the root.
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "crawler.runner", str(job_path)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            check=False,
        )
        return CrawlOutcome(spool, proc.returncode, proc.stderr[-2000:])
    except subprocess.TimeoutExpired as exc:
        tail = exc.stderr[-2000:] if isinstance(exc.stderr, str) else ""
        return CrawlOutcome(spool, -9, f"crawl timed out after {timeout:.0f}s {tail}")


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
