"""The demo's ground truth (``expected.toml``) and the check of a run's findings against it.

Used after the whole data flow has run over the demo web: the end-to-end test and
``repwatch demo`` hand in what was found (URL, subject, categories, severity) and get back a
list of human-readable problems — empty when the run found every true mention and nothing else.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from urllib.parse import urlsplit


@dataclass(frozen=True)
class ExpectedFinding:
    site: str
    path: str
    subject: str
    category: str
    severity: str
    also: tuple[str, ...] = ()
    hard: bool = False
    why: str = ""


@dataclass(frozen=True)
class PageNote:
    """A decoy (must yield nothing) or a robots.txt-disallowed page (must never be fetched)."""

    site: str
    path: str
    hard: bool = False
    why: str = ""


@dataclass(frozen=True)
class Expected:
    sites: tuple[str, ...]
    max_depth: int
    findings: tuple[ExpectedFinding, ...]
    decoys: tuple[PageNote, ...]
    disallowed: tuple[PageNote, ...]


@dataclass(frozen=True)
class Observed:
    """One finding of a run, reduced to what the ground truth speaks about."""

    url: str
    subject: str
    categories: tuple[str, ...]
    severity: str


def load_expected() -> Expected:
    data = tomllib.loads(files("repwatch.demo").joinpath("expected.toml").read_text("utf-8"))
    return Expected(
        sites=tuple(data["sites"]),
        max_depth=int(data["max_depth"]),
        findings=tuple(
            ExpectedFinding(**{**f, "also": tuple(f.get("also", ()))})
            for f in data.get("finding", [])
        ),
        decoys=tuple(PageNote(**d) for d in data.get("decoy", [])),
        disallowed=tuple(PageNote(**d) for d in data.get("disallowed", [])),
    )


def locate(url: str, base_urls: Mapping[str, str]) -> tuple[str, str] | None:
    """``(site, path)`` for a URL served by ``serve_demo`` (None for any other URL)."""
    parts = urlsplit(url)
    for site, base in base_urls.items():
        b = urlsplit(base)
        if (parts.scheme, parts.netloc) == (b.scheme, b.netloc):
            return site, parts.path or "/"
    return None


def check(
    observed: Iterable[Observed],
    base_urls: Mapping[str, str],
    expected: Expected | None = None,
    include_hard: bool = True,
) -> list[str]:
    """Every way the run differs from the ground truth; empty means the run is right.

    With ``include_hard=False`` the cases marked ``hard`` are not held against the run (for a
    first matcher that does not yet use context): a hard true finding may be missing and a hard
    decoy may yield findings.
    """
    exp = expected or load_expected()
    by_page: dict[tuple[str, str], list[Observed]] = {}
    problems: list[str] = []
    for o in observed:
        where = locate(o.url, base_urls)
        if where is None:
            continue  # not the demo web (e.g. the broken source): not this check's business
        by_page.setdefault(where, []).append(o)

    allowed: dict[tuple[str, str], set[str]] = {}
    soft_pages = {(d.site, d.path) for d in exp.decoys if d.hard and not include_hard}
    for f in exp.findings:
        key = (f.site, f.path)
        allowed.setdefault(key, set()).update({f.subject, *f.also})
        if f.hard and not include_hard:
            soft_pages.add(key)
            continue
        hits = [o for o in by_page.get(key, []) if o.subject == f.subject]
        if not hits:
            problems.append(f"missed: {f.subject} on {f.site}{f.path} ({f.why})")
        elif not any(f.category in o.categories and o.severity == f.severity for o in hits):
            got = "; ".join(f"{','.join(o.categories)}/{o.severity}" for o in hits)
            problems.append(
                f"wrong category: {f.subject} on {f.site}{f.path}: expected "
                f"{f.category}/{f.severity}, got {got}"
            )
    for d in exp.disallowed:
        if (d.site, d.path) in by_page:
            problems.append(f"robots.txt ignored: {d.site}{d.path} yielded findings")
    for key, found in sorted(by_page.items()):
        if key in soft_pages:
            continue
        extra = sorted({o.subject for o in found} - allowed.get(key, set()))
        if extra:
            problems.append(f"false positive: {', '.join(extra)} on {key[0]}{key[1]}")
    return problems
