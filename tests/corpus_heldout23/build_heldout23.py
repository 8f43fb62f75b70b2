#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Held-out evaluation corpus ``heldout23`` for the repwatch matcher.

Setting
-------
Beacon Middle School is an invented 9-13 middle school in Ellingburn, an invented
Northumberland market town on the River Ellin (Tuesday market, Market Cross, the
Priestfield council estate), in a three-tier system: pupils arrive from the first schools
(Ellingburn St Aidan's, Skellmouth, Whinlaw) and leave for Ellingburn High School. Its
catchment takes in the coastal villages of Skellmouth (harbour, lifeboat) and Hawkshaugh
(caravan park) and the farming villages of Whinlaw and Brackenlaw, next to RAF Brackenlaw.
There is a small Polish community and a group of resettled Syrian refugee families. The
school was Ellingburn County Middle School until it joined the invented Ellin Valley
Learning Trust; the county is consulting on a move to two tiers, which would close it.
Everything is invented: people, postcodes (district NE74, which does not exist), phone
numbers (Ofcom drama ranges) and every domain (``.example``).

The short name "Beacon" is an ordinary word (coastal and jubilee beacons, Minecraft
beacons, distress beacons) and other organisations' name (Beacon Taxis, the Beacon Inn at
Hawkshaugh, Beacon Veterinary Centre, Beacon Court sheltered housing, a different Beacon
Academy). The acronym "BMS" is also a battery management system, a building management
system, Bristol Myers Squibb and BMS World Mission.

Staff (see watchlist.toml)
--------------------------
Claire Charlton (head; maiden name Claire Armstrong), David Robson (deputy; a very common
name with several namesakes in the corpus: a Whinlaw farmer, a rugby prop, a Priestfield
labourer in court, a county councillor), Agnieszka Wójcik (EAL co-ordinator, Polish,
accent), Ed Fenwick (PE and Ellingburn RFC minis coach; alias Edward Fenwick; short first
name; "Fenwick's" is also a department store), Rachel Hedley-Lamb (SENCo, hyphenated;
former name Rachel Hedley), Omar Haddad (science, Syrian), Thaddeus Blenkinsop (music,
Skellmouth Methodist chapel organist; the one ``unique`` name, counted wherever named -
other Blenkinsops such as an auctioneer are not him), Liam O'Rourke (Head of Year 8,
apostrophe), Gemma Tait (school business manager), Priya Nair (English, RAF family),
Stuart Dodd (site manager).

Voices
------
Northumbrian dialect ("canny", "howay", "hinny", "wor lass", "bairns", "divvent"),
village Facebook groups (Skellmouth, Hawkshaugh, Whinlaw & Brackenlaw, Priestfield, RAF
families, buy-swap-sell), the Ellingburn Courier (county weekly), the NorthPost regional site
and a national tabloid with its comment sections, parish council and governor minutes, a
farming forum (The Fold), a teachers' forum (Staffroom), Mumsnet-style threads (Mumzone),
a town message board, a forces families forum, a far-right board and blogs, threadit,
TikTok/X/Threads/Instagram/YouTube comments, Google reviews, Indeed and WorkWise staff
reviews, a rate-a-teacher site, Ellingburn RFC's club pages, the Skellmouth Methodist chapel
newsletter "The Lantern", the Polish Saturday school, a refugee charity, magistrates' court
reports, job adverts, an obituary and civic awards.

Decoys
------
About a fifth of the documents have no expected mention: "beacon" as the ordinary word or
another organisation, "BMS" as other bodies, namesakes clearly elsewhere (another David
Robson, another Mrs Charlton at a different school, Norman Blenkinsop the auctioneer, Omar
Haddad the cardiologist...), and other schools' teachers with the same surnames.

Labelling conventions
---------------------
* One expected entry per subject per document: the worst category for that subject
  (threat > hate > sexual > doxxing > defamation > abuse > negative > neutral) and the
  easiest name form present (exact > alias > title_surname > the rest). When only
  "rest" forms are present, the form used in the worst-category passage is labelled.
* The school is a subject only when the document refers to the school itself; a staff
  member's workplace is a neutral school mention.
* Anything suggesting a child may be involved in sexual content is ``sexual`` with
  ``url_only: true`` for the staff member and for the school when the school is named.
* Condemnation, quoting abuse in order to condemn it, and news of someone convicted for
  threatening a staff member are neutral for the victim. Arrest/suspension/investigation
  news is defamation for the person concerned. An opinion column insulting someone is abuse.
* Staff count only where the page ties them to the school, except Thaddeus Blenkinsop.
* Form conventions: a title with a hyphen-dropped surname ("Mrs Hedley Lamb") is
  ``hyphenated``; "Mrs C Charlton"/"Mr S. Dodd" are ``initial_surname``; "Sir" used by
  pupils ("sir robson") is a title; the school named only as a hashtag ("#beacon",
  "#BeaconMiddle") is ``hashtag``; "BMS" for the school is ``alias``; an apostrophe
  dropped ("Liam ORourke") or one letter wrong is ``typo``; Cyrillic lookalikes are
  ``homoglyph`` (written as Python escapes in this script).
* Each label records (only inside this script) the literal form that appears in the text;
  the build checks the form is present in a folded comparison, that the variant is the
  easiest tier present, and that no unlabelled watchlist full name/alias slips through
  unless it is declared a namesake.
"""
from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
LABELS = HERE / "labels.jsonl"

SCHOOL_NAME = "Beacon Middle School"
SCHOOL_SHORT = "Beacon"
SCHOOL_ALIASES = ["Beacon", "BMS", "Beacon Middle", "Ellingburn County Middle School"]
STAFF = {
    "ccharlton": ("Claire Charlton", "Charlton", ["Claire Armstrong"]),
    "drobson": ("David Robson", "Robson", []),
    "awojcik": ("Agnieszka Wójcik", "Wójcik", []),
    "efenwick": ("Ed Fenwick", "Fenwick", ["Edward Fenwick"]),
    "rhedleylamb": ("Rachel Hedley-Lamb", "Hedley-Lamb", ["Rachel Hedley"]),
    "ohaddad": ("Omar Haddad", "Haddad", []),
    "tblenkinsop": ("Thaddeus Blenkinsop", "Blenkinsop", []),
    "lorourke": ("Liam O'Rourke", "O'Rourke", []),
    "gtait": ("Gemma Tait", "Tait", []),
    "pnair": ("Priya Nair", "Nair", []),
    "sdodd": ("Stuart Dodd", "Dodd", []),
}
UNIQUE = {"tblenkinsop"}
VARIANTS = ["exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
            "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
            "obfuscated", "hashtag", "handle", "camelcase", "surname_only"]
CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
KINDS = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = ("mr", "mrs", "miss", "ms", "mx", "dr", "sir")

DOCS: list[dict] = []


def M(subject, variant, category, form, url_only=False):
    """One expected mention plus the literal form it is checked against."""
    return {"subject": subject, "variant": variant, "category": category,
            "url_only": url_only, "form": form}


def add(kind, content, mentions=(), namesakes=(), note=""):
    DOCS.append({"kind": kind, "content": content, "mentions": list(mentions),
                 "namesakes": set(namesakes), "note": note})


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def paras(text: str) -> str:
    """Blank-line separated plain text -> HTML. '## ' heading, '> ' quote, '- ' list."""
    out = []
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        lines = block.strip("\n").split("\n")
        if lines[0].startswith("## "):
            out.append(f"<h2>{esc(lines[0][3:])}</h2>")
            rest = "\n".join(lines[1:]).strip()
            if rest:
                out.append(paras(rest))
        elif all(l.startswith("> ") for l in lines):
            out.append("<blockquote>" + "<br>\n".join(esc(l[2:]) for l in lines) + "</blockquote>")
        elif all(l.startswith("- ") for l in lines):
            out.append("<ul>" + "".join(f"<li>{esc(l[2:])}</li>" for l in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>\n".join(esc(l.strip()) for l in lines) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Site chrome
# ---------------------------------------------------------------------------
COURIER_HEADLINES = [
    "Market Cross clock stopped again after storm damage",
    "Hawkshaugh caravan park plans go back to planning committee",
    "Ellin footbridge to close for three weeks of repairs",
    "Whinlaw show returns with record entries in the sheep classes",
    "Skellmouth lifeboat called out twice in one night",
    "Bus 418 timetable cut 'will strand the villages', say councillors",
    "Priestfield community garden wins Northumbria in Bloom award",
    "Harbour wall funding bid knocked back for second time",
    "Leisure centre pool reopens after boiler fault",
    "Police appeal after quad bikes stolen from Brackenlaw farm",
    "New owners for the Black Bull on Bridge Street",
    "Low-flying exercise dates announced for the coast",
    "Town council precept to rise by 4.1 per cent",
    "Potholes: readers send us their worst on the B6399",
    "Christmas lights switch-on date confirmed",
    "Fish quay cafe shortlisted for national award",
    "Flood defence work on Mill Lane set to start in spring",
    "Community speedwatch volunteers wanted in Whinlaw",
]
NORTHPOST_HEADLINES = [
    "A1 dualling: fresh delay for northern section",
    "Coastal erosion: the villages living on the edge",
    "Fuel prices in rural Northumberland among highest in England",
    "Weather warning for strong winds along the coast",
    "Hospital car parking charges to rise",
    "Heritage railway wins lottery cash",
    "Second-home owners face council tax premium",
    "Fishing fleet warns over new quota rules",
    "Rural broadband rollout 'two years behind'",
    "Puffin numbers up on the islands, rangers say",
    "Dark sky park sees record visitor numbers",
    "Ambulance response times in rural areas criticised",
]
SPONSORED = [
    "Northumberland homeowners are switching to this clever boiler trick",
    "The walking boots every hillwalker in the north is talking about",
    "Retirees in the North East are snapping up these coastal bungalows",
    "Doctors baffled: the 30-second morning habit that eases stiff knees",
    "Why this tiny Rothwick bakery has a queue round the block",
    "Compare funeral plans: prices from £1,295",
    "Seen a 'For Sale' sign on your street? Find out what your house is worth",
    "This fishing village was just named one of the best places to live",
]
FORUM_FOOT = ["Terms", "Privacy", "Forum rules", "Contact the moderators", "Help"]

SITES = {
    "courier": {
        "name": "Ellingburn Courier", "domain": "ellingburncourier.example",
        "tag": "The weekly paper for Ellingburn, the coast and the Ellin valley since 1874",
        "nav": ["Home", "News", "Sport", "Farming", "What's On", "Announcements", "Jobs", "Subscribe"],
        "pool": COURIER_HEADLINES, "side": "Most read this week",
        "foot": "© Coastline Media Ltd. Ellingburn Courier, 12 Bridge Street, Ellingburn NE74 2AB. Newsdesk 01632 960233. Regulated by IPSO.",
        "cookie": "We and our partners use cookies to personalise content and ads. Accept all / Manage choices",
    },
    "northpost": {
        "name": "NorthPost", "domain": "northpost.example",
        "tag": "News for Northumberland, Tyneside and the Borders",
        "nav": ["News", "Northumberland", "Tyneside", "Politics", "Crime", "Sport", "Opinion", "Puzzles"],
        "pool": NORTHPOST_HEADLINES, "side": "Trending",
        "foot": "NorthPost is published by North Digital Media. All content © North Digital Media. Contact: newsdesk@northpost.example",
        "cookie": "NorthPost uses cookies. By continuing you agree to our cookie policy. [OK] [Settings]",
    },
    "record": {
        "name": "The Daily Recorder", "domain": "dailyrecorder.example",
        "tag": "Britain's fearless voice",
        "nav": ["News", "Politics", "Showbiz", "Sport", "Money", "Travel", "Opinion"],
        "pool": ["Celebrity chef opens up about divorce", "Energy bills to fall in spring, say experts",
                 "Holiday hotspots: where to go this half-term", "Minister under fire over migrant hotel costs",
                 "Lottery winner's 'dream house' revealed", "Heatwave warning for weekend", "Price of a pint hits new high"],
        "side": "Most popular",
        "foot": "© Recorder Group Newspapers. Complaints: readers' editor. Contact us. Advertise.",
        "cookie": "We value your privacy. We and our 812 partners store and access information on your device. ACCEPT / MORE OPTIONS",
    },
    "fold": {
        "name": "The Fold - Farming Forum", "domain": "thefold.example",
        "tag": "Farmers talking to farmers", "boards": "Forums › North of England",
        "cookie": "This site uses cookies to help personalise content and keep you logged in. Accept | Learn more",
        "side": ["Fat lamb prices - week 34", "Best quad tyres for wet ground?", "Straw prices north of the Tyne",
                 "Red diesel checks on the A697", "Contractor rates 2024", "TB testing horror stories"],
    },
    "staffroom": {
        "name": "Staffroom", "domain": "staffroom.example",
        "tag": "The forum for people who work in schools", "boards": "Community › Workplace dilemmas",
        "cookie": "Staffroom uses essential and analytics cookies. Accept all / Reject non-essential",
        "side": ["Is it worth doing NPQH?", "Supply rates in the North East", "Parents' evening survival tips",
                 "Moving from primary to middle school", "Pay award 2024 - when will it land?", "Union rep wanted advice"],
    },
    "mumzone": {
        "name": "Mumzone", "domain": "mumzone.example",
        "tag": "By parents, for parents", "boards": "Talk › Am I Being Unreasonable?",
        "cookie": "We use cookies to give you the best experience. Cookie settings | Accept",
        "side": ["AIBU to not invite DH's sister?", "Chat: what's for tea tonight?", "Secondary school appeals thread",
                 "Half-term childcare in the middle of nowhere", "Nit season again", "Is Year 7 too young for a phone?"],
    },
    "evforum": {
        "name": "EV Owners North", "domain": "evownersnorth.example",
        "tag": "Electric vehicle owners' community", "boards": "Forums › Batteries & charging",
        "cookie": "Cookies keep you logged in. Got it",
        "side": ["Rapid chargers on the A1 north of Morpeth", "Winter range figures", "Home charger grants"],
    },
    "anglers": {
        "name": "North Sea Anglers", "domain": "northseaanglers.example",
        "tag": "Boat and shore angling on the north-east coast", "boards": "Forums › Boats, safety & kit",
        "cookie": "This forum uses cookies. OK",
        "side": ["Cod reports Skellmouth pier", "Launching at Hawkshaugh slipway", "Best lures for bass"],
    },
    "forcesfam": {
        "name": "Forces Families Forum", "domain": "forcesfamilies.example",
        "tag": "For RAF, Army and Navy families", "boards": "Forums › Postings › RAF Brackenlaw",
        "cookie": "We use cookies to run this forum. Accept",
        "side": ["SFA allocation at Brackenlaw", "Spouse jobs near the base", "Moving schools mid-year"],
    },
    "gamersden": {
        "name": "Gamers' Den", "domain": "gamersden.example",
        "tag": "Gaming chat", "boards": "Forums › Minecraft › Builds",
        "cookie": "Cookies? Yes please.",
        "side": ["Best seeds 1.21", "Redstone help", "Server recommendations"],
    },
}


def _sidebar(pool, seed, n=5):
    start = seed % len(pool)
    step = 1 + (seed // 7) % 3
    picked = []
    i = start
    for _ in range(len(pool) * step):
        if len(picked) >= min(n, len(pool)):
            break
        h = pool[i % len(pool)]
        if h not in picked:
            picked.append(h)
        i += step if (i // len(pool)) % 2 == 0 else 1
    return picked


def news(site, headline, byline, date, body, comments=(), section="News", standfirst="", ncomments=None):
    s = SITES[site]
    seed = _h(headline)
    nav = "".join(f'<li><a href="https://{s["domain"]}/{n.lower().replace(" ", "-").replace(chr(39), "")}">{esc(n)}</a></li>' for n in s["nav"])
    side = "".join(f'<li><a href="https://{s["domain"]}/news/{_h(t) % 900000 + 100000}">{esc(t)}</a></li>' for t in _sidebar(s["pool"], seed))
    slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:70]
    related = "".join(f"<li>{esc(t)}</li>" for t in _sidebar(s["pool"], seed // 13 + 3, 3))
    spons = "".join(f"<li>{esc(t)}</li>" for t in _sidebar(SPONSORED, seed // 7, 4))
    com = ""
    if comments:
        items = []
        for who, when, text in comments:
            items.append(f'<li class="comment"><div class="comment-meta"><span class="author">{esc(who)}</span> <time>{esc(when)}</time></div><div class="comment-body">{paras(text)}</div><div class="comment-actions">Reply · Report</div></li>')
        count = ncomments if ncomments is not None else len(comments)
        com = f'<section class="comments"><h3>{count} comments</h3><p class="rules">Comments are the views of readers, not of {esc(s["name"])}. Please keep it civil.</p><ol>{"".join(items)}</ol></section>'
    stand = f'<p class="standfirst">{esc(standfirst)}</p>' if standfirst else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(headline)} | {esc(s["name"])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://{s["domain"]}/{section.lower()}/{slug}">
<script>window.dataLayer=window.dataLayer||[];</script>
</head>
<body>
<div id="cookie-banner" class="cookie">{esc(s["cookie"])}</div>
<header class="masthead"><a class="logo" href="https://{s["domain"]}/">{esc(s["name"])}</a><p class="tagline">{esc(s["tag"])}</p>
<nav><ul>{nav}</ul></nav></header>
<main>
<article>
<p class="kicker">{esc(section)}</p>
<h1>{esc(headline)}</h1>
{stand}
<p class="byline">By {esc(byline)} · <time>{esc(date)}</time></p>
<div class="article-body">
{paras(body)}
</div>
<div class="share">Share: Facebook · X · WhatsApp · Email</div>
<section class="related"><h3>Related stories</h3><ul>{related}</ul></section>
<div class="newsletter"><h3>Get the headlines first</h3><p>Sign up to our free daily newsletter for news, sport and what's on, delivered to your inbox every morning. We will never share your email address.</p></div>
</article>
{com}
<section class="sponsored"><h3>You may also like</h3><ul>{spons}</ul><p class="small">Sponsored links</p></section>
</main>
<aside class="sidebar"><h3>{esc(s["side"])}</h3><ol>{side}</ol>
<div class="ad">ADVERTISEMENT</div>
<h3>Weather</h3><p>Coast: bright spells, breezy. High 11C, low 5C. Sea fret possible early on.</p></aside>
<footer><p>{esc(s["foot"])}</p><p><a href="https://{s["domain"]}/privacy">Privacy</a> · <a href="https://{s["domain"]}/terms">Terms</a> · <a href="https://{s["domain"]}/contact">Contact</a></p></footer>
</body>
</html>
"""


def forum(site, title, posts, board=None, views=None):
    s = SITES[site]
    seed = _h(title)
    items = []
    for n, (who, when, text) in enumerate(posts, 1):
        joined = 2009 + _h(who) % 15
        count = 3 + _h(who + "p") % 4800
        items.append(f'<article class="post" id="post-{seed % 90000 + n}"><div class="postauthor"><strong>{esc(who)}</strong><br><span class="meta">Joined {joined} · Posts: {count}</span></div><div class="postbody"><p class="postdate">#{n} · {esc(when)}</p>{paras(text)}</div><div class="postactions">Like · Quote · Reply · Report</div></article>')
    side = "".join(f"<li>{esc(t)}</li>" for t in s["side"])
    v = views if views is not None else 120 + seed % 5000
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} | {esc(s["name"])}</title></head>
<body>
<div class="cookie-notice">{esc(s["cookie"])}</div>
<header><a href="https://{s["domain"]}/" class="forum-logo">{esc(s["name"])}</a> <span class="tag">{esc(s["tag"])}</span>
<nav><a href="https://{s["domain"]}/">Forums</a> | <a href="https://{s["domain"]}/whats-new">What's new</a> | <a href="https://{s["domain"]}/search">Search</a> | <a href="https://{s["domain"]}/login">Log in</a> | <a href="https://{s["domain"]}/register">Register</a></nav></header>
<main>
<p class="breadcrumbs">{esc(board or s["boards"])}</p>
<h1>{esc(title)}</h1>
<p class="thread-meta">{len(posts) - 1} replies · {v} views</p>
{"".join(items)}
<div class="pagination">Page 1 of 1</div>
<div class="quick-reply"><p>You must log in or register to reply here.</p></div>
<section class="online"><h3>Users who are viewing this thread</h3><p>Total: {3 + seed % 40} (members: {seed % 5}, guests: {3 + seed % 36})</p></section>
</main>
<aside><h3>Similar threads</h3><ul>{side}</ul></aside>
<section class="stats"><h3>Forum statistics</h3><p>Threads: {40000 + seed % 90000} · Messages: {900000 + seed % 2000000} · Members: {12000 + seed % 40000}</p></section>
<footer>{" · ".join(FORUM_FOOT)} · © {esc(s["name"])} · Community platform by XenForo</footer>
</body>
</html>
"""


def blog(site_name, domain, title, author, date, body, comments=(), nav=("Home", "About", "Archive", "Contact"), sidebar=(), tagline="", foot=""):
    seed = _h(title)
    navh = " | ".join(f'<a href="https://{domain}/{n.lower().replace(" ", "-")}">{esc(n)}</a>' for n in nav)
    side = "".join(f"<li>{esc(t)}</li>" for t in sidebar)
    com = ""
    if comments:
        com = '<section id="comments"><h3>' + str(len(comments)) + ' Responses</h3>' + "".join(
            f'<div class="comment"><p class="who"><b>{esc(w)}</b> <span>{esc(t)}</span></p>{paras(x)}<p class="reply">Reply</p></div>' for w, t, x in comments) + '<form class="reply-form"><p>Leave a reply. Your email address will not be published.</p></form></section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} – {esc(site_name)}</title><meta name="generator" content="WordPress 6.4"></head>
<body class="post-template">
<div class="cookie-consent">This website uses cookies to improve your experience. <button>Accept</button></div>
<header class="site-header"><p class="site-title"><a href="https://{domain}/">{esc(site_name)}</a></p><p class="site-description">{esc(tagline)}</p><nav>{navh}</nav></header>
<main><article class="post-{seed % 9000}">
<h1 class="entry-title">{esc(title)}</h1>
<p class="entry-meta">Posted on {esc(date)} by {esc(author)}</p>
<div class="entry-content">
{paras(body)}
</div>
</article>
{com}
</main>
<nav class="post-navigation"><p>← Previous post · Next post →</p></nav>
<aside class="widget-area"><h3>Search</h3><p>Search this site…</p><h3>Recent posts</h3><ul>{side}</ul><h3>Archives</h3><ul><li>2025</li><li>2024</li><li>2023</li></ul><h3>Subscribe</h3><p>Enter your email address to get new posts by email.</p></aside>
<footer class="site-footer">{esc(foot or ("© " + site_name))} · Proudly powered by WordPress</footer>
</body>
</html>
"""

SITES["patriot"] = {
    "name": "Patriot Talk UK", "domain": "patriottalk.example",
    "tag": "Free speech for the forgotten majority", "boards": "Boards › Local Invasion Watch › North East",
    "cookie": "We don't track you. Big Tech does. Accept",
    "side": ["Hotel watch: weekly list", "They are changing our towns", "Free speech is dead in Britain", "Local councillors who sold us out"],
}
SITES["ellonline"] = {
    "name": "Ellingburn Online", "domain": "ellingburnonline.example",
    "tag": "The town's own message board since 2004", "boards": "Ellingburn Online › Town Talk",
    "cookie": "This board uses cookies for logins. OK",
    "side": ["Parking on Bridge Street", "Best fish and chips (again)", "Who remembers the Regal cinema?", "Dog fouling on the riverside"],
}
SITES["threadit"] = {
    "name": "threadit", "domain": "threadit.example",
    "tag": "the front page of your town", "boards": "t/northumberland",
    "cookie": "threadit uses cookies to improve your experience. Accept all cookies / Reject optional cookies",
    "side": ["t/northumberland rules", "Best walks near the coast?", "Moving to Alnwick area", "Worst roundabout in the county"],
}
SITES["rugbyforum"] = {
    "name": "North Rugby Chat", "domain": "northrugbychat.example",
    "tag": "Grassroots rugby in the north of England", "boards": "Forums › Junior & Mini Rugby",
    "cookie": "Cookies are used on this site. Continue",
    "side": ["Festival season fixtures", "Contact at U12 - too soon?", "Referee shortage", "Best scrum caps"],
}


# ---------------------------------------------------------------------------
# NEWS (county weekly, regional site, tabloid, court reports, jobs, obituaries)
# ---------------------------------------------------------------------------
add("news", news("courier", "Middle schools face the axe as county opens two-tier consultation",
    "Helen Ridley, Education Reporter", "Thursday 11 January 2024", """
Parents in Ellingburn and the coastal villages are being asked for their views on plans that could see the area's three-tier school system scrapped, closing Beacon Middle School and moving pupils into enlarged primaries and an all-through high school.

Northumberland County Council launched a twelve-week consultation this week. Officers say falling rolls in the first schools, the cost of running three sets of buildings and the difficulty of recruiting specialist teachers for small middle schools have made the change "worth serious consideration".

Under the preferred option, Skellmouth, Whinlaw and Ellingburn St Aidan's first schools would take pupils up to Year 6 from September 2026, and Ellingburn High School would become a secondary for 11 to 18-year-olds. The Beacon site on Priestfield Road would be "reviewed", a phrase that has already set alarm bells ringing.

## "We want the facts first"

Head teacher Claire Charlton said staff had been told only a few days before the public announcement.

"Our families have a lot of questions and so do we," she said. "Beacon has served this community for fifty years. We want to see the facts and figures before anybody talks about what happens to the building. My priority is the children who are here now."

A drop-in session will be held at the Market Hall on 24 January from 4pm to 7pm. A second session is planned for Skellmouth Village Hall.

Coun. Margaret Orde, who represents the Coast ward, said she would be "asking hard questions" about transport. "If you live at Hawkshaugh and your eleven-year-old has to be on a bus at quarter past seven, that's a real cost to families, not a line on a spreadsheet."

## Other areas have already switched

Several parts of the county have moved to two tiers over the past fifteen years. Supporters say it means fewer moves for children; opponents say middle schools give nine to thirteen-year-olds specialist teaching earlier and a gentler step into secondary.

The consultation closes on 5 April. Responses can be made online or on paper forms available from the library.
""", comments=[
    ("Wullie_Skellmouth", "11 Jan 2024, 19:02", "Here we gan again. They tried this in 2011 and it was a shambles then."),
    ("RAFmum_Brackenlaw", "11 Jan 2024, 20:15", "My two have moved schools four times with postings. The one thing that's been stable is their middle school. Please don't take that away."),
    ("ellin_dad", "11 Jan 2024, 21:40", "With respect Mrs Charlton should be out fighting this tooth and nail instead of saying she wants to 'see the facts'. Sitting on the fence as usual. The facts are they want the land for houses."),
    ("KeithB", "12 Jan 2024, 07:12", "Canny point about the buses. The 418 is already rammed."),
]), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("ccharlton", "exact", "negative", "Claire Charlton")])

add("news", news("courier", "Ofsted: middle school 'requires improvement' but SEND work praised",
    "Helen Ridley, Education Reporter", "Thursday 7 March 2024", """
Ellingburn's only middle school has been rated "requires improvement" by Ofsted, two grades down from the "outstanding" it was given when it was last fully inspected as Ellingburn County Middle School in 2012.

The report on Beacon Middle School, published on Tuesday, says pupils' behaviour in lessons is "too variable", that some pupils in Years 7 and 8 "do not learn as much as they should in mathematics and science", and that leaders' checks on the quality of teaching "have not been sharp enough".

Inspectors did, however, praise the school's work with pupils with special educational needs and disabilities, which they called "a real strength". They singled out the way the SENCo, Rachel Hedley-Lamb, works with families and with the first schools so that "pupils with complex needs arrive well known and well supported".

They also noted that pupils who have arrived in the country recently, including a number of Ukrainian and Syrian children, "settle quickly and learn English rapidly".

## Head: "We accept the findings"

Head teacher Claire Charlton said the school accepted the report. "There is a lot in here we had already identified ourselves and we have a plan. I am proud that inspectors saw how well we look after children who find school hard. We will be good again, and quickly."

The Ellin Valley Learning Trust, which the school joined in 2019, said it would put extra support in place for maths.

## Parents divided

Reaction among parents at the school gate on Wednesday was mixed. One father, who asked not to be named, said the report "said what everybody knows - the top years run riot". Another parent said her son had "come on leaps and bounds" since joining in Year 5.

The full report is available on the Ofsted website.
""", comments=[
    ("Jan_W", "7 Mar 2024, 18:20", "Outstanding to RI in twelve years. The rot set in when they became an academy."),
    ("mam_of_3_hawkshaugh", "7 Mar 2024, 18:51", "Mrs Hedley-Lamb is the only reason my daughter is still in school at all. She is the one person there who listens."),
    ("Geordie_Exile", "7 Mar 2024, 19:30", "To be fair RI is the new good these days. Inspectors have to find something."),
]), [M("school", "exact", "negative", "Beacon Middle School"),
     M("ccharlton", "exact", "neutral", "Claire Charlton"),
     M("rhedleylamb", "exact", "neutral", "Rachel Hedley-Lamb")])

add("news", news("courier", "Man who sent threats to Syrian teacher is jailed",
    "Court Reporter", "Thursday 18 April 2024", """
A Priestfield man who sent a string of threatening messages to a science teacher at an Ellingburn school has been jailed for sixteen weeks.

Kevin Lumsden, 44, of Priestfield Crescent, pleaded guilty at Ellingburn Magistrates' Court to two counts of sending a malicious communication and one of racially aggravated harassment.

The court heard that between November and January Lumsden sent messages through social media and by letter to Omar Haddad, who teaches science at Beacon Middle School and came to the town from Syria in 2017.

Prosecuting, Julie Strother said one letter, posted through the school's letterbox, told Mr Haddad that "people know where you live" and that he should "go back where you came from before something happens to you". A later message referred to his car.

In a victim statement read to the court, Mr Haddad said he had begun varying his route to work and that his young children no longer played in the front garden. "I came here to be safe and to teach," he said. "I love this town and the people in it. One man has made me afraid in it."

Defending, Ian Tweddle said his client had been drinking heavily, had "got sucked into" online groups after losing his job, and was now ashamed. He had written a letter of apology.

Chair of the bench Mrs Anne Laidler said the messages were "designed to frighten a man because of where he was born" and that only an immediate custodial sentence could be justified. Lumsden was also made the subject of a five-year restraining order banning him from contacting Mr Haddad or going within 200 metres of the school.

Head teacher Claire Charlton said afterwards: "Mr Haddad has shown enormous courage. He is a valued colleague and a wonderful teacher, and we are grateful to the police."

Northumbria Police said hate crime would "never be tolerated" and urged anyone targeted to come forward.
""", comments=[
    ("Tom_the_Tup", "18 Apr 2024, 17:05", "Good. Sixteen weeks isn't enough. Mr Haddad taught my lad and he's never been so keen on science."),
    ("PriestfieldBorn", "18 Apr 2024, 17:44", "Embarrassed this came from our estate. Most of us aren't like that."),
    ("Hinny_May", "18 Apr 2024, 18:10", "Threatening a teacher is never ok, whatever anyone thinks about immigration. Well done to the court."),
]), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("ohaddad", "exact", "neutral", "Omar Haddad"),
     M("ccharlton", "exact", "neutral", "Claire Charlton")],
    note="conviction of someone who threatened staff: neutral for victim")

add("news", news("courier", "Court round-up: drink-driver banned, shed thief spared jail",
    "Court Reporter", "Thursday 23 May 2024", """
The following cases were dealt with by Ellingburn magistrates this week.

David Robson, 34, a scaffolder, of Priestfield Road, Ellingburn, admitted driving with excess alcohol on the A697 near Whinlaw on 2 May. He was found to have 61 microgrammes of alcohol in 100 millilitres of breath, the legal limit being 35. Robson told the court he had "one too many at a christening" and needed his licence for work. He was banned from driving for 17 months, fined £640 and ordered to pay £85 costs and a £256 surcharge.

Shannon Moffat, 22, of Harbour Terrace, Skellmouth, admitted stealing garden tools worth £310 from an allotment shed at Mill Lane. The court heard she had since paid for the items. She was given a 12-month conditional discharge.

Gary Thew, 51, of no fixed address, admitted being drunk and disorderly in Market Street on 11 May. He was fined £80.

Paul Hindmarsh, 29, of Coquet View, Hawkshaugh, denied assaulting an emergency worker at the Hawkshaugh Holiday Park on 14 April. The case was adjourned for trial on 19 July. He was released on unconditional bail.

Lee Armstrong, 40, of West End, Brackenlaw, admitted failing to comply with a community order. The order was extended by three months and he was fined £100.

Kayleigh Dunn, 26, of Ellin Court, Ellingburn, admitted using a mobile phone while driving on the B6399. She received six penalty points and was fined £200.

Reports are compiled from the court lists and from hearings attended by our reporter. Anyone named who is later acquitted may ask us to publish that outcome.
"""), [], namesakes={"drobson"}, note="namesake David Robson, a scaffolder")

add("news", news("northpost", "Deputy head suspended as trust investigates handling of bullying complaints",
    "Sarah Marr, Northumberland Correspondent", "Monday 3 June 2024", """
The deputy head of a Northumberland middle school has been suspended while an academy trust investigates how complaints about bullying were dealt with.

David Robson, deputy headteacher at Beacon Middle School in Ellingburn, was suspended last week, the Ellin Valley Learning Trust confirmed. The trust stressed that suspension is "a neutral act" and "not a finding of wrongdoing".

NorthPost understands the investigation follows complaints from at least three families, who claim reports of serious bullying were not recorded and that in one case footage of an assault in a corridor was not kept.

One mother, whose 12-year-old son was injured in the incident, said: "We were told there was nothing on the camera. Then another parent told us they'd seen it. We want to know who decided it didn't exist."

A second parent claimed the school had "a culture of keeping things quiet" ahead of its Ofsted inspection earlier this year.

In a statement, the trust said: "We take all concerns extremely seriously. An independent investigator has been appointed. It would not be appropriate to comment further while that process is under way. Pupils' education continues as normal."

Mr Robson, who has worked at the school for 19 years and is a familiar face at Ellingburn RFC, did not respond to a request for comment. The National Education Union said it was supporting a member but would not comment on an individual case.

Northumbria Police said it had not received any referral in connection with the matter.

## Wider concerns

The suspension comes at a difficult time for the school, which was rated "requires improvement" in March and faces possible closure under county plans to move to a two-tier system.

Coun. Margaret Orde said families "deserve straight answers" and called for the investigation's findings to be shared with parents "as far as the law allows".
""", comments=[
    ("ExBeaconParent", "3 Jun 2024, 10:12", "About time. I complained in 2022 and got nowhere."),
    ("north_lass", "3 Jun 2024, 10:40", "Innocent until proven guilty folks. Dave Robson coached my son at rugby for years and is a decent man."),
    ("Jesmond_Jim", "3 Jun 2024, 12:01", "Trust statements are all the same. 'Neutral act'. Aye right."),
]), [M("school", "exact", "defamation", "Beacon Middle School"),
     M("drobson", "exact", "defamation", "David Robson")])

