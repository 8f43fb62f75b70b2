"""Evidence capture throughput: captures per second with one reused Chromium vs. a new one each.

Three ways, measured in the same run: ``preserve_many`` (one reused Chromium, two pages
rendering at once while Python hashes, gzips and signs), ``preserve`` called one page at a time
(same reused Chromium), and the baseline, a new Preserver (so a new Chromium) per capture.
Each capture is the full Preserver path: a fresh fetch recorded as WARC 1.1, PNG (full page),
PDF, MHTML, extracted text, SHA-256 of every file, manifest, and a signed ledger entry. Pages
come from a local http.server (127.0.0.1, port 0); each is a distinct ~6 KB forum-like page
taller than the viewport. Peak memory is the highest summed PSS of this process and all its
children (Playwright's driver and every Chromium process; PSS counts shared pages once),
sampled every 250 ms (reading smaps_rollup is costly; faster sampling slows the run).

    .venv/bin/python bench/bench_capture.py [--captures 40] [--baseline 5] [--rounds 1]
        [--browser /usr/bin/chromium]

Prints ratios against the baseline measured in the same run; never asserts absolute times.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from repwatch.config import from_dict
from repwatch.evidence import Preserved, Preserver
from repwatch.evidence.capture import find_browser, png_size
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


def capture_many(
    base: str, reports: Path, tmp: Path, numbers: range, mode: str, browser: str = ""
) -> float:
    """Capture pages ``numbers``; ``mode`` is "many", "one" (reused browser) or "fresh"."""
    wl = from_dict(
        {
            "school": {"name": "Bench School"},
            "crawl": {"allow_private_addresses": True},
            "evidence": {"browser_path": browser},
        },
        tmp / "watchlist.toml",
    )
    body = tmp / "body.html"
    body.write_bytes(page_body(0))

    def job(n: int) -> tuple[Finding, int, FetchedPage, Path]:
        url = f"{base}/t/{n}"
        return finding(url, n), 1, fetched(url, body), body

    def check(result: Preserved) -> None:
        assert not result.problems, result.problems
        shot = next(r for r in result.records if r.kind == "screenshot")
        w, h = png_size((reports / shot.path).read_bytes())
        assert w == 1280 and h > 900, (w, h)  # full page, not just the viewport

    t0 = time.perf_counter()
    if mode == "many":
        with Preserver(wl, reports) as p:
            for result in p.preserve_many(job(n) for n in numbers):
                check(result)
    elif mode == "one":
        with Preserver(wl, reports) as p:
            for n in numbers:
                check(p.preserve(*job(n)))
    else:
        for n in numbers:
            with Preserver(wl, reports) as p:
                check(p.preserve(*job(n)))
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--captures", type=int, default=40)
    parser.add_argument("--baseline", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=1, help="repeat, interleaving the modes")
    parser.add_argument(
        "--browser", default="", help="Chromium binary (default: what repwatch picks)"
    )
    args = parser.parse_args()
    print(f"browser: {find_browser(args.browser)}")

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.server_port}"
    rates: dict[str, list[float]] = {"many": [], "one": [], "fresh": []}
    peaks: dict[str, int] = {"many": 0, "one": 0}
    with tempfile.TemporaryDirectory(prefix="bench-capture-") as t:
        tmp = Path(t)
        for r in range(args.rounds):
            # Interleaved, so a busy neighbour on the machine slows every mode alike.
            for mode in ("many", "one"):
                with PeakSampler() as sampler:
                    # includes the one browser start, as a real run would
                    took = capture_many(
                        base, tmp / f"{mode}{r}", tmp, range(args.captures), mode, args.browser
                    )
                peaks[mode] = max(peaks[mode], sampler.peak)
                rates[mode].append(args.captures / took)
            took = capture_many(
                base, tmp / f"fresh{r}", tmp, range(args.baseline), "fresh", args.browser
            )
            rates["fresh"].append(args.baseline / took)
    srv.shutdown()
    many, one, fresh = (statistics.median(rates[m]) for m in ("many", "one", "fresh"))

    def show(rs: list[float]) -> str:
        spread = f" (rounds: {', '.join(f'{x:.2f}' for x in rs)})" if len(rs) > 1 else ""
        return f"{statistics.median(rs):.2f} captures/s{spread}"

    print(f"preserve_many, reused browser : {show(rates['many'])} (browser start included)")
    print(f"preserve one by one, reused   : {show(rates['one'])}")
    print(f"new browser per capture       : {show(rates['fresh'])} (baseline)")
    print(
        f"speed-up over baseline        : many {many / fresh:.1f}x, one by one {one / fresh:.1f}x"
    )
    print(f"preserve_many over one by one : {many / one:.2f}x")
    print(
        f"peak memory                   : many {peaks['many'] / 2**20:.0f} MiB, one by one "
        f"{peaks['one'] / 2**20:.0f} MiB (this process + driver + Chromium, PSS sum)"
    )
    print(
        f"targets (preserve_many)       : >= 4 captures/s {'met' if many >= 4 else 'MISSED'}; "
        f"< 1 GiB {'met' if peaks['many'] < 2**30 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
