"""Faults on our own side of the wire: the evidence disk full, Chromium killed mid-capture, the
SMTP server down. Each run completes, says what failed (stderr, digest), loses nothing, and the
next run, with the fault gone, finishes the job."""

from __future__ import annotations

import errno
import json
import os
import signal
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from fakes.hostile import serve_hostile

from repwatch.cli import main

pytestmark = pytest.mark.slow


def _site(url: str) -> str:
    return f'\n[[sites]]\nname = "Forum"\nstart_urls = ["{url}"]\nmax_depth = 0\n'


def _digest(reports: Path) -> dict:
    latest = max((reports / "digests").glob("*.json"), key=lambda p: int(p.stem.split("-")[-1]))
    return json.loads(latest.read_text("utf-8"))


def test_evidence_disk_full_is_reported_and_nothing_half_written(
    write_watchlist: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    reports = tmp_path / "reports"
    evidence = str(reports / "evidence")
    real_open = os.open

    def full_disk(path: str | os.PathLike[str], flags: int, *a: object, **k: object) -> int:
        # Only writes under evidence/ fail: the disk that holds the captures is full.
        if str(path).startswith(evidence) and flags & (os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real_open(path, flags, *a, **k)  # type: ignore[arg-type]

    with serve_hostile(tls=False) as server:
        watchlist = write_watchlist(_site(server.url + "good"))
        monkeypatch.setattr(os, "open", full_disk)
        assert main(["run", "-w", str(watchlist)]) == 1
        monkeypatch.setattr(os, "open", real_open)
        err = capsys.readouterr().err
        assert "No space left on device" in err
        assert "No space left on device" in json.dumps(_digest(reports))
        assert _digest(reports)["findings"], "the finding itself is kept and reported"
        assert not list((reports / "evidence").rglob("*.tmp"))

        # Space again: the next run captures what could not be written.
        assert main(["run", "-w", str(watchlist)]) == 0, capsys.readouterr().err
    with __import__("sqlite3").connect(reports / "repwatch.db") as db:
        kinds = {r[0] for r in db.execute("SELECT kind FROM evidence")}
    assert {"raw", "capture"} <= kinds
    assert main(["verify", "-w", str(watchlist)]) == 0


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        ppid = int(text.split("PPid:\t", 1)[1].split("\n", 1)[0])
        children.setdefault(ppid, []).append(int(status.parent.name))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _kill_chromium() -> int:
    killed = 0
    for pid in _descendants(os.getpid()):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"chrom" in cmd.split(b"\0")[0].lower():
            os.kill(pid, signal.SIGKILL)
            killed += 1
    return killed


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs Chromium")
def test_chromium_killed_during_a_capture(
    write_watchlist: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fakes import hostile

    reports = tmp_path / "reports"
    with serve_hostile(tls=False) as server:
        # The page's image is fetched by Chromium while it renders: that is when it dies.
        server.state.on_path["/kill-browser"] = _kill_chromium
        hostile_page = hostile.GOOD_PAGE.replace(
            "</article>", '<img src="/kill-browser"></article>'
        )
        server.state.pages["/good"] = hostile_page
        base = write_watchlist(_site(server.url + "good")).read_text()
        watchlist = tmp_path / "chromium.toml"
        watchlist.write_text(base.replace("browser = false", "browser = true"), "utf-8")
        code = main(["run", "-w", str(watchlist)])
        err = capsys.readouterr().err
        assert code == 1, err
        assert "screenshot missing" in err or "capture failed" in err
        assert server.state.count("/kill-browser") >= 1

        server.state.on_path.clear()
        assert main(["run", "-w", str(watchlist)]) == 0, capsys.readouterr().err
    with __import__("sqlite3").connect(reports / "repwatch.db") as db:
        kinds = [r[0] for r in db.execute("SELECT kind FROM evidence")]
    assert "screenshot" in kinds, "the next run took the screenshot the killed browser did not"


def test_smtp_server_down_fails_the_run_but_keeps_the_mail(
    write_watchlist: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    with serve_hostile(tls=False) as server:
        watchlist = write_watchlist(
            _site(server.url + "good"),
            base=__import__("conftest").BASE_WATCHLIST.replace(
                "[evidence]",
                f'[digest.smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
                "timeout_seconds = 2\n\n[evidence]",
            ),
        )
        assert main(["run", "-w", str(watchlist)]) == 1
    err = capsys.readouterr().err.lower()
    assert "smtp" in err or "deliver" in err or "refused" in err
    assert _digest(tmp_path / "reports")["findings"]