add("news", news("courier", "Minis shine at Rothwick festival as coach hails 'best season yet'",
    "Sports Desk", "Thursday 25 April 2024", """
Ellingburn RFC's under-11s and under-12s rounded off their season in style at the Rothwick Rugby Festival on Sunday, winning their plate competitions in driving rain.

The under-12s beat Tynemouth-based Seaton Lions 35-10 in the final, with Alfie Charlton running in three tries and captain Maisie Thompson kicking three conversions from the touchline. The under-11s edged a tense final against the hosts 20-15.

Coach Ed Fenwick, who teaches PE at Beacon Middle School in the town, said he was "chuffed to bits" with both squads.

"Half these kids had never picked up a rugby ball eighteen months ago," he said. "We've got lads and lasses from the farms, from the estate, from RAF families who've only been here a year, two Syrian lads who'd never seen the game. They're all one team now and that's what this sport is about."

Fenwick also praised the parents who ran the club's food van for the day, raising £412 for new tackle bags.

## Festival results

Under-12 plate final: Ellingburn 35 Seaton Lions 10.
Under-11 plate final: Ellingburn 20 Rothwick 15.
Player of the tournament (U12): Maisie Thompson.
Spirit of rugby award: Yusuf Al-Hamwi (U11).

The club is holding a taster session for girls and boys aged 7 to 12 at the Mill Lane ground on Saturday 11 May at 10am. No experience needed, just bring a gum shield and a water bottle.
""", section="Sport"), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("efenwick", "exact", "neutral", "Ed Fenwick")])

add("news", news("courier", "Letters: Bus chaos, brass band joy and the state of Bridge Street",
    "Letters Editor", "Thursday 16 May 2024", """
Write to: Letters, Ellingburn Courier, 12 Bridge Street, Ellingburn, or email letters@ellingburncourier.example. Letters may be shortened.

## Enough is enough on the 418

Sir, - Every school day I drive behind the 418 from Skellmouth and every day I watch the same thing: bairns standing in the aisle, bags everywhere, a driver at the end of his tether. Last Tuesday a window was hanging out. When I rang the Beacon I was told it was "a transport matter" and nothing to do with them. These are their pupils in their uniform. A bit of backbone from the school would not go amiss. The council, the bus company and the school all pass the parcel while someone waits to get hurt.
R. Carr, Skellmouth

## A night to remember

Sir, - Can I through your pages thank everyone involved in last week's spring concert at the Market Hall. My granddaughter played the cornet for the first time in public and I cried like a bairn. Mr Blenkinsop and his young players did the town proud, and the brass arrangement of Blaydon Races at the end had the whole hall on its feet. What a tonic.
Edna Purvis, Whinlaw

## Bridge Street shops

Sir, - Another shop front boarded up on Bridge Street. When will the town council accept that the parking charges are killing the town centre? Nobody is going to pay £2 to pop in for a loaf when there's free parking at the retail park in Rothwick.
J. Forster, Ellingburn

## Thanks to the lifeboat crew

Sir, - Just a note of heartfelt thanks to the Skellmouth volunteer crew who came out to my brother when his boat lost power off the Skerries. They are heroes every one.
Name and address supplied
""", section="Opinion"), [M("school", "short_name", "negative", "Beacon"),
     M("tblenkinsop", "title_surname", "neutral", "Mr Blenkinsop")])

add("news", news("courier", "Obituary: Margaret Hedley, farmer's wife and Whinlaw's 'first lady of the show'",
    "Announcements", "Thursday 28 November 2024", """
Margaret Hedley, who for more than forty years ran the produce tent at the Whinlaw Show and was known across the valley for her stotty cakes, has died at the age of 89.

Born Margaret Dixon at Brackenlaw in 1935, she married Tom Hedley of Low Whinlaw Farm in 1957, and the couple farmed there until Tom's death in 2003. She served on the Whinlaw Women's Institute committee for thirty years and was a Sunday school teacher at Skellmouth Methodist Chapel.

"She could judge a Victoria sponge from across the tent," said show secretary Alan Telfer. "And nobody ever argued with her decision. Not twice, anyway."

She is survived by her son John, who still farms at Low Whinlaw, and her daughter Rachel Hedley-Lamb, SENCo at Beacon Middle School in Ellingburn, along with five grandchildren and two great-grandchildren.

Her funeral at Skellmouth Methodist Chapel on Tuesday was standing room only. Hymns were played by the chapel organist Thaddeus Blenkinsop, and the address was given by the Rev. Susan Pringle.

Donations in her memory are being collected for the Great North Air Ambulance and the Skellmouth lifeboat.
""", section="Announcements"), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("rhedleylamb", "exact", "neutral", "Rachel Hedley-Lamb"),
     M("tblenkinsop", "exact", "neutral", "Thaddeus Blenkinsop")])

add("news", news("northpost", "Hate stickers targeting teacher found on lampposts in market town",
    "Sarah Marr, Northumberland Correspondent", "Wednesday 17 January 2024", """
Police are investigating after stickers attacking a Syrian-born teacher were found on lampposts, bus shelters and the war memorial railings in Ellingburn.

The stickers, which appeared overnight on Sunday, named Omar Haddad, a science teacher at Beacon Middle School, and carried a slogan linked to a far-right group. NorthPost has chosen not to repeat the wording in full. Residents described it as "vile" and "aimed at frightening one man and his family".

Volunteers from the Priestfield Community Garden group spent Monday morning scraping them off. "We got about sixty," said organiser Lorraine Shiel. "Some were right outside the first school. Little ones can read, you know."

Northumbria Police said it was treating the incident as a hate crime and was examining CCTV from Market Street. Inspector Graham Bolam said: "This is a close community and the overwhelming response has been disgust. We will find who did this."

The Ellin Valley Learning Trust said it was supporting Mr Haddad and his family. "Mr Haddad is a much-loved member of staff. We stand with him," a spokesperson said.

## Town council to discuss

Town mayor Coun. Philip Scott said the issue would be discussed at the next council meeting. "Ellingburn has welcomed families from Syria, Poland, Ukraine and from every corner of this country when the RAF posts them here. That is who we are. A few cowards with a printer do not change it."

The incident follows a protest outside a hotel in the county last autumn which police said had attracted people from outside the area.

Anyone with information is asked to call 101 quoting log 0412 of 14 January.
""", comments=[
    ("Northumbrian_Patriot88", "17 Jan 2024, 09:44", "Stickers only say what the silent majority think. Haddad and the rest of the 'refugees' should be put on a plane. Our kids, our teachers. Simple."),
    ("Bridget_Ellin", "17 Jan 2024, 10:02", "Reported the comment above. Disgusting. Mr Haddad ran the eco club that my daughter adored."),
    ("Sandy_H", "17 Jan 2024, 10:31", "The mods on this site need to get a grip. That first comment has been up an hour."),
    ("Northumbrian_Patriot88", "17 Jan 2024, 11:15", "Reported for what? Having an opinion? Beacon should be teaching English kids first, not turning into a refugee drop-in centre."),
]), [M("school", "exact", "hate", "Beacon Middle School"),
     M("ohaddad", "exact", "hate", "Omar Haddad")])

add("news", news("courier", "Jobs: Teaching Assistant (Level 3) - Beacon Middle School",
    "Courier Jobs", "Friday 6 September 2024", """
## Teaching Assistant (Level 3), 30 hours, term time only

Beacon Middle School, Priestfield Road, Ellingburn NE74 2QT
Salary: NJC points 5-6, pro rata (actual £19,130 - £19,480)
Closing date: Friday 20 September 2024, noon

Are you patient, warm and good at explaining things more than one way? We are looking for a Level 3 teaching assistant to join our friendly learning support team, working mainly in Years 5 and 6 with pupils who have speech, language and communication needs, and supporting pupils who are new to English.

You will work under the direction of our SENCo and EAL co-ordinator, deliver small-group interventions, and support pupils at break and lunchtime. Experience with Makaton or a second language (Polish or Arabic would be especially welcome) is desirable but not essential. Full training will be given.

We offer a supportive team, a trust-wide training programme, free parking, and the chance to make a real difference to children from Ellingburn, the coast and the RAF Brackenlaw community.

## How to apply

Application packs are available from the school website or from Gemma Tait, School Business Manager, on 01632 960418 or at recruitment@beaconmiddle.example. CVs alone will not be accepted. Visits to the school are warmly welcomed; please ring the school office to arrange one.

Beacon Middle School is part of the Ellin Valley Learning Trust and is committed to safeguarding and promoting the welfare of children. This post is subject to an enhanced DBS check, online searches and satisfactory references.

## More jobs this week

- Farm assistant, mixed arable and sheep, Whinlaw - tied cottage available
- Part-time bar staff, Black Bull, Bridge Street
- Care assistants, days and nights, Beacon Court, Ellingburn
- HGV Class 1 driver, Rothwick depot
""", section="Jobs"), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("gtait", "exact", "neutral", "Gemma Tait")])

add("news", news("northpost", "Jobs: BMS Engineer (Building Management Systems) - hospital estates",
    "NorthPost Jobs", "Monday 14 October 2024", """
## BMS Engineer, permanent, full time

Location: Ellingburn Community Hospital and sites across north Northumberland
Salary: £36,400 - £41,200 plus shift allowance and call-out
Hours: 37.5 per week, with participation in a 1-in-6 on-call rota

Our Estates and Facilities team is looking for an experienced BMS engineer to look after the building management systems that control heating, ventilation and air conditioning across our community hospitals and clinics.

You will maintain and fault-find Trend and Siemens BMS controllers, outstations and sensors, update graphics and strategies, and work with our energy manager to cut carbon and costs. You will also be the first point of contact for our contractors when BMS alarms come in out of hours.

## About you

- HNC or equivalent in building services, electrical or controls engineering
- At least three years' hands-on experience with BMS in a commercial or healthcare setting
- A full UK driving licence, as you will travel between sites
- Knowledge of BACnet and Modbus is desirable

## What we offer

Generous annual leave, a pension, a cycle-to-work scheme, a fleet van and genuine career development. Informal enquiries to the Estates Manager on 0113 496 0217.

Please note we are unable to offer visa sponsorship for this role.

## Other vacancies

- Porter, Ellingburn Community Hospital
- Ward clerk, part time
- Senior estates officer (electrical)
""", section="Jobs"), [], note="decoy: BMS = building management system")

add("news", news("courier", "Beacons blaze along the coast for D-Day 80",
    "Helen Ridley", "Saturday 8 June 2024", """
Beacons were lit from Hawkshaugh to the Skellmouth headland on Thursday night as the coast joined hundreds of communities across the country marking the 80th anniversary of the D-Day landings.

At Skellmouth, around 300 people gathered on the headland where a beacon has stood for the Queen's jubilees and the millennium. The beacon was lit at 9.15pm by 97-year-old Arthur Dunn, who served with the Royal Navy in the Normandy campaign, with the help of his great-grandson Oscar, aged seven.

"I never thought I'd see another one," Mr Dunn said. "There were lads from this village who didn't come home. That's who it's for."

The Skellmouth lifeboat crew stood in line on the harbour wall as the flames took, and a piper from the Rothwick pipe band played a lament.

At Hawkshaugh, the beacon on Beacon Hill above the caravan park could be seen for miles along the coast, and from RAF Brackenlaw, where a small ceremony was held at the gate guardian.

In Ellingburn, the town council's beacon brazier in the Market Place was lit after a service at the war memorial led by the Rev. Susan Pringle. Pupils from Ellingburn St Aidan's First School read the names of the town's fallen.

Organisers thanked the farmers who donated pallets and straw, and the volunteer fire crew who stood by at each site.

Photo gallery: see pages 14-15.
"""), [], note="decoy: beacon as ordinary word, Beacon Hill")

add("news", news("courier", "Dairy farmers fear price cut as BMS reviews contracts",
    "Farming Editor, Rob Telfer", "Thursday 22 August 2024", """
Dairy farmers across the Ellin valley are bracing for a cut in the milk price after their buyer, Border Milk Supplies, told members it would "review all supply contracts" this autumn.

BMS, which collects from around sixty farms between the Tyne and the Tweed, cited a fall in cheese prices and the cost of running its tanker fleet over long rural routes. Farmers have been told any change would come with three months' notice.

"We've had two good years and everybody knew it wouldn't last," said Jim Charlton, who milks 180 cows at West Whinlaw. "But if BMS knock a couple of pence off, there'll be folk round here who can't make it stack up. The smaller herds will go."

The National Farmers' Union said it would be seeking a meeting with BMS management. Regional adviser Kate Errington said: "Border Milk Supplies has been a good buyer to this area, and we'd want to see it stay that way. Farmers need transparency on how any new price is worked out."

BMS said in a statement that no decisions had been taken and that it remained "committed to the north Northumberland milk field".

## Mart report

At Ellingburn mart on Monday, 1,240 prime lambs averaged 284p/kg, with a top price of £168 for Texel crosses from Brackenlaw. Cast ewes sold to £142.
""", section="Farming"), [], note="decoy: BMS = Border Milk Supplies; Charlton namesake farmer")

add("news", news("courier", "Beacon Taxis keeps licence after 'robust' hearing",
    "Local Democracy Reporter", "Thursday 4 July 2024", """
An Ellingburn taxi firm has kept its operator's licence after a licensing panel heard complaints about late-night bookings and a driver who let his own licence lapse.

Beacon Taxis, which runs twelve cars from an office on Station Road, was called before the county council's licensing sub-committee after two complaints from members of the public and a routine compliance check.

Officers told the panel that one driver had worked for five weeks while his private hire badge was expired, and that the firm's booking records for two weekends had been "incomplete". The driver has since left the firm.

Owner Craig Beacon - whose grandfather started the business in 1978 with a single Austin Princess - told councillors he had "held his hands up" and brought in a new booking system. "We're a small family firm and we got it wrong. We've fixed it," he said.

Several councillors praised the firm's work on school contracts and the hospital run. The panel decided no action was needed beyond a written warning.

Beacon Taxis provides two of the contracted school runs from the coastal villages.
"""), [], note="decoy: Beacon Taxis and a surname Beacon; 'school runs' but no school named")

add("news", news("courier", "Village voices: chapel concert, Whinlaw speedwatch and a record leek",
    "Community Correspondents", "Thursday 10 October 2024", """
News from around the villages, sent in by our community correspondents. Send yours to villages@ellingburncourier.example by Monday noon.

## Skellmouth

The Methodist chapel's harvest concert raised £620 for the lifeboat. Organist and choirmaster Thaddeus Blenkinsop led a programme of sea songs and hymns with the chapel choir and the Skellmouth Fishermen's Singers, finishing with a rousing "Eternal Father, Strong to Save" that, one correspondent says, "had the old skippers reaching for their hankies". The harvest supper of broth and stottie followed.

## Whinlaw

Speedwatch volunteers recorded 214 vehicles in an hour on the Main Street on Saturday morning, 41 of them over 30mph. The fastest was clocked at 52mph outside the first school. Details have been passed to the police. More volunteers are needed; contact the parish clerk.

## Hawkshaugh

Caravan park owners thanked the 30 volunteers who turned out for the autumn beach clean, which filled 46 bags. The oddest find was a child's wellie "which we are hoping to reunite with its pair".

## Brackenlaw

The village hall's new heating is finally in, just in time for the pantomime rehearsals. "Cinderella" opens on 6 December.

## Ellingburn

Leek club secretary Norrie Pattinson took the top prize at the annual show with a pot leek measuring 87 cubic inches, which he described as "the best I'll ever grow, probably".
""", section="Villages"), [M("tblenkinsop", "exact", "neutral", "Thaddeus Blenkinsop")],
    note="unique staff counted with no school context")

add("news", news("record", "Fury as refugee teacher tells Brit kids Ramadan is 'better than Christmas'",
    "Recorder Reporter", "Saturday 2 March 2024", """
PARENTS have hit out after a Syrian teacher at a small-town school told pupils that fasting for Ramadan was "more meaningful than Christmas presents".

Omar Haddad, who fled the civil war and now teaches science at Beacon Middle School in Ellingburn, Northumberland, made the remarks during a lesson about how the body uses energy, according to one furious mum.

The mother-of-two, who asked not to be named, said: "My son came home saying Mr Haddad had told them about fasting and it was better than Christmas. I don't send him to school for that. It's a science lesson."

Another parent said: "This is a proper English town. We didn't vote for this."

The school said the comments had been "taken out of context" and that Mr Haddad had answered a pupil's question about why he was not eating lunch, adding that religious education at the school "follows the agreed county syllabus".

The trust which runs the school confirmed it had received "a small number of complaints" and was "responding to them in the normal way".

Campaign group Parents for Common Sense said: "Parents are sick of being told to keep quiet. Schools should stick to teaching."

READ MORE: Migrant hotel bill tops £8m a day
""", comments=[
    ("TrueBrit1966", "2 Mar 2024, 08:01", "Replacement in real time. First the hotels, then the schools, then they're teaching your bairns their religion. Haddad should be on the next flight to Damascus."),
    ("Jen_T", "2 Mar 2024, 08:15", "He answered a question about why he wasn't eating his lunch. Read the article."),
    ("GeordieLion", "2 Mar 2024, 08:40", "Somebody from Ellingburn needs to pay Mr Haddad a little visit after school. Just to explain how things work round here. Nothing heavy. Yet."),
    ("Sal_in_Kent", "2 Mar 2024, 09:05", "Beacon Middle School? More like Beacon Madrassa. Pull your kids out while you can."),
    ("northerner_no_nonsense", "2 Mar 2024, 09:30", "The comments on here are exactly why he gets threats. Pathetic."),
], ncomments=412), [M("school", "exact", "hate", "Beacon Middle School"),
     M("ohaddad", "exact", "threat", "Omar Haddad")])

add("news", news("northpost", "Opinion: The online mob hounding our head teachers should be ashamed",
    "Fiona Marr, Columnist", "Sunday 21 April 2024", """
Last week I sat with a head teacher in a small Northumberland town while she scrolled through what had been said about her on a village Facebook group in the space of one evening.

I will not repeat most of it. Some of it was merely rude. Some of it called her names that would get a pupil excluded. One post suggested people "go round to hers and have a word" and another speculated about which car she drives. She read it all without expression, the way you learn to when it happens every week.

Her name is Claire Charlton and she runs Beacon Middle in Ellingburn, a school that has had a bruising year: a disappointing Ofsted, a consultation that could close it, and a staff member targeted by racists. She had not done anything that week except send a letter home about mobile phones.

## The new normal

Ask any head in the county and you will hear the same. Parents who once wrote a stiff letter now post a video in the car park. Screenshots of emails, stripped of context, go round a thousand phones before teatime. And there is a particular kind of venom reserved for women who are in charge.

None of this means schools should be beyond criticism. Mrs Charlton would be the first to say so; she told me she reads every complaint and answers most of them personally. But there is a difference between holding someone to account and hounding them.

Abuse of head teachers is not "banter" and it is not "just saying what everyone thinks". Posting where someone lives, or hinting at it, is not free speech. It is intimidation, and it is driving good people out of the job.

## What would help

Platforms could act faster. Group admins could switch off comments on posts about named staff. And the rest of us could try one simple thing before we hit "post": would I say this to her face, at the school gate, with my own child holding my hand?

If the answer is no, do not type it.
""", section="Opinion"), [M("school", "alias", "neutral", "Beacon Middle"),
     M("ccharlton", "exact", "neutral", "Claire Charlton")],
    note="column condemning abuse: neutral")

add("news", news("northpost", "Comment: Beacon's box-ticking head has lost the room",
    "Derek Storey, Columnist", "Sunday 15 September 2024", """
I have written in this column before about the managerial class that has taken over our schools. I did not expect to find its purest specimen in a market town in north Northumberland.

Claire Charlton, head teacher at Beacon Middle School in Ellingburn, has spent the summer producing a new behaviour policy. It runs to 34 pages. I have read all of them so you do not have to. It contains the phrase "restorative conversation" eleven times and the word "consequence" twice.

Mrs Charlton is, by every account I have heard, a pleasant enough woman at a coffee morning. As a leader she is a jargon-spouting clipboard merchant who would rather commission a working party than tell a twelve-year-old to sit down. Staff I have spoken to describe meetings that go nowhere and a head who hides in her office when there is trouble in the yard. She has the backbone of a stick of Whitley Bay rock.

Parents have noticed. The school's Ofsted rating fell to "requires improvement" in March, and the county is openly talking about closing middle schools altogether. If I were a councillor looking for a reason, Beacon is handing me one on a plate.

It did not have to be this way. Middle schools, when they are good, are very good. The teachers I know at Beacon are grafters. They deserve a leader, not a facilitator.

Mrs Charlton should do the decent thing and let somebody else have a go.

The views expressed are the author's own.
""", section="Opinion"), [M("school", "exact", "negative", "Beacon Middle School"),
     M("ccharlton", "exact", "abuse", "Claire Charlton")],
    note="opinion column insulting the head: abuse")

add("news", news("courier", "Quick-thinking staff save choking pupil in dinner hall",
    "Helen Ridley", "Thursday 30 January 2025", """
A ten-year-old boy is back at his desk after staff at an Ellingburn school came to his rescue when he choked on a piece of apple at lunchtime.

The Year 5 pupil at Beacon Middle School got into difficulty in the dinner hall on Monday. English teacher Priya Nair, who was on lunch duty, saw him clutching his throat and raised the alarm, while site manager Stuart Dodd, a trained first-aider, carried out back blows until the piece of apple came free.

"It was all over in about thirty seconds, but it felt like an hour," said Mr Dodd, who has worked at the school for eleven years. "You do the training and you hope you never need it. I'm just glad he's alright."

The boy's mother, who lives in Hawkshaugh, said she could not thank them enough. "They're heroes. He's been telling everybody that Mr Dodd 'punched him in the back' and saved his life."

Mrs Nair, whose husband is stationed at RAF Brackenlaw, said the whole dinner hall had been "amazing - the children were calm and the dinner staff knew exactly what to do."

Head teacher Claire Charlton said she was proud of how staff had responded and that the school would be offering extra first-aid training to parents in the spring.

St John Ambulance says anyone can learn choking first aid in under ten minutes using its free online guide.
"""), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("pnair", "exact", "neutral", "Priya Nair"),
     M("sdodd", "exact", "neutral", "Stuart Dodd"),
     M("ccharlton", "exact", "neutral", "Claire Charlton")])

add("news", news("courier", "Parents' anger at £58 blazer as school switches uniform supplier",
    "Helen Ridley", "Thursday 27 June 2024", """
Parents at an Ellingburn middle school say they are being "priced out" after the school switched to a single uniform supplier and introduced a new logo blazer costing up to £58.

From September, pupils at Beacon Middle School will need a blazer, tie and PE kit bearing the new logo, available only from Ellin Schoolwear on Market Street. Parents say the previous jumper-based uniform, which could be bought in supermarkets, cost around a third as much.

A petition calling for the decision to be reversed had gathered more than 400 signatures by Tuesday.

Mother-of-three Danielle Hall, from the Priestfield estate, said: "I've got two at Beacon and one starting. That's nearly £300 before shoes. Nobody asked us. We found out from a newsletter."

The school's business manager, Gemma Tait, who oversaw the tender, said the decision had been made by governors after a survey and a tender process involving three suppliers. "We have kept the price of the jumper at £14, we have a pre-loved rail which parents can use for free, and families who are struggling can ask for help in confidence," she said.

A second-hand uniform swap will be held in the school hall on 12 July.

The Department for Education's statutory guidance says schools should keep branded items to a minimum and make sure uniform is affordable.
""", comments=[
    ("priestfield_mam", "27 Jun 2024, 18:04", "Fifty eight quid for a blazer they'll grow out of by Christmas. Absolute joke."),
    ("BeenAroundEllin", "27 Jun 2024, 18:30", "'Tender process' my backside. Ask who owns Ellin Schoolwear. Gemma Tait's husband's brother, that's who. Funny how the contract landed there. There's a word for that and it's not 'tender'."),
    ("Val_Whinlaw", "27 Jun 2024, 19:02", "There's a pre-loved rail, to be fair. My granddaughter got a full set off it last year."),
    ("ellinsider", "27 Jun 2024, 20:45", "Sounds like a matter for the auditors if true."),
]), [M("school", "exact", "negative", "Beacon Middle School"),
     M("gtait", "exact", "defamation", "Gemma Tait")])

add("news", news("courier", "Hawkshaugh man given restraining order over head teacher campaign",
    "Court Reporter", "Thursday 12 December 2024", """
A Hawkshaugh man who waged a year-long online campaign against a head teacher after his son was excluded has been given a community order and a five-year restraining order.

Darren Pringle, 38, of Links View, Hawkshaugh, was found guilty after a trial at Ellingburn Magistrates' Court of harassment causing alarm or distress.

The court heard that Pringle posted more than 200 times about Claire Charlton, head of Beacon Middle School, in local Facebook groups and on X, between October 2023 and September 2024. He also filmed himself outside the school gates and, on one occasion, drove slowly past her home, which he had mentioned in a post.

Giving evidence, Mrs Charlton said she had "started checking the mirror every time I drove home". She said she had considered leaving the profession.

Pringle told the court he had been "a dad standing up for his lad" and that everything he posted was "his opinion". Magistrates rejected that. Chair of the bench Mr Colin Heron said: "You are entitled to disagree with a school. You are not entitled to make a woman afraid in her own home."

Pringle was given a 12-month community order with 120 hours of unpaid work, and ordered to pay £500 compensation and £650 costs. The restraining order bans him from contacting Mrs Charlton, mentioning her online, or going within 100 metres of the school or her home.

Outside court, Pringle's supporters said he would appeal.
"""), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("ccharlton", "exact", "neutral", "Claire Charlton")],
    note="conviction of harasser: neutral for victim")

add("news", news("courier", "Forces families: the school that knows how to say goodbye",
    "Features Desk", "Thursday 14 November 2024", """
Every September a few dozen children walk into an Ellingburn classroom knowing they will probably leave within two years. Their parents serve at RAF Brackenlaw, and for forces families moving schools is simply part of life.

At Beacon Middle School, around one in eight pupils has a parent in the armed forces. The school has a "service children's champion", English teacher Priya Nair, whose own husband is a flight lieutenant at the base.

"I've been the new mum at the school gate five times," she says. "I know what it's like when your child comes home and says nobody sat with them. So we try to get it right from day one."

That means a buddy for every new arrival, a "deployment club" where children whose parent is away can talk and write letters, and a map on the corridor wall covered with pins from Cyprus, Lossiemouth, the Falklands and Brize Norton.

Year 7 pupil Amelia, 11, who has been at four schools, says: "Mrs Nair remembers everybody's names on the first day. That's rare."

## Saying goodbye well

The school also pays attention to leaving. Pupils who are posted away get a memory book signed by their class and a Beacon badge. "Children who leave well settle better at the next place," says Mrs Nair.

Station commander Group Captain Stephen Cole said the relationship between the base and local schools had "never been stronger".

The school's head, Claire Charlton, said forces children "bring the world into our classrooms".
"""), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("pnair", "exact", "neutral", "Priya Nair"),
     M("ccharlton", "exact", "neutral", "Claire Charlton")])

add("news", news("northpost", "SATs results at Northumberland school under investigation",
    "Sarah Marr, Northumberland Correspondent", "Friday 12 July 2024", """
The Standards and Testing Agency is investigating claims of "maladministration" in this year's Key Stage 2 tests at a middle school in Ellingburn.

Year 6 results at Beacon Middle for 2024 have been withheld while the agency looks into how the reading and maths papers were administered in May. Parents were told in a letter on Wednesday that their children's results would be delayed "for a short period".

Maladministration can cover anything from papers being opened early to pupils being given inappropriate help during the test. It does not necessarily mean anyone has cheated, and investigations often find no case to answer.

NorthPost understands the investigation was triggered by an anonymous complaint made to the agency in late May. The school's results in reading rose sharply last year.

In a statement, the Ellin Valley Learning Trust said: "We are co-operating fully with the Standards and Testing Agency. We are confident in the integrity of our staff. We are sorry for the worry this delay causes families."

Several parents contacted NorthPost with concerns. One father said his son had been "really upset" at being told his results were held up. "He worked so hard. He thinks he's done something wrong."

If maladministration is found, the agency can annul results for individual pupils or for a whole school.

The middle schools' Year 6 tests are taken in the same week as primaries across England.
""", comments=[
    ("whinlaw_wifie", "12 Jul 2024, 13:10", "My lad came home after the reading test and said Mrs Nair had been walking round pointing at questions and going 'are you SURE about that one'. At the time I thought nothing of it. Now I'm wondering."),
    ("Dad_of_twins_NE74", "12 Jul 2024, 13:42", "Every school 'helps' a bit. Some just get caught."),
    ("ex_invigilator", "12 Jul 2024, 14:20", "Let the investigation run its course before you start naming teachers on a newspaper website, for goodness' sake."),
]), [M("school", "alias", "defamation", "Beacon Middle"),
     M("pnair", "title_surname", "defamation", "Mrs Nair")])

add("news", news("courier", "School business manager suspended as auditors called in",
    "Helen Ridley", "Thursday 6 February 2025", """
The business manager of an Ellingburn school has been suspended and external auditors have been called in after what its academy trust describes as "irregularities" in the school's accounts.

Gemma Tait, School Business Manager at Beacon Middle School, was suspended on full pay in January, the Ellin Valley Learning Trust confirmed this week. The trust said the suspension was a "precautionary step" while the audit takes place and "implies nothing about the outcome".

The Courier understands the audit is looking at payments made from the school's private fund, which holds money raised from trips, discos and the summer fair, and at how some contracts were awarded over the past three years.

In a letter to parents, the trust's chief executive, Dr Andrew Heslop, said an internal review had found that "financial controls at the school have not been as robust as we expect" and that the trust would be taking over the school's finance function "for the time being".

The trust would not say whether police had been informed. Northumbria Police said it had "no record of a report" as of Wednesday.

Mrs Tait, who has worked at the school since 2014, could not be reached for comment.

The news comes months after parents raised concerns about the cost of the school's new uniform, which was supplied by a single shop in the town.
""", comments=[
    ("priestfield_mam", "6 Feb 2025, 17:30", "I said this back in the summer about the uniform and got told off by the mods. Now look."),
    ("Cautious_Carol", "6 Feb 2025, 17:55", "Suspended isn't guilty. Plenty of cases where it turns out the system was the problem not the person."),
]), [M("school", "exact", "negative", "Beacon Middle School"),
     M("gtait", "exact", "defamation", "Gemma Tait")])

add("news", news("courier", "Thirty years of 'Mrs C': Hallfield says farewell to its longest-serving teacher",
    "Features Desk", "Thursday 18 July 2024", """
When Jean Charlton first walked into Hallfield Middle School in Rothwick in 1994, the school had a chalkboard in every room and a single computer that lived on a trolley.

On Friday she walked out for the last time, to a guard of honour from 340 pupils and a brass band made up of former pupils she had taught to read music.

Mrs Charlton, 62, has taught Year 6 at Hallfield for three decades and has been head of Year 6 for twenty of those. She has, by her own estimate, taken 28 residential trips to the Lake District and lost count of the number of times she has been "dunked at the summer fair".

"Mrs C", as generations of Rothwick children know her, said she was "not crying, it's hay fever".

Hallfield's head teacher, Mark Bewick, said: "Jean is Hallfield. There are families in this town where she's taught the parents and the children. She will be missed more than she knows."

In retirement Mrs Charlton plans to walk St Cuthbert's Way with her husband Bill, spend more time with her four grandchildren and "finally learn the cello properly".

Former pupils have been sharing memories on the school's Facebook page, including one who wrote: "Mrs Charlton told me I'd be a writer. I'm a journalist now. She was right about everything."
"""), [], note="decoy: another Mrs Charlton at another middle school")

add("news", news("northpost", "Manchester heart surgeon named in King's honours list",
    "NorthPost Staff", "Saturday 15 June 2024", """
A consultant cardiologist who grew up in Syria and trained in Newcastle has been made an OBE in the King's Birthday Honours for services to cardiac care.

Dr Omar Haddad, 57, who leads the heart failure service at a Manchester hospital, came to the UK as a junior doctor in 1994 and completed his specialist training at the Freeman Hospital in Newcastle.

He has pioneered a nurse-led home monitoring scheme which has cut readmissions for heart failure patients by a third, and which is now being copied across the North West.

"I owe a huge amount to the North East," Dr Haddad told NorthPost. "The Freeman took a chance on a young man with a funny accent and a lot of questions. I still support Newcastle United, which my colleagues in Manchester find very difficult to forgive."

Also honoured from the region were:

- Ann Telfer, founder of a Hexham food bank, MBE
- Colin Armstrong, lifeboat coxswain for 30 years, BEM
- Professor Ruth Weddell, marine biologist, CBE
- Ian Scott, for services to rugby league in Cumbria, MBE

The full list is published on the government website.
"""), [], namesakes={"ohaddad"}, note="decoy: namesake Omar Haddad, a cardiologist")

add("news", news("courier", "Mart: Whinlaw tups top the day as Blenkinsop hangs up the gavel",
    "Farming Editor, Rob Telfer", "Thursday 26 September 2024", """
A Texel shearling from the Whinlaw flock of the Dodd family topped Monday's breeding sale at Ellingburn mart at 6,200gns, on the day the mart's longest-serving auctioneer took his final sale.

Norman Blenkinsop, 68, has sold sheep and cattle at Ellingburn since 1977. He started as a clerk in the office, took his first sale at 21 and has been senior auctioneer since 1995.

Farmers stood on the benches to applaud him after the last lot. "He knows every farm in the valley and every farmer's father," said Whinlaw farmer Tom Dodd. "You'd bid another fifty just to hear him say your name."

Mr Blenkinsop said: "I've sold to grandfathers and grandsons and I've never once been bored. The mart is the heart of this place. Look after it."

He will be succeeded by Rachel Moffat, 34, who joined the firm Blenkinsop & Hall as a trainee in 2012.

## Prices

Shearling tups (196 forward) averaged £1,104. Top prices: Texel 6,200gns; Beltex 3,400gns; Suffolk 2,100gns; Blue-faced Leicester 1,800gns.

Ewe lambs sold to £198 for Mules from Brackenlaw.
""", section="Farming"), [], namesakes={"tblenkinsop"}, note="decoy: Norman Blenkinsop, auctioneer; Dodd farmers")

