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


# --------------------------------------------------------------------------- cases (issue 7)


class CaseStatus(StrEnum):
    """Where a case stands, in the order Section 2.3 of the policy walks it."""

    NEW = "new"
    REPORTED = "reported"  # reported to the line manager
    INVESTIGATING = "investigating"
    REMOVAL_REQUESTED = "removal-requested"
    ESCALATED = "escalated"  # POSH, Report Harmful Content, police
    REMOVED = "removed"
    CLOSED = "closed"  # closed, no action
    DISMISSED = "dismissed"  # false positive: suppresses the same URL and text later

    @property
    def is_open(self) -> bool:
        return self not in (CaseStatus.REMOVED, CaseStatus.CLOSED, CaseStatus.DISMISSED)

    @property
    def label(self) -> str:
        return CASE_STATUS_LABELS[self]


CASE_STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.NEW: "new",
    CaseStatus.REPORTED: "reported to line manager",
    CaseStatus.INVESTIGATING: "investigating",
    CaseStatus.REMOVAL_REQUESTED: "removal requested",
    CaseStatus.ESCALATED: "escalated (POSH, Report Harmful Content, police)",
    CaseStatus.REMOVED: "removed",
    CaseStatus.CLOSED: "closed, no action",
    CaseStatus.DISMISSED: "dismissed (false positive)",
}


class Recipient(StrEnum):
    """Who a takedown request or referral is addressed to."""

    UPLOADER = "uploader"
    SITE = "site"
    PLATFORM = "platform"
    HOST = "host"
    DEFAMATION = "defamation"
    POLICE = "police"
    POSH = "posh"
    IWF = "iwf"


@dataclass(frozen=True)
class Case:
    """One finding followed to its end; ``owner`` is the named officer (normally the DSL)."""

    id: str
    finding_id: str
    status: CaseStatus
    owner: str
    opened_at: datetime
    updated_at: datetime
    last_checked_at: datetime | None = None
    last_check: str = ""  # what the last recheck saw: live, gone: HTTP 404, …


@dataclass(frozen=True)
class CaseEvent:
    """One line of a case's history: who did what, when and why."""

    case_id: str
    at: datetime
    who: str
    action: str  # opened | status | takedown | rdap | recheck | reference
    note: str = ""
    from_status: CaseStatus | None = None
    to_status: CaseStatus | None = None
    reference: str = ""  # a platform's or the police's reference number
    ledger_seq: int | None = None


@dataclass(frozen=True)
class TakedownRequest:
    """A request rendered for one recipient and recorded on its case."""

    id: str
    case_id: str
    recipient: Recipient
    format: str  # eml | txt | html
    created_at: datetime
    sender: str
    path: str  # under reports/
    sha256: str
    subject: str = ""


@dataclass(frozen=True)
class Deadline:
    """A date by which someone should have acted on a request (e.g. an operator's 48 hours)."""

    case_id: str
    request_id: str
    kind: str  # e.g. defamation-48h, defamation-5d, defamation-removal, follow-up
    due: datetime
    label: str


@dataclass(frozen=True)
class Reminder:
    """An open case whose material is still live past a deadline (for the digest)."""

    case_id: str
    finding_id: str
    url: str
    subject_name: str
    status: CaseStatus
    due: datetime
    kind: str
    label: str
    last_check: str = ""
