"""Mentions per week over the last 12 weeks, by severity, as data for an HTML bar table.

Email clients run no JavaScript and many block external images, so the chart is a table of
coloured cells whose widths are percentages (``bgcolor`` as well as CSS, for Outlook). The
input is ``(subject, severity, first_seen)`` rows from the store, already filtered to what the
reader may see.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from repwatch.models import SEVERITY_ORDER, Severity

WEEKS = 12

COLOURS: dict[Severity, str] = {
    Severity.CRITICAL: "#b00020",
    Severity.HIGH: "#c0470b",
    Severity.MEDIUM: "#8a6d0b",
    Severity.LOW: "#5f7480",
}


@dataclass(frozen=True)
class Week:
    start: date
    counts: tuple[tuple[Severity, int], ...]
    total: int
    width: int  # the bar's share of the widest week, in percent (0 when empty)
    segments: tuple[tuple[Severity, int, int], ...]  # (severity, count, % of this bar)

    @property
    def label(self) -> str:
        return self.start.strftime("%d %b")

    @property
    def text_bar(self) -> str:
        """The plain-text part's bar: one letter per mention, worst first, capped at 40."""
        letters = "".join(str(s)[0].upper() * n for s, n in self.counts)
        return letters if len(letters) <= 40 else letters[:39] + "+"


@dataclass(frozen=True)
class Trend:
    weeks: tuple[Week, ...]
    peak: int


def window_start(now: datetime, weeks: int = WEEKS) -> datetime:
    """Monday 00:00 UTC of the oldest week shown (the current week is the last)."""
    today = now.astimezone(UTC).date()
    monday = today - timedelta(days=today.weekday())
    return datetime.combine(monday - timedelta(weeks=weeks - 1), time(), tzinfo=UTC)


def weekly(
    rows: Iterable[tuple[str, Severity, datetime]], now: datetime, weeks: int = WEEKS
) -> Trend:
    start = window_start(now, weeks)
    per_week: list[Counter[Severity]] = [Counter() for _ in range(weeks)]
    for _subject, severity, seen in rows:
        index = (seen.astimezone(UTC) - start).days // 7
        if 0 <= index < weeks:
            per_week[index][severity] += 1
    peak = max((sum(c.values()) for c in per_week), default=0)
    out = []
    for i, counts in enumerate(per_week):
        total = sum(counts.values())
        ordered = tuple((s, counts[s]) for s in SEVERITY_ORDER if counts[s])
        segments = tuple((s, n, max(1, round(100 * n / total))) for s, n in ordered)
        width = max(2, round(100 * total / peak)) if total else 0
        out.append(Week((start + timedelta(weeks=i)).date(), ordered, total, width, segments))
    return Trend(tuple(out), peak)
