"""Plain-text views of cases for ``repwatch case list`` and ``repwatch case show``."""

from __future__ import annotations

from datetime import datetime

from repwatch.models import Case, CaseStatus
from repwatch.store import Store
from repwatch.takedown.recheck import reminders


def _t(dt: datetime | None) -> str:
    return dt.strftime("%Y-%m-%d %H:%M") if dt else "-"


def case_table(store: Store, *, show_all: bool = False) -> str:
    chosen = store.cases(None if show_all else tuple(s for s in CaseStatus if s.is_open))
    if not chosen:
        return "no cases\n" if show_all else "no open cases (--all lists every case)\n"
    lines = [f"{'CASE':12} {'STATUS':18} {'SEVERITY':8} {'SUBJECT':20} {'OPENED':16} URL"]
    for case in chosen:
        f = store.get_finding(case.finding_id)
        lines.append(
            f"{case.id:12} {case.status:18} {(f.severity if f else ''):8} "
            f"{(f.subject_name if f else '')[:20]:20} {_t(case.opened_at):16} "
            f"{f.url if f else ''}"
        )
    return "\n".join(lines) + "\n"


def case_detail(store: Store, case: Case, now: datetime) -> str:
    f = store.get_finding(case.finding_id)
    out = [
        f"Case {case.id}: {case.status.label}",
        f"  finding    {case.finding_id}"
        + (f" ({f.severity}: {', '.join(f.categories)})" if f else ""),
        f"  subject    {f.subject_name if f else '?'}",
        f"  url        {f.url if f else '?'}",
        f"  owner      {case.owner or '(none: set [takedown] owner)'}",
        f"  opened     {_t(case.opened_at)} UTC; updated {_t(case.updated_at)} UTC",
        f"  last check {_t(case.last_checked_at)} {case.last_check}".rstrip(),
    ]
    if f and f.url_only:
        out.append("  URL ONLY: possible indecent image of a child; police/IWF only, never open it")
    evidence = store.evidence_for(case.finding_id)
    if evidence:
        out.append("Evidence:")
        out += [
            f"  {_t(e.created_at)}  {e.kind:10} {e.id}  sha256 {e.sha256}"
            + (f"  ({e.detail})" if e.detail else "")
            for e in evidence
        ]
    requests = store.takedown_requests(case.id)
    if requests:
        out.append("Requests:")
        out += [f"  {_t(r.created_at)}  {r.recipient:10} {r.id}  {r.path}" for r in requests]
    deadlines = store.deadlines(case.id)
    if deadlines:
        out.append("Deadlines (UTC):")
        out += [f"  {_t(d.due)}  {'PASSED ' if d.due <= now else ''}{d.label}" for d in deadlines]
    snaps = store.rdap_snapshots(case.id)
    if snaps:
        out.append("RDAP answers kept:")
        out += [
            f"  {_t(s.queried_at)}  {s.query}  {s.server}  HTTP {s.status}  sha256 {s.sha256}"
            for s in snaps
        ]
    out.append("History:")
    for e in store.case_events(case.id):
        change = f"{e.from_status or '-'} -> {e.to_status}" if e.to_status else e.action
        ref = f" [ref {e.reference}]" if e.reference else ""
        seq = f" (ledger {e.ledger_seq})" if e.ledger_seq else ""
        out.append(f"  {_t(e.at)}  {e.who}: {change}: {e.note}{ref}{seq}")
    due = [r for r in reminders(store, now) if r.case_id == case.id]
    if due:
        out.append("Reminders:")
        out += [f"  overdue since {_t(r.due)}: {r.label}" for r in due]
    return "\n".join(out) + "\n"
