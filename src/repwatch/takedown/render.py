"""Render a takedown request or referral for one case and record it (``repwatch takedown``).

Input: a case (or a finding id), the recipient, the sender, and the evidence the store holds.
Output: one file under ``reports/takedown/<case id>/`` (``.txt``, ``.html`` or an ``.eml``
holding both), a :class:`TakedownRequest` row on the case with the file's SHA-256, the deadlines
it starts (an operator's 48 hours and 5 days for a defamation notice; a follow-up date for the
others), a case event and a ledger line. Rendering a request records it as sent at that moment
and moves the case to "removal requested" (uploader, site, platform, host, defamation) or
"escalated" (police, POSH, IWF).

Templates are Jinja2 files named ``<recipient>.txt`` and ``<recipient>.html`` (autoescaped),
each opening with a ``Subject:`` line; a school overrides any of them by putting a file of the
same name in ``[takedown] templates_dir``. Every request names the case, the exact URL, the
capture's UTC time and SHA-256, and the sender's name, role and school; none attaches or embeds
any captured file. Quoted text has e-mail addresses, phone numbers and postcodes withheld
(Section 2.4: staff contact details never travel further). A URL-only finding (a possible
indecent image of a child) can only go to the police or the IWF, as a URL with no image and no
quoted text. Anything a request needs that repwatch does not know is written as
``[TO COMPLETE: …]`` and listed back to the caller.
"""

from __future__ import annotations

import functools
import hashlib
import ipaddress
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import tldextract
from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    select_autoescape,
)

from repwatch import __version__
from repwatch.config import Watchlist
from repwatch.errors import ConfigError
from repwatch.evidence.files import private_dir, write_once
from repwatch.models import (
    Case,
    CaseEvent,
    CaseStatus,
    Category,
    Deadline,
    Finding,
    Recipient,
    TakedownRequest,
)
from repwatch.store import EvidenceRecord, RdapSnapshot, Store, iso
from repwatch.takedown import cases
from repwatch.takedown.deadlines import add_working_days, defamation_deadlines
from repwatch.takedown.platforms import Platform, load_platforms, platform_for
from repwatch.takedown.rdap import RdapClient, RdapResult

FORMATS = ("txt", "html", "eml")
URL_ONLY_ROUTES = (Recipient.POLICE, Recipient.IWF)
REMOVAL = (
    Recipient.UPLOADER,
    Recipient.SITE,
    Recipient.PLATFORM,
    Recipient.HOST,
    Recipient.DEFAMATION,
)
ESCALATION = (Recipient.POLICE, Recipient.POSH, Recipient.IWF)
FOLLOW_UP_DAYS = {
    Recipient.UPLOADER: 5,
    Recipient.SITE: 5,
    Recipient.PLATFORM: 5,
    Recipient.HOST: 5,
    Recipient.POSH: 5,
    Recipient.POLICE: 10,
}
ADDRESSES = {
    Recipient.POSH: "helpline@saferinternet.org.uk",
}
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # bundled list: offline

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<!\w)\+?\d[\d ().-]{7,}\d(?!\w)")
POSTCODE_RE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")


@dataclass(frozen=True)
class RequestOptions:
    """What the caller chose; empty strings mean "use the watchlist or ask"."""

    recipient: Recipient
    format: str = "txt"
    sender_name: str = ""  # --from; default [takedown] sender_name
    address: str = ""  # the recipient's e-mail, when known
    platform: str = ""  # a platforms.toml key, when the URL does not say
    meaning: str = ""  # defamation: the meaning the complainant attributes to the statement
    why: str = ""  # defamation: why it is defamatory of the complainant
    inaccurate: str = ""  # defamation: which parts are inaccurate or unsupported opinion
    consent: bool | None = None  # defamation/POSH: consent to share details / to refer
    complainant_email: str = ""


@dataclass(frozen=True)
class Rendered:
    subject: str
    data: bytes
    extension: str
    todo: tuple[str, ...]
    rdap: tuple[RdapResult, ...] = ()


@dataclass(frozen=True)
class Made:
    """A request written and recorded."""

    request: TakedownRequest
    path: Path
    todo: tuple[str, ...]
    deadlines: tuple[Deadline, ...] = ()
    case: Case | None = None


