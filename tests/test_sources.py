"""Discovery core: URL canonicalisation, queries, SearXNG, Brave and alert feeds.

Every provider is a real local HTTP server (tests/fakes) reproducing the documented
requests and answers; usage is counted in a real Store (SQLite under tmp_path).
"""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fakes.base import FakeServer, Reply, Request
from fakes.brave import FakeBrave, web_result
from fakes.feeds import (
    ATOM,
    MALFORMED,
    MALFORMED_PARTIAL,
    RSS,
    SIGN_IN_PAGE,
    FakeFeeds,
    google_alerts,
    rss,
)
from fakes.searxng import FakeSearxng, result

from repwatch.config import Watchlist, from_dict
from repwatch.models import SourceKind, SourceState
from repwatch.sources import Discovery, RetryPolicy, discover
from repwatch.sources.canonical import canonicalize, unwrap_redirect
from repwatch.sources.queries import Freshness, build_queries, freshness
from repwatch.store import Store

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)
FAST = RetryPolicy(attempts=3, base_delay=0.01, max_delay=2.0, max_total_wait=3.0)
BRAVE_KEY = "brave-secret-8d1f0c"


def watchlist(
    search: list[dict[str, Any]] | None = None,
    feeds: list[dict[str, Any]] | None = None,
    **school: Any,
) -> Watchlist:
    data: dict[str, Any] = {
        "school": {
            "name": "The Springfield Centre",
            "aliases": ["Springfield Centre"],
            "locality": ["Springfield"],
            "own_domains": ["springfieldcentre.example"],
            **school,
        },
        "staff": [
            {"id": "jsmith", "name": "Jane Smith"},
            {"id": "rokafor", "name": "Robert Okafor", "unique": True},
        ],
        "exclude": [{"domain": "springfield-il.example"}],
        "search": search or [],
        "feeds": feeds or [],
        "crawl": {"timeout_seconds": 5},
    }
    return from_dict(data, Path("watchlist.toml"))


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "repwatch.db")
    yield s
    s.close()


def run(
    w: Watchlist,
    store: Store,
    env: dict[str, str] | None = None,
    since: datetime | None = None,
    sleep: Sleeps | None = None,
) -> Discovery:
    return discover(
        w,
        store,
        since=since,
        now=NOW,
        env=env or {},
        retry=FAST,
        sleep=sleep if sleep is not None else Sleeps(),
    )


def one(d: Discovery) -> Any:
    assert len(d.reports) == 1, d.reports
    return d.reports[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --------------------------------------------------------------------------- canonical URLs


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "HTTPS://News.Example.COM:443/a?utm_source=x&id=3&fbclid=9#top",
            "https://news.example.com/a?id=3",
        ),
        ("http://example.org", "http://example.org/"),
        ("http://example.org:80/p?gclid=1&UTM_MEDIUM=m", "http://example.org/p"),
        ("http://example.org:8080/p?b=2&a=1", "http://example.org:8080/p?b=2&a=1"),
        ("https://example.org/p?q=a+b&msclkid=z&mc_eid=1", "https://example.org/p?q=a%20b"),
        ("https://example.org/caf%C3%A9?x=%26", "https://example.org/caf%C3%A9?x=%26"),
        ("mailto:someone@example.org", "mailto:someone@example.org"),
    ],
)
def test_canonicalize(raw: str, expected: str) -> None:
    assert canonicalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "https://www.google.com/url?rct=j&sa=t&url=https://news.example/a%3Fref%3Drss&ct=ga",
            "https://news.example/a?ref=rss",
        ),
        ("https://www.google.co.uk/url?q=https://news.example/b&sa=U", "https://news.example/b"),
        (
            "https://forum.example/url?url=https://elsewhere.example/",
            "https://forum.example/url?url=https://elsewhere.example/",
        ),
        (
            "https://www.google.com/search?url=https://x.example/",
            "https://www.google.com/search?url=https://x.example/",
        ),
        (
            "https://www.google.com/url?url=javascript:alert(1)",
            "https://www.google.com/url?url=javascript:alert(1)",
        ),
    ],
)
def test_unwrap_redirect_only_for_google_url_path(raw: str, expected: str) -> None:
    assert unwrap_redirect(raw) == expected


