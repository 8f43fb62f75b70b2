"""Render a captured page in headless Chromium: full-page PNG, print-to-PDF and MHTML.

One :class:`Browser` (Playwright's sync API driving the system Chromium; nothing is downloaded
at run time) is started on the first capture and reused for every later one, as is one page;
before each capture the previous one's cookies, storage and cache are cleared, and after any
failure (and every ``RECYCLE_AFTER`` captures) the page and its context are replaced.

The page's main document is *not* fetched a second time: the browser is handed the exact
response bytes recorded in the WARC (Playwright ``route.fulfill``), so the screenshot and PDF
are renderings of the recorded response. Images, styles and scripts are loaded live, as a
visitor's browser would (through the same address guard as every other fetch).

Failures (no Chromium, a crash, a timeout) raise :class:`BrowserUnavailable` or
:class:`RenderFailed` with a reason fit for "screenshot missing: <reason>"; a crashed browser is
relaunched on the next capture, while a browser that cannot start is not retried in this run.
"""

from __future__ import annotations

import base64
import contextlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from repwatch.errors import BlockedAddress, BrowserUnavailable, EvidenceError
from repwatch.netguard import check_url

LAUNCH_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    "--hide-scrollbars",
)
# Beyond this, Chromium tiles badly and PNGs grow into hundreds of MB; the PDF keeps the rest.
MAX_SCREENSHOT_HEIGHT = 16000
# A reused context is replaced after this many captures, bounding what it accumulates.
RECYCLE_AFTER = 50
DROP_FULFIL_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
INSTALL_HINT = (
    "install it with `apt-get install chromium` (Debian/Ubuntu, as root) or set "
    "[evidence] browser_path in watchlist.toml to a Chromium or Chrome binary"
)


class RenderFailed(EvidenceError):
    """The browser ran but could not render this page (timeout, crash, navigation error)."""


@dataclass(frozen=True)
class Rendered:
    png: bytes
    pdf: bytes
    mhtml: bytes
    title: str
    final_url: str


def find_browser(configured: str = "") -> str:
    """The Chromium binary to use: ``[evidence] browser_path``, else chromium on PATH."""
    if configured:
        if Path(configured).is_file():
            return configured
        raise BrowserUnavailable(
            f"[evidence] browser_path = {configured!r}: no such file; " + INSTALL_HINT
        )
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    raise BrowserUnavailable("no Chromium found on PATH; " + INSTALL_HINT)


