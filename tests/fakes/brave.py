"""Fake Brave Search API: ``GET /res/v1/web/search`` (search-apis.md §3).

Checks ``X-Subscription-Token`` (missing → 422 ``VALIDATION`` with ``meta.errors[].loc``;
wrong → 422 ``SUBSCRIPTION_TOKEN_INVALID``), ``count`` 1–20 and ``offset`` 0–9, and answers
``web.results`` with ``<strong>`` in descriptions. ``rate_limited`` answers that many 429
``RATE_LIMITED`` first; ``quota`` is the month's requests left (then 429 ``QUOTA_LIMITED``).
Every answer carries ``X-RateLimit-*`` comma-list headers (per second, per month).
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from fakes.base import FakeServer, Reply, Request, json_reply

MONTH_SECONDS = 1419704


def web_result(
    url: str, title: str, description: str = "", page_age: str | None = "2026-10-14T09:30:00"
) -> dict[str, Any]:
    return {
        "type": "search_result",
        "subtype": "generic",
        "title": title,
        "url": url,
        "description": description,
        "age": "October 14, 2026",
        "page_age": page_age,
        "language": "en",
        "family_friendly": True,
        "profile": {"name": "Example", "url": url, "long_name": "example"},
        "meta_url": {"scheme": "https", "netloc": "example", "hostname": "example", "path": "› x"},
    }


def error(
    status: int, code: str, detail: str, meta: dict[str, Any] | None = None, **headers: str
) -> Reply:
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "status": status,
        "code": code,
        "detail": detail,
    }
    if meta:
        body["meta"] = meta
    return json_reply(
        {"type": "ErrorResponse", "error": body, "time": int(time.time())}, status, **headers
    )


class FakeBrave(FakeServer):
    def __init__(
        self,
        key: str = "brave-test-key",
        results: list[dict[str, Any]] | None = None,
        *,
        rate_limited: int = 0,
        quota: int = 15000,
        per_second_reset: int = 1,
        more_pages: int = 1,
        per_second: int = 50,
    ) -> None:
        super().__init__()
        self.key = key
        self.results = results or []
        self.rate_limited = rate_limited
        self.quota = quota
        self.per_second_reset = per_second_reset
        self.more_pages = more_pages  # pages (offsets) that say more_results_available
        self.per_second = per_second  # the plan's rate: 50 (Search plan) or 1 (old Free plan)

    def _limits(self, second_left: int) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": f"{self.per_second}, 15000",
            "X-RateLimit-Policy": f"{self.per_second};w=1, 15000;w=2592000",
            "X-RateLimit-Remaining": f"{second_left}, {max(0, self.quota)}",
            "X-RateLimit-Reset": f"{self.per_second_reset}, {MONTH_SECONDS}",
        }

    def handle(self, request: Request) -> Reply:
        if request.path != "/res/v1/web/search":
            return error(404, "NOT_FOUND", "Not found")
        token = request.headers.get("x-subscription-token")
        if token is None:
            return error(
                422,
                "VALIDATION",
                "Unable to validate request parameter(s)",
                {
                    "errors": [
                        {
                            "type": "missing",
                            "loc": ["header", "x-subscription-token"],
                            "msg": "Field required",
                            "input": None,
                        }
                    ]
                },
            )
        if token != self.key:
            return error(
                422,
                "SUBSCRIPTION_TOKEN_INVALID",
                "The provided subscription token is invalid.",
                {"component": "authentication"},
            )
        count = int(request.arg("count", "20") or 20)
        offset = int(request.arg("offset", "0") or 0)
        problems = []
        if not 1 <= count <= 20:
            problems.append(
                {
                    "type": "less_than_equal",
                    "loc": ["query", "count"],
                    "msg": "Input should be less than or equal to 20",
                }
            )
        if not 0 <= offset <= 9:
            problems.append(
                {
                    "type": "less_than_equal",
                    "loc": ["query", "offset"],
                    "msg": "Input should be less than or equal to 9",
                }
            )
        if not request.arg("q"):
            problems.append({"type": "missing", "loc": ["query", "q"], "msg": "Field required"})
        if problems:
            return error(
                422, "VALIDATION", "Unable to validate request parameter(s)", {"errors": problems}
            )
        if self.rate_limited > 0:
            self.rate_limited -= 1
            return error(
                429,
                "RATE_LIMITED",
                "Request rate limit exceeded for plan.",
                {"component": "rate_limiter"},
                **self._limits(0),
            )
        if self.quota <= 0:
            return error(
                429,
                "QUOTA_LIMITED",
                "Request quota limit exceeded for plan.",
                {"component": "rate_limiter"},
                **self._limits(0),
            )
        self.quota -= 1
        page = self.results[offset * count : (offset + 1) * count]
        return json_reply(
            {
                "type": "search",
                "query": {
                    "original": request.arg("q"),
                    "more_results_available": offset + 1 < self.more_pages,
                    "country": "gb",
                },
                "mixed": {"type": "mixed", "main": [], "top": [], "side": []},
                "web": {"type": "search", "family_friendly": True, "results": page},
            },
            **self._limits(self.per_second - 1),
        )
