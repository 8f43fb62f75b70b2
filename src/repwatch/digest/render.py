"""Render a digest (the "report" stage): HTML with inlined CSS, plain text, and a JSON twin.

Input is plain values (findings, source reports, run info, trend rows, open cases); output is
strings, and for the whole-school digest the files
``reports/digests/<YYYY-MM-DD>-<run>.{html,txt,json}``. Jinja2 autoescape is on for every
``.html`` template, so page titles and snippets from the web can never inject markup.

Each finding's HTML block is rendered and CSS-inlined once (css-inline) and reused by every
recipient's message; only the short page shell around the blocks is rendered per recipient.
That keeps a 1,000-finding digest to 20 recipients well inside its time budget.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from importlib.resources import files as package_files
from pathlib import Path
from typing import Any
from urllib.parse import quote

import css_inline
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from repwatch.config import Watchlist
from repwatch.models import (
    SEVERITY_ORDER,
    Category,
    Finding,
    Severity,
    SourceKind,
    SourceReport,
    SourceState,
)
from repwatch.store import iso

from .trend import COLOURS, Trend

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

HOW_FOUND: dict[SourceKind, str] = {
    SourceKind.SITE: "site crawl",
    SourceKind.SEARCH: "search provider",
    SourceKind.FEED: "alert feed",
    SourceKind.RECHECK: "re-check of an open case",
}

# What the default takedown draft says a page does, per category (worst first).
CONCERNS: dict[Category, str] = {
    Category.THREAT: "contains a threat against a member of our staff",
    Category.HATE: "contains discriminatory, hateful content about a member of our community",
    Category.SEXUAL: "contains sexual content about a member of our community",
    Category.DOXXING: "publishes a staff member's personal contact details without consent",
    Category.DEFAMATION: "makes allegations about a member of our staff that we believe to be "
    "untrue and damaging",
    Category.ABUSE: "contains abusive, harassing content about a member of our staff",
    Category.NEGATIVE: "refers to our school and its staff",
    Category.NEUTRAL: "refers to our school and its staff",
}

# Severities whose cards each carry the policy's action; the others say it once per group.
URGENT = (Severity.CRITICAL, Severity.HIGH)
MAILTO_BODY_LIMIT = 1800  # many clients refuse longer mailto: URLs
FINDINGS_MARK = "<!--repwatch:findings-->"

# (to, subject, body) of a takedown request for a finding; None: offer no draft.
Draft = Callable[[Finding], tuple[str, str, str] | None]


@dataclass(frozen=True)
class DigestFiles:
    html: Path
    text: Path
    json: Path


@dataclass(frozen=True)
class CaseLine:
    """One case as the digest shows it: open, or changed since the last digest."""

    id: str
    subject: str  # "school" or a staff id: routed like findings
    subject_name: str
    url: str
    status: str
    page: str = ""  # what the last re-check saw: live, gone: HTTP 404, …
    change: str = ""  # what happened since the last digest


@dataclass(frozen=True)
class Evidence:
    capture_id: str
    sha256: str
    places: tuple[str, ...]


@dataclass(frozen=True)
class Shared:
    """What every rendering of one digest has in common."""

    school: str
    run_id: int | None
    created_at: datetime
    since: datetime | None  # the previous digest, or the --since date
    sources: tuple[SourceReport, ...]
    problems: tuple[str, ...]
    cases: tuple[CaseLine, ...] | None  # None: case tracking not available

    @property
    def heading_detail(self) -> str:
        when = when_text(self.created_at)
        return f"Run {self.run_id}, {when}" if self.run_id is not None else f"Rendered {when}"


def when_text(dt: datetime) -> str:
    return iso(dt).replace("T", " ")[:16] + " UTC"


def highlight(snippet: str, matched: str) -> tuple[str, str, str]:
    """Split the snippet around the first occurrence of the match (case-insensitive)."""
    at = snippet.lower().find(matched.lower()) if matched else -1
    if at < 0:
        return snippet, "", ""
    return snippet[:at], snippet[at : at + len(matched)], snippet[at + len(matched) :]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Worst first; within a severity, oldest first (then by id, so the order is stable)."""
    return sorted(findings, key=lambda f: (f.severity.rank, f.first_seen, f.id))


def counts_of(findings: list[Finding] | tuple[Finding, ...]) -> Counter[Severity]:
    return Counter(f.severity for f in findings)


def worst_of(findings: list[Finding] | tuple[Finding, ...]) -> Severity | None:
    counts = counts_of(findings)
    return next((s for s in SEVERITY_ORDER if counts[s]), None)


def summary_line(findings: list[Finding] | tuple[Finding, ...], since: datetime | None) -> str:
    n = len(findings)
    after = f"since {when_text(since)}" if since else "since monitoring began"
    if not n:
        return f"Nothing new {after}."
    counts = counts_of(findings)
    parts = ", ".join(f"{counts[s]} {s}" for s in SEVERITY_ORDER if counts[s])
    return f"{n} new finding{'s' * (n != 1)} {after}: {parts}."


