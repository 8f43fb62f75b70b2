"""Benchmark: render and send a digest of 1,000 findings to 20 recipients (target < 2 s).

Measures ``repwatch.digest.report`` end to end — whole-school HTML/text/JSON files, 20 routed
per-recipient messages (Jinja2 + css-inline + MIME), the outbox (.eml files + one SQLite
transaction), delivery to a local aiosmtpd server over one connection, and reports/index.html —
against two baselines measured in the same run on the same data:

* ``naive render``: what a straightforward renderer does — render each recipient's whole
  document and CSS-inline it as one page (no per-finding fragment reuse), no mail at all;
* ``plain smtplib``: sending 20 pre-built messages of the same size with smtplib alone.

Usage: ``.venv/bin/python bench/bench_digest.py [--findings 1000] [--recipients 20] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import multiprocessing
import shutil
import smtplib
import socket
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import css_inline
from aiosmtpd.controller import Controller

from repwatch.config import load
from repwatch.digest import report
from repwatch.digest.render import Renderer, Shared, sort_findings
from repwatch.digest.routing import route
from repwatch.digest.trend import weekly, window_start
from repwatch.models import Category, FetchedPage, Mention, SourceKind, severity_of
from repwatch.store import Store

NOW = datetime(2024, 6, 5, 7, 0, tzinfo=UTC)
CATS = [
    (Category.NEUTRAL,),
    (Category.NEGATIVE,),
    (Category.ABUSE,),
    (Category.NEUTRAL,),
    (Category.DEFAMATION,),
    (Category.NEGATIVE,),
    (Category.THREAT, Category.ABUSE),
    (Category.NEUTRAL,),
]


class Sink:
    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        return "250 OK"


class LocalSMTP(Controller):
    def __init__(self, handler: Sink, sock: socket.socket) -> None:
        self._sock = sock
        super().__init__(handler, hostname="127.0.0.1", port=sock.getsockname()[1])

    def _create_server(self) -> Any:
        return self.loop.create_server(self._factory_invoker, sock=self._sock)


def serve(sock: socket.socket) -> None:
    """The relay runs in its own process, as a real one would (no GIL shared with repwatch)."""
    server = LocalSMTP(Sink(), sock)
    server.start()
    try:
        time.sleep(3600)
    finally:
        server.stop()


def watchlist_toml(reports: Path, port: int, recipients: int) -> str:
    managers = recipients - 2  # two [digest] always addresses
    staff = "".join(
        f'\n[[staff]]\nid = "s{i}"\nname = "Teacher Number{i}"\n'
        f'line_manager = "lm{i % managers}@school.example"\n'
        for i in range(managers * 5)
    )
    return (
        '[school]\nname = "The Springfield Centre"\n'
        + staff
        + '\n[digest]\nfrom = "repwatch@school.example"\n'
        'always = ["dsl@school.example", "head@school.example"]\n'
        f'[digest.smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
        f'[storage]\ndir = "{reports}"\n'
    )


def seed(store: Store, n: int, staff: int) -> None:
    run = store.begin_run(NOW)
    for i in range(n):
        subject = "school" if i % 4 == 0 else f"s{i % staff}"
        name = "The Springfield Centre" if subject == "school" else f"Teacher Number{i % staff}"
        cats = CATS[i % len(CATS)]
        at = NOW - timedelta(hours=2 * i)  # spread over ~12 weeks
        page = FetchedPage(
            f"https://forum.example/t/{i}",
            f"https://forum.example/t/{i}",
            200,
            at,
            f"{i:064x}",
            None,
            "text/html",
            source="Forum",
            source_kind=SourceKind.SITE,
        )
        snippet = (
            f"post {i}: parents were saying {name} at The Springfield Centre "
            "had not answered the letters about the trip, and <b>others</b> agreed"
        )
        m = Mention(
            subject,
            name,
            0,
            len(name),
            0.95,
            name,
            f"name '{name}' matched",
            cats,
            severity_of(cats),
            snippet,
        )
        store.save_findings(run, page, f"Thread {i} <about the school>", [(f"F{i:010x}", name, m)])


def timed(fn: Any, repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--findings", type=int, default=1000)
    ap.add_argument("--recipients", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-digest-"))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    relay = multiprocessing.get_context("fork").Process(target=serve, args=(sock,), daemon=True)
    relay.start()
    try:
        seed_dir = work / "seed"
        path = work / "watchlist.toml"
        path.write_text(watchlist_toml(seed_dir, sock.getsockname()[1], args.recipients))
        w = load(path)
        with Store.open(seed_dir) as store:
            seed(store, args.findings, (args.recipients - 2) * 5)
            findings = sort_findings(store.undigested_findings())
            rows = store.finding_dates(window_start(NOW))

        # repwatch's report(): a fresh copy of the seeded database each time.
        counter = iter(range(10_000))

        def full() -> Any:
            reports = work / f"r{next(counter)}"
            reports.mkdir()
            shutil.copy(seed_dir / "repwatch.db", reports / "repwatch.db")
            wl = load(path)
            object.__setattr__(wl.storage, "dir", str(reports))
            with Store.open(reports) as store:
                return report(wl, store, run_id=1, started_at=NOW, problems=[], now=NOW, env={})

        full_s, outcome = timed(full, args.repeat)

        def render_only() -> Any:
            with Store.open(seed_dir) as store:  # dry run: renders every reader, writes nothing
                return report(
                    w,
                    store,
                    run_id=1,
                    started_at=NOW,
                    problems=[],
                    now=NOW,
                    env={},
                    dry_run=True,
                    queue=True,
                )

        render_s, _ = timed(render_only, args.repeat)
        assert outcome.sent == args.recipients and not outcome.problems, outcome.problems
        sizes = [m.findings for m in outcome.queued]
        sent_dir = work / "r0" / "outbox" / "sent"
        avg = sum(f.stat().st_size for f in sent_dir.glob("*.eml")) // len(sizes)

        # Baseline 1: render each recipient's page whole and inline it as one document.
        routes = [r for r in route(w, findings) if r.findings]
        Shared("The Springfield Centre", 1, NOW, None, (), (), None)
        trend = weekly(rows, NOW)

        def naive() -> int:
            total = 0
            for r in routes:
                renderer = Renderer(w, seed_dir)  # no reuse between recipients
                env = renderer.env
                body = "".join(env.get_template("finding.html").render(f=f) for f in r.findings)
                page = env.get_template("digest.html").render(
                    school="x",
                    subject="x",
                    summary_line="",
                    heading_detail="",
                    audience="",
                    findings=r.findings,
                    findings_html=body,
                    findings_text="",
                    sources=(),
                    failed_sources=(),
                    problems=(),
                    cases=None,
                    trend=trend,
                    css=renderer.css,
                )
                total += len(css_inline.inline(page, load_remote_stylesheets=False))
            return total

        naive_s, naive_bytes = timed(naive, args.repeat)

        # Baseline 2: smtplib alone, 20 pre-built messages of the average real size.
        blob = b"Subject: x\r\n\r\n" + (b"x" * 76 + b"\r\n") * (avg // 78)

        def plain_send() -> None:
            with smtplib.SMTP("127.0.0.1", sock.getsockname()[1], timeout=30) as client:
                for i in range(args.recipients):
                    client.sendmail("a@school.example", [f"r{i}@school.example"], blob)

        send_s, _ = timed(plain_send, args.repeat)
    finally:
        relay.terminate()
        relay.join(5)
        shutil.rmtree(work, ignore_errors=True)

    per = [len(r.findings) for r in routes]
    print(
        f"findings {args.findings}, recipients {args.recipients} "
        f"(findings per message: min {min(per)}, max {max(per)}), "
        f"average message {avg / 1024:.0f} KiB, median of {args.repeat}"
    )
    print(
        f"report() render + queue + send + index : {full_s:6.3f} s   (target < 2 s: "
        f"{'met' if full_s < 2 else 'MISSED'})"
    )
    print(f"  of which rendering for 20 readers     : {render_s:6.3f} s   (dry run)")
    print(
        f"baseline naive render, no mail         : {naive_s:6.3f} s   "
        f"ratio {naive_s / render_s:.2f}x of rendering  ({naive_bytes / 2**20:.0f} MiB HTML)"
    )
    print(
        f"baseline plain smtplib send only       : {send_s:6.3f} s   "
        f"ratio {full_s / send_s:.2f}x of report()"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
