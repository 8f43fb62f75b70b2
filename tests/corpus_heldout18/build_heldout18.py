#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the heldout18 labelled corpus for repwatch's matcher.

Setting
-------
Kingfisher Vale Academy ("Kingfisher Vale", short name "Kingfisher", acronym
"KVA", former name "Belgrave Vale Community College") is an invented 11-18
comprehensive off the Melton Road in north-east Leicester (Belgrave / Rushey
Mead / Humberstone), part of the invented Fosse Learning Partnership trust.
Office phones 0116 496 0732 / 0733 (Ofcom drama numbers); own domain
kingfishervale.example. Staff (see watchlist.toml): rpatel Rakesh Patel
(head), hsandhugill Harpreet Sandhu-Gill (deputy/DSL, maiden name Harpreet
Sandhu), lwisniewski Łukasz Wiśniewski (science), afarah Amina Farah (English,
Head of Year 9), dmckenzie Delroy McKenzie (PE, cricket), jpickering Jo
Pickering (attendance), sodonnell Siobhan O'Donnell (SENCo, maiden name
Siobhan Keane), avanterpool Ambrose Vanterpool (music, unique = true),
bmistry Bhavna Mistry (business manager), mhassan Mohamed Hassan (maths).
Everything is fictional; mobiles are 07700 900xxx, domains end in .example.

Decoys (documents with no expected mention)
------------------------------------------
kingfishers the bird (Watermead, the Soar, the canal), Kingfisher lager in
Belgrave Road restaurants, a "Kingfisher" pub and a Kingfisher Close, the
excluded businesses (Kingfisher Vale Holiday Park, Kingfisher Cars Leicester,
KVA Power Hire), kVA as a unit of generator power, a Kingfisher Vale Primary
School in Swindon, and namesakes: a Belgrave shopkeeper and an MP called
Rakesh Patel, a Leicester Lions speedway rider called Łukasz Wiśniewski, a
nurse called Amina Farah, a kabaddi raider and a langar volunteer called
Harpreet Sandhu, a Wembley dentist called Bhavna Mistry, a sprinter called
Delroy McKenzie, a photographer and a radio presenter called Jo Pickering,
an obituary of a Siobhan O'Donnell, a footballer called Mohamed Hassan.

Labelling conventions
---------------------
* One expected entry per subject per document; category is the worst the
  document gives that subject: threat > hate > sexual > doxxing > defamation
  > abuse > negative > neutral.
* Variant is the easiest form of the subject's name in the document
  (exact > alias > title_surname > the rest). School: full name = exact,
  "Kingfisher" alone = short_name, any other alias (Kingfisher Vale, KVA,
  Belgrave Vale Community College) = alias. An accent-stripped spelling
  (Lukasz Wisniewski) counts as exact. A distorted surname keeps the
  distortion's variant even after a title ("Mr Patal" = typo, "Mrs Sandhu
  Gill" = hyphenated, "Mr V4nterpool" = leetspeak). "hyphenated" = the
  hyphenated surname written with a space or other dash, or a name joined by
  hyphens ("rakesh-patel"). "first_initial" = first name + initial
  ("Jo P"); "initial_surname" = "R. Patel"; "nickname" = "Mr Wiz", "Mr Mac",
  "Mr V", "Miss F", "Mrs SG", "Mr P" and the like.
