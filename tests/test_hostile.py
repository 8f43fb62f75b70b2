"""The fault suite: one real `repwatch run` against a hostile local web, guard switched on.

Every site of the watchlist is one fault (tests/fakes/hostile.py), each under its own
hostname mapped to 127.0.0.1 through netguard's explicit test hook (``REPWATCH_TEST_RESOLVE``),
so the address guard stays on (``allow_private_addresses = false``) while the fault server
itself lives on loopback. The run must complete, name each fault in the digest and on stderr,
process the good site, and never request what the guard forbids.
"""

from __future__ import annotations

import contextlib
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import BASE_WATCHLIST
from fakes.hostile import Hostile, serve_hostile

from repwatch.cli import main

pytestmark = pytest.mark.slow

CRAWL = """
[crawl]
allow_private_addresses = false
download_delay = 0.0
timeout_seconds = 2
site_timeout_seconds = 12
max_response_bytes = 1000000
max_redirects = 3
max_retry_after_seconds = 2
concurrent_requests = 16
"""

# site name → (hostname, start path, words the fault must be named with, extra site keys)
FAULTS: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    "Trickle": ("trickle.test", "trickle", ("timed out",), ""),
    "Huge": ("huge.test", "huge", ("too large",), ""),
    "Bomb": ("bomb.test", "bomb", ("too large", "decompression"), ""),
    "Loop": ("loop.test", "loop", ("redirect loop",), ""),
    "To local": ("tolocal.test", "to-local", ("blocked", "127.0.0.1", "loopback"), ""),
    "To metadata": ("tometa.test", "to-metadata", ("blocked", "169.254.169.254", "metadata"), ""),
    "To localhost": ("tolocalhost.test", "to-localhost", ("blocked", "localhost"), ""),
    "Calendar": (
        "calendar.test",
        "calendar?month=0",
        ("link trap",),
        "max_pages = 400\nmax_pages_per_pattern = 8\n",
    ),
    "Server error": ("error.test", "error", ("HTTP 500",), ""),
    "Rate limited": ("busy.test", "busy", ("Retry-After: 3600",), ""),
    "Reset": ("reset.test", "reset", ("connection lost",), ""),
    "Bad TLS": ("tls.test", "good", ("TLS certificate",), ""),
}
GOOD = {
    "Good": ("good.test", "good"),
    "Short wait": ("short.test", "busy-short"),
    "Bad encoding": ("latin1.test", "latin1"),
}


def _site(name: str, url: str, extra: str = "", depth: int = 1) -> str:
    return f'\n[[sites]]\nname = "{name}"\nstart_urls = ["{url}"]\nmax_depth = {depth}\n{extra}'


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("hostile")
    with serve_hostile() as server, pytest.MonkeyPatch.context() as mp:
        hosts = {h: "127.0.0.1" for h, *_ in FAULTS.values()}
        hosts.update({h: "127.0.0.1" for h, _ in GOOD.values()})
        mp.setenv("REPWATCH_TEST_RESOLVE", json.dumps(hosts))
        port = server.state.port
        tls_port = server.tls_url.rsplit(":", 1)[1].strip("/")
        sites = ""
        for name, (host, path, _, extra) in FAULTS.items():
            scheme, p = ("https", tls_port) if name == "Bad TLS" else ("http", port)
            depth = 500 if name == "Calendar" else 1
            sites += _site(name, f"{scheme}://{host}:{p}/{path}", extra, depth)
        for name, (host, path) in GOOD.items():
            sites += _site(name, f"http://{host}:{port}/{path}")
        base = (
            BASE_WATCHLIST.split("[crawl]")[0]
            + CRAWL
            + "\n[digest]"
            + BASE_WATCHLIST.split("[digest]")[1]
        )
        watchlist = tmp / "watchlist.toml"
        reports = tmp / "reports"
        watchlist.write_text(base + f'\n[storage]\ndir = "{reports}"\n' + sites, encoding="utf-8")
        buf_out, buf_err = io.StringIO(), io.StringIO()
        t0 = time.monotonic()
        with contextlib.redirect_stdout(buf_out), contextlib.redirect_stderr(buf_err):
            code = main(["run", "-w", str(watchlist)])
        elapsed = time.monotonic() - t0
        digest = json.loads(max((reports / "digests").glob("*.json")).read_text("utf-8"))
        yield {
            "code": code,
            "stdout": buf_out.getvalue(),
            "stderr": buf_err.getvalue(),
            "digest": digest,
            "server": server,
            "reports": reports,
            "elapsed": elapsed,
            "html": max((reports / "digests").glob("*.html")).read_text("utf-8"),
        }


