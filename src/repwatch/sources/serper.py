"""Serper.dev (Google results, optional and off unless configured): ``POST <url>/search``.

``X-API-KEY`` from the variable named by ``key_env``. Out of credits is a 400 whose message
mentions credits ("Not enough credits"), not a 402 or 429: it is reported as quota
exhausted. ``num`` is capped at 10 because a larger page costs two credits, which the
request-counting budget would not see.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from repwatch.config import SearchSource
from repwatch.errors import AuthError, QuotaExhausted, SourceError
from repwatch.sources.base import Retry, SourceContext, json_body, parse_when, retry_after
from repwatch.sources.queries import Freshness, Plan

DEFAULT_URL = "https://google.serper.dev"
PATH = "/search"
MAX_NUM = 10
TBS = {
    Freshness.DAY: "qdr:d",
    Freshness.WEEK: "qdr:w",
    Freshness.MONTH: "qdr:m",
    Freshness.YEAR: "qdr:y",
}


def _classify(ctx: SourceContext, key_env: str) -> Callable[[httpx.Response], None]:
    def classify(response: httpx.Response) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        body = json_body(response)
        message = str(body.get("message", "")) if isinstance(body, dict) else ""
        message = message or ctx.excerpt(response, 120)
        if "credit" in message.lower():
            raise QuotaExhausted(
                f"{ctx.label}: Serper says: {message}; buy credits at "
                "serper.dev, or set enabled = false in its [[search]] entry"
            )
        if status in (401, 403):
            raise AuthError(
                f"{ctx.label}: Serper refused the key in ${key_env} ({status}: "
                f"{message}); copy the key from serper.dev into that variable"
            )
        if status == 429:
            wait = retry_after(response, ctx.now)
            raise Retry(ctx.rate_limited(f"Serper rate limit ({message})", wait), wait)
        if status == 400:
            raise SourceError(f"{ctx.label}: Serper rejected the request ({message})")
        ctx.default_classify(response)

    return classify


def search(ctx: SourceContext, source: SearchSource, plan: Plan) -> None:
    key = ctx.secret(source.key_env, "Serper API key", "key_env")
    endpoint = (source.url or DEFAULT_URL).rstrip("/") + PATH
    headers = {"X-API-KEY": key, "Content-Type": "application/json"}
    classify = _classify(ctx, source.key_env)
    num = max(1, min(source.count, MAX_NUM))
    for query in plan.queries:
        for page in range(1, max(1, source.pages) + 1):
            body: dict[str, str | int | bool] = {
                "q": query.text,
                "gl": "gb",
                "hl": "en",
                "num": num,
                "page": page,
            }
            if plan.window in TBS:
                body["tbs"] = TBS[plan.window]
            response = ctx.request("POST", endpoint, json=body, headers=headers, classify=classify)
            organic = (ctx.json(response, endpoint) or {}).get("organic") or []
            for hit in organic:
                if isinstance(hit, dict):
                    ctx.add(
                        str(hit.get("link") or ""),
                        title=str(hit.get("title") or ""),
                        snippet=str(hit.get("snippet") or ""),
                        published=parse_when(hit.get("date"), ctx.now),
                        raw=hit,
                    )
            if len(organic) < num:
                break
