#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the heldout29 evaluation corpus for the repwatch matcher.

Setting
    The Bracken Federation: a small rural federation in the (invented) Cawdale valley,
    Northumberland, made of Thornyhaugh First School (Reception to Year 4) and Cawburn
    Middle School (Years 5 to 8), nine miles apart, run by one executive headteacher who
    splits her week between the sites. The county council is withdrawing the dedicated
    school bus for the hill farms round Hartsheugh and Ellisford; a Year 7 boy's
    permanent exclusion after a PE-lesson incident has set the valley's Facebook groups
    alight; the business manager is suspected (and later cleared) over residential-trip
    money; the forest school leader runs a blog and adult bushcraft courses; the Cawburn
    Agricultural Show closes the summer. Everything is invented: people, places, domains
    (.example), phone numbers (01632 960xxx, 07700 900xxx) and postcodes (NE49 ...).

Staff (watchlist ids and the variant traits they carry)
    mhedley        Margaret Hedley, Executive Headteacher (both sites). Nickname-able first
                   name (Maggie / Peggy / Mags Hedley); alias = maiden name Margaret Tait.
    cshepherd      Craig Shepherd, Head of School, Cawburn Middle. Surname that is an everyday
                   word (shepherd, shepherd's pie, the Good Shepherd); target of homophobic posts.
    drobson        David Robson, Year 7 teacher and PE lead. Very common name: namesakes
                   (auctioneer, footballer, darts player) appear in decoys; Dave / Davie.
    sohagan        Siobhán O'Hagan, SENCo for the federation. Accent and apostrophe; alias
                   "Siobhan O'Hagan" (unaccented spelling parents use).
    gforsternixon  Gemma Forster-Nixon, Reception teacher, Thornyhaugh First. Hyphenated
                   surname (Forster Nixon, ForsterNixon, Forster–Nixon).
    tquarmby       Tabitha Quarmby, Forest School Leader. unique = true: counts wherever named
                   (her blog, adult courses, Instagram). Tabby Quarmby.
    kerrington     Kenneth Errington, School Business Manager. Ken / Kenny Errington.
    pridley        Pauline Ridley, Year 5 teacher, Cawburn Middle; wears hearing aids.
    iqureshi       Imran Qureshi, Year 8 science teacher, Cawburn Middle; target of racist
                   and anti-Muslim posts.

    School aliases: Bracken (an everyday word: the fern that covers the fells), BFS (shared
    with the Border Fell Shepherds sheepdog society, breadth-first search, Bamburgh Film
    Society), Bracken Federation of Schools, Thornyhaugh First (School), Cawburn Middle
    (School). Locality: Cawburn, Thornyhaugh, Hartsheugh, Ellisford, Cawdale.

Voices
    Hill farmers on a farming forum, mams and grandads in village Facebook groups (Geordie /
    Northumbrian: howay, canny, hinny, divvent, bairns, clarty, hadaway, wor lass, nowt),
    pupils on TikTok, parents on a parenting forum and school-review sites, a councillor's
    blog, a SEND-advocacy blogger, the forest school leader's own blog, a football
    message board, local and regional news with comment sections.

Decoys (expected = [])
    bracken the fern (ticks, bracken control, bracken bedding, a collie and a cob called
    Bracken); BFS as the Border Fell Shepherds, breadth-first search, Bamburgh Film
    Society, BFS Agri Finance; the excluded lookalikes Bracken Lodge Care Home, Bracken Hill
    Primary School, Cawburn Auction Mart and brackenbrewing.example; namesakes (David Robson
    the auctioneer, footballer and darts player, a Margaret Hedley obituary in Cumbria, a
    Pauline Ridley birthday in Alnwick, Craig Shepherd a plumber in Sunderland, a vet called
    Quarmby, a forest school leader called Tabitha elsewhere, Dr Imran Qureshi a GP in
    Leicester); the locality alone (show results, parish council minutes, floods); a
    similarly named school elsewhere (Hawburn Middle School); shepherd as a word.

Variant names used in labels
    exact, alias, short_name (an informal form not in the watchlist: "Cawburn Mid",
    "Thornyhaugh school", or half of the hyphenated surname), title_surname,
    initial_surname, first_initial, nickname, possessive, hyphenated, typo, leetspeak,
    homoglyph, spacing, obfuscated, hashtag, handle, camelcase, surname_only.

Labelling conventions
    One expected entry per subject per document, with the easiest form present
    (exact > alias > title_surname > the rest) and the worst category for that subject
    (threat > hate > sexual > doxxing > defamation > abuse > negative > neutral).
    The school is a subject only when the document refers to the school itself; a
    locality alone does not make it one. Non-unique staff count only when tied to the
    school by name, alias, locality or role; the unique staff member counts wherever named.
    Praise of a staff member inside an attack on someone else is neutral; quoting abuse to
    condemn it, news of a conviction for threatening someone and untargeted swearing are
    neutral for the victim; news of an arrest, suspension or investigation is defamation
    for the person; sexual content where a child may be involved is sexual with
    url_only true (also for the school when named); a pupil's crush on or innuendo about
    an adult teacher is sexual with url_only false. News reporting a threat against the
    school is neutral for the school; a post that itself threatens the school is threat.

    Judgement calls made here: figurative "I could kill him" from a pupil who also
    praises the teacher is neutral; "nonce" said of a named teacher is defamation (an
    allegation of a crime against children); the school's published office number
    (01632 960418) is never doxxing.

Running
    python3 tests/corpus_heldout29/build_heldout29.py
    Writes docs/ (NNN-<kind>.<ext>), labels.jsonl and watchlist.toml beside this file,
    checks every label (surface form present, easiest-form priority respected, no
    unlabelled full name of a watched person, decoy share) and prints a summary.
    Deterministic; standard library only; exits non-zero if a check fails.
"""

from __future__ import annotations

import html
import json
import random
import re
import shutil
import sys
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent

CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
VARIANTS = [
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
]
KINDS = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}

SCHOOL = {
    "name": "Bracken Federation",
    "aliases": [
        "Bracken", "BFS", "Bracken Federation of Schools", "Thornyhaugh First School",
        "Cawburn Middle School", "Thornyhaugh First", "Cawburn Middle",
    ],
    "locality": ["Cawburn", "Thornyhaugh", "Hartsheugh", "Ellisford", "Cawdale"],
    "own_domains": ["brackenfederation.example"],
    "phones": ["01632 960418"],
}

STAFF = [
    {"id": "mhedley", "name": "Margaret Hedley", "role": "Executive Headteacher", "aliases": ["Margaret Tait"], "surname": "Hedley", "lm": "chair.governors@brackenfederation.example"},
    {"id": "cshepherd", "name": "Craig Shepherd", "role": "Head of School, Cawburn Middle", "aliases": [], "surname": "Shepherd", "lm": "head@brackenfederation.example"},
    {"id": "drobson", "name": "David Robson", "role": "Year 7 teacher and PE lead", "aliases": [], "surname": "Robson", "lm": "head@brackenfederation.example"},
    {"id": "sohagan", "name": "Siobhán O'Hagan", "role": "SENCo", "aliases": ["Siobhan O'Hagan"], "surname": "O'Hagan", "lm": "head@brackenfederation.example"},
    {"id": "gforsternixon", "name": "Gemma Forster-Nixon", "role": "Reception teacher, Thornyhaugh First", "aliases": [], "surname": "Forster-Nixon", "lm": "head@brackenfederation.example"},
    {"id": "tquarmby", "name": "Tabitha Quarmby", "role": "Forest School Leader", "aliases": [], "surname": "Quarmby", "lm": "head@brackenfederation.example", "unique": True},
    {"id": "kerrington", "name": "Kenneth Errington", "role": "School Business Manager", "aliases": [], "surname": "Errington", "lm": "head@brackenfederation.example"},
    {"id": "pridley", "name": "Pauline Ridley", "role": "Year 5 teacher, Cawburn Middle", "aliases": [], "surname": "Ridley", "lm": "head@brackenfederation.example"},
    {"id": "iqureshi", "name": "Imran Qureshi", "role": "Year 8 science teacher", "aliases": [], "surname": "Qureshi", "lm": "head@brackenfederation.example"},
]
STAFF_BY_ID = {s["id"]: s for s in STAFF}

EXCLUDE = [
    ("text", "Bracken Lodge Care Home"),
    ("text", "Bracken Hill Primary School"),
    ("text", "Cawburn Auction Mart"),
    ("domain", "brackenbrewing.example"),
]

DOCS: list[dict] = []


def M(subject: str, variant: str, category: str, form: str, url_only: bool = False) -> dict:
    return {"subject": subject, "variant": variant, "category": category, "form": form, "url_only": url_only}


def D(kind: str, text: str, mentions: list[dict] | tuple = (), namesakes: tuple = ()) -> None:
    DOCS.append({"kind": kind, "text": text, "mentions": list(mentions), "namesakes": set(namesakes)})


# ---------------------------------------------------------------- HTML chrome

def _e(s: str) -> str:
    return html.escape(s, quote=False)


def _paras(ps, indent: str = "        ") -> str:
    out = []
    for p in ps:
        if p.startswith("## "):
            out.append(f"{indent}<h2>{_e(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"{indent}<blockquote><p>{_e(p[2:])}</p></blockquote>")
        else:
            out.append(f"{indent}<p>{_e(p)}</p>")
    return "\n".join(out)


def _page(title: str, site: str, head_extra: str, body: str, lang: str = "en-GB") -> str:
    return (
        f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n  <meta charset=\"utf-8\">\n"
        f"  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"  <title>{_e(title)} | {_e(site)}</title>\n{head_extra}</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


NEWS_SITES = {
    "tfc": {"name": "Tyne & Fell Chronicle", "domain": "tynefellchronicle.example", "nav": ["News", "Sport", "Farming", "What's On", "Letters", "Obituaries", "Jobs"], "tag": "Serving the North Tyne, Cawdale and the Borders since 1874", "comments": "Reader comments", "ad": "Advertisement: Hexley Motors — nearly-new pick-ups, 0% finance on selected Hilux models"},
    "crier": {"name": "Cawdale Crier", "domain": "cawdalecrier.example", "nav": ["Home", "Village News", "Parish Councils", "Show Results", "Church Notices", "Contact"], "tag": "The community paper for the Cawdale valley — delivered free to 2,300 homes", "comments": "Have your say", "ad": "Cawdale Crier is run by volunteers. Donate to keep us printing."},
    "bbn": {"name": "Border Broadcast News", "domain": "bbn.example", "nav": ["Home", "UK", "North East & Cumbria", "Politics", "Education", "Weather"], "tag": "Border Broadcast News — North East & Cumbria", "comments": "Comments", "ad": ""},
    "nenow": {"name": "NE Now", "domain": "nenow.example", "nav": ["News", "Crime", "Schools", "What's On", "Property", "Sport", "Shop"], "tag": "NE NOW — The North East's fastest news", "comments": "Join the conversation", "ad": "SPONSORED: Locals are stunned by this one weird trick to cut heating bills"},
    "ncf": {"name": "North Country Farmer", "domain": "northcountryfarmer.example", "nav": ["Markets", "Livestock", "Machinery", "Shows", "Rural Life", "Classifieds"], "tag": "North Country Farmer — for the hill and the lowland", "comments": "Comments", "ad": "Quad bike tyres from £89 — Tarset Agri Supplies"},
}


def news(site: str, headline: str, date: str, byline: str, body, comments=(), standfirst: str = "", section: str = "News", tags=()) -> str:
    s = NEWS_SITES[site]
    nav = "\n".join(f"        <li><a href=\"https://{s['domain']}/{n.lower().replace(' ', '-').replace('&', 'and')}\">{_e(n)}</a></li>" for n in s["nav"])
    com = ""
    if comments:
        items = []
        for c in comments:
            user, when, text = c[0], c[1], c[2]
            likes = c[3] if len(c) > 3 else 0
            items.append(
                f"        <li class=\"comment\">\n          <div class=\"comment-meta\"><span class=\"user\">{_e(user)}</span> <time>{_e(when)}</time></div>\n"
                f"          <div class=\"comment-body\">{_paras(text.split(chr(10)), '')}</div>\n"
                f"          <div class=\"comment-actions\">Reply · Report · ▲ {likes}</div>\n        </li>"
            )
        com = f"      <section class=\"comments\" id=\"comments\">\n        <h3>{_e(s['comments'])} ({len(comments)})</h3>\n        <ol>\n" + "\n".join(items) + "\n        </ol>\n        <p class=\"house-rules\">Comments are the views of readers. Read our house rules before posting.</p>\n      </section>"
    tagl = ""
    if tags:
        tagl = "      <ul class=\"tags\">" + "".join(f"<li><a href=\"/tag/{_e(t.lower().replace(' ', '-'))}\">{_e(t)}</a></li>" for t in tags) + "</ul>\n"
    ad = f"    <aside class=\"ad\">{_e(s['ad'])}</aside>\n" if s["ad"] else ""
    body_html = (
        f"  <header class=\"masthead\">\n    <a class=\"logo\" href=\"https://{s['domain']}/\">{_e(s['name'])}</a>\n    <p class=\"strap\">{_e(s['tag'])}</p>\n"
        f"    <nav>\n      <ul>\n{nav}\n      </ul>\n    </nav>\n    <form class=\"search\" action=\"/search\"><input name=\"q\" placeholder=\"Search\"></form>\n  </header>\n"
        f"  <main>\n{ad}    <article>\n      <p class=\"section\">{_e(section)}</p>\n      <h1>{_e(headline)}</h1>\n"
        + (f"      <p class=\"standfirst\">{_e(standfirst)}</p>\n" if standfirst else "")
        + f"      <p class=\"byline\">By {_e(byline)} · <time>{_e(date)}</time></p>\n      <div class=\"share\">Share: Facebook · X · WhatsApp · Email</div>\n"
        f"      <div class=\"article-body\">\n{_paras(body)}\n      </div>\n{tagl}    </article>\n{com}\n"
        f"    <aside class=\"most-read\">\n      <h3>Most read</h3>\n      <ol><li>Roadworks on the A68 to last until spring</li><li>Pub of the year shortlist announced</li><li>Weather: snow warning for high ground</li></ol>\n    </aside>\n  </main>\n"
        f"  <footer>\n    <p>© 2025 {_e(s['name'])}. All rights reserved. · <a href=\"/privacy\">Privacy</a> · <a href=\"/cookies\">Cookie settings</a> · <a href=\"/complaints\">Complaints</a></p>\n  </footer>"
    )
    return _page(headline, s["name"], "  <link rel=\"stylesheet\" href=\"/static/site.css\">\n", body_html)


FORUM_SITES = {
    "ptn": {"name": "ParentTalk North", "domain": "parenttalknorth.example", "crumbs": ["Forums", "Education", "Primary, First & Middle Schools"], "rules": "Be kind. No naming children. Report posts that break Talk Guidelines."},
    "yard": {"name": "Farmers' Yard", "domain": "farmersyard.example", "crumbs": ["Board index", "Rural Life", "Family & Community"], "rules": "Farmers' Yard is a friendly forum. Keep it civil. Powered by phpBB®"},
    "stand": {"name": "The East Stand", "domain": "eaststand.example", "crumbs": ["Home", "Off Topic", "The Pub"], "rules": "Opinions posted are those of members. Don't be a melt."},
    "staff": {"name": "Staffroom Chat", "domain": "staffroomchat.example", "crumbs": ["Community", "Workplace Dilemmas", "Leadership & Management"], "rules": "Staffroom Chat is not affiliated with any union. Anonymity is respected."},
    "nnet": {"name": "NorthumbriaNet", "domain": "northumbrianet.example", "crumbs": ["Forum", "Local Areas", "West Northumberland"], "rules": "NorthumbriaNet community forum — est. 2003."},
}


def P(user: str, when: str, text: str, meta: str = "", quote: tuple | None = None) -> dict:
    return {"user": user, "when": when, "text": text, "meta": meta, "quote": quote}


def forum(site: str, title: str, posts) -> str:
    s = FORUM_SITES[site]
    crumbs = " › ".join(f"<a href=\"#\">{_e(c)}</a>" for c in s["crumbs"])
    items = []
    for i, p in enumerate(posts, 1):
        q = ""
        if p["quote"]:
            q = f"          <blockquote><cite>{_e(p['quote'][0])} wrote:</cite>\n{_paras(p['quote'][1].split(chr(10)), '            ')}\n          </blockquote>\n"
        items.append(
            f"      <div class=\"post\" id=\"p{i}\">\n        <div class=\"postprofile\"><strong class=\"username\">{_e(p['user'])}</strong><br><span class=\"rank\">{_e(p['meta'] or 'Member')}</span></div>\n"
            f"        <div class=\"postbody\">\n          <p class=\"author\">#{i} · <time>{_e(p['when'])}</time></p>\n{q}"
            f"          <div class=\"content\">\n{_paras(p['text'].split(chr(10)), '            ')}\n          </div>\n"
            f"          <ul class=\"post-buttons\"><li>Quote</li><li>Report</li><li>Like</li></ul>\n        </div>\n      </div>"
        )
    body_html = (
        f"  <header id=\"site-header\">\n    <a class=\"logo\" href=\"https://{s['domain']}/\">{_e(s['name'])}</a>\n"
        f"    <nav class=\"navbar\"><a href=\"/faq\">FAQ</a> · <a href=\"/search\">Search</a> · <a href=\"/register\">Register</a> · <a href=\"/login\">Login</a></nav>\n"
        f"    <div class=\"breadcrumbs\">{crumbs}</div>\n  </header>\n  <main id=\"page-body\">\n    <h1 class=\"topic-title\">{_e(title)}</h1>\n"
        f"    <div class=\"pagination\">{len(posts)} posts · Page 1 of 1</div>\n    <div class=\"thread\">\n" + "\n".join(items) + "\n    </div>\n"
        f"    <div class=\"quick-reply\">You must be logged in to reply to this topic.</div>\n  </main>\n"
        f"  <footer id=\"page-footer\">\n    <p>{_e(s['rules'])}</p>\n    <p>© {_e(s['name'])} · <a href=\"/privacy\">Privacy</a> · <a href=\"/terms\">Terms</a> · Delete cookies · All times are UTC</p>\n  </footer>"
    )
    return _page(title, s["name"], "  <link rel=\"stylesheet\" href=\"/styles/prosilver/theme/stylesheet.css\">\n", body_html)


BLOG_SITES = {
    "wild": {"name": "Wildwood Wanderings", "domain": "wildwoodwanderings.example", "tag": "Mud, fire and small people in big woods", "about": "Forest school, bushcraft and wild food in the Northumbrian hills.", "nav": ["Home", "Forest School", "Adult Courses", "Recipes", "About"]},
    "dodd": {"name": "Norma Dodd — Cawdale Ward", "domain": "normadodd.example", "tag": "Your county councillor for Cawdale, Hartsheugh & Ellisford", "about": "Independent county councillor. Surgeries first Saturday of the month, Cawburn Library.", "nav": ["Home", "Surgeries", "Council Updates", "Contact"]},
    "send": {"name": "SEND Justice North", "domain": "sendjusticenorth.example", "tag": "Because our children have the same right to learn", "about": "Run by parents of children with special educational needs in the North East.", "nav": ["Blog", "Know Your Rights", "EHCP Help", "Donate"]},
    "farm": {"name": "Up the Dale: a hill farm diary", "domain": "upthedale.example", "tag": "Sheep, dogs, weather and the occasional tractor", "about": "800 Blackface ewes and a lot of rain above Hartsheugh.", "nav": ["Diary", "The Flock", "Dogs", "Recipes"]},
    "dad": {"name": "Straight Talking Dad", "domain": "straighttalkingdad.example", "tag": "Saying what the rest are thinking", "about": "Dad of three. Not afraid to ask questions.", "nav": ["Home", "Schools", "Council", "Rants"]},
    "code": {"name": "Bits & Bobs: notes on code", "domain": "bitsandbobs.example", "tag": "Algorithms explained slowly", "about": "A software developer in Newcastle writes things down so he remembers them.", "nav": ["Posts", "Tags", "About", "RSS"]},
    "walk": {"name": "Hill Paths North", "domain": "hillpathsnorth.example", "tag": "Walking the quieter hills of Northumberland", "about": "Route reports, maps and too many photos of cairns.", "nav": ["Routes", "Kit", "Safety", "About"]},
    "mam": {"name": "Muddy Wellies & Mam Life", "domain": "muddywellies.example", "tag": "A farming mam's blog", "about": "Three bairns, two collies, one long-suffering husband.", "nav": ["Home", "Family", "Farm", "Bakes", "Contact"]},
}


def blog(site: str, title: str, date: str, author: str, body, comments=(), tags=()) -> str:
    s = BLOG_SITES[site]
    nav = " | ".join(f"<a href=\"/{_e(n.lower().replace(' ', '-'))}\">{_e(n)}</a>" for n in s["nav"])
    com = ""
    if comments:
        items = []
        for c in comments:
            items.append(
                f"      <li class=\"comment\"><div class=\"comment-author\"><b>{_e(c[0])}</b> <span class=\"says\">says:</span></div>\n"
                f"        <div class=\"comment-meta\"><time>{_e(c[1])}</time></div>\n{_paras(c[2].split(chr(10)), '        ')}\n        <div class=\"reply\">Reply</div></li>"
            )
        com = f"    <section id=\"comments\">\n      <h3>{len(comments)} thoughts on “{_e(title)}”</h3>\n      <ol class=\"comment-list\">\n" + "\n".join(items) + "\n      </ol>\n      <div id=\"respond\"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></div>\n    </section>\n"
    tagl = ", ".join(tags)
    body_html = (
        f"  <header class=\"site-header\">\n    <p class=\"site-title\"><a href=\"https://{s['domain']}/\">{_e(s['name'])}</a></p>\n    <p class=\"site-description\">{_e(s['tag'])}</p>\n    <nav class=\"main-navigation\">{nav}</nav>\n  </header>\n"
        f"  <div id=\"content\">\n  <main>\n    <article class=\"post\">\n      <h1 class=\"entry-title\">{_e(title)}</h1>\n      <div class=\"entry-meta\">Posted on <time>{_e(date)}</time> by {_e(author)}</div>\n"
        f"      <div class=\"entry-content\">\n{_paras(body)}\n      </div>\n      <footer class=\"entry-footer\">Tagged: {_e(tagl)}</footer>\n    </article>\n{com}  </main>\n"
        f"  <aside class=\"sidebar\">\n    <section><h2>About</h2><p>{_e(s['about'])}</p></section>\n    <section><h2>Archives</h2><ul><li>August 2025</li><li>June 2025</li><li>March 2025</li><li>January 2025</li></ul></section>\n  </aside>\n  </div>\n"
        f"  <footer class=\"site-footer\"><p>© 2025 {_e(s['name'])} · Proudly powered by WordPress · Theme: Hillside</p></footer>"
    )
    return _page(title, s["name"], "  <link rel=\"stylesheet\" href=\"/wp-content/themes/hillside/style.css\">\n", body_html)


# ---------------------------------------------------------------- text platforms

def C(name: str, text: str, when: str, likes: int = 0, replies=()) -> tuple:
    return (name, text, when, likes, tuple(replies))


def fb(group: str, author: str, when: str, text: str, reacts: str, comments=(), members: str = "", shares: int = 0, page: bool = False) -> str:
    lines = [group]
    if page:
        lines.append(f"{members} followers")
    else:
        lines.append(f"Public group · {members} members" if members else "Private group")
    lines += ["", author, f"{when} · 🌍", "", text.strip(), ""]
    n = sum(1 + len(c[4]) for c in comments)
    lines.append(f"{reacts}    {n} comments" + (f"   {shares} shares" if shares else ""))
    lines += ["Like    Comment    Share", "", "Most relevant ▾", ""]
    for c in comments:
        lines += [c[0], c[1], f"{c[2]}   Like   Reply" + (f"   {c[3]} 👍" if c[3] else ""), ""]
        for r in c[4]:
            lines += [f"    ↳ {r[0]}", "      " + r[1].replace("\n", "\n      "), f"      {r[2]}   Like   Reply" + (f"   {r[3]} 👍" if len(r) > 3 and r[3] else ""), ""]
    lines.append("Write a public comment…")
    return "\n".join(lines) + "\n"


def T(name: str, handle: str, when: str, text: str, stats: str = "") -> tuple:
    return (name, handle, when, text, stats)


def x_thread(posts, header: str = "Post") -> str:
    lines = [f"← {header}", ""]
    for i, p in enumerate(posts):
        if i == 1:
            lines += ["Relevant replies ▾", ""]
        lines += [p[0], f"@{p[1]}", p[3].strip(), p[2]]
        if p[4]:
            lines.append(p[4])
        lines += ["💬  🔁  ♥  📊  🔖", "—", ""]
    return "\n".join(lines)


def review(site: str, place: str, summary: str, items) -> str:
    lines = [f"{site}", place, summary, "Sort by: Most recent ▾", ""]
    for r in items:
        name, stars, when, text = r[0], r[1], r[2], r[3]
        lines += [name, "★" * stars + "☆" * (5 - stars) + f"   {when}", text.strip(), "Helpful · Share · Report"]
        if len(r) > 4 and r[4]:
            lines += ["", "Response from the owner", r[4].strip()]
        lines.append("")
    return "\n".join(lines)


# ================================================================ documents
# ---- bus cuts, the shared head -------------------------------------------

D("news", news(
    "tfc", "'Somebody's bairn will get hurt': fury as county axes Cawdale school bus", "Tuesday 28 January 2025", "Hannah Wardle, Local Democracy Reporter",
    [
        "Parents in the upper Cawdale valley say children as young as nine will have to walk along an unlit B-road after Northumberland County Council confirmed it will withdraw the dedicated bus serving Hartsheugh and Ellisford from September.",
        "The route carries 23 pupils to Cawburn Middle School and a further eleven to Thornyhaugh First School, the two sites that make up the Bracken Federation.",
        "Under the council's revised home-to-school transport policy, pupils living less than three miles from their catchment school by the 'shortest available walking route' are no longer eligible. Parents say the route the council measured follows a bridleway across open fell that floods most winters.",
        "\"They've measured it with a ruler on a map,\" said Hartsheugh sheep farmer Lorna Bell, whose two children use the bus. \"Divvent tell me a nine-year-old is walking over Coldside Moss in January.\"",
        "Margaret Hedley, executive headteacher of the federation, said: \"We share parents' concerns and have written to the council asking it to review the walking route assessment. Our priority is that every child arrives safely.\"",
        "A county council spokesperson said the change would save £412,000 a year across the county and that families could appeal individual decisions. The consultation closes on 14 March.",
    ],
    comments=[
        ("Geordie_Al", "28 Jan 2025 19:02", "Typical County Hall. Cut the buses, keep the chauffeur for the leader.", 41),
        ("FellWalker62", "28 Jan 2025 19:40", "I've walked that bridleway. In the wet it's up to your knees. Absolute joke.", 33),
        ("mam_of_three_hartsheugh", "28 Jan 2025 20:15", "Nice words from Mrs Hedley but she's at Thornyhaugh Mondays and Tuesdays and Cawburn the rest, she's spread that thin she'll never have time to fight this. Two schools need two heads, simple as.", 27),
        ("Bramble", "28 Jan 2025 21:30", "Sign the petition folks, link on the Hartsheugh & Ellisford Folk page.", 12),
    ],
    standfirst="Parents say children face a walk across flooded fell after the council redraws 'safe routes'.",
    tags=["Education", "Transport", "Cawdale"],
), [M("school", "exact", "neutral", "Bracken Federation"), M("mhedley", "exact", "negative", "Margaret Hedley")])

D("facebook", fb(
    "Hartsheugh & Ellisford Folk", "Lorna Bell", "29 January at 07:12",
    "Howay folks, the petition to keep the school bus is up!! 23 bairns from up the valley go to Cawburn Middle and another 11 to Thornyhaugh First. County want them walking over Coldside Moss 🙄 Please sign and share, every name counts. Link in comments 👇",
    "👍❤️😡 162", members="1.2K", shares=88,
    comments=[
        C("Gary Telford", "Signed. Our Jack's 10, no way is he walking that in the clag.", "1d", 14),
        C("Anne Milburn", "Signed and shared hinny x", "1d", 3),
        C("Dean Charlton", "Somebody's bairn is gonna get killed on that road and THEN they'll listen", "1d", 22, [("Lorna Bell", "That's exactly what I'm frightened of Dean", "1d", 5)]),
        C("Sue Hall", "Has the school said owt? Thought the head was meant to be fighting our corner", "1d", 2, [("Lorna Bell", "She's written to county apparently. Fair play to her.", "1d", 6)]),
    ],
), [M("school", "alias", "neutral", "Cawburn Middle")])

D("forum", forum("yard", "School bus axed - how are folk doing the school run at lambing?", [
    P("Tup_Man", "Sat Feb 01, 2025 9:14 pm", "With the Cawdale bus getting pulled in September, how are folk managing the school run at lambing? I'm up at 4 checking ewes, the wife's on nights at the hospital. Cawburn Middle want them in for 8:45 sharp.", "Posts: 2,114"),
    P("hill_lass_nd", "Sat Feb 01, 2025 9:31 pm", "Same boat. Mr Shepherd sent a letter home saying 'persistent lateness will be followed up' which went down like a lead balloon round here. Aye, rules are rules, but he's not the one with 600 ewes and a ford that's over the bonnet every time it rains.", "Posts: 388"),
    P("Ewe_Turn", "Sat Feb 01, 2025 10:02 pm", "To be fair to the school, they didn't cut the bus. County did.", "Posts: 951"),
    P("Tup_Man", "Sat Feb 01, 2025 10:20 pm", "Fair. But the letter was tone deaf.\nMind you he's from Gateshead, what would he know about lambing 😂", "Posts: 2,114"),
    P("hill_lass_nd", "Sat Feb 01, 2025 10:24 pm", "Ha. There's a lift share group on the Facebook, I'll pm you the link.", "Posts: 388"),
]), [M("school", "alias", "negative", "Cawburn Middle"), M("cshepherd", "title_surname", "negative", "Mr Shepherd")])

D("news", news(
    "bbn", "Tick warning for walkers as bracken spreads on Northumberland hills", "3 June 2025", "Environment correspondent",
    [
        "Walkers and dog owners are being urged to check themselves for ticks after a mild, wet spring led to a surge in bracken on the lower slopes of the Northumberland hills.",
        "Ticks thrive in the humid shelter of bracken, and the moorland above Hartsheugh and Ellisford has seen the fern spread by an estimated 12% in five years, according to a survey by the uplands trust.",
        "\"Stick to the middle of paths, tuck trousers into socks and use a tick hook,\" said a spokesperson. Lyme disease cases in the region remain low but have risen.",
        "Farmers say the bracken is also squeezing out grazing. \"Once it's in, it's in,\" said one Cawdale shepherd. \"You can roll it or spray it, but it comes back.\"",
    ],
    section="North East & Cumbria",
), [])

D("social", x_thread([
    T("Cllr Norma Dodd", "CllrNormaDodd", "8:47 PM · Feb 3, 2025", "Met parents from Hartsheugh & Ellisford tonight about the school bus. I'll be raising the Coldside Moss walking route at Cabinet on Tuesday. Nobody's bairn should be crossing a flooded bridleway to get to school. #SaveTheCawdaleBus", "4,812 Views · 61 Reposts · 203 Likes"),
    T("Federation Office 🌿", "BrackenFedn", "9:05 PM · Feb 3, 2025", "Thank you Cllr Dodd. We have shared our own safety concerns with the transport team. Families can contact the office on 01632 960418 for help with the appeal process.", "1,090 Views · 9 Reposts · 41 Likes"),
    T("jd", "jaydee_ne", "9:21 PM · Feb 3, 2025", "@BrackenFedn be better if the head actually turned up to the parents meeting 🙃 two schools one head and she's at neither", "380 Views · 14 Likes"),
    T("Ann on the fells", "FellRunnerAnn", "9:40 PM · Feb 3, 2025", "bairns walking a flooded bridleway in the dark in January. what could possibly go wrong", "211 Views · 19 Likes"),
]), [M("school", "handle", "negative", "@BrackenFedn")])

D("blog", blog(
    "dodd", "Why the Coldside Moss 'walking route' must be re-assessed", "5 February 2025", "Norma Dodd",
    [
        "Several of you have asked what is happening with the Hartsheugh and Ellisford school bus. Here is where things stand.",
        "The county's transport team has assessed a route from Hartsheugh to Cawburn that runs along the old drove road and across Coldside Moss. On paper it is 2.8 miles. In practice, for four months of the year, parts of it are under water, it is unlit, and it crosses a ford that a grown adult would think twice about.",
        "I visited Thornyhaugh First School on Monday and was grateful to Mrs Hedley and her staff for walking part of the route with me and the parent reps. Their own risk assessment is thorough and I have attached it to my submission to Cabinet.",
        "## What you can do",
        "Sign the petition. Respond to the consultation before 14 March. Come to my surgery at Cawburn Library on the first Saturday of the month.",
    ],
    comments=[
        ("Ron Pattison", "5 February 2025 at 18:22", "Another politician grandstanding before the elections. Where were you when they shut the post office?"),
        ("Lorna Bell", "5 February 2025 at 19:10", "Thank you Norma, you've done more in a fortnight than county has in ten years."),
    ],
    tags=["Transport", "Schools", "Hartsheugh"],
), [M("school", "alias", "neutral", "Thornyhaugh First School"), M("mhedley", "title_surname", "neutral", "Mrs Hedley")])

D("facebook", fb(
    "Cawburn & District Community Noticeboard", "Mick Nevison", "6 February at 22:48",
    "Whoever at County Hall signed off this bus cut wants their tyres letting down.\n\nAnd divvent get me started on Errington up at the school, sat on the transport 'working group' nodding it through cos it saves Bracken a few quid on the minibus. Funny how he's ALWAYS first to agree with county when there's a contract going. Backhanders? I'm just asking questions 🤷‍♂️",
    "😆😡👍 57", members="4.1K",
    comments=[
        C("Jill Ord", "Steady on Mick", "2d", 4),
        C("Trevor Hume", "He's only the business manager man, he doesn't decide owt", "2d", 11, [("Mick Nevison", "Aye right. Ask who got the coach contract for the residential.", "2d", 9)]),
        C("Dawn Lisle", "Mick's not wrong. Follow the money.", "2d", 6),
    ],
), [M("kerrington", "surname_only", "defamation", "Errington"), M("school", "alias", "negative", "Bracken")])

D("review", review(
    "SchoolScout UK", "Cawburn Middle School (Bracken Federation) · Cawburn, Northumberland NE49", "2.9 ★ · 31 reviews",
    [
        ("ParentOfThree_NE", 2, "12 Feb 2025", "The shared head is a disaster. Mrs Hedley is here two days a week if you're lucky and the Head of School is left firefighting. Communication is dreadful, letters come home the night before a trip."),
        ("Claire T.", 5, "9 Feb 2025", "My daughter loves it. Mrs Ridley in Year 5 is strict but fair and our girl came on leaps and bounds with her reading. Small school, everybody knows everybody."),
        ("hillfarmer_dad", 1, "4 Feb 2025", "Bus cut, no support from the school, and when you ring the office (01632 960418) nobody picks up.", "Thank you for your feedback. The office is staffed 8am–4pm and we're sorry you couldn't get through. Please email and we will call you back. — Federation Office"),
    ],
), [M("school", "exact", "negative", "Bracken Federation"), M("mhedley", "title_surname", "negative", "Mrs Hedley"), M("pridley", "title_surname", "neutral", "Mrs Ridley")])

D("forum", forum("ptn", "Executive heads across two schools - does it ever work?", [
    P("NorthumbrianMam", "10/02/2025 20:11", "Our federation (Thornyhaugh First + Cawburn Middle) has had an exec head for two years now. Maggie Hedley is lovely to talk to but she's never THERE. Has anyone else's school done this? Does it get better?"),
    P("teacherinthenorth", "10/02/2025 20:30", "Depends entirely on the heads of school under them. Done well it's fine, done badly it's nobody in charge."),
    P("HexhamDad", "10/02/2025 21:02", "Lovely to talk to?? She's a two-faced cow who smiles at you at the gate then sends a letter threatening you with a fine. Useless woman, sooner she retires the better."),
    P("NorthumbrianMam", "10/02/2025 21:10", "Bit harsh HexhamDad."),
    P("Mod_Kate", "10/02/2025 21:45", "Please keep it civil and don't make personal attacks on named staff.", "Moderator"),
]), [M("school", "alias", "negative", "Thornyhaugh First"), M("mhedley", "nickname", "abuse", "Maggie Hedley")])

D("facebook", fb(
    "Thornyhaugh Village Chat", "Wendy Straughan", "18 December 2024 at 16:40",
    "What a canny nativity at Thornyhaugh First this afternoon! ⭐ Mrs Hedley had the whole village squeezed into the church hall and Mrs Forster-Nixon's Reception sheep stole the show 🐑😍 Well done everyone, brought a tear to me eye.",
    "❤️👍 94", members="640",
    comments=[
        C("Amy Errity", "Our Ellie was the donkey!! She's not stopped braying since 😂", "3d", 12),
        C("Jean Pearson", "Lovely afternoon. The mince pies were canny an all.", "3d", 4),
        C("Mark Lowes", "Best one in years, well done the staff", "3d", 6),
    ],
), [M("school", "alias", "neutral", "Thornyhaugh First"), M("mhedley", "title_surname", "neutral", "Mrs Hedley"), M("gforsternixon", "title_surname", "neutral", "Mrs Forster-Nixon")])

D("news", news(
    "crier", "New executive head for the Bracken Federation", "September 2023", "Crier staff",
    [
        "The two schools of the Bracken Federation, Thornyhaugh First and Cawburn Middle, start the new year under a single executive headteacher.",
        "Margaret Hedley, who many older readers will remember as Margaret Tait when she taught at the old Ellisford school in the 1990s, returns to the valley after eleven years as deputy head in Alnwick.",
        "Day-to-day leadership at the middle school will be the job of Craig Shepherd, who becomes Head of School at Cawburn Middle after five years as head of maths.",
        "\"Small rural schools are stronger together,\" said Mrs Hedley. \"Sharing staff, expertise and a forest school programme across both sites means our children get more, not less.\"",
        "The governors say the arrangement will be reviewed after two years.",
    ],
    section="Village News",
), [M("school", "exact", "neutral", "Bracken Federation"), M("mhedley", "exact", "neutral", "Margaret Hedley"), M("cshepherd", "exact", "neutral", "Craig Shepherd")])

D("social", x_thread([
    T("wor lass says", "sal_from_cawdale", "7:15 AM · Feb 11, 2025", "Peggy Hedley swanning between two schools on 90 grand a year while our bairns walk to school in the dark. Priorities. #BrackenFederation #SaveTheCawdaleBus", "2,207 Views · 18 Reposts · 66 Likes"),
    T("Tom", "tomtheteacher77", "7:42 AM · Feb 11, 2025", "she doesn't set the bus budget though, county does", "190 Views · 12 Likes"),
    T("wor lass says", "sal_from_cawdale", "7:50 AM · Feb 11, 2025", "aye but she could shout a bit louder couldn't she", "144 Views · 9 Likes"),
]), [M("mhedley", "nickname", "negative", "Peggy Hedley"), M("school", "hashtag", "negative", "#BrackenFederation")])

D("news", news(
    "ncf", "Border Fell Shepherds trial: Ellisford dog takes the Cawdale Cup", "14 September 2024", "Show reporter",
    [
        "The Border Fell Shepherds (BFS) held their annual open trial on the haughs below Ellisford on Saturday, with 58 dogs running in testing wind.",
        "The Cawdale Cup went to Jimmy Laidlaw and Bracken, a six-year-old bitch bred at Ellisford, with 92 points from a possible 100. \"She's a grafter,\" said Laidlaw. \"Took the shed like she'd been doing it all her life.\"",
        "Results: 1st J. Laidlaw, Bracken (Ellisford) 92; 2nd R. Hall, Moss (Otterfield) 88; 3rd S. Telford, Fly (Hartsheugh) 85; 4th A. Dodd, Nell (Cawburn) 81.",
        "BFS secretary Margaret Pringle thanked the landowners and the Young Farmers, who ran the tea tent. Next year's trial will be held on the second Saturday of September.",
        "The society also announced a beginners' handling clinic in March for young shepherds. Contact the BFS secretary for details.",
    ],
    section="Shows", tags=["Sheepdog trials", "Ellisford"],
), [])

# ---- the exclusion row ----------------------------------------------------

D("facebook", fb(
    "Cawburn & District Community Noticeboard", "Shannon Dodds", "11 March at 21:14",
    "I never thought I'd be writing a post like this.\n\nMy son has been PERMANENTLY EXCLUDED from Cawburn Middle School. Why? Because he defended himself after David Robson put his hands round his neck in the PE changing rooms. Craig Shepherd didn't even look at the CCTV before he made his decision. A 12 year old boy, thrown out like rubbish.\n\nPlease share. I want every parent in this valley to know what goes on in that school. 💔",
    "😢😡 214", members="4.1K", shares=96,
    comments=[
        C("Kerry Dodds", "Disgusting. Share share share 💔", "3d", 31),
        C("Paul Nesbit", "That Robson wants locking up, always been a bully. Had our Liam in tears in Year 6.", "3d", 44),
        C("Denise Ord", "Shannon I'm so sorry pet. Go to the papers.", "3d", 12),
        C("Ste Dodds", "Shepherd wants a good hiding and he'll get one if I see him in the Bull.", "3d", 19, [("Shannon Dodds", "Ste don't, it'll not help Kyle", "3d", 7)]),
        C("Group admin", "Comments on this post have been turned off.", "2d"),
    ],
), [M("school", "alias", "negative", "Cawburn Middle School"), M("drobson", "exact", "defamation", "David Robson"), M("cshepherd", "exact", "threat", "Craig Shepherd")])

D("news", news(
    "crier", "Family to appeal pupil's exclusion from Cawburn middle school", "April 2025", "Crier staff",
    [
        "The family of a 12-year-old boy permanently excluded from Cawburn Middle School say they will take their case to an independent review panel.",
        "The boy was excluded in March following an incident during a PE lesson. His family say he was responding to rough handling by a member of staff.",
        "In a statement, Head of School Craig Shepherd said: \"We cannot comment on individual pupils. Any decision to exclude is taken only after careful investigation and is reviewed by governors.\"",
        "The county council's designated officer confirmed that an allegation against a member of staff had been assessed and that no further action was required.",
    ],
    comments=[
        ("truth_will_out", "2 Apr 2025", "Everyone round here knows which PE teacher it was. Dave Robson should've been suspended while it was looked at properly, not left teaching other people's bairns.", 16),
        ("Fairplay", "2 Apr 2025", "NFA means NFA. Leave the man alone.", 23),
        ("Cawdale Kate", "3 Apr 2025", "Sad for everybody. Nobody wins these.", 8),
    ],
    section="Village News",
), [M("school", "alias", "neutral", "Cawburn Middle School"), M("cshepherd", "exact", "neutral", "Craig Shepherd"), M("drobson", "nickname", "defamation", "Dave Robson")])

D("social", """TikTok
@kyle.dodds.justice
justice for kyle 😤 he did NOTHING wrong #cawburnmid #justiceforkyle #fyp
♪ original sound - kyle.dodds.justice
❤️ 3,412   💬 287   ↗ 164

287 comments

lils.x
justice for kyle 😤😤 robson is a nonce everyone knows
3-12   Reply   ♡ 402

jakey_m_08
shepherd's a dead man walking when kyle's cousins get hold of him 💀💀
3-12   Reply   ♡ 251

ellie.rose.x
this is so sad he was always nice to me in maths 😢
3-12   Reply   ♡ 88

mason_ne
cawburn mid is literally a prison fr
3-13   Reply   ♡ 140
   View 14 replies ⌄
""", [M("school", "short_name", "negative", "cawburn mid"), M("drobson", "surname_only", "defamation", "robson"), M("cshepherd", "surname_only", "threat", "shepherd")])

D("forum", forum("ptn", "AIBU to think the Cawburn Middle exclusion was probably justified?", [
    P("QuietParent", "14/03/2025 19:50", "Not going to name the child. But my daughter was in that PE lesson and what's being posted on Facebook is not what happened. The lad threw a bench. Mr Robson stepped in front of the other kids. Mr Shepherd followed the policy."),
    P("Wildflower77", "14/03/2025 20:03", "You don't know what happened either though, you weren't there."),
    P("QuietParent", "14/03/2025 20:11", "True, I wasn't. But people calling Mr Robson a 'n*nce' and posting where Mr Shepherd drinks on a Friday is vile whatever happened. I've screenshotted and reported the lot.", quote=("Wildflower77", "You don't know what happened either though")),
    P("NorthumbrianMam", "14/03/2025 20:40", "Agree. The school can't answer back publicly, that's the problem with these pile-ons. Everyone's an expert on Facebook."),
]), [M("school", "alias", "neutral", "Cawburn Middle"), M("drobson", "title_surname", "neutral", "Mr Robson"), M("cshepherd", "title_surname", "neutral", "Mr Shepherd")])

D("facebook", fb(
    "Cawburn & District Community Noticeboard", "Alan Dodds", "13 March at 23:02",
    "I know where Shepherd parks his car on a Friday night. Just saying. He wants to think on about what he's done to our family.\n\nCawburn Middle's so-called Head of School, him and his \"husband\" in their fancy barn conversion at Ellisford. Not one of us and never will be.",
    "😡😮 38", members="4.1K",
    comments=[
        C("Jill Ord", "Alan man, delete this.", "1d", 17),
        C("Barry Dodds", "Say nowt more Dad", "1d", 5),
        C("Kim Errity", "Reported. This is a threat.", "1d", 22),
    ],
), [M("cshepherd", "surname_only", "threat", "Shepherd"), M("school", "alias", "negative", "Cawburn Middle")])

D("social", x_thread([
    T("nana says no", "radgie_nana", "10:31 PM · Mar 15, 2025", "Craig Shepherd, Head of School at Cawburn Middle, lives at 4 Low Haugh Steadings, Ellisford NE49 7QT. Go round and ask him yourself why he threw a 12 year old out of school 👇", "9,330 Views · 112 Reposts · 240 Likes"),
    T("Sam", "sam_ne_teach", "10:44 PM · Mar 15, 2025", "This is doxxing. Reported. Whatever you think of the decision, a man's home address is not fair game.", "1,220 Views · 87 Likes"),
    T("Dazza", "dazzathelad", "11:02 PM · Mar 15, 2025", "got the postcode cheers", "402 Views · 3 Likes"),
]), [M("cshepherd", "exact", "doxxing", "Craig Shepherd"), M("school", "alias", "neutral", "Cawburn Middle")])

D("blog", blog(
    "send", "Exclusion is a SEND issue: what the Cawburn case tells us", "20 March 2025", "Ruth (founder)",
    [
        "We've had more messages about one school this month than any other: the Bracken Federation in Cawdale, where a Year 7 boy was permanently excluded after an incident in a PE lesson.",
        "We are not going to comment on the incident itself. What we can say, because the family have shared it with us, is that the boy had been on the SEN register for two years without a single review meeting, and that the federation's SENCo, Siobhán O'Hagan, was not present at the exclusion meeting.",
        "Permanent exclusion should be the last resort. Department guidance is clear that schools should consider whether unmet needs lie behind behaviour. From what we have seen, that consideration did not happen, and Mr Shepherd's letter to the family does not mention SEN once.",
        "## Know your rights",
        "If your child is excluded you can ask the governors to reconsider and then ask for an independent review. If your child has SEN you can ask for an SEN expert to attend the review panel. Our helpline is open Tuesday evenings.",
    ],
    comments=[
        ("Helen R", "20 March 2025 at 21:02", "Ms O'Hagan has been brilliant for my son actually, but she covers two schools and 400 kids, she can't be everywhere."),
        ("Kay", "21 March 2025 at 08:14", "SENCos are overloaded everywhere. This is a funding problem."),
    ],
    tags=["Exclusions", "SEND", "Northumberland"],
), [M("school", "exact", "negative", "Bracken Federation"), M("sohagan", "exact", "negative", "Siobhán O'Hagan"), M("cshepherd", "title_surname", "negative", "Mr Shepherd")])

D("news", news(
    "bbn", "Man fined for threatening messages to Northumberland school leader", "30 May 2025", "Border Broadcast News",
    [
        "A man who sent threatening messages to the head of a rural middle school has been fined and given a restraining order.",
        "Stephen Dodds, 47, of Burnside Terrace, Cawburn, pleaded guilty at Bedlington Magistrates' Court to sending a communication conveying a threat.",
        "The court heard he sent messages to Craig Shepherd, head of school at Cawburn Middle School, in March, saying he would 'sort him out' after a relative was excluded.",
        "Magistrates fined Dodds £600 and banned him from contacting Mr Shepherd or going within 100 metres of the school for two years.",
        "In a statement the federation thanked police and said staff 'should never have to face threats for doing their job'.",
    ],
    section="North East & Cumbria",
), [M("cshepherd", "exact", "neutral", "Craig Shepherd"), M("school", "alias", "neutral", "Cawburn Middle School")])

D("facebook", fb(
    "Cawburn & District Community Noticeboard", "Group admin · Karen Hume", "14 March at 09:05",
    "⚠️ ADMIN NOTICE ⚠️\n\nI have removed more than 40 comments about staff at Cawburn Middle in the last 24 hours. Calling Mr Shepherd a \"poof\" or posting where Mr Robson lives is hate speech and harassment and the screenshots have gone to Northumbria Police.\n\nDisagree with the exclusion all you like. Write to the governors. But this stops NOW or the group gets locked.",
    "👍❤️ 301", members="4.1K",
    comments=[
        C("Jean Pearson", "Thank you Karen, it was getting nasty.", "1d", 40),
        C("Ste Dodds", "Freedom of speech gone mad", "1d", 3, [("Karen Hume", "Freedom of speech doesn't cover threats Ste.", "1d", 55)]),
    ],
), [M("school", "alias", "neutral", "Cawburn Middle"), M("cshepherd", "title_surname", "neutral", "Mr Shepherd"), M("drobson", "title_surname", "neutral", "Mr Robson")])

D("review", review(
    "Maps reviews", "Cawburn Middle School · Middle school · Front Street, Cawburn NE49 6RB", "3.1 ★★★☆☆ (47)",
    [
        ("Kerry D", 1, "2 months ago", "They let a teacher put his hands on a child and then they excluded the CHILD. Governors covered the whole thing up. Ask R0bs0n what really happened in them changing rooms."),
        ("Graham Lowes", 5, "2 months ago", "Brilliant little school, ignore the Facebook mob. Staff work their socks off."),
        ("Local Guide · Nicola", 1, "3 months ago", "Bus gone, head never here, now this. Shambles."),
    ],
), [M("school", "alias", "defamation", "Cawburn Middle School"), M("drobson", "leetspeak", "defamation", "R0bs0n")])

# ---- forest school -------------------------------------------------------

D("blog", blog(
    "wild", "Fire, fog and flapjack: Reception's first fire-lighting session", "27 February 2025", "Tabitha Quarmby",
    [
        "Thick fog in the woods behind Thornyhaugh First School this morning, which made our first fire-lighting session feel properly magical.",
        "We started, as always, with the fire circle rules: walk round the outside of the log circle, never across it; sit on your log when the fire is lit; 'respect position' (kneeling on one knee) when you're near the flames.",
        "Gemma Forster-Nixon and I had the children practise with flint and steel on cotton wool first. Eleven out of fourteen got a spark. Three got a flame. One four-year-old shouted 'I'M A DRAGON' and I think that sums up the morning.",
        "We toasted flapjack (don't ask) and talked about where heat goes. Next week: kelly kettles and hot chocolate.",
        "As always, photos on this blog never show children's faces. Parents can see the full album on the school's learning platform.",
    ],
    comments=[
        ("Jo Telford", "27 February 2025 at 19:14", "Our Alfie talked about this all week. Thank you both!"),
        ("Concerned Ratepayer", "28 February 2025 at 07:02", "Tree-hugging hippy nonsense paid for by the taxpayer. Teach them to read and write and leave the campfires to the Scouts. Get a proper job love."),
        ("Tabitha Quarmby", "28 February 2025 at 17:30", "Thanks Jo! Alfie's spark was the first of the day 🔥"),
    ],
    tags=["Forest School", "Fire", "Reception"],
), [M("tquarmby", "exact", "abuse", "Tabitha Quarmby"), M("school", "alias", "neutral", "Thornyhaugh First School"), M("gforsternixon", "exact", "neutral", "Gemma Forster-Nixon")])

D("facebook", fb(
    "Thornyhaugh Village Chat", "Bev Armstrong", "5 March at 18:11",
    "Is it just me or is forest school a bit of a racket?? Ours came home CLARTY again, wet through to the knickers, and we're asked for £3 a week 'voluntary contribution' so that Quarmby woman can have them sat in the rain whittling sticks. At Thornyhaugh school they should be learning their times tables not how to make a fire 🙄",
    "😂👍😮 23", members="640",
    comments=[
        C("Jo Telford", "It's good for them man, fresh air and they sleep like logs after", "5d", 18),
        C("Mark Lowes", "Ours love it. Bev you've always got something to moan about 😂", "5d", 9),
        C("Bev Armstrong", "Just saying what others think!", "5d"),
    ],
), [M("tquarmby", "surname_only", "negative", "Quarmby"), M("school", "short_name", "negative", "Thornyhaugh school")])

D("social", """Instagram
tabitha.quarmby.outdoors
Greenhead Woods

🌲🔥 ADULT BUSHCRAFT WEEKEND 🔥🌲
14–15 June at Greenhead Woods. Shelter building, knife skills, fire by friction and wild food. Two places left! Link in bio.
#bushcraft #northumberland #wildcamping #forestschool
View all 41 comments

sarahwilds  Booked! Can't wait 🙌   2w  3 likes  Reply
dale_lad_88  you can light my fire any day pet 😏🔥   2w  11 likes  Reply
dale_lad_88  I'll bring the sleeping bag. just the one mind 😉 @tabitha.quarmby.outdoors   2w  6 likes  Reply
mossy.mike  Best course I've done, go for it folks   1w  2 likes  Reply

♡ 212 likes
June 2
""", [M("tquarmby", "handle", "sexual", "@tabitha.quarmby.outdoors")])

D("review", review(
    "CourseRater", "Wild Food Foraging Day — Greenhead Woods, Northumberland", "4.9 ★ · 26 reviews · Instructor: Tabitha Q.",
    [
        ("Phil M", 5, "May 2025", "Tabitha Q. is unbelievably knowledgeable. We found wood sorrel, jelly ear and sweet cicely and she made a nettle soup that my kids would actually eat."),
        ("Anita", 5, "May 2025", "Relaxed, safe and great fun. She's brilliant with nervous beginners."),
        ("Tom B", 4, "April 2025", "Excellent day, would have liked a bit more on mushrooms but understand why she's cautious!"),
    ],
), [M("tquarmby", "first_initial", "neutral", "Tabitha Q.")])

D("forum", forum("yard", "Forest school fires on my land", [
    P("Redesdale_Rob", "Thu Apr 17, 2025 8:40 pm", "Anyone else had the school forest school lot wandering onto their ground? Found a fire pit and a rope swing in my bottom wood yesterday, 200 yards from a barn full of hay. Turns out it's the Thornyhaugh school lot with the woman that runs it.", "Posts: 1,022"),
    P("Ewe_Turn", "Thu Apr 17, 2025 8:55 pm", "Have a word with the school. They'll have permission from somebody, probably thought it was the estate's wood.", "Posts: 951"),
    P("Redesdale_Rob", "Thu Apr 17, 2025 9:10 pm", "Aye I will. Quarmby's fires are a hazard. If she keeps trespassing she might find the bull's out in that field one morning and I'll not be responsible for what happens to her 😉", "Posts: 1,022"),
    P("hill_lass_nd", "Thu Apr 17, 2025 9:20 pm", "Rob man, you can't say that on here, there'll be bairns with her.", "Posts: 388"),
    P("Redesdale_Rob", "Thu Apr 17, 2025 9:25 pm", "I said SHE. Bairns are welcome. Her, not so much.", "Posts: 1,022"),
]), [M("tquarmby", "possessive", "threat", "Quarmby's"), M("school", "short_name", "negative", "Thornyhaugh school")])

D("social", x_thread([
    T("dale gossip", "dalegossip_ne", "6:12 PM · Apr 22, 2025", "Qu4rmby and her mud kitchen cult 🌲🧙‍♀️ lock up your bairns lol. Woman needs sectioning not paying", "902 Views · 4 Reposts · 21 Likes"),
    T("Jo", "jo_t_wellies", "6:30 PM · Apr 22, 2025", "she's a canny lass and the kids adore her, jog on", "120 Views · 15 Likes"),
]), [M("tquarmby", "leetspeak", "abuse", "Qu4rmby")])

D("news", news(
    "tfc", "Yorkshire vet Simon Quarmby retires after 40 years of house calls", "9 July 2025", "Agricultural desk",
    [
        "Simon Quarmby, who has tended cattle and sheep across the Yorkshire Dales since 1985, has retired from the practice he founded in Hawes.",
        "Mr Quarmby, 68, estimates he has driven more than a million miles of dale roads, often in the middle of the night at calving time.",
        "\"The kit has changed beyond recognition but the job hasn't,\" he said. \"You're still lying in the muck at three in the morning with your arm in a cow.\"",
        "Farmers held a surprise dinner for him at the auction mart café. The practice will continue under his former partner, Dr Ann Ridsdale.",
    ],
    section="Farming",
), [])

# ---- trip money ------------------------------------------------------------

D("facebook", fb(
    "Bracken Federation Parents (unofficial)", "Tash Milburn", "2 July at 20:37",
    "Not saying anything BUT… funny how the Year 7 residential money went walkabout the same term a certain business manager turned up in a brand new Hilux 🤔🚙 Kenny E. from the office, if you're reading, we'd all love to see the accounts. #justasking",
    "😂😮😡 71", members="380",
    comments=[
        C("Lisa Charlton", "🍿🍿🍿", "6h", 8),
        C("Rob Ainsley", "Be careful Tash, that's a serious thing to say without proof", "6h", 12, [("Tash Milburn", "I haven't SAID anything 😇 just noticed a new truck", "6h", 15)]),
        C("Claire T", "Where's our £180 deposit then? Still waiting", "5h", 20),
    ],
), [M("kerrington", "first_initial", "defamation", "Kenny E."), M("school", "exact", "negative", "Bracken Federation")])

D("forum", forum("ptn", "Residential cancelled - still waiting for refunds (Cawburn Middle)", [
    P("CawdaleMum", "03/07/2025 10:12", "Year 7 residential to the outdoor centre was cancelled last month 'due to a booking issue'. Mr Errington in the office says refunds 'in 6-8 weeks'. Anyone else still waiting? It's £180 a child, some of us paid in instalments from September."),
    P("Wildflower77", "03/07/2025 10:40", "Same. And no explanation of what the 'booking issue' was. If the centre wasn't paid, where's the money been sat since September?"),
    P("HexhamDad", "03/07/2025 11:05", "He's a thieving old git and everybody in the valley knows it. Money's gone on his holiday."),
    P("Mod_Kate", "03/07/2025 11:20", "HexhamDad, post edited. Do not make allegations about named individuals.", "Moderator"),
    P("CawdaleMum", "03/07/2025 11:31", "I just want my money back to be honest, I'm not accusing anyone."),
]), [M("school", "alias", "negative", "Cawburn Middle"), M("kerrington", "title_surname", "defamation", "Mr Errington")])

D("news", news(
    "nenow", "School business manager suspended as auditors probe missing trip money", "18 July 2025", "NE Now reporter",
    [
        "A school business manager has been suspended while council auditors investigate what happened to more than £7,000 paid by parents for a cancelled residential trip.",
        "Kenneth Errington, business manager of the Bracken Federation in west Northumberland, was placed on leave last week, the federation confirmed.",
        "Parents of Year 7 pupils at Cawburn Middle School paid up to £180 each for a three-night stay at an outdoor centre in the Lake District, which was cancelled in June.",
        "A federation spokesperson said: \"A suspension is a neutral act and does not imply wrongdoing. All families will be refunded in full from the federation's reserves by the end of August.\"",
        "Northumberland County Council said its internal audit team was 'supporting the school'.",
    ],
    comments=[
        ("NE_Truth", "18 Jul 2025", "Knew it. Told yous all.", 12),
        ("lenny b", "18 Jul 2025", "Innocent until proven guilty. NE Now at it again.", 19),
    ],
    section="Schools",
), [M("kerrington", "exact", "defamation", "Kenneth Errington"), M("school", "exact", "negative", "Bracken Federation")])

D("facebook", fb(
    "Bracken Federation Parents (unofficial)", "Rob Ainsley", "15 September at 19:02",
    "So Ken Errington is back at work after the audit found the trip money was sat in the wrong account, not stolen. A clerical cock-up by the travel company, refunds all paid.\n\nThe folk on here who called him a thief and a crook and posted about his truck might want to think about apologising. He's worked at that school for 22 years.",
    "👍❤️ 88", members="380",
    comments=[
        C("Claire T", "Fair enough. Got my money back, glad it's sorted.", "2d", 14),
        C("Tash Milburn", "I never called him a thief", "2d", 2, [("Rob Ainsley", "You posted a picture of his drive Tash.", "2d", 31)]),
        C("Jean Pearson", "Well said Rob. Ken's a good man.", "2d", 9),
    ],
), [M("kerrington", "nickname", "neutral", "Ken Errington"), M("school", "exact", "neutral", "Bracken Federation")])

D("social", x_thread([
    T("Follow The Money NE", "followthemoneyNE", "11:48 PM · Jul 19, 2025", "The 'suspended' business manager from Bracken is Ken Errington. Lives at Cragside Cottage, Hartsheugh NE49 8JD, mobile 07700 900582. Ring him and ask where your £180 went. Don't let them bury this.", "3,044 Views · 40 Reposts · 77 Likes"),
    T("Cawdale Kate", "cawdalekate", "12:03 AM · Jul 20, 2025", "Posting a man's mobile number and address is way over the line. Reported.", "410 Views · 33 Likes"),
]), [M("kerrington", "nickname", "doxxing", "Ken Errington"), M("school", "alias", "negative", "Bracken")])

D("blog", blog(
    "dad", "Questions the Bracken governors need to answer", "22 July 2025", "Straight Talking Dad",
    [
        "I'm not a lawyer. I'm a dad who pays his bills on time and expects the people handling my money to do the same.",
        "Here's what we know. Parents paid in for the Year 7 residential from September. The trip was cancelled in June. The money, it turns out, wasn't where it should have been. The man in charge of the money has been suspended.",
        "Now. I'm not saying Errington pocketed it. I'm saying that if you or I couldn't account for seven grand we'd be in a cell, not on 'paid leave'. And I'm saying that the same man signed off the minibus contract, the catering contract and the new playground. Draw your own conclusions.",
        "And where was Mrs Hedley in all of this? Oh yes. At the other school.",
        "## What I want",
        "Publish the accounts. Publish the audit. Tell us who knew what and when.",
    ],
    comments=[
        ("Dawn Lisle", "22 July 2025 at 21:15", "Spot on. Follow the money."),
        ("A governor (not speaking for the board)", "23 July 2025 at 09:40", "The audit will be published when it's finished. Insinuating fraud about a named member of staff who has not been found to have done anything wrong is unfair and possibly actionable."),
    ],
    tags=["Schools", "Money", "Accountability"],
), [M("school", "alias", "negative", "Bracken"), M("kerrington", "surname_only", "defamation", "Errington"), M("mhedley", "title_surname", "negative", "Mrs Hedley")])

# ---- Imran Qureshi ---------------------------------------------------------

D("facebook", fb(
    "Cawburn Middle School", "Cawburn Middle School", "21 March at 15:30",
    "🔬 SCIENCE WEEK 🔬 Year 8 made elephant's toothpaste, rockets from film canisters and a very smelly sulphur experiment (sorry parents!). Huge thanks to Mr Qureshi for organising a brilliant week 👏",
    "👍❤️😮 132", page=True, members="1.6K",
    comments=[
        C("Lisa Charlton", "Our Megan hasn't stopped talking about it! Thank you Mr Q", "1w", 14),
        C("Neville Hume", "Cawburn's gone downhill since they started hiring from Bradford if you know what I mean 🙄 Qureshi's not teaching our lot about the farming year is he", "1w", 3, [("Cawburn Middle School", "Comments that target staff because of their race or religion will be removed and reported.", "1w", 46)]),
        C("Jo Telford", "Fantastic week, well done Year 8!", "1w", 5),
    ],
), [M("school", "alias", "hate", "Cawburn Middle School"), M("iqureshi", "title_surname", "hate", "Mr Qureshi")])

D("social", x_thread([
    T("ᴅᴀʟᴇ ꜰɪʀꜱᴛ 🇬🇧", "dalefirst1066", "9:02 PM · Apr 4, 2025", "The dale isn't for everyone. Some folk should go back to where they came from and take their prayer mats with them. Mr Q-u-r-e-s-h-i at Cawburn Middle, we're looking at you 👀🇬🇧", "1,870 Views · 22 Reposts · 45 Likes"),
    T("Anna", "anna_in_hexham", "9:20 PM · Apr 4, 2025", "This is racist and you know it. Reported.", "300 Views · 51 Likes"),
]), [M("iqureshi", "obfuscated", "hate", "Q-u-r-e-s-h-i"), M("school", "alias", "neutral", "Cawburn Middle")])

D("news", news(
    "bbn", "'It's been relentless': rural teacher speaks out on racist abuse", "9 May 2025", "Education correspondent",
    [
        "A science teacher at a middle school in west Northumberland says he has faced months of racist and anti-Muslim abuse online since moving to the area.",
        "Imran Qureshi, who teaches Year 8 at Cawburn Middle School, said most families had been 'overwhelmingly welcoming' but that a small number of social media accounts had targeted him repeatedly.",
        "One post, seen by Border Broadcast News, told him to 'go back to where he came from'. Another described him as 'a Bradford import'. Northumbria Police said it was investigating two posts as hate incidents.",
        "\"The bairns don't care where I'm from,\" Mr Qureshi said, smiling. \"They care whether we're making rockets this week.\"",
        "Executive headteacher Margaret Hedley said the federation would 'not tolerate racism in any form' and had offered Mr Qureshi its full support.",
    ],
    comments=[
        ("Northumbrian born & bred", "9 May 2025", "Ashamed of whoever did this. He's welcome here.", 88),
        ("Ian", "9 May 2025", "Good on him for speaking out.", 41),
    ],
    section="Education",
), [M("iqureshi", "exact", "neutral", "Imran Qureshi"), M("school", "alias", "neutral", "Cawburn Middle School"), M("mhedley", "exact", "neutral", "Margaret Hedley")])

D("review", review(
    "SchoolScout UK", "Cawburn Middle School · Cawburn, Northumberland NE49", "3.0 ★ · 34 reviews",
    [
        ("DadOfTwoNE", 5, "20 May 2025", "Science teacher Mr Qureshi is brilliant. My son said he hated science and now he wants to be a chemist. Can't praise him enough."),
        ("Sandra", 3, "12 May 2025", "Good teaching, poor communication from the office. Forms go missing."),
    ],
), [M("school", "alias", "negative", "Cawburn Middle School"), M("iqureshi", "title_surname", "neutral", "Mr Qureshi")])

D("facebook", fb(
    "Cawdale Patriots", "Darren Lisle", "11 April at 22:16",
    "Ramadan Qurеshi teaching our bairns at Cawburn now. Next it'll be halal in the school dinners and no bacon butties at the show. Wake up Cawdale. Our dale, our rules. 🇬🇧🐷",
    "👍😡 29", members="210",
    comments=[
        C("Gaz", "Spot on Daz", "2d", 4),
        C("Lee P", "it starts with one", "2d", 2),
        C("Karen Hume", "Screenshotted. You're a disgrace to this valley.", "2d", 11),
    ],
), [M("iqureshi", "homoglyph", "hate", "Qurеshi")])

D("social", x_thread([
    T("anon", "cawdale_watch", "11:59 PM · Apr 12, 2025", "that science teacher at cawburn middle leaves late on a tuesday. dark car park, no cameras. just an observation 🌙🔪", "640 Views · 2 Reposts · 9 Likes"),
    T("Sam", "sam_ne_teach", "12:10 AM · Apr 13, 2025", "@NorthumbriaPolice please look at this account, it is threatening a named teacher", "220 Views · 28 Likes"),
    T("anon", "cawdale_watch", "12:15 AM · Apr 13, 2025", "never named anyone 🤷 Mr Qureshi knows who he is", "180 Views · 3 Likes"),
]), [M("iqureshi", "title_surname", "threat", "Mr Qureshi"), M("school", "alias", "neutral", "cawburn middle")])

D("news", news(
    "tfc", "Leicester GP Dr Imran Qureshi honoured for community vaccine work", "2 March 2025", "Press Association",
    [
        "A Leicester GP who ran pop-up vaccination clinics in mosques, gurdwaras and community centres has been made an MBE.",
        "Dr Imran Qureshi, 52, a partner at a practice in Highfields, said the honour belonged to 'the volunteers who turned up in the rain'.",
        "His clinics delivered more than 30,000 vaccinations between 2021 and 2023.",
    ],
    section="News",
), [], namesakes=("iqureshi",))

# ---- Gemma Forster-Nixon ---------------------------------------------------

D("forum", forum("stand", "Best looking teachers thread (keep it clean lads)", [
    P("toon_til_i_die", "Today 13:02", "Inspired by the other thread. Our bairn's Reception teacher at Thornyhaugh First, Mrs Forster-Nixon 🥵🥵 wouldn't mind being kept behind after class if you know what I mean", "Season ticket holder"),
    P("Gallowgate_Gav", "Today 13:15", "😂 steady, her husband's about 6 foot 5", "Legend"),
    P("toon_til_i_die", "Today 13:18", "What he doesn't know won't hurt him. Parents evening can't come soon enough 😏", "Season ticket holder"),
    P("wor_kev", "Today 13:40", "This is why your bairn's the only one not invited to parties Stu", "Member"),
]), [M("gforsternixon", "title_surname", "sexual", "Mrs Forster-Nixon"), M("school", "alias", "neutral", "Thornyhaugh First")])

D("facebook", fb(
    "Thornyhaugh Village Chat", "Jean Pearson", "18 July at 15:20",
    "Lovely send-off at Thornyhaugh First today for Gemma Forster Nixon who starts her maternity leave. 💐 She's taught half the village's bairns to read. Good luck pet, we'll see you and the bump in the new year x",
    "❤️👍 176", members="640",
    comments=[
        C("Amy Errity", "Aww she's the best. Ellie cried all the way home 😭", "1d", 9),
        C("Wendy Straughan", "Best of luck Gemma x", "1d", 3),
    ],
), [M("gforsternixon", "hyphenated", "neutral", "Gemma Forster Nixon"), M("school", "alias", "neutral", "Thornyhaugh First")])

D("social", x_thread([
    T("no filter", "nofilter_ne49", "10:14 PM · May 6, 2025", "Reception teacher at the Thornyhaugh school who reported my sister to social services? ForsterNixon. Lives on Whinny Bank, Thornyhaugh, the white house with the red door and the silver Qashqai. Just so everybody knows who's judging our families.", "2,811 Views · 31 Reposts · 58 Likes"),
    T("Thornyhaugh mam", "thorny_mam", "10:30 PM · May 6, 2025", "Delete this. She has a baby on the way.", "260 Views · 40 Likes"),
]), [M("gforsternixon", "hyphenated", "doxxing", "ForsterNixon"), M("school", "short_name", "neutral", "Thornyhaugh school")])

D("review", review(
    "SchoolScout UK", "Thornyhaugh First School · Thornyhaugh, Northumberland NE49", "4.6 ★ · 19 reviews",
    [
        ("ThornyMam", 5, "3 Apr 2025", "Mrs Forster–Nixon in Reception is an absolute star. Our son was so shy and now he's up at the front singing. Small, kind, outdoorsy school."),
        ("Granda Joe", 5, "1 Mar 2025", "The forest school is the best thing about it. Bairns outside in all weathers like we used to be."),
        ("P.", 3, "11 Jan 2025", "Lovely staff but the building is falling apart and the heating was off for a week in December."),
    ],
), [M("school", "alias", "negative", "Thornyhaugh First School"), M("gforsternixon", "title_surname", "neutral", "Mrs Forster–Nixon")])

D("social", """Reddit · r/Northumberland · Posted by u/throwaway_thorny · 4mo

Teacher at my kid's first school keeps 'losing' his reading book and then blaming him

Reception at Thornyhaugh First. Third time this term his reading record has gone walkabout and I get a note saying he's 'not reading at home'. He IS. I've started taking photos of us reading as proof. Mrs Gemma Nixon (or whatever the double-barrel is) just smiles and says 'these things happen'. Anyone had this? Should I go to the exec head?

  ⬆ 31  ⬇   💬 12 comments   Share

  u/dalesman_42 · 4mo
  Go to the head. Paper trail. Don't let it slide.
  ⬆ 9   Reply

  u/ruralteacher · 4mo
  Reading records go missing in every Reception class in the land, honestly. Talk to her first before escalating.
  ⬆ 14   Reply
""", [M("gforsternixon", "short_name", "negative", "Gemma Nixon"), M("school", "alias", "negative", "Thornyhaugh First")])

# ---- Pauline Ridley --------------------------------------------------------

D("facebook", fb(
    "Bracken Federation Parents (unofficial)", "Nicola Reay", "24 January at 17:55",
    "Has anyone else had a problem with Mrs Ridley in Year 5? My daughter came home in tears AGAIN, apparently she was shouted at in front of the whole class for forgetting her PE kit. She's 9. I know she's old school but there's strict and there's nasty.",
    "😢👍 19", members="380",
    comments=[
        C("Claire T", "Our lass had her last year and loved her honestly. Maybe have a word?", "4h", 7),
        C("Nicola Reay", "I will. Just fed up.", "4h"),
        C("Leanne Dodd", "She shouted at my son for 20 minutes over a ruler. Needs to retire.", "3h", 5),
    ],
), [M("pridley", "title_surname", "negative", "Mrs Ridley"), M("school", "exact", "neutral", "Bracken Federation")])

D("social", """TikTok
@cawburn.yr6.memes
pov: u forgot ur homework 💀 #cawburnmiddle #school #fyp
♪ Oh No - Kreepa
❤️ 1,980   💬 143   ↗ 57

143 comments

bobbi.jx
deaf old bat ridley cant even hear the bairns so she just SCREAMS at everyone 🦻😂😂
1-30   Reply   ♡ 311

lucas_ne49
turn ur hearing aid up miss 🦻📢 lmaooo
1-30   Reply   ♡ 207

hannah.c.x
this is mean she's actually nice 😭
1-31   Reply   ♡ 46
""", [M("pridley", "surname_only", "hate", "ridley"), M("school", "hashtag", "neutral", "#cawburnmiddle")])

D("forum", forum("nnet", "Pauline Ridley retiring after 34 years at Cawburn", [
    P("old_cawburnian", "Sun Jun 29, 2025 7:02 pm", "Just heard Pauline Ridley is retiring from Cawburn Middle this summer after 34 years. She taught me in 1994 and she taught my daughter in 2022. Scary, fair, and the only reason I can spell 'necessary'. Anyone else remember the times-table bell?", "Old hand"),
    P("TarsetTim", "Sun Jun 29, 2025 7:30 pm", "Ha! The bell! Aye, she was a legend. Ran the netball team for about 30 of those years too.", "Member"),
    P("Ellisford Liz", "Sun Jun 29, 2025 8:11 pm", "Collection at the Post Office if anyone wants to chip in for a present. Card in the shop.", "Member"),
]), [M("pridley", "exact", "neutral", "Pauline Ridley"), M("school", "alias", "neutral", "Cawburn Middle")])

D("news", news(
    "crier", "Happy 90th, Pauline!", "May 2025", "Crier staff",
    [
        "Pauline Ridley of Bondgate, Alnwick, celebrated her 90th birthday with a party at the bowling club where she has been a member for sixty years.",
        "Pauline, who worked at the Alnwick Co-op for most of her working life, has four children, eleven grandchildren and 'too many great-grandchildren to count'.",
        "Her secret to a long life? \"Bowls, a small sherry and never going to bed on an argument.\"",
    ],
    section="Village News",
), [], namesakes=("pridley",))

D("review", review(
    "RateMyTeacherUK", "Mrs P. Ridley · Year 5 · Cawburn Middle School", "3.4 / 5 · 22 ratings",
    [
        ("Former pupil", 5, "2024", "Strict but you learn loads. Best teacher I had."),
        ("anon", 1, "2025", "P. Ridley is a nasty old witch who picks on the quiet ones. Miserable, mean and should have retired years ago."),
        ("Parent", 4, "2025", "Old fashioned but gets results."),
    ],
), [M("pridley", "title_surname", "abuse", "Mrs P. Ridley"), M("school", "alias", "neutral", "Cawburn Middle School")])

# ---- Siobhán O'Hagan -------------------------------------------------------

D("facebook", fb(
    "Bracken Federation Parents (unofficial)", "Helen Robinson", "7 February at 20:10",
    "Just want to say a massive thank you to Ms O'Hagan, the SENCo. She fought for two years for our lad's EHCP and it came through today. 😭 Honestly some of you slag the school off but without her he'd still be sat in the corridor every afternoon. Can't thank her enough.",
    "❤️👍 124", members="380",
    comments=[
        C("Kay Telford", "She's amazing. Did the same for our Sophie.", "2d", 11),
        C("Nicola Reay", "So pleased for you Helen x", "2d", 4),
    ],
), [M("sohagan", "title_surname", "neutral", "Ms O'Hagan"), M("school", "exact", "neutral", "Bracken Federation")])

D("social", x_thread([
    T("Loyal Cawdale", "loyal_cawdale_1690", "8:30 PM · Mar 17, 2025", "Paddy's day at the federation 🙄 green jumpers and the SENCo O'H*gan teaching our bairns her papist nonsense. Send her back over the water where she belongs. #NoSurrender", "780 Views · 8 Reposts · 19 Likes"),
    T("Ciara", "ciara_in_the_toon", "8:44 PM · Mar 17, 2025", "Anti-Irish bigotry in 2025. Reported.", "190 Views · 30 Likes"),
]), [M("sohagan", "obfuscated", "hate", "O'H*gan")])

D("blog", blog(
    "send", "When a SENCo stops answering: our EHCP year", "2 June 2025", "Guest post by 'a Cawdale mam'",
    [
        "I want to start by saying I know SENCos are overloaded. I know Cawburn Middle is a tiny school with a tiny budget. But this is our year, and I think other parents need to hear it.",
        "We asked for an EHCP needs assessment in September. The school said it would support the request. Then nothing. Emails unanswered for weeks. A meeting cancelled twice. When we finally sat down in February, the SENCo, Miss O'Hagan, hadn't read the educational psychologist's report.",
        "I'm not saying she doesn't care. I'm saying the system has been built so that one woman covers two schools and nearly a hundred children on the register, and the children at the back of the queue are the ones who lose.",
        "## If this is you",
        "Keep copies of everything. Put requests in writing. Contact your local SENDIASS. You can apply for an assessment yourself; you don't need the school.",
    ],
    comments=[
        ("Helen Robinson", "2 June 2025 at 21:40", "She was brilliant for us but I recognise the waiting. It's the system."),
    ],
    tags=["EHCP", "SENCo", "Cawdale"],
), [M("school", "alias", "negative", "Cawburn Middle"), M("sohagan", "title_surname", "negative", "Miss O'Hagan")])

D("facebook", fb(
    "Cawburn & District Community Noticeboard", "Tracey Lisle", "26 March at 22:30",
    "The SENCo at Bracken won't answer her school emails so here's her personal one, siobhan.ohagan73@mailbox.example, everyone email her at home tonight and ask her why our kids are being left behind. Siobhan O'Hagan needs to know we're not going away. 📧📧📧",
    "😡👍 42", members="4.1K",
    comments=[
        C("Karen Hume", "Tracey that's her private email. I'm removing this.", "1d", 33),
        C("Tracey Lisle", "It was on a pta email from 2019 so it's public", "1d", 2),
    ],
), [M("sohagan", "alias", "doxxing", "Siobhan O'Hagan"), M("school", "alias", "negative", "Bracken")])

D("review", review(
    "SchoolScout UK", "Bracken Federation of Schools · Cawdale, Northumberland", "3.3 ★ · 12 reviews",
    [
        ("SEN parent", 2, "18 Apr 2025", "Siobhan O'Hagen the SENCo means well but is completely overstretched. Three months to get a reply about an assessment."),
        ("Grandparent", 5, "2 Apr 2025", "Very caring, both sites. Forest school a big plus."),
    ],
), [M("school", "exact", "negative", "Bracken Federation"), M("sohagan", "typo", "negative", "Siobhan O'Hagen")])

# ---- David Robson ----------------------------------------------------------

D("social", """TikTok
@meg.x.08
mr robson in pe today 😍😍😍 he did the splits to show us a stretch and i actually screamed #cawburnmid #teachercrush
♪ Flowers - Miley
❤️ 612   💬 73   ↗ 11

73 comments

chloe.b.ne
HE'S SO FIT 😍 i'd marry him tbh
11-14   Reply   ♡ 88

meg.x.08
@chloe.b.ne backhands off he's mine 😤😂
11-14   Reply   ♡ 41

jack_ne49
weird how yous are about a teacher 🤢
11-15   Reply   ♡ 29
""", [M("drobson", "title_surname", "sexual", "mr robson"), M("school", "short_name", "neutral", "#cawburnmid")])

D("social", x_thread([
    T("justice4kyle", "justice4kyle_ne", "9:15 PM · Mar 18, 2025", "The PE teacher who choked a 12 yr old at Cawburn Middle lives at 22 Haugh View, Cawburn NE49 6TL. D. Robson. Drives a grey Passat. Make sure everyone in the village knows.", "5,102 Views · 71 Reposts · 98 Likes"),
    T("Mark", "marklowes_ne", "9:30 PM · Mar 18, 2025", "The LADO found nothing. You're putting a man's family in danger. Reported.", "980 Views · 64 Likes"),
]), [M("drobson", "initial_surname", "doxxing", "D. Robson"), M("school", "alias", "defamation", "Cawburn Middle")])

D("news", news(
    "ncf", "Cawburn Auction Mart: store lambs firm, cull ewes dearer", "12 August 2025", "Markets reporter",
    [
        "A strong entry of 2,140 store lambs met a firm trade at Cawburn Auction Mart on Monday, with Texel crosses topping at £98 and Blackface lambs averaging £62.",
        "Auctioneer David Robson said demand from lowland finishers was 'as good as I've seen it in August'. \"The grass is there, the buyers are there. Bring them in.\"",
        "Cull ewes sold to £148 for a pen of Texel crosses from Hartsheugh. The mart's next prime sale is on Thursday.",
        "Top prices: Texel x lambs £98 (R. Hall, Otterfield); Suffolk x lambs £94 (J. Laidlaw, Ellisford); Blackface lambs £71 (S. Telford, Hartsheugh).",
    ],
    section="Markets",
), [], namesakes=("drobson",))

D("news", news(
    "nenow", "Tyneside Rovers: David Robson's late winner sends Rovers top", "16 February 2025", "Sports desk",
    [
        "David Robson's 89th-minute header gave Tyneside Rovers a 2-1 win over Whitley Athletic and sent them top of the Northern League.",
        "The 24-year-old centre-back rose highest to meet a corner and send 900 fans into raptures.",
        "\"I don't score many so I'll enjoy that one,\" Robson said. \"Great night for the club.\"",
    ],
    section="Sport",
), [], namesakes=("drobson",))

D("forum", forum("stand", "Darts: local lad David Robson qualifies for the Worlds", [
    P("arrows_ashington", "Mon Nov 11, 2024 6:45 pm", "Get in! David 'The Pitman' Robson from Ashington only gone and qualified for the World Championship. Averaged 98 in the final qualifier.", "Member"),
    P("oche_ollie", "Mon Nov 11, 2024 7:02 pm", "Brilliant. Used to play against him in the Tuesday league at the Comrades, lovely lad. Throws like a machine.", "Member"),
    P("toon_til_i_die", "Mon Nov 11, 2024 7:30 pm", "He'll get smashed in the first round but good luck to him 😂", "Season ticket holder"),
]), [], namesakes=("drobson",))

D("facebook", fb(
    "Cawburn Agricultural Show", "Cawburn Agricultural Show", "23 August at 19:44",
    "🏃 FELL RACE RESULTS 🏃\n1st: Dave Robson (Cawburn Middle PE, and he'll not let the bairns forget it) 41:12\n2nd: Ann Telford (Cawdale Harriers) 42:50\n3rd: Rory Hall (Young Farmers) 43:05\nWell done to all 64 runners who got up Cawburn Crag in that heat! ☀️",
    "👍❤️🏃 240", page=True, members="3.3K",
    comments=[
        C("Jo Telford", "Go on sir! Our Alfie was screaming at the finish", "1d", 12),
        C("Ann Telford", "Next year Dave, next year 😂", "1d", 20),
    ],
), [M("drobson", "nickname", "neutral", "Dave Robson"), M("school", "alias", "neutral", "Cawburn Middle")])

D("social", """Snapchat story (screen-recorded, posted to TikTok by @yr7.cawburn.chaos)

[text over video of a muddy playing field]
i could kill robson for making us do cross country in the sleet 🥶🥶 lol he's the best tho don't tell him
#cawburnmiddle #crosscountry

comments
ollie_ne: he ran it WITH us tho fair play 😂   ♡ 22
tilly.b: my legs r dead 💀   ♡ 9
""", [M("drobson", "surname_only", "neutral", "robson"), M("school", "hashtag", "neutral", "#cawburnmiddle")])

D("facebook", fb(
    "Cawburn & District Community Noticeboard", "Wayne Nesbit", "19 March at 23:40",
    "Robsons a child beater and Cawburn Middle covered it up, simple as. He grabbed Kyle by the throat, there was witnesses, and Shepherd and the governors made it go away cos Robson's big mates with the chair of governors from the rugby club. Wake up Cawburn.",
    "😡👍 66", members="4.1K",
    comments=[
        C("Fairplay Frank", "The council investigated and found nothing. You can get sued for this Wayne.", "1d", 21),
        C("Wayne Nesbit", "Let them sue me I've got nowt 😂", "1d", 9),
    ],
), [M("drobson", "possessive", "defamation", "Robson's"), M("cshepherd", "surname_only", "defamation", "Shepherd"), M("school", "alias", "defamation", "Cawburn Middle")])

D("forum", forum("ptn", "Sports day at Cawburn Mid — anyone got the photos?", [
    P("CawdaleMum", "04/07/2025 18:20", "Does anyone know when the sports day photos go up on the learning platform? Missed our Katie's relay because the car wouldn't start 😩"),
    P("NorthumbrianMam", "04/07/2025 18:35", "Usually the week after. Mr Robson said at the end they'd be on by Friday. Brilliant day, he had the whole school doing the Macarena between races 😂"),
    P("CawdaleMum", "04/07/2025 18:40", "Ha! That man has some energy. Thanks!"),
]), [M("drobson", "title_surname", "neutral", "Mr Robson"), M("school", "short_name", "neutral", "Cawburn Mid")])

# ---- decoys: the everyday word, the acronym, lookalikes -------------------

D("blog", blog(
    "code", "BFS vs DFS: when breadth-first search is the right tool", "3 March 2025", "Matt",
    [
        "Breadth-first search (BFS) explores a graph level by level: every node one step away, then every node two steps away, and so on. Depth-first search (DFS) dives down one path before backtracking.",
        "If you want the shortest path in an unweighted graph, BFS is what you want. Put the start node in a queue, pop from the front, push unvisited neighbours on the back, and record each node's parent so you can rebuild the path.",
        "## A worked example",
        "Imagine a sheep farm as a grid: walls, gates and fields. BFS from the farmhouse tells you the fewest gates you have to open to reach every field. (Yes, I have been spending too much time in Northumberland.)",
        "Memory is the catch. BFS holds a whole frontier in memory at once, which on a wide graph can be enormous. For deep, narrow graphs, DFS or iterative deepening may be better.",
    ],
    comments=[("Sanjay", "4 March 2025 at 10:02", "Nice explanation. The farm grid is a great way to picture it."), ("Matt", "4 March 2025 at 12:30", "Thanks! Next post: Dijkstra, with tractors.")],
    tags=["algorithms", "graphs", "BFS"],
), [])

D("news", news(
    "tfc", "Bracken Lodge Care Home rated 'good' after turnaround", "21 May 2025", "Health reporter",
    [
        "A Hexham care home that was placed in special measures two years ago has been rated 'good' by inspectors.",
        "Bracken Lodge Care Home, which looks after 38 older residents, was praised for its 'warm, unhurried' staff and improved medicines management.",
        "Manager Sharon Dixon said: \"This is down to the team. They never gave up on the place or the residents.\"",
        "Residents celebrated with a tea dance and a cake in the shape of the building.",
    ],
    section="News",
), [])

D("news", news(
    "bbn", "Leeds primary school closed after boiler failure", "14 January 2025", "Border Broadcast News",
    [
        "Pupils at Bracken Hill Primary School in Leeds were sent home on Tuesday after the school's boiler failed during the cold snap.",
        "The headteacher said the school hoped to reopen on Thursday once engineers had fitted a replacement part.",
        "Parents were asked to check the school app for updates. Free school meal vouchers were being issued for the days lost.",
    ],
    section="UK",
), [])

D("review", review(
    "HopRater", "Bracken Brewing Co. · Fell Pale Ale 4.2% · brackenbrewing.example", "3.9 / 5 · 412 ratings",
    [
        ("ale_dave", 4, "Jun 2025", "Pours hazy gold, big hit of grapefruit, dry finish. Dangerous on a hot day. Bracken's best beer by a mile."),
        ("hophead_helen", 3, "May 2025", "Decent enough but not a patch on their stout. Bit thin."),
        ("CAMRA_Colin", 4, "Apr 2025", "Had it on cask at the Cawburn show beer tent last year. Better on cask than in the can."),
    ],
), [])

D("news", news(
    "tfc", "Obituary: Margaret Hedley, 1938–2025", "14 April 2025", "Family announcement",
    [
        "HEDLEY Margaret (née Armstrong), of Keswick, Cumbria, passed away peacefully at home on 2 April aged 86.",
        "Beloved wife of the late John, much loved mother of Susan and Peter, grandmother and great-grandmother. A lifelong member of the Keswick WI and a fierce competitor at the Borrowdale show, where her Victoria sponge took first prize eleven times.",
        "Funeral service at St John's Church, Keswick, on Friday 18 April at 11am. Family flowers only; donations if desired to the Cumbria air ambulance.",
    ],
    section="Obituaries",
), [], namesakes=("mhedley",))

D("review", review(
    "TrustATrader", "Craig Shepherd Plumbing & Heating · Sunderland SR4", "4.8 ★ · 96 reviews",
    [
        ("Mrs K, Pennywell", 5, "Jan 2025", "Craig Shepherd came out on New Year's Day when our boiler packed in. Fair price, tidy work, even took his boots off. Highly recommend."),
        ("Dave R", 5, "Dec 2024", "Fitted a new combi in a day. Top lad."),
        ("Anon", 3, "Nov 2024", "Good work but turned up two hours late."),
    ],
), [], namesakes=("cshepherd",))

D("news", news(
    "crier", "Cawburn Show 2025: full results", "September 2025", "Show secretary",
    [
        "Sheep: Champion Blackface, R. Hall (Otterfield). Reserve, S. Telford (Hartsheugh). Best pair of gimmer lambs, J. Laidlaw (Ellisford).",
        "Horses: Best turned-out pony, Bracken (ridden by Millie Ord). Working hunter, Smokey (Kate Hume).",
        "Industrial tent: Leeks (pot), A. Dodd. Shepherd's crook, horn head: T. Milburn. Shepherd's crook, thumbstick: R. Ainsley. Victoria sponge: W. Straughan. Shepherd's pie (junior class): Alfie Telford, age 7.",
        "Fell race: see separate report. Terrier racing: 'Nipper' (Hartsheugh).",
        "The committee thanks everyone who helped, and the landowner for the use of the haugh.",
    ],
    section="Show Results",
), [])

D("news", news(
    "crier", "Thornyhaugh Parish Council: notes from the July meeting", "August 2025", "Parish clerk",
    [
        "Present: five councillors, the county councillor and three members of the public.",
        "Bus shelter: the clerk has chased the county council about the broken glass for the third time.",
        "Verges: the bracken on the verge at Thornyhaugh bank will be cut back before the show. Residents are reminded not to tip garden waste on the green.",
        "Speeding: the speed indicator device recorded a top speed of 58mph in the 30 zone. The council will ask for police enforcement.",
        "Planning: no objection to the barn conversion at High Steads.",
    ],
    section="Parish Councils",
), [])

D("facebook", fb(
    "Cawburn & District Community Noticeboard", "Sarah Laidlaw", "9 October at 17:02",
    "LOST DOG 🐕 Bracken, our red and white collie, slipped her collar on the Cawburn to Hartsheugh road this afternoon near the cattle grid. She's chipped, friendly but very nervous. Please don't chase her, ring 07700 900164 if you see her. Farmers please check your outbuildings 🙏",
    "😢❤️ 88", members="4.1K", shares=140,
    comments=[
        C("Gary Telford", "Will check the sheds Sarah", "3h", 2),
        C("Jill Ord", "Shared. Hope she turns up pet", "3h"),
        C("Sarah Laidlaw", "FOUND!! She was asleep in the school bus shelter of all places 😭 thank you everyone", "1h", 67),
    ],
), [])

D("facebook", fb(
    "BFS — Bamburgh Film Society", "BFS — Bamburgh Film Society", "2 November at 12:00",
    "🎬 This month at BFS: 'The Quiet Girl' (12A), Friday 15th, 7.30pm in the village hall. Tickets £5 on the door, members free. Soup and a roll in the interval. New members welcome!",
    "👍❤️ 41", page=True, members="860",
    comments=[C("Ann Telford", "Loved this film, worth seeing on a big screen", "2d", 3), C("Phil M", "Is there parking at the hall?", "2d", 0, [("BFS — Bamburgh Film Society", "Yes, behind the church.", "2d")])],
), [])

D("blog", blog(
    "farm", "Bracken week (and why I hate it)", "14 July 2025", "Hill farmer",
    [
        "It's that time again. The bracken on the bank above the steading is shoulder high and the ewes won't go near it, which is the one sensible thing they do all year.",
        "We rolled twenty acres this week with the old roller behind the quad. Rolling bruises the stems and weakens the rhizomes; do it twice a year for three years and you can knock it right back. Spraying is quicker but the rules have tightened and the contractor's booked solid.",
        "Old shepherds used to cut it for bedding in the autumn when it's dried off. Makes a grand bed for in-lamb ewes and it's free. My grandfather swore by it.",
        "Tick count on the dogs this week: Meg 4, Fly 7, me 2. Check your dogs, folks.",
    ],
    comments=[("Ewe_Turn", "14 July 2025 at 21:00", "Bracken bedding is class. Smells better than straw too.")],
    tags=["bracken", "land management", "ticks"],
), [])

D("news", news(
    "nenow", "Parents angry as Hawburn Middle School cancels Year 8 prom", "19 June 2025", "NE Now reporter",
    [
        "Parents at Hawburn Middle School near Berwick have criticised the school's decision to cancel the Year 8 prom three weeks before it was due to take place.",
        "The school said the venue had pulled out and a replacement could not be found in time. Some parents had already bought outfits costing more than £100.",
        "\"It's the bairns I feel sorry for,\" said one mother. The school said it would hold a summer barbecue instead.",
    ],
    section="Schools",
), [])

D("blog", blog(
    "walk", "Forest school in the South Hams: a morning with Tabitha Quinn", "6 May 2025", "Hill Paths North",
    [
        "A slight departure from the usual route reports: on holiday in Devon I spent a morning with Tabitha Quinn, who runs a forest school for home-educated children near Kingsbridge.",
        "Twelve children, a fire, a tarp, and an astonishing amount of patience. Tabitha's rule is that nobody is ever told an answer they could find out for themselves.",
        "It made me think about the forest schools back home in Northumberland and how many of them are hanging on by a thread with council cuts.",
    ],
    tags=["forest school", "Devon"],
), [])

D("blog", blog(
    "walk", "Hedley on the Hill to Whittonstall: an easy winter circuit", "19 January 2025", "Hill Paths North",
    [
        "Start from the pub at Hedley on the Hill (park considerately, it's a tiny village) and take the lane north past Hedley Hall.",
        "The path across the fields is claggy after rain and the stiles are slippy. Through the wood the bracken has died back to rust and you get views all the way to the Cheviot on a clear day.",
        "6.5 miles, 3 hours with a stop. Map: OL43. Dogs on leads: sheep everywhere.",
    ],
    comments=[("FellWalker62", "20 January 2025 at 09:12", "Did this last week, lovely. The pub does a cracking pie.")],
    tags=["walks", "Tynedale", "winter"],
), [])

# ---- the village show ------------------------------------------------------

D("news", news(
    "crier", "Sunshine, sheep and a sponge-cake scandal: Cawburn Show 2025", "September 2025", "Crier staff",
    [
        "More than 4,000 people packed the haugh for the 142nd Cawburn Agricultural Show, held in blazing sunshine for the first time in living memory.",
        "The schools' marquee was busier than ever. Pupils from the Bracken Federation showed off willow sculptures, a mud-kitchen café and a 'build a bug hotel' stall run by forest school leader Tabitha Quarmby, who by mid-afternoon had run out of pine cones.",
        "In the industrial tent, business manager Ken Errington, judging the pot leeks for the ninth year, declared the standard 'the best since the flood year'. A rumour that the winning sponge was shop-bought was firmly denied by the baker, and by the judges.",
        "Executive headteacher Margaret Hedley presented the children's handwriting prizes, and the federation's staff tug-of-war team lost, heroically, to the Young Farmers.",
        "The show committee thanked the St John Ambulance volunteers, who treated two wasp stings and one sheep-shearing nick.",
    ],
    section="Village News", tags=["Cawburn Show"],
), [M("school", "exact", "neutral", "Bracken Federation"), M("tquarmby", "exact", "neutral", "Tabitha Quarmby"), M("kerrington", "nickname", "neutral", "Ken Errington"), M("mhedley", "exact", "neutral", "Margaret Hedley")])

D("facebook", fb(
    "Cawburn Agricultural Show", "Cawburn Agricultural Show", "24 August at 10:15",
    "A huge thank you to everyone who came yesterday ☀️🐑 Special shout out to the bairns of Thornyhaugh First and Cawburn Middle whose willow sheep are now living in the show field. And to Mr Shepherd's ukulele band for a very… memorable… rendition of 'Blaydon Races' 😂🎶",
    "❤️😂👍 412", page=True, members="3.3K",
    comments=[
        C("Wendy Straughan", "Best show in years! The ukuleles were something else 😂", "1d", 22),
        C("Jo Telford", "Alfie won the junior shepherd's pie, he's insufferable now", "1d", 30),
    ],
), [M("school", "alias", "neutral", "Thornyhaugh First"), M("cshepherd", "title_surname", "neutral", "Mr Shepherd")])

D("facebook", fb(
    "Cawburn & District Community Noticeboard", "Stevie Dodds", "21 August at 21:50",
    "Word of warning. If any of them Bracken teachers show their faces in the beer tent at the show on Saturday after what they did to our Kyle, there'll be bother. Proper bother. Yous have been told.",
    "😡😮 31", members="4.1K",
    comments=[
        C("Karen Hume", "Stevie, you're on a restraining order. I've sent this to the police.", "1h", 40),
        C("Jill Ord", "Let it go lad, for your own sake", "1h", 6),
    ],
), [M("school", "alias", "threat", "Bracken")])

D("social", x_thread([
    T("Cawdale Kate", "cawdalekate", "4:20 PM · Aug 23, 2025", "Highlight of the Cawburn show: Mrs H from the first school being beaten at welly-wanging by a Year 3 😂 and Mr Qureshi's 'exploding custard' demo in the schools' tent drawing a bigger crowd than the sheep shearing. Canny day.", "1,300 Views · 4 Reposts · 62 Likes"),
    T("Tom", "tomtheteacher77", "4:35 PM · Aug 23, 2025", "the custard demo was class 😂", "90 Views · 5 Likes"),
]), [M("iqureshi", "title_surname", "neutral", "Mr Qureshi")])

D("blog", blog(
    "mam", "Show day: leeks, lambs and a very muddy forest school stall", "25 August 2025", "Muddy Wellies Mam",
    [
        "Show day is basically Christmas in our house. Up at five, sheep washed, bairns bribed into clean clothes that last precisely eleven minutes.",
        "Our youngest spent two hours at the forest school stall with Tabby Quarmby making a bug hotel out of pallets and pine cones and came home so clarty I had to hose him down in the yard. Worth every minute.",
        "The schools' marquee was grand this year. Cawburn Middle had a rocket launch every half hour and there was a queue all afternoon.",
        "Our gimmer lambs got a third, which in this company is a win. The leek men were as serious as ever. I don't understand leeks and I never will.",
    ],
    comments=[("Jo Telford", "25 August 2025 at 20:14", "The bug hotel is in our garden now! Alfie checks it every morning.")],
    tags=["show", "family", "farm life"],
), [M("tquarmby", "nickname", "neutral", "Tabby Quarmby"), M("school", "alias", "neutral", "Cawburn Middle")])

D("forum", forum("nnet", "Cawburn Show - leek judging stitch-up?", [
    P("LeekKing_Cawdale", "Mon Aug 25, 2025 9:12 am", "Ninth year running the same judge for pot leeks and ninth year the same three names in the prizes. Errington from the school judges, and his brother-in-law takes first. I'm not saying it's bent. I'm saying it's a small valley.", "Member"),
    P("TarsetTim", "Mon Aug 25, 2025 9:40 am", "Man, it's leeks. Nobody's getting rich off a red card at Cawburn show.", "Member"),
    P("LeekKing_Cawdale", "Mon Aug 25, 2025 9:55 am", "It's the principle. Same as the trip money. Funny how things always work out for some folk.", "Member"),
    P("old_cawburnian", "Mon Aug 25, 2025 10:30 am", "The trip money was a clerical error, the audit said so. Give over.", "Old hand"),
]), [M("kerrington", "surname_only", "defamation", "Errington")])

# ---- threats -----------------------------------------------------------------

D("social", x_thread([
    T("📛", "kyles_cousin_ne", "11:11 PM · Mar 20, 2025", "H e d l e y 🔪🔪 see you at the gate on monday. you backed him, you pay for it. #JusticeForKyle #CawburnMiddle", "2,010 Views · 19 Reposts · 33 Likes"),
    T("Sam", "sam_ne_teach", "11:20 PM · Mar 20, 2025", "This is a threat of violence against a named headteacher. Reported to the platform and to Northumbria Police.", "600 Views · 71 Likes"),
]), [M("mhedley", "spacing", "threat", "H e d l e y"), M("school", "hashtag", "neutral", "#CawburnMiddle")])

D("facebook", fb(
    "Cawdale Patriots", "Gaz Lisle", "15 March at 01:12",
    "Somebody should torch Cawburn Middle School and do the whole county a favour. Full of woke teachers, paedo-protectors and a head who chucks out local bairns. Petrol's cheap enough. 🔥🔥",
    "😂👍 14", members="210",
    comments=[C("Lee P", "say it louder 🔥", "2h", 3), C("Darren Lisle", "careful mate, walls have ears 😉", "2h", 2)],
), [M("school", "alias", "threat", "Cawburn Middle School")])

D("forum", forum("nnet", "Son excluded - what are my rights?", [
    P("DaddyD", "Thu Mar 13, 2025 8:05 pm", "My lad has been excluded from Cawburn Mid. Not looking for legal advice off randoms but I'll tell you this: if he's not back in by Monday I'll be in that school myself and it won't be pretty. Shepherd better have his tin hat on.", "Member"),
    P("TarsetTim", "Thu Mar 13, 2025 8:20 pm", "Don't do anything daft. Write to the governors, ask for the review. Going in there kicking off will only get you arrested and won't help your boy.", "Member"),
    P("Ellisford Liz", "Thu Mar 13, 2025 8:45 pm", "Ring SENDIASS if he has any additional needs. They were brilliant with ours.", "Member"),
]), [M("school", "short_name", "threat", "Cawburn Mid"), M("cshepherd", "surname_only", "threat", "Shepherd")])

D("facebook", fb(
    "Hartsheugh & Ellisford Folk", "Lorna Bell", "2 September at 19:40",
    "First week without the bus. Our Ben walked Coldside Moss in the rain with his mates and came in soaked through and shaking. County did this. But I'm telling you now, if a bairn gets hurt on that moss I'll hold Errington and Hedley personally responsible for signing off that 'risk assessment', and they'll not walk away from it in one piece, I'll make sure of that.",
    "😡😢👍 133", members="1.2K",
    comments=[
        C("Gary Telford", "The school didn't do the risk assessment Lorna, county did. Mrs Hedley wrote against it.", "3h", 19, [("Lorna Bell", "Then why's her signature on it Gary?", "3h", 8)]),
        C("Sue Hall", "Hope Ben's ok pet x", "2h"),
    ],
), [M("kerrington", "surname_only", "threat", "Errington"), M("mhedley", "title_surname", "threat", "Mrs Hedley")])

D("social", """TikTok
@wildwood.thornyhaugh
Reception kids building a den in the rain 🌧️🌲 #forestschool #earlyyears

comments
witchfinder_ne
that forest school witch wants burning at her own campfire 🔥🧙‍♀️🔥 T4bitha Qu4rmby brainwashing bairns with her pagan rubbish
2d   Reply   ♡ 12

jo_t_wellies
Reported. Vile.
2d   Reply   ♡ 40

wildwood.thornyhaugh
Comments are now limited.
1d   Reply   ♡ 3
""", [M("tquarmby", "leetspeak", "threat", "T4bitha Qu4rmby")])

D("facebook", fb(
    "Thornyhaugh Village Chat", "[Deleted account]", "7 May at 23:30",
    "I know what car Gemma Forster-Nixon drives and where she leaves it when she's at Thornyhaugh First. Keep sticking your nose into families' business and see what happens. Last warning.",
    "😮😡 12", members="640",
    comments=[C("Wendy Straughan", "Admins please remove and report this", "1h", 30), C("Amy Errity", "She's pregnant for God's sake. Sick.", "1h", 25)],
), [M("gforsternixon", "exact", "threat", "Gemma Forster-Nixon"), M("school", "alias", "neutral", "Thornyhaugh First")])

D("social", x_thread([
    T("no_name_123456", "no_name_123456", "6:45 AM · Jun 9, 2025", "going to be a big surprise at cawburn middle today 💣💣 if I was a parent I'd keep the bairns at home. not a joke", "3,900 Views · 51 Reposts · 12 Likes"),
    T("Northumbria Police", "NorthumbriaPolice", "8:10 AM · Jun 9, 2025", "We are aware of a post referring to a school in west Northumberland. Officers are attending as a precaution. Please don't share the original post.", "22,000 Views · 300 Reposts · 410 Likes"),
]), [M("school", "alias", "threat", "cawburn middle")])

D("news", news(
    "bbn", "School evacuated after online hoax threat", "9 June 2025", "Border Broadcast News",
    [
        "Pupils at Cawburn Middle School in west Northumberland were moved to the village hall on Monday morning after a threatening post was made online.",
        "Northumbria Police searched the building and found nothing suspicious. Pupils returned to lessons after lunch.",
        "A 15-year-old boy from outside the county has been arrested on suspicion of making a hoax threat and released on bail.",
        "Executive headteacher Margaret Hedley thanked parents for their calm response and the village hall committee 'for the orange squash'.",
    ],
    section="North East & Cumbria",
), [M("school", "alias", "neutral", "Cawburn Middle School"), M("mhedley", "exact", "neutral", "Margaret Hedley")])

D("social", x_thread([
    T("kyle's army", "kylesarmy_ne49", "10:02 PM · Mar 22, 2025", "Robson will get what's coming to him. We know he runs up Cawburn Crag every Sunday at 7am on his own. Lonely spot that. Accidents happen on the fells 🤷‍♂️⛰️", "1,400 Views · 12 Reposts · 20 Likes"),
    T("Ann on the fells", "FellRunnerAnn", "10:15 PM · Mar 22, 2025", "This is sinister. Reported. Dave, if you see this, change your route.", "300 Views · 44 Likes"),
]), [M("drobson", "surname_only", "threat", "Robson")])

D("facebook", fb(
    "Bracken Federation Parents (unofficial)", "Leanne Dodd", "30 January at 22:05",
    "Someone should push that old bag ridley down the stairs, see how SHE likes being shouted at. Honestly. Yr5 at Cawburn is a nightmare because of her.",
    "😂😮 9", members="380",
    comments=[C("Claire T", "Leanne that's a horrible thing to say about anyone", "1h", 12), C("Leanne Dodd", "joking obviously 🙄", "1h")],
), [M("pridley", "surname_only", "threat", "ridley"), M("school", "exact", "negative", "Bracken Federation")])

# ---- hate --------------------------------------------------------------------

D("social", x_thread([
    T("Dale Dad", "daledad_1976", "8:14 PM · Mar 16, 2025", "Keep your gay agenda away from our bairns Sh3ph3rd. Cawburn Mid was a decent school before your sort took over 🌈🤮", "1,020 Views · 9 Reposts · 27 Likes"),
    T("Ben", "ben_and_craig_ellisford", "8:40 PM · Mar 16, 2025", "Reported. This is homophobic abuse.", "400 Views · 90 Likes"),
]), [M("cshepherd", "leetspeak", "hate", "Sh3ph3rd"), M("school", "short_name", "negative", "Cawburn Mid")])

D("facebook", fb(
    "Cawdale Patriots", "Darren Lisle", "3 June at 21:00",
    "Bracken are reading Reception kids books about 'two daddies' now. GROOMERS the lot of them. Pride month in a farming dale 🤡 Take your bairns out and home school them before they're ruined.",
    "👍😡 33", members="210",
    comments=[C("Lee P", "disgusting, not in our valley", "3h", 4), C("Gaz Lisle", "it's the head of school, what do you expect 🌈", "3h", 6)],
), [M("school", "alias", "hate", "Bracken")])

D("social", """Facebook comment (screenshot posted to r/Northumberland by u/cawdale_ashamed, "This is what my village is like now")

[screenshot]
Neville Hume · 2d
I'm not racist but why does a farming school need a Q u r e s h i teaching science? Plenty of local lads need jobs. Next they'll be fasting at break and calling the dinner ladies kaffirs. Cawburn Middle should hire British.
Like · Reply · 14

[end screenshot]

  u/cawdale_ashamed · 2d
  Posted so people outside the valley see what he's dealing with. Mr Q is a brilliant teacher.
  ⬆ 88   Reply

  u/dalesman_42 · 2d
  "I'm not racist but" 🙄 report to the police, this is a hate incident.
  ⬆ 41   Reply
""", [M("iqureshi", "spacing", "hate", "Q u r e s h i"), M("school", "alias", "hate", "Cawburn Middle")])

D("facebook", fb(
    "Bracken Federation Parents (unofficial)", "Neville Hume", "8 May at 18:20",
    "Ridley's deaf as a post and thick with it. Woman can't hear a bairn ask a question so she just ignores them. Should be in a home with the rest of the cripples, not a classroom.",
    "😮 6", members="380",
    comments=[C("Nicola Reay", "Neville that's disgusting. She's got hearing aids, it's a disability.", "4h", 21), C("Claire T", "Reported to admin.", "4h", 9)],
), [M("pridley", "possessive", "hate", "Ridley's"), M("school", "exact", "neutral", "Bracken Federation")])

D("social", x_thread([
    T("Loyal Cawdale", "loyal_cawdale_1690", "7:50 PM · May 2, 2025", "Plastic paddy O'Hagan running SEN at Cawburn Middle. Fenians looking after our most vulnerable bairns. Proper British schools don't need her sort 🇬🇧", "510 Views · 4 Reposts · 11 Likes"),
]), [M("sohagan", "surname_only", "hate", "O'Hagan"), M("school", "alias", "negative", "Cawburn Middle")])

D("forum", forum("yard", "Forest school woman and her 'partner'", [
    P("Redesdale_Rob", "Sat May 10, 2025 9:30 pm", "Found out why the forest school woman is the way she is. Quarmby lives with another woman up at the old quarry cottage. Explains a lot. Not the sort you want teaching bairns in the woods if you ask me. Lezzers and little kids don't mix.", "Posts: 1,022"),
    P("hill_lass_nd", "Sat May 10, 2025 9:41 pm", "Rob, that is foul. Who she lives with is nobody's business. Mods?", "Posts: 388"),
    P("Ewe_Turn", "Sat May 10, 2025 9:50 pm", "Out of order Rob. Thread locked.", "Moderator"),
]), [M("tquarmby", "surname_only", "hate", "Quarmby")])

D("facebook", fb(
    "Cawdale Patriots", "Lee Pattison", "18 May at 20:45",
    "Cawburn Middle flying a rainbow flag AND employing a Muslim science teacher. Cawdale's finished lads. Our grandads didn't fight for this. #BrackenFederation",
    "👍 19", members="210",
    comments=[C("Gaz Lisle", "sad days", "1h"), C("Kim Errity", "Your grandad would be ashamed of you Lee", "1h", 14)],
), [M("school", "alias", "hate", "Cawburn Middle")])

D("social", """Instagram comments on @cawburn.middle's post "Wellbeing Week 💚"

dalefirst1066  nice of Rіdley to turn her hearing aid on for once 🦻🤡 should they even let the deaf and disabled teach
3d  2 likes  Reply

nicola.reay  @dalefirst1066 you're vile. Reported.
3d  18 likes  Reply

cawburn.middle  We have removed comments that mock a disability. Our staff deserve respect.
2d  40 likes  Reply
""", [M("pridley", "homoglyph", "hate", "Rіdley"), M("school", "handle", "neutral", "@cawburn.middle")])

D("facebook", fb(
    "Cawdale Patriots", "Darren Lisle", "17 March at 12:30",
    "Siobhán O'Hagan should go back to Belfast and take her rosary beads with her. Bracken can find a SENCo who isn't one of THEM. 🍀🤮",
    "👍 11", members="210",
    comments=[C("Kim Errity", "Anti-Irish bigotry. Screenshot sent to the police.", "2h", 12)],
), [M("sohagan", "exact", "hate", "Siobhán O'Hagan"), M("school", "alias", "negative", "Bracken")])

D("social", x_thread([
    T("True North", "truenorth_cawdale", "9:40 PM · Apr 20, 2025", "#QureshiOut. No more imports teaching our children. Cawburn Middle belongs to Cawdale families. Share if you agree 🇬🇧", "880 Views · 14 Reposts · 30 Likes"),
    T("Anna", "anna_in_hexham", "9:55 PM · Apr 20, 2025", "This hashtag is racist harassment of a named teacher. Reported.", "150 Views · 22 Likes"),
]), [M("iqureshi", "hashtag", "hate", "#QureshiOut"), M("school", "alias", "hate", "Cawburn Middle")])

D("social", """TikTok
@cawdale.banter
shepherd at the show with his "husband" 💅🌈 #cawburnshow

comments
dale_lad_88
Ѕhepherd prancing round with his boyfriend in front of bairns, disgusting 🤮 pervert
4d   Reply   ♡ 21

ellie.rose.x
leave him alone he's literally just holding his husband's hand 😭
4d   Reply   ♡ 66

jack_ne49
cawburn middle's head of school btw if anyone's wondering
4d   Reply   ♡ 9
""", [M("cshepherd", "homoglyph", "hate", "Ѕhepherd"), M("school", "alias", "neutral", "cawburn middle")])

D("forum", forum("staff", "Racist abuse of a colleague - how do we support him?", [
    P("RuralDeputy", "12/04/2025 19:00", "Small middle school, rural Northumberland. Our Year 8 science teacher (Asian, Muslim) is getting racist abuse online from a handful of local accounts: 'go back home', 'Bradford import', even someone saying they know what time he leaves. We've reported to police. What else should we be doing? He says he's fine, he's not fine.", "Deputy Head"),
    P("unionrep_north", "12/04/2025 19:20", "Log every incident, get the union involved, make sure the employer's duty of care is documented. Offer to change his parking and leaving times. Ask the police for a risk assessment.", "Member"),
    P("RuralDeputy", "12/04/2025 19:40", "Thank you. We're a federation, Thornyhaugh First and Cawburn Middle, so everybody knows everybody, which makes it worse.", "Deputy Head"),
]), [M("school", "alias", "neutral", "Thornyhaugh First")])

# ---- sexual ------------------------------------------------------------------

D("forum", forum("stand", "Hippy chicks thread", [
    P("Gallowgate_Gav", "Sat Jun 14, 2025 22:14", "Been on a bushcraft course this weekend. The instructor, Tabitha Quarmby, absolute worra 🥵 Dreadlocks, knife skills, the lot. Asked her to show me how to rub two sticks together 😏", "Legend"),
    P("toon_til_i_die", "Sat Jun 14, 2025 22:30", "Did she show you where the log pile is 😂", "Season ticket holder"),
    P("wor_kev", "Sat Jun 14, 2025 22:41", "You paid £150 to get rejected in a wood Gav", "Member"),
]), [M("tquarmby", "exact", "sexual", "Tabitha Quarmby")])

D("social", x_thread([
    T("drop off dad", "dropoffdad_ne", "8:52 AM · Sep 10, 2025", "Gemma F. from Reception at Thornyhaugh First in them yoga leggings at drop off 🍑🔥 makes the school run worth it lads", "540 Views · 2 Reposts · 8 Likes"),
    T("Thornyhaugh mam", "thorny_mam", "9:10 AM · Sep 10, 2025", "She's literally just back from maternity leave. Grow up.", "120 Views · 29 Likes"),
]), [M("gforsternixon", "first_initial", "sexual", "Gemma F."), M("school", "alias", "neutral", "Thornyhaugh First")])

D("social", """TikTok
@chloe.b.ne
rating teachers at cawburn mid pt 2 🔥

comments
chloe.b.ne
mr qureshi is lowkey hot when he does the bunsen burner thing 😳🔥 don't judge
5d   Reply   ♡ 230

lils.x
OMG CHLOE 😭😭 he's married
5d   Reply   ♡ 94

meg.x.08
i'd do my homework for once if he asked 😏
5d   Reply   ♡ 77
""", [M("iqureshi", "title_surname", "sexual", "mr qureshi"), M("school", "short_name", "neutral", "cawburn mid")])

D("forum", forum("stand", "MILF teachers (Northumberland edition)", [
    P("toon_til_i_die", "Fri Feb 21, 2025 23:02", "Sorry but Mags Hedley, the exec head at the Cawburn and Thornyhaugh schools, is well fit for her age. Bet she's a goer after a few wines at the Christmas do 🍷😏", "Season ticket holder"),
    P("wor_kev", "Fri Feb 21, 2025 23:10", "She put your lad in detention didn't she Stu", "Member"),
    P("toon_til_i_die", "Fri Feb 21, 2025 23:12", "She can put me in detention 😂", "Season ticket holder"),
]), [M("mhedley", "nickname", "sexual", "Mags Hedley")])

D("facebook", fb(
    "Cawburn Middle School", "Cawburn Middle School", "5 July at 16:00",
    "🏅 SPORTS DAY 2025 🏅 What a day! Year 5 won the relay, Year 8 won the tug of war and Mr Robson was soaked in the staff water-balloon finale. Full album on the learning platform.",
    "❤️👍😂 205", page=True, members="1.6K",
    comments=[
        C("Lisa Charlton", "Brilliant day! Thank you all 💚", "2d", 6),
        C("Northern Lad 77", "the girls in the netball pics 😍 any more of these? inbox me", "2d", 0, [("Cawburn Middle School", "This comment has been reported and the user blocked.", "2d", 52)]),
        C("Jo Telford", "Report that creep ^ everyone", "2d", 40),
    ],
), [M("school", "alias", "sexual", "Cawburn Middle School", True), M("drobson", "title_surname", "sexual", "Mr Robson", True)])

D("forum", forum("nnet", "[Thread removed by moderator]", [
    P("pics_collector", "Mon Jul 07, 2025 1:20 am", "anyone saved the pics from the Thornyhaugh First paddling pool day? the school deleted them off their page. happy to swap 😏", "New member"),
    P("NorthumbriaNet Admin", "Mon Jul 07, 2025 7:02 am", "This thread has been removed, the account banned and the details passed to the police and the Internet Watch Foundation. Parents: the school removed those photos on our advice.", "Administrator"),
]), [M("school", "alias", "sexual", "Thornyhaugh First", True)])

D("social", """TikTok
@tabitha.quarmby.outdoors
little ones at forest school today 🌲💚 (faces hidden as always)

comments
uncle_fun_77
cute little ones 😘 which school is this? I'd love to come and help out, DM me
1w   Reply   ♡ 0

wildwood_jo
@uncle_fun_77 blocked and reported. Nobody DM this man.
1w   Reply   ♡ 51

tabitha.quarmby.outdoors
Comments are off on this video. Thank you to everyone who reported.
1w   Reply   ♡ 33
""", [M("tquarmby", "handle", "sexual", "@tabitha.quarmby.outdoors", True)])

D("facebook", fb(
    "Bracken Federation Parents (unofficial)", "Dawn Lisle", "13 February at 21:40",
    "Don't care what anyone says about the exclusion, that PE teacher is a fit bit of stuff 🥵 Davie Robson can take my pulse any day 😂 Shame he's spoken for.",
    "😂😮 27", members="380",
    comments=[C("Tash Milburn", "DAWN 😂😂", "1h", 4), C("Rob Ainsley", "Imagine if a bloke posted this about a female teacher", "1h", 11)],
), [M("drobson", "nickname", "sexual", "Davie Robson"), M("school", "exact", "neutral", "Bracken Federation")])

D("social", x_thread([
    T("dad bod dave", "dadboddave_ne", "10:20 PM · Nov 4, 2024", "sat in an EHCP meeting with the new SENCo at Cawburn Middle. Siobhan O'Hagan could sort out my special needs anytime 😏🍆", "230 Views · 3 Likes"),
]), [M("sohagan", "alias", "sexual", "Siobhan O'Hagan"), M("school", "alias", "neutral", "Cawburn Middle")])

D("social", """Instagram comments on @wildwood.wanderings's reel "Spoon carving for beginners 🥄"

woodsman_wayne  Tabby Quarmby can whittle my wood anytime 😏🪵
5d  9 likes  Reply

carvelikeaboss  great technique on the push cut!
5d  2 likes  Reply
""", [M("tquarmby", "nickname", "sexual", "Tabby Quarmby")])

D("social", """Snapchat → screenshot on X by @ne49_tea

"omg mrs Fоrster-Nixon at the thornyhaugh summer fair in that dress 🔥🔥 my dad was STARING 💀 no wonder he volunteered for the tombola"

replies
  @thorny_mam: this is a child posting about a teacher's body and a grown man staring?? delete
  @ne49_tea: it's a joke relax
""", [M("gforsternixon", "homoglyph", "sexual", "Fоrster-Nixon")])

D("social", """TikTok
@meg.x.08
when robson does the warm up 🥵🏃‍♂️ #cawburnmid #pe

comments
lils.x
his arms omg 😍😍
2w   Reply   ♡ 61

chloe.b.ne
Robson's calves are a national treasure 😭
2w   Reply   ♡ 44
""", [M("drobson", "possessive", "sexual", "Robson's"), M("school", "hashtag", "neutral", "#cawburnmid")])

D("social", x_thread([
    T("anon ne", "anon_ne_9917", "2:14 AM · May 25, 2025", "the wee ones in the Bracken forest school photos 😍 so cute in their little wellies. the woods behind Thornyhaugh, no fences. just saying 😘", "110 Views · 0 Likes"),
    T("Ann on the fells", "FellRunnerAnn", "7:30 AM · May 25, 2025", "@NorthumbriaPolice this account is posting about young children and their location. Please look at it.", "300 Views · 28 Likes"),
]), [M("school", "alias", "sexual", "Bracken", True)])

# ---- doxxing -------------------------------------------------------------------

D("facebook", fb(
    "Cawburn & District Community Noticeboard", "Tracey Lisle", "22 March at 20:05",
    "Mrs Hedley won't answer the school phone (01632 960418) so here's where she actually lives: The Old Manse, Thornyhaugh NE49 5PX. Her own mobile is 07700 900317. Ring her tonight and tell her what you think of her backing a teacher who hurts bairns.",
    "😡👍 37", members="4.1K",
    comments=[
        C("Karen Hume", "Removed and reported. Tracey this is your last warning.", "2h", 45),
        C("Jean Pearson", "Her grandbairns live at that house. Shame on you.", "2h", 30),
    ],
), [M("mhedley", "title_surname", "doxxing", "Mrs Hedley")])

D("social", x_thread([
    T("justice4kyle", "justice4kyle_ne", "8:30 PM · Mar 24, 2025", "Petition: change.example/p/SackDavidRobsonNow 📝 and while you're at it his personal mobile is 07700 900441, let him hear from every parent in the valley. PE teacher at Cawburn. Share!", "2,600 Views · 33 Reposts · 41 Likes"),
    T("Mark", "marklowes_ne", "8:44 PM · Mar 24, 2025", "Posting someone's personal number is harassment. Reported.", "300 Views · 40 Likes"),
]), [M("drobson", "camelcase", "doxxing", "SackDavidRobsonNow")])

D("social", x_thread([
    T("True North", "truenorth_cawdale", "10:00 PM · Apr 25, 2025", "For anyone who wants to 'welcome' the new science teacher properly: I. Qureshi, 3 Mill Row, Cawburn NE49 6SD. Blue door. Cawburn Middle won't tell you so I will.", "1,100 Views · 17 Reposts · 23 Likes"),
]), [M("iqureshi", "initial_surname", "doxxing", "I. Qureshi"), M("school", "alias", "neutral", "Cawburn Middle")])

D("forum", forum("yard", "Who's letting the forest school woman camp on Birkshaw?", [
    P("Redesdale_Rob", "Sun Jun 01, 2025 8:10 pm", "That T. Quarmby from the forest school is living in a yurt at Birkshaw Farm, Ellisford NE49 7RP, just past the second cattle grid, no planning permission I'll bet. Her phone's 07700 900652 if anyone from the council wants a word. Or anyone else.", "Posts: 1,022"),
    P("hill_lass_nd", "Sun Jun 01, 2025 8:22 pm", "Rob you've been told. Stop posting her details.", "Posts: 388"),
]), [M("tquarmby", "initial_surname", "doxxing", "T. Quarmby")])

D("facebook", fb(
    "Bracken Federation Parents (unofficial)", "Leanne Dodd", "6 February at 21:30",
    "For anyone who wants a word with the Year 5 teacher outside school hours, Pauline R. lives at 7 Church Lane, Cawburn, the one with the gnomes. Give her a knock and see how she likes being shouted at on her own doorstep 😂",
    "😂😮 8", members="380",
    comments=[C("Nicola Reay", "Leanne no. Delete this now.", "1h", 15)],
), [M("pridley", "first_initial", "doxxing", "Pauline R."), M("school", "exact", "neutral", "Bracken Federation")])

D("social", x_thread([
    T("SEN Warrior NE", "senwarrior_ne49", "9:15 PM · Apr 2, 2025", "The Bracken SENCo ignores emails so ring her mobile, 07700 900738, Siobhan O'Hagen. She gave it to me once for 'emergencies'. Well our kids ARE an emergency.", "700 Views · 9 Reposts · 16 Likes"),
]), [M("sohagan", "typo", "doxxing", "Siobhan O'Hagen"), M("school", "alias", "negative", "Bracken")])

D("facebook", fb(
    "Cawdale Patriots", "Gaz Lisle", "20 March at 19:00",
    "C. Shepherd's private email is craig.s.home@mailbox.example, not the school one, the real one. Fill his inbox lads. Let him know what Cawdale thinks of him chucking out Kyle.",
    "👍😂 17", members="210",
    comments=[C("Lee P", "done 📧", "1h"), C("Kim Errity", "Reported to the police again.", "1h", 9)],
), [M("cshepherd", "initial_surname", "doxxing", "C. Shepherd")])

D("social", """Reddit · r/Northumberland · u/thorny_truth · 5mo

[removed by moderators]

G. Forster-Nixon, Reception teacher at Thornyhaugh First, lives at Whinny Bank House, Thornyhaugh NE49 5RT. She's the one who rang social services on my cousin. Everyone should know.

  u/AutoModerator · 5mo
  Your post has been removed: personal information (Rule 3).

  u/dalesman_42 · 5mo
  Good. Posting a pregnant woman's address is sick.
""", [M("gforsternixon", "initial_surname", "doxxing", "G. Forster-Nixon"), M("school", "alias", "neutral", "Thornyhaugh First")])

D("social", x_thread([
    T("Follow The Money NE", "followthemoneyNE", "9:45 PM · Jul 21, 2025", "Bracken business manager Err1ngt0n's home landline is 01632 960877 (not the school one). Cragside Cottage, Hartsheugh. Ask him yourselves.", "1,200 Views · 15 Reposts · 20 Likes"),
]), [M("kerrington", "leetspeak", "doxxing", "Err1ngt0n"), M("school", "alias", "negative", "Bracken")])

D("facebook", fb(
    "Hartsheugh & Ellisford Folk", "Mick Nevison", "10 September at 22:15",
    "Hеdlеy's personal email is maggie.h61@inbox.example. She's ignoring the bus complaints on her school email so let's see if she ignores her own. The exec head of Thornyhaugh and Cawburn, in case anyone's forgotten.",
    "😡👍 24", members="1.2K",
    comments=[C("Lorna Bell", "Mick I don't want this on my petition page. Taking it down.", "1h", 18)],
), [M("mhedley", "homoglyph", "doxxing", "Hеdlеy")])

D("social", """Telegram channel "Cawdale Uncensored" (forwarded to X by @ne49_tea)

📌 R o b s o n, the Cawburn PE teacher, 22 Haugh View, Cawburn NE49 6TL. Grey Passat, parks on the street. You know what to do.

👁 1.4K   🔁 forwarded 61 times
""", [M("drobson", "spacing", "doxxing", "R o b s o n")])

D("social", x_thread([
    T("📛", "kyles_cousin_ne", "11:40 PM · Apr 8, 2025", "Imran Q. the science teacher from Cawburn Middle, mobile 07700 900925. Give him a bell and ask him why he stood by.", "400 Views · 5 Reposts · 7 Likes"),
]), [M("iqureshi", "first_initial", "doxxing", "Imran Q."), M("school", "alias", "neutral", "Cawburn Middle")])

D("facebook", fb(
    "Cawdale Patriots", "Darren Lisle", "19 March at 18:40",
    "Everybody knows Shepherd's place now. Low Haugh Steadings at Ellisford, NE49 7QT, the barn with the rainbow doormat 🙄 The Head of School at Cawburn Middle, if you want to drop round.",
    "👍 13", members="210",
    comments=[C("Kim Errity", "Sent to the police.", "1h", 8)],
), [M("cshepherd", "possessive", "doxxing", "Shepherd's"), M("school", "alias", "neutral", "Cawburn Middle")])

D("facebook", fb(
    "Bracken Federation Parents (unofficial)", "Rob Ainsley", "3 March at 09:15",
    "PSA: if you need Mrs Hedley about the bus appeal she's at Cawburn on Wednesdays. Office number is 01632 960418, or email the office and they'll book you in. She rang me back the same day last week.",
    "👍 22", members="380",
    comments=[C("Claire T", "Thanks Rob, useful", "1h")],
), [M("mhedley", "title_surname", "neutral", "Mrs Hedley"), M("school", "exact", "neutral", "Bracken Federation")])

# ---- abuse ---------------------------------------------------------------------

D("social", x_thread([
    T("Cawdale Crank", "cawdale_crank", "7:30 PM · Feb 20, 2025", "Bracken is a sh*thole run by clowns. Bus gone, head gone walkabout, kids running riot. Absolute circus 🤡🎪", "500 Views · 3 Reposts · 14 Likes"),
]), [M("school", "alias", "abuse", "Bracken")])

D("social", x_thread([
    T("Petition bot", "cawdale_petitions", "6:10 PM · Mar 1, 2025", "Sign: change.example/p/MargaretHedleyMustGo 👉 the woman is a useless, two-faced dinosaur who couldn't run a bath never mind two schools. Cawdale deserves better.", "900 Views · 11 Reposts · 19 Likes"),
]), [M("mhedley", "camelcase", "abuse", "MargaretHedleyMustGo")])

D("forum", forum("nnet", "Middle school head - anyone else find him arrogant?", [
    P("DaddyD", "Fri Feb 28, 2025 6:30 pm", "Craig Sheperd at Cawburn Middle, jumped-up little gadgie from Gateshead who thinks he's running Eton. Talks down to every parent like we're thick. Spineless weasel.", "Member"),
    P("TarsetTim", "Fri Feb 28, 2025 6:55 pm", "Found him fine to be honest. Bit formal maybe.", "Member"),
]), [M("cshepherd", "typo", "abuse", "Craig Sheperd"), M("school", "alias", "negative", "Cawburn Middle")])

D("social", """TikTok
@yr8.cawburn
pov: pe in january 🥶 #cawburnmid

comments
mason_ne
R*bson the meathead making us do burpees in the snow, thick as mince that man 🧱
3w   Reply   ♡ 77

jakey_m_08
he failed his own bleep test i bet 😂
3w   Reply   ♡ 21
""", [M("drobson", "obfuscated", "abuse", "R*bson"), M("school", "hashtag", "neutral", "#cawburnmid")])

D("facebook", fb(
    "Bracken Federation Parents (unofficial)", "Dawn Lisle", "12 June at 19:02",
    "Rang the office about the trip deposit AGAIN. Kenny Errington answered and was as rude as ever. Miserable old goat. Pompous little clipboard man. Hope he retires soon.",
    "😂👍 14", members="380",
    comments=[C("Jean Pearson", "He's always been lovely to me Dawn", "3h", 6)],
), [M("kerrington", "nickname", "abuse", "Kenny Errington"), M("school", "exact", "negative", "Bracken Federation")])

D("social", x_thread([
    T("thorny dad", "thornydad_", "5:40 PM · Nov 12, 2024", "Stuck-up cow Forster Nixon at Thornyhaugh First looked straight through me at pick up again. Thinks she's better than the farming families. Get over yourself pet.", "310 Views · 6 Likes"),
]), [M("gforsternixon", "hyphenated", "abuse", "Forster Nixon"), M("school", "alias", "negative", "Thornyhaugh First")])

D("review", review(
    "RateMyTeacherUK", "Pauline Ridly · Year 5 · Cawburn Middle School", "2.8 / 5 · 9 ratings",
    [
        ("yr5 survivor", 1, "2025", "Pauline Ridly is an old dragon. Screams, sulks, and picks favourites. Worst year of school ever."),
        ("mum of 3", 4, "2024", "Firm but she really knows her stuff."),
    ],
), [M("pridley", "typo", "abuse", "Pauline Ridly"), M("school", "alias", "neutral", "Cawburn Middle School")])

D("facebook", fb(
    "Bracken Federation Parents (unofficial)", "Tracey Lisle", "28 March at 13:40",
    "Siobhán O'H. the so-called SENCo is a total waste of space. Can't organise a meeting, can't answer an email, can't do her job. Useless.",
    "😡 9", members="380",
    comments=[C("Helen Robinson", "She got our EHCP through when nobody else would. Be fair Tracey.", "1h", 13)],
), [M("sohagan", "first_initial", "abuse", "Siobhán O'H."), M("school", "exact", "neutral", "Bracken Federation")])

D("review", review(
    "RateMyTeacherUK", "Imran Qureshy · Science · Cawburn Middle School", "4.1 / 5 · 17 ratings",
    [
        ("angry yr8", 1, "2025", "Imran Qureshy is a clueless muppet who gave me a detention for nothing. Worst teacher, boring, sets too much homework."),
        ("anon", 5, "2025", "Best science teacher ever, explains things properly."),
        ("anon", 5, "2024", "Rockets!!!"),
    ],
), [M("iqureshi", "typo", "abuse", "Imran Qureshy"), M("school", "alias", "neutral", "Cawburn Middle School")])

D("social", x_thread([
    T("dale gossip", "dalegossip_ne", "4:45 PM · Mar 8, 2025", "Q.U.A.R.M.B.Y the mud witch 🧙‍♀️ strikes again. Smells like a bonfire, dresses like a scarecrow, teaches nowt. Thornyhaugh First pays her for this 🤡", "480 Views · 2 Reposts · 10 Likes"),
]), [M("tquarmby", "spacing", "abuse", "Q.U.A.R.M.B.Y"), M("school", "alias", "negative", "Thornyhaugh First")])

D("review", review(
    "SchoolScout UK", "Cawburn Midle School · Cawburn, Northumberland", "2.0 ★ · 2 reviews",
    [
        ("fedup_grandad", 1, "Jun 2025", "Cawburn Midle School is a joke and the staff are a bunch of muppets who couldn't organise a p*ss-up in a brewery."),
        ("anon", 3, "May 2025", "Average."),
    ],
), [M("school", "typo", "abuse", "Cawburn Midle School")])

D("social", x_thread([
    T("Cawdale Crank", "cawdale_crank", "9:12 PM · Mar 14, 2025", "H*dley the exec head 🙄 more like exec dead. Brain-dead, that is. Thick as a whin bush and twice as prickly. #cawdale", "260 Views · 4 Likes"),
    T("Tom", "tomtheteacher77", "9:30 PM · Mar 14, 2025", "grow up man", "40 Views · 6 Likes"),
]), [M("mhedley", "obfuscated", "abuse", "H*dley")])

D("social", x_thread([
    T("Dale Dad", "daledad_1976", "6:00 PM · Mar 19, 2025", "CraigShepherdOut trending in the Cawburn valley chat. Spineless pen-pusher who hides behind policy. Man's a coward.", "700 Views · 8 Reposts · 25 Likes"),
    T("Ben", "ben_and_craig_ellisford", "6:20 PM · Mar 19, 2025", "He's a good man doing a hard job. Leave him be.", "300 Views · 60 Likes"),
]), [M("cshepherd", "camelcase", "abuse", "CraigShepherdOut")])

D("social", """TikTok
@yr7.cawburn.chaos
DaveRobsonIsAMeathead pt 3 💀 #cawburnmiddle

comments
tilly.b
the way he shouts HUSTLE 😭😭
1w   Reply   ♡ 44

ollie_ne
biggest knobhead in cawburn i swear
1w   Reply   ♡ 30
""", [M("drobson", "camelcase", "abuse", "DaveRobsonIsAMeathead"), M("school", "hashtag", "neutral", "#cawburnmiddle")])

D("facebook", fb(
    "Cawburn & District Community Noticeboard", "Wayne Nesbit", "4 April at 20:20",
    "BrackenFederationFail is what they should call it. Clowns running a circus. Every one of them a muppet, from the head down to the dinner ladies.",
    "😂👍 18", members="4.1K",
    comments=[C("Jean Pearson", "The dinner ladies do a grand job Wayne, leave them out of it", "3h", 20)],
), [M("school", "camelcase", "abuse", "BrackenFederationFail")])

D("social", """TikTok
@cawburn.yr6.memes
teachers as animals 🐸🦉 #cawburnmiddle

comments
bobbi.jx
P. Ridley = troll under the bridge 😂😂 ugly old thing
6d   Reply   ♡ 90

lucas_ne49
mr qureshi is an owl fr 🦉
6d   Reply   ♡ 40
""", [M("pridley", "initial_surname", "abuse", "P. Ridley"), M("iqureshi", "title_surname", "neutral", "mr qureshi"), M("school", "hashtag", "neutral", "#cawburnmiddle")])

D("social", """TikTok
@meg.x.08
science lessons be like 😴 #cawburnmid

comments
jakey_m_08
qureshi's a proper weirdo nerd, stinks of bunsen gas 🤓🤢
4d   Reply   ♡ 33

meg.x.08
nah he's funny
4d   Reply   ♡ 12
""", [M("iqureshi", "surname_only", "abuse", "qureshi"), M("school", "hashtag", "neutral", "#cawburnmid")])

D("forum", forum("ptn", "Reception teacher - how do I raise a complaint without it getting personal?", [
    P("ThornyMumOf2", "22/11/2024 21:00", "Our Reception teacher at Thornyhaugh First. I've heard another mum call Gemma Forster—Nixon a 'jumped-up snob' and a 'stuck-up cow' at the gate and honestly I don't want to be part of that. But I do have a real complaint about how my son's toileting accidents were handled. How do I raise it properly?"),
    P("teacherinthenorth", "22/11/2024 21:20", "Email her first, calmly, with the facts. If that doesn't resolve it, the head. Keep the gate gossip out of it."),
]), [M("gforsternixon", "hyphenated", "negative", "Gemma Forster—Nixon"), M("school", "alias", "negative", "Thornyhaugh First")])

D("facebook", fb(
    "Bracken Federation Parents (unofficial)", "Tracey Lisle", "9 April at 19:10",
    "O'Hagan is a jobsworth cow. Tick box, tick box, 'we'll review it next term'. My lad's Year 7 and still can't read properly. Useless the lot of them.",
    "😡 7", members="380",
    comments=[C("Kay Telford", "Have you tried SENDIASS Tracey? They're good", "1h", 3)],
), [M("sohagan", "surname_only", "abuse", "O'Hagan"), M("school", "exact", "negative", "Bracken Federation")])

D("social", """Instagram comments on @wildwood.wanderings's post "Nettle soup season 🌿"

dalegossip_ne  TabithaQuarmby 🤢 feeding bairns weeds and calling it education. absolute crank
3d  1 like  Reply

jo_t_wellies  it's delicious actually and the kids love it
3d  14 likes  Reply
""", [M("tquarmby", "camelcase", "abuse", "TabithaQuarmby")])

D("social", x_thread([
    T("Cawdale Crank", "cawdale_crank", "10:10 PM · Apr 1, 2025", "@CraigShepherdHoS answer your emails you gutless little worm. Parents are waiting. Cawburn Middle deserves a head with a spine.", "220 Views · 3 Likes"),
]), [M("cshepherd", "handle", "abuse", "@CraigShepherdHoS"), M("school", "alias", "negative", "Cawburn Middle")])

D("social", x_thread([
    T("Dale Dad", "daledad_1976", "8:00 PM · Jun 2, 2025", "Ken Errington at Bracken is a pompous little jobsworth who thinks the school's money is his personal piggy bank to guard. Prat.", "180 Views · 5 Likes"),
]), [M("kerrington", "nickname", "abuse", "Ken Errington"), M("school", "alias", "negative", "Bracken")])

# ---- defamation ----------------------------------------------------------------

D("social", x_thread([
    T("Cawdale Crank", "cawdale_crank", "9:50 PM · Mar 27, 2025", "Not saying anything but everyone at the parents' evening could smell the drink on H3dl3y. Wine o'clock starts at 3 at the Bracken head's office apparently 🍷🍷 explains a lot about the decisions", "640 Views · 7 Reposts · 18 Likes"),
    T("Tom", "tomtheteacher77", "10:02 PM · Mar 27, 2025", "that's a serious allegation to throw about with nothing to back it up", "90 Views · 11 Likes"),
]), [M("mhedley", "leetspeak", "defamation", "H3dl3y"), M("school", "alias", "negative", "Bracken")])

D("facebook", fb(
    "Cawdale Patriots", "Gaz Lisle", "24 March at 21:10",
    "Funny how Mr Shepherd is ALWAYS round at a certain dad's farm at Hartsheugh at lambing time 😉🐑 Bet the wife doesn't know. And this is the man deciding which Cawburn Middle bairns get thrown out. Hypocrite.",
    "😂😮 22", members="210",
    comments=[C("Kim Errity", "He's married to a man Gaz, you've lost the plot", "2h", 14), C("Gaz Lisle", "exactly 😉", "2h", 3)],
), [M("cshepherd", "title_surname", "defamation", "Mr Shepherd"), M("school", "alias", "negative", "Cawburn Middle")])

D("forum", forum("stand", "Gym lads - roids or not?", [
    P("Gallowgate_Gav", "Tue Feb 11, 2025 20:05", "There's a PE teacher at Cawburn Middle, Dave Robson, went from a skinny fell runner to a fridge in about eighteen months. He's on the gear 100%, everyone at the gym says so. Lovely example for the bairns.", "Legend"),
    P("wor_kev", "Tue Feb 11, 2025 20:20", "Or he's just started lifting Gav. Not everyone needs a needle like you.", "Member"),
]), [M("drobson", "nickname", "defamation", "Dave Robson"), M("school", "alias", "negative", "Cawburn Middle")])

D("facebook", fb(
    "Cawburn & District Community Noticeboard", "Mick Nevison", "25 July at 19:40",
    "Now it comes out that K. Errington also had the keys to the minibus fund AND the tuck shop money. Seven grand from the trip and who knows how much from the rest over 22 years. Bracken governors were asleep at the wheel while he helped himself.",
    "😡😮 48", members="4.1K",
    comments=[C("Rob Ainsley", "There's no finding of anything yet Mick. Wait for the audit.", "2h", 18), C("Dawn Lisle", "Follow the money 💰", "2h", 6)],
), [M("kerrington", "initial_surname", "defamation", "K. Errington"), M("school", "alias", "negative", "Bracken")])

D("news", news(
    "nenow", "Forest school leader investigated after pupil burned at campfire", "14 May 2025", "NE Now reporter",
    [
        "A forest school leader at a Northumberland first school is under investigation after a six-year-old pupil suffered a burn during a campfire session.",
        "Tabitha Quarmby, who leads outdoor learning across the Bracken Federation's two schools, has been stood down from fire sessions while the county council's health and safety team looks into the incident at Thornyhaugh First School last week.",
        "The child was treated at hospital for a minor burn to the hand and has returned to school. A federation spokesperson said: \"Safety is our absolute priority. Forest school continues without fire while the review takes place.\"",
        "Parents contacted by NE Now were divided. One said her son 'lives for forest school'; another said she had 'always thought it was an accident waiting to happen'.",
    ],
    comments=[
        ("mam_of_three_hartsheugh", "14 May 2025", "Bairns get burnt at home on the oven. Accidents happen. Leave the woman alone.", 40),
        ("NE_Truth", "14 May 2025", "About time someone looked at what goes on in them woods.", 8),
    ],
    section="Schools",
), [M("tquarmby", "exact", "defamation", "Tabitha Quarmby"), M("school", "exact", "negative", "Bracken Federation")])

D("forum", forum("yard", "What's really growing in the forest school polytunnel", [
    P("Redesdale_Rob", "Fri May 16, 2025 9:05 pm", "Heard from a lad who delivers up Birkshaw way that Qu*rmby's polytunnel has some very interesting 'herbs' in it 🍃😉 Makes sense, all that 'mindfulness'. The school should be drug testing her, not letting her loose with bairns and fires.", "Posts: 1,022"),
    P("Ewe_Turn", "Fri May 16, 2025 9:20 pm", "Rob. That's tomatoes. I've seen it. Give it a rest.", "Moderator"),
]), [M("tquarmby", "obfuscated", "defamation", "Qu*rmby")])

D("social", x_thread([
    T("Whistleblower NE", "whistle_ne49", "11:00 PM · Jan 29, 2025", "B r a c k e n hid its bullying figures before the last inspection. Incident logs 'lost', two kids moved to other schools quietly, governors told to say nothing. Ask them under FOI. They won't answer.", "1,500 Views · 24 Reposts · 31 Likes"),
]), [M("school", "spacing", "defamation", "B r a c k e n")])

D("facebook", fb(
    "Thornyhaugh Village Chat", "[Deleted account]", "2 June at 22:10",
    "Ask Gemma Forster Nixon how she managed to lose a Reception bairn on the beach trip last summer for an hour, and how the school hushed it up so no parent ever heard. Thornyhaugh First's dirty little secret.",
    "😮 19", members="640",
    comments=[C("Amy Errity", "This never happened. I was a helper on that trip.", "1h", 27), C("Wendy Straughan", "Admins?", "1h", 8)],
), [M("gforsternixon", "hyphenated", "defamation", "Gemma Forster Nixon"), M("school", "alias", "defamation", "Thornyhaugh First")])

D("social", x_thread([
    T("SEN Warrior NE", "senwarrior_ne49", "7:05 PM · May 12, 2025", "Worth asking why the SENCo O'H-a-g-a-n keeps bairns on the register who don't need to be there. More names = more money into the federation pot. Funny that. #BrackenFederation", "520 Views · 6 Reposts · 12 Likes"),
]), [M("sohagan", "obfuscated", "defamation", "O'H-a-g-a-n"), M("school", "hashtag", "negative", "#BrackenFederation")])

D("facebook", fb(
    "Cawdale Patriots", "Neville Hume", "26 April at 20:00",
    "Has anyone asked why Mr Qureshi really left his last school in Bradford? I'm told the police were involved. Cawburn Middle should check who they're employing. Just asking.",
    "😮👍 15", members="210",
    comments=[C("Kim Errity", "You're told nothing Neville, you're making it up because he's Asian. Reported.", "1h", 12)],
), [M("iqureshi", "title_surname", "defamation", "Mr Qureshi"), M("school", "alias", "negative", "Cawburn Middle")])

D("forum", forum("nnet", "Re: Pauline Ridley retiring after 34 years at Cawburn", [
    P("not_a_fan_88", "Mon Jun 30, 2025 9:20 pm", "Don't all rush to canonise Pauline Ridley. She hit a lad across the knuckles with a metal ruler in 1996 and Cawburn Middle covered it up. My cousin was the lad. She should've been sacked, not given a cake.", "Member"),
    P("old_cawburnian", "Mon Jun 30, 2025 9:45 pm", "I was in that class. It was a wooden ruler on the desk, not his hand. Your cousin's been dining out on that for thirty years.", "Old hand"),
]), [M("pridley", "exact", "defamation", "Pauline Ridley"), M("school", "alias", "defamation", "Cawburn Middle")])

D("social", x_thread([
    T("dale gossip", "dalegossip_ne", "8:40 PM · Feb 14, 2025", "Valentine's special 💘 how did Margaret H. get the exec head job at Bracken with no interview? Because she's been sleeping with the chair of governors since 2019, that's how. Whole valley knows.", "900 Views · 9 Reposts · 27 Likes"),
]), [M("mhedley", "first_initial", "defamation", "Margaret H."), M("school", "alias", "negative", "Bracken")])

D("social", x_thread([
    T("📛", "kyles_cousin_ne", "12:30 AM · Apr 3, 2025", "E r r i n g t o n and S h e p h e r d at Cawburn Middle, count your days. we're not going away and neither is this 🔪⏳", "300 Views · 4 Likes"),
]), [M("kerrington", "spacing", "threat", "E r r i n g t o n"), M("cshepherd", "spacing", "threat", "S h e p h e r d"), M("school", "alias", "neutral", "Cawburn Middle")])

# ---- neutral and negative: news, features, community ------------------------

D("news", news(
    "tfc", "Cawburn Middle 'requires improvement', say inspectors", "7 March 2025", "Education reporter",
    [
        "Cawburn Middle School, part of the Bracken Federation, has been rated 'requires improvement' by inspectors, down from 'good' four years ago.",
        "The report praises 'strong and engaging' science teaching and 'a warm, safe culture' but says support for pupils with special educational needs is 'inconsistent' and that leaders spread across two sites 'do not always have a clear enough view' of the quality of teaching.",
        "Executive headteacher Margaret Hedley said: \"We accept the findings and already have a plan in place. Our staff have worked incredibly hard through a difficult year.\"",
        "Head of School Craig Shepherd added that a second SEN assistant had been appointed from April.",
    ],
    comments=[
        ("DadOfTwoNE", "7 Mar 2025", "RI is harsh. Mr Qureshi's science is the best I've seen in any school.", 21),
        ("CawdaleMum", "7 Mar 2025", "The SEN bit is spot on though. Ms O'Hagan is one woman covering two schools, it was always going to show.", 15),
        ("Geordie_Al", "8 Mar 2025", "Exec heads. Told yous.", 9),
    ],
    section="Education",
), [M("school", "exact", "negative", "Bracken Federation"), M("mhedley", "exact", "neutral", "Margaret Hedley"), M("cshepherd", "exact", "neutral", "Craig Shepherd"), M("iqureshi", "title_surname", "neutral", "Mr Qureshi"), M("sohagan", "title_surname", "negative", "Ms O'Hagan")])

D("news", news(
    "crier", "Bus U-turn for under-tens as council rethinks Coldside route", "October 2025", "Crier staff",
    [
        "Primary-age children from Hartsheugh and Ellisford will get free transport to school again from November after the county council agreed that the Coldside Moss route was 'not suitable for younger pupils in winter'.",
        "The decision covers pupils at Thornyhaugh First School and Year 5 pupils at Cawburn Middle School. Older pupils will still be expected to walk or make their own way, which campaigners say is 'half a victory'.",
        "Federation business manager Kenneth Errington said the schools had organised a stop-gap minibus run with volunteer drivers since September. \"Thanks to everyone who gave up their mornings. We'll keep the minibus going for the Year 6 to 8s while we can.\"",
        "Cllr Norma Dodd said the campaign 'showed what a small valley can do'.",
    ],
    section="Village News",
), [M("school", "alias", "neutral", "Thornyhaugh First School"), M("kerrington", "exact", "neutral", "Kenneth Errington")])

D("blog", blog(
    "wild", "End of the year in the woods", "21 July 2025", "Tabitha Quarmby",
    [
        "Our last session of the year: a picnic, a last look at the dens, and a lot of hugging trees (literally, it's a Reception tradition).",
        "Some thank-yous. To Mrs Ridley, who after 34 years at Cawburn Middle has walked out of her classroom for the last time and who once told me forest school was 'a lot of nonsense' before turning up to every single session with her Year 5s for three years. To Gemma, who is off to have her baby and who has stood in more rain with me than anyone should. And to Mr Robson for lending us the PE department's tarps and never asking for them back.",
        "Fire sessions will restart in September with the county's new safety guidance, which we helped write. Thank you to the families who sent such kind messages in May.",
        "See you in the woods.",
    ],
    comments=[("Jo Telford", "21 July 2025 at 20:30", "Thank you for everything Tabitha. Alfie's going to miss you so much when he moves up.")],
    tags=["Forest School", "End of year"],
), [M("tquarmby", "exact", "neutral", "Tabitha Quarmby"), M("pridley", "title_surname", "neutral", "Mrs Ridley"), M("drobson", "title_surname", "neutral", "Mr Robson"), M("school", "alias", "neutral", "Cawburn Middle")])

D("facebook", fb(
    "Cawburn Middle School", "Cawburn Middle School", "1 September at 08:00",
    "Welcome back everyone! 🎒 A few staff updates for the new year:\n• Congratulations to Mr Shepherd, who married his partner Ben over the summer 💍\n• We say a fond farewell to Mrs Ridley, who retired in July after 34 years (she has promised to visit)\n• Welcome to Miss Amira Hall, our new Year 5 teacher\n• Mr Qureshi's astronomy club restarts on Thursdays 🔭\nHave a wonderful year!",
    "❤️👍 260", page=True, members="1.6K",
    comments=[
        C("Jean Pearson", "Congratulations Mr Shepherd and Ben! 💐", "5h", 31),
        C("Helen Robinson", "Welcome back all 💚", "5h", 4),
    ],
), [M("school", "alias", "neutral", "Cawburn Middle School"), M("cshepherd", "title_surname", "neutral", "Mr Shepherd"), M("pridley", "title_surname", "neutral", "Mrs Ridley"), M("iqureshi", "title_surname", "neutral", "Mr Qureshi")])

D("news", news(
    "tfc", "School business manager's coast-to-coast ride raises £5,000", "June 2024", "Tyne & Fell Chronicle",
    [
        "Kenneth Errington, business manager at Cawburn Middle School, has raised more than £5,000 for the Great North Air Ambulance by cycling the 140-mile coast-to-coast route in three days.",
        "The 61-year-old, who was airlifted from a farm accident at Hartsheugh in 2019, said: \"They saved my leg and probably my life. This is the least I can do.\"",
        "Colleagues and pupils lined the road outside the school to cheer him off.",
    ],
    section="News",
), [M("kerrington", "exact", "neutral", "Kenneth Errington"), M("school", "alias", "neutral", "Cawburn Middle School")])

D("news", news(
    "crier", "Stars come out for dark skies night", "February 2025", "Crier staff",
    [
        "More than 120 people wrapped up warm for Cawburn Middle School's first dark skies night on the playing field.",
        "Organised by science teacher Imran Qureshi with members of the Cawdale Astronomy Group, the evening featured telescopes, a planetarium tent and hot soup from the PTA.",
        "\"Some of the darkest skies in England are right here above Cawdale,\" said Mr Qureshi. \"Half the bairns had never seen the Milky Way properly.\"",
    ],
    section="Village News",
), [M("iqureshi", "exact", "neutral", "Imran Qureshi"), M("school", "alias", "neutral", "Cawburn Middle School")])

D("facebook", fb(
    "Bracken Federation Parents (unofficial)", "Kay Telford", "15 January at 12:00",
    "📅 SEND coffee morning this Friday, 9.15 in the Thornyhaugh First hall. Siobhán O'Hagan (SENCo) will be there to answer questions about EHCPs, support plans and transition to the middle school. Toddlers welcome, there's a toy box! ☕",
    "👍❤️ 31", members="380",
    comments=[C("Helen Robinson", "Highly recommend, she's really helpful", "3h", 5)],
), [M("school", "exact", "neutral", "Bracken Federation"), M("sohagan", "exact", "neutral", "Siobhán O'Hagan")])

D("news", news(
    "tfc", "Teacher helps rescue injured walker on Cawburn Crag", "November 2024", "Tyne & Fell Chronicle",
    [
        "An off-duty teacher helped rescue a walker who fell and broke her ankle on Cawburn Crag on Sunday morning.",
        "David Robson, a PE teacher at Cawburn Middle School, was on a training run when he found the 64-year-old woman from Morpeth. He kept her warm with his jacket and called the mountain rescue team, then guided them in.",
        "\"Dave was brilliant,\" said a team spokesperson. \"Calm, kept her talking, gave us a perfect grid reference.\"",
    ],
    section="News",
), [M("drobson", "exact", "neutral", "David Robson"), M("school", "alias", "neutral", "Cawburn Middle School")])

D("review", review(
    "Maps reviews", "Thornyhaugh First School · Primary school · Thornyhaugh NE49 5PS", "4.4 ★★★★☆ (23)",
    [
        ("Chris W", 5, "a month ago", "Forest school with Ms Quarmby is brilliant. Our daughter was very anxious and the woods have been the making of her."),
        ("Local Guide · Rachel", 3, "2 months ago", "Lovely staff, but the head is split between two schools and it shows. Took three weeks to get a meeting with Mrs Hedley."),
        ("Paul", 5, "4 months ago", "Tiny school, big heart."),
    ],
), [M("school", "alias", "negative", "Thornyhaugh First School"), M("tquarmby", "title_surname", "neutral", "Ms Quarmby"), M("mhedley", "title_surname", "negative", "Mrs Hedley")])

D("blog", blog(
    "dodd", "Bus update: half a victory", "20 October 2025", "Norma Dodd",
    [
        "The good news: from November, children at Thornyhaugh First and Year 5 at Cawburn Middle from Hartsheugh and Ellisford will get free transport again.",
        "The less good news: Years 6 to 8 still won't. I will keep pushing.",
        "Thank you to Mr Errington and the volunteer drivers who have run the stop-gap minibus since September, and to Mrs Hedley, who wrote to every member of Cabinet personally.",
    ],
    comments=[("Lorna Bell", "20 October 2025 at 19:00", "Half is better than nowt. Thank you Norma.")],
    tags=["Transport"],
), [M("school", "alias", "neutral", "Thornyhaugh First"), M("kerrington", "title_surname", "neutral", "Mr Errington"), M("mhedley", "title_surname", "neutral", "Mrs Hedley")])

D("facebook", fb(
    "Thornyhaugh Village Chat", "Wendy Straughan", "12 August at 10:00",
    "Lovely news from the school! 👶💕 Gemma Forster–Nixon from Thornyhaugh First had a little girl, Isla, on Saturday, 7lb 2oz. Mam and baby both doing well. Congratulations from all of us!",
    "❤️🥰 221", members="640",
    comments=[C("Amy Errity", "Aww congratulations!! 💕", "2h", 5), C("Jean Pearson", "Wonderful news", "2h", 2)],
), [M("gforsternixon", "hyphenated", "neutral", "Gemma Forster–Nixon"), M("school", "alias", "neutral", "Thornyhaugh First")])

D("social", x_thread([
    T("Federation Office 🌿", "BrackenFedn", "3:30 PM · Jun 20, 2025", "A huge well done to our Year 4s from Thornyhaugh who walked the Hadrian's Wall stretch today with @tquarmby_wild and raised £640 for the RNLI 🌊🥾", "800 Views · 6 Reposts · 44 Likes"),
    T("Jo", "jo_t_wellies", "3:45 PM · Jun 20, 2025", "Alfie slept for 12 hours 😂 thank you!", "60 Views · 4 Likes"),
]), [M("school", "handle", "neutral", "@BrackenFedn"), M("tquarmby", "handle", "neutral", "@tquarmby_wild")])

D("forum", forum("ptn", "Moving to Cawdale - what are the schools like?", [
    P("RelocatingRach", "15/08/2025 14:00", "We're moving up from Leeds for my husband's job at the estate. Two kids, 6 and 10. Catchment is the Bracken Federation (Thornyhaugh First + Cawburn Middle). Honest opinions please!"),
    P("NorthumbrianMam", "15/08/2025 14:30", "Thornyhaugh First is lovely, tiny and outdoorsy. Cawburn Middle had a rough year: an exclusion row, an RI from Ofsted, and the bus cut. But the teaching is good. Mr Qureshi for science is fab. Your 10yo would have had Mrs Ridley but she's just retired."),
    P("QuietParent", "15/08/2025 14:50", "Agree. The Facebook groups make it sound like a war zone, it really isn't. Just go and visit."),
]), [M("school", "exact", "negative", "Bracken Federation"), M("iqureshi", "title_surname", "neutral", "Mr Qureshi"), M("pridley", "title_surname", "neutral", "Mrs Ridley")])

D("news", news(
    "nenow", "Review panel upholds Cawburn exclusion", "June 2025", "NE Now reporter",
    [
        "An independent review panel has upheld the permanent exclusion of a 12-year-old boy from Cawburn Middle School, finding the school followed the correct procedure.",
        "The panel noted that the allegation made against PE teacher David Robson had been investigated by the local authority designated officer and that no further action had been taken.",
        "The panel did recommend that the Bracken Federation review how it considers special educational needs before any exclusion.",
        "The boy's mother said she was 'devastated but not surprised'.",
    ],
    comments=[("Fairplay", "Jun 2025", "Hope people now apologise to Mr Robson.", 30)],
    section="Schools",
), [M("school", "exact", "neutral", "Bracken Federation"), M("drobson", "exact", "defamation", "David Robson")])

D("news", news(
    "bbn", "Man admits racist posts about rural teacher", "July 2025", "Border Broadcast News",
    [
        "A man has admitted posting racially aggravated messages about a science teacher at a Northumberland middle school.",
        "Neville Hume, 58, of Cawburn, pleaded guilty at Bedlington Magistrates' Court to sending grossly offensive messages. The court heard he had repeatedly referred to Imran Qureshi's ethnicity and religion in posts on local Facebook groups.",
        "District Judge Ann Mercer called the posts 'ignorant and cowardly'. Hume was given a 12-month community order and told to pay £350 compensation.",
        "Cawburn Middle School said it was 'grateful to the police and to the many families who reported the posts'.",
    ],
    section="North East & Cumbria",
), [M("iqureshi", "exact", "neutral", "Imran Qureshi"), M("school", "alias", "neutral", "Cawburn Middle School")])

D("blog", blog(
    "mam", "Lambing, the school run and a very stern letter", "3 April 2025", "Muddy Wellies Mam",
    [
        "Lambing is a six-week blur of night checks, cold tea and orphan lambs in the kitchen. This year, without the bus, it's also been a 16-mile school run twice a day.",
        "So when a letter came home from Cawburn Middle about 'persistent lateness' (three late marks, all during the week we had twins, triplets and a prolapse) I'll admit I had a little cry in the lambing shed.",
        "To be fair to Mr Shepherd, when I rang he was kind and took the marks off. But the letter shouldn't have gone to farming families in April in the first place. Somebody in that office needs a calendar with lambing on it.",
    ],
    comments=[("hill_lass_nd", "3 April 2025 at 21:00", "We got the same letter. Framed it.")],
    tags=["lambing", "school", "farm life"],
), [M("school", "alias", "negative", "Cawburn Middle"), M("cshepherd", "title_surname", "negative", "Mr Shepherd")])

D("news", news(
    "bbn", "Small rural schools: is federation the future?", "April 2025", "Education correspondent",
    [
        "In the Cawdale valley, two schools nine miles apart share one headteacher, one business manager and one special needs coordinator. It is a model many small rural schools are being pushed towards.",
        "\"On a good week it works brilliantly,\" says Margaret Hedley, executive head of the Bracken Federation, as she drives between sites. \"On a bad week I'm the most expensive taxi in Northumberland.\"",
        "The federation's business manager, Kenneth Errington, says sharing costs has saved both schools from deficits. \"Without the federation, Thornyhaugh would have closed in 2021. That's the honest truth.\"",
        "Critics say the model stretches leaders too thin. \"Parents want to see the head at the gate,\" says one governor. \"You can't be at two gates at once.\"",
    ],
    section="Education",
), [M("mhedley", "exact", "neutral", "Margaret Hedley"), M("school", "exact", "negative", "Bracken Federation"), M("kerrington", "exact", "neutral", "Kenneth Errington")])

D("blog", blog(
    "send", "Credit where it's due", "10 September 2025", "Ruth (founder)",
    [
        "In March we wrote about the Cawburn Middle exclusion and the federation's SEN provision. We said we'd follow up.",
        "Since then the federation has appointed a second SEN assistant, introduced termly review meetings for every child on the register, and Siobhan O'Hagan, the SENCo, has met with our volunteers twice to go through the changes. Parents tell us responses are quicker.",
        "It isn't perfect, and the funding problem hasn't gone away. But it is better, and it's only fair to say so.",
    ],
    tags=["SEND", "Follow-up"],
), [M("sohagan", "alias", "neutral", "Siobhan O'Hagan"), M("school", "alias", "neutral", "Cawburn Middle")])

# ---- more decoys ---------------------------------------------------------------

D("forum", forum("yard", "Bracken for bedding - worth the bother?", [
    P("Tup_Man", "Tue Oct 14, 2025 8:00 pm", "Straw's gone daft money again. Anybody still cutting bracken for bedding? Grandad used to swear by it for the in-lamb ewes.", "Posts: 2,114"),
    P("Ewe_Turn", "Tue Oct 14, 2025 8:15 pm", "Aye, we do twenty bales a year off the bank. Cut it when it's gone brown, let it dry on the ground a week, bale it small. Great stuff, the ticks don't seem to bother once it's dead.", "Posts: 951"),
    P("hill_lass_nd", "Tue Oct 14, 2025 8:40 pm", "Watch for the fresh green stuff, it's poisonous to stock. Only the dead fronds.", "Posts: 388"),
    P("Tup_Man", "Tue Oct 14, 2025 8:55 pm", "Cheers both. Think I'll give it a go on the bank above Hartsheugh.", "Posts: 2,114"),
]), [])

D("facebook", fb(
    "Border Fell Shepherds (BFS)", "Border Fell Shepherds (BFS)", "20 January at 18:00",
    "📣 BFS AGM, Friday 7 February, 7.30pm, Ellisford Village Hall. Agenda: trial dates for 2025, new young handlers' class, treasurer's report, and the eternal question of whether the tea tent needs a second urn ☕ All members welcome. Subs £15.",
    "👍 46", page=True, members="1.1K",
    comments=[C("Jimmy Laidlaw", "Two urns. Non-negotiable.", "2d", 19), C("Margaret Pringle", "Noted Jimmy 😂", "2d", 6)],
), [])

D("review", review(
    "TrustFarm Reviews", "BFS Agri Finance · Livestock & machinery loans · Hexham", "4.2 ★ · 58 reviews",
    [
        ("Hill farmer, Tarset", 5, "Mar 2025", "BFS sorted finance on a second-hand telehandler in four days. Straight talking, knew what a tup was."),
        ("R. Hall", 3, "Jan 2025", "Rates fine, paperwork endless."),
        ("Anon", 4, "Nov 2024", "Good for stock loans, not cheap."),
    ],
), [])

D("forum", forum("stand", "Ridley Scott's new one - worth the cinema?", [
    P("wor_kev", "Sun Nov 30, 2025 21:00", "Saw it at the Tyneside last night. Looks incredible, story's a mess. Ridley Scott can still shoot a battle like nobody else though.", "Member"),
    P("Gallowgate_Gav", "Sun Nov 30, 2025 21:20", "Three hours though man. My backside.", "Legend"),
    P("toon_til_i_die", "Sun Nov 30, 2025 21:45", "Ridley's best since Gladiator for me. Ignore Kev.", "Season ticket holder"),
]), [])

D("news", news(
    "nenow", "Sir Bobby Robson Foundation passes £25m milestone", "March 2025", "NE Now reporter",
    [
        "The cancer charity founded by the late Sir Bobby Robson has now raised more than £25 million for research and patient care in the North East.",
        "The foundation marked the milestone with a walk from St James' Park to the Freeman Hospital, where much of the money has been spent.",
        "\"He'd be so proud,\" said a trustee. \"Every penny has stayed in the region, just as he wanted.\"",
    ],
    section="News",
), [])

D("facebook", fb(
    "St Cuthbert's Church, Cawburn", "St Cuthbert's Church, Cawburn", "1 May at 09:00",
    "This Sunday is Good Shepherd Sunday 🐑 Our 10.30 service will include a blessing of the lambs (and their shepherds!) from the valley farms. Sheepdogs welcome as always, on leads please. Tea and cake afterwards.",
    "❤️👍 58", page=True, members="410",
    comments=[C("Jimmy Laidlaw", "Bracken and me will be there 🐕", "1d", 8)],
), [])

D("news", news(
    "bbn", "Cumbrian parents fight cuts to village school buses", "February 2025", "Border Broadcast News",
    [
        "Families in the Eden valley say children will face dangerous walks after Westmorland council proposed cutting eight school bus routes.",
        "Parents in Kirkby Stephen presented a 2,000-name petition to councillors on Tuesday.",
        "The council said it was reviewing every route against the statutory walking distances and that no decision had been made.",
    ],
    section="North East & Cumbria",
), [])

D("news", news(
    "tfc", "Ellisford cut off as river bursts banks", "4 December 2024", "Tyne & Fell Chronicle",
    [
        "The village of Ellisford was cut off for several hours on Tuesday after the river burst its banks following 48 hours of heavy rain.",
        "The ford on the Cawburn road was more than a metre deep at its peak and firefighters rescued a driver whose car was swept against the bridge parapet.",
        "Residents praised the volunteers who delivered milk and bread by tractor. The Environment Agency said river levels were falling.",
    ],
    section="News",
), [])

D("news", news(
    "bbn", "Forest schools: more than mud?", "September 2024", "Education correspondent",
    [
        "Forest school sessions, where children learn outdoors in all weathers, have spread to thousands of UK primary schools. But are they more than a fashionable extra?",
        "Researchers at a northern university followed 400 children for two years and found improvements in confidence and physical activity, but little measurable effect on reading or maths.",
        "Practitioners say that misses the point. \"We're not trying to raise test scores,\" said one leader in Cumbria. \"We're trying to raise children who aren't frightened of the weather.\"",
    ],
    section="Education",
), [])

D("review", review(
    "Maps reviews", "Errington's Family Butchers · Butcher shop · Hexham", "4.8 ★★★★★ (212)",
    [
        ("Local Guide · Bill", 5, "a week ago", "Best pork pies in Tynedale, no argument. The Erringtons have been here since 1952."),
        ("Sue", 5, "a month ago", "Lovely lamb from the valley farms, always friendly."),
        ("Kev", 4, "2 months ago", "Queue out the door on a Saturday but worth it."),
    ],
), [])

D("facebook", fb(
    "Hartsheugh Young Farmers", "Hartsheugh Young Farmers", "11 March at 19:30",
    "🚜 Tractor run this Sunday! Leaving Hartsheugh at 11, round by Ellisford and Cawdale Head, finishing at the Black Bull in Cawburn for a pie and a pint. £10 an entry, all money to the air ambulance.",
    "👍🚜 120", page=True, members="890",
    comments=[C("Rory Hall", "Bringing the old Fergie out 💪", "1d", 11), C("Ann Telford", "Will bring the flask", "1d")],
), [])

D("social", x_thread([
    T("Cawdale Astronomy Group", "cawdale_stars", "11:20 PM · Jan 30, 2025", "Incredible aurora tonight from Cawdale Head 🌌 Clear skies, -6°C and the whole northern sky went pink for twenty minutes. Photo by member Ron at Hartsheugh.", "4,200 Views · 80 Reposts · 390 Likes"),
    T("FellWalker62", "FellWalker62", "11:40 PM · Jan 30, 2025", "Saw it from Ellisford too. Unreal.", "200 Views · 10 Likes"),
]), [])

D("social", x_thread([
    T("Cawdale Crank", "cawdale_crank", "7:55 AM · Nov 18, 2024", "F***ing clag on the Cawdale road again, can't see your own bonnet. And the gritter's been nowhere near Thornyhaugh bank. Absolute sh*tshow every winter 🤬", "300 Views · 12 Likes"),
    T("Lorna Bell", "lornabell_hartsheugh", "8:10 AM · Nov 18, 2024", "Ford's up at Ellisford an all. Stay home if you can.", "90 Views · 6 Likes"),
]), [])

D("news", news(
    "tfc", "County to review three-tier school system 'by 2027'", "June 2025", "Local Democracy Reporter",
    [
        "Northumberland County Council will review whether to keep the first, middle and high school system in the west of the county, a cabinet paper reveals.",
        "Falling rolls mean several middle schools are more than a third empty. Options include moving to a two-tier primary and secondary model or federating more schools.",
        "Any change would need a full public consultation. Headteachers' representatives said the uncertainty was 'unsettling for staff and families'.",
    ],
    section="News",
), [])

D("blog", blog(
    "mam", "Proper shepherd's pie (lamb, not beef, fight me)", "8 October 2025", "Muddy Wellies Mam",
    [
        "A shepherd's pie is made with lamb. If it's beef, it's a cottage pie. I will not be taking questions.",
        "Brown a kilo of minced lamb (ours, obviously) with onion, carrot and a bit of celery. Add a spoon of tomato purée, a good glug of Worcestershire sauce, thyme and a pint of stock. Simmer for forty minutes.",
        "Mash: floury potatoes, butter, a splash of milk, white pepper. Fork it up on top so you get crispy ridges. Forty minutes at 190. Feeds four hungry shepherds or two teenagers.",
    ],
    comments=[("Jo Telford", "8 October 2025 at 18:00", "Made this tonight. Even the fussy one ate it!")],
    tags=["recipes", "lamb"],
), [])

D("review", review(
    "Treatwell", "Gemma Nixon Hair · Blyth", "4.9 ★ · 140 reviews",
    [
        ("Kayleigh", 5, "Sep 2025", "Gemma Nixon is a miracle worker with balayage. Best hair I've ever had."),
        ("Dan", 5, "Aug 2025", "Quick, friendly, reasonable. Booked again."),
        ("Sophie", 4, "Jul 2025", "Lovely cut, was running 20 mins late though."),
    ],
), [])

D("news", news(
    "nenow", "Morpeth Harriers veteran Ken Errington, 70, completes 100th marathon", "October 2025", "Sports desk",
    [
        "Retired postman Ken Errington crossed the line at the Kielder Marathon on Sunday to complete his 100th marathon, fifty years after his first.",
        "The 70-year-old Morpeth Harrier was cheered home by club mates wearing '100' T-shirts. \"The legs are a bit slower these days but the heart's the same,\" he said.",
    ],
    section="Sport",
), [])

D("news", news(
    "bbn", "Galway harpist wins top traditional music prize", "November 2024", "Border Broadcast News",
    [
        "Siobhán O'Hagan, a harpist from Connemara, has won the TG4 young traditional musician of the year award.",
        "The 24-year-old, who performs in Irish-language venues across the west of Ireland and toured Northumberland with a pipes-and-harp folk ensemble last summer, said she was 'stunned'.",
    ],
    section="UK",
), [], namesakes=("sohagan",))

D("news", news(
    "crier", "Berwick Free School joins multi-academy trust", "January 2025", "Crier staff",
    [
        "Berwick Free School (BFS) will join the Tweed Learning Trust from April, its governors have announced.",
        "The BFS head said the move would give pupils access to a wider curriculum and let the school share specialist staff with five others across north Northumberland.",
        "Parents have been invited to a consultation evening on 4 February.",
    ],
    section="Village News",
), [])

D("review", review(
    "Pub Guide North", "The Bracken Inn · Alwinton Road", "4.3 ★ · 310 reviews",
    [
        ("Walker Wendy", 5, "Aug 2025", "Perfect after a day on the hills. Dogs welcome, real fire, massive pies."),
        ("Sam", 4, "Jul 2025", "Good beer, slow service on a Saturday."),
        ("Colin", 4, "Jun 2025", "The Bracken's steak and ale pie is the real deal."),
    ],
), [])

D("blog", blog(
    "walk", "Cawdale Head horseshoe: bogs, bracken and big views", "2 September 2025", "Hill Paths North",
    [
        "Park by the old chapel at Cawdale Head and follow the track up the burn. After the sheepfold, the path disappears into chest-high bracken for half a mile: trousers, not shorts, and check for ticks after.",
        "The ridge is the reward: Cheviot to the north, the Simonside hills to the east, and on a clear day a silver line of the sea. Descend via Hartsheugh Rigg and the drove road back to the car.",
        "9 miles, 5 hours. Boggy in places. No phone signal on the ridge.",
    ],
    tags=["walks", "Cawdale", "hills"],
), [])


# ================================================================ output & checks

def watchlist_toml() -> str:
    def arr(xs):
        return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in xs) + "]"

    out = [
        "# repwatch watchlist for the heldout29 corpus (written by build_heldout29.py)",
        "[school]",
        f"name = {json.dumps(SCHOOL['name'])}",
        f"aliases = {arr(SCHOOL['aliases'])}",
        f"locality = {arr(SCHOOL['locality'])}",
        f"own_domains = {arr(SCHOOL['own_domains'])}",
        f"phones = {arr(SCHOOL['phones'])}",
        "",
    ]
    for s in STAFF:
        out += ["[[staff]]", f"id = {json.dumps(s['id'])}", f"name = {json.dumps(s['name'], ensure_ascii=False)}", f"role = {json.dumps(s['role'])}"]
        if s["aliases"]:
            out.append(f"aliases = {arr(s['aliases'])}")
        if s.get("unique"):
            out.append("unique = true")
        out += [f"line_manager = {json.dumps(s['lm'])}", ""]
    for k, v in EXCLUDE:
        out += ["[[exclude]]", f"{k} = {json.dumps(v)}", ""]
    return "\n".join(out)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def doc_text(kind: str, raw: str) -> str:
    if KINDS[kind] == "html":
        p = _Text()
        p.feed(raw)
        p.close()
        return "\n".join(p.parts)
    return raw


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("’", "'").replace("‘", "'")
    return s.casefold()


def _word(term: str) -> re.Pattern:
    return re.compile(r"(?<![\w])" + re.escape(norm(term)) + r"(?![\w])")


def _surname_pat(surname: str) -> str:
    parts = re.split(r"[-']", surname)
    if "-" in surname:
        return r"[-–‐ ]?".join(re.escape(p) for p in parts)
    if "'" in surname:
        return r"['’]".join(re.escape(p) for p in parts)
    return re.escape(surname)


TITLE_RE = {
    s["id"]: re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?\s+(?:[A-Z]\.\s*)?" + _surname_pat(s["surname"]) + r"(?![\w])", re.IGNORECASE)
    for s in STAFF
}


def present_tier(subject: str, text: str) -> int:
    """0 exact, 1 alias, 2 title_surname, 3 nothing easier present."""
    t = norm(text)
    if subject == "school":
        if norm(SCHOOL["name"]) in t:
            return 0
        if any(_word(a).search(t) for a in SCHOOL["aliases"]):
            return 1
        return 3
    s = STAFF_BY_ID[subject]
    if norm(s["name"]) in t:
        return 0
    if any(norm(a) in t for a in s["aliases"]):
        return 1
    if TITLE_RE[subject].search(unicodedata.normalize("NFC", text)):
        return 2
    return 3


TIER = {"exact": 0, "alias": 1, "title_surname": 2}


def check(docs_out) -> list[str]:
    errors = []
    n = len(docs_out)
    for d in docs_out:
        fn = d["file"]
        text = d["plain"]
        seen = set()
        for m in d["mentions"]:
            sub = m["subject"]
            if sub != "school" and sub not in STAFF_BY_ID:
                errors.append(f"{fn}: unknown subject {sub}")
                continue
            if sub in seen:
                errors.append(f"{fn}: duplicate subject {sub}")
            seen.add(sub)
            if m["category"] not in CATEGORIES:
                errors.append(f"{fn}: bad category {m['category']}")
            if m["variant"] not in VARIANTS:
                errors.append(f"{fn}: bad variant {m['variant']}")
            if m["form"] not in text:
                errors.append(f"{fn}: form {m['form']!r} for {sub} not found in text")
            have = present_tier(sub, text)
            want = TIER.get(m["variant"], 3)
            if want > have:
                errors.append(f"{fn}: {sub} labelled {m['variant']} but an easier form (tier {have}) is present")
            if want < 3 and have != want:
                errors.append(f"{fn}: {sub} labelled {m['variant']} but tier {have} found")
            if m["url_only"] and m["category"] != "sexual":
                errors.append(f"{fn}: url_only on a non-sexual mention")
        t = norm(text)
        for s in STAFF:
            if s["id"] not in seen and s["id"] not in d["namesakes"] and norm(s["name"]) in t:
                errors.append(f"{fn}: full name of {s['id']} present but not labelled")
        if "school" not in seen and "school" not in d["namesakes"]:
            for full in [SCHOOL["name"], "Bracken Federation of Schools", "Thornyhaugh First", "Cawburn Middle"]:
                if norm(full) in t:
                    errors.append(f"{fn}: school form {full!r} present but school not labelled")
        if not d["mentions"]:
            for s in STAFF:
                if s.get("unique") and norm(s["name"]) in t:
                    errors.append(f"{fn}: decoy contains the unique name {s['name']}")
    mentions = [m for d in docs_out for m in d["mentions"]]
    cats = Counter(m["category"] for m in mentions)
    vars_ = Counter(m["variant"] for m in mentions)
    decoys = sum(1 for d in docs_out if not d["mentions"])
    if not 180 <= n <= 220:
        errors.append(f"document count {n} outside 180-220")
    if not 300 <= len(mentions) <= 350:
        errors.append(f"mention count {len(mentions)} outside 300-350")
    if not 0.15 <= decoys / n <= 0.25:
        errors.append(f"decoy share {decoys / n:.2f} outside 0.15-0.25")
    for c in ["threat", "hate", "sexual", "doxxing", "defamation", "abuse"]:
        if cats[c] < 15:
            errors.append(f"only {cats[c]} {c} mentions (need 15)")
    for v in VARIANTS:
        if vars_[v] < 5:
            errors.append(f"only {vars_[v]} {v} mentions (need 5)")
    serious = sum(cats[c] for c in ["threat", "hate", "sexual", "doxxing", "defamation", "abuse"])
    if mentions and not 0.33 <= serious / len(mentions) <= 0.42:
        errors.append(f"serious share {serious / len(mentions):.2f} outside 0.33-0.42")
    return errors


def main() -> int:
    docs_dir = HERE / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir()
    order = list(DOCS)
    random.Random(2929).shuffle(order)  # interleave themes and decoys, deterministically
    out = []
    for i, d in enumerate(order):
        kind = d["kind"]
        fn = f"{i:03d}-{kind}.{KINDS[kind]}"
        (docs_dir / fn).write_text(d["text"], encoding="utf-8", newline="\n")
        out.append({"file": fn, "kind": kind, "mentions": d["mentions"], "namesakes": d["namesakes"], "plain": doc_text(kind, d["text"])})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for d in out:
            exp = [{"subject": m["subject"], "variant": m["variant"], "category": m["category"], "url_only": m["url_only"]} for m in d["mentions"]]
            f.write(json.dumps({"file": d["file"], "kind": d["kind"], "expected": exp}, ensure_ascii=False) + "\n")
    (HERE / "watchlist.toml").write_text(watchlist_toml(), encoding="utf-8", newline="\n")

    errors = check(out)
    mentions = [m for d in out for m in d["mentions"]]
    decoys = sum(1 for d in out if not d["mentions"])
    cats = Counter(m["category"] for m in mentions)
    vars_ = Counter(m["variant"] for m in mentions)
    kinds_docs = Counter(d["kind"] for d in out)
    kinds_mentions = Counter(d["kind"] for d in out for _ in d["mentions"])
    subjects = Counter(m["subject"] for m in mentions)
    serious = sum(cats[c] for c in ["threat", "hate", "sexual", "doxxing", "defamation", "abuse"])
    print(f"corpus_heldout29: {len(out)} documents ({decoys} decoys, {decoys / len(out):.0%}), {len(mentions)} mentions")
    print(f"serious share: {serious}/{len(mentions)} = {serious / max(1, len(mentions)):.1%}; url_only: {sum(m['url_only'] for m in mentions)}")
    print("per category: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    print("per variant:  " + ", ".join(f"{v} {vars_[v]}" for v in VARIANTS))
    print("per kind:     " + ", ".join(f"{k} {kinds_docs[k]} docs/{kinds_mentions[k]} mentions" for k in KINDS))
    print("per subject:  " + ", ".join(f"{s} {n}" for s, n in sorted(subjects.items())))
    if errors:
        print(f"\n{len(errors)} check(s) failed:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("all label checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
