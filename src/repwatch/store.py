"""SQLite state of repwatch: runs, pages, findings, evidence, sources, budgets (and later cases,
outbox). All SQL lives in this module, written portably (no SQLite-only syntax beyond
``INSERT … ON CONFLICT`` which PostgreSQL shares) so a later step can move to PostgreSQL.

Sits beside the stages: ``run`` opens one :class:`Store` and hands values (models) in and out;
stages never see a cursor. The database is opened in WAL mode and every multi-row change runs in
one transaction, so a killed process leaves it consistent.

Schema changes are appended to ``MIGRATIONS`` (never edit an applied one); ``PRAGMA
user_version`` records how many have run.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from repwatch.models import (
    Case,
    CaseEvent,
    CaseStatus,
    Category,
    Deadline,
    FetchedPage,
    Finding,
    Mention,
    Recipient,
    Severity,
    SourceKind,
    SourceReport,
    SourceState,
    TakedownRequest,
)

MIGRATIONS: list[str] = [
    # 1: the core of issue 2
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL DEFAULT 'running',
        exit_code INTEGER,
        summary TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE pages (
        url TEXT PRIMARY KEY,
        final_url TEXT NOT NULL,
        status INTEGER NOT NULL,
        fetched_at TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        content_type TEXT NOT NULL DEFAULT '',
        etag TEXT,
        last_modified TEXT,
        ip_address TEXT,
        title TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        source_kind TEXT NOT NULL DEFAULT 'site',
        last_run INTEGER NOT NULL
    );
    CREATE TABLE fetches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        run_id INTEGER NOT NULL REFERENCES runs(id),
        url TEXT NOT NULL,
        final_url TEXT NOT NULL,
        status INTEGER NOT NULL,
        fetched_at TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        error TEXT
    );
    CREATE INDEX fetches_run ON fetches(run_id);
    CREATE TABLE findings (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        subject TEXT NOT NULL,
        subject_name TEXT NOT NULL,
        matched TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        score REAL NOT NULL,
        variant TEXT NOT NULL,
        reason TEXT NOT NULL,
        categories TEXT NOT NULL,
        severity TEXT NOT NULL,
        snippet TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        url_only INTEGER NOT NULL DEFAULT 0,
        source TEXT NOT NULL DEFAULT '',
        source_kind TEXT NOT NULL DEFAULT 'site',
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        page_sha256 TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        changed_run INTEGER NOT NULL,
        digested_version INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL DEFAULT 'active'
    );
    CREATE INDEX findings_url ON findings(url);
    CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        finding_id TEXT NOT NULL REFERENCES findings(id),
        finding_version INTEGER NOT NULL,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        url TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        path TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX evidence_finding ON evidence(finding_id);
    CREATE TABLE source_runs (
        run_id INTEGER NOT NULL REFERENCES runs(id),
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        state TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        pages INTEGER NOT NULL DEFAULT 0,
        candidates INTEGER NOT NULL DEFAULT 0,
        reset_at TEXT,
        PRIMARY KEY (run_id, kind, name)
    );
    CREATE TABLE api_calls (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source TEXT NOT NULL,
        at TEXT NOT NULL,
        status INTEGER NOT NULL
    );
    CREATE INDEX api_calls_source ON api_calls(source, at);
    """,
    # 2: digest history, the per-recipient outbox and what each digest carried (issue 6)
    """
    CREATE TABLE digests (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        run_id INTEGER,
        created_at TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'run',
        stem TEXT NOT NULL,
        findings INTEGER NOT NULL DEFAULT 0,
        worst TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE digest_findings (
        digest_id INTEGER NOT NULL REFERENCES digests(id),
        finding_id TEXT NOT NULL,
        finding_version INTEGER NOT NULL,
        PRIMARY KEY (digest_id, finding_id)
    );
    CREATE TABLE outbox (
        message_id TEXT PRIMARY KEY,
        digest_id INTEGER NOT NULL REFERENCES digests(id),
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        path TEXT NOT NULL,
        findings INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'queued',
        attempts INTEGER NOT NULL DEFAULT 0,
        last_attempt TEXT,
        last_error TEXT NOT NULL DEFAULT '',
        sent_at TEXT
    );
    CREATE INDEX outbox_status ON outbox(status, created_at)
    """,
    # 3: cases, their history, takedown requests, deadlines, RDAP answers, dismissals (issue 7)
    """
    CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        finding_id TEXT NOT NULL UNIQUE REFERENCES findings(id),
        status TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        opened_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_checked_at TEXT,
        last_check TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX cases_status ON cases(status);
    CREATE TABLE case_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT NOT NULL REFERENCES cases(id),
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        from_status TEXT,
        to_status TEXT,
        reference TEXT NOT NULL DEFAULT '',
        ledger_seq INTEGER
    );
    CREATE INDEX case_events_case ON case_events(case_id, id);
    CREATE TABLE takedown_requests (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        recipient TEXT NOT NULL,
        format TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sender TEXT NOT NULL,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX takedown_requests_case ON takedown_requests(case_id);
    CREATE TABLE case_deadlines (
        case_id TEXT NOT NULL REFERENCES cases(id),
        request_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        due_at TEXT NOT NULL,
        label TEXT NOT NULL,
        PRIMARY KEY (request_id, kind)
    );
    CREATE INDEX case_deadlines_due ON case_deadlines(due_at);
    CREATE TABLE rdap_snapshots (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT NOT NULL REFERENCES cases(id),
        query TEXT NOT NULL,
        server TEXT NOT NULL,
        queried_at TEXT NOT NULL,
        status INTEGER NOT NULL,
        body TEXT NOT NULL,
        sha256 TEXT NOT NULL
    );
    CREATE INDEX rdap_snapshots_case ON rdap_snapshots(case_id);
    CREATE TABLE dismissals (
        finding_id TEXT PRIMARY KEY REFERENCES findings(id),
        url TEXT NOT NULL,
        text_key TEXT NOT NULL,
        at TEXT NOT NULL
    )
    """,
    # 4: the hash of a page's extracted text, so a page whose bytes change on every request
    # (tokens, timestamps) but whose words do not is not reported or captured again
    """
    ALTER TABLE findings ADD COLUMN text_sha256 TEXT NOT NULL DEFAULT ''
    """,
]