# --------------------------------------------------------------------------- queries


def test_queries_quote_school_and_combine_common_staff_names() -> None:
    texts = [q.text for q in build_queries(watchlist())]
    assert texts == [
        '"The Springfield Centre"',
        '"Springfield Centre"',
        '"Jane Smith" "The Springfield Centre"',
        '"Jane Smith" "Springfield"',
        '"Robert Okafor"',  # unique: the name alone is enough
    ]


@pytest.mark.parametrize(
    ("gap", "expected"),
    [
        (None, Freshness.ANY),
        (timedelta(hours=20), Freshness.DAY),
        (timedelta(days=3), Freshness.WEEK),
        (timedelta(days=20), Freshness.MONTH),
        (timedelta(days=200), Freshness.YEAR),
        (timedelta(days=900), Freshness.ANY),
    ],
)
def test_freshness_covers_the_gap_since_the_last_run(
    gap: timedelta | None, expected: Freshness
) -> None:
    assert freshness(None if gap is None else NOW - gap, NOW) is expected


# --------------------------------------------------------------------------- SearXNG


def test_searxng_results_become_candidates(store: Store) -> None:
    hits = [
        result(
            "https://News.example/2026/st?utm_source=rss",
            "Springfield <b>news</b>",
            "Inspectors praised <strong>The Springfield Centre</strong> for …",
            "2026-10-14T09:30:00",
        ),
        result(
            "https://forum.example/t/123", "Parents thread", "Mr J Smith at …", None, position=2
        ),
        result("https://www.springfieldcentre.example/about", "Our school", "own site"),
    ]
    with FakeSearxng({'"The Springfield Centre"': hits}) as fake:
        d = run(
            watchlist([{"provider": "searxng", "url": fake.url}]),
            store,
            since=NOW - timedelta(days=3),
        )
    report = one(d)
    assert (report.state, report.kind, report.name) == (
        SourceState.OK,
        SourceKind.SEARCH,
        "searxng",
    )
    assert [c.url for c in d.candidates] == [
        "https://news.example/2026/st",
        "https://forum.example/t/123",
    ]
    first = d.candidates[0]
    assert first.title == "Springfield news"
    assert first.snippet == "Inspectors praised The Springfield Centre for …"
    assert first.published == datetime(2026, 10, 14, 9, 30, tzinfo=UTC)
    assert d.candidates[1].published is None
    assert json.loads(first.raw)["url"] == "https://News.example/2026/st?utm_source=rss"
    assert first.source == "searxng" and first.source_kind is SourceKind.SEARCH
    # One request per query; the documented parameters and headers the limiter wants.
    assert len(fake.requests) == 5 == report.pages == store.api_calls_since("searxng", NOW)
    req = fake.requests[0]
    assert req.path == "/search"
    assert {k: v[0] for k, v in req.query.items()} == {
        "q": '"The Springfield Centre"',
        "format": "json",
        "pageno": "1",
        "time_range": "week",
        "language": "en-GB",
    }
    assert "text/html" in req.headers["accept"] and "accept-language" in req.headers
    assert report.candidates == 2


def test_searxng_pages_until_empty(store: Store) -> None:
    hits = [result(f"https://news.example/{i}", f"n{i}") for i in range(3)]
    with FakeSearxng(default=hits, per_page=2) as fake:
        d = run(
            watchlist(
                [{"provider": "searxng", "url": fake.url, "pages": 5}], aliases=[], locality=[]
            ),
            store,
        )
    first_query = [
        r.arg("pageno") for r in fake.requests if r.arg("q") == '"The Springfield Centre"'
    ]
    # SearXNG has no page size (it depends on the engines), so only an empty page ends paging.
    assert first_query == ["1", "2", "3"]
    assert "time_range" not in fake.requests[0].query  # first run: no window
    assert len(d.candidates) == 3