* Staff count only when the page ties them to the school (school name or
  alias, a locality word, the school's domain, their job at the school);
  avanterpool (unique) counts wherever named. Clear namesakes are not mentions.
* The school is a subject only when the document refers to the school itself.
  School category: negative for complaints about the school or its handling;
  neutral when merely named as a workplace; defamation when accused of a crime
  or cover-up; hate when attacked for its pupils'/staff's race or religion;
  threat when threatened.
* Sexual content where a child may be involved: url_only = true for the staff
  member and for the school, category sexual.
* Doxxing = personal mobile, home address/postcode or personal e-mail near a
  staff name; the school's office number or school e-mail is not doxxing.
* Condemning or quoting abuse to condemn it is neutral; news of a conviction
  for threatening staff is neutral for the staff member; news that a staff
  member is suspended/arrested/investigated is defamation; an opinion column
  that insults them is abuse; praise for one person in a complaint about
  someone else is neutral for the praised person.

Run with ``python3 build_heldout18.py`` from any directory; the output
(docs/NNN-kind.html|txt and labels.jsonl) is deterministic.
"""

from __future__ import annotations

import html
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT_DOCS = HERE / "docs"
LABELS = HERE / "labels.jsonl"

S = "school"
RP, HSG, LW, AF, DM = "rpatel", "hsandhugill", "lwisniewski", "afarah", "dmckenzie"
JP, SOD, AV, BM, MH = "jpickering", "sodonnell", "avanterpool", "bmistry", "mhassan"

VARIANTS = {
    "exact", "title_surname", "initial_surname", "first_initial", "nickname",
    "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "alias", "short_name",
    "surname_only",
}
CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
HTML_KINDS = {"news", "forum", "blog"}
TEXT_KINDS = {"review", "social", "facebook"}


def m(subject: str, variant: str, category: str, url_only: bool = False) -> dict:
    assert variant in VARIANTS, variant
    assert category in CATEGORIES, category
    return {"subject": subject, "variant": variant, "category": category, "url_only": url_only}


_HG = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
    "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0410", "B": "\u0412",
    "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c",
    "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425",
}


def hg(s: str, n: int = 2) -> str:
    """Swap the first n swappable Latin letters for Cyrillic lookalikes."""
    out = []
    for ch in s:
        if n and ch in _HG:
            out.append(_HG[ch])
            n -= 1
        else:
            out.append(ch)
    return "".join(out)


DOCS: list[tuple[str, str, list[dict]]] = []


def add(kind: str, content: str, *expected: dict) -> None:
    assert kind in HTML_KINDS | TEXT_KINDS, kind
    subjects = [e["subject"] for e in expected]
    assert len(subjects) == len(set(subjects)), (kind, content[:80])
    DOCS.append((kind, content, list(expected)))


# ---------------------------------------------------------------- site chrome

SITES: dict[str, dict] = {
    "chronicle": {
        "name": "Leicester Chronicle", "domain": "leicesterchronicle.example", "style": "tabloid",
        "nav": ["News", "Leicester News", "Foxes", "Tigers", "Sport", "What's On", "Property", "Jobs", "Announcements", "Sign in"],
        "cookie": "We and our 212 partners store and access information on your device to deliver personalised ads and content. You can accept all, or manage your choices below. Accept all | Manage preferences",
        "footer": "Leicester Chronicle is part of Midshires Media Group. Registered in England No. 0000000. Contact us | Complaints | Corrections & clarifications | Privacy notice | Terms | Do not sell my info",
        "comments": "Join the conversation",
    },
    "emlive": {
        "name": "East Mids Live", "domain": "eastmidslive.example", "style": "portal",
        "nav": ["Home", "Leicester", "Nottingham", "Derby", "Crime", "Schools", "Traffic", "Weather"],
        "cookie": "Cookies help us run East Mids Live. By carrying on you agree. [OK] [Settings]",
        "footer": "© East Mids Live. Got a story? WhatsApp the newsdesk. Editorial code | Advertise | About",
        "comments": "Comments ({n})",
    },
    "staffroom": {
        "name": "Staffroom Weekly", "domain": "staffroomweekly.example", "style": "trade",
        "nav": ["News", "Academies", "Ofsted", "Funding", "Workforce", "SEND", "Jobs", "Subscribe"],
        "cookie": "Staffroom Weekly uses essential and analytics cookies. Reject non-essential | Accept",
        "footer": "Staffroom Weekly — independent journalism for the schools sector. Subscriptions | Events | Contact the editor",
        "comments": "Reader comments",
    },
    "bugle": {
        "name": "The Belgrave Bugle", "domain": "belgravebugle.example", "style": "hyperlocal",
        "nav": ["Home", "Community", "Faith", "Business", "Sport", "Letters", "Donate"],
        "cookie": "This little site uses one cookie so we know you've seen this message. Fine by me",
        "footer": "The Belgrave Bugle is run by volunteers from the Golden Mile. Printed copies at the library and Belgrave Neighbourhood Centre. Send us your news!",
        "comments": "What you said",
    },
    "desitimes": {
        "name": "Desi Times Midlands", "domain": "desitimesmidlands.example", "style": "portal",
        "nav": ["Home", "Community", "Bollywood", "Business", "Faith", "Sport", "Matrimonials", "E-paper"],
        "cookie": "We use cookies to improve your experience on Desi Times Midlands. Accept | Learn more",
        "footer": "Desi Times Midlands — serving the community since 1998. Advertise with us | Contact | Privacy",
        "comments": "Comments",
    },
    "council": {
        "name": "Leicester City Council — Democracy", "domain": "democracy.leicestercity.example", "style": "minutes",
        "nav": ["Councillors", "Committees", "Meetings", "Decisions", "Search documents"],
        "cookie": "We use essential cookies to make this site work. We'd also like to set analytics cookies. Accept analytics cookies | Reject analytics cookies",
        "footer": "Leicester City Council, City Hall. Accessibility statement | Cookies | Privacy | Contact us",
        "comments": None,
    },
    "trust": {
        "name": "Fosse Learning Partnership", "domain": "fosselearning.example", "style": "minutes",
        "nav": ["About the Trust", "Our Academies", "Governance", "Policies", "Vacancies", "Contact"],
        "cookie": "This website uses cookies. Accept | Decline",
        "footer": "Fosse Learning Partnership is a charitable company limited by guarantee registered in England and Wales. Company number 00000000. Registered office: Fosse House, Leicester.",
        "comments": None,
    },
    "edujobs": {
        "name": "EduJobs Midlands", "domain": "edujobs.example", "style": "jobs",
        "nav": ["Find a job", "Schools", "Careers advice", "Upload CV", "Recruiters"],
        "cookie": "We use cookies to give you the best job-search experience. Accept all | Necessary only",
        "footer": "EduJobs Midlands. All vacancies are subject to safer recruitment checks. Help | Terms | Privacy",
        "comments": None,
    },
    "compare": {
        "name": "SchoolCompare UK", "domain": "schoolcompare.example", "style": "jobs",
        "nav": ["Find a school", "Compare", "Ofsted reports", "Admissions", "Guides"],
        "cookie": "We and our partners use cookies. Consent | Manage options",
        "footer": "Data from published inspection reports and DfE performance tables. SchoolCompare UK is not affiliated with Ofsted.",
        "comments": "Parent comments",
    },
    "speedway": {
        "name": "Shale & Sparks", "domain": "shaleandsparks.example", "style": "portal",
        "nav": ["Results", "Fixtures", "Riders", "Tracks", "Forum"],
        "cookie": "Cookies. Yes we use them. OK",
        "footer": "Shale & Sparks — the home of British speedway news.",
        "comments": "Fan comments",
    },
    "gurdwara": {
        "name": "Guru Nanak Sahib Gurdwara (Humberstone) — Sangat Newsletter", "domain": "gnsgurdwara.example", "style": "hyperlocal",
        "nav": ["Home", "Hukamnama", "Langar Rota", "Punjabi School", "Events", "Donate"],
        "cookie": "We only use cookies to remember your language (English / ਪੰਜਾਬੀ). OK",
        "footer": "Waheguru Ji Ka Khalsa, Waheguru Ji Ki Fateh. Registered charity (invented). Newsletter team: seva@gnsgurdwara.example",
        "comments": None,
    },
    "mandir": {
        "name": "Shree Radha Krishna Mandir, Belgrave — Samachar", "domain": "srkmandir.example", "style": "hyperlocal",
        "nav": ["Home", "Aarti timings", "Festivals", "Gujarati classes", "Hall hire", "Donate"],
        "cookie": "Jai Shree Krishna! This site uses cookies for the donation page. OK",
        "footer": "Mandir office open 10am–1pm daily. Hall bookings: see Hall hire page. Registered charity (invented).",
        "comments": None,
    },
    # forums
    "parentsnet": {
        "name": "Parentsnet", "domain": "parentsnet.example", "style": "forum_mn",
        "nav": ["Talk", "Am I Being Unreasonable?", "Secondary education", "SEN", "Relationships", "Chat", "Active"],
        "cookie": "We use cookies to personalise content and ads. Please accept or manage your settings. ACCEPT | SETTINGS",
        "footer": "Parentsnet Ltd. Talk guidelines | Report a post | Privacy | Contact",
        "comments": None,
    },
    "staffforum": {
        "name": "Staffroom Weekly Community", "domain": "community.staffroomweekly.example", "style": "forum_board",
        "nav": ["Forums", "Workplace dilemmas", "Job seekers", "Leadership", "Subject chat", "Search"],
        "cookie": "Essential cookies only. OK",
        "footer": "Community guidelines apply. Posts are the views of members, not of Staffroom Weekly.",
        "comments": None,
    },
    "threadit": {
        "name": "threadit — r/Leicester", "domain": "threadit.example", "style": "forum_reddit",
        "nav": ["Popular", "All", "r/Leicester", "r/unitedkingdom", "Log in"],
        "cookie": "threadit uses cookies to make the site better. Accept all | Reject optional",
        "footer": "threadit Inc. User agreement | Content policy | Privacy",
        "comments": None,
    },
    "pupilroom": {
        "name": "The Pupil Room", "domain": "thepupilroom.example", "style": "forum_board",
        "nav": ["Forums", "GCSEs", "A-levels", "Chat", "Uni", "Rants"],
        "cookie": "Cookies keep you logged in. Cool | Nope",
        "footer": "The Pupil Room. Be nice. Report posts that break the rules.",
        "comments": None,
    },
    "leicforum": {
        "name": "LeicesterTalk", "domain": "leicestertalk.example", "style": "forum_board",
        "nav": ["Board index", "Local news", "Schools & kids", "Motors", "Foxes", "Off topic"],
        "cookie": "This board uses cookies. By using it you accept. [x]",
        "footer": "Powered by forum software. All times are UTC+01:00. Delete cookies",
        "comments": None,
    },
    "techforum": {
        "name": "SparksChat Electrical Forum", "domain": "sparkschat.example", "style": "forum_board",
        "nav": ["Forums", "Domestic", "Commercial", "Generators", "Solar & storage", "Marketplace"],
        "cookie": "We use cookies. Accept",
        "footer": "SparksChat. Advice given freely — always consult a qualified electrician.",
        "comments": None,
    },
    "somaliforum": {
        "name": "Hiiraan Midlands Community Forum", "domain": "hmcforum.example", "style": "forum_board",
        "nav": ["Forums", "Waalidiinta / Parents", "Jobs", "Ramadan", "Events"],
        "cookie": "Cookies / Kukiis: OK",
        "footer": "Community forum run by volunteers. Ku soo dhawoow!",
        "comments": None,
    },
    "polforum": {
        "name": "PolskiLeicester.example — Forum", "domain": "polskileicester.example", "style": "forum_board",
        "nav": ["Forum", "Praca", "Szkoły / Schools", "Ogłoszenia", "Kontakt"],
        "cookie": "Ta strona używa cookies / This site uses cookies. OK",
        "footer": "PolskiLeicester — społeczność Polaków w Leicester i okolicach.",
        "comments": None,
    },
    "sportsforum": {
        "name": "Off The Track Athletics Forum", "domain": "offthetrack.example", "style": "forum_board",
        "nav": ["Forums", "History", "Sprints", "Endurance", "Results"],
        "cookie": "Cookies in use. OK",
        "footer": "Off The Track — since 2003.",
        "comments": None,
    },
    # blogs
    "birdblog": {"name": "Soar Valley Birding Diary", "domain": "soarbirding.example", "style": "blog",
                 "nav": ["Home", "Sightings", "Photos", "About"], "cookie": "This site uses cookies from the blog platform. Got it",
                 "footer": "Powered by a blogging platform. Theme: Wren.", "comments": "{n} thoughts on this post"},
    "historyblog": {"name": "Old Belgrave & Beyond", "domain": "oldbelgrave.example", "style": "blog",
                    "nav": ["Home", "Streets", "Schools", "Mills", "People", "Contact"], "cookie": "Cookies: we use them for stats. Okay",
                    "footer": "All photos from the author's collection unless stated. Please ask before reusing.", "comments": "Memories shared"},
    "teacherblog": {"name": "Chalk & Burnout", "domain": "chalkandburnout.example", "style": "blog",
                    "nav": ["Posts", "About me", "Resources"], "cookie": "Cookie notice: this blog uses cookies. Accept",
                    "footer": "Views my own. Names and details changed where it matters.", "comments": "Responses"},
    "substack": {"name": "Letters from LE4", "domain": "lettersfromle4.example", "style": "newsletter",
                 "nav": ["Home", "Archive", "About", "Subscribe"], "cookie": "We use cookies to improve your experience. Accept",
                 "footer": "© the author. Unsubscribe anytime.", "comments": "Discussion"},
    "foodblog": {"name": "Golden Mile Grub", "domain": "goldenmilegrub.example", "style": "blog",
                 "nav": ["Reviews", "Recipes", "Street food", "About"], "cookie": "Cookies help us show ads. Accept",
                 "footer": "Golden Mile Grub — eating Leicester one thali at a time.", "comments": "Comments"},
    "rantblog": {"name": "Leicester Lad Rants", "domain": "leicesterladrants.example", "style": "blog",
                 "nav": ["Home", "Rants", "Foxes", "Contact"], "cookie": "Yes, cookies. Deal with it. OK",
                 "footer": "Opinions are mine. Don't like it? Don't read it.", "comments": "Have your say"},
    "parentblog": {"name": "The KV Parent Watch", "domain": "kvparentwatch.example", "style": "blog",
                   "nav": ["Home", "Our campaign", "Evidence", "Contact"], "cookie": "We use cookies. OK",
                   "footer": "An independent parent blog.", "comments": "Comments"},
    "patriotblog": {"name": "Voice of the Shires", "domain": "voiceoftheshires.example", "style": "blog",
                    "nav": ["Home", "Articles", "Donate", "Telegram"], "cookie": "Cookies. Accept",
                    "footer": "Free speech matters. Support independent media.", "comments": "Comments"},
    "cricketblog": {"name": "Rushey Mead Ramblers CC", "domain": "rmramblerscc.example", "style": "blog",
                    "nav": ["Club news", "Fixtures", "Juniors", "Nets", "Join"], "cookie": "This club site uses cookies for stats. OK",
                    "footer": "Rushey Mead Ramblers CC — an invented club. Affiliated to an invented league.", "comments": "Comments"},
    "steelblog": {"name": "Pan Yard Notes", "domain": "panyardnotes.example", "style": "blog",
                  "nav": ["Home", "Workshops", "Arrangements", "Gigs"], "cookie": "Cookies, I'm afraid. OK",
                  "footer": "Pan Yard Notes. Tenor pans forever.", "comments": "Replies"},
    "consultblog": {"name": "Inspection Insight", "domain": "inspectioninsight.example", "style": "newsletter",
                    "nav": ["Blog", "Training", "Consultancy", "Contact"], "cookie": "We use cookies. Accept",
                    "footer": "Inspection Insight Ltd. Not affiliated with Ofsted.", "comments": "Comments"},
    "mumblog": {"name": "Mardy Teens & Me", "domain": "mardyteens.example", "style": "blog",
                "nav": ["Home", "Teen life", "Recipes", "Days out", "About"], "cookie": "This site uses cookies. Fine",
                "footer": "Written by a knackered mum in LE4.", "comments": "Comments"},
    "photoblog": {"name": "Jo Pickering Photography", "domain": "jopickeringphoto.example", "style": "blog",
                  "nav": ["Weddings", "Portraits", "Blog", "Contact"], "cookie": "Cookies. OK",
                  "footer": "Based in Market Harborough, covering the whole of Leicestershire and Rutland.", "comments": "Comments"},
    "electricblog": {"name": "Volts & Jolts", "domain": "voltsandjolts.example", "style": "blog",
                     "nav": ["Home", "Guides", "Tools", "About"], "cookie": "Cookies. OK",
                     "footer": "Volts & Jolts — electrical know-how.", "comments": "Comments"},
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def paras_html(text: str) -> str:
    out = []
    text = "\n".join(line.strip() for line in text.splitlines())
    for block in [b.strip() for b in text.strip().split("\n\n") if b.strip()]:
        if block.startswith("> "):
            out.append(f"<blockquote><p>{esc(block[2:])}</p></blockquote>")
        elif block.startswith("## "):
            out.append(f"<h2>{esc(block[3:])}</h2>")
        elif block.startswith("- "):
            items = "".join(f"<li>{esc(line[2:])}</li>" for line in block.splitlines())
            out.append(f"<ul>{items}</ul>")
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in block.splitlines()) + "</p>")
    return "\n".join(out)


def chrome(site_key: str, title: str, main: str) -> str:
    s = SITES[site_key]
    style = s["style"]
    nav = " ".join(f'<a href="https://{s["domain"]}/{i}">{esc(n)}</a>' for i, n in enumerate(s["nav"]))
    if style in ("tabloid", "portal"):
        head = (f'<header class="masthead"><div class="logo">{esc(s["name"])}</div>'
                f'<nav class="primary">{nav}</nav><div class="weather">Leicester 14°C</div></header>'
                '<div class="ad-slot leaderboard">Advertisement</div>')
        side = ('<aside class="most-read"><h3>Most read</h3><ol><li>Road closures this weekend</li>'
                '<li>Bin collection changes announced</li><li>Foxes injury update</li></ol></aside>')
    elif style == "trade":
        head = f'<header><a class="brand" href="https://{s["domain"]}/">{esc(s["name"])}</a><nav>{nav}</nav></header>'
        side = '<aside><h3>Newsletter</h3><p>Get the morning briefing free every weekday.</p></aside>'
    elif style in ("minutes", "jobs"):
        head = f'<div class="govuk-header"><span>{esc(s["name"])}</span></div><nav class="breadcrumbs">{nav}</nav>'
        side = ""
    elif style == "hyperlocal":
        head = f'<div class="banner"><h1 class="site">{esc(s["name"])}</h1></div><ul class="menu"><li>{nav}</li></ul>'
        side = '<div class="widget"><h4>Upcoming</h4><p>See the events page.</p></div>'
    elif style.startswith("forum"):
        head = (f'<div id="topbar"><a href="https://{s["domain"]}/">{esc(s["name"])}</a> '
                f'<form class="search"><input placeholder="Search"></form></div><div id="nav">{nav}</div>')
        side = '<div class="sidebar"><p>Please read the rules before posting.</p></div>'
    else:  # blog, newsletter
        head = f'<header class="site-header"><p class="site-title">{esc(s["name"])}</p><nav class="menu">{nav}</nav></header>'
        side = '<aside class="widget-area"><section><h2>Archives</h2><ul><li>2024</li><li>2023</li></ul></section></aside>'
    return (
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{esc(title)} | {esc(s['name'])}</title>\n"
        f'<link rel="canonical" href="https://{s["domain"]}/p/{abs(hash_title(title)) % 99991}">\n'
        "</head>\n<body>\n"
        f'<div class="cookie-banner" role="dialog">{esc(s["cookie"])}</div>\n'
        f"{head}\n<main>\n{main}\n</main>\n{side}\n"
        f'<footer class="site-footer"><p>{esc(s["footer"])}</p></footer>\n</body>\n</html>\n'
    )


def hash_title(t: str) -> int:
    h = 7
    for ch in t:
        h = (h * 31 + ord(ch)) % 1_000_003
    return h


def comments_html(site_key: str, comments: list[tuple[str, str]] | None) -> str:
    if not comments:
        return ""
    heading = SITES[site_key]["comments"] or "Comments"
    heading = heading.replace("{n}", str(len(comments)))
    items = "\n".join(
        f'<li class="comment"><span class="author">{esc(a)}</span><div class="body">{paras_html(t)}</div></li>'
        for a, t in comments
    )
    return f'<section class="comments"><h2>{esc(heading)}</h2><ol>{items}</ol></section>'


def news(site: str, headline: str, body: str, by: str = "", date: str = "",
         standfirst: str = "", comments: list[tuple[str, str]] | None = None) -> str:
    meta = ""
    if by or date:
        meta = f'<p class="byline">{esc(by)}{" · " if by and date else ""}<time>{esc(date)}</time></p>'
    sf = f'<p class="standfirst">{esc(standfirst)}</p>' if standfirst else ""
    main = (f'<article><h1>{esc(headline)}</h1>{sf}{meta}\n<div class="share">Share: Facebook · X · WhatsApp · Email</div>\n'
            f'{paras_html(body)}\n</article>\n{comments_html(site, comments)}')
    return chrome(site, headline, main)


def forum(site: str, title: str, posts: list[tuple[str, str, str]], board: str = "") -> str:
    style = SITES[site]["style"]
    items = []
    for i, (user, when, text) in enumerate(posts):
        if style == "forum_reddit":
            pts = (len(text) * 7 + i * 13) % 240 - 20
            items.append(f'<div class="comment" data-depth="{0 if i == 0 else 1}"><p class="tagline">u/{esc(user)} · {pts} points · {esc(when)}</p>{paras_html(text)}</div>')
        elif style == "forum_mn":
            items.append(f'<div class="post"><div class="post-head"><strong>{esc(user)}</strong> <span class="date">{esc(when)}</span></div>{paras_html(text)}<div class="post-actions">Quote · Report · Add message to watched</div></div>')
        else:
            items.append(f'<div class="postbody" id="p{i + 1}"><h3 class="postauthor">{esc(user)}</h3><p class="postdate">» {esc(when)}</p><div class="content">{paras_html(text)}</div></div>')
    crumb = f'<p class="crumbs">{esc(board)}</p>' if board else ""
    main = f'{crumb}<h1 class="thread-title">{esc(title)}</h1>\n' + "\n".join(items) + f'\n<p class="replies">{len(posts) - 1} replies</p>'
    return chrome(site, title, main)


def blog(site: str, title: str, body: str, author: str = "", date: str = "",
         comments: list[tuple[str, str]] | None = None) -> str:
    meta = f'<p class="entry-meta">Posted {esc(date)}{" by " + esc(author) if author else ""}</p>' if (date or author) else ""
    main = (f'<article class="post"><h1 class="entry-title">{esc(title)}</h1>{meta}<div class="entry-content">'
            f'{paras_html(body)}</div><p class="tags">Filed under: Uncategorised</p></article>\n{comments_html(site, comments)}')
    return chrome(site, title, main)


def text(s: str) -> str:
    """Plain-text documents: strip the indentation of the triple-quoted source."""
    lines = s.strip("\n").splitlines()
    return "\n".join(line.strip() for line in lines).strip() + "\n"


# ====================================================================== NEWS

add("news", news("chronicle", "Kingfisher Vale Academy pupils celebrate best-ever GCSE results", """
Pupils at Kingfisher Vale Academy in Rushey Mead were jumping for joy this morning after the school recorded its best GCSE results since becoming an academy.

Almost seven in ten pupils achieved a grade 4 or above in both English and maths, up from 58 per cent last year.

Headteacher Rakesh Patel said: "I am so proud of every single one of them. A lot of these young people started secondary school during lockdown and they have shown real grit. Thanks go to their families, who have backed us all the way."

Twins Aarav and Diya Solanki, 16, got 19 grade 9s between them. Diya said she wanted to study medicine "probably in Leicester so I can still have my mum's cooking".

The school singled out its science department, where Mr Wiśniewski's team ran Saturday revision sessions from January. More than 40 pupils took triple science, a record for the school.

Dr Marian Hollis, chief executive of the Fosse Learning Partnership, which runs the academy, said the results showed "what a community school can do when everyone pulls in the same direction".
""", by="Priti Chauhan, Education Reporter", date="Thursday 22 August 2024", comments=[
    ("LE4Grandad", "Well done to all of them. Different world from when I was at Belgrave Vale, we were lucky to get a pencil."),
    ("sue_b_63", "Congrats kids 👏👏"),
]), m(S, "exact", "neutral"), m(RP, "exact", "neutral"), m(LW, "title_surname", "neutral"))

add("news", news("emlive", "Dad who sent 'vile' threats to Leicester PE teacher given suspended sentence", """
A father who bombarded a PE teacher with threatening messages after his son was left out of a school cricket team has been given a suspended prison sentence.

Kyle Brennan, 41, of Thurmaston, pleaded guilty at Leicester Magistrates' Court to sending communications that conveyed a threat.

The court heard Brennan sent more than 30 messages over a weekend to Delroy McKenzie, who teaches PE and coaches cricket at Kingfisher Vale Academy. One read: "enjoy your last season mate, I know which car is yours." Another said he would be "waiting at the gates Monday".

Prosecutor Fiona Leach said Mr McKenzie had been "genuinely frightened" and had changed his route to work.

Brennan, representing himself, said he had "been drinking and lost the plot" and apologised.

District Judge Anwar Siddiqui told him: "Teachers are entitled to do their jobs without being terrorised by parents who disagree with team selection." Brennan received 12 weeks in custody suspended for 12 months, a restraining order, and must pay £400 compensation.

A spokesperson for the Fosse Learning Partnership said the trust was "relieved the matter is concluded" and that Mr McKenzie had the full support of colleagues.
""", by="Court reporter", date="3 June 2025"), m(S, "exact", "neutral"), m(DM, "exact", "neutral"))

add("news", news("chronicle", "Maths teacher suspended as exam board probes coursework at Leicester academy", """
A maths teacher at a Leicester secondary school has been suspended while an exam board investigates concerns about how some pupils' work was marked.

Mohamed Hassan, who teaches at Kingfisher Vale Academy in Humberstone, was suspended last week pending the outcome of the inquiry, the Leicester Chronicle understands.

It is understood that the concerns relate to statistics coursework submitted by a Year 11 group last summer.

In a statement, the Fosse Learning Partnership said: "We can confirm that a member of staff has been suspended as a neutral act while an external investigation takes place. It would be inappropriate to comment further."

One parent, who asked not to be named, said: "The school has kept us completely in the dark. We found out from the kids. If there's a problem with my son's grade I want to know now, not in six months."

The exam board said it did not comment on individual centres.
""", by="Priti Chauhan", date="14 November 2024", comments=[
    ("Frank T", "innocent until proven guilty people"),
    ("Minaxi", "Typical, they'll sweep it under the rug."),
]), m(S, "exact", "negative"), m(MH, "exact", "defamation"))

add("news", news("speedway", "Wiśniewski's paid maximum powers Lions past Redcar", """
Leicester Lions skipper Łukasz Wiśniewski rode a faultless paid maximum as the Lions beat Redcar 52-38 at Beaumont Park on Wednesday night.

The Polish number one, now in his fourth season with the club, won heat 15 from the tapes to cap a superb night. "The track was slick early on but the boys dug in," he said. "The fans in Leicester are the best in the league, honestly."

Lions: Wiśniewski 14+1, Hartley 10, Doyle 9+2, Kaczmarek 8, Lund 6+1, Reeves 3, Pike 2.
Redcar: Grant 11, Thorsen 9+1, Cole 8, Whitlock 5, Anders 3, Webb 2, Moss 0.
""", by="Dean Huxley", date="Thursday 18 July 2024", comments=[
    ("shalehead88", "Luki on fire!! best signing we've ever made"),
    ("bryn_from_birstall", "Ref was a joke in heat 9 mind"),
]))

add("news", news("emlive", "Fire crews called to caravan blaze at Kingfisher Vale Holiday Park", """
Firefighters were called to a static caravan fire at Kingfisher Vale Holiday Park near Ingoldmells in the early hours of Saturday.

Two crews from Skegness attended and the blaze was put out within an hour. Nobody was hurt. The caravan, which was empty at the time, was destroyed.

Lincolnshire Fire and Rescue said the cause was believed to be an electrical fault and reminded holidaymakers to check smoke alarms.

The park's manager said: "We are thankful no one was hurt and we have been in touch with the owners."
""", by="Newsdesk", date="11 August 2024"))

add("news", news("bugle", "Thirty years behind the counter: Rakesh Patel's corner shop", """
If you have ever nipped in for a pint of milk and a packet of Bombay mix on Belgrave Road, chances are Rakesh Patel has served you.

Rakesh, 63, came to Leicester from Kampala via Wembley in 1978 and opened Patel News & Booze in 1994. This month he celebrates thirty years in the same shop, still opening up at 6am.

"My wife says I should retire," he laughs. "But where would I go? Everybody knows me here. The kids who bought penny sweets from me now come in with their own kids."

Regulars are planning a surprise party at the community centre on the 28th. Rakesh, if you're reading this, act surprised.
""", by="Bugle volunteer team", date="March 2025"))

add("news", news("chronicle", "Tributes to 'gentle giant' who taught a generation in Belgrave", """
Former pupils and colleagues have paid tribute to Geoffrey Tansley, deputy head of Belgrave Vale Community College for more than twenty years, who has died aged 81.

Mr Tansley joined the school as a geography teacher in 1971 and became deputy head in 1986, retiring in 2008, four years before the college was rebuilt and reopened as Kingfisher Vale Academy.

Siobhan O'Donnell, who joined the staff as a newly qualified teacher in 1999 and is now the academy's SENCo, said: "Geoff was the first person to tell me I'd be all right. He knew every child's name and most of their grandparents' names too. Strict but fair, and the kindest man in the building."

Former pupil Sanjay Karia wrote on social media: "Mr Tansley caught me bunking off in 1989 and walked me back to class talking about volcanoes. Never forgot it."

Mr Tansley leaves his wife Margaret, two children and five grandchildren. His funeral will be held at Gilroes Crematorium.
""", by="Ruth Ingham", date="9 January 2025"), m(S, "exact", "neutral"), m(SOD, "exact", "neutral"))

add("news", news("chronicle", "Parents stage protest at Rushey Mead academy over £90 blazer rule", """
Dozens of parents gathered outside Kingfisher Vale Academy on Tuesday morning to protest against a new uniform policy they say will cost families up to £90 per child.

From September, pupils must wear a blazer with an embroidered logo available from a single supplier.

Mum-of-three Shabana Mirza said: "Nobody is against smart uniform. But three blazers from one shop at that price, in a cost of living crisis? Mr Patel just isn't listening to us. We've written, we've emailed, nothing."

Another parent, Lee Bramley, held a sign reading "Blazers not bills".

Headteacher Rakesh Patel said the school would run a second-hand uniform shop and help any family in hardship. "I understand the strength of feeling. We consulted last year and the majority of families supported a blazer. No child will be sent home for not having one."
""", by="Priti Chauhan", date="2 July 2024", comments=[
    ("Jayesh_P", "90 quid is a joke. My lad will grow out of it by Christmas"),
    ("Mandy Coleman", "We had blazers in the 80s and we survived lol"),
    ("OldRusheyMeader", "Schools love a single supplier, always someone's cousin"),
]), m(S, "exact", "negative"), m(RP, "exact", "negative"))

add("news", news("compare", "Kingfisher Vale Academy — inspection summary", """
## Key facts
- Type: Academy (11–18), part of Fosse Learning Partnership
- Location: Rushey Mead, Leicester
- Pupils: 1,412 (including 188 in the sixth form)
- Latest inspection: May 2025 — previously Requires Improvement

## What inspectors said
Pupils at Kingfisher Vale Academy are proud of their school. They describe staff as approachable and say that bullying, when it happens, is dealt with quickly. The curriculum in science and English is well sequenced.

Leaders, including trustees, have an accurate view of the school's strengths and weaknesses. The arrangements for safeguarding are effective. Attendance has improved but persistent absence remains above the national average.

## What the school needs to do to improve
In a small number of subjects, teachers do not check pupils' understanding carefully enough. Leaders should ensure that the improvements seen in KVA's core subjects are replicated across the wider curriculum.
""", comments=[
    ("Parent of Y8", "Fair report. My daughter loves it there."),
    ("Anon", "Good?? the behaviour on the buses home is shocking and nobody at the school does a thing. Inspectors saw what they were shown."),
]), m(S, "exact", "negative"))

add("news", news("edujobs", "Teacher of Music (MPS/UPS) — Kingfisher Vale Academy, Leicester", """
Closing date: 21 March 2025 · Start: September 2025 · Full time, permanent

Kingfisher Vale Academy is a thriving 11–18 school in north-east Leicester, part of the Fosse Learning Partnership. We are looking for an enthusiastic Teacher of Music to join a department that punches well above its weight: two choirs, a 30-strong steel band, a bhangra and dhol ensemble and a sold-out summer concert.

You will teach Key Stages 3 and 4, with the opportunity to contribute to our BTEC Music Practice course.

## We offer
- A supportive department led by Ambrose Vanterpool, Head of Music
- Instrument tuition budget and peripatetic staff
- Trust-wide CPD and wellbeing days
- Free on-site parking, and ten minutes from the city centre by bus

Informal visits are warmly welcomed. Please call the school office on 0116 496 0732 to arrange one, or email recruitment@kingfishervale.example.

The Academy is committed to safeguarding and promoting the welfare of children. An enhanced DBS check is required.
""", date="Posted 27 February 2025"), m(S, "exact", "neutral"), m(AV, "exact", "neutral"))

add("news", news("edujobs", "Attendance Assistant (term time + 2 weeks) — Kingfisher Vale Academy", """
Grade 4, 37 hours per week, term time plus two weeks · Closing date 9 May 2025

Do you believe every day at school counts? Kingfisher Vale Academy is looking for a friendly, organised Attendance Assistant to join our pastoral team.

Reporting to Jo Pickering, Attendance and Family Liaison Officer, you will make first-day absence calls, update registers, support home visits and help families who are struggling to get their children into school. Some knowledge of Gujarati, Punjabi, Somali or Polish would be a real asset.

For an informal chat about the role, contact Jo on jo.pickering@kingfishervale.example or 0116 496 0733.

Application packs from recruitment@kingfishervale.example. We do not accept CVs.
""", date="Posted 17 April 2025"), m(S, "exact", "neutral"), m(JP, "exact", "neutral"))

add("news", news("trust", "Minutes of the meeting of the Board of Trustees — 13 March 2025", """
Present: M. Hollis (CEO), K. Adeyemi (Chair), P. Sharma, T. Walsh, J. Harcourt, S. Nowak. In attendance: R. Patel (Headteacher, KVA) for items 4–6; B. Mistry (School Business Manager, KVA) for item 6; Clerk.

## 1. Apologies
Apologies were received from D. Okoro.

## 4. Academy report: KVA
The Headteacher presented the termly report for Kingfisher Vale. Attendance stood at 92.1%, up 1.4 points. Trustees asked about persistent absence in Year 9; R. Patel explained the new family liaison model. Trustees welcomed the progress.

## 5. Complaints
A stage 3 complaint concerning the handling of a safeguarding referral by H. Sandhu-Gill (DSL) had been heard by a panel on 20 February. The panel did not uphold the complaint and found that procedures had been followed correctly. No further action.

## 6. Finance
B. Mistry presented the revised budget. The KVA roof replacement (Block C) will be funded from the condition improvement fund bid. Approved.

## 7. Date of next meeting
Thursday 12 June 2025, 5.30pm.
""", date="Approved 12 June 2025"), m(S, "alias", "neutral"), m(RP, "initial_surname", "neutral"), m(HSG, "initial_surname", "neutral"), m(BM, "initial_surname", "neutral"))

add("news", news("emlive", "Police probe threatening graffiti daubed on Leicester school wall", """
Police are investigating after threatening graffiti naming a headteacher was sprayed on the wall of a Leicester secondary school.

The words, which referred to Kingfisher Vale Academy headteacher Rakesh Patel, were found by the site team on Monday morning on a wall facing Troon Way and were painted over before pupils arrived.

Leicestershire Police said it was treating the incident as malicious communications and was reviewing CCTV from the area.

Mr Patel said: "It was upsetting for colleagues, but we won't be intimidated. Our focus is on our pupils. I'd ask anyone with information to contact the police."

Anyone with information can call 101 quoting incident 214 of 10 March.
""", by="Newsdesk", date="11 March 2025", comments=[
    ("Davey R", "whoever did that wants locking up"),
    ("Nita", "Hope he's ok, he's a decent man"),
]), m(S, "exact", "neutral"), m(RP, "exact", "neutral"))

add("news", news("desitimes", "Diyas, rangoli and a lot of mithai: Diwali at Kingfisher Vale", """
The main hall at Kingfisher Vale Academy was a blaze of colour last Friday as pupils and families celebrated Diwali with a rangoli competition, a dandiya performance and a food stall that sold out of jalebi in forty minutes.

The event was organised by business manager Bhavna Mistry, who has run the school's Diwali evening for eight years. "When I started we had one table and a CD player," she said. "Now we have three hundred people, a dhol player and the Lord Mayor."

Year 10 pupil Krish Gohil won the rangoli prize with a design of a peacock made from coloured rice. Money raised will go to a children's charity in Gujarat.

Mrs Mistry thanked the parents who volunteered "and my husband, who carried the samosas."
""", by="Community desk", date="8 November 2024"), m(S, "exact", "neutral"), m(BM, "exact", "neutral"))

add("news", news("desitimes", "Wembley dentist Bhavna Mistry wins national award for children's oral health", """
A Wembley dentist who runs free brushing clubs in primary schools has been named Community Dentist of the Year.

Dr Bhavna Mistry, 38, who grew up in Leicester and trained in Birmingham, set up Smile Squad in 2019. The clubs now run in 24 schools across Brent and Harrow.

"Tooth decay is the number one reason young children are admitted to hospital," she said. "It's preventable. That's what keeps me going."

Her parents, who still live in Leicester, travelled to London for the ceremony.
""", by="Community desk", date="30 January 2025"))

add("news", news("chronicle", "Spinners turn it for Kingfisher in Under-15 county cup", """
Kingfisher 142-6 (20 overs) beat Oakham Road School 118 all out (19.1 overs) by 24 runs.

Kingfisher's leg-spinners did the damage at Grace Road on Friday as the Rushey Mead school reached the semi-finals of the Leicestershire Schools Under-15 Cup for the first time.

Opener Harjot Bains top-scored with 47 before Ishaan Parmar (3-14) and Zak Osman (2-19) strangled the chase.

Coach Delroy McKenzie said: "We've got kids who learned the game in the street and in the nets at the park. They play without fear. I'm just there to hand out the water."

Kingfisher meet Loughborough Grammar in the semi-final next month.
""", by="Sports desk", date="20 June 2025"), m(S, "short_name", "neutral"), m(DM, "exact", "neutral"))

add("news", news("bugle", "Brave Leicester kabaddi side fall short in Smethwick final", """
Sher-e-Punjab Kabaddi Club Leicester came agonisingly close to lifting the Midlands Open trophy on Sunday, losing 41-38 to hosts Smethwick in front of a noisy crowd of nearly two thousand.

Raider Harpreet Sandhu was outstanding, picking up 14 points including a super raid in the second half that briefly put Leicester ahead. The 24-year-old, who works as an electrician in Humberstone, said: "We'll be back next year. The boys gave everything."

Stopper Manjit Johal was carried off with a knee injury late on but is expected to be fit for the national championships.

The club trains on Tuesday and Thursday evenings and welcomes new players aged 16 and over.
""", by="Sport", date="June 2024"))

add("news", news("gurdwara", "Sangat Newsletter — Vaisakhi 2025", """
Waheguru Ji Ka Khalsa, Waheguru Ji Ki Fateh.

## Vaisakhi programme
Akhand Path Sahib begins Friday morning, with the Nagar Kirtan on Sunday leaving the Gurdwara at 11am. Please park considerately; the council has asked us to keep Gipsy Lane clear.

## Youth seminar
Thank you to everyone who came to the youth seminar on staying safe online. Special thanks to Harpreet Sandhu-Gill, deputy head at Kingfisher Vale in Rushey Mead, who gave a brilliant talk to parents about apps, group chats and sextortion scams, and stayed for an hour answering questions.

## Langar seva
Our langar committee is led this year by Bibi Harpreet Kaur Sandhu, with Gurdeep Singh Gill coordinating Sunday rotas. New volunteers please see Bibi ji after the Sunday diwan.

## Punjabi school
Classes restart on 26 April. Fees are unchanged.
""", date="April 2025"), m(S, "alias", "neutral"), m(HSG, "exact", "neutral"))

add("news", news("mandir", "Samachar — Navratri and Sharad Purnima 2024", """
Jai Shree Krishna to all our devotees.

## Navratri
Garba will be held every night from 3 to 11 October in the main hall, 8pm until late. Raas classes for beginners on Sunday mornings with Bhavnaben Mistry, who has taught garba at the mandir since 1986 and turns 82 this year! Thank you Bhavnaben.

## Congratulations
Heartfelt congratulations to Rakesh Patel and Sarlaben Patel of Loughborough Road, who celebrate their golden wedding anniversary this month. Rakeshbhai retired from the buses in 2012 and has cooked for the mandir every Janmashtami since.

## Hall hire
Hall bookings for weddings in 2025 are now open. Please see the office.
""", date="September 2024"))

add("news", news("chronicle", "OPINION: Spare us the spin, Mr Patel — parents deserve straight answers", """
I have read a lot of school newsletters in my time, but the latest missive from Kingfisher Vale Academy's headteacher deserves some sort of award for saying nothing in the most words possible.

Rakesh Patel wants us to know that the school is on a "journey of continuous improvement". What he doesn't want us to know is why three maths teachers left before Christmas, why the Year 9s have had supply cover since October, and why his answer to every question is a flow chart.

Mr Patel is, I'm told, a very nice man. He is also a management-speak mannequin who couldn't run a bath without a consultant and a strategy day. If he spent half as long in classrooms as he does polishing his LinkedIn, the school might not be haemorrhaging staff.

Parents in Rushey Mead deserve better than spin.
""", by="Gordon Vesey, columnist", date="6 February 2025", comments=[
    ("Kiran B", "Bit personal this. The school has improved a lot."),
    ("Mick from Syston", "Spot on Gordon, tell it like it is"),
]), m(S, "exact", "negative"), m(RP, "exact", "abuse"))

add("news", news("staffroom", "Trust launches probe into 'financial irregularities' at Leicester academy", """
A multi-academy trust has launched an investigation into "financial irregularities" at one of its secondary schools, Staffroom Weekly can reveal.

Fosse Learning Partnership confirmed that auditors were examining purchasing at Kingfisher Vale Academy in Leicester. Bhavna Mistry, the school's business manager, has been placed on paid leave while the investigation takes place, according to two sources.

The trust said it had "identified concerns through our own internal controls and acted promptly".

But the GMB union, which represents support staff, accused the trust of a "heavy-handed and secretive" approach. A regional organiser said: "Staff have been told nothing and are being warned not to talk to each other. That is no way to treat people."

The trust declined to say how much money was involved.
""", by="Schools reporter", date="21 May 2025", comments=[
    ("Governance_geek", "Another MAT finance story. When will the DfE look at related-party transactions properly?"),
]), m(S, "exact", "negative"), m(BM, "exact", "defamation"))

add("news", news("emlive", "Man arrested after 'threatening' staff at Kingfisher Vale Academy", """
A 38-year-old man has been arrested after allegedly threatening staff at a school in Leicester.

Police were called to Kingfisher Vale Academy in Rushey Mead at about 3.15pm on Thursday after reports of a man shouting at staff at the pupil gate. Officers arrested him on suspicion of a public order offence. He has since been released on bail.

Headteacher Rakesh Patel said: "Thankfully no pupils or staff were hurt. I'd like to thank our staff, who acted calmly and professionally, and the police for their quick response."

Parents received a text message from the school later that afternoon.
""", by="Newsdesk", date="24 April 2025"), m(S, "exact", "neutral"), m(RP, "exact", "neutral"))

add("news", news("staffroom", "Fosse Learning Partnership names new head for Hinckley academy", """
Fosse Learning Partnership has appointed Harpreet Sandhu-Gill as headteacher of Westfield Lane Academy in Hinckley from January.

Ms Sandhu-Gill is currently deputy headteacher and designated safeguarding lead at the trust's Kingfisher Vale Academy in Leicester, where she has worked since 2015. She previously taught RE in Coventry.

Trust chief executive Dr Marian Hollis said: "Harpreet is one of the most respected safeguarding leaders in the region and a brilliant teacher."

Westfield Lane was rated Requires Improvement last year.
""", by="Appointments", date="2 October 2025"), m(S, "exact", "neutral"), m(HSG, "exact", "neutral"))

add("news", news("bugle", "Steel pans, sequins and a lot of rain: KV Steel play carnival", """
Not even a biblical downpour could stop the KV Steel band at this year's Leicester Caribbean Carnival.

Thirty-two pupils from Kingfisher Vale Academy played on the back of a flatbed truck all the way from the Highfields start to Victoria Park, led by their head of music Ambrose Vanterpool, who was wearing a bin bag as a poncho by the end.

"Some of these kids had never touched a pan eighteen months ago," said Mr Vanterpool, whose father played with a Leicester steel band in the 1970s. "Today they played for four hours in the rain and never missed a beat."

Year 8 tenor pan player Mariam Yusuf said it was "the best day of my life, even with wet socks".
""", by="Bugle volunteer team", date="August 2024"), m(S, "exact", "neutral"), m(AV, "exact", "neutral"))

add("news", news("chronicle", "Flash of blue: kingfishers return to the Soar at Belgrave", """
Walkers along the River Soar near Belgrave Lock have been treated to regular sightings of kingfishers this winter, a sign that water quality on the stretch is improving.

Local birder Sheila Dunmore said she had seen a pair almost daily since November near the footbridge by the National Space Centre. "You hear the whistle before you see them. Then it's just a streak of electric blue. People stop dead on the towpath."

The Leicestershire and Rutland Wildlife Trust said the kingfisher is a good indicator of a healthy river, as it needs clear water to hunt small fish.

The trust asked photographers to keep their distance from nesting banks in spring.
""", by="Ruth Ingham", date="12 February 2025", comments=[
    ("BirdyBev", "Saw one at Watermead too on Sunday!"),
]))

add("news", news("chronicle", "Police treat graffiti at Leicester academy as hate incident", """
Police are treating racist and anti-Muslim graffiti found at a Leicester school as a hate incident.

The graffiti, which targeted Somali pupils and made reference to the religion of some staff, was found on a bike shelter at Kingfisher Vale Academy on Saturday morning.

English teacher Amina Farah, who helped organise a school assembly in response on Monday, said: "Our pupils deserve to feel safe and proud of who they are. The response from the whole school community, of every faith and none, has been overwhelming."

Leicestershire Police said extra patrols would be in the area and urged anyone with information to come forward.
""", by="Priti Chauhan", date="18 September 2024"), m(S, "exact", "neutral"), m(AF, "exact", "neutral"))

add("news", news("emlive", "Woman fined for posting headteacher's home address in Facebook row", """
A woman who posted a Leicester headteacher's home address on Facebook after her daughter was given a detention has been fined.

Leanne Cotterill, 35, of Humberstone, admitted harassment at Leicester Magistrates' Court.

The court heard that Cotterill published the address of Rakesh Patel, head of Kingfisher Vale Academy, in a local community group alongside a photograph of his house and the message "let's see how he likes visitors". The post was shared more than 200 times before it was removed.

Mr Patel said in a victim statement that his children had been "scared to answer the front door".

Cotterill was fined £660, ordered to pay £150 costs and made subject to a two-year restraining order.
""", by="Court reporter", date="6 March 2025"), m(S, "exact", "neutral"), m(RP, "exact", "neutral"))

add("news", news("staffroom", "Swindon's Kingfisher Vale Primary rated outstanding in every area", """
Kingfisher Vale Primary School in Swindon has been rated outstanding in every category, just three years after being placed in special measures.

Inspectors praised the school's reading curriculum and described pupils as "articulate, curious and kind".

Headteacher Claire Morrow said: "This is for the children of north Swindon. Everyone said it couldn't be done."

The 420-pupil school, which joined the Wiltshire Vale Academy Trust in 2021, also runs a nursery for two-year-olds.
""", by="Inspection desk", date="29 November 2024"))

add("news", news("chronicle", "Thurmaston firm KVA Power Hire lands festival deal", """
A Thurmaston generator hire company has won a three-year contract to power one of the country's biggest music festivals.

KVA Power Hire, based on an industrial estate off Hope Street, will supply twenty 500 kVA generators and a fleet of hybrid battery units for the Donington event.

Managing director Tony Wragg said: "It's the biggest deal in our 15-year history. We'll be taking on six more engineers."

The firm already supplies temporary power to Leicester Caribbean Carnival and the city's Diwali lights switch-on.
""", by="Business desk", date="15 January 2025"))

add("news", news("chronicle", "Hassan double fires Leicester Road FC into cup semi-final", """
Leicester Road FC 3 Coalville Rangers 1

Mohamed Hassan scored twice as Leicester Road booked a place in the county cup semi-finals on a freezing night at the Belgrave recreation ground.

The 24-year-old striker, who works as a delivery driver, opened the scoring with a header from a corner and sealed the win with a low finish in the 88th minute.

Manager Craig Tilley said: "Mo's been brilliant all season. If he keeps this up someone higher up will take him off us."
""", by="Non-league correspondent", date="23 January 2025"))

add("news", news("emlive", "Leicester nurse Amina Farah honoured for community vaccine work", """
A Leicester nurse who ran pop-up vaccination clinics in mosques and community centres has been given a national award.

Amina Farah, 46, a senior nurse at the Leicester General Hospital, organised more than 60 clinics in Highfields, St Matthews and Spinney Hills during and after the pandemic.

"A lot of families didn't trust the system, and honestly I understood why," she said. "So we went to them, in Somali, in Arabic, in Gujarati, with tea and biscuits."

She was nominated by colleagues and received the award at a ceremony in London.
""", by="Health reporter", date="5 December 2024"))

add("news", news("staffroom", "MP Rakesh Patel calls for smartphone ban in all schools", """
Backbench MP Rakesh Patel has called on the government to make a smartphone ban statutory in every school in England.

The MP for Brentwick North told a Westminster Hall debate that guidance was "not enough" and that headteachers needed "the backing of the law".

He cited a survey of 1,200 parents in his constituency, 71 per cent of whom supported a ban.

Unions said most schools already restricted phone use and warned against "one-size-fits-all legislation".
""", by="Politics desk", date="8 October 2024"))

add("news", news("emlive", "Leicester head warns parents over TikTok 'teacher roast' accounts", """
A Leicester headteacher has written to parents warning about anonymous TikTok accounts that post edited videos mocking teachers.

Rakesh Patel, head of Kingfisher Vale Academy, said several accounts had appeared in recent weeks featuring clips filmed secretly in lessons. One video, which edited a science teacher, Mr Wiśniewski, to look as though he was shouting, had been viewed more than 40,000 times.

"Most of this is silly, but some of it is cruel, and filming staff without consent is a breach of our rules," Mr Patel wrote.

Online safety charity Childnet said the trend had been reported across the country.
""", by="Newsdesk", date="30 September 2024"), m(S, "exact", "neutral"), m(RP, "exact", "neutral"), m(LW, "title_surname", "neutral"))

add("news", news("chronicle", "Letters: Parking chaos, a cricket thank-you and the Kingfisher's last orders", """
## Parking at school time
Every morning at 8.20 our road becomes a car park. Parents dropping off at Kingfisher Vale Academy mount the kerb, block driveways and swear at anyone who objects. I have written to the school twice and been told it is "a matter for the police". It is their parents and their pupils — the school could do something. — D. Harrison, Rushey Mead

## Thank you, Mr McKenzie
I want to thank Mr McKenzie, who runs the after-school cricket at the academy, for giving my grandson a reason to get out of bed. He's been a different lad since he started. — Mrs P. Odedra, Belgrave

## Farewell to a local
Sad to see the Kingfisher on Humberstone Road finally close. Forty years I drank in there. The darts team will be looking for a new home. — Ron Pegg
""", date="Saturday 19 October 2024"), m(S, "exact", "negative"), m(DM, "title_surname", "neutral"))

add("news", news("council", "Planning and Development Control Committee — Minutes, 4 December 2024", """
## Item 7: 20241187/FUL — Kingfisher Vale Academy, Melton Road
Installation of a floodlit 3G artificial grass pitch with 4.5m fencing and changing pavilion.

The Planning Officer presented the report and recommended approval subject to conditions limiting floodlight use to 9pm.

Mr A. Chohan spoke in objection on behalf of residents of Kingfisher Close and Harrow Road, raising concerns about light spill and parking.

Mr D. McKenzie, Head of PE at the academy, spoke in support. He explained that the pitch would be available to community clubs in the evenings and at weekends.

Members asked about the travel plan. The officer confirmed a condition would require one.

RESOLVED: that permission be GRANTED subject to the conditions set out in the report. (For 7, Against 1, Abstain 1)
""", date="Published 11 December 2024"), m(S, "exact", "neutral"), m(DM, "initial_surname", "neutral"))

add("news", news("bugle", "Sweltering classrooms: Kingfisher Vale sends pupils home early", """
Pupils at Kingfisher Vale were sent home at lunchtime on Wednesday after temperatures in some classrooms topped 31C.

Parents contacted the Bugle to complain that the 1970s blocks at the school are "unbearable" every summer. "They've known about this for years," said one mum. "It's the same every June. My son came home with a nosebleed."

Mrs Mistry, the school's business manager, said the trust had approved portable air coolers for the worst rooms and that a bid for new windows had been submitted. "We share parents' frustration," she said.
""", by="Bugle volunteer team", date="June 2025"), m(S, "alias", "negative"), m(BM, "title_surname", "neutral"))

add("news", news("staffroom", "Teachers at Leicester academy vote for strike action over workload", """
Teachers at a Leicester academy have voted overwhelmingly for strike action in a dispute over workload and what their union calls a "culture of surveillance".

Of NEU members at Kingfisher Vale Academy who voted, 88 per cent backed strikes on a 74 per cent turnout.

The union's district secretary said staff were "drowning" in data drops, learning walks and marking policies. "Rakesh Patel runs the school by spreadsheet. Teachers are being observed to death and good people are leaving. The head needs to listen."

A spokesperson for the trust said it was "disappointed" and remained "open to talks".
""", by="Workforce reporter", date="10 March 2025", comments=[
    ("ex_KVA_teacher", "Left there last summer. Can confirm. Nice people, impossible workload."),
    ("Head of Year elsewhere", "Every school is like this now tbh"),
]), m(S, "exact", "negative"), m(RP, "exact", "negative"))

add("news", news("emlive", "Kingfisher Cars Leicester driver assaulted in Belgrave", """
A taxi driver was punched and robbed of his takings after picking up two passengers in Belgrave late on Saturday night.

The driver, who works for Kingfisher Cars Leicester, was attacked on Checketts Road at around 11.40pm. He suffered a broken nose.

Police are appealing for witnesses. The firm's owner said drivers were "shaken" and called for better lighting in the area.
""", by="Crime reporter", date="4 November 2024"))

add("news", news("chronicle", "Announcements: Deaths — O'DONNELL, Siobhan", """
O'DONNELL Siobhan (née Brennan). Peacefully at home in Wigston on 2nd February, aged 89. Retired midwife at Leicester General Hospital for thirty-one years. Beloved wife of the late Patrick, much loved mum of Ciaran, Bernadette and Niamh, and Nana to nine.

Requiem Mass at St Edward's, Aylestone, on Friday 21st February at 11am, followed by burial. Family flowers only; donations if desired to LOROS.
""", date="8 February 2025"))

add("news", news("emlive", "Jo Pickering to leave radio breakfast show after 12 years", """
Radio presenter Jo Pickering is to step down from the Leicester breakfast show after twelve years, she announced live on air this morning.

Jo, who started as a traffic reporter, said she wanted to spend more time with her family and on her podcast about allotments.

"I've woken up with this city for twelve years. I'll miss every one of you — even the one who rings in about bin day every single week."

Her last show will be on 20 December.
""", by="Entertainment desk", date="14 November 2024"))

add("news", news("emlive", "Leicester steel pan musician Ambrose Vanterpool to lead Nottingham carnival workshops", """
Steel pan musician Ambrose Vanterpool will lead a summer of free workshops for young people ahead of Nottingham's carnival.

Vanterpool, whose arrangements have been played by bands across the Midlands, will run sessions at community centres in St Ann's and the Meadows every Saturday in July.

"Pan was invented by young people in Trinidad with oil drums and bits of metal," he said. "It belongs to young people. I just want to put sticks in their hands."

No experience is needed. Places can be booked through the carnival website.
""", by="Culture desk", date="20 May 2025"), m(AV, "exact", "neutral"))

add("news", news("emlive", "Former pupil convicted of harassing Leicester teacher on TikTok", """
A 19-year-old former pupil who posted a series of abusive TikTok videos about his old teacher has been convicted of harassment.

Tyler Moss, of Humberstone, created an account dedicated to mocking Amina Farah, an English teacher at Kingfisher Vale Academy, posting more than 40 videos over three months that made fun of her hijab and her accent.

Magistrates heard Ms Farah had felt unable to go into town at weekends. Moss was given a community order with 150 hours of unpaid work and a five-year restraining order.

In a statement, Ms Farah said: "I hope he uses this to change. I taught him once and he was capable of so much better."
""", by="Court reporter", date="19 February 2025"), m(S, "exact", "neutral"), m(AF, "exact", "neutral"))

add("news", news("chronicle", "Man guilty of religiously aggravated harassment of Leicester teacher", """
A man has been found guilty of religiously aggravated harassment after sending abusive emails and leaving notes on the car of a Leicester maths teacher.

Brian Tuffin, 57, of Thurmaston, targeted Mohamed Hassan, who teaches at Kingfisher Vale Academy, over a period of five months, the court heard. The notes made offensive references to Mr Hassan's faith.

Tuffin claimed he had been "raising legitimate concerns about education". The jury took less than an hour to convict him.

He will be sentenced next month.
""", by="Court reporter", date="12 June 2025"), m(S, "exact", "neutral"), m(MH, "exact", "neutral"))

add("news", news("trust", "Statement on online abuse of staff", """
Fosse Learning Partnership is aware of a number of social media posts over the last week targeting members of staff at Kingfisher Vale Academy.

Some of the comments aimed at Mrs Sandhu-Gill and Miss Farah have been racist, sexist and, in one case, threatening. This is completely unacceptable. Our staff work incredibly hard for the children of this city and they do not deserve to be treated this way by anyone, least of all by adults who should be setting an example.

We have reported the most serious posts to the police and to the platforms concerned. We will not hesitate to use the full range of measures available to us, including banning individuals from the site.

If you have a concern about the school, please raise it through our complaints policy, available on the school's website. Our door is always open to constructive conversation.

Dr Marian Hollis, Chief Executive
""", date="25 March 2025"), m(S, "exact", "neutral"), m(HSG, "title_surname", "neutral"), m(AF, "title_surname", "neutral"))

add("news", news("council", "Children, Young People and Education Scrutiny Commission — Minutes", """
## Item 5: Suspensions and permanent exclusions 2023/24
The Director of Education presented data on suspensions and permanent exclusions across the city's secondary schools.

Members noted that Kingfisher Vale Academy had the highest number of suspensions of any secondary school in the city and expressed concern that pupils with SEND and pupils from Black Caribbean backgrounds appeared to be over-represented. Councillor Mehta said the figures were "frankly alarming" and asked how the local authority could hold academy trusts to account.

Ms J. Pickering, Attendance and Family Liaison Officer at the academy, attended at the Commission's invitation and described the school's early-help work with families.

RESOLVED: that the Director write to the Fosse Learning Partnership seeking an explanation and an improvement plan.
""", date="Meeting held 23 January 2025"), m(S, "exact", "negative"), m(JP, "initial_surname", "neutral"))

add("news", news("bugle", "Kingfisher Close residents say no to 5G mast", """
Residents of Kingfisher Close in Humberstone have launched a petition against plans for a 20-metre phone mast at the end of their street.

More than 300 people have signed so far. Organiser Pam Whitlock said the mast would be "an eyesore next to the play area".

The operator said the mast was needed to improve coverage and met all safety guidelines.
""", by="Bugle volunteer team", date="May 2025"))

add("news", news("emlive", "B&Q owner Kingfisher sees sales dip as DIY boom fades", """
Kingfisher, the owner of B&Q and Screwfix, has reported a fall in like-for-like sales as shoppers rein in spending on big home improvement projects.

The FTSE 100 group said sales in the UK and Ireland fell 1.2 per cent in the quarter, although Screwfix continued to grow. Shares fell 3 per cent in early trading.

The company has more than 30 stores across the East Midlands, including its B&Q warehouse in Leicester.
""", by="Business desk", date="21 November 2024"))

add("news", news("chronicle", "Leicester PE teacher arrested over alleged assault on pupil", """
A PE teacher at a Leicester secondary school has been arrested on suspicion of assaulting a pupil during a lesson.

Delroy McKenzie, who teaches at Kingfisher Vale Academy in Rushey Mead, was arrested on Monday and has been released under investigation, Leicestershire Police confirmed.

The 14-year-old boy was not seriously hurt. It is understood the incident happened during a football lesson on the school field.

The Fosse Learning Partnership said: "We are aware of an allegation and are cooperating fully with the police. The member of staff is not currently working at the school. The welfare of our pupils is our priority."

Dozens of former pupils have posted messages of support for Mr McKenzie on social media.
""", by="Crime reporter", date="3 October 2025", comments=[
    ("J Barton", "Known him 20 years. Don't believe a word of it."),
    ("anon", "let the police do their job"),
]), m(S, "exact", "neutral"), m(DM, "exact", "defamation"))

# ===================================================================== FORUM

add("forum", forum("parentsnet", "AIBU to think DD's head of year has it in for her?", [
    ("Lemonsqueezy42", "14 Oct 2024 21:07", """Posting here because DH thinks I'm overreacting.

DD is Y9 at Kingfisher Vale. Since September she's had four detentions, all from the same person, Miss Farah, who is her head of year. Two were for "attitude" (rolled her eyes apparently), one for not having a pen, one for talking in the line. Every time I email I get a reply from Miss Farah basically saying DD needs to "take responsibility".

DD is no angel, I know that. But she comes home in tears saying Miss Farah singles her out in front of everyone and she's started saying she feels sick in the mornings. I've asked for a meeting twice and been fobbed off. I went through the school's complaints procedure and got a template letter back. Their complaints process is a joke frankly.

AIBU to ask for her to be moved to a different tutor group / head of year?"""),
    ("Pootlingalong", "14 Oct 2024 21:15", "YANBU to ask for a meeting but I'd be careful about assuming it's personal. Four detentions in six weeks in Y9 is pretty normal tbh. Eye rolling is a classic."),
    ("Lemonsqueezy42", "14 Oct 2024 21:19", "It's not the detentions, it's the way she talks to her. Humiliating her in front of the class."),
    ("TeacherOnTheBrink", "14 Oct 2024 21:31", "Teacher here (not at that school). Heads of year get the sharp end of everything. She is probably dealing with 240 kids and their parents. Ask for a meeting with the tutor AND the HoY together, go in calm, ask what the plan is. Don't go in guns blazing."),
    ("FlossyMcFlossface", "14 Oct 2024 21:44", "My DS had the same with a teacher there last year and honestly the school closed ranks. Never got a straight answer. I'd go to the governors."),
    ("Pootlingalong", "14 Oct 2024 21:50", "The feeling sick in the morning bit would worry me more than the detentions. Could be something else going on with friends?"),
], board="Secondary education"), m(S, "alias", "negative"), m(AF, "title_surname", "negative"))

add("forum", forum("parentsnet", "Worried about DS and his PE teacher - am I overthinking?", [
    ("Anon-for-this-one", "3 Feb 2025 23:12", """Name changed. I don't know whether I'm being paranoid. DS is 13, Y8 at Kingfisher Vale, football and cricket mad.

His PE teacher (the kids call him Mr Mac) has taken a real interest in him since September. At first I was pleased, he's been picked for everything. But:

- he's been messaging DS on Instagram, sometimes after 11pm. DS showed me one, it just said "proud of you today kid, our secret weapon 😉"
- he gave him a lift home twice after practice without asking me first
- last week DS came home with £120 trainers and said "Mr Mac said not to tell the others or they'll be jealous"
- DS has gone quiet and snaps if I ask about him

Nothing "happened" as far as I know. I don't want to ruin a man's career over a pair of trainers. But my gut is screaming."""),
    ("SafeguardingSal", "3 Feb 2025 23:20", "You are not overthinking. Secret gifts, private messages late at night, lifts, 'don't tell' — these are textbook warning signs. Please screenshot everything and ring the school's DSL first thing tomorrow. If you don't feel listened to, ring the LADO at the council or the NSPCC helpline."),
    ("Bumblebee77", "3 Feb 2025 23:24", "Agree with Sal. A professional does not DM a 13 year old at 11pm. Full stop. Even if it's innocent it's a breach of every school policy going."),
    ("Anon-for-this-one", "3 Feb 2025 23:31", "Thank you. I feel sick. I'll ring in the morning."),
    ("Devil_s_advocate", "3 Feb 2025 23:40", "Just to say — don't confront the teacher yourself or post about it on Facebook. Let the DSL and police handle it so nothing is compromised."),
    ("Anon-for-this-one", "5 Feb 2025 19:02", "Update: spoke to the deputy, she took it very seriously and it's been referred on. Can't say more. Thank you all x"),
], board="Am I Being Unreasonable?"), m(S, "alias", "sexual", True), m(DM, "nickname", "sexual", True))

add("forum", forum("staffforum", "Avoid Kingfisher Vale Academy, Leicester?", [
    ("NQTnomore", "12 May 2025 19:44", "Have been offered an English job at Kingfisher Vale Academy in Leicester. Glassdoor is mixed. Anyone worked there recently? Be honest."),
    ("Escaped2024", "12 May 2025 20:02", """Run. I did two years there. The kids are honestly lovely, the community is amazing, but the head, Patel, is a gutless, weaselly little man who hides behind his SLT and his data. Learning walks every week, marking scrutinies every half term, and if you push back you are "not aligned with the vision".

The only reason I lasted two years was the science HoD, Wiśniewski, who is a genuinely decent bloke and protects his team. Shame there's one of him."""),
    ("Mr_Blobby_Teaches", "12 May 2025 20:17", "That's a bit harsh. I'm still there. Workload is high but no higher than anywhere else in the trust. SLT have listened on the marking policy this year."),
    ("Escaped2024", "12 May 2025 20:21", "Listened after 88% voted to strike lol"),
    ("ClassroomCassandra", "12 May 2025 20:45", "Every school is like this now. Go visit, talk to the department, not SLT. Ask how many left last year."),
], board="Job seekers"), m(S, "exact", "negative"), m(RP, "surname_only", "abuse"), m(LW, "surname_only", "neutral"))

