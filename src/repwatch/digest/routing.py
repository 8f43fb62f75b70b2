"""Who receives which findings (the digest's routing rule, issue 6).

Pure functions of the watchlist and the findings: each ``[[staff]] line_manager`` receives
the findings about the staff they manage plus those about the school; each address in
``[digest] always`` (the DSL, the head) receives everything. Nobody receives findings about
staff they don't manage. Addresses compare case-insensitively; the first spelling wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from repwatch.config import Watchlist
from repwatch.models import Finding

SCHOOL = "school"


@dataclass(frozen=True)
class Route:
    """One recipient's share of a digest."""

    recipient: str
    everything: bool  # listed in [digest] always
    staff: tuple[str, ...]  # staff ids they manage (empty for an "always" address)
    findings: tuple[Finding, ...]

    def audience(self, watchlist: Watchlist) -> str:
        """A line saying why these findings came to this reader."""
        if self.everything:
            return "You receive every finding (listed in [digest] always)."
        names = ", ".join(watchlist.subject_name(s) for s in self.staff)
        return f"You receive findings about the school and the staff you manage: {names}."


def recipients(watchlist: Watchlist) -> dict[str, tuple[bool, frozenset[str]]]:
    """``address → (everything, staff ids managed)`` in a stable order (always first)."""
    spelled: dict[str, str] = {}
    everything: set[str] = set()
    managed: dict[str, set[str]] = {}
    for address in watchlist.digest.always:
        key = address.lower()
        spelled.setdefault(key, address)
        everything.add(key)
    for member in watchlist.staff:
        if not member.line_manager:
            continue
        key = member.line_manager.lower()
        spelled.setdefault(key, member.line_manager)
        managed.setdefault(key, set()).add(member.id)
    return {
        spelled[key]: (key in everything, frozenset(managed.get(key, set()))) for key in spelled
    }


def allowed(everything: bool, staff: frozenset[str], subject: str) -> bool:
    return everything or subject == SCHOOL or subject in staff


def route(watchlist: Watchlist, findings: list[Finding]) -> list[Route]:
    """Every recipient with the findings the rule lets them see (order kept)."""
    routes = []
    for address, (everything, staff) in recipients(watchlist).items():
        mine = tuple(f for f in findings if allowed(everything, staff, f.subject))
        routes.append(Route(address, everything, () if everything else tuple(sorted(staff)), mine))
    return routes


def unrouted(watchlist: Watchlist, findings: list[Finding]) -> list[Finding]:
    """Findings no recipient may receive (a staff member without a line manager, and no
    ``always`` address): the whole-school digest file still has them."""
    table = recipients(watchlist)
    return [
        f
        for f in findings
        if not any(allowed(every, staff, f.subject) for every, staff in table.values())
    ]
