#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the heldout17 labelled corpus for repwatch's matcher.

Setting
-------
Gurnard Point Academy is an invented 11-18 academy in Wrenmouth, an invented harbour town
on the Devon side of Plymouth Sound, with a fishing quay and a lot of families who work
(or worked) in the naval dockyard at Devonport. It belongs to the invented Sound & Moor
Learning Trust. People call it "Gurnard" (short name: also a fish, a headland called
Gurnard Point, a pub called the Gurnard Inn, a road, a boat and a village on the Isle of
Wight), "GPA" (acronym: also grade point average and a plumbing firm) and, if they are old
enough, "Wrenmouth Community College" (its former name). Locality words: Wrenmouth,
Kellacott, Polgrew. Office numbers 01632 960418 / 960419 (Ofcom drama range); the
school's domains are gurnardpoint.example and soundandmoor.example.

Staff (see watchlist.toml): Dr Morwenna Penrose-Kitto (head, hyphenated, maiden name
Hosking), Sarah Mitchell (deputy head and DSL, maiden name Brimacombe), James Carter (head
of PE), Katarzyna "Kasia" Nowak (chemistry), Oluwaseun "Seun" Adeyemi (head of maths),
Maricel Villanueva (SENCo), João Ferreira (head of MFL, accent), Jo Pascoe (head of Year 9,
short first name), Declan O'Rourke (English, apostrophe), Peregrine Scantlebury (head of DT,
the one unique = true name) and Gary Luscombe (site manager).

Decoys (documents with no expected mention, or namesakes inside documents that do have one)
-------------------------------------------------------------------------------------------
- gurnard the fish on fishing forums and a recipe blog; Gurnard Point the headland (coast
  path walk, RNLI shout); the Gurnard Inn; Gurnard Road; a boat called "Gurnard"; Gurnard
  on the Isle of Wight; Gurnard Point School in Tasmania (a same-named school elsewhere).
- GPA as grade point average.
- the excluded businesses: Gurnard Point Academy of Dance, Gurnard Point Holiday Park,
  GPA Plumbing & Heating.
- namesakes: James Carter the Tamar Athletic striker and a 19-year-old Wrenmouth Town striker
  (same town), a retired dockyard engineer James Carter in the sailing club; Sarah Mitchell
  the Derriford nurse and Sarah Mitchell the MP; Cllr Steve Mitchell of Wrenmouth Town
  Council; Jo Pascoe the late Wrenmouth fisherman (same town) and Jo Pascoe the Looe skipper;
  Gary Luscombe the Wrenmouth charter skipper (same town); João Ferreira the footballer;
  Declan O'Rourke the folk singer; Dr Adeyemi a London GP; "Mrs M" in another town's group.

Labelling conventions (as in the brief)
---------------------------------------
- One expected entry per subject per document; category is the worst the document gives
  that subject: threat > hate > sexual > doxxing > defamation > abuse > negative > neutral.
- Variant is the easiest form of the subject's name in the document, preferring
  exact > alias > title_surname > the rest. School: full name exact; "Gurnard" alone
  short_name; "GPA" or "Wrenmouth Community College" alias. For the hyphenated head,
  "Penrose Kitto", "Mrs Kitto" or "Dr Penrose" are `hyphenated`; "Mrs M", "Mr A", "Miss V",
  "PK", "Scanners", "Senhor F" are `nickname`; "Sarah M", "Jo P" are `first_initial`;
  a surname with 's alone is `possessive`. João Ferreira written with the accent is exact.
- A staff member counts only when the page ties them to the school (school name, alias,
  short name in the school sense, a locality word, the school's domain, or their job at the
  school), except Peregrine Scantlebury (unique = true), who counts wherever named.
  A namesake who is clearly someone else is not a mention.
- The school is a subject only if the document names it (name, alias or short name in the
  school sense). negative = the page complains about the school; neutral = the school is
  merely named as someone's workplace, or praised; defamation = accused of a crime or a
  cover-up; hate = attacked for its staff's or pupils' race/nationality; threat = itself
  threatened.
- Sexual content where a child may be involved: url_only = true for the staff member and
  the school, category sexual. Adult innuendo or allegations: sexual, url_only false.
- Doxxing: personal mobile, home address/postcode or personal e-mail near the staff name.
  The school's office number or school e-mail is not doxxing.
- Condemning or quoting abuse in order to condemn it is neutral. News of a conviction or
  court case where someone threatened/harassed a staff member is neutral for that staff
  member; news that a staff member is charged, suspended or investigated is defamation.
  An opinion column that itself insults someone is abuse.
- A staff member praised in a post that complains about someone else is neutral.

Output: docs/NNN-kind.html|txt and labels.jsonl beside this script. Deterministic, stdlib
only; run with `python3 build_heldout17.py` from any directory.
"""

from __future__ import annotations

import html
import json
import random
import shutil
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
LABELS = HERE / "labels.jsonl"

VARIANTS = {
    "exact", "title_surname", "initial_surname", "first_initial", "nickname", "possessive",
    "hyphenated", "typo", "leetspeak", "homoglyph", "spacing", "obfuscated", "hashtag",
    "handle", "camelcase", "alias", "short_name", "surname_only",
}
CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
HTML_KINDS = {"news", "forum", "blog"}
TEXT_KINDS = {"review", "social", "facebook"}

DOCS: list[dict] = []


def X(subject: str, variant: str, category: str, url_only: bool = False) -> dict:
    return {"subject": subject, "variant": variant, "category": category, "url_only": url_only}


def news(site, title, byline, date, body, comments=(), expected=(), **kw):
    DOCS.append({"kind": "news", "site": site, "title": title, "byline": byline, "date": date,
                 "body": body, "comments": list(comments), "expected": list(expected), **kw})


def blog(site, title, byline, date, body, comments=(), expected=(), **kw):
    DOCS.append({"kind": "blog", "site": site, "title": title, "byline": byline, "date": date,
                 "body": body, "comments": list(comments), "expected": list(expected), **kw})


def forum(site, title, posts, expected=(), board="", **kw):
    DOCS.append({"kind": "forum", "site": site, "title": title, "posts": list(posts),
                 "board": board, "expected": list(expected), **kw})


def txt(kind, text, expected=()):
    DOCS.append({"kind": kind, "text": text.strip("\n") + "\n", "expected": list(expected)})


# --------------------------------------------------------------------------------------
# Site chrome
# --------------------------------------------------------------------------------------

SITES = {
    # news
    "chronicle": {
        "name": "Plymouth Chronicle", "domain": "plymouthchronicle.example", "layout": "tabloid",
        "nav": ["News", "Plymouth", "Devon", "Cornwall", "Argyle", "What's On", "Property", "Jobs", "Family Notices"],
        "cookie": "We and our 212 partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content, ad and content measurement, audience insights and product development.",
        "comments": "Comments", "footer": "© 2024 Westward Media Group Ltd. Registered in England No. 0000000. Plymouth Chronicle, Harbour House, Plymouth. Contact the newsdesk: newsdesk@plymouthchronicle.example",
        "aside": ["Tributes paid to 'devoted' grandad after A38 crash", "The Barbican bar that's been named best in the South West", "Live: traffic on the Tamar Bridge after breakdown", "Met Office yellow warning for wind across Devon"],
    },
    "packet": {
        "name": "The Wrenmouth Packet", "domain": "wrenmouthpacket.example", "layout": "weekly",
        "nav": ["Home", "News", "Sport", "Fishing News", "Notices", "Obituaries", "Contact"],
        "cookie": "This website uses cookies to make it work. By carrying on you're agreeing to that. OK?",
        "comments": "Have your say", "footer": "The Wrenmouth Packet · serving the town since 1891 · 4 Fore Street, Wrenmouth · newsroom 01632 960777 · editor@wrenmouthpacket.example",
        "aside": ["Harbour dues to rise 4% from April", "Tide times for the week", "Lifeboat open day raises £3,400"],
    },
    "devonpost": {
        "name": "Devon Post", "domain": "devonpost.example", "layout": "broadsheet",
        "nav": ["Home", "News", "Exeter", "Plymouth", "Torbay", "Business", "Sport", "Opinion", "Farming"],
        "cookie": "Your privacy choices: we use essential cookies and, with your consent, analytics and advertising cookies. Accept all / Reject non-essential / Manage settings",
        "comments": "Reader comments", "footer": "Devon Post is part of South West Regional News Ltd. Complaints: we follow the Editors' Code. readers@devonpost.example",
        "aside": ["Council tax: what your bill will be in 2024/25", "Farm shop of the year shortlist revealed", "A30 roadworks: overnight closures"],
    },
    "swtoday": {
        "name": "SW Today", "domain": "swtoday.example", "layout": "public",
        "nav": ["Home", "News", "Sport", "Weather", "Local", "Your area: Plymouth"],
        "cookie": "Let us know you agree to cookies. We use cookies to give you the best online experience. Yes, I agree / No, take me to settings",
        "comments": "", "footer": "SW Today · Terms of use · About us · Privacy policy · Accessibility help · Contact us",
        "aside": ["Related topics: Education, Plymouth, Schools"],
    },
    "wight": {
        "name": "Wight Record", "domain": "wightrecord.example", "layout": "weekly",
        "nav": ["News", "Cowes", "Newport", "Ryde", "Sport", "Ferries", "Weather"],
        "cookie": "We use cookies. Click to accept.",
        "comments": "Comments", "footer": "Wight Record · independent news for the Isle of Wight · tips@wightrecord.example",
        "aside": ["Red Funnel timetable changes", "Carnival route confirmed"],
    },
    "derwent": {
        "name": "The Derwent Examiner", "domain": "derwentexaminer.example", "layout": "broadsheet",
        "nav": ["News", "Hobart", "Kingborough", "Sport", "Business", "Community"],
        "cookie": "This site uses cookies for analytics and personalised content. By continuing to browse you agree to our use of cookies.",
        "comments": "Conversation", "footer": "The Derwent Examiner, Tasmania. All rights reserved.",
        "aside": ["Ferry service to Bruny Island delayed", "Salmon farm expansion hearing"],
    },
    "collegewire": {
        "name": "CollegeWire", "domain": "collegewire.example", "layout": "public",
        "nav": ["Admissions", "Campus", "Money", "Rankings", "Opinion"],
        "cookie": "We use cookies and similar technologies. Do Not Sell or Share My Personal Information.",
        "comments": "", "footer": "CollegeWire © 2024. All rights reserved.",
        "aside": ["FAFSA deadline: what you need to know", "Are test-optional policies here to stay?"],
    },
    "jobs": {
        "name": "SouthWest TeachJobs", "domain": "swteachjobs.example", "layout": "jobs",
        "nav": ["Find a job", "Schools", "Careers advice", "Sign in", "Post a vacancy"],
        "cookie": "We use cookies to remember your job searches. Accept / Decline",
        "comments": "", "footer": "SouthWest TeachJobs · listings are provided by the employing school or trust · support@swteachjobs.example",
        "aside": ["Similar jobs: Teacher of Mathematics, Plymouth", "Teacher of Physics, Tavistock"],
    },
    "towncouncil": {
        "name": "Wrenmouth Town Council", "domain": "wrenmouth-tc.example", "layout": "minutes",
        "nav": ["Home", "Councillors", "Meetings & Minutes", "Allotments", "Harbour", "Contact"],
        "cookie": "This site only uses cookies that are necessary for it to work.",
        "comments": "", "footer": "Wrenmouth Town Council, The Guildhall, Fore Street, Wrenmouth. Clerk: clerk@wrenmouth-tc.example",
        "aside": ["Next meeting: Monday, 7pm, Guildhall"],
    },
    "inspect": {
        "name": "School Inspection Reports", "domain": "schoolinspections.example", "layout": "minutes",
        "nav": ["Find an inspection report", "About inspections", "Parent View", "Help"],
        "cookie": "Cookies on this service: we'd like to use analytics cookies. Accept analytics cookies / Reject analytics cookies",
        "comments": "", "footer": "Open Government style licence · Accessibility · Cookies · Privacy",
        "aside": ["Download full report (PDF)"],
    },
    # forums
    "threadit": {
        "name": "threadit", "domain": "threadit.example", "layout": "reddit",
        "nav": ["Home", "Popular", "All", "Log In", "Get App"],
        "cookie": "threadit uses cookies to give you a better experience. Accept all / Reject optional",
        "footer": "threadit Inc © 2024. All rights reserved. User Agreement · Content Policy · Privacy Policy",
    },
    "staffroom": {
        "name": "StaffRoom Community", "domain": "staffroom.example", "layout": "tes",
        "nav": ["Jobs", "Resources", "Community", "News", "Sign in"],
        "cookie": "We use cookies to improve your experience. Manage cookies / Accept",
        "footer": "StaffRoom Community is for education professionals. Posts are the views of their authors. Report a post · Community guidelines",
    },
    "parentnet": {
        "name": "ParentNet", "domain": "parentnet.example", "layout": "mumsnet",
        "nav": ["Talk", "Active", "Am I Being Unreasonable?", "Secondary", "Special needs", "Local", "Sign in"],
        "cookie": "ParentNet and our partners use cookies. Continue with recommended cookies / Manage preferences",
        "footer": "ParentNet Ltd · Talk guidelines · Report a post · Safeguarding: if a child is in danger call 999",
    },
    "seaangler": {
        "name": "WestCountry Sea Angling Forum", "domain": "wcseaangling.example", "layout": "phpbb",
        "nav": ["Board index", "Catch reports", "Boats & Charters", "Tackle", "Classifieds", "FAQ", "Register", "Login"],
        "cookie": "This board uses cookies. By continuing you accept.",
        "footer": "Powered by phpBB-ish forum software · Times are UTC · Tight lines!",
    },
    "fanforum": {
        "name": "Tamar Till I Die — Tamar Athletic fans' forum", "domain": "tamartillidie.example", "layout": "phpbb",
        "nav": ["Forum", "Match threads", "Transfer talk", "Away days", "Off topic"],
        "cookie": "Cookies keep you logged in. Fine by you?",
        "footer": "Unofficial fans' forum. Not affiliated with Tamar Athletic FC. UTA!",
    },
    "sailforum": {
        "name": "Dinghy Talk", "domain": "dinghytalk.example", "layout": "phpbb",
        "nav": ["Forums", "Classes", "Racing", "Cruising", "For sale", "Clubs"],
        "cookie": "We use cookies. See our privacy policy.",
        "footer": "Dinghy Talk — for people who get wet on purpose.",
    },
    "wrenmouthonline": {
        "name": "Wrenmouth Online — the town forum", "domain": "wrenmouthonline.example", "layout": "phpbb",
        "nav": ["Forum home", "Town talk", "Harbour", "Schools", "Lost & found", "Buy & sell"],
        "cookie": "We use cookies. Proper job.",
        "footer": "Wrenmouth Online is run by volunteers. Be kind, or be banned. Admins: admin@wrenmouthonline.example",
    },
    # blogs
    "sailingclub": {
        "name": "Wrenmouth Sailing Club", "domain": "wrenmouthsc.example", "layout": "club",
        "nav": ["Home", "Racing", "Juniors", "Newsletter", "Membership", "Bar & Galley", "Tides"],
        "cookie": "Our website uses cookies for bookings. OK",
        "comments": "", "footer": "Wrenmouth Sailing Club · The Slip, Wrenmouth · RYA Training Centre · secretary@wrenmouthsc.example",
    },
    "moveright": {
        "name": "Moveright", "domain": "moveright.example", "layout": "listing",
        "nav": ["Buy", "Rent", "House prices", "Find agent", "Commercial", "Sign in"],
        "cookie": "We use cookies to personalise your property search. Accept all / Manage",
        "comments": "", "footer": "Moveright · Terms · Privacy · Help · Moveright is not responsible for the accuracy of agents' listings.",
    },
    "trust": {
        "name": "Sound & Moor Learning Trust", "domain": "soundandmoor.example", "layout": "minutes",
        "nav": ["About the trust", "Our schools", "Governance", "Policies", "Vacancies", "Contact"],
        "cookie": "This site uses essential cookies only.",
        "comments": "", "footer": "Sound & Moor Learning Trust is a charitable company limited by guarantee. Registered office: Plymouth.",
    },
    "wordpress": {
        "name": "", "domain": "", "layout": "wp",
        "nav": ["Home", "About", "Archive", "Contact"],
        "cookie": "This site uses cookies. By continuing to use this website, you agree to their use. Close and accept",
        "comments": "Leave a Reply", "footer": "Blog at WordPress-ish.example · Privacy & Cookies",
    },
    "substack": {
        "name": "", "domain": "", "layout": "wp",
        "nav": ["Home", "Archive", "About", "Subscribe"],
        "cookie": "We use cookies to improve your experience.",
        "comments": "Discussion", "footer": "© the author · Privacy · Terms · Collection notice",
    },
}


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def body_html(body: str) -> str:
    out = []
    for chunk in body.strip().split("\n\n"):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        if chunk.startswith("## "):
            out.append(f"<h2>{esc(chunk[3:])}</h2>")
        elif chunk.startswith("- "):
            items = [line[2:] for line in chunk.splitlines() if line.startswith("- ")]
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
        elif chunk.startswith("> "):
            out.append("<blockquote><p>" + esc(chunk[2:]).replace("\n", "<br>") + "</p></blockquote>")
        elif chunk.startswith("| "):
            rows = [r.strip("| ").split(" | ") for r in chunk.splitlines()]
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
        else:
            out.append("<p>" + esc(chunk).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def nav_html(site: dict) -> str:
    return "<nav><ul>" + "".join(f'<li><a href="/{i.lower().replace(" ", "-").replace("&", "and")}">{esc(i)}</a></li>' for i in site["nav"]) + "</ul></nav>"


def comments_html(comments, heading) -> str:
    if not comments:
        return ""
    parts = [f'<section class="comments" id="comments"><h2>{esc(heading or "Comments")} ({len(comments)})</h2>']
    for c in comments:
        who, text = c[0], c[1]
        when = c[2] if len(c) > 2 else ""
        parts.append(f'<div class="comment"><p class="comment-author"><strong>{esc(who)}</strong> <span class="when">{esc(when)}</span></p>{body_html(text)}<p class="comment-actions"><a href="#">Reply</a> · <a href="#">Report</a></p></div>')
    parts.append("</section>")
    return "\n".join(parts)


def page(title: str, site: dict, inner: str, cookie_top: bool = True, extra_head: str = "") -> str:
    cookie = f'<div class="cookie-banner" role="dialog" aria-label="Cookie consent"><p>{esc(site["cookie"])}</p><button>Accept</button> <button>Settings</button></div>'
    head = f'<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">{extra_head}\n</head>\n<body>\n'
    return head + (cookie + "\n" if cookie_top else "") + inner + ("\n" + cookie if not cookie_top else "") + "\n</body>\n</html>\n"


def render_news_like(doc: dict) -> str:
    site = dict(SITES[doc["site"]])
    layout = site["layout"]
    aside = "".join(f"<li><a href=\"#\">{esc(a)}</a></li>" for a in site.get("aside", []))
    byline = f'<p class="byline">{esc(doc["byline"])}</p>' if doc["byline"] else ""
    date = f'<time>{esc(doc["date"])}</time>' if doc["date"] else ""
    if layout == "tabloid":
        inner = (f'<header class="masthead"><a class="logo" href="https://{site["domain"]}/">{esc(site["name"])}</a>'
                 f'<a class="subscribe" href="#">Sign up to our daily newsletter</a>{nav_html(site)}</header>\n'
                 f'<main><article><p class="kicker">{esc(doc.get("kicker", "NEWS"))}</p><h1>{esc(doc["title"])}</h1>{byline}{date}'
                 f'<div class="share">Share: Facebook · X · WhatsApp · Email</div>\n<div class="article-body">{body_html(doc["body"])}</div>'
                 f'<div class="ad-slot">Advertisement</div></article>\n'
                 f'{comments_html(doc["comments"], site["comments"])}</main>\n'
                 f'<aside class="most-read"><h3>Most Read</h3><ol>{aside}</ol></aside>\n'
                 f'<footer><p>{esc(site["footer"])}</p><p><a href="#">Privacy notice</a> · <a href="#">Terms</a> · <a href="#">Complaints</a></p></footer>')
        return page(f'{doc["title"]} - {site["name"]}', site, inner)
    if layout == "weekly":
        inner = (f'<div id="top"><h1 class="paper">{esc(site["name"])}</h1>{nav_html(site)}</div>\n'
                 f'<div id="content"><h2 class="headline">{esc(doc["title"])}</h2><p class="meta">{esc(doc["byline"])} | {esc(doc["date"])}</p>\n'
                 f'{body_html(doc["body"])}\n{comments_html(doc["comments"], site["comments"])}</div>\n'
                 f'<div id="sidebar"><h3>In this week\'s paper</h3><ul>{aside}</ul></div>\n'
                 f'<div id="foot">{esc(site["footer"])}</div>')
        return page(f'{site["name"]} - {doc["title"]}', site, inner, cookie_top=False)
    if layout == "broadsheet":
        inner = (f'<header><div class="brand">{esc(site["name"])}</div>{nav_html(site)}<form class="search"><input placeholder="Search"></form></header>\n'
                 f'<main><article><h1>{esc(doc["title"])}</h1><div class="byline">{esc(doc["byline"])} <span class="date">{esc(doc["date"])}</span></div>\n'
                 f'{body_html(doc["body"])}</article>\n{comments_html(doc["comments"], site["comments"])}</main>\n'
                 f'<aside><h4>Trending</h4><ul>{aside}</ul></aside>\n<footer>{esc(site["footer"])}</footer>')
        return page(f'{doc["title"]} | {site["name"]}', site, inner)
    if layout == "public":
        inner = (f'<header><a class="brand" href="/">{esc(site["name"])}</a>{nav_html(site)}</header>\n'
                 f'<main id="main-content"><article><h1 id="main-heading">{esc(doc["title"])}</h1><div class="meta">{date} {byline}</div>\n'
                 f'{body_html(doc["body"])}</article>\n<section class="related"><h2>More on this story</h2><ul>{aside}</ul></section></main>\n'
                 f'<footer>{esc(site["footer"])}</footer>')
        return page(f'{doc["title"]} - {site["name"]}', site, inner)
    if layout == "jobs":
        inner = (f'<header><span class="logo">{esc(site["name"])}</span>{nav_html(site)}</header>\n'
                 f'<main><div class="job"><h1>{esc(doc["title"])}</h1><dl class="job-meta"><dt>Posted</dt><dd>{esc(doc["date"])}</dd><dt>Employer</dt><dd>{esc(doc["byline"])}</dd></dl>\n'
                 f'{body_html(doc["body"])}<a class="apply" href="#">Apply now</a></div>\n<aside><h3>Similar jobs</h3><ul>{aside}</ul></aside></main>\n'
                 f'<footer>{esc(site["footer"])}</footer>')
        return page(f'{doc["title"]} | {site["name"]}', site, inner)
    if layout == "minutes":
        inner = (f'<header><p class="org">{esc(site["name"])}</p>{nav_html(site)}</header>\n'
                 f'<main><p class="breadcrumb">Home › {esc(site["nav"][2] if len(site["nav"]) > 2 else "Documents")} › {esc(doc["title"])}</p>'
                 f'<h1>{esc(doc["title"])}</h1><p class="doc-meta">{esc(doc["byline"])} {esc(doc["date"])}</p>\n{body_html(doc["body"])}</main>\n'
                 f'<footer>{esc(site["footer"])}</footer>')
        return page(f'{doc["title"]} - {site["name"]}', site, inner, cookie_top=False)
    if layout == "club":
        inner = (f'<header><img src="/burgee.png" alt="club burgee"><span class="club">{esc(site["name"])}</span>{nav_html(site)}</header>\n'
                 f'<main><h1>{esc(doc["title"])}</h1><p class="issue">{esc(doc["byline"])} · {esc(doc["date"])}</p>\n{body_html(doc["body"])}</main>\n'
                 f'<footer>{esc(site["footer"])} · High water today: see Tides</footer>')
        return page(f'{doc["title"]} | {site["name"]}', site, inner)
    if layout == "listing":
        inner = (f'<header><span class="logo">{esc(site["name"])}</span>{nav_html(site)}</header>\n'
                 f'<main><div class="gallery">1/24 photos · Floorplan · Virtual tour</div><h1>{esc(doc["title"])}</h1>'
                 f'<p class="added">{esc(doc["date"])}</p>\n{body_html(doc["body"])}'
                 f'<div class="agent"><h3>Marketed by</h3><p>{esc(doc["byline"])}</p><button>Request details</button></div>'
                 f'<div class="mortgage">Mortgage calculator · Stamp duty calculator</div></main>\n'
                 f'<footer>{esc(site["footer"])}</footer>')
        return page(f'{doc["title"]} | {site["name"]}', site, inner)
    if layout == "wp":
        name = doc.get("blogname", "")
        inner = (f'<header class="site-header"><p class="site-title"><a href="/">{esc(name)}</a></p><p class="site-description">{esc(doc.get("tagline", ""))}</p>{nav_html(site)}</header>\n'
                 f'<main><article class="post"><h1 class="entry-title">{esc(doc["title"])}</h1><p class="entry-meta">Posted on {esc(doc["date"])} by {esc(doc["byline"])}</p>\n'
                 f'<div class="entry-content">{body_html(doc["body"])}</div><p class="tags">{esc(doc.get("tags", ""))}</p></article>\n'
                 f'{comments_html(doc["comments"], site["comments"])}'
                 f'<div id="respond"><h3>{esc(site["comments"] or "Leave a comment")}</h3><textarea></textarea><button>Post Comment</button></div></main>\n'
                 f'<aside class="widget-area"><h2>Recent Posts</h2><ul><li>Archives</li><li>Categories</li></ul></aside>\n'
                 f'<footer class="site-footer">{esc(site["footer"])}</footer>')
        return page(f'{doc["title"]} – {name}', site, inner, cookie_top=False)
    raise ValueError(layout)


def render_forum(doc: dict) -> str:
    site = SITES[doc["site"]]
    layout = site["layout"]
    posts = doc["posts"]
    if layout == "reddit":
        sub = doc["board"] or "r/teachinguk"
        op = posts[0]
        parts = [f'<header><a class="logo" href="/">{esc(site["name"])}</a>{nav_html(site)}</header>',
                 f'<div class="subreddit-banner"><h2>{esc(sub)}</h2><button>Join</button></div>',
                 f'<main><div class="post"><div class="votes">▲ {esc(op[2] if len(op) > 2 else "1")} ▼</div>'
                 f'<p class="tagline">Posted by u/{esc(op[0])} · {esc(op[3] if len(op) > 3 else "")}</p>'
                 f'<h1>{esc(doc["title"])}</h1>{body_html(op[1])}<p class="actions">Comments · Share · Save · Report</p></div>',
                 f'<section class="comments"><h3>{len(posts) - 1} comments · sort by: best</h3>']
        for p in posts[1:]:
            depth = p[4] if len(p) > 4 else 0
            parts.append(f'<div class="comment" style="margin-left:{depth * 20}px"><p class="tagline">u/{esc(p[0])} · {esc(p[2] if len(p) > 2 else "")} points · {esc(p[3] if len(p) > 3 else "")}</p>{body_html(p[1])}<p class="actions">Reply · Share · Report</p></div>')
        parts.append('</section></main>')
        about = {"r/teachinguk": "A community for teachers and school staff in the UK. Not a place for naming pupils, parents or colleagues.",
                 "r/plymouth": "Britain's Ocean City. News, questions and chat about Plymouth and the surrounding area.",
                 "r/6thForm": "For sixth formers and college students in the UK."}.get(sub, "A place to talk.")
        parts.append(f'<aside><h3>About Community</h3><p>{esc(about)}</p><h3>Rules</h3><ol><li>Be civil</li><li>No personal information</li><li>No naming and shaming</li></ol></aside>')
        parts.append(f'<footer>{esc(site["footer"])}</footer>')
        return page(f'{doc["title"]} : {sub}', site, "\n".join(parts))
    if layout == "mumsnet":
        parts = [f'<header><a class="logo" href="/">{esc(site["name"])}</a>{nav_html(site)}</header>',
                 f'<main><p class="breadcrumb">Talk › {esc(doc["board"] or "Secondary education")}</p><h1>{esc(doc["title"])}</h1>',
                 f'<p class="thread-meta">{len(posts)} replies · Watch thread · Hide · Report</p>']
        for i, p in enumerate(posts):
            who, text = p[0], p[1]
            when = p[2] if len(p) > 2 else ""
            op = " (OP)" if who == posts[0][0] and i else ""
            parts.append(f'<div class="post"><p class="post-meta"><strong>{esc(who)}</strong>{op} · {esc(when)}</p>{body_html(text)}<p class="post-actions">Report · Quote · Message poster</p></div>')
        parts.append('<div class="reply-box"><h3>Reply to this thread</h3><textarea></textarea></div></main>')
        parts.append(f'<footer>{esc(site["footer"])}</footer>')
        return page(f'{doc["title"]} | {site["name"]}', site, "\n".join(parts), cookie_top=False)
    if layout == "tes":
        parts = [f'<header><span class="logo">{esc(site["name"])}</span>{nav_html(site)}</header>',
                 f'<main><p class="breadcrumb">Community › {esc(doc["board"] or "Workplace dilemmas")}</p><h1>{esc(doc["title"])}</h1>']
        for p in posts:
            who, text = p[0], p[1]
            when = p[2] if len(p) > 2 else ""
            parts.append(f'<article class="forum-post"><aside class="author"><span class="avatar"></span><b>{esc(who)}</b><small>Member</small></aside><div class="content"><time>{esc(when)}</time>{body_html(text)}</div><div class="like">Like · Reply · Report</div></article>')
        parts.append('</main>')
        parts.append(f'<footer>{esc(site["footer"])}</footer>')
        return page(f'{doc["title"]} | {site["name"]}', site, "\n".join(parts))
    if layout == "phpbb":
        parts = [f'<div id="wrap"><div class="headerbar"><h1>{esc(site["name"])}</h1>{nav_html(site)}</div>',
                 f'<div class="navbar"><a href="#">Board index</a> ‹ <a href="#">{esc(doc["board"] or "General")}</a></div>',
                 f'<h2 class="topic-title">{esc(doc["title"])}</h2><div class="pagination">{len(posts)} posts · Page 1 of 1</div>']
        for p in posts:
            who, text = p[0], p[1]
            when = p[2] if len(p) > 2 else ""
            sig = p[3] if len(p) > 3 else ""
            parts.append(f'<div class="post"><dl class="postprofile"><dt>{esc(who)}</dt><dd>Posts: {17 + len(who) * 13}</dd></dl>'
                         f'<div class="postbody"><p class="author">by <strong>{esc(who)}</strong> » {esc(when)}</p><div class="content">{body_html(text)}</div>'
                         + (f'<div class="signature">{esc(sig)}</div>' if sig else "") + '</div></div>')
        parts.append(f'<div class="footer">{esc(site["footer"])}</div></div>')
        return page(f'{doc["title"]} - {site["name"]}', site, "\n".join(parts), cookie_top=False)
    raise ValueError(layout)


def render(doc: dict) -> str:
    if doc["kind"] == "forum":
        return render_forum(doc)
    if doc["kind"] in ("news", "blog"):
        return render_news_like(doc)
    return doc["text"]


# ======================================================================================
# Documents
# ======================================================================================

# --------------------------------------------------------------------------------------
# NEWS
# --------------------------------------------------------------------------------------

news("chronicle", "Wrenmouth secondary school told it 'requires improvement' as inspectors raise concerns over behaviour",
     "By Tamsin Rowe, Education Reporter", "14:02, 14 MAR 2024", """