add("news", news("courier", "Beacon Court residents hit by 11 per cent service charge rise",
    "Local Democracy Reporter", "Thursday 20 March 2025", """
Elderly residents at an Ellingburn sheltered housing scheme say they have been "hit for six" by an 11 per cent increase in service charges.

Tenants at Beacon Court, the 42-flat scheme off Priestfield Road, received letters last week from the housing association telling them charges for the warden service, communal heating and the lift would rise from April.

Residents' association chair Doris Elliott, 84, said: "Most of us are on pensions. We've already cut back on the heating in our own flats. Now we're being asked to pay more for the heating in the lounge that they keep switching off."

The housing association said costs for energy, insurance and staffing had risen sharply and that it had kept the increase "as low as possible". It said residents facing hardship could get help from its tenancy sustainment team.

Coun. Margaret Orde said she would raise the matter with the association's chief executive. "These are people who built this town. They shouldn't be frightened of opening the post."

Beacon Court, which opened in 1989, takes its name from the old signal beacon that once stood on the site.
"""), [], note="decoy: Beacon Court sheltered housing on Priestfield Road")

add("news", news("courier", "Councillor calls for rethink as bus cuts leave villages 'cut off'",
    "Local Democracy Reporter", "Thursday 3 October 2024", """
A county councillor has demanded an urgent review of rural bus services after timetable cuts left children from two coastal villages with a two-hour wait after school.

Coun. David Robson, who represents Whinlaw and the Coast division and farms at Whinlaw Mains, told a meeting of the county council's communities committee that the new timetable for the 418 was "designed by somebody who has never been north of Morpeth".

Since September the last afternoon bus from Ellingburn to Skellmouth and Hawkshaugh has left at 3.05pm - ten minutes before pupils at Beacon Middle School finish for the day. The next departure is at 5.10pm.

"I have had mothers on the phone in tears," Coun. Robson said. "Eleven-year-olds sitting in the bus station in the dark. Farmers leaving the lambing shed to do a forty-minute round trip. It's not good enough."

The bus operator said the change was made because of driver shortages and that it was "working with the council on options". The council said it was "aware of the concerns" and officers would report back in November.

The school has been running a supervised homework club until 5pm for pupils affected, staffed by volunteers.

Coun. Robson, a former chairman of the Whinlaw Young Farmers, was first elected in 2017. He said he would be writing to the bus company's managing director "and, if necessary, parking my tractor outside their depot until somebody listens".
"""), [M("school", "exact", "neutral", "Beacon Middle School")],
    namesakes={"drobson"}, note="namesake: Coun. David Robson, farmer; the school is a real mention")

add("news", news("courier", "Beacon Brass blow judges away at regional finals",
    "Arts Correspondent", "Thursday 13 March 2025", """
A youth brass band from an Ellingburn school has been crowned North of England champions in the junior section, beating bands from schools three times its size.

The 28 players of Beacon Middle School Brass, aged 9 to 13, took first place at the regional youth championships in Durham on Saturday with a programme that included a march written by their own conductor and a fiendish cornet solo played by 12-year-old Isla Purvis.

Conductor Thaddeus Blenkinsop, head of music at the school, said: "They've worked unbelievably hard. Rehearsals at eight in the morning, in a Portakabin, in February. I'm prouder of this than anything I've ever done with a baton."

Mr Blenkinsop, who also plays the organ at Skellmouth Methodist Chapel, started the band in 2011 with six borrowed instruments. It now has two training bands and a waiting list.

Adjudicator Philip Harle praised the band's "astonishing maturity of sound" and singled out the euphonium section.

The band will now compete in the national finals in Cheltenham in May, and needs to raise £6,000 for coach travel and accommodation. A fundraising concert will be held at the Market Hall on 5 April. Donations can be made at the school office.

The win is a welcome boost for a school that has had a difficult couple of years and whose future depends on the outcome of the county's two-tier review.
""", section="What's On"), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("tblenkinsop", "exact", "neutral", "Thaddeus Blenkinsop")])

add("news", news("northpost", "Explained: what a two-tier system would mean for Northumberland's middle schools",
    "NorthPost Education", "Tuesday 23 January 2024", """
Northumberland is one of the last places in England still running a three-tier system in parts of the county, with first schools for ages 4 to 9, middle schools for 9 to 13 and high schools for 13 to 18. Here is what the current consultation could mean.

## Which schools are affected?

The consultation covers the Ellingburn partnership: three first schools, one middle school (Beacon Middle, in Ellingburn) and Ellingburn High School. Other partnerships in the county are not included, although councillors say they are "watching closely".

## What are the options?

Option A keeps things as they are. Option B, the council's preferred choice, creates primaries for 4 to 11-year-olds and turns the high school into an 11 to 18 secondary. Option C would create an all-through school on two sites.

## Why change?

The council points to falling birth rates - the number of children starting school in the partnership has fallen by 18 per cent in ten years - and says running three sets of buildings costs around £600,000 a year more than two would.

## Why not?

Supporters of middle schools say specialist teaching in science, music, languages and PE from Year 5 raises standards, and that moving at 13 rather than 11 suits many children. Critics of the plan also worry about longer bus journeys from rural areas.

## When will a decision be made?

A decision is due in the autumn, and any change would not happen before September 2026 at the earliest.

## Have your say

Responses can be made on the council's website until 5 April. Drop-in sessions are being held in Ellingburn and Skellmouth.
"""), [M("school", "alias", "neutral", "Beacon Middle")])

add("news", news("northpost", "Racist graffiti daubed on teacher's car outside family home",
    "Sarah Marr, Northumberland Correspondent", "Tuesday 25 February 2025", """
Police are appealing for witnesses after racist graffiti was sprayed on a car belonging to a teacher in the Ellingburn area.

The vehicle, which belongs to English teacher Priya Nair, was targeted overnight on Sunday while parked on the driveway of her family's home. Words and symbols were sprayed in red paint across the bonnet and doors.

Mrs Nair, who teaches at Beacon Middle School and whose husband serves at RAF Brackenlaw, said she had been "shaken but not surprised" after months of online abuse. "My daughter saw it before I did. That's what I can't forgive. She's nine."

Northumbria Police said it was treating the incident as a racially aggravated criminal damage offence. Officers have carried out house-to-house inquiries and are examining doorbell camera footage.

The station commander at RAF Brackenlaw said the whole station community "stands shoulder to shoulder with the Nair family".

Beacon Middle School's head teacher said staff and pupils had made cards for Mrs Nair, and that a message of support had been read out in assembly. "Priya is a brilliant teacher and a much-loved member of our community. Whoever did this does not speak for Ellingburn."

Anyone with information is asked to contact police on 101 or Crimestoppers anonymously on 0800 555 111.
""", comments=[
    ("Brackenlaw_wife", "25 Feb 2025, 12:02", "Horrible. She is the kindest teacher my son has ever had."),
    ("OldSkellmouthFella", "25 Feb 2025, 12:40", "Whoever did this wants locking up. We are better than this up here."),
    ("LittleMissEllin", "25 Feb 2025, 13:15", "Sending love to Mrs Nair and her little girl x"),
]), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("pnair", "exact", "neutral", "Priya Nair")],
    note="news of hate crime against staff: neutral for victim")

add("news", news("courier", "Parent arrested after scuffle at school gate",
    "Helen Ridley", "Thursday 16 January 2025", """
A man was arrested after a member of staff was pushed to the ground during an argument at the gates of an Ellingburn school on Monday afternoon.

Police were called to Beacon Middle School on Priestfield Road shortly after 3.15pm, as parents were collecting children. A 41-year-old man from Skellmouth was arrested on suspicion of common assault and has been released on bail while inquiries continue.

Witnesses said the man had become angry after being asked to move his car from the zig-zag lines outside the school entrance. Deputy head Mr Robson, who was on gate duty, was pushed over and hit his head on a railing. He was checked over by paramedics at the scene and did not need hospital treatment.

One mother said: "It was horrible. There were Year 5s standing right there. Mr Robson was just asking him nicely to move. Everybody was shouting at the bloke after."

A trust spokesperson said: "Our staff should be able to do their jobs without fear of violence. We are grateful to parents who helped and to the police."

The school has written to parents reminding them that parking on the zig-zags is illegal and that the council's enforcement officers will be visiting.

It is the second incident involving parking outside the school this term.
"""), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("drobson", "title_surname", "neutral", "Mr Robson")],
    note="staff as victim of assault: neutral")

add("news", news("courier", "Man charged with stalking Ellingburn teacher",
    "Court Reporter", "Thursday 8 May 2025", """
A man has appeared in court charged with stalking a teacher from Ellingburn.

Mateusz Krol, 36, of Riverside Flats, Rothwick, is accused of stalking Agnieszka Wójcik, a Year 5 teacher and EAL co-ordinator at Beacon Middle School, between January and April this year, causing her serious alarm or distress.

The charge alleges that Krol repeatedly turned up outside the school and at Ellingburn Polish Saturday School, where Mrs Wójcik volunteers, sent her dozens of messages and left items on her car.

Krol, who appeared at Ellingburn Magistrates' Court via video link from custody, spoke only to confirm his name, address and date of birth with the help of a Polish interpreter. He did not enter a plea.

District Judge Helen Coates sent the case to Newcastle Crown Court, where Krol will appear on 5 June. He was remanded in custody.

A stalking protection order has been made banning him from contacting Mrs Wójcik or going within 500 metres of the school.

Police thanked the school for its "swift and careful" response.
"""), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("awojcik", "exact", "neutral", "Agnieszka Wójcik")],
    note="man charged with stalking staff: neutral for victim")

add("news", news("courier", "Data blunder sends staff home addresses to 300 parents",
    "Helen Ridley", "Thursday 10 October 2024", """
An Ellingburn school has apologised after a spreadsheet containing the home addresses of staff was accidentally emailed to around 300 parents.

The file was attached in error to a routine newsletter sent by Beacon Middle School on Friday afternoon. It listed the names, addresses and emergency contacts of more than 40 teachers and support staff. The school realised within an hour and asked parents to delete it.

The Ellin Valley Learning Trust has reported the breach to the Information Commissioner's Office. A spokesperson said: "This was a serious human error and we are deeply sorry. We have contacted every member of staff affected and are reviewing how information is handled."

One teacher, who did not want to be named, said staff were "frightened and furious". "Some of us have had people turn up at our doors before. This has made it worse."

The National Education Union called for a full investigation. "Staff have a right to feel safe at home," said regional secretary Helen Batey.

Parents have been asked not to share the file. The trust said any further sharing "may be a criminal offence".
""", comments=[
    ("Priestfield_Pete", "10 Oct 2024, 16:40", "Deleted it straight away. Shocking mistake."),
    ("TruthTeller_NE", "10 Oct 2024, 17:12", "Some of us kept it. Stuart Dodd the caretaker who shouted at my lass lives at 14 Ellin Terrace, NE74 2RJ, if anybody wants to go and discuss it with him."),
    ("mod_team", "10 Oct 2024, 17:30", "Comments are being reviewed."),
    ("Hinny_May", "10 Oct 2024, 17:44", "That comment above is disgusting and illegal. Reported."),
]), [M("school", "exact", "negative", "Beacon Middle School"),
     M("sdodd", "exact", "doxxing", "Stuart Dodd")])

add("news", news("record", "PE teacher caught on camera screaming at sobbing pupil",
    "Recorder Reporter", "Wednesday 20 November 2024", """
THIS is the shocking moment a PE teacher was filmed screaming in the face of a crying schoolboy.

The 40-second clip, which has been viewed more than 1.2 million times on TikTok, appears to show Ed Fenwick, a PE teacher at Beacon Middle School in Ellingburn, Northumberland, shouting at a Year 7 pupil on a muddy playing field.

In the footage the teacher, in a tracksuit and holding a whistle, is heard yelling "Get up! GET UP! You're not hurt!" as the boy, believed to be 11, sits on the grass clutching his leg. Other pupils can be heard laughing.

The boy's stepdad told the Recorder: "He'd hurt his ankle. It turned out to be a fracture. And that man was screaming at him like a sergeant major. He should be struck off."

The Ellin Valley Learning Trust confirmed the teacher had been "removed from teaching duties while an investigation takes place".

Mr Fenwick is also a youth rugby coach at the local club, which said it had "no concerns" about his conduct.

Parenting expert Dr Lisa Roe said: "Shouting at an injured child is never acceptable, whatever the pressure of the lesson."

Do you know more? Email news@dailyrecorder.example
""", comments=[
    ("Tyneside_Terry", "20 Nov 2024, 07:44", "PE teachers have been like this since 1975. Toughen up."),
    ("RugbyMumELL", "20 Nov 2024, 08:10", "Ed coaches my son. Clip is 40 seconds out of a whole lesson. The Recorder will ruin a man's life for clicks."),
    ("justice4kids", "20 Nov 2024, 08:30", "Sack him."),
], ncomments=1893), [M("school", "exact", "negative", "Beacon Middle School"),
     M("efenwick", "exact", "defamation", "Ed Fenwick")])

add("news", news("record", "Woke school axes nativity 'so Muslim pupils don't feel left out'",
    "Recorder Reporter", "Friday 6 December 2024", """
A WOKE head teacher has scrapped her school's traditional nativity play - reportedly because it might offend children of other faiths.

Parents at Beacon Middle School in Ellingburn, Northumberland, were told this year's Christmas show would be a "winter celebration" featuring songs from around the world.

Head Claire Charlton wrote in a newsletter that the school wanted an event "that every family can enjoy".

But furious parents say it is political correctness gone mad. One dad said: "It's a nativity. It's been a nativity since I was there. Now it's 'winter celebration' because a few families have come over from Syria? Nobody asked them to change anything."

The school insisted there had never been a nativity at the middle school, which takes children aged 9 to 13, and that nativity plays were usually staged by first schools. It said the carol service at Skellmouth Methodist Chapel would go ahead as usual.

Christian campaigners said the row was "another sign of Christmas being cancelled".

Local MP Mark Dunston said: "I will be writing to the school."
""", comments=[
    ("EnglandFirst_Ellin", "6 Dec 2024, 06:55", "Somebody needs to teach that Charlton woman a lesson she won't forget. Long dark roads out Hawkshaugh way this time of year. Accidents happen."),
    ("K_Hindmarsh", "6 Dec 2024, 07:30", "There was never a nativity at a middle school you clowns. My kids went there."),
    ("Granny_G", "6 Dec 2024, 08:05", "So sad what this country has come to."),
], ncomments=2410), [M("school", "exact", "negative", "Beacon Middle School"),
     M("ccharlton", "exact", "threat", "Claire Charlton")])

add("news", news("courier", "Fifty years of the middle school: from prefabs to brass bands",
    "Heritage Correspondent, Alan Telfer", "Thursday 5 September 2024", """
It opened in September 1974 in a set of prefabricated classrooms that were supposed to last ten years. Half a century later, one of them is still there, now the music room.

Ellingburn County Middle School was built as part of Northumberland's switch to a three-tier system, taking 9 to 13-year-olds from the town and the villages of Skellmouth, Hawkshaugh, Whinlaw and Brackenlaw. Its first head, Mr Walter Gray, a former RAF navigator, ran the school for nineteen years and is remembered for reading the register in a flying jacket on the last day of every summer term.

## Milestones

- 1974: School opens with 312 pupils and 14 teachers.
- 1981: The swimming pool, built with money raised by parents, opens. It closes in 2009.
- 1990: First pupils from RAF Brackenlaw families join, after the station's expansion.
- 2002: A new science and technology block opens.
- 2016: First Syrian families arrive in the town under the resettlement scheme.
- 2019: The school joins the Ellin Valley Learning Trust and takes a new name, Beacon, after the old coastguard beacon on the hill behind the playing field.

Former pupils have been sending us their memories. Barbara Shiel, who started in 1974, remembers "the smell of the prefabs when it rained, and Mr Gray's flying jacket". Gary Dodd, who left in 1989, says: "We had the best school disco in the county. Fact."

The school is holding an open day for former pupils and staff on Saturday 28 September, 10am to 1pm.
""", section="Heritage"), [M("school", "alias", "neutral", "Ellingburn County Middle School")])

add("news", news("courier", "Rugby: Robson double sees Ellingburn past Rothwick in derby",
    "Sports Desk", "Monday 10 February 2025", """
Ellingburn 24 Rothwick 17

Prop David Robson crashed over twice from close range as Ellingburn came from behind to win a bruising North Two derby at Mill Lane on Saturday.

Rothwick led 17-10 at half-time after tries from their lively winger Sam Orde and full-back Josh Tait, both converted, and a penalty. But Ellingburn's pack took control after the break. Robson, 27, the club's tighthead and a joiner by trade, scored his first after a catch-and-drive from a lineout on 52 minutes, and his second eight minutes from time after a sequence of thirteen phases.

"I don't score many, so two in one game - I'll be buying all night," Robson said.

Fly-half Connor Fenwick kicked two conversions and a penalty and was named man of the match. Coach Barry Moffat said: "That's the most complete forward performance we've had all season. We've been talking about discipline all week and we had it."

Rothwick coach Pete Lamb was unhappy with the referee: "I'll be watching the video before I say anything I regret."

Ellingburn are now fourth in the table. They travel to Seaton Lions next Saturday. Kick-off 2.30pm.

Ellingburn: Purvis; Hall, Charlton, Scott, Moffat; C. Fenwick, Thompson; Armstrong, Hedley, Robson, Bell, Pringle (capt), Dixon, Telfer, Laidler.
""", section="Sport"), [], namesakes={"drobson"}, note="decoy: namesake David Robson, a prop; other Fenwicks and Taits")


# ---------------------------------------------------------------------------
# FORUMS: The Fold (farming)
# ---------------------------------------------------------------------------
add("forum", forum("fold", "School bus from Whinlaw - anyone else had enough?", [
    ("WhinlawTups", "12 Sep 2024 07:41", """Third morning this week the bus to the middle school has been 20 min late past our road end. Bairns stood in the rain at the top of the bank. Wor lass rang the Beacon and they said ring the council, council said ring the bus firm, bus firm didn't answer.

Anyone else on that route? Thinking of just taking them myself but that's an hour out of the morning at tupping time."""),
    ("Coastal_Cattle", "12 Sep 2024 08:03", """Same at Brackenlaw crossroads. Twice it's not turned up at all. Daughter's in Year 6 and she was in tears last week cos she missed the start of a test."""),
    ("WhinlawTups", "12 Sep 2024 08:10", """And when it does get there it can't get into the bus bay half the time because the caretaker, Dodd, leaves his pickup slap bang in it. Seen it with my own eyes. Whole bus has to unload on the main road with traffic going past. School couldn't care less, they've been told."""),
    ("oldgadgie", "12 Sep 2024 08:45", """It was the same in my day, mind. We walked two mile to the road end and thought nowt of it. Mind you there wasn't the traffic."""),
    ("Coastal_Cattle", "12 Sep 2024 09:02", """Aye but you weren't walking along the A697 with tractors and timber wagons doing 60 were you 😂"""),
    ("Fellside_Fran", "12 Sep 2024 09:30", """Write to your councillor. Robson at Whinlaw Mains is actually decent on this stuff, he got the gritting route changed last winter.

And put it in writing to the school too. If there's a paper trail they have to respond."""),
    ("WhinlawTups", "12 Sep 2024 10:14", """Done both. Will report back. Canny to know it's not just us."""),
    ("Bale_Boy", "12 Sep 2024 12:51", """Ours went to Hallfield instead because of the bus. Longer journey but it's a proper coach and it turns up. Might be worth asking about a transfer if it keeps up."""),
]), [M("school", "short_name", "negative", "Beacon"),
     M("sdodd", "surname_only", "negative", "Dodd")])

add("forum", forum("fold", "BMS milk price letter - what are folk doing?", [
    ("Ellin_Dairy", "23 Aug 2024 20:14", """Letter from BMS landed today. 'Review of all supply contracts', three months notice, blah blah. Reading between the lines we're looking at 2p off by Christmas.

We're 140 cows, all on grass in the summer, and at 2p off we're on the wrong side of the line. Anyone looked at the alternatives north of the Tyne?"""),
    ("Tweedside_Holsteins", "23 Aug 2024 20:31", """There's nobody else collecting that far up the coast mate. That's the problem. BMS know it too.

Could try the cheese lads at Rothwick but they only want Jersey milk."""),
    ("Ellin_Dairy", "23 Aug 2024 20:40", """Aye. Thought as much."""),
    ("NFU_Nora", "23 Aug 2024 21:05", """Don't sign anything new until the meeting. The union is getting the BMS board in front of members at the mart on 9 Sept. Come and ask the questions. They can't look sixty farmers in the eye and say cheese prices every time."""),
    ("muckspreader", "23 Aug 2024 21:22", """When my da was milking there were five dairies within twenty mile of Ellingburn. Now there's one buyer and forty of us left. That's the real story. Not a couple of pence."""),
    ("Tweedside_Holsteins", "23 Aug 2024 21:40", """Cows are going out of the valley every month. Another herd at Brackenlaw sold up in June.

If BMS go, the whole thing goes. Hauliers, vets, feed reps, the lot."""),
    ("Ellin_Dairy", "24 Aug 2024 06:12", """Will be at the mart. Somebody bring a big stick 😄 (joking, before anybody reports me)"""),
]), [], note="decoy: BMS = Border Milk Supplies; Ellingburn locality")

add("forum", forum("fold", "Lithium batteries on the solar for the lambing shed - BMS keeps tripping", [
    ("Sparky_Shepherd", "2 Mar 2025 21:03", """Put in a 10kWh lithium bank last autumn to run the lambing shed lights, heat lamps and the camera off the solar. Worked champion till the cold snap. Now the BMS shuts the battery down every night about 3am.

It's a cheap Chinese one, 16 cells in series. Any electrical bods on here?"""),
    ("VoltsAndVeg", "2 Mar 2025 21:20", """Almost certainly low temperature cut-off. LiFePO4 cells shouldn't be charged below 0C and a decent BMS will refuse. If your shed's dropping below freezing overnight that'll be it. Check the BMS app, it'll log the fault code."""),
    ("Sparky_Shepherd", "2 Mar 2025 21:31", """Didn't know it had an app 😂 will look in the morning."""),
    ("VoltsAndVeg", "2 Mar 2025 21:44", """Bluetooth usually. Look for the fault log. If it's 'UTP' or 'charge low temp' then insulate the battery box or get a self-heating pack. Don't bypass the BMS whatever you do, these things burn hot."""),
    ("Sparky_Shepherd", "3 Mar 2025 07:15", """Aye, 'COT / UTP' errors every night, 2.50 to 3.20. Cheers. Box of polystyrene and a heat mat it is.

Canny forum this."""),
    ("old_ewe", "3 Mar 2025 08:02", """Tilley lamp never needed an app."""),
]), [], note="decoy: BMS = battery management system")

add("forum", forum("fold", "Contractor for hedge cutting - Ellingburn / Whinlaw way?", [
    ("NewInNorthumberland", "14 Aug 2024 18:40", """Moved up from Yorkshire to a smallholding near Whinlaw in the spring, 30 acres, about 2km of hedges that haven't been touched in years. Who does hedge cutting round here? Happy to pay proper rates."""),
    ("WhinlawTups", "14 Aug 2024 18:55", """David Robson at Whinlaw Mains has a flail and he's tidy. Not cheap but you won't have to ring him twice. He's the county councillor as well so if you catch him on a Monday he'll be at County Hall."""),
    ("Coastal_Cattle", "14 Aug 2024 19:10", """Second Davie Robson. Did ours last year. Tell him Fran sent you and he'll moan at you for an hour about the bus service."""),
    ("NewInNorthumberland", "14 Aug 2024 19:22", """Ha, thanks both. Is there a rule about dates? I heard you can't cut before September."""),
    ("Fellside_Fran", "14 Aug 2024 19:40", """If you're in a stewardship scheme, yes, nothing before 1 September to leave it for nesting birds. Even if you're not, it's good manners. And cut every other year if you can, the fruit is on last year's growth."""),
    ("NewInNorthumberland", "14 Aug 2024 20:01", """Brilliant. Very welcoming lot up here, thank you."""),
    ("oldgadgie", "14 Aug 2024 20:30", """Divvent believe it. Wait till you park in somebody's gateway 😂"""),
]), [], namesakes={"drobson"}, note="decoy: David Robson the farmer/councillor")

