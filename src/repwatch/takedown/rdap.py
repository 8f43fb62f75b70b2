"""Who to complain to about a host or a domain: RDAP lookups with the abuse contact found.

Used by ``repwatch takedown ID --to host``. The IP recorded at capture time (the capture
manifest's ``ip_address``, i.e. ``WARC-IP-Address``) is looked up in IP RDAP, which names the
network holding it and its ``abuse`` contact; the domain is looked up in domain RDAP, whose
registry answer links (``rel: related``) to the registrar's own RDAP server, where the abuse
contact sits *inside* the registrar entity. Both answers are kept raw so the case records
exactly what was asked, of which server, and when.

The RDAP server for a name or address comes from IANA's bootstrap files (RFC 9224:
``dns.json``, ``ipv4.json``, ``ipv6.json``); ``bootstrap_url`` overrides where they are read
from so tests and air-gapped installs can serve them locally. Every URL fetched (bootstrap,
registry, related link) passes :func:`repwatch.netguard.check_url` first. Nothing here raises
for a failed lookup: the result carries an ``error`` the letter can show.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

import httpx

from repwatch.errors import BlockedAddress
from repwatch.netguard import check_url

DEFAULT_BOOTSTRAP = "https://data.iana.org/rdap/"
RDAP_TYPES = ("application/rdap+json", "application/json")
MAX_RELATED = 3  # registry → registrar is one hop; a loop or a chain longer than this is cut


@dataclass(frozen=True)
class RdapAnswer:
    """One raw answer: the query, the URL asked, the HTTP status, the body, when."""

    query: str
    url: str
    status: int
    body: str
    queried_at: datetime

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body.encode()).hexdigest()


@dataclass(frozen=True)
class AbuseContact:
    name: str
    email: str
    phone: str
    handle: str
    path: str  # the roles walked to reach it, e.g. "registrar > abuse"
    source: str  # the RDAP URL whose answer held it


@dataclass(frozen=True)
class RdapResult:
    query: str  # "domain example.org" or "ip 192.0.2.1"
    answers: tuple[RdapAnswer, ...] = ()
    abuse: tuple[AbuseContact, ...] = ()
    registrar: str = ""
    registrar_iana_id: str = ""
    network: dict[str, str] = field(default_factory=dict)
    error: str = ""


def _vcard(entity: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    card = entity.get("vcardArray")
    if not (isinstance(card, list) and len(card) == 2 and isinstance(card[1], list)):
        return out
    for prop in card[1]:
        if not (isinstance(prop, list) and len(prop) >= 4):
            continue
        name, value = str(prop[0]).lower(), prop[3]
        if isinstance(value, list):
            value = " ".join(str(v) for v in value if v)
        value = str(value)
        if name == "tel" and value.startswith("tel:"):
            value = value[4:]
        if name in ("fn", "email", "tel", "org") and name not in out and value:
            out[name] = value
    return out


def walk_entities(
    obj: dict[str, Any], path: tuple[str, ...] = ()
) -> Iterator[tuple[dict[str, Any], tuple[str, ...]]]:
    """Every entity under ``obj``, depth first, with the roles walked to reach it."""
    for entity in obj.get("entities") or []:
        if not isinstance(entity, dict):
            continue
        roles = tuple(str(r) for r in entity.get("roles") or [])
        here = (*path, "/".join(roles) or "entity")
        yield entity, here
        yield from walk_entities(entity, here)


def abuse_contacts(obj: dict[str, Any], source: str) -> list[AbuseContact]:
    """The ``abuse``-role entities anywhere in an RDAP object (RFC 9083 roles)."""
    found: list[AbuseContact] = []
    for entity, path in walk_entities(obj):
        if "abuse" not in (entity.get("roles") or []):
            continue
        card = _vcard(entity)
        found.append(
            AbuseContact(
                name=card.get("fn", "") or card.get("org", ""),
                email=card.get("email", ""),
                phone=card.get("tel", ""),
                handle=str(entity.get("handle", "")),
                path=" > ".join(path),
                source=source,
            )
        )
    return found


def related_links(obj: dict[str, Any]) -> list[str]:
    out = []
    for link in obj.get("links") or []:
        if not isinstance(link, dict) or link.get("rel") != "related":
            continue
        href = str(link.get("href", ""))
        kind = str(link.get("type", "application/rdap+json"))
        if href and kind in RDAP_TYPES:
            out.append(href)
    return out


class RdapClient:
    """RDAP lookups over httpx; one client per command, bootstrap files cached per client."""

    def __init__(
        self,
        *,
        now: Callable[[], datetime],
        bootstrap_url: str = DEFAULT_BOOTSTRAP,
        allow_private: bool = False,
        timeout: float = 15.0,
        user_agent: str = "repwatch",
    ) -> None:
        self.now = now
        self.bootstrap_url = bootstrap_url if bootstrap_url.endswith("/") else bootstrap_url + "/"
        self.allow_private = allow_private
        self.client = httpx.Client(
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,
            headers={"Accept": "application/rdap+json, application/json", "User-Agent": user_agent},
        )
        self._bootstrap: dict[str, list[tuple[list[str], list[str]]]] = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> RdapClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ http

    def _get(self, url: str) -> tuple[str, int, str]:
        """GET ``url`` following up to 3 redirects, each checked; return final URL, status, body."""
        current = url
        for _ in range(4):
            check_url(current, allow_private=self.allow_private)
            response = self.client.get(current)
            if response.status_code in (301, 302, 303, 307, 308) and "location" in response.headers:
                current = urljoin(current, response.headers["location"])
                continue
            return current, response.status_code, response.text
        raise httpx.TooManyRedirects(f"{url}: more than 3 redirects", request=None)  # type: ignore[arg-type]

    def _services(self, kind: str) -> list[tuple[list[str], list[str]]]:
        if kind not in self._bootstrap:
            url = f"{self.bootstrap_url}{kind}.json"
            _, status, body = self._get(url)
            if status != 200:
                raise LookupError(f"{url}: HTTP {status} for the IANA RDAP bootstrap file")
            try:
                services = json.loads(body)["services"]
                self._bootstrap[kind] = [(list(s[0]), list(s[1])) for s in services]
            except (ValueError, KeyError, TypeError, IndexError) as exc:
                raise LookupError(f"{url}: not an RDAP bootstrap file ({exc})") from None
        return self._bootstrap[kind]

    @staticmethod
    def _pick(urls: list[str]) -> str:
        https = [u for u in urls if u.startswith("https:")]
        base = (https or urls)[0]
        return base if base.endswith("/") else base + "/"

    def base_for_domain(self, name: str) -> str:
        labels = name.lower().rstrip(".").split(".")
        services = self._services("dns")
        for i in range(len(labels)):
            suffix = ".".join(labels[i:])
            for patterns, urls in services:
                if suffix in (p.lower() for p in patterns):
                    return self._pick(urls)
        raise LookupError(f"no RDAP server for .{labels[-1]} in {self.bootstrap_url}dns.json")

    def base_for_ip(self, address: str) -> str:
        ip = ipaddress.ip_address(address)
        kind = "ipv4" if ip.version == 4 else "ipv6"
        best: tuple[int, str] | None = None
        for patterns, urls in self._services(kind):
            for p in patterns:
                try:
                    net = ipaddress.ip_network(p, strict=False)
                except ValueError:
                    continue
                if ip in net and (best is None or net.prefixlen > best[0]):
                    best = (net.prefixlen, self._pick(urls))
        if best is None:
            raise LookupError(f"no RDAP server for {address} in {self.bootstrap_url}{kind}.json")
        return best[1]

    # ------------------------------------------------------------------ lookups

    def domain(self, name: str) -> RdapResult:
        query = f"domain {name}"
        try:
            url = f"{self.base_for_domain(name)}domain/{name}"
        except (LookupError, httpx.HTTPError, BlockedAddress) as exc:
            return RdapResult(query, error=_why(exc))
        return self._follow(query, url)

    def ip(self, address: str) -> RdapResult:
        query = f"ip {address}"
        try:
            url = f"{self.base_for_ip(address)}ip/{address}"
        except (LookupError, httpx.HTTPError, BlockedAddress, ValueError) as exc:
            return RdapResult(query, error=_why(exc))
        return self._follow(query, url)

    def _follow(self, query: str, first: str) -> RdapResult:
        answers: list[RdapAnswer] = []
        abuse: list[AbuseContact] = []
        registrar = registrar_id = ""
        network: dict[str, str] = {}
        errors: list[str] = []
        queue: list[str] = [first]
        seen: set[str] = set()
        while queue and len(seen) <= MAX_RELATED:
            url = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            try:
                final, status, body = self._get(url)
            except (httpx.HTTPError, BlockedAddress) as exc:
                errors.append(_why(exc))
                continue
            answers.append(RdapAnswer(query, final, status, body, self.now()))
            if status != 200:
                errors.append(f"{final}: HTTP {status}")
                continue
            try:
                obj = json.loads(body)
            except ValueError:
                errors.append(f"{final}: answer is not JSON")
                continue
            if not isinstance(obj, dict):
                errors.append(f"{final}: answer is not an RDAP object")
                continue
            abuse.extend(abuse_contacts(obj, final))
            for entity, _ in walk_entities(obj):
                if "registrar" in (entity.get("roles") or []) and not registrar:
                    registrar = _vcard(entity).get("fn", "")
                    for pid in entity.get("publicIds") or []:
                        if (
                            isinstance(pid, dict)
                            and "registrar" in str(pid.get("type", "")).lower()
                        ):
                            registrar_id = str(pid.get("identifier", ""))
            if obj.get("objectClassName") == "ip network" and not network:
                network = {
                    k: str(obj[k])
                    for k in ("handle", "name", "startAddress", "endAddress", "country", "type")
                    if obj.get(k)
                }
                origin = obj.get("arin_originas0_originautnums")
                if origin:
                    network["asn"] = ", ".join(f"AS{a}" for a in origin)
            queue.extend(urljoin(final, href) for href in related_links(obj))
        # The registrar's own answer is the authority for a domain's abuse contact: list the
        # deepest (last fetched) first.
        abuse.sort(key=lambda c: -[a.url for a in answers].index(c.source))
        return RdapResult(
            query,
            tuple(answers),
            tuple(_unique(abuse)),
            registrar,
            registrar_id,
            network,
            "; ".join(errors) if not abuse else "",
        )


def _unique(contacts: list[AbuseContact]) -> list[AbuseContact]:
    seen: set[tuple[str, str]] = set()
    out = []
    for c in contacts:
        if (c.email, c.phone) not in seen:
            seen.add((c.email, c.phone))
            out.append(c)
    return out


def _why(exc: BaseException) -> str:
    return f"{exc.__class__.__name__}: {exc}"
