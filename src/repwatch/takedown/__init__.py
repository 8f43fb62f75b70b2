"""The "act" stage: cases, takedown requests to the right recipient, and proof of removal.

A finding becomes a :class:`~repwatch.models.Case` (:mod:`.cases`); a case produces a request
for the right recipient from Jinja2 templates (:mod:`.render`, :mod:`.platforms`, :mod:`.rdap`),
whose deadlines are counted in England and Wales working time (:mod:`.deadlines`); and each
run re-checks open cases until the material is gone (:mod:`.recheck`), keeping the page as it
is then as proof. ``run`` calls :func:`run_step`; the digest calls :func:`reminders`, and takes
its "draft a takedown request" links from :func:`draft_for` (:mod:`.draft`: never recorded).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from repwatch.config import Watchlist
from repwatch.models import Finding
from repwatch.store import Store
from repwatch.takedown.cases import open_cases_for, reopen_returned
from repwatch.takedown.draft import draft_for
from repwatch.takedown.recheck import RecheckOutcome, recheck, reminders

__all__ = ["RecheckOutcome", "draft_for", "recheck", "reminders", "run_step"]


def run_step(
    watchlist: Watchlist,
    store: Store,
    reports_dir: Path,
    now: datetime,
    *,
    new_findings: list[Finding],
    seen_since: datetime,
) -> tuple[list[RecheckOutcome], list[str]]:
    """What a run does for cases: open cases for new critical/high findings, reopen cases
    whose material came back, re-check the others. Returns outcomes and problems (for stderr);
    never raises for one case's failure."""
    problems: list[str] = []
    owner = watchlist.takedown.owner
    try:
        open_cases_for(store, reports_dir, new_findings, now, owner=owner)
        reopen_returned(store, reports_dir, now)
        outcomes = recheck(watchlist, store, reports_dir, now, seen_since=seen_since)
    except Exception as exc:  # noqa: BLE001 - a case failure never stops the run
        problems.append(f"cases and recheck: {exc.__class__.__name__}: {exc}")
        return [], problems
    return outcomes, problems
