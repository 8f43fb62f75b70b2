"""Cases: statuses with history (who, when, why) and ledger lines; dismissal suppresses the
same URL and text in later runs; the CLI's case, takedown and recheck commands."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from test_takedown_support import NOW, POST_SNIPPET, TAKEDOWN_TOML, add_finding

from repwatch.cli import main
from repwatch.config import load
from repwatch.errors import ConfigError
from repwatch.evidence.ledger import Ledger
from repwatch.models import CaseStatus, FetchedPage, Mention, Recipient
from repwatch.store import Store
from repwatch.takedown import cases
from repwatch.takedown.render import RequestOptions, make_request


@pytest.fixture
def setup(write_watchlist: Callable[..., Path]) -> tuple[Path, Path]:
    path = write_watchlist(TAKEDOWN_TOML)
    return path, load(path).reports_dir


def test_status_changes_are_recorded_with_who_when_why(setup: tuple[Path, Path]) -> None:
    _, reports = setup
    with Store.open(reports) as store:
        finding = add_finding(store, reports)
        case = cases.resolve(store, reports, finding.id, NOW, owner="Alex Morgan (DSL)")
        assert case.id == "K" + finding.id[1:] and case.status == CaseStatus.NEW
        assert cases.resolve(store, reports, case.id, NOW, owner="x").id == case.id
        steps = [
            ("reported to line manager", CaseStatus.REPORTED, "told the head"),
            ("investigating", CaseStatus.INVESTIGATING, "DSL reviewing"),
            ("removal_requested", CaseStatus.REMOVAL_REQUESTED, "asked the forum"),
            ("escalated", CaseStatus.ESCALATED, "POSH referral"),
            ("removed", CaseStatus.REMOVED, "forum took it down"),
        ]
        for i, (typed, status, why) in enumerate(steps, start=1):
            case = cases.set_status(
                store,
                reports,
                case,
                cases.parse_status(typed),
                NOW + timedelta(minutes=i),
                who="Alex Morgan",
                note=why,
                reference="REF-1" if i == 4 else "",
            )
            assert case.status == status
        history = store.case_events(case.id)
        assert [(e.from_status, e.to_status, e.note) for e in history[1:]] == [
            (a, b, why)
            for (_, b, why), a in zip(
                steps, [CaseStatus.NEW] + [s for _, s, _ in steps[:-1]], strict=True
            )
        ]
        assert history[4].reference == "REF-1" and history[4].who == "Alex Morgan"
        assert history[4].at == NOW + timedelta(minutes=4)
        ledger = Ledger(reports / "evidence")
        assert ledger.check() == []
        seqs = {e.seq: e for e in ledger.entries()}
        for event in history:
            assert event.ledger_seq is not None
            assert seqs[event.ledger_seq].event["case_id"] == case.id
        with pytest.raises(ConfigError, match="not one of"):
            cases.parse_status("sorted")
        with pytest.raises(ConfigError, match="--note"):
            cases.set_status(store, reports, case, CaseStatus.CLOSED, NOW, who="x", note=" ")


def _rescan(store: Store, fid: str, snippet: str, page_sha: str, when_days: int) -> list[str]:
    """What a later run does with the same URL: save the finding again from a changed page."""
    finding = store.get_finding(fid)
    assert finding is not None
    run = store.begin_run(NOW + timedelta(days=when_days))
    page = FetchedPage(
        finding.url, finding.url, 200, NOW + timedelta(days=when_days), page_sha, None
    )
    at = snippet.find(finding.matched)
    mention = Mention(
        finding.subject,
        finding.matched,
        at,
        at + len(finding.matched),
        100.0,
        finding.matched,
        "exact",
        finding.categories,
        finding.severity,
        snippet,
    )
    changed = store.save_findings(run, page, finding.title, [(fid, finding.subject_name, mention)])
    return [f.id for f in changed]


def test_dismissed_finding_does_not_return(setup: tuple[Path, Path]) -> None:
    _, reports = setup
    with Store.open(reports) as store:
        finding = add_finding(store, reports, snippet=POST_SNIPPET)
        store.mark_digested([finding.id])
        case = cases.resolve(store, reports, finding.id, NOW, owner="DSL")
        cases.set_status(
            store,
            reports,
            case,
            CaseStatus.DISMISSED,
            NOW,
            who="DSL",
            note="another Priya Kaur, not our SENCo",
        )
        assert store.finding_state(finding.id) == "dismissed"
        # The page changes elsewhere (new replies, new layout), the same text stays.
        same_text = "  " + POST_SNIPPET.replace(" ", "  ") + "\n"
        assert _rescan(store, finding.id, same_text, "01" * 32, 1) == []
        assert store.undigested_findings() == []
        assert cases.reopen_returned(store, reports, NOW + timedelta(days=1)) == []
        assert store.get_case(case.id).status == CaseStatus.DISMISSED  # type: ignore[union-attr]
        # New words about her at the same address are a new concern: it comes back.
        new_text = POST_SNIPPET.replace("what car she drives", "when she leaves school")
        assert _rescan(store, finding.id, new_text, "02" * 32, 2) == [finding.id]
        assert [f.id for f in store.undigested_findings()] == [finding.id]
        [reopened] = cases.reopen_returned(store, reports, NOW + timedelta(days=2))
        assert reopened.status == CaseStatus.NEW
        assert "changed after the case was dismissed" in store.case_events(case.id)[-1].note


def test_url_only_findings_only_go_to_police_or_iwf(setup: tuple[Path, Path]) -> None:
    path, reports = setup
    watchlist = load(path)
    with Store.open(reports) as store:
        finding = add_finding(store, reports, url_only=True, categories=())
        finding = dataclasses.replace(finding)
        for recipient in (Recipient.PLATFORM, Recipient.SITE, Recipient.UPLOADER, Recipient.HOST):
            with pytest.raises(ConfigError, match="only routes are --to police and --to iwf"):
                make_request(
                    watchlist, store, reports, finding.id, RequestOptions(recipient), NOW, who="x"
                )
        made = make_request(
            watchlist, store, reports, finding.id, RequestOptions(Recipient.IWF), NOW, who="x"
        )
        assert made.case is not None and made.case.status == CaseStatus.ESCALATED
        body = made.path.read_text()
        assert finding.url in body and "Priya Kaur" not in body.split("To the Internet")[1]


def test_cli_case_and_takedown(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, reports = setup
    with Store.open(reports) as store:
        finding = add_finding(store, reports)
    w = ["-w", str(path)]
    assert main(["case", "list", *w]) == 0
    assert "no open cases" in capsys.readouterr().out
    assert main(["case", "set", finding.id, "investigating", "--note", "DSL looking", *w]) == 0
    assert "investigating" in capsys.readouterr().out
    assert main(["case", "set", finding.id, "sorted", "--note", "x", *w]) == 2
    assert "not one of" in capsys.readouterr().err
    assert main(["case", "show", "Fnope", *w]) == 2
    assert main(["takedown", finding.id, "--to", "site", "--format", "eml", *w]) == 0
    out, err = capsys.readouterr()
    eml = Path(out.strip())
    assert eml.suffix == ".eml" and eml.parent.name == "K" + finding.id[1:]
    assert "to complete before sending: the recipient's address" in err
    assert "deadline" in err
    assert main(["takedown", finding.id, "--to", "platform", *w]) == 2
    assert "--platform KEY" in capsys.readouterr().err
    assert main(["case", "list", *w]) == 0
    assert "removal-requested" in capsys.readouterr().out
    assert main(["case", "show", finding.id, *w]) == 0
    shown = capsys.readouterr().out
    assert "Requests:" in shown and eml.name.split("-")[0] in shown and "DSL looking" in shown
    assert main(["case", "set", finding.id, "dismissed", "--note", "false positive", *w]) == 0
    capsys.readouterr()
    assert main(["case", "list", *w]) == 0
    assert "no open cases" in capsys.readouterr().out
    assert main(["takedown", finding.id, "--to", "site", *w]) == 2
    assert "reopen it first" in capsys.readouterr().err
