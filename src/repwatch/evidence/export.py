"""``repwatch export ID -o DIR``: a self-checking bundle for HR, a platform or the police.

The capture is verified first (a capture that no longer matches its ledger entry is never
handed over). The bundle holds the capture as a WACZ 1.1.1 (py-wacz, with one page entry),
the PNG and PDF (never for URL-only findings), the extracted text, the manifest, the capture's
signed ledger line, the ledger's public key, a one-page plain-English capture statement and a
``SHA256SUMS`` that ``sha256sum -c`` accepts. The export itself is then written to the ledger
(custody log), naming every file's hash.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from repwatch.errors import EvidenceError, NotFound
from repwatch.evidence.files import copy_once, private_dir, sha256_bytes, sha256_file, write_once
from repwatch.evidence.ledger import PUBLIC_KEY_NAME, Ledger, evidence_dir, key_id
from repwatch.evidence.verify import capture_entries, verify
from repwatch.store import EvidenceRecord


class EvidenceLookup(Protocol):
    def evidence_for(self, finding_id: str) -> list[EvidenceRecord]: ...


def resolve_capture(store: EvidenceLookup | None, ident: str, known: set[str]) -> str:
    """A capture id from a capture id or a finding id (its newest, most complete capture)."""
    if ident in known:
        return ident
    records = [
        r
        for r in (store.evidence_for(ident) if store is not None else [])
        if r.kind == "capture" and r.id in known
    ]
    if not records:
        raise NotFound(
            f"no capture or finding {ident!r} with evidence; check the id in the "
            "digest (findings[].evidence.capture_id or findings[].id)"
        )
    # Newest version first; within it a capture with a screenshot beats one without.
    records.sort(
        key=lambda r: (r.finding_version, "screenshot missing" not in r.detail, r.created_at)
    )
    return records[-1].id


def _wacz(warc: Path, manifest: dict[str, Any], out: Path) -> None:
    from wacz.main import main as wacz_main  # imported late: pulls in frictionless

    with tempfile.TemporaryDirectory(prefix="repwatch-wacz-") as tmp:
        pages = Path(tmp) / "pages.jsonl"
        header = {"format": "json-pages-1.0", "id": "pages", "title": "repwatch capture"}
        page = {
            "id": manifest["capture_id"],
            "url": manifest["final_url"],
            "ts": manifest["capture_start_utc"].replace("+00:00", "Z"),
            "title": manifest.get("title") or manifest["final_url"],
        }
        pages.write_text(json.dumps(header) + "\n" + json.dumps(page) + "\n")
        target = Path(tmp) / out.name
        args = [
            "create",
            str(warc),
            "-o",
            str(target),
            "-p",
            str(pages),
            "--copy-pages",
            "--title",
            f"repwatch capture {manifest['capture_id']}",
            "--desc",
            f"Evidence capture of {manifest['requested_url']} for finding {manifest['finding_id']}",
        ]
        log = io.StringIO()
        with contextlib.redirect_stdout(log):
            code = wacz_main(args)
        if code != 0 or not target.is_file():
            raise EvidenceError(f"{warc}: py-wacz could not package it: {log.getvalue()[-500:]}")
        copy_once(target, out)


def export(
    reports_dir: Path,
    store: EvidenceLookup | None,
    ident: str,
    out_dir: Path,
    now: datetime,
    *,
    recipient: str = "",
    reason: str = "",
) -> Path:
    """Write the bundle for capture or finding ``ident`` into ``out_dir``; return ``out_dir``."""
    root = evidence_dir(reports_dir)
    ledger = Ledger(root)
    entries = capture_entries(ledger)
    cid = resolve_capture(store, ident, set(entries))
    problems = verify(reports_dir, cid)
    if problems:
        raise EvidenceError(
            f"capture {cid} no longer verifies, so it was not exported: "
            + "; ".join(problems[:5])
            + "; run `repwatch verify` for the list"
        )
    entry = entries[cid]
    manifest_path = reports_dir / str(entry.event["manifest"])
    manifest: dict[str, Any] = json.loads(manifest_path.read_bytes())
    artefacts: dict[str, dict[str, Any]] = manifest["artefacts"]
    if out_dir.exists() and any(out_dir.iterdir()):
        raise EvidenceError(
            f"{out_dir}: folder is not empty; export into a new folder so no "
            "earlier bundle is overwritten"
        )
    private_dir(out_dir)

    _wacz(reports_dir / artefacts["warc"]["path"], manifest, out_dir / f"{cid}.wacz")
    for name, suffix in (("screenshot", "png"), ("pdf", "pdf"), ("text", "txt")):
        if name in artefacts and not (manifest.get("url_only") and name != "text"):
            copy_once(reports_dir / artefacts[name]["path"], out_dir / f"{cid}.{suffix}")
    copy_once(manifest_path, out_dir / f"{cid}.manifest.json")
    write_once(out_dir / f"{cid}.ledger-entry.jsonl", entry.line.encode() + b"\n")
    copy_once(ledger.public_key_path, out_dir / PUBLIC_KEY_NAME)

    files = sorted((p.name, sha256_file(p)) for p in out_dir.iterdir() if p.is_file())
    env = Environment(
        loader=PackageLoader("repwatch.evidence", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    statement = env.get_template("statement.txt.j2").render(
        m=manifest,
        entry=entry,
        files=files,
        key_id=key_id(ledger.public_key()),
        exported_at=now.strftime("%Y-%m-%d %H:%M:%S"),
        school=_school_name(manifest),
    )
    write_once(out_dir / "capture-statement.txt", statement.encode())
    files = sorted((p.name, sha256_file(p)) for p in out_dir.iterdir() if p.is_file())
    sums = "".join(f"{digest}  {name}\n" for name, digest in files).encode()
    write_once(out_dir / "SHA256SUMS", sums)
    ledger.append(
        {
            "type": "export",
            "capture_id": cid,
            "finding_id": manifest["finding_id"],
            "out_dir": str(out_dir.resolve()),
            "files": dict(files),
            "sha256sums_sha256": sha256_bytes(sums),
            "recipient": recipient,
            "reason": reason,
        },
        now,
    )
    return out_dir


def _school_name(manifest: dict[str, Any]) -> str:
    return str(manifest.get("school") or "the school")