def iso(dt: datetime) -> str:
    """UTC ISO-8601 with seconds, the one time format stored."""
    return dt.astimezone(UTC).isoformat(timespec="seconds")


def parse_iso(value: str) -> datetime:
    return datetime.fromisoformat(value)


@dataclass(frozen=True)
class PageState:
    url: str
    sha256: str
    etag: str | None
    last_modified: str | None
    status: int


@dataclass(frozen=True)
class RunRecord:
    id: int
    started_at: datetime
    finished_at: datetime | None
    status: str
    exit_code: int | None
    summary: str


@dataclass(frozen=True)
class EvidenceRecord:
    id: str
    finding_id: str
    finding_version: int
    kind: str
    created_at: datetime
    url: str
    sha256: str
    path: str
    detail: str


@dataclass(frozen=True)
class DigestRecord:
    """One digest written (a run's, or one made by ``repwatch digest``)."""

    id: int
    run_id: int | None
    created_at: datetime
    kind: str  # run | manual
    stem: str  # files' path under reports/ without the suffix
    findings: int
    worst: str
    summary: str


@dataclass(frozen=True)
class OutboxMessage:
    """One per-recipient digest email; ``path`` is its .eml under reports/."""

    message_id: str
    recipient: str
    subject: str
    path: str
    findings: int
    created_at: datetime
    digest_id: int = 0
    status: str = "queued"  # queued | sent
    attempts: int = 0
    last_error: str = ""
    sent_at: datetime | None = None


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    @classmethod
    def open(cls, reports_dir: Path) -> Store:
        return cls(reports_dir / "repwatch.db")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of it lands or none of it does."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def _migrate(self) -> None:
        done = self.db.execute("PRAGMA user_version").fetchone()[0]
        for number, script in enumerate(MIGRATIONS[done:], start=done + 1):
            with self.tx() as db:
                for statement in script.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    # ------------------------------------------------------------------ runs

    def begin_run(self, now: datetime) -> int:
        with self.tx() as db:
            # A run that never finished (killed) is marked so; its work is redone next time.
            db.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            cur = db.execute("INSERT INTO runs (started_at) VALUES (?)", (iso(now),))
        return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, now: datetime, exit_code: int, summary: str) -> None:
        with self.tx() as db:
            db.execute(
                "UPDATE runs SET finished_at = ?, status = ?, exit_code = ?, summary = ? "
                "WHERE id = ?",
                (iso(now), "ok" if exit_code == 0 else "failed", exit_code, summary, run_id),
            )

    def get_run(self, run_id: int) -> RunRecord | None:
        row = self.db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        return _run(row) if row else None

    def last_successful_run(self, before: int | None = None) -> RunRecord | None:
        row = self.db.execute(
            "SELECT * FROM runs WHERE finished_at IS NOT NULL AND id < ? ORDER BY id DESC LIMIT 1",
            (before if before is not None else 2**62,),
        ).fetchone()
        return _run(row) if row else None

    def latest_run(self) -> RunRecord | None:
        row = self.db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        return _run(row) if row else None

    # ------------------------------------------------------------------ pages

    def page_states(self) -> dict[str, PageState]:
        rows = self.db.execute("SELECT url, sha256, etag, last_modified, status FROM pages")
        return {
            r["url"]: PageState(r["url"], r["sha256"], r["etag"], r["last_modified"], r["status"])
            for r in rows
        }

    def page_state(self, url: str) -> PageState | None:
        r = self.db.execute(
            "SELECT url, sha256, etag, last_modified, status FROM pages WHERE url = ?", (url,)
        ).fetchone()
        return (
            PageState(r["url"], r["sha256"], r["etag"], r["last_modified"], r["status"])
            if r
            else None
        )

    def record_fetch(self, run_id: int, page: FetchedPage, title: str = "") -> None:
        """Log the exchange; update the page's latest state unless it was an error or a 304."""
        with self.tx() as db:
            db.execute(
                "INSERT INTO fetches (run_id, url, final_url, status, fetched_at, sha256, source, "
                "error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    run_id,
                    page.url,
                    page.final_url,
                    page.status,
                    iso(page.fetched_at),
                    page.sha256,
                    page.source,
                    page.error,
                ),
            )
            if page.error or page.status == 304:
                db.execute("UPDATE pages SET last_run = ? WHERE url = ?", (run_id, page.url))
                return
            db.execute(
                "INSERT INTO pages (url, final_url, status, fetched_at, sha256, content_type, "
                "etag, "
                "last_modified, ip_address, title, source, source_kind, last_run) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (url) DO UPDATE SET final_url = excluded.final_url, "
                "status = excluded.status, fetched_at = excluded.fetched_at, "
                "sha256 = excluded.sha256, content_type = excluded.content_type, "
                "etag = excluded.etag, last_modified = excluded.last_modified, "
                "ip_address = excluded.ip_address, title = excluded.title, "
                "source = excluded.source, source_kind = excluded.source_kind, "
                "last_run = excluded.last_run",
                (
                    page.url,
                    page.final_url,
                    page.status,
                    iso(page.fetched_at),
                    page.sha256,
                    page.content_type,
                    page.etag,
                    page.last_modified,
                    page.ip_address,
                    title,
                    page.source,
                    str(page.source_kind),
                    run_id,
                ),
            )

    def fetch_count(self, run_id: int) -> int:
        return int(
            self.db.execute("SELECT COUNT(*) FROM fetches WHERE run_id = ?", (run_id,)).fetchone()[
                0
            ]
        )

    # ------------------------------------------------------------------ findings

    def save_findings(
        self,
        run_id: int,
        page: FetchedPage,
        title: str,
        mentions: list[tuple[str, str, Mention]],
        text_sha256: str = "",
    ) -> list[Finding]:
        """Insert or update the findings of one page; return those that are new or changed.

        ``mentions`` holds ``(finding_id, subject_name, mention)``. A finding whose page
        content changed gets a new version (so it is digested and captured again); a page whose
        bytes changed but whose extracted text (``text_sha256``) did not is not a change.
        """
        changed: list[str] = []
        now = iso(page.fetched_at)
        with self.tx() as db:
            for fid, subject_name, m in mentions:
                row = db.execute(
                    "SELECT page_sha256, text_sha256, version, state FROM findings WHERE id = ?",
                    (fid,),
                ).fetchone()
                values = (
                    m.matched,
                    m.start,
                    m.end,
                    m.score,
                    m.variant,
                    m.reason,
                    ",".join(m.categories),
                    str(m.severity),
                    m.snippet,
                    title,
                    int(m.url_only),
                    page.source,
                    str(page.source_kind),
                    now,
                    page.sha256,
                )
                if row is None:
                    db.execute(
                        "INSERT INTO findings (matched, start_offset, end_offset, score, variant, "
                        "reason, categories, severity, snippet, title, url_only, source, "
                        "source_kind, last_seen, page_sha256, id, url, subject, subject_name, "
                        "first_seen, changed_run, text_sha256) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (*values, fid, page.url, m.subject, subject_name, now, run_id, text_sha256),
                    )
                    changed.append(fid)
                elif row["page_sha256"] != page.sha256 and not (
                    text_sha256 and row["text_sha256"] == text_sha256
                ):
                    db.execute(
                        "UPDATE findings SET matched = ?, start_offset = ?, end_offset = ?, "
                        "score = ?, variant = ?, reason = ?, categories = ?, severity = ?, "
                        "snippet = ?, title = ?, url_only = ?, source = ?, source_kind = ?, "
                        "last_seen = ?, page_sha256 = ?, version = version + 1, changed_run = ?, "
                        "text_sha256 = ? WHERE id = ?",
                        (*values, run_id, text_sha256, fid),
                    )
                    if row["state"] != "dismissed" or self._lift_dismissal(db, fid, m):
                        changed.append(fid)
                else:
                    db.execute("UPDATE findings SET last_seen = ? WHERE id = ?", (now, fid))
        return [f for fid in changed if (f := self.get_finding(fid)) is not None]

    def get_finding(self, finding_id: str) -> Finding | None:
        row = self.db.execute("SELECT * FROM findings WHERE id = ?", (finding_id,)).fetchone()
        return self._finding(row) if row else None

    def findings(self, where: str = "1 = 1", params: tuple[object, ...] = ()) -> list[Finding]:
        rows = self.db.execute(
            f"SELECT * FROM findings WHERE {where} ORDER BY first_seen, id", params
        )
        return [self._finding(r) for r in rows]

    def undigested_findings(self) -> list[Finding]:
        """Findings whose current version has not been in a digest yet (nothing repeats)."""
        return self.findings("version > digested_version AND state = 'active'")

    def mark_digested(self, finding_ids: list[str]) -> None:
        with self.tx() as db:
            db.executemany(
                "UPDATE findings SET digested_version = version WHERE id = ?",
                [(f,) for f in finding_ids],
            )

    def finding_version(self, finding_id: str) -> int:
        row = self.db.execute("SELECT version FROM findings WHERE id = ?", (finding_id,)).fetchone()
        return int(row[0]) if row else 0

    def _finding(self, row: sqlite3.Row) -> Finding:
        evidence = {}
        ev = self.db.execute(
            "SELECT * FROM evidence WHERE finding_id = ? AND finding_version = ? "
            "ORDER BY created_at, id",
            (row["id"], row["version"]),
        ).fetchall()
        for e in ev:
            evidence[f"{e['kind']}_id"] = e["id"]
            evidence[f"{e['kind']}_sha256"] = e["sha256"]
            evidence[f"{e['kind']}_path"] = e["path"]
            if e["detail"]:
                evidence[f"{e['kind']}_detail"] = e["detail"]
        return Finding(
            id=row["id"],
            url=row["url"],
            subject=row["subject"],
            subject_name=row["subject_name"],
            matched=row["matched"],
            start=row["start_offset"],
            end=row["end_offset"],
            score=row["score"],
            variant=row["variant"],
            reason=row["reason"],
            categories=tuple(Category(c) for c in row["categories"].split(",") if c),
            severity=Severity(row["severity"]),
            snippet=row["snippet"],
            first_seen=parse_iso(row["first_seen"]),
            last_seen=parse_iso(row["last_seen"]),
            page_sha256=row["page_sha256"],
            source=row["source"],
            source_kind=SourceKind(row["source_kind"]),
            title=row["title"],
            url_only=bool(row["url_only"]),
            evidence=evidence,
        )

    # ------------------------------------------------------------------ evidence

    def add_evidence(self, record: EvidenceRecord) -> None:
        with self.tx() as db:
            db.execute(
                "INSERT INTO evidence (id, finding_id, finding_version, kind, created_at, url, "
                "sha256, path, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET detail = excluded.detail",
                (
                    record.id,
                    record.finding_id,
                    record.finding_version,
                    record.kind,
                    iso(record.created_at),
                    record.url,
                    record.sha256,
                    record.path,
                    record.detail,
                ),
            )

    def evidence_for(self, finding_id: str) -> list[EvidenceRecord]:
        rows = self.db.execute(
            "SELECT * FROM evidence WHERE finding_id = ? ORDER BY created_at, id", (finding_id,)
        )
        return [
            EvidenceRecord(
                r["id"],
                r["finding_id"],
                r["finding_version"],
                r["kind"],
                parse_iso(r["created_at"]),
                r["url"],
                r["sha256"],
                r["path"],
                r["detail"],
            )
            for r in rows
        ]

    def has_evidence(self, finding_id: str, version: int, kind: str) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM evidence WHERE finding_id = ? AND finding_version = ? AND kind = ?",
                (finding_id, version, kind),
            ).fetchone()
            is not None
        )

    def delete_evidence(self, evidence_ids: list[str]) -> None:
        """Forget evidence records whose files retention deleted (repwatch.ops)."""
        with self.tx() as db:
            db.executemany("DELETE FROM evidence WHERE id = ?", [(i,) for i in evidence_ids])

    # ------------------------------------------------------------------ sources and budgets

    def record_source(self, run_id: int, report: SourceReport) -> None:
        with self.tx() as db:
            db.execute(
                "INSERT INTO source_runs (run_id, name, kind, state, detail, pages, candidates, "
                "reset_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (run_id, kind, name) DO UPDATE SET state = excluded.state, "
                "detail = excluded.detail, pages = excluded.pages, "
                "candidates = excluded.candidates, reset_at = excluded.reset_at",
                (
                    run_id,
                    report.name,
                    str(report.kind),
                    str(report.state),
                    report.detail,
                    report.pages,
                    report.candidates,
                    iso(report.reset_at) if report.reset_at else None,
                ),
            )

    def source_reports(self, run_id: int) -> list[SourceReport]:
        rows = self.db.execute(
            "SELECT * FROM source_runs WHERE run_id = ? ORDER BY kind, name", (run_id,)
        )
        return [
            SourceReport(
                r["name"],
                SourceKind(r["kind"]),
                SourceState(r["state"]),
                r["detail"],
                r["pages"],
                r["candidates"],
                parse_iso(r["reset_at"]) if r["reset_at"] else None,
            )
            for r in rows
        ]

    def record_api_call(self, source: str, at: datetime, status: int) -> None:
        with self.tx() as db:
            db.execute(
                "INSERT INTO api_calls (source, at, status) VALUES (?, ?, ?)",
                (source, iso(at), status),
            )

    def api_calls_since(self, source: str, since: datetime) -> int:
        return int(
            self.db.execute(
                "SELECT COUNT(*) FROM api_calls WHERE source = ? AND at >= ?", (source, iso(since))
            ).fetchone()[0]
        )

    # ------------------------------------------------------------------ digests and outbox

    def findings_changed_since(self, since: datetime) -> list[Finding]:
        """Active findings first seen, or whose page changed, at or after ``since``."""
        return self.findings(
            "state = 'active' AND (first_seen >= ? OR changed_run IN "
            "(SELECT id FROM runs WHERE started_at >= ?))",
            (iso(since), iso(since)),
        )

    def finding_dates(self, since: datetime) -> list[tuple[str, Severity, datetime]]:
        """``(subject, severity, first_seen)`` of active findings first seen since ``since``."""
        rows = self.db.execute(
            "SELECT subject, severity, first_seen FROM findings "
            "WHERE state = 'active' AND first_seen >= ?",
            (iso(since),),
        )
        return [(r[0], Severity(r[1]), parse_iso(r[2])) for r in rows]

    def record_digest(
        self,
        *,
        run_id: int | None,
        created_at: datetime,
        kind: str,
        stem: str,
        summary: str,
        worst: str,
        findings: list[Finding],
        messages: list[OutboxMessage],
        mark_digested: bool,
    ) -> int:
        """Record a written digest, queue its messages and (optionally) mark its findings
        digested, all in one transaction: a finding is never marked without its digest being
        on disk and its mail in the outbox, and never queued twice."""
        with self.tx() as db:
            cur = db.execute(
                "INSERT INTO digests (run_id, created_at, kind, stem, findings, worst, summary) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (run_id, iso(created_at), kind, stem, len(findings), worst, summary),
            )
            digest_id = int(cur.lastrowid or 0)
            db.executemany(
                "INSERT INTO digest_findings (digest_id, finding_id, finding_version) "
                "SELECT ?, id, version FROM findings WHERE id = ?",
                [(digest_id, f.id) for f in findings],
            )
            db.executemany(
                "INSERT INTO outbox (message_id, digest_id, recipient, subject, path, findings, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        m.message_id,
                        digest_id,
                        m.recipient,
                        m.subject,
                        m.path,
                        m.findings,
                        iso(m.created_at),
                    )
                    for m in messages
                ],
            )
            if mark_digested:
                db.executemany(
                    "UPDATE findings SET digested_version = version WHERE id = ?",
                    [(f.id,) for f in findings],
                )
        return digest_id

    def digests(self, limit: int = 100) -> list[DigestRecord]:
        rows = self.db.execute("SELECT * FROM digests ORDER BY id DESC LIMIT ?", (limit,))
        return [
            DigestRecord(
                r["id"],
                r["run_id"],
                parse_iso(r["created_at"]),
                r["kind"],
                r["stem"],
                r["findings"],
                r["worst"],
                r["summary"],
            )
            for r in rows
        ]

    def last_digest_at(self) -> datetime | None:
        row = self.db.execute("SELECT MAX(created_at) FROM digests").fetchone()
        return parse_iso(row[0]) if row and row[0] else None

    def outbox(
        self, status: str | None = None, digest_id: int | None = None
    ) -> list[OutboxMessage]:
        """Messages, oldest first; ``status="queued"`` is what still has to be sent."""
        rows = self.db.execute(
            "SELECT * FROM outbox WHERE (? IS NULL OR status = ?) AND (? IS NULL OR digest_id = ?) "
            "ORDER BY created_at, message_id",
            (status, status, digest_id, digest_id),
        )
        return [
            OutboxMessage(
                r["message_id"],
                r["recipient"],
                r["subject"],
                r["path"],
                r["findings"],
                parse_iso(r["created_at"]),
                r["digest_id"],
                r["status"],
                r["attempts"],
                r["last_error"],
                parse_iso(r["sent_at"]) if r["sent_at"] else None,
            )
            for r in rows
        ]

    def mark_sent(self, message_id: str, at: datetime) -> bool:
        """Record the server's acceptance; False if it was already recorded as sent."""
        with self.tx() as db:
            cur = db.execute(
                "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, "
                "last_attempt = ?, last_error = '' WHERE message_id = ? AND status = 'queued'",
                (iso(at), iso(at), message_id),
            )
        return cur.rowcount == 1

    def mark_send_failed(self, message_id: str, at: datetime, error: str) -> None:
        with self.tx() as db:
            db.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_attempt = ?, last_error = ? "
                "WHERE message_id = ? AND status = 'queued'",
                (iso(at), error[:500], message_id),
            )

    # ------------------------------------------------------------------ cases (issue 7)

    def open_case(self, case: Case, event: CaseEvent) -> tuple[Case, bool]:
        """Insert ``case`` unless its finding has one already; return the case and if it is new."""
        with self.tx() as db:
            row = db.execute(
                "SELECT * FROM cases WHERE finding_id = ?", (case.finding_id,)
            ).fetchone()
            if row is not None:
                return _case(row), False
            db.execute(
                "INSERT INTO cases (id, finding_id, status, owner, opened_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    case.id,
                    case.finding_id,
                    str(case.status),
                    case.owner,
                    iso(case.opened_at),
                    iso(case.updated_at),
                ),
            )
            _insert_event(db, event)
        return case, True

    def get_case(self, case_id: str) -> Case | None:
        row = self.db.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
        return _case(row) if row else None

    def case_for_finding(self, finding_id: str) -> Case | None:
        row = self.db.execute("SELECT * FROM cases WHERE finding_id = ?", (finding_id,)).fetchone()
        return _case(row) if row else None

    def cases(self, statuses: tuple[CaseStatus, ...] | None = None) -> list[Case]:
        """Cases oldest first; only those in ``statuses`` when given."""
        if statuses is None:
            rows = self.db.execute("SELECT * FROM cases ORDER BY opened_at, id")
        else:
            marks = ", ".join("?" for _ in statuses) or "NULL"
            rows = self.db.execute(
                f"SELECT * FROM cases WHERE status IN ({marks}) ORDER BY opened_at, id",
                tuple(str(s) for s in statuses),
            )
        return [_case(r) for r in rows]

    def set_case_status(self, event: CaseEvent, *, dismiss_key: str = "") -> None:
        """Move a case to ``event.to_status`` and append ``event``, in one transaction.

        Dismissing marks the finding ``dismissed`` and remembers ``dismiss_key`` (its text), so
        later runs do not report the same URL and text again; leaving ``dismissed`` undoes both.
        """
        assert event.to_status is not None
        with self.tx() as db:
            db.execute(
                "UPDATE cases SET status = ?, updated_at = ? WHERE id = ?",
                (str(event.to_status), iso(event.at), event.case_id),
            )
            fid = db.execute(
                "SELECT finding_id FROM cases WHERE id = ?", (event.case_id,)
            ).fetchone()[0]
            if event.to_status == CaseStatus.DISMISSED:
                db.execute("UPDATE findings SET state = 'dismissed' WHERE id = ?", (fid,))
                db.execute(
                    "INSERT INTO dismissals (finding_id, url, text_key, at) "
                    "SELECT id, url, ?, ? FROM findings WHERE id = ? "
                    "ON CONFLICT (finding_id) DO UPDATE SET text_key = excluded.text_key, "
                    "at = excluded.at",
                    (dismiss_key, iso(event.at), fid),
                )
            elif event.from_status == CaseStatus.DISMISSED:
                db.execute("UPDATE findings SET state = 'active' WHERE id = ?", (fid,))
                db.execute("DELETE FROM dismissals WHERE finding_id = ?", (fid,))
            _insert_event(db, event)

    def add_case_event(self, event: CaseEvent) -> None:
        with self.tx() as db:
            _insert_event(db, event)

    def case_events(self, case_id: str) -> list[CaseEvent]:
        rows = self.db.execute(
            "SELECT * FROM case_events WHERE case_id = ? ORDER BY id", (case_id,)
        )
        return [
            CaseEvent(
                r["case_id"],
                parse_iso(r["at"]),
                r["who"],
                r["action"],
                r["note"],
                CaseStatus(r["from_status"]) if r["from_status"] else None,
                CaseStatus(r["to_status"]) if r["to_status"] else None,
                r["reference"],
                r["ledger_seq"],
            )
            for r in rows
        ]

    def record_case_check(self, case_id: str, at: datetime, outcome: str) -> None:
        with self.tx() as db:
            db.execute(
                "UPDATE cases SET last_checked_at = ?, last_check = ? WHERE id = ?",
                (iso(at), outcome, case_id),
            )

    def add_takedown_request(
        self, request: TakedownRequest, deadlines: list[Deadline], event: CaseEvent
    ) -> None:
        with self.tx() as db:
            db.execute(
                "INSERT INTO takedown_requests (id, case_id, recipient, format, created_at, "
                "sender, path, sha256, subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    request.id,
                    request.case_id,
                    str(request.recipient),
                    request.format,
                    iso(request.created_at),
                    request.sender,
                    request.path,
                    request.sha256,
                    request.subject,
                ),
            )
            db.executemany(
                "INSERT INTO case_deadlines (case_id, request_id, kind, due_at, label) "
                "VALUES (?, ?, ?, ?, ?)",
                [(d.case_id, d.request_id, d.kind, iso(d.due), d.label) for d in deadlines],
            )
            _insert_event(db, event)

    def takedown_requests(self, case_id: str) -> list[TakedownRequest]:
        rows = self.db.execute(
            "SELECT * FROM takedown_requests WHERE case_id = ? ORDER BY created_at, id",
            (case_id,),
        )
        return [
            TakedownRequest(
                r["id"],
                r["case_id"],
                Recipient(r["recipient"]),
                r["format"],
                parse_iso(r["created_at"]),
                r["sender"],
                r["path"],
                r["sha256"],
                r["subject"],
            )
            for r in rows
        ]

    def deadlines(self, case_id: str | None = None) -> list[Deadline]:
        rows = self.db.execute(
            "SELECT * FROM case_deadlines WHERE (? IS NULL OR case_id = ?) "
            "ORDER BY due_at, request_id, kind",
            (case_id, case_id),
        )
        return [
            Deadline(r["case_id"], r["request_id"], r["kind"], parse_iso(r["due_at"]), r["label"])
            for r in rows
        ]

    def add_rdap_snapshot(self, snapshot: RdapSnapshot) -> None:
        with self.tx() as db:
            db.execute(
                "INSERT INTO rdap_snapshots (case_id, query, server, queried_at, status, body, "
                "sha256) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    snapshot.case_id,
                    snapshot.query,
                    snapshot.server,
                    iso(snapshot.queried_at),
                    snapshot.status,
                    snapshot.body,
                    snapshot.sha256,
                ),
            )

    def rdap_snapshots(self, case_id: str) -> list[RdapSnapshot]:
        rows = self.db.execute(
            "SELECT * FROM rdap_snapshots WHERE case_id = ? ORDER BY id", (case_id,)
        )
        return [
            RdapSnapshot(
                r["case_id"],
                r["query"],
                r["server"],
                parse_iso(r["queried_at"]),
                r["status"],
                r["body"],
                r["sha256"],
            )
            for r in rows
        ]

    def finding_state(self, finding_id: str) -> str:
        """``active`` or ``dismissed`` (empty for an unknown id)."""
        row = self.db.execute("SELECT state FROM findings WHERE id = ?", (finding_id,)).fetchone()
        return str(row[0]) if row else ""

    def _lift_dismissal(self, db: sqlite3.Connection, finding_id: str, mention: Mention) -> bool:
        """A dismissed finding whose text changed is active again (a new text is a new concern);
        the same text on a changed page stays dismissed."""
        row = db.execute(
            "SELECT text_key FROM dismissals WHERE finding_id = ?", (finding_id,)
        ).fetchone()
        if row is not None and row[0] == dismissal_key(mention.matched, mention.snippet):
            return False
        db.execute("UPDATE findings SET state = 'active' WHERE id = ?", (finding_id,))
        db.execute("DELETE FROM dismissals WHERE finding_id = ?", (finding_id,))
        return True


