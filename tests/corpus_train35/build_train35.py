#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Labelled evaluation corpus "train35" for the repwatch matcher (written blind, all invented).

Setting
-------
Our Lady Star of the Sea Catholic High School for Girls, an invented 11-16 Catholic girls'
secondary on Cranmer Road, Sandhey, north Liverpool L21 7QJ (invented districts around it:
Sandhey, Sandhey Vale, Kelbrook, Millers Dock, Thornley Moss). Locals call it "Star of the
Sea", "Our Lady's" or just "the Star"; its acronym OLSS is shared with Liverpool council's
Online Learning Support Service and the Old Liverpool Sailing Society. Parish: St Columba's,
Sandhey, whose parish priest chairs the governors. The feeder primary and the parish church
share the name (Star of the Sea Primary, Star of the Sea Church). School year 2024-25:
a Lourdes pilgrimage money row (autumn), the school's production of Blood Brothers
(December), a Year 11 maths mock-exam grading scandal (January) that ends with the deputy
head on leave pending a diocesan investigation, the popular PE teacher announcing she is
leaving (February, gone at Easter), and an Ofsted downgrade from Good to Requires
Improvement (March). Office phone 01632 960118; own domain starofthesea-high.example.

Staff (watchlist ids, with the variant traits they exercise)
------------------------------------------------------------
fquarshie        Dr Fidelma Quarshie, Headteacher. unique = true: counts wherever named.
                 "Mrs Q"/"Dr Q" short forms; target of coded racist abuse.
jpendletonroyle  Joanne Pendleton-Royle, Deputy Head (Curriculum & Assessment). Hyphenated
                 surname (written "Pendleton Royle", "PendletonRoyle", en dash); alias
                 "Joanne Pendleton" (maiden name); "Jo" nickname; "Mrs P-R".
sodriscoll       Siobhán O'Driscoll, Head of Maths. Accent and apostrophe; alias
                 "Siobhan O'Driscoll"; pupils say "Miss O'D".
klunt            Katherine Lunt, PE teacher who is leaving. Nickname-able (Katie, Kate,
                 Kath, Kathy); alias "Katherine Grice" (maiden name).
lmurphy          Lisa Murphy, Head of Year 11. Very common name: namesakes in decoys (a Cork
                 hairdresser, a Leeds councillor, a Preston fun-runner, a Wexford artist).
