#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the heldout28 evaluation corpus for the repwatch matcher.

Setting
    Lantern Hill Sixth Form College (invented), a 16-19 sixth-form college on the
    edge of Leicester: A-levels and BTECs, a principal, faculty heads, a student union
    that runs Diwali and Eid events. Around it: the invented neighbourhoods of Saxby
    Fields, Hollowgate, Knighton Brook and Evington Vale. The year's stories: a
    teenager stabbed in a supermarket car park on Hollowgate Road near the gates
    (October 2024; a man later convicted), a politics lecturer's tweets before the
    Saxby Fields by-election (early 2025), and a results-day row over lost BTEC
    entries (August 2025). Own domain lanternhill.example, office phone
    01632 960400 (publishing it is not doxxing).

Staff (watchlist ids, and the variant traits each one carries)
    hashbymistry  Dr Helen Ashby-Mistry, Principal. Hyphenated double-barrelled
                  surname (written "Ashby Mistry", "Ashby–Mistry"); maiden name
                  "Helen Corby" is an alias.
    jmarchbank    Joanne Marchbank, Vice Principal. Alias "Jo Marchbank".
    tquennell     Thaddeus Quennell, politics lecturer. unique = true: counts
                  wherever named. Alias "Thad Quennell"; handle @ThadQuennell.
    soriordan     Siobhán O'Riordan, Head of Science. Accent and apostrophe; alias
                  "Siobhan O'Riordan" (no fada).
    rcastell      Robert Castell, Head of Student Services and DSL. Nickname-able:
                  Rob, Bob, Robbie. "Castell" is also Welsh for castle (decoys).
    ppatel        Priya Patel, Exams Officer. Very common name: namesakes (a GP in
                  Harrow, a cricketer in Birmingham) and "Patel's" corner shops appear
                  in decoys.
    dfrost        Daniel Frost, Head of Sport and Public Services. Surname is an
                  everyday word (frost warnings, Jack Frost) and has a namesake darts
                  player in Hull. Nicknames Dan, Danny.
    nrahman       Nadia Rahman, Head of Humanities.
    kdoyle        Kieran Doyle, Student Union and Enrichment Coordinator. Namesake
                  boxer in Dublin; Conan Doyle in a decoy.
    mwisniewski   Marek Wiśniewski, computing lecturer. Accent; alias
                  "Marek Wisniewski".

Voices
    Local news (Leicester Evening Courier, East Mids Wire, Fosse 103), the FE trade
    press, student forums, local parents' and residents' Facebook groups, X/Threads
    and TikTok/Instagram comment copies, Google-style and staff-review sites, a
    free-speech blogger, a far-right forum, student bloggers, staff defending
    colleagues. Slang, Leicester dialect ("me duck", "ay up"), emoji, typos,
    sarcasm, hedging, dog whistles, euphemism and insinuation throughout.

