"""Crawl throughput and memory: the full repwatch pipeline against a bare Scrapy crawl.

    .venv/bin/python bench/bench_crawl.py                 # 2,000 pages: speed ratio
    .venv/bin/python bench/bench_crawl.py --memory 20000  # + peak RSS of a 20,000-page run

A local site (its own process, so it does not share the measured processes' memory) serves
``--pages`` pages linked breadth-first, one in 50 naming the school. In one invocation it then
times (1) a bare Scrapy crawl of the same site with the same politeness settings and no repwatch
pipeline, guard or spool, and (2) ``run_once`` (discover → crawl with guard, conditional
requests and spool → extract → match → store → evidence without a browser → digest), and prints
pages per second for each and their ratio (target ≥ 0.8). ``--memory N`` runs ``run_once`` over
an N-page crawl in a child and reports the peak RSS of that process plus its crawler child
(target < 400 MB); the N pages are split over ``--hosts`` sites (default 8, each its own
hostname mapped to 127.0.0.1) so that the one-request-per-host politeness does not make the
memory check take half an hour. Both crawls start their own Python, so start-up is in both figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FANOUT = 8
LOREM = (
    "Parents and pupils met at the hall on Tuesday to talk about the new bus timetable, the "
    "summer fair and the state of the playing fields after the rain. "
) * 6


def serve(pages: int) -> None:
    """Serve /p/0 … /p/<pages-1>; page n links to its children n*FANOUT+1 … (a tree)."""

    class Site(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def do_GET(self) -> None:  # noqa: N802
            if not self.path.startswith("/p/"):
                body, status = b"", 404
            else:
                n = int(self.path[3:] or 0)
                kids = range(n * FANOUT + 1, min(pages, n * FANOUT + FANOUT + 1))
                links = " ".join(f'<a href="/p/{k}">page {k}</a>' for k in kids)
                mention = (
                    "<p>Jane Smith at The Springfield Centre in Springfield organised it.</p>"
                    if n % 50 == 7
                    else ""
                )
                body = (
                    f"<html><head><title>Page {n}</title></head><body><nav>{links}</nav>"
                    f"<article><h1>Page {n}</h1><p>{LOREM}</p>{mention}</article></body></html>"
                ).encode()
                status = 200
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    print(server.server_address[1], flush=True)
    server.serve_forever()


BARE_SPIDER = textwrap.dedent(
    """
    import scrapy
    from scrapy.linkextractors import LinkExtractor

    class Bare(scrapy.Spider):
        name = "bare"
        def __init__(self, start="", **kw):
            super().__init__(**kw)
            self.start_urls = [start]
            self.links = LinkExtractor()
        def parse(self, response):
            yield {"url": response.url, "size": len(response.body)}
            for link in self.links.extract_links(response):
                yield response.follow(link.url, self.parse)
    """
)


def start_site(pages: int) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(pages)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    port = proc.stdout.readline().strip()
    return proc, f"http://127.0.0.1:{port}/p/0"


def depth_for(pages: int) -> int:
    depth, reach, level = 0, 1, 1
    while reach < pages:
        level *= FANOUT
        reach += level
        depth += 1
    return depth


def bare_crawl(url: str, tmp: Path) -> float:
    spider = tmp / "bare_spider.py"
    spider.write_text(BARE_SPIDER, encoding="utf-8")
    settings = {
        # the same politeness and limits run_once's crawl uses (crawler/settings.py + watchlist)
        "ROBOTSTXT_OBEY": "True",
        "CONCURRENT_REQUESTS": "8",
        "CONCURRENT_REQUESTS_PER_DOMAIN": "1",
        "DOWNLOAD_DELAY": "0",
        "AUTOTHROTTLE_ENABLED": "True",
        "AUTOTHROTTLE_START_DELAY": "0.01",
        "AUTOTHROTTLE_TARGET_CONCURRENCY": "1.0",
        "DEPTH_PRIORITY": "1",
        "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
        "COOKIES_ENABLED": "False",
        "TELNETCONSOLE_ENABLED": "False",
        "LOG_LEVEL": "WARNING",
    }
    args = [sys.executable, "-m", "scrapy", "runspider", str(spider), "-a", f"start={url}"]
    for k, v in settings.items():
        args += ["-s", f"{k}={v}"]
    t0 = time.perf_counter()
    subprocess.run(args, check=True, cwd=tmp, capture_output=True)
    return time.perf_counter() - t0


WATCHLIST = """
[school]
name = "The Springfield Centre"
locality = ["Springfield"]

