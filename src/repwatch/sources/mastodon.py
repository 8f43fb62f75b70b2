"""Mastodon status search: ``GET <instance>/api/v2/search?type=statuses`` with a user token.

Without a token (or on a server without full-text search) Mastodon answers 200 with
``"statuses": []`` — silence that looks like "nothing found". So no request is made without
the token named by ``token_env``, and the report says the source is not configured. Even with
a token only posts from accounts that opted in to search (Mastodon 4.2+) are found, on that
one instance; the report says so. Mastodon has no date filter: posts older than the last
successful run are dropped here.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from repwatch.config import SearchSource
from repwatch.errors import AuthError, NotConfigured
from repwatch.sources.base import (
    Retry,
    SourceContext,
    json_body,
    parse_when,
    retry_after,
)
from repwatch.sources.queries import Plan

DEFAULT_URL = "https://mastodon.social"
PATH = "/api/v2/search"
MAX_LIMIT = 40
NO_TOKEN = (
    "without a token Mastodon answers every post search with an empty list; on the instance "
    "create an application (Preferences → Development) with the read:search scope, export its "
    "access token and name that variable in token_env"
)


def _classify(ctx: SourceContext, token_env: str) -> Callable[[httpx.Response], None]:
    def classify(response: httpx.Response) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        body = json_body(response)
        message = body.get("error", "") if isinstance(body, dict) else ""
        if status in (401, 403):
            raise AuthError(
                f"{ctx.label}: Mastodon refused the token in ${token_env} "
                f"({status}: {message or 'unauthorized'}); create a new access "
                "token with the read:search scope"
            )
        if status == 429:
            wait = retry_after(response, ctx.now)
            reset = parse_when(response.headers.get("x-ratelimit-reset"))
            if wait is None and reset is not None:
                wait = max(0.0, (reset - ctx.now).total_seconds())
            raise Retry(ctx.rate_limited(f"Mastodon rate limit ({message or 429})", wait), wait)
        ctx.default_classify(response)

    return classify


def search(ctx: SourceContext, source: SearchSource, plan: Plan) -> None:
    if not source.token_env:
        raise NotConfigured(f"{ctx.label}: no token_env; {NO_TOKEN}")
    token = ctx.secret(source.token_env, "Mastodon access token", "token_env")
    endpoint = (source.url or DEFAULT_URL).rstrip("/") + PATH
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    classify = _classify(ctx, source.token_env)
    limit = max(1, min(source.count, MAX_LIMIT))
    dropped = 0
    for query in plan.queries:
        for page in range(max(1, source.pages)):
            params: dict[str, str | int] = {
                "q": query.text,
                "type": "statuses",
                "limit": limit,
                "resolve": "false",
            }
            if page:
                params["offset"] = page * limit
            response = ctx.request(
                "GET", endpoint, params=params, headers=headers, classify=classify
            )
            statuses = (ctx.json(response, endpoint) or {}).get("statuses") or []
            for status in statuses:
                if not isinstance(status, dict):
                    continue
                when = parse_when(status.get("created_at"))
                if plan.since is not None and when is not None and when < plan.since:
                    dropped += 1
                    continue
                account = status.get("account") or {}
                who = account.get("display_name") or account.get("acct") or "someone"
                ctx.add(
                    str(status.get("url") or status.get("uri") or ""),
                    title=f"{who} on Mastodon",
                    snippet=str(status.get("content", "")),
                    published=when,
                    raw=status,
                )
            if len(statuses) < limit:
                break
    ctx.notes.append(
        "Mastodon finds only posts from accounts that opted in to search, on this one instance"
    )
