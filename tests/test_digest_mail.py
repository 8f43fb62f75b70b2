"""Digest delivery against real aiosmtpd servers on 127.0.0.1: routing, format, TLS, retries."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import trustme
from conftest import BASE_WATCHLIST
from digest_support import (
    accept_login,
    add_finding,
    bound_socket,
    port_of,
    smtp_server,
)

from repwatch.cli import main
from repwatch.config import Watchlist, load
from repwatch.digest import report
from repwatch.models import Category
from repwatch.store import Store

NOW = datetime(2024, 6, 3, 7, 0, tzinfo=UTC)
HEAD = "head@springfieldcentre.example"  # manages jsmith
DEPUTY = "deputy@springfieldcentre.example"  # manages rokafor
DSL = "dsl@springfieldcentre.example"  # [digest] always


def smtp_toml(port: int, security: str = "none", extra: str = "") -> str:
    return (
        f'\n[digest.smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "{security}"\n'
        f"timeout_seconds = 5\n{extra}"
    )


def seed(w: Watchlist, at: datetime = NOW) -> dict[str, str]:
    """One finding about the school, two about jsmith, one about rokafor."""
    with Store.open(w.reports_dir) as store:
        run = store.begin_run(at)
        school = "The Springfield Centre"
        return {
            "school": add_finding(
                store,
                run,
                url="http://gazette.example/fete",
                subject="school",
                subject_name=school,
                categories=(Category.NEUTRAL,),
                at=at,
                title="<script>alert(1)</script> Fete news",
                snippet="<script>alert('x')</script> The Springfield Centre fete is on Saturday",
                matched="The Springfield Centre",
            ),
            "jsmith_threat": add_finding(
                store,
                run,
                url="http://forum.example/t/1",
                subject="jsmith",
                subject_name="Jane Smith",
                categories=(Category.THREAT, Category.ABUSE),
                at=at,
                snippet="I know where Mrs Smyth lives and I will be waiting",
                matched="Mrs Smyth",
            ),
            "jsmith_low": add_finding(
                store,
                run,
                url="http://gazette.example/sports",
                subject="jsmith",
                subject_name="Jane Smith",
                categories=(Category.NEUTRAL,),
                at=at + timedelta(minutes=5),
            ),
            "rokafor": add_finding(
                store,
                run,
                url="http://reviews.example/r/9",
                subject="rokafor",
                subject_name="Robert Okafor",
                categories=(Category.DEFAMATION,),
                at=at,
            ),
        }


def run_report(w: Watchlist, env: dict[str, str] | None = None, at: datetime = NOW):  # noqa: ANN201
    with Store.open(w.reports_dir) as store:
        latest = store.latest_run()
        return report(
            w,
            store,
            run_id=latest.id if latest else None,
            started_at=at,
            problems=[],
            now=at,
            env=env or {},
        )


@pytest.fixture
def tls(tmp_path: Path) -> Iterator[tuple[ssl.SSLContext, Path]]:
    """A throwaway CA and a server certificate for 127.0.0.1; yields (server ctx, CA file)."""
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server)
    ca_file = tmp_path / "relay-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    yield server, ca_file


def test_each_recipient_gets_exactly_what_routing_allows(
    write_watchlist: Callable[..., Path],
) -> None:
    with smtp_server() as (server, port):
        w = load(write_watchlist(smtp_toml(port)))
        ids = seed(w)
        outcome = run_report(w)
    assert outcome.problems == [] and outcome.sent == 3
    expected = {
        DSL: set(ids.values()),
        HEAD: {ids["school"], ids["jsmith_threat"], ids["jsmith_low"]},
        DEPUTY: {ids["school"], ids["rokafor"]},
    }
    assert sorted(r.rcpt_tos[0] for r in server.received) == sorted(expected)
    for address, wanted in expected.items():
        (got,) = server.to(address)
        assert got.finding_ids("html") == wanted, address
        assert got.finding_ids("plain") == wanted, address
        assert got.mail_from == w.digest.sender


def test_message_format_headers_escaping_and_no_images(
    write_watchlist: Callable[..., Path],
) -> None:
    with smtp_server() as (server, port):
        w = load(write_watchlist(smtp_toml(port)))
        ids = seed(w)
        run_report(w)
    (dsl,) = server.to(DSL)
    msg = dsl.message
    assert (
        msg["Subject"] == "[CRITICAL] 4 new findings - repwatch digest for The Springfield Centre"
    )
    assert msg["Message-ID"].startswith("<") and msg["Message-ID"].endswith(
        "@springfieldcentre.example>"
    )
    assert msg["Date"] and msg["List-Id"] and msg["Auto-Submitted"] == "auto-generated"
    assert msg.get_content_type() == "multipart/alternative"
    assert not [p for p in msg.walk() if p.get_content_maintype() == "image"]
    html, text = dsl.part("html"), dsl.part("plain")
    assert "<script" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<mark" in html and ">Mrs Smyth</mark>" in html
    assert 'style="' in html and "<style" not in html  # CSS inlined for Outlook/Gmail
    # Worst first: the threat comes before the defamation, which comes before the low ones.
    order = [html.index(ids[k]) for k in ("jsmith_threat", "rokafor", "school")]
    assert order == sorted(order)
    assert "Inform the DSL now" in html and "Inform the DSL now" in text
    assert "mailto:?subject=" in html and "Draft takedown request" in html
    for part in (html, text):
        assert "Could not check" not in part and "COULD NOT CHECK" not in part
    # The line manager's copy says nothing of the other manager's staff.
    (head,) = server.to(HEAD)
    assert "Robert Okafor" not in head.part("html") and "Okafor" not in head.part("plain")


def test_empty_digest_is_not_sent_unless_send_empty(
    write_watchlist: Callable[..., Path],
) -> None:
    with smtp_server() as (server, port):
        w = load(write_watchlist(smtp_toml(port)))
        seed(w)
        run_report(w)
        assert len(server.received) == 3
        quiet = run_report(w, at=NOW + timedelta(days=1))
        assert len(server.received) == 3 and quiet.queued == [], "nothing new: nothing sent"
        assert quiet.files is not None and quiet.files.json.exists(), "the file is still written"

        w = load(
            write_watchlist(
                smtp_toml(port),
                base=BASE_WATCHLIST.replace("always = [", "send_empty = true\nalways = ["),
                name="empty.toml",
            )
        )
        run_report(w, at=NOW + timedelta(days=2))
    assert len(server.received) == 6
    assert all(r.message["Subject"].startswith("No new findings") for r in server.received[3:])


def test_starttls_with_login_from_the_environment(
    write_watchlist: Callable[..., Path], tls: tuple[ssl.SSLContext, Path]
) -> None:
    server_ctx, ca_file = tls
    secret = "s3cret-Pa55"
    with smtp_server(
        tls_context=server_ctx,
        require_starttls=True,
        authenticator=accept_login("repwatch", secret),
        auth_required=True,
    ) as (server, port):
        w = load(
            write_watchlist(
                smtp_toml(
                    port,
                    "starttls",
                    f'username_env = "RW_USER"\npassword_env = "RW_PASS"\nca_file = "{ca_file}"\n',
                )
            )
        )
        seed(w)
        outcome = run_report(w, env={"RW_USER": "repwatch", "RW_PASS": secret})
        assert outcome.problems == [] and len(server.received) == 3

        # A wrong password is refused, said without the secret, and the mail stays queued.
        add_env = {"RW_USER": "repwatch", "RW_PASS": "wrong-" + secret}
        with Store.open(w.reports_dir) as store:
            rid = store.begin_run(NOW + timedelta(days=1))
            add_finding(
                store,
                rid,
                url="http://forum.example/t/2",
                subject="school",
                subject_name="The Springfield Centre",
                categories=(Category.NEGATIVE,),
                at=NOW + timedelta(days=1),
            )
        bad = run_report(w, env=add_env, at=NOW + timedelta(days=1))
    assert bad.problems and "login refused" in bad.problems[0]
    assert secret not in " ".join(bad.problems)
    with Store.open(w.reports_dir) as store:
        assert {m.status for m in store.outbox()} == {"sent", "queued"}
    for path in w.reports_dir.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


def test_starttls_refuses_a_certificate_it_cannot_trust(
    write_watchlist: Callable[..., Path], tls: tuple[ssl.SSLContext, Path]
) -> None:
    server_ctx, _ca = tls
    with smtp_server(tls_context=server_ctx, require_starttls=True) as (server, port):
        w = load(write_watchlist(smtp_toml(port, "starttls")))  # no ca_file
        seed(w)
        outcome = run_report(w)
    assert server.received == []
    assert outcome.problems and "TLS failed" in outcome.problems[0]
    assert "ca_file" in outcome.problems[0]


def test_implicit_tls(
    write_watchlist: Callable[..., Path], tls: tuple[ssl.SSLContext, Path]
) -> None:
    server_ctx, ca_file = tls
    with smtp_server(ssl_context=server_ctx) as (server, port):
        w = load(write_watchlist(smtp_toml(port, "tls", f'ca_file = "{ca_file}"\n')))
        seed(w)
        outcome = run_report(w)
    assert outcome.problems == [] and len(server.received) == 3


def test_server_down_keeps_mail_in_outbox_and_next_time_delivers_once(
    write_watchlist: Callable[..., Path],
) -> None:
    sock = bound_socket()  # bound, not listening: connections are refused
    w = load(write_watchlist(smtp_toml(port_of(sock))))
    seed(w)
    first = run_report(w)
    assert first.sent == 0 and len(first.problems) == 1
    assert "not delivered" in first.problems[0] and "retried on the next run" in first.problems[0]
    queued = list((w.reports_dir / "outbox").glob("*.eml"))
    assert len(queued) == 3
    with Store.open(w.reports_dir) as store:
        assert store.undigested_findings() == [], "queued mail carries them: nothing repeats"
        assert all(m.attempts == 1 and m.last_error for m in store.outbox())

    with smtp_server(sock) as (server, _port):
        second = run_report(w, at=NOW + timedelta(hours=1))
        third = run_report(w, at=NOW + timedelta(hours=2))
    assert second.problems == [] and second.sent == 3
    assert third.sent == 0 and not third.queued
    assert len(server.received) == 3  # each message once, never again
    ids = {r.message["Message-ID"] for r in server.received}
    assert len(ids) == 3
    assert not list((w.reports_dir / "outbox").glob("*.eml"))
    assert len(list((w.reports_dir / "outbox" / "sent").glob("*.eml"))) == 3
    index = (w.reports_dir / "index.html").read_text(encoding="utf-8")
    assert "Past digests" in index and "3 sent" in index


def test_digest_command_dry_run_send_and_since(
    write_watchlist: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    with smtp_server() as (server, port):
        path = write_watchlist(smtp_toml(port))
        w = load(path)
        seed(w)
        assert main(["digest", "-w", str(path), "--dry-run"]) == 0
        out = capsys.readouterr().out
        assert f"{HEAD}: 3 findings" in out and f"{DEPUTY}: 2 findings" in out
        assert server.received == [] and not (w.reports_dir / "outbox").exists()

        assert main(["digest", "-w", str(path), "--send"]) == 0
        assert len(server.received) == 3
        assert main(["digest", "-w", str(path), "--send"]) == 0  # nothing new
        assert len(server.received) == 3

        assert main(["digest", "-w", str(path), "--since", "2024-06-01"]) == 0
        manual = list((w.reports_dir / "digests" / "manual").glob("*.html"))
        # the newest file: glob order is the file system's, not the order they were written
        newest = max(manual, key=lambda p: p.stat().st_mtime_ns)
        assert "Mrs Smyth" in newest.read_text(encoding="utf-8")
        assert len(server.received) == 3, "re-rendering alone sends nothing"

    assert main(["digest", "-w", str(path), "--since", "June"]) == 2
    assert main(["digest", "-w", str(path), "--send", "--dry-run"]) == 2


@pytest.mark.slow
def test_run_end_to_end_server_down_exit_1_then_delivered_once(
    file_site: tuple[str, Path],
    write_watchlist: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A real crawl → findings → digest; the relay is down (exit 1), then up (sent once)."""
    base, root = file_site
    (root / "index.html").write_text(
        "<html><head><title>Parents forum: staff</title></head><body><article><p>Mrs Smyth "
        "at The Springfield Centre is a useless cow and a disgrace, she should be sacked. I know"
        " where she lives and I will be waiting for her after school.</p></article></body></html>",
        encoding="utf-8",
    )
    sock = bound_socket()
    path = write_watchlist(
        f'\n[[sites]]\nname = "Local"\nstart_urls = ["{base}"]\nmax_depth = 0\n'
        + smtp_toml(port_of(sock))
    )
    assert main(["run", "-w", str(path)]) == 1
    assert "not delivered" in capsys.readouterr().err
    reports = load(path).reports_dir
    assert len(list((reports / "outbox").glob("*.eml"))) == 3  # DSL, both managers (school)

    with smtp_server(sock) as (server, _port):
        assert main(["run", "-w", str(path)]) == 0
        assert main(["run", "-w", str(path)]) == 0
    assert sorted(r.rcpt_tos[0] for r in server.received) == sorted([DEPUTY, DSL, HEAD])
    (head,) = server.to(HEAD)
    (deputy,) = server.to(DEPUTY)
    assert "Mrs Smyth" in head.part("plain") and "Jane Smith" in head.part("html")
    assert "Jane Smith" not in deputy.part("html"), "the school finding only"
    assert len(deputy.finding_ids("html")) == 1 < len(head.finding_ids("html"))
