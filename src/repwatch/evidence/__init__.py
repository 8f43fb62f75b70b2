"""Preserve evidence for new or changed findings (the "preserve" stage).

``run`` calls ``Preserver.preserve`` once per new or changed finding version; it returns the
:class:`~repwatch.store.EvidenceRecord`s to store plus any problems (e.g. "screenshot missing:
…"), never raising for one page's failure. First version: keep the exact response bytes the
crawler received, with URL, UTC fetch time and SHA-256, written once (temp file + rename) under
``reports/evidence/`` with names from hashes only.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from repwatch.config import Watchlist
from repwatch.models import FetchedPage, Finding
from repwatch.store import EvidenceRecord, iso


@dataclass(frozen=True)
class Preserved:
    records: tuple[EvidenceRecord, ...]
    problems: tuple[str, ...] = field(default=())


def write_once(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; an existing file is never rewritten."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class Preserver:
    def __init__(self, watchlist: Watchlist, reports_dir: Path) -> None:
        self.watchlist = watchlist
        self.dir = reports_dir / "evidence"

    def __enter__(self) -> Preserver:
        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None,
                 tb: TracebackType | None) -> None:
        return None

    def preserve(self, finding: Finding, version: int, page: FetchedPage,
                 body_path: Path | None) -> Preserved:
        if body_path is None or not body_path.exists():
            return Preserved((), (f"{finding.url}: no response body to preserve",))
        raw_dir = self.dir / "raw"
        target = raw_dir / f"{page.sha256}.bin"
        if not target.exists():
            raw_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            shutil.copyfile(body_path, tmp)
            os.replace(tmp, target)
        meta = {
            "finding_id": finding.id, "url": page.url, "final_url": page.final_url,
            "status": page.status, "fetched_at": iso(page.fetched_at),
            "sha256": page.sha256, "body": f"raw/{page.sha256}.bin",
            "headers": [list(h) for h in page.headers], "ip_address": page.ip_address,
        }
        meta_bytes = json.dumps(meta, indent=2, sort_keys=True).encode()
        rid = "R" + hashlib.sha256(f"{finding.id}:{version}:{page.sha256}".encode()).hexdigest()[:12]
        write_once(self.dir / "raw" / f"{rid}.json", meta_bytes)
        rec = EvidenceRecord(rid, finding.id, version, "raw", page.fetched_at, page.url,
                             page.sha256, f"evidence/raw/{page.sha256}.bin", "")
        return Preserved((rec,))
