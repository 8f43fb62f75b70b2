"""The custody ledger: an append-only, hash-chained, Ed25519-signed log of evidence events.

Every capture, every export and (through :func:`ledger_append`) every change to a case's
evidence becomes one line of ``reports/evidence/ledger.jsonl``. Each line carries the SHA-256
of the previous line's signed body, so removing or editing an entry breaks the chain, and an
Ed25519 signature made with a key repwatch creates on first use:

- private key ``reports/evidence/keys/ledger-ed25519.pem`` (mode 0600, folder 0700);
- public key ``reports/evidence/ledger-ed25519.pub.pem`` beside the ledger, so a third party
  can check every signature without access to the private key.

A line is the compact, key-sorted JSON of ``{seq, at, event, prev, hash, sig, key}``; ``hash``
is the SHA-256 of the compact JSON of ``{seq, at, event, prev}`` and ``sig`` signs those same
bytes. Verification re-serialises each line and requires byte equality, so any changed byte is
caught, whether or not it changes a value.

Appends take an exclusive ``flock`` on the ledger so the run, ``repwatch export`` and the case
tools may append from different processes. The ledger is the one evidence file that grows; it is
never rewritten.
"""

from __future__ import annotations

import base64
import fcntl
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from repwatch.errors import EvidenceError
from repwatch.evidence.files import private_dir, write_once

LEDGER_NAME = "ledger.jsonl"
PUBLIC_KEY_NAME = "ledger-ed25519.pub.pem"
PRIVATE_KEY_PATH = Path("keys") / "ledger-ed25519.pem"
GENESIS = "0" * 64


@dataclass(frozen=True)
class LedgerEntry:
    seq: int
    at: str
    event: dict[str, Any]
    prev: str
    hash: str
    sig: str
    key: str
    line: str  # the exact line on disk, without the newline

    @property
    def type(self) -> str:
        return str(self.event.get("type", ""))