@pytest.mark.parametrize(
    ("fake_kwargs", "state", "needle"),
    [
        ({"json_enabled": False}, SourceState.ERROR, "search: formats: [html, json]"),
        (
            {
                "unresponsive": [
                    ["google", "CAPTCHA"],
                    ["duckduckgo", "Suspended: too many requests"],
                ]
            },
            SourceState.DEGRADED,
            "google (CAPTCHA)",
        ),
        ({"fail_500": True}, SourceState.ERROR, "HTTP 500"),
    ],
)
def test_searxng_failures_are_named_with_the_fix(
    store: Store, fake_kwargs: dict[str, Any], state: SourceState, needle: str
) -> None:
    with FakeSearxng(**fake_kwargs) as fake:
        d = run(watchlist([{"provider": "searxng", "url": fake.url}]), store)
    report = one(d)
    assert report.state is state, report.detail
    assert needle in report.detail
    assert d.candidates == ()


def test_searxng_limiter_does_not_trip_on_our_headers(store: Store) -> None:
    with FakeSearxng(default=[result("https://a.example/", "a")], limiter=True) as fake:
        d = run(watchlist([{"provider": "searxng", "url": fake.url}]), store)
    assert one(d).state is SourceState.OK
    assert [c.url for c in d.candidates] == ["https://a.example/"]


class StrictLimiter(FakeSearxng):
    """A public instance whose bot detection blocks every API client."""

    @staticmethod
    def _looks_like_bot(request: Request) -> bool:
        return True


def test_searxng_limiter_block_is_rate_limited_with_the_fix(store: Store) -> None:
    sleeps = Sleeps()
    with StrictLimiter(limiter=True) as fake:
        d = run(watchlist([{"provider": "searxng", "url": fake.url}]), store, sleep=sleeps)
    report = one(d)
    assert report.state is SourceState.RATE_LIMITED
    assert "server.limiter: false" in report.detail
    assert len(fake.requests) == 1 and sleeps == []  # a limiter block is not retried


class Redirector(FakeServer):
    def __init__(self, target: str) -> None:
        super().__init__()
        self.target = target

    def handle(self, request: Request) -> Reply:
        return Reply(302, "", "text/html", {"Location": self.target + request.path})


def test_redirect_to_another_host_is_not_followed(store: Store) -> None:
    with FakeSearxng(default=[result("https://a.example/", "a")]) as real:
        other = real.url.replace("127.0.0.1", "localhost")
        with Redirector(other) as fake:
            d = run(watchlist([{"provider": "searxng", "url": fake.url}]), store)
    report = one(d)
    assert report.state is SourceState.ERROR and "redirected to another site" in report.detail
    assert real.requests == []


def test_unreachable_source_does_not_stop_the_others(store: Store) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    with FakeSearxng(default=[result("https://a.example/", "a")]) as fake:
        d = run(
            watchlist(
                [
                    {"provider": "searxng", "url": dead, "name": "dead"},
                    {"provider": "searxng", "url": fake.url, "name": "alive"},
                ]
            ),
            store,
        )
    states = {r.name: r.state for r in d.reports}
    assert states == {"dead": SourceState.UNREACHABLE, "alive": SourceState.OK}
    assert [c.url for c in d.candidates] == ["https://a.example/"]


# --------------------------------------------------------------------------- Brave


def brave_source(url: str, **extra: Any) -> dict[str, Any]:
    return {"provider": "brave", "url": url, "key_env": "BRAVE_API_KEY", **extra}


def test_brave_results_and_request(store: Store) -> None:
    hits = [
        web_result(
            "https://www.example-news.co.uk/2026/10/x?utm_campaign=y",
            "Ofsted: Springfield",
            "Inspectors praised <strong>The Springfield Centre</strong> for ...",
        )
    ]
    with FakeBrave(BRAVE_KEY, hits) as fake:
        d = run(
            watchlist([brave_source(fake.url, count=30, pages=3)]),
            store,
            env={"BRAVE_API_KEY": BRAVE_KEY},
            since=NOW - timedelta(hours=12),
        )
    report = one(d)
    assert report.state is SourceState.OK, report.detail
    c = d.candidates[0]
    assert c.url == "https://www.example-news.co.uk/2026/10/x"
    assert c.snippet == "Inspectors praised The Springfield Centre for ..."
    assert c.published == datetime(2026, 10, 14, 9, 30, tzinfo=UTC)
    req = fake.requests[0]
    assert req.path == "/res/v1/web/search"
    assert req.headers["x-subscription-token"] == BRAVE_KEY
    assert {k: v[0] for k, v in req.query.items()} == {
        "q": '"The Springfield Centre"',
        "country": "GB",
        "search_lang": "en",
        "count": "20",
        "offset": "0",
        "freshness": "pd",
    }
    # more_results_available is false after page 0: no further pages asked.
    assert len(fake.requests) == 5


