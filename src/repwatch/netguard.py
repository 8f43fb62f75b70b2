"""Refuse to fetch what a hostile page or search result could turn against us.

Every fetch (crawler links and redirects, search candidates, evidence captures, rechecks) asks
``check_url`` first: only http(s), and never a host that resolves to a loopback, private,
link-local, reserved or cloud-metadata address, unless the watchlist allows private addresses
(the demo and tests only). The address checked is the one the name actually resolves to; the
crawler checks again at connection time (``crawler/resolver.py`` calls :func:`resolve_public`),
so a name that changes its answer between the check and the connection (DNS rebinding) is still
refused.

Test hook, honoured here and nowhere else: ``REPWATCH_TEST_RESOLVE`` holds a JSON object
``{"hostname": "address"}``. A hostname named there resolves to that address and stands for a
*public* host, so the fault suite can serve a "public-looking" site from 127.0.0.1 while the
guard stays on (``allow_private_addresses = false``) for everything else: a redirect from it to
``127.0.0.1``, ``localhost`` or ``169.254.169.254`` is still refused.
"""

from __future__ import annotations

import ipaddress
import json
import os
import socket
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import urlsplit

from repwatch.errors import BlockedAddress

TEST_RESOLVE_ENV = "REPWATCH_TEST_RESOLVE"
ALLOWED_SCHEMES = ("http", "https")
# The cloud metadata services: named in the message so the IT provider sees why.
METADATA = {"169.254.169.254", "fd00:ec2::254", "100.100.100.200"}

Resolver = Callable[[str, int], list[str]]


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast and str(ip) not in METADATA


@lru_cache(maxsize=4)
def _parse_test_hosts(raw: str) -> dict[str, str]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BlockedAddress(
            f"{TEST_RESOLVE_ENV} is not JSON ({exc}); write it as "
            '{"host.example": "127.0.0.1"} or unset it'
        ) from None
    if not isinstance(data, dict):
        raise BlockedAddress(f'{TEST_RESOLVE_ENV} must be a JSON object {{"host": "address"}}')
    return {str(k).lower(): str(v) for k, v in data.items()}


def test_hosts() -> dict[str, str]:
    """Hostnames the fault suite declared public, with the address they stand for."""
    raw = os.environ.get(TEST_RESOLVE_ENV, "")
    return _parse_test_hosts(raw) if raw else {}


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return [str(info[4][0]) for info in infos]


def _describe(address: str) -> str:
    if address in METADATA:
        return "a cloud metadata address"
    ip = ipaddress.ip_address(address)
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_private:
        return "a private address"
    return "a non-public address"


def _blocked(host: str, address: str) -> BlockedAddress:
    return BlockedAddress(
        f"{host} resolves to {address}, {_describe(address)}; repwatch does not fetch "
        "those (set [crawl] allow_private_addresses = true only for a demo or test)"
    )


def resolve_public(
    host: str, port: int = 80, *, allow_private: bool, resolver: Resolver | None = None
) -> str:
    """The address to connect to for ``host``; BlockedAddress if any answer is not public.

    Raises OSError (socket.gaierror) when the name does not resolve.
    """
    host = host.strip("[]").lower()
    mapped = test_hosts().get(host)
    if mapped is not None:
        return mapped
    try:
        ipaddress.ip_address(host)
        addresses = [host]
    except ValueError:
        addresses = (resolver or system_resolver)(host, port)
    if not addresses:
        raise socket.gaierror(f"{host}: no address")
    if not allow_private:
        for address in addresses:
            if not is_public(address):
                raise _blocked(host, address)
    return addresses[0]


def check_scheme(url: str) -> str:
    """The URL's host; BlockedAddress unless it is an http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise BlockedAddress(f"{url}: only http and https URLs are fetched")
    if not parts.hostname:
        raise BlockedAddress(f"{url}: no host in URL")
    return parts.hostname


def check_url(url: str, *, allow_private: bool, resolver: Resolver | None = None) -> None:
    """Raise BlockedAddress unless ``url`` is http(s) to a public address.

    A name that does not resolve passes: the fetch itself fails and is reported as such.
    """
    host = check_scheme(url)
    if allow_private:
        return
    parts = urlsplit(url)
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise BlockedAddress(f"{url}: the port is not a number") from None
    try:
        resolve_public(host, port, allow_private=False, resolver=resolver)
    except BlockedAddress as exc:
        raise BlockedAddress(f"{url}: {exc}") from None
    except (OSError, UnicodeError):
        return
