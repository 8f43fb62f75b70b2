#!/usr/bin/env python3
# ruff: noqa: E501, E741, SIM102
"""Build the heldout27 labelled evaluation corpus for the repwatch matcher.

Setting
    Tattenbury Compass Academy ("Compass", "Compass Academy", "TCA", formerly
    "Tattenbury Upper School") is an invented 11-19 academy of about 1,900 pupils in
    Tattenbury, an invented 1970s new town on the Buckinghamshire/Bedfordshire border
    laid out on a grid of roundabouts (districts Fennick Park, Orwin Grange, Moat Hill,
    Sallow End). It belongs to the large Meridian Vale Learning Trust, has grown fast
    into portakabin classrooms, and in 2024-25 went from Outstanding to Requires
    Improvement. Stories: a school-bus contract row (Grayline Travel replaced by Vale
    Link Coaches), a far-right sticker campaign aimed at Nigerian, Romanian and Indian
    families, a head of sixth form accused on TikTok, a popular computing teacher who
    runs the esports club, a parent convicted of threatening a head of year.
    All names, places, phone numbers, postcodes and domains are fictitious.

Staff (watchlist ids)
    sashworthpryce  Simon Ashworth-Pryce, Principal (hyphenated; alias Simon Pryce)
    rokafor         Rachel Okafor, Deputy Principal and DSL (maiden name Rachel Pendry)
    rkinsella       Robert Kinsella, computing teacher, esports club (Rob/Robbie/Bob)
    doriordan       Declan O'Riordan, Head of Sixth Form (apostrophe)
    ypennefather    Ysolde Pennefather, Head of English (unique = true; also a poet)
    mdavies         Mark Davies, Business Manager (very common name; decoy namesakes)
    amargineanu     Anca Mărgineanu, EAL Coordinator (accent; alias Anca Margineanu)
    praghunathan    Priya Raghunathan, Head of Science
    nbrereton       Nathan Brereton, Head of Year 10
    jtilley         Joanne Tilley, SENCo

Voices
    Tattenbury Today (local news with comments), Three Shires Herald (regional paper),
    The Daily Beacon (national tabloid), NatterNest (Mumsnet-style forum), Staffroom
    Confidential (teachers' forum), FragHub (gaming forum), parents' Facebook groups,
    community groups (Nigerian, Romanian, Indian families), Google / Indeed / Glassdoor
    reviews, X / TikTok / Instagram / Snapchat / Reddit / YouTube / Twitch extracts, blogs,
    newsletters, council minutes and job adverts.

Decoys
    About a fifth of the documents have no expected mention: "compass" as an ordinary
    word (navigation, "moral compass"), Compass Point Retail Park, Compass Lettings,
    Compass Driving School, Compass Primary Academy elsewhere, other bodies called TCA
    (Tattenbury Canoe Association, the UK-EU Trade and Cooperation Agreement, a TCA
    skin peel), namesakes of staff clearly elsewhere (several Mark Davieses, a Declan
    O'Riordan in another country, a Nathan Brereton rugby player), and pages that describe
    the school without naming it.

Labelling conventions
    One expected entry per subject per document, with the easiest form present
    (exact > alias > title_surname > the rest) and the worst category for that subject
    in that document (threat > hate > sexual > doxxing > defamation > abuse > negative >
    neutral). School: full name exact, "Compass" alone short_name, other aliases alias;
    the school is a subject only when the document refers to the school itself. Quoting
    abuse to condemn it, news of a harasser's conviction and untargeted swearing are
    neutral for the victim; a staff member praised in a post attacking someone else is
    neutral; news of arrest/suspension/investigation is defamation; sexual content where
    a child may be involved is sexual with url_only true for the staff member and for the
    school when it is named; a pupil's crush on an adult teacher is sexual, url_only false.
    Non-unique staff count only where the page ties them to the school; Ysolde
    Pennefather (unique) counts wherever named. The `form` of each expected mention is
    kept in this script only, to check that it occurs in the document text.

Running
    python3 tests/corpus_heldout27/build_heldout27.py   (from any directory)
    rewrites docs/ and labels.jsonl beside this script, checks every label against the
    document text and watchlist.toml, prints a summary, and exits 1 on any problem.
"""

from __future__ import annotations

import html
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
LABELS = HERE / "labels.jsonl"
WATCHLIST = HERE / "watchlist.toml"

WATCHLIST_TEXT = """\
# Invented school for the heldout27 evaluation corpus (all names, places, numbers fictitious).
[school]
name = "Tattenbury Compass Academy"
aliases = ["Compass", "Compass Academy", "TCA", "Tattenbury Upper School"]
locality = ["Tattenbury", "Fennick Park", "Orwin Grange"]
own_domains = ["tattenburycompass.example"]
phones = ["01632 960274"]

[[staff]]
id = "sashworthpryce"
name = "Simon Ashworth-Pryce"
role = "Principal"
aliases = ["Simon Pryce"]
line_manager = "ceo@meridianvale.example"

[[staff]]
id = "rokafor"
name = "Rachel Okafor"
role = "Deputy Principal and Designated Safeguarding Lead"
aliases = ["Rachel Pendry"]
line_manager = "principal@tattenburycompass.example"

[[staff]]
id = "rkinsella"
name = "Robert Kinsella"
role = "Teacher of Computing and Esports Club Lead"
line_manager = "deputy@tattenburycompass.example"

[[staff]]
id = "doriordan"
name = "Declan O'Riordan"
role = "Head of Sixth Form"
line_manager = "principal@tattenburycompass.example"

[[staff]]
id = "ypennefather"
name = "Ysolde Pennefather"
role = "Head of English"
unique = true
line_manager = "deputy@tattenburycompass.example"

[[staff]]
id = "mdavies"
name = "Mark Davies"
role = "Business Manager"
line_manager = "principal@tattenburycompass.example"

[[staff]]
id = "amargineanu"
name = "Anca Mărgineanu"
role = "EAL Coordinator"
aliases = ["Anca Margineanu"]
line_manager = "deputy@tattenburycompass.example"

[[staff]]
id = "praghunathan"
name = "Priya Raghunathan"
role = "Head of Science"
line_manager = "deputy@tattenburycompass.example"

[[staff]]
id = "nbrereton"
name = "Nathan Brereton"
role = "Head of Year 10"
line_manager = "deputy@tattenburycompass.example"

[[staff]]
id = "jtilley"
name = "Joanne Tilley"
role = "SENCo"
line_manager = "deputy@tattenburycompass.example"

[[exclude]]
text = "Compass Point Retail Park"

[[exclude]]
text = "Compass Lettings"

[[exclude]]
text = "Tattenbury Canoe Association"

[[exclude]]
text = "Compass Primary Academy"

[[exclude]]
text = "Compass Driving School"
"""

CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
SERIOUS = {"threat", "hate", "sexual", "doxxing", "defamation", "abuse"}
VARIANTS = [
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
]
VAR_CODES = {
    "ex": "exact", "al": "alias", "sn": "short_name", "ts": "title_surname",
    "is": "initial_surname", "fi": "first_initial", "nn": "nickname", "po": "possessive",
    "hy": "hyphenated", "ty": "typo", "le": "leetspeak", "ho": "homoglyph", "sp": "spacing",
    "ob": "obfuscated", "ha": "hashtag", "hd": "handle", "cc": "camelcase", "so": "surname_only",
}
CAT_CODES = {
    "thr": "threat", "hat": "hate", "sex": "sexual", "dox": "doxxing", "def": "defamation",
    "abu": "abuse", "neg": "negative", "neu": "neutral",
}

# Homoglyph tokens (Cyrillic / Greek letters standing in for Latin ones).
TOKENS = {
    "[[hgKinsella]]": "\u041ainsella",  # Cyrillic KA
    "[[hgORiordan]]": "O'Ri\u043erdan",  # Cyrillic o
    "[[hgOkafor]]": "\u041ekaf\u043er",  # Cyrillic O, o
    "[[hgSchool]]": "Tattenbury C\u03bfmpass Academy",  # Greek omicron
    "[[hgMargineanu]]": "M\u0103rgine\u0430nu",  # Cyrillic a
}


def detok(s: str) -> str:
    for k, v in TOKENS.items():
        s = s.replace(k, v)
    return s


# ---------------------------------------------------------------------------
# Sites (chrome for the HTML kinds)
# ---------------------------------------------------------------------------
SITES = {
    "today": {
        "name": "Tattenbury Today",
        "domain": "tattenburytoday.example",
        "nav": ["News", "Schools", "Roads & Roundabouts", "Sport", "What's On", "Jobs", "Property"],
        "footer": "Tattenbury Today is an independent local news site. Got a story? Email newsdesk@tattenburytoday.example or call 01632 960511.",
        "aside": "Most read: A5 closure at Chalkpit roundabout | Moat Hill leisure centre reopening | Lapwing Way speed cameras",
    },
    "herald": {
        "name": "Three Shires Herald",
        "domain": "threeshiresherald.example",
        "nav": ["Home", "News", "Education", "Business", "Opinion", "Sport", "Obituaries"],
        "footer": "Three Shires Herald, Unit 4 Granary Court, Kettlebridge KB2 9XQ. Independent Press Standards: complaints@threeshiresherald.example",
        "aside": "Subscribe for 99p a week | Puzzles | Family notices | Herald Jobs",
    },
    "beacon": {
        "name": "The Daily Beacon",
        "domain": "dailybeacon.example",
        "nav": ["News", "Politics", "Showbiz", "Money", "Health", "Sport", "Puzzles"],
        "footer": "The Daily Beacon. Contact the newsdesk: tips@dailybeacon.example. Terms | Privacy | Cookie settings",
        "aside": "TRENDING: Reality star's villa meltdown | Pensioners' heating warning | Royal tour latest",
    },
    "natter": {
        "name": "NatterNest",
        "domain": "natternest.example",
        "nav": ["Talk", "Education", "Secondary", "Would I Be Unreasonable", "Local: Beds & Bucks", "Relationships", "Money"],
        "footer": "NatterNest Ltd. Talk guidelines | Report a post | Privacy. Views expressed are those of members.",
        "aside": "Active threads | Watched threads | I'm on",
    },
    "staffroom": {
        "name": "Staffroom Confidential",
        "domain": "staffroomconfidential.example",
        "nav": ["Forums", "Workplace dilemmas", "Secondary", "Leadership", "Supply", "Job seeking", "Chat"],
        "footer": "Staffroom Confidential - the independent community for teachers. Moderation: mods@staffroomconfidential.example",
        "aside": "New posts | Jobs board | Pay scales 2025",
    },
    "fraghub": {
        "name": "FragHub Forums",
        "domain": "fraghub.example",
        "nav": ["Forums", "Rocket League", "Valorant", "Fortnite", "Schools & Colleges Esports", "Off-topic"],
        "footer": "FragHub Forums. Be decent. Report toxicity to the mods.",
        "aside": "Live tournaments | Team finder | Merch",
    },
    "tattchat": {
        "name": "TattChat Community Forum",
        "domain": "tattchat.example",
        "nav": ["Boards", "Moving to Tattenbury", "Schools", "Traffic & Transport", "Lost & Found", "Politics"],
        "footer": "TattChat is run by volunteers. Admin: admin@tattchat.example",
        "aside": "Who's online | Board rules",
    },
    "roundabout": {
        "name": "The Roundabout Diaries",
        "domain": "roundaboutdiaries.example",
        "nav": ["Home", "Commuting", "School Run", "Recipes", "About me"],
        "footer": "The Roundabout Diaries - one mum, one Corsa, ninety-four roundabouts. All opinions my own.",
        "aside": "About me: commuter, mum of three, professional kettle-boiler. Subscribe by email.",
    },
    "hesketh": {
        "name": "Cllr Bryony Hesketh - Fennick Park Ward",
        "domain": "brynyhesketh.example",
        "nav": ["Home", "Casework", "Surgeries", "Planning", "Contact"],
        "footer": "Promoted by B. Hesketh, 12 Ploughwright Court, Tattenbury TB3 8QZ. Published and printed by the author.",
        "aside": "Next surgery: Saturday 10am, Fennick Park Library",
    },
    "chalkdust": {
        "name": "Chalk Dust Confessions",
        "domain": "chalkdustconfessions.example",
        "nav": ["Home", "Rants", "Marking", "Leadership Bingo", "Archive"],
        "footer": "Anonymous teacher blog. Names changed where it matters. Comments moderated.",
        "aside": "Archive: 2025 (14) | 2024 (31) | 2023 (22)",
    },
    "levelup": {
        "name": "LevelUp Schools Esports",
        "domain": "levelupesports.example",
        "nav": ["News", "Leagues", "Results", "Coaches' Corner", "Safeguarding"],
        "footer": "LevelUp Schools Esports Network. Safeguarding contact: safe@levelupesports.example",
        "aside": "Spring Split standings | Register a team",
    },
    "valehike": {
        "name": "Vale Ramblers Blog",
        "domain": "valeramblers.example",
        "nav": ["Walks", "Skills", "Kit", "Club", "Contact"],
        "footer": "Vale Ramblers walking club. Walk at your own risk and always tell someone your route.",
        "aside": "Next club walk: Sunday, meet at Moat Hill car park",
    },
    "minutes": {
        "name": "North Vale Council - Democracy",
        "domain": "northvale-council.example",
        "nav": ["Committees", "Meetings", "Minutes", "Councillors", "Petitions"],
        "footer": "North Vale Council. These minutes are subject to approval at the next meeting.",
        "aside": "Download PDF | Agenda pack | Webcast",
    },
    "jobs": {
        "name": "EduJobs Direct",
        "domain": "edujobsdirect.example",
        "nav": ["Search jobs", "Schools", "Trusts", "Salary guide", "Upload CV"],
        "footer": "EduJobs Direct. We never ask candidates for money. Report a suspicious advert.",
        "aside": "Similar jobs near Tattenbury",
    },
    "fpra": {
        "name": "Fennick Park Residents' Association",
        "domain": "fennickpark-ra.example",
        "nav": ["Newsletter", "Meetings", "Planning", "Green spaces", "Join"],
        "footer": "Fennick Park Residents' Association. Membership £5 a year. Secretary: fpra.secretary@fennickpark-ra.example",
        "aside": "Litter pick: first Saturday of the month",
    },
    "glowup": {
        "name": "Glow Notes",
        "domain": "glownotes.example",
        "nav": ["Skin", "Hair", "Reviews", "Shop"],
        "footer": "Glow Notes. Not medical advice. Patch test everything.",
        "aside": "Trending: barrier repair, SPF myths",
    },
    "tradeblog": {
        "name": "Border Lines - a trade policy blog",
        "domain": "borderlines.example",
        "nav": ["Posts", "Explainers", "About"],
        "footer": "Border Lines. Personal views, not those of any employer.",
        "aside": "Tags: TCA, customs, mobility, fisheries",
    },
    "meridian": {
        "name": "Meridian Vale Learning Trust - News",
        "domain": "meridianvale.example",
        "nav": ["About the Trust", "Our Academies", "Careers", "Governance", "News"],
        "footer": "Meridian Vale Learning Trust. Company number 00000000 (fictitious). Registered office: Kettlebridge.",
        "aside": "38 academies | 27,000 learners",
    },
    "poetry": {
        "name": "Kettlebridge Poetry Festival",
        "domain": "kettlebridgepoetry.example",
        "nav": ["Programme", "Poets", "Tickets", "Open Mic", "Venues"],
        "footer": "Kettlebridge Poetry Festival is a registered charity (fictitious).",
        "aside": "Box office: 01632 960733",
    },
    "pitchside": {
        "name": "Pitchside Rugby News",
        "domain": "pitchside.example",
        "nav": ["Premiership", "Championship", "Transfers", "Grassroots"],
        "footer": "Pitchside Rugby News.",
        "aside": "Transfer window tracker",
    },
}

DOCS: list[dict] = []


def _exp(items):
    out = []
    for it in items:
        subj, var, cat, form = it[:4]
        url_only = cat.endswith("!")
        cat = cat.rstrip("!")
        out.append({
            "subject": subj,
            "variant": VAR_CODES.get(var, var),
            "category": CAT_CODES.get(cat, cat),
            "url_only": url_only,
            "form": detok(form),
        })
    return out


def _paras(text: str) -> str:
    parts = [p.strip() for p in detok(text).strip().split("\n\n") if p.strip()]
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in parts)


def _page(site_key: str, title: str, inner: str, kind: str) -> str:
    s = SITES[site_key]
    nav = " ".join(f'<a href="https://{s["domain"]}/{n.lower().replace(" ", "-").replace("&", "and").replace(chr(39), "")}">{html.escape(n, quote=False)}</a>' for n in s["nav"])
    return (
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(detok(title), quote=False)} | {html.escape(s['name'], quote=False)}</title>\n"
        f"<meta name=\"generator\" content=\"{kind}\">\n</head>\n<body>\n"
        f"<header class=\"site-header\"><a class=\"logo\" href=\"https://{s['domain']}/\">{html.escape(s['name'], quote=False)}</a>\n"
        f"<nav>{nav}</nav></header>\n<main>\n{inner}\n</main>\n"
        f"<aside class=\"sidebar\">{html.escape(s['aside'], quote=False)}</aside>\n"
        f"<footer>{html.escape(s['footer'], quote=False)}</footer>\n</body>\n</html>\n"
    )


def _comments(comments) -> str:
    if not comments:
        return "<section class=\"comments\"><h2>Comments (0)</h2><p>Be the first to comment.</p></section>"
    rows = []
    for who, when, text in comments:
        rows.append(
            f"<div class=\"comment\"><span class=\"author\">{html.escape(detok(who), quote=False)}</span> "
            f"<time>{html.escape(when, quote=False)}</time>\n{_paras(text)}</div>"
        )
    return f"<section class=\"comments\"><h2>Comments ({len(comments)})</h2>\n" + "\n".join(rows) + "\n</section>"


def news(site, title, byline, date, body, comments=(), exp=(), namesake=False):
    inner = (
        f"<article><h1>{html.escape(detok(title), quote=False)}</h1>\n"
        f"<p class=\"byline\">{html.escape(detok(byline), quote=False)} | {html.escape(date, quote=False)}</p>\n"
        f"{_paras(body)}\n</article>\n{_comments(comments)}"
    )
    DOCS.append({"kind": "news", "text": _page(site, title, inner, "news"), "exp": _exp(exp), "namesake": namesake})


def blog(site, title, byline, date, body, comments=(), exp=(), namesake=False):
    inner = (
        f"<article class=\"post\"><h1>{html.escape(detok(title), quote=False)}</h1>\n"
        f"<p class=\"meta\">Posted by {html.escape(detok(byline), quote=False)} on {html.escape(date, quote=False)}</p>\n"
        f"{_paras(body)}\n</article>\n{_comments(comments)}"
    )
    DOCS.append({"kind": "blog", "text": _page(site, title, inner, "blog"), "exp": _exp(exp), "namesake": namesake})


def forum(site, board, title, posts, exp=(), namesake=False):
    rows = []
    for i, (who, when, text) in enumerate(posts):
        rows.append(
            f"<div class=\"post\" id=\"p{i + 1}\"><div class=\"poster\">{html.escape(detok(who), quote=False)}</div>"
            f"<div class=\"when\">{html.escape(when, quote=False)}</div>\n<div class=\"body\">{_paras(text)}</div></div>"
        )
    inner = (
        f"<div class=\"breadcrumb\">Forums &gt; {html.escape(board, quote=False)}</div>\n"
        f"<h1 class=\"thread-title\">{html.escape(detok(title), quote=False)}</h1>\n"
        + "\n".join(rows)
        + "\n<div class=\"reply-box\">You must be logged in to reply.</div>"
    )
    DOCS.append({"kind": "forum", "text": _page(site, title, inner, "forum"), "exp": _exp(exp), "namesake": namesake})


def txt(kind, text, exp=(), namesake=False):
    assert kind in ("review", "social", "facebook"), kind
    body = detok(text).strip("\n") + "\n"
    DOCS.append({"kind": kind, "text": body, "exp": _exp(exp), "namesake": namesake})


def review(text, exp=(), namesake=False):
    txt("review", text, exp, namesake)


def social(text, exp=(), namesake=False):
    txt("social", text, exp, namesake)


def fb(text, exp=(), namesake=False):
    txt("facebook", text, exp, namesake)


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------


