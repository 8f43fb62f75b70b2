#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train26 evaluation corpus for the repwatch matcher.

Setting
    Kestrel Rise Academy ("Kestrel", "KRA", formerly Sedley Cross Comprehensive) is an
    invented 11-18 comprehensive of about 1,400 pupils on Brockhurst Road, Sedley Cross, in
    the invented south-east London borough of Addlestow (postcodes SE31/SE34, which do not
    exist).  The catchment runs from the Wyvern Estate tower blocks to the gentrifying
    Victorian terraces of Hatch Green: Black Caribbean, Nigerian, Ghanaian, Turkish and
    Turkish-Cypriot, Vietnamese, Irish, white working-class and newly arrived middle-class
    families.  Storylines running through the corpus: a "requires improvement" inspection, a
    zero-tolerance behaviour regime with phone pouches and silent corridors, a hair-policy
    row, a viral drama production, a boys' football cup run, a catering-contract row around
    the business manager, a knife incident at the gates, exam successes and the usual
    parental warfare.

Staff (watchlist.toml)
    Ruth Adeyemi-Clarke (Headteacher; maiden name Ruth Adeyemi, "Mrs AC", old pupils knew her
    as Miss Adeyemi), Declan O'Mahony (Deputy Head, behaviour; "Mr O'M"), Persephone
    Achterberg (Head of Drama; unique = true, counted wherever named, also a fringe theatre
    director), Al Demir (alias Alper Demir; PE and boys' football; "Mr D", "Demz"),
    Daniel Murphy (Head of Year 10; "Murph"; very common name), Grace Mensah (SENCo; common
    Ghanaian name), Thanh Pham (Head of Science), Tunde Bakare (alias Babatunde Bakare; Head
    of Maths; "Big T"), Gary Pocock (School Business Manager; "Gaz"), Emily Hartnell (Head of
    Sixth Form).

Voices
    Addlestow Echo (borough news site, comments), Daily Clarion (national tabloid), Toplum
    Post (Turkish community paper, English edition), council minutes and job adverts,
    NatterNest (Mumsnet-style parents' forum), Staffroom (teachers' forum), GrimeYard
    (grime/drill fan forum), SE Talk (local general forum), a ward councillor's blog,
    St Barnabas and Mount Zion church newsletters, an ex-teacher's blog, a birding blog, a
    theatre blog, Google reviews, TikTok / X / Snapchat / Instagram comment extracts
    (MLE slang), and Facebook groups (Addlestow Parents Chat, Sedley Cross Noticeboard,
    Wyvern Estate Residents).

Decoys (documents with no expected mention)
    "kestrel" the bird (birding blog, church tower, a drone-attack story), A Kestrel for a Knave,
    Kestrel Cabs, Kestrel Court care home, Kestrel Scaffolding, Kestrel Fitness, Kestrel House,
    Kestrel Road, Kestrel Rise Dental Practice (on a road called Kestrel Rise), an MC called
    Kestrel; KRA as the Kenya Revenue Authority, "key result areas", Kelmscott Road
    Allotments and the Kestrel Road Residents' Association.  Namesakes clearly elsewhere:
    Daniel Murphy the Dublin boxer, a Glasgow guidance teacher and a Leeds head of year, Danny
    Murphy the Addlestow Town striker; Grace Mensah the Kumasi gospel singer (even when she
    sings at a Sedley Cross church) and a retiring nurse, a Mrs Mensah's hair salon; Emily
    Hartnell the netballer and Joan Hartnell of Hatch Green Girls'; a Mr Pham in Birmingham,
    Pham's Pho and a chef called Thanh Pham; Demir's Grill and Emre Demir the footballer;
    Gary Pocock of Pocock & Sons plumbers; Declan O'Mahony the Cork hurler and a Mallow
    solicitor.  One staffroom thread describes the school without naming anything.

Labelling conventions
    One expected entry per subject per document: the easiest form present (exact > alias >
    title_surname > the rest; for the school the full name is exact, "Kestrel" alone is
    short_name and every other alias is alias) and the worst category for that subject.
    A staff member praised in a post attacking someone else is neutral; quoting abuse to
    condemn it, news of a conviction of someone who threatened a teacher, and untargeted
    swearing are neutral for the victim.  Allegations that a child may be involved make the
    staff member (and the school, when named) sexual with url_only true.  A pupil's crush
    or innuendo about an adult teacher is sexual without url_only.  Arrest, suspension or
    investigation news is defamation for the person.  The school is a subject only when the
    document refers to the school itself (its category is neutral when it is merely where
    someone works).  Non-unique staff count only where the page ties them to the school.

Running
    python3 build_train26.py   (from any directory) rewrites docs/ and labels.jsonl beside
    this file, checks every label against the text and prints a summary; exit 1 on problems.
"""

from __future__ import annotations

import html
import json
import re
import sys
import tomllib
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
LABELS = HERE / "labels.jsonl"

KINDS_HTML = {"news", "forum", "blog"}
KINDS_TXT = {"review", "social", "facebook"}
VARIANTS = [
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
]
CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]

DOCS: list[dict] = []


def e(subject, variant, category, form, url_only=False):
    """One expected mention; `form` is the text used for it (checked, not written out)."""
    return {"subject": subject, "variant": variant, "category": category, "form": form, "url_only": url_only}


def add(kind, text, expected, ctx=None, note=""):
    DOCS.append({"kind": kind, "text": text, "expected": expected, "ctx": ctx, "note": note})


def esc(s):
    return html.escape(s, quote=False)


def paras(block):
    """Blank-line separated paragraphs -> <p> elements; lines starting '> ' become a blockquote;
    lines starting '## ' become h2; '- ' lines become list items."""
    out = []
    for chunk in [c.strip("\n") for c in re.split(r"\n\s*\n", block.strip()) if c.strip()]:
        lines = chunk.split("\n")
        if all(l.startswith("> ") or l == ">" for l in lines):
            inner = "<br>".join(esc(l[2:]) for l in lines)
            out.append(f"<blockquote><p>{inner}</p></blockquote>")
        elif chunk.startswith("## "):
            out.append(f"<h2>{esc(chunk[3:])}</h2>")
        elif all(l.startswith("- ") for l in lines):
            out.append("<ul>" + "".join(f"<li>{esc(l[2:])}</li>" for l in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>".join(esc(l) for l in lines) + "</p>")
    return "\n".join(out)


def pick(pool, seed, n):
    """Deterministic selection of n items from pool."""
    k = len(pool)
    return [pool[(seed * 7 + i * 3) % k] for i in range(n)] if k else []


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


# ---------------------------------------------------------------------------
# Site chrome
# ---------------------------------------------------------------------------

COOKIE = {
    "std": "We and our 146 partners store and access information on your device, such as cookies, to personalise ads and content, measure performance and develop our services. You can accept or manage your choices, including your right to object where legitimate interest is used.",
    "short": "This site uses cookies to make it work and to understand how it is used. Essential cookies only? You can change your mind at any time in Privacy settings.",
    "forum": "We use cookies to keep you signed in, to remember your preferences and, with your consent, to show you adverts that pay for the site.",
}

SITES = {
    "echo": {
        "name": "Addlestow Echo", "domain": "www.addlestowecho.example", "cookie": "std",
        "tag": "Your borough. Your news. Since 1889.",
        "nav": ["News", "Crime", "Schools", "Council", "Sport", "What's On", "Property", "Jobs", "Announcements", "Contact us"],
        "pool": [
            "Bin strike: council says collections will resume on Monday",
            "Oxley Bridge station lifts out of action 'until spring'",
            "Ashcombe Broadway market traders fight 40 per cent rent rise",
            "Police appeal after string of moped thefts in Marlpit Vale",
            "New Jamaican bakery sees queues round the block on opening day",
            "Plans lodged for 19-storey tower on old bus garage site",
            "Pennick Green library to open on Sundays from next month",
            "Addlestow Town sign striker from Thameside Rovers",
            "Council tax to rise by 4.99 per cent, cabinet agrees",
            "Woman, 81, honoured for 50 years running pensioners' lunch club",
            "Road closures announced for Addlestow half marathon",
            "Vietnamese street food night returns to Fennel Parade",
            "Teenager stabbed in Crane Hill park 'stable in hospital'",
            "Damp and mould: tenants take housing association to tribunal",
            "Addlestow Carnival dates confirmed for August bank holiday",
            "Lorry hits Lullington Road railway bridge - again",
            "Turkish Cypriot community centre celebrates 40 years",
            "Rat 'the size of a cat' filmed in Oxley Bridge chicken shop",
            "Cycle lane row: traders say takings down 30 per cent",
            "Nigerian Independence Day parade draws thousands",
            "Obituary: Vincent 'Tiny' Gayle, sound system pioneer",
            "Free swimming for under-16s at Ashcombe Leisure Centre",
            "Pothole compensation claims double in a year",
            "Ferncombe allotment waiting list hits nine years",
        ],
        "footer": "Addlestow Echo is published by Echo Local Media Ltd, 3 Tannery Yard, Addlestow, London SE31 1AA. Registered in England No. 0481127. We are regulated by the Independent Press Standards Organisation. Complaints: readers@addlestowecho.example.",
        "comments": True,
    },
    "clarion": {
        "name": "Daily Clarion", "domain": "www.dailyclarion.example", "cookie": "std",
        "tag": "Britain's brightest daily",
        "nav": ["Home", "News", "Politics", "Showbiz", "Sport", "Money", "Health", "Travel", "Puzzles", "Shop"],
        "pool": [
            "Soap legend's secret beach wedding - all the pictures",
            "Mum's fury as budget airline charges £62 for a handbag",
            "Reality star reveals 'horror' teeth op in Turkey",
            "Energy bills set to fall by £120 in April, experts say",
            "Pensioner, 92, finishes marathon in tutu",
            "Five signs your dog is secretly depressed",
            "Bank holiday washout: Met Office issues yellow warning",
            "Premier League ace's £4m mansion raided",
            "Supermarket recalls chicken nuggets over plastic fears",
            "'I lost 9 stone eating cereal for tea' - mum's diet secret",
            "Holiday warning: the £1,000 mistake at passport control",
            "TV chef slams 'lazy' Brits over barbecue habits",
            "Migrant boat numbers hit record for March",
            "Royal insider lifts lid on palace feud",
            "Lottery winner blows £2m in 18 months",
        ],
        "footer": "© Clarion Newspapers Ltd. Registered office: 1 Fleet Arcade, London EC9 9ZZ. Clarion Newspapers supports IPSO regulation. Contact our editorial complaints team at complaints@dailyclarion.example.",
        "comments": True,
    },
    "toplum": {
        "name": "Toplum Post (English edition)", "domain": "en.toplumpost.example", "cookie": "short",
        "tag": "News for London's Turkish, Kurdish and Cypriot communities",
        "nav": ["Haberler", "Community", "Business", "Football", "Culture", "Cyprus", "Türkçe"],
        "pool": [
            "Halloumi exporters warn of summer shortage",
            "Ocakbaşı grill in Ashcombe wins regional award",
            "Cemevi fundraiser raises £40,000 for earthquake families",
            "Kurdish film festival returns to Addlestow",
            "Mortgage advice: what the rate cut means for families",
            "Cyprus flights: new direct route from Southend",
            "Youth league: Anadolu FC unbeaten in twelve",
        ],
        "footer": "Toplum Post Ltd, 88 Gannet Lane, London SE34 2ZX. Advertising: ads@toplumpost.example.",
        "comments": True,
    },
    "southside": {
        "name": "Southside Live", "domain": "southsidelive.example", "cookie": "short",
        "tag": "Independent, reader-funded journalism for south-east London",
        "nav": ["Latest", "Investigations", "Housing", "Education", "Culture", "Food", "Support us"],
        "pool": [
            "Investigation: the landlords behind Addlestow's worst HMOs",
            "The Pennick Green café that hires only ex-offenders",
            "Why are SE31 rents rising faster than anywhere in London?",
            "Photo essay: Sunday morning on Ashcombe Broadway",
            "Where has the borough's youth service money gone?",
            "Best jerk chicken in south-east London, ranked by readers",
            "Council housing waiting list passes 14,000",
        ],
        "footer": "Southside Live is a not-for-profit community news cooperative. Reg. Society No. 7711. hello@southsidelive.example",
        "comments": True,
    },
    "council": {
        "name": "Addlestow Council", "domain": "democracy.addlestow.example", "cookie": "short",
        "tag": "Committee meetings, agendas and minutes",
        "nav": ["Home", "Councillors", "Committees", "Meetings calendar", "Decisions", "Petitions", "Search documents"],
        "pool": [
            "Cabinet - agenda published",
            "Planning Committee A - minutes",
            "Licensing Sub-Committee - hearing notice",
            "Overview and Scrutiny - work programme",
            "Health and Wellbeing Board - webcast",
        ],
        "footer": "London Borough of Addlestow, Civic Centre, Catherine Wheel Road, London SE31 9AD. Telephone 0161 496 0000. Accessibility statement · Privacy · Cookies",
        "comments": False,
    },
    "jobs": {
        "name": "EduJobs London", "domain": "www.edujobslondon.example", "cookie": "short",
        "tag": "Teaching and support roles across London",
        "nav": ["Find jobs", "Schools", "Salary guide", "Career advice", "Post a job", "Sign in"],
        "pool": [
            "Teacher of Geography - Ashcombe High",
            "Cover Supervisor - Marlpit Vale Academy",
            "Science Technician - St Aldhelm's Catholic College",
            "Learning Mentor - Hatch Green Girls' School",
            "Teacher of Music (maternity cover) - Thornbury Vale Academy",
        ],
        "footer": "EduJobs London Ltd. We never charge candidates. Report a suspicious advert: trust@edujobslondon.example.",
        "comments": False,
    },
}

FORUMS = {
    "natter": {
        "name": "NatterNest", "domain": "www.natternest.example",
        "nav": ["Talk", "Active threads", "Local", "Education", "Am I being unreasonable?", "Chat", "Campaigns", "Log in"],
        "pool": [
            "AIBU to refuse to host Christmas for the third year running?",
            "DD (14) wants a septum piercing - hill to die on?",
            "Moving out of London for schools: regrets?",
            "What's the cheapest decent school shoe?",
            "Husband 'forgot' our anniversary again",
            "Anyone else's teen only communicating in TikTok sounds?",
            "Grammar school tutoring: worth it or madness?",
            "Secondary transfer day thread - how did you all get on?",
            "Chat: what's for tea tonight?",
            "Is it normal for Year 7s to have 3 hours homework?",
        ],
        "footer": "NatterNest is the UK's busiest parenting forum. Posts are the views of their authors. Report a post · Talk guidelines · Privacy · Contact: talk@natternest.example",
        "user_meta": True,
    },
    "staffroom": {
        "name": "Staffroom", "domain": "community.staffroomforum.example",
        "nav": ["Forums", "Workplace dilemmas", "Behaviour", "Leadership", "Pastoral & SEND", "Jobs board", "Sign in"],
        "pool": [
            "Marking at 11pm - is this just the job now?",
            "The call came: Ofsted tomorrow. Tips?",
            "Leaving teaching at 45 - stories please",
            "Cover supervisor teaching full timetable - legal?",
            "Does anyone actually like the new KS3 curriculum?",
            "NQT/ECT: mentor never turns up",
            "Supply rates in London 2024",
        ],
        "footer": "Staffroom community forums. Anonymous posting is permitted; do not post identifying details of pupils. moderators@staffroomforum.example",
        "user_meta": True,
    },
    "grimeyard": {
        "name": "GrimeYard", "domain": "grimeyard.example",
        "nav": ["Forum", "Sets & Clashes", "Drill", "Radio", "Producers", "Off Topic", "Login"],
        "pool": [
            "Best pirate radio set of all time?? (serious)",
            "Is UK drill finished or nah",
            "Eskimo vs Devil - producers only",
            "Unreleased dubs from 2005 thread",
            "Who's the hardest MC out of SE right now",
            "Clash of the year 2024",
        ],
        "footer": "GrimeYard est. 2006. Keep it about the music. No postcode beef, no snitching threads, no doxxing. admin@grimeyard.example",
        "user_meta": True,
    },
    "setalk": {
        "name": "SE Talk", "domain": "www.setalk.example",
        "nav": ["Forums", "Local chat", "Property", "Schools", "Food & drink", "Lost & found", "Register"],
        "pool": [
            "New Lidl on Fennel Parade - opening date?",
            "Best jollof in SE31? (fight me)",
            "Helicopter over Crane Hill last night?",
            "Anyone recommend a decent builder (loft)?",
            "Oxley Bridge overground closures again",
            "Fox took my trainers. Again.",
        ],
        "footer": "SE Talk - community forums for south-east London since 2004. Hosted by volunteers. Be excellent to each other.",
        "user_meta": False,
    },
}


def cookie_banner(kind):
    return (f'<div id="cookie-consent" class="cmp-banner" role="dialog"><p>{esc(COOKIE[kind])}</p>'
            '<button class="accept">Accept all</button> <button class="reject">Reject non-essential</button> '
            '<a href="/privacy">Manage preferences</a></div>')


def nav(items, domain):
    return "<nav><ul>" + "".join(f'<li><a href="https://{domain}/{slugify(i)}/">{esc(i)}</a></li>' for i in items) + "</ul></nav>"


def news(site, headline, date, body, byline=None, standfirst="", comments=(), section="News", seed=0, tags=(), updated=None):
    s = SITES[site]
    slug = slugify(headline)
    side = pick(s["pool"], seed + len(headline), 5)
    more = pick(s["pool"], seed + 11, 3)
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
           f"<title>{esc(headline)} | {esc(s['name'])}</title>",
           f'<meta name="description" content="{html.escape(standfirst or headline)}">',
           f'<link rel="canonical" href="https://{s["domain"]}/{slugify(section)}/{slug}">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<style>body{font-family:Georgia,serif}nav li{display:inline;margin:0 .5em}</style>",
           "</head><body>", cookie_banner(s["cookie"]),
           f'<header class="masthead"><a class="logo" href="https://{s["domain"]}/">{esc(s["name"])}</a>'
           f'<p class="strap">{esc(s["tag"])}</p>{nav(s["nav"], s["domain"])}</header>',
           '<div class="ad-slot leaderboard">Advertisement</div>',
           f'<main><article><p class="kicker">{esc(section)}</p><h1>{esc(headline)}</h1>']
    if standfirst:
        out.append(f'<p class="standfirst">{esc(standfirst)}</p>')
    if byline:
        who, role = byline
        out.append(f'<div class="byline">By <a rel="author" href="https://{s["domain"]}/author/{slugify(who)}">{esc(who)}</a>'
                   + (f", {esc(role)}" if role else "") + f' · <time>{esc(date)}</time>'
                   + (f' · Updated <time>{esc(updated)}</time>' if updated else "") + "</div>")
    else:
        out.append(f'<div class="byline"><time>{esc(date)}</time></div>')
    out.append('<div class="share">Share: Facebook · X · WhatsApp · Email</div>')
    out.append(f'<div class="article-body">\n{paras(body)}\n</div>')
    if tags:
        out.append('<p class="tags">Topics: ' + " · ".join(f'<a href="/topic/{slugify(t)}">{esc(t)}</a>' for t in tags) + "</p>")
    out.append('<aside class="more"><h3>More from ' + esc(s["name"]) + "</h3><ul>" + "".join(f"<li><a href=\"#\">{esc(h)}</a></li>" for h in more) + "</ul></aside>")
    out.append("</article>")
    if s["comments"]:
        out.append(f'<section class="comments"><h2>Comments ({len(comments)})</h2>')
        if not comments:
            out.append("<p>Comments are closed on this article.</p>")
        for c in comments:
            user, when, text = c[0], c[1], c[2]
            likes = c[3] if len(c) > 3 else ""
            out.append(f'<div class="comment"><span class="user">{esc(user)}</span> <time>{esc(when)}</time>'
                       f'<div class="ctext">{paras(text)}</div><span class="votes">{esc(str(likes))}</span> Reply · Report</div>')
        out.append("<p class=\"house-rules\">Comments are the views of readers. Read our community guidelines.</p></section>")
    out.append("</main>")
    out.append('<aside class="sidebar"><h3>Most read</h3><ol>' + "".join(f"<li><a href=\"#\">{esc(h)}</a></li>" for h in side) + "</ol>"
               '<div class="newsletter"><h3>Get the morning briefing</h3><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>'
               '<div class="ad-slot mpu">Advertisement</div></aside>')
    out.append(f'<footer><p>{esc(s["footer"])}</p><p><a href="/about">About us</a> · <a href="/privacy">Privacy notice</a> · <a href="/cookies">Cookie policy</a> · <a href="/terms">Terms</a> · <a href="/advertise">Advertise</a></p></footer>')
    out.append("</body></html>")
    return "\n".join(out)


def forum(site, board, title, posts, seed=0, pages=1):
    """posts: list of (user, when, text) or (user, when, text, extra) tuples."""
    f = FORUMS[site]
    side = pick(f["pool"], seed + len(title), 5)
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
           f"<title>{esc(title)} | {esc(board)} | {esc(f['name'])}</title>",
           f'<link rel="canonical" href="https://{f["domain"]}/t/{slugify(title)}">',
           "</head><body>", cookie_banner("forum"),
           f'<header><a class="logo" href="https://{f["domain"]}/">{esc(f["name"])}</a>{nav(f["nav"], f["domain"])}'
           '<form class="search"><input name="q" placeholder="Search"></form></header>',
           f'<main><p class="breadcrumb"><a href="/">{esc(f["name"])}</a> › <a href="/b/{slugify(board)}">{esc(board)}</a> › {esc(title)}</p>',
           f'<h1 class="thread-title">{esc(title)}</h1>',
           f'<p class="thread-stats">{len(posts)} replies shown · Page 1 of {pages} · Watch thread</p>']
    for i, p in enumerate(posts):
        user, when, text = p[0], p[1], p[2]
        extra = p[3] if len(p) > 3 else ""
        meta = ""
        if f["user_meta"]:
            meta = f' <span class="ustats">{esc(extra)}</span>' if extra else ""
        out.append(f'<div class="post" id="post-{i + 1}"><div class="post-meta"><span class="username">{esc(user)}</span>{meta}'
                   f' · <time>{esc(when)}</time> · #{i + 1}</div><div class="post-body">{paras(text)}</div>'
                   '<div class="post-actions">Quote · Like · Report</div></div>')
    if pages > 1:
        out.append('<div class="pagination">' + " ".join(f'<a href="?page={n}">{n}</a>' for n in range(1, pages + 1)) + ' <a href="?page=2">Next ›</a></div>')
    out.append('<div class="reply-box"><p>You must be logged in to reply.</p></div></main>')
    out.append('<aside class="sidebar"><h3>Trending</h3><ul>' + "".join(f"<li><a href=\"#\">{esc(h)}</a></li>" for h in side) + "</ul></aside>")
    out.append(f'<footer><p>{esc(f["footer"])}</p></footer></body></html>')
    return "\n".join(out)


def blog(blogname, domain, title, author, date, body, comments=(), about="", links=(), cookie="short", tagline=""):
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
           f"<title>{esc(title)} – {esc(blogname)}</title>",
           f'<link rel="canonical" href="https://{domain}/{slugify(title)}/">',
           f'<link rel="alternate" type="application/rss+xml" href="https://{domain}/feed/">',
           "</head><body>", cookie_banner(cookie),
           f'<header class="site-header"><a class="site-title" href="https://{domain}/">{esc(blogname)}</a>'
           + (f'<p class="tagline">{esc(tagline)}</p>' if tagline else "")
           + '<nav><a href="/">Home</a> · <a href="/about/">About</a> · <a href="/archive/">Archive</a> · <a href="/contact/">Contact</a></nav></header>',
           f'<main><article class="post"><h1 class="entry-title">{esc(title)}</h1>'
           f'<p class="entry-meta">Posted on <time>{esc(date)}</time> by {esc(author)}</p>',
           f'<div class="entry-content">\n{paras(body)}\n</div>',
           '<p class="share">Share this: Email · Facebook · X · Print</p></article>']
    out.append(f'<section id="comments"><h2>{len(comments)} thoughts on “{esc(title)}”</h2>')
    for c in comments:
        out.append(f'<div class="comment"><p class="comment-author">{esc(c[0])} <span class="says">says:</span></p>'
                   f'<p class="comment-date">{esc(c[1])}</p>{paras(c[2])}<p class="reply">Reply</p></div>')
    out.append('<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></div></section></main>')
    out.append('<aside class="widget-area">' + (f'<section class="widget"><h2>About</h2><p>{esc(about)}</p></section>' if about else "")
               + ('<section class="widget"><h2>Links</h2><ul>' + "".join(f"<li>{esc(l)}</li>" for l in links) + "</ul></section>" if links else "")
               + '<section class="widget"><h2>Archives</h2><ul><li>2025</li><li>2024</li><li>2023</li></ul></section></aside>')
    out.append(f'<footer class="site-footer"><p>© {esc(blogname)} · Proudly powered by WordPress · Theme: Twenty Twenty-One</p></footer></body></html>')
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Plain-text extracts (as scraped from a platform)
# ---------------------------------------------------------------------------

SCHOOL_LISTING = ("Kestrel Rise Academy\n3.1 ★★★☆☆ (214 reviews)\nSecondary school · Brockhurst Road, Sedley Cross, London SE31 6PN\n"
                  "Open ⋅ Closes 16:30 · kestrelrise.example · 01632 960418")


def reviews(listing, items, sort="Newest"):
    """items: (name, guide_meta, stars, when, text, owner_response or None, likes)."""
    out = ["Google Maps · Reviews", listing, "", f"Sort by: {sort}   ·   Search reviews", ""]
    for it in items:
        name, meta, stars, when, text = it[:5]
        resp = it[5] if len(it) > 5 else None
        likes = it[6] if len(it) > 6 else 0
        out.append(name)
        if meta:
            out.append(meta)
        out.append(f"{'★' * stars}{'☆' * (5 - stars)} · {when}")
        out.append(text.strip())
        out.append(f"👍 {likes}   Share" if likes else "Like   Share")
        if resp:
            out.append("")
            out.append(f"Response from the owner · {resp[0]}")
            out.append(resp[1].strip())
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def fb(group, author, when, text, reactions, ncomments, comments, shares=None):
    """comments: list of (name, text, meta) with replies as ('  ↳ name', text, meta)."""
    out = [f"Facebook · {group}", "", f"{author}", f"{when} · 👥", "", text.strip(), "",
           f"{reactions} · {ncomments} comments" + (f" · {shares} shares" if shares else ""),
           "Like   Comment   Send   Share", "", "Most relevant ▾", ""]
    for c in comments:
        name, t = c[0], c[1]
        meta = c[2] if len(c) > 2 else "Like · Reply"
        ind = "    " if name.startswith("  ") else ""
        out.append(f"{ind}{name.strip()}")
        for line in t.strip().split("\n"):
            out.append(f"{ind}{line}")
        out.append(f"{ind}{meta}")
        out.append("")
    out.append("View more comments")
    return "\n".join(out) + "\n"


def social(platform, header, items, footer=""):
    """Generic social extract: header block then items (user, when, text, meta)."""
    out = [platform, header.strip(), ""]
    for it in items:
        user, when, text = it[0], it[1], it[2]
        meta = it[3] if len(it) > 3 else ""
        ind = "    " if user.startswith("  ") else ""
        out.append(f"{ind}{user.strip()} · {when}")
        for line in text.strip().split("\n"):
            out.append(f"{ind}{line}")
        if meta:
            out.append(f"{ind}{meta}")
        out.append("")
    if footer:
        out.append(footer)
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------------------
# Batch 1: inspection, behaviour regime, first decoys
# ---------------------------------------------------------------------------

# 000
add("news", news(
    "echo", "Kestrel Rise Academy rated 'requires improvement' as inspectors criticise behaviour and attendance",
    "Thursday 9 November 2023, 6:00am", byline=("Priya Nandakumar", "Education reporter"), section="Schools", seed=1,
    standfirst="Sedley Cross secondary slips from 'good' after inspectors find 'too much low-level disruption' and persistent absence above the national average",
    tags=("Schools", "Ofsted", "Sedley Cross"),
    body="""
One of Addlestow's biggest secondary schools has been told it "requires improvement" after inspectors found lessons disrupted by poor behaviour and nearly a third of pupils persistently absent.

Kestrel Rise Academy, which has around 1,400 pupils on its Brockhurst Road site in Sedley Cross, was previously rated good. The report, published on Tuesday, says leaders "have an accurate view of the school's weaknesses" but that their plans "have not yet had sufficient impact".

Inspectors praised the sixth form, where they said students "are ambitious and well supported", and the mathematics department, describing teaching there as "consistently strong". They also noted that pupils with special educational needs "are identified quickly", although some parents told inspectors that support "is not always put in place".

But the report says corridors and the canteen were "at times chaotic", that some pupils "do not feel safe at social times", and that too many lessons were interrupted by "low-level chatter and defiance that staff do not consistently challenge".

Headteacher Ruth Adeyemi-Clarke, who joined the school in September 2021, said: "We accept the report's findings in full. Our young people deserve calm, purposeful classrooms every single day, and I am not prepared to wait for that. From January we will be introducing a new behaviour curriculum and a clear, consistent approach in every classroom."

She added that attendance had been "hit harder here than almost anywhere" by the pandemic and the cost-of-living crisis, and said the school had appointed two extra attendance officers.

A spokesperson for the Thameside Learning Trust, which runs the academy, said the trust had "full confidence" in the leadership team.

Parents who spoke to the Echo outside the gates on Wednesday were divided. One mother, whose son is in Year 9, said: "The teachers are lovely but it's been a free-for-all since Covid. Something had to give." Another parent said her daughter "loves it there" and that the report "doesn't reflect the school I know".

The school is one of four secondaries in the borough currently rated below good. Borough-wide, the proportion of pupils persistently absent rose to 27 per cent last year.

The full report is available on the inspectorate's website.
""",
    comments=[
        ("SedleyMum78", "9 Nov 2023", "Not surprised in the slightest. My son came home with his blazer ripped twice in one term and nobody could tell me who did it. Adeyemi-Clarke has been a disaster, two years of slogans and nothing changes.", "👍 41"),
        ("oldboy_1994", "9 Nov 2023", "Went there when it was Sedley Cross Comp. Rough then, rough now. The more things change...", "👍 12"),
        ("Hatch Green Dad", "9 Nov 2023", "Bakare's maths department is the only thing keeping that place afloat. My daughter got an 8 and she was predicted a 5 in Year 10.", "👍 27"),
        ("Truthteller_SE", "10 Nov 2023", "Requires improvement is generous. Pull your kids out while you can.", "👍 6"),
    ]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("radeyemiclarke", "exact", "negative", "Ruth Adeyemi-Clarke"),
     e("tbakare", "possessive", "neutral", "Bakare's")])

# 001
add("forum", forum(
    "natter", "Secondary education", "Kestrel or Hatch Green Girls for DD? Offers day panic", seed=2, pages=2,
    posts=[
        ("PollyAndTheBees", "1 Mar 2024 19:42", """Right, offers day has landed and we've got Hatch Green Girls (2nd choice) and, thanks to a late offer from the list, Kestrel (1st choice but we'd given up on it). DD is 11, quite quiet, very into art and drama.

Everyone on our road is obsessed with the girls' school but I went round Kestrel on the open evening and the drama studio was amazing, the kids who showed us round were confident and funny. The inspection thing put me off a bit though.

Anyone got actual experience of either? Not interested in what someone's cousin's neighbour heard at the school gate.""", "Posts: 412"),
        ("Mumofthreeboys", "1 Mar 2024 19:50", "Eldest is in Year 10 at Kestrel. Honestly the new behaviour stuff has made a massive difference. It's strict, they lock phones in pouches at the gate and corridors are silent between lessons, but he says he can actually hear the teacher now. Drama there is genuinely brilliant.", "Posts: 3,118"),
        ("PollyAndTheBees", "1 Mar 2024 19:53", "Silent corridors sounds a bit Victorian?? Does it bother him?", "Posts: 412"),
        ("Mumofthreeboys", "1 Mar 2024 19:58", "He moaned for a fortnight and now doesn't notice. The ones who kick off about it on TikTok are mostly the ones who were kicking off in lessons anyway. That's my view, others will disagree!", "Posts: 3,118"),
        ("GreenTeaAndBiscuits", "1 Mar 2024 20:05", """I'll be the dissenting voice. DS (autistic, no EHCP yet) lasted one term at Kestrel. The detention system is relentless and there is no flexibility whatsoever for kids who can't do eye contact or who need to move. He was in isolation four times before Christmas for things that were literally his disability.

The one person who fought for him was Mrs Mensah, the SENCo, who is run off her feet and clearly overruled. I don't blame her at all. I blame the system they've built over her head.

He's now at a specialist provision and thriving.""", "Posts: 88"),
        ("PollyAndTheBees", "1 Mar 2024 20:09", "That's awful, I'm sorry. DD isn't SEN as far as we know but that's useful to know about how rigid it is.", "Posts: 412"),
        ("Yorkshirelass_inSE", "1 Mar 2024 20:15", "HG Girls is lovely but very 'polite' if you know what I mean. Very good at hiding problems. My niece had a horrible time with friendship groups there and the school just did a circle time and called it sorted. Every school has its issues.", "Posts: 1,204"),
        ("Tinkerbellsmum", "1 Mar 2024 20:22", "I'd go Kestrel for the drama alone if she's keen. They did a production last summer that made me cry and I don't even know the kid who was in it.", "Posts: 57"),
        ("GreenTeaAndBiscuits", "1 Mar 2024 20:30", "Fair enough. I'd just say ask very direct questions at the transition evening about what happens when a child can't comply rather than won't. Watch how they answer.", "Posts: 88"),
        ("AuntieMame", "1 Mar 2024 20:41", "Bumping for you as I'm in the same position with a different school. Good luck whatever you choose OP, they usually land on their feet at 11.", "Posts: 9,871"),
        ("PollyAndTheBees", "1 Mar 2024 21:16", "Thanks all. Going to accept and go to the transition evening armed with questions. Will report back.", "Posts: 412"),
    ]),
    [e("school", "short_name", "negative", "Kestrel"),
     e("gmensah", "title_surname", "neutral", "Mrs Mensah")])

# 002
add("social", social(
    "TikTok", """@kestrelyr10memes
POV: u hear the tap tap tap of Mr O'Mahony's shoes in the silent corridor 💀💀 #schoolpov #uk #fyp
♫ original sound - kestrelyr10memes
♥ 212.4K   💬 2,318   ↗ 9,102""",
    [
        ("jaylen.k", "2024-02-13", "the way my heart STOPS when i hear them shoes bro", "♥ 8,211 · Reply"),
        ("  shanaya.x", "2024-02-13", "nahhh this is too accurate 😭😭", "♥ 1,022"),
        ("deeezyy_se31", "2024-02-13", "O'Mahony is a certified wasteman. gave me a 2 hour det for my sock colour. my SOCK colour fam", "♥ 5,430 · Reply"),
        ("  rxmeo", "2024-02-14", "swear man needs to get banged one of these days. watch when he's off the premises innit", "♥ 312"),
        ("  kestrel.girlie", "2024-02-14", "💀 don't say that on here u dumbass", "♥ 640"),
        ("mum_of_4_se", "2024-02-14", "As a parent I think he's doing a great job actually, my son's grades went up since september", "♥ 91 · Reply"),
        ("  jaylen.k", "2024-02-14", "ok Mrs O'Mahony 😂", "♥ 3,310"),
        ("princessbee", "2024-02-15", "kestrel is literally a prison w a canteen", "♥ 2,004 · Reply"),
        ("adeola_27", "2024-02-15", "why do all uk schools look like this", "♥ 44 · Reply"),
    ]),
    [e("domahony", "title_surname", "threat", "Mr O'Mahony"),
     e("school", "short_name", "negative", "kestrel")])

# 003
add("review", reviews(SCHOOL_LISTING, [
    ("Tolu Adebayo", "Local Guide · 38 reviews · 102 photos", 4, "2 months ago",
     "Our son moved here in Year 8 after a bad time elsewhere and it's been the making of him. The PE department in particular, Mr Demir got him into the football team and he's now training twice a week instead of hanging about on the estate. Communication from the office could be better (took 3 weeks to get a reply about a uniform issue) but overall very happy.",
     ("2 months ago", "Thank you for your kind words. We have passed them on to the PE department. We're sorry about the delay and are reviewing our response times."), 6),
    ("Karen Whitlow", "4 reviews", 1, "3 months ago",
     "Went to the office to drop off my daughter's inhaler and was treated like a criminal. Mr Pocock, who I'm told runs the business side, was incredibly rude when I asked why they'd changed the lunch supplier without telling anyone. Food is now rubbish and more expensive.",
     None, 19),
    ("S H", "", 2, "4 months ago",
     "Too strict. Silent corridors, phones locked away, detentions for the smallest thing. Kids aren't robots.", None, 11),
]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("ademir", "title_surname", "neutral", "Mr Demir"),
     e("gpocock", "title_surname", "negative", "Mr Pocock")])

# 004
add("facebook", fb(
    "Addlestow Parents Chat 🏫 (Private group · 8.4K members)", "Marcia Ellington-Barnes", "16 January 2024 at 21:14",
    """Can somebody please explain to me how it is LEGAL for KRA to take my son's phone off him at 8.30 and lock it in a pouch till 3.15?? I pay for that phone. If something happens to him on the way home or in school how do I reach him.

Rang the school and got told Mr O'Mahony would call me back. Still waiting. Three days.

I'm not one to complain but this is too much.""",
    "😡😮👍 214", 167, [
        ("Funmi Oladipo", "Phones are a distraction Marcia. My girls are doing better since. If there's an emergency you phone the office like we did in the 90s 🤷🏾‍♀️", "Like · Reply · 3d · 👍 88"),
        ("  Marcia Ellington-Barnes", "The office don't pick up Funmi that's the point", "Like · Reply · 3d · 👍 31"),
        ("Liam Doherty", "The pouch is unlocked by a magnet, my lad has already worked out the art block has one 😂", "Like · Reply · 3d · 👍 140"),
        ("Hoa Tran", "My son says most teachers are fair but it depends on who. Phone rule is the same in many schools now.", "Like · Reply · 3d"),
        ("Debbie Sayer", "It's legal, it's in the behaviour policy you signed at admission. Whether it's sensible is another question. The communication from that school is dire though, I agree with you there.", "Like · Reply · 2d · 👍 22"),
        ("Marcia Ellington-Barnes", "UPDATE he finally rang. Polite enough but basically said tough. Not impressed.", "Like · Reply · 2d · 👍 19"),
    ], shares=3),
    [e("school", "alias", "negative", "KRA"),
     e("domahony", "title_surname", "negative", "Mr O'Mahony")])

