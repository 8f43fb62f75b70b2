"""The command line: the composition root. Each command is a thin call into a stage.

``main(argv) -> int`` is what tests call; ``entry`` is the console script. Exit codes follow
DESIGN.md: 0 ok, 1 the run finished but something failed (said on stderr), 2 bad config or
usage.
"""

from __future__ import annotations

import argparse
import os
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
    from datetime import UTC, datetime

    from repwatch import ops
    from repwatch.run import run_once

    watchlist = _watchlist(args)
    reports = watchlist.reports_dir
    lock = ops.RunLock(reports)
    if not lock.acquire():
        # Not a failure: cron started us while yesterday's run is still going.
        holder = lock.holder()
        print(
            f"repwatch: another run (pid {holder or '?'}) holds {lock.path}; "
            "this one exits and leaves it undisturbed",
            file=sys.stderr,
        )
        return 0
    with lock, ops.logging_to(reports), ops.Progress() as progress:
        ops.LOG.info("run started (pid %d, watchlist %s)", os.getpid(), watchlist.path)
        ops.recover_interrupted(reports)
        with ops.using(progress):
            result = run_once(watchlist)
        for p in result.problems:
            ops.LOG.warning("problem: %s", p)
        try:
            ops.apply_retention(reports, watchlist.storage.retention_days, datetime.now(UTC))
        except (OSError, RepwatchError) as exc:
            result.problems.append(f"retention: {exc}")
            result.exit_code = 1
        ops.LOG.info(
            "run %s finished: exit %s, %d problems",
            result.run_id,
            result.exit_code,
            len(result.problems),
        )
    if result.problems:
        print(
            f"repwatch: run {result.run_id} finished with {len(result.problems)} problem(s):",
            file=sys.stderr,
        )
        for p in result.problems[:20]:
            print(f"  - {p}", file=sys.stderr)
        if len(result.problems) > 20:
            print(f"  … and {len(result.problems) - 20} more (see the digest)", file=sys.stderr)
        if result.digest:
            print(f"  digest: {result.digest.html}", file=sys.stderr)
    return result.exit_code


@command("cron")
def cmd_cron(args: argparse.Namespace) -> int:
    from repwatch.ops import crontab_line

    print(crontab_line(_watchlist(args), Path.cwd()))
    return 0


@command("digest")
def cmd_digest(args: argparse.Namespace) -> int:
    from datetime import UTC, date, datetime

    from repwatch import ops
    from repwatch.digest import digest_command

    since = None
    if args.since:
        try:
            since = datetime.combine(date.fromisoformat(args.since), datetime.min.time(), UTC)
        except ValueError:
            raise ConfigError(f"--since: {args.since!r} is not a date; write YYYY-MM-DD") from None
    watchlist = _watchlist(args)
    lock = ops.RunLock(watchlist.reports_dir)
    if args.send and not lock.acquire():
        print(f"repwatch: a run holds {lock.path}; send the digest after it", file=sys.stderr)
        return 1
    from repwatch.store import Store
    from repwatch.takedown import draft_for

    now = datetime.now(UTC)
    try:
        # The drafts read through their own connection; digest_command opens the writer.
        with Store.open(watchlist.reports_dir) as drafts:
            outcome = digest_command(
                watchlist,
                since=since,
                send=args.send,
                dry_run=args.dry_run,
                now=now,
                draft=draft_for(watchlist, drafts, watchlist.reports_dir, now),
            )
    finally:
        lock.release()
    for planned in outcome.planned:
        route = planned.route
        print(f"{route.recipient}: {len(route.findings)} findings: {planned.subject}")
    if outcome.files:
        print(outcome.files.html)
    if args.send:
        print(f"sent {outcome.sent} message(s)")
    for p in outcome.problems:
        print(f"repwatch: {p}", file=sys.stderr)
    return 1 if outcome.problems else 0


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


# ---------------------------------------------------------------- cases and takedown (issue 7)


def _who(args: argparse.Namespace, w: Watchlist) -> str:
    import getpass

    return getattr(args, "by", "") or w.takedown.sender_name or getpass.getuser()


