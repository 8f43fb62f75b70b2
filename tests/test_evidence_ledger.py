"""The custody ledger: chain, signatures, key handling, and that any changed byte is caught."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from repwatch.errors import EvidenceError
from repwatch.evidence.files import private_dir, write_once
from repwatch.evidence.ledger import GENESIS, Ledger, ledger_append

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _ledger(tmp_path: Path, n: int = 3) -> Ledger:
    for i in range(n):
        ledger_append(tmp_path, {"type": "case-evidence", "case_id": f"K{i}", "note": "é ✓"}, NOW)
    return Ledger(tmp_path / "evidence")


def test_entries_chain_and_sign(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path)
    entries = ledger.entries()
    assert [e.seq for e in entries] == [1, 2, 3]
    assert entries[0].prev == GENESIS
    assert entries[1].prev == entries[0].hash and entries[2].prev == entries[1].hash
    assert entries[2].event == {"type": "case-evidence", "case_id": "K2", "note": "é ✓"}
    assert ledger.check() == []


def test_key_created_once_private_0600_public_exported(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, 1)
    key_mode = stat.S_IMODE(ledger.private_key_path.stat().st_mode)
    assert key_mode == 0o600
    assert stat.S_IMODE(ledger.private_key_path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "evidence").stat().st_mode) == 0o700
    pem = ledger.public_key_path.read_bytes()
    assert pem.startswith(b"-----BEGIN PUBLIC KEY-----")
    before = ledger.private_key_path.read_bytes()
    ledger_append(tmp_path, {"type": "x"}, NOW)
    assert ledger.private_key_path.read_bytes() == before
    assert ledger.check() == []


def _flip(data: bytes, index: int) -> bytes:
    b = bytearray(data)
    b[index] = ord("Y") if b[index] != ord("Y") else ord("Z")
    return bytes(b)


@pytest.mark.parametrize("line_no", [0, 1, 2])
@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_one_changed_byte_in_any_line_is_caught(tmp_path: Path, line_no: int, where: str) -> None:
    ledger = _ledger(tmp_path)
    lines = ledger.path.read_bytes().splitlines(keepends=True)
    line = lines[line_no]
    index = {"start": 2, "middle": len(line) // 2, "end": len(line) - 3}[where]
    lines[line_no] = _flip(line, index)
    ledger.path.write_bytes(b"".join(lines))
    problems = ledger.check()
    assert problems, f"changed byte {index} of line {line_no + 1} went unnoticed"
    assert any("ledger.jsonl" in p for p in problems)


def test_removed_and_reordered_entries_are_caught(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, 4)
    lines = ledger.path.read_bytes().splitlines(keepends=True)
    ledger.path.write_bytes(b"".join([lines[0], lines[2], lines[3]]))
    assert any("removed or inserted" in p for p in ledger.check())
    ledger.path.write_bytes(b"".join([lines[1], lines[0], lines[2], lines[3]]))
    assert ledger.check()


def test_entry_signed_by_another_key_is_caught(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, 2)
    other = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    ledger.public_key_path.write_bytes(other)
    problems = ledger.check()
    assert any("signature does not verify" in p for p in problems)


def test_cut_short_last_line_is_reported_and_blocks_appends(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, 2)
    data = ledger.path.read_bytes()
    ledger.path.write_bytes(data[:-20])
    assert any("incomplete" in p for p in ledger.check())
    with pytest.raises(EvidenceError, match="damaged"):
        ledger.append({"type": "x"}, NOW)


def test_event_needs_a_type(tmp_path: Path) -> None:
    with pytest.raises(EvidenceError, match="type"):
        ledger_append(tmp_path, {"case_id": "K1"}, NOW)


def test_line_is_canonical_json(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, 1)
    line = ledger.path.read_text().splitlines()[0]
    obj = json.loads(line)
    assert set(obj) == {"seq", "at", "event", "prev", "hash", "sig", "key"}
    assert json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False) == line


def test_write_once_never_rewrites(tmp_path: Path) -> None:
    target = private_dir(tmp_path / "a" / "b") / "x.bin"
    assert write_once(target, b"first")
    assert not write_once(target, b"second")
    assert target.read_bytes() == b"first"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
    assert not list(target.parent.glob(".*.tmp"))
