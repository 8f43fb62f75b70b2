"""``repwatch verify [ID]``: does the evidence still match what was recorded when it was taken?

Works from the files alone (no database), as a third party holding a copy of
``reports/evidence/`` would: the ledger's chain and every Ed25519 signature are checked against
the exported public key; then, for each capture entry (all of them, or those of one capture or
finding ``ID``), the manifest is re-hashed against the ledger, and every artefact the manifest
lists (WARC, PNG, PDF, MHTML, text, the crawler's bytes) is re-hashed against the manifest and
the ledger. A capture folder without a ledger entry is reported too (the ledger's last entries
may have been cut off).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from repwatch.errors import NotFound
from repwatch.evidence.files import sha256_file
from repwatch.evidence.ledger import Ledger, LedgerEntry, evidence_dir


def capture_entries(ledger: Ledger) -> dict[str, LedgerEntry]:
    """capture id → its ledger entry (the first one, should a later line repeat it).

    Captures deleted later under ``[storage] retention_days`` (a signed ``retention-delete``
    entry names them) are left out: their absence is recorded, not a tampering.
    """
    out: dict[str, LedgerEntry] = {}
    for entry in ledger.entries():
        cid = entry.event.get("capture_id")
        if entry.type == "capture" and isinstance(cid, str):
            out.setdefault(cid, entry)
        elif entry.type == "retention-delete":
            for gone in entry.event.get("evidence_ids") or []:
                out.pop(str(gone), None)
    return out


def select(entries: dict[str, LedgerEntry], ident: str | None, root: Path) -> list[str]:
    """The capture ids ``ident`` names: a capture id or a finding id; all when None."""
    if ident is None:
        return sorted(entries)
    if ident in entries:
        return [ident]
    chosen = sorted(cid for cid, e in entries.items() if e.event.get("finding_id") == ident)
    if not chosen:
        raise NotFound(
            f"no capture or finding {ident!r} in {root / 'ledger.jsonl'}; "
            "list findings with the digest JSON or `repwatch run`"
        )
    return chosen


def verify(reports_dir: Path, ident: str | None = None) -> list[str]:
    """Every mismatch found, one line each naming the file or entry; empty means all good."""
    root = evidence_dir(reports_dir)
    ledger = Ledger(root)
    problems = ledger.check()
    entries = capture_entries(ledger)
    if ident is None:
        captures_dir = root / "captures"
        on_disk = (
            sorted(p.name for p in captures_dir.iterdir() if p.is_dir())
            if captures_dir.is_dir()
            else []
        )
        for cid in on_disk:
            if cid not in entries:
                problems.append(
                    f"{captures_dir / cid}: capture has no ledger entry (the "
                    "ledger was cut short, or the folder was added later)"
                )
    for cid in select(entries, ident, root):
        problems.extend(verify_capture(reports_dir, entries[cid]))
    return problems


def verify_capture(reports_dir: Path, entry: LedgerEntry) -> list[str]:
    event = entry.event
    cid = str(event.get("capture_id"))
    manifest_rel = str(event.get("manifest", ""))
    manifest_path = reports_dir / manifest_rel
    problems: list[str] = []
    if not manifest_rel or not manifest_path.is_file():
        return [f"{manifest_path}: manifest of capture {cid} is missing"]
    actual = sha256_file(manifest_path)
    if actual != event.get("manifest_sha256"):
        problems.append(
            f"{manifest_path}: SHA-256 {actual} does not match "
            f"{event.get('manifest_sha256')} in ledger entry {entry.seq} "
            "(manifest changed since capture)"
        )
    try:
        manifest: dict[str, Any] = json.loads(manifest_path.read_bytes())
        artefacts: dict[str, dict[str, Any]] = dict(manifest["artefacts"])
    except (ValueError, KeyError, TypeError) as exc:
        problems.append(f"{manifest_path}: unreadable manifest ({exc})")
        artefacts = {}
    signed: dict[str, str] = dict(event.get("artefacts") or {})
    for name in sorted(set(signed) | set(artefacts)):
        item = artefacts.get(name)
        if item is None:
            problems.append(
                f"capture {cid}: artefact {name!r} is in ledger entry {entry.seq} "
                "but not in the manifest"
            )
            continue
        path = reports_dir / str(item.get("path", ""))
        if not path.is_file():
            problems.append(f"{path}: {name} of capture {cid} is missing")
            continue
        digest = sha256_file(path)
        expected = {str(item.get("sha256")), signed.get(name, str(item.get("sha256")))}
        if len(expected) > 1:
            problems.append(
                f"{path}: manifest and ledger entry {entry.seq} disagree about its SHA-256"
            )
        if digest not in expected:
            problems.append(
                f"{path}: SHA-256 {digest} does not match the recorded "
                f"{item.get('sha256')} ({name} of capture {cid} changed)"
            )
    return problems
