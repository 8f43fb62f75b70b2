"""Digest content: routing rule, trend bars, nothing repeats, JSON twin, cases, thumbnails."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import BASE_WATCHLIST
from digest_support import FINDING_ID, add_finding, smtp_server

from repwatch.config import Watchlist, load
from repwatch.digest import report, route
from repwatch.digest.routing import unrouted
from repwatch.digest.trend import weekly, window_start
from repwatch.models import Case, CaseEvent, CaseStatus, Category, Severity
from repwatch.store import EvidenceRecord, Store

NOW = datetime(2024, 6, 5, 7, 0, tzinfo=UTC)  # a Wednesday
SCHOOL = "The Springfield Centre"

STAFF = """
[[staff]]
id = "amira"
name = "Amira Patel"
line_manager = "HEAD@springfieldcentre.example"

[[staff]]
id = "nolm"
name = "No Manager"
"""


def render(w: Watchlist, at: datetime = NOW, **kwargs: object):  # noqa: ANN201
    with Store.open(w.reports_dir) as store:
        latest = store.latest_run()
        return report(
            w,
            store,
            run_id=latest.id if latest else None,
            started_at=at,
            problems=[],
            now=at,
            env={},
            **kwargs,  # type: ignore[arg-type]
        )


@pytest.mark.parametrize(
    ("subject", "recipients"),
    [
        ("school", {"dsl@", "head@", "deputy@"}),
        ("jsmith", {"dsl@", "head@"}),
        ("amira", {"dsl@", "head@"}),  # same manager, spelled in capitals
        ("rokafor", {"dsl@", "deputy@"}),
        ("nolm", {"dsl@"}),
        ("someone-removed", {"dsl@"}),
    ],
)
def test_routing_rule(
    write_watchlist: Callable[..., Path], subject: str, recipients: set[str]
) -> None:
    w = load(write_watchlist(STAFF))
    with Store.open(w.reports_dir) as store:
        run = store.begin_run(NOW)
        add_finding(
            store,
            run,
            url="http://x.example/1",
            subject=subject,
            subject_name=w.subject_name(subject),
            categories=(),
            at=NOW,
        )
        findings = store.undigested_findings()
    got = {r.recipient.split("@")[0] + "@" for r in route(w, findings) if r.findings}
    assert got == recipients
    addresses = [r.recipient for r in route(w, findings)]
    assert len({a.lower() for a in addresses}) == len(addresses), "one message per person"


def test_a_finding_nobody_may_receive_is_reported(write_watchlist: Callable[..., Path]) -> None:
    w = load(
        write_watchlist(
            STAFF, base=BASE_WATCHLIST.replace('always = ["dsl@springfieldcentre.example"]', "")
        )
    )
    with Store.open(w.reports_dir) as store:
        run = store.begin_run(NOW)
        add_finding(
            store,
            run,
            url="http://x.example/1",
            subject="nolm",
            subject_name="No Manager",
            categories=(),
            at=NOW,
        )
        assert [f.subject for f in unrouted(w, store.undigested_findings())] == ["nolm"]
    with smtp_server() as (server, port):
        path = w.path
        path.write_text(
            path.read_text() + f'\n[digest.smtp]\nhost = "127.0.0.1"\nport = {port}\n'
            'security = "none"\n'
        )
        outcome = render(load(path))
    assert any("has no recipient" in p for p in outcome.problems)
    assert server.received == []


def test_trend_counts_weeks_by_severity() -> None:
    start = window_start(NOW)
    assert start.weekday() == 0 and start == datetime(2024, 3, 18, tzinfo=UTC)
    rows = [
        ("school", Severity.LOW, NOW),
        ("school", Severity.CRITICAL, NOW - timedelta(days=1)),
        ("jsmith", Severity.HIGH, NOW - timedelta(days=1)),
        ("jsmith", Severity.HIGH, NOW - timedelta(weeks=2)),
        ("jsmith", Severity.HIGH, start - timedelta(seconds=1)),  # just outside the window
    ]
    trend = weekly(rows, NOW)
    assert len(trend.weeks) == 12 and trend.peak == 3
    last = trend.weeks[-1]
    assert last.counts == ((Severity.CRITICAL, 1), (Severity.HIGH, 1), (Severity.LOW, 1))
    assert last.width == 100 and [s for s, _n, _pct in last.segments] == [
        Severity.CRITICAL,
        Severity.HIGH,
        Severity.LOW,
    ]
    assert trend.weeks[-3].total == 1 and trend.weeks[-3].width == 33
    assert sum(w.total for w in trend.weeks) == 4
    assert last.text_bar == "CHL"


def test_nothing_repeats_until_the_page_changes(write_watchlist: Callable[..., Path]) -> None:
    w = load(write_watchlist())
    with Store.open(w.reports_dir) as store:
        run = store.begin_run(NOW)
        fid = add_finding(
            store,
            run,
            url="http://x.example/1",
            subject="jsmith",
            subject_name="Jane Smith",
            categories=(Category.ABUSE,),
            at=NOW,
        )
    first = render(w)
    assert [f.id for f in first.findings] == [fid]
    again = render(w, NOW + timedelta(days=1))
    assert again.findings == []
    data = json.loads(again.files.json.read_text(encoding="utf-8"))  # type: ignore[union-attr]
    assert data["findings"] == []
    with Store.open(w.reports_dir) as store:
        run = store.begin_run(NOW + timedelta(days=2))
        add_finding(
            store,
            run,
            url="http://x.example/1",
            subject="jsmith",
            subject_name="Jane Smith",
            categories=(Category.ABUSE,),
            at=NOW + timedelta(days=2),
            snippet="the page now says more about Jane Smith",
        )
    changed = render(w, NOW + timedelta(days=2))
    assert [f.id for f in changed.findings] == [fid]


def test_json_twin_keeps_its_contract_and_text_carries_findings(
    write_watchlist: Callable[..., Path],
) -> None:
    w = load(write_watchlist())
    with Store.open(w.reports_dir) as store:
        run = store.begin_run(NOW)
        fid = add_finding(
            store,
            run,
            url="http://x.example/1",
            subject="jsmith",
            subject_name="Jane Smith",
            categories=(Category.DEFAMATION,),
            at=NOW,
        )
        store.add_evidence(
            EvidenceRecord(
                "C1",
                fid,
                1,
                "capture",
                NOW,
                "http://x.example/1",
                "ab" * 32,
                "evidence/captures/C1/C1.manifest.json",
                "",
            )
        )
    files = render(w).files
    assert files is not None
    assert files.json.name == f"{NOW.date().isoformat()}-1.json"
    data = json.loads(files.json.read_text(encoding="utf-8"))
    assert {"run", "findings", "sources"} <= set(data)
    (f,) = data["findings"]
    for key in (
        "id",
        "subject",
        "matched",
        "url",
        "severity",
        "categories",
        "reason",
        "first_seen",
        "evidence",
    ):
        assert key in f, key
    assert f["evidence"]["capture_id"] == "C1" and f["evidence"]["sha256"] == "ab" * 32
    text = files.text.read_text(encoding="utf-8")
    assert fid in text and "C1" in text and "reports/evidence/captures/C1" in text
    assert "Report to the line manager" in text
    html = files.html.read_text(encoding="utf-8")
    assert set(FINDING_ID.findall(html)) == {fid}
    assert "Trend: mentions per week" in html and 'bgcolor="#c0470b"' in html


def test_open_cases_are_shown_and_routed(write_watchlist: Callable[..., Path]) -> None:
    with smtp_server() as (server, port):
        w = load(
            write_watchlist(
                f'\n[digest.smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
            )
        )
        with Store.open(w.reports_dir) as store:
            run = store.begin_run(NOW)
            fid = add_finding(
                store,
                run,
                url="http://forum.example/t/9",
                subject="rokafor",
                subject_name="Robert Okafor",
                categories=(Category.ABUSE,),
                at=NOW - timedelta(days=3),
            )
            store.mark_digested([fid])
            cid = "K" + fid[1:]
            past = NOW - timedelta(days=2)
            store.open_case(
                Case(cid, fid, CaseStatus.NEW, "DSL", past, past),
                CaseEvent(cid, past, "repwatch", "opened", "", None, CaseStatus.NEW),
            )
            store.set_case_status(
                CaseEvent(
                    cid,
                    NOW - timedelta(hours=1),
                    "dsl",
                    "status",
                    "",
                    CaseStatus.NEW,
                    CaseStatus.REMOVAL_REQUESTED,
                )
            )
            store.begin_run(NOW)
            add_finding(
                store,
                run,
                url="http://x.example/2",
                subject="school",
                subject_name=SCHOOL,
                categories=(),
                at=NOW,
            )
        render(w)
    deputy = next(r for r in server.received if "deputy@" in r.rcpt_tos[0])
    head = next(r for r in server.received if "head@" in r.rcpt_tos[0])
    html = deputy.part("html")
    assert "Open cases" in html and cid in html and "removal requested" in html
    assert cid not in head.part("html"), "not the head's staff"
    index = (w.reports_dir / "index.html").read_text(encoding="utf-8")
    assert cid in index


def test_screenshots_only_when_allowed_and_never_for_url_only(
    write_watchlist: Callable[..., Path],
) -> None:
    png = b"\x89PNG\r\n\x1a\nfake"

    def seed(w: Watchlist, tag: str) -> tuple[str, str]:
        with Store.open(w.reports_dir) as store:
            run = store.begin_run(NOW)
            ids = []
            for n, url_only in ((1, False), (2, True)):
                fid = add_finding(
                    store,
                    run,
                    url=f"http://x.example/{tag}/{n}",
                    subject="school",
                    subject_name=SCHOOL,
                    categories=(Category.SEXUAL,),
                    at=NOW,
                    url_only=url_only,
                )
                rel = f"evidence/captures/C{tag}{n}/C{tag}{n}.png"
                (w.reports_dir / rel).parent.mkdir(parents=True, exist_ok=True)
                (w.reports_dir / rel).write_bytes(png)
                store.add_evidence(
                    EvidenceRecord(
                        f"C{tag}{n}-png",
                        fid,
                        1,
                        "screenshot",
                        NOW,
                        f"http://x.example/{tag}/{n}",
                        "cd" * 32,
                        rel,
                        "",
                    )
                )
                ids.append(fid)
        return ids[0], ids[1]

    for embed in (False, True):
        with smtp_server() as (server, port):
            w = load(
                write_watchlist(
                    f'\n[digest.smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n',
                    base=BASE_WATCHLIST.replace(
                        "[digest]\n", f"[digest]\nembed_screenshots = {str(embed).lower()}\n"
                    ),
                    name=f"w{embed}.toml",
                )
            )
            w = load(w.path)
            seed(w, str(int(embed)))
            render(w)
        msg = server.to("dsl@springfieldcentre.example")[-1].message
        images = [p for p in msg.walk() if p.get_content_maintype() == "image"]
        html = server.to("dsl@springfieldcentre.example")[-1].part("html")
        if embed:
            assert len(images) == 1 and "cid:shot-C11-png@repwatch" in html
            assert "C12" not in html
        else:
            assert images == [] and "<img" not in html
