"""The embedded demo: a small bundled web (``site/``), its servers (``server``) and the ground
truth of what a run over it must find (``expected.toml``). ``repwatch demo`` starts here."""

from __future__ import annotations
