"""Render the digest of a run (the "report" stage): HTML, plain text and a JSON twin.

Input is plain values (findings, source reports, run info); output is files under
``reports/digests/<YYYY-MM-DD>-<run>.{html,txt,json}``. Jinja2 autoescape is on for every
``.html`` template, so page titles and snippets from the web can never inject markup.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from repwatch.config import Watchlist
from repwatch.models import SEVERITY_ORDER, Finding, Severity, SourceReport, SourceState
from repwatch.store import iso

ACTIONS: dict[Severity, str] = {
    Severity.CRITICAL: "Inform the DSL now. Preserve the evidence. Threats and hate crime: report "
    "to the police (999 if there is immediate danger, otherwise 101 or True "
    "Vision).",
    Severity.HIGH: "Report to the line manager, who investigates. Preserve the evidence. After "
    "investigation, ask the uploader or the site to remove it.",
    Severity.MEDIUM: "For information: the line manager reads it; no action required.",
    Severity.LOW: "For information only.",
}

FAILED_STATES = {
    SourceState.UNREACHABLE,
    SourceState.ERROR,
    SourceState.AUTH_FAILED,
    SourceState.QUOTA_EXHAUSTED,
    SourceState.RATE_LIMITED,
}


@dataclass(frozen=True)
class DigestFiles:
    html: Path
    text: Path
    json: Path


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("repwatch.digest", "templates"),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["iso"] = iso
    env.globals["actions"] = ACTIONS
    return env


def highlight(snippet: str, matched: str) -> tuple[str, str, str]:
    """Split the snippet around the first occurrence of the match (case-insensitive)."""
    at = snippet.lower().find(matched.lower()) if matched else -1
    if at < 0:
        return snippet, "", ""
    return snippet[:at], snippet[at : at + len(matched)], snippet[at + len(matched) :]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.severity.rank, f.first_seen, f.id))


def finding_json(f: Finding) -> dict[str, object]:
    ev = f.evidence
    evidence: dict[str, object] = {
        "capture_id": ev.get("capture_id") or ev.get("raw_id"),
        "sha256": ev.get("raw_sha256") or ev.get("capture_sha256"),
    }
    for key, value in sorted(ev.items()):
        evidence.setdefault(key, value)
    return {
        "id": f.id,
        "subject": f.subject,
        "subject_name": f.subject_name,
        "matched": f.matched,
        "url": f.url,
        "title": f.title,
        "severity": str(f.severity),
        "categories": [str(c) for c in f.categories],
        "reason": f.reason,
        "snippet": f.snippet,
        "score": round(f.score, 3),
        "variant": f.variant,
        "first_seen": iso(f.first_seen),
        "last_seen": iso(f.last_seen),
        "source": f.source,
        "source_kind": str(f.source_kind),
        "url_only": f.url_only,
        "action": ACTIONS[f.severity],
        "evidence": evidence,
    }


def render_digest(
    watchlist: Watchlist,
    *,
    run_id: int,
    started_at: datetime,
    findings: list[Finding],
    sources: list[SourceReport],
    problems: list[str],
    out_dir: Path,
) -> DigestFiles:
    findings = sort_findings(findings)
    counts = Counter(f.severity for f in findings)
    worst = next((s for s in SEVERITY_ORDER if counts[s]), None)
    context = {
        "school": watchlist.school.name,
        "run_id": run_id,
        "started_at": started_at,
        "findings": findings,
        "counts": [(s, counts[s]) for s in SEVERITY_ORDER],
        "worst": worst,
        "sources": sources,
        "failed_sources": [s for s in sources if s.state in FAILED_STATES],
        "problems": problems,
        "highlight": highlight,
    }
    env = environment()
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"{started_at.date().isoformat()}-{run_id}"
    files = DigestFiles(out_dir / f"{stem}.html", out_dir / f"{stem}.txt", out_dir / f"{stem}.json")
    files.html.write_text(env.get_template("digest.html").render(**context), encoding="utf-8")
    files.text.write_text(env.get_template("digest.txt").render(**context), encoding="utf-8")
    payload = {
        "run": {
            "id": run_id,
            "started_at": iso(started_at),
            "school": watchlist.school.name,
            "counts": {str(s): counts[s] for s in SEVERITY_ORDER},
            "problems": problems,
        },
        "findings": [finding_json(f) for f in findings],
        "sources": [
            {
                "name": s.name,
                "kind": str(s.kind),
                "state": str(s.state),
                "detail": s.detail,
                "pages": s.pages,
                "candidates": s.candidates,
                "reset_at": iso(s.reset_at) if s.reset_at else None,
            }
            for s in sources
        ],
    }
    files.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    return files