# 005
add("news", news(
    "clarion", "'Like a prison': fury as London school bans TALKING in corridors and locks up pupils' phones",
    "Saturday 24 February 2024, 10:31pm", byline=("Craig Mottram", "Chief Reporter"), section="News", seed=2,
    standfirst="Parents brand silent-corridor rules 'Dickensian' - but head insists calm is working",
    body="""
A south London comprehensive has banned pupils from talking in its corridors, locked away their mobile phones for the whole school day and introduced "reset rooms" where rule-breakers sit in silence.

Kestrel Rise Academy in Sedley Cross brought in the zero-tolerance regime in January after a damning inspection found behaviour was out of control.

Pupils must now walk between lessons in single file on the left-hand side of the corridor, "without conversation". Phones are sealed in magnetic pouches at the gate. Anyone caught without a pen, wearing the wrong socks or "tutting" at a teacher faces an hour's detention.

One furious mother, who asked not to be named, told the Clarion: "It's like a prison. My daughter is 12, not a convict. They're not allowed to say good morning to their friends."

Another dad called the rules "Dickensian" and said children were being "punished for being children".

Videos mocking the rules have been watched millions of times on TikTok, with pupils posting clips of silent lines filing past staff in hi-vis tabards.

But headteacher Ruth Adeyemi-Clarke, 49, insisted the changes were working. "Since January, recorded incidents of serious disruption have halved," she said. "Our children are entitled to the same calm, orderly schools that children in leafier places take for granted. I make no apology for that."

Deputy head Declan O'Mahony, who leads on behaviour, said most pupils "have embraced it" and that detentions were "already falling week on week".

The school's approach mirrors that of several high-profile academy chains whose leaders have been praised by ministers.

Education campaigner Dr Sonia Frewin said: "There is a fine line between structure and control. Schools in poorer areas are increasingly running regimes that would never be tolerated at a private school."

The Thameside Learning Trust said: "The school's behaviour policy was consulted on with families and is in line with national guidance."
""",
    comments=[
        ("Brit_first_always", "25 Feb 2024", "Good. About time someone took these feral kids in hand. Nothing wrong with silence.", "▲ 412 ▼ 40"),
        ("MaggieFromKent", "25 Feb 2024", "My grandson's school is the same and he's thriving. The parents complaining are the problem.", "▲ 220 ▼ 18"),
        ("Westward_Ho_88", "25 Feb 2024", "Adeyemi-Clarke. Says it all. Another import who thinks British children should be drilled like they do back in Lagos. Send her back there and let her run a school in her own country.", "▲ 97 ▼ 301"),
        ("grandad_ron", "25 Feb 2024", "Stop making everything about race. It's a strict school, that's all.", "▲ 256 ▼ 12"),
        ("FreeThinker1066", "26 Feb 2024", "Prisons have better human rights than this. Ofsted should shut it.", "▲ 31 ▼ 88"),
    ]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("radeyemiclarke", "exact", "hate", "Ruth Adeyemi-Clarke"),
     e("domahony", "exact", "neutral", "Declan O'Mahony")])

# 006 decoy: an MC called Kestrel
add("forum", forum(
    "grimeyard", "Sets & Clashes", "KESTREL vs Lil Dyno - who won?? (Roof FM clash)", seed=3,
    posts=[
        ("wileystyle_81", "12 Jun 2024 01:12", """Watched it back 3 times now. Kestrel came with the bars, the flow switch on the third round was stupid. But Dyno had the crowd and in a clash the crowd matters.

For me Kestrel edged it. Dyno recycled that 'birdman' line from his 2022 tape and everyone noticed.""", "Joined 2007 · 14,202 posts"),
        ("SubLowDub", "12 Jun 2024 01:20", "Kestrel all day. Man is one of the few MCs left who can actually ride a 140 riddim properly. Kids today can't do it.", "Joined 2009 · 3,110 posts"),
        ("Dyno_Stan_4L", "12 Jun 2024 01:34", "Dyno bodied him. Kestrel was reading off his phone in round 2, you can see it at 11:40. Shameful.", "Joined 2021 · 201 posts"),
        ("wileystyle_81", "12 Jun 2024 01:37", "He was checking the time 😂 stop reaching", "Joined 2007 · 14,202 posts"),
        ("OldSkoolPirate", "12 Jun 2024 02:05", """Both of them would've got bodied on a Sunday night on Roof FM in '04 but that's just me being an old man.

Kestrel's best work is still that first EP, the one with the Hatchet riddim. Everything since has been a bit safe.""", "Joined 2006 · 22,887 posts"),
        ("LdnDrillWatch", "12 Jun 2024 02:19", "Name a better underground MC right now than Kestrel I'll wait", "Joined 2019 · 955 posts"),
        ("SubLowDub", "12 Jun 2024 02:22", "Fair shout on the EP tho, the Hatchet riddim still goes off in the dance", "Joined 2009 · 3,110 posts"),
        ("Dyno_Stan_4L", "12 Jun 2024 02:40", "Rematch at the summer jam, bet Dyno shuts it down", "Joined 2021 · 201 posts"),
    ]),
    [])

# 007 decoy: kestrels, the bird
add("blog", blog(
    "Kites & Kestrels: birding south-east London", "kitesandkestrels.example",
    "A pair of kestrels on the gasholder, and a very late wheatear", "Malcolm Thrower", "18 April 2024",
    """Up at first light on the marshes at Ferncombe, the wind still from the east and a proper chill in it.

## The kestrels

The pair I mentioned in March are definitely nesting on the old gasholder frame again. The female was hunting along the railway embankment for twenty minutes, hovering so still you could have set a spirit level by her, then dropping into the rough grass. She came up twice with something small, probably a vole, and took it straight up to the frame.

The male was perched on the pylon by the footbridge, calling. This is the fourth year in a row they've used the site. With the redevelopment plans for the gas works I worry this may be the last. I've written to the council planning team to ask whether any survey was done; I'll report back if they ever reply.

## Elsewhere

- Wheatear on the football pitches, very late for a spring migrant here
- 3 chiffchaffs singing along the brook
- Grey wagtail at the sluice
- Sparrowhawk over the allotments, mobbed by crows

If you're heading down, the path by the sluice is flooded at the moment - wellies essential.

Photographs of the kestrels are on my Flickr, link in the sidebar. Please do not approach the gasholder; it's fenced for a reason, and the birds are protected while nesting.""",
    comments=[("Jenny W", "18 April 2024", "Lovely write-up. Saw the kestrel hovering from the train yesterday, didn't know they nested there!"),
              ("Malcolm Thrower", "19 April 2024", "Jenny, they do! Best viewed from the footbridge with binoculars.")],
    about="Thirty years of birding in the city. Notes, lists and the occasional grumble.",
    links=["London Bird Club", "RSPB local group", "My Flickr"]),
    [])

# 008
add("social", social(
    "X", """Post
Yetunde (she/her) @yetty_speaks · 4 Oct 2023
So #KestrelRise is sending Black girls home for "extreme hairstyles" aka box braids and cornrows in 2023?? And the head is a Black woman who should know better. I'm genuinely shaking. My niece was in tears.
11:04 PM · 4 Oct 2023 · 241K Views
1,902 Reposts  311 Quotes  6,488 Likes  402 Bookmarks""",
    [
        ("Dami @damiwrites", "4 Oct", "This is the head? Ruth Adeyemi-Clarke? Respectability politics in a blazer.", "58 · 401 Likes"),
        ("Patriot Pete 🇬🇧 @peteUK1966", "5 Oct", "Why is a Nigerian woman running a school in London in the first place. Sort your own country out. Britain for the British", "12 · 38 Likes"),
        ("  Yetunde (she/her) @yetty_speaks", "5 Oct", "Blocked and reported. Disgusting.", "210 Likes"),
        ("Shay 🌸 @shayshayxo", "5 Oct", "my cousin goes there they literally measured her braids with a ruler 😭", "77 Likes"),
        ("SE31 Mum of 2 @SE31mumof2", "5 Oct", "I've emailed the governors. Everyone should. The policy is discriminatory and probably unlawful under the Equality Act.", "96 Likes"),
    ]),
    [e("school", "hashtag", "negative", "#KestrelRise"),
     e("radeyemiclarke", "exact", "hate", "Ruth Adeyemi-Clarke")])

# 009
add("news", news(
    "echo", "School scraps 'extreme hairstyles' rule after braids row",
    "Wednesday 11 October 2023, 4:45pm", byline=("Priya Nandakumar", "Education reporter"), section="Schools", seed=4,
    standfirst="Kestrel Rise apologises to families after girls were sent home over protective styles",
    body="""
A Sedley Cross secondary school has withdrawn a uniform rule banning "extreme hairstyles" after Black pupils were sent home for wearing braids and cornrows.

Kestrel Rise Academy apologised to families on Tuesday evening in a letter signed by the headteacher and the chair of governors, admitting that the wording of the policy "was wrong and has caused real hurt".

At least three girls in Year 8 were sent home last week, according to parents, with one mother saying her daughter's braids had been "measured with a ruler" by a member of staff.

The row spread rapidly on social media after a post by the girl's aunt was shared thousands of times, and a petition calling for the rule to be scrapped gathered more than 4,000 signatures in two days.

In the letter, headteacher Ruth Adeyemi-Clarke wrote: "As a Black woman who wore braids to school myself, I understand how deeply this has affected our families. I am sorry. The rule has been withdrawn with immediate effect, and no pupil will be sanctioned for their natural or protective hairstyle."

The school said the policy had been inherited and "not properly reviewed", and that it would now be rewritten with parents and pupils.

Local campaign group the Addlestow Hair Equality Network welcomed the U-turn. Founder Abena Sarpong said: "This is a win for every child in this borough. But it should never have taken a viral post for a school to see the obvious."

Sedley Cross ward councillor Bernadette Foley said she had met the school and was "reassured that lessons have been learned".

Under the Equality Act, policies that ban hairstyles associated with particular racial groups can amount to indirect discrimination unless they can be justified.
""",
    comments=[
        ("Roots&Crowns", "11 Oct 2023", "Good. Now apologise properly to those girls face to face.", "👍 33"),
        ("Mr_Sensible", "11 Oct 2023", "Schools can't win. Enforce uniform - racist. Don't - standards slip.", "👍 9"),
        ("AuntieBisi", "12 Oct 2023", "The apology was actually decent. Credit where it's due.", "👍 21"),
    ]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("radeyemiclarke", "exact", "neutral", "Ruth Adeyemi-Clarke")])

# 010
add("facebook", fb(
    "Wyvern Estate Residents (Public group · 2.1K members)", "Pauline Okafor", "7 May 2024 at 16:02",
    """Anyone know what happened outside Kestrel at home time? Police everywhere on Brockhurst Rd, helicopter overhead, my Jermaine said a boy got chased with a knife and ran into the bus shelter. He's shaken up.

Thank God for Mr Murphy who apparently stood in front of the boy and walked him back inside. That man deserves a medal.""",
    "😢❤️👍 388", 121, [
        ("Gina Stavrou", "My daughter said the same, Mr Murphy was amazing. Police have closed the road by the Co-op.", "Like · Reply · 2h · 👍 54"),
        ("Rochelle Campbell", "This is why we need proper youth provision. Kids have nowhere to go after 3pm. Council closed the youth club on the estate in 2019 and look.", "Like · Reply · 2h · 👍 71"),
        ("Steve Gaskin", "Was outside the chip shop, saw it all. Older boys, not school kids. They were waiting for him.", "Like · Reply · 1h · 👍 12"),
        ("  Pauline Okafor", "Lord have mercy. Thank you Steve", "Like · Reply · 1h"),
        ("Thanh Huong Vo", "My son was on the bus, he is ok. Praying for the boy.", "Like · Reply · 1h · 👍 9"),
        ("Admin - Wyvern Estate Residents", "Please don't post names or videos of the young people involved. Police have asked anyone with information to call 101.", "Like · Reply · 48m · 👍 102"),
    ]),
    [e("school", "short_name", "neutral", "Kestrel"),
     e("dmurphy", "title_surname", "neutral", "Mr Murphy")])

# 011 decoy: Kestrel Cabs
add("review", reviews(
    "Kestrel Cabs\n2.4 ★★☆☆☆ (163 reviews)\nTaxi service · 211 Ashcombe Broadway, London SE31 4FF\nOpen 24 hours · 0113 496 0731", [
        ("Neville Pryce", "Local Guide · 89 reviews", 1, "a week ago",
         "Booked a car for 5am to the airport. Driver turned up at 5.40. Missed check-in. Kestrel Cabs said 'traffic'. At 5am?? Never again.",
         ("a week ago", "Sorry Neville, we have spoken to the driver. Please call the office for a refund."), 4),
        ("Ayesha M", "3 reviews", 5, "3 weeks ago", "Driver Yusuf was lovely, helped my mum with her wheelchair and waited while she got settled. Cheaper than Uber too.", None, 2),
        ("Tom Bright", "", 2, "a month ago", "Cars are clean but the app never works, have to ring every time. Phone line plays the same song for 10 mins.", None, 0),
    ]),
    [])

# 012
add("forum", forum(
    "staffroom", "Workplace dilemmas", "Anyone worked at Kestrel Rise (SE London)? Interview next week", seed=5,
    posts=[
        ("ChemistryCat", "20 Apr 2024 18:02", """I've got an interview for a Teacher of Chemistry post at Kestrel Rise next Thursday. Currently at a 'good' school in Kent, long commute, want to move back to London.

The school's had an RI and there was that silent corridors stuff in the press. Anyone have actual experience, current or ex? Feel free to PM.""", "Posts: 64"),
        ("SupplyLifer", "20 Apr 2024 18:40", "Did a few weeks supply there last term. Kids are great when you get to know them. Very structured, which as a supply teacher I actually appreciated - you know exactly what to do and you get backed up when you set a detention.", "Posts: 1,911"),
        ("exKRAstaff", "20 Apr 2024 19:12", """Left last summer after 6 years. Will be honest and a bit careful.

The science department is the best bit of that school. The head of department is superb, protects his team, genuinely cares about the kids, runs a proper ship.

SLT is a different story. The deputy, Mr O'M, runs behaviour like a borstal - petty little tyrant, honestly, who will humiliate staff in briefings if your detention log isn't filled in. Several of us left because of him specifically. If you go, ask how many staff have left in the last 2 years.""", "Posts: 12"),
        ("ChemistryCat", "20 Apr 2024 19:20", "Really helpful, thank you. Sounds like a good department in a stressful wider school? That's most places tbh.", "Posts: 64"),
        ("Mr_Brightside_PE", "20 Apr 2024 20:01", "Staff turnover question is a great one. Also ask about cover - some schools in that trust are notorious for using teachers on their PPA.", "Posts: 455"),
        ("SupplyLifer", "20 Apr 2024 20:14", "@exKRAstaff interesting, I didn't see that side of it. Supply get treated differently though, we're not in briefing.", "Posts: 1,911"),
        ("ChemistryCat", "27 Apr 2024 21:30", "Update for anyone searching: got the job! Starting September. Will go in with eyes open. Thanks everyone.", "Posts: 64"),
    ]),
    [e("school", "alias", "negative", "Kestrel Rise"),
     e("domahony", "nickname", "abuse", "Mr O'M")])

# 013
add("social", social(
    "Snapchat · Story (screen-recorded and reposted)", """kestrel_6th_form_confessions
Public Story · 38K views""",
    [
        ("kestrel_6th_form_confessions", "Mon 11:52", """CONFESSION #214
"miss hartnell lookin DIFFERENT today in that black dress 😍🥵 i'd take a detention off her any day of the week, she can mark my work personally 😮‍💨"
- anon, yr 13""", "Reply to story"),
        ("kestrel_6th_form_confessions", "Mon 11:53", """CONFESSION #215
"the kestrel sixth form common room microwave has been broken since FEBRUARY. we are living like animals"
- anon, yr 12""", "Reply to story"),
        ("kestrel_6th_form_confessions", "Mon 12:10", """CONFESSION #216
"whoever keeps taking my ribena from the fridge i know it's you marcus"
- anon""", "Reply to story"),
    ]),
    [e("ehartnell", "title_surname", "sexual", "miss hartnell"),
     e("school", "short_name", "negative", "kestrel")])

# 014
add("news", news(
    "southside", "Questions over school catering deal awarded to business manager's relative",
    "Monday 3 June 2024", byline=("Tom Ashworth-Bell", "Investigations"), section="Investigations", seed=6,
    standfirst="Emails seen by Southside Live suggest the contract was signed before rival bids were considered",
    body="""
A three-year catering contract worth an estimated £1.2 million at Kestrel Rise Academy was awarded to a company part-owned by a relative of the school's business manager, Southside Live can reveal.

Crownfield Catering Ltd took over lunches at the Sedley Cross school last September. Companies House records show that one of its two directors is the brother-in-law of Gary Pocock, the academy's School Business Manager, who oversaw the tendering process.

Emails seen by Southside Live appear to show the contract paperwork was drawn up on 14 June 2023, two days before the closing date for bids. One rival firm says its tender was never acknowledged.

Academy trusts are required to follow their own procurement rules and to record any conflicts of interest in a register of business interests. The most recent register published on the school's website, dated March 2023, lists no interests for Mr Pocock.

Parents have complained since the autumn about rising prices and smaller portions. A meal deal that cost £2.40 last year now costs £2.95, and several families told us their children were "coming home starving".

When we approached Mr Pocock by phone, he said: "I have nothing to say to you, speak to the trust," and ended the call.

A spokesperson for the Thameside Learning Trust said it "takes all concerns about procurement extremely seriously" and had "commissioned an independent review". They added that "it would be inappropriate to comment further while that review is under way".

Headteacher Ruth Adeyemi-Clarke said in a statement that the school "will cooperate fully" and that pupils' welfare "is and always will be our priority".

Crownfield Catering did not respond to requests for comment.

Do you know more? Contact our investigations team in confidence at tips@southsidelive.example.
""",
    comments=[
        ("Bola_SE34", "3 Jun 2024", "£2.95 for a lukewarm wrap. My son showed me a picture. This needs a proper audit.", "12"),
        ("Guardian_of_Sedley", "3 Jun 2024", "Good journalism. This is exactly what local papers are for.", "30"),
    ]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("gpocock", "exact", "defamation", "Gary Pocock"),
     e("radeyemiclarke", "exact", "neutral", "Ruth Adeyemi-Clarke")])

# 015
add("forum", forum(
    "setalk", "Property", "Catchment for Kestrel Rise - is it worth buying in Hatch Green for?", seed=7,
    posts=[
        ("two_up_two_down", "8 Jan 2024 09:15", """We're looking at a 3-bed terrace on Morrow Street. Agent keeps saying "within catchment for Kestrel Rise" like it's a selling point. Is it? Kids are 4 and 7 so it's a few years off, but we'd rather not move again.

We've heard mixed things. The RI report, the corridor stuff in the papers. But also lots of local middle-class families seem to be choosing it now over going private.""", ""),
        ("OxleyBridgeOldTimer", "8 Jan 2024 09:40", "Agent is using it as a selling point because five years ago it was the opposite and now it's 'up and coming'. Translation: people like you are starting to send their kids there. Which is fine, but don't expect it to be Hatchford Village.", ""),
        ("two_up_two_down", "8 Jan 2024 09:52", "Ha, fair. We're not expecting Hatchford Village, we just want somewhere decent and mixed.", ""),
        ("HatchGreenMum", "8 Jan 2024 10:30", """My eldest is in Year 9 there. Honest view: mixed bag, improving. Maths is excellent - Bakare runs that department like clockwork and the results show it. Drama is brilliant. Science good. English has had a lot of supply teachers.

Behaviour is much better since the new rules came in although I'm not 100% comfortable with how strict it is. Pastoral care is good on the whole.""", ""),
        ("SE31_Cynic", "8 Jan 2024 10:48", "Word of warning: Kestrel Rise quietly bends its own admissions rules for the 'right' families. A friend's neighbour rented a flat on Morrow St for six months, never lived there, and the school knowingly accepted it because they want more middle-class kids to lift the results. Fraud, basically, and the school is in on it.", ""),
        ("Ferncombe_Fred", "8 Jan 2024 11:02", "Bought on Morrow St in 2019. Street's great. Parking's a nightmare. Loft conversions everywhere so expect builders for the next decade.", ""),
        ("two_up_two_down", "8 Jan 2024 11:10", "Thank you, that's really useful. Maths excellent is good to hear - my partner is an actuary and will be insufferable otherwise.", ""),
        ("OxleyBridgeOldTimer", "8 Jan 2024 12:44", "For what it's worth, the secondary you're 'in catchment' for now might not be the one you're in catchment for in 2028. Distance criteria shift every year with sibling places.", ""),
    ]),
    [e("school", "alias", "defamation", "Kestrel Rise"),
     e("tbakare", "surname_only", "neutral", "Bakare")])

# 016
add("blog", blog(
    "Cllr Bernadette Foley – Sedley Cross Ward", "bernadettefoley.example",
    "After Tuesday: what I'm asking for on Brockhurst Road", "Bernadette Foley", "10 May 2024",
    """Many of you will have seen or heard about the frightening incident outside Kestrel Rise Academy at the end of the school day on Tuesday.

I want to start by thanking the staff who were on the gate. I spoke on Wednesday to Daniel Murphy, the Head of Year 10, who put himself between a terrified fifteen-year-old and the young men chasing him. He was modest about it, as teachers always are, but several parents have contacted me to say that what he did may well have saved a life. Thank you, Mr Murphy.

I also want to thank our police officers, who arrived within minutes, and the bus driver on the 171 route who kept his doors shut and his nerve.

## What happens now

I have written to the Borough Commander and the Cabinet Member for Community Safety asking for:

- a visible police presence at the end of the school day on Brockhurst Road for the rest of this term;
- the Safer Neighbourhood Team to work with the school and Wyvern Estate residents on a safe route home;
- funding for the detached youth work team to be restored, after the cuts of 2019 which I opposed then and oppose now;
- CCTV on the bus shelter, which has been broken since February.

I have also asked for an urgent meeting with the headteacher, which is taking place next week.

## A word on social media

Please do not share videos or the names of children involved. Rumour travels faster than truth, and it is not helping anybody.

My surgery is on Saturday mornings, 10-12, at Sedley Cross Library. You can also reach me at cllr.foley@addlestow.example.""",
    comments=[
        ("Rosemary Higgs", "10 May 2024", "Thank you Bernadette. The youth club closure was a disgrace."),
        ("Kwame A.", "11 May 2024", "Mr Murphy taught my son 5 years ago. Solid man. Not surprised at all."),
        ("Trevor", "12 May 2024", "More police won't solve anything. Jobs and youth centres will."),
    ],
    about="Labour and Co-operative councillor for Sedley Cross ward. Surgeries every Saturday.",
    links=["Addlestow Council", "Sedley Cross Library", "Report a pothole"]),
    [e("school", "exact", "neutral", "Kestrel Rise Academy"),
     e("dmurphy", "exact", "neutral", "Daniel Murphy")])

# 017 decoy: lost cat on Kestrel Road
add("facebook", fb(
    "Sedley Cross Community Noticeboard (Public group · 5.6K members)", "Jan Kowalczyk", "2 September 2024 at 08:12",
    """LOST CAT 🐈‍⬛ Please share!!

Biscuit, ginger tom, 6 years old, chipped, no collar. Went missing Saturday night from the top end of Kestrel Road (near the postbox). Very friendly, will come to anyone with ham. He's an indoor-outdoor cat and he's never been gone more than a night.

My daughter is heartbroken. Please check sheds and garages. Reward offered. Call 07700 900415.""",
    "❤️😢 57", 23, [
        ("Sandra Bell", "Shared 🙏 will check our shed tonight", "Like · Reply · 1d"),
        ("Dev Mistry", "Saw a ginger cat on the wall by the garages behind Kestrel Road around 7am this morning. Could be him?", "Like · Reply · 1d · 👍 4"),
        ("  Jan Kowalczyk", "Thank you Dev!! Going round now", "Like · Reply · 1d"),
        ("Elaine Fitch", "There's a kestrel that hunts over those garages, it wouldn't take a grown cat don't worry 😅", "Like · Reply · 22h"),
        ("Jan Kowalczyk", "HE'S HOME!!! Was locked in number 14's garage. Thank you everyone ❤️❤️", "Like · Reply · 20h · 👍 61"),
    ]),
    [])

# 018
add("social", social(
    "TikTok", """@addlestow.theatre.kids
Year 9 at KRA performing 'Postcode' - the play about knife crime they wrote themselves with Miss Achterberg 😭👏 full version on YT #schooldrama #london #fyp
♥ 1.1M   💬 8,904   ↗ 44.2K""",
    [
        ("tanya.reeves", "2024-07-02", "i'm a grown woman crying at a school play on my lunch break", "♥ 21.4K · Reply"),
        ("officialkofi", "2024-07-02", "the boy at 0:48 is going to be a STAR. get him an agent", "♥ 12.0K · Reply"),
        ("  addlestow.theatre.kids", "2024-07-02", "he says thank u 😭", "♥ 3,021"),
        ("kez.drama.teacher", "2024-07-03", "Drama teacher here. This is what happens when you let kids tell their own stories. Miss Achterberg you are a legend.", "♥ 8,855 · Reply"),
        ("marcusss", "2024-07-03", "wait this is my old school?? drama was the only lesson i actually went to", "♥ 1,990 · Reply"),
        ("nadia_o", "2024-07-04", "Which school is this? My son's starting Year 7 in September and I'm trying to decide", "♥ 410 · Reply"),
        ("  tanya.reeves", "2024-07-04", "KRA in Sedley Cross!", "♥ 300"),
    ]),
    [e("school", "alias", "neutral", "KRA"),
     e("pachterberg", "title_surname", "neutral", "Miss Achterberg")])

# 019
add("news", news(
    "toplum", "Cypriot coach's underdogs reach London Schools Cup final",
    "Friday 15 March 2024", byline=("Selin Arıkan", "Sport"), section="Football", seed=8,
    standfirst="Sedley Cross side who 'couldn't get eleven players together' three years ago are one game from glory",
    body="""
When Alper Demir took over boys' football at Kestrel Rise Academy in 2021, the school could barely put out a team. "We had nine boys turn up to the first training session and two of them were in school shoes," he laughs.

Three years on, his Under-16s are in the final of the London Schools Cup after beating a strong Harrowden side 3-1 in a semi-final on Wednesday evening.

Mr Demir, 34, grew up in a Turkish-Cypriot family above his father's shop on Gannet Lane and played semi-professionally for several non-league clubs before an ankle injury ended his career at 26. He trained as a PE teacher in Brighton and came home to south-east London.

"A lot of these boys, people have written them off," he told Toplum Post. "They've been told they're trouble. On the pitch they're leaders. They turn up at 7.30 for training in January. You don't do that if you don't care."

Captain Tobi, 15, scored twice in the semi-final. "Sir doesn't let us get big-headed," he said. "He makes us do the cones after every win."

The school has raised more than £3,000 for a minibus so that parents don't have to drive players to away games, with Turkish and Kurdish businesses on Ashcombe Broadway among the biggest donors.

The final will be played at Oxley Bridge stadium on 27 March. Mr Demir says he is not thinking about it. "Everyone says that. But honestly, we'll prepare the same as for any game. Win or lose, I'm proud of them."

Kestrel Rise headteacher Ruth Adeyemi-Clarke described the team as "a joy" and said the whole school would be there to support them.
""",
    comments=[
        ("Mehmet K.", "15 Mar 2024", "Helal olsun Alper hocam! Proud of you. Gannet Lane represent 🇹🇷🇨🇾", "♥ 44"),
        ("ayse_ldn", "16 Mar 2024", "My nephew is in this team, best thing that ever happened to him", "♥ 17"),
    ]),
    [e("school", "exact", "neutral", "Kestrel Rise Academy"),
     e("ademir", "alias", "neutral", "Alper Demir"),
     e("radeyemiclarke", "exact", "neutral", "Ruth Adeyemi-Clarke")])

# 020
add("review", reviews(SCHOOL_LISTING, [
    ("Darren Pyle", "2 reviews", 1, "a month ago",
     """Absolute joke of a school. My daughter's lunch account was overcharged £46 and when I went in the business manager Pocock wouldn't even come out of his office. Hid behind the receptionist. Pocock better watch himself when he's walking to that car park of an evening, because I know what he drives and I'm not the only dad who's had enough. Keep robbing families and see what happens.""",
     None, 3),
    ("Grace T", "Local Guide · 12 reviews", 5, "a month ago",
     "Lovely teachers who genuinely care. My twins are in Year 7 and settled in really well. Homework club is a lifesaver for working parents.", None, 8),
]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("gpocock", "surname_only", "threat", "Pocock")])

# 021
add("forum", forum(
    "natter", "Special educational needs", "SENCo at our secondary is a brick wall - EHCP not being followed", seed=9, pages=3,
    posts=[
        ("FlamingoFeet", "14 Nov 2023 22:10", """Long post sorry. DS is Year 8 at KRA (Sedley Cross, SE London) and has an EHCP for ADHD and dyslexia. It specifies 10 hours a week of 1:1 TA support in English and maths, a reader and scribe in assessments, and movement breaks.

Since September he has had, as far as I can tell, none of it. No TA, no movement breaks, and he's been put in isolation twice for "leaving the classroom without permission" when he was trying to take his movement break.

I have emailed the SENCo, Grace Mensah, six times. I've had two replies, both saying she is "looking into it". The annual review was meant to be in October and hasn't happened.

What are my options? I'm at the end of my rope.""", "Posts: 230"),
        ("SENDwarrior", "14 Nov 2023 22:24", """Your LA is legally responsible for securing the provision in section F of the EHCP, regardless of what the school is doing. Write to the LA SEN team, cite section 42 of the Children and Families Act 2014, and say provision is not being delivered. Copy in the school.

Also put a formal complaint in to the governors. Keep everything in writing.""", "Posts: 14,502"),
        ("FlamingoFeet", "14 Nov 2023 22:30", "Thank you, I didn't know the LA was responsible. Will do that tomorrow.", "Posts: 230"),
        ("Parsnip_Soup", "14 Nov 2023 22:41", """My DD is at the same school. I'd gently say the SENCo is one person with about 200 kids on the SEN register and not enough TAs because the trust won't fund them. She's actually been amazing for us, she came to a meeting on her day off. The problem is the money and the rigid behaviour system, not her.

But yes, go to the LA, that's the way.""", "Posts: 1,877"),
        ("FlamingoFeet", "14 Nov 2023 22:50", "I hear you Parsnip, and I'm sure she's overworked. But 6 emails. My son is suffering now. I'm not in a position to be understanding.", "Posts: 230"),
        ("SENDwarrior", "14 Nov 2023 22:58", "Both things can be true. Go via the LA and the governors, it takes the personal bit out of it.", "Posts: 14,502"),
        ("Anonymous_mum_2", "15 Nov 2023 07:30", "Following. Same issues at our secondary in another borough. It's everywhere.", "Posts: 12"),
    ]),
    [e("school", "alias", "negative", "KRA"),
     e("gmensah", "exact", "negative", "Grace Mensah")])

# 022 decoy: KRA = Kenya Revenue Authority
add("social", social(
    "X", """Post
Wanjiru in London 🇰🇪🇬🇧 @wanjiru_ldn · 30 Jun 2024
Trying to file my KRA nil returns from London and the iTax portal has logged me out FOUR times. Deadline is today. Kenya Revenue Authority why do you hate the diaspora 😩
9:58 PM · 30 Jun 2024 · 12.1K Views
41 Reposts  3 Quotes  388 Likes""",
    [
        ("Otieno @otieno_mk", "30 Jun", "Use the mobile site, the desktop one has been broken since morning. KRA should extend the deadline honestly", "22 Likes"),
        ("Njeri 🌻 @njeri_n", "30 Jun", "Did mine last week, it took 2 hours and a whole pot of chai", "15 Likes"),
        ("KRA Care (parody) @notKRAcare", "1 Jul", "Dear esteemed taxpayer, we have received your complaint and will respond within 90 working years.", "402 Likes"),
    ]),
    [])

# 023
add("news", news(
    "echo", "Father who threatened Sedley Cross teacher outside school is fined and banned from approaching him",
    "Friday 26 July 2024, 3:20pm", byline=("Jordan Mensforth", "Courts reporter"), section="Crime", seed=10,
    standfirst="Magistrates hear man shouted 'you're finished' at Head of Year over son's exclusion",
    body="""
A father who threatened a teacher outside Kestrel Rise Academy after his son was excluded has been fined and given a restraining order.

Lee Tranter, 41, of Marsh Close, Marlpit Vale, admitted using threatening behaviour when he appeared at Addlestow Magistrates' Court on Thursday.

The court heard that on 12 March Tranter waited outside the school gates on Brockhurst Road at the end of the school day and confronted Daniel Murphy, the school's Head of Year 10.

Prosecutor Amelia Grant said Tranter jabbed his finger in the teacher's face and shouted "you're finished, I know where you drink" in front of pupils and parents, before being led away by another parent.

In a statement read to the court, Mr Murphy said the incident had left him "shaken" and that for several weeks afterwards he had varied his route home. "I have worked at this school for fourteen years and I have never felt unsafe until that day," he said.

Tranter's solicitor said his client had been "consumed by worry" over his son's exclusion, had "behaved disgracefully" and wished to apologise to the teacher. He has since moved his son to another school.

Chair of the bench Alison Berry told Tranter: "Teachers are entitled to go to work without being intimidated. What you did was frightening and completely unacceptable."

Tranter was fined £480 and ordered to pay £85 costs and a £192 victim surcharge. He was made subject to a two-year restraining order banning him from contacting Mr Murphy or going within 100 metres of the school.

A spokesperson for the school said: "We are grateful to the police and the court. The safety of our staff is paramount."
""",
    comments=[
        ("teacherlife_SE", "26 Jul 2024", "£480 is a joke. Teachers deserve better protection than this.", "👍 58"),
        ("Marlpit_Mandy", "26 Jul 2024", "Mr Murphy is a lovely man, he was my Head of Year. Glad he's ok.", "👍 40"),
    ]),
    [e("school", "exact", "neutral", "Kestrel Rise Academy"),
     e("dmurphy", "exact", "neutral", "Daniel Murphy")])

# 024
add("facebook", fb(
    "Addlestow Parents Chat 🏫 (Private group · 8.4K members)", "Anonymous member", "29 January 2024 at 22:47",
    """Since the school won't answer a single email, here's how to reach Mr O'Mahony directly. His personal mobile is 07700 900782. He lives at 22 Pellow Road SE34, the blue door next to the launderette, drives a silver Skoda Octavia LK68 WRT and leaves the house about 7.10 every morning. Parents of Kestrel kids, you know what to do. Ring him at 10pm like he rings us about detentions.""",
    "😮😡 41", 38, [
        ("Debbie Sayer", "This is absolutely not OK. Admins please remove. Whatever you think of the rules you don't post a man's address.", "Like · Reply · 40m · 👍 66"),
        ("Liam Doherty", "Reported. This is how people get hurt.", "Like · Reply · 38m · 👍 51"),
        ("Anonymous member", "Why not? He's happy to make kids' lives a misery.", "Like · Reply · 30m"),
        ("Group admin", "Post has been reported and will be removed. Member muted pending review.", "Like · Reply · 25m · 👍 80"),
    ]),
    [e("domahony", "title_surname", "doxxing", "Mr O'Mahony"),
     e("school", "short_name", "negative", "Kestrel")])


# ---------------------------------------------------------------------------
# Batch 2: trolls, rumours, contract row continues
# ---------------------------------------------------------------------------

# 025
add("social", social(
    "X", """Post
Albion Awake 🇬🇧⚔️ @AlbionAwake88 · 27 Feb 2024
Back when it was Sedley Cross Comprehensive it was a proper British school with British teachers teaching British kids. Now look at it. Ad3y3mi-Cl4rk3 in charge, half the staff imported, the kids can barely speak English. This is what replacement looks like and they want you to call it "diversity". Wake up.
8:12 AM · 27 Feb 2024 · 3,908 Views
61 Reposts  9 Quotes  140 Likes""",
    [
        ("Sedley Cross Stu @stu_sx", "27 Feb", "My kids go there and they speak better English than you write, mate. Reported.", "88 Likes"),
        ("Albion Awake 🇬🇧⚔️ @AlbionAwake88", "27 Feb", "Enjoy being a minority in your own postcode Stu", "31 Likes"),
        ("Catherine R @cathr_edu", "27 Feb", "Deliberately misspelling her name so the filters don't catch it. Pathetic.", "54 Likes"),
    ]),
    [e("school", "alias", "hate", "Sedley Cross Comprehensive"),
     e("radeyemiclarke", "leetspeak", "hate", "Ad3y3mi-Cl4rk3")])

# 026
add("forum", forum(
    "grimeyard", "Drill", "Wyvern 9 - 'Brockhurst Ends' (official video) discussion", seed=11, pages=2,
    posts=[
        ("LdnDrillWatch", "2 Sep 2024 20:10", """Video dropped last night, already 400k. Shot outside Kestrel and on the Wyvern, you can see the school gates in the first 30 secs lol.

Production is hard, the slide at 1:50 is crazy. Lyrics are a bit much tho.""", "Joined 2019 · 955 posts"),
        ("SubLowDub", "2 Sep 2024 20:31", "Beat goes. Bars are generic. Same 'opp block' stuff as every other tune this year.", "Joined 2009 · 3,110 posts"),
        ("yungmarlpit", "2 Sep 2024 21:02", """Nah the second verse is personal tho. Listen properly:

> O'Mahoney think he runs the ends
> Catch him on Pellow when the sun goes down
> Silver whip parked, man know the route
> Deputy head get put in the ground

That's about the deputy at the school. Everybody knows what happened with Kilo getting kicked out. They're not playing.""", "Joined 2023 · 77 posts"),
        ("wileystyle_81", "2 Sep 2024 21:10", "That's not music that's a threat to a teacher with his road in it. Mods this should not be on here.", "Joined 2007 · 14,202 posts"),
        ("OldSkoolPirate", "2 Sep 2024 21:15", "Agree with wiley. Drill can be art. Naming a real man's street isn't art.", "Joined 2006 · 22,887 posts"),
        ("yungmarlpit", "2 Sep 2024 21:20", "relax its just lyrics", "Joined 2023 · 77 posts"),
        ("GY_Mod_Tempa", "2 Sep 2024 21:44", "Lyrics post removed from quotes going forward. Thread locked pending review. Do not repost.", "Moderator"),
    ]),
    [e("school", "short_name", "neutral", "Kestrel"),
     e("domahony", "typo", "threat", "O'Mahoney")])

# 027
add("news", news(
    "echo", "Teacher suspended as police investigate allegation at Sedley Cross school",
    "Tuesday 19 November 2024, 7:05pm", byline=("Jordan Mensforth", "Crime reporter"), section="Crime", seed=12,
    standfirst="Academy says it is 'following safeguarding procedures' and urges parents not to speculate online",
    body="""
A member of staff at a Sedley Cross secondary school has been suspended while police investigate an allegation relating to contact with a pupil.

Kestrel Rise Academy confirmed the suspension in a letter to parents on Monday evening. The letter said the school had "acted immediately, in line with statutory safeguarding procedures", and that the local authority designated officer had been informed.

The Metropolitan Police said: "On Friday 15 November police received a report concerning alleged inappropriate online communication between an adult and a child. Enquiries are ongoing. No arrests have been made."

The Echo understands the allegation concerns messages sent on a social media app.

The school's letter asked parents "not to speculate or to share names on social media, which can prejudice an investigation and cause serious harm to innocent people". It said pupils could speak to the school's safeguarding team in confidence and gave details of the NSPCC helpline.

Several posts naming a teacher have circulated on TikTok and in local parents' groups since the weekend. The Echo has chosen not to repeat any name.

Sedley Cross councillor Bernadette Foley said: "This will be a worrying time for families. I would urge anyone with information to speak to the police directly, and everyone else to let them do their job."

Thameside Learning Trust said it was supporting the school and "cannot comment further while a police investigation is under way".

If you have been affected by the issues in this article, Childline and the NSPCC helpline are available for advice.
""",
    comments=[]),
    [e("school", "exact", "sexual", "Kestrel Rise Academy", True)])

