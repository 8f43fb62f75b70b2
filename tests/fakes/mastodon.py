"""Fake Mastodon instance: ``GET /api/v2/search`` (§9).

Without ``Authorization`` a statuses search answers 200 with ``"statuses": []`` (the silent
failure); a wrong token is 401 ``{"error": "The access token is invalid"}``; ``rate_limited``
answers that many 429 ``{"error": "Too many requests"}`` with an ISO ``X-RateLimit-Reset``.
"""

from __future__ import annotations

from typing import Any

from fakes.base import FakeServer, Reply, Request, json_reply


def status(
    n: int, content: str, created: str = "2026-10-14T09:40:00.000Z", acct: str = "someone"
) -> dict[str, Any]:
    sid = f"1133000000000000{n:02d}"
    return {
        "id": sid,
        "created_at": created,
        "url": f"https://mastodon.example/@{acct}/{sid}",
        "uri": f"https://mastodon.example/users/{acct}/statuses/{sid}",
        "language": "en",
        "visibility": "public",
        "spoiler_text": "",
        "content": content,
        "account": {
            "id": "1",
            "acct": acct,
            "display_name": "Someone",
            "url": f"https://mastodon.example/@{acct}",
        },
    }


class FakeMastodon(FakeServer):
    def __init__(
        self,
        token: str = "masto-token",
        statuses: list[dict[str, Any]] | None = None,
        *,
        rate_limited: int = 0,
        reset: str = "2026-11-28T07:00:01.000Z",
    ) -> None:
        super().__init__()
        self.token = token
        self.statuses = statuses or []
        self.rate_limited = rate_limited
        self.reset = reset

    def handle(self, request: Request) -> Reply:
        if request.path != "/api/v2/search":
            return json_reply({"error": "Record not found"}, 404)
        limits = {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": "299",
            "X-RateLimit-Reset": self.reset,
        }
        auth = request.headers.get("authorization", "")
        empty = {"accounts": [], "hashtags": [], "statuses": []}
        if not auth:
            if request.arg("offset"):
                return json_reply({"error": "The access token is invalid"}, 401)
            return json_reply(empty, **limits)
        if auth != f"Bearer {self.token}":
            return json_reply({"error": "The access token is invalid"}, 401)
        if self.rate_limited > 0:
            self.rate_limited -= 1
            return json_reply(
                {"error": "Too many requests"}, 429, **{**limits, "X-RateLimit-Remaining": "0"}
            )
        if not request.arg("q"):
            return json_reply({"error": "Validation failed: q is missing"}, 400)
        limit = min(int(request.arg("limit", "20") or 20), 40)
        offset = int(request.arg("offset", "0") or 0)
        found = self.statuses if request.arg("type") in (None, "statuses") else []
        return json_reply({**empty, "statuses": found[offset : offset + limit]}, **limits)