def chunk_news():
    news("today", "Compass roll hits 1,900 as more portakabins arrive over summer",
         "By Hollie Strand, education reporter", "2 September 2024", """
Tattenbury Compass Academy will start the new year with six more temporary classrooms on its Lapwing Way site after the number of pupils on roll passed 1,900 for the first time.

The 11-19 academy, which opened as Tattenbury Upper School in 1978 and joined the Meridian Vale Learning Trust in 2013, now has fourteen portakabin units arranged around the old tennis courts. Parents told Tattenbury Today that some of the older units leak and that pupils have been wearing coats in lessons.

Principal Simon Ashworth-Pryce said the new units were "a bridge, not a destination" and that the trust was in talks with North Vale Council about a permanent block. "Every family who chooses us deserves a proper classroom, and that is what we are fighting for," he said.

Business manager Mark Davies said the units had been inspected over the summer and that new heaters had been fitted in the four oldest.

North Vale Council says Tattenbury's secondary-age population will rise by another 14 per cent by 2029 as the Orwin Grange and Sallow End estates fill up.
""", comments=[
        ("FennickMum82", "2 Sep 2024 19:04", "Fourteen portakabins and they still call it outstanding. My son had maths in a box with a bucket in the corner all last February."),
        ("Dave_the_Rave", "2 Sep 2024 20:11", "Build the houses first and the schools never. Same story since the 70s in this town."),
        ("GraniteRoad", "3 Sep 2024 07:45", "To be fair the staff are doing their best with what they've got. It's the council and the trust who need a kick."),
    ], exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("sashworthpryce", "ex", "neu", "Simon Ashworth-Pryce"),
        ("mdavies", "ex", "neu", "Mark Davies"),
    ])

    news("today", "Ofsted downgrades Tattenbury Compass Academy from Outstanding to Requires Improvement",
         "By Hollie Strand", "23 January 2025", """
Tattenbury's largest secondary school has lost the Outstanding grade it held for eleven years after inspectors found that the quality of education and behaviour and attitudes "require improvement".

The report on Tattenbury Compass Academy, published this morning, follows a two-day inspection in November. Inspectors said that "too many lessons in temporary accommodation are disrupted by low-level behaviour" and that "the curriculum in key stage 3 is not consistently well sequenced".

They praised the sixth form, the provision for pupils who speak English as an additional language and the academy's safeguarding culture, noting that deputy principal Rachel Okafor "has built a team that knows pupils and their families extremely well".

Principal Simon Ashworth-Pryce said he was "disappointed but not surprised" and blamed rapid growth. "We have taken four hundred extra children in three years without a single new permanent classroom. The report is fair about our weaknesses and we will fix them."

Meridian Vale Learning Trust said it would put an extra deputy head into the school for the spring term.
""", comments=[
        ("Orwin_Dad", "23 Jan 2025 09:12", "Disappointed but not surprised, says the man who was too busy doing trust conferences to notice the place falling apart."),
        ("Bex T", "23 Jan 2025 09:40", "Ashworth-Pryce is a smug, overpaid clown in a gilet. Nobody on the Fennick Park grid would trust him to run a bath, never mind a school."),
        ("sallowend_resident", "23 Jan 2025 10:02", "My daughter is in the sixth form and has nothing but good things to say. RI isn't the end of the world."),
        ("Tattenbury Today (moderator)", "23 Jan 2025 10:30", "Please keep comments civil. Personal insults will be removed."),
    ], exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("sashworthpryce", "ex", "abu", "Simon Ashworth-Pryce"),
        ("rokafor", "ex", "neu", "Rachel Okafor"),
    ])

    news("herald", "Parents' anger as new school bus firm leaves pupils stranded at roundabout",
         "By Tom Ellery, Herald reporter", "19 September 2024", """
Dozens of pupils from Compass Academy in Tattenbury were left waiting at the Starling Cross roundabout for more than an hour on Monday after a double-decker failed to turn up on the first week of a new transport contract.

Meridian Vale Learning Trust switched the academy's home-to-school coaches from Grayline Travel, which had run the routes for twelve years, to Vale Link Coaches over the summer. Parents say buses have been late on at least seven of the first ten days.

"My daughter is twelve and she was stood on a grass verge between two dual carriageways in the rain," said one mother from Moat Hill. "That is not a bus stop, that is a traffic island."

The academy's business manager, Mark Davies, said the company had been chosen after "a full and fair tender" and that a missing driver had caused Monday's problem. He said the academy would publish live bus updates on its app.

Grayline Travel's managing director said the firm had been "surprised" to lose the contract and was considering its options.
""", comments=[
        ("TBRoads", "19 Sep 2024", "A full and fair tender. Course it was. Ask Davies how long he's known the bloke who owns Vale Link. Everyone at the golf club knows they go back years, and funnily enough the contract lands in his mate's lap."),
        ("Moat Hill Mum", "19 Sep 2024", "Just give us the old buses back. Grayline drivers knew every kid by name."),
    ], exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("mdavies", "ex", "def", "Mark Davies"),
    ])

    news("beacon", "TEACHER 'SENT MIDNIGHT MESSAGES TO SIXTH-FORM GIRLS', VIRAL TIKTOK CLAIMS",
         "By Shannon Kerr, Chief Reporter", "11 March 2025", """
A HEAD of sixth form at a Home Counties academy is at the centre of a social media storm after a former pupil claimed he sent late-night messages to teenage girls.

Declan O'Riordan, who runs the sixth form at Tattenbury Compass Academy, is accused in a TikTok video watched more than 400,000 times of contacting Year 13 students on Snapchat and telling one girl she was "too mature for the boys in your year".

The woman behind the clip, who left the school last summer, does not give her name. Dozens of comments under the video claim to be from other ex-pupils.

Meridian Vale Learning Trust, which runs the 1,900-pupil school, said: "We are aware of allegations on social media and have followed our safeguarding procedures in full, including referral to the local authority designated officer."

Mr O'Riordan did not respond to requests for comment. Parents in the town - a 1970s new town famous for its roundabouts - told the Beacon they were "horrified".
""", comments=[
        ("patriot_dad_1966", "11 Mar 2025", "Disgusting if true. Hope the police are all over it and not just the trust marking its own homework."),
        ("LauraJ", "11 Mar 2025", "It's an allegation on TikTok. Let the process happen before the pitchforks come out."),
    ], exp=[
        ("school", "ex", "sex!", "Tattenbury Compass Academy"),
        ("doriordan", "ex", "sex!", "Declan O'Riordan"),
    ])

    news("today", "Racist stickers found on lampposts outside Fennick Park academy",
         "By Hollie Strand", "17 February 2025", """
Police are investigating after dozens of stickers carrying far-right slogans were put up on lampposts, bus shelters and the fence of Tattenbury Compass Academy over the half-term break.

The stickers, printed with the name of a group calling itself "Albion Dawn", carry slogans including "Tattenbury is not Lagos" and "Close the borders, close the academies". One, found on the gate nearest the sixth-form block, named the school's EAL coordinator, Anca Margineanu, and told her to "go back to Bucharest and take your translators with you".

We are not reproducing the rest of the stickers' wording.

Principal Simon Ashworth-Pryce said staff had removed every sticker they could find by 7am on Monday. "Our Nigerian, Romanian, Indian, Polish and British families are all Compass families. Mrs Margineanu is a valued colleague and these stickers are a disgrace," he said.

Thames Vale Police said it was treating the incident as a hate crime and asked anyone with doorbell footage of Lapwing Way or Heronsgate roundabout to get in touch.
""", comments=[
        ("Kemi A.", "17 Feb 2025", "Thank you to the caretakers who were out with scrapers at dawn. My boys didn't see a single one."),
        ("Pete Wrenn", "17 Feb 2025", "Cowards doing it at 3am. Whoever did this doesn't speak for this town."),
    ], exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("amargineanu", "al", "neu", "Anca Margineanu"),
        ("sashworthpryce", "ex", "neu", "Simon Ashworth-Pryce"),
    ])

    news("herald", "Man, 34, charged after hate sticker campaign in Tattenbury",
         "By Tom Ellery", "6 March 2025", """
A Tattenbury man has been charged with stirring up racial hatred after far-right stickers were put up around a secondary school and two bus shelters last month.

Lee Dunstable, 34, of Brockhurst, will appear before Kettlebridge Magistrates' Court on 27 March. He is also charged with harassment of a teacher at Tattenbury Compass Academy, whose name appeared on one of the stickers.

Police said a search of an address in Brockhurst recovered more than 2,000 stickers and a laminator.

The teacher, EAL coordinator Anca Mărgineanu, said in a statement read by the academy: "I came to this town in 2009 and it has been kind to me. One man with a laminator does not change that."
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("amargineanu", "ex", "neu", "Anca Mărgineanu"),
    ])

    news("today", "Dad jailed for threatening to 'break' head of year at Tattenbury school",
         "By Kieran Moss, court reporter", "14 February 2025", """
A father who left a string of threatening voicemails for a head of year at a Tattenbury secondary school has been jailed for eighteen weeks.

Craig Halloran, 41, of Sallow End, admitted sending malicious communications to Nathan Brereton, head of Year 10 at Tattenbury Compass Academy, after his son was given a two-day internal exclusion in October.

Kettlebridge Magistrates heard that Halloran left six voicemails over one weekend, one of which said he would "be waiting in the car park" and another which named the road where Mr Brereton lives.

In a victim statement, Mr Brereton said he had started varying his route to work and that his partner no longer answered the door after dark. "I love my job and I love my year group. I should not have to look over my shoulder to do it."

Halloran was also given a five-year restraining order. Chair of the bench Margaret Oduya said: "Teachers are entitled to do their jobs without fear."
""", comments=[
        ("Jonno", "14 Feb 2025", "Good. Mr Brereton was brilliant with my lad in Year 10. Hope he's doing ok."),
        ("kay.s", "14 Feb 2025", "18 weeks is nothing, he'll be out by Easter."),
    ], exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("nbrereton", "ex", "neu", "Nathan Brereton"),
    ])

    news("today", "Compass gamers crowned regional schools esports champions",
         "By Ravi Mistry", "20 May 2025", """
A team of five Year 10 and 11 pupils from Tattenbury Compass Academy has won the Three Shires Schools Esports League, beating a college team from Kettlebridge 3-1 in the Rocket League final.

The Compass Comets train twice a week after school in a portakabin that computing teacher Robert Kinsella has kitted out with donated PCs. "Half these machines came out of parents' lofts," he said. "We rebuilt them together. That's the bit I'm proudest of, not the trophy."

Captain Tayo, 15, said the club had "changed school" for him. "I didn't really talk to anyone in Year 7. Now I've got a team."

The team now goes forward to the national finals in Coventry in July.
""", comments=[
        ("proud_nan_tb", "20 May 2025", "Well done lads!! And well done Mr K, that man deserves a medal."),
        ("Alan Boswell", "21 May 2025", "Video games at school. In my day we had a football and a wall."),
    ], exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("rkinsella", "ex", "neu", "Robert Kinsella"),
    ])

    news("beacon", "NOW PUPILS GET LETTERS HOME IN YORUBA AND ROMANIAN AT 'WOKE' ACADEMY",
         "By Gavin Proud", "28 January 2025", """
A STRUGGLING academy that has just been stripped of its Outstanding rating is spending thousands translating letters home into eleven languages, the Beacon can reveal.

Tattenbury Compass Academy, where nearly one in three pupils speaks English as an additional language, employs a full-time EAL coordinator, Mrs Anca Mărgineanu, and pays for interpreters at parents' evenings.

Critics say the money would be better spent on the fourteen portakabins where many of the 1,900 pupils are taught. "If you come to this country you learn the language, simple as that," said one local man.

The trust said translation cost less than £4,000 a year and that "parents who understand what is happening at school support their children better".
""", comments=[
        ("England_Awake", "28 Jan 2025", "Compass Academy is a Romanian and Nigerian colony now. Little Bucharest with a Lagos annexe. Decent English kids don't stand a chance in that dump."),
        ("Sue from Leighford", "28 Jan 2025", "Four grand a year? My council spends that on one roundabout flowerbed."),
        ("truthteller88", "28 Jan 2025", "That Margineanu woman should be translating her own deportation papers."),
    ], exp=[
        ("school", "ex", "hat", "Tattenbury Compass Academy"),
        ("amargineanu", "ex", "hat", "Anca Mărgineanu"),
    ])

    news("herald", "Trust confirms head of sixth form suspended while claims are investigated",
         "By Tom Ellery", "13 March 2025", """
The head of sixth form at Tattenbury Compass Academy has been suspended while allegations made on social media are investigated, the school's trust has confirmed.

Meridian Vale Learning Trust said Declan O'Riordan had been suspended "as a neutral act" and that the suspension "implies no finding of wrongdoing".

A video posted on TikTok last week made claims about messages to sixth-form students. The Herald has not been able to verify the claims.

Parents received a letter from principal Simon Ashworth-Pryce on Wednesday evening asking them not to speculate online. "We understand that families are worried. Please let the proper processes do their work," it said.
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("doriordan", "ex", "def", "Declan O'Riordan"),
        ("sashworthpryce", "ex", "neu", "Simon Ashworth-Pryce"),
    ])

    news("today", "Sixth form head back at work after investigation finds 'no case to answer'",
         "By Hollie Strand", "29 April 2025", """
Declan O'Riordan, head of sixth form at Tattenbury Compass Academy, returned to work on Monday after an independent investigation found no case to answer.

Meridian Vale Learning Trust said the investigation, carried out by an outside HR firm with the local authority designated officer, had examined the claims made in a TikTok video in March and found "no evidence whatsoever" to support them. The video has since been deleted.

Students in Year 13 organised a card signed by more than 200 sixth-formers. One told Tattenbury Today: "He's the reason half of us are going to university. He wrote my personal statement feedback at eleven o'clock at night - on the school system, before anyone gets ideas."
""", comments=[
        ("Jules P", "29 Apr 2025", "Glad it's sorted. Trial by TikTok is vile."),
        ("nosmokewithoutfire", "29 Apr 2025", "Cleared by his own trust, what a shock. Everyone on the Orwin Grange estate knows he had a thing for the Year 13 girls. Those lot always close ranks."),
        ("Jules P", "29 Apr 2025", "@nosmokewithoutfire that's exactly how innocent people get their lives destroyed."),
    ], exp=[
        ("school", "ex", "sex!", "Tattenbury Compass Academy"),
        ("doriordan", "ex", "sex!", "Declan O'Riordan"),
    ])

    news("herald", "Trust orders independent review of Tattenbury school bus tender",
         "By Tom Ellery", "3 October 2024", """
Meridian Vale Learning Trust has asked an outside procurement firm to review how it awarded the home-to-school transport contract for Compass Academy, after weeks of late and missing coaches.

The contract, worth around £610,000 a year, moved from Grayline Travel to Vale Link Coaches in August. Grayline has written to the trust asking for the scoring sheets.

The review will look at the tender process as a whole, the trust said, and "at whether families were told clearly enough what was changing". Business manager Mr Davies, who oversaw the tender, will give evidence to the review.

Parents have set up a petition calling for Grayline to be reinstated. It had 1,140 signatures by Wednesday.
""", comments=[
        ("Annette K", "3 Oct 2024", "Whatever the review says, my son was 40 minutes late for his mock on Tuesday. Not good enough, Compass."),
    ], exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("mdavies", "ts", "neu", "Mr Davies"),
    ])

    news("today", "Bus tender review: 'process sound, communication poor'",
         "By Hollie Strand", "28 November 2024", """
An independent review of the Tattenbury Compass Academy bus contract has found that the tender was run properly but that parents were given "too little notice and too little information" about the change.

The review, published by Meridian Vale Learning Trust, found no conflict of interest on the part of anyone involved in scoring the bids, and said claims circulating on social media about personal links between school staff and Vale Link Coaches were "without foundation".

It recommended that the trust publish route timetables a full term ahead and set up a parents' transport forum. Vale Link says 97 per cent of its journeys now arrive on time.
""", comments=[
        ("Moat Hill Mum", "28 Nov 2024", "97% my foot. The 6.58 from Sallow End has been late every single Thursday."),
    ], exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
    ])

    news("today", "Drive-thru coffee and 24-hour gym approved for Compass Point",
         "By Ravi Mistry", "4 June 2025", """
Planners have approved a drive-thru coffee shop and a 24-hour gym at Compass Point Retail Park in Tattenbury, despite objections about queues on the V7 grid road.

The retail park, which opened in 1989 on the site of the old brickworks, lost its electrical superstore in 2023. Its owners said the new units would create 45 jobs.

Residents of Orwin Grange objected that drive-thru queues would back up onto the Heronsgate roundabout at peak times. The council's highways officer said a second lane would be added to the entrance.

Work is expected to start in the autumn.
""", comments=[
        ("V7_commuter", "4 Jun 2025", "Another coffee shop. Just what the grid needed."),
        ("GymBunny_TB", "4 Jun 2025", "24 hour gym at last!! No more driving to Kettlebridge."),
    ])

    news("herald", "Paddlers brave the cold for TCA's New Year regatta",
         "By Jess Amory, community news", "3 January 2025", """
More than sixty paddlers took to Moat Hill Lake on New Year's Day for the Tattenbury Canoe Association's annual fancy-dress regatta.

TCA chair Geoff Linford said this was the club's biggest turnout since it was founded in 1981. "We had a Viking longship made of three Canadian canoes lashed together. It sank, but gloriously."

The association runs taster sessions for beginners every Saturday from April. The TCA boathouse is on the north shore, beside the Moat Hill car park.
""", comments=[
        ("paddlepaws", "3 Jan 2025", "Best morning of the year. See you all in April!"),
    ])

    news("beacon", "The Cabinet has lost its moral compass - and the voters know it",
         "By Marcus Thane, Political Editor", "9 May 2025", """
There was a time when a minister caught out like this would have resigned before lunch. Not any more.

This government came to office promising to restore trust. Instead it has mislaid its moral compass somewhere between the Treasury and the television studios, and it shows no sign of looking for it.

Ask any voter in a marginal seat - in the new towns of the Home Counties, the ring roads of the Midlands - and they will tell you the same thing. They do not expect saints. They expect people to own their mistakes.

The Prime Minister should remember that a compass only helps if you are willing to follow where the needle points.
""", comments=[
        ("ReadsTheBeacon", "9 May 2025", "Spot on Marcus. Every word."),
        ("sceptic99", "9 May 2025", "Bit rich from this paper."),
    ])

    news("herald", "Haldon Cross primary keeps its Good rating",
         "By Jess Amory", "15 October 2024", """
Compass Primary Academy in Haldon Cross has been judged Good in every area following a two-day Ofsted inspection.

Inspectors praised the school's reading programme and its "calm and purposeful" classrooms. The 420-pupil school, which is part of the Compass Schools Partnership, a small trust of four primaries north of Kettlebridge, was last inspected in 2019.

Headteacher Lorna Pettigrew said: "This is a report about our children and how hard they work."
""")

    news("today", "Council backs permanent classroom block for Compass",
         "By Hollie Strand", "12 March 2025", """
North Vale Council's cabinet has agreed to put £9.2 million towards a permanent three-storey teaching block at Tattenbury Compass Academy, which would allow eight portakabins to be removed by 2027.

Cabinet member for education Cllr Owen Talbot said the academy had "carried the town's growth on its back" for a decade. Building work is due to start next spring on the site of the old staff car park.

Compass's business manager said the school was "delighted and relieved" and would work with neighbours on Lapwing Way to manage construction traffic.
""", comments=[
        ("Lapwing Way resident", "12 Mar 2025", "Construction traffic on top of the school run and the buses. Can't wait."),
        ("FennickMum82", "12 Mar 2025", "About time. Well done to everyone who lobbied for this."),
    ], exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
    ])

    news("today", "Computing teacher's 24-hour charity stream raises £3,000",
         "By Ravi Mistry", "2 December 2024", """
A teacher who runs an after-school esports club has raised more than £3,000 for Kettlebridge Children's Hospice by streaming video games for 24 hours straight.

Rob Kinsella, who teaches computing at Compass Academy, was joined online by former pupils, parents and at one point a Premier League goalkeeper, who dropped into his Rocket League lobby at 3am.

"I was running on energy drinks and Haribo by the end," he said. "The chat kept me going. Some of my ex-students are at university now and they stayed up all night."
""", comments=[
        ("Sarah Lund", "2 Dec 2024", "He taught my eldest GCSE computing and she's now doing it at uni. Legend."),
    ], exp=[
        ("school", "al", "neu", "Compass Academy"),
        ("rkinsella", "nn", "neu", "Rob Kinsella"),
    ])

    news("herald", "Tattenbury science teacher wins national award",
         "By Jess Amory", "2 July 2025", """
The head of science at a Tattenbury academy has been named Secondary Science Leader of the Year at a national awards ceremony in Birmingham.

Dr Priya Raghunathan, who leads a department of nineteen at Tattenbury Compass Academy, was nominated by colleagues for turning two portakabins into a working laboratory and for a Saturday club that has sent eleven pupils on to study medicine.

"I was a pupil at a school a lot like this one," she said. "Someone believed I could do science and it changed my life. That is all I try to do."

She paid tribute to her technicians, whom she called "the real heroes of every chemistry department".
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("praghunathan", "ex", "neu", "Priya Raghunathan"),
    ])

    news("today", "Head of English shortlisted for national poetry prize",
         "By Ravi Mistry", "8 April 2025", """
A Tattenbury teacher's first poetry collection has been shortlisted for the Hesper Prize for debut poetry.

Ysolde Pennefather, head of English at Tattenbury Compass Academy, wrote much of "Roundabout Psalms" on her commute along the H3. The collection includes a sequence about teaching in a portakabin during a thunderstorm.

"My students have been merciless," she said. "One of them told me the book was 'mid but the storm one goes hard'. I'll take it."

The winner will be announced in June.
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("ypennefather", "ex", "neu", "Ysolde Pennefather"),
    ])

    news("herald", "Tribunal rules Tattenbury academy failed autistic pupil",
         "By Tom Ellery", "21 November 2024", """
A special educational needs tribunal has ruled that a Tattenbury academy failed to put in place support set out in an autistic boy's education, health and care plan for more than a year.

The tribunal found that the boy, now 13, was taught in a noisy portakabin for most of Year 8 despite his plan requiring "a low-arousal environment", and that the school's SENCo, Mrs Tilley, had not reviewed his provision after concerns were raised by his mother in writing on four occasions.

The academy, Compass Academy in Fennick Park, said it accepted the tribunal's findings and apologised to the family. "We have not got this right for this young man and we are sorry," a spokesperson said, adding that the SEN department had since doubled in size.

The boy's mother said she hoped other families would not have to "fight like we did".
""", comments=[
        ("SENDmumTB", "21 Nov 2024", "We were told the same thing in 2022 and nothing changed. Four letters and no reply is standard there."),
    ], exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("jtilley", "ts", "neg", "Mrs Tilley"),
    ])

    news("today", "Police warning after deputy head's home address shared online",
         "By Hollie Strand", "7 April 2025", """
Police have warned parents that sharing teachers' personal details online could be a criminal offence, after the home address of a senior leader at a Tattenbury secondary school was posted in a local Facebook group.

The post, which has since been removed, named Rachel Okafor, deputy principal and designated safeguarding lead at Tattenbury Compass Academy, and gave her street and postcode. It was shared more than forty times before group administrators deleted it.

Tattenbury Today has not reported the details. Mrs Okafor has been offered support by the school and police have visited her home.

"Whatever people think of a decision a school makes, posting where a teacher lives is dangerous," said Inspector Dan Whitby.
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("rokafor", "ex", "neu", "Rachel Okafor"),
    ])

    news("herald", "Sticker campaigner guilty of stirring up racial hatred",
         "By Kieran Moss", "30 June 2025", """
A man who plastered far-right stickers around a Tattenbury secondary school has been found guilty of stirring up racial hatred and of harassing two teachers.

Lee Dunstable, 34, of Brockhurst, was convicted after a two-day trial at Kettlebridge Crown Court. Jurors saw stickers naming Mrs Mărgineanu, the school's EAL coordinator, and Dr Raghunathan, its head of science, alongside slogans about "replacement".

Dr Raghunathan told the court she had found a sticker with her name on it on her own car windscreen. "That was the moment I stopped feeling safe," she said.

Dunstable will be sentenced in August. Judge Helen Corrie told him a prison sentence was "almost inevitable".
""", exp=[
        ("amargineanu", "ts", "neu", "Mrs Mărgineanu"),
        ("praghunathan", "ts", "neu", "Dr Raghunathan"),
    ])

    news("beacon", "PUB LANDLORD SCOOPS EUROMILLIONS - AND BUYS THE REGULARS A ROUND",
         "By Shannon Kerr", "18 August 2024", """
AN Irish publican has promised free pints for a week after scooping £2.1 million on the EuroMillions.

Declan O'Riordan, 58, who has run the Harbour Bar in the fishing village of Ballykeel for thirty years, said he would "not be changing a thing, except maybe the carpet".

His wife Noreen said he had checked the ticket eleven times. "Then he went out and pulled pints for the lunchtime crowd like nothing happened."
""", namesake=True)


def chunk_forums():
    forum("natter", "Education > Secondary", "Compass Academy (Tattenbury) after the RI - anyone with DC there now?", [
        ("PenguinsAndPeonies", "24 Jan 2025 08:51", """DS1 is due to start Y7 in September and we put Compass Academy first because it was Outstanding and it's a 6 minute drive. Now it's RI. Is it actually worse than it was or is this just the portakabin thing? Alternative is Kettlebridge Park which is 35 mins on two roundabout-clogged roads. Help."""),
        ("NotTheMamaDino", "24 Jan 2025 09:10", """DD is Y10 there. Honestly the teaching is mostly good, the behaviour in the portakabins is the issue - those rooms are tiny and the walls are basically cardboard so you hear the class next door. English dept is fantastic, Ms Pennefather is the reason DD now reads for fun."""),
        ("Ruthless_Rhubarb", "24 Jan 2025 09:33", """Y8 parent. Comms are awful, the app crashes every morning at 7:45 when everyone checks the bus, and I've had three different form tutors in two years. Not a disaster but not Outstanding either, the report is fair."""),
        ("PenguinsAndPeonies", "24 Jan 2025 09:41", "Thank you both, that's really helpful. Sixth form any good?"),
        ("NotTheMamaDino", "24 Jan 2025 10:02", """Sixth form is the strongest bit. Mr O'Riordan knows every one of them by name and chases the UCAS stuff like a terrier. Older DC went through it and got into Leeds."""),
    ], exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("ypennefather", "ts", "neu", "Ms Pennefather"),
        ("doriordan", "ts", "neu", "Mr O'Riordan"),
    ])

    forum("natter", "Would I Be Unreasonable", "WIBU to report DS's computing teacher for messaging kids on Discord at night?", [
        ("Clementine_Sky", "4 Feb 2025 22:47", """DS is 13, Y9 at Compass. He's in the esports club and tonight at 10:40pm I found him on Discord with his teacher, Mr Kinsella, and about six other kids, all in a voice channel. Teacher was saying goodnight as I walked in. There are DMs from him too in DS's account - mostly "good game", "well played", but one says "you can message me any time, mate". Any time?? Is this how grooming starts? I feel sick. WIBU to go straight to the police?"""),
        ("FlapjackFiend", "4 Feb 2025 22:59", """YWBU to go to the police before you've even spoken to the school. Esports clubs usually run on an official school server with logs. Ask the DSL tomorrow."""),
        ("Clementine_Sky", "4 Feb 2025 23:05", """It didn't look official. Why would an adult man want to chat to 13 year olds at 10:40pm? I keep thinking about those documentaries."""),
        ("MrsBingleyBakes", "4 Feb 2025 23:20", """Our DD is in the same club. It IS the official server, there's a second staff member in every channel and parents can join read-only. The late session was the night before a tournament. I get the fear, but please check before this turns into something on Facebook."""),
        ("Clementine_Sky", "5 Feb 2025 07:12", "Have emailed the school. Still not happy about 'any time'."),
    ], exp=[
        ("school", "sn", "sex!", "Compass"),
        ("rkinsella", "ts", "sex!", "Mr Kinsella"),
    ])

    forum("staffroom", "Workplace dilemmas", "Outstanding to RI overnight - SLT in full panic mode", [
        ("chalkandcheese", "26 Jan 2025 18:02", """Large 11-19 in a new town, part of a big trust. We were Outstanding from the old framework and we've just gone RI. Since the report came out SLT have announced: weekly learning walks, a new lesson template, a 'behaviour reset' assembly every morning and data drops every three weeks. Half of us are teaching in portakabins with no wifi. Morale is on the floor. Anyone been through this and come out the other side?"""),
        ("OldHandHistory", "26 Jan 2025 18:30", """Been through it twice. The panic phase lasts about a term. Keep your head down, do the template when you're observed, and write down everything you're asked to do in your own time. Union rep now, not later."""),
        ("chalkandcheese", "26 Jan 2025 18:44", "Thanks. Already a rep. It's the portakabin staff getting hammered in the walks and it's not our fault the walls shake when Year 9 breathe."),
        ("MissMarple_ish", "26 Jan 2025 19:10", "Sounds like half the schools in my trust tbh. The new framework will be different anyway. Look after yourself."),
    ])

    forum("staffroom", "Job seeking", "Interview at Tattenbury Compass next week - anyone know it?", [
        ("NQT_no_more", "3 Mar 2025 20:15", """Got an interview for an English post at Tattenbury Compass Academy. I know they just went RI. Anyone worked there? Is it a sinking ship or a good place to be before it bounces back?"""),
        ("LapwingLurker", "3 Mar 2025 20:48", """Worked there until last summer. English is the best department in the building and you would be lucky to work for the head of dept. The problem is the top. Ashworth-Pryce is never there and when he is he's doing a drop-in with a clipboard. Everything is tracked, nothing is supported."""),
        ("NQT_no_more", "3 Mar 2025 20:55", "Thanks, that's useful. What about SEN support for kids in class?"),
        ("LapwingLurker", "3 Mar 2025 21:10", """Stretched. Jo Tilley the SENCo is lovely and works every hour god sends but she has something like 300 kids on the register and two TAs. Not her fault."""),
        ("SupplyTeacherSteve", "4 Mar 2025 07:33", "Did a week of supply there in November, just before Ofsted. Kids were fine, portakabins were freezing. Nobody gave me a login for three days."),
    ], exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("sashworthpryce", "surname_only", "neg", "Ashworth-Pryce"),
        ("jtilley", "nn", "neu", "Jo Tilley"),
    ])

    forum("staffroom", "Chat", "Colleague accused on TikTok - how do we support him?", [
        ("BiologyBex", "14 Mar 2025 21:02", """A much-loved colleague at my school has been suspended after an anonymous TikTok. I can't say more. The staffroom is split between people who think there must be something in it and people who've known him twenty years. Kids are filming us in corridors asking if we 'knew'. How do you support someone you're not allowed to contact?"""),
        ("unionrep_pete", "14 Mar 2025 21:20", """You can't contact him during the process but your union can, and so can his. Don't discuss it with kids, don't like/share anything, and write down anything said to you. It is awful. I'm sorry."""),
        ("ex_tattenbury", "14 Mar 2025 21:41", """If this is the Tattenbury one: I worked with Declan O. for six years. Best pastoral teacher I've ever met. Stay strong, whoever you are."""),
        ("BiologyBex", "14 Mar 2025 21:50", "Please don't name anyone. Thank you though."),
    ], exp=[
        ("doriordan", "fi", "neu", "Declan O."),
    ])

    forum("fraghub", "Schools & Colleges Esports", "Tattenbury's lot are 100% smurfing", [
        ("xXv0idwalkerXx", "22 Mar 2025 19:03", """Just lost to the Compass team in the Three Shires league and their number 3 plays like a Grand Champ on a Diamond account. Their teacher Kinsella literally coaches them to smurf, you can hear him in the background on the VOD telling them which alt to log into. He should be banned from the league and probably from teaching lol."""),
        ("Rhys_GK", "22 Mar 2025 19:15", "Or the kid is just good? My brother's in that club, he practises 4 hours a day."),
        ("xXv0idwalkerXx", "22 Mar 2025 19:20", "cope. check the tracker, account made in January, 600 games. thats a smurf and the teacher set it up."),
        ("LevelUp_Admin", "22 Mar 2025 20:02", """Mod note: accusations of cheating go through the league's integrity form, not the forum. Accounts were verified at registration. Locking this."""),
    ], exp=[
        ("school", "sn", "neu", "Compass"),
        ("rkinsella", "so", "def", "Kinsella"),
    ])

    forum("fraghub", "Rocket League", "GGs to the Compass Comets - classy team", [
        ("nova_kbridge", "21 May 2025 17:48", """Lost the Three Shires final 3-1 to the Compass Comets yesterday. Absolutely deserved. Their rotations were cleaner than ours and they didn't trash talk once. Shoutout to Robbie K, their coach, who came over after and told our keeper he was the best player in the lobby. Respect."""),
        ("Rhys_GK", "21 May 2025 18:02", "Robbie K is a legend, he runs the whole thing out of a portakabin with rebuilt PCs. Tattenbury's finest."),
        ("spinny_boi", "21 May 2025 18:40", "gg wp. see u at nationals hopefully"),
    ], exp=[
        ("school", "sn", "neu", "Compass"),
        ("rkinsella", "nn", "neu", "Robbie K"),
    ])

    forum("tattchat", "Moving to Tattenbury", "Which secondary for a Y6 moving from London?", [
        ("RelocatingRach", "10 Feb 2025 12:15", """We're moving to Orwin Grange in the summer for my husband's job at the distribution park. Two kids, one going into Y7. Which secondaries should we look at? Priority is a good school, second priority is not spending my life on roundabouts."""),
        ("GridRoadGary", "10 Feb 2025 12:40", """Nearest is Compass, which everyone used to rave about but it's just gone RI and half of it is in portakabins. Buses are a mess this year too. Kettlebridge Park is good but it's a drive. There's also the new free school at Sallow End but it's only up to Y9 so far."""),
        ("mumof3_moathill", "10 Feb 2025 13:02", "Both mine are at Compass and they're happy. Go and visit, ignore the noise."),
        ("RelocatingRach", "10 Feb 2025 13:20", "Thanks both! Will book visits."),
    ], exp=[
        ("school", "sn", "neg", "Compass"),
    ])

    forum("tattchat", "Traffic & Transport", "Vale Link: the thread of shame (post your late bus times here)", [
        ("SallowEndSue", "23 Sep 2024 07:51", "6.58 from Sallow End: arrived 7.29. Kids late for TCA for the fifth time this month."),
        ("BusWanker", "23 Sep 2024 08:02", """This is what happens when a trust gives a contract to whoever the business manager plays golf with. Davies's little arrangement with Vale Link is the worst kept secret in Tattenbury. He gets his kickback, our kids get a traffic island."""),
        ("TattChat_Mod", "23 Sep 2024 08:30", "Please keep it to bus times. We can't host allegations about named people. Thread will be locked if this continues."),
        ("Moat Hill Mum", "23 Sep 2024 08:44", "Route 4: 20 minutes late, driver didn't know where Fennick Park was. Absolute joke."),
    ], exp=[
        ("school", "al", "neg", "TCA"),
        ("mdavies", "po", "def", "Davies's"),
    ])

    forum("tattchat", "Politics", "Stickers - who is behind 'Albion Dawn'?", [
        ("ConcernedOfBrockhurst", "18 Feb 2025 09:15", "Anyone know who's behind these stickers? They were on the bus shelter outside Lidl too."),
        ("StGeorgeTB", "18 Feb 2025 09:40", """Whoever it is they're saying what everyone thinks. Compass is overrun, the deputy head Mrs Okafor is Nigerian and she's filled the place with her own kind, translators for the Romanians, curry nights for the Indians. White kids are the minority now. Albion Dawn are just patriots with a printer."""),
        ("Jen_Fennick", "18 Feb 2025 09:58", """Reported. Mrs Okafor is from Kettlebridge, married a Nigerian bloke, and she's the best safeguarding lead my kids have ever had. You're a racist, not a patriot."""),
        ("TattChat_Mod", "18 Feb 2025 10:05", "StGeorgeTB has been banned. Posts like that will be passed to police."),
    ], exp=[
        ("school", "sn", "hat", "Compass"),
        ("rokafor", "ts", "hat", "Mrs Okafor"),
    ])

    forum("natter", "Teenagers", "DD (14) has a massive crush on her computing teacher - mortifying", [
        ("LemonDrizzleLou", "12 May 2025 20:30", """DD is 14 and has decided she is in love with Mr Kinsella, her computing teacher at Compass. She's joined the esports club (has never played a video game in her life), writes "R.K." in hearts on her planner and told her friends he has "the most beautiful forearms in Buckinghamshire". He is, as far as I can tell, a perfectly normal bloke in his thirties who wears the same fleece every day. Do I say something or let it burn out?"""),
        ("TeaAndToast22", "12 May 2025 20:41", "Let it burn out. We all had one. Mine was a geography teacher with a moustache. Don't tease her about it."),
        ("Sandcastle_Sal", "12 May 2025 20:55", "PMSL at the forearms. Let it run its course. Teachers are well used to it and he'll treat her exactly like every other kid."),
    ], exp=[
        ("school", "sn", "neu", "Compass"),
        ("rkinsella", "ts", "sex", "Mr Kinsella"),
    ])

    forum("natter", "Local: Beds & Bucks", "Compass Lettings in Tattenbury - avoid avoid avoid", [
        ("BrokenBoiler", "2 Nov 2024 16:20", """Rented through Compass Lettings on the V4 for two years. Boiler broke in October, still not fixed. They've taken £300 off our deposit for 'carpet wear' on a carpet that was threadbare when we moved in. Anyone else had this?"""),
        ("MoatHillMarion", "2 Nov 2024 16:45", "Yes. Same with our last flat. Go to the deposit protection scheme, they'll make them justify it."),
        ("BrokenBoiler", "2 Nov 2024 17:02", "Thanks, doing that tonight."),
    ])

    forum("natter", "Education > Secondary", "Anyone's DC done the Saturday medicine club at TCA?", [
        ("DoctorDreams", "9 Nov 2024 10:05", """DD is Y11 at TCA in Tattenbury and has been invited to the Saturday medicine club. Is it worth giving up her Saturday job for? She's keen on medicine but we have no idea how any of it works."""),
        ("Kavi_Mum", "9 Nov 2024 10:30", """100% worth it. Dr Raghunathan runs it herself, she got my son through his UCAT and a mock MMI. He's at St George's now. She sends them home with homework on a Saturday and they actually do it."""),
        ("DoctorDreams", "9 Nov 2024 10:44", "That's amazing, thank you."),
    ], exp=[
        ("school", "al", "neu", "TCA"),
        ("praghunathan", "ts", "neu", "Dr Raghunathan"),
    ])

    forum("natter", "Would I Be Unreasonable", "WIBU to go round to the SENCo's house?", [
        ("ThreeYearsOfThis", "22 Nov 2024 21:14", """After the tribunal ruled against Compass I am DONE. Three years of emails ignored. I've seen Joanne T's car on the drive at 14 Thrushfield Close, Moat Hill TB5 2QY, every evening - she's clearly home by 4. Her mobile is 07700 900482 (it was on a club rota someone sent round). WIBU to knock on her door and ask her to her face why my son sat in a box for a year?"""),
        ("Sandcastle_Sal", "22 Nov 2024 21:20", "YWBVU and please delete her address and number right now. That could get you arrested."),
        ("FlapjackFiend", "22 Nov 2024 21:25", "Reported. I get that you're angry but this is not the way. Go to the governors."),
        ("NatterNest_HQ", "22 Nov 2024 21:40", "We've edited this thread to remove personal information. Please don't post anyone's address or phone number."),
    ], exp=[
        ("school", "sn", "neg", "Compass"),
        ("jtilley", "fi", "dox", "Joanne T"),
    ])

    forum("staffroom", "Chat", "A colleague's poetry book is on the Hesper shortlist!", [
        ("Emily_D_wannabe", "9 Apr 2025 19:20", """Not to brag on someone else's behalf, but my head of department's debut collection is on the Hesper shortlist. Pennefather's book is gorgeous - there's one about marking coursework at a service station on the M1 that made me cry in a Costa."""),
        ("GCSEgrinder", "9 Apr 2025 19:38", "Amazing. How does anyone have the energy to write poetry AND run an English department?"),
        ("Emily_D_wannabe", "9 Apr 2025 19:45", "Black coffee and spite, she says."),
    ], exp=[
        ("ypennefather", "po", "neu", "Pennefather's"),
    ])

    forum("fraghub", "Off-topic", "Shoutout to the teacher who got you into gaming/coding", [
        ("pixelpriest", "14 Jan 2025 23:11", """Mine was Mr Kinsela at Compass in Tattenbury. I was a kid who got in fights, he gave me a screwdriver and an old Dell and said fix it. Now I'm doing a software apprenticeship. Man's a legend."""),
        ("coilwhine", "14 Jan 2025 23:30", "Mrs Abara at my school. Taught us Python on laptops that took 10 mins to boot."),
        ("pixelpriest", "14 Jan 2025 23:45", "Respect to all the teachers with ancient kit fr"),
    ], exp=[
        ("school", "sn", "neu", "Compass"),
        ("rkinsella", "ty", "neu", "Mr Kinsela"),
    ])

    forum("natter", "Outdoor Families", "Best compass for DofE Bronze?", [
        ("HikingHelen", "6 Apr 2025 14:10", """DS is doing his DofE Bronze expedition in June. School kit list says "baseplate compass with romer". Does it matter which? The Silva ones are £30, there are £8 ones on Amazon."""),
        ("OutdoorsyOllie", "6 Apr 2025 14:26", """Get a proper baseplate one with a clear base and a romer scale for 1:25,000 and 1:50,000. Cheap ones can have bubbles in the capsule and point anywhere. £15-20 is the sweet spot."""),
        ("HikingHelen", "6 Apr 2025 14:40", "Perfect thanks. He'll probably lose it in a bog anyway."),
    ])

    forum("tattchat", "Lost & Found", "FOUND: set of keys near Compass Point, Saturday", [
        ("goodsamaritan_tb", "15 Mar 2025 11:05", """Found a set of keys with a red Arsenal keyring and a Fiat fob on the path between Compass Point and the Heronsgate underpass on Saturday afternoon. Handed in at the customer service desk in the big Tesco. Hope they get home!"""),
        ("FiatLad", "15 Mar 2025 12:40", "THANK YOU. They're mine. Was about to pay £250 for a new fob."),
    ])


