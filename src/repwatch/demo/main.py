"""``repwatch demo``: the whole job on the embedded demo web, offline.

Starts the bundled sites on 127.0.0.1, writes a watchlist pointing at them under the demo's own
folder (kept apart from the school's results), runs one full cycle, prints where everything is,
and stops the servers. Every other command can then be pointed at the results with ``-w``.
"""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path
from typing import TextIO

from repwatch.config import load
from repwatch.demo.expected import Observed, check, load_expected
from repwatch.demo.server import SITE_TITLES, SITES, serve_demo
from repwatch.run import RunResult, run_once


def write_watchlist(directory: Path, urls: dict[str, str]) -> Path:
    sites = "".join(
        f'[[sites]]\nname = "{SITE_TITLES.get(name, name)}"\nstart_urls = ["{urls[name]}"]\n'
        f"max_depth = {load_expected().max_depth}\nmax_pages = 200\n\n"
        for name in urls
    )
    template = files("repwatch.demo").joinpath("watchlist.toml.in").read_text(encoding="utf-8")
    text = template.replace("{sites}", sites).replace("{storage}", str(directory.resolve()))
    path = directory / "watchlist.toml"
    path.write_text(text, encoding="utf-8")
    return path


def run_demo(directory: Path, out: TextIO) -> int:
    # A fresh demo each time: the demo web's ports change from run to run.
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    with serve_demo() as urls:
        urls = {name: urls[name] for name in SITES}
        path = write_watchlist(directory, urls)
        result = run_once(load(path))
        misses = demo_problems(result, urls)
    print(f"repwatch demo: {len(result.new_findings)} findings on the demo web", file=out)
    for f in result.new_findings:
        print(f"  [{f.severity}] {f.subject_name}: {f.url}", file=out)
    for p in result.problems:
        print(f"  problem: {p}", file=out)
    if misses:
        print("the demo's ground truth disagrees with this run:", file=out)
        for m in misses:
            print(f"  - {m}", file=out)
    else:
        print("all true mentions found; no decoys reported", file=out)
    print(f"watchlist: {path}", file=out)
    if result.digest:
        print(f"digest:    {result.digest.html}", file=out)
        print(f"           {result.digest.json}", file=out)
    print(f"evidence:  {directory.resolve() / 'evidence'}", file=out)
    print(f"database:  {directory.resolve() / 'repwatch.db'}", file=out)
    print(f"next:      repwatch check -w {path}", file=out)
    return result.exit_code


def demo_problems(result: RunResult, urls: dict[str, str]) -> list[str]:
    """Compare the run's findings with the demo's ground truth (``expected.toml``)."""
    observed = [
        Observed(f.url, f.subject, tuple(str(c) for c in f.categories), str(f.severity))
        for f in result.new_findings
    ]
    return check(observed, urls, include_hard=False)
