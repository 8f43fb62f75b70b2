"""The embedded demo web: its servers, its files, and the ground truth that describes them."""

from __future__ import annotations

import http.client
import urllib.robotparser
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from repwatch.demo.expected import Observed, check, load_expected
from repwatch.demo.server import SITES, serve_demo, site_root


@pytest.fixture(scope="module")
def demo() -> Iterator[dict[str, str]]:
    with serve_demo(include_broken=True) as urls:
        yield urls


def get(url: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    try:
        conn.request(method, parts.path or "/")
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag in ("a", "link") and href:
            self.links.append(href)


def links(body: bytes) -> list[str]:
    parser = _Links()
    parser.feed(body.decode("utf-8"))
    return parser.links


def test_serves_every_site_on_its_own_loopback_port(demo: dict[str, str]) -> None:
    assert set(demo) == {*SITES, "broken"}
    ports = {urlsplit(u).port for u in demo.values()}
    assert len(ports) == len(demo)
    for site in SITES:
        assert demo[site].startswith("http://127.0.0.1:") and demo[site].endswith("/")
        status, headers, body = get(demo[site])
        assert status == 200, site
        assert headers["content-type"] == "text/html; charset=utf-8"
        assert int(headers["content-length"]) == len(body)
        assert body == site_root(site).joinpath("index.html").read_bytes()


@pytest.mark.parametrize(
    ("path", "status", "ctype"),
    [
        ("/robots.txt", 200, "text/plain; charset=utf-8"),
        ("/static/style.css", 200, "text/css; charset=utf-8"),
        ("/news/", 200, "text/html; charset=utf-8"),
        ("/news/page-2.html", 200, "text/html; charset=utf-8"),
        ("/no-such-page.html", 404, "text/html; charset=utf-8"),
        ("/news/2024/13/missing.html", 404, "text/html; charset=utf-8"),
        ("/../forum/index.html", 404, "text/html; charset=utf-8"),
        ("/%2e%2e/forum/index.html", 404, "text/html; charset=utf-8"),
    ],
)
def test_status_and_content_type(demo: dict[str, str], path: str, status: int, ctype: str) -> None:
    got, headers, _ = get(demo["gazette"].rstrip("/") + path)
    assert (got, headers["content-type"]) == (status, ctype)


def test_directory_without_slash_redirects(demo: dict[str, str]) -> None:
    status, headers, _ = get(demo["gazette"] + "news")
    assert status == 301
    assert headers["location"] == "/news/"


def test_head_sends_headers_only(demo: dict[str, str]) -> None:
    status, headers, body = get(demo["forum"], method="HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) > 0


@pytest.mark.parametrize("path", ["/", "/robots.txt", "/anything.html"])
def test_broken_site_answers_500(demo: dict[str, str], path: str) -> None:
    status, _, _ = get(demo["broken"].rstrip("/") + path)
    assert status == 500


@pytest.mark.parametrize("site", SITES)
def test_robots_txt_disallows_the_back_office(demo: dict[str, str], site: str) -> None:
    exp = load_expected()
    (hidden,) = [d.path for d in exp.disallowed if d.site == site]
    status, _, body = get(demo[site] + "robots.txt")
    assert status == 200
    rp = urllib.robotparser.RobotFileParser()
    rp.parse(body.decode().splitlines())
    assert not rp.can_fetch("repwatch", demo[site].rstrip("/") + hidden)
    assert rp.can_fetch("repwatch", demo[site])
    # The forbidden page exists, names staff, and is linked, so only robots.txt keeps it out.
    status, _, page = get(demo[site].rstrip("/") + hidden)
    assert status == 200
    assert b"Springfield Centre" in page
    _, _, home = get(demo[site])
    assert hidden in links(home)


def crawl(base: str, max_depth: int) -> dict[str, int]:
    """Breadth-first over same-site links, as the spider would (robots.txt aside)."""
    seen = {"/": 0}
    frontier = ["/"]
    while frontier:
        path = frontier.pop(0)
        status, headers, body = get(base.rstrip("/") + path)
        assert status == 200, f"{base}{path} is linked but answers {status}"
        if not headers["content-type"].startswith("text/html") or seen[path] >= max_depth:
            continue
        for href in links(body):
            target = urlsplit(urljoin(base.rstrip("/") + path, href))
            if target.netloc == urlsplit(base).netloc and target.path not in seen:
                seen[target.path] = seen[path] + 1
                frontier.append(target.path)
    return seen


def test_every_listed_page_exists_and_is_reachable_within_max_depth(
    demo: dict[str, str],
) -> None:
    exp = load_expected()
    reached = {site: crawl(demo[site], exp.max_depth) for site in exp.sites}
    listed = [*exp.findings, *exp.decoys, *exp.disallowed]
    assert listed
    for page in listed:
        status, _, _ = get(demo[page.site].rstrip("/") + page.path)
        assert status == 200, f"{page.site}{page.path}"
        assert page.path in reached[page.site], f"{page.site}{page.path} not reachable"
    total = sum(len(r) for r in reached.values())
    assert total >= 48, f"only {total} pages reachable"  # "several dozen"


def test_script_title_is_entity_escaped_in_the_page(demo: dict[str, str]) -> None:
    (f,) = [f for f in load_expected().findings if "script" in f.why]
    _, _, body = get(demo[f.site].rstrip("/") + f.path)
    assert b"<title>Uniform swap &lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert b"<script" not in body


def test_server_stops_on_exit() -> None:
    with serve_demo() as urls:
        base = urls["gazette"]
        assert get(base)[0] == 200
    with pytest.raises(OSError):
        get(base)


def test_check_accepts_the_truth_and_names_each_mistake() -> None:
    exp = load_expected()
    urls = {s: f"http://127.0.0.1:{9000 + i}/" for i, s in enumerate(exp.sites)}
    truth = [
        Observed(urls[f.site].rstrip("/") + f.path, f.subject, (f.category,), f.severity)
        for f in exp.findings
    ]
    assert check(truth, urls, exp) == []

    decoy = exp.decoys[0]
    wrong = [
        *truth[1:],
        Observed(urls[decoy.site].rstrip("/") + decoy.path, "jsmith", ("neutral",), "low"),
        Observed(truth[0].url, truth[0].subject, ("threat",), "critical"),
    ]
    problems = check(wrong, urls, exp)
    assert any(p.startswith("false positive: jsmith on sport") for p in problems)
    assert any(p.startswith("wrong category:") for p in problems)
    hard = next(f for f in exp.findings if f.hard)
    missing = [o for o, f in zip(truth, exp.findings, strict=True) if f is not hard]
    assert any(p.startswith("missed:") for p in check(missing, urls, exp))
    assert check(missing, urls, exp, include_hard=False) == []
