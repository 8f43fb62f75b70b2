"""Recognise mentions of the school and its staff in text (placeholder first version).

Entry point: ``Matcher(watchlist).scan(text, url=None) -> list[Mention]``.
"""

from __future__ import annotations

from repwatch.matching.matcher import Matcher

__all__ = ["Matcher"]
