"""SearXNG (self-hosted metasearch, the free default): ``GET <url>/search?format=json``.

One request per query and page. SearXNG's own failure modes are turned into source states
with the fix spelled out: JSON output switched off (403 HTML page), the bot limiter (429
text/plain), and upstream engines failing inside a 200 (``unresponsive_engines``), which is
"degraded", not "nothing found".
"""

from __future__ import annotations

import httpx

from repwatch.config import SearchSource
from repwatch.errors import SourceError
from repwatch.sources.base import Retry, SourceContext, json_body, parse_when, retry_after
from repwatch.sources.queries import Freshness, Plan

PATH = "/search"
DEFAULT_URL = "http://127.0.0.1:8888"
TIME_RANGE = {
    Freshness.DAY: "day",
    Freshness.WEEK: "week",
    Freshness.MONTH: "month",
    Freshness.YEAR: "year",
}
# SearXNG's bot detection rejects an Accept without text/html or a missing Accept-Language.
HEADERS = {"Accept": "application/json, text/html;q=0.5", "Accept-Language": "en-GB,en;q=0.8"}
ENABLE_JSON = (
    "enable JSON output: in the instance's settings.yml set "
    "`search: formats: [html, json]` and restart SearXNG"
)


def _classify(ctx: SourceContext, where: str):  # type: ignore[no-untyped-def]
    def classify(response: httpx.Response) -> None:
        status = response.status_code
        ctype = response.headers.get("content-type", "")
        if 200 <= status < 300:
            if json_body(response) is None:
                raise SourceError(
                    f"{ctx.label}: {where} answered HTTP {status} with "
                    f"{ctype or 'no content type'}, not JSON; {ENABLE_JSON}"
                )
            return
        if status == 403:
            raise SourceError(
                f"{ctx.label}: {where} answered 403 Forbidden: JSON output is "
                f"disabled on this instance; {ENABLE_JSON}"
            )
        if status == 429 and "json" not in ctype:
            # The limiter's block is sticky for a while: waiting seconds does not lift it.
            raise ctx.rate_limited(
                f"the instance's bot limiter blocked us (429 {ctx.excerpt(response, 60)}); on a "
                "private instance set `server.limiter: false` in settings.yml",
                retry_after(response, ctx.now),
            )
        body = json_body(response)
        if isinstance(body, dict) and body.get("error") and status < 500:
            raise SourceError(
                f"{ctx.label}: {where} rejected the query (HTTP {status}: {body['error']})"
            )
        if status == 500:
            raise Retry(
                SourceError(
                    f"{ctx.label}: {where} failed with HTTP 500 "
                    f"({ctx.excerpt(response, 80)}); see the SearXNG log"
                )
            )
        ctx.default_classify(response)

    return classify


def search(ctx: SourceContext, source: SearchSource, plan: Plan) -> None:
    endpoint = (source.url or DEFAULT_URL).rstrip("/") + PATH
    classify = _classify(ctx, endpoint)
    failing: dict[str, str] = {}
    empty_with_failures = 0
    for query in plan.queries:
        for page in range(1, max(1, source.pages) + 1):
            params: dict[str, str | int] = {
                "q": query.text,
                "format": "json",
                "pageno": page,
                "language": "en-GB",
            }
            if plan.window in TIME_RANGE:
                params["time_range"] = TIME_RANGE[plan.window]
            response = ctx.request(
                "GET", endpoint, params=params, headers=HEADERS, classify=classify
            )
            data = ctx.json(response, endpoint)
            results = data.get("results") or []
            engines = data.get("unresponsive_engines") or []
            for item in engines:
                if isinstance(item, list | tuple) and item:
                    failing[str(item[0])] = str(item[1]) if len(item) > 1 else ""
            if not results and engines:
                empty_with_failures += 1
            for hit in results:
                if isinstance(hit, dict):
                    ctx.add(
                        hit.get("url") or "",
                        title=hit.get("title") or "",
                        snippet=hit.get("content") or "",
                        published=parse_when(hit.get("publishedDate")),
                        raw=hit,
                    )
            if not results:
                break  # no more pages for this query
    if failing:
        listed = ", ".join(
            f"{name} ({msg})" if msg else name for name, msg in sorted(failing.items())
        )
        extra = (
            f"; {empty_with_failures} requests came back empty because of it"
            if empty_with_failures
            else ""
        )
        ctx.problems.append(
            f"upstream engines failed: {listed}{extra}; results may be missing. Check the "
            "SearXNG log, enable other engines in settings.yml, or poll less often"
        )