def _canonical(value: dict[str, Any]) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def key_id(public: Ed25519PublicKey) -> str:
    """Short fingerprint of a public key: the first 16 hex digits of SHA-256 of its raw bytes."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def evidence_dir(reports_dir: Path) -> Path:
    return reports_dir / "evidence"


class Ledger:
    """One evidence folder's ledger and signing key."""

    def __init__(self, evidence_root: Path) -> None:
        self.root = evidence_root
        self.path = evidence_root / LEDGER_NAME
        self.public_key_path = evidence_root / PUBLIC_KEY_NAME
        self.private_key_path = evidence_root / PRIVATE_KEY_PATH
        self._key: Ed25519PrivateKey | None = None

    # ------------------------------------------------------------------ keys

    def signing_key(self) -> Ed25519PrivateKey:
        """Load the private key, creating it (and exporting the public key) on first use."""
        if self._key is not None:
            return self._key
        if self.private_key_path.exists():
            try:
                loaded = serialization.load_pem_private_key(
                    self.private_key_path.read_bytes(), password=None
                )
            except (ValueError, TypeError) as exc:
                raise EvidenceError(
                    f"{self.private_key_path}: not a readable Ed25519 private "
                    f"key ({exc}); restore it from backup"
                ) from None
            if not isinstance(loaded, Ed25519PrivateKey):
                raise EvidenceError(
                    f"{self.private_key_path}: not an Ed25519 key; restore the "
                    "repwatch ledger key from backup"
                )
            key = loaded
        else:
            private_dir(self.private_key_path.parent)
            key = Ed25519PrivateKey.generate()
            pem = key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            if not write_once(self.private_key_path, pem):
                # Another process created it between our check and our write: use theirs.
                return self.signing_key()
        write_once(
            self.public_key_path,
            key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            ),
        )
        self._key = key
        return key

    def public_key(self) -> Ed25519PublicKey:
        """The exported public key (what a third party would use to check signatures)."""
        try:
            loaded = serialization.load_pem_public_key(self.public_key_path.read_bytes())
        except FileNotFoundError:
            raise EvidenceError(
                f"{self.public_key_path}: public key missing; it is written with "
                "the first ledger entry"
            ) from None
        except ValueError as exc:
            raise EvidenceError(
                f"{self.public_key_path}: not a readable public key ({exc})"
            ) from None
        if not isinstance(loaded, Ed25519PublicKey):
            raise EvidenceError(f"{self.public_key_path}: not an Ed25519 public key")
        return loaded

    # ------------------------------------------------------------------ append

    def append(self, event: dict[str, Any], now: datetime | None = None) -> LedgerEntry:
        """Append one signed, chained entry and return it. ``event`` needs a ``type``."""
        if not isinstance(event.get("type"), str) or not event["type"]:
            raise EvidenceError(
                f'ledger event {event!r} has no "type"; give every event a '
                'type such as "capture", "export" or "case-evidence"'
            )
        key = self.signing_key()
        kid = key_id(key.public_key())
        at = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
        private_dir(self.root)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "r+b") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                last = _last_line(fh)
                if last is None:
                    seq, prev = 1, GENESIS
                else:
                    try:
                        tail = json.loads(last)
                        seq, prev = int(tail["seq"]) + 1, str(tail["hash"])
                    except (ValueError, KeyError, TypeError):
                        raise EvidenceError(
                            f"{self.path}: the last entry is damaged, so no new "
                            "entry can be chained to it; run `repwatch verify` "
                            "and restore the ledger from backup"
                        ) from None
                body = {"seq": seq, "at": at, "event": event, "prev": prev}
                signed = _canonical(body)
                digest = hashlib.sha256(signed).hexdigest()
                sig = base64.b64encode(key.sign(signed)).decode()
                full = {**body, "hash": digest, "sig": sig, "key": kid}
                line = _canonical(full).decode()
                fh.write(line.encode() + b"\n")
                fh.flush()
                os.fsync(fh.fileno())
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        return LedgerEntry(seq, at, event, prev, digest, sig, kid, line)

    # ------------------------------------------------------------------ read and check

    def entries(self) -> list[LedgerEntry]:
        """Every entry that parses (use :meth:`check` to know whether they can be trusted)."""
        return [e for e, _ in self._scan() if e is not None]

    def check(self) -> list[str]:
        """Problems with the chain and signatures, one per bad line (empty: all good)."""
        if not self.path.exists():
            return []
        problems: list[str] = []
        try:
            public = self.public_key()
        except EvidenceError as exc:
            return [str(exc)]
        kid = key_id(public)
        expected_prev, expected_seq = GENESIS, 1
        for entry, problem in self._scan():
            if problem:
                problems.append(problem)
            if entry is None:
                expected_prev, expected_seq = "", expected_seq + 1
                continue
            where = f"{self.path} entry {entry.seq}"
            body = {"seq": entry.seq, "at": entry.at, "event": entry.event, "prev": entry.prev}
            signed = _canonical(body)
            if hashlib.sha256(signed).hexdigest() != entry.hash:
                problems.append(f"{where}: hash does not match its content (entry was changed)")
            if entry.seq != expected_seq:
                problems.append(
                    f"{where}: sequence number {entry.seq}, expected {expected_seq} "
                    "(an entry was removed or inserted)"
                )
            if expected_prev and entry.prev != expected_prev:
                problems.append(
                    f"{where}: previous-hash link broken (an earlier entry was "
                    "changed, removed or inserted)"
                )
            if entry.key != kid:
                problems.append(
                    f"{where}: signed with key {entry.key}, but the exported public "
                    f"key {self.public_key_path.name} is {kid}"
                )
            try:
                public.verify(base64.b64decode(entry.sig, validate=True), signed)
            except (InvalidSignature, ValueError):
                problems.append(f"{where}: Ed25519 signature does not verify")
            expected_prev, expected_seq = entry.hash, entry.seq + 1
        return problems

    def _scan(self) -> Iterator[tuple[LedgerEntry | None, str]]:
        if not self.path.exists():
            return
        with open(self.path, "rb") as fh:
            data = fh.read()
        if data and not data.endswith(b"\n"):
            yield None, f"{self.path}: the last line is incomplete (a write was cut short)"
            data = data[: data.rfind(b"\n") + 1]
        for number, raw in enumerate(data.splitlines(), start=1):
            where = f"{self.path} line {number}"
            try:
                text = raw.decode()
                obj = json.loads(text)
                entry = LedgerEntry(
                    int(obj["seq"]),
                    str(obj["at"]),
                    dict(obj["event"]),
                    str(obj["prev"]),
                    str(obj["hash"]),
                    str(obj["sig"]),
                    str(obj["key"]),
                    text,
                )
            except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
                yield None, f"{where}: not a ledger entry ({exc.__class__.__name__}: {exc})"
                continue
            if _canonical(obj).decode() != text:
                yield entry, f"{where}: not in canonical form (bytes were changed)"
                continue
            yield entry, ""


def _last_line(fh: Any) -> bytes | None:
    """The last complete line of an open binary file, read from the end."""
    end = fh.seek(0, os.SEEK_END)
    if end == 0:
        return None
    size = 4096
    while True:
        start = max(0, end - size)
        fh.seek(start)
        chunk = fh.read(end - start)
        stripped = chunk.rstrip(b"\n")
        cut = stripped.rfind(b"\n")
        if cut >= 0 or start == 0:
            line: bytes = stripped[cut + 1 :]
            return line or None
        size *= 4


def ledger_append(
    reports_dir: Path, event: dict[str, Any], now: datetime | None = None
) -> LedgerEntry:
    """Append a custody event to ``reports_dir``'s evidence ledger (for cases and takedowns).

    ``event`` is any JSON-serialisable dict with a ``type`` (e.g. ``"case-evidence"``,
    ``"disclosure"``); name the ids involved (``case_id``, ``capture_id``, ``finding_id``), who
    acted and why, and the SHA-256 of anything handed over. The entry is signed and chained;
    the returned :class:`LedgerEntry` carries its ``seq`` and ``hash`` to quote elsewhere.
    """
    return Ledger(evidence_dir(reports_dir)).append(event, now)
