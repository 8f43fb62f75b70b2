#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train33 labelled evaluation corpus for the repwatch matcher.

Setting
    Cobble Staithe Church of England Primary School is an invented voluntary-controlled
    village primary (ages 4-11, about 90 pupils, four mixed-age classes: Wrens, Owls,
    Herons, Kestrels) in the invented Broadland village of Cobble Staithe, Norfolk. It is
    federated with Sallow Fen Primary and Brundle Staithe Primary as the Fen and Staithe
    Federation, whose executive head is shared. The county has opened a consultation on
    closing it; the new Lapwing Meadows estate is going up on land sold by the chair of
    governors, a farmer; Traveller families on the Brick Kiln Lane site send their
    children there; a long-serving teaching assistant is being cut; a nativity play in
    which the innkeeper who takes Mary and Joseph in is a Traveller family is picked up by
    a national tabloid. Everyday noise: farming families, tractors at pick-up, the parish
    council, the village Facebook group, the Rector on the governing body.
    Short name "Cobble" (an ordinary word), acronym "CSPS" (also the Civil Service
    Pension Scheme), own domain cobblestaithe-primary.example, office 01632 960733.

Staff (watchlist ids)
    atredgoldpryce  Alison Tredgold-Pryce, Executive Headteacher (hyphenated; alias Alison Tredgold)
    tgedge          Thomas Gedge, Head of School (alias Tom Gedge)
    mdunthorne      Margaret Dunthorne, HLTA for 31 years (nicknames Peggy, Maggie, Mags;
                    maiden name Margaret Cubitt)
    yquennell       Ysolde Quennell, Owls class teacher, wrote the nativity (unique = true)
    cohalloran      Ciarán O'Halloran, Kestrels class teacher (accent and apostrophe)
    staylor         Sarah Taylor, SENCo (very common name: namesakes in decoys)
    praman          Priya Raman, Reception teacher (namesakes; "Raman spectroscopy" decoy)
    rspratling      Robert Spratling, Chair of Governors, farmer (Bob, Rob)
    maskew          Miriam Askew, Rector and foundation governor ("askew" is a word too)
    kbloomfield     Karen Bloomfield, School Business Manager (namesakes)

Voices
    Broadland Bugle (local news site with comments), Eastern Daily Courant (regional
    paper), The Daily Clarion (national tabloid), Schools Weekly, Fen and Coast Radio;
    NatterNet (parents' forum), StaffroomTalk (teachers' forum), EastAngliaChat,
    FarmGate Forum; the Rector's blog, a parent blogger, a local gadfly blog, a small
    schools campaigner, a farm diary, parish council minutes, the parish magazine, the
    school newsletter, job adverts; village and parent Facebook groups; X, TikTok,
    Instagram, Snapchat, Reddit extracts; Google, Indeed and Glassdoor reviews.

Decoys (documents with "expected": [])
    "cobble"/"cobbles"/"cobbler" as ordinary words; the excluded lookalikes (Cobble
    Staithe Boatyard, Cobble Staithe Holiday Lets, Cobble Coffee, Civil Service Pension
    Scheme, Staithe Primary Care) and other bodies using CSPS; namesakes of Sarah Taylor,
    Karen Bloomfield, Priya Raman, Margaret Dunthorne and Tom Gedge clearly elsewhere;
    the partner schools on their own; village news naming only the locality; a nativity
    row at another school; a page describing the school without naming it.

Labelling conventions
    One expected entry per subject per document, with the easiest form present
    (exact > alias > title_surname > the rest) and the worst category for that subject
    (threat > hate > sexual > doxxing > defamation > abuse > negative > neutral).
    The school is a subject only when the document refers to the school itself; a
    locality alone does not make it one. Non-unique staff count only when tied to the
    school by name, alias, locality or role; Ysolde Quennell counts wherever named.
    Praise of a staff member inside an attack on someone else is neutral; quoting abuse to
    condemn it, news of a conviction for threatening someone and untargeted swearing are
    neutral for the victim; news of an arrest, suspension or investigation is defamation
    for the person; sexual content where a child may be involved is sexual with
    url_only true (also for the school when named); a pupil's crush on or innuendo about
    an adult teacher is sexual with url_only false. News reporting a threat against the
    school is neutral for the school; a post that itself threatens the school is threat.

Running
    python3 tests/corpus_train33/build_train33.py
    (from any directory) rewrites docs/ and labels.jsonl beside this file, checks every
    label against the text and watchlist.toml, prints a summary and exits 1 on problems.
"""

from __future__ import annotations

import html
import json
import sys
import tomllib
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
HTML_KINDS = {"news", "forum", "blog"}
TEXT_KINDS = {"review", "social", "facebook"}

DOCS: list[dict] = []


def M(subject: str, variant: str, category: str, form: str, url_only: bool = False) -> dict:
    return {"subject": subject, "variant": variant, "category": category, "form": form, "url_only": url_only}


def add(kind: str, content: str, *expected: dict) -> None:
    DOCS.append({"kind": kind, "content": content, "expected": list(expected)})


# --- site chrome -------------------------------------------------------------------------

SITES = {
    "bugle": ("Broadland Bugle", "broadlandbugle.example", ["Home", "News", "Sport", "Farming", "What's On", "Announcements", "Jobs"],
              "Broadland Bugle is published by Bugle Community Media CIC, Unit 4, Fenby Mill, Market Fenby. Comments are the views of readers, not the Bugle."),
    "courant": ("Eastern Daily Courant", "edcourant.example", ["News", "Education", "Politics", "Business", "Sport", "Opinion", "Puzzles"],
                "© Eastern Daily Courant Ltd. All rights reserved. Contact the newsdesk: newsdesk@edcourant.example"),
    "clarion": ("The Daily Clarion", "dailyclarion.example", ["News", "Politics", "Showbiz", "Sport", "Money", "Travel", "Clarion Bingo"],
                "© Clarion Newspapers. Our comments are moderated after publication. Report a comment."),
    "weekly": ("Schools Weekly", "schoolsweekly.example", ["News", "Leadership", "SEND", "Funding", "Jobs", "Subscribe"],
               "Schools Weekly — independent education journalism. © SW Publishing."),
    "fcr": ("Fen and Coast Radio", "fencoastradio.example", ["Listen Live", "News", "Travel", "Weather", "Presenters"],
            "Fen and Coast Radio is a community radio station licensed for Broadland."),
    "natter": ("NatterNet", "natternet.example", ["Talk", "Active threads", "Primary education", "Am I being unreasonable?", "Local", "Chat"],
               "NatterNet Ltd. Please read our Talk Guidelines before posting. Report a post."),
    "staffroom": ("StaffroomTalk", "staffroomtalk.example", ["Forums", "Primary", "Workload", "Leadership", "Supply", "Jobs board"],
                  "StaffroomTalk is run by teachers for teachers. Posts are the opinions of members."),
    "eachat": ("EastAngliaChat", "eastangliachat.example", ["Forums", "Norfolk", "Suffolk", "Politics", "Off Topic"],
               "EastAngliaChat community forums. Powered by OpenBoard."),
    "farmgate": ("FarmGate Forum", "farmgateforum.example", ["Forums", "Arable", "Livestock", "Machinery", "Rural life", "Classifieds"],
                 "FarmGate Forum — by farmers, for farmers. Mods are volunteers."),
    "rector": ("The Cobble Staithe Benefice", "cobblestaithebenefice.example", ["Home", "Services", "Weddings & Baptisms", "Rector's blog", "Contact"],
               "The Cobble Staithe Benefice: St Mary, Cobble Staithe; All Saints, Sallow Fen; St Andrew, Brundle Staithe."),
    "muddy": ("Muddy Wellies Mum", "muddywelliesmum.example", ["Home", "Family life", "Recipes", "Days out", "About me"],
              "All words and photos © Muddy Wellies Mum. Please don't nick my photos."),
    "agitator": ("The Broadland Agitator", "broadlandagitator.example", ["Home", "Council watch", "Schools", "Planning", "Donate"],
                 "The Broadland Agitator. Independent. Unbowed. Comments unmoderated — say what you like."),
    "smallschools": ("Small Schools Matter", "smallschoolsmatter.example", ["Blog", "Research", "Campaigns", "About"],
                     "Small Schools Matter is a volunteer campaign for rural primary education."),
    "fenedge": ("Fen Edge Farm Diary", "fenedgefarm.example", ["Diary", "The farm", "Open Farm Sunday", "Contact"],
                "Fen Edge Farm — mixed arable and sheep on the edge of the marshes."),
    "pc": ("Cobble Staithe Parish Council", "cobblestaithe-pc.example", ["Home", "Councillors", "Meetings & Minutes", "Planning", "Village Hall"],
           "Cobble Staithe Parish Council. Clerk: clerk@cobblestaithe-pc.example. Minutes are draft until approved."),
    "school": ("Cobble Staithe Church of England Primary School", "cobblestaithe-primary.example", ["Home", "About us", "Classes", "Newsletters", "Policies", "Contact"],
               "Cobble Staithe Church of England Primary School, Staithe Road, Cobble Staithe. Tel 01632 960733. Part of the Fen and Staithe Federation."),
    "teacheast": ("TeachEast Jobs", "teacheast.example", ["Find a job", "Schools", "Career advice", "Post a vacancy"],
                  "TeachEast Jobs — education vacancies across the East of England."),
    "bell": ("The Staithe Bell", "staithebell.example", ["This month", "Church news", "Village diary", "Advertisers"],
             "The Staithe Bell is the parish magazine of the Cobble Staithe Benefice. Editor: bell.editor@staithebell.example"),
    "teacherblog": ("Chalk and Marsh", "chalkandmarsh.example", ["Posts", "About", "Reading list"],
                    "Chalk and Marsh: notes from a rural classroom. Views my own."),
    "history": ("Broadland Byways", "broadlandbyways.example", ["Walks", "History", "Wildlife", "About"],
                "Broadland Byways — local history and walking notes."),
    "fenpc": ("Sallow Fen Parish Council", "sallowfen-pc.example", ["Home", "Minutes", "Allotments", "Contact"],
              "Sallow Fen Parish Council. Draft minutes subject to approval."),
    "county": ("County Council — Committee Papers", "countypapers.example", ["Meetings", "Decisions", "Consultations", "Search"],
               "Published under the council's transparency scheme."),
}


def _e(s: str) -> str:
    return html.escape(s, quote=False)


def _paras(body: str) -> str:
    parts = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return "\n".join(f"<p>{_e(' '.join(p.split()))}</p>" for p in parts)


def _chrome(site: str, title: str, main: str) -> str:
    name, domain, nav, footer = SITES[site]
    links = "".join(f'<li><a href="https://{domain}/{n.lower().replace(" ", "-").replace("&", "and").replace("?", "")}">{_e(n)}</a></li>' for n in nav)
    return (
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{_e(title)} | {_e(name)}</title>\n</head>\n<body>\n"
        f"<header class=\"site-header\"><a class=\"logo\" href=\"https://{domain}/\">{_e(name)}</a>\n"
        f"<nav><ul>{links}</ul></nav></header>\n<main>\n{main}\n</main>\n"
        f"<footer><p>{_e(footer)}</p><p><a href=\"https://{domain}/privacy\">Privacy</a> · <a href=\"https://{domain}/terms\">Terms</a></p></footer>\n"
        "</body>\n</html>\n"
    )


def _comments(comments) -> str:
    if not comments:
        return "<section class=\"comments\"><h2>Comments</h2><p>Comments are closed on this article.</p></section>"
    items = "\n".join(
        f"<div class=\"comment\"><p class=\"comment-author\">{_e(a)} <span class=\"when\">{_e(w)}</span></p>{_paras(t)}</div>"
        for a, w, t in comments
    )
    return f"<section class=\"comments\"><h2>Comments ({len(comments)})</h2>\n{items}\n</section>"


def news(site: str, headline: str, byline: str, date: str, body: str, comments=(), standfirst: str = "") -> str:
    sf = f"<p class=\"standfirst\">{_e(standfirst)}</p>\n" if standfirst else ""
    main = (
        f"<article><h1>{_e(headline)}</h1>\n{sf}<p class=\"byline\">{_e(byline)} · <time>{_e(date)}</time></p>\n"
        f"{_paras(body)}\n</article>\n{_comments(comments)}"
    )
    return _chrome(site, headline, main)


def blog(site: str, title: str, author: str, date: str, body: str, comments=()) -> str:
    main = (
        f"<article class=\"post\"><h1>{_e(title)}</h1>\n<p class=\"meta\">Posted by {_e(author)} on <time>{_e(date)}</time></p>\n"
        f"{_paras(body)}\n</article>\n{_comments(comments)}"
    )
    return _chrome(site, title, main)


def forum(site: str, board: str, title: str, posts) -> str:
    items = "\n".join(
        f"<div class=\"post\" id=\"post-{i + 1}\"><div class=\"user\">{_e(u)}</div><time>{_e(w)}</time><div class=\"body\">{_paras(t)}</div></div>"
        for i, (u, w, t) in enumerate(posts)
    )
    main = f"<p class=\"breadcrumb\">{_e(SITES[site][0])} › {_e(board)}</p>\n<h1>{_e(title)}</h1>\n<div class=\"thread\">\n{items}\n</div>"
    return _chrome(site, title, main)


def text(s: str) -> str:
    lines = s.strip("\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip() + "\n"


# Homoglyph helpers (Cyrillic/Greek letters inside Latin words).
CYR_E = "\u0435"  # Cyrillic small ie, looks like e
CYR_O = "\u043e"  # Cyrillic small o
CYR_A = "\u0430"  # Cyrillic small a
CYR_C = "\u0441"  # Cyrillic small es, looks like c
GRK_O = "\u03bf"  # Greek small omicron
CYR_CAP_T = "\u0422"  # Cyrillic capital Te

HG_GEDGE = f"G{CYR_E}dge"
HG_QUENNELL = f"Qu{CYR_E}nn{CYR_E}ll"
HG_COBBLE = f"C{CYR_O}bble Staithe Primary"
HG_DUNTHORNE = f"Dunth{GRK_O}rne"
HG_RAMAN = f"R{CYR_A}man"
HG_TAYLOR = f"{CYR_CAP_T}aylor"
HG_BLOOMFIELD = f"Bl{CYR_O}{CYR_O}mfield"


# =========================================================================================
# Documents. Order is the file order (000, 001, ...).
# =========================================================================================

# --- The closure consultation -------------------------------------------------------------

add("news", news(
    "courant", "Village school among five facing closure as county reviews small primaries",
    "By Hannah Leggett, Education Correspondent", "Tuesday 10 October 2023",
    """
    Cobble Staithe Church of England Primary School, which has taught children in the
    Broadland village since 1872, is one of five small rural schools named in a county
    review that could see it shut by September 2025.

    The school has 88 pupils on roll in four mixed-age classes. Council officers say the
    cost per pupil is among the highest in the county and that falling birth rates leave
    many of its places unfilled. A formal consultation opens next month.

    Alison Tredgold-Pryce, executive headteacher of the Fen and Staithe Federation, which
    also runs Sallow Fen Primary and Brundle Staithe Primary, said: "Our families have built
    this school over 150 years. We will make the case for it with evidence, not emotion."

    Robert Spratling, chair of governors, pointed out that more than 200 homes are being
    built at Lapwing Meadows on the edge of the village. "Closing a school while you are
    building the houses that will fill it makes no sense to anybody round here," he said.
    """,
    comments=[
        ("MarshHarrier58", "10 Oct 2023, 08:12", "Cobble has been going downhill ever since they lumped it in with the federation. Half the time nobody knows who is actually in charge."),
        ("Jen_from_Fenby", "10 Oct 2023, 08:40", "Alison Tredgold-Pryce is a careerist who couldn't run a bath, let alone three schools. Evidence not emotion my backside."),
        ("pgotts", "10 Oct 2023, 09:02", "Both my kids went there and they were fine. Fight it."),
    ],
), M("school", "exact", "negative", "Cobble Staithe Church of England Primary School"),
   M("atredgoldpryce", "exact", "abuse", "Alison Tredgold-Pryce"),
   M("rspratling", "exact", "neutral", "Robert Spratling"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Wendy Pointer
11 October at 19:03 ·
PUBLIC MEETING about Cobble Staithe school - Thursday 19th, 7pm, Village Hall. Someone from County is coming to "explain the process". PLEASE come, if the hall is half empty they will take that as us not caring. Tea and biscuits from the WI.

34 comments

   Lee Brundish
   Will be there. Bring the tractor and block County Hall I say 😂
   Like · Reply · 2d

   Kerry-Ann Loades
   Peggy Dunthorne says the staff were told on the same day as us. Shocking way to treat people.
   Like · Reply · 2d

   Wendy Pointer
   @Kerry-Ann yes I heard that too x
   Like · Reply · 2d

   Trevor Bix
   Can someone live stream it for those of us on nights
   Like · Reply · 1d
"""), M("school", "alias", "neutral", "Cobble Staithe school"),
   M("mdunthorne", "nickname", "neutral", "Peggy Dunthorne"))