# 028
add("facebook", fb(
    "Addlestow Parents Chat 🏫 (Private group · 8.4K members)", "Tasha Ogunleye", "17 November 2024 at 13:26",
    """Ladies is it true what they're saying about Mr D the PE teacher at Kestrel?? My daughter came home saying he's been messaging Year 10 girls on Snap telling them they look mature for their age and to delete the chats. She said one girl showed screenshots in the toilets.

I'm not trying to start anything I just want to know if the school has said anything because nobody has told us a thing and my girl is in his netball club 😳""",
    "😮😡😢 96", 143, [
        ("Marcia Ellington-Barnes", "My son said the same this morning. The school needs to send something out TODAY.", "Like · Reply · 1d · 👍 40"),
        ("Funmi Oladipo", "Be careful ladies, if this isn't true it will ruin a man's life. Go to the police or the school, not Facebook.", "Like · Reply · 1d · 👍 77"),
        ("  Tasha Ogunleye", "That's why I'm asking Funmi not accusing", "Like · Reply · 1d"),
        ("Aylin Yıldız", "He coached my son for three years and never once did anything wrong. Wait for facts please.", "Like · Reply · 1d · 👍 58"),
        ("Group admin", "Turning off comments. Please contact the school or police directly with any concerns.", "Like · Reply · 1d · 👍 21"),
    ]),
    [e("ademir", "nickname", "sexual", "Mr D", True),
     e("school", "short_name", "sexual", "Kestrel", True)])

# 029 decoy: Demir's Grill
add("review", reviews(
    "Demir's Grill & Meze\n4.6 ★★★★★ (1,208 reviews)\nTurkish restaurant · 54 Gannet Lane, London SE34 2ZX\nOpen ⋅ Closes 23:30 · 0161 496 0412", [
        ("Hannah Li", "Local Guide · 244 reviews · 1,020 photos", 5, "2 weeks ago",
         "Best adana in south London, no contest. Mr Demir the owner came over and insisted we try the künefe on the house. Lovely family business, been going since 1998.",
         ("2 weeks ago", "Teşekkürler Hannah! See you again soon - Mehmet Demir"), 12),
        ("R. Fitzgerald", "6 reviews", 4, "a month ago", "Lamb ribs excellent. Bit noisy on a Friday. Book ahead.", None, 1),
        ("Kemal O", "", 5, "2 months ago", "Like eating at my grandmother's in Famagusta. Demir abi is a legend.", None, 3),
    ]),
    [])

# 030
add("social", social(
    "X", """Post
sixthformtruths @sixthformtruth5 · 19 Aug 2024
Since Emily Hartnell, head of sixth form at Kestrel Rise, thinks it's fine to withdraw people's UCAS references a week before deadline, maybe she'd like some feedback at home. Flat 2, 118 Fennel Parade, Hatch Green SE31 7QD (above the florist). Personal email emily.hartnell88@mailbox.example. Insta @em.hartnell.runs. Go on then.
3:41 PM · 19 Aug 2024 · 9,412 Views
22 Reposts  6 Quotes  71 Likes""",
    [
        ("Jade M @jadem_x", "19 Aug", "bro you can't post someone's address 💀", "140 Likes"),
        ("sixthformtruths @sixthformtruth5", "19 Aug", "public info. she should think about that before ruining futures", "9 Likes"),
        ("Kestrel Rise Academy @KestrelRiseAcad", "19 Aug", "We are aware of this post and have reported it. Please do not share it. Any concerns about references can be raised with the school directly.", "311 Likes"),
    ]),
    [e("ehartnell", "exact", "doxxing", "Emily Hartnell"),
     e("school", "exact", "negative", "Kestrel Rise Academy")])

# 031
add("forum", forum(
    "natter", "Local: South East London", "Kestrel Rise lunch money scandal - anyone else been following?", seed=13, pages=2,
    posts=[
        ("BrockhurstBelle", "5 Jun 2024 08:55", """Did everyone see the Southside Live piece about the catering contract? I'm fuming. We've been paying £2.95 for a meal deal that would shame a motorway services and it turns out it's going to the business manager's family.

Does anyone know what happens now? Is there an actual investigation or just a 'review' that gets buried?""", "Posts: 771"),
        ("IndigoInSE31", "5 Jun 2024 09:10", """I used to volunteer on a committee with someone from the office there. Won't say more than this: G. Pocock has been treating that budget as his personal piggy bank for years. The contract went to his brother-in-law, the minibus lease went to a mate, and the trust covered it up the last time someone raised it in 2021. That's not rumour, that's what the office staff were saying openly.""", "Posts: 58"),
        ("BrockhurstBelle", "5 Jun 2024 09:14", "Wow. If that's true it's criminal.", "Posts: 771"),
        ("Marigold_Mum", "5 Jun 2024 09:31", "Careful IndigoInSE31, posting that as fact about a named person could land you in bother. The trust has said there's an independent review. Wait and see.", "Posts: 2,410"),
        ("IndigoInSE31", "5 Jun 2024 09:40", "Just saying what everyone knows.", "Posts: 58"),
        ("LentilBake", "5 Jun 2024 10:02", "I emailed the governors yesterday. Had a holding reply. Will share if anything useful comes back.", "Posts: 330"),
        ("Marigold_Mum", "5 Jun 2024 10:15", "FWIW my son says the lunches have got slightly better since the article came out. Funny that.", "Posts: 2,410"),
    ]),
    [e("school", "alias", "defamation", "Kestrel Rise"),
     e("gpocock", "initial_surname", "defamation", "G. Pocock")])

# 032
add("news", news(
    "clarion", "Sixth form boss's secret double life as burlesque dancer 'Lady Lark'",
    "Sunday 6 October 2024, 12:01am", byline=("Dean Hollis", "Senior Reporter"), section="News", seed=14,
    standfirst="EXCLUSIVE: Teacher who lectures pupils on 'professional standards' performs in nipple tassels at cabaret club",
    body="""
A head of sixth form at a strict London academy has been moonlighting as a BURLESQUE dancer in a racy cabaret show, the Clarion can reveal.

Emily Hartnell, 34, who oversees 280 sixth formers at Kestrel Rise Academy in Sedley Cross, performs under the stage name "Lady Lark" in a feathered corset and little else at a cabaret bar in east London.

Pictures seen by the Clarion show the brunette teacher peeling off elbow-length gloves to whoops from the crowd before stripping down to a sequinned bra and suspenders.

One regular said: "She's a real crowd-pleaser. Very cheeky, very saucy. You'd never guess she was a teacher - or maybe you would, she's good at making the naughty boys behave!"

The academy is known for its tough rules, with pupils banned from talking in corridors and made to sit in silence if they break the rules.

A parent said: "She gives talks about how to present yourself professionally for university interviews. It's a bit rich."

Burlesque is legal and Ms Hartnell is not accused of any wrongdoing. Friends say she has performed for more than ten years, long before she became a teacher, and that the shows are "about body positivity and fun".

A spokesperson for the Thameside Learning Trust said: "What our staff do in their own time within the law is a private matter."

Ms Hartnell did not respond when approached by the Clarion.
""",
    comments=[
        ("Lads_Lads_Lads", "6 Oct 2024", "Where do I sign up for sixth form 😂😂 she can give me extra credit any day", "▲ 204 ▼ 61"),
        ("DeborahAnn", "6 Oct 2024", "What a grubby story. She's an adult doing something legal in her own time. Leave her alone.", "▲ 390 ▼ 22"),
        ("Rational_Voice", "6 Oct 2024", "Not a good look for a teacher though is it.", "▲ 101 ▼ 87"),
    ]),
    [e("ehartnell", "exact", "sexual", "Emily Hartnell"),
     e("school", "exact", "neutral", "Kestrel Rise Academy")])

# 033
add("blog", blog(
    "St Barnabas, Sedley Cross – Parish News", "stbarnabas-sedleycross.example",
    "December newsletter: carols, crib service and a thank you", "Revd Canon Hilary Okoye", "1 December 2023",
    """Dear friends,

Advent is upon us, and with it the busiest month in our parish calendar. Thank you to everyone who has already signed up to help with the Christmas lunch for our older neighbours; we still need drivers on the 23rd, so please see Margaret after the 10am service.

## Carols by candlelight, Sunday 17 December, 6pm

We are delighted that the choir and orchestra of Kestrel Rise Academy will once again be joining us for our carol service. Last year more than four hundred people squeezed into St Barnabas to hear them and I have never heard O Holy Night sung so beautifully. Our thanks to Mrs Adeyemi-Clarke, who has been so generous with the school's time, and to the music staff who give up their Sunday evenings.

Mulled wine and mince pies will be served afterwards, with donations going to the Wyvern Estate food bank.

## Crib service, Christmas Eve, 4pm

Children are invited to come dressed as shepherds, angels, sheep or anything else they fancy. Last year we had two Spider-Men and a dinosaur. All are welcome.

## Food bank

The food bank is now feeding more than 180 families a week. Most needed: tinned meat, UHT milk, tea bags, sanitary products, nappies size 5 and 6.

## From the registers

Baptisms: Amara Grace Nwosu, Tomasz Nowak, Ruby-Mae Collins.
Funerals: Doreen Whitcombe (92), Patrick Joseph Keane (77). May they rest in peace.

With every blessing for the season,
Hilary""",
    comments=[("Margaret S", "2 December 2023", "Drivers list is on the noticeboard by the font!")],
    about="Parish church of St Barnabas, Sedley Cross. Sunday Eucharist 10am. All welcome.",
    links=["Diocese of Thameside", "Wyvern food bank", "Hall hire"]),
    [e("school", "exact", "neutral", "Kestrel Rise Academy"),
     e("radeyemiclarke", "title_surname", "neutral", "Mrs Adeyemi-Clarke")])

# 034
add("social", social(
    "TikTok", """@ks3.science.club
Elephant toothpaste demo for Year 7 open morning 🧪🐘 thank u to our amazing technicians! #science #kestrelrise #STEM
♥ 48.7K   💬 1,203   ↗ 802""",
    [
        ("lila.makes", "2024-10-04", "year 7 me would have lost my MIND", "♥ 2,011 · Reply"),
        ("b0ss_man_se", "2024-10-04", "Mr Рham lookin like he's about to open a nail bar not a science lesson 😂😂 ching chong goes the experiment", "♥ 88 · Reply"),
        ("  lila.makes", "2024-10-04", "that's racist and not funny. reported", "♥ 640"),
        ("  b0ss_man_se", "2024-10-04", "go back to vietnam if u cant take a joke", "♥ 12"),
        ("proud.aunty", "2024-10-05", "My niece is in this class and she came home talking about catalysts for an hour 😂 thank you!", "♥ 301 · Reply"),
        ("chemistrycat_teaches", "2024-10-05", "Colleagues from the next borough say hi! Great demo.", "♥ 95 · Reply"),
    ]),
    [e("tpham", "homoglyph", "hate", "Mr Рham"),
     e("school", "hashtag", "neutral", "#kestrelrise")])

# 035
add("news", news(
    "echo", "Thirty pupils checked by paramedics after chemical smell in school science block",
    "Thursday 13 June 2024, 2:10pm", byline=("Priya Nandakumar", "Education reporter"), section="News", seed=15,
    updated="Thursday 13 June 2024, 5:40pm",
    standfirst="Fire crews called to Kestrel Rise Academy; no one seriously hurt but parents complain they heard first on social media",
    body="""
Around thirty pupils were checked over by paramedics after a strong chemical smell in the science block at Kestrel Rise Academy on Thursday morning.

Fire crews from Addlestow and Oxley Bridge were called to the Brockhurst Road school at 10.18am and the block was evacuated. The London Fire Brigade said a "small quantity" of a cleaning product had been mixed with another substance in a prep room sink by a contractor, producing fumes.

Four pupils were taken to hospital as a precaution and discharged by lunchtime. The rest were treated at the scene for coughing and sore eyes.

Head of Science Thanh Pham, who led the evacuation, said: "Our staff and students responded calmly and exactly as they have been trained to. The safety of our young people always comes first. I'm very grateful to the fire service and the ambulance crews."

Mr Pham said the department's own chemicals were stored correctly and were not involved.

But parents criticised the school's communication. Several said they found out from videos posted by pupils on TikTok showing fire engines outside the school, and that the first text message from the school arrived more than an hour later.

"I saw a video of kids in the playground coughing before I got a single word from the school," said one mother. "My heart was in my mouth. That's not good enough."

The school said it had prioritised "the immediate safety of pupils" and accepted that "our communication to parents could have been faster". It is reviewing its procedures with the contractor.

Science lessons were moved to other classrooms for the rest of the day and the block reopened on Friday.
""",
    comments=[
        ("Hoa_T", "13 Jun 2024", "Mr Pham is very calm man. My daughter said he counted every child twice.", "👍 29"),
        ("SedleyMum78", "13 Jun 2024", "Same story every time. We find out from TikTok. The office needs sorting.", "👍 18"),
    ]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("tpham", "exact", "neutral", "Thanh Pham")])

# 036 decoy: KRAs in appraisal
add("forum", forum(
    "staffroom", "Leadership", "'Key Result Areas' in appraisal - is this a thing now?", seed=16,
    posts=[
        ("Geography_Gav", "10 Oct 2024 19:30", """New head at our place (Midlands, 900 pupils) has replaced performance management targets with "KRAs - Key Result Areas". Each of us has four KRAs and twelve "KPIs" underneath them. It's in a spreadsheet with traffic lights.

I've been teaching 19 years and I've never seen anything like it. It feels like he's read a management book on a plane. Is this common?""", "Posts: 1,022"),
        ("MsDeputyHead", "10 Oct 2024 19:48", "KRAs are standard in corporate HR. Some trusts are importing it. In my experience it changes nothing except the name of the form.", "Posts: 3,400"),
        ("Geography_Gav", "10 Oct 2024 19:55", "One of my KRAs is 'stakeholder delight'. I teach Year 9 about oxbow lakes.", "Posts: 1,022"),
        ("SupplyLifer", "10 Oct 2024 20:10", "Stakeholder delight 😂 I'm stealing that for my next supply booking.", "Posts: 1,911"),
        ("UnionRep_NW", "10 Oct 2024 20:33", """Check your pay policy. If the KRAs are being used to make pay progression decisions they need to be agreed, measurable, and within your control. 'Delight' is not measurable. Speak to your rep.""", "Posts: 780"),
        ("Geography_Gav", "10 Oct 2024 20:40", "Cheers all. Will raise it at the staff meeting. Wish me luck.", "Posts: 1,022"),
    ]),
    [])

# 037
add("facebook", fb(
    "Sedley Cross Community Noticeboard (Public group · 5.6K members)", "Ray Haddow", "22 March 2024 at 19:03",
    """Went past Kestrel today at home time. When my kids went there 25 years ago it was a good local school for local families. Now it's full of kids whose parents came over last week and can't say two words in English, teachers who aren't from here, and every other girl in a headscarf. Don't tell me that's not replacement. The whole area is gone. They've taken the school, they've taken the high street. Proper Sedley Cross people have been pushed out.""",
    "😡👍😢 44", 92, [
        ("Nadia Hussain", "My daughter wears a headscarf and was born in Addlestow General. Get a grip Ray.", "Like · Reply · 4h · 👍 120"),
        ("Kevin Maloney", "Ray's not wrong about the high street tbh", "Like · Reply · 4h · 👍 9"),
        ("  Sue Marsh", "The high street's changed because of rents and online shopping Kevin, not because of anyone's kids.", "Like · Reply · 4h · 👍 37"),
        ("Admin (Sedley Cross Noticeboard)", "This post breaks group rules on hate speech. Leaving it up for 1 hour so people can see why Ray is being removed. Then deleting.", "Like · Reply · 3h · 👍 200"),
    ]),
    [e("school", "short_name", "hate", "Kestrel")])

# 038
add("review", reviews(SCHOOL_LISTING, [
    ("Olu Fashola", "Local Guide · 17 reviews", 1, "5 months ago",
     """Mrs AC the headteacher is a fraud. She had the Year 11 mock results changed so the school would look better for the governors, my nephew's paper was literally marked up two grades and then he got a 3 in the real thing. Everyone on the staff knows she fiddles the data. Avoid.""",
     ("5 months ago", "We take any concerns about assessment very seriously. Please contact the school office so we can look into this properly."), 7),
    ("Lucy Gorman", "3 reviews", 2, "6 months ago",
     "Sixth form admin is chaos. The head of sixth form (E. Hartnell on the letters) ignored three emails about my son's UCAS reference and only replied when I copied in the head. Teaching is good but organisation is poor.", None, 5),
    ("Jun Nguyen", "", 5, "6 months ago", "My son enjoys science and maths very much. Good school for hard working children.", None, 2),
]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("radeyemiclarke", "nickname", "defamation", "Mrs AC"),
     e("ehartnell", "initial_surname", "negative", "E. Hartnell")])

# 039
add("social", social(
    "Instagram", """kestrelrisesport
U16s 🏆 LONDON SCHOOLS CUP WINNERS 🏆 What a night at Oxley Bridge. 2-1 after extra time. So proud of every one of these young men. Thank you to every parent who drove, cheered and washed kits. @alperdemir.coach you built this 💙💛 #KestrelRiseAcademy #LondonSchoolsCup
3,420 likes · 27 March 2024""",
    [
        ("alperdemir.coach", "27 Mar", "Proudest night of my career. These boys 🙌🏼 Credit to them, not me.", "402 likes · Reply"),
        ("tobi.ak", "27 Mar", "SIRRRR WE DID ITTT 🏆🏆🏆", "98 likes · Reply"),
        ("ayse.ldn", "27 Mar", "Tebrikler! Legendary coach @alperdemir.coach", "31 likes · Reply"),
        ("mrs_mensah_sen", "28 Mar", "Crying in the stands. Congratulations boys! 💙", "64 likes · Reply"),
    ]),
    [e("school", "hashtag", "neutral", "#KestrelRiseAcademy"),
     e("ademir", "handle", "neutral", "@alperdemir.coach"),
     e("gmensah", "handle", "neutral", "mrs_mensah_sen")])

# 040 decoy: Daniel Murphy the boxer
add("news", news(
    "clarion", "Dublin brawler Murphy stops Mexican in four to set up world title shot",
    "Sunday 3 March 2024, 11:40pm", byline=("Rob Kendrick", "Boxing Correspondent"), section="Sport", seed=17,
    standfirst="'The Docker' Daniel Murphy wins 21st fight in a row at sold-out 3Arena",
    body="""
Daniel Murphy is one fight away from a world title after battering Mexican veteran Raul Estrada into submission in front of 9,000 roaring fans in Dublin.

The unbeaten super-middleweight, 28, floored Estrada with a crunching left hook to the body in the third round and finished the job a round later when the referee stepped in with the Mexican slumped on the ropes.

"The Docker", who still trains in the same North Wall gym where his grandfather boxed, now has 21 wins from 21 fights, 16 by knockout.

"I told youse all I'd do it in four," said Murphy, wrapped in the Irish tricolour. "Now give me the champion. I'll go anywhere. Vegas, Riyadh, Croke Park - I don't care. I want that belt for my city."

Promoter Frankie Lynch confirmed talks have started with the champion's camp over a summer showdown.

Estrada, 36, who has never been stopped in 44 fights, was taken to hospital as a precaution but was said to be "fine and in good spirits".

Murphy's trainer and uncle, Paddy Murphy, said: "Daniel's the hardest worker I've ever seen. He earned this."

On the undercard, Belfast's Ciara Doyle retained her European featherweight title with a unanimous decision.
""",
    comments=[
        ("Eire_Fists", "4 Mar 2024", "Murphy the real deal. Bring on the champ", "▲ 88"),
        ("BoxingNerd", "4 Mar 2024", "Estrada was shot years ago. Let's see him against someone in their prime.", "▲ 41"),
    ]),
    [])

# 041
add("forum", forum(
    "grimeyard", "Off Topic", "Teachers who snitch to the feds (rant)", seed=18,
    posts=[
        ("kilo_wyvern", "14 Feb 2025 00:41", """Man's little brother got nicked last month coz that maths teacher at KRA, B4k4r3, saw him on the bus with his bag and went and told the feds. Not even the school's business, it was after hours.

He's a grass. Everyone on the Wyvern knows what he looks like. Big man, bald head, drives the black Passat. He wants to be careful walking to that car. Some man ain't as forgiving as me. Just saying.""", "Joined 2024 · 19 posts"),
        ("OldSkoolPirate", "14 Feb 2025 00:58", "This is a music forum. Take this somewhere else. And don't threaten teachers, idiot.", "Joined 2006 · 22,887 posts"),
        ("LdnDrillWatch", "14 Feb 2025 01:02", "Teachers have a legal duty to report that stuff bro. Blame the person who put the thing in the bag.", "Joined 2019 · 955 posts"),
        ("kilo_wyvern", "14 Feb 2025 01:10", "Duty my arse. He's done.", "Joined 2024 · 19 posts"),
        ("GY_Mod_Tempa", "14 Feb 2025 01:25", "Banned. Thread being reported to police. Not having this on here.", "Moderator"),
    ]),
    [e("tbakare", "leetspeak", "threat", "B4k4r3"),
     e("school", "alias", "neutral", "KRA")])

# 042
add("blog", blog(
    "Notes from the Chalkface", "chalkfacenotes.example",
    "Why I left Kestrel Rise after eleven years", "Anonymous former teacher", "2 September 2024",
    """It's the first week of term and, for the first time since 2013, I am not standing in a hall in Sedley Cross listening to a start-of-year speech. I have a job in a sixth form college now. I sleep. I see my children.

I have tried to write this post several times without it turning into a rant. Here is my best attempt.

## What was good

The kids. Always the kids. Funny, sharp, infuriating, kind. I taught the younger siblings of students I had taught, and one year I taught the child of a girl I taught in my very first year, which made me feel a hundred years old.

My colleagues in science, led by Thanh P., who is the best middle leader I have ever worked with. He protected us from the worst of it, gave up his free periods to cover so we could plan, and never once made anyone feel small. If you ever get the chance to work for him, take it.

## What went wrong

The inspection in 2023 was a shock, and I understand why leadership felt something had to change. But what followed was a regime built on fear - for the kids and for the staff. Silent corridors, isolation booths, detentions for missing equipment when half the kids on the Wyvern don't have a pencil case because there isn't money for one.

Leadership under R. Adeyemi-Clarke became about data and headlines. I don't doubt her commitment. I do doubt whether anyone at the top still knew what a Tuesday afternoon in Year 9 felt like. Staff who raised concerns were "not aligned with the vision". Eleven of us left in two years.

## What I'd say to whoever replaces me

Find your people. Look after the quiet kids. Nothing on the data dashboard will ever tell you who is hungry.""",
    comments=[("Former colleague", "2 September 2024", "Every word. Miss you in the prep room."),
              ("Parent of a Y10", "3 September 2024", "Thank you for everything you did for my daughter. She still talks about your lessons.")],
    about="A teacher, writing sometimes.", cookie="short"),
    [e("school", "alias", "negative", "Kestrel Rise"),
     e("tpham", "first_initial", "neutral", "Thanh P."),
     e("radeyemiclarke", "initial_surname", "negative", "R. Adeyemi-Clarke")])

# 043
add("social", social(
    "X", """Post
Year11Survivor @y11survivor · 12 Jan 2024
phones locked up, no talking in corridors, 3 detentions this week for "tutting". Adeyemi-Cl*rke is a useless power-tripping cow and everyone at that school knows it. she couldn't run a bath let alone a school #KRAout
4:02 PM · 12 Jan 2024 · 2,201 Views
14 Reposts  88 Likes""",
    [
        ("deeezyy_se31 @deeezyy", "12 Jan", "real. sedley cross deserves better", "12 Likes"),
        ("Ms Patel (not that one) @patelmaths", "12 Jan", "Hope you're ok. Detentions are rubbish but the name-calling won't help you.", "20 Likes"),
    ]),
    [e("radeyemiclarke", "obfuscated", "abuse", "Adeyemi-Cl*rke"),
     e("school", "hashtag", "negative", "#KRAout")])

# 044
add("facebook", fb(
    "Mount Zion Ghanaian Fellowship, Addlestow (Private group · 640 members)", "Elder Kofi Asante", "12 May 2024 at 15:40",
    """Praise the Lord saints 🙏🏿

This morning we celebrated our sister Grace Mensah, who has served as SENCo at Kestrel Rise Academy for nine years and was this week named Special Needs Coordinator of the Year at the London Education Awards. Sister Grace has fought for so many of our children who were written off, including my own grandson. She does this work quietly and with a servant heart.

Ayekoo Sister Grace! We are so proud of you. God bless you and your family. 🇬🇭❤️""",
    "❤️🙏👍 231", 64, [
        ("Abena Owusu", "Ayekoo my sister! Well deserved 🙌🏾", "Like · Reply · 2d · 👍 18"),
        ("Pastor Yaw Boateng", "A true servant of God and community. We thank God for her life.", "Like · Reply · 2d · 👍 31"),
        ("Efua Mensah-Bonsu", "She helped my son get his EHCP when nobody else would listen. Thank you auntie Grace", "Like · Reply · 2d · 👍 24"),
        ("Nana Ama", "Congratulations!! 🎉🎉", "Like · Reply · 1d"),
    ]),
    [e("gmensah", "exact", "neutral", "Grace Mensah"),
     e("school", "exact", "neutral", "Kestrel Rise Academy")])

# 045
add("news", news(
    "jobs", "Teacher of Mathematics (MPS/UPS + TLR 2b available) - Kestrel Rise Academy, Sedley Cross",
    "Posted 28 February 2025 · Closing date 21 March 2025", section="Secondary jobs", seed=19,
    standfirst="Full time · Permanent · Start September 2025 · Inner London pay scale",
    body="""
## About the school

Kestrel Rise Academy is an oversubscribed 11-18 comprehensive of 1,400 students in Sedley Cross, south-east London, and part of the Thameside Learning Trust. We are a proudly diverse community: our students speak more than 50 languages at home. Our mathematics results are among the strongest in the borough, with 81% of students achieving grade 4 or above in 2024.

## The role

We are looking for an inspiring teacher of mathematics to join a department of fourteen specialists. You will teach across Key Stages 3 to 5, including A level Mathematics and Further Mathematics for the right candidate. A TLR 2b for responsibility for Key Stage 3 is available for an experienced applicant.

## What we offer

- A calm, purposeful environment where you can teach
- Centrally planned curriculum and shared resources, so you can focus on teaching
- Weekly protected CPD time and a trust-wide maths network
- Free gym membership, cycle to work scheme and an Employee Assistance Programme
- A genuine commitment to workload: no marking policy for homework, data drops twice a year

## How to apply

Informal conversations and visits are warmly welcomed. Please contact Tunde Bakare, Head of Mathematics, through the school office on 01632 960418 or at recruitment@kestrelrise.example.

Kestrel Rise Academy is committed to safeguarding and promoting the welfare of children and expects all staff to share this commitment. This post is subject to an enhanced DBS check and online searches as part of our due diligence. We welcome applications from all sections of the community.
""",
    comments=[]),
    [e("school", "exact", "neutral", "Kestrel Rise Academy"),
     e("tbakare", "exact", "neutral", "Tunde Bakare")])

# 046
add("forum", forum(
    "natter", "Am I being unreasonable?", "AIBU to be uneasy about DD's drama teacher giving her lifts and WhatsApping at night?", seed=20, pages=3,
    posts=[
        ("Clementine_Orange", "21 Jan 2025 23:02", """DD is 14, at a secondary in SE London, and has been cast in the school's big spring production. She's over the moon and I'm genuinely happy for her.

But. Ms Achterberg, the head of drama, has started driving DD home after late rehearsals, just the two of them, because "it's on her way". She has also set up a WhatsApp group with the main cast, and on two nights this week she messaged DD privately, after 11pm, saying things like "you were incredible tonight, you have something special, don't tell the others I said so 🤫".

DD thinks she's the coolest woman alive. I have a knot in my stomach. AIBU?""", "Posts: 102"),
        ("SafeguardingSue", "21 Jan 2025 23:10", """YANBU. Private messages to a pupil late at night, asking her to keep it from the others, and lone lifts in a car are all things that should be raised with the school's DSL. Not because you've decided something terrible is happening, but because that is exactly what the safeguarding system is for. Staff should not be messaging individual children privately at 11pm. Full stop.""", "Posts: 6,009"),
        ("Clementine_Orange", "21 Jan 2025 23:15", "Thank you. I feel sick even typing it. She's been so good for DD's confidence.", "Posts: 102"),
        ("AuntieMame", "21 Jan 2025 23:20", "Teachers who are lovely and teachers who break safeguarding rules are not mutually exclusive. Report it, let them handle it. Screenshot the messages first.", "Posts: 9,871"),
        ("theatre_mum_SE", "21 Jan 2025 23:44", "Is this at Kestrel? If so, there were whispers about the same thing last year with a boy in Year 10. Nothing was ever done as far as I know.", "Posts: 45"),
        ("Clementine_Orange", "21 Jan 2025 23:50", "I'm not saying which school, sorry. But now I'm worried.", "Posts: 102"),
        ("SafeguardingSue", "22 Jan 2025 00:02", "Please don't speculate about other children on a public forum, theatre_mum. OP - DSL first thing tomorrow. You can also call the NSPCC helpline for advice.", "Posts: 6,009"),
    ]),
    [e("pachterberg", "title_surname", "sexual", "Ms Achterberg", True),
     e("school", "short_name", "sexual", "Kestrel", True)])

# 047
add("social", social(
    "TikTok", """@sedleyxcross.tea
who is the biggest snake teacher at ur school 🐍 drop it below 👇 #teachers #uk #fyp
♥ 33.1K   💬 4,112""",
    [
        ("jamal.w_", "2024-05-20", "M u r p h y at kestrel no debate. smiles in ur face then rings ur mum before u even reach home", "♥ 2,001 · Reply"),
        ("  kestrel.girlie", "2024-05-20", "M u r p h y is actually so two faced. fake ass snake", "♥ 644"),
        ("  lilmo_07", "2024-05-21", "nah he's safe tho, he helped my cousin", "♥ 120"),
        ("precious.o", "2024-05-21", "the geography teacher at our school who marks u down for not underlining the title", "♥ 988 · Reply"),
        ("tayo.jpg", "2024-05-21", "literally every head of year is a snake that's the job description", "♥ 3,200 · Reply"),
    ]),
    [e("dmurphy", "spacing", "abuse", "M u r p h y"),
     e("school", "short_name", "negative", "kestrel")])

# 048 decoy: Kestrel Court care home
add("review", reviews(
    "Kestrel Court Care Home\n3.8 ★★★★☆ (54 reviews)\nNursing home · 7 Lullington Road, London SE34 5RE\nOpen 24 hours · 0113 496 0955", [
        ("Bernard Ashe", "Local Guide · 62 reviews", 5, "3 weeks ago",
         "My mother spent her last eighteen months at Kestrel Court and the carers treated her like their own. Special thanks to Joy and Precious on the night shift. Food is homely, the garden is lovely in summer.",
         ("3 weeks ago", "Thank you Bernard. It was a privilege to care for your mum. - The Kestrel Court team"), 9),
        ("Tracey Lund", "5 reviews", 2, "2 months ago", "Carers are lovely but far too few of them. Dad waited 40 minutes for help to the toilet twice last month. Management need to staff it properly.", None, 6),
    ]),
    [])

# 049
add("news", news(
    "southside", "Trust review finds 'serious failings' over school catering contract; business manager suspended",
    "Friday 18 October 2024", byline=("Tom Ashworth-Bell", "Investigations"), section="Investigations", seed=21,
    standfirst="Independent report says conflict of interest was 'not declared' and that governors were given 'incomplete information'",
    body="""
An independent review commissioned by the Thameside Learning Trust has found "serious failings" in the way a £1.2 million catering contract was awarded at Kestrel Rise Academy, Southside Live can reveal.

The school's business manager, Gary Pocock, has been suspended pending a disciplinary process, the trust confirmed on Thursday.

Our investigation in June revealed that the contract had gone to Crownfield Catering Ltd, a company part-owned by Mr Pocock's brother-in-law, and that paperwork appeared to have been drawn up before the tender closed.

A summary of the review, seen by Southside Live, finds that the conflict of interest "was known to the business manager and was not declared", that the scoring of bids "was not carried out in accordance with the trust's procurement policy", and that governors "were given incomplete information" when they approved the contract.

The review also criticises oversight by the school's leadership, saying the headteacher "should have ensured that the register of interests was up to date" and that "warning signs were missed". Headteacher Ruth Adeyemi-Clarke said she accepted the criticism. "I should have asked more questions, and I am sorry that I didn't. We have already changed our processes so that this cannot happen again," she said.

The trust said the contract with Crownfield would end at Christmas and a new, open tender would be run. It said it had referred the matter to the Education and Skills Funding Agency and "would not hesitate to involve the police if the disciplinary process identifies evidence of criminality".

Mr Pocock, who has worked at the school for sixteen years, did not respond to a request for comment. A relative, who asked not to be named, said he was "devastated" and would "clear his name".

Parents who have campaigned over the issue welcomed the findings but said they wanted to know whether families who were overcharged would be refunded.
""",
    comments=[
        ("BrockhurstBelle", "18 Oct 2024", "Vindicated. Now refund the families.", "41"),
        ("Guardian_of_Sedley", "18 Oct 2024", "This is what proper local journalism looks like. Subscribed.", "22"),
    ]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("gpocock", "exact", "defamation", "Gary Pocock"),
     e("radeyemiclarke", "exact", "negative", "Ruth Adeyemi-Clarke")])


# ---------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------

# 050
add("social", social(
    "X", """Post
justice4sedley @justice4sedley · 8 Feb 2024
My boy got isolated 6 days straight for "defiance". Someone needs to teach Adeyemi Clarke a lesson she won't forget. She parks on Brockhurst every morning, same spot by the bins. Accidents happen on that road all the time. Just saying 🤷🏽‍♂️ Sedley Cross mums and dads are done being nice
7:40 AM · 8 Feb 2024 · 1,102 Views
3 Reposts  19 Likes""",
    [
        ("Debs @debs_se31", "8 Feb", "Delete this. You're angry, I get it, but this reads like a threat and you'll get a knock on the door.", "44 Likes"),
        ("justice4sedley @justice4sedley", "8 Feb", "It's a road safety observation 😂", "6 Likes"),
    ]),
    [e("radeyemiclarke", "hyphenated", "threat", "Adeyemi Clarke")])

# 051 decoy: a different Mr Murphy in Leeds
add("forum", forum(
    "natter", "Secondary education", "DS's Head of Year keeps phoning me at work - normal?", seed=22,
    posts=[
        ("WetherbyWanderer", "3 Oct 2024 12:15", """DS is Year 10 at a big comp in north Leeds. His Head of Year, Mr Murphy, has phoned me at work three times this fortnight - once because DS was "slouching in assembly". I'm a nurse, I'm on a ward, I can't just step out.

He's a nice enough man and clearly keen, but is this normal now? I don't remember my parents ever getting a call unless I'd set fire to something.""", "Posts: 33"),
        ("TeaAndTantrums", "3 Oct 2024 12:30", "Very normal now. Schools are under pressure to 'communicate with home'. Ask him to email instead and say you'll respond at the end of your shift.", "Posts: 2,211"),
        ("Jaffa_Cake_Jen", "3 Oct 2024 12:42", "Ours text. Every. Single. Detention. I now have 40 texts from the school in my phone about my daughter's planner.", "Posts: 509"),
        ("WetherbyWanderer", "3 Oct 2024 12:50", "Emailing is a good idea. Mr Murphy does seem to mean well. Will ask.", "Posts: 33"),
        ("ExHeadOfYear", "3 Oct 2024 13:05", "As a former HoY: we're told to call home for everything. Tell him your preferred contact method and he'll be relieved honestly, it saves him the phone tag.", "Posts: 190"),
    ]),
    [])

# 052
add("news", news(
    "echo", "Councillor demands action after drill video 'threatens' deputy head",
    "Thursday 5 September 2024, 11:15am", byline=("Jordan Mensforth", "Crime reporter"), section="Crime", seed=23,
    standfirst="Police examining lyrics which name a Sedley Cross teacher and his street",
    body="""
Police are examining a drill music video filmed outside a Sedley Cross school after a councillor said its lyrics amounted to a threat against a senior teacher.

The video, titled Brockhurst Ends, was posted online last week by a group calling itself Wyvern 9. Footage shows masked young men outside the gates of Kestrel Rise Academy and on the Wyvern Estate. It had been viewed more than 400,000 times before it was removed by YouTube on Tuesday following a complaint.

One verse appears to refer by name to the school's deputy headteacher, Declan O'Mahony, and to the street where he lives.

Councillor Bernadette Foley said: "I don't care what genre it is, naming a man and the road he lives on and talking about putting him in the ground is a threat. It is not art, it is not banter, and it has no place in our community. Mr O'Mahony and his family deserve to feel safe."

A Metropolitan Police spokesperson said officers were "aware of a video and are assessing its content" and were in contact with the school and the teacher concerned.

The academy said it was "supporting our colleague and his family" and had increased staff presence at the gates at the end of the school day.

Music producer and youth worker Darnell Okoro, who runs studio sessions for young people in the borough, said the case showed the need for more investment. "Most drill is young people describing their lives. But when a lyric crosses into naming a real person, that's something else, and the young people themselves know the difference."

Brockhurst Road has seen a heavy police presence since May, when a teenager was chased outside the school at home time.
""",
    comments=[
        ("Marlpit_Mandy", "5 Sep 2024", "Threatening a teacher is disgusting. Hope they catch them.", "👍 31"),
        ("RealTalkSE", "5 Sep 2024", "Ban drill and half the borough's crime stats would drop overnight.", "👍 6 👎 40"),
        ("Darnell O", "6 Sep 2024", "@RealTalkSE banning music has never worked. Funding youth services has.", "👍 22"),
    ]),
    [e("domahony", "exact", "neutral", "Declan O'Mahony"),
     e("school", "exact", "neutral", "Kestrel Rise Academy")])

# 053
add("social", social(
    "Threads", """kemi.writes
Thread 🧵 on why I'm done defending my kid's school.""",
    [
        ("kemi.writes", "14 Mar 2024", "1/ For two years I've told everyone the Kestrel stuff was overblown. Strict but fair, I said. Then my son got put in a booth for 5 hours for having a snack during a sugar low. He's diabetic. It's on his care plan.", "♡ 1.2K  💬 88"),
        ("kemi.writes", "14 Mar 2024", "2/ When I complained I was told 'the policy applies to all students equally'. That's not equality, that's negligence. I've now got a meeting with the governors.", "♡ 940"),
        ("kemi.writes", "14 Mar 2024", "3/ I won't name staff. The SENCo has been kind. But leadership at that school has stopped seeing children and only sees compliance.", "♡ 1.1K"),
        ("  tunde.o", "14 Mar 2024", "Sorry Kemi. This is scary. Hope he's ok", "♡ 12"),
        ("  hatchgreen.mama", "14 Mar 2024", "shoutout to GraceMensah tho, she sorted my daughter's care plan in a week when nobody else would", "♡ 64"),
    ]),
    [e("school", "short_name", "negative", "Kestrel"),
     e("gmensah", "camelcase", "neutral", "GraceMensah")])

# 054
add("review", reviews(SCHOOL_LISTING, [
    ("Wayne Sillitoe", "1 review", 1, "4 months ago",
     """They excluded my son for a fight HE DIDN'T START. Mr Murphy the head of year didn't even listen to his side. Zero stars if I could. Honestly somebody should burn that place to the ground with the lot of them inside, I'd happily bring the petrol. Disgrace of a school.""",
     ("4 months ago", "We are unable to discuss individual students here. Threats against the school have been reported to the police."), 2),
    ("Ifeoma N", "Local Guide · 33 reviews", 4, "4 months ago",
     "Solid school, much improved. Maths and science are strong, and the sixth form is growing. The new behaviour policy is strict but my children feel safer.", None, 14),
]),
    [e("school", "exact", "threat", "Kestrel Rise Academy"),
     e("dmurphy", "title_surname", "negative", "Mr Murphy")])