def chunk_facebook():
    fb("""
Compass Academy Parents (UNOFFICIAL)
Private group · 3.1K members

Kerry-Ann Whitfield
16 September 2024 at 07:52 ·
Starling Cross AGAIN. 14 kids stood on the grass between the two dual carriageways, no bus, no driver, no one answering the phone at Vale Link. I've had to leave work to drive them in. This is day 5 of 6.

👍😡 112 · 87 comments

Most relevant

Jade Pollard
Same at Heronsgate. My Y7 was in tears. Who signed this contract off??
2w Like Reply

Kerry-Ann Whitfield
Mr Davies the business manager apparently. Useless lump of a man, couldn't organise a bus in a bus station. Sat in his nice warm office while our kids freeze on a traffic island.
2w Like Reply

Marcus Oyelaran
Emailed the school, got an auto reply. Then nothing.
2w Like Reply

Gemma Wright
I'm going to the local paper. Tag me if you want to be quoted.
2w Like Reply
""", exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("mdavies", "ts", "abu", "Mr Davies"),
    ])

    fb("""
Tattenbury Parents Chat
Public group · 11.2K members

Daz Whelan
5 April 2025 at 21:33 ·
Since the school won't answer emails maybe someone can go and ask her in person. Rachel Okafor, deputy head at Compass, the one who excluded my lad for "safeguarding reasons" with no evidence. She lives at 7 Linnet Rise, Orwin Grange TB4 9XZ. Blue front door, white Qashqai on the drive. Share this so every parent knows.

😡😮 41 · 58 comments

Most relevant

Tash M
Daz take this down mate, you can't post someone's address. That's her kids' home too.
6d Like Reply

Daz Whelan
Its public info anyone can look it up
6d Like Reply

Admin - Tattenbury Parents Chat
Post removed and member suspended. Do NOT repost this.
6d Like Reply
""", exp=[
        ("school", "sn", "neg", "Compass"),
        ("rokafor", "ex", "dox", "Rachel Okafor"),
    ])

    fb("""
Fennick Park Community Noticeboard
Public group · 4.6K members

Pat Gulliver
17 February 2025 at 08:10 ·
Walked the dog at 6am and found these all along Lapwing Way and on the fence of Tattenbury Compass Academy. "Tattenbury is not Lagos." "Send the Romanians home." One even had a teacher's name on it, Mrs Mărgineanu, the lady who helps the kids who don't speak English yet. I've scraped off 23 of them. This is not who we are in Fennick Park. If you see any, please take them down and report to 101.

❤️👍 302 · 74 comments

Most relevant

Femi Adeyemi
Thank you Pat. My kids walk that way. Means a lot.
1w Like Reply

Lorraine Dunne
Scrapers and gloves at the community centre if anyone wants to help on Saturday.
1w Like Reply

Dan Thorne
Absolutely disgusting. Mrs M helped my neighbour's boy when he arrived from Iași with no English at all, he's doing A levels now.
1w Like Reply
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("amargineanu", "ts", "neu", "Mrs Mărgineanu"),
    ])

    fb("""
Tattenbury Nigerian Community Association (TNCA)
Private group · 640 members

Olumide Bankole
24 February 2025 at 19:40 ·
Update from tonight's meeting with Tattenbury Compass Academy about the sticker campaign. Principal Simon Ashworth-Pryce and Mrs Okafor (deputy principal) came to the church hall and stayed for two hours. They have:
- put CCTV on the Lapwing Way gate
- arranged for police to attend the next parents' evening
- started a reporting form in Yoruba, Igbo, Romanian and Punjabi
We asked for an assembly on racism for every year group. They agreed. Thank you to everyone who came. God bless.

🙏❤️ 88 · 19 comments

Most relevant

Ngozi Eze
Mrs Okafor is a blessing to that school. She listened properly.
2w Like Reply

Tunde Afolabi
Good. But we watch what they do, not what they say.
2w Like Reply
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("sashworthpryce", "ex", "neu", "Simon Ashworth-Pryce"),
        ("rokafor", "ts", "neu", "Mrs Okafor"),
    ])

    fb("""
Românii din Tattenbury
Grup privat · 1,2 K membri

Mihaela Stanciu
18 februarie 2025 la 20:15 ·
Dragi părinți, vreau să mulțumesc public doamnei Anca Mărgineanu de la Compass. After those disgusting stickers she still came in on Monday and ran the welcome club for the new Year 7s from Bacău like nothing happened. Suntem mândri de ea. If your child needs help with English, she is there Tuesday and Thursday after school.

❤️ 156 · 31 comentarii

Cele mai relevante

Ionuț Popa
Doamna Anca a ajutat-o pe fiica mea enorm. Respect!
1 săpt. Apreciază Răspunde

Claudia Neagu
Sending love from Sallow End ❤️
1 săpt. Apreciază Răspunde
""", exp=[
        ("school", "sn", "neu", "Compass"),
        ("amargineanu", "ex", "neu", "Anca Mărgineanu"),
    ])

    fb("""
Tattenbury Desi Mums 🌸
Private group · 900 members

Harpreet Sandhu
3 March 2025 at 13:02 ·
Has anyone else seen the sticker with Priya R. on it? The Compass science teacher, the one who runs the medicine club. My son found it on a bus shelter at Heronsgate. She has done so much for our kids. I don't even want to repeat what it said.

😢🙏 64 · 22 comments

Most relevant

Anjali Mehta
Yes, police have it. She is so strong, she was teaching on Monday morning as normal.
1w Like Reply

Roopa Iyer
We should send her flowers from the group. I'll collect.
1w Like Reply
""", exp=[
        ("school", "sn", "neu", "Compass"),
        ("praghunathan", "fi", "neu", "Priya R."),
    ])

    fb("""
Compass Academy Parents (UNOFFICIAL)
Private group · 3.1K members

Anonymous member
10 March 2025 at 23:14 ·
I'm posting anonymously because my daughter is still in the sixth form. Mr O'Riordan used to message her on Snapchat after 11pm when she was 17. "Proud of you." "You're wasted on boys your age." She deleted them because she was scared. She isn't the only one. The school knew and did nothing. Parents of sixth form girls, please talk to your daughters.

😮😢 203 · 241 comments

Most relevant

Carla B
I'm so sorry. Please go to the police not Facebook.
4d Like Reply

Shelley Dunn
My niece said the same. Everyone in Y13 knows.
4d Like Reply

Admin
Comments turned off on legal advice.
4d Like Reply
""", exp=[
        ("school", "al", "sex!", "Compass Academy"),
        ("doriordan", "ts", "sex!", "Mr O'Riordan"),
    ])

    fb("""
Tattenbury Parents Chat
Public group · 11.2K members

Lee Barratt
27 April 2025 at 18:05 ·
So Compass are letting O'Reardon back in on Monday. Cleared by his own mates. Well there'll be a few of us dads at the Lapwing Way gate on Monday and he won't be walking back in on two legs, put it that way. Some of us have daughters.

😡 23 · 40 comments

Most relevant

Tash M
Lee you'll end up in a cell. Let it go.
5d Like Reply

Kev Ashby
Count me in.
5d Like Reply

Admin - Tattenbury Parents Chat
Reported to police. Post removed.
5d Like Reply
""", exp=[
        ("school", "sn", "neg", "Compass"),
        ("doriordan", "ty", "thr", "O'Reardon"),
    ])

    fb("""
Compass Academy Parents (UNOFFICIAL)
Private group · 3.1K members

Bev Oakes
23 January 2025 at 10:45 ·
RI. Requires Improvement. The school my older two got Outstanding educations at. Simon Pryce (as he was before he double-barrelled himself for the trust CV) should be ashamed. Jumped-up little man in a quarter-zip who hasn't taught a lesson since 2011. Waste of oxygen and a six-figure salary.

😡👍 77 · 52 comments

Most relevant

Ian Wardle
Bit harsh Bev. The portakabins aren't his fault.
1w Like Reply

Bev Oakes
Everything in that building is his fault. That's what being in charge means.
1w Like Reply
""", exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("sashworthpryce", "al", "abu", "Simon Pryce"),
    ])

    fb("""
Tattenbury Parents Chat
Public group · 11.2K members

Chloe Ashworth
13 December 2024 at 08:12 ·
My daughter has had science in portakabin 11 at Compass for three weeks with the heater broken. She's wearing her coat and gloves to write. Is anyone else's kid in P11? I've emailed twice.

😡 34 · 29 comments

Most relevant

Sam Reid
P9 is the same. Kids are sent to the library when it drops below 14 degrees apparently, but the library is full.
3d Like Reply

Chloe Ashworth
So they're either freezing or sat on the floor in the library. Great.
3d Like Reply
""", exp=[
        ("school", "sn", "neg", "Compass"),
    ])

    fb("""
Fennick Park Community Noticeboard
Public group · 4.6K members

Graham Pike
7 October 2024 at 08:55 ·
To the parents who park on the verge outside 40-60 Lapwing Way at 8.20 every morning for the TCA drop-off: my mother has a blue badge and couldn't get her car out of her own drive again today. The school has a drop-off zone by the sports hall. USE IT.

👍 61 · 33 comments

Most relevant

Laura Finch
The drop-off zone is gridlocked by 8.10. The school needs to sort it, not the parents.
2d Like Reply

Graham Pike
Then leave 10 minutes earlier.
2d Like Reply
""", exp=[
        ("school", "al", "neg", "TCA"),
    ])

    fb("""
Tattenbury Parents Chat
Public group · 11.2K members

Wayne Halloran
19 October 2024 at 22:40 ·
Mr Brereton head of year 10 at Compass has put my boy in isolation for 2 days for NOTHING. He wants to watch himself. I know what he drives and I know where he parks it every morning. Grey Octavia. If I see him outside school he's going to find out what happens when you pick on my family.

😮 12 · 31 comments

Most relevant

Tash M
Wayne please don't. Whatever's happened, that's a threat.
1d Like Reply

Admin - Tattenbury Parents Chat
Removed. Screenshot passed to police.
1d Like Reply
""", exp=[
        ("school", "sn", "neg", "Compass"),
        ("nbrereton", "ts", "thr", "Mr Brereton"),
    ])

    fb("""
Compass Academy Parents (UNOFFICIAL)
Private group · 3.1K members

Amy Castellano
1 June 2025 at 19:30 ·
The esports team need £2,400 to get to the national finals in Coventry (coach, hotel, entry). Mr Kinsella has been rebuilding PCs in his own time for three years, so let's get these kids there! Cake sale at the Moat Hill car boot on Sunday, and the JustGiving is in the comments. 🎮🏆

❤️👍 140 · 26 comments

Most relevant

Tayo's mum
Thank you all. My son has grown so much in that club. Mr K is a gem.
2d Like Reply

Rich Dunmore
£20 sent. Good luck lads and lasses!
2d Like Reply
""", exp=[
        ("school", "al", "neu", "Compass Academy"),
        ("rkinsella", "ts", "neu", "Mr Kinsella"),
    ])

    fb("""
Tattenbury Buy, Sell & Swap
Public group · 15.8K members

Nikki Prosser
28 August 2024 at 14:20 ·
FOR SALE: TCA blazer, age 12-13, worn one term, £10. Also 2x white shirts and a PE top (size S). Collection from Orwin Grange or can drop at Compass Point on Saturday.

👍 3 · 4 comments

Most relevant

Beth Ruane
Interested in the blazer! PM'd
3d Like Reply
""", exp=[
        ("school", "al", "neu", "TCA"),
    ])

    fb("""
Tattenbury Buy, Sell & Swap
Public group · 15.8K members

Ken Morrow
9 March 2025 at 10:02 ·
Clearing out the loft. Silva Expedition compass, barely used, £12. Pile of OS Explorer maps (Chilterns, Greensand Ridge, Peak District), £2 each. Old Trangia stove £15. Collection Moat Hill.

👍 5 · 2 comments

Most relevant

Suzy Ho
Is the compass still available? For my son's DofE.
1d Like Reply
""")

    fb("""
Compass Academy Parents (UNOFFICIAL)
Private group · 3.1K members

Rob Ferris
6 November 2024 at 17:40 ·
Ms Pennefather gave my son a lunchtime detention for saying the war poems were "boring". He's 12. He's allowed an opinion. Since when did English become a thought-crime zone? Honestly the head of English needs to get off her high horse.

😂😡 19 · 44 comments

Most relevant

Sarah Kitchen
Did he say "boring" or did he say something ruder? Because my daughter is in that class...
1w Like Reply

Rob Ferris
Doesn't matter what he said.
1w Like Reply

Sarah Kitchen
It does a bit, Rob.
1w Like Reply
""", exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("ypennefather", "ts", "neg", "Ms Pennefather"),
    ])

    fb("""
Tattenbury Parents Chat
Public group · 11.2K members

Donna Keyes
25 November 2024 at 20:01 ·
Anyone else dealing with the SENCo at Compass? Tilley is a useless cow. Hides behind her inbox, never answers, then smiles at you at parents' evening like butter wouldn't melt. My son's EHCP might as well be toilet paper. Honestly someone should give her a taste of what it's like to be ignored.

😡 28 · 36 comments

Most relevant

Mel Gorman
She's overwhelmed, Donna. 300 kids on the register.
3d Like Reply

Donna Keyes
Not my problem Mel.
3d Like Reply
""", exp=[
        ("school", "sn", "neg", "Compass"),
        ("jtilley", "so", "abu", "Tilley"),
    ])

    fb("""
Fennick Park Community Noticeboard
Public group · 4.6K members

Fennick Park Events
30 October 2024 at 12:00 ·
🎆 FIREWORKS NIGHT 🎆 Saturday 2 November, gates 5.30pm, display 7pm, on the overflow car park at Compass Point Retail Park. Hot food, glow sticks, and the Moat Hill Brass Band. Adults £5, kids £2, under 5s free. Please leave dogs at home!

👍❤️ 221 · 40 comments

Most relevant

Jess Palin
Is it ok to bring a pushchair?
1d Like Reply

Fennick Park Events
Yes of course!
1d Like Reply
""")

    fb("""
Tattenbury Nigerian Community Association (TNCA)
Private group · 640 members

TNCA Events
15 September 2024 at 09:00 ·
Independence Day celebration! Saturday 5 October, Brockhurst Community Centre, from 2pm. Jollof cook-off (yes, again), kids' talent show, and the Tattenbury Highlife Collective. All welcome, bring your neighbours.

❤️🎉 97 · 23 comments

Most relevant

Chinedu Obi
My jollof is winning this year. Write it down.
3w Like Reply
""")

    fb("""
Compass Academy Parents (UNOFFICIAL)
Private group · 3.1K members

Claire Holt
18 September 2024 at 16:20 ·
Credit where it's due - I emailed Mr Davies about the route 3 bus at lunchtime and he rang me back within the hour, explained the driver shortage and said he'd ride the route himself tomorrow to check the timings. First person from school who has actually listened.

👍 54 · 12 comments

Most relevant

Jade Pollard
Fair play. Still want Grayline back though.
1w Like Reply
""", exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("mdavies", "ts", "neu", "Mr Davies"),
    ])

    fb("""
Tattenbury Parents Chat
Public group · 11.2K members

Ray Dunstan
4 March 2025 at 18:10 ·
Why has the Compass science dept got a Hindu running it? Raghu-nathan or whatever she's called. Our kids are being taught by people who don't share our values and then they wonder why the country's going down the pan. Albion Dawn are right about one thing.

😡 9 · 47 comments

Most relevant

Meena Shah
Reported. Disgusting.
5d Like Reply

Tom Harlow
Dr R is the best teacher my daughter has ever had. You're a bigot, Ray.
5d Like Reply

Admin - Tattenbury Parents Chat
Removed and reported.
5d Like Reply
""", exp=[
        ("school", "sn", "neu", "Compass"),
        ("praghunathan", "ob", "hat", "Raghu-nathan"),
    ])

    fb("""
Kettlebridge & Tattenbury Mums
Private group · 6.7K members

Sophie Lister
29 April 2025 at 12:30 ·
So Declan O'Riordan has been completely cleared. NO case to answer. Will the people in this group who called him "a paedo", "a nonce" and worse on here in March apologise? Because I saved the screenshots and it wasn't a few of you. His family had to move out for a month. This is what mob justice on Facebook looks like. Compass did the right thing by following the process.

❤️👏 188 · 64 comments

Most relevant

Andrea Kent
Thank you for saying this.
2d Like Reply

Michelle Dyer
Still think there's more to it.
2d Like Reply

Sophie Lister
Based on what, Michelle?
2d Like Reply
""", exp=[
        ("school", "sn", "neu", "Compass"),
        ("doriordan", "ex", "neu", "Declan O'Riordan"),
    ])

    fb("""
Tattenbury Parents Chat
Public group · 11.2K members

Leanne Cobb
21 May 2025 at 21:15 ·
Just saw the esports team in Tattenbury Today 🏆 well done kids. And can we talk about Mr Kinsella in that photo 👀 he can fix my hard drive any day of the week. Forearms for DAYS. Compass has been hiding him in a portakabin 😏🔥

😂❤️ 71 · 45 comments

Most relevant

Gina R
LEANNE 😂😂😂
1d Like Reply

Leanne Cobb
What?! I'm only saying what every mum at the car boot was thinking
1d Like Reply
""", exp=[
        ("school", "sn", "neu", "Compass"),
        ("rkinsella", "ts", "sex", "Mr Kinsella"),
    ])