add("blog", blog(
    "pc", "Draft minutes: ordinary meeting, 16 October 2023", "the Parish Clerk", "17 October 2023",
    """
    Present: Cllrs D. Hewitt (Chair), R. Spratling, J. Colk, P. Seago, N. Alcock. In
    attendance: the Clerk, the Revd Miriam Askew, 14 members of the public.

    1. Apologies: Cllr Mace (work).

    2. Declarations of interest: Cllr R. Spratling declared a pecuniary interest in item 7
    as landowner of part of the Lapwing Meadows site and a non-pecuniary interest as chair
    of governors of the school. He took no part in the vote on item 7.

    5. Highways: the Clerk has again reported the pothole outside the Anchor. Highways say
    "within 28 days".

    7. Proposed closure of Cobble Staithe Church of England Primary School. The Chair read
    a statement from the federation. The Revd Miriam Askew spoke about the school's place in
    the life of the parish and the church. Members of the public asked why the Section 106
    money from the Lapwing Meadows development had not been spent on school places.
    RESOLVED (4 for, 0 against, 1 not voting) that the Parish Council formally opposes the
    closure and will respond to the consultation in those terms.

    9. Village Hall: the boiler has been serviced. The WI thanked for the new urn.
    """,
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("maskew", "exact", "neutral", "Miriam Askew"),
   M("rspratling", "initial_surname", "neutral", "R. Spratling"))

add("facebook", text("""
Save Cobble Staithe School
Community · 1,108 followers

Save Cobble Staithe School
13 October at 21:17 ·
The county's own papers say the nearest alternative is Sallow Fen. That is 9 miles away down a road that floods every February. They want to put FOUR YEAR OLDS on a minibus along the Fen Road in the dark. Write to your county councillor. Template letter in the comments. #SaveCobbleSchool

89 comments · 212 shares

   Gemma Sayer
   Letter sent ✅ Everyone please share to your own page
   Like · Reply · 3d

   Ian Purdy
   My grandson goes there. Over my dead body will he be on that bus
   Like · Reply · 3d

   Save Cobble Staithe School
   Template letter: "Dear Councillor, I am writing to object to the proposal to close..."
   Like · Reply · 3d
"""), M("school", "alias", "neutral", "Cobble Staithe School"))

add("social", text("""
X · Post

Fenland Becks @becksinthefens
#SaveCobbleSchool 88 kids, 4 classes, 1 bus route that floods every Feb. Do the maths @CountyHallCabinet. You don't shut the only thing keeping a village a village.
8:02 PM · Oct 14, 2023 · 3,911 Views
47 Reposts  6 Quotes  133 Likes
"""), M("school", "hashtag", "neutral", "#SaveCobbleSchool"))

add("social", text("""
X · Post

Dunc @duncanthefarrier
Nobody wants to say it but A. Tredgold-Pryce collects schools like Pokémon cards and then lets them rot. Look at the state of Cobble Staithe Primary since she took over, roof leaking, no music teacher, SATs down two years running.
10:44 PM · Oct 14, 2023 · 1,026 Views
3 Reposts  1 Quote  19 Likes

   Replying to @duncanthefarrier
   mumof3norfolk @mumof3norfolk
   the roof has been leaking since 2015 to be fair
"""), M("school", "alias", "negative", "Cobble Staithe Primary"),
   M("atredgoldpryce", "initial_surname", "negative", "A. Tredgold-Pryce"))

add("news", news(
    "bugle", "Hundreds pack village hall over school closure plan",
    "Bugle reporter Owen Thrower", "20 October 2023",
    """
    More than 250 people crammed into Cobble Staithe Village Hall on Thursday night, with
    dozens more listening through the open windows, to hear county officers explain the
    proposal to close Cobble Staithe Church of England Primary School.

    Head of school Thomas Gedge told the meeting that numbers were already rising. "We have
    had eleven new families from Lapwing Meadows this term alone," he said.

    The Revd Miriam Askew, rector and a foundation governor, received sustained applause
    when she said: "A village without a school is a village with an expiry date."

    A county officer said no decision had been made and that all responses would be read.
    """,
    comments=[
        ("Nicola B", "20 Oct 2023", "Well said the vicar. Brilliant turnout."),
        ("Fenman72", "20 Oct 2023", "Gedge sat there like a nodding dog while the county bloke talked rubbish. Useless waste of a salary, the lot of them."),
        ("Pat S", "21 Oct 2023", "The hall roof held up at least, unlike the school's!"),
    ],
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("tgedge", "exact", "abuse", "Thomas Gedge"),
   M("maskew", "exact", "neutral", "Miriam Askew"))

add("forum", forum(
    "natter", "Am I being unreasonable?", "AIBU to think the closure is the county's fault and not the head's?",
    [
        ("LapwingLass", "21/10/23 20:14", "Just moved to the new estate. Everyone in the village FB group is blaming the exec head for Cobble being on the closure list. Surely it's the county's budget? AIBU?"),
        ("ThreeUnderFive", "21/10/23 20:31", "YANBU about the county. But Mrs TP is never actually there, she splits her week between three schools, and the results at Cobble have slid. Both things can be true."),
        ("DoubleDenim", "21/10/23 20:45", "My DD is in Owls with Miss Quennell and she is fab. The teachers aren't the problem, it's money."),
        ("ThreeUnderFive", "21/10/23 20:52", "Agree the class teachers are great. It's the leadership and the state of the building I'd moan about."),
        ("NorfolkNorah", "21/10/23 21:10", "Mixed age classes with 30 in a room and a bucket under the leak in the hall. Of course people are fed up."),
    ],
), M("school", "short_name", "negative", "Cobble"),
   M("yquennell", "title_surname", "neutral", "Miss Quennell"),
   M("atredgoldpryce", "nickname", "negative", "Mrs TP"))

add("blog", blog(
    "smallschools", "What a village loses when the school goes: Cobble Staithe", "Dr Rhiannon Pask", "23 October 2023",
    """
    I spent a morning this month at Cobble Staithe CE Primary, a school of 88 pupils on the
    edge of the Broadland marshes that the county has put on its closure list.

    What struck me first was how many adults the school quietly supports: the grandparents
    who hear readers on Tuesdays, the farm that lends a trailer for the harvest festival,
    the church next door that uses the hall for toddler group.

    The research on small school closures is clear. Travel times go up, attendance goes
    down, and the youngest and poorest children lose most. Villages that lose a school
    rarely get one back.

    Cobble Staithe has a new estate going up at one end and a Traveller site at the other.
    Both bring children. The arithmetic of closure looks rather different from the lane
    outside the school gate than it does from County Hall.
    """,
    comments=[("Sue T", "24 Oct 2023", "Thank you for writing this. Sharing with our campaign group.")],
), M("school", "alias", "neutral", "Cobble Staithe CE Primary"))

add("review", text("""
Cobble Staithe Church of England Primary School
Primary school · Staithe Road

Google reviews

Hayley Tuck
Local Guide · 23 reviews
★★★★★ 2 weeks ago
Both of ours have been so happy here. Mrs Dunthorne has been there since I was a pupil myself (!) and still knows every child by name. Small classes, lovely outdoor space, the kids go pond dipping in the dyke. Please don't let them close it.

Response from the owner
Thank you Hayley, we'll pass your kind words on to the team.
"""), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("mdunthorne", "title_surname", "neutral", "Mrs Dunthorne"))

add("review", text("""
Cobble Staithe Church of England Primary School
Primary school

Google reviews

Craig Emms
3 reviews
★☆☆☆☆ a month ago
Communication is appalling. I emailed the office four times about my son's EHCP review and Mrs Bloomfield never passed a single one on. When I finally got through it was "we've had staffing issues". Ms Taylor the SENCo is lovely but completely swamped and you can see it. Not good enough.
"""), M("school", "exact", "negative", "Cobble Staithe Church of England Primary School"),
   M("kbloomfield", "title_surname", "negative", "Mrs Bloomfield"),
   M("staylor", "title_surname", "neutral", "Ms Taylor"))

# decoy: the acronym used by another body
add("news", news(
    "courant", "Pension scheme members face delays after software switch",
    "By Tom Ashby, Business Reporter", "Monday 16 October 2023",
    """
    Thousands of retired civil servants in the region say their pension payments have been
    late or wrong since the Civil Service Pension Scheme moved to a new administration
    system in the summer.

    One former tax officer from Market Fenby said he had waited eleven weeks for a lump sum.
    "The CSPS helpline tells you to use the website and the website tells you to ring the
    helpline," he said.

    A spokesperson for the CSPS administrator apologised and said a "recovery plan" was in
    place, with most backlogs cleared by Christmas.
    """,
    comments=[("oldtaxman", "16 Oct 2023", "Same here. Three letters, three different figures.")],
))

# decoy: cobbles as an ordinary word
add("blog", blog(
    "history", "Cobble by cobble: the lanes nobody tarmacked", "Broadland Byways", "2 September 2023",
    """
    There are still a handful of lanes in the old market towns where the cobbles survive,
    usually because the council simply forgot about them. Walk down Tanyard Lane in Market
    Fenby after rain and the cobbles shine like the backs of fish.

    A cobble, strictly, is a rounded stone picked off a beach or a river bed, not a cut
    sett. Ours were carted up from the coast in the 1700s, and you can still find the odd
    flint among them.

    The repairs in the 1980s were, frankly, cobbled together: concrete between the stones,
    which cracks every frost. A local group is raising money to do them properly.
    """,
    comments=[("Roger H", "3 Sep 2023", "Lovely piece. My grandad laid some of those repairs and he'd agree they were a bodge.")],
))

# decoy: excluded lookalike business
add("review", text("""
Cobble Coffee
Coffee shop · Quay Street, Market Fenby

Google reviews

Maureen Bunn
Local Guide · 112 reviews
★★★★☆ 3 weeks ago
Lovely little place on the quay. The cheese scones at Cobble Coffee are the best in the county, coffee is strong. Only four tables so get there early on market day. Staff very friendly with our dog.

Dean Howlett
★★☆☆☆ a month ago
Waited 25 mins for two flat whites. Nice building though.
"""))

add("facebook", text("""
Fen and Staithe Federation Parents (unofficial)
Private group · 611 members

Anonymous participant
16 October at 22:51 ·
Not stirring but does anyone else think it stinks that the exec head is on six figures with a lease car while they are cutting Mags Dunthorne's hours after 31 years? And apparently Tredgold-Pryce has been claiming mileage for visits to Cobble that never happened. Someone on the governors told my mum. They will close Cobble next and she'll get a bonus for it.

27 comments

   Stacey Blowers
   Who is the someone? Because that's a serious thing to say
   Like · Reply · 5h

   Anonymous participant
   Not saying. But ask to see the claims.
   Like · Reply · 5h

   Glenn Copping
   Admins this should come down, it's exactly how we end up in court
   Like · Reply · 4h
"""), M("school", "short_name", "negative", "Cobble"),
   M("atredgoldpryce", "hyphenated", "defamation", "Tredgold-Pryce"),
   M("mdunthorne", "nickname", "neutral", "Mags Dunthorne"))

# --- The nativity row -------------------------------------------------------------------

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Dawn Hewitt
21 November at 18:22 ·
Has anyone else read the nativity script that came home in book bags today? Miss Quennell has rewritten it so the innkeeper who turns Mary away is basically "the village" and the family who take them in are Travellers from the site. So our kids get to stand on stage and play the baddies in their own village. I'm all for being kind but Cobble Staithe CE Primary is a church school not a political rally. Not on.

58 comments

   Kayleigh Rix
   It's a nativity play Dawn, they're 6. My Alfie is a sheep and he's thrilled.
   Like · Reply · 4d

   Shane Gotts
   The Rev Askew signed it off apparently so take it up with her
   Like · Reply · 4d

   Dawn Hewitt
   I will be. Quennell should stick to phonics and leave the social engineering out of it.
   Like · Reply · 4d

   Rosie Hammond
   Honestly read Luke's gospel, the whole point is nobody would take them in
   Like · Reply · 4d
"""), M("school", "alias", "negative", "Cobble Staithe CE Primary"),
   M("yquennell", "title_surname", "negative", "Miss Quennell"),
   M("maskew", "title_surname", "neutral", "Rev Askew"))

add("news", news(
    "clarion", "NATIVITY WARS: Village fury as teacher makes Travellers the heroes of Christmas",
    "By Clarion Reporter Gavin Molloy", "Saturday 25 November 2023",
    """
    Parents in a sleepy Norfolk village are up in arms after a primary school teacher
    rewrote the nativity so that the locals are cast as the villains who slam the door on
    Mary and Joseph.

    In the new version, staged by Cobble Staithe Church of England Primary School, it is a
    family from a nearby Traveller site who offer the holy couple shelter, while an
    innkeeper in a wax jacket tells them: "Not round here, thank you."

    The play was written by Year 1 and 2 teacher Ysolde Quennell, 34. One mum, who asked
    not to be named, said: "They've turned Christmas into a lecture about us being racist."

    Executive headteacher Alison Tredgold-Pryce said the play "retells the story of a family
    turned away at the door, which is the story of Christmas" and that it had been "warmly
    received by the children".

    The Church of England said it was a matter for the school.
    """,
    comments=[
        ("TruthTeller1966", "25/11/2023", "Sack her. Another lefty teacher using kids as props."),
        ("GrannyAnnie", "25/11/2023", "Sounds like a lovely idea to me, what's the fuss?"),
        ("PatriotPete", "25/11/2023", "That school's been taken over by gyppos by the sound of it. Pay no council tax, pay no attention, and now they're the heroes of Christmas."),
        ("norfolkbred", "25/11/2023", "Somebody should give Miss Quennell a proper Christmas present. A brick through her front window would do."),
    ],
), M("school", "exact", "hate", "Cobble Staithe Church of England Primary School"),
   M("yquennell", "exact", "threat", "Ysolde Quennell"),
   M("atredgoldpryce", "exact", "neutral", "Alison Tredgold-Pryce"))

add("blog", blog(
    "rector", "On innkeepers, strangers and the letters in my pigeonhole", "The Revd Miriam Askew", "27 November 2023",
    """
    It has been a strange week in the parish. Our little church school's nativity has been
    in a national newspaper, and my pigeonhole has filled with letters, some kind, some not.

    One correspondent told me I was "a traitor to my own parish". Another suggested,
    without irony, that Mary and Joseph "should have booked". I keep both letters on my
    desk as a reminder of how strongly people feel about Christmas, which is no bad thing.

    I read Miss Quennell's script before it went home, as I read everything the children
    perform in church. It is Luke's story, told in our accents, on our marsh. The inn is
    full. Somebody makes room. That is the whole of it.

    To the families of Cobble Staithe School: please come on Thursday. The children have
    worked very hard, and the donkey has new ears.
    """,
    comments=[
        ("Jean C", "27 Nov 2023", "Thank you Miriam. Beautifully put."),
        ("Real Anglican", "28 Nov 2023", "You are a disgrace to the cloth, Askew. Go and play politics somewhere else and leave our church to people who believe in it."),
        ("Tim from Brundle", "28 Nov 2023", "We'll be there Thursday."),
    ],
), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("maskew", "exact", "abuse", "Miriam Askew"),
   M("yquennell", "title_surname", "neutral", "Miss Quennell"))

add("social", text("""
X · Post

Carol 🇬🇧 @carol_says_no
imagine being Ysolde Quennell and thinking you know better than 2000 years of Christmas 🙄 these teachers honestly
7:31 AM · Nov 26, 2023 · 18.2K Views
211 Reposts  40 Quotes  1,204 Likes
"""), M("yquennell", "exact", "negative", "Ysolde Quennell"))

add("social", text("""
X · Post

Lads Lads Lads @Bigsteve_1974
This Ysolde Qu3nn3ll woman needs a slap. Seriously. Someone in that village should sort her out before Christmas
11:58 PM · Nov 26, 2023 · 2,244 Views
9 Reposts  2 Quotes  31 Likes
"""), M("yquennell", "leetspeak", "threat", "Ysolde Qu3nn3ll"))

add("facebook", text("""
Norfolk Mums Network
Public group · 19K members

Shelley Kerrison
27 November at 13:40 ·
For anyone who wants to tell her what they think in person, the nativity teacher from Cobble Staithe school is Miss Y Quennell and she lives at 3 Hollyhock Cottages, Pightle Lane, Sallow Fen, NR0 4PQ. Blue door. Just saying.

14 comments

   Admin · Becky Thrower
   Post removed from public view and reported. Do NOT share people's home addresses. This is how people get hurt.
   Like · Reply · 1d

   Tasha Nobbs
   Delete this now Shelley, you could get arrested for this
   Like · Reply · 1d
"""), M("school", "alias", "neutral", "Cobble Staithe school"),
   M("yquennell", "initial_surname", "doxxing", "Y Quennell"))

add("news", news(
    "bugle", "Police investigate threats against village teacher after nativity story",
    "Bugle reporter Owen Thrower", "29 November 2023",
    """
    Police are investigating threatening messages sent to a teacher at Cobble Staithe
    Church of England Primary School after a national newspaper published her name in a
    story about the school's nativity play.

    The teacher, Ysolde Quennell, has received messages online and by post, including one
    that read "we know where you live". Officers have spoken to the school and increased
    patrols in the area.

    Executive headteacher Alison Tredgold-Pryce said the school was "appalled" and asked
    people "to remember there are real people and small children at the centre of this".
    """,
    comments=[
        ("Jodie F", "29 Nov 2023", "Disgusting. Leave the poor woman alone, it's a school play."),
        ("Kev S", "29 Nov 2023", "She brought it on herself though didn't she. Stirring things up in a village she's not even from."),
        ("Ann Beales", "30 Nov 2023", "Kev, she's been at the school six years. Get a grip."),
    ],
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("yquennell", "exact", "negative", "Ysolde Quennell"),
   M("atredgoldpryce", "exact", "neutral", "Alison Tredgold-Pryce"))

add("forum", forum(
    "staffroom", "Primary", "Colleague targeted after nativity made the papers - advice?",
    [
        ("marshlandmiss", "30/11/2023 19:02", "A friend who teaches at a small C of E primary has had her nativity picked up by a tabloid and is now getting horrible messages. Union have been ok. What else can the school do? Does anyone have experience of getting stuff taken down?"),
        ("KS1_and_tired", "30/11/2023 19:15", "Is this the Cobble Staithe Primary one from the Clarion? Poor Ysolde Q. I did a course with her years ago and she's the gentlest person you could meet."),
        ("Reg_Deputy", "30/11/2023 19:40", "Log everything, screenshots with URLs and dates. Report each post to the platform and keep the reference numbers. The school should write to the paper asking them to remove her name."),
        ("marshlandmiss", "30/11/2023 20:01", "Thank you, will pass on."),
    ],
), M("school", "alias", "neutral", "Cobble Staithe Primary"),
   M("yquennell", "first_initial", "neutral", "Ysolde Q."))

add("social", text("""
TikTok · comments on video by @staithe.mum.of.two "nativity dress rehearsal 🐑⭐ proud mummy"

lilyrose.x: miss quennel is literally the best teacher ever she let me be the donkey last year 😭😭
  ↳ staithe.mum.of.two: she's amazing with them x
jaydenn_2011: cobble staithe primary mentioned 🗣️🗣️🗣️
user83920183: why is the sheep doing the griddy 💀
marshgirl07: the wax jacket innkeeper is sending me 😂 that's literally my grandad
"""), M("school", "alias", "neutral", "cobble staithe primary"),
   M("yquennell", "typo", "neutral", "quennel"))

add("news", news(
    "courant", "Man guilty of threatening village teacher over nativity play",
    "By Court Reporter Sian Leeder", "Thursday 14 March 2024",
    """
    A man who sent a string of threatening messages to a primary school teacher after her
    nativity play featured in a national newspaper has been found guilty of sending
    malicious communications.

    Gary Bellchamber, 52, of Wendlesham, told the teacher, Ysolde Quennell, that she would
    "get what's coming" and posted her home address on a public Facebook group, magistrates
    in Market Fenby heard.

    Miss Quennell, who teaches at Cobble Staithe Church of England Primary School, said in
    a statement read to the court that she had moved out of her home for three weeks and no
    longer walked anywhere alone.

    Bellchamber was given a 12-month community order, a restraining order and told to pay
    £400 compensation. The chair of the bench said his messages were "cowardly and
    frightening".
    """,
    comments=[("Hannah W", "14 Mar 2024", "Good. Hope she's doing ok.")],
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("yquennell", "exact", "neutral", "Ysolde Quennell"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Phil Grimes
2 December at 09:15 ·
Before the admins delete this one as well: NOBODY is saying anyone should hurt Miss Quennell or go near her house. I've seen the Clarion comments and they're vile. But she should stand up and apologise to the village for painting us as bigots in front of our own kids. That's all.

41 comments

   Lorraine Peake
   Apologise for what, Phil? For a play about kindness?
   Like · Reply · 1d

   Phil Grimes
   For the wax jacket. Everyone knew who it was meant to be.
   Like · Reply · 1d

   Nigel Alcock
   It was a wax jacket because it was cold in the hall, man.
   Like · Reply · 1d
"""), M("yquennell", "title_surname", "negative", "Miss Quennell"))

add("social", text("""
Instagram · post by staithe_and_sunsets

staithe_and_sunsets Our Ellie-May was Mary tonight and she did not stop smiling once 🌟 Thank you to the whole team for a magical evening, ignore the noise. #IStandWithMissQuennell #CobbleStaithePrimary #nativity #proudmum
View all 63 comments
frances.gedney So proud of all of them ❤️
tashanobbs_ Beautiful 😍 ignore the trolls hun
3 DECEMBER
"""), M("school", "hashtag", "neutral", "#CobbleStaithePrimary"),
   M("yquennell", "hashtag", "neutral", "#IStandWithMissQuennell"))

add("blog", blog(
    "agitator", "The Cobble Staithe nativity and the war on village England", "Ray Drury", "1 December 2023",
    """
    Those of us who grew up in Cobble Staithe will remember when the nativity was a tea
    towel, a doll and "Away in a Manger". Now, courtesy of Ysolde Quennell, a smug import
    who has lived here all of five minutes, our grandchildren are taught that their own
    village is the inn with no room.

    This is what happens when Tredgold-Pryce's empire swallows a village school: policies
    from Norwich, attitudes from Islington, and nobody from round here in charge of
    anything.

    And where is our Rector? The Rev Ms Askew, who wouldn't know a hymn from a hashtag,
    "read the script and loved it". Of course she did.

    Cobble Staithe Church of England Primary School was once the heart of this village. It
    is now a laboratory.
    """,
    comments=[
        ("Dennis B", "1 Dec 2023", "Spot on Ray. Wax jacket indeed."),
        ("Marsh Lad", "2 Dec 2023", "Askew's a dyke anyway, no wonder she's all for it. Church has gone to the dogs."),
        ("Ros", "2 Dec 2023", "That comment above is disgusting and so is this whole blog, Ray."),
    ],
), M("school", "exact", "negative", "Cobble Staithe Church of England Primary School"),
   M("yquennell", "exact", "abuse", "Ysolde Quennell"),
   M("atredgoldpryce", "possessive", "negative", "Tredgold-Pryce's"),
   M("maskew", "title_surname", "hate", "Ms Askew"))