def test_brave_pages_while_more_results_available(store: Store) -> None:
    hits = [web_result(f"https://n.example/{i}", f"t{i}") for i in range(5)]
    with FakeBrave(BRAVE_KEY, hits, more_pages=2) as fake:
        run(
            watchlist([brave_source(fake.url, count=2, pages=5)], aliases=[], locality=[]),
            store,
            env={"BRAVE_API_KEY": BRAVE_KEY},
        )
    offsets = [r.arg("offset") for r in fake.requests if r.arg("q") == '"The Springfield Centre"']
    assert offsets == ["0", "1"]


def test_brave_invalid_key_is_auth_failed_and_never_shows_the_key(store: Store) -> None:
    with FakeBrave("the-right-key") as fake:
        d = run(watchlist([brave_source(fake.url)]), store, env={"BRAVE_API_KEY": BRAVE_KEY})
    report = one(d)
    assert report.state is SourceState.AUTH_FAILED
    assert "SUBSCRIPTION_TOKEN_INVALID" in report.detail and "$BRAVE_API_KEY" in report.detail
    assert BRAVE_KEY not in report.detail
    assert len(fake.requests) == 1  # an auth failure is not retried


@pytest.mark.parametrize(
    ("source_extra", "env"),
    [
        ({}, {}),  # the variable is not set
        ({"key_env": None}, {"BRAVE_API_KEY": BRAVE_KEY}),  # no variable named in the config
    ],
)
def test_brave_without_a_key_is_not_configured(
    store: Store, source_extra: dict[str, Any], env: dict[str, str]
) -> None:
    with FakeBrave(BRAVE_KEY) as fake:
        source = {
            k: v for k, v in {**brave_source(fake.url), **source_extra}.items() if v is not None
        }
        d = run(watchlist([source]), store, env=env)
    report = one(d)
    assert report.state is SourceState.NOT_CONFIGURED
    assert ("BRAVE_API_KEY" in report.detail) or ("key_env" in report.detail)
    assert fake.requests == []


def test_brave_missing_header_gets_validation_error(store: Store) -> None:
    # What Brave says when the header is absent, checked against the fake directly.
    import httpx

    with FakeBrave(BRAVE_KEY) as fake:
        r = httpx.get(fake.url + "/res/v1/web/search", params={"q": "x"})
    body = r.json()
    assert r.status_code == 422 and body["error"]["code"] == "VALIDATION"
    assert body["error"]["meta"]["errors"][0]["loc"] == ["header", "x-subscription-token"]


def test_brave_rate_limit_is_retried_after_the_reset(store: Store) -> None:
    sleeps = Sleeps()
    with FakeBrave(BRAVE_KEY, [web_result("https://a.example/", "a")], rate_limited=1) as fake:
        d = run(
            watchlist([brave_source(fake.url)]),
            store,
            env={"BRAVE_API_KEY": BRAVE_KEY},
            sleep=sleeps,
        )
    assert one(d).state is SourceState.OK
    assert sleeps == [1.0]  # the per-second window of X-RateLimit-Reset
    assert len(fake.requests) == 6 == store.api_calls_since("brave", NOW)


def test_brave_free_plan_is_paced_instead_of_spending_requests_on_429(store: Store) -> None:
    sleeps = Sleeps()
    with FakeBrave(BRAVE_KEY, [web_result("https://a.example/", "a")], per_second=1) as fake:
        d = run(
            watchlist([brave_source(fake.url)], aliases=[], locality=[]),
            store,
            env={"BRAVE_API_KEY": BRAVE_KEY},
            sleep=sleeps,
        )
    assert one(d).state is SourceState.OK
    # 3 queries, each success leaves 0 this second: wait the 1 s window after each.
    assert sleeps == [1.0, 1.0, 1.0] and len(fake.requests) == 3