[[staff]]
id = "jsmith"
name = "Jane Smith"

[[sites]]
name = "Bench"
start_urls = ["{url}"]
max_depth = {depth}
max_pages = {pages}
max_pages_per_pattern = {pages}

[crawl]
allow_private_addresses = true
download_delay = 0.0
timeout_seconds = 20
site_timeout_seconds = 3600

[evidence]
browser = false

[storage]
dir = "{reports}"
"""

MEASURE = """
import json, resource, sys, time
from repwatch.config import load
from repwatch.run import run_once
t0 = time.perf_counter()
result = run_once(load(sys.argv[1]))
elapsed = time.perf_counter() - t0
print(json.dumps({
    "elapsed": elapsed,
    "findings": len(result.new_findings),
    "problems": result.problems[:3],
    "self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
}))
"""


def full_run(url: str, pages: int, tmp: Path, name: str, hosts: int = 1) -> dict[str, object]:
    """``run_once`` in a child; with ``hosts`` > 1 the pages are split over that many sites,
    each under its own hostname (netguard's test map → 127.0.0.1), crawled side by side."""
    reports = tmp / name
    watchlist = tmp / f"{name}.toml"
    text = WATCHLIST.format(url=url, depth=depth_for(pages), pages=pages // hosts, reports=reports)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if hosts > 1:
        names = [f"site{i}.bench" for i in range(hosts)]
        env["REPWATCH_TEST_RESOLVE"] = json.dumps({n: "127.0.0.1" for n in names})
        first, rest = text.split("[crawl]", 1)
        site = first[first.index("[[sites]]") :]
        first = first[: first.index("[[sites]]")]
        for i, host in enumerate(names):
            first += site.replace('name = "Bench"', f'name = "Bench {i}"').replace(
                "127.0.0.1", host
            )
        text = first + "[crawl]" + rest
    watchlist.write_text(text, "utf-8")
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", MEASURE, str(watchlist)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp,
    )
    out: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    out["wall"] = time.perf_counter() - t0
    import sqlite3

    with sqlite3.connect(reports / "repwatch.db") as db:
        out["fetched"] = db.execute("SELECT COUNT(*) FROM fetches WHERE status = 200").fetchone()[0]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--memory", type=int, default=0, metavar="N", help="pages for memory")
    parser.add_argument("--serve", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument(
        "--hosts", type=int, default=8, help="sites the memory crawl is split over (parallel)"
    )
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return 0
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        site, url = start_site(args.pages)
        try:
            bare = bare_crawl(url, tmp)
            full = full_run(url, args.pages, tmp, "full")
        finally:
            site.terminate()
        fetched = int(full["fetched"])  # type: ignore[call-overload]
        bare_rate = args.pages / bare
        full_rate = fetched / float(full["wall"])  # type: ignore[arg-type]
        print(f"pages: {args.pages} (fetched by run_once: {fetched}), findings {full['findings']}")
        print(f"bare Scrapy crawl:     {bare:7.2f} s  {bare_rate:7.1f} pages/s")
        print(f"repwatch run_once:     {float(full['wall']):7.2f} s  {full_rate:7.1f} pages/s")  # type: ignore[arg-type]
        print(f"ratio (full / bare):   {full_rate / bare_rate:7.2f}  (target >= 0.80)")
        if args.memory:
            site, url = start_site(args.memory)
            try:
                mem = full_run(url, args.memory, tmp, "memory", args.hosts)
            finally:
                site.terminate()
            parent = int(mem["self_kb"]) / 1024  # type: ignore[call-overload]
            child = int(mem["children_kb"]) / 1024  # type: ignore[call-overload]
            print(
                f"memory, {args.memory} pages ({mem['fetched']} fetched, "
                f"{float(mem['wall']):.1f} s): run_once peak RSS {parent:.0f} MB + crawler "
                f"child peak RSS {child:.0f} MB = {parent + child:.0f} MB (target < 400 MB)"  # type: ignore[arg-type]
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
