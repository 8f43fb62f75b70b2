"""Bluesky, Mastodon and Serper sources against local fakes of their documented APIs."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fakes.bluesky import FakeBluesky, post
from fakes.mastodon import FakeMastodon, status
from fakes.serper import FakeSerper, organic

from repwatch.config import Watchlist, from_dict
from repwatch.models import SourceReport, SourceState
from repwatch.sources import Discovery, RetryPolicy, discover
from repwatch.store import Store

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)
FAST = RetryPolicy(attempts=3, base_delay=0.01, max_delay=2.0, max_total_wait=3.0)
HANDLE, APP_PASSWORD = "school-watch.bsky.social", "abcd-efgh-ijkl-mnop"
BSKY_ENV = {"BSKY_HANDLE": HANDLE, "BSKY_APP_PASSWORD": APP_PASSWORD}
MASTO_TOKEN = "masto-secret-token-42"
SERPER_KEY = "serper-secret-key-99"


def watchlist(search: list[dict[str, Any]]) -> Watchlist:
    return from_dict(
        {
            "school": {
                "name": "The Springfield Centre",
                "aliases": [],
                "locality": ["Springfield"],
            },
            "staff": [{"id": "jsmith", "name": "Jane Smith"}],
            "search": search,
            "crawl": {"timeout_seconds": 5},
        },
        Path("watchlist.toml"),
    )  # 3 queries: school, staff × (school, locality)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "repwatch.db")
    yield s
    s.close()


def run(
    w: Watchlist,
    store: Store,
    env: dict[str, str],
    since: datetime | None = None,
    sleeps: list[float] | None = None,
) -> tuple[Discovery, SourceReport]:
    d = discover(
        w,
        store,
        since=since,
        now=NOW,
        env=env,
        retry=FAST,
        sleep=(sleeps if sleeps is not None else []).append,
    )
    assert len(d.reports) == 1
    return d, d.reports[0]


# --------------------------------------------------------------------------- Bluesky


def bsky(url: str, **extra: Any) -> dict[str, Any]:
    return {
        "provider": "bluesky",
        "url": url,
        "username_env": "BSKY_HANDLE",
        "password_env": "BSKY_APP_PASSWORD",
        **extra,
    }


def test_bluesky_logs_in_searches_and_links_posts(store: Store) -> None:
    posts = [
        post("parent.bsky.social", "3m2abcdxyz22a", "The Springfield Centre's new head"),
        post("handle.invalid", "3m2zzz", "another", did="did:plc:nohandle"),
    ]
    with FakeBluesky(HANDLE, APP_PASSWORD, posts) as fake:
        d, report = run(watchlist([bsky(fake.url)]), store, BSKY_ENV, since=NOW - timedelta(days=2))
    assert report.state is SourceState.OK, report.detail
    assert [c.url for c in d.candidates] == [
        "https://bsky.app/profile/parent.bsky.social/post/3m2abcdxyz22a",
        "https://bsky.app/profile/did:plc:nohandle/post/3m2zzz",
    ]
    c = d.candidates[0]
    assert c.snippet == "The Springfield Centre's new head" and c.title == "A Parent on Bluesky"
    assert c.published == datetime(2026, 10, 14, 9, 30, tzinfo=UTC)
    assert json.loads(c.raw)["uri"].startswith("at://")
    login, first = fake.requests[0], fake.requests[1]
    assert login.path.endswith("createSession") and login.json() == {
        "identifier": HANDLE,
        "password": APP_PASSWORD,
    }
    assert first.headers["authorization"] == "Bearer eyJ.access-1.sig"
    assert first.arg("since") == "2026-11-26T07:00:00Z" and first.arg("sort") == "latest"
    assert fake.sessions == 1  # one session for the whole run


def test_bluesky_expired_token_is_refreshed(store: Store) -> None:
    with FakeBluesky(
        HANDLE, APP_PASSWORD, [post("p.bsky.social", "r1", "hi")], access_uses=1
    ) as fake:
        d, report = run(watchlist([bsky(fake.url)]), store, BSKY_ENV)
    assert report.state is SourceState.OK, report.detail
    assert fake.sessions == 1 and fake.refreshes == 2  # three searches, one token each
    refresh = next(r for r in fake.requests if r.path.endswith("refreshSession"))
    assert refresh.headers["authorization"] == "Bearer eyJ.refresh-1.sig"
    assert "eyJ" not in report.detail


def test_bluesky_wrong_password_is_auth_failed_without_the_password(store: Store) -> None:
    with FakeBluesky(HANDLE, "the-real-one-xyz") as fake:
        _, report = run(watchlist([bsky(fake.url)]), store, BSKY_ENV)
    assert report.state is SourceState.AUTH_FAILED
    assert "$BSKY_APP_PASSWORD" in report.detail and APP_PASSWORD not in report.detail
    assert len(fake.requests) == 1


def test_bluesky_search_without_token_is_auth_missing() -> None:
    import httpx

    with FakeBluesky() as fake:
        r = httpx.get(fake.url + "/xrpc/app.bsky.feed.searchPosts", params={"q": "x"})
    assert r.status_code == 401
    assert r.json() == {"error": "AuthMissing", "message": "Authentication Required"}


def test_bluesky_cdn_block_and_missing_credentials(store: Store) -> None:
    with FakeBluesky(cdn_block=True) as fake:
        _, report = run(watchlist([bsky(fake.url)]), store, BSKY_ENV)
        assert report.state is SourceState.ERROR and "bsky.social" in report.detail
        _, report = run(watchlist([bsky(fake.url)]), store, {"BSKY_HANDLE": HANDLE})
        assert report.state is SourceState.NOT_CONFIGURED
        assert "BSKY_APP_PASSWORD" in report.detail


def test_bluesky_rate_limit_uses_the_reset_header(store: Store) -> None:
    reset = int((NOW + timedelta(minutes=5)).timestamp())
    with FakeBluesky(HANDLE, APP_PASSWORD, rate_limited=5, rate_reset_epoch=reset) as fake:
        _, report = run(watchlist([bsky(fake.url)]), store, BSKY_ENV)
    assert report.state is SourceState.RATE_LIMITED
    assert report.reset_at == NOW + timedelta(minutes=5)
    assert len(fake.requests) == 2  # login, one search; a 5-minute wait is not waited


# --------------------------------------------------------------------------- Mastodon


def masto(url: str, **extra: Any) -> dict[str, Any]:
    return {"provider": "mastodon", "url": url, "token_env": "MASTO_TOKEN", **extra}


def test_mastodon_with_token(store: Store) -> None:
    statuses = [
        status(1, "<p>Great result for <span>The Springfield Centre</span></p><p>x</p>"),
        status(2, "<p>old news</p>", created="2026-01-01T00:00:00.000Z"),
    ]
    with FakeMastodon(MASTO_TOKEN, statuses) as fake:
        d, report = run(
            watchlist([masto(fake.url)]),
            store,
            {"MASTO_TOKEN": MASTO_TOKEN},
            since=NOW - timedelta(days=60),
        )
    assert report.state is SourceState.OK, report.detail
    assert "opted in" in report.detail
    assert [c.url for c in d.candidates] == ["https://mastodon.example/@someone/113300000000000001"]
    assert d.candidates[0].snippet == "Great result for The Springfield Centre x"
    req = fake.requests[0]
    assert req.path == "/api/v2/search" and req.arg("type") == "statuses"
    assert req.headers["authorization"] == f"Bearer {MASTO_TOKEN}"


@pytest.mark.parametrize("source_extra", [{"token_env": None}, {}])
def test_mastodon_without_token_is_not_configured_not_empty(
    store: Store, source_extra: dict[str, Any]
) -> None:
    with FakeMastodon(MASTO_TOKEN, [status(1, "x")]) as fake:
        source = {k: v for k, v in {**masto(fake.url), **source_extra}.items() if v is not None}
        _, report = run(watchlist([source]), store, {})
    assert report.state is SourceState.NOT_CONFIGURED
    assert "empty list" in report.detail or "MASTO_TOKEN" in report.detail
    assert fake.requests == []


def test_mastodon_fake_answers_empty_without_token() -> None:
    import httpx

    with FakeMastodon(MASTO_TOKEN, [status(1, "x")]) as fake:
        r = httpx.get(fake.url + "/api/v2/search", params={"q": "x", "type": "statuses"})
    assert r.status_code == 200 and r.json()["statuses"] == []


def test_mastodon_bad_token_and_rate_limit(store: Store) -> None:
    with FakeMastodon("other") as fake:
        _, report = run(watchlist([masto(fake.url)]), store, {"MASTO_TOKEN": MASTO_TOKEN})
    assert report.state is SourceState.AUTH_FAILED and MASTO_TOKEN not in report.detail
    sleeps: list[float] = []
    with FakeMastodon(
        MASTO_TOKEN, [status(1, "x")], rate_limited=1, reset="2026-11-28T07:00:01.000Z"
    ) as fake:
        d, report = run(
            watchlist([masto(fake.url)]), store, {"MASTO_TOKEN": MASTO_TOKEN}, sleeps=sleeps
        )
    assert report.state is SourceState.OK and sleeps == [1.0]


# --------------------------------------------------------------------------- Serper


def serper(url: str, **extra: Any) -> dict[str, Any]:
    return {"provider": "serper", "url": url, "key_env": "SERPER_API_KEY", **extra}


def test_serper_results_and_request(store: Store) -> None:
    hits = [
        organic("https://www.example-news.co.uk/x?gclid=abc", "Ofsted", "Inspectors …"),
        organic("https://b.example/", "B", "…", date="3 days ago"),
    ]
    with FakeSerper(SERPER_KEY, hits) as fake:
        d, report = run(
            watchlist([serper(fake.url, count=20)]),
            store,
            {"SERPER_API_KEY": SERPER_KEY},
            since=NOW - timedelta(days=5),
        )
    assert report.state is SourceState.OK, report.detail
    assert [c.url for c in d.candidates] == [
        "https://www.example-news.co.uk/x",
        "https://b.example/",
    ]
    assert d.candidates[0].published == datetime(2026, 10, 14, tzinfo=UTC)
    assert d.candidates[1].published == NOW - timedelta(days=3)
    req = fake.requests[0]
    assert req.method == "POST" and req.headers["x-api-key"] == SERPER_KEY
    assert req.json() == {
        "q": '"The Springfield Centre"',
        "gl": "gb",
        "hl": "en",
        "num": 10,
        "page": 1,
        "tbs": "qdr:w",
    }
    assert fake.credits == 2500 - 3  # never more than one credit a request


@pytest.mark.parametrize(
    ("key", "credits", "state", "needle"),
    [
        (SERPER_KEY, 0, SourceState.QUOTA_EXHAUSTED, "Not enough credits"),
        ("another-key", 100, SourceState.AUTH_FAILED, "$SERPER_API_KEY"),
    ],
)
def test_serper_errors(
    store: Store, key: str, credits: int, state: SourceState, needle: str
) -> None:
    with FakeSerper(key, credits=credits) as fake:
        _, report = run(watchlist([serper(fake.url)]), store, {"SERPER_API_KEY": SERPER_KEY})
    assert report.state is state and needle in report.detail
    assert SERPER_KEY not in report.detail
    assert len(fake.requests) == 1
