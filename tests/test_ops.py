"""Unattended operation: the lock, cron line, logs, incremental crawl, retention, crash safety.

Crash safety kills a real ``repwatch run`` process (SIGKILL) at named points
(``REPWATCH_TEST_PAUSE_AT``) and runs again: no finding lost or repeated, the database intact,
no half-written evidence.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import BASE_WATCHLIST

from repwatch.cli import main
from repwatch.ops import RunLock, apply_retention, recover_interrupted

PAGES = {
    "index.html": """<html><head><title>Springfield Local</title></head><body>
<a href="news.html">News</a> <a href="forum.html">Forum</a> <a href="other.html">Other</a>
<p>Welcome to the local pages.</p></body></html>""",
    "news.html": """<html><head><title>Sports day</title></head><body><article>
<p>Pupils at The Springfield Centre in Springfield enjoyed their annual sports day on Friday,
with parents cheering from the field.</p></article></body></html>""",
    "forum.html": """<html><head><title>Parents forum</title></head><body><article>
<p>Posted by angrydad: Jane Smith at The Springfield Centre is a useless disgrace and should
be sacked.</p></article></body></html>""",
    "other.html": "<html><body><p>Nothing to see here about anyone.</p></body></html>",
}


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextlib.contextmanager
def _serve(root: Path) -> Iterator[str]:
    for name, html in PAGES.items():
        (root / name).write_text(html, encoding="utf-8")
        os.utime(root / name, (time.time() - 3600, time.time() - 3600))
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A site this test may change."""
    root = tmp_path / "site"
    root.mkdir()
    with _serve(root) as base:
        yield base, root


@pytest.fixture(scope="module")
def fixed_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, set[str]]]:
    """A site nobody changes, and the finding ids a clean run of it produces."""
    root = tmp_path_factory.mktemp("fixed")
    with _serve(root) as base:
        path = root / "reference.toml"
        path.write_text(
            BASE_WATCHLIST + f'\n[storage]\ndir = "{root / "reports"}"\n' + _sites(base), "utf-8"
        )
        assert main(["run", "-w", str(path)]) == 0
        ids = {r[0] for r in db(root / "reports").execute("SELECT id FROM findings")}
        assert ids
        yield base, ids


def _sites(base: str) -> str:
    return f'\n[[sites]]\nname = "Local"\nstart_urls = ["{base}"]\nmax_depth = 1\nmax_pages = 20\n'


@pytest.fixture
def watchlist(site: tuple[str, Path], write_watchlist: Callable[..., Path]) -> Path:
    return write_watchlist(_sites(site[0]))


def db(reports: Path) -> sqlite3.Connection:
    con = sqlite3.connect(reports / "repwatch.db")
    con.row_factory = sqlite3.Row
    return con


def digested_ids(reports: Path) -> list[str]:
    ids: list[str] = []
    for path in sorted((reports / "digests").glob("*.json")):
        ids += [f["id"] for f in json.loads(path.read_text("utf-8"))["findings"]]
    return ids