add("forum", forum("threadit", "Best place for a proper thali and a cold Kingfisher on the Golden Mile?", [
    ("brumexile_in_LE4", "2 days ago", "Mates visiting from Brum this weekend. Want a proper Gujarati thali and somewhere that does Kingfisher on draught. Belgrave Road or nearby. Go."),
    ("samosa_sultan", "2 days ago", "Most of the veggie places on the Golden Mile are dry mate, no booze. Thali yes, Kingfisher no. Go for thali then walk to a pub."),
    ("leicesterlass", "2 days ago", "There's a Punjabi place up towards Rushey Mead that does Kingfisher and Cobra and the best paneer tikka in the city. Can't remember the name, it's next to the tyre place."),
    ("brumexile_in_LE4", "2 days ago", "Legend, cheers"),
    ("ducky_ey_up", "1 day ago", "Kingfisher in a bottle tastes better than on draught, fight me"),
]), )

add("forum", forum("threadit", "Teachers of r/Leicester — how do you deal with parents threatening you?", [
    ("throwaway_teacher_le", "5 hours ago", """Throwaway for obvious reasons. I teach at a secondary in the north of the city (not saying which). Yesterday a parent waited by my car after parents' evening and told me I "wanted to be careful" and that he "knows people". Then a note through my door this morning.

School have been OK, police have a log number. But I'm rattled. How do other people cope? I've been doing this 14 years and never felt like this."""),
    ("Tigers_fan_64", "5 hours ago", "Sorry mate. That's not OK at all. Keep every note, log everything."),
    ("midlands_union_rep", "4 hours ago", "Speak to your union today. Ask the school for a risk assessment and a letter to the parent banning them from site. You're entitled to that."),
    ("throwaway_teacher_le", "4 hours ago", "Thanks. Didn't expect replies so quick."),
]))