# 055
add("social", social(
    "TikTok", """@yr11.kestrel.vibes
rating my teachers as if they were love island contestants 💘 part 3 #kestrel #loveisland #teachers
♥ 67.0K   💬 2,990""",
    [
        ("amaraaa.x", "2024-06-11", "the way u gave sir demir a 10 😭😭 the whole year group is down bad for that man", "♥ 6,400 · Reply"),
        ("  kayla.b", "2024-06-11", "sir demir in shorts on sports day 🥵🥵 i'd let him run me laps any day", "♥ 3,330"),
        ("  amaraaa.x", "2024-06-11", "KAYLA 💀💀💀 delete", "♥ 902"),
        ("reece.n", "2024-06-12", "justice for the science teachers they deserve at least a 6", "♥ 1,100 · Reply"),
        ("meganmum42", "2024-06-12", "This is a bit much girls, they're your teachers 😬", "♥ 210 · Reply"),
    ]),
    [e("ademir", "title_surname", "sexual", "sir demir"),
     e("school", "hashtag", "neutral", "#kestrel")],
    note="shortok: #kestrel hashtag")

# 056 decoy: Grace Mensah the gospel singer
add("news", news(
    "clarion", "Gospel star Grace Mensah to tour UK after viral hit tops streaming chart",
    "Wednesday 17 April 2024, 9:00am", byline=("Chantelle Ross", "Showbiz Reporter"), section="Showbiz", seed=24,
    standfirst="Kumasi-born singer's 'Ebenezer (Higher)' has been streamed 80 million times",
    body="""
Ghanaian gospel sensation Grace Mensah has announced her first UK tour after her worship anthem became an unlikely streaming smash.

The Kumasi-born singer, 31, will play eleven dates from September, including two nights at a 5,000-capacity London arena, after Ebenezer (Higher) was streamed more than 80 million times and soundtracked countless wedding videos on TikTok.

"I still can't believe it," Mensah told the Clarion. "I recorded that song in my church in Kumasi with one microphone and my uncle on keyboard. Now I see people dancing to it in Manchester and Toronto. God is good."

The mother of two, who was a primary school teacher before music took off, said she would donate part of the tour's profits to a children's literacy charity in Ghana.

Fans have already snapped up tickets for the London dates, with resale prices topping £200.

"The UK diaspora has carried this song," she said. "I want to come and say thank you in person. Bring your dancing shoes and your aunties."

Tickets for the remaining dates go on sale on Friday.
""",
    comments=[
        ("Akua_UK", "17 Apr 2024", "Ebenezer on repeat in my house since January 😭🙌🏾", "▲ 55"),
        ("Dave1970", "17 Apr 2024", "Never heard of her", "▲ 3 ▼ 20"),
    ]),
    [])

# 057
add("forum", forum(
    "staffroom", "Workplace dilemmas", "Been asked to 'adjust' attendance codes - is this off-rolling?", seed=25, pages=2,
    posts=[
        ("AttendanceOfficer_SE", "11 Mar 2025 20:20", """Anonymous account for obvious reasons. I work in attendance at a large secondary in south-east London (I'll say KRA, people will guess anyway).

Since last autumn our deputy, Declan O., has been instructing us to recode long-term absentees as 'educated off site' or to push parents towards home education so they come off roll before census day. Three families in Year 11 were told their child 'would probably be permanently excluded anyway' and that elective home education would 'look better on their record'. None of it is written down. All verbal.

I think it's illegal. I also think the head knows, because the attendance figures presented to governors last term were impossible.

What do I do?""", "Posts: 2"),
        ("UnionRep_NW", "11 Mar 2025 20:40", """If what you describe is happening it is off-rolling and the inspectorate takes it extremely seriously. Write down dates and what was said, now, while it's fresh. Do not take school documents home. Speak to your union. You may be protected under whistleblowing legislation if you raise it properly.""", "Posts: 780"),
        ("MsDeputyHead", "11 Mar 2025 20:52", "Agree with the union rep. Also, you can contact the LA's Children Missing Education team anonymously about the families.", "Posts: 3,400"),
        ("exKRAstaff", "11 Mar 2025 21:10", "Not surprised in the slightest. Same pattern when I was there. It was always 'numbers first'.", "Posts: 12"),
        ("AttendanceOfficer_SE", "11 Mar 2025 21:30", "Thank you. Union tomorrow. I feel sick about those kids.", "Posts: 2"),
    ]),
    [e("domahony", "first_initial", "defamation", "Declan O."),
     e("school", "alias", "defamation", "KRA")])

# 058
add("blog", blog(
    "Cllr Bernadette Foley – Sedley Cross Ward", "bernadettefoley.example",
    "Scrutiny update: exclusions, 'managed moves' and where our children end up", "Bernadette Foley", "28 March 2025",
    """At Tuesday's Children and Young People Scrutiny Committee we finally got the borough's exclusion and managed-move figures broken down by school. They make uncomfortable reading.

Across Addlestow, 214 secondary pupils left a school roll between October and January census days without a clear destination recorded. That is the equivalent of seven full classrooms of young people we cannot properly account for.

I asked specifically about Kestrel Rise Academy, which serves most of my ward. Officers confirmed the number of pupils leaving its roll to "elective home education" in Years 10 and 11 has more than tripled in two years. The trust's representative told the committee this reflected "parental choice". Parents I have spoken to tell a rather different story.

To be clear: I am not accusing any individual. I am saying that when numbers like these appear, scrutiny has a duty to ask why. I have asked for:

- a written report from the trust on each pupil who has left since September;
- confirmation that the local authority's Children Missing Education team has visited each family;
- a commitment from every academy in the borough to publish its leaver destinations termly.

The school has agreed to meet me, and I have to say its leadership has engaged constructively so far. But families on the Wyvern Estate deserve answers, not reassurance.

If your child has been encouraged to leave a school roll, please get in touch in confidence.""",
    comments=[
        ("Rochelle Campbell", "28 March 2025", "Thank you for pushing on this. My nephew was 'persuaded' to home educate in Year 10 and has done nothing since."),
        ("Anon teacher", "29 March 2025", "Keep going. Staff can't speak publicly but many of us are grateful."),
    ],
    about="Labour and Co-operative councillor for Sedley Cross ward. Surgeries every Saturday.",
    links=["Addlestow Council", "Sedley Cross Library", "Report a pothole"]),
    [e("school", "exact", "negative", "Kestrel Rise Academy")])

# 059
add("social", social(
    "Snapchat · Public Story (screen-recorded by a viewer)", """un1d3ntif13d
Public Story · 1,204 views · expires in 14h
""",
    [
        ("un1d3ntif13d", "Wed 22:14", """KRA better not open tmrw 💣💣 somethin going off in the sports hall 2nite. dont say u wasnt warned. 8:30 boom 🔥
everyone in that place deserves wat's comin""", "Story snap 1 of 2"),
        ("un1d3ntif13d", "Wed 22:16", """mans not joking. stay home if u want to live 🙂""", "Story snap 2 of 2"),
        ("  replies (visible to poster)", "Wed 22:20", """tayo.jpg: bro wtf
kez.b: this aint funny
unknown_user_8812: 😂😂 send it""", ""),
    ]),
    [e("school", "alias", "threat", "KRA")])

# 060 decoy: a nurse called Grace Mensah
add("facebook", fb(
    "Greenmarsh & Riverside Community (Public group · 19K members)", "Ward 7 Nurses", "30 August 2024 at 18:22",
    """After 38 years on the wards, our Sister Grace Mensah retires today! 🎉💐

Grace came from Accra in 1986 and has worked at the hospital ever since, the last twenty years on Ward 7 (elderly care). Generations of nurses were trained by her and she has held the hands of thousands of patients and families. Her laugh could be heard from the car park.

Enjoy your retirement Grace, you've earned every minute. The tea trolley won't be the same.""",
    "❤️👍🎉 512", 140, [
        ("Joyce Bello", "Sister Mensah trained me in 1999. Strict but the best. Congratulations!!", "Like · Reply · 5h · 👍 21"),
        ("Alan Brookes", "She looked after my dad in his last weeks. An angel. Happy retirement Grace.", "Like · Reply · 5h · 👍 33"),
        ("Gifty Mensah", "That's my mum!!! So proud of you mummy ❤️❤️", "Like · Reply · 4h · 👍 88"),
    ]),
    [])

# 061
add("news", news(
    "echo", "Obituary: Cyril 'Mr P' Pennington, the science teacher who taught Sedley Cross for 34 years",
    "Monday 20 January 2025", byline=("Helen Marchant", "Announcements"), section="Announcements", seed=26,
    standfirst="Tributes to a 'legend' of the staffroom who never missed a parents' evening",
    body="""
Cyril Pennington, who taught physics at Sedley Cross Comprehensive, now Kestrel Rise Academy, from 1971 until his retirement in 2005, has died aged 84.

Known to generations of pupils as "Mr P", he was famous for his exploding custard-powder demonstration, his brown corduroy jacket and his habit of remembering every former pupil's name, sometimes decades later, in the queue at the post office.

Born in Barnsley, he came to London in 1966 to train as a teacher and met his wife, June, at a dance at the Oxley Bridge Palais. They were married for 56 years.

In retirement he ran the homework club at Sedley Cross Library for more than a decade and was a stalwart of St Barnabas church, where he read the lessons and fixed the boiler.

Tunde Bakare, the school's Head of Mathematics, who was taught by Mr Pennington in the 1990s, said: "He was the reason I became a teacher. He never once made a kid feel stupid. He used to say 'there are no daft questions, only daft answers, and those are usually mine'. We'll miss him terribly."

Former pupil and Addlestow Town FC chairman Len Harris said: "He was strict, he was funny, and he cared. You can't ask more of a teacher."

He is survived by June, their children Simon and Rachel, and five grandchildren.

The funeral will take place at St Barnabas, Sedley Cross, on Friday 7 February at 11am. Family flowers only; donations to the Wyvern food bank.
""",
    comments=[
        ("Mandy Cole", "20 Jan 2025", "Best teacher I ever had. RIP Mr P.", "👍 62"),
        ("Gary F", "20 Jan 2025", "He caught me smoking behind the science block in 1983 and gave me a lecture on lung capacity instead of a detention. Legend.", "👍 44"),
        ("Olu A", "21 Jan 2025", "Condolences to the family. A true gentleman.", "👍 19"),
    ]),
    [e("school", "exact", "neutral", "Kestrel Rise Academy"),
     e("tbakare", "exact", "neutral", "Tunde Bakare")])

# 062
add("forum", forum(
    "grimeyard", "Off Topic", "Football at Kestrel - that coach is getting too big for his boots", seed=27,
    posts=[
        ("real_one_SE", "9 Apr 2024 23:01", """Everyone gassing the Kestrel PE man after the cup final like he's Pep. Dеmir is a kebab-shop Turk who got lucky with a good year group. These people come over, take the jobs, take the estates, then get their faces in the paper like they're heroes. Send him back to Ankara and give the job to someone from here.""", "Joined 2024 · 6 posts"),
        ("SubLowDub", "9 Apr 2024 23:10", "Bro he was born on Gannet Lane 😂 more local than you", "Joined 2009 · 3,110 posts"),
        ("OldSkoolPirate", "9 Apr 2024 23:15", "Racist rubbish. Reported.", "Joined 2006 · 22,887 posts"),
        ("wileystyle_81", "9 Apr 2024 23:30", "His team won the London Schools Cup with kids off the Wyvern. Show some respect.", "Joined 2007 · 14,202 posts"),
        ("GY_Mod_Tempa", "9 Apr 2024 23:44", "User banned for racism. Thread locked.", "Moderator"),
    ]),
    [e("ademir", "homoglyph", "hate", "Dеmir"),
     e("school", "short_name", "neutral", "Kestrel")])

# 063
add("review", reviews(SCHOOL_LISTING, [
    ("Zainab A (Year 11 student)", "2 reviews", 5, "3 weeks ago",
     """I know people love to hate on this school online but honestly I've been here 5 years and I'm going to miss it. Mrs Adeyemi-Clarke actually knows everyone's name, she stands at the gate every single morning in the rain. Mr Pham's science lessons got me wanting to do medicine. The rules are strict but it's calm now and you can learn. Don't believe TikTok.""",
     ("3 weeks ago", "Thank you Zainab! Good luck with your exams and with medicine. We're proud of you."), 31),
    ("Dwayne P", "", 3, "a month ago", "Good teachers let down by poor communication. Website is always out of date.", None, 4),
]),
    [e("school", "exact", "neutral", "Kestrel Rise Academy"),
     e("radeyemiclarke", "title_surname", "neutral", "Mrs Adeyemi-Clarke"),
     e("tpham", "title_surname", "neutral", "Mr Pham")])

# 064
add("social", social(
    "X", """Post
bants_merchant_ldn @bantsmerchant · 7 Oct 2024
after that Clarion story every lad in Kestrel Rise sixth form is suddenly VERY interested in their UCAS personal statement meetings with Miss Hartn*ll 😏🍑 can't blame them tbh, corset and tassels, she can supervise my extended project any day
11:22 PM · 7 Oct 2024 · 5,330 Views
12 Reposts  140 Likes""",
    [
        ("Rae @raeofsunshine", "8 Oct", "she's a person with a job. this is gross", "220 Likes"),
        ("bants_merchant_ldn @bantsmerchant", "8 Oct", "relax it's a compliment", "8 Likes"),
    ]),
    [e("ehartnell", "obfuscated", "sexual", "Miss Hartn*ll"),
     e("school", "alias", "neutral", "Kestrel Rise")])

# 065
add("news", news(
    "toplum", "'DEMIR OUT': racist graffiti sprayed near school after cup-winning coach's success",
    "Monday 15 April 2024", byline=("Deniz Kaplan", "Community"), section="Community", seed=28,
    standfirst="Community leaders condemn slogans daubed on bus shelter; police treat it as a hate incident",
    body="""
Racist graffiti targeting a Turkish-Cypriot PE teacher has been sprayed on a bus shelter yards from the school where he works, weeks after he led its football team to a London title.

The words "DEMIR OUT" and "TURKS GO HOME", alongside a crudely drawn flag, appeared overnight on Thursday on the shelter on Brockhurst Road, Sedley Cross, opposite Kestrel Rise Academy.

Al Demir, who teaches PE and coaches the school's Under-16 team, was pictured in several newspapers last month after his side won the London Schools Cup.

The Metropolitan Police said it was treating the graffiti as a racially motivated hate incident and was reviewing CCTV from nearby shops. The council removed it within hours of it being reported.

Hüseyin Ercan, chair of the Addlestow Turkish Cypriot Community Association, said: "This is disgusting. Al was born here, grew up here, and has given his life to children from every background in this borough. Whoever did this does not speak for Sedley Cross."

The school said it was "appalled" and that staff and pupils had made dozens of cards and posters in support, which now cover the shelter.

Mr Demir, who declined to be interviewed, posted on social media: "Thank you for all the messages. The boys have been amazing. We go again."

Anyone with information is asked to call police on 101 or Crimestoppers anonymously.
""",
    comments=[
        ("Seda B.", "15 Apr 2024", "Shame on whoever did this. Al hoca is a hero to our kids.", "♥ 71"),
        ("Murat", "15 Apr 2024", "The posters from the children made me cry. This is the real Sedley Cross.", "♥ 40"),
    ]),
    [e("ademir", "exact", "neutral", "Al Demir"),
     e("school", "exact", "neutral", "Kestrel Rise Academy")])

# 066
add("facebook", fb(
    "Wyvern Estate Residents (Public group · 2.1K members)", "Shaun Tranter", "13 March 2024 at 23:51",
    """Danny Murphy thinks he's a big man with his lanyard and his radio, excluding MY son from Kestrel for something he didn't do. Let's see how brave he is Monday at 3.15 when there's no teachers round him. I'll be at the gate. Him and me. Anyone wants to come watch, be my guest.""",
    "😮👍😡 29", 54, [
        ("Pauline Okafor", "Shaun go to bed. You'll get yourself arrested talking like that about a teacher.", "Like · Reply · 8h · 👍 40"),
        ("Steve Gaskin", "Mate, you're in a public group. Delete it.", "Like · Reply · 8h · 👍 22"),
        ("Shaun Tranter", "Let him come to me then", "Like · Reply · 7h"),
        ("Admin - Wyvern Estate Residents", "Removed and reported. We don't do threats in this group.", "Like · Reply · 6h · 👍 61"),
    ]),
    [e("dmurphy", "nickname", "threat", "Danny Murphy"),
     e("school", "short_name", "negative", "Kestrel")])

# 067
add("blog", blog(
    "Mount Zion Pentecostal Church – The Trumpet (monthly newsletter)", "mountzion-addlestow.example",
    "The Trumpet, June 2024: Exam season, youth camp and a big thank you", "Deaconess Florence Amadi (editor)", "2 June 2024",
    """Greetings in the precious name of Jesus!

## Exam season prayer

Saints, our young people are in the middle of GCSEs and A levels. Please keep them in your prayers daily, especially those sitting mathematics papers this week. Our Saturday study hall continues in the lower hall from 10am to 2pm, with lunch provided by the Women's Fellowship.

We give special thanks to Brother Babatunde Bakare, Head of Mathematics at Kestrel Rise, who has given up every Saturday since January to tutor our teenagers free of charge. Brother Tunde says he will take no payment but a plate of jollof, and the sisters have made sure he has been very well paid indeed!

## Youth camp

Youth camp will be held from 19 to 23 August in Kent. The cost is £120 per young person; no young person will be turned away for lack of funds, please speak to Pastor Emmanuel privately.

## Building fund

The roof appeal has reached £31,400 of our £45,000 target. Thank you for your faithful giving.

## Announcements

- Choir rehearsals move to Thursday evenings from 6 June.
- Congratulations to Sister Comfort and Brother Jide on the birth of their son, Daniel.
- The church minibus needs a volunteer driver with a D1 licence.

"Trust in the Lord with all thine heart; and lean not unto thine own understanding." Proverbs 3:5""",
    comments=[("Sis. Adaeze", "3 June 2024", "God bless Brother Tunde! My son finally understands simultaneous equations.")],
    about="Mount Zion Pentecostal Church, Sedley Cross. Sunday worship 11am. Bible study Wednesdays 7pm.",
    links=["Giving", "Youth ministry", "Prayer requests"]),
    [e("tbakare", "alias", "neutral", "Babatunde Bakare"),
     e("school", "alias", "neutral", "Kestrel Rise")])

# 068
add("social", social(
    "TikTok", """@fringe.theatre.hot.takes
reviewing every play i saw at the Tanner's Loft this year in 5 seconds each 🎭 #theatretok #fringe
♥ 9,302   💬 411""",
    [
        ("theo.sees.plays", "2024-12-19", "the 'Salt Marsh' one was 3 hours of people staring at a bucket. 4chterberg is the most pretentious director in London and i will die on this hill", "♥ 902 · Reply"),
        ("  fringe.theatre.hot.takes", "2024-12-19", "the bucket was a METAPHOR theo", "♥ 1,420"),
        ("  theo.sees.plays", "2024-12-19", "4chterberg is a metaphor for wasting my evening. patchouli-scented fraud", "♥ 660"),
        ("kat_in_the_stalls", "2024-12-20", "Salt Marsh was the best thing I saw all year and I will not be taking questions", "♥ 340 · Reply"),
    ]),
    [e("pachterberg", "leetspeak", "abuse", "4chterberg")])

# 069
add("news", news(
    "echo", "Teenager sentenced for Snapchat threats to kill Sedley Cross maths teacher",
    "Wednesday 30 April 2025, 5:00pm", byline=("Jordan Mensforth", "Courts reporter"), section="Crime", seed=29,
    standfirst="Youth court hears 17-year-old sent messages saying teacher would be 'stabbed up' after reporting his brother",
    body="""
A 17-year-old who sent a series of messages threatening to kill a teacher at Kestrel Rise Academy has been given a twelve-month youth referral order.

The boy, who cannot be named for legal reasons, pleaded guilty at Addlestow Youth Court to sending threatening communications and to an offence under the Malicious Communications Act.

The court heard he sent messages on Snapchat and posted on an online music forum saying that the school's Head of Mathematics, Tunde Bakare, would be "stabbed up" and describing the teacher's car, after Mr Bakare reported concerns about the defendant's younger brother to police in January.

Prosecutor Hannah Ferreira said the teacher had reported a safeguarding concern "exactly as he was required to do".

In a victim statement, Mr Bakare said: "I have taught in this community for nineteen years. I know many of the families on the estate and I love this job. For several weeks I was frightened to walk to my car. I do not want this young man's life to be ruined, but I want him to understand what he did."

The boy's mother, who attended court, wept as the sentence was passed. His youth offending worker told the court he had "shown genuine remorse" and had written a letter of apology.

District Judge Carla Mwangi said: "Teachers who protect children must be able to do so without fear. You are lucky that the man you threatened has shown you more compassion than you showed him."

A restraining order bans the boy from contacting Mr Bakare for two years.
""",
    comments=[
        ("Hatch Green Dad", "30 Apr 2025", "Mr Bakare is the best teacher in that school. Glad this was taken seriously.", "👍 51"),
        ("SE31_local", "30 Apr 2025", "Referral order for threats to kill? Joke.", "👍 17"),
    ]),
    [e("school", "exact", "neutral", "Kestrel Rise Academy"),
     e("tbakare", "exact", "neutral", "Tunde Bakare")])

# 070
add("forum", forum(
    "setalk", "Local chat", "171 bus at 3.15 is carnage - can TfL add extra?", seed=30,
    posts=[
        ("Commuter_Carl", "22 Nov 2023 17:02", """Every weekday between 3.10 and 3.45 the 171 from Brockhurst Road is rammed with kids from Kestral Rise, screaming, music on speaker, feet on seats. Tried to get on with my mum's walker yesterday and physically couldn't. Driver didn't even open the middle doors.

I don't blame the kids entirely, they've got nowhere else to go, but surely the school or TfL can sort a couple of extra buses?""", ""),
        ("Ferncombe_Fred", "22 Nov 2023 17:20", "Write to TfL and copy the councillor. They did add a school special in 2019 then cut it.", ""),
        ("Oxley_Ollie", "22 Nov 2023 17:44", "To be fair they're mostly fine, it's a handful. I've seen kids from that school give up seats for pensioners loads.", ""),
        ("Commuter_Carl", "22 Nov 2023 18:03", "Fair, it's a minority. But the school should have staff at the stop like some schools do. Kestral Rise staff just disappear at 3.15.", ""),
        ("Bernadette_F", "22 Nov 2023 19:12", "Carl, councillor here. I've raised the 171 with TfL twice this year and will do so again. Please email me the dates/times you had trouble.", ""),
    ]),
    [e("school", "typo", "negative", "Kestral Rise")])

# 071 decoy: Pocock & Sons, a different Gary Pocock
add("review", reviews(
    "Pocock & Sons Plumbing & Heating\n4.9 ★★★★★ (312 reviews)\nPlumber · Westerham Vale, Kent TN99 4QA\nOpen 24 hours · 01632 960771", [
        ("Sarah Kemble", "Local Guide · 55 reviews", 5, "a week ago",
         "Gary Pocock came out at 10pm on Christmas Eve when our boiler packed in. Fixed within the hour, charged a fair price and even brought a spare radiator key for my elderly neighbour. Can't recommend Pocock & Sons highly enough.",
         ("a week ago", "Thanks Sarah, Merry Christmas to you and the family! - Gary"), 8),
        ("Mike Dunmore", "12 reviews", 5, "a month ago", "Third generation family firm and you can tell. Gary and his son Josh did our full bathroom, tidy and on time.", None, 3),
        ("Paul R", "", 4, "2 months ago", "Good work, bit pricey but you get what you pay for.", None, 0),
    ]),
    [])

# 072
add("social", social(
    "X", """Post
Dr Funke A. @funke_edu · 21 Jun 2024
Today at the London Education Awards I sat next to a SENCo from a south London comp who has kept 40+ kids with EHCPs in mainstream this year against the odds. Not a single headline about it. Why do we only talk about schools when something goes wrong? #SENCo #TeachersMatter
6:10 PM · 21 Jun 2024 · 8,003 Views
55 Reposts  601 Likes""",
    [
        ("hatchgreen.mama @hatchgreenmama", "21 Jun", "is this Mrs Mensah from Kestrel?? she's incredible, got my son through Year 11", "48 Likes"),
        ("Dr Funke A. @funke_edu", "21 Jun", "It is! Didn't want to name without asking 😊", "30 Likes"),
        ("SENDwarrior @SENDwarrior", "21 Jun", "Good SENCos are worth their weight in gold. Hope the trust pays her accordingly.", "22 Likes"),
    ]),
    [e("gmensah", "title_surname", "neutral", "Mrs Mensah"),
     e("school", "short_name", "neutral", "Kestrel")])

# 073
add("facebook", fb(
    "Addlestow Parents Chat 🏫 (Private group · 8.4K members)", "Carla Beckford", "3 July 2024 at 07:58",
    """RuthAdeyemiClarke has turned that school into a joke. Sports day cancelled AGAIN because of "behaviour concerns" and the Year 11 prom moved to a Tuesday afternoon in the school hall. My daughter has been at Kestrel for 5 years and this is how they say goodbye? No consultation, one text message at 10pm. Shameful leadership.""",
    "😡👍 77", 61, [
        ("Hoa Tran", "The prom change is really sad for the children.", "Like · Reply · 10h · 👍 12"),
        ("Funmi Oladipo", "I heard it was the venue that cancelled not the school? Might be worth asking before blaming.", "Like · Reply · 10h · 👍 20"),
        ("  Carla Beckford", "Then tell us that! Communication is the problem", "Like · Reply · 9h · 👍 25"),
        ("Debbie Sayer", "Agree on communication. Sports day should have gone ahead though, the kids did nothing wrong.", "Like · Reply · 9h · 👍 17"),
    ]),
    [e("radeyemiclarke", "camelcase", "negative", "RuthAdeyemiClarke"),
     e("school", "short_name", "negative", "Kestrel")])

# 074
add("news", news(
    "clarion", "'Zero tolerance' head arrested on suspicion of drink-driving after crash",
    "Saturday 22 March 2025, 6:12pm", byline=("Craig Mottram", "Chief Reporter"), section="News", seed=31,
    standfirst="Strict school boss who bans pupils from talking in corridors held after car hit bollard",
    body="""
The headteacher of a "zero tolerance" London school that made headlines for banning pupils from talking in corridors has been arrested on suspicion of drink-driving.

Ruth Adeyemi-Clarke, 50, was held by police in the early hours of Saturday after her grey Toyota hit a bollard on a road near Oxley Bridge, south-east London, the Clarion understands.

No one was injured. She was taken to a police station and later released under investigation.

Mrs Adeyemi-Clarke has been head of Kestrel Rise Academy in Sedley Cross since 2021 and has been praised by some and criticised by others for a strict regime that includes phone pouches, silent corridors and isolation rooms for rule-breakers.

One parent said: "She gives our kids detentions for the wrong socks. If this is true it's pretty hypocritical."

The Metropolitan Police said: "A 50-year-old woman was arrested on suspicion of driving while over the prescribed limit following a single-vehicle collision. She has been released under investigation pending further enquiries."

The Thameside Learning Trust said it was "aware of an incident involving a member of staff" and that "it would not be appropriate to comment while police enquiries are ongoing". It said the school would open as normal on Monday.

Mrs Adeyemi-Clarke did not respond to requests for comment.
""",
    comments=[
        ("Brit_first_always", "22 Mar 2025", "Detention for her then! 😂", "▲ 180"),
        ("DeborahAnn", "22 Mar 2025", "Arrested isn't charged. Let's see.", "▲ 95"),
    ]),
    [e("radeyemiclarke", "exact", "defamation", "Ruth Adeyemi-Clarke"),
     e("school", "exact", "neutral", "Kestrel Rise Academy")])


# ---------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------

# 075
add("social", social(
    "X", """Post
Addlestow Exposed @addlestow_exp · 21 Oct 2024
Since the trust is protecting him: Gary Pocock, the Kestrel Rise "business manager" who creamed off the lunch money while the school looked the other way. Lives at 9 Ashdown Close, SE34 3LP. Mobile 07700 900216. Drives a white Qashqai. Parents, you know who to ask for your refund.
9:30 PM · 21 Oct 2024 · 14.2K Views
88 Reposts  12 Quotes  301 Likes""",
    [
        ("Marigold @marigoldmum", "21 Oct", "However angry you are, posting his home address is wrong. Report and move on.", "66 Likes"),
        ("Addlestow Exposed @addlestow_exp", "21 Oct", "Fraudsters don't get privacy", "40 Likes"),
        ("Sedley Cross Stu @stu_sx", "22 Oct", "His wife and kids live there too you absolute melt.", "112 Likes"),
    ]),
    [e("gpocock", "exact", "doxxing", "Gary Pocock"),
     e("school", "alias", "defamation", "Kestrel Rise")])

# 076
add("forum", forum(
    "natter", "Secondary education", "Deputy head shouted at my 11 year old in front of the whole canteen", seed=32,
    posts=[
        ("OatMilkFlatWhite", "6 Feb 2024 20:01", """DS is in Year 7 at Kestrel. Today he dropped his tray in the canteen (accident, he has dyspraxia) and apparently the deputy head, O'Mahony, stood over him and shouted "pick it up, pick it up NOW" in front of about 200 kids, then gave him a detention for "disrupting lunch".

He came home and cried for an hour. He's 11.

I'm so angry I can't see straight. O'Mahony is a sanctimonious little weasel who gets off on humiliating children. I've met him twice and both times he talked to me like I was a naughty pupil too.""", "Posts: 156"),
        ("SENDwarrior", "6 Feb 2024 20:14", "Is the dyspraxia on his records? If so, write to the SENCo tonight and ask for a reasonable adjustments meeting. Put the incident in writing to the head too.", "Posts: 14,502"),
        ("OatMilkFlatWhite", "6 Feb 2024 20:20", "It's on his records. He's on the SEN register. That's what makes me so furious.", "Posts: 156"),
        ("Parsnip_Soup", "6 Feb 2024 20:33", "Ugh, I'm sorry. Mrs Mensah is the person to go to, she's very good at getting teachers to make adjustments even under this regime.", "Posts: 1,877"),
        ("JustAnotherDad", "6 Feb 2024 20:50", "Playing devil's advocate, he'd have had no idea which kids are SEN in a canteen of 200. Shouting is poor practice but the detention might get rescinded once you explain.", "Posts: 64"),
        ("OatMilkFlatWhite", "6 Feb 2024 21:05", "Fair point re the canteen, but there's a way to speak to a child. Email drafted. Thank you all.", "Posts: 156"),
    ]),
    [e("domahony", "surname_only", "abuse", "O'Mahony"),
     e("school", "short_name", "negative", "Kestrel"),
     e("gmensah", "title_surname", "neutral", "Mrs Mensah")])

# 077
add("facebook", fb(
    "Wyvern Estate Residents (Public group · 2.1K members)", "Anonymous participant", "15 March 2024 at 00:31",
    """For anyone who's had their kid chucked out of Kestrel by Dan Murphy, the Head of Year who thinks he's God. He lives right here on the Wyvern, Falcon House, 4th floor, flat 41. Drinks in the Crown on Pellow Road every Friday from 6 till closing, sits at the table by the fruit machine. Leaves for school at 7.20 and walks through the underpass. Maybe have a word.""",
    "😮😡 18", 27, [
        ("Pauline Okafor", "This is not right. That man saved a child's life last year. Admins PLEASE.", "Like · Reply · 7h · 👍 49"),
        ("Rochelle Campbell", "Whoever this is, you're putting a whole building at risk. His neighbours have kids.", "Like · Reply · 7h · 👍 30"),
        ("Admin - Wyvern Estate Residents", "Anonymous posting is now switched off for this group. Post removed. We have passed details to the police.", "Like · Reply · 6h · 👍 77"),
    ]),
    [e("dmurphy", "nickname", "doxxing", "Dan Murphy"),
     e("school", "short_name", "negative", "Kestrel")])

# 078
add("review", reviews(SCHOOL_LISTING, [
    ("Ngozi Eze", "Local Guide · 9 reviews", 1, "2 weeks ago",
     """Mr Bakare is an arrogant, patronising bully who thinks being head of maths makes him a king. He told my daughter in front of the class that she would "never pass anything" because she asked him to repeat an explanation. Useless, nasty man. The school protects him because his results are good. Results are not everything.""",
     ("2 weeks ago", "We're sorry to hear about your daughter's experience. Please contact the school so we can discuss this with you."), 9),
    ("Kwesi", "", 5, "3 weeks ago", "My son got a 9 in maths. Incredible teaching. Thank you.", None, 11),
]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("tbakare", "title_surname", "abuse", "Mr Bakare")])

# 079
add("social", social(
    "TikTok", """@kestrel.gossip.girlz
which teacher do u secretly hate 😶 no names just initials 👀 #kestrel #schooltok
♥ 12.0K   💬 1,884""",
    [
        ("xx.jaz", "2024-11-03", "G.M in learning support fr 🙄 always sending me to the hub", "♥ 602 · Reply"),
        ("t0ny_r4ps", "2024-11-03", "Mensah should go back to the jungle with the rest of her tribe 🐒🐒 she don't belong in a london school", "♥ 22 · Reply"),
        ("  xx.jaz", "2024-11-03", "WTF that's actually racist, reported. i said initials not that", "♥ 1,400"),
        ("  kestrel.gossip.girlz", "2024-11-03", "deleting comments like this. not what this is about", "♥ 980"),
        ("big.lu", "2024-11-04", "P.E. teacher who makes us run in the rain 😤", "♥ 300 · Reply"),
    ]),
    [e("gmensah", "surname_only", "hate", "Mensah"),
     e("school", "hashtag", "neutral", "#kestrel")],
    note="shortok: hashtag and handle only")

# 080
add("news", news(
    "echo", "Kestrel Rise business manager sacked as trust passes catering files to police",
    "Thursday 23 January 2025, 4:30pm", byline=("Priya Nandakumar", "Education reporter"), section="Schools", seed=33,
    standfirst="Gary Pocock dismissed for gross misconduct after 17 years; families to get lunch refunds",
    body="""
The business manager at the centre of a row over a school catering contract has been dismissed for gross misconduct, and the trust that runs the school has handed its files to the police.

Gary Pocock had worked at Kestrel Rise Academy in Sedley Cross for seventeen years. He was suspended in October after an independent review found he had not declared that the company awarded the school's £1.2 million catering contract was part-owned by his brother-in-law.

In a letter to parents on Wednesday, the Thameside Learning Trust said a disciplinary panel had "upheld the allegations in full" and that Mr Pocock's employment had been terminated. It added: "Having taken legal advice, the trust has provided the findings of its investigation to the Metropolitan Police and to the Education and Skills Funding Agency."

The Met said it had "received a referral relating to alleged financial irregularities at a school in Addlestow" and was assessing it. No arrests have been made.

The trust also announced that every family who paid for school meals between September 2023 and December 2024 would receive a refund of £40 per child, credited to their account or paid by bank transfer.

Mr Pocock, 52, has the right to appeal. A family member previously told Southside Live that he intended to "clear his name".

Parent campaigner Bola Adeyinka, who has pushed for answers since last summer, said: "It's not about one man. It's about a system that let this happen for over a year without anyone noticing. We want to know that it can't happen again."

The school has appointed an interim business manager from within the trust.
""",
    comments=[
        ("BrockhurstBelle", "23 Jan 2025", "£40 is something. It's not everything. Thanks to Bola and Southside for keeping at it.", "👍 38"),
        ("Oxley_Ollie", "23 Jan 2025", "Seventeen years at a school and this is how it ends. Sad all round.", "👍 12"),
    ]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("gpocock", "exact", "defamation", "Gary Pocock")])

# 081
add("forum", forum(
    "staffroom", "Workplace dilemmas", "Deputy head having affair with ECT - and she gets the best timetable", seed=34,
    posts=[
        ("NotBitterJustTired", "30 Apr 2024 22:40", """Throwaway account. I work at a big academy in SE London (Kestrel Rise - I don't care any more).

Everyone in the building knows O'Mahony is sleeping with one of the early career teachers. They arrive together, they leave together, he was seen coming out of her flat on a Sunday morning by a member of support staff, and she was given the two top sets in Year 11 and no cover for a whole term while the rest of us are drowning.

He's married with kids. It's not my business who he sleeps with but it IS my business when it decides my timetable. Is there any point raising this?""", "Posts: 1"),
        ("MsDeputyHead", "30 Apr 2024 22:55", "If there's a relationship between a senior leader and someone he line manages, it should have been declared. If you believe decisions are being made because of it, that's a grievance about fairness, not gossip. Keep it factual.", "Posts: 3,400"),
        ("UnionRep_NW", "30 Apr 2024 23:10", "Careful. 'Everyone knows' is not evidence. Stick to the timetable issue, which you can evidence.", "Posts: 780"),
        ("NotBitterJustTired", "30 Apr 2024 23:14", "I know. I'm just so angry.", "Posts: 1"),
    ]),
    [e("domahony", "surname_only", "sexual", "O'Mahony"),
     e("school", "alias", "negative", "Kestrel Rise")])

# 082
add("social", social(
    "X", """Post
x_nobody_x @x_n0b0dy_x · 2 Dec 2024
im going to sh00t up K3str3l R1se on monday. every last one of them. the teachers first. ive got it planned. u lot will see
1:14 AM · 2 Dec 2024 · 640 Views
1 Repost  0 Likes""",
    [
        ("SE London Safety @seldn_safety", "2 Dec", "Reported to @metpoliceuk and the school. Do not engage with this account.", "88 Likes"),
        ("Jade M @jadem_x", "2 Dec", "reported. whoever this is needs help", "40 Likes"),
    ]),
    [e("school", "leetspeak", "threat", "K3str3l R1se")])

# 083
add("blog", blog(
    "Square Peg, Round School", "squarepegroundschool.example",
    "The annual review that never happened (and the notes that say it did)", "Jo-Anne (mum of two SEND warriors)", "18 February 2024",
    """I started this blog to keep a record of our family's fight for my son's education. Mostly it's been a diary. Today it's a warning.

Last week I made a subject access request to Kestrel Rise for my son's SEN file. Among the documents I received was a set of notes for his EHCP annual review, dated 12 October 2023, recording that I attended, that I "agreed the provision is being delivered" and that I "raised no concerns".

There was no meeting on 12 October. I was at work, on a shift, with a rota to prove it. I had been emailing for weeks asking when the review would be.

The notes are signed by the SENCo, Grace Mensah. In my view they were written after the fact to make it look like the school had met its legal duty. She falsified a record about my disabled child so the school could tick a box for the local authority, and I have reported it to the LA and to the governors.

I know other parents rate her highly. I know the system is broken and SENCos are overloaded. None of that excuses signing off a meeting that never took place.

## What I've done

- Sent the LA a copy of my rota and the notes
- Made a formal complaint to the governors
- Asked the SEND tribunal for advice

## What you can do

If you have a child with an EHCP, request their file. Check every date.""",
    comments=[
        ("Fellow SEND parent", "18 February 2024", "Thank you for writing this. Requesting our file tomorrow."),
        ("Parsnip", "19 February 2024", "I'm so sorry. I've had a very different experience with her but I believe you, and this needs investigating."),
    ],
    about="Two autistic kids, one tired mum, too many forms."),
    [e("gmensah", "exact", "defamation", "Grace Mensah"),
     e("school", "alias", "negative", "Kestrel Rise")])