Inspectors have told a Wrenmouth secondary school it must improve after finding that poor behaviour in some lessons was holding pupils back.

Gurnard Point Academy, on Kellacott Lane, was rated 'requires improvement' overall following a two-day visit in January. The report, published this week, said leaders had "an accurate view of the school's weaknesses" but that changes to the behaviour policy "have not yet had enough impact".

Inspectors praised the sixth form and the school's links with employers at Devonport, and said pupils with special educational needs were "well supported".

Headteacher Dr Morwenna Penrose-Kitto said: "We are disappointed but not surprised. The report recognises the progress we've made, and I'm proud of our staff and our young people. We know exactly what we need to do and we're already doing it."

A spokesperson for the Sound & Moor Learning Trust, which runs the academy, said the trust was "fully behind" the school's leadership.

The academy was last inspected in 2019, when it was rated good.

Do you have a story about your child's school? Email newsdesk@plymouthchronicle.example
""", comments=[
    ("Kellacott_Dad", "Not surprised at all. My lad has had four different maths teachers since September and two of them were supply.", "3h"),
    ("jan.h", "Proper job to the staff though, they're doing their best with what they've got. It's the funding not the teachers.", "2h"),
    ("PlymouthPete", "RI is basically 'good but we came on a bad day' these days. Clickbait headline as per.", "1h"),
], expected=[X("school", "exact", "negative"), X("mpenrosekitto", "exact", "neutral")])

news("chronicle", "Man who sent 'sickening' threats to Wrenmouth PE teacher is jailed",
     "By Ben Yeo, Court Reporter", "16:45, 2 FEB 2024", """
A man who bombarded a Wrenmouth teacher with threatening messages after his son was dropped from the school football team has been jailed for 16 weeks.

Lee Dawe, 38, of Fore Street, Wrenmouth, pleaded guilty at Plymouth Magistrates' Court to sending malicious communications and to harassment.

The court heard Dawe sent more than 40 messages to James Carter, head of PE at Gurnard Point Academy, over three weeks last autumn, including one which said he would "be waiting" for him after training and another saying he "wouldn't be teaching anyone anything with his legs broke".

Prosecutor Helen Choak said Mr Carter had changed his route home and had been "genuinely frightened".

In a statement read to the court, Mr Carter said: "I've coached football in this town for fifteen years. I never thought I'd be checking under my car before I drove to work."

Mitigating, Simon Peek said his client had been drinking heavily at the time and was "deeply ashamed".

District Judge Anne Marsden told Dawe: "Teachers are entitled to go to work without fear. These messages were designed to terrify and they did."

Dawe was also made subject to a five-year restraining order.

Comments have been turned off on this article for legal reasons.
""", expected=[X("jcarter", "exact", "neutral"), X("school", "exact", "neutral")], kicker="COURT")

news("packet", "Academy site manager suspended as police probe missing roof lead",
     "Packet reporter", "Thursday 8 February 2024", """
The site manager at Gurnard Point Academy has been suspended while police investigate the disappearance of lead flashing and copper pipe from the school's sports hall roof.

Devon and Cornwall Police confirmed they were called to the Kellacott Lane site on 3 February and that a 52-year-old man from Wrenmouth had been interviewed under caution. He has not been arrested.

Several parents have named the man on social media as Gary Luscombe, who has worked at the school, formerly Wrenmouth Community College, for more than twenty years.

The Sound & Moor Learning Trust said: "We can confirm a member of staff has been suspended, which is a neutral act. It would not be appropriate to comment further while a police investigation is ongoing."

One mum, who did not want to be named, said: "We only found out because of Facebook. The school hasn't told us a thing and the sports hall's been shut for a fortnight. PE's been laps of the field in the rain."

Police have asked anyone who saw a white flatbed van near the school between 1 and 3 February to call 101 quoting crime reference 50240027713.
""", comments=[
    ("Tina W", "Gary's worked there since I was at school. Can't believe it, he's the one who fixes everything up there."),
    ("harbourmaster_ish", "Innocent until proven guilty people. Let the police do their job dreckly and stop gossiping."),
], expected=[X("gluscombe", "exact", "defamation"), X("school", "exact", "negative")])

news("swtoday", "Academy apologises after pupils entered for wrong GCSE paper", "By Rhian Daley, SW Today education correspondent", "11 March 2025", """
A Devon academy has apologised after more than 60 pupils were entered for the wrong tier of their GCSE science exams.

Parents at Gurnard Point Academy in Wrenmouth, near Plymouth, were told by letter that the Year 11 pupils had been entered for the foundation paper, which caps the highest grade at 5, instead of the higher tier.

One parent, Claire Widdicombe, said her daughter was "in bits". "She's been predicted a 7 all year. Nobody checked. How does that even happen in a school?"

In a statement, headteacher Dr Morwenna Penrose-Kitto said the error had been "caught in time" and all entries had been corrected with the exam board at no cost to families. "I apologise unreservedly for the worry this has caused," she said.

The Sound & Moor Learning Trust said it would review exam entry procedures across all seven of its schools.
""", expected=[X("school", "exact", "negative"), X("mpenrosekitto", "exact", "neutral")])

news("chronicle", "Wrenmouth headteacher speaks out over 'vile' online abuse aimed at her staff",
     "By Tamsin Rowe, Education Reporter", "06:00, 23 NOV 2024", """
The headteacher of a Wrenmouth secondary school has urged parents to "think before they post" after staff received what she described as a torrent of online abuse.

Dr Morwenna Penrose-Kitto, head of Gurnard Point Academy, said comments in local Facebook groups had become "personal, nasty and in some cases frightening".

She told the Chronicle: "I've been called a jumped-up Cornish witch and worse, and I'm a grown woman, I can take it. What I won't accept is colleagues being told to go back where they came from, or having their home addresses shared around. That is not criticism. That is abuse, and some of it is criminal."

She said two posts had been reported to police.

A spokesperson for Devon and Cornwall Police said officers were "aware of reports of malicious communications" relating to the school and enquiries were ongoing.

Parents' group Wrenmouth Families First said it condemned abuse of staff but added that "legitimate concerns about behaviour and communication at the academy have been brushed aside for too long".
""", comments=[
    ("SaltyDog_Wrenmouth", "Whoever's putting addresses up wants locking up. Disgusting behaviour."),
    ("karen1971", "Funny how it's always 'abuse' when parents complain. Try answering an email."),
    ("Nan_of_4", "Good on her for saying it. Teachers aren't punchbags."),
], expected=[X("school", "exact", "negative"), X("mpenrosekitto", "exact", "neutral")])

news("packet", "Gurnard pupils get head start on dockyard careers", "Packet reporter", "Thursday 20 June 2024", """
Year 12 students at Gurnard Point Academy will spend a day a week at Devonport from September under a new partnership with marine engineering firm Hamoaze Marine Systems.

The scheme, the first of its kind in Wrenmouth, was set up by Peregrine Scantlebury, the academy's head of design and technology, who served his own apprenticeship in the dockyard before retraining as a teacher.

"Half the families in this town have someone who's worked in the yard," he said. "It's daft that the kids don't see it as something they can aim for. Now they'll be on the tools alongside people who've done it for thirty years."

Hamoaze's operations director, Lisa Tremayne, said the firm hoped to take on at least four apprentices from the first cohort.
""", comments=[("Bev from Polgrew", "My grandad was a shipwright in the yard for 40 year. Lovely to see. Proper job.")],
     expected=[X("pscantlebury", "exact", "neutral"), X("school", "exact", "neutral")])

news("chronicle", "Tributes to 'the heart of the school' as former Wrenmouth caretaker dies aged 81",
     "By Sam Kitto", "17:20, 9 MAY 2024", """
Tributes have been paid to Ron Hext, who looked after the buildings at Wrenmouth Community College for more than three decades.

Mr Hext, who died peacefully at Derriford Hospital on Sunday, started at the school in 1968 and retired in 2001. Generations of Wrenmouth children knew him simply as "Mr Ron".

His former apprentice Gary Luscombe, now site manager at the school, which became Gurnard Point Academy in 2013, said: "Ron taught me everything — how to bleed a radiator, how to talk to a Year 9 who's having a bad day, and how to make one cup of tea last a whole break. There won't be another like him."

Mr Hext was also a Wrenmouth lifeboat crewman for 19 years and a stalwart of the Gurnard Inn darts team.

He leaves his wife Pat, two daughters and five grandchildren. The funeral will take place at St Peter's Church, Wrenmouth, on 21 May at 2pm. Family flowers only; donations to the RNLI.
""", comments=[("Debs Pengelly", "RIP Mr Ron 💙 he used to give us the lost property footballs at the end of every term")],
     expected=[X("gluscombe", "exact", "neutral"), X("school", "exact", "neutral")], kicker="FAMILY NOTICES")

news("devonpost", "Wrenmouth teacher in court on drink-drive charge", "Devon Post court reporter", "19 December 2023", """
A head of year at a Wrenmouth secondary school has appeared before magistrates charged with drink-driving.

Jo Pascoe, 44, of Kellacott, who works at Gurnard Point Academy, was stopped by police on the A379 near Elburton on the evening of 9 December. She is alleged to have been over the legal limit.

Ms Pascoe was not asked to enter a plea and the case was adjourned until 15 January. She was released on unconditional bail.

A spokesperson for the Sound & Moor Learning Trust said it was aware of the matter and would "follow its usual procedures".
""", expected=[X("jpascoe", "exact", "defamation"), X("school", "exact", "neutral")])

news("chronicle", "Parents' fury as Wrenmouth academy sends 40 pupils home over 'wrong' trousers",
     "By Jade Burrows", "12:31, 6 SEP 2023", """
Parents in Wrenmouth have reacted with fury after around 40 pupils were sent home or put in isolation on the first day of term for wearing the "wrong" trousers.

Gurnard Point Academy introduced a single-supplier uniform rule last year, requiring tailored trousers with the school logo. In a letter sent to families on Tuesday evening, the headteacher, Mrs Penrose-Kitto, wrote: "Our uniform policy has been unchanged for three years and families were reminded of it before the summer. High standards start at the gate."

Mum-of-three Stacey Lavers said: "It's the middle of a cost of living crisis. The trousers are £24 a pair from one shop in Plymouth and it had sold out of my son's size in July. What was I meant to do, sew a logo on myself?"

Another parent said her daughter had spent the whole day "sat in a room with a worksheet" because her trousers were a slightly different shade of black.

The Sound & Moor Learning Trust said the school had a uniform support fund and urged families who were struggling to contact the office.
""", comments=[
    ("Wrenmouth_Born", "Penrose-Kitto should try living on Universal Credit for a month before she lectures anybody about trousers."),
    ("MrsJ", "Rules are rules. We all had uniform and we survived. Buy them in June."),
    ("Gaz_77", "The school used to be decent under the old head. Now it's all image and Instagram."),
], expected=[X("school", "exact", "negative"), X("mpenrosekitto", "title_surname", "negative")])

news("swtoday", "Devon school sailing team crowned national champions", "", "8 July 2024", """
A team from a school on the edge of Plymouth Sound has won the national schools team racing championship.

The four-boat squad from Gurnard Point Academy in Wrenmouth beat 31 other schools over two days of racing at Rutland Water.

Most of the team learned to sail on the school's after-school scheme, run with Wrenmouth Sailing Club.

Their coach, design and technology teacher Mr Scantlebury, said: "Half of them had never been in a boat three years ago. They've trained through February sleet and they've earned every bit of this."

The team will represent England at the home nations event in September.
""", expected=[X("school", "exact", "neutral"), X("pscantlebury", "title_surname", "neutral")])

news("packet", "Wrenmouth Town 2 Tamar Vale 1: Carter double sends Town top", "Sport desk", "Saturday 14 October 2023", """
James Carter's second-half brace fired Wrenmouth Town to the top of the Peninsula League East at a blustery Kellacott Park.

Tamar Vale led at the break through a deflected free-kick, and Town looked short of ideas until manager Phil Rowse threw on the 19-year-old Carter on the hour.

The trainee fitter at Devonport levelled with a header from Kyle Jago's corner and then won it in the 88th minute, rounding the keeper after a long ball from the back.

"Jimmy's the best young striker I've had here," said Rowse. "He's working shifts in the yard and still turns up to training on a Tuesday night in the rain. That's Wrenmouth."

Town travel to Bodmin Road next Saturday.
""", expected=[])

news("chronicle", "Derriford nurse who 'never stopped smiling' wins national award", "By Amira Lowe, Health Reporter", "09:15, 12 MAY 2024", """
A neonatal nurse at Derriford Hospital has been named nurse of the year at a national awards ceremony.

Sarah Mitchell, a senior sister on the hospital's neonatal unit, was nominated by more than 30 families whose babies she had cared for.

Mrs Mitchell, from Plympton, has worked at Derriford for 22 years. "I'm a bit embarrassed, to be honest," she said. "It's a team, and the team is amazing."

One mum wrote in her nomination: "Sarah held my hand at 3am when I thought we'd lose him. She never stopped smiling for us, even when we knew she was worried."
""", expected=[])

news("devonpost", "MP calls for fairer funding for rural schools", "By Political Correspondent Nick Ashe", "29 January 2025", """
Sarah Mitchell, the MP for Exe Valley and Haldon, has told the Commons that rural schools in Devon are being "starved of funding" compared with city schools.

Speaking in a Westminster Hall debate, Mrs Mitchell said: "A pupil in Crediton gets hundreds of pounds less each year than a pupil in Camden. Our headteachers are running schools on goodwill and jumble sales."

She called on the Department for Education to review the sparsity factor in the national funding formula.

The minister said the government was "listening carefully" to rural MPs.
""", expected=[])

news("wight", "Gurnard seafront homes flooded as storm surge hits the Island", "Wight Record staff", "3 November 2023", """
Homes along the seafront at Gurnard were flooded on Thursday night as a storm surge combined with a high spring tide.

