"""HTML → readable text: the "extract" step between fetch and match.

Keeps the title, headings, body text and user comments; drops scripts, styles, templates,
navigation, headers/footers and forms, which would otherwise produce matches in menus and
boilerplate. Malformed HTML and bad encodings yield text, never an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import (
    BeautifulSoup,
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
)
from bs4.dammit import UnicodeDammit

DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "svg",
    "iframe",
    "form",
    "button",
    "select",
    "head",
)
BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "article",
    "section",
    "blockquote",
    "pre",
    "td",
    "th",
    "dd",
    "dt",
    "header",
    "footer",
    "main",
    "aside",
    "figcaption",
    "hr",
    "ul",
    "ol",
    "table",
    "title",
    "dl",
    "figure",
    "caption",
    "details",
    "summary",
    "address",
    "fieldset",
    "legend",
    "option",
    "nav",
}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n+")


@dataclass(frozen=True)
class Extracted:
    title: str
    text: str  # title first, then the body; what the matcher scans


def decode(body: bytes, content_type: str = "") -> str:
    """Bytes to str using the declared charset, the document's own hint, or a good guess."""
    declared = []
    if "charset=" in content_type.lower():
        declared.append(content_type.lower().split("charset=")[-1].split(";")[0].strip(" \"'"))
    dammit = UnicodeDammit(body, known_definite_encodings=declared, is_html=True)
    if dammit.unicode_markup is not None:
        return dammit.unicode_markup
    return body.decode("utf-8", errors="replace")


def html_to_text(html: str) -> Extracted:
    soup = BeautifulSoup(html, "lxml")
    title_tag = soup.find("title")
    title = _SPACES.sub(" ", title_tag.get_text(" ")).strip() if title_tag else ""
    # HTML comments are not user comments; drop them (they are often hidden markup).
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(True, attrs={"role": "navigation"}):
        tag.decompose()
    for tag in soup.find_all(["header", "footer"]):
        # Site-wide chrome, but a forum post's <header> holds its author: keep those inside
        # an <article>.
        if tag.find_parent("article") is None:
            tag.decompose()
    parts: list[str] = []
    # Walk the tree (iteratively: hostile pages nest deeply) and break the line at the start
    # and end of every block element, so text in sibling blocks never runs together ("Helen
    # Marsh" + "Quote" must not become "MarshQuote", which no name matches).
    stack: list[tuple[PageElement, bool]] = [(soup, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            parts.append("\n")
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, Doctype | Declaration | ProcessingInstruction | Comment):
                parts.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        if node.name in BLOCK_TAGS:
            parts.append("\n")
            if node.contents:
                stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    body = "".join(parts)
    lines = [_SPACES.sub(" ", line).strip() for line in body.split("\n")]
    # One line per block, as a reader sees them; blank lines carry nothing for the matcher.
    body = _BLANKS.sub("\n", "\n".join(lines)).strip()
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return Extracted(title=title, text=text)


def extract(body: bytes, content_type: str = "") -> Extracted:
    """Text of a fetched body: HTML is parsed, plain text passes through."""
    decoded = decode(body, content_type)
    ct = content_type.lower()
    if "html" in ct or (not ct and "<" in decoded[:2000]):
        return html_to_text(decoded)
    return Extracted(title="", text=decoded)
