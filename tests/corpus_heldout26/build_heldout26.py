#!/usr/bin/env python3
# ruff: noqa: E501, E741, B007
"""Build the heldout26 labelled evaluation corpus for the repwatch matcher.

Setting
    Capstan Community High School ("Capstan", "Capstan High", acronym "CCHS",
    formerly "Porth Melin Comprehensive") is an invented English-medium 11-18
    comprehensive in Porth Melin, an invented Cardiff docklands district
    (localities Porth Melin, Ferrier Basin, Stack Row). Families are Somali,
    Yemeni, Welsh and Portuguese. Storylines: a row over cutting Welsh lessons
    to make room for English catch-up; a link with the Harbourside Rugby
    Academy; a new-build campus at Ferrier Basin running millions over budget;
    the head of Year 7 who runs the Stack Row ABC boxing club; a history teacher
    who posts political opinions on X; visits by the local Member of the Senedd
    (Rhodri Carew MS); anti-Muslim graffiti on the sports hall wall; and a fee
    dispute with the Brightwave Education supply agency. Domain
    capstanhigh.example, office phone 01632 960274.

Staff (see watchlist.toml)
    apritchardrees  Angharad Pritchard-Rees, Headteacher (hyphenated; maiden alias Angharad Pritchard)
    hwarsame        Hodan Warsame, Deputy Head and DSL (maiden alias Hodan Farah)
    rkinsella       Robert Kinsella, Head of Year 7, boxing coach (Rob, Robbie, Bobby)
    doshaughnessy   Declan O'Shaughnessy, History and Politics (apostrophe; posts on X as @declan_osh_history)
    djones          David Jones, PE and rugby academy link (very common name; Dai, Dave, Jonesy; namesakes in decoys)
    obrackenbury    Ottilie Brackenbury, School Business Manager (unique = true: counts wherever named)
    evaughan        Eleri Vaughan, Head of Welsh
    nsaleh          Nabil Saleh, Teacher of Mathematics
    jpereira        Joana Pereira, EAL and Family Liaison Officer

Voices
    Local news site with comments (Porth Melin Post), regional paper (South Wales
    Courier), national tabloid (Daily Clarion), council committee minutes, job
    boards, community newsletters, a Mumsnet-style forum (NetParents), a teachers'
    forum (StaffroomTalk), a supply teachers' forum, a local forum (CardiffTalk),
    blogs (campaigners, a boxing blog, an architecture blog, an interfaith blog,
    a right-wing blog, the history teacher's own blog), Google / Indeed /
    Glassdoor reviews, X / TikTok / Instagram / Snapchat extracts and parents'
    Facebook groups, written in their own words with slang, typos and Welsh,
    Somali and Portuguese phrases.

Decoys (about a fifth of the documents, expected = [])
    "capstan" as an ordinary word (ships' capstans, capstan lathes, Capstan
    cigarettes, crosswords), lookalike bodies (Capstan Cabs, Capstan Marine
    Supplies, Capstan Community Choir, The Capstan Inn, Capstan Logistics,
    Capstan Heights), the acronym CCHS used by the Cardiff Coastal Housing
    Society and the Cefn Coed Horticultural Society, namesakes of staff clearly
    elsewhere (David Jones in Llanelli, Wrexham and Ferryside; Joana Pereira in
    Lisbon; Nabil Saleh in Sheffield; Eleri Vaughan in Aberystwyth; Robert
    Kinsella in Limerick; Declan O'Shaughnessy in Clare), other schools and
    bodies in the same district, and pages that describe the school without
    naming it.

Labelling conventions
    One expected entry per subject per document with the easiest form present
    (exact > alias > title_surname > the rest); for the school the full name is
    exact, "Capstan" alone is short_name, every other alias is alias. The
    category is the worst one for that subject in the document, comments
    included. A staff member praised in a post attacking someone else is
    neutral; quoting abuse to condemn it, news of a conviction of someone who
    threatened a teacher and untargeted swearing are neutral for the victim;
    jokes and negated threats are not threats. Sexual content where a child may
    be involved is sexual with url_only true, for the staff member and for the
    school when the school is named; a pupil's crush or adult innuendo about an
    adult teacher is sexual with url_only false. News of an arrest, suspension
    or investigation is defamation for the person. The school is a subject only
    when the document refers to the school itself (neutral when merely where
    someone works). Non-unique staff count only where the page ties them to the
    school; Ottilie Brackenbury counts wherever named. Every "form" is checked
    to occur in the written file; forms are not written to labels.jsonl.

Running
    python3 tests/corpus_heldout26/build_heldout26.py
    (from any directory) rewrites docs/ and labels.jsonl beside this file,
    checks every label and prints a summary; exits 1 on any problem.
"""

from __future__ import annotations

import html
import json
import random
import re
import sys
import textwrap
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
LABELS = HERE / "labels.jsonl"
WATCHLIST = HERE / "watchlist.toml"

CATEGORIES = ("threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral")
SERIOUS = {"threat", "hate", "sexual", "doxxing", "defamation", "abuse"}
VARIANTS = (
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
)
HTML_KINDS = ("news", "forum", "blog")
TXT_KINDS = ("review", "social", "facebook")

# subject ids
S = "school"
AP = "apritchardrees"
HW = "hwarsame"
RK = "rkinsella"
DO = "doshaughnessy"
DJ = "djones"
OB = "obrackenbury"
EV = "evaughan"
NS = "nsaleh"
JP = "jpereira"


def x(subject, variant, category, form, url_only=False):
    """One expected mention; `form` is only used by the build check."""
    return {"subject": subject, "variant": variant, "category": category,
            "url_only": url_only, "form": form}


DOCS: list[dict] = []


def _add(kind, content, exp, ns):
    DOCS.append({"kind": kind, "content": content, "expected": list(exp), "namesakes": set(ns)})


def _esc(s):
    return html.escape(s, quote=False)