Residents of Marsh Road said water came over the sea wall shortly after 11pm. Firefighters from Cowes pumped out several properties.

The Gurnard Sailing Club dinghy park was also damaged, with several boats thrown against the clubhouse.

Isle of Wight Council said sandbags would be available at the village hall from 8am.
""", comments=[("islander_62", "Every year the same on Marsh Road. When are they going to fix that sea wall?")], expected=[])

news("collegewire", "Grade inflation: average GPA at state flagships hits record 3.4", "By Dana Kowalczyk", "April 2, 2024", """
The average undergraduate GPA at public flagship universities has reached a record 3.4, according to new data, prompting fresh debate about grade inflation.

Critics say inflated GPAs make it harder for employers and graduate schools to tell students apart. Supporters say better teaching and support explain some of the rise.

"A 3.9 GPA used to mean something," one admissions consultant said. "Now it's the entry ticket."
""", expected=[])

news("packet", "Holiday park plans 40 new lodges on Gurnard Point headland", "Packet reporter", "Thursday 11 April 2024", """
Gurnard Point Holiday Park has applied for permission to add 40 timber lodges on the field above the coast path, in a move that has divided opinion in Wrenmouth.

The owners say the lodges would bring year-round visitors and twelve jobs. Objectors say the site, which can be seen from across the Sound, is one of the last open stretches of headland between Wrenmouth and the Yealm.

"The lane past the school is already gridlocked in August," said one resident. "Forty more cars towing bikes and kayaks? Where's it all to go?"

South Hams District Council is expected to decide the application in June.
""", expected=[])

news("chronicle", "Little stars from Gurnard Point Academy of Dance take top prizes at Pavilions", "By What's On team", "10:00, 25 MAR 2024", """
Dancers from Gurnard Point Academy of Dance in Wrenmouth scooped eleven trophies at the South West Dance Festival at Plymouth Pavilions.

Principal Kerry-Ann Boase said she was "over the moon" with her pupils, who range in age from four to eighteen.

The academy, which runs classes from the old chapel on Fore Street, will hold its summer showcase at the Guildhall in July.
""", expected=[], kicker="WHAT'S ON")

news("packet", "Obituary: Joseph 'Jo' Pascoe, 1937–2024", "By the Editor", "Thursday 15 February 2024", """
Jo Pascoe, who has died aged 86, fished out of Wrenmouth for more than sixty years and was, by common consent, the last of the old-school skippers on the quay.

Born in a cottage on Quay Street, he went to sea with his father at 14 on the crabber Morning Star and took her over in 1961. He fished pots and nets off Gurnard Point in all weathers, and rescued the crew of a French trawler in the great gale of 1979, for which he received a bravery award.

He was a churchwarden at St Peter's, a terrible darts player and a generous man who never let a pensioner in the town go without crab at Christmas.

He is survived by his wife Maureen, his sons Mark and Tony, and eight grandchildren.
""", expected=[], kicker="OBITUARIES")

news("devonpost", "Woman fined for sharing teacher's home address in Facebook group", "Devon Post court reporter", "7 June 2024", """
A Kellacott woman who posted a teacher's home address in a community Facebook group has been fined.

Kirsty Blatchford, 33, admitted sending a malicious communication when she appeared before Plymouth magistrates.

The court heard that in March she posted the address of Katarzyna Nowak, a chemistry teacher at Gurnard Point Academy, alongside a comment about Ms Nowak's Polish nationality and a suggestion that parents should "pop round". The post was shared more than 200 times before it was removed.

Ms Nowak, who has taught in Wrenmouth for nine years, told the court in a statement that she had stayed with friends for a week and now checked her doorbell camera "every time a car slows down".

Blatchford was fined £480 and ordered to pay £200 compensation. Magistrates told her: "You may have been angry about a detention. That does not give you the right to put a woman in fear in her own home."
""", expected=[X("knowak", "exact", "neutral"), X("school", "exact", "neutral")])

news("chronicle", "Police step up patrols at Wrenmouth school after online threat", "By Ben Yeo", "19:40, 15 JAN 2025", """
Police have increased patrols around Gurnard Point Academy after a post on social media said someone should "burn the place to the ground with SLT inside".

The post, on an anonymous account, appeared on Sunday evening and was deleted within an hour, but screenshots were shared widely in local Facebook groups.

Headteacher Dr Morwenna Penrose-Kitto wrote to parents on Monday to say the school would open as normal. "We are taking this seriously and so are the police. Please don't share the screenshots — that does the author's job for them," she wrote.

Inspector Mark Pengelly said: "We know this has caused a lot of worry in Wrenmouth. Officers will be visible around the school this week and enquiries to identify the person responsible are ongoing."
""", comments=[("Lou_Kellacott", "Whoever wrote that needs finding. There's 1,100 kids in that building."), ("mike t", "Sad times. Hope they catch them.")],
     expected=[X("school", "exact", "neutral"), X("mpenrosekitto", "exact", "neutral")])

news("devonpost", "Former governor claims academy 'buried' safeguarding complaints", "By Claire Venning", "3 October 2024", """
A former governor at Gurnard Point Academy in Wrenmouth has claimed that senior staff ignored repeated warnings about a pupil who was being bullied and self-harming.

In a letter to the Sound & Moor Learning Trust, seen by the Devon Post, Roger Tapp alleges that the school's designated safeguarding lead, Sarah Mitchell, "failed to record" three separate disclosures and that the school "made them go away" in the weeks before an inspection.

Mr Tapp, who resigned from the local governing body in the summer, said: "I raised this in writing twice and was told it was being dealt with. It wasn't. It was buried."

The trust said the allegations were "without foundation" and had been "independently reviewed". It added that it had "full confidence" in the school's safeguarding arrangements.

Mrs Mitchell did not respond to a request for comment.
""", comments=[("Concerned of Kellacott", "If this is true heads should roll."), ("SW_teacher", "Every DSL in the country is drowning. Careful who you believe.")],
     expected=[X("school", "exact", "defamation"), X("smitchell", "exact", "defamation")])

news("packet", "Teacher's pastéis de nata raise £2,000 for Lisbon trip", "Packet reporter", "Thursday 30 November 2023", """
A Wrenmouth teacher has sold more than 1,500 Portuguese custard tarts to help pay for a school trip to Lisbon.

João Ferreira, head of modern languages at Gurnard Point Academy, has been baking every Friday night since September, using his grandmother's recipe from Porto.

"My mother would be horrified by how many I've burned," he said. "But the kids have been brilliant selling them at the market and at the harbour on Saturdays."

The money will help 30 Year 9 pupils travel to Portugal in the spring. Any left over will go to the academy's hardship fund.
""", expected=[X("jferreira", "exact", "neutral"), X("school", "exact", "neutral")])

news("jobs", "Teacher of Mathematics (MPS/UPS) — Gurnard Point Academy, Wrenmouth", "Sound & Moor Learning Trust", "Posted 4 days ago · Closes 9am, 18 March", """
Contract: Full time, permanent · Start: September · Salary: MPS/UPS + TLR available for the right candidate

Are you a mathematician who wants to make a difference in a close-knit coastal community? Gurnard Point Academy is an 11–18 school of 1,100 students on the edge of Plymouth Sound, part of the Sound & Moor Learning Trust.

You will join a friendly department of nine specialists with a strong record at A level, and teach across Key Stages 3 to 5. ECTs are warmly welcomed and will receive a two-year induction programme.

## What we offer
- A genuine commitment to workload: centralised detentions, no marking policy for its own sake
- A free gym membership and discounted membership of Wrenmouth Sailing Club
- Ten minutes from Plymouth and twenty from Dartmoor

For an informal conversation about the role, please contact O. Adeyemi, Head of Mathematics, via the academy office on 01632 960418 or recruitment@gurnardpoint.example.

The academy is committed to safeguarding and promoting the welfare of children. The successful candidate will be subject to an enhanced DBS check and online searches as part of due diligence.
""", expected=[X("school", "exact", "neutral"), X("oadeyemi", "initial_surname", "neutral")])

news("chronicle", "'No child goes hungry': the Wrenmouth teachers giving up half-term to feed families",
     "By Amira Lowe", "07:00, 28 OCT 2023", """
While most teachers were enjoying a well-earned lie-in this week, a group of staff at Gurnard Point Academy were up at 7am buttering rolls.

The school's holiday food club, which started during the pandemic, served 140 breakfasts and lunches a day over half-term from the canteen on Kellacott Lane.

It is run by the academy's SENCo, Maricel Villanueva, and head of Year 9 Jo Pascoe, with help from volunteers and donations from local businesses including the Gurnard Inn, which sent over trays of pasties.

"Some of our families have dads away at sea for months, or working nights at the yard, and it's hard," said Mrs Villanueva, who moved to Devon from Manila 14 years ago. "In the Philippines we say no one eats alone. So nobody does here either."

Ms Pascoe added: "It's not charity. It's just what a town does."
""", expected=[X("mvillanueva", "exact", "neutral"), X("jpascoe", "exact", "neutral"), X("school", "exact", "neutral")], kicker="PLYMOUTH NEWS")

news("chronicle", "OPINION: Our schools are run by managers who've forgotten who they work for",
     "By Derek Vosper, Chronicle columnist", "08:00, 14 SEP 2023", """
I've written before about the creeping madness of academy trusts, and I wasn't going to again. Then last week happened.

Take Gurnard Point Academy. Forty children — forty — sent home or shut in a room on the first day of term over the colour of their trousers. And who is the mastermind of this? Its head, Dr Penrose-Kitto, a woman with all the warmth of a February easterly coming off Rame Head and, judging by her letters home, the vocabulary of a management consultant who has swallowed a thesaurus and is slowly choking on it.

"High standards start at the gate," she writes. No, madam. High standards start with not humiliating twelve-year-olds because their mum couldn't find trousers in Plymouth in August.

She is, not to put too fine a point on it, a pompous jobsworth on a six-figure salary who would sooner lose a child's education than lose an argument. Wrenmouth deserves better than this. So do its children.
""", comments=[("Anne R", "Bit personal Derek. Criticise the policy by all means."), ("Wrenmouth_Born", "Spot on as always")],
     expected=[X("mpenrosekitto", "title_surname", "abuse"), X("school", "exact", "negative")], kicker="OPINION")

news("swtoday", "Man sentenced for racially abusing teacher outside school", "By Rhian Daley", "21 August 2024", """
A former pupil who shouted racial abuse at his old maths teacher outside a Devon secondary school has been given a suspended prison sentence.

Kyle Hamlyn, 24, of no fixed address, admitted a racially aggravated public order offence against Oluwaseun Adeyemi, head of maths at Gurnard Point Academy in Wrenmouth.

Plymouth Magistrates' Court heard Hamlyn used a racial slur, made monkey noises and told Mr Adeyemi to "go back to Africa" as he left school on a Friday afternoon in May, in front of pupils and parents.

In a victim statement, Mr Adeyemi said: "I have lived in Wrenmouth for eleven years. I coach the under-11s. I have taught half the children in that crowd. That evening I felt like a stranger in my own town."

Hamlyn was given 12 weeks' custody suspended for 18 months, and ordered to complete 120 hours of unpaid work.
""", expected=[X("oadeyemi", "exact", "neutral"), X("school", "exact", "neutral")])

news("packet", "Class of '94 reunite at their old school — and the caretaker's still there", "Packet reporter", "Thursday 5 September 2024", """
Thirty years after they left, more than 50 former pupils of Wrenmouth Community College returned to the Kellacott Lane buildings on Saturday for a reunion.

Some had travelled from as far as Aberdeen and Perth, Western Australia. Organiser Nicola Rendle said: "Half of us work in the dockyard or on the boats, half of us moved away and the other half never stopped talking. That's three halves, I know. I did maths here."

The group were shown round by Mr Luscombe, who joined as a teenage assistant caretaker the year before they left and still runs the site today.

"He hasn't changed a bit," said Nicola. "He still told us off for walking on the grass."

The evening finished, inevitably, at the Gurnard Inn.
""", expected=[X("school", "alias", "neutral"), X("gluscombe", "title_surname", "neutral")])

news("swtoday", "Trust consults on moving Wrenmouth sixth form to Plymouth", "", "14 January 2025", """
A multi-academy trust is consulting on plans to move sixth-form teaching from a coastal Devon school to a new centre in Plymouth.

The Sound & Moor Learning Trust says combining A-level groups from Gurnard Point Academy in Wrenmouth and two other schools would allow it to offer 28 subjects rather than 17.

Headteacher Morwenna Penrose-Kitto said: "No decision has been made. We want every family to have their say, and we'll listen."

The consultation closes on 28 February.
""", expected=[X("school", "exact", "neutral"), X("mpenrosekitto", "exact", "neutral")])

news("devonpost", "Chemistry teacher scoops regional award for outreach work", "By Claire Venning", "2 July 2024", """
A Wrenmouth chemistry teacher has been named outreach teacher of the year at the South West Science Awards.

Katarzyna Nowak, who teaches at Gurnard Point Academy, was recognised for her "Kitchen Chemistry" sessions, run on Saturday mornings in the town library for primary children and their parents.

"Miss Nowak makes you feel like you can actually do it," said Year 10 pupil Ellie, who helps at the sessions. "She set fire to her own sleeve once and just carried on."

Ms Nowak, who grew up in Gdańsk, said she was "very proud and a bit embarrassed".
""", expected=[X("knowak", "exact", "neutral"), X("school", "exact", "neutral")])

news("chronicle", "Parents raise alarm over staff member's late-night messages to pupils", "By Jade Burrows", "18:05, 4 MAR 2025", """
Parents at a Wrenmouth academy have contacted police after claims that a male member of staff had been sending private messages to Year 10 girls late at night.

One mother told the Chronicle her 15-year-old daughter had received messages on a social media app telling her she was "more grown up than the others" and asking her to delete their conversations "so nobody gets the wrong idea".

"She thought she was special. That's the bit that makes me feel sick," the mother said.

Gurnard Point Academy said in a statement that it had "followed safeguarding procedures in full", that the member of staff was not currently in school, and that the matter had been referred to the local authority designated officer.

Devon and Cornwall Police said they were "assessing information" that had been passed to them.

If you are worried about a child, contact the NSPCC helpline or call 999 in an emergency.
""", expected=[X("school", "exact", "sexual", True)])

news("packet", "Head of year braves Plymouth Sound for mental health charity", "Packet reporter", "Thursday 27 June 2024", """
A Wrenmouth head of year swam from Drake's Island to Wrenmouth slipway on Sunday, raising more than £3,100 for a young people's mental health charity.

Ms Pascoe, who looks after Year 9 at Gurnard, completed the 3.5-mile swim in just under three hours, accompanied by a safety boat from Wrenmouth Sailing Club.

"My tutor group bet me I wouldn't do it, so that was that," she laughed, wrapped in a towel on the slip. "I'm not a swimmer. I'm a stubborn woman who happens to be wet."

Pictured: Ms Pascoe with some of her Year 9s and the safety boat crew.
""", expected=[X("jpascoe", "title_surname", "neutral"), X("school", "short_name", "neutral")])

news("devonpost", "Safety watchdog investigating after pupil injured in school workshop", "By Nick Ashe", "22 November 2024", """
The Health and Safety Executive is investigating Gurnard Point Academy in Wrenmouth after a 13-year-old boy lost the tip of a finger using a bandsaw in a design and technology lesson.

The injury happened in October. Two parents told the Devon Post they had been told by their children that a blade guard on the machine had been "broken for weeks".

The Sound & Moor Learning Trust said it was cooperating fully with the HSE and that the machine had been taken out of use. The department's head, Peregrine Scantlebury, referred questions to the trust.

An HSE spokesperson said: "We can confirm we are investigating an incident at a school in Wrenmouth."
""", expected=[X("school", "exact", "defamation"), X("pscantlebury", "exact", "neutral")])

news("chronicle", "LIVE: Storm Bertram batters Plymouth and Wrenmouth - roads shut and schools closed", "By Live team", "Updated 10:12, 21 DEC 2023", """
08:12 — Gurnard Road in Wrenmouth is closed at the junction with Fore Street after flooding. Drivers are being turned back by police.

08:27 — Stagecoach says the 2A is not running beyond Kellacott because of fallen trees.

08:40 — Gurnard Point Academy will be closed to all students today, headteacher Dr Penrose-Kitto has confirmed. She said the sports hall roof had been damaged overnight and the site was "not safe". Remote work will be set on Teams.

09:05 — Tamar Bridge: wind restrictions in place. High-sided vehicles should avoid.

09:31 — Wrenmouth harbour master says several boats have broken their moorings. People are asked to stay off the breakwater.

10:12 — The Met Office amber warning remains in place until 6pm.
""", expected=[X("school", "exact", "neutral"), X("mpenrosekitto", "title_surname", "neutral")], kicker="LIVE")

news("derwent", "Gurnard Point School celebrates fifty years on the Channel", "By Holly Baxter", "14 March 2024", """
Gurnard Point School, the small primary that sits above the beach at Gurnard Point on the D'Entrecasteaux Channel, has marked its 50th anniversary with a community picnic.

Principal Glenys Thorne said the school, which has 86 students, had "survived two threatened closures and one very large bushfire". Former students dating back to 1974 attended.

The school's famous Friday fish-and-chip lunches will continue, Ms Thorne promised.
""", expected=[])

news("towncouncil", "Minutes of the Meeting of Wrenmouth Town Council held on 11 September 2023", "Approved at the meeting of 9 October.", "", """
Present: Cllr Steve Mitchell (Chair), Cllr Pat Hext, Cllr Dan Roseveare, Cllr Aisha Begum, Cllr Tom Cundy. Clerk: Mrs L. Rowse.

## 1. Apologies
Cllr Jenny Tregear (family commitment).

## 2. Declarations of interest
Cllr Cundy declared an interest in item 9 as a member of the Gurnard Inn darts team.

## 3. Public participation
Three residents of Kellacott Lane raised concerns about parking, pavement blocking and engines left idling outside Gurnard Point Academy at drop-off and pick-up. One resident said she had been unable to get her mobility scooter past on six occasions and had written to the school twice without a reply. Residents asked the council to press for a one-way system and enforcement.

## 4. Minutes of the previous meeting
Approved and signed by the Chair.

## 7. Highways
The Chair agreed to write to Devon County Council highways and to the academy about the Kellacott Lane situation. The Clerk to request enforcement visits at 8.30 and 3.15.

## 9. Licensing
No objection to the Gurnard Inn's application to extend its hours on Fridays in August.

## 11. Harbour
Pontoon repairs: quote of £14,200 accepted.

The meeting closed at 8.47pm.
""", expected=[X("school", "exact", "negative")])

news("packet", "Skippers say gurnard prices have 'gone through the floor'", "Fishing News", "Thursday 22 February 2024", """
Wrenmouth's inshore fleet say the price of gurnard at Plymouth market has dropped by a third since Christmas, with some boxes of red gurnard fetching less than the cost of the ice.

"Chefs went mad for gurnard ten years ago," said one skipper. "Now everyone's landing it and nobody wants it. We're better off on cuttle."

The quay is also braced for changes to the bass rules in April.
""", expected=[])

news("swtoday", "Polish Saturday school marks 20 years in Plymouth", "", "4 May 2024", """
A Polish Saturday school that started with nine children in a church hall in Plymouth is celebrating its 20th anniversary.

More than 140 children now attend classes in Polish language, history and geography each week at a secondary school in the city.

Volunteers include Kasia Nowak, a chemistry teacher in Wrenmouth, who runs science sessions in Polish. "Some of these children have grandparents in Kraków they can only talk to in Polish," she said. "It's about family as much as language."
""", expected=[X("knowak", "alias", "neutral")])

news("chronicle", "Teachers at Wrenmouth academy walk out in row over workload", "By Tamsin Rowe", "13:05, 7 FEB 2024", """
Teachers at Gurnard Point Academy in Wrenmouth went on strike on Wednesday in a dispute over workload and what the union calls "surveillance-style" lesson observations.

Members of the National Education Union stood on a picket line on Kellacott Lane from 7.30am, cheered on by honking lorries from the quarry.

"This is about an unsustainable workload and a management culture that doesn't trust professionals," said NEU rep Declan O'Rourke, who teaches English at the school. "We love these kids. We'd like to still be standing in five years."

The Sound & Moor Learning Trust said it "regretted" the action and remained open to talks.
""", comments=[("Kellacott_Dad", "Fair play to them. The place is run like a call centre."), ("Jo_B", "Another day off for the kids. Great.")],
     expected=[X("dorourke", "exact", "neutral"), X("school", "exact", "negative")])

news("packet", "Young artists' work on show at Plymouth gallery", "Packet reporter", "Thursday 18 January 2024", """
Paintings, prints and sculpture by A-level students from Gurnard Point Academy are on display at The Box in Plymouth until the end of the month.

The exhibition, Salt and Iron, looks at the town's fishing and dockyard history through the eyes of young people who grew up with both.

Student Finn Trewin, 17, whose grandad worked on the submarines, said: "It's the first time I've seen my name on a wall that isn't in detention."
""", expected=[X("school", "exact", "neutral")])

news("devonpost", "Academy trust papers reveal £400,000 hole at Wrenmouth school", "By Nick Ashe", "16 May 2024", """
A Wrenmouth secondary school is facing a deficit of more than £400,000, according to papers published by the academy trust that runs it.

Minutes of the Sound & Moor Learning Trust's finance committee show that trustees "did not have confidence" in Gurnard Point Academy's budget forecasts and have asked for a recovery plan by the summer.

The school's spending on agency supply teachers rose by 70 per cent last year, the papers show.

Unions have warned that job cuts could follow. The trust said no decisions had been taken.
""", expected=[X("school", "exact", "negative")])

news("swtoday", "Man charged over racist abuse of Wrenmouth teacher in supermarket car park", "", "30 September 2024", """
A 41-year-old man has been charged with racially aggravated harassment after a teacher was abused in a supermarket car park in Wrenmouth.

Police said Maricel Villanueva, who is special educational needs coordinator at Gurnard Point Academy, was approached as she loaded shopping into her car on 14 September.

The man, from Plymouth, has been released on bail and is due before magistrates next month.

In a statement the school said: "Mrs Villanueva is a valued and much-loved member of our community. We are supporting her."
""", expected=[X("mvillanueva", "exact", "neutral"), X("school", "exact", "neutral")])

news("chronicle", "Mum says son was 'grabbed by the neck' by PE teacher — and school 'closed ranks'",
     "By Jade Burrows", "17:30, 19 JUN 2024", """
A Wrenmouth mum says her 12-year-old son was grabbed by the neck by a PE teacher in a changing room, and that the school "closed ranks" when she complained.

The woman, who asked not to be named to protect her son, named the teacher as James Carter, head of PE at Gurnard Point Academy.

