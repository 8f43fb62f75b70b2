"""Discover candidate URLs from search APIs and alert feeds (the "discover" stage).

``discover`` turns the watchlist's ``[[search]]`` and ``[[feeds]]`` into queries
(:mod:`.queries`), asks each source through its provider module (:mod:`.searxng`,
:mod:`.brave`, :mod:`.serper`, :mod:`.bluesky`, :mod:`.mastodon`, :mod:`.feeds`), and returns
canonical, de-duplicated candidate URLs plus exactly one :class:`SourceReport` per configured
source. Budgets, retries, redirects and secrets are handled once, in :mod:`.base`. One failing
source never stops the others: its error becomes its report's state and detail, and the
candidates it found before failing are kept. The crawler fetches the candidates next.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

import httpx

from repwatch.config import Feed, SearchSource, Watchlist
from repwatch.errors import BudgetStopped, NotConfigured, SourceError, Unreachable
from repwatch.models import Candidate, SourceKind, SourceReport, SourceState
from repwatch.sources import bluesky, brave, feeds, mastodon, searxng, serper
from repwatch.sources.base import (
    DEFAULT_RETRY,
    RetryPolicy,
    SourceContext,
    UsageBook,
)
from repwatch.sources.queries import Plan, plan

__all__ = [
    "DEFAULT_RETRY",
    "BudgetStopped",
    "Discovery",
    "NotConfigured",
    "PROVIDERS",
    "RetryPolicy",
    "Unreachable",
    "UsageBook",
    "discover",
]

log = logging.getLogger(__name__)

Provider = Callable[[SourceContext, SearchSource, Plan], None]
PROVIDERS: dict[str, Provider] = {
    "searxng": searxng.search,
    "brave": brave.search,
    "serper": serper.search,
    "bluesky": bluesky.search,
    "mastodon": mastodon.search,
}


@dataclass(frozen=True)
class Discovery:
    candidates: tuple[Candidate, ...]
    reports: tuple[SourceReport, ...]


def _unique_labels(labels: list[str]) -> list[str]:
    """Two sources with the same label would share a budget and a report row: number them."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label}-{seen[label]}")
    return out


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _report(ctx: SourceContext, work: Callable[[], None]) -> SourceReport:
    """Run one source; turn whatever happens into its report (never raises)."""
    reset_at = None
    try:
        work()
    except SourceError as exc:
        state = SourceState(exc.state)
        detail = str(exc)
        reset_at = getattr(exc, "reset_at", None)
        if ctx.candidates:
            detail += f" ({_count(len(ctx.candidates), 'candidate')} found before that kept)"
    except Exception as exc:  # a bug in one provider must not stop the others
        state = SourceState.ERROR
        detail = (
            f"{ctx.label}: internal error {type(exc).__name__}: {exc}; please report "
            "it with the log"
        )
        log.error("%s", ctx.redact(detail))
    else:
        state = SourceState.DEGRADED if ctx.problems else SourceState.OK
        parts = [
            f"{_count(len(ctx.candidates), 'candidate')} from {_count(ctx.requests, 'request')}",
            *ctx.problems,
            *ctx.notes,
        ]
        detail = "; ".join(parts)
    return SourceReport(
        name=ctx.label,
        kind=ctx.kind,
        state=state,
        detail=ctx.redact(detail),
        pages=ctx.requests,
        candidates=len(ctx.candidates),
        reset_at=reset_at,
    )


def discover(
    watchlist: Watchlist,
    usage: UsageBook,
    *,
    since: datetime | None,
    now: datetime,
    env: Mapping[str, str],
    retry: RetryPolicy = DEFAULT_RETRY,
    sleep: Callable[[float], None] = time.sleep,
) -> Discovery:
    """Ask every configured search provider and feed; return candidates and one report each.

    ``since`` is the start of the last successful run (None on the first): it sets the
    freshness window. ``env`` is where secrets are read from (only the variables the
    watchlist names). ``retry`` and ``sleep`` bound and perform waits (tests shrink them).
    """
    the_plan = plan(watchlist, since, now)
    skip = tuple(watchlist.school.own_domains) + tuple(
        e.domain for e in watchlist.exclude if e.domain
    )
    labels = _unique_labels(
        [s.label for s in watchlist.search] + [f.label for f in watchlist.feeds]
    )
    reports: list[SourceReport] = []
    found: list[Candidate] = []
    timeout = httpx.Timeout(
        watchlist.crawl.timeout_seconds, connect=min(10.0, watchlist.crawl.timeout_seconds)
    )
    with httpx.Client(
        timeout=timeout, follow_redirects=False, headers={"User-Agent": watchlist.crawl.user_agent}
    ) as client:

        def context(label: str, kind: SourceKind, source: SearchSource | None) -> SourceContext:
            return SourceContext(
                label=label,
                kind=kind,
                client=client,
                usage=usage,
                now=now,
                env=env,
                budget_per_day=source.budget_per_day if source else None,
                budget_per_month=source.budget_per_month if source else None,
                retry=retry,
                sleep=sleep,
                skip_domains=skip,
            )

        jobs: list[tuple[SourceContext, Callable[[], None]]] = []
        for source, label in zip(watchlist.search, labels, strict=False):
            ctx = context(label, SourceKind.SEARCH, source)
            jobs.append((ctx, _search_job(ctx, source, the_plan)))
        for feed, label in zip(watchlist.feeds, labels[len(watchlist.search) :], strict=False):
            ctx = context(label, SourceKind.FEED, None)
            jobs.append((ctx, _feed_job(ctx, feed)))
        for ctx, work in jobs:
            reports.append(_report(ctx, work))
            found.extend(ctx.candidates)

    seen: set[str] = set()
    unique: list[Candidate] = []
    for candidate in found:  # first source in watchlist order wins
        if candidate.url not in seen:
            seen.add(candidate.url)
            unique.append(candidate)
    return Discovery(tuple(unique), tuple(reports))


def _search_job(ctx: SourceContext, source: SearchSource, the_plan: Plan) -> Callable[[], None]:
    def work() -> None:
        if not source.enabled:
            raise NotConfigured(
                f"{ctx.label}: disabled (enabled = false in its [[search]] "
                "entry); remove that line to use it"
            )
        provider = PROVIDERS.get(source.provider)
        if provider is None:
            raise NotConfigured(
                f"{ctx.label}: unknown provider {source.provider!r}; use one "
                f"of {', '.join(PROVIDERS)}"
            )
        provider(ctx, source, the_plan)

    return work


def _feed_job(ctx: SourceContext, feed: Feed) -> Callable[[], None]:
    return lambda: feeds.fetch(ctx, feed)
