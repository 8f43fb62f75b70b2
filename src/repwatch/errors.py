"""The one error tree of repwatch. Every message says what is wrong and how to fix it.

RepwatchError
├── ConfigError          bad watchlist.toml or command-line usage (exit code 2)
├── SourceError          a site, search API or feed failed; recorded, never fatal
│   ├── AuthError        the provider refused our credentials
│   ├── RateLimited      the provider asked us to slow down (carries the reset time)
│   └── QuotaExhausted   the plan's budget is used up
├── BlockedAddress       a URL resolves to a private/loopback/metadata address
├── EvidenceError        an artefact could not be written, or no longer verifies
├── BrowserUnavailable   no Chromium to capture with (WARC and hashes are still kept)
├── DeliveryError        the SMTP server refused or was unreachable (mail stays in outbox)
└── NotFound             no finding, case or capture with that id
"""

from __future__ import annotations

from datetime import datetime


class RepwatchError(Exception):
    """Base of every error repwatch raises on purpose."""


class ConfigError(RepwatchError):
    """The watchlist or the command line is wrong. ``problems`` lists each one."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]


class SourceError(RepwatchError):
    """A source (site, search provider, feed) failed in this run."""

    state = "error"


class AuthError(SourceError):
    state = "auth_failed"


class RateLimited(SourceError):
    state = "rate_limited"

    def __init__(self, message: str, reset_at: datetime | None = None) -> None:
        super().__init__(message)
        self.reset_at = reset_at


class QuotaExhausted(SourceError):
    state = "quota_exhausted"


class BudgetStopped(SourceError):
    state = "budget_stopped"


class NotConfigured(SourceError):
    state = "not_configured"


class Unreachable(SourceError):
    state = "unreachable"


class BlockedAddress(RepwatchError):
    """A URL's host resolves to an address repwatch must not fetch."""


class EvidenceError(RepwatchError):
    """Evidence could not be written or no longer matches its recorded hash."""


class BrowserUnavailable(EvidenceError):
    """No usable Chromium; say how to install it."""


class DeliveryError(RepwatchError):
    """A digest could not be delivered; it stays in the outbox for the next run."""


class NotFound(RepwatchError):
    """No finding, case or capture with the given id."""
