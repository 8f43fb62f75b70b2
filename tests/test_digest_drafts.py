"""The digest's "Draft takedown request" links carry the takedown templates' letter (issue 6).

Each test renders a real digest from a real store; the links are read back out of the HTML and
decoded the way a mail client would. Drafting must record nothing (no case, no request file, no
ledger line) and reach nothing on the network.
"""

from __future__ import annotations

import html
import re
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from test_takedown_support import NOW, TAKEDOWN_TOML, add_finding

from repwatch import cli
from repwatch.config import Watchlist, load
from repwatch.digest import report
from repwatch.models import Category
from repwatch.store import EvidenceRecord, Store
from repwatch.takedown import draft_for
from repwatch.takedown.draft import BODY_LIMIT, shorten

STAFF = """
[[staff]]
id = "pkaur"
name = "Priya Kaur"
role = "SENCo"

[[sites]]
name = "Nowhere"
start_urls = ["http://127.0.0.1:9/"]
"""
FORUM = "https://forum.springfield-parents.example/threads/102"
FACEBOOK = "https://www.facebook.com/groups/springfieldparents/posts/102"
IMAGE = "https://images.example/u/8812.jpg"
MAILTO = re.compile(r'href="(mailto:[^"]*)"')


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Every outgoing connection in this process is refused and remembered."""
    tried: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        tried.append(address)
        raise OSError(f"test: no network ({address})")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    yield tried


@pytest.fixture
def watchlist(write_watchlist: Callable[..., Path]) -> Watchlist:
    w = load(write_watchlist(TAKEDOWN_TOML + STAFF))
    w.reports_dir.mkdir(parents=True, exist_ok=True)
    return w


def digest_links(w: Watchlist) -> dict[str, tuple[str, str, str]]:
    """Render the digest with the takedown drafts; return url → (to, subject, body)."""
    with Store.open(w.reports_dir) as store:
        out = report(
            w,
            store,
            run_id=None,
            started_at=NOW,
            problems=[],
            now=NOW,
            env={},
            draft=draft_for(w, store, w.reports_dir, NOW),
        )
    assert out.files is not None
    return links_in(out.files.html.read_text(encoding="utf-8"))


def links_in(page: str) -> dict[str, tuple[str, str, str]]:
    links = {}
    for href in MAILTO.findall(page):
        parts = urlsplit(html.unescape(href))
        query = parse_qs(parts.query, keep_blank_values=True)
        body = query["body"][0]
        url = next(u for u in (FORUM, FACEBOOK, IMAGE) if u in body)
        links[url] = (unquote(parts.path), query["subject"][0], body)
    return links


def test_a_stored_finding_links_to_the_site_letter(
    watchlist: Watchlist, no_network: list[object]
) -> None:
    with Store.open(watchlist.reports_dir) as store:
        f = add_finding(store, watchlist.reports_dir, fid="F0000forum1", url=FORUM)
    to, subject, body = digest_links(watchlist)[FORUM]
    case_id = "K0000forum1"
    assert to == ""  # the site's address is not known: the reader fills it in
    assert (
        subject
        == f"Request to remove material from forum.springfield-parents.example [ref {case_id}]"
    )
    assert f.url == FORUM
    for wanted in (
        case_id,
        f"\n    {FORUM}",  # the exact URL, on a line of its own
        "2025-04-17 15:00:00 UTC",  # capture time
        "cd" * 32,  # the capture's SHA-256
        "Alex Morgan",
        "Designated Safeguarding Lead",
        "dsl@springfieldcentre.example",
        "[phone number withheld]",  # quoted text is redacted as in the full letter
    ):
        assert wanted in body, wanted
    assert "07700 900461" not in body
    assert len(body) <= BODY_LIMIT
    assert body.rstrip().endswith(f"repwatch takedown {case_id} --to site")
    assert no_network == []


def test_a_platform_url_gets_the_platform_notice(
    watchlist: Watchlist, no_network: list[object]
) -> None:
    with Store.open(watchlist.reports_dir) as store:
        add_finding(
            store,
            watchlist.reports_dir,
            fid="F00000fb001",
            url=FACEBOOK,
            categories=(Category.ABUSE,),
            snippet="xx Mrs Kaur at the Springfield Centre is a useless SENCo and a bully yy",
            matched="Mrs Kaur",
        )
    _, subject, body = digest_links(watchlist)[FACEBOOK]
    assert "Facebook" in subject + body
    assert body.rstrip().endswith("repwatch takedown K00000fb001 --to platform")
    assert "ab" * 32 in body or "cd" * 32 in body
    assert no_network == []


def test_a_url_only_finding_goes_to_the_police_with_no_image(
    watchlist: Watchlist, no_network: list[object]
) -> None:
    with Store.open(watchlist.reports_dir) as store:
        f = add_finding(
            store,
            watchlist.reports_dir,
            fid="F0000url001",
            url=IMAGE,
            categories=(Category.SEXUAL,),
            url_only=True,
            snippet="xx Priya Kaur yy",
            title="",
        )
        # A screenshot record that should never exist for such a page: it must not be cited.
        store.add_evidence(
            EvidenceRecord(
                "C0000url001shot",
                f.id,
                store.finding_version(f.id),
                "screenshot",
                NOW,
                IMAGE,
                "99" * 32,
                "evidence/captures/C0000url001shot/shot.png",
                "",
            )
        )
    to, subject, body = digest_links(watchlist)[IMAGE]
    assert to == ""
    assert subject.startswith("Police report (URL only)")
    assert "report.iwf.org.uk" in body  # the IWF route is named alongside the police
    assert IMAGE in body and "K0000url001" in body
    for image in ("99" * 32, "C0000url001shot", ".png", "Priya Kaur yy"):
        assert image not in body, image
    assert body.rstrip().endswith("repwatch takedown K0000url001 --to police")
    assert len(body) <= BODY_LIMIT
    assert no_network == []


def test_drafting_records_nothing(watchlist: Watchlist, no_network: list[object]) -> None:
    reports = watchlist.reports_dir
    with Store.open(reports) as store:
        add_finding(store, reports, fid="F0000forum1", url=FORUM)
        add_finding(store, reports, fid="F00000fb001", url=FACEBOOK, categories=(Category.ABUSE,))

    def files() -> dict[str, int]:
        return {
            str(p.relative_to(reports)): p.stat().st_size
            for p in reports.rglob("*")
            if p.is_file() and not p.name.startswith("repwatch.db")
        }

    before = files()
    assert len(digest_links(watchlist)) == 2
    after = files()
    assert not (reports / "takedown").exists()
    # Only the digest and the index appear; nothing else (the ledger included) changes.
    changed = {k for k in after if before.get(k) != after[k]}
    assert changed and all(k.startswith("digests/") or k == "index.html" for k in changed), changed
    with Store.open(reports) as store:
        assert store.cases() == []
        assert store.takedown_requests("K0000forum1") == []
    assert no_network == []


def test_a_broken_school_template_drops_the_link_not_the_digest(
    write_watchlist: Callable[..., Path], tmp_path: Path
) -> None:
    own = tmp_path / "templates"
    own.mkdir()
    (own / "site.txt").write_text("no subject line here\n", encoding="utf-8")
    w = load(
        write_watchlist(TAKEDOWN_TOML + f'templates_dir = "{own}"\n' + STAFF),
    )
    w.reports_dir.mkdir(parents=True, exist_ok=True)
    with Store.open(w.reports_dir) as store:
        add_finding(store, w.reports_dir, fid="F0000forum1", url=FORUM)
    assert digest_links(w) == {}


def test_the_digest_command_uses_the_templates(
    watchlist: Watchlist, no_network: list[object], capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(watchlist.reports_dir) as store:
        add_finding(store, watchlist.reports_dir, fid="F0000forum1", url=FORUM)
    assert cli.main(["digest", "-w", str(watchlist.path)]) == 0
    page = Path(capsys.readouterr().out.strip().splitlines()[-1]).read_text(encoding="utf-8")
    body = links_in(page)[FORUM][2]
    assert "repwatch takedown K0000forum1 --to site" in body
    assert "cd" * 32 in body


LONG_HEAD = "\n\n".join(f"Paragraph {i}: " + "words " * 60 for i in range(12))
FOOTER = (
    "-" * 72 + "\nReference:   case K1\nEvidence:    capture C1\n             SHA-256 " + "a" * 64
)


@pytest.mark.parametrize(
    ("body", "kept", "dropped"),
    [
        ("Short letter.\n\nRegards", ["Short letter.", "Regards"], ["shortened"]),
        (LONG_HEAD + "\n\n" + FOOTER, ["Paragraph 0:", "SHA-256 " + "a" * 64], ["Paragraph 11"]),
        ("x" * 5000, [], ["x" * 1800]),  # one endless line: cut, still ends with the pointer
    ],
)
def test_shorten_keeps_the_opening_and_the_reference_block(
    body: str, kept: list[str], dropped: list[str]
) -> None:
    tail = "The full request: repwatch takedown K1 --to site"
    out = shorten(body, tail)
    assert len(out) <= BODY_LIMIT
    assert out.rstrip().endswith(tail)
    for k in kept:
        assert k in out, k
    for d in dropped:
        assert d not in out, d
