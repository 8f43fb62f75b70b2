"""Canonical form of a candidate URL, so one page found twice is one candidate.

Used by every source before a :class:`~repwatch.models.Candidate` leaves ``sources/``:
search APIs and alert feeds hand back the same article with different tracking parameters,
host case, default ports and fragments. Also unwraps Google's ``/url?…&url=<target>``
redirect links (Google Alerts) — only for a Google host and the ``/url`` path, so a site's own
``?url=`` parameter is left alone.
"""

from __future__ import annotations

import contextlib
import re
from urllib.parse import parse_qs, parse_qsl, quote, urlencode, urlsplit, urlunsplit

# Parameters that identify the click or campaign, never the page. Exact names, plus prefixes.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "li_fat_id",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "rb_clickid",
        "s_cid",
        "ncid",
        "cmpid",
        "ref_src",
        "ref_url",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
DEFAULT_PORTS = {"http": 80, "https": 443}
_GOOGLE_HOST = re.compile(r"^(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?$")


def is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def unwrap_redirect(url: str) -> str:
    """The target of a ``https://www.google.<tld>/url?…&url=<target>`` link; else ``url``."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if _GOOGLE_HOST.match(host) and parts.path == "/url":
        query = parse_qs(parts.query)
        for key in ("url", "q"):
            target = query.get(key, [""])[0]
            if urlsplit(target).scheme in ("http", "https"):
                return target
    return url


def canonicalize(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters.

    The order of the remaining parameters is kept (some sites route on it); a URL that is
    not http(s) comes back stripped but otherwise untouched.
    """
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.lower().rstrip(".")
    # A host IDNA cannot encode is left as it came; the crawler will report it.
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if parts.username:
        netloc = (
            f"{parts.username}{':' + (parts.password or '') if parts.password else ''}@{netloc}"
        )
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=~-._")
    pairs = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)
    ]
    query = urlencode(pairs, quote_via=quote, safe="/:@!$'()*,;~-._") if pairs else ""
    return urlunsplit((scheme, netloc, path, query, ""))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().rstrip(".")


def in_domains(url: str, domains: tuple[str, ...] | list[str]) -> bool:
    """True when ``url``'s host is one of ``domains`` or a subdomain of one."""
    host = host_of(url)
    return any(host == d.lower() or host.endswith("." + d.lower()) for d in domains if d)
