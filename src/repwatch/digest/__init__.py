"""The report stage: the digest line managers act on (issue 6).

``report`` (called by ``run.run_once`` at the end of a run) renders the whole-school digest to
``reports/digests/``, routes a per-recipient message to each line manager and ``[digest]
always`` address, queues it in ``reports/outbox/``, marks the findings digested, delivers over
SMTP and rewrites ``reports/index.html``. ``digest_command`` is ``repwatch digest``.

Modules: :mod:`.render` (templates, CSS inlining, JSON twin), :mod:`.routing` (who gets what),
:mod:`.trend` (12-week bars), :mod:`.mail` (MIME, outbox, SMTP), :mod:`.index`,
:mod:`.report` (the order of it all).
"""

from __future__ import annotations

from .render import (
    ACTIONS,
    CaseLine,
    DigestFiles,
    Draft,
    Renderer,
    finding_json,
    highlight,
    plain_draft,
    sort_findings,
)
from .report import ReportOutcome, digest_command, report
from .routing import Route, route

__all__ = [
    "ACTIONS",
    "CaseLine",
    "DigestFiles",
    "Draft",
    "Renderer",
    "ReportOutcome",
    "Route",
    "digest_command",
    "finding_json",
    "highlight",
    "plain_draft",
    "report",
    "route",
    "sort_findings",
]
