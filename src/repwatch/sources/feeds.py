"""Alert feeds: Google Alerts (Atom), Talkwalker Alerts (RSS 2.0) and any RSS/Atom feed.

One adapter for all of them, parsed by feedparser. A Google Alerts entry links through
``https://www.google.com/url?…&url=<target>``; :func:`~repwatch.sources.canonical.unwrap_redirect`
recovers the target (only for a Google host and the ``/url`` path). A feed URL is itself a
secret (anyone holding it can read the alerts), so when it comes from ``url_env`` messages
name the variable, never the URL. Each candidate keeps its entry's own XML as ``raw``.
"""

from __future__ import annotations

import io
import json
from calendar import timegm
from datetime import UTC, datetime
from typing import Any

import feedparser
from lxml import etree

from repwatch.config import Feed
from repwatch.errors import SourceError
from repwatch.sources.base import SourceContext, origin

ACCEPT = (
    "application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
)
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def _entry_xml(content: bytes) -> list[str]:
    """Each ``<entry>``/``<item>`` of a well-formed feed as XML text, in document order."""
    try:
        root = etree.fromstring(content, parser=_XML_PARSER)
    except etree.XMLSyntaxError:
        return []
    nodes = root.xpath("//*[local-name()='entry' or local-name()='item']")
    return [etree.tostring(n, encoding="unicode", with_tail=False) for n in nodes]


def _when(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(timegm(value), UTC)
    return None


def _link(entry: Any) -> str:
    if entry.get("link"):
        return str(entry["link"])
    for link in entry.get("links") or []:
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            return str(link["href"])
    return ""


def fetch(ctx: SourceContext, feed: Feed) -> None:
    if feed.url_env:
        url = ctx.secret(feed.url_env, "feed URL", "url_env")
        where = f"the feed in ${feed.url_env}"
    else:
        url, where = feed.url, f"the feed at {origin(feed.url)}"
    response = ctx.request("GET", url, where=where, headers={"Accept": ACCEPT})
    ctype = response.headers.get("content-type", "")
    parsed = feedparser.parse(
        io.BytesIO(response.content), response_headers={"content-type": ctype}
    )
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        problem = parsed.get("bozo_exception")
        kind = (
            "an HTML page, not a feed"
            if "html" in ctype.lower()
            else f"a malformed feed ({type(problem).__name__}: {problem})"
        )
        raise SourceError(
            f"{ctx.label}: {where} answered {kind}; check the URL (Google Alerts: choose "
            "'Deliver to: RSS feed' and copy the feed link)"
        )
    if parsed.get("bozo"):
        ctx.problems.append(
            f"{where} is not well-formed XML "
            f"({type(parsed.get('bozo_exception')).__name__}); "
            f"{len(entries)} entries read anyway"
        )
    xml = _entry_xml(response.content)
    paired = len(xml) == len(entries)
    for i, entry in enumerate(entries):
        content = entry.get("content") or []
        snippet = entry.get("summary") or (content[0].get("value", "") if content else "")
        raw = (
            xml[i]
            if paired
            else json.dumps(
                {
                    k: entry.get(k)
                    for k in ("id", "title", "link", "published", "updated", "summary")
                },
                ensure_ascii=False,
            )
        )
        ctx.add(
            _link(entry),
            title=entry.get("title") or "",
            snippet=snippet,
            published=_when(entry),
            raw=raw,
        )
    if not entries:
        ctx.notes.append("the feed has no entries yet")
