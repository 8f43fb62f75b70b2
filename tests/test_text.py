"""HTML → text: what the matcher sees, and what it must not see."""

from __future__ import annotations

import pytest

from repwatch.text import extract, html_to_text


@pytest.mark.parametrize(
    ("html", "present", "absent"),
    [
        (
            "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello</p></body></html>",
            ["T", "Hello"],
            ["html", "DOCTYPE"],
        ),
        (
            "<p>Visible</p><script>var jane = 'Jane Smith';</script><style>.x{}</style>",
            ["Visible"],
            ["Jane Smith", ".x{}"],
        ),
        (
            "<nav><a>Jane Smith profile</a></nav><main><p>Body text</p></main>",
            ["Body text"],
            ["Jane Smith"],
        ),
        ("<footer>Copyright Springfield</footer><p>Post</p>", ["Post"], ["Copyright"]),
        (
            "<article><header>by Jane Smith</header><p>Post</p></article>",
            ["by Jane Smith", "Post"],
            [],
        ),
        ("<p>Kept<!-- hidden Jane Smith --></p>", ["Kept"], ["hidden"]),
        ("<p>unclosed <b>bold <i>italic</p><div>next", ["unclosed bold italic", "next"], []),
        ("<p>one</p><p>two</p>", ["one\n", "two"], ["onetwo"]),
    ],
)
def test_readable_text_only(html: str, present: list[str], absent: list[str]) -> None:
    text = extract(html.encode(), "text/html; charset=utf-8").text
    for part in present:
        assert part in text
    for part in absent:
        assert part not in text


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        ("<p>Café Sméth</p>".encode("latin-1"), "text/html; charset=iso-8859-1", "Café Sméth"),
        (
            "<meta charset='windows-1252'><p>“Mrs Smith”</p>".encode("cp1252"),
            "text/html",
            "“Mrs Smith”",
        ),
        (b"<p>broken \xff\xfe bytes</p>", "text/html; charset=utf-8", "broken"),
        (b"plain Jane Smith", "text/plain", "plain Jane Smith"),
    ],
)
def test_bad_encodings_yield_text(body: bytes, content_type: str, expected: str) -> None:
    assert expected in extract(body, content_type).text


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # A name at the end of one block must not run into the next block's first word.
        ("<div><p>ask Helen Marsh</p></div><div><a>Quote</a></div>", "ask Helen Marsh\nQuote"),
        ("<p>posted by user<br>Tue 3 May</p>", "posted by user\nTue 3 May"),
        ("<ul><li><a>Most read</a></li><li><a>AB</a></li></ul>", "Most read\nAB"),
        (
            "<table><tr><td><span>Mr</span></td><td><span>Smith</span></td></tr></table>",
            "Mr\nSmith",
        ),
        # Inline elements stay inside their line.
        ("<p>Hello <b>Jane</b> <i>Smith</i>!</p>", "Hello Jane Smith!"),
    ],
)
def test_blocks_never_glue_words_together(html: str, expected: str) -> None:
    assert html_to_text(html).text == expected


def test_deeply_nested_html_does_not_recurse() -> None:
    html = "<div>" * 5000 + "Jane Smith" + "</div>" * 5000
    assert html_to_text(html).text == "Jane Smith"
