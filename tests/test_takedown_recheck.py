"""Recheck against a real local server from which a page is then removed (or edited, or
redirected away): the case becomes removed, with the page as it is now kept as proof."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from test_takedown_support import NOW, TAKEDOWN_TOML, Routes, add_finding, routes_server

from repwatch.config import Watchlist, load
from repwatch.evidence.ledger import Ledger
from repwatch.models import CaseStatus, Recipient
from repwatch.store import Store
from repwatch.takedown import cases, recheck, reminders, run_step
from repwatch.takedown.render import RequestOptions, make_request

POST = (
    "xx The SENCo has refused my son's plan again. I know where Priya Kaur lives and I know "
    "what car she drives. yy"
)


@pytest.fixture
def env(
    write_watchlist: Callable[..., Path],
) -> Iterator[tuple[Watchlist, Store, Path, Routes]]:
    watchlist = load(write_watchlist(TAKEDOWN_TOML))
    reports = watchlist.reports_dir
    with routes_server() as routes, Store.open(reports) as store:
        yield watchlist, store, reports, routes


def _open(store: Store, reports: Path, url: str, **kw: object) -> str:
    finding = add_finding(store, reports, url=url, snippet=POST, **kw)  # type: ignore[arg-type]
    return cases.open_case(store, reports, finding, NOW, owner="DSL").id


def test_removed_page_closes_the_case_with_proof(
    env: tuple[Watchlist, Store, Path, Routes],
) -> None:
    watchlist, store, reports, routes = env
    routes.html("/t/102", f"<p>Thread</p><p>{POST[3:-3]}</p><p>another reply</p>")
    case_id = _open(store, reports, routes.base + "/t/102")

    first = recheck(watchlist, store, reports, NOW + timedelta(hours=1))
    assert [(o.case_id, o.state) for o in first] == [(case_id, "live")]
    assert store.get_case(case_id).status == CaseStatus.NEW  # type: ignore[union-attr]

    routes.remove("/t/102")  # the site takes it down
    later = NOW + timedelta(days=2)
    second = recheck(watchlist, store, reports, later)
    assert [(o.state, o.detail) for o in second] == [("gone", "HTTP 404")]
    case = store.get_case(case_id)
    assert (
        case is not None
        and case.status == CaseStatus.REMOVED
        and case.last_check.startswith("gone")
    )
    proof = [e for e in store.evidence_for(case.finding_id) if e.kind == "removal"]
    assert len(proof) == 1 and proof[0].id == second[0].evidence_id
    manifest_bytes = (reports / proof[0].path).read_bytes()
    import hashlib

    assert hashlib.sha256(manifest_bytes).hexdigest() == proof[0].sha256
    manifest = json.loads(manifest_bytes)
    assert manifest["http_status"] == 404 and manifest["ip_address"] == "127.0.0.1"
    for art in manifest["artefacts"].values():
        assert hashlib.sha256((reports / art["path"]).read_bytes()).hexdigest() == art["sha256"]
    assert (reports / manifest["artefacts"]["body"]["path"]).read_bytes() == b"not found"
    # Ledger: the proof and the status change, signed and chained.
    ledger = Ledger(reports / "evidence")
    assert ledger.check() == []
    types = [e.type for e in ledger.entries()]
    assert types[-2:] == ["removal-proof", "case-status"]
    history = store.case_events(case_id)
    assert history[-1].to_status == CaseStatus.REMOVED and proof[0].id in history[-1].note
    # A removed case is not rechecked again.
    assert recheck(watchlist, store, reports, later + timedelta(days=1)) == []


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ("edit", "the text is no longer on the page"),
        ("redirect", "redirected away"),
    ],
)
def test_text_gone_or_redirected_away(
    env: tuple[Watchlist, Store, Path, Routes], change: str, detail: str
) -> None:
    watchlist, store, reports, routes = env
    routes.html("/t/1", f"<p>{POST[3:-3]}</p>")
    case_id = _open(store, reports, routes.base + "/t/1")
    if change == "edit":
        routes.html("/t/1", "<p>This post was removed by a moderator. Priya Kaur</p>")
    else:
        routes.set("/t/1", 302, location="/forum/")
        routes.html("/forum/", "<p>Welcome to the forum</p>")
    [outcome] = recheck(watchlist, store, reports, NOW + timedelta(days=1))
    assert outcome.state == "gone" and detail in outcome.detail
    assert store.get_case(case_id).status == CaseStatus.REMOVED  # type: ignore[union-attr]


def test_small_edits_elsewhere_keep_it_live_and_outages_change_nothing(
    env: tuple[Watchlist, Store, Path, Routes],
) -> None:
    watchlist, store, reports, routes = env
    routes.html("/t/2", f"<p>{POST[3:-3]}</p>")
    case_id = _open(store, reports, routes.base + "/t/2")
    routes.html("/t/2", f"<h1>Thread (3 replies)</h1><p>{POST[3:-3].upper()}</p><p>+1</p>")
    assert recheck(watchlist, store, reports, NOW)[0].state == "live"
    routes.set("/t/2", 503, "down for maintenance")
    [outcome] = recheck(watchlist, store, reports, NOW)
    assert (outcome.state, outcome.detail) == ("unknown", "HTTP 503")
    assert store.get_case(case_id).status == CaseStatus.NEW  # type: ignore[union-attr]


def test_url_only_is_judged_by_status_alone_and_keeps_no_bytes(
    env: tuple[Watchlist, Store, Path, Routes],
) -> None:
    watchlist, store, reports, routes = env
    routes.set("/img/1.jpg", 200, b"\xff\xd8 not really an image", content_type="image/jpeg")
    case_id = _open(store, reports, routes.base + "/img/1.jpg", url_only=True)
    assert recheck(watchlist, store, reports, NOW)[0].state == "live"
    routes.set("/img/1.jpg", 410, b"gone")
    [outcome] = recheck(watchlist, store, reports, NOW)
    assert outcome.state == "gone"
    case = store.get_case(case_id)
    assert case is not None
    manifest = json.loads(
        (
            reports
            / next(e for e in store.evidence_for(case.finding_id) if e.kind == "removal").path
        ).read_text()
    )
    assert "body" not in manifest["artefacts"] and manifest["url_only"] is True


def test_reminders_when_still_live_past_a_deadline(
    env: tuple[Watchlist, Store, Path, Routes],
) -> None:
    watchlist, store, reports, routes = env
    routes.html("/t/3", f"<p>{POST[3:-3]}</p>")
    finding = add_finding(store, reports, url=routes.base + "/t/3", snippet=POST)
    made = make_request(
        watchlist,
        store,
        reports,
        finding.id,
        RequestOptions(Recipient.DEFAMATION),
        NOW,
        who="Alex Morgan",
    )
    assert made.case is not None and made.case.status == CaseStatus.REMOVAL_REQUESTED
    assert reminders(store, NOW + timedelta(hours=47)) == []
    # 48 working hours from Thursday 17 April 2025 15:00 UTC is Wednesday 23rd 15:00 (Easter).
    assert reminders(store, NOW + timedelta(days=5, hours=23, minutes=59)) == []
    due = reminders(store, NOW + timedelta(days=6))
    assert [(r.kind, r.case_id) for r in due] == [("defamation-48h", made.case.id)]
    # Once the recheck finds it gone, the case is closed and reminders stop.
    routes.remove("/t/3")
    recheck(watchlist, store, reports, NOW + timedelta(days=6))
    assert reminders(store, NOW + timedelta(days=30)) == []


def test_run_step_opens_cases_for_serious_findings_and_skips_pages_just_seen(
    env: tuple[Watchlist, Store, Path, Routes],
) -> None:
    watchlist, store, reports, routes = env
    serious = add_finding(store, reports, url=routes.base + "/a", snippet=POST)
    mild = add_finding(
        store, reports, fid="F0000mild01", url=routes.base + "/b", categories=(), snippet=POST
    )
    outcomes, problems = run_step(
        watchlist, store, reports, NOW, new_findings=[serious, mild], seen_since=NOW
    )
    assert problems == []
    assert store.case_for_finding(serious.id) is not None
    assert store.case_for_finding(mild.id) is None  # low: digest only, a case when asked
    assert [o.state for o in outcomes] == ["skipped"]  # the crawl saw it this run
