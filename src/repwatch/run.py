"""One monitoring cycle, on one screen: discover → fetch → match → preserve → store → report.

``run_once`` is what ``repwatch run`` (and cron) calls. It composes the stages and owns the
order in which state is written so that a run killed at any point loses nothing: a page's new
hash is recorded only after its findings and their evidence are stored, so an interrupted page
is matched again next time, and a finding is marked digested only after its digest is written.
A failure on one source or page is recorded, reported in the digest and on stderr, and turns
the exit code to 1; it never stops the run.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from repwatch import ops
from repwatch.config import Watchlist
from repwatch.crawl import build_job, read_spool, run_crawl
from repwatch.digest import DigestFiles
from repwatch.digest import report as report_digest
from repwatch.evidence import PreserveJob, Preserver
from repwatch.matching import Matcher
from repwatch.models import (
    Candidate,
    FetchedPage,
    Finding,
    Mention,
    SourceKind,
    SourceReport,
    SourceState,
)
from repwatch.sources import discover
from repwatch.store import Store
from repwatch.text import Extracted, extract


def utcnow() -> datetime:
    return datetime.now(UTC)


def finding_id(url: str, subject: str) -> str:
    """Stable across runs and machines: the same page and subject is the same finding."""
    return "F" + hashlib.sha256(f"{url}\n{subject}".encode()).hexdigest()[:10]


@dataclass
class RunResult:
    run_id: int
    exit_code: int
    new_findings: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    digest: DigestFiles | None = None
    processed: set[str] = field(default_factory=set)  # finding ids matched in this run


@dataclass
class _SiteTally:
    ok: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)


def run_once(
    watchlist: Watchlist,
    *,
    now: Callable[[], datetime] = utcnow,
    env: Mapping[str, str] | None = None,
) -> RunResult:
    env = os.environ if env is None else env
    reports = watchlist.reports_dir
    reports.mkdir(parents=True, exist_ok=True)
    with Store.open(reports) as store:
        started = now()
        run_id = store.begin_run(started)
        result = RunResult(run_id, 0)
        previous = store.last_successful_run(before=run_id)

        # 1. Discover candidate URLs from search APIs and feeds.
        found = discover(
            watchlist, store, since=previous.started_at if previous else None, now=started, env=env
        )
        for report in found.reports:
            store.record_source(run_id, report)
            if report.state not in (SourceState.OK, SourceState.DEGRADED) and not _disabled(
                watchlist, report
            ):
                result.problems.append(
                    f"{report.kind} {report.name}: {report.state}: {report.detail}"
                )

        # 2. Fetch: crawl the sites and the candidates in a child process.
        spool = reports / "spool" / f"run-{run_id}"
        known = store.page_states()
        job = build_job(watchlist, spool, found.candidates, known)
        budget = watchlist.crawl.site_timeout_seconds + 120
        outcome = run_crawl(job, spool, timeout=budget, progress=ops.current().counter("crawling"))
        if outcome.returncode != 0:
            result.problems.append(
                f"crawler exited with {outcome.returncode}: {outcome.stderr_tail.strip()[-300:]}"
            )

        # 3-5. Match each page, store findings, preserve evidence for new or changed ones.
        matcher = Matcher(watchlist)
        tallies: dict[str, _SiteTally] = defaultdict(_SiteTally)
        candidates = {c.url: c for c in found.candidates}
        fetched_candidates: set[str] = set()
        pending = _Pending()
        with Preserver(watchlist, reports) as preserver:
            for page in ops.current().track(read_spool(spool), "matching and capture"):
                if pending.full():
                    _flush(store, preserver, run_id, pending, result)
                tally = tallies[page.source]
                if page.source_kind != SourceKind.SITE:
                    fetched_candidates.add(page.url)
                if page.error or page.status >= 400:
                    if page.error or page.status not in (404, 410):  # a dead link is no fault
                        tally.errors.append(f"{page.url}: {page.error or f'HTTP {page.status}'}")
                    store.record_fetch(run_id, page)
                    cand = candidates.get(page.url)
                    if cand is not None:
                        # Login wall or gone: keep what the provider said about it.
                        stand_in, text = _candidate_page(cand, page, spool)
                        _process(store, watchlist, matcher, run_id, stand_in, result, pending, text)
                    continue
                state = known.get(page.url)
                if page.status == 304 or (state is not None and state.sha256 == page.sha256):
                    tally.unchanged += 1
                    store.record_fetch(run_id, page)
                    continue
                tally.ok += 1
                _process(store, watchlist, matcher, run_id, page, result, pending)
            for url, cand in candidates.items():
                if url not in fetched_candidates:
                    page = FetchedPage(
                        url,
                        url,
                        0,
                        started,
                        "",
                        None,
                        source=cand.source,
                        source_kind=cand.source_kind,
                        error="not fetched",
                    )
                    stand_in, text = _candidate_page(cand, page, spool)
                    _process(store, watchlist, matcher, run_id, stand_in, result, pending, text)

            _flush(store, preserver, run_id, pending, result)
            # A capture that failed last time (no browser, a crash, a timeout) is retried
            # while its page is unchanged; a changed page was captured afresh above.
            _retry_captures(store, preserver, reports, result)

        for site in watchlist.sites:
            report = _site_report(site.name, tallies.get(site.name, _SiteTally()))
            store.record_source(run_id, report)
            if report.state != SourceState.OK:
                result.problems.append(f"site {site.name}: {report.state}: {report.detail}")

        # --- cases and recheck (issue 7; owned by takedown/): open cases for new critical or
        # high findings, reopen cases whose material came back, re-fetch open cases' URLs
        # (not those the crawl just saw) and mark gone ones removed, with proof.
        from repwatch.takedown import run_step as cases_step

        _, case_problems = cases_step(
            watchlist,
            store,
            reports,
            now(),
            new_findings=[f for fid in sorted(result.processed) if (f := store.get_finding(fid))],
            seen_since=started,
        )
        result.problems.extend(case_problems)
        # --- end of cases and recheck

        # 6-7. Report what is new since the last digest: files, per-recipient outbox, SMTP;
        # findings are marked digested in the same transaction that queues their mail, and a
        # failed delivery stays in the outbox for the next run (exit code 1).
        ops.pause_at("digest", reports)
        from repwatch.takedown import draft_for

        reported = report_digest(
            watchlist,
            store,
            run_id=run_id,
            started_at=started,
            problems=list(result.problems),
            now=now(),
            env=env,
            draft=draft_for(watchlist, store, reports, now()),
        )
        result.digest = reported.files
        result.problems.extend(reported.problems)
        undigested = reported.findings
        result.new_findings = undigested
        result.exit_code = 1 if result.problems else 0
        ops.pause_at("finish", reports)
        store.finish_run(
            run_id,
            now(),
            result.exit_code,
            f"{len(undigested)} new findings, {len(result.problems)} problems",
        )
        if result.exit_code == 0:
            shutil.rmtree(spool, ignore_errors=True)
        return result


@dataclass
class _Pending:
    """Matched pages whose evidence is still to be captured. A page's fetch (its new hash) is
    recorded only after its evidence, so a run killed in between matches it again."""

    jobs: list[PreserveJob] = field(default_factory=list)
    pages: list[tuple[FetchedPage, str]] = field(default_factory=list)

    def full(self) -> bool:
        return len(self.jobs) >= CAPTURE_BATCH


CAPTURE_BATCH = 8  # captures handed to the browser together, so two can render at once


def _process(
    store: Store,
    watchlist: Watchlist,
    matcher: Matcher,
    run_id: int,
    page: FetchedPage,
    result: RunResult,
    pending: _Pending,
    extracted: Extracted | None = None,
) -> None:
    """Match one page and store its findings; queue evidence for new or changed ones."""
    if extracted is None:
        body = Path(page.body_path).read_bytes() if page.body_path else b""
        extracted = extract(body, page.content_type)
    mentions: list[Mention] = matcher.scan(extracted.text, url=page.final_url or page.url)
    rows = [
        (finding_id(page.url, m.subject), watchlist.subject_name(m.subject), m) for m in mentions
    ]
    text_sha256 = hashlib.sha256(extracted.text.encode()).hexdigest()
    changed = {f.id for f in store.save_findings(run_id, page, extracted.title, rows, text_sha256)}
    queued = {job[0].id for job in pending.jobs}
    for fid, _, _ in rows:
        version = store.finding_version(fid)
        result.processed.add(fid)
        if fid in queued or store.finding_state(fid) == "dismissed":
            continue  # a dismissed false positive gets no evidence either
        if fid in changed or Preserver.capture_wanted(store.evidence_for(fid), version):
            finding = store.get_finding(fid)
            if finding is not None:
                body_path = Path(page.body_path) if page.body_path else None
                pending.jobs.append((finding, version, page, body_path))
    pending.pages.append((page, extracted.title))


def _flush(
    store: Store, preserver: Preserver, run_id: int, pending: _Pending, result: RunResult
) -> None:
    """Capture the queued evidence, store it, then record the queued pages' fetches."""
    ops.pause_at("match", preserver.reports_dir)
    incomplete: set[str] = set()
    for job, kept in zip(pending.jobs, preserver.preserve_many(pending.jobs), strict=True):
        for record in kept.records:
            store.add_evidence(record)
        result.problems.extend(kept.problems)
        if kept.problems:
            incomplete.add(job[2].url)
    ops.pause_at("capture", preserver.reports_dir)
    for page, title in pending.pages:
        # A page counts as seen only once its evidence is all on disk; otherwise (disk full,
        # the browser died) the next run fetches it afresh and preserves the crawler's bytes.
        seen = replace(page, error="evidence incomplete") if page.url in incomplete else page
        store.record_fetch(run_id, seen, title)
    pending.jobs.clear()
    pending.pages.clear()