@dataclass(frozen=True)
class RdapSnapshot:
    """One raw RDAP answer kept on a case (``query`` is e.g. ``domain example.org``)."""

    case_id: str
    query: str
    server: str
    queried_at: datetime
    status: int
    body: str
    sha256: str


DISMISSAL_CONTEXT = 80  # characters either side of the match that make "the same text"


def dismissal_key(matched: str, snippet: str) -> str:
    """What "the same text" means for a dismissal: the match and its nearby words, with case
    and spacing ignored, so an edit elsewhere on the page does not bring it back."""
    norm = " ".join(snippet.split()).casefold()
    needle = " ".join(matched.split()).casefold()
    at = norm.find(needle) if needle else -1
    if at >= 0:
        norm = norm[max(0, at - DISMISSAL_CONTEXT) : at + len(needle) + DISMISSAL_CONTEXT]
    return hashlib.sha256(f"{needle}\n{norm}".encode()).hexdigest()


def _insert_event(db: sqlite3.Connection, event: CaseEvent) -> None:
    db.execute(
        "INSERT INTO case_events (case_id, at, who, action, note, from_status, to_status, "
        "reference, ledger_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event.case_id,
            iso(event.at),
            event.who,
            event.action,
            event.note,
            str(event.from_status) if event.from_status else None,
            str(event.to_status) if event.to_status else None,
            event.reference,
            event.ledger_seq,
        ),
    )


def _case(row: sqlite3.Row) -> Case:
    return Case(
        row["id"],
        row["finding_id"],
        CaseStatus(row["status"]),
        row["owner"],
        parse_iso(row["opened_at"]),
        parse_iso(row["updated_at"]),
        parse_iso(row["last_checked_at"]) if row["last_checked_at"] else None,
        row["last_check"],
    )


def _run(row: sqlite3.Row) -> RunRecord:
    return RunRecord(
        row["id"],
        parse_iso(row["started_at"]),
        parse_iso(row["finished_at"]) if row["finished_at"] else None,
        row["status"],
        row["exit_code"],
        row["summary"],
    )