@dataclass
class _Todo:
    items: list[str] = field(default_factory=list)

    def __call__(self, what: str) -> str:
        if what not in self.items:
            self.items.append(what)
        return f"[TO COMPLETE: {what}]"


@functools.cache
def environment(templates_dir: str = "") -> Environment:
    """One environment per templates folder: Jinja caches compiled templates (and reloads a
    school's own template when its file changes)."""
    loaders: list[Any] = []
    if templates_dir:
        loaders.append(FileSystemLoader(templates_dir))
    loaders.append(PackageLoader("repwatch.takedown", "templates"))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(["html"], default_for_string=False, default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["utc"] = _utc_text
    return env


def _utc_text(dt: datetime | None) -> str:
    if dt is None:
        return "unknown"
    return dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def redact(text: str) -> str:
    """Withhold e-mail addresses, phone numbers and postcodes from quoted text."""
    text = EMAIL_RE.sub("[e-mail address withheld]", text)
    text = PHONE_RE.sub(
        lambda m: (
            "[phone number withheld]" if sum(ch.isdigit() for ch in m.group()) >= 9 else m.group()
        ),
        text,
    )
    return POSTCODE_RE.sub("[postcode withheld]", text)


def quote_of(finding: Finding) -> str:
    """The snippet as a readable quote: whole words, single spaces, personal data withheld."""
    words = finding.snippet.split()
    text = " ".join(words)
    if len(words) > 2:
        # The snippet is a character window: drop the cut words at either end.
        text = " ".join(words[1:-1])
        text = f"… {text} …"
    return redact(text)


def registrable_domain(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    try:
        ipaddress.ip_address(host)
        return ""
    except ValueError:
        pass
    parts = _EXTRACT(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    labels = host.split(".")
    return ".".join(labels[-2:]) if len(labels) >= 2 else host


# ---------------------------------------------------------------------- evidence


def _exhibits(store: Store, reports_dir: Path, finding: Finding) -> list[dict[str, Any]]:
    methods = {
        "capture": "capture manifest (WARC 1.1 of the exchange, page text, hashes of every "
        "file; screenshot, PDF and MHTML unless withheld)",
        "screenshot": "full-page screenshot (PNG) by headless Chromium",
        "raw": "the bytes the crawler received",
        "removal": "the page as re-fetched after removal",
    }
    out = []
    for rec in store.evidence_for(finding.id):
        if finding.url_only and rec.kind == "screenshot":
            continue  # never listed, let alone sent, for a possible indecent image
        out.append(
            {
                "id": rec.id,
                "kind": rec.kind,
                "version": rec.finding_version,
                "utc": _utc_text(rec.created_at),
                "sha256": rec.sha256,
                "path": rec.path,
                "method": "response headers and metadata only (no body kept)"
                if finding.url_only and rec.kind == "raw"
                else methods.get(rec.kind, rec.kind),
                "detail": rec.detail,
            }
        )
    return out


def _primary(records: list[EvidenceRecord], finding: Finding) -> EvidenceRecord | None:
    wanted = finding.evidence.get("capture_id")
    for rec in records:
        if rec.id == wanted:
            return rec
    captures = [r for r in records if r.kind == "capture"]
    if captures:
        return captures[-1]
    raws = [r for r in records if r.kind == "raw"]
    return raws[-1] if raws else None


def _manifest(reports_dir: Path, record: EvidenceRecord | None) -> dict[str, Any]:
    if record is None or record.kind != "capture":
        return {}
    try:
        data = json.loads((reports_dir / record.path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


# ---------------------------------------------------------------------- context


def _urgency(finding: Finding) -> tuple[str, list[str]]:
    cats = set(finding.categories)
    lines = []
    if finding.url_only:
        lines.append(
            "Possible indecent image of a child: report to the police (999 if a child is at "
            "immediate risk, otherwise 101) and to the IWF (report.iwf.org.uk) with the URL only. "
            "Do not open, copy, screenshot, print or forward the material."
        )
    if Category.THREAT in cats:
        lines.append(
            "A threat of violence: if anyone is in immediate danger, call 999 now. Otherwise "
            "report on 101 or the force's online form, today."
        )
    if Category.HATE in cats:
        lines.append(
            "Hate crime: report on 101 or through True Vision (www.report-it.org.uk), which "
            "routes it to the local force."
        )
    if not lines:
        lines.append("Not an emergency: report on 101 or the force's online form.")
    offences = []
    if Category.THREAT in cats:
        offences.append(
            "threats (Malicious Communications Act 1988 s.1; threatening communications, "
            "Online Safety Act 2023 s.181)"
        )
    if Category.HATE in cats:
        offences.append("an offence aggravated by hostility to a protected characteristic")
    if cats & {Category.ABUSE, Category.DOXXING, Category.THREAT}:
        offences.append("harassment (Protection from Harassment Act 1997)")
    if Category.DEFAMATION in cats:
        offences.append(
            "false communications (Online Safety Act 2023 s.179), if knowingly false and "
            "meant to cause harm"
        )
    if Category.SEXUAL in cats:
        offences.append(
            "offences involving indecent images of children (Protection of Children Act 1978)"
            if finding.url_only
            else "sexual harassment"
        )
    return " ".join(lines), offences


def _legal_basis(finding: Finding) -> str:
    cats = set(finding.categories)
    basis = []
    if Category.DEFAMATION in cats:
        basis.append("it makes allegations of wrongdoing that are defamatory of a named person")
    if Category.DOXXING in cats:
        basis.append(
            "it publishes a named staff member's personal contact details without consent "
            "(UK GDPR Art. 6; misuse of private information)"
        )
    if Category.THREAT in cats:
        basis.append("it contains a threat of violence")
    if Category.HATE in cats:
        basis.append("it is abusive on the ground of a protected characteristic")
    if Category.ABUSE in cats:
        basis.append("it harasses and abuses a named member of staff")
    if Category.SEXUAL in cats:
        basis.append("it contains sexual content about a named person")
    if not basis:
        basis.append("it is inappropriate material about a named member of staff or the school")
    return "; ".join(basis)


def build_context(
    watchlist: Watchlist,
    store: Store,
    reports_dir: Path,
    case: Case,
    finding: Finding,
    opts: RequestOptions,
    now: datetime,
    request_id: str,
    rdap: tuple[RdapResult, ...] = (),
) -> tuple[dict[str, Any], list[str]]:
    todo = _Todo()
    td = watchlist.takedown
    staff = watchlist.staff_by_id(finding.subject)
    records = store.evidence_for(finding.id)
    primary = _primary(records, finding)
    manifest = _manifest(reports_dir, primary)
    platforms = load_platforms(td.templates_dir)
    platform: Platform | None = (
        platforms.get(opts.platform) if opts.platform else platform_for(finding.url, platforms)
    )
    previous = [
        {
            "id": r.id,
            "date": _utc_text(r.created_at),
            "recipient": str(r.recipient),
            "subject": r.subject,
        }
        for r in store.takedown_requests(case.id)
    ]
    events = store.case_events(case.id)
    references = [
        {"date": _utc_text(e.at), "who": e.who, "reference": e.reference, "note": e.note}
        for e in events
        if e.reference
    ]
    chronology = [{"utc": _utc_text(finding.first_seen), "what": "first found by repwatch"}]
    for ex in _exhibits(store, reports_dir, finding):
        chronology.append({"utc": ex["utc"], "what": f"evidence {ex['id']} ({ex['kind']})"})
    for e in events:
        what = e.action if not e.to_status else f"status: {e.to_status.label}"
        chronology.append({"utc": _utc_text(e.at), "what": f"{what} by {e.who}: {e.note}"})
    chronology.sort(key=lambda c: c["utc"])
    urgency, offences = _urgency(finding)
    deadlines = _deadlines(case, request_id, opts.recipient, now)
    sender_name = opts.sender_name or td.sender_name
    ctx: dict[str, Any] = {
        "version": __version__,
        "case": {
            "id": case.id,
            "status": case.status.label,
            "owner": case.owner or todo("the case owner (normally the DSL)"),
            "opened": _utc_text(case.opened_at),
        },
        "request": {
            "id": request_id,
            "date": now.astimezone(UTC).strftime("%d %B %Y"),
            "sent_utc": _utc_text(now),
            "recipient": str(opts.recipient),
            "address": opts.address or ADDRESSES.get(opts.recipient, ""),
        },
        "sender": {
            "name": sender_name or todo("sender's name ([takedown] sender_name or --from)"),
            "role": td.sender_role or todo("sender's role ([takedown] sender_role)"),
            "email": td.sender_email or todo("sender's e-mail ([takedown] sender_email)"),
            "school": watchlist.school.name,
        },
        "item": {
            "url": finding.url,
            "title": finding.title,
            "subject_name": finding.subject_name,
            "subject_role": staff.role if staff else "",
            "is_school": finding.subject == "school",
            "affected": f"{watchlist.school.name} (the school)"
            if finding.subject == "school"
            else ", ".join(
                x
                for x in (finding.subject_name, staff.role if staff else "", watchlist.school.name)
                if x
            ),
            "categories": ", ".join(str(c) for c in finding.categories) or "mention",
            "severity": str(finding.severity),
            "first_seen": _utc_text(finding.first_seen),
            "quote": "" if finding.url_only else quote_of(finding),
            "url_only": finding.url_only,
            "legal_basis": _legal_basis(finding),
            "domain": registrable_domain(finding.url),
            "host": urlsplit(finding.url).hostname or "",
        },
        "evidence": {
            "id": primary.id if primary else todo("evidence reference (no capture stored)"),
            "kind": primary.kind if primary else "",
            "utc": _utc_text(primary.created_at) if primary else todo("capture time (UTC)"),
            "sha256": primary.sha256 if primary else todo("SHA-256 of the evidence"),
            "ip": manifest.get("ip_address") or "",
            "final_url": manifest.get("final_url") or finding.url,
            "http_status": manifest.get("http_status"),
            "exhibits": _exhibits(store, reports_dir, finding),
        },
        "previous": previous,
        "references": references,
        "chronology": chronology,
        "deadlines": [{"utc": _utc_text(d.due), "label": d.label} for d in deadlines],
        "follow_up": _utc_text(deadlines[0].due) if deadlines else "",
        "urgency": urgency,
        "offences": offences,
        "platform": None,
        "rdap": [],
        "defamation": {},
        "consent": opts.consent,
        "todo": todo,
    }
    if opts.recipient == Recipient.PLATFORM:
        if platform is None:
            raise ConfigError(
                f"{finding.url}: not on a platform repwatch knows ("
                + ", ".join(sorted(platforms))
                + "); pass --platform KEY, add it to platforms.toml in [takedown] templates_dir, "
                "or use --to site"
            )
        ctx["platform"] = {
            "name": platform.name,
            "report_url": platform.report_url,
            "legal_url": platform.legal_url,
            "contact": platform.contact,
            "item": platform.item,
            "policy": platform.policy_for(finding.categories),
            "checked": platform.checked,
        }
        ctx["request"]["address"] = ctx["request"]["address"] or platform.contact
    if opts.recipient == Recipient.HOST:
        ctx["rdap"] = [_rdap_view(r) for r in rdap]
        if not ctx["request"]["address"]:
            emails = [c.email for r in rdap for c in r.abuse if c.email]
            ctx["request"]["address"] = emails[0] if emails else ""
        if not ctx["evidence"]["ip"]:
            ctx["evidence"]["ip"] = todo("the server's IP address at capture")
    if opts.recipient == Recipient.DEFAMATION:
        ctx["defamation"] = {
            "complainant": finding.subject_name,
            "email": opts.complainant_email
            or todo(f"{finding.subject_name}'s e-mail address (--complainant-email)"),
            "meaning": opts.meaning
            or todo("the meaning you attribute to the statement (--meaning)"),
            "why": opts.why
            or todo(f"why the statement is defamatory of {finding.subject_name} (--why)"),
            "inaccurate": opts.inaccurate
            or todo(
                "which parts are factually inaccurate or opinion not supported by fact "
                "(--inaccurate)"
            ),
            "consent": ("do" if opts.consent else "do not")
            if opts.consent is not None
            else todo(
                "whether the complainant consents to their name and e-mail being given to the "
                "poster (--consent yes|no)"
            ),
            "statement": quote_of(finding),
        }
    if opts.recipient == Recipient.POSH and opts.consent is None:
        ctx["consent"] = None
        todo("the affected staff member's consent to this referral (--consent yes|no)")
    if opts.recipient in (Recipient.UPLOADER, Recipient.SITE) and not ctx["request"]["address"]:
        todo("the recipient's address (--address)")
    return ctx, todo.items


def _rdap_view(result: RdapResult) -> dict[str, Any]:
    return {
        "query": result.query,
        "error": result.error,
        "registrar": result.registrar,
        "registrar_iana_id": result.registrar_iana_id,
        "network": result.network,
        "abuse": [
            {"name": c.name, "email": c.email, "phone": c.phone, "path": c.path, "source": c.source}
            for c in result.abuse
        ],
        "answers": [
            {"url": a.url, "status": a.status, "utc": _utc_text(a.queried_at), "sha256": a.sha256}
            for a in result.answers
        ],
    }


def _deadlines(case: Case, request_id: str, recipient: Recipient, now: datetime) -> list[Deadline]:
    if recipient == Recipient.DEFAMATION:
        return [
            Deadline(case.id, request_id, k, due, label)
            for k, due, label in defamation_deadlines(now)
        ]
    days = FOLLOW_UP_DAYS.get(recipient)
    if days is None:
        return []
    label = {
        Recipient.POLICE: "ask the police for an update",
        Recipient.POSH: "ask POSH for an update",
    }.get(recipient, "no removal yet: chase it, then escalate (POSH or Report Harmful Content)")
    return [Deadline(case.id, request_id, "follow-up", add_working_days(now, days), label)]


# ---------------------------------------------------------------------- render and record


def lookup_host(finding: Finding, ip: str, client: RdapClient) -> tuple[RdapResult, ...]:
    """IP RDAP for the address recorded at capture, and domain RDAP for the registrar."""
    out = []
    if ip:
        out.append(client.ip(ip))
    domain = registrable_domain(finding.url)
    if domain:
        out.append(client.domain(domain))
    return tuple(out)


def render(
    watchlist: Watchlist,
    store: Store,
    reports_dir: Path,
    case: Case,
    opts: RequestOptions,
    now: datetime,
    request_id: str,
    *,
    rdap: RdapClient | None = None,
) -> Rendered:
    """Render one request (no writes). Raise ConfigError for a route the policy forbids."""
    if opts.format not in FORMATS:
        raise ConfigError(f"--format {opts.format!r}: use one of {', '.join(FORMATS)}")
    finding = store.get_finding(case.finding_id)
    if finding is None:
        raise ConfigError(
            f"case {case.id}: its finding {case.finding_id} is missing from {store.path}"
        )
    if finding.url_only and opts.recipient not in URL_ONLY_ROUTES:
        raise ConfigError(
            f"case {case.id}: the finding is URL-only (a possible indecent image of a child); "
            "the only routes are --to police and --to iwf, with the URL and no image"
        )
    if opts.recipient == Recipient.IWF and not (
        finding.url_only or Category.SEXUAL in finding.categories
    ):
        raise ConfigError(
            f"case {case.id}: the IWF only takes child sexual abuse imagery; use --to police, "
            "--to platform or --to site"
        )
    results: tuple[RdapResult, ...] = ()
    if opts.recipient == Recipient.HOST:
        manifest = _manifest(reports_dir, _primary(store.evidence_for(finding.id), finding))
        if rdap is None:
            raise ConfigError("--to host needs an RDAP client (internal error)")
        results = lookup_host(finding, str(manifest.get("ip_address") or ""), rdap)
    ctx, todo = build_context(
        watchlist, store, reports_dir, case, finding, opts, now, request_id, results
    )
    env = environment(watchlist.takedown.templates_dir)
    text = env.get_template(f"{opts.recipient}.txt").render(ctx)
    subject, body = _split_subject(text, f"{opts.recipient}.txt")
    ctx["subject"] = subject
    if opts.format == "txt":
        return Rendered(subject, text.encode(), "txt", tuple(todo), results)
    html = env.get_template(f"{opts.recipient}.html").render(ctx)
    if opts.format == "html":
        return Rendered(subject, html.encode(), "html", tuple(todo), results)
    msg = EmailMessage()
    msg["Subject"] = subject
    sender = watchlist.takedown.sender_email
    name = opts.sender_name or watchlist.takedown.sender_name
    msg["From"] = f"{name} <{sender}>" if sender and name else (sender or "")
    if ctx["request"]["address"]:
        msg["To"] = ctx["request"]["address"]
    msg["Date"] = format_datetime(now.astimezone(UTC))
    domain = sender.split("@", 1)[1] if "@" in sender else "repwatch.invalid"
    msg["Message-ID"] = f"<{request_id}.{case.id}@{domain}>"
    msg["X-Repwatch-Case"] = case.id
    msg.set_content(body)
    msg.add_alternative(html, subtype="html")
    msg.set_boundary(f"=_repwatch_{request_id}")
    data = msg.as_bytes(policy=default_policy.clone(linesep="\r\n"))
    return Rendered(subject, data, "eml", tuple(todo), results)


def _split_subject(text: str, name: str) -> tuple[str, str]:
    first, _, rest = text.partition("\n")
    if not first.startswith("Subject:"):
        raise ConfigError(f"template {name}: the first line must be 'Subject: …'")
    return first[len("Subject:") :].strip(), rest.lstrip("\n")


def request_id_for(case_id: str, recipient: Recipient, now: datetime) -> str:
    return "T" + hashlib.sha256(f"{case_id}\n{recipient}\n{iso(now)}".encode()).hexdigest()[:10]


def make_request(
    watchlist: Watchlist,
    store: Store,
    reports_dir: Path,
    ident: str,
    opts: RequestOptions,
    now: datetime,
    *,
    who: str,
    rdap: RdapClient | None = None,
) -> Made:
    """Resolve the case, render, write the file once, and record it on the case."""
    case = cases.resolve(store, reports_dir, ident, now, owner=watchlist.takedown.owner)
    if not case.status.is_open:
        raise ConfigError(
            f"case {case.id} is {case.status.label}; reopen it first with "
            f"`repwatch case set {case.id} investigating --note …`"
        )
    rid = request_id_for(case.id, opts.recipient, now)
    out = render(watchlist, store, reports_dir, case, opts, now, rid, rdap=rdap)
    folder = private_dir(reports_dir / "takedown" / case.id)
    path = folder / f"{rid}-{opts.recipient}.{out.extension}"
    if not write_once(path, out.data):
        raise ConfigError(f"{path} exists already; wait a second and run the command again")
    sha = hashlib.sha256(out.data).hexdigest()
    rel = str(path.relative_to(reports_dir))
    for result in out.rdap:
        for answer in result.answers:
            store.add_rdap_snapshot(
                RdapSnapshot(
                    case.id,
                    answer.query,
                    answer.url,
                    answer.queried_at,
                    answer.status,
                    answer.body,
                    answer.sha256,
                )
            )
    if out.rdap:
        cases.note_event(
            store,
            reports_dir,
            case,
            now,
            action="rdap",
            who=who,
            note="; ".join(
                f"{r.query}: "
                + (", ".join(c.email for c in r.abuse if c.email) or r.error or "no abuse contact")
                for r in out.rdap
            ),
            ledger={
                "answers": [
                    {
                        "url": a.url,
                        "status": a.status,
                        "sha256": a.sha256,
                        "queried_at": iso(a.queried_at),
                    }
                    for r in out.rdap
                    for a in r.answers
                ]
            },
        )
    seq = cases.custody(
        reports_dir,
        {
            "type": "takedown",
            "case_id": case.id,
            "finding_id": case.finding_id,
            "request_id": rid,
            "recipient": str(opts.recipient),
            "who": who,
            "file": rel,
            "sha256": sha,
            "evidence_cited": _cited(store, case),
        },
        now,
    )
    deadlines = _deadlines(case, rid, opts.recipient, now)
    request = TakedownRequest(
        rid, case.id, opts.recipient, out.extension, now, who, rel, sha, out.subject
    )
    store.add_takedown_request(
        request,
        deadlines,
        CaseEvent(
            case.id,
            now,
            who,
            "takedown",
            f"{opts.recipient} request {rid} written to {rel}",
            None,
            None,
            "",
            seq,
        ),
    )
    target = CaseStatus.ESCALATED if opts.recipient in ESCALATION else CaseStatus.REMOVAL_REQUESTED
    order = list(CaseStatus)
    if order.index(case.status) < order.index(target):
        case = cases.set_status(
            store,
            reports_dir,
            case,
            target,
            now,
            who=who,
            note=f"{opts.recipient} request {rid} sent",
        )
    return Made(request, path, out.todo, tuple(deadlines), case)


def _cited(store: Store, case: Case) -> dict[str, str]:
    finding = store.get_finding(case.finding_id)
    if finding is None:
        return {}
    return {k: v for k, v in sorted(finding.evidence.items()) if k.endswith("sha256")}
