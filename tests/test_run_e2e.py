"""End to end: the real Scrapy crawl of a local site → match → evidence → digest."""

from __future__ import annotations

import hashlib
import json
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from repwatch.cli import main

pytestmark = pytest.mark.slow

PAGES = {
    "index.html": """<html><head><title>Springfield Local</title></head><body>
<nav><a href="news.html">News</a> <a href="forum.html">Forum</a> <a href="sport.html">Sport</a>
<a href="xss.html">Odd</a></nav><p>Welcome to the Springfield local pages.</p></body></html>""",
    "news.html": """<html><head><title>Sports day</title></head><body><article>
<p>Pupils at The Springfield Centre on Oakwood Lane enjoyed their annual sports day on Friday,
with parents cheering from the field.</p></article></body></html>""",
    "forum.html": """<html><head><title>Parents forum: staff</title></head><body><article>
<p>Posted by angrydad: Mrs Smyth at The Springfield Centre is a useless cow and a disgrace, she
should be sacked. I know where she lives and I will be waiting for her after school.</p>
</article></body></html>""",
    "sport.html": """<html><head><title>Marathon results</title></head><body><article>
<p>Jane Smith of Toledo, Ohio won the women's race at the Lakeside Marathon in 2:41:07,
ahead of a strong field from across the Midwest.</p></article></body></html>""",
    "xss.html": """<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; The Springfield
Centre</title></head><body><p>&lt;script&gt;alert("x")&lt;/script&gt; The Springfield Centre
fete is on Saturday.</p></body></html>""",
}


def serve(root: Path) -> None:
    for name, html in PAGES.items():
        (root / name).write_text(html, encoding="utf-8")


def digest_json(reports: Path) -> dict:
    latest = max((reports / "digests").glob("*.json"), key=lambda p: int(p.stem.split("-")[-1]))
    return json.loads(latest.read_text(encoding="utf-8"))


def site_toml(name: str, url: str) -> str:
    return f'\n[[sites]]\nname = "{name}"\nstart_urls = ["{url}"]\nmax_depth = 2\nmax_pages = 50\n'


def test_run_finds_mentions_preserves_evidence_and_reports_once(
    file_site: tuple[str, Path], write_watchlist: Callable[..., Path], tmp_path: Path
) -> None:
    base, root = file_site
    serve(root)
    watchlist = write_watchlist(site_toml("Local pages", base))
    reports = tmp_path / "reports"

    assert main(["run", "-w", str(watchlist)]) == 0
    digest = digest_json(reports)
    by_url: dict[str, set[str]] = {}
    for f in digest["findings"]:
        by_url.setdefault(f["url"].removeprefix(base), set()).add(f["subject"])
    assert by_url.get("news.html") == {"school"}
    assert "jsmith" in by_url.get("forum.html", set())
    assert "sport.html" not in by_url, "a same-name runner in Ohio is not our teacher"
    forum = next(
        f
        for f in digest["findings"]
        if f["url"].endswith("forum.html") and f["subject"] == "jsmith"
    )
    assert forum["severity"] in ("critical", "high")

    # The evidence hash is the SHA-256 of the exact bytes served, and the file holds them.
    served = (root / "news.html").read_bytes()
    news = next(f for f in digest["findings"] if f["url"].endswith("news.html"))
    assert news["evidence"]["sha256"] == hashlib.sha256(served).hexdigest()
    kept = list((reports / "evidence").rglob(f"{hashlib.sha256(served).hexdigest()}*"))
    assert kept and kept[0].read_bytes() == served

    # The HTML digest lists the same findings, with the page's <script> escaped.
    html = next((reports / "digests").glob("*.html")).read_text(encoding="utf-8")
    for f in digest["findings"]:
        assert f["id"] in html
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    text = next((reports / "digests").glob("*.txt")).read_text(encoding="utf-8")
    assert forum["id"] in text

    # A second run over unchanged pages reports nothing new.
    assert main(["run", "-w", str(watchlist)]) == 0
    assert digest_json(reports)["findings"] == []

    # Bytes that change on every request (a token, a timestamp) but not the words: nothing new.
    (root / "forum.html").write_text(
        PAGES["forum.html"].replace("</body>", "<!-- csrf 8f2c1d --><script>t=1</script></body>"),
        encoding="utf-8",
    )
    assert main(["run", "-w", str(watchlist)]) == 0
    assert digest_json(reports)["findings"] == []

    # A page whose content changed is matched again.
    (root / "news.html").write_text(
        PAGES["news.html"].replace(
            "on Friday", "on Friday; Year 6 teacher Jane Smith organised the relay"
        ),
        encoding="utf-8",
    )
    assert main(["run", "-w", str(watchlist)]) == 0
    again = digest_json(reports)["findings"]
    assert {f["subject"] for f in again if f["url"].endswith("news.html")} == {"school", "jsmith"}
    assert all(f["url"].endswith("news.html") for f in again)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_failing_sites_are_reported_and_the_rest_completes(
    file_site: tuple[str, Path],
    write_watchlist: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from repwatch.demo.server import serve_demo

    base, root = file_site
    serve(root)
    with serve_demo(include_broken=True) as urls:
        watchlist = write_watchlist(
            site_toml("Local pages", base)
            + site_toml("Refuses connections", f"http://127.0.0.1:{closed_port()}/")
            + site_toml("Server error", urls["broken"])
        )
        code = main(["run", "-w", str(watchlist)])
    assert code == 1
    err = capsys.readouterr().err
    assert "Refuses connections" in err and "Server error" in err

    digest = digest_json(tmp_path / "reports")
    states = {s["name"]: s["state"] for s in digest["sources"]}
    assert states["Local pages"] == "ok"
    assert states["Refuses connections"] == "unreachable"
    assert states["Server error"] == "error"
    assert any(f["url"].endswith("news.html") for f in digest["findings"])
    html = next((tmp_path / "reports" / "digests").glob("*.html")).read_text(encoding="utf-8")
    could_not = html.split("Could not check", 1)[1].split("New findings", 1)[0]
    assert "Refuses connections" in could_not and "Server error" in could_not
