#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train34 evaluation corpus for the repwatch matcher.

Setting
    Thistlebank Academy, an invented council secondary (S1-S6, roughly 900 pupils) in the
    invented Ardlowrie housing scheme on the eastern edge of Dundee, next to the equally
    invented Balcraigie and Linnhaugh estates. Office 01632 960347, site
    thistlebank-academy.example, address Balcraigie Road, Dundee DD4 8TQ (invented).
    Three rows run through 2024-25: a new compulsory blazer-and-tie uniform policy drawn up
    by a depute head and enforced at the gate (isolation, pupils sent home) in a scheme
    where half the pupils get free meals; the school swimming pool, shut "temporarily" in
    February 2024 after a plant failure and a RAAC survey and still shut, with rumours
    about where the pool and trip money went; and a Modern Studies teacher's TikTok
    (@sir.struan) whose "things my S2s said about the uniform" videos went viral, followed
    by a suspension, an investigation and his reinstatement.

Staff (watchlist ids and the variant traits they exercise)
    fogilviebain  Fiona Ogilvie-Bain, Head Teacher: hyphenated double-barrelled surname
                  ("Ogilvie Bain", "Ogilvie\u2013Bain", "OgilvieBain"); alias (maiden name)
                  "Fiona Ogilvie", which is also a namesake artist in a decoy.
    wrattray      William Rattray, Depute Head (S1-S3), author of the uniform policy:
                  nickname-able first name ("Wullie", "Billy", "Bill"); "Rattray" is also a
                  Perthshire town used in a decoy; a namesake farmer appears in a decoy.
    kwilson       Karen Wilson, Depute Head (S4-S6): very common name; namesakes in decoys
                  (an Aberdeen councillor, a Perth hairdresser, an Inverness runner).
    sorourke      Siobh\u00e1n O'Rourke, Principal Teacher of Guidance: accent and apostrophe
                  (unaccented or curly-apostrophe spellings count as exact); alias (maiden
                  name) "Siobh\u00e1n Gallagher"; a namesake Irish folk singer in a decoy.
    lbell         Lorna Bell, Principal Teacher of English: surname that is an everyday word
                  (school bells, doorbells) - "the bell went" must not match; alias
                  "Lorna McInnes" (maiden name).
    smacilwraith  Struan Macilwraith, Teacher of Modern Studies, the TikTok teacher:
                  unique = true (counts without school context); aliases "sir.struan"
                  (his TikTok handle) and "Sir Struan" (what pupils call him).
    thussain      Tariq Hussain, Teacher of Chemistry: common name; a namesake solicitor
                  in a decoy; target of coded anti-Muslim hate.
    jpetrie       Jamie Petrie, Teacher of PE: alias "James Petrie"; target of homophobic
                  hate; a namesake is convicted in Aberdeen in a decoy.
    aduthie       Alan Duthie, School Business Manager: pool budget, trip money, audit;
                  target of insinuated theft; a namesake plumber in a decoy.
    mgourlay      Mhairi Gourlay, Pupil Support Teacher (S1-S2): wheelchair user and
                  para-swimmer; target of disability hate.

Voices
    Parents in the unofficial parents' Facebook group and the Ardlowrie & Balcraigie
    community noticeboard, written in Dundee Scots ("wee", "ken", "gonnae", "bampot",
    "mingin", "greetin", "hame", "weans"); pupils on TikTok, Instagram, X and an
    anonymous confessions page; teachers on a staffroom forum; Mumsnet-style parents;
    reddit-style r/dundee; local and national-education news with comment sections;
    a ward councillor's blog, a campaigner's blog, a parent blogger, the teacher's own
    blog; Google, Trustpilot-style and rate-my-teacher reviews.

Decoys (about a fifth of the documents; expected = [])
    The everyday word "thistle" (gardening, whisky, the national emblem, a pub); the
    acronym TBA ("venue TBA", the Tayside Bowling Association, Tayside Bikers
    Association, a boxing academy); the excluded lookalikes (Thistlebank Care Home,
    Thistlebank Garage, Linnhaugh Thistle FC, Thistlebank Academy of Dance in Perth,
    tba-bowls.example); namesakes clearly elsewhere (Karen Wilson x3, Tariq Hussain,
    Jamie Petrie, Siobh\u00e1n O'Rourke, Fiona Ogilvie, Alan Duthie, William Rattray, Lorna Bell);
    the Perthshire town of Rattray; the locality alone (Ardlowrie, Balcraigie, Linnhaugh
    stories that never name the school, including a community-page post about "the
    academy"); similar schools elsewhere (Thistlehill Academy in Kirkcaldy, Thistlebank
    Primary in Glenrothes); "Mrs Bell's Tearoom" in Arbroath; "Struan Lodge" B&B (the
    word Struan without Macilwraith); another teacher's "sir" TikTok with thirst comments;
    generic uniform, pool and teacher-TikTok stories.

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

    Corpus-specific choices: "the rest" are ranked short_name, nickname, initial_surname,
    first_initial, possessive, surname_only, hyphenated, camelcase, handle, hashtag, typo,
    spacing, obfuscated, leetspeak, homoglyph; a title before a distorted surname
    ("Mr Rattrey") is labelled by the distortion. The school's short_name is "Thistlebank"
    on its own (not listed as an alias); a staff short_name is a clipped form such as
    "Mr Mac" or "Mrs O-B". "Rattray's a bampot" (a contraction) is surname_only; "Rattray's
    letter" is possessive. Hyperbole about homework ("I could murder her for that folio")
    is negative, not threat. The school's own office number is not doxxing. A warning post
    that describes sexualised images of pupils without reproducing them is neutral.

Running
    python3 tests/corpus_train34/build_train34.py
    Writes docs/NNN-<kind>.<ext> (in a fixed shuffled order), labels.jsonl and
    watchlist.toml beside this file (deleting stale docs),
    verifies that every labelled surface form occurs in the document text and that no
    staff full name or the school name appears unlabelled, prints a summary and exits 0.
"""

from __future__ import annotations

import html
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"

CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
SERIOUS = {"threat", "hate", "sexual", "doxxing", "defamation", "abuse"}
VARIANTS = [
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
]
KINDS = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
SUBJECTS = ["school", "fogilviebain", "wrattray", "kwilson", "sorourke", "lbell", "smacilwraith",
            "thussain", "jpetrie", "aduthie", "mgourlay"]

# Full names that must never appear in a document without a label (unless the document
# lists the subject as a namesake).
FULL_NAMES = {
    "school": ["Thistlebank Academy"],
    "fogilviebain": ["Fiona Ogilvie-Bain", "Fiona Ogilvie"],
    "wrattray": ["William Rattray"],
    "kwilson": ["Karen Wilson"],
    "sorourke": ["Siobh\u00e1n O'Rourke", "Siobhan O'Rourke"],
    "lbell": ["Lorna Bell"],
    "smacilwraith": ["Macilwraith", "sir.struan"],
    "thussain": ["Tariq Hussain"],
    "jpetrie": ["Jamie Petrie"],
    "aduthie": ["Alan Duthie"],
    "mgourlay": ["Mhairi Gourlay"],
}

WATCHLIST = """\
# Watchlist for the invented Thistlebank Academy, Ardlowrie, Dundee (corpus train34).
[school]
name = "Thistlebank Academy"
aliases = ["Thistle", "TBA", "Thistlebank High", "Thistlebank High School", "Thistlebank Acad"]
locality = ["Ardlowrie", "Balcraigie", "Linnhaugh"]
own_domains = ["thistlebank-academy.example"]
phones = ["01632 960347"]

[[staff]]
id = "fogilviebain"
name = "Fiona Ogilvie-Bain"
role = "Head Teacher"
aliases = ["Fiona Ogilvie"]
line_manager = "schools.qio@dundee-learning.example"

[[staff]]
id = "wrattray"
name = "William Rattray"
role = "Depute Head Teacher (S1-S3)"
line_manager = "head@thistlebank-academy.example"

[[staff]]
id = "kwilson"
name = "Karen Wilson"
role = "Depute Head Teacher (S4-S6)"
line_manager = "head@thistlebank-academy.example"

[[staff]]
id = "sorourke"
name = "Siobh\u00e1n O'Rourke"
role = "Principal Teacher of Guidance"
aliases = ["Siobh\u00e1n Gallagher"]
line_manager = "k.wilson@thistlebank-academy.example"

[[staff]]
id = "lbell"
name = "Lorna Bell"
role = "Principal Teacher of English"
aliases = ["Lorna McInnes"]
line_manager = "k.wilson@thistlebank-academy.example"

[[staff]]
id = "smacilwraith"
name = "Struan Macilwraith"
role = "Teacher of Modern Studies"
aliases = ["sir.struan", "Sir Struan"]
unique = true
line_manager = "w.rattray@thistlebank-academy.example"

[[staff]]
id = "thussain"
name = "Tariq Hussain"
role = "Teacher of Chemistry"
line_manager = "k.wilson@thistlebank-academy.example"

[[staff]]
id = "jpetrie"
name = "Jamie Petrie"
role = "Teacher of PE"
aliases = ["James Petrie"]
line_manager = "w.rattray@thistlebank-academy.example"

[[staff]]
id = "aduthie"
name = "Alan Duthie"
role = "School Business Manager"
line_manager = "head@thistlebank-academy.example"

[[staff]]
id = "mgourlay"
name = "Mhairi Gourlay"
role = "Pupil Support Teacher (S1-S2)"
line_manager = "w.rattray@thistlebank-academy.example"

[[exclude]]
text = "Thistlebank Care Home"

[[exclude]]
text = "Thistlebank Garage"

[[exclude]]
text = "Linnhaugh Thistle"

[[exclude]]
text = "Thistlebank Academy of Dance"

[[exclude]]
domain = "tba-bowls.example"
"""


@dataclass(frozen=True)
class Mention:
    subject: str
    variant: str
    category: str
    form: str
    url_only: bool = False


@dataclass
class Doc:
    kind: str
    text: str
    mentions: list[Mention]
    namesakes: tuple[str, ...] = field(default_factory=tuple)


DOCS: list[Doc] = []


def M(subject: str, variant: str, category: str, form: str, url_only: bool = False) -> Mention:
    return Mention(subject, variant, category, form, url_only)


def add(kind: str, text: str, *mentions: Mention, namesakes: tuple[str, ...] = ()) -> None:
    if not text.endswith("\n"):
        text += "\n"
    DOCS.append(Doc(kind, text, list(mentions), namesakes))


def txt(s: str) -> str:
    """Plain-text documents are written flush-left in this file; drop the first newline."""
    return s.lstrip("\n").rstrip() + "\n"


# ---------------------------------------------------------------------------
# HTML chrome
# ---------------------------------------------------------------------------

E = html.escape


def paras(body: str) -> str:
    out = []
    for block in body.strip().split("\n\n"):
        block = block.strip()
        if block.startswith("## "):
            out.append(f"<h2>{E(block[3:])}</h2>")
        elif block.startswith("> "):
            inner = " ".join(line[2:] if line.startswith("> ") else line for line in block.splitlines())
            out.append(f"<blockquote><p>{E(inner)}</p></blockquote>")
        elif block.startswith("- "):
            items = "".join(f"<li>{E(line[2:])}</li>" for line in block.splitlines())
            out.append(f"<ul>{items}</ul>")
        else:
            out.append("<p>" + "<br>\n".join(E(line) for line in block.splitlines()) + "</p>")
    return "\n".join(out)


NEWS_SITES = {
    "courier": {
        "name": "The Tay Courier", "domain": "taycourier.example",
        "tagline": "News for Dundee, Angus and north-east Fife since 1881",
        "nav": ["News", "Dundee", "Angus", "Fife", "Sport", "Business", "Opinion", "Lifestyle", "Notices"],
        "most_read": ["Roadworks to close city bypass slip road for six weeks",
                      "Tributes paid to popular Lochee butcher",
                      "New cafe opens in former bank on high street",
                      "Ferry port expansion approved by councillors"],
        "footer": "\u00a9 2025 Tay Courier Media Ltd, 18 Marketgait Wynd, Dundee DD1 9ZZ. Registered in Scotland SC900114. We are regulated by IPSO.",
    },
    "post": {
        "name": "Dundee Evening Post", "domain": "eveningpost-dundee.example",
        "tagline": "Your city. Your paper.",
        "nav": ["Home", "Local News", "Courts", "Education", "Sport", "What's On", "Jobs", "Property"],
        "most_read": ["Man charged after disturbance at city nightclub",
                      "Stobswell bakery wins Scotch pie award",
                      "Bus firm axes late-night service",
                      "Weather warning: heavy rain for Tayside"],
        "footer": "\u00a9 Evening Post Group 2025. All rights reserved. Contact the newsdesk: news@eveningpost-dundee.example",
    },
    "ssw": {
        "name": "Scottish Schools Weekly", "domain": "ssweekly.example",
        "tagline": "Independent journalism for Scotland's education community",
        "nav": ["News", "Policy", "Leadership", "Classroom", "Wellbeing", "Jobs", "Events", "Podcast"],
        "most_read": ["Teacher numbers fall for third year running",
                      "Exam body confirms changes to coursework",
                      "Attendance: what works in the secondary",
                      "Union ballot opens on workload"],
        "footer": "Scottish Schools Weekly is published by Lectern Media Ltd. \u00a9 2025. Privacy \u00b7 Cookies \u00b7 Terms \u00b7 Advertise",
    },
    "voice": {
        "name": "The Ardlowrie Voice", "domain": "ardlowrievoice.example",
        "tagline": "Community news for Ardlowrie, Balcraigie and Linnhaugh \u2014 free every month",
        "nav": ["Home", "News", "What's On", "Clubs", "Notices", "Contact the editor"],
        "most_read": ["Community garden wins Beautiful Dundee award",
                      "Lunch club moves to new hall",
                      "Fun day raises \u00a31,100 for defibrillator"],
        "footer": "The Ardlowrie Voice is produced by volunteers and funded by the Ward 5 community fund. Letters: editor@ardlowrievoice.example",
    },
    "citizen": {
        "name": "Aberdeen Citizen", "domain": "aberdeencitizen.example",
        "tagline": "Granite City news",
        "nav": ["News", "Aberdeen", "Aberdeenshire", "Energy", "Sport", "Opinion"],
        "most_read": ["Harbour works delayed again", "Union Street shop units let",
                      "Oil firm announces 200 jobs"],
        "footer": "\u00a9 Aberdeen Citizen Publishing 2025",
    },
    "lantern": {
        "name": "The Fife Lantern", "domain": "fifelantern.example",
        "tagline": "Kingdom news, every day",
        "nav": ["News", "Kirkcaldy", "Dunfermline", "Glenrothes", "St Andrews", "Sport"],
        "most_read": ["Coastal path reopens after landslip", "Leisure centre opening hours cut",
                      "Fife college merger talks"],
        "footer": "\u00a9 Fife Lantern Ltd 2025 \u00b7 Complaints \u00b7 Corrections",
    },
    "perth": {
        "name": "Perthshire Post", "domain": "perthshirepost.example",
        "tagline": "From the Fair City to the glens",
        "nav": ["News", "Perth", "Strathearn", "Highland Perthshire", "Farming", "Sport", "Events"],
        "most_read": ["Mart prices steady at autumn sale", "Bridge repairs to close A-road",
                      "Distillery visitor centre plans lodged"],
        "footer": "\u00a9 Perthshire Post 2025. Part of Strath Media.",
    },
}


def _slug(s: str) -> str:
    keep = "".join(c.lower() if c.isalnum() else "-" for c in s)
    while "--" in keep:
        keep = keep.replace("--", "-")
    return keep.strip("-")[:70]


def news(site: str, section: str, headline: str, standfirst: str, author: str, date: str,
         body: str, comments: list[tuple[str, str, str]] | None = None) -> str:
    s = NEWS_SITES[site]
    nav = "".join(f'<li><a href="/{_slug(n)}/">{E(n)}</a></li>' for n in s["nav"])
    most = "".join(f"<li><a href=\"/news/{_slug(h)}/\">{E(h)}</a></li>" for h in s["most_read"])
    com = ""
    if comments is not None:
        items = "\n".join(
            f'<div class="comment"><div class="comment-head"><span class="commenter">{E(n)}</span> '
            f'<span class="ago">{E(t)}</span></div><p>{E(c)}</p>'
            f'<div class="comment-actions">Reply \u00b7 Like \u00b7 Report</div></div>'
            for n, t, c in comments)
        com = (f'<section id="comments" class="comments"><h2>Comments ({len(comments)})</h2>'
               f'<p class="house-rules">Please keep comments civil. Read our community guidelines before posting.</p>\n{items}\n</section>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(headline)} | {E(s["name"])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://{s["domain"]}/{_slug(section)}/{_slug(headline)}/">
<link rel="stylesheet" href="/static/site.css">
</head>
<body class="article">
<header class="masthead">
<div class="topbar"><a href="/subscribe/">Subscribe</a> <a href="/newsletters/">Newsletters</a> <a href="/account/login/">Sign in</a></div>
<a class="brand" href="/">{E(s["name"])}</a>
<p class="tagline">{E(s["tagline"])}</p>
<nav class="primary"><ul>{nav}</ul></nav>
</header>
<main id="content">
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/{_slug(section)}/">{E(section)}</a></nav>
<article>
<h1>{E(headline)}</h1>
<p class="standfirst">{E(standfirst)}</p>
<p class="byline">By <span class="author">{E(author)}</span> &middot; <time>{E(date)}</time></p>
{paras(body)}
<div class="share">Share this article: Facebook &middot; X &middot; WhatsApp &middot; Email &middot; Copy link</div>
</article>
{com}
<aside class="most-read"><h3>Most read</h3><ol>{most}</ol></aside>
</main>
<footer class="site-footer"><p>{E(s["footer"])}</p><p><a href="/privacy/">Privacy</a> &middot; <a href="/cookies/">Cookie settings</a> &middot; <a href="/contact/">Contact us</a></p></footer>
</body>
</html>
"""


FORUMS = {
    "dundeetalk": {
        "name": "DundeeTalk", "domain": "dundeetalk.example",
        "nav": ["Forums", "What's new", "Marketplace", "Members", "Search"],
        "footer": "DundeeTalk \u00a9 2008-2025 \u00b7 Forum software by Threadbare \u00b7 Terms and rules \u00b7 Privacy policy \u00b7 Contact us",
        "style": "classic",
    },
    "parentnet": {
        "name": "ParentNet", "domain": "parentnet.example",
        "nav": ["Talk", "Active", "Parenting", "Education", "Money", "Am I being unreasonable?"],
        "footer": "ParentNet Ltd \u00b7 Talk guidelines \u00b7 Report a post \u00b7 \u00a9 2025",
        "style": "classic",
    },
    "staffroom": {
        "name": "StaffroomScot", "domain": "staffroom-scot.example",
        "nav": ["Boards", "Secondary", "Primary", "Leadership", "Supply", "Jobs board"],
        "footer": "StaffroomScot is an independent forum for people who work in Scottish education. Posts are the views of their authors. \u00a9 2025",
        "style": "classic",
    },
    "threadit": {
        "name": "Threadit", "domain": "threadit.example",
        "nav": ["Home", "Popular", "All", "Create post"],
        "footer": "Threadit Inc \u00a9 2025. All rights reserved. User Agreement \u00b7 Content Policy \u00b7 Privacy Policy",
        "style": "votes",
    },
    "growscot": {
        "name": "GrowScotland Gardening Forum", "domain": "growscotland.example",
        "nav": ["Forum", "Veg plot", "Ornamentals", "Pests and weeds", "Allotments"],
        "footer": "GrowScotland \u00a9 2025 \u00b7 Be kind, and label your seedlings",
        "style": "classic",
    },
    "bikers": {
        "name": "Tayside Bikers Chat", "domain": "taysidebikers.example",
        "nav": ["Forum", "Ride-outs", "Tech", "For sale", "Events"],
        "footer": "Tayside Bikers Chat \u00b7 Ride safe \u00b7 \u00a9 2025",
        "style": "classic",
    },
}


def forum(site: str, crumbs: list[str], title: str, posts: list[tuple[str, str, str, str]]) -> str:
    s = FORUMS[site]
    nav = " \u00b7 ".join(f'<a href="/{_slug(n)}/">{E(n)}</a>' for n in s["nav"])
    crumb = " &rsaquo; ".join(f"<a href=\"#\">{E(c)}</a>" for c in crumbs)
    blocks = []
    for i, (user, meta, when, text) in enumerate(posts, 1):
        if s["style"] == "votes":
            if i == 1:
                blocks.append(
                    f'<div class="post op" id="t3_{i}"><div class="vote">\u25b2<span>{E(meta)}</span>\u25bc</div>'
                    f'<div class="post-head">{E(crumbs[-1])} \u00b7 Posted by <a href="#">u/{E(user)}</a> {E(when)}</div>'
                    f"<h1>{E(title)}</h1>{paras(text)}"
                    f'<div class="actions">Comments \u00b7 Share \u00b7 Save \u00b7 Report</div></div>')
            else:
                blocks.append(
                    f'<div class="comment" id="c{i}"><div class="comment-head"><a href="#">{E(user)}</a> \u00b7 {E(when)}</div>'
                    f'{paras(text)}<div class="actions">\u25b2 {E(meta)} \u25bc Reply \u00b7 Share \u00b7 Report</div></div>')
        else:
            blocks.append(
                f'<article class="message" id="post-{i}"><aside class="message-user"><a class="username" href="#">{E(user)}</a>'
                f'<span class="user-meta">{E(meta)}</span></aside><div class="message-main">'
                f'<div class="message-attribution"><time>{E(when)}</time> <a href="#post-{i}">#{i}</a></div>'
                f'<div class="message-body">{paras(text)}</div>'
                f'<div class="message-actions">Like \u00b7 Quote \u00b7 Reply \u00b7 Report</div></div></article>')
    head = "" if s["style"] == "votes" else f"<h1>{E(title)}</h1><p class=\"thread-meta\">Discussion in \u2018{E(crumbs[-1])}\u2019 started by {E(posts[0][0])}, {E(posts[0][2])}</p>"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(title)} | {E(s["name"])}</title>
<link rel="stylesheet" href="/css/forum.css">
</head>
<body>
<header class="forum-header"><a class="logo" href="/">{E(s["name"])}</a>
<nav>{nav}</nav>
<div class="account"><a href="/login/">Log in</a> \u00b7 <a href="/register/">Register</a></div></header>
<div class="crumbs">{crumb}</div>
<main class="thread">
{head}
{chr(10).join(blocks)}
<div class="pagenav">Page 1 of 1 \u00b7 <a href="#">Watch thread</a></div>
</main>
<footer><p>{E(s["footer"])}</p></footer>
</body>
</html>
"""


BLOGS = {
    "schemie": {"name": "Schemie & Proud", "domain": "schemieandproud.example",
                "about": "Writing about housing schemes, poverty and the people Dundee forgets. Views my own.",
                "nav": ["Home", "About", "Archive", "Campaigns", "Contact"]},
    "dundeemum": {"name": "A Dundee Mum (Barely Coping)", "domain": "dundeemum.example",
                  "about": "Mum of three, coffee dependent, writing about family life on the east side of the city.",
                  "nav": ["Home", "Family", "Money", "Days out", "About me"]},
    "chalk": {"name": "Chalk Dust & Chips", "domain": "chalkdustandchips.example",
              "about": "A supply teacher's notes from classrooms all over Tayside. Names changed unless they're in the paper.",
              "nav": ["Home", "Classroom", "Policy", "Rants", "About"]},
    "haldane": {"name": "Cllr Rab Haldane \u2014 Ward 5 Update", "domain": "rabhaldane.example",
                "about": "Independent councillor for Ward 5 (Ardlowrie, Balcraigie, Linnhaugh). Surgeries every second Saturday.",
                "nav": ["Home", "Surgeries", "Casework", "News", "Contact Rab"]},
    "sirstruan": {"name": "Notes From Room 14", "domain": "notesfromroom14.example",
                  "about": "Modern Studies teacher, occasional TikTokker, full-time tea drinker.",
                  "nav": ["Home", "Blog", "Resources", "Press", "Contact"]},
    "memory": {"name": "Ardlowrie Remembered", "domain": "ardlowrieremembered.example",
               "about": "Photos and memories from the scheme, 1955 to now. Send yours in!",
               "nav": ["Home", "Photos", "Stories", "Shops and pubs", "Schools", "Contact"]},
    "thistlegarden": {"name": "The Wee Walled Garden", "domain": "weewalledgarden.example",
                      "about": "Organic gardening on heavy clay in the Carse.",
                      "nav": ["Home", "Veg", "Wildlife", "Weeds", "About"]},
    "whisky": {"name": "Dram Good Notes", "domain": "dramgoodnotes.example",
               "about": "Tasting notes, distillery visits and the odd rant about pricing.",
               "nav": ["Home", "Tasting notes", "Distilleries", "Events", "About"]},
    "tiktokteach": {"name": "EdTech Thinking", "domain": "edtechthinking.example",
                    "about": "Digital learning, social media and schools.",
                    "nav": ["Home", "Articles", "Podcast", "Training", "About"]},
}


def blog(site: str, title: str, date: str, author: str, body: str,
         comments: list[tuple[str, str, str]] | None = None, tags: list[str] | None = None) -> str:
    s = BLOGS[site]
    nav = "".join(f'<li><a href="/{_slug(n)}/">{E(n)}</a></li>' for n in s["nav"])
    tag_html = ""
    if tags:
        tag_html = '<p class="tags">Tagged: ' + ", ".join(f'<a href="/tag/{_slug(t)}/">{E(t)}</a>' for t in tags) + "</p>"
    com = ""
    if comments:
        items = "\n".join(
            f'<li class="comment"><div class="comment-author"><b>{E(n)}</b> <span class="says">says:</span></div>'
            f'<div class="comment-meta">{E(t)}</div><p>{E(c)}</p><a class="reply" href="#">Reply</a></li>'
            for n, t, c in comments)
        com = f'<section id="comments"><h3>{len(comments)} thoughts on \u201c{E(title)}\u201d</h3><ol class="comment-list">\n{items}\n</ol>' \
              '<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div></section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(title)} \u2013 {E(s["name"])}</title>
<link rel="stylesheet" href="/wp-content/themes/plain/style.css">
</head>
<body class="single-post">
<header id="masthead"><p class="site-title"><a href="/">{E(s["name"])}</a></p>
<nav id="site-navigation"><ul>{nav}</ul></nav></header>
<div id="primary">
<article class="post">
<header class="entry-header"><h1 class="entry-title">{E(title)}</h1>
<div class="entry-meta">Posted on <time>{E(date)}</time> by <span class="author">{E(author)}</span></div></header>
<div class="entry-content">
{paras(body)}
</div>
{tag_html}
</article>
{com}
</div>
<aside id="secondary"><section class="widget"><h2>About</h2><p>{E(s["about"])}</p></section>
<section class="widget"><h2>Archives</h2><ul><li>June 2025</li><li>May 2025</li><li>April 2025</li></ul></section></aside>
<footer id="colophon"><p>\u00a9 2025 {E(s["name"])} \u00b7 Proudly powered by a blog engine \u00b7 Theme: Plain</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Documents: the uniform policy
# ---------------------------------------------------------------------------

add("news", news(
    "courier", "Dundee", "Parents' anger as Dundee academy makes blazers compulsory",
    "Families in Ardlowrie say a \u00a358 blazer is out of reach for many in the scheme.",
    "Gillian Rennie, Education Reporter", "12 June 2024",
    """Parents in Ardlowrie have hit out at Thistlebank Academy after it announced that blazers, ties and black leather shoes will be compulsory for every pupil from August.

