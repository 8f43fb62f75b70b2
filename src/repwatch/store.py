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

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from repwatch.models import (
    Category,
    FetchedPage,
    Finding,
    Mention,
    Severity,
    SourceKind,
    SourceReport,
    SourceState,
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
    ) -> list[Finding]:
        """Insert or update the findings of one page; return those that are new or changed.

        ``mentions`` holds ``(finding_id, subject_name, mention)``. A finding whose page
        content changed gets a new version (so it is digested and captured again).
        """
        changed: list[str] = []
        now = iso(page.fetched_at)
        with self.tx() as db:
            for fid, subject_name, m in mentions:
                row = db.execute(
                    "SELECT page_sha256, version, state FROM findings WHERE id = ?", (fid,)
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
                        "first_seen, changed_run) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (*values, fid, page.url, m.subject, subject_name, now, run_id),
                    )
                    changed.append(fid)
                elif row["page_sha256"] != page.sha256:
                    db.execute(
                        "UPDATE findings SET matched = ?, start_offset = ?, end_offset = ?, "
                        "score = ?, variant = ?, reason = ?, categories = ?, severity = ?, "
                        "snippet = ?, title = ?, url_only = ?, source = ?, source_kind = ?, "
                        "last_seen = ?, page_sha256 = ?, version = version + 1, changed_run = ? "
                        "WHERE id = ?",
                        (*values, run_id, fid),
                    )
                    if row["state"] != "dismissed":
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


def _run(row: sqlite3.Row) -> RunRecord:
    return RunRecord(
        row["id"],
        parse_iso(row["started_at"]),
        parse_iso(row["finished_at"]) if row["finished_at"] else None,
        row["status"],
        row["exit_code"],
        row["summary"],
    )