def chunk_social():
    social("""
X · Post
Shaz 🇬🇧 @shaz_tb_mum · 23 Jan 2025
Requires Improvement 🙃 14 portakabins, buses that never turn up and an app that crashes every morning. Outstanding my backside. #CompassAcademy #Tattenbury
💬 14  🔁 9  ❤️ 61

Replies
Gaz @gaz_on_the_grid · 23 Jan 2025
and they wonder why everyone's looking at Kettlebridge Park
Mo @momohammed_tb · 23 Jan 2025
my lad loves it there tbf. teachers are sound its the building thats the problem
""", exp=[
        ("school", "ha", "neg", "#CompassAcademy"),
    ])

    social("""
TikTok · comments on video by @formerstudent.ck (video unavailable)
412.6K views

lils.x: ngl mr 0'r10rdan was always weird w the y13 girls, everyone knew 😬
  ↳ 1,204 likes
beanz_tb: that man wrote my ucas reference at midnight n got me into uni, yall are deranged
  ↳ 388 likes
kezzzz: compass really said "we followed procedures" 💀 procedures of sweeping it under the rug
  ↳ 902 likes
jordxn_07: stitching this. if he did it he needs jail. if he didnt she needs to be sued. simple
  ↳ 77 likes
mumoftwins_tb: my daughter is 17 and in his form. I'm sick reading this.
  ↳ 210 likes
""", exp=[
        ("school", "sn", "sex!", "compass"),
        ("doriordan", "le", "sex!", "0'r10rdan"),
    ])

    social("""
TikTok · comments on video by @tattenbury.tea (repost of news clip)

ryry.b: someone needs to sort out O R I O R D A N properly, no trial needed, just a car park and 5 minutes
  ↳ 96 likes
hannah_banana.x: @ryry.b thats literally a threat to kill someone get a grip
  ↳ 143 likes
dom.kb: the head of sixth at compass? he taught my sister, hes a decent bloke
  ↳ 58 likes
ryry.b: @hannah_banana.x never said kill 🤷
  ↳ 4 likes
""", exp=[
        ("school", "sn", "neu", "compass"),
        ("doriordan", "sp", "thr", "O R I O R D A N"),
    ])

    social("""
Instagram · @compass_academy_tb · post: "CHAMPIONS 🏆 Three Shires Schools Esports League winners!"
❤️ 1,842 likes

comments
tayo.plays: we did that 😤🏆
ellie.m.09: mr kinsella carried fr 😭
jas.k_: mr k is actually so fine ??? like why is my computing teacher that fine 😳
  ↳ ellie.m.09: JASMINE 💀💀
  ↳ jas.k_: im just saying what everyone thinks
proud.dad.tb: Congratulations to the whole team and staff 👏
ruby.sxx: can't believe the portakabin produced champions
""", exp=[
        ("school", "hd", "neu", "@compass_academy_tb"),
        ("rkinsella", "ts", "sex", "mr kinsella"),
    ])

    social("""
Snapchat · story text (screenshot transcribed)
[caption over a photo of a computer room]
k1ns3lla gave me a 45 min det for playing fortnite in computing 💀💀 like bro u RUN an esports club
[next snap]
compass teachers r so hypocritical 😭 k1ns3lla is a neckbeard loser who peaked at lan parties in 2009
""", exp=[
        ("school", "sn", "neg", "compass"),
        ("rkinsella", "le", "abu", "k1ns3lla"),
    ])

    social("""
X · Post
Albion Dawn (Tattenbury cell) @AlbionDawnTB · 20 Feb 2025
[[hgSchool]]: 31% EAL, translators on the payroll, a Nigerian running safeguarding. [[hgOkafor]] decides which English kids get excluded. This is replacement, in plain sight, paid for by YOUR council tax. They took our stickers down. We've printed more.
💬 3  🔁 11  ❤️ 19
This account has been suspended.
""", exp=[
        ("school", "ho", "hat", "[[hgSchool]]"),
        ("rokafor", "ho", "hat", "[[hgOkafor]]"),
    ])

    social("""
Reddit · r/Tattenbury · Posted by u/grid_road_ghost · 4 Oct 2024
What's actually going on with the school bus contract at TCA?

My neighbour says Grayline were kicked off because they were too expensive, my mate at the golf club says it's a stitch-up. Anyone know?

u/quietcommuter · 42 points
Trust re-tendered every contract over £250k this year, it's a legal requirement after a certain period. Grayline bid higher. Vale Link were cheapest. That's it. Their first fortnight was a disaster because they were short of drivers.

u/grid_road_ghost · 12 points
So nothing dodgy?

u/quietcommuter · 31 points
The business manager Mark D. has been rinsed all over Facebook for it but as far as I can see he just ran the tender the rules told him to run. Communication to parents was rubbish though.

u/V7_Viking · 8 points
Rubbish is generous. Kids stood at Starling Cross for an hour.
""", exp=[
        ("school", "al", "neg", "TCA"),
        ("mdavies", "fi", "neu", "Mark D."),
    ])

    social("""
Twitch · chat log excerpt · channel: KinsellaPlays · "24hr CHARITY STREAM for Kettlebridge Children's Hospice"

[03:12] gkeeper_real: gg lads what a save 😂
[03:13] pixelpriest: LETS GOOO
[03:13] tb_lurker99: yo @KinsellaPlays u were my computing teacher at compass, u still at the portakabin?? 😂
[03:14] KinsellaPlays: haha still in P4, the heater still doesn't work
[03:20] zestynoodle: this guy lives on Plover Close TB4 6QP btw, i see his car every day lol
[03:20] Nightbot: Message deleted by a moderator.
[03:21] mod_megz: no personal info in chat, timeout 24h
[03:22] beanz_tb: £10 donated, hospice deserves it
""", exp=[
        ("school", "sn", "neu", "compass"),
        ("rkinsella", "hd", "dox", "@KinsellaPlays"),
    ])

    social("""
X · Post
justice4compassgirls @j4cg_tb · 12 Mar 2025
D. O'Riordan, head of sixth at Compass. Home: 22 Kestrel Mews, Sallow End, TB6 1QX. Mobile: 07700 900617. Compass covered up for him for YEARS and the trust will do the same. If the school won't ask him questions, parents can.
💬 28  🔁 64  ❤️ 102

Replies
Mike H @mikeh_kb · 12 Mar 2025
This is doxxing and it's illegal. Reported.
Jo @jojo_sallow · 12 Mar 2025
his kids live there. delete this
""", exp=[
        ("school", "sn", "def", "Compass"),
        ("doriordan", "is", "dox", "D. O'Riordan"),
    ])

    social("""
TikTok · @year9.diaries · caption
when it rains in portakabin 7 and sir puts a bin under the drip and carries on teaching like its normal 🪣🌧️ #compassacademy #portakabinlife #tattenbury #fyp

comments
ciaraaa.x: P7 is literally a shed 😭
jay.dot: ours has a mushroom growing in the corner no joke
mrsjones_tb: This is why I'm not sending my youngest there.
""", exp=[
        ("school", "ha", "neg", "#compassacademy"),
    ])

    social("""
Instagram · @sophiaa.r · post: results day 📚🎓 "LEEDS HERE I COME"
❤️ 402 likes

sophiaa.r: couldn't have done it without mr o'riordan honestly, he read my personal statement like 6 times and told me i was good enough when i didn't believe it. best head of sixth ever x
amelia.tb: SO proud of u!!!
dev_k: congrats!! compass sixth form class of 25 🫶
""", exp=[
        ("school", "sn", "neu", "compass"),
        ("doriordan", "ts", "neu", "mr o'riordan"),
    ])

    social("""
Snapchat · group chat "10R gc" (screenshot transcribed)

Ella: pennefather's lessons r actually peak ngl
Zak: the macbeth witches voices 💀 she went FULL method
Ella: shes the only teacher in compass who doesnt talk to us like were 5
Kofi: true
Zak: still gave me a det tho 😭
""", exp=[
        ("school", "sn", "neu", "compass"),
        ("ypennefather", "po", "neu", "pennefather's"),
    ])

    social("""
X · Post
bitterpen @bitterpen_poetry · 10 Apr 2025
So the Hesper shortlist includes P3nn3f4th3r, a secondary school teacher who writes greeting-card verse about portakabins and calls it "psalms". Pretentious witch. Judges must have been at uni with her. Real poets can't get arrested.
💬 6  🔁 2  ❤️ 14

Replies
lit_lou @lit_lou · 10 Apr 2025
Jealousy is a hell of a drug.
""", exp=[
        ("ypennefather", "le", "abu", "P3nn3f4th3r"),
    ])

    social("""
TikTok · comments on video "stickers at my school 😡" by @tb.nathaniel

dxn.66: good. m*rgineanu and the rest of them can go back to romania and take their gypsy translators with them 🇬🇧🇬🇧
  ↳ 3 likes
tb.nathaniel: @dxn.66 reported. she literally taught my little brother english
  ↳ 221 likes
kemi.o: the fact they put this on a SCHOOL fence. compass kids dont deserve this
  ↳ 180 likes
""", exp=[
        ("school", "sn", "neu", "compass"),
        ("amargineanu", "ob", "hat", "m*rgineanu"),
    ])

    social("""
X · Post
Terry @terryfromtb · 19 Feb 2025
That Margineanu woman from Compass wants to think very carefully about her walk from the portakabins to the car park after dark. Just saying. Not everyone round here is as polite as a sticker.
💬 9  🔁 1  ❤️ 4

Replies
Tattenbury Today @TattenburyToday · 19 Feb 2025
We've passed this post to Thames Vale Police.
""", exp=[
        ("school", "sn", "neu", "Compass"),
        ("amargineanu", "al", "thr", "Margineanu"),
    ])

    social("""
X · Post
Compass Parents Voice @CompassParentsV · 24 Jan 2025
Outstanding to RI on his watch. 400 more kids, 0 new classrooms, 14 portakabins, 1 principal who's never there. Time for new leadership. #SackAshworthPryce #CompassAcademy
💬 33  🔁 48  ❤️ 120

Replies
Lisa G @lisag_orwin · 24 Jan 2025
Signed the petition 👍
Andrew P @andrewp_tb · 24 Jan 2025
The council didn't build the classrooms, not him. Aim at the right target.
""", exp=[
        ("school", "ha", "neg", "#CompassAcademy"),
        ("sashworthpryce", "ha", "neg", "#SackAshworthPryce"),
    ])

    social("""
TikTok · comments on video "POV: first day at a school with 14 portakabins"

real_one_tb: TattenburyCompassAcademy more like TattenburyCompassPrison 😭 bells every 50 mins and no windows
  ↳ 340 likes
shaniaa: y7s getting lost between P1 and P14 in the rain 😭
  ↳ 88 likes
mr_rowe_geog: (as a teacher) we get lost too 😂
  ↳ 412 likes
""", exp=[
        ("school", "cc", "neg", "TattenburyCompassAcademy"),
    ])

    social("""
X · Post
Ellie Walker @elliewalks · 2 Mar 2025
Went up on the Greensand Ridge today and the fog came down so fast. Phone had no signal, map was soaked, and my compass was the only thing that got me back to the car. Take a compass, people. Learn to use it.
💬 4  🔁 2  ❤️ 38
""")

    social("""
X · Post
Prof. Dana Whitcombe @dwhitcombe_trade · 15 May 2025
Thread on the TCA review: five years in, the Trade and Cooperation Agreement still says almost nothing about mobility for young people. Youth mobility scheme talks are the first real test of whether the TCA can be improved without reopening everything. 1/7
💬 12  🔁 30  ❤️ 88
""")

    social("""
Instagram · @compass.driving.tb · post: "PASSED FIRST TIME! 🎉🚗"
❤️ 96 likes

Caption: Huge congratulations to Amira who passed her test this morning at Kettlebridge with just 2 minors! Compass Driving School - teaching Tattenbury to drive since 2004. Book your first lesson, link in bio.

comments
amira.k: thank u Steve!!! the roundabouts didn't beat me 😂
dad_of_amira: Proud dad moment
""")

    social("""
X · Post
Llanfedw Town FC @LlanfedwTownFC · 12 Apr 2025
⚽ GOAL! 89' Mark Davies rises highest at the back post and it's 2-1 Llanfedw! What a header from the skipper! #UpTheTown
💬 11  🔁 24  ❤️ 140
""", namesake=True)

    social("""
TikTok · comments on video "the man who got threatened by a parent and still turned up to our prom 🥹" by @class.of.25.tb

jade.hx: mr brereton is literally the goat, he came to the prom after everything
  ↳ 512 likes
aidan.c: best head of year compass ever had
  ↳ 301 likes
lucy_p: hope that dad rots
  ↳ 98 likes
""", exp=[
        ("school", "sn", "neu", "compass"),
        ("nbrereton", "ts", "neu", "mr brereton"),
    ])

    social("""
X · Post
Safeguarding Matters UK @SafeguardMattersUK · 18 Jun 2025
Lovely to see my old PGCE classmate Rachel Pendry - now deputy principal and DSL at Compass in Tattenbury - on the panel at today's conference. Brilliant on online harms and parents' groups. 👏
💬 2  🔁 5  ❤️ 44
""", exp=[
        ("school", "sn", "neu", "Compass"),
        ("rokafor", "al", "neu", "Rachel Pendry"),
    ])

    social("""
Instagram · @tb.sportsday · post: "Sports day 2025 🏃‍♀️☀️"
❤️ 230 likes

Caption: What a day! Orwin house took the trophy (again). Thank you to the PE department and every tutor who ran the egg-and-spoon in a lanyard. #TattenburyCompass #SportsDay2025

comments
mrs_h_pe: Best one yet! 🥇
josh.o: relay team robbed 😤
""", exp=[
        ("school", "ha", "neu", "#TattenburyCompass"),
    ])

    social("""
X · Post
Steve K @stevek_tb · 24 Mar 2025
Compass Academy should get a brick through every window of every portakabin. Burn the lot down and start again with people who aren't scared of teaching English kids about England. Don't say you weren't warned.
💬 17  🔁 3  ❤️ 6

Replies
Priya S @priyas_tb · 24 Mar 2025
Reported to police and the school.
""", exp=[
        ("school", "al", "thr", "Compass Academy"),
    ])

    social("""
Reddit · r/UKTeachers · Posted by u/portakabin_prisoner · 11 Feb 2025
Anyone else teaching in a school that's basically 40% temporary buildings?

Secondary, 1900 kids, new town, huge trust. I've taught in the same leaking portakabin for 3 years. We went RI last month. The school sits between two roundabouts so the kids have to cross a grid road in the rain between lessons. SLT say a permanent block is "coming". Just want to know I'm not alone.

u/fe_mail_merge · 88 points
Not alone. We had 9 "temporary" classrooms. Some were there 22 years.

u/portakabin_prisoner · 14 points
22 years is my nightmare.
""")

    social("""
X · Post
Paul Darby @pdarby_tb · 27 Mar 2025
Heard Dunstable's in court today over the stickers. Reminder that the man put "send M a r g i n e a n u back" on a school gate. Hope he gets what's coming. Tattenbury is better than him.
💬 3  🔁 6  ❤️ 29
""", exp=[
        ("amargineanu", "sp", "neu", "M a r g i n e a n u"),
    ])

    social("""
YouTube · comments on "Three Shires Schools Esports League GRAND FINAL - Compass Comets vs Kettlebridge College"
21K views

@RLcasterMike: that last goal was insane from the compass number 3
@nova_kbridge: gg compass, fair win
@Biscuit_Dunker: whos the teacher screaming in the background 😭 "ROTATE BACK ROTATE BACK"
  ↳ @tayo.plays: thats mr kinsella 😭😭 hes like that every game
@kb_fan_1: rigged, K.i.n.s.e.l.l.a has been buying smurf accounts for his kids all season, should be disqualified and sacked
""", exp=[
        ("school", "sn", "neu", "compass"),
        ("rkinsella", "ts", "def", "mr kinsella"),
    ])

    social("""
Threads · @sendmum.tattenbury · 10 Jul 2025
Genuinely want to say something nice for once. After two years of fighting, Mrs Tilley sat with me for an hour and a half yesterday, rewrote my son's support plan line by line and phoned his new TA while I was there. The system is broken but she isn't. Thank you, Compass SEN team. 🫶
❤️ 67 · 💬 9
""", exp=[
        ("school", "sn", "neu", "Compass"),
        ("jtilley", "ts", "neu", "Mrs Tilley"),
    ])

    social("""
X · Post
David Saunders @dsaunders_schools · 17 Mar 2025
Genuine question for education journos: why does every story about the Tattenbury TikTok case use the teacher's name when he hasn't been charged with anything? We never did this ten years ago.
💬 22  🔁 40  ❤️ 210
""")

    social("""
TikTok · comments on video "rating my teachers at compass 🫣" by @ayo.tb

ayo.tb: Kinsellaaa 10/10 no notes
  ↳ 311 likes
ruby.sxx: where's tilley in this. -5/10 she never answers emails my mum says
  ↳ 74 likes
ayo.tb: @ruby.sxx not doing tilley dirty like that 😭
  ↳ 12 likes
dominika.p: u forgot mrs margineanu she's so sweet
  ↳ 90 likes
""", exp=[
        ("school", "sn", "neu", "compass"),
        ("rkinsella", "ty", "neu", "Kinsellaaa"),
        ("jtilley", "so", "neg", "tilley"),
        ("amargineanu", "ts", "neu", "mrs margineanu"),
    ])


