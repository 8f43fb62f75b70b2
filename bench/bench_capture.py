"""Evidence capture throughput: captures per second with one reused Chromium vs. a new one each.

Each capture is the full Preserver path: a fresh fetch recorded as WARC 1.1, PNG (full page),
PDF, MHTML, extracted text, SHA-256 of every file, manifest, and a signed ledger entry. Pages
come from a local http.server (127.0.0.1, port 0); each is a distinct ~6 KB forum-like page
taller than the viewport. Peak memory is the highest summed PSS of this process and all its
children (Playwright's driver and every Chromium process; PSS counts shared pages once),
sampled every 250 ms (reading smaps_rollup is costly; faster sampling slows the run).

    .venv/bin/python bench/bench_capture.py [--captures 40] [--baseline 5]

Prints ratios against the baseline measured in the same run; never asserts absolute times.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import tempfile
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from repwatch.config import from_dict
from repwatch.evidence import Preserver
from repwatch.evidence.capture import png_size
from repwatch.models import Category, FetchedPage, Finding, Severity

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def page_body(n: int) -> bytes:
    posts = "".join(
        f"<article><header><b>user{n}_{i}</b> wrote at 10:{i:02d}</header>"
        f"<p>Post {i} on thread {n}: Jane Smith at the Springfield Centre said something "
        f"about the Year 6 trip; lorem ipsum dolor sit amet, consectetur adipiscing.</p>"
        "</article>"
        for i in range(30)
    )
    return (
        f"<!doctype html><html><head><title>Thread {n}</title><style>body{{font:16px sans-serif;"
        f"max-width:60em;margin:auto}} article{{border-bottom:1px solid #ccc;padding:.5em}}"
        f"</style></head><body><h1>Forum thread {n}</h1>{posts}</body></html>"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        last = self.path.strip("/").split("/")[-1]
        if not last.isdigit():  # e.g. the browser's /favicon.ico
            self.send_error(404)
            return
        n = int(last)
        body = page_body(n)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def tree_rss_bytes(root: int) -> int:
    """Summed PSS of ``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            pid, ppid = int(entry), int(fields[1])
            # PSS: shared pages (Chromium's processes share much) are counted once in total.
            with open(f"/proc/{entry}/smaps_rollup") as fh:
                pss = next(line for line in fh if line.startswith("Pss:"))
                rss[pid] = int(pss.split()[1]) * 1024
        except (OSError, IndexError, ValueError, StopIteration):
            continue
        children.setdefault(ppid, []).append(pid)
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


class PeakSampler:
    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(0.25):
            self.peak = max(self.peak, tree_rss_bytes(me))

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def finding(url: str, n: int) -> Finding:
    return Finding(
        id=f"F{n}",
        url=url,
        subject="jsmith",
        subject_name="Jane Smith",
        matched="Jane Smith",
        start=0,
        end=10,
        score=100.0,
        variant="jane smith",
        reason="bench",
        categories=(Category.ABUSE,),
        severity=Severity.HIGH,
        snippet="",
        first_seen=NOW,
        last_seen=NOW,
        page_sha256="",
    )


def fetched(url: str, body_path: Path) -> FetchedPage:
    data = body_path.read_bytes()
    return FetchedPage(
        url=url,
        final_url=url,
        status=200,
        fetched_at=NOW,
        sha256=hashlib.sha256(data).hexdigest(),
        body_path=str(body_path),
        content_type="text/html",
    )


def capture_many(base: str, reports: Path, tmp: Path, numbers: range, reuse: bool) -> float:
    wl = from_dict(
        {"school": {"name": "Bench School"}, "crawl": {"allow_private_addresses": True}},
        tmp / "watchlist.toml",
    )
    body = tmp / "body.html"
    body.write_bytes(page_body(0))

    def one(p: Preserver, n: int) -> None:
        url = f"{base}/t/{n}"
        result = p.preserve(finding(url, n), 1, fetched(url, body), body)
        assert not result.problems, result.problems
        shot = next(r for r in result.records if r.kind == "screenshot")
        w, h = png_size((reports.parent / reports.name / shot.path).read_bytes())
        assert w == 1280 and h > 900, (w, h)  # full page, not just the viewport

    t0 = time.perf_counter()
    if reuse:
        with Preserver(wl, reports) as p:
            for n in numbers:
                one(p, n)
    else:
        for n in numbers:
            with Preserver(wl, reports) as p:
                one(p, n)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--captures", type=int, default=40)
    parser.add_argument("--baseline", type=int, default=5)
    args = parser.parse_args()

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.server_port}"
    with tempfile.TemporaryDirectory(prefix="bench-capture-") as t:
        tmp = Path(t)
        with PeakSampler() as sampler:
            # includes the one browser start, as a real run would
            reused = capture_many(base, tmp / "a", tmp, range(args.captures), reuse=True)
        peak = sampler.peak
        fresh = capture_many(base, tmp / "b", tmp, range(args.baseline), reuse=False)
    srv.shutdown()
    reused_rate = args.captures / reused
    fresh_rate = args.baseline / fresh
    print(
        f"reused browser : {args.captures} captures in {reused:.2f} s = "
        f"{reused_rate:.2f} captures/s (browser start included)"
    )
    print(
        f"new browser    : {args.baseline} captures in {fresh:.2f} s = "
        f"{fresh_rate:.2f} captures/s (baseline)"
    )
    print(f"speed-up       : {reused_rate / fresh_rate:.1f}x")
    print(f"peak memory    : {peak / 2**20:.0f} MiB (this process + driver + Chromium, PSS sum)")
    print(
        f"targets        : >= 4 captures/s {'met' if reused_rate >= 4 else 'MISSED'}; "
        f"< 1 GiB {'met' if peak < 2**30 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