def test_the_run_completes_and_says_it_failed(hostile_run: dict[str, Any]) -> None:
    assert hostile_run["code"] == 1
    assert hostile_run["stdout"] == ""
    assert hostile_run["elapsed"] < 60, "limits must stop every fault quickly"


@pytest.mark.parametrize("name", sorted(FAULTS))
def test_each_fault_is_named_in_the_digest_and_on_stderr(
    hostile_run: dict[str, Any], name: str
) -> None:
    words = FAULTS[name][2]
    sources = {s["name"]: s for s in hostile_run["digest"]["sources"]}
    assert name in sources, sources.keys()
    state = sources[name]
    assert state["state"] != "ok", state
    line = next((ln for ln in hostile_run["stderr"].splitlines() if f"site {name}:" in ln), "")
    assert line, hostile_run["stderr"]
    for word in words:
        assert word.lower() in line.lower(), line
        assert word.lower() in json.dumps(state).lower(), state
    assert name in hostile_run["html"]


def test_the_guard_never_fetched_a_private_address(hostile_run: dict[str, Any]) -> None:
    server: Hostile = hostile_run["server"]
    assert server.state.count("/secret") == 0
    assert server.state.count("/to-local") == 1  # the redirect was seen, its target refused


def test_the_link_trap_is_cut_short(hostile_run: dict[str, Any]) -> None:
    server: Hostile = hostile_run["server"]
    assert server.state.count("/calendar") <= 12


def test_good_sites_are_processed_beside_the_faults(hostile_run: dict[str, Any]) -> None:
    sources = {s["name"]: s for s in hostile_run["digest"]["sources"]}
    for name in GOOD:
        assert sources[name]["state"] == "ok", sources[name]
    urls = {f["url"] for f in hostile_run["digest"]["findings"]}
    assert any("good.test" in u for u in urls), urls
    assert any("short.test" in u for u in urls), "a short Retry-After is waited for"
    assert any("latin1.test" in u for u in urls), "bad bytes and broken HTML still yield text"
    # The 429 was asked again once, after the wait, and not hammered.
    server: Hostile = hostile_run["server"]
    assert server.state.count("/busy-short") == 2
    assert server.state.count("/busy") == 1


def test_nothing_half_written(hostile_run: dict[str, Any]) -> None:
    reports: Path = hostile_run["reports"]
    assert not list((reports / "evidence").rglob("*.tmp"))
    assert main(["verify", "-w", str(reports.parent / "watchlist.toml")]) == 0


def test_guard_alone_blocks_literal_and_resolved_private_addresses() -> None:
    from repwatch.errors import BlockedAddress
    from repwatch.netguard import check_url

    blocked = [
        "http://127.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://localhost/",
        "http://2130706433/",
        "file:///etc/passwd",
        "ftp://example.org/",
        "gopher://127.0.0.1/",
    ]
    for url in blocked:
        with pytest.raises(BlockedAddress):
            check_url(url, allow_private=False)
    check_url("http://93.184.216.34/", allow_private=False)
    check_url("http://127.0.0.1/", allow_private=True)
    with pytest.raises(BlockedAddress, match="metadata"):
        check_url("http://169.254.169.254/", allow_private=False)


def test_injected_resolver_decides_for_names() -> None:
    from repwatch.errors import BlockedAddress
    from repwatch.netguard import check_url

    def rebinding(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.1.2.3"]  # one private answer is enough to refuse

    with pytest.raises(BlockedAddress, match="10.1.2.3"):
        check_url("http://news.example/", allow_private=False, resolver=rebinding)
    check_url("http://news.example/", allow_private=False, resolver=lambda h, p: ["1.1.1.1"])


@pytest.mark.parametrize(
    ("urls", "trapped"),
    [
        ([f"http://s.test/calendar?month={m}" for m in range(5)], True),
        ([f"http://s.test/events/2024/{m:02d}/" for m in range(1, 6)], True),
        ([f"http://s.test/day/2024-05-{d:02d}" for d in range(1, 6)], True),
        ([f"http://s.test/news/{n}" for n in range(100, 105)], False),  # numbered articles
        ([f"http://s.test/threads/{n}-title" for n in range(5)], False),
        (["http://s.test/a/b/a/b/a/b/a/b/"], True),  # a path repeating itself
        (["http://s.test/" + "x" * 2100], True),
    ],
)
def test_link_trap_guard(urls: list[str], trapped: bool) -> None:
    from crawler.spiders.site import SiteSpider

    spider = SiteSpider(
        job={"sites": [{"name": "S", "start_urls": ["http://s.test/"], "max_pages_per_pattern": 3}]}
    )
    site = spider._site("S")
    reasons = [spider._trap(site, u) for u in urls]
    assert any(reasons) is trapped, reasons