A letter sent home on Monday says pupils who arrive without the correct uniform will be "supported to meet expectations", which parents say means being taken out of class.

Depute head teacher William Rattray, who wrote the policy after a consultation in March, said: "This is about belonging and pride. Every young person at Thistlebank deserves to look and feel part of something."

More than 50% of pupils at the school are registered for free school meals. Parents say the only approved blazer costs \u00a358 from a single supplier.

Head teacher Fiona Ogilvie-Bain said no family would be penalised for cost. "Anyone who is worried should call the school office on 01632 960347 and ask about our uniform bank. That support is confidential."

A Dundee City Council spokesperson said uniform decisions were made by individual schools.""",
    [("Kerry-Ann D", "2 hours ago", "\u00a358 for a blazer fae ONE supplier in a scheme where half the weans get free dinners. Absolute joke."),
     ("TamM1961", "1 hour ago", "Back in my day ye had a jumper and that was that. Rattray wants his heid looked at."),
     ("Gail Lindsay", "58 minutes ago", "Some of us actually like the idea. The kids will look smart. Not everything is a conspiracy against the poor."),
     ("Kerry-Ann D", "41 minutes ago", "@Gail Lindsay smart disnae pay the electric hen"),
     ("DD4_Dad", "30 minutes ago", "And Ogilvie-Bain's a spineless wee careerist. She'd back him if he wanted them aw in kilts and sporrans.")]),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("wrattray", "exact", "negative", "William Rattray"),
    M("fogilviebain", "exact", "abuse", "Fiona Ogilvie-Bain"))

add("facebook", txt("""
Thistlebank Academy Parents (Unofficial)
Private group \u00b7 1.4K members

Shona Mathers
5h \u00b7 \U0001f465

Got a letter hame the day sayin ma wee boy's gettin "isolation" for wearin black trainers. BLACK. TRAINERS. His school shoes split on Tuesday and I'm no paid til the 28th. Rattray stood at the gate wi a clipboard like a bouncer at the dancin \U0001f644

\U0001f44d\U0001f621\U0001f606 86 \u00b7 54 comments

Like \u00b7 Comment \u00b7 Share

Most relevant \u25be

Lee Moncur
Same wi ma lassie. Mr Rattray says it's aboot "standards". Standards ma arse.
5h \u00b7 Like \u00b7 Reply \u00b7 21

Jackie Ross
Phone the office and ask for the uniform bank, they gave us shoes nae questions asked. 01632 960347
4h \u00b7 Like \u00b7 Reply \u00b7 33

    Shona Mathers
    Thanks Jackie I didnae ken that existed x
    4h \u00b7 Like \u00b7 Reply \u00b7 2

Derek Cairns
Wullie Rattray was a bampot when he took us for PE in 2006 and he's still a bampot. Some folk just love a wee bit o power.
3h \u00b7 Like \u00b7 Reply \u00b7 17

Nicola Baxter
Derek that's no fair, he was good to my brother. But the trainers thing is daft aye.
2h \u00b7 Like \u00b7 Reply \u00b7 4
"""),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("wrattray", "title_surname", "abuse", "Mr Rattray"))

add("review", txt("""
Thistlebank Academy
Secondary school \u00b7 Balcraigie Road, Dundee DD4 8TQ
2.6 \u2605\u2605\u2606\u2606\u2606 (47 Google reviews)

Sort by: Newest

Kenny Mudie
Local Guide \u00b7 38 reviews \u00b7 112 photos
\u2605\u2606\u2606\u2606\u2606 2 weeks ago
Uniform policy is pure daft. Weans sent hame for the wrong colour of socks while the roof leaks and the pool's been shut for a year. Priorities!!
\U0001f44d 14   Share

Arlene S
6 reviews
\u2605\u2605\u2605\u2605\u2605 a month ago
I cannot fault the guidance staff. Mrs O'Rourke got my daughter through the worst year of her life and never once made her feel like a problem. Whatever folk say about the blazers, that's what matters.
\U0001f44d 22   Share
Response from the owner a month ago
Thank you Arlene, we will pass your kind words on.

R. Guthrie
3 reviews
\u2605\u2605\u2606\u2606\u2606 a month ago
Some good teachers, some who shouldnae be let near weans. Communication with parents is terrible, nobody phones you back.
\U0001f44d 6   Share
"""),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("sorourke", "title_surname", "neutral", "Mrs O'Rourke"))

add("social", txt("""
Gemma \U0001f33b @ardlowrie_gem \u00b7 Aug 21, 2024
Thistlebank sending weans hame for no having a \u00a358 blazer during a cost of living crisis. Make it make sense. #ThistlebankUniform

\U0001f4ac 31   \U0001f501 88   \u2661 412   \U0001f4ca 19K

Replying to @ardlowrie_gem
Chris D @chrisdee_dd \u00b7 Aug 21
my cousin's boy got put in the isolation room for a full day. no learning, nothing. just sat there.

Replying to @ardlowrie_gem
Uniforms4All Scotland @uniforms4allscot \u00b7 Aug 22
Schools must consider cost. Parents can contact us for a template letter asking for the school's equality impact assessment.
"""),
    M("school", "short_name", "negative", "Thistlebank"))

add("forum", forum(
    "dundeetalk", ["Forums", "Local", "Dundee Chat"], "Thistlebank uniform - anyone else raging?",
    [("broughtyboy", "Well-known member \u00b7 2,114 posts", "3 Sep 2024",
      "Heard the depute at Thistlebank is makin weans take their hoodies aff in the pouring rain because they're 'not uniform'. In Dundee. In September. Are they wanting the weans tae get pneumonia?"),
     ("Mingin_Mince", "Member \u00b7 388 posts", "3 Sep 2024",
      "Rattray's a bampot. Always has been. Worked wi ma sister years ago at another school and they were glad tae see the back o him."),
     ("Lochee_Lass", "Active member \u00b7 907 posts", "3 Sep 2024",
      "Calm it. The man's daein his job, it was the parent council that voted for blazers. Go to a meeting instead of greetin on here."),
     ("broughtyboy", "Well-known member \u00b7 2,114 posts", "4 Sep 2024",
      "> Go to a meeting instead of greetin on here.\n\nDaein his job is one thing. Standing at the gate shouting at a 12 year old for having a puffa jacket on is another."),
     ("TayWhaler", "Member \u00b7 55 posts", "4 Sep 2024",
      "The parent council meeting was at 2pm on a Wednesday. Who exactly was that for?")]),
    M("school", "short_name", "negative", "Thistlebank"),
    M("wrattray", "surname_only", "abuse", "Rattray"))

add("forum", forum(
    "parentnet", ["Talk", "Am I being unreasonable?"],
    "AIBU to refuse to buy a \u00a358 blazer for a school that can't keep its own pool open?",
    [("BiscuitTin88", "Posts: 412", "Tue 27-Aug-24 21:14",
      "DD has just started S1 at Thistlebank Academy in Dundee. The school has gone full Hogwarts over the summer: blazer, tie, leather shoes, the lot. The blazer is only sold by one shop and it's \u00a358.\n\nMeanwhile their swimming pool has been shut since February and nobody can tell me when it will reopen.\n\nAIBU to just send her in her good black jumper and let them do their worst?"),
     ("Marmite_Not_Vegemite", "Posts: 3,561", "Tue 27-Aug-24 21:30",
      "YABU a bit. Uniform is a leveller, nobody can tell who has money. But \u00a358 from one supplier is a racket."),
     ("HaggisHunter", "Posts: 77", "Tue 27-Aug-24 21:52",
      "YANBU. Write to the depute, Mr Rattray, and ask for the equality impact assessment and the cost breakdown. Schools in Scotland are supposed to keep uniform affordable. Polite, in writing, dated."),
     ("BiscuitTin88", "Posts: 412", "Tue 27-Aug-24 22:05",
      "Thank you, that's helpful. Will do it tomorrow.")]),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("wrattray", "title_surname", "neutral", "Mr Rattray"))

add("facebook", txt("""
Ardlowrie & Balcraigie Community Noticeboard
Public group \u00b7 6.2K members

Admin \u2014 Lorraine (Ardlowrie Noticeboard)
Admin \u00b7 Yesterday at 22:41

Folks, we've taken down a post tonight that named a teacher from the academy and said where he stays. That is NOT on. Criticise the policy all you like, go to the meetings, write to the council, but leave folks' homes and families out of it. Anyone reposting it will be removed from the group. Thanks \U0001f64f

\U0001f44d\u2764\ufe0f 241 \u00b7 38 comments

Like \u00b7 Comment \u00b7 Share

Paula Cant
Well said Lorraine. Some folk in this group need to get a grip.
Yesterday \u00b7 Like \u00b7 Reply \u00b7 19

Ricky Guthrie
Fair enough but folk are angry for a reason
Yesterday \u00b7 Like \u00b7 Reply \u00b7 3

    Admin \u2014 Lorraine (Ardlowrie Noticeboard)
    Ricky they can be angry without putting an address up.
    Yesterday \u00b7 Like \u00b7 Reply \u00b7 11
"""))

add("social", txt("""
Big Tam's Missus @tams_missus_dd \u00b7 Sep 9, 2024
Wullie Rattray stood at the gate at 8.40 like Checkpoint Charlie. Ma boy's tie wis "too short". A TIE. TOO SHORT. \U0001f921\U0001f921 #Thistlebank

\U0001f4ac 12   \U0001f501 9   \u2661 140
"""),
    M("school", "hashtag", "negative", "#Thistlebank"),
    M("wrattray", "nickname", "negative", "Wullie Rattray"))

add("social", txt("""
Instagram

thistlebank_academy \u2022 Follow
Balcraigie Road, Dundee

thistlebank_academy Our S1s looking so smart on their first day in the new blazers! \U0001f49a Welcome to the family. #ThistlebankPride #FirstDay
Edited \u00b7 42w

View all 63 comments

lindsay.gail88 Gorgeous kids!! Proud gran \U0001f60d
42w  3 likes  Reply

kaydz_07 they look like wee bank managers \U0001f602\U0001f602
42w  48 likes  Reply

mrs_mcglashan shame about the \u00a358 price tag on each of them
42w  19 likes  Reply

toni.milne_x my boy's looks mingin on him, it's two sizes too big cos the shop ran oot \U0001f644 but aye lovely photo
42w  11 likes  Reply

\u2661 \U0001f4ac \u27a4
388 likes
"""),
    M("school", "handle", "negative", "thistlebank_academy"))

add("blog", blog(
    "schemie", "Blazers in the scheme: who is this really for?", "2 September 2024", "Donna Kidd",
    """There is a particular kind of silence in a kitchen when a letter from the school comes home and you already know what it's going to cost.

This summer Thistlebank Academy told families in Ardlowrie that every pupil would need a blazer, a tie and leather shoes from August. The blazer is \u00a358. The school is in a ward where one child in three lives in poverty.

I don't doubt that the depute head, William Rattray, believes what he wrote about "belonging and pride". I don't doubt that Fiona Ogilvie-Bain, the head teacher, thinks she is doing the right thing by backing him. But pride isn't something you can buy from a single approved supplier on the Kingsmuir retail park.

## What the uniform bank can and can't do

The school says there is a uniform bank. There is, and the women who run it are brilliant. But a uniform bank only works if families know about it, and if asking doesn't feel like begging at the office window.

## What I'm asking for

- Publish the equality impact assessment.
- Allow a plain black jumper as an alternative to the blazer.
- Stop taking children out of class over uniform. Full stop.

If you agree, the petition is linked at the bottom. Be polite. Be persistent.""",
    [("Stacey F", "2 September 2024 at 19:02", "Brilliant post Donna. Shared to the parents page."),
     ("Anon", "2 September 2024 at 21:15", "Rattray should be hung oot tae dry for this at the next council meeting. Shameful."),
     ("Donna Kidd", "2 September 2024 at 21:40", "Let's keep it about the policy please x")],
    ["uniform", "poverty", "Ardlowrie", "schools"]),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("wrattray", "exact", "negative", "William Rattray"),
    M("fogilviebain", "exact", "negative", "Fiona Ogilvie-Bain"))

add("forum", forum(
    "threadit", ["r/dundee"], "Depute at Thistlebank getting doxxed on the Ardlowrie page?",
    [("throwaway_dd4", "62", "11 mo. ago",
      "Not condoning it at all but someone put Rattray's address up on the Ardlowrie Facebook last night, 22 Glenisla Walk, with a pic of his house. It's been taken down now. Folk are losing the plot over a blazer."),
     ("HowffHound", "87", "11 mo. ago",
      "Mate you've just reposted the address. Edit your post."),
     ("throwaway_dd4", "-14", "11 mo. ago",
      "It was already public, everyone's seen it"),
     ("AutoModerator", "1", "11 mo. ago",
      "Your post has been reported for containing personal information. A moderator will review it shortly. I am a bot."),
     ("tayside_tattie", "45", "11 mo. ago",
      "Whatever you think of the uniform thing, this is how someone gets hurt. Delete it.")]),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("wrattray", "possessive", "doxxing", "Rattray's"))

add("facebook", txt("""
Balcraigie Banter, Buy & Sell
Public group \u00b7 3.9K members

Craig Spalding
1d \u00b7 \U0001f30d

Rattray better hope naebody catches him in the car park efter the parents night at Thistlebank on Thursday. Just sayin. Some of us have had enough o him pickin on weans \U0001f440\U0001f528

\U0001f44d\U0001f606 23 \u00b7 16 comments

Like \u00b7 Comment \u00b7 Share

Marie Stewart
Craig wheesht, this is the kind of thing that gets the polis at yer door
1d \u00b7 Like \u00b7 Reply \u00b7 8

Craig Spalding
Never said I'd dae anything did I \U0001f607
1d \u00b7 Like \u00b7 Reply \u00b7 5

Fraser Lamb
Screenshot taken. Grow up.
23h \u00b7 Like \u00b7 Reply \u00b7 12
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("wrattray", "surname_only", "threat", "Rattray"))

add("social", txt("""
lewis \U0001f3ae @lewis_mcp07 \u00b7 Oct 2, 2024
if anybody sees R4ttr4y at the big Tesco tell him fae me he's gettin it. ma wee sister greetin every mornin cos o him. Thistlebank depute my arse

\U0001f4ac 3   \U0001f501 1   \u2661 17
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("wrattray", "leetspeak", "threat", "R4ttr4y"))

add("review", txt("""
TrustSpot \u2014 Reviews of Tayside Schoolwear Ltd
TrustScore 1.9 out of 5 \u00b7 318 reviews

\u2605\u2606\u2606\u2606\u2606  Blazer ordered June, arrived October
Leanne Coull \u00b7 GB \u00b7 2 reviews
Date of experience: 14 October 2024
Ordered a Thistlebank Academy blazer in June for my son starting S1. It arrived in OCTOBER. He was in the isolation room for three weeks for "no blazer" even though I showed them the order confirmation. Nobody at the shop or the school cared. Useless.
Useful \u00b7 Share

\u2605\u2605\u2605\u2605\u2606  Good quality once it came
Jo Ireland \u00b7 GB \u00b7 1 review
Date of experience: 1 October 2024
Decent blazer for the price, Grove High badge stitched properly. Delivery slow.
Useful \u00b7 Share

\u2605\u2606\u2606\u2606\u2606  Sizes all wrong
K. Nicoll \u00b7 GB \u00b7 4 reviews
Date of experience: 20 September 2024
Age 12-13 came up like an age 9. Returned twice.
Useful \u00b7 Share
Reply from Tayside Schoolwear Ltd
Sorry to hear this. Please email orders@taysideschoolwear.example with your order number.
"""),
    M("school", "exact", "negative", "Thistlebank Academy"))

add("forum", forum(
    "staffroom", ["Boards", "Leadership", "Behaviour and policy"], "Uniform enforcement as a DHT \u2014 am I the baddie?",
    [("DHT_somewhere_east", "Depute head \u00b7 1,032 posts", "18 Sep 2024",
      "Genuine question. SLT agreed a tighter uniform policy, parent council voted for it, and now I'm the one on the gate every morning being filmed by parents. When does 'consistency' become 'cruelty'? Not naming my school for obvious reasons."),
     ("ChalkFace_Tay", "Teacher \u00b7 4,410 posts", "18 Sep 2024",
      "I teach in Dundee and the one at Thistlebank is being crucified on Facebook right now, so you're not alone. Honestly the gate is the wrong place for it. Have a quiet word at registration, keep spares, never send a kid out of class for a tie."),
     ("PTGuidance_Fife", "Teacher \u00b7 622 posts", "19 Sep 2024",
      "Agree with ChalkFace. The moment uniform costs a child learning time you've lost the argument. Spare blazers in the PT office, no questions."),
     ("DHT_somewhere_east", "Depute head \u00b7 1,032 posts", "19 Sep 2024",
      "Thanks both. Spares it is.")]),
    M("school", "short_name", "neutral", "Thistlebank"))

add("blog", blog(
    "dundeemum", "The Great Blazer Hunt of 2024", "25 August 2024", "Kirsty",
    """Reader, I have been to three shops, one retail park and a Facebook Marketplace seller in a lay-by to find a blazer that fits my eldest.

For those not following the saga: Thistlebank's new uniform rules start this week. Blazer, tie, black leather shoes, no trainers, no hoodies, no "outdoor jackets in the building" (I'm still not sure what an indoor jacket is).

The official shop had sold out of his size by the second week of July. The Marketplace one was a girl's cut, which he pointed out in the lay-by, loudly.

In fairness, when I phoned the school in a mild panic, Mrs Wilson (she's the depute for the seniors but she answered anyway) was lovely about it and told me he'd not be sent out of class while we were waiting for an order. So that's something.

Anyway. Blazer acquired. Tie acquired. Shoes acquired. Child currently refusing to wear any of it for a photo. Normal service resumes next week with a post about packed lunches, which are also a crisis.""",
    [("Lisa D", "25 August 2024", "The lay-by bit \U0001f602 same boat here, ours is in S3"),
     ("Kirsty", "25 August 2024", "Solidarity Lisa x")],
    ["school", "money", "Dundee"]),
    M("school", "possessive", "negative", "Thistlebank's"),
    M("kwilson", "title_surname", "neutral", "Mrs Wilson"))

add("facebook", txt("""
Ardlowrie & Balcraigie Community Noticeboard
Public group \u00b7 6.2K members

Bryan Kidd
2d \u00b7 \U0001f30d

So let me get this right. At Thistlebank the Muslim lassies are allowed tae wear their headscarfs wi the uniform but my boy cannae wear a hoodie when it's baltic. Two tier. Always two tier. And I'd put money on who's behind it in that staffroom an aw, aye Mr Hussain in the science department, wi his wee prayer room. They're takin ower and naebody's allowed tae say it.

\U0001f44d\U0001f621 37 \u00b7 44 comments

Like \u00b7 Comment \u00b7 Share

Jackie Ross
Bryan this is disgusting. A headscarf is religious, a hoodie is a hoodie. And Mr Hussain has nothing to do with the uniform policy, he teaches chemistry. Reported.
2d \u00b7 Like \u00b7 Reply \u00b7 52

Angela McGlashan
My lassie has Mr Hussain for N5 and he's the best teacher she's ever had. Wind yer neck in Bryan.
2d \u00b7 Like \u00b7 Reply \u00b7 31

Bryan Kidd
Aye here we go. Cannae say anything these days.
2d \u00b7 Like \u00b7 Reply \u00b7 2
"""),
    M("school", "short_name", "hate", "Thistlebank"),
    M("thussain", "title_surname", "hate", "Mr Hussain"))

add("social", txt("""
Ardlowrie Weans First @ArdlowrieWeans \u00b7 Sep 12, 2024
#RattrayOut is all over the Ardlowrie group chats the night \U0001f602 three hundred parents and no one has a good word for the blazer policy. Meeting at the community centre Tuesday 7pm.

\U0001f4ac 18   \U0001f501 44   \u2661 203
"""),
    M("wrattray", "hashtag", "negative", "#RattrayOut"))

add("forum", forum(
    "parentnet", ["Talk", "Am I being unreasonable?"],
    "Update: Thistlebank blazer AIBU \u2014 I met the depute",
    [("BiscuitTin88", "Posts: 419", "Fri 13-Sep-24 16:02",
      "Some of you asked for an update. I went in and met Mr Rattray today.\n\nHonestly? He was reasonable. He showed me the hardship fund form, said no child should be out of class because of cost and that he'd speak to the staff on the gate. He admitted the first week was 'handled badly'.\n\nHe also said his windscreen has been smashed twice since June, which nobody deserves over a uniform policy, whatever you think of it.\n\nSo: blazer from the uniform bank, DD back in class, and I feel a bit less angry. Thanks for the advice about writing in."),
     ("HaggisHunter", "Posts: 81", "Fri 13-Sep-24 16:40",
      "Glad it worked. Writing in nearly always gets a better meeting than shouting on Facebook."),
     ("Marmite_Not_Vegemite", "Posts: 3,570", "Fri 13-Sep-24 17:01",
      "The windscreen thing is grim. Hope whoever did that is caught.")]),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("wrattray", "title_surname", "neutral", "Mr Rattray"))

add("facebook", txt("""
Thistlebank Academy Parents (Unofficial)
Private group \u00b7 1.4K members

Kelly Doig
3h

If they send ma boy hame ONE more time over his shoes I'm comin up that school and I'm no leavin til somebody's gettin carried oot. I mean it. Thistlebank you've been warned.

\U0001f44d\U0001f606\U0001f62e 19 \u00b7 27 comments

Like \u00b7 Comment \u00b7 Share

Paula Cant
Kelly calm doon hen, phone Mrs Wilson, she's decent
3h \u00b7 Like \u00b7 Reply \u00b7 6

Kelly Doig
Phoned her. Twice. Naebody phones back
2h \u00b7 Like \u00b7 Reply \u00b7 2

Group admin
Kelly I'm going to have to turn off comments on this one. Please don't make threats in the group. DM me if you need help with the uniform bank.
2h \u00b7 Like \u00b7 Reply \u00b7 14
"""),
    M("school", "exact", "threat", "Thistlebank Academy"),
    M("kwilson", "title_surname", "neutral", "Mrs Wilson"))

add("social", txt("""
Threads

ardlowrie_mammy
Day 3 of ScrapTheBlazer. RattrayMustGo. Thistlebank parents are done being polite. If you're at the gate tomorrow bring a sign not a temper \u270a
14h

\u2661 96   \U0001f4ac 22   \U0001f501 31

dundee.dad.of.4
14h
signs are made. see yous at 8.30

ardlowrie_mammy
13h
remember nae names on the signs folks, just the policy
"""),
    M("school", "short_name", "negative", "Thistlebank"),
    M("wrattray", "camelcase", "negative", "RattrayMustGo"))

add("facebook", txt("""
Thistlebank Academy Parents (Unofficial)
Private group \u00b7 1.4K members

Toni Milne
Yesterday at 19:12

Update for S5/S6 parents: Karen W. (depute for the seniors) confirmed on the phone the day that S5/6 can wear their own plain black jumper instead of the blazer. So it's just the wee ones gettin hammered then. Make it make sense \U0001f937\u200d\u2640\ufe0f

\U0001f44d 44 \u00b7 12 comments

Like \u00b7 Comment \u00b7 Share

Gail Lindsay
To be fair the seniors have part time jobs and buy their own stuff, maybe that's the thinking?
Yesterday \u00b7 Like \u00b7 Reply \u00b7 3

Toni Milne
Gail the S1s are TWELVE
Yesterday \u00b7 Like \u00b7 Reply \u00b7 9
"""),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("kwilson", "first_initial", "neutral", "Karen W."))

add("news", news(
    "ssw", "Leadership", "Headteacher defends 'dignity' uniform policy amid parent backlash",
    "Fiona Ogilvie-Bain says Thistlebank's blazer rule will be kept under review.",
    "Niamh Calder", "19 September 2024",
    """The head teacher of a Dundee secondary at the centre of a row over compulsory blazers has defended the policy, saying it was "about dignity, not money".

Fiona Ogilvie-Bain, who has led Thistlebank Academy since 2019, told Scottish Schools Weekly that the school had spent more than \u00a39,000 of its own funds on blazers for families who could not afford them.

"Nobody should be out of class because of cost, and from this week nobody will be," she said. "We got some things wrong in the first fortnight and I have apologised to the families concerned."

Her comments come after parents staged a protest at the school gates and a petition calling for the policy to be scrapped passed 1,200 signatures.

The Educational Institute of Scotland's local secretary said staff had been put "in an impossible position" by being asked to enforce the rules at the gate.

Uniform guidance published by the Scottish Government in 2023 says schools should keep costs to a minimum and avoid single-supplier arrangements where possible.""",
    None),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("fogilviebain", "exact", "neutral", "Fiona Ogilvie-Bain"))

add("news", news(
    "post", "Education", "Blazer U-turn: Dundee academy relaxes uniform rules after protests",
    "Black jumpers allowed, no pupil to be removed from class, school confirms.",
    "Evening Post reporter", "4 November 2024",
    """Thistlebank Academy has relaxed its controversial blazer rule after weeks of protests from parents in Ardlowrie.

In a letter to families, depute head teacher William Rattray said that from Monday pupils in all year groups may wear a plain black jumper instead of the blazer, and that no pupil will be removed from class or sent home over uniform.

"We have listened," the letter says. "The blazer remains part of our uniform and we hope young people will choose to wear it with pride."

Campaigner Donna Kidd, who organised the petition, said: "This is a win for every family who was made to feel small at that gate."

Head teacher Fiona Ogilvie-Bain said the school would review the policy with pupils and parents in the spring.""",
    [("Paula Cant", "3 hours ago", "Took them long enough but fair play for admitting it."),
     ("DD4_Dad", "2 hours ago", "Now fix the pool."),
     ("Ricky G", "1 hour ago", "Rattray should still be sacked. The man's a bully and a liar and the weans ken it.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("wrattray", "exact", "abuse", "William Rattray"),
    M("fogilviebain", "exact", "neutral", "Fiona Ogilvie-Bain"))

add("news", news(
    "post", "Courts", "Man fined for threatening Dundee depute head at school gates",
    "Sheriff tells father his behaviour was 'wholly unacceptable'.",
    "Court reporter", "21 January 2025",
    """A father who threatened a depute head teacher at the gates of a Dundee secondary school during a row over uniform has been fined \u00a3600.

Gary Soutar, 41, of Linnhaugh, admitted behaving in a threatening or abusive manner at Thistlebank Academy on 10 September 2024.

Dundee Sheriff Court heard that Soutar shouted at depute head William Rattray that he would "get what was coming" after his son was told to remove a hooded top.

Sheriff Alison Brodie told Soutar: "Teachers are entitled to go about their work without being threatened. Your behaviour was wholly unacceptable, whatever your views on school uniform."

Soutar's solicitor said his client had been under financial pressure and regretted his actions.""",
    None),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("wrattray", "exact", "neutral", "William Rattray"))