def _retry_captures(store: Store, preserver: Preserver, reports: Path, result: RunResult) -> None:
    jobs: list[PreserveJob] = []
    for finding in store.findings("state = 'active'"):
        if finding.id in result.processed:
            continue
        version = store.finding_version(finding.id)
        if not Preserver.capture_wanted(store.evidence_for(finding.id), version):
            continue
        state = store.page_state(finding.url)
        page = FetchedPage(
            finding.url,
            finding.url,
            state.status if state else 0,
            finding.last_seen,
            finding.page_sha256,
            None,
        )
        body = reports / "evidence" / "raw" / f"{finding.page_sha256}.bin"
        jobs.append((finding, version, page, body if body.exists() else None))
    for _job, kept in zip(jobs, preserver.preserve_many(jobs), strict=True):
        for record in kept.records:
            store.add_evidence(record)
        result.problems.extend(kept.problems)


def _candidate_page(
    cand: Candidate, page: FetchedPage, spool: Path
) -> tuple[FetchedPage, Extracted]:
    """The provider's answer stands in for a page we could not fetch: its raw JSON/XML is the
    preserved body, and its title and snippet are the text that is matched."""
    raw = (cand.raw or f"{cand.title}\n{cand.snippet}").encode()
    sha = hashlib.sha256(raw).hexdigest()
    bodies = spool / "bodies"
    bodies.mkdir(parents=True, exist_ok=True)
    (bodies / sha).write_bytes(raw)
    stand_in = FetchedPage(
        url=page.url,
        final_url=page.final_url,
        status=page.status,
        fetched_at=page.fetched_at,
        sha256=sha,
        body_path=str(bodies / sha),
        content_type="application/json"
        if cand.raw.lstrip().startswith(("{", "["))
        else "text/plain",
        source=cand.source,
        source_kind=cand.source_kind,
        error=page.error,
    )
    return stand_in, Extracted(title=cand.title, text=f"{cand.title}\n\n{cand.snippet}")


def _disabled(watchlist: Watchlist, report: SourceReport) -> bool:
    """A source switched off with ``enabled = false`` is not a failure to tell cron about."""
    return report.state == SourceState.NOT_CONFIGURED and any(
        not s.enabled and report.name.startswith(s.label) for s in watchlist.search
    )


def _site_report(name: str, tally: _SiteTally) -> SourceReport:
    pages = tally.ok + tally.unchanged
    if pages == 0 and tally.errors:
        state = (
            SourceState.UNREACHABLE
            if all("HTTP" not in e for e in tally.errors)
            else SourceState.ERROR
        )
        return SourceReport(name, SourceKind.SITE, state, tally.errors[0], 0)
    if pages == 0:
        return SourceReport(
            name,
            SourceKind.SITE,
            SourceState.ERROR,
            "no page was fetched (robots.txt may forbid it, or the crawl failed)",
        )
    detail = f"{tally.ok} changed, {tally.unchanged} unchanged"
    if tally.errors:
        detail += f"; {len(tally.errors)} failed, e.g. {tally.errors[0]}"
        return SourceReport(name, SourceKind.SITE, SourceState.DEGRADED, detail, pages)
    return SourceReport(name, SourceKind.SITE, SourceState.OK, detail, pages)
