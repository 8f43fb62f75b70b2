"""Steps 6–7 of a run, and ``repwatch digest``: render, route, queue, send, then mark.

:func:`report` is what ``run.run_once`` calls at the end of a run. In order:

1. the findings not yet in a digest (or, for ``repwatch digest --since``, changed since a date);
2. the whole-school digest → ``reports/digests/<YYYY-MM-DD>-<run>.{html,txt,json}``;
3. with ``[digest.smtp]``: one message per recipient, routed (:mod:`.routing`), saved as
   ``reports/outbox/*.eml``;
4. one store transaction records the digest, queues the messages and marks the findings
   digested — so a finding is never marked without its mail safely queued, and never queued
   twice;
5. every queued message (this run's and any left over from a failed run) is delivered;
   failures stay queued and become problems (exit code 1);
6. ``reports/index.html`` is rewritten.

Without ``[digest.smtp]`` steps 3 and 5 are skipped: digests are written to files only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from repwatch.config import Watchlist
from repwatch.errors import ConfigError
from repwatch.models import CaseEvent, Finding, SourceReport
from repwatch.store import OutboxMessage, Store

from . import index, mail
from .render import CaseLine, DigestFiles, Draft, Renderer, Shared, sort_findings, write_files
from .routing import Route, allowed, recipients, route, unrouted
from .trend import Trend, weekly, window_start

DIGESTS = "digests"


@dataclass(frozen=True)
class Planned:
    """One reader's message, rendered (what ``--dry-run`` prints)."""

    route: Route
    subject: str


@dataclass
class ReportOutcome:
    files: DigestFiles | None = None
    digest_id: int | None = None
    findings: list[Finding] = field(default_factory=list)
    planned: list[Planned] = field(default_factory=list)
    queued: list[OutboxMessage] = field(default_factory=list)
    sent: int = 0
    problems: list[str] = field(default_factory=list)


def cases_section(store: Store, since: datetime | None) -> tuple[CaseLine, ...]:
    """Open cases, and closed ones that changed since the last digest, with what changed."""
    lines = []
    for case in store.cases():
        events = [e for e in store.case_events(case.id) if since is None or e.at > since]
        changes = [_change(e) for e in events if e.action in CASE_ACTIONS]
        if not case.status.is_open and not changes:
            continue
        finding = store.get_finding(case.finding_id)
        lines.append(
            CaseLine(
                case.id,
                finding.subject if finding else "",
                finding.subject_name if finding else case.finding_id,
                finding.url if finding else "",
                case.status.label,
                case.last_check,
                "; ".join(changes[-3:]),
            )
        )
    return tuple(lines)


CASE_ACTIONS = ("opened", "status", "takedown", "recheck")


def _change(event: CaseEvent) -> str:
    when = event.at.strftime("%d %b")
    if event.action == "status" and event.to_status is not None:
        was = event.from_status.label if event.from_status else "?"
        return f"{when}: {was} → {event.to_status.label}"
    note = f" ({event.note})" if event.note and len(event.note) < 80 else ""
    return f"{when}: {event.action}{note}"


def _cases_for(
    cases: tuple[CaseLine, ...] | None, every: bool, staff: frozenset[str]
) -> tuple[CaseLine, ...] | None:
    if cases is None:
        return None
    return tuple(c for c in cases if allowed(every, staff, c.subject))


def _trend_for(
    rows: list[tuple[str, object, datetime]], everything: bool, staff: frozenset[str], now: datetime
) -> Trend:
    # Readers see the trend of what they may see: no counts about other people's staff.
    mine = [r for r in rows if allowed(everything, staff, r[0])]
    return weekly(mine, now)  # type: ignore[arg-type]


