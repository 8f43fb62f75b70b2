"""Evidence capture end to end: real Chromium, real warcio check, real wacz validate as judges.

One local HTTP server and one Preserver (so one browser) serve the whole module; the captures
are made once and each test inspects them. Tamper tests work on a copy of the evidence folder.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import ssl
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from repwatch.config import from_dict
from repwatch.errors import EvidenceError, NotFound
from repwatch.evidence import URL_ONLY_FLAG, Preserved, Preserver
from repwatch.evidence.export import export
from repwatch.evidence.ledger import Ledger
from repwatch.evidence.verify import verify
from repwatch.models import Category, FetchedPage, Finding, Severity
from repwatch.store import EvidenceRecord

pytestmark = pytest.mark.slow

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
BIN = Path(sys.executable).parent
SECRET = "s3cr3t-session-value"
PAGE = (
    b"<!doctype html><html><head><title>Staff gossip</title></head><body>"
    b"<h1>Springfield Centre forum</h1><p>Jane Smith is a disgrace to the school.</p>"
    b"<img src='/pic.png' alt='pic'></body></html>"
)
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


class Handler(BaseHTTPRequestHandler):
    stall = threading.Event()

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        path = self.path
        if path == "/old":
            self._send(301, b"", [("Location", "/page")])
        elif path in ("/page", "/child"):
            self._send(
                200,
                PAGE,
                [
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Set-Cookie", f"sid={SECRET}; HttpOnly"),
                    ("X-Api-Key", SECRET),
                ],
            )
        elif path == "/gz":
            self._send(
                200,
                gzip.compress(PAGE),
                [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
            )
        elif path == "/pic.png":
            self._send(200, PNG_1PX, [("Content-Type", "image/png")])
        elif path == "/stall":
            self._send(
                200,
                b"<html><body><p>stalled page</p><img src='/never.png'></body></html>",
                [("Content-Type", "text/html")],
            )
        elif path == "/never.png":
            self.stall.wait(20)
            self._send(200, PNG_1PX, [("Content-Type", "image/png")])
        else:
            self._send(404, b"<html><body>Not here</body></html>", [("Content-Type", "text/html")])

    def _send(self, status: int, body: bytes, headers: list[tuple[str, str]]) -> None:
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    Handler.stall.set()
    srv.shutdown()
    srv.server_close()


def _watchlist(tmp: Path, **evidence: Any) -> Any:
    return from_dict(
        {
            "school": {"name": "The Springfield Centre"},
            "crawl": {"allow_private_addresses": True, "timeout_seconds": 5},
            "evidence": {"capture_timeout_seconds": 3, **evidence},
        },
        tmp / "watchlist.toml",
    )


def _finding(url: str, fid: str, url_only: bool = False) -> Finding:
    cats = (Category.SEXUAL,) if url_only else (Category.ABUSE,)
    return Finding(
        id=fid,
        url=url,
        subject="jsmith",
        subject_name="Jane Smith",
        matched="Jane Smith",
        start=0,
        end=10,
        score=100.0,
        variant="jane smith",
        reason="test",
        categories=cats,
        severity=Severity.CRITICAL if url_only else Severity.HIGH,
        snippet="",
        first_seen=NOW,
        last_seen=NOW,
        page_sha256="0" * 64,
        url_only=url_only,
    )


def _page(url: str, body_path: Path) -> FetchedPage:
    data = body_path.read_bytes()
    return FetchedPage(
        url=url,
        final_url=url,
        status=200,
        fetched_at=NOW,
        sha256=hashlib.sha256(data).hexdigest(),
        body_path=str(body_path),
        content_type="text/html",
        headers=(("Content-Type", "text/html"), ("Set-Cookie", f"a={SECRET}")),
    )


@dataclass
class Captured:
    reports: Path
    results: dict[str, Preserved]
    preserver_problems: list[str]

    def capture(self, name: str) -> EvidenceRecord:
        return next(r for r in self.results[name].records if r.kind == "capture")

    def manifest(self, name: str) -> dict[str, Any]:
        return json.loads((self.reports / self.capture(name).path).read_bytes())

    def folder(self, name: str) -> Path:
        return (self.reports / self.capture(name).path).parent


@pytest.fixture(scope="module")
def captured(server: str, tmp_path_factory: pytest.TempPathFactory) -> Captured:
    tmp = tmp_path_factory.mktemp("evidence")
    reports = tmp / "reports"
    body = tmp / "body.html"
    body.write_bytes(PAGE)
    results: dict[str, Preserved] = {}
    with Preserver(_watchlist(tmp), reports) as p:
        for name, path, url_only in (
            ("redirect", "/old", False),
            ("gz", "/gz", False),
            ("child", "/child", True),
            ("gone", "/missing", False),
            ("stall", "/stall", False),
        ):
            url = server + path
            results[name] = p.preserve(
                _finding(url, f"F-{name}", url_only), 1, _page(url, body), body
            )
    return Captured(reports, results, [])


def test_capture_writes_every_artefact_and_a_clean_record(captured: Captured) -> None:
    result = captured.results["redirect"]
    assert result.problems == ()
    kinds = {r.kind for r in result.records}
    assert kinds == {"raw", "capture", "screenshot"}
    cap = captured.capture("redirect")
    m = captured.manifest("redirect")
    assert cap.id == m["capture_id"] and cap.detail == ""
    assert cap.sha256 == hashlib.sha256((captured.reports / cap.path).read_bytes()).hexdigest()
    assert m["final_url"].endswith("/page") and m["requested_url"].endswith("/old")
    assert [h["status"] for h in m["redirects"]] == [301, 200]
    assert m["ip_address"] == "127.0.0.1" and m["http_status"] == 200
    assert m["operator"] == "automated monitor" and m["screenshot"] == "ok"
    assert m["tools"]["chromium"] and m["tools"]["warcio"] and m["title"] == "Staff gossip"
    for name in ("warc", "screenshot", "pdf", "mhtml", "text", "crawler_body"):
        item = m["artefacts"][name]
        data = (captured.reports / item["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item["sha256"], name
    folder = captured.folder("redirect")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder.parent).stat().st_mode) == 0o700
    # names come from ids and hashes only
    assert all(p.name.startswith(cap.id) for p in folder.iterdir())


def test_png_decodes_and_pdf_holds_the_page_text(captured: Captured) -> None:
    from PIL import Image
    from pypdf import PdfReader

    m = captured.manifest("redirect")
    img = Image.open(captured.reports / m["artefacts"]["screenshot"]["path"])
    img.load()
    assert img.format == "PNG" and img.size[0] == 1280 and img.size[1] >= 100
    reader = PdfReader(captured.reports / m["artefacts"]["pdf"]["path"])
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Jane Smith is a disgrace" in text
    mhtml = (captured.reports / m["artefacts"]["mhtml"]["path"]).read_bytes()
    assert b"multipart/related" in mhtml[:2000]


def _warc_records(path: Path) -> list[Any]:
    with open(path, "rb") as fh:
        out = []
        for rec in ArchiveIterator(fh):
            rec.content = rec.content_stream().read()
            out.append(rec)
        return out


def test_warc_records_and_warcio_check(captured: Captured) -> None:
    warcs = sorted(captured.reports.glob("evidence/captures/*/*.warc.gz"))
    assert len(warcs) == 5
    check = subprocess.run(
        [str(BIN / "warcio"), "check", "-v", *map(str, warcs)], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "digest pass" in check.stdout and "fail" not in check.stdout
    m = captured.manifest("redirect")
    records = _warc_records(captured.reports / m["artefacts"]["warc"]["path"])
    types = [r.rec_type for r in records]
    assert types[0] == "warcinfo"
    assert types.count("request") == 2 and types.count("response") == 2
    assert {"resource", "metadata", "conversion"} <= set(types)
    for r in records:
        assert r.rec_headers.protocol == "WARC/1.1"
        if r.rec_type in ("request", "response"):
            assert r.rec_headers.get_header("WARC-IP-Address") == "127.0.0.1"
            assert r.rec_headers.get_header("WARC-Block-Digest").startswith("sha256:")
            assert r.rec_headers.get_header("WARC-Payload-Digest").startswith("sha256:")
    assert len({r.rec_headers.get_header("WARC-Date") for r in records}) == 1
    view = next(r for r in records if r.rec_type == "resource")
    assert view.rec_headers.get_header("WARC-Target-URI") == f"urn:view:{m['final_url']}"
    assert view.content == (captured.reports / m["artefacts"]["screenshot"]["path"]).read_bytes()
    meta = json.loads(next(r for r in records if r.rec_type == "metadata").content)
    assert meta["viewport"] == {"width": 1280, "height": 900}
    assert meta["capture_start_utc"] <= meta["capture_end_utc"]
    assert {"chromium", "playwright", "warcio", "repwatch"} <= set(meta["tools"])
    assert "set-cookie" in meta["headers_removed"] and "x-api-key" in meta["headers_removed"]


def test_gzip_body_is_kept_encoded_and_rendered_decoded(captured: Captured) -> None:
    m = captured.manifest("gz")
    assert m["screenshot"] == "ok"
    records = _warc_records(captured.reports / m["artefacts"]["warc"]["path"])
    response = next(r for r in records if r.rec_type == "response")
    assert response.http_headers.get_header("Content-Encoding") == "gzip"
    assert response.content == PAGE  # warcio decodes; the stored bytes are the gzip stream


def test_no_secret_reaches_any_evidence_file(captured: Captured) -> None:
    for path in captured.reports.rglob("*"):
        if path.is_file() and path.name != "repwatch.db":
            data = path.read_bytes()
            if path.name.endswith(".gz"):
                data = gzip.decompress(data)
            assert SECRET.encode() not in data, path


def test_url_only_keeps_no_image_print_or_body(captured: Captured) -> None:
    result = captured.results["child"]
    cap = captured.capture("child")
    assert URL_ONLY_FLAG in cap.detail
    assert not any(r.kind == "screenshot" for r in result.records)
    assert result.problems == ()  # withholding the screenshot is policy, not a failure
    suffixes = {p.name.split(".", 1)[1] for p in captured.folder("child").iterdir()}
    assert suffixes == {"warc.gz", "txt", "manifest.json"}
    m = captured.manifest("child")
    assert m["url_only"] and m["safeguarding"] == URL_ONLY_FLAG
    raw = next(r for r in result.records if r.kind == "raw")
    assert raw.path.endswith(".json") and URL_ONLY_FLAG in raw.detail
    assert "crawler_body" not in m["artefacts"]
    records = _warc_records(captured.reports / m["artefacts"]["warc"]["path"])
    assert not any(r.rec_type == "resource" for r in records)
    response = next(r for r in records if r.rec_type == "response")
    assert response.content == b"" and response.rec_headers.get_header("WARC-Truncated")
    text = next(r for r in records if r.rec_type == "conversion").content
    assert b"Jane Smith is a disgrace" in text and b"<img" not in text
    assert not Preserver.capture_wanted(result.records, 1)


def test_gone_page_is_recorded_as_gone_and_not_retried(captured: Captured) -> None:
    result = captured.results["gone"]
    cap = captured.capture("gone")
    assert "page gone: HTTP 404" in cap.detail
    assert captured.manifest("gone")["page_state"] == "gone"
    assert result.problems == ()
    assert not Preserver.needs_retry(cap)
    assert not Preserver.capture_wanted(result.records, 1)


def test_timeout_keeps_warc_and_asks_for_a_retry(captured: Captured) -> None:
    result = captured.results["stall"]
    cap = captured.capture("stall")
    assert cap.detail.startswith("screenshot missing:") and "timeout" in cap.detail
    assert any(p.startswith("screenshot missing:") for p in result.problems)
    assert Preserver.needs_retry(cap) and Preserver.capture_wanted(result.records, 1)
    assert Preserver.capture_wanted(result.records, 2)  # a new version is always wanted
    m = captured.manifest("stall")
    assert "warc" in m["artefacts"] and "screenshot" not in m["artefacts"]


def test_browser_reused_after_timeout(captured: Captured) -> None:
    # the stalled page came last; the module's browser still served every earlier capture
    assert all(captured.manifest(n)["screenshot"] == "ok" for n in ("redirect", "gz"))


def test_verify_passes_on_untouched_evidence(captured: Captured) -> None:
    assert verify(captured.reports) == []
    assert verify(captured.reports, "F-redirect") == []
    assert verify(captured.reports, captured.capture("gz").id) == []
    with pytest.raises(NotFound):
        verify(captured.reports, "no-such-id")


TAMPER = [
    "warc",
    "screenshot",
    "pdf",
    "mhtml",
    "text",
    "crawler_body",
    "crawler_meta",
    "manifest",
    "ledger",
    "public_key",
]


@pytest.mark.parametrize("target", TAMPER)
def test_one_changed_byte_makes_verify_fail(
    captured: Captured, tmp_path: Path, target: str
) -> None:
    reports = tmp_path / "reports"
    shutil.copytree(captured.reports, reports)
    m = captured.manifest("redirect")
    if target == "manifest":
        path = reports / captured.capture("redirect").path
    elif target == "ledger":
        path = reports / "evidence" / "ledger.jsonl"
    elif target == "public_key":
        path = reports / "evidence" / "ledger-ed25519.pub.pem"
    else:
        path = reports / m["artefacts"][target]["path"]
    data = bytearray(path.read_bytes())
    index = len(data) // 2
    data[index] = (data[index] + 1) % 256 if target != "public_key" else data[index] ^ 0x01
    path.write_bytes(bytes(data))
    problems = verify(reports)
    assert problems, f"a changed byte in {target} went unnoticed"
    assert any(path.name in p or "ledger" in p for p in problems), problems


def test_export_bundle_passes_sha256sum_and_wacz_validate(
    captured: Captured, tmp_path: Path
) -> None:
    reports = tmp_path / "reports"
    shutil.copytree(captured.reports, reports)
    cid = captured.capture("redirect").id
    out = export(reports, None, cid, tmp_path / "bundle", NOW, recipient="HR")
    names = {p.name for p in out.iterdir()}
    assert {
        f"{cid}.wacz",
        f"{cid}.png",
        f"{cid}.pdf",
        f"{cid}.manifest.json",
        "SHA256SUMS",
        "ledger-ed25519.pub.pem",
        "capture-statement.txt",
    } <= names
    sums = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True, text=True
    )
    assert sums.returncode == 0, sums.stdout + sums.stderr
    assert sums.stdout.count(": OK") == len(names) - 1
    wacz = subprocess.run(
        [str(BIN / "wacz"), "validate", "-f", str(out / f"{cid}.wacz")],
        capture_output=True,
        text=True,
    )
    assert wacz.returncode == 0 and "is valid" in wacz.stdout, wacz.stdout + wacz.stderr
    statement = (out / "capture-statement.txt").read_text()
    m = captured.manifest("redirect")
    for needle in (
        cid,
        m["final_url"],
        m["artefacts"]["screenshot"]["sha256"],
        "automated monitor",
        "not what the",
        "Chromium",
    ):
        assert needle in statement
    last = Ledger(reports / "evidence").entries()[-1]
    assert last.event["type"] == "export" and last.event["capture_id"] == cid
    assert last.event["recipient"] == "HR"
    assert verify(reports) == []
    with pytest.raises(EvidenceError, match="not empty"):
        export(reports, None, cid, out, NOW)


def test_url_only_export_has_no_image_or_print(captured: Captured, tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    shutil.copytree(captured.reports, reports)
    cid = captured.capture("child").id
    out = export(reports, None, cid, tmp_path / "bundle", NOW)
    suffixes = {p.suffix for p in out.iterdir()}
    assert ".png" not in suffixes and ".pdf" not in suffixes
    assert URL_ONLY_FLAG in (out / "capture-statement.txt").read_text()
    wacz = subprocess.run(
        [str(BIN / "wacz"), "validate", "-f", str(out / f"{cid}.wacz")],
        capture_output=True,
        text=True,
    )
    assert wacz.returncode == 0, wacz.stdout


def test_tampered_capture_is_not_exported(captured: Captured, tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    shutil.copytree(captured.reports, reports)
    m = captured.manifest("gz")
    png = reports / m["artefacts"]["screenshot"]["path"]
    png.write_bytes(png.read_bytes() + b"x")
    with pytest.raises(EvidenceError, match="no longer verifies"):
        export(reports, None, m["capture_id"], tmp_path / "bundle", NOW)
    assert not (tmp_path / "bundle").exists()


# ---------------------------------------------------------------- without a browser


def test_no_browser_keeps_warc_and_says_screenshot_missing(server: str, tmp_path: Path) -> None:
    body = tmp_path / "body.html"
    body.write_bytes(PAGE)
    wl = _watchlist(tmp_path, browser_path=str(tmp_path / "no-chromium"))
    url = server + "/page"
    with Preserver(wl, tmp_path / "reports") as p:
        first = p.preserve(_finding(url, "F1"), 1, _page(url, body), body)
        second = p.preserve(_finding(url, "F2"), 1, _page(url, body), body)
    for result in (first, second):
        cap = next(r for r in result.records if r.kind == "capture")
        assert cap.detail.startswith("screenshot missing:") and "browser_path" in cap.detail
        assert any(p.startswith("screenshot missing:") for p in result.problems)
        assert Preserver.needs_retry(cap)
        m = json.loads((tmp_path / "reports" / cap.path).read_bytes())
        assert set(m["artefacts"]) == {"warc", "text", "crawler_body", "crawler_meta"}
        warc = tmp_path / "reports" / m["artefacts"]["warc"]["path"]
        check = subprocess.run([str(BIN / "warcio"), "check", str(warc)], capture_output=True)
        assert check.returncode == 0
    assert verify(tmp_path / "reports") == []


def test_browser_disabled_is_not_a_failure(server: str, tmp_path: Path) -> None:
    body = tmp_path / "body.html"
    body.write_bytes(PAGE)
    url = server + "/page"
    with Preserver(_watchlist(tmp_path, browser=False), tmp_path / "reports") as p:
        result = p.preserve(_finding(url, "F1"), 1, _page(url, body), body)
    assert result.problems == ()
    cap = next(r for r in result.records if r.kind == "capture")
    assert not Preserver.needs_retry(cap)


def test_unreachable_page_and_missing_body_never_raise(tmp_path: Path) -> None:
    url = "http://127.0.0.1:9/nothing"  # discard port: connection refused
    with Preserver(_watchlist(tmp_path, browser=False), tmp_path / "reports") as p:
        result = p.preserve(_finding(url, "F1"), 1, _page_missing(url), None)
    cap = next(r for r in result.records if r.kind == "capture")
    assert "page gone: unreachable" in cap.detail
    assert any("no crawler response body" in p for p in result.problems)
    assert verify(tmp_path / "reports") == []


def _page_missing(url: str) -> FetchedPage:
    return FetchedPage(
        url=url, final_url=url, status=200, fetched_at=NOW, sha256="0" * 64, body_path=None
    )


def test_https_capture_records_the_certificate(tmp_path: Path) -> None:
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server_ctx)
    srv.socket = server_ctx.wrap_socket(srv.socket, server_side=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)
    body = tmp_path / "body.html"
    body.write_bytes(PAGE)
    url = f"https://127.0.0.1:{srv.server_port}/page"
    try:
        with Preserver(
            _watchlist(tmp_path, browser=False), tmp_path / "reports", tls_verify=client_ctx
        ) as p:
            result = p.preserve(_finding(url, "F1"), 1, _page(url, body), body)
    finally:
        srv.shutdown()
        srv.server_close()
    assert result.problems == (), result.problems
    cap = next(r for r in result.records if r.kind == "capture")
    m = json.loads((tmp_path / "reports" / cap.path).read_bytes())
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    leaf = x509.load_pem_x509_certificate(cert.cert_chain_pems[0].bytes())
    assert m["tls"]["sha256_fingerprint"] == leaf.fingerprint(hashes.SHA256()).hex(":").upper()
    assert m["tls"]["verified"] is True and m["tls"]["issuer"]
    records = _warc_records(tmp_path / "reports" / m["artefacts"]["warc"]["path"])
    tls_meta = [
        json.loads(r.content)
        for r in records
        if r.rec_type == "metadata"
        and r.rec_headers.get_header("WARC-Refers-To")
        and b"BEGIN CERTIFICATE" in r.content
    ]
    assert tls_meta and tls_meta[0]["sha256_fingerprint"] == m["tls"]["sha256_fingerprint"]


def test_capture_wanted_table() -> None:
    def rec(detail: str, version: int = 1, kind: str = "capture") -> EvidenceRecord:
        return EvidenceRecord("C1", "F", version, kind, NOW, "u", "h", "p", detail)

    cases = [
        ([], True),
        ([rec("")], False),
        ([rec("screenshot missing: timeout")], True),
        ([rec("screenshot missing: timeout"), rec("")], False),
        ([rec("page gone: HTTP 404")], False),
        ([rec("", version=1)], False),
        ([rec("", kind="raw")], True),
    ]
    for records, wanted in cases:
        assert Preserver.capture_wanted(records, 1) is wanted, records
    assert Preserver.capture_wanted([rec("")], 2) is True


# ---------------------------------------------------------------- batches


def test_preserve_many_matches_preserve_in_order_and_on_early_stop(
    server: str, tmp_path: Path
) -> None:
    body = tmp_path / "body.html"
    body.write_bytes(PAGE)
    reports = tmp_path / "reports"
    cases = [  # (path, url_only, kinds of record, detail contains)
        ("/page", False, {"raw", "capture", "screenshot"}, ""),
        ("/missing", False, {"raw", "capture"}, "page gone: HTTP 404"),
        ("/gz", False, {"raw", "capture", "screenshot"}, ""),
        ("/child", True, {"raw", "capture"}, URL_ONLY_FLAG),
        ("/old", False, {"raw", "capture", "screenshot"}, ""),
    ]
    jobs = [
        (_finding(server + path, f"F{i}", url_only), 1, _page(server + path, body), body)
        for i, (path, url_only, _, _) in enumerate(cases)
    ]
    with Preserver(_watchlist(tmp_path), reports, parallel=2) as p:
        results = list(p.preserve_many(jobs))
        # Stopping after the first result still completes the captures already started.
        batch = p.preserve_many(jobs[:3])
        first = next(batch)
        batch.close()
    assert len(results) == len(cases)
    for result, (_, _, kinds, detail), job in zip(results, cases, jobs, strict=True):
        assert result.problems == ()
        assert {r.kind for r in result.records} == kinds
        assert {r.finding_id for r in result.records} == {job[0].id}
        cap = next(r for r in result.records if r.kind == "capture")
        assert detail in cap.detail
        m = json.loads((reports / cap.path).read_bytes())
        assert ("screenshot" in m["artefacts"]) == ("screenshot" in kinds)
        if "screenshot" in kinds:
            assert {"pdf", "mhtml", "warc"} <= set(m["artefacts"]) and m["screenshot"] == "ok"
    assert first.records[0].finding_id == "F0"
    captures = [e.event for e in Ledger(reports / "evidence").entries() if e.type == "capture"]
    # in job order, and the early-stopped batch's started captures were ledgered too
    assert [e["finding_id"] for e in captures][: len(cases)] == [j[0].id for j in jobs]
    assert len(captures) == len(cases) + 3
    assert verify(reports) == []


@pytest.mark.parametrize(
    ("installed", "expected"),
    [
        (("chromium", "chromium-headless-shell"), "chromium-headless-shell"),
        (("chromium",), "chromium"),
        (("google-chrome",), "google-chrome"),
    ],
)
def test_browser_choice_prefers_the_headless_shell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, installed: tuple[str, ...], expected: str
) -> None:
    from repwatch.evidence import capture

    for name in installed:
        exe = tmp_path / name
        exe.write_text("#!/bin/sh\n")
        exe.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(capture, "SYSTEM_BIN", tmp_path / "nowhere")  # hide /usr/bin
    assert capture.find_browser() == str(tmp_path / expected)
    # An explicit [evidence] browser_path wins over the search.
    assert capture.find_browser(str(tmp_path / installed[0])) == str(tmp_path / installed[0])
