"""Downloader middlewares: refuse private addresses; ask servers for changes only; keep each
site within its time budget; honour a short ``Retry-After``.

Scrapy's RedirectMiddleware turns a 3xx into a *new* request that goes through every downloader
middleware again, so ``AddressGuardMiddleware`` sees each redirect hop (tests/test_hostile.py
checks a redirect to 127.0.0.1 and to 169.254.169.254). The connection itself is guarded once
more by ``crawler.resolver.GuardedResolver``.
"""

from __future__ import annotations

import asyncio
import time
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urldefrag, urljoin

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response

from repwatch.errors import BlockedAddress
from repwatch.netguard import check_url


class AddressGuardMiddleware:
    """Drop requests (links, redirects, candidates) whose host resolves to a private address."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        self.verdicts: dict[str, str] = {}  # scheme://host:port → "" (ok) or the reason

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AddressGuardMiddleware:
        return cls(crawler.settings.getbool("REPWATCH_ALLOW_PRIVATE"))

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        key = request.url.split("/", 3)[:3]
        origin = "/".join(key)
        reason = self.verdicts.get(origin)
        if reason is None:
            try:
                check_url(request.url, allow_private=self.allow_private)
                reason = ""
            except BlockedAddress as exc:
                reason = str(exc)
            self.verdicts[origin] = reason
        if reason:
            request.meta["repwatch_blocked"] = f"blocked: {reason}"
            raise IgnoreRequest(reason)


class ConditionalRequestMiddleware:
    """Send If-None-Match / If-Modified-Since for pages seen before (incremental crawl).

    Only for pages whose links are not followed (a site's pages at ``max_depth``, candidates):
    a 304 has no body, so a page answered that way yields no links, and every page found only
    through it would drop out of the crawl. Pages whose links are followed are fetched in full;
    ``repwatch.run`` still skips matching them when their hash is unchanged.
    """

    def __init__(self, known: dict[str, dict[str, Any]], depths: dict[str, int]) -> None:
        self.known = known
        self.depths = depths

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        job = crawler.settings.get("REPWATCH_JOB") or {}
        known = job.get("known") or {}
        if not known:
            raise NotConfigured("no pages seen before")
        depths = {s["name"]: int(s.get("max_depth", 2)) for s in job.get("sites", [])}
        return cls(known, depths)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        state = self.known.get(request.url)
        if not state or request.meta.get("redirect_times"):
            return
        meta = request.meta
        if meta.get("kind") == "site" and meta.get("depth_", 0) < self.depths.get(
            meta.get("site", ""), 0
        ):
            return  # its links are followed: fetch it in full
        if state.get("etag"):
            request.headers.setdefault(b"If-None-Match", state["etag"].encode())
        if state.get("last_modified"):
            request.headers.setdefault(b"If-Modified-Since", state["last_modified"].encode())


class SiteBudgetMiddleware:
    """Drop a site's queued requests once its ``site_timeout_seconds`` have passed.

    Scrapy's CLOSESPIDER_TIMEOUT ends the whole crawl; one slow site must not eat the others'
    time, so each site's clock starts with its first request and is checked per request.
    """

    def __init__(self, site_timeout: float) -> None:
        self.site_timeout = site_timeout
        self.started: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteBudgetMiddleware:
        return cls(crawler.settings.getfloat("REPWATCH_SITE_TIMEOUT", 600.0))

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        site = request.meta.get("site")
        if not site or request.meta.get("kind") != "site":
            return
        now = time.monotonic()
        started = self.started.setdefault(site, now)
        if now - started > self.site_timeout:
            request.meta["repwatch_blocked"] = (
                f"site time limit: {site} took more than {self.site_timeout:g}s "
                "([crawl] site_timeout_seconds); the rest of it waits for the next run"
            )
            raise IgnoreRequest(request.meta["repwatch_blocked"])


def _header(response: Response, name: bytes) -> str:
    return (response.headers.get(name) or b"").decode("latin-1")


def retry_after_seconds(value: str, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if unreadable."""
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryAfterMiddleware:
    """On 429/503 with a short ``Retry-After``, wait that long (holding the site's slot, so the
    site is slowed as asked) and try once more; a long one is given up and reported."""

    STATUSES = (429, 503)

    def __init__(self, max_wait: float) -> None:
        self.max_wait = max_wait

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler.settings.getfloat("REPWATCH_MAX_RETRY_AFTER", 30.0))

    async def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        if response.status not in self.STATUSES:
            return response
        header = _header(response, b"Retry-After")
        wait = retry_after_seconds(header)
        if wait is None:
            return response  # Scrapy's RetryMiddleware retries it as usual
        request.meta["dont_retry"] = True  # Scrapy's retry would ignore the server's wish
        if wait > self.max_wait or request.meta.get("repwatch_waited"):
            request.meta["repwatch_retry_after"] = header
            return response
        await asyncio.sleep(wait)
        retry = request.replace(dont_filter=True)
        retry.meta["repwatch_waited"] = True
        retry.meta.pop("dont_retry", None)
        return retry


class RedirectLoopMiddleware:
    """Name a redirect loop. Scrapy's duplicate filter would drop the repeated URL silently
    (no error, no page), so the loop would look like an empty site."""

    REDIRECTS = (301, 302, 303, 307, 308)

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        location = response.headers.get(b"Location")
        if response.status not in self.REDIRECTS or not location:
            return response
        target = urldefrag(urljoin(request.url, location.decode("latin-1")))[0]
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in chain:
            hops = " -> ".join([*chain, target])
            raise IgnoreRequest(f"redirect loop: {hops}")
        return response