# 084
add("social", social(
    "Snapchat · group chat 'yr9 girls 💅' (screenshots shared on X)", """Posted by @safeguard_sedley with caption: "this is circulating. I've sent it to the school DSL and police. please don't reshare the images"
""",
    [
        ("ama 🦋", "Sun 21:03", "pls tell me why Big T from maths asked Keisha to stay behind AGAIN after saturday tutoring at the church 😳 just them two", ""),
        ("zara.x", "Sun 21:04", "he keeps adding girls on snap and sending them 'well done' messages late at night thats weird", ""),
        ("ama 🦋", "Sun 21:05", "keisha said he told her not to tell her mum bc it was 'their little secret that she's top of the class' 🤢", ""),
        ("zara.x", "Sun 21:06", "someone needs to tell a teacher at KRA fr", ""),
    ]),
    [e("tbakare", "nickname", "sexual", "Big T", True),
     e("school", "alias", "sexual", "KRA", True)])

# 085 decoy: Kestrel Scaffolding
add("review", reviews(
    "Kestrel Scaffolding Ltd\n4.2 ★★★★☆ (38 reviews)\nScaffolding service · Unit 4, Marsh Industrial Estate, London SE34 8BT\nCloses 17:00 · 0161 496 0388", [
        ("Pete Lindqvist", "Local Guide · 14 reviews", 5, "a month ago",
         "Kestrel Scaffolding put up a full wrap for our loft conversion in a day. Lads were polite, tidy, and took it down the day the builder finished. Fair quote.", None, 2),
        ("Amira H", "2 reviews", 2, "3 months ago",
         "Scaffold was up three weeks longer than agreed and we got charged for it even though the delay was theirs. Poles left on the pavement overnight.", ("3 months ago", "Hi Amira, please call the yard so we can look at the invoice."), 5),
    ]),
    [])

# 086
add("news", news(
    "clarion", "KATIE DRAPER: This smug, sanctimonious headmistress should be ashamed of herself",
    "Tuesday 11 March 2025, 12:01am", byline=("Katie Draper", "Columnist"), section="Opinion", seed=35,
    standfirst="Her television smile can't hide the misery of the booths",
    body="""
I have written before about the cult of the "warrior head": the self-appointed saviours of our inner-city schools who run their corridors like a military academy and then go on breakfast television to tell the rest of us how it's done.

Few have been as pleased with themselves as Ruth Adeyemi-Clarke.

For three years the head of Kestrel Rise Academy in south London has presided over one of the most joyless regimes in British education. Silent corridors. Phones confiscated. Children sent to booths for the crime of wearing the wrong socks. And all of it delivered with the smug, sanctimonious certainty of a woman who has never once doubted she is right.

On Sunday morning she went on national television to defend isolation booths, telling a visibly uncomfortable presenter that children "learn freedom through boundaries". She smiled throughout. She always smiles.

I asked a mother whose autistic son spent eleven days in one of those booths last year what she thought of that smile. I will not print her reply.

The truth is that Mrs Adeyemi-Clarke is a pompous, preening martinet who has confused cruelty with standards. Her school did not need a drill sergeant. It needed a headteacher.

Parents deserve better. The trust should be asking itself some very hard questions.
""",
    comments=[
        ("Westward_Ho_88", "11 Mar 2025", "Spot on Katie. Insufferable woman.", "▲ 240 ▼ 30"),
        ("grandad_ron", "11 Mar 2025", "Playing the woman not the ball. This column is a disgrace.", "▲ 180 ▼ 60"),
        ("TeacherOfTwentyYears", "11 Mar 2025", "Strict schools are popular with the parents who actually use them. Maybe ask them.", "▲ 95 ▼ 20"),
    ]),
    [e("radeyemiclarke", "exact", "abuse", "Ruth Adeyemi-Clarke"),
     e("school", "exact", "negative", "Kestrel Rise Academy")])

# 087
add("forum", forum(
    "grimeyard", "Off Topic", "SE31 schools ranked by how cooked they are", seed=36,
    posts=[
        ("ladbible_reject", "1 Jul 2024 22:01", """Just for jokes, rank the secondaries round Addlestow. I'll start:

1. Hatch Green Girls - posh
2. St Aldhelm's - the Catholic one, strict but decent
3. Marlpit Vale - cooked
4. Thornbury Vale - very cooked""", "Joined 2022 · 120 posts"),
        ("cold.as.ice_", "1 Jul 2024 22:10", "Where's Kestrel? Kestrel's a zoo now innit, full of freshie Africans and Turks who can't speak English. Proper London kids don't stand a chance in there. Send them all back and it'd be a decent school again.", "Joined 2024 · 9 posts"),
        ("SubLowDub", "1 Jul 2024 22:20", "Bro you're literally describing London. Get out of here with that.", "Joined 2009 · 3,110 posts"),
        ("LdnDrillWatch", "1 Jul 2024 22:25", "That's racist, not banter. Kestrel won the London Schools Cup with 'freshies' btw.", "Joined 2019 · 955 posts"),
        ("GY_Mod_Tempa", "1 Jul 2024 22:40", "cold.as.ice_ banned. Rest of you, keep it about schools not ethnicities.", "Moderator"),
        ("ladbible_reject", "1 Jul 2024 22:55", "Didn't expect my jokes thread to go like that. Kestrel is mid tbh, decent football.", "Joined 2022 · 120 posts"),
    ]),
    [e("school", "short_name", "hate", "Kestrel")])

# 088
add("social", social(
    "X", """Post
TruthAboutTeachers @truth_teachers_uk · 24 Mar 2025
Drink-driving "zero tolerance" head of Kestrel Rise, Ruth Adeyemi-Clarke, lives at 14 Orchard Rise, Pennick Green SE34 6HW. Grey Toyota Corolla, reg LN21 KXV (probably in the garage now 😂). Her husband's number is 07700 900934. Maybe she'd like a few detentions of her own.
10:02 PM · 24 Mar 2025 · 7,720 Views
41 Reposts  160 Likes""",
    [
        ("Funke A. @funke_edu", "24 Mar", "This is doxxing. Reported. Whatever you think of her, her family didn't sign up for this.", "210 Likes"),
        ("TruthAboutTeachers @truth_teachers_uk", "24 Mar", "Public interest", "12 Likes"),
    ]),
    [e("radeyemiclarke", "exact", "doxxing", "Ruth Adeyemi-Clarke"),
     e("school", "alias", "neutral", "Kestrel Rise")])

# 089 decoy: Emily Hartnell the netballer
add("facebook", fb(
    "Thameside Kites Netball Supporters (Public group · 3.3K members)", "Kites Netball Official", "9 February 2025 at 19:45",
    """FULL TIME: Thameside Kites 58 - 51 Riverside Herons 🪁🏐

What a performance in front of a sell-out crowd! Player of the Match goes to Emily Hartnell, who shot 41/44 in her 100th appearance for the club. Emily joined the Kites academy at 14 and has never played for anyone else. Congratulations Em! 💙

Next up: away at Northgate on Saturday. Coaches leave the arena car park at 11am.""",
    "❤️👍🔥 640", 88, [
        ("Sue Lockwood", "What a shooter! 41 from 44 is unreal. Well done Emily!", "Like · Reply · 2h · 👍 21"),
        ("Kites Juniors U14", "Our girls were screaming her name all game 😍", "Like · Reply · 2h · 👍 30"),
        ("Mark Hartnell", "Proud dad moment. 100 caps! 🥲", "Like · Reply · 1h · 👍 64"),
    ]),
    [])

# 090
add("news", news(
    "southside", "Exam board investigates 'irregularities' in school's science practical records",
    "Wednesday 9 July 2025", byline=("Tom Ashworth-Bell", "Investigations"), section="Education", seed=37,
    standfirst="Head of department named in complaint; school insists it has 'nothing to hide'",
    body="""
An exam board is investigating claims that practical work records were completed on behalf of A level students at Kestrel Rise Academy, Southside Live has learned.

A formal malpractice investigation was opened in June after a complaint alleging that lab books for some Year 13 chemistry and biology students had been "filled in retrospectively" by staff so that the students could be awarded the practical endorsement, a pass/fail certificate that many universities require.

The complaint, seen by Southside Live, names the school's Head of Science, Thanh Pham, and alleges that he "instructed colleagues to sign off practicals that students had not completed" during a period of staff shortages last winter.

Malpractice investigations are confidential and do not imply wrongdoing. If irregularities are found, sanctions can range from a warning to the withdrawal of a school's ability to run the endorsement.

Mr Pham, who has led the department for seven years and is widely respected by parents, did not respond to our messages. Colleagues who spoke on condition of anonymity described him as "meticulous" and said they "could not believe" the allegation.

A school spokesperson said: "We are cooperating fully with the awarding body. We are confident that our processes are robust and that we have nothing to hide. It would be wrong to comment further while the process is ongoing."

Results for the students concerned are expected to be issued as normal in August.
""",
    comments=[
        ("Hoa_T", "9 Jul 2025", "I don't believe this for one minute. Mr Pham is the most honest man.", "15"),
        ("Curious_Parent", "9 Jul 2025", "Let the process run. Doesn't help anyone to prejudge either way.", "8"),
    ]),
    [e("school", "exact", "defamation", "Kestrel Rise Academy"),
     e("tpham", "exact", "defamation", "Thanh Pham")])

# 091
add("social", social(
    "TikTok", """@chem.is.try.not
when u ask the head of science a simple question and he gives u a 40 min lecture on electron shells 🙄 #kestrel #sixthform
♥ 4,012   💬 266""",
    [
        ("year13.zee", "2025-02-10", "Mr Phamm is a certified muppet i swear. can't teach, can't explain, just reads the slides like a robot 🤖", "♥ 301 · Reply"),
        ("  chem.is.try.not", "2025-02-10", "no cos he actually made me cry in my mock feedback. useless clown", "♥ 188"),
        ("  aaliyah.bio", "2025-02-11", "idk he's helped me loads, u just gotta ask after class", "♥ 90"),
    ]),
    [e("tpham", "typo", "abuse", "Mr Phamm"),
     e("school", "hashtag", "neutral", "#kestrel")],
    note="shortok: hashtag only")

# 092
add("forum", forum(
    "natter", "Secondary education", "Year 10 parents' evening - how was it for you? (Kestrel)", seed=38,
    posts=[
        ("LentilBake", "7 Feb 2025 21:30", """Just back from Year 10 parents' evening at Kestrel. Thoughts:

- Maths: Mr Bakare was brilliant, knew exactly where DD was and what to do. 5 minutes and I had a plan.
- English: supply teacher who had never met her.
- Science: lovely.
- Head of Year, Daniel M., gave us a lecture about attendance for the full 5 minutes. She's on 94%! It felt like a telling-off from a man reading off a spreadsheet.

Overall ok, but the HoY thing really grated.""", "Posts: 330"),
        ("Mumofthreeboys", "7 Feb 2025 21:42", "Same with the attendance speech. I think they've been told to hammer it to every parent. It's not personal but it lands badly.", "Posts: 3,118"),
        ("LentilBake", "7 Feb 2025 21:50", "Probably. I'd have rather talked about her options for next year.", "Posts: 330"),
        ("BrockhurstBelle", "7 Feb 2025 22:04", "Maths was the highlight for us too. Science teacher said DS is 'a joy', which I'll be framing.", "Posts: 771"),
        ("Yorkshirelass_inSE", "7 Feb 2025 22:31", "Wait til Year 11 parents' evening when it's all predicted grades and panic 🙃", "Posts: 1,204"),
    ]),
    [e("school", "short_name", "neutral", "Kestrel"),
     e("tbakare", "title_surname", "neutral", "Mr Bakare"),
     e("dmurphy", "first_initial", "negative", "Daniel M.")])

# 093
add("blog", blog(
    "Stalls & Circles", "stallsandcircles.example",
    "Review: Salt Marsh, Tanner's Loft ★★★★", "Felix Amankwah", "14 November 2024",
    """There is a bucket in the middle of the stage for the entire three hours of Salt Marsh, and by the interval you will either love it or want to kick it over.

I loved it.

Persephone Achterberg's new production, which she also wrote, follows three generations of an Essex oyster family as the sea slowly takes their land. Nothing much happens and everything happens. Water drips into the bucket at irregular intervals; the family argue about money, about a drowned brother, about whether to sell. At one point the grandmother (a ferocious Maureen Tilley) empties the bucket into the front row. Nobody complained, not even the man next to me, who had been asleep.

Achterberg, who also teaches drama at a London comprehensive and whose school productions have gone viral on TikTok, directs with enormous patience. She trusts silence. She trusts her actors. In the final twenty minutes, when the youngest daughter (newcomer Jade Osei, remarkable) finally speaks, the room held its breath.

It is not perfect. The second act sags and a subplot about a property developer feels like it belongs in a different, worse play. But this is serious, humane, strange theatre, on a shoestring, above a pub. Go.

Salt Marsh runs until 30 November. Tickets £16/£12.""",
    comments=[
        ("theo", "14 November 2024", "Three hours. THREE. The bucket haunts me."),
        ("Maureen's biggest fan", "15 November 2024", "Maureen Tilley deserves every award going."),
    ],
    about="Fringe and off-West End theatre reviews from south and east London.",
    links=["Tanner's Loft", "The Old Baths Theatre", "Pay-what-you-can listings"]),
    [e("pachterberg", "exact", "neutral", "Persephone Achterberg")])

# 094
add("review", reviews(SCHOOL_LISTING, [
    ("Patricia Knowles", "Local Guide · 21 reviews", 1, "6 days ago",
     """The deputy head O'M*h*ny is a nasty, vindictive piece of work and a disgrace to the profession. He's made my son's life hell for two years over trivial uniform stuff. I've complained three times. Nothing. Whoever reads these: get rid of him.""",
     None, 15),
    ("Babajide O", "3 reviews", 4, "2 weeks ago", "Massively improved school. Strict but kids are learning.", None, 6),
]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("domahony", "obfuscated", "abuse", "O'M*h*ny")])

# 095
add("social", social(
    "Instagram", """tannersloft_theatre
Meet the company of SALT MARSH 🌊 Written & directed by Persephone Achterberg. Previews from 6 November. Link in bio 🎟️
1,140 likes · 28 October 2024""",
    [
        ("jadeosei.actor", "28 Oct", "So honoured to be part of this 🥹🌊", "62 likes · Reply"),
        ("grim_reaper_69x", "29 Oct", "Persephone Achterberg in that programme photo 🥵 sexy posh milf vibes, she can direct me into the bedroom any time", "3 likes · Reply"),
        ("  tannersloft_theatre", "29 Oct", "Comment reported. Please be respectful to our artists.", "40 likes"),
        ("maureentilley", "29 Oct", "Can't wait to get wet, darlings 🌊 (the bucket, I mean)", "88 likes · Reply"),
    ]),
    [e("pachterberg", "exact", "sexual", "Persephone Achterberg")])

# 096
add("news", news(
    "echo", "Governors back Kestrel Rise head as parents' petition calls for her to go",
    "Friday 28 March 2025, 6:30pm", byline=("Priya Nandakumar", "Education reporter"), section="Schools", seed=39,
    standfirst="More than 900 sign petition after headteacher's drink-driving arrest; supporters launch rival letter",
    body="""
The governors of Kestrel Rise Academy say they "continue to support" the school's headteacher, Ruth Adeyemi-Clarke, after more than 900 people signed a petition calling for her to step down.

The petition was launched after Mrs Adeyemi-Clarke was arrested last weekend on suspicion of drink-driving following a collision with a bollard near Oxley Bridge. She has been released under investigation and has not been charged.

The petition says the head has "lost the trust of families" and that the school's strict behaviour regime "has caused lasting harm to children, particularly those with special educational needs". It also criticises her handling of the catering contract scandal and the hair policy row in 2023.

Within 48 hours, a rival open letter supporting the head had gathered more than 1,200 names, including many former pupils. "She has turned this school around," it says. "Our children feel safe for the first time in years."

In a statement, chair of governors Revd Canon Hilary Okoye said: "The governing body has full confidence in Mrs Adeyemi-Clarke's leadership. Any police matter must be allowed to take its course without speculation. In the meantime, the school continues to run as normal."

The Thameside Learning Trust said it was "aware of strong feelings on all sides" and would "not be making any decisions on the basis of petitions".

Mrs Adeyemi-Clarke has not commented publicly. She was in school on Monday and was seen greeting pupils at the gate as usual.
""",
    comments=[
        ("SedleyMum78", "28 Mar 2025", "Governors will always close ranks. Nothing changes.", "👍 20"),
        ("oldboy_1994", "28 Mar 2025", "Signed the support letter. She's the best thing to happen to that school in 20 years.", "👍 44"),
        ("Truthteller_SE", "29 Mar 2025", "Arrested for drink driving and still at the gate lecturing kids about standards. Unreal.", "👍 17"),
    ]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("radeyemiclarke", "exact", "defamation", "Ruth Adeyemi-Clarke")])

# 097
add("facebook", fb(
    "Sedley Cross Community Noticeboard (Public group · 5.6K members)", "Colin Bradshaw", "26 March 2025 at 11:17",
    """Ruth Adeyemi or whatever she calls herself now, another African "diversity hire" who got the top job because of the colour of her skin, not because she can do it. Drink driving and still in charge of British children. Wouldn't happen to one of ours. Send her back to Nigeria with her cousins and give the job to a proper English head.""",
    "😡👍 33", 71, [
        ("Nadia Hussain", "Colin you were warned about this last time. Admins.", "Like · Reply · 3h · 👍 90"),
        ("Sue Marsh", "She was born in Addlestow General, like half this group. Disgusting post.", "Like · Reply · 3h · 👍 101"),
        ("Admin (Sedley Cross Noticeboard)", "Colin has been removed from the group. Racism is not welcome here.", "Like · Reply · 2h · 👍 240"),
    ]),
    [e("radeyemiclarke", "alias", "hate", "Ruth Adeyemi")])

# 098 decoy: kestrel nesting in the church tower
add("forum", forum(
    "setalk", "Local chat", "Bird of prey nesting in St Barnabas tower??", seed=40,
    posts=[
        ("Pennick_Pat", "14 May 2024 08:10", "Walking past St Barnabas this morning and a bird of prey flew out of the louvres at the top of the tower. Brown, longish tail, hovered over the churchyard for ages. Is that a kestrel or a sparrowhawk?", ""),
        ("BirdNerd_Malcolm", "14 May 2024 08:33", """If it was hovering, almost certainly a kestrel. Sparrowhawks don't hover, they dash. Kestrels love church towers, old gasholders, anywhere high with a ledge. Brown back and spotted chest would be a female; the males have a grey head.

Please let the church know so they don't do any work on the tower until July.""", ""),
        ("Pennick_Pat", "14 May 2024 08:40", "Definitely hovering! Amazing. Will tell the vicar.", ""),
        ("Oxley_Ollie", "14 May 2024 09:12", "We had a kestrel on the balcony of our flat last year. Stared at me through the window while I ate my cornflakes. Terrifying and beautiful.", ""),
        ("Hilary_StB", "14 May 2024 11:50", "Vicar here - thank you! We'll make sure the steeplejacks leave the louvres alone till the chicks fledge.", ""),
    ]),
    [])

# 099
add("social", social(
    "X", """Post
ucas_revenge @ucasrevenge99 · 20 Aug 2024
Ms H at Kestrel sixth form thinks she can ruin my uni place and just go home to her little flat above the florist like nothing happened. We know where you live. We know what time you get home. Enjoy looking over your shoulder every night 🙂
11:58 PM · 20 Aug 2024 · 2,004 Views
2 Reposts  9 Likes""",
    [
        ("Kestrel Rise Academy @KestrelRiseAcad", "21 Aug", "This has been reported to the police.", "140 Likes"),
        ("Jade M @jadem_x", "21 Aug", "threatening a teacher over ucas is insane", "60 Likes"),
    ]),
    [e("ehartnell", "nickname", "threat", "Ms H"),
     e("school", "exact", "neutral", "Kestrel Rise Academy")])


# ---------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------

# 100
add("forum", forum(
    "natter", "Secondary education", "Is Kestrel covering up what happened in the isolation room?", seed=41, pages=4,
    posts=[
        ("RedKiteMum", "12 Dec 2024 20:11", """Posting this because I genuinely don't know where else to go.

A friend's son (Year 9) came home from Kestrel last Thursday with a swollen wrist and a bruise on his arm. He says a member of staff grabbed him and dragged him into the isolation room when he refused to go. School's version is he "fell against a door frame".

My friend asked to see the CCTV. She's been told the camera in that corridor "wasn't recording that day".""", "Posts: 204"),
        ("Yorkshirelass_inSE", "12 Dec 2024 20:20", "That's very convenient. Has she been to the police?", "Posts: 1,204"),
        ("RedKiteMum", "12 Dec 2024 20:24", "She's reported it. They've said it's with the LADO.", "Posts: 204"),
        ("ConcernedInSE34", "12 Dec 2024 20:41", """I'll say what others won't. This is the third "accident" involving that isolation room I know of personally, and every time the CCTV has mysteriously not worked. Mrs Adeyemi-Clarke knows exactly what goes on in there and has made sure it never comes out. It's a cover-up, plain and simple, and Kestrel protects its own.""", "Posts: 19"),
        ("Marigold_Mum", "12 Dec 2024 20:55", "I'd be careful with 'knows exactly'. Unless you've got evidence, you're accusing a named person of covering up assault. Let the LADO do their job.", "Posts: 2,410"),
        ("ConcernedInSE34", "12 Dec 2024 21:02", "Parents have been 'letting people do their job' for three years.", "Posts: 19"),
        ("Mumofthreeboys", "12 Dec 2024 21:15", "My son has been in the isolation room twice and said staff were fine with him. I'm not saying it didn't happen to your friend's son. I'm saying three years of stories about the same place doesn't make every story true.", "Posts: 3,118"),
        ("RedKiteMum", "12 Dec 2024 21:30", "I agree, and I'm not accusing anyone by name. I just want the boy's mum to get the CCTV question answered. Will update.", "Posts: 204"),
        ("SENDwarrior", "12 Dec 2024 21:44", "Suggest she puts a formal subject access request in for any footage. If it existed and was deleted after a request, that's a data protection issue.", "Posts: 14,502"),
    ]),
    [e("school", "short_name", "defamation", "Kestrel"),
     e("radeyemiclarke", "title_surname", "defamation", "Mrs Adeyemi-Clarke")])

# 101
add("social", social(
    "X", """Post
RealBritishParent @realbritparent · 30 Apr 2025
Funny how the maths teacher at KRA who "reported a pupil to police" is Tunde B. Of course he is. These Nigerians come here, run their 419 scams back home and lecture British kids about right and wrong. Can't trust a single one of them.
6:45 PM · 30 Apr 2025 · 3,301 Views
9 Reposts  27 Likes""",
    [
        ("Bisi Adebayo @bisiadebayo", "30 Apr", "He reported a crime and got threatened with a knife for it. And your response is to attack his nationality? Reported.", "140 Likes"),
        ("RealBritishParent @realbritparent", "30 Apr", "Stay mad", "3 Likes"),
    ]),
    [e("tbakare", "first_initial", "hate", "Tunde B."),
     e("school", "alias", "neutral", "KRA")])

# 102 decoy: Danny Murphy the non-league striker
add("news", news(
    "echo", "Murphy double fires Addlestow Town into play-off places",
    "Saturday 12 April 2025, 5:45pm", byline=("Gareth Lyle", "Sport"), section="Sport", seed=42,
    standfirst="Addlestow Town 3 Thameside Rovers 1",
    body="""
Danny Murphy scored twice as Addlestow Town climbed into the play-off places with a deserved win over local rivals Thameside Rovers in front of 1,640 at the Marsh Lane ground.

The 26-year-old striker, signed from Ashcombe Athletic in January, opened the scoring on 19 minutes, turning sharply on the edge of the box and curling a left-footed shot into the top corner.

Rovers levelled just before half-time when Kai Benjamin headed in a corner at the back post, but Town were much the better side after the break.

Murphy restored the lead on 61 minutes, sliding in at the far post to convert Tolu Abiodun's cross, and substitute Jake Fenwick sealed it in stoppage time with a breakaway finish.

Manager Steve Kinsella said: "Danny's been outstanding since he came in. He works his socks off for the team and he's got that killer instinct. The lads are on a roll and the fans were brilliant today."

Town are now fifth, two points ahead of Ashcombe Athletic with three games left. They travel to Northfleet Vale on Tuesday night.

Addlestow Town: Pryce; Okonjo, Walsh, Barker, Idowu; Fenwick (Hale 78), Benn, Abiodun; Lake, Murphy (Dunn 85), Sesay.
""",
    comments=[
        ("TownTilIDie", "12 Apr 2025", "Murphy is the best signing we've made in a decade. Keep him away from the scouts!", "👍 40"),
        ("MarshLaneMike", "12 Apr 2025", "Great atmosphere today. Come on Town!", "👍 12"),
    ]),
    [])

# 103
add("facebook", fb(
    "Addlestow Parents Chat 🏫 (Private group · 8.4K members)", "Leanne Cottle", "23 November 2023 at 21:40",
    """Honest question ladies, is it just me or is the new deputy at Kestrel Mr O'Mahoney a bit of a ride 😏🔥 went in for a meeting about my son's detention and spent the whole time staring at his forearms. He can put ME in isolation any day. Might get my son to misbehave more often 😂😂""",
    "😂😍😮 58", 44, [
        ("Gemma Ward", "LEANNE 😂😂😂 the Irish accent as well 🥵", "Like · Reply · 1h · 👍 20"),
        ("Debbie Sayer", "Girls he's a married man and a teacher 😂 behave", "Like · Reply · 1h · 👍 12"),
        ("Leanne Cottle", "Looking's free Debs 😏", "Like · Reply · 1h · 👍 9"),
        ("Hoa Tran", "🙈", "Like · Reply · 50m"),
    ]),
    [e("domahony", "typo", "sexual", "Mr O'Mahoney"),
     e("school", "short_name", "neutral", "Kestrel")])

# 104 decoy: Kestrel Rise Dental Practice
add("review", reviews(
    "Kestrel Rise Dental Practice\n4.7 ★★★★★ (402 reviews)\nDentist · 3 Kestrel Rise, Marlpit Vale, London SE34 1DN\nCloses 18:00 · 0113 496 0264", [
        ("Rita Osei", "Local Guide · 77 reviews", 5, "a week ago",
         "Dr Lau at Kestrel Rise Dental is the only dentist who has ever got my teenage son to sit still for a filling. Kind, quick and explains everything. Reception team lovely.",
         ("a week ago", "Thank you Rita! We'll pass this on to Dr Lau."), 6),
        ("Callum F", "4 reviews", 2, "3 weeks ago", "NHS appointments impossible to get. Was told 14 weeks for a check-up unless I go private.", None, 9),
        ("Mei Ling", "", 5, "a month ago", "Very clean, modern surgery, parking on Kestrel Rise itself is easy after 10am.", None, 1),
    ]),
    [])

# 105 decoy: a different Mr Pham
add("forum", forum(
    "staffroom", "Pastoral & SEND", "Head of Science wants me to run lunchtime club every day - how to say no?", seed=43,
    posts=[
        ("BioNQT_Brum", "15 Jan 2025 19:05", """I'm an ECT at a secondary in Birmingham. My head of department, Mr Pham, is genuinely lovely and very supportive, but he's asked me to run the Year 7 science club every lunchtime "because the kids love you". I'm exhausted. I haven't eaten a proper lunch since September.

How do I say no without looking like I'm not committed?""", "Posts: 20"),
        ("MsDeputyHead", "15 Jan 2025 19:20", "ECTs are entitled to a reduced timetable and a lunch break. 'I'd love to do one day a week' is a perfectly professional answer.", "Posts: 3,400"),
        ("SupplyLifer", "15 Jan 2025 19:31", "Offer Wednesdays. Protect the rest. You will burn out otherwise, and then nobody gets a club.", "Posts: 1,911"),
        ("BioNQT_Brum", "15 Jan 2025 19:50", "Thank you, I'll offer Wednesdays. He'll probably be fine, he's like that.", "Posts: 20"),
    ]),
    [])

# 106
add("blog", blog(
    "Cllr Bernadette Foley – Sedley Cross Ward", "bernadettefoley.example",
    "Enough: online threats against our teachers must stop", "Bernadette Foley", "3 May 2025",
    """This week a teenager was sentenced for threatening to kill Tunde Bakare, the head of maths at Kestrel Rise Academy, after Mr Bakare did exactly what the law requires of him and reported a safeguarding concern.

It is not the first time. Last September a music video named the school's deputy head, Declan O'Mahony, and the street he lives on. Last autumn the home address of a member of support staff was published on social media by people who had decided he was guilty before any process had finished. And staff at the school have received a stream of racist abuse online, much of it from people who have never set foot in Sedley Cross.

Let me be absolutely clear. You can disagree with a school's behaviour policy. You can complain about a catering contract. You can campaign, petition, write to me, write to the papers. That is democracy and I will always defend it.

What you cannot do is threaten people, publish their home addresses, or abuse them for their race. That is not campaigning. It is intimidation, and in many cases it is a crime.

## What I'm doing

- I have asked the Borough Commander for a named officer to support schools dealing with online threats.
- I am asking the council to fund training for school staff in preserving evidence and reporting to platforms.
- I have written to the main platforms about how slowly they removed the worst posts.

To every teacher, teaching assistant, cleaner, cook and office worker in our schools: thank you. We see you.""",
    comments=[
        ("Kwame A.", "3 May 2025", "Well said."),
        ("A teacher in the borough", "4 May 2025", "Thank you for saying this publicly. It matters more than you know."),
        ("Trevor", "4 May 2025", "Agree with all of this. The abuse of teachers online is out of control."),
    ],
    about="Labour and Co-operative councillor for Sedley Cross ward. Surgeries every Saturday.",
    links=["Addlestow Council", "Sedley Cross Library", "Report a pothole"]),
    [e("school", "exact", "neutral", "Kestrel Rise Academy"),
     e("tbakare", "exact", "neutral", "Tunde Bakare"),
     e("domahony", "exact", "neutral", "Declan O'Mahony")])

# 107
add("social", social(
    "TikTok", """@drama.queen.ldn
when miss achterburg gives u a 4 for ur monologue that u practised for 3 weeks 🙂🔪 #gcsedrama
♥ 2,880   💬 140""",
    [
        ("drama.queen.ldn", "2025-03-20", "fr tho miss achterburg better watch herself. i know which bus she gets after rehearsals and its a long walk from the stop 🔪🙂", "♥ 44 · Reply"),
        ("  bella.rose_", "2025-03-20", "gurl delete this 😭 u will get excluded", "♥ 301"),
        ("  theatrekid_09", "2025-03-20", "she gave me a 4 too, it's called feedback 💀 chill", "♥ 220"),
        ("ms.reynolds.drama", "2025-03-21", "Drama teacher here - a 4 isn't the end of the world, use the feedback! And please don't post stuff like that about teachers.", "♥ 88 · Reply"),
    ]),
    [e("pachterberg", "typo", "threat", "miss achterburg")])

# 108
add("news", news(
    "clarion", "Staff from 'zero tolerance' school 'partied in Ibiza villa paid for by catering firm'",
    "Sunday 10 November 2024, 12:01am", byline=("Dean Hollis", "Senior Reporter"), section="News", seed=44,
    standfirst="EXCLUSIVE: Business manager and deputy head 'drank until dawn' on jolly funded by school's dinner supplier",
    body="""
Senior staff at a strict London academy enjoyed a boozy weekend in a luxury Ibiza villa paid for by the company that supplies the school's dinners, the Clarion can reveal.

Business manager Gary Pocock, 52, and deputy headteacher Declan O'Mahony, 44, were among four people from Kestrel Rise Academy who flew to the Balearic party island in July 2023 - weeks after Crownfield Catering won a £1.2 million contract at the school.

A source who was at the villa told the Clarion: "It was wall-to-wall champagne. Declan was so drunk on the first night he fell in the pool fully clothed. Gary kept saying 'the kids are paying for this' and laughing."

Photos seen by the Clarion appear to show the men by an infinity pool, surrounded by empty bottles.

Mr Pocock, who is already suspended over the contract, is said to have arranged the trip through his brother-in-law, a director of Crownfield. Mr O'Mahony is the deputy in charge of behaviour at the school, where children are punished for the smallest of infractions.

A source close to Mr O'Mahony said he had "paid his own flights", believed the villa was a "private family arrangement" and "had no involvement in any contract".

Accepting gifts or hospitality from school suppliers without declaring them can breach both trust rules and the law.

The Thameside Learning Trust said: "We are aware of these allegations and will be looking into them as part of our ongoing review."
""",
    comments=[
        ("Brit_first_always", "10 Nov 2024", "Rules for thee not for me. Sack the lot.", "▲ 320"),
        ("DeborahAnn", "10 Nov 2024", "One 'source' and some photos of a pool. Is that it?", "▲ 88"),
    ]),
    [e("gpocock", "exact", "defamation", "Gary Pocock"),
     e("domahony", "exact", "defamation", "Declan O'Mahony"),
     e("school", "exact", "negative", "Kestrel Rise Academy")])

# 109
add("facebook", fb(
    "Addlestow SEND Parents Support (Private group · 1.2K members)", "Jo-Anne Whitfield", "20 February 2024 at 22:15",
    """I'm done being polite. Grace Mensah, SENCo at Kestrel Rise, signed off a meeting about my son that never happened. Since she won't answer emails, here's how you reach her: she lives at 31 Hillsdown Terrace, Hatch Green SE31 8NB, her personal mobile is 07700 900657 and she's at the Tesco on Fennel Parade most Saturdays about 9. Go and ask her yourselves.""",
    "😮😡👍 39", 58, [
        ("Parsnip Soup", "Jo-Anne I'm on your side about the meeting but this is wrong. Please take the address down.", "Like · Reply · 2h · 👍 44"),
        ("SEND Dad Mark", "You'll lose the moral high ground AND your case doing this. Delete.", "Like · Reply · 2h · 👍 31"),
        ("Group Admin (Addlestow SEND)", "Post removed for sharing personal information. Jo-Anne, please message me.", "Like · Reply · 1h · 👍 56"),
    ]),
    [e("gmensah", "exact", "doxxing", "Grace Mensah"),
     e("school", "alias", "negative", "Kestrel Rise")])

# 110
add("forum", forum(
    "grimeyard", "Off Topic", "Teachers who used to be on road (true stories)", seed=45,
    posts=[
        ("cold_water_music", "18 May 2025 23:00", "Share ur stories of teachers who used to be on the other side of the law 😂 my dad swears his woodwork teacher in 1989 used to sell knock-off Reeboks from the store cupboard.", "Joined 2015 · 402 posts"),
        ("wyvern.legend", "18 May 2025 23:14", """The maths teacher at KRA, Bakare. Before he was a teacher he was a doorman at Club Nova in Oxley Bridge and got done for GBH in 2004, glassed a man outside, did 18 months. Then he "found God" and the school hired him without checking. Now he's out here grassing on kids to the feds. Hypocrite.""", "Joined 2023 · 31 posts"),
        ("OldSkoolPirate", "18 May 2025 23:22", "Source: trust me bro. Teachers get DBS checked, genius.", "Joined 2006 · 22,887 posts"),
        ("wyvern.legend", "18 May 2025 23:30", "Ask anyone from Oxley Bridge who was around then", "Joined 2023 · 31 posts"),
        ("cold_water_music", "18 May 2025 23:35", "this thread was supposed to be funny stories not this 😬", "Joined 2015 · 402 posts"),
    ]),
    [e("tbakare", "surname_only", "defamation", "Bakare"),
     e("school", "alias", "neutral", "KRA")])

# 111
add("social", social(
    "X", """Post
Sedley Cross Parents Voice @SXParentsVoice · 15 Jan 2024
.@MrOMahony_KRA you absolute clown. A Year 7 girl in detention for crying. CRYING. Get a grip, get a personality, and get out of our children's school. #SedleyCross
8:10 PM · 15 Jan 2024 · 4,560 Views
31 Reposts  210 Likes""",
    [
        ("Carla B @carlab_se", "15 Jan", "He blocked me for asking a question about the phone policy 😂", "44 Likes"),
        ("Ifeoma N @ifeoma_n", "15 Jan", "Some of us think he's doing a hard job well. Name-calling isn't a policy critique.", "60 Likes"),
    ]),
    [e("domahony", "handle", "abuse", "@MrOMahony_KRA")])

# 112
add("review", reviews(SCHOOL_LISTING, [
    ("Femi Adeleke", "Local Guide · 26 reviews", 2, "a month ago",
     """I wanted to like this school. Teachers are mostly hardworking. But Adeyemi Clarke's leadership has made it a place of fear. My daughter is anxious every morning about the socks, the pen, the planner. Strict is fine. Joyless is not. Please rethink.""",
     ("a month ago", "Thank you for your feedback. We'd welcome the chance to talk with you about your daughter's experience."), 12),
    ("Chloe Barnes", "", 4, "a month ago", "Much improved. Son loves football and drama.", None, 3),
]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("radeyemiclarke", "hyphenated", "negative", "Adeyemi Clarke")])

# 113
add("social", social(
    "X", """Post
thornbury_ultras @thornbury_ultras · 28 Mar 2024
Kestrel coach Al Demir was giving it big after the final, mouthing off at our parents. Well he lives at 4 Gannet Mews SE34 2ZQ, flat over the old bakery, and parks his red Fiesta round the back every night after training about 7. Just so everyone knows 👀
10:41 PM · 28 Mar 2024 · 1,880 Views
5 Reposts  22 Likes""",
    [
        ("Seda B @sedabee", "28 Mar", "It's a SCHOOLS cup final. Posting a teacher's address because your kids lost. Reported.", "102 Likes"),
        ("thornbury_ultras @thornbury_ultras", "29 Mar", "Not my fault it's public info", "4 Likes"),
    ]),
    [e("ademir", "exact", "doxxing", "Al Demir"),
     e("school", "short_name", "neutral", "Kestrel")])

# 114
add("forum", forum(
    "natter", "Local: South East London", "Refund of school meal money - has anyone actually had theirs?", seed=46,
    posts=[
        ("BrockhurstBelle", "20 Feb 2025 09:05", "Trust promised £40 per child for the lunch overcharging. Has anyone actually received it? We've had nothing and it's been a month.", "Posts: 771"),
        ("LentilBake", "20 Feb 2025 09:20", "Ours came through as credit on the ParentPay account last week. Nothing in cash.", "Posts: 330"),
        ("IndigoInSE31", "20 Feb 2025 09:34", """Credit on ParentPay is a cheek when it was Pocock's little scheme that took the money in the first place. Pocock's brother-in-law walked off with a fortune and Pocock's pension is probably untouched. The fraud was deliberate and everybody in that office knew it.""", "Posts: 58"),
        ("Marigold_Mum", "20 Feb 2025 09:50", "IndigoInSE31, I'd stick to the facts the review found. Anyway, BrockhurstBelle, email the finance office with your child's name, they're processing in batches.", "Posts: 2,410"),
        ("BrockhurstBelle", "20 Feb 2025 10:02", "Thanks Marigold, will do. Twelve months of lukewarm wraps and we get a ParentPay credit. Kestrel Rise never changes.", "Posts: 771"),
    ]),
    [e("gpocock", "possessive", "defamation", "Pocock's"),
     e("school", "alias", "negative", "Kestrel Rise")])