def chunk_reviews():
    review("""
Google reviews · Tattenbury Compass Academy
Secondary school · Lapwing Way, Fennick Park, Tattenbury
3.1 ★★★☆☆ (212 reviews)

Kelly-Marie D
4 reviews
★☆☆☆☆ 2 months ago
Used to be a great school. Now it's a car park full of sheds. My son has had 6 supply teachers for science this year, the bus is late every other day and nobody answers the phone. We pay council tax for this?

Response from the owner 2 months ago
Dear Kelly-Marie, we are sorry to hear this. Please contact the main office on 01632 960274 so we can look into your son's timetable.
""", exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
    ])

    review("""
Google reviews · Tattenbury Compass Academy
★★★★★ a month ago
Amit Verma
Local Guide · 38 reviews
My twins are in Year 12. The sixth form is brilliant - Mr O'Riordan replies to emails the same day and genuinely cares about every student. Mr Kinsella's esports club got my quiet son out of his shell. Yes the buildings need work, but the people are what matters.
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("doriordan", "ts", "neu", "Mr O'Riordan"),
        ("rkinsella", "ts", "neu", "Mr Kinsella"),
    ])

    review("""
Indeed · Company reviews · Meridian Vale Learning Trust
★★☆☆☆ Teacher of Mathematics (Former Employee) - Tattenbury - 14 February 2025
"Good colleagues, impossible leadership"
I worked at the trust's Tattenbury secondary for four years. Colleagues are supportive and the kids are great. Senior leadership has lost touch: S. Ashworth-Pryce introduced learning walks every week after the inspection and staff who teach in the portakabins got slated for things nobody could control.
Pros: Colleagues, students, CPD budget
Cons: Micromanagement, portakabins, no parking
""", exp=[
        ("sashworthpryce", "is", "neg", "S. Ashworth-Pryce"),
    ])

    review("""
Glassdoor · Meridian Vale Learning Trust · Reviews
★★☆☆☆ "Admin staff treated as second class"
Finance Assistant · Current Employee · Kettlebridge · 8 Dec 2024
Pros: Pension, holidays.
Cons: Worked in the Compass Academy office for two years. Business manager M. Davies runs the place like a fiefdom: no flexible working, no recognition, and he shouted at a colleague in front of visitors during the bus fiasco. Several of us have gone to HR and nothing changes.
Advice to management: Listen to support staff, not just teachers.
""", exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("mdavies", "is", "neg", "M. Davies"),
    ])

    review("""
Google reviews · Tattenbury Compass Academy
★☆☆☆☆ 3 weeks ago
A concerned mother
The head of sixth form is a creep who messages teenage girls on Snapchat late at night and the school knows and protects him. Do not send your daughter to this sixth form. Everyone in Sallow End knows what he is.
""", exp=[
        ("school", "ex", "sex!", "Tattenbury Compass Academy"),
    ])

    review("""
Google reviews · Tattenbury Compass Academy
★☆☆☆☆ 5 months ago
Gary Lomax
My son was excluded for 3 days on the word of another kid. Mrs Okafor, the deputy, wouldn't show us any evidence and wouldn't let him tell his side. Safeguarding lead my foot. Zero stars if I could.

Response from the owner 5 months ago
Dear Mr Lomax, we cannot discuss individual pupils here. Please use our complaints procedure, which is on the website.
""", exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("rokafor", "ts", "neg", "Mrs Okafor"),
    ])

    review("""
Google reviews · Vale Link Coaches
Bus company · Kettlebridge
2.3 ★★☆☆☆ (98 reviews)

Jade P
★☆☆☆☆ 4 months ago
Your drivers on the Compass school run don't know the routes, don't wait 30 seconds for kids running for the stop and one drove past my 11 year old at Starling Cross. Grayline were ten times better.

Response from the owner 4 months ago
We're sorry. Please email customerservice@valelink.example with the date and route so we can investigate.
""", exp=[
        ("school", "sn", "neu", "Compass"),
    ])

    review("""
Google reviews · Compass Lettings
Letting agent · Tattenbury
1.8 ★★☆☆☆ (61 reviews)

Tom B
★☆☆☆☆ 6 months ago
Took 5 weeks to return our deposit and then kept £180 for "cleaning" despite professional clean receipts. Phones never answered. Compass Lettings seem to rely on tenants giving up. Don't.
""")

    review("""
Google reviews · Compass Driving School
Driving school · Tattenbury
4.9 ★★★★★ (204 reviews)

Sana Q
★★★★★ a year ago
Steve was so patient with me, I was terrified of the roundabouts on the V7 and by the end I was doing the big one at Starling Cross with my eyes open. Passed first time! Thank you Compass Driving School!
""")

    review("""
Google reviews · Compass Point Retail Park
Shopping centre · Tattenbury
3.9 ★★★★☆ (1,021 reviews)

Rob T
★★★☆☆ 2 weeks ago
Handy for Tesco and B&M, parking is free, but the exit onto the Heronsgate roundabout is a nightmare at 5pm. Needs a second lane.
""")

    review("""
Indeed · Company reviews · Meridian Vale Learning Trust
★★★★★ Science Technician (Current Employee) - Tattenbury - 11 June 2025
"Best manager I've had"
The science department at the Tattenbury academy is a genuinely happy place despite the portakabin labs. P. Raghunathan is the best line manager I've ever had: she thanks technicians by name in front of the whole department and fought for our pay regrade.
Pros: Team, manager, training
Cons: Space, equipment budget, parking
""", exp=[
        ("praghunathan", "is", "neu", "P. Raghunathan"),
    ])

    review("""
Glassdoor · Meridian Vale Learning Trust · Reviews
★★★★☆ "Rewarding, hectic, proud of the EAL team"
Teaching Assistant (EAL) · Current Employee · Tattenbury · 3 Apr 2025
Pros: Working for A. Mărgineanu at Compass is a joy. She knows every family, speaks four languages and backs her staff. After the sticker campaign she came in the next day and made sure we were OK before herself.
Cons: Too many children, not enough hours. Portakabin 2 floods.
""", exp=[
        ("school", "sn", "neu", "Compass"),
        ("amargineanu", "is", "neu", "A. Mărgineanu"),
    ])

    review("""
Google reviews · Tattenbury Compass Academy
★☆☆☆☆ a week ago
Matt R
Google keeps removing my review when I name her so here goes: the head of English, Ms P-e-n-n-e-f-a-t-h-e-r, is an arrogant, sneering snob who looks down on working class parents and their kids. She humiliated my daughter in front of her class. Go write your little poems and leave teaching to people who like children.
""", exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("ypennefather", "sp", "abu", "P-e-n-n-e-f-a-t-h-e-r"),
    ])

    review("""
Google reviews · Tattenbury Compass Academy
★★☆☆☆ 4 months ago
Leanne H
The Year 10 team hand out detentions like sweets. Brereton's "zero tolerance" means my daughter got an hour after school for a hair bobble in the wrong colour. Meanwhile actual bullying in the portakabins goes unchecked.
""", exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("nbrereton", "po", "neg", "Brereton's"),
    ])

    review("""
Glassdoor · Meridian Vale Learning Trust · Reviews
★★★☆☆ "Changed a lot since the old days"
Teacher of Geography · Current Employee · Tattenbury · 19 Jan 2025
Pros: I started at Tattenbury Upper School in 1998, long before the academy and the trust. Still love the kids and the town.
Cons: The trust branding, the endless data drops, the portakabins. We were a community school once. Now we're a 'product'.
""", exp=[
        ("school", "al", "neg", "Tattenbury Upper School"),
    ])

    review("""
Google reviews · Tattenbury Compass Academy
★★★★★ 6 months ago
Neha Kapoor
Mrs Ragunathan in science is the best teacher my daughter has had. She stays after school for the medicine club and never makes the kids feel stupid. Give her a pay rise!
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("praghunathan", "ty", "neu", "Ragunathan"),
    ])

    review("""
Google reviews · Tattenbury Compass Academy
★☆☆☆☆ 2 months ago
Stacey L
Mr [[hgORiordan]] should be in prison, not back in his office. The school protected him to save its reputation. Disgraceful place.
""", exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("doriordan", "ho", "def", "[[hgORiordan]]"),
    ])

    review("""
Google reviews · Compass Primary Academy
Primary school · Haldon Cross
4.6 ★★★★★ (44 reviews)

Joanna F
★★★★★ 3 months ago
Lovely small primary, my daughter has flourished here. Reception team are wonderful and the reading scheme actually works.
""")

    review("""
Indeed · Compass Catering Services · Reviews
★★☆☆☆ Kitchen Assistant (Former Employee) - Kettlebridge - 22 October 2024
"Fine for a while"
Worked in a school kitchen contract for Compass Catering. Early starts, decent team, but rotas changed at no notice and they'd send you to a different site with an hour's warning.
Pros: Free lunch, school holidays off
Cons: Rotas, pay
""")

    review("""
Google reviews · Vale Link Coaches
★★★★★ 8 months ago
Harriet S
Hired a 53-seater for our wedding in Kettlebridge. Driver Phil was early, the coach was spotless, and he even waited while we did photos at the church. Would recommend.
""")

    review("""
Google reviews · Tattenbury Compass Academy
★★☆☆☆ a month ago
Jason K
Computing department is all about the esports kids. K*nsella has his favourites and if your kid isn't in the gaming club he can forget about help with his coursework. Nice guy to the parents, different story in class.
""", exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("rkinsella", "ob", "neg", "K*nsella"),
    ])

    review("""
Google reviews · Tattenbury Compass Academy
★☆☆☆☆ 3 months ago
Dean Carter
The deputy head Mrs Okafor is racist against white kids. Plain and simple. If you're white you get excluded, if you're not you get a "restorative conversation". Everyone in Orwin Grange has seen it. She should be struck off.
""", exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("rokafor", "ts", "def", "Mrs Okafor"),
    ])

    review("""
Google reviews · Tattenbury Compass Academy
★★☆☆☆ 5 months ago
Ola Adebayo
The SENCo Joanne Tilley promised us a meeting in September. It's now January. My son's EHCP targets haven't been looked at. Staff are kind but the SEN department is drowning.
""", exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("jtilley", "ex", "neg", "Joanne Tilley"),
    ])

    review("""
Indeed · Company reviews · Meridian Vale Learning Trust
★★★☆☆ Teacher of Computing (Current Employee) - Tattenbury - 2 May 2025
"Great kids, awful kit"
The students at the Tattenbury school are brilliant and the esports club is the best thing in the building. The rest of the department runs on 10-year-old machines. We have asked for an equipment budget for three years.
Pros: Students, team
Cons: Equipment, portakabins, workload
""")

    review("""
Google reviews · Tattenbury Compass Academy
★★★★★ 2 weeks ago
Cristina Munteanu
When we arrived from Romania my daughter had no English. Mrs Mărgineanu met us before her first day, found her a buddy who spoke Romanian and checked on her every week. Two years later she is in top set English. Thank you!
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("amargineanu", "ts", "neu", "Mrs Mărgineanu"),
    ])


SITES["patriot"] = {
    "name": "The Tattenbury Patriot",
    "domain": "tattpatriot.example",
    "nav": ["Home", "Our Town", "Schools", "Immigration", "Donate"],
    "footer": "The Tattenbury Patriot. Free speech is not hate speech.",
    "aside": "Join the mailing list | Sticker packs available",
}
SITES["grayline"] = {
    "name": "Grayline Travel",
    "domain": "graylinetravel.example",
    "nav": ["Coach Hire", "School Contracts", "Day Trips", "News", "Contact"],
    "footer": "Grayline Travel Ltd, The Depot, Brockhurst Industrial Estate. 01632 960188.",
    "aside": "Family-run since 1987",
}


def chunk_blogs():
    blog("roundabout", "Vale Link and the Starling Cross Shuffle", "Jen (The Roundabout Diaries)", "20 September 2024", """
This morning I drove past my own children standing on a traffic island.

Let me explain. Since September, the Compass school bus has been run by a new company, and the new company has discovered what the rest of us learned in 1986: Tattenbury is not a town, it is a maze designed by a bored god who loved roundabouts. The drivers keep going round Starling Cross twice and then giving up.

So there I was, on my way to the 8.04 from Kettlebridge Parkway, and there they were. Eldest holding an umbrella over the youngest, both of them looking at their phones like it was perfectly normal to be standing on a grass verge between two dual carriageways. I did three laps of the bloody roundabout before I could get to them, swearing like a docker the whole time. Missed my train. Emailed the school. Received an auto-reply. Bliss.

Anyway, the WhatsApp group has now reached 400 messages a day, and I have learned more about the home lives of the Year 8 parents than I ever wanted to. Someone has made a spreadsheet. Someone else has made a petition. I have made a gin.
""", comments=[
        ("Priti", "20 Sep 2024", "The spreadsheet was me. I regret nothing."),
        ("Mandy K", "21 Sep 2024", "Three laps is rookie numbers. I did five on Tuesday."),
    ], exp=[
        ("school", "sn", "neg", "Compass"),
    ])

    blog("roundabout", "Parents' evening in Portakabin 9", "Jen (The Roundabout Diaries)", "14 November 2024", """
Parents' evening at Compass happens in the old sports hall, except for English and science, who have been banished to the portakabins because of "space", and so you spend the evening walking through the drizzle between appointments with a printed timetable disintegrating in your hand.

The highlight was Ysolde Pennefather, head of English, who told me my son "writes like a man who has been let down by semicolons" and then spent five minutes explaining why that was a compliment. He came out wanting to read Steinbeck. I have no idea what she did but I would like her to do it to me.

Low point: discovering the heater in Portakabin 9 has been broken since half-term. Everyone was in their coats. One of the maths teachers was wearing fingerless gloves. It was like parents' evening in a Dickens novel.

Ofsted are apparently due. I hope they come on a rainy day.
""", comments=[
        ("Sal", "14 Nov 2024", "Ms Pennefather is magic. My daughter quotes her at dinner."),
    ], exp=[
        ("school", "sn", "neg", "Compass"),
        ("ypennefather", "ex", "neu", "Ysolde Pennefather"),
    ])

    blog("roundabout", "On WhatsApp groups and pitchforks", "Jen (The Roundabout Diaries)", "1 May 2025", """
I have been quiet on here for a while, because I didn't know how to write about March.

For those who aren't local: a video appeared on TikTok making accusations against Declan O'Riordan, head of sixth form at Compass Academy. Within a day my WhatsApp groups had decided he was guilty. I saw messages calling him a "paedo", a "nonce", saying "hang him from the Starling Cross sign". I saw his home street shared. I saw mums I like - mums I've had drinks with - share it.

Last week an independent investigation found no case to answer. The video was deleted. Nobody in my groups has said a word.

I'm not writing this to say the girl who made the video was lying - I don't know her, and I don't know what happened to her. I'm writing it because I want us to notice how fast we turned into a mob, and how comfortable it felt.
""", comments=[
        ("Rosa", "1 May 2025", "Thank you for writing this. I was one of the mums who shared it. I'm ashamed."),
        ("anon", "2 May 2025", "Cleared by whom though? His employer."),
    ], exp=[
        ("school", "al", "neu", "Compass Academy"),
        ("doriordan", "ex", "neu", "Declan O'Riordan"),
    ])

    blog("hesketh", "Update: Compass bus contract and what I'm doing about it", "Cllr Bryony Hesketh", "27 September 2024", """
Many residents have contacted me about the home-to-school transport problems at Tattenbury Compass Academy. I want to be clear about what the council can and can't do.

The contract belongs to Meridian Vale Learning Trust, not to North Vale Council. However, the council does pay for transport for pupils who are eligible for free travel, and so we have a say. I have:

- met the academy's business manager, Mark Davies, who was open with me about the driver shortages and agreed to share route data weekly;
- asked the council's transport team to review the stop at Starling Cross, which I agree is not safe;
- put the issue on the agenda of the next Transport Scrutiny Committee.

I know some residents are angry. Please keep emailing me with dates and times - the data helps.
""", comments=[
        ("Moat Hill Mum", "27 Sep 2024", "Thank you Bryony, at least someone is listening."),
    ], exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("mdavies", "ex", "neu", "Mark Davies"),
    ])

    blog("hesketh", "Statement on the sticker campaign in Fennick Park", "Cllr Bryony Hesketh", "18 February 2025", """
Over half-term someone covered Fennick Park in stickers designed to make some of our neighbours feel unwelcome. Several were on the fence of the academy on Lapwing Way. One named a member of staff, Ms Margineanu, who has taught in our town for fifteen years.

I won't repeat the slogans. I will say this: Fennick Park was built in the 1970s by people who moved here from all over - from London, from Glasgow, from Kingston, Jamaica, from Punjab. New towns are made of newcomers. That's the point of them.

Thank you to the residents who were out with scrapers before dawn, and to the staff of Compass, who had the fence clean before the first bus arrived.
""", exp=[
        ("school", "sn", "neu", "Compass"),
        ("amargineanu", "ts", "neu", "Ms Margineanu"),
    ])

    blog("chalkdust", "Leadership Bingo: the Requires Improvement Edition", "Anonymous", "2 February 2025", """
We went from Outstanding to RI last week. I have prepared a bingo card for colleagues at similarly afflicted schools.

- "We are on a journey"
- A new lesson template, laminated
- Learning walks by people who haven't taught Year 9 on a Friday since 2016
- "Consistency" said eleven times in one briefing
- Someone from the trust in a lanyard you've never seen before
- A behaviour reset assembly delivered to 300 children in a hall built for 200
- The portakabin staff blamed for the portakabins

I got a full house by Wednesday. Our head has been visible more in the last week than in the last two years, which is something, I suppose. The kids, as ever, are fine. It's the adults who are losing it.
""", comments=[
        ("Mrs_T", "2 Feb 2025", "Add: 'data drop every three weeks'. Full house here too."),
    ])

    blog("chalkdust", "The colleague the internet decided was guilty", "Anonymous", "3 May 2025", """
For two months this spring, one of my colleagues was the most hated man in our town. A video, a few hundred comments, a few thousand shares. He was suspended, which is what happens, and which everyone online took as proof.

I'm not going to name him or the school. He's back now. The investigation found nothing. He walks down the corridor and some of the kids still look at him differently, and some of the parents still won't shake his hand at the gate.

What I keep thinking about is how helpless we were. We weren't allowed to contact him. We weren't allowed to comment. We watched people we teach every day call him things I won't write here.

If you're a teacher reading this: lock down your socials. If you're a parent: please, before you share, ask yourself if you'd say it to his face.
""")

    blog("levelup", "Meet the coach: Robert Kinsella, Compass Comets", "LevelUp editorial team", "28 May 2025", """
In our Coaches' Corner series we talk to the teachers behind the teams. This month: Robert Kinsella, computing teacher at Tattenbury Compass Academy and coach of the newly crowned Three Shires champions.

How did the club start? "Four kids were playing Rocket League on their phones at lunch in my room. I said, if you can get ten people, I'll find you some PCs. They found thirty."

What does a session look like? "Half an hour of mechanics training, half an hour of scrims, and then fifteen minutes of talking about how we treat people online. That last bit is non-negotiable."

Safeguarding? "Everything is on the school's server, two adults in every channel, parents can observe. I don't add kids on anything personal. Ever."

What's next? "Nationals in Coventry. And a proper room, one day. Preferably one with a heater."
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("rkinsella", "ex", "neu", "Robert Kinsella"),
    ])

    blog("levelup", "Safeguarding in schools esports: what we've learned this year", "LevelUp Safeguarding Lead", "10 June 2025", """
This year, two of the schools in our network had to deal with parents worried about late-night voice chats. In both cases the sessions were on official servers, supervised by two adults and logged, and in both cases the worries were resolved in a single meeting.

What helped: parents being able to join channels read-only; a clear "no DMs with students" rule for coaches; session times published in advance; a named DSL contact for the club.

What didn't help: rumours on Facebook before anyone had asked the school a question.

Our updated code of conduct for coaches is available to all member schools.
""")

    blog("levelup", "National finals: Compass Comets finish fourth", "LevelUp editorial team", "14 July 2025", """
The national schools finals in Coventry saw sixteen teams from across England and Wales compete over two days.

The Compass Comets from Tattenbury, this year's Three Shires champions, reached the semi-finals before losing a thriller to the eventual winners from Cardiff. They then lost the third-place play-off 3-2.

Coach R. Kinsella said: "Fourth in the country from a portakabin in a new town. I couldn't be prouder of them."
""", exp=[
        ("school", "sn", "neu", "Compass"),
        ("rkinsella", "is", "neu", "R. Kinsella"),
    ])

    blog("valehike", "Skills session: using a compass in poor visibility", "Alan (walk leader)", "12 January 2025", """
Last Sunday's skills session on the Greensand Ridge was a great success despite - or because of - the fog.

We practised taking a bearing from the map, walking on a bearing with a partner going ahead as a marker, and "aiming off" so you know which way to turn when you hit a wall or a stream.

Key points for beginners:
A compass only works if you trust it. If your gut says the path goes left and your compass says right, believe the compass.
Keep it away from your phone and car keys - magnets will throw it off.
Practise on a clear day so you're not learning in a crisis.

Next session: night navigation, February.
""", comments=[
        ("Jill W", "13 Jan 2025", "Brilliant session, thank you Alan. I finally understand the romer!"),
    ])

    blog("minutes", "Transport Scrutiny Committee - Minutes, 8 October 2024", "Democratic Services", "8 October 2024", """
Present: Cllr O. Talbot (Chair), Cllr B. Hesketh, Cllr R. Gill, Cllr D. Marsh, Cllr P. Anand. Also present: Ms L. Ford (Head of Passenger Transport), M. Davies (Business Manager, TCA), Mr K. Oduya (Vale Link Coaches).

Item 4: Home-to-school transport, Tattenbury Compass area.

4.1 Cllr Hesketh presented a summary of 212 complaints received by ward councillors since 2 September concerning late or missing coaches serving Compass Academy, including 37 reports of pupils waiting at the Starling Cross island.

4.2 The Business Manager explained that the contract had been re-tendered in line with procurement rules and that the incoming operator had been short of four drivers in September. He apologised to families for the disruption.

4.3 Mr Oduya reported that all routes were now fully staffed and punctuality for the week commencing 30 September had been 94%.

4.4 Ms Ford reported that officers had assessed the Starling Cross stop and would recommend its relocation to the layby on Heronsgate Road.

RESOLVED: that officers relocate the Starling Cross stop by 1 November 2024 and that a progress report come to the January meeting.
""", exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("mdavies", "is", "neu", "M. Davies"),
    ])

    blog("minutes", "Full Council - Minutes, 26 February 2025 (extract)", "Democratic Services", "26 February 2025", """
Item 9: Questions from members of the public.

9.3 Mr T. Afolabi asked what the council was doing to support schools affected by the recent sticker campaign, in particular Tattenbury Compass Academy.

The Cabinet Member for Communities replied that the council had funded additional street cleaning in Fennick Park, had met the academy's leadership and representatives of the Nigerian, Romanian and Indian community associations, and was working with Thames Vale Police on the installation of two additional CCTV cameras at the Heronsgate underpass.

9.4 A supplementary question was asked about the council's response to online abuse of school staff. The Cabinet Member said this was a matter for the police and the platforms, but the council would write to the local MP.
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
    ])

    blog("jobs", "Teacher of Computing (MPS/UPS) - Tattenbury Compass Academy", "EduJobs Direct", "3 March 2025", """
Tattenbury Compass Academy, Lapwing Way, Fennick Park, Tattenbury TB4 7QZ. Part of Meridian Vale Learning Trust.

Salary: MPS/UPS (Outer London Fringe). Contract: permanent, full time. Start: September 2025.

We are looking for an enthusiastic Teacher of Computing to join a team of four in a growing 11-19 academy of 1,900 students. You will teach KS3 computing, GCSE Computer Science and, for the right candidate, A level. The department runs a nationally recognised esports club and a Code Club for Year 7.

Informal enquiries and visits are warmly welcomed: please contact Robert Kinsella, Teacher of Computing and Esports Club Lead, via the school office on 01632 960274.

Closing date: 21 March 2025. We are committed to safeguarding; this post is subject to an enhanced DBS check.
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("rkinsella", "ex", "neu", "Robert Kinsella"),
    ])

    blog("jobs", "Deputy SENCo - Compass Academy, Tattenbury", "EduJobs Direct", "12 May 2025", """
Compass Academy (Tattenbury), part of Meridian Vale Learning Trust. Salary: MPS/UPS + TLR 2b. Permanent, full time.

An exciting opportunity to join our expanding SEN team. Working closely with our SENCo, Joanne Tilley, you will coordinate provision for students with EHCPs in Key Stage 3, line-manage four teaching assistants and lead our new resource base for autistic students, opening in September 2025.

The National Award for SEN Coordination (or willingness to complete it) is essential.

Closing date: 30 May 2025.
""", exp=[
        ("school", "al", "neu", "Compass Academy"),
        ("jtilley", "ex", "neu", "Joanne Tilley"),
    ])

    blog("jobs", "Teacher of Geography - Harrowden Park Academy", "EduJobs Direct", "20 March 2025", """
Harrowden Park Academy, Harrowden Magna. Part of Meridian Vale Learning Trust.

Salary: MPS/UPS. Permanent, full time, September 2025.

Harrowden Park is a popular 11-16 school of 900 students in a rural market town. We are looking for a geographer who loves fieldwork - our Year 10s do three days on the Norfolk coast every June.

Visits welcome: contact Mrs Angela Ross, Head of Humanities.
""")

    blog("fpra", "Spring Newsletter 2025", "FPRA Committee", "15 March 2025", """
Welcome to the spring newsletter!

Stickers: Thank you to the 40+ residents who helped remove the hateful stickers from Lapwing Way and the underpass. The police have charged a man. If you see any more, photograph them, report to 101, then remove them.

School traffic: We met the TCA leadership in February about parking on verges at drop-off. The academy has agreed to put staff on the Lapwing Way gate from 8.05 and to remind parents in every newsletter. Residents, please keep sending us photos of dangerous parking (number plates blurred!).

Building works: The new teaching block at the academy is expected to start in spring 2026. We have asked for lorry movements to avoid 8-9am and 3-4pm.

Fireworks: The November display at Compass Point raised £3,140 for the Fennick Park playground fund. Thank you!
""", exp=[
        ("school", "al", "neg", "TCA"),
    ])

    blog("glowup", "I tried a TCA peel at 41. Here's what happened.", "Mira", "8 February 2025", """
TCA - trichloroacetic acid - is the grown-up cousin of the glycolic peels we all did in our twenties. My dermatologist suggested a light 15% TCA peel for some pigmentation on my cheeks.

Day 1: tingling, then a proper burn for about two minutes. Fan helps.
Day 3: my face looked like a crisp packet. Do not pick.
Day 7: new skin underneath, pink and smooth.

Would I do it again? Yes, but in winter, with no plans, and never at home. TCA at high strengths is not a DIY product.
""", comments=[
        ("dewy_dee", "8 Feb 2025", "The crisp packet phase is so real"),
    ])

    blog("tradeblog", "Five years of the TCA: what it means for workers from Romania", "Dr Aled Pryse", "1 February 2025", """
The Trade and Cooperation Agreement (TCA) between the UK and the EU entered into force five years ago. For the Romanian community in Britain - now one of the largest foreign-born groups - its effects have been mostly indirect.

The TCA does not cover free movement. Romanians who arrived before the end of 2020 mostly hold settled or pre-settled status under the Withdrawal Agreement, not the TCA. For new arrivals, the points-based system applies in full.

Where the TCA does matter is social security coordination - pensions, healthcare for visitors - and mutual recognition, where it has almost nothing to say about professional qualifications. Teachers, nurses and engineers trained in Romania now face the same recognition process as anyone from outside the EU.
""")

    blog("meridian", "Trust statement: independent review of transport tender", "Meridian Vale Learning Trust", "28 November 2024", """
The Trust has today published the independent review of the home-to-school transport tender for Tattenbury Compass Academy.

The review found that the procurement process was carried out properly and that the scoring was fair. It also found that families were not given enough notice or information about the change of operator, and we accept that finding in full.

Simon Ashworth-Pryce, Principal, said: "I want to apologise to every family whose child was late, wet or worried this autumn. We have learned from this. From next term, route timetables will be published a full term in advance and a parents' transport forum will meet every half-term."
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("sashworthpryce", "ex", "neu", "Simon Ashworth-Pryce"),
    ])

    blog("poetry", "Poets: Ysolde Pennefather", "Festival team", "1 September 2025", """
Ysolde Pennefather's debut collection "Roundabout Psalms" was shortlisted for the 2025 Hesper Prize. Her poems are about commuting, classrooms and the strange tenderness of new towns. She will read on Saturday 11 October at 2pm in the Corn Exchange, followed by a conversation with festival director Nia Osei.

Tickets £8 / £5 concessions. Signed copies available from the festival bookshop.
""", exp=[
        ("ypennefather", "ex", "neu", "Ysolde Pennefather"),
    ])

    blog("pitchside", "Brereton signs two-year deal at Harbourside", "Pitchside staff", "4 June 2025", """
Flanker Nathan Brereton has signed a two-year contract with Championship side Harbourside RFC after three seasons in the Welsh Premiership.

The 26-year-old, who made 58 appearances for Caerwent, said he was "buzzing" to be moving to the south coast. Harbourside head coach Rhodri Lewis called him "a nuisance at the breakdown in the best possible way".

Brereton joins fellow back-rowers Tom Ainsley and Sione Havili in a squad targeting promotion.
""", namesake=True)

    blog("patriot", "Who really runs Compass?", "Editor", "22 February 2025", """
Walk past the academy on Lapwing Way and count the languages you hear. Then ask yourself who is in charge.

Safeguarding: Okafor. Science: Raghunathan. "English as an Additional Language": a Romanian called Margineanu whose job is to make sure the newcomers never have to learn ours. Meanwhile the white working-class boys of Brockhurst and Sallow End sit in portakabins being taught that their country is a crime scene.

This is not diversity. This is a takeover, and Compass is where it starts in Tattenbury. The parents who complain are called racists. We say: keep complaining. These people are guests here, and guests who forget it should be shown the door.
""", comments=[
        ("EnglishRose_TB", "22 Feb 2025", "Finally someone says it"),
        ("watcher", "23 Feb 2025", "This site has been reported to the police."),
    ], exp=[
        ("school", "sn", "hat", "Compass"),
        ("rokafor", "so", "hat", "Okafor"),
        ("praghunathan", "so", "hat", "Raghunathan"),
        ("amargineanu", "al", "hat", "Margineanu"),
    ])

    blog("chalkdust", "Why I finally left", "Anonymous", "30 July 2025", """
After nine years I handed my lanyard in last week. I'm naming the school this time because I have nothing left to lose: Tattenbury Compass Academy.

I loved that place. I loved the kids, the chaos, the staffroom that smelt of burnt toast. What I couldn't love any more was working for Simon Ashworth Pryce, who in three years has turned a school into a spreadsheet. Every lesson observed, every minute tracked, every good idea from the classroom sent "up the chain" and never seen again.

He isn't a villain. He's a man who has been told by a trust that numbers are the job, and he believes it. But I watched colleagues cry in the car park, and I watched him walk past them with his phone to his ear.

I'm going to a small school in a market town. It has no portakabins and, as far as I can tell, no spreadsheets.
""", comments=[
        ("former_colleague", "30 Jul 2025", "Miss you already. The burnt toast won't be the same."),
    ], exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("sashworthpryce", "hy", "neg", "Simon Ashworth Pryce"),
    ])

    blog("grayline", "Statement on the loss of the Compass school contract", "Grayline Travel", "25 September 2024", """
For twelve years Grayline Travel carried the children of Tattenbury to and from Compass Academy. Our drivers knew every child, every stop and every short cut across the grid.

In August we lost that contract to a firm with a fraction of our experience. We have now learned that the man who ran the tender, the academy's business manager Mr Davies, has a close family connection to a director of the winning bidder. We believe the outcome was settled before the first bid was opened.

We have asked the Trust to release the scoring sheets. If they have nothing to hide, they will.

To every parent who has phoned us this month: thank you. We'd love to have your children back.
""", exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("mdavies", "ts", "def", "Mr Davies"),
    ])


def chunk_more1():
    news("beacon", "SCHOOL BUS BOSS IN 'JOBS FOR THE BOYS' ROW",
         "By Gavin Proud", "30 September 2024", """
A SCHOOL business manager handed a £600,000-a-year bus contract to a firm run by his wife's cousin, a rival operator has claimed.

Mark Davies, who manages the budget at the troubled Tattenbury Compass Academy, personally scored the bids that saw Vale Link Coaches replace long-standing operator Grayline Travel, the Beacon understands.

Sources at the school say staff were told to "keep quiet" about the connection. Parents, whose children have been left stranded at roundabouts, are demanding answers.

The trust said: "These claims are untrue. A full independent review is under way." Mr Davies did not respond to our calls.
""", comments=[
        ("TaxpayerTerry", "30 Sep 2024", "Jobs for the boys as always. The whole academy is rotten from top to bottom."),
    ], exp=[
        ("school", "ex", "def", "Tattenbury Compass Academy"),
        ("mdavies", "ex", "def", "Mark Davies"),
    ])

    news("today", "Woman admits harassing teacher after TikTok claims",
         "By Kieran Moss, court reporter", "9 July 2025", """
A woman who sent dozens of abusive messages to a Tattenbury teacher after false claims about him spread on TikTok has admitted harassment.

Kerry Vance, 38, of Orwin Grange, sent 46 messages to Declan O'Riordan over three weeks in March, including messages to his wife's Facebook account. Some called him a paedophile; others said his house "would be burnt down with him in it".

Kettlebridge Magistrates heard that an independent investigation later found no case to answer against Mr O'Riordan, head of sixth form at Tattenbury Compass Academy.

Vance was given a 12-month community order, 100 hours of unpaid work and a five-year restraining order.
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("doriordan", "ex", "neu", "Declan O'Riordan"),
    ])

    news("herald", "Police assess fraud complaint over school bus tender",
         "By Tom Ellery", "15 October 2024", """
Thames Vale Police has confirmed it is assessing a complaint of fraud in connection with the award of a school transport contract in Tattenbury.

The complaint, made by coach operator Grayline Travel, concerns the tender run by Tattenbury Compass Academy's business manager, Mark Davies, in the spring. A police spokesperson said officers were "assessing the information to establish whether any offence may have been committed" and that no one had been arrested.

Meridian Vale Learning Trust said it was confident the process had been fair and that an independent review was already under way.
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("mdavies", "ex", "def", "Mark Davies"),
    ])

    news("beacon", "TEACHER'S LATE-NIGHT GAMING SESSIONS WITH PUPILS",
         "By Shannon Kerr", "6 February 2025", """
A COMPUTING teacher at a struggling academy spends his evenings streaming video games online - with pupils as young as 11 watching and chatting to him late into the night.

Robert Kinsella, who runs an esports club at Tattenbury Compass Academy, has more than 3,000 followers on the streaming site Twitch. The Beacon found comments from accounts appearing to belong to his pupils, some posted after midnight.

One mum said: "Why does a grown man want children in his chat at that time of night? Nobody at the school seems to be asking."

The trust said the teacher's streams were "age-appropriate, public and unconnected to his work" and that he did not interact privately with pupils.
""", comments=[
        ("ProudGeek", "6 Feb 2025", "This is a hit piece. He raised three grand for a hospice on that stream."),
        ("Shocked_Mum", "6 Feb 2025", "Grooming always starts somewhere."),
    ], exp=[
        ("school", "ex", "sex!", "Tattenbury Compass Academy"),
        ("rkinsella", "ex", "sex!", "Robert Kinsella"),
    ])

    news("today", "Sticker campaigner jailed for two years",
         "By Kieran Moss", "15 August 2025", """
A Tattenbury man who ran a far-right sticker campaign targeting a secondary school and two of its teachers has been jailed for two years.

Lee Dunstable, 34, of Brockhurst, was sentenced at Kettlebridge Crown Court for stirring up racial hatred and harassment. Stickers he printed named Anca Mărgineanu, EAL coordinator at Tattenbury Compass Academy, and science teacher Priya Raghunathan.

In a statement read to the court, Mrs Mărgineanu said: "I still check the gate every morning before the children arrive."
""", comments=[
        ("BrockhurstBoy", "15 Aug 2025", "Two years for some stickers while grooming gangs walk free. That Margineanu woman and her Romanian mafia must be laughing all the way to the bank. They're taking over this town street by street."),
        ("Jen_Fennick", "15 Aug 2025", "Reported. Go away."),
    ], exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("amargineanu", "ex", "hat", "Anca Mărgineanu"),
        ("praghunathan", "ex", "neu", "Priya Raghunathan"),
    ])

    news("herald", "Trust investigating parents' complaint about SENCo",
         "By Tom Ellery", "3 December 2024", """
Meridian Vale Learning Trust is investigating a formal complaint made by a group of parents about the special educational needs coordinator at Tattenbury Compass Academy.

The complaint, signed by eleven families, alleges that Joanne Tilley failed to pass on information from external professionals and that annual reviews were not held on time. The trust confirmed an investigation was under way but would not comment further.

The complaint follows last month's tribunal ruling that the academy failed an autistic pupil.
""", exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("jtilley", "ex", "def", "Joanne Tilley"),
    ])

    news("today", "Principal receives threatening letter at school",
         "By Hollie Strand", "29 January 2025", """
Police are investigating after a threatening letter addressed to the principal of Tattenbury Compass Academy was delivered to the school's reception a week after its Ofsted downgrade.

The handwritten letter, posted through the letterbox overnight, is understood to have referred to Simon Ashworth-Pryce's family. Staff alerted police on Monday morning.

Meridian Vale Learning Trust said it was "appalled" and that the principal had the full support of the trust.
""", comments=[
        ("Orwin_Dad", "29 Jan 2025", "Shame it was only a letter. Someone should pay him a proper visit and see how he likes being made to feel small. Wouldn't shed a tear if Ashworth-Pryce got a kicking."),
        ("FennickMum82", "29 Jan 2025", "Orwin_Dad you need help."),
    ], exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("sashworthpryce", "ex", "thr", "Simon Ashworth-Pryce"),
    ])

    news("beacon", "DEPUTY HEAD 'TOLD WHITE BOY HE SHOULD BE GRATEFUL TO BE AT THE SCHOOL'",
         "By Gavin Proud", "14 April 2025", """
A DEPUTY head at an academy already at the centre of a sticker row told a white pupil he "should be grateful" to be at the school, his furious dad claims.

Rachel Okafor, the designated safeguarding lead at Tattenbury Compass Academy, made the remark while excluding the 14-year-old, according to his father, who says she has "a problem with white kids".

The trust said the exclusion was "properly investigated and upheld" and that the claim about her remarks was "false and malicious".
""", exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("rokafor", "ex", "def", "Rachel Okafor"),
    ])

    news("herald", "Kettlebridge College esports coach named Coach of the Year",
         "By Jess Amory", "20 June 2025", """
The coach of Kettlebridge College's esports team has been named Coach of the Year by the national schools esports association.

Tom Ashgrove, who teaches IT at the college, set up the team in 2021. Despite losing this year's regional final, the college finished top of the national rankings for sportsmanship.

"We lost the final to a brilliant young team," he said. "That's the point of it - you learn more from losing well."
""")

    news("herald", "Heads' union warns of 'epidemic' of online abuse of teachers",
         "By Jess Amory", "2 May 2025", """
School leaders in the Three Shires say online abuse of staff has reached "epidemic" levels, with parents' Facebook groups and TikTok the main sources.

A survey by the regional branch of the heads' union found that 61 per cent of secondary leaders had had a member of staff named and abused online in the past year, and 14 per cent had had a staff member's home address shared.

One head, whose school had been downgraded by Ofsted this year, told the Herald: "I've had colleagues threatened over a bus timetable. A bus timetable."
""")
    forum("natter", "Education > Secondary", "Compass head of sixth - what do we actually know?", [
        ("WineOClockWendy", "12 Mar 2025 20:10", """Trying to cut through the noise. What do we actually KNOW about the head of sixth form at Compass? My DD is in Y12 and I don't know whether to pull her out."""),
        ("BeenAroundTheBlock", "12 Mar 2025 20:25", """I know someone who worked with him at his last school in Kettlebridge. O'Riordan left there in a hurry because of "an issue with a Year 12 girl", it was all hushed up and he got a reference. Same thing happening again. Pull her out."""),
        ("StatsNotSnark", "12 Mar 2025 20:40", "That's a very serious thing to say on a public forum with no evidence."),
        ("BeenAroundTheBlock", "12 Mar 2025 20:44", "I'm only saying what I was told."),
        ("NatterNest_HQ", "12 Mar 2025 21:02", "We've been asked to remind members of our talk guidelines on posting allegations about identifiable people."),
    ], exp=[
        ("school", "sn", "sex!", "Compass"),
        ("doriordan", "so", "sex!", "O'Riordan"),
    ])

    forum("natter", "Would I Be Unreasonable", "WIBU to ring the deputy head on her mobile on a Saturday?", [
        ("FuriousInFennick", "8 Mar 2025 11:02", """DS was excluded yesterday, no explanation. School phone goes to voicemail at weekends. I have R. Okafor's personal mobile - 07700 900355 - from a netball WhatsApp group we're both in. WIBU to ring it? Actually, posting it here so other parents who've been fobbed off by Compass can ring it too."""),
        ("Sandcastle_Sal", "8 Mar 2025 11:10", "YWBU and please remove the number. That's her private phone."),
        ("FuriousInFennick", "8 Mar 2025 11:15", "She's a public servant."),
        ("NatterNest_HQ", "8 Mar 2025 11:30", "Number removed. Posting other people's phone numbers is against our rules."),
    ], exp=[
        ("school", "sn", "neg", "Compass"),
        ("rokafor", "is", "dox", "R. Okafor"),
    ])

    forum("staffroom", "Workplace dilemmas", "HoD is a textbook narcissist - leave or stick it out?", [
        ("quietenglishteacher", "5 Jun 2025 21:30", """Second year in a department run by a published poet. Publicly she's the darling of the local paper. Privately Pennefather is a preening narcissist who treats the department as her audience. If you don't laugh at her jokes you don't get the good classes. Do I stay and get experience or go now?"""),
        ("OldHandHistory", "5 Jun 2025 21:50", "Careful - that name is very identifiable. Speak to your union about the class allocation, that's a real issue."),
        ("quietenglishteacher", "5 Jun 2025 22:01", "Mods please can you edit the name out, posted in anger."),
    ], exp=[
        ("ypennefather", "so", "abu", "Pennefather"),
    ])

    forum("fraghub", "Schools & Colleges Esports", "Nationals draw is out", [
        ("xXv0idwalkerXx", "1 Jul 2025 18:00", """We drew Tattenbury's Compass lot in the group. Their coach k1nsella better not be standing behind his kids screaming again or I swear I'll wait for him outside the venue and break his fingers so he can't point at a screen ever again."""),
        ("Rhys_GK", "1 Jul 2025 18:05", "mate thats a threat to a teacher. reported."),
        ("LevelUp_Admin", "1 Jul 2025 18:20", "User banned. Venue security has been informed."),
    ], exp=[
        ("school", "sn", "neu", "Compass"),
        ("rkinsella", "le", "thr", "k1nsella"),
    ])

    forum("tattchat", "Politics", "Fennick Park is changing and not for the better", [
        ("OldTattenbury", "3 Apr 2025 19:20", """I grew up here. Now my grandson is one of four white boys in his form at Compass. The deputy head O.k.a.f.o.r has turned that school into an African church hall and the Nigerians have taken over every house on Plover Close. They're not like us and they never will be."""),
        ("Jen_Fennick", "3 Apr 2025 19:40", "Reported again. You've been told."),
        ("TattChat_Mod", "3 Apr 2025 19:55", "Banned. We've kept the post for the police."),
    ], exp=[
        ("school", "sn", "hat", "Compass"),
        ("rokafor", "sp", "hat", "O.k.a.f.o.r"),
    ])

    forum("natter", "Teenagers", "DD says a teacher watches the girls in PE", [
        ("AnxiousInOrwin", "20 Jan 2025 21:00", """DD (Y10, Compass) says Mr Brereton, her head of year, hangs around the girls' PE lessons and "watches" them. She says other girls say he's touchy. She's 14. I'm trying not to panic. Has anyone else heard this?"""),
        ("TeaAndToast22", "20 Jan 2025 21:15", "Please speak to the DSL, not the internet. If it's true the school has to act; if it's playground gossip, that needs dealing with too."),
        ("MrsBingleyBakes", "20 Jan 2025 21:30", "My son says he just does his duty at the fields at break. But definitely report it."),
    ], exp=[
        ("school", "sn", "sex!", "Compass"),
        ("nbrereton", "ts", "sex!", "Mr Brereton"),
    ])

    forum("staffroom", "Chat", "Threatened by a parent - how did you get back to normal?", [
        ("HoY_survivor", "20 Feb 2025 20:00", """Parent who threatened me last year has just been sentenced. Everyone keeps saying "it's over now". It doesn't feel over. I still check my mirrors on the way home. How did you get back to normal?"""),
        ("unionrep_pete", "20 Feb 2025 20:20", "Counselling through the employee assistance line helped a colleague. Don't rush it."),
        ("fennick_geog", "20 Feb 2025 20:45", """If this is who I think it is - Nathan B., you are the best head of year our school has had and we've all got your back. Take the time."""),
    ], exp=[
        ("nbrereton", "fi", "neu", "Nathan B."),
    ])

    forum("tattchat", "Traffic & Transport", "Bus tender review published - whitewash?", [
        ("BusWanker", "28 Nov 2024 18:00", """Review says the tender was fine. Of course it does. Mark Dav!es is a spineless weasel who hid behind a consultant's report because he hasn't got the guts to face a room full of parents. TCA deserve better than that slug."""),
        ("quietcommuter", "28 Nov 2024 18:20", "Or the review is right and the first month was just a mess. Happens."),
    ], exp=[
        ("school", "al", "neg", "TCA"),
        ("mdavies", "ob", "abu", "Mark Dav!es"),
    ])

    forum("natter", "Education > Primary", "Compass Primary Academy reception places 2025", [
        ("HaldonHannah", "16 Apr 2025 09:30", """Anyone got a place at Compass Primary Academy in Haldon Cross for September? We were 3rd on the waiting list and just got the call! Wondering what the uniform situation is."""),
        ("PrimaryMumOf2", "16 Apr 2025 09:45", "Congrats! Uniform is from the shop on Haldon high street, or preloved sale in July."),
    ])

    forum("fraghub", "Off-topic", "Remember that Twitch teacher from the Beacon article lol", [
        ("trolldiver", "8 Feb 2025 01:12", """His personal insta is @rob.kinsella.personal and his house is the one on Plover Close with the gaming chair in the window, number 9. Just saying if anyone wants to ask him about the "late night sessions" 👀"""),
        ("coilwhine", "8 Feb 2025 01:20", "dude delete this"),
        ("FragHub_Mod", "8 Feb 2025 01:35", "Post edited. Doxxing = permaban."),
    ], exp=[
        ("rkinsella", "hd", "dox", "@rob.kinsella.personal"),
    ])


