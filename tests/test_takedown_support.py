"""Shared builders for the takedown and case tests (no tests here).

``routes_server`` is a real HTTP server on 127.0.0.1 whose answers a test can change while it
runs (a page removed, a redirect added); ``add_finding`` stores a finding with evidence records
and a capture manifest the way the run and the evidence stage would.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from repwatch.models import Category, FetchedPage, Finding, Mention, severity_of
from repwatch.store import EvidenceRecord, Store

NOW = datetime(2025, 4, 17, 15, 0, tzinfo=UTC)  # Thursday before Easter 2025

TAKEDOWN_TOML = """
[takedown]
sender_name = "Alex Morgan"
sender_role = "Designated Safeguarding Lead"
sender_email = "dsl@springfieldcentre.example"
owner = "Alex Morgan (DSL)"
"""

POST_SNIPPET = (
    "xx The SENCo has refused my son's plan again. I know where Priya Kaur lives and I "
    "know what car she drives. yy"
)

Route = tuple[int, dict[str, str], bytes]


class Routes:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.base = ""

    def set(self, path: str, status: int, body: bytes | str = b"", **headers: str) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = (status, {k.replace("_", "-"): v for k, v in headers.items()}, data)

    def html(self, path: str, text: str) -> None:
        self.set(path, 200, f"<html><body>{text}</body></html>", content_type="text/html")

    def json(self, path: str, obj: object) -> None:
        self.set(path, 200, json.dumps(obj), content_type="application/rdap+json")

    def remove(self, path: str) -> None:
        self.routes.pop(path, None)


@contextmanager
def routes_server() -> Iterator[Routes]:
    routes = Routes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            status, headers, body = routes.routes.get(
                self.path, (404, {"content-type": "text/plain"}, b"not found")
            )
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    routes.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield routes
    finally:
        server.shutdown()
        server.server_close()


def add_finding(
    store: Store,
    reports: Path,
    *,
    fid: str = "F0a1b2c3d4e",
    url: str = "https://forum.springfield-parents.example/threads/102",
    subject: str = "pkaur",
    subject_name: str = "Priya Kaur",
    matched: str = "Priya Kaur",
    snippet: str = (
        "xx The SENCo has refused my son's plan again. I know where Priya Kaur lives and I "
        "know what car she drives. Ring her on 07700 900461 and tell her. yy"
    ),
    categories: tuple[Category, ...] = (Category.THREAT, Category.DOXXING),
    url_only: bool = False,
    title: str = "Someone needs to sort her out",
    page_sha: str = "ab" * 32,
    when: datetime = NOW,
    ip: str = "192.0.2.55",
    capture: bool = True,
) -> Finding:
    run_id = store.begin_run(when)
    text_start = snippet.find(matched)
    page = FetchedPage(url, url, 200, when, page_sha, None, "text/html", ip_address=ip)
    mention = Mention(
        subject,
        matched,
        text_start,
        text_start + len(matched),
        100.0,
        matched,
        "exact name",
        categories,
        severity_of(categories),
        snippet,
        url_only,
    )
    store.save_findings(run_id, page, title, [(fid, subject_name, mention)])
    if capture:
        cid = "C" + fid[1:] + "cap000000"
        folder = reports / "evidence" / "captures" / cid
        folder.mkdir(parents=True, exist_ok=True)
        manifest = {"capture_id": cid, "ip_address": ip, "final_url": url, "http_status": 200}
        (folder / f"{cid}.manifest.json").write_text(json.dumps(manifest))
        version = store.finding_version(fid)
        store.add_evidence(
            EvidenceRecord(
                "R" + fid[1:],
                fid,
                version,
                "raw",
                when,
                url,
                page_sha,
                f"evidence/raw/{page_sha}.bin",
                "",
            )
        )
        store.add_evidence(
            EvidenceRecord(
                cid,
                fid,
                version,
                "capture",
                when,
                url,
                "cd" * 32,
                f"evidence/captures/{cid}/{cid}.manifest.json",
                "URL only: DSL to refer to police/IWF" if url_only else "",
            )
        )
        if not url_only:
            store.add_evidence(
                EvidenceRecord(
                    cid + "-png",
                    fid,
                    version,
                    "screenshot",
                    when,
                    url,
                    "ef" * 32,
                    f"evidence/captures/{cid}/{cid}.png",
                    "",
                )
            )
    finding = store.get_finding(fid)
    assert finding is not None
    return finding


# ----------------------------------------------------------------------------- RDAP fixtures
# Shapes recorded from real answers (a gTLD registry answer that links to the registrar, a
# registrar answer with the abuse entity nested inside the registrar entity, a RIPE-style IP
# network whose abuse contact hangs under the organisation), with example names and addresses.


def _vcard(fn: str, email: str = "", tel: str = "") -> list[object]:
    props: list[list[object]] = [["version", {}, "text", "4.0"], ["fn", {}, "text", fn]]
    if email:
        props.append(["email", {}, "text", email])
    if tel:
        props.append(["tel", {"type": "voice"}, "uri", f"tel:{tel}"])
    return ["vcard", props]


def serve_rdap(routes: Routes, *, absolute_links: bool = True) -> str:
    """Put IANA-style bootstrap files and RDAP answers on ``routes``; return the bootstrap URL."""
    base = routes.base
    routes.json(
        "/iana/dns.json",
        {
            "version": "1.0",
            "publication": "2025-04-01T00:00:00Z",
            "services": [
                [["org", "net"], ["https://rdap.invalid/"]],
                [["example"], [f"{base}/registry/"]],
            ],
        },
    )
    routes.json(
        "/iana/ipv4.json",
        {
            "version": "1.0",
            "services": [
                [["192.0.0.0/8"], ["https://rdap.arin.invalid/"]],
                [["192.0.2.0/24"], [f"{base}/rir/"]],
            ],
        },
    )
    routes.json("/iana/ipv6.json", {"version": "1.0", "services": []})
    registrar_url = "/registrar/domain/springfield-parents.example"
    related = (
        f"{base}{registrar_url}"
        if absolute_links
        else "../../registrar/domain/springfield-parents.example"
    )
    routes.json(
        "/registry/domain/springfield-parents.example",
        {
            "objectClassName": "domain",
            "ldhName": "SPRINGFIELD-PARENTS.EXAMPLE",
            "links": [
                {
                    "rel": "self",
                    "href": ("" if not absolute_links else base)
                    + "/registry/domain/springfield-parents.example",
                    "type": "application/rdap+json",
                },
                {"rel": "related", "href": related, "type": "application/rdap+json"},
            ],
            "entities": [
                {
                    "objectClassName": "entity",
                    "handle": "9999",
                    "roles": ["registrar"],
                    "publicIds": [{"type": "IANA Registrar ID", "identifier": "9999"}],
                    "vcardArray": _vcard("Example Registrar Ltd"),
                }
            ],
        },
    )
    routes.json(
        registrar_url,
        {
            "objectClassName": "domain",
            "ldhName": "springfield-parents.example",
            "entities": [
                {
                    "objectClassName": "entity",
                    "roles": ["registrant"],
                    "vcardArray": _vcard("REDACTED FOR PRIVACY"),
                },
                {
                    "objectClassName": "entity",
                    "handle": "9999",
                    "roles": ["registrar"],
                    "publicIds": [{"type": "IANA Registrar ID", "identifier": "9999"}],
                    "vcardArray": _vcard("Example Registrar Ltd"),
                    "entities": [
                        {
                            "objectClassName": "entity",
                            "roles": ["abuse"],
                            "vcardArray": _vcard(
                                "Abuse Desk", "abuse@registrar.example", "+44.2079460000"
                            ),
                        }
                    ],
                },
            ],
        },
    )
    routes.json(
        "/rir/ip/192.0.2.55",
        {
            "objectClassName": "ip network",
            "handle": "192.0.2.0 - 192.0.2.255",
            "startAddress": "192.0.2.0",
            "endAddress": "192.0.2.255",
            "name": "EXAMPLE-HOSTING-NET",
            "type": "ASSIGNED PA",
            "country": "GB",
            "entities": [
                {
                    "objectClassName": "entity",
                    "handle": "ORG-EH1-TEST",
                    "roles": ["registrant"],
                    "vcardArray": _vcard("Example Hosting Ltd"),
                    "entities": [
                        {
                            "objectClassName": "entity",
                            "handle": "AR42-TEST",
                            "roles": ["abuse"],
                            "vcardArray": _vcard("Example Hosting abuse", "abuse@hosting.example"),
                        }
                    ],
                }
            ],
        },
    )
    return f"{base}/iana/"