class Browser:
    """A lazily started, reused headless Chromium."""

    def __init__(
        self,
        executable: str,
        viewport: tuple[int, int],
        timeout_seconds: float,
        user_agent: str,
        allow_private: bool,
    ) -> None:
        self.executable = executable
        self.viewport = viewport
        self.timeout_ms = max(1, int(timeout_seconds * 1000))
        self.user_agent = user_agent
        self.allow_private = allow_private
        self._pw: Any = None
        self._browser: Any = None
        self._broken: str = ""  # set when Chromium cannot start: don't retry in this run
        self._context: Any = None
        self._page: Any = None
        self._cdp: Any = None
        self._uses = 0
        self._origins: set[str] = set()
        self._main: dict[str, Any] | None = None

    @property
    def version(self) -> str:
        return str(self._browser.version) if self._browser is not None else ""

    def start(self) -> None:
        if self._broken:
            raise BrowserUnavailable(self._broken)
        if self._browser is not None and self._browser.is_connected():
            return
        self.close()
        try:
            from playwright.sync_api import Error as PlaywrightError
            from playwright.sync_api import sync_playwright
        except ImportError as exc:  # pragma: no cover - a dependency
            self._broken = f"Playwright is not installed ({exc}); pip install playwright"
            raise BrowserUnavailable(self._broken) from None
        try:
            self._pw = sync_playwright().start()
            self._browser = self._pw.chromium.launch(
                executable_path=self.executable,
                headless=True,
                args=list(LAUNCH_ARGS),
                timeout=max(self.timeout_ms, 30_000),
                handle_sigint=False,
            )
        except PlaywrightError as exc:
            self.close()
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            self._broken = f"Chromium at {self.executable} did not start ({first}); " + INSTALL_HINT
            raise BrowserUnavailable(self._broken) from None

    def close(self) -> None:
        self._drop_session()
        browser, pw = self._browser, self._pw
        self._browser = self._pw = None
        # A crashed browser or driver raises on close; there is nothing left to release.
        if browser is not None:
            with contextlib.suppress(Exception):
                browser.close()
        if pw is not None:
            with contextlib.suppress(Exception):
                pw.stop()

    def _session(self) -> tuple[Any, Any, Any]:
        """The reused (context, page, CDP session), made afresh when missing or worn out."""
        if self._page is not None and self._uses < RECYCLE_AFTER:
            return self._context, self._page, self._cdp
        self._drop_session()
        context = self._browser.new_context(
            viewport={"width": self.viewport[0], "height": self.viewport[1]},
            user_agent=self.user_agent,
            java_script_enabled=True,
            service_workers="block",
            accept_downloads=False,
        )
        context.set_default_timeout(self.timeout_ms)
        context.set_default_navigation_timeout(self.timeout_ms)
        context.route("**/*", self._route)
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        self._context, self._page, self._cdp, self._uses = context, page, cdp, 0
        return context, page, cdp

    def _drop_session(self) -> None:
        context = self._context
        self._context = self._page = self._cdp = None
        if context is not None:
            with contextlib.suppress(Exception):  # closing after a crash raises
                context.close()

    def _route(self, route: Any) -> None:
        request = route.request
        main = self._main
        if (
            main is not None
            and not main["served"]
            and request.is_navigation_request()
            and request.frame.parent_frame is None
        ):
            main["served"] = True
            route.fulfill(status=main["status"], headers=main["headers"], body=main["body"])
            return
        if not self.allow_private:
            try:
                check_url(request.url, allow_private=False)
            except BlockedAddress:
                route.abort("blockedbyclient")
                return
        if urlsplit(request.url).scheme in ("http", "https"):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    def _reset_state(self, context: Any, cdp: Any) -> None:
        """Forget what the previous capture left behind: cookies, storage, cache."""
        context.clear_cookies()
        cdp.send("Network.clearBrowserCache")
        for origin in self._origins:
            cdp.send("Storage.clearDataForOrigin", {"origin": origin, "storageTypes": "all"})
        self._origins.clear()

    def render(
        self, url: str, status: int, headers: tuple[tuple[str, str], ...], body: bytes
    ) -> Rendered:
        """Render ``body`` as the response to ``url``; PNG, PDF and MHTML of the result.

        One context and page are reused (a new page costs ~0.1 s of renderer start-up); the
        previous capture's cookies, storage and cache are cleared first, and the context is
        replaced after any failure and every ``RECYCLE_AFTER`` captures.
        """
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import TimeoutError as PlaywrightTimeout

        self.start()
        fulfil_headers = {k: v for k, v in headers if k.lower() not in DROP_FULFIL_HEADERS}
        self._main = {"status": status, "headers": fulfil_headers, "body": body, "served": False}
        ok = False
        try:
            context, page, cdp = self._session()
            if self._uses:
                self._reset_state(context, cdp)
            self._uses += 1
            parts = urlsplit(url)
            self._origins.add(f"{parts.scheme}://{parts.netloc}")
            try:
                page.goto(url, wait_until="load", timeout=self.timeout_ms)
            except PlaywrightTimeout:
                raise RenderFailed(
                    f"page did not finish loading within {self.timeout_ms / 1000:g} s (timeout)"
                ) from None
            metrics = cdp.send("Page.getLayoutMetrics")
            size = metrics.get("cssContentSize") or metrics.get("contentSize") or {}
            width = max(1, int(size.get("width") or self.viewport[0]))
            height = max(1, min(int(size.get("height") or self.viewport[1]), MAX_SCREENSHOT_HEIGHT))
            # CDP directly: full page in one shot, encoded for speed (Playwright's own
            # full-page path costs ~60 ms more per capture).
            shot = cdp.send(
                "Page.captureScreenshot",
                {
                    "format": "png",
                    "captureBeyondViewport": True,
                    "optimizeForSpeed": True,
                    "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
                },
            )
            png = base64.b64decode(shot["data"])
            title = page.title()
            snapshot = cdp.send("Page.captureSnapshot", {"format": "mhtml"})
            mhtml = str(snapshot.get("data", "")).encode()
            pdf = page.pdf(print_background=True, prefer_css_page_size=True)
            final_url = page.url
            ok = True
        except PlaywrightTimeout:
            raise RenderFailed(f"browser timed out after {self.timeout_ms / 1000:g} s") from None
        except PlaywrightError as exc:
            if self._browser is None or not self._browser.is_connected():
                self.close()
                raise RenderFailed(f"browser crashed ({_first_line(exc)})") from None
            raise RenderFailed(f"browser error ({_first_line(exc)})") from None
        finally:
            self._main = None
            if not ok:
                self._drop_session()  # a page stuck loading must not leak into the next one
        return Rendered(png=png, pdf=pdf, mhtml=mhtml, title=title, final_url=final_url)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else exc.__class__.__name__


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG header (for the manifest, without decoding the image)."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or len(png) < 24:
        return (0, 0)
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