def chunk_more2():
    fb("""
Compass Academy Parents (UNOFFICIAL)
Private group · 3.1K members

Stuart Keane
14 March 2025 at 22:05 ·
I'll say what every dad in this group is thinking. If my daughter had been one of the girls Mr O'Riordan was messaging, I wouldn't be waiting for a trust investigation. I'd have put him in the ground and done the time happily. The school should be grateful it's only Facebook they're dealing with.

😡👍 38 · 55 comments

Most relevant

Carla B
Stuart this isn't helping anyone. Delete it.
3d Like Reply

Stuart Keane
Not deleting anything.
3d Like Reply
""", exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("doriordan", "ts", "thr", "Mr O'Riordan"),
    ])

    fb("""
Tattenbury Parents Chat
Public group · 11.2K members

Nat Greaves
25 January 2025 at 20:44 ·
Funny how the head of Compass never has to deal with the traffic or the portakabins himself. Ashworth Pryce lives in that big converted barn in Little Wexley - The Old Forge, Church Lane, LW2 8QZ. Electric gates. Maybe we should hold the next parents' forum on his drive so he can see what "community" means.

😂😡 46 · 39 comments

Most relevant

Tash M
Nat, addresses aren't ok, however angry we are.
2d Like Reply

Nat Greaves
It's on the planning portal anyway.
2d Like Reply
""", exp=[
        ("school", "sn", "neg", "Compass"),
        ("sashworthpryce", "hy", "dox", "Ashworth Pryce"),
    ])

    fb("""
Compass Academy Parents (UNOFFICIAL)
Private group · 3.1K members

Kerry-Ann Whitfield
24 September 2024 at 07:15 ·
The office never picks up so here's Mark Davies's own mobile: 07700 900926. Got it off my cousin who used to do his accounts. Ring him at 7am like we have to ring Vale Link at 7am. Let's see how he likes it.

😡😂 31 · 24 comments

Most relevant

Marcus Oyelaran
Kerry-Ann you'll get the group shut down
1w Like Reply

Admin
Number removed. Last warning.
1w Like Reply
""", exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("mdavies", "ex", "dox", "Mark Davies"),
    ])

    fb("""
Tattenbury Parents Chat
Public group · 11.2K members

Gordon Pryor
22 February 2025 at 17:30 ·
Everyone crying about some stickers. Ask yourself why Compass needs a full-time woman to translate for the Romanians. Because they never learn English, they just take. Mărgineanu's lot run the car washes, the pickpocketing and now the school. Send them all back and the portakabins would empty overnight.

😡 15 · 62 comments

Most relevant

Ionuț Popa
My son was born in Kettlebridge. Where should I send him back to?
4d Like Reply

Admin - Tattenbury Parents Chat
Removed. Reported to police.
4d Like Reply
""", exp=[
        ("school", "sn", "neu", "Compass"),
        ("amargineanu", "po", "hat", "Mărgineanu's"),
    ])

    fb("""
Compass Academy Parents (UNOFFICIAL)
Private group · 3.1K members

Donna Pike
11 July 2025 at 21:48 ·
Ok unpopular opinion but Mr Ashworth-Pryce at the summer concert in that linen suit?? 🥵 Silver fox energy. I'd happily get sent to his office. Don't @ me ladies, you were all looking.

😂😂 88 · 71 comments

Most relevant

Bev Oakes
DONNA 😂 I've still got beef with the man but ok yes the suit was doing things
2d Like Reply

Gemma Wright
Some of us were looking at the clarinets Donna 😂
2d Like Reply
""", exp=[
        ("school", "al", "neu", "Compass Academy"),
        ("sashworthpryce", "ts", "sex", "Mr Ashworth-Pryce"),
    ])

    fb("""
Kettlebridge & Tattenbury Mums
Private group · 6.7K members

Rachael Winter
10 June 2025 at 09:15 ·
Just so people know before they choose secondaries: TCA quietly off-rolls the kids who'll drag the results down. My nephew was "encouraged" to go to the PRU in Year 10 and never came back. They do it every year in February before the census, and Ashworth-Pryce signs every one of them off personally to protect his league table position. It's fraud, plain and simple.

😮 52 · 44 comments

Most relevant

Helen O
Same happened to my neighbour's boy.
1w Like Reply

Priti Shah
Do you have any evidence of this? Because that's a huge claim.
1w Like Reply
""", exp=[
        ("school", "al", "def", "TCA"),
        ("sashworthpryce", "so", "def", "Ashworth-Pryce"),
    ])

    fb("""
Tattenbury Parents Chat
Public group · 11.2K members

Jodie Mallon
1 April 2025 at 15:50 ·
Mrs Okafor at Compass is a power-tripping witch. Sat there in her office with her lanyard and her "restorative" nonsense, looking down her nose at me like I was something on her shoe. Woman needs taking down a peg or ten.

😡 21 · 30 comments

Most relevant

Ngozi Eze
She's the reason my daughter is still alive, Jodie. Think about that.
4d Like Reply

Jodie Mallon
Good for you.
4d Like Reply
""", exp=[
        ("school", "sn", "neg", "Compass"),
        ("rokafor", "ts", "abu", "Mrs Okafor"),
    ])

    fb("""
Tattenbury Parents Chat
Public group · 11.2K members

Anonymous participant
9 February 2025 at 22:30 ·
After that Beacon article - my niece says the esports teacher at Compass gives some of the Year 9 girls lifts home in his car after club and tells them not to tell their parents. Kinsella has been "special friends" with a few of them on Snapchat too apparently. Why is nobody investigating this??

😮😡 67 · 93 comments

Most relevant

Amy Castellano
This is completely false. Club ends at 5, parents collect from the Lapwing Way gate. I've done it every week for two years.
3d Like Reply

Tayo's mum
Anonymous posts like this should be banned. You're destroying a good man.
3d Like Reply
""", exp=[
        ("school", "sn", "sex!", "Compass"),
        ("rkinsella", "so", "sex!", "Kinsella"),
    ])

    fb("""
Compass Academy Parents (UNOFFICIAL)
Private group · 3.1K members

Donna Keyes
10 December 2024 at 16:02 ·
Mrs Tilley has ignored FIVE emails now. If she blanks me one more time I swear to god I'll be waiting by her car after school and she'll find out the hard way what ignoring a desperate mum gets you. I'm not joking any more.

😮 19 · 28 comments

Most relevant

Mel Gorman
Donna please take this down, you'll lose your son's place.
5d Like Reply

Admin
Removed and the school informed.
5d Like Reply
""", exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("jtilley", "ts", "thr", "Mrs Tilley"),
    ])

    fb("""
Tattenbury Parents Chat
Public group · 11.2K members

Rob Ferris
9 April 2025 at 08:20 ·
Oh look, Mrs Pennyfather's in the paper again with her little poetry book. Stuck-up cow couldn't find her way to a working-class estate with a satnav. Maybe spend less time writing about roundabouts and more time marking my son's books.

😂 12 · 20 comments

Most relevant

Sarah Kitchen
Rob, you again.
3d Like Reply
""", exp=[
        ("ypennefather", "ty", "abu", "Pennyfather"),
    ])

    fb("""
Compass Academy Parents (UNOFFICIAL)
Private group · 3.1K members

Kev Ashby
28 October 2024 at 19:02 ·
Mr Brereton is a jumped-up little bully with a whistle. Thinks he's a drill sergeant. Screamed at my lad in front of the whole year group for having his shirt out. Man has the personality of a traffic cone.

😂😡 17 · 22 comments

Most relevant

Jonno
He's the best head of year they've had. Your lad probably deserved it Kev.
2d Like Reply
""", exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("nbrereton", "ts", "abu", "Mr Brereton"),
    ])

    fb("""
Tattenbury Parents Chat
Public group · 11.2K members

Phil Craddock
7 March 2025 at 12:40 ·
Everyone's so worried about the Indian science teacher at Compass after the stickers. Well Dr Raghunathan lives on Wheatsheaf Road in Moat Hill, the house with the red Kia outside, number 31. Not hiding exactly is she. Just so parents know who's teaching their kids.

😡 8 · 25 comments

Most relevant

Harpreet Sandhu
Why would you post this?? Reported.
2d Like Reply

Admin - Tattenbury Parents Chat
Removed and reported to police.
2d Like Reply
""", exp=[
        ("school", "sn", "neu", "Compass"),
        ("praghunathan", "ts", "dox", "Dr Raghunathan"),
    ])

    fb("""
Fennick Park Community Noticeboard
Public group · 4.6K members

Maria Ellis
19 May 2025 at 18:30 ·
LOST CAT 😿 Biscuit, ginger tom, white socks, microchipped. Last seen near the service road behind Compass Point Retail Park on Sunday evening. Very friendly, probably asking someone for ham. Please check sheds and garages!

❤️😢 64 · 18 comments

Most relevant

Maria Ellis
UPDATE: FOUND in the B&M garden centre. Thank you all!
1d Like Reply
""")

    social("""
X · Post
R.K. Computing 💻 @MrKinsellaCS · 3 Feb 2025
Year 10 - coursework deadline moved to Friday because of the network outage. Don't say I never do anything for you. 💻

Replies
skrrt_tb @skrrt_tb · 3 Feb 2025
@MrKinsellaCS ur actually so cringe, imagine being like 35 and playing rocket league with children every night, absolute loser, get a life
ellie.m.09 @ellie_m09 · 3 Feb 2025
@skrrt_tb ur just mad u didnt make the team
""", exp=[
        ("rkinsella", "hd", "abu", "@MrKinsellaCS"),
    ])

    social("""
X · Profile · @ExposeDeclanORiordan
Expose DeclanORiordan 🚨 @ExposeDeclanORiordan · joined March 2025
Posts
Day 5 of asking why compass let a man who groomed sixth form girls keep his job. He picked the vulnerable ones. Messaged them at night. Told them they were special. We have screenshots. #Compass
💬 41  🔁 73  ❤️ 150
This account has been withheld in the UK in response to a legal demand.
""", exp=[
        ("school", "sn", "sex!", "compass"),
        ("doriordan", "cc", "sex!", "DeclanORiordan"),
    ])

    social("""
Instagram · story (screenshot transcribed) · @albion.lads.tb
[photo of a school fence at night]
CompassAcademyTB better lock its gates this friday 🔥🔥 cant protect all them portakabins forever. youve been warned 🇬🇧
""", exp=[
        ("school", "cc", "thr", "CompassAcademyTB"),
    ])

    social("""
Snapchat · group chat "11Y english set 2" (screenshot transcribed)

Reece: swear down if pennefather gives me one more det im gonna batter her in the car park
Leah: reece ur not 😭
Reece: watch
Kai: bro chill its a det
""", exp=[
        ("ypennefather", "so", "thr", "pennefather"),
    ])

    social("""
X · Post
Britain First Dad @bfdad_1970 · 23 Feb 2025
The "EAL coordinator" at that Tattenbury school, [[hgMargineanu]], is proof the Romanians have won. They don't integrate, they infiltrate. Gypsy teachers for gypsy kids, paid by us.
💬 2  🔁 4  ❤️ 9
This post violated the rules and has been hidden.
""", exp=[
        ("amargineanu", "ho", "hat", "[[hgMargineanu]]"),
    ])

    social("""
TikTok · comments on video "rating heads of year at compass 😭" by @its.deji

its.deji: mr brerton 2/10 walks round like hes in the army
  ↳ 230 likes
callum.j: mr brerton is a proper loser tho, screams at year 10 for breathing, bald little power tripper
  ↳ 141 likes
maddy_tb: nah he sorted my bully out in one day, 10/10
  ↳ 98 likes
""", exp=[
        ("school", "sn", "neg", "compass"),
        ("nbrereton", "ty", "abu", "mr brerton"),
    ])

    social("""
X · Post
England for the English @efte_tb · 21 Feb 2025
Compass in Tattenbury: Nigerian deputy head 0kaf0r, Nigerian parents association, Nigerian flags at the "culture day". Our kids are strangers in their own school. Go home.
💬 5  🔁 7  ❤️ 11
""", exp=[
        ("school", "sn", "hat", "Compass"),
        ("rokafor", "le", "hat", "0kaf0r"),
    ])

    social("""
Reddit · r/Tattenbury · Posted by u/sendwarrior · 1 Dec 2024
PSA for TCA SEN parents

Since the school never replies: SENCo J. Tilley's personal email is jtilley77@mailbox.example, found it on a running club results page. Email her there, she can't ignore her own inbox.

u/quietcommuter · 19 points
Don't do this. Use the complaints procedure.

u/sendwarrior · 2 points
Complaints procedure is the problem.

[removed by moderator]
""", exp=[
        ("school", "al", "neg", "TCA"),
        ("jtilley", "is", "dox", "J. Tilley"),
    ])

    social("""
X · Post
Albion Dawn (Tattenbury cell) @AlbionDawn_TB2 · 8 Mar 2025
Dr R4ghunathan at Compass thinks a court case will protect her. We know which car is hers and what time she leaves the lab on a Thursday. Patriots have long memories.
💬 1  🔁 2  ❤️ 3
This account has been suspended.
""", exp=[
        ("school", "sn", "neu", "Compass"),
        ("praghunathan", "le", "thr", "Dr R4ghunathan"),
    ])

    social("""
YouTube · comments on "Compass Comets vs Harlow Tech - Spring Split Week 6"
3.4K views

@gr1ndset_gg: bob kinsella screaming ROTATE for 45 minutes straight 💀 man is a walking migraine
@gr1ndset_gg: imagine being a grown adult whose whole personality is a school rocket league team. Bob Kinsella needs to touch grass, absolute clown
@tayo.plays: @gr1ndset_gg we won tho
@harlow_tech_rl: gg compass
""", exp=[
        ("school", "sn", "neu", "compass"),
        ("rkinsella", "nn", "abu", "Bob Kinsella"),
    ])

    social("""
X · Post
Compass Parents Voice @CompassParentsV · 31 Jan 2025
1,400 signatures in a week 👇 Sign and share. change.example/p/SackSimonAshworthPryce #TattenburyCompass #Ofsted
💬 12  🔁 60  ❤️ 95
""", exp=[
        ("school", "ha", "neg", "#TattenburyCompass"),
        ("sashworthpryce", "cc", "neg", "SackSimonAshworthPryce"),
    ])

    social("""
TikTok · comments on video "things ur school doesnt want u to know 👀" by @tea.spill.tb

tea.spill.tb: the compass esports teacher lets girls sit on his lap during matches and nobody says anything
  ↳ 1,431 likes
jas.k_: thats literally not true?? ive been in that club a year
  ↳ 502 likes
ayo.tb: mr kinsela has never even sat down during a match hes too busy screaming rotate 😭
  ↳ 388 likes
tea.spill.tb: @jas.k_ ur in denial
  ↳ 40 likes
""", exp=[
        ("school", "sn", "sex!", "compass"),
        ("rkinsella", "ty", "sex!", "mr kinsela"),
    ])

    social("""
Snapchat · story text (screenshot transcribed)
[black background, white text]
okafor excluded me for NOTHIN 😤 imma wait for her after school n smack her fr. compass is a joke
[next snap]
screenshot this idc
""", exp=[
        ("school", "sn", "neg", "compass"),
        ("rokafor", "so", "thr", "okafor"),
    ])

    social("""
X · Post
Gem W @gemw_tb · 16 Sep 2024
@MDavies_TCA you absolute melt. Three weeks of the new buses and my kid has been late EVERY day. Do your job or step aside for someone who can read a timetable.
💬 4  🔁 2  ❤️ 22
""", exp=[
        ("school", "al", "neg", "TCA"),
        ("mdavies", "hd", "abu", "@MDavies_TCA"),
    ])

    social("""
TikTok · comments on video "what my school looks like now 🥲" by @y8.maya

dxn.66: compass = lagos high 😂 more nigerians than english kids, whole place stinks of jollof, ship em back
  ↳ 6 likes
y8.maya: @dxn.66 i'm nigerian and i was born here, weirdo
  ↳ 340 likes
liamm.tb: reported @dxn.66
  ↳ 120 likes
""", exp=[
        ("school", "sn", "hat", "compass"),
    ])

    social("""
Instagram · comments on @bitterpen_poetry post "The Hesper shortlist is a joke"

bitterpen_poetry: Since she's so keen on "conversation", here's Ysolde Pennefather's personal email: ysolde.penn@mailbox.example. Let her know what real poets think.
  ↳ lit_lou: this is harassment. reported.
  ↳ bitterpen_poetry: it's literally on an old festival flyer
versewitch: you need a hobby that isn't hating women who win things
""", exp=[
        ("ypennefather", "ex", "dox", "Ysolde Pennefather"),
    ])

    social("""
X · Post
Mo @momohammed_tb · 4 Apr 2025
Lost my moral compass somewhere between the third roundabout and the Greggs at Heronsgate. Sausage roll number two it is.
💬 3  🔁 1  ❤️ 28
""")

    social("""
X · Post
Llanfedw Town Council @LlanfedwTC · 20 May 2025
Congratulations to Cllr Mark Davies, our new Mayor for 2025-26! Cllr Davies has represented the Castle ward since 2015 and has chosen the Llanfedw food bank as his mayoral charity.
💬 2  🔁 6  ❤️ 41
""", namesake=True)