def test_brave_long_rate_limit_reports_the_reset_time(store: Store) -> None:
    sleeps = Sleeps()
    with FakeBrave(BRAVE_KEY, rate_limited=99, per_second_reset=3600) as fake:
        d = run(
            watchlist([brave_source(fake.url)]),
            store,
            env={"BRAVE_API_KEY": BRAVE_KEY},
            sleep=sleeps,
        )
    report = one(d)
    assert report.state is SourceState.RATE_LIMITED
    assert report.reset_at == NOW + timedelta(hours=1)
    assert sleeps == [] and len(fake.requests) == 1


def test_brave_quota_exhausted(store: Store) -> None:
    with FakeBrave(BRAVE_KEY, [web_result("https://a.example/", "a")], quota=2) as fake:
        d = run(watchlist([brave_source(fake.url)]), store, env={"BRAVE_API_KEY": BRAVE_KEY})
    report = one(d)
    assert report.state is SourceState.QUOTA_EXHAUSTED
    assert report.reset_at is not None and report.reset_at > NOW + timedelta(days=10)
    assert [c.url for c in d.candidates] == ["https://a.example/"]  # found before: kept
    assert len(fake.requests) == 3


# --------------------------------------------------------------------------- budgets


def test_budget_stops_before_going_over(store: Store) -> None:
    for _ in range(2):  # an earlier run today
        store.record_api_call("brave", NOW - timedelta(hours=3), 200)
    store.record_api_call("brave", NOW - timedelta(days=2), 200)  # outside the day
    with FakeBrave(BRAVE_KEY, [web_result("https://a.example/", "a")]) as fake:
        d = run(
            watchlist([brave_source(fake.url, budget_per_day=4)]),
            store,
            env={"BRAVE_API_KEY": BRAVE_KEY},
        )
    report = one(d)
    assert report.state is SourceState.BUDGET_STOPPED
    assert "budget_per_day = 4" in report.detail
    assert len(fake.requests) == 2
    assert store.api_calls_since("brave", NOW - timedelta(days=1)) == 4


def test_monthly_budget(store: Store) -> None:
    store.record_api_call("searxng", NOW - timedelta(days=20), 200)
    with FakeSearxng() as fake:
        d = run(watchlist([{"provider": "searxng", "url": fake.url, "budget_per_month": 1}]), store)
    assert one(d).state is SourceState.BUDGET_STOPPED
    assert "budget_per_month = 1" in one(d).detail and fake.requests == []


# --------------------------------------------------------------------------- feeds


def test_google_alerts_feed_links_are_unwrapped(store: Store) -> None:
    body = google_alerts(
        [
            (
                "https://www.example-news.co.uk/2026/10/ofsted?ref=rss&utm_source=alerts",
                "<b>The Springfield Centre</b> rated Good",
                "Inspectors praised <b>it</b>&nbsp;...",
            ),
            ("https://blog.example/p/1", "Blog", "about <b>Jane Smith</b>"),
        ]
    )
    with FakeFeeds({"/alerts/feeds/1/2": (body, ATOM)}) as fake:
        d = run(watchlist(feeds=[{"url": fake.url + "/alerts/feeds/1/2", "name": "alerts"}]), store)
    report = one(d)
    assert (report.state, report.kind, report.name) == (SourceState.OK, SourceKind.FEED, "alerts")
    assert [c.url for c in d.candidates] == [
        "https://www.example-news.co.uk/2026/10/ofsted?ref=rss",
        "https://blog.example/p/1",
    ]
    c = d.candidates[0]
    assert c.title == "The Springfield Centre rated Good"
    assert c.snippet == "Inspectors praised it ..."
    assert c.published == datetime(2026, 10, 14, 9, 30, 15, tzinfo=UTC)
    assert c.source_kind is SourceKind.FEED
    assert c.raw.startswith("<entry") and "googlealerts/feed:" in c.raw