# 115 decoy: Pham's Pho
add("facebook", fb(
    "Người Việt ở Nam London / Vietnamese in South London (Private group · 4.0K members)", "Linh Đặng", "4 August 2024 at 12:30",
    """Cả nhà ơi! Pham's Phở on Fennel Parade is doing 20% off this weekend for their 10th birthday 🎉🍜 Anh Phạm (Mr Pham the owner) says bring the kids, free chè for under 12s.

Honestly best bún bò Huế in London, no argument. Who is going Saturday?""",
    "❤️😋👍 188", 46, [
        ("Minh Trần", "Đi luôn! Mr Pham's broth is better than my mum's (don't tell her)", "Like · Reply · 3h · 👍 22"),
        ("Thu Hà", "Queue will be crazy, go before 12!", "Like · Reply · 3h · 👍 9"),
        ("Kevin Nguyen", "Congrats to the Pham family 🎉 10 years!", "Like · Reply · 2h · 👍 14"),
    ]),
    [])

# 116
add("news", news(
    "echo", "Kestrel Rise netballers crowned borough champions for first time",
    "Monday 24 March 2025", byline=("Gareth Lyle", "Sport"), section="Sport", seed=47,
    standfirst="Under-14s beat Hatch Green Girls in thrilling final at Ashcombe Leisure Centre",
    body="""
Kestrel Rise Academy's Under-14 netball team have been crowned Addlestow borough champions for the first time in the school's history.

The Sedley Cross side beat holders Hatch Green Girls' School 24-22 in a tense final at Ashcombe Leisure Centre on Saturday, with goal shooter Precious Adu scoring the winner with 20 seconds left.

The team is coached by Ms Hartnell, the school's head of sixth form, who played county netball and has run the club since she joined in 2020.

"I've never been prouder," she said. "Two years ago we had to borrow bibs from the boys' football team. These girls have turned up at 7.30 every Tuesday through the winter, and they deserved every point."

Captain Chiamaka, 13, said: "We were losing at half-time and miss told us we'd already done the hard bit. We just believed her."

The team now goes forward to the London finals in May. The school is fundraising for a new set of posts, with a cake sale this Friday.

In the Under-16 competition, St Aldhelm's Catholic College retained their title.
""",
    comments=[
        ("Proud mum", "24 Mar 2025", "So proud of these girls! And of Ms Hartnell who gives up so much time.", "👍 30"),
    ]),
    [e("school", "exact", "neutral", "Kestrel Rise Academy"),
     e("ehartnell", "title_surname", "neutral", "Ms Hartnell")])

# 117
add("social", social(
    "TikTok", """@mathsisdead.y11
year 11 maths mock results day be like 📉📉📉 #gcse #maths #kestrel
♥ 18.3K   💬 702""",
    [
        ("dre.the.kid", "2024-12-02", "B a k a r e is a fat bald bully i swear he enjoys watching us fail 😤", "♥ 1,401 · Reply"),
        ("  nia.xx", "2024-12-02", "B a k a r e really said 'i'm not angry i'm disappointed' and the whole class wanted to disappear", "♥ 903"),
        ("  sam.p", "2024-12-03", "he's a good teacher tho fr, just strict", "♥ 340"),
        ("kezia.b", "2024-12-03", "got a 3 in the mock, lowkey deserved it i didn't revise 😭", "♥ 220 · Reply"),
    ]),
    [e("tbakare", "spacing", "abuse", "B a k a r e"),
     e("school", "hashtag", "neutral", "#kestrel")],
    note="shortok: hashtag only")

# 118 decoy: KRA = Kelmscott Road Allotments
add("blog", blog(
    "Plot 27: An Allotment Diary", "plot27diary.example",
    "KRA AGM, the great manure debate, and my first asparagus", "Sheila Barratt", "22 April 2025",
    """Another year, another Kelmscott Road Allotments AGM in the scout hut. Twenty-six of us turned up, which the chair declared "a record", though I suspect it was the promise of flapjack.

## Business

The KRA committee reported a healthy balance of £1,842, mostly from plot rents and the plant sale. Water charges are up 12% so rents will rise by £4 a year. There were grumbles but no revolt.

The waiting list now stands at 61. The committee is going to try half-plots for new members, which I think is sensible. A full plot is a lot of ground for a beginner.

## The manure debate

Forty minutes. FORTY. The question was whether the KRA should keep buying horse manure from the stables in Ferncombe or switch to the council's green waste compost. The stables manure is cheaper and better but arrives in a vast steaming heap which sits next to plot 3 for a fortnight, and plot 3 (Derek) has had enough. It went to a vote. Manure won, 17 to 9. Derek has been offered a peg for his nose.

## Asparagus

Three years after planting the crowns, I cut my first spears on Sunday. I ate them standing up in the shed with a knob of butter melted on the camping stove. Worth the wait.

Jobs this week: earth up potatoes, net the brassicas before the pigeons find them, sow French beans in pots.""",
    comments=[("Derek (plot 3)", "22 April 2025", "I'd like it minuted that I was robbed."), ("Sheila Barratt", "23 April 2025", "Minuted, Derek.")],
    about="One woman, one plot, too many courgettes.", links=["Kelmscott Road Allotments", "RHS advice"]),
    [])

# 119 decoy: A Kestrel for a Knave
add("forum", forum(
    "natter", "Secondary education", "DS (15) doing 'A Kestrel for a Knave' for GCSE - any tips?", seed=48,
    posts=[
        ("Barnsley_Born", "6 Nov 2024 19:00", "DS has just started A Kestrel for a Knave for GCSE English Lit. I'm from Barnsley so I'm thrilled, he's less so. Any good resources? He says 'nothing happens, a boy gets a bird'. 🙄", "Posts: 88"),
        ("EnglishTeacherMum", "6 Nov 2024 19:12", """The Kes film (1969) is essential viewing, and a great way in. Get him to think about what the kestrel means to Billy - freedom, something nobody can take from him, something he's good at in a world that's written him off. Then the ending lands like a punch.

Also the football lesson scene is funny and teenagers love it.""", "Posts: 2,660"),
        ("Barnsley_Born", "6 Nov 2024 19:20", "Oh the football scene! Mr Sugden! We're watching the film this weekend.", "Posts: 88"),
        ("Jaffa_Cake_Jen", "6 Nov 2024 19:41", "DD did it last year. York Notes were useful. She cried at the end and won't admit it.", "Posts: 509"),
        ("EnglishTeacherMum", "6 Nov 2024 19:50", "Everyone cries at the end. That's the point. 😢", "Posts: 2,660"),
    ]),
    [])

# 120
add("review", reviews(SCHOOL_LISTING, [
    ("Tunji Fagbemi", "Local Guide · 45 reviews", 2, "8 months ago",
     """Dealing with the finance side of this school is a nightmare. Gary P. in the business office promised twice to sort out a refund for a cancelled trip (£260!) and it took four months and three complaints. Half the trip fund was never accounted for and I'm convinced he pocketed it in the meantime - several parents were told the same story and paid twice. Teaching staff are fine, admin is a disaster.""",
     ("8 months ago", "We apologise for the delay with your refund and have reviewed the process. Please contact us if anything is still outstanding."), 8),
]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("gpocock", "first_initial", "defamation", "Gary P.")])

# 121 decoy: Emre Demir the footballer
add("news", news(
    "toplum", "Emre Demir's late winner keeps Anadolu FC top of the league",
    "Sunday 16 February 2025", byline=("Selin Arıkan", "Sport"), section="Football", seed=49,
    standfirst="Anadolu FC 2 Kurdistan United 1",
    body="""
Emre Demir struck in the 89th minute to keep Anadolu FC top of the London Turkish League's premier division after a hard-fought win on a bitterly cold Sunday morning.

Demir, 22, who works at his family's bakery on Gannet Lane during the week, met a deep cross from left-back Onur Kaya with a powerful header that flew in off the underside of the bar.

"I just closed my eyes and went for it," said Demir. "My father was watching for the first time this season so I had to do something!"

Kurdistan United had equalised early in the second half through a Baran Aslan penalty after Anadolu's Mert Yücel opened the scoring with a long-range effort.

Anadolu manager Hakan Demir, no relation, said: "Emre has been brilliant all season. He never stops running. The boys showed real character today."

Anadolu are three points clear with five matches left. Next Sunday they host Cyprus Lions at the Marsh Lane pitches, kick-off 10.30.
""",
    comments=[
        ("Ozan", "16 Feb 2025", "Helal Emre! Şampiyon Anadolu 💪", "♥ 23"),
    ]),
    [])

# 122
add("facebook", fb(
    "Sedley Cross Community Noticeboard (Public group · 5.6K members)", "Bernie Walsh-Hughes", "18 January 2024 at 18:05",
    """My grandson got a detention off Mr O'Mahony for having his top button undone. TOP BUTTON. Typical thick Paddy, thinks he's still in the bog-trotting Christian Brothers school he crawled out of. They should send him back across the water on the next ferry and let the Irish have him. No wonder Kestrel's gone to the dogs.""",
    "😂😡👍 22", 40, [
        ("Siobhan Keane", "As an Irish woman in this group, this is vile. Criticise his rules all you like but leave his nationality out of it.", "Like · Reply · 5h · 👍 66"),
        ("Liam Doherty", "Reported. Bernie you should be ashamed, your own name's Walsh.", "Like · Reply · 5h · 👍 51"),
        ("Admin (Sedley Cross Noticeboard)", "Removed. Anti-Irish abuse is racism too.", "Like · Reply · 4h · 👍 88"),
    ]),
    [e("domahony", "title_surname", "hate", "Mr O'Mahony"),
     e("school", "short_name", "negative", "Kestrel")])

# 123 decoy: the Dublin boxer again
add("social", social(
    "X", """Post
Irish Boxing Daily @IrishBoxingDly · 22 Jun 2024
CONFIRMED: Daniel "The Docker" Murphy vs the champion, 14 September, Croke Park. 🇮🇪🥊 First world title fight in Dublin in 15 years.
9:00 AM · 22 Jun 2024 · 211K Views
2,400 Reposts  9,910 Likes""",
    [
        ("Ciarán @ciaranboxing", "22 Jun", "Murphy by KO in 6. Dublin will be rocking", "301 Likes"),
        ("Sharon O'D @sharonod", "22 Jun", "Booking my flights from London now 🙌", "88 Likes"),
        ("Boxing Stats @boxingstats", "22 Jun", "Murphy 21-0 (16 KOs). Champion 28-1. Fascinating fight.", "400 Likes"),
    ]),
    [])

# 124
add("forum", forum(
    "setalk", "Schools", "KRA GCSE results - too good to be true?", seed=50,
    posts=[
        ("NumbersGuy_SE", "25 Aug 2024 10:15", """KRA are trumpeting their GCSE results this week, 'best ever', maths up 14 points. Congratulations to the kids, genuinely.

But I'll say what I've heard from two separate teachers there: the school quietly took about a dozen weaker Year 11s off roll in January so they wouldn't count in the league tables, and entered others for easier qualifications that count as 'equivalent'. That's gaming the system. Possibly against the rules.""", ""),
        ("Oxley_Ollie", "25 Aug 2024 10:40", "Heard the off-rolling rumour too. Would love to see the census numbers.", ""),
        ("HatchGreenMum", "25 Aug 2024 11:03", "The maths results are real though - Mr Bakare's department has been brilliant for years, long before any of this. My kids got 7s and 8s and they earned them.", ""),
        ("NumbersGuy_SE", "25 Aug 2024 11:10", "I'm not doubting the maths teachers at all. I'm doubting the school's leadership.", ""),
        ("Ferncombe_Fred", "25 Aug 2024 12:30", "The DfE publishes pupil movement data. Someone could check rather than speculate.", ""),
    ]),
    [e("school", "alias", "defamation", "KRA"),
     e("tbakare", "title_surname", "neutral", "Mr Bakare")])


# ---------------------------------------------------------------------------
# Batch 6
# ---------------------------------------------------------------------------

# 125
add("forum", forum(
    "natter", "Local: South East London", "Suspended PE teacher - what do we actually know?", seed=51, pages=5,
    posts=[
        ("TulipsInTins", "20 Nov 2024 10:02", """Not looking for gossip, looking for facts, because the Facebook groups are a bin fire.

What we know: the Echo says a member of staff at Kestrel has been suspended and police are looking into messages to a pupil. The school letter says the same.

What's going round: that it's Demir, the PE teacher, and that he was messaging Year 10 girls on Snapchat asking them to delete the chats.

My daughter is in Year 10 and does netball. I just want to know whether I need to talk to her.""", "Posts: 611"),
        ("SafeguardingSue", "20 Nov 2024 10:15", """You should talk to her regardless, in a calm, open way - 'has anyone ever sent you messages that made you uncomfortable?' - without naming anyone. That's good practice whatever turns out to be true.

And please, everyone, don't name individuals on here.""", "Posts: 6,009"),
        ("Grim_Reality_SE", "20 Nov 2024 10:30", "It's Demir. My niece's friend was one of the girls. He told her she was 'more mature than the others' and to keep their chats private. That's textbook grooming. He should never be allowed near children again.", "Posts: 14"),
        ("TulipsInTins", "20 Nov 2024 10:36", "That's horrible if true. Thank you Sue, will talk to her tonight.", "Posts: 611"),
        ("Marigold_Mum", "20 Nov 2024 10:51", "Grim_Reality - 'my niece's friend' is exactly how false stories spread. If you have evidence, it goes to the police, not NatterNest.", "Posts: 2,410"),
        ("Grim_Reality_SE", "20 Nov 2024 11:02", "Police already have it.", "Posts: 14"),
        ("AuntieMame", "20 Nov 2024 11:20", "MNHQ-style reminder from a regular: this thread will get pulled if names keep appearing. Talk to your kids, contact the school DSL with concerns, leave it there.", "Posts: 9,871"),
    ]),
    [e("ademir", "surname_only", "sexual", "Demir", True),
     e("school", "short_name", "sexual", "Kestrel", True)])

# 126
add("social", social(
    "TikTok", """@sedley.tea.spill
THE PE TEACHER TEA ☕️☕️ (part 2) #kestrel #tea #school
♥ 88.2K   💬 6,331""",
    [
        ("sedley.tea.spill", "2024-11-18", "so apparently mr d3mir has been sliding into year 10 girls dms on snap for MONTHS telling them to delete the chats and kestrel knew since summer and did nothing 🤢🤢🤢", "♥ 12.4K · Reply"),
        ("  naya.b", "2024-11-18", "the way he was everyone's favourite teacher 😭 i feel sick", "♥ 2,300"),
        ("  ozzy.k", "2024-11-18", "yall are spreading rumours without proof, this is how lives get ruined. wait for the police", "♥ 4,111"),
        ("  sedley.tea.spill", "2024-11-18", "screenshots are going round ask anyone in yr 10", "♥ 980"),
        ("kemi.mum", "2024-11-19", "Please take this down. If there's a safeguarding issue it needs to go to the school or police, not TikTok. You could also be identifying the children.", "♥ 1,702 · Reply"),
    ]),
    [e("ademir", "leetspeak", "sexual", "mr d3mir", True),
     e("school", "short_name", "sexual", "kestrel", True)])

# 127
add("news", news(
    "echo", "Sedley Cross headteacher charged with drink-driving",
    "Tuesday 29 April 2025, 1:15pm", byline=("Jordan Mensforth", "Courts reporter"), section="Crime", seed=52,
    standfirst="Kestrel Rise head to appear before magistrates next month; school says she is 'on leave'",
    body="""
The headteacher of Kestrel Rise Academy has been charged with drink-driving following a collision in Oxley Bridge in March.

Ruth Adeyemi-Clarke, 50, of Pennick Green, is due to appear at Addlestow Magistrates' Court on 20 May, the Metropolitan Police said.

She is charged with driving a motor vehicle with excess alcohol after her car hit a bollard on Lullington Road in the early hours of 22 March. Nobody was injured.

Mrs Adeyemi-Clarke was arrested at the scene and released under investigation. The Crown Prosecution Service authorised the charge last week.

The Thameside Learning Trust said in a letter to parents on Monday that the headteacher was "on a period of leave" and that deputy head Declan O'Mahony would be acting head "in the interim". It said: "We ask that our school community respects the privacy of all concerned while the legal process takes its course."

The Echo understands that the trust has not suspended Mrs Adeyemi-Clarke and that she remains employed.

Her arrest in March prompted a petition calling for her to step down, which has now gathered more than 1,400 signatures, and a rival letter of support which has more than 2,000.

Drink-driving carries a minimum twelve-month driving ban, an unlimited fine and up to six months in prison.
""",
    comments=[
        ("SedleyMum78", "29 Apr 2025", "O'Mahony as acting head. God help us all.", "👍 31"),
        ("oldboy_1994", "29 Apr 2025", "People make mistakes. Let the court deal with it.", "👍 22"),
    ]),
    [e("radeyemiclarke", "exact", "defamation", "Ruth Adeyemi-Clarke"),
     e("school", "exact", "neutral", "Kestrel Rise Academy"),
     e("domahony", "exact", "negative", "Declan O'Mahony")])

# 128 decoy: Declan O'Mahony the Cork hurler
add("facebook", fb(
    "Rebels Abroad - Cork people in London (Private group · 2.7K members)", "Noreen Twomey", "6 July 2024 at 21:12",
    """What a day for Cork!! 🔴⚪️ Declan O'Mahony with 0-9 from play in the Munster final, I was roaring at the telly in the Irish centre so loud the barman asked me to sit down 😂 That young lad from Midleton is the best forward we've had since the 2000s.

Anyone heading home for the All-Ireland? Flights are daylight robbery.""",
    "❤️👍😂 211", 64, [
        ("Pádraig Ó Súilleabháin", "O'Mahony was unplayable. Nine points from play in a Munster final at 22. Serious talent.", "Like · Reply · 3h · 👍 30"),
        ("Aoife Callaghan", "I'm flying Friday, €340 return 😭", "Like · Reply · 3h · 👍 9"),
        ("Dermot Lynch", "Up the Rebels! Declan's mam is my cousin's neighbour, she'll be insufferable now 😂", "Like · Reply · 2h · 👍 41"),
    ]),
    [])

# 129
add("forum", forum(
    "staffroom", "Leadership", "Is it just me or are some heads only appointed to tick a box?", seed=53,
    posts=[
        ("OldSchoolHoD", "2 Apr 2025 21:00", """I'll probably get flamed but I'll say it. I worked at Kestrel Rise for four years. Mrs A-C only got that headship because the trust needed a Black woman on the website. Everyone in the interview process knew it. She's an affirmative-action appointment who's out of her depth, and now she's being protected because they can't be seen to sack "one of them". The quota culture is destroying our profession.""", "Posts: 402"),
        ("MsDeputyHead", "2 Apr 2025 21:12", "That's a racist assumption dressed up as a workforce critique. You have no idea what happened in her interview.", "Posts: 3,400"),
        ("UnionRep_NW", "2 Apr 2025 21:20", "Reported. 'One of them'. Come on.", "Posts: 780"),
        ("Geography_Gav", "2 Apr 2025 21:31", "You can criticise a head's decisions without inventing a story about why she was appointed. This thread should be locked.", "Posts: 1,022"),
        ("Staffroom Moderator", "2 Apr 2025 21:45", "Thread locked. OldSchoolHoD, you've been sent a warning under our rules on discriminatory content.", "Moderator"),
    ]),
    [e("radeyemiclarke", "nickname", "hate", "Mrs A-C"),
     e("school", "alias", "neutral", "Kestrel Rise")])

# 130
add("review", reviews(SCHOOL_LISTING, [
    ("Anonymous", "1 review", 1, "a week ago",
     """Tell Bakare his days are numbered. He knows what he did to my brother. Grassing to police over nothing. Every teacher that talks to feds gets what's coming eventually. This school is a snitch factory.""",
     ("a week ago", "This review has been reported to Google and to the police."), 0),
    ("Helen Barraclough", "Local Guide · 10 reviews", 4, "2 weeks ago", "Pleasantly surprised. Son's confidence has grown hugely.", None, 5),
]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("tbakare", "surname_only", "threat", "Bakare")])

# 131
add("social", social(
    "X", """Post
London Education Awards @LdnEduAwards · 10 May 2024
🏆 SENCo of the Year: Grace Mensah, Kestrel Rise Academy. "Grace is relentless on behalf of every child who has been told no." Congratulations Grace! #LEA2024
8:30 PM · 10 May 2024 · 22.8K Views
140 Reposts  1,201 Likes""",
    [
        ("Funke A. @funke_edu", "10 May", "So deserved! 👏🏾", "80 Likes"),
        ("dave_geezer_74 @davegeezer74", "11 May", "Grace Mensah looking like a proper snack in that dress 😍🍑 she can give me special attention any time, I'll sit on her naughty step", "2 Likes"),
        ("  SENDwarrior @SENDwarrior", "11 May", "Reported. A woman wins an award for her work and this is what you post.", "210 Likes"),
        ("Efua M-B @efuamb", "11 May", "Auntie Grace!!! 🇬🇭🎉", "40 Likes"),
    ]),
    [e("gmensah", "exact", "sexual", "Grace Mensah"),
     e("school", "exact", "neutral", "Kestrel Rise Academy")])

# 132
add("facebook", fb(
    "Addlestow Parents Chat 🏫 (Private group · 8.4K members)", "Tony Kavanagh", "13 June 2024 at 14:02",
    """My daughter was one of the kids coughing in the playground at Kestrel today while the science block was evacuated. If she'd been hurt I swear I'd have gone in there and broken Mr Pham's jaw myself. Still might. He's in charge of that department and he let some cowboy contractor mix chemicals next to children. Somebody needs to pay for this and I'm happy to be the one who collects.""",
    "😮😡👍 64", 88, [
        ("Hoa Tran", "Tony, Mr Pham got every child out safely. My daughter said he counted them twice. It was the contractor. Please calm down.", "Like · Reply · 1h · 👍 70"),
        ("Debbie Sayer", "Glad your girl's ok. But you can't post that about a teacher.", "Like · Reply · 1h · 👍 41"),
        ("Tony Kavanagh", "I'll post what I like", "Like · Reply · 58m"),
        ("Group admin", "Removed. Threats aren't allowed in this group, however worried you were.", "Like · Reply · 40m · 👍 55"),
    ]),
    [e("tpham", "title_surname", "threat", "Mr Pham"),
     e("school", "short_name", "negative", "Kestrel")])

# 133 decoy: Kestrel Court care home inspection
add("news", news(
    "echo", "Care home rated 'inadequate' after inspectors find residents left in soiled beds",
    "Wednesday 4 December 2024, 9:00am", byline=("Helen Marchant", "Health reporter"), section="News", seed=54,
    standfirst="Kestrel Court on Lullington Road placed in special measures by the care regulator",
    body="""
A care home in Marlpit Vale has been rated "inadequate" and placed in special measures after inspectors found some residents had been left in soiled bedding for hours and that medication records were "unreliable".

Kestrel Court, a 48-bed nursing home on Lullington Road, was previously rated "requires improvement". Inspectors who made an unannounced visit in September found "widespread and systemic failings", including staff shortages on night shifts, call bells left unanswered for up to 40 minutes and a resident with dementia who had lost 9kg in three months without any referral to a dietitian.

The report praises individual carers as "kind and caring" but says they were "let down by poor leadership and chronic understaffing".

Kestrel Court's owners, Evergreen Senior Living, said they were "deeply sorry" and had appointed a new manager and increased night staffing from three carers to five.

Relatives contacted by the Echo were divided. One daughter said her father had been "treated like family", while another said she had found her mother "cold, hungry and alone" on two separate visits.

The home will be inspected again within six months. If it has not improved, the regulator can cancel its registration.
""",
    comments=[
        ("Tracey Lund", "4 Dec 2024", "I've been saying this for a year. The carers are angels, the owners are not.", "👍 22"),
    ]),
    [])

# 134 decoy: the MC again
add("forum", forum(
    "grimeyard", "Sets & Clashes", "Kestrel - 'Gasholder Tapes' (new mixtape) first listen", seed=55,
    posts=[
        ("SubLowDub", "4 Oct 2024 00:12", "Kestrel dropped the Gasholder Tapes at midnight. 14 tracks, all 140. Track 3 with the flute sample is stupid. Old school grime energy.", "Joined 2009 · 3,110 posts"),
        ("wileystyle_81", "4 Oct 2024 00:30", "Listening now. Bars are sharper than the clash. Man's been in the lab since the summer.", "Joined 2007 · 14,202 posts"),
        ("Dyno_Stan_4L", "4 Oct 2024 00:41", "Fine I'll admit track 7 is hard. Still think Dyno won the clash tho.", "Joined 2021 · 201 posts"),
        ("OldSkoolPirate", "4 Oct 2024 01:10", "This is the Kestrel I remember from the first EP. Proper rave music. Finally.", "Joined 2006 · 22,887 posts"),
        ("LdnDrillWatch", "4 Oct 2024 01:22", "Production credits for the flute one? Need to know", "Joined 2019 · 955 posts"),
        ("SubLowDub", "4 Oct 2024 01:25", "Producer's called Marsh Beats, he did the Hatchet riddim too", "Joined 2009 · 3,110 posts"),
    ]),
    [])

# 135
add("blog", blog(
    "Growing Up Addlestow", "growingupaddlestow.example",
    "The English teacher who gave me a library card", "Yemisi Coker", "30 September 2024",
    """I was thirteen, sullen, and had just been moved for the third time in two years. St Aldhelm's was my new school and I had decided in advance to hate it.

Miss Adeyemi was my English teacher. She was young, she wore bright head wraps on Fridays, and on my second day she kept me behind, not for a telling-off but to ask what I was reading. I said nothing. She said "wrong answer" and walked me, that lunchtime, to Oxley Bridge library and stood over me while I filled in the form for a card.

I read everything after that. Toni Morrison, Chinua Achebe, terrible fantasy trilogies, all of it. I got an A in English Literature. I went to university, the first in my family. I now edit books for a living.

Miss Adeyemi, I found out last year, is now the head of Kestrel Rise, the school up the road from where I grew up. I see the newspaper stories and the rows online, and I have no idea what running a school of 1,400 teenagers in 2024 is like. I won't pretend to.

What I know is that in 2009 a teacher saw a silent, angry girl and decided she was worth a lunchtime. I've never forgotten it.

Thank you, miss.""",
    comments=[
        ("Kemi O", "30 September 2024", "Crying at my desk. Teachers like that change lives."),
        ("Anon", "1 October 2024", "She was my teacher too! The library card thing - she did it to half our class."),
    ],
    about="Essays about growing up in south-east London in the 2000s."),
    [e("radeyemiclarke", "title_surname", "neutral", "Miss Adeyemi"),
     e("school", "alias", "neutral", "Kestrel Rise")])

# 136
add("social", social(
    "X", """Post
nomoreagenda @nomoreagenda_uk · 2 Feb 2025
So the head of sixth form at Kestrel Rise is that dyke Hartnell who puts pride flags in every classroom. Keep your perversion away from our kids. Lesbians shouldn't be allowed to teach teenagers, simple as. Parents need to wake up to what's being pushed on their children.
7:12 PM · 2 Feb 2025 · 4,001 Views
18 Reposts  61 Likes""",
    [
        ("Rae @raeofsunshine", "2 Feb", "Homophobic garbage. Reported.", "190 Likes"),
        ("Jo @jo_teaches", "2 Feb", "A pride flag in a classroom tells LGBT kids they're safe. That's it. That's the 'agenda'.", "330 Likes"),
    ]),
    [e("ehartnell", "surname_only", "hate", "Hartnell"),
     e("school", "alias", "neutral", "Kestrel Rise")])

# 137
add("facebook", fb(
    "Sedley Cross Community Noticeboard (Public group · 5.6K members)", "Angry Sedley Dad", "10 July 2025 at 22:30",
    """So now Kestrel's head of science is being investigated for faking A level practicals. Thanh Pham. Lives at 67 Crane Hill Road SE31 5JP with his wife and kids, personal number 07700 900341, drives the blue Honda Jazz you see on Brockhurst every morning. If your kid's grades got messed up by this, maybe ask him about it yourself.""",
    "😮😡 30", 49, [
        ("Thanh Huong Vo", "This is wrong. He has children. Please delete.", "Like · Reply · 1h · 👍 60"),
        ("Sue Marsh", "Nobody has found him guilty of anything. Reported.", "Like · Reply · 1h · 👍 44"),
        ("Admin (Sedley Cross Noticeboard)", "Removed and member banned. We do not post people's home details here.", "Like · Reply · 45m · 👍 91"),
    ]),
    [e("tpham", "exact", "doxxing", "Thanh Pham"),
     e("school", "short_name", "defamation", "Kestrel")])

# 138
add("news", news(
    "clarion", "Now London school closes early for EID - but not for St George's Day",
    "Thursday 11 April 2024, 7:30am", byline=("Craig Mottram", "Chief Reporter"), section="News", seed=56,
    standfirst="Parents split as academy gives pupils afternoon off to mark end of Ramadan",
    body="""
A London secondary school has closed early so that pupils can celebrate Eid - sparking a row among parents who point out there is no day off for St George's Day.

Kestrel Rise Academy in Sedley Cross, south-east London, shut its doors at 12.30pm on Wednesday after head Ruth Adeyemi-Clarke said more than a third of pupils were expected to be absent for the festival.

In a letter to parents she wrote: "Our community is wonderfully diverse. Rather than run a half-empty school and mark hundreds of children absent, we have taken the practical decision to close early. Staff will use the afternoon for training."

One father fumed: "When did we start closing schools for Eid? My kids didn't get a day off for Christmas Eve last year."

But others backed the decision. A mother said: "It's common sense. Half the class would be at the mosque anyway."

The school also closes early before Christmas and Easter, and has marked Diwali and Chinese New Year with assemblies.
""",
    comments=[
        ("Westward_Ho_88", "11 Apr 2024", "Kestrel Rise is just a madrassa now. Islamification of Britain one school at a time. These people are outbreeding us and taking over and the schools are letting them.", "▲ 140 ▼ 301"),
        ("grandad_ron", "11 Apr 2024", "It's half a day for training. Calm down.", "▲ 280 ▼ 40"),
        ("MaggieFromKent", "11 Apr 2024", "My grandson's school does this for Diwali. Nobody died.", "▲ 120 ▼ 8"),
    ]),
    [e("school", "exact", "hate", "Kestrel Rise Academy"),
     e("radeyemiclarke", "exact", "neutral", "Ruth Adeyemi-Clarke")])

# 139 decoy: Mensah's hair salon
add("review", reviews(
    "Mensah's Afro Hair & Beauty\n4.5 ★★★★★ (287 reviews)\nHair salon · 12 Ashcombe Broadway, London SE31 4FG\nCloses 19:00 · 0161 496 0871", [
        ("Adwoa P", "Local Guide · 34 reviews", 5, "2 weeks ago",
         "Auntie Mensah did my knotless braids in 5 hours flat and they are PERFECT. Neat parting, no tension. She's been doing my hair since I was 10. Book early for Fridays.",
         ("2 weeks ago", "Thank you my dear! See you in six weeks 😘 - Mrs Mensah"), 7),
        ("Shanice R", "3 reviews", 3, "a month ago", "Good work but I waited over an hour past my appointment time.", None, 2),
    ]),
    [])

# 140
add("forum", forum(
    "natter", "Secondary education", "School drama productions - always the same kids cast?", seed=57,
    posts=[
        ("MarmiteAndMarmalade", "9 Mar 2025 20:40", """DD (13) has auditioned for every production at Kestrel since Year 7 and has never got more than 'ensemble'. Fine, not everyone can be the lead. But the same handful of kids get every main part, and they all go to the same Saturday stage school in Hatch Green.

Ms Achterberg is a pretentious luvvie who only cares about her fringe theatre career and her TikTok views. She casts kids who make her look good. Everyone else is furniture.""", "Posts: 77"),
        ("Tinkerbellsmum", "9 Mar 2025 20:55", "I've heard the opposite - that she picks kids nobody else would look at. The lad in the viral knife crime play had never acted before.", "Posts: 57"),
        ("MarmiteAndMarmalade", "9 Mar 2025 21:00", "That's one kid, once, and it went viral. Great for her.", "Posts: 77"),
        ("EnglishTeacherMum", "9 Mar 2025 21:20", "Casting is brutal in every school. Does your DD get feedback after auditions? Might be worth asking politely what she could work on.", "Posts: 2,660"),
        ("MarmiteAndMarmalade", "9 Mar 2025 21:30", "She's asked. She got 'keep going'. That's it.", "Posts: 77"),
    ]),
    [e("pachterberg", "title_surname", "abuse", "Ms Achterberg"),
     e("school", "short_name", "negative", "Kestrel")])

# 141
add("social", social(
    "TikTok", """@y9.kestrel.rage
when the head stands at the gate checking ur socks at 8am in the rain ☔️🧦 #kestrelrise #school
♥ 6,120   💬 388""",
    [
        ("jxy.k", "2025-01-14", "mrs AC really thinks she's the queen of sedley cross. someone's gonna jump her one day at that gate and nobody will help. watch 😈", "♥ 120 · Reply"),
        ("  dee.x", "2025-01-14", "bro ur gonna get excluded for this 💀", "♥ 401"),
        ("  jxy.k", "2025-01-14", "nah i mean it tho", "♥ 30"),
        ("laila.sx", "2025-01-15", "she's annoying but she literally knows all our names it's kinda sweet", "♥ 640 · Reply"),
    ]),
    [e("radeyemiclarke", "nickname", "threat", "mrs AC"),
     e("school", "hashtag", "neutral", "#kestrelrise")],
    note="shortok: hashtag and handle only")

# 142
add("facebook", fb(
    "Wyvern Estate Residents (Public group · 2.1K members)", "Kelly Ann Rudd", "8 October 2024 at 19:20",
    """Everyone's making out Mr Murphy from Kestrel is a saint since the thing at the bus stop. He's a drunk. He comes into school stinking of booze on a Monday, my son's smelt it on him, and he's in the Crown till 2am on school nights, everyone round here's seen him. The school knows full well and covers for him because he's their hero now. Would you want a drunk in charge of your child's year group?""",
    "😮👍😡 40", 67, [
        ("Pauline Okafor", "Kelly this is a wicked thing to say without proof. That man stood in front of a knife.", "Like · Reply · 3h · 👍 88"),
        ("Steve Gaskin", "He has a pint on a Friday like half the estate. That doesn't make him a drunk.", "Like · Reply · 3h · 👍 51"),
        ("Kelly Ann Rudd", "Ask around", "Like · Reply · 2h"),
    ]),
    [e("dmurphy", "title_surname", "defamation", "Mr Murphy"),
     e("school", "short_name", "defamation", "Kestrel")])

# 143
add("news", news(
    "southside", "'We are firefighting': inside the borough's SEND crisis",
    "Thursday 27 February 2025", byline=("Amara Lindsay", "Education"), section="Education", seed=58,
    standfirst="EHCP requests up 60% in three years while specialist places stand still",
    body="""
On a wet Tuesday morning in the learning support base at Kestrel Rise Academy, Grace Mensah has three phones on her desk and a queue of children outside her door.

"People think a SENCo sits in an office doing paperwork," she says. "I do the paperwork at night. In the day I'm here."

Ms Mensah, who was named SENCo of the Year at last year's London Education Awards, has 212 pupils on the school's special educational needs register, 61 of them with education, health and care plans. In 2019 the figure was 23.

Across Addlestow, requests for EHCP assessments have risen by 60 per cent in three years. The council has a £19 million deficit in its high-needs budget. Specialist school places have barely increased.

The result, she says, is that mainstream schools are being asked to meet needs they are not funded for. "I have children who need a specialist setting and there isn't one. So we make it work, somehow. Some days we can't."

Parents are angry. Several told Southside Live that the support written into their child's plan was not being delivered. Ms Mensah does not dispute that the system is failing some families. "They're right to be angry," she says. "I'm angry too."

A council spokesperson said it was "investing £6 million in new specialist places" over the next three years.
""",
    comments=[
        ("Parsnip Soup", "27 Feb 2025", "Brilliant piece. She's a hero in an impossible job.", "18"),
        ("PatriotSE9", "27 Feb 2025", "Why is a Ghanaian woman deciding which British kids get support? Too busy at her happy-clappy African church to do the job properly. Typical.", "2"),
        ("Amara Lindsay (author)", "27 Feb 2025", "Comments like the one above will be removed. Please keep to the article.", "30"),
    ]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("gmensah", "exact", "hate", "Grace Mensah")])

# 144 decoy: Kestrel House planning
add("forum", forum(
    "setalk", "Property", "Kestrel House conversion - 212 micro-flats?!", seed=59,
    posts=[
        ("Ferncombe_Fred", "11 Sep 2024 18:00", "Planning application just went in to turn Kestrel House (the empty office block by Oxley Bridge station) into 212 'co-living studios'. Average size 19 sq m. That's smaller than my garage.", ""),
        ("two_up_two_down", "11 Sep 2024 18:20", "Permitted development, so the council can barely object. It's a scandal nationally.", ""),
        ("Oxley_Ollie", "11 Sep 2024 18:41", "Kestrel House has been empty since 2016. I'd rather people lived there than pigeons, but 19 sq m is grim.", ""),
        ("Bernadette_F", "11 Sep 2024 19:15", "Councillor here (different ward, but I've read it). Objections can still be made on light and noise grounds. Deadline 2 October.", ""),
        ("Ferncombe_Fred", "11 Sep 2024 19:30", "Objection submitted. Shared kitchens for 30 people per floor. No.", ""),
    ]),
    [])

# 145
add("social", social(
    "X", """Post
berlin_trip_survivor @berlintrip24 · 3 Mar 2025
Nobody's talking about how Emily Hartnell, head of sixth form at Kestrel Rise, got so hammered on the Year 12 Berlin trip she had to be carried back to the hostel by two students. Left 40 teenagers unsupervised in a foreign city while she was passed out. And the school hushed it all up.
10:22 PM · 3 Mar 2025 · 6,701 Views
40 Reposts  190 Likes""",
    [
        ("Jade M @jadem_x", "3 Mar", "I was on that trip and this literally didn't happen. She went to bed at 10 like everyone else. Stop lying.", "320 Likes"),
        ("berlin_trip_survivor @berlintrip24", "3 Mar", "ok 'Jade'", "10 Likes"),
    ]),
    [e("ehartnell", "exact", "defamation", "Emily Hartnell"),
     e("school", "alias", "defamation", "Kestrel Rise")])

# 146 decoy: birding on the estate
add("blog", blog(
    "Kites & Kestrels: birding south-east London", "kitesandkestrels.example",
    "Peregrines on the towers, and a kestrel that won't take no for an answer", "Malcolm Thrower", "9 September 2024",
    """A quick note from a lunchtime wander round the Wyvern Estate, where the peregrines have been back on the top of Falcon House (appropriately) for the third year running.

I watched the pair for half an hour from the benches by the community garden. The tiercel made one spectacular stoop at a pigeon over the car park and missed, then sulked on the aerial for twenty minutes. The falcon didn't bother to move.

Then a kestrel turned up. A young bird, judging by the scruffy tail, hovering over the grass verges by the underpass. The tiercel took exception and dived at it twice. Each time the kestrel dropped, shook itself, and went straight back to hovering in exactly the same spot. Persistence, or stupidity, I couldn't tell you which.

A few residents stopped to ask what I was looking at. One lady on the fourth floor told me she leaves bits of mince out for "the hawk" on her balcony. I gently suggested she might be feeding the magpies.

## Notes

- Peregrines x2, Falcon House
- Kestrel x1 (juvenile), Wyvern Estate verges
- Grey wagtail on the flat roof of the shops
- Swifts gone south now; last seen 24 August""",
    comments=[("Jenny W", "9 September 2024", "The mince lady is a legend.")],
    about="Thirty years of birding in the city. Notes, lists and the occasional grumble.",
    links=["London Bird Club", "RSPB local group", "My Flickr"]),
    [])