"He came home with red marks on his neck. He said Mr Carter had pinned him against the pegs for mouthing off," she said. "They closed ranks. Nobody wrote anything down. They talked to two other PE teachers and that was it — investigation done."

In a statement, the Sound & Moor Learning Trust said: "We take all concerns seriously. This matter was investigated independently and there was no case to answer. We will not comment further on an individual member of staff."

The mother said she had now gone to the police.
""", comments=[("Ex_pupil_2009", "Mr Carter was strict but I never once saw him lay a finger on anyone. Be careful with this."), ("Ange P", "Same thing happened to my nephew years ago. Nothing changes.")],
     expected=[X("jcarter", "exact", "defamation"), X("school", "exact", "defamation")])

news("packet", "What's on in Wrenmouth this week", "Compiled by the Packet", "Thursday 7 December 2023", """
- GPA Christmas concert — Tuesday, 7pm, St Peter's Church. The academy's choir, brass group and swing band, with mince pies from the sixth form. Tickets £5 on the door, under-11s free.
- Wrenmouth Sailing Club Christmas quiz — Wednesday, 7.30pm, teams of six.
- The Gurnard Inn — folk night with the Rame Head Ramblers, Thursday from 8.
- Kellacott WI — wreath-making, Friday 2pm, village hall. Bring secateurs.
- Lifeboat station open day — Saturday 10–2, Santa arriving by boat at 11 (weather permitting).
""", expected=[X("school", "alias", "neutral")], kicker="WHAT'S ON")

news("chronicle", "Irish songwriter Declan O'Rourke brings new album to the Barbican Theatre", "By What's On team", "11:00, 2 OCT 2024", """
Dublin singer-songwriter Declan O'Rourke plays the Barbican Theatre in Plymouth on 19 October as part of a short UK tour.

O'Rourke's latest record, recorded in a stone cottage in County Clare, has been praised for its spare, storytelling songs about emigration and the sea.

Tickets from the box office.
""", expected=[], kicker="WHAT'S ON")

news("devonpost", "Exe United sign Portuguese winger João Ferreira", "Sport desk", "31 January 2025", """
Exe United have completed the signing of Portuguese winger João Ferreira from Belenenses on an 18-month deal.

Ferreira, 24, can play on either flank and scored nine goals in the Portuguese second tier last season.

Manager Craig Wood said: "He's quick, he's brave and he works. He'll light up St James's... sorry, our place."
""", expected=[])

news("chronicle", "Wrenmouth school bans phones from the gate to the final bell", "By Tamsin Rowe", "15:22, 3 JUN 2024", """
Pupils at a Wrenmouth secondary school will have to lock their phones in pouches from the moment they arrive until the end of the day, under new rules starting in September.

Deputy headteacher Sarah Mitchell said the decision followed a consultation with parents, 71 per cent of whom supported a ban. "We've seen a big increase in fights being filmed and shared, and in children who simply can't concentrate," she said.

The pouches will cost the school around £15,000. Phones will be confiscated for a week if pupils are caught using them.

Gurnard Point Academy joins a growing number of schools in Devon to go phone-free.
""", comments=[
    ("KellacottKev", "If Mitchell takes my daughter's phone off her again she'll be picking it up off the car park floor along with her teeth. Consider yourself told love."),
    ("Sue P", "What a horrible thing to write about a woman doing her job. Reported."),
    ("bigjim", "About time. Kids are glued to them."),
    ("mumof3_wrenmouth", "Typical Gurnard, ban first, think later. What happens when my kid needs to ring me after the bus doesn't turn up?"),
], expected=[X("smitchell", "exact", "threat"), X("school", "exact", "negative")])

news("inspect", "Gurnard Point Academy — inspection report summary", "Inspection dates: 23 and 24 January 2024.", "Published 12 March 2024", """
| Overall effectiveness | Requires improvement
| The quality of education | Requires improvement
| Behaviour and attitudes | Requires improvement
| Personal development | Good
| Leadership and management | Requires improvement
| Sixth-form provision | Good
| Previous inspection grade | Good

## What is it like to attend this school?
Most pupils are happy at Gurnard Point Academy and feel safe. They value the many clubs, particularly sailing and the dockyard engineering links. However, too many pupils say that low-level disruption spoils their learning in some lessons, and that some adults do not apply the behaviour policy consistently.

## What does the school need to do to improve?
Leaders have not ensured that the behaviour policy is applied consistently. Leaders should make sure that all staff have the training and support they need. The curriculum in some subjects, including modern foreign languages at key stage 4, is not yet well sequenced. Attendance, especially for disadvantaged pupils, remains too low.

## Safeguarding
The arrangements for safeguarding are effective.
""", expected=[X("school", "exact", "negative")])

news("swtoday", "RNLI rescues kayakers cut off by tide below Gurnard Point", "", "18 August 2024", """
Two kayakers were rescued by the Wrenmouth RNLI inshore lifeboat after being cut off by the tide below Gurnard Point on Saturday afternoon.

The pair, visitors from Bristol, had landed on a small beach beneath the headland and did not notice the tide rising. They called 999 when the water reached the cliff.

Volunteer helm Gemma Rowe said: "They did the right thing ringing early. Gurnard Point catches people out every summer."
""", expected=[])

news("devonpost", "Results day: Wrenmouth students celebrate as maths grades soar", "By Claire Venning", "22 August 2024", """
Students at Gurnard Point Academy celebrated their best GCSE maths results in a decade, with more than a quarter achieving a grade 7 or above.

Head of maths Oluwaseun Adeyemi said the department had "thrown everything" at the year group, including Saturday sessions in the town library and revision podcasts recorded on his phone.

Headteacher Dr Morwenna Penrose-Kitto said: "These young people had their education disrupted by Covid in Year 7 and by storms and strikes since. They have shown what Wrenmouth kids can do."

Twins Molly and Jack Dawe both achieved grade 9 in maths. "Mr Adeyemi said we'd never hear the end of it if we didn't," said Molly.
""", expected=[X("school", "exact", "neutral"), X("oadeyemi", "exact", "neutral"), X("mpenrosekitto", "exact", "neutral")])

news("chronicle", "17 things only people who grew up in Wrenmouth will understand", "By Sam Kitto", "12:00, 1 AUG 2024", """
1. Telling people from Plymouth that no, Wrenmouth is not "basically Plymstock".

2. The smell of the fish quay on a hot day, and not minding it.

3. Knowing the difference between Gurnard (the school), Gurnard Point (the headland) and the Gurnard (the pub, where you had your first illegal half).

4. Being terrified of Luscombe's leaf blower at eight in the morning, back when the school was still Wrenmouth Community College.

5. Your dad, uncle or grandad "working in the yard" — and you never quite knowing what that meant.

6. Waiting "dreckly" for the 2A, which comes when it comes.

7. Crabbing off the slip with a bit of bacon and a washing-up bowl.

8. Regatta week. Enough said.
""", comments=[("wrenmouth_girl_88", "Number 4 😂😂 he's STILL there, my kids are scared of him too"), ("Matt T", "You forgot the chippy on Fore Street")],
     expected=[X("school", "alias", "neutral"), X("gluscombe", "possessive", "neutral")], kicker="NOSTALGIA")

# --------------------------------------------------------------------------------------
# FORUMS
# --------------------------------------------------------------------------------------

forum("threadit", "Leaving at Easter. Coastal academy, 'trust-wide consistency' has finished me off", [
    ("tidal_despair", """Throwaway for obvious reasons. Six years at Gurnard (yes, that Gurnard, the one on the Sound, if you know you know). Loved it for four of them.

Since PK arrived it's been lanyards, learning walks, "non-negotiables", a laminated lesson template for every subject and a data drop every five weeks. She's not evil. I genuinely think she believes a slide with a "Do Now" box will fix kids whose dads are on six-month deployments and whose mums are doing nights at Derriford.

Anyway I've got a job in an FE college in Plymouth. Less money, more sleep. Anyone else done the jump?""", "412", "14h"),
    ("chalkdust_ks", "\"Non-negotiables\" is the phrase that makes me reach for the gin. Good luck, FE is a different world but a kinder one in my experience.", "188", "13h", 0),
    ("MFLmonster", "PK sounds exactly like my old head. She'd do a learning walk during a fire drill if she could. Run and don't look back.", "97", "12h", 1),
    ("ParentGovernor_SW", "As a governor (elsewhere, not Devon): please put all of this in your exit interview. We genuinely don't hear it otherwise.", "64", "11h", 0),
    ("tidal_despair", "Ha, there's no exit interview. There's a leaving card and a Colin the Caterpillar.", "120", "11h", 1),
], expected=[X("school", "short_name", "negative"), X("mpenrosekitto", "nickname", "negative")], board="r/teachinguk")

forum("threadit", "A parent has shared my home address in a town Facebook group. What do I actually do?", [
    ("nervous_chem_teacher", """Small coastal town, I teach science at the only secondary. A parent who is angry about a detention posted my street and house number in a community group last night with "maybe someone should have a word". It's been up 14 hours. Admins haven't removed it.

I've screenshotted everything. I don't know whether to go to the police, my union, my head, or all three. I'm shaking typing this.""", "956", "1d"),
    ("NEU_rep_northwest", "All three, in this order: head (today, in writing), union (today), police (101, it may well be malicious comms / harassment). Report the post to Facebook AND to the group admins. Don't engage with the poster at all.", "601", "1d", 0),
    ("throwaway_dsl", "Also ask your school to log it as a safeguarding-adjacent incident. Staff welfare counts. And please go and stay with someone tonight if you feel unsafe.", "344", "1d", 0),
    ("grumpy_geographer", "This is why I have my surname different on everything. Sorry this happened to you OP.", "88", "23h", 0),
], expected=[], board="r/teachinguk")

forum("parentnet", "Worried about DT teacher and my DD (13) — am I overreacting?", [
    ("SaltAndVinegar86", """I don't really know how to write this so bear with me.

DD is in Y8 at Gurnard. Since she joined the sailing squad in September the DT teacher, Mr Sc@ntlebury (not typing it properly, you'll know who I mean if you're local), has been giving her a lot of attention. Lifts back from the club "because it's on his way". A squad hoodie that none of the other girls got. Now she says he messages her on Snapchat to say well done after races, sometimes at 10, 11 at night.

Last week he told her she's "the most mature one in the squad" and that their chats are "just between sailors". She thinks it's lovely. She's so proud. I feel sick.

Am I being one of those paranoid mums? DH says I am.""", "Mon 21:14"),
    ("MrsHarbourLights", "You are not overreacting. \"Just between us\" about anything is a red flag the size of a spinnaker. Screenshot the messages before anything gets deleted.", "Mon 21:20"),
    ("Teacher_and_mum", """Teacher here. No member of staff should be on Snapchat with a pupil, full stop. That alone breaks every code of conduct I've ever signed.

Ring the school first thing and ask for the DSL — at Gurnard I think that's Mrs Mitchell. Say the words "I have a safeguarding concern about a member of staff". If you don't get a proper response that day, contact the LADO at the council directly.""", "Mon 21:33"),
    ("Kellacott_mum_of_two", "Please don't name him on here though, even with symbols. Let the school and police do it properly so it sticks.", "Mon 22:01"),
    ("SaltAndVinegar86", "Thank you all. I've got screenshots. Ringing at 8.", "Mon 22:40"),
], expected=[X("pscantlebury", "obfuscated", "sexual", True), X("school", "short_name", "sexual", True), X("smitchell", "title_surname", "neutral")], board="Secondary education")

forum("seaangler", "Gurnard bonanza off Wrenmouth — Saturday on the Sea Lark", [
    ("TightLinesTrev", """Cracking day Saturday out of Wrenmouth with skipper Gary Luscombe on the Sea Lark. Drifted the ground west of Gurnard Point on the flood and it was red and tub gurnard every drop — 40-odd between six of us, best a tub of 3lb 2oz.

Gary's been fishing out of Wrenmouth for forty years and knows every lump on the bottom. Strips of mackerel on a two-hook flapper, 8oz, nothing clever.

Pics below. Cuttle were showing too but we didn't bother.""", "Sun 14 Jul 2024 19:02", "Tight lines — Trev"),
    ("bassbandit", "Gurnard on light gear is class. Underrated fish to eat too, don't let anyone tell you otherwise.", "Sun 14 Jul 2024 19:40"),
    ("Plymouth_Pollack", "Sea Lark is a good boat. Gary took me out for blues last August, never stops grafting. Booked for September.", "Sun 14 Jul 2024 21:12"),
    ("TightLinesTrev", "@bassbandit had them in the pan with brown butter last night, lush", "Mon 15 Jul 2024 07:55"),
], expected=[], board="Catch reports")

forum("seaangler", "Proper bass from the rocks below the academy", [
    ("Wrenmouth_Rock_Hopper", """Just a quick one. Went down the rocks below the playing fields at dusk Tuesday with a weedless soft plastic. Nothing for an hour, then a 9lb 4oz bass on the last of the light. Released.

Credit where it's due: the mark was given to me by Gary Luscombe — the site manager up at Gurnard Point Academy, not Gary the charter skipper, before anyone asks. He's been fishing those rocks on his lunch break for twenty years and swore me to secrecy. Sorry Gary 😂""", "Wed 2 Oct 2024 22:14", "Catch & release — keep the breeders in the water"),
    ("bassbandit", "Quality fish mate. Two Garys in one small town, what are the odds.", "Wed 2 Oct 2024 22:40"),
    ("Wrenmouth_Rock_Hopper", "Three if you count my uncle 😂", "Thu 3 Oct 2024 06:12"),
], expected=[X("gluscombe", "exact", "neutral"), X("school", "exact", "neutral")], board="Catch reports")

forum("staffroom", "Gurnard Point Academy — interview next week, any insight?", [
    ("NQT_no_more", "I've got an interview for an English post at Gurnard Point Academy in Devon next week. Anyone know what it's like? Anything to ask?", "12 Mar 2024"),
    ("coastal_escapee", """Worked there 2019–22. Kids are great, proper Wrenmouth kids — cheeky but loyal, and they'll fight for you once they trust you.

Departments vary hugely. Maths under Mr Adeyemi is brilliant; he protects his team and actually means it. Senior leadership... let's just say ask about staff turnover at interview and watch their faces.""", "12 Mar 2024"),
    ("History_Harriet", "Ask how many ECTs stayed past year two. The answer will tell you everything you need to know.", "13 Mar 2024"),
    ("currently_there", "I'm there now and it's honestly not as bad as people on here say. Workload is high, behaviour is patchy, but the pastoral team is solid and the sea view from B block is unbeatable.", "13 Mar 2024"),
], expected=[X("school", "exact", "negative"), X("oadeyemi", "title_surname", "neutral")], board="Jobseekers")

forum("threadit", "Parent called me a 'boat person' at parents' evening. SLT said 'let it go'.", [
    ("sen_teacher_phl", """I'm Filipino, SENCo at a secondary in Devon, 14 years in this country, married to a local, two kids born at Derriford. Last night a dad leaned over the table and called me a "boat person" and said I should "go back to wiping bums". My line manager was in the room and said nothing.

Today SLT told me to "let it go" because the family is "going through a lot". I'm so tired.""", "2.1k", "2d"),
    ("MrsTeachesMaths", "That's a hate incident and it should be recorded as one. Your union will back you. 'Let it go' is not an acceptable response.", "1.1k", "2d", 0),
    ("Devon_SLT_lurker", "SLT here (different school). We would ban that parent from site and report it. I'm sorry yours didn't.", "640", "2d", 0),
], expected=[], board="r/teachinguk")

forum("fanforum", "James Carter — new contract or cash in while we can?", [
    ("Green_and_Amber", "Carter's got 14 in 20 and his contract's up in the summer. Rumours Exe United are sniffing. Do we give him what he wants or take the money?", "Tue 9 Jan 2024 12:02"),
    ("SouthStandSteve", "Pay the man. A 21-year-old striker who can head it AND finish with his left? We'll never find another one for what we can afford.", "Tue 9 Jan 2024 12:40"),
    ("Hoe_Boy", "Take the money. He'll be off in a year anyway, they always are.", "Tue 9 Jan 2024 13:02"),
], expected=[], board="Transfer talk")

forum("fanforum", "MATCH THREAD: Tamar Athletic 0-0 Saltings Town", [
    ("Green_and_Amber", "Dire. Carter missed a sitter in the 80th minute that my nan would've buried.", "Sat 27 Jan 2024 17:01"),
    ("Wrenmouth_Exile", "Funnily enough my boy's PE teacher at Gurnard is also called James Carter and he'd have buried that too. He still plays Sunday league at 40-odd and he's lethal.", "Sat 27 Jan 2024 17:20"),
    ("SouthStandSteve", "Sign him up then 😂", "Sat 27 Jan 2024 17:24"),
], expected=[X("jcarter", "exact", "neutral"), X("school", "short_name", "neutral")], board="Match threads")

forum("parentnet", "SEN paperwork 'lost' AGAIN — I'm at the end of my rope", [
    ("TiredOfFighting_W", """DS is Y9 at Gurnard in Wrenmouth and has an EHCP for autism and dyslexia. For the second time this year his annual review paperwork has "gone missing". Ms Villanueva says she sent it to the council; the council says they never got it. Meanwhile his provision hasn't been updated since Year 7 and he's melting down every night.

I've emailed the school four times this term and had one reply. Nobody has told me what's going on.""", "Thu 16 Jan 2025 20:11"),
    ("SENDmum3", "Put EVERYTHING in writing and ask the council for a copy of every document they hold under a subject access request. It's amazing how quickly things get found.", "Thu 16 Jan 2025 20:30"),
    ("Wrenmouth_mum", "Mrs V is lovely but she's got 200-odd kids on the SEN register and two TAs. It's the system that's broken, not her.", "Thu 16 Jan 2025 20:52"),
    ("TiredOfFighting_W", "I know she's stretched. But my son can't wait for the system to get fixed.", "Thu 16 Jan 2025 21:05"),
], expected=[X("mvillanueva", "title_surname", "negative"), X("school", "short_name", "negative")], board="Special educational needs")

forum("wrenmouthonline", "School run parking on Kellacott Lane — it's getting dangerous", [
    ("Kellacott_Resident", "Every morning 8.25 to 8.45 it's absolute carnage outside Gurnard. Cars on the pavement, on the verges, across my drive twice this week. Someone is going to get hurt.", "Mon 18 Sep 2023 09:02"),
    ("daveyboy", "GPA have been asked a hundred times to open the back gate by the playing fields. They won't because of 'security'. Pathetic.", "Mon 18 Sep 2023 09:30"),
    ("Mum_on_the_run", "It's not the school's fault, it's lazy parents who won't walk 200 yards. I see the same Range Rovers every day.", "Mon 18 Sep 2023 10:12"),
    ("Kellacott_Resident", "Both can be true Mum_on_the_run. The academy could stagger the times, they just can't be bothered.", "Mon 18 Sep 2023 10:40"),
], expected=[X("school", "alias", "negative")], board="Town talk")

forum("sailforum", "Wayfarer for sale in Devon — anyone know the seller?", [
    ("reach_around_the_cans", "Looking at a 1978 Wayfarer for sale near Plymouth, advertised by a Peregrine Scantlebury. £1,900 with road trailer. Anyone know him / the boat? Seems a bit cheap.", "3 Apr 2024"),
    ("Old_Salt_Fal", "Peregrine is a top bloke, bought a Mirror off him years ago and it was better than described. If he says the hull's sound it's sound. Buy it before someone else does.", "3 Apr 2024"),
    ("reach_around_the_cans", "Cheers, going to see it Saturday.", "4 Apr 2024"),
], expected=[X("pscantlebury", "exact", "neutral")], board="For sale")

forum("threadit", "Secondary choices in Wrenmouth: Gurnard vs Tamar View?", [
    ("new2plymouth", "Moving down from Bristol for work at the yard. Daughter is going into Y7. It's Gurnard or Tamar View (bus). Thoughts from locals?", "34", "5d"),
    ("wrenmouth_dad", "GPA is fine honestly. Miss Nowak's chemistry is bloody brilliant, my daughter got a 9 and now wants to do it at uni. Depends a bit which tutor group you land in.", "41", "5d", 0),
    ("not_a_fan_tbh", "Gurnard is a dump. Half the kids vape in the toilets and the head lives in her office. Tamar View every time if you can stand the bus.", "12", "5d", 0),
    ("new2plymouth", "Thanks both! Sounds like I should visit both.", "8", "4d", 0),
], expected=[X("school", "alias", "negative"), X("knowak", "title_surname", "neutral")], board="r/plymouth")

forum("parentnet", "English teacher has taken against my son", [
    ("Pasty_and_a_pint", """DS (Y10, Gurnard, Wrenmouth) used to love English. This year he's got Mr O'Rourke and it's been one thing after another — detention for "attitude" when he asked a question, moved to the front on his own, his essay read out as an example of "what not to do". Other lads in the class get away with murder.

I emailed the school in November and again in January. Nothing. Not even an acknowledgement.

AIBU to ask for him to change class?""", "Sun 2 Feb 2025 19:40"),
    ("EnglishTeacherMum", "YANBU to ask. Be factual, list dates, ask for a meeting with the head of department. Teachers do sometimes clash with kids and a change can be good for both.", "Sun 2 Feb 2025 19:58"),
    ("Biscuit_tin", "Is your son perhaps... a bit of a handful? Not saying he is. Just ask him what happened before the detention.", "Sun 2 Feb 2025 20:14"),
], expected=[X("dorourke", "title_surname", "negative"), X("school", "short_name", "negative")], board="Am I Being Unreasonable?")

forum("staffroom", "Head of MFL at a Devon academy — anyone worked with João Ferreira?", [
    ("Frenchie_in_Leeds", "Thinking of applying for a Spanish post at GPA in Wrenmouth. HoD is João Ferreira. Anyone worked with him? Would be moving my whole family.", "4 Feb 2024"),
    ("Lusophone_Lou", "João is the best line manager I've had in 15 years. He'll fight for your timetable, bakes every Friday, and he will make you go on the Lisbon trip. Do it.", "4 Feb 2024"),
    ("Frenchie_in_Leeds", "Sold. Especially the baking.", "5 Feb 2024"),
], expected=[X("jferreira", "exact", "neutral"), X("school", "alias", "neutral")], board="Jobseekers")

forum("seaangler", "FS: 'Gurnard' — 16ft Orkney Strikeliner, 40hp Yamaha, trailer", [
    ("Skipper_Ken", """Selling my boat, Gurnard, due to my knees packing up. Orkney Strikeliner 16, 2004, Yamaha 40 four-stroke serviced March, Lowrance plotter, new cover. Moored Wrenmouth harbour, can be craned out for viewing.

£9,750 ono. Genuine reason for sale — the wife says I'm not allowed up the ladder any more.""", "Fri 10 May 2024 17:15"),
    ("Plymouth_Pollack", "Tidy looking boat Ken. Shame to see you give up.", "Fri 10 May 2024 18:02"),
    ("Skipper_Ken", "Still got the kayak mate 😂", "Fri 10 May 2024 18:30"),
], expected=[], board="Classifieds")