abell            Anthony Bell, School Business Manager. Surname is an everyday word (the
                 school bell, doorbells, Bell's whisky); Tony/Ant nicknames.
dfeeney          Fr Dominic Feeney, parish priest of St Columba's and Chair of Governors.
                 Aliases "Father Dominic Feeney", "Fr Dominic Feeney", "Father Feeney",
                 "Fr Feeney"; "Father Dom" nickname; anti-Catholic abuse target.
nrahman          Nadia Rahman, chemistry teacher (Muslim; religious/racial hate target).
jellery          Jordan Ellery, Head of Drama, non-binary, Mx Ellery (gender-identity hate).
tnowicki         Tomasz Nowicki, Site Manager (Polish; nationality hate).

Voices
------
Scouse parents and grandparents on Facebook groups ("la", "boss", "sound", "our kid",
"meff", "queen", "arl arse", "bizzies", "made up", "jangling"), pupils on Chirp (an X-like
site), TikTok-style and Instagram-style comments, local papers and their comment sections,
the diocesan paper, education trade press, a teachers' forum, a Mumsnet-like forum, a
football forum's off-topic board, an anonymous gossip board, a mum blogger, an anonymous
teacher blogger, a Catholic blogger, a hostile local "watchdog" blog, review sites for
schools and employers.

Decoys (about 20% of documents, "expected": [])
------------------------------------------------
The everyday words "star" and "bell" (the Daily Star, star ratings, "you're a star", a
ship's bell, school bells, doorbell cameras, Bell's whisky, a pub called the Bell, a
netball handbell); OLSS meaning the council's Online Learning Support Service and the Old
Liverpool Sailing Society; the excluded lookalikes Star of the Sea Church, Star of the Sea
Primary, Star Cabs and the Daily Star; namesakes clearly elsewhere (Lisa Murphy in Cork,
Leeds, Preston and Wexford; Anthony Bell the Sunderland plumber; Dr Bell the Formby
dentist; Father Feeney of Oughterard; Jordan Ellery the Seabank Rovers footballer; Nadia Rahman
the Bradford solicitor; Kate Lunt the Chester baker; Tomasz Nowicki the Polish league
footballer); the localities alone (Kelbrook, Millers Dock, Thornley Moss, Sandhey Vale news
with no school); similar schools and names elsewhere (Star of the Sea College in Wexford,
Stella Maris High in Glasgow, St Columba's High in Paisley, Our Lady Star of the Sea
Parish School in Townsville, a lifeboatman called "a true star of the sea", the Marian
hymn "Mary, Star of the Sea").

Labelling conventions
---------------------
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

Local choices: "short_name" is a shortened form that is not a listed alias ("Mrs Q",
"Dr Q", "Mrs P-R", "Miss O'D", "Our Lady's"); a name written with the accent or
apostrophe dropped or a letter wrong is "typo"; the office number 01632 960118 is never
doxxing; a figurative "I could kill her" joke about homework is negative, not threat.
Every labelled mention keeps its surface form (`form`) in this script, and the script
checks that the form occurs in the written document.

Running
-------
    python3 tests/corpus_train35/build_train35.py

Writes docs/NNN-<kind>.<ext> and labels.jsonl beside this script (deterministic, standard
library only), checks every label, prints a summary and exits 0 (1 if a check fails).
"""

from __future__ import annotations

import html
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
VARIANTS = [
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
]
KINDS = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}

S = "school"
Q = "fquarshie"
PR = "jpendletonroyle"
OD = "sodriscoll"
KL = "klunt"
LM = "lmurphy"
AB = "abell"
FE = "dfeeney"
NR = "nrahman"
JE = "jellery"
TN = "tnowicki"
SUBJECTS = {S, Q, PR, OD, KL, LM, AB, FE, NR, JE, TN}

DOCS: list[dict] = []


def m(subject: str, variant: str, category: str, form: str, url_only: bool = False) -> dict:
    return {"subject": subject, "variant": variant, "category": category, "form": form, "url_only": url_only}


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def render_paras(text: str) -> str:
    out = []
    for block in text.strip().split("\n\n"):
        lines = [ln.strip() for ln in block.strip().splitlines()]
        if lines and lines[0].startswith("## "):
            out.append(f"<h2>{esc(lines[0][3:])}</h2>")
            lines = lines[1:]
            if not lines:
                continue
        if all(ln.startswith("> ") for ln in lines):
            out.append("<blockquote><p>" + esc(" ".join(ln[2:] for ln in lines)) + "</p></blockquote>")
        elif all(ln.startswith("* ") for ln in lines):
            out.append("<ul>" + "".join(f"<li>{esc(ln[2:])}</li>" for ln in lines) + "</ul>")
        else:
            out.append("<p>" + esc(" ".join(lines)) + "</p>")
    return "\n".join(out)


NEWS_SITES = {
    "bugle": ("Mersey Bugle", "merseybugle.example", ["News", "Sport", "Schools", "Crime", "Opinion", "What's On", "Property"],
              ["Roadworks on Stanley Road to run until June", "Dock Road warehouse plans approved", "Weather: wet and windy week ahead"],
              "© 2025 Mersey Bugle Media Ltd · 14 Dockside Chambers, Liverpool L3 9ZQ · Registered in England 08812345"),
    "advertiser": ("North Liverpool Advertiser", "nladvertiser.example", ["Home", "News", "Education", "Community", "Sport", "Jobs", "Notices"],
                   ["Family funfair returns to the park this bank holiday", "Bus route 53 to be cut back, say operators", "Pub quiz raises £2,000 for hospice"],
                   "North Liverpool Advertiser is published by Northshore Media Ltd. Editorial: 0151 496 0733 · Complaints: standards@nladvertiser.example"),
    "chronicle": ("Liverpool Evening Chronicle", "livchronicle.example", ["News", "Politics", "Education", "Courts", "Sport", "Culture", "Business"],
                  ["Council tax to rise by 4.99 per cent", "New ferry terminal opening date confirmed", "Man fined for fly-tipping mattresses"],
                  "© Liverpool Evening Chronicle 2025 · About us · Editorial code · Corrections · Privacy notice · Cookie preferences"),
    "catholic": ("The Northern Catholic Voice", "northerncatholicvoice.example", ["Home", "Diocese", "Parishes", "Schools", "Comment", "Obituaries", "Subscribe"],
                 ["Bishop opens jubilee year at cathedral", "Lenten soup lunches raise record sum", "Youth pilgrimage places still available"],
                 "The Northern Catholic Voice · Independent Catholic weekly for the North West since 1921 · Letters: letters@northerncatholicvoice.example"),
    "staffroom": ("Staffroom Bulletin", "staffroombulletin.example", ["News", "Leadership", "Accountability", "Exams", "Workforce", "Opinion", "Jobs"],
                  ["Teacher pay award: what the figures mean", "Exam boards warn on AI coursework", "Trusts told to publish CEO salaries"],
                  "Staffroom Bulletin · Independent journalism for the schools sector · © Ledger Education Media 2025"),
    "cork": ("Cork Evening Courier", "corkcourier.example", ["News", "Sport", "Business", "Lifestyle", "Farming", "Death Notices"],
             ["Traffic chaos on the N25 after lorry breakdown", "County minors through to Munster final", "New cafe opens on the quays"],
             "Cork Evening Courier · Courier Media Group DAC · © 2025"),
    "wirral": ("Wirral Weekly Globe", "wirralglobe.example", ["News", "Schools", "Sport", "Leisure", "Letters"],
               ["Promenade cycle lane consultation opens", "Ferry fares frozen for summer", "Golf club celebrates 125 years"],
               "Wirral Weekly Globe · Part of Northshore Media · © 2025"),
    "leeds": ("Leeds Civic Post", "leedscivicpost.example", ["News", "Council", "Sport", "Arts", "Community"],
              ["Bin strike talks resume", "Market hall refurbishment delayed", "Rugby league: derby day preview"],
              "Leeds Civic Post · © Aire Valley Publishing 2025"),
    "wexford": ("Wexford Sentinel", "wexfordsentinel.example", ["News", "Sport", "Community", "Schools", "Arts"],
                ["Opera festival programme launched", "Harbour dredging to begin in May", "Hurling: county final preview"],
                "Wexford Sentinel · Sentinel Newspapers Ltd · © 2025"),
    "sunderland": ("Wearside Echo Online", "wearsideecho.example", ["News", "Sport", "Business", "Community"],
                   ["Bridge repair works to start next month", "Shipyard heritage trail unveiled", "Sunderland v Stoke: player ratings"],
                   "Wearside Echo Online · © Northumbria Press 2025"),
}

FORUM_SITES = {
    "scousetalk": ("ScouseTalk", "scousetalk.example", "The biggest Liverpool community forum"),
    "parentnet": ("ParentNet", "parentnet.example", "Talk to other parents"),
    "chalkface": ("ChalkFace Community", "chalkface.example", "The forum for teachers and school staff"),
    "kopmile": ("The Kop Mile", "kopmile.example", "Independent Liverpool FC supporters' forum"),
    "whispr": ("Whispr", "whispr.example", "Say it anonymously"),
    "netballhub": ("NetballHub", "netballhub.example", "Players, coaches, umpires, parents"),
}

BLOG_SITES = {
    "sandheymam": ("Mam on the Vale", "mamonthevale.example", "Raising three girls, two dogs and one husband in north Liverpool", "Powered by Inkwell · Theme: Seaside"),
    "staffroomnotes": ("Notes from a Northern Staffroom", "northernstaffroom.example", "An anonymous teacher on the state of things", "Powered by Inkwell · Theme: Minimal Chalk"),
    "scousecatholic": ("Ferry Cross the Tiber", "ferrycrossthetiber.example", "A Liverpool Catholic on faith, parish life and the city", "Powered by Quill · Theme: Cloister"),
    "northendwatch": ("North End Watch", "northendwatch.example", "Asking the questions THEY don't want asked", "Powered by Quill · Theme: Broadsheet"),
    "bibswhistles": ("Bibs & Whistles", "bibsandwhistles.example", "School sport, coaching and the odd rant", "Powered by Inkwell · Theme: Pitchside"),
    "sailing": ("Salt on the Mersey", "saltonthemersey.example", "Dinghy sailing on the river and beyond", "Powered by Inkwell · Theme: Regatta"),
}


def page(title: str, site_name: str, domain: str, nav: list[str], main: str, footer: str, tagline: str = "") -> str:
    nav_html = "".join(f'<li><a href="/{n.lower().replace(" ", "-").replace(chr(39), "")}">{esc(n)}</a></li>' for n in nav)
    tag = f'\n<p class="tagline">{esc(tagline)}</p>' if tagline else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(site_name)}</title>
<link rel="stylesheet" href="https://{domain}/static/site.css">
<link rel="canonical" href="https://{domain}/">
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <a href="/cookies">Manage settings</a> <button>Accept all</button></div>
<header class="site-header">
<a class="logo" href="https://{domain}/">{esc(site_name)}</a>{tag}
<nav class="main-nav"><ul>{nav_html}</ul></nav>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form>
</header>
{main}
<footer class="site-footer">
<p>{esc(footer)}</p>
<p><a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p>
</footer>
</body>
</html>
"""


def comments_html(comments, heading: str = "Comments") -> str:
    if not comments:
        return f'<section class="comments"><h3>{heading} (0)</h3><p>Be the first to comment.</p></section>'
    items = []
    for name, when, text in comments:
        items.append(
            f'<div class="comment"><p class="comment-meta"><strong>{esc(name)}</strong> · <time>{esc(when)}</time></p>\n'
            f"{render_paras(text)}\n<p class=\"comment-actions\"><a href=\"#\">Reply</a> · <a href=\"#\">Report</a></p></div>"
        )
    return f'<section class="comments"><h3>{heading} ({len(comments)})</h3>\n' + "\n".join(items) + "\n</section>"


def add(kind: str, content: str, mentions) -> None:
    DOCS.append({"kind": kind, "content": content, "mentions": list(mentions)})


def news(site, headline, standfirst, byline, date, body, comments=(), mentions=(), section="News"):
    name, domain, nav, most_read, footer = NEWS_SITES[site]
    mr = "".join(f"<li><a href=\"#\">{esc(h)}</a></li>" for h in most_read)
    main = f"""<main class="article-page">
<p class="breadcrumb"><a href="/">Home</a> › <a href="/{section.lower()}">{esc(section)}</a></p>
<article>
<h1>{esc(headline)}</h1>
<p class="standfirst">{esc(standfirst)}</p>
<p class="byline">By {esc(byline)} · <time>{esc(date)}</time></p>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">Chirp</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
<div class="article-body">
{render_paras(body)}
</div>
</article>
<aside class="most-read"><h3>Most read</h3><ol>{mr}</ol></aside>
{comments_html(comments)}
</main>"""
    add("news", page(headline, name, domain, nav, main, footer), mentions)


def forum(site, board, title, posts, mentions=()):
    name, domain, tagline = FORUM_SITES[site]
    items = []
    for i, (user, when, text) in enumerate(posts, 1):
        items.append(
            f'<article class="post" id="post-{i}">\n<div class="post-author"><strong>{esc(user)}</strong></div>\n'
            f'<div class="post-body"><p class="post-date">#{i} · <time>{esc(when)}</time></p>\n{render_paras(text)}</div>\n'
            '<div class="post-actions"><a href="#">Like</a> · <a href="#">Quote</a> · <a href="#">Reply</a> · <a href="#">Report</a></div>\n</article>'
        )
    main = f"""<main class="thread">
<p class="breadcrumb"><a href="/">Forums</a> › {esc(board)}</p>
<h1 class="thread-title">{esc(title)}</h1>
<p class="thread-meta">Started by {esc(posts[0][0])} · {len(posts) - 1} replies</p>
{chr(10).join(items)}
<div class="reply-box"><p>You must <a href="/login">log in</a> or <a href="/register">register</a> to reply here.</p></div>
</main>"""
    add("forum", page(title, name, domain, ["Forums", "What's new", "Members", "Rules", "Log in"], main,
                      f"{name} · {tagline} · Community rules apply · © 2025", tagline), mentions)


def blog(site, title, author, date, body, comments=(), mentions=(), tags=""):
    name, domain, tagline, powered = BLOG_SITES[site]
    main = f"""<main class="blog">
<article class="post">
<h1>{esc(title)}</h1>
<p class="post-meta">Posted by {esc(author)} on <time>{esc(date)}</time>{' · Tags: ' + esc(tags) if tags else ''}</p>
{render_paras(body)}
</article>
{comments_html(comments, "Responses")}
<aside class="sidebar"><h3>About</h3><p>{esc(tagline)}</p><h3>Archives</h3><ul><li>March 2025</li><li>February 2025</li><li>January 2025</li><li>December 2024</li></ul></aside>
</main>"""
    add("blog", page(title, name, domain, ["Home", "About", "Archive", "Contact"], main, powered, tagline), mentions)


def txt(kind, text, mentions=()):
    add(kind, text.strip("\n") + "\n", mentions)


# ---------------------------------------------------------------------------
# Documents. Mentions: m(subject, variant, category, form[, url_only]).
# ---------------------------------------------------------------------------

# 000
news("bugle", "Parents' fury as Star of the Sea girls' mock grades 'rewritten' weeks before college deadlines",
     "Families say maths results were lowered after papers had been marked and handed back",
     "Hayley Brannigan, Education Reporter", "Wednesday 15 January 2025, 6:00 pm",
     """
Parents at Our Lady Star of the Sea Catholic High School for Girls in Sandhey say dozens of Year 11 pupils had their maths mock grades changed after the papers had been marked, discussed in class and taken home.

Several families told the Bugle their daughters' grades dropped by one or two grades on the reports sent out last Friday, with no explanation beyond a one-paragraph letter describing "a whole-school moderation exercise".

The letter, seen by the Bugle, is signed by deputy headteacher Joanne Pendleton-Royle. It says grades were "aligned with national expectations" and that the reports "supersede any informal feedback given in lessons".

Gemma Halligan, 41, whose daughter Ellie is applying to a sixth form college in the city, said: "She brought the paper home with a 6 on it. The report says 4. The college uses the mock grades for the interview. Nobody will tell us who changed it or why."

Head of maths Siobhán O'Driscoll, who is understood to have raised questions about the process at the time, was not available for comment.

In a statement, headteacher Dr Fidelma Quarshie said: "We understand parents' frustration. Mock grades are an internal tool and no pupil will be disadvantaged. I have asked for a full review and will write to every Year 11 family by the end of the month."

The school, which was rated Good at its last inspection, is expecting a visit from Ofsted this term.
""",
     comments=[
         ("ScouseMam84", "15 Jan 2025 18:41", "Our kid's girl went from a 6 to a 4 overnight. Boss school for pastoral but this is a joke."),
         ("Kev_L4", "15 Jan 2025 19:02", "Same happened at my lad's school in Walton years ago. They all fiddle the mocks for the league tables, nothing new la."),
         ("TheRealMrsD", "15 Jan 2025 19:20", "That deputy wants moving on. Fourth cock-up this year and she still gets to sign the letters."),
         ("Pat McGann", "15 Jan 2025 20:11", "Credit to the head for at least saying there'll be a review. More than most do."),
     ],
     mentions=[m(S, "exact", "negative", "Our Lady Star of the Sea Catholic High School for Girls"),
               m(PR, "exact", "negative", "Joanne Pendleton-Royle"),
               m(OD, "exact", "neutral", "Siobhán O'Driscoll"),
               m(Q, "exact", "neutral", "Fidelma Quarshie")],
     section="Schools")

# 001
txt("facebook", """
Star of the Sea Parents (unofficial)
Private group · 1.2K members

Gemma Halligan
13 January at 20:14 · 👥

Anyone else's daughter had her maths mock changed?? Ellie got a 6 on the paper she brought home and now the report says 4. Miss O'D marked it herself and told her she'd done boss. So who changed it?? 😡😡

😡😮 64 · 52 comments

Most relevant ▾

Tracey Lomax
Same. It's not the maths teachers la, it's coming from upstairs. Pendleton Royle has been meddling since the day she got here
4w · Like · Reply · 23

Sharon Devine
Heard off someone who works there she's got targets off the trust and if the numbers don't look right she just moves them. Thats fraud isn't it. Fiddling kids results to make herself look good
4w · Like · Reply · 18

    Gemma Halligan
    Sharon Devine wouldn't surprise me one bit
    4w · Like · Reply · 2

Paula Quinn
Miss O'D is a sound teacher, don't be blaming her, our Mia would've failed without her
4w · Like · Reply · 11

Joanne Fitz
Ring the office tomorrow 01632 960118 and ask for it in writing. That's what I'm doing
4w · Like · Reply · 6
""", [m(S, "alias", "negative", "Star of the Sea"),
      m(OD, "short_name", "neutral", "Miss O'D"),
      m(PR, "hyphenated", "defamation", "Pendleton Royle")])

# 002
txt("social", """
Chirp

lils 🏐 @lilymae_xo · 7 Feb
not miss lunt leaving star of the sea i am actually crying 😭😭 she's the only reason i do netball
💬 14   🔁 9   ♥ 212

ellz @ellz_b · 7 Feb
Replying to @lilymae_xo
noooo who's gonna do sports day now 😭
♥ 31

kay @kayyyy_27 · 7 Feb
Replying to @lilymae_xo
she's boss tbf, best teacher in that whole place. everyone else can go 🙄
♥ 48

mia🌙 @miaroseee · 7 Feb
Replying to @lilymae_xo
we should do a leaving card from the whole of year 9
♥ 19
""", [m(KL, "title_surname", "neutral", "miss lunt"),
      m(S, "alias", "neutral", "star of the sea")])

# 003
txt("review", """
Our Lady Star of the Sea Catholic High School for Girls
Secondary school · Cranmer Road, Sandhey, Liverpool L21 7QJ
2.4 ★★☆☆☆ (71 reviews)

Mark Reardon
Local Guide · 44 reviews · 9 photos
★☆☆☆☆ a month ago
Used to rate this school, both my older girls went here. The way the mock exam business has been handled is appalling. Kids given one grade in class, a different one on the report, and Dr Quarshie hides behind a letter that says nothing. Nobody is accountable for anything. Would not send my youngest here now.
👍 27   Share

Response from the owner a month ago
Thank you for your feedback. We are reviewing the Year 11 mock process and have written to all families. Please contact the school office on 01632 960118 if you would like to discuss your daughter's results.
""", [m(S, "exact", "negative", "Our Lady Star of the Sea Catholic High School for Girls"),
      m(Q, "title_surname", "negative", "Dr Quarshie")])

# 004 decoy: namesake hairdresser in Cork
news("cork", "Lisa Murphy crowned Cork's best hairdresser for second year running",
     "Douglas salon owner beats 40 finalists at regional awards",
     "Niamh Crowley", "Monday 20 January 2025",
     """
Lisa Murphy, who runs Shear Genius on Douglas Street, has been named best hairdresser in the county for the second year in a row at the Munster Hair and Beauty Awards.

The 38-year-old mother of two opened her salon in 2016 after training in London. "I'm thrilled, honestly. It's the clients and the girls in the salon who make it," she said.

Judges praised her colour work and her apprenticeship scheme, which has trained eleven young stylists from the area.

Ms Murphy will represent Munster at the national finals in Dublin in April.
""",
     comments=[("Deirdre O'S", "20 Jan 2025", "Well deserved Lisa! Best blow-dry in Cork."),
               ("corkboy77", "20 Jan 2025", "Fair play to her.")],
     mentions=[], section="Lifestyle")

# 005
forum("parentnet", "Talk › Secondary education", "Mock grades changed AFTER marking - is this normal?", [
    ("Bluebell_Vale", "13 Jan 2025 21:02", """
DD is in Year 11 at a Catholic girls' school in north Liverpool (won't say which but it's been in the paper). Her maths mock came back marked as a 6, teacher went through it with them, she brought it home. Report arrives and it's a 4. Letter says "moderation". Is this normal? She's devastated and her college interview is in three weeks.
"""),
    ("Marmite_and_Toast", "13 Jan 2025 21:15", """
Moderation is normal but not after the papers have gone home and not by two grades. I'd be asking for the marked script and the grade boundaries they used.
"""),
    ("HeadOfMathsElsewhere", "13 Jan 2025 21:40", """
Head of maths here (not in Liverpool). Some schools apply a harsher boundary to mocks deliberately to "motivate" Y11. It's a terrible idea but it isn't unusual. The department should have been told before marking though.
"""),
    ("Scouse_Lass_Abroad", "13 Jan 2025 22:03", """
Is this Star of the Sea? My friend's daughter is there and it's the same story. Apparently it didn't come from the maths department at all.
"""),
    ("Bluebell_Vale", "13 Jan 2025 22:10", """
Might be 🤐
"""),
    ("Pennywhistle", "13 Jan 2025 22:31", """
If it's the school I think it is, their deputy Mrs Pendleton-Royle was at my niece's old school in St Helens and exactly the same thing happened there. Grades quietly moved down so the "progress" looked better by the summer. She left just before the governors found out. Draw your own conclusions.
"""),
    ("Marmite_and_Toast", "13 Jan 2025 22:40", """
Pennywhistle, careful, that's quite an accusation to make on here.
"""),
], [m(S, "alias", "negative", "Star of the Sea"),
    m(PR, "title_surname", "defamation", "Mrs Pendleton-Royle")])

# 006
txt("social", """
Chirp

Dean Halligan @deanoh_lfc · 14 Jan
Whoever changed my daughter's grades at Star of the Sea better hope I never find out who you are. I'm not joking. You've messed with the wrong family ⚰️
💬 22   🔁 6   ♥ 71

Rach @rach_m_1986 · 14 Jan
Replying to @deanoh_lfc
calm down Dean mate it's a mock exam
♥ 12

Lee Garvey @leegarv · 14 Jan
Replying to @deanoh_lfc
it was Pendleton-Royle everyone knows. she parks round the back on Cranmer Road. go and have a word 👀
♥ 33

Dean Halligan @deanoh_lfc · 14 Jan
Replying to @leegarv
oh I will 👊
♥ 20
""", [m(S, "alias", "threat", "Star of the Sea"),
      m(PR, "surname_only", "threat", "Pendleton-Royle")])

# 007
blog("sandheymam", "What I wish I'd known before choosing a secondary school", "Clare (Mam on the Vale)", "2 October 2024",
     """
It's that time of year again: open evenings, glossy prospectuses and the great north Liverpool secondary school stress-off. Our eldest has been at Star of the Sea for three years now and our middle one starts in September, so here's my honest, unsponsored round-up of what actually mattered.

## The pastoral side matters more than the results table
When our Ava had a wobbly Year 7, it was her head of year, Mrs Murphy, who rang me before I'd even noticed something was up. That's what you want. Not a league table position.

## Look at what happens after 3.15
The netball and football on offer is brilliant, and most of that is down to one woman, Miss Lunt, who seems to live on the courts. Ava went from "I hate PE" to county trials in eighteen months.

## Ask about the stuff they don't put in the brochure
Mobile phone policy, how they handle falling out in group chats, what happens on non-uniform day. Boring questions get honest answers.

Good luck to everyone doing the rounds this month. Take tissues to the Year 7 open evening, I'm not even joking.
""",
     comments=[("Lou K", "2 Oct 2024 at 21:14", "Mrs Murphy was my form tutor back in 2009! Glad she's still there, she was dead sound."),
               ("Clare", "2 Oct 2024 at 21:30", "Ha! Small world Lou x")],
     mentions=[m(S, "alias", "neutral", "Star of the Sea"),
               m(LM, "title_surname", "neutral", "Mrs Murphy"),
               m(KL, "title_surname", "neutral", "Miss Lunt")],
     tags="schools, secondary, parenting")

# 008 decoy: locality + Star Cabs lookalike
txt("facebook", """
Sandhey Community Noticeboard
Public group · 8.4K members

Maureen Kinsella
21 November at 09:12 · 🌐

FOUND 🐱 black and white cat, very friendly, no collar, been hanging round the bins behind the parade on Sandhey Vale since Tuesday. One of the drivers from Star Cabs brought him in out of the rain last night. Looks well fed so someone must be missing him. Please share x

👍❤️ 89 · 31 comments · 40 shares

Kath Jennings
Aww bless him. Looks like the one off Elm Grove, I'll ask round
2d · Like · Reply · 3

Steve Mercer
Take him to the vets on Kelbrook Road they'll scan him for a chip for nowt
2d · Like · Reply · 9

Maureen Kinsella
Steve Mercer good shout, will do after 10
2d · Like · Reply · 1
""", [])

# 009
txt("social", """
TikTok · @olss_netball_fans

Star of the Sea U14s county finals 🏆🏐 the girls did THAT 🔥 #netball #countyfinals #SaveMissLunt
♫ original sound - olss_netball_fans
❤️ 4,812   💬 233   ↗️ 96

Comments

jess 🫶
the way she screamed when they scored 😭 #SaveMissLunt
2-15 · ❤️ 301 · Reply

Nana Pat
So proud of our Katy-Mae 😘😘
2-15 · ❤️ 44 · Reply

courtney
bring her back to year 7 pe i beg
2-15 · ❤️ 89 · Reply

user84730021
whos the coach, shes class
2-16 · ❤️ 3 · Reply
""", [m(S, "alias", "neutral", "Star of the Sea"),
      m(KL, "hashtag", "neutral", "#SaveMissLunt")])

# 010
txt("review", """
StaffSay · Company reviews
Our Lady Star of the Sea · Education · Liverpool
2.1 ★★☆☆☆ · 19 reviews · 31% would recommend to a friend

"Lovely kids, leadership in freefall"
★★☆☆☆  Current employee, more than 3 years · Teacher · 28 Feb 2025

Pros
The girls are funny, kind and hard working. Most of the teaching staff are brilliant and support each other. Good CPD budget (until this year).

Cons
Dr Q has lost the staffroom. Decisions come down from SLT with no consultation, and anyone who asks a question gets a "quiet word". Workload has doubled since the new data system. The mock grades mess was avoidable and staff were told not to talk to parents about it.

Advice to management
Listen to your middle leaders before you lose the rest of them.

Helpful (12) · Report
""", [m(S, "alias", "negative", "Our Lady Star of the Sea"),
      m(Q, "short_name", "negative", "Dr Q")])

# 011
news("advertiser", "Sandhey girls' school drops to 'requires improvement' after Ofsted visit",
     "Inspectors praise pupils' behaviour but criticise leaders' oversight of assessment and safeguarding records",
     "Connor Whelan", "Thursday 20 March 2025",
     """
A Catholic girls' secondary school in Sandhey has been downgraded by Ofsted, which found leaders had not kept "sufficiently robust oversight" of assessment and some safeguarding records.

Our Lady Star of the Sea Catholic High School for Girls, on Cranmer Road, was rated Requires Improvement overall following a two-day inspection in February. It had been rated Good since 2016.

Inspectors said pupils were "polite, articulate and proud of their school" and praised the PE and performing arts departments. But they found that the handling of Year 11 mock examinations had "caused avoidable anxiety" and that records of some safeguarding concerns were "incomplete".

Headteacher Dr Fidelma Quarshie said the school was "disappointed but not defeated" and that an action plan was already in place.

Father Dominic Feeney, parish priest of St Columba's and chair of governors, said: "The governors accept the report's findings in full. Our girls deserve the best and we will make sure they get it."

The full report is available on the Ofsted website.
""",
     comments=[("Anne-Marie T", "20 Mar 2025 10:02", "Not surprised after the mocks carry-on. Staff are lovely, leadership not so much."),
               ("johnnyb1965", "20 Mar 2025 11:45", "Requires improvement, so does half the city tbf")],
     mentions=[m(S, "exact", "negative", "Our Lady Star of the Sea Catholic High School for Girls"),
               m(Q, "exact", "neutral", "Fidelma Quarshie"),
               m(FE, "exact", "neutral", "Dominic Feeney")],
     section="Education")

# 012
forum("scousetalk", "Local Chat › North End", "Star of the Sea gone right down the pan", [
    ("Kirkdale_Kenny", "21 Mar 2025 08:14", """
Seen the Ofsted? Requires improvement. My mam went there when it was the nuns, best school in the north end. What's happened to it?
"""),
    ("BlueNose_Bri", "21 Mar 2025 08:30", """
Mocks scandal, half the staff leaving, deputy on gardening leave. Not hard to work out la.
"""),
    ("Vauxhall_Vic", "21 Mar 2025 08:52", """
Never had this trouble when it was run by our own. Then they go and ship in some Quarshie one from Africa who's never set foot in Liverpool and wonder why it's gone to pot. Send her back where she came from and give it to someone local.
"""),
    ("Kirkdale_Kenny", "21 Mar 2025 09:01", """
Vic that's out of order mate. Nothing to do with where she's from.
"""),
    ("Mod_Sharon", "21 Mar 2025 09:15", """
Post above edited to remove a word. Keep it civil or take a ban.
"""),
], [m(S, "alias", "negative", "Star of the Sea"),
    m(Q, "surname_only", "hate", "Quarshie")])

# 013
txt("facebook", """
Kelbrook Mums & Dads 💙
Public group · 3.1K members

Leanne Doyle
5 December at 21:40 · 🌐

Rant incoming. Year 11 parents evening at the Star tonight. Waited 40 minutes for a 5 minute appointment and Lisa Murphy the head of year 11 couldn't even tell me our Chloe's target grade or what her attendance is. Said she'd "email it over". Still waiting. These are GCSE kids ffs 🙄

👍😆😡 38 · 27 comments

Jo Marsden
Lisa's lovely tbf she's just run ragged, she's got 180 kids and no help
3mo · Like · Reply · 14

Leanne Doyle
Jo Marsden I know but it's not good enough is it
3mo · Like · Reply · 4

Carl Doyle
Same at every school now. Send an email and cc the head
3mo · Like · Reply · 2
""", [m(LM, "exact", "negative", "Lisa Murphy"),
      m(S, "alias", "negative", "the Star")])

# 014 decoy: Daily Star and star ratings
txt("social", """
Chirp

Daily Star @dailystar_example · 3h
EXCLUSIVE: Reality star's wedding cake "was bigger than my first flat" says guest ⭐🎂 Full story 👇
🔗 dailystar.example/showbiz/wedding-cake
💬 88   🔁 41   ♥ 530

Gaz @gazzaboy_85 · 3h
Replying to @dailystar_example
genuinely who cares. 1 star journalism
♥ 64

Shell @shellbelle · 2h
Replying to @dailystar_example
the cake looks boss tho to be fair 😂
♥ 22
""", [])

# 015
blog("staffroomnotes", "Why I left Star of the Sea (and why I'm not the last)", "Anonymous", "9 February 2025",
     """
I taught at Star of the Sea for six years. I loved the girls. I loved most of my colleagues. I left at Christmas with nothing lined up, which tells you something.

## Data over people
When the new deputy arrived, everything became a spreadsheet. Lesson drop-ins, "flight paths", colour-coded tracking. J. Pendleton-Royle is not a bad person, but she has never met a number she didn't want to move, and the mocks were the end result of two years of that culture.

## Money that nobody could explain
I ran a trip once. Only once. The deposits went into the office and the trip accounts, which were Bell's baby, never quite added up at the end. I asked for a breakdown three times and was told it was "being reconciled". I'm not saying anything. I'm just saying I stopped asking.

## What I'd say to the governors
Talk to the staff who've left. We're not hard to find.
""",
     comments=[("a former colleague", "9 Feb 2025 at 19:02", "Every word of this. The trip money thing especially."),
               ("Parent of two", "9 Feb 2025 at 20:44", "This is really sad to read. The teachers my girls have had were fantastic.")],
     mentions=[m(S, "alias", "negative", "Star of the Sea"),
               m(PR, "initial_surname", "negative", "J. Pendleton-Royle"),
               m(AB, "possessive", "defamation", "Bell's")],
     tags="leaving teaching, leadership")

# 016
news("staffroom", "Deputy head on leave as diocese investigates mock exam regrading",
     "Independent review ordered after complaints from Year 11 families at Liverpool girls' school",
     "Staffroom Bulletin reporter", "17 February 2025",
     """
A deputy headteacher at a Catholic girls' school in Liverpool has been placed on leave while the diocese investigates the regrading of Year 11 mock exam results.

Joanne Pendleton-Royle, deputy head for curriculum and assessment at Star of the Sea High in Sandhey, is not at work pending the outcome of an independent review commissioned by the governing body, Staffroom Bulletin understands.

The school's headteacher, Dr Fidelma Quarshie, told parents in a letter that "a member of staff is not currently in school" and that it would be "inappropriate to comment further while the review is under way".

The diocesan education service confirmed it was "supporting the governors" but declined to give details. Staffroom Bulletin has approached Ms Pendleton-Royle for comment through her union.

Regrading of internal assessments is not regulated by Ofqual, but schools are expected to have a clear and published policy. Three other schools in the region have faced similar complaints this academic year.
""",
     comments=[("ClassroomVeteran", "17 Feb 2025", "Scapegoat. Deputies don't regrade a whole year group on their own initiative."),
               ("exam_officer_nw", "17 Feb 2025", "Publish your assessment policy, people. Saves everyone this pain.")],
     mentions=[m(PR, "exact", "defamation", "Joanne Pendleton-Royle"),
               m(S, "alias", "negative", "Star of the Sea High"),
               m(Q, "exact", "neutral", "Fidelma Quarshie")],
     section="Accountability")

# 017 decoy: Star Cabs review
txt("review", """
Star Cabs Liverpool
Taxi service · Linacre Road
3.9 ★★★★☆ (212 reviews)

Siobhan Rooney
3 reviews
★★★★★ 2 weeks ago
Booked at 2am after a night out, driver was there in 6 mins, sound fella, got me home safe. Five stars la.
👍 4   Share

Tony G
12 reviews
★★☆☆☆ a month ago
Waited 45 minutes for a cab to the airport, nearly missed me flight. Phone line just rings out.
👍 9   Share

Response from the owner
Sorry Tony, we had two cars off the road that morning. Ring 0151 496 0299 and ask for the manager.
""", [])

# 018
forum("parentnet", "Talk › Local › Merseyside", "PSA: man hanging round the girls' school gates at home time, north Liverpool", [
    ("Sandhey_Sue", "4 Mar 2025 16:10", """
Just a heads up for anyone with girls at Star of the Sea. There's been a man in a grey van parked opposite the side gate on Cranmer Road the last three afternoons. Doesn't pick anyone up, just sits there. I've told the office and they've told the police. Please talk to your daughters about walking in groups.
"""),
    ("MumOfThreeL21", "4 Mar 2025 16:25", """
Thanks for posting. Our Grace said the school sent a message on the app about it at lunchtime so they're on it.
"""),
    ("Dandelion88", "4 Mar 2025 17:02", """
Community police were parked there at 3 today so hopefully that's scared him off. Good on you for saying something.
"""),
], [m(S, "alias", "neutral", "Star of the Sea")])

# 019
txt("social", """
Chirp

abbie ✨ OLSS '27 🏐 @abbiegxo · 26 Jan
not me doing extra netball just to see miss lunt 😍😍 she can blow her whistle at me anytime 🫣🫣
💬 8   🔁 2   ♥ 96

kenzie @kenzie_xo · 26 Jan
Replying to @abbiegxo
girl 💀💀 ur obsessed
♥ 30

abbie ✨ OLSS '27 🏐 @abbiegxo · 26 Jan
Replying to @kenzie_xo
i said what i said 🙈
♥ 21
""", [m(KL, "title_surname", "sexual", "miss lunt"),
      m(S, "alias", "neutral", "OLSS")])

# 020
txt("facebook", """
Sandhey Community Noticeboard
Public group · 8.4K members

Bernie Walsh
18 November at 12:03 · 🌐

Still waiting on a refund for the Lourdes trip our Niamh couldn't go on because she broke her ankle. £340. Star of the Sea keep saying "it's with the business office". Funny how the Lourdes money went walkabout the same month Tony Bell turned up in a brand new Range Rover. Just saying 🤷‍♀️

😮😆 73 · 61 comments · 9 shares

Geraldine Fox
Bernie you want to be careful saying that on here hun
1d · Like · Reply · 12

Bernie Walsh
Geraldine Fox I'm only saying what everyone's thinking
1d · Like · Reply · 20

Sean Kehoe
Three families I know still haven't had theirs back. Something's not right
1d · Like · Reply · 15

Marie Kehoe
Ring the diocese, they'll sort it quicker than the school will
1d · Like · Reply · 6
""", [m(S, "alias", "negative", "Star of the Sea"),
      m(AB, "nickname", "defamation", "Tony Bell")])

# 021
news("catholic", "Sandhey pilgrims return from Lourdes 'changed for the better'",
     "Forty Year 9 girls made the October journey with their parish priest",
     "Catholic Voice correspondent", "31 October 2024",
     """
Forty Year 9 pupils from Our Lady Star of the Sea in Sandhey have returned from a five-day pilgrimage to Lourdes, accompanied by staff and their parish priest, Father Dominic Feeney of St Columba's.

The girls took part in the torchlight procession, volunteered with the Hospitalité and sang at Mass in the Grotto. "Several of them told me it was the first time they had really prayed for someone else," Fr Feeney said.

The trip was organised by the school's business manager, Anthony Bell, who has led the Lourdes journey for eight years. "People fundraise all year for this. It's the highlight of the school calendar," he said.

Parents can see photographs at the parish centre after the 11 o'clock Mass on Sunday.
""",
     comments=[("Mary C", "31 Oct 2024", "Our Orla came back glowing. Thank you Father and all the staff.")],
     mentions=[m(S, "alias", "neutral", "Our Lady Star of the Sea"),
               m(FE, "exact", "neutral", "Dominic Feeney"),
               m(AB, "exact", "neutral", "Anthony Bell")],
     section="Schools")

# 022
txt("social", """
Chirp

🇬🇧 Real Liverpool 🇬🇧 @reallivpool1207 · 16 Jan
Quarshie wants to watch herself. I know what car she drives and what time she leaves. Black Qashqai, last one out most nights. Just saying like 🚗🔥
💬 5   🔁 3   ♥ 14

Tash @tashhh_lv · 16 Jan
Replying to @reallivpool1207
reported. this is sick
♥ 41
""", [m(Q, "surname_only", "threat", "Quarshie")])

# 023
forum("chalkface", "Staffroom › Leadership & Management", "Anyone know what's going on at OLSS in Liverpool?", [
    ("NQT_no_more", "19 Feb 2025 19:30", """
Got an interview there next week for a maths post. Seen the news about the mocks and the deputy. Should I run?
"""),
    ("MathsMadam", "19 Feb 2025 19:48", """
I did my PGCE placement there. The girls are lovely. Their head of maths Siobhan O'Driscoll is one of the best teachers I've ever worked with, and as far as I know she fought the regrading tooth and nail. If she's staying, I'd go.
"""),
    ("Grumpy_HoD", "19 Feb 2025 20:05", """
Ask them directly at interview who decides mock boundaries. If they can't answer, that's your answer.
"""),
    ("NQT_no_more", "19 Feb 2025 20:20", """
Thanks both, really useful.
"""),
], [m(S, "alias", "negative", "OLSS"),
    m(OD, "alias", "neutral", "Siobhan O'Driscoll")])

# 024 decoy: OLSS sailing society
blog("sailing", "OLSS winter series: race four washed out, race five a belter", "Rob (sail no. 2231)", "12 January 2025",
     """
The Old Liverpool Sailing Society winter series has been a mixed bag so far. Race four was abandoned when the wind got up to thirty knots and the committee boat started dragging its anchor, which is about as Mersey as it gets.

Race five made up for it: a steady westerly, a proper beat up to the Crosby channel buoys and a downwind leg that had half the fleet broaching. Well done to the OLSS juniors who turned out in Toppers in January. Hard as nails.

Next up: the OLSS annual dinner at the clubhouse on the 1st. Tickets from the bar. Star prize in the raffle is a new buoyancy aid.
""",
     comments=[("Jenny (Laser 4471)", "12 Jan 2025 at 18:20", "That downwind leg! Still got bruises."),
               ("Rob", "12 Jan 2025 at 18:35", "Ha, we all have Jenny.")],
     mentions=[], tags="racing, winter series")

# 025
txt("facebook", """
Star of the Sea Parents (unofficial)
Private group · 1.2K members

Anonymous member
16 January at 22:51 · 👥

Sick of the school hiding behind emails. Lisa Murphy the head of year 11 lives on Harrowby Close in Kelbrook, number 14, red door with the hanging baskets. If she won't answer emails go and knock and ask her yourself why your kids results are shite. 🤬

😮👍 19 · 14 comments

Admin · Claire Rowan
This post breaches group rules and has been reported. Posting anyone's home address is not on. Turning off comments.
""", [m(LM, "exact", "doxxing", "Lisa Murphy"),
      m(S, "alias", "negative", "Star of the Sea")])

# 026
news("bugle", "Star of the Sea netballers crowned county champions",
     "Under-14s win the Merseyside Schools title without losing a game",
     "Mersey Bugle sport", "Sunday 16 February 2025",
     """
Our Lady Star of the Sea Catholic High School for Girls are Merseyside Schools under-14 netball champions after beating holders Formby Park 31-24 in Saturday's final.

Captain Katy-Mae Rooney scored 17 goals and was named player of the tournament.

The win is a fitting send-off for PE teacher Katherine Lunt, who has coached the squad since Year 7 and leaves the school at Easter. "They've worked so hard for this. I couldn't be prouder," she said.

The team now go forward to the North West finals in Preston next month.
""",
     comments=[("Nana Pat", "16 Feb 2025", "Our Katy-Mae!!! So proud xxx"),
               ("sportsdad_l21", "16 Feb 2025", "Miss Lunt is a credit to that school. Gutted she's going."),
               ("jj_1979", "16 Feb 2025", "Some of them girls look well older than 14 😏 if you know what I mean"),
               ("Lynn W", "16 Feb 2025", "jj_1979 reported. Absolute creep. They're children.")],
     mentions=[m(S, "exact", "sexual", "Our Lady Star of the Sea Catholic High School for Girls", True),
               m(KL, "exact", "neutral", "Katherine Lunt")],
     section="Sport")

# 027
txt("social", """
Instagram · @starofthesea_drama

@StarOfTheSeaHS drama dept ✨ What a week. BLOOD BROTHERS sold out all three nights. Thank you to our incredible cast and crew, and to Mx Ellery for directing with so much heart 🎭❤️
❤️ 1,204 · 96 comments

Comments

mam_of_mrs_johnstone  Our Caitlin as Mrs Johnstone 😭😭 I haven't stopped crying since Thursday
2w · 38 likes · Reply

lfc_dave_1964  A "Mx" running drama at a girls Catholic school. Say no more. Keep them away from our kids 🤡 groomers the lot of them
2w · 4 likes · Reply

    sarahb_l4  @lfc_dave_1964 jog on Dave. Best show the school has ever done.
    2w · 61 likes · Reply

caitlins_aunty_j  Honestly better than the one at the Empire 👏👏
2w · 22 likes · Reply
""", [m(S, "handle", "neutral", "@StarOfTheSeaHS"),
      m(JE, "title_surname", "hate", "Mx Ellery")])

# 028 decoy: feeder primary (excluded lookalike)
txt("review", """
Star of the Sea Primary
Primary school · St Columba's Road
4.7 ★★★★★ (38 reviews)

Danielle H
2 reviews
★★★★★ 3 months ago
Cannot fault this little school. Reception teacher is an angel, our Freddie skips in every morning. Nativity this year was adorable. Breakfast club is a life saver for working parents.
👍 6   Share

Chris Lunney
5 reviews
★★★★☆ 5 months ago
Great school, only thing is the parking at drop off is a nightmare, the lollipop man deserves a medal.
👍 3   Share
""", [])

# 029
txt("facebook", """
Sandhey Community Noticeboard
Public group · 8.4K members

Janine Corrigan
6 February at 17:22 · 🌐

So our Amber just came home in bits because Katie Lunt is leaving the girls' school at Easter 😢 She's been there 11 years and honestly she's the best thing about the place. Does anyone know if they're doing a collection for her? Would love to get her something off all the netball mams x

❤️😢 211 · 88 comments

Donna Flynn
Yes I'm organising one!! Message me hun, we're getting her a framed team shirt signed by every girl she's coached 🥹
1w · Like · Reply · 47

Janine Corrigan
Donna Flynn you're a star x
1w · Like · Reply · 8

Tracy Barnes
Where's she going? Hope it's somewhere that appreciates her
1w · Like · Reply · 5

Donna Flynn
Tracy Barnes a school over the water I think. Their gain
1w · Like · Reply · 11
""", [m(KL, "nickname", "neutral", "Katie Lunt")])

# 030 decoy: locality alone, conviction of someone else
news("chronicle", "Man jailed for threatening emails to Kelbrook GP surgery",
     "Receptionists 'terrified' by messages over repeat prescriptions, court hears",
     "Courts reporter", "Tuesday 28 January 2025",
     """
A man who sent a string of threatening emails to a GP surgery in Kelbrook because his repeat prescription was late has been jailed for ten months.

Liverpool Crown Court heard that Craig Stanton, 47, of Millers Dock, sent eleven emails over two days in which he said he would "come down and sort the lot of you out".

Receptionists at the Kelbrook Road practice told police they were frightened to leave the building. Stanton pleaded guilty to sending malicious communications.

Judge Helen Marr said: "Staff working in the NHS are entitled to do their jobs without fear."
""",
     comments=[("nhs_worker_l20", "28 Jan 2025", "Good. Receptionists get so much abuse."),
               ("MillersMum", "28 Jan 2025", "Used to live next door to him. Not surprised.")],
     mentions=[], section="Courts")

# 031
forum("kopmile", "Off Topic", "Anyone's daughter at Our Lady's in Sandhey? Mock exam carry-on", [
    ("Robbo_1892", "16 Jan 2025 12:40", """
Bit off topic but I know there's a few north end lads on here. My eldest is in Year 11 at Our Lady's in Sandhey and they've had their maths mocks marked down two grades after the event. Wife's raging. Anyone else?
"""),
    ("Anny_Road_Ultra", "16 Jan 2025 12:58", """
Our kid's girl is in the same year. Same thing. Quarshie's whole senior team are a shower of shite, have been for years. Couldn't run a bath.
"""),
    ("Robbo_1892", "16 Jan 2025 13:05", """
Ha. Don't hold back like.
"""),
    ("SouthStandSi", "16 Jan 2025 13:30", """
My missus is a teacher (not there). She says it's common to mark mocks hard so the kids pull their fingers out. Still a shit way to do it mind.
"""),
    ("Anny_Road_Ultra", "16 Jan 2025 13:44", """
Anyway back to football, who's starting Sunday?
"""),
], [m(S, "short_name", "negative", "Our Lady's"),
    m(Q, "possessive", "abuse", "Quarshie's")])

# 032
txt("social", """
Chirp

Gaz W @gazw_l9 · 17 Feb
That Katie Lunt off the netball in the Bugle 🥵🥵🥵 wouldn't mind her refereeing me. Star of the Sea PE teachers never looked like that in my day 😂
💬 6   🔁 1   ♥ 9

Michelle @michelle_mrs_k · 17 Feb
Replying to @gazw_l9
you're 50 Gary. Grow up. She's a teacher doing her job
♥ 27

Gaz W @gazw_l9 · 17 Feb
Replying to @michelle_mrs_k
only having a laugh 🙄
♥ 1
""", [m(KL, "nickname", "sexual", "Katie Lunt"),
      m(S, "alias", "neutral", "Star of the Sea")])

# 033
blog("scousecatholic", "Forgiveness is not the same as forgetting: notes on a Sunday homily", "Bernadette Mulhern", "23 February 2025",
     """
I don't usually write up homilies, but Father Feeney's at St Columba's this morning deserves it.

He didn't name the school. He didn't need to. Every family in the pews has a daughter, granddaughter or niece at Star of the Sea, and every one of us has spent the last six weeks talking about the mocks, the investigation and the rest of it.

What he said, roughly, was this: forgiveness is not pretending nothing happened. It is telling the truth and then refusing to let the truth turn into hatred. He asked us to pray for the staff, for the families and "for anyone who has felt small this term".

He also asked us, quite pointedly, to stop the gossip on Facebook. There was a bit of nervous laughter at that one.

Afterwards, on the steps, I heard more than one person say how much they admired Dr Quarshie for standing up in front of the parents' meeting and taking every question. Whatever the investigation finds, that took courage.
""",
     comments=[("Teresa", "23 Feb 2025 at 15:10", "I was there. Beautiful homily. Needed saying."),
               ("P. Gallagher", "23 Feb 2025 at 17:48", "Lovely piece Bernadette, thank you.")],
     mentions=[m(FE, "alias", "neutral", "Father Feeney"),
               m(S, "alias", "neutral", "Star of the Sea"),
               m(Q, "title_surname", "neutral", "Dr Quarshie")],
     tags="homilies, parish life")

# 034 decoy: Leeds councillor namesake
news("leeds", "Councillor Lisa Murphy to chair new housing scrutiny panel",
     "Headingley ward member says tenants' voices must come first",
     "Council reporter", "7 February 2025",
     """
Councillor Lisa Murphy has been appointed to chair Leeds City Council's new housing scrutiny panel, which will examine repair backlogs in council homes.

Cllr Murphy, who has represented Headingley since 2019, said the panel would hold its first meeting at the civic hall in March and would take evidence from tenants' groups.

"Too many families are waiting months for damp and mould to be dealt with. That has to change," she said.
""",
     comments=[("Headingley_Tenant", "7 Feb 2025", "About time. Good luck to her.")],
     mentions=[], section="Council")

# 035
txt("social", """
Chirp

Catholic & Proud ✝️ @faith_family_flag · 2 Mar
Why is a woman in a hijab teaching chemistry at a CATHOLIC school?? Ms Rahman at Star of the Sea. Our schools, our faith, our money. Not hard. Parents need to wake up before it's too late ☪️➡️🚪
💬 31   🔁 12   ♥ 58

Kieran @kieranmcg · 2 Mar
Replying to @faith_family_flag
she's been there 6 years and got our Erin an 8 in chemistry. catholic schools have always had staff of other faiths. get a grip
♥ 140

Sue @suzy_l21 · 2 Mar
Replying to @faith_family_flag
The Church literally teaches respect for other religions. Bit of reading wouldn't hurt
♥ 88
""", [m(NR, "title_surname", "hate", "Ms Rahman"),
      m(S, "alias", "negative", "Star of the Sea")])

# 036
txt("review", """
RateMySchool.example › Liverpool › Secondary

Our Lady Star of the Sea Catholic High School for Girls
Overall: 3.6 / 5 (54 ratings)

★★★★☆  "Good teachers, bad admin"  ·  Pupil, Year 10  ·  12 Mar 2025
Teaching: 5  Facilities: 3  Behaviour: 4  Leadership: 2
Miss O'Driscoll is amazing, I actually understand maths now and she stayed after school every Wednesday before the mocks. Mr Bell in the office is dead nice and always sorts your lanyard out. The toilets are disgusting though and the new uniform rules are pointless. The canteen scran is alright.
Was this review helpful? Yes (19) · No (2) · Report
""", [m(S, "exact", "neutral", "Our Lady Star of the Sea Catholic High School for Girls"),
      m(OD, "title_surname", "neutral", "Miss O'Driscoll"),
      m(AB, "title_surname", "neutral", "Mr Bell")])

# 037
news("advertiser", "'Sickening' graffiti sprayed on girls' school gates",
     "Staff cleaned off abusive slogans before pupils arrived",
     "Connor Whelan", "Monday 24 February 2025",
     """
Police are investigating after abusive graffiti targeting the headteacher was sprayed on the gates of a Sandhey girls' school over the weekend.

The words "QUARSHIE OUT" and an offensive symbol were daubed in red paint across the main gates of Our Lady Star of the Sea on Cranmer Road, and a window in the sports hall was broken.

Site manager Tomasz Nowicki and two colleagues spent Monday morning from 5am removing the paint so pupils would not see it. "The girls shouldn't have to walk past that. Whatever people think about the school, this isn't the way," he said.

Headteacher Dr Fidelma Quarshie thanked staff and said the school had received "hundreds of kind messages" from families.

Merseyside Police asked anyone with information to call 101 quoting the incident number.
""",
     comments=[("Gail H", "24 Feb 2025", "Disgraceful. Fair play to the caretaker."),
               ("L21 Lad", "24 Feb 2025", "Whoever did it wants locking up.")],
     mentions=[m(S, "alias", "neutral", "Our Lady Star of the Sea"),
               m(TN, "exact", "neutral", "Tomasz Nowicki"),
               m(Q, "exact", "neutral", "Fidelma Quarshie")],
     section="News")

# 038
forum("whispr", "Boards › Liverpool › Schools", "Star of the Sea - the real reason the deputy is still getting paid", [
    ("anon_4471", "22 Feb 2025 23:14", """
Everyone knows Mrs P-R has been carrying on with one of the governors since last year. That's why she's on "leave" on full pay and not sacked. Governors covered it up, the priest knew and said nowt. Ask anyone at Star of the Sea.
"""),
    ("anon_9920", "22 Feb 2025 23:31", """
source: trust me bro
"""),
    ("anon_4471", "22 Feb 2025 23:40", """
Believe what you want. Watch what happens at the next governors meeting.
"""),
    ("anon_1003", "23 Feb 2025 00:12", """
this site is a cesspit
"""),
], [m(PR, "short_name", "defamation", "Mrs P-R"),
    m(S, "alias", "defamation", "Star of the Sea")])

# 039 decoy: school bell, everyday word
txt("social", """
Chirp

Miss K teaches 📚 @missk_teaches_eng · 11 Mar
The bell for period 6 on a Friday when Year 9 are mid-sentence about Macbeth and suddenly they've all got somewhere to be 🫠 Gold star to the one who finished the paragraph.
💬 12   🔁 4   ♥ 301

Mr Adeyemi @mr_adeyemi_sci · 11 Mar
Replying to @missk_teaches_eng
Our bell is three minutes fast and nobody will fix it. I have made peace with this.
♥ 54
""", [])

# 040
txt("facebook", """
Kelbrook Mums & Dads 💙
Public group · 3.1K members

Stephen Rourke
18 January at 23:06 · 🌐

The deputy at the girls school in Sandhey who fiddled the mocks wants sorting out. Someone wants to give P*ndleton-R*yle a slap she won't forget, I'd hold their coat 🧥 Our Jade's crying herself to sleep over this

😡👍 22 · 19 comments

Angela Rourke
Stephen get that down now you'll end up getting a knock from the bizzies
3w · Like · Reply · 9

Vicky Tierney
He's not wrong tho
3w · Like · Reply · 4

Kelbrook Mums & Dads 💙 (admin)
Comments turned off. Threats of violence will be reported.
3w · Like · Reply · 12
""", [m(PR, "obfuscated", "threat", "P*ndleton-R*yle")])

# 041 decoy: namesake solicitor in Bradford
txt("social", """
Chirp

Aire Valley Law @airevalleylaw · 10 Mar
Congratulations to our own Nadia Rahman, named Bradford Law Society's Young Solicitor of the Year for her work on housing disrepair claims 👏⚖️ #BradfordLaw
💬 4   🔁 11   ♥ 97

Imran @imran_bfd · 10 Mar
Replying to @airevalleylaw
Well deserved, she got my mum's damp sorted in two weeks after the council ignored us for a year
♥ 15
""", [])

# 042
forum("netballhub", "Coaches' corner", "Send-off ideas for a coach who's leaving mid-season?", [
    ("L21_Netball_Mam", "9 Feb 2025 10:12", """
Our girls' coach, Katherine Lunt at Star of the Sea in Liverpool, is leaving at Easter after eleven years. The parents want to do something special at the last home fixture. Ideas welcome!
"""),
    ("UmpireDebs", "9 Feb 2025 10:40", """
Guard of honour from every age group she's coached, past and present. Get the old girls back. Guaranteed tears.
"""),
    ("CoachMarty", "9 Feb 2025 11:02", """
Signed ball and a photo book. Kath Lunt coached against my Formby side for years, always gracious in defeat (which wasn't often!). Good luck to her.
"""),
    ("L21_Netball_Mam", "9 Feb 2025 11:30", """
Love these. If any former players see this and want to send her a message, her personal email is katie.lunt88@fastmail.example and she'd be made up to hear from you. Mobile is 07700 900233 if you'd rather text x
"""),
    ("UmpireDebs", "9 Feb 2025 11:45", """
Might want to edit that, hun, posting a teacher's personal number publicly isn't a great idea even with good intentions.
"""),
], [m(KL, "exact", "doxxing", "Katherine Lunt"),
    m(S, "alias", "neutral", "Star of the Sea")])

# 043
blog("northendwatch", "Who audits the Lourdes money? Questions for Star of the Sea", "The Editor", "25 November 2024",
     """
North End Watch has been contacted by five families who paid in full for last month's Year 9 Lourdes pilgrimage and are still waiting for refunds that were promised in September.

Every one of them was told the same thing: the money is "with the business office". The business office is Anthony Bell. Mr Bell has run the Lourdes trip for eight years, handles the deposits personally, and, we are told, keeps the accounts on his own laptop.

We asked the school how many families were owed money and when the trip accounts were last independently audited. We received no answer.

We also asked the chair of governors, Fr Feeney, whether the governors had ever seen the trip accounts. A parish volunteer told us Father was "very busy with the Advent programme". Funny, that. Fr Feeney signs off the school's accounts every year. Either he has looked at them or he hasn't, and neither answer looks good.

We are not saying money has been taken. We are saying that it is very convenient that nobody can tell us where it is, and that the same man who holds it has just come back from a fortnight in Florida.

If you are owed money, email us. We protect our sources.
""",
     comments=[("Fed up in Sandhey", "25 Nov 2024 at 21:40", "Florida on a school business manager's wage? Pull the other one."),
               ("Former parent governor", "26 Nov 2024 at 08:15", "This blog has been wrong before. Trip accounts are audited with the school's accounts. Be careful.")],
     mentions=[m(S, "alias", "defamation", "Star of the Sea"),
               m(AB, "exact", "defamation", "Anthony Bell"),
               m(FE, "alias", "defamation", "Fr Feeney")],
     tags="schools, money, accountability")

# 044
txt("review", """
Our Lady Star of the Sea
Secondary school · Sandhey
2.3 ★★☆☆☆ (74 reviews)

Darren Keegan
1 review
★☆☆☆☆ 2 weeks ago
If my daughter doesn't get into college because of you lot messing with her grades I'll be down there and it won't be for a chat. You've been warned. Every single one of you in that office.
👍 3   Share
""", [m(S, "alias", "threat", "Our Lady Star of the Sea")])

# 045
txt("facebook", """
North End Catholic Parents Voice
Public group · 940 members

Rita Mahoney
10 February at 08:55 · 🌐

Now we hear the REAL reason K. Lunt is leaving the girls school in Sandhey, she's moving in with her "friend" 🏳️‍🌈🙄 Sorry but people like that shouldn't be in charge of girls' changing rooms, never have been. Star of the Sea has gone woke and this is the result. The nuns would be spinning.

😡👍😆 31 · 44 comments

Kerry-Ann Lowe
Rita this is disgusting. She's been the best thing in that school for a decade. Who she lives with is none of your business
2w · Like · Reply · 58

Rita Mahoney
Kerry-Ann Lowe it's my business when it's my granddaughter
2w · Like · Reply · 3

Paul Tynan
Reported to admin. Homophobic rubbish
2w · Like · Reply · 40
""", [m(KL, "initial_surname", "hate", "K. Lunt"),
      m(S, "alias", "negative", "Star of the Sea")])

# 046
news("wirral", "Wallasey academy appoints new head of girls' PE",
     "County-winning netball coach joins from Liverpool after Easter",
     "Schools desk", "Friday 14 March 2025",
     """
Seacombe Park Academy has appointed Katherine Lunt as its new head of girls' PE. She joins after Easter from Star of the Sea High in Sandhey, Liverpool, where she has taught for eleven years and whose under-14 team won the Merseyside Schools netball title last month.

Principal Dr Gareth Rowe said: "Katherine's record speaks for itself. Our students are very lucky."

The academy is also recruiting a new swimming coach and is hoping to reopen its pool, closed since 2023, by September.
""",
     comments=[("wallasey_mum", "14 Mar 2025", "Brilliant news for the girls!")],
     mentions=[m(KL, "exact", "neutral", "Katherine Lunt"),
               m(S, "alias", "neutral", "Star of the Sea High")],
     section="Schools")

# 047
txt("social", """
Chirp

anon @n0_fac3_n0_cas3 · 19 Jan
d0nt w0rry Qu4rsh13 we kn0w wh3re u l1ve 🏠🔥 sl33p w3ll
💬 2   🔁 0   ♥ 3

Jade @jadeybabes_ · 19 Jan
Replying to @n0_fac3_n0_cas3
wtf is wrong with people. reported
♥ 19
""", [m(Q, "leetspeak", "threat", "Qu4rsh13")])

# 048
txt("facebook", """
Proper Scouse Protestants Heritage Group
Private group · 610 members

Norman Pyke
4 March at 19:20 · 👥

Typical left footers. Feeney at St Columba's and his mates on the governors closing ranks again to protect their own. Same as it ever was. That Star of the Sea lot answer to Rome not to Liverpool parents. Time the council stopped paying for papist schools 🟠

👍 17 · 9 comments

Alan Pyke
Spot on Norm
3w · Like · Reply · 2

Derek Lunn
Dead right, they look after their own, always have
3w · Like · Reply · 1
""", [m(FE, "surname_only", "hate", "Feeney"),
      m(S, "alias", "hate", "Star of the Sea")])

# 049 decoy: Bell's whisky and a pub called the Bell
txt("review", """
The Bell · Pub · Crosby Road
4.2 ★★★★☆ (388 reviews)

Jimmy O
Local Guide · 120 reviews
★★★★☆ a week ago
Proper old man's pub. Bell's and a half of mild for under a fiver. Landlady is a star. Quiz on a Thursday is rock hard.
👍 11   Share

Karen Mc
8 reviews
★★★☆☆ 3 weeks ago
Nice enough but the toilets need doing and someone keeps ringing the last orders bell at 9pm as a joke.
👍 2   Share
""", [])

# 050
txt("social", """
Chirp

Justice for Year 11 @justicey11_l21 · 28 Jan
Over 900 signatures in 48 hours 🙌 If your daughter had her mock grades cut at Star of the Sea PLEASE sign and share. We want an independent investigation and an apology.
🔗 petitions.example/PendletonRoyleMustGo
💬 40   🔁 188   ♥ 402

Leanne D @leanned_82 · 28 Jan
Replying to @justicey11_l21
signed and shared in every group I'm in 💪
♥ 31
""", [m(S, "alias", "negative", "Star of the Sea"),
      m(PR, "camelcase", "negative", "PendletonRoyleMustGo")])

# 051
forum("parentnet", "Talk › Secondary education", "Head of year actually brilliant - a positive thread for once", [
    ("Sandhey_Sue", "31 Jan 2025 20:02", """
After all the doom on here about Star of the Sea, I want to say that Mrs Murphy (head of Y11) rang me at 8pm on a Friday because she'd noticed DD seemed down in form time. Turned out there was a group chat thing going on. Sorted by Monday. That's the job.
"""),
    ("MumOfThreeL21", "31 Jan 2025 20:15", """
Agree. And Miss ODriscoll has put on extra maths every lunchtime since the mocks for anyone who wants it. Unpaid I'd imagine.
"""),
    ("Dandelion88", "31 Jan 2025 20:40", """
Nice to read something positive. The staff on the ground are doing their best.
"""),
], [m(S, "alias", "neutral", "Star of the Sea"),
    m(LM, "title_surname", "neutral", "Mrs Murphy"),
    m(OD, "typo", "neutral", "Miss ODriscoll")])

# 052
news("chronicle", "Headteacher targeted with racist letters, police say",
     "Sandhey school head received three anonymous letters in a month",
     "Ruth Okafor, Chief Reporter", "Thursday 27 February 2025",
     """
Police are investigating after the headteacher of a Catholic girls' school in north Liverpool received three racist letters in the space of a month.

The letters, sent to Our Lady Star of the Sea in Sandhey and addressed to Dr Fidelma Quarshie, contained racist language and told her to "go home". Merseyside Police said the matter was being treated as a hate crime.

Dr Quarshie, who was born in Manchester to Ghanaian and Irish parents and has led the school since 2021, said: "I will not be frightened out of a job I love. I am far more worried about what this teaches our girls than about myself."

Archbishop's House said it "utterly condemned" the letters. The school's governors said they had full confidence in Dr Quarshie.
""",
     comments=[("Bernie W", "27 Feb 2025", "Whatever people think about the mocks this is vile. Hope they catch them."),
               ("ex-pupil 1998", "27 Feb 2025", "Disgusting. Solidarity to her.")],
     mentions=[m(S, "alias", "neutral", "Our Lady Star of the Sea"),
               m(Q, "exact", "neutral", "Fidelma Quarshie")],
     section="News")

# 053
txt("facebook", """
Sandhey Community Noticeboard
Public group · 8.4K members

Gary Sefton
12 March at 10:31 · 🌐

Saw the caretaker at the Star, Nowicki, out with the pressure washer again. Nothing against him personally but why has a Polish fella got a council-funded job that a local lad could do? Send them back to Gdańsk and give our own a chance. Same with the cleaners.

👍😡 28 · 35 comments

Magda Wilk
Gary he's lived in Sandhey 19 years, his kids were born in Fazakerley. He IS local
6d · Like · Reply · 71

Sandra Kell
Tomasz is the nicest man you could meet, he fixed my gate for nothing. Shame on you
6d · Like · Reply · 49
""", [m(TN, "surname_only", "hate", "Nowicki"),
      m(S, "alias", "neutral", "the Star")])

# 054
txt("social", """
Chirp

mocks victim's mam @mam_of_3_l21 · 22 Jan
Quаrshie out. Useless clown 🤡 couldn't run a bath never mind a school. Absolute waste of space in a suit
💬 9   🔁 4   ♥ 36

Kev @kevin_l4_ · 22 Jan
Replying to @mam_of_3_l21
😂😂 facts
♥ 5
""", [m(Q, "homoglyph", "abuse", "Quаrshie")])

# 055
blog("bibswhistles", "What eleven years of one coach can do: a visit to Star of the Sea", "Coach Dan", "3 March 2025",
     """
I've been writing this blog for six years and I've never done a profile of a single school coach. This week I'm making an exception.

Kate Lunt has run netball at Star of the Sea in north Liverpool since 2014. When she started there were twelve girls at the Tuesday club. Last month, her under-14s won the county title and there are now five teams across the school.

I went along to her last-but-two Tuesday session. What struck me wasn't the drills (solid, nothing fancy) but the culture. Every girl got a job: bibs, cones, scorebook, warm-up leader. Nobody was left sitting on the bench for a whole match. "If they only ever sit and watch, they stop coming," she told me.

She leaves at Easter for a head of department job on the Wirral. Whoever takes over has big trainers to fill.
""",
     comments=[("NetballNan", "3 Mar 2025 at 20:10", "Lovely piece. My granddaughter adores her."),
               ("Coach Dan", "3 Mar 2025 at 20:30", "Thanks, she's a credit.")],
     mentions=[m(KL, "nickname", "neutral", "Kate Lunt"),
               m(S, "alias", "neutral", "Star of the Sea")],
     tags="netball, coaching, profiles")

# 056
txt("review", """
StaffSay · Company reviews
Our Lady Star of the Sea · Education · Liverpool

"Support staff are an afterthought"
★☆☆☆☆  Former employee · Administrator · 3 Mar 2025

Pros
Some lovely colleagues, nice kids.

Cons
Mr B in the business office runs it like his own little kingdom. Overtime approved for his favourites, everyone else told there's no budget. Rotas changed the night before by text. Complaints to SLT go nowhere because he's golf buddies with half of them.

Advice to management
Have an HR function that isn't one man's mood.

Helpful (7) · Report
""", [m(S, "alias", "negative", "Our Lady Star of the Sea"),
      m(AB, "short_name", "negative", "Mr B")])

# 057
txt("social", """
Chirp

soph 🧮 @sophiaxx_08 · 4 Mar
miss o'd could solve for my x any day 😏😏 the way she does the little smile when you get it right 🥹 #maths #starofthesea
💬 5   🔁 0   ♥ 44

grace @gracie_r08 · 4 Mar
Replying to @sophiaxx_08
SOPH 💀💀 delete this before she sees
♥ 18
""", [m(OD, "short_name", "sexual", "miss o'd"),
      m(S, "hashtag", "neutral", "#starofthesea")])

# 058
txt("facebook", """
Justice for Star of the Sea Year 11s
Public group · 2.2K members

Anonymous participant
20 February at 21:17 · 🌐

Since the school and the diocese won't give us answers: Joanne Pendleton-Royle lives at 7 Ribble View, Thornley Moss, L31 4XE. Mobile 07700 900347. She's "on leave" so she's got plenty of time to explain herself. Tell her yourselves what she did to our girls.

😮👍😡 48 · 37 comments

Admin · Justice for Star of the Sea Year 11s
We've removed the address from this post's preview and reported it. Don't do this, it hurts the campaign.
4w · Like · Reply · 33

Lisa T
Fair enough admin but people are angry
4w · Like · Reply · 4
""", [m(PR, "exact", "doxxing", "Joanne Pendleton-Royle"),
      m(S, "alias", "negative", "Star of the Sea")])

# 059
news("bugle", "Petition to keep popular PE teacher passes 3,000 signatures",
     "Pupils and parents urge school to 'do whatever it takes' to stop Miss Lunt leaving",
     "Hayley Brannigan", "Friday 21 February 2025",
     """
More than 3,000 people have signed an online petition calling on a Sandhey school to persuade its popular PE teacher to stay.

Miss Lunt, who has coached netball at Star of the Sea for eleven years, is due to leave at Easter. The petition, started by Year 10 pupil Amber Corrigan, says she is "the heart of the school" and asks leaders to "do whatever it takes".

Headteacher Dr Fidelma Quarshie said: "We are all sad to see her go. She has been offered a wonderful promotion and she leaves with our gratitude and best wishes. Petitions can't change that, and nor should they."

The petition's organisers plan to present it at the last home fixture of the season.
""",
     comments=[("netballmam_l30", "21 Feb 2025", "Nobody blames her for going, she's earned it!"),
               ("Sandhey Grandad", "21 Feb 2025", "Good luck to the girl."),
               ("L21_Gaz", "21 Feb 2025", "Quarshie drove her out, jealous little witch can't stand anyone more popular than her. Two-faced cow.")],
     mentions=[m(KL, "title_surname", "neutral", "Miss Lunt"),
               m(S, "alias", "neutral", "Star of the Sea"),
               m(Q, "exact", "abuse", "Fidelma Quarshie")],
     section="Schools")

# 060
txt("social", """
Chirp

sixsixsix @l9_shadow_acc · 13 Feb
always wondered why k a t i e  l u n t spends so long in them changing rooms with the year 8s at the star 😏😏 just asking questions
💬 3   🔁 1   ♥ 2

Beth @bethanyjane_ · 13 Feb
Replying to @l9_shadow_acc
you're vile. reported and blocked
♥ 24
""", [m(KL, "spacing", "sexual", "k a t i e  l u n t", True),
      m(S, "alias", "sexual", "the star", True)])

# 061 decoy: locality alone
txt("facebook", """
Thornley Moss Residents Association
Public group · 1.6K members

TMRA Committee
8 January at 09:00 · 🌐

BIN COLLECTION CHANGES 🗑️ From Monday 13th, green bins in Thornley Moss and Millers Dock will be collected on Thursdays not Tuesdays. Brown garden waste collections are suspended until March. Please share with neighbours who aren't on Facebook.

👍 64 · 22 comments

Alf Turner
Thursdays is a nightmare for those of us on the hill, they never get up here before 3
5d · Like · Reply · 6

TMRA Committee
Alf Turner we'll raise it with the council at the next meeting
5d · Like · Reply · 2
""", [])

# 062
forum("chalkface", "Subject forums › Drama & Performing Arts", "Blood Brothers with an all-girls cast: tips?", [
    ("DramaQueenNW", "2 Sep 2024 19:10", """
Doing Blood Brothers this year with KS4. All girls' school so Mickey, Eddie and Sammy are all going to be played by girls. Anyone done it? Any tips?
"""),
    ("StageLeftSteph", "2 Sep 2024 19:30", """
Jordan Ellery did exactly that at Star of the Sea in Liverpool two years ago as a small studio piece and it was extraordinary. They're doing the full show this December. Drop them a message, they're lovely and very generous with resources.
"""),
    ("DramaQueenNW", "2 Sep 2024 19:45", """
Ooh thank you, will do!
"""),
], [m(JE, "exact", "neutral", "Jordan Ellery"),
    m(S, "alias", "neutral", "Star of the Sea")])

# 063
txt("social", """
Chirp

nobody @x0x_l4_burner · 5 Mar
Star of the Sea better have their fire drills sorted 🔥🔥 tomorrow's gonna be lit 💣💣 dont say nobody warned yous
💬 11   🔁 2   ♥ 6

Ellie @elliemay_h · 5 Mar
Replying to @x0x_l4_burner
reported to police and the school. not funny
♥ 80
""", [m(S, "alias", "threat", "Star of the Sea")])

# 064
news("advertiser", "Teenager arrested over social media threat to Sandhey school",
     "Extra police patrols after post warned of attack",
     "Connor Whelan", "Thursday 6 March 2025",
     """
A 16-year-old boy has been arrested after a post on social media appeared to threaten an attack on a girls' school in Sandhey.

Officers were called on Wednesday evening after the post, which referred to Star of the Sea High and included bomb and fire emojis, was reported by dozens of people.

The school opened as normal on Thursday with a visible police presence. Inspector Dave Coyle said: "We take any threat to a school extremely seriously. There is no ongoing risk and I would ask people not to speculate online."

The boy, who cannot be named for legal reasons, has been released on bail.
""",
     comments=[("Gail H", "6 Mar 2025", "Thank God. Poor girls must have been terrified."),
               ("L21 Lad", "6 Mar 2025", "His parents want a word with him.")],
     mentions=[m(S, "alias", "neutral", "Star of the Sea High")],
     section="Crime")

# 065
txt("review", """
Our Lady Star of the Sea Catholic High School for Girls
Secondary school · Cranmer Road, Sandhey, Liverpool L21 7QJ

Joanne Mather
Local Guide · 17 reviews
★★★★★ 2 months ago
Ignore the noise. My daughter has been looked after brilliantly. Mrs Murphy goes above and beyond for Year 11 and Miss Lunt has given her so much confidence through netball. Yes there have been problems at the top this year but the people who actually teach and care for the girls are fantastic.
👍 22   Share
""", [m(S, "exact", "neutral", "Our Lady Star of the Sea Catholic High School for Girls"),
      m(LM, "title_surname", "neutral", "Mrs Murphy"),
      m(KL, "title_surname", "neutral", "Miss Lunt")])

# 066
txt("social", """
Chirp

Year 11 Mam @y11mam_sandhey · 30 Jan
Another week, another non-answer. Parents' meeting tonight and still nobody will say who signed off the regrading. #QuarshieOut #StarOfTheSeaMocks
💬 17   🔁 33   ♥ 120

Tony @tonyk_l20 · 30 Jan
Replying to @y11mam_sandhey
Will be there. Bringing the wife and our kid
♥ 8
""", [m(Q, "hashtag", "negative", "#QuarshieOut"),
      m(S, "hashtag", "negative", "#StarOfTheSeaMocks")])

# 067
txt("facebook", """
Kelbrook Mums & Dads 💙
Public group · 3.1K members

Carol Henshaw
17 January at 16:45 · 🌐

Everyone's going easy on the maths teachers but that O'Driscoll one who runs maths at the Star is a useless cow. Couldn't teach a dog to sit. Our Lauren had her for two years and came out knowing nowt. Now they're all crying about the mocks?? 🙄

😆👍😡 14 · 23 comments

Paula Quinn
Carol she's the reason half that year will pass. Out of order
3w · Like · Reply · 19

Carol Henshaw
Paula Quinn entitled to my opinion
3w · Like · Reply · 2
""", [m(OD, "surname_only", "abuse", "O'Driscoll"),
      m(S, "alias", "negative", "the Star")])

# 068 decoy: generic exam-marking advice, A-star wording
blog("staffroomnotes", "Marking mocks: five things I wish SLT understood", "Anonymous", "6 January 2025",
     """
It's mock season, which means it's also the season of senior leaders asking for "robust, moderated, benchmarked predictions" by Friday. A few thoughts from the chalkface.

* Mocks are a diagnostic, not a verdict. Treat them like one.
* Grade boundaries from last summer don't transfer to a paper sat in January.
* If you lower grades after feedback, you destroy trust. Decide before marking.
* An A* in old money is not a 9. Please stop writing "A-star equivalent" on reports.
* Nobody has ever been motivated by being told they failed a paper they passed.

Ring the bell, mark the scripts, go home. Repeat until June.
""",
     comments=[("HoD_Science", "6 Jan 2025 at 19:55", "Number three. Every year."),
               ("Anonymous", "6 Jan 2025 at 20:02", "Exactly.")],
     mentions=[], tags="assessment, mocks")

# 069
txt("social", """
Chirp

Fed Up Parishioner @fedup_parishioner · 8 Mar
Parish phone goes to voicemail, school says "contact the chair of governors". So here you go everyone: Fr Feeney's personal mobile is 07700 900518. Ring him yourselves and ask why the governors sat on their hands for two months.
💬 6   🔁 14   ♥ 29

Mary C @maryc_columba · 8 Mar
Replying to @fedup_parishioner
Take that down. That's his private number and he's 71.
♥ 38
""", [m(FE, "alias", "doxxing", "Fr Feeney")])

# 070
news("catholic", "Sandhey priest marks 25 years of priesthood",
     "Parishioners pack St Columba's for silver jubilee Mass",
     "Catholic Voice correspondent", "13 June 2024",
     """
Father Dominic Feeney celebrated 25 years of priesthood with a packed jubilee Mass at St Columba's, Sandhey, on Sunday, followed by a buffet in the parish centre prepared by the Union of Catholic Mothers.

Born in Kirkdale and ordained in 1999, Fr Feeney has been parish priest at St Columba's since 2011 and is chair of governors at Our Lady Star of the Sea, the parish's girls' secondary school. The school choir sang at the Mass and pupils presented him with a hand-embroidered stole.

"I have buried, baptised and married half of this parish, and some of them twice," he joked, to laughter.
""",
     comments=[("Eileen D", "13 Jun 2024", "Lovely day. God bless you Father.")],
     mentions=[m(FE, "exact", "neutral", "Dominic Feeney"),
               m(S, "alias", "neutral", "Our Lady Star of the Sea")],
     section="Parishes")

# 071
forum("scousetalk", "Local Chat › North End", "Lourdes trip refunds - still waiting?", [
    ("Bernie_W", "2 Dec 2024 18:05", """
Anyone else still waiting on Lourdes trip refunds from Star of the Sea? It's been three months.
"""),
    ("Sean_K", "2 Dec 2024 18:22", """
Yep. Ask Antony Bell where the money went. He was happy enough taking it in cash at the door. Funny how he's the only one who ever sees the accounts and now he's booking Florida.
"""),
    ("Mod_Sharon", "2 Dec 2024 18:40", """
Reminder: don't post allegations as fact. If you think there's fraud, report it to the police or the diocese.
"""),
    ("Sean_K", "2 Dec 2024 18:45", """
I'm only asking questions Sharon.
"""),
], [m(S, "alias", "negative", "Star of the Sea"),
    m(AB, "typo", "defamation", "Antony Bell")])

# 072
txt("social", """
Chirp

Protect Our Girls 🎀 @protect_our_girls_uk · 9 Dec
🏳️‍⚧️🤮 E.l.l.e.r.y at star of the sea pushing gender ideology on 11 year olds through "drama". Girls' school, girls' spaces. These people are not safe around children and everyone knows it. Parents WAKE UP.
💬 23   🔁 41   ♥ 77

Rachel @rachel_drama_mum · 9 Dec
Replying to @protect_our_girls_uk
my daughter was in the show. It was Blood Brothers. There was no "ideology", just a lot of singing and my credit card bill for the costumes
♥ 152
""", [m(JE, "spacing", "hate", "E.l.l.e.r.y"),
      m(S, "alias", "negative", "star of the sea")])

# 073
txt("facebook", """
Kelbrook Mums & Dads 💙
Public group · 3.1K members

Shelley Gorman
11 March at 15:52 · 🌐

If Lisa Murphy at the Star puts my daughter in isolation ONE more time for her nails I swear I'll be waiting for her at the bus stop and she'll know all about it. Not playing anymore. 🤬🤬

😮😆 16 · 28 comments

Nicola B
Shelley calm down hun it's not worth it
5d · Like · Reply · 7

Shelley Gorman
Nicola B I mean it. She's been picking on our Kayleigh since Year 7
5d · Like · Reply · 3
""", [m(LM, "exact", "threat", "Lisa Murphy"),
      m(S, "alias", "negative", "the Star")])

# 074
txt("review", """
StaffSay · Company reviews
Our Lady Star of the Sea · Education · Liverpool

"Great department, toxic leadership"
★★☆☆☆  Former employee · Teacher of Maths · 10 Jan 2025

Pros
Maths department is genuinely supportive. Good kids.

Cons
The deputy (Pendleton–Royle) treats every number as something to be managed. Data drops every four weeks, predictions changed without telling the teacher, and if you push back you're "not a team player". I left because I couldn't sign off grades I didn't believe.

Advice to management
Trust your teachers' professional judgement.

Helpful (15) · Report
""", [m(S, "alias", "negative", "Our Lady Star of the Sea"),
      m(PR, "hyphenated", "negative", "Pendleton–Royle")])

# 075 decoy: similar school elsewhere
news("wexford", "Star of the Sea College celebrates centenary with past pupils' reunion",
     "Hundreds return to Dunmore for a weekend of celebrations",
     "Sentinel reporter", "Monday 12 May 2025",
     """
Star of the Sea College in Dunmore marked its hundredth year with a reunion that drew more than 600 past pupils from as far away as Boston and Sydney.

The weekend included a Mass celebrated by the Bishop of Ferns, a sports day for the oldest past pupils and a gala dinner in the Talbot Hotel. Principal Aoife Keane thanked "a century of teachers, caretakers, cooks and cleaners".

A time capsule buried in 1975 was opened to reveal a school tie, a hurley and a letter predicting "a man on Mars by the year 2000".
""",
     comments=[("dunmore_class_of_88", "12 May 2025", "What a weekend. Great to see everyone.")],
     mentions=[], section="Community")

# 076
txt("social", """
WorkNet · Post

Katherine L. · 2nd
Teacher of PE at Star of the Sea · Netball coach
3w · 🌐

Some personal news 🏐 After eleven amazing years I'll be leaving at Easter to become Head of Girls' PE at Seacombe Park Academy. To every girl who ever turned up to a freezing Tuesday training session: thank you. You made me a better teacher. Not crying, you are.

👍❤️👏 486 · 112 comments

Dan Price · Director of Sport, Formby Park
Massive congratulations. Fierce opponent, great friend. They're lucky to have you.
Like · Reply · 3w

Olivia R · Student at Ormside University
You coached me in 2015! Best PE teacher ever x
Like · Reply · 3w
""", [m(KL, "first_initial", "neutral", "Katherine L."),
      m(S, "alias", "neutral", "Star of the Sea")])

# 077
txt("facebook", """
North End Lads Banter 🍺
Private group · 2.7K members

Wayne Pritchard
30 January at 22:48 · 👥

Went to the parents meeting at the girls school about the mocks just to see the head in the flesh 😂 Quarshie can give me a detention any day, strict ones are the best ones 🥵🥵 the wife wasn't impressed

😆 41 · 18 comments

Mick Traynor
Dirty get 😂😂
4w · Like · Reply · 5

Jay Riley
Wayne lad you're not right
4w · Like · Reply · 3
""", [m(Q, "surname_only", "sexual", "Quarshie")])

# 078
forum("whispr", "Boards › Liverpool › Schools", "Staff Christmas do at the Sandhey Arms", [
    ("anon_2218", "20 Dec 2024 01:12", """
Not naming names but the head of maths at the Star (starts with O'Driscol) was absolutely hammered at the staff do tonight and then got in her car and drove home. Half the staff saw it. Wonder if the governors will hear about that one.
"""),
    ("anon_5540", "20 Dec 2024 01:30", """
You literally just named her
"""),
    ("anon_2218", "20 Dec 2024 01:34", """
🤐
"""),
    ("anon_0097", "20 Dec 2024 09:02", """
I was there, she had one wine and got a taxi. This place is ridiculous.
"""),
], [m(OD, "typo", "defamation", "O'Driscol"),
    m(S, "alias", "neutral", "the Star")])

# 079
txt("social", """
Chirp

Star of the Sea Netball 🏐 @olss_netball · 4 Apr
Last training session with @MissLuntPE today 😭 Eleven years, five teams, one county title. Thank you for everything. The courts won't be the same. 💙
💬 48   🔁 60   ♥ 812

lils 🏐 @lilymae_xo · 4 Apr
Replying to @olss_netball
@MissLuntPE we love you miss!!! come back and visit 😭
♥ 140
""", [m(KL, "handle", "neutral", "@MissLuntPE"),
      m(S, "alias", "neutral", "Star of the Sea")])

# 080
txt("facebook", """
Sandhey Community Noticeboard
Public group · 8.4K members

Frankie Dolan
26 November at 13:15 · 🌐

Rang Our Lady's about the Lourdes refund AGAIN. Got put through to Ant Bell who spoke to me like something he'd trod in. Jumped-up little pen pusher with a lanyard, thinks he's running NASA. Still no date for the money. Absolute weapon of a man.

😆😡 25 · 17 comments

Cath Dolan
Frankie 😂😂 he's always been like that, he was like that at school
3mo · Like · Reply · 6

Pete Moran
Email the governors instead, don't waste your breath on him
3mo · Like · Reply · 4
""", [m(AB, "nickname", "abuse", "Ant Bell"),
      m(S, "short_name", "negative", "Our Lady's")])

# 081 decoy: namesake plumber in Sunderland
news("sunderland", "Plumber Anthony Bell fixes pensioners' boilers for free during cold snap",
     "Hendon tradesman gave up his weekends to help neighbours",
     "Wearside Echo reporter", "Tuesday 14 January 2025",
     """
A Sunderland plumber has been praised for spending three weekends repairing boilers for elderly neighbours free of charge during the cold snap.

Anthony Bell, 52, from Hendon, said he "couldn't sit there knowing people were sitting in coats". He fixed 23 boilers and paid for some of the parts himself.

One pensioner, 84-year-old Marjorie Tait, said: "He's an angel. I'd been without heating for a week."
""",
     comments=[("wearside_lass", "14 Jan 2025", "What a good man."),
               ("hendon_harry", "14 Jan 2025", "Sorted my mam's radiator last year, top lad.")],
     mentions=[], section="Community")

# 082
txt("social", """
Chirp

Christendom Rising ✝️🇬🇧 @xtendom_rising · 3 Mar
Star of the Sea have a chemistry teacher in a hijab teaching Catholic girls. R4hm4n out 🚫☪️ Our schools, our faith. Deport the whole lot if you ask me.
💬 12   🔁 5   ♥ 19

Kieran @kieranmcg · 3 Mar
Replying to @xtendom_rising
you've had to spell her name with numbers because you know this is hate speech. reported
♥ 90
""", [m(NR, "leetspeak", "hate", "R4hm4n"),
      m(S, "alias", "negative", "Star of the Sea")])

# 083
forum("parentnet", "Talk › Secondary education", "GCSE chemistry - how much revision is normal in Y10?", [
    ("Clementine_L21", "8 Mar 2025 19:02", """
DD is in Y10 and says her chemistry teacher wants 30 minutes revision a night. Is that normal or a bit much?
"""),
    ("SciMumNW", "8 Mar 2025 19:20", """
Sounds about right. Which school?
"""),
    ("Clementine_L21", "8 Mar 2025 19:31", """
Star of the Sea. Her teacher is Nadia Rahman, who the girls adore. She sends them little revision quizzes on Teams and gives out chocolate for full marks.
"""),
    ("SciMumNW", "8 Mar 2025 19:40", """
Then I'd trust her. Sounds like a keeper.
"""),
], [m(S, "alias", "neutral", "Star of the Sea"),
    m(NR, "exact", "neutral", "Nadia Rahman")])

# 084 decoy: similar school elsewhere
txt("review", """
Stella Maris High School
Secondary school · Dumbarton Road, Glasgow
3.8 ★★★★☆ (41 reviews)

Fiona McL
4 reviews
★★★★☆ 4 months ago
Good school, decent exam results, the maths department is excellent. Pastoral care could be better. Lots of clubs.
👍 3   Share

Stuart R
1 review
★★☆☆☆ 2 months ago
Uniform shop is a rip off and the car park at pick up is chaos.
👍 1   Share
""", [])

# 085
txt("facebook", """
Millers Dock & Sandhey Community Chat
Public group · 4.4K members

Shaun Kerrigan
13 March at 21:09 · 🌐

For anyone who wants to "have a word" with the caretaker from Star of the Sea about the gates being locked at 6, Tomasz Nowicki lives above the bookies on Linacre Lane, flat 2, white van always parked outside. Knock and ask him.

😆😮 9 · 12 comments

Magda Wilk
Why would you post a man's address over a locked gate?? Disgusting
1w · Like · Reply · 30

Shaun Kerrigan
Magda Wilk it's not a secret
1w · Like · Reply · 1
""", [m(TN, "exact", "doxxing", "Tomasz Nowicki"),
      m(S, "alias", "neutral", "Star of the Sea")])

# 086
news("bugle", "Girls plant 400 trees to turn school field into mini-forest",
     "Eco club's three-year project gets a helping hand from the site team",
     "Mersey Bugle reporter", "Wednesday 4 December 2024",
     """
Pupils at Star of the Sea in Sandhey have planted 400 native saplings along the edge of their playing field as part of a plan to create a "mini-forest" for wildlife.

The school's eco club, led by Year 9 pupils, raised money for the trees through cake sales and a sponsored silence. Site manager Mr Nowicki dug the planting trench with a borrowed mini-digger over the October half-term.

"He was out in the rain for three days. We'd never have done it without him," said eco club captain Ruby Fenwick, 14.

The trees include rowan, hazel and hawthorn, and the club hopes to add a pond next year.
""",
     comments=[("green_grandma", "4 Dec 2024", "Wonderful! Well done girls."),
               ("realscouser_67", "4 Dec 2024", "First time I've heard of a Pole doing a day's graft without claiming for it. Mr Nowicki should send some of his mates home while he's at it.")],
     mentions=[m(S, "alias", "neutral", "Star of the Sea"),
               m(TN, "title_surname", "hate", "Mr Nowicki")],
     section="Schools")

# 087
txt("social", """
Chirp

Common Sense Mam @commonsense_mam · 12 Dec
Jordan Еllery is a confused bloke in a frock and shouldn't be allowed within a mile of a girls' school. Sandhey parents, are you seriously OK with "Mx" teaching your daughters? Not normal. Never will be. 🤢
💬 30   🔁 8   ♥ 27

Jen @jennyfromtheL4 · 12 Dec
Replying to @commonsense_mam
They've taught my girl drama for 3 years and she's never been happier. Leave them alone
♥ 75
""", [m(JE, "homoglyph", "hate", "Jordan Еllery")])

# 088
blog("scousecatholic", "What makes a Catholic school Catholic? Not who's on the staff list", "Bernadette Mulhern", "5 March 2025",
     """
This week a post went round social media attacking a chemistry teacher at Our Lady Star of the Sea because she is a Muslim and wears a hijab. I'm not going to link it.

I want to say, as a lifelong Catholic and a parishioner of St Columba's: this is not our faith. Catholic schools in this city have employed teachers of other faiths and none for as long as there have been Catholic schools. Nadia Rahman has taught at the school for six years. My niece says she is the reason she wants to be a pharmacist.

I asked Fr Dominic Feeney, as chair of governors, whether he wanted to say anything. He said: "She is a valued member of our community. An attack on her is an attack on all of us." Good.

If you shared that post, think about why.
""",
     comments=[("Teresa", "5 Mar 2025 at 18:02", "Thank you for writing this."),
               ("J. Lonergan", "5 Mar 2025 at 21:30", "Hear hear.")],
     mentions=[m(S, "alias", "neutral", "Our Lady Star of the Sea"),
               m(NR, "exact", "neutral", "Nadia Rahman"),
               m(FE, "exact", "neutral", "Dominic Feeney")],
     tags="Catholic education, community")

# 089 decoy: council OLSS
txt("social", """
Chirp

Liverpool OLSS @olss_liverpool · 15 Jan
The Online Learning Support Service (OLSS) is offering free digital skills sessions for parents at libraries across the city this spring 💻 Learn to use school apps, set up parental controls and more. Book via olss-liverpool.example
💬 2   🔁 14   ♥ 31

Pauline @paulinejay · 15 Jan
Replying to @olss_liverpool
Is there one at the central library? My mam wants to learn video calls
♥ 3

Liverpool OLSS @olss_liverpool · 15 Jan
Replying to @paulinejay
Yes, Tuesdays 10-12! ☺️
♥ 5
""", [])

# 090
txt("facebook", """
Kelbrook Mums & Dads 💙
Public group · 3.1K members

Toni Brennan
28 February at 08:44 · 🌐

Murphy is a jumped up little hitler. Head of year 11 at the Star my arse, she couldn't organise a raffle. Rang three times about our Shannon's detentions, no answer. Then a letter home like I'm the problem.

😡👍 19 · 21 comments

Sue Pendle
She's alright with our Bethany to be fair
2w · Like · Reply · 3

Toni Brennan
Sue Pendle lucky you
2w · Like · Reply · 1
""", [m(LM, "surname_only", "abuse", "Murphy"),
      m(S, "alias", "negative", "the Star")])

# 091
txt("review", """
Our Lady Star of the Sea Catholic High School for Girls
Secondary school · Cranmer Road, Sandhey, Liverpool L21 7QJ

Kenny Rourke
3 reviews
★☆☆☆☆ 3 weeks ago
Everyone knows Mrs Quarshie fiddled the figures so the school's "progress" would look good and she'd keep her bonus and her trust job lined up. Then she let her deputy take the fall. Corrupt from top to bottom.
👍 9   Share

Response from the owner 3 weeks ago
This review contains false and damaging claims. Headteachers of maintained schools do not receive performance bonuses. We have asked the platform to review it.
""", [m(S, "exact", "negative", "Our Lady Star of the Sea Catholic High School for Girls"),
      m(Q, "title_surname", "defamation", "Mrs Quarshie")])

# 092
news("chronicle", "Angry scenes at parents' meeting over Star of the Sea mock exams",
     "Headteacher faces two hours of questions from more than 300 families",
     "Ruth Okafor, Chief Reporter", "Friday 31 January 2025",
     """
More than 300 parents packed the sports hall at Our Lady Star of the Sea Catholic High School for Girls last night for a meeting about the regrading of Year 11 mock exams.

Headteacher Dr Fidelma Quarshie apologised "without reservation" for the way the regrading had been communicated and confirmed that every pupil would be given the higher of the two grades for college applications.

Several parents shouted questions about the role of deputy head Mrs Pendleton-Royle, who is understood to be the subject of an internal complaint. Dr Quarshie said she could not discuss individual staff.

One father was escorted from the hall after swearing at governors. Police were not called.
""",
     comments=[("y11mam_sandhey", "31 Jan 2025", "I was there. She took it on the chin, credit where it's due."),
               ("Dean H", "31 Jan 2025", "Higher grade should've been the answer from day one.")],
     mentions=[m(S, "exact", "negative", "Our Lady Star of the Sea Catholic High School for Girls"),
               m(Q, "exact", "neutral", "Fidelma Quarshie"),
               m(PR, "title_surname", "defamation", "Mrs Pendleton-Royle")],
     section="Education")

# 093 decoy: football forum, "star" everyday word
forum("kopmile", "Match Day", "Player ratings v Rovers", [
    ("Robbo_1892", "15 Feb 2025 17:20", """
Kelleher 7, Dunphy 8, Okoro 8, Brannigan 7, Walsh 6, Tierney 7, Mensah 8, Hartley 7, Quigley 9 (star man again), Fenlon 6, Rooney 7. Ref 2.
"""),
    ("Anny_Road_Ultra", "15 Feb 2025 17:35", """
Quigley the star obviously but Mensah ran the midfield. Bell went at 4.55 and I was still in the pub lol.
"""),
    ("SouthStandSi", "15 Feb 2025 17:50", """
Fair ratings. Ref was a 1 for me.
"""),
], [])

# 094
txt("social", """
WorkNet · Post

Catholic Schools Leadership Network
2w · 🌐

Thank you to everyone who joined our spring conference in Preston 🙏 Special thanks to our keynote speakers, including Fidelma Q., headteacher in north Liverpool, who spoke movingly about "leading through a storm with honesty". Slides are on the members' area.

👍👏 203 · 14 comments

Sister Annette Cole
An inspiring talk. Thank you.
Like · Reply · 2w
""", [m(Q, "first_initial", "neutral", "Fidelma Q.")])

# 095
txt("facebook", """
Justice for Star of the Sea Year 11s
Public group · 2.2K members

Mark Tully
1 February at 23:55 · 🌐

Apologies mean nothing. Someone should pay Q**rshie a visit at home and see how she likes being scared for a change. I'm sure plenty would volunteer 👀

😮 11 · 16 comments

Admin · Justice for Star of the Sea Year 11s
Removed and reported to the police. This group is for peaceful campaigning only.
6w · Like · Reply · 41
""", [m(Q, "obfuscated", "threat", "Q**rshie"),
      m(S, "alias", "neutral", "Star of the Sea")])

# 096
blog("northendwatch", "The priest, the deputy and the two-month silence", "The Editor", "1 March 2025",
     """
North End Watch can reveal that concerns about the deputy head at Star of the Sea were raised with the chair of governors as early as December, two months before the governors acted.

We are told that Father Dom, as he is known in the parish, was made aware of Jo Pendleton-Royle's "arrangement" with a member of the governing body and chose to say nothing until parents went to the papers. Make of that what you will.

Why would a parish priest sit on information like that? Perhaps because the Church has a long and well-documented habit of protecting its own first and asking questions later.

We invite the governors to publish the minutes of their December meeting. If we are wrong, that would settle it.
""",
     comments=[("Former parent governor", "1 Mar 2025 at 13:02", "This is utter rubbish and the Editor knows it."),
               ("Fed up in Sandhey", "1 Mar 2025 at 14:40", "Always the same with them lot.")],
     mentions=[m(S, "alias", "defamation", "Star of the Sea"),
               m(FE, "nickname", "defamation", "Father Dom"),
               m(PR, "nickname", "defamation", "Jo Pendleton-Royle")],
     tags="governors, cover-up")

# 097
txt("social", """
Instagram · @lilymae_xo

Lunt's last day 😭🏐 star of the sea netball will never be the same. thank u for everything miss 💙
❤️ 301 · 22 comments

Comments

kayyyy_27  literally sobbing in the changing rooms 😭
1d · 12 likes · Reply

ellz_b  the guard of honour 🥹🥹
1d · 9 likes · Reply
""", [m(KL, "possessive", "neutral", "Lunt's"),
      m(S, "alias", "neutral", "star of the sea")])

# 098 decoy: the excluded church lookalike
txt("review", """
Star of the Sea Church
Catholic church · Marine Parade, Ainsby-on-Sea
4.8 ★★★★★ (63 reviews)

Margaret P
Local Guide · 88 reviews
★★★★★ 5 months ago
Beautiful little seaside church, stunning stained glass of Our Lady over the altar. Very welcoming at the 10am Sunday Mass. The priest gives short sermons, which is always a bonus 😄
👍 7   Share

Bill Hurst
2 reviews
★★★★☆ a year ago
Lovely church, parking is a pain in summer.
👍 0   Share
""", [])

# 099
txt("facebook", """
Justice for Star of the Sea Year 11s
Public group · 2.2K members

Anonymous participant
25 January at 20:20 · 🌐

Since everyone's asking, Siobhán O'Driscoll the head of maths lives on Marlowe Street, the terrace near the Kelbrook Tesco, and her personal insta is @siobhan.od.runs, all her parkrun pics on it. She marked the papers so she knows what happened. Go ask her.

😮 14 · 22 comments

Paula Quinn
This is out of order. She FOUGHT the regrading. Take her address down
4w · Like · Reply · 37

Admin · Justice for Star of the Sea Year 11s
Post removed. Final warning to whoever is doing this.
4w · Like · Reply · 22
""", [m(OD, "exact", "doxxing", "Siobhán O'Driscoll"),
      m(S, "alias", "neutral", "Star of the Sea")])

# 100
news("staffroom", "Diocesan review into mock regrading finds 'culture of data pressure'",
     "Maths department cleared; deputy head instructed grade changes, report says",
     "Staffroom Bulletin reporter", "9 April 2025",
     """
An independent review into the regrading of Year 11 mock exams at a Liverpool girls' school has found that the changes were made on the instruction of the deputy head and against the advice of the maths department.

The review, commissioned by the governors of Star of the Sea High and published in summary on Tuesday, found that Joanne Pendleton-Royle applied "unpublished and unusually severe" grade boundaries after papers had been returned to pupils. It found "no evidence of personal gain" but described "a culture in which data targets were prioritised over pupils' wellbeing".

The report says head of maths Siobhán O'Driscoll "raised clear and appropriate objections at the time, which were not acted upon".

Ms Pendleton-Royle remains on leave. The governors said disciplinary matters would be handled "in line with policy".
""",
     comments=[("exam_officer_nw", "9 Apr 2025", "Vindication for the maths team."),
               ("ClassroomVeteran", "9 Apr 2025", "And the head? Did she know?")],
     mentions=[m(S, "alias", "negative", "Star of the Sea High"),
               m(PR, "exact", "defamation", "Joanne Pendleton-Royle"),
               m(OD, "exact", "neutral", "Siobhán O'Driscoll")],
     section="Accountability")

# 101
txt("social", """
Chirp

Sandhey Dad @sandhey_dad_ · 1 Feb
Say what you like about the apology. QuarshieMustGo isn't a slogan, it's a requirement. She's been head for four years and it's got worse every single one.
💬 8   🔁 6   ♥ 40

Pat @pat_mcgann_ · 1 Feb
Replying to @sandhey_dad_
disagree, she's the only one who's fronted up
♥ 12
""", [m(Q, "camelcase", "negative", "QuarshieMustGo")])

# 102
forum("netballhub", "Photos & videos", "County U14 finals - photo thread", [
    ("PhotoPaulNW", "16 Feb 2025 21:05", """
Anyone got more pics of the Star of the Sea girls from the final? The ones in the short skirts especially 😍 happy to swap, DM me, I've got loads from the changing room end.
"""),
    ("NetballHub_Mod", "16 Feb 2025 21:20", """
This account has been banned and the post has been reported to the police and the school. Do NOT share photos of children with strangers. Parents: please check your privacy settings.
"""),
    ("UmpireDebs", "16 Feb 2025 21:31", """
Thank you mods. Sickening.
"""),
], [m(S, "alias", "sexual", "Star of the Sea", True)])

# 103
txt("facebook", """
Sandhey Community Noticeboard
Public group · 8.4K members

Anonymous member
4 December at 19:03 · 🌐

Lourdes money: Anthony Bell, business manager at Star of the Sea, 22 Orchard Rise, Kelbrook L32 8TB. Silver Range Rover on the drive. If you're owed money, go and ask him where it went.

😮😡 36 · 44 comments

Geraldine Fox
This has to come down. Whatever he has or hasn't done his kids live there
2mo · Like · Reply · 28

Sandhey Community Noticeboard (admin)
Removed. Posting addresses is against group rules.
2mo · Like · Reply · 19
""", [m(AB, "exact", "doxxing", "Anthony Bell"),
      m(S, "alias", "negative", "Star of the Sea")])

# 104
txt("social", """
Chirp

rosie 🌷 @rosiee_lfc · 18 Feb
quarshy is a two faced snake 🐍 smiles at you in assembly then stitches up her own deputy. fake as anything
💬 3   🔁 1   ♥ 22
""", [m(Q, "typo", "abuse", "quarshy")])

# 105 decoy: namesake priest in Galway
txt("social", """
Chirp

Galway Diocese News @galwaydiocese_news · 2 Feb
Father Feeney of Oughterard parish leads the annual blessing of the boats this Sunday at 3pm on the pier. All welcome, weather permitting! ⛵🙏
💬 1   🔁 6   ♥ 28

Máire @maire_og · 2 Feb
Replying to @galwaydiocese_news
Father Feeney does it every year, lovely tradition
♥ 4
""", [])

# 106
blog("sandheymam", "The mocks: what I think, for what it's worth", "Clare (Mam on the Vale)", "3 February 2025",
     """
I've had loads of messages asking what I think about the mock exam situation at Star of the Sea, since my eldest is in Year 11. So here it is, as calmly as I can put it.

The regrading was wrong. Changing grades after the girls had seen them was cruel, and the letter home was cold. Mrs Pendleton-Royle signed that letter and she needs to own it.

But: the maths teachers didn't do this. Miss O'Driscoll has been running extra sessions every lunchtime and our Ava says she was visibly upset about it in class. Don't take it out on the people in the classroom.

And please, please stop posting people's addresses in the Facebook groups. It's not justice. It's frightening, and our girls are reading it.
""",
     comments=[("Lou K", "3 Feb 2025 at 20:05", "Balanced as always Clare x"),
               ("Anon", "3 Feb 2025 at 22:18", "Too soft. Heads should roll.")],
     mentions=[m(S, "alias", "negative", "Star of the Sea"),
               m(PR, "title_surname", "negative", "Mrs Pendleton-Royle"),
               m(OD, "title_surname", "neutral", "Miss O'Driscoll")],
     tags="schools, mocks")

# 107
txt("facebook", """
Liverpool Parents Speak Out
Public group · 12K members

Darren Fitz
21 March at 07:58 · 🌐

Ofsted says it all. Dr Quarshie was only ever given that job to tick a box. DEI hire, nothing more. Funny how the schools run by "diverse" heads are the ones going downhill. Give it back to someone who understands this city and its people. You know what I mean.

👍😡 33 · 58 comments

Bernie Walsh
No Darren we don't "know what you mean", say it with your chest. It's racist and you know it
5d · Like · Reply · 62

Darren Fitz
Bernie Walsh 🤷‍♂️ just saying what people think
5d · Like · Reply · 2
""", [m(Q, "title_surname", "hate", "Dr Quarshie")])

# 108
txt("review", """
RateMyTeacher.example › Liverpool › Drama

Mx Ellery · Drama · Our Lady Star of the Sea
Rating: 4.9 / 5 (27 ratings)

"Best teacher in the school"  ·  Year 11  ·  2 Jan 2025
Made me actually want to come to school. Directed Blood Brothers and gave everyone a part even if you can't sing (me). Always has time for you. 10/10.

"Strict about lines!!"  ·  Year 8  ·  15 Nov 2024
Very nice but makes you learn your lines by Friday or you're off the stage lol. Fair enough tho.
""", [m(JE, "title_surname", "neutral", "Mx Ellery"),
      m(S, "alias", "neutral", "Our Lady Star of the Sea")])

# 109 decoy: locality alone
news("advertiser", "Green light for 240 homes on former Millers Dock timber yard",
     "Council committee approves plan despite objections over traffic",
     "Connor Whelan", "Thursday 9 January 2025",
     """
Plans for 240 homes on the former timber yard at Millers Dock have been approved by councillors.

The scheme, by Northshore Living, includes 60 affordable homes, a small park and a new pedestrian crossing on Dock Road. Residents of nearby Sandhey Vale had objected over traffic and the loss of views of the river.

Ward councillor Jim Houghton said: "It's not perfect, but a derelict yard is worse."
""",
     comments=[("vale_resident", "9 Jan 2025", "The traffic at 8.30 is already horrendous."),
               ("millersdock_mike", "9 Jan 2025", "Better than rats and broken glass.")],
     mentions=[], section="News")

# 110
txt("social", """
Chirp

St Columba's Sandhey ⛪ @stcolumbas_sandhey · 16 Mar
Thank you to everyone who came to the parish Lent talk tonight with @FrDomFeeney on "Hope when things fall apart". Recording on the parish website from Friday 🙏
💬 2   🔁 3   ♥ 44

Eileen D @eileend_1950 · 16 Mar
Replying to @stcolumbas_sandhey
Wonderful talk. Father always knows what to say
♥ 6
""", [m(FE, "handle", "neutral", "@FrDomFeeney")])

# 111
txt("facebook", """
Star of the Sea Parents (unofficial)
Private group · 1.2K members

Lorraine Tighe
19 January at 21:37 · 👥

Pendleton-Royle is a stuck-up cow with a double-barrelled name and a double-barrelled ego. Looks down her nose at every parent who isn't a governor. Hope she never shows her face at the gates again, nobody wants her.

😆👍 27 · 31 comments

Janice Burke
😂😂 double barrelled ego
4w · Like · Reply · 9
""", [m(PR, "surname_only", "abuse", "Pendleton-Royle"),
      m(S, "alias", "negative", "Star of the Sea")])

# 112
forum("chalkface", "Staffroom › Leadership & Management", "When a colleague is in the news", [
    ("Pastoral_Pete", "20 Feb 2025 18:30", """
Strange one. I trained with Joanne Pendleton (as she was then) in 2005 and she's now the deputy at Star of the Sea, the school in all the papers. Everyone on here is tearing her apart. The person I knew was kind and hard-working. Not sure what to make of it.
"""),
    ("UnionRep_Jan", "20 Feb 2025 18:52", """
Leaders make bad calls under pressure from above. That doesn't make them bad people. She'll have union support and she's entitled to due process. The online pile-on is disgraceful whatever happened.
"""),
    ("Grumpy_HoD", "20 Feb 2025 19:10", """
Agree with Jan. Wait for the review.
"""),
], [m(PR, "alias", "neutral", "Joanne Pendleton"),
    m(S, "alias", "negative", "Star of the Sea")])

# 113
txt("social", """
Chirp

L20 Lad @l20_lad_ · 5 Mar
That Rahman woman at the Star better keep her head down. Plenty of lads round here don't want her sort near our kids and they won't ask nicely next time 👀
💬 4   🔁 1   ♥ 7

Sue @suzy_l21 · 5 Mar
Replying to @l20_lad_
screenshot sent to the school and police
♥ 33
""", [m(NR, "surname_only", "threat", "Rahman"),
      m(S, "alias", "neutral", "the Star")])

# 114 decoy: namesake fun-runner in Preston
txt("facebook", """
Preston Parkrun Friends
Public group · 5.2K members

Preston Parkrun Friends (admin)
23 February at 12:10 · 🌐

Huge shout out to Lisa Murphy who ran her 250th parkrun this morning 🎉🏃‍♀️ Lisa started in 2013 when she couldn't run to the first bend and she's now a pacer and run director. Cake in the café next week!

❤️👏 188 · 41 comments

Dave Holt
Legend Lisa!! 👏
3w · Like · Reply · 4

Lisa Murphy
Thank you all so much, best community going 🥹
3w · Like · Reply · 11
""", [])

# 115
txt("social", """
Chirp

Big Stevie @bigstevie_l9 · 20 Feb
Miss L*nt from star of the sea in them leggings on the touchline 🍑🥵 now I know why the dads all volunteer for netball taxi duty 😂
💬 5   🔁 0   ♥ 8

Claire R @clairerowan_ · 20 Feb
Replying to @bigstevie_l9
she's a teacher at a girls' school Steve, have a word with yourself
♥ 44
""", [m(KL, "obfuscated", "sexual", "Miss L*nt"),
      m(S, "alias", "neutral", "star of the sea")])

# 116
news("catholic", "Letters: our parish school deserves better than this",
     "Readers on the troubles at Our Lady Star of the Sea",
     "Letters editor", "6 March 2025",
     """
## Leadership must answer
Sir, As a grandparent of two girls at Our Lady Star of the Sea, I have watched this year's events with dismay. The regrading was indefensible and the school's communication with families was poor. Governors must ask themselves hard questions. (Name and address supplied, Sandhey.)

## Don't blame the head for everything
Sir, I was at the parents' meeting in January. Dr Fidelma Quarshie stood for two hours and answered every question, including some that were shouted at her in language I will not repeat. That is leadership. (Mrs E. Dunne, Kelbrook.)

## A word for our priest
Sir, Father Feeney has been accused online of all manner of things. He is a good and humble man who has given 25 years to this parish. The anonymous blogs should be ashamed. (T. Mulhern, Sandhey.)
""",
     comments=[],
     mentions=[m(S, "alias", "negative", "Our Lady Star of the Sea"),
               m(Q, "exact", "neutral", "Fidelma Quarshie"),
               m(FE, "alias", "neutral", "Father Feeney")],
     section="Comment")

# 117
txt("facebook", """
Kelbrook Mums & Dads 💙
Public group · 3.1K members

Tina Roach
24 March at 20:12 · 🌐

So Lisa Murphy, head of year 11 at Our Lady's, has been "signed off with stress" 🙄 Stress my arse. My cousin's friend works in the office and says she was caught with a bottle of vodka in her desk drawer and they've hushed it up. Just in time for the GCSEs. Brilliant.

😮😆 29 · 47 comments

Jo Marsden
Tina this is someone's livelihood, you can't post that unless you know it's true
2d · Like · Reply · 31

Tina Roach
Jo Marsden I'm only passing on what I heard
2d · Like · Reply · 2
""", [m(LM, "exact", "defamation", "Lisa Murphy"),
      m(S, "short_name", "neutral", "Our Lady's")])

# 118
txt("social", """
Chirp

maths is life ➗ @y11_mathsgirl · 10 Apr
the review literally says miss o'driscoll tried to stop it 🥹 she was right all along and still stayed every lunchtime helping us. #TeamODriscoll 💙
💬 4   🔁 12   ♥ 140
""", [m(OD, "hashtag", "neutral", "#TeamODriscoll")])

# 119
txt("review", """
StaffSay · Company reviews
Our Lady Star of the Sea · Education · Liverpool

"Creative arts are the heart of this place"
★★★★☆  Current employee · Teaching assistant · 20 Jan 2025

Pros
Drama and music are outstanding. Jordan Ellery's productions are better than some professional shows I've paid for and the girls would walk through fire for them. Friendly support staff.

Cons
Pay. Senior leadership communication is patchy, especially this term.

Advice to management
Protect the arts budget.

Helpful (5) · Report
""", [m(S, "alias", "neutral", "Our Lady Star of the Sea"),
      m(JE, "exact", "neutral", "Jordan Ellery")])

# 120 decoy: locality alone
forum("scousetalk", "Local Chat › North End", "Dog walkers - Sandhey Vale rec flooded again", [
    ("Vale_Walker", "14 Feb 2025 08:02", """
Rec on Sandhey Vale is a lake again. Took the dog round Thornley Moss instead, much drier by the old railway line.
"""),
    ("Kirkdale_Kenny", "14 Feb 2025 08:30", """
Council were supposed to fix them drains in 2022. Don't hold your breath la.
"""),
    ("Vale_Walker", "14 Feb 2025 08:41", """
Ha, story of this place.
"""),
], [])

# 121
txt("social", """
Chirp

ruined @ruined_by_olss · 15 Jan
someone should torch that school. OLSS ruined my daughter's life and nobody's paying for it. burn it to the ground 🔥🔥🔥
💬 7   🔁 0   ♥ 3

Dean @deanw_l21 · 15 Jan
Replying to @ruined_by_olss
mate it's a mock. get help
♥ 21
""", [m(S, "alias", "threat", "OLSS")])

# 122
txt("facebook", """
North End Lads Banter 🍺
Private group · 2.7K members

Lee Brannan
17 January at 22:30 · 👥

Only good thing about the mocks drama at the Star is seeing the head of maths on the news 🥵 Siobhan O'Driscoll can teach me long division any time, I'll stay behind after class 😏😏

😆 38 · 12 comments

Gaz Toner
😂😂 behave
4w · Like · Reply · 2
""", [m(OD, "alias", "sexual", "Siobhan O'Driscoll"),
      m(S, "alias", "neutral", "the Star")])

# 123 decoy: similar school elsewhere
blog("staffroomnotes", "A tale of two St Columba's", "Anonymous", "14 March 2025",
     """
A friend who teaches at St Columba's High in Paisley sent me their new behaviour policy this week, and I have to admit it's the most sensible thing I've read all year.

No isolation booths. No points. A short conversation, a phone call home the same day, and a follow-up from the form tutor. That's it. Their exclusions are down by half.

I keep meaning to steal it. Maybe next September.
""",
     comments=[("Pastoral_Pete", "14 Mar 2025 at 19:00", "Send it my way too!")],
     mentions=[], tags="behaviour")

# 124
txt("social", """
Chirp

Protect Our Girls 🎀 @protect_our_girls_uk · 14 Dec
Sign and share: SackJordanEllery before they turn every girl in that school into a "they". Catholic schools should be the LAST place for this gender cult nonsense 🤬
💬 19   🔁 22   ♥ 35

Rachel @rachel_drama_mum · 14 Dec
Replying to @protect_our_girls_uk
You again. It was a school play.
♥ 97
""", [m(JE, "camelcase", "hate", "SackJordanEllery")])

# 125
news("bugle", "Review: Blood Brothers, Star of the Sea High",
     "A school production that would not disgrace a professional stage",
     "Marie Kavanagh, Arts", "Saturday 14 December 2024",
     """
There are school shows, and then there is this. Our Lady Star of the Sea Catholic High School for Girls' Blood Brothers, directed by head of drama Jordan Ellery, is the best amateur production I have seen this year.

Caitlin Moran (no relation) as Mrs Johnstone holds the stage with a voice far beyond her fifteen years, and the decision to stage the final scene in near silence is a masterstroke.

All three nights sold out. If there is any justice, they will be asked to do it again in the summer.
""",
     comments=[("mam_of_mrs_johnstone", "14 Dec 2024", "😭😭😭 thank you!"),
               ("ex-olss-1994", "14 Dec 2024", "Brought back memories of Joseph in 1993!"),
               ("TruthTeller_L9", "15 Dec 2024", "Shame it's directed by a bloke who thinks he's a 'they'. Men like that pretending to be something else shouldn't be anywhere near teenage girls. Wouldn't trust it.")],
     mentions=[m(S, "exact", "neutral", "Our Lady Star of the Sea Catholic High School for Girls"),
               m(JE, "exact", "hate", "Jordan Ellery")],
     section="What's On")

# 126
txt("facebook", """
Justice for Star of the Sea Year 11s
Public group · 2.2K members

Anonymous participant
2 February at 22:40 · 🌐

Fidelma Quarshie doesn't even live in Liverpool. Big house on Westbourne Road in Crosby, number 31, the one with the electric gates. Personal email is fidelmaq@mailbox.example if anyone wants to tell her what they think of her "apology".

😮😡 20 · 19 comments

Admin · Justice for Star of the Sea Year 11s
Removed and reported. We've said it before: NO personal details.
5w · Like · Reply · 28
""", [m(Q, "exact", "doxxing", "Fidelma Quarshie"),
      m(S, "alias", "neutral", "Star of the Sea")])

# 127 decoy: namesake footballer
txt("social", """
Chirp

Seabank Rovers AFC @seabankrovers_fc · 8 Mar
⚽ FULL TIME: Seabank Rovers 2-1 Hesketh Town. Jordan Ellery with a late winner! What a strike 🚀 #UpTheRovers
💬 14   🔁 30   ♥ 266

Tommy @tommyc_rovers · 8 Mar
Replying to @seabankrovers_fc
Ellery is the best signing we've made in years
♥ 20
""", [])

# 128
txt("review", """
Our Lady Star of the Sea Catholic High School for Girls
Secondary school · Cranmer Road, Sandhey, Liverpool L21 7QJ

Paula Jennings
Local Guide · 9 reviews
★★☆☆☆ a week ago
Kids are kept in till 3.25 because the end-of-day bell "isn't working" and then the buses have gone. Happened four times this month. Emails to the office go unanswered. Small thing but it sums the place up at the minute.
👍 6   Share
""", [m(S, "exact", "negative", "Our Lady Star of the Sea Catholic High School for Girls")])

# 129
forum("parentnet", "Talk › Secondary education", "Can't get hold of head of year - what next?", [
    ("Bluebell_Vale", "10 Feb 2025 21:00", """
Emailed DD's head of year at Star of the Sea four times about the mocks fallout. Nothing. Anyone had this?
"""),
    ("Scouse_Lass_Abroad", "10 Feb 2025 21:12", """
Mrs Murphy gave me her personal mobile when our eldest was having a hard time in Y9. It's 07700 900761, just text her, she's always answered me.
"""),
    ("Marmite_and_Toast", "10 Feb 2025 21:20", """
Please edit that out! Teachers' personal numbers shouldn't be on a public forum. Email the head and cc the governors instead.
"""),
    ("Scouse_Lass_Abroad", "10 Feb 2025 21:25", """
Oh god, good point. Can't edit now, have reported my own post for the mods to remove.
"""),
], [m(S, "alias", "negative", "Star of the Sea"),
    m(LM, "title_surname", "doxxing", "Mrs Murphy")])

# 130
txt("social", """
Chirp

Old Sandhey @old_sandhey_1957 · 7 Mar
Father Feeny is a doddery old fool. Chair of governors at star of the sea and he couldn't chair a bingo night. Should have retired years ago and let someone with a brain do it.
💬 5   🔁 0   ♥ 11

Mary C @maryc_columba · 7 Mar
Replying to @old_sandhey_1957
Shame on you. He's given his life to this parish.
♥ 19
""", [m(FE, "typo", "abuse", "Father Feeny"),
      m(S, "alias", "negative", "star of the sea")])

# 131 decoy: everyday "star", locality alone
txt("facebook", """
Kelbrook Mums & Dads 💙
Public group · 3.1K members

Amy Kirwan
3 March at 11:20 · 🌐

Can anyone recommend a plumber in Kelbrook? Boiler's making a noise like a jet engine. Five star reviews only please, the last fella flooded me kitchen 😩

👍 8 · 15 comments

Dawn Hackett
Mikey at KB Heating, absolute star, fixed mine same day
1w · Like · Reply · 5

Amy Kirwan
Dawn Hackett thank you hun x
1w · Like · Reply · 1
""", [])

# 132
news("chronicle", "Analysis: how a 'Good' school lost its way in a single term",
     "Mocks, money rows and a deputy on leave: what went wrong at Star of the Sea",
     "Ruth Okafor, Chief Reporter", "Saturday 22 March 2025",
     """
In September, Our Lady Star of the Sea was a popular, oversubscribed Good school with a waiting list for Year 7. Six months later it is Requires Improvement, its deputy head is on leave pending an investigation and its Facebook groups have become a battleground.

Those who know the school best describe a term in which small failures compounded. The Lourdes trip refunds, which families say took months, eroded trust. Then came the mock regrading, signed off by deputy head Joanne Pendleton-Royle, who was placed on leave in February.

Headteacher Dr Fidelma Quarshie has won praise for fronting up to parents but is criticised by some staff for allowing the data culture to develop in the first place. The governors, chaired by parish priest Father Dominic Feeney, have been criticised by inspectors for slow oversight.

Almost everyone the Chronicle spoke to praised the teachers. "The classrooms are fine," said one parent. "It's everything above them."
""",
     comments=[("Anne-Marie T", "22 Mar 2025", "Fair summary.")],
     mentions=[m(S, "alias", "negative", "Our Lady Star of the Sea"),
               m(PR, "exact", "defamation", "Joanne Pendleton-Royle"),
               m(Q, "exact", "negative", "Fidelma Quarshie"),
               m(FE, "exact", "negative", "Dominic Feeney")],
     section="Education")

# 133
txt("social", """
Instagram · @seacombepark_pe

Welcome to the team, Katie L.! 🏐💚 Our new Head of Girls' PE joins us after Easter from Star of the Sea in Liverpool, where her U14s just won the county title. Big trainers to fill? She's brought her own 😉
❤️ 233 · 18 comments

Comments

seacombe_netball_parents  Can't wait!! 🙌
3d · 4 likes · Reply
""", [m(KL, "first_initial", "neutral", "Katie L."),
      m(S, "alias", "neutral", "Star of the Sea")])

# 134
txt("facebook", """
Justice for Year 11 (unofficial) ✊
Private group · 380 members

Jason Ruddy
20 January at 01:14 · 👥

gonna make St4r 0f th3 S3a pay for what they did to my girl. when they least expect it. they think this is over. its not. 🔥🔥

😮 4 · 6 comments

Kelly Ruddy
Jason go to bed
4w · Like · Reply · 2
""", [m(S, "leetspeak", "threat", "St4r 0f th3 S3a")])

# 135
txt("social", """
Chirp

y11 mam 2 @y11mam2_l30 · 24 Jan
P3ndl3ton-R0yl3 is a spineless rat. couldn't even face the parents herself, sent a letter and hid. gutless
💬 2   🔁 0   ♥ 15
""", [m(PR, "leetspeak", "abuse", "P3ndl3ton-R0yl3")])

# 136
forum("whispr", "Boards › Liverpool › Schools", "Business manager at the Star", [
    ("anon_7781", "15 Dec 2024 22:30", """
Bell has been skimming the trip money for years. Everyone in the office knows. Cash deposits, no receipts, and the school lets him because he's mates with the governors.
"""),
    ("anon_2216", "15 Dec 2024 22:41", """
Got any proof or just vibes?
"""),
    ("anon_7781", "15 Dec 2024 22:50", """
Ask yourself how a business manager affords two holidays a year and a Range Rover.
"""),
], [m(AB, "surname_only", "defamation", "Bell"),
    m(S, "alias", "negative", "the Star")])

# 137 decoy: council OLSS
news("chronicle", "Council online learning service to be cut back",
     "OLSS budget reduced by a third in spending plans",
     "Politics reporter", "Wednesday 19 February 2025",
     """
Liverpool City Council's Online Learning Support Service (OLSS), which helps pupils who cannot attend school for medical reasons, is to have its budget reduced by a third under draft spending plans.

The service, set up during the pandemic, supports around 400 children a year with live online lessons. Campaigners said the cut would hit sick children hardest.

A council spokesperson said OLSS would "continue to prioritise children with the most complex needs".
""",
     comments=[("parent_carer_l8", "19 Feb 2025", "OLSS kept my son learning through chemo. This is shameful.")],
     mentions=[], section="Politics")

# 138
txt("social", """
Chirp

mocked @mockedandmad · 31 Jan
Q U A R S H I E you are a disgrace and a coward and everyone in Sandhey knows it. Pathetic excuse for a head. Crawl back under your rock.
💬 6   🔁 2   ♥ 17
""", [m(Q, "spacing", "abuse", "Q U A R S H I E")])

# 139
txt("facebook", """
Star of the Sea Parents (unofficial)
Private group · 1.2K members

Mandy Carr
22 January at 19:05 · 👥

Why is everyone tiptoeing round Pendletоn-Royle? She's a nasty, cold fish who's never liked our kids. Two-faced snake with a clipboard. Good riddance if she goes.

😆 18 · 14 comments

Tracey Lomax
Hear hear
4w · Like · Reply · 6
""", [m(PR, "homoglyph", "abuse", "Pendletоn-Royle"),
      m(S, "alias", "neutral", "Star of the Sea")])

# 140
txt("social", """
Chirp

Heritage Mum ✝️ @heritage_mum_l9 · 6 Mar
Ms Rаhman at the Star should take her prayer mat and go and teach in a madrassa where she belongs. Our girls are being taught by people who hate everything we stand for. Wake up Sandhey.
💬 9   🔁 3   ♥ 12

Kieran @kieranmcg · 6 Mar
Replying to @heritage_mum_l9
Swapping in Russian letters so the filters don't catch you. Says it all.
♥ 54
""", [m(NR, "homoglyph", "hate", "Ms Rаhman"),
      m(S, "alias", "neutral", "the Star")])

# 141
txt("facebook", """
St Columba's Parish, Sandhey
Public group · 1.1K members

Parish Office
9 January at 14:00 · 🌐

A huge thank you to Tomasz Nowicky, site manager at Star of the Sea, who gave up two Saturdays to fix the leaking gutter over the Lady Chapel and wouldn't take a penny for it. The parish is very lucky to have such good neighbours 🙏

❤️👍 96 · 12 comments

Eileen D
He's a treasure. Fixed our garden gate too
2mo · Like · Reply · 5
""", [m(TN, "typo", "neutral", "Tomasz Nowicky"),
      m(S, "alias", "neutral", "Star of the Sea")])

# 142 decoy: namesake artist in Wexford
news("wexford", "Lisa Murphy's seascapes go on show at the Arts Centre",
     "Kilmore Quay painter's first solo exhibition runs until April",
     "Sentinel reporter", "Friday 28 February 2025",
     """
Kilmore Quay artist Lisa Murphy opens her first solo exhibition at the Wexford Arts Centre this weekend, with 30 oil paintings of the south Wexford coastline.

A former fisheries officer, Murphy took up painting full time in 2020. "I spent twenty years looking at the sea for work. Now I look at it for love," she said.

The exhibition, Tide Lines, runs until 12 April. Admission is free.
""",
     comments=[("kilmore_kate", "28 Feb 2025", "Gorgeous work, well done Lisa!")],
     mentions=[], section="Arts")

# 143
txt("social", """
Chirp

Ava 🌼 @ava_c_08 · 12 Apr
shoutout to Siobhán O. the best maths teacher at star of the sea, u stayed every lunch for us even when everyone was blaming the maths department 🥹 we'll get those 7s for u miss
💬 6   🔁 9   ♥ 188
""", [m(OD, "first_initial", "neutral", "Siobhán O."),
      m(S, "alias", "neutral", "star of the sea")])

# 144
forum("scousetalk", "Local Chat › North End", "Caretakers then and now", [
    ("Kirkdale_Kenny", "18 Mar 2025 19:10", """
When I was at school the caretaker was a legend, used to give us our footballs back off the roof. Are they still like that?
"""),
    ("L21_Gaz", "18 Mar 2025 19:25", """
Not the one at Our Lady's. You've seen Nowicki's face? Like a slapped arse. Miserable get, shouts at kids for walking on "his" grass. Total jobsworth.
"""),
    ("Vale_Walker", "18 Mar 2025 19:40", """
He's sound, just doesn't like his trees being swung off. Fair enough really.
"""),
], [m(TN, "possessive", "abuse", "Nowicki's"),
    m(S, "short_name", "neutral", "Our Lady's")])

# 145 decoy: ship's bell and a boat named Star
blog("sailing", "Restoring the old ship's bell", "Rob (sail no. 2231)", "2 March 2025",
     """
The clubhouse bell, salvaged from a Mersey flat in the 1930s, has finally been restored. It took Jenny and me four weekends of wire wool, brass polish and swearing.

We rang it at the start of the Sunday race and the whole fleet cheered. Even Star of Bootle, the committee's ancient clinker dinghy, got a polish for the occasion.

Next job: the flagpole.
""",
     comments=[("Jenny (Laser 4471)", "2 Mar 2025 at 17:10", "Never again with the brass polish 😂")],
     mentions=[], tags="clubhouse, history")

# 146
txt("facebook", """
Concerned Parents North Liverpool
Public group · 2.9K members

Anonymous member
11 December at 20:44 · 🌐

For anyone who wants to ask Jordan Ellery, the drama teacher at Star of the Sea, what they think they're doing with our girls: they live in flat 4, 19 Canning Street, L8, with their "partner". Blue door. Go and ask them yourselves.

😮😡 21 · 30 comments

Rachel Doyle
You've posted someone's home address because of a SCHOOL PLAY. Reported.
3mo · Like · Reply · 40
""", [m(JE, "exact", "doxxing", "Jordan Ellery"),
      m(S, "alias", "neutral", "Star of the Sea")])

# 147
txt("social", """
Chirp

no name @burner_l4_7781 · 15 Dec
Ellery wants to be careful walking to that car park after star of the sea drama rehearsals. It's dark by 5 and there's no cameras round the back 😘
💬 2   🔁 0   ♥ 4

Jen @jennyfromtheL4 · 15 Dec
Replying to @burner_l4_7781
reported to police. screenshotted.
♥ 39
""", [m(JE, "surname_only", "threat", "Ellery"),
      m(S, "alias", "neutral", "star of the sea")])

# 148 decoy: title + everyday surname, clearly elsewhere
txt("review", """
Bell Street Dental Practice
Dentist · Bell Street, Formby
4.6 ★★★★★ (140 reviews)

Hannah W
6 reviews
★★★★★ 3 weeks ago
Dr Bell is the gentlest dentist I have ever been to. I'm terrified of dentists and she talked me through every step. Receptionists lovely too.
👍 5   Share

Rob T
2 reviews
★★★★☆ 2 months ago
Good practice, hard to get an appointment though.
👍 1   Share
""", [])

# 149
forum("parentnet", "Talk › Secondary education", "Chemistry teacher won't reply", [
    ("Clementine_L21", "14 Mar 2025 20:31", """
Different DD, different drama. Y8 at Star of the Sea, has had a chemistry detention for "missing homework" she swears she handed in.
"""),
    ("AngryInKelbrook", "14 Mar 2025 20:50", """
Same teacher as ours I bet. N. Rahman on the report. Here you go, her own email is n.rahman1990@mailbox.example (not the school one, found it on her old running club page) and she lives just off Kelbrook Road. Email her directly, she'll have to answer then.
"""),
    ("Marmite_and_Toast", "14 Mar 2025 21:02", """
Please don't post teachers' personal details. Use the school email. Reported for mods.
"""),
], [m(S, "alias", "negative", "Star of the Sea"),
    m(NR, "initial_surname", "doxxing", "N. Rahman")])

# 150
news("bugle", "Police called in over missing school trip money",
     "Business manager 'co-operating fully' as families await Lourdes refunds",
     "Hayley Brannigan", "Tuesday 10 December 2024",
     """
Police have been asked to investigate the handling of money paid by families for a school pilgrimage to Lourdes, the Bugle can reveal.

Star of the Sea High in Sandhey referred the matter to Merseyside Police after an internal audit could not account for around £6,000 in refunds owed to eleven families.

The school's business manager, Mr Bell, who organised the trip, is understood to be co-operating fully and remains at work. There is no suggestion he has been arrested.

A police spokesperson said: "We have received a report regarding financial irregularities at a school in Sandhey and inquiries are at an early stage."
""",
     comments=[("Bernie W", "10 Dec 2024", "Told you all. Months I've been saying it."),
               ("Former parent governor", "10 Dec 2024", "Investigation isn't guilt. Let the police do their job.")],
     mentions=[m(S, "alias", "negative", "Star of the Sea High"),
               m(AB, "title_surname", "defamation", "Mr Bell")],
     section="Crime")

# 151
txt("facebook", """
Sandhey Community Noticeboard
Public group · 8.4K members

Donna Flynn
12 January at 10:05 · 🌐

Shared from the school newsletter for anyone not on the app 👇

"LOURDES TRIP REFUNDS: All outstanding refunds have now been processed by the Diocese Finance Office and should reach families within 10 working days. Any queries to A. Bell, Business Manager, via the school office on 01632 960118. We apologise for the delay. Our Lady Star of the Sea"

👍 54 · 21 comments

Bernie Walsh
About time!! Thank you Donna x
1mo · Like · Reply · 4
""", [m(AB, "initial_surname", "neutral", "A. Bell"),
      m(S, "alias", "neutral", "Our Lady Star of the Sea")])

# 152
txt("social", """
Chirp

Mick T @mickt_l10 · 22 Feb
@MissLuntPE saw you on the touchline at the star of the sea match Saturday 😘 follow back gorgeous, love a woman in a tracksuit. DMs open 😏
💬 1   🔁 0   ♥ 0

Sam @samjordan_ · 22 Feb
Replying to @mickt_l10
mate she's a teacher at a kids' match. creepy as hell
♥ 28
""", [m(KL, "handle", "sexual", "@MissLuntPE"),
      m(S, "alias", "neutral", "star of the sea")])

# 153
txt("facebook", """
North End Real Talk
Private group · 1.8K members

Keith Dunne
25 March at 18:12 · 👥

Quarshie's lot are taking over everything. First the NHS, then the council, now our Catholic schools. You don't see Scousers running schools in Accra do you. Look at the Ofsted, that's what happens 🤷

👍 15 · 22 comments

Maureen D
Keith you can't say that
1d · Like · Reply · 4

Keith Dunne
Maureen D just did 😂
1d · Like · Reply · 3
""", [m(Q, "possessive", "hate", "Quarshie's")])

# 154 decoy: locality alone, everyday star
news("advertiser", "Kelbrook great-gran celebrates 100th birthday with a letter from the King",
     "Ada Prescott has lived on the same street since 1948",
     "Community desk", "Monday 3 February 2025",
     """
Ada Prescott celebrated her 100th birthday at her home in Kelbrook surrounded by four generations of her family.

Born in Millers Dock in 1925, Ada worked at the tobacco factory and later at the Co-op in Sandhey for 30 years. She received a card from the King and a bouquet from the staff at her local pharmacy.

Her secret? "A drop of whisky and minding my own business," she said. Her great-grandson called her "a total star".
""",
     comments=[("Kelbrook Kath", "3 Feb 2025", "Happy birthday Ada! She used to serve me at the Co-op!")],
     mentions=[], section="Community")

# 155
forum("chalkface", "Staffroom › Leadership & Management", "Case study: how NOT to regrade mocks", [
    ("Grumpy_HoD", "12 Apr 2025 10:15", """
The review summary from the Liverpool case is out. Pendleton Royle (the deputy) applied new boundaries after papers were returned, overrode the head of maths, and sent a letter that told parents nothing. Textbook example of everything wrong with data-driven leadership.
"""),
    ("UnionRep_Jan", "12 Apr 2025 10:40", """
Also textbook example of a head and governors letting a deputy carry the can for a culture they signed off. Star of the Sea won't be the last.
"""),
    ("MathsMadam", "12 Apr 2025 11:02", """
Glad the maths team were cleared at least.
"""),
], [m(PR, "hyphenated", "negative", "Pendleton Royle"),
    m(S, "alias", "negative", "Star of the Sea")])

# 156
txt("social", """
Chirp

Sandhey Born n Bred @sandhey_bnb · 10 Apr
pendleton royle better not think about coming back to sandhey after that report. there'll be a welcome party waiting at the gates and it won't be balloons 🎈🔨
💬 3   🔁 1   ♥ 9
""", [m(PR, "hyphenated", "threat", "pendleton royle")])

# 157
txt("facebook", """
North End Real Talk
Private group · 1.8K members

Vinny Carr
2 March at 23:02 · 👥

Governors sat on it for two months. Someone should put a brick through the presbytery window at St Columba's, see if Feeney notices THAT. Might wake the old sod up.

😆👍 12 · 9 comments

Maureen D
Vinny you'll get yourself arrested
4w · Like · Reply · 3
""", [m(FE, "surname_only", "threat", "Feeney")])

# 158
txt("social", """
Chirp

jess 🫶 @jesss_olss_09 · 5 Apr
guys miss lunt's new house is on Bracken Way in Thornley Moss, number 9, we saw her moving in yesterday 😂😂 gonna knock and say hi with the whole netball team
💬 11   🔁 3   ♥ 67

courtney @courtneyyy_x · 5 Apr
Replying to @jesss_olss_09
JESS delete this 😭 she'll kill u
♥ 40
""", [m(KL, "title_surname", "doxxing", "miss lunt")])

# 159 decoy: netball forum, "star" and "bell" everyday words
forum("netballhub", "Umpiring", "Timekeeping - whistle or bell?", [
    ("UmpireDebs", "22 Jan 2025 19:00", """
Our league still uses a handbell for the end of quarters. Half the players can't hear it. Anyone switched to a klaxon?
"""),
    ("CoachMarty", "22 Jan 2025 19:18", """
Klaxon. Best tenner we ever spent. Our star GA used to play on for ten seconds after the bell every quarter.
"""),
    ("UmpireDebs", "22 Jan 2025 19:30", """
Ha, sounds familiar. Klaxon it is.
"""),
], [])

# 160
txt("facebook", """
Kelbrook Mums & Dads 💙
Public group · 3.1K members

Kim Rafferty
14 March at 17:40 · 🌐

L*sa M*rphy, head of Y11 at the Star, is a nasty piece of work. Talks to the girls like dirt and to parents like we're thick. Sour-faced bully who should never have been let near kids. There, I said it.

😡👍 21 · 18 comments

Jo Marsden
That's not the Lisa I know at all
6d · Like · Reply · 8
""", [m(LM, "obfuscated", "abuse", "L*sa M*rphy"),
      m(S, "alias", "negative", "the Star")])

# 161
txt("social", """
Chirp

Brexit Means Brexit 🇬🇧 @bmb_merseyside · 13 Mar
Nowiсki the caretaker at Our Lady's is the perfect example. Him and the rest of the eastern Europeans need sending home. Jobs for British workers FIRST. 🇬🇧🇬🇧
💬 6   🔁 2   ♥ 10
""", [m(TN, "homoglyph", "hate", "Nowiсki"),
      m(S, "short_name", "neutral", "Our Lady's")])

# 162
news("advertiser", "Girls' fundraising pushes food bank total past £5,000",
     "Sponsored walk, cake sales and a staff panto all chipped in",
     "Community desk", "Monday 23 December 2024",
     """
Pupils at Our Lady Star of the Sea Catholic High School for Girls have raised more than £5,000 for the North End Food Bank this term.

The total included £1,800 from a sponsored walk along the river and £600 from a staff pantomime in which headteacher Dr Quarshie played the Wicked Queen.

Business manager Anthony Bell, who played a very reluctant dame, said: "Never again. But for the food bank, fine."

Food bank manager Jean Rice said the money would pay for Christmas hampers for 120 families.
""",
     comments=[("Pat McGann", "23 Dec 2024", "Lovely to see some good news from the school."),
               ("Frankie D", "23 Dec 2024", "Bell in a dress, that's the only useful thing that smug little weasel has done all year 😂")],
     mentions=[m(S, "exact", "neutral", "Our Lady Star of the Sea Catholic High School for Girls"),
               m(Q, "title_surname", "neutral", "Dr Quarshie"),
               m(AB, "exact", "abuse", "Anthony Bell")],
     section="Community")

# 163 decoy: OLSS sailing society
txt("social", """
Chirp

Old Liverpool Sailing Society ⛵ @oldlivsailing · 1 Mar
Spring regatta entries now open! 🌊 All classes welcome, juniors race free. #OLSS #Mersey #sailing
💬 0   🔁 7   ♥ 23

Jenny K @jennyk_laser · 1 Mar
Replying to @oldlivsailing
Entered! See you on the water
♥ 2
""", [])

# 164
txt("facebook", """
Merseyside Buy Swap Sell
Public group · 31K members

Account deleted
18 February at 02:13 · 🌐

Got "leaked" pics of Star of the Sea year 10s from the PE changing rooms 🔥 £10 for the folder, dm for the link. Limited.

😡 88 · 64 comments

Merseyside Buy Swap Sell (admin)
Post removed, account banned and reported to Merseyside Police and the school. If you saw this, do not click anything, report it.
4w · Like · Reply · 212

Lynn W
Sick. Hope they find him.
4w · Like · Reply · 53
""", [m(S, "alias", "sexual", "Star of the Sea", True)])

# 165
txt("social", """
Chirp

Sandhey Dad @sandhey_dad_ · 20 Mar
Requires improvement. Told yous. Three months of letters and excuses and they still can't tell us who did what. StarOfTheSeaMustAnswer
💬 4   🔁 9   ♥ 37
""", [m(S, "camelcase", "negative", "StarOfTheSeaMustAnswer")])

# 166
blog("sandheymam", "Goodbye to a netball legend", "Clare (Mam on the Vale)", "5 April 2025",
     """
Our Ava came home from school yesterday with mascara all down her face and a signed netball in her hands. It was Katie Lunt's last day at Star of the Sea.

I've written before about how one teacher changed our daughter's relationship with sport. What I didn't know until this week was how many other families have the same story. The guard of honour stretched the length of the field: girls who left ten years ago came back in their old kit.

Seacombe Park are getting a good one. Look after her, Wirral.
""",
     comments=[("Lou K", "5 Apr 2025 at 19:12", "Crying at this x"),
               ("Donna F", "5 Apr 2025 at 19:40", "What a send-off. She deserved every second.")],
     mentions=[m(KL, "nickname", "neutral", "Katie Lunt"),
               m(S, "alias", "neutral", "Star of the Sea")],
     tags="schools, netball, goodbyes")

# 167
txt("facebook", """
Sandhey Community Noticeboard
Public group · 8.4K members

Gerry Hughes
27 March at 12:30 · 🌐

Ask yourselves how Feeney's niece walked into the office manager job at Star of the Sea last year without an interview. Chair of governors signs off the appointment, niece gets the job, nobody asks a thing. Jobs for the boys (and girls) at that place.

😮👍 33 · 40 comments

Mary C
She was interviewed with four others. Get your facts right Gerry
4d · Like · Reply · 18
""", [m(FE, "possessive", "defamation", "Feeney's"),
      m(S, "alias", "negative", "Star of the Sea")])

# 168
txt("social", """
Chirp

Theatre Dad @theatre_dad_l23 · 16 Dec
Unpopular opinion: Ellery's productions are self-indulgent rubbish and they scream at the kids in rehearsals like a wannabe TV talent-show judge. Tantrum-throwing diva. Blood Brothers was 3 hours of my life I won't get back. Star of the Sea deserve better.
💬 11   🔁 0   ♥ 4

Rachel @rachel_drama_mum · 16 Dec
Replying to @theatre_dad_l23
It was 2 hours 10 with an interval, Gary.
♥ 60
""", [m(JE, "possessive", "abuse", "Ellery's"),
      m(S, "alias", "negative", "Star of the Sea")])

# 169
txt("facebook", """
North West School Business Managers Network
Private group · 640 members

Carla Rigby
10 February at 16:20 · 👥

Anyone else dealing with angry parents over trip refunds? Anthony B. from Star of the Sea has been getting calls on his own mobile (07700 900188) at 11pm because someone posted it in a parents' group. Sharing so you can all lock down your personal numbers. Horrible.

😢👍 27 · 14 comments

Mike Owens
Same happened to our bursar. Poor lad
5w · Like · Reply · 4
""", [m(AB, "first_initial", "doxxing", "Anthony B."),
      m(S, "alias", "neutral", "Star of the Sea")])

# 170 decoy: doorbell camera, locality alone
txt("facebook", """
Millers Dock & Sandhey Community Chat
Public group · 4.4K members

Ryan Pugh
15 March at 22:17 · 🌐

Anyone else on Dock View get a knock about 9.30? Doorbell camera caught two lads trying car door handles all the way down the road. Grey hoodies, one on a bike. Reported to police.

😮 23 · 19 comments

Tash Pugh
Same on ours at 9.40. Lock your cars people
5d · Like · Reply · 6
""", [])

# 171
news("catholic", "Star of the Sea appoints interim deputy head",
     "Experienced diocesan leader to join for summer term",
     "Schools correspondent", "24 April 2025",
     """
The governors of Our Lady Star of the Sea in Sandhey have appointed Mrs Helen Garvey, formerly deputy head of St Benet's High in Warrington, as interim deputy headteacher from the start of the summer term.

The appointment follows the departure of Mrs Pendleton-Royle, who left the school at Easter. The governors thanked her for "six years of service" and wished her well.

Father Feeney, chair of governors, said: "This has been a difficult year. Mrs Garvey brings calm and experience and we are delighted to welcome her."
""",
     comments=[("Anne-Marie T", "24 Apr 2025", "Good luck to her!")],
     mentions=[m(S, "alias", "neutral", "Our Lady Star of the Sea"),
               m(PR, "title_surname", "neutral", "Mrs Pendleton-Royle"),
               m(FE, "alias", "neutral", "Father Feeney")],
     section="Schools")

# 172
forum("whispr", "Boards › Liverpool › People", "Where does the head actually live?", [
    ("anon_3391", "3 Feb 2025 21:00", """
Electoral roll says F. Quarshie, 31 Westbourne Road, Crosby L23 8RW. All public info so don't @ me. Big detached, two cars.
"""),
    ("anon_8820", "3 Feb 2025 21:14", """
Why do you need this
"""),
    ("anon_3391", "3 Feb 2025 21:20", """
Just so people know
"""),
], [m(Q, "initial_surname", "doxxing", "F. Quarshie")])

# 173
txt("facebook", """
Star of the Sea Parents (unofficial)
Private group · 1.2K members

Claire Rowan (admin)
7 March at 18:00 · 👥

Letter from school today for Y11 families, copying it here for anyone who hasn't had the app notification:

"Dear Parents and Carers, Easter revision sessions will run in school from 7 to 11 April, 9.30am to 12.30pm, for maths, English and science. Lunch will not be provided. Please book via the app. With best wishes, L. Murphy, Head of Year 11"

👍 41 · 6 comments

Sandra G
Thank you Claire x
2w · Like · Reply · 1
""", [m(LM, "initial_surname", "neutral", "L. Murphy"),
      m(S, "alias", "neutral", "Star of the Sea")])

# 174 decoy: everyday star
txt("review", """
Star Pizza & Kebab
Takeaway · Linacre Road
3.4 ★★★☆☆ (96 reviews)

Conor B
4 reviews
★★★★★ 2 weeks ago
Best garlic bread in the north end, no contest. Driver was boss. Five stars.
👍 2   Share

Lauren M
7 reviews
★☆☆☆☆ a month ago
Two hours for a pizza and it was cold. One star is generous.
👍 6   Share
""", [])

# 175
txt("social", """
Chirp

truth will out @truthwillout_l20 · 2 Mar
F e e n e y knew. They always know. Chair of governors at star of the sea and he sat on it for months like the Church always does, then moved the problem on quietly. Ask what ELSE he's sat on over the years 🤐
💬 5   🔁 4   ♥ 13
""", [m(FE, "spacing", "defamation", "F e e n e y"),
      m(S, "alias", "negative", "star of the sea")])

# 176
forum("whispr", "Boards › Liverpool › Schools", "maths at the Star", [
    ("anon_6612", "27 Jan 2025 22:15", """
O'Driscoll's lot came over on the boat and never went home. Bog-trotting Paddy who can't count her own potatoes teaching our kids maths. No wonder the grades are a mess.
"""),
    ("anon_4402", "27 Jan 2025 22:31", """
Half of Liverpool is Irish you absolute melt
"""),
    ("anon_6612", "27 Jan 2025 22:40", """
Exactly my point
"""),
], [m(OD, "possessive", "hate", "O'Driscoll's"),
    m(S, "alias", "negative", "the Star")])

# 177
txt("social", """
Chirp

anon @tick_tock_l21 · 3 Feb
@DrQuarshie tick tock ⏰ your time's coming. You won't see it coming either. Enjoy your last few weeks in that big house.
💬 1   🔁 0   ♥ 2

Tash @tashhh_lv · 3 Feb
Replying to @tick_tock_l21
reported AGAIN. there's something seriously wrong with these people
♥ 36
""", [m(Q, "handle", "threat", "@DrQuarshie")])

# 178
txt("facebook", """
Star of the Sea Parents (unofficial)
Private group · 1.2K members

Claire Rowan (admin)
9 January at 17:30 · 👥

Drama club auditions for the summer showcase are on Thursday after school in the studio. Open to all years, no experience needed. Message from J. Ellery, Head of Drama: "Bring a song or a poem, or just bring yourself!" 🎭

❤️👍 33 · 8 comments

Tina Roach
Our Grace is made up, she's been practising all week
2mo · Like · Reply · 2
""", [m(JE, "initial_surname", "neutral", "J. Ellery"),
      m(S, "alias", "neutral", "Star of the Sea")])

# 179 decoy: similar name elsewhere, everyday star
news("wirral", "Lifeboat volunteer is 'star of the sea' after 40 years of rescues",
     "New Brighton crew member honoured at RNLI awards",
     "Wirral Weekly Globe reporter", "Monday 17 March 2025",
     """
A New Brighton lifeboat volunteer described by colleagues as "a true star of the sea" has been honoured for 40 years of service.

Derek Moss, 67, has launched on more than 900 shouts since joining the crew in 1985. He received a long service medal at the RNLI's regional awards in Chester.

"I've never thought of myself as a hero. You just go when the pager goes," he said.
""",
     comments=[("new_brighton_bev", "17 Mar 2025", "Legend. Well done Derek.")],
     mentions=[], section="News")

# 180
txt("social", """
Chirp

l9 mam @l9_mam_tee · 19 Mar
not being funny but the caretaker nowicki at the star is a creepy old perv. always hanging round the girls' toilets "fixing" things and the school do NOTHING. something's not right with that man. mothers be careful
💬 9   🔁 6   ♥ 21

Magda @magdawilk · 19 Mar
Replying to @l9_mam_tee
He fixes the toilets because he's the SITE MANAGER. This is how innocent people's lives get ruined. Delete it.
♥ 64
""", [m(TN, "surname_only", "defamation", "nowicki"),
      m(S, "alias", "negative", "the star")])

# 181
txt("review", """
Our Lady Star of the Sea Catholic High School for Girls
Secondary school · Cranmer Road, Sandhey, Liverpool L21 7QJ

Steph Kavanagh
2 reviews
★★☆☆☆ a month ago
Chemistry homework in Year 10 is ridiculous, 3 or 4 hours a week, and Ms Rahman never seems to mark any of it, just ticks at the bottom. Girls are burnt out. Raised it at parents' evening and got nowhere.
👍 4   Share
""", [m(S, "exact", "negative", "Our Lady Star of the Sea Catholic High School for Girls"),
      m(NR, "title_surname", "negative", "Ms Rahman")])

# 182
forum("parentnet", "Talk › Local › Merseyside", "Real reason the PE teacher is leaving?", [
    ("Rumour_Mill_Mum", "12 Feb 2025 21:10", """
Heard from a mum whose sister works at Star of the Sea that Miss Lunt reported something about the CCTV near the changing rooms last year and the school buried it. Now she's "leaving for a promotion". Covered up, like everything else there.
"""),
    ("Marmite_and_Toast", "12 Feb 2025 21:25", """
That's a really serious allegation about a school to make on third-hand gossip. If there's a safeguarding concern it should go to the LADO, not a forum.
"""),
    ("Sandhey_Sue", "12 Feb 2025 21:40", """
She's leaving for a head of department job. She said so herself. Can we not?
"""),
], [m(S, "alias", "defamation", "Star of the Sea"),
    m(KL, "title_surname", "neutral", "Miss Lunt")])

# 183
txt("social", """
Chirp

Local Jobs For Local People @ljflp_merseyside · 21 Mar
QuarshieGoHomeToGhana. Ofsted proved it. Some people just aren't suited to leading English schools and everyone's too scared to say why. 🇬🇧
💬 8   🔁 2   ♥ 6

Ruth @ruth_okafor_news · 21 Mar
Replying to @ljflp_merseyside
She was born in Manchester.
♥ 112
""", [m(Q, "camelcase", "hate", "QuarshieGoHomeToGhana")])

# 184 decoy: the excluded feeder primary
txt("facebook", """
Sandhey Community Noticeboard
Public group · 8.4K members

Star of the Sea Primary PTA
11 December at 15:30 · 🌐

🎄 Our Reception and Year 1 nativity is on Thursday at 2pm in St Columba's Church hall. Tickets £2, includes a mince pie and a cuppa. Star of the Sea Primary children will also be singing at the Christmas Fayre on Saturday. See you there! ⭐

❤️👍 67 · 8 comments

Laura Kenny
Our Alfie is a sheep, can't wait 😂
3mo · Like · Reply · 9
""", [])

# 185
blog("scousecatholic", "Easter Vigil at St Columba's: light after a long winter", "Bernadette Mulhern", "20 April 2025",
     """
The Easter fire was lit in the car park at 8.30 last night in a gale off the river, and for a moment I thought it wouldn't take. Fr Dom crouched down, cupped his hands and coaxed it into life, to a round of applause that you probably aren't supposed to give at the Vigil.

Seven adults were baptised, including two mums from Kelbrook who started coming to Mass with their daughters. The choir from the girls' school sang the Exsultet harmonies beautifully.

It has been a long, hard winter for this parish. Last night felt like the start of something better.
""",
     comments=[("Teresa", "20 Apr 2025 at 12:05", "It was beautiful. Happy Easter Bernadette.")],
     mentions=[m(FE, "nickname", "neutral", "Fr Dom")],
     tags="Easter, parish life")

# 186
txt("social", """
Chirp

kenzie @kenzie_xo · 28 Jan
miss o'driscoll is a miserable old witch honestly. gave me a detention for BREATHING. hope she steps on a plug 🔌 #olss
💬 7   🔁 0   ♥ 33

abbie ✨ @abbiegxo · 28 Jan
Replying to @kenzie_xo
she's literally the nicest teacher 😭 ur just mad u didn't do ur homework
♥ 41
""", [m(OD, "title_surname", "abuse", "miss o'driscoll"),
      m(S, "hashtag", "neutral", "#olss")])

# 187
news("chronicle", "Man fined for abusive texts to headteacher",
     "Father admitted sending messages after daughter's mock exam results",
     "Courts reporter", "Wednesday 2 April 2025",
     """
A father who sent a string of abusive and threatening text messages to the headteacher of his daughter's school after her mock exam grade was lowered has been fined £600.

Liverpool magistrates heard that Dean Halligan, 44, of Sandhey, sent seven messages to the school's published mobile for parents, addressed to Dr Fidelma Quarshie, over two nights in January.

Halligan, who pleaded guilty to sending a malicious communication, told the court he had been "out of his mind with worry" about his daughter. He was also ordered to pay £150 compensation.

The court heard that Dr Quarshie had not been at work for two days afterwards. The school, Our Lady Star of the Sea, said it would not comment on individual cases.
""",
     comments=[("Pat McGann", "2 Apr 2025", "Stress is no excuse. Hope she's OK.")],
     mentions=[m(Q, "exact", "neutral", "Fidelma Quarshie"),
               m(S, "alias", "neutral", "Our Lady Star of the Sea")],
     section="Courts")

# 188
txt("social", """
Chirp

Wayne P @waynep_l30 · 25 Feb
@JPendletonRoyle heard you like being in charge 😏 bet you're strict in the bedroom too. Now you've got all this free time on "leave" my DMs are open 😘
💬 2   🔁 0   ♥ 5
""", [m(PR, "handle", "sexual", "@JPendletonRoyle")])

# 189
txt("facebook", """
Proper Scouse Protestants Heritage Group
Private group · 610 members

Norman Pyke
3 March at 20:05 · 👥

Catholics are a cult and F**ney at St Columba's is the local cult leader. Left-footed hypocrites the lot of them, bowing to statues and telling the rest of us how to live. Keep them out of our council and out of our schools.

👍 14 · 6 comments

Derek Lunn
Well said Norm 🟠
3w · Like · Reply · 2
""", [m(FE, "obfuscated", "hate", "F**ney")])

# 190
txt("social", """
Chirp

Shaz 💅 @sharon_the_mam · 13 Nov
not the mams at the star of the sea gates all fancying mr bell from the office 😂😂 he can audit me anytime, I'll show him my receipts 😏🔥
💬 14   🔁 2   ♥ 58

Deb @debbie_l21_ · 13 Nov
Replying to @sharon_the_mam
SHARON 💀 he's married
♥ 22
""", [m(AB, "title_surname", "sexual", "mr bell"),
      m(S, "alias", "neutral", "star of the sea")])

# 191
forum("chalkface", "Wellbeing", "Support for leaders facing online abuse", [
    ("UnionRep_Jan", "26 Feb 2025 19:00", """
After what's happened to the deputy at Star of the Sea (address posted, phone number everywhere), I've put together a checklist for members: lock down social media, remove your details from the electoral roll open register, keep a log, screenshot everything.
"""),
    ("Pastoral_Pete", "26 Feb 2025 19:20", """
Thank you Jan. Whatever anyone thinks about the mocks, nobody deserves what Pendleton royle has had to put up with online. I hope she's getting support.
"""),
    ("Grumpy_HoD", "26 Feb 2025 19:35", """
Seconded. Checklist is excellent.
"""),
], [m(S, "alias", "neutral", "Star of the Sea"),
    m(PR, "hyphenated", "neutral", "Pendleton royle")])

# 192
txt("social", """
Chirp

Angry Dad L21 @angrydad_l21 · 29 Jan
@StarOfTheSeaHS you've got till Friday to sort my daughter's grade out or I'm coming in, and I won't be coming alone. Last warning.
💬 6   🔁 1   ♥ 8

Nat @natalie_o_ · 29 Jan
Replying to @angrydad_l21
this is how people end up in court mate
♥ 17
""", [m(S, "handle", "threat", "@StarOfTheSeaHS")])

# 193
txt("facebook", """
Kelbrook Mums & Dads 💙
Public group · 3.1K members

Leanne Doyle
2 April at 19:10 · 🌐

Have to eat my words from December. Our Chloe had a wobble before the Easter revision and Lisa M. from the Star (head of year 11) met her every morning for a week before registration. Thank you Mrs M, you're a star 💙

❤️👍 71 · 12 comments

Jo Marsden
Told you she was lovely x
1w · Like · Reply · 6
""", [m(LM, "first_initial", "neutral", "Lisa M."),
      m(S, "alias", "neutral", "the Star")])

# 194 decoy: the Marian title, not the school
txt("social", """
Chirp

Whitby Fishermen's Mission @whitbymission · 9 Mar
Today we laid to rest Jack Storr, skipper for 51 years. The church sang "Hail, Queen of Heaven, the Ocean Star" as he would have wanted. Mary, Star of the Sea, pray for all who work on the water. ⚓🙏
💬 3   🔁 12   ♥ 140

Anne @anne_whitby · 9 Mar
Replying to @whitbymission
A true gent. Rest easy Jack.
♥ 9
""", [])

# 195
news("bugle", "Guard of honour as netball coach bows out after eleven years",
     "Former players return in their old kit for an emotional farewell",
     "Mersey Bugle sport", "Saturday 5 April 2025",
     """
More than 200 current and former pupils formed a guard of honour on Friday as Miss Lunt left the Sandhey school where she has coached netball since 2014.

Many of the older girls remembered her as Katherine Grice, the name she taught under before her marriage in 2019. "She was Miss Grice to us and she'll always be Miss Grice," said former captain Nicola Barr, now 26.

The county-winning under-14s presented her with a framed shirt signed by every player she has coached at Star of the Sea. She starts as head of girls' PE at Seacombe Park Academy after Easter.
""",
     comments=[("netballmam_l30", "5 Apr 2025", "Not a dry eye in the place 😭")],
     mentions=[m(KL, "alias", "neutral", "Katherine Grice"),
               m(S, "alias", "neutral", "Star of the Sea")],
     section="Sport")

# 196
txt("social", """
Chirp

Frankie D @frankied_l21 · 6 Dec
Bell, business manager at the star, wants to hope I don't see him in the Bell on Friday night. He'll be leaving in an ambulance not a taxi. Where's our £340 👊
💬 4   🔁 0   ♥ 9
""", [m(AB, "surname_only", "threat", "Bell"),
      m(S, "alias", "negative", "the star")])

# 197
txt("facebook", """
Kelbrook Mums & Dads 💙
Public group · 3.1K members

Carl Doyle
22 March at 09:15 · 🌐

Starr of the Sea gone from Good to RI in one year. Our eldest had a brilliant time there 2015-2020, now I wouldn't send the dog. Whoever's running it has lost the plot.

😢👍 24 · 30 comments

Leanne Doyle
Carl it's the same teachers, just give it time
4d · Like · Reply · 5
""", [m(S, "typo", "negative", "Starr of the Sea")])

# 198
txt("social", """
Chirp

nobody2 @nobody2_l4 · 4 Mar
S T A R  O F  T H E  S E A  gonna get what's coming friday. no more warnings 🔫🔫
💬 3   🔁 0   ♥ 1

Ellie @elliemay_h · 4 Mar
Replying to @nobody2_l4
police have been told. again.
♥ 30
""", [m(S, "spacing", "threat", "S T A R  O F  T H E  S E A")])

# 199 decoy: locality alone
blog("northendwatch", "Kelbrook Road potholes: the council's shameful record", "The Editor", "10 February 2025",
     """
North End Watch measured every pothole on Kelbrook Road between the roundabout and the Millers Dock junction on Saturday morning. There are 41. Eleven are deeper than the council's own 40mm intervention level.

We submitted all 41 through the council's reporting tool. We will report back on how many are filled and when.

If you've damaged a tyre or a wheel on Kelbrook Road, email us. We are compiling a dossier.
""",
     comments=[("Kelbrook Kath", "10 Feb 2025 at 12:15", "Lost a tyre on the one by the bus stop in January. £90.")],
     mentions=[], tags="roads, council")

# 200
txt("social", """
Chirp

mads 🦋 @madsss_x · 3 Mar
0'Dr1sc0ll is a proper weirdo tbh, stares at u for like a full minute till u answer and then does that fake laugh. olss maths is a prison 💀
💬 5   🔁 0   ♥ 19

grace @gracie_r08 · 3 Mar
Replying to @madsss_x
why'd u spell it like that 😭 she's not gonna find it lol
♥ 8
""", [m(OD, "leetspeak", "abuse", "0'Dr1sc0ll"),
      m(S, "alias", "negative", "olss")])

# 201
forum("whispr", "Boards › Liverpool › People", "Y11 head of year - where to find her", [
    ("anon_1180", "18 Mar 2025 20:05", """
For the mams asking: Murphy's house is on Harrowby Close in Kelbrook, number 14, silver Fiesta outside. Head of year 11 at the Star. She's "off sick" so she'll be in.
"""),
    ("anon_5021", "18 Mar 2025 20:22", """
Posting a woman's address while she's off sick. Classy.
"""),
], [m(LM, "possessive", "doxxing", "Murphy's"),
    m(S, "alias", "neutral", "the Star")])

# 202
txt("social", """
Chirp

evie 🎭 @evie_on_stage · 20 Jan
mx ellery could direct me in anything 😩😏 the way they say "from the top, with feeling" is actually unfair. olss drama club forever
💬 4   🔁 0   ♥ 52

tilly @tillyy_b · 20 Jan
Replying to @evie_on_stage
evie stop 😭😭
♥ 17
""", [m(JE, "title_surname", "sexual", "mx ellery"),
      m(S, "alias", "neutral", "olss")])

# 203
txt("facebook", """
Kelbrook Mums & Dads 💙
Public group · 3.1K members

Sharon Devine
6 November at 21:15 · 🌐

Only reason my fella suddenly wants to come to parents' evening at the Star 🙄 Lisa Murphy in that pencil skirt. Swear he'd go every week if he could 😂😏 can't blame him to be fair, she's a right MILF

😆 62 · 39 comments

Tracey Lomax
😂😂😂 stoppp
4mo · Like · Reply · 8
""", [m(LM, "exact", "sexual", "Lisa Murphy"),
      m(S, "alias", "neutral", "the Star")])

# 204
txt("social", """
Instagram · @olss_netball

County champions 🏆 So proud of these girls! Star of the Sea U14 netball 💙🏐
❤️ 890 · 64 comments

Comments

daz_1971_  the star of the sea girls 😍😍 how old are they? asking for a friend 😉
3w · 0 likes · Reply

    nana_pat_rooney  @daz_1971_ they're CHILDREN. reported and blocked. 🤬
    3w · 88 likes · Reply

ellz_b  CHAMPIONSSSS 🏆
3w · 21 likes · Reply
""", [m(S, "alias", "sexual", "Star of the Sea", True)])

# 205 decoy: namesake baker clearly elsewhere
txt("review", """
Kate Lunt's Bakehouse
Bakery · Watergate Street, Chester
4.9 ★★★★★ (212 reviews)

Helen D
Local Guide · 60 reviews
★★★★★ a month ago
Kate Lunt makes the best sourdough in Chester, no question. The cardamom buns sell out by 10 so get there early. Lovely staff.
👍 8   Share

Mo R
3 reviews
★★★★☆ 2 weeks ago
Great bread, queue out the door on Saturdays.
👍 1   Share
""", [])

# 206
txt("facebook", """
Justice for Star of the Sea Year 11s
Public group · 2.2K members

Kayleigh Moss
12 March at 19:48 · 🌐

Not mocks related but while we're here. Rahman who does chemistry at Star of the Sea is a lazy cow. Can't control a class, sets homework she never marks and then has the cheek to give out detentions. Useless.

😆👍 11 · 20 comments

Kieran McG
Our Erin got an 8 with her. Maybe look closer to home
1w · Like · Reply · 14
""", [m(NR, "surname_only", "abuse", "Rahman"),
      m(S, "alias", "negative", "Star of the Sea")])

# 207 decoy: locality alone
news("advertiser", "Thornley Moss allotments scoop best in show",
     "Giant leeks and a prize marrow bring home the silverware",
     "Community desk", "Monday 16 September 2024",
     """
Gardeners from Thornley Moss allotments took home five trophies at the North Liverpool Horticultural Show, including best in show for Terry Cullen's 9lb marrow.

Secretary June Halsall said the site had a waiting list of 60 people. "Everyone wants a plot since lockdown. We could fill another field."
""",
     comments=[("green_grandma", "16 Sep 2024", "That marrow! Well done Terry.")],
     mentions=[], section="Community")

# 208
forum("kopmile", "Off Topic", "School Ofsted thread (sorry)", [
    ("Robbo_1892", "21 Mar 2025 18:00", """
Our Lady's got RI. Daughter's gutted, she loves it there. Staff are sound, it's the top that's the problem.
"""),
    ("Anny_Road_Ultra", "21 Mar 2025 18:20", """
Mrs Q is a joke. Walking PowerPoint presentation in heels. Couldn't lead a conga never mind a school. Spineless.
"""),
    ("SouthStandSi", "21 Mar 2025 18:35", """
Harsh lad. She stood in front of 300 angry parents. Couldn't do that meself.
"""),
], [m(S, "short_name", "negative", "Our Lady's"),
    m(Q, "short_name", "abuse", "Mrs Q")])

# 209
txt("review", """
RateMySchool.example › Liverpool › Secondary

Our Lady Star of the Sea Catholic High School for Girls
Overall: 3.4 / 5 (58 ratings)

★☆☆☆☆  "Dump run by clowns"  ·  Parent  ·  24 Mar 2025
Teaching: 3  Facilities: 1  Behaviour: 2  Leadership: 1
This place is a dump run by clowns. Leaking roof, broken lockers, toilets you wouldn't put a dog in. Only person who does anything is Mr Nowicki the caretaker, who is run off his feet. The rest of them should be ashamed to take a wage.
Was this review helpful? Yes (12) · No (9) · Report
""", [m(S, "exact", "abuse", "Our Lady Star of the Sea Catholic High School for Girls"),
      m(TN, "title_surname", "neutral", "Mr Nowicki")])

# 210
txt("social", """
Chirp

anon @l4_anon_acc_2 · 10 Dec
3ll3ry from the star of the sea drama dept, personal mobile 07700 900655. go on, give them a ring and tell them what you think of their "inclusive" play 📞
💬 3   🔁 2   ♥ 4

Rachel @rachel_drama_mum · 10 Dec
Replying to @l4_anon_acc_2
reported. you people are obsessed
♥ 45
""", [m(JE, "leetspeak", "doxxing", "3ll3ry"),
      m(S, "alias", "neutral", "star of the sea")])

# 211
txt("facebook", """
Star of the Sea Parents (unofficial)
Private group · 1.2K members

Gina Rourke
7 February at 22:30 · 👥

Unpopular opinion but Lunt is a traitor walking out mid-year on the girls before their finals. Hope her tyres are nice and flat when she goes to get in her car on her last day. Karma 😇

😮😡 9 · 27 comments

Donna Flynn
Gina that's vile. She's been there eleven years. She's allowed a promotion
2mo · Like · Reply · 33
""", [m(KL, "surname_only", "threat", "Lunt"),
      m(S, "alias", "neutral", "Star of the Sea")])

# 212 decoy: namesake footballer abroad
txt("social", """
Chirp

Polish Football in English @polfootball_en · 2 Mar
GOAL! Tomasz Nowicki with a header from the corner, Warta Zielona 1-0 up against Odra Brzeg ⚽🇵🇱
💬 9   🔁 40   ♥ 390

Kuba @kuba_warta · 2 Mar
Replying to @polfootball_en
NOWICKI 🔥🔥
♥ 12
""", [])

# 213
txt("social", """
Chirp

hols 🍓 @holly_b_2009 · 6 Jan
i could actually kill mrs murphy for making us sit a practice paper on the FIRST day back at the star lol 💀💀 who does that
💬 6   🔁 1   ♥ 73

tilly @tillyy_b · 6 Jan
Replying to @holly_b_2009
she said it was "for our own good" 😭 year 11 is a prison
♥ 20
""", [m(LM, "title_surname", "negative", "mrs murphy"),
      m(S, "alias", "neutral", "the star")])

# 214
txt("facebook", """
Sandhey Community Noticeboard
Public group · 8.4K members

Kev Sloane
14 January at 08:52 · 🌐

What the f*** is going on with Cranmer Road this morning?? Twenty minutes to get past Star of the Sea at drop-off, some genius has parked a skip on the double yellows and the lollipop lady's doing her best. Bloody nightmare. Go the back way lads.

😆😡 41 · 23 comments

Sue Pendle
Skip's for the house on the corner, they're doing a loft. Should be gone by Friday
4d · Like · Reply · 7
""", [m(S, "alias", "neutral", "Star of the Sea")])

# 215
txt("facebook", """
Star of the Sea Parents (unofficial)
Private group · 1.2K members

Rachel Doyle
16 December at 20:30 · 👥

Can we talk about the comments under the drama department's post? Someone called Mx Ellery a "groomer" and said "keep them away from our kids". I've screenshotted and reported it. Jordan Ellery has given my daughter the best year of her life. If you see that kind of thing, report it, don't scroll past.

❤️👍 143 · 29 comments

Donna Flynn
Well said Rachel. Disgusting comments. Our Amber loves drama because of them
2mo · Like · Reply · 21
""", [m(JE, "exact", "neutral", "Jordan Ellery"),
      m(S, "alias", "neutral", "Star of the Sea")])

# 216 decoy: same Marian name, a school on the other side of the world
txt("facebook", """
Townsville Catholic Families
Public group · 3.9K members

Our Lady Star of the Sea Parish School, Townsville
21 February at 15:10 · 🌐

Swimming carnival results are in! 🏊‍♀️ Congratulations to Banksia house, champions for the third year running. Thank you to our wonderful P&F volunteers for the sausage sizzle, and to Mr Cooper for keeping the timing on track in 34-degree heat ☀️

❤️👍 122 · 18 comments

Kylie Andrews
Great day! Well done kids 💛
4w · Like · Reply · 3
""", [])

# 217
txt("social", """
Chirp

spill the tea ☕ @spillthetea_l21 · 9 Apr
not me finding out Ms R from chemistry at star of the sea got caught selling the answers to the Y11 mock papers on snap 👀👀 £20 a paper apparently. that's why she's "off sick" this week
💬 31   🔁 12   ♥ 140

gracie @gracie_r08 · 9 Apr
Replying to @spillthetea_l21
she's on a course?? stop making stuff up ur gonna get her sacked
♥ 66
""", [m(NR, "short_name", "defamation", "Ms R"),
      m(S, "alias", "negative", "star of the sea")])

# 218
txt("facebook", """
Kelbrook Mums & Dads 💙
Public group · 3.1K members

Anonymous member
11 February at 22:02 · 🌐

Real reason Kathy Lunt is "leaving for a promotion"? She was at a house party in Thornley Moss last summer drinking with Year 11 girls from the Star and someone's mam reported it. School let her resign quietly. Ask around.

😮 44 · 63 comments

Donna Flynn
This is a flat out lie. She was at her niece's 18th, in a family house, with her husband. Shame on whoever wrote this
1mo · Like · Reply · 88
""", [m(KL, "nickname", "defamation", "Kathy Lunt"),
      m(S, "alias", "negative", "the Star")])

# 219
forum("scousetalk", "Local Chat › North End", "Star of the Sea staff - who's actually any good?", [
    ("Kirkdale_Kenny", "26 Mar 2025 20:00", """
Granddaughter starts in September. After this year I'm nervous. Who's good there and who isn't?
"""),
    ("Vauxhall_Vic", "26 Mar 2025 20:15", """
Steer clear of anything run by Mx Ellary. A fella in a wig calling himself "they" and teaching our girls about "identity". It's a disease and it's spreading. Not normal.
"""),
    ("L21_Gaz", "26 Mar 2025 20:30", """
And Lisa Murphey the head of year is a screeching harpy. Thick as mince and twice as lumpy. Avoid.
"""),
    ("Sandhey_Sue", "26 Mar 2025 20:45", """
Ignore these two. The teachers are great. My daughter has Miss O'Driscoll for maths and she's wonderful.
"""),
], [m(S, "alias", "negative", "Star of the Sea"),
    m(JE, "typo", "hate", "Mx Ellary"),
    m(LM, "typo", "abuse", "Lisa Murphey"),
    m(OD, "title_surname", "neutral", "Miss O'Driscoll")])

# === MAIN ===
# ---------------------------------------------------------------------------
# Writing and checking
# ---------------------------------------------------------------------------

WATCHLIST = """\
# repwatch watchlist for the train35 evaluation corpus (all invented).
[school]
name = "Our Lady Star of the Sea Catholic High School for Girls"
aliases = ["Our Lady Star of the Sea", "Star of the Sea High School", "Star of the Sea High", "Star of the Sea", "OLSS", "Star"]
locality = ["Sandhey", "Sandhey Vale", "Kelbrook", "Millers Dock", "Thornley Moss"]
own_domains = ["starofthesea-high.example"]
phones = ["01632 960118"]

[[staff]]
id = "fquarshie"
name = "Fidelma Quarshie"
role = "Headteacher"
unique = true
line_manager = "governors@starofthesea-high.example"

[[staff]]
id = "jpendletonroyle"
name = "Joanne Pendleton-Royle"
role = "Deputy Headteacher (Curriculum and Assessment)"
aliases = ["Joanne Pendleton"]
line_manager = "head@starofthesea-high.example"

[[staff]]
id = "sodriscoll"
name = "Siobhán O'Driscoll"
role = "Head of Mathematics"
aliases = ["Siobhan O'Driscoll"]
line_manager = "deputy@starofthesea-high.example"

[[staff]]
id = "klunt"
name = "Katherine Lunt"
role = "Teacher of PE"
aliases = ["Katherine Grice"]
line_manager = "head@starofthesea-high.example"

[[staff]]
id = "lmurphy"
name = "Lisa Murphy"
role = "Head of Year 11"
line_manager = "pastoral@starofthesea-high.example"

[[staff]]
id = "abell"
name = "Anthony Bell"
role = "School Business Manager"
line_manager = "head@starofthesea-high.example"

[[staff]]
id = "dfeeney"
name = "Dominic Feeney"
role = "Chair of Governors (parish priest, St Columba's)"
aliases = ["Father Dominic Feeney", "Fr Dominic Feeney", "Father Feeney", "Fr Feeney"]
line_manager = "clerk@starofthesea-high.example"

[[staff]]
id = "nrahman"
name = "Nadia Rahman"
role = "Teacher of Chemistry"
line_manager = "deputy@starofthesea-high.example"

[[staff]]
id = "jellery"
name = "Jordan Ellery"
role = "Head of Drama"
line_manager = "deputy@starofthesea-high.example"

[[staff]]
id = "tnowicki"
name = "Tomasz Nowicki"
role = "Site Manager"
line_manager = "businessmanager@starofthesea-high.example"

[[exclude]]
text = "Star of the Sea Church"

[[exclude]]
text = "Star of the Sea Primary"

[[exclude]]
text = "Star Cabs"

[[exclude]]
text = "Daily Star"

[[exclude]]
domain = "olss-liverpool.example"
"""


def main() -> int:
    errors: list[str] = []
    docs_dir = HERE / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir()
    (HERE / "watchlist.toml").write_text(WATCHLIST, encoding="utf-8")

    labels = []
    cat_count: Counter[str] = Counter()
    var_count: Counter[str] = Counter()
    kind_count: Counter[str] = Counter()
    subj_count: Counter[str] = Counter()
    decoys = 0
    url_only = 0
    for i, d in enumerate(DOCS):
        kind = d["kind"]
        fname = f"{i:03d}-{kind}.{KINDS[kind]}"
        text = d["content"]
        (docs_dir / fname).write_text(text, encoding="utf-8")
        kind_count[kind] += 1
        seen: set[str] = set()
        expected = []
        for mm in d["mentions"]:
            subj, var, cat, form = mm["subject"], mm["variant"], mm["category"], mm["form"]
            if subj not in SUBJECTS:
                errors.append(f"{fname}: unknown subject {subj}")
            if var not in VARIANTS:
                errors.append(f"{fname}: unknown variant {var}")
            if cat not in CATEGORIES:
                errors.append(f"{fname}: unknown category {cat}")
            if subj in seen:
                errors.append(f"{fname}: duplicate subject {subj}")
            seen.add(subj)
            if form not in text:
                errors.append(f"{fname}: form {form!r} for {subj} not found")
            expected.append({"subject": subj, "variant": var, "category": cat, "url_only": mm["url_only"]})
            cat_count[cat] += 1
            var_count[var] += 1
            subj_count[subj] += 1
            url_only += mm["url_only"]
        if not expected:
            decoys += 1
            if "quarshie" in text.lower():
                errors.append(f"{fname}: decoy names the unique staff member")
        labels.append({"file": fname, "kind": kind, "expected": expected})

    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for row in labels:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    total = sum(cat_count.values())
    serious = sum(cat_count[c] for c in ["threat", "hate", "sexual", "doxxing", "defamation", "abuse"])
    print(f"documents: {len(DOCS)}  (decoys: {decoys}, {100 * decoys / max(len(DOCS), 1):.0f}%)")
    print(f"mentions: {total}  (serious: {serious}, {100 * serious / max(total, 1):.0f}%; url_only: {url_only})")
    print("per category: " + ", ".join(f"{c}={cat_count[c]}" for c in CATEGORIES))
    print("per variant:  " + ", ".join(f"{v}={var_count[v]}" for v in VARIANTS))
    print("per kind:     " + ", ".join(f"{k}={kind_count[k]}" for k in KINDS))
    print("per subject:  " + ", ".join(f"{s}={subj_count[s]}" for s in sorted(subj_count)))
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