@command("case")
def cmd_case(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from repwatch.store import Store
    from repwatch.takedown import cases
    from repwatch.takedown.show import case_detail, case_table

    w = _watchlist(args)
    now = datetime.now(UTC)
    with Store.open(w.reports_dir) as store:
        if args.case_command == "list":
            print(case_table(store, show_all=args.all), end="")
            return 0
        case = cases.resolve(store, w.reports_dir, args.id, now, owner=w.takedown.owner)
        if args.case_command == "set":
            status = cases.parse_status(args.status)
            case = cases.set_status(
                store,
                w.reports_dir,
                case,
                status,
                now,
                who=_who(args, w),
                note=args.note,
                reference=args.ref,
            )
            print(f"{case.id}: {case.status.label}")
            return 0
        print(case_detail(store, case, now), end="")
    return 0


@command("takedown")
def cmd_takedown(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from repwatch.models import Recipient
    from repwatch.store import Store
    from repwatch.takedown.rdap import DEFAULT_BOOTSTRAP, RdapClient
    from repwatch.takedown.render import RequestOptions, make_request

    w = _watchlist(args)
    opts = RequestOptions(
        recipient=Recipient(args.to),
        format=args.format,
        sender_name=args.sender or "",
        address=args.address,
        platform=args.platform,
        meaning=args.meaning,
        why=args.why,
        inaccurate=args.inaccurate,
        consent=None if args.consent is None else args.consent == "yes",
        complainant_email=args.complainant_email,
    )
    rdap = RdapClient(
        now=lambda: datetime.now(UTC),
        bootstrap_url=os.environ.get("REPWATCH_RDAP_BOOTSTRAP", DEFAULT_BOOTSTRAP),
        allow_private=w.crawl.allow_private_addresses,
        user_agent=w.crawl.user_agent,
    )
    with Store.open(w.reports_dir) as store, rdap:
        made = make_request(
            w,
            store,
            w.reports_dir,
            args.id,
            opts,
            datetime.now(UTC),
            who=_who(args, w),
            rdap=rdap,
        )
    print(made.path)
    for item in made.todo:
        print(f"repwatch: to complete before sending: {item}", file=sys.stderr)
    for d in made.deadlines:
        print(f"repwatch: deadline {d.due:%Y-%m-%d %H:%M} UTC: {d.label}", file=sys.stderr)
    return 0


@command("recheck")
def cmd_recheck(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from repwatch.store import Store
    from repwatch.takedown import recheck

    w = _watchlist(args)
    with Store.open(w.reports_dir) as store:
        outcomes = recheck(w, store, w.reports_dir, datetime.now(UTC))
    for o in outcomes:
        print(f"{o.case_id}  {o.state:7}  {o.url}  {o.detail}")
    return 1 if any(o.state == "unknown" for o in outcomes) else 0


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
    sub.add_parser(
        "cron", parents=[common], help="print the crontab line for [schedule] cron (see README)"
    )
    p = sub.add_parser(
        "digest",
        parents=[common],
        help="re-render the digest of findings not yet sent (or --since DATE); --send delivers",
    )
    p.add_argument("--since", metavar="DATE", help="findings new or changed since YYYY-MM-DD")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--send", action="store_true", help="queue per recipient and deliver")
    mode.add_argument(
        "--dry-run", action="store_true", help="print who would get what; write nothing"
    )
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

    # cases and takedown (issue 7)
    p = sub.add_parser("case", parents=[common], help="list, show or change cases")
    case_sub = p.add_subparsers(dest="case_command", metavar="ACTION")
    case_sub.required = True
    q = case_sub.add_parser("list", parents=[common], help="open cases (--all: every case)")
    q.add_argument("--all", action="store_true", help="include removed, closed and dismissed")
    q = case_sub.add_parser("show", parents=[common], help="a case, its history and requests")
    q.add_argument("id", help="a case id (K…) or finding id (F…)")
    q = case_sub.add_parser(
        "set", parents=[common], help="change a case's status (dismissed suppresses it)"
    )
    q.add_argument("id", help="a case id (K…) or finding id (F…)")
    q.add_argument(
        "status",
        help="new | reported | investigating | removal-requested | escalated | removed | "
        "closed | dismissed",
    )
    q.add_argument("--note", required=True, help="why (goes into the case history and ledger)")
    q.add_argument("--by", default="", help="who is making the change (default: sender_name)")
    q.add_argument("--ref", default="", help="a platform's or the police's reference number")
    p = sub.add_parser(
        "takedown", parents=[common], help="write a removal request or referral for a case"
    )
    p.add_argument("id", help="a case id (K…) or finding id (F…)")
    p.add_argument(
        "--to",
        required=True,
        choices=["uploader", "site", "platform", "host", "defamation", "police", "posh", "iwf"],
    )
    p.add_argument("--from", dest="sender", metavar="NAME", help="sender (default: sender_name)")
    p.add_argument("--format", choices=["eml", "txt", "html"], default="txt")
    p.add_argument("--address", default="", help="the recipient's e-mail address")
    p.add_argument("--platform", default="", help="platforms.toml key when the URL does not say")
    p.add_argument("--by", default="", help="who is sending it (default: --from / sender_name)")
    p.add_argument("--meaning", default="", help="defamation: meaning you attribute to it")
    p.add_argument("--why", default="", help="defamation: why it is defamatory")
    p.add_argument("--inaccurate", default="", help="defamation: which parts are inaccurate")
    p.add_argument("--consent", choices=["yes", "no"], help="defamation/POSH: consent given?")
    p.add_argument("--complainant-email", default="", help="defamation: complainant's e-mail")
    sub.add_parser("recheck", parents=[common], help="re-fetch open cases; mark gone ones removed")
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
