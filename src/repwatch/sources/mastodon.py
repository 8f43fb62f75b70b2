"""mastodon provider (not yet implemented)."""

from __future__ import annotations

from repwatch.config import SearchSource
from repwatch.sources.base import NotConfigured, SourceContext
from repwatch.sources.queries import Plan


def search(ctx: SourceContext, source: SearchSource, plan: Plan) -> None:
    raise NotConfigured(f"{ctx.label}: the mastodon provider is not available yet")