def _paras(body):
    body = textwrap.dedent(body).strip("\n")
    out = []
    for block in re.split(r"\n\s*\n", body):
        block = block.strip()
        if not block:
            continue
        if block.startswith("## "):
            out.append(f"<h2>{_esc(block[3:])}</h2>")
        elif block.startswith("- "):
            items = "".join(f"<li>{_esc(li[2:].strip())}</li>" for li in block.split("\n"))
            out.append(f"<ul>{items}</ul>")
        else:
            out.append("<p>" + "<br>\n".join(_esc(l.strip()) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


SITES = {
    "post": {
        "brand": "Porth Melin Post",
        "tag": "Independent news for Porth Melin, Ferrier Basin and the Bay",
        "nav": ["Home", "News", "Crime", "Schools", "Sport", "What's On", "Notices"],
        "footer": "Porth Melin Post · Unit 4, Dry Dock Yard · newsroom@porthmelinpost.example · 01632 960811",
    },
    "courier": {
        "brand": "South Wales Courier",
        "tag": "News, sport and opinion from Cardiff and the Valleys",
        "nav": ["News", "Cardiff", "Valleys", "Politics", "Rugby", "Business", "Opinion", "Puzzles"],
        "footer": "© South Wales Courier Media Ltd · southwalescourier.example · Independent Press Standards: complaints@southwalescourier.example",
    },
    "clarion": {
        "brand": "THE DAILY CLARION",
        "tag": "Britain's Loudest Paper",
        "nav": ["News", "Politics", "Showbiz", "Money", "Sport", "Health", "Travel", "Puzzles"],
        "footer": "Daily Clarion · clarion.example · Editorial complaints: standards@clarion.example · Clarion Group Newspapers Ltd",
    },
    "council": {
        "brand": "Harbourside Area Committee",
        "tag": "Minutes and papers · Cardiff docklands wards",
        "nav": ["Committees", "Meetings", "Minutes", "Councillors", "Petitions", "Contact"],
        "footer": "Democratic Services, Harbourside Area Office, Capel Dock Road · democratic.services@harbourside-council.example · 01632 960500",
    },
    "jobs": {
        "brand": "TeachCymru Jobs",
        "tag": "Teaching and support roles across Wales",
        "nav": ["Find jobs", "Schools", "Salary scales", "Advice", "Post a job", "Sign in"],
        "footer": "TeachCymru Jobs · teachcymru.example · We never ask candidates for payment.",
    },
    "bayvoice": {
        "brand": "Bay Voice",
        "tag": "The community newsletter for the docklands",
        "nav": ["Latest", "Community", "Faith", "Youth", "Notices", "Archive"],
        "footer": "Bay Voice is run by volunteers at the Ferrier Basin Community Centre · bayvoice.example",
    },
    "netparents": {
        "brand": "NetParents",
        "tag": "By parents, for parents",
        "nav": ["Talk", "Active", "Education", "AIBU", "Chat", "Local", "Sign in"],
        "footer": "NetParents · netparents.example · Talk guidelines · Report a post",
    },
    "staffroom": {
        "brand": "StaffroomTalk",
        "tag": "The independent forum for people who work in schools",
        "nav": ["Forums", "New posts", "Workplace", "Subject chat", "Leadership", "Wellbeing"],
        "footer": "StaffroomTalk · staffroomtalk.example · Posts are the views of their authors",
    },
    "supplyhub": {
        "brand": "SupplyTeacherHub",
        "tag": "Forum for supply and cover staff",
        "nav": ["Forum", "Agencies A-Z", "Pay rates", "Your rights", "Log in"],
        "footer": "SupplyTeacherHub · supplyteacherhub.example",
    },
    "cardifftalk": {
        "brand": "CardiffTalk",
        "tag": "Cardiff's local discussion board since 2004",
        "nav": ["Boards", "Local Chat", "Property", "Sport", "For sale", "Help"],
        "footer": "CardiffTalk · cardifftalk.example · Be nice or be banned",
    },
    "boatforum": {
        "brand": "Bilge & Boom",
        "tag": "The sailing and small boat forum",
        "nav": ["Forum", "Restoration", "Engines", "Rigging", "Classifieds"],
        "footer": "Bilge & Boom forum · bilgeandboom.example",
    },
    "workshop": {
        "brand": "Swarf Talk",
        "tag": "Model engineering and workshop machinery",
        "nav": ["Forum", "Lathes", "Milling", "Tooling", "Projects", "Wanted"],
        "footer": "Swarf Talk · swarftalk.example",
    },
}


def _chrome(site, title, inner):
    s = SITES[site] if isinstance(site, str) else site
    nav = "".join(f'<li><a href="/{re.sub(r"[^a-z]+", "-", n.lower()).strip("-")}/">{_esc(n)}</a></li>' for n in s["nav"])
    return (
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{_esc(title)} | {_esc(s['brand'])}</title>\n</head>\n<body>\n"
        f"<header class=\"site-header\">\n<a class=\"brand\" href=\"/\">{_esc(s['brand'])}</a>\n"
        f"<p class=\"tagline\">{_esc(s['tag'])}</p>\n<nav><ul>{nav}</ul></nav>\n</header>\n"
        f"<main>\n{inner}\n</main>\n<footer>\n<p>{_esc(s['footer'])}</p>\n</footer>\n</body>\n</html>\n"
    )


def _comments(comments, heading):
    if not comments:
        return '<section class="comments"><h2>Comments</h2><p>Comments are closed.</p></section>'
    items = []
    for c in comments:
        author, when, text = c
        items.append(
            f'<div class="comment"><p class="meta"><b>{_esc(author)}</b> · {_esc(when)}</p>\n{_paras(text)}</div>'
        )
    return f'<section class="comments"><h2>{_esc(heading.format(n=len(comments)))}</h2>\n' + "\n".join(items) + "\n</section>"


def N(site, headline, byline, date, body, comments=(), exp=(), ns=()):
    """A news-like HTML page (news, minutes, job advert) with comments."""
    inner = (
        f"<article>\n<h1>{_esc(headline)}</h1>\n<p class=\"byline\">{_esc(byline)} · {_esc(date)}</p>\n"
        f"{_paras(body)}\n</article>\n{_comments(comments, 'Comments ({n})')}"
    )
    _add("news", _chrome(site, headline, inner), exp, ns)


def F(site, board, title, posts, exp=(), ns=()):
    """A forum thread: posts = [(user, when, text), ...]; the first is the opening post."""
    op_user, op_when, op_text = posts[0]
    inner = (
        f"<p class=\"breadcrumbs\">Forums › {_esc(board)}</p>\n<article class=\"thread\">\n<h1>{_esc(title)}</h1>\n"
        f"<div class=\"post op\"><p class=\"meta\"><b>{_esc(op_user)}</b> · {_esc(op_when)}</p>\n{_paras(op_text)}</div>\n</article>\n"
        f"{_comments(posts[1:], '{n} replies')}"
    )
    _add("forum", _chrome(site, title, inner), exp, ns)


def B(blog, tag, title, author, date, body, comments=(), exp=(), ns=()):
    """A blog post on its own small site."""
    site = {"brand": blog, "tag": tag, "nav": ["Home", "About", "Archive", "Contact"],
            "footer": f"© {blog} · Powered by Quillpress · Comments are moderated"}
    inner = (
        f"<article>\n<h1>{_esc(title)}</h1>\n<p class=\"meta\">Posted {_esc(date)} by {_esc(author)}</p>\n"
        f"{_paras(body)}\n</article>\n{_comments(comments, '{n} thoughts on “' + title.replace('{', '(').replace('}', ')') + '”')}"
    )
    _add("blog", _chrome(site, title, inner), exp, ns)


def T(kind, text, exp=(), ns=()):
    """Plain text as copied from a review site, social platform or Facebook group."""
    assert kind in TXT_KINDS
    _add(kind, textwrap.dedent(text).strip("\n") + "\n", exp, ns)


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

# ----- the graffiti on the sports hall wall ---------------------------------

N("post", "Anti-Muslim graffiti sprayed on Porth Melin school's sports hall", "By Nia Haddock, community reporter", "Monday 3 March 2025", """
    Police are investigating after anti-Muslim slogans were sprayed across the sports hall wall of Capstan Community High School some time between Saturday evening and early Sunday morning.

    Caretakers arriving on Sunday found the words, which the Post has chosen not to repeat, painted in red along the Ferrier Road side of the building. That wall faces the bus shelter used by hundreds of pupils every morning.

    Headteacher Angharad Pritchard-Rees said the school was "shocked but not cowed". "We are a school of more than forty home languages and we are proud of every one of our families," she said. "The wall was clean by ten o'clock. The message on it will not be allowed anywhere near our children."

    Officers are reviewing CCTV from the Stack Row shops and are treating the incident as a hate crime. Anyone with information is asked to contact police quoting reference PM/0311/25.

    The local Member of the Senedd, Rhodri Carew MS, said he would visit the school later this week.
    """,
    comments=[
        ("Bethan_PM", "2 hours ago", "Cowards. Both mine went there and the one thing that place has always done well is kids from everywhere getting on."),
        ("truthhurts77", "1 hour ago", "Not condoning vandalism but what did people expect. Half that school is in headscarves and the Welsh kids are a minority in their own city. Capstan stopped being a Welsh school years ago, it's an Islamic one with a rugby pitch."),
        ("Mo Abdi", "54 minutes ago", "@truthhurts77 my grandad worked these docks in 1958. Where exactly would you like me to go back to?"),
    ],
    exp=[x(S, "exact", "hate", "Capstan Community High School"), x(AP, "exact", "neutral", "Angharad Pritchard-Rees")])

N("courier", "Hate crime probe after slogans daubed on Cardiff high school", "Owen Tallis, Cardiff reporter", "4 March 2025", """
    Officers were called to Capstan High School in the Porth Melin area of the city on Sunday after offensive slogans targeting Muslims were found on an outside wall.

    The school, which serves large Somali and Yemeni communities as well as Welsh and Portuguese families, opened as normal on Monday. Extra staff were on the gates and a police community support officer met pupils off the buses.

    Deputy headteacher Hodan Warsame, who was herself a pupil at the school in the 1990s, said: "I grew up three streets from here. I know exactly how a thing like this lands on an eleven-year-old. Our job this week is to make sure every child walks in feeling it is their school, because it is."

    Police said enquiries were ongoing and no arrests had been made.
    """,
    comments=[
        ("Gwyn from the Basin", "4 March", "\"Muslims out\" sprayed where eleven-year-olds catch the bus. Whoever did it should be ashamed, and so should anyone in these comments making excuses for it."),
        ("ianthe_r", "4 March", "Ms Warsame was my son's form tutor years ago. Firm, fair, kind. Sending love to the staff."),
    ],
    exp=[x(S, "alias", "neutral", "Capstan High"), x(HW, "exact", "neutral", "Hodan Warsame")])

T("social", """
    Albion Rising 🏴 @albion_rising_wls · 3 Mar
    Somebody in Porth Melin finally said it out loud on a wall. #CapstanHigh has been a madrassa with a Welsh flag on the roof for years and nobody is allowed to say so. Our kids, our city, our schools.
    🗨 214   🔁 96   ♥ 402

    Replying to @albion_rising_wls
    Sarah Okafor @sarahokafor_cdf · 3 Mar
    Reported. Those are eleven year olds you're talking about.
    ♥ 88

    Replying to @albion_rising_wls
    Dewi @dewi_llais · 3 Mar
    "our city" mate you live in Swindon
    ♥ 1.1K
    """,
    exp=[x(S, "hashtag", "hate", "#CapstanHigh")])

T("facebook", """
    Somali Parents Network – Cardiff Bay
    Private group · 1.1K members

    Ifrah Jama
    5 March at 21:14 · 👥

    Asalaamu alaykum walaalayaal. Meeting at the community centre Thursday 6pm about what happened on the school wall. Ms Warsame from Capstan is coming to answer questions and Mr Saleh has offered to translate into Arabic for the Yemeni families. Please come, the children need to see us calm and together.

    👍❤️ 87 · 23 comments

    Khadra Ali
    Thank you Ifrah. My daughter didn't want to get off the bus on Monday 💔
    Like · Reply · 2d

    Abdullahi Hersi
    Respect to the deputy but the school took six hours to text parents. We heard from WhatsApp first. Not good enough, I will say it on Thursday
    Like · Reply · 2d

    Ifrah Jama
    Abdullahi Hersi yes raise it, they need to hear it
    Like · Reply · 2d
    """,
    exp=[x(S, "short_name", "negative", "Capstan"), x(HW, "title_surname", "neutral", "Ms Warsame"),
         x(NS, "title_surname", "neutral", "Mr Saleh")])

T("facebook", """
    Docklands Community Noticeboard (Porth Melin & Ferrier Basin)
    Public group · 6.8K members

    Carol Petty · Admin
    3 March at 12:02
    Comments left open on the graffiti post. Keep it civil or you're out, simple as.

    Darren Kelleher
    Heard the maths teacher at Capstan whose name was on that wall is the one who runs the prayer room. Saleh. Funny how it's always the same lot. Ship him back to Yemen with his mats and his Friday sermons and maybe the rest of us get our school back.
    Like · Reply · 1d

    Leanne Harries
    Darren you absolute weapon he was born in Cardiff, same hospital as you
    Like · Reply · 1d

    Carol Petty
    Darren has been removed from the group.
    Like · Reply · 1d
    """,
    exp=[x(NS, "surname_only", "hate", "Saleh"), x(S, "short_name", "hate", "Capstan")])

N("post", "Man, 34, charged with threatening Porth Melin teacher", "By Nia Haddock", "Friday 21 March 2025", """
    A 34-year-old man has been charged with sending threatening communications to a teacher at Capstan Community High School, police have confirmed.

    The charge relates to messages sent to maths teacher Nabil Saleh in the days after anti-Muslim graffiti appeared on the school's sports hall wall earlier this month.

    The man, from the Coalbrook area, has been released on bail with conditions not to contact Mr Saleh or to enter Porth Melin. He will appear before magistrates next month.

    Mr Saleh, who has taught at the school for nine years, did not wish to comment.
    """,
    comments=[
        ("Glenys T", "21 March", "Hope they throw the book at him. Mr Saleh got my grandson through his maths resit, patient as anything."),
        ("PMpride", "21 March", "Good. Now do the ones on Facebook."),
    ],
    exp=[x(S, "exact", "neutral", "Capstan Community High School"), x(NS, "exact", "neutral", "Nabil Saleh")])

N("courier", "Man jailed for 'vile' messages to Muslim teacher", "Court reporter", "29 April 2025", """
    A man who sent a stream of threatening messages to a Cardiff maths teacher after anti-Muslim graffiti appeared at the teacher's school has been jailed for 14 months.

    Jason Pill, 34, of Coalbrook, admitted sending threatening communications to Nabil Saleh, who teaches at Capstan Community High School in Porth Melin.

    The court heard Pill sent eleven messages over three nights, including one that read "we know which mosque you pray at". Prosecutor Angela Moyse said the messages were "designed to make a man frightened to go to work".

    In a statement read to the court, Mr Saleh said he had changed his route to school and that his children had asked why police officers were visiting their home. "I teach simultaneous equations to thirteen-year-olds," he said. "I am not anybody's enemy."

    Sentencing, District Judge Owain Harte said the offences were aggravated by religious hostility.
    """,
    comments=[
        ("Rhiannon_cdf", "29 April", "Good. Fourteen months seems light for terrifying a man and his kids."),
        ("nuhaa", "29 April", "Mr Saleh taught my sister. The nicest, calmest teacher. I hope he knows how many people are behind him."),
    ],
    exp=[x(NS, "exact", "neutral", "Nabil Saleh"), x(S, "exact", "neutral", "Capstan Community High School")])

F("netparents", "Education › Secondary", "Would you move your DC from Capstan after the graffiti?", [
    ("BayMum2011", "Thu 06-Mar-25 21:40", """
        DS is Y8 at Capstan. Since the graffiti he's anxious about the bus stop and honestly I'm not sure the school has done much beyond painting over it and putting out a nice statement. One assembly. One!

        The deputy, Mrs Warsame, was lovely when I rang, but there are no extra staff at the shelter after school, which is when he's on his own. AIBU to start looking at moving him?
        """),
    ("Pennywhistle", "Thu 06-Mar-25 21:52", "YABU to move him over one idiot with a spray can. Moving him teaches him the idiots win."),
    ("notthatkindofdoctor", "Thu 06-Mar-25 22:05", "I'd ask what they're doing about the bus stop specifically, and get it in writing. Statements are cheap."),
    ("ferrierfamily", "Fri 07-Mar-25 07:31", "Both mine are there. Police were at the gate the Tuesday and Wednesday. Maybe ask again, it might have changed since you rang?"),
], exp=[x(S, "short_name", "negative", "Capstan"), x(HW, "title_surname", "neutral", "Mrs Warsame")])

T("social", """
    TikTok
    @bay.kidz.news · our school after the graffiti 💔 #porthmelin
    1,203 comments

    mxrwa 🇸🇴
    the way the whole of year 9 stood outside the sports hall at lunch tho. proud of capstan fr
    ❤️ 2,311

    jayden.cdf
    the deputy came out n spoke to everyone she's actually so calm
    ❤️ 904

    st0nefacekill3r
    w4rs4me shld take that rag off her head if she wants respect in wales
    ❤️ 12

    mxrwa 🇸🇴
    @st0nefacekill3r reported u loser, go touch grass
    ❤️ 340
    """,
    exp=[x(HW, "leetspeak", "hate", "w4rs4me"), x(S, "short_name", "neutral", "capstan")])

B("Bridges Not Walls", "Cardiff Bay Interfaith Forum", "Candles on Ferrier Road", "Rev. Elin Tudor-Hale", "9 March 2025", """
    About two hundred of us stood on Ferrier Road on Friday evening, outside the sports hall where, a week earlier, somebody had sprayed words meant to make Muslim children feel like guests in their own school.

    It was not a big speechy evening. The imam from Stack Row said a short prayer. Father Dominic read from Micah. A Year 10 girl read a poem in Somali and then, because she wanted everyone to understand it, in Welsh.

    Nabil Saleh, whose name had been on that wall, spoke for less than a minute. He thanked the caretakers who scrubbed the bricks before most of us were awake, and then asked everyone to buy something from the Year 11 cake stall because they are saving for a prom. That was it. It was perfect.

    Hodan Warsame, the deputy head, stood at the gate handing out candles to anyone who wanted one. Rhodri Carew MS came straight from the Senedd and stayed to the end without once asking for a photo.

    Capstan High has been through a hard fortnight. On Friday it looked like what it is: a community school.
    """,
    comments=[
        ("Marian", "9 March 2025", "Thank you for writing this. I was there with my grandson and it was the kindest evening."),
        ("A. Gunawardena", "10 March 2025", "Beautifully put. The cake stall raised £411, for the record."),
    ],
    exp=[x(S, "alias", "neutral", "Capstan High"), x(NS, "exact", "neutral", "Nabil Saleh"), x(HW, "exact", "neutral", "Hodan Warsame")])

T("social", """
    Instagram
    capstan.sixthform.council · Follow

    Banner painting session today 🎨 “Ein cartref ni / Our home / Gurigeena / A nossa casa / بيتنا”. Thank you to everyone who turned up with brushes and biscuits. It's going on the sports hall wall on Monday 💛 #CapstanStrong #PorthMelin

    Liked by nuha.ak and 618 others
    View all 41 comments
    yusra.designs the portuguese on there made my nan cry 😭
    dafydd_the_lad elite banner tbf
    mrs.ali.bakes proud of you all ❤️
    """,
    exp=[x(S, "hashtag", "neutral", "#CapstanStrong")])

T("social", """
    Snapchat · Our Story · Porth Melin

    lilah 🌸
    someone wrote sum disgusting stuff about saleh on the bus shelter AGAIN 😡 he's literally the nicest teacher in capstan

    kxyan.x
    told miss at reception they're sending the caretaker

    Snapchatter
    who even does that to a maths teacher. weird ppl
    """,
    exp=[x(NS, "surname_only", "neutral", "saleh"), x(S, "short_name", "neutral", "capstan")])

N("council", "Minutes of the meeting held on 12 March 2025", "Harbourside Area Committee", "Published 20 March 2025", """
    Present: Cllr Fadumo Ali (Chair), Cllr Gethin Price, Cllr Lowri Bassett, Cllr Tomás Rocha. In attendance: Sgt Morfudd Lake (Neighbourhood Policing), Rhodri Carew MS (item 4 only).

    ## 1. Apologies
    Apologies were received from Cllr Iwan Sturdy.

    ## 4. Community safety: graffiti at Capstan Community High School
    Sgt Lake reported that an investigation into anti-Muslim graffiti on the school's Ferrier Road elevation was ongoing. Additional patrols had been placed on the Stack Row bus corridor. Members asked that the shelter CCTV camera, out of action since November, be repaired as a priority. Rhodri Carew MS reported on his visit to the school and offered to write to the transport operator.

    RESOLVED: that officers report back on the shelter camera at the next meeting.

    ## 5. Ferrier Basin campus: monthly cost report
    Ms Ottilie Brackenbury (School Business Manager) presented the report. The forecast outturn was £49.6m against an approved budget of £41.0m, the variance being attributed to ground conditions at the basin edge and changes to the glazing specification.

    Cllr Price said the variance was "frankly unacceptable for a project this council was told was fully costed" and asked for an independent review. Cllr Rocha asked whether the sports hall would still open in September; Ms Brackenbury said it would.

    RESOLVED: that the Committee request an independent cost review.
    """,
    exp=[x(S, "exact", "negative", "Capstan Community High School"), x(OB, "exact", "neutral", "Ottilie Brackenbury")])

T("social", """
    🔱Draig Wen🔱 @y_ddraig_wen88 · 4 Mar
    The Somali woman who's deputy head at Capstan. Hodan W. or whatever she calls herself. She's on them gates every morning at 8:20 like clockwork. Be a shame if someone was waiting for her one of these mornings. Just saying.
    💬 31   🔁 7   ❤️ 44
    """,
    exp=[x(HW, "first_initial", "threat", "Hodan W."), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    Kev Rowlands @kevr_cardiff · 5 Mar
    They've got a bloke called N. Saleh teaching maths at Capstan and running a prayer room out of a council building. Sharia by the back door and that school is the front line. Wake up Wales.
    🗨 12   🔁 4   ♥ 19

    Replying to @kevr_cardiff
    Bryn @brynjh · 5 Mar
    It's a room with a carpet in it Kev
    """,
    exp=[x(NS, "initial_surname", "hate", "N. Saleh"), x(S, "short_name", "hate", "Capstan")])

N("post", "Senedd member visits Capstan after graffiti attack", "By Nia Haddock", "Thursday 6 March 2025", """
    Rhodri Carew MS spent Wednesday morning at Capstan High, meeting pupils from the school council and the Year 11 Muslim students' association in the days after anti-Muslim graffiti was found on the sports hall.

    He was shown round by headteacher Angharad Pritchard-Rees and deputy head Hodan Warsame, and sat in on a Year 8 Welsh lesson where pupils were writing letters to the Senedd about what community means to them.

    "I was told about one wall," Mr Carew said afterwards. "I saw forty classrooms full of children who are more grown-up about this than some of the adults in my inbox."
    """,
    comments=[("jeff_k", "6 March", "Nice photo op. Any money for the bus shelter camera though?")],
    exp=[x(S, "alias", "neutral", "Capstan High"), x(AP, "exact", "neutral", "Angharad Pritchard-Rees"), x(HW, "exact", "neutral", "Hodan Warsame")])

# ----- the history teacher who posts on X ------------------------------------

T("social", """
    Declan O'Shaughnessy
    @declan_osh_history
    History & Politics teacher in Porth Melin. Views my own, obviously. NEU Cymru. Tottenham, sadly.

    Declan O'Shaughnessy @declan_osh_history · 28 Apr
    The Reform candidate for Cardiff Harbourside couldn't name a single Senedd committee at tonight's hustings. My Year 12s could name six, and one of them was asleep. Make of that what you will.
    💬 88   🔁 140   ♥ 1.2K

    Declan O'Shaughnessy @declan_osh_history · 29 Apr
    Before anyone emails my employer again: no, I don't do party politics in the classroom. Yes, I'm allowed opinions on a Tuesday night.
    💬 203   🔁 61   ♥ 2.4K
    """,
    exp=[x(DO, "exact", "neutral", "Declan O'Shaughnessy")])

T("social", """
    Replying to @declan_osh_history
    Neil Bevan 🏴󠁧󠁢󠁷󠁬󠁳󠁿 @neilb_bay · 29 Apr
    you're a smug little commie and you're teaching my nephew at capstan. pathetic excuse for a teacher, crawl back under your union banner and stay there
    ♥ 23

    Replying to @neilb_bay
    Rhian @rhian_pm · 29 Apr
    Your nephew's grades went up two levels in his class, Neil. I know because I'm his mother.
    ♥ 611
    """,
    exp=[x(DO, "handle", "abuse", "@declan_osh_history"), x(S, "short_name", "neutral", "capstan")])

N("post", "Parents raise concerns over teacher's posts online", "By Carys Mbeki", "Friday 2 May 2025", """
    A group of parents at Capstan Community High School have written to governors about the social media activity of a history teacher, the Post understands.

    The letter, seen by the Post and signed by fourteen parents, cites posts by Declan O'Shaughnessy on X criticising Reform UK candidates in the Cardiff Harbourside seat. It asks governors to "remind staff that pupils and parents can read what they write".

    "We're not asking for anyone to be sacked," one signatory said. "We're asking for even-handedness."

    Mr O'Shaughnessy declined to comment. Headteacher Angharad Pritchard-Rees said staff were entitled to private political views "within the professional standards that apply to all of us", and that the school would respond to the parents directly.
    """,
    comments=[
        ("Marc_Jenkins", "2 May", "He lives on Ropewalk Terrace by the old chandlery. Number 14, green door. Go and ask him yourselves if you're that bothered."),
        ("Sioned P", "2 May", "Marc, delete that. Seriously. Moderators?"),
        ("concerned_dad_cf", "2 May", "Nobody is threatening the man but a teacher should keep his gob shut online. Simple."),
    ],
    exp=[x(DO, "exact", "doxxing", "Declan O'Shaughnessy"), x(S, "exact", "neutral", "Capstan Community High School"),
         x(AP, "exact", "neutral", "Angharad Pritchard-Rees")])

N("clarion", "'RED DEC' TEACHER PROBED OVER ONLINE RANTS", "By Gavin Lusk, Chief Reporter", "6 May 2025", """
    A LEFTY teacher who branded Reform voters "gullible" in a string of online rants is being investigated by his school, the Clarion can reveal.

    Declan O'Shaughnessy, 38, who teaches history to pupils as young as 11 at Capstan Community High School in Cardiff, fired off more than 300 political posts in a single month, many during the school day.

    One furious mum told us: "He calls himself a teacher. He's a campaigner with a whiteboard."

    The school, which is already £8.6 MILLION over budget on a glass-fronted new campus, confirmed an investigation was under way but said it would not comment on individual staff.
    """,
    comments=[
        ("BulldogBill", "6 May", "Sack him and dock his pension. These people are poisoning kids' minds."),
        ("Patriot_Mum_73", "6 May", "Somebody ought to pay red Dec a visit one dark night and give HIM a history lesson he won't forget"),
        ("JeanFromLeeds", "6 May", "The Clarion doing 'teacher has opinions' again. Slow news day?"),
    ],
    exp=[x(DO, "exact", "threat", "Declan O'Shaughnessy"), x(S, "exact", "negative", "Capstan Community High School")])

F("staffroom", "Workplace › Conduct and capability", "Under investigation for personal tweets – union says sit tight?", [
    ("history_not_herstory", "7 May 2025, 21:03", """
        Not going to say where. Posted about the Senedd election on my own account, never mention work, never post in school hours whatever the papers say. Some parents complained, now I'm being "looked into" and I've had a letter inviting me to a fact-finding meeting.

        Anyone been through this? How worried should I be?
        """),
    ("welshwitch_KS3", "7 May 2025, 21:20", "If this is the Porth Melin case it's been in the Clarion so I'm afraid the anonymity ship has sailed. O'Shaughnessy, right? Get your rep in every single meeting, and don't delete anything."),
    ("ProfOfPedagogy", "7 May 2025, 21:41", "Stop posting for now. I say that as someone who agrees with every word you've written."),
    ("history_not_herstory", "7 May 2025, 22:02", "Please don't put my name on here."),
    ("mod_Jess", "7 May 2025, 22:10", "Reminder to everyone: don't identify posters. Thanks."),
], exp=[x(DO, "surname_only", "defamation", "O'Shaughnessy")])

B("The Dragon's Watch", "Common sense from the West", "Meet the teachers turning Cardiff classrooms red", "Idwal Price", "8 May 2025", """
    Every so often a story comes along that tells you everything about who is running our schools. Take Mr O'Shaughnessy of Capstan High, a man who appears to regard the Senedd as the last line of defence against the barbarians, and himself as its chief poet.

    I have read his feed so you don't have to. It is the output of a preening, sanctimonious little man who has never once considered that the parents he sneers at pay his wages. A tin-pot Trotsky with a lanyard.

    And the school? Capstan High has decided, apparently, that this is a "private matter". Parents who complain get a form letter. It is a school that has confused indoctrination with education and nobody at County Hall seems to mind.
    """,
    comments=[
        ("Red Ted", "8 May 2025", "\"Tin-pot Trotsky with a lanyard\" is going on my gravestone."),
        ("Aled W", "8 May 2025", "Ad hominem from the first line to the last. Poor piece even by this site's standards."),
    ],
    exp=[x(DO, "title_surname", "abuse", "Mr O'Shaughnessy"), x(S, "alias", "negative", "Capstan High")])

T("facebook", """
    Capstan High Parents (Unofficial)
    Private group · 2.4K members

    Karen Lydiard
    2 May at 19:02 · 👥

    Has anyone seen what Mr O'Shaughnessy has been posting?? I don't want my son taught politics by a man who calls half the country gullible. Not being funny but.

    😮👍 24 · 37 comments

    Tasha Morris
    He's the best teacher Lewis has had. He doesn't bring it into lessons, Lewis would've told me, he tells me everything lol
    Like · Reply · 1w

    Karen Lydiard
    Tasha Morris nobody's saying anyone should do anything to him, I just think the school should have a word
    Like · Reply · 1w

    Gail Pridmore
    bet he's a right laugh at parties 🙄
    Like · Reply · 1w
    """,
    exp=[x(DO, "title_surname", "negative", "Mr O'Shaughnessy"), x(S, "alias", "neutral", "Capstan High")])

T("social", """
    UnmaskTheTeachers @unmask_teachers · 3 May
    D3clan O'Sh4ughnessy. Capstan history teacher. Personal mobile 07700 900582. Drives a silver Corsa, parks it on the street. Let him know what you think of his "opinions" 📞📞
    💬 19   🔁 33   ❤️ 51
    """,
    exp=[x(DO, "leetspeak", "doxxing", "D3clan O'Sh4ughnessy"), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    TikTok
    @y12.politics.era · our teacher explaining proportional representation with haribo 🍬 #alevel

    lowkey mr o'shaughnessy is the goat of capstan 🐐
    ❤️ 1,024

    who is this man why is he so passionate about the d'hondt method 😭
    ❤️ 640

    leave him ALONE clarion he bought the whole class haribo
    ❤️ 233

    the way he said "and THAT is why coalitions exist" 💀
    ❤️ 198
    """,
    exp=[x(DO, "title_surname", "neutral", "mr o'shaughnessy"), x(S, "short_name", "neutral", "capstan")])

T("social", """
    Gethin Vance @gethvance · 4 May
    Porth Melin isn't a big place, O'Shaughnessy. You walk past the Anchor every night about half ten on your own. Keep mouthing off and one of these nights you won't make it home.
    💬 6   🔁 1   ♥ 9
    """,
    exp=[x(DO, "surname_only", "threat", "O'Shaughnessy")])

B("Notes from the Bay", "History, politics and the odd bad football take", "Why I'm still posting", "Declan O'Shaughnessy", "11 May 2025", """
    A few people have asked, some kindly and some not, why a history teacher in Porth Melin doesn't just log off.

    Here is the honest answer. I have spent fifteen years telling teenagers that democracy is something you do rather than something that happens to you. I would feel a fraud if I then went quiet the moment doing it became uncomfortable.

    I don't teach my opinions. I teach sources, and how to tell a good one from a bad one, and I think my students would be the first to tell you so. What I post on a Tuesday night is mine.

    I have turned off replies for a while. That is not because of the criticism. It is because of the messages telling me where I live.
    """,
    comments=[
        ("Ffion R", "11 May 2025", "Keep going, Declan. Some of us remember when teachers were too frightened to say anything at all."),
        ("Gruff", "12 May 2025", "Disagree with about half of what you post. Completely agree with this."),
    ],
    exp=[x(DO, "exact", "neutral", "Declan O'Shaughnessy")])

T("social", """
    Owen Thorne @owenthorne_ · 5 May
    Declan O'Shaugnessy is an embarrassment to the teaching profession and Capstan should be ashamed to employ the clown. Bet he marks Reform kids down too
    ♥ 14   🔁 2
    """,
    exp=[x(DO, "typo", "abuse", "Declan O'Shaugnessy"), x(S, "short_name", "negative", "Capstan")])

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Sharon Dee
    7 May at 08:15 · 🌍

    Petition's at 900 signatures already. petitions.example/SackDeclanOShaughnessy 👈 Sign it and share it. It's not about left or right, a history teacher at Capstan shouldn't be slagging off voters online full stop.

    👍 41 · 58 comments

    Imran Yusuf
    Signed the counter one instead 😂
    Like · Reply · 5d
    """,
    exp=[x(DO, "camelcase", "negative", "SackDeclanOShaughnessy"), x(S, "short_name", "neutral", "Capstan")])

F("netparents", "Talk › AIBU", "AIBU to think teachers with loud political opinions online are a problem?", [
    ("fourseasonsinoneday", "Mon 12-May-25 09:12", "Not naming anyone. But should teachers post about politics publicly where their pupils can read it? I'm torn."),
    ("Lemonpip", "Mon 12-May-25 09:20", "YABU. They're people with votes."),
    ("docksidedad", "Mon 12-May-25 09:44", "At DS's school (Capstan) the history teacher is all over X and honestly he's brilliant in the classroom. DS is a Tory and gets on with him fine. The fuss is mostly from people whose kids he doesn't teach."),
    ("fourseasonsinoneday", "Mon 12-May-25 10:02", "That's fair actually."),
], exp=[x(S, "short_name", "neutral", "Capstan")])

N("courier", "Union condemns 'pile-on' against Cardiff teacher", "Politics desk", "14 May 2025", """
    The National Education Union in Wales has condemned what it called "an organised pile-on" against a Cardiff history teacher whose posts about the Senedd election were criticised by parents.

    Declan O'Shaughnessy, who teaches at Capstan High in Porth Melin, has received messages containing his home address and a message warning that he "won't make it home", according to the union, which said both had been reported to police.

    "Whatever you think of his politics, nobody should have to read that," said the union's regional secretary, Mererid Hale. "Teachers are allowed to have views."

    The school said the welfare of its staff was its priority.
    """,
    comments=[("T. Philpott", "14 May", "Disagree with him on most things. That stuff about following him home is sick and people should be prosecuted for it.")],
    exp=[x(DO, "exact", "neutral", "Declan O'Shaughnessy"), x(S, "alias", "neutral", "Capstan High")])

# ----- the head of Year 7 and his boxing club --------------------------------

N("post", "Stack Row boxers punch above their weight at Welsh championships", "By Aled Fisher, sport", "Tuesday 18 February 2025", """
    Three young boxers from Stack Row ABC came home from the Welsh junior championships in Newport with two golds and a silver, the club's best haul since it opened in a converted chandlery in 2017.

    Coach Robert Kinsella, who is also head of Year 7 at Capstan High, said the medals mattered less than the attendance figures. "We've got sixty kids through the door every week. Half of them would be on a street corner otherwise. The medals are a bonus."

    Gold medallist Yasin Omar, 15, said he had started at the club "because Mr K made me" after a difficult first term at secondary school.
    """,
    comments=[
        ("Mags O", "18 February", "Robert Kinsella got my Kyle off the streets. Nuff said."),
        ("Tom_B", "18 February", "Boxing for children should be banned outright, medals or no medals."),
    ],
    exp=[x(RK, "exact", "neutral", "Robert Kinsella"), x(S, "alias", "neutral", "Capstan High")])

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Jodie Tranter
    18 September at 20:41 · 🌍

    Just want to say Mr Kinsella is a fucking legend. My Callum was a nightmare in primary, excluded twice, and three weeks into Year 7 he's asking to go in early for boxing. Whatever that man's on I want some 😂

    ❤️😂 143 · 31 comments

    Sam Idris
    Agreed. He's head of year for both mine and has never once not called back
    Like · Reply · 3d

    Jodie Tranter
    Sam Idris honestly didn't think I'd ever say a nice word about a school again 😂
    Like · Reply · 3d
    """,
    exp=[x(RK, "title_surname", "neutral", "Mr Kinsella")])

T("facebook", """
    Capstan High Parents (Unofficial)
    Private group · 2.4K members

    Zainab Qasim
    2 October at 16:47 · 👥

    Mr Kinsella kept my daughter behind at lunch and raised his voice at her over a uniform thing while the other kids watched. She came home in bits. I've emailed the school twice and heard nothing. Is this normal for a head of year 7?? She's 11.

    😢 18 · 26 comments

    Lisa Barnett
    Email the deputy, they're better at replying. Sorry she went through that x
    Like · Reply · 4d
    """,
    exp=[x(RK, "title_surname", "negative", "Mr Kinsella"), x(S, "alias", "negative", "Capstan High")])

F("netparents", "Education › Secondary", "Should a head of year be running a boxing club for 11 year olds?", [
    ("quietlyseething", "Sun 05-Oct-25 20:10", "DS's head of year at Capstan also runs the boxing gym on Stack Row and basically recruits in assemblies. DS now wants to go. Is that OK? Feels a bit blurred."),
    ("Harbourlights", "Sun 05-Oct-25 20:24", "Kinsella? My nephew goes. Honestly it's really safe, no sparring till 14, lots of skipping and shouting about homework."),
    ("KettleOnAgain", "Sun 05-Oct-25 20:51", "I'd be careful. I was told he left his last school in Swansea after putting his hands on a kid and it got hushed up. Don't know more than that but I'd ask questions."),
    ("Harbourlights", "Sun 05-Oct-25 21:03", "That's a pretty serious thing to post on a forum with nothing to back it up."),
], exp=[x(RK, "surname_only", "defamation", "Kinsella"), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    Lee Brannigan @leebrannigan_ · 22 Sep
    Rob Kinsella you grabbed my son by his blazer in front of his mates. Head of year 7 at capstan or not, put a hand on him again and I swear down you'll be picking your teeth up off Stack Row
    💬 3   ♥ 7
    """,
    exp=[x(RK, "nickname", "threat", "Rob Kinsella"), x(S, "short_name", "neutral", "capstan")])

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Lee Brannigan
    23 September at 07:55 · 🌍

    Since Capstan can't pick up a phone here's Kinsella's personal mobile. 07700 900431. Go on, ring him, tell him what you think of a grown man manhandling kids

    😮 12 · 40 comments

    Anonymous member
    Lee take that down mate you'll end up getting yourself arrested
    Like · Reply · 1d

    Lee Brannigan
    let them
    Like · Reply · 1d
    """,
    exp=[x(RK, "possessive", "doxxing", "Kinsella's"), x(S, "short_name", "negative", "Capstan")])

T("social", """
    TikTok
    @y9.bay.vibes · POV: you see sir at the boxing gym on a saturday 🥊

    mr kinsella arms should be illegal 😳😳
    ❤️ 3,004

    bro the way he said "gloves UP ladies" i'm not ok
    ❤️ 812

    head of year 7 rizz is unmatched no cap
    ❤️ 610

    this is why i joined the boxing club no lie
    ❤️ 410
    """,
    exp=[x(RK, "title_surname", "sexual", "mr kinsella")])

T("review", """
    Google
    Capstan Community High School
    4.1 ★★★★☆ · 212 reviews · Secondary school in Porth Melin

    Olu Adebayo
    Local Guide · 38 reviews
    ★★★★☆ 2 weeks ago
    Year 7 transition was handled brilliantly. Mr Kinsella phoned us in August before term even started and knew my son's name on day one. One star off because the drop-off on Ferrier Road is genuinely dangerous and nobody from the school ever marshals it.
    👍 14

    Response from the owner 1 week ago
    Thank you Olu, we have passed your comments on parking to our site team.
    """,
    exp=[x(S, "exact", "negative", "Capstan Community High School"), x(RK, "title_surname", "neutral", "Mr Kinsella")])

B("Gloves Off Wales", "Amateur boxing from the clubs up", "Club spotlight: Stack Row ABC", "Terry Vowles", "2 March 2025", """
    You won't find Stack Row ABC unless you know where to look: a roller door between a tyre place and a Yemeni bakery, and behind it the loudest room in Cardiff on a Tuesday night.

    The club is run by Bobby Kinsella, who by day is head of Year 7 at the local comprehensive and by night is the man with the whistle. He fought twenty-odd amateur bouts himself in the nineties. "All I learned from losing," he told me, "is that kids need somewhere to lose safely."

    The rules are strict. No sparring until fourteen. Homework checked at the door on Thursdays. Anyone caught fighting outside the gym is out for a month.

    If your club wants a spotlight, drop us a line.
    """,
    comments=[("Kerry-Ann", "3 March 2025", "My boy's there. The homework rule is real, he's furious about it.")],
    exp=[x(RK, "nickname", "neutral", "Bobby Kinsella")])

T("social", """
    Snapchat · chat (screenshot shared to story)

    tia 🦋: k1ns3lla gave me 3 detentions in ONE day
    tia 🦋: i'm actually gonna end him 💀💀
    mari: lmaooo u said that about the dinner ladies last week
    tia 🦋: and i meant it then too 😭

    [story caption] year 7 at capstan is a war zone send help
    """,
    exp=[x(RK, "leetspeak", "negative", "k1ns3lla"), x(S, "short_name", "negative", "capstan")])

N("courier", "Father banned from school grounds after car park confrontation", "Court reporter", "16 October 2025", """
    A father has been banned from the grounds of a Cardiff high school for twelve months after confronting a teacher in its car park.

    Lee Brannigan, 41, admitted a public order offence after shouting at and squaring up to Robert Kinsella, head of Year 7 at Capstan Community High School, at the end of the school day on 24 September.

    Magistrates heard Brannigan had earlier posted the teacher's personal phone number on social media. Mr Kinsella told the court he had "no wish to see a dad punished" but that other parents and children had been frightened.

    Brannigan was fined £300 and made subject to a restraining order.
    """,
    exp=[x(RK, "exact", "neutral", "Robert Kinsella"), x(S, "exact", "neutral", "Capstan Community High School")])

T("social", """
    Stack Row ABC 🥊 @stackrowabc · 1 Dec
    Huge congratulations to Kayden (11) on his first skills bout on Saturday! 🥇 Massive thanks to coach Robert K. and to the Capstan Year 7 team for sorting the permission forms in record time 🙌 #StackRowABC
    ♥ 61   🔁 9
    """,
    exp=[x(RK, "first_initial", "neutral", "Robert K."), x(S, "short_name", "neutral", "Capstan")])

F("cardifftalk", "Local Chat", "Anyone else uneasy about the Stack Row boxing videos?", [
    ("PenarthPete", "12 Nov 2025 19:22", "The boxing club posts loads of videos of young lads training with their tops off, some of them can't be more than twelve. The comments underneath are grim. And the coach is head of year at Capstan. Anyone else think that's a bit off?"),
    ("dockyard_dai", "12 Nov 2025 19:40", "it's boxing mate, they train in vests, half the videos are skipping"),
    ("anon_4471", "12 Nov 2025 20:05", "I heard Kinsella films them in the changing rooms and keeps it on his own phone. My cousin's boy packed it in because of it."),
    ("PenarthPete", "12 Nov 2025 20:18", "That's a massive thing to say. If you believe it, ring the police, don't post it on here."),
    ("Moderator", "12 Nov 2025 20:31", "Thread locked pending review."),
], exp=[x(RK, "surname_only", "sexual", "Kinsella", True), x(S, "short_name", "sexual", "Capstan", True)])

F("netparents", "Talk › Chat", "Year 7 parents' evening thread (light-hearted)", [
    ("sofa_so_good", "Thu 13-Nov-25 21:15", "Just back from Capstan Y7 parents' evening. Who knew the head of year would look like he'd wandered off the set of a boxing film 😳"),
    ("mrs_cardamom", "Thu 13-Nov-25 21:22", "Ha, Mr Kinsella! Every mum in Porth Melin suddenly VERY interested in her child's behaviour points."),
    ("sofa_so_good", "Thu 13-Nov-25 21:25", "I'd happily get a detention off him, that's all I'm saying 😏"),
    ("GrumpyInGrangeford", "Thu 13-Nov-25 21:40", "Leave the poor man alone, he's married and he's knackered!"),
], exp=[x(RK, "title_surname", "sexual", "Mr Kinsella"), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    Shane Doolan @shane_doolan · 30 Sep
    Kinsella at Capstan is a steroid-brained meathead who thinks screaming at eleven year olds counts as "pastoral care". Dinosaur. Every parent I know thinks the same
    ♥ 11
    """,
    exp=[x(RK, "surname_only", "abuse", "Kinsella"), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    Instagram
    porthmelin.memes · Follow

    [image: a boxing glove with a school tie on it]
    when the head of year 7 catches you without a blazer 😭🥊

    Liked by 1,904 others
    View all 88 comments
    amirr_07 Mr Kіnsella the Capstan bully strikes again, man's a big ugly gorilla in a cheap suit
    chloe.x not the tie 💀
    yx.hamza facts 😂
    """,
    exp=[x(RK, "homoglyph", "abuse", "Mr K\u0456nsella"), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    Instagram
    capstan.y7.2025 · Follow

    Sports day heats ☀️🏃 Year 7 you were incredible today!!

    View all 19 comments
    ellie.bx everyone say thank you to K i n s e l l a for making us sit in the sun for 3 hours 🙄🥵
    dani_the_goat he gave us ice pops tho
    ellie.bx ok fair
    """,
    exp=[x(RK, "spacing", "negative", "K i n s e l l a"), x(S, "handle", "neutral", "capstan.y7.2025")])

# ----- the Welsh lessons row ------------------------------------------------

N("post", "Capstan plans to cut Welsh lessons to make room for English catch-up", "By Carys Mbeki", "Wednesday 15 January 2025", """
    Capstan Community High School is consulting on plans to reduce Welsh lessons for pupils in Years 7 to 9 from three hours a fortnight to two, and to withdraw some newly arrived pupils in Years 10 and 11 from GCSE Welsh entirely.

    The freed-up time would be used for English language support. More than a third of the school's 1,150 pupils speak English as an additional language, and the school says forty arrived mid-year last year alone.

    Headteacher Angharad Pritchard-Rees said: "Nobody here is anti-Welsh. I am a first-language Welsh speaker. But a fourteen-year-old who arrived from Sana'a in October needs to be able to read a chemistry exam paper."

    The school's head of Welsh, Eleri Vaughan, is understood to have raised concerns about the plans at a staff meeting. Campaign group Cylch Iaith y Bae said it would oppose the proposal "at every stage".
    """,
    comments=[
        ("Owain ap R", "15 January", "English-medium school in the capital of Wales quietly dropping Welsh. This is exactly how it happens, one timetable at a time."),
        ("Fadumo", "15 January", "My kids do Arabic at the mosque, Somali at home, English at school and Welsh on top. Let them get the English right first and then give them more Welsh, not less."),
        ("Hefin", "15 January", "Welsh is not an optional extra. Full stop."),
    ],
    exp=[x(S, "exact", "negative", "Capstan Community High School"), x(AP, "exact", "neutral", "Angharad Pritchard-Rees"),
         x(EV, "exact", "neutral", "Eleri Vaughan")])

N("courier", "Language campaigners rally at Cardiff school gates", "Education correspondent", "25 January 2025", """
    Around eighty protesters gathered outside Capstan High in Porth Melin on Saturday morning, holding placards reading "Dim Cymraeg, dim dyfodol" (No Welsh, no future).

    They called on headteacher Angharad Pritchard-Rees to withdraw a proposal to cut Welsh lessons at the school, which they described as "a dangerous precedent for every English-medium school in Wales".

    A smaller group of parents stood across the road with a banner supporting the plan. One, who did not want to be named, said: "Our children are not a bargaining chip in somebody else's language argument."

    The council said the school's proposal would be considered alongside its Welsh in Education Strategic Plan.
    """,
    comments=[("pobl_y_bae", "25 January", "Da iawn pawb. Ymlaen.")],
    exp=[x(S, "alias", "negative", "Capstan High"), x(AP, "exact", "negative", "Angharad Pritchard-Rees")])

B("Llais y Bae", "Blog Cylch Iaith y Bae · Welsh language campaigners in the docklands", "Llythyr agored / An open letter", "Cylch Iaith y Bae", "17 January 2025", """
    Annwyl Mrs Pritchard-Rees,

    Rydym yn ysgrifennu atoch ynglŷn â'ch cynnig i dorri gwersi Cymraeg. (We are writing about your proposal to cut Welsh lessons.)

    We do not doubt that newly arrived pupils need more English. Nobody in this group has ever said otherwise. But Capstan's proposal takes that time from the one subject that every child in Wales is entitled to, and it does so in a district where Welsh was spoken on the docks before most of our grandparents were born.

    Dear Mrs Pritchard-Rees, you are a Welsh speaker. You know what it means when a school decides a language can wait. We ask you to find the hours somewhere else, and we will help you lobby for the funding to do it.

    Yn gywir,
    Pwyllgor Cylch Iaith y Bae
    """,
    comments=[("Sioned Rh.", "18 January 2025", "Llythyr da. Polite and firm, which is more than the Clarion managed.")],
    exp=[x(AP, "title_surname", "negative", "Mrs Pritchard-Rees"), x(S, "possessive", "negative", "Capstan's")])

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Hibaaq Nur
    20 January at 18:12 · 🌍

    Honest question not trying to start nothing. My son is in year 10 at Capstan, came 6 months ago from Italy. His English is not good yet. Why he has to do 3 lessons Welsh and only 1 extra English? I support the school plan.

    💬 64 comments

    Gareth Lewis
    If you don't want your kids learning the language of the country you moved to maybe you moved to the wrong country love
    Like · Reply · 3d

    Nia Williams
    Gareth Lewis she literally said she supports Welsh, read it again. Hibaaq the school are doing a meeting on the 30th, I'll come with you if you want ❤️
    Like · Reply · 3d

    Hibaaq Nur
    Nia Williams thank you sister
    Like · Reply · 3d
    """,
    exp=[x(S, "short_name", "neutral", "Capstan")])

T("social", """
    Rhys Cadwaladr @rhys_cad · 22 Jan
    Head of Welsh at Capstan, E. Vaughan, apparently briefing against her own head to the papers. Disloyal, self-important little madam. Do your job or go.
    💬 9   ♥ 16
    """,
    exp=[x(EV, "initial_surname", "abuse", "E. Vaughan"), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    Brexit Barry 🇬🇧 @bazza_gb1 · 23 Jan
    Miss Vaughan from Capstan crying cos Somali kids don't want to learn her made-up sheep language 😂 Welsh is a dead tongue for inbred taffs, nobody in the real world speaks it
    💬 41   🔁 12   ♥ 63

    Replying to @bazza_gb1
    Catrin @catrin_caerdydd · 23 Jan
    Tua 900,000 o bobl. Nos da, Barry.
    ♥ 2.2K
    """,
    exp=[x(EV, "title_surname", "hate", "Miss Vaughan"), x(S, "short_name", "neutral", "Capstan")])

F("staffroom", "Subject chat › Modern and community languages", "Head of dept being hung out to dry over language row", [
    ("yr_hen_iaith", "24 January 2025, 19:44", """
        Friend of mine is head of Welsh at a Cardiff English-medium. SLT want to cut her department's hours. She objected in a staff meeting (politely, I'm told) and now she's being blamed for "leaking" to the campaigners and the local paper.

        She didn't. What do you do when your own leadership decides you're the problem?
        """),
    ("MrsB_MFL", "24 January 2025, 20:02", "Is this E Vaughan at Capstan? It's all over Twitter. Poor woman, she's getting it from both sides. And the SLT there have handled the whole thing appallingly."),
    ("yr_hen_iaith", "24 January 2025, 20:10", "No comment 🙂 but yes, appallingly is the word."),
    ("LangLead_Gwent", "24 January 2025, 20:33", "Union. Now. Keep every email."),
], exp=[x(EV, "initial_surname", "neutral", "E Vaughan"), x(S, "short_name", "negative", "Capstan")])

N("council", "Education Scrutiny Committee (Harbourside): Welsh in Education Strategic Plan progress", "Harbourside Area Committee", "Meeting of 4 February 2025", """
    Present: Cllr Lowri Bassett (Chair), Cllr Fadumo Ali, Cllr Tomás Rocha, Cllr Gethin Price; co-opted member Mr Harri Lyle (parent governor representative).

    ## 3. WESP progress report
    Officers presented the annual progress report. The Committee noted that Capstan Community High School had consulted on reducing Key Stage 3 Welsh provision from three hours to two hours per fortnight.

    Members expressed concern that the proposal ran counter to the Plan's target for Welsh in English-medium settings, and that the consultation had been launched before any discussion with the local authority.

    The headteacher, Mrs A. Pritchard-Rees, attended at the Committee's invitation. She explained the school's EAL pressures and said she would welcome additional funding that would allow both commitments to be met.

    RESOLVED: that the Chair write to the Cabinet Member seeking a funded solution, and that the school be asked to pause implementation pending that reply.
    """,
    exp=[x(S, "exact", "negative", "Capstan Community High School"), x(AP, "initial_surname", "neutral", "A. Pritchard-Rees")])

N("clarion", "WELSH AXED SO MIGRANT PUPILS CAN LEARN ENGLISH", "By Harriet Vane-Colley", "21 January 2025", """
    A CARDIFF school is scrapping Welsh lessons for migrant children so they can catch up on English — leaving language campaigners FUMING.

    Capstan Community High School, where pupils speak more than 40 languages, wants to cut the compulsory subject for dozens of youngsters who arrived in Britain in the last two years.

    One Welsh-speaking dad said: "My taxes pay for this school. My son's language is being sacrificed."

    Campaigners have vowed to fight the plan. The school said the proposal was "about access, not identity".
    """,
    comments=[
        ("Stan_in_Kent", "21 January", "Little Mogadishu-on-Taff. These people will never integrate and that school bends over backwards for them while the locals get nothing."),
        ("Dilys M", "21 January", "As a Welsh speaker I'm ashamed of some of these comments. Leave the children out of it."),
        ("BigPhil", "21 January", "Hang on, so the Clarion wants MORE Welsh lessons now? What year is it"),
    ],
    exp=[x(S, "exact", "hate", "Capstan Community High School")])

T("review", """
    Indeed
    Capstan Community High School · Company reviews

    2.0 ★★☆☆☆
    Great kids, leadership who see Welsh as a box to tick
    Teacher of Welsh (Former Employee) – Cardiff, Wales – 14 February 2025

    Pupils are funny, warm and genuinely multilingual, and they'd have a go at anything. Department colleagues were lovely.

    Timetable decisions were made without ever consulting the department. Cover was taken out of Welsh lessons first every single time. I left after two years and I'm not the only one.

    Pros
    The students, the canteen curry on Fridays
    Cons
    Senior leadership, workload, constant cover
    Was this review helpful? Yes 4 · No 1
    """,
    exp=[x(S, "exact", "negative", "Capstan Community High School")])

T("social", """
    Instagram
    amira.mum.of.3 · Follow

    So proud of Amira winning the Welsh recitation at the #CapstanHigh eisteddfod today 🏆🐉 Two years ago she didn't speak a word of English never mind Welsh. Miss Vaughan was in tears, so was I 😭❤️

    Liked by dalia.s and 204 others
    View all 23 comments
    rukia.h mashallah!! 😍
    eleri_cymraeg llongyfarchiadau Amira 💚
    """,
    exp=[x(S, "hashtag", "neutral", "#CapstanHigh"), x(EV, "title_surname", "neutral", "Miss Vaughan")])

T("social", """
    Cymru Rydd 🏴 @cymru_rydd_now · 24 Jan
    Don't waste your time with that useless school office. Eleri Vaughan, head of Welsh at Capstan, personal email: eleri.vaughan.iaith@mailbox.example 📧 Tell her what you think of her staying quiet while they gut her own subject.
    💬 14   🔁 22   ♥ 30
    """,
    exp=[x(EV, "exact", "doxxing", "Eleri Vaughan"), x(S, "short_name", "negative", "Capstan")])

F("netparents", "Education › SEN", "DD dyslexic and drowning in Welsh, is the extra lesson fair?", [
    ("ferrybridgefern", "Sat 01-Feb-25 10:02", """
        DD (Y8, Capstan in Porth Melin) has dyslexia and Welsh spelling is a nightmare for her. Her teacher, Miss Vaughan, has been lovely honestly, gives her coloured overlays and lets her do the speaking bits first.

        But with all this talk of cutting Welsh, I'm quietly hoping DD is one of the ones who gets extra English instead. Is that an awful thing to say?
        """),
    ("Cymraes_yn_Lloegr", "Sat 01-Feb-25 10:30", "Not awful, but Welsh phonics are actually more regular than English ones. Ask about a structured approach."),
    ("ferrybridgefern", "Sat 01-Feb-25 11:12", "Oh that's interesting, thank you. Will ask at parents' evening."),
], exp=[x(EV, "title_surname", "neutral", "Miss Vaughan"), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    Mared @mared_bay · 26 Jan
    Eleri Vaughn at Capstan is the only person in that building standing up for Welsh and she's getting dog's abuse for it. The rest of SLT should be ashamed of themselves.
    ♥ 88   🔁 14
    """,
    exp=[x(EV, "typo", "neutral", "Eleri Vaughn"), x(S, "short_name", "negative", "Capstan")])

T("facebook", """
    Cymraeg i Bawb – Caerdydd
    Public group · 3.1K members

    Gwion Thomas
    27 January at 23:48 · 🌍

    If Capstan goes ahead with this I'll put a brick through every window in that head's office myself and they can arrest me for it. Some things are worth a criminal record.

    💬 19 comments

    Elin Dafis
    Gwion, no. Delete this. You're not helping the cause, you're handing the Clarion a headline.
    Like · Reply · 1d

    Gwion Thomas
    ok ok, deleted in 5 mins. Still fuming
    Like · Reply · 1d
    """,
    exp=[x(S, "short_name", "threat", "Capstan")])

T("social", """
    Siân Wyn @sianwyn_cdf · 28 Jan
    Before anyone starts: nobody is saying anyone should go near Mrs Pritchard-Rees or her family, and if you do I'll report you myself. But the head of Capstan should resign over this. Simple as that.
    ♥ 45   🔁 5
    """,
    exp=[x(AP, "title_surname", "negative", "Mrs Pritchard-Rees"), x(S, "short_name", "neutral", "Capstan")])

N("post", "School drops plan to cut Welsh lessons after consultation", "By Carys Mbeki", "Friday 28 February 2025", """
    Capstan Community High School has dropped its proposal to cut Welsh lessons after the council agreed to fund an additional English language teacher for two years.

    Headteacher Angharad Pritchard-Rees said she was "relieved and grateful" and thanked parents on both sides of the argument "for caring so much about the same children".

    Head of Welsh Eleri Vaughan said the department was "delighted to keep every minute" and invited campaigners to the school's St David's Day eisteddfod next week.

    Cylch Iaith y Bae described the decision as "a victory for common sense and for the children".
    """,
    comments=[("Owain ap R", "28 February", "Credit where due. Diolch.")],
    exp=[x(S, "exact", "neutral", "Capstan Community High School"), x(AP, "exact", "neutral", "Angharad Pritchard-Rees"),
         x(EV, "exact", "neutral", "Eleri Vaughan")])

T("facebook", """
    Cymraeg i Bawb – Caerdydd
    Public group · 3.1K members

    Lowri Mai
    28 February at 12:30 · 🌍

    NEWYDDION DA 🎉 Pritchard Rees has backed down and the Welsh hours at Capstan are staying! Diolch i bawb who wrote letters, stood in the rain, emailed councillors. This is what happens when people organise 💚

    ❤️🎉 212 · 40 comments

    Meinir
    Gwych! And well done to the parents who pushed for proper EAL funding too, everyone wins
    Like · Reply · 6h
    """,
    exp=[x(AP, "hyphenated", "neutral", "Pritchard Rees"), x(S, "short_name", "neutral", "Capstan")])

# ----- the rugby academy link -----------------------------------------------

N("post", "Capstan joins regional rugby academy pathway", "By Aled Fisher, sport", "Thursday 11 September 2025", """
    Capstan Community High School has become the first school in the docklands to join the Harbourside Rugby Academy's schools pathway, giving selected pupils two extra coached sessions a week and access to the academy's strength and conditioning staff.

    PE teacher David Jones, who will coordinate the link, said: "We've got kids here who've never held a rugby ball and kids who could play for Wales. This lets us serve both."

    The academy will also run free taster sessions for Year 7 on Friday afternoons at the Porth Melin Docks RFC ground.
    """,
    comments=[
        ("BayDad", "11 September", "Great news. Now sort the girls out too."),
        ("Cath L", "11 September", "Mr Jones coached my lad back in 2015, top bloke, fair to every kid."),
    ],
    exp=[x(S, "exact", "neutral", "Capstan Community High School"), x(DJ, "exact", "neutral", "David Jones")])

T("facebook", """
    Capstan High Parents (Unofficial)
    Private group · 2.4K members

    Kelly-Ann Morgan
    15 September at 17:20 · 👥

    So the rugby academy thing is BOYS ONLY?? My daughter asked Mr Jones if she could try out and got told there's "netball for the girls". It's 2025. Not happy at all. Who do I complain to, the governors?

    👍😡 57 · 44 comments

    Rashid Farouk
    Our Maryam plays for Porth Melin Docks under 14 girls and she's better than half the boys. Happy to go to the governors with you
    Like · Reply · 2d

    Kelly-Ann Morgan
    Rashid Farouk yes please x
    Like · Reply · 2d
    """,
    exp=[x(DJ, "title_surname", "negative", "Mr Jones"), x(S, "alias", "negative", "Capstan High")])

F("netparents", "Education › Secondary", "DS concussed at academy session and the school shrugged", [
    ("livid_in_ferrier", "Wed 08-Oct-25 22:14", """
        DS (Y9, Capstan) took a bang to the head at Tuesday's rugby academy session. According to him, the PE teacher (Mr Jones) told him to "walk it off" and sent him back on. He was sick that night and A&E confirmed concussion.

        Nobody rang me. Nobody filled in an accident form until I asked. I've complained formally. AIBU to be absolutely livid?
        """),
    ("OvalBallOrla", "Wed 08-Oct-25 22:30", "YANBU. Return-to-play protocols exist for a reason and every PE department knows them."),
    ("mumofthree_cf", "Wed 08-Oct-25 22:49", "Ask for the incident log and the session plan. If it's a partnership the academy has its own safeguarding lead too."),
], exp=[x(DJ, "title_surname", "negative", "Mr Jones"), x(S, "short_name", "negative", "Capstan")])

T("social", """
    Huw Prys @huwprys_9 · 14 Oct
    Worst kept secret at Capstan: David Jones is on the academy's payroll and the lads who get picked are the ones whose dads drink with him in the Docks RFC bar. Absolute closed shop and the school knows it
    💬 22   🔁 6   ♥ 39
    """,
    exp=[x(DJ, "exact", "defamation", "David Jones"), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    TikTok
    @bay.girls.pe · pov: netball is cancelled so we watch the rugby lads 🏉

    why is mr jones pe teacher at capstan so fine 😭😭 he blew the whistle and i forgot my own name
    ❤️ 5,120

    not the PE crush era again 💀
    ❤️ 1,004

    he's like 40 😭😭
    ❤️ 688

    40 and THAT?? ok
    ❤️ 402
    """,
    exp=[x(DJ, "title_surname", "sexual", "mr jones"), x(S, "short_name", "neutral", "capstan")])

T("review", """
    Google
    Capstan Community High School
    4.1 ★★★★☆ · 212 reviews

    Mehmet Yilmaz
    6 reviews
    ★★☆☆☆ 3 months ago
    If your child isn't into rugby, PE here is a waste of time. Mr Jones spends every lesson scouting for the academy while the rest of the class stand about in the cold. Academics are fine, maths department excellent.
    👍 9
    """,
    exp=[x(S, "exact", "negative", "Capstan Community High School"), x(DJ, "title_surname", "negative", "Mr Jones")])

N("courier", "Docks teenager earns regional academy call-up", "Rugby desk", "2 December 2025", """
    Ferrier Basin schoolboy Osian Pugh, 16, has been named in the regional under-18 academy squad, less than two years after picking up a rugby ball for the first time.

    Pugh, a Year 11 pupil at Capstan Community High School, credited his PE teacher Dai Jones with spotting him during a Year 9 cross-country race. "He said anyone who can run like that in the rain can run through a tackle," Pugh said. "I wasn't sure that was how it worked. Turns out it is."

    He will train with the squad twice weekly alongside his GCSEs.
    """,
    exp=[x(S, "exact", "neutral", "Capstan Community High School"), x(DJ, "nickname", "neutral", "Dai Jones")])

T("social", """
    Snapchat · story reply

    jonesy the pe clown made us run laps in the rain for "attitude" 🤡 absolute neanderthal, can't even spell neanderthal probably. capstan needs a new pe department fr
    """,
    exp=[x(DJ, "nickname", "abuse", "jonesy"), x(S, "short_name", "negative", "capstan")])

B("Porth Melin Docks RFC", "Club news from the Basin End ground", "Club newsletter: spring round-up", "Club secretary Myfanwy Rowe", "1 April 2025", """
    What a season. The seconds finished third, the under-14 girls won their first ever league, and the bar finally has a card machine.

    Huge thanks to our friends at Capstan High, and especially to Mr D. Jones, who has brought more than thirty pupils down to Friday tasters this year and who refereed the under-12s festival in a hailstorm without complaint.

    Subs are due by 30 April. The AGM is on 14 May in the clubhouse; nominations for committee to the secretary please.
    """,
    exp=[x(S, "alias", "neutral", "Capstan High"), x(DJ, "initial_surname", "neutral", "D. Jones")])

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Bev Hollins
    20 October at 21:06 · 🌍

    Everyone saying Dave Jones at Capstan picks his mates' sons for the academy. My lad was picked and I've never bought that man a drink in my life. Some of you need to stop making stuff up because your kid didn't get in.

    👍 88 · 61 comments
    """,
    exp=[x(DJ, "nickname", "neutral", "Dave Jones"), x(S, "short_name", "neutral", "Capstan")])

# ----- the new-build campus over budget --------------------------------------

N("post", "Capstan's new campus heads £8.6m over budget", "By Carys Mbeki", "Tuesday 11 March 2025", """
    The new Capstan Community High School campus at Ferrier Basin is now forecast to cost £49.6 million, £8.6 million more than the budget approved by councillors in 2022.

    A report to the Harbourside Area Committee blames unexpected ground conditions at the edge of the basin, where engineers found old dock timbers, and late changes to the glazing on the three-storey atrium.

    School business manager Ottilie Brackenbury told councillors the school itself had "no ability to spend a penny outside the agreed contract" and that every variation had been signed off by the council's own project board.

    The campus is due to open in September 2026, a year later than planned.
    """,
    comments=[
        ("Gethin P", "11 March", "Eight point six million. The primary down the road can't afford to fix its roof."),
        ("lizzieb", "11 March", "Brackenbury's answer to everything is 'market conditions'. Rubbish."),
    ],
    exp=[x(S, "exact", "negative", "Capstan Community High School"), x(OB, "exact", "negative", "Ottilie Brackenbury")])

N("clarion", "SCHOOL'S £49M 'GLASS PALACE' — WITH £2,400 BENCHES", "By Gavin Lusk, Chief Reporter", "14 March 2025", """
    TAXPAYERS are footing the bill for £2,400 "smart benches" with built-in phone chargers at a Welsh school that has run £8.6 MILLION over budget.

    The glass-fronted campus for Capstan Community High School in Cardiff also boasts a "reflective atrium", a rooftop terrace and a climbing wall.

    The school's business manager, Ottilie Brackenbury, who is paid a reported £68,000 a year, said the benches were "part of the original landscape specification".

    Local mum Dawn Ricketts, 39, said: "My kid's classroom has buckets catching the rain right now. Benches!"
    """,
    comments=[
        ("Derek_Essex", "14 March", "Follow the money. Somebody's brother-in-law always owns the glass company."),
        ("TaxpayerTina", "14 March", "That Brackenbury woman will be lining her own pockets, guaranteed. They always are, these people who sign the contracts."),
        ("SensibleSue", "14 March", "£2,400 for a bench is not even unusual for public realm. The Clarion knows that."),
    ],
    exp=[x(S, "exact", "negative", "Capstan Community High School"), x(OB, "exact", "defamation", "Ottilie Brackenbury")])

N("council", "Cabinet decision notice: additional capital for Ferrier Basin secondary campus", "Harbourside Area Committee", "Decision 2025/117 · 2 April 2025", """
    ## Decision
    Cabinet approved an additional capital allocation of £3.2m towards the new campus for Capstan Community High School, the balance of the forecast overspend to be met from contingency and value engineering.

    ## Reasons
    The project is contractually committed. Pausing works would incur standing costs estimated at £410,000 per month.

    ## Consultation
    The Cabinet Member consulted ward members and the school. Ms Brackenbury, School Business Manager, provided the school's assessment of the value-engineering options, and confirmed that none would reduce teaching space.

    ## Call-in
    This decision may be called in by any three non-executive members within five working days of publication.
    """,
    exp=[x(S, "exact", "neutral", "Capstan Community High School"), x(OB, "title_surname", "neutral", "Ms Brackenbury")])

F("staffroom", "Workplace › Funding and resources", "£49m new build, no glue sticks", [
    ("glue_stick_bandit", "19 March 2025, 18:30", "Our school is building a £49m campus with a reflective atrium and I've just been told there's no budget for exercise books until April. Business manager's line is 'separate pots'. Anyone else living this?"),
    ("MathsMissCardiff", "19 March 2025, 18:51", "Is this Capstan? Ms Brackenbury said the exact same 'separate pots' line at a cluster meeting I was at. Word for word. Meanwhile my department is photocopying on the back of old mocks."),
    ("Deputy_Dawg", "19 March 2025, 19:10", "To be fair capital and revenue genuinely are separate pots. Doesn't help you, I know."),
    ("glue_stick_bandit", "19 March 2025, 19:25", "I know it's true. It's still insane."),
], exp=[x(OB, "title_surname", "negative", "Ms Brackenbury"), x(S, "short_name", "negative", "Capstan")])

T("social", """
    Bay Watchdog @baywatchdog_cdf · 9 Mar
    Ottilie Brackenbury signs off the Ferrier Basin campus contracts. The glazing subcontract went to a firm run by her sister's husband. Not a single councillor has asked why. I'm asking. 🧵 1/6
    💬 47   🔁 120   ♥ 211
    """,
    exp=[x(OB, "exact", "defamation", "Ottilie Brackenbury")])

T("facebook", """
    Docklands Community Noticeboard (Porth Melin & Ferrier Basin)
    Public group · 6.8K members

    Wayne Lusty
    11 March at 22:30 · 🌍

    For anyone who wants a word with the woman spending our money on glass benches, Brackenbury lives at Heronsgate Lodge, Sluice Lane, CF0 5WX. The one with the electric gates. Funny how that works innit.

    😡 33 · 27 comments

    Carol Petty · Admin
    Removed in 10 minutes Wayne and you're on your last warning. Addresses are not OK, full stop.
    Like · Reply · 8h
    """,
    exp=[x(OB, "surname_only", "doxxing", "Brackenbury")])

T("review", """
    Glassdoor
    Capstan Community High School reviews

    ★★☆☆☆  "Great staffroom, exhausting finance office"
    Teaching Assistant · Former employee · Cardiff · 3 Feb 2025

    Pros
    Lovely colleagues, funny kids, lunch is decent.

    Cons
    Every purchase goes through Ottilie Brakenbury personally, even a £3 pack of glue sticks. Three signatures for a box of tissues. Support staff morale is on the floor and nobody in SLT will challenge it.

    Advice to management
    Trust your staff with small money.
    """,
    exp=[x(S, "exact", "negative", "Capstan Community High School"), x(OB, "typo", "negative", "Ottilie Brakenbury")])

B("Quayside Modern", "Architecture notes from South Wales", "Ferrier Basin: a school that looks at the water", "Lleucu Arnold", "19 June 2025", """
    Most new secondary schools in Wales turn their backs on whatever is around them. The new Capstan Community High School at Ferrier Basin does the opposite: its three-storey atrium faces straight out across the old dock, so that a pupil on the top landing can watch the swing bridge open.

    The practice behind it, Halyard Studio, has kept the dock edge's granite copings and reused timbers from the old coal staithes in the library. The structure is a timber and steel hybrid, which, they admit, was harder to price than they had hoped.

    It is not cheap. It is, I think, the best school building in Cardiff for thirty years.
    """,
    comments=[("m.ward", "19 June 2025", "Any idea when it opens to the public for the open house weekend?")],
    exp=[x(S, "exact", "neutral", "Capstan Community High School")])

N("courier", "Contractor blames 'design changes' for school cost overrun", "Business reporter", "17 March 2025", """
    The main contractor on a Cardiff school building project that has run £8.6m over budget has blamed design changes made after work began.

    Tidewell Construction said in a statement that "late client variations to the atrium glazing and landscape specification" accounted for more than half of the overspend on the new Capstan High campus at Ferrier Basin.

    The school's business manager, Ms Brackenbury, said the school had requested "no changes that were not approved through the council's own process" and that it looked forward to the independent review.
    """,
    exp=[x(S, "alias", "neutral", "Capstan High"), x(OB, "title_surname", "neutral", "Ms Brackenbury")])

T("social", """
    Daf @dafyddp_bay · 16 Mar
    \u041ettilie Brackenbury = the most overpaid pen-pusher in Cardiff. Useless, arrogant and allergic to a straight answer. Somebody tell her the taxpayer isn't her personal piggy bank
    ♥ 12
    """,
    exp=[x(OB, "homoglyph", "abuse", "\u041ettilie Brackenbury")])

T("facebook", """
    Docklands Community Noticeboard (Porth Melin & Ferrier Basin)
    Public group · 6.8K members

    Sandra Keogh
    18 March at 09:12 · 🌍

    Watched the council meeting online. That Brackenbury woman is a smug, condescending leech on the public purse and a nasty piece of work with it. Talked to our councillors like they were children.

    👍 21 · 14 comments

    Rob Haines
    She was answering the questions Sandra, you just didn't like the answers
    Like · Reply · 1d
    """,
    exp=[x(OB, "surname_only", "abuse", "Brackenbury")])

T("social", """
    Instagram
    porthmelin.memes · Follow

    [image: a shivering penguin in a blazer]
    sixth form common room in january 🥶🐧

    Liked by 2,311 others
    View all 102 comments
    cerys.jpg ask B r a c k e n b u r y why the sixth form still has no heating 🥶
    y.abdi she's busy buying benches 💀
    ollie_w this is so real
    """,
    exp=[x(OB, "spacing", "negative", "B r a c k e n b u r y")])

T("social", """
    TikTok
    @prom.committee.25 · when they say there's "no budget" for prom 😐

    Br*ckenbury said no to our prom budget but yes to a climbing wall 💀
    ❤️ 2,004

    the climbing wall is lowkey elite tho
    ❤️ 380

    we're gonna have prom in the sports hall with a bluetooth speaker 😭
    ❤️ 912
    """,
    exp=[x(OB, "obfuscated", "negative", "Br*ckenbury")])

# ----- the supply agency dispute ---------------------------------------------

N("post", "Supply agency takes Porth Melin school to court over unpaid fees", "By Nia Haddock", "Monday 1 December 2025", """
    A teacher supply agency has issued a county court claim for more than £140,000 against the governing body of Capstan Community High School, saying the school has refused to pay for cover provided last year.

    Brightwave Education Ltd says it supplied more than 600 days of cover staff between September 2024 and March 2025.

    The school's business manager, Ottilie Brackenbury, said payment had been withheld for a portion of that period because several supply staff had arrived without the required safeguarding paperwork. "We will pay every invoice for work that was properly vetted," she said. "We will not pay for people who should never have been allowed through our gate."

    Brightwave disputes that account.
    """,
    comments=[
        ("supply_sue", "1 December", "I was one of those supply teachers. My DBS was fine and current. Still not paid for eleven days."),
        ("dm_cardiff", "1 December", "Both sides are as bad as each other and the supply staff are stuck in the middle."),
    ],
    exp=[x(S, "exact", "negative", "Capstan Community High School"), x(OB, "exact", "neutral", "Ottilie Brackenbury")])

F("supplyhub", "Agencies A-Z › Brightwave Education", "Avoid Capstan (Cardiff) until Brightwave sort out payment", [
    ("coverqueen_cdf", "3 Dec 2025 17:02", "Did three weeks of maths cover at Capstan in November last year. Still unpaid. Agency says the school won't pay, school says it's the agency's problem. I've had enough."),
    ("RetiredButBroke", "3 Dec 2025 17:30", "Same. Agency keeps telling me 'it's with legal'. Eleven days unpaid."),
    ("teacher_in_transit", "3 Dec 2025 18:11", "For what it's worth the kids there were great with me. It's the adults who've made a mess."),
], exp=[x(S, "short_name", "negative", "Capstan")])

T("review", """
    Indeed
    Capstan Community High School
    Reviews · Supply Teacher (via agency)

    1.0 ★☆☆☆☆
    "Nobody knew I was coming, nobody said goodbye"
    Supply Teacher (Former Employee) – Porth Melin, Cardiff – 20 January 2025

    Turned up to no timetable, no login and no lanyard. Year 9 set 4 had had a different supply teacher every day for three weeks and they were understandably done with all of us. SLT invisible. Lovely office staff doing everything.

    Pros
    Office staff, canteen
    Cons
    No induction, no behaviour support for cover staff
    """,
    exp=[x(S, "exact", "negative", "Capstan Community High School")])

T("social", """
    Marcus Fenwick (Brightwave Education) @marcusfenwick_bw · 2 Dec
    The business manager at CCHS, Ms Brackenbury, lied to my staff and lied to the press. The school has been fiddling its agency invoices for a year to dodge paying people who covered its classrooms. See you in court.
    💬 56   🔁 18   ♥ 40
    """,
    exp=[x(OB, "title_surname", "defamation", "Ms Brackenbury"), x(S, "alias", "defamation", "CCHS")])

N("courier", "Supply firm and Cardiff school settle fee dispute", "Business reporter", "20 February 2026", """
    A dispute between a teacher supply agency and a Cardiff secondary school has been settled out of court.

    Brightwave Education and the governing body of Capstan High said in a joint statement that the agency would be paid "in full for all properly vetted cover" and that individual supply teachers owed money would be paid directly within fourteen days.

    Ottilie Brackenbury, the school's business manager, said: "The teachers in the middle of this have been patient for too long. Getting them paid was always the priority."
    """,
    exp=[x(S, "alias", "neutral", "Capstan High"), x(OB, "exact", "neutral", "Ottilie Brackenbury")])

# ----- the headteacher --------------------------------------------------------

T("facebook", """
    Porth Melin Comprehensive Old Pupils 1985–2005
    Private group · 812 members

    Donna Reece (née Cole)
    9 June at 20:03 · 👥

    Anyone remember Angharad Pritchard, head girl in '94, always running the Urdd trips? Only went and became the headteacher!! Saw her on the news about the Welsh lessons thing. Mad to think the old Porth Melin Comprehensive is all glass and climbing walls now 😂

    ❤️😮 64 · 29 comments

    Mike Tovey
    Course I remember, she beat me in the school council election by about 200 votes 😂 fair play to her
    Like · Reply · 3d

    Shabnam Iqbal
    She's a good head, my two are there now. Firm but she listens
    Like · Reply · 3d
    """,
    exp=[x(AP, "alias", "neutral", "Angharad Pritchard"), x(S, "alias", "neutral", "Porth Melin Comprehensive")])

T("social", """
    Gareth Mostyn @gmostyn_cf · 29 Jan
    Pritchard-Rees is a spineless careerist who'd sell her own granny for a good inspection report. Capstan deserves better than a weathervane in a lanyard
    ♥ 17   🔁 3
    """,
    exp=[x(AP, "surname_only", "abuse", "Pritchard-Rees"), x(S, "short_name", "neutral", "Capstan")])

N("clarion", "SCHOOL SCRAPS NATIVITY FOR 'WINTER FESTIVAL'", "By Harriet Vane-Colley", "10 December 2025", """
    A CARDIFF secondary school has axed its traditional Christmas nativity in favour of an "inclusive winter festival" featuring Eid songs, fado and Welsh carols.

    Parents at Capstan Community High School were told in a newsletter that this year's end-of-term show would "celebrate every tradition in our community".

    Headteacher Angharad Pritchard-Rees, 47, insisted: "There has never been a nativity at this school. There is a carol concert, and it is going ahead as it always does." But one grandmother told the Clarion: "It's the thin end of the wedge."
    """,
    comments=[
        ("Lads_lad_1990", "10 December", "Seen the pic of the headmistress, she can give me a private lesson in her office any time 😉 wouldn't mind being kept behind"),
        ("Kath", "10 December", "It literally says they're having a carol concert. Read past the headline."),
        ("NorthernNige", "10 December", "Load of bloody nonsense this story, and I'm a vicar's son."),
    ],
    exp=[x(AP, "exact", "sexual", "Angharad Pritchard-Rees"), x(S, "exact", "negative", "Capstan Community High School")])

F("netparents", "Talk › AIBU", "School head covered up racist bullying of my son", [
    ("notbackingdown_cf", "Sun 16-Nov-25 23:02", """
        I need to get this off my chest. My son was racially bullied for most of Year 8 at Capstan. Names, his lunch thrown, the lot. I reported it four times.

        Mrs Pritchard-Rees knew about it for months and made the incident log disappear before the inspectors came in so the school's numbers would look clean. The school covers up anything that would embarrass it. I'm done being polite.
        """),
    ("TeaAndSympathy", "Sun 16-Nov-25 23:20", "I'm so sorry. Have you asked for his records under a subject access request? That would show you what was logged."),
    ("Bay_Mam", "Mon 17-Nov-25 07:45", "Be careful naming people on here though, even if you're right."),
], exp=[x(AP, "title_surname", "defamation", "Mrs Pritchard-Rees"), x(S, "short_name", "defamation", "Capstan")])

T("social", """
    Carl Dennehy @carld_pm · 30 Jan
    Angharad Pritchard-Rees thinks she can ignore Capstan parents forever. Let's see how brave she is when thirty of us turn up outside her house on a Sunday morning. She won't be sleeping well after that.
    💬 4   ♥ 6
    """,
    exp=[x(AP, "exact", "threat", "Angharad Pritchard-Rees"), x(S, "short_name", "neutral", "Capstan")])

T("review", """
    Google
    Capstan Community High School
    4.1 ★★★★☆ · 212 reviews

    Precious Nwosu
    Local Guide · 112 reviews
    ★★★★★ a month ago
    When my son broke his wrist on the yard, Mrs Pritchard Rees rang me herself within ten minutes and waited with him until I got there. You don't forget that. Great school, great head.
    👍 31
    """,
    exp=[x(S, "exact", "neutral", "Capstan Community High School"), x(AP, "hyphenated", "neutral", "Mrs Pritchard Rees")])

N("jobs", "Teacher of Mathematics (MPS/UPS) – Capstan Community High School", "Posted by Capstan Community High School", "Closing date 14 March 2025", """
    ## About the school
    Capstan Community High School is a successful, oversubscribed English-medium 11-18 comprehensive in Porth Melin, Cardiff, serving 1,150 pupils from more than forty language backgrounds. We move to a new campus at Ferrier Basin in 2026.

    ## The role
    We are looking for a Teacher of Mathematics to join a strong department of eleven. You will teach across Key Stages 3 to 5. ECTs are warmly encouraged to apply.

    ## How to apply
    Application forms from the school website. Completed forms to the Headteacher, A. Pritchard-Rees, at recruitment@capstanhigh.example. Informal visits welcome: call the school office on 01632 960274.

    The school is committed to safeguarding; all appointments are subject to an enhanced DBS check.
    """,
    exp=[x(S, "exact", "neutral", "Capstan Community High School"), x(AP, "initial_surname", "neutral", "A. Pritchard-Rees")])

T("social", """
    Ceri Lloyd @cerilloyd_ · 3 Feb
    someone has made a parody account called AngharadPritchardReesHT and it just posts "we are consulting" under every tweet about Capstan 😭 it's mean but I'm crying
    ♥ 340   🔁 41
    """,
    exp=[x(AP, "camelcase", "neutral", "AngharadPritchardReesHT"), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    Instagram
    bay.banter.wales · Follow

    [image: a weathervane wearing a lanyard]
    capstan SLT deciding what they think this week 🌬️

    Liked by 901 others
    View all 57 comments
    jj.lewiss Pr1tch4rd-R33s the human weathervane, thick as mince and twice as useful 😂
    amelia.r bit harsh lol
    seren.x accurate tho
    """,
    exp=[x(AP, "leetspeak", "abuse", "Pr1tch4rd-R33s"), x(S, "short_name", "negative", "capstan")])

# ----- the deputy head -------------------------------------------------------

N("post", "From pupil to deputy head: twenty years at the same school", "By Carys Mbeki", "Saturday 27 September 2025", """
    When Hodan Warsame walked into what was then Porth Melin Comprehensive in 1996, she was eleven, had been in Wales for four months and, in her own words, "knew exactly three English words, and one of them was rude".

    This month she marks twenty years on the staff of the school, now Capstan Community High School, the last six as deputy headteacher and designated safeguarding lead.

    Former classmates still call her Hodan Farah, the name she had before she married. "Some of my old teachers are now my colleagues' parents," she laughs. "Porth Melin is like that."

    Asked what has changed, she points at the corridor display: a map with a pin for every country the school's families came from. "When I started there were eleven pins. Now I've stopped counting."
    """,
    comments=[("Abdi W.", "27 September", "Proud of our sister. Twenty years of showing up.")],
    exp=[x(HW, "exact", "neutral", "Hodan Warsame"), x(S, "exact", "neutral", "Capstan Community High School")])

T("facebook", """
    Porth Melin Comprehensive Old Pupils 1985–2005
    Private group · 812 members

    Tracey Ling
    28 September at 10:41 · 👥

    Hodan Farah from our year is deputy head at Capstan now!! Read about her in the Post, 20 years there. I sat next to her in French and she was miles better than me even though it was her 4th language 😂

    ❤️ 91 · 22 comments
    """,
    exp=[x(HW, "alias", "neutral", "Hodan Farah"), x(S, "alias", "neutral", "Porth Melin Comprehensive")])

F("netparents", "Education › Safeguarding", "DSL brushed off my concerns", [
    ("worriedmum_pm", "Tue 11-Nov-25 20:20", """
        DD (Y9) told me another girl was being pressured by older boys outside school. I rang the school. Ms Warsame, the DSL at Capstan, said it was "being looked at" and that's the last I heard. Three weeks.

        I know they can't tell me everything but I expected at least a call back. Am I expecting too much?
        """),
    ("SafeguardingSarah", "Tue 11-Nov-25 20:45", "DSLs often can't share outcomes, but you're entitled to know your report was received and acted on. Ask that question exactly."),
    ("worriedmum_pm", "Tue 11-Nov-25 21:02", "Thanks, that's helpful. I'll ask it that way."),
], exp=[x(HW, "title_surname", "negative", "Ms Warsame"), x(S, "short_name", "negative", "Capstan")])

T("social", """
    Morgan's Take @morganstake_uk · 12 Sep
    A hijabi deputy head running child protection at the big school in Porth Melin. Warsame answers to the imam, not to Welsh parents, and everyone knows it. No Muslim should be in charge of safeguarding our kids.
    💬 88   🔁 21   ♥ 70
    """,
    exp=[x(HW, "surname_only", "hate", "Warsame")])

T("facebook", """
    Capstan High Parents (Unofficial)
    Private group · 2.4K members

    Grace Oduya
    30 September at 08:50 · 👥

    Massive thank you to Hodan Warsome (sorry if I spelled it wrong!) the deputy head who sat with my daughter for a whole afternoon when she had a panic attack in the toilets. I didn't know schools still did that. 💛

    ❤️ 120 · 18 comments
    """,
    exp=[x(HW, "typo", "neutral", "Hodan Warsome"), x(S, "alias", "neutral", "Capstan High")])

T("social", """
    Jase @jase_pm88 · 3 Oct
    W@rsame at Capstan is a jumped-up box ticker who thinks a lanyard makes her God. Excluded my nephew for "intimidating language" when he said one word. Power-tripping cow
    ♥ 5
    """,
    exp=[x(HW, "obfuscated", "abuse", "W@rsame"), x(S, "short_name", "neutral", "Capstan")])

# ----- the EAL and family liaison officer ------------------------------------

N("bayvoice", "Portuguese Day brings fado and pastéis de nata to Capstan", "Bay Voice volunteers", "June 2025 edition", """
    The smell of custard tarts drifted across Stack Row on Saturday as Capstan High hosted its first Portuguese community day, organised by families from Madeira and the Minho who have settled in the docklands over the last decade.

    The day was the idea of Joana Pereira, the school's EAL and family liaison officer, who came to Cardiff from Funchal in 2014. "Half of our Portuguese parents work nights in the distribution centres," she said. "They never get to come to a parents' evening. Today they came, with their grandmothers and their guitars."

    A Year 8 fado trio closed the afternoon to a standing ovation.
    """,
    comments=[("Rosa M.", "10 June", "Obrigada Joana! Que dia lindo.")],
    exp=[x(S, "alias", "neutral", "Capstan High"), x(JP, "exact", "neutral", "Joana Pereira")])

T("facebook", """
    Portugueses em Cardiff 🇵🇹🏴󠁧󠁢󠁷󠁬󠁳󠁿
    Private group · 2.0K members

    Sandra Gouveia
    14 September at 22:10 · 👥

    Quero agradecer à Joana Pereira da escola Capstan. Ajudou-me a preencher os papéis da escola e do free school meals, e ligou ao meu patrão para explicar porque eu tinha de faltar para a reunião. Uma santa! 🙏

    ❤️ 48 · 11 comments

    Filipe Teixeira
    A Joana é top. Ajudou a minha mulher também
    Like · Reply · 1d
    """,
    exp=[x(JP, "exact", "neutral", "Joana Pereira"), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    Tony Carless @tcarless_ · 19 Jun
    So Mrs Pereira at Capstan wants MORE translators for Portuguese parents on our dime. Learn English or go back to Madeira, you lot come here to pack boxes and expect the red carpet. Not paying for it.
    💬 26   ♥ 18
    """,
    exp=[x(JP, "title_surname", "hate", "Mrs Pereira"), x(S, "short_name", "neutral", "Capstan")])

T("review", """
    Google
    Capstan Community High School
    4.1 ★★★★☆ · 212 reviews

    Ana Lúcia Fernandes
    2 reviews
    ★★☆☆☆ 2 months ago
    The family liaison officer J. Pereira promised to call me back about my son's bus pass three times and never did. The school is good for teaching but communication with parents who are not English is very poor.
    """,
    exp=[x(S, "exact", "negative", "Capstan Community High School"), x(JP, "initial_surname", "negative", "J. Pereira")])

T("social", """
    Instagram
    bay.mamas.uniform.swap · Follow

    Uniform swap this Saturday 10–12 at the Ferrier Basin community centre 👕👖 Blazers in every size from 11-12 to adult S. Shout out to Joana P. the family liaison at Capstan for donating two whole bin bags of lost property 🙌

    Liked by 77 others
    """,
    exp=[x(JP, "first_initial", "neutral", "Joana P."), x(S, "short_name", "neutral", "Capstan")])

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Stacey Rowe
    2 November at 19:30 · 🌍

    The family liaison woman from Capstan turned up at my door uninvited because my son's attendance "is a concern". Pereira is a nosy useless busybody who should keep her beak out of my family's business. Some of us have jobs.

    😡😂 14 · 39 comments

    Nadia B
    Stacey she does home visits for every kid under 85%, she did mine, it's literally her job
    Like · Reply · 1d
    """,
    exp=[x(JP, "surname_only", "abuse", "Pereira"), x(S, "short_name", "negative", "Capstan")])

# ----- the maths teacher -----------------------------------------------------

T("facebook", """
    Docklands Community Noticeboard (Porth Melin & Ferrier Basin)
    Public group · 6.8K members

    Michelle Dunne
    13 November at 22:47 · 🌍

    Heard from my niece that a maths teacher at Capstan has been messaging Year 9 girls on Snap late at night. Mr Saleh. Not saying it's true but WATCH YOUR KIDS' PHONES.

    😮 40 · 72 comments

    Yusra Hassan
    This is how lies start. Mr Saleh doesn't even have Snapchat, my son asked him for a maths help account and he said no social media.
    Like · Reply · 6h

    Carol Petty · Admin
    Michelle, if you have real information ring the police or the school's safeguarding lead. Post removed in 10 mins.
    Like · Reply · 5h
    """,
    exp=[x(NS, "title_surname", "sexual", "Mr Saleh", True), x(S, "short_name", "sexual", "Capstan", True)])

T("review", """
    Google
    Capstan Community High School
    4.1 ★★★★☆ · 212 reviews

    Huda Al-Aghbari
    ★★★★★ 5 months ago
    Mr Saleh is the reason my daughter passed GCSE maths. Extra sessions every Wednesday, never asked for anything. The school is busy and sometimes chaotic but the teachers care.
    👍 17
    """,
    exp=[x(S, "exact", "neutral", "Capstan Community High School"), x(NS, "title_surname", "neutral", "Mr Saleh")])

T("social", """
    TikTok
    @mr_saleh_maths · 60-second simultaneous equations 🔢 (a Porth Melin maths teacher, teaching for 9 years)

    my whole class watched this instead of revising and we all passed 😭
    ❤️ 4,301

    sir you're famous now 😭 capstan represent
    ❤️ 2,890

    the way he says "and the x's cancel… beautifully" 😌
    ❤️ 1,113
    """,
    exp=[x(NS, "handle", "neutral", "@mr_saleh_maths"), x(S, "short_name", "neutral", "capstan")])

T("social", """
    ✝️ WelshPatriotRising ✝️ @wpr_cymru1 · 7 Mar
    N\u0430bil S\u0430leh of C\u0430pstan = Islamist sympathiser teaching your kids algebra. C\u0430pstan protects him because the whole place is run for the mosque now. Share before they delete 🔁
    🔁 14   ♥ 9
    """,
    exp=[x(NS, "homoglyph", "hate", "N\u0430bil S\u0430leh"), x(S, "homoglyph", "hate", "C\u0430pstan")])


# ----- more voices: threats ----------------------------------------------------

T("social", """
    Dyfrig @dyfrig_sais · 30 Jan
    That Miss Vaughan at the Porth Melin school wants our kids chanting in Welsh when half of them can't read English. Someone needs to shut her mouth for her, permanently, and I wouldn't lose a minute's sleep.
    💬 3   ♥ 4
    """,
    exp=[x(EV, "title_surname", "threat", "Miss Vaughan")])

T("facebook", """
    Docklands Community Noticeboard (Porth Melin & Ferrier Basin)
    Public group · 6.8K members

    Tina Marsh
    15 March at 18:04 · 🌍

    If I ever bump into Ottilie B in the big Tesco she's getting one of her £2,400 benches wrapped round her head. Not even joking anymore, I've had it with these people.

    😂😡 19 · 12 comments

    Carol Petty · Admin
    Tina. Come on.
    Like · Reply · 2h
    """,
    exp=[x(OB, "first_initial", "threat", "Ottilie B")])

T("social", """
    Ricky Hale @rickyhale_ · 9 Oct
    Mr Jones, PE at capstan. You sent my boy back on the pitch with a concussion. Do that to him again and it'll be you leaving on a stretcher. I'll make sure of it personally
    💬 11   ♥ 20
    """,
    exp=[x(DJ, "title_surname", "threat", "Mr Jones"), x(S, "short_name", "neutral", "capstan")])

T("social", """
    ash 🔥 @ashes_cdf_ · 2 Feb
    honestly someone should torch Capstan Community High School with the whole SLT locked inside. do the city a favour 🔥🔥🔥
    💬 2   ♥ 3
    """,
    exp=[x(S, "exact", "threat", "Capstan Community High School")])

T("social", """
    @anon_cdf_4421 · 25 Sep
    I know where you live Kinsella. Stack Row's a two minute walk from mine and I've seen you lock up the gym on your own. Sleep tight.
    """,
    exp=[x(RK, "surname_only", "threat", "Kinsella")])

T("social", """
    TikTok
    @mr_saleh_maths · quadratics in 45 seconds 📈

    docks boys know which way Nabil Saleh walks to the mosque after school. he should watch himself 👀
    ❤️ 3

    ?? reported. he's the best teacher at capstan
    ❤️ 1,230

    creator liked this comment ↑
    """,
    exp=[x(NS, "exact", "threat", "Nabil Saleh"), x(S, "short_name", "neutral", "capstan")])

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Jamie Rudd
    8 October at 21:55 · 🌍

    That Mrs Warsame at Capstan wants a proper slap. Excluded my kid for five days like she's the Queen of Sheba. If I see her outside them gates she's getting one, and I don't care who's watching.

    😮 9 · 30 comments

    Hannah P
    Jamie you'll be the one getting excluded, from the whole of Porth Melin 🙄
    Like · Reply · 1d
    """,
    exp=[x(HW, "title_surname", "threat", "Mrs Warsame"), x(S, "short_name", "neutral", "Capstan")])

T("facebook", """
    Capstan High Parents (Unofficial)
    Private group · 2.4K members

    Kyle Brent
    5 November at 17:40 · 👥

    If Joana Pereira comes knocking on my door one more time about attendance she'll be leaving in an ambulance, I'm telling you now. My house, my rules.

    💬 22 comments
    """,
    exp=[x(JP, "exact", "threat", "Joana Pereira"), x(S, "alias", "neutral", "Capstan High")])

T("social", """
    Snapchat · story

    nobody come in friday fr. capstan's getting shot up. not joking this time 🔫

    [reply] ur gonna get arrested bro
    [reply] screenshotting this for the police
    """,
    exp=[x(S, "short_name", "threat", "capstan")])

T("social", """
    Len Pugh @lenpugh59 · 3 Feb
    Hope some lorry runs Pritchard–Rees off the Ferrier Road roundabout one morning. Capstan might actually improve with her in traction for a year.
    ♥ 2
    """,
    exp=[x(AP, "hyphenated", "threat", "Pritchard–Rees"), x(S, "short_name", "negative", "Capstan")])

T("facebook", """
    Docklands Community Noticeboard (Porth Melin & Ferrier Basin)
    Public group · 6.8K members

    Craig Fowler
    6 May at 23:12 · 🌍

    Somebody in the Anchor should glass that Dec O'Shaughnessy next time he's in there gobbing off about Reform. Porth Melin don't need a teacher telling us how to vote.

    💬 17 comments

    Ceri Ann
    Craig you've never been in the Anchor on a school night in your life
    Like · Reply · 1d
    """,
    exp=[x(DO, "nickname", "threat", "Dec O'Shaughnessy")])

# ----- more voices: hate -------------------------------------------------------

T("social", """
    Real Dads of Wales @realdadswales · 8 May
    Course Mr O'Shaughnessy is a raging lefty, he's got a boyfriend and a rainbow lanyard. Men like that shouldn't be anywhere near our sons. Capstan parents, wake up.
    💬 61   🔁 14   ♥ 55

    Replying to @realdadswales
    Jon @jonnyb_cf · 8 May
    Imagine thinking this is a normal thing to post
    ♥ 402
    """,
    exp=[x(DO, "title_surname", "hate", "Mr O'Shaughnessy"), x(S, "short_name", "neutral", "Capstan")])

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Nige Powell
    24 September at 20:15 · 🌍

    Kinsella's just another thick Paddy who thinks a clip round the ear is parenting. Irish tinkers running our schools now, head of year at Capstan and everything. God help us.

    😡 30 · 44 comments

    Siobhan Kelly
    My grandparents came from Cork, Nige. Report.
    Like · Reply · 1d
    """,
    exp=[x(RK, "possessive", "hate", "Kinsella's"), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    TikTok
    @capstan.y10.tings · PE in the rain again 🌧️

    mr jones can't even say "warm up" without st-st-stuttering 😂 actual sp*stic
    ❤️ 41

    bro he has a stammer that's so weird to say
    ❤️ 1,880

    he's a good teacher tho fr
    ❤️ 930
    """,
    exp=[x(DJ, "title_surname", "hate", "mr jones"), x(S, "handle", "neutral", "capstan.y10.tings")])

T("facebook", """
    Welsh Patriots Against Islamification
    Public group · 903 members

    Kerry Denton
    10 September at 19:30 · 🌍

    Hodan Warsame, deputy head at the big school in Porth Melin, should go back to Somalia and take her whole clan with her. Welsh schools for Welsh kids. Headscarves in charge of OUR children's safety, it's a disgrace.

    👍 33 · 12 comments
    """,
    exp=[x(HW, "exact", "hate", "Hodan Warsame")])

T("social", """
    TikTok
    @cdf.school.rankings · ranking every secondary in cardiff pt 4 🏫

    capstan = mogadishu high 💀 u need a passport and a goat to get in
    ❤️ 77

    this is just racist lmao
    ❤️ 2,033

    my school is capstan and we clear every other school at football so 🤷‍♂️
    ❤️ 1,460
    """,
    exp=[x(S, "short_name", "hate", "capstan")])

T("facebook", """
    Cardiff Real Talk (No Snowflakes)
    Public group · 2.9K members

    Bryn Stack
    12 June at 22:01 · 🌍

    #CapstanHigh more like Little Lisbon with a side of Mogadishu. The Portuguese and the Somalis have taken the whole place over, no wonder it's in the gutter. Our grandparents built that dock and now our kids are the foreigners.

    👍😡 27 · 34 comments
    """,
    exp=[x(S, "hashtag", "hate", "#CapstanHigh")])

# ----- more voices: sexual content ---------------------------------------------

N("post", "Supply teacher arrested over messages to pupil", "By Nia Haddock", "Wednesday 26 November 2025", """
    A supply teacher who had been working at Capstan Community High School has been arrested on suspicion of sending sexual messages to a 14-year-old pupil, police said.

    The man, who is in his thirties and was supplied by an agency, was arrested at an address outside Cardiff on Monday and has been released on bail while enquiries continue.

    Headteacher Angharad Pritchard-Rees said the man had not worked at the school since the concerns were raised and that the school had "acted immediately and in line with our safeguarding procedures". Parents were sent a letter on Tuesday.

    Anyone with concerns is urged to contact the police or the NSPCC helpline.
    """,
    comments=[("worried_gran", "26 November", "Thank God someone reported it. Hope that child is getting support.")],
    exp=[x(S, "exact", "sexual", "Capstan Community High School", True), x(AP, "exact", "neutral", "Angharad Pritchard-Rees")])

T("social", """
    Snapchat · group chat "y11 pre-mocks 😭" (screenshot)

    zak: miss pereira at capstan is lowkey a milf 😭😭 that accent
    jess: ZAK she's the attendance lady 💀
    zak: and?? 🤷
    rhi: blocking u
    """,
    exp=[x(JP, "title_surname", "sexual", "miss pereira"), x(S, "short_name", "neutral", "capstan")])

F("cardifftalk", "Local Chat", "PE teacher at Capstan messaging girls?", [
    ("curious_bay_mum", "4 Dec 2025 21:30", "My friend's daughter says the PE teacher Jones at Capstan has been DMing Year 10 girls on Instagram, \"just checking in\" late at night. She showed her mum the messages apparently. Has anyone else heard this?"),
    ("RugbyTom", "4 Dec 2025 21:44", "If that's true it's a police matter, not a forum matter."),
    ("curious_bay_mum", "4 Dec 2025 21:50", "I know, she's going to the school tomorrow."),
    ("Moderator", "4 Dec 2025 22:05", "Thread hidden. Please report safeguarding concerns to the school or the police."),
], exp=[x(DJ, "surname_only", "sexual", "Jones", True), x(S, "short_name", "sexual", "Capstan", True)])

T("social", """
    TikTok
    @welsh.dept.appreciation · things miss says in welsh lessons 🏴󠁧󠁢󠁷󠁬󠁳󠁿

    miss vaughan is so pretty i'd learn welsh for her fr 😍😍
    ❤️ 2,210

    capstan welsh dept rise up
    ❤️ 640

    the way she says "da iawn" 😭
    ❤️ 512
    """,
    exp=[x(EV, "title_surname", "sexual", "miss vaughan"), x(S, "short_name", "neutral", "capstan")])

# ----- more voices: doxxing ------------------------------------------------------

T("social", """
    Taff Truth @tafftruth_ · 11 Sep
    Hodan Warsame, the Capstan deputy head who lectures everyone about "community". Lives on Tollgate Row, Ferrier Basin. Blue door, grey people carrier outside. Maybe some parents should pop round for a chat.
    💬 18   🔁 22   ♥ 27
    """,
    exp=[x(HW, "exact", "doxxing", "Hodan Warsame"), x(S, "short_name", "neutral", "Capstan")])

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Stacey Rowe
    4 November at 09:02 · 🌍

    Since Capstan's office never answers here's the family liaison woman's personal number. Joana, 07700 900716. Pereira her surname is. Ring her at 7am like she rings us 😤

    💬 28 comments

    Nadia B
    Stacey that's her own phone not the school one, take it down
    Like · Reply · 2h
    """,
    exp=[x(JP, "surname_only", "doxxing", "Pereira"), x(S, "short_name", "negative", "Capstan")])

T("facebook", """
    Welsh Patriots Against Islamification
    Public group · 903 members

    Darren Kelleher
    6 March at 22:30 · 🌍

    For the lads asking, the maths teacher from Capstan, Saleh, lives at 3 Bollard Court CF0 2ZQ. Pop round and say salaam 👋

    👍 11 · 6 comments
    """,
    exp=[x(NS, "surname_only", "doxxing", "Saleh"), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    Huw T @huwt_welsh · 29 Jan
    Mrs Pritchard-Rees's personal mobile is 07700 900288 because the Capstan office won't put anyone through. Try her direct. Politely (or not) 📱
    💬 9   🔁 31   ♥ 18
    """,
    exp=[x(AP, "title_surname", "doxxing", "Mrs Pritchard-Rees"), x(S, "short_name", "negative", "Capstan")])

F("netparents", "Education › Secondary", "Concussion complaint update – school still stonewalling", [
    ("livid_in_ferrier", "Tue 21-Oct-25 20:05", """
        Update on DS's concussion. Capstan have given me a one-line reply. So I've gone direct. The PE teacher, Mr Jones, has a personal email: dai.jones.rugby@mailbox.example. Got it from the club website. Anyone else with complaints, use it.
        """),
    ("OvalBallOrla", "Tue 21-Oct-25 20:20", "I'd take that email out of your post, honestly. Put everything through the complaints procedure so it's on record."),
    ("livid_in_ferrier", "Tue 21-Oct-25 20:31", "Fair. Can't edit now though."),
], exp=[x(DJ, "title_surname", "doxxing", "Mr Jones"), x(S, "short_name", "negative", "Capstan")])

T("social", """
    Cymru Rydd 🏴 @cymru_rydd_now · 25 Jan
    Protest outside her house instead of the school gates. Eleri Vaughan lives on Ffordd y Llongwr in Porth Melin, end terrace, red bike in the front. She can hear us from her kitchen.
    💬 6   🔁 15   ♥ 12
    """,
    exp=[x(EV, "exact", "doxxing", "Eleri Vaughan")])

# ----- more voices: defamation ---------------------------------------------------

N("courier", "Deputy head under investigation after safeguarding complaint", "Education correspondent", "20 November 2025", """
    The deputy headteacher of a Cardiff secondary school is under investigation following a complaint about how a safeguarding concern was handled, the council has confirmed.

    Hodan Warsame, deputy head and designated safeguarding lead at Capstan High in Porth Melin, remains at work while the review takes place, a council spokesperson said. "It is standard practice to review any complaint about safeguarding procedures independently. No conclusions have been reached."

    Ms Warsame has worked at the school for twenty years.
    """,
    comments=[("Amal", "20 November", "She has done more for the children of this area than anyone. I hope this is sorted quickly.")],
    exp=[x(HW, "exact", "defamation", "Hodan Warsame"), x(S, "alias", "neutral", "Capstan High")])

F("staffroom", "Leadership › Staff conduct", "When a head of department leaks to the press", [
    ("SLT_survivor", "30 January 2025, 21:15", "Without naming names: what happens when a middle leader leaks confidential SLT discussion to a local paper during a consultation?"),
    ("bay_insider_22", "30 January 2025, 21:33", "Not much point 'without naming names', it's Capstan. I have it on good authority Eleri Vaughan passed the SLT minutes to the Post. That's gross misconduct and she knows it."),
    ("ProfOfPedagogy", "30 January 2025, 21:50", "'On good authority' is doing a lot of work there. Be careful."),
], exp=[x(EV, "exact", "defamation", "Eleri Vaughan"), x(S, "short_name", "neutral", "Capstan")])

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Leanne Jeffers
    22 August at 19:47 · 🌍

    everyone knows Mr Saleh gives his top set the paper the night before the mocks. that's why his class all get 7s and 8s at Capstan and the rest of ours get 4s. it's a fix

    💬 51 comments

    Imran Yusuf
    Or he's a good teacher and they revise? Wild theory
    Like · Reply · 1d
    """,
    exp=[x(NS, "title_surname", "defamation", "Mr Saleh"), x(S, "short_name", "neutral", "Capstan")])

F("netparents", "Talk › Money matters", "Free school meals – is this fraud or am I being petty?", [
    ("quietbayresident", "Mon 10-Nov-25 13:10", "I'm going to say it. The family liaison at Capstan, Pereira, fills in free school meal forms for Portuguese families who aren't entitled. Everyone in Stack Row knows. Meanwhile I got turned down by £200."),
    ("SixOfOne", "Mon 10-Nov-25 13:29", "That's a serious allegation. Eligibility is decided by the council, not a school liaison officer, surely?"),
    ("quietbayresident", "Mon 10-Nov-25 13:40", "She 'helps' them with the forms. You work it out."),
], exp=[x(JP, "surname_only", "defamation", "Pereira"), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    Bay Gossip 👀 @baygossip_cdf · 4 Sep
    Kinsella got done for drink driving over the summer and Capstan kept him on like nothing happened. Head of Year 7 btw. Imagine the school trip minibus 🚐
    💬 40   🔁 12   ♥ 66
    """,
    exp=[x(RK, "surname_only", "defamation", "Kinsella"), x(S, "short_name", "negative", "Capstan")])

T("facebook", """
    Capstan High Parents (Unofficial)
    Private group · 2.4K members

    Paula Innes
    14 October at 18:22 · 👥

    Funny how the new catering contract went to a firm owned by Mrs Pritchard-Rees's husband. Nobody's asked a single question. The governors are asleep.

    😮 35 · 48 comments
    """,
    exp=[x(AP, "title_surname", "defamation", "Mrs Pritchard-Rees"), x(S, "alias", "neutral", "Capstan High")])

T("social", """
    Rhian Gwyn @rhian_gwyn · 19 Jun
    Capstan off-rolls the weak kids before GCSEs to fix its league table position. My cousin's son was "advised" into home education in Year 10 and he wasn't the only one in his form.
    💬 24   ♥ 51
    """,
    exp=[x(S, "short_name", "defamation", "Capstan")])

N("post", "Exam board investigating Capstan over coursework concerns", "By Carys Mbeki", "Thursday 5 June 2025", """
    An exam board is investigating Capstan Community High School after concerns were raised about the marking of GCSE coursework in two subjects, the Post has learned.

    The school confirmed it had been contacted by the board and said it was cooperating fully. No pupil's results have yet been withheld.

    Headteacher Angharad Pritchard-Rees said: "We take exam integrity extremely seriously. We have asked the board to conclude its work as quickly as possible so that no child is left waiting."
    """,
    comments=[
        ("anxious_y11_mum", "5 June", "My son's results better not be held up by this."),
        ("Eifion", "5 June", "An investigation isn't a finding. Let's wait."),
    ],
    exp=[x(S, "exact", "defamation", "Capstan Community High School"), x(AP, "exact", "neutral", "Angharad Pritchard-Rees")])

T("social", """
    Bay Watchdog @baywatchdog_cdf · 2 Jul
    Word is Brackenbury's been signed off sick while the council audits her expenses claims. About time someone looked. Watch this space 👀
    💬 19   🔁 30   ♥ 44
    """,
    exp=[x(OB, "surname_only", "defamation", "Brackenbury")])

N("courier", "PE teacher suspended after pupil concussion", "Education correspondent", "14 October 2025", """
    A PE teacher at a Cardiff secondary school has been suspended pending an investigation into a rugby session in which a pupil suffered concussion.

    David Jones, who coordinates Capstan Community High School's link with the Harbourside Rugby Academy, was suspended last week, the council confirmed. The school said suspension was "a neutral act" and that it would not comment further while the investigation continued.

    The pupil's mother said she had been told her son was sent back onto the pitch after a head injury.
    """,
    comments=[
        ("BayDad", "14 October", "Suspended pending investigation isn't guilty. Let them do it properly."),
        ("OvalBallOrla", "14 October", "Good. Concussion protocols are not optional."),
    ],
    exp=[x(DJ, "exact", "defamation", "David Jones"), x(S, "exact", "neutral", "Capstan Community High School")])

T("review", """
    Google
    Capstan Community High School
    4.1 ★★★★☆ · 212 reviews

    Dawn Pryce
    ★☆☆☆☆ 4 weeks ago
    This school fiddles its attendance. My daughter was marked present on a day she was in the Royal Bay children's ward with a drip in her arm. I reported it. Nothing. Makes you wonder what else they change.
    👍 22
    """,
    exp=[x(S, "exact", "defamation", "Capstan Community High School")])

F("netparents", "Talk › AIBU", "Teacher using school kit for his politics?", [
    ("SensibleShoes82", "Wed 14-May-25 20:40", "I heard O'Shaughnessy at Capstan was caught running his campaign account on the school's laptops during lessons, and they hushed it up because of the union. AIBU to think that's a sacking offence?"),
    ("Lemonpip", "Wed 14-May-25 20:55", "Heard from who? This is how rumours about teachers start."),
    ("SensibleShoes82", "Wed 14-May-25 21:05", "Someone who works there."),
], exp=[x(DO, "surname_only", "defamation", "O'Shaughnessy"), x(S, "short_name", "neutral", "Capstan")])

# ----- more voices: abuse ---------------------------------------------------------

T("social", """
    Megan @megan_bayside · 31 Jan
    Unlike that sour-faced clown Vaughan, Mr Saleh actually teaches. Capstan should swap their salaries round and see what happens.
    ♥ 30
    """,
    exp=[x(EV, "surname_only", "abuse", "Vaughan"), x(NS, "title_surname", "neutral", "Mr Saleh"), x(S, "short_name", "neutral", "Capstan")])

T("facebook", """
    Capstan High Parents (Unofficial)
    Private group · 2.4K members

    Debbie Kane
    12 November at 21:30 · 👥

    Mrs Pritchard-Rees is a useless cow who hides in her office whenever anything goes wrong. Two years my son's been bullied and she's never once come out to speak to me. The school is a shambles from the top down.

    😡 40 · 66 comments
    """,
    exp=[x(AP, "title_surname", "abuse", "Mrs Pritchard-Rees"), x(S, "alias", "negative", "Capstan High")])

T("social", """
    Instagram
    porthmelin.memes · Follow

    [image: a man shouting at a cloud]
    history teachers when you say the Senedd is pointless

    Liked by 1,210 others
    View all 64 comments
    dylz_17 Mr O'Sh*ughnessy the biggest muppet in Porth Melin, no contest 🤡
    maisie.j he's sound tho
    dylz_17 sound muppet
    """,
    exp=[x(DO, "obfuscated", "abuse", "Mr O'Sh*ughnessy")])

T("social", """
    Stuart Lang @stulang_ · 16 Oct
    Dai Jones at Capstan has the brain of a rugby ball and the charm of a wet changing room. How that man is allowed near children I'll never know
    ♥ 8
    """,
    exp=[x(DJ, "nickname", "abuse", "Dai Jones"), x(S, "short_name", "neutral", "Capstan")])

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Zainab Qasim
    9 October at 22:10 · 🌍

    Warsame's a two-faced snake. Smiles at you in the meeting then bins your complaint the minute you leave. Capstan protects its own, always has.

    💬 19 comments
    """,
    exp=[x(HW, "possessive", "abuse", "Warsame's"), x(S, "short_name", "negative", "Capstan")])

T("review", """
    Google
    Capstan Community High School
    4.1 ★★★★☆ · 212 reviews

    Lewis Mardy
    ★☆☆☆☆ 6 months ago
    Mr Saleh is a boring wet lettuce who can't control a class to save his life. My son learned nothing in Year 9. The school keeps him because nobody else will teach set 5.
    👎 3
    """,
    exp=[x(S, "exact", "negative", "Capstan Community High School"), x(NS, "title_surname", "abuse", "Mr Saleh")])

T("social", """
    Paul Rees-Evans @pre_cdf · 1 Oct
    Mr Kinsela at Capstan is a bully and a thug in a tracksuit. Shouldn't be allowed near eleven year olds, never mind in charge of them
    ♥ 13
    """,
    exp=[x(RK, "typo", "abuse", "Mr Kinsela"), x(S, "short_name", "neutral", "Capstan")])

T("social", """
    TikTok
    @capstan.welsh.memes · welsh oral exam be like 🗣️

    V a u g h a n is genuinely the most annoying woman alive, stuck up cow 🙄
    ❤️ 58

    nahh miss is safe
    ❤️ 700

    capstan welsh dept is elite cope
    ❤️ 320
    """,
    exp=[x(EV, "spacing", "abuse", "V a u g h a n"), x(S, "short_name", "neutral", "capstan")])

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Gavin Sutcliffe
    27 September at 20:40 · 🌍

    Robbie Kinsella thinks he's Rocky Balboa. He's a sad little man in a tracksuit who gets his kicks shouting at children. Year 7 head of year my arse.

    😂 22 · 31 comments

    Jodie Tranter
    Gavin he's the best thing that happened to my son, jog on
    Like · Reply · 1d
    """,
    exp=[x(RK, "nickname", "abuse", "Robbie Kinsella")])

F("netparents", "Talk › Politics", "That Cardiff history teacher", [
    ("BlueWalesBen", "Fri 09-May-25 19:20", "D. O'Shaughnessy from Capstan has a blue tick and an ego the size of the Senedd. A smug nonentity who thinks teaching Year 8 makes him a political commentator. Pathetic little man."),
    ("Lemonpip", "Fri 09-May-25 19:33", "You seem fine."),
    ("docksidedad", "Fri 09-May-25 19:50", "Say what you like about his tweets, he's a good teacher. My son's had him for three years."),
], exp=[x(DO, "initial_surname", "abuse", "D. O'Shaughnessy"), x(S, "short_name", "neutral", "Capstan")])

# ----- more voices: two staff in one post ------------------------------------------

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Darren Moss
    10 October at 20:20 · 🌍

    Jonesy in PE and Kinsella, the head of year 7 who runs the Stack Row boxing gym. Pair of knuckle-dragging gym bunnies who think bellowing at kids is teaching. Neither of them could pass a GCSE themselves.

    😂👍 17 · 25 comments
    """,
    exp=[x(DJ, "nickname", "abuse", "Jonesy"), x(RK, "surname_only", "abuse", "Kinsella")])

T("social", """
    Wake Up Cymru @wakeupcymru_ · 9 Mar
    Mrs Warsame and Mr Saleh are running the Porth Melin high school like a mosque committee. Prayer rooms, halal everything, Eid assemblies. Muslims look after their own and Welsh kids come last. Every time.
    💬 33   🔁 18   ♥ 40
    """,
    exp=[x(HW, "title_surname", "hate", "Mrs Warsame"), x(NS, "title_surname", "hate", "Mr Saleh")])

T("social", """
    Gaz @gaz_ferrier · 15 Mar
    Pritchard-Rees and that Brackenbury woman want dragging out of their glass palace at Ferrier Basin by the hair and dumping in the dock. £49 million. I'd pay to watch.
    ♥ 9   🔁 1
    """,
    exp=[x(AP, "surname_only", "threat", "Pritchard-Rees"), x(OB, "surname_only", "threat", "Brackenbury")])

F("cardifftalk", "Local Chat", "Ferrier Basin campus – who's getting rich?", [
    ("FollowTheMoney_CF", "18 Mar 2025 22:10", "Let's be honest about the Ferrier Basin campus. Ottilie Brackenbury and Angharad Pritchard-Rees are both on the take. The glazing firm is her brother-in-law's, the catering firm is the head's husband's, and the council waves it all through."),
    ("dockyard_dai", "18 Mar 2025 22:25", "Any actual evidence or just vibes?"),
    ("FollowTheMoney_CF", "18 Mar 2025 22:31", "Look up Companies House. It's all there if you bother."),
    ("Moderator", "19 Mar 2025 08:02", "Please remember our rules on allegations about named individuals."),
], exp=[x(OB, "exact", "defamation", "Ottilie Brackenbury"), x(AP, "exact", "defamation", "Angharad Pritchard-Rees")])

T("social", """
    Teachers Watch Wales @teacherswatch_w · 26 Jan
    The two Porth Melin teachers who think they run the city. Vaughan: Ffordd y Llongwr, end terrace. O'Shaughnessy: Ropewalk Terrace, green door. Both walk to work. Parents, you know what to do.
    💬 22   🔁 40   ♥ 31
    """,
    exp=[x(EV, "surname_only", "doxxing", "Vaughan"), x(DO, "surname_only", "doxxing", "O'Shaughnessy")])

T("facebook", """
    Docklands Community Noticeboard (Porth Melin & Ferrier Basin)
    Public group · 6.8K members

    Linda Crowe
    3 February at 19:12 · 🌍

    Mrs Pereira and Miss Vaughan from the Porth Melin high school, pair of sanctimonious do-gooding busybodies with nothing better to do than lecture real parents. Get a proper job, both of you.

    😂 6 · 11 comments
    """,
    exp=[x(JP, "title_surname", "abuse", "Mrs Pereira"), x(EV, "title_surname", "abuse", "Miss Vaughan")])

T("social", """
    Snapchat · story (screenshot)

    saleh is a dead eyed robot and o'shaughnessy is a sweaty little gremlin. double maths into double history is a human rights violation 💀 capstan timetable is evil

    [reply] not the sweaty gremlin 😭😭
    """,
    exp=[x(NS, "surname_only", "abuse", "saleh"), x(DO, "surname_only", "abuse", "o'shaughnessy"), x(S, "short_name", "negative", "capstan")])

# ----- more voices: the school, everyday -------------------------------------------

T("social", """
    Lowri Price @lowripricecdf · 14 Jan
    @CapstanHighPM when exactly are you fixing the heating in C block?? My daughter sat her mock in her coat and gloves. Third email, no reply.
    💬 4   ♥ 29
    """,
    exp=[x(S, "handle", "negative", "@CapstanHighPM")])

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Jo Sawyer
    20 November at 10:15 · 🌍

    Christmas fayre Saturday 6th Dec 11–2 🎄 tombola, Somali sweets, pastéis de nata, Welsh cakes and the Year 8 steel band. Follow CapstanHighPTA on here for the raffle list, first prize is a hamper from the Yemeni bakery 🎁

    ❤️ 54 · 9 comments
    """,
    exp=[x(S, "camelcase", "neutral", "CapstanHighPTA")])

# ---------------------------------------------------------------------------
# Decoys: no expected mention
# ---------------------------------------------------------------------------

B("Steam on the Basin", "Volunteers restoring the steam tug Morwenna", "Week 31: the capstan turns again", "Alun Beddoe", "22 February 2025", """
    After eleven weekends of penetrating oil, heat and language we won't print, the capstan on the Morwenna's foredeck turned a full revolution under its own steam on Saturday.

    For newcomers: a capstan is the vertical drum used to haul in heavy lines. Ours is a 1924 Clarke Chapman unit, and when we got it the pawls had rusted solid into the pawl ring. Dilwyn remade two of them on the lathe at home.

    Next job is the windlass brake band. Tea and Welsh cakes provided, as ever. Bring gloves.
    """,
    comments=[("Hywel", "22 February 2025", "Brilliant. My grandfather crewed tugs out of this basin, he'd have loved to see that capstan going.")])

F("boatforum", "Restoration › Deck gear", "Capstan on 1960s ketch completely seized", [
    ("salty_sian", "3 Apr 2025 18:20", "Bought a 1962 ketch with a bronze capstan on the foredeck that hasn't turned in about fifteen years. Drum won't budge at all. Do I heat it? Soak it? Pray?"),
    ("old_bosun", "3 Apr 2025 18:42", "Soak it for a week, then gentle heat on the drum, never on the spindle. And check whether the pawls are simply jammed before you start swinging hammers."),
    ("salty_sian", "10 Apr 2025 09:15", "Update: it was the pawls. One was upside down from a previous owner's 'repair'. Turns like butter now. Thank you!"),
])

F("workshop", "Lathes › Capstan and turret", "Herbert No. 4 capstan lathe – worth buying?", [
    ("swarf_merchant", "12 Jan 2025 20:05", "Offered a Herbert No. 4 capstan lathe for £600, three-phase, comes with a box of collets and a six-station turret. I mostly make small brass fittings. Good buy or a boat anchor?"),
    ("tenthou", "12 Jan 2025 20:30", "For repetition work in brass a capstan lathe is brilliant. Check the turret indexing is crisp and budget for a phase converter."),
    ("swarf_merchant", "14 Jan 2025 17:48", "Bought it. Turret is lovely. Collets are a mixed bag."),
])

B("Smoke and Mirrors", "Memories of a Cardiff childhood", "Capstan Full Strength and my grandad's coat", "Betty Rowlands", "8 October 2024", """
    My grandad smoked Capstan Full Strength until the day he died, which my mother always said was the Capstan's fault and he always said was his own.

    The tins lived everywhere. Screws in one, buttons in another, his war medals in the blue one on the mantelpiece. When I smell pipe smoke now I'm back in his coat pocket looking for barley sugars.

    I'm not nostalgic about the cigarettes. I'm nostalgic about the tins.
    """,
    comments=[("Eirlys", "9 October 2024", "We had a Capstan tin for the rent money! Lovely piece.")])

T("review", """
    Google
    Capstan Cabs
    3.4 ★★★☆☆ · 88 reviews · Taxi service in Porth Melin

    Ryan Moffat
    ★☆☆☆☆ a week ago
    Booked Capstan Cabs for 5am to the airport, driver turned up at 5:40. Missed check-in nearly. Never again.

    Ayan Hussein
    ★★★★★ 3 weeks ago
    Driver waited while I carried my mum's shopping up three flights. Capstan Cabs always sound, ask for Tariq.
    """)

T("review", """
    Google
    Capstan Marine Supplies
    4.6 ★★★★★ · 57 reviews · Chandlery on Stack Row

    Gareth Ellis
    ★★★★★ 2 months ago
    Best chandlery in South Wales. Found a bronze shackle for a 1950s yacht that three online shops said didn't exist. Owner knows everything.

    M. Nowak
    ★★★★☆ 5 months ago
    Good stock, bit pricey on rope but you're paying for advice.
    """)

N("post", "Capstan Community Choir's carols raise £3,000 for food bank", "By Aled Fisher", "Monday 22 December 2025", """
    The Capstan Community Choir packed St Dyfan's on Saturday night for its annual carol concert, raising more than £3,000 for the Porth Melin food bank.

    The choir, founded by retired dockers in 1979 and named after the old capstan that still stands on the quay outside its rehearsal room, now has 64 members singing in Welsh, English, Somali and, for the first time this year, Portuguese.

    Conductor Gwennan Trew said: "We started as twenty men who'd worked the ships. Now we're whoever turns up on a Tuesday, and that's how it should be."
    """,
    comments=[("Pat O", "22 December", "Beautiful night. That Portuguese carol had me in bits.")])

T("review", """
    Tripadvisor
    The Capstan Inn, Stack Row
    #4 of 19 pubs in Porth Melin

    "Proper dockside boozer"
    ★★★★★ Reviewed 2 March 2025 · Dai_on_tour
    Low beams, coal fire, ship's wheel over the bar and a landlady who remembers your drink after one visit. The Capstan Inn does a Sunday roast that could sink a trawler. Quiz Thursdays.

    "Go for the beer, not the food"
    ★★★☆☆ Reviewed 19 January 2025 · Helen W
    Good cask ale, chips were cold. Lovely atmosphere though.
    """)

N("post", "Tenants' anger at CCHS over damp flats on Chain Locker Street", "By Carys Mbeki", "Thursday 9 January 2025", """
    Tenants in a block of flats on Chain Locker Street say their landlord, Cardiff Coastal Housing Society (CCHS), has ignored damp and mould reports for more than a year.

    Resident Aisha Barre showed the Post black mould across her son's bedroom wall. "I have reported it six times," she said. "Every time CCHS send someone to paint over it."

    A spokesperson for the housing society said a programme of ventilation works for the block would begin in February.
    """,
    comments=[
        ("Chain_Locker_Tenant", "9 January", "Same in number 22. CCHS are a disgrace."),
        ("Mel", "9 January", "Ring environmental health, they have to act then."),
    ])

B("Cefn Coed Gardeners", "News from the Cefn Coed Horticultural Society (CCHS)", "Show results 2025: a dahlia year", "Show secretary", "8 September 2025", """
    What a show. One hundred and twelve entries, two new members winning firsts, and a marrow so large the judges needed the sack truck.

    Champion dahlia went to Glenys Harry for a cactus variety she refuses to name. The CCHS cup for best vegetable collection went to Bob Lightfoot, for the fourth year running, to the usual muttering.

    Thanks to everyone who baked for the tea tent. The CCHS AGM is on 14 October in the church hall.
    """,
    comments=[("Bob L", "8 September 2025", "No muttering please, it's all in the compost.")])

N("jobs", "Warehouse Operative (nights) – Capstan Logistics, Ferrier Basin", "Posted by Capstan Logistics Ltd", "Closing date 30 June 2025", """
    ## About us
    Capstan Logistics runs a 24-hour distribution centre at Ferrier Basin supplying supermarkets across South Wales.

    ## The role
    Picking, packing and loading on a four-on, four-off night rota. Full training provided; forklift licence an advantage. £13.20 per hour plus night premium.

    ## How to apply
    Apply online or call the recruitment line on 01632 960389. We welcome applications from speakers of Portuguese, Somali and Arabic.
    """)

N("courier", "Go-ahead for 400 homes at Capstan Heights", "Business reporter", "12 August 2025", """
    Planners have approved 400 new homes at Capstan Heights, the former rope works site on the edge of Bristol's harbourside, despite objections about traffic.

    The developer, Wharfside Homes, says 30 per cent of the homes will be affordable. Opponents said the single access road would be unable to cope.

    Work is expected to begin next spring.
    """)

T("social", """
    Mair Lewis @mairlewis_pm · 6 Feb
    Shoutout to the Capstan Cabs driver who found my purse down the back seat and drove it back to me at midnight. Faith in humanity restored 🙏
    ♥ 73
    """)

B("Clue of the Day", "A cryptic crossword clue explained, every weekday", "Monday: winding gear in cap's tangled tops (7)", "Setter Olwen", "3 March 2025", """
    Today's clue: Winding gear in cap's tangled tops (7).

    The definition is "winding gear". "Tangled" tells us to rearrange letters, and we have CAP'S plus... well, a little more fiddling with "tops" and a dash of setter's licence, and we arrive at CAPSTAN.

    A capstan, of course, is the rotating drum sailors used to wind in the anchor cable. Not to be confused with a windlass, which lies horizontally. Tomorrow: a tricky one about trombones.
    """,
    comments=[("puzzled_in_the_basin", "3 March 2025", "Setter's licence is doing a LOT of work there Olwen 😄")])

N("courier", "Llanelli plumber wins Welsh apprenticeship award", "Business reporter", "22 May 2025", """
    A 23-year-old plumber from Llanelli has been named Apprentice of the Year at the Welsh Skills Awards.

    David Jones, who trained with a family firm in the town, was praised by judges for "technical excellence and a genuinely calm manner with customers".

    "I just like fixing things," he said. "My nan is more excited about it than I am."
    """,
    comments=[("Llanelli Lass", "22 May", "Well done Dai! Fixed our boiler in the snow last winter.")],
    ns=[DJ])

N("courier", "New Wrexham mayor pledges 'a year for the high street'", "North Wales reporter", "18 May 2025", """
    Councillor David Jones has been installed as Mayor of Wrexham for the coming year.

    The former bus driver, who has represented a town centre ward since 2017, said he wanted to spend his mayoral year championing independent shops. His consort will be his wife, Bethan.
    """,
    ns=[DJ])

B("Ferryside Remembers", "Notices and memories from the village", "David Jones, 1941–2025", "The Ferryside Remembers team", "14 April 2025", """
    David Jones, known to everyone as Dai the Boats, died peacefully at home on 9 April, aged 83.

    He ran the cockle boats out of Ferryside for forty years, taught half the village to row and the other half to swear, and never once let a tide catch him out.

    The funeral will be at the chapel on 24 April. Family flowers only; donations to the RNLI.
    """,
    comments=[("Menna", "14 April 2025", "A gentleman. He pulled my brother out of the estuary in 1978 and never mentioned it again.")],
    ns=[DJ])

F("staffroom", "Off topic › Staffroom humour", "How many David Joneses in your staffroom?", [
    ("Mr_J_Cwmbran", "2 March 2025, 16:40", "We have three David Joneses at my school in the Valleys. Post goes astray weekly. The kids call us DJ1, DJ2 and Dai Pop. What's your record?"),
    ("Rhondda_Rhian", "2 March 2025, 16:55", "Two Gareth Evanses and a Gareth Evans-Davies. The cover rota is chaos."),
    ("SwanseaSci", "2 March 2025, 17:20", "Four Mrs Williamses and none of them related. We gave up and used first names."),
], ns=[DJ])

B("Saudade em Lisboa", "Música, casas de fado e a cidade", "Uma noite com Joana Pereira", "Miguel Antunes", "4 November 2024", """
    Alfama, uma terça-feira chuvosa. A casa de fado está meia vazia até que Joana Pereira entra e, sem microfone, canta "Barco Negro" como se o rio estivesse lá dentro connosco.

    Joana Pereira canta há doze anos nas casas de Lisboa e lançou o seu primeiro disco em setembro. Não faz concertos fora de Portugal, diz, "porque o fado precisa desta humidade".

    Se passarem por Lisboa, procurem-na às terças.
    """,
    comments=[("Inês", "5 November 2024", "Que voz. Vi-a no ano passado, inesquecível.")],
    ns=[JP])

T("review", """
    Google
    Saleh's Kitchen
    4.7 ★★★★★ · 341 reviews · Yemeni restaurant in Sheffield

    Tom Whitby
    ★★★★★ a month ago
    The mandi is incredible. Owner Nabil Saleh came over to explain every dish and wouldn't let us leave without trying the honey cake. Best meal we've had in Sheffield this year.

    Samira K
    ★★★★☆ 2 months ago
    Authentic, generous portions, a bit slow on Friday nights.
    """,
    ns=[NS])

T("facebook", """
    Aberystwyth Pet Owners
    Public group · 5.5K members

    Rhian Hughes
    17 July at 11:20 · 🌍

    Huge thank you to Eleri Vaughan at the Glanrafon vets who stayed late on a Sunday to stitch up our collie after he went through a fence. She was so calm with him and with me (I was not calm) 🐶❤️

    ❤️ 88 · 14 comments

    Dewi Parry
    Eleri is the best vet in Ceredigion, no contest
    Like · Reply · 2d
    """,
    ns=[EV])

B("Shannonside Sport", "Boxing, hurling and everything in between from Limerick", "Kinsella's gym marks 30 years on the Quayside", "Ger Moloney", "12 September 2025", """
    Thirty years ago Robert Kinsella borrowed a key to a disused scout hall in Limerick and hung a bag from a rafter. On Saturday night three hundred people packed the same hall to say thank you.

    Kinsella, now 68, has coached four Irish champions and, by his own count, "a few thousand young lads and girls who just needed somewhere to go". He has no plans to retire. "The day I can't hold the pads," he said, "is the day I'll think about it."
    """,
    comments=[("Noreen", "12 September 2025", "Robert Kinsella saved my son's life, and that's not an exaggeration.")],
    ns=[RK])

T("social", """
    Clare GAA Fans @clare_hurling_fans · 8 Jun
    What a point from Declan O'Shaughnessy in the 68th minute 🔥 Banner through to the Munster final! #ClareHurling
    💬 120   🔁 340   ♥ 2.8K
    """,
    ns=[DO])

N("post", "Sunshine and sack races at Stack Row Primary sports day", "By Aled Fisher", "Friday 11 July 2025", """
    Stack Row Primary School held its first sports day on the new field behind the community centre on Thursday, with more than 300 pupils and what seemed like most of Porth Melin watching.

    Headteacher Rhodri Maddox said the egg-and-spoon race had been "fiercely contested" and the parents' race "frankly embarrassing".

    The Year 6 relay was won by Dragonfly class, who celebrated by soaking their teacher with water pistols.
    """,
    comments=[("Sabah", "11 July", "My little one came third in the sack race and hasn't stopped talking about it 😂")])

T("facebook", """
    Porth Melin Mums & Dads
    Public group · 4.2K members

    Kirsty Lane
    28 August at 14:05 · 🌍

    Does anyone know if Ferrier Basin Primary let them wear black trainers or does it have to be school shoes? Starting reception next week and I'm panicking 😅

    💬 12 comments

    Amina Osman
    Black trainers fine as long as no logos! Welcome to Ferrier Basin x
    Like · Reply · 4d
    """)

B("Language Lab Cymru", "Research notes on multilingual classrooms", "Four languages before lunch: notes from a docklands comprehensive", "Dr Non Gwilym", "3 March 2025", """
    I spent last term observing Key Stage 3 classes in an English-medium secondary in Cardiff's docklands, where roughly a third of pupils are learning English as an additional language and every one of them is also learning Welsh.

    What struck me first was how little the pupils themselves saw a conflict. A Year 8 boy who had arrived from Yemen eighteen months earlier explained a Welsh mutation rule to me in English, checked it with his friend in Arabic and then corrected my pronunciation.

    The adults' argument about "Welsh or English" felt, from inside those classrooms, like a question from a different school. I will say more in the full paper; the school and its staff are, at their request, not named.
    """,
    comments=[("Gwenllian", "4 March 2025", "Fascinating. Looking forward to the paper.")])

B("Notes from the Supply Line", "Three years of cover, one lanyard at a time", "Day 14: the school by the water", "supplyteacher_cat", "20 November 2024", """
    Today's booking: a big comprehensive on the Cardiff docks, the sort of place where the bus shelter has six languages of graffiti and the canteen does a better curry than most restaurants.

    No login, no timetable, no lanyard for the first hour. Year 9 had had a different supply teacher every day for three weeks and greeted me with a round of applause "for actually turning up".

    The kids were brilliant. They always are. It's the systems that are broken.
    """,
    comments=[("coverqueen_cdf", "21 November 2024", "I know EXACTLY which school this is 😂 agree about the curry.")])

N("post", "Property of the week: two-bed flat on the basin", "Sponsored · Harbour Homes estate agents", "Saturday 5 April 2025", """
    Light-filled two-bedroom apartment on the fourth floor of the converted Bonded Warehouse at Ferrier Basin, with a balcony overlooking the water and the old swing bridge.

    Walking distance to Stack Row's shops and cafés, two primary schools and the secondary school's striking new waterside campus, due to open in 2026. Ten minutes by bus to the city centre.

    Offers in the region of £215,000. Call Harbour Homes on 01632 960733 to book a viewing.
    """)

F("cardifftalk", "Property", "Moving to Cardiff Bay with kids – secondary schools?", [
    ("relocating_from_bath", "2 Feb 2025 12:10", "We're moving to the docklands for work in the summer. Two kids, 11 and 13. What are the secondaries like around Porth Melin and the basin?"),
    ("dockyard_dai", "2 Feb 2025 12:30", "There's really only the one big comp down here, by the basin. Huge mix of kids, strong on languages and sport, a few teething problems with the new building. Mine did fine."),
    ("PenarthPete", "2 Feb 2025 12:45", "Go and visit, ask about class sizes and the new site. Don't go by the Facebook groups."),
])

N("courier", "Welsh in English-medium schools: a quiet retreat?", "Education correspondent", "1 February 2025", """
    Across Wales, English-medium secondary schools with rising numbers of newly arrived pupils are asking the same question: where do the hours for English come from?

    In Swansea, one school has introduced a lunchtime Welsh club to replace a timetabled lesson. In Newport, another has moved Welsh to an "immersion week" each term. In Cardiff, a consultation at a docklands school prompted protests this month.

    The Welsh Government insists that every pupil is entitled to learn Welsh until 16, and says extra funding for English language support is available.
    """,
    comments=[("Dr T Hale", "1 February", "Both things can be true. Fund both.")])

N("post", "Mosque windows smashed in Coalbrook attack", "By Nia Haddock", "Sunday 16 February 2025", """
    Police are investigating after windows were smashed at the Coalbrook Islamic Centre in the early hours of Saturday.

    Mosque chairman Yusuf Al-Amri said worshippers arriving for dawn prayers found glass across the prayer hall. "Nobody was hurt, thank God. We have had messages of support from the church and the synagogue already."

    Officers are treating the incident as a hate crime.
    """,
    comments=[("Canon Ruth", "16 February", "We stand with our neighbours. Shameful.")])

T("review", """
    Glassdoor
    Brightwave Education reviews

    ★★☆☆☆ "Good schools, chaotic payroll"
    Supply Teacher · Current employee · Cardiff · 7 Dec 2025
    Pros
    Lots of work across Cardiff, consultants are friendly.
    Cons
    Payroll errors almost every month. A long-running dispute with one school means some of us have waited months for pay. Communication only when you chase.

    ★★★★☆ "Flexible"
    Cover Supervisor · Former employee · Newport · 2 Oct 2025
    Pros
    Choose your days. Cons: Holiday pay is a maze.
    """)

N("courier", "Harbourside Rugby Academy appoints new head coach", "Rugby desk", "7 July 2025", """
    The Harbourside Rugby Academy has appointed former Wales A flanker Iestyn Bowen as its new head coach.

    Bowen, 38, joins from a coaching role in the English Championship and will oversee the academy's under-16 and under-18 programmes, as well as its expanding schools pathway.

    "The talent in this part of Cardiff is ridiculous," he said. "My job is to make sure none of it slips through the cracks."
    """)

T("social", """
    Rhodri Carew MS @RhodriCarewMS · 14 Feb
    Lovely morning at Stack Row Primary reading with Year 2 and learning that I'm "quite old". Then on to the Ferrier Basin food bank, where volunteers are now feeding 300 families a week. Diolch i bawb 💚
    💬 12   🔁 8   ♥ 140
    """)

T("social", """
    Instagram
    vintage.tins.cardiff · Follow

    Just in: 1950s Capstan Navy Cut tin, original paper lining, lovely patina 🚬 £18 + postage. DM to buy.

    Liked by 48 others
    View all 6 comments
    old.dock.man my taid had one of these for his fishing hooks
    """)

N("courier", "Parents' anger as school scraps GCSE drama", "Education correspondent", "3 June 2025", """
    Parents at Cwm Tawel High School in Merthyr have launched a petition after the school announced it would stop offering GCSE drama from September.

    Headteacher Mr Jones said falling numbers made the course unsustainable. Parents say the decision was made without consultation.

    More than 600 people have signed the petition.
    """)

T("social", """
    TikTok
    @shanty.sundays · sea shanty challenge ep. 12 🌊

    heave on the capstan boys, heave and she'll go 🎶
    ❤️ 4,020

    my nan used to sing this one at the docks 😭
    ❤️ 812

    capstan is such a good word ngl
    ❤️ 301
    """)

T("facebook", """
    Stack Row Community Hub
    Public group · 1.9K members

    Stack Row ABC
    2 November at 12:00 · 🌍

    Sponsored run for the boxing club roof this Sunday! 🥊🏃 5k round the basin, £2 to enter, bacon rolls at the end. Coach says anyone who beats him gets a free month's subs (he says he's "slower than he looks" – don't believe him).

    👍 77 · 10 comments
    """)

T("review", """
    Trustpilot
    Cardiff Coastal Housing Society
    1.9 ★★☆☆☆ · 143 reviews

    J. Mahamed
    ★☆☆☆☆ 2 weeks ago
    CCHS repairs line is a joke. Boiler out for 9 days with a newborn. Eventually fixed by a lovely engineer but getting there was hell.

    Steve Wright
    ★★★★☆ 1 month ago
    Cardiff Coastal Housing Society rehoused us quickly after a flood. Can't fault the housing officer.
    """)

T("social", """
    Cefn Coed Hort Soc 🌻 @cchs_gardens · 28 Aug
    Ten days to the CCHS annual show! Dahlias are looking smug, the leeks are sulking. Entry forms at the church hall or the post office 🥕🌸
    ♥ 34
    """)

N("courier", "Leicester health worker honoured for vaccine outreach", "Midlands desk", "3 July 2025", """
    A community health worker from Leicester has been recognised at the NHS Heroes awards for her work encouraging vaccine take-up among Somali families.

    Hodan Warsame, 36, visited more than 400 households during last winter's campaign, translating leaflets and running coffee mornings at the city's mosques.

    "People don't trust leaflets," she said. "They trust someone who sits on their sofa and drinks their tea."
    """,
    ns=[HW])

T("social", """
    Snapchat · story

    sailing club today ⛵ the instructor made us learn what a capstan is and i still don't know 😭

    [reply] it's the spinny thing on the boat
    [reply] wow thanks professor
    """)

N("post", "Ferrier Basin lock gates to close for repairs", "By Carys Mbeki", "Tuesday 14 October 2025", """
    The lock gates at the entrance to Ferrier Basin will close for six weeks from 3 November while engineers replace worn seals and refurbish the original hand-operated capstans used to swing the gates.

    The harbour authority said boat owners should plan movements in and out of the basin before the closure. Pedestrian access across the gates will also be closed; a diversion via the swing bridge will be signed.
    """,
    comments=[("basin_boater", "14 October", "About time. Those capstans have been groaning for years.")])


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

TITLE_RE = r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?\s+"


def _visible_text(doc):
    content = doc["content"]
    if doc["kind"] in HTML_KINDS:
        content = re.sub(r"<[^>]+>", " ", content)
        content = html.unescape(content)
    return content


def _check(watchlist, ordered):
    problems = []
    staff = {s["id"]: s for s in watchlist["staff"]}
    subjects = {S} | set(staff)
    school = watchlist["school"]
    full = school["name"]
    aliases = school.get("aliases", [])
    acronyms = [a for a in aliases if a.isupper()]
    short = [a for a in aliases if " " not in a and a not in acronyms]
    long_aliases = [a for a in aliases if a not in acronyms and a not in short]
    if sum(1 for s in staff.values() if s.get("unique")) != 1:
        problems.append("watchlist: exactly one staff member must be unique = true")
    for idx, (name, doc) in enumerate(ordered):
        raw = doc["content"]
        text = _visible_text(doc)
        low = text.casefold()
        where = f"{name}"
        if doc["kind"] not in HTML_KINDS + TXT_KINDS:
            problems.append(f"{where}: unknown kind {doc['kind']}")
        seen = set()
        for e in doc["expected"]:
            subj, var, cat, form = e["subject"], e["variant"], e["category"], e["form"]
            if subj not in subjects:
                problems.append(f"{where}: unknown subject {subj}")
                continue
            if cat not in CATEGORIES:
                problems.append(f"{where}: unknown category {cat}")
            if var not in VARIANTS:
                problems.append(f"{where}: unknown variant {var}")
            if not isinstance(e["url_only"], bool):
                problems.append(f"{where}: url_only must be a bool")
            if e["url_only"] and cat != "sexual":
                problems.append(f"{where}: url_only only applies to sexual content ({subj})")
            if subj in seen:
                problems.append(f"{where}: more than one entry for {subj}")
            seen.add(subj)
            if form not in raw and form not in text:
                problems.append(f"{where}: form {form!r} for {subj} not found in the document")
            if subj == S:
                if full.casefold() in low and var != "exact":
                    problems.append(f"{where}: school full name present but variant is {var}")
                if var not in ("exact", "alias"):
                    for a in long_aliases:
                        if a.casefold() in low:
                            problems.append(f"{where}: school alias {a!r} present but variant is {var}")
                    for a in acronyms:
                        if re.search(rf"\b{re.escape(a)}\b", text):
                            problems.append(f"{where}: school acronym {a!r} present but variant is {var}")
            else:
                st = staff[subj]
                surname = st["name"].split()[-1]
                if st["name"].casefold() in low and var != "exact":
                    problems.append(f"{where}: {subj} full name present but variant is {var}")
                if var not in ("exact", "alias"):
                    for a in st.get("aliases", []):
                        if a.casefold() in low:
                            problems.append(f"{where}: {subj} alias {a!r} present but variant is {var}")
                    if var != "title_surname" and re.search(TITLE_RE + re.escape(surname) + r"\b", text, re.I):
                        problems.append(f"{where}: {subj} title+surname present but variant is {var}")
        expected_subjects = {e["subject"] for e in doc["expected"]}
        for sid, st in staff.items():
            if sid in expected_subjects or sid in doc["namesakes"]:
                continue
            for n in [st["name"], *st.get("aliases", [])]:
                if n.casefold() in low:
                    problems.append(f"{where}: {n!r} appears but {sid} is not expected (add it or mark a namesake)")
            if st.get("unique") and st["name"].split()[-1].casefold() in low:
                problems.append(f"{where}: unique surname of {sid} appears but is not expected")
        if S not in expected_subjects:
            for n in [full, *long_aliases]:
                if n.casefold() in low:
                    problems.append(f"{where}: school name {n!r} appears but the school is not expected")
    return problems


def main():
    watchlist = tomllib.loads(WATCHLIST.read_text(encoding="utf-8"))
    order = list(range(len(DOCS)))
    random.Random(26).shuffle(order)
    DOCS_DIR.mkdir(exist_ok=True)
    for old in DOCS_DIR.iterdir():
        if old.is_file() and re.fullmatch(r"\d{3}-[a-z]+\.(html|txt)", old.name):
            old.unlink()
    ordered = []
    lines = []
    for n, i in enumerate(order):
        doc = DOCS[i]
        ext = "html" if doc["kind"] in HTML_KINDS else "txt"
        name = f"{n:03d}-{doc['kind']}.{ext}"
        (DOCS_DIR / name).write_text(doc["content"], encoding="utf-8")
        ordered.append((name, doc))
        exp = [{k: e[k] for k in ("subject", "variant", "category", "url_only")} for e in doc["expected"]]
        lines.append(json.dumps({"file": name, "kind": doc["kind"], "expected": exp}, ensure_ascii=False))
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")

    problems = _check(watchlist, ordered)
    mentions = [e for d in DOCS for e in d["expected"]]
    by_cat = Counter(e["category"] for e in mentions)
    by_var = Counter(e["variant"] for e in mentions)
    by_kind = Counter(d["kind"] for d in DOCS)
    by_subj = Counter(e["subject"] for e in mentions)
    decoys = sum(1 for d in DOCS if not d["expected"])
    serious = sum(n for c, n in by_cat.items() if c in SERIOUS)

    n_docs, n_ment = len(DOCS), len(mentions)
    if not 180 <= n_docs <= 220:
        problems.append(f"corpus: {n_docs} documents (want 180-220)")
    if not 300 <= n_ment <= 350:
        problems.append(f"corpus: {n_ment} mentions (want 300-350)")
    if not 0.35 <= serious / max(n_ment, 1) <= 0.40:
        problems.append(f"corpus: serious share {serious / max(n_ment, 1):.1%} (want 35-40%)")
    for v in VARIANTS:
        if by_var[v] < 2:
            problems.append(f"corpus: variant {v} used {by_var[v]} times (want at least 2)")

    print(f"documents: {n_docs}  (decoys with no mention: {decoys}, {decoys / n_docs:.1%})")
    print("by kind:     " + ", ".join(f"{k} {by_kind[k]}" for k in HTML_KINDS + TXT_KINDS))
    print(f"mentions: {n_ment}  (serious: {serious}, {serious / max(n_ment, 1):.1%}; url_only: {sum(e['url_only'] for e in mentions)})")
    print("by category: " + ", ".join(f"{c} {by_cat[c]}" for c in CATEGORIES))
    print("by variant:  " + ", ".join(f"{v} {by_var[v]}" for v in VARIANTS))
    print("by subject:  " + ", ".join(f"{s} {n}" for s, n in by_subj.most_common()))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("all labels checked: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