def report(
    watchlist: Watchlist,
    store: Store,
    *,
    run_id: int | None,
    started_at: datetime,
    problems: list[str],
    now: datetime,
    env: Mapping[str, str] | None = None,
    draft: Draft | None = None,
    since: datetime | None = None,
    send: bool = True,
    queue: bool | None = None,
    dry_run: bool = False,
) -> ReportOutcome:
    """Render, route, queue, send and mark, in that order (see the module docstring).

    ``since`` (for ``repwatch digest --since``) re-renders findings changed since that date;
    by default the findings not yet digested. ``queue`` (default: when SMTP is configured)
    writes per-recipient messages; ``send`` delivers the outbox; ``dry_run`` renders and
    plans but writes nothing.
    """
    env = os.environ if env is None else env
    reports = watchlist.reports_dir
    smtp = watchlist.digest.smtp
    queue = (smtp is not None) if queue is None else queue
    outcome = ReportOutcome()

    previous = store.last_digest_at()
    findings = sort_findings(
        store.findings_changed_since(since) if since else store.undigested_findings()
    )
    outcome.findings = findings
    sources = tuple(store.source_reports(run_id)) if run_id is not None else _latest_sources(store)
    shared = Shared(
        school=watchlist.school.name,
        run_id=run_id,
        created_at=started_at,
        since=since or previous,
        sources=sources,
        problems=tuple(problems),
        cases=cases_section(store, previous),
    )
    rows = store.finding_dates(window_start(now))
    everyone = _trend_for(rows, True, frozenset(), now)  # type: ignore[arg-type]

    routes = route(watchlist, findings) if queue else []
    wanted = [r for r in routes if r.findings or watchlist.digest.send_empty]
    if queue:
        for lost in unrouted(watchlist, findings):
            outcome.problems.append(
                f"finding {lost.id} about {lost.subject_name} has no recipient: give staff "
                f"'{lost.subject}' a line_manager or add [digest] always; it is in the "
                "digest file only"
            )

    images = "file" if watchlist.digest.embed_screenshots else "none"
    renderer = Renderer(watchlist, reports, draft=draft, images=images)
    renderer.prepare(findings)

    if dry_run:
        for r in wanted:
            subject, _html, _text = renderer.document(shared, r.findings, everyone)
            outcome.planned.append(Planned(r, subject))
        return outcome

    stem = _stem(reports, run_id, started_at, store)
    outcome.files = write_files(renderer, shared, findings, everyone, stem)

    messages: list[OutboxMessage] = []
    if wanted:
        # Same blocks for the file and the mail unless thumbnails differ (relative src vs cid:).
        mailer = (
            Renderer(watchlist, reports, draft=draft, images="cid")
            if watchlist.digest.embed_screenshots
            else renderer
        )
        table = recipients(watchlist)
        for r in wanted:
            every, staff = table[r.recipient]
            trend = _trend_for(rows, every, staff, now)  # type: ignore[arg-type]
            mailer.attachments.clear()
            mine = replace(shared, cases=_cases_for(shared.cases, every, staff))
            subject, html, text = mailer.document(
                mine, r.findings, trend, audience=r.audience(watchlist)
            )
            message_id = mail.new_message_id(watchlist)
            data = mail.build_message(
                watchlist,
                recipient=r.recipient,
                subject=subject,
                html=html,
                text=text,
                message_id=message_id,
                date=now,
                images=_used(mailer, html),
            )
            rel = mail.outbox_name(message_id, now)
            mail.queue_file(reports, rel, data)
            messages.append(
                OutboxMessage(message_id, r.recipient, subject, rel, len(r.findings), now)
            )
            outcome.planned.append(Planned(r, subject))
    outcome.queued = messages

    outcome.digest_id = store.record_digest(
        run_id=run_id,
        created_at=started_at,
        kind="run" if run_id is not None else "manual",
        stem=str(stem.relative_to(reports)),
        summary=_summary(findings),
        worst=str(findings[0].severity) if findings else "",
        findings=findings,
        messages=messages,
        mark_digested=since is None or send,
    )

    if send and smtp is not None:
        delivery = mail.deliver(watchlist, store, reports, now=now, env=env)
        outcome.sent = len(delivery.sent)
        outcome.problems.extend(delivery.problems)

    index.write_index(watchlist, store, reports, now=now, cases=shared.cases)
    return outcome


def _used(renderer: Renderer, html: str) -> dict[str, Path]:
    return {cid: path for cid, path in renderer.attachments.items() if f"cid:{cid}" in html}


def _summary(findings: list[Finding]) -> str:
    n = len(findings)
    return f"{n} finding{'s' * (n != 1)}"


def _latest_sources(store: Store) -> tuple[SourceReport, ...]:
    latest = store.latest_run()
    return tuple(store.source_reports(latest.id)) if latest else ()


def _stem(reports: Path, run_id: int | None, at: datetime, store: Store) -> Path:
    """``digests/<date>-<run>`` for a run; ``digests/manual/<date>-<n>`` for the command, so a
    re-render never overwrites what a run sent."""
    if run_id is not None:
        return reports / DIGESTS / f"{at.date().isoformat()}-{run_id}"
    folder = reports / DIGESTS / "manual"
    n = 1 + sum(1 for _ in folder.glob("*.json")) if folder.exists() else 1
    return folder / f"{at.date().isoformat()}-{n}"


def digest_command(
    watchlist: Watchlist,
    *,
    since: datetime | None,
    send: bool,
    dry_run: bool,
    now: datetime,
    env: Mapping[str, str] | None = None,
    draft: Draft | None = None,
) -> ReportOutcome:
    """``repwatch digest``: re-render (default), plan (``--dry-run``) or deliver (``--send``)."""
    if send and dry_run:
        raise ConfigError("repwatch digest: choose one of --send and --dry-run")
    if send and watchlist.digest.smtp is None:
        raise ConfigError(
            f"{watchlist.path}: digest.smtp: --send needs an SMTP server; add [digest.smtp] "
            'with host = "…" (or run without --send to write the files only)'
        )
    reports = watchlist.reports_dir
    with Store.open(reports) as store:
        return report(
            watchlist,
            store,
            run_id=None,
            started_at=now,
            problems=[],
            now=now,
            env=env,
            draft=draft,
            since=since,
            send=send,
            queue=send or (dry_run and watchlist.digest.smtp is not None),
            dry_run=dry_run,
        )