forum("threadit", "Colleague coming in smelling of drink. Do I say something?", [
    ("worried_in_wrenmouth", """Our head of year (Jo P, Year 9 — if you're local you'll know, it's Gurnard) has come in smelling of vodka three times this half term. Slurring in briefing on Monday. Fell asleep in a pastoral meeting last week.

SLT must know, they're not blind, but nothing happens. Do I go to them? Union? I like her and I don't want to end her career but there are kids involved.""", "233", "8h"),
    ("union_rep_ks3", "Go to SLT in writing, stick to what you saw and smelled, no speculation. It's their job to act. If it's a health issue she needs support, not gossip.", "190", "7h", 0),
    ("careful_now", "Be really careful. If you're wrong this is career-ending for her. Mouthwash and some medications smell like alcohol.", "75", "7h", 0),
    ("worried_in_wrenmouth", "It's not mouthwash. I grew up with an alcoholic dad. I know.", "102", "6h", 1),
], expected=[X("jpascoe", "first_initial", "defamation"), X("school", "short_name", "negative")], board="r/teachinguk")

forum("parentnet", "Deputy head at Gurnard — need to vent", [
    ("Fuming_of_Wrenmouth", """Mrs Mitchell is a nasty, smug piece of work. Stood there today with her lanyard and her head tilt telling me my son "needs to take responsibility for his part in it". His part? He's the one who got punched. Twice.

Three meetings, three action plans, nothing has changed. That school protects the bullies because their parents shout louder.""", "Wed 6 Mar 2024 16:30"),
    ("Rame_Mum", "Sorry you're going through this. For balance — Mrs Mitchell has been brilliant with my DD when she was being targeted online. Maybe ask for a different person to lead on it?", "Wed 6 Mar 2024 16:45"),
    ("CalmerNow", "I get that you're furious but calling her names on here won't help your son. Write to the governors.", "Wed 6 Mar 2024 17:02"),
    ("Kellacott_Karen", "She's a jumped-up cow and always has been. She was exactly the same when she was Sarah Brimacombe in my year at school, a snitch with a clipboard.", "Wed 6 Mar 2024 17:30"),
], expected=[X("smitchell", "alias", "abuse"), X("school", "short_name", "negative")], board="Secondary education")

forum("threadit", "How do I support a colleague getting xenophobic abuse from parents?", [
    ("science_techie_uk", """My colleague K. Nowak (science, Gurnard Point Academy) has been getting a steady drip of it from a handful of parents since a phone confiscation row. One posted that she's "the Polish cleaner who thinks she's a teacher" and should "go back to scrubbing floors in Gdańsk".

SLT have been great — they've banned one parent from site — but she's putting a brave face on and I can tell it's wearing her down. What actually helps?""", "512", "1d"),
    ("MrsTeachesMaths", "Ask her. Seriously — some people want it talked about, some want normality. Walk out to the car park with her at the end of the day.", "288", "1d", 0),
    ("polish_and_proud", "As a Polish teacher in England for 12 years: thank you for caring. The worst part is the silence of colleagues. You are not silent.", "301", "1d", 0),
], expected=[X("knowak", "initial_surname", "neutral"), X("school", "exact", "neutral")], board="r/teachinguk")

forum("wrenmouthonline", "What's happened to the academy?", [
    ("TrueWrenmouth", """Been saying it for years. Gurnard's gone downhill since they filled the staffroom with imports. Polish, African, Filipino — my lad comes home and can't understand half of what he's been taught. That Adeyemi bloke in maths, they should send him back on the next banana boat and give the job to someone local. Wrenmouth jobs for Wrenmouth people.""", "Sat 9 Mar 2024 22:14"),
    ("harbour_lass", "Disgusting post. He's lived here longer than you've had teeth and he coaches half the kids in this town for nothing. Reported.", "Sat 9 Mar 2024 22:30"),
    ("Admin", "Thread locked. Racist posts are not welcome on this forum and have been referred on.", "Sun 10 Mar 2024 08:02"),
], expected=[X("school", "short_name", "hate"), X("oadeyemi", "surname_only", "hate")], board="Schools")

forum("seaangler", "Day out of Looe with Jo Pascoe on the Guiding Star", [
    ("Cornish_Conger", "Jo Pascoe took six of us out of Looe on the Guiding Star Sunday. Wreck fishing, pollack and a couple of nice ling. Jo's been running trips since the 80s and still hauls the anchor by hand. Legend.", "Mon 3 Jun 2024 18:02"),
    ("bassbandit", "Jo's a good skipper. Bring biscuits, he expects biscuits.", "Mon 3 Jun 2024 18:30"),
], expected=[], board="Boats & Charters")

forum("sailforum", "Best junior training programmes in the South West?", [
    ("Mum_of_Optimists", "Moving to the Plymouth area with two sailing-mad kids (11 and 13). Which clubs have the best junior programmes?", "12 Feb 2025"),
    ("RYA_instructor_Jen", "Scantlebury's junior programme at Wrenmouth SC is the best I've seen outside the big clubs. Thursday evenings in summer, winter pool sessions, and he gets them racing properly by their second season.", "12 Feb 2025"),
    ("Old_Salt_Fal", "Seconded. And the club bar does a decent crab sandwich for the parents.", "13 Feb 2025"),
], expected=[X("pscantlebury", "possessive", "neutral")], board="Clubs")

forum("threadit", "AIBU: head emails at 11pm and expects replies by 7am", [
    ("exhausted_english", """GPA (coastal academy, Devon). Our head — Dr Penrose — sends whole-staff emails at 23:14 and then mentions in 7.45 briefing who hasn't "engaged". Last night's was about the font on our display boards.

Is this normal now? Am I the unreasonable one for not reading work email in bed?""", "876", "9h"),
    ("night_owl_head", "Head here. I write emails at night because that's when I get time — but I schedule them to send at 8am. There's no excuse for this.", "540", "8h", 0),
    ("MFLmonster", "Right to disconnect is coming. Screenshot everything for your union.", "210", "8h", 0),
], expected=[X("mpenrosekitto", "hyphenated", "negative"), X("school", "alias", "negative")], board="r/teachinguk")

forum("parentnet", "Anyone else seen a certain teacher's Instagram?", [
    ("Kellacott_Curtains", """Not wanting to start anything but has anyone else seen Miss Nowak's Instagram? Bikini pics from Croatia, a cocktail in every photo. Not a great look for someone teaching our kids at Gurnard.

And if the rumours about her and a certain married dad off the PTA are true — car outside his house at 1am while his wife's on nights — then maybe someone should be asking questions.""", "Tue 20 Aug 2024 21:02"),
    ("Not_Your_Business", "She's a grown woman on holiday in the summer. Leave her alone. This is how rumours start.", "Tue 20 Aug 2024 21:10"),
    ("Kellacott_Curtains", "Just saying what everyone's saying 🤷‍♀️", "Tue 20 Aug 2024 21:15"),
    ("Not_Your_Business", "No, you're saying it. In writing. On the internet.", "Tue 20 Aug 2024 21:20"),
], expected=[X("knowak", "title_surname", "sexual"), X("school", "short_name", "neutral")], board="Local: Devon")

forum("threadit", "PE teacher who manhandled my son — here's where he lives since the school won't act", [
    ("justice4myboy_pl", """Since Gurnard won't do anything and the police are "looking into it": Mr Carter, head of PE, 27 Polgrew Terrace, Wrenmouth PL97 2HN. Blue Focus on the drive.

Parents deserve to know who's teaching their kids.""", "3", "2h"),
    ("AutoModerator", "Your post has been removed for containing personal information. Repeated violations may result in a ban.", "1", "2h", 0),
    ("PlymouthMod", "Mate posting someone's address is doxxing and could get you arrested. Take it to the police and the LADO. Locking.", "44", "1h", 0),
], expected=[X("jcarter", "title_surname", "doxxing"), X("school", "short_name", "negative")], board="r/plymouth")


forum("threadit", "Does a UK uni actually care about my US GPA?", [
    ("cali_to_cardiff", "Applying to UK unis from California. My GPA is 3.7 unweighted. Do they even look at it or is it all APs and SATs?", "22", "3d"),
    ("admissions_tutor_uk", "We look at GPA in context alongside APs. 3.7 is fine for most courses; it's the APs that usually carry the offer.", "31", "3d", 0),
], expected=[], board="r/6thForm")

forum("parentnet", "Y7 transition for very anxious kids — good experiences?", [
    ("AnxiousMumOfAnxiousGirl", "DD starts secondary in September and is terrified. Please tell me some good stories, I need them.", "Sat 11 May 2024 10:04"),
    ("Wrenmouth_mum", "DD went to Gurnard last year in pieces. Mrs Pascoe (head of year) rang me every Friday for the first month to tell me how she'd got on, found her a lunchtime club and a buddy. Cannot rate her enough. DD now runs the eco committee.", "Sat 11 May 2024 10:30"),
    ("AnxiousMumOfAnxiousGirl", "This made me cry in a good way, thank you.", "Sat 11 May 2024 10:41"),
], expected=[X("jpascoe", "title_surname", "neutral"), X("school", "short_name", "neutral")], board="Secondary education")

forum("wrenmouthonline", "Who remembers Wrenmouth Community College in the 80s and 90s?", [
    ("Class_of_89", "Just found my old school tie in the loft. Who remembers Wrenmouth Community College before it went all academy? Smoking behind the boat shed, the sports hall that flooded every winter...", "Sun 14 Jan 2024 20:12"),
    ("Polgrew_Paula", "Miss Hosking for English! Morwenna Hosking as was — she's the head there now, can you believe it. Strict but fair, made us learn a poem a week and I can still do most of them.", "Sun 14 Jan 2024 20:30"),
    ("Class_of_89", "No way, Miss Hosking's the head?! She gave me my first ever A.", "Sun 14 Jan 2024 20:41"),
    ("old_git_91", "Mr Trathen and the woodwork room. Still have the scar 😂", "Sun 14 Jan 2024 21:02"),
], expected=[X("mpenrosekitto", "alias", "neutral"), X("school", "alias", "neutral")], board="Town talk")

forum("threadit", "Our head is being accused of fiddling GCSE results on local FB. Is that even possible?", [
    ("local_gov_lurker", "There's a rumour going round the Wrenmouth Facebook groups that the head at GPA fiddled last year's GCSE coursework marks. Is that even possible these days with moderation?", "78", "1d"),
    ("hist_teach_devon", "Penrose Kitto? Nah. She's a pain in the backside by all accounts but she's not a crook.", "40", "1d", 0),
    ("throwaway_exams", "Actually my cousin was in the exams office at GPA that year and says the coursework marks were bumped up after moderation came back low, on the head's say-so. The school got away with it because nobody wanted to grass.", "25", "22h", 0),
    ("hist_teach_devon", "That's a serious allegation mate. If it's true it's malpractice and it should go to the exam board, not threadit.", "33", "21h", 1),
], expected=[X("mpenrosekitto", "hyphenated", "defamation"), X("school", "alias", "defamation")], board="r/teachinguk")

forum("parentnet", "SENCo has 'lost' the form for the third time", [
    ("Done_Being_Polite", """Third time the SENCo at Gurnard has "lost" my son's EHCP request form. Third.

Ms Villanueva, if you're reading this (and I know you lot read these) — I know which car is yours and I know you walk across the Kellacott car park on your own at half five. Sort it out before I sort it out for you.""", "Tue 4 Feb 2025 21:40"),
    ("SENDmum3", "I understand the frustration more than anyone, but this reads like a threat. Please step away from the keyboard and delete it before it gets you into trouble.", "Tue 4 Feb 2025 21:48"),
    ("ParentNet_Talk_Guidelines", "This post has been reported and is being reviewed.", "Tue 4 Feb 2025 22:10"),
], expected=[X("mvillanueva", "title_surname", "threat"), X("school", "short_name", "negative")], board="Special educational needs")

forum("wrenmouthonline", "WARNING to all parents — read before you choose a secondary", [
    ("truth_teller_2024", "WARNING: Gurn\u0430rd Point \u0410cademy covers up bullying. Ask them about the boy in Year 8 whose arm was broken in the changing rooms and how it was written up as 'a fall'. Ask them why the safeguarding log for that week was 'corrupted'. They will lie to your face like they lied to us.", "Thu 25 Apr 2024 23:58"),
    ("Admin", "Please provide evidence or this will be removed. We can't host allegations like this.", "Fri 26 Apr 2024 07:30"),
], expected=[X("school", "homoglyph", "defamation")], board="Schools")

forum("threadit", "Funniest thing a kid has said to you this week", [
    ("exhausted_english", "Year 8 asked Mr O'Rourke (our English teacher, Wrenmouth, best dry wit in the building) whether Shakespeare \"had TikTok or was he more of a Facebook man\". He said Shakespeare was \"definitely a Facebook man, he'd have been in all the local groups complaining about the plague\". I nearly died.", "1.4k", "6h"),
    ("chalkdust_ks", "I would watch that man's TED talk.", "600", "5h", 0),
    ("geog_grump", "A Y7 asked me if the Romans had phones but 'just rubbish ones'.", "420", "5h", 0),
], expected=[X("dorourke", "title_surname", "neutral")], board="r/teachinguk")

forum("threadit", "Saw a teacher buying cans at 8am on a school day", [
    ("kellacott_observer", "Mr O'Rourke from GPA in the Kellacott Co-op at 8.05 this morning with a four-pack of Stella, then straight up the road to school. Wonder how period 1 Year 10 English went 🍺🍺", "5", "4h"),
    ("Polgrew_Pete", "Or he was buying it for someone, or for after work, or for a staff quiz. Leave the man alone.", "62", "3h", 0),
    ("just_a_mum_tbh", "Teachers are allowed to buy beer you weirdo", "58", "3h", 0),
    ("kellacott_observer", "Not at 8am they're not, not if they're driving to school. Just saying what I saw.", "-12", "2h", 1),
], expected=[X("dorourke", "title_surname", "defamation"), X("school", "alias", "neutral")], board="r/plymouth")

forum("wrenmouthonline", "the deputy head up the academy", [
    ("wrenmouth_wronged", "m1tch3ll at gurn4rd is a lyin two faced cow. looks u in the eye and says she'll 'look into it' and does NOTHING. gurn4rd back her every time as well. useless the lot of them", "Fri 7 Jun 2024 23:41"),
    ("harbour_lass", "Is the leetspeak meant to stop us knowing who you mean? 😂 Take it to the governors.", "Sat 8 Jun 2024 08:12"),
], expected=[X("smitchell", "leetspeak", "abuse"), X("school", "leetspeak", "negative")], board="Schools")

forum("parentnet", "PE teacher messaging DD about 'extra training' — am I mad?", [
    ("WorriedInWrenmouth", """DD (13, Y8) is really sporty. Her PE teacher has started messaging her on Insta about "extra training sessions" on Saturday mornings at the rec. Just the two of them. He told her not to mention it to me "because the other girls will get jealous and it's not fair on them".

It's Mr C, PE at Gurnard — everyone local knows who. She adores him. Am I mad to feel uneasy?""", "Sun 12 Jan 2025 20:30"),
    ("Safeguarding_Sam", "You're not mad. A teacher asking a child to keep things from her parents is textbook. Screenshot, then ring the DSL tomorrow AND the police on 101. Don't confront him.", "Sun 12 Jan 2025 20:41"),
    ("Biscuit_tin", "Please listen to Sam. Trust your gut.", "Sun 12 Jan 2025 20:55"),
], expected=[X("jcarter", "nickname", "sexual", True), X("school", "short_name", "sexual", True)], board="Secondary education")


forum("threadit", "Shout-out thread: a colleague who went above and beyond this term", [
    ("tired_but_grateful", "Shout-out to Maricel V, SENCo at Gurnard Point Academy, who fought the local authority for fourteen months to get one of my tutees the right placement. She did most of it on her own time. Bloody legend.", "970", "2d"),
    ("sen_teacher_phl", "SENCos are the unsung heroes of every school. 💙", "402", "2d", 0),
    ("chalkdust_ks", "Our technician who fixed the fume cupboard with a coat hanger. Hero.", "380", "2d", 0),
], expected=[X("mvillanueva", "first_initial", "neutral"), X("school", "exact", "neutral")], board="r/teachinguk")

forum("wrenmouthonline", "Just been told my daughter's excluded for 5 days", [
    ("RaginInRame", "Five days for a fight she didn't start. Other girl gets one day because her mum's on the PTA. Honestly someone should torch Gurnard to the ground and do the whole town a favour. I've had it with that place.", "Tue 21 May 2024 16:12"),
    ("harbour_lass", "Don't be daft. Threatening to burn a school down isn't OK even as a joke, the police will be round. Appeal it in writing.", "Tue 21 May 2024 16:30"),
    ("Admin", "Post edited? No — leaving it up as a warning. Please calm down and use the formal complaints route.", "Tue 21 May 2024 17:00"),
], expected=[X("school", "short_name", "threat")], board="Schools")

forum("staffroom", "MFL network: Devon and Cornwall — say hello!", [
    ("Lusophone_Lou", "Starting a thread for MFL teachers in the far South West. Share resources, trips, moans.", "10 Sep 2024"),
    ("Spanish_in_St_Austell", "Hello! Big shout out to Mr Ferriera at Gurnard (sp?), he runs the best Portugal exchange in the region and shared his whole risk assessment with me.", "11 Sep 2024"),
    ("Lusophone_Lou", "It's e before i in his name 😂 but yes, he's a gem.", "11 Sep 2024"),
], expected=[X("jferreira", "typo", "neutral"), X("school", "short_name", "neutral")], board="Modern languages")

forum("parentnet", "Chemistry teacher gave DD a detention for asking a question", [
    ("Exasperated_of_Kellacott", "Mrs Nowack (chemistry, Gurnard) gave DD a lunchtime detention for asking why they had to copy the method out. DD was being a bit cheeky, I'll admit, but a DETENTION? Teachers are so precious now.", "Wed 13 Nov 2024 18:20"),
    ("Teacher_and_mum", "Honestly it depends on the tone. 'Why do we have to do this' in front of 30 kids can derail a lesson.", "Wed 13 Nov 2024 18:40"),
], expected=[X("knowak", "typo", "negative"), X("school", "short_name", "neutral")], board="Secondary education")

forum("threadit", "Which teacher made you do the subject you did at uni?", [
    ("ex_wrenmouth_kid", "Mr O'Rouke at Gurnard, 2014. Made us read Heaney out loud on the harbour wall in the rain. I did English at Exeter because of him and now I teach it.", "312", "1d"),
    ("chalkdust_ks", "This is the kind of thing that keeps me going. Tell him!", "101", "1d", 0),
], expected=[X("dorourke", "typo", "neutral"), X("school", "short_name", "neutral")], board="r/teachinguk")

forum("staffroom", "Site staff appreciation thread", [
    ("DT_Dave", "Shout-out to Gary L, site manager at Gurnard Point Academy, who came in at 6am on a Saturday to fix my workshop extraction before the mocks. Site staff are the backbone of every school and nobody notices till something breaks.", "8 Mar 2025"),
    ("AgencyAndy", "Our caretaker knows more about the school than the head does.", "8 Mar 2025"),
], expected=[X("gluscombe", "first_initial", "neutral"), X("school", "exact", "neutral")], board="Staffroom chat")

# --------------------------------------------------------------------------------------
# BLOGS and other web pages
# --------------------------------------------------------------------------------------

blog("sailingclub", "Newsletter — Autumn 2024", "From the Commodore's desk", "October 2024", """
What a season. Forty-one race days, only three lost to weather, and a regatta week that the bar takings suggest we'll be talking about until Easter.

## Juniors
Huge thanks to Peregrine Scantlebury and the Gurnard Point Academy sailing squad, who between them crewed every safety boat on regatta Saturday and then went out and won the schools' trophy. The national title in July was the icing on the cake. Twelve of the squad have now joined the club as cadet members.

## Slipway
Thanks also to James Carter (our James — the retired dockyard engineer, not the footballer, and not the PE teacher either, before anyone asks) for rebuilding the slipway winch with parts he "had lying about". It now works better than when it was new in 1987.

## Laying up
Boats off the hardstanding by 30 November please. Prize-giving at the Gurnard Inn on 16 November, 7.30pm. Pasties provided.

Fair winds,
The Commodore
""", expected=[X("pscantlebury", "exact", "neutral"), X("school", "exact", "neutral")])

blog("sailingclub", "Newsletter — Spring 2025: Frostbite Series results", "Racing secretary", "March 2025", """
The Frostbite Series ended on Sunday in a bitter north-easterly. Thanks to all who braved it, and to the galley for the soup.

## Overall results (handicap)
| 1st | P. Scantlebury | Wayfarer | 6 pts
| 2nd | J. Carter / M. Carter | GP14 | 11 pts
| 3rd | T. Rowe | Laser | 14 pts
| 4th | A. Begum | RS Aero | 19 pts

James and Margaret Carter would like it known that they were robbed in race 4 by a lobster pot.

## Dates
Fitting-out supper 12 April. Opening regatta 3 May. New members' evening 9 May — bring a friend.
""", expected=[X("pscantlebury", "initial_surname", "neutral")])

blog("moveright", "3 bedroom semi-detached house for sale — Chapel Meadow, Kellacott, Wrenmouth", "Harbourside Homes, Wrenmouth · 01632 960 745", "Added on 14/05/2024 · Guide price £285,000", """
## Key features
- Three bedrooms, master with sea glimpses
- South-facing rear garden with workshop
- Driveway parking for two cars
- Gas central heating, double glazing
- Gurnard Point Academy (rated Good at last full inspection) a seven-minute walk
- No onward chain

## Description
A deceptively spacious family home on this popular cul-de-sac at the Kellacott end of Wrenmouth, within easy walking distance of the harbour, the village shop and Gurnard Point Academy. Devonport Dockyard is 15 minutes by car and the Cremyll ferry a short drive away.

## Council tax
Band C. EPC rating: C.
""", expected=[X("school", "exact", "neutral")])

blog("moveright", "2 bedroom terraced cottage for sale — Gurnard Road, Wrenmouth", "Tamar & Sound Estates · 01632 960 981", "Reduced on 02/09/2024 · Offers over £239,950", """
## Key features
- Character fisherman's cottage, circa 1860
- Two double bedrooms
- Cosy sitting room with wood-burner
- Courtyard garden
- A short stroll to the harbour, the Gurnard Inn and the coast path to Gurnard Point

## Description
Tucked away on Gurnard Road, one of Wrenmouth's oldest streets, this charming cottage has been lovingly updated while keeping its beams and slate floors. Ideal as a first home, a bolthole or a holiday let (subject to consents).

Nearby: Wrenmouth Primary School 0.3 miles; Fore Street shops 0.2 miles; Plymouth city centre 7 miles.
""", expected=[])