add("facebook", txt("""
Ardlowrie Chat (No Rules Edition)
Private group \u00b7 812 members

Anonymous member
4h

Here's where the uniform polis lives since he likes tellin everybody else how tae dress. W. Rattray, 22 Glenisla Walk, Ardlowrie DD4 7RL. Blue door. Go and ask him aboot "standards" yersel.

\U0001f606\U0001f44d 14 \u00b7 9 comments

Like \u00b7 Comment \u00b7 Share

Ricky Guthrie
\U0001f602\U0001f602 he'll no be sleepin the night

Lisa Dorward
This is out of order, he's got weans of his own. Take it down.
3h \u00b7 Like \u00b7 Reply \u00b7 6
"""),
    M("wrattray", "initial_surname", "doxxing", "W. Rattray"))

add("social", txt("""
Jay \u26a1 @jaybaldo_ \u00b7 Sep 17, 2024
R\u0430ttr\u0430y is a wee Hitler wi a clipboard and a God complex. the man measured a lassie's skirt wi a RULER. Thistlebank is a prison. #ScrapTheBlazer

\U0001f4ac 6   \U0001f501 14   \u2661 91
"""),
    M("school", "short_name", "negative", "Thistlebank"),
    M("wrattray", "homoglyph", "abuse", "R\u0430ttr\u0430y"))

add("social", txt("""
kayla \U0001f98b @kaylaaa.x \u00b7 Sep 30, 2024
R a t t r a y stood in the corridor the day shoutin at a first year cos his tie had a wee stain. absolute roaster. absolute fud. cannae stand the man \U0001f92e #thistlebank

\U0001f4ac 2   \U0001f501 0   \u2661 33
"""),
    M("school", "hashtag", "negative", "#thistlebank"),
    M("wrattray", "spacing", "abuse", "R a t t r a y"))

add("social", txt("""
Wullie Rattray (Parody) @WullieRattrayDHT \u00b7 Oct 8, 2024
Today I sent 43 bairns hame for the wrang socks. Tomorrow: eyebrows. Standards. \U0001f9e6\U0001f4cf #Thistlebank
\U0001f4ac 41   \U0001f501 230   \u2661 1.9K

Wullie Rattray (Parody) @WullieRattrayDHT \u00b7 Oct 9, 2024
Sorry naebody can come tae the phone, I'm measuring a ponytail. Leave a message efter the whistle. \U0001f4cf
\U0001f4ac 28   \U0001f501 96   \u2661 1.1K

Wullie Rattray (Parody) @WullieRattrayDHT \u00b7 Oct 10, 2024
Breaking: blazer found on bus. Owner to be isolated until 2031. Bus also isolated.
\U0001f4ac 33   \U0001f501 144   \u2661 1.4K

Bio: Not the real depute. Parody account. Obviously. Standards \U0001f4cf
"""),
    M("school", "hashtag", "negative", "#Thistlebank"),
    M("wrattray", "nickname", "abuse", "Wullie Rattray"))

add("forum", forum(
    "dundeetalk", ["Forums", "Local", "Dundee Chat"], "That depute at the academy in Ardlowrie",
    [("OldFirm_Oot", "Member \u00b7 201 posts", "7 Oct 2024",
      "Billy Rattray was steamin at the S1 parents night. Ye could smell it aff him fae the door. And that's who's lecturin weans aboot standards and pride."),
     ("Lochee_Lass", "Active member \u00b7 911 posts", "7 Oct 2024",
      "Were you actually there? Because I was and he was stone cold sober and very polite to me."),
     ("OldFirm_Oot", "Member \u00b7 201 posts", "7 Oct 2024",
      "Wasnae there but ma cousin was. Everybody kens he likes a drink. Ask anybody in the Balcraigie Tavern."),
     ("Moderator_Ally", "Staff member", "7 Oct 2024",
      "Thread locked. Please don't post allegations about named individuals that you can't back up. See forum rule 4.")]),
    M("wrattray", "nickname", "defamation", "Billy Rattray"))

add("facebook", txt("""
Thistlebank Academy Parents (Unofficial)
Private group \u00b7 1.4K members

Marie Stewart
6h

Somebody's gonnae end up puttin R*ttray through that glass door at reception if he keeps this up. No me obviously \U0001f607 but I widnae be stood too close tae it if I wis him.

\U0001f606 11 \u00b7 7 comments

Like \u00b7 Comment \u00b7 Share

Nicola Baxter
Marie \U0001f62c delete that hen
6h \u00b7 Like \u00b7 Reply \u00b7 4

Marie Stewart
It's a joke Nicola ffs
5h \u00b7 Like \u00b7 Reply \u00b7 1
"""),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("wrattray", "obfuscated", "threat", "R*ttray"))

