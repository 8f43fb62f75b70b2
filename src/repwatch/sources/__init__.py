"""Discover candidate URLs from search APIs and alert feeds (the "discover" stage).

``discover`` turns the watchlist's ``[[search]]`` and ``[[feeds]]`` into queries, asks each
source, and returns the candidate URLs plus one :class:`SourceReport` per source. One failing
source never stops the others. (First version: no providers yet.)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from repwatch.config import Watchlist
from repwatch.models import Candidate, SourceReport


class UsageBook(Protocol):
    """Where API calls are counted against budgets (the Store implements it)."""

    def record_api_call(self, source: str, at: datetime, status: int) -> None: ...

    def api_calls_since(self, source: str, since: datetime) -> int: ...


@dataclass(frozen=True)
class Discovery:
    candidates: tuple[Candidate, ...]
    reports: tuple[SourceReport, ...]


def discover(watchlist: Watchlist, usage: UsageBook, *, since: datetime | None,
             now: datetime, env: Mapping[str, str]) -> Discovery:
    return Discovery((), ())