blog("trust", "Minutes of the Board of Trustees — 12 June 2024", "Sound & Moor Learning Trust · Part A (public)", "Approved 10 July 2024", """
Present: Mrs H. Carew (Chair), Mr R. Blamey (CEO), Mr P. Dawe, Dr A. Okafor, Ms T. Jago, Mr D. Penhale.
In attendance: Dr Morwenna Penrose-Kitto (Headteacher, Gurnard Point Academy) for item 6; S. Mitchell (Deputy Headteacher and DSL, GPA) for item 7; Mrs J. Moss (Clerk).

## 6. Gurnard Point Academy: performance and recovery plan
The Headteacher presented the post-inspection action plan. Trustees noted that attendance at GPA (88.1%) remains well below the trust average and challenged the pace of improvement in behaviour. A trustee asked why supply spending had risen by 70%. The Headteacher explained the difficulty of recruiting in maths and MFL. Trustees were not assured and asked for a monthly report.

## 7. Safeguarding
S. Mitchell presented the annual safeguarding report. Referrals to early help had risen by 30%. Trustees thanked the DSL team for its work.

## 8. Estates
Trustees received the condition survey for the GPA sports hall roof prepared by the site manager, G. Luscombe. Works estimated at £186,000. CIF bid to be submitted.

## 9. Any other business
None. Meeting closed 19:42.
""", expected=[X("school", "exact", "negative"), X("mpenrosekitto", "exact", "neutral"), X("smitchell", "initial_surname", "neutral"), X("gluscombe", "initial_surname", "neutral")])

blog("inspect", "Gurnard Point Academy — short inspection summary (2019)", "Short inspection: 5 February 2019.", "Published 14 March 2019", """
## Outcome
This school continues to be good.

## What is it like to attend this school?
Pupils at Gurnard Point Academy are proud of their school and of Wrenmouth. They say that teachers know them well and that bullying, when it happens, is dealt with quickly. The school's strong links with local employers, including the dockyard and the fishing industry, give pupils a clear sense of what they might do next.

## What does the school do well and what does it need to do better?
Leaders have an accurate view of the school's strengths. The curriculum in mathematics and science is well planned. In a small number of subjects, leaders should check that pupils remember key knowledge over time.

## Safeguarding
The arrangements for safeguarding are effective.
""", expected=[X("school", "exact", "neutral")])

blog("substack", "Growing up in Wrenmouth, 1998–2005", "Leanne Trewin", "9 March 2024", """
I've been meaning to write this for a while, ever since my mum sent me a photo of the old school gates on Kellacott Lane, freshly painted in the academy's new navy and gold.

Back then it was just Wrenmouth Community College, and it smelled of chip fat, damp PE kit and the sea. Everyone's dad was either in the yard or on the boats. Mine did both, depending on the year.

Mr Carter took us for PE. He was strict but fair — made us run round the headland in February in shorts and then stood at the top with a flask of tea, cheering every single one of us in, even the ones who walked. I hated him at the time. I ran a half-marathon last year and thought about him the whole way.

Mr Luscombe the caretaker was younger then and terrifying, mostly because of his leaf blower. He once fished my trainer out of the harbour with a boathook and never told a soul how it got there.

I left at sixteen and moved to Bristol and I've never stopped missing the place.
""", comments=[("Kerry P", "Mr Carter's runs round the headland!!! I still have nightmares 😂 Lovely piece Leanne x"), ("Dan R", "Luscombe and that leaf blower 🤣")],
     expected=[X("school", "alias", "neutral"), X("jcarter", "title_surname", "neutral"), X("gluscombe", "title_surname", "neutral")],
     blogname="Salt in the Blood", tagline="Notes from a Devon girl in exile", tags="Tagged: Wrenmouth, memories, school")

blog("wordpress", "Pan-roasted gurnard with samphire and brown shrimp butter", "Cheffy Jo", "22 July 2024", """
Gurnard is the ugly duckling of the fish counter — all spines and grumpy face — but it's one of the best-value fish in British waters and it's sustainable.

I bought four red gurnard straight off the boats at Wrenmouth fish quay this morning for less than the price of a coffee.

## You'll need
- 4 gurnard fillets, skin on, pin-boned
- A big handful of samphire
- 100g brown shrimps
- 80g butter, a lemon, parsley

Get the pan screaming hot, skin side down for three minutes, flip, baste, done.
""", comments=[("foodie_faye", "Made this tonight, absolutely stunning. Never would have bought gurnard before!")],
     expected=[], blogname="Salt & Smoke Kitchen", tagline="Cooking from the Devon coast", tags="Tagged: fish, gurnard, Devon, seasonal")

blog("wordpress", "SWCP day 4: Wrenmouth to Gurnard Point and back (9 miles)", "Coast Path Kev", "3 June 2024", """
Day four of my South West Coast Path section-hike and the best weather yet.

Started at Wrenmouth harbour, where the crab boats were just coming in, then climbed past the school playing fields and up on to the headland. The last mile out to Gurnard Point is properly wild — gorse, stonechats, and a view straight across the Sound to Rame Head and the breakwater.

Lunch was a pasty from the bakery on Fore Street, eaten on the trig point. On the way back I stopped at the Gurnard Inn for a pint of Jail Ale and a chat with a retired fisherman who told me the headland used to be called "Gurnet's Nose".

Tomorrow: the Yealm ferry, if the ferryman is in the mood.
""", expected=[], blogname="One Foot In Front", tagline="Walking the South West Coast Path, badly", tags="Tagged: SWCP, Devon, walking")

blog("wordpress", "Nobody tells you how tiring it is to be an SEN parent (a long ramble)", "Mum on the Sound", "17 October 2023", """
This is going to be long. Get a cup of tea.

It's been three years since we started the EHCP process for J, and I've lost count of the forms. There was the one Devon County Council lost. The one they said we sent to the wrong address (we didn't). The annual review that happened eleven months late. The tribunal that was cancelled the day before because a panel member was ill. I've got a lever-arch file that weighs more than he does.

I'm not going to lie, some days I sit in the car outside Tesco and just cry. Then I go in and buy fish fingers because life carries on.

But I want to say something positive, because there's been a lot of negative on the local groups lately. When J started at Gurnard in Year 7 he couldn't go into the dinner hall. Miss V, the SENCo, found him a quiet room, a lunchtime club with four other kids who like trains, and a TA who actually understands him. She answers my emails at half nine at night (she shouldn't, and I've told her so). Whatever happens with the council, she's been our rock.

Anyway. Tribunal is rebooked for February. Wish us luck. And if you're an SEN parent reading this at 2am: you're not alone, and you're not mad.
""", comments=[("Jo-Ann", "Sending you so much love. Miss V is amazing, she helped my daughter too. x"), ("Rach T", "The council are a joke. Keep going lovely.")],
     expected=[X("mvillanueva", "nickname", "neutral"), X("school", "short_name", "neutral")],
     blogname="Mum on the Sound", tagline="Autism, tides and too much coffee", tags="Tagged: SEND, EHCP, Devon")

blog("substack", "Confessions of a coastal teacher #14: the learning walk", "Anonymous Teacher", "11 January 2024", """
They came at 10.14. There were three of them — a deputy, an assistant head and someone from the trust in a fleece with a logo on it — and they stood at the back of my Year 9 lesson on persuasive writing for eleven minutes and wrote things on iPads.

Afterwards I received an email with a "RAG rating". I was amber for "pace". The email had been sent at 10.26, during my lesson, which I think is quite fast-paced of them.

I've been teaching for nineteen years. I love my kids. I love my town. I don't know how much longer I can love my job.

(I will not be naming the school. You know who you are.)
""", comments=[("Former_teacher_now_baker", "Amber for pace 😂 I lasted 12 years. Bread doesn't do learning walks."), ("H", "This is every school in England right now.")],
     expected=[], blogname="Chalk and Salt", tagline="Anonymous dispatches from a school by the sea")

blog("wordpress", "The yard men of Wrenmouth: our oral history project", "Wrenmouth Dockyard Heritage Group", "2 February 2024", """
For the past year, a group of students from Wrenmouth Community College have been recording interviews with men and women who worked in Devonport Dockyard between the 1950s and the 1990s.

The project was led by English teacher Declan O'Rourke, who runs the school's history club with the heritage group. "These people built submarines and refitted frigates, and half of them have never been asked about it," he said. "The kids have been brilliant — they listen better than any journalist."

The recordings will be archived at The Box in Plymouth. Extracts will be played at our open evening in the Guildhall on 1 March.

Our thanks to the school for the use of its recording equipment, and to Mrs Pat Hext for the biscuits.
""", expected=[X("dorourke", "exact", "neutral"), X("school", "alias", "neutral")],
     blogname="Wrenmouth Dockyard Heritage", tagline="Remembering the yard", tags="Tagged: oral history, Devonport, schools")

blog("wordpress", "The Truth About Gurnard Point Academy (that the trust doesn't want you to read)", "A Wrenmouth Parent", "28 February 2025", """
I've sat on this for a long time. I'm done being polite.

In 2022, the school's catering contract — worth £180,000 a year — was handed without a proper tender to a company run by the brother-in-law of the headteacher, Morwenna Penrose-Kitto. Portions shrank. Prices went up. Parents complained. Nothing happened.

When a member of the office staff raised it, she was "restructured" out of a job within six months. The trust was told in writing. The trust did nothing. That is not a mistake. That is a cover-up.

Ask yourself why a headteacher on £118,000 a year needs her family on the school's books. Ask yourself why the governors who asked questions all resigned.

I'll be posting the documents here once my solicitor has read them.
""", comments=[
    ("Anon", "If I see Penrose-Kitto in Tesco she'll get what's coming to her, mark my words. Some of us have long memories."),
    ("Wrenmouth Mum", "Have you actually got any evidence for this? Because otherwise it's libel and you'll lose your house."),
    ("A Wrenmouth Parent", "The evidence is coming. Watch this space."),
], expected=[X("mpenrosekitto", "exact", "threat"), X("school", "exact", "defamation")],
     blogname="Wrenmouth Uncovered", tagline="What they don't tell you", tags="Tagged: Gurnard, trust, corruption")

blog("wordpress", "Summer Showcase 2024 — what a night!", "Miss Kerry-Ann", "22 July 2024", """
Wow, wow, WOW. Thank you to every single family who came to the Guildhall for the Gurnard Point Academy of Dance Summer Showcase.

Our tiny tots stole the show as sea urchins, our seniors' contemporary piece had the whole room in tears, and Miss Sophie's tap class finally nailed that finale.

Registration for autumn term is now open. Classes for ages 3–18 in ballet, tap, modern, jazz and contemporary from our studio in the old chapel on Fore Street, Wrenmouth.
""", expected=[], blogname="Gurnard Point Academy of Dance", tagline="Dance for everyone since 2009", tags="Tagged: showcase, ballet, tap")

blog("substack", "Why I left teaching after nine years", "Former Teacher", "4 September 2024", """
This time last year I was laminating seating plans. This year I'm a trainee surveyor. People keep asking why, so here's the long answer.

I taught geography at GPA — Gurnard Point Academy, for anyone not from round here — for nine years. I loved the kids. I loved Wrenmouth. I loved watching a Year 8 realise for the first time that the cliffs they'd been climbing were 400 million years old.

What I didn't love was what the school became. The head, Morwenna Penrose Kitto, arrived with a new vision every term and a new acronym every half-term. Learning walks became surveillance. Data drops every five weeks. Colleagues in tears in the car park. Nobody at the top ever asked how we were.

Well — one person did. Sarah M, our DSL, who once found me crying in my car at 6pm and sat in the passenger seat for an hour, and then drove me home. If I'd had more Sarahs I might still be there.

I don't hate the school. I hate what it did to us.
""", comments=[("anon_geographer", "Every word of this. Every single word.")],
     expected=[X("school", "exact", "negative"), X("mpenrosekitto", "hyphenated", "negative"), X("smitchell", "first_initial", "neutral")],
     blogname="Notes from the Other Side", tagline="Life after the classroom")

blog("wordpress", "Chemia w kuchni — rozmowa z Kasią Nowak / Kitchen chemistry: a chat with Kasia Nowak", "Polski Devon", "15 September 2024", """
Kasia Nowak przyjechała do Anglii w 2010 roku z Gdańska. Dziś uczy chemii w szkole średniej w Wrenmouth i prowadzi sobotnie warsztaty dla dzieci.

"Dzieci w Wrenmouth są jak dzieci w Gdańsku," mówi. "Kochają ogień, bałagan i słodycze."

In English: Kasia Nowak came to England from Gdańsk in 2010. She now teaches chemistry at a secondary school in Wrenmouth and runs Saturday workshops for children in the town library. "Kids in Wrenmouth are like kids in Gdańsk," she says. "They love fire, mess and sweets."

Her advice for Polish families new to Devon? "Join the library. Learn the tide times. And never, ever park on Kellacott Lane at 3.15."
""", expected=[X("knowak", "alias", "neutral")],
     blogname="Polski Devon", tagline="Polska społeczność w Devon i Kornwalii", tags="Tagged: ludzie, edukacja, Wrenmouth")

blog("wordpress", "Who is teaching our children? An open letter to Wrenmouth", "Wrenmouth Patriot", "1 March 2024", """
Let me tell you about Gurnard Point Academy, the school your children and grandchildren attend.

Head of maths: Adeyemi. Chemistry: Nowak. Languages: Ferreira. Special needs: Villanueva. Spot the pattern yet?

This is a fishing town. A dockyard town. Our grandfathers built the ships that kept this country free. And now our children are being taught by people who arrived yesterday and will be gone tomorrow, "diversity hires" ticking boxes for a trust in Plymouth that has never set foot on our quay. Give it five years and they'll be teaching our kids in Tagalog.

I'm not saying any of them are bad people. I'm saying they're not OUR people. There are plenty of good local graduates who'd do those jobs. Ask yourself why they don't get them.

Time the good people of Wrenmouth asked for their school back.
""", comments=[
    ("Concerned Dad", "Well said. Someone had to."),
    ("T. Rowe", "This is vile. The people you've named have lived and worked here for years. Screenshotted and reported to the police as a hate incident."),
], expected=[X("school", "exact", "hate"), X("oadeyemi", "surname_only", "hate"), X("knowak", "surname_only", "hate"), X("jferreira", "surname_only", "hate"), X("mvillanueva", "surname_only", "hate")],
     blogname="Wrenmouth Patriot", tagline="Saying what others won't", tags="Tagged: Wrenmouth, schools, immigration")

blog("wordpress", "Simbang Gabi by the sea: Christmas with Maricel", "Kusina sa Devon", "20 December 2023", """
This month we visited Maricel Villanueva, SENCo at Gurnard Point Academy in Wrenmouth, who has lived in Devon since 2009.

Every December she makes bibingka for her colleagues in the staffroom and takes her children to dawn Mass. "Simbang Gabi in Wrenmouth is at 7am not 4am, and there is no rice cake stall outside St Peter's," she laughs. "So I bake. The English teachers think bibingka is a kind of cake. It is. It is the best kind."

Her recipe is below. Maligayang Pasko to all our kababayan in the South West!
""", expected=[X("mvillanueva", "exact", "neutral"), X("school", "exact", "neutral")],
     blogname="Kusina sa Devon", tagline="Filipino food and family in the West Country", tags="Tagged: Pasko, bibingka, Devon")

blog("trust", "Gurnard Point Academy — Local Governing Body: minutes of meeting, 27 November 2024", "Part 1 minutes (public)", "Clerk: Mrs J. Moss", """
Present: R. Tapp (Chair until item 3), A. Lavers, N. Rendle, J. Ferreira (staff governor), M. Penrose-Kitto (Headteacher).

## 3. Chair
R. Tapp tendered his resignation with immediate effect. N. Rendle elected chair for the remainder of the year.

## 4. Headteacher's report
M. Penrose-Kitto reported that attendance had improved to 89.4%. Governors challenged the continued high rate of suspensions in Year 9 and asked whether the behaviour policy was being applied consistently. Governors were not satisfied with the answer and requested a breakdown by tutor group.

## 5. Pastoral
Governors thanked J. Pascoe for her report on Year 9 attendance and the "Friday phone call" scheme, which parents had praised.

## 6. Staff governor
J. Ferreira reported that staff wellbeing survey results were "mixed" and that workload remained the top concern.

Meeting closed 18:52.
""", expected=[X("school", "exact", "negative"), X("jferreira", "initial_surname", "neutral"), X("mpenrosekitto", "initial_surname", "neutral"), X("jpascoe", "initial_surname", "neutral")])

blog("wordpress", "Small mercies on a wet Monday", "Lizzie", "13 November 2023", """
It rained sideways all weekend in Wrenmouth and the kids were feral by Sunday teatime. This morning I very nearly didn't do the school run, which is to say I very nearly let them walk in a monsoon.

We got to the gate at 8.38, all three of us soaked to the knickers, and there was Mrs P-K in a yellow sou'wester and wellies saying good morning to every single child by name. She's been doing it every day since she started, rain or shine. My youngest says she knows everyone's birthday. I don't believe that, but I wouldn't put it past her.

Anyway. Small mercies. Then I came home, put the heating on, and ate a whole packet of custard creams.
""", comments=[("Becca", "Ha I saw her too! Fair play to her 😄")],
     expected=[X("mpenrosekitto", "nickname", "neutral")],
     blogname="Life on the Sound", tagline="Three kids, one dog, not enough coffee")

blog("wordpress", "Watch: restoring a 1962 Fireball, part 4 — the centreboard case", "Old Boats, New Tricks", "6 January 2025", """
Part four is up! This week's episode on the PeregrineScantlebury channel covers the centreboard case — the bit that rots first and costs most.

If you've been following along, you'll know the hull was in a sorry state when it was pulled out of a hedge near Tavistock. This time we cut out the old case, scarf in new marine ply, and discover exactly how much epoxy a man can wear in one afternoon.

Episode five (the deck) will be up in a fortnight, weather and day-job permitting.
""", comments=[("fireball_fan_77", "Brilliant series. The scarf joint bit was really clear, thanks!")],
     expected=[X("pscantlebury", "camelcase", "neutral")],
     blogname="Old Boats, New Tricks", tagline="Wooden dinghies, saved one at a time", tags="Tagged: Fireball, restoration, video")

# --------------------------------------------------------------------------------------
# REVIEWS (plain text)
# --------------------------------------------------------------------------------------

GMAPS = """Google Maps
Gurnard Point Academy
3.1 ★★★☆☆ (147 reviews)
Secondary school · Kellacott Lane, Wrenmouth PL97 3GP
Open ⋅ Closes 4:30 pm · 01632 960418 · gurnardpoint.example

"""

OWNER = """
Response from the owner {when}
Thank you for taking the time to leave a review. We'd welcome the chance to talk about this properly — please contact the academy office on 01632 960418 or office@gurnardpoint.example and ask for a member of the senior team.
"""

txt("review", GMAPS + """Shaz Tregunna
Local Guide · 41 reviews · 23 photos
★☆☆☆☆ 2 months ago
Absolute shambles. Couldn't organise a p*ss up in a brewery. Three letters home this week, all contradicting each other about the trip. Rang the office four times, nobody rang back. My son doesn't know if he's going to Bristol on Thursday or not and neither do I.
👍 14  Share
""" + OWNER.format(when="2 months ago"), [X("school", "exact", "negative")])

txt("review", GMAPS + """Donna Widdicombe
8 reviews
★★★★★ a month ago
Bloody brilliant school for maths. Mr Adeyemi took my daughter from a 4 to an 8 in eighteen months and never once made her feel thick. She actually likes maths now which I never thought I'd say. Proper job 👌
👍 22  Share
""", [X("school", "exact", "neutral"), X("oadeyemi", "title_surname", "neutral")])

txt("review", GMAPS + """Lee P
3 reviews
★☆☆☆☆ 3 weeks ago
Mrs Mitchell the deputy is a two-faced cow who smiles at you in meetings and then does sweet FA. Save yourself the bother of complaining, it goes in the bin.
👍 9  Share
""" + OWNER.format(when="3 weeks ago"), [X("smitchell", "title_surname", "abuse"), X("school", "exact", "negative")])

txt("review", GMAPS + """Michelle Rendle
Local Guide · 112 reviews
★★★★★ 6 months ago
Went here myself when it was Wrenmouth Community College (class of '99!) and now both mine are here. Lot of changes but the kids are happy. Mr Luscombe is STILL there keeping the whole place running, absolute legend, he remembered my name after 25 years.
👍 31  Share
""", [X("school", "exact", "neutral"), X("gluscombe", "title_surname", "neutral")])

txt("review", GMAPS + """Anonymous Parent
1 review
★☆☆☆☆ 5 months ago
Head of PE Carter grabbed my son by the throat in the changing room and the school covered it up. The so-called investigation was two of his mates having a chat over a coffee. Disgrace of a place. Do not send your kids here.
👍 3  Share
""" + OWNER.format(when="5 months ago"), [X("jcarter", "surname_only", "defamation"), X("school", "exact", "defamation")])

txt("review", """Locate · Secondary schools in Wrenmouth, Devon · Reviews

★★☆☆☆  "Not what it was"
Posted by KellacottMum on 12/01/2024
Gurnard used to be a decent school when my eldest was there. Now it's detentions for the wrong socks and nobody answers an email. Teachers leave every term. My youngest has had five different science teachers since Year 7.
Was this review helpful? Yes (12) No (2)
""", [X("school", "short_name", "negative")])

txt("review", GMAPS + """Gemma T
12 reviews
★☆☆☆☆ 4 months ago
Oh yes, wonderful school. My son has learned SO much — mainly how to vape, swear and hide in the toilets for a whole lesson. Mr O'Rourke's "inspiring" English lessons consist of a YouTube video and a worksheet while he sits at his laptop. Five stars for the car park though, it's very big.
👍 17  Share
""", [X("school", "exact", "negative"), X("dorourke", "title_surname", "negative")])

txt("review", GMAPS + """Kayleigh B
2 reviews
★★★★★ 3 months ago
Ms Pascoe is an absolute f***ing legend. My daughter was being bullied in a group chat for MONTHS and Ms Pascoe had it sorted in one day, phoned every parent herself. Can't thank her enough ❤️
👍 40  Share
""", [X("jpascoe", "title_surname", "neutral"), X("school", "exact", "neutral")])

txt("review", GMAPS + """Wayne
1 review
★☆☆☆☆ a week ago
You lot better hope I don't bump into that SENCo in town. Villanueva you know exactly what you did to my boy. Watch yourself.
👍 0  Share
""", [X("mvillanueva", "surname_only", "threat"), X("school", "exact", "negative")])