# 147
add("facebook", fb(
    "Addlestow Parents Chat 🏫 (Private group · 8.4K members)", "Dean Pryce", "12 September 2023 at 17:45",
    """Went into Kestrel today to sort out my son's lunch account. Gaz Pocock in the office is a fat, sweaty, useless jobsworth. Couldn't organise a p*ss-up in a brewery. Stood there with his lanyard and his biro telling me "computer says no" like a bad sketch show. What an absolute clown of a man.""",
    "😂👍 51", 33, [
        ("Liam Doherty", "😂😂 'computer says no' is literally how he answers the phone", "Like · Reply · 2h · 👍 20"),
        ("Funmi Oladipo", "The ParentPay thing is the trust's system, not his fault to be fair", "Like · Reply · 2h · 👍 12"),
        ("Dean Pryce", "He still didn't have to be rude about it", "Like · Reply · 2h"),
    ]),
    [e("gpocock", "nickname", "abuse", "Gaz Pocock"),
     e("school", "short_name", "negative", "Kestrel")])

# 148
add("review", reviews(SCHOOL_LISTING, [
    ("Marcus Lindo", "Local Guide · 52 reviews", 3, "9 months ago",
     """Mixed feelings. The deputy, Mr O'Mahony, has honestly been brilliant with my son, firm but fair, rang me himself when things improved, which no teacher has ever done. But the leadership at the top doesn't listen. Three letters to the head about bullying on the bus, three template replies. The school needs to remember parents are partners not problems.""",
     ("9 months ago", "Thank you Marcus. We'd welcome a meeting about the bus - please contact the office."), 10),
]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("domahony", "title_surname", "neutral", "Mr O'Mahony")])

# 149
add("forum", forum(
    "staffroom", "Workplace dilemmas", "Acting head for the summer term - advice from anyone who's done it?", seed=60,
    posts=[
        ("DeputyDec", "1 May 2025 21:10", """Bit of a strange situation. Our head is on leave for reasons that have been in the papers and I've been asked to step up as acting head from Monday. Big academy in SE London, 1,400 kids, just out of a difficult few years.

I've been a deputy for six years. I know the school inside out. But I'm very aware that half the parents think I'm the villain of the behaviour policy and half the staff think I'm the only reason it works.

Anyone who's done an acting headship: what do you wish you'd known?""", "Posts: 41"),
        ("MsDeputyHead", "1 May 2025 21:25", "Don't try to change anything big. Your job is stability, not a legacy. And find someone outside the school to talk to - you can't moan to your own staff any more.", "Posts: 3,400"),
        ("Geography_Gav", "1 May 2025 21:40", "Walk the corridors without a radio. Be seen, smile, say thank you. Sounds small. Isn't.", "Posts: 1,022"),
        ("exKRAstaff", "1 May 2025 22:05", "I think I know who this is. For what it's worth, the kids will test you in the first week, the parents in the second, and the staff by half term. Be consistent and be kind. You can be both.", "Posts: 12"),
        ("DeputyDec", "1 May 2025 22:14", "Appreciated, all of you. Especially the last one.", "Posts: 41"),
    ]),
    [])


# ---------------------------------------------------------------------------
# Batch 7
# ---------------------------------------------------------------------------

# 150
add("forum", forum(
    "natter", "Secondary education", "First week under the acting head - how's it going at your end?", seed=61, pages=3,
    posts=[
        ("LentilBake", "9 May 2025 20:05", """So Mr O'Mahony has been acting head at Kestrel for a week. First letter home came out today. Three pages. New "late gate" system, planners checked every morning, and a "reset" of the uniform rules which seems to mean more detentions for coats.

I was braced for it, but honestly, three pages in week one?""", "Posts: 330"),
        ("Mumofthreeboys", "9 May 2025 20:12", "My eldest says it's exactly the same as before but louder. He's not wrong.", "Posts: 3,118"),
        ("BrockhurstBelle", "9 May 2025 20:20", """I'm trying to keep an open mind. He's not the head I'd have chosen but the school needs stability through exams. If he keeps it calm and doesn't add any new nonsense, fine.

The coat thing though. It's May. Nobody is wearing a coat.""", "Posts: 771"),
        ("Yorkshirelass_inSE", "9 May 2025 20:35", "Coat rules in May is peak school. 😂", "Posts: 1,204"),
        ("OatMilkFlatWhite", "9 May 2025 20:50", """Less funny for us. My son (dyspraxic, Year 8) was given a late mark because the 'late gate' shuts at 8.40 exactly and he was at the gate at 8.40 and 20 seconds. He'd been helping a Year 7 find a lost bus pass.

The letter talks about "consistency" a lot. Consistency without judgement isn't a virtue, it's a flowchart.""", "Posts: 156"),
        ("LentilBake", "9 May 2025 20:58", "Oh that's rotten. Did you email?", "Posts: 330"),
        ("Sedley_Truths", "9 May 2025 20:59", "If you want to tell the new acting head what you think, he's at 22 Pellow Road, the blue door by the launderette, silver Octavia LK68 WRT outside. Leaves 7.10.", "Posts: 2"),
        ("Marigold_Mum", "9 May 2025 21:01", "Reported. Absolutely not.", "Posts: 2,410"),
        ("OatMilkFlatWhite", "9 May 2025 21:03", "I emailed Mr Murphy, his head of year, who was kind and removed it. Credit where it's due, Mr Murphy is one of the good ones.", "Posts: 156"),
        ("Marigold_Mum", "9 May 2025 21:20", "I'd give it till half term. New heads (even acting ones) always overdo the first letter.", "Posts: 2,410"),
        ("Mumofthreeboys", "9 May 2025 21:31", "Agree. And the exam season is the worst time to be changing anything, so I'd expect it to settle.", "Posts: 3,118"),
        ("BrockhurstBelle", "9 May 2025 21:44", "Let's reconvene after half term. I'll bring wine. 🍷", "Posts: 771"),
    ]),
    [e("domahony", "title_surname", "doxxing", "Mr O'Mahony"),
     e("school", "short_name", "negative", "Kestrel"),
     e("dmurphy", "title_surname", "neutral", "Mr Murphy")])

# 151
add("forum", forum(
    "grimeyard", "Off Topic", "Snitch teachers list (locked)", seed=62,
    posts=[
        ("no_face_no_case", "3 Mar 2025 02:10", """Since man wants to play police. Tunde Bakare, KRA maths. Lives off Orchard Rise in Pennick Green, the house with the green gate, number 7. Black Passat, LB19 ORK. Goes Mount Zion church every Sunday 10:30 and comes home the same way down Crane Hill. Now everybody knows.""", "Joined 2025 · 3 posts"),
        ("OldSkoolPirate", "3 Mar 2025 02:18", "Mods. Now. This is a man's home address.", "Joined 2006 · 22,887 posts"),
        ("wileystyle_81", "3 Mar 2025 02:20", "Reported. Whoever you are, you're going to get yourself a criminal record.", "Joined 2007 · 14,202 posts"),
        ("GY_Mod_Tempa", "3 Mar 2025 02:31", "Post content removed from public view, account banned, IP logged and passed to police at the teacher's school's request. This is the second time. It will not be tolerated.", "Moderator"),
    ]),
    [e("tbakare", "exact", "doxxing", "Tunde Bakare"),
     e("school", "alias", "neutral", "KRA")])

# 152
add("forum", forum(
    "staffroom", "Workplace dilemmas", "Practical endorsement malpractice - what happens to the students?", seed=63,
    posts=[
        ("ChemistryCat", "12 Jul 2025 19:00", """I'm the chemistry teacher who moved to KRA last September (I posted about the interview last year). Some of you will have seen the press. I can't say much but I'm worried sick about my Year 13s.

If the exam board finds irregularities in practical endorsement records, what happens to students who genuinely did the practicals? Do they lose it too?""", "Posts: 88"),
        ("LabRat_HoD", "12 Jul 2025 19:20", "Usually the board will want to see evidence per student. If your own lab books are in order and signed contemporaneously, your students should be fine. Keep copies of everything.", "Posts: 1,340"),
        ("bitter_ex_tech", "12 Jul 2025 19:41", """I was a technician there until Easter. T. Pham signed lab books himself for kids who were never in the room. I watched him do it at half term with a pile of books and a list. He told us it was "admin catch-up". Everyone in that prep room knew.""", "Posts: 5"),
        ("ChemistryCat", "12 Jul 2025 19:50", "That is not what I've seen at all and I work next door to him. Please don't post this stuff while there's an investigation.", "Posts: 88"),
        ("LabRat_HoD", "12 Jul 2025 20:02", "bitter_ex_tech, if you genuinely witnessed this, tell the exam board. Not a forum.", "Posts: 1,340"),
        ("UnionRep_NW", "12 Jul 2025 20:15", "ChemistryCat - talk to your rep before any interview with investigators. Routine advice, not an implication.", "Posts: 780"),
    ]),
    [e("tpham", "initial_surname", "defamation", "T. Pham"),
     e("school", "alias", "neutral", "KRA")])

# 153
add("social", social(
    "X", """Post
leaked_lewd_ldn @leakedlewd_ldn · 8 Oct 2024
Kestrel Rise sixth form lads are passing round Miss Наrtnell's burlesque pics in the common room 😏🔥 corset, stockings, the lot. Would 100% let her give me a private lesson. DM for the full set 👀
2:14 AM · 8 Oct 2024 · 12.4K Views
60 Reposts  402 Likes""",
    [
        ("Rae @raeofsunshine", "8 Oct", "Sharing sexual images of a teacher to harass her. Reported to X and the school.", "211 Likes"),
        ("Kestrel Rise Academy @KestrelRiseAcad", "8 Oct", "We are aware and have reported this account. Any student found sharing images will face serious consequences.", "300 Likes"),
    ]),
    [e("ehartnell", "homoglyph", "sexual", "Miss Наrtnell"),
     e("school", "exact", "neutral", "Kestrel Rise Academy")])

# 154
add("facebook", fb(
    "Addlestow Parents Chat 🏫 (Private group · 8.4K members)", "Justice For Our Kids", "14 May 2025 at 23:12",
    """Acting head my arse. DeclanOMahony has made Kestrel a prison for three years and now he's running it. Somebody should give DeclanOMahony a taste of his own medicine one night on his way home. A proper reset. In a dark alley with nobody watching. See how much he likes isolation then.""",
    "😡😮 19", 31, [
        ("Debbie Sayer", "Reported. You can't post a call for violence against a teacher, whoever he is.", "Like · Reply · 1h · 👍 40"),
        ("Funmi Oladipo", "This page is really going downhill", "Like · Reply · 1h · 👍 22"),
        ("Group admin", "Removed. Account suspended from the group pending review.", "Like · Reply · 45m · 👍 50"),
    ]),
    [e("domahony", "camelcase", "threat", "DeclanOMahony"),
     e("school", "short_name", "negative", "Kestrel")])

# 155 decoy: Declan O'Mahony the Cork solicitor
add("forum", forum(
    "natter", "Legal matters", "Probate in Ireland while living in the UK - solicitor taking forever", seed=64,
    posts=[
        ("CorkGirlInLondon", "18 Feb 2025 14:00", """My late dad's estate is in Cork (house and a small farm). I'm executor but live in London. We instructed a local solicitor, Declan O'Mahony in Mallow, in March last year and we still don't have the grant of probate.

He's perfectly pleasant on the phone but every time I ring it's 'nearly there'. Is 11 months normal in Ireland?""", "Posts: 140"),
        ("IrishMammy", "18 Feb 2025 14:20", "Unfortunately yes, the Probate Office in Ireland has had huge backlogs. 12-14 months isn't unusual for anything with land.", "Posts: 2,010"),
        ("CorkGirlInLondon", "18 Feb 2025 14:25", "Oh god. OK. So it may not be Mr O'Mahony's fault at all.", "Posts: 140"),
        ("LegalEagle_UK", "18 Feb 2025 14:40", "Ask him in writing for the date the papers were lodged and the reference number. Then you can track it yourself.", "Posts: 5,200"),
        ("CorkGirlInLondon", "18 Feb 2025 14:45", "Great tip, thank you. Emailing him now.", "Posts: 140"),
    ]),
    [])

# 156
add("news", news(
    "echo", "Kestrel Rise head banned from driving for 17 months after admitting drink-drive",
    "Tuesday 20 May 2025, 3:55pm", byline=("Jordan Mensforth", "Courts reporter"), section="Crime", seed=65,
    standfirst="Court hears headteacher was almost twice the limit after 'stressful' school event; trust says she will return in June",
    body="""
The headteacher of Kestrel Rise Academy has been banned from driving for 17 months after admitting drink-driving.

Ruth Adeyemi-Clarke, 50, of Orchard Rise, Pennick Green, pleaded guilty at Addlestow Magistrates' Court to driving with excess alcohol.

The court heard that in the early hours of 22 March her Toyota Corolla hit a bollard on Lullington Road. A breath test showed 61 micrograms of alcohol in 100 millilitres of breath. The legal limit is 35.

Prosecutor Sunita Bains said Mrs Adeyemi-Clarke was "cooperative and apologetic" at the scene.

Her solicitor, Gareth Oyelaran, said his client had attended a retirement party for a colleague and had "genuinely and wrongly believed" that several hours and a meal meant she was safe to drive. "She is mortified," he said. "She has spent her career telling young people to take responsibility for their actions, and she is taking responsibility for hers."

She was fined £2,400 and ordered to pay £85 costs and a £960 victim surcharge. The ban will be reduced by 17 weeks if she completes a drink-driving rehabilitation course.

Outside court, Mrs Adeyemi-Clarke read a short statement: "I made a serious mistake and I am deeply sorry. I am grateful that nobody was hurt. I will now be spending time with my family before returning to work."

The Thameside Learning Trust said she would return to her post after the half-term break, following "a thorough process". Acting head Declan O'Mahony will remain in charge until then.
""",
    comments=[
        ("Truthteller_SE", "20 May 2025", "Kids get excluded for vapes. She gets her job back. Unreal.", "👍 30"),
        ("oldboy_1994", "20 May 2025", "She owned it. More than most would. Move on.", "👍 28"),
    ]),
    [e("radeyemiclarke", "exact", "defamation", "Ruth Adeyemi-Clarke"),
     e("school", "exact", "neutral", "Kestrel Rise Academy"),
     e("domahony", "exact", "neutral", "Declan O'Mahony")])

# 157
add("forum", forum(
    "setalk", "Local chat", "Schools football at Marsh Lane on Saturday - parents kicking off", seed=66,
    posts=[
        ("MarshLaneMike", "3 Nov 2024 11:00", """Was at Marsh Lane yesterday for the schools football. Kestrel vs Thornbury Vale U15s. Never seen parents behave so badly at a kids' game. Touchline screaming, one dad walked onto the pitch.

The Kestrel coach D.e.m.i.r wasn't much better tbh. Mouthy prat, shouting at the ref the whole second half and then giving it the big one to the Thornbury parents at full time. Not the role model the papers make him out to be.""", ""),
        ("Oxley_Ollie", "3 Nov 2024 11:20", "Schools football touchlines are worse than Sunday league now. It's the parents.", ""),
        ("Ferncombe_Fred", "3 Nov 2024 11:41", "Why the dots in his name? Is he famous or something?", ""),
        ("MarshLaneMike", "3 Nov 2024 11:48", "His lot get weird about anyone criticising him online, reports everything. Hence the dots.", ""),
        ("HatchGreenMum", "3 Nov 2024 12:30", "My son plays for him. He's passionate, yes. 'Mouthy prat' is a bit much for a man who gives up every Saturday for nothing.", ""),
    ]),
    [e("ademir", "spacing", "abuse", "D.e.m.i.r"),
     e("school", "short_name", "neutral", "Kestrel")])

# 158
add("facebook", fb(
    "Addlestow SEND Parents Support (Private group · 1.2K members)", "Mark (SEND Dad)", "2 March 2024 at 20:50",
    """Somebody sent me this from another group and I'm sharing it here (screenshot, name removed) so everyone can see what the SENCo at Kestrel is dealing with:

"M*nsah wants to play games with my son's EHCP, let her find out what it's like when someone plays games with her. Let's see how she gets to work when her tyres are slashed. Or worse. She should be very careful walking to her car."

This is disgusting and I've reported it to the police. Whatever our frustrations with the system, this is not who we are.""",
    "😢😡👍 102", 47, [
        ("Parsnip Soup", "Thank you Mark. Horrible. Sending love to her.", "Like · Reply · 2h · 👍 30"),
        ("Jo-Anne Whitfield", "I've had my issues with her, everyone knows that, but this is sickening. Hope she's ok.", "Like · Reply · 2h · 👍 44"),
        ("Group Admin (Addlestow SEND)", "Thank you for reporting it. We stand with school staff who are threatened.", "Like · Reply · 1h · 👍 60"),
    ]),
    [e("gmensah", "obfuscated", "neutral", "M*nsah"),
     e("school", "short_name", "neutral", "Kestrel")],
    note="trap: threat quoted only to condemn it")

# 159
add("review", reviews(SCHOOL_LISTING, [
    ("Sharon Tilley", "Local Guide · 8 reviews", 1, "3 weeks ago",
     """Every letter home is signed D. O'Mahony and every one of them is about punishment. Worse, he changed my daughter's absence marks from "ill" to "unauthorised" after the fact so the council would fine us - I have the school's own texts from those days saying she was off sick. That's falsifying records to hit a target. The school has forgotten how to say well done.""",
     ("3 weeks ago", "Thank you for your feedback, which we have shared with the leadership team."), 11),
    ("Adam Kowalski", "", 5, "a month ago", "Excellent maths and science. My son got into his first choice sixth form college.", None, 3),
]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("domahony", "initial_surname", "defamation", "D. O'Mahony")])

# 160
add("forum", forum(
    "natter", "Local: South East London", "Head pleads guilty - should she go back?", seed=67, pages=2,
    posts=[
        ("TulipsInTins", "20 May 2025 18:00", "Kestrel head pleaded guilty today and the trust says she's coming back after half term. Thoughts? Genuinely torn.", "Posts: 611"),
        ("Mumofthreeboys", "20 May 2025 18:10", "She made a mistake, admitted it, got punished. Nobody was hurt. I'd have her back. Kids need to see that people can own a mistake and carry on.", "Posts: 3,118"),
        ("ConcernedInSE34", "20 May 2025 18:22", """It wasn't a one-off 'mistake'. Adeyemi–Clarke has been drinking for years. She keeps a bottle of wine in her office desk drawer, staff have seen her have a glass at lunch on a Friday, and she's driven the minibus after. The retirement party story is a convenient cover. The trust knows.""", "Posts: 19"),
        ("Marigold_Mum", "20 May 2025 18:31", "ConcernedInSE34, you were on the isolation room thread doing exactly this. Wine in a drawer, 'staff have seen'. It's a serious allegation about a named person. Please stop.", "Posts: 2,410"),
        ("ConcernedInSE34", "20 May 2025 18:40", "I'll stop when someone investigates", "Posts: 19"),
        ("BrockhurstBelle", "20 May 2025 18:52", "I'm with Mumofthree. I've had my battles with that school but this isn't one of them.", "Posts: 771"),
        ("AuntieMame", "20 May 2025 19:05", "Drink-driving ban, fine, apology, back to work is what would happen to most people in most jobs. I don't see why teachers should be different.", "Posts: 9,871"),
    ]),
    [e("radeyemiclarke", "hyphenated", "defamation", "Adeyemi–Clarke"),
     e("school", "short_name", "neutral", "Kestrel")])

# 161 decoy: kestrel vs drone
add("news", news(
    "clarion", "Moment furious kestrel takes down £1,500 drone over beauty spot",
    "Monday 19 August 2024, 2:20pm", byline=("Chantelle Ross", "Reporter"), section="News", seed=68,
    standfirst="Bird of prey 'defending its nest' swoops on gadget - and wins",
    body="""
This is the moment a furious kestrel launched an aerial attack on a £1,500 drone - and sent it crashing into a field.

Hobbyist Martin Gale, 47, was filming the sunset over a Kent beauty spot when the small falcon appeared from nowhere and struck the drone's propeller guard with its talons.

Footage from the drone's own camera shows the bird's wings filling the screen before the picture spins wildly and goes black.

"I couldn't believe it," said Martin. "One second I'm getting these gorgeous golden-hour shots, the next there's a kestrel going full Top Gun on me. The drone's a write-off but honestly it was worth it for the video."

Experts say birds of prey sometimes attack drones that stray too close to nests or hunting grounds.

An RSPB spokesperson said: "It's a reminder to keep drones well away from nesting birds, which are protected by law. We're glad the kestrel appears unhurt."

The clip has been watched more than 3 million times online.
""",
    comments=[
        ("Birdbrain99", "19 Aug 2024", "Kestrel 1 Drone 0", "▲ 511"),
        ("TechDad", "19 Aug 2024", "Should've had obstacle avoidance on, mate", "▲ 40"),
    ]),
    [])

# 162
add("forum", forum(
    "grimeyard", "Drill", "Kestrel kids making tracks about teachers now? (new SC tune)", seed=69,
    posts=[
        ("LdnDrillWatch", "24 Jun 2024 19:40", """Some year 11s from Kestrel have put a tune on SoundCloud called 'Year Head'. Production is actually decent for 16. Bars are... something.

Hook goes:
> Murph think he's the big man on the gate
> Soon come, Murph gonna get wet up, wait
> Pull up when the bell goes, can't escape""", "Joined 2019 · 955 posts"),
        ("OldSkoolPirate", "24 Jun 2024 19:51", "'Wet up' means stabbed for the old heads reading. About a head of year. Kids are kids but that's a threat, plain and simple.", "Joined 2006 · 22,887 posts"),
        ("SubLowDub", "24 Jun 2024 20:02", "The beat's hard, shame about the lyrics. Someone should tell the school before it gets out of hand.", "Joined 2009 · 3,110 posts"),
        ("yungmarlpit", "24 Jun 2024 20:10", "it's just a tune man everyone's so sensitive", "Joined 2023 · 77 posts"),
        ("GY_Mod_Tempa", "24 Jun 2024 20:30", "Lyrics removed from quote. Link removed. Please do not repost.", "Moderator"),
    ]),
    [e("dmurphy", "nickname", "threat", "Murph"),
     e("school", "short_name", "neutral", "Kestrel")])

# 163
add("blog", blog(
    "St Barnabas, Sedley Cross – Parish News", "stbarnabas-sedleycross.example",
    "June newsletter: exam prayers, the summer fair and the tower kestrels", "Revd Canon Hilary Okoye", "1 June 2025",
    """Dear friends,

The kestrel chicks in our tower have fledged! For those who have followed their progress on the noticeboard, three young birds left the louvres last week and have been seen hunting over the churchyard. The steeplejacks may now return.

## Exams and our young people

Many of our young people are in the middle of exams. We will hold a short service of prayer and blessing for students and their teachers on Sunday 8 June at 6pm. Mrs Mensah from Kestrel Rise Academy, who worships with our friends at Mount Zion, has kindly agreed to speak about looking after our children's wellbeing during exam season, with particular thought for those who find exams hardest.

## Summer fair

Saturday 28 June, 12-4pm. Tombola, cake stall, steel band, and the return of the legendary Wet Sponge the Vicar stall. Donations of cakes and bottles gratefully received.

## Thank you

To everyone who helped clear the churchyard on the spring work day. Forty bags of brambles and one abandoned shopping trolley.

Every blessing,
Hilary""",
    comments=[("Margaret S", "1 June 2025", "I'll do the tombola again. Hide the good prizes from Derek.")],
    about="Parish church of St Barnabas, Sedley Cross. Sunday Eucharist 10am. All welcome.",
    links=["Diocese of Thameside", "Wyvern food bank", "Hall hire"]),
    [e("gmensah", "title_surname", "neutral", "Mrs Mensah"),
     e("school", "exact", "neutral", "Kestrel Rise Academy")])

# 164
add("forum", forum(
    "staffroom", "Pastoral & SEND", "Colleague giving personal number to a Year 9 - what's my duty?", seed=70,
    posts=[
        ("QuietObserver_PE", "26 Sep 2024 21:30", """I work in a PE department at KRA in SE London. Yesterday I saw a colleague, Al D., write his personal mobile number on a Year 9 girl's hand at the end of netball club and tell her to "message me whenever, not just about netball". She's 13. Last week I saw her get out of his car round the corner from school.

He's popular, he's well liked by management, and I'm new. I don't want to ruin someone's life over nothing. But I can't stop thinking about it.""", "Posts: 3"),
        ("SafeguardingLead_Sec", "26 Sep 2024 21:40", """This is not 'nothing'. Giving a personal number to a pupil, and a pupil in his car, are both things you MUST report to your DSL tomorrow morning, in writing. You do not need to be sure. You do not need to investigate. Your duty is to pass it on. If you think the DSL won't act, go to the LADO directly.""", "Posts: 2,880"),
        ("MsDeputyHead", "26 Sep 2024 21:48", "Agree 100%. Write down exactly what you saw and when, today. Report first thing.", "Posts: 3,400"),
        ("QuietObserver_PE", "26 Sep 2024 21:55", "Thank you. I'll go in early.", "Posts: 3"),
    ]),
    [e("ademir", "first_initial", "sexual", "Al D.", True),
     e("school", "alias", "sexual", "KRA", True)])

# 165
add("social", social(
    "Instagram", """tannersloft_theatre
Opening night of SALT MARSH 🌊 Thank you to our incredible director @p.achterberg.directs and the whole company. Sold out run! 🙏
2,008 likes · 7 November 2024""",
    [
        ("maureentilley", "7 Nov", "Darling what a night 🌊🌊", "31 likes · Reply"),
        ("theo.sees.plays", "8 Nov", "@p.achterberg.directs you're a talentless hack and this play is a three-hour insult. Get a real job, oh wait you already have one, teaching kids to be as boring as you 🥱", "6 likes · Reply"),
        ("  tannersloft_theatre", "8 Nov", "Criticism welcome, personal insults are not. Comment hidden.", "44 likes"),
        ("jadeosei.actor", "8 Nov", "Best director I've ever worked with ❤️", "80 likes · Reply"),
    ]),
    [e("pachterberg", "handle", "abuse", "@p.achterberg.directs")])

# 166
add("facebook", fb(
    "Wyvern Estate Residents (Public group · 2.1K members)", "Anon Resident", "16 May 2025 at 21:03",
    """Since Dec O'Mahony is acting head of Kestrel now and won't meet parents, here's what people have been asking me for. His wife Siobhan works on the till at the Boots in Ashcombe Broadway, Tuesday to Saturday. His kids are at St Mary's primary in Pennick Green, pick up 3.15, she walks them home down Orchard Lane. Just facts, all public.""",
    "😮😡 12", 29, [
        ("Pauline Okafor", "Posting where a man's children go to school? What is WRONG with people. Admins!!", "Like · Reply · 2h · 👍 61"),
        ("Rochelle Campbell", "Reported to police. That's children you're putting at risk.", "Like · Reply · 2h · 👍 44"),
        ("Admin - Wyvern Estate Residents", "Removed. Police informed. Anonymous posting OFF permanently.", "Like · Reply · 1h · 👍 90"),
    ]),
    [e("domahony", "nickname", "doxxing", "Dec O'Mahony"),
     e("school", "short_name", "negative", "Kestrel")])

# 167
add("forum", forum(
    "natter", "Am I being unreasonable?", "AIBU to think the braids row was overblown?", seed=71, pages=6,
    posts=[
        ("SensibleShoes_SE", "14 Oct 2023 21:00", """Probably going to get flamed. The Kestrel braids thing. The rule was badly worded, the school apologised within a week and changed it. Done. But the pile-on online was vicious, and I think some people enjoyed being outraged.

AIBU?""", "Posts: 512"),
        ("Roots_and_Rights", "14 Oct 2023 21:10", "YABU. Girls were sent home from school for their natural hair. That's not 'overblown', that's discrimination. The apology only happened because of the pile-on.", "Posts: 240"),
        ("SensibleShoes_SE", "14 Oct 2023 21:15", "I don't disagree it was wrong. I'm saying the response was out of proportion to a policy they fixed in a week.", "Posts: 512"),
        ("Proper_British_Mum", "14 Oct 2023 21:30", """YANBU. It's the same every time. That school is 80% Black and African now and the parents play the race card at the slightest thing. The school caved to the BLM mob because it's terrified of its own intake. Kestrel has been taken over by people who think the rules don't apply to them, and decent English families are leaving in droves.""", "Posts: 31"),
        ("Roots_and_Rights", "14 Oct 2023 21:36", "And there it is. Thanks for proving the point.", "Posts: 240"),
        ("AuntieMame", "14 Oct 2023 21:40", "Reported Proper_British_Mum. OP, I think you meant well, but look who agreed with you.", "Posts: 9,871"),
        ("SensibleShoes_SE", "14 Oct 2023 21:44", "Yeah. That's... not what I meant at all. I'm going to leave this here. Apologies.", "Posts: 512"),
        ("Yorkshirelass_inSE", "14 Oct 2023 22:01", "For what it's worth, Mrs Adeyemi-Clarke's apology letter was one of the best I've ever seen from a school. Own it, fix it, move on.", "Posts: 1,204"),
    ]),
    [e("school", "short_name", "hate", "Kestrel"),
     e("radeyemiclarke", "title_surname", "neutral", "Mrs Adeyemi-Clarke")])

# 168 decoy: Kestrel Fitness
add("review", reviews(
    "Kestrel Fitness (24/7 Gym)\n4.1 ★★★★☆ (611 reviews)\nGym · Unit 2, Oxley Bridge Retail Park, London SE34 7PP\nOpen 24 hours · kestrelfitness.example", [
        ("Jordan Asante", "Local Guide · 19 reviews", 5, "4 days ago", "Best budget gym in the area. Never too busy after 8pm, plenty of racks. Showers could be warmer.", None, 3),
        ("Priya S", "6 reviews", 2, "2 weeks ago", "Two of the treadmills have been 'out of order' since March. For £24.99 a month I'd expect them fixed.", ("2 weeks ago", "Hi Priya - new treadmills arrive next week. Sorry for the wait! - Kestrel Fitness"), 7),
        ("Big Ron", "", 4, "a month ago", "Good gym. Too many lads filming themselves.", None, 12),
    ]),
    [])

# 169
add("news", news(
    "toplum", "Man jailed for racist graffiti campaign against Sedley Cross teacher",
    "Friday 13 September 2024", byline=("Deniz Kaplan", "Community"), section="Community", seed=72,
    standfirst="Court hears 38-year-old targeted cup-winning coach in 'sustained campaign of racial hatred'",
    body="""
A man who sprayed racist graffiti targeting a Turkish-Cypriot PE teacher near his school, and later posted abuse about him online, has been jailed for ten weeks.

Craig Dunning, 38, of Marsh Close, Marlpit Vale, admitted racially aggravated criminal damage and sending grossly offensive messages at Addlestow Magistrates' Court.

The court heard that in April Dunning sprayed "DEMIR OUT" and "TURKS GO HOME" on a bus shelter opposite Kestrel Rise Academy, where Al Demir teaches PE and coaches football. CCTV from a nearby shop showed him doing it at 2.10am.

Over the following weeks he posted messages on social media calling for Mr Demir to be "sent back" and using racial slurs.

In a statement, Mr Demir said: "I was born in this borough. My father ran a shop on Gannet Lane for thirty years. What hurt most was the boys I coach seeing those words on the way to school."

District Judge Carla Mwangi said: "This was a deliberate, sustained campaign of racial hatred against a man whose only 'offence' was to do his job well and be proud of his heritage."

Dunning was also made subject to a three-year restraining order.

Hüseyin Ercan of the Addlestow Turkish Cypriot Community Association welcomed the sentence. "Our community thanks the police and the court. Hate has consequences."
""",
    comments=[
        ("Seda B.", "13 Sep 2024", "Justice. Proud of Al hoca for standing tall through all of it.", "♥ 51"),
    ]),
    [e("ademir", "exact", "neutral", "Al Demir"),
     e("school", "exact", "neutral", "Kestrel Rise Academy")])

# 170
add("forum", forum(
    "setalk", "Schools", "Fire doors at KRA chained shut?", seed=73,
    posts=[
        ("SafetyFirstSteve", "17 Jan 2025 18:20", """My lad says two fire exits in the Kestrel Rise sports hall have been chained and padlocked since September 'to stop kids escaping PE'. I'm an electrician and I've done work in schools. That's a criminal offence under fire safety law.

Worse: a mate who did maintenance there says the school's fire risk assessment was signed off by G Pocock last year without anybody actually inspecting the building. Just copied from the year before. He said Pocock did the same with the asbestos register.""", ""),
        ("Oxley_Ollie", "17 Jan 2025 18:41", "If that's true, report it to the London Fire Brigade today. They take schools extremely seriously.", ""),
        ("HatchGreenMum", "17 Jan 2025 19:05", "I'd go to LFB rather than a forum. Pocock's been sacked anyway hasn't he?", ""),
        ("SafetyFirstSteve", "17 Jan 2025 19:12", "Sacked this month. Doesn't mean the paperwork he signed isn't still the paperwork. Reported to LFB.", ""),
        ("Bernadette_F", "17 Jan 2025 20:00", "Councillor here - thank you for reporting. I've asked the trust for urgent confirmation on the fire exits.", ""),
    ]),
    [e("school", "alias", "defamation", "Kestrel Rise"),
     e("gpocock", "initial_surname", "defamation", "G Pocock")])

# 171 decoy: Mrs Joan Hartnell retires from Hatch Green Girls'
add("facebook", fb(
    "Hatch Green Girls' School PTA (Public group · 1.6K members)", "HGGS PTA", "18 July 2024 at 16:00",
    """💐 A huge THANK YOU and farewell to Mrs Joan Hartnell, who retires today after 31 years teaching French at Hatch Green Girls' School! 💐

Mrs Hartnell has taught mothers AND daughters in some families, ran the Paris trip for 25 years (and never lost a girl, though there were some close calls at the Louvre), and has a cardigan for every day of the month.

Bonne retraite, Madame Hartnell! The staffroom won't be the same. 🇫🇷""",
    "❤️🎉 188", 52, [
        ("Claire Webb (class of 1998)", "Madame Hartnell!! She taught me AND my daughter. Legend. Bonne retraite!", "Like · Reply · 4h · 👍 21"),
        ("Sofia M", "Best French teacher ever. I still remember the subjunctive song 😂", "Like · Reply · 4h · 👍 14"),
        ("Joan Hartnell", "Thank you all so much, I'm overwhelmed. Merci mille fois ❤️", "Like · Reply · 3h · 👍 60"),
    ]),
    [])

# 172
add("news", news(
    "council", "Children and Young People Scrutiny Committee - Minutes, 25 March 2025",
    "Published 2 April 2025", section="Committee minutes", seed=74,
    standfirst="Minutes of the meeting held at the Civic Centre, Catherine Wheel Road, at 7.00pm",
    body="""
## Present

Councillors: R. Mahmood (Chair), B. Foley, T. Nwachukwu, S. Greaves, P. Lindqvist, K. Oduya.

Also present: J. Harlow (Director of Education), M. Chinwe (Head of SEND), representatives of the Thameside Learning Trust, and G. Mensah (SENCo, Kestrel Rise Academy) by invitation.

## 1. Apologies

Apologies were received from Councillor D. Hext.

## 2. Declarations of interest

Councillor Foley declared that she is a governor of a primary school in Sedley Cross. No other declarations.

## 3. Pupil movement and elective home education

The Director of Education presented the report (agenda item 3). Members noted that 214 secondary pupils had left a school roll between the October and January census dates without a recorded destination.

Councillor Foley asked specifically about Kestrel Rise Academy, where the number of pupils leaving to elective home education in Years 10 and 11 had more than tripled in two years. The trust representative stated that this reflected parental choice and that every case had been referred to the local authority as required.

RESOLVED: that the trust provide a written report on each pupil leaving the roll since September 2024, and that the Children Missing Education team confirm a visit to each family.

## 4. SEND sufficiency

The Head of SEND introduced the report. The SENCo gave evidence on the experience of mainstream schools, noting that her school's SEN register had risen from 96 to 212 pupils since 2019. Members thanked her for attending and for her candour.

Councillor Oduya asked whether the new specialist places would be ready for September 2026. The Head of SEND confirmed that two of the three new units would open on time.

RESOLVED: that the committee receive a progress update in October.

## 5. Date of next meeting

The next meeting will be held on 24 June 2025.

The meeting ended at 9.12pm.
""",
    comments=[]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("gmensah", "initial_surname", "neutral", "G. Mensah")])

# 173
add("social", social(
    "Instagram", """kra_yr11_leavers25
LEAVERS ASSEMBLY 2025 🎓💙 The speeches, the tears, the shirt signing. Thank you teachers! Special shout out to TundeBakare for the legendary "I'm not angry, I'm disappointed" impression at the end 😂 #ClassOf2025
4,230 likes · 20 June 2025""",
    [
        ("nia.xx", "20 Jun", "he did the impression of HIMSELF 😭😭 iconic", "210 likes · Reply"),
        ("dre.the.kid", "20 Jun", "i said some stuff about him on tiktok last year and i take it back. best teacher fr", "180 likes · Reply"),
        ("proud.mama.nk", "21 Jun", "Thank you to all the staff. What a journey for this year group. 💙", "60 likes · Reply"),
    ]),
    [e("tbakare", "camelcase", "neutral", "TundeBakare")],
    ctx="kra_yr11")

# 174
add("forum", forum(
    "natter", "Secondary education", "Year 10 assemblies - is anyone else's child being lectured every single week?", seed=75,
    posts=[
        ("MarmiteAndMarmalade", "28 Nov 2024 19:30", """DD is in Year 10 at Kestrel. Every Monday the head of year does an assembly about attendance, phones, "choices", knife crime, vaping, or (last week) why they shouldn't film fights. Every. Single. Week.

Murphy's assemblies are 30 minutes of finger-wagging and Murphy's smug little face when he says "I'm not angry with you" makes the kids want to scream. DD says half the year group now just zones out.""", "Posts: 77"),
        ("LentilBake", "28 Nov 2024 19:44", "I think they're told to cover all of that. But 30 minutes of it every week would make anyone tune out.", "Posts: 330"),
        ("Tinkerbellsmum", "28 Nov 2024 19:58", "My son quite likes the assemblies weirdly. He says they tell it straight. Different kids I suppose.", "Posts: 57"),
        ("MarmiteAndMarmalade", "28 Nov 2024 20:05", "Fair. DD is 15 and allergic to being told anything.", "Posts: 77"),
        ("Yorkshirelass_inSE", "28 Nov 2024 20:20", "At 15 I would have hated any adult's face, smug or otherwise 😂", "Posts: 1,204"),
    ]),
    [e("dmurphy", "possessive", "abuse", "Murphy's"),
     e("school", "short_name", "negative", "Kestrel")])


# ---------------------------------------------------------------------------
# Batch 8
# ---------------------------------------------------------------------------