add("blog", blog(
    "memory", "Uniforms through the years at the academy", "3 October 2024", "Ardlowrie Remembered",
    """With all the talk about blazers this term, we thought we'd dig out some old photos of Thistlebank Academy uniforms from the archive.

1974: the first intake. Blazers, caps for the boys, berets for the girls, and a badge with the thistle that was redesigned in 1988 after a competition won by a second year called Fiona Dand.

1986: blazers gone, replaced by a bottle-green jumper. Several readers have written in to say they spent most of 1986 trying to make that jumper look cool. It did not work.

2003: sweatshirts with the embroidered logo. Trainers everywhere.

Reader Derek (class of 2007) sent this: "Mr Rattray took us for PE in first year. Strict but fair. He ran the five-a-side at lunch for years and never missed a week. Funny to see him in the news for blazers now."

Send your photos in!""",
    [("Moira P", "3 October 2024", "That green jumper! I've still got mine somewhere."),
     ("Derek C", "4 October 2024", "The berets \U0001f602"),
     ("Gav", "5 October 2024", "Strict but fair? Rattray was a sadistic wee bastard then and he's one now. Ask anybody that had him for cross country.")],
    ["schools", "photos", "1970s"]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("wrattray", "title_surname", "abuse", "Mr Rattray"))

add("review", txt("""
RateMyTeachers UK \u00b7 Thistlebank Academy, Dundee
School rating 2.9/5 \u00b7 Teachers listed: 41

Mr Rattray \u2014 Depute Head / PE
\u2605\u2606\u2606\u2606\u2606 1.4 (63 ratings)
"power mad. measures ties." \u2014 S2 pupil, Oct 2024
"gave ma pal a detention for breathing loud" \u2014 S3 pupil, Sep 2024
"he's alright if ye dinnae wind him up tbh" \u2014 S5 pupil, Sep 2024

Mrs Bell \u2014 English
\u2605\u2605\u2605\u2605\u2605 4.8 (29 ratings)
"best English teacher in Dundee. made me like poetry which is mental" \u2014 S4 pupil
"strict about folio deadlines but she actually cares" \u2014 S6 pupil

Mr Hussain \u2014 Chemistry
\u2605\u2605\u2605\u2605\u2606 4.5 (22 ratings)
"explains stuff properly. sets off stuff in the lab sometimes (on purpose)" \u2014 S3 pupil

Sir Struan \u2014 Modern Studies
\u2605\u2605\u2605\u2605\u2605 4.9 (88 ratings)
"the tiktok guy. actually a really good teacher tho" \u2014 S2 pupil

Report a rating \u00b7 Ratings are the opinions of individual users.
"""),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("wrattray", "title_surname", "negative", "Mr Rattray"),
    M("lbell", "title_surname", "neutral", "Mrs Bell"),
    M("thussain", "title_surname", "neutral", "Mr Hussain"),
    M("smacilwraith", "alias", "neutral", "Sir Struan"))

add("facebook", txt("""
Thistlebank Academy Parents (Unofficial)
Private group \u00b7 1.4K members

Angela McGlashan
Yesterday at 21:03

Rattray's new "standards" letter is FOUR pages long and disnae mention the hardship fund once. Read it and weep. Who's proofreadin these things?

\U0001f44d\U0001f622 52 \u00b7 19 comments

Like \u00b7 Comment \u00b7 Share

Jo Ireland
Page 3 is mental. "Hair accessories must be discreet." Ma lassie's scrunchie is a safeguarding issue now apparently \U0001f602
Yesterday \u00b7 Like \u00b7 Reply \u00b7 14

Kerry-Ann Doig
The hardship fund's on the website if anybody needs it, it's just buried
Yesterday \u00b7 Like \u00b7 Reply \u00b7 5
"""),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("wrattray", "possessive", "negative", "Rattray's"))

add("social", txt("""
Michelle \U0001f49c @shellbell_dd \u00b7 Nov 6, 2024
Shoutout to William R. at Thistlebank who sorted my son's blazer from the uniform bank today, no forms, no fuss, and a spare tie thrown in. Credit where it's due \U0001f44f

\U0001f4ac 4   \U0001f501 2   \u2661 58
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("wrattray", "first_initial", "neutral", "William R."))

add("facebook", txt("""
Thistlebank Academy Parents (Unofficial)
Private group \u00b7 1.4K members

Lisa Dorward
2d

Mr Rattrey sent ma lassie hame the day for havin her hair dyed purple. It's no uniform it's her HAIR. She's 13. She was gutted, she did it for her gran's birthday. Is this even allowed??

\U0001f621 61 \u00b7 33 comments

Like \u00b7 Comment \u00b7 Share

Kenny Mudie
Hair colour's no in the uniform policy, I've read it three times. Email them and ask which section.
2d \u00b7 Like \u00b7 Reply \u00b7 18

Lisa Dorward
Kenny thank you, doin it now
2d \u00b7 Like \u00b7 Reply
"""),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("wrattray", "typo", "negative", "Mr Rattrey"))

add("forum", forum(
    "threadit", ["r/dundee"], "Any other Thistlebank parents getting texts about 'uniform infractions' every day?",
    [("ardlowrie_anon", "34", "10 mo. ago",
      "Every day at 9.15 I get a text: 'Your child was not in full uniform today.' He was. He had the tie in his pocket because it's a clip-on and it broke. Bill Rattray is running the place like a borstal."),
     ("mcgonagall_was_right", "21", "10 mo. ago",
      "Same. I replied STOP and it didn't stop."),
     ("HowffHound", "12", "10 mo. ago",
      "Ask for a meeting with the pupil support teacher for his year, Ms Gourlay I think for S1/S2? She sorted our one out in a week."),
     ("ardlowrie_anon", "8", "10 mo. ago",
      "Cheers, will do.")]),
    M("school", "short_name", "negative", "Thistlebank"),
    M("wrattray", "nickname", "negative", "Bill Rattray"),
    M("mgourlay", "title_surname", "neutral", "Ms Gourlay"))

add("social", txt("""
TikTok \u00b7 @ardlowrie.boys

[Video: two boys in blazers doing an exaggerated slow-motion walk through a school gate, text overlay "POV: the depute's at the gate"]
the uniform inspection walk \U0001f480 #thistlebank #dundee #scottishschool #blazer
\u266c original sound - ardlowrie.boys

\u2661 12.4K   \U0001f4ac 311   \u27a6 1,022

Comments

jamieboy_09
the slow walk got me \U0001f602\U0001f602
3d ago \u00b7 Reply \u00b7 \u2661 402

ems.x.x
Thistlebank is actual jail
3d ago \u00b7 Reply \u00b7 \u2661 288

dundee_mum_of_twins
proper talent here lads \U0001f602
2d ago \u00b7 Reply \u00b7 \u2661 61
"""),
    M("school", "short_name", "negative", "Thistlebank"))

add("social", txt("""
Bluesky

Donna Kidd @donnakidd.bsky.example \u00b7 3h
Petition update: the TBA uniform petition is at 1,312 signatures. Meeting with the council's education convener booked for the 28th. Thank you to every Ardlowrie parent who signed, shared and wrote in \U0001f49a

\U0001f4ac 7  \U0001f501 19  \u2661 64

Replies
Fraser Lamb @flamb.bsky.example \u00b7 2h
Great work Donna. Bring the cost breakdown, they hate that.
"""),
    M("school", "alias", "negative", "TBA"))


# ---------------------------------------------------------------------------
# Documents: the swimming pool
# ---------------------------------------------------------------------------

add("news", news(
    "post", "Education", "Academy pool to stay shut until at least 2026, council confirms",
    "Thistlebank pupils will continue to be bussed to Lochside Leisure for swimming.",
    "Evening Post reporter", "6 March 2025",
    """The swimming pool at Thistlebank Academy will remain closed until at least 2026, Dundee City Council has confirmed, more than a year after it was shut "temporarily".

The pool closed in February 2024 when its filtration plant failed. A later survey found reinforced autoclaved aerated concrete (RAAC) in part of the pool hall roof.

School business manager Alan Duthie told a meeting of the parent council that replacing the plant and the roof panels had been costed at \u00a3340,000, and that the school was "doing everything it can" to keep swimming on the timetable.

S1 and S2 pupils are taken by bus to Lochside Leisure Centre once a fortnight. Ardlowrie Amateur Swimming Club, which used the pool four nights a week, has lost two-thirds of its members since the closure.

A council spokesperson said the authority was "exploring all funding options".""",
    [("Moira P", "5 hours ago", "Duthie's been saying 'next term' for two years. Nobody believes a word any more."),
     ("DD4_Dad", "4 hours ago", "Funny how there's never money for the pool but there was money for blazers."),
     ("SwimMum_Tay", "2 hours ago", "My two learned to swim in that pool. Heartbreaking.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("aduthie", "exact", "negative", "Alan Duthie"))

add("news", news(
    "courier", "Dundee", "Hundreds march through Ardlowrie to demand school pool reopens",
    "PE teacher tells crowd: 'A generation of kids here will never learn to swim.'",
    "Gillian Rennie, Education Reporter", "20 April 2024",
    """Around 300 people marched from Ardlowrie community centre to the gates of Thistlebank Academy on Saturday to call for the school's swimming pool to be reopened.

The pool, which is also used by local clubs and for public sessions on Sunday mornings, closed in February after a plant failure.

Jamie Petrie, a PE teacher at the school who coaches the Ardlowrie swimming club in his own time, told the crowd: "A generation of kids here will never learn to swim if this pool stays shut. That's not a slogan, that's what happens."

Ward councillor Rab Haldane said he had asked for an urgent report on the cost of repairs.

Organisers said a petition with more than 2,000 signatures would be handed to the council's children and families convener next week.""",
    [("Shona Mathers", "20 April 2024", "Well done everybody. Mr Petrie is a credit."),
     ("Kev", "20 April 2024", "Council will just shut it for good, mark my words")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("jpetrie", "exact", "neutral", "Jamie Petrie"))

add("facebook", txt("""
Save Thistlebank Pool \U0001f3ca
Public group \u00b7 2.7K members

Maureen Fyffe
Admin \u00b7 8 November 2024

UPDATE from the parent council meeting last night. Mr Duthie (school business manager) tells us the new quote for the plant AND the roof is \u00a3340k. That's up from \u00a3230k in the spring. Council still "exploring options". We're going to the full council meeting on the 25th, please come if you can.

\U0001f44d\U0001f622 118 \u00b7 64 comments

Like \u00b7 Comment \u00b7 Share

Tam Mitchell
Funny how that quote went up a hundred grand the same year a certain business manager got himsel a 30ft boat doon at Tayport. Just sayin \U0001f914\U0001f6a4
8 November \u00b7 Like \u00b7 Reply \u00b7 41

    Maureen Fyffe
    Tam please don't. We need the school on side.
    8 November \u00b7 Like \u00b7 Reply \u00b7 12

    Tam Mitchell
    I'm only sayin what everybody's thinkin. Al Duthie's boat should be cried the Pool Fund.
    8 November \u00b7 Like \u00b7 Reply \u00b7 29

Gail Lindsay
I'll be there on the 25th. Can we get a bus from the community centre?
8 November \u00b7 Like \u00b7 Reply \u00b7 3
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("aduthie", "title_surname", "defamation", "Mr Duthie"))

add("forum", forum(
    "threadit", ["r/dundee"], "Why is Thistlebank's pool STILL shut?",
    [("swimmer_tay", "211", "8 mo. ago",
      "Genuine question. It's been 14 months. The council says RAAC, the school says plant, nobody gives a date. Kids in Ardlowrie are getting bussed across the city to swim for 30 minutes a fortnight."),
     ("grumpy_jute_baron", "154", "8 mo. ago",
      "Duthie's got a brand new Range Rover and the pool fund is 'under review'. Coincidence I'm sure."),
     ("swimmer_tay", "62", "8 mo. ago",
      "Who's Duthie?"),
     ("grumpy_jute_baron", "77", "8 mo. ago",
      "Business manager. Signs off everything."),
     ("tayside_tattie", "93", "8 mo. ago",
      "Mr Petrie's been taking the S1s to Lochside on his own time on a Friday. Absolute legend, the school doesn't deserve him."),
     ("HowffHound", "40", "8 mo. ago",
      "Range Rover on a business manager's salary is wild though, not gonna lie")]),
    M("school", "possessive", "negative", "Thistlebank's"),
    M("aduthie", "surname_only", "defamation", "Duthie"),
    M("jpetrie", "title_surname", "neutral", "Mr Petrie"))

add("social", txt("""
Ardlowrie ASC \U0001f3ca @ArdlowrieASC \u00b7 Feb 14, 2025
One year today since the pool closed. One year of weans in Ardlowrie with nowhere to learn to swim. #SaveThistlebankPool
[Image: empty pool hall behind a locked door, with a "CLOSED" sign]

\U0001f4ac 22   \U0001f501 140   \u2661 390
"""),
    M("school", "hashtag", "negative", "#SaveThistlebankPool"))

add("review", txt("""
Lochside Leisure Centre
Leisure centre \u00b7 Lochside Road, Dundee
3.4 \u2605\u2605\u2605\u2606\u2606 (611 Google reviews)

Most recent

Paul R
Local Guide \u00b7 72 reviews
\u2605\u2605\u2606\u2606\u2606 3 weeks ago
Came for the Tuesday 1pm public swim and the pool was mobbed with about 60 kids off the Thistlebank school buses. Nobody told us. Two lanes left for the public. Changing rooms a war zone.
\U0001f44d 9

Sam B
11 reviews
\u2605\u2605\u2605\u2605\u2606 a month ago
Good gym, friendly staff, showers hit and miss.
\U0001f44d 1

Response from the owner 3 weeks ago
Hi Paul, we're sorry for the disruption. School bookings are shown on our timetable at the front desk.
"""),
    M("school", "short_name", "negative", "Thistlebank"))

add("blog", blog(
    "haldane", "Thistlebank pool: where things stand (November)", "12 November 2024", "Cllr Rab Haldane",
    """Thanks to everyone who has emailed and stopped me in the street about the pool at Thistlebank Academy. Here is where things stand, as plainly as I can put it.

## The facts

The pool closed in February when the filtration plant failed. A survey in May found RAAC in four roof panels in the pool hall. The council's property team now estimates \u00a3340,000 for the plant and roof together.

I met the head teacher, Fiona Ogilvie-Bain, and the business manager, Alan Duthie, on 5 November. Both want the pool reopened. Neither controls the capital budget \u2014 that sits with the council.

## What I'm doing

I have lodged a motion for the December full council asking for the pool to be added to the capital programme. I need a seconder from another group and I'm working on it.

## What you can do

Email your other three ward councillors. Come to the meeting on the 25th. Keep it polite \u2014 the staff at the school are not the enemy here.""",
    [("Maureen Fyffe", "12 November 2024", "Thank you Rab. We'll be there in numbers."),
     ("Kev", "13 November 2024", "Same old. Council'll sit on it."),
     ("DD4_Dad", "13 November 2024", "Never mind motions. Somebody should string Duthie up fae the high board and leave him there til the money turns up. I'd happily dae it.")],
    ["Ardlowrie", "schools", "pool", "capital budget"]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("fogilviebain", "exact", "neutral", "Fiona Ogilvie-Bain"),
    M("aduthie", "exact", "threat", "Alan Duthie"))

add("facebook", txt("""
Ardlowrie Chat (No Rules Edition)
Private group \u00b7 812 members

Stevie Ogg
5h

Someone should just burn that pool doon and let the insurance pay, at least then the cooncil would HAVE tae build a new one \U0001f525\U0001f525\U0001f525 plenty o petrol at the garage on Balcraigie Road #Thistlebank

\U0001f606\U0001f525 31 \u00b7 12 comments

Like \u00b7 Comment \u00b7 Share

Marie Stewart
Stevie dinnae be daft, that's how folk get the jail
5h \u00b7 Like \u00b7 Reply \u00b7 7

Stevie Ogg
Whit? It's a joke. Mostly \U0001f602
4h \u00b7 Like \u00b7 Reply \u00b7 9
"""),
    M("school", "hashtag", "threat", "#Thistlebank"))

add("forum", forum(
    "dundeetalk", ["Forums", "Local", "Dundee Chat"], "Thistlebank Academy - where did the pool money go?",
    [("Balgay_Bob", "Member \u00b7 144 posts", "19 Nov 2024",
      "A. Duthie signs aff the school fund. The trip money for the S2 Alton Towers trip went missing in 2023 and 'the bank made an error'. Now the pool quote's gone up a hundred grand. He's the one holding the cheque book. I'm no sayin. I'm just sayin."),
     ("Lochee_Lass", "Active member \u00b7 914 posts", "19 Nov 2024",
      "That is a very serious thing to say about a named person with nothing to back it up. The pool is a council capital budget, the business manager doesn't control it."),
     ("Balgay_Bob", "Member \u00b7 144 posts", "19 Nov 2024",
      "Then where did the trip money go? Answer me that."),
     ("Moderator_Ally", "Staff member", "19 Nov 2024",
      "Second thread this month. Allegations about named people need evidence. Thread closed.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("aduthie", "initial_surname", "defamation", "A. Duthie"))

add("social", txt("""
mia \U0001f31f @miaa_dd4 \u00b7 May 17, 2024
ma PE teacher Mr Petrie took us aw tae Lochside for swimmin cos our pool's shut and he bought everybody chips after WITH HIS OWN MONEY. absolute legend #thistlebank \U0001f3ca\U0001f35f

\U0001f4ac 8   \U0001f501 3   \u2661 151
"""),
    M("school", "hashtag", "neutral", "#thistlebank"),
    M("jpetrie", "title_surname", "neutral", "Mr Petrie"))

add("news", news(
    "voice", "Clubs", "Swimming club left without a home",
    "Ardlowrie ASC now trains at three different pools across the city.",
    "The Ardlowrie Voice", "May 2024",
    """For 41 years Ardlowrie Amateur Swimming Club has trained in the pool at Thistlebank. Since February it has trained wherever it can find water.

Club secretary Liz Fotheringham said the closure had been "devastating" for younger swimmers. "We had 140 members at Christmas. We have 52 now. Parents can't get kids across the city at 6pm on a school night."

The club has been offered lane time at Lochside on Monday evenings and at a private pool in Broughty Ferry on Saturday mornings.

The club is always looking for volunteers. Contact Liz through the club's page.""",
    None),
    M("school", "short_name", "neutral", "Thistlebank"))

add("facebook", txt("""
Ardlowrie Chat (No Rules Edition)
Private group \u00b7 812 members

Anonymous member
2d

For anybody wantin tae ask Alan Duthie aboot the pool face tae face since he never answers an email, he stays at 7 Kinnordy Gardens, Invernethy DD5 4QP. Silver Volvo in the drive. His mobile's 07700 900218 an aw. Thistlebank's finest \U0001f44f

\U0001f44d 8 \u00b7 6 comments

Like \u00b7 Comment \u00b7 Share

Lisa Dorward
Report this folks. Whatever ye think o him that's his family's hoose.
2d \u00b7 Like \u00b7 Reply \u00b7 11
"""),
    M("school", "possessive", "neutral", "Thistlebank's"),
    M("aduthie", "exact", "doxxing", "Alan Duthie"))

add("blog", blog(
    "dundeemum", "Why my kids can't swim (and why that matters)", "2 June 2024", "Kirsty",
    """My youngest is eleven and can't swim a width. That's not because we didn't try. It's because the pool at the end of our street, the one in Thistlebank Academy, has been shut since February, and the pool before that was a forty-minute bus ride away.

I know this sounds like a small thing compared to everything else going on. But Scotland is a country of rivers and lochs and cold sea, and every summer there's a story in the paper that starts with a child who couldn't swim.

The school's PE department has been brilliant. Jamie Petrie has been running Friday sessions at Lochside and organising lifts, and I know of at least three families he's driven himself. But one teacher can't fix a pool.

What I'd love is an honest date. Even if it's a bad date. Parents can cope with bad news. What we can't cope with is "next term" every term.""",
    [("Lisa D", "2 June 2024", "This. Exactly this. Ours are the same."),
     ("Maureen Fyffe", "3 June 2024", "Please share the Save the Pool page Kirsty x")],
    ["swimming", "Ardlowrie", "kids"]),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("jpetrie", "exact", "neutral", "Jamie Petrie"))

add("forum", forum(
    "dundeetalk", ["Forums", "Local", "Dundee Chat"], "Thistlebank pool - honestly glad it's shut",
    [("Stobbie_Stan", "Member \u00b7 92 posts", "25 May 2024",
      "Controversial but I'm glad the pool's shut tbh. Didnae want that P-e-t-r-i-e poof in the changin rooms wi ma boy. Aye I said it. Everybody kens whit he is."),
     ("broughtyboy", "Well-known member \u00b7 2,131 posts", "25 May 2024",
      "Reported. That's homophobic garbage. The man's a PE teacher who's given up every Friday for a year to take kids swimming."),
     ("Lochee_Lass", "Active member \u00b7 920 posts", "25 May 2024",
      "Reported as well. Stan you need to have a long look at yourself."),
     ("Moderator_Ally", "Staff member", "25 May 2024",
      "Stobbie_Stan has been banned. Posts like that will be passed to Police Scotland if they're reported to us again.")]),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("jpetrie", "obfuscated", "hate", "P-e-t-r-i-e"))

add("social", txt("""
dee_\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f_lad @deelad1990 \u00b7 Nov 22, 2024
D.u.t.h.i.e better no show his face at the pool gala at Lochside on Saturday. folk are raging aboot the thistlebank pool money and there's a few o us who'll be waitin \U0001f52a\U0001f440

\U0001f4ac 1   \U0001f501 0   \u2661 7
"""),
    M("school", "short_name", "neutral", "thistlebank"),
    M("aduthie", "spacing", "threat", "D.u.t.h.i.e"))

add("news", news(
    "ssw", "Policy", "Dozens of school pools lie empty as councils count the cost",
    "An SSW survey finds 38 secondary school pools closed or on reduced hours.",
    "Niamh Calder", "9 January 2025",
    """At least 38 secondary school swimming pools in Scotland are currently closed or operating on reduced hours, a survey by Scottish Schools Weekly has found.

Councils cited plant failures, RAAC surveys and energy costs. In Dundee, the pool at Thistlebank Academy has been closed since February 2024; in Fife, two pools have been mothballed indefinitely.

Scottish Swimming said the closures risked "a lost generation" of non-swimmers in the most deprived areas.

The Convention of Scottish Local Authorities said councils were being forced into "impossible choices" by capital budget pressures.""",
    None),
    M("school", "exact", "neutral", "Thistlebank Academy"))

add("facebook", txt("""
Save Thistlebank Pool \U0001f3ca
Public group \u00b7 2.7K members

Ricky Guthrie
3d

Alan D. telt the parent council the survey found RAAC in the pool roof. RAAC ma erse. There's nae RAAC. It's an excuse tae shut it for good and sell the land tae the developers, and he kens it, and he's been tellin lies tae parents' faces for a year.

\U0001f44d\U0001f621 29 \u00b7 22 comments

Like \u00b7 Comment \u00b7 Share

Maureen Fyffe
Ricky the RAAC report is on the council website, I've read it. Please stick to what we know.
3d \u00b7 Like \u00b7 Reply \u00b7 15
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("aduthie", "first_initial", "defamation", "Alan D."))

add("social", txt("""
TikTok \u00b7 @ellieee.mcb

[Video: teenage girl lying on a bed, text overlay "POV: your school pool has been shut since you were in S1 and you're now in S3"]
still cannae swim btw \U0001f62d\U0001f62d #thistlebank #pool #dundee #fyp
\u266c sad violin - soundeffects

\u2661 3,408   \U0001f4ac 97   \u27a6 156

Comments

kaydz_07
thistlebank?? \U0001f62d we're aw gonnae droon
5d ago \u00b7 Reply \u00b7 \u2661 88

connorr_11
the pool wis mingin anyway tbf
5d ago \u00b7 Reply \u00b7 \u2661 41

ellieee.mcb
@connorr_11 at least it was a mingin pool we could SWIM in
5d ago \u00b7 Reply \u00b7 \u2661 67
"""),
    M("school", "short_name", "negative", "thistlebank"))

add("news", news(
    "courier", "Dundee", "Dundee school business manager on leave amid audit of school funds",
    "Council confirms internal audit at Thistlebank Academy but says no conclusions have been reached.",
    "Craig Bell, Local Democracy Reporter", "28 November 2024",
    """The business manager of a Dundee secondary school has been placed on leave while council auditors examine the school's non-public funds, the Courier can reveal.

Alan Duthie, who has managed budgets at Thistlebank Academy since 2016, has not worked since 18 November. The internal audit is understood to cover trip payments and fundraising accounts going back to 2022.

A Dundee City Council spokesperson said: "We can confirm an internal audit is under way. It would be inappropriate to comment further while that process is ongoing, and no conclusions should be drawn."

Parents on social media had raised questions about school trip payments in recent weeks. The school's separate pool campaign has been running since February.

Mr Duthie could not be reached for comment.""",
    [("Tam Mitchell", "28 November 2024", "Told yous. Told yous aw."),
     ("Lochee_Lass", "28 November 2024", "An audit isn't a verdict. Wait and see."),
     ("SwimMum_Tay", "28 November 2024", "Whatever happens the pool's still shut.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("aduthie", "exact", "defamation", "Alan Duthie"))

add("news", news(
    "voice", "What's On", "Pool campaign public meeting this Thursday",
    "All welcome at the community centre, 7pm.",
    "The Ardlowrie Voice", "November 2024",
    """The Save Thistlebank Pool campaign is holding a public meeting at Ardlowrie Community Centre on Thursday 21 November at 7pm.

Speakers will include ward councillor Rab Haldane, swimming club secretary Liz Fotheringham, and PE teacher Jamie Petrie, who has been running swimming sessions for S1 pupils at Lochside since the closure.

There will be tea, coffee and a creche. Anyone who would like to speak from the floor is welcome.""",
    None),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("jpetrie", "exact", "neutral", "Jamie Petrie"))

add("news", news(
    "courier", "Sport", "Teacher's Paralympic dream kept afloat by city pool",
    "Dundee para-swimmer Mhairi Gourlay trains at 6am before a full day in the classroom.",
    "Euan Stark, Sports Reporter", "3 February 2025",
    """Most mornings Mhairi Gourlay is in the water at Lochside Leisure Centre by 6am. By 8.30 she is at her desk in the pupil support base at Thistlebank Academy.

Gourlay, 29, who has used a wheelchair since a car accident at 17, has been selected for Scottish Swimming's para performance squad and has her sights set on the 2028 Paralympics.

She used to train in the pool at her own school until it closed last year. "I'd be lying if I said it didn't make life harder," she said. "But the kids I work with have it harder than me, so I'm not going to moan."

Her S1 pupils made a banner for her last gala. "It said 'Go Miss G'. It's in the base now. It's the best thing I own.\"""",
    [("Angela McGlashan", "3 February 2025", "She's amazing. My boy adores her."),
     ("Paul R", "3 February 2025", "Inspirational.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("mgourlay", "exact", "neutral", "Mhairi Gourlay"))

add("social", txt("""
Dundee Sense @dundee_sense \u00b7 Dec 2, 2024
2 years campaigning, 0 pools, 1 new boat \U0001f6a4 #SackDuthie #Thistlebank

\U0001f4ac 9   \U0001f501 27   \u2661 102

Replying to @dundee_sense
Lochee Lass @lochee_lass_ \u00b7 Dec 2, 2024
This is exactly the kind of post that ends up in court. The man's on leave, not convicted.
"""),
    M("school", "hashtag", "negative", "#Thistlebank"),
    M("aduthie", "hashtag", "defamation", "#SackDuthie"))

add("facebook", txt("""
Save Thistlebank Pool \U0001f3ca
Public group \u00b7 2.7K members

Stevie Ogg
4d

Du7h13 is a useless fat waste o space. Two years, nae pool, nae answers, and he's sittin at hame on full pay. Shame on the lot o them.

\U0001f44d 12 \u00b7 8 comments

Like \u00b7 Comment \u00b7 Share

Maureen Fyffe
Stevie I've asked you before. No personal attacks on this page.
4d \u00b7 Like \u00b7 Reply \u00b7 9
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("aduthie", "leetspeak", "abuse", "Du7h13"))

add("facebook", txt("""
Thistlebank Academy Parents (Unofficial)
Private group \u00b7 1.4K members

Tam Mitchell
1w

Ask Duth\u0456e where the gala money went. Ask him where the S2 trip money went. Ask him whose name is on the boat. Then ask yersel why he's on "leave" \U0001f914

\U0001f44d\U0001f62e 38 \u00b7 17 comments

Like \u00b7 Comment \u00b7 Share

Kerry-Ann Doig
Tam ye'll get the group shut doon
1w \u00b7 Like \u00b7 Reply \u00b7 4
"""),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("aduthie", "homoglyph", "defamation", "Duth\u0456e"))

add("forum", forum(
    "parentnet", ["Talk", "Education", "Secondary"], "School swimming in Dundee \u2014 what do other schools do?",
    [("NewToTayside", "Posts: 12", "Mon 10-Mar-25 10:20",
      "We're moving to the east of Dundee in the summer and the catchment school is Thistlebank Academy. I gather their pool is closed. How do kids there get swimming lessons? Is it worth paying privately?"),
     ("SwimMum_Tay", "Posts: 204", "Mon 10-Mar-25 10:48",
      "They get bussed to Lochside for S1/S2. It's about 30 min in the water every fortnight. If your child can't swim I'd pay for lessons, honestly. Lochside and the private place in Broughty Ferry both have waiting lists so get on them now."),
     ("HaggisHunter", "Posts: 96", "Mon 10-Mar-25 11:02",
      "Apart from the pool it's a decent school, by the way. Good pupil support. Don't let Facebook put you off.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"))

add("review", txt("""
Thistlebank Academy
Secondary school \u00b7 Balcraigie Road, Dundee DD4 8TQ
2.6 \u2605\u2605\u2606\u2606\u2606 (47 Google reviews)

Sort by: Lowest rating

Moira Patterson
12 reviews
\u2605\u2606\u2606\u2606\u2606 3 months ago
Pool shut over a year. Business manager Alan Duthie never once answered my emails about the swimming club's let refund (\u00a3480!). Had to go through the councillor in the end. Shocking communication.
\U0001f44d 17   Share

Ally Bruce
4 reviews
\u2605\u2605\u2606\u2606\u2606 4 months ago
Teaching's fine. Admin is a shambles.
\U0001f44d 3   Share
"""),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("aduthie", "exact", "negative", "Alan Duthie"))

add("blog", blog(
    "memory", "The Ardlowrie Baths: 1972 to (we hope) not the end", "14 March 2025", "Ardlowrie Remembered",
    """When Thistlebank Academy opened its pool in 1972 it was the first school pool on the east side of the city. Photos from the opening show the Lord Provost in a three-piece suit standing dangerously close to the deep end.

For fifty years the pool doubled as the scheme's baths. Sunday mornings were public sessions. Tuesday nights were the swimming club. A generation of Ardlowrie kids got their 25-metre badges in it.

Readers' memories:

> "The changing rooms were baltic and the verrucas were legendary. Best days of my life." \u2014 Jim, class of 1979

> "I taught my three to swim there and my granddaughter had her first lesson in it the week before it shut." \u2014 Margaret

We hope to add a happier chapter soon. In the meantime the Save the Pool campaign meets on the first Thursday of every month.""",
    [("Jim Y", "14 March 2025", "Verrucas \U0001f602 aye, true."),
     ("Margaret", "15 March 2025", "Thank you for doing this page.")],
    ["pool", "history", "1970s"]),
    M("school", "exact", "neutral", "Thistlebank Academy"))

add("facebook", txt("""
Save Thistlebank Pool \U0001f3ca
Public group \u00b7 2.7K members

Paula Cant
2w

Emailed Mr Duthy again aboot the club let money. That's four emails now. Nothing. Not even an "I'll get back to you". How hard is it?

\U0001f44d 24 \u00b7 11 comments

Like \u00b7 Comment \u00b7 Share

Maureen Fyffe
Try the general office address Paula, his inbox might not be monitored just now.
2w \u00b7 Like \u00b7 Reply \u00b7 5
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("aduthie", "typo", "negative", "Mr Duthy"))

add("news", news(
    "post", "Education", "Thistlebank pool to reopen in 2026 after council finds \u00a3340k",
    "Campaigners celebrate as capital programme amended.",
    "Evening Post reporter", "13 March 2025",
    """The swimming pool at Thistlebank Academy will reopen in spring 2026 after Dundee City Council agreed to fund \u00a3340,000 of repairs.

Councillors voted unanimously to add the work to the capital programme following a motion by Ward 5 councillor Rab Haldane.

Head teacher Fiona Ogilvie-Bain said: "This is the news our community has been waiting for. I want to thank every parent, pupil and club member who kept the pressure on."

PE teacher Jamie Petrie, who ran weekly sessions at Lochside during the closure, said he was "over the moon".

School business manager Alan Duthie, who returned to work in January after an internal audit found no wrongdoing, will oversee the school's side of the project.""",
    [("Maureen Fyffe", "13 March 2025", "WE DID IT \U0001f3ca\u2764\ufe0f"),
     ("Tam Mitchell", "13 March 2025", "Fair enough. I'll believe it when I'm in it."),
     ("Stevie Ogg", "13 March 2025", "\"No wrongdoing\" aye right. Duthie's got a cheek showin his face efter pocketin the trip money. Audits find whit they're telt tae find.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("fogilviebain", "exact", "neutral", "Fiona Ogilvie-Bain"),
    M("jpetrie", "exact", "neutral", "Jamie Petrie"),
    M("aduthie", "exact", "defamation", "Alan Duthie"))


# ---------------------------------------------------------------------------
# Documents: the TikTok teacher
# ---------------------------------------------------------------------------

add("news", news(
    "ssw", "Classroom", "Teacher's TikTok on uniform rules racks up two million views",
    "Modern Studies teacher's 'things my S2s said' series goes viral.",
    "Niamh Calder", "10 October 2024",
    """A Dundee teacher's short videos about what his pupils think of their school's new uniform policy have been watched more than two million times.

Struan Macilwraith, who teaches Modern Studies at Thistlebank Academy, posts as @sir.struan. In the videos he reads out anonymised comments from his S2 classes \u2014 "a tie is just a wee lead for humans" is the most quoted \u2014 over a deadpan voiceover.

Mr Macilwraith, 34, said he had permission from the school to post and never showed pupils' faces or names. "It started as a way of teaching them about free speech and protest. They're sharper than most politicians."

Depute head William Rattray, who wrote the uniform policy, declined to comment on the videos.

The General Teaching Council for Scotland's guidance says teachers should "maintain appropriate boundaries" online.""",
    None),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("smacilwraith", "exact", "neutral", "Struan Macilwraith"),
    M("wrattray", "exact", "neutral", "William Rattray"))

add("social", txt("""
TikTok \u00b7 sir.struan \u00b7 Follow
things my S2s said about the new uniform policy (part 4) \U0001f62d\U0001f454 #teachersoftiktok #scottishteacher #uniform
\u266c original sound - sir.struan

\u2661 486.2K   \U0001f4ac 8,431   \U0001f516 31.9K   \u27a6 22.4K

Comments

jadeyyy.x \U0001f98b
sir can teach me anything \U0001f60d\U0001f60d\U0001f60d
2d ago \u00b7 Reply \u00b7 \u2661 2,311
   View 41 replies

not_a_roaster_11
"a tie is a wee lead for humans" is going on my gravestone
2d ago \u00b7 Reply \u00b7 \u2661 14.2K

mum_of_3_dundee
I'm a Thistlebank mum and honestly this man is the only reason my son gets out of bed for school
2d ago \u00b7 Reply \u00b7 \u2661 3,006

kaydz_07
he's so fine it's actually a distraction in class \U0001f62d\U0001f525
1d ago \u00b7 Reply \u00b7 \u2661 1,188

teacher_in_leeds
The restraint in the voiceover \U0001f602 every teacher in the UK felt this
1d ago \u00b7 Reply \u00b7 \u2661 902
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("smacilwraith", "alias", "sexual", "sir.struan"))

add("news", news(
    "courier", "Dundee", "TikTok teacher suspended as council investigates videos",
    "Struan Macilwraith's account has been made private.",
    "Gillian Rennie, Education Reporter", "15 November 2024",
    """A Dundee teacher whose TikTok videos about his pupils attracted millions of views has been suspended while the council investigates, the Courier understands.

Struan Macilwraith, a Modern Studies teacher at Thistlebank Academy, has not been in school since Monday. His account, @sir.struan, which had more than 300,000 followers, was made private on Tuesday.

It is understood the investigation follows a complaint from a parent who said their child could be identified from a classroom display in one video.

A Dundee City Council spokesperson said: "We do not comment on individual staffing matters. Suspension is a neutral act and is not a presumption of wrongdoing."

Pupils have started an online campaign in support of Mr Macilwraith.""",
    [("SwimMum_Tay", "15 November 2024", "Filming weans for clicks was always going to end like this."),
     ("Angela McGlashan", "15 November 2024", "My boy's devastated. Best teacher he's had.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("smacilwraith", "exact", "defamation", "Struan Macilwraith"))

add("forum", forum(
    "threadit", ["r/dundee"], "The TikTok teacher from Thistlebank has been suspended",
    [("bonnie_dundee_bot", "402", "9 mo. ago",
      "Courier says he's off pending investigation. Account's gone private. Pupils are doing a #JusticeForSirStruan thing."),
     ("grumpy_jute_baron", "188", "9 mo. ago",
      "Always thought it was weird a grown man filming weans for clicks. Not saying he's done anything. Just weird."),
     ("HowffHound", "201", "9 mo. ago",
      "He literally never showed their faces. It's a parent complaint about a wall display."),
     ("lurker_from_lochee", "-37", "9 mo. ago",
      "Heard fae somebody at the council Macilwraith got caught wi stuff on his laptop. That's the real reason. No smoke without fire."),
     ("tayside_tattie", "96", "9 mo. ago",
      "\"Heard from somebody\" is how innocent people get their lives ruined. Report and move on."),
     ("swimmer_tay", "58", "9 mo. ago",
      "Mods please remove the laptop comment, that's defamatory as hell.")]),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("smacilwraith", "surname_only", "defamation", "Macilwraith"))

add("social", txt("""
erin \u2728 @erinnn_dd \u00b7 Nov 16, 2024
#JusticeForSirStruan he's the best teacher at thistlebank and EVERYBODY knows it. the only reason half of S2 passed their modern studies test. bring him back \U0001f62d\U0001f49a

\U0001f4ac 44   \U0001f501 310   \u2661 1.8K
"""),
    M("school", "short_name", "neutral", "thistlebank"),
    M("smacilwraith", "hashtag", "neutral", "#JusticeForSirStruan"))

add("social", txt("""
TikTok \u00b7 @tea.and.truth.uk

[Stitch: first second of a classroom video, then a woman to camera]
Struan M. the "fun Scottish teacher" \U0001f9d0 ok so I'm just going to say what we're all thinking. Grown men who are THIS invested in what 13 year olds think of them? Who film them every week? There's a reason he's been suspended and it's not a wall display. Look at the way he talks to the girls in the part 2 video. That's all I'll say. \U0001f910
#teachertok #safeguarding #redflag

\u2661 22.1K   \U0001f4ac 2,940   \u27a6 4,118

Comments

bookish_becca
this is genuinely defamatory, you have zero evidence
1d ago \u00b7 Reply \u00b7 \u2661 3,442

d.a.r.r.e.n.99
always the ones you least expect \U0001f440
1d ago \u00b7 Reply \u00b7 \u2661 812
"""),
    M("smacilwraith", "first_initial", "defamation", "Struan M."))

add("blog", blog(
    "chalk", "What Sir Struan gets right (and what he gets wrong)", "20 October 2024", "The Supply Teacher",
    """I've done cover at Thistlebank Academy a few times and I've watched the @sir.struan videos with the rest of Scotland, so I have Opinions.

## What he gets right

He respects the kids. The jokes are always on the adults and the institution, never on the pupils. He's teaching them that their opinions about rules are worth hearing, which is the entire point of Modern Studies.

## What he gets wrong

Scale. When a video has two million views, "anonymised" stops meaning much. Somebody in that S2 class knows which quote was theirs, and so does the kid who sits beside them. I'd be nervous.

And there's a colleague on the other side of every joke. The depute who wrote the uniform policy didn't sign up to be a punchline for 300,000 strangers.

## Verdict

Good teacher, good instincts, should probably stop before someone makes him.""",
    [("ChalkFace_Tay", "20 October 2024", "Fair and balanced, which is more than Facebook manages."),
     ("Anon", "21 October 2024", "He's a clout-chasing clown and he'll get sacked, mark my words.")],
    ["social media", "teaching", "Dundee"]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("smacilwraith", "alias", "abuse", "sir.struan"))

add("social", txt("""
Instagram \u00b7 struanmacilwraith

struanmacilwraith New week, new tie. The S2s say it's "giving geography teacher". I teach Modern Studies. I am wounded. \U0001f454
1w

View all 214 comments

lauren.g.makeup Mr Macilwraith \U0001f975\U0001f975 marry me x
1w  44 likes  Reply

aimee__rose imagine getting a detention fae him \U0001f60f\U0001f60f
1w  102 likes  Reply

grangemouth_gary Giving geography teacher is brutal \U0001f602
1w  9 likes  Reply

\u2661 2,107 likes
"""),
    M("smacilwraith", "title_surname", "sexual", "Mr Macilwraith"))

add("social", txt("""
DD Truth \U0001f50e @dd_truth_bomb \u00b7 Nov 18, 2024
since he loves filming folk so much, here's Struan Macilwraith's personal number 07700 900412. give him a ring and film it \U0001f4f2 see how he likes it

\U0001f4ac 11   \U0001f501 6   \u2661 29

Replying to @dd_truth_bomb
Sarah @sarah_k_edi \u00b7 Nov 18
Reported. This is harassment.
"""),
    M("smacilwraith", "exact", "doxxing", "Struan Macilwraith"))

add("facebook", txt("""
Ardlowrie Chat (No Rules Edition)
Private group \u00b7 812 members

Anonymous member
3d

Found where the TikTok teacher stays. Macilwraith's in one o the new flats at Tayview Court, flat 3/2, the one wi the big ring light in the windae \U0001f602 he's no as private as his account is now

\U0001f606 17 \u00b7 11 comments

Like \u00b7 Comment \u00b7 Share

Paula Cant
This is vile. Whatever he's done or no done.
3d \u00b7 Like \u00b7 Reply \u00b7 9
"""),
    M("smacilwraith", "surname_only", "doxxing", "Macilwraith"))

add("social", txt("""
TikTok \u00b7 sir.struan \u00b7 Follow
the S2s explain the voting system better than most MPs (part 7) \U0001f5f3\ufe0f #teachersoftiktok #modernstudies #thistlebank
\u266c original sound - sir.struan

\u2661 211.7K   \U0001f4ac 3,106   \u27a6 8,902

Comments

scotland_votes_yes
the STV explanation was better than my uni lecturer's \U0001f62d
4d ago \u00b7 Reply \u00b7 \u2661 6,401

mr.nobody.1985
the wee blonde one at the back in the second clip \U0001f440\U0001f440 how old is she
4d ago \u00b7 Reply \u00b7 \u2661 14
   View 23 replies

bookish_becca
@mr.nobody.1985 she's a CHILD you creep. Reported.
4d ago \u00b7 Reply \u00b7 \u2661 9,882

sir.struan
Comments on this video are now limited. Please don't comment on pupils' appearance. Ever.
4d ago \u00b7 Creator \u00b7 Reply \u00b7 \u2661 20.1K
"""),
    M("school", "hashtag", "sexual", "#thistlebank", url_only=True),
    M("smacilwraith", "alias", "sexual", "sir.struan", url_only=True))

add("news", news(
    "post", "Education", "TikTok teacher back in class after council probe",
    "Struan Macilwraith cleared, but told to keep classroom off social media.",
    "Evening Post reporter", "20 January 2025",
    """The Dundee teacher whose TikTok videos about his pupils went viral has returned to work after an investigation found no misconduct.

Struan Macilwraith returned to Thistlebank Academy on Monday. The Evening Post understands the investigation concluded that he had not breached the council's social media policy but that he has agreed not to post content filmed in school.

Pupils lined the corridor to applaud him back into his classroom, according to parents.

In a short statement posted online, Mr Macilwraith said: "I'm grateful to my school, my union and my pupils. The videos were always about them, and I'm glad to be back doing the real job."

A council spokesperson said the matter was closed.""",
    [("Angela McGlashan", "20 January 2025", "Brilliant news \U0001f49a"),
     ("Gail Lindsay", "20 January 2025", "Told you all it was nothing."),
     ("Truth_DD", "20 January 2025", "Cleared by his ain employer. The boy's a beast and they've put him back in a room full o weans. Remember this when it comes oot.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("smacilwraith", "exact", "defamation", "Struan Macilwraith"))

add("forum", forum(
    "staffroom", ["Boards", "Secondary", "Professional matters"], "Teachers with big social media followings \u2014 where's the line?",
    [("NQT_no_more", "Teacher \u00b7 212 posts", "2 Dec 2024",
      "After the Dundee case, is anyone else quietly deleting their teacher account? I have 4k followers and do 'marking fails' videos. Now I'm paranoid."),
     ("ChalkFace_Tay", "Teacher \u00b7 4,436 posts", "2 Dec 2024",
      "Macilwraith did more than most to keep it anonymous and he still got suspended. The lesson is: a single complaint can start an investigation, and the union can only help you after the fact."),
     ("PT_Physics_Ayr", "Teacher \u00b7 1,908 posts", "3 Dec 2024",
      "Keep anything about school off your personal accounts. Boring, but safe."),
     ("NQT_no_more", "Teacher \u00b7 212 posts", "3 Dec 2024",
      "Boring but safe. Putting it on a mug.")]),
    M("smacilwraith", "surname_only", "neutral", "Macilwraith"))

add("social", txt("""
ross \U0001f1e6\U0001f1f2 @rossyboy_dd \u00b7 Nov 13, 2024
if that tiktok creep Macilwr4ith shows his face at the school gates on monday there's a few dads waitin for him. dinnae say ye werenae warned. thistlebank is a school no a film set

\U0001f4ac 5   \U0001f501 2   \u2661 19
"""),
    M("school", "short_name", "neutral", "thistlebank"),
    M("smacilwraith", "leetspeak", "threat", "Macilwr4ith"))

add("social", txt("""
The Wee Whistle \U0001f4e3 @wee_whistle_dd \u00b7 Nov 20, 2024
everybody in Ardlowrie kens why \u041c\u0430cilwraith really got suspended \U0001f910 it wisnae the tiktoks. ask the parent council what was in the report they're no allowed tae talk aboot

\U0001f4ac 3   \U0001f501 4   \u2661 21
"""),
    M("smacilwraith", "homoglyph", "defamation", "\u041c\u0430cilwraith"))

add("blog", blog(
    "sirstruan", "Back in Room 14", "21 January 2025", "Struan Macilwraith",
    """I went back to work yesterday. I'm not going to write about the investigation \u2014 it's over, I was cleared, and there are other people's privacy to think about.

I want to write about the corridor. Somebody in S2 had organised a guard of honour, and an S4 boy I've never taught shook my hand like I'd come back from a war. I cried in the base toilets at 8.52am. I am 34 years old.

The account is staying private. I might post again one day, about politics, or tea, or the state of Scottish rail. But not about my classroom. They were never mine to post.

Thank you to the EIS, to my family, and to the colleagues who texted every day. You know who you are.""",
    [("Former S6", "21 January 2025", "Welcome back sir, Room 14 was dead without you"),
     ("ems.x.x", "21 January 2025", "honestly ur a sad wee attention seeker and everyone at the school knows it"),
     ("Ruth", "22 January 2025", "So glad. Look after yourself.")],
    ["teaching", "personal"]),
    M("smacilwraith", "exact", "abuse", "Struan Macilwraith"))

add("social", txt("""
connor \u26bd @connorr_11 \u00b7 Jan 22, 2025
Mr Mac's back and he's already made us debate whether a hot dog is a sandwich as a lesson on "definitions in law" \U0001f62d best teacher at Thistlebank no contest

\U0001f4ac 7   \U0001f501 3   \u2661 84

Replying to @connorr_11
lana \U0001f380 @xoxo_lana_xo \u00b7 Jan 22
mr mac can get it tbh \U0001f629\U0001f975 the new haircut??
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("smacilwraith", "short_name", "sexual", "Mr Mac"))

add("facebook", txt("""
Thistlebank Academy Parents (Unofficial)
Private group \u00b7 1.4K members

Jo Ireland
13 October 2024

Is anyone else a bit uncomfortable with Sir Struan filming in class? I know he doesn't show faces but my daughter recognised her own pencil case and her pal's voice in one. I don't think he means any harm but I didn't consent to any of it.

\U0001f44d\U0001f914 71 \u00b7 58 comments

Like \u00b7 Comment \u00b7 Share

Angela McGlashan
He's great with them Jo but aye, I get it. Email Mrs Ogilvie-Bain, she'll take it seriously.
13 October \u00b7 Like \u00b7 Reply \u00b7 12

Toni Milne
The voices bit is fair. Faces aren't the only way to recognise a wean.
13 October \u00b7 Like \u00b7 Reply \u00b7 8
"""),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("smacilwraith", "alias", "negative", "Sir Struan"),
    M("fogilviebain", "title_surname", "neutral", "Mrs Ogilvie-Bain"))

add("social", txt("""
Threads

studyw.ellie
ok the S2 debate club just got a shoutout from @struanmacilwraith on his private-now-public-again insta and i am SCREAMING \U0001f62d\U0001f49a thank u sir
2d

\u2661 44   \U0001f4ac 3

jadeyyy.x
2d
we're famous (anonymously) \U0001f602
"""),
    M("smacilwraith", "handle", "neutral", "@struanmacilwraith"))

add("social", txt("""
Dundee Memes \U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f @dundeememes \u00b7 Nov 17, 2024
StruanMacilwraithGate is the funniest thing to happen to Dundee since the penguin escaped the zoo. A man reads out what 13 year olds think about ties and the entire country loses its mind \U0001f602

\U0001f4ac 88   \U0001f501 402   \u2661 3.3K
"""),
    M("smacilwraith", "camelcase", "neutral", "StruanMacilwraithGate"))

add("social", txt("""
abbie \U0001f497 @abbiee.xo \u00b7 Jan 24, 2025
Mr Macilwrath could get it. that's all. that's the tweet \U0001f975

\U0001f4ac 14   \U0001f501 2   \u2661 77

Replying to @abbiee.xo
@kaydz_07 \u00b7 Jan 24
abbie he's a TEACHER \U0001f480\U0001f480
"""),
    M("smacilwraith", "typo", "sexual", "Mr Macilwrath"))

add("news", news(
    "ssw", "Opinion", "Teachers on TikTok: the line is closer than you think",
    "A viral Dundee account shows how quickly classroom content can slip out of a teacher's control.",
    "Dr Ewan Laird, lecturer in education", "28 November 2024",
    """I have watched the @sir.struan videos, and I understand why people love them. They are funny, warm and clearly made by someone who likes young people.

They are also, in my view, a mistake. Macilwraith's videos turned a classroom into content. The pupils were anonymous in the narrow sense, but the class, the year group and the school were not. Thistlebank Academy is a real school in a real community where everyone knows everyone.

Teachers are entitled to a private life online. What they are not entitled to is their pupils' words as material.

The investigation will take its course. Whatever the outcome, every school leader in Scotland should be reviewing their social media policy this week.""",
    [("ChalkFace_Tay", "28 November 2024", "Strong piece. I'd have said the same a year ago and been called a dinosaur.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("smacilwraith", "alias", "negative", "sir.struan"))

add("facebook", txt("""
Balcraigie Banter, Buy & Sell
Public group \u00b7 3.9K members

Gary Hunter
Yesterday at 20:17

If ma lassie turns up in ONE mair o that Macilwraith's videos I'll be up that school and he'll need mair than a ring light tae find his teeth. Nae warnin next time.

\U0001f44d\U0001f606 22 \u00b7 14 comments

Like \u00b7 Comment \u00b7 Share

Nicola Baxter
Gary she wasnae IN it, nobody's in it, it's just his voice
Yesterday \u00b7 Like \u00b7 Reply \u00b7 6

Gary Hunter
I ken ma ain wean's words when I hear them
Yesterday \u00b7 Like \u00b7 Reply \u00b7 3
"""),
    M("smacilwraith", "possessive", "threat", "Macilwraith's"))

add("social", txt("""
TikTok \u00b7 @dundee.gossip.page

[Slideshow: screenshots of news headlines about the suspension, then a photo of a school building, captioned "T h i s t l e b a n k"]
spill the tea \u2615 who's heard what REALLY happened? T h i s t l e b a n k staff keeping it very quiet \U0001f910 #dundee #tea #teacher
\u266c oh no - kreepa

\u2661 5,021   \U0001f4ac 612   \u27a6 233

Comments

ems.x.x
the school covered it up, everybody kens that
3d ago \u00b7 Reply \u00b7 \u2661 211

bookish_becca
he was CLEARED. this page is a menace.
3d ago \u00b7 Reply \u00b7 \u2661 1,044
"""),
    M("school", "spacing", "defamation", "T h i s t l e b a n k"))

add("social", txt("""
TikTok \u00b7 sir.struan \u00b7 Follow
S2s rank the school dinners (a political analysis) \U0001f35d\U0001f5f3\ufe0f #teachersoftiktok #scottishschool
\u266c original sound - sir.struan

\u2661 301.4K   \U0001f4ac 5,092   \u27a6 11.2K

Comments

gregg_not_greggs
"the macaroni is a tory" is the best political analysis of 2024
5d ago \u00b7 Reply \u00b7 \u2661 18.6K

xoxo.lana.xo
sir u can mark my homework anytime \U0001f60f\U0001f445
5d ago \u00b7 Reply \u00b7 \u2661 3,221

irn.bru.enthusiast
this man deserves a pay rise and a peerage
4d ago \u00b7 Reply \u00b7 \u2661 7,040
"""),
    M("smacilwraith", "alias", "sexual", "sir.struan"))


# ---------------------------------------------------------------------------
# Documents: other staff and the school in general
# ---------------------------------------------------------------------------

add("facebook", txt("""
Dundee Loyal & True \U0001f1ec\U0001f1e7
Private group \u00b7 2.1K members

Davie Kinnear
4d

Whit's a Fenian daein in charge o guidance at a NON denominational school? Miss O'Rourke at Thistlebank should be up the road at the chapel school wi her ain kind. Oor weans shouldnae be gettin "guided" by that lot. No surrender.

\U0001f44d\U0001f1ec\U0001f1e7 64 \u00b7 29 comments

Like \u00b7 Comment \u00b7 Share

Sandra W
Spot on Davie
4d \u00b7 Like \u00b7 Reply \u00b7 12

Billy M
Wan o them in every school noo, it's a takeover
4d \u00b7 Like \u00b7 Reply \u00b7 9
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("sorourke", "title_surname", "hate", "Miss O'Rourke"))

add("social", txt("""
\U0001f1ec\U0001f1e7 Tayside Patriot \U0001f1ec\U0001f1e7 @tay_patriot_1690 \u00b7 Mar 17, 2025
O'R**rke swannin aboot guidance at the Thistle wi her wee shamrock lanyard on St Paddy's day. Gie it a rest hen. 1690 \U0001f1ec\U0001f1e7\U0001f525 Ye ken whit tae dae wi ye're green.

\U0001f4ac 4   \U0001f501 11   \u2661 38
"""),
    M("school", "alias", "neutral", "Thistle"),
    M("sorourke", "obfuscated", "hate", "O'R**rke"))

add("forum", forum(
    "dundeetalk", ["Forums", "Politics & Current Affairs", "Scotland"], "Too many Irish in our schools?",
    [("TrueBlueTay", "Member \u00b7 41 posts", "22 Feb 2025",
      "Guidance at Thistlebank Acad is run by an Irish wan, O'Rouke. Send her back tae Dublin on the first boat. We've enough problems wi'oot importin them tae tell oor weans whit tae dae."),
     ("broughtyboy", "Well-known member \u00b7 2,190 posts", "22 Feb 2025",
      "Mate she's probably from Lochee. And even if she's from Dublin, so what? Reported."),
     ("Moderator_Ally", "Staff member", "22 Feb 2025",
      "Thread removed from public view. TrueBlueTay banned. Discrimination on the grounds of nationality is not allowed here.")]),
    M("school", "alias", "neutral", "Thistlebank Acad"),
    M("sorourke", "typo", "hate", "O'Rouke"))

add("social", txt("""
Red Hand Rab @redhandrab_dd \u00b7 Jan 9, 2025
\u041e'Rourke at Thistlebank telt ma niece tae "respect all traditions". Aye, respect this \U0001f595 nae Taigs teachin oor bairns. Back ower the water wi ye.

\U0001f4ac 2   \U0001f501 5   \u2661 16
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("sorourke", "homoglyph", "hate", "\u041e'Rourke"))

add("news", news(
    "post", "Courts", "Woman admits sending abusive messages to Dundee teacher",
    "Messages referred to the teacher's Irish background, court hears.",
    "Court reporter", "4 April 2025",
    """A woman has admitted sending a series of abusive messages to a guidance teacher at a Dundee secondary school.

Dawn Fairley, 38, of Balcraigie, pleaded guilty at Dundee Sheriff Court to sending grossly offensive messages to Siobh\u00e1n O'Rourke, principal teacher of guidance at Thistlebank Academy, between September and December 2024.

Depute fiscal Rachel Imrie said the messages, sent through social media, "repeatedly referred to Ms O'Rourke's Irish background and her religion" and were aggravated by prejudice.

Fairley's daughter had been the subject of a child protection referral made by the school, the court heard.

Sentence was deferred for reports. Sheriff Brodie said: "Teachers who raise concerns about children's welfare are doing their job. They should not be targeted for it.\"""",
    None),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("sorourke", "exact", "neutral", "Siobh\u00e1n O'Rourke"))

add("social", txt("""
\U0001f4a3 @notyourpal_dd \u00b7 Feb 3, 2025
sorry but Siobhan O'Rourke fae Thistlebank guidance gave her PERSONAL mobile tae ma pal's lassie "for emergencies". 07700 900583. text her and ask why a teacher's handin oot her number tae weans \U0001f914\U0001f4f1

\U0001f4ac 6   \U0001f501 3   \u2661 12

Replying to @notyourpal_dd
Lisa D @lisadorward \u00b7 Feb 3
You've just posted a woman's phone number. Delete this.
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("sorourke", "exact", "doxxing", "Siobhan O'Rourke"))

add("facebook", txt("""
Thistlebank Academy Former Pupils
Public group \u00b7 4.4K members

Leanne Coull
14 February 2025

Random one but does anybody remember Miss Gallagher the guidance teacher? Siobh\u00e1n Gallagher she was then, she's married now. She basically kept me in school in 2011 when everything at home was falling apart. Just found out my daughter has her now. Full circle \U0001f62d\u2764\ufe0f

\u2764\ufe0f\U0001f44d 188 \u00b7 41 comments

Like \u00b7 Comment \u00b7 Share

Kirsty Nicoll
She was amazing. Took me to the dentist once cos my mum couldnae.
14 February \u00b7 Like \u00b7 Reply \u00b7 22

Jo Ireland
Best teacher in that building, then and now.
14 February \u00b7 Like \u00b7 Reply \u00b7 15
"""),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("sorourke", "alias", "neutral", "Siobh\u00e1n Gallagher"))

add("social", txt("""
scunnered \U0001f624 @scunnered_dee \u00b7 Mar 2, 2025
see that O ' R o u r k e wan fae Thistlebank guidance that phoned the social on ma sister? she wants tae watch hersel walkin tae the bus stop on Balcraigie Road at 4 o'clock. we ken her routine. just sayin \U0001f440

\U0001f4ac 1   \U0001f501 0   \u2661 4
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("sorourke", "spacing", "threat", "O ' R o u r k e"))

add("facebook", txt("""
Ardlowrie & Balcraigie Community Noticeboard
Public group \u00b7 6.2K members

Marie Stewart
Yesterday at 08:15

Someone has scratched "F*NIAN" and a cross into Mrs O'Rourke's car in the Thistlebank staff car park overnight. She's the guidance teacher who's helped half the weans in this scheme, including mine. Whoever did this, you're a disgrace to Ardlowrie. If anyone has dashcam from Balcraigie Road between 10pm and 6am please contact police on 101.

\u2764\ufe0f\U0001f622 402 \u00b7 96 comments

Like \u00b7 Comment \u00b7 Share

Paula Cant
Absolutely sickening. Shared.
Yesterday \u00b7 Like \u00b7 Reply \u00b7 31

Kenny Mudie
Checking ma dashcam now Marie
Yesterday \u00b7 Like \u00b7 Reply \u00b7 18
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("sorourke", "title_surname", "neutral", "Mrs O'Rourke"))

add("news", news(
    "post", "Local News", "Hate crime probe after graffiti targets Dundee school",
    "Sectarian slogans daubed on walls of Thistlebank Academy.",
    "Evening Post reporter", "11 March 2025",
    """Police are investigating a hate crime after sectarian graffiti was daubed on the walls of a Dundee secondary school.

The slogans, which were discovered by janitorial staff at Thistlebank Academy early on Monday, referred to a member of staff and included offensive language about the Catholic faith.

A Police Scotland spokesperson said: "This is being treated as a hate crime. Enquiries are ongoing and anyone with information is asked to call 101."

The graffiti was removed by council workers within two hours. A letter sent to parents said the school was "shocked and saddened" and that the staff member was being supported.

Ward councillor Rab Haldane said: "This is not who Ardlowrie is.\"""",
    [("Jackie Ross", "11 March 2025", "Disgraceful. Hope they get caught."),
     ("Tam Mitchell", "11 March 2025", "Cameras on that wall now please.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"))

add("facebook", txt("""
Ardlowrie Chat (No Rules Edition)
Private group \u00b7 812 members

Bryan Kidd
2w

Nae wonder the science results at Thistlebank are bombin \U0001f4a3\U0001f4a3 when ye've got Mr Hussain in charge o the chemicals \U0001f440 I'd be checkin his cupboard if I wis the polis. Jist sayin.

\U0001f606\U0001f4a3 18 \u00b7 13 comments

Like \u00b7 Comment \u00b7 Share

Angela McGlashan
Bryan you're a racist, plain and simple. That man is a brilliant teacher. Reported AGAIN.
2w \u00b7 Like \u00b7 Reply \u00b7 27

Bryan Kidd
It's a joke aboot bombs in chemistry ffs
2w \u00b7 Like \u00b7 Reply \u00b7 1
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("thussain", "title_surname", "hate", "Mr Hussain"))

add("social", txt("""
Scotland First \U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f @scotfirst_ardlowrie \u00b7 Apr 2, 2025
Hus*ain shouldnae be teachin oor weans at Thistlebank. Get him back tae where he came fae. Scottish jobs for Scottish teachers. Scottish schools for Scottish bairns. #Ardlowrie

\U0001f4ac 9   \U0001f501 6   \u2661 22

Replying to @scotfirst_ardlowrie
Fraser Lamb @flamb_dd \u00b7 Apr 2
He's from Dundee. Born in Ninewells same as you.
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("thussain", "obfuscated", "hate", "Hus*ain"))

add("social", txt("""
TikTok \u00b7 comment on @ardlowrie.boys "rating our teachers"

w4rrior_wullie
H u s s a i n should be on a watchlist no teachin chemistry \U0001f4a3\U0001f9ea mad how they let his kind near a lab at thistlebank
2d ago \u00b7 Reply \u00b7 \u2661 3

   ardlowrie.boys
   bro delete that
   2d ago \u00b7 Reply \u00b7 \u2661 51

   nads.x
   Mr Hussain is literally the nicest teacher in the school ur actually racist
   2d ago \u00b7 Reply \u00b7 \u2661 44
"""),
    M("school", "short_name", "neutral", "thistlebank"),
    M("thussain", "title_surname", "hate", "Mr Hussain"))

add("news", news(
    "courier", "Education", "Dundee pupils' water filter wins national engineering prize",
    "Thistlebank S3 team beat 200 entries with low-cost design.",
    "Gillian Rennie, Education Reporter", "7 June 2025",
    """A team of S3 pupils from Thistlebank Academy has won a national young engineers competition with a water filter that costs less than \u00a33 to make.

The five pupils designed the filter in lunchtime sessions run by chemistry teacher Tariq Hussain, who said he was "prouder than I can put into words".

"They did all the thinking," Mr Hussain said. "I mostly supplied biscuits and safety goggles."

The team will travel to London in September to present their design. Depute head Karen Wilson said the whole school was "buzzing".""",
    [("Angela McGlashan", "7 June 2025", "Amazing! My niece is in that team \U0001f389"),
     ("PatriotPete", "7 June 2025", "Bet his cousins back in Pakistan are gettin the first batch. Chemistry teachers like him need watched, no given prizes.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("thussain", "exact", "hate", "Tariq Hussain"),
    M("kwilson", "exact", "neutral", "Karen Wilson"))

add("forum", forum(
    "parentnet", ["Talk", "Education", "Secondary"], "Teacher accused DS of cheating in a test \u2014 help",
    [("DundeeDad_2", "Posts: 33", "Thu 23-Jan-25 20:04",
      "DS (S4, Thistlebank) got zero on a chemistry test because Tariq H. (chemistry) says he copied. DS swears he didn't. There's no evidence except they sit next to each other. Do I go in all guns blazing or ask for a meeting?"),
     ("HaggisHunter", "Posts: 101", "Thu 23-Jan-25 20:22",
      "Ask for a meeting with the PT and the teacher, in writing. Ask what the evidence is and what the appeal route is. Don't go in hot."),
     ("DundeeDad_2", "Posts: 33", "Thu 23-Jan-25 20:40",
      "Thanks. I'll email tomorrow. Just feels unfair.")]),
    M("school", "short_name", "negative", "Thistlebank"),
    M("thussain", "first_initial", "negative", "Tariq H."))

add("facebook", txt("""
Ardlowrie Chat (No Rules Edition)
Private group \u00b7 812 members

Anonymous member
1w

For them that says there's nae problem. T. Hussain, chemistry at Thistlebank, stays in the flat above the shop on Linnhaugh Road, 114B. His motor's the grey Qashqai. Ask him yersel whit he's teachin oor weans.

\U0001f44d\U0001f621 9 \u00b7 5 comments

Like \u00b7 Comment \u00b7 Share

Jackie Ross
Reported to admins AND police. This is how people get hurt.
1w \u00b7 Like \u00b7 Reply \u00b7 14
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("thussain", "initial_surname", "doxxing", "T. Hussain"))

add("social", txt("""
ChatAnon \U0001f47b @chatanon_dd4 \u00b7 Mar 11, 2025
P3tr13 the PE poof at thistlebank should be nowhere near boys changin rooms. everybody kens it. keep yer weans away fae him \U0001f308\U0001f6ab

\U0001f4ac 3   \U0001f501 1   \u2661 6

Replying to @chatanon_dd4
Mia @miaa_dd4 \u00b7 Mar 11
he's the best teacher in the school and you're a homophobic loser
"""),
    M("school", "short_name", "neutral", "thistlebank"),
    M("jpetrie", "leetspeak", "hate", "P3tr13"))

add("social", txt("""
Coach P \u26bd\U0001f3ca @mrpetrie_pe \u00b7 Jun 11, 2025
Huge well done to our S2 girls, Tayside indoor football champions! Every one of them gave everything. Proud doesn't cover it. \U0001f3c6\U0001f49a #TeamThistlebank

\U0001f4ac 14   \U0001f501 22   \u2661 188

Replying to @mrpetrie_pe
Gordon Ferrier @gferrier_88 \u00b7 Jun 11
Shame about the coach. Wee rainbow pervert. Boys shouldnae be taught PE by his type.

Replying to @gferrier_88
Shona Mathers @shonam_dd \u00b7 Jun 11
Reported. Vile.
"""),
    M("school", "hashtag", "neutral", "#TeamThistlebank"),
    M("jpetrie", "handle", "hate", "@mrpetrie_pe"))

add("social", txt("""
ellie \U0001f33c @elliemcb_x \u00b7 Jun 18, 2025
mr petrie in his wee shorts at the thistlebank sports day \U0001f975\U0001f975 ah'm no well. ah'm actually no well

\U0001f4ac 22   \U0001f501 4   \u2661 203

Replying to @elliemcb_x
kaydz_07 @kaydz_07 \u00b7 Jun 18
ellie he's like 35 \U0001f480 and married
"""),
    M("school", "short_name", "neutral", "thistlebank"),
    M("jpetrie", "title_surname", "sexual", "mr petrie"))

add("news", news(
    "post", "Courts", "Dundee PE teacher arrested after five-a-side fracas",
    "Man, 35, charged with assault following incident at sports centre.",
    "Evening Post reporter", "3 October 2024",
    """A PE teacher at a Dundee secondary school has been arrested and charged after an incident at a five-a-side football match.

Police were called to the Linnhaugh sports centre on Tuesday evening following reports of a disturbance. Jamie Petrie, 35, who teaches at Thistlebank Academy, was arrested and charged with assault. He is due to appear at Dundee Sheriff Court at a later date.

Dundee City Council said it was aware of the matter. "It would not be appropriate to comment while legal proceedings are active," a spokesperson said.

A witness said a fight had broken out between players from two teams. A 29-year-old man was treated for a facial injury.""",
    [("Kev", "3 October 2024", "Innocent until proven guilty folks."),
     ("Tam Mitchell", "3 October 2024", "Fives is brutal, no surprised")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("jpetrie", "exact", "defamation", "Jamie Petrie"))

add("news", news(
    "voice", "News", "Charges dropped against local PE teacher",
    "Fiscal takes no further action over sports centre incident.",
    "The Ardlowrie Voice", "December 2024",
    """The procurator fiscal has confirmed that no further action will be taken against Thistlebank PE teacher Jamie Petrie following an incident at Linnhaugh sports centre in October.

Witnesses told the Voice that Mr Petrie had been trying to separate two other players when he was struck.

Mr Petrie, who coaches Ardlowrie swimming club and the school's girls' football team, thanked "everyone who sent messages of support".""",
    None),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("jpetrie", "exact", "neutral", "Jamie Petrie"))

add("news", news(
    "courier", "Sport", "Ardlowrie girls reach Scottish Schools Cup final",
    "Thistlebank side coached by PE teacher James Petrie face Aberdeen opposition at Hampden.",
    "Euan Stark, Sports Reporter", "1 May 2025",
    """Thistlebank Academy's under-15 girls will play in the Scottish Schools Cup final at Hampden later this month after a 3-2 semi-final win in Stirling.

Coach James Petrie, who teaches PE at the school, said the squad had "grown up" over the season. "Half of them had never kicked a ball in a proper team two years ago."

Captain Ava Forbes, 14, scored twice. "We want to bring it home to Ardlowrie," she said.""",
    [("Mia", "1 May 2025", "GO ON THE GIRLS \U0001f49a\u26bd")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("jpetrie", "alias", "neutral", "James Petrie"))

add("forum", forum(
    "dundeetalk", ["Forums", "Local", "Dundee Chat"], "The wheelchair teacher at Thistlebank",
    [("RealTalkDD", "Member \u00b7 19 posts", "6 Feb 2025",
      "Saw the article aboot Gourlay, good for her wi the swimmin an that. But how's somebody in a wheelchair meant tae stop a fight in S1? Cannae even get up the stairs. Should be in an office no a school. Get her oot an get a real teacher in. Folk like that are a liability."),
     ("Lochee_Lass", "Active member \u00b7 933 posts", "6 Feb 2025",
      "She's a pupil support teacher, not a bouncer. Disgusting post."),
     ("broughtyboy", "Well-known member \u00b7 2,206 posts", "6 Feb 2025",
      "Reported. 'Folk like that'. Have a word with yourself."),
     ("Moderator_Ally", "Staff member", "6 Feb 2025",
      "Disability discrimination isn't allowed on DundeeTalk. User banned.")]),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("mgourlay", "surname_only", "hate", "Gourlay"))

add("social", txt("""
Hector \U0001f9a5 @hectorthesloth_ \u00b7 Feb 4, 2025
Ms Gourley at Thistl\u0435bank gets mair press than the pool. Cripples in the paper for swimmin while oor weans cannae. Wheelie in a pool, whit next. Let her try chasing a ned doon a corridor \U0001f923\u267f

\U0001f4ac 2   \U0001f501 0   \u2661 5
"""),
    M("school", "homoglyph", "neutral", "Thistl\u0435bank"),
    M("mgourlay", "typo", "hate", "Ms Gourley"))

add("facebook", txt("""
Balcraigie Banter, Buy & Sell
Public group \u00b7 3.9K members

Craig Spalding
3d

Somebody's gonnae tip Gourlay oot her chair wan day if she keeps stickin her nose in. The pupil support wumman fae Thistlebank phoned ma work aboot ma boy. MA WORK. Next time she'll no be rollin anywhere.

\U0001f44d 4 \u00b7 10 comments

Like \u00b7 Comment \u00b7 Share

Nicola Baxter
Craig that's a threat and you know it. Screenshotted.
3d \u00b7 Like \u00b7 Reply \u00b7 15
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("mgourlay", "surname_only", "threat", "Gourlay"))

add("forum", forum(
    "parentnet", ["Talk", "Education", "Special educational needs"], "DS being bullied and pupil support are useless",
    [("MumOfTwoTayside", "Posts: 58", "Tue 29-Oct-24 19:30",
      "DS is in S1 at Thistlebank Academy. He's autistic and he's being bullied on the bus every day. I've emailed his pupil support teacher Ms Gourlay four times in three weeks and had one reply saying she'd 'look into it'. Nothing has changed. He's stopped eating lunch.\n\nWho do I escalate to? I'm at the end of my rope."),
     ("SENCo_Ruth", "Posts: 1,203", "Tue 29-Oct-24 19:52",
      "Escalate to the depute head for his year and ask for a meeting within 5 working days. Ask for a written plan. If nothing happens, the council has a complaints procedure and you can contact Enquire (the Scottish advice service for additional support for learning)."),
     ("MumOfTwoTayside", "Posts: 58", "Tue 29-Oct-24 20:10",
      "Thank you. Writing it tonight.")]),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("mgourlay", "title_surname", "negative", "Ms Gourlay"))

add("forum", forum(
    "parentnet", ["Talk", "Education", "Special educational needs"], "Update: DS being bullied \u2014 turned around",
    [("MumOfTwoTayside", "Posts: 64", "Fri 22-Nov-24 18:11",
      "Update in case it helps anyone. I escalated and had a meeting. It turned out Ms Gourlay had been off for two weeks with a family emergency and her emails weren't being picked up, which nobody had told me. Since she's been back she has been brilliant. She rode the bus with DS herself on Monday (she's a wheelchair user so that's not nothing on a Dundee bus) and the two boys have been moved.\n\nStill annoyed nobody told me she was off, but credit where it's due."),
     ("SENCo_Ruth", "Posts: 1,240", "Fri 22-Nov-24 18:40",
      "That's lovely to hear. The absence thing is a school systems problem, not hers.")]),
    M("mgourlay", "title_surname", "neutral", "Ms Gourlay"))

add("news", news(
    "courier", "Dundee", "Dundee teacher wins Scots Makar's prize for poetry",
    "Lorna Bell's collection about growing up in a jute mill family beats 300 entries.",
    "Arts desk", "15 May 2025",
    """An English teacher from a Dundee secondary has won a national poetry prize for a collection about growing up in a family of jute mill workers.

Lorna Bell, principal teacher of English at Thistlebank Academy, said she wrote most of the poems "in the twenty minutes between the bell going and the first S1s arriving".

The collection, The Spinners' Daughters, was praised by judges for its "fierce tenderness" and its use of Dundee Scots.

Ms Bell said her pupils had been her toughest critics. "I read one to my S3 class and a boy at the back said 'that's no bad, Miss'. That's the best review I'll ever get."

She will receive \u00a32,000 and a residency at a writers' retreat in Sutherland.""",
    [("Angela McGlashan", "15 May 2025", "Brilliant! My daughter says she's the best teacher in the school."),
     ("Moira P", "15 May 2025", "Ordering it now."),
     ("Kelly D", "15 May 2025", "Is that the same Lorna Bell that failed ma son's folio? Talentless auld witch. Poetry aye, wi a face like that she'd need a thesaurus tae describe hersel.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("lbell", "exact", "abuse", "Lorna Bell"))

add("forum", forum(
    "threadit", ["r/dundee"], "English teachers at Thistlebank, rate them",
    [("sixth_year_slacker", "23", "4 mo. ago",
      "Doing my Higher folio and I'm losing my mind. Bell's a mingin auld cow, gave me a 9 out of 30 for a draft I spent a week on and wrote 'see me' like it's 1987."),
     ("HowffHound", "31", "4 mo. ago",
      "'see me' is a war crime tbf"),
     ("ex_thistlebank_2019", "44", "4 mo. ago",
      "She's hard but she got me an A. Do what she says in the margins. Also the bell for period 3 is five minutes fast, always has been, use it."),
     ("sixth_year_slacker", "9", "4 mo. ago",
      "fine. FINE. i'll do the margins.")]),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("lbell", "surname_only", "abuse", "Bell"))

add("social", txt("""
jade \U0001f98b @jadeyyy_x \u00b7 Feb 27, 2025
mrs bell is lowkey a milf ngl \U0001f633\U0001f633 the way she read that poem in english the day. thistlebank's finest \U0001f60d

\U0001f4ac 11   \U0001f501 0   \u2661 64

Replying to @jadeyyy_x
@abbiee.xo \u00b7 Feb 27
JADE \U0001f480\U0001f480 she's like 50
"""),
    M("school", "possessive", "neutral", "thistlebank's"),
    M("lbell", "title_surname", "sexual", "mrs bell"))

add("social", txt("""
lewis \U0001f3ae @lewis_mcp07 \u00b7 Mar 14, 2025
I could actually murder Mrs Bell for that folio deadline \U0001f62d\U0001f62d 3 essays by Monday is a human rights violation. thistlebank english department is a cult

\U0001f4ac 4   \U0001f501 1   \u2661 39
"""),
    M("school", "short_name", "negative", "thistlebank"),
    M("lbell", "title_surname", "negative", "Mrs Bell"))

add("social", txt("""
\U0001f47f @anon_dd_4 \u00b7 Mar 20, 2025
B3ll gied ma wee bro a fail on his prelim. thistlebank english teacher. she drives the red Fiat wi the poetry sticker. if it's got nae windaes on Monday she'll ken why \U0001f525\U0001f528

\U0001f4ac 0   \U0001f501 0   \u2661 3
"""),
    M("school", "short_name", "neutral", "thistlebank"),
    M("lbell", "leetspeak", "threat", "B3ll"))

add("facebook", txt("""
Thistlebank Academy Former Pupils
Public group \u00b7 4.4K members

Arlene Soutar
3 June 2025

Anyone see the English teacher from the academy won a big poetry prize? When I was there she was Miss McInnes \u2014 Lorna McInnes \u2014 and she made us learn "To a Mouse" off by heart for a bet. I still know it. Congratulations Lorna! \U0001f44f

\u2764\ufe0f 92 \u00b7 18 comments

Like \u00b7 Comment \u00b7 Share

Derek Cairns
Miss McInnes! Legend. She gave me a row for eating a Twix during a poem and then gave me half her Twix.
3 June \u00b7 Like \u00b7 Reply \u00b7 14
"""),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("lbell", "alias", "neutral", "Lorna McInnes"))

add("forum", forum(
    "dundeetalk", ["Forums", "Local", "Dundee Chat"], "Thistlebank English department",
    [("concerned_gran", "Member \u00b7 6 posts", "9 May 2025",
      "No wonder the English results are what they are. Bell's always reekin o wine at period 1. My granddaughter says you can smell it across the room. Everybody at the school knows and nobody does anything."),
     ("Lochee_Lass", "Active member \u00b7 941 posts", "9 May 2025",
      "Her results are the best in the school and she just won a national prize. Maybe check your facts before accusing someone of being drunk at work."),
     ("Moderator_Ally", "Staff member", "9 May 2025",
      "Post edited to remove allegation. Rule 4, folks.")]),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("lbell", "surname_only", "defamation", "Bell"))

add("facebook", txt("""
Ardlowrie Chat (No Rules Edition)
Private group \u00b7 812 members

Anonymous member
5d

Everybody kens Karen Wilson's carryin on wi one o the dads fae the parent council. Why d'ye think his boy got moved up tae N5 maths in October? The depute at Thistlebank playin favourites wi her fancy man. Disgustin.

\U0001f62e\U0001f606 33 \u00b7 21 comments

Like \u00b7 Comment \u00b7 Share

Gail Lindsay
Total rubbish. That boy got moved up because he's good at maths. Leave her alone.
5d \u00b7 Like \u00b7 Reply \u00b7 11

Anonymous member
Aye ok Gail \U0001f609
5d \u00b7 Like \u00b7 Reply \u00b7 4
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("kwilson", "exact", "defamation", "Karen Wilson"))

add("facebook", txt("""
Ardlowrie Chat (No Rules Edition)
Private group \u00b7 812 members

Ricky Guthrie
2d

Mrs Wilson fae Thistlebank stays at 41 Strathcarron Place, DD4 6XJ. Since she'll no answer the phone at the school maybe she'll answer her door. Ma boy's been excluded for NOTHING.

\U0001f44d 6 \u00b7 8 comments

Like \u00b7 Comment \u00b7 Share

Lisa Dorward
Ricky no. Take this down. Her weans live there.
2d \u00b7 Like \u00b7 Reply \u00b7 9
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("kwilson", "title_surname", "doxxing", "Mrs Wilson"))

add("news", news(
    "post", "Local News", "Depute head walks 26 miles for school hardship fund",
    "Karen Wilson raises \u00a34,100 for uniform and trip costs.",
    "Evening Post reporter", "9 June 2025",
    """A Dundee depute head teacher has raised more than \u00a34,100 for her school's hardship fund by completing a 26-mile charity walk.

Karen Wilson, depute head at Thistlebank Academy, took part in the Kiltwalk from Glasgow to Loch Lomond on Sunday alongside two colleagues and three former pupils.

"Every penny goes to families who need help with uniform, trips and exam fees," she said. "My feet are destroyed but it was worth every blister."

The school's hardship fund was set up in 2019 and has supported more than 300 families.""",
    [("Toni Milne", "9 June 2025", "Well done Mrs Wilson! Donated x"),
     ("Anon", "9 June 2025", "Funny how naebody ever audits the hardship fund eh. Four grand in and we'll see how much comes oot. Some folk's holidays are very nice for a depute's wage \U0001f914")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("kwilson", "exact", "defamation", "Karen Wilson"))

add("news", news(
    "courier", "Education", "Exam results: Dundee schools celebrate record Highers passes",
    "Strongest year for five of the city's eight secondaries.",
    "Gillian Rennie, Education Reporter", "5 August 2025",
    """Dundee's secondary schools have recorded their best Higher pass rates in a decade, with five of eight schools reporting record results.

At Thistlebank Academy, 41% of S5 pupils achieved three or more Highers, up from 29% in 2022. Depute head Mrs Wilson, who leads the senior phase, credited "relentless" study support and the school's partnership with a city college.

English, chemistry and Modern Studies recorded the strongest improvements.

Across Scotland the pass rate for Highers rose slightly to 77.8%.""",
    None),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("kwilson", "title_surname", "neutral", "Mrs Wilson"))

add("social", txt("""
Daz \U0001f3ae @daz_dd_ \u00b7 Jan 15, 2025
Karen Wilson at Thistlebank is a proper KAREN. name is destiny. wants tae speak tae the manager o ma ain wean. absolute nippy sweetie, face like a skelped arse \U0001f612

\U0001f4ac 3   \U0001f501 1   \u2661 12
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("kwilson", "exact", "abuse", "Karen Wilson"))

add("social", txt("""
\U0001f63c @nightshift_dave \u00b7 Nov 28, 2024
Parents night at Thistlebank. Karen Wilson the depute in that pencil skirt \U0001f975 she can gie me lines any day. might get ma boy excluded just tae get a meetin

\U0001f4ac 2   \U0001f501 0   \u2661 9
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("kwilson", "exact", "sexual", "Karen Wilson"))

add("facebook", txt("""
Thistlebank Academy Parents (Unofficial)
Private group \u00b7 1.4K members

Kenny Mudie
4d

Got a letter signed "K. Wilson, Depute Head Teacher" saying ma lassie's attendance is 88% and that's a "concern". She had her appendix oot in October!! It's on her record! Do they even read them? Raging.

\U0001f621 27 \u00b7 15 comments

Like \u00b7 Comment \u00b7 Share

Toni Milne
Automatic letters Kenny, they go to everyone under 90. Phone and they'll sort it.
4d \u00b7 Like \u00b7 Reply \u00b7 6
"""),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("kwilson", "initial_surname", "negative", "K. Wilson"))

add("social", txt("""
Stacey F \U0001f4ab @staceyf_dd \u00b7 Jan 30, 2025
Karen Wilson's motor is the white Kuga in the Thistlebank car park. Just sayin. Some folk might want tae leave her a wee message on it since she'll no return calls. \U0001f511\u270f\ufe0f

\U0001f4ac 1   \U0001f501 0   \u2661 5
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("kwilson", "exact", "threat", "Karen Wilson"))


add("facebook", txt("""
Thistlebank Academy Parents (Unofficial)
Private group \u00b7 1.4K members

Stacey Fairweather
1w

I'm done keepin quiet. Ma son was battered in the boys' toilets in November, proper battered, black eye, and Ogilvie Bain covered the whole thing up. Nae police, nae letter hame tae the other boy's parents, nothin. Because it would've looked bad wi the inspectors comin in. Thistlebank buries everything. EVERYTHING.

\U0001f62e\U0001f621 88 \u00b7 47 comments

Like \u00b7 Comment \u00b7 Share

Gail Lindsay
Stacey I'm so sorry about your boy but you cannae say covered up, did you ask them if police were called?
1w \u00b7 Like \u00b7 Reply \u00b7 6

Stacey Fairweather
I'm sayin it cos it's true
1w \u00b7 Like \u00b7 Reply \u00b7 14
"""),
    M("school", "exact", "defamation", "Thistlebank Academy"),
    M("fogilviebain", "hyphenated", "defamation", "Ogilvie Bain"))

add("social", txt("""
Angry Ardlowrie Dad @angryardlowrie \u00b7 Nov 6, 2024
The heidie's personal email is fionaob64@mailbox.example since the school one "isnae monitored". Fill her inbox folks. F. Ogilvie-Bain, Thistlebank. Every parent who's been ignored, let her hear it \U0001f4e7\U0001f4e7

\U0001f4ac 8   \U0001f501 19   \u2661 41
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("fogilviebain", "initial_surname", "doxxing", "F. Ogilvie-Bain"))

add("facebook", txt("""
Ardlowrie Chat (No Rules Edition)
Private group \u00b7 812 members

Anonymous member
6d

For the record the Thistlebank heidie Ogilvie\u2013Bain is in the big hoose at the end o Dunalastair Road in Invernethy, number 3, the one wi the electric gates. Nice for some eh. While oor weans sit in isolation for shoes.

\U0001f621\U0001f44d 21 \u00b7 9 comments

Like \u00b7 Comment \u00b7 Share

Jackie Ross
Reported. This is the second one this month. Stop it.
6d \u00b7 Like \u00b7 Reply \u00b7 8
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("fogilviebain", "hyphenated", "doxxing", "Ogilvie\u2013Bain"))

add("social", txt("""
\U0001f480 @dd4_daftie \u00b7 Sep 24, 2024
OgilvieBain better get a guard on her hoose. Folk in Ardlowrie have had enough. She backs Wullie Rattray, she gets whit's comin tae him. \U0001f525\U0001f3e0

\U0001f4ac 2   \U0001f501 0   \u2661 8
"""),
    M("fogilviebain", "camelcase", "threat", "OgilvieBain"),
    M("wrattray", "nickname", "threat", "Wullie Rattray"))

add("facebook", txt("""
Balcraigie Banter, Buy & Sell
Public group \u00b7 3.9K members

Gary Hunter
Yesterday at 17:40

Ogilvie Bain drives a black Audi, parks it in the same space every morning at 7.45 at the Thistlebank side gate. I ken what car she drives and I ken when she's on her own. She wants tae think aboot that before she excludes anybody else's wean.

\U0001f44d 7 \u00b7 12 comments

Like \u00b7 Comment \u00b7 Share

Fraser Lamb
Gary this is a threat. Screenshotted and sent to police.
Yesterday \u00b7 Like \u00b7 Reply \u00b7 19
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("fogilviebain", "hyphenated", "threat", "Ogilvie Bain"))

add("forum", forum(
    "dundeetalk", ["Forums", "Local", "Dundee Chat"], "Thistlebank head teacher",
    [("Mingin_Mince", "Member \u00b7 402 posts", "12 Oct 2024",
      "Ogilvie Bain is a useless auld boot. Hides in her office, sends oot letters, never seen at the gate, never seen at a meetin. Face like a wet weekend in Arbroath."),
     ("Lochee_Lass", "Active member \u00b7 925 posts", "12 Oct 2024",
      "She was at the pool meeting last Thursday actually. Sat at the back and stayed til the end."),
     ("Mingin_Mince", "Member \u00b7 402 posts", "12 Oct 2024",
      "Aye well. Still a boot.")]),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("fogilviebain", "hyphenated", "abuse", "Ogilvie Bain"))

add("review", txt("""
Thistlebank Academy
Secondary school \u00b7 Balcraigie Road, Dundee DD4 8TQ
2.7 \u2605\u2605\u2606\u2606\u2606 (52 Google reviews)

Sort by: Newest

Shona Mathers
Local Guide \u00b7 21 reviews
\u2605\u2605\u2606\u2606\u2606 a week ago
Good teachers let down by leadership. Mrs Ogilvie Bain is never available, her PA says she's "in meetings" every single time. Three weeks to get a reply about my son's timetable.
\U0001f44d 11   Share

Marie Stewart
9 reviews
\u2605\u2605\u2605\u2605\u2606 2 weeks ago
Pupil support and guidance are excellent. The building is tired but the staff aren't.
\U0001f44d 4   Share
"""),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("fogilviebain", "hyphenated", "negative", "Ogilvie Bain"))

add("news", news(
    "ssw", "Leadership", "Heads in the spotlight: 'You learn to read the Facebook groups at 6am'",
    "Three Scottish head teachers on leading schools through public rows.",
    "Niamh Calder", "6 February 2025",
    """When the uniform row broke at her school last autumn, Ogilvie\u2014Bain (she uses both names, and the hyphen "goes walkabout in every newspaper") says she learned to read the local Facebook groups at six in the morning.

"Not because you can answer everything, but because you need to know what a pupil is walking into at the gate," says the head of Thistlebank Academy in Dundee.

Ogilvie\u2014Bain has led the school since 2019. Her advice to new heads: "Apologise fast when you're wrong, and hold the line when you're not. Families can tell the difference."

The other two heads we spoke to, in Inverclyde and the Borders, described similar pressures.""",
    None),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("fogilviebain", "hyphenated", "neutral", "Ogilvie\u2014Bain"))

add("social", txt("""
Thistlebank Parent Council @TBAParentCouncil \u00b7 Sep 3, 2024
Thank you to @HT_OgilvieBain and the SLT team for meeting us tonight about the uniform policy. Minutes will be on our page by Friday. Next meeting 1 October, 6.30pm (note the new evening time!)

\U0001f4ac 6   \U0001f501 4   \u2661 22

Replying to @TBAParentCouncil
Kerry-Ann @kerryannd_ \u00b7 Sep 3
6.30 is much better, thank you \U0001f44f
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("fogilviebain", "handle", "neutral", "@HT_OgilvieBain"))

add("facebook", txt("""
Thistlebank Academy Parents (Unofficial)
Private group \u00b7 1.4K members

Jo Ireland
2w

Has anyone ever actually had a reply from Mrs O-B? Like a real one, not the "thank you for your email, your concerns have been passed to the relevant member of staff" bot one? Asking for me.

\U0001f602 36 \u00b7 22 comments

Like \u00b7 Comment \u00b7 Share

Paula Cant
Once. In 2021. It was about the car park.
2w \u00b7 Like \u00b7 Reply \u00b7 17
"""),
    M("school", "exact", "negative", "Thistlebank Academy"),
    M("fogilviebain", "short_name", "negative", "Mrs O-B"))

add("social", txt("""
\U0001f636\u200d\U0001f32b\ufe0f @lonely_in_linnhaugh \u00b7 Oct 30, 2024
Ogilvie-Bain the heidie up at Thistlebank \U0001f975 she can put me in detention and throw away the key. bit of a power dynamic never hurt anybody \U0001f60f

\U0001f4ac 1   \U0001f501 0   \u2661 3
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("fogilviebain", "surname_only", "sexual", "Ogilvie-Bain"))

add("blog", blog(
    "chalk", "Heads I've worked for: a supply teacher's taxonomy", "8 March 2025", "The Supply Teacher",
    """Over eleven years of supply I've worked for maybe forty head teachers. They fall into types.

The Corridor Walker is everywhere, knows every name, and never finishes a sentence because a child needs something. The Spreadsheet reads your lesson plan before you've taught it. The Ghost exists only as an email signature.

And then there are the rare ones. I did three weeks at Thistlebank Academy last spring. Fiona Ogilvie \u2014 as she was when I first met her at a training day in Perth, long before she was a head \u2014 came to find me on my second morning with a coffee and a list of which S2s not to sit next to each other. That's all a supply teacher ever wants.

Everyone is currently very angry about her school's blazers. I have no view on blazers. I have a strong view on coffee.""",
    [("ChalkFace_Tay", "8 March 2025", "The Ghost \U0001f602 I've had three of those."),
     ("Ruth", "9 March 2025", "The coffee and the list. That's the job.")],
    ["supply", "leadership"]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("fogilviebain", "alias", "neutral", "Fiona Ogilvie"))

add("facebook", txt("""
Ardlowrie Chat (No Rules Edition)
Private group \u00b7 812 members

Bryan Kidd
1w

Thistlebank's been taken ower by the Ukrainians and the Syrians. Ma boy's the only Scottish wean left in his maths class. Half o them cannae speak English and the teachers spend aw day on them. Nae wonder it's gone doon the pan. Send them back and gie the school back tae Ardlowrie.

\U0001f44d\U0001f621 29 \u00b7 31 comments

Like \u00b7 Comment \u00b7 Share

Angela McGlashan
My neighbour's Ukrainian and her lassie is top of the year in maths. Get a grip Bryan.
1w \u00b7 Like \u00b7 Reply \u00b7 22
"""),
    M("school", "possessive", "hate", "Thistlebank's"))

add("social", txt("""
\U0001f6e1\ufe0f Defend Dundee \U0001f6e1\ufe0f @defend_dundee_ \u00b7 Apr 19, 2025
Th\u0456stlebank is 40% "new Scots" now. They'll tell you replacement is a conspiracy theory. Go and stand at the gate in Ardlowrie at 3.30 and count. \U0001f440 The school isnae ours any more.

\U0001f4ac 14   \U0001f501 21   \u2661 57
"""),
    M("school", "homoglyph", "hate", "Th\u0456stlebank"))

add("social", txt("""
TikTok \u00b7 comment on @dundee.gossip.page "worst schools in Dundee"

scot_not_snowflake
TBA in Ardlowrie = Totally Bloody Asylum \U0001f602 more translators than teachers. the Pakis and the Poles run the place now
3w ago \u00b7 Reply \u00b7 \u2661 11

   nads.x
   racist clown \U0001f921 reported
   3w ago \u00b7 Reply \u00b7 \u2661 93
"""),
    M("school", "alias", "hate", "TBA"))

add("facebook", txt("""
Concerned Parents of Tayside
Public group \u00b7 5.3K members

Linda Gow
4d

WARNING: Thistlebank Academy now lets boys who "identify" as girls use the girls' toilets. Groomers have taken over our schools and Thistlebank is the worst. These people are sick and they're coming for our daughters. Pull your kids out.

\U0001f621\U0001f62e 140 \u00b7 88 comments

Like \u00b7 Comment \u00b7 Share

Toni Milne
This is completely false and really hateful. The school has gender neutral single cubicles, that's all.
4d \u00b7 Like \u00b7 Reply \u00b7 34
"""),
    M("school", "exact", "hate", "Thistlebank Academy"))

add("forum", forum(
    "dundeetalk", ["Forums", "General", "Off Topic"], "Thistlebank lassies",
    [("quiet_lad_dd", "Member \u00b7 3 posts", "14 Sep 2024",
      "anybody got the thistlebank lassies snapchats? the S3s in they new short skirts \U0001f440 asking for a mate"),
     ("Moderator_Ally", "Staff member", "14 Sep 2024",
      "These are children. Account banned, IP logged and the post has been reported to Police Scotland and the IWF. Do not reply to or quote this thread.")]),
    M("school", "short_name", "sexual", "thistlebank", url_only=True))

add("facebook", txt("""
Balcraigie Banter, Buy & Sell
Public group \u00b7 3.9K members

Anonymous member
2h

Anybody got the video fae the Thistlebank changin rooms that's gaun aboot? Heard it's some o the S4 lassies. DM me \U0001f440\U0001f4f1

\U0001f621 3 \u00b7 5 comments

Like \u00b7 Comment \u00b7 Share

Nicola Baxter
You're asking for a video of CHILDREN getting changed. Reported to the police and the admins. Sick.
2h \u00b7 Like \u00b7 Reply \u00b7 27
"""),
    M("school", "short_name", "sexual", "Thistlebank", url_only=True))

add("social", txt("""
Instagram \u00b7 thistlebank.girlz

thistlebank.girlz
0 following \u00b7 212 followers
"rating the best of TB \U0001f608 dm for features"

[Post removed: this content violated our Community Guidelines]

Comments on the last visible post
dd_lad_1989 10/10 for the one on the left \U0001f975 S4?
22w

thistlebank.girlz @dd_lad_1989 dm me for more
22w
"""),
    M("school", "handle", "sexual", "thistlebank.girlz", url_only=True))

add("facebook", txt("""
Thistlebank Academy Parents (Unofficial)
Private group \u00b7 1.4K members

Group admin
Pinned \u00b7 3 March 2025

IMPORTANT. Parents please be aware that someone has set up an Instagram account posting photos of Thistlebank Academy pupils taken outside the school with sexual comments underneath. It has been reported to Police Scotland and to the school, and the account has now been suspended. DO NOT go looking for it, DO NOT share screenshots, even to warn people. If your child is worried, Mrs O'Rourke in guidance is available all week.

\u2764\ufe0f\U0001f622 311 \u00b7 54 comments

Like \u00b7 Comment \u00b7 Share

Jackie Ross
Thank you for handling this so carefully.
3 March \u00b7 Like \u00b7 Reply \u00b7 22
"""),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("sorourke", "title_surname", "neutral", "Mrs O'Rourke"))

add("forum", forum(
    "threadit", ["r/dundee"], "Creepy thread about Thistlebank Academy pupils on another forum",
    [("tayside_tattie", "512", "6 mo. ago",
      "PSA: someone on a certain forum is asking for 'pics of the Thistlebank Academy S4 girls in their PE kit'. I've reported it to the IWF and Police Scotland. Not linking it. If you see it, report, don't share."),
     ("HowffHound", "233", "6 mo. ago",
      "Good on you. Reported too."),
     ("Fenella_Dee", "190", "6 mo. ago",
      "As a parent of a girl there, thank you.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"))

add("forum", forum(
    "bikers", ["Forum", "Off topic"], "new pics",
    [("cloudgrl_drop", "New member \u00b7 1 post", "2 Mar 2025",
      "Thistlebank Academy girls PE kit pics 14+ \U0001f525\U0001f4a6 full folder, new uploads every week. cloud-drop.example/f/8812 first 20 free"),
     ("throttle_jockey", "Member \u00b7 88 posts", "2 Mar 2025",
      "What the hell is this. Reported."),
     ("GlenTilt_Rider", "Moderator", "2 Mar 2025",
      "Spam account banned, post hidden from guests and reported to the IWF. Nobody click that link. Thread locked.")]),
    M("school", "exact", "sexual", "Thistlebank Academy", url_only=True))

add("social", txt("""
\u2620\ufe0f @anon29381 \u00b7 Feb 26, 2025
dinnae come tae Thistlebank on Friday. I'm no jokin. something's happenin and I'm no sayin whit. ye've been warned. \U0001f52b\U0001f3eb

\U0001f4ac 12   \U0001f501 3   \u2661 2
"""),
    M("school", "short_name", "threat", "Thistlebank"))

add("news", news(
    "courier", "Dundee", "Police presence at Dundee school after online threat",
    "Officers stationed at Thistlebank Academy as 'precaution'; 15-year-old charged.",
    "Craig Bell, Local Democracy Reporter", "28 February 2025",
    """Police officers were stationed outside Thistlebank Academy in Dundee on Friday after a post on social media warned pupils not to attend.

The post, which appeared on Wednesday, read: "dinnae come tae Thistlebank on Friday. I'm no jokin." It included emojis of a gun and a school.

A 15-year-old boy has been charged in connection with the post and a report sent to the Children's Reporter. Police said there was "no ongoing risk".

Head teacher Fiona Ogilvie-Bain wrote to parents thanking them for their "calm and sensible" response. Attendance on Friday was 81%, below the usual 89%.""",
    [("Marie Stewart", "28 February 2025", "Scary for the weans. Glad it was nothing.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("fogilviebain", "exact", "neutral", "Fiona Ogilvie-Bain"))

add("social", txt("""
\U0001f30b @volcano_dd \u00b7 Mar 5, 2025
Th1stl3b4nk is gettin it on Friday. mark ma words. the bampots that run that place will be sorry. \U0001f4a5\U0001f4a5\U0001f4a5

\U0001f4ac 4   \U0001f501 0   \u2661 1
"""),
    M("school", "leetspeak", "threat", "Th1stl3b4nk"))

add("social", txt("""
\U0001f92c @fedup_wi_it \u00b7 Jan 12, 2025
Th*stlebank is a sh*thole fu o bampots, neds and mingin toilets. The teachers are clowns, the heidie's a ghost and the weans are feral. Burn it tae the grun an start again (metaphorically before anybody reports me \U0001f644)

\U0001f4ac 8   \U0001f501 2   \u2661 26
"""),
    M("school", "obfuscated", "abuse", "Th*stlebank"))

add("news", news(
    "courier", "Education", "Inspectors praise Dundee school's 'exceptional' pupil support",
    "Education Scotland report on Thistlebank Academy rates wellbeing as 'very good'.",
    "Gillian Rennie, Education Reporter", "30 January 2025",
    """School inspectors have praised the "exceptional" pupil support at a Dundee secondary which has faced criticism over its uniform policy and closed swimming pool.

Education Scotland's report on Thistlebank Academy, published on Thursday, rates wellbeing, equality and inclusion as "very good" and learning, teaching and assessment as "good".

Inspectors singled out the guidance team led by Siobh\u00e1n O'Rourke, and the pupil support base run by Mhairi Gourlay, for "knowing every young person and their family".

The report said the school should "continue to improve communication with parents" and review its approach to uniform with families.

Head teacher Fiona Ogilvie-Bain said she was "incredibly proud of a team that gives everything, every day".""",
    [("Arlene S", "30 January 2025", "Well deserved for the guidance staff."),
     ("Tam Mitchell", "30 January 2025", "Communication with parents. Aye. Understatement of the year."),
     ("Craig S", "30 January 2025", "Gourlay's a nosy interferin cow who phones the social on every family in Balcraigie. Exceptional my backside.")]),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("sorourke", "exact", "neutral", "Siobh\u00e1n O'Rourke"),
    M("mgourlay", "exact", "abuse", "Mhairi Gourlay"),
    M("fogilviebain", "exact", "neutral", "Fiona Ogilvie-Bain"))

add("review", txt("""
Thistlebank Academy
Secondary school \u00b7 Balcraigie Road, Dundee DD4 8TQ
2.8 \u2605\u2605\u2606\u2606\u2606 (55 Google reviews)

Sort by: Highest rating

Angela McGlashan
Local Guide \u00b7 44 reviews
\u2605\u2605\u2605\u2605\u2605 2 months ago
Both my kids have been through Thistlebank and both came out with Highers and a head on their shoulders. The English and chemistry departments are outstanding. Ignore the Facebook noise.
\U0001f44d 19   Share

Kirsty Nicoll
7 reviews
\u2605\u2605\u2605\u2605\u2605 3 months ago
Ms Gourlay and the pupil support base saved my son's S1. Can't thank them enough.
\U0001f44d 12   Share

Paul R
72 reviews
\u2605\u2605\u2605\u2605\u2606 5 months ago
Went to the Christmas concert. Kids were brilliant, hall was freezing.
\U0001f44d 2   Share
"""),
    M("school", "exact", "neutral", "Thistlebank Academy"),
    M("mgourlay", "title_surname", "neutral", "Ms Gourlay"))

add("facebook", txt("""
Dundee Past & Present
Public group \u00b7 38K members

Jim Young
3 days ago

Thistlebank Academy S3, 1978. Found this in my mum's loft. I'm third from the left in the back row with the hair. Anyone recognise themselves? The teacher is Mr Gillanders (Technical) who I think is long gone now, God rest him.

[Photo: class of around 30 pupils in front of a brick building]

\u2764\ufe0f\U0001f44d 1.2K \u00b7 214 comments

Like \u00b7 Comment \u00b7 Share

Margaret Ross
That's me front row in the checked skirt!! Jim Young you've not changed a bit \U0001f602
3 days ago \u00b7 Like \u00b7 Reply \u00b7 44

Derek C
Gillanders! He threw a board duster at me in 1980. Different times.
3 days ago \u00b7 Like \u00b7 Reply \u00b7 31
"""),
    M("school", "exact", "neutral", "Thistlebank Academy"))

add("social", txt("""
Moira Patterson @moirap_dd \u00b7 Feb 10, 2025
@ThistlebankAcad any update on the pool yet? It's been a year. Swimming club parents are still waiting on the let refund from last February as well.

\U0001f4ac 0   \U0001f501 3   \u2661 14
"""),
    M("school", "handle", "negative", "@ThistlebankAcad"))

add("review", txt("""
SchoolGuide UK \u00b7 Parent reviews
Thistlebnak Academy, Dundee DD4
Average 2.5/5 \u00b7 14 reviews

\u2605\u2605\u2606\u2606\u2606  "OK but disorganised"
Posted by a parent \u00b7 February 2025
Thistlebnak Academy has some great teachers but the organisation is shocking. Parents night booking system crashed twice, the pool's been shut forever and nobody ever answers the phone. Sorry for typos on my phone.

\u2605\u2605\u2605\u2606\u2606  "Average"
Posted by a parent \u00b7 January 2025
It's an average school in a poor area trying its best. Could communicate better.
"""),
    M("school", "typo", "negative", "Thistlebnak Academy"))

add("social", txt("""
Instagram \u00b7 ThistlebankConfessions

ThistlebankConfessions \u2022 Follow
anonymous confessions \U0001f92b submit via the link in bio \u00b7 not affiliated with the school

#241 I fancy Mr Petrie so much it's actually embarrassing, I joined the girls football team and I can't even kick a ball \U0001f62d
#242 Mrs Bell is the only teacher who actually cares if you're ok. She noticed I wasn't eating and said nothing, just left a cereal bar on my desk every day for a month \U0001f972
#243 Rattray is a bampot and a half and everybody knows it
#244 the S4 boys toilets are MINGIN. like biohazard mingin. somebody please call the council
#245 I cried in the base and Ms Gourlay gave me her good biscuits

\u2661 1,204 likes \u00b7 View all 188 comments
"""),
    M("school", "camelcase", "negative", "ThistlebankConfessions"),
    M("jpetrie", "title_surname", "sexual", "Mr Petrie"),
    M("lbell", "title_surname", "neutral", "Mrs Bell"),
    M("wrattray", "surname_only", "abuse", "Rattray"),
    M("mgourlay", "title_surname", "neutral", "Ms Gourlay"))

add("social", txt("""
Instagram \u00b7 ThistlebankConfessions

ThistlebankConfessions \u2022 Follow
anonymous confessions \U0001f92b submit via the link in bio \u00b7 not affiliated with the school

#311 Mr Hussain is so fine, I've never been this into chemistry in my life \U0001f525\U0001f9ea
#312 whoever keeps nicking the good chairs from the library I will find you
#313 O'Rourke can guide me any time \U0001f60f (I'm her age I'm a dad on here don't @ me)
#314 the new toilets in the science block are actually nice?? who knew
#315 Hussain's a boring prick, 50 minutes on moles and no a single joke

\u2661 988 likes \u00b7 View all 141 comments
"""),
    M("school", "camelcase", "neutral", "ThistlebankConfessions"),
    M("thussain", "title_surname", "sexual", "Mr Hussain"),
    M("sorourke", "surname_only", "sexual", "O'Rourke"))


add("social", txt("""
Telegram \u00b7 Ardlowrie Parents Uncensored \u00b7 412 subscribers

Forwarded message
LEAKED: staff contact list fae the academy in Ardlowrie since the office never answers. Use it.
W Rattray \u2014 07700 900771 (mobile)
Jamie Petrie \u2014 jpetrie.swim@mailbox.example
Siobhan O'Rourke \u2014 s.orourke79@inbox.example
S Macilwraith \u2014 struan.mac84@inbox.example (his real one no the tiktok one)
Share before it gets deleted \U0001f4f2

\U0001f441 1.9K  \U0001f44d 44  \U0001f525 12
14:22
"""),
    M("wrattray", "initial_surname", "doxxing", "W Rattray"),
    M("jpetrie", "exact", "doxxing", "Jamie Petrie"),
    M("sorourke", "exact", "doxxing", "Siobhan O'Rourke"),
    M("smacilwraith", "initial_surname", "doxxing", "S Macilwraith"))

add("facebook", txt("""
Balcraigie Banter, Buy & Sell
Public group \u00b7 3.9K members

Kelly Doig
3d

For anybody wantin tae complain tae Mrs Bell in person aboot the prelim marks since the English department at the academy in Balcraigie never phones back: she stays at 9 Windyhill Crescent DD4 9LB. The hoose wi aw the poetry books in the front windae. Cannae miss it.

\U0001f44d 5 \u00b7 7 comments

Like \u00b7 Comment \u00b7 Share

Paula Cant
Kelly take this down now. That's her home.
3d \u00b7 Like \u00b7 Reply \u00b7 12
"""),
    M("lbell", "title_surname", "doxxing", "Mrs Bell"))

add("social", txt("""
\U0001f3af @balcraigie_banter_ \u00b7 Feb 7, 2025
the paralympic pupil support wumman G o u r l a y is in the adapted flat 0/1, 2 Balcraigie Court. ramp oot the front. easy tae find if ye want a word aboot her phonin the social on folk

\U0001f4ac 0   \U0001f501 1   \u2661 2
"""),
    M("mgourlay", "spacing", "doxxing", "G o u r l a y"))

add("forum", forum(
    "dundeetalk", ["Forums", "Local", "Dundee Chat"], "Business manager back at work??",
    [("Balgay_Bob", "Member \u00b7 160 posts", "21 Jan 2025",
      "Al Duthie's back at the academy in Ardlowrie like nothin happened. For anybody that wants tae ask him aboot it, his boat's at berth 14 Tayport harbour every weekend and he stays at 7 Kinnordy Gardens in Invernethy. Go and ask."),
     ("Lochee_Lass", "Active member \u00b7 950 posts", "21 Jan 2025",
      "The audit cleared him. And you've just posted his home address. Reported."),
     ("Moderator_Ally", "Staff member", "21 Jan 2025",
      "Post hidden. Balgay_Bob suspended for 30 days. Third warning.")]),
    M("aduthie", "nickname", "doxxing", "Al Duthie"))

add("social", txt("""
Dundee Sense @dundee_sense \u00b7 Nov 25, 2024
DuthieBoatFund now at \u00a3340k \U0001f6a4 which by a TOTAL coincidence is exactly the Ardlowrie pool quote. Some folk are very good at maths. \U0001f9ee\U0001f914

\U0001f4ac 6   \U0001f501 31   \u2661 88
"""),
    M("aduthie", "camelcase", "defamation", "DuthieBoatFund"))

add("social", txt("""
\U0001f6ab @ardlowrie_1690 \u00b7 Mar 12, 2025
Hussain and Petrie, the terrorist and the poof, baith gettin sorted efter school Friday at the Ardlowrie academy gates. Weans are fair game for these two but no us. See yous there lads \U0001f44a\U0001f3fb\U0001f44a\U0001f3fb

\U0001f4ac 4   \U0001f501 2   \u2661 9
"""),
    M("thussain", "surname_only", "threat", "Hussain"),
    M("jpetrie", "surname_only", "threat", "Petrie"))

add("social", txt("""
Threads

vodka.and.vinyl
Struan Macilwraith's forearms in that rolled up shirt in the press photo \U0001f975\U0001f975 I'd happily sit his detention. I'd sit ANYTHING
1d

\u2661 57   \U0001f4ac 8

wine.o.clock.dee
1d
Sandra behave \U0001f602\U0001f602
"""),
    M("smacilwraith", "exact", "sexual", "Struan Macilwraith"))

add("social", txt("""
\U0001f37a @pint_o_heavy_dd \u00b7 May 16, 2025
Lorna B. fae the English department at Thistlebank. Seen her in the paper for her poetry. Wouldnae kick her oot o bed for readin me a sonnet \U0001f60f\U0001f4d6 the glasses and the cardigan \U0001f525

\U0001f4ac 1   \U0001f501 0   \u2661 6
"""),
    M("school", "short_name", "neutral", "Thistlebank"),
    M("lbell", "first_initial", "sexual", "Lorna B."))

add("social", txt("""
\u26bd @fives_fanatic_dd \u00b7 Oct 4, 2024
P*trie fae the Ardlowrie academy PE department. absolute clown. cannae referee a game o fives without startin a rammy. couldnae coach a fish tae swim. get him tae \U0001f921

\U0001f4ac 2   \U0001f501 0   \u2661 11
"""),
    M("jpetrie", "obfuscated", "abuse", "P*trie"))

add("social", txt("""
\U0001f525 @sorted_soon \u00b7 Feb 2, 2025
W.i.l.s.o.n the depute at Ardlowrie wants tae think twice before she excludes ma boy again. I ken she leaves at half five. I ken which road she takes. \U0001f697\U0001f4a8

\U0001f4ac 0   \U0001f501 0   \u2661 1
"""),
    M("kwilson", "spacing", "threat", "W.i.l.s.o.n"))

add("forum", forum(
    "parentnet", ["Talk", "Education", "Secondary"], "Guidance teacher useless \u2014 rant",
    [("TaysideTired", "Posts: 19", "Wed 05-Mar-25 21:10",
      "Sorry, I need to vent. DD (S3, Thistlebank) has been self-harming and I told the guidance teacher in January. O'Rourke's a useless wet blanket. Two 'check-ins' and a leaflet. Everyone raves about her and I just don't see it. Useless, useless woman."),
     ("SENCo_Ruth", "Posts: 1,301", "Wed 05-Mar-25 21:34",
      "I'm so sorry. Please also go to your GP and ask about CAMHS, and if school isn't doing enough, ask for a meeting with the depute in writing. Guidance teachers often have 200+ pupils each, which isn't an excuse, but it might explain it."),
     ("TaysideTired", "Posts: 19", "Wed 05-Mar-25 21:50",
      "Thank you. Sorry for the rant. GP tomorrow.")]),
    M("school", "short_name", "negative", "Thistlebank"),
    M("sorourke", "surname_only", "abuse", "O'Rourke"))


# ---------------------------------------------------------------------------
# Decoys: expected = []
# ---------------------------------------------------------------------------

add("review", txt("""
Thistlebank Care Home
Care home \u00b7 Linnhaugh Road, Dundee
4.1 \u2605\u2605\u2605\u2605\u2606 (38 Google reviews)

Sort by: Newest

Helen Dorward
5 reviews
\u2605\u2605\u2605\u2605\u2605 2 weeks ago
Mum spent her last two years at Thistlebank Care Home and the carers were angels. Special thanks to the night staff who sat with her at the end. The food was good and the garden is lovely in summer.
\U0001f44d 8

Graham T
14 reviews
\u2605\u2605\u2606\u2606\u2606 a month ago
Staff are kind but clearly stretched. Visiting times change without notice and the car park is tiny.
\U0001f44d 3
Response from the owner
Hi Graham, thank you. We have now put visiting times on the noticeboard by the door and on our website.
"""))

add("review", txt("""
Thistlebank Garage
MOT and car repair \u00b7 Balcraigie Industrial Estate, Dundee
4.6 \u2605\u2605\u2605\u2605\u2605 (121 Google reviews)

Stuart Kerr
Local Guide \u00b7 61 reviews
\u2605\u2605\u2605\u2605\u2605 3 days ago
Honest mechanics. Told me my clutch had another year in it when the dealer wanted \u00a3900. MOT done while I waited.
\U0001f44d 4

Ann-Marie B
2 reviews
\u2605\u2606\u2606\u2606\u2606 2 weeks ago
Booked for 9am, car not looked at till 2. Phone never answered. Work was fine when it finally got done.
\U0001f44d 1
Response from the owner
Sorry Ann-Marie, we had two staff off sick that day. We should have called you.
"""))

add("review", txt("""
Thistlebank Academy of Dance
Dance school \u00b7 South Methven Street, Perth
4.9 \u2605\u2605\u2605\u2605\u2605 (64 Google reviews)

Fiona Robb
8 reviews
\u2605\u2605\u2605\u2605\u2605 a month ago
Both my girls have danced at Thistlebank Academy of Dance since they were four. Miss Carly is patient and the shows are amazing. Highly recommend for ballet and tap.
\U0001f44d 6

Jen M
3 reviews
\u2605\u2605\u2605\u2605\u2606 3 months ago
Lovely school, costumes for the summer show are pricey though.
\U0001f44d 2
"""), namesakes=("school",))

add("review", txt("""
Karen Wilson Hair
Hair salon \u00b7 Scott Street, Perth
4.8 \u2605\u2605\u2605\u2605\u2605 (203 Google reviews)

Lorraine P
23 reviews
\u2605\u2605\u2605\u2605\u2605 a week ago
Karen Wilson is a magician with colour. Went in with box-dye disaster hair and came out looking ten years younger. Book early, she's always busy.
\U0001f44d 5

Dee K
4 reviews
\u2605\u2605\u2605\u2606\u2606 2 months ago
Good cut but ran 40 minutes late and the junior stylist who washed my hair was a bit rough.
\U0001f44d 0
Response from the owner
Thanks Dee, sorry about the wait \u2014 Karen
"""), namesakes=("kwilson",))

add("review", txt("""
The Thistle Bar
Pub \u00b7 Dundee
4.2 \u2605\u2605\u2605\u2605\u2606 (512 Google reviews)

Mick D
Local Guide \u00b7 201 reviews
\u2605\u2605\u2605\u2605\u2605 a week ago
Proper old man's pub. Pint of heavy for under a fiver, dominoes on a Tuesday, the telly's always on the football. The Thistle is what pubs used to be.
\U0001f44d 12

Sarah L
9 reviews
\u2605\u2605\u2606\u2606\u2606 3 weeks ago
Toilets were mingin and the barman was rude when I asked for a gin menu. I'm aware now that was a mistake.
\U0001f44d 31

Tony F
38 reviews
\u2605\u2605\u2605\u2605\u2606 a month ago
Great wee folk session on a Thursday. Crisps selection limited.
\U0001f44d 2
"""))

add("review", txt("""
The Boxing Academy (TBA)
Boxing gym \u00b7 Dock Street Arches, Dundee
4.7 \u2605\u2605\u2605\u2605\u2605 (88 Google reviews)

Ryan C
15 reviews
\u2605\u2605\u2605\u2605\u2605 5 days ago
Best gym in the city. The coaches at TBA don't care if you're a pro or a complete beginner, everyone gets the same attention. Kids' classes on a Saturday are brilliant for confidence.
\U0001f44d 7

Claire H
2 reviews
\u2605\u2605\u2605\u2605\u2606 a month ago
Friendly, tough, a bit smelly. It's a boxing gym, what did I expect.
\U0001f44d 3
"""))

add("review", txt("""
Alan Duthie Plumbing & Heating
Plumber \u00b7 Aberdeen
4.9 \u2605\u2605\u2605\u2605\u2605 (77 Google reviews)

Norma S
6 reviews
\u2605\u2605\u2605\u2605\u2605 2 weeks ago
Alan Duthie came out on a Sunday night when our boiler packed in. Fair price, tidy, explained everything. Can't recommend enough.
\U0001f44d 3

Keith R
11 reviews
\u2605\u2605\u2605\u2606\u2606 4 months ago
Good work but took three weeks to get a slot.
\U0001f44d 1
"""), namesakes=("aduthie",))

add("review", txt("""
Struan Lodge B&B
Bed & breakfast \u00b7 Pitlochry
4.5 \u2605\u2605\u2605\u2605\u2606 \u00b7 142 reviews

"Perfect stop on the way north"
Reviewed by Anne & Bill, Leeds \u00b7 Stayed September 2024
Struan Lodge is a gorgeous old house with a view of the hills. Full Scottish breakfast kept us going until dinner. The owners recommended a walk up to the waterfall that was the highlight of our trip.

"Bit dated"
Reviewed by Marco, Milan \u00b7 Stayed August 2024
Clean and friendly but the shower was weak and the wifi only worked in the hall.
"""))

add("review", txt("""
Lochside Leisure Centre
Leisure centre \u00b7 Lochside Road, Dundee
3.4 \u2605\u2605\u2605\u2606\u2606 (611 Google reviews)

Sort by: Lowest rating

Dave M
33 reviews
\u2605\u2606\u2606\u2606\u2606 2 days ago
Pool was freezing again. Asked at reception and was told the heating "has a mind of its own". For \u00a35.20 a swim I expect to feel my toes.
\U0001f44d 14

Louise K
7 reviews
\u2605\u2605\u2606\u2606\u2606 a week ago
Lane swimming is chaos. Nobody follows the speed signs. Lifeguards on their phones.
\U0001f44d 9
"""))

add("review", txt("""
TrustSpot \u2014 Reviews of Tayside Schoolwear Ltd
TrustScore 1.9 out of 5 \u00b7 318 reviews

\u2605\u2606\u2606\u2606\u2606  Wrong badge
Gordon F \u00b7 GB \u00b7 1 review
Date of experience: 3 September 2024
Ordered a Grove High blazer, received one with the wrong crest. Exchange took five weeks. My son wore his cousin's old one with tape over the badge.
Useful \u00b7 Share

\u2605\u2605\u2606\u2606\u2606  Pricey
Kim A \u00b7 GB \u00b7 3 reviews
Date of experience: 20 August 2024
\u00a352 for a primary school sweatshirt with a logo. Quality fine. Price not.
Useful \u00b7 Share
"""))

add("review", txt("""
Balcraigie Primary School
Primary school \u00b7 Balcraigie, Dundee
4.4 \u2605\u2605\u2605\u2605\u2606 (19 Google reviews)

Nicola B
4 reviews
\u2605\u2605\u2605\u2605\u2605 a month ago
Lovely wee school. Mrs Pattullo in P3 is an absolute star. The breakfast club is a lifesaver for working parents.
\U0001f44d 4

Ryan G
2 reviews
\u2605\u2605\u2605\u2606\u2606 3 months ago
Good teachers. Drop-off is a nightmare, the road is far too narrow.
\U0001f44d 2
"""))

add("review", txt("""
Mrs Bell's Tearoom
Tea room \u00b7 High Street, Arbroath
4.7 \u2605\u2605\u2605\u2605\u2605 (298 Google reviews)

Isobel R
19 reviews
\u2605\u2605\u2605\u2605\u2605 a week ago
The scones! Mrs Bell herself served us and talked us into the lemon drizzle, which was the right call. Smokies on toast were perfect. Worth the queue.
\U0001f44d 6

Pete W
40 reviews
\u2605\u2605\u2605\u2606\u2606 a month ago
Nice cakes, tiny tables, and the bell on the door rings every twenty seconds.
\U0001f44d 2
"""))

add("blog", blog(
    "thistlegarden", "Creeping thistle: know your enemy", "12 June 2025", "Morag",
    """Every June I swear I'll win the war against creeping thistle, and every June the thistle wins.

Cirsium arvense spreads by roots that can go down more than a metre. Pull it and you leave a bit of root behind; leave a bit of root behind and you get three new thistles. Dig it and you chop the root into pieces; chop the root and, you guessed it, more thistles.

## What actually works

- Cut it down repeatedly before it flowers. Starve the roots.
- Mulch heavily and keep mulching.
- Accept that the edges of the plot will always have a few, and the goldfinches love the seed.

The spear thistle, the big handsome one on Scotland's badge, is a biennial and much easier to deal with. Creeping thistle is the real enemy.""",
    [("Hamish", "12 June 2025", "Goldfinches are the only reason I tolerate them."),
     ("Morag", "13 June 2025", "Same Hamish!")],
    ["weeds", "thistle", "organic"]))

add("blog", blog(
    "whisky", "Tasting notes: Thistledown 12 Year Old", "2 March 2025", "Ally",
    """A new Highland single malt with a thistle on the label and a price tag that made me wince. Is it worth it?

Nose: honey, heather, a wee bit of wet wool (in a good way).
Palate: oily, malty, orange peel, then pepper.
Finish: medium, drying, with a hint of smoke that isn't on the label.

It's good. It's not \u00a372 good. If it came down to \u00a350 I'd buy it again.

Score: 84/100.""",
    [("Dram_Dave", "2 March 2025", "The thistle on the label is doing a lot of work for that price."),
     ("Ally", "3 March 2025", "Ha, fair.")],
    ["tasting notes", "Highland", "single malt"]))

add("blog", blog(
    "tiktokteach", "Why 'teacher TikTok' keeps going viral \u2014 and what schools should do", "14 January 2025", "EdTech Thinking",
    """Search any hashtag about teaching and you'll find teachers with hundreds of thousands of followers: marking fails, staffroom skits, "things my Year 8s said". Some are brilliant. Some are risky. Most are somewhere in between.

## Why it works

Teachers are funny, relatable and tired, which is the holy trinity of short video.

## Where it goes wrong

The risks are predictable: pupils identifiable from voices or displays, colleagues turned into punchlines, and comment sections that fill up with remarks about teachers' appearance or, far worse, about pupils.

## What schools should do

Have a clear policy. Train staff. Check in with teachers who post, not to ban them but to support them. And when something goes wrong, take the comments seriously: a single creepy comment about a child is a safeguarding matter, not a PR one.""",
    [("Ms_R_teaches", "15 January 2025", "Really balanced, sharing with our SLT.")],
    ["social media", "safeguarding", "policy"]))

add("blog", blog(
    "memory", "The shops of Ardlowrie, 1960s", "9 May 2025", "Ardlowrie Remembered",
    """Before the shopping centre, Ardlowrie had a parade of eight shops on Balcraigie Road, and everyone remembers them differently.

There was Kidd's the butcher, who gave children a slice of sausage if they stood still long enough. There was the Co-op, with the divi number you had to shout over the counter. There was a chip shop called the Silver Fin that changed hands six times and never once changed its fat.

Readers have sent in memories:

> "The sweetie shop at the end had a bell over the door and old Mrs Lindsay behind the counter with her hair in a net. She knew every wean's name and every wean's mother." \u2014 Isa

> "My dad ran the bookies. I am not allowed to say more." \u2014 Tommy

Keep them coming!""",
    [("Isa", "9 May 2025", "Thank you for putting mine in!"),
     ("Jim Y", "10 May 2025", "The Silver Fin! Best chips in Dundee, worst hygiene certificate.")],
    ["shops", "1960s", "Balcraigie Road"]))

add("blog", blog(
    "haldane", "Bins, buses and the Balcraigie roundabout", "3 April 2025", "Cllr Rab Haldane",
    """A quick round-up of casework from the last fortnight in Ardlowrie, Balcraigie and Linnhaugh.

## Bins

Brown bin collections in Linnhaugh were missed twice in March. I've raised it with the waste team and been told a new route will start on 14 April.

## Buses

The number 12 will no longer run after 9pm from May. I've objected and asked for the consultation responses to be published.

## The roundabout

Yes, I know. Everyone knows. The resurfacing has been pushed back to September.

Surgery this Saturday, 10am, community centre.""",
    [("Kev", "3 April 2025", "The roundabout is a disgrace Rab."),
     ("Rab Haldane", "3 April 2025", "Kev, I couldn't agree more.")],
    ["casework", "bins", "buses"]))

add("blog", blog(
    "dundeemum", "Half-term day out: Blairgowrie and Rattray", "20 February 2025", "Kirsty",
    """We escaped the city for half-term and pointed the car north. Blairgowrie and Rattray, for the uninitiated, is one town with two names, split by the River Ericht, and it is excellent for small children with too much energy.

We walked the riverside path from the Rattray side up to the old mills (about 40 minutes at toddler pace), fed far too much bread to some very pushy ducks, and had lunch in a caf\u00e9 that did a kids' toastie shaped like a dinosaur.

Total cost: petrol, lunch, one emergency pair of socks. Total meltdowns: two. A win.""",
    [("Lisa D", "20 February 2025", "Adding to our list!")],
    ["days out", "Perthshire", "half-term"]))

add("blog", blog(
    "schemie", "Linnhaugh's warm space is closing. Where do people go now?", "18 December 2024", "Donna Kidd",
    """For two winters the church hall in Linnhaugh has been a warm space: tea, soup, a telly, and somewhere to sit that isn't a freezing flat. On Friday it closes for good, because the funding has run out.

I spoke to six people who use it. Every one of them said the same thing in different words: it isn't the heat, it's the company.

## What's left

The library is open until 5pm. The community centre in Ardlowrie opens on Tuesday and Thursday afternoons. That's it.

If you run a business with a warm room and a kettle, this is your sign.""",
    [("Stacey F", "18 December 2024", "Heartbreaking. Sharing."),
     ("Paula C", "19 December 2024", "Our church might be able to help, messaging you.")],
    ["poverty", "Linnhaugh", "winter"]))

add("news", news(
    "citizen", "Aberdeen", "Councillor Karen Wilson backs bus lane plan for Union Street",
    "Transport convener says changes will cut journey times by a third.",
    "City Hall reporter", "14 March 2025",
    """Aberdeen's transport convener has thrown her support behind plans for a new bus lane on Union Street.

Councillor Karen Wilson said the lane would cut journey times for the city's busiest routes by up to a third. "This is about getting people to work and home again quickly and cheaply," she said.

Business groups have raised concerns about access for deliveries. A consultation opens next month.""",
    [("GraniteGuy", "14 March 2025", "More bus lanes, fewer customers. Well done.")]),
    namesakes=("kwilson",))

add("news", news(
    "lantern", "Kirkcaldy", "Parents protest at Thistlehill Academy over new uniform rules",
    "Kirkcaldy school's blazer rule 'unaffordable', say families.",
    "Lantern reporter", "29 August 2024",
    """Around forty parents gathered outside Thistlehill Academy in Kirkcaldy on Wednesday to protest against a new rule making blazers compulsory.

Parents said the \u00a349 blazer, available only from a single supplier, was unaffordable for many families. Depute head teacher Mr Robertson said the school had a uniform fund and "no child will be turned away".

Fife Council said schools set their own uniform policies within national guidance.""",
    [("KirkcaldyMum", "29 August 2024", "Same everywhere this year it seems.")]))

add("news", news(
    "perth", "Farming", "Coupar Angus farmer takes top honours at Alyth show",
    "William Rattray's Aberdeen-Angus heifer named supreme champion.",
    "Farming desk", "3 August 2024",
    """A Coupar Angus farmer has taken the supreme championship at Alyth Agricultural Show with a two-year-old Aberdeen-Angus heifer.

William Rattray, 67, who farms at Easter Pitcur with his son, said the win was "the best day out we've had in years".

The reserve champion was a Limousin bull shown by a family from Blairgowrie and Rattray. More than 3,000 people attended the show.""",
    None), namesakes=("wrattray",))

add("news", news(
    "post", "Local News", "Car destroyed in overnight fire in Ardlowrie",
    "Police treating blaze as wilful.",
    "Evening Post reporter", "17 January 2025",
    """A car was destroyed in a fire in Ardlowrie in the early hours of Thursday.

Firefighters were called to Glenisla Walk at around 2.40am. Nobody was injured. Police Scotland said the fire was being treated as wilful and asked anyone with information to call 101.

It is the third car fire in the Ardlowrie and Balcraigie area since November.""",
    [("Kenny M", "17 January 2025", "Getting beyond a joke. Cameras needed."),
     ("Marie S", "17 January 2025", "Heard the bang from our bit. Terrifying.")]))

add("news", news(
    "courier", "Sport", "Linnhaugh Thistle 3 Carse Rovers 1",
    "Juniors move second in the table with comfortable home win.",
    "Euan Stark, Sports Reporter", "9 February 2025",
    """Linnhaugh Thistle moved up to second in the Midlands League with a 3-1 win over Carse Rovers at Haugh Park.

Two goals from striker Dean Fotheringham in the first half put Thistle in control, and captain Greg Baird added a third from the spot after the break.

Rovers pulled one back late on but never looked like taking anything. Thistle travel to Forfar next Saturday.""",
    None))

add("news", news(
    "courier", "Sport", "Tayside Bowling Association elects new president",
    "TBA membership up for third year running.",
    "Sports desk", "22 November 2024",
    """The Tayside Bowling Association (TBA) has elected Margaret Imrie of Monifieth as its president for 2025, the first woman to hold the post in the association's 94-year history.

Speaking at the TBA's annual general meeting in Dundee, Mrs Imrie said she wanted to bring more young people into the sport. Membership has risen for the third year in a row.

Fixtures for the new season will be published on tba-bowls.example in February.""",
    None))

add("news", news(
    "citizen", "Courts", "Man fined after drunken disturbance in city centre",
    "Jamie Petrie, 24, admitted breach of the peace.",
    "Court reporter", "11 December 2024",
    """A man who shouted and swore at door staff outside a Belmont Street bar has been fined \u00a3300.

Jamie Petrie, 24, of Torry, Aberdeen, admitted behaving in a threatening or abusive manner in the early hours of 5 October.

Aberdeen Sheriff Court heard Petrie had been refused entry after staff judged him too drunk. His solicitor said he was "deeply embarrassed".""",
    None), namesakes=("jpetrie",))

add("news", news(
    "lantern", "Kirkcaldy", "Kirkcaldy pool to close for six months for roof repairs",
    "Swimmers told to use Glenrothes and Dunfermline in the meantime.",
    "Lantern reporter", "6 November 2024",
    """A Kirkcaldy swimming pool will close for six months from January for roof repairs, Fife Sports and Leisure Trust has confirmed.

The closure will affect school swimming lessons for 14 primary schools, which will be moved to other pools. Swimming clubs have been offered alternative times.

The trust said it was "acutely aware of the inconvenience" and would reopen "as quickly as safely possible".""",
    [("FifeSwimDad", "6 November 2024", "Six months means a year. Every time.")]))

add("news", news(
    "lantern", "Glenrothes", "Thistlebank Primary pupils bury time capsule for school's 50th",
    "Glenrothes school marks half-century with week of celebrations.",
    "Lantern reporter", "15 May 2025",
    """Pupils at Thistlebank Primary School in Glenrothes buried a time capsule on Friday to mark the school's 50th anniversary.

The capsule contains drawings, a class photograph, a school jumper and a letter from each P7 pupil to "whoever digs this up".

Head teacher Mrs Anderson said: "Some of our grandparents were in the very first P1 class in 1975, so this has been a real community week."

The celebrations ended with a ceilidh in the school hall.""",
    None))

add("news", news(
    "citizen", "Business", "Aberdeen law firm appoints new partner",
    "Tariq Hussain to lead commercial property team.",
    "Business desk", "20 January 2025",
    """Aberdeen law firm Kinnaird Strachan has appointed Tariq Hussain as a partner in its commercial property team.

Mr Hussain, who joined the firm as a trainee in 2014, has advised on some of the largest office and retail deals in the north-east in recent years.

Managing partner Ruth Kinnaird said: "Tariq is one of the sharpest property lawyers in Scotland.\"""",
    None), namesakes=("thussain",))

add("forum", forum(
    "growscot", ["Forum", "Pests and weeds"], "Thistles taking over my allotment \u2014 help",
    [("AllotmentAnnie", "Member \u00b7 340 posts", "2 Jul 2024",
      "Took on a new plot in March and it's thistle city. Some are taller than me. Do I dig, spray, or move to a flat?"),
     ("OldPlotter", "Member \u00b7 2,780 posts", "2 Jul 2024",
      "Cut them before they seed, every time they come up. Creeping thistle is a marathon not a sprint. Black plastic over the worst patch for a year."),
     ("AllotmentAnnie", "Member \u00b7 340 posts", "3 Jul 2024",
      "A year?! Right. Black plastic it is. Thank you.")]))

add("forum", forum(
    "bikers", ["Forum", "Ride-outs"], "TBA spring ride-out to Glenshee \u2014 date TBA",
    [("GlenTilt_Rider", "Moderator", "10 Feb 2025",
      "Tayside Bikers Association (TBA) spring ride-out to Glenshee and back via Braemar. Date TBA once we see what the weather does, probably mid-April. Breakfast stop at the usual place. Reply if you're in."),
     ("throttle_jockey", "Member \u00b7 92 posts", "10 Feb 2025",
      "In. Hopefully no snow at the Cairnwell this year."),
     ("Fifer_on_a_Bonnie", "Member \u00b7 301 posts", "11 Feb 2025",
      "In, if the Bonnie starts.")]))

add("forum", forum(
    "threadit", ["r/dundee"], "Adult swimming lessons in Dundee?",
    [("cannae_swim_32", "58", "3 mo. ago",
      "Slightly embarrassing but I'm 32 and can't swim. Where can an adult learn in Dundee without being in a class full of six-year-olds?"),
     ("swimmer_tay", "71", "3 mo. ago",
      "Lochside does adult beginner classes on a Wednesday night. Totally judgement free, half the class were in their 40s and 50s when I went."),
     ("HowffHound", "33", "3 mo. ago",
      "Not embarrassing at all. Good on you.")]))

add("forum", forum(
    "threadit", ["r/irishmusic"], "Siobh\u00e1n O'Rourke live in Cork \u2014 anyone going?",
    [("corkfolk", "44", "2 mo. ago",
      "Siobh\u00e1n O'Rourke is playing Triskel on the 14th with a full band for the new album. Anyone been to one of her gigs? Worth the trip from Limerick?"),
     ("fiddle_dee_dee", "39", "2 mo. ago",
      "Saw her in Galway last year. Her voice on the unaccompanied sean-n\u00f3s songs stopped the room dead. Go."),
     ("corkfolk", "12", "2 mo. ago",
      "Sold. Booking now.")]), namesakes=("sorourke",))

add("forum", forum(
    "dundeetalk", ["Forums", "Arts & Culture", "Exhibitions"], "Fiona Ogilvie exhibition at the Scottish Gallery",
    [("ArtyDee", "Member \u00b7 512 posts", "4 Apr 2025",
      "Anyone been to the Fiona Ogilvie landscapes at the gallery in Edinburgh? The big Rannoch Moor canvases are incredible. Thinking of taking the train down on Saturday."),
     ("Lochee_Lass", "Active member \u00b7 955 posts", "4 Apr 2025",
      "Went last week. Worth it for the moor paintings alone. The smaller harbour ones are lovely too."),
     ("ArtyDee", "Member \u00b7 512 posts", "4 Apr 2025",
      "Great, Saturday it is.")]), namesakes=("fogilviebain",))

add("facebook", txt("""
Ardlowrie Community Centre
Page \u00b7 Community centre

Ardlowrie Community Centre
2d \u00b7 \U0001f30d

\U0001f389 WHAT'S ON THIS MONTH \U0001f389
Monday \u2014 Bingo, 7pm (eyes down 7.30)
Tuesday \u2014 Toddler group, 10am
Wednesday \u2014 Chair yoga, 11am
Thursday \u2014 Lunch club, 12 noon
Saturday \u2014 Ceilidh night, venue TBA (the hall roof is getting fixed, we'll confirm by Wednesday!)

\U0001f44d\u2764\ufe0f 48 \u00b7 9 comments

Like \u00b7 Comment \u00b7 Share

Isa Mudie
Is the bingo still \u00a32 a book?
2d \u00b7 Like \u00b7 Reply

Ardlowrie Community Centre
Yes Isa, same as always \U0001f60a
2d \u00b7 Like \u00b7 Reply
"""))

add("facebook", txt("""
Arbroath Past & Present
Public group \u00b7 12K members

Moira Cargill
5d

Sad to share that my auntie, Lorna Bell (n\u00e9e Cargill), passed away peacefully last week at the age of 84. Many of you will remember her from the bakery on Keptie Street, where she worked for over thirty years. Funeral at St Vigeans on Friday, all welcome.

\U0001f622\u2764\ufe0f 212 \u00b7 88 comments

Like \u00b7 Comment \u00b7 Share

Ian F
So sorry Moira. She gave me a free empire biscuit every Saturday for years.
5d \u00b7 Like \u00b7 Reply \u00b7 14
"""), namesakes=("lbell",))

add("facebook", txt("""
Ardlowrie & Balcraigie Community Noticeboard
Public group \u00b7 6.2K members

Lisa Dorward
3h \u00b7 \U0001f30d

LOST CAT \U0001f63f Ginger tom called Biscuit, missing since Sunday night from near the academy on Balcraigie Road. Very friendly, wearing a blue collar with a bell on it. He usually hangs about the bins behind the shops. Please check sheds and garages! 07700 900934

\U0001f622 31 \u00b7 14 comments \u00b7 22 shares

Like \u00b7 Comment \u00b7 Share

Kenny Mudie
Will check the garage Lisa
3h \u00b7 Like \u00b7 Reply

Lisa Dorward
FOUND! He was in the neighbour's greenhouse the whole time \U0001f602\U0001f9e1 thank you everyone
1h \u00b7 Like \u00b7 Reply \u00b7 19
"""))

add("facebook", txt("""
Inverness Harriers
Page \u00b7 Running club

Inverness Harriers
1w \u00b7 \U0001f30d

Huge congratulations to Karen Wilson, who smashed her PB at the Loch Ness Marathon on Sunday with 3:21:04 and took first place in the V50 category! \U0001f3c3\u200d\u2640\ufe0f\U0001f947 Karen has been with the club since 2009 and trains with the Tuesday hills group.

\U0001f44f\u2764\ufe0f 143 \u00b7 21 comments

Like \u00b7 Comment \u00b7 Share

Jan P
Amazing Karen! Those hills paid off \U0001f4aa
1w \u00b7 Like \u00b7 Reply
"""), namesakes=("kwilson",))

add("social", txt("""
Scottish Rugby Fan \U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f @scotrugbyfan \u00b7 Feb 8, 2025
Never get tired of seeing the thistle on the jersey at Murrayfield. Flower of Scotland at full volume, 67,000 folk, hairs on the back of my neck. Come on Scotland! \U0001f3c9

\U0001f4ac 14   \U0001f501 66   \u2661 540
"""))

add("social", txt("""
TikTok \u00b7 sir.tomkins.teaches \u00b7 Follow
things my year 9s said about the school trip to the science museum \U0001f62d #teachersoftiktok #ukteacher
\u266c original sound - sir.tomkins.teaches

\u2661 88.1K   \U0001f4ac 1,402   \u27a6 3,020

Comments

gemma.lou.x
sir can get it \U0001f60d\U0001f60d
3d ago \u00b7 Reply \u00b7 \u2661 1,102

mancunian_mum
"the science museum is just a big Argos" is sending me \U0001f602
3d ago \u00b7 Reply \u00b7 \u2661 4,880

bristol_teacher_22
the year 9 brain is a marvel
2d ago \u00b7 Reply \u00b7 \u2661 702
"""))



# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(doc: Doc) -> str:
    if KINDS[doc.kind] == "html":
        p = _Text()
        p.feed(doc.text)
        p.close()
        raw = " ".join(p.parts)
    else:
        raw = doc.text
    return " ".join(raw.split())


def check(docs: list[Doc]) -> list[str]:
    errors: list[str] = []
    for i, d in enumerate(docs):
        name = f"{i:03d}-{d.kind}"
        if d.kind not in KINDS:
            errors.append(f"{name}: unknown kind")
        text = visible_text(d)
        seen: set[str] = set()
        for m in d.mentions:
            if m.subject not in SUBJECTS:
                errors.append(f"{name}: unknown subject {m.subject}")
            if m.subject in seen:
                errors.append(f"{name}: duplicate subject {m.subject}")
            seen.add(m.subject)
            if m.category not in CATEGORIES:
                errors.append(f"{name}: unknown category {m.category}")
            if m.variant not in VARIANTS:
                errors.append(f"{name}: unknown variant {m.variant}")
            if " ".join(m.form.split()) not in text:
                errors.append(f"{name}: form {m.form!r} for {m.subject} not in text")
            if m.url_only and m.category != "sexual":
                errors.append(f"{name}: url_only on a non-sexual mention")
        low = text.lower()
        for subject, names in FULL_NAMES.items():
            if subject in seen or subject in d.namesakes:
                continue
            for n in names:
                if n.lower() in low:
                    errors.append(f"{name}: {n!r} appears but {subject} is not labelled")
    return errors


def main() -> int:
    # Documents are written above grouped by topic; interleave them (deterministically)
    # so that file order says nothing about topic or about which files are decoys.
    docs = list(DOCS)
    random.Random(34).shuffle(docs)
    errors = check(docs)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    DOCS_DIR.mkdir(exist_ok=True)
    for old in DOCS_DIR.iterdir():
        old.unlink()
    lines = []
    for i, d in enumerate(docs):
        fname = f"{i:03d}-{d.kind}.{KINDS[d.kind]}"
        (DOCS_DIR / fname).write_text(d.text, encoding="utf-8")
        expected = [{"subject": m.subject, "variant": m.variant, "category": m.category,
                     "url_only": m.url_only} for m in d.mentions]
        lines.append(json.dumps({"file": fname, "kind": d.kind, "expected": expected}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "watchlist.toml").write_text(WATCHLIST, encoding="utf-8")

    mentions = [m for d in docs for m in d.mentions]
    cats = Counter(m.category for m in mentions)
    variants = Counter(m.variant for m in mentions)
    kinds = Counter(d.kind for d in docs)
    subjects = Counter(m.subject for m in mentions)
    decoys = sum(1 for d in docs if not d.mentions)
    serious = sum(cats[c] for c in SERIOUS)
    print(f"documents: {len(docs)} ({decoys} decoys, {decoys / len(docs):.0%})")
    print(f"mentions: {len(mentions)} (serious {serious}, {serious / len(mentions):.0%}; "
          f"url_only {sum(m.url_only for m in mentions)})")
    print("per category: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    print("per variant: " + ", ".join(f"{v} {variants[v]}" for v in VARIANTS))
    print("per kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print("per subject: " + ", ".join(f"{s} {subjects[s]}" for s in SUBJECTS))
    problems = []
    if not 180 <= len(docs) <= 220:
        problems.append("document count outside 180-220")
    if not 300 <= len(mentions) <= 350:
        problems.append("mention count outside 300-350")
    for c in ("threat", "hate", "sexual", "doxxing", "defamation", "abuse"):
        if cats[c] < 15:
            problems.append(f"fewer than 15 {c} mentions")
    for v in VARIANTS:
        if variants[v] < 5:
            problems.append(f"fewer than 5 {v} mentions")
    for p in problems:
        print("WARNING", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
