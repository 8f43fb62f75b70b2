"""Render a captured page in headless Chromium: full-page PNG, print-to-PDF and MHTML.

One :class:`Browser` (Playwright driving the system Chromium; nothing is downloaded at run
time) is started on the first capture and reused for every later one. It keeps a small pool of
pages (``PAGES``, one browser context each) so that two captures can be in Chromium at once: a
capture is mostly Chromium work spread over its renderer, GPU and browser processes, one waiting
on another, and on two cores a second page in flight fills the gaps. Before each capture the
page's previous cookies, storage and cache are cleared; after any failure (and every
``RECYCLE_AFTER`` captures) the page and its context are replaced.

Playwright objects are bound to the thread that made them, so all of them live on one private
thread running Playwright's asyncio API; :meth:`Browser.submit` hands a page to that thread and
returns a :class:`concurrent.futures.Future`, and :meth:`Browser.render` waits for it. The caller
(:class:`repwatch.evidence.Preserver`) hashes, gzips and signs one capture while the next renders.

The page's main document is *not* fetched a second time: the browser is handed the exact
response bytes recorded in the WARC (Playwright ``route.fulfill``), so the screenshot and PDF
are renderings of the recorded response. Images, styles and scripts are loaded live, as a
visitor's browser would (through the same address guard as every other fetch).

Failures (no Chromium, a crash, a timeout) raise :class:`BrowserUnavailable` or
:class:`RenderFailed` with a reason fit for "screenshot missing: <reason>"; a crashed browser is
relaunched on the next capture, while a browser that cannot start is not retried in this run.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import shutil
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
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
# Pages (contexts) in the pool: captures in Chromium at once. Two fill a 2-core machine;
# each more costs a renderer process (~60-100 MB) for little gain (see bench/RESULTS.md).
PAGES = 2
# Searched on PATH in this order. Debian's chromium-headless-shell is the same Chromium
# build without the desktop browser around it: it starts faster and renders a tall page's
# screenshot in about two-thirds of the time (bench/RESULTS.md), so it comes first.
BROWSERS = (
    "chromium-headless-shell",
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
)
SYSTEM_BIN = Path("/usr/bin")
DROP_FULFIL_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
INSTALL_HINT = (
    "install it with `apt-get install chromium chromium-headless-shell` (Debian/Ubuntu, as "
    "root) or set "
    "[evidence] browser_path in watchlist.toml to a Chromium or Chrome binary"
)


T = TypeVar("T")


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
    """The Chromium binary to use: ``[evidence] browser_path``, else the first of
    ``BROWSERS`` on PATH (or in /usr/bin)."""
    if configured:
        if Path(configured).is_file():
            return configured
        raise BrowserUnavailable(
            f"[evidence] browser_path = {configured!r}: no such file; " + INSTALL_HINT
        )
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    for name in BROWSERS[:2]:  # cron's PATH may lack /usr/bin
        if (SYSTEM_BIN / name).is_file():
            return str(SYSTEM_BIN / name)
    raise BrowserUnavailable("no Chromium found on PATH; " + INSTALL_HINT)


@dataclass
class _Slot:
    """One pooled page: its context, page and CDP session, and what it has served."""

    context: Any = None
    page: Any = None
    cdp: Any = None
    uses: int = 0
    generation: int = -1  # the browser launch the session belongs to
    origins: set[str] = field(default_factory=set)
    main: dict[str, Any] | None = None  # the recorded response to fulfil the navigation with


class Browser:
    """A lazily started, reused headless Chromium with a small pool of pages."""

    def __init__(
        self,
        executable: str,
        viewport: tuple[int, int],
        timeout_seconds: float,
        user_agent: str,
        allow_private: bool,
        pages: int = PAGES,
    ) -> None:
        self.executable = executable
        self.viewport = viewport
        self.timeout_ms = max(1, int(timeout_seconds * 1000))
        self.user_agent = user_agent
        self.allow_private = allow_private
        self.pages = max(1, pages)
        self._broken: str = ""  # set when Chromium cannot start: don't retry in this run
        self._version = ""
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        # Touched only on the browser thread:
        self._pw: Any = None
        self._browser: Any = None
        self._generation = 0
        self._start_lock: asyncio.Lock | None = None
        self._free: asyncio.Queue[_Slot] | None = None

    @property
    def version(self) -> str:
        return self._version

    # ------------------------------------------------------------------ thread plumbing

    def _run(self, coro: Coroutine[Any, Any, T]) -> Future[T]:
        if self._loop is None:
            loop = asyncio.new_event_loop()
            ready = threading.Event()

            def main() -> None:
                asyncio.set_event_loop(loop)
                loop.call_soon(ready.set)
                loop.run_forever()
                loop.close()

            self._thread = threading.Thread(target=main, name="repwatch-browser", daemon=True)
            self._thread.start()
            ready.wait()
            self._loop = loop
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    def start(self) -> None:
        """Start Chromium now (it otherwise starts on the first render)."""
        self._run(self._start()).result()

    def close(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        with contextlib.suppress(Exception):
            self._run(self._shutdown()).result(timeout=30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=30)
        self._loop = self._thread = None

    def submit(
        self, url: str, status: int, headers: tuple[tuple[str, str], ...], body: bytes
    ) -> Future[Rendered]:
        """Start rendering on the browser thread; the future holds :class:`Rendered` or raises
        :class:`BrowserUnavailable` / :class:`RenderFailed`."""
        return self._run(self._render(url, status, headers, body))

    def render(
        self, url: str, status: int, headers: tuple[tuple[str, str], ...], body: bytes
    ) -> Rendered:
        """Render ``body`` as the response to ``url``; PNG, PDF and MHTML of the result."""
        return self.result(self.submit(url, status, headers, body))

    def result(self, future: Future[Rendered]) -> Rendered:
        """Wait for a submitted render (with a backstop should Chromium hang unnoticed)."""
        # Every browser call has its own timeout; this only guards against a lost reply.
        # A queued render may wait for the others in the pool, hence the allowance.
        backstop = (self.timeout_ms / 1000) * (6 + 2 * self.pages) + 60
        try:
            return future.result(timeout=backstop)
        except FutureTimeout:
            future.cancel()
            raise RenderFailed(f"browser gave no answer within {backstop:g} s (timeout)") from None

    # ------------------------------------------------------------------ on the browser thread

    async def _start(self) -> None:
        if self._start_lock is None:
            self._start_lock = asyncio.Lock()
            self._free = asyncio.Queue()
            for _ in range(self.pages):
                self._free.put_nowait(_Slot())
        async with self._start_lock:
            if self._broken:
                raise BrowserUnavailable(self._broken)
            if self._browser is not None and self._browser.is_connected():
                return
            await self._shutdown()
            try:
                from playwright.async_api import Error as PlaywrightError
                from playwright.async_api import async_playwright
            except ImportError as exc:  # pragma: no cover - a dependency
                self._broken = f"Playwright is not installed ({exc}); pip install playwright"
                raise BrowserUnavailable(self._broken) from None
            try:
                self._pw = await async_playwright().start()
                self._browser = await self._pw.chromium.launch(
                    executable_path=self.executable,
                    headless=True,
                    args=list(LAUNCH_ARGS),
                    timeout=max(self.timeout_ms, 30_000),
                    handle_sigint=False,
                )
            except PlaywrightError as exc:
                await self._shutdown()
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
                self._broken = (
                    f"Chromium at {self.executable} did not start ({first}); " + INSTALL_HINT
                )
                raise BrowserUnavailable(self._broken) from None
            self._generation += 1
            self._version = str(self._browser.version)

    async def _shutdown(self) -> None:
        browser, pw = self._browser, self._pw
        self._browser = self._pw = None
        # A crashed browser or driver raises on close; there is nothing left to release.
        if browser is not None:
            with contextlib.suppress(Exception):
                await browser.close()
        if pw is not None:
            with contextlib.suppress(Exception):
                await pw.stop()

    async def _session(self, slot: _Slot) -> _Slot:
        """The slot's (context, page, CDP session), made afresh when missing or worn out."""
        if (
            slot.page is not None
            and slot.uses < RECYCLE_AFTER
            and slot.generation == self._generation
        ):
            return slot
        await self._drop_session(slot)
        context = await self._browser.new_context(
            viewport={"width": self.viewport[0], "height": self.viewport[1]},
            user_agent=self.user_agent,
            java_script_enabled=True,
            service_workers="block",
            accept_downloads=False,
        )
        context.set_default_timeout(self.timeout_ms)
        context.set_default_navigation_timeout(self.timeout_ms)

        async def route(route: Any) -> None:
            await self._route(slot, route)

        await context.route("**/*", route)
        page = await context.new_page()
        slot.cdp = await context.new_cdp_session(page)
        slot.context, slot.page, slot.uses = context, page, 0
        slot.generation = self._generation
        slot.origins.clear()
        return slot

    @staticmethod
    async def _drop_session(slot: _Slot) -> None:
        context = slot.context
        slot.context = slot.page = slot.cdp = None
        slot.origins.clear()
        if context is not None:
            with contextlib.suppress(Exception):  # closing after a crash raises
                await context.close()

    async def _route(self, slot: _Slot, route: Any) -> None:
        request = route.request
        main = slot.main
        if (
            main is not None
            and not main["served"]
            and request.is_navigation_request()
            and request.frame.parent_frame is None
        ):
            main["served"] = True
            await route.fulfill(status=main["status"], headers=main["headers"], body=main["body"])
            return
        if not self.allow_private:
            try:
                check_url(request.url, allow_private=False)
            except BlockedAddress:
                await route.abort("blockedbyclient")
                return
        if urlsplit(request.url).scheme in ("http", "https"):
            await route.continue_()
        else:
            await route.abort("blockedbyclient")

    @staticmethod
    async def _reset_state(slot: _Slot) -> None:
        """Forget what the previous capture left behind: cookies, storage, cache."""
        await slot.context.clear_cookies()
        await slot.cdp.send("Network.clearBrowserCache")
        for origin in slot.origins:
            await slot.cdp.send(
                "Storage.clearDataForOrigin", {"origin": origin, "storageTypes": "all"}
            )
        slot.origins.clear()

    async def _render(
        self, url: str, status: int, headers: tuple[tuple[str, str], ...], body: bytes
    ) -> Rendered:
        """One capture on a free pooled page.

        A reused page is cleared of the previous capture's cookies, storage and cache first
        (a new page costs ~0.1 s of renderer start-up); its context is replaced after any
        failure and every ``RECYCLE_AFTER`` captures.
        """
        from playwright.async_api import Error as PlaywrightError
        from playwright.async_api import TimeoutError as PlaywrightTimeout

        await self._start()
        assert self._free is not None
        slot = await self._free.get()
        fulfil_headers = {k: v for k, v in headers if k.lower() not in DROP_FULFIL_HEADERS}
        ok = False
        try:
            await self._session(slot)
            if slot.uses:
                await self._reset_state(slot)
            slot.uses += 1
            slot.main = {"status": status, "headers": fulfil_headers, "body": body, "served": False}
            parts = urlsplit(url)
            slot.origins.add(f"{parts.scheme}://{parts.netloc}")
            page, cdp = slot.page, slot.cdp
            try:
                await page.goto(url, wait_until="load", timeout=self.timeout_ms)
            except PlaywrightTimeout:
                raise RenderFailed(
                    f"page did not finish loading within {self.timeout_ms / 1000:g} s (timeout)"
                ) from None
            metrics = await cdp.send("Page.getLayoutMetrics")
            size = metrics.get("cssContentSize") or metrics.get("contentSize") or {}
            width = max(1, int(size.get("width") or self.viewport[0]))
            height = max(1, min(int(size.get("height") or self.viewport[1]), MAX_SCREENSHOT_HEIGHT))
            # CDP directly: full page in one shot, encoded for speed (still lossless PNG;
            # Playwright's own full-page path costs ~60 ms more per capture).
            shot = await cdp.send(
                "Page.captureScreenshot",
                {
                    "format": "png",
                    "captureBeyondViewport": True,
                    "optimizeForSpeed": True,
                    "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
                },
            )
            png = base64.b64decode(shot["data"])
            title = await page.title()
            snapshot = await cdp.send("Page.captureSnapshot", {"format": "mhtml"})
            mhtml = str(snapshot.get("data", "")).encode()
            pdf = await page.pdf(print_background=True, prefer_css_page_size=True)
            final_url = page.url
            ok = True
        except PlaywrightTimeout:
            raise RenderFailed(f"browser timed out after {self.timeout_ms / 1000:g} s") from None
        except PlaywrightError as exc:
            if self._browser is None or not self._browser.is_connected():
                await self._shutdown()
                raise RenderFailed(f"browser crashed ({_first_line(exc)})") from None
            raise RenderFailed(f"browser error ({_first_line(exc)})") from None
        finally:
            slot.main = None
            if not ok:
                await self._drop_session(slot)  # a page stuck loading must not leak onward
            self._free.put_nowait(slot)
        return Rendered(png=png, pdf=pdf, mhtml=mhtml, title=title, final_url=final_url)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else exc.__class__.__name__


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG header (for the manifest, without decoding the image)."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or len(png) < 24:
        return (0, 0)
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
