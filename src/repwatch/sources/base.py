"""What every provider module shares: one source's HTTP session, budget, retries and output.

A :class:`SourceContext` is made by :func:`repwatch.sources.discover` for each configured
source. Provider modules (``searxng``, ``brave``, ``feeds``, …) only build requests and read
responses; this module

* counts every request in the :class:`UsageBook` and stops before a request that would go
  over the source's daily or monthly budget (:class:`BudgetStopped`);
* retries transport errors, 429 and 502/503/504 with backoff that honours ``Retry-After`` and
  the provider's reset hints, but never waits longer than :class:`RetryPolicy` allows: a wait
  that is too long becomes :class:`~repwatch.errors.RateLimited` with the reset time;
* follows redirects only within the same site (never to another site, never https → http);
* reads secrets only from the environment variables the watchlist names, and scrubs their
  values out of every message it produces;
* canonicalises, filters and de-duplicates the candidates a provider emits.
"""

from __future__ import annotations

import html
import json
import logging
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import httpx
import tldextract
from bs4 import BeautifulSoup

from repwatch.errors import (
    BudgetStopped,
    NotConfigured,
    RateLimited,
    SourceError,
    Unreachable,
)
from repwatch.models import Candidate, SourceKind
from repwatch.sources.canonical import canonicalize, in_domains, unwrap_redirect

# httpx logs every request URL at INFO; a feed URL is itself a secret, so keep those lines out
# of whatever log the application configures.
logging.getLogger("httpx").setLevel(logging.WARNING)
logging.getLogger("httpcore").setLevel(logging.WARNING)

log = logging.getLogger(__name__)

# The public-suffix snapshot bundled with tldextract: no network fetch at run time.
_TLD = tldextract.TLDExtract(suffix_list_urls=())
MAX_REDIRECTS = 5
# Secrets shorter than this are not scrubbed from text: replacing "1" everywhere would mangle
# messages while protecting nothing.
MIN_SECRET_LEN = 6


class UsageBook(Protocol):
    """Where API calls are counted against budgets (the Store implements it)."""

    def record_api_call(self, source: str, at: datetime, status: int) -> None: ...

    def api_calls_since(self, source: str, since: datetime) -> int: ...


