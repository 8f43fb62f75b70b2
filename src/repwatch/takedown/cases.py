"""Cases: one per finding, followed from "new" to "removed" (or closed, or dismissed).

A case is opened automatically for every new critical or high finding (the ones the policy
says someone must act on) and on demand for any other finding the first time a command
names it (``repwatch case set``, ``repwatch takedown``). Its id is the finding's id with ``K``
for ``F`` (``Fc79bff9e13`` → ``Kc79bff9e13``), so either id finds it. The named owner is
``[takedown] owner`` (normally the DSL).

Every change is appended to the case's history (who, when, why) *and* to the signed evidence
ledger (:func:`repwatch.evidence.ledger.ledger_append`), whose ``seq`` is kept on the event so
the two can be matched. Dismissing a case marks its finding dismissed: the store then keeps
the same URL and text out of later digests, and brings it back only if the text changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from repwatch.errors import ConfigError, NotFound
from repwatch.evidence.ledger import ledger_append
from repwatch.models import Case, CaseEvent, CaseStatus, Finding, Severity
from repwatch.store import Store, dismissal_key

SYSTEM = "repwatch"
AUTO_OPEN = frozenset({Severity.CRITICAL, Severity.HIGH})


def case_id_for(finding_id: str) -> str:
    return "K" + finding_id[1:]


def parse_status(text: str) -> CaseStatus:
    """A status from what a person types: ``removal-requested``, ``removal requested``, …"""
    wanted = text.strip().lower().replace("_", "-").replace(" ", "-")
    for status in CaseStatus:
        if wanted in (str(status), status.label.replace(" ", "-").split("-(")[0]):
            return status
    aliases = {
        "reported-to-line-manager": CaseStatus.REPORTED,
        "closed-no-action": CaseStatus.CLOSED,
    }
    wanted = wanted.replace(",", "")
    if wanted in aliases:
        return aliases[wanted]
    raise ConfigError(
        f"case status {text!r} is not one of: " + ", ".join(str(s) for s in CaseStatus)
    )


def custody(reports_dir: Path, event: dict[str, Any], now: datetime) -> int:
    """Append a custody line to the evidence ledger; return its sequence number."""
    return ledger_append(reports_dir, event, now).seq


def open_case(
    store: Store,
    reports_dir: Path,
    finding: Finding,
    now: datetime,
    *,
    owner: str,
    who: str = SYSTEM,
    why: str = "",
) -> Case:
    """The finding's case, opened now if it has none yet."""
    existing = store.case_for_finding(finding.id)
    if existing is not None:
        return existing
    cid = case_id_for(finding.id)
    why = why or f"{finding.severity} finding: {', '.join(finding.categories) or 'mention'}"
    seq = custody(
        reports_dir,
        {
            "type": "case-opened",
            "case_id": cid,
            "finding_id": finding.id,
            "url": finding.url,
            "owner": owner,
            "who": who,
            "why": why,
            "evidence": {k: v for k, v in sorted(finding.evidence.items()) if k.endswith("sha256")},
        },
        now,
    )
    case = Case(cid, finding.id, CaseStatus.NEW, owner, now, now)
    event = CaseEvent(cid, now, who, "opened", why, None, CaseStatus.NEW, "", seq)
    case, _ = store.open_case(case, event)
    return case


def resolve(store: Store, reports_dir: Path, ident: str, now: datetime, *, owner: str) -> Case:
    """The case named by a case id or a finding id (opening it for a finding if needed)."""
    case = store.get_case(ident)
    if case is not None:
        return case
    finding_id = "F" + ident[1:] if ident.startswith("K") else ident
    finding = store.get_finding(finding_id)
    if finding is None:
        raise NotFound(
            f"no case or finding {ident!r} in {store.path}; finding ids (F…) are in the "
            "digest, case ids (K…) in `repwatch case list`"
        )
    return open_case(store, reports_dir, finding, now, owner=owner, who=SYSTEM)


def set_status(
    store: Store,
    reports_dir: Path,
    case: Case,
    status: CaseStatus,
    now: datetime,
    *,
    who: str,
    note: str,
    reference: str = "",
) -> Case:
    """Move ``case`` to ``status``, recording who, when and why (history and ledger)."""
    if not note.strip():
        raise ConfigError(f"case {case.id}: say why with --note (it goes into the case history)")
    finding = store.get_finding(case.finding_id)
    seq = custody(
        reports_dir,
        {
            "type": "case-status",
            "case_id": case.id,
            "finding_id": case.finding_id,
            "from": str(case.status),
            "to": str(status),
            "who": who,
            "why": note,
            "reference": reference,
        },
        now,
    )
    key = dismissal_key(finding.matched, finding.snippet) if finding else ""
    store.set_case_status(
        CaseEvent(case.id, now, who, "status", note, case.status, status, reference, seq),
        dismiss_key=key,
    )
    updated = store.get_case(case.id)
    assert updated is not None
    return updated


def note_event(
    store: Store,
    reports_dir: Path,
    case: Case,
    now: datetime,
    *,
    action: str,
    who: str,
    note: str,
    reference: str = "",
    ledger: dict[str, Any] | None = None,
) -> None:
    """Append a non-status event (a request drafted, an RDAP lookup, a recheck) to the case."""
    seq = custody(
        reports_dir,
        {
            "type": f"case-{action}",
            "case_id": case.id,
            "finding_id": case.finding_id,
            "who": who,
            "why": note,
            **(ledger or {}),
        },
        now,
    )
    store.add_case_event(CaseEvent(case.id, now, who, action, note, None, None, reference, seq))


def open_cases_for(
    store: Store, reports_dir: Path, findings: Iterable[Finding], now: datetime, *, owner: str
) -> list[Case]:
    """Open a case for each active critical or high finding that has none (run step)."""
    opened = []
    for f in findings:
        if f.severity in AUTO_OPEN and store.case_for_finding(f.id) is None:
            opened.append(open_case(store, reports_dir, f, now, owner=owner))
    return opened


def reopen_returned(store: Store, reports_dir: Path, now: datetime) -> list[Case]:
    """Reopen cases whose material came back: a dismissed finding whose text changed (the
    store made it active again), or a removed one seen on the web again since."""
    reopened = []
    for case in store.cases((CaseStatus.DISMISSED, CaseStatus.REMOVED)):
        finding = store.get_finding(case.finding_id)
        if finding is None:
            continue
        if case.status == CaseStatus.DISMISSED and store.finding_state(finding.id) == "active":
            why = "the text at this address changed after the case was dismissed"
            target = CaseStatus.NEW
        elif case.status == CaseStatus.REMOVED and finding.last_seen > case.updated_at:
            why = f"the material was found again on {finding.last_seen:%Y-%m-%d %H:%M} UTC"
            target = CaseStatus.INVESTIGATING
        else:
            continue
        reopened.append(set_status(store, reports_dir, case, target, now, who=SYSTEM, note=why))
    return reopened