add("forum", forum("pupilroom", "mr wiz appreciation thread (kingfisher lot only)", [
    ("yr10_yapper", "19 Mar 2025 16:04", "ok hear me out. mr wiz is lowkey the goat. explains stuff properly and doesnt make u feel thick"),
    ("chemgirl_le4", "19 Mar 2025 16:07", "REAL. he made the elephant toothpaste and it hit the ceiling 😭😭"),
    ("not_a_sweat", "19 Mar 2025 16:11", "his tests are actually mad tho. 40 marks on moles?? in what world"),
    ("yr10_yapper", "19 Mar 2025 16:12", "ur just mad u got a 5"),
    ("kingfisher_survivor", "19 Mar 2025 16:20", "when he says 'ok my friends' before giving a detention 💀"),
    ("chemgirl_le4", "19 Mar 2025 16:22", "best teacher at kingfisher no debate"),
], board="Chat"), m(S, "short_name", "neutral"), m(LW, "nickname", "neutral"))

add("forum", forum("parentsnet", "Teacher at DC's school allegedly has an OnlyFans?? Parents' WhatsApp going mad", [
    ("PuzzledInLeics", "9 Jan 2025 20:33", "So the Y7 parents' WhatsApp for Kingfisher has been going nuts all evening because one of the dads claims Mrs O'Donnell (the SENCo) has a 'spicy' account. Someone posted a blurry screenshot of a woman in a bath who could be literally anyone. The dads are all doing the crying laughing emoji and making comments about 'special needs'. I feel sick for her. What do I do?"),
    ("Sparklyshoesandwine", "9 Jan 2025 20:39", "Leave the group and report the screenshot to the admin. Even if it WAS her (and it sounds like it isn't) what adults do in their own time is their business."),
    ("GinAndTonicAndGin", "9 Jan 2025 20:41", "Mrs O'Donnell helped get my son his EHCP. This is disgusting. These men should be ashamed."),
    ("PuzzledInLeics", "9 Jan 2025 20:50", "One of them has now said 'she can assess my needs any time' 🤢"),
    ("Sparklyshoesandwine", "9 Jan 2025 20:52", "Screenshot THAT and send it to the head. That's harassment."),
    ("OhForGoodnessSake", "9 Jan 2025 21:10", "Honestly how do rumours like this start. Somebody's bored husband. Poor woman."),
], board="Secondary education"), m(S, "short_name", "neutral"), m(SOD, "title_surname", "sexual"))

add("forum", forum("parentsnet", "Y6 to Y7 in north Leicester - which secondary did you choose and why?", [
    ("MumOfTheTwins_LE4", "29 Sep 2024 09:15", "Open evening season! DTs are in Y6. We're between Kingfisher Vale, Oakham Road and the faith school. Anyone got recent experience?"),
    ("Rekha_M", "29 Sep 2024 09:30", "DS is Y8 at Kingfisher Vale and loves it. Huge mix of kids, lots of clubs, the music is amazing. Mrs Sandhu-Gill was lovely at open evening and remembered his name in September which really helped."),
    ("baked_bean_queen", "29 Sep 2024 09:47", "Oakham Road for us, smaller and closer. Heard good things about KV though."),
    ("Rekha_M", "29 Sep 2024 09:52", "Only downside is the traffic at drop off, it's carnage."),
    ("MumOfTheTwins_LE4", "29 Sep 2024 10:03", "Thank you! Will go to both."),
], board="Secondary education"), m(S, "alias", "neutral"), m(HSG, "title_surname", "neutral"))

add("forum", forum("leicforum", "Head of Kingfisher Vale won't answer emails - so write to him at home", [
    ("Disgruntled_Dad_LE4", "Tue Nov 12, 2024 9:41 pm", """Three emails, two phone calls, a letter. Nothing back from Rakesh Patel about my lad's exclusion. So for anyone else who's been ignored by Kingfisher Vale Academy, here's where he actually lives:

27 Larkspur Rise, Thurmaston, LE4 8QZ. White Audi on the drive.

Write to him there. Maybe he'll answer then."""),
    ("Pete_the_Painter", "Tue Nov 12, 2024 9:55 pm", "Mate take that down. You'll end up in court. Whatever he's done his wife and kids live there."),
    ("Disgruntled_Dad_LE4", "Tue Nov 12, 2024 10:02 pm", "It's a public address, it's on the electoral roll. I'm not telling anyone to do anything."),
    ("Moderator", "Tue Nov 12, 2024 10:30 pm", "Thread locked pending review. Posting private addresses breaches board rule 4."),
], board="Schools & kids"), m(S, "exact", "negative"), m(RP, "exact", "doxxing"))

add("forum", forum("staffforum", "Head of Science at KVA (Leicester) - what's the department like?", [
    ("bunsen_burner_23", "Wed 5 Feb 2025 18:12", "Thinking of applying for the 2nd in science at KVA in Leicester. Anyone know the dept?"),
    ("TES_lurker_since_09", "Wed 5 Feb 2025 18:40", "Lukasz W is a great HoD, very organised and actually protects planning time. Dept is young-ish and friendly. SLT at KVA micromanage though, expect book looks every few weeks."),
    ("bunsen_burner_23", "Wed 5 Feb 2025 18:44", "Micromanage how bad?"),
    ("TES_lurker_since_09", "Wed 5 Feb 2025 19:01", "Bad enough that three of us left in one year. But the department itself is a good place."),
], board="Subject chat"), m(S, "alias", "negative"), m(LW, "first_initial", "neutral"))

add("forum", forum("sportsforum", "Whatever happened to Delroy McKenzie (200m, mid 80s)?", [
    ("Kingston_Flyer", "3 Mar 2024 14:10", "Anyone remember Delroy McKenzie? Jamaican 200m runner, ran 20.4 at the '85 Penn Relays then disappeared. Did he go to a US college?"),
    ("trackstats_bob", "3 Mar 2024 14:35", "He went to a junior college in Texas I think. Injured in '87 and never came back. Last I heard he was coaching in Florida."),
    ("Kingston_Flyer", "3 Mar 2024 14:40", "Shame. Lovely smooth runner."),
], board="History"))

add("forum", forum("parentsnet", "School business office keeping £300 trip refund - what are my rights?", [
    ("Frazzled_mum_of_4", "17 Jun 2025 13:03", "DS was meant to go on the Y10 Berlin trip through Kingfisher Vale. He broke his leg and couldn't go. I've asked for the £300 back and Mrs Mistry in the business office keeps saying the money is 'committed' and ignoring my follow-ups. It's been ten weeks. Is this legal?"),
    ("ConsumerRightsCathy", "17 Jun 2025 13:20", "Check the trip letter for the refund policy and whether there was travel insurance. Often schools can claim from the insurer for medical cancellations."),
    ("Frazzled_mum_of_4", "17 Jun 2025 13:25", "Letter says insurance was included! So why won't they claim??"),
    ("ConsumerRightsCathy", "17 Jun 2025 13:30", "Then put it in writing to the head and ask for a copy of the insurance policy. Very poor of the school."),
], board="Secondary education"), m(S, "alias", "negative"), m(BM, "title_surname", "negative"))

add("forum", forum("threadit", "Reported a vile post about Kingfisher Vale on Facebook - anyone else seen it?", [
    ("LE4_and_proud", "6 hours ago", """Some account in the Leicester news comments is sharing a photo of the Kingfisher Vale prize-giving with the caption "mini Pakistan, not one English kid on the stage". Plus a load of comments I won't repeat about the girls in headscarves.

Reported it. Facebook says it "doesn't go against community standards". Unreal."""),
    ("shed_dwelling_dad", "6 hours ago", "Reported too. It's the same three or four blokes every time."),
    ("AuntieJas", "5 hours ago", "Half those kids are Gujarati Hindus anyway, these idiots can't even get their racism right. Horrible thing to do to teenagers."),
    ("mod_Leicester", "5 hours ago", "Please don't link the post here. Report and move on."),
]), m(S, "alias", "neutral"))

add("forum", forum("leicforum", "Kingfisher Vale excluded my lad for 5 days over NOTHING", [
    ("GazzaB_Humberstone", "Fri Feb 21, 2025 6:12 pm", """Lad got 5 days for 'defiance' because he wouldn't take his hood off in maths. Five days. Hood. Off. The maths teacher wound him up on purpose, he's been on his case since Year 7.

That Hassan fella wants to watch himself walking to his car of a night. Just saying. Lot of dark corners round the back of that school."""),
    ("Shirl_from_Syston", "Fri Feb 21, 2025 6:30 pm", "Oi, you can't say that Gaz. Threatening a teacher over a hoody. Get a grip duck."),
    ("Mad_Mike", "Fri Feb 21, 2025 6:41 pm", "5 days is too much for a hood tbf. But don't be a muppet about it."),
    ("GazzaB_Humberstone", "Fri Feb 21, 2025 6:50 pm", "I'm not threatening anyone. I'm just saying it's dark round there."),
    ("Shirl_from_Syston", "Fri Feb 21, 2025 6:52 pm", "Course you are."),
], board="Schools & kids"), m(S, "alias", "negative"), m(MH, "surname_only", "threat"))

add("forum", forum("pupilroom", "english teachers who think theyre oprah", [
    ("sigma_grindset_07", "2 Dec 2024 22:40", "miss farah always going on about 'representation' and 'voices' in every single lesson. bet she came over on a dinghy and now wants to lecture us about britain lmao. go back to mogadishu and teach them about shakespeare"),
    ("booklover_kv", "2 Dec 2024 22:47", "that's literally racist bro. and she was born in leicester"),
    ("sigma_grindset_07", "2 Dec 2024 22:49", "its a joke relax"),
    ("notyourmum", "2 Dec 2024 22:55", "no it isnt. reported. she's the only reason half of us passed english lit at kingfisher"),
], board="Rants"), m(S, "short_name", "neutral"), m(AF, "title_surname", "hate"))

add("forum", forum("parentsnet", "Is the head having an affair with his deputy? (School gate gossip)", [
    ("CuriousCat_LE", "11 Apr 2025 14:02", "Bit of a gossipy one. Apparently Mr P and Mrs S-G at KVA were seen 'very cosy' in a car in the Fosse Park car park on a Saturday. Both married. One of the mums says it's been going on since the residential trip in Wales, separate rooms my foot 🍆. Anyone else heard this?"),
    ("NotTheSchoolGateAgain", "11 Apr 2025 14:10", "Two colleagues in a car park. Call the Daily Mail 🙄"),
    ("CuriousCat_LE", "11 Apr 2025 14:14", "More than colleagues by the sound of it, his hand was on her knee allegedly"),
    ("Brenda_not_Brenda", "11 Apr 2025 14:30", "This is how careers get wrecked. Unless you saw it, don't spread it."),
    ("Sparklyshoesandwine", "11 Apr 2025 14:41", "Reported. Could be defamatory and it's vile gossip."),
], board="Chat"), m(S, "alias", "neutral"), m(RP, "nickname", "sexual"), m(HSG, "nickname", "sexual"))

add("forum", forum("staffforum", "Controlled assessment 'help' - whistleblow or keep my head down?", [
    ("QuietlyFurious_", "Mon 20 Jan 2025 21:15", """Need advice. Last summer at KVA I saw the Y11 stats coursework before it went to the board. Mr Hasan basically rewrote half of it himself — same phrasing, same graphs, in the same pen. I raised it with the exams officer. Two days later I was told it had been "looked into" and was fine.

It wasn't fine. SLT buried it because results were the only thing keeping Ofsted off their backs. Now I hear the board is sniffing around and I'm worried I'll be blamed for not going further."""),
    ("Union_Rep_Rach", "Mon 20 Jan 2025 21:30", "Write down exactly what you saw and when, and who you told. Whistleblowing policy protects you. Speak to your union before you do anything."),
    ("Skeptic_Sam", "Mon 20 Jan 2025 21:45", "Be careful making allegations about named colleagues on a public forum. Even anonymously."),
], board="Workplace dilemmas"), m(S, "alias", "defamation"), m(MH, "typo", "defamation"))

add("forum", forum("polforum", "Szkoła dla syna — Kingfisher Vale? / Which school for my son?", [
    ("Agnieszka_LE4", "12.09.2024 20:11", "Cześć! Przeprowadzamy się na Rushey Mead. Ktoś ma dzieci w Kingfisher Vale Academy? Syn jest w Year 8, angielski jeszcze słaby. Which school is good for Polish kids with weak English?"),
    ("Tomek_Leicester", "12.09.2024 20:40", "Mój syn jest tam w Year 10. Polecam! Jest tam pan Łukasz Wiśniewski, head of science, Polak — bardzo pomaga polskim dzieciom, tłumaczy jak trzeba. Really good teacher, my son went from grade 3 to grade 6."),
    ("Agnieszka_LE4", "12.09.2024 20:45", "Super, dziękuję! 🙏"),
    ("Kasia_z_Belgrave", "12.09.2024 21:02", "Potwierdzam. Also they have EAL support in the mornings."),
], board="Szkoły / Schools"), m(S, "exact", "neutral"), m(LW, "exact", "neutral"))

add("forum", forum("techforum", "Generator size for a static caravan - 20 kVA overkill?", [
    ("caravan_colin", "14 Apr 2025 10:02", "We've bought a static at Kingfisher Vale Holiday Park on the Lincs coast. Site hookup is unreliable and we want a standby generator. Bloke at KVA Power Hire in Thurmaston suggested 20 kVA. Seems massive?"),
    ("sparky_dave", "14 Apr 2025 10:20", "20 kVA is silly for a static. Work out your actual load. Kettle, heater, fridge, telly — you're under 5 kW. A 6–7 kVA inverter genny is plenty. Remember kVA isn't kW, power factor matters."),
    ("caravan_colin", "14 Apr 2025 10:31", "Thought as much. He probably just wanted to hire me the big one!"),
    ("sparky_dave", "14 Apr 2025 10:36", "Ha, probably. And get a proper changeover switch fitted."),
], board="Generators"))

add("forum", forum("parentsnet", "DD (Y9) uncomfortable with music teacher - how do I raise it?", [
    ("WorriedMumLeics", "22 May 2025 22:15", """DD is 14 and in the orchestra at Kingfisher. She loves music. But she's told me a few things that are making me uneasy and I don't know if I'm overreacting:

- Mr V gives some of the girls his personal mobile for "extra rehearsals"
- the small practice room has paper taped over the window in the door
- he told DD she was "very mature for her age" and that she was his "favourite"
- DD says he texts her about things that aren't music

She doesn't want me to make a fuss because she's scared she'll be dropped from the concert."""),
    ("NurseRatchedNot", "22 May 2025 22:24", "Please don't wait. Papered windows and personal numbers for pupils breach basic safeguarding. Ring the school and ask for the designated safeguarding lead. Keep the texts."),
    ("MumOf3Teens", "22 May 2025 22:33", "Agree. You won't 'get him in trouble' — you'll let the people whose job it is look at it. If it's innocent, it'll be fine."),
    ("WorriedMumLeics", "22 May 2025 22:40", "Thank you. I'll call tomorrow."),
], board="Secondary education"), m(S, "short_name", "sexual", True), m(AV, "nickname", "sexual", True))

add("forum", forum("leicforum", "Belgrave Vale Community College - class of '98 reunion?", [
    ("Sunny_from_Loughborough_Rd", "Sat Jul 13, 2024 11:20 am", "Anyone from Belgrave Vale Community College, left in '98? Thinking of organising a reunion before we're all too old for it!"),
    ("Lisa_T_nee_Groves", "Sat Jul 13, 2024 11:45 am", "YES! I was there 93-98. Remember Siobhan Keane who taught us English? Strict but fair, used to make us read poems out loud. I think she's Mrs O'Donnell now and still at the school, which is all new buildings and called something else."),
    ("Sunny_from_Loughborough_Rd", "Sat Jul 13, 2024 11:50 am", "Ha yes! And Mr Vanterpool started the steel band in what, '96? I was rubbish on the bass pans."),
    ("Big_Dev", "Sat Jul 13, 2024 12:05 pm", "Count me in. Does anyone still talk to Chris Eaton?"),
    ("Lisa_T_nee_Groves", "Sat Jul 13, 2024 12:10 pm", "Ey up Dev! Long time duck"),
], board="Off topic"), m(S, "alias", "neutral"), m(SOD, "alias", "neutral"), m(AV, "title_surname", "neutral"))

add("forum", forum("leicforum", "Worst teacher you ever had?", [
    ("Rob_Birstall", "Sun Oct 6, 2024 8:10 pm", "Go on then. Mine was a French teacher at Oakham Road who threw board rubbers. 1991."),
    ("Jaz_LE5", "Sun Oct 6, 2024 8:22 pm", """Mr Mac, PE at Kingfisher, not even that long ago. Absolute meathead. Screamed in your face if you didn't run fast enough, made the fat kids do extra laps while he stood there with his protein shake. Roid-head with a whistle. I still can't go in a sports hall without feeling sick."""),
    ("Rob_Birstall", "Sun Oct 6, 2024 8:30 pm", "Ha, every school had one of those"),
    ("AnnieG", "Sun Oct 6, 2024 8:35 pm", "My son loves Mr Mac. Different strokes I suppose."),
], board="Off topic"), m(S, "short_name", "neutral"), m(DM, "nickname", "abuse"))

add("forum", forum("threadit", "What's happening with the old Kingfisher pub on Humberstone Road?", [
    ("pint_of_mild_please", "3 weeks ago", "Boarded up since Christmas. Anyone know if it's being flats or another bookies?"),
    ("planning_nerd_LE", "3 weeks ago", "Application in for conversion to 9 flats. Objections close end of month."),
    ("pint_of_mild_please", "3 weeks ago", "Gutted. Great jukebox. Darts on a Thursday."),
    ("nesh_as_owt", "3 weeks ago", "Proper old man pub, loved it. Last of the Humberstone boozers."),
]))

add("forum", forum("leicforum", "Attendance officer at KVA - here's her number, see how SHE likes it", [
    ("Mardy_Mare_LE4", "Thu Jan 23, 2025 10:47 pm", """Had my third letter threatening a fine because my daughter had tonsillitis. THIRD. That Pickering woman at KVA rang me at work and spoke to me like I was dirt.

Well. Her personal mobile is 07700 900 582 (she gave it to my sister years back when they did the same zumba class). Ring her at 10 o'clock at night and ask how her attendance is. See how she likes being chased."""),
    ("Dawn_H", "Thu Jan 23, 2025 10:55 pm", "Fines are awful but you can't post someone's number love. Take it down."),
    ("Mardy_Mare_LE4", "Thu Jan 23, 2025 11:01 pm", "Why not? They've got all of ours."),
    ("Moderator", "Fri Jan 24, 2025 7:30 am", "Phone number removed. User warned."),
], board="Schools & kids"), m(S, "alias", "negative"), m(JP, "surname_only", "doxxing"))

add("forum", forum("parentsnet", "SEN support at Kingfisher Vale Academy - experiences?", [
    ("AutismMumLeics", "8 Mar 2025 19:30", "DS (autistic, ADHD) starts Y7 in September. We've been offered Kingfisher Vale Academy. How is the SEN support really? Not the brochure version."),
    ("HighlyStrungHannah", "8 Mar 2025 19:41", "Mrs O'Donnell the SENCo is bloody brilliant. Fought tooth and nail for DD's EHCP when the council were dragging their feet. Cannot praise her enough."),
    ("Chez_LE4", "8 Mar 2025 19:55", "The SENCo is great, the rest of the school not so much. Behaviour policy is rigid and they don't make adjustments in practice. My son was put in isolation for stimming."),
    ("AutismMumLeics", "8 Mar 2025 20:02", "Isolation for stimming?! That's awful."),
    ("Chez_LE4", "8 Mar 2025 20:10", "Yep. Complained to the head, nothing changed. They talk inclusion but the policy doesn't match."),
], board="SEN"), m(S, "exact", "negative"), m(SOD, "title_surname", "neutral"))

add("forum", forum("somaliforum", "Macallin fiican / A good teacher for our daughters", [
    ("Hooyo_Leicester", "15 Nov 2024 18:20", "Asc everyone. I want to thank Macallin Amina Farah at Kingfisher Vale. My daughter was struggling with English when we came from Holland and she stayed after school every Wednesday with her. Now she wants to study law! Allah ha ku barakeeyo macallin."),
    ("Abdi_LE5", "15 Nov 2024 18:45", "Wcs. Yes she is very good. My son is in year 9, she is the head of year. Strict but she cares."),
    ("Hooyo_Leicester", "15 Nov 2024 18:50", "Strict is good for these boys 😂"),
], board="Waalidiinta / Parents"), m(S, "alias", "neutral"), m(AF, "exact", "neutral"))