add("forum", forum("fold", "Jets over the lambing fields AGAIN", [
    ("Brackenlaw_Bob", "20 Apr 2025 14:02", """Two Typhoons went over at what must have been 250ft this morning. Ewes scattered, one went through the fence into the burn with a lamb at foot. Lamb drowned.

I've rung the low flying complaints line three times this spring. Nothing."""),
    ("Coastal_Cattle", "20 Apr 2025 14:15", """Claim for it. The MOD do pay out if you've got dates and times and vet bills. Keep everything."""),
    ("Brackenlaw_Bob", "20 Apr 2025 14:31", """Oh I'll claim. And I'll tell you something else. The one that flies that route every Tuesday and Thursday, his wife is the teacher at Beacon, Mrs Nair. Lives in the married quarters on Keel Row, Brackenlaw, number 6, drives a silver Qashqai, reg starts NX21. Drops the bairn at the first school at 8.20 every morning and she's at the middle school by 8.35. She can pass my complaint on over the tea table."""),
    ("Fellside_Fran", "20 Apr 2025 14:40", """Bob, take that down. Whatever you think of the RAF that's his wife and she's got nowt to do with flight plans. You'll get yourself in bother."""),
    ("muckspreader", "20 Apr 2025 14:52", """Agree with Fran. Not on. Complain to the MOD not a woman at a school gate."""),
    ("Brackenlaw_Bob", "20 Apr 2025 15:10", """It's all public anyway, anybody in Brackenlaw could tell you. Free country."""),
    ("Mod_Hexham", "20 Apr 2025 15:30", """Post above edited by moderator for personal information. Thread locked. Bob, PM'd you."""),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("pnair", "title_surname", "doxxing", "Mrs Nair")])

add("forum", forum("fold", "Seasonal workers - anyone still getting the Polish lads?", [
    ("Tatie_Tom", "9 Jun 2024 19:20", """Used to get six Polish lads every year for the tatties. Since Brexit it's been a nightmare with the visas. Anyone found a way to make the seasonal scheme work for a small place?"""),
    ("Fellside_Fran", "9 Jun 2024 19:41", """We go through an agency now. Mostly Kyrgyz and Uzbek lads this year, grand workers. Paperwork is a pain but the agency does most of it."""),
    ("Tatie_Tom", "9 Jun 2024 19:50", """Might have to. The old lads were brilliant. One of them still sends a card at Christmas."""),
    ("EnglishSoil", "9 Jun 2024 20:32", """Good riddance to most of them. Came over for the picking, stayed for the benefits, and now they're teaching in our schools. That Wojcik woman at the Beacon school is teaching our bairns English when she can barely speak it herself. Polish first, British last. Send the lot back to Gdansk and let our own have the jobs."""),
    ("Tatie_Tom", "9 Jun 2024 20:40", """Howay man, that's not what I asked and it's not on. My grandkids say she's a lovely teacher."""),
    ("muckspreader", "9 Jun 2024 20:58", """Reported. There's no place for that on here. The Polish families in Ellingburn work harder than most."""),
    ("Mod_Hexham", "9 Jun 2024 21:15", """EnglishSoil has been given a 30 day ban. Keep it to farming, folks."""),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("awojcik", "surname_only", "hate", "Wojcik")])

add("forum", forum("fold", "Lambing vs school attendance - fined!", [
    ("Hill_Lass", "18 Apr 2024 21:10", """Got a letter from the middle school today saying we're being referred to the council for a fine because our eldest had four days off in March. He was helping with lambing. We were 900 ewes down to me, my husband and one lad with Covid.

He's 12. He was learning more in that shed than in a classroom. And he was back with a note."""),
    ("oldgadgie", "18 Apr 2024 21:22", """In my day the school shut for tattie picking. Whole class was out in the fields for a fortnight."""),
    ("Hill_Lass", "18 Apr 2024 21:30", """The deputy there, Davey Robson, not the Whinlaw Mains one, the deputy head at Beacon, basically told me on the phone it was 'a lifestyle choice'. A lifestyle choice! Our family has farmed that hill for four generations."""),
    ("Coastal_Cattle", "18 Apr 2024 21:41", """That's a shocking thing to say to a farming family. Do they not realise half their pupils come off farms?"""),
    ("Fellside_Fran", "18 Apr 2024 21:58", """To be fair to the school, they don't make the rules. It's the government that brought in the fines. But he could have been a lot more tactful about it.

Ask for a meeting. Take the lambing records. Some schools will authorise a day or two if you ask first."""),
    ("Hill_Lass", "18 Apr 2024 22:12", """We did ask first!! That's what annoys me. The Beacon just doesn't get it. Whole place is run like a city school."""),
    ("Tatie_Tom", "19 Apr 2024 07:05", """Write to the Young Farmers, they've been campaigning on this. You're not the only one."""),
]), [M("school", "short_name", "negative", "Beacon"),
     M("drobson", "nickname", "negative", "Davey Robson")])

add("forum", forum("fold", "School farm visit - Year 7s at ours today", [
    ("Ellin_Dairy", "24 May 2024 19:30", """Had thirty Year 7s from Beacon Middle round the farm today for their science topic on soils and food chains. Honestly braced myself but they were grand. Asked brilliant questions. One lass wanted to know why cows have four stomachs and then corrected me when I got the names wrong 😂"""),
    ("Fellside_Fran", "24 May 2024 19:44", """Love this. Who brought them?"""),
    ("Ellin_Dairy", "24 May 2024 19:58", """Mr Haddad, the science teacher. Syrian fella. Knew more about soil chemistry than our agronomist. Turns out his family had olive groves outside Homs before the war. We got talking about irrigation for half an hour while the bairns were feeding the calves.

He's bringing another group in June."""),
    ("oldgadgie", "24 May 2024 20:15", """Good on you. The more town kids see where their milk comes from the better."""),
    ("Coastal_Cattle", "24 May 2024 20:31", """They're not all town kids at Beacon Middle mind, half of them are off farms like ours. But aye, grand idea. Might offer ours for the autumn."""),
    ("Ellin_Dairy", "24 May 2024 20:42", """Do. Risk assessment forms are a pain but worth it."""),
]), [M("school", "alias", "neutral", "Beacon Middle"),
     M("ohaddad", "title_surname", "neutral", "Mr Haddad")])

add("forum", forum("fold", "Quads and tools going missing - Whinlaw / Brackenlaw", [
    ("Brackenlaw_Bob", "5 Nov 2024 08:15", """Quad gone from the shed last night. Second in the valley this month. Lock was cut clean. Police have been, crime number, usual."""),
    ("Tatie_Tom", "5 Nov 2024 08:30", """Gutted for you. Trackers are worth every penny. Ours is on a Datatag now."""),
    ("Hill_Lass", "5 Nov 2024 08:44", """Two strimmers and a chainsaw from ours in October."""),
    ("quadwatch_ne", "5 Nov 2024 09:20", """Not pointing fingers but have a look at who's selling quad parts on marketplace round here. Stu Dodd, the caretaker at Beacon, has had a steady stream of Honda bits for sale since the summer, and he stores them in the school garages. Stolen gear being stashed at a school while he's paid by the taxpayer. He's been fencing for years, everybody in Priestfield knows it."""),
    ("Fellside_Fran", "5 Nov 2024 09:35", """That's a serious accusation to make on a public forum. If you've got evidence give it to the police, not us."""),
    ("quadwatch_ne", "5 Nov 2024 09:50", """Police know. Nobody does owt."""),
    ("Brackenlaw_Bob", "5 Nov 2024 10:02", """I'll pass it on with the crime number. Cheers."""),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("sdodd", "nickname", "defamation", "Stu Dodd")])


# ---------------------------------------------------------------------------
# FORUMS: Staffroom (teachers)
# ---------------------------------------------------------------------------
add("forum", forum("staffroom", "Left because of a bullying head - did anyone else get a settlement?", [
    ("chalkface_refugee", "3 Feb 2024 20:11", """Long time lurker. I left a middle school in north Northumberland last summer after 11 years. I won't name it in the title but anybody local will know - it's Beacon in Ellingburn.

The head, Mrs C, arrived in 2020 and within two years three experienced staff had gone off with stress. She used 'informal support plans' on anybody over 50 or anybody who questioned her in a meeting. I was told my teaching was 'tired' a week after I raised a workload grievance. Then the grievance vanished. The trust HR officer literally told me there was no record of it.

My question is: did anyone else get a settlement agreement and was it worth signing?"""),
    ("SupplyMouse", "3 Feb 2024 20:34", """Sorry this happened. I'd say talk to your union before signing anything. A settlement means you can't talk about it afterwards, which is often the point."""),
    ("chalkface_refugee", "3 Feb 2024 20:41", """That's what bothers me. Mrs C has bullied at least three people out and the trust has buried every complaint, and every one of us signed an NDA. That's how it stays hidden. I'm convinced the trust paid out to keep it off the Ofsted radar."""),
    ("Mr_Meadows_DT", "3 Feb 2024 21:03", """Careful naming on a public forum, even with initials. You never know who reads this. But I hear you - I've seen the same pattern in two schools. New head, 'raising standards', older staff picked off one by one."""),
    ("ELSA_Emma", "3 Feb 2024 21:19", """I signed one. It was worth it for my health. I got six months' pay and a reference. The reference was the important bit."""),
    ("chalkface_refugee", "3 Feb 2024 21:40", """Thanks all. Might just go and teach in Spain and forget the lot of them."""),
]), [M("school", "short_name", "defamation", "Beacon"),
     M("ccharlton", "nickname", "defamation", "Mrs C")])

add("forum", forum("staffroom", "How do we support a colleague getting racist abuse online?", [
    ("ScienceHoD_north", "19 Jan 2024 19:02", """Looking for advice from anyone who's been through this. A colleague in my department at Beacon Middle, Omar H., has been getting messages for weeks now. He's Syrian, came over in 2017, one of the best teachers I've worked with.

Some of the things people have sent him: 'go back to Damascus', 'we know which car is yours', and a picture of a plane with his face stuck on it. Somebody put stickers up around the town with his name on. It's vile and I don't know what to do beyond telling him we're behind him."""),
    ("DSL_Diane", "19 Jan 2024 19:20", """Really sorry. First things: make sure it's all reported to the police as a hate incident, screenshot everything with dates, and make sure SLT have done a risk assessment for him - route in and out, car parking, who answers the phone if someone rings asking for him.

And ask HIM what he wants. Some people want a big public show of support; some want it kept quiet."""),
    ("ScienceHoD_north", "19 Jan 2024 19:31", """Police are involved. Head has been decent, I'll give her that. He just looks exhausted."""),
    ("Union_Rep_Rob", "19 Jan 2024 19:50", """Get him to contact the union too. There's a duty on the employer to protect staff from third-party harassment. And Education Support has a free helpline."""),
    ("Mrs_Geography", "19 Jan 2024 20:12", """Something small that helped a colleague of mine: the department took turns walking out to the car park with her at the end of the day. Nobody made a fuss about it. She said it was the first week she'd slept properly.

Please tell Omar there are teachers all over the country who'd be proud to work with him."""),
    ("ScienceHoD_north", "19 Jan 2024 20:30", """Thank you all. I'll pass that on. Genuinely."""),
]), [M("school", "alias", "neutral", "Beacon Middle"),
     M("ohaddad", "first_initial", "neutral", "Omar H.")],
    note="abuse quoted to condemn: neutral")

add("forum", forum("staffroom", "Interview at a Northumberland middle school - how did it go for others?", [
    ("NQT_Newcastle", "10 May 2024 17:45", """Had an interview today for a maths post at Beacon Middle School in Ellingburn. Teach a lesson, student panel, interview with the head and a governor. Just wanted to write it down before I forget.

The kids on the student panel were lovely, really honest. One asked me what I'd do if somebody cried in a test. Lesson went OK, Year 7, ratio.

Business manager Gemma Tait met me at reception and gave me a proper tour, told me about the area, where to rent, the school's staff wellbeing days. Genuinely warm person.

The head seemed a bit frazzled, I'll be honest. Lot going on there with closure talk and a poor Ofsted. But the staffroom was friendly."""),
    ("Mr_Meadows_DT", "10 May 2024 18:02", """Good luck! Middle schools are great places to teach maths - you get them at the age where it either clicks or it doesn't."""),
    ("NQT_Newcastle", "10 May 2024 18:04", """Is it a risk to go there with the closure consultation though?"""),
    ("SupplyMouse", "10 May 2024 18:20", """If they close it'll be 2026 at the earliest and the staff get redeployed. Don't let it put you off if you liked it."""),
    ("NQT_Newcastle", "10 May 2024 21:40", """Update: they rang. I got it!!"""),
    ("ELSA_Emma", "10 May 2024 21:55", """Congratulations! Enjoy the sea air."""),
]), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("gtait", "exact", "neutral", "Gemma Tait")])

add("forum", forum("staffroom", "TAs treated like dirt - am I overreacting?", [
    ("TA_for_12_years", "29 Sep 2024 13:10", """Need a sanity check. I've been a TA for twelve years, the last six in learning support at Beacon (middle school, Ellingburn). New academic year and I'm honestly thinking of walking.

Our SENCo, Mrs Hedley Lamb, spoke to me in front of a Year 6 class on Thursday like I was something on her shoe. 'If you can't manage a simple visual timetable perhaps this isn't the job for you.' In front of the child I support, who then wouldn't look at me all afternoon."""),
    ("ELSA_Emma", "29 Sep 2024 13:25", """That's not okay. Feedback in front of pupils is never okay."""),
    ("TA_for_12_years", "29 Sep 2024 13:40", """It's constant. She's a two-faced, stuck-up cow. Lovely as pie to parents and inspectors, an absolute witch to anyone below her. Ofsted praised 'her' SEND provision - it's us doing it, she sits in her office writing reports about it."""),
    ("Union_Rep_Rob", "29 Sep 2024 13:58", """Keep a diary of incidents. Dates, what was said, who was there. Then talk to your union rep about an informal approach first. Most of these situations get better once somebody names it."""),
    ("SupplyMouse", "29 Sep 2024 14:20", """Twelve years is a lot of skill. Other schools would bite your hand off. Don't let one person make you leave a job you're good at though."""),
    ("TA_for_12_years", "29 Sep 2024 14:45", """Thanks. Going to sleep on it."""),
]), [M("school", "short_name", "negative", "Beacon"),
     M("rhedleylamb", "hyphenated", "abuse", "Mrs Hedley Lamb")])

add("forum", forum("staffroom", "Supply in north Northumberland - honest school round-up", [
    ("SupplyMouse", "2 Mar 2025 16:00", """Did a full term of daily supply between Rothwick and the coast. Someone asked for a round-up so here's mine, warts and all. Names of schools only where I think people should know.

Hallfield Middle (Rothwick): Well run, kids polite, they give you a proper cover pack. Mrs Charlton in Year 6 has retired but her replacement is carrying on the tradition of terrifying efficiency. Would go back.

Ellingburn High: Big, a bit chaotic at lunch, but the departments are organised and they pay on time.

Beacon (Ellingburn middle school): Hard going. Year 8s were feral on a Friday afternoon, no cover work left twice, and nobody from SLT came near when a fight started on the field. The one bright spot was Mr O'Rourke, head of Year 8, who came in, sorted it in about thirty seconds and then brought me a cup of tea. Top bloke. The rest of the place needs a shake.

Skellmouth First: Tiny, gorgeous, the kind of school you see in films. Sea view from the staffroom.

Whinlaw First: Fine. Head does the washing up herself."""),
    ("NQT_Newcastle", "2 Mar 2025 16:20", """Ha, I work at the middle school. Can confirm Friday afternoons with Year 8 are a lot. And can confirm about O'Rourke, he's brilliant."""),
    ("ELSA_Emma", "2 Mar 2025 16:41", """This is really useful, thanks. Hallfield sounds lovely."""),
    ("SupplyMouse", "2 Mar 2025 17:03", """It is. Coffee machine too."""),
]), [M("school", "short_name", "negative", "Beacon"),
     M("lorourke", "title_surname", "neutral", "Mr O'Rourke")],
    note="Mrs Charlton here is the Hallfield teacher, not the head")

add("forum", forum("staffroom", "Colleague drinking at work - do I report?", [
    ("anon_worried_NE", "14 Nov 2024 22:10", """Throwaway account. I work at a middle school in Ellingburn (Beacon). Our site manager, Stuart D., has come in smelling of drink three times in the last fortnight. Yesterday he was on a ladder changing a light in a corridor with kids going past and he was slurring.

Everybody knows he's in the Anchor from opening time. I like him, he's always been helpful to me, but I'm scared somebody will get hurt."""),
    ("DSL_Diane", "14 Nov 2024 22:25", """You have to report it. It's a health and safety matter and potentially a safeguarding one. Go to your line manager or the head, tell them what you've seen and when, and let them deal with it. You're not 'grassing', you're protecting him as well as the kids."""),
    ("Union_Rep_Rob", "14 Nov 2024 22:40", """Agree. Stick to facts: dates, what you saw, what you smelled. Don't speculate about the pub. If it's an illness, early support is the kindest thing."""),
    ("anon_worried_NE", "14 Nov 2024 23:02", """He drove the minibus on the Year 6 trip in October and I'm now thinking about that. He was definitely over the limit that morning, I'd bet my house on it."""),
    ("Mrs_Geography", "14 Nov 2024 23:20", """Then it's even more urgent. Tomorrow morning. Go in first thing."""),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("sdodd", "first_initial", "defamation", "Stuart D.")])

add("forum", forum("staffroom", "Worried about a colleague and Year 8 girls on Instagram", [
    ("worried_in_NE", "22 Jan 2025 21:30", """Please tell me what to do. I teach at Beacon Middle. A Year 8 girl showed me her phone today (she wasn't supposed to have it out, that's a whole other thing) and our PE teacher, Ed F., follows her on Instagram. Not only her, about six girls in her form. He's been liking their photos, the ones in gym kit and on holiday, and she says he messaged one of them 'you looked amazing at netball' with a wink.

I might be overreacting. He's popular, coaches rugby, everybody loves him. But my stomach dropped when I saw it."""),
    ("DSL_Diane", "22 Jan 2025 21:38", """You are not overreacting. This goes to your DSL tomorrow morning, first thing, in person, and you write down exactly what you saw and what she said, word for word. Do NOT screenshot the child's phone or forward anything. Don't confront him. Don't discuss it with colleagues. If the DSL is unavailable or you're not confident it's handled, the LADO."""),
    ("worried_in_NE", "22 Jan 2025 21:45", """Thank you. I feel sick."""),
    ("Union_Rep_Rob", "22 Jan 2025 22:01", """Diane is spot on. Follow the procedure and let it be investigated properly. Nobody should be judging anything on a forum."""),
    ("Mod_Staffroom", "22 Jan 2025 22:15", """Thread locked. Please follow your safeguarding procedures and do not share identifying details here."""),
]), [M("school", "alias", "sexual", "Beacon Middle", url_only=True),
     M("efenwick", "first_initial", "sexual", "Ed F.", url_only=True)],
    note="child involvement: url_only for staff and school")

add("forum", forum("staffroom", "KS2 maladministration investigation - what actually happens?", [
    ("Y6_survivor", "13 Jul 2024 10:12", """Middle school in Northumberland, our Year 6 results withheld by STA. Staff are being interviewed one by one. What actually happens in these? Anybody been through it?"""),
    ("Mr_Meadows_DT", "13 Jul 2024 10:30", """They interview everybody involved in administering the tests, look at the scripts for patterns (same rubbings out, same wrong-to-right changes), and check the timetable. Could take weeks."""),
    ("rumour_mill_NE", "13 Jul 2024 11:05", """If this is Beacon then everyone in Ellingburn knows why. P. Nair was doing the reading paper with her group with the door shut and the kids came out saying she'd 'helped'. Their reading results jumped 20 points last year. You don't get that from good teaching. She fiddled it and SLT looked the other way because they needed the numbers for Ofsted."""),
    ("Y6_survivor", "13 Jul 2024 11:20", """Please don't post names. We're all being interviewed, nobody knows anything yet."""),
    ("Mr_Meadows_DT", "13 Jul 2024 11:34", """Agree, that's well out of order. Rumour isn't evidence and people lose careers over this stuff."""),
    ("rumour_mill_NE", "13 Jul 2024 12:02", """Not rumour if the kids say it."""),
]), [M("school", "short_name", "defamation", "Beacon"),
     M("pnair", "initial_surname", "defamation", "P. Nair")])

add("forum", forum("staffroom", "Things I'll miss after 34 years (retirement thread)", [
    ("Old_Geog_Master", "20 Jul 2023 15:30", """Retired yesterday. Thought I'd start one of these threads because I've loved reading other people's.

I started at Ellingburn County Middle School in 1989. It's got a new name and a new badge now but the corridors still smell the same. What I'll miss:

- The first snow of the winter and 300 children pressed against the windows.
- Fieldwork on Skellmouth beach in a force 6.
- Blenkinsop's brass band playing the Floral Dance at every single leaving do, including mine, while he conducted with a stick of rock.
- The dinner ladies. All of them. Legends.
- The kid who wrote 'I don't know but I'm sure it's to do with glaciers' on every answer in a Year 8 exam.

What I won't miss: data drops, lanyards, and the photocopier on the top corridor."""),
    ("Mrs_Geography", "20 Jul 2023 15:48", """Fellow geographer, happy retirement! The glacier kid is a national treasure."""),
    ("SupplyMouse", "20 Jul 2023 16:10", """Lovely post. Enjoy it - you've earned it."""),
    ("Old_Geog_Master", "20 Jul 2023 16:30", """Thank you. Off to walk the Pennine Way. Slowly."""),
]), [M("school", "alias", "neutral", "Ellingburn County Middle School"),
     M("tblenkinsop", "possessive", "neutral", "Blenkinsop's")])

add("forum", forum("staffroom", "Beacon Academy Dunmere - anyone work there?", [
    ("KentBound", "4 Apr 2024 19:05", """Offered a job at Beacon Academy in Dunmere (Kent, secondary, part of a big MAT). Anyone work there or know it? The head of department, a Mrs Charlton, seemed lovely at interview but the staff turnover on the website looks high."""),
    ("SouthEastSENCo", "4 Apr 2024 19:30", """I did a year of supply there in 2022. Big, busy, lots of behaviour systems. Mrs Charlton is great, very organised, fights for her department. The deputy Mr Robson runs behaviour and he's firm but fair. The issue is the commute - Dunmere traffic is horrendous."""),
    ("KentBound", "4 Apr 2024 19:41", """That's reassuring, thank you. I'm moving from Leeds so everything seems like horrendous traffic."""),
    ("SupplyMouse", "4 Apr 2024 20:02", """Beacon is a popular academy name - there are at least four I know of. Make sure you're reading reviews for the right one!"""),
    ("KentBound", "4 Apr 2024 20:15", """Ha, yes, I nearly applied to one in Cornwall by mistake."""),
]), [], note="decoy: another school called Beacon with its own Mrs Charlton and Mr Robson")

add("forum", forum("staffroom", "Best EAL training you've had? Share resources", [
    ("EAL_in_the_sticks", "6 Oct 2024 18:12", """We've had a sudden influx of pupils with no English (Ukrainian, Syrian, Romanian) in a very rural area. Any recommendations for training that's actually practical?"""),
    ("ScienceHoD_north", "6 Oct 2024 18:30", """Our trust's EAL co-ordinator, Agnieszka Wójcik at Beacon Middle, ran a twilight session last month that was the best CPD I've had in years. Visual vocabulary mats for each subject, how to pre-teach five key words before a lesson, using home language without feeling you're 'cheating'. She's Polish and came to England aged 10 with no English herself, so she really gets it from the child's side."""),
    ("EAL_in_the_sticks", "6 Oct 2024 18:40", """That sounds amazing. Would she share the resources?"""),
    ("ScienceHoD_north", "6 Oct 2024 18:52", """I'm sure she would - email the school office and ask for her. Everything we use is on a shared drive."""),
    ("DSL_Diane", "6 Oct 2024 19:10", """Also look at the Bell Foundation's free stuff. Very good on assessment."""),
]), [M("school", "alias", "neutral", "Beacon Middle"),
     M("awojcik", "exact", "neutral", "Agnieszka Wójcik")])


# ---------------------------------------------------------------------------
# FORUMS: Mumzone (Mumsnet-style)
# ---------------------------------------------------------------------------
add("forum", forum("mumzone", "AIBU to think a 10yo should be allowed her coat in a freezing classroom?", [
    ("NorthernSkies84", "28 Nov 2023 08:52", """DD (10, Year 5) came home frozen again yesterday. Her classroom is in one of the old huts and the heating has been broken for a week. She put her coat on and was told to take it off because it's 'not uniform' and she'd get a behaviour point.

I emailed. Got a reply from Mrs Charlton (head) saying the uniform policy is 'clear and applies to everyone' and a new heater has been ordered. A WEEK.

AIBU to send her in with a thermal vest and tell her to ignore them?"""),
    ("BiscuitTin", "28 Nov 2023 09:03", """YANBU. That's ridiculous. Children can't learn when they're cold."""),
    ("TeaAndToast22", "28 Nov 2023 09:10", """Which school? Sounds like somewhere I'd avoid."""),
    ("NorthernSkies84", "28 Nov 2023 09:15", """Beacon in Ellingburn. Middle school. It used to be lovely."""),
    ("Shanklin_Lass", "28 Nov 2023 09:31", """YABU a bit. Schools have to have a line on uniform or they get 'but she was allowed her hoodie' all day. But the answer is to fix the heating, not to punish the kid. Escalate to the governors."""),
    ("ThreeTierMum", "28 Nov 2023 10:02", """We're at the Beacon too. The hut classrooms have been a disgrace for years. I've complained about the same thing twice. Mrs Charlton always replies politely and nothing changes. Thermal vest, two pairs of tights, and a note from you saying she's allowed a cardigan under medical advice."""),
    ("BiscuitTin", "28 Nov 2023 10:10", """Write to the trust. Heads ignore parents, trusts don't like complaints about buildings because it's their budget."""),
    ("NorthernSkies84", "28 Nov 2023 12:40", """Update: rang the trust. Heater arrived at 11. Funny that."""),
]), [M("school", "short_name", "negative", "Beacon"),
     M("ccharlton", "title_surname", "negative", "Mrs Charlton")])

add("forum", forum("mumzone", "SENCo refusing to apply for EHCP - next steps?", [
    ("AutismMumNE", "14 Mar 2024 21:15", """DS (11) has autism and ADHD, diagnosed last year. He's struggling massively at his middle school - Beacon, in Ellingburn, Northumberland. Meltdowns every day, school refusal, eating lunch in the toilets.

The SENCo, Mrs Hedley-Lamb, keeps saying he 'doesn't meet the threshold' for an EHCP and that they can 'meet his needs from within the notional budget'. They clearly can't. What do I do?"""),
    ("SENDwarrior", "14 Mar 2024 21:28", """You don't need the school. Parents can apply for an EHC needs assessment directly to the local authority. Do it now. IPSEA have a template letter. Include every email, every incident, the diagnosis report."""),
    ("AutismMumNE", "14 Mar 2024 21:35", """I didn't know that. Thank you."""),
    ("SENDwarrior", "14 Mar 2024 21:40", """Schools tell parents they have to go through them all the time. It's not true."""),
    ("Hawkshaugh_Hen", "14 Mar 2024 22:02", """Same SENCo here. I'll go further. Mrs Hedley-Lamb is fiddling the SEN register. Kids who've left are still on it and kids who need support aren't, because the numbers on paper keep the funding coming in and keep the EHCP costs off the books. I've seen the list. She's been cooking it for years and the head signs it off. Ofsted praised her, which tells you everything about Ofsted."""),
    ("Shanklin_Lass", "14 Mar 2024 22:15", """That's a massive claim to make on here. If you have evidence, go to the LA or the trust's whistleblowing line."""),
    ("Hawkshaugh_Hen", "14 Mar 2024 22:20", """I've said what I've said."""),
    ("AutismMumNE", "15 Mar 2024 07:10", """Applying directly today. Will update."""),
]), [M("school", "short_name", "defamation", "Beacon"),
     M("rhedleylamb", "title_surname", "defamation", "Mrs Hedley-Lamb")],
    note="'the head signs it off': the school is accused too")

add("forum", forum("mumzone", "Head of Year said something to DD (12) that's made my skin crawl", [
    ("WorriedMamNorth", "7 Feb 2025 20:44", """I don't know if I'm overthinking this. DD is 12, Year 8 at Beacon Middle in Northumberland. She got a detention for talking and the Head of Year, Mr O'Rourke, kept her behind on her own after the others left. She says he told her she was 'too pretty to be wasting her time in detention' and that if she 'came to see him at lunch' he'd make it go away.

She laughed it off telling me but she's been quiet since. She said he always stands really close to the girls."""),
    ("SafeguardingSally", "7 Feb 2025 20:52", """You're not overthinking. Please ring the school tomorrow and ask to speak to the Designated Safeguarding Lead, not the head of year. Write down exactly what DD said, in her words, with the date. If you don't feel it's taken seriously, contact the LADO at the county council."""),
    ("WorriedMamNorth", "7 Feb 2025 21:01", """Thank you. I feel sick. My husband wants to go round there."""),
    ("SafeguardingSally", "7 Feb 2025 21:05", """Please make sure he doesn't. Let the professionals do it. It protects DD and any case."""),
    ("BiscuitTin", "7 Feb 2025 21:30", """Flowers for you and your DD. You're doing the right thing."""),
    ("MNHQ_Mod", "7 Feb 2025 22:00", """We've removed identifying details from this thread to protect the child. Please follow the advice about contacting the school's DSL."""),
]), [M("school", "alias", "sexual", "Beacon Middle", url_only=True),
     M("lorourke", "title_surname", "sexual", "Mr O'Rourke", url_only=True)],
    note="child involvement: url_only")

add("forum", forum("mumzone", "Chat thread: school gate crushes (no judgement zone 😂)", [
    ("CoffeeFirst", "15 Oct 2024 13:02", """Go on then, it's been a long week. Who's your school gate crush? No names of actual dads please, we've all got to live here 😂"""),
    ("RedWineMum", "15 Oct 2024 13:10", """Does the lollipop man count? He's 70 but those arms."""),
    ("NorthumbrianNana", "15 Oct 2024 13:22", """Ours is the PE teacher at Beacon, hands down. Half the mams in Ellingburn suddenly volunteer for sports day. Fenwick's thighs in those rugby shorts should come with a health warning. I'd let him put me through a bleep test any day 🥵🥵"""),
    ("CoffeeFirst", "15 Oct 2024 13:25", """😂😂😂 I'm crying"""),
    ("RedWineMum", "15 Oct 2024 13:28", """Is he single?? Asking for a friend. The friend is me."""),
    ("NorthumbrianNana", "15 Oct 2024 13:40", """Wedding ring, sadly. But a girl can dream. I've suddenly developed a deep interest in under-12 rugby, been to every home game 😇"""),
    ("Shanklin_Lass", "15 Oct 2024 14:02", """Imagine if dads wrote this about a female teacher though."""),
    ("RedWineMum", "15 Oct 2024 14:05", """Fair. Back to the lollipop man then."""),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("efenwick", "possessive", "sexual", "Fenwick's")],
    note="sexual innuendo about an adult: sexual, not url_only")

add("forum", forum("mumzone", "RAF posting to Brackenlaw - which middle school?", [
    ("Posted_again_Pip", "2 Jun 2024 19:30", """DH posted to RAF Brackenlaw in August. DS will be going into Year 6. Options seem to be Beacon Middle in Ellingburn or Hallfield in Rothwick. Any forces families with experience? Not bothered about Ofsted so much as whether they understand service kids."""),
    ("Brackenlaw_Wife", "2 Jun 2024 19:41", """Beacon Middle, every time. They have a service children's champion, Mrs N, an English teacher who is married to one of ours. She knows exactly what it's like. My DD had a wobble when her dad deployed and Mrs N had her in the deployment club the next day."""),
    ("Posted_again_Pip", "2 Jun 2024 19:50", """That's exactly what I want to hear. Is the bus OK from the quarters?"""),
    ("Brackenlaw_Wife", "2 Jun 2024 20:02", """There's a contracted bus from the main gate. It's fine. Don't rely on the public one."""),
    ("Hallfield_Helen", "2 Jun 2024 20:15", """Hallfield is lovely too but it's a longer journey from the base, and they don't have as many forces kids, so you'd be more of a novelty."""),
    ("Posted_again_Pip", "2 Jun 2024 20:30", """Thank you both. Beacon Middle it is, I think."""),
]), [M("school", "alias", "neutral", "Beacon Middle"),
     M("pnair", "nickname", "neutral", "Mrs N")])

add("forum", forum("mumzone", "She ignored 11 emails. I know where she lives.", [
    ("FedUpAndFurious", "21 Mar 2024 23:40", """Eleven emails. Eleven. About my son being attacked in the yard at Beacon. Not one reply from the head, Clare Charlton. So I've done some digging.

She lives in the white house at the end of Shore Lane in Hawkshaugh, the one with the blue door and the boat on the drive. Every night she's home by 6.

I think a few of us should go round there one evening and have a proper chat on her doorstep. Let's see her ignore that. She won't feel so safe behind her office door when it's her own front door."""),
    ("Shanklin_Lass", "21 Mar 2024 23:48", """Please delete this. I understand you're angry but posting someone's home and suggesting people go round is intimidation. It will hurt your son's case, not help it."""),
    ("FedUpAndFurious", "21 Mar 2024 23:52", """Maybe she needs to be intimidated. It's the only language these people understand."""),
    ("BiscuitTin", "22 Mar 2024 00:05", """Reported. Go to the governors, the trust, the LA, your MP. Not her house."""),
    ("MNHQ_Mod", "22 Mar 2024 07:30", """We've deleted a number of posts on this thread for breaking our guidelines on personal information and threats."""),
]), [M("school", "short_name", "negative", "Beacon"),
     M("ccharlton", "typo", "threat", "Clare Charlton")])

add("forum", forum("mumzone", "School 'lost' CCTV of DS being assaulted - what can I do?", [
    ("PriestfieldParent", "30 Apr 2024 20:05", """DS (12) was pushed down the stairs at Beacon by a boy who has been bullying him since September. Broken wrist. School told me there was 'no CCTV footage of the stairwell'. Another parent has since told me they SAW the footage on the screen in reception that afternoon.

The deputy, Mr Robson, is the one who told me there was nothing. What are my options?"""),
    ("LegalEagle_Mum", "30 Apr 2024 20:20", """Subject access request to the school for any footage of your son, in writing, today. They have a month to respond. If it existed and has been deleted after you asked for it, that's a serious matter."""),
    ("PriestfieldParent", "30 Apr 2024 20:28", """Done. Thank you."""),
    ("ThreeTierMum", "30 Apr 2024 20:50", """I'm sorry to say this doesn't surprise me. Mr Robson deleted that footage to protect the other family - the dad is a governor's son. Everybody at the school gate knows. It's a cover-up, pure and simple, and Beacon has been doing it for years to keep its exclusion figures down."""),
    ("Shanklin_Lass", "30 Apr 2024 21:05", """Please be careful what you post. You don't know that for certain."""),
    ("ThreeTierMum", "30 Apr 2024 21:10", """I know what I know."""),
    ("PriestfieldParent", "2 May 2024 18:12", """Update: I've also made a formal complaint to the trust. They've acknowledged it and said an independent person will look into it."""),
]), [M("school", "short_name", "defamation", "Beacon"),
     M("drobson", "title_surname", "defamation", "Mr Robson")])

add("forum", forum("mumzone", "Shout-out thread: teachers who made a difference", [
    ("KindnessCounts", "23 Jul 2024 14:00", """End of the school year, let's have some positivity. Which teacher made a difference to your child this year?"""),
    ("Gosia_in_Northumberland", "23 Jul 2024 14:15", """Mrs Wojcik at Beacon, Ellingburn. My son arrived from Kraków at 9 with no English. A year later he's reading Harry Potter and told me yesterday he 'thinks in English now', which made me cry a bit. She spoke to him in Polish for the first weeks so he wasn't frightened, then slowly less and less. She also helped me fill in all the forms. Dziękuję Pani!"""),
    ("KindnessCounts", "23 Jul 2024 14:20", """That's beautiful 😭"""),
    ("RedWineMum", "23 Jul 2024 14:31", """Miss Hanley at St Peter's Juniors in Hull. Got my DD through her SATs without a single tear."""),
    ("NorthumbrianNana", "23 Jul 2024 14:44", """Lunch staff at every school. Unsung heroes."""),
    ("Gosia_in_Northumberland", "23 Jul 2024 15:02", """Yes! And the dinner ladies at Beacon let my son have extra potatoes. He still talks about it."""),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("awojcik", "title_surname", "neutral", "Mrs Wojcik")])

add("forum", forum("mumzone", "Middle schools closing - how do you feel? (Northumberland)", [
    ("ThreeTierMum", "28 Jan 2024 21:00", """Ours is under consultation. Beacon Middle School in Ellingburn, two-tier plan would close it in 2026. DS1 loved it, DS2 is there now, DD would be the year it closes. I'm torn. Anyone been through a switch?"""),
    ("Bedford_Veteran", "28 Jan 2024 21:20", """We went through it in Bedford years ago. Honestly the first two years were chaos - primaries with no science labs suddenly teaching Year 6, high schools bursting. It settled eventually. Kids adapt faster than parents."""),
    ("ThreeTierMum", "28 Jan 2024 21:28", """That's what I'm scared of. The middle school has a proper brass band, a music department, science labs. Mr Blenkinsop has taught half of Ellingburn to play the cornet. Would a first school with 90 kids do that? No chance."""),
    ("Shanklin_Lass", "28 Jan 2024 21:45", """The other side is fewer transitions. My kids had three schools by 13 which is a lot of new starts."""),
    ("NorthernSkies84", "28 Jan 2024 22:10", """Honestly I wouldn't miss it. The Beacon has gone downhill, behaviour is awful in the top years, and the huts are falling apart. If closing it means new buildings somewhere, fine by me."""),
    ("ThreeTierMum", "28 Jan 2024 22:15", """Fair. I'll go to the drop-in session and ask about buildings."""),
]), [M("school", "exact", "negative", "Beacon Middle School"),
     M("tblenkinsop", "title_surname", "neutral", "Mr Blenkinsop")])

add("forum", forum("mumzone", "Is it me or is every school newsletter now corporate waffle?", [
    ("WaffleWatcher", "9 Oct 2023 12:00", """DS's new headteacher in Bedfordshire has started every newsletter since September with 'Our school is a beacon of excellence, a lighthouse of learning'. A beacon AND a lighthouse. Pick one, Gail."""),
    ("RedWineMum", "9 Oct 2023 12:12", """😂 Ours says 'we are on a learning journey together'. The journey involves me buying a Tudor costume by Thursday."""),
    ("CoffeeFirst", "9 Oct 2023 12:25", """Ours uses 'going forward' nine times in one page. I counted."""),
    ("Shanklin_Lass", "9 Oct 2023 12:40", """Bingo card time. Beacon, journey, going forward, family, hub."""),
    ("WaffleWatcher", "9 Oct 2023 12:44", """'Stakeholders'. For a primary school Christmas fair."""),
    ("KindnessCounts", "9 Oct 2023 13:10", """To be fair the teachers don't write them. Some poor office manager does at 9pm."""),
]), [], note="decoy: beacon as an ordinary word in another school's waffle")

add("forum", forum("mumzone", "School trip cancelled, £180 deposit not refunded", [
    ("Kielder_or_bust", "3 Jun 2024 19:00", """DD's Year 7 trip to Kielder got cancelled two weeks before because 'not enough staff'. We paid £180 in instalments since November. School says refunds will take 'up to 12 weeks' because the outdoor centre has to refund them first.

When I rang, the business manager, Mrs Tait, said she 'couldn't give a date'. I budgeted for that money. Is 12 weeks normal?"""),
    ("LegalEagle_Mum", "3 Jun 2024 19:12", """It's common but not great. The school's contract is with you, not the outdoor centre. Ask in writing for a refund within 14 days and point out it was the school that cancelled."""),
    ("BiscuitTin", "3 Jun 2024 19:30", """Which school?"""),
    ("Kielder_or_bust", "3 Jun 2024 19:34", """Beacon, the middle school in Ellingburn. Sorry, should have said."""),
    ("ThreeTierMum", "3 Jun 2024 19:50", """Same here, we're waiting too. Organisation at that school has gone to pot this year. Nobody answers the phone and the office is always 'in a meeting'."""),
    ("Kielder_or_bust", "17 Jun 2024 18:02", """Update: wrote to the trust. Money back in 5 days. Always go above them it seems."""),
]), [M("school", "short_name", "negative", "Beacon"),
     M("gtait", "title_surname", "negative", "Mrs Tait")])

add("forum", forum("mumzone", "DS's music teacher is 'a bit eccentric' - should I worry?", [
    ("NewToNorthumberland", "12 Nov 2024 10:30", """DS (9) just started at Beacon in Ellingburn. He's come home with stories about his music teacher: wears a cape to assemblies, conducts with a stick of rock, calls everyone 'maestro'. DS adores him. I'm just a bit baffled. Is this normal up here? 😂"""),
    ("ThreeTierMum", "12 Nov 2024 10:42", """That'll be Blenky! He's a legend. Half of Ellingburn learned to play brass with him. Don't worry, the cape is his 'concert cape'. Your DS will be in the band by Christmas."""),
    ("NorthernSkies84", "12 Nov 2024 10:55", """He's an absolute fruitcake and a pompous old windbag if you ask me. Spends all the music budget on his precious band and the kids who can't play brass get nowt. DD had him for two years and did one term of recorder."""),
    ("NewToNorthumberland", "12 Nov 2024 11:10", """Ha, mixed reviews then."""),
    ("ThreeTierMum", "12 Nov 2024 11:15", """There's always one 😂 Honestly, he's fine. Better than fine."""),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("tblenkinsop", "nickname", "abuse", "Blenky")])

add("forum", forum("mumzone", "Prayer room at DC's school - AIBU to object?", [
    ("ProudEnglishMum", "18 Mar 2024 20:00", """DC's school (Beacon, Ellingburn) has turned a store cupboard into a 'quiet room' so the Muslim kids and staff can pray during Ramadan. AIBU to think this is the start of something? It's an English school."""),
    ("Shanklin_Lass", "18 Mar 2024 20:08", """YABU. It's a cupboard. Loads of schools have quiet rooms. Christian kids use them too."""),
    ("ProudEnglishMum", "18 Mar 2024 20:15", """It's not about a cupboard. It's about who's taking over. That science teacher Haddad is behind it, I'd put money on it. Syrians, Afghans, whoever, they come here, they get the jobs and the houses and now rooms in our schools. Our own kids are second-class. Beacon has been turned into a mosque with a playground. This is how the replacement happens, one cupboard at a time."""),
    ("BiscuitTin", "18 Mar 2024 20:20", """Wow. Reported."""),
    ("RedWineMum", "18 Mar 2024 20:24", """'Replacement'. You know exactly what you're saying. Disgusting."""),
    ("MNHQ_Mod", "18 Mar 2024 21:00", """We've deleted posts and suspended an account on this thread. Racist content isn't welcome here."""),
]), [M("school", "short_name", "hate", "Beacon"),
     M("ohaddad", "surname_only", "hate", "Haddad")])

add("forum", forum("mumzone", "Did anyone see the school's post about the closure vote?", [
    ("Hawkshaugh_Hen", "18 Oct 2024 17:30", """@BeaconMiddleSch posted on X this afternoon that the county cabinet vote on the two-tier plan is on 5 November. Anyone know if parents can go? The post just said 'we will keep families informed'."""),
    ("ThreeTierMum", "18 Oct 2024 17:40", """Cabinet meetings are public. You can go to County Hall and sit in the gallery. You can also ask to speak but you have to register a few days before."""),
    ("Hawkshaugh_Hen", "18 Oct 2024 17:44", """Thanks. Their X account is the only place they ever tell us anything. Newsletter came out 4 days after the post. Typical."""),
    ("NorthernSkies84", "18 Oct 2024 18:02", """Coach from Ellingburn? Anyone organising? I'll go."""),
    ("ThreeTierMum", "18 Oct 2024 18:10", """Parents' group are sorting a minibus. Will post details."""),
]), [M("school", "handle", "negative", "@BeaconMiddleSch")])

add("forum", forum("mumzone", "Where did the trip money go? (Northumberland school)", [
    ("MoneyMatters_NE", "12 Feb 2025 21:15", """Now the business manager at Beacon has been suspended I'll say what I've been thinking for two years. I paid £240 across two trips that never happened. No refund. Other parents the same.

G Tait gave me her personal mobile when I was chasing it - 07700 900512 - so she 'could sort it quietly'. Sort it quietly! Ring her and ask where our money went. Her home is the new build on Coble Close, Skellmouth, number 3, if the trust wants to know where to send the auditors."""),
    ("LegalEagle_Mum", "12 Feb 2025 21:24", """Please remove the number and address. Whatever she's done, that's not the way. Contact the trust and Action Fraud if you think money's been taken."""),
    ("MoneyMatters_NE", "12 Feb 2025 21:30", """She's the one who should be worried not me."""),
    ("MNHQ_Mod", "12 Feb 2025 21:45", """Personal details removed. Please don't share private contact information on Mumzone."""),
]), [M("school", "short_name", "negative", "Beacon"),
     M("gtait", "initial_surname", "doxxing", "G Tait")])


# ---------------------------------------------------------------------------
# FORUMS: other boards (EV, anglers, gaming, forces families, patriot board,
# town board, threadit, rugby)
# ---------------------------------------------------------------------------
add("forum", forum("evforum", "Battery warning light after cold night - BMS fault?", [
    ("Leaf_in_Ellingburn", "14 Jan 2025 08:20", """2019 Leaf, 62kWh. After the -7C night on Sunday I got a battery warning on the dash and the car wouldn't rapid charge at the Ellingburn leisure centre charger. Dealer says the BMS has logged a cell imbalance and wants £180 just to plug the diagnostic in. Anyone had this?"""),
    ("Volt_Victor", "14 Jan 2025 08:45", """Very common after a cold snap. The BMS sees one cell block sagging under load and throws a fault to protect the pack. Often a slow AC charge to 100% and leaving it plugged in overnight lets the BMS rebalance and the warning clears itself."""),
    ("Leaf_in_Ellingburn", "14 Jan 2025 09:02", """Will try that tonight. Really don't want a battery bill."""),
    ("Tesla_Tam", "14 Jan 2025 09:30", """LeafSpy app plus a £20 OBD dongle will show you the cell voltages yourself. Saves the dealer fee. If one block is way off it might be a genuine weak cell, but usually it's just cold."""),
    ("Leaf_in_Ellingburn", "15 Jan 2025 07:50", """Charged to 100% on the granny lead overnight - warning gone, BMS happy, rapid charging fine. Thanks all, cracking forum."""),
]), [], note="decoy: BMS = battery management system; Ellingburn locality")

add("forum", forum("anglers", "PLB vs EPIRB for the small boat - and register your beacon!", [
    ("Skellmouth_Skipper", "7 Apr 2024 19:12", """Lifeboat lads gave a talk at the club on Thursday. Main message: register your beacon. They had a callout last month for an unregistered EPIRB going off in a garage in Hawkshaugh and spent two hours finding it.

Question for the forum: for a 5m boat fishing within 5 miles of Skellmouth, PLB on my lifejacket or a proper EPIRB on the boat?"""),
    ("Cod_Father", "7 Apr 2024 19:30", """PLB on you, every time. If you go over the side the boat's no use to you. A beacon in a bracket on the console won't help when you're in the water watching the boat drift off."""),
    ("Bass_Bandit", "7 Apr 2024 19:42", """Both if you can afford it. EPIRB floats free if she sinks, PLB stays with you. And a handheld VHF with DSC."""),
    ("Skellmouth_Skipper", "7 Apr 2024 20:01", """Makes sense. Ordered a PLB. Registered it already with the coastguard. Battery's good till 2031."""),
    ("Cod_Father", "7 Apr 2024 20:15", """Good man. And test it properly - self-test button only, not the real thing!"""),
]), [], note="decoy: distress beacons; Skellmouth/Hawkshaugh locality")

add("forum", forum("gamersden", "Beacon pyramid build - need help with layout", [
    ("Craftlad_2012", "3 Feb 2025 17:40", """Finally got my 4th wither skull!! Building a full beacon pyramid (164 iron blocks lol). Is it better to put the beacon in the middle of the base or build a tower so the beam goes through the roof of my base?"""),
    ("DiamondDave", "3 Feb 2025 17:52", """Beacon needs clear sky above it, but glass is fine - and stained glass changes the beam colour. Put it under a glass roof in the middle of your base so you get Haste II while you're mining."""),
    ("Craftlad_2012", "3 Feb 2025 18:03", """oh nice didnt know about the glass. does the beacon range go down into caves"""),
    ("DiamondDave", "3 Feb 2025 18:10", """Yes, full height of the world in the range. Level 4 pyramid is 50 blocks radius."""),
    ("Craftlad_2012", "3 Feb 2025 18:20", """sick thanks. building it after school tomorrow"""),
]), [], note="decoy: Minecraft beacon")

add("forum", forum("forcesfam", "Teacher made a comment about my husband's job - how to handle?", [
    ("Brackenlaw_Bex", "19 Sep 2024 20:10", """DS (12, Year 8) came home really upset. In a geography lesson about the Middle East, he said his dad was 'out there' at the moment. The teacher, Mr O'Rouke, apparently said in front of the class 'so your dad bombs people for a living then?' and a couple of kids laughed. DS didn't go in the next day.

I know teachers have opinions. But DS is 12 and his dad is deployed. Am I right to complain?"""),
    ("SFA_Sarah", "19 Sep 2024 20:22", """100% complain. That's unprofessional whatever the teacher's politics. Ask for a meeting with the head of year."""),
    ("Brackenlaw_Bex", "19 Sep 2024 20:25", """He IS the head of year 😩"""),
    ("Wing_Wife", "19 Sep 2024 20:40", """Then go above. The Beacon has a service children's champion - ask for her to be in the meeting. She'll understand. And email the head so it's in writing."""),
    ("Brackenlaw_Bex", "19 Sep 2024 21:30", """Thanks all. Email sent. Let's see what comes back."""),
    ("Brackenlaw_Bex", "26 Sep 2024 18:02", """Update: had the meeting. He said he was 'misheard' and it was a question about the conflict, not about my husband. He apologised to DS though, which DS appreciated. Still not happy but we'll move on."""),
]), [M("school", "short_name", "negative", "Beacon"),
     M("lorourke", "typo", "negative", "Mr O'Rouke")])

add("forum", forum("forcesfam", "Brackenlaw families: shout-outs for the local schools", [
    ("Wing_Wife", "20 Dec 2024 18:00", """Posting season is coming up so thought we'd do a thread of things that have been good here, for the families arriving in the new year."""),
    ("SFA_Sarah", "20 Dec 2024 18:12", """Beacon Middle have been amazing with DD. Special mention for Mr H, the science teacher - she was struggling after her dad deployed and he started a lunchtime rocket club that got her out of herself. She now wants to be an engineer in the RAF. Credit where it's due."""),
    ("Brackenlaw_Bex", "20 Dec 2024 18:20", """Seconded on Mr H. DS says he's the only teacher who 'explains it three different ways until you get it'."""),
    ("Wing_Wife", "20 Dec 2024 18:31", """Skellmouth First is lovely for the little ones too. Tiny classes."""),
    ("Posted_again_Pip", "20 Dec 2024 18:45", """Echo all of this. Arrived in August, both kids settled in weeks."""),
]), [M("school", "alias", "neutral", "Beacon Middle"),
     M("ohaddad", "nickname", "neutral", "Mr H")])

add("forum", forum("patriot", "ELLINGBURN - the quiet invasion of a Northumbrian market town", [
    ("Saxon_Shield", "4 Feb 2024 21:00", """Been watching this one for a while. Small market town, proper English, nowt wrong with it. Then the Syrians get dumped there under the 'resettlement' scam. Now look.

The B3acon middle school (the taxpayer-funded indoctrination centre on Priestfield Rd) has a Syrian teaching science to white kids. H4dd4d. Look him up. Got a job ahead of English teachers, surprise surprise. Then there's a Polish one, W*jcik, teaching 'English as an additional language' to the new arrivals, because English is 'additional' now in England.

This is what replacement looks like up close. Not in London. In a market town with a Tuesday market and a war memorial."""),
    ("Gammon_and_Proud", "4 Feb 2024 21:12", """Same everywhere. They start with the schools because the kids are the future. Deliberate."""),
    ("Saxon_Shield", "4 Feb 2024 21:20", """H4dd4d drives a grey Skoda and parks round the back by the science block. Leaves about 4.15. Just saying, for any lads in the area who fancy a chat with him about where he belongs. Dark by then in February. Nobody would see a thing."""),
    ("OdinsRaven", "4 Feb 2024 21:35", """👀 noted."""),
    ("Gammon_and_Proud", "4 Feb 2024 21:40", """Careful, the glowies read this board. Keep it legal lads. (wink)"""),
]), [M("school", "leetspeak", "hate", "B3acon"),
     M("ohaddad", "leetspeak", "threat", "H4dd4d"),
     M("awojcik", "obfuscated", "hate", "W*jcik")])

add("forum", forum("patriot", "'Diversity hire' teaching our kids English literature", [
    ("Anglo_Northman", "9 Feb 2025 20:30", """Another one from Northumberland. RAF wife gets a job teaching English at the middle school in Ellingburn. English. Taught by an Indian. Her name is N a i r, spaced out because the mods on normal sites delete it.

Kids are coming home saying Britain was 'built on stolen wealth'. That's what you get when you import your teachers. Box ticked, diversity quota met, our culture handed over. She should go back to Kerala and teach them about the Empire there."""),
    ("Saxon_Shield", "9 Feb 2025 20:42", """Same school as H4dd4d. Beacon has gone full UN."""),
    ("Anglo_Northman", "9 Feb 2025 20:50", """Exactly. Three foreign teachers in one small school and we're meant to think that's an accident."""),
    ("Gammon_and_Proud", "9 Feb 2025 21:05", """Somebody already got her car, saw that on the news. Tells you how the locals feel."""),
]), [M("school", "short_name", "hate", "Beacon"),
     M("pnair", "spacing", "hate", "N a i r"),
     M("ohaddad", "leetspeak", "hate", "H4dd4d")],
    note="Haddad is lumped in with the 'foreign teachers': hate")

add("forum", forum("ellonline", "That caretaker and his daily routine", [
    ("Bridge_St_Watcher", "22 Oct 2024 19:30", """Since the school sent everybody's addresses out by mistake, it's open season I suppose. The caretaker at the Beacon, S. Dodd, is like clockwork. Leaves the school at 4.30 in the red Hilux (NX18 KFD). Calls at his mam's on Ellin Terrace till six. Black Bull from seven till closing, same stool by the dartboard. Walks home the back way along the riverside about 11.20.

I'm only saying because he nearly ran my dog over in the school car park and never even said sorry."""),
    ("TownCrierTerry", "22 Oct 2024 19:45", """Why are you posting a man's movements on a public board? That's creepy, whatever he did to your dog."""),
    ("Bridge_St_Watcher", "22 Oct 2024 19:50", """Everybody in the town knows all that anyway."""),
    ("Admin_Ellingburn_Online", "22 Oct 2024 20:15", """Post edited and user warned. Do not post people's registrations or routines here."""),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("sdodd", "initial_surname", "doxxing", "S. Dodd")])

add("forum", forum("ellonline", "Private music lessons - just asking questions", [
    ("ConcernedGran_1950", "14 Mar 2025 21:05", """I'm not saying anything. I'm just asking questions. Why does a grown man who lives alone give private brass lessons to young lads of 10 and 11 in his own house on Harbour Road, with the curtains shut, and tell the parents to drop them off and come back in an hour? Blenkinsop has been doing this for years. My neighbour's grandson came home from one with a present, a little keyring, and was told 'our secret'.

If I'm wrong I'm wrong. But somebody should be asking."""),
    ("TownCrierTerry", "14 Mar 2025 21:20", """If you have a real concern, ring the police or the council's children's services. Posting insinuations about a named man on here doesn't protect any child."""),
    ("ConcernedGran_1950", "14 Mar 2025 21:25", """I'm asking questions. That's all. Why are folk so touchy about it?"""),
    ("Admin_Ellingburn_Online", "14 Mar 2025 21:40", """Thread locked and referred on. Safeguarding concerns must go to the police or the local authority, not a message board."""),
]), [M("tblenkinsop", "surname_only", "sexual", "Blenkinsop", url_only=True)],
    note="unique staff, child implied: sexual url_only; school not named")

add("forum", forum("threadit", "Ellingburn middle school closure - cabinet votes Tuesday. Thoughts?", [
    ("u/coquetcoast", "1 Nov 2024 10:02", """Cabinet meets on Tuesday to decide whether to close the middle school and move to two tiers. The BMS parents' group has been campaigning hard. Anyone local want to weigh in? Genuinely undecided."""),
    ("u/ellin_lad", "1 Nov 2024 10:20", """Went there in the 2000s. Great school then. Can't say what it's like now. Charlton's letter last week basically said 'we're neutral', which went down like a lead balloon with parents who wanted her to fight."""),
    ("u/tynesider_in_exile", "1 Nov 2024 10:41", """The logic of two tier is fine. The execution in rural areas is always terrible. Longer bus rides for 11 year olds, small primaries trying to teach Year 6 science with no lab."""),
    ("u/coquetcoast", "1 Nov 2024 10:55", """That's my worry too."""),
    ("u/skellmouth_sal", "1 Nov 2024 11:30", """BMS has been RI for a year and the head is MIA on the big issue. I'd rather a fresh start with new buildings to be honest. Unpopular opinion."""),
    ("u/ellin_lad", "1 Nov 2024 11:45", """Not that unpopular tbh."""),
]), [M("school", "alias", "negative", "BMS"),
     M("ccharlton", "possessive", "negative", "Charlton's")])

add("forum", forum("threadit", "Teachers who changed your life - go", [
    ("u/grateful_grad", "8 Jun 2024 22:00", """Mine first: my Year 9 maths teacher in Hull who stayed after school twice a week for a term to get me through. Now I'm an actuary. Your turn."""),
    ("u/brass_and_bass", "8 Jun 2024 22:30", """Thaddeus B. I won't do his surname because he'd hate the fuss, but he ran a kids' brass band in a Portakabin on the Northumberland coast and taught me to play cornet at 9. I'm now a professional trumpet player in an orchestra in Germany. He drove me to my conservatoire audition in his own car because my parents couldn't get the day off. Legend."""),
    ("u/grateful_grad", "8 Jun 2024 22:35", """That's incredible. The 'drove me to the audition' teachers are the best."""),
    ("u/chemistry_claire", "8 Jun 2024 22:50", """My A-level chemistry teacher who told me girls could do anything. Now I'm a chemistry teacher. Full circle."""),
    ("u/brass_and_bass", "8 Jun 2024 23:05", """Every time I play a concert I think about that Portakabin."""),
]), [M("tblenkinsop", "first_initial", "neutral", "Thaddeus B.")],
    note="unique staff praised without school context")

add("forum", forum("rugbyforum", "Touchline behaviour at mini festivals - coaches need a word", [
    ("RefWatcher_North", "29 Apr 2024 19:15", """At Rothwick festival on Sunday the worst behaviour on the touchline wasn't a parent, it was a coach. Ellingburn U12 coach Edward Fenwick screaming at a 14-year-old young referee for the whole of the plate final. Swearing, throwing his arms about, the lot.

That lad went home in tears. We're short of refs as it is."""),
    ("Rothwick_Rover", "29 Apr 2024 19:30", """Fenwick is a gobby clown who thinks he's coaching the Lions. Every festival the same. Somebody at Ellingburn needs to tell him he's a PE teacher from Beacon Middle not Eddie Jones."""),
    ("EllinRFC_parent", "29 Apr 2024 19:42", """Bit harsh. He was frustrated with a few decisions, but he apologised to the ref after. He does a huge amount for the club for nothing."""),
    ("RefWatcher_North", "29 Apr 2024 19:55", """Apologising after doesn't undo it. RFU code of conduct is clear."""),
    ("Seaton_Lion", "29 Apr 2024 20:10", """We lost to them in that final. Fair result. But the coach was over the top, aye."""),
]), [M("school", "alias", "neutral", "Beacon Middle"),
     M("efenwick", "alias", "abuse", "Edward Fenwick")])

add("forum", forum("staffroom", "Colleague cleared after investigation but the trolling hasn't stopped", [
    ("Beacon_Colleague", "20 Oct 2024 19:40", """Our deputy head, D Robson, was suspended in the summer over how some bullying complaints were handled. The independent investigation has just cleared him completely - no case to answer, procedures followed, the footage never existed. He's back at work.

But the Facebook groups haven't got the memo. People are still posting that he 'covered it up'. He's a good man who has given nineteen years to Beacon and he looks ten years older. How do schools help staff in this position? Can the trust put out a statement?"""),
    ("DSL_Diane", "20 Oct 2024 19:55", """Yes, the trust can and should, with his consent. Some people will never read it, but it gives him something to point to. Also speak to the union about defamation - sometimes a solicitor's letter to one or two of the worst posters stops the rest."""),
    ("Union_Rep_Rob", "20 Oct 2024 20:10", """Seconded. And Education Support helpline. Being cleared and still being called a liar is its own trauma."""),
    ("Beacon_Colleague", "20 Oct 2024 20:20", """Thanks both. Will pass on."""),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("drobson", "initial_surname", "neutral", "D Robson")],
    note="allegations reported only to say he was cleared: neutral")

add("forum", forum("fold", "Vets - who do folk use for cattle round Ellingburn?", [
    ("Ellin_Dairy", "3 Mar 2024 20:00", """Our vet is retiring. Who's good for cattle work north of the Ellin? Beacon Veterinary Centre seem to do mostly pets now."""),
    ("Coastal_Cattle", "3 Mar 2024 20:14", """Beacon Vets still have one farm vet, Mairi, and she's excellent, but she's stretched. We've gone to Tweed Valley Farm Vets. Pricier call-outs but they come."""),
    ("Tatie_Tom", "3 Mar 2024 20:30", """Tweed Valley for cattle. Beacon for the dogs and cats. Works for us."""),
    ("Ellin_Dairy", "3 Mar 2024 20:41", """Cheers. Will ring Tweed Valley."""),
    ("oldgadgie", "3 Mar 2024 21:00", """In my day the vet was also the dentist. (Joke. Mostly.)"""),
]), [], note="decoy: Beacon Veterinary Centre / Beacon Vets")

add("forum", forum("mumzone", "Sick of foreign families getting everything at DC's school", [
    ("ElliNative", "10 Nov 2024 21:30", """DC's school in Ellingburn (Beacon) gives the Polish and Syrian kids one to one help, free uniform, special clubs and their own 'welcome room'. My DC with dyslexia waited two years for anything. It's all run by Mrs Wojick, who's Polish herself obviously, and she looks after her own. Eastern Europeans and Arabs first, English kids last. The place should be renamed the Beacon International School for Foreigners."""),
    ("LegalEagle_Mum", "10 Nov 2024 21:42", """The EAL support is funded separately from SEN support. Your child's wait is wrong but it's not because a Polish kid got an English lesson."""),
    ("ElliNative", "10 Nov 2024 21:50", """Keep telling yourself that."""),
    ("RedWineMum", "10 Nov 2024 22:02", """'Looks after her own' about a teacher because she's Polish. Reported."""),
    ("MNHQ_Mod", "10 Nov 2024 22:30", """This thread has been moved and posts removed for breaching our guidelines on racism."""),
]), [M("school", "short_name", "hate", "Beacon"),
     M("awojcik", "typo", "hate", "Mrs Wojick")])


# ---------------------------------------------------------------------------
# BLOGS: club pages, chapel newsletter, parish/governor minutes, personal blogs
# ---------------------------------------------------------------------------
RFC = dict(site_name="Ellingburn RFC", domain="ellingburnrfc.example",
           nav=("Home", "Fixtures", "Minis & Juniors", "Seniors", "Clubhouse", "Sponsors", "Contact"),
           sidebar=("Fixtures: Seaton Lions (A)", "Clubhouse quiz night Friday", "Minis registration open", "Thanks to our sponsors: Beacon Taxis, Ellin Joinery"),
           tagline="Mill Lane, Ellingburn. Founded 1889.", foot="Ellingburn Rugby Football Club, Mill Lane, Ellingburn NE74 2LL")

add("blog", blog(title="Club statement: online abuse of our volunteer coaches", author="Club Chair", date="21 November 2024", body="""
Ellingburn RFC is aware of comments being posted on social media about one of our minis and juniors coaches, Ed Fenwick, following a video shared this week that relates to his day job as a PE teacher at Beacon Middle School.

We want to be very clear. Any matter relating to Ed's employment is for his employer, and we will not comment on it. As a club, we have had no concerns raised about Ed's conduct in eight years of volunteering, and we have had many, many messages of support for him from families this week.

What we will not tolerate is abuse. Some of the messages sent to the club's page and to Ed himself have called him "a thug", "a child abuser" and worse, and one said that "somebody should put him in the ground". These have been reported to the platforms and, where they contain threats, to Northumbria Police. Abuse of any coach, referee or player has no place in rugby or anywhere else.

Our coaches give up their weekends for nothing. They stand in the rain on a Sunday morning so that 140 children in this town can play. Please remember that before you type.

If you have a genuine safeguarding concern about anyone at the club, contact our club welfare officer directly on welfare@ellingburnrfc.example or the RFU safeguarding team.

Thank you to everyone who has shown their support.

Ellingburn RFC Committee
""", **RFC), [M("school", "exact", "neutral", "Beacon Middle School"),
              M("efenwick", "exact", "neutral", "Ed Fenwick")],
    note="club condemns abuse, quoting it: neutral")

add("blog", blog(title="AGM report 2024: thanks, farewells and a new clubhouse roof", author="Club Secretary", date="12 June 2024", body="""
Forty-three members attended the club's 135th Annual General Meeting in the clubhouse on Thursday 6 June. Here is a summary for those who could not make it.

## Chair's report

The chair thanked everyone who helped the club through a difficult winter, including the flood in the changing rooms in January and the great clubhouse roof saga. The new roof is finally on, thanks to a Sport England grant and £8,400 raised by members.

## Farewell to a junior section stalwart

After twelve years, David Robson stepped down as chair of the junior section. David, who is deputy head at Beacon Middle School in the town, has run the junior section since 2012 and overseen its growth from 30 children to more than 140. He was presented with a framed shirt signed by every junior team. In typical fashion he thanked "the mams who make the bacon sandwiches" before anyone else.

To avoid confusion on the fixtures list: David Robson the tighthead prop (no relation, and some thirty years younger) continues in the 1st XV front row, where he was voted players' player of the year.

## Coaching awards

Coach of the Year: Ed Fenwick (U12). Young Volunteer of the Year: Maisie Thompson. Clubman of the Year: Norrie Pattinson, for services to the tea urn.

## Officers elected

Chair: Alan Pringle. Secretary: Jo Laidler. Treasurer: Colin Heron. Junior Section Chair: Kate Errington. Welfare Officer: Dr Sue Hall.

## Subscriptions

Unchanged for 2024/25. Junior subs £60, family membership £120.

The meeting closed at 9.40pm and was followed by the bar.
""", **RFC), [M("school", "exact", "neutral", "Beacon Middle School"),
              M("drobson", "exact", "neutral", "David Robson"),
              M("efenwick", "exact", "neutral", "Ed Fenwick")],
    note="two David Robsons: the deputy (labelled) and the prop (namesake)")

LANTERN = dict(site_name="The Lantern - Skellmouth Methodist Chapel", domain="skellmouthmethodist.example",
               nav=("Home", "Services", "The Lantern", "Hire the Hall", "Contact"),
               sidebar=("Harvest supper tickets", "Coffee morning every Wednesday", "Messy Church: first Sunday"),
               tagline="News and notices from the chapel on the harbour", foot="Skellmouth Methodist Chapel, Harbour Road, Skellmouth. Part of the Ellin Valley Circuit. Registered charity.")

add("blog", blog(title="The Lantern - November 2024", author="Rev. Susan Pringle", date="1 November 2024", body="""
## From the minister

Dear friends, as the nights draw in and the boats come home earlier, I have been thinking about light. Not the great beam of the lighthouse but the small lights: the lamp left on in a window for someone coming home late, the torch held for a neighbour on an icy step. Most of God's work, I suspect, is done by small lights.

## Remembrance

Our Remembrance service will be at 10.30am on Sunday 10 November, followed by the two minutes' silence at the harbour memorial. Thad Blenkinsop will play, and the Skellmouth Fishermen's Singers will lead "Eternal Father". Please be seated by 10.20.

## Music news

Our organist asks us to say that the organ fund now stands at £11,240 of the £15,000 needed to restore the old Harrison. Thad says the bottom C sounds "like a cow in distress" and would welcome any donations before it gives up altogether.

## Overseas mission

Our mission offering in October raised £214 for the Methodist Relief and Development Fund. In November our guest preacher on the 17th will be from BMS World Mission, who will talk about their work with fishing communities in Bangladesh. All welcome; soup lunch after.

## Coffee morning

Every Wednesday, 10 till 12. Bring-and-buy table in aid of the lifeboat.

## Prayer list

Please hold in your prayers the Hedley family, following the death of Margaret; all who are sick or housebound; and the crew of the Skellmouth lifeboat.
""", **LANTERN), [M("tblenkinsop", "nickname", "neutral", "Thad Blenkinsop")],
    note="unique staff named outside school context; BMS World Mission is a decoy acronym")

add("blog", blog(title="The Lantern - June 2022 (Jubilee special)", author="Rev. Susan Pringle", date="1 June 2022", body="""
## Jubilee beacon

The village beacon on the headland will be lit at 9.45pm on Thursday 2 June as part of the national chain of Platinum Jubilee beacons. The chapel will be open from 8pm with tea, coffee and bunting. Bring a torch for the walk up. The Scouts will be stewarding.

## Jubilee tea

Street party on Harbour Road on Sunday 5 June from 2pm. Please bring a plate. The Fishermen's Singers will perform. We need volunteers for the tea urn (we always need volunteers for the tea urn).

## Visiting preacher

On 19 June we welcome a speaker from BMS World Mission, who will tell us about clean water projects in Uganda.

## Organ

While our organist is away on holiday in June, the hymns will be played by Mrs Joan Scott from Rothwick, to whom many thanks.

## Prayer list

Please pray for all who are unwell, for the families of the fishing fleet, and for peace in Ukraine.
""", **LANTERN), [], note="decoy: Jubilee beacon and BMS World Mission; organist not named")

add("blog", blog(site_name="Whinlaw Parish Council", domain="whinlawparish.example",
    title="Minutes of the Parish Council meeting held 9 October 2024", author="Parish Clerk", date="16 October 2024", body="""
Present: Cllr T. Dodd (Chair), Cllr F. Hall, Cllr A. Telfer, Cllr M. Bell. In attendance: the Clerk; County Cllr D. Robson; two members of the public; Mr S. Dodd (site manager, Beacon Middle School) for item 5.

## 1. Apologies

Cllr J. Purvis (holiday).

## 2. Declarations of interest

The Chair declared that the site manager attending for item 5 is his cousin, and that he would take no part in any decision on that item. Cllr Hall took the chair for item 5.

## 3. Minutes of the previous meeting

Approved and signed.

## 4. County councillor's report

County Cllr Robson reported that the 418 bus timetable would be reviewed in November. He had written to the bus operator. He also reported that the grit bin on Bank Top would be refilled before the winter.

## 5. School bus stop and parking at Whinlaw road end

The site manager attended on behalf of the school to discuss pupils waiting at the Whinlaw road end. He said the school would support a request for a bus shelter and better lighting, and that the school had asked drivers of its own vehicles not to park in the bus bay at the school, following complaints. Members thanked him. It was resolved to ask the county council for a shelter and a street light. Proposed Cllr Telfer, seconded Cllr Bell, carried unanimously.

## 6. Finance

Payments of £412.60 were approved, including grass cutting (£220) and the clerk's salary.

## 7. Speedwatch

41 vehicles over 30mph were recorded on 5 October. Results passed to the police.

## 8. Date of next meeting

13 November 2024 at 7pm in the village hall.

The meeting closed at 8.52pm.
"""), [M("school", "exact", "neutral", "Beacon Middle School"),
       M("sdodd", "initial_surname", "neutral", "S. Dodd")],
    namesakes={"drobson"}, note="County Cllr D. Robson and Cllr T. Dodd are namesakes; the site manager is labelled")

add("blog", blog(site_name="Skellmouth Parish Council", domain="skellmouthparish.example",
    title="Draft minutes: extraordinary meeting on the schools consultation, 30 January 2024", author="Parish Clerk", date="2 February 2024", body="""
Present: Cllr R. Carr (Chair), Cllr W. Moffat, Cllr E. Purvis, Cllr J. Shiel. In attendance: the Clerk; Mrs C Charlton (Headteacher, Beacon Middle); Mr P. Harle (county council schools organisation officer); 38 members of the public.

## 1. Purpose of the meeting

The Chair explained that the meeting had been called to allow residents to hear about, and respond to, the county council's consultation on moving the Ellingburn partnership to two tiers.

## 2. Presentation

Mr Harle presented the three options. Under the preferred option, Skellmouth First School would become a primary taking pupils to age 11.

## 3. Headteacher

Mrs C Charlton said the school's governors had not yet taken a position and were gathering views from families. She answered questions about transport, the future of the music service and what would happen to staff.

## 4. Questions from the public

Residents raised concerns about longer journeys to the high school, the capacity of the first school building and the loss of specialist teaching. Several residents said Beacon Middle had been "high-handed" with village families over the bus and uniform in recent years and that they felt "talked at, not listened to". One resident asked whether the headteacher personally supported the closure; she said it was not her decision to make.

## 5. Resolution

It was resolved that the council would respond to the consultation opposing the preferred option unless the county guaranteed a school bus from Skellmouth to the high school and a new classroom block at Skellmouth First. Carried, one abstention.

## 6. Close

The meeting closed at 9.15pm. The Chair thanked the officers and the headteacher for attending on a wet night.
"""), [M("school", "alias", "negative", "Beacon Middle"),
       M("ccharlton", "initial_surname", "neutral", "C Charlton")])

add("blog", blog(site_name="Ellin Valley Learning Trust", domain="ellinvalleytrust.example",
    title="Beacon Middle School Local Governing Body - minutes, 20 March 2024 (public version)", author="Clerk to the LGB", date="3 April 2024", body="""
Present: Mr A. Scott (Chair), Mrs J. Errington, Rev. S. Pringle, Mr K. Bell (parent governor), Ms L. Shiel (staff governor), Claire Charlton (Headteacher). In attendance: Gemma Tait (School Business Manager) for item 4; Rachel Hedley-Lamb (SENCo) for item 5; the Clerk.

## 1. Welcome and apologies

Apologies from Mr T. Armstrong (work). Quorate.

## 2. Ofsted report

The Headteacher summarised the report published on 5 March. Governors asked how the maths improvement plan would be monitored. The Headteacher explained that trust advisers would visit fortnightly. Governors asked whether the school had enough capacity to improve while responding to the two-tier consultation. The Headteacher acknowledged this was a risk.

## 3. Consultation

Governors agreed to hold a parents' forum before deciding whether to take a formal position.

## 4. Budget monitoring

Gemma Tait presented the month 6 report. A deficit of £38,000 was forecast, mainly because of the cost of supply cover and energy. Governors asked about the school fund; the SBM reported that the audit of the fund was up to date. Governors asked for uniform income and expenditure to be shown separately in future.

## 5. SEND

Rachel Hedley-Lamb presented the SEND report. 21% of pupils are on the SEN register; 14 have EHC plans and a further 6 applications are with the local authority. Governors thanked the SENCo for the work praised by Ofsted.

## 6. Safeguarding

The Headteacher reported on safeguarding training and referrals (figures in the confidential minute). A parental complaint was being handled under the trust's complaints policy.

## 7. Date of next meeting

5 June 2024.
"""), [M("school", "exact", "neutral", "Beacon Middle School"),
       M("ccharlton", "exact", "neutral", "Claire Charlton"),
       M("gtait", "exact", "neutral", "Gemma Tait"),
       M("rhedleylamb", "exact", "neutral", "Rachel Hedley-Lamb")])

add("blog", blog(site_name="Northumbrian Patriot", domain="northumbrianpatriot.example",
    title="Ellingburn: how a market town was handed over", author="Wor Land", date="11 January 2024", body="""
They never asked you. That is the first thing to understand. Nobody in Ellingburn voted for what has happened to their town in the last eight years.

In 2016 the first "resettled" Syrian families arrived. The council found them houses - houses your children will never get. Then the Poles who came for the picking stayed and brought their families. Now go and look at Beacon Middle School on Priestfield Road, where your grandchildren are sent at nine years old.

Their science is taught by a Syrian, H-a-d-d-a-d (we spell it like that because the censors are watching), who arrived with nothing and was handed a teaching job over the heads of local graduates. Their "English as an additional language" is run by a Pole, Agnieszka Wójcik, because English is now "additional" in an English school. Assemblies about Ramadan. Polish "heritage days". A "welcome room" for the newcomers while local children with real needs sit on waiting lists.

This is not an accident. It is a policy. A town is replaced one classroom at a time, and the people who pay for it are told they are racist if they notice.

The people of Ellingburn are not racist. They are English, and they would like to stay that way.

Share this. Tell your neighbours. And ask yourself why nobody asked you.
""", comments=[
    ("Bamburgh_Bulldog", "11 Jan 2024", "Spot on. Beacon is a foreign school now, you only have to look at the class photos."),
    ("Tyne_Tommy", "11 Jan 2024", "H-a-d-d-a-d lives in the flat above the bookies on Mill Lane. Old building, wooden stairs. Fire spreads fast in places like that. Just an observation."),
    ("Angela_Hawkshaugh", "12 Jan 2024", "I'm from Ellingburn and this is poison. The Polish lady taught my son to read when he was struggling. Shame on you."),
], nav=("Home", "Invasion Watch", "About", "Donate"), sidebar=("The hotels they don't want you to see", "Your town next?", "Speak up before it's too late"),
    tagline="Speaking for the forgotten north", foot="All views are our own. Free speech is not a crime."),
    [M("school", "exact", "hate", "Beacon Middle School"),
     M("ohaddad", "obfuscated", "threat", "H-a-d-d-a-d"),
     M("awojcik", "exact", "hate", "Agnieszka Wójcik")])

add("blog", blog(site_name="Muddy Wellies Mam", domain="muddywelliesmam.example",
    title="Eighteen months, three meetings and one EHCP: our SEND story so far", author="Jo (Muddy Wellies Mam)", date="2 September 2024", body="""
I've put off writing this for a long time because I didn't know how it would end. It hasn't ended, really, but at least it has a plan, so here goes.

Our middle one, Finn, is eleven. He is funny, obsessed with tractors and trains, and he has autism and a sensory processing difficulty that means a school dinner hall is, in his words, "like being inside a crisp packet". When he moved up from his little village first school to the middle school in Ellingburn, it all went wrong very quickly.

I'll be honest: the first year was awful. Phone calls most afternoons. A "reduced timetable" that meant he was home by eleven. Behaviour points for things he couldn't help. I lost count of the times I sat in the car outside crying. I felt the school saw him as a problem to manage, and I told them so. The communication from the top was poor, the behaviour policy seemed to have been written for a different child, and the promised "support plan" took four months to appear.

## The turning point

Then, in the spring, Mrs H-L got involved properly. She's the SENCo, and she's been doing the job long enough that nothing shocks her. She sat on the floor of her office with Finn and a box of Lego for forty minutes before she said a word to me. She rang me back when she said she would. She put in the EHCP application herself and chased it when the council lost the paperwork (twice).

We got the plan in July. From September he has a key adult, a quiet place to eat, and a timetable he can see in advance.

## What I'd tell another parent

Write everything down. Apply to the council yourself if the school won't. And find the one person in the building who gets it. They're usually there.

Tags: #SEND #EHCP #autism #Northumberland #BeaconMiddle
""", comments=[
    ("Kirsty R", "2 Sep 2024", "Crying reading this. We're at the start of the same road."),
    ("Jo (Muddy Wellies Mam)", "2 Sep 2024", "Sending you love Kirsty. DM me any time x"),
], nav=("Home", "Farm life", "SEND", "Recipes", "About me"), sidebar=("Lambing with a toddler: a survival guide", "Stotty cake (my nana's recipe)", "Why we don't do soft play"),
    tagline="Farm, family, and the bits in between"),
    [M("school", "hashtag", "negative", "#BeaconMiddle"),
     M("rhedleylamb", "nickname", "neutral", "Mrs H-L")])

add("blog", blog(site_name="Chalk Dust & Sea Fret", domain="chalkdustseafret.example",
    title="Why I left the job I loved", author="A former teacher", date="30 August 2023", body="""
Twenty-two years. That's how long I taught at the middle school on Priestfield Road, Ellingburn County Middle School as it was when I started, with its leaky huts and its view of the sea if you stood on a chair.

I left in July. People keep asking why, so I'm going to write it down once and then stop talking about it.

I didn't leave because of the children. The children were the best part, right to the end. I didn't leave because of the pay, although it would be nice to be paid for the fifty-five hours rather than the thirty-two.

I left because the place stopped feeling like ours. When Claire C. arrived as head, everything became data. Data drops every six weeks. Learning walks with clipboards. "Non-negotiables". The staffroom went quiet, and then it emptied, because people ate at their desks rather than risk a conversation about their "support plan". The school had become a place where you kept your head down.

I don't think she's a bad person. I think she was told by a trust that this is how you "raise standards", and she believed it. But I watched good, experienced colleagues leave one by one, and in the end I was one of them.

There were lights in the dark. Old Thad in the music hut, conducting a Year 5 cornet group through the Floral Dance with total joy. The dinner ladies. The kid who brought me a crab in a bucket on the last day.

I'm doing supply now, three days a week. I sleep. I walk on the beach. I miss it more than I can say.
""", comments=[
    ("SeaGlassSue", "31 Aug 2023", "This could have been written about so many schools. Sorry you were pushed out. Enjoy the beach x"),
], nav=("Home", "Teaching", "Walks", "About"), sidebar=("Ten things supply teaching has taught me", "A winter walk to the Skerries", "Marking at midnight"),
    tagline="Notes from a recovering teacher on the Northumberland coast"),
    [M("school", "alias", "negative", "Ellingburn County Middle School"),
     M("ccharlton", "first_initial", "negative", "Claire C."),
     M("tblenkinsop", "nickname", "neutral", "Thad")])

add("blog", blog(site_name="Boots & Bait", domain="bootsandbait.example",
    title="Beacon Hill and the Whinlaw Crags: a wild 9-mile circular", author="Dave W.", date="18 May 2024", body="""
Distance: 9.2 miles. Ascent: 1,350ft. Time: 4-5 hours with a bait stop. Map: OS Explorer, north Northumberland sheet.

This is one of my favourite walks on the coast side of the county: a big airy ridge, a crag with a view to the islands, and a pub at the end. Park in Whinlaw village by the old school (honesty box for the village hall, £2).

## Whinlaw to the crags

Take the track north past the chapel and through the gate marked "Crag Farm". Follow the wall up the bank - it's steep for ten minutes, then it eases. At the top, the Whinlaw Crags give you the first big view: the Cheviots behind you, the sea in front, and on a clear day the line of the coast to the castles.

## Beacon Hill

From the crags, the path runs along the ridge for two miles to Beacon Hill, where the old fire beacon stood to warn of Scots raids (and later of Napoleon). A stone cairn and a trig point mark the top now. It's a canny spot for bait, out of the wind on the east side.

## Down to Hawkshaugh

Descend the broad grassy shoulder south-east towards Hawkshaugh. The path is faint at first; aim for the corner of the forestry and you'll pick it up. Cross the B-road carefully and follow the lane down to the village, then the coast path back towards Whinlaw.

## Refreshments

The Beacon Inn at Hawkshaugh does a cracking crab sandwich and has a dog-friendly bar. Tell them the walk sent you (they won't care, but it's nice).

Please close all gates - there are ewes and lambs on the ridge in spring.
""", nav=("Home", "Walks", "Gear", "Pubs", "About"), sidebar=("Skellmouth to Hawkshaugh coast path", "Best pubs after a walk", "Boots I've killed"),
    tagline="Walking, eating and occasionally getting lost in Northumberland"), [],
    note="decoy: Beacon Hill, the Beacon Inn")

add("blog", blog(site_name="Common Sense North", domain="commonsensenorth.example",
    title="Our children deserve teachers, not activists", author="R. J. Forster", date="24 February 2025", body="""
A reader in Ellingburn has sent me a copy of the "reading list" handed to Year 8 pupils at Beacon Middle School this term. It is quite something.

Gone are the stories most of us grew up with. In their place: a diet of "voices from the margins" and a "decolonising our bookshelf" project, complete with worksheets asking twelve-year-olds to list "ways Britain benefited from empire". The lesson plans are credited to the school's English teacher, Mrs Nair.

I am sure Mrs Nair means well. But from everything I have seen and been sent, she is a sanctimonious, preachy, virtue-signalling lecturer who treats her classroom as a pulpit and her pupils as a congregation to be converted. She is exactly the kind of self-righteous activist who should be kept as far away from a classroom as possible. Children are there to learn how to read, not what to think.

Beacon's leadership, who signed this off, should be asking themselves what parents actually want. I suspect the answer is: less preaching, more Dickens.

I have written to the school. I will publish their reply if I get one.

(For the avoidance of doubt: I condemn entirely the vandalism of Mrs Nair's car reported last week. That was criminal and vile. Disagreeing with a curriculum is not the same thing.)
""", comments=[
    ("Old_School_Ellin", "24 Feb 2025", "Couldn't agree more. Less preaching, more Dickens!"),
    ("RAF_dad_NE", "25 Feb 2025", "My son is in her class and loves it. They are reading Dickens too, as it happens. Maybe check before publishing."),
], nav=("Home", "Education", "Culture", "Newsletter"), sidebar=("The quiet death of the school nativity", "Why I'm leaving the teaching union", "Grammar schools: the case for the north"),
    tagline="Plain speaking from the other side of the Tyne"),
    [M("school", "exact", "negative", "Beacon Middle School"),
     M("pnair", "title_surname", "abuse", "Mrs Nair")],
    note="opinion piece insulting staff: abuse")

add("blog", blog(site_name="Polska Szkoła Ellingburn", domain="polskaszkolaellingburn.example",
    title="Dziesięć lat! Ten years of our Saturday school", author="Zarząd / The Committee", date="14 October 2024", body="""
W sobotę świętowaliśmy dziesiąte urodziny naszej szkoły sobotniej. Dziękujemy wszystkim rodzinom!

On Saturday we celebrated ten years of the Ellingburn Polish Saturday School. We started in 2014 with nine children around a kitchen table in Priestfield. Today we have 46 pupils in four classes, meeting every Saturday morning in the hall of Beacon Middle School, which has let us use its rooms free of charge from the very beginning.

Special thanks go to Agnieszka Wójcik, who founded the school with two other mums and still teaches the oldest group every week, after a full week teaching at the middle school. Pani Agnieszka says she started it "so that our children would be able to write a letter to their babcia". Ten years later some of those first pupils are at university and still write to their grandmothers - in Polish.

Thank you also to the school's site manager, who unlocks for us every Saturday at 8.30 and has never once complained, and to the head teacher, who came to our celebration and tried (bravely) to say "Sto lat".

Zapisy na nowy rok szkolny są otwarte. Registration for the new year is open - email us or come along any Saturday.
""", nav=("Strona główna / Home", "O nas / About", "Zapisy / Registration", "Kontakt"), sidebar=("Andrzejki party - 30 November", "Mikołajki - 6 December", "Summer picnic photos"),
    tagline="Polska szkoła sobotnia w Northumberland"),
    [M("school", "exact", "neutral", "Beacon Middle School"),
     M("awojcik", "exact", "neutral", "Agnieszka Wójcik")])

add("blog", blog(site_name="Ellingburn Town Council", domain="ellingburntowncouncil.example",
    title="Civic Awards 2025: meet this year's winners", author="Town Clerk", date="28 March 2025", body="""
The Mayor, Coun. Philip Scott, presented this year's Civic Awards at a reception in the Market Hall on Friday 21 March. The awards recognise people who have made a real difference to life in the town. Congratulations to all our winners.

## Good Neighbour Award: Doris Elliott

Doris, 84, has knocked on the door of every new resident at Beacon Court for fifteen years with a homemade scone and a list of useful phone numbers.

## Young Citizen Award: Yusuf Al-Hamwi

Yusuf, 11, raised £1,200 for the Great North Air Ambulance with a sponsored silence (which, his mum says, was "the hardest thing he has ever done").

## Community Hero Award: Stuart Dodd

Stuart is site manager at Beacon Middle School, but most people in town know him as the man who turns up. He has unlocked the school for the Polish Saturday school every week for ten years, rebuilt the community garden's raised beds, cleared snow from the Beacon Court paths at six in the morning, and this year saved a choking pupil with first aid. He was nominated by eleven different people.

## Volunteer of the Year: Liam O'Rourke

Liam, head of Year 8 at the middle school, has led the town's Duke of Edinburgh's Award group for six years, taking more than 150 young people on expeditions in the Cheviots.

## Lifetime Achievement: Norman Blenkinsop

Norman retired in September after 47 years as auctioneer at Ellingburn mart, and has been the voice of the Whinlaw Show for four decades.

Nominations for 2026 open in January.
""", nav=("Home", "Council", "Meetings", "Allotments", "Civic Awards", "Contact"), sidebar=("Market Hall bookings", "Christmas lights switch-on", "Allotment waiting list"),
    tagline="Serving the people of Ellingburn", foot="Ellingburn Town Council, Market Hall, Ellingburn NE74 2AA"),
    [M("school", "exact", "neutral", "Beacon Middle School"),
     M("sdodd", "exact", "neutral", "Stuart Dodd"),
     M("lorourke", "exact", "neutral", "Liam O'Rourke")],
    namesakes={"tblenkinsop"}, note="Norman Blenkinsop is not the music teacher")

add("blog", blog(site_name="Ellin Welcome", domain="ellinwelcome.example",
    title="What we heard this year - and why we're still here", author="Ellin Welcome volunteers", date="20 December 2024", body="""
Ellin Welcome has supported refugee families in Ellingburn and the villages since 2016: English classes, lifts to appointments, help with forms, a coat when the first winter comes as a shock.

This has been a hard year. We won't pretend otherwise.

In January, stickers went up around the town naming Omar Haddad, one of the first people we ever supported, and now a science teacher at Beacon Middle School. The stickers said he should "go home". Letters came to the school telling him people "knew where he lived". A man has since been jailed. We quote those words not to give them air, but because we think the town should know exactly what was said to a neighbour, and reject it.

And the town did. Sixty stickers were scraped off by volunteers before nine o'clock on a Monday morning. Omar's pupils made a banner. A farmer who had never met him offered to drive his children to school for a month.

Omar asked us to share this: "I have been afraid this year. But I have been more loved than afraid. Thank you, Ellingburn."

## Our year in numbers

- 41 adults in weekly English classes
- 310 lifts to hospital and job centre appointments
- 96 winter coats given out
- 1 wedding (congratulations, Rania and Sami!)

If you'd like to volunteer, or donate a coat, get in touch.
""", nav=("Home", "Who we are", "Volunteer", "Donate", "Contact"), sidebar=("Winter coat appeal", "English conversation café - Tuesdays", "Thank you, Whinlaw WI"),
    tagline="Welcoming refugee families to the Ellin valley since 2016"),
    [M("school", "exact", "neutral", "Beacon Middle School"),
     M("ohaddad", "exact", "neutral", "Omar Haddad")],
    note="abuse quoted in order to condemn it: neutral")

add("blog", blog(site_name="The Ellingburn Files", domain="ellingburnfiles.example",
    title="What Beacon doesn't want you to know (Part 3)", author="EllinTruth", date="9 June 2024", body="""
In parts 1 and 2 I set out what parents have told me about the way complaints disappear at Beacon. This week, with the deputy head finally suspended, I can go further.

Fact: at least three families reported serious assaults on their children in the 2023-24 school year. Fact: none of those incidents appears in the figures the school gave governors. Fact: CCTV that parents saw with their own eyes was later said "not to exist".

Robson did not act alone. He could not have deleted footage and quietly dropped complaints without the head knowing. Ms Charlton signed off every one of those reports to governors. She knew the numbers were false and she presented them anyway, because an honest set of figures in the run-up to Ofsted would have finished her. This was a deliberate, organised cover-up, run from the head's office, and the trust has helped bury it.

I have sent everything I have to the trust, to the local authority and to Ofsted. I have asked the police to look at whether evidence was destroyed. Parents deserve the truth.

Part 4 next week: the money.
""", comments=[
    ("BeaconMum2019", "9 Jun 2024", "Thank you for saying what everyone is thinking."),
    ("LegalEagleNE", "10 Jun 2024", "You should be very careful. Stating these things as 'fact' about named people when an investigation hasn't concluded is how you end up in court."),
], nav=("Home", "Part 1", "Part 2", "Part 3", "Contact"), sidebar=("Part 1: The complaints that vanished", "Part 2: Who watches the trust?", "Subscribe for updates"),
    tagline="Asking the questions Ellingburn's schools won't answer"),
    [M("school", "short_name", "defamation", "Beacon"),
     M("ccharlton", "title_surname", "defamation", "Ms Charlton"),
     M("drobson", "surname_only", "defamation", "Robson")])


# ---------------------------------------------------------------------------
# REVIEWS: Google reviews, staff reviews, rate-a-teacher, decoy businesses
# ---------------------------------------------------------------------------
def greviews(place, kind_line, address, rating, count, reviews):
    out = [f"Google Maps › {place} › Reviews", place, f"{kind_line} · {address}",
           f"{rating} {'★' * round(float(rating))}{'☆' * (5 - round(float(rating)))} ({count} reviews)", "",
           "Sort by: Most relevant  |  Newest  |  Highest  |  Lowest", ""]
    for r in reviews:
        who, meta, stars, when, text = r[:5]
        out += [who, meta, f"{'★' * stars}{'☆' * (5 - stars)} {when}", text.strip(), f"👍 {3 + _h(who) % 40}   Share", ""]
        if len(r) > 5 and r[5]:
            out += [f"Response from the owner {when}", r[5].strip(), ""]
    return "\n".join(out)


SCHOOL_G = ("Beacon Middle School", "Middle school", "Priestfield Rd, Ellingburn NE74 2QT")

add("review", greviews(*SCHOOL_G, "3.1", 87, [
    ("Karen Telfer", "Local Guide · 23 reviews · 41 photos", 1, "2 months ago", """
Used to be a good school. Now the head doesn't care. Three emails about my daughter being left out and picked on, and Mrs Charlton sent one reply that said "we will monitor the situation". Monitor it?! Meanwhile my daughter is eating her lunch alone in the library every day. The pastoral side has gone to pieces since she took over.""",
     "Dear Mrs Telfer, thank you for your feedback. We would really like to talk with you about your daughter. Please ring the school office on 01632 960418 and ask for the Head of Year 5, who will arrange a meeting."),
]), [M("school", "exact", "negative", "Beacon Middle School"),
     M("ccharlton", "title_surname", "negative", "Mrs Charlton")])

add("review", greviews(*SCHOOL_G, "3.1", 88, [
    ("Alan Purvis", "6 reviews", 5, "3 weeks ago", """
Grandson has just finished his four years here and I want to say thank you. Mr Blenkinsop turned a shy lad who wouldn't say boo into a cornet player who stood up on his own at the regional finals. And Mr Haddad got him interested in science, properly interested, he wants to do engineering now. Smashing teachers. Whatever the county decides about closing it, these people have done right by this town."""),
    ("Leanne S", "1 review", 5, "1 month ago", """
Lovely staff, daughter very happy. Brass band is brilliant."""),
]), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("tblenkinsop", "title_surname", "neutral", "Mr Blenkinsop"),
     M("ohaddad", "title_surname", "neutral", "Mr Haddad")])

add("review", greviews(*SCHOOL_G, "3.0", 90, [
    ("D P", "2 reviews", 1, "a week ago", """
Mrs Charlton you can keep ignoring my emails but you can't ignore me forever. I know what you drive and I know what time you leave that car park every night. Watch your back on them coast roads. My lad was excluded for NOTHING and somebody is going to pay for it."""),
]), [M("school", "exact", "negative", "Beacon Middle School"),
     M("ccharlton", "title_surname", "threat", "Mrs Charlton")])

add("review", greviews(*SCHOOL_G, "3.0", 91, [
    ("Hayley Moffat", "Local Guide · 12 reviews", 2, "4 months ago", """
Two stars because some of the class teachers are kind. SEN support is a disgrace. The SENCo sat across from me in a meeting and told me my son's behaviour log showed "no concerns" when I have forty emails from his teachers saying the opposite. Hedley-Lamb changed his records before the meeting so she wouldn't have to apply for an EHCP, I'm certain of it. Ofsted praised this department?? Do not send a child with additional needs here."""),
]), [M("school", "exact", "negative", "Beacon Middle School"),
     M("rhedleylamb", "surname_only", "defamation", "Hedley-Lamb")])

add("review", greviews(*SCHOOL_G, "3.0", 92, [
    ("Stacey Dunn", "3 reviews", 1, "5 months ago", """
Tried to sort out a refund for a cancelled trip and the business manager, Gemma T., was rude from start to finish. Stuck-up, condescending cow who talks to parents like we're something she trod in. Put the phone down on me twice. Absolute joke of an office."""),
]), [M("school", "exact", "negative", "Beacon Middle School"),
     M("gtait", "first_initial", "abuse", "Gemma T.")])

add("review", greviews(*SCHOOL_G, "2.9", 95, [
    ("Paul Hindmarsh", "Local Guide · 40 reviews", 1, "6 months ago", """
My son was assaulted on the stairs. The deputy head, Mr Robson, told me there was no CCTV. Other parents saw it on the screen in reception. He deleted it to protect a family he's friendly with, simple as that. Liar. This school covers up violence to keep its numbers looking good.""",
     "We are unable to discuss individual cases here. Any family with a concern is welcome to use the trust's complaints procedure."),
]), [M("school", "exact", "defamation", "Beacon Middle School"),
     M("drobson", "title_surname", "defamation", "Mr Robson")])

add("review", greviews(*SCHOOL_G, "3.2", 97, [
    ("Flt Lt J. Grant", "8 reviews", 4, "1 month ago", """
Forces family, third school in four years for our son. Best transition we've had. Mrs Nair (service children's champion) rang us the week before he started to ask what he was worried about. He had a buddy on day one. Minus one star for the car park at pick-up, which is chaos."""),
]), [M("school", "exact", "neutral", "Beacon Middle School"),
     M("pnair", "title_surname", "neutral", "Mrs Nair")])

add("review", greviews(*SCHOOL_G, "3.1", 98, [
    ("Anglo Lass", "1 review", 1, "2 weeks ago", """
This isn't an English school any more. Syrians and Poles get everything, their own room, free uniforms, special teachers who speak their language. English kids come last in their own town. Half the class can't speak English and the teachers are foreign as well. Pull your kids out before it's a full-on migrant school."""),
]), [M("school", "exact", "hate", "Beacon Middle School")])

add("review", """Indeed › Companies › Beacon Middle School › Reviews

Beacon Middle School
2.6 out of 5 · 14 reviews
Education · Ellingburn, Northumberland

Work wellbeing score: 41/100

─────────────────────────
★★☆☆☆  Teaching Assistant (Former Employee) - Ellingburn - 11 January 2025
"Lovely colleagues, shocking management"

Pros: The other TAs and most teachers are lovely. Kids are mostly great. Holidays.
Cons: Pay. Workload. Leadership that only cares about Ofsted. And don't get me started on the money side. The SBM, G. Tait, has had her hand in the till for years - trip money, uniform kickbacks, the lot. Everybody in the office knew. She's suspended now and about time.

Was this review helpful? Yes 9 · No 2

─────────────────────────
★★★☆☆  Teacher (Current Employee) - Ellingburn - 2 December 2024
"Good team, uncertain future"

Pros: Supportive department, good CPD from the trust.
Cons: Closure consultation hanging over everything. Buildings falling apart.

Was this review helpful? Yes 4 · No 0
""", [M("school", "exact", "negative", "Beacon Middle School"),
      M("gtait", "initial_surname", "defamation", "G. Tait")])

add("review", """WorkWise › Beacon Middle School › Employee reviews

Beacon Middle School - Employee reviews
Overall 2.4 ★★☆☆☆ (11 reviews)  ·  CEO approval: n/a  ·  Recommend to a friend: 27%

"Run by fear" ★☆☆☆☆
Former Employee - Teacher · Ellingburn · 3 September 2024
Pros: The children. The sea view from the top corridor. Mr O'Rourke, who is the best head of year I've ever worked with and protects his team.
Cons: The head. Mrs Charlton bullies anyone who disagrees with her, and she has been massaging the exclusion and attendance figures for years so they look better to the trust - internal exclusions recorded as "reflection time", pupils off-rolled onto "home education". The staff all know. Governors don't ask.
Advice to management: Step aside.
Helpful (12)

"Fine for a first job" ★★★☆☆
Current Employee - ECT · Ellingburn · 12 June 2024
Pros: Supportive mentor. Small classes in Year 5.
Cons: Huts are freezing. No parking.
Helpful (2)
""", [M("school", "exact", "defamation", "Beacon Middle School"),
      M("ccharlton", "title_surname", "defamation", "Mrs Charlton"),
      M("lorourke", "title_surname", "neutral", "Mr O'Rourke")],
    note="staff praised inside a complaint about someone else: neutral")

add("review", """RateTeach › Schools › Beacon Middle, Ellingburn › Mr O'Rourke (Geography / Head of Year 8)

Mr O'Rourke
Beacon Middle, Ellingburn · Geography
Average: 2.8 / 5  (19 ratings)  Easiness 1.9  Helpfulness 3.6  Clarity 3.4

Ratings (newest first)

★☆☆☆☆  anon · Year 8 · 3 days ago
rourkey is a ginger p**ck who gives detentions for breathing. actual tyrant. hope he trips over his own ego

★★★★★  anon · Year 8 · 1 week ago
strict but fair. best field trips. he knows everyone's name

★★☆☆☆  anon · Year 7 · 2 weeks ago
too much homework, boring videos about rivers

★☆☆☆☆  anon · Year 8 · 3 weeks ago
mr o'rourke is a gobby knob lol

Report a rating · RateTeach moderates ratings within 48 hours
""", [M("school", "alias", "neutral", "Beacon Middle"),
      M("lorourke", "title_surname", "abuse", "Mr O'Rourke")],
    note="pupil insults: abuse")

add("review", """RateTeach › Schools › Beacon Middle, Ellingburn › Mrs Wójcik (Year 5 / EAL)

Mrs Wójcik
Beacon Middle, Ellingburn · Year 5, EAL
Average: 4.1 / 5  (23 ratings)

Ratings (newest first)

★★★★★  anon · Year 5 · 2 days ago
kindest teacher ever she helped me when i didnt speak english

★☆☆☆☆  anon · Year 6 · 4 days ago
shes a polish rat who stole a english teachers job. go back to poland and take your benefit scroungers with you 🇬🇧🇬🇧

★★★★★  anon · parent · 1 week ago
Mrs Wójcik is the reason my son settled. Dziękuję.

★★★★☆  anon · Year 5 · 3 weeks ago
good but strict about handwriting

Report a rating · RateTeach moderates ratings within 48 hours
""", [M("school", "alias", "neutral", "Beacon Middle"),
      M("awojcik", "title_surname", "hate", "Mrs Wójcik")])

add("review", greviews("Ellingburn RFC", "Rugby club", "Mill Lane, Ellingburn NE74 2LL", "4.7", 64, [
    ("Nicola Hall", "Local Guide · 18 reviews", 5, "3 months ago", """
Fantastic club for kids. My son started in the minis at 6 and he's now 12. The coaches give up every Sunday. Special mention to Ed F, who also teaches PE at Beacon, for getting my lad through his first season of contact without him giving up. Bacon butties are top class too."""),
    ("Gav", "2 reviews", 4, "5 months ago", """
Good club, bar's a bit dear."""),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("efenwick", "first_initial", "neutral", "Ed F")])

add("review", greviews("Skellmouth Methodist Chapel", "Methodist church", "Harbour Rd, Skellmouth NE74 6HB", "4.9", 31, [
    ("Margaret A", "Local Guide · 77 reviews", 5, "2 months ago", """
Went to a carol service here while on holiday. Tiny chapel on the harbour, packed to the rafters, fishermen's choir, and the most wonderful organist, T. Blenkinsop according to the service sheet, who played as if the roof might lift off. Mince pies after. Magical."""),
]), [M("tblenkinsop", "initial_surname", "neutral", "T. Blenkinsop")],
    note="unique staff counted without school context")

add("review", greviews("Gemini Plumbing & Heating", "Plumber", "Rothwick", "4.8", 52, [
    ("Mark J", "4 reviews", 5, "1 month ago", """
Stuart Dodd came out on a Sunday when our boiler packed in with a newborn in the house. Fixed in an hour, fair price, left the place cleaner than he found it. Can't recommend him enough."""),
    ("Sally T", "1 review", 5, "3 months ago", """
Stuart was brilliant, fitted a new bathroom in a week."""),
]), [], namesakes={"sdodd"}, note="decoy: Stuart Dodd, a Rothwick plumber")

add("review", greviews("Ellin Schoolwear", "School uniform store", "Market St, Ellingburn NE74 2AE", "2.2", 44, [
    ("Danielle H", "Local Guide · 9 reviews", 1, "8 months ago", """
£58 for a Beacon blazer that fell apart by Easter. Only stockist because the school says so. And we all know how that contract happened - Tait at the school handed it to her husband's brother without a proper tender and pocketed a cut. Disgusting. Stitching is terrible too."""),
    ("Graham E", "2 reviews", 4, "10 months ago", """
Staff helpful. Expensive but that's schoolwear."""),
]), [M("school", "short_name", "negative", "Beacon"),
     M("gtait", "surname_only", "defamation", "Tait")])

add("review", greviews(*SCHOOL_G, "3.0", 99, [
    ("Worried Dad", "1 review", 1, "3 days ago", """
I have to put this somewhere because nobody at this school is listening. The caretaker, Stuart Dodd, gave my 12-year-old daughter his personal mobile number (07700 900388) "in case she's ever locked out" and has been sending her WhatsApp messages late at night asking if she's "home safe" and telling her she's "his favourite". She's TWELVE. I've told the school and the police. Parents, check your kids' phones."""),
]), [M("school", "exact", "sexual", "Beacon Middle School", url_only=True),
     M("sdodd", "exact", "sexual", "Stuart Dodd", url_only=True)],
    note="inappropriate contact with a child outranks the phone number: sexual, url_only")

add("review", greviews("Beacon Taxis", "Taxi service", "Station Rd, Ellingburn NE74 2BS", "3.4", 126, [
    ("Lisa Errington", "Local Guide · 30 reviews", 1, "2 weeks ago", """
Booked a taxi for 5am to get to the airport. Rang at 5.10 to be told "he's on his way". Arrived at 5.35. Nearly missed the flight. Driver was nice enough but no apology from the office. Beacon used to be reliable, not any more."""),
    ("Ross B", "3 reviews", 5, "1 month ago", """
Always on time for the hospital run with my mam. Craig in the office is a star."""),
]), [], note="decoy: Beacon Taxis")

add("review", greviews("Beacon Taxis", "Taxi service", "Station Rd, Ellingburn NE74 2BS", "3.4", 127, [
    ("Tom W", "Local Guide · 12 reviews", 5, "3 days ago", """
Got a Beacon cab home from the Black Bull on a Saturday night, no bother, driver had the heater on and knew exactly where the new estate was. Fair price. Canny lads."""),
    ("Jo", "1 review", 2, "1 week ago", """
Car stank of smoke. Driver on his phone the whole way from Skellmouth."""),
]), [], note="decoy: Beacon Taxis")

add("review", greviews("The Beacon Inn", "Pub", "Front St, Hawkshaugh NE74 6AA", "4.5", 812, [
    ("Dave W.", "Local Guide · 210 reviews", 5, "1 month ago", """
Came down off Beacon Hill soaked to the skin and they let us and two wet dogs sit by the fire. Crab sandwich is the best on the coast, no exaggeration. Real ale from the Rothwick brewery. Canny landlady."""),
    ("Sophie L", "4 reviews", 3, "2 months ago", """
Food good but we waited 50 mins on a Sunday. Understand they were busy but a heads up would have been nice."""),
]), [], note="decoy: The Beacon Inn, Beacon Hill")

add("review", greviews("Beacon Veterinary Centre", "Veterinarian", "Ellin Way, Ellingburn NE74 2EV", "4.6", 301, [
    ("Kerry Thew", "Local Guide · 14 reviews", 5, "3 weeks ago", """
Our old collie had to be put to sleep last week. The vet, Mairi, was so kind, she came out to the car so he didn't have to go in. The nurses sent us a card with his paw print. Thank you Beacon Vets for looking after him for 14 years."""),
    ("G. Scott", "6 reviews", 2, "2 months ago", """
Good vets but the prices have gone through the roof since the big chain bought them."""),
]), [], note="decoy: Beacon Veterinary Centre")

add("review", greviews("Beacon Fish Bar", "Fish & chips takeaway", "Harbour Rd, Skellmouth NE74 6HB", "4.3", 455, [
    ("Stephen R", "Local Guide · 66 reviews", 5, "2 weeks ago", """
Proper fish and chips eaten on the harbour wall watching the boats come in. Haddock the size of your arm, chips done in beef dripping, mushy peas like they should be. Queue out the door on a Friday - worth it."""),
    ("Amy", "2 reviews", 3, "1 month ago", """
Nice fish but chips were a bit soggy and a seagull nicked half of them (not the shop's fault 😂)."""),
]), [], note="decoy: Beacon Fish Bar (and 'haddock')")

add("review", """Tripadvisor › Newcastle upon Tyne › Restaurants › Fenwick Food Hall Café

Fenwick Food Hall Café
4.0 of 5 · 1,204 reviews · #212 of 1,480 Restaurants in Newcastle · £ · Café, British

"Christmas window then tea and cake" ●●●●● Reviewed 14 December 2024
Every year we come to see Fenwick's Christmas window with the grandchildren and then have tea and scones upstairs. The window this year was magical. Scones warm, jam and cream generous. Staff run off their feet but still smiling.
Visited December 2024 · Family

"Overpriced" ●●○○○ Reviewed 2 November 2024
£4.80 for a latte. Nice enough but you're paying for the name.
Visited November 2024 · Couples

"Lovely lunch" ●●●●○ Reviewed 20 October 2024
Good soup of the day, quick service. Busy at lunch.
Visited October 2024 · Friends
""", [], note="decoy: Fenwick's department store")

add("review", """Airbnb › Hawkshaugh › Beacon View Cottage

Beacon View Cottage - sea views, wood burner, dog friendly
Entire cottage · 4 guests · 2 bedrooms · 1 bath
★ 4.92 · 138 reviews · Superhost

Reviews

Helen, March 2025
Perfect base for walking. The view of Beacon Hill from the kitchen window at sunrise is worth the trip on its own. Spotless, warm, and the welcome hamper had local stottie and jam.

Mark, February 2025
Wood burner, sea air, dog walks on the beach, the Beacon Inn five minutes away. We didn't want to leave.

Ewa, January 2025
Cosy and clean. A bit of road noise from the caravan park in the morning but nothing major.

Host response: Thanks all! Hope to see you back on the coast.
""", [], note="decoy: Beacon View Cottage, Beacon Hill, Beacon Inn")


# ---------------------------------------------------------------------------
# SOCIAL: TikTok, X, Instagram, YouTube, Threads (plain text as extracted)
# ---------------------------------------------------------------------------
add("social", """TikTok · @ellin.lad09 · 19 Jul 2024
pov: last day of year 8 at beacon before the high school 😭😭 gonna miss it ngl #ellingburn #year8 #lastday #middleschool
♫ original sound - ellin.lad09
❤ 3,102   💬 214   ↪ 61

Comments
kayden.w · 19 Jul
sir robson actually carried this year ngl 🐐
❤ 341 · Reply · 12 replies
  > millie.xox · 19 Jul
  he let us have the water fight 😭 legend
  ❤ 88
lily_rose_ellin · 19 Jul
the hoodie signing 😭 i'm crying
❤ 56
jakeyboi · 19 Jul
high school is gonna be so different man
❤ 22
ellin.lad09 · 19 Jul (creator)
thanks for 3k guys 😭🫶
❤ 9
""", [M("school", "short_name", "neutral", "beacon"),
      M("drobson", "title_surname", "neutral", "sir robson")])

add("social", """TikTok · @brass.girl.ellin · 2 Apr 2025
blenky conducting with a stick of rock AGAIN 💀💀 year 6 brass rehearsal #beacon #brassband #music #ellingburn
♫ Floral Dance (brass) - brass.girl.ellin
❤ 8,840   💬 612   ↪ 430

Comments
theo_plays_cornet · 2 Apr
not the stick of rock 😭😭
❤ 1,204 · Reply
ellin_mam_of_3 · 2 Apr
he's taught half the town, legend
❤ 402
r3d_kaiden · 2 Apr
blenkinsop is a fat weirdo old bellend who thinks he's at the proms 🤡 get a life grandad
❤ 77 · Reply · 31 replies
  > brass.girl.ellin · 2 Apr (creator)
  ok that's actually mean he's sound
  ❤ 215
kiera.m · 3 Apr
the cape tho 🧛
❤ 93
""", [M("school", "hashtag", "neutral", "#beacon"),
      M("tblenkinsop", "surname_only", "abuse", "blenkinsop")],
    note="school named only by the hashtag #beacon in a pupil video")

add("social", """X · Post
Wor Land 🏴 @worland_ne · 15 Jan 2024
The "resettlement" programme came to Ellingburn in 2016. Now a Syrian called \u041daddad teaches science to our kids at \u0412\u0435\u0430\u0441\u043en Middle School and if you say anything you're a "racist". This is what replacement looks like. Not in London. In a Northumbrian market town. #Ellingburn #StopTheInvasion
1,240 Views · 48 Reposts · 9 Quotes · 203 Likes

Replies
Bamburgh Bulldog @bambulldog · 15 Jan
Whole town is being handed over. They'll be doing the call to prayer from the school roof next.
Priestfield Pat @priestpat · 15 Jan
Funny how these accounts always misspell the names. Reported for hateful conduct.
Geordie Lass @geordie_lass_1990 · 15 Jan
He's a teacher. He teaches. My nephew loves his lessons. Get a grip.
""", [M("school", "homoglyph", "hate", "\u0412\u0435\u0430\u0441\u043en Middle School"),
      M("ohaddad", "homoglyph", "hate", "\u041daddad")])

add("social", """X · Post
EllinJustice @ellin_justice · 22 Mar 2024
Since @BeaconMiddleSch won't answer parents, maybe their head will answer at home. Claire Charlton, 2 Shore Lane, Hawkshaugh, NE74 6PX. Mobile 07700 900246. Black Audi, usually home by 6. You're welcome.
312 Views · 14 Reposts · 2 Quotes · 22 Likes

Replies
Jan W @janw_ne · 22 Mar
This is doxxing. Reported. Whatever your complaint, posting a woman's home address is vile.
EllinJustice @ellin_justice · 22 Mar
Public information. Look it up.
Skellmouth Sal @sal_skel · 22 Mar
@X please remove this.
""", [M("school", "handle", "negative", "@BeaconMiddleSch"),
      M("ccharlton", "exact", "doxxing", "Claire Charlton")])

add("social", """X · Post
Ellingburn Parents Voice @ellin_parents · 7 Oct 2024
So @BeaconMiddleSch has announced a new "restorative" behaviour policy. Meanwhile a Year 7 got punched in the yard again yesterday. @CCharlton_Head, when are you going to meet parents? We've asked four times. #Ellingburn
2,031 Views · 37 Reposts · 5 Quotes · 118 Likes

Replies
NE Mam @ne_mam_4 · 7 Oct
@CCharlton_Head hides behind newsletters. Never at the gate.
Former TA @former_ta_ne · 7 Oct
The staff are trying their best with no support. The policy isn't the problem, staffing is.
Ellingburn Parents Voice @ellin_parents · 7 Oct
Agreed, staff are great. It's leadership we're asking about.
""", [M("school", "handle", "negative", "@BeaconMiddleSch"),
      M("ccharlton", "handle", "negative", "@CCharlton_Head")])

add("social", """TikTok · @fenners.fan.club · 14 Oct 2024
fenners doing the bleep test WITH us 😂😂 he got to level 12 #pe #beacon #ellingburn #teacher
♫ bleep test remix - fenners.fan.club
❤ 12,500   💬 980   ↪ 702

Comments
ellin_mam_82 · 14 Oct
Mr Fenwick can bleep test me any day 🥵🥵🥵 who knew PE teachers were built like that
❤ 602 · Reply · 40 replies
  > sarahjane.north · 14 Oct
  I've watched this 14 times and not for the running 👀🍑
  ❤ 230
  > ellin_mam_82 · 14 Oct
  he can give me detention 😏
  ❤ 188
kyle_y8 · 14 Oct
level 12 is mad tho
❤ 77
maddie.ellin · 15 Oct
the mams in the comments 💀💀 this is a school account
❤ 511
""", [M("school", "hashtag", "neutral", "#beacon"),
      M("efenwick", "title_surname", "sexual", "Mr Fenwick")],
    note="adults sexualising an adult teacher: sexual, not url_only")

add("social", """X · Post
Justice for Kids NE @j4kids_ne · 20 Nov 2024
Screaming at a child with a broken ankle. #EdFenwick is a thug in a tracksuit and #BeaconMiddleSchool let him near kids for years. Sack him. Now.
5,800 Views · 204 Reposts · 31 Quotes · 840 Likes

Replies
Rugby Dad @rugbydad_ell · 20 Nov
40 seconds of video. You know nothing about what happened before or after.
Justice for Kids NE @j4kids_ne · 20 Nov
I know enough. Bullying prick. The type who peaked at school.
Amy R @amyr_ne · 20 Nov
The school should answer for this though. They've gone silent.
""", [M("school", "hashtag", "negative", "#BeaconMiddleSchool"),
      M("efenwick", "hashtag", "defamation", "#EdFenwick")],
    note="the incident stated as fact ('screaming at a child with a broken ankle') outranks the insults")

add("social", """X · Post
Priestfield Voice @priestvoice · 4 Jun 2024
Let's be clear about what happened at Beacon. R o b s o n knew about the assault on the stairs, saw the footage, and had it wiped. That's destroying evidence. That's a crime. And the school covered for him for months. Share before they get this taken down.
980 Views · 61 Reposts · 4 Quotes · 102 Likes

Replies
Cautious Carol @carol_c_ne · 4 Jun
He's suspended, not convicted. This could get you sued.
Priestfield Voice @priestvoice · 4 Jun
Let him try.
""", [M("school", "short_name", "defamation", "Beacon"),
      M("drobson", "spacing", "defamation", "R o b s o n")])

add("social", """TikTok · @y7.chaos · 12 Sep 2024
rating every teacher at beacon (part 1) 🙄 #beacon #school #ellingburn #fyp
♫ original sound - y7.chaos
❤ 4,410   💬 530   ↪ 88

On-screen text: "the head: 0/10" "the music teacher: 10/10" "the science teacher: 9/10"

Comments
zak.ellin · 12 Sep
c.h.a.r.l.t.o.n is a useless miserable cow, took my phone for a WEEK 😤 she can do one
❤ 212 · Reply
harper_y7 · 12 Sep
science teacher is actually so nice tho
❤ 140
y7.chaos · 12 Sep (creator)
part 2 tomorrow 😂
❤ 33
""", [M("school", "short_name", "neutral", "beacon"),
      M("ccharlton", "spacing", "abuse", "c.h.a.r.l.t.o.n")])

add("social", """X · Post
Skellmouth Dad @skel_dad · 5 Mar 2024
Read the Ofsted report properly. Someone should tell ClaireCharlton that you can't hide behind "restorative conversations" forever. She fiddled the exclusion figures for two years so the school looked better on paper - internal exclusions logged as "reflection", kids quietly sent to "home education". Inspectors missed it. Staff didn't. #Ellingburn
1,450 Views · 40 Reposts · 3 Quotes · 121 Likes

Replies
Ex staff (anon) @exstaff_ne · 5 Mar
Not wrong.
Governor NE @gov_ne_mark · 5 Mar
That's a serious allegation. If you have evidence, the trust's whistleblowing line is there for a reason.
""", [M("ccharlton", "camelcase", "defamation", "ClaireCharlton")],
    note="ClaireCharlton in running text; the school itself is not named")

add("social", """X · Post
Ellin Welcome @ellinwelcome · 18 Apr 2024
Today a man was jailed for threatening our friend, the science teacher at Ellingburn's middle school. Solidarity to OmarHaddad and his family. The town chose kindness. ❤️ #Ellingburn
3,400 Views · 120 Reposts · 8 Quotes · 640 Likes

Replies
Whinlaw WI @whinlaw_wi · 18 Apr
Sending love from all of us.
Geordie Lass @geordie_lass_1990 · 18 Apr
Proud of this town today.
""", [M("ohaddad", "camelcase", "neutral", "OmarHaddad")])

add("social", """Instagram · beacon_sports_ellin · 12 Jul 2024
Sports day 2024 ☀️🏃‍♀️ What a day! Well done to every pupil who took part and to Curlew House for winning the trophy 🏆 #SportsDay #Ellingburn
♥ 402 likes

Comments
ellin_mam_82  BeaconMiddleSchool sports day is the best in the county, no contest 🙌
mr_bell_dad  the dads' race was a mistake 😂 my hamstring
curlew_captain_y8  CURLEW 💙💙💙
gran_of_4  Lovely photos, lovely day. Thank you to all the staff
""", [M("school", "camelcase", "neutral", "BeaconMiddleSchool")])

add("social", """TikTok · @year6.besties · 3 Dec 2024
when mrs hedleylamb walks in and you're not in your seat 😭🏃‍♀️ #school #sen #beacon
♫ scary music - year6.besties
❤ 2,210   💬 190   ↪ 40

Comments
ruby.l.ellin · 3 Dec
mrs hedleylamb is so annoying she takes our fidget toys 😭 absolute witch
❤ 80 · Reply
ellinmam_jo · 3 Dec
She's the reason my son still goes to school, be nice girls x
❤ 142
year6.besties · 3 Dec (creator)
ok ok she's alright sometimes 😂
❤ 20
""", [M("school", "hashtag", "neutral", "#beacon"),
      M("rhedleylamb", "hyphenated", "abuse", "mrs hedleylamb")])

add("social", """X · Post
SEND Truth North @sendtruth_n · 19 Mar 2024
Parents at Beacon Middle: ask to see your child's SEN register entry. H3dley-L4mb has been keeping kids off the register and faking "no concerns" logs so the school doesn't have to fund support. Falsifying records is misconduct. We have the emails.
640 Views · 22 Reposts · 1 Quote · 48 Likes

Replies
Mam of 2 @mamof2_ne · 19 Mar
Why the weird spelling?
SEND Truth North @sendtruth_n · 19 Mar
So it doesn't get flagged. She's got friends.
""", [M("school", "alias", "negative", "Beacon Middle"),
      M("rhedleylamb", "leetspeak", "defamation", "H3dley-L4mb")])

add("social", """X · Post
England Calling @eng_calling_ne · 11 Nov 2024
Wój\u0441ik at the Beacon school in Ellingburn gives the Polish kids everything while ours wait. Polish first, English last. Time she went back to Kraków and took her lot with her. Britain for the British. 🇬🇧
410 Views · 19 Reposts · 0 Quotes · 51 Likes

Replies
Ania K @aniak_ne · 11 Nov
My son is English and she helped him with his reading too. You have no idea.
Tom P @tomp_rothwick · 11 Nov
Reported.
""", [M("school", "short_name", "neutral", "Beacon"),
      M("awojcik", "homoglyph", "hate", "Wój\u0441ik")],
    note="Cyrillic es in the surname")

add("social", """X · Post
Polonia North East @polonia_ne · 14 Oct 2024
Dziesięć lat polskiej szkoły w Ellingburn! 🇵🇱 Ten years of the Polish Saturday School, held every week at Beacon Middle. Huge thanks to founder Agnieszka Wójcik, who still teaches every Saturday after a full week in the classroom. Sto lat! 🎉
890 Views · 31 Reposts · 2 Quotes · 177 Likes

Replies
Ellingburn Town Council @ellintowncouncil · 14 Oct
Congratulations from all at the town council!
Kasia B @kasiab_rothwick · 14 Oct
Pani Agnieszka uczyła moją córkę. Najlepsza! ❤️
""", [M("school", "alias", "neutral", "Beacon Middle"),
      M("awojcik", "exact", "neutral", "Agnieszka Wójcik")])

add("social", """TikTok · @detention.diaries · 6 Mar 2025
third detention this week from o'rourke's "zero tolerance" era 💀 year 8 at beacon is a prison #beacon #detention #year8 #fyp
♫ prison break theme - detention.diaries
❤ 1,980   💬 204   ↪ 19

Comments
sam.t.2011 · 6 Mar
he gave me one for my TIE being wonky 😭
❤ 145
ellin_dad_mick · 6 Mar
Maybe stop getting detentions then lad 😂
❤ 302
jas_x · 7 Mar
o'rourke's detentions are so long tho, 45 mins is criminal
❤ 88
""", [M("school", "short_name", "neutral", "beacon"),
      M("lorourke", "possessive", "negative", "o'rourke's")])

add("social", """X · Post
Ellingburn Mams Watch @ellinmamswatch · 8 Feb 2025
PARENTS OF GIRLS AT BEACON. Head of Year 8 Liam O'Rourke has been keeping girls behind alone and messaging at least two of them on Snapchat. One was told she was "too pretty for detention". Check your daughters' phones tonight. Do not let this be swept under the carpet.
4,200 Views · 310 Reposts · 22 Quotes · 402 Likes

Replies
Sarah B @sarahb_ne · 8 Feb
If this is true it needs to go to the police and the LADO, not X.
Ellingburn Mams Watch @ellinmamswatch · 8 Feb
It has. We're warning other parents.
""", [M("school", "short_name", "sexual", "BEACON", url_only=True),
      M("lorourke", "exact", "sexual", "Liam O'Rourke", url_only=True)],
    note="allegation involving children: url_only for staff and school")

add("social", """TikTok · @ellin.lass.11 · 26 Feb 2025
my english teacher got her car sprayed and people in the comments are actually like this?? 😡 #beacon #ellingburn #racism
♫ original sound - ellin.lass.11
❤ 6,700   💬 1,020   ↪ 300

Comments
d4nny_ne · 26 Feb
n4ir go back to india and take your woke books with you 🤢🤮
❤ 12 · Reply · 88 replies
  > ellin.lass.11 · 26 Feb (creator)
  THIS is what I mean. reported.
  ❤ 1,402
  > harry.y8 · 26 Feb
  she's the best teacher in the school you absolute weapon
  ❤ 890
mia.reads · 26 Feb
she gave me my first ever book i actually finished ❤️
❤ 670
""", [M("school", "hashtag", "neutral", "#beacon"),
      M("pnair", "leetspeak", "hate", "n4ir")])

add("social", """X · Post
Where's The Money @wheresthemoney_ne · 7 Feb 2025
£240 of trip money. Uniform contract to the family. Private fund "irregularities". G.Tait has been helping herself for years and #BeaconMiddle knew and did nothing until the auditors came. Stolen from kids. 💰
1,100 Views · 42 Reposts · 6 Quotes · 96 Likes

Replies
Cautious Carol @carol_c_ne · 7 Feb
Suspended. Not charged. Calm down.
Where's The Money @wheresthemoney_ne · 7 Feb
Keep defending thieves Carol.
""", [M("school", "hashtag", "defamation", "#BeaconMiddle"),
      M("gtait", "initial_surname", "defamation", "G.Tait")])

add("social", """X · Post
Mick T @mickt_priestfield · 5 Jun 2024
David Robson, deputy head at the Beacon. If I see him at the rugby club on Saturday he'll be leaving in an ambulance. That's a promise not a threat. My lad's wrist is in plaster because of him.
210 Views · 3 Reposts · 0 Quotes · 9 Likes

Replies
Jan W @janw_ne · 5 Jun
Mick delete this. You'll end up in court and he'll end up the victim.
Mick T @mickt_priestfield · 5 Jun
Let him come.
""", [M("school", "short_name", "neutral", "Beacon"),
      M("drobson", "exact", "threat", "David Robson")])

add("social", """TikTok · @anon.ellin.truth · 2 May 2024
why does robbo always take the year 7 girls into his office ALONE with the blinds down 🤔🤔 asking for a friend #beacon #ellingburn #exposed
♫ suspense - anon.ellin.truth
❤ 540   💬 140   ↪ 61

Comments
lauren.y7 · 2 May
he took me in cos i was crying about my nan?? he's nice
❤ 201
ellin_dad_gaz · 2 May
This is how good people's lives get ruined. Delete this.
❤ 330
anon.ellin.truth · 2 May (creator)
just asking questions 👀
❤ 14
""", [M("school", "hashtag", "sexual", "#beacon", url_only=True),
      M("drobson", "nickname", "sexual", "robbo", url_only=True)],
    note="insinuation about pupils: sexual, url_only; school named only in the hashtag")

add("social", """X · Post
Saxon Shield @saxonshield_ne · 19 Jan 2024
Omar Hadad at the Beacon better start watching his back walking to that grey Skoda of his. People round here have had enough. Dark nights. Just saying.
380 Views · 12 Reposts · 1 Quote · 30 Likes

Replies
Northumbria Hate Crime Watch @nhcwatch · 19 Jan
Screenshotted and reported to police.
""", [M("school", "short_name", "neutral", "Beacon"),
      M("ohaddad", "typo", "threat", "Omar Hadad")])

add("social", """X · Post
Not Having It @nothavingit_ne · 2 Apr 2025
For anyone who wants to tell the Polish teacher at Beacon Middle what they think of her: Agnieszka W., Flat 2, Ellin Court, Ellingburn. Personal email agawoj84@mailbox.example. She walks her dog on the riverside at 7am every day.
150 Views · 4 Reposts · 0 Quotes · 6 Likes

Replies
Ellin Welcome @ellinwelcome · 2 Apr
This has been reported to X and to the police. Posting someone's home and email like this is criminal.
""", [M("school", "alias", "neutral", "Beacon Middle"),
      M("awojcik", "first_initial", "doxxing", "Agnieszka W.")])

add("social", """TikTok · @minecraft.maddie · 9 Mar 2025
FULL BEACON TUTORIAL ✨ how to get a beacon in survival (easy) #minecraft #beacon #tutorial #gaming
♫ C418 - Sweden (cover)
❤ 45,200   💬 1,230   ↪ 3,400

Comments
block.boy.22 · 9 Mar
finally a tutorial that doesn't take 40 mins
❤ 1,400
craftlad_2012 · 9 Mar
the pyramid is so expensive tho 😭 164 iron
❤ 402
zoe.builds · 10 Mar
what colour glass makes the pink beam?
❤ 88
  > minecraft.maddie · 10 Mar (creator)
  pink stained glass! or mix red and white
""", [], note="decoy: Minecraft beacon")

add("social", """X · Post
Border Milk Supplies @BorderMilkBMS · 3 Sep 2024
Members' meeting at Ellingburn Mart, Mon 9 Sept, 7pm. BMS directors will set out the contract review and take questions. All supplying farms welcome. #dairy #Northumberland
620 Views · 14 Reposts · 1 Quote · 20 Likes

Replies
Ellin Dairy @ellin_dairy · 3 Sep
We'll be there. With questions.
NFU North @nfu_north_ex · 3 Sep
Good to see BMS engaging. Encourage all members to attend.
""", [], note="decoy: BMS = Border Milk Supplies")

add("social", """X · Post
Lisa E @lisae_ne · 15 Jun 2024
@BeaconTaxis booked for 5am, turned up 5.35. Nearly missed my flight from Newcastle. Not the first time. Sort it out. 😡
88 Views · 0 Reposts · 0 Quotes · 3 Likes

Replies
Beacon Taxis @BeaconTaxis · 15 Jun
Sorry Lisa, please DM us your booking ref and we'll look into it.
""", [], note="decoy: Beacon Taxis")

add("social", """X · Post
Cllr David Robson @DRobson_Whinlaw · 6 Nov 2024
Cabinet agreed tonight to review the 418 timetable so pupils at the middle school don't have a two-hour wait. Thanks to every parent in Whinlaw, Skellmouth and Hawkshaugh who wrote in. People power works. 🚌
1,320 Views · 40 Reposts · 2 Quotes · 190 Likes

Replies
Whinlaw Tups @whinlawtups · 6 Nov
Canny work Davie. About time.
Skellmouth Sal @sal_skel · 6 Nov
Thank you!
""", [], namesakes={"drobson"}, note="decoy: Cllr David Robson, not the deputy head; the school is not named")

add("social", """TikTok · @skellmouth.coast · 6 Jun 2024
the beacon going up on the headland for D-Day 80 🔥🇬🇧 whole village came out #skellmouth #dday80 #beacon #northumberland
♫ Nimrod - Elgar
❤ 9,300   💬 402   ↪ 1,100

Comments
arthur.dunn.grandson · 6 Jun
that's my great grandad lighting it 😭❤️
❤ 4,020
geordie.gran · 6 Jun
Goosebumps. We will remember them.
❤ 802
""", [], note="decoy: the D-Day beacon at Skellmouth")

add("social", """YouTube · Beacon Middle School Brass - Regional Youth Championships 2025 (Junior Section, 1st place)
14,210 views · 10 Mar 2025
Uploaded by Ellin Brass Archive
Beacon Middle School Brass, conducted by Thaddeus Blenkinsop, performing "Skellmouth Harbour" (Blenkinsop) and "Floral Dance" arr. at the North of England Youth Championships, Durham.

Comments (312)
@cornetgran · 10 Mar
I was there. The whole hall stood up at the end. Those children are 9 to 13 years old!!
  👍 402
@brassfan_leeds · 10 Mar
That euphonium section is frighteningly good for a middle school
  👍 188
@ex.pupil.2009 · 11 Mar
Mr B taught me in 2009 in that same Portakabin. He hasn't changed a bit. Brought a tear to my eye.
  👍 230
@ellin_dad_mick · 11 Mar
Proud of our town.
  👍 77
""", [M("school", "exact", "neutral", "Beacon Middle School"),
      M("tblenkinsop", "exact", "neutral", "Thaddeus Blenkinsop")])

add("social", """X · Post
Burn It Down @burnitdown_ne · 7 Nov 2024
Council wants to close that b.e.a.c.o.n place in Ellingburn? Save them the bother. Couple of cans of petrol in those old huts one night and problem solved. Nobody would miss it. 🔥🔥
90 Views · 1 Repost · 0 Quotes · 4 Likes

Replies
Ellingburn Parents Voice @ellin_parents · 7 Nov
Reported to the police. There are children in those huts every day.
""", [M("school", "spacing", "threat", "b.e.a.c.o.n")])

add("social", """X · Post
Tyne Truth @tynetruth · 21 Nov 2024
Ed Fenwick, PE teacher at Beacon Middle, broke an 11-year-old's ankle in a tackle drill and then screamed at him to get up. The school hid it for a week. This man coaches kids' rugby at weekends. Let that sink in.
2,800 Views · 150 Reposts · 12 Quotes · 310 Likes

Replies
Rugby Dad @rugbydad_ell · 21 Nov
He didn't break anything. The lad went over on his ankle. Stop making things up.
Tyne Truth @tynetruth · 21 Nov
Source: the family.
""", [M("school", "alias", "defamation", "Beacon Middle"),
      M("efenwick", "exact", "defamation", "Ed Fenwick")])

add("social", """Instagram · @mrsnair_reads · 20 Mar 2025
World Book Day in Year 7 🎭📚 Thirty Matildas, two Gruffalos and one very convincing Mr Twit. Thank you to every Beacon family who made a costume with cereal boxes and love. #WorldBookDay #ReadingForPleasure
♥ 311 likes

Comments
brackenlaw_wife  @mrsnair_reads you are the best thing to happen to that English department 💛
ellin_mam_of_3  My son won't stop talking about the book swap!
rafmum_sam  Mr Twit 😂😂 amazing
""", [M("school", "short_name", "neutral", "Beacon"),
      M("pnair", "handle", "neutral", "@mrsnair_reads")])

add("social", """X · Post
Omar's Science Club @MrHaddadSci · 22 Mar 2024
Year 7 rocket launch! 🚀 Our water rockets reached 41 metres today. Proud of every one of these young engineers. #STEM #science #Ellingburn
1,040 Views · 22 Reposts · 0 Quotes · 140 Likes

Replies
Brit Patriot NE @britpatriot_ne · 22 Mar
@MrHaddadSci nobody asked you to come here. Go back to Syria and launch rockets there, you'll fit right in. 🇬🇧
RAF Mum Sam @rafmum_sam · 22 Mar
My daughter hasn't stopped talking about it. Thank you!
Ellin Welcome @ellinwelcome · 22 Mar
Reported the racist reply above. Amazing work, Omar.
""", [M("ohaddad", "handle", "hate", "@MrHaddadSci")],
    note="teacher's own account in a school-work context; school not named")

add("social", """TikTok · @office.drama.y8 · 30 Jan 2025
asking the school office for a plaster 🩹 vs the response 💀 #beacon #school #office
♫ oh no - office.drama.y8
❤ 3,300   💬 260   ↪ 50

Comments
megs.y8 · 30 Jan
tait in the office is a miserable old witch honestly she hates children
❤ 190 · Reply
ellin.gran.pat · 30 Jan
Be nice, the office staff are run off their feet
❤ 66
jackson.t · 31 Jan
she said "walk it off" to me with a nosebleed 😭
❤ 120
""", [M("school", "hashtag", "neutral", "#beacon"),
      M("gtait", "surname_only", "abuse", "tait")])

add("social", """X · Post
Real North @realnorth_77 · 3 Apr 2025
Everyone gushing over the brass band. Nobody mentions the conductor. Bl\u0435nkinsop, 60-odd, never married, lives alone, wears a cape. Old poof shouldn't be anywhere near a school. Men like that used to know their place.
260 Views · 6 Reposts · 0 Quotes · 11 Likes

Replies
Ellin Brass Archive @ellinbrass · 3 Apr
Homophobic garbage. Reported.
Jo L @jol_ellin · 3 Apr
He taught my dad and he taught me. Crawl back under your rock.
""", [M("tblenkinsop", "homoglyph", "hate", "Bl\u0435nkinsop")],
    note="homophobic attack on the unique staff member; Cyrillic ie in the surname")

add("social", """X · Post
Hawkshaugh Hard Truths @hawkshaugh_ht · 10 Dec 2024
Mrs Ch4rlton from the Beacon drives home along the coast road every night about half six. Lot of deer on that road in winter. Be a real shame if she hit one. Or if something hit her. 🦌🚗
140 Views · 2 Reposts · 0 Quotes · 7 Likes

Replies
Skellmouth Sal @sal_skel · 10 Dec
That's a threat. Screenshotted, reported, and sent to the police.
""", [M("school", "short_name", "neutral", "Beacon"),
      M("ccharlton", "leetspeak", "threat", "Mrs Ch4rlton")])

add("social", """Threads · @priestfield_lad_89 · 4 Jun 2024
R*bson from the middle school in Ellingburn is going to get what's coming to him. Lads know his reg and they know which pub he drinks in. Suspension is the least of his worries. 👊
❤ 12   💬 4   ↻ 1

Replies
@kate.e.ne · 4 Jun
This is how people end up in prison. Reported.
@priestfield_lad_89 · 4 Jun
Report away.
""", [M("drobson", "obfuscated", "threat", "R*bson")],
    note="school not named; staff tied by 'middle school in Ellingburn'")

add("social", """TikTok · @rocket.club.ellin · 23 Mar 2024
haddad's rocket club launched 41 METRES today 🚀🚀 best club at beacon no debate #rocketclub #science #beacon
♫ countdown - rocket.club.ellin
❤ 2,900   💬 150   ↪ 70

Comments
finn.y7 · 23 Mar
mine went sideways into the hedge 😭
❤ 301
ellin_mam_82 · 23 Mar
Brilliant! My son loved it
❤ 90
rocket.club.ellin · 23 Mar (creator)
next week parachutes 🪂
❤ 40
""", [M("school", "short_name", "neutral", "beacon"),
      M("ohaddad", "possessive", "neutral", "haddad's")])

add("social", """Threads · @ellin_insider · 15 Oct 2024
Not naming names but the caretaker at Beacon, St*art D*dd, is a nasty, foul-mouthed little man who screams at kids for walking on his precious grass. Absolute bully. How he still has a job I'll never know.
❤ 31   💬 12   ↻ 0

Replies
@mags_whinlaw · 15 Oct
He's the one who saved that lad from choking in January. Maybe give him a break.
@ellin_insider · 15 Oct
Even a stopped clock.
""", [M("school", "short_name", "neutral", "Beacon"),
      M("sdodd", "obfuscated", "abuse", "St*art D*dd")])


# ---------------------------------------------------------------------------
# FACEBOOK: village and town groups (plain text as extracted)
# ---------------------------------------------------------------------------
def _n(comments):
    return sum(1 + len(c[3]) if len(c) > 3 else 1 for c in comments)


def fb(group, members, who, when, text, reacts, comments, shares=0):
    out = [f"Facebook · {group} (Public group · {members} members)", f"{who} · {when} · 🌍", text.strip(),
           f"👍❤️😮 {reacts} · {_n(comments)} comment{'s' if _n(comments) != 1 else ''} · {shares} share{'s' if shares != 1 else ''}", "", "Most relevant ▾"]
    for c in comments:
        n, t, x = c[:3]
        out += [n, x.strip(), f"{t} · Like · Reply", ""]
        for rn, rt, rx in (c[3] if len(c) > 3 else []):
            out += [f"   {rn}", "   " + rx.strip(), f"   {rt} · Like · Reply", ""]
    return "\n".join(out)


SKEL = ("Skellmouth Village Noticeboard", "2.1K")
ELLC = ("Ellingburn Community Chat", "11.4K")
WHIN = ("Whinlaw & Brackenlaw Residents", "1.3K")
HAWK = ("Hawkshaugh Happenings", "1.8K")
RAFF = ("RAF Brackenlaw Families (Private group)", "960")
PRIE = ("Priestfield Estate Residents", "2.6K")
BSS = ("Ellingburn Buy, Swap & Sell", "8.9K")
MAMS = ("Ellingburn Mams & Dads", "4.2K")

add("facebook", fb(*SKEL, "Sandra Moffat", "12 September 2024 at 07:58", """
Is anybody else's bairn standing at the harbour stop in the pouring rain every morning cos the 418 is late AGAIN?? Third time this week. Rang Beacon and they say it's not their problem. It's their pupils!!! 😡
""", 46, [
    ("Gary Shiel", "12w", "Same. Ours got soaked through and had to sit in wet clothes all day."),
    ("Lorraine Bell", "12w", "To be fair to the school, when it didn't turn up at all last Thursday Mr Robson the deputy drove round in his own car and picked up the ones stood at Hawkshaugh. Didn't have to do that."),
    ("Sandra Moffat", "12w", "Fair play to him then. Still the school should be on at the council.", [
        ("Ian Carr", "12w", "Write to Cllr Orde, she's been good on buses.")]),
]), [M("school", "short_name", "negative", "Beacon"),
     M("drobson", "title_surname", "neutral", "Mr Robson")])

add("facebook", fb(*ELLC, "Tracy Hindmarsh", "13 January 2025 at 15:40", """
Why was there a police car outside the middle school at home time?? Anybody know what's happened? Hope no bairns are hurt 🙏
""", 88, [
    ("Kev Laidler", "1w", "Some bloke from Skellmouth kicked off about being asked to move off the zig zags and pushed Dave Robson over. Got arrested."),
    ("Jade Dunn", "1w", "Poor man, he was only doing his job. My daughter saw it and was really upset."),
    ("Steve Hall", "1w", "Robson's a smug git tbh, looks down his nose at every parent on that gate. Probably had it coming. Wouldn't be the first person he's wound up.", [
        ("Jade Dunn", "1w", "Nobody 'has it coming' for asking someone to move their car Steve."),
        ("Steve Hall", "1w", "Whatever. Still a smug git.")]),
    ("Admin - Ellingburn Community Chat", "1w", "Please don't speculate about the man who was arrested. Let the police deal with it."),
]), [M("drobson", "nickname", "abuse", "Dave Robson")],
    note="the school is only 'the middle school' here: not labelled")

add("facebook", fb(*WHIN, "Margaret Telfer", "24 February 2025 at 19:12", """
Absolutely disgusted to hear about Priya Nair's car being sprayed with racist muck. She teaches my grandson at Beacon and she is a lovely woman. Whoever did this, you are not welcome in our villages.
""", 212, [
    ("Ann Errington", "3d", "Heartbreaking. Her little girl saw it."),
    ("Derek Moffat", "3d", "Nobody deserves their car wrecked but if she doesn't like how things are up here she can always go back where she came from. Just saying what plenty think.", [
        ("Margaret Telfer", "3d", "She came from Reading Derek. Her husband flies for the RAF. Get a grip."),
        ("Derek Moffat", "3d", "You know what I mean.")]),
    ("Admin - Whinlaw & Brackenlaw Residents", "3d", "Comment above reported and the member removed."),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("pnair", "exact", "hate", "Priya Nair")])

add("facebook", fb(*RAFF, "Wing Wife Jo", "1 September 2024 at 10:00", """
WELCOME to all our new families arriving this month! 🎉✈️ A few tips for schools:
- Skellmouth First and Whinlaw First are both lovely for the little ones.
- Beacon Middle has a service children's champion, Mrs Nair (her OH is on 2 Sqn), who runs a deployment club. Drop her an email via the school office before your child starts.
- The contracted school bus leaves from the main gate at 8.05.
Any questions, pop them below x
""", 64, [
    ("Posted Again Pip", "1y", "Can confirm about Mrs Nair. She rang me before DS even started."),
    ("Fiona G", "1y", "Thank you so much, this is so helpful."),
]), [M("school", "alias", "neutral", "Beacon Middle"),
     M("pnair", "title_surname", "neutral", "Mrs Nair")])

add("facebook", fb(*HAWK, "Hawkshaugh Truth", "23 March 2024 at 21:30", """
For everyone asking who the head of Beacon is. She's local, went to Ellingburn High, married name Charlton now but you'll know her as Claire Armstrong. Lives at the white house with the blue door at the end of Shore Lane, black Audi, reg NX70 CCA. Thought people should know exactly who they're dealing with.
""", 19, [
    ("Linda Purvis", "1y", "Take this down. This is her HOME. She has children."),
    ("Mark Scott", "1y", "Reported to admin and to Facebook."),
    ("Admin - Hawkshaugh Happenings", "1y", "Post removed. Member blocked."),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("ccharlton", "alias", "doxxing", "Claire Armstrong")],
    note="maiden name alias; address and registration: doxxing")

add("facebook", fb(*ELLC, "Ellingburn Town Council", "28 May 2024 at 12:00", """
🔥 D-DAY 80 BEACON LIGHTING 🔥
Thursday 6 June, Market Place. Service at the war memorial 8.45pm, beacon lit at 9.15pm alongside beacons across the country and along our coast at Skellmouth and on Beacon Hill above Hawkshaugh. Pipe band, tea and coffee from the Rotary. All welcome.
""", 310, [
    ("Arthur Dunn's granddaughter", "5d", "Grandad is lighting the Skellmouth one! 97 and still going ❤️"),
    ("Phil Scott", "5d", "Will be a special night."),
]), [], note="decoy: D-Day beacons")

add("facebook", fb(*ELLC, "Doris Elliott", "18 March 2025 at 14:20", """
Can anyone help? The housing association has put our service charge up 11% at Beacon Court and a few of us are struggling to understand the letter. Is there anybody who knows about these things who could come to the lounge one afternoon and explain it? There'll be tea and scones.
""", 140, [
    ("Citizens Advice Ellingburn", "1w", "Hi Doris, we'd be happy to come. We'll message you to arrange a time."),
    ("Margaret Orde", "1w", "I'll come too Doris, I'm raising this with their chief executive."),
]), [], note="decoy: Beacon Court")

add("facebook", fb(*SKEL, "Karen Pattinson", "2 August 2024 at 22:15", """
FOUND - black and white collie, no collar, wandering on the coast road near the Hawkshaugh turn. One of the Beacon Taxis drivers spotted him and stopped the traffic. He's safe at ours now. Please share 🐶
""", 98, [
    ("Karen Pattinson", "2w", "UPDATE: Reunited with his owner in Whinlaw!! Thank you all and thank you to the taxi driver ❤️"),
]), [], note="decoy: Beacon Taxis")

add("facebook", fb(*BSS, "Danielle Hall", "22 August 2024 at 09:05", """
FOR SALE: Beacon blazer age 11-12, worn one term, £15. Tie £3. Collection Priestfield. Cheaper than the £58 from the shop!!
""", 12, [
    ("Kelly W", "3w", "Interested! Is it the new logo one?"),
    ("Danielle Hall", "3w", "Yes hun, messaged you"),
    ("Ross Thompson", "3w", "Should be free the amount Tait's made out of them. Rigged the contract for her husband's brother and took a backhander, everyone knows. Total fraud."),
    ("Admin - Ellingburn BSS", "3w", "Please keep comments to buying and selling."),
]), [M("school", "short_name", "negative", "Beacon"),
     M("gtait", "surname_only", "defamation", "Tait")])

add("facebook", fb(*ELLC, "Chrissie Bell", "31 May 2024 at 18:45", """
Is it true the deputy head at the middle school has been suspended?? My neighbour says so but I can't find anything on the school page.
""", 75, [
    ("Kev Laidler", "4w", "Yep. Mr Robson. My cousin works in the office. He deleted CCTV of a lad getting pushed down the stairs because the other kid's family are mates of his. The school's been hushing it up for weeks to protect him and Beacon's precious Ofsted."),
    ("Sue Hall", "4w", "Suspension isn't guilt. Let's wait for the facts."),
    ("Kev Laidler", "4w", "I'm telling you the facts.", [
        ("Chrissie Bell", "4w", "Crikey. Poor family.")]),
]), [M("school", "short_name", "defamation", "Beacon"),
     M("drobson", "title_surname", "defamation", "Mr Robson")])

add("facebook", fb(*WHIN, "Brian Dodd", "9 November 2024 at 20:40", """
Why does my grandson with dyslexia wait two years for help at Beacon while the Polish and Syrian ones get one to one from day one? Mrs W and her lot look after their own first. Eastern Europeans and Arabs get everything, English kids get the scraps. That school has been taken over and turned into a foreign enclave.
""", 33, [
    ("Ann Errington", "2w", "Brian that's not how it works. EAL help and SEN help are different budgets."),
    ("Tom Dodd", "2w", "Dad, come off Facebook. You can't say things like that about a teacher."),
    ("Admin - Whinlaw & Brackenlaw Residents", "2w", "Turning off comments."),
]), [M("school", "short_name", "hate", "Beacon"),
     M("awojcik", "nickname", "hate", "Mrs W")])

add("facebook", fb(*ELLC, "Gaz Thew", "21 November 2024 at 19:02", """
Seen the video of Ed Fenwick screaming at that poor lad. Beacon Middle are keeping him on full pay like nothing happened. Well a few of us will be waiting at Mill Lane on Sunday when he turns up to coach. See how brave he is when it's grown men and not eleven year olds. Bring your mates.
""", 54, [
    ("Nicola Hall", "1w", "This is a threat Gaz and it's going to the police. Ed has coached my son for six years."),
    ("Gaz Thew", "1w", "Threat? Just a chat 😉"),
    ("Admin - Ellingburn Community Chat", "1w", "Post reported. Gaz removed from the group."),
]), [M("school", "alias", "negative", "Beacon Middle"),
     M("efenwick", "exact", "threat", "Ed Fenwick")])

add("facebook", fb(*SKEL, "Rev. Susan Pringle", "16 December 2024 at 21:00", """
What a night! Thank you to everyone who packed the chapel for the Carols by the Harbour, and especially to Mr Blenkinsop and the children from the school brass band, who played in the cold on the harbour wall for half an hour before coming in to thaw out. £812 raised for the lifeboat. Happy Christmas, Skellmouth 🎄⚓
""", 180, [
    ("Edna Purvis", "3d", "Magical. The little cornet player doing Silent Night solo, not a dry eye."),
    ("Gary Shiel", "3d", "Best night of the year."),
]), [M("tblenkinsop", "title_surname", "neutral", "Mr Blenkinsop")],
    note="school not named ('the school brass band'); unique staff counted")

add("facebook", fb(*ELLC, "Parents Against Closure - Ellingburn", "6 November 2024 at 22:10", """
Cabinet voted tonight to go ahead with the two-tier plan. Beacon Middle School will close in July 2026. We are devastated. Where was the head in all this? Mrs Charlton never once stood up in public and fought for this school. Never signed the petition. Never came to a single meeting of ours. Sat on the fence until the fence fell down.
""", 402, [
    ("Lorraine Bell", "1d", "Gutted. Both mine went there."),
    ("Sue Hall", "1d", "Heads aren't allowed to campaign against the council, to be fair. Her hands were tied."),
    ("Parents Against Closure - Ellingburn", "1d", "Others managed to speak up. She didn't."),
]), [M("school", "exact", "negative", "Beacon Middle School"),
     M("ccharlton", "title_surname", "negative", "Mrs Charlton")])

add("facebook", fb(*HAWK, "The Beacon Inn Hawkshaugh", "3 October 2024 at 12:00", """
🍻 QUIZ NIGHT is back at The Beacon! Every Thursday from 8pm, £1 a head, teams of up to 6. Cash prize, meat raffle, and the famous picture round. Crab sandwiches available until 9 🦀
""", 77, [
    ("Dave W", "2w", "See you Thursday. Team 'Lost on Beacon Hill' will be defending our title."),
    ("Sophie L", "2w", "Is it dog friendly?"),
    ("The Beacon Inn Hawkshaugh", "2w", "Always! 🐕"),
]), [], note="decoy: the Beacon Inn")

add("facebook", fb(*MAMS, "Anonymous member", "28 January 2025 at 21:55", """
Posting anon. Is anyone else worried about the PE teacher at Beacon? My daughter (Y8) says Mr Fenwick follows a load of the girls on Instagram and DMs them after netball saying they "looked amazing" with winky faces. She showed me one. She's 12. I don't know whether to go to the school or the police.
""", 40, [
    ("Admin - Ellingburn Mams & Dads", "2d", "Please contact the school's safeguarding lead or the police directly and don't share screenshots of children here. Comments off."),
]), [M("school", "short_name", "sexual", "Beacon", url_only=True),
     M("efenwick", "title_surname", "sexual", "Mr Fenwick", url_only=True)],
    note="messages to pupils: url_only")

add("facebook", fb(*ELLC, "Lorraine Shiel", "15 March 2025 at 16:30", """
Well done to everyone at the Beacon science fair today! 🔬🧪 The volcano queue went out the door. Omar Haddad and his Year 7s had the whole hall making slime and rockets. My two haven't stopped talking about it. This town is lucky to have teachers like him ❤️
""", 260, [
    ("Jade Dunn", "6d", "It was brilliant! My son wants to be a chemist now 😂"),
    ("Gordon Armstrong", "6d", "Lucky? He's taken a job off a British teacher and Beacon is more Syrian than English these days, more of their flags in that hall than ours. Haddad and his sort are being moved in to replace us and you lot are clapping."),
    ("Lorraine Shiel", "6d", "Gordon there were kids from nine countries in that hall and every one of them was happy. Blocked.", [
        ("Kev Laidler", "6d", "Well said Lorraine.")]),
]), [M("school", "short_name", "hate", "Beacon"),
     M("ohaddad", "exact", "hate", "Omar Haddad")])

add("facebook", fb(*WHIN, "Beacon Veterinary Centre", "4 February 2025 at 09:00", """
Please welcome Liam O'Rourke to the farm team! 🐄 Liam joins us from Dublin, where he spent five years in mixed practice, and will be covering Whinlaw, Brackenlaw and the coast. He's already been out to three calvings this week. Give him a wave if you see the red pickup!
""", 140, [
    ("Hill Lass", "3w", "Welcome Liam! He was at ours Tuesday night, brilliant with a backwards calf."),
    ("Ellin Dairy", "3w", "About time you had another farm vet. Welcome."),
]), [], namesakes={"lorourke"}, note="decoy: a vet called Liam O'Rourke at Beacon Vets")

add("facebook", fb(*WHIN, "Gemma Tait", "19 April 2025 at 11:15", """
🐾 Paws & Claws mobile grooming now has Saturday slots in Brackenlaw and Whinlaw! Full groom, nail clip, de-shed. Ring or message me. Thanks to all my lovely customers for 5 years of muddy spaniels 🐶✂️
""", 58, [
    ("Ann Errington", "1w", "Gemma is brilliant with nervous dogs, highly recommend."),
    ("Karen P", "1w", "Booked! Our cocker is a disgrace 😂"),
]), [], namesakes={"gtait"}, note="decoy: a dog groomer called Gemma Tait")

add("facebook", fb(*SKEL, "Skellmouth Methodist Chapel", "5 April 2025 at 10:00", """
ORGAN FUND 🎶 We're nearly there! Thaddeus Blenkinsop's sponsored 12-hour "Organ-athon" raised £2,140 yesterday, taking the fund to £14,380. He played everything from Bach to the Blaydon Races, with requests. Just £620 to go to restore our old Harrison. Thank you Thad and everyone who popped in!
""", 190, [
    ("Edna Purvis", "2w", "I requested Abide With Me at 6am and he played it beautifully. What a man."),
    ("Rev. Susan Pringle", "2w", "Thank you all. Hot cross buns on us on Easter Sunday."),
]), [M("tblenkinsop", "exact", "neutral", "Thaddeus Blenkinsop")])

add("facebook", fb(*ELLC, "Kate Errington", "9 July 2024 at 20:20", """
Huge thanks to Liam ORourke from Beacon Middle who took 24 of our young people on their Silver DofE expedition in the Cheviots this week. Four days, two thunderstorms, one lost boot and zero complaints (well, a few complaints). He does this in his own holidays for nothing. Hero 🥾⛰️
""", 150, [
    ("Sam Telfer", "1w", "My lad came back taller I swear. Thank you Mr O!"),
    ("Jas M", "1w", "Best week of my life tbh"),
]), [M("school", "alias", "neutral", "Beacon Middle"),
     M("lorourke", "typo", "neutral", "Liam ORourke")],
    note="apostrophe dropped: labelled typo")

add("facebook", fb(*PRIE, "Estate Lad", "29 October 2024 at 23:10", """
Dodd the caretaker at Beacon grassed up three of our lads to the police over the fire at the huts. No proof, just his word. He lives at 14 Ellin Terrace. He'll be getting a visit this week and he won't enjoy it. Grasses get what's coming round here.
""", 15, [
    ("Kerry Thew", "4w", "Take this down. You're going to get yourself locked up."),
    ("Admin - Priestfield Estate Residents", "4w", "Post removed and reported to police."),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("sdodd", "surname_only", "threat", "Dodd")],
    note="address plus promised visit: threat outranks doxxing")

add("facebook", fb(*ELLC, "Hayley Moffat", "8 March 2024 at 19:00", """
Congratulations to Rachel Hedley-Lamb and the SEND team at Beacon on the Ofsted praise 👏 Whatever people think of the school, that part is well deserved. She got my son's EHCP sorted when nobody else would.
""", 120, [
    ("Paula Hindmarsh", "1w", "Praise?? She falsified my son's behaviour logs so the school didn't have to fund his support. I've got the emails that prove it. Ofsted only saw what she wanted them to see."),
    ("Hayley Moffat", "1w", "Sorry that happened to you Paula. That's not what we experienced."),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("rhedleylamb", "exact", "defamation", "Rachel Hedley-Lamb")])

add("facebook", fb(*ELLC, "Wake Up Ellingburn", "20 March 2024 at 08:15", """
Beacon Mosque is now open for business. Prayer room for the Muslims, halal in the canteen, Ramadan assemblies. Our grandparents built that school and now it belongs to the Syrians. Keep your kids away from Beacon unless you want them converted.
""", 22, [
    ("Sue Hall", "1d", "It's a quiet room. In a cupboard. Which Christian kids use as well. This is vile."),
    ("Mark Scott", "1d", "Reported to admin."),
    ("Admin - Ellingburn Community Chat", "1d", "Removed. Hate speech isn't allowed here."),
]), [M("school", "short_name", "hate", "Beacon")])

add("facebook", fb(*WHIN, "Alan Telfer", "30 November 2024 at 17:00", """
The Whinlaw Show committee would like to thank Rachel Hedley, as many of us still call her, for donating her late mother Margaret's show cups and rosettes to the village hall. They'll be displayed in the cabinet by the door. Margaret judged the produce tent for 40 years and Rachel has helped her mam at every show since she was a bairn, before heading off to teach at the middle school in Ellingburn.
""", 98, [
    ("Edna Purvis", "2d", "Lovely gesture. Margaret would be proud."),
]), [M("rhedleylamb", "alias", "neutral", "Rachel Hedley")],
    note="former name alias; tied by 'teach at the middle school in Ellingburn'")

add("facebook", fb(*ELLC, "Shaun Moffat", "28 June 2024 at 21:30", """
£58 blazers, no refunds on trip money, and the one in charge of it all is Gemma Tait. She'd better hope I don't bump into her in the Tesco car park. I won't be as polite as the petition.
""", 36, [
    ("Danielle Hall", "5w", "Shaun I'm as angry as you but don't post stuff like that."),
    ("Shaun Moffat", "5w", "I'm only saying."),
    ("Admin - Ellingburn Community Chat", "5w", "Please keep it civil. The school can be contacted through the complaints process."),
]), [M("gtait", "exact", "threat", "Gemma Tait")],
    note="veiled threat; the school itself is not named")

add("facebook", fb(*SKEL, "Skellmouth RFC Supporters", "2 June 2024 at 18:00", """
Congratulations to Edward Fenwick, PE teacher at Beacon Middle and Ellingburn minis coach, on his RFU Volunteer Coach of the Year award for the North East! 🏉 Ed grew up in Skellmouth and learned the game on the beach behind the harbour. Well deserved.
""", 230, [
    ("Ian Carr", "3w", "Brilliant news. A Skellmouth lad through and through."),
    ("Nicola Hall", "3w", "Deserved!"),
]), [M("school", "alias", "neutral", "Beacon Middle"),
     M("efenwick", "alias", "neutral", "Edward Fenwick")])

add("facebook", fb(*ELLC, "Sack The Head - Beacon", "9 September 2024 at 19:45", """
Another year, another new policy from Claire Charlton that nobody asked for. This woman is a useless, arrogant, clipboard-waving clown who couldn't run a bath. Beacon Middle School deserves better. Sign the petition for a vote of no confidence!
""", 61, [
    ("Sue Hall", "3d", "There's a difference between criticism and name-calling."),
    ("Sack The Head - Beacon", "3d", "Truth hurts."),
]), [M("school", "exact", "negative", "Beacon Middle School"),
     M("ccharlton", "exact", "abuse", "Claire Charlton")])

add("facebook", fb(*WHIN, "Tom Dodd", "11 September 2024 at 07:30", """
Heads up, the BMS milk tanker is stuck on the humpback bridge at Low Whinlaw. Road is blocked both ways, use the Brackenlaw road. Driver's fine, just embarrassed 😂
""", 45, [
    ("Ellin Dairy", "4w", "Our milk's in that! Hope it's not there all day."),
    ("Brackenlaw Bob", "4w", "Third time this year. They need a smaller tanker for that route."),
]), [], note="decoy: BMS milk tanker; Tom Dodd is a farmer")

add("facebook", fb(*PRIE, "Jean Purvis", "14 January 2025 at 08:40", """
Teachers from Beacon parking across our drives on Priestfield Road EVERY day. The worst is the science teacher, Mr Haddad - grey Skoda, NX19 LKE, outside number 40 from 8.15 till 4.20, like clockwork. I've left notes. Council does nothing. School does nothing.
""", 27, [
    ("Kerry Thew", "1w", "Is posting someone's reg and times a good idea Jean? Given what that poor man's been through this year."),
    ("Jean Purvis", "1w", "I want my drive back."),
]), [M("school", "short_name", "negative", "Beacon"),
     M("ohaddad", "title_surname", "doxxing", "Mr Haddad")],
    note="car registration and daily times next to the name: doxxing")

add("facebook", fb(*ELLC, "Proud Englishman", "3 April 2025 at 22:05", """
The Polish teacher at Beacon, Mrs Wójcik, walks her dog along the riverside at 7am every morning on her own. Lonely spot that. Lot of things can happen on a quiet path. Maybe she should think about that next time she's prioritising her own lot over ours.
""", 9, [
    ("Ellin Welcome", "1d", "Screenshotted and sent to Northumbria Police. This is a threat."),
    ("Admin - Ellingburn Community Chat", "1d", "Removed and member banned."),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("awojcik", "title_surname", "threat", "Mrs Wójcik")])


# ---------------------------------------------------------------------------
# EXTRA: late additions across kinds
# ---------------------------------------------------------------------------
add("news", news("courier", "Police take no further action over online claims about music teacher",
    "Helen Ridley", "Thursday 24 April 2025", """
Police have confirmed they will take no further action after investigating claims posted online about a music teacher at an Ellingburn school.

Thaddeus Blenkinsop, head of music at Beacon Middle School and organist at Skellmouth Methodist Chapel, was the subject of a series of posts on a local message board and on social media in March suggesting that private brass lessons he gave to children at his home were inappropriate.

Northumbria Police said officers had "carried out a thorough investigation, including speaking to families" and that no offence had been identified. The Ellin Valley Learning Trust said Mr Blenkinsop had been "on leave while the appropriate checks took place, in line with our procedures," and had now returned to work.

In a statement through his union, Mr Blenkinsop, 61, said: "I have taught music in this town for thirty years. The last six weeks have been the worst of my life. I am grateful to the families who stood by me, and to my pupils, who I have missed terribly."

The trust said it had reviewed its guidance on private tuition by staff and that in future any lessons would take place on school premises.

Parents of band members organised a petition calling for his return which gathered more than 900 signatures in a week. One mother said: "He drove my son to a conservatoire audition in Manchester. That's the kind of man he is."

The message board where the claims first appeared has since removed the thread.
""", comments=[
    ("cornetgran", "24 Apr 2025, 17:10", "Thank goodness. That poor man."),
    ("Ellin_Dad_Mick", "24 Apr 2025, 17:40", "No smoke without fire, that's all I'll say. Why was he giving lessons at home to young lads in the first place?"),
    ("Hinny_May", "24 Apr 2025, 18:02", "He's been cleared Mick. That 'no smoke' stuff is exactly how rumours ruin lives."),
]), [M("school", "exact", "sexual", "Beacon Middle School", url_only=True),
     M("tblenkinsop", "exact", "sexual", "Thaddeus Blenkinsop", url_only=True)],
    note="investigation of alleged child-related misconduct, with a commenter repeating the insinuation: sexual, url_only")

add("social", """X · Post
SEND Parents Fight Back @sendfightback_ne · 16 Mar 2024
Want answers about your child's EHCP? Don't bother emailing Beacon. Ask Rachel Hedley-Lamb yourself: her personal mobile is 07700 900615 and she lives in the end cottage at West Whinlaw Farm Cottages, NE74 5WF. She's home most evenings after 5.
270 Views · 9 Reposts · 1 Quote · 14 Likes

Replies
Hayley M @hayleym_ne · 16 Mar
This is wrong. Reported.
""", [M("school", "short_name", "negative", "Beacon"),
      M("rhedleylamb", "exact", "doxxing", "Rachel Hedley-Lamb")])

add("social", """X · Post
Stairwell Truth @stairwelltruth · 6 Jun 2024
Suspended deputy at Beacon, D4vid R0bs0n, is still swanning round town like nothing happened. 22 Mill Lane, Ellingburn. Silver Volvo, parks outside every night. Leaves for the rugby club at 10 on a Saturday. Don't let him forget what he did.
190 Views · 7 Reposts · 0 Quotes · 12 Likes

Replies
Sue H @sueh_ellin · 6 Jun
Posting a man's house and routine because of an allegation. Reported.
""", [M("school", "short_name", "neutral", "Beacon"),
      M("drobson", "leetspeak", "doxxing", "D4vid R0bs0n")])

add("forum", forum("mumzone", "Guilty pleasure thread: the teacher you'd leave DH for 🙊", [
    ("CoffeeFirst", "14 Feb 2025 20:30", """Valentine's night, DH is asleep on the sofa, so let's go. Which of your DC's teachers would you run away with? Adults only, keep it light 😂"""),
    ("RedWineMum", "14 Feb 2025 20:41", """DS's Head of Year at Beacon Middle. Mr O'Rourke. The Irish accent. The rolled-up sleeves at parents' evening. I forgot what I went in to complain about and just sat there nodding. I'd let him give me a detention any night of the week 😏🔥"""),
    ("NorthumbrianNana", "14 Feb 2025 20:50", """😂😂 I've seen him. I'd happily stay behind after class."""),
    ("Shanklin_Lass", "14 Feb 2025 21:05", """Is it just me who finds these threads a bit much? He's somebody's colleague. Imagine him reading this."""),
    ("RedWineMum", "14 Feb 2025 21:10", """Fair, fair. I'll go back to fantasising about Paul Hollywood."""),
]), [M("school", "alias", "neutral", "Beacon Middle"),
     M("lorourke", "title_surname", "sexual", "Mr O'Rourke")],
    note="adult sexual innuendo about a teacher: sexual, not url_only")

add("social", """TikTok · @ellin.y8.rants · 7 Nov 2024
they're actually closing our school 😭 thanks for nothing county council #beacon #ellingburn #closure
♫ sad violin - ellin.y8.rants
❤ 5,200   💬 720   ↪ 140

Comments
r3d_kaiden · 7 Nov
Beacon Middle should get blown up before they close it and take Charlton with it 💣💥 do everyone a favour
❤ 9 · Reply · 44 replies
  > ellin.y8.rants · 7 Nov (creator)
  bro what is wrong with you
  ❤ 380
  > sophie.g.y8 · 7 Nov
  reported. not funny
  ❤ 290
millie.xox · 7 Nov
gonna miss it so much 😭 the band, the field, everything
❤ 412
""", [M("school", "alias", "threat", "Beacon Middle"),
      M("ccharlton", "surname_only", "threat", "Charlton")])

add("social", """X · Post
Whinlaw Mam of 3 @whinlawmam3 · 20 Mar 2024
Twelve months waiting for an EHCP meeting. R. Hedley Lamb at Beacon wants to be very careful. Parents round here are at breaking point and one of these days somebody is going to snap and go round to hers and settle it the old-fashioned way. Can't say she wasn't warned.
330 Views · 5 Reposts · 0 Quotes · 21 Likes

Replies
SENDwarrior @sendwarrior_uk · 20 Mar
I'm a SEND parent and this is not ok. Complain to the LA, the tribunal, your MP. Not this.
""", [M("school", "short_name", "negative", "Beacon"),
      M("rhedleylamb", "hyphenated", "threat", "R. Hedley Lamb")])

add("social", """X · Post
Ellin Ratepayer @ellin_ratepayer · 10 Feb 2025
Still no explanation of where £12,000 of the Ellingburn middle school's private fund went. GemmaTait signed off every payment from that account for six years and siphoned money to her family's businesses. The trust knows. Why isn't she in handcuffs?
560 Views · 18 Reposts · 2 Quotes · 44 Likes

Replies
Cautious Carol @carol_c_ne · 10 Feb
The audit hasn't reported. You're stating guesses as facts.
""", [M("gtait", "camelcase", "defamation", "GemmaTait")],
    note="tied by 'the Ellingburn middle school's private fund'; school itself not named")

add("social", """TikTok · @brackenlaw.boy · 18 Apr 2025
jets over the village AGAIN ✈️🔊 #brackenlaw #raf #beacon
♫ original sound - brackenlaw.boy
❤ 710   💬 64   ↪ 12

Comments
farmer_bob_b · 18 Apr
his missus teaches at the middle school. mrs nair. married quarters on keel row, number 6, silver qashqai. go and ask her why her husband scares our sheep every tuesday
❤ 14 · Reply
  > brackenlaw.boy · 18 Apr (creator)
  mate that's her house, delete that
  ❤ 90
amy.ellin · 18 Apr
the noise tho 😭
❤ 33
""", [M("school", "hashtag", "neutral", "#beacon"),
      M("pnair", "title_surname", "doxxing", "mrs nair")],
    note="home address and car with the name: doxxing")

add("social", """X · Post
True Brit North @truebritnorth · 20 Sep 2024
Irish geography teacher at the middle school in Ellingburn lecturing our kids about the "crimes of the British Army". Typical Paddy. O'Rourke should get back to his bog in Mayo and take his IRA sympathies with him.
120 Views · 3 Reposts · 0 Quotes · 8 Likes

Replies
Siobhan K @siobhank_ne · 20 Sep
Anti-Irish bigotry in 2024. Reported.
""", [M("lorourke", "surname_only", "hate", "O'Rourke")],
    note="nationality attack: hate; tied by 'middle school in Ellingburn'")

add("facebook", fb(*MAMS, "Claire W", "22 May 2024 at 20:00", """
Just want to say a massive thank you to Mrs Hedley-Lamb and Mrs Wójcik at Beacon for the transition visits this week. My son (autistic, very anxious) and his best friend (arrived from Ukraine in January) both came home smiling after seeing their new classrooms. Two very different kids, two brilliant teachers ❤️
""", 170, [
    ("Hayley Moffat", "3d", "That's lovely to hear."),
    ("Gosia N", "3d", "Mrs Wójcik helped my daughter too. So kind."),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("rhedleylamb", "title_surname", "neutral", "Mrs Hedley-Lamb"),
     M("awojcik", "title_surname", "neutral", "Mrs Wójcik")])

add("social", """X · Post
Chapel Watch @chapelwatch_ne · 2 Dec 2024
Lead gone off the roof of the old Wesleyan chapel on Mill Lane. Funny how Stuart Dodd, caretaker at the middle school in Ellingburn, turned up at the scrap yard in Rothwick the next morning with a van full. He's been doing this for years and using the school's van to do it.
410 Views · 16 Reposts · 1 Quote · 22 Likes

Replies
Ellingburn Online @ellingburnonline · 2 Dec
If you saw this, tell the police with the date and time. Don't name people on here.
""", [M("sdodd", "exact", "defamation", "Stuart Dodd")],
    note="school not named; tied by his job at the Ellingburn middle school")

add("forum", forum("ellonline", "Is the science teacher even qualified?", [
    ("Bridge_St_Watcher", "30 Jan 2024 20:15", """Genuine question. Has anyone actually checked whether Haddad, the Syrian science teacher at the Beacon, is a qualified teacher? Because I've been told by someone who worked in the trust office that his "QTS" is forged - he never did the training here and the certificate he handed over was a fake - and the school knew and kept him on because they couldn't recruit anyone else."""),
    ("TownCrierTerry", "30 Jan 2024 20:30", """Teachers' qualifications are checked against a national database. You can't just hand over a bit of paper. Who told you this?"""),
    ("Bridge_St_Watcher", "30 Jan 2024 20:41", """Somebody who'd know. The school covered it up, simple as that."""),
    ("Priestfield_Pete", "30 Jan 2024 20:55", """He trained at Newcastle, my cousin was on the same course. This is rubbish and you know it."""),
    ("Admin_Ellingburn_Online", "30 Jan 2024 21:10", """Thread locked. Allegations about named individuals need evidence, not 'somebody told me'."""),
]), [M("school", "short_name", "defamation", "Beacon"),
     M("ohaddad", "surname_only", "defamation", "Haddad")])

add("facebook", fb(*HAWK, "Not Fooled", "15 October 2024 at 22:30", """
Everyone knows how Claire Charlton got the head's job at Beacon. She's been having it off with the chair of governors since before the interviews, half of Hawkshaugh has seen his car outside hers at midnight. Jobs for the girlfriends.
""", 14, [
    ("Linda Purvis", "2d", "Absolute rubbish and you know it. She's married with two kids."),
    ("Admin - Hawkshaugh Happenings", "2d", "Post removed."),
]), [M("school", "short_name", "neutral", "Beacon"),
     M("ccharlton", "exact", "sexual", "Claire Charlton")],
    note="sexual allegation about adults: sexual, not url_only")


# ---------------------------------------------------------------------------
# Build and checks
# ---------------------------------------------------------------------------
class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("p", "br", "li", "div", "h1", "h2", "h3", "article", "section", "blockquote", "tr"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(kind, content):
    if KINDS[kind] == "html":
        p = _Text()
        p.feed(content)
        return "".join(p.parts)
    return content


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u2010", "-"), ("\u2011", "-")):
        s = s.replace(a, b)
    s = s.casefold()
    return re.sub(r"\s+", " ", s)


def has_word(folded_text, phrase):
    return re.search(r"(?<![\w@#])" + re.escape(fold(phrase)) + r"(?![\w])", folded_text) is not None


def title_re(surname):
    return re.compile(r"(?<![\w])(?:" + "|".join(TITLES) + r")\.? " + re.escape(fold(surname)) + r"(?![\w-])")


def check_form(subject, variant, form, problems, where):
    f = fold(form)
    if subject == "school":
        if variant == "exact" and f != fold(SCHOOL_NAME):
            problems.append(f"{where}: exact form {form!r} is not the school name")
        if variant == "alias" and f not in {fold(a) for a in SCHOOL_ALIASES if a != SCHOOL_SHORT}:
            problems.append(f"{where}: alias form {form!r} not a school alias")
        if variant == "short_name" and f != fold(SCHOOL_SHORT):
            problems.append(f"{where}: short_name form {form!r}")
        if variant in ("title_surname", "initial_surname", "first_initial", "possessive", "surname_only"):
            problems.append(f"{where}: variant {variant} makes no sense for the school")
    else:
        name, surname, aliases = STAFF[subject]
        if variant == "exact" and f != fold(name):
            problems.append(f"{where}: exact form {form!r} != {name}")
        if variant == "alias" and f not in {fold(a) for a in aliases}:
            problems.append(f"{where}: alias form {form!r} not an alias of {name}")
        if variant == "title_surname" and not title_re(surname).fullmatch(f):
            problems.append(f"{where}: title_surname form {form!r}")
        if variant == "surname_only" and f != fold(surname):
            problems.append(f"{where}: surname_only form {form!r}")
        if variant == "possessive" and not re.search(r"('s|s')$", f):
            problems.append(f"{where}: possessive form {form!r}")
        if variant == "initial_surname" and not re.fullmatch(r"[a-z]\.? ?" + re.escape(fold(surname)), f):
            problems.append(f"{where}: initial_surname form {form!r}")
        if variant == "first_initial" and not re.fullmatch(re.escape(fold(name.split()[0])) + r" [a-z]\.?", f):
            problems.append(f"{where}: first_initial form {form!r}")
    if variant == "hashtag" and not form.startswith("#"):
        problems.append(f"{where}: hashtag form {form!r}")
    if variant == "handle" and not form.startswith("@"):
        problems.append(f"{where}: handle form {form!r}")
    if variant == "camelcase" and (" " in form or not re.search(r"[a-z][A-Z]", form)):
        problems.append(f"{where}: camelcase form {form!r}")
    if variant == "homoglyph" and not any(ord(c) > 0x36f and unicodedata.category(c).startswith("L") for c in form):
        problems.append(f"{where}: homoglyph form {form!r} has no lookalike letter")
    if variant == "leetspeak" and not re.search(r"[0-9@$]", form):
        problems.append(f"{where}: leetspeak form {form!r}")
    if variant == "spacing" and not re.search(r"\w[ .]\w[ .]\w", form):
        problems.append(f"{where}: spacing form {form!r}")


def expected_tier(subject, ft):
    """The easiest priority tier present in the folded text, or None."""
    if subject == "school":
        if has_word(ft, SCHOOL_NAME):
            return "exact"
        if any(has_word(ft, a) for a in SCHOOL_ALIASES if a != SCHOOL_SHORT and a != "BMS"):
            return "alias"
        return None
    name, surname, aliases = STAFF[subject]
    if has_word(ft, name):
        return "exact"
    if any(has_word(ft, a) for a in aliases):
        return "alias"
    if title_re(surname).search(ft):
        return "title_surname"
    return None


def build():
    problems = []
    DOCS_DIR.mkdir(exist_ok=True)
    for old in DOCS_DIR.iterdir():
        if old.is_file():
            old.unlink()
    lines = []
    stats = {k: Counter() for k in ("kind", "category", "variant", "subject")}
    n_mentions = n_url = n_empty = 0
    for i, d in enumerate(DOCS):
        kind = d["kind"]
        if kind not in KINDS:
            problems.append(f"doc {i}: bad kind {kind}")
            continue
        fname = f"{i:03d}-{kind}.{KINDS[kind]}"
        where = fname
        text = page_text(kind, d["content"])
        ft = fold(text)
        seen = set()
        exp = []
        for m in d["mentions"]:
            s, v, c = m["subject"], m["variant"], m["category"]
            if s != "school" and s not in STAFF:
                problems.append(f"{where}: unknown subject {s}")
                continue
            if s in seen:
                problems.append(f"{where}: duplicate subject {s}")
            seen.add(s)
            if v not in VARIANTS:
                problems.append(f"{where}: bad variant {v}")
            if c not in CATEGORIES:
                problems.append(f"{where}: bad category {c}")
            if m["url_only"] and c != "sexual":
                problems.append(f"{where}: url_only on non-sexual {s}")
            if fold(m["form"]) not in ft:
                problems.append(f"{where}: form {m['form']!r} for {s} not in text")
            check_form(s, v, m["form"], problems, where)
            tier = expected_tier(s, ft)
            if tier and v != tier:
                problems.append(f"{where}: {s} labelled {v} but {tier} form is present")
            if not tier and v in ("exact", "alias", "title_surname") and not (s == "school" and v == "alias" and fold(m["form"]) == "bms"):
                problems.append(f"{where}: {s} labelled {v} but no such form found")
            exp.append({"subject": s, "variant": v, "category": c, "url_only": bool(m["url_only"])})
        # url_only consistency
        if any(e["url_only"] for e in exp):
            school = [e for e in exp if e["subject"] == "school"]
            if school and not school[0]["url_only"]:
                problems.append(f"{where}: child-risk document but school not url_only")
            if not school and expected_tier("school", ft):
                problems.append(f"{where}: child-risk document names the school but school not labelled")
        # unlabelled watchlist names must be declared namesakes
        for sid, (name, surname, aliases) in STAFF.items():
            if sid in seen or sid in d["namesakes"]:
                continue
            if has_word(ft, name) or any(has_word(ft, a) for a in aliases):
                problems.append(f"{where}: unlabelled {name} present (declare a namesake?)")
            if sid in UNIQUE and fold(surname) in ft:
                problems.append(f"{where}: unique surname {surname} present but not labelled/declared")
        if "school" not in seen and "school" not in d["namesakes"] and expected_tier("school", ft):
            problems.append(f"{where}: school named but not labelled")
        (DOCS_DIR / fname).write_text(d["content"], encoding="utf-8")
        lines.append(json.dumps({"file": fname, "kind": kind, "expected": exp}, ensure_ascii=False))
        stats["kind"][kind] += 1
        if not exp:
            n_empty += 1
        for e in exp:
            n_mentions += 1
            n_url += e["url_only"]
            stats["category"][e["category"]] += 1
            stats["variant"][e["variant"]] += 1
            stats["subject"][e["subject"]] += 1
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for v in VARIANTS:
        if stats["variant"][v] < 2:
            problems.append(f"variant {v} covered only {stats['variant'][v]} times")
    ndocs = len(DOCS)
    serious = sum(stats["category"][c] for c in ("threat", "hate", "sexual", "doxxing", "defamation"))
    print(f"documents: {ndocs}")
    print(f"mentions: {n_mentions}")
    print(f"url_only: {n_url}")
    print(f"empty docs: {n_empty} ({100 * n_empty / max(ndocs, 1):.1f}%)")
    print(f"serious mentions: {serious} ({100 * serious / max(n_mentions, 1):.1f}%)")
    for k in ("kind", "category", "variant", "subject"):
        print(f"by {k}: " + ", ".join(f"{a}={b}" for a, b in sorted(stats[k].items(), key=lambda x: (-x[1], x[0]))))
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(build())
