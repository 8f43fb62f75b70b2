"""`repwatch demo`: the whole job on the embedded demo web finds the true mentions only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repwatch.cli import main
from repwatch.config import load
from repwatch.demo.expected import Observed, check
from repwatch.demo.main import write_watchlist
from repwatch.demo.server import SITES, serve_demo
from repwatch.run import run_once

pytestmark = pytest.mark.slow


def test_demo_command_prints_where_everything_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "demo"
    code = main(["demo", "--dir", str(out_dir)])
    out = capsys.readouterr().out
    assert code in (0, 1)
    assert f"watchlist: {out_dir / 'watchlist.toml'}" in out
    assert "digest:" in out and "evidence:" in out
    assert "all true mentions found; no decoys reported" in out
    # Every other command can be pointed at the demo's results.
    assert main(["check", "-w", str(out_dir / "watchlist.toml")]) == 0
    digests = list((out_dir / "digests").glob("*.json"))
    assert digests and json.loads(digests[0].read_text())["findings"]


def test_demo_run_matches_ground_truth(tmp_path: Path) -> None:
    with serve_demo() as urls:
        urls = {name: urls[name] for name in SITES}
        result = run_once(load(write_watchlist(tmp_path, urls)))
        observed = [
            Observed(f.url, f.subject, tuple(map(str, f.categories)), str(f.severity))
            for f in result.new_findings
        ]
        assert check(observed, urls, include_hard=False) == []