add("forum", forum("leicforum", "Someone needs to burn that school down", [
    ("TruthTeller_1488", "Wed Oct 30, 2024 1:13 am", "Kingfisher Vale. Someone needs to torch the place with the whole SLT inside. Would do the city a favour. Bet the insurance is good."),
    ("Shirl_from_Syston", "Wed Oct 30, 2024 7:45 am", "Reported to the police and the mods. Unbelievable."),
    ("Mad_Mike", "Wed Oct 30, 2024 8:02 am", "What is wrong with people. There's 1400 kids in that building."),
    ("Moderator", "Wed Oct 30, 2024 8:15 am", "User banned. Details passed to Leicestershire Police."),
], board="Local news"), m(S, "alias", "threat"))

add("forum", forum("parentsnet", "Someone's shared a teacher's dating profile in the Y10 parents' chat", [
    ("Lurker_no_more", "27 Feb 2025 21:02", "Is this normal now? Someone in the Y10 Kingfisher parents' WhatsApp has posted screenshots of Mr McKenzie's Hinge profile. Shirtless gym selfie, bio says 'good with his hands, even better with a bat 😉'. Half the mums are swooning and making comments about 'PE stands for physical exercise ladies', the other half are outraged. I just feel sorry for him."),
    ("WineOClockSomewhere", "27 Feb 2025 21:10", "He's a single adult on a dating app. Leave the man alone."),
    ("Lurker_no_more", "27 Feb 2025 21:14", "One mum has now said she'd 'let him coach her any day' and another posted the aubergine emoji. At 9pm on a school chat."),
    ("WineOClockSomewhere", "27 Feb 2025 21:18", "Grim. Mute the chat."),
], board="Chat"), m(S, "short_name", "neutral"), m(DM, "title_surname", "sexual"))

add("forum", forum("pupilroom", "is it just me or is a teacher at my school creepy", [
    ("anon_yr9_girl", "14 Jan 2025 20:55", "not saying too much but there's a science teacher at kingfisher, mr wisnewski, and he always stands really close behind the girls when were doing practicals and looks at us weird. he told my friend her skirt was 'distracting'. and he only ever asks the girls to stay behind to 'clear up'. is that normal??"),
    ("helpful_yr13", "14 Jan 2025 21:03", "no that's not normal. tell someone you trust. every school has a safeguarding lead, their name is usually on posters round school"),
    ("anon_yr9_girl", "14 Jan 2025 21:06", "its mrs SG i think"),
    ("helpful_yr13", "14 Jan 2025 21:08", "then go to mrs SG. or tell your mum and she can ring. you wont get in trouble"),
    ("bruh_moment_99", "14 Jan 2025 21:15", "nah he's just short sighted lol"),
    ("helpful_yr13", "14 Jan 2025 21:16", "not funny"),
], board="Chat"), m(S, "short_name", "sexual", True), m(LW, "typo", "sexual", True), m(HSG, "nickname", "neutral"))

add("forum", forum("threadit", "Is Kingfisher Vale worth moving to Rushey Mead for?", [
    ("relocating_from_london", "1 month ago", "Moving up for work. Kids are 10 and 12. Is Kingfisher Vale actually decent? Ofsted says good but I know what Ofsted reports are like."),
    ("born_n_bred_LE4", "1 month ago", "It's fine. Not amazing, not awful. Really diverse, lots going on. Mr Vanterpool's steel band is a big deal there, my niece is obsessed."),
    ("cynical_dad", "1 month ago", "Behaviour can be rough at the back end of Year 9. The school's comms are rubbish too, half the time you hear things from the kids first."),
    ("relocating_from_london", "1 month ago", "Useful, thanks both"),
]), m(S, "alias", "negative"), m(AV, "title_surname", "neutral"))

add("forum", forum("parentsnet", "Not very 'British' any more? (Leicester schools)", [
    ("TraditionalValues_Mum", "30 Nov 2024 10:12", """I'll probably get flamed for this. We're looking at secondaries in Leicester and I'm shocked. Kingfisher Vale is basically an outpost of Gujarat with a bit of Mogadishu thrown in. Diwali evening, Eid assembly, Vaisakhi, but the Christmas carol concert 'rebranded' as a winter concert. Where are the English kids supposed to go? It's not integration, it's replacement, and nobody's allowed to say it."""),
    ("Ms_Patient", "30 Nov 2024 10:20", "They did a Christmas concert last year, my son sang in it. And the Gujarati and Somali kids ARE English kids. Most of them were born at the LRI."),
    ("TraditionalValues_Mum", "30 Nov 2024 10:25", "Born here doesn't make you British. You know what I mean."),
    ("Sparklyshoesandwine", "30 Nov 2024 10:31", "Yes. We know exactly what you mean. Reported."),
    ("MNHQ_style_mod", "30 Nov 2024 11:00", "We've deleted a number of posts on this thread for breaking our guidelines on racism."),
], board="Secondary education"), m(S, "alias", "hate"))

add("forum", forum("leicforum", "Kingfisher Cars Leicester - ripped off from the station", [
    ("Steve_O", "Mon Aug 5, 2024 11:20 pm", "£28 from the station to Rushey Mead with Kingfisher Cars Leicester. Usually 12. Driver said 'surge'. Surge?! It's a minicab!"),
    ("Bhav_the_cabbie", "Mon Aug 5, 2024 11:35 pm", "That's not right. Ring the office and complain, they'll refund you."),
    ("Steve_O", "Tue Aug 6, 2024 8:10 am", "Rang them, got £15 back. Fair play."),
], board="Motors"))

add("forum", forum("pupilroom", "kva maths dept is a joke", [
    ("yr11_stressed", "7 May 2025 19:20", "m4ths teacher h4ssan at kva is an actual muppet. cant explain anything, just reads off the slides and then goes 'its easy' when no one gets it. bald egg headed clown"),
    ("maths_is_pain", "7 May 2025 19:25", "whys ur keyboard like that 😂"),
    ("yr11_stressed", "7 May 2025 19:26", "filter on the school wifi blocks his name lol"),
    ("g0ldfish_memory", "7 May 2025 19:31", "nah he's alright, he stays after school for revision. ur just lazy"),
], board="Rants"), m(S, "alias", "neutral"), m(MH, "leetspeak", "abuse"))

add("forum", forum("staffforum", "Interview at Kingfisher Vale Academy tomorrow - any tips?", [
    ("Early_Career_Emma", "Sun 23 Mar 2025 17:40", "Interview for English at Kingfisher Vale Academy (Leicester) tomorrow. Lesson with Y8 on poetry. Any tips about the school?"),
    ("Tired_HoD", "Sun 23 Mar 2025 18:02", "I was interviewed by Rakesh Patel there last year (didn't take it, moved closer to home). He was friendly, asked a lot about behaviour and relationships. Kids were chatty but lovely."),
    ("Early_Career_Emma", "Sun 23 Mar 2025 18:10", "Thank you! Feel a bit better."),
], board="Job seekers"), m(S, "exact", "neutral"), m(RP, "exact", "neutral"))

add("forum", forum("parentsnet", "Attendance fines when your child is genuinely ill - rant", [
    ("KnackeredNat", "4 Feb 2025 08:55", """Sorry this is long. DS has asthma. Two hospital admissions this winter. Kingfisher Vale have now sent a "persistent absence" letter warning of a fine and a home visit.

I rang up and got Jo P from attendance, who was polite enough but just kept reading from a script about "every day counts" and "thresholds". I said he was on a nebuliser and she said I'd need a doctor's note for every single day. Our GP charges £25 for a letter.

I understand the pressure schools are under but this is ridiculous. The policy is written for truants, not sick kids."""),
    ("Hollie_Holyhead", "4 Feb 2025 09:05", "Hospital discharge letters should count. Ask for it in writing and escalate to the head."),
    ("KnackeredNat", "4 Feb 2025 09:10", "Good idea. I'll do that."),
], board="Secondary education"), m(S, "alias", "negative"), m(JP, "first_initial", "negative"))

add("forum", forum("threadit", "Not naming names but someone in Rushey Mead is cooking the books", [
    ("anon_LE4_whistle", "2 weeks ago", "A certain head at a certain secondary in Rushey Mead — let's call him P a t e l — has been fiddling the attendance figures for two years. Kids marked present who were in Gujarat for a month. Registers 'corrected' after the fact. Ask yourself why persistent absence dropped overnight."),
    ("sceptical_scouse_in_leics", "2 weeks ago", "Bold claim with zero evidence mate"),
    ("anon_LE4_whistle", "2 weeks ago", "Ask anyone who works in the office there."),
    ("mod_Leicester", "2 weeks ago", "Removed: rule 3, no unverified allegations about private individuals."),
]), m(RP, "spacing", "defamation"))

add("forum", forum("staffforum", "DSL who buried a disclosure - how do I report her?", [
    ("Conscience_Clause", "Tue 10 Jun 2025 22:18", """Former colleague here. At my last school, a Leicester academy, the DSL — Mrs S****u-G**l — sat on a disclosure from a Year 10 for three weeks because the allegation was against a member of SLT she's close to. She told me it was "being handled". It wasn't. Then she rewrote the CPOMS timeline.

I've left now but it eats at me. Should I go to the LADO or the trust or both? I want her struck off."""),
    ("SafeguardingTrainer", "Tue 10 Jun 2025 22:40", "If you have a concern about how a DSL handled an allegation against staff, the LADO is the right route, and you can use the whistleblowing helpline. Don't post identifying details here."),
    ("Conscience_Clause", "Tue 10 Jun 2025 22:44", "I've starred it out."),
    ("Skeptic_Sam", "Tue 10 Jun 2025 22:50", "Starring out two letters is not anonymising anybody."),
], board="Workplace dilemmas"), m(HSG, "obfuscated", "defamation"))

add("forum", forum("threadit", "The pile-on against a SENCo at KVA this week is disgusting", [
    ("actual_teacher_LE", "4 days ago", """Teacher here. I won't say where I work but I know people at KVA. The abuse Mrs O'Donnell has had on Facebook this week — called a 'useless fat cow' and worse, because a parent didn't get the EHCP outcome they wanted from the COUNCIL, not from her — is disgusting.

SENCos don't decide EHCPs. Please, if you see those posts, report them instead of liking them."""),
    ("mumofthree_LE4", "4 days ago", "Agree. She's been nothing but kind to my son."),
    ("bin_day_is_tuesday", "4 days ago", "People forget there's a real person on the other end."),
]), m(S, "alias", "neutral"), m(SOD, "title_surname", "neutral"))

# ====================================================================== BLOG

add("blog", blog("birdblog", "Kingfishers at Watermead and a grumpy heron", """
Out at first light with the flask. Frost on the meadows at Watermead and the lakes half frozen, which always concentrates the birds.

Two kingfishers on the channel between the big lake and the Soar, one perched on the same dead willow branch as last winter. I watched it dive four times in ten minutes and come up with a fish twice. Not bad odds.

Further down, towards Belgrave Lock, a third kingfisher whistled past — probably one of the pair that nested in the bank by the Space Centre footbridge last year.

Also: 14 goosander, a water rail squealing in the reeds, and a heron who was clearly having a worse morning than me.

Kit: same old bins, the 400mm lens, two pairs of socks.
""", author="Sheila D", date="14 January 2025", comments=[
    ("Mike from Birstall", "Lovely. I had one on the canal at Thurmaston on Sunday."),
    ("Sheila D", "They're having a good year Mike!"),
]))

add("blog", blog("historyblog", "From Belgrave Vale to Kingfisher Vale: fifty years of a Rushey Mead school", """
When Belgrave Vale Community College opened in September 1974, the Leicester Mercury of the day called it "a school for the new Leicester". It had 900 pupils, a swimming pool that leaked from day one, and a language lab with reel-to-reel tape recorders.

## The 1970s and 80s
Many of the first pupils were from families who had arrived from East Africa only a few years earlier. Former pupils remember the dinner ladies learning to make dal, and a headmaster who insisted on Latin until 1979.

## The 1990s
Vanterpool's steel band, started in 1996 with drums borrowed from a church in Highfields, became the most famous thing about the school. Old photos show the band playing at the Abbey Park show in matching yellow T-shirts.

## Rebuild
The old blocks came down in 2011. The school reopened in new buildings in 2012 as Kingfisher Vale Academy, and joined the Fosse Learning Partnership in 2016. The swimming pool, mercifully, did not survive.

If you have photos or memories, please add them below.
""", author="Old Belgrave & Beyond", date="3 September 2024", comments=[
    ("Pravin (1976-81)", "The pool! I still have a verruca from it."),
    ("Janet Ward", "Mr Tansley made us all learn the capitals of Africa. Strict but fair."),
    ("Lorraine", "I played in that first steel band! Mr V was so patient with us."),
]), m(S, "exact", "neutral"), m(AV, "possessive", "neutral"))

add("blog", blog("teacherblog", "Why I left: notes from a Leicester academy", """
I've started this post about six times. It's been a year, so here goes.

I taught at Kingfisher for five years. I loved the kids. I loved my department. I loved that I could teach Macbeth to a room of Gujarati, Somali, Polish and Caribbean teenagers and they would each find something in it I had never seen.

What I couldn't do any more was the culture. Every week a "learning walk". Every half term a "book look" with a grid. Every grid fed into a spreadsheet, and every spreadsheet went to Mr P, who would appear at your door with a clipboard and a smile that never reached his eyes, and ask why your "green pen engagement" was at 62%.

I don't think he's a bad person. I think he's a frightened one, running a school for inspectors instead of for children. And frightened people run frightened schools.

The one person who kept me going in my last year was Mrs O'D, our SENCo, who would put the kettle on and listen. If she ever reads this: thank you.

I teach in a sixth-form college now. I sleep.
""", author="Chalk & Burnout", date="6 July 2025", comments=[
    ("Jen", "This could be my school word for word."),
    ("Anonymous", "Green pen engagement 😂 I'm crying"),
]), m(S, "short_name", "negative"), m(RP, "nickname", "negative"), m(SOD, "nickname", "neutral"))

add("blog", blog("substack", "Issue 41: Bin day, bhajis, and a very loud Christmas", """
Hello from LE4, where it has rained for eleven consecutive days and the man across the road has put up an inflatable Santa so big it blocks the streetlight.

A few things this week.

First, bins. The council has changed our collection day AGAIN. I know this because I put the green bin out on Tuesday and it sat there like a monument to my own optimism until Friday. If anyone from the council is reading: a letter would be nice. A pigeon. Anything.

Second, bhajis. The stall outside the sari shop on Belgrave Road has started doing a paneer bhaji that I would describe as life-changing if I weren't trying to be taken seriously as a writer. £2 for four. Go.

Third — and this is the bit I actually sat down to write — we went to the Christmas concert at Kingfisher Vale on Thursday, and I cried into my scarf. Mr Vanterpool's steel band opened with a calypso version of Jingle Bells, then the Year 7 choir sang Silent Night in English, Gujarati and Somali, and then a boy of maybe twelve played a dhol solo that made the whole hall stamp. It was bloody brilliant. I say this as someone who went in mainly for the mince pies.

Fourth, the Foxes. We will not be discussing the Foxes.

See you next week, if the bins allow.
""", author="Nisha", date="15 December 2024", comments=[
    ("Pete", "The dhol lad was incredible. My daughter's still talking about it."),
    ("Aunty Jyoti", "Which sari shop?? Need bhajis"),
]), m(S, "alias", "neutral"), m(AV, "title_surname", "neutral"))

add("blog", blog("foodblog", "Thali heaven on the Golden Mile (and where to get a cold Kingfisher after)", """
If you've never had a Gujarati thali on Belgrave Road, stop reading and go. I'll wait.

This week's pick: a family-run place near the flyover doing an unlimited thali for £11.99. Dal that tastes like somebody's grandmother made it (she did), undhiyu, kadhi, three kinds of farsan, puris on demand, and shrikhand that should be illegal.

It's dry, so afterwards we walked up towards Rushey Mead to a Punjabi grill that serves Kingfisher and Cobra in frosted glasses. Paneer tikka, lamb chops, a second Kingfisher. Bliss.

Rating: 5 puris out of 5.
""", author="Golden Mile Grub", date="2 August 2024", comments=[
    ("Meera", "Undhiyu in August?! Jealous."),
]))

add("blog", blog("parentblog", "What Kingfisher Vale Academy doesn't want you to know", """
We started this blog because we were tired of being told everything is fine.

Here is what we know.

Rakesh Patel has been cooking the books. Exclusions are being recorded as "managed moves" so they don't show up in the figures the council sees. Kids are being "encouraged" to go elsewhere before GCSEs so the results look better. This is called off-rolling and it is against the rules.

And it's worse than that. Last year a Year 8 boy was assaulted in the changing rooms. The school told his family it was "horseplay". The staff who saw it were told not to put it in writing. Kingfisher Vale Academy covered it up to protect its Ofsted grade, and the trust helped them do it.

We have emails. We have names. We are not going away.

If you have experienced something similar, please use the contact form. All messages are confidential.
""", author="KV Parent Watch", date="12 April 2025", comments=[
    ("A parent", "Thank you for saying what everyone thinks."),
    ("Concerned", "If you have evidence take it to the police, not a blog."),
]), m(S, "exact", "defamation"), m(RP, "exact", "defamation"))

add("blog", blog("patriotblog", "The quiet Islamification of a Leicester school", """
Nobody voted for it. Nobody was asked. But walk past Kingfisher Vale Academy in Leicester at 3pm and tell me this is still England.

Headscarves as far as the eye can see. A prayer room where the chapel used to be. Halal-only meat in the canteen. Assemblies about Ramadan and Vaisakhi and Diwali, but heaven forbid a child says Happy Christmas.

Take Amina Farah, a hijab-wearing English teacher whose lessons, according to parents who've contacted us, are more about "colonialism" and "white privilege" than Dickens. Is this who we want teaching our children what it means to be British? Someone who'd rather we felt ashamed of our own country? These people don't want to integrate. They want to replace.

This is what happens when a city gives up. It's coming to a town near you.

Share this before they take it down.
""", author="Editor", date="2 March 2025", comments=[
    ("Patriot_Pete", "Leicester's lost. Londonistan 2.0."),
    ("Jane", "This is hateful nonsense. The school has a Christmas concert every year and the canteen serves all sorts."),
]), m(S, "exact", "hate"), m(AF, "exact", "hate"))

add("blog", blog("cricketblog", "Season review 2024: juniors, a new bowling machine and a thank-you", """
What a season. The first XI finished third, the seconds avoided relegation on the last day (thanks to a very generous lbw decision we will not be discussing), and the juniors had the best year in the club's history.

## Juniors
Seventy kids on a Friday night, from under-9s to under-15s. Girls' softball cricket went from six players to twenty-two.

A huge thank-you to Delroy McKenzie, who runs the cricket at Kingfisher Vale's PE department and has sent us half our under-13 squad. Delroy gives up two evenings a week to coach here for nothing and he's the reason our nets are full.

## Bowling machine
Funded by the raffle and the curry night. Please stop setting it to 90mph for the under-11s.

## AGM
Thursday 14 November, clubhouse, 7.30pm. Bar open.
""", author="Club secretary", date="30 September 2024", comments=[
    ("Raj (U13 parent)", "Mac is a legend. My son lives for Friday nets."),
]), m(S, "alias", "neutral"), m(DM, "exact", "neutral"))

add("blog", blog("electricblog", "kVA vs kW: why your generator is smaller than you think", """
Generators are rated in kVA, your appliances in kW, and the difference catches people out every single time.

kVA is apparent power. kW is real power. The ratio between them is the power factor. For most generators, assume a power factor of 0.8, so a 10 kVA generator gives you about 8 kW of usable power.

Motors, compressors and anything with a big inrush current need headroom. A 1.5 kW pump might want 4 or 5 kW for a second when it starts.

So: add up your running loads, add your biggest starting load, divide by 0.8, and round up. That's your kVA.

Next week: changeover switches, and why you must never back-feed a socket.
""", author="Volts & Jolts", date="7 March 2025", comments=[
    ("Gaz", "Good explainer. Customers never believe me on the 0.8 thing."),
]))

add("blog", blog("steelblog", "Teaching pan to people who've never held sticks", """
by Ambrose Vanterpool

Every September I get a room of eleven-year-olds who've never seen a steel pan up close. By Christmas they're playing three-part arrangements. People ask me how. Here's most of it.

1. Start with rhythm, not notes. Clap it, stamp it, sing it.
2. Teach the note layout as a map, not a chart. "Start at C, go round the clock."
3. Let them be loud. Pan is loud. Embrace it.
4. Give everyone a part that matters, even if it's two notes.
5. Perform early. The first gig is terrifying and magical.

My dad played in a Leicester band in the seventies and taught me on a pan made from a Shell oil drum. I still have it. It's terribly out of tune and I love it.
""", date="18 October 2024", comments=[
    ("Chantelle", "Amazing advice. Using this with my community band!"),
]), m(AV, "exact", "neutral"))

add("blog", blog("rantblog", "Rakesh 'Spreadsheet' Patel and his blazer empire", """
Right. I've had enough.

My nephew goes to Kingfisher Vale. Nice kid, bit gobby, like I was. This week he got sent to "reflection" (that's isolation with a nicer name) for having the wrong colour socks. SOCKS.

Who's in charge? Rakesh Patel. Or as I like to call him, Spreadsheet Patel. A man with the charisma of a damp cob and the backbone of a wet flannel. Gormless. Utterly gormless. Stands at the gate every morning in his shiny suit like a bouncer at a Harvester, checking socks while the roof leaks in C block.

Ninety quid blazers. Sock patrol. A head who thinks "data" is a personality.

Rant over. Back to the Foxes.
""", author="Leicester Lad", date="18 September 2024", comments=[
    ("Dean", "Damp cob 😂😂"),
    ("Anon", "Bit harsh, he's a decent bloke in person"),
]), m(S, "alias", "negative"), m(RP, "exact", "abuse"))

add("blog", blog("consultblog", "Case study: what one Leicester school got right on safeguarding culture", """
When inspectors visited Kingfisher Vale Academy this summer, the safeguarding judgement was the least surprising part of the report. Anyone who has worked with the school knows that Sandhu-Gill's team has built something unusual: a culture where the dinner staff, the site team and the sixth formers all know exactly who to tell and how.

Three things stood out to me.

## Everyone is trained, everyone is tested
Not just the annual INSET. Short scenario quizzes in briefings, every fortnight.

## Low-level concerns are logged
Staff log "low-level concerns" about colleagues without fear, because leaders treat them as information rather than accusation.

## Pupils are told, repeatedly, that it's never too late to tell
Posters in every toilet. Assemblies that name the DSL and show her photo.

None of this is expensive. All of it takes leadership.
""", author="Inspection Insight", date="24 June 2025"), m(S, "exact", "neutral"), m(HSG, "possessive", "neutral"))