def test_rss_feed_from_a_secret_url(store: Store) -> None:
    body = rss([("https://forum.example/t/9", "Springfield forum", "a <b>post</b>")])
    with FakeFeeds({"/alerts/rss/SECRETTOKEN123": (body, RSS)}) as fake:
        secret = fake.url + "/alerts/rss/SECRETTOKEN123"
        d = run(watchlist(feeds=[{"url_env": "TW_FEED"}]), store, env={"TW_FEED": secret})
    report = one(d)
    assert report.name == "TW_FEED" and report.state is SourceState.OK
    assert d.candidates[0].url == "https://forum.example/t/9"
    assert d.candidates[0].published == datetime(2026, 10, 14, 9, 30, tzinfo=UTC)
    assert "<item>" in d.candidates[0].raw


@pytest.mark.parametrize(
    ("body", "ctype", "needle"),
    [
        (MALFORMED, ATOM, "malformed feed"),
        (SIGN_IN_PAGE, "text/html; charset=utf-8", "an HTML page, not a feed"),
    ],
)
def test_broken_feeds_are_reported_without_the_secret_url(
    store: Store, body: str, ctype: str, needle: str
) -> None:
    with FakeFeeds({"/f/SECRETTOKEN123": (body, ctype)}) as fake:
        d = run(
            watchlist(feeds=[{"url_env": "FEED"}]),
            store,
            env={"FEED": fake.url + "/f/SECRETTOKEN123"},
        )
    report = one(d)
    assert report.state is SourceState.ERROR and needle in report.detail
    assert "SECRETTOKEN123" not in report.detail and "$FEED" in report.detail


def test_partly_malformed_feed_is_degraded_but_read(store: Store) -> None:
    with FakeFeeds({"/f": (MALFORMED_PARTIAL, ATOM)}) as fake:
        d = run(watchlist(feeds=[{"url": fake.url + "/f", "name": "partial"}]), store)
    report = one(d)
    assert report.state is SourceState.DEGRADED and "not well-formed" in report.detail
    assert [c.url for c in d.candidates] == ["https://news.example/partial"]
    assert json.loads(d.candidates[0].raw)["link"] == "https://news.example/partial"


def test_feed_404_and_missing_variable(store: Store) -> None:
    with FakeFeeds({}) as fake:
        d = run(
            watchlist(feeds=[{"url": fake.url + "/gone", "name": "gone"}, {"url_env": "NOT_SET"}]),
            store,
        )
    states = {r.name: r.state for r in d.reports}
    assert states == {"gone": SourceState.ERROR, "NOT_SET": SourceState.NOT_CONFIGURED}


# --------------------------------------------------------------------------- de-duplication


def test_candidates_deduplicated_across_providers(store: Store) -> None:
    same = "https://news.example/story"
    with (
        FakeSearxng(default=[result(same + "?utm_source=sx", "sx")]) as sx,
        FakeBrave(
            BRAVE_KEY,
            [
                web_result("HTTPS://NEWS.example:443/story?fbclid=1", "b"),
                web_result("https://other.example/", "o"),
            ],
        ) as br,
        FakeFeeds({"/f": (google_alerts([(same, "feed", "c")]), ATOM)}) as fd,
    ):
        d = run(
            watchlist(
                [{"provider": "searxng", "url": sx.url}, brave_source(br.url)],
                feeds=[{"url": fd.url + "/f", "name": "f"}],
            ),
            store,
            env={"BRAVE_API_KEY": BRAVE_KEY},
        )
    assert [c.url for c in d.candidates] == [same, "https://other.example/"]
    assert d.candidates[0].source == "searxng"
    assert [r.candidates for r in d.reports] == [1, 2, 1]


def test_disabled_and_duplicate_labels(store: Store) -> None:
    with FakeSearxng() as fake:
        d = run(
            watchlist(
                [
                    {"provider": "searxng", "url": fake.url},
                    {"provider": "searxng", "url": fake.url, "enabled": False},
                ]
            ),
            store,
        )
    assert [(r.name, r.state) for r in d.reports] == [
        ("searxng", SourceState.OK),
        ("searxng-2", SourceState.NOT_CONFIGURED),
    ]