class Retry(Exception):  # noqa: N818 - a signal between a classifier and the retry loop
    """Raised by a response classifier: ``error`` if retries run out, after ``wait`` seconds."""

    def __init__(self, error: SourceError, wait: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.wait = wait


@dataclass(frozen=True)
class RetryPolicy:
    """Bounds on retrying one source. Tests pass a tiny one; cron runs use the default."""

    attempts: int = 3  # tries per request
    base_delay: float = 1.0  # first backoff when the server gives no hint; doubles
    max_delay: float = 30.0  # a longer requested wait is not waited for: rate_limited
    max_total_wait: float = 90.0  # all waits of one source in one run


DEFAULT_RETRY = RetryPolicy()

Classifier = Callable[[httpx.Response], None]


# --------------------------------------------------------------------------- small helpers

_BLOCK_END = re.compile(r"<\s*(?:br|/p|/div|/li|/h\d|/blockquote)\b[^>]*>", re.IGNORECASE)
_WS = re.compile(r"\s+")


def plain(fragment: str | None) -> str:
    """Text of an HTML snippet: highlighting (<strong>, <b>) and entities gone, one line."""
    if not fragment:
        return ""
    if "<" in fragment:
        fragment = _BLOCK_END.sub(" ", fragment)
        fragment = BeautifulSoup(fragment, "html.parser").get_text("")
    return _WS.sub(" ", html.unescape(fragment)).strip()


_DISPLAY_DATE_FORMATS = ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%Y-%m-%d")
_AGO = re.compile(r"^(\d+)\s+(minute|hour|day|week|month|year)s?\s+ago$", re.IGNORECASE)
_AGO_UNITS = {
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 7 * 86400,
    "month": 30 * 86400,
    "year": 365 * 86400,
}


def parse_when(value: Any, now: datetime | None = None) -> datetime | None:
    """A provider's date as an aware UTC datetime, or None when it is absent or unreadable.

    Accepts ISO 8601 with or without a zone (no zone is read as UTC, as SearXNG and Brave
    mean it), RFC 822, epoch seconds, display strings such as "Oct 14, 2026", and, given
    ``now``, relative ones such as "3 days ago".
    """
    if value is None or value == "":
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(float(value), UTC)
    text = str(value).strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            for fmt in _DISPLAY_DATE_FORMATS:
                try:
                    parsed = datetime.strptime(text, fmt)
                    break
                except ValueError:
                    continue
    if parsed is None and now is not None and (m := _AGO.match(text)):
        parsed = now - timedelta(seconds=int(m.group(1)) * _AGO_UNITS[m.group(2).lower()])
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def retry_after(response: httpx.Response, now: datetime) -> float | None:
    """Seconds the server asked us to wait in ``Retry-After`` (delta or HTTP date)."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    when = parse_when(value)
    return max(0.0, (when - now).total_seconds()) if when else None


def header_list(response: httpx.Response, name: str) -> list[float]:
    """A comma-list header as numbers (Brave's ``X-RateLimit-*``: per second, per month)."""
    out: list[float] = []
    for item in response.headers.get(name, "").split(","):
        try:
            out.append(float(item.strip()))
        except ValueError:
            continue
    return out


def json_body(response: httpx.Response) -> Any:
    """The JSON of a response, or None when the body is not JSON."""
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        return None


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _same_site(old: str, new: str) -> bool:
    """May a redirect from ``old`` go to ``new``? Same registered domain, never downgraded."""
    a, b = urlsplit(old), urlsplit(new)
    if b.scheme not in ("http", "https") or (a.scheme == "https" and b.scheme == "http"):
        return False
    if (a.hostname or "") == (b.hostname or ""):
        return True
    ra = _TLD(a.hostname or "").top_domain_under_public_suffix
    rb = _TLD(b.hostname or "").top_domain_under_public_suffix
    return bool(ra) and ra == rb


# --------------------------------------------------------------------------- the context


@dataclass
class SourceContext:
    """One source's run: its HTTP client, budget, secrets and the candidates it found."""

    label: str
    kind: SourceKind
    client: httpx.Client
    usage: UsageBook
    now: datetime
    env: Mapping[str, str]
    budget_per_day: int | None = None  # None: no budget (alert feeds)
    budget_per_month: int | None = None
    retry: RetryPolicy = DEFAULT_RETRY
    sleep: Callable[[float], None] = time.sleep
    skip_domains: tuple[str, ...] = ()  # the school's own and excluded domains
    candidates: list[Candidate] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # degraded: said in the report
    notes: list[str] = field(default_factory=list)  # informational: said in the report
    requests: int = 0
    waited: float = 0.0
    _secrets: dict[str, str] = field(default_factory=dict)
    _seen: set[str] = field(default_factory=set)

    # ------------------------------------------------------------------ secrets

    def secret(self, env_name: str, what: str, config_key: str) -> str:
        """The value of the environment variable the watchlist names for ``what``."""
        if not env_name:
            raise NotConfigured(
                f'{self.label}: no {what} configured; set {config_key} = "ENV_VAR_NAME" in '
                f"its [[search]] entry and export that variable"
            )
        value = self.env.get(env_name, "")
        if not value.strip():
            raise NotConfigured(
                f"{self.label}: environment variable {env_name} ({what}) is not set; export it "
                "in the environment repwatch runs in (e.g. the cron job's)"
            )
        self._secrets[env_name] = value
        return value

    def hide(self, name: str, value: str) -> None:
        """Treat ``value`` (e.g. a session token) as a secret too: scrubbed as ``$name``."""
        self._secrets[name] = value

    def redact(self, text: str) -> str:
        """``text`` with every secret value read so far replaced by ``$ENV_NAME``."""
        for name, value in self._secrets.items():
            if len(value) >= MIN_SECRET_LEN:
                text = text.replace(value, f"${name}")
        return text

    # ------------------------------------------------------------------ budget

    def _spend(self) -> None:
        checks = (
            ("budget_per_day", self.budget_per_day, timedelta(days=1), "24 hours"),
            ("budget_per_month", self.budget_per_month, timedelta(days=31), "31 days"),
        )
        for key, budget, window, span in checks:
            if budget is None:
                continue
            used = self.usage.api_calls_since(self.label, self.now - window)
            if used >= budget:
                raise BudgetStopped(
                    f"{self.label}: stopped before going over {key} = {budget} ({used} requests "
                    f"in the last {span}); it resumes as old requests age out, or raise "
                    f"{key} in its [[search]] entry if the plan allows"
                )

    # ------------------------------------------------------------------ HTTP

    def request(
        self,
        method: str,
        url: str,
        *,
        classify: Classifier | None = None,
        where: str | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send one logical request (counted, retried, bounded); return the good response.

        ``classify`` inspects a response and raises :class:`Retry` or a
        :class:`SourceError`; without one, :meth:`default_classify` applies. ``where`` names
        the endpoint in messages instead of ``url`` (for a URL that is itself a secret).
        """
        where = where or origin(url)
        attempt = 0
        while True:
            attempt += 1
            self._spend()
            wait: float | None
            try:
                response = self._send(method, url, where, **kwargs)
            except httpx.HTTPError as exc:
                self.usage.record_api_call(self.label, self.now, 0)
                self.requests += 1
                error: SourceError = Unreachable(
                    f"{self.label}: cannot reach {where} ({type(exc).__name__}: {exc}); check "
                    "the url and that the service is running"
                )
                wait = None
            else:
                self.usage.record_api_call(self.label, self.now, response.status_code)
                self.requests += 1
                try:
                    (classify or self.default_classify)(response)
                    return response
                except Retry as signal:
                    error, wait = signal.error, signal.wait
            if attempt >= self.retry.attempts:
                raise error
            delay = wait if wait is not None else self.retry.base_delay * 2 ** (attempt - 1)
            if delay > self.retry.max_delay or self.waited + delay > self.retry.max_total_wait:
                raise error
            log.info("%s: retrying in %.1fs after: %s", self.label, delay, self.redact(str(error)))
            self.sleep(delay)
            self.waited += delay

    def _send(self, method: str, url: str, where: str, **kwargs: Any) -> httpx.Response:
        for _ in range(MAX_REDIRECTS + 1):
            response = self.client.request(method, url, **kwargs)
            if not response.is_redirect:
                return response
            target = urljoin(url, response.headers.get("location", ""))
            if not _same_site(url, target):
                raise SourceError(
                    f"{self.label}: {where} redirected to another site "
                    f"({origin(target)}); set the url to that address if you trust it"
                )
            if response.status_code in (301, 302, 303) and method != "GET":
                method = "GET"
                kwargs = {k: v for k, v in kwargs.items() if k not in ("json", "data", "content")}
            url = target
        raise SourceError(f"{self.label}: {where} redirected more than {MAX_REDIRECTS} times")

    def pause(self, seconds: float) -> None:
        """Wait before the next request (a provider's pacing hint), within the wait budget.

        A pause the budget cannot afford is skipped: the next request may then be refused
        and goes through the ordinary retry path.
        """
        if (
            0 < seconds <= self.retry.max_delay
            and self.waited + seconds <= self.retry.max_total_wait
        ):
            self.sleep(seconds)
            self.waited += seconds

    def default_classify(self, response: httpx.Response) -> None:
        """2xx passes; 429 and 502–504 are retried; anything else fails with its status."""
        status = response.status_code
        if 200 <= status < 300:
            return
        if status == 429:
            wait = retry_after(response, self.now)
            raise Retry(self.rate_limited("asked us to slow down (429)", wait), wait)
        if status in (502, 503, 504):
            raise Retry(
                Unreachable(
                    f"{self.label}: server answered {status}; it may be down "
                    "or overloaded, try again later"
                ),
                retry_after(response, self.now),
            )
        raise SourceError(f"{self.label}: unexpected HTTP {status}: {self.excerpt(response)}")

    def rate_limited(self, what: str, wait: float | None) -> RateLimited:
        reset_at = self.now + timedelta(seconds=wait) if wait is not None else None
        when = f"; resets at {reset_at:%Y-%m-%d %H:%M} UTC" if reset_at else ""
        return RateLimited(f"{self.label}: {what}{when}; the next run tries again", reset_at)

    def excerpt(self, response: httpx.Response, limit: int = 200) -> str:
        text = response.text.strip().replace("\n", " ")
        return text[:limit] + ("…" if len(text) > limit else "")

    def json(self, response: httpx.Response, where: str) -> Any:
        data = json_body(response)
        if data is None:
            raise SourceError(
                f"{self.label}: {where} did not answer JSON (HTTP {response.status_code}, "
                f"{response.headers.get('content-type', 'no content type')}); check the url"
            )
        return data

    # ------------------------------------------------------------------ output

    def add(
        self,
        url: str,
        *,
        title: str = "",
        snippet: str = "",
        published: datetime | None = None,
        raw: Any = "",
    ) -> bool:
        """Emit one hit; False when it was dropped (not http(s), own domain, repeat)."""
        if not url:
            return False
        canonical = canonicalize(unwrap_redirect(url))
        if urlsplit(canonical).scheme not in ("http", "https"):
            return False
        if in_domains(canonical, self.skip_domains) or canonical in self._seen:
            return False
        self._seen.add(canonical)
        raw_text = (
            raw
            if isinstance(raw, str)
            else json.dumps(raw, ensure_ascii=False, sort_keys=True, default=str)
        )
        self.candidates.append(
            Candidate(
                url=canonical,
                title=self.redact(plain(title)),
                snippet=self.redact(plain(snippet)),
                published=published,
                source=self.label,
                source_kind=self.kind,
                raw=self.redact(raw_text),
            )
        )
        return True