add("blog", blog("mumblog", "The week my mardy teenager had a breakthrough", """
Regular readers will know my eldest (14, mardy, communicates mainly in grunts and memes) has been having a rough time at school this year. Falling out with friends, falling behind, and a lot of "I'm not going in" mornings.

This week, a breakthrough. Miss F, her head of year at Kingfisher, rang me on Tuesday evening — her own time — to say she'd noticed my daughter sitting alone at lunch and wanted to check in. We had a proper chat. She's set up a lunchtime book club and asked my daughter to help run it.

Reader, my daughter came home SMILING. She told me about a book. Voluntarily. I had to sit down.

Teachers get a lot of stick, and some of them deserve it (I'm looking at you, Year 7 French teacher of 2019). But Miss F is a star.

Recipe of the week after the jump: slow-cooker keema.
""", author="Mardy Teens & Me", date="27 February 2025", comments=[
    ("Kay", "This made me well up. Good teachers are gold."),
]), m(S, "short_name", "neutral"), m(AF, "nickname", "neutral"))

add("blog", blog("photoblog", "A spring barn wedding just outside Leicester", """
Lucy and Amit's wedding at a converted barn near Leicester was one of those days that makes me love this job.

Mehndi in the morning, a humanist ceremony in the orchard, a baraat with a dhol player leading a vintage tractor (yes really), and a first dance to Elvis. The light was perfect all afternoon and I got the golden-hour portraits of my dreams.

Thank you both for having me. — Jo Pickering
""", date="26 April 2025", comments=[
    ("Lucy", "Jo you are a genius, we cried at the previews!!"),
]))

add("blog", blog("historyblog", "Fishing the Grand Union at Belgrave: a morning with Rakesh", """
My old mate Rakesh Patel has fished this stretch of the Grand Union since 1981, when he was a young bus conductor on the Melton Road route. Now retired, he's down here three mornings a week with a flask of masala chai and a bag of maggots.

"The fish aren't what they were," he says, every single time. He then catches eleven roach in an hour.

A kingfisher went past us twice this morning. Rakesh didn't even look up. "He's after my roach," he said.
""", author="Old Belgrave & Beyond", date="1 June 2024", comments=[
    ("Dave", "Give Rakesh my regards! Haven't seen him since the 90s."),
]))

add("blog", blog("parentblog", "Contact the people who can actually answer our questions", """
Many of you have asked how to get a reply from Kingfisher Vale. Emails to the office go into a black hole. So here are some more direct routes.

The business manager, Bhavna Mistry, who signs off every trip payment and refund, uses her own email for "urgent" matters: bhavna.mistry74@inboxmail.example. She lives in Thurmaston, so maybe she'll take a letter through the door more seriously — 9 Heron Gardens, LE4 8TX.

Please be polite. But be persistent.
""", author="KV Parent Watch", date="3 May 2025", comments=[
    ("A parent", "Is this allowed?"),
]), m(S, "alias", "negative"), m(BM, "exact", "doxxing"))

add("blog", blog("teacherblog", "Supply diary: five days at a Rushey Mead secondary", """
Day one. Arrive 7.45. Nobody knows I'm coming. Receptionist lovely, finds me a lanyard and a timetable with four Year 9 classes. Pray.

Day two. The science department are the nicest people I've met on supply. Mr Wiz (his surname has more consonants than my whole family and the kids gave up years ago) leaves me proper cover work with answers. I could cry.

Day three. Fire alarm during period 5. Standing on the field in drizzle. The head, Mr Patel, walks the lines with an umbrella and a joke for every form group. Fair play.

Day four. A Year 8 asks if I'm "a real teacher or a fake one". Good question, kid.

Day five. Offered a longer contract. Said yes. Who am I.
""", author="Chalk & Burnout", date="22 November 2024", comments=[
    ("supply_sue", "A department that leaves answers is a unicorn!"),
]), m(LW, "nickname", "neutral"), m(RP, "title_surname", "neutral"))

add("blog", blog("parentblog", "Why we are asking the trust for an independent safeguarding review", """
Last term a pupil at Kingfisher Vale told a member of staff that she was being bullied by a group of older pupils online. Her mum says nothing happened for two weeks.

When she chased it, she was told by Mrs Sandhu Gill, the deputy head, that the matter had been "dealt with at the appropriate level". The bullying continued.

We do not say anyone has broken the law. We do say the school's response was slow, defensive and poorly communicated, and that families deserve better. That's why we've written to the trust asking for an independent review of how concerns raised by pupils are handled.

You can add your name at the bottom of this post.
""", author="KV Parent Watch", date="19 February 2025", comments=[
    ("Rita", "Signed."),
    ("Former pupil", "Mrs SG was the only one who ever listened to me tbh."),
]), m(S, "alias", "negative"), m(HSG, "hyphenated", "negative"))

# ==================================================================== REVIEW

GHEAD = """Kingfisher Vale Academy
Secondary school · Melton Road, Rushey Mead, Leicester
{score} {stars} ({n} Google reviews)
Sort by: Most relevant · Newest · Highest · Lowest
"""


def greview(score: str, stars: str, n: int, body: str) -> str:
    return text(GHEAD.format(score=score, stars=stars, n=n) + "\n" + body)


add("review", greview("3.1", "★★★☆☆", 214, """
Tasha Greenwood
Local Guide · 31 reviews · 12 photos
★☆☆☆☆ 2 months ago
Impossible to get through to anyone. Rang the main line nine times on Monday, either engaged or rings out. Emailed twice, no reply. My daughter had a nosebleed in PE and nobody rang me till home time. If you can't answer a phone what are you doing running a school?
👍 18

Response from the owner 2 months ago
Dear Ms Greenwood, we are sorry to hear this. Please call the school office on 0116 496 0732 and ask for the pastoral team, who will be happy to help.
"""), m(S, "exact", "negative"))

add("review", greview("3.1", "★★★☆☆", 214, """
Harvinder Bains
12 reviews
★★★★★ 3 weeks ago
My son has just finished Year 11 here and I want to say thank you. Mr Wisniewski is an absolute legend — he ran science revision every Saturday morning from January, free, and my boy went from a 4 to a 7 in combined science. Never once complained. The school has its issues like everywhere but that man deserves a medal.
👍 42
"""), m(S, "exact", "neutral"), m(LW, "title_surname", "neutral"))

add("review", greview("3.0", "★★★☆☆", 219, """
Wayne Skidmore
4 reviews
★☆☆☆☆ a month ago
My lad got bullied for a YEAR and the head Patel did sod all. Spineless jobsworth hiding behind his "policies". Couldn't organise a p*ss up in a brewery. Grow a spine mate. Don't send your kids here.
👍 7
"""), m(S, "exact", "negative"), m(RP, "surname_only", "abuse"))

add("review", greview("3.0", "★★★☆☆", 219, """
Shazia Iqbal
Local Guide · 58 reviews
★★☆☆☆ 5 months ago
Two stars because some of the teachers are lovely. But when my son reported bullying to Mrs Sandhu-Gill she told him to "try ignoring them" and "stay away from them at lunch". He did. They followed him. It took a broken phone and a police report before anything happened. Not good enough for a deputy head.
👍 23

Response from the owner 5 months ago
Thank you for your feedback. We take all reports of bullying seriously. We would welcome the chance to discuss this with you directly.
"""), m(S, "exact", "negative"), m(HSG, "title_surname", "negative"))

add("review", greview("2.9", "★★★☆☆", 226, """
Anonymous parent
1 review
★☆☆☆☆ 1 week ago
The PE teacher McKenzie grabbed my son by the neck and threw him against the changing room wall because he forgot his kit. Bruises on his neck. The school swept it under the carpet, told me my son "was being dramatic" and refused to show me the CCTV. They are covering for their own. I've gone to the police. AVOID.
👍 3
"""), m(S, "exact", "defamation"), m(DM, "surname_only", "defamation"))

add("review", text("""
Shree Krishna Thali House · Belgrave Road, Leicester
Tripadvisor · 4.5 of 5 bubbles · 612 reviews

"Best thali in Leicester, shame about the beer"
●●●●○ Reviewed 12 August 2024
We came up from Bedford for the day. The thali was superb — unlimited refills, the dal was heavenly, the puris came hot to the table. Staff very friendly even when we asked for a third lot of shrikhand. Only reason for 4 not 5: no alcohol, and after that much food I wanted an ice-cold Kingfisher! Walked up the road to a pub instead. Will be back.
Date of visit: August 2024 · Trip type: Friends
"""))

add("review", text("""
Kingfisher Cars Leicester
Taxi service · Belgrave Gate, Leicester
4.2 ★★★★☆ (388 reviews)

Ravi Chauhan
★★★★★ 2 weeks ago
Booked at 4am for the airport run to East Midlands. Driver was early, car spotless, helped with the cases. Fair price. Always use Kingfisher Cars Leicester now.

Danielle H
★★☆☆☆ a month ago
Waited 40 mins on a Saturday night and nobody answered the phone. Driver was nice when he finally came.
"""))

add("review", text("""
Kingfisher Vale Holiday Park
Holiday park · Ingoldmells, Lincolnshire
3.8 ★★★★☆ (1,204 reviews)

Gary and Sue from Coalville
★★☆☆☆ 3 months ago
Been coming here 12 years. Site fees up again, clubhouse entertainment has gone downhill (the bingo caller sounds like he's being held hostage) and the pool was shut for half our week. Still love the beach. Owners need to sort it out.

Mel T
★★★★★ 4 months ago
Kids loved it, kingfisher feeding by the fishing lake every morning! Clean caravan, lovely staff.
"""))

add("review", greview("2.9", "★★★☆☆", 226, """
Justice4Kai
1 review
★☆☆☆☆ 6 days ago
Want to complain to the head directly instead of being fobbed off by the office? Rakesh Patel. Personal mobile 07700 900 417. Lives on Larkspur Rise in Thurmaston, the one with the white Audi and the fancy lanterns. He can't hide behind the receptionist forever.
👍 2
"""), m(S, "exact", "negative"), m(RP, "exact", "doxxing"))

add("review", greview("2.9", "★★★☆☆", 226, """
Kirsty M
2 reviews
★☆☆☆☆ 3 days ago
Keep excluding my kid over made up attendance and see what happens to your windows. Nice school, be a shame if something happened to it. And Jo Pickering, I know what car you drive and what time you leave. Silver Corsa. Think on.
"""), m(S, "exact", "threat"), m(JP, "exact", "threat"))

add("review", text("""
RateYourTeacherUK.example › Leicester › Kingfisher Vale Academy › Mathematics

Mr Hassan
Overall: 1.4 / 5 · Helpfulness 1.2 · Clarity 1.0 · Easiness 2.1 · 19 ratings

★☆☆☆☆ "worst teacher alive"
Literally reads off the powerpoint. smells like old coffee and feet. egg head. if u get him for y11 ur cooked

★☆☆☆☆ "snake"
gives detentions for breathing and then acts all nice at parents evening. two faced snake

★★★☆☆ "ok if ur good at maths"
hes fine if u already get it. cant explain stuff to ppl who dont
"""), m(S, "exact", "neutral"), m(MH, "title_surname", "abuse"))

add("review", greview("3.1", "★★★☆☆", 214, """
Dean Chamberlain
Local Guide · 77 reviews · 130 photos
★★★★★ 4 months ago
Not normally one for reviews but credit where it's due. Miss Farah is the dog's bollocks. My daughter was a bloody nightmare in Year 9 and that woman didn't give up on her once. Rang me every week. Now she's doing A levels and wants to be a teacher. Cheers Miss, you're a diamond.
👍 31
"""), m(S, "exact", "neutral"), m(AF, "title_surname", "neutral"))

add("review", greview("3.0", "★★★☆☆", 219, """
Pooja Vaghela
9 reviews
★★★☆☆ 2 months ago
Oh wonderful, another "exciting new behaviour policy" from Mr Patel. That's the third one in two years, each with a fancy name and a colour-coded poster. My son has now learned that "Ready, Respectful, Safe" has been replaced by "Be Your Best Self", which I'm sure will fix the fights at the bus stop. Can't wait for the launch assembly. Three stars because the canteen does a decent pav bhaji.
👍 15
"""), m(S, "exact", "negative"), m(RP, "title_surname", "negative"))

add("review", text("""
Glassdoor · Kingfisher Vale Academy · Employee reviews

★★☆☆☆ "Lovely kids, toxic SLT"
Current Employee - Teacher in Leicester, England
Recommend: No · CEO approval: No opinion · Business outlook: Neutral

Pros
The students are brilliant, funny and hard-working. Diverse, welcoming community. Support staff are the backbone of the place — Jo P in attendance is amazing and knows every family by name.

Cons
Relentless monitoring. Learning walks weekly, data drops every six weeks, constantly changing behaviour policy. SLT say "wellbeing" but plan INSET on a Saturday. High staff turnover.

Advice to Management
Trust your teachers. Stop measuring everything.
"""), m(S, "exact", "negative"), m(JP, "first_initial", "neutral"))

add("review", greview("3.1", "★★★☆☆", 214, """
Nasra Ahmed
3 reviews
★★★★★ a month ago
Big thank you to Mrs Mistry in the office who sorted my son's bus pass in one day after the council lost it twice. If you need help ring the office on 0116 496 0733, they are really helpful if you are polite.
👍 6
"""), m(S, "exact", "neutral"), m(BM, "title_surname", "neutral"))

add("review", greview("2.9", "★★★☆☆", 226, """
Englishman in Leicester
1 review
★☆☆☆☆ 2 weeks ago
Used to be a decent school when it was Belgrave Vale. Then it got taken over by you-know-who. Now it's halal this and Diwali that, half the staff can barely speak proper English, and the few English kids left get picked on for being white. Not a school for people like us any more. Move to Oadby while you can.
👍 4
"""), m(S, "exact", "hate"))

add("review", greview("2.9", "★★★☆☆", 226, """
Truthbomb LE4
2 reviews
★☆☆☆☆ 1 month ago
School is a joke. Want to know why the SEN office door is always locked at lunch? Ask O'Donnell and the caretaker 😉😉 reckon they're reviewing more than paperwork in there. Everyone knows. Maybe spend less time "in meetings" and more time helping our kids.
"""), m(S, "exact", "negative"), m(SOD, "surname_only", "sexual"))

add("review", text("""
Kingfisher Vale Primary School
Primary school · Swindon
4.7 ★★★★★ (96 reviews)

Becky O
★★★★★ 2 months ago
Outstanding and it shows. My two have come on leaps and bounds. Mrs Morrow is the best head we've ever had. Reception team are angels.

Lee Hampton
★★★★☆ 6 months ago
Great school, car park is a nightmare at pick up.
"""))

add("review", greview("2.8", "★★★☆☆", 231, """
A concerned mum
1 review
★☆☆☆☆ 4 days ago
I would give zero if I could. The music teacher Mr V is inappropriate with the girls. Private "lessons" in a room with the window covered, messages on their phones late at night, calls them his "special ones". Everyone knows and the school does nothing. Do NOT let your daughter stay behind for music.
"""), m(S, "exact", "sexual", True), m(AV, "nickname", "sexual", True))

add("review", greview("3.1", "★★★☆☆", 214, """
Sanjay Karia
Local Guide · 140 reviews
★★★★☆ 6 months ago
Went here when it was still Belgrave Vale Community College (class of '92!). Came back for my nephew's concert and Mr Vanterpool is STILL there running the steel band, just with greyer hair. New buildings are great. Took a star off for the car park.
👍 9
"""), m(S, "exact", "neutral"), m(AV, "title_surname", "neutral"))

add("review", greview("3.0", "★★★☆☆", 219, """
Kayleigh
1 review
★☆☆☆☆ 3 weeks ago
Mr Mckensie is a thick muscle head who couldnt teach a dog to sit. Shouts at year 7s like hes in the army. Gym rat with a whistle. Sort it out.
"""), m(S, "exact", "negative"), m(DM, "typo", "abuse"))

add("review", greview("3.0", "★★★☆☆", 219, """
N M
2 reviews
★☆☆☆☆ 1 month ago
The head Mr """ + hg("Patel") + """ is a clown in a suit. Useless, smarmy, all mouth. Couldn't lead a conga. This school is going downhill fast.
"""), m(S, "exact", "negative"), m(RP, "homoglyph", "abuse"))

add("review", greview("3.1", "★★★☆☆", 214, """
Alan P
Local Guide · 20 reviews
★★☆☆☆ 3 months ago
Lost property is a black hole. Two blazers (at £45 each), a coat and a PE bag gone since September and nobody ever knows anything. For what they charge for uniform you'd think they'd keep a box.
"""), m(S, "exact", "negative"))

add("review", greview("3.1", "★★★☆☆", 214, """
Chanelle Richards
4 reviews
★★★★★ 2 months ago
Music department is f***ing brilliant. Vanterpool is a legend — my daughter went from never touching an instrument to playing at carnival in a year. Whatever they pay that man, double it.
👍 12
"""), m(S, "exact", "neutral"), m(AV, "surname_only", "neutral"))

add("review", text("""
The Kingfisher · Pub · Humberstone Road, Leicester
Permanently closed
3.9 ★★★★☆ (203 reviews)

Terry B
★★★★★ 2 years ago
Proper local. Cheap pints, darts Thursday, landlady calls everyone "me duck". Don't go expecting craft beer.

Jas
★★★☆☆ 3 years ago
Bit rough on a Friday but the karaoke's a laugh.
"""))

add("review", greview("2.8", "★★★☆☆", 231, """
Parent of 3
3 reviews
★☆☆☆☆ 2 weeks ago
Ask where the money goes. Business manager Mistry has had her hand in the till for years — trips that cost £200 that should cost £90, "admin fees", a new kitchen at home the same summer the school "couldn't afford" textbooks. The school knows and turns a blind eye because she knows where the bodies are buried.
"""), m(S, "exact", "defamation"), m(BM, "surname_only", "defamation"))

add("review", text("""
KVA Power Hire
Generator rental service · Thurmaston, Leicester
4.8 ★★★★★ (57 reviews)

Festival Ops Ltd
★★★★★ 1 month ago
Supplied 4 x 100 kVA gens for a three-day event, on time, fuelled, and an engineer on call all weekend. Will use again.

Mark W
★★★★☆ 5 months ago
Good kit, bit pricey. Delivery driver was sound.
"""))

add("review", greview("3.0", "★★★☆☆", 219, """
Fadumo Warsame
2 reviews
★★★★☆ 3 months ago
Good school. Miss Farrah is very kind teacher, she help my son with English and talk to me with patience. Only problem is buses very crowded after school.
"""), m(S, "exact", "neutral"), m(AF, "typo", "neutral"))

add("review", greview("3.0", "★★★☆☆", 219, """
Ian Coombes
Local Guide · 64 reviews
★★★☆☆ 1 month ago
Mixed bag. Science is excellent (thanks Mr Wiśniewski). Maths is a mess — my daughter has had Mr Hassan set homework on a platform nobody can log into for three weeks and then got a detention for not doing it. Emailed twice, no reply. Overall the school is too big and communication is poor.

Meera Lad
★★★★☆ 1 month ago
Happy overall. Good pastoral care.
"""), m(S, "exact", "negative"), m(LW, "title_surname", "neutral"), m(MH, "title_surname", "negative"))

# ==================================================================== SOCIAL

add("social", text("""
TikTok · @kingfisher.roasts
[video] rating my teachers as kitchen appliances 🫖 part 3 #kingfisher #teachers #leicester #fyp
♬ original sound - kingfisher.roasts
2,341 likes · 418 comments

brownie_b: mr wiz as a toaster is so accurate 😭 always burning something
yr9_memes_le4: mr wiz looks like a thumb with glasses on 💀💀
lucy.xo: "ok my friends" 😭😭
dannn.k: he's actually a good teacher tho u lot are mean
yr9_memes_le4: @dannn.k ok teachers pet
jodie_h: this account is gonna get shut down lol
"""), m(S, "short_name", "neutral"), m(LW, "nickname", "abuse"))

add("social", text("""
TikTok · @steelpan_vibes_uk
[video] Carnival rehearsal 🔥🔥 KV Steel x Soca medley
♬ original sound - steelpan_vibes_uk
14.2K likes · 903 comments

trini_gyal_93: the tenor pans!!! 😍
big_al_wolves: talent
xXsn1perXx: who let v4nterp00l out the care home 😂 man looks like a melted candle
k.a.y.l.a: @xXsn1perXx ur so weird, he's a legend
xXsn1perXx: @k.a.y.l.a v4nterp00l is a fossil with sticks cope
soca_sam: Ignore the haters, tune!!
"""), m(AV, "leetspeak", "abuse"))

add("social", text("""
X
Albion Voice 🏴󠁧󠁢󠁥󠁮󠁧󠁿 @AlbionVoice_88
Kingfisher Vale Academy in Leicester. Look at the prospectus. Not one white face. This is what happens when you import the third world and let it breed. Leicester was an English city once. #Leicester #GreatReplacement
11:42 PM · 4 Jan 2025 · 22.1K Views
311 Reposts · 48 Quotes · 902 Likes

Reply — Rushey Mead Dad @RMdad_LE4: My kids are in that prospectus, you absolute weapon. They were born at the LRI.
Reply — Community Notes: Readers added context: The prospectus features pupils of many ethnic backgrounds including White British pupils.
"""), m(S, "exact", "hate"))

add("social", text("""
WhatsApp
↪↪ Forwarded many times

⚠️⚠️ PARENTS OF KINGFISHER PLEASE READ ⚠️⚠️

My friend's daughter is in Y11 and she says Mr Patel has been giving one of the Y11 girls lifts home in his car after "revision", just the two of them. Someone saw them parked up by Watermead at 6pm. The girl has been getting gifts and he messages her on a separate phone. The school is hushing it up because he's the HEAD.

I'm not saying anything happened but if it was your daughter you'd want to know. Keep your girls away and PASS THIS ON 🙏🙏🙏
"""), m(S, "short_name", "sexual", True), m(RP, "title_surname", "sexual", True))

add("social", text("""
Instagram · kingfishervaleacademy
[photo carousel] Kingfisher Vale Academy Year 11 Prom 2025 ✨ What a night! Thank you to everyone who made it so special 💙 #Prom2025
1,043 likes
View all 87 comments

sana.k_x: best night ever 😭💙
harj_04: mr mac on the dance floor 😭😭 someone get that on tiktok
aisha.j: Miss Farrah best teacher ever ❤️ gonna miss u
dev.pxtel: my mum cried more than me
kiera_rose: thank u for everything kv 💙
"""), m(S, "exact", "neutral"), m(AF, "typo", "neutral"), m(DM, "nickname", "neutral"))

add("social", text("""
X
tiddles @tid_xo_le4
if mr hassan gives my brother ONE more detention at kva im waiting for him after school and im banging him out no joke. my mum already said she'll hold my earrings
4:05 PM · 16 Oct 2024 · 1,210 Views
3 Reposts · 29 Likes

Reply @kv_yr10_: 💀💀💀
Reply @sabzz__: ur gonna get arrested over a detention
"""), m(S, "alias", "neutral"), m(MH, "title_surname", "threat"))

add("social", text("""
X
Justice For Our Kids LE4 @J4OK_LE4
Since @KVA_Leicester refuse to answer parents, here is their DSL direct: Harpreet Sandhu-Gill. Personal email harpreetsg77@mailhub.example. Mobile 07700 900 312. She can explain to you herself why your child's disclosure was ignored. Go on. Ring her. 📞
9:20 PM · 2 Apr 2025 · 3,408 Views
44 Reposts · 6 Quotes · 71 Likes
"""), m(S, "alias", "negative"), m(HSG, "exact", "doxxing"))