def subject_line(school: str, findings: list[Finding] | tuple[Finding, ...]) -> str:
    """Count and worst severity first: a phone shows the first ~40 characters."""
    worst = worst_of(findings)
    if worst is None:
        return f"No new findings - repwatch digest for {school}"
    n = len(findings)
    return f"[{worst.upper()}] {n} new finding{'s' * (n != 1)} - repwatch digest for {school}"


def evidence_of(f: Finding) -> Evidence:
    ev = f.evidence
    places = tuple(
        ev[k]
        for k in ("capture_path", "raw_path", "screenshot_path")
        if ev.get(k) and not (f.url_only and k == "screenshot_path")
    )
    return Evidence(
        ev.get("capture_id") or ev.get("raw_id") or "",
        ev.get("raw_sha256") or ev.get("capture_sha256") or "",
        places,
    )


def how_found(f: Finding) -> str:
    label = HOW_FOUND.get(f.source_kind, str(f.source_kind))
    return f"{label}: {f.source}" if f.source else label


def plain_draft(watchlist: Watchlist) -> Draft:
    """The built-in takedown draft (used until a takedown template module supplies one)."""
    school = watchlist.school.name
    td = watchlist.takedown
    signature = "\n".join(x for x in (td.sender_name, td.sender_role, school) if x)

    def draft(f: Finding) -> tuple[str, str, str] | None:
        if f.url_only:
            return None  # police/IWF route: nobody contacts the uploader
        concern = next((CONCERNS[c] for c in _by_rank(f.categories)), CONCERNS[Category.NEUTRAL])
        ev = evidence_of(f)
        kept = f" (capture {ev.capture_id}, SHA-256 {ev.sha256})" if ev.capture_id else ""
        body = (
            f"Hello,\n\nOn behalf of {school} I ask you to remove this page:\n{f.url}\n\n"
            f"It {concern}, against your terms of use. We have preserved a copy{kept}.\n\n"
            f"Please confirm what you have done.\n\nRegards,\n{signature}\n"
        )
        return "", f"Request to remove content about {school}: {f.url}", body

    return draft


def _by_rank(categories: tuple[Category, ...]) -> list[Category]:
    order = list(CONCERNS)
    return sorted(categories, key=order.index)


def mailto(to: str, subject: str, body: str) -> str:
    if len(body) > MAILTO_BODY_LIMIT:
        body = body[: MAILTO_BODY_LIMIT - 1] + "…"
    safe = "!$'()*,;:@"  # RFC 6068 qchar delimiters need no escaping
    query = f"subject={quote(subject, safe=safe)}&body={quote(body, safe=safe)}"
    return f"mailto:{quote(to, safe='@')}?{query}"


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("repwatch.digest", "templates"),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["iso"] = iso
    env.filters["when"] = when_text
    env.globals["actions"] = ACTIONS
    env.globals["colours"] = COLOURS
    env.globals["severities"] = SEVERITY_ORDER
    env.globals["urgent"] = URGENT
    env.globals["highlight"] = highlight
    env.globals["how_found"] = how_found
    env.globals["evidence"] = evidence_of
    return env


def stylesheet() -> str:
    return (package_files("repwatch.digest") / "templates" / "digest.css").read_text("utf-8")


