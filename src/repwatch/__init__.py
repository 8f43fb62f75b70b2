"""repwatch: an online reputation watch for schools.

Discovers pages about a school and its staff, recognises real mentions, preserves evidence,
tells line managers what the policy says to do, and follows takedown requests to removal.
"""

from __future__ import annotations

__version__ = "0.1.0"
