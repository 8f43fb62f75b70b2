"""Running unattended: the run lock, the log files, recovery after a kill, retention, progress.

Sits beside ``run`` and is used by ``cli`` around it: ``repwatch run`` takes :class:`RunLock`
(a second run exits at once with code 0), sets up :func:`setup_logging` (``reports/logs/``,
rotated), calls :func:`recover_interrupted` (a killed run's temporary files and unfinished
captures are put out of the way before anything reads the evidence folder), then ``run_once``,
then :func:`apply_retention`. Progress bars (rich) are drawn only when stderr is a terminal, so
cron, which mails any output, sees nothing on success.

``pause_at`` is the crash-safety test hook: with ``REPWATCH_TEST_PAUSE_AT=<stage>`` in the
environment the run writes ``<reports>/.paused-<stage>`` and sleeps there, so a test can SIGKILL
it at a known point. It does nothing otherwise.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import shlex
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from repwatch.config import Watchlist

LOG = logging.getLogger("repwatch")
LOCK_NAME = "repwatch.lock"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
SPOOLS_KEPT = 3
PAUSE_ENV = "REPWATCH_TEST_PAUSE_AT"
# A capture folder without a ledger entry may belong to a command capturing right now (a
# recheck); only one older than this is taken as left by a killed run.
UNRECORDED_GRACE_SECONDS = 600

T = TypeVar("T")


# --------------------------------------------------------------------------- lock


class RunLock:
    """``fcntl.flock`` on ``<reports>/repwatch.lock``; the holder's pid is written into it.

    The kernel drops a flock when its process dies, however it dies, so a lock left by a killed
    run is simply taken by the next one; the stale pid in the file is overwritten.
    """

    def __init__(self, reports_dir: Path) -> None:
        self.path = reports_dir / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def holder(self) -> str:
        """The pid written by the run holding the lock ('' if unreadable)."""
        try:
            return self.path.read_text(encoding="utf-8").strip()
        except OSError:
            return ""

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing drops the flock
            self._fd = None

    def __enter__(self) -> RunLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


# --------------------------------------------------------------------------- logging


@contextlib.contextmanager
def logging_to(reports_dir: Path, level: int = logging.INFO) -> Iterator[Path]:
    """Log the ``repwatch`` logger to ``<reports>/logs/repwatch.log`` (1 MB × 5, rotated)."""
    logs = reports_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / "repwatch.log"
    handler = RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    old_level = LOG.level
    LOG.addHandler(handler)
    LOG.setLevel(min(level, old_level) if old_level else level)
    try:
        yield path
    finally:
        LOG.removeHandler(handler)
        LOG.setLevel(old_level)
        handler.close()


# --------------------------------------------------------------------------- crash recovery


@dataclass(frozen=True)
class Recovery:
    temp_files_removed: tuple[str, ...] = ()
    captures_set_aside: tuple[str, ...] = ()
    spools_removed: tuple[str, ...] = ()


def recover_interrupted(reports_dir: Path) -> Recovery:
    """Tidy what a killed run left, before this run reads or writes anything.

    - ``evidence/**/.*.tmp``: a write-once file cut off before its rename; never evidence.
    - a capture folder with no ledger entry, untouched for 10 minutes: the run died before the
      capture was recorded;
      its files (each complete, written once) are moved to ``evidence/interrupted/`` so that
      nothing unrecorded sits among the evidence, and nothing is destroyed.
    - spools of all but the last few runs (a failed run keeps its spool for inspection).

    Must run under the lock (no other run is writing).
    """
    evidence = reports_dir / "evidence"
    removed: list[str] = []
    aside: list[str] = []
    if evidence.is_dir():
        for tmp in evidence.rglob(".*.tmp"):
            if _writer_alive(tmp):
                continue  # another command (a recheck, an export) is writing it now
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed.append(str(tmp.relative_to(reports_dir)))
                LOG.warning("removed %s, left by an interrupted run", tmp)
        captures = evidence / "captures"
        if captures.is_dir():
            recorded = _ledger_capture_ids(evidence)
            for folder in sorted(p for p in captures.iterdir() if p.is_dir()):
                if recorded is not None and folder.name not in recorded:
                    with contextlib.suppress(OSError):
                        folder.rmdir()  # empty: a capture that failed before any file
                        LOG.warning("removed empty unrecorded capture folder %s", folder)
                        continue
                if (
                    recorded is not None
                    and folder.name not in recorded
                    and time.time() - _last_write(folder) > UNRECORDED_GRACE_SECONDS
                ):
                    target = evidence / "interrupted" / folder.name
                    target.parent.mkdir(mode=0o700, exist_ok=True)
                    os.replace(folder, target)
                    aside.append(folder.name)
                    LOG.warning(
                        "capture %s was not recorded (the run was interrupted); moved to %s",
                        folder.name,
                        target,
                    )
    spools: list[str] = []
    spool_root = reports_dir / "spool"
    if spool_root.is_dir():
        runs = sorted(
            (p for p in spool_root.iterdir() if p.is_dir() and p.name.startswith("run-")),
            key=lambda p: int(p.name[4:]) if p.name[4:].isdigit() else 0,
        )
        for old in runs[:-SPOOLS_KEPT]:
            shutil.rmtree(old, ignore_errors=True)
            spools.append(old.name)
    return Recovery(tuple(removed), tuple(aside), tuple(spools))


def _last_write(folder: Path) -> float:
    """When a file in ``folder`` was last written (the folder's own time changes on unlink)."""
    times = [p.stat().st_mtime for p in folder.iterdir() if p.is_file()]
    return max(times, default=folder.stat().st_mtime)


def _writer_alive(tmp: Path) -> bool:
    """Is the process that named this temp file (``.<name>.<pid>.tmp``) still running?"""
    pid = tmp.name.rsplit(".", 2)[-2] if tmp.name.count(".") >= 3 else ""
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _ledger_capture_ids(evidence: Path) -> set[str] | None:
    """Capture ids the ledger records; None when the ledger cannot be read (touch nothing)."""
    ledger = evidence / "ledger.jsonl"
    if not ledger.exists():
        return set()
    try:
        from repwatch.evidence.ledger import Ledger
        from repwatch.evidence.verify import capture_entries

        return set(capture_entries(Ledger(evidence)))
    except Exception as exc:  # noqa: BLE001 - a damaged ledger is verify's to report
        LOG.warning("ledger %s unreadable (%s); unfinished captures left in place", ledger, exc)
        return None


# --------------------------------------------------------------------------- retention


@dataclass(frozen=True)
class Deletion:
    case_id: str
    finding_id: str
    paths: tuple[str, ...]


def apply_retention(reports_dir: Path, retention_days: int, now: datetime) -> list[Deletion]:
    """Delete the evidence of cases closed more than ``retention_days`` ago; open cases never.

    A case counts as closed when its status is not open (removed, closed, dismissed) and it has
    not changed since the cutoff. Files shared with a finding that is kept (the crawler's body
    is stored once per hash) stay. Each deletion is logged, written to the case's history and
    appended to the evidence ledger. ``retention_days = 0`` keeps everything.
    """
    if retention_days <= 0:
        return []
    from repwatch.evidence.ledger import Ledger
    from repwatch.models import CaseEvent, CaseStatus
    from repwatch.store import Store

    cutoff = now - timedelta(days=retention_days)
    closed = tuple(s for s in CaseStatus if not s.is_open)
    done: list[Deletion] = []
    with Store.open(reports_dir) as store:
        expired = [c for c in store.cases(closed) if c.updated_at <= cutoff]
        if not expired:
            return []
        expired_findings = {c.finding_id for c in expired}
        kept_paths = {
            e.path
            for f in store.findings()
            if f.id not in expired_findings
            for e in store.evidence_for(f.id)
        }
        ledger = Ledger(reports_dir / "evidence")
        for case in expired:
            records = store.evidence_for(case.finding_id)
            if not records:
                continue
            paths: list[str] = []
            for record in records:
                for path in _record_files(reports_dir, record.path, record.id):
                    rel = str(path.relative_to(reports_dir))
                    if rel in kept_paths or not path.exists():
                        continue
                    if path.is_dir():
                        shutil.rmtree(path)
                    else:
                        path.unlink()
                    paths.append(rel)
            store.delete_evidence([r.id for r in records])
            note = (
                f"evidence deleted after {retention_days} days' retention "
                f"([storage] retention_days): {len(paths)} files"
            )
            entry = ledger.append(
                {
                    "type": "retention-delete",
                    "case_id": case.id,
                    "finding_id": case.finding_id,
                    "evidence_ids": [r.id for r in records],
                    "paths": paths,
                },
                now,
            )
            store.add_case_event(
                CaseEvent(case.id, now, "repwatch", "retention", note, ledger_seq=entry.seq)
            )
            LOG.info("retention: case %s (finding %s): %s", case.id, case.finding_id, note)
            for rel in paths:
                LOG.info("retention: deleted %s", rel)
            done.append(Deletion(case.id, case.finding_id, tuple(paths)))
    return done


def _record_files(reports_dir: Path, rel: str, record_id: str) -> list[Path]:
    """The files behind one evidence record: a capture's whole folder, a raw body and its JSON."""
    path = reports_dir / rel
    if path.parent.name == record_id.removesuffix("-png") and path.parent.parent.name == (
        "captures"
    ):
        return [path.parent]
    files = [path]
    if record_id.startswith("R"):
        files.append(reports_dir / "evidence" / "raw" / f"{record_id}.json")
    return files


# --------------------------------------------------------------------------- progress, pause


def interactive(stream: IO[str] | None = None) -> bool:
    stream = stream or sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)()) and os.environ.get("TERM") != "dumb"


