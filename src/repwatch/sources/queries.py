"""Search queries generated from the watchlist, and the freshness window of a run.

First step of discovery: the watchlist's school and staff become provider-neutral
:class:`Query` values that each provider module turns into its own request. The school is
searched by its quoted name and aliases; a staff member by each quoted name *together with*
the school's name or a locality, so that a common name alone ("Jane Smith") does not flood
the results — unless the member is marked ``unique``. School queries come first, so a budget
that runs out mid-run has spent itself on the most important ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from repwatch.config import Watchlist


@dataclass(frozen=True)
class Query:
    text: str
    subject: str  # "school" or a staff id: what the query is looking for


class Freshness(StrEnum):
    """How far back a run looks: since the last successful run, rounded up."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    ANY = "any"  # first run: no window


FRESHNESS_STEPS: tuple[tuple[timedelta, Freshness], ...] = (
    (timedelta(days=1), Freshness.DAY),
    (timedelta(days=7), Freshness.WEEK),
    (timedelta(days=31), Freshness.MONTH),
    (timedelta(days=366), Freshness.YEAR),
)


def freshness(since: datetime | None, now: datetime) -> Freshness:
    """The narrowest provider window that still covers ``since`` … ``now``.

    A window one step wider would be wasteful; one narrower would miss pages published
    just after the last run. ``since=None`` (never run successfully) means no window.
    """
    if since is None:
        return Freshness.ANY
    gap = now - since
    for limit, window in FRESHNESS_STEPS:
        if gap <= limit:
            return window
    return Freshness.ANY


def quote(phrase: str) -> str:
    cleaned = " ".join(phrase.replace('"', " ").split())
    return f'"{cleaned}"'


def build_queries(watchlist: Watchlist) -> tuple[Query, ...]:
    """Every query of a run, school first, without duplicates (case-insensitive)."""
    school = watchlist.school
    out: list[Query] = []
    seen: set[str] = set()

    def add(text: str, subject: str) -> None:
        key = text.casefold()
        if key not in seen:
            seen.add(key)
            out.append(Query(text, subject))

    for name in (school.name, *school.aliases):
        add(quote(name), "school")
    # A staff name is combined with the school's own name and each locality: the page about
    # "Jane Smith" that matters names the school or the place.
    contexts = [school.name, *school.locality]
    for member in watchlist.staff:
        for name in (member.name, *member.aliases):
            if member.unique:
                add(quote(name), member.id)
                continue
            for context in contexts:
                add(f"{quote(name)} {quote(context)}", member.id)
    return tuple(out)


@dataclass(frozen=True)
class Plan:
    """What every provider is asked in one run."""

    queries: tuple[Query, ...]
    since: datetime | None  # the last successful run; None on the first run
    window: Freshness


def plan(watchlist: Watchlist, since: datetime | None, now: datetime) -> Plan:
    return Plan(build_queries(watchlist), since, freshness(since, now))
