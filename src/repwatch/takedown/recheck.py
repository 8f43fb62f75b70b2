"""Is the material still there? Re-fetch open cases' URLs and close the loop with proof.

``recheck`` runs in every ``repwatch run`` (after matching, before the digest) and on its own as
``repwatch recheck``. For each open case it fetches the URL afresh, hop by hop with httpx, each
hop checked by :mod:`repwatch.netguard` (the evidence package's :class:`Fetcher`), and decides:

- **gone**: HTTP 404, 410 or 451; or the matched text is no longer on the page, whether the
  page changed in place or redirected away. The case becomes ``removed`` and the page *as it is
  now* is kept as proof: a WARC 1.1 of the exchange (with the server's IP) and the raw bytes of
  the final response, each hashed, stored as a ``removal`` evidence record and a ledger line;
- **live**: the text is still there; the check is noted on the case;
- **unknown**: unreachable, blocked or a server error; nothing changes (a site that is down is
  not proof of removal).

A URL-only finding (a possible indecent image of a child) is judged by status and redirect
only, and no body bytes are kept. :func:`reminders` lists open cases still live past a deadline
for the digest.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rapidfuzz import fuzz

from repwatch import __version__
from repwatch.config import Watchlist
from repwatch.evidence.files import private_dir, sha256_bytes, write_once
from repwatch.evidence.warc import CaptureInfo, Exchange, Fetcher, write_warc
from repwatch.models import Case, CaseStatus, Finding, Reminder
from repwatch.store import EvidenceRecord, Store, iso
from repwatch.takedown import cases
from repwatch.text import extract

GONE_STATUSES = frozenset({404, 410, 451})
SAME_TEXT = 90  # rapidfuzz partial_ratio at or above which the quoted text is still there
OPERATOR = "automated monitor (recheck)"


@dataclass(frozen=True)
class RecheckOutcome:
    case_id: str
    url: str
    state: str  # gone | live | unknown | skipped
    detail: str
    evidence_id: str = ""


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def still_there(finding: Finding, page_text: str) -> bool:
    """Is the finding's text on the page? The match itself must be there, and the words
    around it (the snippet) must still be recognisably present."""
    text = _norm(page_text)
    if _norm(finding.matched) not in text:
        return False
    core = _norm(" ".join(finding.snippet.split()[1:-1]))  # drop the window's cut words
    if not core or core in text:
        return True
    return fuzz.partial_ratio(core, text) >= SAME_TEXT


def judge(finding: Finding, exchange: Exchange) -> tuple[str, str]:
    """``(state, detail)`` for one re-fetch."""
    final = exchange.final
    if final is None or exchange.error:
        return "unknown", exchange.error or "no response"
    if final.status in GONE_STATUSES:
        return "gone", f"HTTP {final.status}"
    if final.status >= 500 or final.status in (401, 403, 429):
        return "unknown", f"HTTP {final.status}"
    moved = exchange.final_url != finding.url
    if finding.url_only:
        # Never look inside: only the address and the status speak.
        if moved:
            return "gone", f"redirected away to {exchange.final_url}"
        return "live", f"HTTP {final.status}"
    body = final.decoded_body()
    text = extract(body, final.header("content-type")).text if body else ""
    if still_there(finding, text):
        return "live", f"HTTP {final.status}, text still present"
    if moved:
        return "gone", f"redirected away to {exchange.final_url}; the text is not there"
    return "gone", f"HTTP {final.status}, the text is no longer on the page"


def _proof(
    watchlist: Watchlist,
    store: Store,
    reports_dir: Path,
    finding: Finding,
    exchange: Exchange,
    started: datetime,
    finished: datetime,
    detail: str,
) -> EvidenceRecord:
    """Keep the page as it is now: WARC, raw final body, and a manifest; all write-once."""
    rid = "V" + sha256_bytes(f"{finding.id}:{iso(started)}:{uuid.uuid4()}".encode())[:20]
    folder = private_dir(reports_dir / "evidence" / "removals" / rid)
    rel = f"evidence/removals/{rid}"
    info = CaptureInfo(
        capture_id=rid,
        finding_id=finding.id,
        started=started,
        finished=finished,
        user_agent=watchlist.crawl.user_agent,
        viewport=(0, 0),
        tools={"repwatch": __version__},
        operator=OPERATOR,
        extra={"purpose": "proof of removal", "judgement": detail},
    )
    warc = write_warc(
        f"{rid}.warc.gz",
        exchange,
        info,
        screenshot=None,
        text=None,
        keep_bodies=not finding.url_only,
    )
    artefacts: dict[str, dict[str, object]] = {}

    def keep(name: str, suffix: str, data: bytes) -> None:
        write_once(folder / f"{rid}.{suffix}", data)
        artefacts[name] = {
            "path": f"{rel}/{rid}.{suffix}",
            "sha256": sha256_bytes(data),
            "bytes": len(data),
        }

    keep("warc", "warc.gz", warc.data)
    final = exchange.final
    if final is not None and not finding.url_only:
        keep("body", "body", final.body)
    manifest = {
        "removal_id": rid,
        "finding_id": finding.id,
        "requested_url": exchange.requested_url,
        "final_url": exchange.final_url,
        "http_status": final.status if final else None,
        "ip_address": final.ip if final else None,
        "redirects": [
            {"url": h.url, "status": h.status, "ip_address": h.ip} for h in exchange.hops
        ],
        "checked_start_utc": iso(started),
        "checked_end_utc": iso(finished),
        "judgement": detail,
        "url_only": finding.url_only,
        "artefacts": artefacts,
        "operator": OPERATOR,
    }
    data = json.dumps(manifest, indent=2, sort_keys=True).encode() + b"\n"
    keep_path = folder / f"{rid}.manifest.json"
    write_once(keep_path, data)
    return EvidenceRecord(
        rid,
        finding.id,
        store.finding_version(finding.id),
        "removal",
        started,
        finding.url,
        sha256_bytes(data),
        f"{rel}/{rid}.manifest.json",
        detail,
    )


def recheck(
    watchlist: Watchlist,
    store: Store,
    reports_dir: Path,
    now: datetime,
    *,
    seen_since: datetime | None = None,
    fetcher: Fetcher | None = None,
    who: str = cases.SYSTEM,
) -> list[RecheckOutcome]:
    """Re-fetch every open case's URL; mark the gone ones removed, with proof.

    ``seen_since``: skip cases whose finding the crawl matched at or after this moment (the
    run passes its start: that page was just seen live). ``now`` is the time recorded.
    """
    crawl = watchlist.crawl
    own = fetcher is None
    fetcher = fetcher or Fetcher(
        crawl.user_agent,
        crawl.timeout_seconds,
        crawl.max_redirects,
        crawl.max_response_bytes,
        crawl.allow_private_addresses,
    )
    outcomes = []
    try:
        for case in store.cases(tuple(s for s in CaseStatus if s.is_open)):
            finding = store.get_finding(case.finding_id)
            if finding is None:
                continue
            if seen_since is not None and finding.last_seen >= seen_since:
                outcomes.append(RecheckOutcome(case.id, finding.url, "skipped", "seen this run"))
                continue
            try:
                outcome = _one(watchlist, store, reports_dir, case, finding, fetcher, now, who)
            except Exception as exc:  # noqa: BLE001 - one case never stops the others
                outcome = RecheckOutcome(
                    case.id, finding.url, "unknown", f"{exc.__class__.__name__}: {exc}"
                )
            outcomes.append(outcome)
    finally:
        if own:
            fetcher.close()
    return outcomes


def _one(
    watchlist: Watchlist,
    store: Store,
    reports_dir: Path,
    case: Case,
    finding: Finding,
    fetcher: Fetcher,
    now: datetime,
    who: str,
) -> RecheckOutcome:
    exchange = fetcher.fetch(finding.url)
    state, detail = judge(finding, exchange)
    store.record_case_check(case.id, now, f"{state}: {detail}")
    if state != "gone":
        return RecheckOutcome(case.id, finding.url, state, detail)
    record = _proof(watchlist, store, reports_dir, finding, exchange, now, now, detail)
    store.add_evidence(record)
    cases.custody(
        reports_dir,
        {
            "type": "removal-proof",
            "case_id": case.id,
            "finding_id": finding.id,
            "removal_id": record.id,
            "url": finding.url,
            "manifest": record.path,
            "manifest_sha256": record.sha256,
            "judgement": detail,
        },
        now,
    )
    cases.set_status(
        store,
        reports_dir,
        case,
        CaseStatus.REMOVED,
        now,
        who=who,
        note=f"recheck: {detail}; proof {record.id} (SHA-256 {record.sha256})",
    )
    return RecheckOutcome(case.id, finding.url, state, detail, record.id)


def reminders(store: Store, now: datetime) -> list[Reminder]:
    """Open cases whose material was still live (or not yet rechecked) past a deadline.

    For the digest: one reminder per passed deadline, most overdue first. A case that the last
    recheck found gone is closed by then, so it never appears here.
    """
    out = []
    for deadline in store.deadlines():
        if deadline.due > now:
            continue
        case = store.get_case(deadline.case_id)
        if case is None or not case.status.is_open:
            continue
        finding = store.get_finding(case.finding_id)
        if finding is None:
            continue
        out.append(
            Reminder(
                case.id,
                finding.id,
                finding.url,
                finding.subject_name,
                case.status,
                deadline.due,
                deadline.kind,
                deadline.label,
                case.last_check,
            )
        )
    return sorted(out, key=lambda r: (r.due, r.case_id, r.kind))