# 175
add("news", news(
    "echo", "'I'm ready to earn back your trust': Kestrel Rise head returns after drink-drive ban",
    "Monday 2 June 2025, 5:30pm", byline=("Priya Nandakumar", "Education reporter"), section="Schools", seed=76,
    standfirst="Ruth Adeyemi-Clarke back at the gate on first day after half term",
    body="""
The headteacher of Kestrel Rise Academy returned to work on Monday, two weeks after she was banned from driving for 17 months for drink-driving.

Ruth Adeyemi-Clarke was at the school gates on Brockhurst Road from 7.45am, as she has been most mornings since she arrived in 2021, greeting pupils and parents. She arrived by bus.

In a letter sent to families on Sunday evening, she wrote: "I let you down and I let myself down. I have never asked our young people to be perfect, only to own their mistakes and to do better. I am asking you to hold me to the same standard. I am ready to earn back your trust."

The Thameside Learning Trust said it had carried out "a thorough process" and was satisfied that she should return. Declan O'Mahony, who had been acting head, has returned to his role as deputy.

Reaction outside the school was mixed. One father said he was "glad she's back, to be honest - the place runs better with her in it". A mother said she "still can't get over the hypocrisy".

The petition calling for her to step down closed with 1,512 signatures. The letter of support gathered 2,260.
""",
    comments=[
        ("oldboy_1994", "2 Jun 2025", "Good. Now let her get on with it.", "👍 40"),
        ("Westward_Ho_88", "2 Jun 2025", "Of course she's back. You can't sack a Black woman in this country, they'd call it racism. Should have been deported with her licence.", "👍 4 👎 61"),
        ("Hatch Green Dad", "2 Jun 2025", "@Westward_Ho_88 she's British, you clown. Reported.", "👍 52"),
        ("SedleyMum78", "3 Jun 2025", "Still think she should have gone but fair play for turning up.", "👍 14"),
    ]),
    [e("radeyemiclarke", "exact", "hate", "Ruth Adeyemi-Clarke"),
     e("school", "exact", "neutral", "Kestrel Rise Academy"),
     e("domahony", "exact", "neutral", "Declan O'Mahony")])

# 176
add("news", news(
    "clarion", "Ex-school business manager CHARGED over £1.2m dinners contract",
    "Thursday 26 June 2025, 6:00pm", byline=("Dean Hollis", "Senior Reporter"), section="News", seed=77,
    standfirst="Gary Pocock accused of fraud by abuse of position after villa jolly revelations",
    body="""
A former school business manager has been charged with fraud over a £1.2 million catering contract handed to his brother-in-law's firm.

Gary Pocock, 53, of Ashdown Close, south-east London, will appear before Addlestow magistrates next month accused of fraud by abuse of position, the Crown Prosecution Service said.

His brother-in-law, Keith Farrant, 49, a director of Crownfield Catering Ltd, has been charged with the same offence.

Pocock was sacked in January from Kestrel Rise Academy in Sedley Cross, where he had worked for 17 years, after an independent review found he had failed to declare his family link to the company.

The Clarion revealed last year that Pocock and other senior staff from the school had enjoyed a weekend at an Ibiza villa paid for by Crownfield weeks after it won the contract.

Parents at the school were hit with rising meal prices and smaller portions after the firm took over. The Thameside Learning Trust later refunded families £40 per child.

Detective Sergeant Lorraine Hutchins said: "This has been a complex investigation into the alleged misuse of public money intended for children's meals."

Both men will appear at Addlestow Magistrates' Court on 17 July.
""",
    comments=[
        ("Brit_first_always", "26 Jun 2025", "Robbing kids' dinner money. Lock him up.", "▲ 220"),
        ("DeborahAnn", "26 Jun 2025", "Charged, not convicted. But it doesn't look good.", "▲ 60"),
    ]),
    [e("gpocock", "exact", "defamation", "Gary Pocock"),
     e("school", "exact", "negative", "Kestrel Rise Academy")])

# 177
add("news", news(
    "southside", "'A culture of fear': former staff speak out about Kestrel Rise",
    "Monday 14 April 2025", byline=("Amara Lindsay", "Education"), section="Investigations", seed=78,
    standfirst="Eleven ex-employees describe pressure to hit attendance targets; trust says it 'does not recognise' the picture",
    body="""
Eleven former members of staff at Kestrel Rise Academy have told Southside Live they were placed under "relentless pressure" to improve the school's attendance and exclusion figures, with several alleging that pupils were pushed off the school roll.

The former employees, who include teachers, pastoral staff and an attendance officer, spoke on condition of anonymity. Their accounts span 2022 to 2025.

Several describe weekly meetings led by the deputy headteacher, Declan O'Mahony, in which staff were asked to "find solutions" for pupils with poor attendance in Years 10 and 11. Three say that, in practice, this meant encouraging parents to withdraw their children for elective home education before the January census, and that Mr O'Mahony told them to "keep it verbal".

"We all knew what it was," one former pastoral leader said. "Nobody wrote the word 'off-rolling' down. Nobody had to."

Council figures show that the number of Kestrel Rise pupils leaving for elective home education in Years 10 and 11 has more than tripled in two years.

Others described a climate in which staff who questioned the behaviour policy were "frozen out". Eleven people left the science and English departments alone in 2023-24.

Not all former staff shared this view. Two who contacted us independently described the school as "tough but fair" and said Mr O'Mahony was "the most supportive leader I've worked for".

In a statement, the Thameside Learning Trust said it "does not recognise the picture painted by a small number of former employees", that every pupil leaving the roll had been reported to the local authority, and that "any suggestion of off-rolling is categorically denied". Mr O'Mahony declined to comment.
""",
    comments=[
        ("AttendanceOfficer_SE", "14 Apr 2025", "Thank you for listening to us.", "30"),
        ("Mumofthreeboys", "14 Apr 2025", "Eleven anonymous people versus a school that has transformed my son's life. I'll reserve judgement.", "12"),
    ]),
    [e("school", "exact", "defamation", "Kestrel Rise Academy"),
     e("domahony", "exact", "defamation", "Declan O'Mahony")])

# 178 decoy: Kestrel Cabs driver
add("news", news(
    "echo", "Minicab driver robbed at knifepoint on Ashcombe Broadway",
    "Sunday 19 January 2025, 10:40am", byline=("Jordan Mensforth", "Crime reporter"), section="Crime", seed=79,
    standfirst="Police appeal after Kestrel Cabs driver threatened by two passengers",
    body="""
A minicab driver was threatened with a knife and robbed of his takings by two passengers in Ashcombe Broadway in the early hours of Saturday.

The 52-year-old, who works for Kestrel Cabs, had picked up two men from outside a bar in Oxley Bridge shortly after 2am. When he stopped at their requested destination, one of them produced a knife and demanded money.

The men took around £180 in cash and the driver's phone before running off towards Lullington Road. He was not physically hurt but was "very shaken", police said.

Kestrel Cabs owner Farid Rahimi said: "Our drivers work all night to get people home safely. This man has worked for us for eleven years. We are installing cameras in every car."

Police described the suspects as white men in their twenties. One wore a grey North Face jacket.

Anyone with information should call 101 quoting reference CAD 1143/18JAN.
""",
    comments=[
        ("Neville Pryce", "19 Jan 2025", "Awful. Hope he's ok. The drivers take such risks for rubbish pay.", "👍 18"),
    ]),
    [])

# 179
add("news", news(
    "toplum", "Kurdish and Turkish families say strict school is 'targeting' their sons",
    "Friday 7 February 2025", byline=("Deniz Kaplan", "Community"), section="Community", seed=80,
    standfirst="Parents meet community association over exclusions at Sedley Cross academy",
    body="""
More than forty Kurdish and Turkish-speaking parents packed the community centre on Gannet Lane on Wednesday evening to discuss what several called the "targeting" of their sons at Kestrel Rise Academy.

Parents described boys being put in isolation for "looking angry", for speaking Turkish or Kurdish in corridors, and for haircuts. Two families said their sons had been permanently excluded in the past year.

"My son is not an angel," said one father, a mechanic. "But he is not a criminal either. Every week there is a new detention. I go to the school and they speak to me like I am the problem."

Several parents named the deputy headteacher, Declan O'Mahony, who leads on behaviour. One mother said: "He never smiles. He looks at our boys like they are already in prison."

The school's PE teacher and football coach, Al Demir, who attended in a personal capacity at the association's invitation, urged parents to work with the school. "I know how this feels. I was one of these boys. But the answer is to be in the room, not outside it," he said.

Association chair Hüseyin Ercan said he would request a meeting with the head. The school said it "welcomes dialogue with every community it serves" and that its behaviour policy "applies equally to all".
""",
    comments=[
        ("Baran K.", "7 Feb 2025", "Meetings won't change anything. That O'Mahony needs to be taught a lesson by our boys, then he'll learn respect. Wait and see.", "♥ 6"),
        ("Seda B.", "7 Feb 2025", "Baran, threats help nobody. Al hoca is right, be in the room.", "♥ 41"),
        ("Murat", "8 Feb 2025", "Good meeting. Respect to Al for coming.", "♥ 20"),
    ]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("domahony", "exact", "threat", "Declan O'Mahony"),
     e("ademir", "exact", "neutral", "Al Demir")])

# 180
add("news", news(
    "jobs", "Deputy Headteacher (Behaviour and Culture) - Kestrel Rise Academy, Sedley Cross",
    "Posted 9 September 2025 · Closing date 3 October 2025", section="Leadership jobs", seed=81,
    standfirst="Full time · Permanent · Start January 2026 · Leadership scale L14-L18 (Inner London)",
    body="""
## A message from the headteacher

Kestrel Rise Academy has changed enormously in the last four years. Our classrooms are calm, our results are rising, and our students are proud of their school. We are now looking for a deputy headteacher to lead the next chapter: keeping the high standards our community has fought for, while making sure every child, including those who find school hardest, feels they belong.

You will be a warm, visible leader who believes that structure and kindness are not opposites. You will work closely with our pastoral, attendance and SEND teams, and with our families.

If that sounds like you, I would love to hear from you.

Ruth Adeyemi-Clarke, Headteacher

## The role

- Lead the school's behaviour and culture strategy and its review in 2026
- Line-manage the heads of year and the attendance team
- Work with the SENCo to ensure reasonable adjustments are consistently made
- Build strong partnerships with families and community organisations across Sedley Cross and the Wyvern Estate

## Why join us

- Supportive trust with a strong leadership development programme
- Generous CPD, including NPQH funding
- A diverse, ambitious and welcoming community

## How to apply

Visits are warmly encouraged. Please contact the headteacher's PA via the school office on 01632 960418 or recruitment@kestrelrise.example.

Kestrel Rise Academy is committed to safeguarding and promoting the welfare of children. This post is subject to an enhanced DBS check and online searches.
""",
    comments=[]),
    [e("school", "exact", "neutral", "Kestrel Rise Academy"),
     e("radeyemiclarke", "exact", "neutral", "Ruth Adeyemi-Clarke")])

# 181
add("forum", forum(
    "natter", "Secondary education", "Drama teacher messaging - update (long)", seed=82, pages=2,
    posts=[
        ("Clementine_Orange", "4 Feb 2025 21:15", """Some of you may remember my thread about DD's drama teacher messaging her late at night. Update: I went to the DSL the next morning as advised. They took it seriously, said it would be looked into, and asked me not to discuss it. I haven't heard anything since, which I'm told is normal.

DD is still in the production. The private messages have stopped. The group chat now has two teachers in it.""", "Posts: 102"),
        ("SafeguardingSue", "4 Feb 2025 21:22", "That's exactly how it should go. Well done for reporting. The silence is normal and frustrating.", "Posts: 6,009"),
        ("Vengeance_Is_Mine", "4 Feb 2025 21:40", """Normal? Sod that. If the school won't deal with her, parents should. Persephone Achterberg. Personal mobile 07700 900528. Lives in the flat above the Tanner's Loft pub on Tanner Street, goes to the Saturday farmers' market on Fennel Parade every week. Ring her and tell her what you think of teachers who message kids.""", "Posts: 4"),
        ("AuntieMame", "4 Feb 2025 21:44", "Reported. You've just posted a teacher's private number and address on a parenting forum. Incredible.", "Posts: 9,871"),
        ("Clementine_Orange", "4 Feb 2025 21:46", "Please take that down. I didn't name the school or the teacher for a reason. This is exactly what I didn't want.", "Posts: 102"),
        ("NatterNest_Talk_Team", "4 Feb 2025 21:58", "We've removed a post that broke our guidelines. Posting personal information about anyone is not permitted on NatterNest.", "Staff"),
    ]),
    [e("pachterberg", "exact", "doxxing", "Persephone Achterberg")])

# 182
add("forum", forum(
    "staffroom", "Leadership", "Middle leaders who can't 'inspire' - a cultural thing?", seed=83,
    posts=[
        ("BlokeFromBeyondTheM25", "20 Sep 2024 20:00", """Controversial maybe. In my experience Asian men make poor middle leaders. Technically brilliant, no charisma, can't manage people. Our head of science at KRA, Mr Pham, is a textbook example - a robot who reads from slides and expects everyone to be as obedient as they are back in Vietnam. It's cultural. They're bred for compliance, not leadership.""", "Posts: 61"),
        ("LabRat_HoD", "20 Sep 2024 20:09", "That's not controversial, it's racist. Reported.", "Posts: 1,340"),
        ("ChemistryCat", "20 Sep 2024 20:15", "I work for Mr Pham. He is the best line manager I've ever had. Whatever your problem is, it's yours.", "Posts: 88"),
        ("Staffroom Moderator", "20 Sep 2024 20:30", "Post edited and user suspended for racial generalisations. Please keep discussion on practice, not ethnicity.", "Moderator"),
    ]),
    [e("tpham", "title_surname", "hate", "Mr Pham"),
     e("school", "alias", "neutral", "KRA")])

# 183
add("forum", forum(
    "grimeyard", "Off Topic", "Exclusions at SE schools getting out of hand", seed=84,
    posts=[
        ("wyvern.legend", "28 Feb 2025 22:10", """My cousin is the fourth boy from our block to get permanently excluded from KRA this year. Fourth. They don't want us there.

On my life if they kick out one more from the Wyvern, that school's getting lit up. Fireworks through the windows, on a school day. Then let's see who's excluding who.""", "Joined 2023 · 31 posts"),
        ("OldSkoolPirate", "28 Feb 2025 22:20", "Reported. Nobody needs a lecture on why that's a terrible idea.", "Joined 2006 · 22,887 posts"),
        ("LdnDrillWatch", "28 Feb 2025 22:31", "Exclusions are a real issue in SE and I'd happily talk about it. Not like that.", "Joined 2019 · 955 posts"),
        ("GY_Mod_Tempa", "28 Feb 2025 22:40", "Removed and banned. Passed to police.", "Moderator"),
    ]),
    [e("school", "alias", "threat", "KRA")])

# 184 decoy: Kestrel Road Residents' Association street party
add("forum", forum(
    "setalk", "Local chat", "Kestrel Road street party - road closure approved!", seed=85,
    posts=[
        ("KRA_Chair_Jan", "2 Jul 2025 08:30", """Good news neighbours! The council has approved the road closure for the Kestrel Road street party on Saturday 16 August, 12-8pm. The KRA (Kestrel Road Residents' Association) committee will be out with bunting on the Friday evening - all hands welcome.

We need: trestle tables, a gazebo or two, someone with a decent speaker, and volunteers for the kids' races. The KRA kitty will pay for the bouncy castle.""", ""),
        ("Dev_Mistry", "2 Jul 2025 08:45", "Brilliant. I've got two trestles and a gazebo. Number 21.", ""),
        ("Sandra_Bell", "2 Jul 2025 09:10", "I'll do a Victoria sponge and my husband will do the egg-and-spoon. He takes it very seriously.", ""),
        ("KRA_Chair_Jan", "2 Jul 2025 09:20", "Love it. And yes, Biscuit the cat will be in attendance, he's the KRA's honorary mascot now after his great escape.", ""),
        ("Oxley_Ollie", "2 Jul 2025 10:00", "Jealous. Our road has never managed a street party. Enjoy!", ""),
    ]),
    [])

# 185
add("forum", forum(
    "natter", "Local: South East London", "Off-rolling claims at Kestrel Rise - what parents should know", seed=86, pages=2,
    posts=[
        ("TulipsInTins", "15 Apr 2025 09:00", "Southside Live piece yesterday about former staff alleging off-rolling. If your child has been 'encouraged' to home educate, you can withdraw that decision and ask for them to be put back on roll. Sharing in case anyone needs it.", "Posts: 611"),
        ("IndigoInSE31", "15 Apr 2025 09:14", """Everyone's tiptoeing round it. O'Маhony fiddled the attendance figures for three years running. Recoded absences, made kids vanish off the register before census day, lied to governors. It's fraud with children as collateral and he's still there.""", "Posts: 58"),
        ("Marigold_Mum", "15 Apr 2025 09:20", "IndigoInSE31 - you've spelled his name oddly, presumably to dodge the filter. The article reports allegations. You're stating them as fact about a named man. Again.", "Posts: 2,410"),
        ("IndigoInSE31", "15 Apr 2025 09:31", "Because they are fact", "Posts: 58"),
        ("SENDwarrior", "15 Apr 2025 09:50", "TulipsInTins is right on the practical point: EHE can be reversed. The LA has to help you get a school place.", "Posts: 14,502"),
        ("TulipsInTins", "15 Apr 2025 10:05", "Thanks SENDwarrior. That's the useful bit for anyone reading.", "Posts: 611"),
    ]),
    [e("domahony", "homoglyph", "defamation", "O'Маhony"),
     e("school", "alias", "negative", "Kestrel Rise")])

# 186 decoy: a Daniel Murphy in Glasgow
add("forum", forum(
    "staffroom", "Pastoral & SEND", "Head of Year workload - how many kids are you responsible for?", seed=87,
    posts=[
        ("Glasgow_Guidance", "22 Jan 2025 19:00", """Pastoral care teacher in Glasgow here (we call it Guidance). I've got 290 pupils on my caseload. My colleague Daniel Murphy, who does S4, has 310. We both teach a near-full timetable on top.

How does this compare with England? Do Heads of Year get proper time?""", "Posts: 210"),
        ("ExHeadOfYear", "22 Jan 2025 19:20", "In England it varies wildly. I had 240 in a year group with 6 periods a fortnight of 'HoY time'. Never enough.", "Posts: 190"),
        ("MsDeputyHead", "22 Jan 2025 19:31", "Non-teaching pastoral leads are increasingly common in big academies. Cheaper, but you lose the teacher's view.", "Posts: 3,400"),
        ("Glasgow_Guidance", "22 Jan 2025 19:40", "310 and a full timetable is mad. Daniel's been off with stress twice. Anyway, thanks.", "Posts: 210"),
    ]),
    [])

# 187
add("forum", forum(
    "natter", "Secondary education", "Good things thread: science club edition", seed=88,
    posts=[
        ("Tinkerbellsmum", "14 Mar 2025 18:00", """There's a lot of negativity about Kestrel on here so here's a good thing. DS (Year 8) has joined Pham's lunchtime science club and he's a different child. They built a Mars rover out of a Pringles tube. He explained friction to his grandma for forty minutes on Sunday.

Pham's club is three lunchtimes a week and apparently always full. Whoever said teachers don't go the extra mile hasn't met this department.""", "Posts: 57"),
        ("LentilBake", "14 Mar 2025 18:12", "Love this. DD did it in Year 7 and still has the slime she made on her windowsill. It's probably sentient now.", "Posts: 330"),
        ("Mumofthreeboys", "14 Mar 2025 18:20", "More of these threads please!", "Posts: 3,118"),
        ("OatMilkFlatWhite", "14 Mar 2025 18:41", "My son's first ever good week was science club week. Small things.", "Posts: 156"),
    ]),
    [e("tpham", "possessive", "neutral", "Pham's"),
     e("school", "short_name", "neutral", "Kestrel")])

# 188
add("forum", forum(
    "grimeyard", "Off Topic", "The maths teacher beef thread (again)", seed=89,
    posts=[
        ("real_one_SE2", "5 May 2025 23:50", """Let's be honest about that KRA maths teacher Bаkаre. Another Naija fraud with a fake degree from some Lagos diploma mill, came over here to sponge and now he's 'pillar of the community'. These West African scammers run the whole borough now. Send him back on the next flight to Lagos and take his whole church with him.""", "Joined 2025 · 2 posts"),
        ("wileystyle_81", "5 May 2025 23:58", "Racist rubbish. The man got threatened with a knife for doing his job and you're on this. Reported.", "Joined 2007 · 14,202 posts"),
        ("SubLowDub", "6 May 2025 00:05", "Second account in a month posting this stuff about the same teacher. Someone's got an obsession.", "Joined 2009 · 3,110 posts"),
        ("GY_Mod_Tempa", "6 May 2025 00:12", "Banned. Same IP as the last one.", "Moderator"),
    ]),
    [e("tbakare", "homoglyph", "hate", "Bаkаre"),
     e("school", "alias", "neutral", "KRA")])

# 189
add("blog", blog(
    "Cllr Bernadette Foley – Sedley Cross Ward", "bernadettefoley.example",
    "The dinner money scandal: what the trust still hasn't answered", "Bernadette Foley", "30 January 2025",
    """Last week the Thameside Learning Trust confirmed that Mr Pocock, the former business manager at Kestrel Rise Academy, has been dismissed, and that the matter has been referred to the police. I will not comment on any individual while a police assessment is under way, and I would ask residents not to either.

But the families of Sedley Cross deserve answers from the trust itself, and I have written to its chief executive asking three questions.

## 1. How did nobody notice?

A conflict of interest went undeclared for more than a year. Governors approved a £1.2 million contract on "incomplete information". What checks does the trust now run on procurement across its twelve schools?

## 2. Why is the refund only £40?

Prices rose by 55p a day for sixteen months. For a child eating school lunch every day, that is well over £40. I have asked how the figure was calculated.

## 3. Who is accountable at trust level?

Individual staff have faced consequences. Has anyone at trust level?

I will publish the reply in full when I receive it.""",
    comments=[
        ("BrockhurstBelle", "30 January 2025", "Thank you. £40 felt like a fob-off."),
        ("Bola A.", "31 January 2025", "Question 3 is the one that matters."),
    ],
    about="Labour and Co-operative councillor for Sedley Cross ward. Surgeries every Saturday.",
    links=["Addlestow Council", "Sedley Cross Library", "Report a pothole"]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("gpocock", "title_surname", "neutral", "Mr Pocock")])

# 190
add("blog", blog(
    "Notes from the Chalkface", "chalkfacenotes.example",
    "A year on: the colleagues I still think about", "Anonymous former teacher", "1 September 2025",
    """A year ago I wrote about leaving Kestrel Rise. It was, by some distance, the most-read thing I've ever written, and I got hundreds of messages: from former pupils, parents, and a surprising number of teachers who said "this is my school too".

I said then that I wanted to write about the people. So here are three.

The drama teacher, Persephone A., who once spent an entire half term persuading a boy who hadn't spoken in a lesson since Year 7 to say one line on stage. He said it. The hall went silent. Then it erupted. I still think about his face.

The Year 10 head of year, who knew every child's bus route, every older brother, every family feud on the estate. He is the reason at least two boys I taught are alive and at college.

And a teaching assistant whose name I won't use because she'd hate it, who kept a drawer of cereal bars and clean socks and never told anyone where they came from.

None of them appear in the league tables.

The school has had a hard year in the papers, and I have views on much of it. But I wanted to say, publicly, that the building was always full of people like these. I hope it still is.""",
    comments=[("Former pupil", "1 September 2025", "The drama teacher changed my life. I'm at drama school now."),
              ("Parent", "2 September 2025", "Thank you for this.")],
    about="A teacher, writing sometimes."),
    [e("pachterberg", "first_initial", "neutral", "Persephone A."),
     e("school", "alias", "neutral", "Kestrel Rise")])

# 191 decoy: the gospel singer at Mount Zion
add("blog", blog(
    "Mount Zion Pentecostal Church – The Trumpet (monthly newsletter)", "mountzion-addlestow.example",
    "The Trumpet, September 2024: Gospel night with a very special guest", "Deaconess Florence Amadi (editor)", "1 September 2024",
    """Greetings saints!

## GOSPEL NIGHT - Saturday 21 September, 7pm

We are overjoyed to announce that Ghanaian gospel star Grace Mensah, whose song Ebenezer (Higher) has blessed millions around the world, will minister at Mount Zion during her UK tour. Grace is flying in from Kumasi with her band and has asked specially to sing in a local church rather than only in big arenas.

Tickets are free but must be reserved at the church office. Doors open at 6.15pm. Expect a full house - come early!

Our choir will open the evening, and Pastor Emmanuel will bring a short word.

## Harvest

Harvest Sunday is 6 October. Please bring tinned and dried food for the Wyvern food bank.

## Prayer points

- For our young people starting new schools and universities this month
- For the sick and bereaved in our fellowship
- For peace in our streets

"Sing unto the Lord a new song." Psalm 96:1""",
    comments=[("Sis. Adaeze", "2 September 2024", "Ebenezer is my ringtone!! I'll be there at 5pm 😂")],
    about="Mount Zion Pentecostal Church, Sedley Cross. Sunday worship 11am. Bible study Wednesdays 7pm.",
    links=["Giving", "Youth ministry", "Prayer requests"]),
    [])

# 192
add("review", reviews(SCHOOL_LISTING, [
    ("Wayne S", "2 reviews", 1, "2 months ago",
     """Update to my last review. Mr Murphy, the head of year who excluded my son, lives on the Wyvern in Falcon House, flat 41, and walks through the underpass every morning at 7.20. Funny how he's so keen on "consequences" for other people's kids.""",
     ("2 months ago", "This review contains personal information about a member of staff and has been reported to Google and the police."), 1),
]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("dmurphy", "title_surname", "doxxing", "Mr Murphy")])

# 193
add("review", reviews(SCHOOL_LISTING, [
    ("Chiara Bellini", "Local Guide · 30 reviews", 2, "3 months ago",
     """My daughter is in the sixth form. Teaching is excellent. But the head of sixth form, Miss Hartnell, is a stuck-up, condescending snob who talks to working-class parents like we're something on her shoe. I've met her three times and left every meeting feeling stupid. Nasty attitude.""",
     None, 9),
    ("Olamide", "", 5, "3 months ago", "Achterberg's drama club is the best thing in the school. My son found his confidence there.", None, 14),
]),
    [e("school", "exact", "negative", "Kestrel Rise Academy"),
     e("ehartnell", "title_surname", "abuse", "Miss Hartnell"),
     e("pachterberg", "possessive", "neutral", "Achterberg's")])

# 194
add("review", reviews(
    "Tanner's Loft Theatre\n4.4 ★★★★☆ (921 reviews)\nTheatre · Above the Tanner's Arms, 5 Tanner Street, London SE31 2BB\nBox office opens 18:00", [
        ("Gerald Finch", "Local Guide · 310 reviews", 1, "5 months ago",
         "Sat through three hours of Achterberg's self-indulgent drivel about a bucket. Achterberg's 'vision' is a pretentious con trick played on people too polite to walk out. Bar prices criminal too.",
         ("5 months ago", "Sorry it wasn't for you Gerald - the bar prices we'll take on the chin!"), 4),
        ("Lola P", "12 reviews", 5, "5 months ago", "Intimate, brave theatre. Salt Marsh was unforgettable. Seats are a bit hard, bring a cushion.", None, 11),
        ("Sam Okoro", "", 4, "6 months ago", "Great little venue, friendly staff, decent ale in the pub downstairs.", None, 2),
    ]),
    [e("pachterberg", "possessive", "abuse", "Achterberg's")])

# 195
add("review", reviews(
    "Kestrel Rise Sixth Form\n3.9 ★★★★☆ (41 reviews)\nSixth form college · Brockhurst Road, Sedley Cross, London SE31 6PN", [
        ("Tomasz Nowak", "Local Guide · 6 reviews", 1, "a month ago",
         """Emily H. lost my son's EPQ draft, then claimed he never submitted it, then when we showed her the email receipt said it "must have been a system error". She lied to our faces to cover her own mistake and he nearly lost the qualification. Don't believe anything the head of sixth form tells you.""",
         ("a month ago", "We're sorry for the distress this caused. Please contact the sixth form office so we can resolve this."), 6),
        ("Amina Y", "", 5, "a month ago", "Brilliant university support. I got into my first-choice medicine course.", None, 9),
    ]),
    [e("school", "alias", "negative", "Kestrel Rise"),
     e("ehartnell", "first_initial", "defamation", "Emily H.")])

# 196
add("facebook", fb(
    "Addlestow Parents Chat 🏫 (Private group · 8.4K members)", "Sixth Form Parent", "21 August 2024 at 09:40",
    """For anyone trying to catch the Kestrel head of sixth form who's ignoring UCAS emails: E. Hartnell drives a red Mini Cooper, reg LR70 HTL, parks on Fennel Parade by the florist every night about 6 and goes for a run round Crane Hill park at 6.30am most days. Her own number is 07700 900119. Don't say I never help.""",
    "😮😡 21", 34, [
        ("Debbie Sayer", "Car reg and running route?? That's stalking material. Admins please.", "Like · Reply · 1h · 👍 50"),
        ("Hoa Tran", "This is not safe for her. Remove please.", "Like · Reply · 1h · 👍 22"),
        ("Group admin", "Removed. Personal details of staff are not allowed.", "Like · Reply · 40m · 👍 44"),
    ]),
    [e("ehartnell", "initial_surname", "doxxing", "E. Hartnell"),
     e("school", "short_name", "negative", "Kestrel")])

# 197
add("facebook", fb(
    "Sedley Cross Community Noticeboard (Public group · 5.6K members)", "Gordon Tate", "30 March 2024 at 13:20",
    """Heard the football coach at Kestrel, Mr Demir, makes the Muslim boys pray on the touchline before matches and gives them the best positions. Islam first, everyone else second. That's what you get when you let them into our schools, they bring their religion and push it on our kids. These people should go back where they came from.""",
    "😡👍 14", 39, [
        ("Aylin Yıldız", "My son plays for him, is Christian, and plays centre mid. This is made up and hateful.", "Like · Reply · 2h · 👍 60"),
        ("Nadia Hussain", "Reported. Again, Gordon.", "Like · Reply · 2h · 👍 40"),
        ("Admin (Sedley Cross Noticeboard)", "Removed. Final warning.", "Like · Reply · 1h · 👍 51"),
    ]),
    [e("ademir", "title_surname", "hate", "Mr Demir"),
     e("school", "short_name", "neutral", "Kestrel")])

# 198 decoy: Thanh Pham the Birmingham chef
add("facebook", fb(
    "Người Việt ở Nam London / Vietnamese in South London (Private group · 4.0K members)", "Hương Lê", "10 November 2024 at 19:05",
    """Tự hào quá! 🇻🇳 Chef Thanh Pham from Birmingham has won the regional final of the national street food awards with his phở gà and crispy rice paper rolls. He's going to the final in London next month! His stall is at the Digbeth market if anyone is up that way.

Let's support him when he comes to London! 🍜🏆""",
    "❤️👍🎉 240", 31, [
        ("Minh Trần", "Let's go Thanh! Saw his stall last year, unreal phở", "Like · Reply · 2h · 👍 12"),
        ("Kevin Nguyen", "We will all be there for the final 💪", "Like · Reply · 2h · 👍 9"),
    ]),
    [])

# 199
add("facebook", fb(
    "Addlestow Parents Chat 🏫 (Private group · 8.4K members)", "Funmi Oladipo", "18 July 2025 at 17:02",
    """End of year THANK YOU thread 🙏🏾 Lots of moaning in here this year (some of it mine 😅) so let's do the opposite.

Kestrel parents: which teachers made a difference for your child this year? I'll start. Mr Bakare, who got my daughter from a 4 to a 7 in maths and never once made her feel stupid. And Ms Hartnell, who sat with my son for an hour to redo his personal statement when he was ready to give up on uni.""",
    "❤️👍🥰 302", 118, [
        ("Hoa Tran", "The science club teachers! My son loves science now.", "Like · Reply · 3h · 👍 20"),
        ("Marcia Ellington-Barnes", "I complained a LOT this year but I'll say the pastoral team were there every time. Thank you.", "Like · Reply · 3h · 👍 31"),
        ("Liam Doherty", "The PE department for the football, my lad has lived for it.", "Like · Reply · 2h · 👍 14"),
        ("Tasha Ogunleye", "Drama! My girl was in the summer show and I cried from start to finish 😭", "Like · Reply · 2h · 👍 22"),
    ]),
    [e("school", "short_name", "neutral", "Kestrel"),
     e("tbakare", "title_surname", "neutral", "Mr Bakare"),
     e("ehartnell", "title_surname", "neutral", "Ms Hartnell")])


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------

TITLE_RE = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?\s+"


def fold(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    return s.casefold()


def word_in(phrase, text):
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def visible_text(kind, raw):
    if kind in KINDS_HTML:
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        t = re.sub(r"(?s)<[^>]+>", " ", t)
        return html.unescape(t)
    return raw


def load_watchlist():
    with open(HERE / "watchlist.toml", "rb") as fh:
        wl = tomllib.load(fh)
    subjects = {}
    sch = wl["school"]
    short = sch["aliases"][0]
    subjects["school"] = {
        "name": sch["name"], "aliases": [a for a in sch["aliases"] if a != short], "short": short,
        "surnames": [], "unique": False,
    }
    ctx_words = [fold(sch["name"]), fold(short)] + [fold(a) for a in sch["aliases"]] + [fold(l) for l in sch["locality"]] + [fold(d) for d in sch["own_domains"]]
    for st in wl["staff"]:
        names = [st["name"]] + st.get("aliases", [])
        surnames = sorted({n.split(" ", 1)[1] for n in names})
        subjects[st["id"]] = {"name": st["name"], "aliases": st.get("aliases", []), "short": None,
                              "surnames": surnames, "unique": st.get("unique", False)}
    return subjects, ctx_words


def check_doc(i, d, text, subjects, ctx_words):
    probs = []
    ft = fold(text)
    seen = set()
    for x in d["expected"]:
        s, v, c, form = x["subject"], x["variant"], x["category"], x["form"]
        where = f"doc {i:03d} [{s}/{v}]"
        if s not in subjects:
            probs.append(f"{where}: unknown subject")
            continue
        if s in seen:
            probs.append(f"{where}: duplicate subject")
        seen.add(s)
        if v not in VARIANTS:
            probs.append(f"{where}: bad variant")
        if c not in CATEGORIES:
            probs.append(f"{where}: bad category {c}")
        if x["url_only"] and c != "sexual":
            probs.append(f"{where}: url_only without sexual")
        sub = subjects[s]
        ff = fold(form)
        if ff not in ft:
            probs.append(f"{where}: form {form!r} not in text")
        full_present = word_in(fold(sub["name"]), ft)
        alias_present = [a for a in sub["aliases"] if word_in(fold(a), ft)]
        title_present = any(re.search(r"(?<!\w)" + TITLE_RE + re.escape(fold(sn)) + r"(?!\w)", ft) for sn in sub["surnames"])
        if v == "exact":
            if ff != fold(sub["name"]):
                probs.append(f"{where}: exact form is not the full name")
        elif full_present:
            probs.append(f"{where}: full name present but labelled {v}")
        elif v == "alias":
            if form not in sub["aliases"]:
                probs.append(f"{where}: {form!r} is not an alias")
        elif alias_present:
            probs.append(f"{where}: alias {alias_present} present but labelled {v}")
        elif v == "title_surname":
            if not re.fullmatch(TITLE_RE + r".+", ff):
                probs.append(f"{where}: title_surname form lacks title")
        elif title_present:
            probs.append(f"{where}: title+surname present but labelled {v}")
        elif s == "school":
            short_present = word_in(fold(sub["short"]), ft)
            if v == "short_name" and ff != fold(sub["short"]):
                probs.append(f"{where}: short_name form wrong")
            if v != "short_name" and short_present and not d.get("note", "").startswith("shortok"):
                probs.append(f"{where}: short name present but labelled {v}")
        if v == "possessive":
            sn = fold(sub["surnames"][0])
            total = len(re.findall(r"(?<!\w)" + re.escape(sn) + r"(?!\w)", ft))
            poss = len(re.findall(r"(?<!\w)" + re.escape(sn) + r"'s?(?!\w)", ft))
            if total != poss:
                probs.append(f"{where}: surname used bare as well as possessive")
        if s != "school" and not sub["unique"]:
            ok = any(word_in(w, ft) or (w.endswith(".example") and w in ft) for w in ctx_words) or "kestrel" in ft or "k3str3l" in ft
            if d["ctx"]:
                ok = ok or fold(d["ctx"]) in ft
            if not ok:
                probs.append(f"{where}: no school context for non-unique staff")
    # child-involved sexual: school must be url_only too if labelled
    if any(x["url_only"] for x in d["expected"] if x["subject"] != "school"):
        for x in d["expected"]:
            if x["subject"] == "school" and not x["url_only"]:
                probs.append(f"doc {i:03d}: staff url_only but school not url_only")
    return probs


def main():
    subjects, ctx_words = load_watchlist()
    DOCS_DIR.mkdir(exist_ok=True)
    for old in DOCS_DIR.iterdir():
        if old.is_file():
            old.unlink()
    problems = []
    lines = []
    kinds, cats, vars_, subs = Counter(), Counter(), Counter(), Counter()
    n_mentions = url_only = empty = 0
    sizes = Counter()
    for i, d in enumerate(DOCS):
        kind = d["kind"]
        if kind not in KINDS_HTML | KINDS_TXT:
            problems.append(f"doc {i:03d}: bad kind {kind}")
            continue
        ext = "html" if kind in KINDS_HTML else "txt"
        fname = f"{i:03d}-{kind}.{ext}"
        (DOCS_DIR / fname).write_text(d["text"], encoding="utf-8")
        text = visible_text(kind, d["text"])
        sizes[kind] += len(re.sub(r"\s+", " ", text))
        problems += check_doc(i, d, text, subjects, ctx_words)
        exp = [{k: x[k] for k in ("subject", "variant", "category", "url_only")} for x in d["expected"]]
        lines.append(json.dumps({"file": fname, "kind": kind, "expected": exp}, ensure_ascii=False))
        kinds[kind] += 1
        if not exp:
            empty += 1
        for x in exp:
            n_mentions += 1
            url_only += x["url_only"]
            cats[x["category"]] += 1
            vars_[x["variant"]] += 1
            subs[x["subject"]] += 1
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n = len(DOCS)
    print(f"documents: {n}")
    print(f"mentions: {n_mentions}")
    print(f"url_only: {url_only}")
    print(f"empty docs: {empty} ({100 * empty / max(n, 1):.0f}%)")
    print("by kind: " + ", ".join(f"{k}={kinds[k]} (avg {sizes[k] // max(kinds[k], 1)} chars)" for k in ["news", "forum", "blog", "review", "social", "facebook"]))
    print("by category: " + ", ".join(f"{c}={cats[c]}" for c in CATEGORIES))
    serious = sum(cats[c] for c in ["threat", "hate", "sexual", "doxxing", "defamation"])
    print(f"serious share: {100 * serious / max(n_mentions, 1):.0f}%")
    print("by variant: " + ", ".join(f"{v}={vars_[v]}" for v in VARIANTS))
    print("by subject: " + ", ".join(f"{s}={subs[s]}" for s in subjects))
    missing = [v for v in VARIANTS if vars_[v] < 2]
    if missing and "--partial" not in sys.argv:
        problems.append(f"variants covered fewer than twice: {missing}")
    if problems:
        print("\nPROBLEMS:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
