"""Brave Search API (paid, official): ``GET <url>/res/v1/web/search``.

``X-Subscription-Token`` from the environment variable named by ``key_env``; ``offset`` is a
page index (0–9), ``count`` at most 20. Brave's errors come as
``{"type": "ErrorResponse", "error": {"code", "detail", …}}`` (older docs show ``errors: […]``;
both are read): a bad key is 422 ``SUBSCRIPTION_TOKEN_INVALID``, and 429 is either
``RATE_LIMITED`` (per-second window: wait and retry) or ``QUOTA_LIMITED`` (the month's plan is
used up). ``X-RateLimit-*`` values are comma lists: per-second window, then per-month.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx

from repwatch.config import SearchSource
from repwatch.errors import AuthError, QuotaExhausted, SourceError
from repwatch.sources.base import Retry, SourceContext, header_list, json_body, parse_when
from repwatch.sources.queries import Freshness, Plan

PATH = "/res/v1/web/search"
DEFAULT_URL = "https://api.search.brave.com"
MAX_COUNT = 20
MAX_PAGES = 10  # offset 0–9
FRESHNESS = {Freshness.DAY: "pd", Freshness.WEEK: "pw", Freshness.MONTH: "pm", Freshness.YEAR: "py"}
AUTH_CODES = {"SUBSCRIPTION_TOKEN_INVALID", "SUBSCRIPTION_NOT_FOUND"}


def brave_error(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        return {}
    error = body.get("error")
    if isinstance(error, dict):
        return error
    errors = body.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        return errors[0]
    return {}


def _classify(ctx: SourceContext, key_env: str):  # type: ignore[no-untyped-def]
    def classify(response: httpx.Response) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        error = brave_error(json_body(response))
        code = str(error.get("code", ""))
        detail = str(error.get("detail", "")) or ctx.excerpt(response, 120)
        resets = header_list(response, "x-ratelimit-reset")
        if code in AUTH_CODES or status in (401, 403):
            raise AuthError(
                f"{ctx.label}: Brave refused the key in ${key_env} ({code or status}: {detail}); "
                "copy a valid key from api-dashboard.search.brave.com into that variable"
            )
        if code == "QUOTA_LIMITED" or (
            status == 429 and code != "RATE_LIMITED" and len(resets) > 1 and _month_spent(response)
        ):
            wait = resets[1] if len(resets) > 1 else None
            exc = QuotaExhausted(
                f"{ctx.label}: Brave says the plan's monthly quota is used up ({detail}); "
                "it resets at the start of the next billing period, or raise the plan's limit "
                "in the Brave dashboard"
            )
            exc.reset_at = ctx.now + timedelta(seconds=wait) if wait is not None else None  # type: ignore[attr-defined]
            raise exc
        if status == 429:
            wait = resets[0] if resets else None
            raise Retry(ctx.rate_limited(f"Brave rate limit ({detail})", wait), wait)
        if code == "VALIDATION" or status in (400, 422):
            meta = error.get("meta") or {}
            problems = "; ".join(
                f"{'.'.join(map(str, e.get('loc', [])))}: {e.get('msg', '')}"
                for e in meta.get("errors", [])
                if isinstance(e, dict)
            )
            raise SourceError(
                f"{ctx.label}: Brave rejected the request ({code or status}: "
                f"{detail}{' — ' + problems if problems else ''})"
            )
        ctx.default_classify(response)

    return classify


def _month_spent(response: httpx.Response) -> bool:
    remaining = header_list(response, "x-ratelimit-remaining")
    return len(remaining) > 1 and remaining[1] <= 0


def search(ctx: SourceContext, source: SearchSource, plan: Plan) -> None:
    key = ctx.secret(source.key_env, "Brave API key", "key_env")
    endpoint = (source.url or DEFAULT_URL).rstrip("/") + PATH
    headers = {"X-Subscription-Token": key, "Accept": "application/json"}
    classify = _classify(ctx, source.key_env)
    count = max(1, min(source.count, MAX_COUNT))
    for query in plan.queries:
        for page in range(min(max(1, source.pages), MAX_PAGES)):
            params: dict[str, str | int] = {
                "q": query.text,
                "country": "GB",
                "search_lang": "en",
                "count": count,
                "offset": page,
            }
            if plan.window in FRESHNESS:
                params["freshness"] = FRESHNESS[plan.window]
            response = ctx.request(
                "GET", endpoint, params=params, headers=headers, classify=classify
            )
            data = ctx.json(response, endpoint)
            # Paid plans allow 50 requests a second, the old free plan 1: when this second's
            # allowance is spent, wait it out rather than spend a request on a 429.
            remaining = header_list(response, "x-ratelimit-remaining")
            resets = header_list(response, "x-ratelimit-reset")
            if remaining and resets and remaining[0] <= 0:
                ctx.pause(resets[0])
            results = (data.get("web") or {}).get("results") or []
            for hit in results:
                if isinstance(hit, dict):
                    ctx.add(
                        hit.get("url") or "",
                        title=hit.get("title") or "",
                        snippet=hit.get("description") or "",
                        published=parse_when(hit.get("page_age")),
                        raw=hit,
                    )
            if not results or not (data.get("query") or {}).get("more_results_available"):
                break
