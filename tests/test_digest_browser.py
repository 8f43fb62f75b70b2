"""The HTML digest as a reader sees it: rendered by headless Chromium, findings visible."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from digest_support import add_finding

from repwatch.config import load
from repwatch.digest import report
from repwatch.models import Category
from repwatch.store import Store

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
NOW = datetime(2024, 6, 3, 7, 0, tzinfo=UTC)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_findings_are_visible_in_the_rendered_digest(
    write_watchlist: Callable[..., Path],
) -> None:
    from playwright.sync_api import sync_playwright

    w = load(write_watchlist())
    with Store.open(w.reports_dir) as store:
        run = store.begin_run(NOW)
        threat = add_finding(
            store,
            run,
            url="http://forum.example/t/1",
            subject="jsmith",
            subject_name="Jane Smith",
            categories=(Category.THREAT,),
            at=NOW,
            title="<script>document.title='pwned'</script>Parents forum",
            snippet="I know where Mrs Smyth lives",
            matched="Mrs Smyth",
        )
        school = add_finding(
            store,
            run,
            url="http://gazette.example/fete",
            subject="school",
            subject_name="The Springfield Centre",
            categories=(),
            at=NOW,
        )
        outcome = report(w, store, run_id=run, started_at=NOW, problems=[], now=NOW, env={})
    assert outcome.files is not None
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844})  # a phone
            page.goto(outcome.files.html.resolve().as_uri())
            for fid in (threat, school):
                card = page.locator(f"table#{fid}")
                assert card.is_visible()
                box = card.bounding_box()
                assert box is not None and box["width"] <= 390 + 1, "fits a phone screen"
            first = page.locator(f"table#{threat}")
            assert "Inform the DSL now" in first.inner_text()
            mark = first.locator("mark")
            assert mark.inner_text() == "Mrs Smyth" and mark.is_visible()
            assert "<script>" in first.inner_text(), "the title shows as text"
            assert page.title() != "pwned"
            bars = page.locator("td.bar")
            assert bars.count() >= 1 and bars.first.is_visible()
            assert page.get_by_text("Draft takedown request").first.is_visible()
        finally:
            browser.close()
