"""Golden files for every takedown template (``tests/golden/takedown/``).

After an intended change to a template, regenerate them and review the diff:

    REPWATCH_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_takedown_golden.py
"""

from __future__ import annotations

import email
import email.policy
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from test_takedown_support import NOW, TAKEDOWN_TOML, add_finding, routes_server, serve_rdap

from repwatch.config import Watchlist, load
from repwatch.models import Category, Recipient
from repwatch.store import Store
from repwatch.takedown import cases
from repwatch.takedown.rdap import RdapClient
from repwatch.takedown.render import RequestOptions, make_request, render, request_id_for

GOLDEN = Path(__file__).parent / "golden" / "takedown"
UPDATE = os.environ.get("REPWATCH_UPDATE_GOLDEN") == "1"

STAFF = """
[[staff]]
id = "pkaur"
name = "Priya Kaur"
role = "SENCo"
"""

FINDINGS = {
    "forum": dict(
        fid="F0000forum1",
        url="https://forum.springfield-parents.example/threads/102",
        title='Someone needs to sort her out <script>alert("x")</script>',
    ),
    "facebook": dict(
        fid="F00000fb001",
        url="https://www.facebook.com/groups/springfieldparents/posts/102",
        categories=(Category.ABUSE,),
        snippet="xx Mrs Kaur at the Springfield Centre is a useless SENCo and a bully, "
        "everyone says so. Email her at p.kaur@home.example and tell her yy",
        matched="Mrs Kaur",
    ),
    "defame": dict(
        fid="F000defame1",
        url="https://forum.springfield-parents.example/threads/207",
        categories=(Category.DEFAMATION,),
        snippet="xx Priya Kaur was sacked from her last school for stealing from the PTA "
        "and now she is doing the same here yy",
        title="Where does the money go?",
    ),
    "urlonly": dict(
        fid="F0000url001",
        url="https://images.example/u/8812.jpg",
        categories=(Category.SEXUAL,),
        url_only=True,
        snippet="xx Priya Kaur yy",
        title="",
    ),
}

DEFAMATION_OPTS = dict(
    meaning="that Priya Kaur is a thief who stole from a parent-teacher association",
    why="it accuses her of a crime and of dishonesty in her work, which harms her "
    "standing as a teacher",
    inaccurate="all of it: Ms Kaur left her previous school of her own accord and has never "
    "been accused of theft",
    consent=False,
    complainant_email="p.kaur@springfieldcentre.example",
)

# (golden name, recipient, finding, formats, options)
MATRIX = [
    ("uploader", Recipient.UPLOADER, "forum", ("txt", "html"), {}),
    (
        "site",
        Recipient.SITE,
        "forum",
        ("txt", "html"),
        {"address": "admin@springfield-parents.example"},
    ),
    ("platform", Recipient.PLATFORM, "facebook", ("txt", "html", "eml"), {}),
    ("host", Recipient.HOST, "forum", ("txt", "html"), {}),
    ("defamation", Recipient.DEFAMATION, "defame", ("txt", "html", "eml"), DEFAMATION_OPTS),
    ("defamation-incomplete", Recipient.DEFAMATION, "defame", ("txt",), {}),
    ("police", Recipient.POLICE, "forum", ("txt", "html"), {}),
    ("police-url-only", Recipient.POLICE, "urlonly", ("txt", "html"), {}),
    ("posh", Recipient.POSH, "facebook", ("txt", "html"), {"consent": True}),
    ("iwf", Recipient.IWF, "urlonly", ("txt", "html"), {}),
]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Watchlist, Store, Path, str]]:
    root = tmp_path_factory.mktemp("golden")
    reports = root / "reports"
    path = root / "watchlist.toml"
    path.write_text(
        '[school]\nname = "The Springfield Centre"\n'
        + STAFF
        + TAKEDOWN_TOML
        + f'\n[crawl]\nallow_private_addresses = true\n\n[storage]\ndir = "{reports}"\n'
    )
    watchlist = load(path)
    with routes_server() as routes, Store.open(reports) as store:
        for spec in FINDINGS.values():
            add_finding(store, reports, **spec)  # type: ignore[arg-type]
        # History for the POSH referral: a platform report a day earlier, acknowledged.
        earlier = NOW - timedelta(days=1)
        made = make_request(
            watchlist,
            store,
            reports,
            "F00000fb001",
            RequestOptions(Recipient.PLATFORM),
            earlier,
            who="Alex Morgan",
        )
        assert made.case is not None
        cases.set_status(
            store,
            reports,
            made.case,
            made.case.status,
            earlier + timedelta(hours=3),
            who="Alex Morgan",
            note="Facebook acknowledged the report",
            reference="FB-2025-0417-88",
        )
        yield (
            watchlist,
            store,
            reports,
            serve_rdap(routes, absolute_links=False) + "|" + routes.base,
        )


