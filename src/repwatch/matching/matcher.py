"""Placeholder matcher: exact/fuzzy name matching with rapidfuzz (replaced by issue 3)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from repwatch.config import Watchlist
from repwatch.models import Category, Mention, Severity


class Matcher:
    def __init__(self, watchlist: Watchlist) -> None:
        self.w = watchlist
        self.names: list[tuple[str, str]] = [("school", n) for n in
                                             (watchlist.school.name, *watchlist.school.aliases)]
        for s in watchlist.staff:
            self.names += [(s.id, n) for n in (s.name, *s.aliases)]

    def scan(self, text: str, url: str | None = None) -> list[Mention]:
        out: dict[str, Mention] = {}
        low = text.lower()
        for subject, name in self.names:
            for m in re.finditer(re.escape(name.lower()), low):
                if subject in out:
                    break
                s, e = m.start(), m.end()
                out[subject] = Mention(subject, text[s:e], s, e,
                                       fuzz.ratio(name.lower(), low[s:e]) / 100, "exact",
                                       f'the name "{name}" appears', (Category.NEUTRAL,),
                                       Severity.LOW, text[max(0, s - 80): e + 80])
        return list(out.values())