def chunk_more3():
    review("""
Google reviews · Tattenbury Compass Academy
★☆☆☆☆ 3 weeks ago
Aaron B
This school covers up bullying to keep its numbers looking good and fiddles its attendance figures before every inspection - kids marked present who were at home, I've seen it with my own son's record. Avoid.
""", exp=[
        ("school", "ex", "def", "Tattenbury Compass Academy"),
    ])

    review("""
Google reviews · Tattenbury Compass Academy
★☆☆☆☆ 4 months ago
Karen Sheldon
The business manager Mark Davies gave the bus contract to his brother-in-law's company and pocketed a backhander for it. My kids wait on a roundabout every morning so he can have a new car. The trust knows and does nothing.
""", exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("mdavies", "ex", "def", "Mark Davies"),
    ])

    review("""
Google reviews · Tattenbury Compass Academy
★☆☆☆☆ 5 months ago
Ian Dobbs
Ashworth Pryce is a gutless coward who hides behind receptionists. Pathetic excuse for a leader, couldn't run a whelk stall. The school deserves better than this empty suit.
""", exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("sashworthpryce", "hy", "abu", "Ashworth Pryce"),
    ])

    review("""
Glassdoor · Meridian Vale Learning Trust · Reviews
★☆☆☆☆ "Safeguarding is for show"
Pastoral Support Worker · Former Employee · Tattenbury · 17 Jun 2025
Pros: The kids.
Cons: The DSL, R Okafor, sat on disclosures for weeks and then back-filled the log before the inspection so it looked like she'd acted on the day. I saw it happen. Anyone who questions her gets managed out.
Advice to management: Audit the safeguarding records properly.
""", exp=[
        ("rokafor", "is", "def", "R Okafor"),
    ])

    review("""
Google reviews · Tattenbury Compass Academy
★☆☆☆☆ 2 months ago
Shane Whitlow
Brereton has had it in for my son since Year 9. Fine. Next time he puts his hands on my boy's shoulder to "guide" him anywhere I'll come up that school and break his arm for him. Consider that a review.
""", exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("nbrereton", "so", "thr", "Brereton"),
    ])

    review("""
Google reviews · Tattenbury Canoe Association
Sports club · Moat Hill Lake, Tattenbury
4.8 ★★★★★ (37 reviews)

Becky L
★★★★★ 2 months ago
Did the TCA beginners' course with my two teenagers. Coaches are patient, the kit is good and nobody laughed when I fell in. Twice.
""")

    review("""
Indeed · Company reviews · Meridian Vale Learning Trust
★☆☆☆☆ EAL Teaching Assistant (Former Employee) - Tattenbury - 5 March 2025
"Toxic manager"
A. Margineanu screams at TAs in front of children and has made at least three of us cry. She fiddles the EAL funding headcount so her department looks bigger than it is. HR know. Nothing happens.
Pros: Holidays
Cons: Manager, pay
""", exp=[
        ("amargineanu", "is", "def", "A. Margineanu"),
    ])

    review("""
Google reviews · Tattenbury Compass Academy
★★☆☆☆ a month ago
Lorna Fitch
Mr O'Riordan inflates predicted grades for his favourites so they get better university offers and quietly drops the rest. It's a scandal and someone at UCAS should look at it. Sixth form is all about him looking good.
""", exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("doriordan", "ts", "def", "Mr O'Riordan"),
    ])

    blog("hesketh", "What our school staff have had to put up with this year", "Cllr Bryony Hesketh", "20 July 2025", """
As the school year ends I want to say something about the staff of Tattenbury Compass Academy.

This year I have read posts calling the esports teacher, Mr Kinsella, things I will not repeat, on the strength of a newspaper article that the trust described as a hit piece. I have read a deputy principal, Mrs Okafor, called a "witch" and worse by people who would not say it to her face. I have seen the head of Year 10 threatened over a detention, and a man jailed for it.

None of that is criticism. It is abuse. Criticism is welcome - I've done plenty of it myself over the buses. But the people who teach our children are our neighbours, and this summer I hope we can all remember it.
""", comments=[
        ("Moat Hill Mum", "20 Jul 2025", "Hear hear. And I've been one of the loudest about the buses."),
    ], exp=[
        ("school", "ex", "neu", "Tattenbury Compass Academy"),
        ("rkinsella", "ts", "neu", "Mr Kinsella"),
        ("rokafor", "ts", "neu", "Mrs Okafor"),
    ])

    blog("patriot", "Know your enemy: the people running Compass", "Editor", "1 March 2025", """
The cowards in the council and the police want you to think the sticker campaign is about one man. It isn't. It's about who runs our schools.

So here it is. The Romanian "coordinator", Margineanu, lives at 4 Bramble Court, Sallow End, TB6 3QW - paid for by your taxes. The head of science, Raghunathan, is at 31 Wheatsheaf Road, Moat Hill. Look them up. Watch who comes and goes. Patriots have a right to know who is teaching their children.

Compass will not be a colony.
""", comments=[
        ("anon", "1 Mar 2025", "Screenshot taken and sent to police."),
    ], exp=[
        ("school", "sn", "hat", "Compass"),
        ("amargineanu", "al", "dox", "Margineanu"),
        ("praghunathan", "so", "dox", "Raghunathan"),
    ])

    blog("roundabout", "Ninety-four roundabouts: a commuter's census", "Jen (The Roundabout Diaries)", "3 June 2025", """
Someone in the station car park asked me last week how many roundabouts I go round between my front door and Kettlebridge Parkway. I said "about thirty". I was wrong. It's thirty-eight. Each way. I counted.

That's seventy-six roundabouts a day, three hundred and eighty a week, and roughly seventeen thousand a year, which explains why my left indicator is on its third bulb.

The worst is Starling Cross at 7.50 in the rain, when the lorries from the distribution park meet the school run and everyone has the same idea at the same time. The best is Chalkpit at 6.10 on a summer evening, when the low sun hits the grass island and the sheep on the old farm wall look like they've been put there on purpose.

Ninety-four, by the way, is how many there are in the whole town. I know. I'm not well.
""", comments=[
        ("Priti", "3 Jun 2025", "You should get a medal. Or a bypass."),
    ])

    forum("staffroom", "Leadership", "Our principal is a spreadsheet in a gilet", [
        ("portakabin_prisoner", "6 Feb 2025 20:15", """Venting. Since we went RI at Tattenbury Compass Academy the head - Si Ashworth-Pryce, as he insists we call him - has turned every conversation into a data point. Si is a spreadsheet in a gilet. He has the emotional intelligence of a vending machine and the backbone of a wet lettuce. Yesterday he asked a colleague who'd just had a miscarriage whether her books would be "ready for the learning walk"."""),
        ("MissMarple_ish", "6 Feb 2025 20:30", "That last bit is a grievance, not a vent. Please talk to your union."),
        ("portakabin_prisoner", "6 Feb 2025 20:41", "She has. We'll see."),
    ], exp=[
        ("school", "ex", "neg", "Tattenbury Compass Academy"),
        ("sashworthpryce", "nn", "abu", "Si Ashworth-Pryce"),
    ])

    forum("natter", "Chat", "Hottest teacher at your DC's school? (light-hearted!)", [
        ("GinAndTonicMum", "20 Jun 2025 21:00", """Friday night thread. Who's the teacher all the parents secretly fancy at your DC's school? At Compass it's Mr O'Riordan for me. Irish accent, rolled-up sleeves at the sixth-form open evening, he could mark my personal statement any day 😏"""),
        ("PenguinsAndPeonies", "20 Jun 2025 21:10", "Behave 😂 Ours is the rugby-playing geography teacher, obviously."),
        ("TeaAndToast22", "20 Jun 2025 21:15", "Maybe not the best choice of teacher given this spring, GinAndTonic..."),
    ], exp=[
        ("school", "sn", "neu", "Compass"),
        ("doriordan", "ts", "sex", "Mr O'Riordan"),
    ])

    forum("tattchat", "Schools", "Esports club PCs - where did the donations go?", [
        ("SkepticalSteve", "10 Jun 2025 18:45", """Parents donated dozens of old PCs to the Compass Academy esports club over the years. My mate says Mr Kinsella strips the good graphics cards out and sells them on eBay under a different name, then tells the kids the parts "died". That's theft from a school, if true. Anyone know more?"""),
        ("Amy Castellano", "10 Jun 2025 19:00", "Every part is logged on the school asset register. This is nonsense."),
        ("SkepticalSteve", "10 Jun 2025 19:05", "You would say that, you run the fundraiser."),
    ], exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("rkinsella", "ts", "def", "Mr Kinsella"),
    ])