Decoys (about a fifth of the documents, "expected": [])
    The everyday word (Diwali and Chinese lanterns, a camping lantern, The Lantern
    pub, Minecraft lanterns), the acronym's other bodies (LHC = Large Hadron
    Collider, Loughborough Hockey Club), excluded lookalikes (Lantern Hill Garden
    Centre, Lantern Hill Primary School in Bristol, Lantern Theatre Company,
    lanternhillcars.example), namesakes clearly elsewhere (Priya Patel, Daniel Frost,
    Kieran Doyle, Nadia Rahman, Siobhán O'Riordan, Marek Wiśniewski, Robert Castell),
    everyday surnames (frost warnings, Jack Frost, Castell Coch, Patel's corner shop,
    Ashby-de-la-Zouch), the localities alone, and another Leicester sixth-form
    college with its own results-day and tweets stories.

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

    Local notes: for the school, "exact" is the full name, "alias" any other listed
    multi-word alias or the acronym LHC, "short_name" the bare everyday word
    "Lantern" standing for the college. Among the remaining variants the label names
    the one form that carries the mention (documents avoid mixing two of them).
    "hyphenated" is Ashby-Mistry written without its hyphen or with another dash.
    A possessive with a title ("Mr Frost's") is title_surname.
    The school's category is negative only when the text criticises the college
    itself (its safety, systems, results, service, culture); when the college is only
    named as the workplace of a person being attacked, the school entry is neutral.
    Publishing the college's office number (01632 960400) is never doxxing; a
    staff member's own 01632/07700 number, street, postcode or personal email is.

Running
    python3 tests/corpus_heldout28/build_heldout28.py
    Writes docs/ and labels.jsonl beside this script (deterministic, stdlib only),
    checks that every labelled surface form occurs in its document, that named
    staff and school forms are not left unlabelled by accident, and prints a summary.
    Exit status 0 when every check passes.
"""

from __future__ import annotations

import html
import json
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCHOOL = "Lantern Hill Sixth Form College"
SCHOOL_FORMS = [
    SCHOOL,
    "Lantern Hill College",
    "Lantern Hill Sixth Form",
    "Lantern Hill 6th Form",
    "Lantern Hill",
]
STAFF_FORMS = {
    "hashbymistry": ["Helen Ashby-Mistry", "Helen Corby", "Ashby-Mistry"],
    "jmarchbank": ["Joanne Marchbank", "Jo Marchbank"],
    "tquennell": ["Thaddeus Quennell", "Thad Quennell", "Quennell"],
    "soriordan": ["Siobhán O'Riordan", "Siobhan O'Riordan"],
    "rcastell": ["Robert Castell"],
    "ppatel": ["Priya Patel"],
    "dfrost": ["Daniel Frost"],
    "nrahman": ["Nadia Rahman"],
    "kdoyle": ["Kieran Doyle"],
    "mwisniewski": ["Marek Wiśniewski", "Marek Wisniewski"],
}
CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
VARIANTS = [
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
]
KINDS = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}

DOCS: list[dict] = []


def M(subject: str, variant: str, category: str, form: str, url_only: bool = False) -> dict:
    return {"subject": subject, "variant": variant, "category": category, "form": form, "url_only": url_only}


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def paras_html(text: str) -> str:
    out = []
    for block in text.split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(line) for line in block.split("\n")) + "</p>")
    return "\n".join(out)


def add(kind: str, body: str, mentions, allow=()) -> None:
    DOCS.append({"kind": kind, "body": body, "mentions": list(mentions), "allow": set(allow)})


# ---------------------------------------------------------------- news

NEWS_SITES = {
    "courier": ("Leicester Evening Courier", "leicestercourier.example", ["News", "Education", "Crime", "Sport", "What's On", "Opinion", "Jobs"], "Soar Media Group Ltd"),
    "wire": ("East Mids Wire", "eastmidswire.example", ["Latest", "Leicestershire", "Nottingham", "Derby", "Politics", "Video"], "Wire Regional Media"),
    "fosse": ("Fosse 103 News", "fosse103.example", ["Listen Live", "News", "Travel", "Weather", "Competitions"], "Fosse Broadcasting Ltd"),
    "feb": ("FE Bulletin", "febulletin.example", ["Colleges", "Funding", "Skills", "Exams", "Opinion", "Jobs board"], "Bulletin Publishing LLP"),
    "ledger": ("The Daily Ledger", "dailyledger.example", ["UK", "World", "Politics", "Money", "Culture", "Sport"], "Ledger Newspapers plc"),
    "humber": ("Humberside Daily Post", "humberpost.example", ["News", "Hull City", "Rovers", "Darts", "Property"], "Humber Press Ltd"),
    "avon": ("Avon Evening Star", "avonstar.example", ["News", "Schools", "Bristol City", "Rovers", "Homes"], "Avon Star Media"),
    "harrow": ("Harrow & Wembley Times", "harrowtimes.example", ["News", "Health", "Community", "Sport"], "North West London Newspapers"),
    "liffey": ("Liffey Sport", "liffeysport.example", ["Boxing", "GAA", "Rugby", "Soccer", "Racing"], "Liffey Media DAC"),
    "particle": ("Particle Weekly", "particleweekly.example", ["Physics", "Space", "Careers", "Podcasts"], "Particle Weekly Ltd"),
    "cymru": ("Taff Valley Echo", "taffecho.example", ["News", "Heritage", "Rugby", "Days Out"], "Valleys Media Cyf"),
    "harbor": ("Harborough Mail & Times", "harboroughmail.example", ["News", "Community", "Nature", "Sport"], "Welland Press"),
}

MOST_READ = [
    "Ring road lane closures to last until spring",
    "Bin collection changes: what you need to know",
    "Fans react to late equaliser at the weekend",
    "New bus timetable starts on Sunday",
    "Family-run bakery celebrates 50 years",
    "Council tax: how much will your bill go up?",
    "Pub quiz team raises thousands for hospice",
    "Five new restaurants opening this month",
    "Potholes: the worst roads named",
    "Rail strike dates confirmed",
]


def news(site: str, headline: str, date: str, byline: str, body: str, comments=(), section: str = "News", m=(), allow=()) -> None:
    name, domain, nav, publisher = NEWS_SITES[site]
    n = len(DOCS)
    most = "\n".join(f"<li><a href=\"/news/{n}-{i}\">{esc(MOST_READ[(n + i) % len(MOST_READ)])}</a></li>" for i in range(4))
    navs = "".join(f"<li><a href=\"/{x.lower().replace(' ', '-')}\">{esc(x)}</a></li>" for x in nav)
    cm = []
    for who, when, text in comments:
        cm.append(f"<div class=\"comment\">\n<p class=\"comment-author\">{esc(who)}</p>\n<p class=\"comment-time\">{esc(when)}</p>\n{paras_html(text)}\n<p class=\"comment-actions\">Reply · Report · Share</p>\n</div>")
    csec = ""
    if comments:
        csec = f"<section class=\"comments\">\n<h2>Comments ({len(comments)})</h2>\n<p class=\"house-rules\">Comments are subject to our community guidelines.</p>\n" + "\n".join(cm) + "\n</section>"
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(headline)} | {esc(name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.{domain}/{section.lower()}/article-{7000 + n}">
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div>
<header class="masthead">
<a class="logo" href="https://www.{domain}/">{esc(name)}</a>
<nav><ul>{navs}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"></form>
<a class="subscribe" href="/subscribe">Subscribe</a>
</header>
<main>
<article>
<p class="section-label">{esc(section)}</p>
<h1>{esc(headline)}</h1>
<p class="byline">By {esc(byline)} · {esc(date)}</p>
<div class="share">Share: Facebook · X · WhatsApp · Email</div>
{paras_html(body)}
<p class="newsletter">Get the top stories in your inbox every morning. <a href="/newsletters">Sign up</a></p>
</article>
<aside class="most-read">
<h2>Most read</h2>
<ol>
{most}
</ol>
</aside>
{csec}
</main>
<footer>
<p>© 2025 {esc(publisher)}. All rights reserved.</p>
<p><a href="/privacy">Privacy notice</a> · <a href="/cookies">Cookie policy</a> · <a href="/contact">Contact us</a> · <a href="/complaints">Complaints</a></p>
</footer>
</body>
</html>
"""
    add("news", page, m, allow)


# ---------------------------------------------------------------- forum

FORUMS = {
    "sixthchat": ("SixthChat", "sixthchat.example", "The student community for A-levels, BTECs and uni"),
    "leicstalk": ("LeicsTalk", "leicstalk.example", "Leicester & Leicestershire discussion since 2006"),
    "parentnet": ("ParentNet", "parentnet.example", "By parents, for parents"),
    "patriot": ("Patriot Hub", "patriothub.example", "Free speech. No censorship."),
    "britpol": ("BritPolitik", "britpolitik.example", "UK politics discussion"),
    "staffroom": ("StaffRoom Confidential", "staffroomconf.example", "Anonymous chat for people who work in education"),
    "oche": ("OcheTalk", "ochetalk.example", "The darts forum"),
    "blockcraft": ("BlockCraft Forums", "blockcraft.example", "Builds, mods and redstone"),
    "wheels": ("MidlandsMotors Forum", "midlandsmotors.example", "Cars, bikes and banter"),
}


def forum(site: str, board: str, title: str, posts, m=(), allow=()) -> None:
    name, domain, tag = FORUMS[site]
    n = len(DOCS)
    ps = []
    for i, (user, when, text) in enumerate(posts):
        ps.append(f"""<div class="post" id="post-{n * 100 + i}">
<div class="post-author"><span class="username">{esc(user)}</span> <span class="post-count">Posts: {(n * 37 + i * 53) % 4000 + 3}</span></div>
<div class="post-date">{esc(when)}</div>
<div class="post-body">
{paras_html(text)}
</div>
<div class="post-actions">Quote · Reply · Report · Like</div>
</div>""")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {esc(board)} - {esc(name)}</title>
</head>
<body>
<header class="forum-header">
<a class="logo" href="https://{domain}/">{esc(name)}</a> <span class="tagline">{esc(tag)}</span>
<nav><a href="/">Forums</a> · <a href="/new">New posts</a> · <a href="/search">Search</a> · <a href="/login">Log in</a> · <a href="/register">Register</a></nav>
</header>
<div class="breadcrumb"><a href="/">{esc(name)}</a> › <a href="/board">{esc(board)}</a> › {esc(title)}</div>
<main class="thread">
<h1>{esc(title)}</h1>
<p class="thread-meta">Thread started by {esc(posts[0][0])} · {len(posts)} replies · Viewed {(n * 311) % 9000 + 120} times</p>
{chr(10).join(ps)}
<div class="pagination">Page 1 of 1</div>
<form class="quick-reply"><textarea placeholder="Write your reply..."></textarea><button>Post reply</button></form>
</main>
<footer>
<p>{esc(name)} · <a href="/rules">Forum rules</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact the moderators</a></p>
<p>Powered by ThreadWorks 4.2</p>
</footer>
</body>
</html>
"""
    add("forum", page, m, allow)


# ---------------------------------------------------------------- blog


def blog(blogname: str, domain: str, title: str, date: str, author: str, body: str, comments=(), m=(), allow=()) -> None:
    n = len(DOCS)
    cm = []
    for who, when, text in comments:
        cm.append(f"<li class=\"comment\">\n<p class=\"comment-meta\"><strong>{esc(who)}</strong> says:<br>{esc(when)}</p>\n{paras_html(text)}\n<p><a href=\"#reply\">Reply</a></p>\n</li>")
    csec = ""
    if comments:
        csec = f"<section id=\"comments\">\n<h3>{len(comments)} thoughts on “{esc(title)}”</h3>\n<ol class=\"comment-list\">\n" + "\n".join(cm) + "\n</ol>\n</section>"
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(title)} – {esc(blogname)}</title>
</head>
<body class="single-post">
<header class="site-header">
<p class="site-title"><a href="https://{domain}/">{esc(blogname)}</a></p>
<nav class="menu"><a href="/">Home</a> | <a href="/about">About</a> | <a href="/archive">Archive</a> | <a href="/contact">Contact</a></nav>
</header>
<main>
<article class="post-{1000 + n}">
<h1 class="entry-title">{esc(title)}</h1>
<p class="entry-meta">Posted on {esc(date)} by {esc(author)}</p>
<div class="entry-content">
{paras_html(body)}
</div>
<p class="tags">Filed under: Uncategorised</p>
</article>
{csec}
<section id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></section>
</main>
<aside class="sidebar"><h4>Recent posts</h4><ul><li>Notes from the allotment</li><li>Why I still write letters</li><li>A year of reading</li></ul></aside>
<footer class="site-footer"><p>Proudly powered by Inkwell · Theme: Paper Lite</p></footer>
</body>
</html>
"""
    add("blog", page, m, allow)


# ---------------------------------------------------------------- txt kinds


def review(header: str, reviews, m=(), allow=()) -> None:
    out = [header, ""]
    for r in reviews:
        who, meta, stars, when, text = r[:5]
        reply = r[5] if len(r) > 5 else None
        out.append(who)
        if meta:
            out.append(meta)
        out.append(f"{'★' * stars}{'☆' * (5 - stars)}  {when}")
        out.append(text)
        out.append("👍 Helpful   Share")
        if reply:
            out.append("")
            out.append(f"Response from the owner  {reply[0]}")
            out.append(reply[1])
        out.append("")
    add("review", "\n".join(out).rstrip() + "\n", m, allow)


def social(header: str, posts, m=(), allow=()) -> None:
    out = [header, ""]
    for p in posts:
        display, handle, when, text = p[:4]
        stats = p[4] if len(p) > 4 else ""
        out.append(f"{display}  {handle} · {when}" if handle else f"{display} · {when}")
        out.append(text)
        if stats:
            out.append(stats)
        out.append("")
    add("social", "\n".join(out).rstrip() + "\n", m, allow)


def facebook(group: str, members: str, poster: str, when: str, text: str, reactions: str, comments, m=(), allow=()) -> None:
    out = [group, f"{members}", "", poster, f"{when} · 🌐", text, "", reactions, "Like   Comment   Share", "", "Most relevant ▾", ""]
    for c in comments:
        who, age, ctext = c[:3]
        replies = c[3] if len(c) > 3 else ()
        out.append(who)
        out.append(ctext)
        out.append(f"Like · Reply · {age}")
        for rwho, rage, rtext in replies:
            out.append(f"    {rwho}")
            out.append("    " + rtext.replace("\n", "\n    "))
            out.append(f"    Like · Reply · {rage}")
        out.append("")
    out.append("View more comments")
    add("facebook", "\n".join(out).rstrip() + "\n", m, allow)


S = "school"


# =====================================================================
# Thread A: the Hollowgate Road car-park stabbing (October 2024 onwards)
# =====================================================================

news(
    "courier", "Boy, 17, seriously hurt in Hollowgate Road car park stabbing", "Wednesday, 16 October 2024", "Priti Solanki, crime reporter",
    """A 17-year-old boy is in a serious but stable condition after being stabbed in a supermarket car park on Hollowgate Road yesterday afternoon.

Police were called at about 3.40pm on Tuesday to the FreshWay car park, a few hundred yards from the gates of Lantern Hill Sixth Form College, after reports of a fight involving several young people.

The injured boy, a student at the college, was taken to hospital by land ambulance. A cordon stayed in place overnight and forensic officers were seen searching bushes along the service road.

A detective inspector said: "This was a frightening incident in broad daylight. We know a lot of young people were in the area and some of them will have filmed what happened. Please send that footage to us rather than sharing it online."

In a letter to parents last night, principal Dr Helen Ashby-Mistry said: "We are shocked and saddened. Our thoughts are with our student and his family. Extra staff will be on the gates and along Hollowgate Road at the end of the day for the rest of this week."

Anyone with information is asked to call police on 101 quoting incident 377 of 15 October.""",
    comments=[
        ("Hollowgate_Mum", "2 hours ago", "Thoughts with the lad and his mum. Sick of this happening round here."),
        ("DaveK1966", "1 hour ago", "Another one. Bring back national service, that's what I say."),
        ("rjthompson", "45 minutes ago", "Kids can't even go and buy a meal deal without getting shanked. What a bloody state."),
    ],
    section="Crime",
    m=[M(S, "exact", "neutral", "Lantern Hill Sixth Form College"), M("hashbymistry", "exact", "neutral", "Helen Ashby-Mistry")],
)

news(
    "wire", "Man, 19, charged with attempted murder after Hollowgate car park stabbing", "18 October 2024", "Wire reporter",
    """A 19-year-old man has been charged with attempted murder after a teenager was stabbed in a supermarket car park in Leicester on Tuesday.

Jordan Pell, of no fixed address, appeared before magistrates on Friday morning and was remanded in custody. He will next appear at crown court in November.

The victim, who is 17 and studies at Lantern Hill College, remains in hospital. His family said he was "sitting up, cracking jokes and asking for his phone charger".

Robert Castell, head of student services at the college, said counsellors had been available to students all week. "I want to thank the young people who ran towards him, called 999 and kept him talking until the ambulance came. They were braver than most adults would have been."

Two other people arrested on Tuesday have been released with no further action.""",
    m=[M(S, "alias", "neutral", "Lantern Hill College"), M("rcastell", "exact", "neutral", "Robert Castell")],
)

facebook(
    "Hollowgate & Saxby Fields Residents (Official)", "Private group · 6.4K members",
    "Sandra Whitlock", "15 October at 16:12",
    "Police everywhere at FreshWay on Hollowgate Rd, whole car park taped off and the air ambulance was circling. Anyone know what's happened?? Stay safe all x",
    "😮😢 212    184 comments    9 shares",
    [
        ("Wayne Orchard", "2d", "Lad got stabbed. It's them lot from Lantern again, hundreds of them pile out at half 3 and take over the whole car park vaping and effing and jeffing. College doesnt give a toss what they do once theyre off the premises"),
        ("Beverley Cann", "2d", "My nephew goes there and he says it wasnt even a student who did it. Don't believe everything you read on here x", [("Wayne Orchard", "2d", "Whatever Bev. Same every year.")]),
        ("Tariq Hussain", "2d", "Praying for the young man. Hollowgate used to be a nice area."),
        ("Gill Mottram", "1d", "There should be security on them gates. That Castell fella sends a lovely newsletter every Friday but where is he at half three?? All talk"),
    ],
    m=[M(S, "short_name", "negative", "Lantern"), M("rcastell", "surname_only", "negative", "Castell")],
)

social(
    "X · Search results for \"lhc stabbing\" · Latest",
    [
        ("kai 🥀", "@kaiiyy_04", "16 Oct", "if one more kid from LHC gets hurt bc that college does NOTHING i swear im going down there with a can of petrol and they can all see how it feels 🔥🔥", "14 replies · 3 reposts · 22 likes"),
        ("Moz", "@mozzer_lei", "16 Oct", "bro delete this 💀", "2 likes"),
        ("ellie", "@elliebxx", "16 Oct", "not the petrol 😭 get off twitter kai", "9 likes"),
    ],
    m=[M(S, "alias", "threat", "LHC")],
)

forum(
    "parentnet", "Secondary & sixth form", "Is Lantern Hill safe after the stabbing? DD starts in Sept",
    [
        ("worriedinLE4", "Thu 17-Oct-24 20:14", "DD has an offer for Lantern Hill for next September (A-levels, psychology and biology). After what happened on Hollowgate Road this week I'm having second thoughts. Anyone with kids there now? Is it as bad as Facebook makes out?"),
        ("MrsGreenJeans", "Thu 17-Oct-24 20:31", "DS is in year 13 there. Honestly the college itself is fine, it's the walk to the bus that's the problem. The car park is a known hangout and the college has been told about it for years, they just put out statements. I'd want to see them actually doing something, not more posters."),
        ("Flossie22", "Thu 17-Oct-24 21:02", "I'll be fair to them - when DS had a rough time last year Mr Castell rang us the same evening and had a counsellor sorted within the week. Pastoral is good. The area is the area, that's not the college's fault."),
        ("worriedinLE4", "Thu 17-Oct-24 21:10", "Thank you both, that's reassuring about the pastoral side. Still going to ask about the bus stop at the open evening."),
        ("TinyTeaspoon", "Fri 18-Oct-24 07:45", "Knighton Brook has its own issues too tbh. Nowhere's perfect."),
    ],
    m=[M(S, "alias", "negative", "Lantern Hill"), M("rcastell", "title_surname", "neutral", "Mr Castell")],
)

news(
    "courier", "Hollowgate Road car park stabbing: man jailed for nine years", "Friday, 20 June 2025", "Priti Solanki, crime reporter",
    """A man who stabbed a sixth-form student in a busy supermarket car park has been jailed for nine years.

Jordan Pell, 20, admitted wounding with intent at an earlier hearing. The charge of attempted murder was left to lie on file.

The court heard that the victim, then 17 and a student at Lantern Hill Sixth Form, had stepped in when Pell began shouting at a younger boy outside the FreshWay store on Hollowgate Road on 15 October last year.

Pell pulled a kitchen knife from his waistband and stabbed him twice. Other students gave first aid until paramedics arrived.

Sentencing, the judge told Pell: "You brought a knife to a place full of children at the end of their school day. It is only luck and the courage of those around him that this is not a murder case."

Speaking after the hearing, Helen Ashby-Mistry, principal of the college, said the student had "shown extraordinary courage" and had since returned to complete his A-levels.""",
    comments=[
        ("NoMoreKnivesLeics", "3 hours ago", "Nine years, out in four and a half. Disgrace."),
        ("JB_Aylestone", "2 hours ago", "Good to hear the lad is back at college. Fair play to him."),
    ],
    section="Crime",
    m=[M(S, "alias", "neutral", "Lantern Hill Sixth Form"), M("hashbymistry", "exact", "neutral", "Helen Ashby-Mistry")],
)

social(
    "TikTok · @leicsnewsdaily · \"Police cordon at Hollowgate car park 😳 #leicester\" · Comments (1,204)",
    [
        ("jadeyyy", "", "2024-10-15", "the lantern hill kids were filming it instead of helping, saw it with my own eyes. zero shame", "♡ 311 · Reply"),
        ("Haris", "", "2024-10-15", "nah they were the ones who called the ambulance, stop lying", "♡ 188 · Reply"),
        ("lil_meg", "", "2024-10-16", "rip to whoever has to clean that car park 😭", "♡ 40 · Reply"),
        ("Kev", "", "2024-10-16", "Leicester is cooked fr", "♡ 97 · Reply"),
    ],
    m=[M(S, "alias", "negative", "lantern hill")],
)

news(
    "wire", "Man arrested after city centre stabbing near clock tower", "2 November 2024", "Wire reporter",
    """A 24-year-old man has been arrested after another man was stabbed in Leicester city centre in the early hours of Saturday.

Officers were called to Gallowtree Gate at about 2.15am after reports of a disturbance outside a takeaway. A 31-year-old man was taken to hospital with injuries that are not thought to be life-threatening.

The arrested man remains in custody. A dispersal order is in place across the city centre until Sunday night.

It is the third stabbing in Leicester in a month, after a teenager was hurt in a supermarket car park in Hollowgate in October and a man was injured in Knighton Brook a week later.""",
    section="Crime",
    m=[],
)

facebook(
    "Saxby Fields Community Noticeboard", "Public group · 9.1K members",
    "Kieran Doyle", "17 October at 12:03",
    "Hi all – the Student Union at Lantern Hill Sixth Form is holding a short, quiet gathering at the main gate on Friday at 4pm for our student who was hurt on Tuesday. He's doing OK and his family have said they're happy for us to do this. Bring a candle (battery ones please!) and wear something blue, his favourite colour. Everyone from the community welcome 💙",
    "👍❤️ 540    61 comments    88 shares",
    [
        ("Janet Ellison", "4d", "Lovely idea. Will be there with my two."),
        ("Rav Sidhu", "4d", "Well done to the SU. Young people showing the adults how it's done 👏"),
        ("Kieran Doyle", "4d", "Thanks Rav 💙 hot chocolate from the canteen afterwards too."),
    ],
    m=[M("kdoyle", "exact", "neutral", "Kieran Doyle"), M(S, "alias", "neutral", "Lantern Hill Sixth Form")],
)

blog(
    "Notes from Ward 7", "wardseven.example", "Knife crime on Hollowgate Road: what the college, the shops and the council need to do together", "24 October 2024", "Cllr Amanda Freer",
    """Last week a 17-year-old was stabbed outside FreshWay on Hollowgate Road. He is recovering, thank God. But everyone who lives round here knows that car park has been a problem for a long time.

I met on Monday with the store manager, the police neighbourhood team and two people from Lantern Hill Sixth Form College. The college has already agreed to stagger its finishing times so that 1,800 students aren't all on Hollowgate Road at 3.30, and its head of student services, Robert Castell, has joined our safer streets group.

FreshWay has promised better lighting and a security guard between 3pm and 6pm. I will be holding them to that.

What I want from the council is simple: the bus shelter moved back to the college side of the road, and the youth centre in Saxby Fields reopened four nights a week. Young people need somewhere to be that is not a car park.""",
    comments=[
        ("Pete M", "24 October 2024 at 9:12 pm", "Staggered finishing times won't stop a knife. Stop and search will."),
        ("Amanda Freer", "24 October 2024 at 9:40 pm", "Thanks Pete – it's one part of the picture, not the whole of it."),
        ("Lorraine", "25 October 2024 at 7:03 am", "The youth centre closing was the worst decision this council ever made."),
    ],
    m=[M(S, "exact", "neutral", "Lantern Hill Sixth Form College"), M("rcastell", "exact", "neutral", "Robert Castell")],
)

social(
    "Threads · reply thread",
    [
        ("stacey.l", "@stacey.l_", "3d", "heard the lad who did it was kicked out of Lantern Hill last year for bringing a blade in and Marchbank hushed it all up so it wouldnt hit their ofsted. now look. someone should be asking her some questions", "Reply · 31 likes"),
        ("dazza", "@dazza_lfc", "3d", "source: trust me bro", "Reply · 12 likes"),
        ("stacey.l", "@stacey.l_", "3d", "my mates cousin works in the office so 🤷‍♀️", "Reply · 4 likes"),
    ],
    m=[M(S, "alias", "defamation", "Lantern Hill"), M("jmarchbank", "surname_only", "defamation", "Marchbank")],
)

review(
    """Lantern Hill Sixth Form College
Sixth form college · Hollowgate Road, Leicester LE5 4PN
3.6 ★★★★☆ (214 reviews)
Reviews · Sort by: Newest""",
    [
        ("Nicola Brennan", "Local Guide · 41 reviews", 1, "a week ago", "Students are not safe. Gates wide open all day, no staff outside at home time, and a boy got stabbed 100 yards away. My son was in the car park when it happened. Not sending my youngest here.",
         ("a week ago", "Dear Nicola, we are so sorry your son witnessed this. Please contact our student services team on 01632 960400 so we can offer him support. – Student Services")),
        ("Arjun M", "3 reviews", 4, "2 weeks ago", "Good teaching, especially the sciences. Canteen overpriced."),
    ],
    m=[M(S, "exact", "negative", "Lantern Hill Sixth Form College")],
)


# =====================================================================
# Thread B: Thaddeus Quennell's by-election posts (February-March 2025)
# =====================================================================

social(
    "X · Post",
    [
        ("Thad Quennell", "@ThadQuennell", "Feb 3", "Anyone in Saxby Fields thinking of voting Reform on the 27th: they are not coming to save your bus route. They are coming for your neighbours. Think about who you're standing next to.", "1.1K replies · 842 reposts · 2.9K likes · 410K views"),
        ("Gary 🇬🇧", "@GaryPatriot1966", "Feb 3", "Isn't this the bloke that teaches politics at Lantern Hill? Imagine paying for this indoctrination. Smug champagne socialist prat.", "212 likes"),
        ("Leanne", "@leanne_votes", "Feb 3", "He's right though.", "96 likes"),
        ("Real Talk Leics", "@realtalkleics", "Feb 4", "Tag his employer. @LanternHill6th is this your policy?", "40 likes"),
    ],
    m=[M("tquennell", "alias", "abuse", "Thad Quennell"), M(S, "alias", "negative", "Lantern Hill")],
)

news(
    "courier", "College investigates lecturer over by-election posts", "Monday, 10 February 2025", "Tom Greatorex, education reporter",
    """A Leicester sixth-form college has launched an investigation into one of its lecturers after his social media posts about the Saxby Fields by-election were shared thousands of times.

Thaddeus Quennell, who teaches politics and sociology at Lantern Hill Sixth Form College, has been suspended while the investigation takes place, the college confirmed.

In a post on X last week, Mr Quennell urged voters considering backing Reform UK to "think about who you're standing next to". Critics said the post insulted voters; supporters said it was a legitimate political opinion posted on a personal account.

In a statement, principal Dr Helen Ashby-Mistry said: "Staff are entitled to political views. They are also required to follow our code of conduct online. We are looking at the posts carefully and fairly and will not be commenting further while that happens."

Mr Quennell has been contacted for comment. A union representative said he would be "robustly defended".""",
    comments=[
        ("FairPlayLeics", "5 hours ago", "Suspended for a tweet? This country."),
        ("Builder_Bri", "4 hours ago", "Good. Teachers should keep their politics to themselves."),
        ("Marjorie", "3 hours ago", "I was taught by far worse, believe me."),
    ],
    section="Education",
    m=[M("tquennell", "exact", "defamation", "Thaddeus Quennell"), M(S, "exact", "neutral", "Lantern Hill Sixth Form College"), M("hashbymistry", "exact", "neutral", "Helen Ashby-Mistry")],
)

forum(
    "britpol", "Local politics", "Leicester lefty lecturer suspended - the Quennell thread",
    [
        ("Ironside", "10 Feb 2025 09:12", "Thaddeus Quennell finally suspended. About time. A man who tells 17 year olds how to vote should not be anywhere near a classroom."),
        ("ClementAttleesGhost", "10 Feb 2025 09:40", "He told adults in Saxby Fields how to vote, on his own account, in his own time. That's not the same thing. Read the actual post."),
        ("Ironside", "10 Feb 2025 10:02", "And of course he's one of THOSE. Check his bio, 'husband'. Tells you everything about what gets pushed in that classroom. That lot always go for the kids."),
        ("Mod_Harriet", "10 Feb 2025 10:15", "Ironside - warning issued. Keep it to the politics."),
        ("Wexford_Will", "10 Feb 2025 11:30", "Somebody on a telegram channel has already posted where he lives. This is getting out of hand on both sides."),
    ],
    m=[M("tquennell", "exact", "hate", "Thaddeus Quennell")],
)

social(
    "X · Replies to @ThadQuennell",
    [
        ("Steve", "@stevo_lfe_88", "Feb 9", "@ThadQuennell we know where you live mate. Wren Close isnt that far from us 🔪🔪 sleep tight", "3 replies"),
        ("Hannah R", "@hannahreadsbooks", "Feb 9", "Reported. This is a threat and it's been screenshotted.", "27 likes"),
    ],
    m=[M("tquennell", "handle", "threat", "@ThadQuennell")],
)

facebook(
    "Leicester Parents Chat 💬", "Public group · 21K members",
    "Michelle Oduya", "11 February at 19:47",
    "Not stirring, genuinely want to say this. My daughter has had Mr Quennell for Politics at Lantern for two years and he has never once told them who to vote for. He makes them argue the side they disagree with. She's devastated he's been suspended. Whatever you think of his tweets he is a brilliant teacher.",
    "👍❤️ 367    128 comments",
    [
        ("Craig Benning", "1w", "He called half of Leicester racist on twitter. Not fit to teach, simple as."),
        ("Michelle Oduya", "1w", "He didn't though Craig, read it again 🙄"),
        ("Ann-Marie Tolley", "1w", "My son says exactly the same, best teacher he's had"),
        ("Dean Sharpe", "1w", "teachers should teach. end of."),
    ],
    m=[M("tquennell", "title_surname", "negative", "Mr Quennell"), M(S, "short_name", "neutral", "Lantern")],
)

blog(
    "The Open Lectern", "openlectern.example", "The Quennell affair and the chilling of teachers' speech", "12 February 2025", "Martin Aske",
    """I have never met Thaddeus Quennell and I disagree with most of what he posts. I also think his suspension is a mistake.

A teacher posting a political opinion, on his own account, in the evening, to adults, is not the same as a teacher using a classroom to recruit. We used to understand that distinction. The test is simple: has any student or parent complained about what happens in his lessons? From everything reported so far, the answer is no.

What we have instead is an online campaign, a trending hashtag and an employer under pressure. Every teacher in the country has now learned that the safest thing to do is say nothing about anything. That is not neutrality. That is fear.

If the investigation finds he did something wrong in the classroom, fine. Until then, let the man teach.""",
    comments=[
        ("Concerned Dad", "12 February 2025 at 8:14 pm", "Quennell is a smug parasite and so are you for defending him."),
        ("Ruth A.", "12 February 2025 at 9:02 pm", "That comment is exactly the problem the post describes."),
        ("Martin Aske", "12 February 2025 at 9:30 pm", "Left up so people can see what teachers are dealing with."),
    ],
    m=[M("tquennell", "exact", "abuse", "Thaddeus Quennell")],
)

social(
    "Telegram · Saxby Fields Patriots (channel) · forwarded message",
    [
        ("Saxby Fields Patriots", "", "8 Feb, 21:14", "The politics teacher Thaddeus Quennell who thinks you're all racists. Personal email: thad.quennell@postbox.example — home: 22 Wren Close, Evington Vale LE5 6TJ. Let him know what you think. Politely of course 😉", "👁 4.1K · ↪ 212"),
    ],
    m=[M("tquennell", "exact", "doxxing", "Thaddeus Quennell")],
)

social(
    "X · Trending in United Kingdom · #SackQuennell · 8,214 posts",
    [
        ("Brexit Barbara", "@barbs_leics", "Feb 5", "#SackQuennell trending 😂😂 the clown is finally getting what he deserves. Pathetic little man", "44 likes"),
        ("Tom", "@tomsmth", "Feb 5", "imagine getting this worked up about a tweet", "102 likes"),
    ],
    m=[M("tquennell", "hashtag", "abuse", "#SackQuennell")],
)

social(
    "X · Post",
    [
        ("Keep Leicester English", "@KeepLeicsEnglish", "Feb 6", "Qu\u0435nnell and his \"husband\" 🏳️‍🌈🤡 — this is who they put in front of your kids at Lantern Hill. Degenerates, the lot of them. Parents wake up.", "88 reposts · 201 likes"),
    ],
    m=[M("tquennell", "homoglyph", "hate", "Qu\u0435nnell"), M(S, "alias", "hate", "Lantern Hill")],
)

forum(
    "sixthchat", "Leicestershire colleges", "Anyone had Thad Quennell for Politics at Lantern Hill?",
    [
        ("mango_lassi", "12-03-2025 18:02", "Thinking of picking Politics at Lantern Hill for Sept. Is Thad Quennell still teaching it after all the drama? Is he actually good or is it all rants lol"),
        ("Y13_revision_ghost", "12-03-2025 18:40", "He's back. Honestly one of the best teachers in the building, super organised, marks essays within like 3 days. He never talks about his own politics in lessons, people online are making it up."),
        ("notjustbtec", "13-03-2025 08:15", "agree he's sound. only annoying thing is he makes you read two different newspapers every week lol"),
        ("mango_lassi", "13-03-2025 09:01", "ok that's reassuring ty!!"),
    ],
    m=[M("tquennell", "alias", "neutral", "Thad Quennell"), M(S, "alias", "neutral", "Lantern Hill")],
)

review(
    """TutorScore › Colleges › Leicester › Lantern Hill Sixth Form College › Staff ratings › Politics & Sociology
Anonymous student reviews. Reviews are not checked by TutorScore.""",
    [
        ("Anonymous student", "Year 13 · Politics", 2, "March 2025", "Avoid if you want an easy ride. Q u e n n e l l (spelling it like this so it doesnt get flagged lol) marks like its a uni dissertation and spends ten minutes of every lesson on the news. Handouts are good tho"),
        ("Anonymous student", "Year 12 · Sociology", 4, "February 2025", "honestly the whole department is decent, lots of feedback, just loads of reading"),
    ],
    m=[M("tquennell", "spacing", "negative", "Q u e n n e l l"), M(S, "exact", "neutral", "Lantern Hill Sixth Form College")],
)

social(
    "X · Post",
    [
        ("Lantern Hill SU", "@lanternhillsu", "Mar 3", "Students walked out at 11am today to ask for transparency on the investigation. Peaceful, respectful, back in lessons by 11.20. #FreeQuennell ✊", "64 reposts · 390 likes"),
        ("Sam", "@samxbrown", "Mar 3", "proud of you lot", "12 likes"),
    ],
    m=[M(S, "alias", "neutral", "Lantern Hill"), M("tquennell", "hashtag", "neutral", "#FreeQuennell")],
)

news(
    "feb", "Lecturer back in the classroom after social media probe ends in written warning", "21 March 2025", "Bulletin staff",
    """A politics lecturer at a Leicester sixth-form college has returned to work after an investigation into his posts about a local by-election ended with a written warning.

Thaddeus Quennell was suspended by Lantern Hill College in February after a post urging voters to "think about who you're standing next to" was shared widely and he received threats online.

Joanne Marchbank, the college's vice principal, said the college had updated its staff social media guidance and was "offering practical support to colleagues targeted online, including help getting content removed".

The case has been cited by both unions and free-speech campaigners as an example of the pressure on further education staff during election periods. Guidance from the Association of Further Education Employers is expected in the summer.""",
    section="Colleges",
    m=[M("tquennell", "exact", "defamation", "Thaddeus Quennell"), M(S, "alias", "neutral", "Lantern Hill College"), M("jmarchbank", "exact", "neutral", "Joanne Marchbank")],
)

social(
    "petitions.example · Petition",
    [
        ("Concerned Saxby Fields Parents", "", "started 4 February 2025", "FireQuennellNow\n\nA teacher who publicly insults local voters should not be teaching our sixth formers. We call on the governors to dismiss him.\n\n612 supporters · Next goal: 1,000", "Sign this petition · Share"),
        ("Recent supporter", "", "2 days ago", "Signed. Disgraceful attitude for a public servant.", ""),
    ],
    m=[M("tquennell", "camelcase", "negative", "FireQuennellNow")],
)

social(
    "Facebook Reels · comments",
    [
        ("Lee Barratt", "", "3w", "someone should pay that Quennell a visit, remind him who pays his wages 👊", "Like · Reply · 14"),
        ("Kerry-Ann", "", "3w", "Lee you can't say that 😬", "Like · Reply · 2"),
        ("Lee Barratt", "", "3w", "just did 🤷", "Like · Reply"),
    ],
    m=[M("tquennell", "surname_only", "threat", "Quennell")],
)

social(
    "X · Quote posts",
    [
        ("Mark 🇬🇧🏴", "@markyb_leics", "Feb 14", "lmao Qu3nn3ll crying on local radio about 'free speech' after spending years teaching kids marxism. absolute melt 🤣", "31 likes"),
        ("Just Ali", "@justali", "Feb 14", "did you even listen to the interview", "8 likes"),
    ],
    m=[M("tquennell", "leetspeak", "abuse", "Qu3nn3ll")],
)

forum(
    "patriot", "Elections & fraud", "Teacher broke electoral law?",
    [
        ("TruthSeeker77", "6 Feb 2025 22:10", "Thaddeus Quenell committed an offence under electoral law when he told people how to vote from a public sector job. Fact. He's using taxpayer time to campaign. Why is nobody reporting him to the Electoral Commission??"),
        ("OldSoldier", "6 Feb 2025 22:31", "Reported him myself. Also heard he was pulling kids out of lessons to leaflet for the other lot. Corrupt as they come."),
        ("Hengist", "7 Feb 2025 06:02", "None of these people will ever face consequences."),
    ],
    m=[M("tquennell", "typo", "defamation", "Thaddeus Quenell")],
)

social(
    "Instagram · comments on @leics.uncovered post",
    [
        ("biker_dave_61", "", "6w", "Qu*nnell wants to be careful walking back to his car after work. just saying. plenty of people round Hollowgate who didnt like that tweet", "12 likes · Reply"),
        ("sophie.x.m", "", "6w", "this is literally a threat?? reported", "30 likes · Reply"),
    ],
    m=[M("tquennell", "obfuscated", "threat", "Qu*nnell")],
)


# =====================================================================
# Thread C: the results-day row over lost BTEC entries (August 2025)
# =====================================================================

news(
    "courier", "Students left in limbo after college 'never sent' BTEC entries", "Thursday, 14 August 2025", "Tom Greatorex, education reporter",
    """Dozens of students at a Leicester sixth-form college were left without grades on results day after their BTEC entries were never submitted to the exam board.

Parents at Lantern Hill Sixth Form College said at least 40 students on BTEC Sport, Applied Science and Business courses opened their results to find "no result", and some have already lost university places.

The college confirmed that its exams officer, Priya Patel, has been placed on leave while an investigation takes place.

Principal Dr Helen Ashby-Mistry apologised "unreservedly" and said the college was working with the exam board to get results issued "in days, not weeks".

Debbie Hames, whose son studied BTEC Sport, said: "Two years of work and he's been told to ring back on Monday. His university won't wait till Monday."

The exam board said it was "working urgently with the centre".""",
    comments=[
        ("Cathy_H", "1 hour ago", "How does a whole cohort just not get entered? Heads should roll, and not just the admin lady's."),
        ("Former_student_2019", "52 minutes ago", "The teaching staff there are amazing. Management not so much."),
    ],
    section="Education",
    m=[M(S, "exact", "negative", "Lantern Hill Sixth Form College"), M("ppatel", "exact", "defamation", "Priya Patel"), M("hashbymistry", "exact", "neutral", "Helen Ashby-Mistry")],
)

facebook(
    "Leicester Parents Chat 💬", "Public group · 21K members",
    "Debbie Hames", "14 August at 11:20",
    "Absolutely FUMING. My son has done two years of BTEC Sport at Lantern Hill and they've just told him his grades 'haven't come through'. His uni won't hold his place past Monday. Apparently the exams lady never sent the entries off. TWO YEARS!!! 😡😡",
    "😡😢 488    302 comments    41 shares",
    [
        ("Gemma Kilby", "2d", "Same here, my daughter's Applied Science. They kept saying in the meeting it was Priya Patel's mistake like that makes it any better"),
        ("Lloyd Hames", "2d", "Someone needs to have a proper word with that Priya Patel outside work. Not in the office. A proper word. You know what I mean"),
        ("Debbie Hames", "2d", "Lloyd don't 😂 but yeah"),
        ("Sunita Karia", "1d", "Please be careful what you write. She is one person doing the job of three and she'll be reading this."),
    ],
    m=[M(S, "alias", "negative", "Lantern Hill"), M("ppatel", "exact", "threat", "Priya Patel")],
)

social(
    "X · Post",
    [
        ("Aaron 🏋️", "@aaron_w_07", "Aug 14", "to the lantern hill exams officer who lost my whole BTEC. Patel's number is 07700 900318 if anyone wants to ask her where my grades went 🙃", "21 replies · 5 reposts · 60 likes"),
        ("Jas", "@jas.k", "Aug 14", "bro delete that, you'll get yourself in trouble", "33 likes"),
        ("Aaron 🏋️", "@aaron_w_07", "Aug 14", "let her feel how we feel", "12 likes"),
    ],
    m=[M("ppatel", "possessive", "doxxing", "Patel's"), M(S, "alias", "negative", "lantern hill")],
)

forum(
    "sixthchat", "Results day 2025", "BTEC Sport results missing - Lantern Hill, anyone else?",
    [
        ("btecballer", "14-08-2025 09:15", "Logged on at 8 and my BTEC Sport just says no result. Rang college and they said loads of us are affected. Mr Frost says its the exams office not the department and hes fuming as well. Anyone else at Lantern Hill??"),
        ("appliedsci_anna", "14-08-2025 09:31", "yes!!! applied science too. Miss Patel apparently didn't submit the registrations back in the autumn and nobody noticed?? how does NOBODY notice for 9 months"),
        ("btecballer", "14-08-2025 09:40", "my firm wants results by monday im actually going to cry"),
        ("Mod_Jen", "14-08-2025 10:02", "Really sorry you're dealing with this. Ring your university's admissions team today and explain - they deal with this more than you'd think. Pinned: results day advice thread."),
    ],
    m=[M(S, "alias", "negative", "Lantern Hill"), M("dfrost", "title_surname", "neutral", "Mr Frost"), M("ppatel", "title_surname", "negative", "Miss Patel")],
)

review(
    """Lantern Hill Sixth Form College
Sixth form college · Leicester
3.4 ★★★☆☆ (231 reviews)
Sort: Newest""",
    [
        ("Aaron Wells", "2 reviews", 1, "2 weeks ago", "Results day was a shambles. Lost my BTEC, lost my uni place, nobody picked up the phone for two days. Two years of my life.",
         ("2 weeks ago", "Aaron, I am truly sorry. I would like to speak to you and your family personally this week – please call 01632 960400 and ask for me. Joanne Marchbank, Vice Principal")),
        ("Hina Lakhani", "Local Guide · 12 reviews", 5, "3 weeks ago", "My A-level results were amazing and the teachers were so supportive all the way through. Feel awful for the BTEC lot though."),
    ],
    m=[M(S, "exact", "negative", "Lantern Hill Sixth Form College"), M("jmarchbank", "exact", "neutral", "Joanne Marchbank")],
)

news(
    "feb", "Exam board and college at odds over missing BTEC registrations", "22 August 2025", "Bulletin staff",
    """An exam board and a Leicester sixth-form college have given conflicting accounts of how 43 students ended up without BTEC results this summer.

Lantern Hill College says registrations were submitted through the board's portal last November and that a "technical failure" meant they were never confirmed. The board says it "has no record of any submission" from the centre before July.

An internal review led by vice principal Jo Marchbank will report to governors in September. "We are not going to pre-judge it, and we are not going to let one colleague carry the blame for a system," she said.

All but three of the affected students have now received their results. The college says it has written to every university involved.""",
    section="Exams",
    m=[M(S, "alias", "neutral", "Lantern Hill College"), M("jmarchbank", "alias", "neutral", "Jo Marchbank")],
)

social(
    "X · Post",
    [
        ("Gaz", "@gazza1974_", "Aug 15", "what do you expect when you hire a P*tel to run the exams at Lantern Hill, probably posted the grades back to Gujarat with the rest of the family 😂🇬🇧", "4 replies · 19 likes"),
        ("Nish", "@nishbakes", "Aug 15", "racist idiot. reported.", "41 likes"),
    ],
    m=[M("ppatel", "obfuscated", "hate", "P*tel"), M(S, "alias", "negative", "Lantern Hill")],
)

facebook(
    "Leicester FE & Sixth Form Staff Network", "Private group · 1.3K members",
    "Amrita Chauhan", "17 August at 21:02",
    "I've worked alongside Priya Patel for nine years at Lantern Hill and I have never seen anyone work harder. Whatever went wrong with the BTEC entries (and there is a review, let it finish), what she is getting online is vile. Someone posted her home street. Someone told her to \"go back to Gujarat\" – she was born in Leicester General. She has two kids. Please think before you share, and please report what you see.",
    "❤️👍 311    57 comments",
    [
        ("Neil Brammer", "3d", "Well said Amrita. Sending love to Priya."),
        ("Jackie Sowter", "3d", "The system failed, not one woman. We all know how exams offices are staffed."),
        ("Amrita Chauhan", "3d", "Thank you all. She's seen this and she's grateful x"),
    ],
    m=[M("ppatel", "exact", "neutral", "Priya Patel"), M(S, "alias", "neutral", "Lantern Hill")],
)

social(
    "X · Post",
    [
        ("lhc confessions", "@lhc_confessions", "Aug 16", "Priya P. (exams, Lantern Hill) lives on Marigold Avenue in Hollowgate, house with the blue door by the postbox. just saying 👀👀", "9 replies · 30 reposts"),
        ("anon", "@throwaway_le5", "Aug 16", "this account is getting mass reported lol", "18 likes"),
    ],
    m=[M("ppatel", "first_initial", "doxxing", "Priya P."), M(S, "alias", "neutral", "Lantern Hill")],
)

blog(
    "Three Boys and a Labrador", "threeboysleics.example", "What results day taught me about accountability", "30 August 2025", "Kirsty",
    """On 14 August my middle son opened his results and found a blank where his BTEC should have been. Lantern Hill Sixth Form College had never entered him.

The letter we had in a drawer, signed "P. Patel, Exams Officer" and dated last November, said every registration was complete. I don't blame the person who signed it. I have since learned that the exams office at that college is one woman and a part-time assistant for 1,800 students.

What I do blame is a college that let one person become a single point of failure, ignored warnings about it, and then, on the day, let parents believe it was her fault alone.

He got his grades on the 19th. His university held his place, just. Others were not so lucky.""",
    comments=[
        ("Sarah J", "30 August 2025 at 10:11 am", "Same happened to my niece. Thinking of you all x"),
        ("Kirsty", "30 August 2025 at 11:40 am", "Thanks Sarah. Hope she's sorted now."),
    ],
    m=[M(S, "exact", "negative", "Lantern Hill Sixth Form College"), M("ppatel", "initial_surname", "neutral", "P. Patel")],
)

social(
    "TikTok · @btec.baddie · \"POV: Lantern Hill lost your BTEC grades 💀 #resultsday\" · Comments (3,418)",
    [
        ("zainab", "", "2025-08-15", "someone should slap miss patel at enrolment next week fr", "♡ 88 · Reply"),
        ("tyler", "", "2025-08-15", "no because why is it always the admin women getting blamed and not management", "♡ 412 · Reply"),
        ("ruby", "", "2025-08-15", "sending hugs this is so unfair 🫶", "♡ 20 · Reply"),
    ],
    m=[M(S, "alias", "negative", "Lantern Hill"), M("ppatel", "title_surname", "threat", "miss patel")],
)

forum(
    "leicstalk", "Education", "Lantern Hill results fiasco - the real story?",
    [
        ("Hollowgate_Harry", "16/08/2025 21:04", "Not saying anything, but my cousin works in the finance office at Lantern Hill and says that Priya Pattel had been 'borrowing' from the exam fees budget for months. Funny how the entry fees never got paid and the entries never got made. Join the dots."),
        ("Beaumont_Bee", "16/08/2025 21:20", "That's a very serious accusation to make on a public forum, Harry."),
        ("Hollowgate_Harry", "16/08/2025 21:22", "Only repeating what I was told."),
        ("LeicsTalk_Admin", "17/08/2025 08:00", "Thread locked pending review."),
    ],
    m=[M("ppatel", "typo", "defamation", "Priya Pattel"), M(S, "alias", "negative", "Lantern Hill")],
)

review(
    """WorkViews › Lantern Hill Sixth Form College › Employee reviews
3.1 ★★★☆☆ · 58 reviews · 61% would recommend to a friend""",
    [
        ("Administrator (former employee)", "Leicester · August 2025", 2, "Aug 2025", "Pros: lovely students, good pension.\nCons: exams office massively under-resourced for years, repeatedly raised. When it went wrong in August VP Jo Marchbank threw one person under the bus to protect SLT. Blame-first management culture."),
        ("Lecturer (current employee)", "Leicester · June 2025", 4, "Jun 2025", "Pros: supportive faculty heads, decent CPD.\nCons: workload, and you will never find a parking space."),
    ],
    m=[M(S, "exact", "negative", "Lantern Hill Sixth Form College"), M("jmarchbank", "alias", "negative", "Jo Marchbank")],
)

social(
    "Instagram · comments on @leicester.live post \"College apologises for BTEC blunder\"",
    [
        ("deano_1985", "", "2w", "P4tel from the Lantern exams office is a useless waste of oxygen, should never be allowed near a computer again", "7 likes · Reply"),
        ("harpreet.k", "", "2w", "grow up", "15 likes · Reply"),
    ],
    m=[M("ppatel", "leetspeak", "abuse", "P4tel"), M(S, "short_name", "neutral", "Lantern")],
)

forum(
    "patriot", "Britain today", "Leicester college exams disaster",
    [
        ("AngloSaxonAnn", "15 Aug 2025 19:44", "The exams woman at Lantern Hill is called P a t e l. Of course she is. They've taken over every office in Leicester and this is what you get. Jobs for the cousins."),
        ("Hengist", "15 Aug 2025 20:01", "Leicester is a warning to the rest of the country."),
    ],
    m=[M("ppatel", "spacing", "hate", "P a t e l"), M(S, "alias", "neutral", "Lantern Hill")],
)

social(
    "Facebook · comments on Fosse 103 News post",
    [
        ("Shaun Petts", "", "1w", "\u0420\u0430tel at Lantern Hill 6th Form should be sacked today. Useless cow cost my lad his place", "Like · Reply · 3"),
        ("Kiran Mistry", "", "1w", "Calling her a cow isn't going to fix anything Shaun", "Like · Reply · 11"),
    ],
    m=[M("ppatel", "homoglyph", "abuse", "\u0420\u0430tel"), M(S, "alias", "neutral", "Lantern Hill 6th Form")],
)

social(
    "X · Search: #PriyaPatelOut",
    [
        ("Results Day Refugee", "@resultsrefugee", "Aug 18", "#PriyaPatelOut and take the whole of Lantern Hill SLT with you. 43 students. 43.", "12 reposts"),
        ("Mel", "@melsays", "Aug 18", "one admin worker is not the problem here", "30 likes"),
    ],
    m=[M("ppatel", "hashtag", "negative", "#PriyaPatelOut"), M(S, "alias", "negative", "Lantern Hill")],
)

news(
    "fosse", "Principal apologises to families after BTEC results blunder", "15 August 2025", "Fosse 103 newsroom",
    """The principal of a Leicester sixth-form college has apologised to families after dozens of students received no BTEC results yesterday.

Dr Helen Ashby-Mistry told Fosse 103: "I am sorry. Our students did everything we asked of them and we let them down at the last step. I will not hide behind a process."

She said the college had set up a helpline on 01632 960400 and that staff were contacting universities on students' behalf.

The college, Lantern Hill, has around 1,800 students aged 16 to 19.""",
    m=[M("hashbymistry", "exact", "neutral", "Helen Ashby-Mistry"), M(S, "alias", "neutral", "Lantern Hill")],
)


# =====================================================================
# Thread D: Diwali and Eid events, and Nadia Rahman
# =====================================================================

news(
    "courier", "Sixth-formers light up Saxby Fields for Diwali", "Sunday, 3 November 2024", "Hetal Parmar",
    """Hundreds of people joined students from Lantern Hill Sixth Form College for a Diwali mela on Saturday, just three weeks after the college community was shaken by a stabbing nearby.

Rangoli designs covered the front steps, paper lanterns were strung across the sports hall and families queued for an hour at the food stalls, all run by students.

The event was organised by the Student Union with the college's enrichment coordinator, Kieran Doyle. "It's the biggest thing we do all year and this year it mattered more than ever," said SU president Anjali Mistry, 18.

Dandiya dancing went on until the fireworks at 7.30pm. Money raised will go to a youth charity in Hollowgate.""",
    section="What's On",
    m=[M(S, "exact", "neutral", "Lantern Hill Sixth Form College"), M("kdoyle", "exact", "neutral", "Kieran Doyle")],
)

facebook(
    "Saxby Fields Community Noticeboard", "Public group · 9.1K members",
    "Lantern Hill Student Union", "28 October at 17:30",
    "🪔 DIWALI MELA 🪔 Saturday 2 November, 4–8pm, in the sports hall and front car park. Food stalls, dandiya, henna, rangoli competition, fireworks at 7.30. Free entry, everyone welcome – bring your nani!",
    "👍❤️😮 302    77 comments",
    [
        ("Trevor Plaistow", "5d", "More fuss about this than bonfire night now. This country's finished. Leicester isn't England anymore."),
        ("Asha Vaghela", "5d", "Trevor it's literally the same week as bonfire night and there ARE fireworks 😂 come along"),
        ("Sue Radley", "5d", "Went last year, the food is incredible 😍"),
        ("Trevor Plaistow", "5d", "I'll pass. Not my culture, not my country any more. Shame what they've done to the place."),
    ],
    m=[M(S, "alias", "hate", "Lantern Hill")],
)

social(
    "X · Post",
    [
        ("Lantern Hill 6th Form", "@LanternHill6th", "Mar 31", "Eid Mubarak from everyone at Lantern Hill 🌙✨ Thank you to our Islamic Society and Ms Rahman's Humanities team for a beautiful iftar last week – 400 students, staff and families breaking fast together.", "41 reposts · 512 likes"),
        ("Nigel", "@nige_england", "Mar 31", "Did you do one for Easter? Thought not. Londonistan comes to Leicester 🙄 no wonder the country's going down the pan", "22 likes"),
        ("Farah", "@farah.reads", "Mar 31", "They did an Easter egg hunt the week before actually Nigel", "80 likes"),
    ],
    m=[M(S, "alias", "hate", "Lantern Hill"), M("nrahman", "title_surname", "neutral", "Ms Rahman")],
)

blog(
    "Zara Writes", "zarawrites.example", "Organising our first college iftar (and what I learned)", "2 April 2025", "Zara",
    """When I pitched the idea to Kieran Doyle in the SU office in January I had a one-page plan and no money. He read it, put the kettle on and said "right, what do you need?"

Ms Rahman helped us find a caterer and persuaded the canteen to stay open late. The Sikh Society ran the drinks table, the Christian Union did the washing up and the football lads set out 40 tables in twelve minutes.

We thought 150 people might come. Four hundred did. At sunset the whole sports hall went quiet for the adhan and then there was the loudest cheer I've ever heard at Lantern Hill.

Things I learned: always order more dates. Always. And never underestimate what people will do if you just ask them.""",
    comments=[
        ("Mum", "2 April 2025 at 6:02 pm", "So proud of you beta ❤️"),
        ("Josh T", "2 April 2025 at 7:15 pm", "Best night of the year tbh. The biryani 😍"),
    ],
    m=[M("kdoyle", "exact", "neutral", "Kieran Doyle"), M("nrahman", "title_surname", "neutral", "Ms Rahman"), M(S, "alias", "neutral", "Lantern Hill")],
)

forum(
    "patriot", "Britain today", "Leicester college now a madrassa with A-levels",
    [
        ("Hengist", "2 Apr 2025 21:40", "Lantern Hill College in Leicester. Iftars, prayer rooms, Eid assemblies. Their head of humanities N. Rahman pushes her religion on the white kids every chance she gets. British values my backside."),
        ("AngloSaxonAnn", "2 Apr 2025 21:52", "They're not even hiding it any more. Give it ten years."),
        ("OldSoldier", "2 Apr 2025 22:10", "Remigration. It's the only answer left."),
    ],
    m=[M(S, "alias", "hate", "Lantern Hill College"), M("nrahman", "initial_surname", "hate", "N. Rahman")],
)

social(
    "X · Post",
    [
        ("Patriot Pete", "@patriotpete_uk", "Apr 3", "#RahmanOut no hijabis teaching British values to our kids at a Leicester college. They've got their own countries 🇬🇧🇬🇧", "19 reposts · 66 likes"),
        ("Dr Imran", "@imranteaches", "Apr 3", "She was born in Leicester, you absolute weapon", "140 likes"),
    ],
    m=[M("nrahman", "hashtag", "hate", "#RahmanOut")],
)

facebook(
    "Saxby Fields Community Noticeboard", "Public group · 9.1K members",
    "Mandeep Gill", "3 November at 09:14",
    "Huge thanks to Dan Frost and the BTEC Public Services students for marshalling the Diwali walk from the college to the mandir last night. Two thousand people, kids everywhere, and not a single problem. Credit to Lantern 🙏",
    "👍❤️ 190    14 comments",
    [
        ("Paula Reid", "2d", "They were brilliant, so polite"),
        ("Mandeep Gill", "2d", "And they picked all the litter up after!"),
    ],
    m=[M("dfrost", "nickname", "neutral", "Dan Frost"), M(S, "short_name", "neutral", "Lantern")],
)

news(
    "fosse", "Eid al-Fitr celebrated across Leicester", "31 March 2025", "Fosse 103 newsroom",
    """Thousands of people have been marking Eid al-Fitr across Leicester today, with prayers in parks and community centres.

In Saxby Fields, Lantern Hill Sixth Form College held an iftar for 400 students, staff and families last week. Head of Humanities Nadia Rahman said: "It was organised entirely by students of every faith and none. That's Leicester at its best."

Traffic restrictions are in place around Spinney Park until 6pm.""",
    m=[M(S, "exact", "neutral", "Lantern Hill Sixth Form College"), M("nrahman", "exact", "neutral", "Nadia Rahman")],
)

social(
    "X · Post",
    [
        ("saf 🌷", "@safxx_", "Jan 22", "nadia rahman from lantern hill is actually so pretty i can't focus in humanities 😭😭 she can mark my essays any day 🥵", "3 replies · 14 likes"),
        ("Leah", "@leahmaybe", "Jan 22", "SAFIYA 💀 she's a teacher", "9 likes"),
    ],
    m=[M("nrahman", "exact", "sexual", "nadia rahman"), M(S, "alias", "neutral", "lantern hill")],
)

facebook(
    "Lantern Hill Parents (unofficial)", "Private group · 2.2K members",
    "Lesley Armitage", "9 January at 20:15",
    "Is it just me or does Ms Rahman never reply to emails? Third one this term about my daughter's coursework extension and nothing. Not even an automatic reply. Not good enough for a head of faculty.",
    "👍 44    19 comments",
    [
        ("Hussain Dawood", "1w", "She's usually quick with us, maybe check it's not going to the wrong address?"),
        ("Lesley Armitage", "1w", "I've used the one on the website 🙄"),
    ],
    m=[M("nrahman", "title_surname", "negative", "Ms Rahman"), M(S, "alias", "neutral", "Lantern Hill")],
)

social(
    "Snapchat story (screenshot, transcribed)",
    [
        ("tyrese", "", "Jan 2025", "N R4hman from humanities at Lantern blocked my mum on email lol. her mob is 07700 900552 so let's see her block everyone 😂😂 spam it", ""),
    ],
    m=[M("nrahman", "leetspeak", "doxxing", "N R4hman"), M(S, "short_name", "neutral", "Lantern")],
)

forum(
    "sixthchat", "Leicestershire colleges", "Worst teacher you've had?",
    [
        ("emo_revival", "02-02-2025 22:10", "Nadia Rehman, humanities at Lantern Hill. rudest woman alive, absolute witch. told me my essay read like a tiktok caption"),
        ("bio_bex", "02-02-2025 22:31", "to be fair that's kind of iconic feedback"),
        ("emo_revival", "02-02-2025 22:33", "not when it's true 😭"),
    ],
    m=[M("nrahman", "typo", "abuse", "Nadia Rehman"), M(S, "alias", "neutral", "Lantern Hill")],
)

forum(
    "leicstalk", "Education", "Lantern Hill coursework marking - is this allowed?",
    [
        ("saxby_sam", "12/05/2025 19:20", "Everyone in my year knows Rahman's been marking her own nephew's coursework at Lantern Hill and bumping his grades up. How is that allowed? Surely the exam board would go mad if they knew."),
        ("Quorn_Dad", "12/05/2025 19:48", "Have you got any evidence or is this playground gossip?"),
        ("saxby_sam", "12/05/2025 19:52", "ask anyone in humanities"),
    ],
    m=[M("nrahman", "possessive", "defamation", "Rahman's"), M(S, "alias", "neutral", "Lantern Hill")],
)


# =====================================================================
# Thread E: Robert Castell, student services and safeguarding
# =====================================================================

review(
    """Lantern Hill Sixth Form College
Sixth form college · Hollowgate Road, Leicester
3.7 ★★★★☆ (198 reviews)
Sort: Most relevant""",
    [
        ("Lorna Pickering", "Local Guide · 88 reviews", 5, "5 months ago", "Bob Castell is the reason my daughter stayed in education. Student services are kind, quick and never judgemental. Can't thank them enough."),
        ("Mo Rafiq", "4 reviews", 3, "6 months ago", "Decent college, parking is a nightmare at drop off."),
    ],
    m=[M("rcastell", "nickname", "neutral", "Bob Castell"), M(S, "exact", "neutral", "Lantern Hill Sixth Form College")],
)

forum(
    "leicstalk", "Education", "Lantern Hill safeguarding - anyone else had concerns?",
    [
        ("Quorn_Dad", "03/03/2025 20:41", "Not saying anything, but Castell turns up to morning briefing smelling like a brewery. My wife works just down the road from Lantern Hill and she's seen him in the Co-op buying cans at 8am. No wonder safeguarding there is a joke."),
        ("Beaumont_Bee", "03/03/2025 21:05", "Did you actually raise your concern with the college or are we just doing this in public?"),
        ("Quorn_Dad", "03/03/2025 21:09", "Raised it twice. Nothing."),
    ],
    m=[M("rcastell", "surname_only", "defamation", "Castell"), M(S, "alias", "negative", "Lantern Hill")],
)

social(
    "X · Post",
    [
        ("maya 🫧", "@mayaaa.xo", "Nov 12", "best thing about LHC is mr castell in that brown cardigan 😩😩 id let him safeguard me fr", "2 replies · 19 likes"),
        ("grace", "@gracieeee", "Nov 12", "MAYA HE'S LIKE 50", "6 likes"),
    ],
    m=[M("rcastell", "title_surname", "sexual", "mr castell"), M(S, "alias", "neutral", "LHC")],
)

facebook(
    "Knighton Brook Community Group", "Public group · 3.9K members",
    "Gary Tomlin", "21 November at 22:40",
    "Since Rob Castell from student services at Lantern Hill won't answer a single email about how he handled my son's case, maybe he'll answer letters. He lives at 7 Thornbury Rise, Knighton Brook LE2 8FN. Feel free to drop him a line, neighbours.",
    "😮 23    31 comments",
    [
        ("Admin – Pauline", "1d", "Gary I've turned off commenting on this and I'm going to remove it in the morning. You can't post people's addresses on here."),
        ("Gary Tomlin", "1d", "Its public info Pauline"),
    ],
    m=[M("rcastell", "nickname", "doxxing", "Rob Castell"), M(S, "alias", "neutral", "Lantern Hill")],
)

news(
    "courier", "College praised for 'exceptional' care for students after inspection", "Tuesday, 25 March 2025", "Tom Greatorex, education reporter",
    """Lantern Hill Sixth Form College has been rated Good overall by inspectors, with personal development judged Outstanding.

The report, published today, says students "feel safe and know exactly who to go to", and praises the student services team led by Robert Castell for its response to "a serious incident in the local community last autumn".

Inspectors said the college should improve the consistency of feedback on some vocational courses.

Principal Dr Helen Ashby-Mistry said: "This is our students' report as much as ours.\"""",
    section="Education",
    m=[M(S, "exact", "neutral", "Lantern Hill Sixth Form College"), M("rcastell", "exact", "neutral", "Robert Castell"), M("hashbymistry", "exact", "neutral", "Helen Ashby-Mistry")],
)

social(
    "Instagram · comments (account since removed)",
    [
        ("lhc.tea.spill", "", "4w", "r0b c4stell = nonce. ask the year 12 girls why they keep getting called into his office on their own. lantern hill knows and does nothing 🤐", "Reply"),
        ("user8812", "", "4w", "you can't just say that about someone", "Reply"),
    ],
    m=[M("rcastell", "leetspeak", "sexual", "r0b c4stell", True), M(S, "alias", "sexual", "lantern hill", True)],
)

social(
    "X · Post",
    [
        ("jay", "@jayyy_2k7", "Sep 30", "C\u0430stell is a spineless jobsworth, put my mate on a behaviour contract for vaping by the bike sheds at Lantern lmao get a life", "8 likes"),
    ],
    m=[M("rcastell", "homoglyph", "abuse", "C\u0430stell"), M(S, "short_name", "neutral", "Lantern")],
)

social(
    "TikTok · @lhc.life · \"things they don't tell you at LHC enrolment\" · Comments (212)",
    [
        ("mia", "", "2025-01-14", "if C a s t e l l calls you in about 'attendance concerns' just say nothing lol he's a snake", "♡ 56 · Reply"),
        ("dev", "", "2025-01-14", "nah he helped me loads when my nan died", "♡ 70 · Reply"),
    ],
    m=[M("rcastell", "spacing", "abuse", "C a s t e l l"), M(S, "alias", "neutral", "LHC")],
)

review(
    """ParentVoice › Colleges › Leicester › Lantern Hill Sixth Form College
Parent reviews · 4.0 average · 37 reviews""",
    [
        ("Parent of a Year 12 student", "", 2, "January 2025", "I made a formal complaint about bullying in October. The designated safeguarding lead, Robert Castel, acknowledged it and then nothing happened for eleven weeks. Chasing emails went unanswered. Very disappointed."),
        ("Parent of a Year 13 student", "", 5, "December 2024", "Excellent teaching in maths and psychology."),
    ],
    m=[M("rcastell", "typo", "negative", "Robert Castel"), M(S, "exact", "negative", "Lantern Hill Sixth Form College")],
)

social(
    "Threads · Post",
    [
        ("hollie 🌻", "@hollie.writes", "Jun 4", "Robert C. at Lantern Hill student services got me through my mum's death and two years of A-levels. Finished today. Legend, and I hope he knows it 💛", "2 replies · 88 likes"),
    ],
    m=[M("rcastell", "first_initial", "neutral", "Robert C."), M(S, "alias", "neutral", "Lantern Hill")],
)

forum(
    "parentnet", "Secondary & sixth form", "Letter from college about attendance - how worried should I be?",
    [
        ("TwoTeensNoSleep", "Wed 05-Feb-25 19:02", "Got a letter home today from Lantern Hill about DD's attendance (87%). It's signed R. Castell, Designated Safeguarding Lead, which has freaked me out a bit - is that normal for attendance or does it mean something else is going on?"),
        ("GinAndTonicWater", "Wed 05-Feb-25 19:18", "Totally normal, the DSL signs all the attendance letters at lots of colleges because attendance is a safeguarding thing now. Don't panic."),
        ("TwoTeensNoSleep", "Wed 05-Feb-25 19:25", "Phew. Thank you!"),
    ],
    m=[M("rcastell", "initial_surname", "neutral", "R. Castell"), M(S, "alias", "neutral", "Lantern Hill")],
)


# =====================================================================
# Thread F: Daniel Frost, sport and public services
# =====================================================================

facebook(
    "Lantern Hill Parents (unofficial)", "Private group · 2.2K members",
    "Karen Stubbs", "6 May at 21:33",
    "Not being funny but we all paid £1,150 for the Barcelona football tour that got 'cancelled' and we're STILL waiting for refunds. Funny how the tour money went missing the same term Mr Frost turned up in a brand new Audi Q5 🤔🤔 Just saying.",
    "😮😡 71    64 comments",
    [
        ("Leon Beckford", "2d", "He's been there 12 years driving a battered Corsa. I'm only saying what everyone's thinking."),
        ("Amy Dent", "2d", "The refunds are coming from the travel company, they went bust. It was in the email. Nobody 'took' anything."),
        ("Karen Stubbs", "2d", "I'll believe it when I see it in my account Amy"),
    ],
    m=[M("dfrost", "title_surname", "defamation", "Mr Frost"), M(S, "alias", "neutral", "Lantern Hill")],
)

social(
    "X · Post",
    [
        ("tash 💅", "@tashhh_06", "Oct 3", "Daniel F. from the sport department at LHC is actually SO fine 🥵 i'd do extra PE for him fr", "4 replies · 33 likes"),
        ("niamh", "@niamhhh", "Oct 3", "tash he's got kids 😭", "12 likes"),
    ],
    m=[M("dfrost", "first_initial", "sexual", "Daniel F."), M(S, "alias", "neutral", "LHC")],
)

review(
    """Lantern Hill Sixth Form College
Sixth form college · Hollowgate Road, Leicester
3.6 ★★★★☆ (219 reviews)
Sort: Highest rating""",
    [
        ("Gurdeep Bains", "7 reviews", 5, "3 months ago", "My son is in the sports academy and Danny Frost has been brilliant. Calls home when he's doing well, not just when there's a problem. Made my lad believe he can go to uni."),
        ("K Holt", "1 review", 4, "4 months ago", "Good college, friendly reception staff."),
    ],
    m=[M("dfrost", "nickname", "neutral", "Danny Frost"), M(S, "exact", "neutral", "Lantern Hill Sixth Form College")],
)

forum(
    "sixthchat", "BTECs and vocational", "BTEC Sport at Lantern Hill - honest opinions",
    [
        ("gym_rat_lei", "21-09-2024 16:44", "Fr0st is a roided-up meathead who screams at 16 year olds for being 2 minutes late. BTEC sport at Lantern Hill is a joke if you actually want to learn anything."),
        ("footy_faye", "21-09-2024 17:10", "disagree, the course is good if you turn up. he's strict not a meathead"),
        ("gym_rat_lei", "21-09-2024 17:12", "ok faye 🙄"),
    ],
    m=[M("dfrost", "leetspeak", "abuse", "Fr0st"), M(S, "alias", "negative", "Lantern Hill")],
)

social(
    "Instagram · comments on @saxbyfields5aside post",
    [
        ("reece_w10", "", "2d", "mr frost better not show his face at the saturday 5 a side or he's leaving on a stretcher. benched me all season at Lantern for nothing 😤", "4 likes · Reply"),
        ("saxbyfields5aside", "", "2d", "Keep it friendly lads or don't come.", "12 likes · Reply"),
    ],
    m=[M("dfrost", "title_surname", "threat", "mr frost"), M(S, "short_name", "negative", "Lantern")],
)

news(
    "wire", "Lantern Hill students crowned national BTEC sport champions", "14 May 2025", "Wire sport",
    """A team of BTEC Sport students from Leicester has won a national college sports leadership competition.

The six students from Lantern Hill Sixth Form planned and ran a disability-inclusive sports festival for 200 primary school children as their final project.

Head of sport Daniel Frost said: "They did every bit of it themselves, from risk assessments to coaching. I just drove the minibus."

The team will receive their award at a ceremony in Birmingham next month.""",
    section="Sport",
    m=[M("dfrost", "exact", "neutral", "Daniel Frost"), M(S, "alias", "neutral", "Lantern Hill Sixth Form")],
)

social(
    "X · Post",
    [
        ("Anonymous Parent", "@anon_parent_le", "Nov 20", "Fr\u043est the PE teacher at Lantern Hill is a bully with a whistle. Shouts, swears, humiliates kids in front of their mates. Disgusting man.", "6 replies"),
    ],
    m=[M("dfrost", "homoglyph", "abuse", "Fr\u043est"), M(S, "alias", "neutral", "Lantern Hill")],
)

forum(
    "staffroom", "FE colleges", "Things SLT quietly ignore",
    [
        ("anon_lecturer_12", "Posted 9 Jan 2025", "At my place (sixth form college, Leicester) Frost, the head of sport, was done for drink driving last year and they kept him on. Ask anyone in the staffroom. Meanwhile a colleague got a written warning for being late twice."),
        ("NotAnotherInset", "Posted 9 Jan 2025", "If that's true it's a DBS matter surely?"),
        ("anon_lecturer_12", "Posted 9 Jan 2025", "You'd think."),
    ],
    m=[M("dfrost", "surname_only", "defamation", "Frost")],
)

social(
    "X · Post",
    [
        ("Concerned Mum of 3", "@mumof3_leics", "Jun 2", "My son was dropped from the squad for having a dentist appointment. #SackDanielFrost – head of sport at Lantern Hill College treats teenagers like army recruits", "3 replies · 9 likes"),
    ],
    m=[M("dfrost", "hashtag", "negative", "#SackDanielFrost"), M(S, "alias", "neutral", "Lantern Hill College")],
)

forum(
    "leicstalk", "Off topic", "Things you hear at the school gates",
    [
        ("anon4762", "10/10/2024 23:11", "F.R.O.S.T. at Lantern Hill hangs round outside the girls' changing rooms during netball, ask anyone in year 12. Why is he even in that corridor?"),
        ("LeicsTalk_Admin", "11/10/2024 07:40", "Post hidden pending review. Allegations about named individuals must be reported to the police or the college, not posted here."),
    ],
    m=[M("dfrost", "spacing", "sexual", "F.R.O.S.T.", True), M(S, "alias", "sexual", "Lantern Hill", True)],
)

social(
    "Snapchat story (screenshot, transcribed)",
    [
        ("deano", "", "Mar 2025", "I know which Audi is Fr*st's in the staff car park at Lantern 👀 would be a shame if something happened to it. or him", ""),
    ],
    m=[M("dfrost", "obfuscated", "threat", "Fr*st"), M(S, "short_name", "neutral", "Lantern")],
)

social(
    "X · Post",
    [
        ("LHC Sport Alumni", "@lhcsportalumni", "Jun 3", "Enough is enough. DanFrostMustGo. Six players have left the academy this year. Lantern Hill governors need to listen.", "14 reposts"),
    ],
    m=[M("dfrost", "camelcase", "negative", "DanFrostMustGo"), M(S, "alias", "negative", "Lantern Hill")],
)

facebook(
    "Saxby Fields Juniors FC", "Public group · 640 members",
    "Saxby Fields Juniors FC", "12 April at 18:05",
    "Massive thank you to Danial Frost from Lantern Hill and his BTEC students who ran our U9s coaching session today. The kids haven't stopped talking about it ⚽🙌",
    "👍❤️ 58    6 comments",
    [
        ("Clare Fenwick", "1d", "My two loved it!"),
    ],
    m=[M("dfrost", "typo", "neutral", "Danial Frost"), M(S, "alias", "neutral", "Lantern Hill")],
)


# =====================================================================
# Thread G: Siobhán O'Riordan, science
# =====================================================================

news(
    "particle", "Leicester sixth-formers get a close look at the LHC", "7 March 2025", "Particle Weekly staff",
    """Forty physics and chemistry students from Lantern Hill Sixth Form College spent three days at CERN in Geneva last week, including a rare visit underground to one of the Large Hadron Collider's detector caverns.

The LHC is normally closed to visitors while it runs, but the trip coincided with a technical stop.

"Half of them came back wanting to be engineers and the other half wanting to be theorists, which is exactly right," said Siobhán O'Riordan, head of science at the college, who organised the trip.

CERN offers free guided visits for school and college groups booked in advance.""",
    section="Careers",
    m=[M(S, "exact", "neutral", "Lantern Hill Sixth Form College"), M("soriordan", "exact", "neutral", "Siobhán O'Riordan")],
)

forum(
    "sixthchat", "Leicestershire colleges", "Science at Lantern Hill is falling apart",
    [
        ("chem_is_try", "18-01-2025 20:02", "Is it just us? Three chemistry teachers have left since September, we've had supply since Christmas and half our practicals haven't been done. Under O'Riordan the science faculty has basically given up. Anyone else at Lantern Hill?"),
        ("physics_phil", "18-01-2025 20:30", "physics is fine tbh but chem is a mess yeah"),
        ("chem_is_try", "18-01-2025 20:32", "we've complained twice"),
    ],
    m=[M("soriordan", "surname_only", "negative", "O'Riordan"), M(S, "alias", "negative", "Lantern Hill")],
)

social(
    "X · Post",
    [
        ("Billy", "@billyboy_lfc", "Mar 10", "typical paddy, Siobhan O'Riordan couldn't organise a piss up in a brewery. lantern hill should send her back to Dublin on the next ferry 🍺☘️🤡", "2 replies · 5 likes"),
        ("Aoife", "@aoifebakes", "Mar 10", "anti-Irish abuse in 2025, grand so. Reported.", "40 likes"),
    ],
    m=[M("soriordan", "alias", "hate", "Siobhan O'Riordan"), M(S, "alias", "neutral", "lantern hill")],
)

review(
    """TutorScore › Colleges › Leicester › Lantern Hill Sixth Form College › Staff ratings › Science
Anonymous student reviews. Reviews are not checked by TutorScore.""",
    [
        ("Anonymous student", "Year 13 · Chemistry", 5, "June 2025", "Ms O'Riordan is the reason I'm doing chemistry at uni. Strict but fair and she actually explains things properly."),
        ("Anonymous student", "Year 12 · Biology", 3, "May 2025", "Biology is fine. Too many past papers."),
    ],
    m=[M("soriordan", "title_surname", "neutral", "Ms O'Riordan"), M(S, "exact", "neutral", "Lantern Hill Sixth Form College")],
)

facebook(
    "Leicester Parents Chat 💬", "Public group · 21K members",
    "Rachel Onions", "15 November at 20:55",
    "Went to the Lantern Hill open evening tonight with my son. The science talk by Siobhán O’Riordan was the best 20 minutes of any open evening we've done – he's now set on physics. Just wanted to say it somewhere!",
    "👍❤️ 77    9 comments",
    [
        ("Deepa Joshi", "1w", "She taught my eldest, fantastic teacher"),
        ("Rachel Onions", "1w", "That's lovely to hear 😊"),
    ],
    m=[M("soriordan", "exact", "neutral", "Siobhán O’Riordan"), M(S, "alias", "neutral", "Lantern Hill")],
)

social(
    "X · Post",
    [
        ("kirsty 🧪", "@kirst_lei", "Feb 27", "\u041e'Riordan is a stuck up cow who thinks she's better than everyone in the science block at LHC. moved me out of triple chem for 'attitude' lol", "3 likes"),
    ],
    m=[M("soriordan", "homoglyph", "abuse", "\u041e'Riordan"), M(S, "alias", "neutral", "LHC")],
)

social(
    "TikTok · @lhc.life · \"rating my teachers as a year 12\" · Comments (1,090)",
    [
        ("nxthan", "", "2024-12-02", "the way ms o'riordan says 'titration' 🥵🥵 science at lantern hill is elite", "♡ 201 · Reply"),
        ("lhc.life", "", "2024-12-02", "NATHAN 💀", "♡ 90 · Reply"),
    ],
    m=[M("soriordan", "title_surname", "sexual", "ms o'riordan"), M(S, "alias", "neutral", "lantern hill")],
)

forum(
    "parentnet", "Secondary & sixth form", "Head of science won't respond - escalate?",
    [
        ("PhysicsMumLE2", "Tue 14-Jan-25 21:14", "Lantern Hill head of science ignores everything sent to the college address. Found Siobhan O'Riordan's personal email on an old conference list - siobhan.oriordan77@mailbox.example - and I'm going to email her there instead. And her home phone if that doesn't work. Any reason not to?"),
        ("GinAndTonicWater", "Tue 14-Jan-25 21:30", "Yes, lots of reasons. Please don't, and please delete that address from this post. Go to the vice principal."),
        ("PhysicsMumLE2", "Tue 14-Jan-25 21:41", "Fine, point taken."),
    ],
    m=[M("soriordan", "alias", "doxxing", "Siobhan O'Riordan"), M(S, "alias", "neutral", "Lantern Hill")],
)

social(
    "Facebook · comments on Lantern Hill Sixth Form College post \"Science week 2025\"",
    [
        ("Tony Sheard", "", "5d", "Shame Siobhan O'Riorden can't get her department to mark work on time. My daughter's waited 6 weeks for feedback.", "Like · Reply · 2"),
        ("Lantern Hill Sixth Form College", "", "5d", "Hi Tony, please message us and we'll look into it today.", "Like · Reply"),
    ],
    m=[M("soriordan", "typo", "negative", "Siobhan O'Riorden"), M(S, "exact", "neutral", "Lantern Hill Sixth Form College")],
)

forum(
    "staffroom", "FE colleges", "Practical endorsement sign-offs - is this normal?",
    [
        ("lab_tech_lei", "Posted 20 Jun 2025", "At Lantern Hill it's an open secret that O'Riordan's been signing off practical endorsements for students who never did the practicals so the pass stats look good. I've seen the folders. Nobody will say anything because she's SLT's favourite."),
        ("RedPenRita", "Posted 20 Jun 2025", "That's malpractice. Report it to the board directly if you've seen it."),
    ],
    m=[M("soriordan", "possessive", "defamation", "O'Riordan's"), M(S, "alias", "defamation", "Lantern Hill")],
)

forum(
    "parentnet", "Secondary & sixth form", "Trip letter - CERN deposit",
    [
        ("BakingBadly", "Mon 02-Dec-24 18:30", "Letter from Lantern Hill today about the CERN trip, signed S. O'Riordan, Head of Science. £150 deposit by Friday and passports checked. Anyone know if the bursary covers it?"),
        ("TwoTeensNoSleep", "Mon 02-Dec-24 18:52", "Yes, ask student services – it covered ours last year."),
    ],
    m=[M("soriordan", "initial_surname", "neutral", "S. O'Riordan"), M(S, "alias", "neutral", "Lantern Hill")],
)


# =====================================================================
# Thread H: Kieran Doyle and the Student Union
# =====================================================================

news(
    "courier", "Record turnout as sixth-formers elect new student union team", "Friday, 27 September 2024", "Hetal Parmar",
    """More than 1,100 students voted in this year's Student Union elections at Lantern Hill Sixth Form College – a turnout of over 60 per cent, higher than the last city council elections in some wards.

Anjali Mistry, 17, was elected president on a platform of cheaper bus passes, a prayer and quiet room open to all faiths, and free sanitary products.

Kieran Doyle, who coordinates enrichment and the SU at the college, said: "They campaigned harder than most politicians I've met. Now the hard bit starts.\"""",
    section="Education",
    m=[M(S, "exact", "neutral", "Lantern Hill Sixth Form College"), M("kdoyle", "exact", "neutral", "Kieran Doyle")],
)

forum(
    "sixthchat", "Leicestershire colleges", "Lantern Hill SU is a clique",
    [
        ("quiet_kid_y12", "08-11-2024 17:20", "Lantern Hill SU is the same 10 people every year and Doyle is a complete wet wipe who lets them do whatever they want. Nobody outside the clique gets a say on anything."),
        ("sociology_sophie", "08-11-2024 17:44", "you could... run for it? elections were in september lol"),
        ("quiet_kid_y12", "08-11-2024 17:50", "not all of us are extroverts sophie"),
    ],
    m=[M("kdoyle", "surname_only", "abuse", "Doyle"), M(S, "alias", "negative", "Lantern Hill")],
)

social(
    "X · Post",
    [
        ("ollie", "@ollie_m_07", "Jan 16", "@kierandoyle_SU sort the vending machines out mate, third week they've eaten my pound. and the common room heating. do something", "1 reply · 4 likes"),
    ],
    m=[M("kdoyle", "handle", "negative", "@kierandoyle_SU")],
)

social(
    "Instagram · comments on @lanternhillsu post \"PROM 2025 🪩\"",
    [
        ("keira.b", "", "3d", "Kieran D. from the SU at Lantern Hill is a legend, got us a free prom bus AND a later finish 🥹", "22 likes · Reply"),
        ("lanternhillsu", "", "3d", "we'll pass it on 💙", "5 likes · Reply"),
    ],
    m=[M("kdoyle", "first_initial", "neutral", "Kieran D."), M(S, "alias", "neutral", "Lantern Hill")],
)

facebook(
    "Lantern Hill Parents (unofficial)", "Private group · 2.2K members",
    "Wendy Ashworth", "12 October at 20:10",
    "Went to Doyle's enrichment fair with my daughter tonight and it was dead. Four stalls, two of them not staffed. They sell the enrichment programme as a big reason to pick the college. Not impressed.",
    "👍 18    11 comments",
    [
        ("Marcus Lyle", "4d", "The sports stalls were out on the field, maybe you missed them?"),
        ("Wendy Ashworth", "4d", "Possibly. Still poor."),
    ],
    m=[M("kdoyle", "possessive", "negative", "Doyle's"), M(S, "alias", "neutral", "Lantern Hill")],
)

social(
    "Snapchat group chat \"y13 leavers 🎓\" (screenshot, transcribed)",
    [
        ("Callum", "", "20:41", "if doyle cancels the leavers party again we're egging his car, idc. he's been warned", ""),
        ("Priyanka", "", "20:42", "callum 😭 he didn't cancel it the venue did", ""),
        ("Callum", "", "20:42", "same difference. lantern hill SU is a joke", ""),
    ],
    m=[M("kdoyle", "surname_only", "threat", "doyle"), M(S, "alias", "negative", "lantern hill")],
)

forum(
    "leicstalk", "Off topic", "College staff adding students on Snapchat?",
    [
        ("anxious_aunt", "18/02/2025 22:01", "My niece says Mr Doyle from the SU at Lantern Hill adds year 12s on snapchat and messages them late at night, ask around. Is that even allowed? She's 16."),
        ("Beaumont_Bee", "18/02/2025 22:15", "If you genuinely think a child is at risk, ring the college's safeguarding lead or the police tonight. Not a forum."),
    ],
    m=[M("kdoyle", "title_surname", "sexual", "Mr Doyle", True), M(S, "alias", "sexual", "Lantern Hill", True)],
)

social(
    "Threads · Post",
    [
        ("prom_refund_now", "@prom_refund_now", "Jul 1", "Where did the prom ticket money go? £45 x 300 students and the venue was half the size. K. Doyle runs the SU account at Lantern. Someone's pocketed the difference and we all know who.", "12 replies"),
    ],
    m=[M("kdoyle", "initial_surname", "defamation", "K. Doyle"), M(S, "short_name", "defamation", "Lantern")],
)


# =====================================================================
# Thread I: Marek Wiśniewski, computing
# =====================================================================

facebook(
    "Hollowgate & Saxby Fields Residents (Official)", "Private group · 6.4K members",
    "Derek Gaunt", "3 March at 18:22",
    "My grandson says his computing teacher at Lantern Hill is a Marek Wisniewski. Nothing against him personally but he should get back on the coach to Krakow and let a British teacher have the job. Enough of our kids are being taught by people who can't even speak the language properly.",
    "😡😮 26    48 comments",
    [
        ("Kasia Nowak", "1w", "My husband is Polish and has been here 20 years. He speaks better English than you Derek."),
        ("Derek Gaunt", "1w", "Not being racist just saying what people think"),
        ("Paula Reid", "1w", "Reported to admins."),
    ],
    m=[M("mwisniewski", "alias", "hate", "Marek Wisniewski"), M(S, "alias", "neutral", "Lantern Hill")],
)

review(
    """TutorScore › Colleges › Leicester › Lantern Hill Sixth Form College › Staff ratings › Computing
Anonymous student reviews. Reviews are not checked by TutorScore.""",
    [
        ("Anonymous student", "Year 13 · Computer Science", 5, "May 2025", "Mr Wiśniewski's Python club is the best thing in the whole college. He stays till 5 every Thursday. Got me a software apprenticeship."),
        ("Anonymous student", "Year 12 · Computer Science", 4, "April 2025", "Good course, the labs are old though."),
    ],
    m=[M("mwisniewski", "title_surname", "neutral", "Mr Wiśniewski"), M(S, "exact", "neutral", "Lantern Hill Sixth Form College")],
)

social(
    "X · Post",
    [
        ("kyle", "@kyleee_le5", "Nov 8", "Marek W. who teaches computing at Lantern lives in the flat above the Polish deli on Hollowgate Road, flat 2. buzzer doesn't work so just knock 😂 gave me a U on my NEA so it's only fair", "2 replies"),
    ],
    m=[M("mwisniewski", "first_initial", "doxxing", "Marek W."), M(S, "short_name", "neutral", "Lantern")],
)

forum(
    "sixthchat", "Computer Science", "Lecturer selling answers on Discord??",
    [
        ("byte_me", "25-04-2025 23:02", "Heard the computing lecturer at Lantern Hill, Wiśniewski, was caught selling NEA answers on Discord to students at other colleges. Apparently it's why he's been off for two weeks. Anyone know more?"),
        ("recursion_rachel", "25-04-2025 23:20", "he's off because he had an operation, he told us before he went. stop spreading stuff"),
    ],
    m=[M("mwisniewski", "surname_only", "defamation", "Wiśniewski"), M(S, "alias", "neutral", "Lantern Hill")],
)

news(
    "wire", "Leicester students beat 200 teams in national cyber security challenge", "2 July 2025", "Wire reporter",
    """A team of four computer science students from Lantern Hill Sixth Form College has won a national capture-the-flag cyber security competition, beating more than 200 school and college teams.

The students, all in their first year of A-levels, trained at a weekly after-college club run by lecturer Marek Wiśniewski.

"They solved a cryptography puzzle in the final hour that I couldn't have solved," he said.""",
    section="Latest",
    m=[M(S, "exact", "neutral", "Lantern Hill Sixth Form College"), M("mwisniewski", "exact", "neutral", "Marek Wiśniewski")],
)

social(
    "Facebook · comments on Lantern Hill Sixth Form College post \"Computing open morning\"",
    [
        ("Barry Coles", "", "2w", "Is Marek Wisnewski still there? Marked my son down on every assignment for two years, never explained why. Wouldn't recommend computing.", "Like · Reply"),
        ("Lantern Hill Sixth Form College", "", "2w", "Hi Barry, sorry to hear this. Please email our curriculum team and we'll look into it.", "Like · Reply"),
    ],
    m=[M("mwisniewski", "typo", "negative", "Marek Wisnewski"), M(S, "exact", "neutral", "Lantern Hill Sixth Form College")],
)

forum(
    "leicstalk", "Education", "Computing at Lantern Hill",
    [
        ("geordie_in_leics", "19/06/2025 18:30", "Mr Wisniewski at Lantern Hill is a sad little man who gets off on failing kids. Wouldn't trust him to teach a dog to sit."),
        ("recursion_rachel", "19/06/2025 18:55", "He literally runs a free club twice a week. Get over your grade."),
    ],
    m=[M("mwisniewski", "title_surname", "abuse", "Mr Wisniewski"), M(S, "alias", "neutral", "Lantern Hill")],
)


# =====================================================================
# Thread J: Dr Helen Ashby-Mistry, the principal
# =====================================================================

news(
    "courier", "New principal named at Lantern Hill", "Wednesday, 5 April 2023", "Tom Greatorex, education reporter",
    """Lantern Hill Sixth Form College has appointed Dr Helen Ashby-Mistry as its new principal from September.

Dr Ashby-Mistry, 49, is currently vice principal of a college in Northamptonshire. She began her career teaching English in Leicester as Helen Corby in 1998.

"I've come home," she said. "Lantern Hill changed lives when I was a young teacher down the road and it still does."

She replaces the outgoing principal, who retires in July after 14 years.""",
    section="Education",
    m=[M(S, "exact", "neutral", "Lantern Hill Sixth Form College"), M("hashbymistry", "exact", "neutral", "Helen Ashby-Mistry")],
)

social(
    "X · Post",
    [
        ("Justice4BTEC", "@justice4btec", "Aug 20", "Ashby-Mistry needs to watch her back. I know what car she drives an all. Lantern Hill won't protect her forever.", "2 replies"),
        ("Lee", "@leehbk", "Aug 20", "mate this is how you end up in a cell", "11 likes"),
    ],
    m=[M("hashbymistry", "surname_only", "threat", "Ashby-Mistry"), M(S, "alias", "neutral", "Lantern Hill")],
)

blog(
    "FE Money Watch", "femoneywatch.example", "£165k principals and the students who lost their grades", "28 August 2025", "Graham Tilley",
    """College principals' pay has risen faster than lecturers' pay for ten years running. Nowhere is the gap more uncomfortable this summer than in Leicester.

Helen Ashby Mistry, principal of Lantern Hill College, was paid £165,000 last year according to the college's published accounts. Her exams office, which failed to enter 43 students for their BTECs, had one full-time member of staff.

I am not saying a principal should do the exam entries. I am saying that when the money goes to the top and the risk sits at the bottom, days like 14 August are what you get.

Governors should publish the review in full.""",
    comments=[
        ("FE_Lecturer_Leics", "28 August 2025 at 7:44 pm", "Spot on. Same at my place."),
        ("Graham Tilley", "28 August 2025 at 8:10 pm", "Thanks. Corrected the headcount figure after an email from a reader."),
    ],
    m=[M("hashbymistry", "hyphenated", "negative", "Helen Ashby Mistry"), M(S, "alias", "negative", "Lantern Hill College")],
)

facebook(
    "Evington Vale Neighbours", "Private group · 1.8K members",
    "Stu Haddon", "19 August at 22:51",
    "For all the parents whose kids got shafted on results day – the Lantern principal Ashby–Mistry lives in the big detached one on Copse Lane, Evington Vale LE5 6RW, black Range Rover on the drive. Pop round and ask her yourself since she won't answer the phone.",
    "😮 34    27 comments",
    [
        ("Admin – Neeta", "1d", "Removing this. Posting someone's home address is not OK, whatever has happened."),
        ("Stu Haddon", "1d", "Freedom of speech that"),
    ],
    m=[M("hashbymistry", "hyphenated", "doxxing", "Ashby–Mistry"), M(S, "short_name", "negative", "Lantern")],
)

social(
    "X · Search: #AshbyMistryOut",
    [
        ("Results Day Refugee", "@resultsrefugee", "Aug 21", "43 students. No resignation. No accountability. #AshbyMistryOut", "30 reposts · 51 likes"),
        ("Cath", "@cath_le2", "Aug 21", "#AshbyMistryOut and the governors who signed off her pay rise", "12 likes"),
    ],
    m=[M("hashbymistry", "hashtag", "negative", "#AshbyMistryOut")],
)

forum(
    "leicstalk", "Education", "Who got the new sports hall contract?",
    [
        ("follow_the_money", "11/09/2024 19:30", "Not saying anything, but the principal's husband's building firm got the Lantern Hill sports hall contract without it going to tender. She was Helen Corby before she married into the Ashby-Mistry family. Look up the company directors on Companies House and draw your own conclusions."),
        ("Beaumont_Bee", "11/09/2024 19:52", "Colleges have to publish procurement. Have you actually checked?"),
        ("follow_the_money", "11/09/2024 19:55", "Don't need to. It's obvious."),
    ],
    m=[M("hashbymistry", "alias", "defamation", "Helen Corby"), M(S, "alias", "negative", "Lantern Hill")],
)

news(
    "wire", "Sixth-form college opens £4m science and sports building", "16 January 2025", "Wire reporter",
    """A new £4 million science and sports building has opened at a sixth-form college in Leicester.

The building at Lantern Hill includes six laboratories, a sports hall with climbing wall, and a quiet room for students of all faiths.

Principal Dr Ashby-Mistry said it was "built around what students asked for", after a year of consultation with the Student Union.""",
    section="Leicestershire",
    m=[M(S, "alias", "neutral", "Lantern Hill"), M("hashbymistry", "title_surname", "neutral", "Dr Ashby-Mistry")],
)

social(
    "X · Post",
    [
        ("btec_survivor", "@btec_survivor", "Aug 22", "AshbyMistryIsAClown. that's it. that's the tweet. Lantern Hill principal couldn't run a bath", "8 likes"),
    ],
    m=[M("hashbymistry", "camelcase", "abuse", "AshbyMistryIsAClown"), M(S, "alias", "neutral", "Lantern Hill")],
)

social(
    "TikTok · @lhc.life · \"principal walked into our lesson 😳\" · Comments (640)",
    [
        ("jordy", "", "2024-11-21", "the principal at LHC is a milf ngl. Ashby Mistry could get it 😮‍💨", "♡ 120 · Reply"),
        ("lhc.life", "", "2024-11-21", "JORDAN I'M DELETING THIS", "♡ 60 · Reply"),
    ],
    m=[M("hashbymistry", "hyphenated", "sexual", "Ashby Mistry"), M(S, "alias", "neutral", "LHC")],
)

forum(
    "patriot", "Britain today", "Even the principals now",
    [
        ("AngloSaxonAnn", "22 Aug 2025 20:12", "The principal at Lantern Hill is Ashby Mistry. Started out as plain Helen Corby apparently. Married into that lot and now she's turned the college into Little India with a Diwali party every five minutes. Traitor to her own."),
        ("OldSoldier", "22 Aug 2025 20:30", "They always marry in. That's how it works."),
    ],
    m=[M("hashbymistry", "alias", "hate", "Helen Corby"), M(S, "alias", "hate", "Lantern Hill")],
)

social(
    "LinkedIn · Post",
    [
        ("Ruth Adeyemi · Governance consultant", "", "1mo", "Proud to have chaired the panel that appointed Dr Helen Ashby\u2010Mistry at Lantern Hill two years ago. Whatever the headlines this week, I've watched her put students first every single day.", "👏 214 · 19 comments"),
    ],
    m=[M("hashbymistry", "hyphenated", "neutral", "Helen Ashby\u2010Mistry"), M(S, "alias", "neutral", "Lantern Hill")],
)

forum(
    "parentnet", "Secondary & sixth form", "Letter about the BTEC review",
    [
        ("BakingBadly", "Fri 05-Sep-25 17:11", "Just had a letter from Lantern Hill signed H. Ashby-Mistry, Principal. Says the BTEC review will go to governors on 23rd and families will get a summary. Anyone else had it?"),
        ("TwoTeensNoSleep", "Fri 05-Sep-25 17:30", "Yes. Better than nothing I suppose."),
    ],
    m=[M("hashbymistry", "initial_surname", "neutral", "H. Ashby-Mistry"), M(S, "alias", "neutral", "Lantern Hill")],
)

social(
    "Instagram · comments on @leicester.live post \"College principal: 'I will not hide'\"",
    [
        ("vinny_lei", "", "3w", "Ashby-M*stry is a lying snake in a suit. Lantern Hill deserves better", "14 likes · Reply"),
        ("zara.writes", "", "3w", "she's literally the only one who apologised", "40 likes · Reply"),
    ],
    m=[M("hashbymistry", "obfuscated", "abuse", "Ashby-M*stry"), M(S, "alias", "neutral", "Lantern Hill")],
)

social(
    "X · Post",
    [
        ("sixthformsecrets", "@6thformsecrets", "Sep 1", "4shby-M1stry at LHC gets £165k to say sorry on the radio. useless overpaid muppet", "3 replies"),
    ],
    m=[M("hashbymistry", "leetspeak", "abuse", "4shby-M1stry"), M(S, "alias", "neutral", "LHC")],
)


# =====================================================================
# Thread K: Joanne Marchbank, vice principal
# =====================================================================

forum(
    "leicstalk", "Off topic", "Vice principal and a parent governor?",
    [
        ("nosy_neighbour_le2", "04/12/2024 22:30", "Funny how Jo Marchbank's car is outside a certain parent governor's house on Knighton Brook Road every Tuesday night, and funny how his kid got moved up to the top maths set. Not saying anything. Just observing."),
        ("Beaumont_Bee", "04/12/2024 22:50", "You're describing a private life and a maths set. Stop."),
    ],
    m=[M("jmarchbank", "alias", "defamation", "Jo Marchbank")],
)

social(
    "TikTok · @lhc.life · \"SLT doing duty at the gate\" · Comments (402)",
    [
        ("brady", "", "2025-03-05", "mrs marchbank at Lantern Hill in them boots 😍 vice principal of my heart fr", "♡ 97 · Reply"),
        ("lhc.life", "", "2025-03-05", "brady please 😭", "♡ 30 · Reply"),
    ],
    m=[M("jmarchbank", "title_surname", "sexual", "mrs marchbank"), M(S, "alias", "neutral", "Lantern Hill")],
)

review(
    """ParentVoice › Colleges › Leicester › Lantern Hill Sixth Form College
Parent reviews · 3.9 average · 41 reviews""",
    [
        ("Parent of a Year 13 student", "", 1, "September 2025", "Marchbank's so-called review of the BTEC disaster took five weeks and told us nothing. Vague letters, no names, no apology. Feels like a whitewash."),
        ("Parent of a Year 12 student", "", 4, "September 2025", "Settled in well, good induction."),
    ],
    m=[M("jmarchbank", "possessive", "negative", "Marchbank's"), M(S, "exact", "negative", "Lantern Hill Sixth Form College")],
)

social(
    "X · Post",
    [
        ("Angry of Aylestone", "@angryaylestone", "Aug 25", "Joanne Marchbank, vice principal at Lantern Hill. Mobile 07700 900127, home email jo.marchbank@homemail.example. She wants to talk to families? Let's all talk to her.", "6 replies · 14 reposts"),
    ],
    m=[M("jmarchbank", "exact", "doxxing", "Joanne Marchbank"), M(S, "alias", "neutral", "Lantern Hill")],
)

forum(
    "staffroom", "FE colleges", "Vice principals who shout",
    [
        ("burnt_out_in_the_east_mids", "Posted 30 Sep 2025", "Our VP at Lantern Hill is a jumped-up bully. Marchbank screams at support staff in corridors and then writes 'wellbeing matters' in the Friday bulletin. Absolute hypocrite of a woman."),
        ("NotAnotherInset", "Posted 30 Sep 2025", "Sounds like half the VPs in the country tbh"),
    ],
    m=[M("jmarchbank", "surname_only", "abuse", "Marchbank"), M(S, "alias", "negative", "Lantern Hill")],
)


# =====================================================================
# Decoys: no mention of the college or its staff
# =====================================================================

blog(
    "Crafty Nani", "craftynani.example", "Easy paper lanterns for Diwali (with the grandchildren!)", "24 October 2024", "Nani Kanta",
    """Every year the grandchildren come round the week before Diwali and we make lanterns for the front window. This year we made twelve! Here is how.

You need: coloured card (A4), scissors, glue stick, a ruler, some sequins and a battery tea light for each lantern. Please no real candles in paper lanterns – I learned that the hard way in 1994.

1. Fold the card in half lengthways.
2. Cut slits from the fold, 2cm apart, stopping 2cm from the edge.
3. Open it out, roll it into a tube and glue the short edges.
4. Add a strip of card at the top for a handle.
5. Decorate! My granddaughter does peacocks every year.

We hang ours in the window facing the road so everyone walking to the mandir in Saxby Fields can see them. Happy Diwali to all of you and your families 🪔""",
    comments=[
        ("Hemlata", "25 October 2024 at 9:10 am", "Beautiful! Making these with my two this weekend."),
        ("Nani Kanta", "25 October 2024 at 11:32 am", "Send me a photo beta!"),
    ],
)

news(
    "courier", "Thousands expected as Lantern Festival returns to city centre", "Thursday, 6 February 2025", "Hetal Parmar",
    """Thousands of people are expected in Leicester city centre this weekend as the Lunar New Year Lantern Festival returns for its tenth year.

More than 300 handmade lanterns – including a 12-metre dragon – will be paraded from the cathedral gardens to the market square on Saturday evening, followed by lion dancing and fireworks.

Organisers have asked people not to release sky lanterns, which are banned on council land.

Road closures will be in place from 4pm.""",
    section="What's On",
)

news(
    "particle", "LHC restarts after winter shutdown with record collision rate", "14 April 2025", "Particle Weekly staff",
    """The Large Hadron Collider has restarted after its year-end technical stop, with physicists at CERN reporting the highest collision rate the machine has ever delivered in its first week.

The LHC's two biggest experiments expect to collect more data this year than in the whole of its first run. Engineers used the shutdown to replace magnets and upgrade cooling in two sectors.

The upgrade to the High-Luminosity LHC is due to begin in 2026, after which the machine will be offline for several years.""",
    section="Physics",
)

news(
    "harbor", "LHC seal promotion with last-minute winner", "Monday, 28 April 2025", "Harborough Mail sport",
    """Loughborough Hockey Club's first XI sealed promotion to the Midlands Premier with a 3-2 win on Saturday, captain Ellie Brannigan scoring the winner with 40 seconds left.

LHC had trailed 2-0 at half-time. "We've done it the hard way all season, why stop now," said head coach Paul Whitworth.

The club's women's and men's seconds also won, and the junior section hosts an open day next Sunday for players aged 8 to 16.""",
    section="Sport",
)

review(
    """Lantern Hill Garden Centre
Garden centre · Welland Road, Market Harborough LE16
4.3 ★★★★☆ (1,102 reviews)
Sort: Newest""",
    [
        ("Margaret Tebbutt", "Local Guide · 210 reviews", 5, "a week ago", "Lovely cafe, scones the size of your head. Good selection of bedding plants and the staff know their stuff."),
        ("Phil Orme", "12 reviews", 3, "3 weeks ago", "Christmas grotto was £12 a child for five minutes. Plants fine though."),
        ("Jas K", "4 reviews", 4, "a month ago", "Great for houseplants. Parking is tight on Sundays."),
    ],
    allow=("Lantern Hill",),
)

news(
    "avon", "Lantern Hill Primary School pupils bury time capsule for 150th birthday", "11 July 2025", "Avon Star schools reporter",
    """Pupils at Lantern Hill Primary School in Bristol have buried a time capsule to mark the school's 150th birthday.

The capsule, which will be opened in 2075, includes letters from every class, a school dinner menu, a football shirt and a list of the most popular games in the playground.

Headteacher Carol Agyeman said: "I hope whoever opens it laughs at our haircuts." """,
    section="Schools",
    allow=("Lantern Hill",),
)

blog(
    "Front Row Midlands", "frontrowmidlands.example", "Review: The Lantern Theatre Company's Hedda Gabler", "9 March 2025", "Joy Okafor",
    """The Lantern Theatre Company have built their reputation on small, fierce productions in odd spaces, and this Hedda, staged in a disused printworks in Nottingham, is their best yet.

Ruth Saville's Hedda is not a monster or a victim but something more frightening: a woman who is simply bored out of her mind. The final scene, played almost in darkness, left the audience silent for a good ten seconds.

Four stars. Runs until 22 March.""",
    comments=[("theatrenerd", "10 March 2025 at 8:20 am", "Saw it Friday. Agree about the ending.")],
)

review(
    """Lantern Hill Cars · lanternhillcars.example
Used car dealer · Watling Street, Hinckley LE10
4.6 ★★★★★ (388 reviews)""",
    [
        ("Dean Hollis", "3 reviews", 5, "2 weeks ago", "Bought a Focus from Lantern Hill Cars, no pressure, good price, and they fixed a wiper for free a week later."),
        ("S. Marsh", "1 review", 2, "a month ago", "Car was fine but took three weeks to get the V5 sent on."),
    ],
    allow=("Lantern Hill",),
)

news(
    "courier", "Frost and freezing fog warning for Leicestershire roads", "Tuesday, 14 January 2025", "Courier weather desk",
    """Drivers are being warned to take care this morning after a hard frost and patches of freezing fog across Leicestershire.

Temperatures fell to minus six in parts of the county overnight. Gritters were out from 7pm, but side roads and pavements are expected to be icy until at least midday.

A yellow weather warning for ice is in place until 11am tomorrow. Frost is likely again tonight, with fog returning after midnight.""",
    section="News",
)

news(
    "humber", "Daniel Frost hits nine-darter as Hull ace reaches Players Championship final", "Sunday, 16 February 2025", "Post darts correspondent",
    """Hull's Daniel Frost threw a nine-dart finish on his way to the final of the Players Championship event in Wigan yesterday.

Frost, 31, who works as a scaffolder during the week, beat three top-32 players before losing 8-6 in the final.

"I've been dreaming of that since I was eleven at the Bransholme club," said Frost. "My mum was watching the stream in her dressing gown.\"""",
    section="Darts",
    allow=("Daniel Frost",),
)

news(
    "harrow", "Harrow GP named Family Doctor of the Year", "3 October 2024", "Health reporter",
    """A Harrow GP who set up evening diabetes clinics in a community centre has been named Family Doctor of the Year.

Dr Priya Patel, who has worked at a practice in Harrow for 17 years, said she was "stunned and a bit embarrassed".

Her clinics in Wealdstone have seen more than 2,000 patients since 2021. Dr Patel said: "People can't always come to us at 10am on a Tuesday. So we went to them." """,
    section="Health",
    allow=("Priya Patel",),
)

blog(
    "Square Leg Diaries", "squarelegdiaries.example", "Priya Patel's hundred and the future of women's county cricket", "18 August 2024", "Sam Ruddock",
    """There are innings you watch and innings you remember. Priya Patel's 112 at Edgbaston on Saturday was the second kind.

Batting at four for the Birmingham side, the 22-year-old came in at 14 for 2 and left at 201 for 5, with thirteen fours and a six that is probably still in the air somewhere over the Hollies stand.

What struck me most was the calm. She left everything outside off stump for an hour. Then she didn't.

If the women's county game is going to grow, it needs players people will pay to watch. On Saturday, people did.""",
    comments=[("cover_drive_carol", "18 August 2024 at 9:44 pm", "Was there. Goosebumps.")],
    allow=("Priya Patel",),
)

news(
    "liffey", "Doyle stops Romero in six to claim European title", "Sunday, 9 March 2025", "Liffey Sport boxing desk",
    """Kieran Doyle is the new European super-welterweight champion after stopping Spain's Javier Romero in the sixth round at the 3Arena in Dublin last night.

The 27-year-old from Crumlin dropped Romero with a left hook to the body in the fifth and finished the job a round later.

"I said I'd bring a belt home to Crumlin and I did," Doyle said in the ring. "Now I want a world title fight in Croke Park.\"""",
    section="Boxing",
    allow=("Kieran Doyle",),
)

blog(
    "Wandering Wales", "wanderingwales.example", "Three castles in a day: Castell Coch, Caerphilly and Castell Morgraig", "2 June 2025", "Bethan & Rhodri",
    """If you only have one day near Cardiff, this is the route we'd do.

Castell Coch – the "red castle" – looks like it fell out of a fairy tale, because it more or less did: it was rebuilt in the 1870s by an aristocrat with more money than restraint. Go early before the coaches.

Caerphilly is the opposite: huge, grey, serious, with a leaning tower that leans further than the one in Pisa.

We finished at the ruins of Castell Morgraig on the ridge, where there was nobody at all except a very interested sheep. Bring a flask.""",
    comments=[("hiking_huw", "3 June 2025 at 7:30 am", "Morgraig at sunset is something else.")],
)

blog(
    "Shelf Life", "shelflife-reads.example", "Nadia Rahman's 'The Salt Year' is the best debut I've read this year", "12 May 2025", "Chloe Barker",
    """Nadia Rahman's debut novel follows three sisters in Tower Hamlets over the twelve months after their mother's death, and it is funny, furious and unbearably tender, sometimes in the same paragraph.

Rahman, who worked as a nurse in east London for a decade before writing the book, is brilliant on the small humiliations of grief: the forms, the phone queues, the neighbours who bring food and stay too long.

Out now in hardback.""",
    comments=[("bookish_bea", "12 May 2025 at 6:15 pm", "Adding to my list!")],
    allow=("Nadia Rahman",),
)

news(
    "cymru", "Aberystwyth vet retires after 40 years of farm calls", "21 November 2024", "Echo reporter",
    """A vet who has driven an estimated million miles around mid Wales to treat farm animals has retired after forty years.

Robert Castell, 66, joined a practice in Aberystwyth in 1984 and became a partner in 1991. Farmers held a surprise party for him at the mart on Friday.

"I've been kicked by every kind of animal in Ceredigion," he said. "Worth every bruise." """,
    section="News",
    allow=("Robert Castell",),
)

news(
    "liffey", "O'Riordan inspires Cork to camogie league title", "Monday, 7 April 2025", "Liffey Sport GAA desk",
    """Siobhán O'Riordan scored 1-6 as Cork won the camogie league final in Thurles yesterday.

The 24-year-old Inniscarra forward was named player of the match. "It's a great day for the club and for the county," O'Riordan said afterwards.

Cork now turn their attention to the Munster championship.""",
    section="GAA",
    allow=("Siobhán O'Riordan",),
)

blog(
    "Ekstraklasa Notes (in English)", "ekstraklasanotes.example", "Marek Wiśniewski: the quiet centre-back holding Lech's back line together", "3 February 2025", "Tomasz K.",
    """Nobody outside Poland talks about Marek Wiśniewski, and that is exactly how he likes it.

The 29-year-old centre-back has missed three minutes of league football this season. He makes fewer tackles than anyone in his position, because he is already where the ball is going.

If a Premier League club wants a bargain in the summer, they could do worse than fly to Poznań.""",
    comments=[("kibic_88", "3 February 2025 at 10:02 pm", "Best defender in the league, no question.")],
    allow=("Marek Wiśniewski",),
)

facebook(
    "Saxby Fields Community Noticeboard", "Public group · 9.1K members",
    "Saxby Fields Community Theatre", "2 December at 10:00",
    "❄️ JACK FROST AND THE SNOW QUEEN ❄️ Our panto is back! 13–22 December at the community centre. Jack Frost is up to no good and only the children of Saxby Fields can stop him (oh yes they can). Tickets £8/£5 at the door or online. Relaxed performance on Sunday 15th.",
    "👍❤️😂 144    22 comments",
    [
        ("Lynne Birch", "3d", "Booked for the grandkids! Last year's was brilliant"),
        ("Saxby Fields Community Theatre", "3d", "Thanks Lynne! Jack Frost has been practising his evil laugh 😈"),
    ],
)

facebook(
    "Hollowgate & Saxby Fields Residents (Official)", "Private group · 6.4K members",
    "Roy Pegg", "Yesterday at 08:12",
    "Fly tipping AGAIN on the back lane behind Hollowgate Road shops. Mattress, two tellies and what looks like a whole kitchen. Reported it on the council app for the third time this month. Does anyone know who the ward councillor is now?",
    "😡 39    17 comments",
    [
        ("Sandra Whitlock", "1d", "Cllr Freer. She's usually good at chasing these."),
        ("Roy Pegg", "1d", "Cheers Sandra"),
    ],
)

news(
    "wire", "Saxby Fields by-election: Labour hold on reduced majority", "28 February 2025", "Wire politics",
    """Labour has held the Saxby Fields council seat in Leicester with a majority of 412, down from more than 1,500 at the last election.

Reform UK came second with 31 per cent of the vote, its best result in the city. Turnout was 29 per cent.

The by-election campaign was marked by unusually heated exchanges on social media. The winning candidate, Sunil Rao, said: "People in Saxby Fields want their bins collected and their buses back. That's what I'll be working on from Monday." """,
    section="Politics",
)

news(
    "courier", "Bramcote Sixth Form College celebrates best ever A-level results", "Thursday, 14 August 2025", "Tom Greatorex, education reporter",
    """Students at Bramcote Sixth Form College in Leicester were celebrating today after the college recorded its best ever A-level results, with 31 per cent of grades at A* or A.

Twins Amir and Zaid Latif are both heading to study medicine. "We'll probably end up in the same hospital annoying each other," said Amir.

Principal Gillian Horsfall paid tribute to staff who ran extra revision sessions through the Easter holidays.""",
    section="Education",
)

news(
    "ledger", "A-level results 2025: top grades steady as gap between regions widens", "14 August 2025", "Education correspondent",
    """The proportion of A-level entries awarded A* or A held steady this year at just under 28 per cent, but the gap between the highest- and lowest-performing regions grew for a third year.

Sixth-form colleges and further education colleges saw a small fall in top grades, while independent schools saw a small rise.

Vocational qualifications were issued to more than 250,000 students, although a small number of centres reported delays in BTEC results being released.""",
    section="UK",
)

news(
    "fosse", "Diwali lights switch-on draws record crowd", "27 October 2024", "Fosse 103 newsroom",
    """An estimated 45,000 people packed into the city for the Diwali lights switch-on last night – the biggest crowd in the event's history.

More than 6,000 lights and lanterns line the route this year. The lights stay on until 24 November.

Police said the evening passed off peacefully, with two arrests for pickpocketing.""",
)

blog(
    "The Baker Street Shelf", "bakerstreetshelf.example", "Rereading Conan Doyle at forty", "8 January 2025", "Ian Sillitoe",
    """I first read The Hound of the Baskervilles at eleven, under the covers with a torch. Rereading it at forty, what surprises me is how funny Doyle is. Watson is a much better comic narrator than I remembered.

The other thing is how modern the pacing feels. Doyle knew exactly when to end a chapter.

Next month: The Sign of Four, and whether it has aged as well (spoiler: not entirely).""",
    comments=[("watsonian", "9 January 2025 at 8:00 am", "The Hound is still the best. Fight me.")],
)

review(
    """TrailGear Direct › Camping › Lighting › Northpeak 400 Rechargeable Camping Lantern
4.4 out of 5 · 612 ratings""",
    [
        ("Carl B.", "Verified purchase", 5, "12 September 2024", "Brilliant lantern. Lit the whole tent on the low setting for three nights on one charge. Hook on the bottom is handy."),
        ("Mandy", "Verified purchase", 3, "2 October 2024", "Bright enough but the USB-C flap came off in a week."),
        ("Dev P", "Verified purchase", 4, "20 October 2024", "Does the job. Used it in a power cut too."),
    ],
)

review(
    """The Lantern
Pub · Hollowgate Road, Leicester
4.1 ★★★★☆ (523 reviews)
Sort: Newest""",
    [
        ("Tony Birch", "Local Guide · 77 reviews", 4, "2 weeks ago", "Proper local. Decent pint of Everards, darts on a Thursday, landlady remembers your name. The Lantern's Sunday carvery is worth the wait."),
        ("Jaz", "9 reviews", 2, "a month ago", "Waited 25 mins to be served on quiz night."),
        ("Andy W", "30 reviews", 5, "3 months ago", "Best beer garden in Hollowgate."),
    ],
)

forum(
    "blockcraft", "Builds", "Best way to light a medieval village without torches?",
    [
        ("redstone_raj", "4 Apr 2025", "Building a medieval village on our server and torches look awful on the walls. Lanterns or glowstone hidden under carpet?"),
        ("mossy_cobble", "4 Apr 2025", "Lanterns on chains from the roof beams. Soul lanterns for the blacksmith so it looks different. Never glowstone."),
        ("redstone_raj", "4 Apr 2025", "chains!! genius, thank you"),
    ],
)

review(
    """Patel's News & Booze
Convenience store · Hollowgate Road, Leicester
4.5 ★★★★★ (96 reviews)""",
    [
        ("Lee Ferris", "11 reviews", 5, "a month ago", "Open till 11, always has milk, and Mr Patel will put a paper aside for you if you ask. What more do you want."),
        ("Sam O", "2 reviews", 4, "2 months ago", "Good range, a bit pricey on the booze."),
    ],
)

review(
    """Mistry Electricals Ltd
Electrician · Leicester
4.9 ★★★★★ (140 reviews)""",
    [
        ("Hannah G", "5 reviews", 5, "3 weeks ago", "Rewired our kitchen in two days, tidy, fair price. Nikesh Mistry explained everything."),
        ("Ray T", "1 review", 5, "2 months ago", "Came out on a Sunday for an emergency. Can't recommend enough."),
    ],
)

news(
    "harbor", "Ashby-de-la-Zouch market to move for castle roadworks", "Wednesday, 5 March 2025", "Welland Press reporter",
    """Ashby-de-la-Zouch's weekly market will move to the Bath Street car park for six weeks from Monday while roadworks take place near the castle.

Traders said they were worried about losing passing trade. The council said signs would direct shoppers from Market Street.

Ashby's Saturday farmers' market is not affected.""",
    section="Community",
)

forum(
    "britpol", "Education", "Nottingham college suspends lecturer over Gaza posts",
    [
        ("ClementAttleesGhost", "2 May 2025 10:12", "Trentside College in Nottingham has suspended a sociology lecturer over posts about Gaza on her personal account. Same playbook as every other case. Complaint from an account with no followers, suspension first, questions later."),
        ("Ironside", "2 May 2025 10:30", "Or, and hear me out, maybe teachers shouldn't post inflammatory stuff."),
        ("Wexford_Will", "2 May 2025 10:48", "The union is balloting. Watch this space."),
    ],
)

facebook(
    "Knighton Brook Allotments Society", "Private group · 210 members",
    "Frank Dunmore", "Sunday at 16:40",
    "Water troughs back on from tomorrow. Could whoever borrowed the big wheelbarrow from the shed please bring it back, no questions asked. Also – plot 14 has spare rhubarb crowns, help yourselves.",
    "👍 21    6 comments",
    [
        ("Irene Cole", "2d", "Thank you Frank, will grab a rhubarb crown tomorrow"),
        ("Frank Dunmore", "2d", "Wheelbarrow returned! Thank you whoever you are 😄"),
    ],
)

facebook(
    "Evington Vale Neighbours", "Private group · 1.8K members",
    "Evington Vale Residents' Association", "28 October at 12:00",
    "🎆 Fireworks night on Tuesday 5 November at the Vale recreation ground. Gates 6pm, display 7pm. Hot food, glow sticks, and the scouts are running the bonfire. Please leave dogs at home. Donations to the residents' association on the gate.",
    "👍❤️ 98    12 comments",
    [
        ("Kath Moss", "2d", "Will there be a sparkler area for the little ones?"),
        ("Evington Vale Residents' Association", "2d", "Yes Kath, by the pavilion!"),
    ],
)

blog(
    "The Windowsill Gardener", "windowsillgardener.example", "Five ways to protect your pots from frost", "30 November 2024", "Maureen Ellis",
    """A hard frost can kill a tender plant overnight, and the first one always seems to come earlier than the forecast said.

1. Move pots against the house wall. 2. Wrap them in bubble wrap or hessian. 3. Raise them on pot feet so they don't sit in icy water. 4. Fleece tender plants on cold nights. 5. Don't water in the evening before a frost.

My agapanthus has survived eleven winters this way. The lemon tree, sadly, did not.""",
    comments=[("greenfingers_gill", "1 December 2024 at 8:02 am", "The pot feet tip is so underrated.")],
)

review(
    """TicketDesk › Reviews › A.R. Rahman Live – Birmingham
4.7 out of 5 · 1,340 reviews""",
    [
        ("Sunil B", "Attended 14 June 2025", 5, "June 2025", "Three hours of pure magic. When Rahman played the opening of Roja the whole arena sang along."),
        ("Amelia", "Attended 14 June 2025", 4, "June 2025", "Amazing show, terrible queue for the car park."),
    ],
)

forum(
    "oche", "Pro Tour", "Daniel Frost - for real or one-hit wonder?",
    [
        ("Bully_Boy_Bob", "17 Feb 2025", "Frost from Hull hits a nine-darter and makes a final. Is he the real deal or a one-off? Averages are only 94 the rest of the season."),
        ("tungsten_tina", "17 Feb 2025", "Scaffolder who practises two hours a night, give him a year full time and he'll be top 64."),
        ("Bully_Boy_Bob", "17 Feb 2025", "We'll see at the Open."),
    ],
    allow=("Daniel Frost",),
)

news(
    "avon", "Teenager stabbed near Bristol college bus stop", "Friday, 22 November 2024", "Avon Star crime reporter",
    """A 16-year-old boy has been stabbed near a bus stop outside a further education college in south Bristol.

The boy was taken to hospital with injuries not thought to be life-threatening. Two teenagers have been arrested.

The college said in a statement that extra staff would be on duty at the end of the day and that counselling was available for students.""",
    section="News",
)

review(
    """ParentVoice › Colleges › Leicester › Bramcote Sixth Form College
Parent reviews · 4.2 average · 66 reviews""",
    [
        ("Parent of a Year 13 student", "", 5, "August 2025", "Fantastic results day, really well organised. Every BTEC result on time, unlike some places this year."),
        ("Parent of a Year 12 student", "", 3, "June 2025", "Communication with parents could be better."),
    ],
)

review(
    """StreetScore › Swindon › Lantern Hill Road, SN3
Resident reviews · 3.8 average""",
    [
        ("Resident, 6 years", "", 4, "March 2025", "Quiet road, good for families, five minutes to the primary school. Parking is a fight after 6pm."),
        ("Resident, 2 years", "", 3, "January 2025", "Nice neighbours, but the Lantern Hill Road bus only runs every hour."),
    ],
    allow=("Lantern Hill",),
)

facebook(
    "Saxby Fields Community Noticeboard", "Public group · 9.1K members",
    "Jodie Lacey", "Today at 07:58",
    "LOST CAT 😿 Biscuit, ginger tom, very friendly, blue collar with a bell. Last seen Sunday night near the Saxby Fields shops. Microchipped. Please check sheds and garages. Call or text 07700 900981. Thank you!",
    "😢 61    40 comments",
    [
        ("Pam Orton", "5h", "Shared. Will check the garage."),
        ("Jodie Lacey", "2h", "FOUND!!! He was in next door's greenhouse. Thank you all 🧡"),
    ],
)

social(
    "X · Post",
    [
        ("Melton Farm Watch", "@meltonfarmwatch", "Nov 6", "Another sky lantern landed in a barley field near Melton last night. They start fires and kill livestock. Please, please use LED lanterns or none at all this Diwali and bonfire season.", "88 reposts · 140 likes"),
        ("Sarah", "@sarahonthefarm", "Nov 6", "Found one wrapped round a calf's leg last year. Never again.", "22 likes"),
    ],
)


# =====================================================================
# More voices: threats, sexual content, doxxing, traps
# =====================================================================

FORUMS["banter"] = ("Midlands Banter Board", "midsbanter.example", "Anything goes (within reason)")

news(
    "fosse", "Police investigate online threat against Leicester sixth-form college", "Thursday, 6 February 2025", "Fosse 103 newsroom",
    """Police are investigating after a threatening message naming a Leicester sixth-form college was shared on social media last night.

The message, which circulated on Snapchat, warned students at Lantern Hill Sixth Form College not to come in today. Officers said they did not believe there was a credible risk but there would be a visible police presence at the gates.

Vice principal Joanne Marchbank said lessons were going ahead as normal. "We know messages like this are frightening. Please do not share them – send them to us or to the police."

A 16-year-old boy has been spoken to by officers.""",
    m=[M(S, "exact", "neutral", "Lantern Hill Sixth Form College"), M("jmarchbank", "exact", "neutral", "Joanne Marchbank")],
)

social(
    "Snapchat story (screenshot, transcribed)",
    [
        ("xx_ty_xx", "", "5 Feb, 22:14", "gonna shoot up Lantern tmrw. dont come in if u know whats good for u 🔫🔫", ""),
        ("xx_ty_xx", "", "5 Feb, 22:15", "not even joking", ""),
    ],
    m=[M(S, "short_name", "threat", "Lantern")],
)

social(
    "Snapchat story (screenshot, transcribed)",
    [
        ("anon", "", "Aug 13, 23:50", "L a n t e r n H i l l better be empty on friday 💣💥 dont say u wasnt warned", ""),
    ],
    m=[M(S, "spacing", "threat", "L a n t e r n H i l l")],
)

facebook(
    "Leicester Parents Chat 💬", "Public group · 21K members",
    "Harjit Sandhu", "14 August at 07:12",
    "Has anyone else seen this going round? My son was sent a screenshot last night that says \"L a n t e r n H i l l better be empty on friday 💣💥\". I've reported it to the police and emailed Lantern Hill. Please don't share it further, just report it. Probably some idiot kid but not worth the risk.",
    "😮 120    54 comments",
    [
        ("Claire Watts", "1d", "Thank you for reporting it. Disgusting thing to send on results week."),
        ("Harjit Sandhu", "1d", "Update: college has replied, police are aware and there will be officers there."),
    ],
    m=[M(S, "alias", "neutral", "Lantern Hill")],
)

social(
    "X · Post",
    [
        ("no_uni_now", "@no_uni_now", "Aug 15", "L*ntern H*ll is getting what's coming on enrolment day 💥 mark my words. they ruined my life so", "1 reply"),
    ],
    m=[M(S, "obfuscated", "threat", "L*ntern H*ll")],
)

facebook(
    "Leicester Parents Chat 💬", "Public group · 21K members",
    "Jason Mellor", "15 August at 19:40",
    "Results day again 😡 who else's kid got messed about this year? Mine has lost his apprenticeship because the college can't send a form.",
    "😡 66    90 comments",
    [
        ("Kelly Bray", "1d", "Someone should burn that Lanturn Hill place to the ground with the management still inside. Useless the lot of them"),
        ("Jason Mellor", "1d", "Steady on Kelly 😂"),
        ("Kelly Bray", "1d", "I mean it"),
    ],
    m=[M(S, "typo", "threat", "Lanturn Hill")],
)

forum(
    "banter", "The Pub", "LHC 6th form girls appreciation thread",
    [
        ("geezer_lei", "Posted 3 Oct 2024", "Anyone else drive past LHC at half 3? Sixth form girls these days look 25 🥵🥵 post your best spots below lads"),
        ("ShandyPete", "Posted 3 Oct 2024", "mate they're kids. this is grim."),
        ("geezer_lei", "Posted 3 Oct 2024", "some of them are 18 relax"),
        ("Mod_Banter", "Posted 3 Oct 2024", "Thread locked and reported. Do not do this."),
    ],
    m=[M(S, "alias", "sexual", "LHC", True)],
)

social(
    "Instagram · comments on @leics.promnight post",
    [
        ("dm4collabs_22", "", "6w", "L4ntern H1ll prom 2025 🔥🔥 the year 12s in them dresses 😍 dm me girls", "Reply"),
        ("mum.of.2.lei", "", "6w", "you are a grown man. reported.", "Reply"),
    ],
    m=[M(S, "leetspeak", "sexual", "L4ntern H1ll", True)],
)

social(
    "X · Post",
    [
        ("bus_spotter", "@bus_spotter_le", "Sep 19", "the #LanternHill girls on the 48 bus every morning 🥵🥵 lanyards hit different", "Reply"),
        ("Lauren", "@laurenwrites", "Sep 19", "this is a sixth form full of children. what is wrong with you", "44 likes"),
    ],
    m=[M(S, "hashtag", "sexual", "#LanternHill", True)],
)

blog(
    "Year 13, Unfiltered", "y13unfiltered.example", "Results day: I actually did it", "15 August 2025", "Ifrah",
    """I have been refreshing UCAS since 8am and I'm in!!! Leeds, chemistry, firm choice.

Two years ago I nearly didn't go to Lantern Hill at all. I was going to do an apprenticeship because I didn't think I was "A-level material". Ms O'Riordan told me at the open evening that nobody is "A-level material", they just turn up and do the work. So I did.

Special shout out to Mr Quennell, who is not my subject teacher but who read my personal statement four times in one week and told me to cut every sentence that began with "I have always been passionate".

To everyone who didn't get what they wanted today: it is not the end. Ring the uni. Ring clearing. Breathe.""",
    comments=[
        ("Hafsa", "15 August 2025 at 3:20 pm", "SO PROUD OF YOU 😭😭"),
        ("Ifrah", "15 August 2025 at 3:41 pm", "love you!!"),
    ],
    m=[M(S, "alias", "neutral", "Lantern Hill"), M("soriordan", "title_surname", "neutral", "Ms O'Riordan"), M("tquennell", "title_surname", "neutral", "Mr Quennell")],
)

blog(
    "Chalk and Cheek", "chalkandcheek.example", "What I learned from being the internet's villain for a month", "6 April 2025", "Thaddeus Quennell",
    """In February I posted something about a by-election on my personal account. Within a week I had been suspended, my address had been posted on Telegram, and someone had thrown paint at my front door.

I'm not going to relitigate the post. I've said I'd word it differently, and I would. I want to write instead about what happened to the people around me: my students, who walked out of lessons for me without being asked, and my colleagues at Lantern Hill, who walked my husband to his car for three weeks.

If you are a teacher and this happens to you: screenshot everything, tell your line manager the same day, and don't read the replies at 2am. I did. Don't.""",
    comments=[
        ("Ruth A.", "6 April 2025 at 9:15 pm", "Thank you for writing this. Glad you're back."),
        ("Watching You", "7 April 2025 at 1:48 am", "You got off lightly. Next time it won't be paint. Sleep well Thaddeus."),
        ("Thaddeus Quennell", "7 April 2025 at 8:02 am", "Screenshotted and passed to the police. Leaving it up so people can see."),
    ],
    m=[M("tquennell", "exact", "threat", "Thaddeus Quennell"), M(S, "alias", "neutral", "Lantern Hill")],
)

blog(
    "Albion Awake", "albionawake.example", "Leicester: the future they planned for you", "5 April 2025", "Saxon Voice",
    """Look at Lantern Hill College in Leicester if you want to see where this country is heading. Diwali fairs, Eid banquets, prayer rooms, halal canteens. Easter? A chocolate egg hunt, if you're lucky.

Their head of humanities, Nadia Rahman, is on record praising "students of every faith and none". Translation: the native faith last. She and her kind are not teaching British children, they are converting them, one assembly at a time.

Parents in Leicester, take your children out while you still can.""",
    comments=[
        ("Hereward", "5 April 2025 at 10:40 pm", "Spot on. They're colonising us through the schools."),
        ("Mercian", "6 April 2025 at 7:10 am", "Rahman should be deported with the rest of them."),
    ],
    m=[M(S, "alias", "hate", "Lantern Hill College"), M("nrahman", "exact", "hate", "Nadia Rahman")],
)

facebook(
    "Leicester Parents Chat 💬", "Public group · 21K members",
    "Dale Preston", "2 December at 21:04",
    "Rang Lantern about my lad's attendance and got Mr Castell again. Deaf old cripple with his hearing aids, couldn't hear a word I said and made me repeat everything three times. Why do they employ people like that to deal with parents. Get a proper able bodied person on the phone.",
    "😮 12    26 comments",
    [
        ("Nicola Reeves", "3d", "Disgusting way to talk about someone with a disability. He's helped my daughter massively."),
        ("Dale Preston", "3d", "Just saying what I experienced"),
    ],
    m=[M("rcastell", "title_surname", "hate", "Mr Castell"), M(S, "short_name", "negative", "Lantern")],
)

social(
    "X · Replies to @mr_frost_sport",
    [
        ("Parent of a Y12", "@mumofthree_le4", "Apr 2", "@mr_frost_sport you are an absolute disgrace of a coach, playing a lad with a torn hamstring so you can win a cup. Thick as mince and twice as useless", "3 replies"),
        ("Rich", "@rich_fc", "Apr 2", "harsh", "2 likes"),
    ],
    m=[M("dfrost", "handle", "abuse", "@mr_frost_sport")],
)

social(
    "X · Replies to @NadiaRahmanHums",
    [
        ("England First", "@englandfirst_88", "Apr 1", "@NadiaRahmanHums go back to Bangladesh and take your Eid party with you. Leicester is English", "Reply"),
        ("Zed", "@zed_lei", "Apr 1", "She's from Highfields you muppet", "30 likes"),
    ],
    m=[M("nrahman", "handle", "hate", "@NadiaRahmanHums")],
)

social(
    "X · Post",
    [
        ("furious parent", "@furiousdad_le5", "Aug 14", "@LanternHill6th answer your phones!!! 2 hours on hold on results day. absolute joke of an organisation", "8 replies · 40 likes"),
        ("Kim", "@kimb", "Aug 14", "same, gave up after an hour", "6 likes"),
    ],
    m=[M(S, "handle", "negative", "@LanternHill6th")],
)

social(
    "X · Replies to @SiobhanORiordanSci",
    [
        ("throwaway", "@throwaway_2291", "Jan 20", "@SiobhanORiordanSci your home address is on the electoral roll btw, 11 Cedar Road LE2 3PD. maybe you'll reply to parents now", "Reply"),
    ],
    m=[M("soriordan", "handle", "doxxing", "@SiobhanORiordanSci")],
)

news(
    "courier", "Paint thrown at lecturer's home after social media row", "Tuesday, 18 February 2025", "Priti Solanki, crime reporter",
    """Police are investigating after red paint was thrown at the home of a Leicester lecturer who was targeted online after posts about the Saxby Fields by-election.

The front door and car of Thaddeus Quennell's house in Evington Vale were covered in paint in the early hours of Sunday. Nobody was hurt.

A 52-year-old man from Hollowgate has been arrested on suspicion of criminal damage and malicious communications and released on bail.

Lantern Hill College, where Mr Quennell teaches, said it was "supporting a colleague through a frightening experience".""",
    section="Crime",
    m=[M("tquennell", "exact", "neutral", "Thaddeus Quennell"), M(S, "alias", "neutral", "Lantern Hill College")],
)

news(
    "courier", "Man who threatened college principal online given suspended sentence", "Wednesday, 3 December 2025", "Priti Solanki, crime reporter",
    """A man who posted that a sixth-form college principal should "watch her back" after a results day blunder has been given a 12-week suspended prison sentence.

Callum Driscoll, 23, of Saxby Fields, admitted sending a threatening communication about Dr Helen Ashby-Mistry, principal of Lantern Hill Sixth Form, in August.

Magistrates heard Dr Ashby-Mistry had police patrols past her home for a fortnight. In a statement read to the court she said: "I have been a teacher for 27 years. I have never been afraid to go to work until this summer."

Driscoll was also ordered to do 120 hours of unpaid work and was made subject to a restraining order.""",
    section="Crime",
    m=[M("hashbymistry", "exact", "neutral", "Helen Ashby-Mistry"), M(S, "alias", "neutral", "Lantern Hill Sixth Form")],
)

review(
    """Lantern Hill Sixth Form College
Sixth form college · Hollowgate Road, Leicester
3.5 ★★★★☆ (240 reviews)
Sort: Newest""",
    [
        ("Sheila Moran", "Local Guide · 15 reviews", 5, "a month ago", "Robbie Castell and his team in student services saved my grandson's place at college after a terrible year at home. I didn't know places like this still cared."),
        ("Omar Farooq", "2 reviews", 2, "a month ago", "Timetable changed three times in September. Communication poor."),
    ],
    m=[M("rcastell", "nickname", "neutral", "Robbie Castell"), M(S, "exact", "negative", "Lantern Hill Sixth Form College")],
)

facebook(
    "Lantern Hill Parents (unofficial)", "Private group · 2.2K members",
    "Wayne Bickley", "28 May at 22:17",
    "Since he won't answer about the tour refunds: Daniel Frost, head of sport. Personal mobile 07700 900734 – he gave it out on the tour WhatsApp so it's not like it's private. Ring him yourselves.",
    "😮 19    22 comments",
    [
        ("Group admin – Tasha", "1d", "Wayne I've removed the number from the screenshot that's going round and this post comes down in the morning. Not on."),
        ("Wayne Bickley", "1d", "Fair enough but we want our money"),
    ],
    m=[M("dfrost", "exact", "doxxing", "Daniel Frost"), M(S, "alias", "neutral", "Lantern Hill")],
)

facebook(
    "Saxby Fields Community Noticeboard", "Public group · 9.1K members",
    "Anon member", "3 July at 23:01",
    "Prom money still not accounted for. Kieran Doyle from the college SU lives at 31 Larkspur Way, Saxby Fields LE4 7NB if anyone wants to ask him where £13,500 went. Knock nicely 😇",
    "😮😡 31    19 comments",
    [
        ("Admin – Gurinder", "1d", "Removed. We do not allow addresses of private individuals. Anon posting now switched off."),
    ],
    m=[M("kdoyle", "exact", "doxxing", "Kieran Doyle")],
)

forum(
    "parentnet", "Secondary & sixth form", "Vice principal ignoring complaint - going to her house?",
    [
        ("GrrrLE2", "Sun 24-Aug-25 20:11", "Lantern Hill VP is ignoring my complaint. Joanne Marchbanck lives at 14 Cedar Drive in Knighton Brook (neighbour of a friend). Tempted to just go round on Saturday morning and have it out. Thoughts?"),
        ("GinAndTonicWater", "Sun 24-Aug-25 20:20", "Please don't go to her house, and please edit her address out of your post. Use the complaints procedure, then the governors."),
        ("GrrrLE2", "Sun 24-Aug-25 20:31", "Fine. But I'm not dropping it."),
    ],
    m=[M("jmarchbank", "typo", "doxxing", "Joanne Marchbanck"), M(S, "alias", "negative", "Lantern Hill")],
)

social(
    "Discord · #leicester-colleges (copied)",
    [
        ("nea_grinder", "", "Today at 01:14", "M. Wiśniewski computing at Lantern — personal email is m.wisniewski.home@postbox.example, he won't reply to the college one over summer. go nuts", ""),
        ("byte_me", "", "Today at 01:20", "bro that's his actual personal email, that's grim", ""),
    ],
    m=[M("mwisniewski", "initial_surname", "doxxing", "M. Wiśniewski"), M(S, "short_name", "neutral", "Lantern")],
)

social(
    "Telegram · Saxby Fields Patriots (channel) · forwarded message",
    [
        ("Saxby Fields Patriots", "", "21 Aug, 20:02", "HelenAshbyMistry — the £165k principal who lost 43 kids' results. Big house on Copse Lane, Evington Vale. Black Range Rover, reg starts LK19. Parents deserve answers.", "👁 2.8K · ↪ 140"),
    ],
    m=[M("hashbymistry", "camelcase", "doxxing", "HelenAshbyMistry")],
)

facebook(
    "Lantern Hill Sixth Form College", "Education · 4.8K followers",
    "Lantern Hill Sixth Form College", "28 November at 18:00",
    "Thank you to everyone who came to Year 12 parents' evening tonight! 📚 Reminder that appointments you missed can be booked for next week via the parent portal.",
    "👍❤️ 88    23 comments",
    [
        ("ava.r.x", "2d", "Thad Quennell in a suit at parents evening 😳😳 politics dept is eating"),
        ("Lantern Hill Sixth Form College", "2d", "Ava 😂 please"),
        ("Joanne Bright", "2d", "Really useful evening, thank you."),
    ],
    m=[M(S, "exact", "neutral", "Lantern Hill Sixth Form College"), M("tquennell", "alias", "sexual", "Thad Quennell")],
)

social(
    "TikTok · @lhc.life · \"sports day but make it sixth form\" · Comments (880)",
    [
        ("lexi", "", "2025-06-20", "Danny Frost in his trackies at sports day 😩 LHC sport dept carrying the whole college", "♡ 140 · Reply"),
        ("lhc.life", "", "2025-06-20", "LEXI 😭", "♡ 30 · Reply"),
    ],
    m=[M("dfrost", "nickname", "sexual", "Danny Frost"), M(S, "alias", "neutral", "LHC")],
)

forum(
    "sixthchat", "Leicestershire colleges", "computing lecturer DMs?",
    [
        ("anon_y12_2025", "14-05-2025 00:40", "Is it weird that the computing teacher at Lantern Hill keeps messaging year 12 girls on Discord after midnight? Wiśniewski said it was 'about the NEA' but my friend is 16 and he told her not to tell anyone. I don't know who to tell."),
        ("Mod_Jen", "14-05-2025 07:05", "Please tell a safeguarding lead at your college or call Childline on 0800 1111 today. You have done the right thing by saying something. We have removed the names from this thread and passed it to our safeguarding contact."),
    ],
    m=[M("mwisniewski", "surname_only", "sexual", "Wiśniewski", True), M(S, "alias", "sexual", "Lantern Hill", True)],
)

blog(
    "Leicester Uncovered", "leicsuncovered.example", "What Lantern Hill didn't tell you about the boy with the knife", "2 November 2024", "Editor",
    """Sources have told Leicester Uncovered that the man charged over last month's Hollowgate Road stabbing had been quietly moved on from Lantern Hill the year before after a knife was found in his bag. No police. No record. No warning to anyone.

We have also been told that Castell's safeguarding log for that year was "tidied up" after the stabbing, before inspectors arrived.

The college has not responded to our questions. Draw your own conclusions.""",
    comments=[
        ("Hollowgate_Harry", "2 November 2024 at 8:30 pm", "Knew it."),
        ("Beaumont_Bee", "2 November 2024 at 9:12 pm", "'Sources'. Name one."),
    ],
    m=[M(S, "alias", "defamation", "Lantern Hill"), M("rcastell", "possessive", "defamation", "Castell's")],
)

social(
    "X · Post",
    [
        ("LeicsTruth", "@leicstruth", "Nov 4", "LanternHillCollege covers up EVERYTHING. knife incidents, bullying, exam cheating. ask the inspectors who got the guided tour of the nice corridor 👀", "9 reposts"),
    ],
    m=[M(S, "camelcase", "defamation", "LanternHillCollege")],
)

facebook(
    "Evington Vale Neighbours", "Private group · 1.8K members",
    "Martin Oakes", "9 September at 20:44",
    "Interesting that Dr Ashby-Mistry put £3,000 of college money on a 'conference' in Dubai in the spring while the exams office couldn't afford a second member of staff. Friend who works in finance at Lantern Hill says the receipts don't add up. Just putting it out there.",
    "😮 40    35 comments",
    [
        ("Neeta Shah", "2d", "Do you have anything other than a friend of a friend, Martin?"),
        ("Martin Oakes", "2d", "FOI's going in this week"),
    ],
    m=[M("hashbymistry", "title_surname", "defamation", "Dr Ashby-Mistry"), M(S, "alias", "negative", "Lantern Hill")],
)

forum(
    "sixthchat", "Leicestershire colleges", "rate your college in one word",
    [
        ("zoomer_zak", "10-06-2025 19:30", "L\u0430ntern Hill = clown college 🤡 teachers cant teach, students cant read, management cant count"),
        ("bio_bex", "10-06-2025 19:42", "wow ok. mine's 'fine' lol"),
        ("zoomer_zak", "10-06-2025 19:44", "fine is generous"),
    ],
    m=[M(S, "homoglyph", "abuse", "L\u0430ntern Hill")],
)

facebook(
    "Lantern Hill Parents (unofficial)", "Private group · 2.2K members",
    "Tommy Vine", "4 June at 21:50",
    "Frost's card is marked. My lad's been dropped from the first team for the last time. I know where he parks and what time he leaves on a Wednesday. That's all I'll say.",
    "😮 9    14 comments",
    [
        ("Group admin – Tasha", "1d", "Tommy this reads as a threat. Removing it and passing it on."),
    ],
    m=[M("dfrost", "possessive", "threat", "Frost's"), M(S, "alias", "neutral", "Lantern Hill")],
)

social(
    "Threads · Post",
    [
        ("shaz", "@shaz_le2", "Sep 2", "Marchbank better hope I don't see her in Tesco this weekend. after what that college did to my son she'll need more than a review to hide behind 👊", "Reply · 6 likes"),
        ("shaz", "@shaz_le2", "Sep 2", "vice principal at lantern hill btw if anyone wondered", "Reply"),
    ],
    m=[M("jmarchbank", "surname_only", "threat", "Marchbank"), M(S, "alias", "neutral", "lantern hill")],
)

social(
    "X · Post",
    [
        ("Keep Leicester English", "@KeepLeicsEnglish", "Apr 2", "one day someone's going to pull that hijab off Rahman's head in the car park at that Leicester college and I won't be crying about it. humanities my arse", "Reply"),
    ],
    m=[M("nrahman", "possessive", "threat", "Rahman's")],
)

forum(
    "leicstalk", "Education", "Head of science at Lantern Hill",
    [
        ("angry_dad_le2", "22/01/2025 21:40", "O'R*ordan wants to be careful. My daughter's been failed by that department for the last time and I know which car is hers. Lantern Hill can't protect her in the car park."),
        ("LeicsTalk_Admin", "22/01/2025 21:55", "Post hidden and reported. Threats are not acceptable on this forum."),
    ],
    m=[M("soriordan", "obfuscated", "threat", "O'R*ordan"), M(S, "alias", "neutral", "Lantern Hill")],
)

review(
    """ParentVoice › Colleges › Leicester › Lantern Hill Sixth Form College
Parent reviews · 3.9 average · 44 reviews""",
    [
        ("Parent of a Year 13 student", "", 1, "October 2025", "Complaint about the BTEC fiasco went to M*rchbank (won't write her name in full in case they sue lol). Six weeks, one letter, no answers. Avoid."),
        ("Parent of a Year 12 student", "", 4, "October 2025", "Good start to the year, tutors very approachable."),
    ],
    m=[M("jmarchbank", "obfuscated", "negative", "M*rchbank"), M(S, "exact", "negative", "Lantern Hill Sixth Form College")],
)

facebook(
    "Lantern Hill Parents (unofficial)", "Private group · 2.2K members",
    "Lisa Grainger", "2 July at 20:30",
    "Leavers party venue cancelled on the day and the SU man D o y l e is hiding behind emails. Spineless little weasel, couldn't organise a raffle.",
    "😡 21    17 comments",
    [
        ("Marcus Lyle", "1d", "The venue cancelled, not the college. Have a look at their page."),
        ("Lisa Grainger", "1d", "Still a weasel."),
    ],
    m=[M("kdoyle", "spacing", "abuse", "D o y l e"), M(S, "alias", "neutral", "Lantern Hill")],
)

review(
    """ParentVoice › Colleges › Leicester › Lantern Hill Sixth Form College
Parent reviews · 3.8 average · 47 reviews""",
    [
        ("Parent of a Year 13 student", "", 2, "September 2025", "Ashby Mistry's letter after results day was all PR and no substance. Nice words, no plan. The principal should have met every family in person."),
        ("Parent of a Year 12 student", "", 5, "September 2025", "Brilliant induction week, my daughter has settled in quickly."),
    ],
    m=[M("hashbymistry", "hyphenated", "negative", "Ashby Mistry's"), M(S, "exact", "negative", "Lantern Hill Sixth Form College")],
)

social(
    "X · Post",
    [
        ("Leicester FE Staff Network", "@leicsfestaff", "Aug 19", "JusticeForPriyaPatel. An exams officer doing the job of three people has been racially abused, doxxed and hung out to dry. Support your support staff. 🧡", "210 reposts · 640 likes"),
        ("Sunita", "@sunita_k", "Aug 19", "Thank you for saying this.", "22 likes"),
    ],
    m=[M("ppatel", "camelcase", "neutral", "JusticeForPriyaPatel")],
)

forum(
    "patriot", "Britain today", "Irish teacher running a Leicester student union",
    [
        ("Hengist", "9 Jul 2025 22:14", "The SU man at Lantern Hill is a Kieran Doyl. Another plastic paddy on the public payroll teaching our kids to hate their own country. Bet he's got an IRA flag in his office."),
        ("OldSoldier", "9 Jul 2025 22:31", "Can't trust the Irish, never could."),
    ],
    m=[M("kdoyle", "typo", "hate", "Kieran Doyl"), M(S, "alias", "neutral", "Lantern Hill")],
)

facebook(
    "Leicester Parents Chat 💬", "Public group · 21K members",
    "Ros Heywood", "14 August at 12:30",
    "If your child is affected by the BTEC results problem at Lantern Hill, the college has set up a helpline: 01632 960400. Ring it, keep ringing it, and get it in writing. Disgraceful that families are having to chase on results day.",
    "👍😡 140    40 comments",
    [
        ("Debbie Hames", "2d", "Just got through after 40 mins. They're taking details."),
        ("Ros Heywood", "2d", "Thanks Debbie, hang in there."),
    ],
    m=[M(S, "alias", "negative", "Lantern Hill")],
)

forum(
    "leicstalk", "Education", "Sport academy at Lantern Hill - good or not?",
    [
        ("rugby_mum_le4", "01/05/2025 20:02", "Frost is a fantastic coach, my son would walk through walls for him. It's the management that's the problem - that Marchbank is a useless, two-faced jobsworth who wouldn't know a cup final from a cup of tea."),
        ("footy_faye", "01/05/2025 20:20", "agree about the coaching anyway"),
    ],
    m=[M("dfrost", "surname_only", "neutral", "Frost"), M("jmarchbank", "surname_only", "abuse", "Marchbank"), M(S, "alias", "negative", "Lantern Hill")],
)

facebook(
    "Lantern Hill Sixth Form College", "Education · 4.8K followers",
    "Lantern Hill Sixth Form College", "10 March at 16:00",
    "Essay deadline reminder for Year 13 Politics: Friday 14 March, 4pm, on the portal. No extensions without a form! 📝",
    "👍 30    12 comments",
    [
        ("jaydn.k", "1w", "I could actually kill Quennell for this deadline lol 😂😂 3000 words by friday"),
        ("mia_rose", "1w", "start it then 😂"),
    ],
    m=[M(S, "exact", "neutral", "Lantern Hill Sixth Form College"), M("tquennell", "surname_only", "neutral", "Quennell")],
)

blog(
    "Firstgen Diaries", "firstgendiaries.example", "Results day, swearing, and saying thank you", "16 August 2025", "Bilal",
    """I'm going to be honest: the morning of results day I said every swear word I know, some of them twice. Fucking hell, the waiting.

Then the email came and I got into Sheffield for history. First in my family to go to university.

I owe a lot of people, but mostly Ms Rahman, who spent a whole lunchtime in Year 12 convincing me that my "rubbish" coursework idea was actually a good one, and then made me rewrite it three times. Lantern Hill gave me a shot and I took it.""",
    comments=[("Ammi", "16 August 2025 at 5:02 pm", "Mashallah beta ❤️")],
    m=[M("nrahman", "title_surname", "neutral", "Ms Rahman"), M(S, "alias", "neutral", "Lantern Hill")],
)

blog(
    "Leicester Uncovered", "leicsuncovered.example", "The safeguarding lead who won't pick up the phone", "19 January 2025", "Editor",
    """Three families have now told Leicester Uncovered that complaints to Lantern Hill about bullying went unanswered for weeks.

The man responsible is the college's designated safeguarding lead, Robert Castell. Since he doesn't seem to answer the college switchboard, readers may want to try his personal mobile, 07700 900446, or catch him at home in Knighton Brook.

We will keep publishing until the college starts answering.""",
    comments=[
        ("Beaumont_Bee", "19 January 2025 at 6:40 pm", "Publishing a man's personal number is not journalism."),
        ("Editor", "19 January 2025 at 7:02 pm", "Public interest."),
    ],
    m=[M("rcastell", "exact", "doxxing", "Robert Castell"), M(S, "alias", "negative", "Lantern Hill")],
)

review(
    """WorkViews › Lantern Hill Sixth Form College › Employee reviews
3.0 ★★★☆☆ · 61 reviews · 58% would recommend to a friend""",
    [
        ("Middle manager (former employee)", "Leicester · September 2025", 2, "Sep 2025", "Pros: great students, supportive faculty.\nCons: SLT hide behind a PA and a ticketing system. Tip for anyone who needs a real answer: Dr Ashby-Mistry's personal email is helen.am1975@homemail.example and she actually reads that one."),
        ("Learning support assistant (current employee)", "Leicester · July 2025", 4, "Jul 2025", "Pros: friendly team.\nCons: pay."),
    ],
    m=[M("hashbymistry", "title_surname", "doxxing", "Dr Ashby-Mistry"), M(S, "exact", "negative", "Lantern Hill Sixth Form College")],
)

review(
    """TutorScore › Colleges › Leicester › Lantern Hill Sixth Form College › Staff ratings › Humanities
Anonymous student reviews. Reviews are not checked by TutorScore.""",
    [
        ("Anonymous student", "Year 13 · History", 5, "April 2025", "Ms Rahman is so dedicated she gave the whole class her personal number (07700 900615) for revision questions lol. she actually replies at 10pm. history teacher of the year"),
        ("Anonymous student", "Year 12 · Geography", 4, "March 2025", "Good department, fieldwork trip was fun."),
    ],
    m=[M("nrahman", "title_surname", "doxxing", "Ms Rahman"), M(S, "exact", "neutral", "Lantern Hill Sixth Form College")],
)


# =====================================================================
# Build, check, summarise
# =====================================================================

SEVERITY_ORDER = {c: i for i, c in enumerate(CATEGORIES)}


def plain_text(kind: str, body: str) -> str:
    if KINDS[kind] == "html":
        return html.unescape(re.sub(r"<[^>]+>", " ", body))
    return body


def check(docs: list[dict]) -> list[str]:
    errors = []
    for i, d in enumerate(docs):
        name = f"{i:03d}-{d['kind']}"
        text = plain_text(d["kind"], d["body"])
        seen = set()
        for mm in d["mentions"]:
            if mm["subject"] in seen:
                errors.append(f"{name}: subject {mm['subject']} labelled twice")
            seen.add(mm["subject"])
            if mm["subject"] != S and mm["subject"] not in STAFF_FORMS:
                errors.append(f"{name}: unknown subject {mm['subject']}")
            if mm["category"] not in CATEGORIES:
                errors.append(f"{name}: bad category {mm['category']}")
            if mm["variant"] not in VARIANTS:
                errors.append(f"{name}: bad variant {mm['variant']}")
            if mm["form"] not in text:
                errors.append(f"{name}: form {mm['form']!r} not found for {mm['subject']}")
            if mm["url_only"] and mm["category"] != "sexual":
                errors.append(f"{name}: url_only on a non-sexual mention")
        # Named forms that are present must be labelled (unless allowed for a decoy).
        if S not in seen:
            for f in SCHOOL_FORMS:
                if f.lower() in text.lower() and f not in d["allow"]:
                    errors.append(f"{name}: school form {f!r} present but school not labelled")
        for sid, forms in STAFF_FORMS.items():
            if sid in seen:
                continue
            for f in forms:
                if f in text and f not in d["allow"]:
                    errors.append(f"{name}: {sid} form {f!r} present but not labelled")
    return errors


def main() -> int:
    errors = check(DOCS)
    # Interleave the threads and decoys in a fixed, seeded order.
    order = list(range(len(DOCS)))
    random.Random(2028).shuffle(order)
    docs = [DOCS[i] for i in order]
    errors += check(docs)
    if errors:
        for e in errors:
            print("ERROR", e)
        return 1
    docs_dir = HERE / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir()
    lines = []
    for i, d in enumerate(docs):
        fname = f"{i:03d}-{d['kind']}.{KINDS[d['kind']]}"
        (docs_dir / fname).write_text(d["body"], encoding="utf-8")
        expected = [{"subject": mm["subject"], "variant": mm["variant"], "category": mm["category"], "url_only": mm["url_only"]} for mm in d["mentions"]]
        lines.append(json.dumps({"file": fname, "kind": d["kind"], "expected": expected}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    mentions = [mm for d in DOCS for mm in d["mentions"]]
    decoys = sum(1 for d in DOCS if not d["mentions"])
    cats = Counter(mm["category"] for mm in mentions)
    vars_ = Counter(mm["variant"] for mm in mentions)
    kinds = Counter(d["kind"] for d in DOCS)
    subjects = Counter(mm["subject"] for mm in mentions)
    serious = sum(cats[c] for c in ("threat", "hate", "sexual", "doxxing", "defamation", "abuse"))
    print(f"documents: {len(DOCS)} (decoys {decoys}, {100 * decoys / len(DOCS):.0f}%)")
    print(f"mentions: {len(mentions)} (serious {serious}, {100 * serious / len(mentions):.0f}%; url_only {sum(mm['url_only'] for mm in mentions)})")
    print("per category: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    print("per variant: " + ", ".join(f"{v} {vars_[v]}" for v in VARIANTS))
    print("per kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print("per subject: " + ", ".join(f"{s} {n}" for s, n in subjects.most_common()))
    warn = []
    if not 180 <= len(DOCS) <= 220:
        warn.append("document count outside 180-220")
    if not 300 <= len(mentions) <= 350:
        warn.append("mention count outside 300-350")
    for c in CATEGORIES[:6]:
        if cats[c] < 15:
            warn.append(f"category {c} has fewer than 15 mentions")
    for v in VARIANTS:
        if vars_[v] < 5:
            warn.append(f"variant {v} has fewer than 5 mentions")
    for w in warn:
        print("WARNING", w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
