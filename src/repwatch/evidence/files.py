"""Write-once files and private folders: the only way evidence reaches the disk.

Every artefact under ``reports/evidence/`` is written to a temporary file in the same folder,
flushed to disk and renamed into place, so a crash never leaves half a screenshot behind a
final name, and a file that exists is never rewritten. Folders are created mode 0700 and files
mode 0600: evidence may show personal data of staff and pupils.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20


def private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents, each readable by the owner only (0700)."""
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        folder.chmod(0o700)  # mkdir's mode is filtered by the umask
    if missing or path.stat().st_mode & 0o077:
        path.chmod(0o700)
    return path


def _write_atomically(path: Path, fill: Callable[[BinaryIO], object]) -> bool:
    """Fill a temp file beside ``path``, fsync it and rename it into place; an existing file
    is never rewritten (False), and a failure leaves no temp file behind."""
    if path.exists():
        return False
    private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return True


def write_once(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` atomically; return False (and write nothing) if it exists."""
    return _write_atomically(path, lambda fh: fh.write(data))


def copy_once(source: Path, path: Path) -> bool:
    """Copy ``source`` to ``path`` atomically (streamed); False if ``path`` already exists."""

    def fill(out: BinaryIO) -> None:
        with open(source, "rb") as src:
            shutil.copyfileobj(src, out, CHUNK)

    return _write_atomically(path, fill)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
