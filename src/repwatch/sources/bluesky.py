"""Bluesky post search: ``app.bsky.feed.searchPosts`` after ``com.atproto.server.createSession``.

Unauthenticated search has been switched off since 2025-01-21, so the source logs in with
the handle and app password named by ``username_env`` / ``password_env`` (one session per
run). An expired access token (400 ``ExpiredToken``) is renewed once with
``com.atproto.server.refreshSession``, falling back to a fresh login. ``url`` is the PDS or
AppView base (default ``https://bsky.social``; ``public.api.bsky.app`` blocks search with an
HTML 403). Each post becomes its web link ``https://bsky.app/profile/<handle>/post/<rkey>``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import Any

import httpx

from repwatch.config import SearchSource
from repwatch.errors import AuthError, SourceError
from repwatch.sources.base import Retry, SourceContext, json_body, parse_when, retry_after
from repwatch.sources.queries import Plan

DEFAULT_URL = "https://bsky.social"
CREATE = "/xrpc/com.atproto.server.createSession"
REFRESH = "/xrpc/com.atproto.server.refreshSession"
SEARCH = "/xrpc/app.bsky.feed.searchPosts"
MAX_LIMIT = 100
WEB = "https://bsky.app"


class TokenExpired(AuthError):
    """The access (or refresh) token is no longer accepted: renew the session."""


def _xrpc_error(response: httpx.Response) -> tuple[str, str]:
    body = json_body(response)
    if isinstance(body, dict):
        return str(body.get("error", "")), str(body.get("message", ""))
    return "", ""


def _classify(ctx: SourceContext, where: str, creds: str) -> Callable[[httpx.Response], None]:
    def classify(response: httpx.Response) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        error, message = _xrpc_error(response)
        if error in ("ExpiredToken", "InvalidToken"):
            raise TokenExpired(f"{ctx.label}: Bluesky session token rejected ({error})")
        if status == 401 or error in ("AuthMissing", "AuthenticationRequired"):
            raise AuthError(
                f"{ctx.label}: Bluesky refused the login ({error or status}: {message}); "
                f"check {creds} (an app password from Settings → Privacy and security → App "
                "passwords, not the account password)"
            )
        if status == 429 or error == "RateLimitExceeded":
            wait = retry_after(response, ctx.now)
            reset = response.headers.get("ratelimit-reset", "")
            if wait is None and reset.isdigit():
                wait = max(0.0, int(reset) - ctx.now.timestamp())
            raise Retry(ctx.rate_limited(f"Bluesky rate limit ({message or 429})", wait), wait)
        if status == 403 and json_body(response) is None:
            raise SourceError(
                f"{ctx.label}: {where} answered 403 with an HTML page (the public.api.bsky.app "
                'CDN blocks search); set url = "https://bsky.social" or your own PDS'
            )
        if error:
            raise SourceError(f"{ctx.label}: Bluesky rejected the request ({error}: {message})")
        ctx.default_classify(response)

    return classify


def post_url(post: dict[str, Any]) -> str:
    uri = str(post.get("uri", ""))
    author = post.get("author") or {}
    handle = author.get("handle") or ""
    if not handle or handle == "handle.invalid":
        handle = author.get("did") or uri.removeprefix("at://").split("/", 1)[0]
    rkey = uri.rstrip("/").rsplit("/", 1)[-1]
    return f"{WEB}/profile/{handle}/post/{rkey}" if handle and rkey else ""


def search(ctx: SourceContext, source: SearchSource, plan: Plan) -> None:
    identifier = ctx.secret(source.username_env, "Bluesky handle", "username_env")
    password = ctx.secret(source.password_env, "Bluesky app password", "password_env")
    base = (source.url or DEFAULT_URL).rstrip("/")
    creds = f"${source.username_env} and ${source.password_env}"
    classify = _classify(ctx, base, creds)
    tokens: dict[str, str] = {}

    def login() -> None:
        response = ctx.request(
            "POST",
            base + CREATE,
            classify=classify,
            json={"identifier": identifier, "password": password},
        )
        data = ctx.json(response, base + CREATE)
        tokens["access"], tokens["refresh"] = data["accessJwt"], data["refreshJwt"]
        ctx.hide("BLUESKY_ACCESS_TOKEN", tokens["access"])
        ctx.hide("BLUESKY_REFRESH_TOKEN", tokens["refresh"])

    def renew() -> None:
        try:
            response = ctx.request(
                "POST",
                base + REFRESH,
                classify=classify,
                headers={"Authorization": f"Bearer {tokens['refresh']}"},
            )
        except TokenExpired:
            login()
            return
        data = ctx.json(response, base + REFRESH)
        tokens["access"], tokens["refresh"] = data["accessJwt"], data["refreshJwt"]
        ctx.hide("BLUESKY_ACCESS_TOKEN", tokens["access"])
        ctx.hide("BLUESKY_REFRESH_TOKEN", tokens["refresh"])

    def get(params: dict[str, str | int]) -> Any:
        for attempt in range(2):
            try:
                response = ctx.request(
                    "GET",
                    base + SEARCH,
                    params=params,
                    classify=classify,
                    headers={"Authorization": f"Bearer {tokens['access']}"},
                )
                return ctx.json(response, base + SEARCH)
            except TokenExpired:
                if attempt:
                    raise AuthError(
                        f"{ctx.label}: Bluesky rejected a fresh session token; check {creds}"
                    ) from None
                renew()
        return None  # unreachable: the loop returns or raises

    login()
    limit = max(1, min(source.count, MAX_LIMIT))
    for query in plan.queries:
        cursor = ""
        for _page in range(max(1, source.pages)):
            params: dict[str, str | int] = {"q": query.text, "sort": "latest", "limit": limit}
            if plan.since is not None:
                params["since"] = plan.since.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            if cursor:
                params["cursor"] = cursor
            data = get(params) or {}
            posts = data.get("posts") or []
            for post in posts:
                if not isinstance(post, dict):
                    continue
                record = post.get("record") or {}
                author = post.get("author") or {}
                who = author.get("displayName") or author.get("handle") or "someone"
                when = parse_when(record.get("createdAt")) or parse_when(post.get("indexedAt"))
                ctx.add(
                    post_url(post),
                    title=f"{who} on Bluesky",
                    snippet=str(record.get("text", "")),
                    published=when,
                    raw=post,
                )
            cursor = str(data.get("cursor") or "")
            if not posts or not cursor:
                break
