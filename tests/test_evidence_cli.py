"""`repwatch verify` and `repwatch export` as commands: exit codes 0 / 1 / 2 (no browser)."""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from repwatch.cli import main
from repwatch.config import load
from repwatch.evidence import Preserver
from repwatch.models import Category, FetchedPage, Finding, Severity

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
BODY = b"<html><head><title>t</title></head><body><p>Jane Smith</p></body></html>"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def evidence(tmp_path: Path) -> tuple[Path, str]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    wl_path = tmp_path / "watchlist.toml"
    wl_path.write_text(
        '[school]\nname = "The Springfield Centre"\n[crawl]\nallow_private_addresses = true\n'
        f'[evidence]\nbrowser = false\n[storage]\ndir = "{tmp_path / "reports"}"\n'
    )
    body = tmp_path / "body.html"
    body.write_bytes(BODY)
    url = f"http://127.0.0.1:{srv.server_port}/p"
    sha = hashlib.sha256(BODY).hexdigest()
    finding = Finding(
        id="F1",
        url=url,
        subject="school",
        subject_name="The Springfield Centre",
        matched="x",
        start=0,
        end=1,
        score=1.0,
        variant="x",
        reason="r",
        categories=(Category.NEUTRAL,),
        severity=Severity.LOW,
        snippet="",
        first_seen=NOW,
        last_seen=NOW,
        page_sha256=sha,
    )
    page = FetchedPage(
        url=url,
        final_url=url,
        status=200,
        fetched_at=NOW,
        sha256=sha,
        body_path=str(body),
        content_type="text/html",
    )
    try:
        with Preserver(load(wl_path), tmp_path / "reports") as p:
            result = p.preserve(finding, 1, page, body)
    finally:
        srv.shutdown()
        srv.server_close()
    cid = next(r.id for r in result.records if r.kind == "capture")
    return wl_path, cid


def test_verify_exit_codes(evidence: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    wl, cid = evidence
    assert main(["verify", "-w", str(wl)]) == 0
    assert main(["verify", "-w", str(wl), cid]) == 0
    assert main(["verify", "-w", str(wl), "F1"]) == 0
    assert main(["verify", "-w", str(wl), "nope"]) == 2
    warc = next((wl.parent / "reports" / "evidence" / "captures" / cid).glob("*.warc.gz"))
    data = warc.read_bytes()
    warc.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    assert main(["verify", "-w", str(wl)]) == 1
    assert warc.name in capsys.readouterr().err


def test_export_command(evidence: tuple[Path, str], tmp_path: Path) -> None:
    wl, cid = evidence
    out = tmp_path / "bundle"
    assert main(["export", "-w", str(wl), cid, "-o", str(out), "--recipient", "HR"]) == 0
    assert (out / "SHA256SUMS").is_file() and (out / f"{cid}.wacz").is_file()
    assert main(["export", "-w", str(wl), "unknown", "-o", str(tmp_path / "b2")]) == 2
    assert main(["export", "-w", str(wl), cid, "-o", str(out)]) == 1  # not empty
    assert main(["verify", "-w", str(wl)]) == 0