class Renderer:
    """Renders one digest for many readers, each finding's block once.

    ``images``: ``"none"`` (the default: safeguarding), ``"file"`` (a relative ``src`` for the
    saved HTML under ``reports/digests/``) or ``"cid"`` (an inline attachment in the email;
    :attr:`attachments` collects ``cid → file``).
    """

    def __init__(
        self,
        watchlist: Watchlist,
        reports: Path,
        *,
        draft: Draft | None = None,
        images: str = "none",
    ) -> None:
        self.watchlist = watchlist
        self.reports = reports
        self.draft = draft if draft is not None else plain_draft(watchlist)
        self.images = images
        self.env = environment()
        self.env.globals["draft_link"] = self._draft_link
        self.env.globals["thumbnail"] = self._thumbnail
        self.css = stylesheet()
        self.attachments: dict[str, Path] = {}
        self._html: dict[str, str] = {}
        self._text: dict[str, str] = {}
        self._links: dict[str, str] = {}

    @cached_property
    def _templates(self) -> dict[str, Any]:
        names = ("finding.html", "finding.txt", "group.html", "digest.html", "digest.txt")
        return {n: self.env.get_template(n) for n in names}

    def _draft_link(self, f: Finding) -> str:
        if f.id not in self._links:
            drafted = self.draft(f)
            self._links[f.id] = mailto(*drafted) if drafted else ""
        return self._links[f.id]

    def _thumbnail(self, f: Finding) -> str:
        shot = f.evidence.get("screenshot_path")
        if self.images == "none" or f.url_only or not shot:
            return ""
        path = self.reports / shot
        if not path.is_file():
            return ""
        if self.images == "file":
            return "../" + shot
        cid = f"shot-{f.evidence.get('screenshot_id', f.id)}@repwatch"
        self.attachments[cid] = path
        return f"cid:{cid}"

    def prepare(self, findings: list[Finding]) -> None:
        """Render (and CSS-inline, in parallel) every block not rendered yet."""
        todo = [f for f in findings if f.id not in self._html]
        if not todo:
            return
        raw = [self._templates["finding.html"].render(f=f) for f in todo]
        inlined = css_inline.inline_many_fragments(
            raw, [self.css] * len(raw), load_remote_stylesheets=False
        )
        for f, html in zip(todo, inlined, strict=True):
            self._html[f.id] = html
            self._text[f.id] = self._templates["finding.txt"].render(f=f)

    def document(
        self,
        shared: Shared,
        findings: list[Finding] | tuple[Finding, ...],
        trend: Trend,
        *,
        audience: str = "",
    ) -> tuple[str, str, str]:
        """``(subject, html, text)`` of one reader's digest; findings already sorted."""
        self.prepare(list(findings))
        subject = subject_line(shared.school, findings)
        context = {
            "school": shared.school,
            "subject": subject,
            "summary_line": summary_line(findings, shared.since),
            "heading_detail": shared.heading_detail,
            "audience": audience,
            "findings": findings,
            "findings_html": Markup(FINDINGS_MARK),
            "findings_text": self._cards(findings, text=True),
            "sources": shared.sources,
            "failed_sources": [s for s in shared.sources if s.state in FAILED_STATES],
            "problems": shared.problems,
            "cases": shared.cases,
            "trend": trend,
            "css": self.css,
        }
        shell = self._templates["digest.html"].render(**context)
        shell = css_inline.inline(shell, load_remote_stylesheets=False)
        html = shell.replace(FINDINGS_MARK, self._cards(findings), 1)
        return subject, html, self._templates["digest.txt"].render(**context)

    def _cards(self, findings: list[Finding] | tuple[Finding, ...], *, text: bool = False) -> str:
        """Findings grouped by severity, each group headed by what the policy says to do."""
        counts = counts_of(findings)
        parts: list[str] = []
        current: Severity | None = None
        for f in findings:
            if f.severity != current:
                current = f.severity
                n = counts[current]
                todo = "on each one below" if current in URGENT else ACTIONS[current]
                parts.append(
                    f"== {current.upper()}: {n} finding{'s' * (n != 1)}. What to do: {todo}\n\n"
                    if text
                    else self._group(current, n)
                )
            parts.append(self._text[f.id] if text else self._html[f.id])
        return "".join(parts)

    def _group(self, severity: Severity, count: int) -> str:
        key = f"{severity}:{count}"
        if key not in self._html:
            raw = self._templates["group.html"].render(severity=severity, count=count)
            self._html[key] = css_inline.inline_fragment(
                raw, self.css, load_remote_stylesheets=False
            )
        return self._html[key]


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


def digest_json(shared: Shared, findings: list[Finding], trend: Trend) -> dict[str, object]:
    counts = counts_of(findings)
    return {
        "run": {
            "id": shared.run_id,
            "started_at": iso(shared.created_at),
            "school": shared.school,
            "since": iso(shared.since) if shared.since else None,
            "counts": {str(s): counts[s] for s in SEVERITY_ORDER},
            "problems": list(shared.problems),
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
            for s in shared.sources
        ],
        "cases": None
        if shared.cases is None
        else [
            {
                "id": c.id,
                "subject_name": c.subject_name,
                "url": c.url,
                "status": c.status,
                "change": c.change,
            }
            for c in shared.cases
        ],
        "trend": [
            {"week": w.start.isoformat(), "counts": {str(s): n for s, n in w.counts}}
            for w in trend.weeks
        ],
    }


def write_atomic(path: Path, data: bytes) -> None:
    """Temp file + rename: a reader never sees half a digest or half an email."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_files(
    renderer: Renderer, shared: Shared, findings: list[Finding], trend: Trend, stem: Path
) -> DigestFiles:
    """The whole-school digest: ``<stem>.html``, ``.txt`` and the JSON twin."""
    _subject, html, text = renderer.document(shared, findings, trend)
    files = DigestFiles(
        stem.with_name(stem.name + ".html"),
        stem.with_name(stem.name + ".txt"),
        stem.with_name(stem.name + ".json"),
    )
    write_atomic(files.html, html.encode("utf-8"))
    write_atomic(files.text, text.encode("utf-8"))
    payload = json.dumps(digest_json(shared, findings, trend), indent=2, ensure_ascii=False)
    write_atomic(files.json, payload.encode("utf-8"))
    return files