def repwatch(args: list[str], cwd: Path, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", "from repwatch.cli import entry; entry()", *args],
        cwd=cwd,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(path: Path, proc: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        if proc.poll() is not None:
            raise AssertionError(f"run ended before {path.name}: {proc.communicate()}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"{path.name} never appeared")
        time.sleep(0.05)


# --------------------------------------------------------------------------- lock, cron


def test_second_run_exits_at_once_and_a_stale_lock_is_taken_over(
    watchlist: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reports = tmp_path / "reports"
    first = repwatch(["run", "-w", str(watchlist)], tmp_path, REPWATCH_TEST_PAUSE_AT="digest")
    wait_for(reports / ".paused-digest", first)
    t0 = time.monotonic()
    assert main(["run", "-w", str(watchlist)]) == 0
    assert time.monotonic() - t0 < 5
    err = capsys.readouterr().err
    assert f"pid {first.pid}" in err and "another run" in err
    assert first.poll() is None, "the first run is left undisturbed"

    first.send_signal(signal.SIGKILL)
    first.wait()
    assert (reports / "repwatch.lock").read_text().strip() == str(first.pid)  # stale
    assert main(["run", "-w", str(watchlist)]) == 0
    assert capsys.readouterr().err == ""
    assert RunLock(reports).acquire(), "released after the run"


def test_cron_prints_the_schedule_line(
    write_watchlist: Callable[..., Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write_watchlist('\n[schedule]\ncron = "30 6 * * 1-5"\n')
    assert main(["cron", "-w", str(path)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("#")
    line = lines[-1]
    assert line.startswith("30 6 * * 1-5 cd ")
    assert f"run -w {path.resolve()}" in line
    assert " > " not in line and "/dev/null" not in line  # cron mails failures


def test_a_successful_run_is_quiet_and_logs_to_rotating_file(
    watchlist: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "-w", str(watchlist)]) == 0
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""
    log = (tmp_path / "reports" / "logs" / "repwatch.log").read_text("utf-8")
    assert "run started" in log and "finished: exit 0" in log


# --------------------------------------------------------------------------- incremental


def test_unchanged_pages_are_skipped_and_a_changed_page_is_captured_beside_the_old(
    watchlist: Path, site: tuple[str, Path], tmp_path: Path
) -> None:
    _, root = site
    reports = tmp_path / "reports"
    assert main(["run", "-w", str(watchlist)]) == 0
    con = db(reports)
    forum = con.execute("SELECT id FROM findings WHERE url LIKE '%forum.html'").fetchone()["id"]
    evidence_before = con.execute("SELECT COUNT(*) FROM evidence").fetchone()[0]
    assert evidence_before > 0

    assert main(["run", "-w", str(watchlist)]) == 0
    statuses = dict(
        con.execute("SELECT url, status FROM fetches WHERE run_id = 2 AND url LIKE '%.html'")
    )
    assert all(s == 304 for s in statuses.values()), statuses  # leaves: conditional requests
    assert con.execute("SELECT COUNT(*) FROM evidence").fetchone()[0] == evidence_before
    assert digested_ids(reports).count(forum) == 1

    (root / "forum.html").write_text(
        PAGES["forum.html"].replace("sacked.", "sacked. She will regret it."), encoding="utf-8"
    )
    assert main(["run", "-w", str(watchlist)]) == 0
    captures = con.execute(
        "SELECT finding_version, path FROM evidence WHERE finding_id = ? AND kind = 'capture' "
        "ORDER BY finding_version",
        (forum,),
    ).fetchall()
    assert [c["finding_version"] for c in captures] == [1, 2]
    assert all((reports / c["path"]).exists() for c in captures), "the old capture is kept"
    assert digested_ids(reports).count(forum) == 2  # reported again, as changed
    others = con.execute(
        "SELECT COUNT(*) FROM findings WHERE version > 1 AND url NOT LIKE '%forum.html'"
    ).fetchone()[0]
    assert others == 0, "pages that did not change are not matched again"


# --------------------------------------------------------------------------- crash safety


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["crawl", "match", "capture", "digest", "finish"])
def test_killed_run_loses_nothing_and_repeats_nothing(
    stage: str,
    fixed_site: tuple[str, set[str]],
    write_watchlist: Callable[..., Path],
    tmp_path: Path,
) -> None:
    base, reference_ids = fixed_site
    watchlist = write_watchlist(_sites(base))
    reports = tmp_path / "reports"
    proc = repwatch(["run", "-w", str(watchlist)], tmp_path, REPWATCH_TEST_PAUSE_AT=stage)
    wait_for(reports / f".paused-{stage}", proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    again = repwatch(["run", "-w", str(watchlist)], tmp_path)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert out == "" and err == ""

    con = db(reports)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert {r[0] for r in con.execute("SELECT id FROM findings")} == reference_ids
    runs = [r["status"] for r in con.execute("SELECT status FROM runs ORDER BY id")]
    assert runs == ["interrupted", "ok"]
    ids = digested_ids(reports)
    assert sorted(ids) == sorted(reference_ids), "each finding reported exactly once"
    assert not list((reports / "evidence").rglob("*.tmp"))
    assert main(["verify", "-w", str(watchlist)]) == 0
    for fid in reference_ids:
        kinds = {r[0] for r in con.execute("SELECT kind FROM evidence WHERE finding_id=?", (fid,))}
        assert {"raw", "capture"} <= kinds, (fid, kinds)
    assert not list(Path("/proc").glob("*/cmdline")) or not _orphan_crawler(proc.pid)


def _orphan_crawler(parent_pid: int) -> bool:
    """Is a crawler child of the killed run still alive? (It must die with its parent.)"""
    for cmdline in Path("/proc").glob("*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
            status = (cmdline.parent / "status").read_text()
        except OSError:
            continue
        if b"crawler.runner" in b" ".join(args) and f"PPid:\t{parent_pid}\n" in status:
            return True
    return False


def test_recovery_removes_temp_files_and_sets_unrecorded_captures_aside(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    cap = reports / "evidence" / "captures" / "Cdeadbeef"
    cap.mkdir(parents=True)
    (cap / "Cdeadbeef.warc.gz").write_bytes(b"complete but never recorded")
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    tmp = cap / f".Cdeadbeef.png.{dead}.tmp"  # its writer is gone
    tmp.write_bytes(b"half a png")
    live = cap.parent / f".other.png.{os.getppid()}.tmp"  # its writer is alive
    live.write_bytes(b"being written")
    young = reports / "evidence" / "captures" / "Cyoung"
    young.mkdir()
    (young / "Cyoung.warc.gz").write_bytes(b"a capture underway")
    empty = reports / "evidence" / "captures" / "Cempty"
    empty.mkdir()  # a capture that failed before writing anything
    old = time.time() - 3600
    os.utime(cap / "Cdeadbeef.warc.gz", (old, old))
    spools = reports / "spool"
    for n in range(1, 6):
        (spools / f"run-{n}").mkdir(parents=True)
    done = recover_interrupted(reports)
    assert not tmp.exists()
    assert live.exists() and young.exists(), "a write in progress elsewhere is left alone"
    assert not empty.exists()
    assert (reports / "evidence" / "interrupted" / "Cdeadbeef" / "Cdeadbeef.warc.gz").exists()
    assert not cap.exists()
    assert done.captures_set_aside == ("Cdeadbeef",)
    assert sorted(p.name for p in spools.iterdir()) == ["run-3", "run-4", "run-5"]


# --------------------------------------------------------------------------- retention


def test_retention_deletes_only_closed_cases_evidence_after_the_period(
    watchlist: Path, tmp_path: Path
) -> None:
    from repwatch.models import Case, CaseEvent, CaseStatus
    from repwatch.store import Store

    reports = tmp_path / "reports"
    assert main(["run", "-w", str(watchlist)]) == 0
    now = datetime.now(UTC)
    with Store.open(reports) as store:
        # two findings the run opened no case for (it opens one for each critical or high
        # finding), sharing no evidence (findings on one page share its body)
        cased = {c.finding_id for c in store.cases()}
        kept = {
            f.id: {e.path for e in store.evidence_for(f.id)}
            for f in store.findings()
            if f.id not in cased
        }
        closed_id, open_id = next(
            (a, b) for a in kept for b in kept if a != b and not kept[a] & kept[b]
        )
        old = now - timedelta(days=40)
        for fid, status in ((closed_id, CaseStatus.CLOSED), (open_id, CaseStatus.INVESTIGATING)):
            case = Case(f"K-{fid}", fid, status, "dsl", old, old)
            store.open_case(case, CaseEvent(case.id, old, "test", "opened"))
        closed_files = [reports / e.path for e in store.evidence_for(closed_id)]
        open_files = [reports / e.path for e in store.evidence_for(open_id)]
    assert all(p.exists() for p in closed_files + open_files)

    assert apply_retention(reports, 60, now) == []  # not old enough yet
    assert apply_retention(reports, 0, now) == []  # 0 keeps everything
    deleted = apply_retention(reports, 30, now)
    assert [d.finding_id for d in deleted] == [closed_id]
    assert all(p.exists() for p in open_files), "open cases are never touched"
    captures = [p for p in closed_files if "captures" in p.parts]
    assert captures and not any(p.exists() for p in captures)
    with Store.open(reports) as store:
        assert store.evidence_for(closed_id) == []
        events = store.case_events(f"K-{closed_id}")
        assert any(e.action == "retention" for e in events)
    log = (reports / "logs" / "repwatch.log").read_text("utf-8")
    assert "finished" in log
    assert apply_retention(reports, 30, now) == []  # nothing left to delete: idempotent
    # Deletion under retention is a signed, recorded absence, not tampering.
    assert main(["verify", "-w", str(watchlist)]) == 0