add("social", text("""
TikTok · @kv.among.us
[video] kingfisher vale staff as among us characters 🔴🔵 (DONT REPORT its a joke)
♬ Among Us Drip - memes
6,772 likes · 512 comments

sukh_999: m r  p a t e l  built like a lamp post with a lanyard 😭
ayaan.07: the way he walks the corridor like a prison guard
sukh_999: m r  p a t e l  sus fr, vented into the staffroom
amelia_l: this is so mean 😂 but also
mahi: can u do miss farah next
"""), m(S, "alias", "neutral"), m(RP, "spacing", "abuse"), m(AF, "title_surname", "neutral"))

add("social", text("""
X
Kingfisher Vale Parent @KVparent_says
R*kesh P*tel at Kingfisher Vale should be sacked. Covered up a year of bullying against my son and lied to the trust about it in writing. Falsified the incident logs so it "never happened". I've seen the originals. #safeguarding
8:15 AM · 12 Mar 2025 · 2,004 Views
17 Reposts · 33 Likes
"""), m(S, "alias", "defamation"), m(RP, "obfuscated", "defamation"))

add("social", text("""
X
Sarbjit Kaur @sarbjit_k_le
Another family pushed out of Kingfisher Vale because their child "doesn't fit". Enough. Parents, please sign and share. #SackRakeshPatel #ParentVoice #LeicesterSchools
6:48 PM · 30 Jan 2025 · 5,117 Views
120 Reposts · 9 Quotes · 240 Likes

Reply @LE4_Lad: signed 👍
Reply @anon44: is a petition really gonna do anything lol
"""), m(S, "alias", "negative"), m(RP, "hashtag", "negative"))

add("social", text("""
Instagram · @hodan.writes
[photo] kingfisher vale class of 2024 🎓🎓 results day we DID THAT 💪🏾 and @ms.farah.teaches thank u for believing in me when nobody else did. grade 8 in lit!!! 😭😭
398 likes · 41 comments

ms.farah.teaches: So proud of you Hodan! ❤️ Go and conquer the world
layla_d: queen 👑
"""), m(S, "alias", "neutral"), m(AF, "handle", "neutral"))

add("social", text("""
X
sick of it @sickofit_LE4
Mrs """ + hg("Sandhu-Gill", 1) + """ at KVA is a power-tripping witch. Loves the sound of her own voice. Treats parents like criminals and kids like case numbers. Sour-faced, smug, useless. Retire already.
10:03 PM · 22 Nov 2024 · 540 Views
2 Reposts · 11 Likes
"""), m(S, "alias", "negative"), m(HSG, "homoglyph", "abuse"))

add("social", text("""
WhatsApp
↪↪ Forwarded many times

Did you know??? At Kingfisher Vale the English teacher Amina Farah is teaching the kids SOMALI poems and Quran verses in English lessons!!! My neighbours boy said they had to learn about "Muslim heroes" instead of Shakespeare. These people come here and take over our schools, first the headscarves then the prayer rooms then sharia. Leicester is finished. Kingfisher Vale is a breeding ground. SHARE before they delete this 🇬🇧🇬🇧
"""), m(S, "alias", "hate"), m(AF, "exact", "hate"))

add("social", text("""
TikTok · @panandpoetry
[video] AmbroseVanterpool steel pan mashup 🔥 Bob Marley x Stormzy at the community centre, goosebumps 😮‍💨
♬ original sound - panandpoetry
8,902 likes · 233 comments

tanya_p: the way the crowd went quiet for the solo
reggae_ron: Ambrose is a national treasure
deejay.k: who is this man and why is he not famous
"""), m(AV, "camelcase", "neutral"))

add("social", text("""
X
Mouthy Mum @MouthyMumLE
Wiśniewski at Kingfisher Vale turned up to parents' evening reeking of booze AGAIN. Slurring his words, eyes like pissholes in the snow. Third time this year. Everyone knows and the school does nothing. Would you let him near a Bunsen burner?
9:12 PM · 20 Mar 2025 · 1,782 Views
8 Reposts · 2 Quotes · 19 Likes
"""), m(S, "alias", "negative"), m(LW, "surname_only", "defamation"))

add("social", text("""
Instagram · @le4_mums_unfiltered
[reel] School run confessions 😂 #schoolrun #leicester
2,220 likes · 164 comments

bindi.b: can we talk about mr wiz at kingfisher tho 🥵🥵 the forearms when he rolls his sleeves up at parents evening
kaz_loves_gin: 😂😂 I've started doing pick up AND drop off since september
preeti.s: he can titrate my solution any day 💦
bindi.b: @preeti.s STOPPP 😭
hannah_may_: ladies he's got a wife 😂
"""), m(S, "short_name", "neutral"), m(LW, "nickname", "sexual"))

add("social", text("""
Threads
@tory_whip_watch
Great to see Rakesh Patel MP on the select committee today asking the Education Secretary about SEND funding. Whatever you think of his politics, he's done his homework. #PMQs #SEND
12 likes · 2 replies
"""))

add("social", text("""
X
Sanjay M @SanjayM_LE
Threatening teachers is never OK. The abuse aimed at Mrs Sandhu-Gill this week — people posting that she should "watch her back" and that "someone will sort her out" — is disgusting. She's safeguarded thousands of kids at Kingfisher Vale Academy. Report it, don't share it.
7:30 AM · 27 Mar 2025 · 4,011 Views
66 Reposts · 310 Likes
"""), m(S, "exact", "neutral"), m(HSG, "title_surname", "neutral"))

add("social", text("""
TikTok · @kva_drama_
[video] when sir takes ur phone in maths 😤 #kva #maths
♬ Villain - sped up
1,566 likes · 208 comments

zain_xo: h4ss4n ur getting jumped after period 6 👊 ur done
ellie.b: 😭😭😭 delete this ur actually gonna get excluded
zain_xo: h4ss4n knows what he did. 3:10 back gate
rayyan7: bro its a phone 💀
"""), m(S, "alias", "neutral"), m(MH, "leetspeak", "threat"))

add("social", text("""
X
Leics Birder 🐦 @LeicsBirder
Kingfisher! Finally got the shot 📸 Watermead South this morning, perched on the fishing platform for a full two minutes. Worth the 6am alarm. #Leicester #birding #kingfisher
8:44 AM · 9 Feb 2025 · 890 Views
12 Reposts · 204 Likes
"""))

add("social", text("""
WhatsApp
↪ Forwarded

Why is a POLE teaching our kids science at Kingfisher??? Mr Wisniewski can barely string a sentence together in English. Plenty of British teachers out of work and they give it to some vodka-soaked Polack who came over to pick cabbages. Go back to Krakow mate. Pass this on to the parents group 👇
"""), m(S, "short_name", "neutral"), m(LW, "title_surname", "hate"))

add("social", text("""
Instagram · @mr_vanterpool_pans
[photo] Year 8 steel band after their first ever gig. Proud doesn't cover it. 🥁💙
522 likes · 38 comments

jasmine.r: my son hasn't stopped talking about it!!
kv_alumni_07: @mr_vanterpool_pans still the GOAT, taught me in 2005 🙌
mummy_of_3_le: Thank you for your patience with them x
"""), m(AV, "handle", "neutral"))

add("social", text("""
X
England First Leics @EF_Leics
Someone should follow that Farah woman home from Kingfisher one night and remind her whose country this is. She won't be so gobby in a dark car park. 🇬🇧
11:58 PM · 18 Jan 2025 · 650 Views
4 Reposts · 15 Likes
"""), m(S, "short_name", "neutral"), m(AF, "surname_only", "threat"))

add("social", text("""
TikTok · @cuzzy_le4
[video] snitches get what they deserve 🐀 #kva
♬ original sound - cuzzy_le4
402 likes · 66 comments

cuzzy_le4: mrs sg better watch her back fr. grassed my cuz up to the feds. we know which car she drives 🔪🐀
baby_g: 😳😳
notgonnasay: bro delete this the school will see
cuzzy_le4: let them see
"""), m(S, "alias", "neutral"), m(HSG, "nickname", "threat"))

add("social", text("""
X
LE4 Not Impressed @le4notimpressed
Parents' evening at KVA was a joke. Waited 40 mins, got 3 mins. For anyone who wants an actual conversation with Wiśniewski, write to him at home: 41 Kestrel Rise, Humberstone, LE5 1QW. His wife answers the door apparently 🤷
8:40 PM · 6 Feb 2025 · 710 Views
1 Repost · 3 Likes
"""), m(S, "alias", "negative"), m(LW, "surname_only", "doxxing"))

add("social", text("""
WhatsApp
↪↪ Forwarded many times

🚕 KINGFISHER CARS LEICESTER 🚕
£5 OFF all airport runs this month!! East Mids, Brum, Luton, Heathrow
Book on 0116 496 0918 or the app
Share with friends & family 🙏
"""))

add("social", text("""
Threads
@kingfishervale_pta
Welcome to Threads @rakeshpatel_kva! 👋 Our Kingfisher Vale head is now here for updates on events, clubs and results. Give him a follow 💙
48 likes · 6 replies

@mum_of_twins_le: about time 😂
"""), m(S, "alias", "neutral"), m(RP, "handle", "neutral"))

add("social", text("""
X
Carnival Fan @soca_sasha
Mr Vanderpool's band from Kingfisher absolutely SMASHED the parade today 🥁🔥🔥 them kids are going places. #LeicesterCarnival
5:12 PM · 3 Aug 2024 · 2,302 Views
19 Reposts · 188 Likes
"""), m(S, "short_name", "neutral"), m(AV, "typo", "neutral"))

add("social", text("""
TikTok · @le4parents
[video] POV: the attendance office rings you at 8:45 because your kid has a temperature 🤒 #schoolmum #kingfisher
♬ original sound - le4parents
3,120 likes · 390 comments

kayz_mum: tag her 😂 @jo_pickering_attendance
mandeep.k: nosy cow, rang me while I was in hospital with my youngest
mardy_mare_86: @jo_pickering_attendance get a life love, jumped up jobsworth
soph_xo: she's just doing her job guys chill
"""), m(S, "short_name", "negative"), m(JP, "handle", "abuse"))

add("social", text("""
X
Mum of 2 @busymum_LE4
Mrs O D o n n e l l at KVA is USELESS. Can't return a phone call, can't read a report, can't do her one job. Lazy overpaid waste of space. My son deserves better than a SENCo who hides in her office.
9:01 PM · 14 Mar 2025 · 302 Views
"""), m(S, "alias", "negative"), m(SOD, "spacing", "abuse"))

add("social", text("""
X
Fosse Learning Partnership @FosseLP
Huge congratulations to #MrsSandhuGill, appointed headteacher of Westfield Lane Academy from January! 💙 We'll miss her at Kingfisher Vale but Hinckley is lucky to have her. #leadership #FosseFamily
3:00 PM · 2 Oct 2025 · 1,122 Views
14 Reposts · 96 Likes
"""), m(S, "alias", "neutral"), m(HSG, "hashtag", "neutral"))

add("social", text("""
X
KV Cricket 🏏 @KVcricket
Unbeaten season for the U15s!! Semi-final at Grace Road next month 🏏🔥 Massive thanks to the man himself #MrMcKenzie for every net session in the rain. Kingfisher on the up! #SchoolsCricket
6:15 PM · 21 Jun 2025 · 804 Views
9 Reposts · 77 Likes
"""), m(S, "short_name", "neutral"), m(DM, "hashtag", "neutral"))

add("social", text("""
X
Aaron Ellis @AaronE_LCFC
22 years I've known this man. Coached me, coached my kids. KVA throwing him under the bus before the police have even finished. Disgraceful. #IStandWithDelroyMcKenzie #Leicester
10:40 AM · 4 Oct 2025 · 7,890 Views
402 Reposts · 1,300 Likes
"""), m(S, "alias", "negative"), m(DM, "hashtag", "neutral"))

add("social", text("""
TikTok · @kingfisher_cricket_edits
[video] pre-match speech from sir 🏏🔥 #kingfisher #cricket #motivation
♬ DelroyMcKenzie - nets motivational speech (original audio)
4,450 likes · 120 comments

harjot.b: "we don't bowl for wickets we bowl for pressure" CHILLS
zak.o: coach said that to us before the oakham game 😤
ishaan_p: lowkey got me wanting to go nets at 6am
"""), m(S, "short_name", "neutral"), m(DM, "camelcase", "neutral"))

add("social", text("""
WhatsApp
Y8 Kingfisher Vale Parents 💙 (group)

Reena: This was shared in the SEN parents chat, have a look 👇
Reena: 📎 SiobhanODonnell_EHCP_review_notes.pdf
Reena: It literally says she told the council my son "does not currently meet the threshold". She told me to my face she'd support it!! Two-faced.
Marcus: That's shocking Reena. Should that document even be shared round?
Reena: Don't care. Parents need to see how they treat us.
"""), m(S, "alias", "negative"), m(SOD, "camelcase", "negative"))

add("social", text("""
X
yr10 menace @yr10_menace
we found mr wiz's xbox gamertag (LukaszWisniewski84) and the whole of 10B spammed him "sir whats a mole" for 3 hours 😭😭 kingfisher never beats the allegations
10:22 PM · 7 Mar 2025 · 12.4K Views
802 Reposts · 3,100 Likes
"""), m(S, "short_name", "neutral"), m(LW, "camelcase", "abuse"))

add("social", text("""
X
Dr Marian Hollis @MarianHollisCEO
Delighted for everyone at Kingfisher Vale Academy. GOOD in every area. Pupils, staff, families — this is yours. 💙🐦 #FosseFamily #Ofsted
4:30 PM · 2 Jul 2025 · 3,201 Views
55 Reposts · 412 Likes

Reply @RMdad_LE4: Well deserved 👏
Reply @BitterBetty: Good?! Have you SEEN the buses at 3pm
"""), m(S, "exact", "negative"))

add("social", text("""
WhatsApp
↪↪ Forwarded many times

‼️ KINGFISHER VALE ACADEMY CLOSED TOMORROW (THURSDAY) DUE TO TEACHER STRIKE ‼️ confirmed by my cousin who works there. Don't send kids in!! Pass it on

[Reply from Jaswinder]: This is fake. Just checked the school text and website, school is OPEN, the strike is NEXT week. Please stop forwarding without checking 🙄
"""), m(S, "exact", "neutral"))

add("social", text("""
Instagram · @poetry.in.leicester
[photo] Amina Farah reading at the Somali Week poetry night, Phoenix, Leicester 🎙️✨ "Hooyo, the sea remembers you" — what a poem. Nurse by day, poet by night. Her debut pamphlet is out in spring!
671 likes · 29 comments

ayaan_m: she's incredible, works at the LRI with my sister
"""))

add("social", text("""
Instagram · @yr9_year_book
[photo] end of year 9 hoodie signing 🖊️✨
211 likes · 17 comments

ruby.j: miss f is the best head of year fr, she's the only one who actually listens 🥹
tay_t: miss f will always be that girl
mo.s: when miss f said "i'm not angry i'm disappointed" i felt it in my soul
"""))

add("social", text("""
X
Cricket Leicestershire Juniors @CLJuniors
Shoutout to Delroy M and the Kingfisher lads for an unbeaten Under-15 group stage. 🏏 Semi-finals next month at Grace Road.
11:00 AM · 23 Jun 2025 · 612 Views
4 Reposts · 51 Likes
"""), m(S, "short_name", "neutral"), m(DM, "first_initial", "neutral"))

# ================================================================== FACEBOOK


def fb(group: str, members: str, body: str) -> str:
    return text(f"Facebook · {group}\nPublic group · {members} members\n\n" + body)


add("facebook", fb("Belgrave & Rushey Mead Community Noticeboard", "18.2K", """
Linda Hurst
2h · 🌐
LOST CAT 😿 Tabby with a white chest and one wonky ear, answers to Biscuit (sometimes). Last seen Tuesday night near Kingfisher Close. Microchipped. Please check sheds and garages!! Reward. 07700 900 145

😢 34 · 22 comments · 41 shares

Darren Mills
Shared to Humberstone Lost & Found x
Like · Reply · 2h

Hema Chauhan
Saw a tabby on the wall by the old pub on Humberstone Road this morning, might be worth a look
Like · Reply · 1h
"""))

add("facebook", fb("Leicester Mums LE4 💕", "9.8K", """
Aneesa Khan
Yesterday at 21:14
Which secondary did you all go for? Torn between Kingfisher Vale and Oakham Road for my eldest. Any honest opinions welcome 🙏

👍 12 · 38 comments

Donna Fowler
Kingfisher Vale for us. My lad's in Y10. Mr McKenzie is strict but fair, my son actually respects him which is a first 😂
Like · Reply · 20h

Priya Lakhani
Also KV. The office is brilliant, Mrs Mistry sorted my son's free school meals when the council messed up. Little gem that woman.
Like · Reply · 19h

Kerry-Ann Walsh
Oakham Road. Smaller and closer. But KV's music is amazing if your kid is into that.
Like · Reply · 18h
"""), m(S, "alias", "neutral"), m(DM, "title_surname", "neutral"), m(BM, "title_surname", "neutral"))

add("facebook", fb("Rushey Mead & Thurmaston Parents Chat", "6.1K", """
Stacey Boyce
3h
Another fine threat letter from KVA today. My kid had chickenpox. CHICKENPOX. Who do they think they are

😡 47 · 96 comments

Leanne Ward
That jumped up cow Pickering again is it? She needs a life
Like · Reply · 3h

Kelly Spence
Pickering is a mardy mare with a face like a smacked arse. Rang my house 4 times in a day
Like · Reply · 3h

Shaz Begum
Thinks she's the police 😂 little Hitler with a lanyard
Like · Reply · 2h

Stacey Boyce
@Kelly Spence 😂😂 smacked arse 😂😂 spot on
Like · Reply · 2h

Jo Tipton
Girls she's just doing her job, the fines come from the council not her. Bit much this.
Like · Reply · 1h

Leanne Ward
@Jo Tipton whose side are you on
Like · Reply · 1h
"""), m(S, "alias", "negative"), m(JP, "surname_only", "abuse"))

add("facebook", fb("Humberstone & Belgrave Memories", "22.5K", """
Roy Blakesley
6 March at 10:02
Belgrave Vale Community College, 1997 sports day. Found this in the loft! 📷 Who can you spot?

❤️ 211 · 87 comments

Sharon Kavanagh (née Doyle)
Oh my god that's me in the egg and spoon! The steel band in the background — Mr V had just started it, we thought he was so cool
Like · Reply · 5 March

Dipak Mistry
Mrs O'Donnell (Miss Keane as was) with the megaphone!! She's still there you know
Like · Reply · 5 March

Tracey Gee
Happy days. Before phones ruined everything
Like · Reply · 5 March
"""), m(S, "alias", "neutral"), m(AV, "nickname", "neutral"), m(SOD, "title_surname", "neutral"))

add("facebook", fb("Leicester Uncensored (No Snowflakes)", "4.4K", """
Craig Bellamy-Price
1h
Ey up. Kingfisher Vale have excluded my lad AGAIN for "defiance". Well they want to try it one more time. I'll come down there with the lads and we'll see who's defiant. Patel wants to hide in his office cos I'm coming through them gates Monday and I won't be asking nicely. Not a threat, a promise 👊

😂 9 · 👍 14 · 31 comments

Nicky Heath
Craig no. You'll end up nicked
Like · Reply · 1h

Dale Orton
Say the word mate I'll drive
Like · Reply · 50m

Admin - Uncensored
Post reported for threats. Sort it out Craig.
Like · Reply · 30m
"""), m(S, "alias", "threat"), m(RP, "surname_only", "threat"))

add("facebook", fb("Leicester Mums LE4 💕", "9.8K", """
Anonymous member
5 February at 22:40
Posting anon as I don't know what to do. My daughter is 15, Year 10 at Kingfisher Vale. Her maths teacher Mr Hassan has started following some of the girls in her class on TikTok and liking photos from months ago, including ones of them in swimsuits on holiday. He calls my daughter "princess" in class and has told her she can message him "any time, about anything" on his own number. Last week he asked her not to mention their chats to her friends because "they wouldn't understand".

She thinks it's flattering. I think it's making my skin crawl. Am I overreacting??

😮 12 · 44 comments

Rachel Dunn
You are NOT overreacting. Please ring the school and ask for the safeguarding lead tomorrow. Screenshot everything first.
Like · Reply · 22:45

Yasmin Osman
This is what grooming looks like. Ring 101 too if the school doesn't act. Sending love x
Like · Reply · 22:51
"""), m(S, "alias", "sexual", True), m(MH, "title_surname", "sexual", True))

add("facebook", fb("Leicester Buy, Sell & Swap", "41K", """
Marketplace post
Wayne Hollis
Honda 7.5 kVA petrol generator, hardly used, electric start, serviced last year. Ideal for events/caravan. £650 ono. Collection Thurmaston LE4. No time wasters. No I don't deliver.

Kev Lord
Still available mate?
Like · Reply · 4h

Wayne Hollis
Yes pal
Like · Reply · 4h
"""))

add("facebook", fb("Leicester Chronicle — comments on: 'Police treat graffiti at Leicester academy as hate incident'", "312K followers", """
Leicester Chronicle
Police are treating racist graffiti found at Kingfisher Vale Academy as a hate incident. English teacher Amina Farah said: "Our pupils deserve to feel safe." 🔗 leicesterchronicle.example

👍 402 · 😡 188 · 512 comments

Terry Bould
Maybe if they learned English and stopped bringing their Third World ways here people wouldn't be so angry. That school is a Somali madrassa now. Not surprised.
Like · Reply · 14h

Angie Moore
That Farah woman should be on the first boat back. Taking a good job off an English teacher and whining about it.
Like · Reply · 13h

Ravinder Sahota
Disgusting comments on here. These are children. Born in Leicester.
Like · Reply · 13h

Phil Lovett
Not racist to say we've lost our city.
Like · Reply · 12h
"""), m(S, "exact", "hate"), m(AF, "exact", "hate"))

add("facebook", fb("Polacy w Leicester 🇵🇱", "7.7K", """
Marek Zieliński
Wczoraj o 19:02
Kto jedzie w środę na Lions? 🏍️ Łukasz Wiśniewski w życiowej formie, 14 punktów z Redcar! Bilety przy wejściu, Beaumont Park. Jedziemy razem autem z Belgrave, są 2 miejsca.

👍 55 · 19 komentarzy

Ola Nowak
Jadę! Łukasz to nasz bohater 🔥
Lubię to · Odpowiedz · 21 godz.
"""))

add("facebook", fb("Rushey Mead Residents Group", "3.9K", """
Graham Pell
Monday at 08:41
8.20am again and Kingfisher Vale parents parked across my drive, on the grass verge, on the zigzags. One bloke told me to "mind my own" when I asked him to move. The school says it's not their problem. It IS their problem, it's their parents and their start time. Kids nearly got hit by a reversing Range Rover this morning.

😡 66 · 58 comments

Sunita Parmar
Same on our road. The school could stagger start times like other schools do.
Like · Reply · Monday

Mick O'Hare
Ring the council, they'll send the camera car
Like · Reply · Monday
"""), m(S, "alias", "negative"))

