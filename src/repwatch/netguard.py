"""Refuse to fetch what a hostile page or search result could turn against us.

Every fetch (crawler links and redirects, search candidates, evidence captures, rechecks) asks
``check_url`` first: only http(s), and never a host that resolves to a loopback, private,
link-local, reserved or cloud-metadata address, unless the watchlist allows private addresses
(the demo and tests only). The address checked is the one the name actually resolves to.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from repwatch.errors import BlockedAddress


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, *, allow_private: bool) -> None:
    """Raise BlockedAddress unless ``url`` is http(s) to a public address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise BlockedAddress(f"{url}: only http and https URLs are fetched")
    host = parts.hostname
    if not host:
        raise BlockedAddress(f"{url}: no host in URL")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(
            host, parts.port or (443 if parts.scheme == "https" else 80), proto=socket.IPPROTO_TCP
        )
    except (socket.gaierror, UnicodeError):
        return  # unresolvable: the fetch itself will fail and be reported
    for info in infos:
        address = str(info[4][0])
        if not is_public(address):
            raise BlockedAddress(
                f"{url}: {host} resolves to {address}, a private, loopback or metadata address; "
                "repwatch does not fetch those (set [crawl] allow_private_addresses = true only "
                "for a demo or test)"
            )
