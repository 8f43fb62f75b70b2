"""Fake alert feeds: Google Alerts Atom with wrapped links, Talkwalker-style RSS, broken feeds.

``FakeFeeds(feeds={"/alerts/feeds/1/2": (body, content_type)})`` serves each body at its
path with the exact content type (search-apis.md §7 and §11); anything else is 404.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from fakes.base import FakeServer, Reply, Request

ATOM = "application/atom+xml; charset=utf-8"
RSS = "text/xml; charset=utf-8"


def google_link(target: str) -> str:
    return (
        "https://www.google.com/url?rct=j&sa=t&url="
        + quote(target, safe=":/")
        + "&ct=ga&cd=CAIyGjUwMjhiYWRmMWQ5M2MzMGE6Y29tOmVuOlVT&usg=AFQjCNGc3F9NBj810v400CL5"
    )


def google_alerts(entries: list[tuple[str, str, str]], query: str = "St Example Academy") -> str:
    """An Atom feed as Google Alerts writes it; entries are (target URL, title, content)."""
    items = []
    for i, (target, title, content) in enumerate(entries):
        items.append(f"""  <entry>
    <id>tag:google.com,2013:googlealerts/feed:1250122478062036819{i}</id>
    <title type="html">{escape(title)}</title>
    <link href="{escape(google_link(target))}"></link>
    <published>2026-10-14T09:3{i % 10}:15Z</published>
    <updated>2026-10-14T09:3{i % 10}:15Z</updated>
    <content type="html">{escape(content)}</content>
    <author><name></name></author>
  </entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:idx="urn:atom-extension:indexing">
  <id>tag:google.com,2005:reader/user/17849810695950872924/state/com.google/alerts/1584</id>
  <title>Google Alert - {escape(query)}</title>
  <link href="https://www.google.com/alerts/feeds/17849810695950872924/1584" rel="self"></link>
  <updated>2026-10-14T10:02:11Z</updated>
{chr(10).join(items)}
</feed>
"""


def rss(items: list[tuple[str, str, str]], title: str = "Talkwalker Alerts") -> str:
    """A generic RSS 2.0 feed (the layout Talkwalker Alerts is parsed as)."""
    body = "".join(
        f"""
    <item>
      <title>{escape(t)}</title>
      <link>{escape(link)}</link>
      <guid isPermaLink="false">tw-{i}</guid>
      <description>{escape(d)}</description>
      <pubDate>Wed, 14 Oct 2026 09:3{i % 10}:00 +0000</pubDate>
    </item>"""
        for i, (link, t, d) in enumerate(items)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{escape(title)}</title>
<link>https://alerts.talkwalker.com/</link><description>alerts</description>{body}
</channel></rss>
"""


# Truncated mid-feed with a bare "&": not XML, though a lenient parser still finds the entry.
MALFORMED_PARTIAL = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Broken & co</title>
<entry><title>Springfield news</title><link href="https://news.example/partial"/>
<updated>2026-10-14T09:30:15Z</updated></entry>
<entry><title>unclosed & <b>bad</title>
"""
# Not a feed at all: a proxy's error text served as XML.
MALFORMED = """<?xml version="1.0"?>\n<<<< upstream error >>>> & no root element"""
SIGN_IN_PAGE = "<!DOCTYPE html><html><head><title>Sign in - Google Accounts</title></head></html>"


class FakeFeeds(FakeServer):
    def __init__(self, feeds: dict[str, tuple[str, str]]) -> None:
        super().__init__()
        self.feeds = feeds

    def handle(self, request: Request) -> Reply:
        if request.path in self.feeds:
            body, ctype = self.feeds[request.path]
            return Reply(200, body, ctype)
        return Reply(404, "<html><title>Not Found</title></html>", "text/html; charset=utf-8")