txt("review", """Google Maps
The Gurnard Inn
4.6 ★★★★★ (892 reviews)
Pub · Quay Street, Wrenmouth

Steve Jago
Local Guide · 203 reviews
★★★★★ a week ago
Proper job Sunday roast, crackling to die for, and a pint of Jail Ale that was kept right. Landlord Mick is a character. Dog friendly, fire lit. Gets rammed when the sailing club come in after racing so book ahead.
👍 6  Share
""")

txt("review", """Tripadvisor-style · Gurnard Point Holiday Park, Wrenmouth
2.0 of 5 bubbles · 318 reviews

"Lovely views, tired caravans"
●●○○○ Reviewed 14 August 2024 · Family trip
The views across Plymouth Sound from Gurnard Point Holiday Park are stunning, I'll give them that. But our caravan hadn't been cleaned, the shower was cold for three days and the clubhouse entertainment was a man with a karaoke machine and a grudge. Wouldn't rush back.
""")

txt("review", """Google Maps
Gurnard Point Academy of Dance
4.9 ★★★★★ (64 reviews)
Dance school · The Old Chapel, Fore Street, Wrenmouth

Sian R
★★★★★ 2 weeks ago
My daughter has been at Gurnard Point Academy of Dance since she was four and she's now thirteen. Miss Kerry-Ann is strict but so kind, and the showcase this year was incredible. Best decision we ever made.
""")

txt("review", """Checkatrade-style reviews · GPA Plumbing & Heating, Wrenmouth
9.8 / 10 · 211 reviews

"Boiler sorted same day"
10/10 · Kellacott
Dave from GPA Plumbing & Heating came out within two hours when our boiler died on a Sunday. Fair price, clean, explained everything. Highly recommend.
""")

txt("review", """Google Maps
Peckham Rye Medical Centre
2.4 ★★☆☆☆ (403 reviews)
Doctor · London SE15

Tolu A.
★★★★★ a month ago
The receptionists can be abrupt but Dr Adeyemi is the only GP here who actually listens and doesn't rush you out in five minutes. Ask for her.
""")

txt("review", """Google Maps
Wrenmouth Fish Bar
4.4 ★★★★☆ (521 reviews)
Fish & chips · Fore Street, Wrenmouth

Chris L
★★★★☆ 3 weeks ago
Great chips, generous portions. It gets busy at lunch when the kids from the academy come down the hill, but the staff handle it like pros. Pollock and chips £9.50.
""")

txt("review", GMAPS + """Rob Hext
Local Guide · 57 reviews
★★★★☆ 4 months ago
Good school, nice staff. Office ladies are lovely and actually pick up the phone (01632 960418 if anyone's trying, the attendance line is 01632 960419). Parents' evening was well organised this year with the booking system. Only knocking off one star for the canteen prices.
👍 4  Share
""", [X("school", "exact", "neutral")])

txt("review", GMAPS + """Jason
2 reviews
★☆☆☆☆ 3 months ago
Don't waste your time ringing the school. If you actually want the head, her personal mobile is 07700 900417 — Mrs Penrose-Kitto gave it to the PTA when she started and now she ignores that too.
👍 2  Share
""" + OWNER.format(when="3 months ago"), [X("mpenrosekitto", "title_surname", "doxxing"), X("school", "exact", "negative")])

txt("review", GMAPS + """Real Wrenmouth
1 review
★☆☆☆☆ 2 months ago
Teachers who can't even speak proper English. The Polish one (Miss Nowak) and the African one (Mr Adeyemi) — my kids can't understand them. Whatever happened to British teachers for British kids? The trust has turned this school into a job centre for foreigners.
👍 1  Share
""", [X("knowak", "title_surname", "hate"), X("oadeyemi", "title_surname", "hate"), X("school", "exact", "hate")])

txt("review", GMAPS + """Nicola R
9 reviews
★★★★★ 7 months ago
Mr Ferreira's Lisbon trip was the highlight of my daughter's whole school life. She came back speaking Portuguese to the cat. Thank you to all the staff who gave up their Easter.
👍 11  Share
""", [X("jferreira", "title_surname", "neutral"), X("school", "exact", "neutral")])


txt("review", GMAPS + """Claire W
4 reviews
★☆☆☆☆ 5 months ago
Miss V ignored every single email for a whole term. SEN provision here is a joke, they just want the funding and not the kids.
👍 8  Share
""" + OWNER.format(when="5 months ago"), [X("mvillanueva", "nickname", "negative"), X("school", "exact", "negative")])

txt("review", GMAPS + """Tom Pengelly
Local Guide · 18 reviews
★★★★★ 2 months ago
Scanners is the best DT teacher in Devon bar none. My lad has built a canoe this year. An actual canoe. That floats.
👍 19  Share
""", [X("pscantlebury", "nickname", "neutral"), X("school", "exact", "neutral")])

txt("review", GMAPS + """Sam D
3 reviews
★☆☆☆☆ 6 months ago
Mrs Mitchel is a smug, useless excuse for a deputy head. Blames the victim every single time and thinks a "restorative conversation" fixes a broken nose.
👍 5  Share
""", [X("smitchell", "typo", "abuse"), X("school", "exact", "negative")])

txt("review", """GlassJobs · Gurnard Point Academy reviews
2.0 ★★☆☆☆ · 23 reviews · 31% would recommend to a friend

"Great colleagues, toxic senior leadership"
★★☆☆☆ Former Employee — Teacher in Wrenmouth, England · 3 years
Pros: The kids. The sea views. The English and maths departments are full of lovely people who hold each other up.
Cons: PK rules by fear. Learning walks are surveillance dressed up as "support". Policies change every half-term with no consultation. Anyone who disagrees is "not a good fit" and gone by July.
Advice to management: Trust your staff. Stop emailing at midnight.
""", [X("school", "exact", "negative"), X("mpenrosekitto", "nickname", "negative")])

txt("review", GMAPS + """Kelly-Marie
2 reviews
★☆☆☆☆ 4 months ago
Maybe if Mrs Mitchell spent less time "staying late" with Mr Carter from PE — everyone in Wrenmouth has seen her car parked next to his behind the sports hall at 9pm — she'd have time to answer a parent's email. Just saying 👀
👍 6  Share
""", [X("smitchell", "title_surname", "sexual"), X("jcarter", "title_surname", "sexual"), X("school", "exact", "negative")])

txt("review", GMAPS + """Ola
5 reviews
★★★★★ 2 weeks ago
Mr A is the best maths teacher in Devon, no contest. Patient, funny, never gives up on anyone. My son went in saying he was "rubbish at maths" and came out with a 7.
👍 12  Share
""", [X("oadeyemi", "nickname", "neutral"), X("school", "exact", "neutral")])

txt("review", """RateMySchool.example — parent reviews
School: Gurnad Point Acadamy, Wrenmouth
Your rating: 1/5

Title: avoid avoid avoid
Bullying everywhere and nobody does nothing about it. My daughter came home with bruises twice and got told to "keep her distance". Moving her after Easter.
""", [X("school", "typo", "negative")])

txt("review", GMAPS + """Becky
7 reviews
★★★★☆ 3 weeks ago
Jo P sorted my daughter's friendship drama in one day after months of it dragging on. Pastoral team are great. Food's expensive though and the queue is ridiculous.
👍 6  Share
""", [X("jpascoe", "first_initial", "neutral"), X("school", "exact", "neutral")])

txt("review", GMAPS + """Darren
4 reviews
★☆☆☆☆ a month ago
The caretaker Luscombe screamed at my kids for cutting across the field to get to the bus. Jumped-up little Hitler with a leaf blower and a clipboard. Get a life mate.
👍 3  Share
""", [X("gluscombe", "surname_only", "abuse"), X("school", "exact", "negative")])

txt("review", """Google Maps
Wrenmouth Sailing Club
4.8 ★★★★★ (96 reviews)
Sailing club · The Slip, Wrenmouth

Hannah J
★★★★★ a month ago
My two did the junior summer course and loved it. Peregrine Scantlebury runs the junior sessions brilliantly — calm, funny, very safety-conscious, and he has them racing by week three. Lovely bar too.
""", [X("pscantlebury", "exact", "neutral")])

txt("review", """Locate · Secondary schools in Wrenmouth, Devon · Reviews

★★☆☆☆  "One good department"
Posted by Harbour_Dad on 03/03/2025
Adeyemi's maths department is the only reason this isn't one star. Everything else at Gurnard Point Academy is chaos: supply teachers, cancelled clubs, nobody answers the phone.
Was this review helpful? Yes (8) No (1)
""", [X("oadeyemi", "possessive", "neutral"), X("school", "exact", "negative")])

txt("review", """Locate · Secondary schools in Wrenmouth, Devon · Reviews

★★★★☆  "Turned things round for us"
Posted by AnnaK on 19/09/2024
Katarzyna N is a fantastic chemistry teacher and the reason my son wants to be a pharmacist. The school isn't perfect but the science department at Gurnard is excellent.
Was this review helpful? Yes (5) No (0)
""", [X("knowak", "first_initial", "neutral"), X("school", "short_name", "neutral")])


# --------------------------------------------------------------------------------------
# SOCIAL (X/Twitter, Threads, Instagram, TikTok, Bluesky; plain text)
# --------------------------------------------------------------------------------------


def tweet(name, handle, when, text, stats="", replies=()):
    out = [f"{name} @{handle} · {when}", text.strip()]
    if stats:
        out.append(stats)
    for r in replies:
        out.append("")
        out.append(f"  ↳ {r[0]} @{r[1]} · {r[2]}")
        out.append("  " + r[3].strip().replace("\n", "\n  "))
    return "\n".join(out)


txt("social", tweet("Wrenmouth Mum 💙", "WrenmouthMum74", "22 Aug 2024",
    "So proud of my girl and all the Y11s today 😭💙 5 years of storms, strikes and Covid and they smashed it #GurnardPointAcademy #ResultsDay",
    "4 replies · 3 reposts · 61 likes"), [X("school", "hashtag", "neutral")])

txt("social", tweet("Kev", "kellacott_kev", "9 Sep 2024",
    "@GurnardPointAc your drop-off is a death trap. Someone's kid is going to get hit on Kellacott Lane and then you'll put out a statement about \"lessons learned\". Open the back gate FFS",
    "12 replies · 8 reposts · 40 likes"), [X("school", "handle", "negative")])

txt("social", tweet("no name", "anon83746", "12 Jan 2025",
    "3 years of my kid being bullied and not one of them gives a toss. someone needs to pay GPA wrenmouth a visit with a can of petrol and a lighter. see how they like it",
    "0 replies · 0 reposts · 2 likes"), [X("school", "alias", "threat")])


txt("social", tweet("Tamar Athletic FC", "TamarAthFC", "27 Jan 2024",
    "⚽ GOAL! James Carter with a thunderbolt from 25 yards! 1-0 to the Ambers! #TAFC #UTA",
    "40 replies · 120 reposts · 880 likes"))

txt("social", tweet("Devon Saltwater 🎣", "devonsaltwater", "6 Jul 2024",
    "Cracking tub gurnard off the point this morning, 2lb 4oz on a mackerel strip. Stunning colours on these. Released to fight another day 🐟🌅",
    "2 replies · 1 repost · 34 likes"))

txt("social", tweet("jess ✨", "overachiever_jess", "1 Apr 2024",
    "3.9 GPA, 1540 SAT, captain of debate and still waitlisted 🙃🙃 #collegeadmissions",
    "88 replies · 12 reposts · 2.3K likes"))

txt("social", tweet("Y11 revision grind", "y11_revision_w", "20 Apr 2024",
    "Massive thanks to @MrAdeyemiMaths for the Saturday revision session at Gurnard 🙏 3 hours of simultaneous equations and he still brought doughnuts. legend",
    "1 reply · 2 reposts · 25 likes"), [X("oadeyemi", "handle", "neutral"), X("school", "short_name", "neutral")])

txt("social", """Threads
wrenmouth_wine_mums · 2d
not saying the PE teacher at Gurnard is fit but half of Kellacott has suddenly volunteered to help at sports day 👀👀 Mr Carter can put me in detention any day of the week 🔥🥵
♡ 47   💬 19

  ↳ shaz.t.x · 2d
  I'll bring the orange slices 😂😂 and a cold shower

  ↳ hubby_of_one_of_them · 1d
  I can see this thread you know
""", [X("jcarter", "title_surname", "sexual"), X("school", "short_name", "neutral")])

txt("social", tweet("Justice for my son", "justice_for_m_w", "7 Oct 2024",
    "Sarah \u041citchell (deputy head, Gurnard Point Academy) covered up what happened to my son. Ask her about the three disclosures she never logged. Ask the trust why she's still in post.",
    "2 replies · 5 reposts · 14 likes"), [X("smitchell", "homoglyph", "defamation"), X("school", "exact", "defamation")])

txt("social", tweet("Polgrew Paul", "polgrewpaul", "30 Aug 2024",
    "#JusticeForMrCarter — the man's been cleared by an independent investigation, now leave him alone. Best PE teacher Gurnard's ever had and half this town owes him",
    "6 replies · 22 reposts · 97 likes"), [X("jcarter", "hashtag", "neutral"), X("school", "short_name", "neutral")])


txt("social", tweet("furious parent", "fed_up_in_ke11", "11 Mar 2024",
    "for anyone who wants to complain to Miss Nowak about the uniform detentions in person rather than thru Gurnard's useless office: 9 Tregarrick Close, Kellacott PL97 5RB. you're welcome 😘",
    "1 reply · 3 reposts · 6 likes"), [X("knowak", "title_surname", "doxxing"), X("school", "short_name", "negative")])

txt("social", tweet("Rame Dad", "ramedad_", "14 May 2024",
    "gurnard's deputy head M i t c h e l l is a spineless cow who hides behind \"policy\" every time a kid gets hurt. say it with your chest",
    "0 replies · 1 repost · 4 likes"), [X("smitchell", "spacing", "abuse"), X("school", "short_name", "neutral")])


txt("social", tweet("Sal", "salty_sal_w", "2 Feb 2024",
    "PenroseKittoMustGo is literally the name of the Wrenmouth mums' WhatsApp group now 😂 they are NOT messing about",
    "7 replies · 2 reposts · 30 likes"), [X("mpenrosekitto", "camelcase", "negative")])

txt("social", tweet("GPA Science", "GPAScience", "14 Mar 2024",
    "@KasiaNowakChem's elephant toothpaste demo had the whole of Year 7 screaming 🧪🐘 Science Week at Gurnard Point Academy is off to a flying (foaming) start ✨",
    "3 replies · 9 reposts · 71 likes"), [X("knowak", "handle", "neutral"), X("school", "exact", "neutral")])


txt("social", tweet("xx", "tyler_w_08", "19 Jun 2024",
    "carter ur dead when i see u. grabbing my little brother like that. gurnard sports hall 3:15 tmrw bring ur mates u will need them",
    "2 replies · 0 reposts · 3 likes"), [X("jcarter", "surname_only", "threat"), X("school", "short_name", "neutral")])

txt("social", tweet("England Awake", "englandawake1066", "10 Mar 2024",
    "Adeyemi should go back to Lagos and take the rest of Gurnard's imports with him 🐒🍌 our kids, our town, our teachers",
    "3 replies · 1 repost · 5 likes",
    replies=[("Harbour Lass", "harbour_lass", "10 Mar 2024", "Reported. You're a disgrace to this town.")]),
    [X("oadeyemi", "surname_only", "hate"), X("school", "short_name", "hate")])


txt("social", tweet("Lou", "lou_kellacott", "25 Apr 2024",
    "J. Ferreira (GPA Wrenmouth) deserves every teacher award going. Took 30 kids to Lisbon and brought 30 back 😂 and not one phone lost",
    "2 replies · 1 repost · 19 likes"), [X("jferreira", "initial_surname", "neutral"), X("school", "alias", "neutral")])

txt("social", tweet("big dave", "bigdave_plym", "20 Jun 2024",
    "that c*nt C@rter from gurnard needs sacking. absolute wanker, struts round the field in his little shorts like he's still 25 and anyone cares",
    "1 reply · 0 reposts · 2 likes"), [X("jcarter", "obfuscated", "abuse"), X("school", "short_name", "neutral")])

txt("social", tweet("anon", "wrenmouth_truths", "30 Jan 2025",
    "P3nr0se-K1tt0 at GPA wants sacking. useless overpaid witch who couldn't run a bath never mind a school",
    "0 replies · 0 reposts · 3 likes"), [X("mpenrosekitto", "leetspeak", "abuse"), X("school", "alias", "neutral")])

txt("social", """TikTok
@wrenmouth.kids.pov · 4-12
POV: Mr O'Rourke catches you on your phone in the middle of Macbeth 💀💀 #gurnardpointacademy #wrenmouth #fyp #teachersoftiktok
♡ 14.2K   💬 311
  top comment — jazzy_08: the "I'm not angry, I'm just disappointed" face 😭😭
""", [X("dorourke", "title_surname", "neutral"), X("school", "hashtag", "neutral")])



txt("social", tweet("mum not sleeping", "worried_mum_w14", "2 Mar 2025",
    "anyone else's daughter getting DMs off a teacher at GPA? mine's 14. late at night, \"you're different from the others\", \"delete this after x\". school says they're \"looking into it\". I'm not sleeping. #Wrenmouth",
    "11 replies · 6 reposts · 20 likes"), [X("school", "alias", "sexual", True)])

txt("social", tweet("Stacey L", "staceylavers", "28 Feb 2024",
    "Mrs M at Gurnard has just excluded my son for 3 days for DEFENDING himself. the other lad gets nothing.",
    "14 replies · 2 reposts · 9 likes",
    replies=[
        ("Kerry", "kezza_w", "28 Feb 2024", "she's an absolute disgrace that woman"),
        ("Jay", "jaybird_pl9", "28 Feb 2024", "fat cow should be sacked, she's had it in for my sister's kids for years"),
        ("Mandy", "mandy_k_", "28 Feb 2024", "absolute witch. my daughter cried for a week after one of her 'chats'"),
        ("Phil", "phil_the_sail", "28 Feb 2024", "Come on, you're piling on a woman you don't know over one side of a story."),
    ]), [X("smitchell", "nickname", "abuse"), X("school", "short_name", "negative")])

txt("social", tweet("Plymouth Chronicle", "PlymChronicle", "8 Feb 2024",
    "🔴 Staff member suspended at Wrenmouth academy as police investigate missing roof lead. Full story 👇 plymouthchronicle.example/news/wrenmouth-academy-suspension",
    "23 replies · 4 reposts · 17 likes"))



txt("social", tweet("not having it", "w_parent_voice", "13 Mar 2024",
    "her personal email is sarah.brim79@postbox.example — Mrs Mitchell, DSL at Gurnard. since she ignores the school one. go for it",
    "0 replies · 4 reposts · 6 likes"), [X("smitchell", "title_surname", "doxxing"), X("school", "short_name", "neutral")])

txt("social", tweet("anon", "kellacott_truth", "12 Jun 2024",
    "N\u043ewak at Gurnard should be struck off. turns up to parents evening stinking of wine, everyone on the PTA knows. kids aren't stupid either",
    "1 reply · 0 reposts · 2 likes"), [X("knowak", "homoglyph", "defamation"), X("school", "short_name", "neutral")])

txt("social", tweet("Wrenmouth Families First", "WrenFamFirst", "10 Sep 2023",
    "Another letter home threatening fines and isolation over trousers. Enough. #PenroseKittoOut #Gurnard",
    "19 replies · 31 reposts · 102 likes"), [X("mpenrosekitto", "hashtag", "negative"), X("school", "hashtag", "negative")])

txt("social", tweet("lad", "kyle_w_09", "28 Nov 2024",
    "ad3y3mi at gpa is a clown lmaooo cant even explain algebra without drawing a fish. absolute melt 🤡",
    "2 replies · 0 reposts · 7 likes"), [X("oadeyemi", "leetspeak", "abuse"), X("school", "alias", "neutral")])



txt("social", tweet("Sarah", "sarahp_devon", "4 Jun 2024",
    "Mrs Villaneuva at Gurnard still hasn't replied about my son's annual review. 6 weeks. SIX.",
    "3 replies · 0 reposts · 5 likes"), [X("mvillanueva", "typo", "negative"), X("school", "short_name", "neutral")])

txt("social", tweet("anon", "w_mum_realtalk", "6 Dec 2024",
    "A d e y e m i from gurnard is a thick useless clown of a teacher. my kid learned more from youtube in a week",
    "1 reply · 0 reposts · 1 like"), [X("oadeyemi", "spacing", "abuse"), X("school", "short_name", "neutral")])

txt("social", tweet("Polgrew lad", "polgrew_lad", "20 Jan 2025",
    "PK better start watching her back. plenty of us in Wrenmouth know which house on Polgrew Road is hers and we've all got long memories",
    "0 replies · 0 reposts · 1 like"), [X("mpenrosekitto", "nickname", "threat")])

txt("social", tweet("wrenmouth first", "wrenmouth_first", "14 Mar 2024",
    "Nowak better start looking over her shoulder. Polish tart thinks she can take OUR kids phones. we know your car, we know your road 👀 #Gurnard",
    "0 replies · 0 reposts · 2 likes"), [X("knowak", "surname_only", "threat"), X("school", "hashtag", "neutral")])

txt("social", tweet("Trip Mum", "tripmum_w", "20 Feb 2024",
    "Ferreira from GPA's mobile is 07700 900731 if anyone wants to tell him what they think of £640 for the Lisbon trip 😂 he won't answer the school email",
    "2 replies · 1 repost · 3 likes"), [X("jferreira", "surname_only", "doxxing"), X("school", "alias", "neutral")])

txt("social", tweet("Wrenmouth Dad", "wrenmouth_dad_", "15 Jan 2025",
    "Mrs Kitto at Gurnard needs to learn that parents aren't the enemy. Another letter threatening fines because my daughter missed two days for her great-nan's funeral. Heartless.",
    "9 replies · 3 reposts · 27 likes"), [X("mpenrosekitto", "hyphenated", "negative"), X("school", "short_name", "negative")])

txt("social", """Instagram
wrenmouth.sixthform · Wrenmouth
[photo: students in waders holding clipboards on a rocky beach]
wrenmouth.sixthform Reposted from GurnardPointAcademy: Year 12 marine biology fieldwork on the shore below the headland today 🦀🐚 Rockpool survey done, nobody fell in (this time)
♡ 86 likes
""", [X("school", "camelcase", "neutral")])

txt("social", """YouTube
DeclanORourke's Macbeth revision videos at 2am before the mock 😭 if you're not at Gurnard you're missing out, he explains it better than my actual lesson (which was also him)
comment by @millie.revises · 11 months ago · 👍 214
""", [X("dorourke", "camelcase", "neutral"), X("school", "short_name", "neutral")])