class Progress:
    """Rich progress bars on a terminal; nothing at all otherwise (cron)."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = interactive() if enabled is None else enabled
        self._rich = None
        if self.enabled:
            from rich.progress import Progress as RichProgress

            self._rich = RichProgress(transient=True)

    def __enter__(self) -> Progress:
        if self._rich is not None:
            self._rich.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._rich is not None:
            self._rich.stop()

    def counter(self, label: str):  # type: ignore[no-untyped-def]
        """A callable taking the count so far (the crawl's pages)."""
        if self._rich is None:
            return None
        task = self._rich.add_task(label, total=None)
        rich = self._rich

        def update(count: int) -> None:
            rich.update(task, completed=count, description=f"{label}: {count}")

        return update

    def track(self, items: Iterable[T], label: str, total: int | None = None) -> Iterator[T]:
        if self._rich is None:
            yield from items
            return
        task = self._rich.add_task(label, total=total)
        for item in items:
            yield item
            self._rich.advance(task)


def pause_at(stage: str, reports_dir: Path) -> None:
    """Test hook: stop here (for a SIGKILL) when REPWATCH_TEST_PAUSE_AT names ``stage``."""
    if os.environ.get(PAUSE_ENV) != stage:
        return
    (reports_dir / f".paused-{stage}").write_text(str(os.getpid()), encoding="utf-8")
    time.sleep(3600)


_CURRENT: list[Progress] = []


@contextlib.contextmanager
def using(progress: Progress) -> Iterator[Progress]:
    """Make ``progress`` the one :func:`current` returns (``run`` draws on it)."""
    _CURRENT.append(progress)
    try:
        yield progress
    finally:
        _CURRENT.remove(progress)


def current() -> Progress:
    """The progress display of the command running, or a silent one."""
    return _CURRENT[-1] if _CURRENT else Progress(enabled=False)


# --------------------------------------------------------------------------- cron


def crontab_line(watchlist: Watchlist, workdir: Path) -> str:
    """The line to add with ``crontab -e``: [schedule] cron, this folder, this installation.

    Cron mails whatever a job prints, and ``repwatch run`` prints only when something failed,
    so no redirection is added: a mail means the IT provider is needed.
    """
    exe = Path(sys.executable).parent / "repwatch"
    command = (
        shlex.quote(str(exe))
        if exe.exists()
        else f"{shlex.quote(sys.executable)} -c 'from repwatch.cli import entry; entry()'"
    )
    return (
        f"# repwatch for {watchlist.school.name}: secrets ({_secret_names(watchlist)}) must be "
        "in cron's environment, e.g. set in the crontab above this line\n"
        f"{watchlist.schedule.cron} cd {shlex.quote(str(workdir.resolve()))} && {command} run "
        f"-w {shlex.quote(str(watchlist.path.resolve()))}"
    )


def _secret_names(watchlist: Watchlist) -> str:
    names = [
        n
        for s in watchlist.search
        for n in (s.key_env, s.username_env, s.password_env, s.token_env)
        if n
    ]
    names += [f.url_env for f in watchlist.feeds if f.url_env]
    if watchlist.digest.smtp:
        names += [
            n for n in (watchlist.digest.smtp.username_env, watchlist.digest.smtp.password_env) if n
        ]
    return ", ".join(dict.fromkeys(names)) or "none configured"
