"""Fake SearXNG instance: ``/search`` with the JSON format, limiter and engine failures.

Modes reproduce the instance's documented behaviour (search-apis.md §2):
``json_enabled=False`` → 403 with Flask's HTML page; ``limiter=True`` → 429 ``text/plain``
``Too Many Requests`` when the bot detector dislikes the headers (no ``Accept-Language``,
an ``Accept`` without ``text/html``, ``Connection: close``); ``unresponsive`` → a 200 with
``results: []`` and ``[engine, message]`` pairs. ``/`` with ``q`` redirects (308) to ``/search``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fakes.base import FakeServer, Reply, Request, json_reply

FORBIDDEN_HTML = (
    "<!doctype html>\n<html lang=en>\n<title>403 Forbidden</title>\n"
    "<h1>Forbidden</h1>\n<p>You don&#39;t have the permission to access the "
    "requested resource. It is either read-protected or not readable by the "
    "server.</p>\n"
)
TIME_RANGES = ("day", "week", "month", "year")


def result(
    url: str,
    title: str,
    content: str = "",
    published: str | None = None,
    engine: str = "fakeweb",
    position: int = 1,
) -> dict[str, Any]:
    """One hit in the legacy dict shape most upstream engines still produce."""
    return {
        "url": url,
        "title": title,
        "content": content,
        "engine": engine,
        "template": "default.html",
        "parsed_url": ["https", "", "", "", "", ""],
        "img_src": "",
        "thumbnail": "",
        "priority": "",
        "engines": [engine],
        "positions": [position],
        "score": 1.0 / position,
        "category": "general",
        "publishedDate": published,
    }


class FakeSearxng(FakeServer):
    def __init__(
        self,
        results: dict[str, list[dict[str, Any]]] | None = None,
        *,
        default: list[dict[str, Any]] | None = None,
        json_enabled: bool = True,
        limiter: bool = False,
        unresponsive: list[list[str]] | None = None,
        per_page: int = 10,
        fail_500: bool = False,
    ) -> None:
        super().__init__()
        self.results = results or {}  # query text → hits (all pages)
        self.default = default or []
        self.json_enabled = json_enabled
        self.limiter = limiter
        self.unresponsive = unresponsive or []
        self.per_page = per_page
        self.fail_500 = fail_500

    def handle(self, request: Request) -> Reply:
        if request.path == "/" and request.arg("q") is not None:
            flat = {k: v[0] for k, v in request.query.items()}
            return Reply(308, "", "text/html", {"Location": "/search?" + urlencode(flat)})
        if request.path != "/search":
            return Reply(404, "<title>404 Not Found</title>", "text/html; charset=utf-8")
        fmt = request.arg("format", "html")
        if fmt != "html" and not self.json_enabled:
            return Reply(403, FORBIDDEN_HTML, "text/html; charset=utf-8")
        if self.limiter and self._looks_like_bot(request):
            return Reply(429, "Too Many Requests", "text/plain")
        query = request.arg("q")
        if not query:
            return json_reply({"error": "No query"}, 400)
        time_range = request.arg("time_range")
        if time_range and time_range not in TIME_RANGES:
            return json_reply(
                {"error": f"Invalid value {time_range} for parameter time_range"}, 400
            )
        pageno = request.arg("pageno", "1") or "1"
        if not pageno.isdigit() or int(pageno) < 1:
            return json_reply({"error": f"Invalid value {pageno} for parameter pageno"}, 400)
        if self.fail_500:
            return json_reply({"error": "search error"}, 500)
        if fmt != "json":
            return Reply(200, "<html><body>results</body></html>", "text/html; charset=utf-8")
        page = int(pageno)
        if self.unresponsive:
            hits: list[dict[str, Any]] = []
        else:
            hits = self.results.get(query, self.default)
        window = hits[(page - 1) * self.per_page : page * self.per_page]
        # number_of_results was removed on 2026-05-25: never sent.
        return json_reply(
            {
                "query": query,
                "results": window,
                "answers": [],
                "corrections": [],
                "infoboxes": [],
                "suggestions": [],
                "unresponsive_engines": self.unresponsive,
            }
        )

    @staticmethod
    def _looks_like_bot(request: Request) -> bool:
        accept = request.headers.get("accept", "")
        return (
            "accept-language" not in request.headers
            or "text/html" not in accept
            or request.headers.get("connection", "").lower() == "close"
        )