add("social", text("""
X · Post

Dr Jess Okafor @jessokafor_edu
Read the replies under the Clarion piece. "Burn the witch." "Find out where she lives." About a Year 1 teacher who wrote a nativity. Ysolde Quennell does not deserve any of this and every teacher reading it will be thinking: that could be me.
6:12 PM · Nov 27, 2023 · 44.7K Views
1,802 Reposts  96 Quotes  6,911 Likes
"""), M("yquennell", "exact", "neutral", "Ysolde Quennell"))

add("forum", forum(
    "natter", "Local", "Cobble Staithe nativity teacher - have the Clarion gone too far?",
    [
        ("FenTigerMum", "28/11/23 10:02", "I actually know her. Miss Quennell taught my DS in Owls and he adored her. She is the least political person I've ever met and now she's getting death threats over a play with sheep in it."),
        ("BroadsBird", "28/11/23 10:20", "The Clarion named her and gave her age. Of course people went looking."),
        ("Nosy_Parker_Not", "28/11/23 10:41", "Everyone round here knows she lives on Pightle Lane in Sallow Fen, the cottages past the chapel. It's not exactly a secret."),
        ("FenTigerMum", "28/11/23 10:44", "@Nosy_Parker_Not please delete that. Seriously. You can't post where she lives."),
        ("NatterNet Moderator", "28/11/23 11:05", "We've edited this thread. Please don't post identifying details about private individuals."),
    ],
), M("yquennell", "title_surname", "doxxing", "Miss Quennell"))

add("news", news(
    "weekly", "Union warns of 'open season' on teachers after nativity backlash",
    "By Priyanka Dutt", "5 December 2023",
    """
    The National Education Union has called on newspapers to stop naming classroom
    teachers in "culture war" stories after a Norfolk primary teacher received threats over
    her school's nativity play.

    Ysolde Quennell, who teaches Years 1 and 2 at Cobble Staithe CE Primary, was named and
    pictured by The Daily Clarion. Her union said she had been "subjected to a torrent of
    abuse, including threats of violence".

    A regional organiser said: "Teachers are not public figures. A school play is not a
    scandal." The Clarion said its story was "accurate and in the public interest".
    """,
), M("school", "alias", "neutral", "Cobble Staithe CE Primary"),
   M("yquennell", "exact", "neutral", "Ysolde Quennell"))

add("social", text("""
TikTok · comments on video by @norfolknewsinsixty "the nativity row explained 🐑"

kev.on.tour: Q u e n n e l l ruined christmas for a whole village and got a pay rise for it probably 😂
  ↳ fenland_fiona: she's a teacher kev, there are no pay rises
ruby.rose.ox: this is so sad, it's just a play
tommo_1987: the innkeeper did nothing wrong
"""), M("yquennell", "spacing", "negative", "Q u e n n e l l"))

add("social", text(f"""
X · Post

Norfolk Patriot @NorfolkTruth88
Miss {HG_QUENNELL} is a sanctimonious cow who hates the village she leeches off. Cant even say her name on here without getting a warning lol
1:14 AM · Dec 1, 2023 · 612 Views
2 Reposts  0 Quotes  8 Likes
"""), M("yquennell", "homoglyph", "abuse", HG_QUENNELL))

add("social", text("""
Reddit · r/norfolkuk · Posted by u/broads_boatman · 3 mo. ago

The nativity thing at Cobble Staithe Primary - anyone actually from there?

Everyone online has an opinion. Curious what locals think.

   u/sallowfen_sam · 3 mo. ago
   I'm from the next village. Most people thought it was a nice play until the Clarion got hold of it. Now half of them are defending Qu*nnell and half want her run out of the county. Nobody's changed their mind about anything.

   u/broads_boatman · 3 mo. ago
   run out of the county is a bit much

   u/sallowfen_sam · 3 mo. ago
   that's Facebook for you
"""), M("school", "alias", "neutral", "Cobble Staithe Primary"),
   M("yquennell", "obfuscated", "neutral", "Qu*nnell"))

