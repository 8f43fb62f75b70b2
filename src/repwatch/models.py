"""Values that cross stage boundaries: frozen dataclasses and StrEnums only.

Every stage (config → sources → crawler → matching → evidence → store → digest → takedown)
speaks in these types; none of them knows how another stage stores or renders them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Category(StrEnum):
    THREAT = "threat"
    HATE = "hate"
    SEXUAL = "sexual"
    DOXXING = "doxxing"
    DEFAMATION = "defamation"
    ABUSE = "abuse"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """0 is the worst; sort ascending to put critical first."""
        return SEVERITY_ORDER.index(self)


SEVERITY_ORDER: tuple[Severity, ...] = (
    Severity.CRITICAL,
    Severity.HIGH,
    Severity.MEDIUM,
    Severity.LOW,
)

# DESIGN.md's severity table: the one place the mapping lives.
CATEGORY_SEVERITY: dict[Category, Severity] = {
    Category.THREAT: Severity.CRITICAL,
    Category.HATE: Severity.CRITICAL,
    Category.SEXUAL: Severity.CRITICAL,
    Category.DOXXING: Severity.CRITICAL,
    Category.DEFAMATION: Severity.HIGH,
    Category.ABUSE: Severity.HIGH,
    Category.NEGATIVE: Severity.MEDIUM,
    Category.NEUTRAL: Severity.LOW,
}


def severity_of(categories: tuple[Category, ...] | list[Category]) -> Severity:
    """The worst severity among ``categories`` (neutral → low when empty)."""
    if not categories:
        return Severity.LOW
    return min((CATEGORY_SEVERITY[c] for c in categories), key=lambda s: s.rank)


class SourceKind(StrEnum):
    SITE = "site"
    SEARCH = "search"
    FEED = "feed"
    RECHECK = "recheck"


class SourceState(StrEnum):
    OK = "ok"
    DEGRADED = "degraded"
    RATE_LIMITED = "rate_limited"
    QUOTA_EXHAUSTED = "quota_exhausted"
    AUTH_FAILED = "auth_failed"
    UNREACHABLE = "unreachable"
    NOT_CONFIGURED = "not_configured"
    BUDGET_STOPPED = "budget_stopped"
    ERROR = "error"


@dataclass(frozen=True)
class Mention:
    """One recognised mention of a watched subject in one document.

    ``subject`` is ``"school"`` or a staff id. ``start``/``end`` index the text that was
    scanned, so ``text[start:end] == matched``.
    """

    subject: str
    matched: str
    start: int
    end: int
    score: float
    variant: str
    reason: str
    categories: tuple[Category, ...]
    severity: Severity
    snippet: str = ""
    url_only: bool = False


@dataclass(frozen=True)
class FetchedPage:
    """One HTTP exchange as the crawler saw it (body kept on disk, addressed by hash)."""

    url: str
    final_url: str
    status: int
    fetched_at: datetime
    sha256: str
    body_path: str | None
    content_type: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    ip_address: str | None = None
    source: str = ""
    source_kind: SourceKind = SourceKind.SITE
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Candidate:
    """A URL a search provider or feed suggested, with what it said about it."""

    url: str
    title: str = ""
    snippet: str = ""
    published: datetime | None = None
    source: str = ""
    source_kind: SourceKind = SourceKind.SEARCH
    raw: str = ""  # the provider's JSON/XML for this hit, kept as evidence


@dataclass(frozen=True)
class SourceReport:
    """How one source fared in one run (the digest's "sources" table)."""

    name: str
    kind: SourceKind
    state: SourceState
    detail: str = ""
    pages: int = 0
    candidates: int = 0
    reset_at: datetime | None = None


@dataclass(frozen=True)
class Finding:
    """A mention stored against a page: what the digest, cases and takedowns act on."""

    id: str
    url: str
    subject: str
    subject_name: str
    matched: str
    start: int
    end: int
    score: float
    variant: str
    reason: str
    categories: tuple[Category, ...]
    severity: Severity
    snippet: str
    first_seen: datetime
    last_seen: datetime
    page_sha256: str
    source: str = ""
    source_kind: SourceKind = SourceKind.SITE
    title: str = ""
    url_only: bool = False
    evidence: dict[str, str] = field(default_factory=dict)
