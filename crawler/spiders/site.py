"""The one spider: crawl configured sites within their scope and fetch discovered candidates.

Per-site limits (``max_depth``, ``max_pages``) are kept here because Scrapy's DEPTH_LIMIT and
CLOSESPIDER_PAGECOUNT are global to a crawl, while a job holds many sites.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urldefrag, urlsplit

import scrapy
from scrapy.http import Response
from scrapy.linkextractors import LinkExtractor
from twisted.python.failure import Failure

SKIP_EXTENSIONS = [
    "pdf",
    "zip",
    "jpg",
    "jpeg",
    "png",
    "gif",
    "webp",
    "mp4",
    "mp3",
    "avi",
    "mov",
    "exe",
    "dmg",
    "iso",
    "gz",
    "tar",
    "svg",
    "woff",
    "woff2",
    "ttf",
    "ico",
    "css",
    "js",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "ppt",
    "pptx",
]


class SiteSpider(scrapy.Spider):
    name = "repwatch"

    def __init__(self, job: str | dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if isinstance(job, str):
            with open(job, encoding="utf-8") as fh:
                job = json.load(fh)
        self.job: dict[str, Any] = job or {"sites": [], "candidates": []}
        self.pages_scheduled: dict[str, int] = {}
        self.links = LinkExtractor(deny_extensions=SKIP_EXTENSIONS, unique=True)

    async def start(self) -> Any:
        for req in self._start_requests():
            yield req

    def _start_requests(self) -> Iterator[scrapy.Request]:
        for site in self.job.get("sites", []):
            for url in site["start_urls"]:
                req = self._request(url, site["name"], "site", 0)
                if req is not None:
                    yield req
        for cand in self.job.get("candidates", []):
            yield scrapy.Request(
                cand["url"],
                callback=self.parse,
                errback=self.failed,
                dont_filter=True,
                meta={
                    "site": cand["source"],
                    "kind": cand["kind"],
                    "depth_": 0,
                    "original_url": cand["url"],
                },
            )

    def _request(self, url: str, site: str, kind: str, depth: int) -> scrapy.Request | None:
        limit = self._site(site).get("max_pages", 500) if kind == "site" else 1
        if self.pages_scheduled.get(site, 0) >= limit:
            return None
        self.pages_scheduled[site] = self.pages_scheduled.get(site, 0) + 1
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.failed,
            meta={"site": site, "kind": kind, "depth_": depth, "original_url": url},
        )

    def _site(self, name: str) -> dict[str, Any]:
        return next((s for s in self.job.get("sites", []) if s["name"] == name), {})

    def _in_scope(self, site: dict[str, Any], url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        netlocs = {urlsplit(u).netloc.lower() for u in site.get("start_urls", [])}
        if parts.netloc.lower() in netlocs:
            return True
        host = (parts.hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in site.get("allowed_domains", []))

    def parse(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        yield self._item(response)
        if meta["kind"] != "site" or response.status != 200:
            return
        site = self._site(meta["site"])
        depth = meta["depth_"]
        if depth >= site.get("max_depth", 2) or not hasattr(response, "text"):
            return
        for link in self.links.extract_links(response):
            url = urldefrag(link.url)[0]
            if self._in_scope(site, url):
                req = self._request(url, meta["site"], "site", depth + 1)
                if req is not None:
                    yield req

    def _item(self, response: Response) -> dict[str, Any]:
        meta = response.meta
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, vs in response.headers.items()
            for v in vs
        ]
        return {
            "url": meta.get("original_url", response.url),
            "final_url": response.url,
            "status": response.status,
            "fetched_at": datetime.now(UTC).isoformat(),
            "body": response.body,
            "content_type": response.headers.get(b"Content-Type", b"").decode("latin-1"),
            "headers": headers,
            "ip_address": str(response.ip_address) if response.ip_address else None,
            "etag": response.headers.get(b"ETag", b"").decode("latin-1") or None,
            "last_modified": response.headers.get(b"Last-Modified", b"").decode("latin-1") or None,
            "source": meta["site"],
            "source_kind": meta["kind"],
            "error": None,
        }

    def failed(self, failure: Failure) -> Iterator[dict[str, Any]]:
        request = failure.request  # type: ignore[attr-defined]
        meta = request.meta
        from scrapy.exceptions import IgnoreRequest

        blocked = meta.get("repwatch_blocked")
        if failure.check(IgnoreRequest) and not blocked:
            return  # robots.txt said no: not an error
        reason = blocked or f"{failure.type.__name__}: {failure.getErrorMessage()}"
        yield {
            "url": meta.get("original_url", request.url),
            "final_url": request.url,
            "status": 0,
            "fetched_at": datetime.now(UTC).isoformat(),
            "body": b"",
            "content_type": "",
            "headers": [],
            "ip_address": None,
            "etag": None,
            "last_modified": None,
            "source": meta.get("site", ""),
            "source_kind": meta.get("kind", "site"),
            "error": reason[:500],
        }
