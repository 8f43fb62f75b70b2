"""The command line: the composition root. Each command is a thin call into a stage.

``main(argv) -> int`` is what tests call; ``entry`` is the console script. Exit codes follow
DESIGN.md: 0 ok, 1 the run finished but something failed (said on stderr), 2 bad config or
usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from repwatch import __version__
from repwatch.config import Watchlist, load, summary
from repwatch.errors import ConfigError, NotFound, RepwatchError

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def register(fn: Command) -> Command:
        COMMANDS[name] = fn
        return fn

    return register


def _watchlist(args: argparse.Namespace) -> Watchlist:
    return load(args.watchlist)


@command("check")
def cmd_check(args: argparse.Namespace) -> int:
    print(summary(_watchlist(args)))
    return 0


@command("run")
def cmd_run(args: argparse.Namespace) -> int:
    from repwatch.run import run_once

    result = run_once(_watchlist(args))
    if result.problems:
        print(
            f"repwatch: run {result.run_id} finished with {len(result.problems)} problem(s):",
            file=sys.stderr,
        )
        for p in result.problems[:20]:
            print(f"  - {p}", file=sys.stderr)
        if result.digest:
            print(f"  digest: {result.digest.html}", file=sys.stderr)
    return result.exit_code


@command("demo")
def cmd_demo(args: argparse.Namespace) -> int:
    from repwatch.demo.main import run_demo

    return run_demo(Path(args.dir), out=sys.stdout)


@command("scan")
def cmd_scan(args: argparse.Namespace) -> int:
    from repwatch.scan import run_scan

    return run_scan(
        _watchlist(args), [Path(p) for p in args.paths], as_json=args.json, out=sys.stdout
    )


@command("verify")
def cmd_verify(args: argparse.Namespace) -> int:
    from repwatch.evidence.verify import verify

    reports = _watchlist(args).reports_dir
    problems = verify(reports, args.id)
    for problem in problems:
        print(f"repwatch: verify: {problem}", file=sys.stderr)
    return 1 if problems else 0


@command("export")
def cmd_export(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from repwatch.evidence.export import export
    from repwatch.store import Store

    reports = _watchlist(args).reports_dir
    with Store.open(reports) as store:
        out = export(
            reports,
            store,
            args.id,
            Path(args.output),
            datetime.now(UTC),
            recipient=args.recipient,
            reason=args.reason,
        )
    print(out)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="repwatch",
        description="Online reputation watch for schools: discover, recognise, preserve, "
        "report, take down.",
    )
    parser.add_argument("--version", action="version", version=f"repwatch {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-w",
        "--watchlist",
        default="watchlist.toml",
        help="path to watchlist.toml (default: ./watchlist.toml)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    sub.add_parser("check", parents=[common], help="validate the watchlist")
    sub.add_parser("run", parents=[common], help="one monitoring cycle (what cron runs)")
    p = sub.add_parser(
        "demo", parents=[common], help="run the whole job on the embedded demo web (offline)"
    )
    p.add_argument("--dir", default="reports/demo", help="where the demo's results go")
    p = sub.add_parser(
        "scan",
        parents=[common],
        help="match files against the watchlist; print findings, write nothing",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per finding per line")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p = sub.add_parser(
        "verify",
        parents=[common],
        help="re-hash evidence, check the ledger chain and signatures (exit 1 on any mismatch)",
    )
    p.add_argument("id", nargs="?", help="a finding or capture id (default: everything)")
    p = sub.add_parser(
        "export", parents=[common], help="write an evidence bundle for one finding or capture"
    )
    p.add_argument("id", help="a finding or capture id")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="a new, empty folder")
    p.add_argument("--recipient", default="", help="who the bundle is for (custody log)")
    p.add_argument("--reason", default="", help="why it is handed over (custody log)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help is 0, usage errors are 2
        return int(exc.code or 0)
    try:
        return COMMANDS[args.command](args)
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"repwatch: {problem}", file=sys.stderr)
        return 2
    except NotFound as exc:
        print(f"repwatch: {exc}", file=sys.stderr)
        return 2
    except RepwatchError as exc:
        print(f"repwatch: {exc}", file=sys.stderr)
        return 1


def entry() -> None:
    sys.exit(main())