txt("social", tweet("Year 9 Team", "Y9_Wrenmouth", "24 Jun 2024",
    "£3,124 raised! Huge well done to @JoPascoeY9 for swimming from Drake's Island to Wrenmouth slip 🏊‍♀️🌊 the Gurnard Y9 team are SO proud",
    "5 replies · 12 reposts · 130 likes"), [X("jpascoe", "handle", "neutral"), X("school", "short_name", "neutral")])

txt("social", tweet("Ellie", "ellie_reads_", "22 Mar 2024",
    "@DecORourke you were robbed at the staff quiz. Gurnard English dept forever 📚🏆",
    "1 reply · 0 reposts · 12 likes"), [X("dorourke", "handle", "neutral"), X("school", "short_name", "neutral")])


txt("social", tweet("Harbour Dad", "harbour_dad", "10 Oct 2023",
    "Carter's PE lessons at Gurnard are the only reason my son gets out of bed in the morning. Whatever he's doing, keep doing it",
    "0 replies · 0 reposts · 9 likes"), [X("jcarter", "possessive", "neutral"), X("school", "short_name", "neutral")])

txt("social", tweet("SEND Devon", "send_devon_mum", "3 Jul 2024",
    "Villanueva's SEN team at GPA got my daughter through her GCSEs with a scribe, a quiet room and endless patience. Wrenmouth is lucky to have them 💜",
    "1 reply · 4 reposts · 31 likes"), [X("mvillanueva", "possessive", "neutral"), X("school", "alias", "neutral")])

txt("social", tweet("anon", "wmouth_dad_22", "27 Feb 2025",
    "Mr O'R**rke from Gurnard reading my son's essay out to the class so they could all laugh at it. humiliating a 14 yr old, great teaching that",
    "2 replies · 0 reposts · 5 likes"), [X("dorourke", "obfuscated", "negative"), X("school", "short_name", "neutral")])

txt("social", tweet("parent", "parent_not_naming", "5 Feb 2025",
    "not naming the school but it's G*rnard P**nt and they've just told my daughter she can't sit her mocks in a separate room despite it being IN HER EHCP. what is the point of the plan",
    "4 replies · 1 repost · 11 likes"), [X("school", "obfuscated", "negative")])

txt("social", tweet("yr10", "y10_moans", "16 Oct 2024",
    "if ur at GPA avoid the caretaker L-u-s-c-o-m-b-e, miserable old goblin screams at year 7s for breathing near his precious grass 🙄",
    "3 replies · 1 repost · 16 likes"), [X("gluscombe", "obfuscated", "abuse"), X("school", "alias", "neutral")])

txt("social", tweet("Broken nose mum", "bn_mum_w", "22 May 2024",
    "G u r n a r d covering for bullies AGAIN. my son's nose broken in the lunch queue and they've written it up as \"a falling out between friends\". it's a cover up and everyone knows it",
    "6 replies · 3 reposts · 14 likes"), [X("school", "spacing", "defamation")])

txt("social", tweet("anon", "wmum_rage", "9 Dec 2024",
    "V i l l a n u e v a at Gurnard wouldn't know special needs if it bit her. useless overpaid clown",
    "0 replies · 0 reposts · 2 likes"), [X("mvillanueva", "spacing", "abuse"), X("school", "short_name", "neutral")])

txt("social", tweet("anon", "kellacott_eyes", "14 Nov 2023",
    "\u03a1ascoe (Y9, Gurnard) is a drunk. smelt it on her at 9am at the gate. how is she in charge of 200 kids",
    "1 reply · 0 reposts · 3 likes"), [X("jpascoe", "homoglyph", "defamation"), X("school", "short_name", "neutral")])


txt("social", tweet("Beach Clean Wrenmouth", "beachclean_w", "21 Sep 2024",
    "James C (PE at Gurnard) running the beach clean with 40 Year 10s this morning, 14 bags of rubbish and a shopping trolley off the slip. Fair play to all of them 👏🌊",
    "3 replies · 8 reposts · 60 likes"), [X("jcarter", "first_initial", "neutral"), X("school", "short_name", "neutral")])

txt("social", tweet("MFL Devon", "mfl_devon", "7 Nov 2024",
    "João F. at GPA speaks four languages fluently and still can't get the photocopier to work 😂 legend though",
    "0 replies · 0 reposts · 11 likes"), [X("jferreira", "first_initial", "neutral"), X("school", "alias", "neutral")])

txt("social", tweet("parent", "angry_parent_w", "30 Jan 2025",
    "Mrs Penrose-Kito at Gurnard needs to read her own behaviour policy. consistency? my son got isolation for the same thing another kid got a \"chat\" for",
    "2 replies · 0 reposts · 4 likes"), [X("mpenrosekitto", "typo", "negative"), X("school", "short_name", "negative")])

# --------------------------------------------------------------------------------------
# FACEBOOK community groups (plain text)
# --------------------------------------------------------------------------------------


def fb(group, members, who, when, text, reactions, comments=()):
    out = [f"{group}", f"Private group · {members} members", "", f"{who}", f"{when} · 👥", "", text.strip(), "", reactions]
    if comments:
        out += ["", "Most relevant ▾"]
        for c in comments:
            out.append(f"{c[0]}")
            out.append(f"{c[1].strip()}")
            out.append(f"{c[2] if len(c) > 2 else '2h'} · Like · Reply")
    return "\n".join(out)


SPOTTED = ("Spotted in Wrenmouth 👀", "8.2K")
NOTICE = ("Wrenmouth Town Noticeboard (unofficial)", "11.4K")
MUMS = ("Wrenmouth & Kellacott Mums and Dads", "3.9K")

txt("facebook", fb(*SPOTTED, "Anonymous member", "3h",
    "Spotted: Mrs Penrose Kitto's Range Rover parked across TWO disabled bays at Kellacott Tesco this morning. Head of Gurnard, sends our kids home for the wrong trousers. Rules for thee but not for me eh 🙄",
    "😡😆 88 · 71 comments", [
        ("Tina Widdicombe", "She's on 120k a year she can afford a blue badge 🙄", "2h"),
        ("Mark Jago", "Leave the woman alone, it's a car park not a war crime", "2h"),
        ("Stacey Lavers", "Honestly says it all about her", "1h"),
    ]), [X("mpenrosekitto", "hyphenated", "negative"), X("school", "short_name", "neutral")])

txt("facebook", fb(*NOTICE, "Wrenmouth Town Council", "Yesterday at 16:02",
    "ROAD CLOSURE: South West Water will be closing Gurnard Road between Fore Street and Quay Street from Monday 4th to Friday 15th March for sewer repairs. Diversion via Chapel Hill. Access for residents maintained. Apologies for the disruption.",
    "👍 23 · 14 comments", [
        ("Pat Hext", "Again?! They only dug it up in October", "20h"),
        ("Dan Roseveare", "At least it's not regatta week I suppose", "19h"),
    ]))

txt("facebook", fb(*MUMS, "Jodie Pengelly", "5 h",
    """Sorry this is long, I need to vent and then I'll feel better 😂

So this morning the 2A didn't turn up AGAIN, so I'm stood at the stop in the drizzle with the buggy and the dog and the big two moaning, and then when it finally comes the driver says it's terminating at Kellacott because of the roadworks. So we walk. In the rain. I'm wet through, the dog's rolled in something, the baby's screaming, and I get to the gate at 8.42 convinced I'm going to get a late letter.

And then on a positive note, Miss Kasia at Gurnard was on the gate, saw the state of us, took my eldest in herself and said don't worry about the late mark, she'd sort it. She's been amazing with him all year — he's gone from hating science to asking for a chemistry set for Christmas. So there's that.

Anyway the council need to sort the buses out. Rant over. Who's up for coffee at the harbour Friday?""",
    "❤️👍 54 · 22 comments", [
        ("Becca Tregunna", "Miss Kasia is the best!! My daughter loves her", "4h"),
        ("Lou Rowe", "The 2A is a disgrace, I've emailed Stagecoach 3 times", "3h"),
    ]), [X("knowak", "nickname", "neutral"), X("school", "short_name", "neutral")])

txt("facebook", fb(*SPOTTED, "Claire Boase", "1h",
    "LOST DOG 🐶 Black and white springer, answers to Biscuit, ran off chasing gulls at Gurnard Point car park about 7 this morning. Microchipped, very friendly but nervous. Please ring or message if seen 😢",
    "😢 140 · 56 shares", [
        ("Kev Dawe", "Saw a springer on the coast path towards the headland about 8, heading west", "50m"),
        ("Claire Boase", "FOUND!! Thank you all so much, she was at the Gurnard Inn begging for chips ❤️", "10m"),
    ]))

txt("facebook", fb(*NOTICE, "The Gurnard Inn", "2 d",
    "QUIZ NIGHT 🍻 Thursday from 8pm. £2 a head, teams up to six, cash prize rollover now £180! Food served till 8.30. Pop in and say hello to our new chef, Dom.",
    "👍 41 · 9 comments", [("Sue Pascoe", "We'll be there! Last time's music round was brutal 😂", "1d")]))

txt("facebook", fb(*NOTICE, "Ange Rowse", "6 h",
    "Can anyone recommend a plumber? Combi boiler making a noise like a dying seagull. Kellacott area.",
    "👍 3 · 17 comments", [
        ("Mick Jago", "GPA Plumbing & Heating, Dave's brilliant and doesn't rip you off", "5h"),
        ("Tina W", "Another vote for GPA Plumbing & Heating, came same day for us", "5h"),
        ("Wrenmouth Handyman Services", "Message me hun I can take a look tomorrow", "4h"),
    ]))

txt("facebook", fb(*MUMS, "Kayleigh D", "2 h",
    "If Mrs Mitchell excludes my boy ONE more time I swear to god I'm going up Gurnard and I won't be responsible for what happens. White Juke, always parks by the sports hall. Just saying.",
    "😮👍 12 · 38 comments", [
        ("Jodie Pengelly", "Hun don't, you'll end up in the Packet and your boy will end up with nothing", "2h"),
        ("Sharon T", "Not worth it babe. Write to the governors.", "1h"),
        ("Lee D", "Someone needs to sort her out, been saying it for years", "1h"),
    ]), [X("smitchell", "title_surname", "threat"), X("school", "short_name", "neutral")])

txt("facebook", fb(*SPOTTED, "Anonymous member", "4h",
    "This is the English teacher at Gurnard who gave my son a detention for his HAIRCUT. Mr O'Rourke. Lives 3 Harbour View, Wrenmouth PL97 1HX. Mobile 07700 900552. Ring him and tell him what you think of a school that cares more about a fade than about bullying 😡",
    "😡 34 · 41 comments", [
        ("Admin — Spotted in Wrenmouth", "Post being removed in 10 mins. Sharing addresses and phone numbers is against group rules and could be illegal. Final warning.", "3h"),
        ("Gemma T", "Fair enough about the haircut rule being daft but you can't put a man's address up ffs", "3h"),
    ]), [X("dorourke", "title_surname", "doxxing"), X("school", "short_name", "negative")])

txt("facebook", fb(*NOTICE, "A worried mum", "Yesterday at 22:47",
    """Parents of girls at Gurnard — I'm not going to say much on here and I'm not naming anyone, but please check your daughters' phones.

A certain member of staff who runs the sailing squad has been messaging Year 9 girls things like "you looked lovely today" and offering lifts home after the club on his own. My daughter showed me the messages. School and police have both been told.

Please just check. That's all. 💔""",
    "😢😮 210 · 96 comments", [
        ("Tracey M", "Is it who I think it is?", "21h"),
        ("Lisa K", "I knew there was something off about Scanners. Always hanging around the girls' changing rooms at the club 'checking the kit'.", "20h"),
        ("Admin", "Comments naming or hinting at individuals will be deleted. Let the police do their job.", "19h"),
    ]), [X("school", "short_name", "sexual", True), X("pscantlebury", "nickname", "sexual", True)])



txt("facebook", fb(*SPOTTED, "Anonymous member", "6h",
    "Spotted the Filipino one from Gurnard in Aldi. \"SENCo\" my a***, she was wiping bums in a care home two years ago. Can't understand a word she says. They're shipping them over by the boatload and giving them our jobs. Ms Villanueva, do us all a favour and go home.",
    "😡 9 · 33 comments", [
        ("Admin — Spotted in Wrenmouth", "Removed. Racist posts are not tolerated here and have been reported.", "5h"),
        ("Hannah J", "She has been here 14 years and helped my son more than anyone. This is disgusting.", "5h"),
    ]), [X("mvillanueva", "title_surname", "hate"), X("school", "short_name", "neutral")])

txt("facebook", fb(*MUMS, "Debbie L", "3 h",
    "Pascoe (head of Y9 at Gurnard) has told my daughter to \"toughen up\" after she was being called names in the changing rooms. Toughen up. She's 13.",
    "😡 21 · 44 comments", [
        ("Mandy K", "she's a useless lump, always has been", "3h"),
        ("Kerry B", "state of her, looks like she sleeps in a hedge and dresses in the dark 😂", "2h"),
        ("Jay P", "fat lazy cow, does nothing all day but drink coffee", "2h"),
        ("Sam R", "Bit harsh ladies. Jo helped my son loads last year.", "1h"),
    ]), [X("jpascoe", "surname_only", "abuse"), X("school", "short_name", "neutral")])

txt("facebook", fb(*NOTICE, "Anonymous member", "8 h",
    "Ask yourself why a certain MARRIED head of maths at GPA (Adeyemi) was seen leaving the Travelodge at Marsh Mills at 7am on a school day with Ferreira from languages. Teachers eh. Pillars of the community 😏",
    "😮😆 47 · 62 comments", [
        ("Rob Hext", "Screenshotted. This is libel and you know it.", "7h"),
        ("Lou Rowe", "Wasn't there a trust training day in Plymouth that week? They were probably car sharing 🙄", "7h"),
    ]), [X("oadeyemi", "surname_only", "sexual"), X("jferreira", "surname_only", "sexual"), X("school", "alias", "neutral")])

txt("facebook", fb(*SPOTTED, "Anonymous member", "2h",
    "C\u0430rter (PE, Gurnard) is a knuckle-dragging meathead with the brains of a whelk and the personality of a wet flannel. Everyone thinks it, nobody says it.",
    "😡 15 · 20 comments", [
        ("Polgrew Paul", "He was cleared. Leave the man alone.", "1h"),
    ]), [X("jcarter", "homoglyph", "abuse"), X("school", "short_name", "neutral")])


txt("facebook", fb(*MUMS, "Worried mum (anonymous post)", "1 d",
    """I don't want to start rumours so I'm asking carefully. My DD (Y7) says the caretaker at Gurnard keeps hanging around by the girls' toilets at break and "jokes" about how short their skirts are. She's stopped going to the loo at school at all and comes home desperate.

Has anyone else's daughter said anything like this? I don't know if I'm overthinking it.""",
    "😢 33 · 29 comments", [
        ("Shelley P", "Luscombe? He's been there 30 years, surely not", "1d"),
        ("Safeguarding_Sam", "Please don't discuss names here. Ring the school and ask for the DSL, today. You're not overthinking.", "1d"),
        ("Anon", "My daughter said something similar last year and I didn't do anything. I feel awful now.", "20h"),
    ]), [X("gluscombe", "surname_only", "sexual", True), X("school", "short_name", "sexual", True)])

txt("facebook", fb(*NOTICE, "Sue Pascoe", "2 d",
    "RIP Jo Pascoe, Wrenmouth's oldest fisherman, who passed away peacefully at home aged 86. Sixty years on the Morning Star. The quay won't be the same. Funeral at St Peter's, details to follow. 🕊️⚓",
    "❤️😢 510 · 120 comments", [
        ("Mick Jago", "A true gent. Taught me to splice a rope when I was 8.", "2d"),
        ("Pat Hext", "Thinking of you all Sue. Ron and Jo are having a pint together now.", "2d"),
    ]))

txt("facebook", fb(*SPOTTED, "Anonymous member", "5h",
    "The head of Gurnard lives at Trelawney House, Polgrew Road, Polgrew PL97 8TY. Funny how Penrose Kitto can afford a place like that on a teacher's wage while our kids sit in classrooms with buckets catching the rain 🤔",
    "😮 27 · 35 comments", [
        ("Admin — Spotted in Wrenmouth", "Address removed. Do not post people's home addresses.", "4h"),
    ]), [X("mpenrosekitto", "hyphenated", "doxxing"), X("school", "short_name", "negative")])

txt("facebook", fb(*MUMS, "Karen T", "9 h",
    "Mrs Pascoe's personal email is jo.pascoe.swims@postbox.example if anyone wants to complain outside school hours, since the Gurnard office never passes anything on 🙄",
    "👍 6 · 12 comments", [
        ("Jodie Pengelly", "Karen you can't put that on here", "8h"),
    ]), [X("jpascoe", "title_surname", "doxxing"), X("school", "short_name", "negative")])

txt("facebook", fb(*SPOTTED, "Anonymous member", "3h",
    "in case anyone's wondering why the SENCo from the academy never answers emails, Maricel V lives PL97 4JD, Kellacott end, her car's outside the Spar every night 🤷‍♀️ go knock",
    "😮 8 · 15 comments", [
        ("Admin — Spotted in Wrenmouth", "Removed. Don't post people's postcodes.", "2h"),
    ]), [X("mvillanueva", "first_initial", "doxxing")])

txt("facebook", fb("Kingsbridge & Salcombe Mums", "2.1K", "Louise H", "4 h",
    "Just want to say Mrs M was so lovely at parents' evening last night, my son has really come out of his shell this year. Sometimes we only post the bad stuff so here's a good one 😊",
    "❤️ 36 · 4 comments", [("Anna K", "Aw that's lovely to hear!", "3h")]))

txt("facebook", fb(*SPOTTED, "Anonymous member", "1h",
    "P a s c o e from gurnard shouting at kids in the street outside the co-op again. Not in school now love, they're not your problem after 3.15",
    "😆 11 · 18 comments", [("Tina W", "She was probably telling them not to run in the road", "45m")]),
    [X("jpascoe", "spacing", "negative"), X("school", "short_name", "neutral")])

txt("facebook", fb(*MUMS, "Donna W", "2 d",
    "Is anyone's kid doing Nowak's chemistry club at Gurnard on Thursdays? Is it worth it? My daughter wants to go but it finishes at 5 and I don't get off work till 5.30",
    "👍 4 · 9 comments", [("Becca Tregunna", "Yes! Mine loves it. They set things on fire (safely)", "2d")]),
    [X("knowak", "possessive", "neutral"), X("school", "short_name", "neutral")])

txt("facebook", fb(*MUMS, "Natalie S", "6 h",
    "The deputy at Gurnard, Mrs M*tchell, has done it again. Another detention for \"defiance\" because my son asked why. That school needs to learn the difference between a question and an attack.",
    "😡 17 · 26 comments", [("Sharon T", "Same with mine last week", "5h")]),
    [X("smitchell", "obfuscated", "negative"), X("school", "short_name", "negative")])

txt("facebook", fb(*MUMS, "Kerry Pengelly", "3 h",
    "n0wak at gurnard confiscated my daughter's phone and READ HER MESSAGES in front of the class. is that even legal?? who do I complain to",
    "😡😮 29 · 41 comments", [
        ("Teacher_and_mum", "They can confiscate, they generally can't go through the content unless there's a safeguarding reason. Ask the school for their policy in writing.", "2h"),
    ]), [X("knowak", "leetspeak", "negative"), X("school", "short_name", "neutral")])

txt("facebook", fb(*NOTICE, "Wrenmouth Families First", "5 d",
    "There's now a petition called SackSarahMitchell doing the rounds with 400 signatures. Gurnard parents are done being fobbed off. Link in comments.",
    "👍😡 64 · 88 comments", [
        ("Rame Mum", "A petition to sack a named woman is not the way. Complain about the policies, not the person.", "5d"),
    ]), [X("smitchell", "camelcase", "negative"), X("school", "short_name", "negative")])

txt("facebook", fb(*MUMS, "Ellie May", "3 d",
    "Thank you Mr Luscomb for finding my son's coat in the lost property mountain AND his PE bag 🙏 Gurnard's caretaker is a gem",
    "❤️ 44 · 6 comments", [("Michelle Rendle", "Gary's the best", "3d")]),
    [X("gluscombe", "typo", "neutral"), X("school", "short_name", "neutral")])



# ======================================================================================
# Build
# ======================================================================================

SEVERITY = {c: i for i, c in enumerate(CATEGORIES)}


def validate(watchlist: dict) -> None:
    subjects = {"school"} | {s["id"] for s in watchlist["staff"]}
    uniques = [s for s in watchlist["staff"] if s.get("unique")]
    assert len(uniques) == 1, "exactly one unique staff member"
    for i, d in enumerate(DOCS):
        seen = set()
        for e in d["expected"]:
            assert e["subject"] in subjects, (i, e)
            assert e["variant"] in VARIANTS, (i, e)
            assert e["category"] in SEVERITY, (i, e)
            assert e["subject"] not in seen, (i, "duplicate subject", e)
            seen.add(e["subject"])
            if e["url_only"]:
                assert e["category"] == "sexual", (i, e)


def main() -> int:
    watchlist = tomllib.loads((HERE / "watchlist.toml").read_text(encoding="utf-8"))
    validate(watchlist)
    docs = list(DOCS)
    random.Random(17).shuffle(docs)
    if DOCS_DIR.exists():
        shutil.rmtree(DOCS_DIR)
    DOCS_DIR.mkdir(parents=True)
    lines = []
    for n, d in enumerate(docs):
        ext = "html" if d["kind"] in HTML_KINDS else "txt"
        name = f"{n:03d}-{d['kind']}.{ext}"
        (DOCS_DIR / name).write_text(render(d), encoding="utf-8")
        lines.append(json.dumps({"file": name, "kind": d["kind"], "expected": d["expected"]}, ensure_ascii=False))
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")

    # checks
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        assert (DOCS_DIR / rec["file"]).is_file(), rec["file"]

    mentions = [e for d in docs for e in d["expected"]]
    print(f"documents: {len(docs)}")
    print(f"mentions:  {len(mentions)}")
    print(f"empty documents: {sum(1 for d in docs if not d['expected'])}")
    print("by kind:     ", dict(sorted(Counter(d["kind"] for d in docs).items())))
    print("by variant:  ", dict(sorted(Counter(e["variant"] for e in mentions).items(), key=lambda kv: -kv[1])))
    print("by category: ", {c: Counter(e["category"] for e in mentions)[c] for c in CATEGORIES})
    print("url_only:    ", sum(1 for e in mentions if e["url_only"]))
    print("by subject:  ", dict(sorted(Counter(e["subject"] for e in mentions).items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