@pytest.mark.parametrize(
    ("name", "recipient", "finding", "fmt", "opts"),
    [(n, r, f, fmt, o) for n, r, f, fmts, o in MATRIX for fmt in fmts],
    ids=[f"{n}.{fmt}" for n, _, _, fmts, _ in MATRIX for fmt in fmts],
)
def test_golden(
    world: tuple[Watchlist, Store, Path, str],
    name: str,
    recipient: Recipient,
    finding: str,
    fmt: str,
    opts: dict[str, object],
) -> None:
    watchlist, store, reports, urls = world
    bootstrap, base = urls.split("|")
    fid = FINDINGS[finding]["fid"]
    case = cases.resolve(store, reports, str(fid), NOW, owner=watchlist.takedown.owner)
    options = RequestOptions(recipient, fmt, **opts)  # type: ignore[arg-type]
    with RdapClient(now=lambda: NOW, bootstrap_url=bootstrap, allow_private=True) as client:
        out = render(
            watchlist,
            store,
            reports,
            case,
            options,
            NOW,
            request_id_for(case.id, recipient, NOW),
            rdap=client,
        )
    text = out.data.decode().replace(base, "http://rdap.test")
    golden = GOLDEN / f"{name}.{fmt}"
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(text.encode())
    assert golden.exists(), f"{golden} missing: run with REPWATCH_UPDATE_GOLDEN=1"
    assert text == golden.read_bytes().decode(), (
        f"{golden} differs; if the change is intended, regenerate with REPWATCH_UPDATE_GOLDEN=1"
    )
    if fmt == "eml":
        message = email.message_from_bytes(out.data, policy=email.policy.default)
        assert message["Subject"] == out.subject and message["X-Repwatch-Case"] == case.id
        plain = message.get_body(("plain",))
        assert plain is not None and message.get_body(("html",)) is not None
        text = plain.get_content()
    # What every request must carry, whatever the template says.
    assert case.id in text and str(FINDINGS[finding]["url"]) in text
    if not FINDINGS[finding].get("url_only"):
        assert "cd" * 32 in text or "ab" * 32 in text  # the capture's SHA-256
        assert "2025-04-17 15:00:00 UTC" in text  # capture time
    assert "Alex Morgan" in text and "The Springfield Centre" in text
    if fmt == "html":
        assert "<script>" not in text  # page text never becomes markup (autoescape)
    assert "07700 900461" not in text and "p.kaur@home.example" not in text  # Section 2.4
    if FINDINGS[finding].get("url_only"):
        assert "…" not in text and "png" not in text.lower()  # no quote, no image listed


def test_every_template_has_a_golden_file() -> None:
    templates = Path(__file__).parents[1] / "src" / "repwatch" / "takedown" / "templates"
    names = {p.name for p in templates.iterdir() if not p.name.startswith("_")}
    covered = {f"{r}.{fmt}" for _, r, _, fmts, _ in MATRIX for fmt in fmts if fmt != "eml"}
    assert names <= covered, f"templates without a golden test: {sorted(names - covered)}"
