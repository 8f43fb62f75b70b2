"""The platforms' reporting routes: loaded from ``platforms.toml`` (beside this module), with a
school's own ``platforms.toml`` in ``[takedown] templates_dir`` replacing or adding entries.

``platform_for(url)`` says which platform a finding's URL belongs to, so the platform letter can
name the platform's own policy category (DSA Art. 16 asks for the reasons in the host's terms)
and its report page.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

from repwatch.errors import ConfigError
from repwatch.models import Category

REQUIRED = ("name", "domains", "report_url")


@dataclass(frozen=True)
class Platform:
    key: str
    name: str
    domains: tuple[str, ...]
    report_url: str
    legal_url: str = ""
    contact: str = ""
    item: str = "post"
    checked: str = ""
    categories: dict[str, str] = field(default_factory=dict)

    def policy_for(self, categories: tuple[Category, ...]) -> str:
        """The platform's category for the worst repwatch category it has a name for."""
        for c in categories:
            if str(c) in self.categories:
                return self.categories[str(c)]
        return self.categories.get("abuse", "Terms of service violation")

    def owns(self, url: str) -> bool:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().removeprefix("www.")
        where = host + parts.path
        for d in self.domains:
            d = d.lower()
            if "/" in d:
                if where.startswith(d) or where.startswith("www." + d):
                    return True
            elif host == d or host.endswith("." + d):
                return True
        return False


def _parse(data: dict[str, object], source: str) -> dict[str, Platform]:
    out: dict[str, Platform] = {}
    problems = []
    for key, raw in data.items():
        if not isinstance(raw, dict):
            problems.append(f"{source}: [{key}] must be a table")
            continue
        missing = [k for k in REQUIRED if k not in raw]
        if missing:
            problems.append(f"{source}: [{key}] needs {', '.join(missing)}")
            continue
        unknown = set(raw) - {f for f in Platform.__dataclass_fields__ if f != "key"}
        if unknown:
            problems.append(f"{source}: [{key}] unknown keys {sorted(unknown)}")
            continue
        cats = raw.get("categories", {})
        bad = set(cats) - {str(c) for c in Category} if isinstance(cats, dict) else {"?"}
        if bad:
            problems.append(
                f"{source}: [{key}.categories] unknown repwatch categories {sorted(bad)}; "
                f"use {', '.join(str(c) for c in Category)}"
            )
            continue
        out[key] = Platform(
            key=key,
            name=str(raw["name"]),
            domains=tuple(str(d) for d in raw["domains"]),  # type: ignore[attr-defined]
            report_url=str(raw["report_url"]),
            legal_url=str(raw.get("legal_url", "")),
            contact=str(raw.get("contact", "")),
            item=str(raw.get("item", "post")),
            checked=str(raw.get("checked", "")),
            categories={str(k): str(v) for k, v in cats.items()},
        )
    if problems:
        raise ConfigError(f"{source}: {len(problems)} problem(s)", problems)
    return out


@functools.cache
def _bundled() -> dict[str, Platform]:
    """Parsed once per process: a digest drafts a request for every finding."""
    bundled = files("repwatch.takedown").joinpath("platforms.toml")
    return _parse(tomllib.loads(bundled.read_text(encoding="utf-8")), str(bundled))


def load_platforms(templates_dir: str | Path = "") -> dict[str, Platform]:
    """The bundled platforms, with a school's ``<templates_dir>/platforms.toml`` laid over."""
    platforms = dict(_bundled())
    if templates_dir:
        own = Path(templates_dir) / "platforms.toml"
        if own.is_file():
            try:
                data = tomllib.loads(own.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{own}: TOML syntax error: {exc}; fix the file") from None
            platforms.update(_parse(data, str(own)))
    return platforms


def platform_for(url: str, platforms: dict[str, Platform]) -> Platform | None:
    return next((p for p in platforms.values() if p.owns(url)), None)