add("facebook", fb("Leicester Uncensored (No Snowflakes)", "4.4K", """
Tommo Sharpe
Yesterday at 20:55
For anyone who's had a fine off Jo Pickering from Kingfisher Vale, she lives round the corner from me. 112 Gipsy Lane, the one with the blue door and the camper van on the drive. LE4 9ZP. Maybe go and ask her nicely why your kid's being fined.

👍 21 · 😮 6 · 40 comments

Becky Louise
Tommo that's her home mate take it down
Like · Reply · 20h

Tommo Sharpe
It's not a secret, the whole street knows
Like · Reply · 20h
"""), m(S, "alias", "negative"), m(JP, "exact", "doxxing"))

add("facebook", fb("Leicester Mums LE4 💕", "9.8K", """
Hannah Dawson
Tuesday at 16:20
Anyone else get the letter from Kingfisher today about phones? Signed A. Farah, Head of Year 9. Phones to be handed in at the start of the day from after half term. Honestly I'm all for it, my daughter's glued to hers 🙈

👍 31 · 22 comments

Salma Jama
Good! About time
Like · Reply · Tuesday

Lisa Dunne
What if there's an emergency though
Like · Reply · Tuesday

Hannah Dawson
@Lisa Dunne they said ring the office like the old days 😂
Like · Reply · Tuesday
"""), m(S, "short_name", "neutral"), m(AF, "initial_surname", "neutral"))

add("facebook", fb("Leicester Sikh Sangat Network", "5.2K", """
Jaspreet Kaur Virdee
Sunday at 18:10
Really useful online safety seminar at the Gurdwara this afternoon. Thank you to Harpreet Sandhu who is deputy head at Kingfisher Vale — so much practical advice on Snapchat, sextortion and group chats. Parents, if you missed it, she said she'd share the slides with the Punjabi school.

🙏 88 · 12 comments

Gurmeet Singh
Very informative. Our kids think we know nothing 😅
Like · Reply · Sunday
"""), m(S, "alias", "neutral"), m(HSG, "alias", "neutral"))

add("facebook", fb("Kingfisher Vale Academy (unofficial parents' page)", "2.3K", """
Admin
Thursday at 15:30
Congratulations to Mr Hassan's Year 10 maths team who came 2nd in the regional UKMT team challenge! 🧮🏆

👍 86 · 19 comments

Kev Tansey
Hassan couldn't count his own fingers. Useless prat. Set my son homework on a website that didn't work then gave him a detention. Clueless.
Like · Reply · Thursday

Sabrina A
Well done kids!! 👏
Like · Reply · Thursday

Noor Hussain
Mr Hassan stays behind every Wednesday for revision. Show some respect Kev.
Like · Reply · Thursday
"""), m(S, "exact", "neutral"), m(MH, "title_surname", "abuse"))

add("facebook", fb("Thurmaston Village Chat", "8.0K", """
Thurmaston Youth Hub
12 July at 09:00
🏏 FREE SUMMER CRICKET CAMP 🏏
Ages 9–15, all abilities. 5–9 August, 10am–2pm, on the field at Kingfisher Vale. Run by D. McKenzie (ECB coach) and the county development squad. Bring a packed lunch and a water bottle. Bats provided!
Book via the link in comments.

👍 73 · 15 comments

Sarah Cope
My two went last year, brilliant
Like · Reply · 12 July
"""), m(S, "alias", "neutral"), m(DM, "initial_surname", "neutral"))

add("facebook", fb("Leicester Mums LE4 💕", "9.8K", """
Zainab Mohamud
Wednesday at 11:12
Does anyone know if Mrs Mistri at Kingfisher Vale has left? Sent my free school meals form three times and nobody answers. The phone just rings out. I've got three kids and no time for this.

👍 5 · 14 comments

Kiran Solanki
I think she's on leave. Try emailing the general office address
Like · Reply · Wednesday

Zainab Mohamud
Thank you. Just frustrating when you're on low income and they lose the forms
Like · Reply · Wednesday
"""), m(S, "alias", "negative"), m(BM, "typo", "negative"))

add("facebook", fb("Leicester Music Teachers & Tutors Network", "1.9K", """
Anonymous member
Saturday at 09:30
Not naming names but a certain Mr V*nterp**l has been doing private pan lessons for cash for years, forty quid a pop, never declared a penny to the taxman, and uses school instruments to do it. Some of us pay our taxes and insurance. HMRC have a tip-off line you know.

😮 11 · 9 comments

Darren Jepson
Bit of a low blow this. If you've got proof report it, don't post it
Like · Reply · Saturday
"""), m(AV, "obfuscated", "defamation"))

add("facebook", fb("SEND Parents Leicester City", "3.3K", """
Michelle Okafor
Friday at 19:47
Good news for once! Letter today from S. O'Donnell (SENCo) at Kingfisher Vale confirming DS will have a scribe and rest breaks in his mocks. Took a while but she got it sorted. Don't give up mums and dads ❤️

❤️ 54 · 8 comments

Janet Burrows
Brilliant news Michelle x
Like · Reply · Friday
"""), m(S, "alias", "neutral"), m(SOD, "initial_surname", "neutral"))

add("facebook", fb("Kingfisher Vale Holiday Park Owners & Friends", "2.7K", """
Bev Stringer
1d
Opening weekend!! Who's up? Bar's reopened and they've resurfaced the road past the fishing lake finally. We saw a kingfisher on the lake first thing, good omen 🐦 Sausage cobs in the clubhouse from 9.

👍 45 · 23 comments

Alan Stringer
Up Friday night duck, save us a cob
Like · Reply · 1d
"""))

add("facebook", fb("Leicester Uncensored (No Snowflakes)", "4.4K", """
Mark Ainsworth
2d
Kingfisher Vale Academy prize-giving photos are up on their site. Spot the Englishman 😂😂 Hours of fun. "Enrichment" they call it. Diversity is our strength apparently. Wonder what the town looked like 30 years ago... oh wait I remember.

😂 38 · 👍 22 · 57 comments

Ifrah Ali
These are children you grown man. Shame on you.
Like · Reply · 2d

Mark Ainsworth
Just asking questions love
Like · Reply · 2d
"""), m(S, "exact", "hate"))

add("facebook", fb("Rushey Mead & Thurmaston Parents Chat", "6.1K", """
Kamla Odedra
Saturday at 12:00
Big thank you to Harpreet S-G and Bhavna M for organising the Kingfisher Vale food bank collection. Three car loads went to the Belgrave food bank this morning 🙏 This community 💙

❤️ 102 · 14 comments

Joanne Baxter
Amazing. Well done all
Like · Reply · Saturday
"""), m(S, "alias", "neutral"), m(HSG, "first_initial", "neutral"), m(BM, "first_initial", "neutral"))


# ============================================================ EXTRA (mixed)

add("news", news("bugle", "What's on in Belgrave this fortnight", """
- Sat 14th: Vaisakhi Nagar Kirtan leaves the Gurdwara on Gipsy Lane at 11am.
- Sun 15th: Belgrave Neighbourhood Centre bric-a-brac sale, 10–2. Tea and bhajis 50p.
- Wed 18th: Vanterpool's steel band and the Kingfisher Vale dhol ensemble, free lunchtime concert, Haymarket steps, 12.30.
- Fri 20th: Quiz night at the cricket club, teams of six, £2 a head.
- Sat 21st: Litter pick along the canal towpath from Belgrave Lock. Gloves provided.
""", date="April 2025"), m(S, "alias", "neutral"), m(AV, "possessive", "neutral"))

add("news", news("chronicle", "Young scientists shine at city science fair", """
Pupils from eleven Leicester secondary schools showed off their experiments at the annual City Schools Science Fair at the National Space Centre on Saturday.

## Winners
- Best in show: "Can moss clean city air?" — Year 9, Kingfisher Vale Academy (supervising teacher: L. Wiśniewski)
- Best engineering project: "The self-watering allotment" — Year 10, Oakham Road School
- Best use of maths: "Modelling the Golden Mile traffic jam" — Year 12, Kingfisher Vale Academy (supervising teacher: M. Hassan)
- Judges' special award: "Does hot water freeze faster?" — Year 7, St Barnabas Church of England School

The judges praised the "real curiosity" on show and the number of girls entering engineering projects.
""", by="Education desk", date="17 March 2025"), m(S, "exact", "neutral"), m(LW, "initial_surname", "neutral"), m(MH, "initial_surname", "neutral"))

add("forum", forum("parentsnet", "DSL not returning calls for a fortnight - who do I escalate to?", [
    ("StillWaitingInLE4", "12 Mar 2025 20:40", """DD (Y8) told her form tutor something at school two weeks ago that the tutor said she'd "pass on to safeguarding". Since then, nothing. I've left three messages for the DSL, Ms Sandhu Gill, and emailed the school office at Kingfisher Vale twice.

I'm not saying anything terrible has happened. But I'm her mum and I don't even know if anyone has spoken to her. Is this normal? Who's above the DSL?"""),
    ("Safeguarding_Trainer", "12 Mar 2025 20:51", "The DSL may not be able to tell you everything, but somebody should acknowledge your call. Email the headteacher and ask for a response within 48 hours. If nothing, the chair of governors / trust."),
    ("Mumof2boys", "12 Mar 2025 21:03", "Same experience there last year. Communication is poor. Keep a log of every call."),
    ("StillWaitingInLE4", "12 Mar 2025 21:07", "Thank you, will do."),
], board="Secondary education"), m(S, "alias", "negative"), m(HSG, "hyphenated", "negative"))

add("forum", forum("pupilroom", "cricket trials at kingfisher - worth it if ur not very good?", [
    ("yr8_harj", "2 Apr 2025 17:30", "mckenzie's cricket trials are next week. im decent at batting but cant bowl at all. is it worth going or will i just get embarrassed"),
    ("kv_opener", "2 Apr 2025 17:41", "go!! he picks loads of people for the B team and he actually coaches u. last year i couldnt even hold a bat right"),
    ("zak_the_spinner", "2 Apr 2025 17:45", "he makes u run laps if u mess about tho 😭 just try hard and u'll be fine"),
    ("yr8_harj", "2 Apr 2025 17:46", "ok going 💪"),
], board="Chat"), m(S, "short_name", "neutral"), m(DM, "possessive", "neutral"))

add("forum", forum("leicforum", "Attendance woman rang my mum at work - so here's hers", [
    ("NoFinesForSickKids", "Sun Mar 2, 2025 11:02 pm", """My mum got a £160 fine threat because I had glandular fever. Mrs P*ck*ring at Kingfisher Vale rang her at WORK and said it was "unauthorised".

Well two can play that game. Her home number is 0116 496 0251 and her own email is jo.pix.1979@mailhub.example — she lives up by the Humberstone Park end. Maybe she'd like a few calls at work herself."""),
    ("Dawn_H", "Sun Mar 2, 2025 11:15 pm", "Not this again. The fine comes from the council. Posting her number is harassment."),
    ("Moderator", "Mon Mar 3, 2025 7:05 am", "Personal details removed. Thread locked."),
], board="Schools & kids"), m(S, "alias", "negative"), m(JP, "obfuscated", "doxxing"))

add("forum", forum("leicforum", "Science teacher at KVA drunk at parents' evening? (word filter on this board is a joke)", [
    ("FedUpInLE4", "Thu Mar 20, 2025 10:30 pm", "The board keeps blocking his name so I've had to get creative. Mr " + hg("Wiśniewski", 1) + " at KVA was slurring his words at parents' evening again tonight. Breath like a brewery. My husband smelt it too. Someone teaching our kids chemistry half-cut."),
    ("Pete_the_Painter", "Thu Mar 20, 2025 10:44 pm", "Bit of a leap from 'tired at 8pm' to 'drunk' mate. Be careful."),
    ("FedUpInLE4", "Thu Mar 20, 2025 10:47 pm", "I know what drunk looks like. I was married to one."),
], board="Schools & kids"), m(S, "alias", "negative"), m(LW, "homoglyph", "defamation"))

add("blog", blog("rantblog", "Sp3adsheet P4tel strikes again", """
They've blocked the word on half the local Facebook groups, so let's try this: Sp3adsheet P4tel, headteacher and part-time mannequin at Kingfisher Vale, has outdone himself.

New rule: no coats in corridors. In January. In Leicester. Because coats are a "uniform infringement".

The man is a walking laminated poster. A pound-shop Napoleon in a Next suit. Someone get him a personality for Christmas.

Foxes next week. Don't talk to me about the Foxes.
""", author="Leicester Lad", date="16 January 2025", comments=[
    ("Gaz", "pound shop napoleon 😂"),
]), m(S, "alias", "negative"), m(RP, "leetspeak", "abuse"))

add("blog", blog("mumblog", "Book club, biryani and a very proud mum", """
Update on my mardy teenager (14, still mardy, slightly less so).

You might remember Miss F at Kingfisher set up a lunchtime book club and asked my daughter to help run it. Well — Farah's book club now has twenty-three members, a waiting list, and a rule that nobody is allowed to spoil the ending of anything, ever, on pain of death.

My daughter chose the book this month. She made a poster. She spoke in front of people. I may have cried in the Tesco car park.

Recipe this week: my mother-in-law's chicken biryani, which I'm only allowed to share because she's in Gujarat and can't stop me.
""", author="Mardy Teens & Me", date="20 April 2025"), m(S, "short_name", "neutral"), m(AF, "possessive", "neutral"))

add("blog", blog("historyblog", "Vaisakhi at school: a Rushey Mead tradition", """
Every April for the last nine years, the hall at Kingfisher Vale has filled with the smell of pakoras and the sound of dhol for the school's Vaisakhi celebration.

It began, as these things often do, with one teacher. Mrs Sandhu–Gill, now deputy head, asked in 2016 if she could run "a small assembly and some food". Nine years later it's an evening event with a bhangra competition, a turban-tying stall run by the sixth formers and a queue out of the door for the langar-style meal.

"Every community here has a festival the whole school celebrates," she told me. "Diwali, Eid, Christmas, Vaisakhi, Somali Week. The kids don't see it as someone else's festival. It's just ours."
""", author="Old Belgrave & Beyond", date="14 April 2025"), m(S, "alias", "neutral"), m(HSG, "hyphenated", "neutral"))

add("review", greview("2.9", "★★★☆☆", 226, """
Tariq
2 reviews
★☆☆☆☆ 2 weeks ago
Maths dept is a joke. Mr """ + hg("Hassan", 1) + """ is a lazy, arrogant so-and-so who thinks he's God's gift. Sits on his phone while kids copy off the board. Clueless clown. My son has had to pay for a tutor.
"""), m(S, "exact", "negative"), m(MH, "homoglyph", "abuse"))

add("review", greview("2.9", "★★★☆☆", 226, """
Sharon W
Local Guide · 45 reviews
★★☆☆☆ 1 month ago
Business office is a shambles. Mrs M*stry has "lost" our trip payment twice and we've had to show bank statements both times. No apology. Three weeks for a refund. Teachers are mostly great, admin side needs sorting.
"""), m(S, "exact", "negative"), m(BM, "obfuscated", "negative"))

add("review", greview("3.0", "★★★☆☆", 219, """
Gurpreet Dhaliwal
7 reviews
★★☆☆☆ 4 months ago
Reported racist comments made to my son on the bus. Mrs Sandhu Gill said they'd "look into it". Never heard back. When I chased it I was told it was "resolved". Nobody told us how. Disappointed.
"""), m(S, "exact", "negative"), m(HSG, "hyphenated", "negative"))

add("review", greview("3.1", "★★★☆☆", 214, """
Paul Simmonds
Local Guide · 88 reviews
★★★★★ 5 months ago
Fantastic science teaching — Mr Wisnieski in particular is superb and my daughter now wants to be a chemist. Music is great too, Ambrose V runs a brilliant steel band. Only gripe is the one-way system in the car park.
👍 14
"""), m(S, "exact", "neutral"), m(LW, "typo", "neutral"), m(AV, "first_initial", "neutral"))

add("social", text("""
X
dread_pirate_le @dread_pirate_le
""" + hg("Vanterpool", 2) + """ thinks he's Bob Marley with a bin lid. Overrated old fraud, pan music is noise for people with no ears. Retire grandad
1:12 AM · 5 Aug 2024 · 210 Views
"""), m(AV, "homoglyph", "abuse"))

add("social", text("""
TikTok · @kva_rant_page
[video] teachers who think they're the main character 🙄 #kva #year9
♬ original sound - kva_rant_page
903 likes · 141 comments

jamal.x: miss f a r a h is soooo annoying bro every lesson is a ted talk
keira.b: she's literally the nicest teacher in the school wdym
jamal.x: annoying AND nosy. stay out my business miss
habiba_03: report this account fr
"""), m(S, "alias", "neutral"), m(AF, "spacing", "abuse"))

add("social", text("""
Instagram · @le4_cricket_academy
[photo] Summer camp day 3 ☀️🏏 Huge thanks to @delroy.mckenzie.coach and the Kingfisher sixth form helpers!
312 likes · 19 comments

ishaan_p: best week of the summer
amina.f.mum: Amina F is in the background cheering for the girls team 😂❤️
sam_batty: coach Mac 🙌
"""), m(S, "short_name", "neutral"), m(DM, "handle", "neutral"), m(AF, "first_initial", "neutral"))

add("social", text("""
X
Support Staff Matter @SupportStaffLE
Bhavna gave 20 years to that school. 20 years of Diwali evenings, bus passes, free school meal forms sorted on her lunch break. KVA hung her out to dry the second an auditor asked a question. Innocent until proven guilty. #JusticeForBhavnaMistry

Meanwhile Rakesh Pattel collects his salary and says nothing. Shameful.
7:00 PM · 25 May 2025 · 2,902 Views
88 Reposts · 401 Likes
"""), m(S, "alias", "negative"), m(BM, "hashtag", "neutral"), m(RP, "typo", "negative"))

add("social", text("""
WhatsApp
SackMrHassan 🙄 (group) · 14 participants

Liam's mum: Right. Has everyone emailed the head about SackMrHassan yet? Three years of rubbish teaching at Kingfisher and our kids are paying for it
Sabiha: Sent mine. Also cc'd Mrs Pickerin because she keeps ringing me about attendance when he's the reason Ayaan won't go to maths
Liam's mum: 👍 strength in numbers
Dev: Bit harsh calling the group that tbh
"""), m(S, "short_name", "negative"), m(MH, "camelcase", "negative"), m(JP, "typo", "negative"))

add("facebook", fb("Rushey Mead & Thurmaston Parents Chat", "6.1K", """
Kelly Spence
4h
Got ANOTHER call today off P1ck3r1ng (can't type her name on here or the admins delete it 🙄). From Kingfisher Vale "just checking in". Checking in my arse. Nosy interfering busybody with nothing better to do. And Rakesh P does nothing about her.

😡 22 · 35 comments

Leanne Ward
Bet she's got a clipboard in the bath 😂
Like · Reply · 4h

Jo Tipton
Here we go again girls
Like · Reply · 3h
"""), m(S, "alias", "negative"), m(JP, "leetspeak", "abuse"), m(RP, "first_initial", "negative"))

add("facebook", fb("SEND Parents Leicester City", "3.3K", """
Parveen Akhtar
Thursday at 20:12
Just wanted to say if your child is at Kingfisher Vale, go to O'Donnell's Wednesday drop-in. She sat with me for an hour and actually read my son's reports. Mrs Sandhu - Gill came in at the end too and sorted the lunchtime pass he needed. Felt listened to for the first time in two years ❤️

❤️ 61 · 11 comments

Chantelle Hughes
She's fab, helped us loads too
Like · Reply · Thursday
"""), m(S, "alias", "neutral"), m(SOD, "possessive", "neutral"), m(HSG, "hyphenated", "neutral"))

add("facebook", fb("Leicester Uncensored (No Snowflakes)", "4.4K", """
Dale Orton
Yesterday at 23:40
That maths teacher from Kingfisher Vale whose kid got my nephew excluded — H a s s a n (the page blocks the name). His mobile is 07700 900 268 and he lives on the estate behind the Humberstone Tesco, red front door. Do what you want with that.

😮 8 · 17 comments

Nicky Heath
Dale delete this now. This is how people get hurt.
Like · Reply · 23:52
"""), m(S, "alias", "negative"), m(MH, "spacing", "doxxing"))


# ====================================================================== MAIN


def load_watchlist_ids() -> set[str] | None:
    try:
        import tomllib
    except ImportError:  # Python < 3.11: skip the cross-check
        return None
    with open(HERE / "watchlist.toml", "rb") as fh:
        wl = tomllib.load(fh)
    return {"school"} | {s["id"] for s in wl.get("staff", [])}


def main() -> int:
    OUT_DOCS.mkdir(exist_ok=True)
    for old in OUT_DOCS.iterdir():
        if old.is_file() and old.suffix in (".html", ".txt"):
            old.unlink()
    rows = []
    for i, (kind, content, expected) in enumerate(DOCS):
        ext = "html" if kind in HTML_KINDS else "txt"
        name = f"{i:03d}-{kind}.{ext}"
        (OUT_DOCS / name).write_text(content, encoding="utf-8")
        rows.append({"file": name, "kind": kind, "expected": expected})
    with open(LABELS, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- checks
    ids = load_watchlist_ids()
    problems = []
    for r in rows:
        if not (OUT_DOCS / r["file"]).is_file():
            problems.append(f"missing file {r['file']}")
        for e in r["expected"]:
            if ids is not None and e["subject"] not in ids:
                problems.append(f"{r['file']}: unknown subject {e['subject']}")
            if e["url_only"] and e["category"] != "sexual":
                problems.append(f"{r['file']}: url_only without sexual")
        uo = {e["subject"] for e in r["expected"] if e["url_only"]}
        if uo and any(e["subject"] == S for e in r["expected"]) and S not in uo:
            problems.append(f"{r['file']}: url_only staff but school not url_only")

    # ---- summary
    mentions = [e for r in rows for e in r["expected"]]
    by_var = Counter(e["variant"] for e in mentions)
    by_cat = Counter(e["category"] for e in mentions)
    by_kind = Counter(r["kind"] for r in rows)
    empty = sum(1 for r in rows if not r["expected"])
    print(f"documents: {len(rows)}   mentions: {len(mentions)}   empty documents: {empty}")
    print("by kind:     " + ", ".join(f"{k}={by_kind[k]}" for k in ["news", "forum", "blog", "review", "social", "facebook"]))
    print("by category: " + ", ".join(f"{c}={by_cat[c]}" for c in CATEGORIES))
    print("by variant:  " + ", ".join(f"{v}={by_var[v]}" for v in sorted(VARIANTS, key=lambda v: -by_var[v])))
    print(f"url_only: {sum(1 for e in mentions if e['url_only'])}   by subject: "
          + ", ".join(f"{k}={v}" for k, v in sorted(Counter(e['subject'] for e in mentions).items())))
    for v in sorted(VARIANTS):
        if by_var[v] < 5:
            problems.append(f"variant {v} has only {by_var[v]}")
    for c in ["threat", "hate", "sexual", "doxxing", "defamation", "abuse"]:
        if by_cat[c] < 8:
            problems.append(f"category {c} has only {by_cat[c]}")
    for p in problems:
        print("CHECK:", p)
    print("checks: " + ("OK" if not problems else f"{len(problems)} problem(s)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