add("news", news(
    "clarion", "Nativity row teacher 'signed off with stress' as village splits",
    "By Clarion Reporter Gavin Molloy", "Friday 8 December 2023",
    """
    The teacher at the centre of the Travellers nativity row has been signed off work, the
    Clarion understands.

    Ysolde Quennell, 34, has not been seen at Cobble Staithe Church of England Primary
    School since last week's performance, which went ahead with a police car parked outside.

    One villager said: "It's all got out of hand. Nobody wanted her to be ill." Another
    said: "She'll be back after Christmas with a medal from the union, you watch."

    The school said staff absence was a private matter.
    """,
    comments=[
        ("Clive in Kent", "08/12/2023", "Stress? Try working for a living, you pathetic snowflake. Useless drip."),
        ("jane_e", "08/12/2023", "You named her, you caused this. Shameful paper."),
    ],
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("yquennell", "exact", "abuse", "Ysolde Quennell"))

# --- Traveller families -------------------------------------------------------------

add("facebook", text("""
Lapwing Meadows Residents
Private group · 389 members

Amy Cartwright
12 September at 20:10 ·
Hi all, we've just moved into Plover Way. Looking at Cobble Staithe Primary for our two (Reception and Y2). Heard there are a lot of kids from the traveller site there, is it ok? Genuinely asking, not being funny.

22 comments

   Carl Eke
   Go Sallow Fen if you can get the bus. Cobble's overrun with gypsy kids, they nick stuff out of bags and the teachers are too scared to say anything. Dirty lot.
   Like · Reply · 6d

   Fiona Beales
   Carl that is a horrible thing to say. My daughter's best friend lives on Brick Kiln Lane and she's a lovely kid. Mrs Raman in reception is amazing, Amy, your little one will be in good hands.
   Like · Reply · 6d

   Amy Cartwright
   Thanks Fiona, we've booked a visit x
   Like · Reply · 6d
"""), M("school", "alias", "hate", "Cobble Staithe Primary"),
   M("praman", "title_surname", "neutral", "Mrs Raman"))

add("review", text("""
Cobble Staithe Church of England Primary School
Primary school · Cobble Staithe

Google reviews

J Arnold
1 review
★☆☆☆☆ 5 months ago
It's a gyppo school now full stop. No normal kid learns anything when the teachers spend all day chasing traveller brats round the field. Took mine out. Avoid.

Response from the owner
We welcome children from every family in our community and will not respond to racist comments. We have reported this review.
"""), M("school", "exact", "hate", "Cobble Staithe Church of England Primary School"))

add("social", text("""
X · Post

Terry W @TerryW_Norfolk
Cobble head Gedge said in assembly that the traveller families are "part of our village family". Mate, I've lived here 50 year and they are not and never will be. My grandkids came home repeating it.
5:40 PM · Feb 2, 2024 · 388 Views
1 Repost  0 Quotes  4 Likes
"""), M("school", "short_name", "neutral", "Cobble"),
   M("tgedge", "surname_only", "negative", "Gedge"))

add("news", news(
    "bugle", "Traveller families say children face abuse at village school gate",
    "Bugle reporter Ellie Copping", "9 February 2024",
    """
    Families living on the Brick Kiln Lane Traveller site say their children are being
    insulted by other parents at the gates of Cobble Staithe Church of England Primary
    School.

    One mother, who has three children at the school, said: "The kids are fine with each
    other. It's the adults. My eldest was called a name by a grown man in a Range Rover."

    Head of school Tom Gedge said staff would be on the gate every morning and afternoon.
    "Every child here belongs here. We will not tolerate anyone, adult or child, treating
    them otherwise," he said.
    """,
    comments=[
        ("Fenby_Dave", "9 Feb 2024", "Maybe if they didn't leave rubbish all down the drove people would be friendlier."),
        ("Jo L", "9 Feb 2024", "Gedge only cares about them lot. What about the rest of our kids? Mine has had her bike nicked twice."),
        ("Anna M", "10 Feb 2024", "Proud of our school for this."),
    ],
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("tgedge", "alias", "negative", "Tom Gedge"))

add("blog", blog(
    "muddy", "Why we chose the tiny school with the Traveller kids (and why I'd do it again)", "Muddy Wellies Mum", "15 February 2024",
    """
    When we moved out from Norwich, everyone had an opinion about which primary we should
    pick. The one I kept hearing about, in a lowered voice, was Cobble, "because of the
    site".

    Two years on, my son's best friend is a boy called Levi who knows the name of every
    bird on the marsh and can catch an eel with his hands. My daughter learned to read in
    Wrens with Mrs Raman, who did home visits to every single family before they started,
    including ours, including Levi's.

    And then there's Peggy. If you've had a child at Cobble in the last thirty years,
    Peggy has tied their shoelaces, found their lost jumper and told them off for running
    in the corridor. She is the school.

    I am not naive. There are fallings-out at the gate. But the children are fine. It's
    the grown-ups who need the assembly on kindness.
    """,
    comments=[("Lou", "15 Feb 2024", "Crying at the Peggy bit. She taught my husband too!")],
), M("school", "short_name", "neutral", "Cobble"),
   M("praman", "title_surname", "neutral", "Mrs Raman"),
   M("mdunthorne", "nickname", "neutral", "Peggy"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Anonymous participant
3 March at 21:47 ·
No offence to anyone but why has Cobble Staithe School got a Hindu teaching reception in a CHURCH school? Raman doesn't even celebrate Christmas, kids came home talking about Diwali and lamps. Send her back to wherever and give the job to a local Christian girl.

19 comments

   Anita Mace
   Reported. This is racist, plain and simple, and Mrs Raman is the best teacher my kids have had.
   Like · Reply · 8h

   Craig Emms
   Learning about Diwali for one afternoon won't hurt anybody
   Like · Reply · 8h

   Admin · Wendy Pointer
   Post turned off for comments. Please read the group rules.
   Like · Reply · 7h
"""), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("praman", "surname_only", "hate", "Raman"))

add("social", text("""
Snapchat · story text (screenshot, shared to a group chat)

ngl mrs r4man shud go back where she came from 🤢🤢 cobble staithe primary is a joke now
reply: 💀💀 bro ur gonna get expelled
reply: she taught u to read u melt
"""), M("school", "alias", "negative", "cobble staithe primary"),
   M("praman", "leetspeak", "hate", "mrs r4man"))

add("news", news(
    "courant", "Council steps in after attendance dispute at Traveller site",
    "By Hannah Leggett, Education Correspondent", "Wednesday 17 January 2024",
    """
    A county education welfare officer has visited families on the Brick Kiln Lane site
    after a dispute about authorised absence for children who travel with their parents in
    the summer months.

    Most of the site's school-age children attend Cobble Staithe CE Primary, where special
    educational needs coordinator Sarah Taylor has set up a "travelling learners" pack so
    pupils can keep up while away.

    "It's not about catching anyone out," Ms Taylor said. "It's about keeping children
    learning wherever they are."
    """,
), M("school", "alias", "neutral", "Cobble Staithe CE Primary"),
   M("staylor", "exact", "neutral", "Sarah Taylor"))

# --- The teaching assistant -------------------------------------------------------------

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Kerry-Ann Loades
8 January at 17:30 ·
Is it true Peggy Dunthorne is being made redundant after 31 YEARS at Cobble Staithe School??? She taught me to read. She taught my kids to read. Somebody tell me this is a wind up.

96 comments

   Ollie Durrant
   True. Letter came out today. "Restructure of support staff". Absolute criminals.
   Like · Reply · 2d

   Janet Colk
   Mrs D is the heart of that school, everyone knows it
   Like · Reply · 2d

   Dean Howlett
   That Tredgold-Pryce woman wants hanging from the church gate. Sits in her office in Sallow Fen and decides people's lives.
   Like · Reply · 2d

   Kerry-Ann Loades
   Dean, steady on
   Like · Reply · 2d
"""), M("school", "alias", "negative", "Cobble Staithe School"),
   M("mdunthorne", "nickname", "neutral", "Peggy Dunthorne"),
   M("atredgoldpryce", "hyphenated", "threat", "Tredgold-Pryce"))

add("news", news(
    "bugle", "Village rallies behind teaching assistant of 31 years facing job cut",
    "Bugle reporter Ellie Copping", "12 January 2024",
    """
    A petition to save the job of a teaching assistant who has worked at Cobble Staithe
    Church of England Primary School for 31 years has passed 1,500 signatures in four days.

    Margaret Dunthorne, known to generations of pupils as Peggy, is among three support
    staff across the Fen and Staithe Federation at risk of redundancy in a budget
    restructure.

    Executive headteacher Alison Tredgold-Pryce said: "These are the hardest decisions any
    head makes. Our budget is set by pupil numbers and we cannot spend money we do not
    have."

    Mrs Dunthorne, 63, did not wish to comment.
    """,
    comments=[
        ("Sharon C", "12 Jan 2024", "Absolute disgrace. Margaret is that school."),
        ("Fenman72", "12 Jan 2024", "Ms Tredgold-Pryce is a cold fish who sees kids as rows on a spreadsheet. Never once seen her smile at a child."),
        ("Pat Seago", "13 Jan 2024", "Signed and shared."),
    ],
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("mdunthorne", "exact", "neutral", "Margaret Dunthorne"),
   M("atredgoldpryce", "exact", "abuse", "Alison Tredgold-Pryce"))

add("social", text("""
X · Post

Staithe Girl @staithegirl_
31 years at Cobble Staithe Primary and they bin her with a letter in a brown envelope. #JusticeForPeggy #SaveCobbleSchool
12:03 PM · Jan 9, 2024 · 5,602 Views
88 Reposts  3 Quotes  290 Likes
"""), M("school", "alias", "negative", "Cobble Staithe Primary"),
   M("mdunthorne", "hashtag", "neutral", "#JusticeForPeggy"))

add("review", text("""
Indeed · Company reviews

Cobble Staithe Church of England Primary School

★★☆☆☆  Lovely kids, management from another planet
Teaching Assistant (Former Employee) - Cobble Staithe - 20 February 2024

The children and the class teachers are wonderful and I loved my years there. The problem is the federation. Alison Tredgold Pryce runs three schools from a laptop and makes decisions about people she has met twice. Support staff are treated as a cost, not colleagues. Restructures announced by letter on a Friday.

Pros
Small classes, beautiful setting, supportive class teachers

Cons
Remote leadership, job insecurity, no pay progression for TAs
"""), M("school", "exact", "negative", "Cobble Staithe Church of England Primary School"),
   M("atredgoldpryce", "hyphenated", "negative", "Alison Tredgold Pryce"))

add("blog", blog(
    "bell", "Thirty-one years of shoelaces: a thank you to Peggy", "the Editor", "March 2024",
    """
    When Margaret Dunthorne (Peggy to everyone, Mrs Cubitt to the oldest of us) walked into
    Cobble Staithe School in September 1993, the classrooms had coal stoves and the toilets
    were across the yard.

    She has since helped to teach something like 900 children, among them the parents and,
    in at least two cases, the grandparents of current pupils. Whatever happens with the
    restructure, the parish wants to say thank you.

    A collection is open at the shop and at St Mary's. Cards can be left at the school
    office. The Revd Miriam Askew will say a few words at the Mothering Sunday service.

    Also this month: the Lent lunches continue in the Village Hall on Wednesdays; the
    churchyard working party meets on the 16th, bring gloves; the clock is running slow
    again and the weathervane is askew after the February gales.
    """,
), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("mdunthorne", "exact", "neutral", "Margaret Dunthorne"),
   M("maskew", "exact", "neutral", "Miriam Askew"))

add("facebook", text("""
Fen and Staithe Federation Parents (unofficial)
Private group · 611 members

Anonymous participant
14 January at 23:06 ·
Not being funny but there's a reason they're getting rid of her and it isn't the budget. Heard Dunthorne grabbed a Year 2 by the arm hard enough to leave marks last term and it got hushed up at Cobble because she's a village institution. Ask yourself why it's HER that's going.

33 comments

   Kayleigh Rix
   That is a disgusting lie and you know it. Peggy has never laid a finger on a child in 31 years.
   Like · Reply · 12h

   Anonymous participant
   You weren't there were you
   Like · Reply · 12h

   Admin · Stacey Blowers
   Turning off comments. Anonymous posting is now disabled in this group.
   Like · Reply · 11h
"""), M("school", "short_name", "defamation", "Cobble"),
   M("mdunthorne", "surname_only", "defamation", "Dunthorne"))

add("social", text("""
X · Post

Ollie D @olliedurrant
Mrs Dunthorn is a fucking legend and anyone who says otherwise can jog on. Taught me, taught my brother, taught half the pub. Cobble Staithe Primary without her is just a building.
9:48 PM · Jan 15, 2024 · 1,930 Views
21 Reposts  0 Quotes  176 Likes
"""), M("school", "alias", "neutral", "Cobble Staithe Primary"),
   M("mdunthorne", "typo", "neutral", "Dunthorn"))

# --- Farming, the estate and the chair of governors --------------------------------------

add("blog", blog(
    "fenedge", "Harvest's in, and thirty small people came to see the combine", "Stephen Crane", "14 September 2023",
    """
    Last of the wheat came in on Tuesday, 7.9 tonnes a hectare on the top field, which I'll
    take after the wet spring.

    On Thursday the Kestrels class from Cobble Staithe School walked up the drove with
    Mr O'Halloran and two very brave parent helpers. They sat in the cab in threes, asked
    how much a combine costs (too much), and wanted to know why the sheep were "so rude".

    Bob Spratling lent us his grain trailer for the hayride back down, and the children
    sang the whole way. Best morning of the year.
    """,
    comments=[("Alison from the drove", "15 Sep 2023", "My grandson hasn't stopped talking about the combine!")],
), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("cohalloran", "title_surname", "neutral", "Mr O'Halloran"),
   M("rspratling", "nickname", "neutral", "Bob Spratling"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Marcus Lambert
24 October at 20:55 ·
Funny how the chair of governors at Cobble Staithe School is the same bloke who sold the land for Lapwing Meadows. Spratling gets his millions from the developer, then sits on his hands while the county shuts the school so the playing field can be flogged for phase 3. Brown envelopes all round. Join the dots.

52 comments

   Ray Drury
   Been saying this for months
   Like · Reply · 3d

   Fiona Beales
   The playing field belongs to the diocese, Marcus, not Robert. You can't sell what you don't own.
   Like · Reply · 3d

   Marcus Lambert
   That's what they want you to think
   Like · Reply · 3d
"""), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("rspratling", "surname_only", "defamation", "Spratling"))

add("news", news(
    "courant", "Campaigners demand answers over £400,000 meant for school places",
    "By Hannah Leggett, Education Correspondent", "Friday 3 November 2023",
    """
    Campaigners fighting the closure of Cobble Staithe Church of England Primary School
    want to know what happened to £400,000 the developer of the Lapwing Meadows estate paid
    towards local school places.

    The Save Cobble Staithe School group claims the money was "quietly diverted" to a
    building project at Sallow Fen Primary and that Robert Spratling, who chairs the
    governors and sold part of the land for the estate, had a conflict of interest that
    was never properly recorded.

    Mr Spratling said the allegation was "completely untrue" and that he had declared his
    interest at every meeting. The county council said the contribution had been spent "in
    line with the legal agreement".

    Alison Tredgold-Pryce, the federation's executive head, said the money had never been
    the school's to spend.
    """,
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("rspratling", "exact", "defamation", "Robert Spratling"),
   M("atredgoldpryce", "exact", "neutral", "Alison Tredgold-Pryce"))

add("forum", forum(
    "farmgate", "Rural life", "School wants us to stop muck spreading near the playground lol",
    [
        ("BroadlandBeet", "02/03/24 19:20", "Robert S., who chairs the governors at Cobble Staithe Primary, had a letter from the school asking farmers to avoid spreading on the fields next to it in term time because of the smell at break. He's on both sides of that one."),
        ("Massey_Man", "02/03/24 19:35", "Can't please anyone. Kids should know where food comes from, smell and all."),
        ("sheepdip", "02/03/24 20:02", "To be fair, when the wind's east it's eye-watering in that playground. Just do it on the Friday before half term."),
        ("BroadlandBeet", "02/03/24 20:10", "That's what he said he'd do."),
    ],
), M("school", "alias", "neutral", "Cobble Staithe Primary"),
   M("rspratling", "first_initial", "neutral", "Robert S."))

add("facebook", text("""
Broadland Farmers & Friends
Private group · 3.1K members

Glenn Copping
18 September at 12:41 ·
Anyone else had a letter from Cobble Staithe Primary asking us not to run tractors and trailers down Staithe Road between 3 and 3.30? Some of us have a harvest to get in. The parents park on both verges and then complain they can't get past a 12 foot trailer. Ridiculous.

41 comments

   Tony Emms
   Tell them to walk their kids to school like we did
   Like · Reply · 1w

   Sue Thrower
   To be fair a kiddie nearly got clipped last year
   Like · Reply · 1w
"""), M("school", "alias", "negative", "Cobble Staithe Primary"))

add("social", text("""
X · Post

Hallam Homes East @HallamHomesEast
Phase 2 now released at Lapwing Meadows 🏡 3 and 4 bed family homes, just 9 minutes' walk to Cobble Staithe CE Primary, rated Good. Help to Buy style deposit support available. Book a viewing today.
10:00 AM · Mar 4, 2024 · 1,122 Views
2 Reposts  4 Quotes  9 Likes

   Replying to @HallamHomesEast
   Fen Becks @becksinthefens
   you mean the school the county is trying to close?
"""), M("school", "alias", "neutral", "Cobble Staithe CE Primary"))

add("blog", blog(
    "agitator", "Who really runs Cobble Staithe? Follow the money", "Ray Drury", "10 November 2023",
    """
    Here is what we know. Robert Spratling sold the Lapwing Meadows land and banked the
    cheque. Robert Spratling chairs the governors. The developer's school money went to
    Sallow Fen. And Alison Tredgold-Pryce, who runs all three schools, signed it off.

    The pair of them have been working this together from the start. The closure of Cobble
    Staithe Church of England Primary School is not a budget decision, it is a property
    deal, and the school's own accounts have been massaged to make the numbers look worse
    than they are.

    I have asked for the governors' minutes under Freedom of Information. I'll publish them
    when they come. If they come.
    """,
    comments=[
        ("Dennis B", "10 Nov 2023", "Spratling is a greedy bloated toad and always was. His father was the same."),
        ("Chris", "11 Nov 2023", "Where's your evidence Ray? This is the sort of thing people get sued for."),
        ("Ray Drury", "11 Nov 2023", "Let them sue."),
    ],
), M("school", "exact", "defamation", "Cobble Staithe Church of England Primary School"),
   M("rspratling", "exact", "defamation", "Robert Spratling"),
   M("atredgoldpryce", "exact", "defamation", "Alison Tredgold-Pryce"))

add("news", news(
    "bugle", "Barn fire at Church Marsh farm 'not suspicious', says fire service",
    "Bugle reporter Owen Thrower", "2 December 2023",
    """
    Fire crews from three stations spent the night at a farm at Church Marsh after a barn
    containing straw and machinery caught fire on Thursday evening.

    Robert Spratling, who farms the land and is chair of governors at Cobble Staithe
    Church of England Primary School, said nobody had been hurt and the animals were safe.

    A fire service spokesman said the cause was believed to be an electrical fault and the
    fire was not being treated as suspicious.
    """,
    comments=[
        ("Fenman72", "2 Dec 2023", "Shame it was only the barn and not the house with him in it. Might teach him about selling out his own village."),
        ("Jo L", "2 Dec 2023", "What is wrong with you? Glad nobody was hurt."),
    ],
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("rspratling", "exact", "threat", "Robert Spratling"))

# --- Sexual content ----------------------------------------------------------------------

add("social", text("""
TikTok · comments on video by @kestrelsclass_leavers2023 "year 6 leavers assembly 😭"

ellaa.mae_: mr o halloran is so fit omg 😍 year 6 girls knowww
  ↳ izzyyy.b: ELLA 💀💀 he's like 40
  ↳ ellaa.mae_: and??? 😍
frankiexo: best teacher at cobble staithe primary tho fr
harry_m_2012: the speech bit at the end 😭😭
"""), M("school", "alias", "neutral", "cobble staithe primary"),
   M("cohalloran", "typo", "sexual", "o halloran"))

add("forum", forum(
    "natter", "Chat", "Is it just me or is the Year 5/6 teacher at Cobble a total fox",
    [
        ("WineOClockWendy", "04/05/24 21:12", "Parents' evening tonight and I swear I forgot every question I'd written down. Mr O'Halloran can mark my homework any day. 😏 The accent doesn't help."),
        ("FenTigerMum", "04/05/24 21:20", "Wendy 😂 behave. Half the mums at Cobble volunteer for his trips for a reason."),
        ("WineOClockWendy", "04/05/24 21:24", "I'm not saying anything, I'm just saying the Kestrels residential needs another helper and I am very available."),
        ("MarshMallow", "04/05/24 21:40", "He's married you lot! Poor man."),
    ],
), M("school", "short_name", "neutral", "Cobble"),
   M("cohalloran", "title_surname", "sexual", "Mr O'Halloran"))

add("social", text("""
Snapchat · chat screenshot posted to a public story

tayy 🦋: apparently mr gedge been adding year 6s on snap n sending them msgs at night
tayy 🦋: my cousin goes cobble she said a girl in her class got one
kai: nahhh thats sus af
kai: report him fr
tayy 🦋: ik im telling my mum
"""), M("school", "short_name", "sexual", "cobble", url_only=True),
   M("tgedge", "title_surname", "sexual", "mr gedge", url_only=True))

add("facebook", text("""
Fen and Staithe Federation Parents (unofficial)
Private group · 611 members

Becky Thrower
11 December at 08:02 ·
PSA parents. Someone has been screenshotting the nativity photos of our children from the Cobble Staithe Primary Facebook page and reposting them on a foreign forum with really creepy comments underneath. I'm not posting the link here. I've reported it to CEOP and the school knows. Please check your privacy settings and maybe ask the school to take the photos down.

67 comments

   Hayley Tuck
   I feel sick. Thank you for telling us.
   Like · Reply · 2h

   Janet Colk
   School have just emailed, all photos being removed today
   Like · Reply · 1h
"""), M("school", "alias", "sexual", "Cobble Staithe Primary", url_only=True))

add("social", text("""
X · Post

Big Al @al_fenby
Whatever you think of the exec head at Cobble Staithe, that Tredgold-Pryce has the legs of a woman half her age 🥵 she can put me in detention any day
10:22 PM · Jan 13, 2024 · 204 Views
0 Reposts  0 Quotes  3 Likes
"""), M("atredgoldpryce", "hyphenated", "sexual", "Tredgold-Pryce"))

add("forum", forum(
    "eachat", "Norfolk", "Rural vicars thread (part 4)",
    [
        ("choirboy67", "12/02/24 22:01", "The new rector at Cobble Staithe, Revd Askew, is wasted on the church. I'd confess all my sins to her, twice, and make up a few extra to keep her busy."),
        ("BroadsBob", "12/02/24 22:09", "You are a filthy old man."),
        ("choirboy67", "12/02/24 22:12", "Guilty, vicar 😇"),
        ("Eel_Catcher", "12/02/24 22:30", "Anyone know if Brundle church is open weekdays? Want to see the rood screen."),
    ],
), M("maskew", "title_surname", "sexual", "Revd Askew"))

add("social", text("""
X · Post

Dan @realdan_uncensored
That nativity woman Quennell should be on a register. No normal woman dresses little boys up as angels in skirts and takes photos of them. Parents wake up
3:33 AM · Nov 29, 2023 · 711 Views
4 Reposts  1 Quote  12 Likes
"""), M("yquennell", "surname_only", "sexual", "Quennell", url_only=True))

add("news", news(
    "clarion", "Ex-supply teacher at village school charged with grooming offences",
    "By Clarion Crime Reporter", "Tuesday 23 April 2024",
    """
    A former supply teacher who worked at a Norfolk village primary school has been
    charged with grooming and making indecent images of children.

    Darren Kettle, 41, of Market Fenby, worked at Cobble Staithe Church of England Primary
    School for three weeks in 2022 through an agency. Police say the charges relate to
    messages sent to children online and are not all connected to the school.

    Head of school Thomas Gedge wrote to parents: "We have been cooperating fully with the
    police. Any family with concerns can speak to me in confidence."

    Kettle will appear before magistrates next month.
    """,
    comments=[("Hayley Tuck", "23 Apr 2024", "Thank goodness he's been caught.")],
), M("school", "exact", "sexual", "Cobble Staithe Church of England Primary School", url_only=True),
   M("tgedge", "exact", "neutral", "Thomas Gedge"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Lee Brundish
23 April at 19:11 ·
That Kettle bloke was at Cobble for three weeks in 2022, in with the juniors. Makes you wonder who checked him, who was watching him, and what else we haven't been told. Heads should roll for this and I mean Gedge and the federation lot, not the agency.

38 comments

   Fiona Beales
   He was agency, Lee. The agency does the checks. The school called the police.
   Like · Reply · 3h

   Lee Brundish
   Still happened on their watch.
   Like · Reply · 3h
"""), M("school", "short_name", "sexual", "Cobble", url_only=True),
   M("tgedge", "surname_only", "negative", "Gedge"))

add("social", text("""
Instagram · post by cobblestaitheprimary

cobblestaitheprimary Well done to our staff team who ran the Fen 10K for the school minibus fund! 🏃‍♀️🏃 £1,340 raised. Thank you to everyone who sponsored us.
View all 28 comments
dazzabuilds Miss Taylor 🔥🔥 wifey material, I'd do a lot more than sponsor her
mumoffenby Well done all!! x
fen_runner Great effort 👏
2 JUNE
"""), M("school", "handle", "neutral", "cobblestaitheprimary"),
   M("staylor", "title_surname", "sexual", "Miss Taylor"))

add("social", text("""
TikTok · comments on video by @cobble.alumni "rating our old primary school teachers 💀"

jess.x.2009: miss raman was my first crush ngl 🥵 still is
  ↳ libby_fenby: JESS 😭😭
  ↳ jess.x.2009: u cant tell me u didnt
ollie_b08: mr o'halloran made me like maths which is a crime
georgiaa.h: cobble staithe primary hits different looking back
"""), M("school", "alias", "neutral", "cobble staithe primary"),
   M("praman", "title_surname", "sexual", "miss raman"),
   M("cohalloran", "title_surname", "neutral", "mr o'halloran"))

# --- Doxxing -----------------------------------------------------------------------------

add("facebook", text("""
Fen and Staithe Federation Parents (unofficial)
Private group · 611 members

Donna Leeder
6 March at 16:20 ·
Gedge's personal mobile is 07700 900614 (he gave it out on the Year 6 residential and never changed it). If anyone else wants to ask him why our kids are sitting SATs in a portakabin with no heating at Cobble, feel free to ring him at teatime like I just did.

15 comments

   Glenn Copping
   Donna you can't post someone's personal number, delete it
   Like · Reply · 20m

   Donna Leeder
   It's for parents to use isn't it
   Like · Reply · 18m
"""), M("school", "short_name", "negative", "Cobble"),
   M("tgedge", "possessive", "doxxing", "Gedge's"))

add("social", text("""
X · Post

Save Our Staff @saveourstaffNFK
Her personal email is alison.tp63@postbox.example. Flood it. Tredgold-Pryce thinks she can hide behind a federation inbox while she sacks the TAs at Cobble Staithe. Let her read what parents think over her cornflakes.
7:45 AM · Jan 10, 2024 · 2,310 Views
41 Reposts  5 Quotes  77 Likes
"""), M("atredgoldpryce", "hyphenated", "doxxing", "Tredgold-Pryce"))

add("forum", forum(
    "natter", "Local", "School fund money - what do we actually know?",
    [
        ("QuietQuaker", "25/04/24 20:02", "Trying to separate fact from gossip about the money missing at Cobble Staithe Primary. Anyone actually know anything?"),
        ("FenlandFury", "25/04/24 20:15", "Bloomfield the business manager lives in the bungalow at 12 Tanners Row, NR0 6JD, the one with the new conservatory and the caravan on the drive. Draw your own conclusions."),
        ("QuietQuaker", "25/04/24 20:19", "That's not what I asked and you shouldn't post her address."),
        ("NatterNet Moderator", "25/04/24 20:40", "Message deleted by NatterNet for breaking our Talk Guidelines."),
    ],
), M("school", "alias", "neutral", "Cobble Staithe Primary"),
   M("kbloomfield", "surname_only", "doxxing", "Bloomfield"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Janet Colk
20 July at 10:05 ·
Peggy's leaving do is at Cobble Staithe School on Friday at 3.30, all past pupils welcome!! For anyone who can't make it, cards and flowers for Maggie Dunthorne can be dropped round to her house, 2 Maltings Row, Cobble Staithe, NR0 2EL, she says she'll be in all weekend. Let's fill that front room 💐

64 comments

   Sharon Chettleburgh
   Will drop a card in Saturday x
   Like · Reply · 1d

   Rosie Hammond
   Janet maybe take her address off, it's a public-ish group x
   Like · Reply · 1d
"""), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("mdunthorne", "nickname", "doxxing", "Maggie Dunthorne"))

add("social", text("""
Snapchat · story text (screenshot)

this is o'hallorans number lmaooo 07700 900388 ring him at 3am n breathe heavy 💀💀 year 6 cobble on top
reply: bro ur actually dead if he finds out
reply: who leaked it 😭
"""), M("school", "short_name", "neutral", "cobble"),
   M("cohalloran", "possessive", "doxxing", "o'hallorans"))

add("social", text("""
X · Post

LM Resident @lapwing_lad
The reception teacher at Cobble Staithe School, Raman, lives on Osier Close on Lapwing Meadows, the grey house at the end. Maybe go and have a friendly word about what she's teaching our 4 year olds.
6:18 PM · Mar 5, 2024 · 480 Views
1 Repost  0 Quotes  2 Likes
"""), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("praman", "surname_only", "doxxing", "Raman"))

add("forum", forum(
    "natter", "Special educational needs", "SENCo won't return calls - what are my options?",
    [
        ("MumOfTwoBoys", "10/06/24 13:30", "Third term waiting for an EHCP review at Cobble Staithe CE Primary. The SENCo, Ms Taylor, has cancelled twice. I'm at the end of my tether."),
        ("IPSEA_volunteer", "10/06/24 13:52", "Put everything in writing, copy in the head of school and the LA caseworker. Keep a timeline. You can request an early annual review."),
        ("AngryDadNorfolk", "10/06/24 14:15", "Or just go round. Ms Taylor drives the red Fiesta and lives at 8 Reed Walk, Lapwing Meadows, NR0 3LB. I've had enough of being fobbed off by email."),
        ("MumOfTwoBoys", "10/06/24 14:20", "Please don't post that, I'm not turning up at anyone's house."),
    ],
), M("school", "alias", "negative", "Cobble Staithe CE Primary"),
   M("staylor", "title_surname", "doxxing", "Ms Taylor"))

# --- The school fund inquiry ---------------------------------------------------------------

add("news", news(
    "bugle", "Police called in over missing money at village school",
    "Bugle reporter Owen Thrower", "24 April 2024",
    """
    A member of staff at Cobble Staithe Church of England Primary School has been suspended
    while police investigate a shortfall in the school's voluntary fund, the Bugle
    understands.

    Karen Bloomfield, 48, the school's business manager, is understood to be the member of
    staff concerned. She has not been arrested or charged.

    Executive headteacher Alison Tredgold-Pryce confirmed that "an irregularity" had been
    reported to police by the school itself and said it would be "inappropriate to comment
    further".
    """,
    comments=[
        ("Pat S", "24 Apr 2024", "Innocent until proven guilty, people."),
        ("KJ", "24 Apr 2024", "Knew something was up when the PTA accounts weren't published."),
    ],
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("kbloomfield", "exact", "defamation", "Karen Bloomfield"),
   M("atredgoldpryce", "exact", "neutral", "Alison Tredgold-Pryce"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Marcus Lambert
25 April at 08:44 ·
Karen B has been helping herself to the PTA money for years, everyone on the committee knew and nobody said a word. That's your raffle money and your cake sale money. Cobble can't even keep the tuck shop honest.

47 comments

   Wendy Pointer
   Marcus, she hasn't even been charged. Careful.
   Like · Reply · 1d

   Marcus Lambert
   I said what I said
   Like · Reply · 1d
"""), M("school", "short_name", "negative", "Cobble"),
   M("kbloomfield", "first_initial", "defamation", "Karen B"))

add("review", text("""
Glassdoor · Reviews

Cobble Staithe Church of England Primary School
2.6 ★

"Beautiful school, toxic office"
★★☆☆☆ Class Teacher — Former Employee — Norfolk
Pros: Tiny classes, lovely kids, stunning location, genuinely caring teaching team.
Cons: The business manager K. Bloomfield runs the place like a personal fiefdom: purchase orders vanish if she doesn't like you, and the exec head backs her every time. Three teachers left in two years.
Advice to management: Visit more. Listen to the staff actually in the building.
"""), M("school", "exact", "negative", "Cobble Staithe Church of England Primary School"),
   M("kbloomfield", "initial_surname", "negative", "K. Bloomfield"))

add("social", text(f"""
X · Post

fen watcher @fenwatcher
So the {HG_BLOOMFIELD} woman from Cobble Staithe Primary is back at work after the fund thing. Nothing to see here apparently. Jobsworth dragon with sticky fingers, never liked her.
4:02 PM · Jun 12, 2024 · 301 Views
0 Reposts  0 Quotes  5 Likes
"""), M("school", "alias", "negative", "Cobble Staithe Primary"),
   M("kbloomfield", "homoglyph", "defamation", HG_BLOOMFIELD))

# --- Threats and anger aimed at leaders ---------------------------------------------------

add("social", text("""
X · Post

Jase @jase_fenby
@MrGedge_HoS you're a spineless little weasel. 3 times I've asked about the bullying at Cobble and 3 times you've given me a leaflet. Pathetic.
8:40 PM · Feb 20, 2024 · 96 Views
0 Reposts  0 Quotes  1 Like
"""), M("school", "short_name", "negative", "Cobble"),
   M("tgedge", "handle", "abuse", "@MrGedge_HoS"))

add("facebook", text("""
Fen and Staithe Federation Parents (unofficial)
Private group · 611 members

Tasha Nobbs
1 March at 20:09 ·
I could cheerfully strangle Mr Gedge for putting a non-uniform day, a bake sale AND the trip deposit in the same week 😂😂 (joking obviously, he's lovely, but Cobble is bleeding us dry this month)

12 comments

   Hayley Tuck
   😂 same, I'm baking at 11pm again
   Like · Reply · 2h
"""), M("school", "short_name", "negative", "Cobble"),
   M("tgedge", "title_surname", "negative", "Mr Gedge"))

add("news", news(
    "fcr", "Hoax call forces evacuation of village school",
    "Fen and Coast Radio newsroom", "15 May 2024",
    """
    Pupils at Cobble Staithe Church of England Primary School were evacuated to the church
    next door on Wednesday morning after an anonymous caller claimed there was a device in
    the building.

    Police searched the school and the grounds and declared the call a hoax just after
    midday. Children were back in class after lunch.

    The school thanked parents for staying calm and said a letter would follow. Police
    have asked anyone with information to come forward.
    """,
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"))

add("social", text("""
X · Post

Kev Sturman @kevsturman
If they shut Cobble Staithe School I swear I'll burn the place to the ground myself before I let the county sell it to a developer. Try me.
11:51 PM · Nov 30, 2023 · 870 Views
6 Reposts  1 Quote  20 Likes
"""), M("school", "alias", "threat", "Cobble Staithe School"))

add("social", text("""
TikTok · comments on video by @kestrels.yr6 "last day at cobble staithe primary 😭"

bradleyy.k: mr gedge finna get jumped after school fr 💀 he took my phone
  ↳ ellie.sw: 😭😭 leave him alone
  ↳ bradleyy.k: nah hes getting it
mia.b.2012: gonna miss this place sm 🥺
"""), M("school", "alias", "neutral", "cobble staithe primary"),
   M("tgedge", "title_surname", "threat", "mr gedge"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Ian Purdy
10 January at 22:30 ·
If I see Alison Tredgold-Pryce in this village again I will put her in the dyke myself. I am not joking and I don't care who reads this. Thirty one years Peggy gave that school.

21 comments

   Wendy Pointer
   Ian, please. Take this down. You're better than this.
   Like · Reply · 9h

   Ian Purdy
   I meant every word
   Like · Reply · 9h
"""), M("atredgoldpryce", "exact", "threat", "Alison Tredgold-Pryce"),
   M("mdunthorne", "nickname", "neutral", "Peggy"))

add("news", news(
    "bugle", "Father banned from village school after threatening head",
    "Bugle reporter Ellie Copping", "6 June 2024",
    """
    A father who threatened to "put the head's lights out" in front of children at the
    school gate has been banned from going near Cobble Staithe Church of England Primary
    School.

    Lee Thirtle, 35, of Market Fenby, admitted using threatening behaviour towards head of
    school Thomas Gedge in March. Magistrates gave him a restraining order for two years and
    a fine.

    Mr Gedge said afterwards that he was "grateful to the police and to the parents who
    stood with me that morning".
    """,
    comments=[("Jodie F", "6 Jun 2024", "Good. Mr Gedge didn't deserve that.")],
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("tgedge", "exact", "neutral", "Thomas Gedge"))

# --- Hate aimed at staff ------------------------------------------------------------------

add("social", text("""
X · Post

Union Jack Jim @UJ_Jim_1690
O'Halloran should go back to Ireland and take his rebel songs with him. No Paddy should be teaching British history to our kids at Cobble. Bog off home.
9:15 PM · Nov 11, 2023 · 254 Views
3 Reposts  0 Quotes  7 Likes
"""), M("school", "short_name", "neutral", "Cobble"),
   M("cohalloran", "surname_only", "hate", "O'Halloran"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Roy Kerrison
1 July at 21:02 ·
Mr Gedge and his "husband" holding hands at the summer fayre in front of all the kiddies. Cobble Staithe CE Primary is supposed to be a church school. Unnatural and they know it. Not what I want my grandchildren seeing.

48 comments

   Nina Westgate
   Roy they were holding a tombola bucket between them. Get a life.
   Like · Reply · 5h

   Admin · Wendy Pointer
   Homophobic posts will be removed. This is your only warning.
   Like · Reply · 5h
"""), M("school", "alias", "negative", "Cobble Staithe CE Primary"),
   M("tgedge", "title_surname", "hate", "Mr Gedge"))

add("forum", forum(
    "natter", "Am I being unreasonable?", "AIBU to leave our village Facebook group?",
    [
        ("ShoreLark", "02/07/24 09:14", "Someone in our village group wrote that Mr Gedge and his husband shouldn't be \"flaunting it\" at the Cobble summer fayre. They were running the tombola. I'm so ashamed of where I live some days. AIBU to just leave the group?"),
        ("Mumsy3", "02/07/24 09:30", "YANBU. But maybe stay and be one of the people who pushes back?"),
        ("ShoreLark", "02/07/24 09:41", "Admin did take it down, to be fair. And 40 people told him where to go."),
    ],
), M("school", "short_name", "neutral", "Cobble"),
   M("tgedge", "title_surname", "neutral", "Mr Gedge"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Anonymous participant
22 May at 22:18 ·
Cobble's turning into a special school for every spastic in the county. Half the kids have a "plan", the other half are from the site. No wonder the normal families are moving theirs to Sallow Fen.

30 comments

   Craig Emms
   My son has an EHCP. Come and say that to my face.
   Like · Reply · 2d

   Admin · Wendy Pointer
   Removed and anonymous posting switched off.
   Like · Reply · 2d
"""), M("school", "short_name", "hate", "Cobble"))

# --- Everyday school life ------------------------------------------------------------------

add("blog", blog(
    "school", "Newsletter 12 — Spring term", "Thomas Gedge, Head of School", "22 March 2024",
    """
    Dear families, what a term. Thank you for your patience during the building works and
    for the wonderful turnout at Mothering Sunday in church, where the Revd Askew let Wrens
    ring the bell (hats askew, wellies on the wrong feet, faces beaming).

    Wrens: Mrs Raman's class have hatched eleven ducklings. Names have been chosen by vote.
    Yes, one of them is called Duck Sheeran.

    Owls: Miss Quennell's class have written letters to the county council about the
    closure and all of them have had replies.

    Herons: Ms Taylor reminds families that swimming restarts after Easter. Please send
    goggles with names in.

    Kestrels: Mr O'Halloran's Year 6s are working hard ahead of SATs. Booster breakfasts are
    on Tuesdays and Thursdays from 8am.

    Mrs Dunthorne will be running the Easter egg hunt on the field on the last afternoon,
    weather permitting. Mrs Bloomfield in the office asks that dinner money is paid online
    by Friday.

    Thank you to Mr Spratling and the governors for the new picnic benches.
    """,
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("tgedge", "exact", "neutral", "Thomas Gedge"),
   M("maskew", "title_surname", "neutral", "Revd Askew"),
   M("praman", "title_surname", "neutral", "Mrs Raman"),
   M("yquennell", "title_surname", "neutral", "Miss Quennell"),
   M("staylor", "title_surname", "neutral", "Ms Taylor"),
   M("cohalloran", "title_surname", "neutral", "Mr O'Halloran"),
   M("mdunthorne", "title_surname", "neutral", "Mrs Dunthorne"),
   M("kbloomfield", "title_surname", "neutral", "Mrs Bloomfield"),
   M("rspratling", "title_surname", "neutral", "Mr Spratling"))

add("blog", blog(
    "teacheast", "Class Teacher (Years 3/4, maternity cover) — Cobble Staithe CE Primary", "TeachEast Jobs", "Closing date: 30 April 2024",
    """
    Cobble Staithe CE Primary, part of the Fen and Staithe Federation, is looking for a
    kind, organised and creative class teacher to join our small team from September 2024
    to cover maternity leave in Herons (Years 3 and 4).

    We offer: small mixed-age classes, a supportive team, beautiful grounds on the edge of
    the marshes, strong links with St Mary's church and the village, and an ECT-friendly
    induction programme.

    Salary: MPS/UPS. Visits are warmly welcomed. To arrange one, please contact Karen
    Bloomfield, School Business Manager, on 01632 960733 or office@cobblestaithe-primary.example.
    Informal conversations with the Executive Headteacher, Alison Tredgold-Pryce, can be
    arranged through the office.

    The federation is committed to safeguarding and promoting the welfare of children. An
    enhanced DBS check is required.
    """,
), M("school", "alias", "neutral", "Cobble Staithe CE Primary"),
   M("kbloomfield", "exact", "neutral", "Karen Bloomfield"),
   M("atredgoldpryce", "exact", "neutral", "Alison Tredgold-Pryce"))

add("news", news(
    "weekly", "Are federations the lifeline small rural schools need?",
    "By Priyanka Dutt", "17 October 2023",
    """
    Across England, more than a third of primary schools with fewer than 100 pupils now
    share a head with at least one other school. Supporters say federations keep village
    schools open; critics say they hollow them out.

    Alison Tredgold-Pryce has led the three-school Fen and Staithe Federation in Norfolk
    since 2019. "A head shared across three schools is not a head missing from two," she
    told Schools Weekly. "It's three heads of school, one strategic leader, shared staff
    and shared training."

    One of her schools, Cobble Staithe Church of England Primary School, is now facing
    closure proposals, which she said showed "the limits of what any structure can do
    against a funding formula".
    """,
    comments=[("RuralHead", "18 Oct 2023", "Federations work when the exec head is visible. That's the whole trick.")],
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("atredgoldpryce", "exact", "neutral", "Alison Tredgold-Pryce"))

add("news", news(
    "courant", "Village school rated Good by inspectors despite closure threat",
    "By Hannah Leggett, Education Correspondent", "Friday 8 March 2024",
    """
    Inspectors have judged Cobble Staithe Church of England Primary School to be Good,
    weeks before the county is due to decide whether to close it.

    The report praises the "calm, purposeful" classrooms, the school's work with families
    from the nearby Traveller site and the "expert" support for pupils with special
    educational needs led by Sarah Taylor.

    Head of school Thomas Gedge said: "This is the children's report. They showed the
    inspectors exactly who they are." Inspectors said that reading in Key Stage 2 still
    needed to improve.
    """,
    comments=[
        ("Wendy P", "8 Mar 2024", "Well done everyone! Now let's see County try to close a Good school."),
        ("HalfEmptyHal", "8 Mar 2024", "Reading still needs to improve, they always bury that bit."),
    ],
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("tgedge", "exact", "neutral", "Thomas Gedge"),
   M("staylor", "exact", "neutral", "Sarah Taylor"))

add("blog", blog(
    "pc", "Draft minutes: ordinary meeting, 15 January 2024", "the Parish Clerk", "16 January 2024",
    """
    Present: Cllrs D. Hewitt (Chair), R. Spratling, J. Colk, A. Mace, N. Alcock.

    4. Public participation: three residents of Staithe Road complained again about
    parents parking across driveways at pick-up time. One resident said the school's new
    security floodlight shines into her bedroom until 10pm. The Clerk will write to Cobble
    Staithe School about both matters.

    6. Councillors' reports: Cllr Spratling reported that the drainage works on the Fen
    Road are complete. Cllr Mace asked about the bus shelter glass.

    8. Correspondence: letter from the federation thanking the council for its
    consultation response.
    """,
), M("school", "alias", "negative", "Cobble Staithe School"),
   M("rspratling", "title_surname", "neutral", "Cllr Spratling"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Gemma Sayer
5 February at 15:48 ·
FOUND: a navy book bag with the Cobble Staithe Primary logo by the bus shelter on the Fen Road. Reading book inside (Biff, Chip and Kipper, Level 4 😊) and a very squashed satsuma. I've handed it in at the shop.

3 comments

   Hayley Tuck
   Thank you! I think it's the Loades boy's x
   Like · Reply · 1h
"""), M("school", "alias", "neutral", "Cobble Staithe Primary"))

add("social", text("""
Instagram · post by cobblestaitheprimary

cobblestaitheprimary Harvest festival at St Mary's this morning with Revd Miriam Askew 🌾🍎 Thank you for all your donations for the Market Fenby food bank, 94 bags! #harvest #churchschool
View all 11 comments
foodbank_fenby Thank you so much everyone! 💛
grannyjan54 Lovely singing x
29 SEPTEMBER
"""), M("school", "handle", "neutral", "cobblestaitheprimary"),
   M("maskew", "exact", "neutral", "Miriam Askew"))

add("blog", blog(
    "smallschools", "Interview: the executive head holding three village schools together", "Dr Rhiannon Pask", "6 November 2023",
    """
    Alison Tredgold-Pryce started teaching in 1996 in a two-class school in the Fens. "I
    have only ever wanted to work in small schools," she says. "They are the last place
    where a teacher knows every child and every child's granny."

    She took on the Fen and Staithe Federation in 2019, when Sallow Fen and Brundle Staithe
    had both lost their heads in the same term. Cobble Staithe CE Primary joined a year later.

    I ask her about the anger in the village. She pauses. "People love their school. They
    should be angry when it's threatened. I just wish they were angry at the funding rather
    than at Peggy's line manager."

    Does she read the Facebook group? "Never. My husband does, and then he hides my phone."
    """,
), M("school", "alias", "neutral", "Cobble Staithe CE Primary"),
   M("atredgoldpryce", "exact", "neutral", "Alison Tredgold-Pryce"),
   M("mdunthorne", "nickname", "neutral", "Peggy"))

# --- More anger, rumour and spite ---------------------------------------------------------

add("facebook", text("""
Broadland Farmers & Friends
Private group · 3.1K members

Tony Emms
9 November at 21:35 ·
Seen the Agitator piece about the chair of governors at Cobble Staithe School flogging land for Lapwing. Someone ought to run Spratling off the Fen Road with his own grain trailer and see how he likes the mess he's made. Sold us all down the river.

17 comments

   Sue Thrower
   Tony you can't write that about anyone, let alone a neighbour
   Like · Reply · 8h

   Glenn Copping
   He's done nothing illegal mate, it was his land
   Like · Reply · 8h
"""), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("rspratling", "surname_only", "threat", "Spratling"))

add("social", text("""
X · Post

Stevo @stevo_nfk_1988
Ged*e better hope I don't catch him in the car park at Cobble Staithe Primary on Monday. Excluding my lad for a week over a fight he didnt start. We'll see how brave he is without a desk in front of him
10:10 PM · May 17, 2024 · 144 Views
0 Reposts  0 Quotes  2 Likes
"""), M("school", "alias", "negative", "Cobble Staithe Primary"),
   M("tgedge", "obfuscated", "threat", "Ged*e"))

add("social", text("""
Snapchat · group chat screenshot "y6 cobble 😈"

ryan_b: ima batter mr o'haloran if he gives me another detention fr
josh.x: he'd sit on u 💀
ryan_b: nah im serious wait till the bus
maisie: ur 10 ryan calm down
"""), M("school", "short_name", "neutral", "cobble"),
   M("cohalloran", "typo", "threat", "mr o'haloran"))

add("forum", forum(
    "eachat", "Norfolk", "Cobble Staithe vicar backing the nativity - thoughts?",
    [
        ("Crusader_1215", "04/12/23 23:48", "Rev M. Askew wants to remember that old vicarages burn very nicely in a dry December. Just an observation. Preach your politics and see what happens."),
        ("BroadsBob", "05/12/23 07:12", "Reported. You're a sad little man."),
        ("Eel_Catcher", "05/12/23 08:30", "The old vicarage was sold in 1970 anyway, she lives in a new-build next to the church hall. Not that that makes your post any less vile."),
    ],
), M("maskew", "initial_surname", "threat", "M. Askew"))

add("social", text("""
X · Post

Mick 🇬🇧 @MickTheMarsh
Somebody needs to T.r.e.d.g.o.l.d-P.r.y.c.e her way out of the county, feet first preferably. Wrecked Cobble Staithe and she'll do the same to the next village
12:22 AM · Jan 11, 2024 · 233 Views
1 Repost  0 Quotes  4 Likes
"""), M("atredgoldpryce", "spacing", "threat", "T.r.e.d.g.o.l.d-P.r.y.c.e"))

add("facebook", text("""
Save Cobble Staithe School
Community · 1,402 followers

Save Cobble Staithe School
7 March at 18:00 ·
Update: the cabinet meeting is on the 21st. Please come to County Hall, bring placards (KIND placards please). Our page rules: no abuse, no threats, no personal attacks on staff.

54 comments

   Kev Sturman
   If County closes it I hope somebody torches Cobble before the developers get their hands on it. Better a pile of ash than a car park.
   Like · Reply · 1d

   Save Cobble Staithe School
   Kev, comment hidden. That is exactly what we asked people not to do.
   Like · Reply · 1d
"""), M("school", "alias", "threat", "Cobble Staithe School"))

add("facebook", text("""
Lapwing Meadows Residents
Private group · 389 members

Darren Pike
26 October at 20:41 ·
My boy came home from reception talking about Eid and halal. If that Raman woman teaches him one more thing about her religion I'll be waiting for her at the gate and it won't be for a chat. Cobble Staithe Primary is supposed to be C of E.

31 comments

   Amy Cartwright
   Reported to admin. You can't threaten a teacher, Darren.
   Like · Reply · 3h

   Fiona Beales
   It was RE. It's on the national curriculum. Every school does it.
   Like · Reply · 3h
"""), M("school", "alias", "neutral", "Cobble Staithe Primary"),
   M("praman", "surname_only", "threat", "Raman"))

add("forum", forum(
    "natter", "Special educational needs", "EHCP refused again - venting",
    [
        ("BlueHeronMum", "14/05/24 22:03", "Third refusal. The school keeps saying they 'can meet need within resources'. The SENCo at Cobble Staithe CE Primary, Sarah T, told me to my face it would go through. If he ends up out of school again I swear I'll wring her neck, she's been warned."),
        ("IPSEA_volunteer", "14/05/24 22:20", "It's the LA that refuses, not the SENCo. Appeal to tribunal, you have two months. I know it's awful."),
        ("BlueHeronMum", "14/05/24 22:31", "I know. I'm sorry. I didn't mean the neck thing. I'm just so tired."),
    ],
), M("school", "alias", "negative", "Cobble Staithe CE Primary"),
   M("staylor", "first_initial", "threat", "Sarah T"))

add("social", text("""
X · Post

KJ @kj_fenby
That thieving Bloomfeild at Cobble Staithe School wants her hands cut off like they did in the old days. Kids' raffle money. Let's see her type a purchase order then
9:05 PM · Apr 25, 2024 · 187 Views
0 Reposts  0 Quotes  3 Likes
"""), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("kbloomfield", "typo", "threat", "Bloomfeild"))

add("forum", forum(
    "eachat", "Politics", "Nativity teacher back at work?",
    [
        ("Stormin_Norman", "08/01/24 21:14", "Heard the nativity one is back in the classroom. Hope Y. Quennell enjoyed her Christmas. Might be the last one she spends in that cottage if she keeps it up."),
        ("Mod_Sally", "08/01/24 21:40", "Post left up so the police can see it. Thread locked."),
    ],
), M("yquennell", "initial_surname", "threat", "Y. Quennell"))

add("social", text("""
X · Post

Marshman @marshman_nfk
Spr4tl1ng's barn went up last winter. Funny that. House next maybe, if he keeps selling Cobble Staithe off to Hallam Homes 🔥🔥
11:41 PM · Mar 22, 2024 · 402 Views
2 Reposts  0 Quotes  9 Likes
"""), M("rspratling", "leetspeak", "threat", "Spr4tl1ng"))

add("social", text("""
X · Post

anon @burner_20240319
C. O'Halloran, Kestrels, Cobble Staithe. I know which car is yours and I know what time you leave. Keep your Irish opinions out of my son's history lessons.
2:14 AM · Mar 19, 2024 · 58 Views
0 Reposts  0 Quotes  0 Likes
"""), M("cohalloran", "initial_surname", "threat", "C. O'Halloran"))

add("social", text("""
X · Post

no name @nn84729301
there's a little surprise in the boiler room at Cobble Staithe CE Primary. enjoy your evacuation, see you next week for round two
8:03 AM · May 22, 2024 · 31 Views
0 Reposts  0 Quotes  0 Likes
"""), M("school", "alias", "threat", "Cobble Staithe CE Primary"))

add("facebook", text("""
Fen and Staithe Federation Parents (unofficial)
Private group · 611 members

Carl Eke
20 May at 19:50 ·
For the record I'm not going to lay a finger on Mr Gedge, before anyone reports me again. But excluding a 9 year old for a week is a joke and Cobble should be ashamed of itself. I'll be at the governors meeting with a list.

22 comments

   Ann Beales
   Good, take a list. That's what the meeting is for.
   Like · Reply · 6h
"""), M("school", "short_name", "negative", "Cobble"),
   M("tgedge", "title_surname", "negative", "Mr Gedge"))

add("social", text("""
Instagram · post by kestrel_mum_of_3

kestrel_mum_of_3 Muddy walk on the marsh with my class-rep crew 🥾 and yes I am wearing my Cobble Staithe Primary PTA hoodie in public. Mrs Dunthorne will kill me when she sees these photos of the state of my trainers 😂 #marshlife #PTA
View all 9 comments
gemma_sayer 😂😂 she will
hayleytuckk iconic
14 APRIL
"""), M("school", "alias", "neutral", "Cobble Staithe Primary"),
   M("mdunthorne", "title_surname", "neutral", "Mrs Dunthorne"))

# hate
add("social", text("""
Reddit · r/norfolkuk · Posted by u/sugarbeet_sam · 4 mo. ago

Moving to Broadland - which primaries near the Broads?

   u/fenboy_throwaway · 4 mo. ago
   Not Cobble Staithe Primary, it's basically pikey daycare now. Kids from the site run the place and the teachers are too woke to say anything.

   u/quietmarsh · 4 mo. ago
   This is just racist. It's a Good-rated school with a lovely team. Ignore the guy above.

   u/sugarbeet_sam · 4 mo. ago
   Thanks, we'll visit a few and make our own minds up.
"""), M("school", "alias", "hate", "Cobble Staithe Primary"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Roy Kerrison
16 March at 17:12 ·
Remembrance assembly at Cobble and that O'Haloran didn't wear a poppy. What do you expect from a thick Irish Fenian, they've hated us for 800 years. Get him out of our school.

27 comments

   Nina Westgate
   He wore a poppy Roy, I was there. And even if he hadn't, that's foul.
   Like · Reply · 4d

   Admin · Wendy Pointer
   Removed. Roy, you've been warned twice now.
   Like · Reply · 4d
"""), M("school", "short_name", "neutral", "Cobble"),
   M("cohalloran", "typo", "hate", "O'Haloran"))

add("social", text(f"""
X · Post

Albion Rising @albion_rising_88
Mrs {HG_RAMAN} at Cobble Staithe School wants her heathen festivals in a Christian school. Go and do it in your own country. We didn't vote for this
1:40 AM · Nov 13, 2023 · 97 Views
0 Reposts  0 Quotes  2 Likes
"""), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("praman", "homoglyph", "hate", HG_RAMAN))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Anonymous participant
3 July at 23:45 ·
Tommy Gedge the bender running the tombola with his boyfriend. Cobble Staithe CE Primary gets worse every year. Keep your perversions away from children.

9 comments

   Admin · Wendy Pointer
   Member removed from the group. Screenshots sent to police.
   Like · Reply · 7h
"""), M("school", "alias", "negative", "Cobble Staithe CE Primary"),
   M("tgedge", "nickname", "hate", "Tommy Gedge"))

add("blog", blog(
    "agitator", "A church school, a lesbian rector and a village that wasn't asked", "Ray Drury", "12 January 2024",
    """
    I make no apology for returning to St Mary's. Our parish church, and by extension
    Cobble Staithe Church of England Primary School, which it is supposed to guide, is in
    the hands of Miriam Askew.

    Readers have asked me why I keep writing about her. Here is why: a village that was
    never consulted now has a rector whose "lifestyle" is the very thing the Bible she
    preaches from condemns, sitting on the board of a school of four year olds. People like
    her are a sickness in the Church of England and our children are being taught to
    applaud it.

    Meanwhile the school's results slide.
    """,
    comments=[
        ("Ros", "12 Jan 2024", "This is homophobic garbage, Ray. Miriam is a kind and brave priest."),
        ("Dennis B", "13 Jan 2024", "Say it louder Ray."),
    ],
), M("school", "exact", "negative", "Cobble Staithe Church of England Primary School"),
   M("maskew", "exact", "hate", "Miriam Askew"))

add("social", text("""
X · Post

Bulldog Billy @billy_bulldog_1966
CobbleStaithePrimary is officially a traveller school now. Teach them to read? Teach them to stop nicking diesel first. Avoid like the plague if you're a normal family.
7:19 PM · Feb 14, 2024 · 172 Views
0 Reposts  0 Quotes  3 Likes
"""), M("school", "camelcase", "hate", "CobbleStaithePrimary"))

add("social", text("""
TikTok · comments on video by @broads.life "POV your village primary school has 88 kids"

fenland_lad_09: cobble is full of gyppos anyway, no wonder no one wants to go 😂
  ↳ levi.lee.x: come say that to my face 🙂
  ↳ fenland_lad_09: 💀💀
rosie.marsh: my mum went there and my nan and now my sister 💛
"""), M("school", "short_name", "hate", "cobble"))

add("social", text("""
X · Post

T @truebrit_t
Reception teacher at Cobble Staithe School is called R a m a n. Let that sink in. In a village where everyone's named Gotts or Loades. This country is finished
3:02 PM · Oct 28, 2023 · 88 Views
0 Reposts  0 Quotes  1 Like
"""), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("praman", "spacing", "hate", "R a m a n"))

# sexual
add("forum", forum(
    "eachat", "Off Topic", "swimming gala pics?",
    [
        ("fenwatcher77", "18/06/24 01:12", "Does anyone have the photos from the Cobble Staithe Primary swimming gala at Market Fenby pool last week? Especially the Year 5 and 6 girls' relay. PM me, will swap."),
        ("Mod_Sally", "18/06/24 07:03", "Account banned and reported to police and CEOP. Do not reply to this user."),
    ],
), M("school", "alias", "sexual", "Cobble Staithe Primary", url_only=True))

add("facebook", text("""
Fen and Staithe Federation Parents (unofficial)
Private group · 611 members

Anonymous participant
29 January at 22:37 ·
Has anyone else noticed O'Halloran keeps the same couple of Year 6 girls back at lunch, door shut, every week? "Booster maths." Draw your own conclusions. Cobble has always protected its own.

41 comments

   Kayleigh Rix
   The booster group is 9 kids in the library with the door open and a TA. My daughter's in it. Delete this.
   Like · Reply · 10h

   Admin · Stacey Blowers
   Removed and the school's DSL has been informed of the post.
   Like · Reply · 10h
"""), M("school", "short_name", "sexual", "Cobble", url_only=True),
   M("cohalloran", "surname_only", "sexual", "O'Halloran", url_only=True))

add("forum", forum(
    "natter", "Chat", "Teachers you'd leave your husband for (light-hearted!)",
    [
        ("ProseccoPam", "22/02/24 21:50", "Mine is Mr Gedge at Cobble. Yes I know he's gay. A girl can dream. He can give me a private lesson on fractions any time."),
        ("DoubleDenim", "22/02/24 21:58", "😂 Pam you are terrible. Mine is the PE teacher at Sallow Fen, thighs like a rugby player."),
        ("ProseccoPam", "22/02/24 22:05", "This thread is going to end up in the Bugle."),
    ],
), M("school", "short_name", "neutral", "Cobble"),
   M("tgedge", "title_surname", "sexual", "Mr Gedge"))

add("facebook", text("""
Cobble Staithe Remembered
Public group · 1.7K members

Ray Drury
12 March at 14:25 ·
School photo, Cobble Staithe School, summer 1979. Back row left is a very young Peggy Cubitt, first year as a dinner lady before she married Alan Dunthorne.

23 comments

   Tony Emms
   Peggy Cubitt in 1979 😍 phwoar. Half the lads in the village were in love with her. That skirt!
   Like · Reply · 1w

   Janet Colk
   Tony you are 71 years old 😂 behave
   Like · Reply · 1w

   Roger H
   That's my brother front row with the black eye
   Like · Reply · 1w
"""), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("mdunthorne", "nickname", "sexual", "Peggy Cubitt"))

add("social", text("""
TikTok · comments on video by @sallowfen.sixthform "teachers we had a crush on 🫣"

megan.rose06: miss quennell in year 2 ngl she was so pretty i wanted to marry her 😭
  ↳ hollyyy: she was everyone's first crush at cobble
josh_b_2006: mr o'halloran's beard was a religion
"""), M("school", "short_name", "neutral", "cobble"),
   M("yquennell", "title_surname", "sexual", "miss quennell"),
   M("cohalloran", "possessive", "neutral", "o'halloran's"))

add("news", news(
    "courant", "Man jailed for filming pupils through village school fence",
    "By Court Reporter Sian Leeder", "Friday 27 September 2024",
    """
    A man who secretly filmed children in the playground of a village primary school from a
    public footpath has been jailed for 18 months.

    Keith Norgate, 58, of no fixed address, was seen by a teaching assistant at Cobble
    Staithe Church of England Primary School pointing a phone through the hedge on three
    separate days in June. Police found more than 200 clips of children on his devices.

    The judge praised the member of staff who noticed him and the school's "swift and
    sensible" response.
    """,
), M("school", "exact", "sexual", "Cobble Staithe Church of England Primary School", url_only=True))

# doxxing
add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Roy Kerrison
4 July at 08:12 ·
Since everyone is so keen on "inclusion", Gedge from Cobble Staithe School lives at the Old Forge on Mill Lane with his fella. Go and tell him what you think of his fayre.

12 comments

   Admin · Wendy Pointer
   Removed. Roy is no longer a member of this group.
   Like · Reply · 2h
"""), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("tgedge", "surname_only", "doxxing", "Gedge"))

add("blog", blog(
    "agitator", "The executive head and the converted barn", "Ray Drury", "30 January 2024",
    """
    Alison Tredgold-Pryce tells the papers she "cannot spend money she does not have". She
    seems to manage at home. For those who want to write to her somewhere other than the
    federation inbox she hides behind, she lives at Rookery Barn, Hethwold Road, NR0 8TS,
    a four-bedroom conversion with a paddock.

    I am not suggesting anything. I am suggesting that parents at Cobble Staithe Church of
    England Primary School, who are losing their TA, might like to ask where the money goes.
    """,
    comments=[
        ("Chris", "30 Jan 2024", "Putting her home address up is a new low even for you, Ray."),
        ("Dennis B", "31 Jan 2024", "Public record mate."),
    ],
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("atredgoldpryce", "exact", "doxxing", "Alison Tredgold-Pryce"))

add("facebook", text("""
Broadland Farmers & Friends
Private group · 3.1K members

Marcus Lambert
12 November at 19:30 ·
If you want answers about the Lapwing land deal and the school, don't bother with the governors' email. Ring Bobby Spratling on his own mobile, 07700 900215, he's the chair at Cobble Staithe Primary, he answers after milking.

8 comments

   Glenn Copping
   Mate that's his private number. Take it down.
   Like · Reply · 2h
"""), M("school", "alias", "neutral", "Cobble Staithe Primary"),
   M("rspratling", "nickname", "doxxing", "Bobby Spratling"))

add("social", text("""
X · Post

Real Anglican @real_anglican
The Cobble Staithe rector won't answer letters, so here's her personal mobile: 07700 900771. Revd Askew, school governor, happy to lecture us from the pulpit. Let her hear from the parish.
6:30 PM · Dec 3, 2023 · 512 Views
4 Reposts  0 Quotes  11 Likes
"""), M("maskew", "title_surname", "doxxing", "Revd Askew"))

add("forum", forum(
    "eachat", "Norfolk", "Irish teacher at the village school",
    [
        ("Crusader_1215", "20/03/24 22:10", "The Cobble Staithe Primary teacher who thinks he's Michael Collins, O'Halloran, lives at 14 Heron Close in Market Fenby. Silver Skoda. Just so people know who's teaching their kids."),
        ("BroadsBob", "20/03/24 22:25", "Why do you keep doing this? Reported again."),
    ],
), M("school", "alias", "neutral", "Cobble Staithe Primary"),
   M("cohalloran", "surname_only", "doxxing", "O'Halloran"))

add("facebook", text("""
Fen and Staithe Federation Parents (unofficial)
Private group · 611 members

Donna Leeder
27 April at 10:10 ·
Karen Bloomfield's private email is karenbloom72@mailbox.example if anyone wants to ask her directly where the tuck shop money went. She's "suspended" so she won't be reading the school one. Cobble Staithe School won't tell us anything.

19 comments

   Glenn Copping
   Donna. Again. You can't do this.
   Like · Reply · 1h
"""), M("school", "alias", "negative", "Cobble Staithe School"),
   M("kbloomfield", "exact", "doxxing", "Karen Bloomfield"))

add("social", text("""
Snapchat · story text (screenshot)

mrs raman's actual phone number 07700 900502 😂😂 found it on the wrens class trip letter, ring her n say ur the duck
reply: thats so mean she's nice
reply: cobble staithe primary finest 💀
"""), M("school", "alias", "neutral", "cobble staithe primary"),
   M("praman", "title_surname", "doxxing", "mrs raman"))

# defamation
add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Lorraine Peake
24 July at 09:30 ·
Not gossiping but my niece helped at the Cobble leavers' disco and says Tom G was staggering drunk by 8, slurring his words, had to be driven home by one of the dads. In charge of 20 eleven year olds. If that was any of us we'd be sacked.

35 comments

   Nina Westgate
   He was on orange squash all night Lorraine, I was on the door with him. He'd done his ankle in at sports day.
   Like · Reply · 3d

   Lorraine Peake
   Well that's not what I heard
   Like · Reply · 3d
"""), M("school", "short_name", "neutral", "Cobble"),
   M("tgedge", "first_initial", "defamation", "Tom G"))

add("forum", forum(
    "natter", "Primary education", "Teacher hit my friend's son? What would you do",
    [
        ("LapwingLass", "11/10/24 20:33", "Friend's son at Cobble Staithe CE Primary came home saying Mr O'Halloran whacked a boy's hand with a ruler for talking. Apparently it's happened before and the school keeps it quiet. Would you go to the police or the school first?"),
        ("ThreeUnderFive", "11/10/24 20:50", "Second-hand from a 10 year old? I'd ask the school calmly before telling anyone else."),
        ("LapwingLass", "11/10/24 21:05", "She said three kids saw it. They're covering for him, I'm sure of it."),
    ],
), M("school", "alias", "defamation", "Cobble Staithe CE Primary"),
   M("cohalloran", "title_surname", "defamation", "Mr O'Halloran"))

add("facebook", text("""
Lapwing Meadows Residents
Private group · 389 members

Darren Pike
14 June at 21:55 ·
Everyone knows the phonics check results in reception were fiddled. Priya R sat the kids down and gave them the answers so the numbers look good before the closure decision. My neighbour works in the office at County and says they're looking at it.

14 comments

   Fiona Beales
   The phonics check is in Year 1, not reception. So no.
   Like · Reply · 2d
"""), M("praman", "first_initial", "defamation", "Priya R"))

add("news", news(
    "bugle", "Claims school 'massaged' attendance figures denied by federation",
    "Bugle reporter Owen Thrower", "18 March 2024",
    """
    The Fen and Staithe Federation has rejected claims, circulating on social media, that
    Cobble Staithe Church of England Primary School kept pupils on its roll who had left the
    area to inflate its numbers ahead of the county's closure decision.

    A post shared more than 400 times alleged that "at least 8 ghost pupils" were on the
    register. The federation said its census return was "accurate, audited and submitted
    in the usual way".
    """,
    comments=[
        ("Fenby_Dave", "18 Mar 2024", "No smoke without fire. That school has been fiddling numbers for years to save its own skin."),
        ("Anna M", "18 Mar 2024", "The census is checked by the DfE. Nobody can just make up children."),
    ],
), M("school", "exact", "defamation", "Cobble Staithe Church of England Primary School"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Dennis Bunn
2 February at 18:44 ·
Where's the money from the church school fund gone then? 6 grand raised for the new hall roof at St Mary's and Cobble Staithe School. Askew's been dipping into it for the vicarage kitchen, my brother in law is on the PCC and he's seen the invoices.

26 comments

   Rosie Hammond
   The PCC minutes are public Dennis, the money is in the bank and the roof work starts in May.
   Like · Reply · 6d

   Dennis Bunn
   Course it is. And I'm the Archbishop of Canterbury.
   Like · Reply · 6d
"""), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("maskew", "possessive", "defamation", "Askew's"))

add("forum", forum(
    "farmgate", "Rural life", "Planning permission - who you know",
    [
        ("old_ferguson", "19/11/23 21:00", "Lapwing Meadows went through planning in six weeks. Robert Spratling's in the same lodge as the head of planning at the district, everyone knows it. That's how you get 200 houses on grade 2 land and the rest of us can't get a shed through."),
        ("sheepdip", "19/11/23 21:12", "You can't say that without proof mate."),
        ("old_ferguson", "19/11/23 21:20", "He's chair of governors at Cobble Staithe Primary too, funny how that school's suddenly for the chop when his field's next to it."),
    ],
), M("school", "alias", "neutral", "Cobble Staithe Primary"),
   M("rspratling", "exact", "defamation", "Robert Spratling"))

# --- Insults, grudges and a few kind words -----------------------------------------------

add("forum", forum(
    "staffroom", "Leadership", "Working for an exec head who's never in the building",
    [
        ("rural_ks2", "03/02/24 18:40", "I did two years at CSPS (small Norfolk primary, three-school federation) before I escaped. I knew the exec head as Alison Tredgold when she was a deputy in the Fens and she was brilliant then. Now it's all spreadsheets and Teams calls. Nobody on site could make a decision without her and she was never on site."),
        ("Reg_Deputy", "03/02/24 18:55", "Classic federation problem. Heads of school with responsibility and no authority."),
        ("rural_ks2", "03/02/24 19:02", "Exactly. The head of school there is lovely but she'd overrule him by email at 10pm."),
    ],
), M("school", "alias", "negative", "CSPS"),
   M("atredgoldpryce", "alias", "negative", "Alison Tredgold"))

add("social", text("""
TikTok · comments on video by @culturewarwatch "nativity teacher update 🎄"

brexitbarry1: YsoldeQuennell trending again lmaooo what a clown. degree in colouring in and a chip on her shoulder about normal people
  ↳ jenny.k.norfolk: she's a year 1 teacher barry leave it
  ↳ brexitbarry1: clown 🤡
mo_salah_fan_11: why is this still going
"""), M("yquennell", "camelcase", "abuse", "YsoldeQuennell"))

add("facebook", text("""
Norfolk SEND Parents Support
Private group · 4.6K members

Craig Emms
7 June at 21:18 ·
Rant incoming. The SENCo at Cobble Staithe Primary, Sarah Taylor, is as thick as mince. Useless woman. Couldn't organise a piss-up in a brewery, never mind a provision map. How is she in charge of anything?

18 comments

   Michelle Gedney
   I'm sorry you're having a hard time but name-calling her won't get your son his support. Try the IASS line.
   Like · Reply · 4h

   Craig Emms
   I know. Just fuming.
   Like · Reply · 4h
"""), M("school", "alias", "negative", "Cobble Staithe Primary"),
   M("staylor", "exact", "abuse", "Sarah Taylor"))

add("review", text("""
Cobble Staithe Church of England Primary School
Primary school

Google reviews

Lee Thirtle
2 reviews
★☆☆☆☆ 6 months ago
Lovely teachers shame about the office dragon Mrs Bloomfield, rudest woman in Norfolk, looks at you like something on her shoe. Face like a slapped arse every single morning. Don't bother ringing.
"""), M("school", "exact", "negative", "Cobble Staithe Church of England Primary School"),
   M("kbloomfield", "title_surname", "abuse", "Mrs Bloomfield"))

add("forum", forum(
    "natter", "Primary education", "Year 6 teacher is so smug",
    [
        ("OwlMum2", "19/09/24 20:05", "Parents evening at Cobble. Ciaran O'Halloran spent ten minutes telling me how my son 'could be so much more' with a little smirk. Smug git. Thinks he's God's gift because half the mums fancy him. Arrogant prick."),
        ("FenTigerMum", "19/09/24 20:20", "Ha, my DS loves him. But I can see how he'd rub some people up the wrong way."),
        ("OwlMum2", "19/09/24 20:31", "The school are all over him like he's a saint."),
    ],
), M("school", "short_name", "negative", "Cobble"),
   M("cohalloran", "alias", "abuse", "Ciaran O'Halloran"))

add("blog", blog(
    "agitator", "Letters: the Rector replies, and so do you", "Ray Drury", "20 December 2023",
    """
    The Rector of Cobble Staithe has written to me (on headed paper, no less) asking me to
    "consider the effect of my words on real people". I consider it all the time. That is
    rather the point.

    Several readers have written in too. I print a selection, trimmed for length.

    "Askew is a happy-clappy bint with a guitar who thinks Jesus was a social worker. She
    should be defrocked and sent to a nunnery." — D.B., Church Marsh

    "Ray, you are a bully and I'm cancelling my donation." — R.H.

    "Every word true. Keep going." — Name and address supplied
    """,
    comments=[("Ros", "20 Dec 2023", "You printed the bint one. Of course you did.")],
), M("maskew", "surname_only", "abuse", "Askew"))

add("social", text("""
X · Post

Shaz @sharon_c_norfolk
G e d g e is a spineless jellyfish and I've said it to his face. Three reports about my daughter being bullied at Cobble and all we got was a "restorative conversation". Useless, gutless little man
8:17 PM · Jun 3, 2024 · 119 Views
0 Reposts  0 Quotes  2 Likes
"""), M("school", "short_name", "negative", "Cobble"),
   M("tgedge", "spacing", "abuse", "G e d g e"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Bill Pointer
10 January at 11:03 ·
Going to be unpopular but old battleaxe Dunthorne should have retired when Thatcher did. Face like a bulldog chewing a wasp, scared the life out of my two when they were at Cobble Staithe School. Sentimental nonsense on here.

44 comments

   Kerry-Ann Loades
   Wow Bill. Out of order.
   Like · Reply · 2d

   Bill Pointer
   Just saying what some people think
   Like · Reply · 2d
"""), M("school", "alias", "neutral", "Cobble Staithe School"),
   M("mdunthorne", "surname_only", "abuse", "Dunthorne"))

add("social", text("""
X · Post

Norfolk Nana @norfolknana_
Cruella de Vil has nothing on AlisonTredgoldPryce. Heartless, smirking, overpaid witch. Cut the TAs at Cobble Staithe Primary and swanned off on a conference in Harrogate the same week
9:02 AM · Jan 18, 2024 · 744 Views
12 Reposts  1 Quote  48 Likes
"""), M("school", "alias", "negative", "Cobble Staithe Primary"),
   M("atredgoldpryce", "camelcase", "abuse", "AlisonTredgoldPryce"))

add("social", text("""
Reddit · r/norfolkuk · Posted by u/marsh_mallow · 2 mo. ago

Reception teachers - am I being precious?

   u/marsh_mallow · 2 mo. ago
   My kid started at Cobble Staithe CE Primary in September. P. Raman is a patronising cow. Talks to parents like we're the ones in reception. Anyone else had this?

   u/lapwing_resident · 2 mo. ago
   She's been great with us honestly. Maybe just a bad first meeting?
"""), M("school", "alias", "neutral", "Cobble Staithe CE Primary"),
   M("praman", "initial_surname", "abuse", "P. Raman"))

add("news", news(
    "bugle", "County confirms: Cobble Staithe school to stay open",
    "Bugle reporter Owen Thrower", "22 March 2024",
    """
    Cobble Staithe Church of England Primary School will stay open, the county's cabinet
    decided on Thursday, after a five-month campaign by parents, villagers and the parish
    church.

    Cabinet members cited rising numbers from the Lapwing Meadows estate, the school's Good
    inspection and "the strength of community feeling". The decision will be reviewed in
    three years.

    Executive headteacher Alison Tredgold-Pryce thanked families "for every letter, every
    placard and every cake". Chair of governors Robert Spratling said he was "relieved and
    proud". The Revd Miriam Askew rang the church bell at 4pm. Head of school Tom Gedge told
    the Bugle the children had "cheered the roof off".
    """,
    comments=[
        ("Wendy P", "22 Mar 2024", "WE DID IT. Thank you everyone."),
        ("Fenman72", "22 Mar 2024", "Spr*tling taking the credit now, greedy old git. He'd have sold the playground for a fiver."),
        ("Anna M", "22 Mar 2024", "So happy for the kids."),
    ],
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("atredgoldpryce", "exact", "neutral", "Alison Tredgold-Pryce"),
   M("rspratling", "exact", "abuse", "Robert Spratling"),
   M("maskew", "exact", "neutral", "Miriam Askew"),
   M("tgedge", "alias", "neutral", "Tom Gedge"))

add("social", text("""
TikTok · comments on video by @yr2.owls.memories "reading corner tour 📚"

liv.xoxo: quennell looks like a wet lettuce in a cardigan 💀 couldnt control a class of hamsters
  ↳ harriet.m_: she's literally the nicest teacher ever wtf
  ↳ liv.xoxo: nice ≠ good
poppy.b.2015: i miss owls class 😭
"""), M("yquennell", "surname_only", "abuse", "quennell"))

add("social", text("""
Instagram · comments on a post by fenby_pta_mums

fenby_pta_mums Cake sale smashed it 🍰 £412 for Cobble Staithe Primary minibus fund!
View all 17 comments
marsh_mama_jo Bl00mf1eld better not be on the till, she'll scare the customers off 👀 miserable old trout
jess_t_87 😂😂 stop
fenby_pta_mums Well done everyone ❤️
"""), M("school", "alias", "neutral", "Cobble Staithe Primary"),
   M("kbloomfield", "leetspeak", "abuse", "Bl00mf1eld"))

add("review", text("""
Glassdoor · Reviews

Cobble Staithe Church of England Primary School
2.6 ★

"Leadership hides problems from inspectors"
★☆☆☆☆ Teaching Assistant — Former Employee
Pros: Children, families, the marsh.
Cons: Before the inspection T. Gedge went through the behaviour log and deleted incidents so the numbers looked better. The school hid two serious assaults on staff from inspectors. Anyone who raised it was frozen out.
Advice to management: Stop covering things up.
"""), M("school", "exact", "defamation", "Cobble Staithe Church of England Primary School"),
   M("tgedge", "initial_surname", "defamation", "T. Gedge"))

add("news", news(
    "courant", "Federation head faces independent inquiry over expenses",
    "By Hannah Leggett, Education Correspondent", "Wednesday 17 April 2024",
    """
    The executive headteacher of a Norfolk school federation is facing an independent
    investigation into her expenses claims, the Courant can reveal.

    Alison Tredgold-Pryce, who leads Cobble Staithe Church of England Primary School,
    Sallow Fen Primary and Brundle Staithe Primary, remains in post while the review takes
    place.

    Robert Spratling, chair of the federation's governing board, said governors had
    commissioned the review "after concerns were raised, as any responsible board would".
    He said it would be "wrong to prejudge the outcome".
    """,
    comments=[("Jen_from_Fenby", "17 Apr 2024", "Told you so. Mileage to schools she never visited.")],
), M("school", "exact", "neutral", "Cobble Staithe Church of England Primary School"),
   M("atredgoldpryce", "exact", "defamation", "Alison Tredgold-Pryce"),
   M("rspratling", "exact", "neutral", "Robert Spratling"))

add("facebook", text("""
Fen and Staithe Federation Parents (unofficial)
Private group · 611 members

Anonymous participant
15 February at 20:02 ·
Ms Quennell's "stress" seems to involve a lot of beach walks in Cornwall going by her sister's Instagram. Signed off on full pay while our kids have had four supply teachers. Some of us can't afford to be "stressed". Cobble Staithe School should be checking.

29 comments

   Kayleigh Rix
   She was threatened and had her address posted online. Have some decency.
   Like · Reply · 1d
"""), M("school", "alias", "negative", "Cobble Staithe School"),
   M("yquennell", "title_surname", "defamation", "Ms Quennell"))

add("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Anonymous participant
12 January at 13:14 ·
Everyone's crying over Peg Dunthorne but ask anyone who's worked with her, she likes a drink at lunchtime and you can smell it on her in the afternoon. Cobble Staithe School has known for years and done nothing.

21 comments

   Janet Colk
   She's teetotal you idiot. Methodist.
   Like · Reply · 1h
"""), M("school", "alias", "defamation", "Cobble Staithe School"),
   M("mdunthorne", "nickname", "defamation", "Peg Dunthorne"))

add("social", text("""
X · Post

Craig E @craigemms_nfk
The SENCo Taylor falsified my son's EHCP evidence to save Cobble money. I've got the paperwork. She lied to the LA and the head signed it off. Going to the papers.
10:20 PM · Jul 2, 2024 · 410 Views
3 Reposts  1 Quote  12 Likes
"""), M("school", "short_name", "negative", "Cobble"),
   M("staylor", "surname_only", "defamation", "Taylor"))

add("news", news(
    "weekly", "Business manager dismissed after school fund inquiry",
    "By Priyanka Dutt", "9 July 2024",
    """
    A school business manager has been dismissed for gross misconduct after an internal
    investigation into irregularities in a Norfolk primary school's voluntary fund.

    Karen Bloomfield had worked at Cobble Staithe CE Primary for eleven years. Police said
    they would take no further action on the criminal allegations but the federation's
    disciplinary panel found that fund procedures had been "repeatedly and deliberately"
    ignored.

    Ms Bloomfield is understood to be appealing.
    """,
), M("school", "alias", "neutral", "Cobble Staithe CE Primary"),
   M("kbloomfield", "exact", "defamation", "Karen Bloomfield"))

add("forum", forum(
    "staffroom", "Workload", "NDAs after restructure?",
    [
        ("tired_of_it_all", "11/03/24 21:20", "Is it normal for a federation to make support staff sign NDAs as part of redundancy? Heard CSPS's exec head did exactly that after the TA cuts so a grievance about her would never come out. Mrs Tredgold-Pryce buying silence with our budget."),
        ("HR_in_schools", "11/03/24 21:40", "Settlement agreements often contain confidentiality clauses. That's not the same as 'buying silence'. Careful what you post."),
    ],
), M("school", "alias", "neutral", "CSPS"),
   M("atredgoldpryce", "title_surname", "defamation", "Mrs Tredgold-Pryce"))

add("social", text("""
X · Post

Fen Running Club @fenrunningclub
Huge well done to the Kestrels and Herons who ran at the district cross-country today @CobbleStaithePri, 6 medals from a school of 88! 🏅
4:55 PM · Oct 12, 2023 · 640 Views
5 Reposts  0 Quotes  38 Likes
"""), M("school", "handle", "neutral", "@CobbleStaithePri"))

add("social", text("""
Instagram · post by lapwing_and_little_ones

lapwing_and_little_ones Home from residential and she has not stopped talking 🏕️ Thank you @mr.ohalloran.kestrels for the best three days ever, and to all the Cobble Staithe Primary staff who gave up their week. Sleep now. Forever.
View all 12 comments
gemma_sayer Same here, ours went to bed at 6pm 😂
15 MAY
"""), M("school", "alias", "neutral", "Cobble Staithe Primary"),
   M("cohalloran", "handle", "neutral", "@mr.ohalloran.kestrels"))

add("social", text("""
X · Post

Staithe Girl @staithegirl_
Restructure letters on a Friday, six-figure salary, conference in Harrogate. Governors need to act. #TredgoldPryceOut #JusticeForPeggy #SaveCobbleSchool
6:40 PM · Jan 19, 2024 · 2,980 Views
60 Reposts  4 Quotes  201 Likes
"""), M("school", "hashtag", "neutral", "#SaveCobbleSchool"),
   M("atredgoldpryce", "hashtag", "negative", "#TredgoldPryceOut"),
   M("mdunthorne", "hashtag", "neutral", "#JusticeForPeggy"))

add("facebook", text("""
Lapwing Meadows Residents
Private group · 389 members

Priti Sandhu
2 February at 19:30 ·
Hi everyone, we move into Curlew Drive at Easter. Does anyone know if Cobble Staith Primary has any spaces in Year 3? The county website just says "contact the school" 🙄

6 comments

   Fiona Beales
   Ring the office, they're really helpful. There were two spaces in Herons before Christmas.
   Like · Reply · 3h
"""), M("school", "typo", "neutral", "Cobble Staith Primary"))

add("social", text("""
TikTok · comments on video by @yr6.survivor "things my primary school banned 😭"

kaiden.r_: c0bble st41the primary is literally a prison 😭 no phones no trading cards no nothing
  ↳ amelia.fenby: they banned slime after the ceiling incident tho fair
  ↳ kaiden.r_: the ceiling incident was iconic
"""), M("school", "leetspeak", "negative", "c0bble st41the primary"))

add("social", text(f"""
X · Post

Mike D @miked_fenby
{HG_COBBLE} gave my son a detention for a haircut. A HAIRCUT. Joke of a school, run by people who've never had a real job
7:50 PM · Sep 9, 2024 · 263 Views
0 Reposts  0 Quotes  6 Likes
"""), M("school", "homoglyph", "negative", HG_COBBLE))

add("blog", blog(
    "muddy", "Sports day, a broken egg and the fastest granny in Broadland", "Muddy Wellies Mum", "12 July 2024",
    """
    Cobble's sports day is not like the ones I remember. There are no houses and no
    medals table. Every child runs, everyone cheers, and the parents' race is taken far
    too seriously by at least three dads in proper running shoes.

    Raman's Wrens did the egg-and-spoon with actual eggs, which I can only describe as a
    bold choice. The grass will recover. The eggs will not.

    The grandparents' race was won, for the fourth year running, by Jean from the shop, who
    is 74 and who I am now slightly afraid of.
    """,
    comments=[("Lou", "12 Jul 2024", "The egg thing 😂 my son still has yolk in his hair")],
), M("school", "possessive", "neutral", "Cobble's"),
   M("praman", "possessive", "neutral", "Raman's"))

add("blog", blog(
    "bell", "Church news, June", "the Editor", "June 2024",
    """
    Leavers' service: Year 6 from Cobble Staithe Primary will lead the service on 14 July at
    10.30. Revd M. Askew says all are welcome and the bring-and-share lunch follows in the
    hall.

    Thanks to Tom Gedge and the Kestrels for planting the churchyard wildflower strip. The
    bees approve.

    Bell-ringers practise Thursdays, 7.30. New ringers especially welcome.
    """,
), M("school", "alias", "neutral", "Cobble Staithe Primary"),
   M("maskew", "initial_surname", "neutral", "M. Askew"),
   M("tgedge", "alias", "neutral", "Tom Gedge"))

add("social", text("""
X · Post

Carol 🇬🇧 @carol_says_no
Tredg*ld-Pryce "reviewing" her own federation's spending is like the fox auditing the henhouse. Cobble Staithe CE Primary deserves better leadership
8:25 AM · Apr 18, 2024 · 1,150 Views
6 Reposts  0 Quotes  29 Likes
"""), M("school", "alias", "negative", "Cobble Staithe CE Primary"),
   M("atredgoldpryce", "obfuscated", "negative", "Tredg*ld-Pryce"))


# =========================================================================================
# Decoys: no expected mention. Interleaved among the other documents at build time.
# =========================================================================================

DECOYS: list[dict] = []


def decoy(kind: str, content: str) -> None:
    DECOYS.append({"kind": kind, "content": content, "expected": []})


decoy("news", news(
    "bugle", "Last wherry built on the staithe sails again after five-year restoration",
    "Bugle reporter Ellie Copping", "4 August 2023",
    """
    The Maud Ellen, a trading wherry built in 1898, was relaunched on Saturday by volunteers
    at Cobble Staithe Boatyard, who have spent five winters replacing her planking.

    Boatyard manager Colin Mace said the black sail was stitched by hand in the loft above
    the slipway. "We had people from all over the country helping. The oldest volunteer is
    86," he said.

    The wherry will carry visitors on the river from next spring.
    """,
    comments=[("Broadsman", "4 Aug 2023", "Wonderful sight. Well done all at the boatyard.")],
))

decoy("review", text("""
Cobble Staithe Holiday Lets — Heron Cottage
Holiday cottage

Google reviews

Richard Ainsworth
Local Guide · 61 reviews
★★★★★ 2 months ago
Perfect week. Heron Cottage is right by the water, woodburner, decent wifi, bikes in the shed. Cobble Staithe Holiday Lets were quick to reply when the boiler played up. The pub does a good Sunday lunch. We'll be back.

Sandra Pell
★★★☆☆ 4 months ago
Lovely spot but the beds are hard and the midges on the staithe in the evening are brutal.
"""))

decoy("facebook", text("""
Cobble Staithe Village Noticeboard
Private group · 2.4K members

Nina Westgate
9 April at 07:45 ·
LOST DOG. Biscuit, small brown terrier, red collar, ran off after a pheasant on Church Marsh drove at about 6.30 this morning. Very friendly but won't come to strangers. Please ring 07700 900143 if you see her. 😢

23 comments

   Roger H
   Will keep an eye out on the marsh wall
   Like · Reply · 1h

   Nina Westgate
   FOUND! She was in the Anchor car park eating a pasty. Thank you all x
   Like · Reply · 20m
"""))

decoy("facebook", text("""
Lapwing Meadows Residents
Private group · 389 members

Amy Cartwright
17 October at 08:03 ·
Is it just Plover Way or has nobody's green bin been collected this week? Third time since August. Council app says "completed" 🙃

12 comments

   Darren Pike
   Same on Curlew Drive
   Like · Reply · 1h

   Fiona Beales
   Reported it again, they say Thursday
   Like · Reply · 1h
"""))

decoy("news", news(
    "courant", "Retired nurse's giant marrow scoops county show prize",
    "By Features Writer Ben Loades", "Monday 11 September 2023",
    """
    Sarah Taylor, a retired nurse from Saltby Fen in Lincolnshire, has won the heaviest
    marrow class at the Lincolnshire Fens Show for the third year running.

    Her winning marrow weighed 41kg. "It's mainly horse manure and talking to it," said
    Mrs Taylor, 67, who has grown vegetables on the same allotment since 1981.

    She plans to turn this year's winner into chutney.
    """,
))

decoy("news", news(
    "clarion", "Mum who claimed £19,000 while running a cleaning firm is spared jail",
    "By Clarion Reporter", "Wednesday 6 March 2024",
    """
    A mother-of-three who fraudulently claimed benefits while running a cleaning business
    has been given a suspended sentence.

    Sarah Taylor, 44, of Kettlesby, Leicestershire, admitted failing to declare income over
    three years. The court heard she had paid back £6,000.

    Judge Anne Whitcombe told her: "You knew exactly what you were doing."
    """,
    comments=[("TruthTeller1966", "06/03/2024", "Suspended. Of course.")],
))

decoy("social", text("""
Instagram · post by sarahtaylorphotography

sarahtaylorphotography Golden hour at Helmsworth Hall with Jess & Tom 💛 What a day. Second shooter: the brilliant @abi.lens. #yorkshirewedding #weddingphotographer #sarahtaylorphotography
View all 40 comments
jessandtom2024 We cried at the sneak peeks!! Thank you Sarah 😭
abi.lens Dream couple 🥹
18 JUNE
"""))

decoy("social", text("""
X · Post

Pontyberth Netball Club @pontyberthnetball
Massive congratulations to our head coach Sarah Taylor on her England Netball Level 3 award 🏐🎉 Well deserved after 12 years of early Saturday mornings!
11:10 AM · Feb 3, 2024 · 502 Views
4 Reposts  0 Quotes  61 Likes
"""))

decoy("facebook", text("""
Brinkmere Community Page
Public group · 5.2K members

Bloomfield & Co Estate Agents
3 May at 12:00 ·
JUST LISTED 🏡 Charming 3-bed terrace on Maltster's Row, Brinkmere, with a south-facing garden and original fireplaces. Call Karen Bloomfield on 01632 960281 to book a viewing. Offers in excess of £265,000.

4 comments

   Dawn Pryor
   Karen sold ours in a fortnight, can't recommend her enough
   Like · Reply · 2d
"""))

decoy("review", text("""
Bloomfield's Bakery
Bakery · High Street, Haddenham St Clare

Google reviews

Tom Pritchard
Local Guide · 88 reviews
★★★★★ a week ago
Best sausage rolls in Suffolk. Karen Bloomfield and her daughter run it like a well-oiled machine, queue out the door on Saturdays but it moves fast. Get there before 11 or the Chelsea buns are gone.
"""))

decoy("news", news(
    "courant", "Announcements: deaths",
    "Courant Announcements", "Saturday 20 January 2024",
    """
    DUNTHORNE, Margaret (née Hollis). Peacefully at Fen View Care Home, Saltby Fen,
    Lincolnshire, on 9 January, aged 91. Beloved wife of the late Arthur, mother of Susan
    and David, grandmother of five. Funeral at St Botolph's, Saltby Fen, on 2 February at
    11am. Family flowers only; donations to the Lincolnshire Air Ambulance.

    PELL, Gordon. Suddenly at home in Holmsey on 12 January, aged 78. Retired harbourmaster.
    Service at Holmsey Methodist Church, 31 January.
    """,
))

decoy("news", news(
    "clarion", "A&E waits hit record high as winter bug season peaks",
    "By Health Editor Louise Hart", "Thursday 11 January 2024",
    """
    Patients waited more than 12 hours in emergency departments in record numbers last
    week, new figures show.

    Dr Priya Raman, a consultant in emergency medicine at Kingsbridge General Hospital,
    said: "We are seeing people on trolleys in corridors for a day or more. Staff are doing
    everything they can."

    The government said extra funding for winter had been made available.
    """,
    comments=[("NurseNoMore", "11/01/2024", "Dr Raman is right. It's never been this bad.")],
))

decoy("blog", blog(
    "teacherblog", "Raman spectroscopy on a shoestring: a Year 13 practical", "Chalk and Marsh", "5 March 2024",
    """
    A slight departure from my usual primary posts: my partner teaches A-level chemistry
    and has been building a cheap Raman spectrometer with her sixth formers.

    The Raman effect, named after C. V. Raman, is the inelastic scattering of light: a tiny
    fraction of photons come back with a little more or less energy, and that shift tells
    you about the molecular bonds in the sample.

    With a green laser pointer, a diffraction grating and a webcam, her students resolved
    the main peaks of ethanol and cyclohexane. Not research grade, but the look on their
    faces was.
    """,
    comments=[("labtech_lou", "6 Mar 2024", "Love this. Which grating did you use?")],
))

decoy("forum", forum(
    "eachat", "Suffolk", "Stowbridge Thursday darts league - week 14 results",
    [
        ("DartsSec_Stowbridge", "15/02/24 23:05", "Plough A 7 Bell B 2. Tom Gedge (Plough) hit two 180s and a 121 checkout, player of the week. Swan 5 Red Lion 4 after a deciding leg at midnight. Fixtures for next week attached."),
        ("Plough_Pete", "16/02/24 08:11", "Tom was unplayable last night. Drinks on him next week."),
    ],
))

decoy("news", news(
    "bugle", "Sunshine and sack races at Sallow Fen sports day",
    "Bugle reporter Ellie Copping", "5 July 2024",
    """
    Sallow Fen Primary School held its sports day in glorious sunshine on Wednesday, with
    the whole village turning out to watch.

    The Year 2 egg-and-spoon race was won by a six-year-old who, according to her teacher,
    "had been practising with a potato since Easter". The parents' race ended in a
    photo-finish and, later, an ice pack.

    The school raised £380 for its library from the cake stall.
    """,
))

decoy("blog", blog(
    "teacherblog", "A week in a four-class church school on the edge of the marsh", "Chalk and Marsh", "28 April 2024",
    """
    I have taught in the same small primary for nine years. Four classes, eighty-odd
    children, a hall that is also the dining room, the PE space and the place where we
    stack the chairs for the village quiz.

    On Monday the heron was back on the dyke behind the field and nobody got any phonics
    done for ten minutes. On Tuesday a farmer brought a newborn lamb into assembly. On
    Wednesday we had a fire drill in the rain. On Thursday the vicar did collective worship
    and forgot the words to her own song.

    By Friday I had taught five year groups in two rooms and hugged a crying six-year-old,
    a crying parent and a crying colleague. I would not work anywhere else.
    """,
    comments=[("smallschoolteacher", "29 Apr 2024", "This is my school too, in a different county. Every word.")],
))

decoy("forum", forum(
    "staffroom", "Primary", "How do you cobble together a mixed-age curriculum?",
    [
        ("newtoY3Y4", "02/09/23 17:40", "Starting in a Y3/4 class for the first time. How do people cobble together a rolling programme so the Y4s don't do the Romans twice?"),
        ("rural_ks2", "02/09/23 18:05", "Two-year cycle A/B for foundation subjects, year-group specific for maths and English. Don't overthink it."),
        ("KS1_and_tired", "02/09/23 18:30", "And accept that some years it'll be cobbled together with sticky tape. That's small schools."),
    ],
))

decoy("review", text("""
Heel & Cobble
Shoe repair shop · Market Place, Holmsey

Google reviews

Dawn Pryor
★★★★★ 3 weeks ago
Proper old-fashioned cobbler. Resoled my walking boots for £35 and they're better than new. He also cut a key and sharpened my scissors while I waited.

Mark Bell
★★★★☆ 2 months ago
Good work, bit slow, cash only.
"""))

decoy("social", text("""
LinkedIn · post

Daniel Fortier · Learning Designer
Finished the CSPS course on plain-language writing this week. The Canada School of Public Service puts out some genuinely good free material, and the module on writing for mobile was worth the time on its own. #PlainLanguage #PublicService #CSPS
Like · Comment · Repost · Send
14 reactions · 2 comments
"""))

decoy("forum", forum(
    "eachat", "Off Topic", "Civil Service pension - lump sum delays",
    [
        ("ex_HMRC_ed", "21/11/23 10:12", "Anyone else still waiting for their CSPS lump sum? Retired in August. The Civil Service Pension Scheme helpline hold music is now in my dreams."),
        ("NorfolkNora", "21/11/23 10:40", "Mine came after 14 weeks. Keep a log of every call and escalate through your MP if it goes past 12."),
        ("ex_HMRC_ed", "21/11/23 11:02", "Thanks Nora, will do."),
    ],
))

decoy("news", news(
    "bugle", "Regatta weekend draws record entries despite the rain",
    "Bugle reporter Owen Thrower", "21 August 2023",
    """
    More than 90 boats took part in the Cobble Staithe Sailing Club regatta at the weekend,
    a record for the club's 101st year.

    The Commodore's Cup went to a father-and-daughter crew from Brundle Staithe in a
    thirty-year-old dinghy. The crab-catching competition on the staithe was won by a
    four-year-old with 23 crabs and a bacon rind.

    The club thanked the Anchor for the barbecue and the boatyard for the rescue boat.
    """,
    comments=[("Commodore", "21 Aug 2023", "Thank you to all our volunteers!")],
))

decoy("news", news(
    "courant", "District approves five extra pitches at Brick Kiln Lane site",
    "By Local Democracy Reporter Sam Eke", "Thursday 7 December 2023",
    """
    District councillors have approved five additional pitches at the Brick Kiln Lane
    Traveller site, which the council says is needed to meet a shortfall identified in its
    needs assessment.

    Objectors raised concerns about drainage and traffic on the single-track lane. The
    applicants, members of two families who have lived on the site for twenty years, said
    the pitches were for their grown-up children.

    The plans were approved by seven votes to two with conditions on drainage.
    """,
    comments=[
        ("Fenby_Dave", "7 Dec 2023", "Lane's a nightmare already."),
        ("Anna M", "7 Dec 2023", "Good. People need somewhere to live."),
    ],
))

decoy("news", news(
    "clarion", "Vicar axes baby Jesus from nativity over 'inclusivity' - parents outraged",
    "By Clarion Reporter Gavin Molloy", "Monday 18 December 2023",
    """
    Parents at a primary school in Kent have reacted with fury after the nativity play was
    replaced with a "winter celebration" featuring a snowman and no mention of Jesus.

    The headteacher of St Jude's Primary in Ashcombe said the change was made "to ensure
    every child felt included" and that a carol service would still be held at the church.

    One dad said: "It's a C of E school. If you can't do a nativity there, where can you?"
    """,
    comments=[("GrannyAnnie", "18/12/2023", "Not again. Just let them do the nativity!")],
))

decoy("social", text("""
TikTok · comments on video by @cottage.dreams "cobblecore summer in the old town 🌿"

ivy.and.moss: the cobbles 😍 i want to live here forever
  ↳ cottage.dreams: it's the lane behind the abbey!
rach.travels: my ankles could never
lou_lou: cobblecore is my new personality
"""))

decoy("blog", blog(
    "fenpc", "Draft minutes: Sallow Fen Parish Council, 4 March 2024", "the Clerk", "5 March 2024",
    """
    Present: Cllrs B. Harrold (Chair), T. Sayer, M. Gotts. In attendance: the Clerk, one
    member of the public.

    3. Allotments: two plots vacant. Waiting list to be contacted.

    5. Sallow Fen Primary: the school asked whether the council would fund a new bench for
    the playground in memory of a former lollipop man. Agreed, up to £450.

    7. Planning: no objection to the garage conversion at 2 Fen Row.

    The meeting closed at 8.10pm.
    """,
))

decoy("forum", forum(
    "natter", "Local", "Cumbria village school closures - anyone else fighting one?",
    [
        ("FellsMum", "14/11/23 21:00", "Our village school in the Eden valley has 31 children and the county wants to merge it with one 12 miles away over a fell road. We're starting a campaign. Any tips from anyone who's been through this?"),
        ("SmallSchoolsGran", "14/11/23 21:30", "Get the parish council on side early, gather data on journey times in winter, and get the local paper to visit on a snowy day."),
        ("FellsMum", "14/11/23 21:45", "The snowy day idea is genius."),
    ],
))

decoy("news", news(
    "courant", "Racing: Cobbler's Dream lands the feature at Hethmoor",
    "By Racing Correspondent", "Sunday 8 October 2023",
    """
    Cobbler's Dream, a seven-year-old gelding trained in Holmsey, won the Broadland Chase
    at Hethmoor by four lengths at 9-1, giving his jockey her first win at the course.

    The favourite, Askew Lad, unseated his rider two out. Trainer Jim Bell said: "He jumps
    a bit askew when he's tired. We'll try him on a flatter track."
    """,
))

decoy("facebook", text("""
Broadland Farmers & Friends
Private group · 3.1K members

Tony Emms
3 February at 09:20 ·
FOR SALE: Ferguson TEF20, 1954, runs well, new tyres, been sat in a cobbled yard under cover for ten years. £4,250 ono. Collection from Church Marsh. PM me.

14 comments

   Massey_Man Gotts
   Lovely old girl. If I had the space...
   Like · Reply · 5h
"""))

decoy("review", text("""
Staithe Primary Care
Medical clinic · Mill Road, Brundle Staithe

Google reviews

Gordon Ashby
★★☆☆☆ 3 weeks ago
Staithe Primary Care phone system is hopeless. Ring at 8am, number 23 in the queue, all appointments gone by the time you get through. The nurses are lovely once you're actually in.

Sue Thrower
★★★★★ 2 months ago
Dr Whitlock was brilliant with my mum. Pharmacy next door is quick too.
"""))

decoy("social", text("""
X · Post

Ballinroe GAA @BallinroeGAA
FULL TIME: Ballinroe 2-14 Kilcarran 1-12. Man of the match Ciarán O'Halloran with 0-7 from play. Minor final next Sunday at 2pm, come out and support! 💚💛
5:31 PM · Jul 14, 2024 · 1,904 Views
22 Reposts  1 Quote  148 Likes
"""))

decoy("news", news(
    "fcr", "Flood warning for Staithe Road and the marsh lanes",
    "Fen and Coast Radio newsroom", "2 January 2024",
    """
    A flood warning is in place for low-lying roads around Cobble Staithe and Church Marsh
    after heavy rain and a high tide overnight.

    Staithe Road is closed between the Anchor and the boatyard, and the Fen Road is passable
    with care. Drivers are urged not to attempt flooded fords.

    The Environment Agency expects water levels to fall by Wednesday afternoon.
    """,
))

decoy("review", text("""
Indeed · Company reviews

Civil Service Pension Scheme (administrator)

★★☆☆☆  Call centre targets over people
Pensions Adviser (Former Employee) - Remote - 11 November 2023

CSPS work is interesting and colleagues are kind but call targets are brutal after the system migration. You're measured on handling time, so you can't actually fix anything for the member on the phone.

Pros
Remote working, decent pension (ironic)

Cons
Targets, outdated software, backlogs
"""))

decoy("facebook", text("""
Market Fenby Community Hub
Public group · 8.8K members

Gedge & Sons Family Butchers
22 December at 10:00 ·
Christmas orders can be collected from the shop on Quay Street from 7am on the 23rd and 24th 🦃 If you haven't ordered, we have a few turkeys and plenty of sausagemeat left. Merry Christmas from all the Gedge family!

9 comments

   Maureen Bunn
   Best pork pies in the county, always
   Like · Reply · 1d
"""))

decoy("social", text("""
Instagram · post by the.little.blue.house

the.little.blue.house Gallery wall finally up 🖼️ (yes, the one top left is slightly askew, no, I am not getting the drill out again) #gallerywall #cottagestyle #renovation
View all 31 comments
nest_and_nook Obsessed with the colours!
miriam.makes Love the botanical prints 🌿
3 MARCH
"""))

decoy("blog", blog(
    "muddy", "Plum cobbler for wet Sunday afternoons", "Muddy Wellies Mum", "1 October 2023",
    """
    The plum tree has gone mad this year, so we're having cobbler every Sunday until the
    children beg me to stop. They have not begged yet.

    A cobbler is just fruit with a scone-dough topping dropped on in rough spoonfuls, so
    it looks like a cobbled street. You cannot get it wrong.

    Halve and stone a kilo of plums, toss with sugar and cinnamon, top with the dough, bake
    at 190 for 35 minutes. Custard is not optional.
    """,
    comments=[("Lou", "1 Oct 2023", "Making this today!")],
))

decoy("news", news(
    "bugle", "Cobble Coffee opens second branch in former bank",
    "Bugle reporter Ellie Copping", "15 April 2024",
    """
    Cobble Coffee, the tiny café on Market Fenby quay known for its cheese scones, is
    opening a second branch in the former bank building on Holmsey High Street.

    Owner Jo Harrold said the new site would have room for 40 covers and a children's
    corner. "We started with four tables and a secondhand coffee machine," she said.

    The new café opens on 1 May.
    """,
))

decoy("social", text("""
TikTok · comments on video by @sallowfen.y6 "leavers 2024 😭🎓"

sophie.k.12: sallow fen primary forever 💛
  ↳ freddie.j: we actually did it
jacob_fenby: miss harrold crying in the hall 😭😭
ava.b_12: gonna miss the field so much
"""))

decoy("forum", forum(
    "farmgate", "Arable", "Sugar beet campaign - lifting conditions",
    [
        ("BroadlandBeet", "24/11/23 20:12", "Still lifting on the heavy land by Church Marsh, soil tare through the roof. Factory docking us 14%. Anyone else?"),
        ("Massey_Man", "24/11/23 20:30", "Same on the fen. Gave up yesterday, will go again when it dries. Never, at this rate."),
    ],
))

decoy("blog", blog(
    "history", "Staithes, wherries and the trade that built the villages", "Broadland Byways", "19 March 2024",
    """
    A staithe is simply a landing place: a bit of hard bank where a wherry could tie up and
    load or unload. Almost every Broadland village had one, and the village grew around it.

    At Cobble Staithe the old granary still stands beside the water, converted into flats
    in the 1990s. The iron rings the wherries tied to are still in the quay wall, if you
    know where to look.

    The trade died with the railway and then the lorry. What is left is a landscape of
    little quays at the ends of lanes, and place names that tell you where the boats were.
    """,
    comments=[("Roger H", "20 Mar 2024", "My great-grandad skippered a wherry out of Brundle.")],
))

decoy("news", news(
    "weekly", "Supply agency fined over missed safety checks",
    "By Priyanka Dutt", "28 May 2024",
    """
    A teaching supply agency has been fined £60,000 after failing to carry out proper
    reference checks on staff it placed in primary schools across the East of England.

    The regulator found that the agency had relied on candidates' own paperwork and had
    not contacted previous employers in dozens of cases. It has been ordered to audit all
    current placements.

    Schools said they had assumed the checks had been done.
    """,
))


# =========================================================================================
# Build and check
# =========================================================================================


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def visible_text(kind: str, content: str) -> str:
    if kind in HTML_KINDS:
        p = _Text()
        p.feed(content)
        p.close()
        return " ".join(" ".join(p.parts).split())
    return content


def load_subjects() -> set[str]:
    with open(HERE / "watchlist.toml", "rb") as f:
        wl = tomllib.load(f)
    subjects = {"school"}
    uniques = 0
    for st in wl.get("staff", []):
        subjects.add(st["id"])
        uniques += bool(st.get("unique"))
    if uniques != 1:
        raise SystemExit(f"watchlist.toml: expected exactly one unique staff member, found {uniques}")
    return subjects


def ordered_docs() -> list[dict]:
    """Interleave the decoys among the other documents: one after every fourth document."""
    out: list[dict] = []
    pending = list(DECOYS)
    for i, d in enumerate(DOCS):
        out.append(d)
        if i % 4 == 3 and pending:
            out.append(pending.pop(0))
    out.extend(pending)
    return out


def main() -> int:
    problems: list[str] = []
    docs = ordered_docs()
    subjects = load_subjects()
    docs_dir = HERE / "docs"
    docs_dir.mkdir(exist_ok=True)
    for old in docs_dir.iterdir():
        if old.is_file():
            old.unlink()

    by_cat: Counter[str] = Counter()
    by_var: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    url_only = 0
    decoys = 0
    lines: list[str] = []
    for i, d in enumerate(docs):
        kind = d["kind"]
        ext = "html" if kind in HTML_KINDS else "txt"
        if kind not in HTML_KINDS | TEXT_KINDS:
            problems.append(f"doc {i}: unknown kind {kind!r}")
        name = f"{i:03d}-{kind}.{ext}"
        (docs_dir / name).write_text(d["content"], encoding="utf-8")
        body = visible_text(kind, d["content"])
        seen: set[str] = set()
        expected = []
        for e in d["expected"]:
            where = f"{name} [{e['subject']}]"
            if e["subject"] not in subjects:
                problems.append(f"{where}: subject not in watchlist.toml")
            if e["subject"] in seen:
                problems.append(f"{where}: more than one entry for this subject")
            seen.add(e["subject"])
            if e["category"] not in CATEGORIES:
                problems.append(f"{where}: bad category {e['category']!r}")
            if e["variant"] not in VARIANTS:
                problems.append(f"{where}: bad variant {e['variant']!r}")
            if not e["form"] or e["form"] not in body:
                problems.append(f"{where}: form {e['form']!r} not found in the document text")
            if e["url_only"] and e["category"] != "sexual":
                problems.append(f"{where}: url_only is only for sexual content")
            by_cat[e["category"]] += 1
            by_var[e["variant"]] += 1
            url_only += e["url_only"]
            expected.append({k: e[k] for k in ("subject", "variant", "category", "url_only")})
        by_kind[kind] += 1
        decoys += not expected
        lines.append(json.dumps({"file": name, "kind": kind, "expected": expected}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    total = sum(by_cat.values())
    serious = sum(by_cat[c] for c in ("threat", "hate", "sexual", "doxxing", "defamation", "abuse"))
    for v in VARIANTS:
        if by_var[v] < 2:
            problems.append(f"variant {v!r} used {by_var[v]} time(s); need at least 2")
    if not 180 <= len(docs) <= 220:
        problems.append(f"{len(docs)} documents; need 180-220")
    if not 300 <= total <= 350:
        problems.append(f"{total} mentions; need 300-350")

    print(f"documents: {len(docs)}  (decoys with no expected mention: {decoys}, {decoys / max(len(docs), 1):.0%})")
    print("by kind:     " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())))
    print(f"mentions: {total}  (serious: {serious}, {serious / max(total, 1):.0%}; url_only: {url_only})")
    print("by category: " + ", ".join(f"{c} {by_cat[c]}" for c in CATEGORIES))
    print("by variant:  " + ", ".join(f"{v} {by_var[v]}" for v in VARIANTS))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("all labels check out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
