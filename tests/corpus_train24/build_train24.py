#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train24 labelled corpus for repwatch's matcher.

Setting
-------
Kelbarrow Community Academy ("Kelbarrow", "KCA", formerly "Kelbarrow
Comprehensive" / "Kelbarrow Comp") is an invented 11-18 academy in Whinhaven,
an invented shipyard town on the west Cumbrian coast whose other big employer
is the Scaur Point nuclear site. Estates and villages: Pottergill, Saltrigg.
The school belongs to the small Westfell Learning Trust. Office numbers
01632 960418 / 960419 (Ofcom drama range); domain kelbarrow.example.

Staff (see watchlist.toml): Alison Pattinson (head, maiden name Dixon, "Mrs P"),
Gary Robson (Geordie deputy, "Robbo"), Morag Ferguson-Kerr (Scottish, science,
maiden name Kerr), Rowena Dela Cruz (Filipino, food/Head of Year 8), Bartosz
Wójcik (Polish, maths, "Bartek"), Sunil Menon (Keralan, computing), Kofi Mensah
(Ghanaian-British, PE and rugby league, "Coach K"), Jo Armstrong (SENCo, maiden
name Graham), Lysander Pocklington (drama; unique = true, counts wherever
named), Terry D'Arcy (site manager, "Tez").

Voices: Cumbrian dialect ("marra", "gadgie", "lal", "yam", "cracking on"),
town Facebook groups, local-paper news with bylines, council and trust minutes,
an Ofsted-style letter, a parish magazine, fell-running and rugby league club
pages, Google reviews, TikTok / X comments, a job advert, funeral notices.

Decoys (documents with no expected mention, or with a namesake left out)
-----------------------------------------------------------------------
Kelbarrow as a fell (Kelbarrow Fell Race), an old colliery (Kelbarrow Pit), a
road (Kelbarrow Road), a pub (the Kelbarrow Arms, excluded), a garage
(Kelbarrow Motors, excluded) and allotments (Kelbarrow Community Allotments,
excluded); KCA as the Kerala Cricket Association and a Kendal canoe club;
Kelbarrow Park School in Hampshire; Pocklington the Yorkshire town and Lysander
the Shakespeare character; namesakes: Gary Robson the Workington striker and a
Saltrigg pensioner, Alison Pattinson a retired nurse of Saltrigg, Jo Armstrong
a Carlisle solicitor and a fell runner, Kofi Mensah a Hull rugby player, Sunil
Menon of the Kerala Cricket Association, Bartosz Wójcik a Polish goalkeeper,
Gary Robson an MP, a rugby prop and a councillor, Jo Armstrong a weather presenter,
Rowena Dela Cruz a Barrow theatre nurse, Morag Kerr a Scottish novelist, Mr Darcy of
Pride and Prejudice, and teachers with the same surnames at other schools.

Labelling conventions (as in the brief)
---------------------------------------
* One expected entry per subject per document; category is the worst the
  document gives that subject: threat > hate > sexual > doxxing > defamation >
  abuse > negative > neutral.
* Variant is the easiest form present (exact > alias > title_surname > the
  rest). School: full name = exact, "Kelbarrow" alone = short_name, any other
  alias (KCA, Kelbarrow Academy, Kelbarrow Comp[rehensive]) = alias. "Mrs P"
  style title+initial and pupil nicknames are labelled nickname; "Alison P" is
  first_initial; "A. Pattinson" initial_surname; bare "Pattinson" surname_only;
  "Pattinson's" (surname possessive, no fuller form) possessive; forms of the
  hyphenated surname with the hyphen changed or dropped are hyphenated.
* A staff member counts only when the page ties them to the school (school
  name or alias, a locality word, the school's domain, or their job there),
  except Lysander Pocklington (unique), who counts wherever named. A namesake
  who is clearly someone else is not a mention.
* The school is a subject only when the document refers to the school itself.
  School category: negative for complaints about it; neutral when it is merely
  a staff member's workplace; defamation when accused of crime or cover-up;
  hate when attacked for its pupils' or staff's race/religion; threat when
  threatened.
* Sexual content where a child may be involved: category sexual and
  url_only = true for the staff member and for the school (if named).
* Doxxing: personal mobile, home address/postcode or personal e-mail near the
  name; the school's office number or school e-mail is not doxxing.
* Condemnation, negation and quoting abuse to condemn it are neutral. News of a
  conviction for threatening/harassing a staff member is neutral for them;
  news that a staff member is arrested, charged, suspended or investigated is
  defamation; an opinion column that insults them is abuse. A staff member
  praised in a post complaining about someone else is neutral.

Run with ``python3 build_train24.py`` from any directory; it rewrites
``docs/`` and ``labels.jsonl`` beside this file, checks the labels against the
text, and prints a summary. Deterministic, standard library only.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
import textwrap
import tomllib
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
LABELS = HERE / "labels.jsonl"

VARIANTS = {
    "exact", "title_surname", "initial_surname", "first_initial", "nickname",
    "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "alias", "short_name",
    "surname_only",
}
CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
HTML_KINDS = {"news", "forum", "blog"}
TEXT_KINDS = {"review", "social", "facebook"}

DOCS: list[dict] = []


def E(subject: str, variant: str, category: str, url_only: bool = False) -> tuple:
    return (subject, variant, category, url_only)


def dd(s: str) -> str:
    return textwrap.dedent(s).strip("\n")


# ---------------------------------------------------------------------------
# Site chrome
# ---------------------------------------------------------------------------

SITES: dict[str, dict] = {
    # news
    "cumbrianstar": dict(
        name="The Cumbrian Star", domain="cumbrianstar.example",
        nav=["News", "Sport", "Carlisle United", "Rugby League", "What's On", "Jobs", "Announcements", "Subscribe"],
        cookie="We and our 147 partners store and access information on your device to personalise ads and content. You can change your choices at any time via Privacy Settings.",
        buttons=["I Accept", "Show Purposes"],
        footer="© 2025 Cumbrian Star Media Ltd, Newspaper House, Dalston Road, Carlisle. Registered in England and Wales. This website and its associated newspaper adhere to the Editors' Code of Practice. If you have a complaint about editorial content, contact the Managing Editor.",
        comments="Comments",
        aside=["Lorry sheds load of turnips on A595 near Calderbridge", "Carlisle United's new signing 'can't wait to get started'", "Weather: yellow warning for wind on the coast", "Planning: 40 homes approved on edge of Cockermouth"],
    ),
    "whinhavennews": dict(
        name="Whinhaven News", domain="whinhavennews.example",
        nav=["Home", "News", "Sport", "Whinhaven", "Egremont", "Cleator Moor", "Family Notices", "Jobs", "Digital Edition"],
        cookie="This site uses cookies. By continuing to browse you agree to our use of cookies. Find out more in our cookie policy.",
        buttons=["OK", "Find out more"],
        footer="Whinhaven News is published every Thursday. Copyright 2025. Contact the newsdesk: newsdesk@whinhavennews.example. Advertising: 0161 496 0712.",
        comments="Reader comments",
        aside=["Harbour car park charges to rise in April", "Pensioner's 90th birthday at the Bowling Club", "Pictures: Christmas lights switch-on", "Bin collections change over the holidays"],
    ),
    "furnessecho": dict(
        name="Furness Echo", domain="furnessecho.example",
        nav=["News", "Barrow", "Ulverston", "Millom", "Dalton", "Sport", "Barrow AFC", "Raiders", "Notices"],
        cookie="Furness Echo and our partners use cookies and similar technologies for analytics and advertising.",
        buttons=["Accept", "Reject", "Settings"],
        footer="Furness Echo · Part of Northern Lakes Media · Terms · Privacy · Contact us · Advertise",
        comments="Join the conversation",
        aside=["Submarine hall gets new crane", "Man fined after fly-tipping on Walney", "Raiders boss praises young squad", "Dalton Castle open day dates announced"],
    ),
    "cumbrianow": dict(
        name="CumbriaNow", domain="cumbrianow.example",
        nav=["Latest", "West Cumbria", "Lake District", "Things to do", "Food & drink", "Property", "Sport", "Newsletter"],
        cookie="We use cookies to give you the best experience. Some are essential, others help us show you adverts you might like.",
        buttons=["Yes, I'm happy", "Manage choices"],
        footer="CumbriaNow is part of Lakeland Digital Ltd. All rights reserved. Do not sell or share my personal information.",
        comments="Comments",
        aside=["The 'hidden' beach locals don't want you to know about", "Full list of Cumbrian chippies in the UK top 100", "Man finds 1970s Vimto bottle in garden", "Every road closure this week"],
    ),
    "dailycourier": dict(
        name="Daily Courier", domain="dailycourier.example",
        nav=["Home", "News", "Royals", "Sport", "TV&Showbiz", "Femail", "Money", "Travel"],
        cookie="Your privacy: we and our partners use cookies to process personal data, for example to show personalised ads and measure performance.",
        buttons=["Got it", "Manage"],
        footer="Published by Courier Group Newspapers Ltd. Part of the Courier Group. © Courier Group Newspapers Ltd. Contact us · How to complain · Advertise with us",
        comments="Share or comment on this article",
        aside=["Soap star shows off new look on holiday", "Energy bills: what the new cap means for you", "Dog walker's shock at 'big cat' sighting", "Premier League round-up"],
    ),
    "staffroomweekly": dict(
        name="Staffroom Weekly", domain="staffroomweekly.example",
        nav=["News", "Leadership", "SEND", "Accountability", "Pay & conditions", "Opinion", "Jobs"],
        cookie="We use essential cookies to make this site work, and optional cookies to understand how you use it.",
        buttons=["Accept optional cookies", "Reject optional cookies"],
        footer="Staffroom Weekly Ltd. Independent news for people who work in schools. Contact: news@staffroomweekly.example",
        comments="Comments",
        aside=["Teacher pay: unions respond to award", "Attendance guidance: what changes in September", "Trust CEO pay tops £250k at 12 chains", "EHCP backlog grows again"],
    ),
    "northwestbeat": dict(
        name="North West Beat", domain="northwestbeat.example",
        nav=["Home", "News", "Cumbria", "Lancashire", "Politics", "Weather", "Sport"],
        cookie="Let us know you agree to cookies. We use cookies to give you the best online experience.",
        buttons=["Yes, I agree", "No, take me to settings"],
        footer="North West Beat. Why you can trust us. Terms of use. Privacy policy. Accessibility help. Contact.",
        comments="Related topics",
        aside=["Rail disruption on Cumbrian coast line", "Rescue teams called to Scafell", "Budget cuts threaten libraries", "Lifeboat crew's busy summer"],
    ),
    "familynotices": dict(
        name="Cumbrian Star Family Notices", domain="notices.cumbrianstar.example",
        nav=["Deaths", "Funerals", "In Memoriam", "Births", "Marriages", "Place a notice"],
        cookie="This site uses cookies to remember your preferences.",
        buttons=["Accept"],
        footer="Family notices are placed by families and funeral directors. Sign the guestbook, send flowers or donate in memory.",
        comments="Guestbook",
        aside=["Place a notice from £25", "Find a funeral director near you"],
    ),
    # forums
    "parenttalk": dict(
        name="ParentTalk", domain="parenttalk.example",
        nav=["Talk", "Am I being unreasonable?", "Secondary education", "Special needs", "Local: North West", "Chat"],
        cookie="ParentTalk uses cookies so the site works and to show you relevant ads. Find out more.",
        buttons=["Accept all", "Customise"],
        footer="ParentTalk Ltd. Talk guidelines · Report a post · Privacy · Contact HQ",
        comments="Replies",
        aside=["Trending: What's the most Northern thing you've heard?", "Trending: DH wants a hot tub"],
    ),
    "cumbriachat": dict(
        name="Cumbria Chat Forum", domain="cumbriachat.example",
        nav=["Board index", "West Cumbria", "Carlisle & Borders", "Furness", "Jobs & Money", "Off Topic", "FAQ", "Register", "Login"],
        cookie="This board uses cookies to keep you logged in. Continuing means you accept them.",
        buttons=["OK"],
        footer="Powered by phpBB® Forum Software · Style by Fellside · Privacy | Terms. All times are UTC.",
        comments="Posts",
        aside=["Who is online: 3 registered users and 41 guests"],
    ),
    "threadit": dict(
        name="threadit", domain="threadit.example",
        nav=["Home", "Popular", "r/cumbria", "r/Teachers", "r/CasualUK", "r/AskUK"],
        cookie="threadit uses cookies and similar technologies to provide a better experience.",
        buttons=["Accept all", "Reject optional cookies"],
        footer="threadit Rules · Privacy Policy · User Agreement · threadit, Inc. © 2025. All rights reserved.",
        comments="Comments",
        aside=["r/cumbria · 48k members", "Rules: 1. Be civil 2. No doxxing 3. No self-promotion"],
    ),
    "rlfans": dict(
        name="Rugby League Fans Forum", domain="rlfans.example",
        nav=["Forums", "Super League", "Championship", "Community Game", "Cumbria", "Off Topic"],
        cookie="We use cookies. Accept to keep using the site.",
        buttons=["Accept"],
        footer="RLFans.example — independent fans' forum, not affiliated with any club. Forum software © 2025.",
        comments="Replies",
        aside=["Latest: Cumbrian derby crowd figures", "Latest: NCL fixtures out"],
    ),
    "teachersroom": dict(
        name="The Teachers' Room", domain="teachersroom.example",
        nav=["Community", "Workplace dilemmas", "Secondary", "Leadership", "Jobs talk", "Supply"],
        cookie="We use cookies to improve your experience on our community pages.",
        buttons=["Accept", "Preferences"],
        footer="The Teachers' Room community. Community guidelines · Report abuse · Help",
        comments="Replies",
        aside=["Popular: How do you survive mocks week?"],
    ),
    "fellforum": dict(
        name="FellRunning Forum", domain="fellforum.example",
        nav=["Forum", "Race reports", "Kit", "Navigation", "Calendar", "Results"],
        cookie="Cookies keep you logged in. That's it.",
        buttons=["Fine"],
        footer="fellforum.example — run by volunteers. Be nice.",
        comments="Replies",
        aside=["Next: Ennerdale Horseshoe entries open"],
    ),
    # blogs / institutional pages
    "wordpress": dict(
        name="", domain="",  # filled per doc
        nav=["Home", "About", "Archive", "Contact"],
        cookie="This site uses cookies from WordPress.example to deliver its services and to analyse traffic.",
        buttons=["Close and accept"],
        footer="Blog at WordPress.example. Privacy & Cookies.",
        comments="Leave a Reply",
        aside=["Recent posts", "Archives", "Categories"],
    ),
    "parish": dict(
        name="The Link — Parish Magazine of St Nicholas with St James, Whinhaven", domain="stnicholaswhinhaven.example",
        nav=["Home", "Services", "Weddings & Baptisms", "The Link magazine", "Hall hire", "Contact the Vicar"],
        cookie="This site uses only essential cookies.",
        buttons=["OK"],
        footer="St Nicholas with St James, Whinhaven. Registered charity. Vicarage: 0161 496 0333.",
        comments="Comments",
        aside=["Sunday services 9.30am & 11am", "Foodbank collection: tins and toiletries please"],
    ),
    "towncouncil": dict(
        name="Whinhaven Town Council", domain="whinhaventowncouncil.example",
        nav=["Home", "Councillors", "Meetings & Minutes", "Allotments", "Grants", "Contact"],
        cookie="We use necessary cookies to make our site work. We'd also like to set analytics cookies.",
        buttons=["Accept analytics cookies", "Reject analytics cookies"],
        footer="Whinhaven Town Council, The Market Hall, Whinhaven CA31 2AB. Clerk: clerk@whinhaventowncouncil.example",
        comments="Documents",
        aside=["Next meeting: second Tuesday of the month, 7pm"],
    ),
    "trust": dict(
        name="Westfell Learning Trust", domain="westfelltrust.example",
        nav=["About us", "Our schools", "Governance", "Policies", "Vacancies", "Contact"],
        cookie="We use cookies to make this website work and to understand how it is used.",
        buttons=["Accept", "Decline"],
        footer="Westfell Learning Trust is a charitable company limited by guarantee registered in England and Wales. Registered office: c/o The Trust Office, Whinhaven.",
        comments="Related documents",
        aside=["Governance documents", "Annual accounts"],
    ),
    "inspect": dict(
        name="School Inspection Reports", domain="inspection-reports.example",
        nav=["Find an inspection report", "Schools", "Early years", "Further education", "About inspection"],
        cookie="We'd like to use additional cookies to understand how you use the service.",
        buttons=["Accept additional cookies", "Reject additional cookies"],
        footer="All content is available under an open licence, except where otherwise stated. Crown copyright (fictional).",
        comments="Documents",
        aside=["Report type: Ungraded inspection letter"],
    ),
    "harriers": dict(
        name="Whinhaven Harriers", domain="whinhavenharriers.example",
        nav=["Home", "Club runs", "Race results", "Kelbarrow Fell Race", "Juniors", "Join"],
        cookie="We use a cookie to count visitors. No ads, no tracking, just fell running.",
        buttons=["OK"],
        footer="Whinhaven Harriers — affiliated to the Fell Runners Association. Club runs Tuesdays 6.30pm from the harbour.",
        comments="Comments",
        aside=["Club champs standings", "Kit orders close Friday"],
    ),
    "wasps": dict(
        name="Whinhaven Wasps ARLFC", domain="whinhavenwasps.example",
        nav=["Home", "Open Age", "Juniors", "Fixtures", "Sponsors", "Clubhouse", "Shop"],
        cookie="Cookies help us run the site. Click to accept.",
        buttons=["Accept"],
        footer="Whinhaven Wasps Amateur Rugby League Football Club. Clubhouse, Harbour Road. Est. 1919. Up the Wasps!",
        comments="Comments",
        aside=["Sponsor of the month: Scaur Point Scaffolding"],
    ),
    "jobs": dict(
        name="TeachNorth Jobs", domain="teachnorth.example",
        nav=["Find a job", "Schools", "Careers advice", "Post a vacancy", "Sign in"],
        cookie="We use cookies to personalise job alerts.",
        buttons=["Accept all", "Essential only"],
        footer="TeachNorth Jobs. Employers are responsible for the content of their adverts.",
        comments="Similar jobs",
        aside=["Teacher of English — Workington", "Cover Supervisor — Egremont"],
    ),
    "history": dict(
        name="Pits, Yards & Fells: a West Cumbrian history blog", domain="pitsyardsfells.example",
        nav=["Home", "Collieries", "Shipbuilding", "People", "Maps", "About"],
        cookie="This blog uses cookies for statistics.",
        buttons=["Accept"],
        footer="Text © the author. Old photographs from family collections, used with permission.",
        comments="Comments",
        aside=["Popular: The 1910 winding accident", "Popular: Launch days at the yard"],
    ),
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def paras_html(body: str) -> str:
    out = []
    for block in re.split(r"\n\s*\n", dd(body)):
        block = block.strip()
        if not block:
            continue
        if block.startswith("## "):
            out.append(f"<h2>{esc(block[3:])}</h2>")
        elif all(line.startswith("- ") for line in block.splitlines()):
            items = "".join(f"<li>{esc(line[2:])}</li>" for line in block.splitlines())
            out.append(f"<ul>{items}</ul>")
        elif block.startswith("> "):
            out.append(f"<blockquote>{esc(block[2:])}</blockquote>")
        else:
            out.append("<p>" + "<br>".join(esc(line) for line in block.splitlines()) + "</p>")
    return "\n".join(out)


def chrome(site: dict, title: str, main: str, layout: int) -> str:
    nav = "".join(f'<li><a href="https://{site["domain"]}/{re.sub(r"[^a-z0-9]+", "-", n.lower()).strip("-")}">{esc(n)}</a></li>' for n in site["nav"])
    buttons = "".join(f"<button>{esc(b)}</button>" for b in site["buttons"])
    aside = "".join(f"<li>{esc(a)}</li>" for a in site["aside"])
    head = f'<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)} | {esc(site["name"])}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n'
    if layout % 3 == 0:
        return (head + f'<body>\n<div id="cookie-consent" class="consent-banner"><p>{esc(site["cookie"])}</p>{buttons}</div>\n'
                f'<header class="site-header"><a class="brand" href="https://{site["domain"]}/">{esc(site["name"])}</a>\n<nav aria-label="Main"><ul>{nav}</ul></nav></header>\n'
                f'<main id="content">\n{main}\n</main>\n<aside class="sidebar"><h3>Most read</h3><ol>{aside}</ol></aside>\n'
                f'<footer class="site-footer"><p>{esc(site["footer"])}</p></footer>\n</body>\n</html>\n')
    if layout % 3 == 1:
        return (head + f'<body class="page">\n<nav class="topbar"><span class="logo">{esc(site["name"])}</span><ul class="menu">{nav}</ul><form class="search"><input type="search" placeholder="Search"></form></nav>\n'
                f'<div class="wrap">\n{main}\n<div class="widget"><h4>Elsewhere</h4><ul>{aside}</ul></div>\n</div>\n'
                f'<div class="cookie-notice" role="dialog">{esc(site["cookie"])} {buttons}</div>\n'
                f'<footer><small>{esc(site["footer"])}</small></footer>\n</body>\n</html>\n')
    return (head + f'<body>\n<header><h1 class="masthead"><a href="/">{esc(site["name"])}</a></h1></header>\n<div class="navigation"><ul>{nav}</ul></div>\n'
            f'<section class="content">\n{main}\n</section>\n<div class="sidebar"><ul>{aside}</ul></div>\n'
            f'<div id="gdpr">{esc(site["cookie"])} {buttons}</div>\n<div class="footer">{esc(site["footer"])}</div>\n</body>\n</html>\n')


def comments_html(site: dict, comments) -> str:
    if not comments:
        return f'<section class="comments"><h2>{esc(site["comments"])}</h2><p class="none">Comments are closed on this article.</p></section>'
    items = []
    for who, when, text in comments:
        items.append(f'<div class="comment"><div class="comment-meta"><span class="author">{esc(who)}</span> <span class="time">{esc(when)}</span></div><div class="comment-body">{paras_html(text)}</div><a class="reply" href="#">Reply</a> <a class="report" href="#">Report</a></div>')
    return f'<section class="comments"><h2>{esc(site["comments"])} ({len(comments)})</h2>\n' + "\n".join(items) + "</section>"


def news(site, headline, byline, date, body, comments=None, exp=(), standfirst=""):
    s = SITES[site]
    sf = f'<p class="standfirst">{esc(standfirst)}</p>' if standfirst else ""
    main = (f'<article class="story"><h1>{esc(headline)}</h1>{sf}<div class="meta"><span class="byline">{esc(byline)}</span> <time>{esc(date)}</time></div>\n'
            f'<div class="story-body">\n{paras_html(body)}\n</div></article>\n{comments_html(s, comments)}')
    DOCS.append(dict(kind="news", site=site, title=headline, main=main, exp=list(exp)))


def forum(site, board, title, posts, exp=()):
    s = SITES[site]
    items = []
    for i, (who, when, text) in enumerate(posts):
        items.append(f'<div class="post" id="p{1000 + i * 7}"><div class="postprofile"><strong class="username">{esc(who)}</strong></div><div class="postbody"><p class="postdate">{esc(when)}</p><div class="content">{paras_html(text)}</div></div></div>')
    main = (f'<div class="breadcrumbs">{esc(s["name"])} › {esc(board)}</div><h2 class="topic-title">{esc(title)}</h2>\n'
            f'<div class="thread"><h3>{esc(s["comments"])}</h3>\n' + "\n".join(items) + "</div>")
    DOCS.append(dict(kind="forum", site=site, title=title, main=main, exp=list(exp)))


def blog(site, title, author, date, body, comments=None, exp=(), blogname=None, blogdomain=None):
    s = dict(SITES[site])
    if blogname:
        s["name"] = blogname
        s["domain"] = blogdomain or re.sub(r"[^a-z0-9]+", "", blogname.lower()) + ".wordpress.example"
    main = (f'<article class="post"><h1 class="entry-title">{esc(title)}</h1><div class="entry-meta">{esc(author)} · {esc(date)}</div>\n'
            f'<div class="entry-content">\n{paras_html(body)}\n</div></article>\n{comments_html(s, comments)}')
    DOCS.append(dict(kind="blog", site=site, site_override=s, title=title, main=main, exp=list(exp)))


def review(text, exp=()):
    DOCS.append(dict(kind="review", text=dd(text) + "\n", exp=list(exp)))


def social(text, exp=()):
    DOCS.append(dict(kind="social", text=dd(text) + "\n", exp=list(exp)))


def facebook(text, exp=()):
    DOCS.append(dict(kind="facebook", text=dd(text) + "\n", exp=list(exp)))


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

# ---- news -----------------------------------------------------------------

news("cumbrianstar", "Whinhaven academy celebrates best GCSE results in a decade",
     "By Hannah Tyson, Education Reporter", "Thursday 22 August 2024, 5:02pm",
     """
     Pupils at Kelbarrow Community Academy in Whinhaven were celebrating this morning after the school recorded its strongest set of GCSE results for more than ten years.

     Some 68 per cent of Year 11 achieved a grade 4 or above in both English and maths, up from 57 per cent last summer. Thirty-one pupils achieved at least one grade 9.

     Headteacher Alison Pattinson said: "These young people started secondary school in lockdown, sitting in their bedrooms on laptops. To see them walk out with these grades is the best day of my job. I want to thank the families, and my staff, who have worked every hour God sends."

     Among the high achievers were twins Ellie and Josh Moffat, from Pottergill, who gained 19 grade 8s and 9s between them. Josh, who wants to be an engineer at the Scaur Point site, said: "Maths was the one I was most worried about. I owe Mr Wójcik a pint. Well, a Vimto."

     Westfell Learning Trust chief executive Dr Neil Fairbairn said the results showed "what a west Cumbrian school can do when it is given stability".

     The academy, which has around 1,150 pupils, was judged to require improvement in 2022.
     """,
     comments=[
         ("Bev_Stanger", "2h", "Well done to them all. Our Kayleigh got her 6 in maths, first one in our family to pass maths, bloody brilliant."),
         ("westcoastlad87", "1h", "Shame about the uniform nonsense but credit where its due"),
         ("Carol Hine", "48m", "Mr Wojcik put on extra sessions every Tuesday since Easter. Never once complained. Thank you."),
     ],
     exp=[E("school", "exact", "negative"), E("apattinson", "exact", "neutral"), E("bwojcik", "title_surname", "neutral")])

news("whinhavennews", "Man admits racially abusing PE teacher at junior rugby league match",
     "By Court Reporter", "Thursday 6 March 2025",
     """
     A spectator who hurled racist abuse at a teacher coaching an under-14s rugby league side has been fined and banned from attending amateur matches.

     Darren Lister, 44, of Mill Row, Egremont, pleaded guilty at Workington Magistrates' Court to a racially aggravated public order offence.

     The court heard that Kofi Mensah, who teaches PE at Kelbarrow Community Academy and coaches at Whinhaven Wasps, was on the touchline during a match at Harbour Road on 12 January when Lister began shouting at him.

     Prosecutor Claire Ostle said Lister made monkey noises and told Mr Mensah to "get back where you came from", in front of children as young as 12. Several parents filmed the incident and reported it.

     In a statement read to the court, Mr Mensah said: "I was born in Leeds. I have lived in Whinhaven for nine years. I coach these kids because I love the game and I love this town. What upset me most was the look on their faces."

     Lister, who represented himself, said he had "had a few" and that it was "banter that got out of hand".

     Magistrates fined him £650, ordered him to pay £200 compensation and a £260 surcharge, and the RFL has issued a three-year ban from all community fixtures.

     A spokesperson for Whinhaven Wasps said: "There is no place for racism at our club or anywhere in rugby league. We stand with Kofi."
     """,
     comments=[
         ("Angie W", "6 Mar", "Good. Three years isn't long enough. Kofi is the best thing that's happened to that club."),
         ("GrumpyOldMarra", "6 Mar", "Banter my backside. He's a disgrace to Egremont."),
     ],
     exp=[E("kmensah", "exact", "neutral"), E("school", "exact", "neutral")])

news("cumbrianstar", "Deputy head at west Cumbrian school suspended pending investigation",
     "By Hannah Tyson", "Tuesday 14 January 2025, 7:40pm",
     """
     A deputy headteacher at a Whinhaven secondary school has been suspended while an investigation takes place, the Cumbrian Star understands.

     Gary Robson, who has been deputy head at Kelbarrow Community Academy since 2019, is understood to have been sent home last week following an incident involving a Year 10 pupil in a corridor.

     Parents told the Star that a video circulating on social media appeared to show a member of staff taking hold of a boy by the collar of his blazer. The footage has not been verified.

     A spokesperson for Westfell Learning Trust said: "We can confirm that a member of staff has been suspended. Suspension is a neutral act and does not imply any wrongdoing. It would be inappropriate to comment further while a process is ongoing."

     Cumbria Police said it had received a report and was "making enquiries".

     One mother, who asked not to be named, said: "Everybody knows Mr Robson. Some kids love him and some kids are terrified of him. It was only a matter of time."
     """,
     comments=[
         ("Jackie1972", "3h", "Robbo is a good lad, my two would walk through fire for him. This is a witch hunt by kids with phones."),
         ("notfromroundhere", "2h", "'Suspension is a neutral act' lol. They always say that."),
         ("Sue P", "1h", "Wait for the facts before hanging the man ffs."),
     ],
     exp=[E("grobson", "exact", "defamation"), E("school", "exact", "neutral")])

news("whinhavennews", "Sixty pupils sent home on first day as uniform rules bite",
     "By Lewis Braithwaite", "Thursday 5 September 2024",
     """
     Angry parents have accused a Whinhaven academy of "humiliating" children after around 60 pupils were sent home or put in isolation on the first day of term for uniform breaches.

     Kelbarrow Community Academy introduced a new policy over the summer requiring a blazer with the school crest, plain black leather shoes and a specific pleated skirt or trousers bought only from one supplier in Carlisle.

     Mum-of-three Leanne Dalzell, of Saltrigg, said her daughter was taken out of lessons because her shoes had a small white logo. "She was sat in a room all day doing worksheets. For a logo. We can't all afford £60 shoes when the bairns' feet grow every three months."

     Another parent, Craig Moore, said: "Mrs Pattinson says it's about standards. Standards are fine. Telling a 12-year-old she's a disgrace because of a hair bobble isn't standards."

     In a letter sent home, headteacher Alison Pattinson said the policy had been "clearly communicated since March" and that "the overwhelming majority of families have supported us".

     She added that the school's hardship fund could help families who were struggling, and that no pupil would be sanctioned for a genuine financial difficulty.
     """,
     comments=[
         ("Dawn Kirkbride", "5 Sep", "Pattinson is a jumped up little dictator who's never had to choose between the leccy and shoes in her life. Sat in that office on 80 grand."),
         ("Steve T", "5 Sep", "Rules were sent out in March. Read them."),
         ("MamOfFour", "5 Sep", "my lad was sent home for socks. SOCKS. Absolute joke of a school"),
     ],
     exp=[E("school", "exact", "negative"), E("apattinson", "exact", "abuse")])

news("furnessecho", "Ormsgill teacher Mr Robson named primary teacher of the year",
     "By Jenna Whiteside", "Friday 27 June 2025",
     """
     A Barrow primary school teacher has been named Primary Teacher of the Year at the Furness Education Awards.

     Dean Robson, who has taught at Ormsgill Road Primary for 14 years, was nominated by more than 40 parents.

     "Mr Robson makes every child feel like they matter," said one nomination. "He knows every kid's name, their dog's name and which football team they support."

     Mr Robson, 41, said he was "gobsmacked" and dedicated the award to his late mother, a dinner lady at the same school.

     Other winners on the night included Millom's Lakeland Nursery and Dalton teaching assistant Sharon Hewitt.
     """,
     exp=[])

news("cumbrianow", "Kelbarrow Fell Race is back - and organisers want more women on the start line",
     "By Sam Ritson", "14 May 2025",
     """
     One of west Cumbria's toughest short fell races returns next month after a five-year break.

     The Kelbarrow Fell Race climbs 420 metres from the old pit head at Kelbarrow to the summit cairn and back down the notorious scree gully the locals call the Chute.

     Organisers Whinhaven Harriers are hoping to attract a bigger women's field this year. "We had three women finish in 2019," said race secretary Pauline Edgar. "Three! We want thirty."

     The race starts at 7pm on 18 June. Entry is £6 on the day, with kit checks at the start. There's a pie and pea supper at the Kelbarrow Arms afterwards.

     Mandatory kit: full waterproof body cover, hat, gloves, map, compass and whistle. "It can be 20 degrees at the bottom and blowing a hoolie at the top," Pauline warned.
     """,
     exp=[])

news("dailycourier", "Teacher at Cumbrian academy investigated over messages to pupil",
     "By Daily Courier Reporter", "Updated 09:12 BST, 3 April 2025",
     """
     A secondary school teacher is being investigated after parents raised concerns about private messages he allegedly sent to a pupil on a gaming platform.

     The teacher, head of computing at Kelbarrow Community Academy in Whinhaven, Cumbria, is said to have set up a Discord server for a coding club and continued chatting to a 14-year-old girl late at night.

     Sunil Menon, 36, has not been arrested. He is understood to have been placed on leave while the trust and the local authority designated officer look into the claims.

     A relative of the girl told the Courier: "It started as help with her Python homework. Then it was every night, asking what she was wearing for the disco, telling her she was more grown up than the other kids and not to tell her mam because she'd 'make a thing of it'."

     A spokesman for Westfell Learning Trust said: "Safeguarding is our highest priority. We are following statutory procedures and cannot comment further."
     """,
     comments=[
         ("Tomo_in_Leeds", "3 Apr", "Innocent until proven guilty but that last bit is chilling."),
         ("Rachel-Cumbria", "3 Apr", "Why are teachers allowed on Discord with kids at all?? Madness."),
     ],
     exp=[E("smenon", "exact", "sexual", True), E("school", "exact", "sexual", True)])

news("staffroomweekly", "Trust defends academy's 'pouch' phone ban after parent backlash",
     "By Aisha Rahman", "11 November 2024",
     """
     A multi-academy trust in Cumbria has defended a secondary school's decision to lock pupils' phones in magnetic pouches for the whole school day, after more than 1,200 people signed a petition against it.

     Kelbarrow, an 11-18 academy in Whinhaven run by the three-school Westfell Learning Trust, introduced the pouches in September. Pupils unlock them at a station by the gate at 3.10pm.

     Parents have complained that they cannot contact children in an emergency and that the £14 pouches are charged to families if lost or damaged.

     Dr Neil Fairbairn, the trust's chief executive, said: "Behaviour incidents are down by a third. Lessons are calmer. The school office number is on every letter; if there's an emergency, parents ring the office like they did for the whole of the twentieth century."

     Sunil Menon, head of computing at the school, told Staffroom Weekly that he had seen "a real change in concentration in Year 9 in particular".

     The Association of School and College Leaders said phone policy was a matter for individual schools.
     """,
     comments=[
         ("HeadOfHumanitiesNE", "11 Nov", "We did the same. Three weeks of moaning then nobody cared."),
         ("supplyteacher_jo", "12 Nov", "Pouches get jemmied open with a compass within a fortnight in my experience"),
     ],
     exp=[E("school", "short_name", "negative"), E("smenon", "exact", "neutral")])

news("cumbrianstar", "Site manager to run 12 fells in a day for dad's hospice",
     "By Pete Nixon", "Saturday 3 May 2025, 9:00am",
     """
     A school site manager from Whinhaven is set to take on twelve Lakeland fells in a single day to raise money for the hospice that cared for his father.

     Terry D'Arcy, 52, who looks after the buildings at Kelbarrow Community Academy, will set off from Wasdale Head at 4am on 21 June, the longest day of the year.

     "Dad worked forty years at the yard and never asked anybody for owt," said Terry. "The nurses at the hospice were angels. This is the least I can do, even if my knees are saying otherwise."

     Pupils at the academy have already raised £1,400 through a non-uniform day and a cake sale organised by food teacher Rowena Dela Cruz's Year 8 class.

     Donations can be made through the school office on 01632 960418 or the fundraising page.
     """,
     comments=[
         ("Lorraine D'Arcy", "3 May", "So proud of you our kid xx"),
         ("Mick B", "3 May", "Tez you're mental. Good luck marra."),
     ],
     exp=[E("tdarcy", "exact", "neutral"), E("school", "exact", "neutral"), E("rdelacruz", "exact", "neutral")])

news("northwestbeat", "Police investigate online threats against Cumbrian secondary school",
     "North West Beat", "17 October 2024",
     """
     Police are investigating after threats were made online against a secondary school in west Cumbria.

     Officers were called to Kelbarrow Community Academy in Whinhaven on Wednesday morning after posts on social media warned pupils not to attend.

     Extra patrols were put in place and the school stayed open. Cumbria Police said it did not believe there was a credible risk but was treating the matter "extremely seriously".

     In a message to parents, the headteacher said staff had acted quickly and that "any pupil found to have made or shared these posts will face the most serious consequences, including police involvement".

     A 15-year-old boy has been spoken to by officers.
     """,
     exp=[E("school", "exact", "neutral")])

news("whinhavennews", "20mph zone plan for Kelbarrow Road after near-misses at school gates",
     "By Lewis Braithwaite", "Thursday 16 January 2025",
     """
     A 20mph limit could be introduced on Kelbarrow Road after residents and parents reported a string of near-misses outside the academy at home time.

     Cumberland Council's highways committee will consider the proposal next month. It would cover the stretch from the Fell Gate roundabout to the junction with Pit Lane.

     Councillor Judith Rooney said: "Every afternoon it's chaos. Parents parked on the zig-zags, the buses can't get in, and cars coming down from the fell at 40. Somebody will be killed."

     Terry D'Arcy, site manager at Kelbarrow Community Academy, said staff were on the gate every day but could not control traffic on a public road. "We've had wing mirrors clipped, a Year 7 lad knocked off his bike last winter. We'd welcome anything that slows folk down."

     The council will also consider extending double yellow lines past the Kelbarrow Arms car park.
     """,
     exp=[E("tdarcy", "exact", "neutral"), E("school", "exact", "neutral")])

news("cumbrianstar", "Kelbarrow Road closed for three weeks for gas main replacement",
     "By Staff Reporter", "Monday 24 February 2025",
     """
     Drivers in Whinhaven face three weeks of diversions from today while gas main work takes place on Kelbarrow Road.

     Northern Gas Networks said the road will be closed between Pit Lane and Fell Gate. A signed diversion will run via Saltrigg and the harbour.

     The Kelbarrow Arms will remain open, and pedestrian access to homes and businesses will be maintained.

     Bus route 22 will not serve the Kelbarrow Road stops. Passengers are advised to use the stops on Harbour Road.
     """,
     exp=[])

news("cumbrianstar", "Saltrigg nurse Alison hangs up her fob watch after 41 years",
     "By Pete Nixon", "Friday 11 April 2025, 6:30pm",
     """
     Colleagues gave a guard of honour to one of west Cumbria's longest-serving nurses as she finished her last shift this week.

     Alison Pattinson, 63, of Saltrigg, started as a student nurse at the old Whitehaven Infirmary in 1984 and spent most of her career on the coronary care unit.

     "I've seen three hospital buildings, five chief executives and more reorganisations than I've had hot dinners," she laughed. "The patients never changed. Cumbrian folk say 'I'm nobbut a bit poorly' when they're having a heart attack."

     Alison plans to spend more time with her four grandchildren and her allotment, and to finally walk the Coast to Coast with her husband Ray, a retired welder from the yard.

     Ward sister Grace Boateng said: "Alison trained half of us. She's a legend."
     """,
     exp=[])

news("furnessecho", "Former Kelbarrow Comp pupil leads sub build team at the yard",
     "By Jenna Whiteside", "Wednesday 19 March 2025",
     """
     When Kirsty Hodgson left school in Whinhaven with "three GCSEs and a bad attitude", she never imagined she would one day lead a team of 60 engineers building submarines.

     Now 38, Kirsty is a section manager at the Barrow shipyard and was this week named Engineering Leader of the Year at the North West Women in Engineering awards.

     "I was not a model pupil at Kelbarrow Comp," she admitted. "But there was a science teacher, Miss Kerr, who kept dragging me back in. She told me I had a brain and I should use it. I thought she was mad."

     Miss Kerr, now Morag Ferguson-Kerr and head of science at what is now Kelbarrow Community Academy, said she was "absolutely thrilled".

     "Kirsty was the best kind of trouble. She asked why all the time. That's an engineer."
     """,
     exp=[E("school", "exact", "neutral"), E("mfergusonkerr", "exact", "neutral")])

news("cumbrianstar", "Head of science praised for calm as lab fire forces evacuation",
     "By Hannah Tyson", "Wednesday 12 February 2025, 4:15pm",
     """
     Around 1,100 pupils were evacuated from a Whinhaven secondary school this afternoon after a small fire broke out in a science laboratory.

     Firefighters from Whinhaven and Egremont were called to Kelbarrow Academy shortly after 1.30pm. The fire, thought to have started in a fume cupboard, was out before crews arrived.

     Nobody was hurt. Pupils waited on the playing field for around an hour before being allowed back in.

     A Year 9 pupil said their teacher, Mrs Ferguson-Kerr, "just calmly said 'right, coats on, out we go' like it was a fire drill. She didn't even raise her voice".

     Station manager Phil Huddart said: "The building was cleared quickly and properly. That's what we want to see."
     """,
     exp=[E("school", "alias", "neutral"), E("mfergusonkerr", "title_surname", "neutral")])

news("cumbrianow", "'Stunning' Billy Elliot from Whinhaven school has the audience on its feet",
     "By Megan Coulthard", "29 March 2025",
     """
     A west Cumbrian school's production of Billy Elliot the Musical had its audience in tears and on its feet for three nights running this week.

     More than 80 pupils from Kelbarrow took part, with 13-year-old Harry Sharp in the title role after months of ballet lessons after school.

     The show was directed by head of drama Lysander Pocklington, who said the miners' strike story "hit home" in a town built on pits and the yard. "A lot of the grandparents in the audience lived it. One grandad came and found me at the interval and couldn't speak."

     Tickets for the final night sold out in 40 minutes. The school is now hoping to take the show to the Rosehill Theatre.
     """,
     comments=[
         ("Nicola Sharp", "29 Mar", "Our Harry!!! So proud. Mr Pocklington is a miracle worker x"),
     ],
     exp=[E("school", "short_name", "neutral"), E("lpocklington", "exact", "neutral")])

news("dailycourier", "Headteacher bans skirts, 'trainer-style' shoes and 'unnatural' hair colours",
     "By Femail Reporter", "Updated 14:48 BST, 6 September 2024",
     """
     A headteacher has sparked fury after banning skirts, trainers, nose studs and "unnatural" hair colours at her Cumbrian secondary, with dozens of children sent home on the first day of term.

     Alison Pattinson, head of Kelbarrow Community Academy in the small coastal town of Whinhaven, says the rules will "raise aspiration".

     But parents in the former mining town, where many work at the nearby nuclear plant or the shipyard, say they are being priced out.

     One mother wrote on Facebook: "She lives in a four-bed in Cockermouth and tells us what our kids can wear. Let her try feeding four on a cleaner's wage."

     The academy has been contacted for comment.
     """,
     comments=[
         ("PatrioticPete", "6 Sep", "Good on her. Kids today look like tramps."),
         ("Sandra, Hull", "6 Sep", "power mad, these heads are all the same now. Little tin pot dictators"),
         ("missy_b", "6 Sep", "'unnatural' hair colours lol my nan has had blue rinse since 1974"),
     ],
     exp=[E("apattinson", "exact", "abuse"), E("school", "exact", "negative")])

news("whinhavennews", "Mother fined for harassing school SENCo on Facebook",
     "By Court Reporter", "Thursday 10 October 2024",
     """
     A Whinhaven mother who bombarded a school special needs coordinator with abusive messages and posted about her in a town Facebook group has been fined and given a restraining order.

     Katrina Fell, 35, of Pottergill, admitted harassment without violence when she appeared before magistrates in Workington.

     The court heard Fell sent more than 90 messages to Jo Armstrong, SENCo at Kelbarrow Community Academy, over three weeks in June, after a dispute about support for her son. Some were sent after midnight.

     She also shared a photograph of Mrs Armstrong's car outside her home and encouraged others in a local group to "let her know what we think".

     In a statement, Mrs Armstrong said she had changed her route to work and had been "frightened to open the curtains".

     Fell was fined £400, ordered to pay £150 compensation and must not contact Mrs Armstrong or go within 100 metres of her home for two years.

     Chairman of the bench Robert Hind said: "Teachers are entitled to do their jobs without being hounded."
     """,
     exp=[E("jarmstrong", "exact", "neutral"), E("school", "exact", "neutral")])

news("cumbrianstar", "Carlisle solicitor Jo Armstrong elected president of Cumbria Law Society",
     "By Business Desk", "Tuesday 4 March 2025",
     """
     A Carlisle family law specialist has been elected president of the Cumbria Law Society.

     Jo Armstrong, a partner at Armstrong Lowther Solicitors on Lowther Street, has practised in the city for 22 years.

     "Access to justice in rural Cumbria is at breaking point," she said. "People in Alston or Millom are two hours from a court. Legal aid deserts are real."

     Ms Armstrong succeeds Penrith solicitor David Kerr. She will serve a two-year term.
     """,
     exp=[])

news("cumbrianstar", "Robson hat-trick fires Reds into play-off places",
     "By Sports Desk", "Saturday 15 February 2025, 5:25pm",
     """
     Workington 3 Warrington Rylands 1

     Gary Robson's first-half hat-trick lifted Workington into the play-off places at Borough Park.

     The 24-year-old striker, on loan from Carlisle, opened the scoring after seven minutes with a low drive, added a second from the spot and completed his treble with a header from a corner just before the break.

     "The gaffer told me to get in the box and stay there," said Robson. "Easy job when the delivery's like that."

     Reds boss said: "Gary's a handful. We'd love to keep him."
     """,
     exp=[])

news("northwestbeat", "Kerala cricket chief visits Lancashire to seal coaching exchange",
     "North West Beat", "2 July 2024",
     """
     A delegation from the Kerala Cricket Association has visited Old Trafford to sign a coaching exchange with clubs in the north west.

     The KCA's secretary, Sunil Menon, said young players from Thiruvananthapuram and Kochi would spend six weeks with league clubs in Lancashire and Cumbria next summer.

     "The northern leagues have produced great cricketers and great characters," he said. "Our boys need to learn to bat on a wet Saturday in Accrington."

     Four Cumbrian clubs, including Workington and Cockermouth, have expressed interest in hosting players.
     """,
     exp=[])

news("cumbrianstar", "LEN FISHER: Kelbarrow's head needs to get out of her office and into the real world",
     "Len Fisher, columnist", "Saturday 14 September 2024",
     """
     I have been writing this column for 26 years and I have never had as many letters about one subject as I have had about the uniform carry-on at Kelbarrow.

     Let me say it plainly. Alison Pattinson is a jumped-up bean counter with a lanyard where her heart should be. She has surrounded herself with consultants' jargon, "aspiration" this and "standards" that, and she has forgotten what town she is working in.

     This is Whinhaven. Folk here build submarines and decommission reactors. They do not need a head teacher who has read one management book too many lecturing them about loafers.

     I went to that school when it was Kelbarrow Comp and we wore whatever our mams could get from the market. We turned out all right. Most of us, anyway.

     Mrs Pattinson, a word of advice from an old gadgie: the parents are not your enemy. Stop treating them like it.
     """,
     comments=[
         ("KelbarrowMam", "14 Sep", "Spot on Len."),
         ("Teacher (not at KCA)", "14 Sep", "Calling a woman a 'bean counter with a lanyard' in print is beneath this paper."),
     ],
     exp=[E("apattinson", "exact", "abuse"), E("school", "alias", "negative")])

news("familynotices", "HETHERINGTON Margaret (Peggy)",
     "Funeral notice", "Published 8 January 2025",
     """
     HETHERINGTON Margaret (Peggy), peacefully on 2nd January 2025 at Seacroft Care Home, Whinhaven, aged 88 years. Beloved wife of the late Norman, much loved mam of Susan and Ian, treasured nana and great-nana.

     Peggy taught English at Kelbarrow Comprehensive for 31 years and was deputy head from 1979 until she retired in 1993. Generations of Whinhaven folk will remember her red pen and her kindness.

     Funeral service at St Nicholas Church, Whinhaven on Friday 17th January at 11.00am, followed by committal at Whinhaven Cemetery. All welcome. Afterwards at the Bowling Club. Family flowers only please; donations if desired to the Kelbarrow Community Academy library fund, via the school office on 01632 960418 or c/o J. Sewell & Son Funeral Directors, Harbour Road, Whinhaven.

     Headteacher Mrs Alison Pattinson will give a reading on behalf of the school.
     """,
     comments=[
         ("Brian Tweddle", "8 Jan", "Mrs Hetherington taught me Macbeth in 1972 and I can still recite it. RIP."),
         ("Gail (nee Scott)", "9 Jan", "The best teacher I ever had. Strict but fair and never forgot a name."),
     ],
     exp=[E("school", "exact", "neutral"), E("apattinson", "exact", "neutral")])

news("familynotices", "D'ARCY Thomas Joseph (Tommy)",
     "Death notice", "Published 22 November 2024",
     """
     D'ARCY Thomas Joseph (Tommy) of Lancaster, passed away suddenly on 16th November 2024 aged 77. Devoted husband of Jean, dad of Michael and Claire, grandad of five.

     A proud Lancashire man, Tommy served 30 years with the fire service and never missed a Morecambe home game.

     Requiem Mass at St Peter's Cathedral, Lancaster on Thursday 28th November at 12 noon. Donations to the Fire Fighters Charity.
     """,
     exp=[])

news("furnessecho", "Filipino nurses lead Barrow's Independence Day fiesta",
     "By Jenna Whiteside", "Monday 16 June 2025",
     """
     The smell of lechon and the sound of karaoke filled Barrow Park on Sunday as the town's Filipino community celebrated Philippine Independence Day.

     Around 400 people attended the fiesta, organised by the Furness Filipino Association, many of them nurses and carers at Furness General Hospital and local care homes.

     Association chair Rowena Dela Cruz, a theatre nurse who came to Barrow from Iloilo in 2003, said: "When I arrived there were eleven of us. Now our kids are at school here, playing for Barrow Raiders juniors. This is home."

     The day included a tinikling dance display, a basketball tournament and a collection for typhoon relief.
     """,
     exp=[])

news("whinhavennews", "Inspectors say attendance at Kelbarrow is 'not yet good enough'",
     "By Lewis Braithwaite", "Thursday 27 February 2025",
     """
     Inspectors have told a Whinhaven secondary school that pupils' attendance is still too low, although behaviour and leadership have improved.

     In a letter published this week following an ungraded inspection in January, the inspectors said Kelbarrow Community Academy "has taken effective action to improve behaviour" but that "too many pupils, particularly disadvantaged pupils, miss too much school".

     Persistent absence at the academy is 27 per cent, above the national average.

     The letter praised the "ambitious and well-sequenced" curriculum in maths and science and the support for pupils with special educational needs, which it said was "well led".

     Headteacher Alison Pattinson said: "We're pleased inspectors recognised the hard work of staff. Attendance is our number one priority and we will not rest until every child is in school every day."
     """,
     exp=[E("school", "exact", "negative"), E("apattinson", "exact", "neutral")])

news("cumbrianow", "Nine things you'll only remember if you went to Kelbarrow Comp",
     "By Megan Coulthard", "7 August 2024",
     """
     It's been eight years since Kelbarrow Comprehensive became an academy, but for thousands of Whinhaven folk it will always be "the Comp". We asked our readers what they remember. Here's what you said.

     ## 1. The Chute
     The steep path down from the fell gate that everybody swore they'd never run down and everybody did, usually in school shoes.

     ## 2. Turkey twizzlers on a Friday
     Before Jamie Oliver ruined everything.

     ## 3. The old swimming pool
     Freezing, green, and shut in 2003.

     ## 4. Miss Dixon's netball team
     "Miss Dixon took us to the county final in 1998 and made us sing Abba on the minibus all the way to Kendal." Alison Dixon, as she then was, is now the headteacher. Some of you haven't forgiven her for the Abba.

     ## 5. Tez the caretaker
     "He could fix anything with gaffer tape and a swear word," said one reader. Tez is still there, now with the grand title of site manager.

     ## 6. The smell of the pit baths
     Kelbarrow Pit closed in 1986, but the old baths building was used as a sports hall until 2001.

     ## 7. Sports day on the rugby pitch
     Always rained.

     ## 8. The year the goat got in
     Nobody ever found out who.

     ## 9. The 'Whinhaven walk'
     Three miles home because you spent your bus fare at the chippy.
     """,
     comments=[
         ("Gemma H", "7 Aug", "Tez!!! Legend. He fixed my bike chain every week in 1999"),
         ("Wayne", "7 Aug", "It was me with the goat. 25 years I've kept that in."),
     ],
     exp=[E("school", "alias", "neutral"), E("apattinson", "alias", "neutral"), E("tdarcy", "nickname", "neutral")])

news("dailycourier", "Exam board probes claims Cumbrian school 'helped' pupils with coursework",
     "By Education Correspondent", "Updated 22:03 BST, 19 June 2025",
     """
     An exam board has launched an investigation into claims that staff at a Cumbrian academy gave pupils too much help with assessed coursework to boost results.

     A whistleblower alleges that some GCSE food and nutrition coursework at Kelbarrow Community Academy in Whinhaven was "largely rewritten" by staff before it was submitted.

     The school's results improved dramatically last summer. A former member of staff told the Courier: "Everyone knew the NEAs were being polished. Kids were handing in two paragraphs and it was coming back as ten pages."

     The exam board confirmed it was "looking into concerns raised about a centre" but would not name the school.

     Westfell Learning Trust said it was "confident in the integrity of our assessment" and would co-operate fully.
     """,
     comments=[
         ("Realist99", "19 Jun", "Every school does this. The system makes them."),
         ("A Whinhaven parent", "20 Jun", "so that's how they got those results. knew it was too good to be true"),
     ],
     exp=[E("school", "exact", "defamation")])

news("furnessecho", "Man jailed for threats to 'burn down' west Cumbrian school",
     "By Court Reporter", "Thursday 23 January 2025",
     """
     A man who posted a video threatening to set fire to a Whinhaven secondary school and "sort out" its headteacher has been jailed for 16 weeks.

     Lee Gaffney, 29, of no fixed address, admitted sending a threatening communication at Furness Magistrates' Court.

     The court heard Gaffney, whose nephew had been excluded from Kelbarrow Community Academy, filmed himself outside the school gates in October holding a petrol can and saying the head "had better be gone by Monday".

     The video was shared more than 2,000 times before it was removed. The school was closed for a day and extra police patrols were put in place.

     Sentencing him, District Judge Rebecca Ainsworth said: "Teachers and children are entitled to feel safe. You terrified an entire town."

     Headteacher Alison Pattinson said after the hearing: "I'm grateful to the police and to the community, who rallied round. We will not be intimidated."
     """,
     exp=[E("school", "exact", "neutral"), E("apattinson", "exact", "neutral")])

news("whinhavennews", "Letters to the editor",
     "Readers' letters", "Thursday 21 November 2024",
     """
     ## Buses a disgrace
     Every morning the 7.42 from Pottergill is full by the time it gets to the Co-op and our children are left standing in the rain. Kelbarrow school says it's the council's problem, the council says it's the bus company's problem. Meanwhile my daughter gets a late mark three times a week and a detention for it. Someone needs to sort this out.
     — Mrs J. Casson, Pottergill

     ## Thank you Terry
     I would like to say a public thank you to Mr D'Arcy, the site manager at the academy, who found my late husband's wedding ring in a drain on the school field after I lost it watching my grandson play rugby. He spent his dinner hour on his hands and knees. There are still good people in this town.
     — Mary Ritson, Saltrigg

     ## Harbour lights
     Can anyone tell me why the harbour Christmas lights are going up in the middle of November? It will be Easter eggs in the Co-op next.
     — R. Moffat, Whinhaven
     """,
     exp=[E("school", "short_name", "negative"), E("tdarcy", "title_surname", "neutral")])

news("staffroomweekly", "Tribunal: academy failed autistic pupil left in 'isolation booth' for weeks",
     "By Aisha Rahman", "3 June 2025",
     """
     A Cumbrian academy unlawfully discriminated against an autistic pupil by repeatedly placing him in an isolation booth for behaviour linked to his disability, a tribunal has found.

     The First-tier Tribunal (SEND) ruled that Kelbarrow Community Academy, part of Westfell Learning Trust, failed to make reasonable adjustments for the Year 8 boy, who spent 19 days in isolation over one term.

     The tribunal heard that the school's SENCo, Joanne Armstrong, had recommended a reduced timetable and a quiet space but that this "was not consistently implemented" by other staff.

     The judge said the school's behaviour policy had been applied "rigidly and without thought for the child in front of them".

     The trust said it "accepted the findings in full" and had changed its policy.
     """,
     exp=[E("school", "exact", "negative"), E("jarmstrong", "alias", "neutral")])

news("cumbrianstar", "Whinhaven computing teacher scoops national award for coding club",
     "By Hannah Tyson", "Friday 8 November 2024, 12:10pm",
     """
     A teacher who set up a lunchtime coding club in a converted storeroom has been named Computing Teacher of the Year at a national awards ceremony in London.

     Sunil Menon, head of computing at Kelbarrow Community Academy, was praised by judges for getting "girls, young carers and kids who'd never touched a line of code" building apps for local charities.

     His Year 10 pupils built a booking app for the Whinhaven foodbank, which is now used by 30 volunteers.

     "I grew up in Kochi and then Leicester. I had a teacher who stayed after school every night with a room full of ancient computers," said Mr Menon. "I'm just passing it on."
     """,
     exp=[E("smenon", "exact", "neutral"), E("school", "exact", "neutral")])

news("northwestbeat", "Teacher's car daubed with racist graffiti outside his home",
     "North West Beat", "30 September 2024",
     """
     Police are treating an attack on a teacher's car in west Cumbria as a hate crime.

     The car, belonging to a maths teacher at a secondary school in Whinhaven, was sprayed with anti-Polish slogans overnight on Saturday while parked outside his home.

     Bartosz Wójcik, who has taught at the school for six years, said he was "shocked but not surprised" after a rise in comments online.

     "My son asked me what the words meant. I had to explain to a seven-year-old why somebody hates his dad for being born in Gdańsk."

     Cumbria Police appealed for anyone with doorbell camera footage to come forward.
     """,
     exp=[E("bwojcik", "exact", "neutral")])

news("cumbrianow", "Review: a gorgeous, rain-soaked Dream at Theatre by the Lake",
     "By Megan Coulthard", "12 July 2025",
     """
     Open-air Shakespeare in Cumbria is an act of faith, and on Thursday night the faithful sat under ponchos as the heavens opened over Derwentwater. They were rewarded.

     This Midsummer Night's Dream is set in a 1970s Lakeland holiday camp. Lysander, played with puppyish charm by newcomer Ravi Chauhan, is a lifeguard; Hermia is a chalet maid. The lovers' quarrel in the soaking woods is the funniest I've seen.

     Bottom, as ever, steals the show: a swaggering Workington plumber who turns up to rehearsal with his own van.

     Runs until 30 August. Bring a cushion.
     """,
     exp=[])

news("whinhavennews", "Wasps youngsters dare to dream after cup semi-final win",
     "By Sports Reporter", "Thursday 24 April 2025",
     """
     Whinhaven Wasps under-16s are one game from Wembley's curtain-raiser after beating Wath Brow Hornets 22-18 in a thrilling semi-final at Harbour Road.

     Jack Tyson scored twice and Reece Nugent kicked three goals as the Wasps came from 12-0 down.

     Coach Kofi Mensah, who teaches PE at Kelbarrow, said: "I told them at half time: you've trained in the sleet every Tuesday since September. Don't you dare give up now. And they didn't."

     Around 15 of the squad are pupils at the academy. The final is on 17 May.
     """,
     exp=[E("kmensah", "exact", "neutral"), E("school", "short_name", "neutral")])

news("dailycourier", "'Deputy head and colleague caught in compromising position in school minibus', parents claim",
     "By Daily Courier Reporter", "Updated 07:55 BST, 20 February 2025",
     """
     Parents at a Cumbrian academy claim a married deputy headteacher and a younger female colleague were caught "in a compromising position" in a school minibus in the car park after a parents' evening.

     Gossip about the pair has swept the small town of Whinhaven, where the deputy, Gary Robson, was already suspended over a separate incident.

     One mother told the Courier: "A cleaner saw the minibus rocking and the windows steamed up. Everyone knows it's him and the Filipino food teacher, Miss Dela Cruz. They've been carrying on for months."

     Neither teacher responded to requests for comment. Kelbarrow Community Academy said it would not comment on "malicious rumour".
     """,
     comments=[
         ("LOL_Leeds", "20 Feb", "A cleaner saw a minibus rocking. Pulitzer stuff this."),
         ("Anon", "20 Feb", "leave them alone ffs, the paper should be ashamed printing gossip"),
     ],
     exp=[E("grobson", "exact", "sexual"), E("rdelacruz", "title_surname", "sexual"), E("school", "exact", "neutral")])

news("cumbrianstar", "Police appeal after teacher's home address shared in online hate campaign",
     "By Pete Nixon", "Tuesday 1 October 2024, 8:15pm",
     """
     Police are appealing for information after the home address of a Whinhaven teacher was shared in a social media group along with abusive messages.

     The teacher, who works at Kelbarrow Community Academy, was targeted after a video of a classroom argument was posted online. Detective Sergeant Anne Holliday said the address had been removed and officers had identified "a number of people" who shared it.

     "Publishing someone's address alongside threats is not free speech. It is a crime and we will prosecute."

     The trust confirmed that the teacher, Mr Wójcik, was being supported by the school and his union.
     """,
     exp=[E("school", "exact", "neutral"), E("bwojcik", "title_surname", "neutral")])

news("whinhavennews", "Site manager suspended as police probe missing copper and diesel",
     "By Lewis Braithwaite", "Thursday 13 March 2025",
     """
     A school site manager has been suspended while police investigate the disappearance of copper piping and heating oil from a Whinhaven academy.

     Terry D'Arcy, who has worked at Kelbarrow Community Academy for more than 25 years, was sent home last week, according to sources at the school.

     It is understood about £8,000 of copper pipe removed during a boiler replacement and 2,000 litres of heating oil cannot be accounted for.

     Cumbria Police confirmed it had received a report of theft from a school in Whinhaven and a 52-year-old man had been interviewed under caution. He has not been arrested or charged.

     Many in the town have rallied round Mr D'Arcy, who recently raised £6,000 for the hospice by running 12 fells in a day.
     """,
     comments=[
         ("Mick B", "13 Mar", "Tez wouldn't take a biro without asking. Someone's covering their own backside."),
         ("whinhaven_watcher", "13 Mar", "always the quiet ones. big new van on his drive last summer, just saying"),
     ],
     exp=[E("tdarcy", "exact", "defamation"), E("school", "exact", "neutral")])

news("dailycourier", "Inside the £42,000-a-year prep school where pupils learn falconry",
     "By Femail Reporter", "Updated 18:20 BST, 2 May 2025",
     """
     Nestled in 80 acres of Hampshire parkland, Kelbarrow Park School is where the children of hedge fund managers and minor royals spend their days learning Latin, polo and, yes, falconry.

     Headmaster Rupert Askew-Lyle, who arrived from Eton last year, says the school's aim is to produce "decent, curious people, who happen to also know how to handle a Harris hawk".

     Fees start at £14,000 a term. The school has a waiting list of three years, a chapel, a nine-hole golf course and a "wellbeing barn".

     Pupils we spoke to described the food as "actually quite good" and the mobile signal as "criminal".
     """,
     exp=[])

news("cumbrianow", "Kelbarrow Pit heritage trail opens with old miners cutting the ribbon",
     "By Sam Ritson", "2 June 2024",
     """
     Three former miners who worked at Kelbarrow Pit before it closed in 1986 cut the ribbon on a new heritage trail around the old colliery site on Saturday.

     The 2.5km trail follows the old wagonway from the pit head up onto the lower slopes of Kelbarrow Fell, with information boards about the 1910 winding accident and the pit ponies.

     "I went down that shaft at 15," said Jimmy Caddy, 84. "I never thought I'd see the day when it was a nature walk. There's orchids where the coal heaps were."

     The project was funded by the lottery and the Scaur Point community fund. Free guided walks run on the first Sunday of every month from the Kelbarrow Arms car park.
     """,
     exp=[])

news("northwestbeat", "Pupils stage walkout over toilets being locked during lessons",
     "North West Beat", "6 March 2025",
     """
     Around 200 pupils walked out of lessons at a Cumbrian secondary school on Thursday in protest at a policy of locking toilets during lesson times.

     Pupils at Kelbarrow Community Academy in Whinhaven gathered on the playing field at 11am, chanting and holding handmade signs.

     One Year 10 girl said: "Girls on their period have to ask a man on the corridor for a key. It's humiliating. Mr Robson just says 'you should have gone at break'."

     The academy said the policy had been introduced after vandalism and vaping in toilets and that "any pupil with a medical need has a pass".
     """,
     exp=[E("school", "exact", "negative"), E("grobson", "title_surname", "negative")])

news("cumbrianstar", "Dad who threatened teacher at school gate given restraining order",
     "By Court Reporter", "Wednesday 9 April 2025, 3:40pm",
     """
     A father who told a science teacher he would "put her through the windscreen" during a row at the school gates has been given a community order and a restraining order.

     Jason Rigg, 39, of Kelbarrow Road, Whinhaven, admitted using threatening behaviour towards Morag Ferguson-Kerr, head of science at Kelbarrow Community Academy, in February.

     The court heard Rigg was angry that his son had been given a detention for not bringing safety goggles. He blocked Mrs Ferguson-Kerr's car with his van and shouted through the window.

     Magistrates ordered him to complete 120 hours of unpaid work and not to contact Mrs Ferguson-Kerr for 18 months.
     """,
     exp=[E("mfergusonkerr", "exact", "neutral"), E("school", "exact", "neutral")])

news("whinhavennews", "Scaur Point apprentices: 14 Kelbarrow students land places",
     "By Lewis Braithwaite", "Thursday 3 July 2025",
     """
     Fourteen sixth formers from Kelbarrow Community Academy have secured apprenticeships at the Scaur Point nuclear site, the largest number from any school in the county.

     The students will train as mechanical, electrical and instrumentation technicians and in cyber security.

     Head of computing Sunil Menon said three of the cyber security apprentices had come through the school's coding club. "Two years ago they'd never written a line of code. Now they'll be protecting one of the most sensitive sites in Europe."

     Scaur Point's early careers manager said the Whinhaven school's students were "extremely well prepared".
     """,
     exp=[E("school", "exact", "neutral"), E("smenon", "exact", "neutral")])

news("staffroomweekly", "Small trusts 'squeezed' as Cumbrian chain posts deficit",
     "By Aisha Rahman", "29 January 2025",
     """
     A three-school trust in west Cumbria has reported a £410,000 deficit, as small trusts warn that rising costs and falling rolls are pushing them to the brink.

     Westfell Learning Trust, which runs Kelbarrow Community Academy and two primary schools, said energy costs and support for pupils with special educational needs had outstripped funding.

     Chief executive Dr Neil Fairbairn said the trust would not merge "unless it is right for our children", but admitted talks had taken place with a larger trust in Carlisle.

     The accounts also show the trust paid £96,000 to consultants, a figure criticised by the local branch of the National Education Union.
     """,
     exp=[E("school", "exact", "neutral")])

news("cumbrianstar", "Whinhaven man given suspended sentence for online threats to maths teacher",
     "By Court Reporter", "Friday 24 January 2025, 1:05pm",
     """
     A Whinhaven man who posted a teacher's home address online and urged people to "pay the Polish lad a visit" has been given a suspended prison sentence.

     Shaun Kirkbride, 31, of Pottergill, admitted malicious communications and racially aggravated harassment.

     The court heard he posted the address of Bartosz Wójcik, a maths teacher at Kelbarrow Community Academy, in a Facebook group last September, after his stepdaughter was given a detention.

     District Judge Ainsworth told Kirkbride: "You set out to frighten a man and his family in their own home because of where he was born. That is cowardly."

     Kirkbride was sentenced to 18 weeks suspended for a year, with a 10-year restraining order.
     """,
     exp=[E("bwojcik", "exact", "neutral"), E("school", "exact", "neutral")])

news("cumbrianstar", "Polish keeper Wójcik signs for Carlisle on loan",
     "By Sports Desk", "Wednesday 30 July 2025, 11:20am",
     """
     Carlisle United have signed Polish goalkeeper Bartosz Wójcik on a season-long loan from Ekstraklasa side Wisła Płock.

     The 22-year-old, who is 6ft 5in, has two caps for Poland's under-21s.

     "I watched videos of Brunton Park in the rain and I thought: good, I like a challenge," he said through an interpreter.

     He could make his debut against Bromley on Saturday.
     """,
     exp=[])

news("whinhavennews", "Parents' anger as school 'covered up' bullying of Year 7 boy",
     "By Lewis Braithwaite", "Thursday 15 May 2025",
     """
     The family of an 11-year-old boy say a Whinhaven academy ignored months of bullying and then tried to "make it go away" when he was hurt.

     Mum Stacey Nugent said her son Callum was pushed down the stairs at Kelbarrow Community Academy in March, breaking his wrist, after being tormented since October.

     "They told us it was an accident. Then we found out there was CCTV and it had been wiped. They covered it up to protect their precious Ofsted," she claimed.

     She said she had reported the bullying to the head of year and to deputy head Gary Robson "at least six times" and "nothing was done".

     The academy said it "does not recognise" the family's account, that CCTV is kept for 30 days under its policy, and that it had offered a meeting with the headteacher.
     """,
     comments=[
         ("Stacey Nugent", "15 May", "Thank you Lewis for listening when nobody else would."),
         ("Jo from Pottergill", "15 May", "same happened to my niece there in 2022. nothing changes"),
     ],
     exp=[E("school", "exact", "defamation"), E("grobson", "exact", "negative")])

news("cumbrianstar", "Silloth author Morag Kerr lands deal for debut crime novel set on the Solway",
     "By Arts Desk", "Saturday 5 April 2025",
     """
     An Edinburgh-born crime writer who moved to Silloth during lockdown has landed a six-figure deal for her debut novel.

     Morag Kerr, 58, a retired police inspector, says The Flats at Low Tide follows a detective investigating a body found on the Solway mudflats.

     "Silloth in February is the most atmospheric place on earth," she said. "Also the coldest."

     The book is published in September.
     """,
     exp=[])

news("northwestbeat", "Shipyard town school's choir to sing at Carlisle Cathedral",
     "North West Beat", "1 December 2024",
     """
     A choir from a secondary school in Whinhaven will sing at Carlisle Cathedral's Advent carol service this week.

     The 40-strong Kelbarrow Voices choir, made up of pupils from Year 7 to sixth form, was formed only two years ago.

     It is led by drama teacher Mr Pocklington and music teacher Anna Lowes. "Half of them told me they couldn't sing," he said. "They were lying."
     """,
     exp=[E("school", "short_name", "neutral"), E("lpocklington", "title_surname", "neutral")])

# ---- forums ---------------------------------------------------------------

forum("parenttalk", "Am I being unreasonable?", "AIBU to think DS's head teacher has completely lost the plot?", [
    ("WestCoastMum2", "05/09/2024 21:14", """
     Bit of background. DS (12) goes to KCA in west Cumbria. New head came in a couple of years ago, everyone calls her Mrs P. Fine at first.

     This term: blazer £42 from ONE shop in Carlisle (40 mile away), shoes must be leather, no logos AT ALL, bags must be plain black, and today she stood at the gate with a clipboard pulling kids out of the line. DS was sent to "reflection" because his socks were navy not black. NAVY.

     AIBU to think this is about Ofsted and league tables and not about kids at all?
    """),
    ("Gingerbiscuit", "05/09/2024 21:20", "YANBU. Our school did same, lasted a term before they quietly dropped it."),
    ("notanotherusername", "05/09/2024 21:31", """
     YABU a bit. Rules were sent out months ago presumably? Buy black socks. Pick your battles.
    """),
    ("WestCoastMum2", "05/09/2024 21:35", "@notanotherusername they were, but the 'approved' shoes were out of stock till October. So what do we do?"),
    ("CumbrianLass", "05/09/2024 21:52", """
     I know exactly which school this is 😂 My niece is there. Mrs P is a power-crazed harridan who wants to be on the telly. Face like a smacked backside every morning at that gate. Half the staff can't stand her either from what I hear.
    """),
    ("Gingerbiscuit", "05/09/2024 22:03", "@CumbrianLass bit harsh? Criticise the policy not the woman's face."),
    ("CumbrianLass", "05/09/2024 22:10", "Meh. She dishes it out."),
], exp=[E("school", "alias", "negative"), E("apattinson", "nickname", "abuse")])

forum("cumbriachat", "West Cumbria", "Kelbarrow Academy - any good? Moving up from Lancs", [
    ("lancs2lakes", "Mon Jun 02, 2025 8:41 pm", """
     Hi all, we're relocating for my husband's job at Scaur Point in September. Looking at houses in Whinhaven and Pottergill. Eldest starts Year 9. Seems to be Kelbarrow Academy or a 40 min bus to Cockermouth. Honest opinions please!
    """),
    ("Haggis_n_Chips", "Mon Jun 02, 2025 9:02 pm", """
     Both mine went there. Eldest left 2021 with decent grades. It's a proper town school, you get all sorts. Science is really good, Mrs Ferguson-Kerr runs a tight ship. Maths too.
    """),
    ("gadgie_from_saltrigg", "Mon Jun 02, 2025 9:15 pm", """
     Its alreet. Better than it was. Behaviour was shocking when it was the comp but they've sorted a lot of that out. New head's a bit keen on uniform like but the bairns survive.
    """),
    ("PottergillMam", "Mon Jun 02, 2025 9:40 pm", """
     Be careful with SEN. If your child has any needs at all push hard from day one. We had to go to tribunal. The SENCo was lovely but she's one woman with 200 kids on the register.
    """),
    ("anon_ymous", "Mon Jun 02, 2025 10:12 pm", """
     Avoid avoid avoid. Deputy head is a bully. Robson. Screams in kids faces in the corridor. Ego the size of the yard crane. Nasty piece of work.
    """),
    ("Haggis_n_Chips", "Mon Jun 02, 2025 10:20 pm", """
     @anon_ymous he's strict, not a bully. My lad was a right handful in Year 8 and Robson turned him round. Different kids, different experiences I suppose.
    """),
    ("lancs2lakes", "Tue Jun 03, 2025 7:05 am", "Thank you all, really helpful. Going for a look round next week."),
], exp=[E("school", "alias", "negative"), E("mfergusonkerr", "title_surname", "neutral"), E("grobson", "surname_only", "abuse")])

forum("rlfans", "Community Game", "Racist abuse at U14 game in Whinhaven - disgusting", [
    ("WaspsTillIDie", "12 Jan 2025, 18:02", """
     Was at Harbour Road this morning. Some absolute meathead in a Barrow coat spent half the game screaming at the Wasps coach, the PE teacher from Kelbarrow. I'm not repeating what he said but you can guess. Monkey noises. In front of twelve year olds. Coach kept his cool better than I would have.
    """),
    ("HavenHooker", "12 Jan 2025, 18:20", "Kofi Mensah is a top bloke and a brilliant coach. Hope he gets the book thrown at him. Ban for life."),
    ("OldSchoolForward", "12 Jan 2025, 18:45", """
     Not condoning it but people get wound up at kids games. Coach was in the ref's ear all game. Doesn't make it right, but there's two sides.
    """),
    ("WaspsTillIDie", "12 Jan 2025, 18:50", "@OldSchoolForward there's no 'other side' to monkey noises mate. Get a grip."),
    ("true_cumbrian_76", "12 Jan 2025, 19:33", """
     Funny how nobody's allowed to say anything anymore. Imported a fella from God knows where to coach OUR kids in OUR game and now we all have to tiptoe round him. Rugby league was a working man's game for working men from round here. Let him go back and coach whatever they play in the bush.
    """),
    ("Mod_Ellery", "12 Jan 2025, 19:40", "true_cumbrian_76 banned. Reported to the RFL. That's not happening on this forum."),
    ("HavenHooker", "12 Jan 2025, 19:42", "Cheers mod. Kofi was born in Leeds btw you absolute weapon."),
], exp=[E("kmensah", "exact", "hate"), E("school", "short_name", "neutral")])

forum("teachersroom", "Workplace dilemmas", "Anyone know what's going on at Kelbarrow CA?", [
    ("NQTsurvivor", "16/01/2025 19:55", """
     Have an interview there next week for a maths post. Been hearing rumours. Anyone know what's actually going on? Deputy suspended?
    """),
    ("exKCAstaff", "16/01/2025 20:31", """
     I left last summer so second-hand, but yes, Robson's been sent home. Apparently he had a lad up against the lockers by the throat and someone filmed it. Not the first time either, there were at least two before that got "managed" quietly by the head. Place is run on fear. I'd think very hard.
    """),
    ("CumbrianHoD", "16/01/2025 20:50", """
     Careful posting stuff like that exKCAstaff, it's a public forum and it's an open process. I know people there and the maths department is genuinely lovely. Go to the interview and ask questions.
    """),
    ("NQTsurvivor", "16/01/2025 21:02", "Thanks both. Will go and see for myself."),
], exp=[E("school", "short_name", "defamation"), E("grobson", "surname_only", "defamation")])

forum("fellforum", "Race reports", "Kelbarrow Fell Race 2025 - brutal, brilliant, wet", [
    ("BogTrotterBen", "19 Jun 2025, 07:40", """
     Race report for anyone interested. 92 starters, which is great for a midweek short one. Proper claggy on top, visibility about 20m from the cairn. Half the field went left off the top and ended up in the bracken above the old pit.

     Gary Robson (Keswick AC) won it in 31:12, just ridiculous descending down the Chute. Jo Armstrong (Border Harriers) first woman in 38:40 and 4th overall, at 54, which is frankly embarrassing for the rest of us.

     Pie and peas at the Kelbarrow Arms after. Proper do.
    """),
    ("fellgirl_ellie", "19 Jun 2025, 09:12", "Jo Armstrong is a machine. She lapped me on the descent. Again."),
    ("Whinhaven_Harriers_Sec", "19 Jun 2025, 10:05", "Thanks all for coming! Full results on the club site. 42 women entered, up from 3 in 2019 😁"),
], exp=[])

forum("parenttalk", "Special educational needs", "SENCo won't reply to emails - what can I do?", [
    ("AutismMumCumbria", "11/03/2025 13:22", """
     DD (13) is autistic, EHCP in place since Year 6, at KCA (secondary in west Cumbria). Plan says she should have a quiet space at lunch and a named adult. Neither is happening. She's masking all day and melting down at home.

     I've emailed Mrs Armstrong (SENCo) five times since January. One reply, saying she'd "look into it". Phoned the office, they said she's in meetings.

     What are my options? I don't want to be the nightmare parent but I'm at the end of my rope.
    """),
    ("IPSEAfan", "11/03/2025 13:40", """
     Write to the head and the LA SEN team, copy both, cite the section of the plan that isn't being delivered. Keep it factual. The LA has the legal duty to secure the provision, not just the school.
    """),
    ("SENDteacher", "11/03/2025 14:02", """
     As a SENCo myself: she'll have 150+ kids, no admin, and probably teaches half a timetable. Doesn't excuse it but go above her, the school's leadership are the ones who aren't giving her time.
    """),
    ("AutismMumCumbria", "11/03/2025 14:15", "Thank you. Doing that tonight."),
], exp=[E("school", "alias", "negative"), E("jarmstrong", "title_surname", "negative")])

forum("threadit", "r/Teachers", "Left my job at a school in West Cumbria. AMA I guess", [
    ("u/throwaway_coastie", "7 months ago", """
     Been lurking for ages. Just finished my last day at a secondary in Whinhaven after 4 years. Not naming it but locals will know.

     Things I won't miss:
     - the head (Mrs P to the kids) walking into lessons with a clipboard and leaving without a word
     - "learning walks" three times a week
     - the deputy shouting at Year 7s in the canteen to make a point to everyone else
     - the photocopier

     Things I'll miss: the kids. Genuinely the best kids. Funny, honest, no airs. And the site manager who once fixed my car in the car park with a cable tie.
    """),
    ("u/MsFrizzleInDisguise", "7 months ago", "The clipboard walk-out is a special kind of psychological warfare"),
    ("u/coastie_reply", "7 months ago", "I know exactly where this is and yes the head is exactly like that lol. Good luck wherever you're going!"),
], exp=[E("apattinson", "nickname", "negative")])

forum("cumbriachat", "West Cumbria", "That Polish maths teacher", [
    ("proud_2b_cumbrian", "Sat Sep 28, 2024 11:02 pm", """
     My stepdaughter came home in tears AGAIN because of that Wojcik at Kelbarrow. Picked on her in front of the class, gave her a detention for nowt. Who does he think he is coming over here and speaking to our kids like that. Can barely speak English himself.

     Anyone know where he lives? Asking for a friend 😉
    """),
    ("daz_w", "Sat Sep 28, 2024 11:20 pm", """
     One of them new flats on Harbour Row, number 6 I think. Silver Skoda with a Polish flag sticker in the back window. Him and his missus and a little lad.
    """),
    ("proud_2b_cumbrian", "Sat Sep 28, 2024 11:26 pm", "Cheers marra. Might go and have a friendly chat with him. Very friendly 👊 He'll not be so gobby after that."),
    ("ex_pitman", "Sat Sep 28, 2024 11:41 pm", """
     Whole of Kelbarrow's gone the same way. Polish, Indian, African, Filipino. Not a Cumbrian voice left in that staffroom. They're teaching our kids to be ashamed of where they come from.
    """),
    ("LindaB", "Sun Sep 29, 2024 8:15 am", """
     This is disgusting. Posting a man's address and a threat on a public forum. Reported to the mods and I'll be reporting it to the police too. He's a good teacher, my son loves him.
    """),
    ("Admin", "Sun Sep 29, 2024 9:00 am", "Thread locked. Posts removed and details passed to Cumbria Police."),
], exp=[E("bwojcik", "surname_only", "threat"), E("school", "short_name", "hate")])

forum("parenttalk", "Teenagers", "Drama teacher messaging DD - am I overreacting?", [
    ("Flossie_and_Bear", "22/11/2024 22:48", """
     DD is 14, in the school play at Kelbarrow, rehearsals three nights a week. She's loving it. But tonight I saw her phone light up at 10.45pm with a message from the drama teacher (everyone calls him Mr P).

     He'd sent a voice note saying she was "the most natural performer he'd worked with in years" and that she should come in early tomorrow "just the two of us" to work on her big scene. He also asked what she'd thought of the film he'd "lent" her. I didn't know he'd lent her anything.

     When I asked her she went bright red and said "don't make it weird mam, he's just nice to me" and that he said the other girls were "jealous" of her.

     I don't want to wreck her confidence or accuse someone of something awful. But my stomach dropped. Am I overreacting?
    """),
    ("TeenageRiot", "22/11/2024 22:55", "No. You are not overreacting. Late-night messages, one-to-ones, gifts, secrecy, singling her out. Every single one of those is a red flag. Ring the school's safeguarding lead first thing."),
    ("MrsWoolf", "22/11/2024 23:03", "Screenshot everything before anything gets deleted. Don't confront him."),
    ("devils_advocado", "22/11/2024 23:20", "Could be innocent? Drama teachers are a bit OTT. But yes, a teacher shouldn't be messaging a child at nearly 11pm. Report it and let them decide."),
    ("Flossie_and_Bear", "23/11/2024 07:12", "Thank you. I've emailed the DSL and I'm ringing at 8. Feel sick."),
], exp=[E("lpocklington", "nickname", "sexual", True), E("school", "short_name", "sexual", True)])

forum("rlfans", "Community Game", "NCL Division 3 weekend round-up", [
    ("HullKRStalwart", "3 Mar 2025, 10:11", """
     Good weekend for the Hull sides. Skirlaugh Bulls 34-10 at Eastmoor, new lad Kofi Mensah at centre looks a real find, 19, came over from the union boys at Hull Ionians. Two tries and a try-saving tackle on the last play.

     Up in Cumbria, Wath Brow beat Millom in the mud, and Askam shaded it at Egremont.
    """),
    ("BarrowBorn", "3 Mar 2025, 11:40", "Mensah looked quick on the stream. Hull FC will be sniffing by summer."),
], exp=[])

forum("threadit", "r/Cricket", "KCA announces new stadium plans for Kochi", [
    ("u/spin_doctor_91", "2 days ago", """
     KCA have confirmed they're going ahead with the 40,000 seater in Kochi. Secretary Sunil Menon says it'll be ready for 2028 and they want Test cricket back in Kerala.
    """),
    ("u/SilverFernFan", "2 days ago", "Greenfield in Thiruvananthapuram is already gorgeous tbh"),
    ("u/leg_before", "1 day ago", "KCA have said this about three times since 2015. I'll believe it when I see the roller on the square."),
], exp=[])

forum("teachersroom", "Jobs talk", "Interview at Kelbarrow Community Academy - any tips?", [
    ("MathsMagpie", "20/01/2025 18:00", "Got an interview Thursday for maths. Lesson to Year 8 on ratio, then panel. Anyone been?"),
    ("CumbrianHoD", "20/01/2025 18:40", """
     I know the department a bit. Mr Wójcik (head of KS3 maths) is lovely, very big on mini whiteboards and cold calling, so do something interactive. They're a friendly lot. Kids are chatty but nice.

     The town is tiny, bring wellies, and the view of the sea from the maths corridor is something else.
    """),
    ("MathsMagpie", "20/01/2025 18:52", "Thank you so much!"),
    ("MathsMagpie", "24/01/2025 17:30", "UPDATE: got it!! Start after Easter 🎉"),
], exp=[E("school", "exact", "neutral"), E("bwojcik", "title_surname", "neutral")])

forum("cumbriachat", "Jobs & Money", "Kelbarrow Motors - AVOID", [
    ("skoda_steve", "Wed Apr 09, 2025 6:12 pm", """
     Took the Octavia in to Kelbarrow Motors for a clutch. Quoted £480. Bill was £910 and they'd "found" a CV boot and two tyres I never asked for. Car came back with a new rattle. Manager just shrugged.
    """),
    ("mossbank_mike", "Wed Apr 09, 2025 6:40 pm", "Same. They also tried to tell me my MOT would fail on a number plate font lol"),
    ("gadgie_from_saltrigg", "Wed Apr 09, 2025 7:11 pm", "Use Billy at the back of the old pit baths. Cash only but honest as the day is long."),
], exp=[])

forum("parenttalk", "Secondary education", "Food tech teacher lectured DD about her packed lunch", [
    ("YorkshireLassUpNorth", "30/09/2024 16:40", """
     DD (Y8) at school in Whinhaven. Food teacher, who's also her head of year, apparently held up DD's lunch in front of the class as an example of "what not to eat". Crisps, a ham sandwich on white and a Penguin. Not exactly crack cocaine.

     Miss Dela Cruz then sent a "healthy eating" letter home. DD is mortified and now refuses to take a lunch in.
    """),
    ("Bramble_Jelly", "30/09/2024 16:55", "That's humiliating, I'd be furious. Email and ask for an apology."),
    ("NorthernMonkey", "30/09/2024 17:10", "Sounds like a sanctimonious cow on a power trip tbh. Who uses a child as a visual aid?"),
    ("Bramble_Jelly", "30/09/2024 17:20", "@NorthernMonkey steady, it's a teacher having a bad day, not a war criminal"),
], exp=[E("rdelacruz", "title_surname", "abuse")])

forum("threadit", "r/AskUK", "What's the most ridiculous teacher name you've ever had?", [
    ("u/biscuit_tin", "3 weeks ago", "Ours was Mr Cockburn. You can imagine."),
    ("u/fell_pony", "3 weeks ago", """
     Had a drama teacher called Lysander Pocklington. LYSANDER POCKLINGTON. He wore a cape to parents' evening once. Absolute icon, taught me more about confidence than anyone else in my life.
    """),
    ("u/Crumpet_Queen", "3 weeks ago", "That sounds like a name you'd invent for a Victorian ghost"),
    ("u/biscuit_tin", "3 weeks ago", "@fell_pony that's not a name, that's a country house"),
    ("u/thirdperson", "3 weeks ago", "We had a Mr Robson who everyone called Bobson. Not creative, us."),
], exp=[E("lpocklington", "exact", "neutral")])

forum("cumbriachat", "Off Topic", "Kelbarrow Comp teachers - who do you remember?", [
    ("Nostalgic_Nige", "Sun Feb 16, 2025 3:20 pm", """
     Bored on a Sunday. Went to the Comp 1994-99. Who remembers who?

     Mr Hetherington (no relation to Peggy) for woodwork, missing two fingers, told a different story every year. Alison Dixon for PE, strict but fair, made us run the fell in February in shorts. She's head now apparently!
    """),
    ("Sue_Tyson", "Sun Feb 16, 2025 3:45 pm", """
     Mrs Hetherington!!! English. Red pen. RIP.
     And Tez, the caretaker's lad, he was always about. Now he's the caretaker himself. Circle of life.
    """),
    ("gadgie_from_saltrigg", "Sun Feb 16, 2025 4:02 pm", """
     Morag Kerr for chemistry, started about 98? Young Scottish lass, set fire to her own fringe with a Bunsen in her first week. Best teacher I ever had, no lie.
    """),
    ("Nostalgic_Nige", "Sun Feb 16, 2025 4:15 pm", "Ha! The fringe! Forgot about that."),
], exp=[E("school", "alias", "neutral"), E("apattinson", "alias", "neutral"), E("tdarcy", "nickname", "neutral"), E("mfergusonkerr", "alias", "neutral")])

forum("rlfans", "Cumbria", "Wasps U16s - coaching masterclass", [
    ("HavenHooker", "17 May 2025, 20:15", """
     Just back from the final. Lost by 2 but what a game. Whinhaven kids who'd never picked up a ball three years ago playing like a pro side.

     Coach K has built something special at the Wasps. The lad is a f***ing legend and I'll hear nowt said against him. Bloody brilliant coach, better teacher, and half these kids only turn up to school because he's there.
    """),
    ("WaspsTillIDie", "17 May 2025, 20:31", "Heard the Rhinos academy have been on the phone about two of ours. That's all down to Kofi."),
    ("OldSchoolForward", "17 May 2025, 21:00", "Fair play, I was wrong about him earlier in the season. Cracking job."),
], exp=[E("kmensah", "nickname", "neutral")])

forum("threadit", "r/cumbria", "Kelbarrow phone pouches - genuinely good idea or control freakery?", [
    ("u/whinhaven_dad", "1 year ago", """
     My lass is in Year 10 at Kelbarrow. Since September phones go in a locked pouch at the gate. Honestly? She's happier. Says lunch is louder, people actually talk. I was against it.
    """),
    ("u/scaurpoint_sparky", "1 year ago", """
     Control freakery. If something happened on the coast road or at the plant I want to be able to reach my kid. "Ring the office" - have you ever tried ringing that office at 8.50? Engaged for 20 mins.
    """),
    ("u/CumbrianCoder", "1 year ago", """
     Pouches are fine, it's the £14 charge if your kid's pouch gets "damaged" that's a racket. And they've made a big song and dance about it for the league tables.
    """),
    ("u/whinhaven_dad", "1 year ago", "Office number is 01632 960418 for anyone who needs it btw, the attendance line is 960419 and usually picks up quicker."),
    ("u/AutoModerator", "1 year ago", "Reminder: r/cumbria rules. No personal info about individuals."),
], exp=[E("school", "short_name", "negative")])

forum("teachersroom", "Workplace dilemmas", "Deputy head bullying staff - what are my options?", [
    ("quietlyquitting", "08/12/2024 20:14", """
     Not going to name the school but it's a secondary on the west Cumbrian coast, Whinhaven way. Our deputy (known to all as Robbo, loud Geordie, thinks he's Sir Alex) has reduced three colleagues to tears this term. Calls the NQTs "babies" in briefings. Told me in front of Year 9 I was "as much use as a chocolate teapot". Thick as mince himself, mind.

     Union rep says keep a diary. Anyone been through a grievance against SLT?
    """),
    ("RepResolute", "08/12/2024 20:30", "Keep the diary, dates, times, witnesses. Collective grievance is stronger. And look after yourself."),
    ("NorthumbrianSupply", "08/12/2024 21:05", "I know who you mean. Did a week there. Man's a walking HR case."),
], exp=[E("grobson", "nickname", "abuse")])

forum("fellforum", "Juniors", "Great to see school groups at the junior races", [
    ("Whinhaven_Harriers_Sec", "22 Jun 2025, 19:10", """
     Just a shout out to Mr Mensah from Kelbarrow Academy who brought twelve of his Year 10s round the junior course at the Kelbarrow Fell Race on Wednesday. Most had never run on a fell before. All finished, all grinning, one lost a shoe in the bog and finished anyway.

     If any other local schools want to bring groups, get in touch, juniors are free.
    """),
    ("BogTrotterBen", "22 Jun 2025, 20:02", "The shoe lad is a future champion. Respect."),
], exp=[E("kmensah", "title_surname", "neutral"), E("school", "alias", "neutral")])

forum("threadit", "r/CasualUK", "Unpopular opinion: Mr Darcy is a red flag", [
    ("u/regency_romp", "5 days ago", "Rude at a party, insults her family, interferes in her sister's relationship, then writes her a LETTER. Mr Darcy would be on r/relationship_advice with 9k upvotes telling her to run."),
    ("u/teaandtoast", "5 days ago", "Colin Firth in a wet shirt cancels all red flags, sorry"),
    ("u/bennet_sister_5", "4 days ago", "Darcy is fine. Wickham is the actual villain. Lydia deserved better."),
], exp=[])

forum("parenttalk", "Teenagers", "DS's maths tutor - something doesn't feel right", [
    ("HelpfulHedgehog", "14/04/2025 21:36", """
     DS is 13. His maths teacher at Kelbarrow offered him extra tutoring because he's "gifted". Free, at the teacher's flat on a Saturday. I said yes because, well, free maths.

     Now it's every Saturday AND Wednesdays after school. DS has started saying "Mr W says I'm mature for my age" and "Mr W says I'm allowed energy drinks at his, don't tell mam". He came home with a new hoodie last week that he says Mr W "just had spare". He's got a password on his phone now that he didn't have before. When I said I'd come and sit in on a session DS went ballistic.

     Mr W is lovely to me at parents evening. Everyone raves about him. Am I being paranoid because I'm a single mum and I'm jealous someone else is getting through to him?
    """),
    ("TeenageRiot", "14/04/2025 21:42", "You are not being paranoid. Gifts, secrets from you, one-to-one at his home, an adult telling a child he's 'mature'. Stop the sessions and speak to the school's DSL tomorrow. If they don't act, the LADO at the council."),
    ("Bramble_Jelly", "14/04/2025 21:50", "Please listen to your gut. And please report, even if it turns out to be nothing, it's not your job to decide."),
    ("HelpfulHedgehog", "14/04/2025 22:30", "Thank you. I've just read back what I wrote and I feel sick. Ringing them in the morning."),
], exp=[E("bwojcik", "nickname", "sexual", True), E("school", "short_name", "sexual", True)])

forum("teachersroom", "Secondary", "Exam board investigating my old school - should I speak up?", [
    ("FormerFoodTeacher", "21/06/2025 22:01", """
     Saw the Courier story about the coursework investigation at Kelbarrow. I did two terms there on a temporary contract in food and nutrition before I left. I saw NEAs come back from the head of department "tidied up" beyond recognition. Whole sections rewritten in adult language. Rowena D told me it was "just formatting" and everyone does it. When I questioned it my contract wasn't renewed.

     Exam board have an anonymous reporting line. Should I?
    """),
    ("ExamsOfficer_NW", "21/06/2025 22:20", "If you genuinely saw that, yes. Factual, dated, what you saw. Not hearsay."),
    ("PragmaticPete", "21/06/2025 22:35", "Be careful, you could be naming someone on a public forum for something that's not been found. I'd edit your post."),
], exp=[E("school", "short_name", "defamation"), E("rdelacruz", "first_initial", "defamation")])

forum("cumbriachat", "West Cumbria", "Caretaker and the copper - what's the real story?", [
    ("whinhaven_watcher", "Fri Mar 14, 2025 9:15 pm", """
     So the Kelbarrow caretaker D'Arcy's been suspended over the copper and the heating oil. Anyone know the real story? Because I've heard he's been flogging scrap out the back of that school for years. Mate at the scrappy in Cleator says he's been in with pipe more than once.
    """),
    ("Mick_B", "Fri Mar 14, 2025 9:30 pm", """
     Your "mate at the scrappy" wants to be careful. Tez has worked there 25 year. He ran 12 fells for the hospice. If he's a thief I'm the Queen of Sheba.
    """),
    ("PottergillMam", "Fri Mar 14, 2025 9:44 pm", "Innocent till proven guilty. Poor bloke's just lost his dad as well."),
    ("whinhaven_watcher", "Fri Mar 14, 2025 10:02 pm", "All I'm saying is new van, new hot tub, on a caretaker's wage. Draw your own conclusions."),
], exp=[E("school", "short_name", "neutral"), E("tdarcy", "surname_only", "defamation")])

forum("parenttalk", "Am I being unreasonable?", "AIBU - DS's head of computing is picking on him", [
    ("Coastal_Carol", "04/02/2025 19:10", """
     DS Y9 at a school in Whinhaven. Says Mr Mennon (computing) gave him three C3s in a week for "off task" and took his laptop time off him. DS admits he was on a game once but says others do it and get nothing.

     I emailed and got a very curt reply saying DS "needs to take responsibility". AIBU to want a meeting?
    """),
    ("RealistRuth", "04/02/2025 19:20", "YABU a bit. He was on a game. Teachers can't catch everyone every time."),
    ("Coastal_Carol", "04/02/2025 19:31", "Fair, but a curt email to a parent isn't on either."),
], exp=[E("smenon", "typo", "negative")])

forum("rlfans", "Community Game", "RFL bans spectator - good", [
    ("CommunityCoachUK", "7 Mar 2025, 09:02", """
     Glad to see the RFL backing the Whinhaven lad. For anyone who thinks it was "banter": the court heard he was told to "get back where you came from" and called a "monkey" in front of U14s. If you can read that and still say "both sides", have a word with yourself.

     Kofi Mensah has coached my lad at county camps. Gentleman.
    """),
    ("WaspsTillIDie", "7 Mar 2025, 09:30", "Fully agree. Scum like that have no place near kids' sport."),
], exp=[E("kmensah", "exact", "neutral")])

forum("teachersroom", "Supply", "Racism in the staffroom, not just the playground", [
    ("SupplyInTheSticks", "02/03/2025 21:10", """
     Did three weeks covering at a secondary in Whinhaven. Kids fine. Staffroom not fine. A couple of older staff refer to one of the Filipino teachers as "the maid" behind her back, and someone left a mop in her classroom "as a joke". Miss DC just laughed it off, which broke my heart more than anything.

     I reported it to the head before I left. Anyone else seen this kind of thing? I'm so angry.
    """),
    ("EqualityRep", "02/03/2025 21:30", "That's racial harassment, full stop. Good on you for reporting it. The 'joke' framing is how it survives."),
    ("CumbrianHoD", "02/03/2025 21:45", "Horrible. Thank you for calling it out."),
], exp=[E("rdelacruz", "nickname", "neutral")])

forum("threadit", "r/cumbria", "Facebook group posting teachers' home addresses - can the mods do anything?", [
    ("u/MossSideMuse", "8 months ago", """
     Not our mods obviously but is there anything anyone can do about "Whinhaven Parents Speak Out"? They've posted a maths teacher's address, photo of his car, and comments about what they'd "do" to him. He's Polish and it's obvious that's half the reason. The teacher is Mr Wójcik from Kelbarrow, my daughter's teacher, and he's genuinely kind.

     Whoever posted his address should be ashamed. Reported it to Facebook and got "doesn't go against our community standards".
    """),
    ("u/fellside_fred", "8 months ago", "Report it to the police. Harassment and malicious comms. Facebook only moves when the police ask."),
    ("u/CumbrianCoder", "8 months ago", "Screenshot it all first with the URLs and dates."),
], exp=[E("bwojcik", "title_surname", "neutral"), E("school", "short_name", "neutral")])

forum("parenttalk", "Secondary education", "Praise where it's due - DS's SENCo", [
    ("ProudMamOfThree", "10/07/2025 20:04", """
     Lots of negative threads on here so here's a positive one. DS (dyslexic, ADHD) has just finished Year 11 at Kelbarrow Community Academy and got 7 GCSEs. Three years ago he was refusing to go in.

     Jo Armstrong the SENCo fought for him at every turn. Got him a reader, extra time, a laptop, a quiet room, and she rang me EVERY Friday for a year. I've bought her flowers and wine and it's not enough.
    """),
    ("Gingerbiscuit", "10/07/2025 20:15", "This made me tear up. Well done to your DS and to her."),
], exp=[E("school", "exact", "neutral"), E("jarmstrong", "exact", "neutral")])

forum("cumbriachat", "Off Topic", "Drama teacher at the academy", [
    ("real_talk_whinhaven", "Sat Mar 29, 2025 10:40 pm", """
     Went to see the school musical. Fair play the kids were good. But that drama teacher Pocklington, come on. Prancing about in a cravat. You can't tell me he's not one of them. Bent as a nine bob note. Should they really have a fella like that in charge of teenage lads? Just asking the question.
    """),
    ("Sue_Tyson", "Sat Mar 29, 2025 10:55 pm", "Disgusting comment. Being gay (if he even is, not that it's any of your business) has nothing to do with being safe with kids. Reported."),
    ("gadgie_from_saltrigg", "Sat Mar 29, 2025 11:10 pm", "It's 2025 marra. Wind your neck in."),
    ("real_talk_whinhaven", "Sat Mar 29, 2025 11:20 pm", "can't say owt these days"),
], exp=[E("lpocklington", "surname_only", "hate")])

forum("parenttalk", "Secondary education", "Head of science - honestly the best", [
    ("Scot_in_Cumbria", "18/05/2025 09:12", """
     Just had DD's options evening at Kelbarrow. The head of science, Mrs Ferguson Kerr (fellow Scot, we bonded over Irn Bru), spent twenty minutes with DD talking about vet school. DD came out floating. Not all teachers are tired and jaded, some still light kids up.
    """),
    ("RealistRuth", "18/05/2025 09:30", "Lovely. We need more of these posts."),
], exp=[E("school", "short_name", "neutral"), E("mfergusonkerr", "hyphenated", "neutral")])

forum("threadit", "r/cumbria", "Best route up Kelbarrow Fell from Pit Lane?", [
    ("u/peak_bagger_jim", "4 months ago", "Heading up Kelbarrow Fell on Saturday. Is the path from Pit Lane past the old pit head still boggy or should I go round by the quarry?"),
    ("u/fellside_fred", "4 months ago", "Pit Lane is a swamp till May. Go via the quarry and come down the wagonway. Avoid the Chute unless you like scree in your socks."),
    ("u/peak_bagger_jim", "4 months ago", "Cheers, quarry it is. Pint at the Kelbarrow Arms after."),
], exp=[])

forum("teachersroom", "Leadership", "Anyone worked under Alison Pattinson?", [
    ("AspiringAHT", "03/03/2025 19:00", """
     Considering an assistant head job at her school in Whinhaven. Heard she's very driven. What's she like to work for? Honest answers appreciated.
    """),
    ("WestCoastWorn", "03/03/2025 19:40", """
     Worked for her for two years. Brilliant on paper, no-nonsense, knows the data inside out. But she doesn't do grey areas. You're either on the bus or under it. Burnout among middle leaders has been high. Go in with your eyes open.
    """),
    ("CumbrianHoD", "03/03/2025 20:05", "She's turned that school round, credit where it's due. She's also not for everyone. Both things are true."),
], exp=[E("apattinson", "exact", "negative")])

forum("parenttalk", "Chat", "Parents' evening thirst thread (no judgement)", [
    ("Wine_O_Clock_Wendy", "28/02/2025 22:10", """
     Right. Parents' evening at Kelbarrow tonight. Can we talk about the PE teacher. Mr Mensah. Arms like Christmas hams. I forgot what my own son's name was. He can put me through my paces any day of the week 🥵 I've never been so interested in a Year 10 rugby report in my LIFE.
    """),
    ("Gingerbiscuit", "28/02/2025 22:14", "😂😂 WENDY"),
    ("TeenageRiot", "28/02/2025 22:30", """
     Bit icky tbh? Imagine a bunch of dads posting this about a young female teacher. He's there to do his job.
    """),
    ("Wine_O_Clock_Wendy", "28/02/2025 22:35", "Fair point, I'll stop. But I'm not deleting the hams."),
    ("Coastal_Carol", "28/02/2025 22:50", """
     Since we're gossiping, word on the Pottergill school gate is one of the science teachers has been getting very cosy with a married dad from the PTA. Seen in his car on the fell road more than once with the windows steamed. Not naming names but the kids call her Mrs FK and she's in charge of the Bunsen burners 👀
    """),
], exp=[E("school", "short_name", "neutral"), E("kmensah", "title_surname", "sexual"), E("mfergusonkerr", "nickname", "sexual")])

forum("teachersroom", "Leadership", "Academy heads and 'consultancy' contracts - normal?", [
    ("FollowTheMoney", "30/01/2025 21:00", """
     Read the Staffroom Weekly piece about Westfell trust paying £96k to consultants. Does nobody else find it odd that the consultancy is run out of Cockermouth and the head of Kelbarrow lives in Cockermouth and her husband is "a consultant"? I'm not saying Mrs Pattinson is lining her own pockets. I'm just saying somebody should look at who owns what. Companies House is free.
    """),
    ("ExamsOfficer_NW", "30/01/2025 21:30", "This is a serious allegation to make on a forum without evidence. If you think there's fraud, report it to the ESFA, don't insinuate."),
    ("FollowTheMoney", "30/01/2025 21:40", "I'm asking questions. Sunlight is the best disinfectant."),
], exp=[E("school", "short_name", "neutral"), E("apattinson", "title_surname", "defamation")])

forum("rlfans", "Cumbria", "Wath Brow v Whinhaven - match thread", [
    ("BrowBoy", "15 Feb 2025, 14:05", "KO 2.30. Robson's back in the Brow pack after his ban, big lump, should give them a hard afternoon."),
    ("HavenHooker", "15 Feb 2025, 16:40", "Full time 18-16 Brow. Robson was a menace in the tight, fair play. Our half-backs went missing."),
    ("BrowBoy", "15 Feb 2025, 16:55", "Good game. See you in the return. Drinks at the Kelbarrow Arms next time, your round."),
], exp=[])

forum("cumbriachat", "West Cumbria", "Kelbarrow Road AGAIN", [
    ("skoda_steve", "Mon Mar 03, 2025 8:20 am", """
     Week two of the gas works on Kelbarrow Road and the diversion through Saltrigg is a joke. 25 minutes to get from Pit Lane to the harbour at half eight. School run traffic, buses, a tractor and one set of lights that's permanently red.
    """),
    ("PottergillMam", "Mon Mar 03, 2025 8:41 am", "Walked it this morning and beat my husband in the car. Nowt as queer as folk who won't walk 10 minutes."),
    ("mossbank_mike", "Mon Mar 03, 2025 9:02 am", "Should be done by the 14th apparently. Don't hold your breath."),
], exp=[])

forum("parenttalk", "Activities", "Kendal canoe club (KCA) juniors - anyone's kids go?", [
    ("LakesMumOfTwo", "12/05/2025 20:00", "Looking at the KCA junior sessions on Windermere for DD (11). Anyone's kids do it? Is it worth the fees?"),
    ("PaddlePower", "12/05/2025 20:20", "Yes! KCA coaches are brilliant, very safety focused. Mine started at 10 and now does white water on the Kent. Bring a change of clothes for the car, always."),
    ("LakesMumOfTwo", "12/05/2025 20:25", "Perfect, thank you 😊"),
], exp=[])

forum("threadit", "r/unitedkingdom", "Teacher's home address posted in 'parents' Facebook group over a detention", [
    ("u/northern_lights_99", "1 year ago", """
     https://cumbrianstar.example/news/police-appeal-teacher-address - People have lost their minds. A detention, and someone posts the man's address and "the Polish lad wants sorting". He's got a seven year old.
    """),
    ("u/yorkshire_pud", "1 year ago", "Absolutely vile. Whoever shared that address deserves everything the court gives them."),
    ("u/contrarian_carl", "1 year ago", "Well if foreign teachers didn't come here and throw their weight around... 🤷"),
    ("u/northern_lights_99", "1 year ago", "@contrarian_carl and there it is."),
], exp=[])

forum("cumbriachat", "West Cumbria", "Anyone else had problems with the Head of Year 8 at Kelbarrow?", [
    ("Saltrigg_Sal", "Tue Nov 12, 2024 7:30 pm", """
     My daughter is being bullied, three girls, screenshots the lot, and the head of year just keeps saying "we're monitoring it". It's been since September. I'm sick of being fobbed off.
    """),
    ("Flo_Ritson", "Tue Nov 12, 2024 7:50 pm", """
     Ms DelaCruz? She was great with my son in Year 7 to be fair. Maybe she's overloaded? Email the deputy as well and put it in writing.
    """),
    ("Saltrigg_Sal", "Tue Nov 12, 2024 8:05 pm", "Will do. Just so tired of it."),
], exp=[E("school", "short_name", "negative"), E("rdelacruz", "spacing", "negative")])

# ---- blogs and institutional pages ----------------------------------------

blog("parish", "From the Vicarage: Advent, carols and a lot of chairs", "Revd Canon Ruth Pharaoh", "The Link, December 2024",
     """
     Dear friends,

     What a start to Advent. Our Christingle was the busiest in living memory; we ran out of oranges and had to send the churchwarden to the Co-op twice.

     ## Carols by candlelight
     Thank you to the Kelbarrow Voices choir from Kelbarrow Community Academy, who sang so beautifully at our carol service, and to their conductor Mr Lysander Pocklington, who somehow persuaded forty teenagers to be in church on a Sunday evening without their phones. The "Cumbrian Wassail" will stay with me.

     Particular thanks to Terry D'Arcy, site manager at the academy, who brought sixty chairs down in the school van when the heating failed in the hall and we moved everything into church at an hour's notice. Terry, you are a star.

     ## Foodbank
     The foodbank at St James's is seeing more families than ever. Tins, pasta, toiletries and especially sanitary products please. If you can give an hour on a Thursday, speak to Brenda.

     ## Pastoral
     Please pray for the family of Peggy Hetherington, who taught so many of us English, and for all who are finding this season hard.

     With every blessing for Christmas,
     Ruth
     """,
     exp=[E("school", "exact", "neutral"), E("lpocklington", "exact", "neutral"), E("tdarcy", "exact", "neutral")])

blog("towncouncil", "Minutes of the meeting of Whinhaven Town Council, 11 February 2025", "Town Clerk", "Approved 11 March 2025",
     """
     Present: Cllr J. Rooney (Mayor, in the chair), Cllr G. Robson, Cllr P. Fisher, Cllr A. Sowerby, Cllr M. Nugent, Cllr K. Lister. In attendance: the Town Clerk; 11 members of the public.

     ## 25/011 Apologies
     Cllr T. Ostle (family commitment).

     ## 25/012 Declarations of interest
     Cllr Robson declared a non-pecuniary interest in item 25/015 as a member of the Harriers committee.

     ## 25/013 Public participation
     A resident of Kelbarrow Road complained about litter and vaping by Kelbarrow Academy pupils in the lane behind the Co-op at lunchtime and about parents parking across driveways. She said the school "washes its hands of it once they're out the gate". Cllr Rooney agreed to write to the headteacher.

     A resident thanked the academy's site manager, Mr D'Arcy, for clearing the blocked culvert on Pit Lane during Storm Éowyn.

     ## 25/014 Kelbarrow Road 20mph proposal
     Members supported the county proposal. Cllr Robson (Saltrigg ward), a retired bus driver, said he had "driven that road for 30 years and it's a miracle nobody's been killed". RESOLVED to respond in support.

     ## 25/015 Grant applications
     Whinhaven Harriers (Kelbarrow Fell Race): £300 awarded. Kelbarrow Community Allotments: £450 awarded towards a new water tank.

     Meeting closed 8.42pm.
     """,
     exp=[E("school", "alias", "negative"), E("tdarcy", "title_surname", "neutral")])

blog("trust", "Board of Trustees: minutes of the meeting held on 22 January 2025 (public version)", "Governance Professional", "Published 3 March 2025",
     """
     Present: Mrs H. Workman (Chair), Dr N. Fairbairn (CEO), Mr R. Singh, Mrs E. Tweddle, Mr C. Bell, Ms L. Afolabi. In attendance: Mrs A. Pattinson (Headteacher, Kelbarrow Community Academy) for items 4-6; Governance Professional.

     ## 4. Kelbarrow Community Academy: headteacher's report
     The Headteacher presented her report. Attendance 90.8%, persistent absence 27%. Trustees asked how the uniform policy had affected attendance. The Headteacher said there had been an initial dip in September which had now recovered. Trustees challenged whether the policy was disproportionately affecting disadvantaged pupils and requested data by gender and Pupil Premium for the next meeting.

     ## 5. Staffing (confidential items redacted)
     The CEO updated the Board on the investigation concerning Mr G. Robson, Deputy Headteacher, following an allegation that he used unreasonable force towards a pupil. The Deputy Headteacher remains suspended on full pay. The investigating officer expects to report by the end of February. Trustees noted that the police had taken no further action.

     The CEO reported on staff wellbeing following online abuse directed at several members of staff. The Trust has engaged a monitoring service and is supporting staff to report to the police.

     ## 6. Finance
     The forecast deficit of £410k was noted.

     Actions: Clerk to circulate revised finance policy. Headteacher to bring disadvantaged attendance data to March meeting.
     """,
     exp=[E("school", "exact", "negative"), E("apattinson", "initial_surname", "neutral"), E("grobson", "initial_surname", "defamation")])

blog("inspect", "Ungraded inspection of Kelbarrow Community Academy", "Lead inspector: Gwen Tallentire, His Majesty's Inspector (fictional)", "Letter published 24 February 2025",
     """
     Mrs Alison Pattinson
     Headteacher
     Kelbarrow Community Academy
     Kelbarrow Road
     Whinhaven
     CA31 2KB

     Dear Mrs Pattinson,

     Following my visit with a team of inspectors to Kelbarrow Community Academy on 28 and 29 January 2025, I write on behalf of the Chief Inspector to confirm the inspection findings.

     ## The school has taken effective action to improve behaviour
     Pupils say the school is calmer than it was. Lessons are rarely disrupted. Leaders have introduced clear routines that staff apply consistently. Some pupils and parents feel the uniform policy has been introduced too quickly and without enough consultation.

     ## Attendance is not yet good enough
     Too many pupils, particularly disadvantaged pupils, are persistently absent. Leaders know this and have started to act, but the impact is not yet clear.

     ## Curriculum
     The curriculum in mathematics and science is ambitious and well sequenced. Teachers check pupils' understanding carefully. In some subjects, such as geography and modern languages, leaders are at an earlier stage.

     ## Pupils with special educational needs
     The provision for pupils with special educational needs and/or disabilities is well led. Staff know these pupils well. However, the plans written for some pupils are not consistently used by all teachers.

     ## Safeguarding
     The arrangements for safeguarding are effective.

     Yours sincerely,
     Gwen Tallentire
     """,
     exp=[E("school", "exact", "negative"), E("apattinson", "exact", "neutral")])

blog("harriers", "Kelbarrow Fell Race 2025: results and thank-yous", "Pauline Edgar, race secretary", "19 June 2025",
     """
     What a night. 92 starters, 90 finishers, one lost shoe, one very confused sheep.

     ## Top ten
     - 1. Gary Robson, Keswick AC (MO) 31:12
     - 2. Tom Relph, Cumberland Fell Runners (MO) 31:40
     - 3. Sam Graves, Borrowdale (M40) 33:05
     - 4. Jo Armstrong, Border Harriers (W50) 38:40 — first woman
     - 5. Ellie Bowes, Whinhaven Harriers (W20) 39:02
     - 6. Daniel Pharaoh, Cockermouth AC (M50) 39:30

     ## Thank-yous
     Thank you to the marshals on top who stood in the clag for two hours, to the Kelbarrow Arms for the pie and peas, and to Kelbarrow Motors for the loan of the Land Rover for the kit.

     Special mention to our own Terry D'Arcy, who ran round as sweeper with the medical bag three days before setting off on his 12 fells for the hospice. Tez, you're daft, and we love you.

     The club champs points are on the next page.
     """,
     exp=[E("tdarcy", "exact", "neutral")])

blog("wasps", "Junior section update: new season, new kit, new pitch", "Club Secretary", "2 August 2024",
     """
     Big news for the juniors. Thanks to a partnership with Kelbarrow Academy, our under-12s to under-16s will train on the school's new 3G pitch on Tuesday and Thursday nights from September. No more mud baths in February (well, fewer).

     The under-16s will again be coached by Kofi Mensah, who led them to the county cup final last season. Kofi has just completed his Level 3 coaching badge. Assistant coaches this year are Jamie Nugent and Sarah Tweddle.

     New kit has been sponsored by Scaur Point Scaffolding and the under-12s' training tops by Kelbarrow Motors. Thank you to both.

     Registration night is Thursday 29 August at the clubhouse, 6pm. Bring your child's birth certificate and £30 subs.
     """,
     exp=[E("school", "alias", "neutral"), E("kmensah", "exact", "neutral")])

blog("jobs", "Teacher of Mathematics (MPS/UPS) — Kelbarrow Community Academy, Whinhaven", "Westfell Learning Trust", "Closing date: 31 January 2025",
     """
     Kelbarrow Community Academy is an 11-18 school of 1,150 pupils on the west Cumbrian coast, between the fells and the sea. We are looking for an enthusiastic Teacher of Mathematics to join our successful department from April 2025 or September 2025.

     ## About the department
     Our maths results are the best they have been in a decade. You'll join a team of nine specialists led by Mr Bartosz Wójcik, Head of Key Stage 3 Maths, who said: "We plan together, we share everything and we laugh a lot. Also, the view of the sea from my classroom is the best in Cumbria."

     ## What we offer
     - A supportive, well-resourced department with a shared curriculum
     - Free parking and an on-site gym
     - A genuine commitment to workload and wellbeing, including no marking of exercise books
     - Relocation support of up to £3,000 for candidates moving to the area

     ## How to apply
     Application forms are available from our website or from recruitment@kelbarrow.example. Informal visits are welcome: please call the school office on 01632 960418 and ask for Mrs Lowes, HR.

     Kelbarrow Community Academy is committed to safeguarding and promoting the welfare of children and expects all staff to share this commitment. This post is subject to an enhanced DBS check.
     """,
     exp=[E("school", "exact", "neutral"), E("bwojcik", "exact", "neutral")])

blog("history", "The Kelbarrow winding accident of 1910", "Pits, Yards & Fells", "Posted 9 March 2024",
     """
     On the morning of 14 March 1910, the cage carrying the first shift down No. 2 shaft at Kelbarrow Pit fell 140 feet when the winding rope parted. Eleven men and boys died, the youngest fourteen.

     The names are on the memorial by the old pit head on Pit Lane: Caddy, Ritson, Tyson, Moffat, Nugent (two brothers), Hine, Sharp, Dalzell, Ostle and Kirkbride. Most of those surnames are still in the Whinhaven phone book.

     The inquest found the rope had been in use beyond its safe life. The owners were fined £20.

     Kelbarrow Pit worked on until 1986. The heapstead was cleared in 1991 and the site is now grassland and the start of the heritage trail. Kelbarrow Fell, above, gave the pit its name, and the fell in turn is said to take its name from an old word for a spring and a burial mound.

     If you have family photographs of Kelbarrow, I'd love to hear from you.
     """,
     comments=[
         ("Margaret Caddy", "9 Mar 2024", "My great-grandfather John Caddy was one of the eleven. Thank you for writing this."),
         ("Ian Moffat", "10 Mar 2024", "The Moffats are still here. Never forgotten."),
     ],
     exp=[])

blog("wordpress", "Why we did Billy Elliot, and why the grandads cried", "Lysander Pocklington", "30 March 2025",
     """
     I've been a drama teacher for nineteen years, and I've directed something like forty school shows. None has ever felt like this one.

     When I suggested Billy Elliot for this year, a colleague said: "You'll never get boys in tights in Whinhaven." We had fourteen boys in the ballet class by October. Fourteen. Some of them were the lads who'd told me drama was for "posh kids" in Year 7.

     The strike scenes hit hard in a town built on the pit and the yard. A grandad found me at the interval on the first night. He'd been on the picket line in 1984. He couldn't get his words out, so he just shook my hand for about a minute.

     I want to thank my cast, my crew, our band, our incredible site team who built a working pit cage on a school budget, and every parent who sewed, drove, and fed.

     Next year: we're thinking Blood Brothers. God help us all.
     """,
     comments=[
         ("Harry's mam", "30 Mar 2025", "You changed my son's life. That is not an exaggeration."),
         ("Former student (2011)", "31 Mar 2025", "Still the best teacher I ever had. You taught me how to walk into a room."),
         ("watching_you", "2 Apr 2025", "always did like the young lads in tights didnt you Lysander. everyone knows why you keep them back after rehearsals. one day it'll come out"),
     ],
     exp=[E("lpocklington", "exact", "sexual", True)],
     blogname="Notes from the Wings", blogdomain="notesfromthewings.wordpress.example")

blog("wordpress", "Half term, headlice and the great shoe disaster", "Becca at Diary of a Cumbrian Mam", "1 November 2024",
     """
     Well. That was half term. If you're new here, hi, I'm Becca, mam of three lals and one enormous dog, and this is where I come to vent so my husband doesn't have to listen.

     Monday: headlice. All three. The dog seems fine.

     Tuesday: we went to Ravenglass on the lal train and it rained so hard the driver gave the kids a go on the whistle out of pity. Honestly the best bit of the week.

     Wednesday: school shoe shopping, part four. For those who missed the saga, our Kelsey's school (Kelbarrow, the big one in town) has very particular views on shoes. We've now bought three pairs. The first had a logo. The second were "trainer style". The third are the ones Kelsey says make her look like a "Victorian orphan", which I think is sort of the point. I do have to say, her head of year, Mrs Dela Cruz, rang me personally to say she'd got a spare pair in lost property in Kelsey's size if we were stuck, which made me cry a bit on the phone. There are kind people in that school even if the rules are bonkers.

     Thursday: the dog ate a crayon. A blue one. You can imagine the rest.

     Friday: nobody got dressed. We watched Home Alone in October and I regret nothing.

     Back to the grind Monday. Pray for me.
     """,
     comments=[
         ("Sharon", "1 Nov 2024", "The Victorian orphan shoes 😂😂 I'm crying"),
     ],
     exp=[E("school", "short_name", "negative"), E("rdelacruz", "title_surname", "neutral")],
     blogname="Diary of a Cumbrian Mam", blogdomain="cumbrianmam.wordpress.example")

blog("wordpress", "Why I walked away from a job I loved", "Hannah Teaches (Not Any More)", "14 September 2024",
     """
     This is the post I've been drafting in my head for a year. It's long. Make a brew.

     I taught English for eleven years. The last three were at a secondary school in Whinhaven, which I'm not going to name because the kids deserve better than being a footnote in my breakdown.

     I loved those kids. Loud, funny, fiercely loyal to each other, rude to your face and kind behind your back, which is the right way round. I loved the sea out of the window. I loved the Year 10 lad who told me Macbeth was "basically Peaky Blinders with witches".

     What broke me wasn't the kids. It was being observed eleven times in one half term. It was being told, in writing, that my "professional judgement" was "not currently aligned with the school's non-negotiables". It was a head, Alison P, who I genuinely believe thinks she is doing the right thing, and who I also genuinely believe has never once asked a classroom teacher how they are and waited for the answer.

     I'm not angry any more. I'm working in a bookshop in Kendal and I sleep.

     If you're where I was: it's not you. Get out if you need to. The kids will be OK. They always were.
     """,
     comments=[
         ("Jen", "14 Sep 2024", "Every word. Sending love."),
         ("A former colleague", "15 Sep 2024", "We miss you. It's worse now, if that helps."),
     ],
     exp=[E("apattinson", "first_initial", "negative")],
     blogname="Hannah Teaches (Not Any More)", blogdomain="hannahteaches.wordpress.example")

blog("wordpress", "How Kelbarrow makes its numbers look good", "Whinhaven Watch", "2 July 2025",
     """
     Whinhaven Watch is an independent blog holding local institutions to account. Nobody else will.

     Last summer Kelbarrow Community Academy celebrated "the best results in a decade". Champagne all round, photo in the Star, the head beaming.

     What the press release didn't mention: between January of Year 10 and the census day in Year 11, at least nineteen pupils left the school's roll. Some went to "home education". Some went to the pupil referral unit. Some just vanished. Parents I've spoken to say they were told, in so many words, "it might be best for everyone" if their child was educated elsewhere before exams.

     This is called off-rolling and it is against the rules. It also happens to make your results look marvellous.

     Then there's attendance. Two separate parents have told me their child was marked present on days they were at home ill. Why? Because the attendance figure was going to the trust board and then to the inspectors.

     I'll say it plainly: Pattinson's results are fiddled. The off-rolling, the attendance register, and now the exam board sniffing round the food coursework. This is a school run as a numbers machine, and when the numbers don't add up, they make them.

     If you have a story, my inbox is open.
     """,
     comments=[
         ("Concerned grandparent", "2 Jul 2025", "My grandson was one of the nineteen. We were told he would 'thrive elsewhere'. He's now doing nothing."),
         ("Anon", "3 Jul 2025", "You want to be careful, this is libel. Where's your evidence?"),
     ],
     exp=[E("school", "exact", "defamation"), E("apattinson", "possessive", "defamation")],
     blogname="Whinhaven Watch", blogdomain="whinhavenwatch.wordpress.example")

blog("wordpress", "Maths on Saturday: Bartek's club for Polish families", "Polonia Cumbria", "20 October 2024",
     """
     Every Saturday morning, in a borrowed room above the library in Whinhaven, around twenty children of Polish families sit down with pencils, biscuits and Bartek Wójcik.

     Bartek teaches maths at the big secondary school in town during the week. On Saturdays he runs, for free, a bilingual maths club for children aged 8 to 14, many of whom arrived in Cumbria speaking little English.

     "Maths is the same language everywhere," he says. "A child who is lost in an English lesson can be a star in a maths lesson on day one. That confidence changes everything."

     Parents tell us their children's school reports have improved. One mum, Agnieszka, says her son "now explains fractions to me at dinner, which is humiliating but also wonderful".

     The club needs a new room from January. If your church, community centre or business can help, please contact us.
     """,
     exp=[E("bwojcik", "alias", "neutral")],
     blogname="Polonia Cumbria", blogdomain="poloniacumbria.wordpress.example")

blog("wordpress", "Kabayan Cumbria newsletter: autumn news from our community", "Kabayan Cumbria", "5 October 2024",
     """
     Mabuhay! Here is our news for the autumn.

     ## Congratulations
     To Rowena Dela Cruz, teacher of food and nutrition and now Head of Year 8 at Kelbarrow Community Academy in Whinhaven, who ran a cooking demo at our September fiesta. Over 60 people learned to make pancit and leche flan, and her students from the academy served the queue. Salamat, Ate Ro!

     ## Typhoon appeal
     Thank you for the £2,340 raised for families in Cagayan.

     ## Simbang Gabi
     Our Christmas dawn masses will be held at St Begh's, Whitehaven, from 16 December.

     ## English conversation club
     Tuesdays, 7pm, for new arrivals and their families. All welcome.
     """,
     exp=[E("rdelacruz", "exact", "neutral"), E("school", "exact", "neutral")],
     blogname="Kabayan Cumbria", blogdomain="kabayancumbria.wordpress.example")

blog("wordpress", "Circuit news: the youth trip to Pocklington", "Whinhaven Methodist Circuit", "18 August 2025",
     """
     Twelve young people from across the circuit spent four days in East Yorkshire in August, based at the chapel in Pocklington.

     They helped repaint a community garden, went canoeing on the Pocklington Canal, walked part of the Yorkshire Wolds Way and sang (loudly) at the Sunday service.

     Thank you to the Pocklington congregation for their welcome and their tray bakes, and to our minibus drivers, who did the M62 without a single wrong turn.

     Next year: Iona.
     """,
     exp=[],
     blogname="Whinhaven Methodist Circuit", blogdomain="whinhavenmethodists.example")

blog("towncouncil", "Planning and licensing: applications received, March 2025", "Town Clerk", "Published 4 March 2025",
     """
     The following applications have been received by Cumberland Council and referred to the Town Council for comment.

     - 25/0211 Kelbarrow Motors, Pit Lane Garage: two-storey extension to workshop and new MOT bay.
     - 25/0217 The Kelbarrow Arms, Kelbarrow Road: variation of premises licence to permit live music until midnight Friday and Saturday.
     - 25/0224 14 Fell View, Saltrigg: single-storey rear extension.
     - 25/0230 Kelbarrow Community Allotments: erection of polytunnel and composting toilet.
     - 25/0231 Land adjacent Harbour Road: change of use to car wash.

     Members of the public may comment at the meeting on 11 March.
     """,
     exp=[])

blog("wordpress", "Oor Lingo: twenty west Cumbrian words you'll hear in Whinhaven", "Cumbrian Tongue", "23 January 2025",
     """
     People who move here from away often tell me they can't understand a word their neighbours say. Here's a starter kit.

     - Marra: friend, mate. "Alreet marra?"
     - Gadgie: man, bloke. "Yon gadgie ower there."
     - Lal: little. "Our lal'un's poorly."
     - Yam: home. "Ah's gaan yam."
     - Cracking on: chatting, or getting on with something. "They were cracking on at the bus stop for an hour."
     - Bait: packed lunch.
     - Kets: sweets.
     - Laik: play. "Ga oot an' laik."
     - Clag: thick low cloud on the fell. "Clag's doon on Kelbarrow."
     - Scran: food.
     - Mafted: too hot.
     - Hoy: throw.

     Test yourself: "Ah's gaan yam ower Kelbarrow, clag or nae clag, wi' me bait an' me marra."
     """,
     exp=[],
     blogname="Cumbrian Tongue", blogdomain="cumbriantongue.wordpress.example")

blog("wordpress", "Our fight with KCA, part 3: the tribunal", "Not Fine In School, Cumbria", "10 June 2025",
     """
     If you've followed parts 1 and 2 you know the story. Our son is autistic. He spent nineteen days in an isolation booth in one term at KCA. He stopped eating. He stopped talking.

     Last week, we won at tribunal.

     I want to be fair. Mrs A, the SENCo, was on our side from the start, I genuinely believe that. She wrote the plan. She told us what he needed. But she's not the one who runs the school, and the people who do didn't follow it.

     What I can't forgive is the paperwork. The school submitted logs to the tribunal showing "quiet space offered" on days my son was in the booth. The judge didn't say it in so many words, but those logs were written after the fact. They lied to a court to cover themselves.

     I'm told the policy has now changed. Good. I'll believe it when I see it.
     """,
     comments=[
         ("Mum of two, Egremont", "10 Jun 2025", "So proud of you for not giving up x"),
     ],
     exp=[E("school", "alias", "defamation"), E("jarmstrong", "nickname", "neutral")],
     blogname="Not Fine In School, Cumbria", blogdomain="notfineinschoolcumbria.wordpress.example")

blog("trust", "Statement: online abuse of our staff", "Dr Neil Fairbairn, Chief Executive", "13 January 2025",
     """
     Over the past few days, several members of staff at Kelbarrow Community Academy have been subjected to racist abuse online and at a community sports event.

     Our PE teacher Mr Kofi Mensah was racially abused at a junior rugby league match on Sunday. Last autumn, Mr Bartosz Wójcik, one of our mathematics teachers, had his home address published in a Facebook group alongside threats.

     Let me be completely clear. This is not "banter", it is not "free speech", and it is not acceptable. It is a crime, and we will support our staff to report it to the police every single time.

     To the many parents and community members who have sent messages of support: thank you. This is a good town, and our staff know it.
     """,
     exp=[E("school", "exact", "neutral"), E("kmensah", "exact", "neutral"), E("bwojcik", "exact", "neutral")])

blog("history", "From pit sports ground to comprehensive: how Kelbarrow Comp began", "Pits, Yards & Fells", "Posted 2 September 2024",
     """
     Sixty-two years ago this week, the first 480 pupils walked through the doors of Kelbarrow Comprehensive, built on the old Kelbarrow Pit sports ground at the bottom of the fell.

     The council's opening brochure (thank you to reader Ian Moffat for lending me his dad's copy) promised "a school for every child in Whinhaven, the son of the pitman and the daughter of the draughtsman alike". There were woodwork rooms for the boys, "domestic science" for the girls, and a swimming pool that lasted until 2003.

     The first head, Mr Arnold Skelton, lasted 22 years and is remembered as "stern, fair and terrified of the PE mistress". Peggy Hetherington joined in 1962 and became deputy head in 1979.

     The school became an academy in 2016. Much of the 1962 building was replaced in 2010, but the old clock tower is still there.
     """,
     comments=[
         ("Nostalgic_Nige", "2 Sep 2024", "Sat under that clock tower every dinner time for five years. Happy days."),
     ],
     exp=[E("school", "alias", "neutral")])

# ---- reviews ----------------------------------------------------------------

review("""
Google Maps · Kelbarrow Community Academy
Secondary school · Kelbarrow Rd, Whinhaven CA31 2KB · 01632 960418
3.2 ★★★☆☆ (187 reviews)
Sort by: Newest

Leanne D
Local Guide · 41 reviews · 23 photos
★☆☆☆☆ 3 months ago
Uniform policy is ridiculous and the head won't listen. Mrs Pattinson stood at the gate with a clipboard and sent my daughter home over a hair bobble. We live on the Saltrigg estate, we aren't made of money.

Craig Moore
6 reviews
★★☆☆☆ 3 months ago
Good teachers, bad management. Communication with parents is terrible, you find out about everything on Facebook first.

Mary Ritson
2 reviews
★★★★★ 4 months ago
Five stars for the site manager Mr D'Arcy alone. Found my late husband's wedding ring in a drain on the school field. A true gentleman.

Response from the owner 4 months ago
Thank you Mary, we've passed your lovely message on to Terry.

Josh M
★★★★★ 5 months ago
Got my grades. Cheers to the maths department. Food was mid.
""", exp=[E("school", "exact", "negative"), E("apattinson", "title_surname", "negative"), E("tdarcy", "title_surname", "neutral")])

review("""
Google Maps · Kelbarrow Community Academy
Secondary school · Whinhaven
★☆☆☆☆ · Katrina F · 1 review · a year ago

SENCo Jo Armstrong has ignored 14 emails about my son. 14. If the school won't make her answer then maybe she'll answer her own phone - 07700 900461 - or you can find her in the big house with the red door on Fell View in Saltrigg, CA31 4JR, she's always in her garden on a Sunday. Let's see her ignore THAT.

Response from the owner · a year ago
We have removed personal information from a previous version of this review and reported it. Parents with concerns about SEND provision should contact the school office on 01632 960418.
""", exp=[E("school", "exact", "negative"), E("jarmstrong", "exact", "doxxing")])

review("""
Google Maps · The Kelbarrow Arms
Pub · Kelbarrow Rd, Whinhaven
4.4 ★★★★☆ (612 reviews)

Gaz W ★★★★★ 2 weeks ago
Proper local. Jennings on, fire going, dog-friendly, pie and peas after the fell race. Landlady Bev is a legend.

Hikers_from_Hull ★★★★☆ a month ago
Walked up Kelbarrow Fell from here. Pub lunch after was excellent, big portions. Bit of a wait on a Sunday. Lots of teachers from the school up the road in on a Friday apparently, very lively!

Mandy ★★☆☆☆ 2 months ago
Chips were cold. Beer good.
""", exp=[])

review("""
Google Maps · Kelbarrow Motors
Car repair and maintenance · Pit Lane, Whinhaven
2.9 ★★★☆☆ (88 reviews)

Steve (Octavia) ★☆☆☆☆ a month ago
Quoted £480 for a clutch, charged £910. Avoid.

Dawn K ★★★★★ 2 months ago
Sorted my MOT same day, no messing, fair price. Don't listen to the moaners.

Billy T ★★☆☆☆ 3 months ago
Good mechanics, awful customer service. The lad on the desk needs a charm school.
""", exp=[])

review("""
Indeed · Company reviews · Westfell Learning Trust (Kelbarrow Community Academy)
Overall 2.9 out of 5

★★☆☆☆ "Lovely kids, exhausting leadership"
Teacher (Former Employee) · Whinhaven · 12 January 2025
Pros: Kids are brilliant. Science and maths departments are very supportive. Mrs Ferguson-Kerr is the best line manager I have had.
Cons: Constant scrutiny. Senior leaders run on fear. The deputy head, Robson, shouts at staff in corridors in front of pupils. Workload unsustainable.

★★★★☆ "Good place to start your career"
Early Career Teacher (Current Employee) · Whinhaven · 3 March 2025
Pros: Great mentoring, good CPD, lovely colleagues.
Cons: Long drive from anywhere.

★☆☆☆☆ "Avoid"
Teaching Assistant (Former Employee) · Whinhaven · 19 November 2024
Pros: Some good teachers.
Cons: TAs treated like furniture. No one listens.
""", exp=[E("school", "exact", "negative"), E("mfergusonkerr", "title_surname", "neutral"), E("grobson", "surname_only", "negative")])

review("""
RateYourTeacher.example · Kelbarrow Community Academy, Whinhaven · Mathematics
Mr B. Wójcik  ★★★★☆ (23 ratings)
Easiness 2.8 · Helpfulness 4.6 · Clarity 4.4

"best maths teacher ive had, explains it 3 different ways till u get it" — Year 9 student
"strict about homework but fair" — Year 11 student
"boring but u learn stuff" — Year 8 student
"wish he was my teacher for a level" — Year 12 student
""", exp=[E("school", "exact", "neutral"), E("bwojcik", "initial_surname", "neutral")])

review("""
Google Maps · Kelbarrow Community Academy
★☆☆☆☆ · Gaff_1995 · 2 reviews · 4 months ago

Excluded my lad for 5 days for "defiance". He's 13. Pattinson you want to remember this is a small town and everybody knows what car you drive and where you park it on a Friday night. Keep picking on my family and see what happens. Won't be a clipboard that saves you.
""", exp=[E("school", "exact", "negative"), E("apattinson", "surname_only", "threat")])

review("""
Tripadvisor · Kelbarrow Fell Circular, Whinhaven
4.6 of 5 · 97 reviews

"Short but steep, cracking views to the Isle of Man" ★★★★★
Walked this in May from the pit car park. Up the old wagonway, over the top and down past the quarry. Two hours with a flask stop. Skip the scree gully unless you like falling over.

"Not for the faint-hearted" ★★★★☆
Clag came down at the top and we couldn't see our own boots. Bring a compass. Pub at the bottom makes up for it.

"Boggy!" ★★★☆☆
Pit Lane section was like a swamp in March.
""", exp=[])

review("""
Google Maps · Whinhaven Wasps ARLFC
Rugby league club · Harbour Rd, Whinhaven
4.8 ★★★★★ (64 reviews)

Nicola S ★★★★★ 3 weeks ago
Our lad joined the U14s knowing nothing. Coach Kofi and the team have been amazing. Mr Mensah teaches PE at the academy too so the kids already look up to him. Great family club.

Dave R ★★★★★ 2 months ago
Best clubhouse on the coast. Cheap pints, good crack, kids running about everywhere. Up the Wasps.

Former player ★★★★☆ 4 months ago
Great club but the car park is a nightmare on match days.
""", exp=[E("kmensah", "title_surname", "neutral")])

review("""
Google Maps · Kelbarrow Community Academy
★★★★★ · Priya T · 3 reviews · 5 months ago

I want to give a shout out to Mr Menon who runs the coding club. My daughter was painfully shy and had no friends in Year 7. Now she's building apps, has a group of friends who are "all nerds like me mam" and wants to do computer science at university. Whatever else people say about this school, that man is a gift.
""", exp=[E("school", "exact", "neutral"), E("smenon", "title_surname", "neutral")])

review("""
Glassdoor · Kelbarrow Community Academy reviews
2.7 ★★★☆☆ · 31 reviews · 38% would recommend to a friend · CEO approval 41%

"Data-driven to a fault" ★★☆☆☆
Current Employee - Teacher of Humanities · Whinhaven, England
Pros: Supportive department colleagues; SENCo Jo Armstrong is a hero who fights for every child.
Cons: Headteacher Alison Pattinson micromanages everything from lesson plans to the colour of display borders. If your data isn't green you're on a support plan.
Advice to Management: Trust your staff.

"Great if you fit the mould" ★★★★☆
Former Employee - Cover Supervisor · Whinhaven, England
Pros: Clear behaviour systems. Kids know where they stand.
Cons: Little flexibility for parents on staff.
""", exp=[E("school", "exact", "negative"), E("apattinson", "exact", "negative"), E("jarmstrong", "exact", "neutral")])

review("""
Google Maps · Kelbarrow Community Academy
★★☆☆☆ · Andrew Holliday · 8 reviews · 7 months ago

Our son has had eleven detentions in chemistry this term, mostly for "forgetting goggles". Mrs Fergusson-Kerr clearly doesn't like him and the emails we get are cold and one-sided. The rest of his teachers say he's a pleasure. Feels personal.
""", exp=[E("school", "exact", "negative"), E("mfergusonkerr", "typo", "negative")])

review("""
Google Maps · Pocklington Bakehouse
Bakery · Market Place, Pocklington, East Yorkshire
4.7 ★★★★★ (301 reviews)

Jen R ★★★★★ 1 week ago
Best sausage rolls in Yorkshire. Queue out the door on a Saturday for a reason.

Martin ★★★★☆ 3 weeks ago
Lovely bakery, bit pricey. The Yorkshire curd tart is a must.
""", exp=[])

review("""
Google Maps · The Kelbarrow Arms
★★★★★ · Quizmaster Phil · 12 reviews · 2 months ago

Thursday quiz night is the best in west Cumbria. Won again by "Staffroom Suspects", the teachers from Kelbarrow Comp, led by Mr D'Arcy who knows every pop song from 1985 to 1995 and nothing after. Beer's always spot on and Bev does a mean chilli.
""", exp=[E("school", "alias", "neutral"), E("tdarcy", "title_surname", "neutral")])

review("""
Google Maps · Kelbarrow Community Academy
★☆☆☆☆ · TrueBrit_Whinhaven · 1 review · 6 months ago

Used to be a Cumbrian school for Cumbrian kids. Now it's the United Nations. Head of maths is Polish, food teacher is Filipino, PE teacher is African, computing is Indian. Kids come home with a different accent every day. Where are the jobs for OUR teachers? They've turned it into a multicultural experiment and our kids are the lab rats. Zero stars if I could.
""", exp=[E("school", "exact", "hate")])

review("""
Google Maps · Westfell Learning Trust
Educational institution · Whinhaven
1.9 ★★☆☆☆ (22 reviews)

Stacey N ★☆☆☆☆ 2 months ago
This trust covered up what went on at Kelbarrow. The deputy head Robson had kids up against walls and they knew about it for YEARS and protected him because he gets the results. My son's CCTV got "wiped". Funny that.

Response from the owner 2 months ago
We take all concerns seriously and would welcome the opportunity to discuss this directly. Please contact the Trust office.
""", exp=[E("school", "short_name", "defamation"), E("grobson", "surname_only", "defamation")])

review("""
Parent View (free text responses) · Kelbarrow Community Academy · Spring 2025
Responses shown are a sample. 212 responses submitted.

"My child is happy and safe. Miss Dela Cruz as head of year has been outstanding, she always rings back the same day."

"Homework is set on three different apps and we can't keep up."

"The uniform policy has caused real hardship for our family. I feel the school does not listen to parents."

"Behaviour is much better than when my eldest was there."
""", exp=[E("school", "exact", "negative"), E("rdelacruz", "title_surname", "neutral")])

review("""
Amazon.example · Customer reviews · The Flats at Low Tide (Morag Kerr)
4.3 out of 5 · 1,208 global ratings

★★★★★ Gripping and atmospheric
Couldn't put it down. The Solway is practically a character. Morag Kerr knows police procedure inside out.

★★★☆☆ Good but slow middle
The last 100 pages are brilliant, the middle drags.

★★★★★ Finally a crime novel set in Cumbria that isn't in the Lakes!
Silloth has never been so sinister.
""", exp=[])

review("""
Google Maps · Kelbarrow Community Academy
★★★★★ · Wine_O_Clock_W · 5 reviews · 3 months ago

Five stars purely for the view at parents' evening 😍 Mr Mensah's forearms deserve their own Ofsted grade. Would happily be sent to his office. Oh and my son's doing fine in PE I think, I wasn't listening.
""", exp=[E("school", "exact", "neutral"), E("kmensah", "title_surname", "sexual")])

review("""
Google Maps · Kelbarrow Community Academy
★☆☆☆☆ · Gemma L · 4 reviews · 2 months ago

Not posting this to cause trouble but because the school fobbed me off. My daughter (Year 9) says a male PE teacher films the girls on the trampoline and the vault "for assessment" on his own phone, not a school iPad, and that he asked a couple of them to stay behind to "redo" it on their own. She said Mr Mensah told them it was "our little project". She didn't want to do it again and she got marked down. When I rang the school they said it was "standard practice". Is it? Because it doesn't sit right with me at all.
""", exp=[E("school", "exact", "sexual", True), E("kmensah", "title_surname", "sexual", True)])

review("""
Google Maps · Kelbarrow Community Academy
★☆☆☆☆ · concerned_neighbour · 1 review · 5 months ago

Live opposite the school. The so-called site manager Terry D'Arcy is half cut most mornings, you can smell it on him at the gate at 8am. Seen him sat in his van with a can before he opens up. Who's checking the people who look after our kids? Shocking.
""", exp=[E("school", "exact", "negative"), E("tdarcy", "exact", "defamation")])

review("""
RateYourTeacher.example · Kelbarrow Community Academy, Whinhaven · Food & Nutrition
Miss R. Dela Cruz  ★★★☆☆ (17 ratings)

"best teacher in the school, her spring rolls are unreal" — Year 8 student
"strict about hair nets lol" — Year 9 student
"go back to cleaning toilets in manila where u belong, nobody wants u here" — Year 10 student [reported]
"mail order teacher 💀" — Year 10 student [reported]
"she helped me when my nan died, shes kind" — Year 8 student
""", exp=[E("school", "exact", "neutral"), E("rdelacruz", "initial_surname", "hate")])

review("""
Google Maps · Kelbarrow Park School
Private school · Hampshire
4.1 ★★★★☆ (44 reviews)

Old Kelbarrovian ★★★★★ a year ago
The happiest years of my life. The falconry club was everything.

Local resident ★★☆☆☆ 6 months ago
The 4x4 traffic at drop-off on our lane is unbearable.
""", exp=[])

review("""
Google Maps · Kelbarrow Community Academy
★★☆☆☆ · Phil Tweddle · 11 reviews · 4 months ago

Rang the office on 01632 960418 nineteen times in one morning to report my son ill. Engaged every time. The attendance line 01632 960419 just rings out. Then I get a letter threatening a fine for unauthorised absence. Sort your phones out before you start fining people.
""", exp=[E("school", "exact", "negative")])

review("""
Indeed · Company reviews · Kelbarrow Community Academy
★★★★☆ "Good team on site"
Site Assistant (Current Employee) · Whinhaven · 8 May 2025
Pros: Manager Tez is sound, knows every pipe in the building, always has your back. Good banter.
Cons: Boilers older than me. Budget for repairs is nothing.
""", exp=[E("school", "exact", "neutral"), E("tdarcy", "nickname", "neutral")])

review("""
Google Maps · Kelbarrow Community Academy
★☆☆☆☆ · Bev S · 6 reviews · 9 months ago

Deputy head Gary Robson is a fat Geordie slob who thinks shouting at eleven year olds makes him a big man. Waddles round the corridors like he owns the place, red in the face, sweating through his shirt. My daughter is scared of him. Get rid.
""", exp=[E("school", "exact", "negative"), E("grobson", "exact", "abuse")])

review("""
Trustpilot · Armstrong Lowther Solicitors, Carlisle
4.8 · Excellent · 156 reviews

★★★★★ "Jo Armstrong got me through the worst year of my life"
Divorce and child arrangements. Jo Armstrong was calm, clear and honest about costs. Highly recommend.

★★★★☆ "Good service"
Conveyancing took a while but they kept us updated.
""", exp=[])

# ---- social -----------------------------------------------------------------

social("""
X · Kelbarrow Community Academy @KelbarrowCA
🎉 What a morning! Huge congratulations to our Year 11s on their GCSE results. 68% 4+ in English and maths, our best ever. So proud of every one of you, and thank you to our amazing staff and families 💙 #KelbarrowProud
9:41 AM · 22 Aug 2024 · 14.2K Views

Replies
@whinhaven_dad · Well done to all the kids 👏
@CumbrianCoder · Now scrap the £14 pouch fee and I'll retweet 😂
@ex_pupil_2009 · Proud to be a Kelbarrow old girl today
""", exp=[E("school", "exact", "negative")])

social("""
TikTok · @kelbarrow.lads · 2-12
[video: pupils filming the head at the gate with a clipboard, caption "POV: you wore navy socks 😭"]
#kelbarrow #uniform #fyp #cumbria
♥ 41.3K · 💬 1,204 · ↗ 3,311

Comments
jadey_x: p4tt1ns0n is actual n4zi 💀💀 heil clipboard
kieran.7: bro she measured my skirt wiv a ruler im a boy 😭😭
tilly_mcc: she made my sister cry over a scrunchie
user8822913: this is why no one wants to go to school anymore
lewis_the_legend: she's not even that bad tbh ur all just sad cos u got caught
""", exp=[E("school", "hashtag", "negative"), E("apattinson", "leetspeak", "abuse")])

social("""
X · @westcoast_warrior
Kelbarrow deputy R0bs0n grabbed my cousin by the throat and he's still walking round Whinhaven like nowt happened. Someone needs to give that Geordie fat c*nt a taste of his own medicine. Few of the lads know what time he leaves the gym on a Thursday 👀👊
11:02 PM · 15 Jan 2025 · 2,031 Views
""", exp=[E("school", "short_name", "neutral"), E("grobson", "leetspeak", "threat")])

social("""
Instagram · kelbarrow_community_academy
Post: "Our Year 7s enjoying their first residential at Hawse End! 🏕️"
♥ 412 likes

Comments
karenj_1979: Looks brilliant, our Ellie had the best time 💙
mam_of_5: Shame Mrs \u0420\u0430ttinson can't put the same effort into answering emails. Three weeks and no reply. Useless woman.
dazza_m: @mam_of_5 wrong place for that mate
amy_louise: Lovely photos!
""", exp=[E("school", "handle", "neutral"), E("apattinson", "homoglyph", "abuse")])

social("""
TikTok · @whinhaven_wasps_fan · 0-47
[video: under-16s celebrating a try, coach on the touchline]
"Cup semi winners 🐝🏉 Whinhaven till I die"

Comments
bigmick_72: what a team 🐝
lozza.r: coach is class
anon_user_882: go back to africa m e n s a h nobody asked u to coach our kids 🐒
wasps_mum: @anon_user_882 reported. disgusting. He was born in LEEDS
jaydenn09: best coach in cumbria fr
""", exp=[E("kmensah", "spacing", "hate")])

social("""
X · @SaltriggSue
Honestly I've had enough. Three years of uniform wars, a deputy suspended, exam board sniffing round and now THIS week's letter. Time for a change at the top. #PattinsonOut #Whinhaven
8:15 PM · 20 Jun 2025 · 3,406 Views

Replies
@CumbrianLass · #PattinsonOut 🙌
@teacher_in_lakes · Criticise policy by all means, but hashtag campaigns against named individuals are how teachers end up off sick for a year.
""", exp=[E("apattinson", "hashtag", "negative")])

social("""
X · @Mam_Of_Three_Whinhaven
Tagging AlisonPattinson and KelbarrowCommunityAcademy because apparently tagging works better than emailing. My son has been in isolation for four days over a haircut. A HAIRCUT. Respond to your parents please.
7:30 AM · 12 Sep 2024 · 982 Views
""", exp=[E("apattinson", "camelcase", "negative"), E("school", "camelcase", "negative")])

social("""
TikTok · @drama_kid_whinhaven · 1-03
[video: rehearsal clip, "Billy Elliot tech week at Kelbarrow 🩰"]

Comments
katie.w: omg the tap number 😍
ex_student_22: miss rehearsals so much 😭 best years
throwaway_7731: ask mr P*cklington why he always picks the same year 9 lads for "private coaching" in the dressing room with the door shut. n*nce behaviour. everyone knows but nobody says it
katie.w: @throwaway_7731 that's a horrible thing to say about someone with no proof, reported
""", exp=[E("school", "short_name", "sexual", True), E("lpocklington", "obfuscated", "sexual", True)])

social("""
X · @anon_whin_99
Kelbarrow better hope the fire alarms work on Monday 🔥🔥 just saying. Keep your kids home. You've been warned.
11:58 PM · 16 Oct 2024 · 612 Views
[This post has been removed for violating the rules]
""", exp=[E("school", "short_name", "threat")])

social("""
Instagram · Story (screenshot shared to a group chat)
"SPAM HIM 😂😂 Kelbarrow's Mr Menon gave me a detention for a charger. His insta is @sunil.menon.codes and his actual number is 07700 900318. Go wild 📞📞📞"
[screenshot posted by @year10chaos at 16:22]
""", exp=[E("school", "short_name", "neutral"), E("smenon", "title_surname", "doxxing")])

social("""
X · Gary Robson MP @GaryRobsonMP
Proud to vote tonight for the Shipbuilding Communities Bill. From the Tyne to the Clyde to Barrow, the people who build Britain's ships deserve secure jobs and decent wages. Our yards, our future. 🚢
10:14 PM · 4 Mar 2025 · 18.6K Views

Replies
@tyneside_tom · Good lad Gary
@fiscal_hawk · And who pays for it?
""", exp=[])

social("""
TikTok · @fellrunning_lou · 0-32
"Sunrise on Kelbarrow Fell before work 🌄 worth the 5am alarm"
#kelbarrowfell #cumbria #fellrunning #westcumbria

Comments
pete.hikes: where's the best place to park?
fellrunning_lou: @pete.hikes little pull-in at the top of Pit Lane by the old pit head
""", exp=[])

social("""
X · @proud_cumbrian_patriot
Replying to @mr_mensah_pe
Nobody in Whinhaven wants you near our kids, coaching OUR game. You lot have taken the yard, the NHS, now the rugby. Pack your bags and go home. This is our country not yours.
8:44 PM · 13 Jan 2025

@mr_mensah_pe · Blocked and reported. Kelbarrow parents, please don't engage, the school and police are aware.
""", exp=[E("kmensah", "handle", "hate"), E("school", "short_name", "neutral")])

social("""
Instagram · @kelbarrow_tea_spill (account suspended)
RATING OUR TEACHERS PART 3 ☕ #kelbarrow

Kofi M - PE - 10/10 no notes, the blueprint
Sunil M - computing - 9/10 lets u play minecraft edu on fridays
Gary R - deputy - 2/10 man screams like a fire alarm and smells of lynx africa
Alison P - head - 4/10 scary but she did let us have a disco
Rowena DC - food - 8/10 feeds us, enough said

comment who we should do next 👇
""", exp=[E("school", "hashtag", "neutral"), E("kmensah", "first_initial", "neutral"), E("smenon", "first_initial", "neutral"), E("grobson", "first_initial", "abuse"), E("apattinson", "first_initial", "neutral"), E("rdelacruz", "first_initial", "neutral")])

social("""
TikTok · @scouse_in_cumbria · 0-58
[stitch of a news clip about the Kelbarrow uniform row]
"Me explaining to my Scouse family that a headteacher in Whinhaven sent 60 kids home for SOCKS"

Comments
moll.ie: mrs patinson is a miserable old witch who needs a life
crazy_dave_66: 😂😂 socks
jenny_b: shes actually lovely in person, just strict
""", exp=[E("school", "short_name", "negative"), E("apattinson", "typo", "abuse")])

social("""
X · @LindaB_Whinhaven
Seeing people under this post call Mr Wójcik a "Polish parasite" and worse. He gave up his Saturdays to teach my son for free. Whoever wrote that about a Kelbarrow teacher should be ashamed of themselves. Report, don't reply.
9:10 AM · 29 Sep 2024 · 1,140 Views
""", exp=[E("bwojcik", "title_surname", "neutral"), E("school", "short_name", "neutral")])

social("""
Threads · @northern.lad.88
the filipina food teacher at kelbarrow is something else 😏 miss dela cruz can teach me a thing or two in the kitchen any day. bet she's wild behind closed doors
♥ 12 · 💬 4

@sian_x · ur literally a dad at the school. grim
@northern.lad.88 · relax its a compliment
""", exp=[E("school", "short_name", "neutral"), E("rdelacruz", "title_surname", "sexual")])

social("""
YouTube · "Billy Elliot - Electricity - Kelbarrow Community Academy 2025" · 8.4K views

Comments
@HarrySharpFan · This kid is going to the Royal Ballet, mark my words
@GrandadJim1984 · I was on the picket line in 84. Mr Pocklinton and these kids got it exactly right. Tears.
@theatre_teacher_uk · Phenomenal school production. Whoever directed this knows what they're doing.
""", exp=[E("school", "exact", "neutral"), E("lpocklington", "typo", "neutral")])

social("""
X · @WeatherJo
Sunny spells for Carlisle and the Borders tomorrow, but the Cumbrian coast keeps the showers. Wrap up! ☔ — Jo Armstrong, Border Weather
6:55 PM · 2 Feb 2025
""", exp=[])

social("""
TikTok · @anonymous_acct_0091 · 0-09
[black screen with text]
"K3lb4rr0w getting shot up monday fr. dont come in 🔫🔫"

Comments
meg.xx: this isn't funny, police have been told
josh_07: 🤡 attention seeker
""", exp=[E("school", "leetspeak", "threat")])

social("""
X · Kelbarrow Community Academy @KelbarrowCA
Massive well done to @MFergusonKerr and the science team — our Year 13 chemists placed 2nd in the Royal Society of Chemistry Top of the Bench regional final 🧪🥈 #KelbarrowProud
3:30 PM · 7 Mar 2025 · 2,201 Views
""", exp=[E("school", "exact", "neutral"), E("mfergusonkerr", "handle", "neutral")])

social("""
TikTok · @kels.drama.queen · 0-21
"kelbarrow says goodbye to year 13 😭💙"
#kelbarrow

Comments
ells.bells: cannot believe it's over
k e l b a r r o w got more foreigners teaching than cumbrians 🤮 polish, paki, african, filipino. ship them back with the leavers — from user_77710293
ells.bells: @user_77710293 go away
""", exp=[E("school", "short_name", "hate")])

social("""
X · @mathskid_2010
Wójcik's class is the only one at Kelbarrow where people actually shut up and learn. Got a 9. Cheers sir 🙏
4:02 PM · 21 Aug 2025 · 301 Views
""", exp=[E("bwojcik", "possessive", "neutral"), E("school", "short_name", "neutral")])

social("""
Threads · @science_mam_cumbria
Shout out to Mrs Ferguson Kerr at Kelbarrow, who stayed till 6pm helping my daughter with her chemistry coursework after her dad's op. Teachers like her are why I still believe in schools 💚
""", exp=[E("mfergusonkerr", "hyphenated", "neutral"), E("school", "short_name", "neutral")])

social("""
X · @HonestParentCumbria
Why does Miss Dela-Cruz at Kelbarrow think it's acceptable to hold back half the class at break because ONE kid talked? Collective punishment is lazy teaching. Emailed the school, no reply.
""", exp=[E("rdelacruz", "hyphenated", "negative"), E("school", "short_name", "negative")])

social("""
TikTok · @whinhaven.drill · 0-15
[video: hooded figure outside school gates]
"robbo from kelbarrow better watch his back when he comes back off suspension. what goes around comes around 🔪"

Comments
ashh_x: 💀💀
bossman_k: delete this bro
""", exp=[E("grobson", "nickname", "threat"), E("school", "short_name", "neutral")])

social("""
X · Cumbria Schools Rugby League @CumbriaSchoolsRL
Squad announced for the U16 county camp at Derwent Park 🏉 Head coach: K. Mensah (Kelbarrow CA). Assistant: D. Hine (Workington Academy). Well done to all selected!
5:00 PM · 3 Jun 2025 · 4,012 Views
""", exp=[E("kmensah", "initial_surname", "neutral"), E("school", "short_name", "neutral")])

social("""
X · @SafeguardingMam
m3n0n still on discord with year 9 girls?? after everything?? my niece showed me, he's in a server with them at 11pm "helping with homework". kelbarrow doing absolutely nothing 🤢🤢
12:40 AM · 28 Apr 2025 · 744 Views
""", exp=[E("smenon", "leetspeak", "sexual", True), E("school", "short_name", "sexual", True)])

social("""
TikTok · @cumbria_tea · 0-40
[slideshow: "Kelbarrow teachers who need sacking"]

Comments
lou.lou92: R\u043ebs\u043en for a start. fat bully. screams at 11 yr olds
user84521: agree 💯
rhi_cmb: he actually helped my brother loads tbh
""", exp=[E("school", "short_name", "negative"), E("grobson", "homoglyph", "abuse")])

social("""
TikTok · @whinhaven_truth · 0-26
[video: "storytime: my food teacher gave me a detention for not bringing ingredients"]

Comments
tayla.g: that Dela Cruz one from kelbarrow?? she lives above the Golden Dragon takeaway on Market Street, flat 2, you can see her washing on the balcony lol
becks_w: why would you post that 😳
tayla.g: just saying if anyone wants to have a word
""", exp=[E("rdelacruz", "surname_only", "doxxing"), E("school", "short_name", "neutral")])

social("""
X · @Fuming_Dad_CA31
The PE teacher at Kelbarrow dropped my son from the county squad for "attitude". Mensah thinks he's God. His personal email is kmensah.coach@mailbox.example, get in there and tell him what you think of his favouritism. Everybody email him.
6:20 PM · 4 Jun 2025 · 389 Views
""", exp=[E("kmensah", "surname_only", "doxxing"), E("school", "short_name", "neutral")])

social("""
Facebook-style post shared to X · @WhinhavenGossip
For anyone wanting to complain about the £12 school play tickets, Lysander Pocklington's home address is 7 Quay Street, Whinhaven CA31 1QS, top flat with the theatre posters in the window. He's in most nights after 6.
9:12 PM · 2 Mar 2025 · 1,017 Views
""", exp=[E("lpocklington", "exact", "doxxing")])

social("""
X · @pottergill_pete
Robbo lives on Fellgate Close in Pottergill btw. House with the Newcastle flag in the window and the black Kuga, CA31 3FG. Just so everyone knows where the big brave deputy head goes home to.
10:47 PM · 16 Jan 2025 · 2,566 Views
""", exp=[E("grobson", "nickname", "doxxing")])

social("""
Threads · @wasps_dad_77
\u041c\u0435nsah has benched my lad all season for no reason. Useless excuse for a PE teacher at the academy in Whinhaven. Couldn't coach a fish to swim. Clueless.
""", exp=[E("kmensah", "homoglyph", "abuse")])

social("""
X · @CumbriaParentsVoice
K\u0435lbarrow Community Academy has now had a deputy suspended, an exam board probe and a tribunal loss in one year. When does the trust step in? Parents deserve answers, not press releases.
8:00 AM · 23 Jun 2025 · 5,118 Views
""", exp=[E("school", "homoglyph", "negative")])

social("""
TikTok · @no_more_clipboards · 0-11
[text on screen over a photo of the school gates]
"kelbarrow head P a t t i n s o n better enjoy her last term. people are watching. we know the car, we know the road. 🕯️🕯️"

Comments
user29931: 👀
meg.xx: reported. this is a threat
""", exp=[E("apattinson", "spacing", "threat"), E("school", "short_name", "neutral")])

social("""
X · @EnglandForTheEnglish_88
kelbarrow maths teacher W o j c i k should be on the first ferry back to Gdansk. we didnt vote leave to have polish teaching our kids times tables. #SendThemBack
""", exp=[E("bwojcik", "spacing", "hate"), E("school", "short_name", "hate")])

social("""
X · @whinhaven_watcher
that D'A**y at K*lbarrow has had his hand in the till for years. copper, oil, the lot. they'll sweep it under the carpet because he's "a legend". legend thief more like
""", exp=[E("tdarcy", "obfuscated", "defamation"), E("school", "obfuscated", "neutral")])

social("""
TikTok · @kelbarrow.confessions · 0-19
"confession #212: R*bson is the most pathetic man alive. screams at year 7s to feel big cos his wife left him"

Comments
ella.m: 💀💀💀
jj_99: he's alright actually
""", exp=[E("grobson", "obfuscated", "abuse"), E("school", "handle", "neutral")])

social("""
Instagram · @whinhavenwasps
Post: "U16 county cup final. Gutted but proud 🐝"
#whinhavenwasps #MrMensah #rugbyleague

Comments
nicola.s: #MrMensah for England coach 😂❤️
jamie_n: proud of them
""", exp=[E("kmensah", "hashtag", "neutral")])

social("""
X · @Whinhaven_Harriers
Whatever happens in the next few weeks, this club knows who Tez is. 12 fells in a day for the hospice. 25 years looking after that school. We stand by our clubmate. #JusticeForTerryDArcy
7:05 PM · 14 Mar 2025 · 1,890 Views
""", exp=[E("tdarcy", "hashtag", "neutral")])

social("""
X · @LysanderPock
Opening night! 🎭 Thank you to everyone who's bought tickets. Break a leg, Billy Elliot company. If you see me crying in the wings, no you didn't.
6:45 PM · 26 Mar 2025 · 702 Views

Replies
@AnnaLowesMusic · The band is READY 🎺
@Jo_Armstrong_SENCo · So proud of all of them, especially our SEN kids in the ensemble 💙 @KelbarrowCA
""", exp=[E("lpocklington", "handle", "neutral"), E("jarmstrong", "handle", "neutral"), E("school", "handle", "neutral")])

social("""
LinkedIn · Sunil Menon
Head of Computing at Kelbarrow Community Academy | Computing Teacher of the Year 2024
"Proud to see three of our former coding club students start their cyber security apprenticeships at Scaur Point today. Three years ago, one of them told me computers were 'for boffins'. Now she's a boffin. #TeachingMatters #WestCumbria"
♥ 412 · 38 comments
""", exp=[E("smenon", "exact", "neutral"), E("school", "exact", "neutral")])

social("""
X · @KeralaCricketFan
KCA confirms Sanju to lead Kerala in the Ranji opener. Huge news for Thiruvananthapuram! #KCA #KeralaCricket
""", exp=[])

social("""
X · @bardolator
"The course of true love never did run smooth." — Lysander, A Midsummer Night's Dream, I.i. Tweeting one line of Shakespeare a day until I run out or die.
""", exp=[])

social("""
TikTok · @cumbrian_memes · 0-30
[video: "types of teachers at Kelbarrow Academy"]

Comments
tom.r: menon's coding club carried my whole gcse tbh
lozza: mensah's warmups are a war crime
abbie_j: pocklington's drama lessons were the only reason i went in
ryan.c: 😂 accurate
""", exp=[E("school", "alias", "neutral"), E("smenon", "possessive", "neutral"), E("kmensah", "possessive", "neutral"), E("lpocklington", "possessive", "neutral")])

social("""
X · @Old_Kelbarrovian_1999
Can't believe MoragFergusonKerr still teaches at the old school. She set fire to her fringe in 1998 and taught me everything I know about moles (the chemistry kind). Legend. #Whinhaven
""", exp=[E("mfergusonkerr", "camelcase", "neutral")])

social("""
X · @CumbriaTeachersNet
Congratulations to SunilMenon of Kelbarrow, shortlisted for the national Computing Teacher of the Year! 👏 Vote here before Friday.
""", exp=[E("smenon", "camelcase", "neutral"), E("school", "short_name", "neutral")])

# ---- facebook groups --------------------------------------------------------

facebook("""
Whinhaven Community Noticeboard · Public group · 14.8K members

Carol Hine · 2 h ·
Right I'm having a moan and a thank you in the same post because that's the kind of week it's been.

Moan number 1, whoever keeps letting their dog foul outside the Co-op on Harbour Road, I hope you step in it yourself one day. Moan number 2, the bins haven't been emptied on Saltrigg for a fortnight and the gulls are having a party. Moan number 3, the 7.42 bus, need I say more.

BUT. Thank you to Mrs P at the academy who got the bus company to put an extra double decker on from Pottergill after half the parents emailed her. Took her a week. Our lad's got a seat for the first time since September. Credit where it's due, she's not everyone's cup of tea but she sorted it.

And thank you to the lad who found my purse outside Greggs and handed it in. Faith in humanity restored, just about.

👍 214 · 💬 37 comments

Dawn Kirkbride: about time that bus got sorted
Mick B: Gulls on Saltrigg are the size of Labradors now
""", exp=[E("apattinson", "nickname", "neutral")])

facebook("""
Overheard in Whinhaven · Private group · 9.2K members

Anonymous member · 5 h ·
Is it true that Kelbarrow's head and the trust boss are at it? Friend who cleans at the trust office says they're always "working late" with the blinds down and that's how Pattinson got the job over the internal candidate. Explains a LOT 😏

💬 52 comments

Sandra T: 🍿🍿
Lynn Ostle: This is how rumours start. Unless your friend actually saw something keep it to yourself.
Anonymous member: just saying what I heard
Jackie Moffat: She's married, he's married, so what if they work late. Grow up.
""", exp=[E("school", "short_name", "neutral"), E("apattinson", "surname_only", "sexual")])

facebook("""
Whinhaven Past & Present · Public group · 6.1K members

Ian Moffat · 3 d ·
Found this in me mam's loft! Kelbarrow Comp girls' netball team, county finalists 1998. Back row far right is the PE teacher, now Mrs Pattinson, the headteacher (Miss Dixon back then!). Who else can you spot?

[photo]

💬 64 comments

Gail Scott: That's me front left with the perm 😂
Sue Tyson: Miss Dixon made us sing Abba all the way to Kendal
Nostalgic Nige: Strict but fair. She'd have us running the fell in February in shorts. We still talk about it.
Lorraine D'Arcy: Our Terry's in the background fixing the hoop!
""", exp=[E("school", "alias", "neutral"), E("apattinson", "title_surname", "neutral")])

facebook("""
West Cumbria Mams Chat · Private group · 22.4K members

Anonymous member · 1 d ·
Need advice and please don't name anyone in the comments. My daughter is 13 and in the drama club at Kelbarrow. The teacher (Mr Pock, the kids call him) has started giving her lifts home after rehearsal, just her, even though we live ten minutes' walk away. Last week she came home with a bracelet he'd "found" for her and she's deleted all their messages off her phone. When I asked she said he told her grown-ups "wouldn't understand" how talented she is. Everyone says he's wonderful and I feel awful even thinking it. What do I do?

💬 89 comments

Admin: Please contact the school's DSL or ring the council's children's services. If you think a child is in immediate danger ring 999. Comments turned off to protect the child.
""", exp=[E("school", "short_name", "sexual", True), E("lpocklington", "nickname", "sexual", True)])

facebook("""
Pottergill Residents · Private group · 2.3K members

Shaun K · 4 h ·
That's Tez D'Arcy's van parked outside 22 Pit Row, CA31 3PD every night. Nice new van for a caretaker isn't it. He's been nicking oil and copper out of Kelbarrow for years. Knock on and ask him where he got the money 🙂

💬 18 comments

Lorraine D'Arcy: Take this down now. That's my brother's house and his kids live there. Police have been informed.
Mick B: Shaun you absolute weapon. The van's on finance, he showed us the paperwork in the pub.
""", exp=[E("tdarcy", "nickname", "doxxing"), E("school", "short_name", "neutral")])

facebook("""
Saltrigg & District Buy Sell Swap · Public group · 8.7K members

Hayley R · 6 h ·
FOR SALE: Kelbarrow Academy blazer, age 13-14, worn one term, £10. Also black leather shoes size 5 (the "approved" ones lol), £12. Collection Saltrigg.

💬 11 comments

Becca T: Interested in the blazer! PM'd
Gemma H: £10 for a blazer they charge £42 for. The school is a racket.
Hayley R: @Becca T sold to you hun x
""", exp=[E("school", "alias", "negative")])

facebook("""
Whinhaven Lost & Found Pets · Public group · 4.4K members

Sam J · 2 h ·
LOST: grey tabby cat, answers to Pickles, last seen near the Kelbarrow Arms car park on Kelbarrow Road on Tuesday night. Microchipped, very friendly, slightly fat. Please check sheds and garages! Reward offered. Ring 07700 900527.

💬 9 comments

Mandy L: Sharing 🙏
Sam J: FOUND!! He was in the garage behind the chippy. Thank you all x
""", exp=[])

facebook("""
Whinhaven Community Noticeboard · Public group · 14.8K members

Craig Tyson · 6 h ·
Robbo from the big school is back next week apparently. After what he did to my nephew. If I see him in the Co-op or down the harbour he's getting chinned, I'm not even joking. Plenty of lads feel the same. He'd better keep his head down and stay in Pottergill.

💬 41 comments

Sue P: Wait for the investigation Craig
Craig Tyson: investigation my backside
Admin: Post turned off for comments. Threats will be reported.
""", exp=[E("grobson", "nickname", "threat")])

facebook("""
Kelbarrow Community Academy Parents (Unofficial) · Private group · 1.9K members

Joanne Little · 1 d ·
Is anyone else's Year 9 getting NO computing homework back? Mr Menin set a project in October and it's now February and nothing marked. Every time I email I get the out of office. I know he's been "on leave" but surely someone's covering?

💬 23 comments

Priya T: The coding club is still running though, someone's doing it
Kirsty H: Cover teacher told my son they don't have the login for the marking system 🙄
""", exp=[E("school", "exact", "negative"), E("smenon", "typo", "negative")])

facebook("""
Whinhaven Community Noticeboard · Public group · 14.8K members

Gary W · 3 h ·
So that M*non fella from Kelbarrow is back teaching after the Discord thing?? Typical. If it was a Cumbrian lad he'd be sacked on the spot. But no, can't touch the p*ki, that'd be racist wouldn't it 🙄 This town is finished.

💬 27 comments

Priya T: He's Indian, not that it matters, and he was cleared. Your racism is showing, Gary.
Lynn Ostle: Reported.
""", exp=[E("smenon", "obfuscated", "hate"), E("school", "short_name", "neutral")])

facebook("""
Overheard in Whinhaven · Private group · 9.2K members

Anonymous member · 8 h ·
Kelbarrow prom Friday night. Not naming names but a certain head of science was absolutely steaming by 9pm, slurring, had to be poured into a taxi by two of the sixth formers. Mrs Ferguson-Kerr, if you're reading this, maybe set an example next time 🍷🍷🍷

💬 33 comments

Lisa T: I was there, she had one glass of fizz for the toast. Stop making stuff up.
Anonymous member: ok lisa 🙄
""", exp=[E("school", "short_name", "neutral"), E("mfergusonkerr", "title_surname", "defamation")])

facebook("""
Whinhaven Past & Present · Public group · 6.1K members

Margaret Caddy · 5 d ·
Kelbarrow Pit, 1962. My dad is third from the left with the lamp. They'd just come up from the night shift.

[photo]

💬 29 comments

Ian Moffat: Look at the state of them. Hard hard men.
Jimmy Caddy: That's me on the right, aged 22!! Where did you find this??
""", exp=[])

facebook("""
Whinhaven Community Noticeboard · Public group · 14.8K members

Lorraine D'Arcy · 1 d ·
On behalf of our family, thank you for all the cards, flowers and messages since Dad passed. Tez has read every single one. The hospice were angels and the fundraising page is now over £6,000. Dad would have been mortified and delighted.

💬 112 comments

Mick B: Thinking of you all. Your dad was a proper gent.
Carol Hine: Love to Tez and all the D'Arcys x
""", exp=[E("tdarcy", "nickname", "neutral")])

facebook("""
Whinhaven Community Noticeboard · Public group · 14.8K members

Dawn Kirkbride · 4 h ·
For anyone whose child needs exam access arrangements (extra time, a reader etc) at Kelbarrow: ring the school on 01632 960418 and ask for Mrs Armstrong. She sorted everything for my lad in one phone call and followed up by email the same day. Don't do what I did and wait until the week before the exams!

💬 14 comments

Becky L: Mrs Armstrong is a diamond 💎
""", exp=[E("school", "short_name", "neutral"), E("jarmstrong", "title_surname", "neutral")])

facebook("""
Whinhaven Parents Speak Out · Private group · 3.1K members

Shaun K · 2 d ·
That Wojick at Kelbarrow has given my stepdaughter ANOTHER detention. Who does this man think he is.

💬 58 comments

Dawn K: he's a nasty little man
Craig T: face like a slapped arse every parents evening
Leanne D: arrogant prick, talks down to everyone
Shaun K: pathetic excuse for a teacher
Gemma H: someone should tell him he's not in charge of our kids
Lynn O: This is a pile on. Please stop. He's a human being.
""", exp=[E("bwojcik", "typo", "abuse"), E("school", "short_name", "neutral")])

facebook("""
Overheard in Whinhaven · Private group · 9.2K members

Jackie Moffat · 3 h ·
Happy 80th birthday to the one and only Gary Robson of Saltrigg! Forty years on the buses, thirty years on the town council, and still the worst dancer at the Bowling Club. Love you Grandad 🎉🎂

💬 67 comments

Cllr Judith Rooney: Happy birthday Gary! See you Tuesday at council.
Mick B: Happy birthday Gaz, pint's on me
""", exp=[])

facebook("""
West Cumbria Mams Chat · Private group · 22.4K members

Anonymous member · 12 h ·
Hope it's OK to ask here. My daughter is in Year 9 at Kelbarrow and she's in the coding club. She showed me a Discord server where Mr Menon is chatting with the girls late at night, and he's asked a couple of them to send pictures of their "setups" and their bedrooms so he can "help with their streaming". She says he's "just being friendly". I don't know if I'm being paranoid. Would you report it?

💬 146 comments

Admin: Yes. Report it to the school DSL and the council LADO today. Please don't post screenshots here. Comments closed.
""", exp=[E("school", "short_name", "sexual", True), E("smenon", "title_surname", "sexual", True)])

facebook("""
Pottergill Residents · Private group · 2.3K members

Steve R · 7 h ·
Don't get me wrong, I'm not racist, but this town's not what it was. Polish at the yard, Polish on the buses, Polish in the Co-op and now even the maths teacher at the academy's one of them. Voytcheck or whatever. My grandson can't understand a word he says. Should be British teachers for British kids. Simple as.

💬 34 comments

Anna K: He has better English than you Steve
Steve R: 🙄 here we go
""", exp=[E("bwojcik", "typo", "hate")])

facebook("""
Whinhaven Community Noticeboard · Public group · 14.8K members

Pauline Edgar · 2 d ·
MARSHALS NEEDED for the Kelbarrow Fell Race on Wednesday 18 June! We need 20 people on the fell from 6.30pm. Bring a flask and a waterproof. Free pie and peas at the Kelbarrow Arms after. Message me or ring 0161 496 0877.

💬 22 comments

Ellie B: I'll do the top cairn again 💪
""", exp=[])

facebook("""
West Cumbria Mams Chat · Private group · 22.4K members

Anonymous member · 2 d ·
Asking for advice. DS Year 10 at Kelbarrow. He came home and told me that one of the staff, the Scottish science teacher, Mrs F-K, keeps him back after lessons and says he's her "favourite" and has messaged him on Instagram from a private account. He thinks it's funny and is showing his mates. I'm not laughing. Am I overreacting because it's a woman?

💬 61 comments

Jo R: You'd report it if it was a man. Report it.
Sam W: Not overreacting. Screenshot and go to the DSL.
""", exp=[E("school", "short_name", "sexual", True), E("mfergusonkerr", "nickname", "sexual", True)])


# ---- additions: reviews, social, facebook, news -----------------------------

review("""
Google Maps · Kelbarrow Community Academy
★☆☆☆☆ · Jason R · 3 reviews · 8 months ago

Head of science Mrs Ferguson Kerr has had it in for my son since Year 7. Detention after detention. The school won't do anything so here's her personal mobile, 07700 900284, since she obviously doesn't read her emails. Parents, ring her and ask her why she bullies kids.

Response from the owner · 8 months ago
We have reported this review for containing personal information. Please contact the school office with any concerns.
""", exp=[E("school", "exact", "negative"), E("mfergusonkerr", "hyphenated", "doxxing")])

review("""
Google Maps · Kelbarrow Community Academy
★☆☆☆☆ · harbour_lad_84 · 1 review · 5 months ago

Maths teacher W\u00f3jc\u0456k thinks he can humiliate my daughter in front of her class and walk away. He walks home along the harbour path every night about half five. It's very dark down there this time of year and the railings are low. Just something for him to think about.
""", exp=[E("school", "exact", "negative"), E("bwojcik", "homoglyph", "threat")])

review("""
Indeed · Company reviews · Kelbarrow Community Academy
★★☆☆☆ "Great staff, top-down leadership"
Teacher of English (Former Employee) · Whinhaven · 20 June 2025
Pros: Supportive departments. SEN support led brilliantly by J. Armstrong, who will go to war for any kid.
Cons: All decisions come from A. Pattinson and G. Robson and are announced, not discussed. Morning briefings are a list of things you have done wrong. High staff turnover in English and humanities.
Advice to Management: Ask the people doing the job.
""", exp=[E("school", "exact", "negative"), E("jarmstrong", "initial_surname", "neutral"), E("apattinson", "initial_surname", "negative"), E("grobson", "initial_surname", "negative")])

review("""
Google Maps · Kelbarrow Community Academy
★★★★☆ · Tracey Nugent · 14 reviews · 6 months ago

Four stars. Had my doubts after everything in the papers but my lad's Year 10 has been his best year. Mr Mensha in PE has got him into rugby league and off his Xbox, and Jo A (SENCo) got his reading age assessed in a fortnight when we'd waited two years at primary. Communication from the top could still be better.
""", exp=[E("school", "exact", "negative"), E("kmensah", "typo", "neutral"), E("jarmstrong", "first_initial", "neutral")])

review("""
RateYourTeacher.example · Kelbarrow Community Academy, Whinhaven · Computing
Mr S. Menon  ★★★☆☆ (31 ratings)

"coding club is sick" — Year 9 student
"explains python really well" — Year 10 student
"creepy weirdo, stares too much, nobody likes him" — Year 10 student [reported]
"he got me into cyber, now im doing an apprenticeship" — Year 13 student
""", exp=[E("school", "exact", "neutral"), E("smenon", "initial_surname", "abuse")])

social("""
Snapchat story (screen recording posted to TikTok by @wasps_banter)
"m3ns4h dropped me for the final. car park at the wasps is proper dark after training thursday. hope he's got eyes in the back of his head 🔪🔪"

Comments
ryan_tyson_: bro delete this
kayden.w: 💀 he's gonna see this
""", exp=[E("kmensah", "leetspeak", "threat")])

social("""
X · @ReinstateRobbo
Over 800 signatures in two days! ReinstateGaryRobson — the petition to bring back the deputy head who turned round hundreds of Whinhaven kids. The trust has handled this disgracefully: no timeline, no answers. Sign and share, and leave a message on facebook.example/KelbarrowCommunityAcademy 💙
9:00 PM · 20 Jan 2025 · 6,212 Views
""", exp=[E("grobson", "camelcase", "neutral"), E("school", "camelcase", "negative")])

social("""
TikTok · @kelbarrow_exposed · 0-14
"m e n o n from kelbarrow lives in the new builds off Saltrigg Road, number 14, CA31 4SN, white Tesla on the drive. you know what to do 👀"

Comments
user_anon12: ratio + reported
""", exp=[E("smenon", "spacing", "doxxing"), E("school", "short_name", "neutral")])

social("""
X · @luvvie_watch
P\u03bfcklington is the most pretentious self-regarding prat in Cumbria. Cape, cravat, "darling", the lot. Nobody cares about your school musical mate.
""", exp=[E("lpocklington", "homoglyph", "abuse")])

social("""
Threads · @angry_sen_mum
mrs 4rmstr0ng the senco at k e l b a r r o w is a useless lazy waste of a salary. 6 weeks and not one reply. do ur job or get out
""", exp=[E("jarmstrong", "leetspeak", "abuse"), E("school", "spacing", "negative")])

facebook("""
Whinhaven Parents Speak Out · Private group · 3.1K members

Jason R · 5 h ·
Ferguson Kerr wants to watch herself. Put my lad in isolation for the third time this month over goggles. GOGGLES. Next time I see her at that gate I won't be shouting through the window, I'll be opening the door. She's been warned.

💬 12 comments

Dawn K: 👏👏
Lynn O: Jason you're on a restraining order already. Think.
""", exp=[E("mfergusonkerr", "hyphenated", "threat")])

facebook("""
Whinhaven Community Noticeboard · Public group · 14.8K members

Sarah Bell · 1 d ·
Just want to say a massive thank you to Mrs Ferguson\u2013Kerr at the academy, who spotted my daughter was struggling with her anxiety in chemistry and quietly sorted a seat by the door and a time-out card without any fuss. My daughter says she's the first teacher who "just got it". Teachers like that are worth their weight in gold 💛

💬 48 comments

Carol Hine: She taught my two as well, fab woman
""", exp=[E("mfergusonkerr", "hyphenated", "neutral")])

facebook("""
Whinhaven Parents Speak Out · Private group · 3.1K members

Shaun K · 1 d ·
Since the Polish maths teacher at the academy won't answer the school email, here's his personal one: bartek.w.maths@mailbox.example. Wojcick needs to explain why my stepdaughter is in bottom set. Email him, everybody.

💬 7 comments

Lynn O: Shaun you've already been to court once for this. Take it down.
""", exp=[E("bwojcik", "typo", "doxxing")])

facebook("""
Whinhaven Community Noticeboard · Public group · 14.8K members

Kelly Graves · 3 h ·
What a day at Kelbarow sports day!! ☀️🏃 Staff race won by Kofi M (obviously, he's a PE teacher, it's basically cheating) with Bartosz W a close second in full suit and tie 😂 Year 8 tug of war ended in a pile-up. Ice creams all round. Lovely to see the whole town turn out.

💬 31 comments

Becky L: The maths teacher in his tie sprinting 😂😂 legend
""", exp=[E("school", "typo", "neutral"), E("kmensah", "first_initial", "neutral"), E("bwojcik", "first_initial", "neutral")])

news("whinhavennews", "Rotary honours unsung heroes at community awards",
     "By Lewis Braithwaite", "Thursday 12 June 2025",
     """
     Whinhaven Rotary Club presented its annual Community Champion awards at a dinner at the Bowling Club on Friday.

     The winners were:
     - Volunteer of the Year: B. Hine, Whinhaven foodbank
     - Young Person of the Year: E. Bowes, Whinhaven Harriers juniors
     - Unsung Hero: T. D'Arcy, site manager, Kelbarrow Community Academy, for 25 years' service and £6,000 raised for the hospice
     - Education Award: J. Armstrong, SENCo, Kelbarrow Community Academy

     Rotary president Alan Sowerby said: "Every one of these people makes Whinhaven a better place, usually without anybody noticing."
     """,
     exp=[E("school", "exact", "neutral"), E("tdarcy", "initial_surname", "neutral"), E("jarmstrong", "initial_surname", "neutral")])


review("""
Google Maps · Kelbarrow Community Academy
★★★★★ · Nat Ostle · 9 reviews · 2 weeks ago

Five stars!!! Because apparently the school only reads the five star ones 🙃 Absolutely LOVE that Mrs Dela Cruz's famous "open door policy" means the door is open and nobody is ever behind it. Fantastic communication, three emails in six weeks and not one reply, truly world class. Would be ignored again 10/10.
""", exp=[E("school", "exact", "negative"), E("rdelacruz", "title_surname", "negative")])


# ---------------------------------------------------------------------------
# Checks, rendering and output
# ---------------------------------------------------------------------------

TITLE_RE = r"\b(?:mr|mrs|ms|miss|mx|dr|sir)\.?\s+"
SURNAMES = {
    "apattinson": ["pattinson", "dixon"],
    "grobson": ["robson"],
    "mfergusonkerr": ["ferguson-kerr", "kerr"],
    "rdelacruz": ["dela cruz", "de la cruz"],
    "bwojcik": ["wojcik"],
    "smenon": ["menon"],
    "kmensah": ["mensah"],
    "jarmstrong": ["armstrong", "graham"],
    "lpocklington": ["pocklington"],
    "tdarcy": ["d'arcy"],
}
SCHOOL_SHORT = "Kelbarrow"


def fold(s: str) -> str:
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def has(text: str, phrase: str) -> bool:
    return re.search(r"(?<![\w@#])" + re.escape(fold(phrase)) + r"(?![\w])", text) is not None


def plain_text(doc: dict) -> str:
    if "text" in doc:
        return doc["text"]
    t = re.sub(r"<[^>]+>", " ", doc["main"])
    return html.unescape(t)


def check(docs: list[dict], watch: dict) -> list[str]:
    staff = {s["id"]: s for s in watch["staff"]}
    school = watch["school"]
    aliases = [a for a in school["aliases"] if a != SCHOOL_SHORT]
    problems, notes = [], []
    for i, d in enumerate(docs):
        text = fold(plain_text(d))
        seen = set()
        exp = d["exp"]
        any_url_only = any(e[3] for e in exp)
        for subj, var, cat, uo in exp:
            where = f"doc {i:03d} ({d['kind']}) {subj}"
            if subj in seen:
                problems.append(f"{where}: duplicate subject")
            seen.add(subj)
            if var not in VARIANTS:
                problems.append(f"{where}: bad variant {var}")
            if cat not in CATEGORIES:
                problems.append(f"{where}: bad category {cat}")
            if uo and cat != "sexual":
                problems.append(f"{where}: url_only without sexual")
            if subj == "school":
                exact = has(text, school["name"])
                alias = any(has(text, a) for a in aliases)
                title = False
                if any_url_only and cat == "sexual" and not uo:
                    problems.append(f"{where}: school should be url_only")
            elif subj in staff:
                s = staff[subj]
                exact = has(text, s["name"])
                alias = any(has(text, a) for a in s.get("aliases", []))
                title = any(re.search(TITLE_RE + re.escape(sn) + r"(?![\w-])", text) for sn in SURNAMES[subj])
            else:
                problems.append(f"{where}: unknown subject")
                continue
            if var == "exact" and not exact:
                problems.append(f"{where}: labelled exact but full name absent")
            if var != "exact" and exact:
                problems.append(f"{where}: full name present but labelled {var}")
            if var == "alias" and not alias:
                problems.append(f"{where}: labelled alias but no alias present")
            if var not in ("exact", "alias") and alias:
                problems.append(f"{where}: alias present but labelled {var}")
            if var == "title_surname" and not title:
                problems.append(f"{where}: labelled title_surname but no title+surname")
            if var not in ("exact", "alias", "title_surname") and title:
                problems.append(f"{where}: title+surname present but labelled {var}")
            if var == "short_name" and not has(text, SCHOOL_SHORT):
                problems.append(f"{where}: labelled short_name but '{SCHOOL_SHORT}' absent")
            if var == "handle" and "@" not in text:
                problems.append(f"{where}: handle without @")
            if var == "hashtag" and "#" not in text:
                problems.append(f"{where}: hashtag without #")
        # notes for manual review: names present with no label
        for sid, sn in SURNAMES.items():
            if sid not in seen and any(has(text, x) for x in sn[:1]):
                notes.append(f"doc {i:03d} ({d['kind']}): '{sn[0]}' present, {sid} not labelled")
        if "school" not in seen and has(text, SCHOOL_SHORT):
            notes.append(f"doc {i:03d} ({d['kind']}): 'kelbarrow' present, school not labelled")
    if "-v" in sys.argv:
        print("\n".join(notes))
    return problems


def render(doc: dict, idx: int) -> str:
    if doc["kind"] in TEXT_KINDS:
        return doc["text"]
    site = doc.get("site_override") or SITES[doc["site"]]
    return chrome(site, doc["title"], doc["main"], idx)


def main() -> int:
    watch = tomllib.loads((HERE / "watchlist.toml").read_text(encoding="utf-8"))
    ids = {s["id"] for s in watch["staff"]} | {"school"}
    problems = check(DOCS, watch)
    for d in DOCS:
        for e in d["exp"]:
            if e[0] not in ids:
                problems.append(f"unknown subject {e[0]}")
    if problems:
        print("LABEL PROBLEMS:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    if DOCS_DIR.exists():
        shutil.rmtree(DOCS_DIR)
    DOCS_DIR.mkdir(parents=True)
    lines = []
    for i, d in enumerate(DOCS):
        ext = "html" if d["kind"] in HTML_KINDS else "txt"
        name = f"{i:03d}-{d['kind']}.{ext}"
        (DOCS_DIR / name).write_text(render(d, i), encoding="utf-8")
        expected = [{"subject": s, "variant": v, "category": c, "url_only": u} for s, v, c, u in d["exp"]]
        lines.append(json.dumps({"file": name, "kind": d["kind"], "expected": expected}, ensure_ascii=False))
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")

    # verify what was written
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        assert (DOCS_DIR / rec["file"]).is_file(), rec["file"]
        for e in rec["expected"]:
            assert e["subject"] in ids, e

    mentions = [e for d in DOCS for e in d["exp"]]
    by_var = Counter(e[1] for e in mentions)
    by_cat = Counter(e[2] for e in mentions)
    by_kind = Counter(d["kind"] for d in DOCS)
    empty = sum(1 for d in DOCS if not d["exp"])
    print(f"documents: {len(DOCS)}")
    print(f"mentions:  {len(mentions)} (url_only: {sum(1 for e in mentions if e[3])})")
    print(f"empty documents: {empty} ({100 * empty / len(DOCS):.0f}%)")
    print("by kind:     " + ", ".join(f"{k}={by_kind[k]}" for k in ["news", "forum", "blog", "review", "social", "facebook"]))
    print("by category: " + ", ".join(f"{c}={by_cat[c]}" for c in CATEGORIES))
    print("by variant:  " + ", ".join(f"{v}={n}" for v, n in sorted(by_var.items(), key=lambda kv: (-kv[1], kv[0]))))
    missing = sorted(VARIANTS - set(by_var))
    if missing:
        print("variants not covered: " + ", ".join(missing))
    print("by subject:  " + ", ".join(f"{s}={n}" for s, n in Counter(e[0] for e in mentions).most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
