"""Load and validate ``watchlist.toml`` into a frozen :class:`Watchlist`.

First stage of the flow: everything downstream receives a ``Watchlist`` and never reads TOML.
Validation collects *every* problem (syntax with line and column, unknown keys with the
closest known one, wrong types, missing required keys, duplicate staff ids, malformed emails
and URLs) and raises one :class:`ConfigError` listing them, each naming the key path and the
fix. The schema below is the single description of the file's keys; DESIGN.md's contract is a
subset of it.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from repwatch.errors import ConfigError

SEARCH_PROVIDERS = ("searxng", "brave", "serper", "bluesky", "mastodon")
SMTP_SECURITY = ("starttls", "tls", "none")

# --------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True)
class School:
    name: str
    aliases: tuple[str, ...] = ()
    locality: tuple[str, ...] = ()
    own_domains: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # published office numbers: never doxxing


@dataclass(frozen=True)
class Staff:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    role: str = ""
    line_manager: str = ""
    unique: bool = False


@dataclass(frozen=True)
class Exclude:
    text: str = ""
    domain: str = ""


@dataclass(frozen=True)
class Site:
    name: str
    start_urls: tuple[str, ...]
    max_depth: int = 2
    max_pages: int = 500
    allowed_domains: tuple[str, ...] = ()
    max_pages_per_pattern: int = 100  # link-trap guard: pages per URL shape


@dataclass(frozen=True)
class SearchSource:
    provider: str
    url: str = ""
    name: str = ""
    key_env: str = ""
    username_env: str = ""
    password_env: str = ""
    token_env: str = ""
    enabled: bool = True
    pages: int = 1
    count: int = 20
    budget_per_day: int = 100
    budget_per_month: int = 1000

    @property
    def label(self) -> str:
        return self.name or self.provider


@dataclass(frozen=True)
class Feed:
    url: str = ""
    url_env: str = ""
    name: str = ""

    @property
    def label(self) -> str:
        if self.name:
            return self.name
        return urlsplit(self.url).netloc or self.url_env or "feed"


@dataclass(frozen=True)
class Crawl:
    user_agent: str = "repwatch (+https://github.com/repwatch/repwatch)"
    allow_private_addresses: bool = False
    obey_robots: bool = True
    max_response_bytes: int = 10 * 1024 * 1024
    timeout_seconds: float = 20.0
    site_timeout_seconds: float = 600.0
    max_redirects: int = 5
    download_delay: float = 0.5
    concurrent_requests: int = 8
    max_retry_after_seconds: float = 30.0  # a longer Retry-After waits for the next run


@dataclass(frozen=True)
class Smtp:
    host: str
    port: int = 587
    security: str = "starttls"
    username_env: str = ""
    password_env: str = ""
    timeout_seconds: float = 30.0
    ca_file: str = ""  # extra CA bundle (a school's own relay with a private CA)


@dataclass(frozen=True)
class Digest:
    sender: str = "repwatch@localhost"
    always: tuple[str, ...] = ()
    send_empty: bool = False
    embed_screenshots: bool = False
    list_id: str = ""
    smtp: Smtp | None = None


@dataclass(frozen=True)
class Evidence:
    browser_path: str = ""
    capture_timeout_seconds: float = 30.0
    viewport_width: int = 1280
    viewport_height: int = 900
    browser: bool = True  # false: WARC and hashes only (no screenshot / PDF)


@dataclass(frozen=True)
class Takedown:
    templates_dir: str = ""
    sender_name: str = ""
    sender_role: str = ""
    sender_email: str = ""
    owner: str = ""  # the named case owner, normally the DSL


@dataclass(frozen=True)
class Storage:
    dir: str = "reports"
    retention_days: int = 0  # 0: keep closed cases' evidence for ever


@dataclass(frozen=True)
class Schedule:
    cron: str = "0 7 * * 1-5"


@dataclass(frozen=True)
class Watchlist:
    path: Path
    school: School
    staff: tuple[Staff, ...] = ()
    exclude: tuple[Exclude, ...] = ()
    sites: tuple[Site, ...] = ()
    search: tuple[SearchSource, ...] = ()
    feeds: tuple[Feed, ...] = ()
    crawl: Crawl = field(default_factory=Crawl)
    digest: Digest = field(default_factory=Digest)
    evidence: Evidence = field(default_factory=Evidence)
    takedown: Takedown = field(default_factory=Takedown)
    storage: Storage = field(default_factory=Storage)
    schedule: Schedule = field(default_factory=Schedule)

    @property
    def reports_dir(self) -> Path:
        """``[storage] dir``, relative to the working directory (DESIGN.md)."""
        return Path(self.storage.dir)

    def staff_by_id(self, staff_id: str) -> Staff | None:
        return next((s for s in self.staff if s.id == staff_id), None)

    def subject_name(self, subject: str) -> str:
        if subject == "school":
            return self.school.name
        member = self.staff_by_id(subject)
        return member.name if member else subject


# --------------------------------------------------------------------------- schema

EMAIL_RE = re.compile(
    r"^[^@\s<>\"]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*$"
)
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
ENV_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
DOMAIN_RE = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*$"
)
CRON_FIELD_RE = re.compile(r"^[\d*/,\-A-Za-z]+$")

Check = Callable[[Any], str | None]


def _email(v: Any) -> str | None:
    return None if EMAIL_RE.match(v) else "is not an email address; write it as name@example.org"


def _http_url(v: Any) -> str | None:
    parts = urlsplit(v)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return "is not an http(s) URL; write it in full, e.g. https://example.org/"
    return None


def _env_name(v: Any) -> str | None:
    if ENV_RE.match(v):
        return None
    return "must name an environment variable (letters, digits, _), not hold the secret itself"


def _staff_id(v: Any) -> str | None:
    return None if ID_RE.match(v) else "must be letters, digits, '.', '_' or '-', e.g. \"jsmith\""


def _domain(v: Any) -> str | None:
    return None if DOMAIN_RE.match(v) else "is not a domain name; write it bare, e.g. example.org"


def _nonempty(v: Any) -> str | None:
    return None if v.strip() else "must not be empty"


def _positive(v: Any) -> str | None:
    return None if v > 0 else "must be greater than 0"


def _non_negative(v: Any) -> str | None:
    return None if v >= 0 else "must be 0 or more"


def _one_of(*choices: str) -> Check:
    def check(v: Any) -> str | None:
        return None if v in choices else "must be one of " + ", ".join(f'"{c}"' for c in choices)

    return check


def _cron(v: Any) -> str | None:
    fields = v.split()
    if len(fields) != 5 or not all(CRON_FIELD_RE.match(f) for f in fields):
        return 'must be a five-field cron expression, e.g. "0 7 * * 1-5"'
    return None


@dataclass(frozen=True)
class Key:
    type: type | tuple[type, ...]
    required: bool = False
    check: Check | None = None
    item_check: Check | None = None  # for lists of strings
    rename: str = ""  # dataclass field name when it differs from the TOML key


STR, INT, BOOL, NUM, LIST = str, int, bool, (int, float), list

SCHEMA: dict[str, dict[str, Key]] = {
    "school": {
        "name": Key(STR, True, _nonempty),
        "aliases": Key(LIST, item_check=_nonempty),
        "locality": Key(LIST, item_check=_nonempty),
        "own_domains": Key(LIST, item_check=_domain),
        "phones": Key(LIST, item_check=_nonempty),
    },
    "staff": {
        "id": Key(STR, True, _staff_id),
        "name": Key(STR, True, _nonempty),
        "aliases": Key(LIST, item_check=_nonempty),
        "role": Key(STR),
        "line_manager": Key(STR, check=_email),
        "unique": Key(BOOL),
    },
    "exclude": {"text": Key(STR, check=_nonempty), "domain": Key(STR, check=_domain)},
    "sites": {
        "name": Key(STR, True, _nonempty),
        "start_urls": Key(LIST, True, item_check=_http_url),
        "max_depth": Key(INT, check=_non_negative),
        "max_pages": Key(INT, check=_positive),
        "allowed_domains": Key(LIST, item_check=_domain),
        "max_pages_per_pattern": Key(INT, check=_positive),
    },
    "search": {
        "provider": Key(STR, True, _one_of(*SEARCH_PROVIDERS)),
        "url": Key(STR, check=_http_url),
        "name": Key(STR),
        "key_env": Key(STR, check=_env_name),
        "username_env": Key(STR, check=_env_name),
        "password_env": Key(STR, check=_env_name),
        "token_env": Key(STR, check=_env_name),
        "enabled": Key(BOOL),
        "pages": Key(INT, check=_positive),
        "count": Key(INT, check=_positive),
        "budget_per_day": Key(INT, check=_non_negative),
        "budget_per_month": Key(INT, check=_non_negative),
    },
    "feeds": {
        "url": Key(STR, check=_http_url),
        "url_env": Key(STR, check=_env_name),
        "name": Key(STR),
    },
    "crawl": {
        "user_agent": Key(STR, check=_nonempty),
        "allow_private_addresses": Key(BOOL),
        "obey_robots": Key(BOOL),
        "max_response_bytes": Key(INT, check=_positive),
        "timeout_seconds": Key(NUM, check=_positive),
        "site_timeout_seconds": Key(NUM, check=_positive),
        "max_redirects": Key(INT, check=_non_negative),
        "download_delay": Key(NUM, check=_non_negative),
        "concurrent_requests": Key(INT, check=_positive),
        "max_retry_after_seconds": Key(NUM, check=_non_negative),
    },
    "digest": {
        "from": Key(STR, check=_email, rename="sender"),
        "always": Key(LIST, item_check=_email),
        "send_empty": Key(BOOL),
        "embed_screenshots": Key(BOOL),
        "list_id": Key(STR),
        "smtp": Key(dict),
    },
    "digest.smtp": {
        "host": Key(STR, True, _nonempty),
        "port": Key(INT, check=_positive),
        "security": Key(STR, check=_one_of(*SMTP_SECURITY)),
        "username_env": Key(STR, check=_env_name),
        "password_env": Key(STR, check=_env_name),
        "timeout_seconds": Key(NUM, check=_positive),
        "ca_file": Key(STR),
    },
    "evidence": {
        "browser_path": Key(STR),
        "capture_timeout_seconds": Key(NUM, check=_positive),
        "viewport_width": Key(INT, check=_positive),
        "viewport_height": Key(INT, check=_positive),
        "browser": Key(BOOL),
    },
    "takedown": {
        "templates_dir": Key(STR),
        "sender_name": Key(STR),
        "sender_role": Key(STR),
        "sender_email": Key(STR, check=_email),
        "owner": Key(STR),
    },
    "storage": {"dir": Key(STR, check=_nonempty), "retention_days": Key(INT, check=_non_negative)},
    "schedule": {"cron": Key(STR, check=_cron)},
}

TABLES = {"school", "crawl", "digest", "evidence", "takedown", "storage", "schedule"}
ARRAYS = {"staff", "exclude", "sites", "search", "feeds"}
TYPE_NAMES = {
    str: "a string",
    int: "a whole number",
    bool: "true or false",
    list: "a list",
    dict: "a table",
}


def _type_name(t: type | tuple[type, ...]) -> str:
    if isinstance(t, tuple):
        return "a number"
    return TYPE_NAMES.get(t, t.__name__)


def _is_type(value: Any, t: type | tuple[type, ...]) -> bool:
    if isinstance(value, bool) and t is not bool:
        return False  # TOML true is not a number
    return isinstance(value, t)


class _Validator:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []

    def problem(self, key: str, message: str) -> None:
        self.problems.append(f"{self.path}: {key}: {message}")

    def table(self, where: str, schema_name: str, data: Any) -> dict[str, Any]:
        """Check one table against its schema; return the clean values (renamed, tupled)."""
        if not isinstance(data, dict):
            self.problem(where, f"must be a table ([{where}]), not {type(data).__name__}")
            return {}
        schema = SCHEMA[schema_name]
        out: dict[str, Any] = {}
        for key, value in data.items():
            if key not in schema:
                close = difflib.get_close_matches(key, list(schema), n=1)
                hint = (
                    f'did you mean "{close[0]}"?' if close else "known keys: " + ", ".join(schema)
                )
                self.problem(f"{where}.{key}", f"unknown key; {hint}")
                continue
            spec = schema[key]
            if not _is_type(value, spec.type):
                self.problem(
                    f"{where}.{key}",
                    f"must be {_type_name(spec.type)}, not {type(value).__name__} ({value!r})",
                )
                continue
            if spec.check and (msg := spec.check(value)):
                self.problem(f"{where}.{key}", f"{value!r} {msg}")
                continue
            if isinstance(value, list):
                good = True
                for i, item in enumerate(value):
                    if not isinstance(item, str):
                        self.problem(f"{where}.{key}[{i}]", f"must be a string, not {item!r}")
                        good = False
                    elif spec.item_check and (msg := spec.item_check(item)):
                        self.problem(f"{where}.{key}[{i}]", f"{item!r} {msg}")
                        good = False
                if not good:
                    continue
                value = tuple(value)
            out[spec.rename or key] = value
        for key, spec in schema.items():
            if spec.required and key not in data:
                self.problem(f"{where}.{key}", "is required but missing; add it")
        return out


def load(path: str | Path) -> Watchlist:
    """Read, validate and build the watchlist; raise ConfigError listing every problem."""
    path = Path(path)
    try:
        raw_text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such file; pass -w PATH or create watchlist.toml "
            "(copy the one in the repwatch checkout)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read it: {exc}") from None
    try:
        data = tomllib.loads(raw_text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message already ends with "(at line L, column C)".
        raise ConfigError(f"{path}: TOML syntax error: {exc}; fix the file at that place") from None
    return from_dict(data, path)


def from_dict(data: dict[str, Any], path: Path) -> Watchlist:
    v = _Validator(path)
    for key in data:
        if key not in TABLES | ARRAYS:
            close = difflib.get_close_matches(key, sorted(TABLES | ARRAYS), n=1)
            hint = f'did you mean "{close[0]}"?' if close else "remove it"
            v.problem(key, f"unknown section; {hint}")

    if "school" not in data:
        v.problem("school", 'is required but missing; add [school] with name = "…"')
    tables = {name: v.table(name, name, data.get(name, {})) for name in TABLES}

    arrays: dict[str, list[dict[str, Any]]] = {}
    for name in ARRAYS:
        raw = data.get(name, [])
        if not isinstance(raw, list):
            v.problem(name, f"must be an array of tables ([[{name}]]), not a single table")
            raw = []
        arrays[name] = [v.table(f"{name}[{i}]", name, item) for i, item in enumerate(raw)]

    smtp = None
    digest = tables["digest"]
    if "smtp" in digest:
        smtp_values = v.table("digest.smtp", "digest.smtp", digest.pop("smtp"))
        if "host" in smtp_values:
            if smtp_values.get("security") == "tls" and "port" not in smtp_values:
                smtp_values["port"] = 465
            smtp = Smtp(**smtp_values)

    seen: dict[str, int] = {}
    for i, member in enumerate(arrays["staff"]):
        sid = member.get("id")
        if sid is None:
            continue
        if sid in seen:
            v.problem(
                f"staff[{i}].id",
                f'"{sid}" is already used by staff[{seen[sid]}]; give each member a different id',
            )
        else:
            seen[sid] = i
    for i, item in enumerate(arrays["exclude"]):
        if not item:
            v.problem(f"exclude[{i}]", 'needs text = "…" or domain = "…"')
    for i, item in enumerate(arrays["feeds"]):
        if not item.get("url") and not item.get("url_env"):
            v.problem(f"feeds[{i}]", 'needs url = "https://…" or url_env = "ENV_VAR"')

    if v.problems:
        count = len(v.problems)
        raise ConfigError(f"{path}: {count} problem{'s' * (count != 1)}", v.problems)

    school = tables["school"]
    return Watchlist(
        path=path,
        school=School(**school),
        staff=tuple(Staff(**m) for m in arrays["staff"]),
        exclude=tuple(Exclude(**e) for e in arrays["exclude"]),
        sites=tuple(Site(**s) for s in arrays["sites"]),
        search=tuple(SearchSource(**s) for s in arrays["search"]),
        feeds=tuple(Feed(**f) for f in arrays["feeds"]),
        crawl=Crawl(**tables["crawl"]),
        digest=Digest(**digest, smtp=smtp),
        evidence=Evidence(**tables["evidence"]),
        takedown=Takedown(**tables["takedown"]),
        storage=Storage(**tables["storage"]),
        schedule=Schedule(**tables["schedule"]),
    )


def summary(w: Watchlist) -> str:
    """The one line ``repwatch check`` prints for a valid file."""
    return (
        f"{w.path}: ok: {w.school.name}, {len(w.staff)} staff, {len(w.sites)} sites, "
        f"{len(w.search)} search providers, {len(w.feeds)} feeds, "
        f"{'SMTP ' + w.digest.smtp.host if w.digest.smtp else 'no SMTP (digests to files only)'}"
    )
