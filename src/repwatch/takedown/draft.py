"""Takedown drafts for the digest's "Draft takedown request" links (a ``mailto:`` per finding).

Input: a finding from the digest. Output: ``(to, subject, body)`` of the plain-text request
``repwatch takedown`` would write for it, rendered from the same templates (:mod:`.render`) but
recorded nowhere: no file, no case, no ledger line, no deadline, and no network (the host route,
which needs RDAP, is never chosen here). The route is the one that fits the finding without
asking anyone: a URL-only finding goes to the police (URL only, never an image; the letter
itself says to report to the IWF too), a URL on a known platform to that platform, anything else
to the site's administrator.

A ``mailto:`` body must stay short (mail clients refuse URLs much over 2,000 characters), so a
long letter keeps its opening paragraphs and its reference block (case, sender, URL, capture time
and SHA-256), and ends by naming the command that writes and records the full request.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from jinja2 import TemplateError

from repwatch.config import Watchlist
from repwatch.errors import RepwatchError
from repwatch.models import Case, CaseStatus, Finding, Recipient
from repwatch.store import Store
from repwatch.takedown.cases import case_id_for
from repwatch.takedown.platforms import load_platforms, platform_for
from repwatch.takedown.render import RequestOptions, render

BODY_LIMIT = 1800  # characters before percent-encoding; the digest's mailto() cuts beyond this
DRAFT_ID = "draft"  # not a recorded request: `repwatch takedown` gives the real one its id
RULE = re.compile(r"^-{10,}$", re.MULTILINE)  # the line opening the templates' reference block
FOOTER_SHARE = 900  # at most this much of the budget goes to the reference block

Draft = Callable[[Finding], tuple[str, str, str] | None]


def route_for(finding: Finding, watchlist: Watchlist) -> tuple[Recipient, str]:
    """The recipient that fits the finding, and its address when repwatch knows it."""
    if finding.url_only:
        return Recipient.POLICE, ""
    platform = platform_for(finding.url, load_platforms(watchlist.takedown.templates_dir))
    if platform is not None:
        return Recipient.PLATFORM, platform.contact
    return Recipient.SITE, ""


def draft_for(watchlist: Watchlist, store: Store, reports_dir: Path, now: datetime) -> Draft:
    """A digest ``draft`` hook: each finding's request, rendered but neither written nor
    recorded. A finding that cannot be rendered (a school's template broken, its finding gone)
    gets no link rather than stopping the digest; ``repwatch takedown`` reports the error."""
    owner = watchlist.takedown.owner

    def draft(finding: Finding) -> tuple[str, str, str] | None:
        recipient, address = route_for(finding, watchlist)
        # Read-only: the stored case if there is one (so earlier requests are cited), otherwise
        # a transient value with the id the case will have; nothing is opened or changed.
        case = store.case_for_finding(finding.id) or Case(
            case_id_for(finding.id), finding.id, CaseStatus.NEW, owner, now, now
        )
        opts = RequestOptions(recipient=recipient, format="txt", address=address)
        try:
            # rdap=None is safe: only Recipient.HOST looks anything up, and it is never chosen.
            out = render(watchlist, store, reports_dir, case, opts, now, DRAFT_ID)
        except (RepwatchError, TemplateError):
            return None
        _, _, body = out.data.decode().partition("\n")
        tail = (
            f"The full request, recorded on the case: repwatch takedown {case.id} --to {recipient}"
        )
        return address, out.subject, shorten(body.strip("\n"), tail, BODY_LIMIT)

    return draft


def shorten(body: str, tail: str, limit: int = BODY_LIMIT) -> str:
    """``body`` then ``tail``, within ``limit`` characters: whole opening paragraphs and the
    reference block are kept, the middle is replaced by a marker."""
    whole = f"{body}\n\n{tail}\n"
    if len(whole) <= limit:
        return whole
    marker = "[… shortened for e-mail …]"
    head, footer = body, ""
    # The last rule: quoted text could contain one too.
    rule = next(reversed(list(RULE.finditer(body))), None)
    if rule is not None:
        head, footer = body[: rule.start()].rstrip(), body[rule.start() :].strip("\n")
    footer = _cut_lines(footer, FOOTER_SHARE)
    budget = limit - len(tail) - len(marker) - len(footer) - 8  # the blank lines between parts
    kept: list[str] = []
    used = 0
    for para in head.split("\n\n"):
        if used + len(para) + 2 > budget:
            break
        kept.append(para)
        used += len(para) + 2
    if not kept:  # one huge first paragraph: keep its opening lines
        kept = [_cut_lines(head, budget)]
    parts = (
        ["\n\n".join(kept), marker, footer, tail] if footer else ["\n\n".join(kept), marker, tail]
    )
    return "\n\n".join(p for p in parts if p) + "\n"


def _cut_lines(text: str, limit: int) -> str:
    out: list[str] = []
    used = 0
    for line in text.splitlines():
        if used + len(line) + 1 > limit:
            break
        out.append(line)
        used += len(line) + 1
    return "\n".join(out)
