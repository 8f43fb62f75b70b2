"""Downloader middlewares: refuse private addresses; ask servers for changes only."""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured

from repwatch.errors import BlockedAddress
from repwatch.netguard import check_url


class AddressGuardMiddleware:
    """Drop requests (links, redirects, candidates) whose host resolves to a private address."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AddressGuardMiddleware:
        return cls(crawler.settings.getbool("REPWATCH_ALLOW_PRIVATE"))

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        try:
            check_url(request.url, allow_private=self.allow_private)
        except BlockedAddress as exc:
            request.meta["repwatch_blocked"] = str(exc)
            raise IgnoreRequest(str(exc)) from None


class ConditionalRequestMiddleware:
    """Send If-None-Match / If-Modified-Since for pages seen before (incremental crawl)."""

    def __init__(self, known: dict[str, dict[str, Any]]) -> None:
        self.known = known

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        job = crawler.settings.get("REPWATCH_JOB") or {}
        known = job.get("known") or {}
        if not known:
            raise NotConfigured("no pages seen before")
        return cls(known)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        state = self.known.get(request.url)
        if not state or request.meta.get("redirect_times"):
            return
        if state.get("etag"):
            request.headers.setdefault(b"If-None-Match", state["etag"].encode())
        if state.get("last_modified"):
            request.headers.setdefault(b"If-Modified-Since", state["last_modified"].encode())