def chunk_more4():
    fb("""
Compass Academy Parents (UNOFFICIAL)
Private group · 3.1K members

Gemma Wright
2 October 2024 at 20:12 ·
Right. Before anyone gets carried away after last night's thread: nobody is saying we should hurt Mr Davies or turn up at his house or anything like that. That's not who we are. But we DO need to be loud. Petition, councillors, local paper, the transport forum. Bus has been late 19 days out of 23. That's the number we keep repeating until it changes.

👍❤️ 96 · 31 comments

Most relevant

Kerry-Ann Whitfield
Fair. I was out of order yesterday.
4d Like Reply

Jade Pollard
Signed and shared 👍
4d Like Reply
""", exp=[
        ("school", "al", "neg", "Compass Academy"),
        ("mdavies", "ts", "neg", "Mr Davies"),
    ])

    social("""
X · Post
ayo 🎮 @ayo_tb_ · 12 Mar 2025
im actually gonna kill mr kinsella if he sets ONE more python quiz on a monday 😭😭😭 love that man but compass computing is a war crime rn
💬 3  🔁 0  ❤️ 47

Replies
tayo.plays @tayo_plays · 12 Mar 2025
he said the quiz is "character building" 💀
""", exp=[
        ("school", "sn", "neu", "compass"),
        ("rkinsella", "ts", "neu", "mr kinsella"),
    ])

    social("""
Instagram · comments on @compass_sixth_tb post: "Results day 2025 🎓 so proud of our Year 13s!"
❤️ 688 likes

dev_k: mr o'riordan is a fucking legend. nobody else would have rung ucas for me on clearing day while on holiday in cork
  ↳ sophiaa.r: SCREAMING he did that for me too
marcus.tb: shit weather, shit portakabins, best sixth form head in the country
amelia.tb: class of 25 🫶🫶
""", exp=[
        ("school", "hd", "neu", "@compass_sixth_tb"),
        ("doriordan", "ts", "neu", "mr o'riordan"),
    ])


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------
TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?"


def _check_doc(i, d, wl, problems):
    text = d["text"]
    low = text.lower()
    staff = {s["id"]: s for s in wl["staff"]}
    seen = set()
    for e in d["exp"]:
        where = f"doc {i:03d}-{d['kind']}: {e['subject']}/{e['variant']}"
        if e["subject"] != "school" and e["subject"] not in staff:
            problems.append(f"{where}: unknown subject")
            continue
        if e["subject"] in seen:
            problems.append(f"{where}: duplicate subject")
        seen.add(e["subject"])
        if e["category"] not in CATEGORIES:
            problems.append(f"{where}: bad category {e['category']}")
        if e["variant"] not in VARIANTS:
            problems.append(f"{where}: bad variant {e['variant']}")
        if e["form"] not in text:
            problems.append(f"{where}: form {e['form']!r} not in text")
        if e["url_only"] and e["category"] != "sexual":
            problems.append(f"{where}: url_only without sexual")
        # priority: the easiest form present must be the one labelled
        if e["subject"] == "school":
            if e["variant"] != "exact" and wl["school"]["name"].lower() in low:
                problems.append(f"{where}: full school name present, should be exact")
            if e["variant"] not in ("exact", "alias"):
                for a in wl["school"]["aliases"]:
                    if a == "Compass":
                        continue
                    pat = r"\b" + re.escape(a) + r"\b"
                    flags = 0 if a.isupper() else re.I
                    if re.search(pat, text, flags):
                        problems.append(f"{where}: alias {a!r} present, should be alias")
        else:
            s = staff[e["subject"]]
            if e["variant"] != "exact" and s["name"].lower() in low:
                problems.append(f"{where}: full name present, should be exact")
            if e["variant"] not in ("exact", "alias"):
                for a in s.get("aliases", []):
                    if a.lower() in low:
                        problems.append(f"{where}: alias {a!r} present, should be alias")
            if e["variant"] not in ("exact", "alias", "title_surname"):
                surnames = {s["name"].split(" ", 1)[1]} | {a.split(" ", 1)[1] for a in s.get("aliases", [])}
                for sn in surnames:
                    if re.search(TITLES + r"\s+" + re.escape(sn) + r"\b", text, re.I):
                        problems.append(f"{where}: title+surname {sn!r} present, should be title_surname")
    # unlabelled full names / unique staff
    for s in wl["staff"]:
        if s["id"] in seen:
            continue
        names = [s["name"]] + s.get("aliases", [])
        if s.get("unique"):
            names.append(s["name"].split(" ", 1)[1])
        for n in names:
            if n.lower() in low and not d["namesake"]:
                problems.append(f"doc {i:03d}-{d['kind']}: {n!r} present but {s['id']} not expected")
    if "school" not in seen:
        if wl["school"]["name"].lower() in low:
            problems.append(f"doc {i:03d}-{d['kind']}: school full name present but not expected")


def build() -> int:
    chunk_news()
    chunk_forums()
    chunk_facebook()
    chunk_social()
    chunk_reviews()
    chunk_blogs()
    for name in sorted(n for n in globals() if n.startswith("chunk_more")):
        globals()[name]()

    WATCHLIST.write_text(WATCHLIST_TEXT, encoding="utf-8")
    wl = tomllib.loads(WATCHLIST_TEXT)
    problems: list[str] = []
    if DOCS_DIR.exists():
        for f in DOCS_DIR.iterdir():
            f.unlink()
    DOCS_DIR.mkdir(exist_ok=True)
    lines = []
    for i, d in enumerate(DOCS):
        ext = "html" if d["kind"] in ("news", "forum", "blog") else "txt"
        fname = f"{i:03d}-{d['kind']}.{ext}"
        (DOCS_DIR / fname).write_text(d["text"], encoding="utf-8")
        _check_doc(i, d, wl, problems)
        exp = [{k: e[k] for k in ("subject", "variant", "category", "url_only")} for e in d["exp"]]
        lines.append(json.dumps({"file": fname, "kind": d["kind"], "expected": exp}, ensure_ascii=False))
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")

    mentions = [e for d in DOCS for e in d["exp"]]
    by_cat = Counter(e["category"] for e in mentions)
    by_var = Counter(e["variant"] for e in mentions)
    by_kind = Counter(d["kind"] for d in DOCS)
    decoys = sum(1 for d in DOCS if not d["exp"])
    serious = sum(by_cat[c] for c in SERIOUS)
    print(f"documents: {len(DOCS)}  (decoys with no expected mention: {decoys}, {100 * decoys / max(1, len(DOCS)):.0f}%)")
    print("by kind: " + ", ".join(f"{k} {by_kind[k]}" for k in ("news", "forum", "blog", "review", "social", "facebook")))
    print(f"mentions: {len(mentions)}  (serious: {serious}, {100 * serious / max(1, len(mentions)):.1f}%; url_only: {sum(e['url_only'] for e in mentions)})")
    print("by category: " + ", ".join(f"{c} {by_cat[c]}" for c in CATEGORIES))
    print("by variant: " + ", ".join(f"{v} {by_var[v]}" for v in VARIANTS))
    print("by subject: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(e["subject"] for e in mentions).items())))
    if not 180 <= len(DOCS) <= 220:
        problems.append(f"document count {len(DOCS)} outside 180-220")
    if not 300 <= len(mentions) <= 350:
        problems.append(f"mention count {len(mentions)} outside 300-350")
    for v in VARIANTS:
        if by_var[v] < 2:
            problems.append(f"variant {v} used {by_var[v]} times (< 2)")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("all labels check out")
    return 0


if __name__ == "__main__":
    sys.exit(build())
