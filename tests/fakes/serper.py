"""Fake Serper.dev: ``POST /search`` with ``X-API-KEY`` (§6).

A wrong or missing key is 403 ``{"message": "Unauthorized.", "statusCode": 403}``; when the
``credits`` run out, 400 ``{"message": "Not enough credits", "statusCode": 400}``.
"""

from __future__ import annotations

from typing import Any

from fakes.base import FakeServer, Reply, Request, json_reply


def organic(
    link: str, title: str, snippet: str = "", date: str = "Oct 14, 2026", position: int = 1
) -> dict[str, Any]:
    return {"title": title, "link": link, "snippet": snippet, "date": date, "position": position}


class FakeSerper(FakeServer):
    def __init__(
        self,
        key: str = "serper-key",
        results: list[dict[str, Any]] | None = None,
        *,
        credits: int = 2500,
    ) -> None:
        super().__init__()
        self.key = key
        self.results = results or []
        self.credits = credits

    def handle(self, request: Request) -> Reply:
        if request.path not in ("/search", "/news") or request.method != "POST":
            return json_reply({"message": "Not found", "statusCode": 404}, 404)
        if request.headers.get("x-api-key") != self.key:
            return json_reply({"message": "Unauthorized.", "statusCode": 403}, 403)
        if self.credits <= 0:
            return json_reply({"message": "Not enough credits", "statusCode": 400}, 400)
        body = request.json() or {}
        if not body.get("q"):
            return json_reply({"message": "Query is required", "statusCode": 400}, 400)
        num = int(body.get("num", 10))
        self.credits -= 2 if num > 10 else 1
        page = int(body.get("page", 1))
        hits = self.results[(page - 1) * num : page * num]
        return json_reply(
            {
                "searchParameters": {**body, "type": "search", "engine": "google"},
                "organic": hits,
                "relatedSearches": [],
                "credits": 2 if num > 10 else 1,
            }
        )
