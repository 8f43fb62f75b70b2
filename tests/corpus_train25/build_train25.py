#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train25 evaluation corpus for repwatch.

Setting
-------
Haverby Harbour Academy ("Harbour", "Harbour Academy", "HHA", formerly "Skelton Road
School" / "Skelton Road Comprehensive") is an invented 11-16 academy in Haverby, an
invented fishing and food-processing town on the Lincolnshire side of the Humber, with the
seaside suburb of Saltholme, the Toft Marsh and Kelsey Bank estates and the village of
Aylesthorpe.  It belongs to the invented Humber Coast Learning Trust (HCLT).  Town life
runs on the fish docks, the Coldwater Foods and Brinemark frozen-food plants, night shifts
and Sunday league football.  Communities: long-standing local families (dialect: "me
mam", "our lass", "nowt", "mardy", "duck"), Polish, Latvian and Romanian families who came
for factory work, and a Kurdish family.  Postcodes use the non-existent HV district,
phone numbers the Ofcom drama ranges, and every domain ends in .example.

Staff (watchlist ids)
---------------------
rdunmorepike  Rachel Dunmore-Pike, Principal (maiden name Rachel Pike; hyphenated)
mdobbs        Michelle Dobbs, Vice Principal and DSL (maiden name Michelle Sowerby)
twojcik       Tomasz Wójcik, Head of Mathematics (accent; Polish)
iberzina      Ilze Bērziņa, EAL Coordinator (accents; Latvian; common Latvian name)
rkarimi       Rebwar Karimi, Teacher of Chemistry (Kurdish)
apopescu      Andrei Popescu, Head of Computing (Romanian; common name with namesakes)
hquibell      Horatio Quibell, Head of History (unique = true: counts wherever named;
              also a fishing-heritage writer)
mjohnson      Mark Johnson, Head of PE (very common name; many namesakes)
jmaltby       Jo Maltby, Head of Year 9 (short first name; alias Joanne Maltby)
dcoupland     Dean Coupland, Site Manager (also manages a Sunday league side)

Voices
------
Local paper (Haverby Evening Telegraph), a weekly (Saltholme & Coast Advertiser), a
regional site (LincsWire), a schools trade site, Trust board minutes, the Haverby Talk town
forum, the LineTalk food-factory workers' forum, a parents' forum, a teachers' forum, a
Reddit-style board, a fishing heritage blog, other blogs, Google reviews, job-site staff
reviews, TikTok, X and Instagram comments, town Facebook groups (Community Noticeboard,
Haverby Past & Present, Saltholme Mums, Polacy w Haverby), a Sunday league football page.

Decoys
------
"harbour" as the ordinary word (the docks, Haverby harbour redevelopment, safe harbour,
to harbour a grudge), the Harbour Lights chippy, the Harbour Inn, the Haverby Harbour
Trust, the Harbour Academy of Dance, Harbour Recovery; "HHA" as Haverby Homes Association,
Historic Houses Association and Humber Hockey Association; "Skelton Road" the street;
"pike" the fish and the Pike trawler family; Maltby Fen and Maltby's Bakery; namesakes Mark
Johnson (a teenage striker, a scaffolder in court in another town, a plasterer, a trawlerman's
obituary, a councillor, a classmate in Australia), Andrei Popescu (a chef, a mechanic, a
factory footballer), Ilze Bērziņa (a Latvian basketball player), Soran Karimi (a restaurant
owner), a Mr Johnson at a primary school and a "Mrs Dobbs" at a school in Kent.

Labelling conventions
---------------------
One expected entry per subject per document: the easiest form present (exact > alias >
title_surname > the rest) and the worst category (threat > hate > sexual > doxxing >
defamation > abuse > negative > neutral).  The school is a subject only when the document
refers to the school itself; as a staff member's workplace it is neutral.  A non-unique
staff member counts only when the page ties them to the school.  Where a child may be
involved (messages to pupils, grooming signs, inappropriate contact) the category is
sexual and url_only is true for the staff member and for the school if it is named.
Condemnation, quoting abuse to condemn it, and news of the conviction of someone who
harassed a staff member are neutral for the victim.  Each entry carries, in this script
only, the exact form relied on; the checks fold case and accents and verify that the form
is present, that no easier form is present, that non-unique staff have school context, and
that no watchlist name appears in a document unless it is labelled or declared a decoy.
"""

import html
import json
import re
import sys
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
LABELS = HERE / "labels.jsonl"

SCHOOL_NAME = "Haverby Harbour Academy"
SCHOOL_SHORT = "Harbour"
SCHOOL_ALIASES = ["Harbour Academy", "HHA", "Skelton Road School", "Skelton Road Comprehensive"]
LOCALITY = ["Haverby", "Saltholme", "Toft Marsh", "Kelsey Bank", "Aylesthorpe"]
DOMAIN = "harbouracademy.example"
EXCLUDES = ["Harbour Academy of Dance", "Harbour Lights", "Harbour Inn", "Haverby Harbour Trust",
            "Haverby Homes Association", "Historic Houses Association", "Harbour Recovery"]

STAFF = {
    "rdunmorepike": {"name": "Rachel Dunmore-Pike", "aliases": ["Rachel Pike"], "surnames": ["Dunmore-Pike"], "unique": False},
    "mdobbs": {"name": "Michelle Dobbs", "aliases": ["Michelle Sowerby"], "surnames": ["Dobbs"], "unique": False},
    "twojcik": {"name": "Tomasz Wójcik", "aliases": [], "surnames": ["Wójcik"], "unique": False},
    "iberzina": {"name": "Ilze Bērziņa", "aliases": [], "surnames": ["Bērziņa"], "unique": False},
    "rkarimi": {"name": "Rebwar Karimi", "aliases": [], "surnames": ["Karimi"], "unique": False},
    "apopescu": {"name": "Andrei Popescu", "aliases": [], "surnames": ["Popescu"], "unique": False},
    "hquibell": {"name": "Horatio Quibell", "aliases": [], "surnames": ["Quibell"], "unique": True},
    "mjohnson": {"name": "Mark Johnson", "aliases": [], "surnames": ["Johnson"], "unique": False},
    "jmaltby": {"name": "Jo Maltby", "aliases": ["Joanne Maltby"], "surnames": ["Maltby"], "unique": False},
    "dcoupland": {"name": "Dean Coupland", "aliases": [], "surnames": ["Coupland"], "unique": False},
}

KINDS = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
VARIANTS = ["exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
            "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
            "obfuscated", "hashtag", "handle", "camelcase", "surname_only"]
TITLES = ["mr", "mrs", "ms", "miss", "mx", "dr", "sir"]


def fold(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold()
    return re.sub(r"\s+", " ", s)


def has_word(text_f, phrase):
    """Folded word-boundary search."""
    p = re.escape(fold(phrase))
    return re.search(r"(?<![\w])" + p + r"(?![\w])", text_f) is not None


# ---------------------------------------------------------------- label helpers
DOCS = []


def X(subject, variant, category, form, url_only=False):
    assert subject == "school" or subject in STAFF, subject
    assert variant in VARIANTS, variant
    assert category in CATEGORIES, category
    return {"subject": subject, "variant": variant, "category": category, "url_only": url_only, "form": form}


def add(kind, content, exp=(), others=()):
    assert kind in KINDS
    DOCS.append({"kind": kind, "content": content, "exp": list(exp), "others": list(others)})


# ---------------------------------------------------------------- chrome
def pick(pool, key, n):
    h = sum((i + 1) * ord(c) for i, c in enumerate(key))
    out = []
    for i in range(len(pool)):
        item = pool[(h + i * 7) % len(pool)]
        if item not in out:
            out.append(item)
        if len(out) == n:
            break
    return out


HEADLINES = [
    "Haverby harbour redevelopment: councillors approve £14m plan for new fish market",
    "Night-time roadworks on Docks Road to last six weeks",
    "Brinemark Foods confirms 40 new jobs at Humber Bank plant",
    "Saltholme promenade bins 'overflowing every weekend', say traders",
    "Trawler skipper's medal returns home after 80 years",
    "Police appeal after quad bikes seen on Saltholme dunes",
    "Coldwater Foods pay offer rejected by union members",
    "New bus timetable cuts evening service to Aylesthorpe",
    "Fish & chip shop named best in county for third year",
    "Kelsey Bank community centre gets lottery boost",
    "Missing dog found safe after two days on the mudflats",
    "Man admits stealing copper cable from Toft Marsh substation",
    "Plans for 300 homes on former ice factory site go on display",
    "Tributes paid to former lifeboat coxswain, 91",
    "Haverby Town FC sign winger on loan",
    "Storm warning: coastal path closed between Saltholme and the point",
    "Polish deli celebrates ten years on Freeman Street West",
    "Council tax to rise by 4.99 per cent, budget meeting told",
    "Humber ferry trial 'a success', say operators",
    "Street party planned to mark 150 years of No. 2 Fish Dock",
]

COOKIE = "We use cookies to personalise content and ads and to analyse our traffic. By clicking Accept you agree to our use of cookies. Manage preferences | Accept all"

NEWS_SITES = {
    "telegraph": {
        "name": "Haverby Evening Telegraph", "domain": "haverbytelegraph.example",
        "nav": ["News", "Haverby", "Saltholme", "Docks & Fishing", "Sport", "What's On", "Jobs", "Family Notices", "Subscribe"],
        "footer": "© Humberside Local Media Ltd. Regulated by IPSO. Newsdesk: 01632 960 100 · newsdesk@haverbytelegraph.example · 14 Victoria Quay, Haverby HV1 2ZZ",
    },
    "advertiser": {
        "name": "Saltholme & Coast Advertiser", "domain": "coastadvertiser.example",
        "nav": ["Home", "Local News", "Community", "Sport", "Letters", "Property", "Motors", "E-edition"],
        "footer": "Saltholme & Coast Advertiser is published every Thursday. © Coast Weeklies 2025. Advertising: 01632 960 230.",
    },
    "lincswire": {
        "name": "LincsWire", "domain": "lincswire.example",
        "nav": ["Latest", "Lincoln", "Boston", "Haverby", "Skegby", "Court", "Education", "Business", "Opinion"],
        "footer": "LincsWire — independent news for Lincolnshire and the Humber. About · Complaints · Privacy · Terms",
    },
    "schoolsbrief": {
        "name": "Schools Brief", "domain": "schoolsbrief.example",
        "nav": ["News", "Accountability", "Ofsted", "MATs", "Funding", "SEND", "Jobs", "Events"],
        "footer": "Schools Brief — news for school leaders. © Learning Media Ltd. Editorial standards · Contact",
    },
}


def esc(s):
    return html.escape(s, quote=False)


def para_html(p):
    if p.startswith("## "):
        return f"<h2>{esc(p[3:])}</h2>"
    if p.startswith("> "):
        return f"<blockquote><p>{esc(p[2:])}</p></blockquote>"
    if p.startswith("- "):
        items = "".join(f"<li>{esc(x.strip()[2:])}</li>" for x in p.split("\n") if x.strip())
        return f"<ul>{items}</ul>"
    return "<p>" + esc(p).replace("\n", "<br>") + "</p>"


def page(title, site_name, domain, nav, main_html, sidebar_html, footer, lang="en-GB"):
    navh = "".join(f'<li><a href="https://{domain}/{re.sub(r"[^a-z]+", "-", n.lower()).strip("-")}">{esc(n)}</a></li>' for n in nav)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {esc(site_name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://{domain}/static/site.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<div class="cookie-banner" role="dialog"><p>{esc(COOKIE)}</p></div>
<header class="masthead"><a class="logo" href="https://{domain}/">{esc(site_name)}</a>
<nav><ul>{navh}</ul></nav>
<form class="search" action="https://{domain}/search"><input name="q" placeholder="Search"></form>
</header>
<main>
{main_html}
</main>
<aside class="sidebar">
{sidebar_html}
</aside>
<footer><p>{esc(footer)}</p><p><a href="https://{domain}/privacy">Privacy</a> · <a href="https://{domain}/cookies">Cookie settings</a> · <a href="https://{domain}/contact">Contact us</a></p></footer>
</body>
</html>
"""


def news(site, title, byline, date, paras, comments=(), standfirst=None, section="News", tags=()):
    s = NEWS_SITES[site]
    body = "".join(para_html(p) for p in paras)
    sf = f'<p class="standfirst">{esc(standfirst)}</p>' if standfirst else ""
    tg = ""
    if tags:
        tg = '<ul class="tags">' + "".join(f"<li>{esc(t)}</li>" for t in tags) + "</ul>"
    com = ""
    if comments:
        items = "".join(
            f'<li class="comment"><span class="author">{esc(u)}</span> <time>{esc(t)}</time><p>{esc(c)}</p></li>'
            for u, t, c in comments)
        com = f'<section class="comments"><h3>{len(comments)} comments</h3><p class="rules">Comments are moderated. Keep it civil.</p><ol>{items}</ol></section>'
    main_html = f"""<article>
<p class="breadcrumb">{esc(s['name'])} › {esc(section)}</p>
<h1>{esc(title)}</h1>
{sf}
<p class="byline">By {esc(byline)} · {esc(date)}</p>
<div class="share">Share: Facebook · X · WhatsApp · Email</div>
<div class="article-body">{body}</div>
{tg}
<div class="newsletter">Get the day's top stories from {esc(s['name'])} in your inbox. Sign up</div>
{com}
</article>"""
    heads = pick(HEADLINES, title, 5)
    sidebar = "<h3>Most read</h3><ol>" + "".join(f"<li><a href='#'>{esc(h)}</a></li>" for h in heads) + "</ol><div class='ad'>Advertisement</div>"
    return page(title, s["name"], s["domain"], s["nav"], main_html, sidebar, s["footer"])


FORUM_SITES = {
    "haverbytalk": {"name": "Haverby Talk", "domain": "haverbytalk.example",
                    "nav": ["Forums", "What's new", "Local news", "Lost & found", "Trades", "Members", "Log in", "Register"],
                    "footer": "Haverby Talk is run by volunteers. Not affiliated with the council. Forum software © 2025."},
    "linetalk": {"name": "LineTalk — the food-processing workers' forum", "domain": "linetalk.example",
                 "nav": ["Boards", "Shifts & rotas", "Agency work", "Pay & unions", "Health & safety", "Off topic", "Search"],
                 "footer": "LineTalk: by line workers, for line workers. Posts are the views of members, not of any employer or union."},
    "parentnet": {"name": "ParentNet", "domain": "parentnet.example",
                  "nav": ["Talk", "Education", "Secondary", "SEN", "Am I being unreasonable?", "Relationships", "Local"],
                  "footer": "ParentNet © 2025. Please report any post that breaks our talk guidelines."},
    "staffroom": {"name": "Staffroom Forum", "domain": "staffroom.example",
                  "nav": ["Forums", "Workplace dilemmas", "Leadership", "Subjects", "Jobs", "Supply", "Wellbeing"],
                  "footer": "Staffroom Forum — community discussion for teachers and support staff. Moderation policy · Privacy"},
    "threadit": {"name": "threadit", "domain": "threadit.example",
                 "nav": ["Home", "Popular", "All", "r/Haverby", "r/Lincolnshire", "r/TeachingUK"],
                 "footer": "threadit Inc. · User agreement · Content policy · Privacy"},
}


def post_html(text):
    out = []
    for block in text.split("\n\n"):
        if block.startswith("> "):
            q = "\n".join(l[2:] if l.startswith("> ") else l for l in block.split("\n"))
            out.append("<blockquote>" + esc(q).replace("\n", "<br>") + "</blockquote>")
        else:
            out.append("<p>" + esc(block).replace("\n", "<br>") + "</p>")
    return "".join(out)


def forum(site, board, title, posts, views=None):
    s = FORUM_SITES[site]
    items = []
    for i, p in enumerate(posts):
        user, when, text = p[0], p[1], p[2]
        extra = p[3] if len(p) > 3 else ""
        items.append(
            f'<article class="post" id="post-{i + 1}"><div class="postbit"><span class="username">{esc(user)}</span>'
            f'<span class="usertitle">{esc(extra)}</span></div><div class="postmeta"><time>{esc(when)}</time> #{i + 1}</div>'
            f'<div class="postbody">{post_html(text)}</div><div class="postactions">Like · Quote · Reply · Report</div></article>')
    v = views if views is not None else 200 + 37 * len(posts) + len(title) * 11
    main_html = f"""<div class="breadcrumb">{esc(s['name'])} › {esc(board)}</div>
<h1 class="thread-title">{esc(title)}</h1>
<p class="thread-stats">{len(posts) - 1} replies · {v} views</p>
{''.join(items)}
<div class="reply-box">You must log in or register to reply here.</div>"""
    sidebar = "<h3>Similar threads</h3><ul>" + "".join(f"<li>{esc(h)}</li>" for h in pick(HEADLINES, title, 3)) + "</ul><h3>Members online</h3><p>42 members, 311 guests</p>"
    return page(title, s["name"], s["domain"], s["nav"], main_html, sidebar, s["footer"])


BLOG_SITES = {
    "tideandtrawl": {"name": "Tide & Trawl — Haverby fishing heritage", "domain": "tideandtrawl.example",
                     "nav": ["Home", "Trawlers", "Families", "The docks", "Oral histories", "Photo archive", "About"],
                     "footer": "Tide & Trawl is a volunteer heritage project. Photographs are shared for non-commercial use; ask before reusing."},
    "hclt": {"name": "Humber Coast Learning Trust", "domain": "hclt.example",
             "nav": ["About the Trust", "Our academies", "Governance", "Policies", "Vacancies", "Contact"],
             "footer": "Humber Coast Learning Trust is an exempt charity and a company limited by guarantee registered in England. Registered office: Trust House, Quay Street, Haverby HV1 4ZZ."},
    "wordpress": {"name": "", "domain": "", "nav": ["Home", "About", "Archive", "Contact"], "footer": "Powered by WordPress · Theme: Chalkboard"},
}


def blog(site, title, author, date, paras, comments=(), blog_name=None, blog_domain=None, categories=()):
    s = dict(BLOG_SITES[site])
    if blog_name:
        s["name"] = blog_name
    if blog_domain:
        s["domain"] = blog_domain
    body = "".join(para_html(p) for p in paras)
    com = ""
    if comments:
        items = "".join(
            f'<li class="comment"><b>{esc(u)}</b> <span class="date">{esc(t)}</span><p>{esc(c)}</p><a href="#">Reply</a></li>'
            for u, t, c in comments)
        com = f'<section id="comments"><h3>{len(comments)} thoughts on “{esc(title)}”</h3><ol>{items}</ol><h4>Leave a reply</h4><p>Your email address will not be published.</p></section>'
    cats = ", ".join(categories) if categories else "Uncategorised"
    main_html = f"""<article class="post">
<h1 class="entry-title">{esc(title)}</h1>
<p class="entry-meta">Posted on {esc(date)} by {esc(author)} · Filed under {esc(cats)}</p>
<div class="entry-content">{body}</div>
{com}
</article>"""
    sidebar = "<h3>Recent posts</h3><ul><li>Archive</li><li>Subscribe by email</li></ul><h3>Search</h3>"
    return page(title, s["name"], s["domain"], s["nav"], main_html, sidebar, s["footer"])


def txt(s):
    """Plain text doc: strip one leading newline and common indentation."""
    lines = s.strip("\n").split("\n")
    ind = min((len(l) - len(l.lstrip(" ")) for l in lines if l.strip()), default=0)
    return "\n".join(l[ind:] for l in lines).rstrip() + "\n"


# ================================================================ DOCUMENTS
# ---------------------------------------------------------------- NEWS (part 1)
add("news", news(
    "telegraph", "Haverby Harbour Academy told it 'requires improvement' after Ofsted visit",
    "Lauren Stainton, Education Reporter", "Thursday 6 March 2025, 5:12pm",
    [
        "Inspectors have rated Haverby Harbour Academy as 'requires improvement', the same grade it was given in 2021, despite finding that behaviour around the Skelton Road site has 'improved markedly'.",
        "The 11-16 school, which has around 1,150 pupils and is part of the Humber Coast Learning Trust, was visited over two days in January. The report, published this week, says leaders have 'an accurate view' of what needs to change but that the quality of education is 'too variable between subjects'.",
        "Inspectors praised the school's work with pupils who are learning English as an additional language, a group that now makes up almost a third of the roll. Many of those families moved to the town for work at the fish-processing and frozen-food plants on the Humber Bank.",
        "## 'We are not where we want to be'",
        "Principal Rachel Dunmore-Pike, who took over in September 2023, said: \"We are not where we want to be yet, and I won't pretend otherwise. But the inspectors saw a calmer school, and they saw children who feel safe. That is the foundation we are building on.\"",
        "The report found that safeguarding arrangements are effective. It singles out the work of the vice principal, Michelle Dobbs, in 'building strong relationships with local agencies' and says staff 'know pupils and their families well'.",
        "Attendance remains a concern. Persistent absence stands at 31 per cent, well above the national figure, and inspectors said that pupils who miss school 'fall further behind in mathematics and science in particular'.",
        "Some parents told the Telegraph the new behaviour policy had been too harsh. One mother from the Toft Marsh estate, who asked not to be named, said her son had spent 'more days in the isolation room than in lessons' during Year 8.",
        "The Trust's chief executive, Graham Tettley, said the board had 'full confidence' in the leadership team and that additional support from the Trust's maths and English leads would continue until at least next summer.",
        "The full report is available on the Ofsted website.",
    ],
    comments=[
        ("SkeltonRoadOldBoy", "6 March 2025 17:40", "Same grade as four years ago and they call it progress. Went there when it was the comp and it was better then."),
        ("mam_of_3_hv", "6 March 2025 18:02", "Dunmore-Pike has been there nearly two years and my eldest says it's got worse for lessons, not better. All they care about is shoes."),
        ("TrawlerTerry", "6 March 2025 19:15", "Credit where it's due, my granddaughter's English has come on miles since she came over from Riga. The EAL lot do a proper job."),
    ],
    standfirst="Inspectors say behaviour has 'improved markedly' but teaching is inconsistent",
    section="Education"),
    [X("school", "exact", "negative", "Haverby Harbour Academy"),
     X("rdunmorepike", "exact", "negative", "Rachel Dunmore-Pike"),
     X("mdobbs", "exact", "neutral", "Michelle Dobbs")])

add("news", news(
    "telegraph", "Exam board probes GCSE coursework at Haverby school as head of department is suspended",
    "Lauren Stainton, Education Reporter", "Tuesday 17 June 2025, 7:30am",
    [
        "An exam board is investigating suspected malpractice in GCSE computer science coursework at a Haverby secondary school, the Telegraph can reveal.",
        "The Humber Coast Learning Trust confirmed that Andrei Popescu, head of computing at Harbour Academy, has been suspended while the investigation takes place. Parents of Year 11 pupils were told in a letter on Friday that marks for the programming project submitted in the spring 'may need to be reviewed'.",
        "The letter, seen by the Telegraph, says the school 'identified concerns about the authentication of some non-examined work' and referred itself to the awarding body. It does not say what the concerns are.",
        "A source with knowledge of the investigation claimed that project files had been edited after pupils had signed declarations that the work was their own. The Trust would not comment on that claim.",
        "Mr Popescu, who has worked at the school since 2019, could not be reached for comment.",
        "One parent, whose daughter is due to sit her final papers this week, said: \"She's in bits. She did that project herself, she spent every dinner time in the computer room. Now she's being told her mark might be wiped because of something a teacher did. Nobody will tell us anything.\"",
        "A spokesperson for the Trust said: \"We take the integrity of examinations extremely seriously. As soon as concerns were raised we acted in line with the regulations, including self-reporting. It would be inappropriate to comment further while the process is ongoing. Suspension is a neutral act and implies no finding of wrongdoing.\"",
        "The exam board said it did not comment on individual centres.",
        "Results day for GCSE students in England is Thursday 21 August.",
    ],
    comments=[
        ("Bev_K", "17 June 2025 08:12", "Typical. Kids pay the price for adults cutting corners."),
        ("HVlocal77", "17 June 2025 09:40", "Innocent until proven guilty folks. Let the board do its job."),
    ],
    standfirst="Year 11 families told marks for programming project 'may need to be reviewed'",
    section="Education"),
    [X("school", "alias", "defamation", "Harbour Academy"),
     X("apopescu", "exact", "defamation", "Andrei Popescu")])

add("news", news(
    "lincswire", "Man jailed for campaign of racist threats against Haverby chemistry teacher",
    "Court reporter", "Friday 14 February 2025",
    [
        "A man who sent a stream of racist and threatening messages to a chemistry teacher has been jailed for 20 months.",
        "Craig Nettleship, 44, of Marram Close, Saltholme, pleaded guilty at Grimthorpe Crown Court to racially aggravated harassment and sending a threatening communication.",
        "The court heard that over five weeks last autumn Nettleship sent more than 60 messages to the Facebook and work email accounts of Rebwar Karimi, who teaches at Haverby Harbour Academy. Prosecutor Amy Cresswell said the messages included references to Mr Karimi's Kurdish heritage, claims that he had arrived in the country illegally, and a message saying he 'would not make it to Christmas'.",
        "Mr Karimi, who came to the UK as a student in 2009 and has been a British citizen since 2016, said in a victim personal statement read to the court that he had started varying his route to work and had stopped letting his children play in the front garden.",
        "\"I teach children from every background in this town,\" he wrote. \"I have always felt that Haverby was my home. For a few weeks a man I have never met made me feel like a stranger in it.\"",
        "Defending, Oliver Brumby said Nettleship had been drinking heavily after losing his job at a cold store and had 'latched on' to a rumour he read online. He had written a letter of apology.",
        "Sentencing, Recorder Jane Oughtibridge said the messages were 'vile, cowardly and designed to frighten'. She made a restraining order banning Nettleship from contacting Mr Karimi or going within 500 metres of the school for ten years.",
        "After the hearing, Detective Constable Sam Leggott said: \"Nobody should be targeted because of where they or their family come from. We would encourage anyone receiving messages like these to report them.\"",
    ],
    section="Court"),
    [X("school", "exact", "neutral", "Haverby Harbour Academy"),
     X("rkarimi", "exact", "neutral", "Rebwar Karimi")])

add("news", news(
    "telegraph", "Tears, hugs and top grades as Haverby pupils open GCSE results",
    "Nathan Cade", "Thursday 22 August 2024, 1:05pm",
    [
        "There were screams of delight on Skelton Road this morning as Year 11 pupils at Harbour Academy collected their GCSE results.",
        "The school said 58 per cent of pupils achieved a grade 4 or above in both English and maths, up from 49 per cent last year, with the biggest rise in maths.",
        "Head of mathematics Tomasz Wójcik, who introduced Saturday morning revision sessions in the run-up to the exams, said: \"These kids worked for it. Some of them came in on Saturdays after doing a Friday night shift packing fish fingers. I'm so proud of them I could burst.\"",
        "Among the high achievers was Emīlija Ozola, 16, who arrived from Latvia in Year 9 speaking very little English and left with three grade 9s. \"Miss Bērziņa basically lived in the library with us,\" she said. \"She never let me give up.\"",
        "Ilze Bērziņa, the school's EAL coordinator, said: \"Emīlija is an exceptional young woman, but there are dozens of stories like hers this morning. Languages are a strength, not a problem.\"",
        "Twins Kacper and Zofia Lewandowski both got grade 8 in maths, and Kurdish pupil Roj Hamid, whose family arrived in Haverby in 2021, secured a place on an engineering apprenticeship at the Humber Bank power station.",
        "Other schools in the area also reported improved results. Full coverage and a gallery of pictures from across the district is on our website.",
    ],
    comments=[
        ("ProudNan_HV", "22 August 2024 13:40", "Congratulations to all of them, especially the ones who did it in a second language. Amazing."),
        ("TruthTeller77", "22 August 2024 14:02", "Funny how the foreign kids walk off with the 9s. Wójcik and Bērziņa looking after their own as usual, Poles and Latvians marking for Poles and Latvians while English kids get left behind. This town isn't ours any more."),
        ("Marta_K", "22 August 2024 14:20", "GCSEs are marked by exam boards, not by teachers. Read a book."),
    ],
    section="Education"),
    [X("school", "alias", "neutral", "Harbour Academy"),
     X("twojcik", "exact", "hate", "Tomasz Wójcik"),
     X("iberzina", "exact", "hate", "Ilze Bērziņa")])

add("news", news(
    "advertiser", "Cup joy for Harbour under-15s in county final",
    "Sports desk", "Thursday 3 April 2025",
    [
        "Harbour Academy's under-15 footballers lifted the county schools cup for the first time in 22 years with a 3-2 win over Fenwold School at Saltholme Recreation Ground on Tuesday.",
        "Trailing 2-0 at half-time, the Haverby side turned the game around with goals from Dawid Nowak, Liam Stamp and a stoppage-time winner from substitute Ionuț Marin.",
        "Head of PE Mark Johnson said: \"At half-time I just told them to enjoy it, because they'd earned the right to be there. They were magnificent in the second half. Half the town was on that touchline and the noise was unbelievable.\"",
        "Mr Johnson paid tribute to site manager Dean Coupland, who drove the team minibus and, he said, 'knows more about football than I do'.",
        "The team now goes forward to the regional finals in May.",
        "In other school sport, Saltholme Sands Academy's netball team finished runners-up in the county tournament, and Aylesthorpe Primary won the small schools cross-country relay for the fourth year running.",
    ],
    section="Sport"),
    [X("school", "alias", "neutral", "Harbour Academy"),
     X("mjohnson", "exact", "neutral", "Mark Johnson"),
     X("dcoupland", "exact", "neutral", "Dean Coupland")])

add("news", news(
    "advertiser", "Standing room only as trawler stories bring Saltholme library to a standstill",
    "Community desk", "Thursday 23 January 2025",
    [
        "More than 120 people squeezed into Saltholme Library on Saturday afternoon for a talk about the lost trawler Boston Mallard and the 19 men who sailed on her.",
        "Local historian Horatio Quibell, whose grandfather was a deckhand on a sister ship, spent two years tracing the families of the crew. Many of their descendants were in the audience, some of them meeting for the first time.",
        "\"People think of the fishing as something in black and white photographs,\" Mr Quibell said. \"But the widows of these men were alive when I was a boy. Their grandchildren are sitting here today. This is not ancient history.\"",
        "The talk included recordings of former trawlermen speaking about the winter of 1968, when three ships were lost in a matter of weeks.",
        "Library manager Sandra Ellerby said: \"We had to turn people away. We'll be asking Horatio back in the spring, and we're looking at a bigger venue.\"",
        "Recordings made for the project will be deposited with the county archive.",
    ],
    section="Community"),
    [X("hquibell", "exact", "neutral", "Horatio Quibell")])

add("news", news(
    "telegraph", "LETTERS: The harbour plan throws away the town's soul",
    "Readers' letters", "Monday 10 February 2025",
    [
        "SIR — I have read the council's glossy brochure for the harbour redevelopment with growing dismay. Where the old ice house and the net lofts stand there will be 'a vibrant mixed-use waterfront' — which is to say flats nobody in Haverby can afford and a coffee chain.",
        "The net lofts are the last of their kind on this coast. My grandfather mended nets in them. Hundreds of Haverby families can tell the same story. Once they are gone they are gone, and no amount of heritage boards with cartoon fishermen will bring them back.",
        "I urge every reader to respond to the consultation before it closes on 28 February, and to ask why the listed building application was withdrawn the week before the planning committee met.",
        "HORATIO QUIBELL, Chandlers Row, Haverby",
        "## Your comments",
    ],
    comments=[
        ("DocksideDave", "10 February 2025 09:03", "Here we go again. Quibell wants the whole town kept in aspic so he can write his little books about it. Some of us need the jobs, you pompous old windbag."),
        ("Jen_Saltholme", "10 February 2025 09:51", "He's right about the net lofts though. Once they're gone they're gone."),
        ("Realist_HV", "10 February 2025 10:27", "Sick of this self appointed know-it-all lecturing everyone. Nobody elected him. Go and bore someone else Horatio."),
        ("Marjorie P", "10 February 2025 12:44", "Good letter. The harbour should be for the town not for developers."),
    ],
    section="Opinion"),
    [X("hquibell", "exact", "abuse", "HORATIO QUIBELL")])

add("news", news(
    "lincswire", "Parents march on academy gates over 'prison-style' uniform and isolation rules",
    "Education correspondent", "Monday 15 January 2024",
    [
        "Around 80 parents and carers gathered outside Haverby Harbour Academy on Friday afternoon to protest against a tougher behaviour policy introduced at the start of term.",
        "Placards read 'Education not isolation' and 'Our kids are not prisoners'. Several parents said children had been sent to an isolation room for wearing the wrong shoes, for having a coat on in the corridor or for failing to carry a pencil case.",
        "Organiser Shelley Wintringham, whose two children attend the school, said: \"Nobody is against good behaviour. But kids are missing whole days of learning for trivial stuff. Families on the estates can't afford a second pair of shoes every time one gets a scuff.\"",
        "Principal Rachel Dunmore-Pike met a small group of parents after the protest. In a statement she said the policy had been 'explained to families in detail before Christmas' and that the school had a fund to help with uniform costs.",
        "\"High expectations are a matter of fairness,\" she said. \"Children from Toft Marsh and Kelsey Bank deserve exactly the same calm classrooms as children anywhere else in the country.\"",
        "Mrs Dunmore-Pike said the number of pupils placed in isolation had fallen each week since the policy began.",
        "Ward councillor Pete Mumby, who attended the protest, said he would be writing to the Trust to ask for a review. \"There has to be room for common sense,\" he said.",
    ],
    section="Education"),
    [X("school", "exact", "negative", "Haverby Harbour Academy"),
     X("rdunmorepike", "exact", "negative", "Rachel Dunmore-Pike")])

add("news", news(
    "telegraph", "Police investigate racist graffiti daubed on school's science block",
    "Nathan Cade", "Wednesday 2 October 2024, 11:48am",
    [
        "Police are treating graffiti sprayed on the wall of a Haverby school's new science building as a racially aggravated hate crime.",
        "The words, which the Telegraph has chosen not to repeat, were found by staff at Haverby Harbour Academy early on Tuesday. They targeted a named teacher and referred to his Kurdish background.",
        "The school confirmed the graffiti referred to chemistry teacher Rebwar Karimi and said it had been removed before pupils arrived.",
        "In a message to parents, principal Rachel Dunmore-Pike said: \"This is a disgusting act aimed at a much-loved colleague. It does not represent our community and we will not tolerate it. We are working closely with the police.\"",
        "Humberside Police said officers were reviewing CCTV from Skelton Road and asked anyone with information to call 101 quoting log 112 of 1 October.",
        "Kurdish community organiser Dilan Aziz said families had been 'shaken' by the attack. \"Mr Karimi has taught half of our kids,\" she said. \"People are asking if it is safe.\"",
    ],
    comments=[
        ("Wendy_HV", "2 October 2024 12:10", "Shameful. Hope they catch whoever did it. My son thinks the world of Mr Karimi."),
        ("NorthBankNed", "2 October 2024 12:31", "Maybe if the school stopped importing teachers from every war zone going this kind of thing wouldn't happen. They brought it on themselves. Jobs for our own first."),
        ("Carol Ingamells", "2 October 2024 12:55", "Ned that comment is exactly the problem. Reported."),
    ],
    section="Crime"),
    [X("school", "exact", "hate", "Haverby Harbour Academy"),
     X("rkarimi", "exact", "hate", "Rebwar Karimi"),
     X("rdunmorepike", "exact", "neutral", "Rachel Dunmore-Pike")])

add("news", news(
    "schoolsbrief", "Coastal academy's exclusions triple in two years, figures show",
    "Hannah Rigby", "12 November 2024",
    [
        "A secondary academy in north-east Lincolnshire has tripled its rate of suspensions in two years after introducing a so-called 'warm-strict' behaviour regime, according to figures obtained by Schools Brief.",
        "Haverby Harbour Academy, part of the nine-school Humber Coast Learning Trust, issued 612 fixed-period suspensions in 2023-24, compared with 198 in 2021-22. Permanent exclusions rose from two to eleven.",
        "The figures place the school among the top five per cent of secondaries in England for suspensions per pupil.",
        "Rachel Dunmore-Pike, who became principal in September 2023 after serving as a vice principal at a London academy, told Schools Brief the rise reflected 'a period of resetting expectations' and that suspensions in the current term were 'already falling sharply'.",
        "But local SEND campaigners say children with additional needs have been disproportionately affected. \"We are hearing from families of autistic children who have been suspended for not making eye contact or for covering their ears,\" said Kerry Blanchard of Haverby SEND Parents.",
        "The Trust said every suspension was reviewed by a senior leader and that the school had recently appointed a specialist to lead inclusion.",
        "## Context",
        "Suspension rates nationally have risen to their highest level since records began. The Department for Education's behaviour guidance says exclusion should only be used 'as a last resort'.",
    ],
    section="Accountability"),
    [X("school", "exact", "negative", "Haverby Harbour Academy"),
     X("rdunmorepike", "exact", "negative", "Rachel Dunmore-Pike")])

add("news", news(
    "telegraph", "Drink-driver who crashed into bus shelter is jailed",
    "Court reporter", "Wednesday 29 January 2025, 4:20pm",
    [
        "A scaffolder who was more than three times the limit when he crashed his van into a bus shelter has been jailed for 16 weeks.",
        "Mark Johnson, 38, of Brackenholme Road, Thorncastle, admitted drink-driving and driving while disqualified when he appeared before magistrates.",
        "The court heard that Johnson's Transit van mounted the kerb on the A1098 near Thorncastle at around 11.30pm on 4 January. Nobody was in the shelter at the time.",
        "A breath test showed 118 micrograms of alcohol in 100 millilitres of breath. The legal limit is 35.",
        "Johnson, who had been banned from driving in 2022, told police he had 'only had a few' at a family party and was driving home to let his dog out.",
        "Magistrates also banned him from driving for five years.",
    ],
    section="Court"),
    [], others=["Mark Johnson", "Johnson"])

add("news", news(
    "telegraph", "Damp and mould: tenants say housing association is 'ignoring' complaints",
    "Nathan Cade", "Saturday 9 November 2024, 6:00am",
    [
        "Tenants on the Kelsey Bank estate say their homes are riddled with damp and mould, and that their landlord has ignored repeated requests for repairs.",
        "Haverby Homes Association (HHA), which manages around 3,400 homes in the town, said it had 'significantly increased' its repairs budget and was inspecting every property where damp had been reported.",
        "Mother-of-three Kayleigh Sowden showed the Telegraph black mould spreading across her children's bedroom ceiling. \"I've rung HHA eleven times,\" she said. \"They send someone out, he wipes it with bleach, and a fortnight later it's back.\"",
        "A neighbour, pensioner Brian Hewson, said his heating had failed twice since September. \"I'm 79. I sit in my coat.\"",
        "The HHA chief executive, Marcus Duffill, said: \"Every tenant deserves a safe, warm and dry home. We are sorry that some tenants on Kelsey Bank have not had the service they should expect.\"",
        "Councillors are due to question the association at a scrutiny meeting next month.",
    ],
    section="Haverby"),
    [], others=["HHA"])

add("news", news(
    "lincswire", "Stately homes throw open their doors for heritage weekend",
    "What's On", "Friday 6 September 2024",
    [
        "More than a dozen privately owned historic houses across Lincolnshire will open to visitors free of charge this weekend as part of a national heritage initiative.",
        "The scheme is coordinated by the Historic Houses Association, which represents around 1,500 independently owned houses, castles and gardens. An HHA spokesperson said the weekend was 'a chance to see places that are usually only open a few days a year'.",
        "Highlights include the Tudor long gallery at Westcote Hall near Bardney Fen and the walled kitchen garden at Ormsby Grange, where volunteers will be giving tours of the restored glasshouses.",
        "Some houses require visitors to book in advance. Details are on the HHA website.",
    ],
    section="What's On"),
    [], others=["HHA"])

add("news", news(
    "telegraph", "Family notices: Kenneth Ablewhite, former headmaster",
    "Family Notices", "Saturday 8 March 2025",
    [
        "ABLEWHITE Kenneth Arthur. Peacefully at St Hilda's Nursing Home, Saltholme, on 1 March 2025, aged 93.",
        "Headmaster of Skelton Road School, Haverby, from 1971 until his retirement in 1989. Beloved husband of the late Margaret, dear father of Susan and Richard, grandad of five and great-grandad of three.",
        "Ken taught metalwork and then geography before becoming head, and former pupils will remember him patrolling the yard in a sheepskin coat. He never forgot a name.",
        "Funeral service at Haverby Crematorium on Friday 21 March at 11am. Family flowers only please; donations if desired to the Haverby Fishermen's Mission.",
        "## Tributes",
        "- Hundreds of tributes on our Facebook page. 'Scariest man I ever met and the fairest' — Steve, class of '84.\n- 'He gave my dad a second chance when nobody else would' — Lorraine.",
    ],
    section="Family Notices"),
    [X("school", "alias", "neutral", "Skelton Road School")])

add("news", news(
    "advertiser", "Site manager Dean to swim the Humber for children's hospice",
    "Community desk", "Thursday 20 June 2024",
    [
        "A school site manager who 'can't resist a daft challenge' is to swim a two-mile stretch of the Humber estuary next month to raise money for a children's hospice.",
        "Dean Coupland, who looks after the buildings and grounds at Harbour Academy in Haverby, has been training in the sea off Saltholme at 6am every day since Easter.",
        "\"The kids think I've lost the plot,\" said the 47-year-old, who also manages Sunday league side Toft Marsh Tavern. \"But the hospice looked after my nephew and I promised our Becky I'd do something big.\"",
        "Pupils have already raised £1,400 through a non-uniform day and a cake sale organised by the school council.",
        "The swim, supervised by a support boat, is due to take place on 13 July, tides permitting.",
    ],
    section="Community"),
    [X("school", "alias", "neutral", "Harbour Academy"),
     X("dcoupland", "exact", "neutral", "Dean Coupland")])

add("news", news(
    "telegraph", "Teenager arrested after hoax bomb threat forces school evacuation",
    "Nathan Cade", "Monday 24 March 2025, 2:34pm",
    [
        "A 15-year-old boy has been arrested after a hoax bomb threat led to more than 1,000 pupils being evacuated from a Haverby school.",
        "Staff at Haverby Harbour Academy received a message through the school's website at about 8.50am on Monday saying a device had been left in the building and would 'go off at break'.",
        "Pupils were moved to the playing fields and then to the neighbouring Kelsey Bank community centre while police searched the site. Nothing suspicious was found and pupils returned to lessons shortly after midday.",
        "Humberside Police said the boy had been arrested on suspicion of making a bomb hoax and sending a malicious communication. He has been released on bail while inquiries continue.",
        "In a letter to families, the school said: \"We know this morning will have been frightening for many children and parents. Our staff responded calmly and quickly and I want to thank them, and the police, for their professionalism.\"",
        "Parents gathered at the gates as news spread on social media. Amanda Pettit, whose daughter is in Year 7, said: \"You hear 'bomb' and your heart stops. But the school kept us updated the whole time.\"",
    ],
    section="Crime"),
    [X("school", "exact", "neutral", "Haverby Harbour Academy")])

add("news", news(
    "lincswire", "Romanian street-food star brings his grill to Lincoln's Cornhill",
    "Food & Drink", "Saturday 12 October 2024",
    [
        "Andrei Popescu built a cult following for his mici and covrigi at festivals across the Midlands. Now the 34-year-old chef from Cluj has opened his first permanent kitchen, in a former bank on Lincoln's Cornhill.",
        "\"My grandmother made mici every Sunday,\" Popescu says, turning skinless sausages over charcoal. \"In Romania this is what you eat with a cold beer and your friends. I wanted Lincoln to have that.\"",
        "The menu is short: grilled meats, a smoky aubergine salad, polenta with sour cream and cheese, and papanași — fried doughnuts with jam and sour cream — for dessert.",
        "Popescu came to the UK in 2013 and worked in kitchens in Nottingham and Leicester before buying a food truck in 2019.",
        "Grill & Carpați opens Wednesday to Sunday from noon.",
    ],
    section="Business"),
    [], others=["Andrei Popescu", "Popescu"])

add("news", news(
    "telegraph", "Drums, dancing and bonfire smoke as school marks Kurdish new year",
    "Lauren Stainton", "Friday 21 March 2025, 3:15pm",
    [
        "The smell of bonfire smoke drifted across the playing field at Haverby Harbour Academy today as pupils and families celebrated Newroz, the Kurdish new year.",
        "The event was organised by chemistry teacher Rebwar Karimi and a group of Year 10 pupils, with help from the school's EAL department. Pupils performed a traditional circle dance and families brought food to share.",
        "\"Newroz is about spring, about new beginnings and about freedom,\" Mr Karimi told the crowd. \"In this school we have children whose families come from Kurdistan, Poland, Latvia, Romania, Lithuania and from three streets away. Today everyone is Kurdish.\"",
        "Year 10 pupil Zhyan Salih said: \"I never thought I'd see Newroz at school. My mum cried.\"",
        "The school plans to hold similar events for Latvian Midsummer and Romanian Mărțișor next year.",
    ],
    comments=[
        ("Lisa Furniss", "21 March 2025 16:02", "Lovely pictures. Well done to everyone involved."),
        ("Patriot_Pete_HV", "21 March 2025 16:40", "Bonfires on a school field run by a bloke who turned up on the back of a lorry. This is what happens when you let fighting age men walk in unchecked. Haverby is disappearing one 'celebration' at a time."),
        ("Jan Kowalczyk", "21 March 2025 17:05", "Pete he has been a teacher here ten years. Give it a rest."),
    ],
    section="Education"),
    [X("school", "exact", "neutral", "Haverby Harbour Academy"),
     X("rkarimi", "exact", "hate", "Rebwar Karimi")])

add("news", news(
    "schoolsbrief", "Job of the week: Teacher of Science (Chemistry), Haverby Harbour Academy",
    "Schools Brief Jobs", "Posted 3 February 2025 · Closes 24 February 2025",
    [
        "Humber Coast Learning Trust · Haverby, Lincolnshire · Full time, permanent · MPS/UPS + TLR opportunities for the right candidate",
        "Haverby Harbour Academy is an improving 11-16 school serving a proud, diverse fishing town on the Humber. We are looking for an enthusiastic chemist to join a science department that moved into a brand-new £3m building last year.",
        "You will join a team led by an experienced head of science, with a chemistry specialist, Rebwar Karimi, who will mentor you in your first year. We welcome applications from ECTs.",
        "- Laboratory technician support in every practical lesson\n- Two non-contact hours a week above PPA in your first year\n- Free gym membership through the Trust's wellbeing offer",
        "Informal visits are warmly welcomed. Please contact the school office on 01632 960418 or recruitment@harbouracademy.example.",
        "The academy is committed to safeguarding and promoting the welfare of children. Successful candidates will be subject to an enhanced DBS check. Safeguarding enquiries may be directed to our Designated Safeguarding Lead, Michelle Dobbs.",
    ],
    section="Jobs"),
    [X("school", "exact", "neutral", "Haverby Harbour Academy"),
     X("rkarimi", "exact", "neutral", "Rebwar Karimi"),
     X("mdobbs", "exact", "neutral", "Michelle Dobbs")])

add("news", news(
    "telegraph", "Teachers at Haverby academy vote for strike action over workload",
    "Lauren Stainton", "Wednesday 7 May 2025, 6:45pm",
    [
        "Teachers at a Haverby secondary school have voted overwhelmingly to strike in a dispute over workload and what their union calls a 'culture of surveillance'.",
        "Members of the National Education Union at Harbour Academy backed action by 91 per cent on a turnout of 78 per cent. Three days of strikes are planned for later this month.",
        "Union rep Gemma Tarbotton said staff were being asked to log every detention, phone call and piece of homework on a tracking system, and that lesson 'drop-ins' by senior leaders had become 'relentless'.",
        "\"Teachers here go above and beyond for these children,\" she said. \"What they can't do is keep working sixty-hour weeks under a microscope. People are leaving, and that hurts the kids most.\"",
        "The school said it was 'disappointed' by the ballot result and remained open to talks. It said workload had been reduced through a new centralised detention system and shared lesson resources.",
        "Parents will be told next week which year groups will be affected.",
    ],
    comments=[
        ("Gemma_parent", "7 May 2025 19:10", "Support the teachers. My daughter's English teacher is on her third job this year because the last two left."),
        ("KBlad", "7 May 2025 19:48", "Teachers aren't the problem. Dunmore-Pike is. Somebody should drag her out of that office by her hair and see how she likes being 'dropped in on'. She'll get hers one day, people round here don't forget."),
        ("ModTeam", "7 May 2025 20:05", "Comment above reported to moderators."),
    ],
    section="Education"),
    [X("school", "alias", "negative", "Harbour Academy"),
     X("rdunmorepike", "surname_only", "threat", "Dunmore-Pike")])


# ---------------------------------------------------------------- NEWS (part 2)
add("news", news(
    "advertiser", "Tavern clinch the title on a day of drama at Toft Marsh",
    "Sunday League round-up by Gaz Holgate", "Thursday 15 May 2025",
    [
        "TOFT MARSH TAVERN 3 SALTHOLME ROVERS 1. The Tavern are Haverby & District Sunday League champions for the first time since 2009 after coming from behind in front of a big crowd on the rec.",
        "Rovers took the lead against the run of play when keeper Tony Blyth spilled a cross, but the home side were level before the break when 19-year-old Mark Johnson lashed in from the edge of the box. The young striker, who only joined from Aylesthorpe Colts in January, added a second with a diving header on the hour and set up Callum Dring for the third.",
        "Tavern boss Dean Coupland, better known to half the town's teenagers as the site manager up at Harbour, was doused in a bucket of ice water at the final whistle. \"I've waited sixteen years for this,\" he said. \"I'm going to sleep for a week and then I'm going to go in Monday and fix a leaking boiler. Glamour.\"",
        "Rovers manager Stu Ingall was gracious in defeat. \"Best team won the league. That young lad Johnson will be playing at a higher level soon, mark my words.\"",
        "## Elsewhere",
        "Kelsey Bank Social 2 Fishdock Athletic 2: A point apiece in a bruising encounter. Wojtek Zieliński scored both for Social.\n\nAylesthorpe Arms 0 Brinemark FC 5: The factory side finish the season in style, with Latvian midfielder Artūrs Kalniņš bagging a hat-trick.",
        "Cup final: Toft Marsh Tavern v Brinemark FC, Sunday 25 May, 10.30am at Saltholme Recreation Ground.",
    ],
    section="Sport"),
    [X("school", "short_name", "neutral", "Harbour"),
     X("dcoupland", "exact", "neutral", "Dean Coupland")],
    others=["Mark Johnson", "Johnson"])

add("news", news(
    "lincswire", "Harbour redevelopment: planners back £14m fish market despite heritage objections",
    "Local democracy reporter", "Wednesday 5 March 2025",
    [
        "Councillors have approved plans for a new £14m fish market and waterfront development at Haverby harbour, despite more than 300 objections.",
        "The scheme, put forward by the Haverby Harbour Trust with the council, will see the 1930s ice house and a row of net lofts on the east quay demolished to make way for a covered market hall, 120 flats, a hotel and a public square overlooking the water.",
        "Trust chief executive Alan Kirkby told the planning committee that the harbour 'cannot survive as a museum'. \"Landings are up, the boats are coming back, but the buildings are failing. We need somewhere fit for the twenty-first century to sell fish.\"",
        "Objectors, including the Victorian Society and a local heritage group, argued that the net lofts should be restored and reused. Cllr Sheila Brocklesby said the design 'could be anywhere from Aberdeen to Falmouth'.",
        "The vote was carried by seven votes to four. Work could start in the autumn.",
        "A separate application to extend the harbour car park on to land at the end of Skelton Road was deferred.",
    ],
    section="Haverby"),
    [])

add("news", news(
    "telegraph", "Parents fume as school trip to Kraków is axed two weeks before departure",
    "Nathan Cade", "Tuesday 11 February 2025, 8:10pm",
    [
        "Families who paid up to £480 each for a school trip to Poland say they have been left out of pocket and their children heartbroken after it was cancelled with two weeks' notice.",
        "Forty-two pupils from Harbour Academy had been due to fly from Humberside Airport to Kraków at February half-term for a four-day visit including the Wieliczka salt mine and the Auschwitz-Birkenau memorial.",
        "A letter sent to parents on Friday said the trip could not go ahead because 'staffing ratios could not be met'. Refunds would be made 'as soon as possible', it said, but some parents claim they have been told airline costs cannot be recovered.",
        "Dad-of-two Ryan Cussons said: \"We scrimped for this. My lad's been doing extra shifts at the chippy. And now it's 'sorry, can't get the staff'? They've known the dates since last March.\"",
        "The trip's organiser, a maths teacher who grew up near Kraków, is understood to have been as upset as the families. A school spokesperson said it was 'exploring every option' to rearrange the visit for the summer.",
    ],
    comments=[
        ("Agnieszka_HV", "11 February 2025 20:31", "Mr Wójcik was devastated, my daughter said he nearly cried telling them. He planned this for a year. It's not his fault, it's management."),
        ("SaltholmeSue", "11 February 2025 20:45", "Typical of that place. All mouth about 'high expectations' and then can't organise a coach trip."),
        ("Gary B", "11 February 2025 21:02", "Get your money back through the card company, worked for us with a different school."),
    ],
    section="Education"),
    [X("school", "alias", "negative", "Harbour Academy"),
     X("twojcik", "title_surname", "neutral", "Mr Wójcik")])

add("news", news(
    "schoolsbrief", "Trust chief speaks out after principal targeted in online pile-on",
    "Hannah Rigby", "21 January 2024",
    [
        "The chief executive of a Lincolnshire academy trust has condemned a wave of online abuse directed at one of its principals, saying some posts 'crossed the line into criminality'.",
        "Graham Tettley, CEO of the Humber Coast Learning Trust, said Rachel Dunmore-Pike, principal of Haverby Harbour Academy, had been subjected to hundreds of abusive comments since introducing a stricter behaviour policy in September.",
        "Posts in local Facebook groups had called her a 'jumped-up Londoner' and worse, he said, and one had published what it claimed was her home address. That post was removed after the Trust contacted the platform.",
        "\"Parents are entitled to disagree with a policy and to say so, loudly,\" Mr Tettley said. \"What is not acceptable is threatening a woman at her home or abusing her for where she comes from. We have reported several posts to the police.\"",
        "Leaders' unions say online abuse of heads has become routine. A survey last year found two in five school leaders had been targeted on social media in the previous twelve months.",
        "Mrs Dunmore-Pike declined to be interviewed but said in a statement that she was 'grateful for the hundreds of kind messages from families'.",
    ],
    section="Leadership"),
    [X("school", "exact", "neutral", "Haverby Harbour Academy"),
     X("rdunmorepike", "exact", "neutral", "Rachel Dunmore-Pike")])

add("news", news(
    "lincswire", "Mother banned from contacting teacher after months of harassment",
    "Court reporter", "Thursday 27 June 2024",
    [
        "A mother who bombarded her son's head of year with abusive messages and posted her home address online has been made the subject of a two-year restraining order.",
        "Tracey Gaunt, 41, of Wharf Terrace, Haverby, admitted harassment without violence when she appeared before magistrates.",
        "The court heard that Gaunt became angry after her 14-year-old son was suspended from Harbour Academy last November. Over the following four months she sent dozens of messages to the teacher, Jo Maltby, and posted about her in several local Facebook groups, including one post that gave the street where Miss Maltby lived and the make of her car.",
        "Prosecutor Liam Fotherby said Miss Maltby had had to move in with relatives for two weeks.",
        "Gaunt's solicitor said she had been under 'enormous pressure' and accepted her behaviour was 'completely out of order'.",
        "As well as the restraining order, Gaunt was fined £300 and ordered to pay £85 costs and a £120 victim surcharge.",
    ],
    section="Court"),
    [X("school", "alias", "neutral", "Harbour Academy"),
     X("jmaltby", "exact", "neutral", "Jo Maltby")])

add("news", news(
    "telegraph", "'A building worthy of our kids': £3m science block opens at Haverby academy",
    "Lauren Stainton", "Friday 13 September 2024, 12:20pm",
    [
        "Pupils at Haverby Harbour Academy have started the new school year in a £3m science building with six laboratories, a rooftop weather station and a greenhouse.",
        "The two-storey block, funded by the Department for Education's school rebuilding programme, replaces 1960s prefabricated classrooms that had been condemned as unsafe.",
        "Chemistry teacher Rebwar Karimi said the old labs had leaked so badly that he kept a bucket by the fume cupboard. \"The kids used to call it the swimming pool,\" he said. \"Now we've got a lab I'd have been proud to work in at university.\"",
        "The project was finished a fortnight ahead of schedule. Principal Rachel Dunmore-Pike credited site manager Dean Coupland, who she said had 'practically lived on site all summer'.",
        "The building was formally opened by the Mayor of Haverby, Cllr Rita Olley, whose late father was a pupil at the school when it was Skelton Road Comprehensive.",
    ],
    comments=[
        ("HV_Nan", "13 September 2024 13:02", "Lovely building. About time those kids had somewhere decent."),
        ("NorthBankNed", "13 September 2024 13:30", "Shiny new lab for Karimi. Labs are dangerous places. Gas taps, chemicals, fires. Accidents happen, don't they. Just saying."),
        ("Carol Ingamells", "13 September 2024 13:44", "Reported, Ned."),
    ],
    section="Education"),
    [X("school", "exact", "neutral", "Haverby Harbour Academy"),
     X("rkarimi", "exact", "threat", "Rebwar Karimi"),
     X("rdunmorepike", "exact", "neutral", "Rachel Dunmore-Pike"),
     X("dcoupland", "exact", "neutral", "Dean Coupland")])

add("news", news(
    "advertiser", "LETTERS: Bus behaviour, harbour parking and a thank-you",
    "Readers' letters", "Thursday 28 November 2024",
    [
        "## Bus is a misery after 3pm",
        "I have caught the 45 from town to Saltholme for thirty years and I have never known it as bad as it is now. Every afternoon a crowd of Harbour kids piles on at Skelton Road, swearing, feet on seats, music blaring from their phones. Last week an elderly lady was nearly knocked over. I do not blame the driver, who has to put up with it. I blame whoever is supposed to be teaching these children manners. Somebody at that school needs to get on a bus one afternoon and see what their pupils are like. — J. Ranby, Saltholme",
        "## Harbour car park charges",
        "Why should residents pay £6 a day to park by the harbour when the boats bring hardly anything in on a weekday and the spaces are empty? The council should think again. — Name and address supplied",
        "## Thank you to a stranger",
        "On Saturday I collapsed outside the Post Office on Freeman Street West. A young man in a Brinemark fleece stayed with me until the ambulance came and then disappeared before I could thank him. If you are reading this: thank you. — Doreen Maltas, Kelsey Bank",
    ],
    section="Letters"),
    [X("school", "short_name", "negative", "Harbour")])

add("news", news(
    "schoolsbrief", "OPINION: The cult of 'warm-strict' has a new high priestess, and Haverby's children are paying",
    "Opinion · Dennis Whitlam", "3 February 2025",
    [
        "Dennis Whitlam taught in comprehensive schools for 34 years and was head of a secondary in Hull.",
        "Every few years our profession finds a new way to confuse cruelty with rigour. The current fashion is 'warm-strict', and few people embody it more perfectly than Rachel Dunmore-Pike, principal of Haverby Harbour Academy.",
        "I have read her behaviour policy. It runs to 41 pages. It specifies the colour of a child's socks. It contains a flowchart for pencil cases. It is the work of a jumped-up martinet with a clipboard where her conscience should be, a woman who has mistaken a fishing town on the Humber for a parade ground.",
        "Ms Dunmore-Pike likes to say that children from poor estates deserve the same calm classrooms as children anywhere else. Quite right. What they do not deserve is to be sent home for a scuffed shoe by a headteacher who has clearly never had to choose between shoes and the gas meter.",
        "Her supporters will say that the figures are improving. Suspensions tripled and are now, we are told, 'falling sharply'. I am sure they are. It is remarkable how quickly the numbers fall once the children who do not fit have left.",
        "I do not doubt that Ms Dunmore-Pike works hard. Zealots usually do. But somebody at the Humber Coast Learning Trust should ask whether a school that has lost a third of its teachers in two years is a school that is improving, or merely one that has become very good at looking as if it is.",
        "The views expressed are the author's own.",
    ],
    section="Opinion"),
    [X("school", "exact", "negative", "Haverby Harbour Academy"),
     X("rdunmorepike", "exact", "abuse", "Rachel Dunmore-Pike")])

add("news", news(
    "lincswire", "EXCLUSIVE: Whistleblower claims academy 'massaged' attendance figures before inspection",
    "Investigations team", "Monday 31 March 2025",
    [
        "A former member of staff at a Haverby secondary school has alleged that senior leaders instructed staff to record absent pupils as being educated off-site in the weeks before an Ofsted inspection.",
        "The whistleblower, who worked in the attendance office at Haverby Harbour Academy until last summer, told LincsWire that around 40 pupils with poor attendance were coded as attending 'approved educational activity' when they were at home.",
        "They claim the instruction came from vice principal Michelle Dobbs, who oversees attendance as well as safeguarding. \"She stood in the office and said, 'These ones are on the alternative provision list now,'\" the whistleblower said. \"Some of those kids had never set foot in alternative provision. We all knew what it was for.\"",
        "LincsWire has seen a spreadsheet, which the whistleblower says was kept by the office, listing pupils alongside the code used. We have not been able to verify independently how the codes were applied.",
        "The Humber Coast Learning Trust said it 'categorically rejects' the allegations. \"Attendance coding at the academy has been audited by the local authority and found to be accurate. Ms Dobbs is a highly respected senior leader and these claims are untrue.\"",
        "The Department for Education said it would look at any evidence passed to it.",
    ],
    section="Education"),
    [X("school", "exact", "defamation", "Haverby Harbour Academy"),
     X("mdobbs", "exact", "defamation", "Michelle Dobbs")])

add("news", news(
    "telegraph", "Former pupil, 17, sentenced for punching teacher in street",
    "Court reporter", "Wednesday 4 December 2024, 3:50pm",
    [
        "A 17-year-old who punched a maths teacher in the face outside a Haverby supermarket has been given a 12-month youth rehabilitation order.",
        "The youth, who cannot be named for legal reasons, admitted assault by beating at Haverby Youth Court.",
        "The court heard he recognised his former teacher, Tomasz Wójcik, in the car park of the Kelsey Bank Co-op on a Saturday in September and shouted at him about a detention he had been given two years earlier at Harbour Academy.",
        "When Mr Wójcik tried to walk away, the boy followed him and punched him once, knocking off his glasses. Shoppers intervened.",
        "In a statement, Mr Wójcik said he bore the boy 'no ill will' and hoped he would 'use this as a chance to turn things round'. He asked the court not to impose a custodial sentence.",
        "District Judge Naomi Frow said the teacher's response was 'remarkably generous' and told the youth he was lucky.",
    ],
    section="Court"),
    [X("school", "alias", "neutral", "Harbour Academy"),
     X("twojcik", "exact", "neutral", "Tomasz Wójcik")])

add("news", news(
    "telegraph", "Family notices: Mark Johnson, trawlerman",
    "Family Notices", "Saturday 19 October 2024",
    [
        "JOHNSON Mark William ('Jonno'). Passed away peacefully at home in Saltholme on 10 October 2024, aged 84, after a short illness.",
        "Mark went to sea at fifteen as a deckie learner on the St Amandus and spent 38 years on distant-water and then near-water trawlers out of Haverby, finishing as skipper of the Ross Kittiwake. After the fishing he worked as a night watchman on the docks until he was 70.",
        "Devoted husband of Pat for 61 years, much loved dad of Carol, Mark junior and the late Stephen, grandad of seven and great-grandad of four.",
        "Funeral at St Peter's Church, Saltholme, on Tuesday 29 October at 1.30pm, followed by a celebration of his life at the Fishermen's Club. All who knew him welcome. Donations to the RNLI.",
        "'Fair winds, Jonno. You've hauled your last net.'",
    ],
    section="Family Notices"),
    [], others=["Mark Johnson", "Johnson"])

add("news", news(
    "advertiser", "History teacher and pupils bring 1950s lifeboat back from the dead",
    "Community desk", "Thursday 12 September 2024",
    [
        "A rotting wooden lifeboat that spent 40 years in a farmer's barn near Aylesthorpe is back on the water after a three-year restoration by volunteers and schoolchildren.",
        "The Aylesthorpe Lass, built in 1953 as a ship's lifeboat for a Haverby trawler, was relaunched in the harbour on Sunday in front of several hundred people.",
        "The project was led by Horatio Quibell, head of history at Harbour Academy, who persuaded the farmer to part with the boat for £1 and recruited a team of retired shipwrights and a rotating crew of Year 9 pupils.",
        "\"Some of these kids had never held a plane or a chisel,\" Mr Quibell said. \"By the end they were arguing with 80-year-old boat builders about the right way to scarf a plank. That's education.\"",
        "The boat will be moored in the harbour over the summer and used for heritage trips.",
    ],
    section="Community"),
    [X("school", "alias", "neutral", "Harbour Academy"),
     X("hquibell", "exact", "neutral", "Horatio Quibell")])

add("news", news(
    "lincswire", "EAL funding squeeze leaves coastal schools 'running on goodwill'",
    "Education correspondent", "Tuesday 8 October 2024",
    [
        "Schools on the Humber bank that have seen large rises in the number of pupils learning English say extra funding falls far short of what they spend.",
        "At Haverby Harbour Academy, almost one in three pupils speaks English as an additional language, with Polish, Latvian, Romanian, Lithuanian and Kurdish Sorani the most common home languages.",
        "The school's EAL coordinator, Ilze Bērziņa, runs a team of two teaching assistants for more than 350 pupils. Funding for EAL is only paid for three years after a child arrives in an English school, she said, though many need support for much longer.",
        "\"A child can chat in the playground after six months,\" Ms Bērziņa said. \"Writing a GCSE history essay about the causes of the First World War is a different thing. The funding stops just when the academic language really matters.\"",
        "The Department for Education said schools received 'over £600 million' a year for EAL through the national funding formula.",
    ],
    section="Education"),
    [X("school", "exact", "neutral", "Haverby Harbour Academy"),
     X("iberzina", "exact", "neutral", "Ilze Bērziņa")])

add("news", news(
    "telegraph", "Police investigate claims teacher sent messages to pupil",
    "Nathan Cade", "Tuesday 10 June 2025, 9:15pm",
    [
        "Police are investigating claims that a member of staff at a Haverby secondary school sent inappropriate messages to a pupil on social media.",
        "The Humber Coast Learning Trust confirmed that a member of staff at Haverby Harbour Academy had been suspended and said it was 'cooperating fully' with police and the local authority designated officer.",
        "A Humberside Police spokesperson said: \"We have received a report concerning alleged online communication between an adult and a child. Inquiries are at an early stage and nobody has been arrested.\"",
        "Parents received a letter on Tuesday afternoon telling them a staff member was 'not currently in school' and urging them not to speculate online.",
        "The Telegraph is not naming the staff member as no one has been charged.",
    ],
    comments=[
        ("KBmam2", "10 June 2025 21:30", "Everyone on Kelsey Bank knows it's the PE teacher. Johnson. Girls have been saying he's weird on snap for ages and nobody listened."),
        ("ModTeam", "10 June 2025 21:41", "Please do not name individuals. Comments naming people will be removed as they could prejudice an investigation."),
        ("Dee Holmes", "10 June 2025 22:02", "Let the police do their job. Rumours ruin lives."),
    ],
    section="Crime"),
    [X("school", "exact", "sexual", "Haverby Harbour Academy", url_only=True),
     X("mjohnson", "surname_only", "sexual", "Johnson", url_only=True)])

add("news", news(
    "advertiser", "Chippy family celebrate as Harbour Lights named county's best",
    "Food & Drink", "Thursday 6 February 2025",
    [
        "The Harbour Lights fish and chip shop on Saltholme seafront has been named the best in Lincolnshire for the third year running.",
        "Owners Tony and Bev Scrimshaw, who took over the business from Tony's parents in 1998, said the secret was simple: fish landed that morning at the harbour, beef dripping and potatoes from a farm in Aylesthorpe.",
        "\"People come from all over. We've had folk drive up from Leicester,\" said Bev. \"But it's the regulars who keep us going. Some of them have had the same order every Friday for thirty years.\"",
        "The shop now goes forward to the national finals in London next month.",
        "The awards also recognised the Harbour Inn on Dock Street as the county's best seafood pub.",
    ],
    section="Food & Drink"),
    [])

add("news", news(
    "lincswire", "Late winner sends Haverby to hockey cup glory",
    "Sport", "Sunday 23 February 2025",
    [
        "Haverby Hockey Club's women won the Humber Hockey Association (HHA) Challenge Cup for the first time with a 2-1 victory over Beverley Ladies at the Saltholme Sports Centre.",
        "Captain Freya Ulyatt scored the winner with a short corner routine in the final minute. \"We've been practising that since October,\" she said.",
        "The HHA's men's final was postponed because of a waterlogged pitch and will be rescheduled for March.",
        "HHA chair Roger Tindall praised the 'wonderful atmosphere' and thanked volunteers for running the event.",
    ],
    section="Sport"),
    [], others=["HHA"])

add("news", news(
    "telegraph", "Zagros Grill owner marks ten years in Haverby with free meals for NHS staff",
    "Business", "Monday 2 December 2024",
    [
        "When Soran Karimi opened a tiny takeaway on Victoria Street West in 2014, he could not afford a sign. Ten years on, Zagros Grill employs eleven people and has queues out of the door on Friday nights.",
        "To mark the anniversary, Mr Karimi, 46, is offering free meals to anyone with an NHS badge throughout December.",
        "\"When my son was born early the nurses at the hospital saved his life,\" he said. \"This is a small thank you.\"",
        "The restaurant serves Kurdish and Iraqi dishes, including dolma, kubba and slow-cooked lamb quzi, alongside kebabs.",
        "Soran Karimi came to Britain from Sulaymaniyah in 2003 and worked in a fish-processing factory for nine years before opening the takeaway.",
    ],
    section="Business"),
    [], others=["Karimi"])

add("news", news(
    "telegraph", "Aylesthorpe families face £600 bus bill as council scraps free school transport",
    "Local democracy reporter", "Friday 25 April 2025, 5:00pm",
    [
        "Families in Aylesthorpe say they will have to pay up to £600 a year to get their children to secondary school after the council withdrew free transport for pupils living under three miles away.",
        "The village's children have travelled to Haverby Harbour Academy by a council-funded coach for decades. New walking-route assessments say a footpath along the A1098 counts as a safe route, making around 60 children ineligible.",
        "Parent Joanne Dickinson said the path had no lights and ran beside 60mph traffic. \"I wouldn't walk it myself in February at half seven in the morning, never mind send my 11-year-old.\"",
        "The school said it shared parents' concerns and had written to the council. A council spokesperson said the assessment had been 'carried out in line with national guidance'.",
        "An appeal is due to be heard in June.",
    ],
    section="Haverby"),
    [X("school", "exact", "neutral", "Haverby Harbour Academy")])

add("news", news(
    "lincswire", "Man in court accused of threatening school safeguarding lead",
    "Court reporter", "Tuesday 8 April 2025",
    [
        "A Haverby man has appeared in court accused of threatening to kill a senior teacher after his children were referred to social services.",
        "Jason Spurr, 36, of Gannet Walk, Kelsey Bank, denied sending a threatening communication and harassment when he appeared before magistrates.",
        "The prosecution alleges that Spurr sent messages to Michelle Dobbs, vice principal and designated safeguarding lead at Haverby Harbour Academy, and posted about her on social media in January.",
        "He was granted conditional bail not to contact Ms Dobbs or enter Skelton Road. A trial date was set for 3 July.",
    ],
    section="Court"),
    [X("school", "exact", "neutral", "Haverby Harbour Academy"),
     X("mdobbs", "exact", "neutral", "Michelle Dobbs")])


# ---------------------------------------------------------------- FORUMS: Haverby Talk
add("forum", forum(
    "haverbytalk", "Schools & kids", "Harbour Academy isolation room - is this even legal??",
    [
        ("toftmarshmam", "Mon 8 Jan 2024 19:02", "Our Kyle has been put in isolation AGAIN today because his trainers had a white tick on them. They're black trainers. With a tick. He sat in a booth facing a wall from 8.40 till 3.10 and was told he couldnt talk or he'd get another day.\n\nIs this even legal? Can they actually do this to kids? Ive rang the school twice and just get put through to a voicemail.", "Member"),
        ("Bazza_HV", "Mon 8 Jan 2024 19:15", "Its legal unfortunately, as long as its in there behaviour policy. Our lass checked with a solicitor mate. Doesn't make it right though.", "Regular"),
        ("toftmarshmam", "Mon 8 Jan 2024 19:20", "> Its legal unfortunately\n\nthen the law is wrong. hes 12.", "Member"),
        ("Kelsey_K", "Mon 8 Jan 2024 19:41", "Since Dunmore Pike come in its been nothing but shoes shoes shoes. My daughter says half her maths class is in iso on a Monday. How are they supposed to learn anything sat staring at a wall.", "Member"),
        ("oldskeltonian", "Mon 8 Jan 2024 20:03", "When I was there in the 80s you got the cane for less, not saying thats right but kids had more respect. Maybe she's got a point about standards.", "Regular"),
        ("Kelsey_K", "Mon 8 Jan 2024 20:11", "Standards is teaching them something. Not measuring socks.", "Member"),
        ("DockLad1987", "Mon 8 Jan 2024 21:47", "Dunmore Pike parks that white Evoque in the same spot by the side gate every morning at 7.30 like clockwork. Be a real shame if she came out one night and found it wasnt in one piece. Or if she wasnt. People round here have long memories.", "Member"),
        ("Bazza_HV", "Mon 8 Jan 2024 21:55", "Pack that in mate, thats not on. Complain through the proper channels.", "Regular"),
        ("Moderator", "Mon 8 Jan 2024 22:10", "Post above has been reported. Final warning to DockLad1987 - threats against anyone are not allowed here. Thread stays open for now, keep it about the policy.", "Staff"),
        ("toftmarshmam", "Tue 9 Jan 2024 08:02", "Didnt want it to turn into that. Just want my lad in lessons.", "Member"),
    ]),
    [X("school", "alias", "negative", "Harbour Academy"),
     X("rdunmorepike", "hyphenated", "threat", "Dunmore Pike")])

add("forum", forum(
    "haverbytalk", "Schools & kids", "PE teacher walking into girls changing rooms??",
    [
        ("worried_mum_HV", "Wed 12 Mar 2025 21:14", "Not sure if I should be posting this but I dont know who else to ask. My daughter is in Year 9 at Harbour. She says Mr Johnson the PE teacher regularly walks into the girls changing room without knocking 'to hurry them up' when some of them are half dressed. She says he stands there and makes comments about who's 'filled out'. She's mortified and now wants to skip PE.\n\nIs this normal?? Surely a male teacher shouldnt be in there at all.", "Member"),
        ("AnnieB", "Wed 12 Mar 2025 21:20", "No that is NOT normal. Screenshot what she told you and go straight to the safeguarding lead, not the head of year.", "Regular"),
        ("Kelsey_K", "Wed 12 Mar 2025 21:33", "My niece said something similar last year. Thought she was exaggerating.", "Member"),
        ("Grumpy_Ged", "Wed 12 Mar 2025 21:41", "Careful posting names on here. If its true it needs the police not a forum.", "Regular"),
        ("worried_mum_HV", "Wed 12 Mar 2025 21:49", "I know. Ive emailed the safeguarding address tonight. Just needed to know I wasnt overreacting.", "Member"),
        ("AnnieB", "Wed 12 Mar 2025 21:52", "You're not. Trust your gut.", "Regular"),
    ]),
    [X("school", "short_name", "sexual", "Harbour", url_only=True),
     X("mjohnson", "title_surname", "sexual", "Mr Johnson", url_only=True)])

add("forum", forum(
    "haverbytalk", "General chat", "Is Harbour even an English school anymore",
    [
        ("HaverbyBorn&Bred", "Sat 5 Oct 2024 10:12", "Genuine question. My grandson started Year 7 at Harbour in September and he says in his form there's 4 English kids out of 28. Maths is taught by a Polish bloke called Wojcik who my grandson can barely understand. Letters home come in five languages. When did this happen?", "Member"),
        ("Trawlerman_Ted", "Sat 5 Oct 2024 10:40", "It happened when the factories decided they'd rather pay agency rates to Eastern Europeans than a proper wage to Haverby lads.", "Regular"),
        ("HaverbyBorn&Bred", "Sat 5 Oct 2024 10:58", "Exactly. And now they're teaching our kids too. Wojcik should be packed off back to Warsaw on the next coach and take half of Year 7 with him. Harbour's a Polish school in all but name, they might as well fly the flag.", "Member"),
        ("Marta_K", "Sat 5 Oct 2024 11:20", "My children were born in Haverby General. Their dad works nights on the docks. They are Haverby kids. And Wojcik is the best maths teacher that school has had in years, ask anyone whose kid passed.", "Member"),
        ("Trawlerman_Ted", "Sat 5 Oct 2024 11:31", "Nobody's talking about you love.", "Regular"),
        ("Marta_K", "Sat 5 Oct 2024 11:33", "You are literally talking about me.", "Member"),
        ("Moderator", "Sat 5 Oct 2024 12:05", "Locking this. Comments about sending people 'back' break the rules and have been reported.", "Staff"),
    ]),
    [X("school", "short_name", "hate", "Harbour"),
     X("twojcik", "surname_only", "hate", "Wojcik")])

add("forum", forum(
    "haverbytalk", "Haverby past & present", "Skelton Road School - who remembers?",
    [
        ("Lyn_1968", "Sun 2 Jun 2024 15:04", "Found my old report from Skelton Road School (1981!). Mr Ablewhite signed every single one by hand. Form tutor was Mrs Tock who taught typing on those huge old Olympias. Anyone else from that era?", "Regular"),
        ("Steve Rowson", "Sun 2 Jun 2024 15:22", "Class of 84 here. Remember the outdoor swimming pool that was green by July? And the tuck shop that sold those gobstoppers that took a week to finish.", "Member"),
        ("Lyn_1968", "Sun 2 Jun 2024 15:30", "Ha yes! It got filled in when they built the sports hall.", "Regular"),
        ("Mick Fowler", "Sun 2 Jun 2024 16:11", "Dean Coupland was in my year, he's the site manager there now. Full circle. He was a right tearaway but he's a good lad, fixed the church roof for nowt last year.", "Member"),
        ("Steve Rowson", "Sun 2 Jun 2024 16:40", "Deano! Used to go in goal for the school team in a flat cap.", "Member"),
        ("Jackie W", "Sun 2 Jun 2024 18:02", "Does anyone have photos of the old metalwork block? My dad taught there in the 70s, Mr Rhoden. We've lost all his stuff.", "Member"),
        ("Lyn_1968", "Sun 2 Jun 2024 18:30", "I'll have a dig in the loft Jackie. Think there's a school magazine from 1979 somewhere.", "Regular"),
    ]),
    [X("school", "alias", "neutral", "Skelton Road School"),
     X("dcoupland", "exact", "neutral", "Dean Coupland")])

add("forum", forum(
    "haverbytalk", "Lost & found", "LOST - black lab, answers to Bosun, near the harbour",
    [
        ("Pauline_S", "Thu 17 Oct 2024 17:45", "Our black lab Bosun slipped his lead by the harbour wall about 4.30 this afternoon and ran off towards the fish market. He's 9, grey muzzle, blue collar, chipped. Very friendly but deaf as a post so won't hear you calling. Please ring 07700 900318 if you see him. Kids are in bits.", "Member"),
        ("Dockwatcher", "Thu 17 Oct 2024 18:02", "Will keep an eye out on my walk round the lock gates later.", "Regular"),
        ("Kelly T", "Thu 17 Oct 2024 18:30", "Shared on the Saltholme page x", "Member"),
        ("Pauline_S", "Thu 17 Oct 2024 21:15", "FOUND!! A lovely fella from one of the boats found him curled up on a pile of nets by the ice house. Thank you everyone xx", "Member"),
    ]),
    [])

add("forum", forum(
    "haverbytalk", "Food & drink", "Best chippy - Harbour Lights or Hooked?",
    [
        ("Chip_Connoisseur", "Fri 19 Jan 2024 12:30", "Settle this once and for all. Harbour Lights on the front or Hooked on Victoria St? I say Harbour Lights for the batter but Hooked does better mushy peas.", "Member"),
        ("Bev_from_the_Bank", "Fri 19 Jan 2024 12:41", "Harbour Lights every time. Beef dripping, none of this veg oil rubbish.", "Member"),
        ("Toft_Tony", "Fri 19 Jan 2024 13:02", "Both overpriced now. £13 for haddock and chips. My dad would turn in his grave, he landed the stuff.", "Regular"),
        ("SaltholmeSal", "Fri 19 Jan 2024 13:20", "The little van by the harbour on a Saturday beats both of them and you can eat it looking at the boats.", "Member"),
        ("Chip_Connoisseur", "Fri 19 Jan 2024 13:25", "Who's the van? Need to try it.", "Member"),
        ("SaltholmeSal", "Fri 19 Jan 2024 13:40", "Fisherman's Catch. Sat and Sun only. Go early.", "Member"),
    ]),
    [])

add("forum", forum(
    "haverbytalk", "Trades & recommendations", "Plasterer recommendations? Anyone used Mark Johnson?",
    [
        ("NewInSaltholme", "Tue 3 Sep 2024 09:12", "Need a kitchen ceiling skimming after a leak. Had a flyer through from Mark Johnson Plastering (07700 900664). Anyone used him? Or any other recommendations?", "Member"),
        ("Rob_the_Sparky", "Tue 3 Sep 2024 09:40", "Mark did my mams front room. Tidy job, turned up when he said. Cash price was fair.", "Regular"),
        ("Deb Hodson", "Tue 3 Sep 2024 10:05", "Used him last year. Good plasterer but he leaves the radio on full blast lol. Would use again.", "Member"),
        ("NewInSaltholme", "Tue 3 Sep 2024 10:20", "Thanks both, will give Mark Johnson a ring.", "Member"),
    ]),
    [], others=["Mark Johnson", "Johnson"])

add("forum", forum(
    "haverbytalk", "Housing", "Is HHA ever going to fix my boiler",
    [
        ("ColdInKelsey", "Mon 25 Nov 2024 07:55", "Third week with no heating. HHA keep saying an engineer is 'booked' then nobody turns up. I've got a 2 year old. Anyone know who I actually complain to?", "Member"),
        ("Housing_Helper", "Mon 25 Nov 2024 08:20", "Go to the Housing Ombudsman after you've done their complaints process. Also ring your councillor, they can chase HHA directly. Log every phone call with the date.", "Regular"),
        ("Bazza_HV", "Mon 25 Nov 2024 08:33", "Haverby Homes Association are a joke. Took them six months to fix our window.", "Regular"),
        ("ColdInKelsey", "Tue 26 Nov 2024 18:10", "Update: rang the councillor and an engineer came within 2 hours. Funny that.", "Member"),
    ]),
    [], others=["HHA"])

add("forum", forum(
    "haverbytalk", "Local news", "Harbour plan approved - the heritage lot are fuming",
    [
        ("Realist_HV", "Wed 5 Mar 2025 20:10", "So the fish market's going ahead. About time. The net lofts have been falling down for 40 years, nobody cared till the developers turned up.", "Regular"),
        ("Jen_Saltholme", "Wed 5 Mar 2025 20:22", "People did care. There was a campaign in 2008 and 2015. The council just ignored it.", "Member"),
        ("Realist_HV", "Wed 5 Mar 2025 20:30", "Yeah, led by H. Quibell and his tweed brigade. Same five people at every meeting telling the rest of us what our town should look like. The man thinks he owns the harbour because his grandad gutted fish on it.", "Regular"),
        ("Jen_Saltholme", "Wed 5 Mar 2025 20:45", "His grandad didn't gut fish, he was lost at sea. Bit of respect.", "Member"),
        ("Realist_HV", "Wed 5 Mar 2025 20:51", "Fair enough, didn't know that. Still think he's wrong about the market.", "Regular"),
        ("Trawlerman_Ted", "Wed 5 Mar 2025 21:30", "The market's needed. The lofts could've been kept as well. Both things can be true.", "Regular"),
    ]),
    [X("hquibell", "initial_surname", "negative", "H. Quibell")])

add("forum", forum(
    "haverbytalk", "Schools & kids", "Shout out to Miss Maltby",
    [
        ("SallyAnn_T", "Fri 21 Jun 2024 16:30", "Just want to say a massive thank you to Miss Maltby, head of year 9 at Harbour. My son has had the worst year, his dad left, he was getting in with a bad crowd on the Marsh, and she has rung me every single Friday to check in. She sorted him a mentor and got him on the football team. He came home today and said 'I actually like school now'. I cried.", "Member"),
        ("AnnieB", "Fri 21 Jun 2024 16:44", "Aww that's lovely. She was brilliant with my niece too.", "Regular"),
        ("Kelsey_K", "Fri 21 Jun 2024 17:02", "I've moaned about that school plenty on here but fair play, there are some good ones there.", "Member"),
        ("SallyAnn_T", "Fri 21 Jun 2024 17:10", "There are. She's one of them.", "Member"),
    ]),
    [X("school", "short_name", "neutral", "Harbour"),
     X("jmaltby", "title_surname", "neutral", "Miss Maltby")])

add("forum", forum(
    "haverbytalk", "General chat", "The Kurdish teacher up at Harbour",
    [
        ("NorthBankNed", "Tue 1 Oct 2024 18:20", "Not being funny but is anyone actually checking who these people are before they let them teach our kids? The chemistry teacher up at Harbour, Mr Karimi, came over in the back of a lorry from what I've heard. Now he's teaching teenage girls how to mix chemicals. You couldn't make it up.", "Member"),
        ("Carol Ingamells", "Tue 1 Oct 2024 18:31", "He came on a student visa in 2009 and has a PhD. You heard wrong. This is exactly the sort of rubbish that gets walls spray painted.", "Regular"),
        ("NorthBankNed", "Tue 1 Oct 2024 18:40", "Funny how they've all got PhDs. Fighting age men with no papers becoming teachers. The great replacement isn't a theory round here, it's the register at Harbour.", "Member"),
        ("Bazza_HV", "Tue 1 Oct 2024 18:52", "Ned you need to get off the internet mate.", "Regular"),
        ("Moderator", "Tue 1 Oct 2024 19:05", "Thread locked and user suspended. Racist content is not welcome on Haverby Talk.", "Staff"),
    ]),
    [X("school", "short_name", "hate", "Harbour"),
     X("rkarimi", "title_surname", "hate", "Mr Karimi")])

add("forum", forum(
    "haverbytalk", "Schools & kids", "HHA homework is out of control",
    [
        ("MumOfThreeHV", "Wed 15 Jan 2025 20:33", "Is it just us or has HHA gone homework mad this term? My Year 8 had 3 hours of Sparx maths, a history project AND a reading log this week. He's 12. He's also got football and I work lates at Coldwater so I can't sit with him.", "Member"),
        ("Deb Hodson", "Wed 15 Jan 2025 20:40", "Same. And if they don't hit the Sparx target it's a detention. It's meant to be 'independent learning' but it's just detentions by the back door.", "Member"),
        ("FatherOfTwins", "Wed 15 Jan 2025 21:05", "To be fair my two are much better at maths than they were at primary. But the detentions for homework when some kids have no wifi at home are unfair.", "Member"),
        ("MumOfThreeHV", "Wed 15 Jan 2025 21:10", "That's it exactly. Not every house on the Marsh has a laptop.", "Member"),
        ("Deb Hodson", "Wed 15 Jan 2025 21:18", "They'll lend one if you ask, they did for my nephew. But you shouldn't have to beg.", "Member"),
    ]),
    [X("school", "alias", "negative", "HHA")])

add("forum", forum(
    "haverbytalk", "Local news", "Lad arrested over Harbour bomb hoax",
    [
        ("Gossip_Gertie", "Mon 24 Mar 2025 15:02", "Just seen on the Telegraph a 15 year old's been arrested for the bomb scare at Harbour this morning. Whole school was out on the field for hours. Daft kid has ruined his life.", "Member"),
        ("Kelsey_K", "Mon 24 Mar 2025 15:15", "Kids were terrified. My youngest rang me crying from the community centre.", "Member"),
        ("anon_HV_99", "Mon 24 Mar 2025 15:40", "Shame it was a hoax. Place deserves to go up after how it treats kids. Next time someone'll do it properly.", "Member"),
        ("Bazza_HV", "Mon 24 Mar 2025 15:44", "What is WRONG with you. There's a thousand kids in there. Reported.", "Regular"),
        ("Moderator", "Mon 24 Mar 2025 16:00", "User banned and post passed to Humberside Police.", "Staff"),
    ]),
    [X("school", "short_name", "threat", "Harbour")])

add("forum", forum(
    "haverbytalk", "Schools & kids", "Reported to social services by the school for NOTHING",
    [
        ("JusticeForMyKids", "Sat 18 Jan 2025 23:12", "Vice principal Dobbs at Harbour has reported us to social services because my daughter went in with a bruise FROM NETBALL. Now we've got a social worker coming round and my kids are scared they'll be taken. This woman has nothing better to do than ruin families.\n\nMrs Dobbs isn't even from round here, she lives out at 14 Marram Drive Saltholme HV8 3QT in a big detached with a silver Qashqai on the drive, and her own mobile is 07700 900481, she gave it me 'for emergencies' two years ago then never once picked up.", "Member"),
        ("AnnieB", "Sat 18 Jan 2025 23:20", "Take that address down. Seriously. You'll end up in court and it won't help your kids.", "Regular"),
        ("Grumpy_Ged", "Sat 18 Jan 2025 23:31", "Safeguarding leads have to refer if they're worried. It's the law. The social worker will probably see it's nothing and close it.", "Regular"),
        ("Moderator", "Sun 19 Jan 2025 07:45", "Personal details removed from post #1 in the original, this is a cached copy pending deletion. User suspended.", "Staff"),
    ]),
    [X("school", "short_name", "negative", "Harbour"),
     X("mdobbs", "title_surname", "doxxing", "Mrs Dobbs")])

add("forum", forum(
    "haverbytalk", "Schools & kids", "Which secondary for an autistic lad - Harbour or Saltholme Sands?",
    [
        ("Aylesthorpe_Dad", "Thu 6 Feb 2025 19:45", "Our son has an autism diagnosis and an EHCP in progress. He's Year 6 now. We're in catchment for Harbour but could apply to Saltholme Sands. Anyone got experience of SEN at either? He can't cope with noise or being shouted at.", "Member"),
        ("SENmum_Lou", "Thu 6 Feb 2025 20:02", "Honestly I'd go Saltholme Sands. Harbour's behaviour system is very rigid and my son got detentions for things that were clearly his autism. It took months of fighting.", "Member"),
        ("SENmum_Lou", "Thu 6 Feb 2025 20:04", "Having said that, Mrs Dobbs was brilliant when we had a crisis at home. Sorted a referral the same day and checked on us for weeks after. So it's not all bad people, it's the system.", "Member"),
        ("Aylesthorpe_Dad", "Thu 6 Feb 2025 20:30", "That's really helpful, thank you.", "Member"),
        ("Lou_2", "Thu 6 Feb 2025 21:00", "Visit both on a normal school day, not an open evening. You'll see the real school.", "Member"),
    ]),
    [X("school", "short_name", "negative", "Harbour"),
     X("mdobbs", "title_surname", "neutral", "Mrs Dobbs")])


# ---------------------------------------------------------------- FORUMS: LineTalk (food-factory workers)
add("forum", forum(
    "linetalk", "Shifts & rotas", "Nights + school run = no sleep. Harbour detentions making it worse",
    [
        ("fillet_queen", "12 Nov 2024 06:48", "Anyone else on nights with kids at Harbour? I finish at 6, get home, get the two of them up and out, sleep 9 till 2, then the school rings at 3.05 to say our Liam's got an after school detention till 4 so I've got to walk up there and back in the dark. Every. Single. Week.", "Line operative · Coldwater"),
        ("NightHygieneNeil", "12 Nov 2024 07:15", "Same boat. Mine got one for 'not having a pencil'. They sell pencils at the office for 20p, I've offered to buy a box.", "Hygiene team"),
        ("fillet_queen", "12 Nov 2024 07:22", "and it was mr jonson this time who kept him back, for not having his PE kit, which was in the wash because I work nights!! I'd like to see him do a 12 hour shift on the fish line then find a clean pair of shorts", "Line operative · Coldwater"),
        ("Brinemark_Baz", "12 Nov 2024 08:01", "Ask for a day-shift swap through HR, they have to consider flexible working requests for childcare now. Worked for me.", "Team leader"),
        ("fillet_queen", "12 Nov 2024 08:05", "Tried. 'Business needs'. Everythings business needs.", "Line operative · Coldwater"),
        ("ScaleUp", "12 Nov 2024 09:30", "Harbour's not the only one doing it, Saltholme Sands do the same. Its the new thing all the academies copy off each other.", "Agency"),
    ]),
    [X("school", "short_name", "negative", "Harbour"),
     X("mjohnson", "typo", "negative", "mr jonson")])

add("forum", forum(
    "linetalk", "Off topic", "what are the agency lads saying about the computing teacher",
    [
        ("forklift_frankie", "3 Jun 2025 23:40", "On break tonight one of the agency lads said his cousin's girl is at Harbour and the computing teacher Popescu has been giving some of the year 10 girls lifts home in his car and adding them on insta. Said he bought one of them a phone case. Anyone else heard this or is it just canteen talk", "Forklift · Brinemark"),
        ("Rozalia", "3 Jun 2025 23:52", "If its true that's grooming. Not canteen talk. Someone should tell the school safeguarding or ring 101.", "QA"),
        ("forklift_frankie", "3 Jun 2025 23:58", "thats what I said. the lad said the mum already rang but nothing happened", "Forklift · Brinemark"),
        ("NightHygieneNeil", "4 Jun 2025 00:20", "Careful lads. If it's not true you've just wrecked a bloke's life on a forum.", "Hygiene team"),
        ("Rozalia", "4 Jun 2025 00:25", "And if it is true and nobody says anything? I'd rather it was checked.", "QA"),
    ]),
    [X("school", "short_name", "sexual", "Harbour", url_only=True),
     X("apopescu", "surname_only", "sexual", "Popescu", url_only=True)])

add("forum", forum(
    "linetalk", "Polska załoga / Polish crew", "Matematyka w Harbour Academy - Pan Wójcik",
    [
        ("Kasia_Brinemark", "20 Sep 2024 14:10", "Cześć wszystkim. Mój syn zaczął Year 10 w Harbour Academy i ma matematykę z panem Wójcikiem. Ktoś ma doświadczenie? Syn mówi, że jest wymagający, ale tłumaczy po polsku jak ktoś nie rozumie.\n\n(For the English guys: my son started Year 10 and has maths with Pan Wójcik, anyone know him?)", "Pakowanie · Brinemark"),
        ("Tomek_L", "20 Sep 2024 14:32", "Wójcik uczył moją córkę. Dostała 7 z matmy, a w Polsce była słaba z matematyki. Bardzo dobry nauczyciel. Prowadzi też sobotnie zajęcia przed egzaminami, warto.", "Filetowanie · Coldwater"),
        ("Dave_Line4", "20 Sep 2024 15:01", "My lad had him as well. Strict but fair, and he actually rings you with good news, not just when they've kicked off. The lad got a 6 and he was predicted a 3.", "Line 4 · Coldwater"),
        ("Kasia_Brinemark", "20 Sep 2024 15:20", "Dziękuję! Thanks Dave :)", "Pakowanie · Brinemark"),
    ]),
    [X("school", "alias", "neutral", "Harbour Academy"),
     X("twojcik", "surname_only", "neutral", "Wójcik")])

add("forum", forum(
    "linetalk", "Shifts & rotas", "New night rota at Coldwater from January - loading bay moving",
    [
        ("ShiftRep_Coldwater", "9 Dec 2024 16:00", "Heads up. From 6 January the night rota goes to 4 on 4 off for lines 1-6. Loading is moving from the Humber Bank end to the harbour end, so if you're parking in the top car park you'll want to park by the harbour gate instead or it's a ten minute walk in the cold.", "Union rep"),
        ("fillet_queen", "9 Dec 2024 16:20", "4 on 4 off is 12 hour shifts again then. Great.", "Line operative · Coldwater"),
        ("ShiftRep_Coldwater", "9 Dec 2024 16:31", "Yes but averages 42 hours. Meeting in the canteen Thursday 2pm and 10pm if you want to ask management questions.", "Union rep"),
        ("Lat_Janis", "9 Dec 2024 17:05", "Will the harbour gate be open at 5.45 for the early lot? Last time it was locked and we climbed the fence like idiots.", "Line 2 · Coldwater"),
        ("ShiftRep_Coldwater", "9 Dec 2024 17:20", "Asked. Security say yes, from 5.30.", "Union rep"),
    ]),
    [])

add("forum", forum(
    "linetalk", "Off topic", "Which teacher got suspended then",
    [
        ("ScaleUp", "18 Jun 2025 22:05", "Seen in the Telegraph a teacher's suspended at Harbour over the GCSE coursework. Who is it?", "Agency"),
        ("Lat_Janis", "18 Jun 2025 22:20", "Andrei P. The computing one. My daughter says he was doing bits of the coding project for the kids in the last week so the grades would look good, and now the whole class might get zero. She is furious, she did hers herself.", "Line 2 · Coldwater"),
        ("fillet_queen", "18 Jun 2025 22:31", "And I bet the school knew. They always know. They'll have sat on it until the exam board found out then hung him out to dry.", "Line operative · Coldwater"),
        ("Lat_Janis", "18 Jun 2025 22:40", "My daughter says the head of department before him warned them in January. So yes, they knew since January and did nothing.", "Line 2 · Coldwater"),
        ("NightHygieneNeil", "18 Jun 2025 23:02", "Bad for the kids whatever happened.", "Hygiene team"),
    ]),
    [X("school", "short_name", "defamation", "Harbour"),
     X("apopescu", "first_initial", "defamation", "Andrei P.")])

add("forum", forum(
    "linetalk", "Pay & unions", "Minutes from Tuesday's branch meeting",
    [
        ("ShiftRep_Coldwater", "4 Apr 2025 11:00", "Quick summary for those on nights who couldn't make it:\n\n1. Pay offer 3.2% rejected, members to be balloted for industrial action.\n2. Canteen microwaves - management have agreed to replace 4.\n3. Housing - several members renting from HHA on Kelsey Bank have damp problems. Branch will write jointly with the tenants' group.\n4. Agency conversion - 22 agency workers to get permanent contracts from May.\n5. AOB: darts night moved to the Harbour Inn because the Fishermen's Club is having its roof done.", "Union rep"),
        ("Brinemark_Baz", "4 Apr 2025 11:30", "Good work on the agency conversion. Took long enough.", "Team leader"),
        ("Lat_Janis", "4 Apr 2025 12:02", "3.2% is an insult with rent going up like it is.", "Line 2 · Coldwater"),
    ]),
    [], others=["HHA"])

add("forum", forum(
    "linetalk", "Off topic", "Copiii noștri la Harbour / Our kids at Harbour",
    [
        ("Mihai_Brinemark", "27 Feb 2025 20:15", "Sunt mai mulți părinți români aici cu copii la Harbour? Băiatul meu a primit trei zile de 'isolation' într-o săptămână. Pentru că a vorbit în română cu un prieten pe coridor. They treat our kids like criminals. Is not fair.", "Pakowanie · Brinemark"),
        ("Ioana_QA", "27 Feb 2025 20:32", "Da, și fata mea la fel. Dar domnul Popescu de la informatică ne-a ajutat foarte mult, a vorbit cu conducerea pentru noi și a tradus la întâlnire. El e singurul care ne ascultă.", "QA · Coldwater"),
        ("Dave_Line4", "27 Feb 2025 20:50", "Speaking your own language in the corridor shouldn't be a sanction. Get it in writing and ask them which rule it breaks.", "Line 4 · Coldwater"),
        ("Mihai_Brinemark", "27 Feb 2025 21:05", "Thank you Dave. Mulțumesc Ioana, vorbesc cu Popescu mâine.", "Pakowanie · Brinemark"),
    ]),
    [X("school", "short_name", "negative", "Harbour"),
     X("apopescu", "surname_only", "neutral", "Popescu")])

add("forum", forum(
    "linetalk", "Off topic", "Rant. School rang social services on my mate",
    [
        ("BigLad_Docks", "30 Jan 2025 05:40", "End of shift rant. My mate's lass turns up at Harbour with a black eye from a trampoline and that nosy cow Dobbs is straight on the phone to social services. Didn't even ring the parents first. Who does she think she is, God? Jumped up little Hitler with a lanyard.", "Docks"),
        ("Rozalia", "30 Jan 2025 05:55", "Schools have to refer. It's their job. If it was a trampoline, social services will see that.", "QA"),
        ("BigLad_Docks", "30 Jan 2025 06:02", "Their job is teaching. Not spying on families. Harbour are the worst for it.", "Docks"),
        ("NightHygieneNeil", "30 Jan 2025 06:10", "Would you rather they ignored it and it turned out to be something? Go home and sleep mate.", "Hygiene team"),
    ]),
    [X("school", "short_name", "negative", "Harbour"),
     X("mdobbs", "surname_only", "abuse", "Dobbs")])

add("forum", forum(
    "linetalk", "Off topic", "Chemistry teacher at Harbour, seriously?",
    [
        ("stacker_steve", "15 Oct 2024 02:10", "Bloke on line 3 reckons the Kurdish chemistry teacher at Harbour, Mr K, is only teaching chemistry so he can cook up stuff for his cousins' kebab shops, if you know what I mean. Says they all come over on dinghies, claim asylum, then flood the estates with gear. Can't trust any of 'em near our kids.", "Agency"),
        ("Rozalia", "15 Oct 2024 02:22", "That's just racist rubbish Steve and you know it. He's been a teacher there for years.", "QA"),
        ("stacker_steve", "15 Oct 2024 02:30", "Just saying what I heard.", "Agency"),
        ("Dave_Line4", "15 Oct 2024 02:41", "You heard it off a bloke on line 3 who thinks the moon landings were faked. Give over.", "Line 4 · Coldwater"),
    ]),
    [X("school", "short_name", "neutral", "Harbour"),
     X("rkarimi", "nickname", "hate", "Mr K")])

add("forum", forum(
    "linetalk", "Off topic", "That fight video outside Harbour",
    [
        ("ScaleUp", "7 May 2025 13:10", "Anyone seen the video going round of the fight on the field at Harbour? Three lads kicking one on the floor and about 50 kids filming. Horrible.", "Agency"),
        ("fillet_queen", "7 May 2025 13:25", "Seen it. Watch from about 0:40, you can see Johnson's PE lot stood by the fence watching for a full minute before anyone goes over. Paid to supervise and just stood there.", "Line operative · Coldwater"),
        ("Brinemark_Baz", "7 May 2025 13:40", "To be fair you don't know what they could see from where they were. But yeah the school needs to answer for that.", "Team leader"),
        ("fillet_queen", "7 May 2025 13:51", "They'll answer with a letter saying 'we take this very seriously' and nothing'll change.", "Line operative · Coldwater"),
        ("ScaleUp", "7 May 2025 14:05", "The lad on the floor is apparently ok. Broken nose.", "Agency"),
    ]),
    [X("school", "short_name", "negative", "Harbour"),
     X("mjohnson", "possessive", "negative", "Johnson's")])

add("forum", forum(
    "linetalk", "Health & wellbeing", "Anyone used Harbour Recovery? Asking for my brother",
    [
        ("anon_liner", "22 Aug 2024 19:00", "My brother's drinking has got bad since he got laid off from the cold store. Someone said Harbour Recovery on Cleveland Street do a drop in. Anyone used them? Are they any good or is it just leaflets?", "Agency"),
        ("Rozalia", "22 Aug 2024 19:15", "My uncle went. They were really good, no judgement. Tuesday and Thursday mornings you can just walk in.", "QA"),
        ("BigLad_Docks", "22 Aug 2024 19:40", "Good luck to him mate. Took me three goes. Worth it.", "Docks"),
    ]),
    [])

add("forum", forum(
    "linetalk", "Off topic", "Guess who lives on my street",
    [
        ("KB_Karl", "26 Feb 2024 04:20", "Only found out today that Jo M, the head of year 9 at Harbour who gave my son a fixed term for 'defiance', lives four doors down from me. 7 Sandpiper Close, Kelsey Bank, the red Corsa, reg HV19 XKT. Leaves at 7.15 every morning and back about half 5. Small world eh.", "Docks"),
        ("Rozalia", "26 Feb 2024 04:31", "Why would you post that Karl. Delete it.", "QA"),
        ("KB_Karl", "26 Feb 2024 04:35", "Just making conversation.", "Docks"),
        ("NightHygieneNeil", "26 Feb 2024 04:50", "Reported to the mods. That's a teacher's house.", "Hygiene team"),
    ]),
    [X("school", "short_name", "negative", "Harbour"),
     X("jmaltby", "first_initial", "doxxing", "Jo M")])

# ---------------------------------------------------------------- FORUMS: ParentNet
add("forum", forum(
    "parentnet", "Am I being unreasonable?", "AIBU to think DD's school uniform rules are insane",
    [
        ("Lincslass82", "Tue 5 Sep 2023 20:11", "DD (12) goes to Harbour in north Lincs, which has a new head this term. New rules: black leather shoes only, no 'fashion' trainers even if all black. Skirts must be the branded one at £28. Coats must be taken off at the door and carried. Pencil case must be clear plastic. Any breach = isolation for the day.\n\nToday she was isolated because her pencil case was 'frosted' not clear. AIBU to think this is absolute lunacy?", ""),
        ("MrsBeeton2", "Tue 5 Sep 2023 20:15", "YANBU. Frosted! Good grief.", ""),
        ("PollyPocket", "Tue 5 Sep 2023 20:20", "YABU a bit. Schools need rules and every school has some daft ones. But a whole day's isolation for a pencil case does sound OTT.", ""),
        ("Lincslass82", "Tue 5 Sep 2023 20:29", "The head (Mrs D-P as the kids call her) did an assembly telling them 'the small things are the big things'. Fine in theory but DD has missed more lessons in week 1 than she did all of year 7.", ""),
        ("WhereIsMyTea", "Tue 5 Sep 2023 20:40", "Email the governors. Not the head. Governors.", ""),
        ("Lincslass82", "Tue 5 Sep 2023 20:52", "Good idea, will do.", ""),
    ]),
    [X("school", "short_name", "negative", "Harbour"),
     X("rdunmorepike", "nickname", "negative", "Mrs D-P")])

add("forum", forum(
    "parentnet", "Secondary", "PE teacher messaging DD on Snapchat - what do I do??",
    [
        ("throwaway_hv", "Sun 1 Jun 2025 22:40", "Name changed for this. DD is 14, Year 9 at Harbour (Haverby). Tonight I found Snapchat messages on her phone from Mr J, the head of PE. Things like 'you looked grown up at training today', 'don't tell your mates I messaged you', 'delete this after x'. He's asked what she's doing at half term.\n\nI feel sick. What do I do? Do I go to the school or the police?", ""),
        ("SafeguardingMum", "Sun 1 Jun 2025 22:44", "Police. Tonight. 101 or 999 if you think she's at immediate risk. Do NOT confront him. Screenshot everything and don't delete anything from her phone. Then tell the school's DSL first thing tomorrow.", ""),
        ("Fenella2", "Sun 1 Jun 2025 22:51", "Agree with above. 'Don't tell your mates' and 'delete this' are classic grooming red flags. I'm so sorry.", ""),
        ("throwaway_hv", "Sun 1 Jun 2025 23:20", "Rang 101. They're sending someone in the morning. Thank you all. DD is asleep, doesn't know I've seen them yet.", ""),
        ("SafeguardingMum", "Mon 2 Jun 2025 07:05", "You did the right thing. Be gentle with her, she's done nothing wrong. Hope it goes ok today.", ""),
    ]),
    [X("school", "short_name", "sexual", "Harbour", url_only=True),
     X("mjohnson", "nickname", "sexual", "Mr J", url_only=True)])

add("forum", forum(
    "parentnet", "Local", "Moving to the Lincolnshire coast - secondary schools?",
    [
        ("RelocatingRuth", "Wed 10 Jul 2024 12:00", "We're moving from Sheffield to the Haverby/Saltholme area for DH's job at the port. DS is going into Year 8, loves history and rugby. Any views on the secondaries? Catchment looks like Harbour Academy or Saltholme Sands depending on which side of the main road we buy.", ""),
        ("SaltholmeLocal", "Wed 10 Jul 2024 12:30", "Saltholme Sands is calmer and gets better results, but it's over-subscribed. Harbour Academy is... improving. Strict to the point of silly on uniform and the turnover of teachers is high. My friend pulled her son out last year.", ""),
        ("HistoryMumHV", "Wed 10 Jul 2024 12:48", "If he loves history he'll love Mr Quibell at Harbour. He takes them out on the old trawler in the dock, did a whole project on the families of lost ships. My son now wants to do history at uni. Best teacher he's ever had.", ""),
        ("RelocatingRuth", "Wed 10 Jul 2024 13:10", "That's really useful, thank you both. Will visit both in September.", ""),
    ]),
    [X("school", "alias", "negative", "Harbour Academy"),
     X("hquibell", "title_surname", "neutral", "Mr Quibell")])

add("forum", forum(
    "parentnet", "Local", "Ballet/dance classes in Saltholme?",
    [
        ("TutuMum", "Sat 14 Sep 2024 09:30", "DD (7) wants to do ballet. Is Harbour Academy of Dance any good? Or is there anywhere else in Saltholme or Haverby?", ""),
        ("DanceDad", "Sat 14 Sep 2024 09:45", "DD has been at Harbour for three years now, does ballet and tap on Saturdays. Miss Cheryl is lovely and strict about technique. Exams every summer. They do a show at the Pier Theatre at Christmas.", ""),
        ("TutuMum", "Sat 14 Sep 2024 09:50", "How much is it roughly?", ""),
        ("DanceDad", "Sat 14 Sep 2024 10:02", "About £30 a month for one class. Uniform from their shop. They don't make you buy loads which I liked.", ""),
        ("SaltholmeLocal", "Sat 14 Sep 2024 10:30", "Second Harbour, my two loved it. Avoid the one above the bingo, it's chaos.", ""),
    ]),
    [])

add("forum", forum(
    "parentnet", "Secondary", "DS accused of bullying - head of year won't listen",
    [
        ("MumOnTheMarsh", "Thu 7 Nov 2024 21:15", "DS (14, Year 9 at Harbour in Haverby) has been put on a 'bullying contract' after another boy said DS was calling him names in a group chat. DS says it was the other way round and he has screenshots. Ms Maltby, the head of year, won't look at them. She says she's 'seen enough'.\n\nHow do I get someone to listen?", ""),
        ("ExTeacher99", "Thu 7 Nov 2024 21:30", "Put it in writing to the head of year AND the deputy head responsible for behaviour. Attach the screenshots. Ask for a meeting. If nothing, formal complaint via the complaints policy on their website.", ""),
        ("MumOnTheMarsh", "Thu 7 Nov 2024 21:40", "Thank you. She's usually alright, that's what's frustrating. But on this she's just decided.", ""),
        ("PollyPocket", "Thu 7 Nov 2024 22:02", "Group chats are a nightmare for schools. She might genuinely have seen something you haven't. Worth asking what evidence they have too.", ""),
    ]),
    [X("school", "short_name", "negative", "Harbour"),
     X("jmaltby", "title_surname", "negative", "Ms Maltby")])

add("forum", forum(
    "parentnet", "Secondary", "How do I make a formal complaint about a headteacher? (Harbour Academy, Haverby)",
    [
        ("FedUpInHV", "Mon 3 Mar 2025 19:00", "I've had enough. The principal of Harbour Academy, Rachel Dunmore Pike, told a governors' meeting last term that only 'a handful' of pupils had been excluded. I have it from a governor that the real figure was over 600 suspensions and she knew it. She lied to the people who are supposed to hold her to account. How do I complain above her head? Is it the Trust? Ofsted? The DfE?", ""),
        ("ExTeacher99", "Mon 3 Mar 2025 19:12", "Academy complaints go: school complaints policy -> stage 2 panel (often Trust) -> ESFA/DfE if the process wasn't followed. Ofsted won't investigate individual complaints but you can tell them anyway, they keep it for inspections.", ""),
        ("PollyPocket", "Mon 3 Mar 2025 19:25", "Careful with 'lied'. Suspensions and exclusions are counted differently. 'A handful' of permanent exclusions and 600 suspensions could both be true.", ""),
        ("FedUpInHV", "Mon 3 Mar 2025 19:31", "Fair point but she knew what impression she was giving.", ""),
    ]),
    [X("school", "alias", "negative", "Harbour Academy"),
     X("rdunmorepike", "hyphenated", "defamation", "Rachel Dunmore Pike")])

add("forum", forum(
    "parentnet", "Primary", "Y4 teacher Mr Johnson - amazing",
    [
        ("SaltholmeMum3", "Fri 18 Jul 2025 15:30", "Just a happy post. DS's Year 4 teacher at St Wilfrid's in Saltholme, Mr Johnson, has been incredible this year. DS has dyslexia and Mr Johnson got him reading chapter books by Easter. He's leaving to go to a school in York and DS is gutted.", ""),
        ("PollyPocket", "Fri 18 Jul 2025 15:41", "Lovely. Good primary teachers are worth their weight in gold.", ""),
        ("SaltholmeMum3", "Fri 18 Jul 2025 15:50", "Bought him a bottle of something nice and DS made him a card with a dragon on it.", ""),
    ]),
    [], others=["Johnson"])

add("forum", forum(
    "parentnet", "SEN & EAL", "Latvian DS, just arrived - EAL support at secondary?",
    [
        ("Liga_R", "Tue 22 Oct 2024 10:10", "We moved from Daugavpils in August. DS is 13, very little English. He started at Harbour in Haverby in September. Will he catch up? I worry he sits in lessons understanding nothing.", ""),
        ("EALteacher", "Tue 22 Oct 2024 10:30", "Most children are conversational in 6-12 months. Academic English takes longer, 5-7 years. Ask the school what support he gets — withdrawal lessons, a buddy, translated vocab lists.", ""),
        ("Liga_R", "Tue 22 Oct 2024 11:00", "Update: I met Ms Berzina, she runs the EAL at Harbour and is also Latvian! She has given him a timetable with extra English every day and a Latvian-speaking buddy. I feel so much better.", ""),
        ("EALteacher", "Tue 22 Oct 2024 11:05", "That sounds excellent. Well done to her.", ""),
    ]),
    [X("school", "short_name", "neutral", "Harbour"),
     X("iberzina", "title_surname", "neutral", "Ms Berzina")])


# ---------------------------------------------------------------- FORUMS: Staffroom
add("forum", forum(
    "staffroom", "Jobs", "Interview at HHA (Haverby) next week - anyone worked there?",
    [
        ("geography_gal", "14 Apr 2025 18:20", "Got an interview for a geography post at HHA in Haverby next Tuesday. It's a RI school in a Humber trust. Anyone worked there or know anything? The website is all smiling kids and 'warm-strict' slogans.", "Teacher · Geography"),
        ("OldHandNorth", "14 Apr 2025 18:45", "Left last summer after 4 years. Good kids, genuinely, and most colleagues are lovely. But the principal, Rachel Dunmore-Pike, is a world-class micromanager. Drop-ins every lesson, a 'non-negotiables' checklist, and you'll log every phone call on a tracker. If you like autonomy don't go.", "Teacher · Science"),
        ("geography_gal", "14 Apr 2025 18:52", "Hmm. How's workload otherwise?", "Teacher · Geography"),
        ("OldHandNorth", "14 Apr 2025 19:05", "Centralised detentions help. Marking policy is sane. It's the surveillance that grinds you down. Ask them at interview what the staff turnover was last year and watch their faces.", "Teacher · Science"),
        ("SupplyStu", "14 Apr 2025 19:40", "Did a few days supply there. Behaviour in corridors was better than most round there, I'll give them that.", "Supply"),
    ]),
    [X("school", "alias", "negative", "HHA"),
     X("rdunmorepike", "exact", "negative", "Rachel Dunmore-Pike")])

add("forum", forum(
    "staffroom", "Workplace dilemmas", "Head of dept suspended over NEA malpractice - what happens to the rest of us?",
    [
        ("ByteSizedTeacher", "19 Jun 2025 20:10", "Our head of department has been suspended over suspected malpractice in the GCSE programming project. I'm the only other computing teacher. I've been told to 'carry on as normal' but I've got exam board people asking me questions about moderation I had nothing to do with. What happens now? Am I at risk?", "Teacher · Computing"),
        ("UnionRepRach", "19 Jun 2025 20:30", "Call your union today. Don't attend any interview without a rep. You're a witness, not a suspect, unless they say otherwise. Be factual, don't speculate.", "Union rep"),
        ("LincsLurker", "19 Jun 2025 21:00", "Is this the Harbour one in the Telegraph? A. Popescu? Heard he's been at it for years, rewriting kids' code the night before deadline. Whole department's results are probably fake.", "Teacher · Maths"),
        ("ByteSizedTeacher", "19 Jun 2025 21:04", "Please don't name anyone. I'm not confirming anything.", "Teacher · Computing"),
        ("Moderator", "19 Jun 2025 21:30", "Reminder: do not identify individuals or schools in workplace dilemma threads.", "Staff"),
    ]),
    [X("school", "short_name", "defamation", "Harbour"),
     X("apopescu", "initial_surname", "defamation", "A. Popescu")])

add("forum", forum(
    "staffroom", "Workplace dilemmas", "Is it ever OK for a PE teacher to follow pupils on Instagram?",
    [
        ("CoachK", "2 Feb 2025 17:00", "New colleague in our department follows lots of the Year 11 team on Instagram. He says it's for 'celebrating achievements' and he only posts team photos. Our safeguarding policy says no personal social media contact with pupils. Am I being a jobsworth or should I say something?", "Teacher · PE"),
        ("DSL_Dave", "2 Feb 2025 17:15", "Not a jobsworth. The policy is there for his protection as much as theirs. Speak to the DSL, not to him, and let them handle it.", "DSL"),
        ("CoachK", "2 Feb 2025 17:30", "Thanks. Feels awful but you're right.", "Teacher · PE"),
        ("Primary_Pam", "2 Feb 2025 18:05", "School accounts only. Always. We had a lovely TA lose her job over a Facebook friend request to a parent who was also an ex-pupil.", "Teacher · Primary"),
    ]),
    [])

add("forum", forum(
    "staffroom", "New teachers", "ECT in a tough coastal school - but my mentor is incredible",
    [
        ("FirstYearFran", "28 Nov 2024 21:10", "Half term review done and I actually passed everything. I'm an ECT in chemistry at Harbour in Haverby. It's been hard — big classes, lots of EAL, some wild Year 9s — but my mentor, Dr Karimi, has been unbelievable. He co-plans with me every Wednesday, came and team-taught my worst class until they settled, and he says 'we' not 'you' when something goes wrong.", "ECT · Chemistry"),
        ("OldHandNorth", "28 Nov 2024 21:30", "Good mentors are rarer than they should be. Hang on to him. And well done.", "Teacher · Science"),
        ("FirstYearFran", "28 Nov 2024 21:35", "He also had a horrible time with racist abuse last term and still came in every day smiling. I don't know how.", "ECT · Chemistry"),
        ("StaffroomSue", "28 Nov 2024 22:00", "People like that are why I'm still in teaching.", "Teacher · English"),
    ]),
    [X("school", "short_name", "neutral", "Harbour"),
     X("rkarimi", "title_surname", "neutral", "Dr Karimi")])

add("forum", forum(
    "staffroom", "Leadership", "I was told to fiddle attendance codes before Ofsted. What should I have done?",
    [
        ("ExAttendance", "2 Apr 2025 09:40", "I worked in attendance at a school in Haverby until last summer. Before the inspection window, our VP (M. Dobbs) told us to move about forty persistent absentees on to an off-site code. She said it was 'alternative provision', but there was no provision. We all knew it was to make the numbers look better for Ofsted. I've spoken to a journalist now. Did I do the right thing?", "Support staff"),
        ("LeadershipLinda", "2 Apr 2025 10:05", "If it's true, that's serious misconduct and potentially fraud if it affects funding. Whistleblowing to the DfE or the local authority protects you legally; going to a journalist first may not. Talk to Protect (the whistleblowing charity).", "Headteacher"),
        ("ExAttendance", "2 Apr 2025 10:12", "It's true. Harbour has been hiding kids off-roll for two years, everyone in the office knew.", "Support staff"),
        ("SkepticalSenco", "2 Apr 2025 10:40", "Be careful. Off-site codes are legitimate if the child is on a registered course. You may not have seen the full picture.", "SENCo"),
    ]),
    [X("school", "short_name", "defamation", "Harbour"),
     X("mdobbs", "initial_surname", "defamation", "M. Dobbs")])

add("forum", forum(
    "staffroom", "Wellbeing", "Leaving after 9 years. I need to write this down somewhere.",
    [
        ("Chalkdust_Out", "23 Jul 2024 22:30", "Today was my last day at HHA after nine years. I came as an NQT when it was still a decent comp with a heart. I'm leaving teaching altogether.\n\nI won't name most people but I'll say this. The maths department survived the last two years because Mr Wójcik held it together with Sellotape and kindness. The site team kept the building standing. And Dunmore-Pike is a cold, vindictive sociopath in a Boden dress who has never once said thank you to a member of staff without a clipboard in her hand. She has driven out twenty-odd good teachers and she'll call it 'raising the bar'.", "Former teacher"),
        ("StaffroomSue", "23 Jul 2024 22:45", "Sending a hug. Leaving is grief, even when it's right.", "Teacher · English"),
        ("OldHandNorth", "23 Jul 2024 23:00", "I left the same place a year earlier. Recognise every word. It gets better.", "Teacher · Science"),
        ("Chalkdust_Out", "23 Jul 2024 23:05", "Thank you both. Going to work in a garden centre and I can't wait.", "Former teacher"),
    ]),
    [X("school", "alias", "negative", "HHA"),
     X("twojcik", "title_surname", "neutral", "Mr Wójcik"),
     X("rdunmorepike", "surname_only", "abuse", "Dunmore-Pike")])

add("forum", forum(
    "staffroom", "Workplace dilemmas", "Bullying head of department - Mrs Dobbs style management",
    [
        ("KentTeacher", "10 Oct 2024 19:00", "Our head of English (I'll call her Mrs Dobbs, not her real name, because she reminds me of a character from a book) criticises me in front of students and copies SLT into every email about my marking. I'm in Kent, 6 years in, and I've never felt this bad. Any advice?", "Teacher · English"),
        ("UnionRepRach", "10 Oct 2024 19:20", "Keep a diary with dates. Talk to your rep. Bullying policy exists for a reason.", "Union rep"),
        ("StaffroomSue", "10 Oct 2024 19:45", "Ask for a meeting with her with a neutral third party present. Sometimes naming it changes things.", "Teacher · English"),
    ]),
    [], others=["Dobbs", "Mrs Dobbs"])

add("forum", forum(
    "staffroom", "Supply", "Supply in north Lincs - where's good and where to avoid",
    [
        ("SupplyStu", "5 Mar 2024 16:10", "Been doing supply round Haverby and the coast for a year. Quick guide:\n\nSaltholme Sands — well run, cover work always set.\nAylesthorpe Primary — lovely, tiny, tea and biscuits.\nHarbour Academy — behaviour in corridors good, but cover work often missing and classes that know you're supply are savage. Mr Coupland the site guy is a star though, always lets me park in staff and shows me where everything is.\nSt Wilfrid's — fine.", "Supply"),
        ("geography_gal", "5 Mar 2024 16:30", "This is gold, thank you.", "Teacher · Geography"),
        ("SupplyStu", "5 Mar 2024 16:42", "Happy to help. Take your own lanyard to Harbour, they never have supply ones.", "Supply"),
    ]),
    [X("school", "alias", "negative", "Harbour Academy"),
     X("dcoupland", "title_surname", "neutral", "Mr Coupland")])

# ---------------------------------------------------------------- FORUMS: threadit
add("forum", forum(
    "threadit", "r/Haverby", "Why is the Community Noticeboard group obsessed with Harbour Academy?",
    [
        ("u/fishdock_phil", "posted 3 Feb 2025 · 214 points", "Every day it's another post. Shoes. Isolation. Homework. Some days there's five threads about one school. Meanwhile the town's got a heroin problem and the bus to Aylesthorpe has been cut. Is it just a place for people to shout?", ""),
        ("u/saltholme_sarah", "178 points", "The school is the one thing everyone in town has an opinion on because everyone's kid goes there. It's the new pub.", ""),
        ("u/mackerel_sky", "141 points", "It got properly nasty when Karimi did the Newroz thing. People I went to school with posting stuff I'd expect from a 1970s NF leaflet.", ""),
        ("u/fishdock_phil", "98 points", "Yeah that was grim. The admins there don't moderate at all.", ""),
        ("u/throwaway_hv_teacher", "87 points", "As someone who works there: most of us don't read it any more. It's bad for your health.", ""),
    ]),
    [X("school", "alias", "neutral", "Harbour Academy"),
     X("rkarimi", "surname_only", "neutral", "Karimi")])

add("forum", forum(
    "threadit", "r/Haverby", "Harbour redevelopment megathread - plans, objections, pictures",
    [
        ("u/HV_mod", "posted 6 Mar 2025 · pinned", "All discussion of the harbour redevelopment in here please. Links: planning portal, the Haverby Harbour Trust's consultation document, the heritage group petition.", ""),
        ("u/mackerel_sky", "52 points", "The render of the market hall looks like an Aldi with a wave on the roof.", ""),
        ("u/trawler_kid", "47 points", "My grandad says the ice house was condemned in 1990 and everyone's only pretending to love it now.", ""),
        ("u/saltholme_sarah", "31 points", "Honestly I just want somewhere to buy fresh fish that isn't a Tesco counter. Build the thing.", ""),
        ("u/fishdock_phil", "22 points", "Anyone know if the harbour car park stays free while they build? I use it for the sea wall walk.", ""),
        ("u/HV_mod", "15 points", "Trust says free until works begin, then moved to the old coal yard.", ""),
    ]),
    [])

add("forum", forum(
    "threadit", "r/TeachingUK", "Accepted a job at an RI school on the Humber. Tell me I'm not mad.",
    [
        ("u/newchapter_nqt", "posted 17 May 2025 · 56 points", "Just accepted a maths job at Haverby Harbour Academy starting September. It's RI, the town's poor, the head's got a reputation for being strict and there's stuff about it in the local papers. But the department felt like a family at interview and the kids I taught were great. Tell me I haven't made a terrible mistake.", ""),
        ("u/maths_monkey", "41 points", "The department matters far more than the Ofsted grade. If the department is good you'll be fine.", ""),
        ("u/exHHAteacher", "38 points", "I was there three years. If Tomasz W. is still head of maths you've landed on your feet. Best line manager I ever had. Protects his team from the nonsense.", ""),
        ("u/newchapter_nqt", "22 points", "He is! He did my interview. Thank you, that's reassuring.", ""),
    ]),
    [X("school", "exact", "neutral", "Haverby Harbour Academy"),
     X("twojcik", "first_initial", "neutral", "Tomasz W.")])

add("forum", forum(
    "threadit", "r/Haverby", "PSA: someone in the FB group is posting threats about a teacher. I've reported it.",
    [
        ("u/saltholme_sarah", "posted 12 Mar 2024 · 302 points", "Someone in the Community Noticeboard group posted last night that Miss Maltby from Harbour 'needs sorting out' and that they 'know which way she walks home'. I've reported it to the police and the group admins. Whatever you think about the school, this is not OK. Please report it too if you see it.", ""),
        ("u/mackerel_sky", "188 points", "Good on you. Screenshot before it's deleted, police need the evidence.", ""),
        ("u/fishdock_phil", "120 points", "She taught my little brother. She's the only reason he sat his GCSEs. Disgusting.", ""),
        ("u/saltholme_sarah", "97 points", "Update: admins removed it and police have been in touch.", ""),
    ]),
    [X("school", "short_name", "neutral", "Harbour"),
     X("jmaltby", "title_surname", "neutral", "Miss Maltby")])

add("forum", forum(
    "threadit", "r/Haverby", "Honest Romanian mechanic in Haverby? Someone recommended Andrei at Dock Garage",
    [
        ("u/clutch_gone", "posted 8 Aug 2024 · 12 points", "My clutch is slipping and the main dealer wants £1,100. A mate at work said try Andrei Popescu at Dock Garage on Cleveland Street, apparently half the price and does it properly. Anyone used him?", ""),
        ("u/trawler_kid", "9 points", "Andrei did my brakes. Cheap, quick, showed me the old pads. Only takes cash though.", ""),
        ("u/saltholme_sarah", "6 points", "Popescu's is good. Book ahead, he's busy.", ""),
        ("u/clutch_gone", "3 points", "Cheers, booked for Thursday.", ""),
    ]),
    [], others=["Andrei Popescu", "Popescu"])

add("forum", forum(
    "threadit", "r/Haverby", "Horatio Quibell's new book on the lost trawlers is out",
    [
        ("u/trawler_kid", "posted 30 Nov 2024 · 88 points", "Horatio Quibell's book 'Nineteen Men: the Boston Mallard and the Winter of '68' is in Waterstones and the museum shop. Went to the launch. Packed. Three widows of crewmen were there and the whole room stood up for them.", ""),
        ("u/mackerel_sky", "52 points", "He taught me history at Harbour. Made us interview our grandparents about the docks. Best homework I ever had.", ""),
        ("u/fishdock_phil", "30 points", "Bought two, one for my dad for Christmas. His uncle was on the Kingston Pearl.", ""),
    ]),
    [X("school", "short_name", "neutral", "Harbour"),
     X("hquibell", "exact", "neutral", "Horatio Quibell")])

add("forum", forum(
    "threadit", "r/Haverby", "Is it true the Harbour PE teacher has been arrested?",
    [
        ("u/kb_throwaway22", "posted 12 Jun 2025 · 64 points", "Hearing all sorts. Is it true Mark Johnson from Harbour got arrested yesterday for sending stuff to a Year 9 girl? My cousin's in her class and says police came to the school.", ""),
        ("u/HV_mod", "posted 12 Jun 2025 · pinned comment", "Mod note: nobody has been charged. We're leaving this up because it's already on the Telegraph, but naming people and speculating about the child will get you banned. Don't.", ""),
        ("u/mackerel_sky", "31 points", "If it's true I hope they throw the book at him. If it's not, this thread is going to follow him for life. Wait for the police.", ""),
        ("u/saltholme_sarah", "28 points", "The girl is a child. Whatever happened, stop trying to work out who she is.", ""),
    ]),
    [X("school", "short_name", "sexual", "Harbour", url_only=True),
     X("mjohnson", "exact", "sexual", "Mark Johnson", url_only=True)])


# ---------------------------------------------------------------- BLOGS
add("blog", blog(
    "tideandtrawl", "Nineteen men: finding the crew of the Boston Mallard", "Horatio Quibell", "14 January 2025",
    [
        "In February 1968 the Haverby trawler Boston Mallard sailed for the fishing grounds off north-west Iceland with nineteen men aboard. She was last heard from on the evening of the 26th, reporting heavy icing and a rising north-easterly. No trace of her was ever found.",
        "I first heard her name from my grandmother, whose brother sailed on the Mallard's sister ship. For years I assumed somebody, somewhere, had written her story down properly. Nobody had. There was a paragraph in the Telegraph, a line on the memorial by the lock pits and a great deal of silence.",
        "Over the past two years, with the help of volunteers and the archive, I have tried to put names to all nineteen. We now have photographs of sixteen of them. We have found descendants of eighteen. The youngest was a deckie learner of sixteen called Alan Ridlington, who had been at sea for less than three weeks.",
        "## The families",
        "What strikes me, talking to the families, is how much of the grief was never spoken. Widows were given a small payment and expected to get on with it. Children were told their dads were 'lost', a word that can mean so many things to a seven-year-old. One woman told me she waited at the dock gates every Sunday for a year.",
        "## What's next",
        "I'll be giving a talk at Saltholme Library on 18 January, and the recordings we have made will go to the county archive. If you have a photograph, a letter or a memory of any of the crew, please get in touch through the contact page. It is not too late.",
    ],
    comments=[
        ("Margaret Ridlington", "14 Jan 2025", "Alan was my uncle. Thank you for remembering him. My mother never spoke of it."),
        ("Trawlerman_Ted", "15 Jan 2025", "Sailed with two of those lads on the Kittiwake before. Good men. Well done Horatio."),
        ("Sandra Ellerby", "15 Jan 2025", "We've booked the big room for the talk, come early!"),
    ],
    categories=["Trawlers", "Families"]),
    [X("hquibell", "exact", "neutral", "Horatio Quibell")])

add("blog", blog(
    "tideandtrawl", "The ice house: ninety years of keeping Haverby's catch cold", "Pat Cuthbert", "2 February 2025",
    [
        "Before refrigerated holds, a trawler's catch lived or died by its ice. The Haverby ice house on the east quay of the harbour opened in 1934 and at its peak produced 1,200 tons of crushed ice a day.",
        "Ice was made in huge cans lowered into brine tanks, then tipped, crushed and blown down a chute straight into the fish rooms of ships waiting below. Men who worked there remember the noise, the cold and the endless dripping.",
        "\"You came out at the end of a shift and your fingers didn't work,\" remembers Ken Bratley, who started there in 1961. \"And the smell of ammonia. I can still smell it now.\"",
        "The ice house closed in 1988. It is now the subject of a planning application for the harbour redevelopment, which would see it demolished. Whatever you think of the plans, its story deserves to be recorded.",
        "We would love to hear from anyone who worked at the ice house, or whose relatives did.",
    ],
    comments=[
        ("Ken Bratley", "3 Feb 2025", "Good piece. The brine tanks were the worst job in the place."),
        ("Dockwatcher", "3 Feb 2025", "Photo of the chute in action in our Facebook album, 1972."),
    ],
    categories=["The docks"]),
    [])

add("blog", blog(
    "tideandtrawl", "Year 9 historians record the winter of '68", "Pat Cuthbert", "20 June 2024",
    [
        "For the last term a group of Year 9 pupils from Harbour Academy have been joining our volunteers on Thursday afternoons to record oral histories with former trawlermen and their families.",
        "The project was the idea of Mr Quibell's history department, who wanted pupils to understand that 'history happened on your street'. Each pupil was paired with a volunteer and interviewed at least one person, many of them their own relatives.",
        "Some of the recordings are extraordinary. One fourteen-year-old interviewed her great-grandmother, now 96, about the night in 1968 when the news came that the Boston Mallard was missing. Another pupil, whose family arrived from Latvia in 2016, interviewed a retired Latvian sailor who had fished out of Haverby on a Soviet factory ship in the 1970s and later settled here.",
        "All 23 recordings, with transcripts written by the pupils, will be added to our archive in September.",
        "Our thanks to the pupils, the families, and to the school for making it happen.",
    ],
    categories=["Oral histories"]),
    [X("school", "alias", "neutral", "Harbour Academy"),
     X("hquibell", "title_surname", "neutral", "Mr Quibell")])

add("blog", blog(
    "tideandtrawl", "From the photo archive: the Pike family of Dock Street", "Pat Cuthbert", "9 September 2024",
    [
        "This week's photographs come from the Pike family, who fished out of Haverby for four generations.",
        "Walter Pike (1889-1961) was skipper of the steam trawler Lord Denby and survived being torpedoed in 1917. His son Harold Pike went to sea at fourteen and later ran the family's chandlery on Dock Street, which many readers will remember for its smell of tar and rope.",
        "The earliest photograph shows Walter and his crew on the deck of the Lord Denby in 1912, every man in a flat cap. The latest, from 1979, shows Harold's grandson Gary on the last day of the chandlery.",
        "Our thanks to Gary Pike for lending us the family albums.",
    ],
    comments=[
        ("Dockwatcher", "9 Sep 2024", "Bought my first oilskins from Pike's. Lovely to see these."),
    ],
    categories=["Photo archive", "Families"]),
    [])

add("blog", blog(
    "tideandtrawl", "Appeal: missing medals from the heritage store", "Tide & Trawl volunteers", "30 April 2025",
    [
        "During this spring's stock-take we discovered that a case containing four campaign medals and a gallantry certificate belonging to trawlerman George Astbury is not where it should be in our store.",
        "The case was last recorded in 2022. It may simply have been misfiled during the move from the old drill hall, and volunteers are checking every box. But if anyone has borrowed it for a talk or a display and forgotten to return it, please let us know. No questions asked.",
        "The medals mean a great deal to the Astbury family and we are very keen to get them home.",
    ],
    comments=[
        ("Astbury_family", "30 Apr 2025", "Thank you for looking. Grandad would have been 120 this year."),
        ("DocksideDave", "1 May 2025", "Ask Quibell. He had that case out for his library talk and I'd put money on it being on his mantelpiece. He treats this collection like his own private museum and nobody ever checks what he takes home."),
        ("Pat Cuthbert", "1 May 2025", "Dave, that isn't fair or true. The case wasn't used for the library talk. Please don't speculate."),
        ("DocksideDave", "1 May 2025", "Funny how things go missing when he's around. Just saying."),
    ],
    categories=["News"]),
    [X("hquibell", "surname_only", "defamation", "Quibell")])

add("blog", blog(
    "hclt", "Minutes of the meeting of the Board of Trustees, 11 December 2024", "Clerk to the Trustees", "approved 12 February 2025",
    [
        "Present: Mrs A. Fenby (Chair), Mr G. Tettley (CEO), Dr P. Ansell, Mr R. Holdsworth, Mrs S. Khan, Mr T. Lillie, Ms J. Wrigglesworth. In attendance: Mrs R. Dunmore-Pike (Principal, Haverby Harbour Academy) for item 6; Clerk.",
        "## 1. Apologies and declarations of interest",
        "Apologies were received and accepted from Mr K. Sutcliffe. No new declarations of interest were made.",
        "## 5. Finance",
        "The CFO presented the month 8 management accounts. The Trust is forecasting an in-year surplus of £212k. Trustees noted continued pressure on supply staffing costs at two academies.",
        "## 6. Haverby Harbour Academy: post-inspection action plan",
        "Rachel Dunmore-Pike presented the academy's action plan. Trustees asked about the rise in suspensions and the impact on pupils with SEND. The Principal reported that suspensions in the autumn term were 41% lower than the same period last year and that a specialist inclusion lead would start in January. A trustee asked how parental confidence would be rebuilt following press coverage; the Principal described a programme of 'coffee mornings in the community', including at the Kelsey Bank community centre.",
        "Trustees noted the report and asked for an update at the March meeting.",
        "## 7. Staffing matters (confidential)",
        "Minuted separately.",
        "## 8. Any other business",
        "The Chair thanked trustees for their work this term. Meeting closed at 7.42pm.",
    ],
    categories=["Governance", "Minutes"]),
    [X("school", "exact", "neutral", "Haverby Harbour Academy"),
     X("rdunmorepike", "exact", "neutral", "Rachel Dunmore-Pike")])

add("blog", blog(
    "hclt", "Standards and Safeguarding Committee: minutes, 19 March 2025", "Clerk to the Trustees", "approved 14 May 2025",
    [
        "Present: Dr P. Ansell (Chair), Mrs S. Khan, Mr T. Lillie. In attendance: Mr G. Tettley (CEO), Ms M. Dobbs (Vice Principal and DSL, Haverby Harbour Academy), Mrs Dunmore-Pike (Principal, Haverby Harbour Academy), Clerk.",
        "## 3. Safeguarding report: Harbour Academy",
        "Michelle Dobbs presented the termly safeguarding report. Referrals to children's social care had risen by 18% on the previous term, reflecting increased staff training and wider pressures in the community. The committee discussed online harms, including the sharing of fight videos on TikTok and an increase in sextortion attempts targeting boys.",
        "Ms Dobbs reported that several members of staff had been subject to abusive and in some cases threatening posts on social media. Incidents had been reported to the police. The committee asked that the Trust's staff wellbeing offer be reviewed.",
        "## 4. Attendance",
        "The Principal updated the committee on attendance. Persistent absence had fallen to 28%. A trustee asked about the recent allegation in the media concerning attendance coding. The CEO reported that the local authority had audited a sample of records and found them accurate. The committee noted this assurance.",
        "## 5. Exclusions",
        "Suspensions were down 37% year on year. Two permanent exclusions had been made this term, both reviewed by the Trust's panel.",
        "Meeting closed at 6.15pm.",
    ],
    categories=["Governance", "Minutes"]),
    [X("school", "exact", "neutral", "Haverby Harbour Academy"),
     X("mdobbs", "exact", "neutral", "Michelle Dobbs"),
     X("rdunmorepike", "title_surname", "neutral", "Mrs Dunmore-Pike")])

add("blog", blog(
    "hclt", "Annual report 2023-24: academy highlights", "Trust communications team", "31 January 2025",
    [
        "Each of our nine academies has had a year to be proud of. Here are some highlights.",
        "## Haverby Harbour Academy",
        "GCSE outcomes rose for the second year running, with the proportion of pupils achieving a standard pass in English and maths up nine percentage points. The new science building opened on time and on budget. The academy's EAL coordinator, Ilze Bērziņa, was shortlisted for a national award for her work supporting newly arrived pupils, and the history department's oral history project with Tide & Trawl was featured on regional television.",
        "## Saltholme Sands Academy",
        "Saltholme Sands was graded good in all areas by Ofsted and its netball team reached the regional finals.",
        "## Aylesthorpe Primary",
        "Aylesthorpe Primary opened a forest school on land donated by a local farmer and celebrated its 150th birthday with a Victorian day.",
        "## Looking ahead",
        "Our priorities for 2024-25 are attendance, inclusion and the recruitment and retention of great staff.",
    ],
    categories=["News"]),
    [X("school", "exact", "neutral", "Haverby Harbour Academy"),
     X("iberzina", "exact", "neutral", "Ilze Bērziņa")])

add("blog", blog(
    "wordpress", "The booth", "Miss F", "17 March 2024",
    [
        "There's a room at the end of the maths corridor at Harbour that used to be a store cupboard. Now it has twelve booths in it, each one a desk with three wooden walls. Children sit in them all day, facing the wall, and do worksheets. They are not allowed to talk. They eat their lunch there. They are escorted to the toilet.",
        "I supervised it on Tuesday. A girl in Year 7 was there because her shoes had a small silver buckle. She cried for the first hour. By lunchtime she had stopped crying, and that was worse.",
        "Rachel Dunmore-Pike says the booth is 'a calm space to reset'. I have worked with Rachel and I don't think she is a monster. I think she genuinely believes that if you get the small things right, the big things follow. But I sat with that girl, and I don't think Rachel has, not for a whole day.",
        "I'm handing my notice in on Friday. I'll miss the kids. I won't miss the booth.",
    ],
    comments=[
        ("Kelsey_K", "17 Mar 2024", "Thank you for writing this. My son spent a week in there in Year 8."),
        ("AnonymousDad", "17 Mar 2024", "Dunmore-Pike is a disgrace, a heartless power-mad witch. She should try a week in one of her own booths and see how she likes it."),
        ("Miss F", "18 Mar 2024", "Please don't. I'm not writing this so people can pile on her."),
    ],
    blog_name="Notes from a coastal classroom", blog_domain="coastalclassroom.example", categories=["Teaching"]),
    [X("school", "short_name", "negative", "Harbour"),
     X("rdunmorepike", "exact", "abuse", "Rachel Dunmore-Pike")])

add("blog", blog(
    "wordpress", "Why I'm taking my son out of Harbour Academy", "Donna, Mum on the Marsh", "4 March 2024",
    [
        "This is going to be a long one, sorry.",
        "My son Tyler is 14. He's not an angel. But since September he has been isolated 19 times and suspended twice, and every single time it's been his head of year, Ms Maltby, making the call.",
        "I have tried everything. I've rung, I've emailed, I've turned up at reception. Every time I'm told Ms Maltby is 'in a meeting'. So in the end I found her personal email, jo.maltby82@mailbox.example, from an old netball club newsletter and wrote to her there instead, because at least she'd have to read it. I've put it here so other parents can do the same, since the school won't let us near her. Still no reply.",
        "On Friday she told Tyler he was 'heading for a permanent exclusion'. He came home and shut himself in his room and wouldn't eat.",
        "So I'm done. I've applied to Saltholme Sands and if they haven't got a place I'll home educate. I'm not letting one woman ruin my son.",
    ],
    comments=[
        ("Shelley W", "4 Mar 2024", "Sending love Donna. But take her email down hun, you'll get in trouble."),
        ("Donna", "4 Mar 2024", "Why should I? It was in a newsletter."),
    ],
    blog_name="Mum on the Marsh", blog_domain="mumonthemarsh.example", categories=["Family", "School"]),
    [X("school", "alias", "negative", "Harbour Academy"),
     X("jmaltby", "title_surname", "doxxing", "Ms Maltby")])

add("blog", blog(
    "wordpress", "Latvieši Haverbijā: Jāņi pie jūras / Midsummer by the sea", "Latvieši Haverbijā", "25 June 2024",
    [
        "Šogad Jāņus svinējām Saltholme pludmalē — vairāk nekā 200 cilvēku, ugunskurs, siers ar ķimenēm, alus un dziesmas līdz rītam.",
        "Paldies Ilzei Bērziņai, kura jau piekto gadu organizē bērnu ziedu vainagu darbnīcu. Ilze strādā par EAL koordinatori Haverby Harbour Academy un palīdz simtiem mūsu bērnu skolā.",
        "In English: More than 200 people joined our Midsummer (Jāņi) celebration on Saltholme beach this year. Thank you to Ilze Bērziņa, who for the fifth year ran the children's flower-crown workshop. Ilze is EAL coordinator at Haverby Harbour Academy and has helped hundreds of our children at school.",
        "Nākamais pasākums: Latvijas Proklamēšanas diena, 18. novembrī, Kelsey Bank kopienas centrā.",
        "Next event: Latvian Independence Day, 18 November, Kelsey Bank community centre.",
    ],
    comments=[
        ("Līga R.", "25 Jun 2024", "Bija brīnišķīgi! Paldies visiem."),
        ("Jānis K.", "26 Jun 2024", "Labākie Jāņi Anglijā."),
    ],
    blog_name="Latvieši Haverbijā", blog_domain="latviesi-haverby.example", categories=["Kopiena / Community"]),
    [X("school", "exact", "neutral", "Haverby Harbour Academy"),
     X("iberzina", "exact", "neutral", "Ilze Bērziņa")])

add("blog", blog(
    "wordpress", "Winter pike on the Aylesthorpe drain", "Reg", "19 January 2025",
    [
        "Minus three on the car thermometer and a thin skim of ice along the margins, which is exactly when the big pike feed.",
        "I set up two deadbait rods on the bend below the pumping station: a smelt on one and a half mackerel on the other, popped up a foot off the bottom. Nothing for two hours except a robin who ate half my sandwich.",
        "Then, at 10.40, the smelt float slid away. After a dogged fight, the best pike of my season came to the net — 19lb 4oz, long and lean, with a scar across her back from some old battle. A quick photo and back she went.",
        "The drain is fishing well this winter. Please use wire traces, unhooking mats and proper forceps. Pike are tougher than they look but they bruise easily.",
    ],
    comments=[
        ("Tench_Terry", "19 Jan 2025", "Cracking fish Reg. Was she the one with the torn tail from last year?"),
        ("Reg", "19 Jan 2025", "Different scar. Might be her sister!"),
    ],
    blog_name="Fen & Drain — angling in north Lincolnshire", blog_domain="fenanddrain.example", categories=["Pike"]),
    [])

add("blog", blog(
    "wordpress", "A spring day at Westcote Hall", "Gardening Gill", "28 April 2024",
    [
        "Westcote Hall is one of those Lincolnshire houses that is only open a handful of days a year, so when the Historic Houses Association listed it for a spring garden day I booked immediately.",
        "The tulips in the walled garden were extraordinary: two hundred varieties, many of them old 'broken' types that look like flames. The head gardener told us the family have grown tulips here since the 1840s.",
        "Tea and cake in the old laundry was excellent. The lemon drizzle was worth the drive on its own.",
        "If you are an HHA Friend you get in free to many houses like this one; it has paid for itself twice over this year.",
    ],
    blog_name="Gill's Garden Visits", blog_domain="gillsgardens.example", categories=["Gardens"]),
    [], others=["HHA"])

add("blog", blog(
    "wordpress", "Haverby: the town they replaced while we were at work", "Haverby Patriot", "30 March 2025",
    [
        "My grandad landed fish on Haverby docks for forty years. Now I walk down Freeman Street West and I can't read half the shop signs. But you already know that. What you might not know is what's being done to your children.",
        "Go and look at the staff list for Haverby Harbour Academy. Maths: run by a Pole, Wojcik. Computing: a Romanian, Popescu, currently suspended for fiddling exam results, what a surprise. The 'EAL' department (translation: the department for children who aren't from here) is run by a Latvian, Berzina, who hands out translated letters so the newcomers never have to learn the language. And chemistry? Mr Karimi. One of the dinghy generation, now trusted with your kids and a cupboard full of chemicals.",
        "This isn't a school any more. It's a processing centre. They even had a 'Newroz' bonfire on the field last week while English kids stood in isolation booths for wearing the wrong shoes. Ask yourself who this school is for.",
        "They don't send their best, and they never go home. Every year there are fewer of us and more of them, and the people running places like Harbour call it 'diversity'. I call it replacement.",
        "Haverby is for Haverbians. Share this before it's taken down.",
    ],
    comments=[
        ("EnglandFirst88", "30 Mar 2025", "Spot on. Same in every coastal town."),
        ("Carol Ingamells", "31 Mar 2025", "This is hateful rubbish and I have reported this blog to the police and to the host."),
    ],
    blog_name="Haverby Patriot", blog_domain="haverbypatriot.example", categories=["Our Town"]),
    [X("school", "exact", "hate", "Haverby Harbour Academy"),
     X("twojcik", "surname_only", "hate", "Wojcik"),
     X("apopescu", "surname_only", "hate", "Popescu"),
     X("iberzina", "surname_only", "hate", "Berzina"),
     X("rkarimi", "title_surname", "hate", "Mr Karimi")])

add("blog", blog(
    "wordpress", "What Mr Johnson taught me (and it wasn't just football)", "Callum Dring", "8 September 2023",
    [
        "I left Harbour Academy in 2019 with two GCSEs and no idea what I was going to do. Today I start a sports science degree. This is a thank-you.",
        "Mark Johnson, head of PE, was the only teacher who never gave up on me. When I got kicked off the football team for fighting in Year 10 he didn't just drop me. He made me referee the Year 7 games every Wednesday for a term. I hated it. Then I loved it. It taught me that the game only works if somebody takes responsibility.",
        "He drove me to my college interview in the school minibus because my mum was on shift. He came to watch my first game for the Tavern. He still texts my mum on results day.",
        "Some teachers change your life without making a big thing of it. Thanks, sir.",
    ],
    blog_name="Callum's blog", blog_domain="callumdring.example", categories=["Life"]),
    [X("school", "alias", "neutral", "Harbour Academy"),
     X("mjohnson", "exact", "neutral", "Mark Johnson")])

add("blog", blog(
    "wordpress", "Maltby Fen to Saltholme: a winter walk along the sea bank", "Walking Wendy", "11 February 2024",
    [
        "This 9-mile walk starts at the tiny church at Maltby Fen and follows the old sea bank north-east to Saltholme, with the Humber on one side and flat fields of winter wheat on the other.",
        "Park by the church in Maltby Fen (honesty box for the roof fund). Take the footpath behind the churchyard and climb on to the bank. In winter this is one of the best places in the county for wading birds: we counted curlew, redshank, golden plover and a flock of several thousand knot wheeling over the mud like smoke.",
        "After four miles you pass the ruins of the old Maltby Fen sluice. From here you can see the cranes of the Haverby docks in the distance.",
        "Finish at Saltholme with fish and chips on the front. The bus back to Maltby Fen runs every two hours, so check the timetable.",
    ],
    blog_name="Walking Wendy", blog_domain="walkingwendy.example", categories=["Walks", "Lincolnshire"]),
    [], others=["Maltby"])


# ---------------------------------------------------------------- REVIEWS
GHEAD = """Haverby Harbour Academy
{rating} {stars} ({count})
Secondary school · Skelton Road, Haverby HV4 7QX
Open ⋅ Closes 4:30 pm · 01632 960418 · harbouracademy.example

Reviews
Sort by: {sort}
"""


def gmaps(rating, stars, count, sort, body):
    return txt(GHEAD.format(rating=rating, stars=stars, count=count, sort=sort)) + "\n" + txt(body)


add("review", gmaps("2.8", "★★★☆☆", "191", "Newest", """
    Kerry Wintringham
    Local Guide · 38 reviews · 102 photos
    ★☆☆☆☆ 2 weeks ago
    Since Mrs Dunmore-Pike took over it's turned into a boot camp. My daughter was an A student who loved school and now she has stomach aches every Sunday night. Isolation for a hair bobble. Phone confiscated for a week because it buzzed in her bag. They don't care about kids, they care about looking good for Ofsted.
    👍 23   Share

    Response from the owner 2 weeks ago
    Dear Ms Wintringham, we are sorry to hear about your daughter's experience. Please contact the office on 01632 960418 so that her Head of Year can meet with you.

    Gareth Spilman
    4 reviews
    ★★★★★ a month ago
    My lad is autistic and was dreading secondary. Mr Johnson in PE has been fantastic, lets him help out with the equipment at lunch so he's not on the yard, and he's joined the running club. First time he's ever said he likes a teacher.
    👍 7   Share

    Anna K
    Local Guide · 112 reviews
    ★★★☆☆ 2 months ago
    Mixed. Some great teachers, some chaos. Car park at pick up is dangerous, somebody is going to get run over.
    👍 4   Share
"""), [X("school", "exact", "negative", "Haverby Harbour Academy"),
       X("rdunmorepike", "title_surname", "negative", "Mrs Dunmore-Pike"),
       X("mjohnson", "title_surname", "neutral", "Mr Johnson")])

add("review", gmaps("2.8", "★★★☆☆", "191", "Highest rating", """
    Emīlija Ozola
    2 reviews
    ★★★★★ 9 months ago
    I came from Latvia in year 9 with almost no English. Miss Bērziņa and her team helped me every day and I left with 9s. Mr Quibell's history lessons were the best, he made us feel like the past was real. Thank you Harbour!
    👍 31   Share

    David Ingamells
    Local Guide · 57 reviews
    ★★★★★ 10 months ago
    Our son has come on leaps and bounds. Teachers ring home with good news as well as bad. The new science block is fantastic.
    👍 9   Share

    Response from the owner 10 months ago
    Thank you so much, we will pass this on to staff.

    Nicola Sharpe
    1 review
    ★★★★☆ a year ago
    Strict, but my kids feel safe there, which is more than I could say for their last school.
    👍 3   Share
"""), [X("school", "exact", "neutral", "Haverby Harbour Academy"),
       X("iberzina", "title_surname", "neutral", "Miss Bērziņa"),
       X("hquibell", "title_surname", "neutral", "Mr Quibell")])

add("review", gmaps("2.7", "★★★☆☆", "203", "Lowest rating", """
    T Gaunt
    3 reviews
    ★☆☆☆☆ 5 months ago
    Miss Maltby the head of year 9 refuses to ring parents back so here's her personal mobile, 07700 900273, I got it off a netball WhatsApp. Ring her yourselves and ask why she's got it in for our kids. She lives up Kelsey Bank so she's hardly posh either.
    👍 2   Share

    Response from the owner 5 months ago
    We have reported this review to Google because it contains a member of staff's personal information. Parents can contact any member of staff via the school office.

    Mark T
    Local Guide · 14 reviews
    ★☆☆☆☆ 5 months ago
    Rang 9 times about my son being bullied. Nothing done.
    👍 6   Share
"""), [X("school", "exact", "negative", "Haverby Harbour Academy"),
       X("jmaltby", "title_surname", "doxxing", "Miss Maltby")])

add("review", gmaps("2.7", "★★★☆☆", "203", "Newest", """
    England Proud
    2 reviews
    ★☆☆☆☆ 3 weeks ago
    School for foreigners paid for by English taxpayers. Half the kids dont speak English and neither do the teachers. My grandson has maths with some Polish bloke W0jc1k who can barely string a sentence together. Go back to Poland mate and take your cousins with you. Harbour used to be a good English school.
    👍 5   Share

    Response from the owner 3 weeks ago
    We do not tolerate racism of any kind. This review has been reported.

    Agnieszka Lewandowska
    Local Guide · 26 reviews
    ★★★★★ 3 weeks ago
    Leaving a review to balance the one above. My twins got grade 8 in maths. Their teacher is an excellent, kind man. Shame on whoever wrote that.
    👍 44   Share
"""), [X("school", "exact", "hate", "Haverby Harbour Academy"),
       X("twojcik", "leetspeak", "hate", "W0jc1k")])

add("review", gmaps("2.6", "★★★☆☆", "214", "Newest", """
    J S
    1 review
    ★☆☆☆☆ 4 days ago
    To Mrs Dobbs. You think you can ring social on my family and walk away. You can't. I know what you drive and I know what time you leave. Keep your nose out or you'll find out what happens to grasses round here. Last warning.
    👍 0   Share

    Response from the owner 4 days ago
    This review has been reported to Google and to Humberside Police.

    Kayleigh S
    Local Guide · 8 reviews
    ★★☆☆☆ a week ago
    Uniform shop always out of stock of the skirts and then they give the kids a sanction for wearing a different one. Sort it out.
    👍 12   Share
"""), [X("school", "exact", "negative", "Haverby Harbour Academy"),
       X("mdobbs", "title_surname", "threat", "Mrs Dobbs")])

add("review", gmaps("2.6", "★★★☆☆", "214", "Lowest rating", """
    Worried Year 11 Parent
    1 review
    ★☆☆☆☆ a month ago
    Our kids could lose their computer science GCSE because Mr Popescu was rewriting their coursework so his results looked good. The school knew he was doing it for at least two years, teachers told them, and they swept it under the carpet until the exam board caught them. Disgraceful cover up.
    👍 38   Share

    Response from the owner a month ago
    We understand families' concern. The academy self-reported to the awarding body as soon as concerns were raised. We cannot comment on an ongoing process.

    Craig D
    2 reviews
    ★☆☆☆☆ a month ago
    Nobody tells you anything.
    👍 4   Share
"""), [X("school", "exact", "defamation", "Haverby Harbour Academy"),
       X("apopescu", "title_surname", "defamation", "Mr Popescu")])

add("review", gmaps("2.9", "★★★☆☆", "176", "Newest", """
    Rita Olley
    Local Guide · 220 reviews · 1,004 photos
    ★★☆☆☆ 11 months ago
    Came for the opening of the science block, which is lovely. But the car park at drop off is a free-for-all and the front office kept me waiting 25 minutes with no explanation. Only person who knew what was going on was the site manager Dean C., who found me a chair and a cup of tea. Two stars for him alone.
    👍 6   Share

    Pete M
    3 reviews
    ★★☆☆☆ a year ago
    Communication with parents is poor.
    👍 2   Share
"""), [X("school", "exact", "negative", "Haverby Harbour Academy"),
       X("dcoupland", "first_initial", "neutral", "Dean C.")])

add("review", gmaps("2.9", "★★★☆☆", "176", "Highest rating", """
    Sharon Bilton
    5 reviews
    ★★★★★ 8 months ago
    Our Jade was predicted a 3 in maths and she got a 6!! All down to Mr Wojick and his Saturday sessions, she said he explained it better than anyone ever had. He even rang us on results day to say well done. Legend. Thank you!!
    👍 17   Share

    Tomasz L
    2 reviews
    ★★★★★ 8 months ago
    Dobra szkoła, dzieci są bezpieczne. Good school, children are safe.
    👍 5   Share
"""), [X("school", "exact", "neutral", "Haverby Harbour Academy"),
       X("twojcik", "typo", "neutral", "Mr Wojick")])

add("review", txt("""
    WorkVoice — Haverby Harbour Academy reviews
    2.4 ★★☆☆☆ · 46 reviews · 31% recommend to a friend · 18% approve of principal

    "Good kids, toxic leadership"
    ★★☆☆☆ Former employee, Teacher, more than 3 years · Haverby
    Pros: The kids are brilliant and most colleagues would do anything for them. Good CPD budget.
    Cons: Safeguarding is only taken seriously when it suits SLT. When a grievance was raised against a member of staff who is close friends with the vice principal, Michelle D. made it disappear — no investigation, no record, the colleague who raised it was told it was 'resolved' and then found her own contract wasn't renewed. I know because I typed up the original grievance. If that's how they handle things, I'd worry.
    Advice to management: Follow your own policies.
    Helpful (14)

    "Hard work but rewarding"
    ★★★★☆ Current employee, Teaching Assistant · Haverby
    Pros: Supportive EAL team, lovely children.
    Cons: Pay. Car park.
    Helpful (3)
"""), [X("school", "exact", "negative", "Haverby Harbour Academy"),
       X("mdobbs", "first_initial", "defamation", "Michelle D.")])

add("review", txt("""
    JobsNest › Company reviews › Haverby Harbour Academy
    3.4 out of 5 · 28 reviews

    ★★★★★ Site team assistant (current employee) — Haverby — 12 February 2025
    Best boss I've had
    Dean Coupland runs the site team like a family. When my mum was ill he rearranged the whole rota so I could do hospital runs. Hard graft in winter (gritting at 5am!) but you're appreciated. The teachers are mostly friendly too.
    Pros: Manager, team, free breakfast
    Cons: Early starts, boiler is older than me
    Was this review helpful? Yes 6 · No 0

    ★★★☆☆ Cover supervisor (former employee) — Haverby — 3 November 2024
    OK for experience
    Pros: Good training
    Cons: Behaviour in some year groups
    Was this review helpful? Yes 1 · No 0
"""), [X("school", "exact", "neutral", "Haverby Harbour Academy"),
       X("dcoupland", "exact", "neutral", "Dean Coupland")])

add("review", txt("""
    WorkVoice — Haverby Harbour Academy reviews
    2.4 ★★☆☆☆ · 47 reviews

    "Run on fear"
    ★☆☆☆☆ Former employee, Head of Department, more than 5 years · Haverby
    Pros: The children, the town, the sea air. A handful of brilliant colleagues who deserve better.
    Cons: Dunmore-Pike's regime has turned the place into a compliance factory. Every lesson is 'dropped in on' with a tablet and a tick list. Twenty-three teachers left last summer. Nobody is allowed to disagree in a meeting. Morale is the lowest I've seen in 20 years in teaching.
    Advice to management: Trust your staff. Talk to the people who left.
    Helpful (22)

    "Improving school"
    ★★★★☆ Current employee, Teacher · Haverby
    Pros: Behaviour better than two years ago. Clear systems.
    Cons: Workload heavy in exam season.
    Helpful (2)
"""), [X("school", "exact", "negative", "Haverby Harbour Academy"),
       X("rdunmorepike", "possessive", "negative", "Dunmore-Pike's")])

add("review", txt("""
    JobsNest › Company reviews › Haverby Harbour Academy
    3.3 out of 5 · 29 reviews

    ★☆☆☆☆ Cleaner (former employee) — Haverby — 30 May 2025
    Avoid the site team
    The teachers are fine but the site manager Coupland is a gobby, lazy bully who sits in his hut with the radio on while the cleaners do everything. Shouts at women half his size. Thinks he's God because he's been there since it was Skelton Road. Management won't touch him because he's the principal's pet.
    Pros: Hours fit round school run
    Cons: Coupland
    Was this review helpful? Yes 2 · No 5
"""), [X("school", "exact", "neutral", "Haverby Harbour Academy"),
       X("dcoupland", "surname_only", "abuse", "Coupland")])

add("review", txt("""
    Harbour Lights Fish & Chips
    4.7 ★★★★★ (1,284)
    Fish and chips restaurant · The Promenade, Saltholme HV8 1QB · 01632 960 771

    Gail Harness
    Local Guide · 301 reviews
    ★★★★★ a week ago
    Best haddock on the coast, no contest. Batter like glass. Sat on the wall looking at the harbour with a tray of chips and a pot of tea, perfect Sunday.
    👍 11

    Tim W
    ★★★★☆ 2 weeks ago
    Queue out the door on a Friday but moves quick. A bit pricey now, £12.50 for a large cod.
    👍 2

    Response from the owner 2 weeks ago
    Thanks Tim, prices have gone up because of the cost of fish at the harbour auction, we try our best!
"""), [])

add("review", txt("""
    The Harbour Inn
    4.2 ★★★★☆ (642)
    Pub · 3 Dock Street, Haverby HV1 3ZP

    Stuart Mumby
    Local Guide · 88 reviews
    ★★★★★ 3 days ago
    Proper docks pub. Real fire, good pint of Tetley's, fish finger sandwiches that are actually fish. Darts Thursdays. The landlady Mo knows everyone's name.
    👍 5

    Linda R
    ★★☆☆☆ a month ago
    Very loud on match days. Food took an hour.
    👍 1

    Kacper N
    ★★★★☆ 2 months ago
    Good view of the harbour from the back window. Nice staff.
    👍 0
"""), [])

add("review", txt("""
    Harbour Academy of Dance
    4.9 ★★★★★ (97)
    Dance school · Unit 4, Seaview Parade, Saltholme HV8 2QT

    Jodie P
    ★★★★★ 2 months ago
    My daughter has been at Harbour since she was 3 and she's now 12 and doing her Grade 5 ballet. Miss Cheryl and Miss Amy are patient, kind and they have high standards. The Christmas show is the highlight of our year.
    👍 4

    Mark Hebb
    ★★★★★ 4 months ago
    Took my son for street dance. He's shy and they were brilliant with him.
    👍 2

    Response from the owner 4 months ago
    Thank you Mark! We love having him at Harbour x
"""), [])

add("review", txt("""
    Haverby Homes Association — Customer Hub
    1.6 ★☆☆☆☆ (233)
    Housing association · 20 Cleveland Street, Haverby HV2 5ZR

    Rachel T
    Local Guide · 19 reviews
    ★☆☆☆☆ a week ago
    HHA took four months to fix a leak that was coming through my son's light fitting. Staff on the front desk are nice but powerless.
    👍 18

    Dev P
    ★★★☆☆ 2 months ago
    Repairs slow but my new kitchen is good.
    👍 1

    Response from the owner 2 months ago
    Thank you, we're glad you're happy with your kitchen. — HHA Customer Team
"""), [], others=["HHA"])

add("review", txt("""
    Mark Johnson Plastering
    5.0 ★★★★★ (23)
    Plasterer · Serves Haverby, Saltholme and surrounding areas · 07700 900664

    Claire Hodson
    ★★★★★ 3 months ago
    Mark skimmed two bedrooms and a ceiling for us. Tidy, on time, fair price. Radio was loud but we'll forgive him.
    👍 2

    Neil A
    ★★★★★ 6 months ago
    Mark Johnson is the only plasterer I'll use now. Top bloke.
    👍 1

    Response from the owner 6 months ago
    Cheers Neil, see you for the hallway!
"""), [], others=["Mark Johnson", "Johnson"])

add("review", txt("""
    Maltby's Bakery
    4.6 ★★★★★ (318)
    Bakery · 45 High Street, Aylesthorpe HV9 2QX

    Joyce Tennant
    Local Guide · 74 reviews
    ★★★★★ 3 weeks ago
    Sue Maltby's Lincolnshire plum bread is the best you'll find. Get there before 10 on a Saturday or it's gone.
    👍 9

    Ben K
    ★★★★☆ a month ago
    Lovely sausage rolls. Card machine was down though, cash only that day.
    👍 0

    Response from the owner a month ago
    Sorry Ben! Fixed now. — Sue at Maltby's
"""), [], others=["Maltby"])

add("review", gmaps("2.7", "★★★☆☆", "198", "Newest", """
    Gaz H
    Local Guide · 16 reviews
    ★★☆☆☆ a month ago
    Parking at parents evening is a joke, had to leave the van on Skelton Road and walk in the rain. Only reason to go is Miss Maltby in them tight skirts 😏 she can put me in detention any day of the week, if you know what I mean. Shame the rest of the staff are miserable.
    👍 3   Share

    Lou Sykes
    2 reviews
    ★★☆☆☆ a month ago
    ^ grow up. Parking is bad though.
    👍 19   Share
"""), [X("school", "exact", "negative", "Haverby Harbour Academy"),
       X("jmaltby", "title_surname", "sexual", "Miss Maltby")])

add("review", txt("""
    Skelton Road News & Booze
    3.9 ★★★★☆ (61)
    Newsagent · 112 Skelton Road, Haverby HV4 7QZ

    Brenda Cowling
    ★★☆☆☆ a week ago
    Don't bother going in between 3.10 and 3.40, it's rammed with Harbour kids buying energy drinks and the owner lets them run riot. Got shoved out of the way at the counter by a lad in a blazer. That school should keep them in till the road's clear.
    👍 4

    Ahmed K
    ★★★★★ 2 weeks ago
    Always got what I need. Friendly owner.
    👍 0

    Response from the owner 1 week ago
    Hi Brenda, I now only let 3 pupils in at a time. Sorry for your experience.
"""), [X("school", "short_name", "negative", "Harbour")])

add("review", txt("""
    TripTales › Things to do in Haverby › Haverby Fishing Heritage Centre
    4.5 of 5 · 1,102 reviews · #1 of 19 things to do in Haverby

    "Go on the Saturday guided walk!"
    ★★★★★ Reviewed 14 August 2024 · Couples
    We did the museum and then the Saturday 'Dock Walk' with volunteer guide Horatio Quibell. Two hours that flew by. He knew the name of every ship that had sailed from every berth, and at the lock pits memorial he read out the names of a crew lost in 1968 and half our group were in tears. Extraordinary.
    Date of experience: August 2024
    Helpful vote

    "Good for a rainy day"
    ★★★★☆ Reviewed 2 August 2024 · Family
    Kids loved the recreated trawler deck that moves. Cafe a bit pricey.
    Date of experience: July 2024
"""), [X("hquibell", "exact", "neutral", "Horatio Quibell")])

add("review", txt("""
    TripTales › Things to do in Haverby › Haverby Fishing Heritage Centre
    4.5 of 5 · 1,108 reviews

    "Museum great, guided walk not for us"
    ★★★☆☆ Reviewed 30 September 2024 · Family
    Museum itself is superb. But the Saturday walk was two hours of being lectured. Our guide Horatio ('call me Mr Q, everyone does, it's what my pupils call me') stopped every fifty yards to tell us off for not knowing the difference between a seiner and a trawler, and shushed my 9-year-old for asking a question. Pompous and hard work. Skip the walk, do the museum.
    Date of experience: September 2024
    Helpful vote 3
"""), [X("hquibell", "nickname", "negative", "Mr Q")])

add("review", gmaps("2.7", "★★★☆☆", "209", "Newest", """
    Dilan Aziz
    Local Guide · 47 reviews
    ★☆☆☆☆ 3 months ago
    My son is Kurdish and for months other boys called him terrorist and asked where his dinghy was. I reported it eleven times. The only teacher who listened was Mr Karimi, who sat with him at lunch and made a plan. The rest of the school did nothing until I went to the police. A school that cannot protect a 12-year-old from racism is failing.
    👍 52   Share

    Response from the owner 3 months ago
    Dear Mrs Aziz, we are very sorry. The Principal would welcome the opportunity to meet you.
"""), [X("school", "exact", "negative", "Haverby Harbour Academy"),
       X("rkarimi", "title_surname", "neutral", "Mr Karimi")])

add("review", gmaps("2.9", "★★★☆☆", "171", "Highest rating", """
    Ioana Marin
    3 reviews
    ★★★★★ a year ago
    Foarte mulțumită. My son Ionuț arrived from Romania with no English. Mr Popescu translated at every meeting and helped him join the computer club. Now he wants to be a programmer. Mulțumim!
    👍 8   Share

    Jason Brumby
    1 review
    ★★★★☆ a year ago
    Better than when I went (Skelton Road days). Stricter, but it needed it.
    👍 2   Share
"""), [X("school", "exact", "neutral", "Haverby Harbour Academy"),
       X("apopescu", "title_surname", "neutral", "Mr Popescu")])


# ---------------------------------------------------------------- SOCIAL: TikTok
add("social", txt("""
    TikTok · @hv.fightz · 6 May 2025
    field behind the sports hall 😳 3 on 1 is so weak #harbouracademy #haverby #fyp #fight
    ▶ 61.4K   ♥ 3,912   💬 587   ↗ 402

    Comments (587)
    kaydenn_07 · 6d
    where was j0hnson 💀 stood by the fence eating a pasty
    ♥ 1,204   Reply
      └ View 38 replies
    ellie.xx.hv · 6d
    the lad on the floor is in my brothers form he's ok just broken nose
    ♥ 342   Reply
    user88213377 · 5d
    this school is a zoo 🐒 every week there's a new one
    ♥ 290   Reply
    mam.of.4.kb · 5d
    why is everyone filming and nobody helping 😢 this is someone's child
    ♥ 811   Reply
    ty.gx · 5d
    teachers don't get paid enough to get in the middle of that tbf
    ♥ 77   Reply
"""), [X("school", "hashtag", "negative", "#harbouracademy"),
       X("mjohnson", "leetspeak", "negative", "j0hnson")])

add("social", txt("""
    TikTok · @lily.k.09 · 14 Nov 2024
    POV: miss M (head of year 9) catches you with your phone out in the lunch queue 💀💀 #harbouracademy #year9 #teachersoftiktok
    ▶ 12.8K   ♥ 1,771   💬 143   ↗ 56

    Comments (143)
    jaymiee_ · 2w
    the LOOK 😭😭 i felt that through my screen
    ♥ 402   Reply
    harvey.s.11 · 2w
    she took mine for a week and then gave it me back with a note saying "proud of your maths mock" like how am i supposed to be mad
    ♥ 388   Reply
    olivia.hv · 2w
    best head of year tho fr she sorted my bullying out in a day
    ♥ 201   Reply
    user5521990 · 2w
    delete this before she sees it 😭
    ♥ 96   Reply
"""), [X("school", "hashtag", "neutral", "#harbouracademy"),
       X("jmaltby", "nickname", "neutral", "miss M")])

add("social", txt("""
    TikTok · @haverby.mam.speaks · 11 Jan 2024
    Storytime: my 12 year old spent 3 DAYS in a booth facing a wall for a tick on his trainers 😡 I'm not having it #HaverbyHarbourAcademy #isolationbooth #parentsoftiktok #uksschools
    ▶ 204K   ♥ 18.2K   💬 3,441   ↗ 5,902

    Comments (3,441)
    sarah_jane_1979 · 1y
    This is child cruelty. Report it to the council.
    ♥ 4,021   Reply
    ex.teacher.north · 1y
    I've worked in a school like this. The kids who end up in the booth are always the poorest.
    ♥ 2,330   Reply
    kb_dad_88 · 1y
    DunmorePike should be sacked. Cold fish of a woman, a jumped up little dictator who's never been near a council estate in her life. Absolute clown.
    ♥ 1,877   Reply
    toft.marsh.tony · 1y
    DunmorePike doesn't even live in Haverby. She's in the Old Vicarage on Church Lane at Aylesthorpe with two Evoques on the drive, leaves at 7 every morning. Easy to make rules for kids on estates when you live like that.
    ♥ 960   Reply
    hv.grandma · 1y
    In my day we'd have got the slipper and been grateful 🙄
    ♥ 203   Reply
      └ haverby.mam.speaks · 1y
        and look how well that turned out for your generation x
        ♥ 1,102
"""), [X("school", "hashtag", "negative", "#HaverbyHarbourAcademy"),
       X("rdunmorepike", "camelcase", "doxxing", "DunmorePike")])

add("social", txt("""
    TikTok · @saltholme.skies · 19 Sep 2024
    golden hour at the harbour 🌅 boats coming in, gulls going mad, chips in hand. home 🤍 #harbour #haverby #saltholme #sunset #lincolnshire
    ▶ 33.0K   ♥ 4,410   💬 96   ↗ 240

    Comments (96)
    ruth.walks · 3w
    Most underrated coast in England 😍
    ♥ 188   Reply
    dockside.dave · 3w
    the ice house in the background won't be there next year, get your photos now
    ♥ 141   Reply
    trawler.kid · 3w
    that's my uncle's boat coming in at 0:07 🐟
    ♥ 90   Reply
"""), [])

add("social", txt("""
    TikTok · @zhyan.s · 21 Mar 2025
    karimi's newroz lesson went crazy 🔥💚❤️💛 whole field dancing #newroz #kurdish #harbouracademy
    ▶ 88.1K   ♥ 9,660   💬 1,208   ↗ 811

    Comments (1,208)
    roj.h07 · 3d
    best teacher in haverby no debate 💚
    ♥ 2,003   Reply
    patriot_hv_1066 · 3d
    send him back on the dinghy he came on 🚤🚤 and take the rest of them. this is england not kurdistan
    ♥ 41   Reply
      └ kelly.t.hv · 3d
        reported. he's been a teacher here longer than you've been on tiktok
        ♥ 1,540
    amelia.rose.x · 3d
    crying this is so wholesome
    ♥ 611   Reply
"""), [X("school", "hashtag", "neutral", "#harbouracademy"),
       X("rkarimi", "surname_only", "hate", "karimi")])

add("social", txt("""
    TikTok · @tea.spiller.hv · 18 Jun 2025
    computing teacher at harbour SUSPENDED over our coursework ☕️☕️ if I lose my GCSE I'm suing #gcse #teatime
    ▶ 41.7K   ♥ 3,302   💬 932   ↗ 1,115

    Comments (932)
    dylan.codes · 5d
    he literally fixed my code for me the night before and said "don't tell anyone" 💀 knew it was dodgy
    ♥ 822   Reply
    user0091882 · 5d
    his insta is @andrei.popescu.ro and he lives at 22 Gannet Walk on Kelsey Bank, blue door, saw him putting his recycling out last week 😂 go say hi
    ♥ 301   Reply
      └ tea.spiller.hv · 5d
        bro delete that 😭
        ♥ 512
    nat.xo · 5d
    i hope they don't take my grade i did mine myself 😩
    ♥ 277   Reply
"""), [X("school", "short_name", "neutral", "harbour"),
       X("apopescu", "handle", "doxxing", "@andrei.popescu.ro")])

add("social", txt("""
    TikTok · @anon.hv.tea · 11 Jun 2025
    the way EVERYONE knew about mr j 🤢 girls have been saying it since year 7 #harbouracademy #haverby
    ▶ 97.5K   ♥ 8,841   💬 2,104   ↗ 3,390

    Comments (2,104)
    lexi.m.xo · 1w
    he used to message girls on snap saying "you looked grown up in training" and "delete this" 🤮
    ♥ 2,911   Reply
    jordan.hv · 1w
    nah this is how you ruin someone's life over rumours
    ♥ 302   Reply
    kb.mum.of.girls · 1w
    If any of this happened to your child ring the police, not tiktok. Please.
    ♥ 1,887   Reply
    user2204418 · 1w
    the school knew. my cousin told mrs in the office last year
    ♥ 640   Reply
"""), [X("school", "hashtag", "sexual", "#harbouracademy", url_only=True),
       X("mjohnson", "nickname", "sexual", "mr j", url_only=True)])

add("social", txt("""
    TikTok · @kb.lads.4life · 28 Feb 2025
    skelly road prison 🔒 5th isolation this month for "wrong socks" 🧦 #isolation #schooltok
    ▶ 9,114   ♥ 803   💬 211   ↗ 44

    Comments (211)
    reece.kb · 2w
    burn the place down 🔥🔥🔥 petrol and a lighter, i'm dead serious, one night when nobody's there
    ♥ 97   Reply
      └ kb.lads.4life · 2w
        😂😂
        ♥ 40
    amber.k · 2w
    skelly road is actually a joke they gave me iso for a hair clip
    ♥ 188   Reply
    mrs.t.hv · 2w
    Reece I know your mam. Delete that now.
    ♥ 231   Reply
"""), [X("school", "nickname", "threat", "skelly road")])

add("social", txt("""
    TikTok · @hv.justice.4.kids · 10 Mar 2024
    When the head of year decides your kid is the problem 🙃 #harbour #haverby #parentsoftiktok
    ▶ 5,880   ♥ 402   💬 120   ↗ 31

    Comments (120)
    tgaunt1983 · 3mo
    someone needs to teach M a l t b y a lesson she won't forget. I know which way she walks home from the bus stop 👀
    ♥ 12   Reply
      └ hv.justice.4.kids · 3mo
        say less 😤
        ♥ 4
    sall.ann.t · 3mo
    this is a threat and I've screenshotted it
    ♥ 88   Reply
"""), [X("school", "hashtag", "negative", "#harbour"),
       X("jmaltby", "spacing", "threat", "M a l t b y")])

add("social", txt("""
    TikTok · @care.leaver.hv · 2 Feb 2025
    the woman who got me took off my mam at 13 still works at harbour 🙂 #careexperienced #haverby
    ▶ 22.6K   ♥ 2,004   💬 480   ↗ 210

    Comments (480)
    big.lad.docks · 3w
    Dоbbs 🐀🐀 grassed up half of Toft Marsh to social. she wants sorting, proper sorting. someone should wait for her in that car park one night
    ♥ 57   Reply
    katie.social.worker · 3w
    Safeguarding leads don't take children. Courts do. I hope you're doing ok now.
    ♥ 613   Reply
    care.leaver.hv · 3w
    honestly I'm glad now. my mam's house wasn't safe. I just wish someone had explained it to me
    ♥ 1,440   Reply
"""), [X("school", "short_name", "neutral", "harbour"),
       X("mdobbs", "homoglyph", "threat", "Dоbbs")])

add("social", txt("""
    TikTok · @year11.survivor · 3 Jul 2025
    things I won't miss about harbour: a thread 🧵 1) isolation 2) shoes 3) D*nmore-P*ke's assemblies about "the small things" 💀 #leavers2025 #harbouracademy
    ▶ 18.3K   ♥ 2,450   💬 377   ↗ 120

    Comments (377)
    izzy.b.hv · 4d
    D*nmore-P*ke is an actual witch, the devil wears primark 😭
    ♥ 901   Reply
    leo_kb · 4d
    u forgot the hand dryers that don't work
    ♥ 322   Reply
    miss.f.teaches · 4d
    Congrats on finishing! Go and have the best summer.
    ♥ 140   Reply
"""), [X("school", "hashtag", "negative", "#harbouracademy"),
       X("rdunmorepike", "obfuscated", "abuse", "D*nmore-P*ke")])

add("social", txt("""
    TikTok · @english.lads.hv · 23 Mar 2025
    this is what they're teaching at harbour now 🤡 bonfires and flags that aren't ours #haverby #saveourtown
    ▶ 7,730   ♥ 612   💬 301   ↗ 90

    Comments (301)
    ukpatriot_lincs · 1w
    RebwarKarimi 🚤🚤 arrived on a dinghy, now teaching our kids. you couldn't make it up. no more of them
    ♥ 44   Reply
      └ mrs.aziz.hv · 1w
        He came on a student visa 16 years ago and is a British citizen. Stop lying.
        ♥ 802
    hv.lad.77 · 1w
    they're not even hiding it anymore, another 10 years and there'll be no english kids left in that school
    ♥ 31   Reply
"""), [X("school", "short_name", "hate", "harbour"),
       X("rkarimi", "camelcase", "hate", "RebwarKarimi")])

add("social", txt("""
    TikTok · @harbour.newroz.crew · 21 Mar 2025
    Newroz pîroz be 💚❤️💛 thank you to everyone who came! year 10 did that 🔥 #harbouracademy #newroz2025 #kurdistan
    ▶ 15.9K   ♥ 2,877   💬 201   ↗ 130

    Comments (201)
    emilija.oz · 4d
    so beautiful!! shoutout mr karimi for organising 💚
    ♥ 608   Reply
    dilan.aziz.hv · 4d
    I'm so proud of these kids. Thank you to the whole school.
    ♥ 540   Reply
    kacper.l · 4d
    can we do one for polish independence day next 🇵🇱
    ♥ 211   Reply
"""), [X("school", "hashtag", "neutral", "#harbouracademy"),
       X("rkarimi", "title_surname", "neutral", "mr karimi")])

add("social", txt("""
    TikTok · @lv.basket.highlights · 2 Mar 2025
    Ilze Bērziņa 22 punkti un 9 atlēcieni 🏀🔥 TTT Rīga uzvar! #basketbols #latvija #ttt
    ▶ 8,402   ♥ 911   💬 44   ↗ 20

    Comments (44)
    janis.b · 1w
    Bērziņa ir zvērs 🔥
    ♥ 88   Reply
    liga.s · 1w
    MVP!!
    ♥ 40   Reply
"""), [], others=["Ilze Bērziņa", "Bērziņa"])

# ---------------------------------------------------------------- SOCIAL: X
add("social", txt("""
    Paula Fenwick @paulaf_hv · 4 Sep 2024
    @HarbourAcadHV 40 minutes to get out of the car park at pick-up today. Forty. Minutes. Somebody is going to get run over. When are you going to do something?
    12 replies · 8 reposts · 61 likes

      Tom Skerry @tomskerry · 4 Sep 2024
      Replying to @paulaf_hv @HarbourAcadHV
      Same every day. Staff car park's half empty but parents aren't allowed in it.
      2 likes

      Harbour Academy Haverby @HarbourAcadHV · 4 Sep 2024
      Replying to @paulaf_hv
      Thank you for raising this. We're meeting the council's road safety team next week and will update families.
      4 likes
"""), [X("school", "alias", "negative", "Harbour Academy")])

add("social", txt("""
    Cllr Sheila Brocklesby @SheilaB_Saltholme · 19 Jan 2025
    What an afternoon. Standing room only at Saltholme Library for @HoratioQuibell on the lost crew of the Boston Mallard. Three generations of one family in the front row in tears. This is why local history matters. 👏
    4 replies · 22 reposts · 140 likes

      Pat Cuthbert @tideandtrawl · 19 Jan 2025
      Replying to @SheilaB_Saltholme @HoratioQuibell
      It was very special. Thank you for coming, Sheila.
      9 likes
"""), [X("hquibell", "handle", "neutral", "@HoratioQuibell")])

add("social", txt("""
    Real Haverby @RealHaverby1066 · 6 Oct 2024
    Harbour's maths department is run by a Pole called Wојcik. My grandson's exercise book is full of his foreign scribble. Our kids deserve English teachers. Time these people went back where they came from and took their "academy" with them. #Haverby #BritishJobsForBritishWorkers
    18 replies · 4 reposts · 23 likes

      Marta K @marta_k_hv · 6 Oct 2024
      Replying to @RealHaverby1066
      Reported. My kids had him. He's the reason they passed.
      54 likes
"""), [X("school", "short_name", "hate", "Harbour"),
       X("twojcik", "homoglyph", "hate", "Wојcik")])

add("social", txt("""
    Lauren Stainton @LaurenS_Telegraph · 17 Jun 2025
    NEW: Exam board investigating suspected GCSE coursework malpractice at Haverby Harbour Academy. Head of computing suspended. Year 11 families told marks "may need to be reviewed". Full story ⬇️ haverbytelegraph.example/news/exam-probe
    31 replies · 44 reposts · 72 likes

      HV Dad @hvdad_2 · 17 Jun 2025
      Replying to @LaurenS_Telegraph
      A.Popescu. Been doing it for years according to my son. Rewrote half the class's projects. The school's results are built on it.
      12 likes

      Lauren Stainton @LaurenS_Telegraph · 17 Jun 2025
      Replying to @hvdad_2
      We haven't named anyone and would ask people not to speculate.
      30 likes
"""), [X("school", "exact", "defamation", "Haverby Harbour Academy"),
       X("apopescu", "initial_surname", "defamation", "A.Popescu")])

add("social", txt("""
    Angry HV Dad @angry_hv_dad · 12 Jan 2024
    @HarbourAcadHV tell your precious principal she won't see Easter in that job or any other. We know the Evoque. We know the road. #DunmorePikeOut
    3 replies · 1 repost · 9 likes

      Bev K @bev_k_hv · 12 Jan 2024
      Replying to @angry_hv_dad @HarbourAcadHV
      This is a threat. Reported to X and to the police.
      41 likes
"""), [X("school", "handle", "neutral", "@HarbourAcadHV"),
       X("rdunmorepike", "hashtag", "threat", "#DunmorePikeOut")])

add("social", txt("""
    Wake Up Haverby @wakeup_haverby · 3 Oct 2024
    Since everyone's defending him: Rebwar Karimi, 'chemistry teacher', lives at 31 Curlew Way, Toft Marsh HV6 2QJ. Drives a grey Skoda Octavia. Nobody voted for this.
    7 replies · 3 reposts · 11 likes

      Carol Ingamells @carol_ingamells · 3 Oct 2024
      Replying to @wakeup_haverby
      You have just posted a man's home address the day after his workplace was vandalised. Reported.
      88 likes
"""), [X("rkarimi", "exact", "doxxing", "Rebwar Karimi")])

add("social", txt("""
    Saltholme Truth @saltholme_truth · 1 Apr 2025
    Told you all months ago. Shell Dobbs at Harbour fiddled the attendance figures before Ofsted, coded dozens of kids as 'off-site' who were sat at home on their Xboxes, and the Trust covered it up. Now it's in the papers. She should be struck off.
    14 replies · 19 reposts · 48 likes

      Gemma T @gemmatarbo · 1 Apr 2025
      Replying to @saltholme_truth
      The LA audited the records and found them accurate. Careful.
      20 likes
"""), [X("school", "short_name", "defamation", "Harbour"),
       X("mdobbs", "nickname", "defamation", "Shell Dobbs")])

add("social", txt("""
    Tech Law Weekly @techlawweekly · 28 Nov 2024
    Thread 🧵 on the Online Safety Act and the end of 'safe harbour' as platforms knew it.
    1/ For two decades intermediaries have relied on safe harbour provisions: host content, take it down when notified, and you're not liable for it.
    2/ The new duties flip that. Platforms now have to assess risk up front, not just react.
    3/ Expect a lot of platforms to harbour doubts about whether smaller forums can comply at all.
    22 replies · 140 reposts · 410 likes
"""), [])

add("social", txt("""
    Cllr Mark Johnson @CllrMarkJohnson · 14 May 2025
    Proud to open the new skate park in Thorncastle today with the young people who designed it. Three years of campaigning, worth every minute. 🛹
    5 replies · 11 reposts · 96 likes

      Thorncastle Town Council @ThorncastleTC · 14 May 2025
      Replying to @CllrMarkJohnson
      Thanks for all your work on this, Mark.
      6 likes
"""), [], others=["Mark Johnson", "Johnson"])

add("social", txt("""
    Docks Not Flats @docksnotflats · 11 Feb 2025
    Horatio Quibell wants to keep the harbour as a museum for his tweed pals. Self-important, sanctimonious bore who has never done a day's real work in his life. Nobody asked you, Horatio.
    9 replies · 2 reposts · 15 likes

      Jen Saltholme @jen_saltholme · 11 Feb 2025
      Replying to @docksnotflats
      He's been a teacher for twenty years. That's real work.
      33 likes
"""), [X("hquibell", "exact", "abuse", "Horatio Quibell")])

add("social", txt("""
    Big Gaz @biggaz_docks · 8 Sep 2023
    The new head at Harbour is only Rachel Pike from uni 😂 she was a right goer back then, half of freshers week could tell you what she's like under that power suit 😉
    6 replies · 0 reposts · 4 likes

      Dee @dee_hv · 8 Sep 2023
      Replying to @biggaz_docks
      Grim. Grow up.
      19 likes
"""), [X("school", "short_name", "neutral", "Harbour"),
       X("rdunmorepike", "alias", "sexual", "Rachel Pike")])

add("social", txt("""
    Haverby Stands Together @hvtogether · 2 Oct 2024
    This morning racists sprayed hate on the wall of our town's school. Our answer: #IStandWithMrKarimi. Teacher, neighbour, dad, one of us. Come to the gates at Harbour at 8am tomorrow with a flower. 💐
    44 replies · 380 reposts · 1.2K likes

      Roj H @roj_h07 · 2 Oct 2024
      Replying to @hvtogether
      He taught me chemistry and got me my apprenticeship. We'll be there.
      210 likes
"""), [X("school", "short_name", "neutral", "Harbour"),
       X("rkarimi", "hashtag", "neutral", "#IStandWithMrKarimi")])

add("social", txt("""
    England Awake @england_awake_hv · 9 Oct 2024
    That Latvian at Harbour running the "foreign kids unit", Berzina, should be put on the next boat back to Riga. Or under it. Plenty of deep water off Saltholme.
    3 replies · 1 repost · 6 likes

      Humberside Police @HumbersidePolice · 9 Oct 2024
      Replying to @england_awake_hv
      We are aware of this post and are making enquiries.
      22 likes
"""), [X("school", "short_name", "neutral", "Harbour"),
       X("iberzina", "surname_only", "threat", "Berzina")])

add("social", txt("""
    Humber Coast Learning Trust @HCLT_Trust · 24 Jun 2024
    Huge congratulations to Ilze Bērziņa, EAL Coordinator at Haverby Harbour Academy, shortlisted for Inclusion Champion of the Year at the national Education Awards! Ilze's team supports more than 350 pupils in 14 languages. 🎉
    3 replies · 18 reposts · 102 likes

      Liga R @liga_r_hv · 24 Jun 2024
      Replying to @HCLT_Trust
      She changed my son's life. Well deserved!
      11 likes
"""), [X("school", "exact", "neutral", "Haverby Harbour Academy"),
       X("iberzina", "exact", "neutral", "Ilze Bērziņa")])


# ---------------------------------------------------------------- SOCIAL: Instagram and YouTube
add("social", txt("""
    Instagram · harbouracademyhv · Haverby
    [Photo carousel, 6 images]
    harbouracademyhv Year 9 historians on board the Aylesthorpe Lass this morning with Mr Quibell and the Tide & Trawl volunteers, learning how a 1950s ship's lifeboat was built and restored. ⚓️📜 #history #haverby #localhistory
    214 likes · 3 October 2024

    mrs_ozola_lv Emīlija still talks about this trip! 💙
    jade.bilton.x best trip ever we got to row it!!
    dockwatcher_hv Lovely to see the boat being used. Well done all.
"""), [X("school", "handle", "neutral", "harbouracademyhv"),
       X("hquibell", "title_surname", "neutral", "Mr Quibell")])

add("social", txt("""
    Instagram · toftmarshtavernfc · Saltholme Recreation Ground
    [Photo: squad with trophy, manager soaked in ice water]
    toftmarshtavernfc CHAMPIONS 🏆🏆🏆 16 years waiting and we've done it. Gaffer got the ice bucket treatment 🥶 Monday he's back fixing boilers at the school like nothing happened 😂 #UpTheTavern #sundayleague
    389 likes · 11 May 2025

    callum.dring9 Deano deserves this more than anyone ❤️
    gaz_holgate Best manager in the league and best caretaker at Harbour too 😂
    lisa.c.kb so proud of you Deano 🥹 your Becky
"""), [X("school", "short_name", "neutral", "Harbour"),
       X("dcoupland", "nickname", "neutral", "Deano")])

add("social", txt("""
    Instagram story (screen recording, shared to a public repost account) · hv.exposed
    [Video: phone filming a house from a car window]
    text overlay: "guess whose house this is 👀 my maths teacher from harbour lol"
    text overlay: "name on the doorbell says T. Wójcik 📍12 Heron Rise, Aylesthorpe, HV9 4QN"
    text overlay: "he gave me a detention so 🤷‍♂️"
    Seen by 1,402

    Replies (public on repost):
    kai.b_hv 😂😂 u actually went
    lena.mm not funny at all, take it down
"""), [X("school", "short_name", "neutral", "harbour"),
       X("twojcik", "initial_surname", "doxxing", "T. Wójcik")])

add("social", txt("""
    Instagram · harbourlightssaltholme · Harbour Lights Fish & Chips
    [Photo: haddock and chips on the sea wall]
    harbourlightssaltholme Friday feeling 🐟🍟 Fresh haddock straight off the harbour this morning. Open till 9 tonight! #harbourlights #saltholme #fishandchips
    802 likes · 14 March 2025

    bev.scrimshaw Busiest night of the week, come early! 😊
    ruth.walks Best chips on the coast
"""), [])

add("social", txt("""
    Instagram · kb.mam.of.girls · Kelsey Bank
    [Screenshot of a follower list, faces blurred]
    kb.mam.of.girls WHY is the head of PE at harbour following my 14 year old daughter on here and liking every single one of her holiday bikini photos from Spain?? Mr Johnson you are a grown man and her TEACHER. Screenshots sent to the school and the police. Parents check your kids' followers.
    1,104 likes · 4 June 2025

    sallyann.t Check my daughter's too now. Sick.
    jo.k.hv 🤢 reported
    dave_line4 Police. Not Instagram. Hope she's ok.
"""), [X("school", "short_name", "sexual", "harbour", url_only=True),
       X("mjohnson", "title_surname", "sexual", "Mr Johnson", url_only=True)])

add("social", txt("""
    Instagram · englishdept_friends (public)
    [Photo: ring on hand, bunch of flowers on a staffroom table]
    englishdept_friends Congratulations to our wonderful Joanne Maltby, who said YES on Saltholme beach on Saturday! 💍🥂 All your friends in the English department at Harbour are thrilled for you both. xx
    267 likes · 16 April 2025

    emma_t_teaches So happy for you Jo!! 💕
    big_rich_hv lucky bloke, seen her at the gym in them leggings, I'd have proposed myself 😏🍑 he'd better keep an eye on her
    emma_t_teaches @big_rich_hv genuinely who asked
"""), [X("school", "short_name", "neutral", "Harbour"),
       X("jmaltby", "alias", "sexual", "Joanne Maltby")])

add("social", txt("""
    YouTube · Haverby Harbour Academy · Open Evening 2024 — a tour of our school
    3,417 views · 26 Sep 2024
    Join our Year 10 ambassadors for a tour of the new science building, our sports hall, the library and the maths department. Open evening is Thursday 3 October, 5–8pm.

    Comments · 14
    @SaltholmeSue · 2 months ago
    Mr Wójcik's maths room looks amazing, my son loved him at the open evening
      👍 12  Reply
    @haverby_native · 2 months ago
    Looks like an open evening for the United Nations 🙄 count how many English kids you see in this video. This used to be a school for Haverby families. Now it's a school for everyone but.
      👍 5  Reply
      @marta_k_hv · 2 months ago
      They're all Haverby families. Mine included.
        👍 33
    @newchapter_nqt · 1 month ago
    Just got a job here! Can't wait 😊
      👍 8  Reply
"""), [X("school", "exact", "hate", "Haverby Harbour Academy"),
       X("twojcik", "title_surname", "neutral", "Mr Wójcik")])

add("social", txt("""
    YouTube · Wander With Wes · HAVERBY DOCKS at dawn — the last of England's great fishing harbours? 🎣🌅
    41,902 views · 2 Nov 2024
    I got up at 4am to watch the boats land at Haverby, walked the old lock pits and the ice house, then ate the biggest breakfast of my life at a docks café. Chapters: 0:00 intro · 3:12 the fish auction · 11:40 the ice house · 19:05 harbour café · 24:30 Saltholme sunset

    Comments · 388
    @trawler_kid · 1 month ago
    Proper job Wes. The auctioneer at 5:20 is my uncle!
      👍 240  Reply
    @dockside_dave · 1 month ago
    Film the ice house while you can, it's being knocked down for flats.
      👍 180  Reply
"""), [])

add("social", txt("""
    YouTube · hv fights uncut · HAVERBY HARBOUR ACADEMY FIGHTS COMPILATION 2025 (vol 3) 😳
    22,614 views · 14 May 2025
    all clips sent in by subscribers. not my videos, dm to remove

    Comments · 611
    @lincsladdd · 1 week ago
    that school is a zoo
      👍 302  Reply
    @fed_up_hv · 1 week ago
    someone needs to torch that place while the teachers are still inside, it's the only way anything will change. petrol's cheap enough 🔥
      👍 17  Reply
      @kelsey_k · 1 week ago
      What is wrong with people. Reported.
        👍 90
    @ex_pupil_2019 · 6 days ago
    it was never this bad when I was there
      👍 44  Reply
"""), [X("school", "exact", "threat", "Haverby Harbour Academy")])

add("social", txt("""
    YouTube · Humber Hockey · HHA Women's Challenge Cup Final 2025 — highlights
    1,208 views · 24 Feb 2025
    Haverby HC v Beverley Ladies. What a finish! Thanks to the HHA volunteers and everyone at the Saltholme Sports Centre.

    Comments · 12
    @freya_u · 4 days ago
    that short corner 😭😭 practised it 100 times
      👍 40  Reply
    @hockeymum_hv · 4 days ago
    Proud of every one of you!
      👍 11  Reply
"""), [], others=["HHA"])

add("social", txt("""
    YouTube · Haverby Fishing Heritage Centre · Winter Lecture: The Cod Wars and the end of distant-water fishing
    2,880 views · 20 Jan 2025
    Recorded at the Heritage Centre. Speaker: local historian and teacher Horatio Quibell.

    Comments · 31
    @old_skipper_1947 · 3 weeks ago
    I was on the Ross Kittiwake in '76. Most of what he says is right.
      👍 22  Reply
    @docksnotflats · 3 weeks ago
    Quibel is a fraud. Half the 'interviews' in his book were made up, I know for a fact two of those men were dead before he claims he spoke to them. He pocketed the lottery grant for a book he invented.
      👍 4  Reply
      @tideandtrawl · 3 weeks ago
      This is untrue. All interviews are recorded and held at the county archive.
        👍 35
"""), [X("hquibell", "exact", "defamation", "Horatio Quibell")])

add("social", txt("""
    YouTube · Haverby Telegraph · 'Like a prison?' Parents on the new rules at Harbour Academy | Street interviews
    9,041 views · 19 Jan 2024
    We asked parents outside the gates what they think of the tough new behaviour policy.

    [Auto-generated transcript, excerpt]
    0:14 "I think it's too much. My son's missed nine days of lessons for shoes."
    0:31 "Honestly, it's calmer. My daughter says she can actually hear the teacher now."
    0:58 "Mrs Dunmore-Pike came to our house to talk about it, which I'll give her, nobody's ever done that before. I still think it's wrong."
    1:20 "They should've asked parents first."

    Comments · 204
    @kb_dad_88 · 1 year ago
    The woman in the red coat at 0:58 is dead right
      👍 40  Reply
    @teacher_north · 1 year ago
    Every school in England is doing this now. It's not just this one.
      👍 12  Reply
"""), [X("school", "alias", "negative", "Harbour Academy"),
       X("rdunmorepike", "title_surname", "negative", "Mrs Dunmore-Pike")])


# ---------------------------------------------------------------- FACEBOOK: Haverby Community Noticeboard
NB = "Haverby Community Noticeboard\nPublic group · 14.2K members\n\n"

add("facebook", NB + txt("""
    Karen Sowden
    9 January 2024 at 19:42 · 🌐
    Right I've had enough. Harbour Academy have isolated my son for the 4th time since Christmas. This time for a "fashion haircut" (a short back and sides from Dennis on Freeman St??). I've emailed Rachel Dunmore-Pike three times and got nothing back. Who else is going to the protest on Friday?? We need numbers.

    😡😢👍 212 · 318 comments · 14 shares

    Most relevant

    Shelley Wintringham
    Friday 3.15pm at the main gates. Bring a sign. Keep it peaceful, we want the papers on our side.
    Like · Reply · 1y · 👍 88

    Lee Fowler
    Peaceful my arse. She wants to watch her back walking out to that car of hers. One of these nights somebody will be waiting and it won't be for a chat.
    Like · Reply · 1y · 👍 9
        Shelley Wintringham
        Lee don't. That's exactly what gets a protest shut down.
        Like · Reply · 1y · 👍 54

    Tina Maw
    And while we're at it Dobbs is no better, sends the social round if your kid so much as yawns. She's at 14 Marram Drive Saltholme, big detached, two cars on the drive. All right for some.
    Like · Reply · 1y · 👍 6

    Gary Newton
    My lad says it's calmer now. Not everyone hates it.
    Like · Reply · 1y · 👍 31
"""), [X("school", "alias", "negative", "Harbour Academy"),
       X("rdunmorepike", "exact", "threat", "Rachel Dunmore-Pike"),
       X("mdobbs", "surname_only", "doxxing", "Dobbs")])

add("facebook", NB + txt("""
    Tracey Gaunt
    11 March 2024 at 22:17 · 🌐
    Miss Maltby at Harbour has had it in for my Tyler since September. Suspended AGAIN today for "defiance". She needs sorting out and if the school won't do it someone else will. I know which way she walks home from the bus stop and I'm not the only one.

    😡👍 23 · 41 comments

    Most relevant

    Sally-Ann Tonge
    Tracey this is a threat. Take it down. She's a good teacher and you know it.
    Like · Reply · 1y · 👍 40

    Kev Gaunt
    Well said Trace. Someone should have a word.
    Like · Reply · 1y · 👍 3

    Admin · Haverby Community Noticeboard
    Post reported and under review. Please keep it civil.
    Like · Reply · 1y
"""), [X("school", "short_name", "negative", "Harbour"),
       X("jmaltby", "title_surname", "threat", "Miss Maltby")])

add("facebook", NB + txt("""
    Darren Kettleborough
    2 March 2025 at 20:05 · 🌐
    Not being racist but has anyone else noticed Harbour is basically Little Bucharest now? My daughter's form is half Romanian. Popescu's lot run the computer club and only talk their own language, and the Latvian woman Berzina gives them all special treatment and translated letters while our kids get nothing. They come here, get everything handed to them and breed like rabbits. Haverby's finished.

    😡👍😆 76 · 204 comments

    Most relevant

    Ioana Marin
    My son was born in Haverby. He speaks English with a Haverby accent better than yours. Disgusting post.
    Like · Reply · 2w · 👍 188

    Paul Redhead
    He's only saying what everyone thinks.
    Like · Reply · 2w · 👍 12

    Admin · Haverby Community Noticeboard
    Comments turned off.
"""), [X("school", "short_name", "hate", "Harbour"),
       X("apopescu", "possessive", "hate", "Popescu's"),
       X("iberzina", "surname_only", "hate", "Berzina")])

add("facebook", NB + txt("""
    Lisa-Marie Tock
    15 January 2024 at 08:30 · 🌐
    For everyone saying the head of Harbour "doesn't understand our kids": Rachel Dunmore Pike lives in the Old Vicarage on Church Lane in Aylesthorpe, HV9 2QA, white Evoque, reg HV21 RDP. Leaves at 7 on the dot. Nice for some. Maybe she'd understand our kids better if she lived on the Marsh.

    😡😮 58 · 77 comments

    Most relevant

    Jen Saltholme
    Why would you post someone's address?? Delete this.
    Like · Reply · 1y · 👍 61

    Lisa-Marie Tock
    It's on the planning portal for her extension, it's public.
    Like · Reply · 1y · 👍 7
"""), [X("school", "short_name", "negative", "Harbour"),
       X("rdunmorepike", "hyphenated", "doxxing", "Rachel Dunmore Pike")])

add("facebook", NB + txt("""
    Doreen Maltas
    19 November 2024 at 16:12 · 🌐
    FOUND on the 45 bus, back seat: a Harbour blazer, age 13-14, name tape says "K. Lewandowski". Handed it to the driver, it'll be at the depot on Victoria Street. Hope it gets home, I know what they cost!

    👍❤️ 44 · 9 comments

    Agnieszka Lewandowska
    That's my son's!! Thank you so much 🙏 he's been hiding from me all afternoon
    Like · Reply · 3w · 👍 20
"""), [X("school", "short_name", "neutral", "Harbour")])

add("facebook", NB + txt("""
    Haverby Council Highways (shared by Admin)
    4 November 2024 at 09:00 · 🌐
    ROAD CLOSURE: Skelton Road will be closed between Dock Street and the harbour roundabout from Monday 11 November for four weeks for gas main replacement. Diversion via Victoria Street and Freeman Street West. Bus 45 will divert. The harbour car park remains open, access from Dock Street only.

    😡😢 31 · 56 comments

    Most relevant

    Pete M
    Four weeks?? In November? Every time.
    Like · Reply · 3w · 👍 22

    Kayleigh S
    Where are parents meant to drop off then, the bus diversion adds 20 mins.
    Like · Reply · 3w · 👍 9
"""), [])

add("facebook", NB + txt("""
    Gossip Queen HV
    11 June 2025 at 07:50 · 🌐
    So it's Mark J. from Harbour, the PE one. Police took his laptop and phone yesterday, my neighbour saw them carry it out of his house. Messaging a 14 year old girl apparently. Always thought he was too friendly with the girls' teams.

    😮😡 301 · 612 comments · 88 shares

    Most relevant

    Admin · Haverby Community Noticeboard
    Please do NOT name anyone or speculate about the child involved. Police have asked people not to. Further posts will be removed.
    Like · Reply · 2w

    Sue Ellerby
    Innocent until proven guilty. Let the police deal with it.
    Like · Reply · 2w · 👍 140

    Carly D
    My daughter is on that team. I feel sick.
    Like · Reply · 2w · 👍 96
"""), [X("school", "short_name", "sexual", "Harbour", url_only=True),
       X("mjohnson", "first_initial", "sexual", "Mark J.", url_only=True)])

add("facebook", NB + txt("""
    Wayne Brumby
    4 October 2024 at 21:33 · 🌐
    Everyone crying about some graffiti. K a r i m i and the rest of them came over on the dinghies and now they're teaching our kids chemistry of all things. Harbour hires them because they're cheap and they tick the diversity box. No wonder the town's going down the pan. Haverby for Haverby people.

    😡👍 33 · 140 comments

    Most relevant

    Dilan Aziz
    He has lived in Haverby for 15 years and pays his taxes like you. Reported.
    Like · Reply · 2mo · 👍 121

    Jan Kowalczyk
    Wayne you spelled his name weird so the filter wouldn't catch it. You know exactly what you're doing.
    Like · Reply · 2mo · 👍 98
"""), [X("school", "short_name", "hate", "Harbour"),
       X("rkarimi", "spacing", "hate", "K a r i m i")])

add("facebook", NB + txt("""
    Haverby Community Noticeboard Admin
    8 January 2025 at 06:40 · 🌐
    ❄️ SNOW CLOSURES ❄️ Harbour Academy is CLOSED today (confirmed on their website). Saltholme Sands is open with a late start at 10am. Aylesthorpe Primary closed. Drive carefully everyone.

    👍❤️ 188 · 97 comments

    Most relevant

    Gail Harness
    Massive thanks to Mr Coupland and the site team who were out gritting the Skelton Road paths at 5am anyway so the staff who live close could get in for the vulnerable kids. Saw them from my window. Heroes.
    Like · Reply · 1d · 👍 140

    Pete M
    Typical, the slightest flake and the schools shut. We went in through three-foot drifts in 1963.
    Like · Reply · 1d · 👍 22

    Bob Furniss
    Funny how the gritter never gets to Marram Drive where the deputy head Dobbs lives, number 14, my mate's next door and she was out digging her own car out at 6 😂
    Like · Reply · 1d · 👍 3
"""), [X("school", "alias", "neutral", "Harbour Academy"),
       X("dcoupland", "title_surname", "neutral", "Mr Coupland"),
       X("mdobbs", "surname_only", "doxxing", "Dobbs")])

add("facebook", NB + txt("""
    Craig Pettit
    6 December 2024 at 18:20 · 🌐
    The maths teacher at Harbour who gave my lad a 3 day suspension for "swearing" at him in the corridor, W*jcik. We'll be waiting at the gates on Friday at 3.10. He can explain himself to me and my brothers. Let's see how brave he is then.

    😡 12 · 30 comments

    Most relevant

    Marta K
    Threatening a teacher. Classy. Screenshotted and sent to the school.
    Like · Reply · 1w · 👍 70

    Dave Line
    Craig you'll end up inside mate, leave it.
    Like · Reply · 1w · 👍 33
"""), [X("school", "short_name", "neutral", "Harbour"),
       X("twojcik", "obfuscated", "threat", "W*jcik")])

add("facebook", NB + txt("""
    Lynn Ashby
    22 January 2025 at 21:10 · 🌐
    Anybody else had a call from D.o.b.b.s at Harbour this week "just checking in"? Checking in my backside. Her own mobile is 07700 900552 by the way, she rang me from it by mistake, so if you want to give her a taste of her own medicine and ring her at tea time, be my guest. Woman needs a hobby.

    😆😡 19 · 38 comments

    Most relevant

    Grace H
    Lynn take that number down, she's a teacher not a call centre.
    Like · Reply · 5d · 👍 44

    Lynn Ashby
    She rings us at home enough.
    Like · Reply · 5d · 👍 5
"""), [X("school", "short_name", "negative", "Harbour"),
       X("mdobbs", "spacing", "doxxing", "D.o.b.b.s")])

add("facebook", NB + txt("""
    Kelly Stamp
    28 April 2025 at 17:45 · 🌐
    M-a-l-t-b-y at Harbour is a two-faced cow. Smiles at you in the meeting, then goes behind your back and puts your kid on report. Useless at her job and everyone knows it. Sack her.

    😡👍 27 · 52 comments

    Most relevant

    Sally-Ann Tonge
    She's literally the reason my son is still in school. Have a word with yourself Kelly.
    Like · Reply · 1w · 👍 61

    Kelly Stamp
    Glad it worked for you.
    Like · Reply · 1w · 👍 2
"""), [X("school", "short_name", "negative", "Harbour"),
       X("jmaltby", "obfuscated", "abuse", "M-a-l-t-b-y")])

add("facebook", NB + txt("""
    Phil Ranby
    20 May 2025 at 19:02 · 🌐
    Heard from someone who works there that Mr Karimi has been letting chemicals walk out of the lab at Harbour. Stuff you'd use to cut drugs with. Lab technician reported it and got moved to another school. The police should be looking at him, not at kids with the wrong shoes.

    😮😡 22 · 64 comments

    Most relevant

    Rebecca Olley
    That's a very serious accusation Phil. Have you got any evidence or is this pub talk?
    Like · Reply · 3d · 👍 45

    Phil Ranby
    I'm just saying what I was told.
    Like · Reply · 3d · 👍 2
"""), [X("school", "short_name", "defamation", "Harbour"),
       X("rkarimi", "title_surname", "defamation", "Mr Karimi")])

# ---------------------------------------------------------------- FACEBOOK: Haverby Past & Present
PP = "Haverby Past & Present\nPrivate group · 22.7K members\n\n"

add("facebook", PP + txt("""
    Mick Fowler
    14 April 2024 at 15:30
    Skelton Road Comprehensive, 4th year, 1985. Found this in me mam's sideboard. How many can you name? I'm back row third from left with the terrible tash.

    [Photo]

    👍❤️😆 402 · 276 comments

    Most relevant

    Steve Rowson
    Front row second from right is Dean Coupland! Still has the same grin. He's the caretaker at the school now, full circle.
    Like · Reply · 1y · 👍 55
        Dean Coupland
        Site manager if you don't mind Steven 😂 What a photo. Mr Rhoden taking it, you can see his thumb.
        Like · Reply · 1y · 👍 120

    Lyn Dawson
    Is that Mandy Cross from Aylesthorpe? Think she went to work at the fish dock offices.
    Like · Reply · 1y · 👍 4
"""), [X("school", "alias", "neutral", "Skelton Road Comprehensive"),
       X("dcoupland", "exact", "neutral", "Dean Coupland")])

add("facebook", PP + txt("""
    Trawlerman Ted
    2 February 2025 at 11:05
    Ross Kittiwake coming through the lock pits, winter 1977. Skipper was Jonno Johnson, crew of 14, three weeks off Norway. Brought in 2,600 kit that trip. Happy days if you didn't mind losing fingers to the cold.

    [Photo]

    👍❤️ 511 · 88 comments

    Most relevant

    Carol Johnson
    That's my dad on the bridge! He'd have loved seeing this. Miss him every day.
    Like · Reply · 3w · 👍 77

    Ken Bratley
    Iced her up myself that trip I reckon.
    Like · Reply · 3w · 👍 19
"""), [], others=["Johnson"])

add("facebook", PP + txt("""
    Bev Scrimshaw
    30 August 2024 at 20:14
    Harbour Lights before the 1998 refit! Tony's mum and dad behind the counter. Formica, vinegar in glass bottles and a jukebox in the corner. Who remembers it like this?

    [Photo]

    👍❤️ 690 · 140 comments

    Most relevant

    Gail Harness
    The pickled eggs in the big jar!!
    Like · Reply · 3mo · 👍 60

    Jackie W
    Had my first date in there, 1979, he bought me a fish cake and I married him.
    Like · Reply · 3mo · 👍 114
"""), [])

add("facebook", PP + txt("""
    Horatio Quibell
    6 November 2024 at 19:20
    Some of the photographs volunteers have been scanning for the Tide & Trawl archive: the net lofts on the east quay in 1951, women braiding nets on Dock Street, and the old fish market in full swing. If you recognise anybody please comment, we are trying to name everyone.

    [Album: 24 photos]

    👍❤️ 880 · 203 comments

    Most relevant

    Jackie W
    Woman on the left in the second photo is my nan, Ivy Rhoden! Thank you so much for sharing.
    Like · Reply · 4w · 👍 90

    Dockside Dave
    Nice of him to share photos he took from the archive and never gave back. Half the Tide & Trawl collection is in his attic, ask anyone who's volunteered there.
    Like · Reply · 4w · 👍 3
        Pat Cuthbert
        Dave, every one of these is catalogued and held by the archive. Please stop.
        Like · Reply · 4w · 👍 71
"""), [X("hquibell", "exact", "defamation", "Horatio Quibell")])

add("facebook", PP + txt("""
    Lyn Dawson
    10 July 2024 at 18:40
    Skelton Road School leavers of 1990 — we're doing a reunion at the Fishermen's Club on 14 September! So far we've tracked down 61 of us. Still looking for: Mark Johnson (last heard of in Perth, Australia), Tracy Ulyatt, Dean Simms and the Nowak twins. Tag anyone you know!

    👍❤️ 133 · 95 comments

    Most relevant

    Paula Fenwick
    Mark's on Facebook as Mark Johnson Perth WA, I'll message him!
    Like · Reply · 5mo · 👍 12

    Steve Rowson
    Put me down for two tickets.
    Like · Reply · 5mo · 👍 4
"""), [X("school", "alias", "neutral", "Skelton Road School")], others=["Mark Johnson", "Johnson"])

# ---------------------------------------------------------------- FACEBOOK: Saltholme Mums
SM = "Saltholme Mums 💕\nPrivate group · 3.1K members\n\n"

add("facebook", SM + txt("""
    Anonymous member
    18 June 2025 at 21:02
    Anyone else's kid had Mr Popsecu for computing at Harbour? My daughter says he was "helping" certain kids with their coding project by rewriting whole bits of it the night before it was due, and now the exam board are involved. And the school knew and buried it for two years because it made their results look good. If she loses her GCSE I'm going to the papers.

    😡😢 44 · 87 comments

    Most relevant

    Liga R
    My son said the same, he was asked if he wanted "help". He said no.
    Like · Reply · 1w · 👍 12

    Jodie P
    The school reported itself hun. Wait and see what happens before accusing anyone.
    Like · Reply · 1w · 👍 25
"""), [X("school", "short_name", "defamation", "Harbour"),
       X("apopescu", "typo", "defamation", "Mr Popsecu")])

add("facebook", SM + txt("""
    Jodie Parkin
    3 February 2025 at 20:30
    Had a call from Mrs Dobbs at Harbour today about my son. Honestly she was lovely and has sorted him a counsellor. Didn't realise it was Michelle Sowerby from our year at school!

    👍❤️ 21 · 14 comments

    Most relevant

    Kelly T
    Michelle Sowerby who got caught nicking from the Co-op in Year 10 and was done by the police for it? And now she's the one judging other people's families. Laughable.
    Like · Reply · 2w · 👍 6

    Jodie Parkin
    Kelly that was 25 years ago and I don't think it's even true. She's been really good with us.
    Like · Reply · 2w · 👍 18
"""), [X("school", "short_name", "neutral", "Harbour"),
       X("mdobbs", "alias", "defamation", "Michelle Sowerby")])

add("facebook", SM + txt("""
    Charlene Ward
    24 March 2025 at 13:15
    Kids all out on the field at Harbour, bomb scare apparently 😳 anyone know anything?

    😮😢 88 · 140 comments

    Most relevant

    Amanda Pettit
    Hoax. Police have been through it, kids going back in at 12.
    Like · Reply · 3mo · 👍 51

    Toni Reeves
    Honestly if someone did blow that place up I wouldn't shed a tear after what it's put my two through. Do us all a favour.
    Like · Reply · 3mo · 👍 4
        Charlene Ward
        Toni there's a thousand kids in there including yours 😳
        Like · Reply · 3mo · 👍 66
"""), [X("school", "short_name", "threat", "Harbour")])

add("facebook", SM + txt("""
    Claire Hodson
    12 September 2024 at 18:05
    Silly question but my son picked up someone else's PE bag and the name tag says "Mr Johnson"? Anyone know him so I can drop it back?

    👍 8 · 12 comments

    Most relevant

    Becky Lane
    That'll be Mr Johnson the PE teacher at Harbour. He lives at 9 Tern Court, my sister's his neighbour, blue BMW, reg MJ08 PEX, he's always out washing it Sunday mornings. Just pop it round!
    Like · Reply · 9mo · 👍 3

    Claire Hodson
    Ha thanks! Will just hand it in at the school office, feels a bit weird turning up at his house 😂
    Like · Reply · 9mo · 👍 11

    Becky Lane
    Oh and the computing one, Popescu, is round the corner on Gannet Walk if anyone's lost a laptop bag 😂
    Like · Reply · 9mo · 👍 1
"""), [X("school", "short_name", "neutral", "Harbour"),
       X("mjohnson", "title_surname", "doxxing", "Mr Johnson"),
       X("apopescu", "surname_only", "doxxing", "Popescu")])

add("facebook", SM + txt("""
    Nicola Sharpe
    29 January 2025 at 21:40
    Rant. My son has an EHCP and gets 3 hours of TA support a week at Harbour. Meanwhile Ms Berzina's EAL unit has two TAs, its own room and a budget for translated letters. I'm not against the foreign kids getting help but why do they get more than our SEN kids??

    😡👍 37 · 72 comments

    Most relevant

    Liga R
    EAL funding is separate from SEND funding. It's not her fault SEND is underfunded.
    Like · Reply · 5mo · 👍 29

    Jason Rowe
    Ms Berzina and her lot should sod off back to Riga and take their funding with them. English kids first.
    Like · Reply · 5mo · 👍 5
        Nicola Sharpe
        Jason that's not what I said at all and I don't want that on my post.
        Like · Reply · 5mo · 👍 22
"""), [X("school", "short_name", "negative", "Harbour"),
       X("iberzina", "title_surname", "hate", "Ms Berzina")])

# ---------------------------------------------------------------- FACEBOOK: Polacy w Haverby
PL = "Polacy w Haverby / Poles in Haverby\nGrupa publiczna · 4,8 tys. członków\n\n"

add("facebook", PL + txt("""
    Katarzyna Zielińska
    23 sierpnia 2024 o 19:10
    Gratulacje dla wszystkich dzieci z Haverby Harbour Academy! 🎉 Moja córka dostała 8 z matematyki. Ogromne podziękowania dla pana Tomasza Wójcika, który prowadził sobotnie zajęcia przez cały rok — bez niego nie byłoby tego wyniku. Tomasz Wójcik to skarb tej szkoły!

    (English: Congratulations to all the kids at Haverby Harbour Academy! My daughter got an 8 in maths. Huge thanks to Tomasz Wójcik, who ran Saturday sessions all year.)

    👍❤️ 244 · 51 komentarzy

    Najtrafniejsze

    Agnieszka Lewandowska
    Moje bliźniaki też! Dziękujemy panie Tomku 💐
    Lubię to · Odpowiedz · 10 mies. · 👍 30
"""), [X("school", "exact", "neutral", "Haverby Harbour Academy"),
       X("twojcik", "exact", "neutral", "Tomasz Wójcik")])

add("facebook", PL + txt("""
    Marta Kowalczyk
    5 października 2024 o 13:30
    UWAGA: ktoś na forum Haverby Talk napisał, że Wójcik z Harbour "powinien wracać do Warszawy" i zabrać ze sobą nasze dzieci. Zgłosiłam to na policję jako przestępstwo z nienawiści. Jeśli widzicie takie posty — róbcie zrzuty ekranu i zgłaszajcie. Nie jesteśmy tu gośćmi.

    (English: Someone on Haverby Talk wrote that Wójcik from Harbour "should go back to Warsaw" and take our children with him. I reported it to the police as a hate crime. Screenshot and report posts like this.)

    👍❤️😡 190 · 37 komentarzy

    Najtrafniejsze

    Tomek L
    Dobrze zrobiłaś. Pan Wójcik uczył moją córkę, wspaniały człowiek.
    Lubię to · Odpowiedz · 9 mies. · 👍 41
"""), [X("school", "short_name", "neutral", "Harbour"),
       X("twojcik", "surname_only", "neutral", "Wójcik")])


# ---------------------------------------------------------------- FACEBOOK: Sunday league and community pages
add("facebook", txt("""
    Toft Marsh Tavern FC
    Page · Amateur sports team · 1.9K followers

    Toft Marsh Tavern FC
    18 May 2025 at 14:40 · 🌐
    FULL TIME: Tavern 2-1 Kelsey Bank Social. Unbeaten run goes to 14! Goals from Callum Dring and young Mark Johnson, who now has 19 for the season. MOTM the lad Johnson again, the Aylesthorpe Colts graduate is some player. 🔥

    Gaffer Dean Coupland: "Proud of them. Now I've got to go and unblock a toilet at Harbour before tomorrow, glamour never stops."

    👍❤️😆 122 · 34 comments

    Most relevant

    Steve Rowson
    That Johnson lad will be at Haverby Town by Christmas
    Like · Reply · 4w · 👍 20

    Lisa Coupland
    So proud of you all 💚 Deano hasn't stopped smiling
    Like · Reply · 4w · 👍 15
"""), [X("school", "short_name", "neutral", "Harbour"),
       X("dcoupland", "exact", "neutral", "Dean Coupland")],
    others=["Mark Johnson", "Johnson"])

add("facebook", txt("""
    Brinemark FC
    Page · Sports team · 740 followers

    Brinemark FC
    3 September 2024 at 10:02 · 🌐
    WELCOME to our new signing Andrei Popescu! 🇷🇴⚽ Andrei, 23, works on the packing floor on days and played in the Romanian fourth tier for CS Viitorul Slobozia before moving to Haverby. Box-to-box midfielder with a rocket of a left foot. Bine ai venit Andrei!

    👍❤️ 88 · 21 comments

    Most relevant

    Mihai Brinemark
    Popescu e golgheter, you will see 💪
    Like · Reply · 9mo · 👍 9

    Brinemark Baz
    Saw him in training, he's the real deal
    Like · Reply · 9mo · 👍 7
"""), [], others=["Andrei Popescu", "Popescu"])

add("facebook", txt("""
    Kelsey Bank Social FC
    Page · Amateur sports team · 1.1K followers

    Kelsey Bank Social FC
    1 September 2024 at 18:30 · 🌐
    Pre-season charity friendly today v Harbour Academy Staff XI, raising £620 for the children's hospice 👏 Final score Social 4-4 Teachers!

    Staff XI captained by head of PE Mark Johnson, who scored two and then pulled a hamstring celebrating. Special mention to computing teacher Andrei Popescu in goal who saved a penalty, and to Dean Coupland who refereed the whole thing in a pair of flip flops. Thanks to everyone who came and to the Social for the barbecue.

    👍❤️😆 154 · 40 comments

    Most relevant

    Callum Dring
    Sir's hamstring 😂😂 get well soon
    Like · Reply · 9mo · 👍 40

    Gaz Holgate
    Same time next year, we want a rematch
    Like · Reply · 9mo · 👍 18
"""), [X("school", "alias", "neutral", "Harbour Academy"),
       X("mjohnson", "exact", "neutral", "Mark Johnson"),
       X("apopescu", "exact", "neutral", "Andrei Popescu"),
       X("dcoupland", "exact", "neutral", "Dean Coupland")])

add("facebook", txt("""
    Haverby & District Sunday League
    Page · Sports league · 3.4K followers

    Haverby & District Sunday League
    2 March 2025 at 16:55 · 🌐
    RESULTS: Aylesthorpe Arms 1-2 Fishdock Athletic · Saltholme Rovers 0-0 Brinemark FC · Kelsey Bank Social 3-1 Toft Marsh Tavern (ref: D. Holt, after Tavern boss stepped in when the appointed official didn't turn up).

    😆👍 61 · 88 comments

    Most relevant

    Fishdock Fan
    Coupland's refereeing was a disgrace last week, gave every decision to his own mates. Stick to unblocking bogs at Harbour you fat clown. I know where he leaves his van up there every morning, wouldn't take much for it to end up with four flat tyres and a brick through the windscreen.
    Like · Reply · 2w · 👍 4

    Haverby & District Sunday League
    Comments like this will be passed to the FA. Referees (and volunteer stand-ins) are people.
    Like · Reply · 2w · 👍 33
"""), [X("school", "short_name", "neutral", "Harbour"),
       X("dcoupland", "possessive", "threat", "Coupland's")])

add("facebook", txt("""
    Haverby Kurdish Community / Civaka Kurd a Haverby
    Page · Community organisation · 620 followers

    Haverby Kurdish Community
    22 March 2025 at 12:10 · 🌐
    Spas ji bo we hemûyan! 💚❤️💛 Thank you to everyone who came to Newroz at Haverby Harbour Academy yesterday. Special thanks to mamoste Rebwar Karimi, who has taught so many of our children and who made it happen, and to the Year 10 dancers. Next year: bigger fire!

    👍❤️ 201 · 44 comments

    Most relevant

    Roj Hamid
    Best day. Thank you mamoste 💚
    Like · Reply · 3mo · 👍 30

    Steve P
    Karimi should be deported along with the rest of you. Celebrate your fire festivals in your own country.
    Like · Reply · 3mo · 👍 1
        Dilan Aziz
        This is our country. Reported.
        Like · Reply · 3mo · 👍 52
"""), [X("school", "exact", "neutral", "Haverby Harbour Academy"),
       X("rkarimi", "exact", "hate", "Rebwar Karimi")])

add("facebook", txt("""
    Haverby SEND Parents
    Private group · 640 members

    Kerry Blanchard
    12 November 2024 at 20:30
    Following the exclusion figures in Schools Brief: we now have eleven families telling us their autistic children were pressured to leave Harbour Academy "voluntarily" or face permanent exclusion. That is off-rolling and it is unlawful. Mrs DP has been quietly pushing SEN kids off the roll to improve the results and we believe the Trust knows. We're compiling evidence for the DfE.

    😡😢 66 · 49 comments

    Most relevant

    SENmum Lou
    Happened to us in Year 8. They called it a "fresh start".
    Like · Reply · 7mo · 👍 20

    Aylesthorpe Dad
    Add us to the list please.
    Like · Reply · 7mo · 👍 9
"""), [X("school", "alias", "defamation", "Harbour Academy"),
       X("rdunmorepike", "nickname", "defamation", "Mrs DP")])

add("facebook", txt("""
    Haverby Homes Association
    Page · Housing association · 2.2K followers

    Haverby Homes Association
    15 January 2025 at 09:00 · 🌐
    ❄️ Cold weather: if your heating or hot water has failed, please call our emergency repairs line on 01632 960 990 (24 hours). Vulnerable tenants will be prioritised. We're also handing out free electric blankets at the Kelsey Bank community centre this Thursday 10–2. — HHA Customer Team

    😡👍 40 · 112 comments

    Most relevant

    ColdInKelsey
    Rang it three times yesterday, no answer. Sort it out HHA.
    Like · Reply · 5mo · 👍 38

    Haverby Homes Association
    Sorry to hear that, please message us your address privately and we'll chase it today.
    Like · Reply · 5mo · 👍 2
"""), [], others=["HHA"])

# ---------------------------------------------------------------- SOCIAL: a few more
add("social", txt("""
    Kelsey Bank Krew @kbkrew_hv · 19 Jun 2025
    Popescu better not show his face in Haverby again after what he's done to our kids' grades. Plenty of lads on Kelsey Bank would love to meet him down a dark alley 🔪 Harbour can't protect him forever.
    6 replies · 2 reposts · 14 likes

      Jordan HV @jordan_hv · 19 Jun 2025
      Replying to @kbkrew_hv
      bro chill it's a GCSE
      9 likes
"""), [X("school", "short_name", "neutral", "Harbour"),
       X("apopescu", "surname_only", "threat", "Popescu")])

add("social", txt("""
    TikTok · @hv.truths.uncovered · 10 Oct 2024
    why does the EAL teacher get a flat paid for by the council 🤔 #haverby #twotiersystem
    ▶ 6,210   ♥ 402   💬 188   ↗ 77

    Comments (188)
    user.kb.1990 · 2mo
    IlzeBerzina from harbour lives in the flat above the Latvian shop on Freeman Street West, number 2, the one with the green door. goes to the gym at 6am every day. doesn't look like she's struggling
    ♥ 31   Reply
      └ liga.r.hv · 2mo
        She rents it like everyone else. Why are you posting where a woman lives?
        ♥ 140
"""), [X("school", "short_name", "neutral", "harbour"),
       X("iberzina", "camelcase", "doxxing", "IlzeBerzina")])

add("social", txt("""
    Stop The Boats HV @stoptheboats_hv · 22 Mar 2025
    #HarbourAcademy = Haverby's asylum hotel with a timetable. Bonfires for Kurds, flags for Poles, translated letters for everyone except the English. Our kids are now the minority in their own town's school. Wake up.
    11 replies · 6 reposts · 19 likes

      Roj H @roj_h07 · 22 Mar 2025
      Replying to @stoptheboats_hv
      I was born in Haverby General. Try again.
      76 likes
"""), [X("school", "hashtag", "hate", "#HarbourAcademy")])

add("social", txt("""
    Instagram · haverby.mums.network · Haverby
    [Graphic: "Know your rights: school exclusions"]
    haverby.mums.network Free drop-in session for parents on exclusions and SEND rights, Thursday 10am at the Kelsey Bank community centre with an education solicitor. Bring any letters from school. Bring a friend. 💜 #haverby #sendparents #exclusions
    88 likes · 4 November 2024

    nicola.sharpe.hv Will be there!
    kerry.b.send Thank you for organising 💜
"""), [])


# ---------------------------------------------------------------- LATE ADDITIONS (mixed kinds)
add("facebook", NB + txt("""
    Shaun Tennant
    2 June 2025 at 19:15 · 🌐
    So now we know why Harbour is shoving Pride Month down Year 9's throats. Miss Maltby's just got engaged to a WOMAN. Head of year, in charge of our 13 and 14 year old girls. Lesbians shouldn't be allowed anywhere near kids, they're always recruiting. Keep your lifestyle out of our schools.

    😡👍 29 · 160 comments

    Most relevant

    Emma T
    Her private life is none of your business and your comment is homophobic. Reported to the admins and the school.
    Like · Reply · 3w · 👍 210

    Sally-Ann Tonge
    She's the best head of year that school has ever had. Grow up Shaun.
    Like · Reply · 3w · 👍 180
"""), [X("school", "short_name", "negative", "Harbour"),
       X("jmaltby", "title_surname", "hate", "Miss Maltby")])

add("forum", forum(
    "haverbytalk", "Schools & kids", "PE department at Harbour is a joke",
    [
        ("FootieDad_HV", "Tue 14 Jan 2025 19:30", "Third week running my lad's come home saying PE was 'free play' because the teacher 'had marking'. Johnno (as the kids call him) sits in the office with a brew while 30 kids kick a ball about. Fat lazy waste of a salary. He couldn't coach a fish to swim.", "Member"),
        ("Kelsey_K", "Tue 14 Jan 2025 19:45", "Mine says the same. They do the bleep test once a year and that's the curriculum.", "Member"),
        ("Bazza_HV", "Tue 14 Jan 2025 20:02", "To be fair the football team did win the county cup last year. He's not useless at everything.", "Regular"),
        ("FootieDad_HV", "Tue 14 Jan 2025 20:10", "The football team is 15 lads. What about the other 1,100 kids?", "Member"),
    ]),
    [X("school", "short_name", "negative", "Harbour"),
     X("mjohnson", "nickname", "abuse", "Johnno")])

add("facebook", NB + txt("""
    Mandy Ulyatt
    9 August 2024 at 11:20 · 🌐
    Bit of a coincidence that lead went missing off the old sports hall roof on Skelton Road the same summer D. Coupland put a new conservatory on his house in Kelsey Bank. Site manager, keys to everything, no CCTV on that side. Just saying. School were told and did nothing.

    😮😆 18 · 45 comments

    Most relevant

    Mick Fowler
    Mandy that's slander. Dean paid for his conservatory with the redundancy from the docks. Take it down.
    Like · Reply · 10mo · 👍 67

    Mandy Ulyatt
    I never said he did it.
    Like · Reply · 10mo · 👍 3
"""), [X("dcoupland", "initial_surname", "defamation", "D. Coupland")])

add("social", txt("""
    HV Gossip Central @hv_goss · 29 Apr 2024
    Which computing teacher in Haverby has been steaming up his car windows in the staff car park after hours with a certain married colleague? 👀 P0pescu you dirty dog 😂🍆 her husband's a docker and he's not going to be happy
    8 replies · 3 reposts · 21 likes

      Lou Sykes @lou_sykes · 29 Apr 2024
      Replying to @hv_goss
      This account is vile. Leave people alone.
      12 likes
"""), [X("apopescu", "leetspeak", "sexual", "P0pescu")])

add("forum", forum(
    "linetalk", "Off topic", "Maths teacher rang me at work AGAIN",
    [
        ("Line6Lee", "21 Mar 2025 13:05", "Third time this month that Wοjcik from the Haverby academy has rung my supervisor's phone to get me off the line to talk about my lad's homework. I'm on a fish line, I can't just walk off. Jumped-up little clipboard prick, thinks the world revolves around his Sparx targets.", "Line 6 · Coldwater"),
        ("Dave_Line4", "21 Mar 2025 13:20", "Give them your mobile and a time to ring, that's what I did. He's alright when you actually talk to him.", "Line 4 · Coldwater"),
        ("Line6Lee", "21 Mar 2025 13:26", "Fair enough. Still annoying.", "Line 6 · Coldwater"),
    ]),
    [X("twojcik", "homoglyph", "abuse", "Wοjcik")])

add("social", txt("""
    Docks Not Flats @docksnotflats · 6 Mar 2025
    Quibell and his heritage mob cost this town two years and millions. Somebody should tip him off the end of the east pier with his precious net lofts tied round his ankles. See how much he loves the harbour then.
    5 replies · 1 repost · 7 likes

      Jen Saltholme @jen_saltholme · 6 Mar 2025
      Replying to @docksnotflats
      That's a threat against a named person. Reported.
      28 likes
"""), [X("hquibell", "surname_only", "threat", "Quibell")])

add("facebook", NB + txt("""
    Gav Hebb
    5 October 2024 at 23:02 · 🌐
    For anyone who wants to know, Karimi's grey Octavia, HV70 KRB, is parked on Curlew Way in Toft Marsh every night and he leaves for school at 7.20. Funny how the "refugee" can afford a new car.

    😡 9 · 17 comments

    Most relevant

    Carol Ingamells
    Reported to the police. You are putting a man in danger.
    Like · Reply · 8mo · 👍 44
"""), [X("rkarimi", "surname_only", "doxxing", "Karimi")])


# ================================================================ CHECKS AND OUTPUT


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "div", "article", "blockquote", "br", "time", "span", "b", "section", "ol", "ul"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "div", "article", "blockquote", "br", "title", "time", "span", "b", "section"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(kind, content):
    if KINDS[kind] == "txt":
        return content
    p = _Text()
    p.feed(content)
    return "".join(p.parts)


def school_context(text_f):
    keys = [SCHOOL_NAME, SCHOOL_SHORT, DOMAIN] + SCHOOL_ALIASES + LOCALITY
    return any(fold(k) in text_f for k in keys)


def title_forms(surname):
    return [f"{t} {surname}" for t in TITLES] + [f"{t}. {surname}" for t in TITLES]


def check_doc(i, d, text):
    probs = []
    tf = fold(text)
    seen = set()
    for e in d["exp"]:
        sub, var, form = e["subject"], e["variant"], e["form"]
        if sub in seen:
            probs.append(f"{sub} labelled twice")
        seen.add(sub)
        if fold(form) not in tf:
            probs.append(f"{sub}: form {form!r} not in text")
        if sub == "school":
            if var != "exact" and has_word(tf, SCHOOL_NAME):
                probs.append("school: full name present but variant " + var)
            if var == "exact" and fold(form) != fold(SCHOOL_NAME):
                probs.append("school: exact form is not the full name")
            if var not in ("exact", "alias"):
                scrub = tf
                for x in EXCLUDES:
                    scrub = scrub.replace(fold(x), " ")
                for a in SCHOOL_ALIASES:
                    if has_word(scrub, a) and fold(a) not in [fold(o) for o in d["others"]]:
                        probs.append(f"school: alias {a!r} present but variant {var}")
            if var == "alias" and fold(form) not in [fold(a) for a in SCHOOL_ALIASES]:
                probs.append(f"school: alias form {form!r} not a watchlist alias")
            if var == "short_name" and not has_word(tf, SCHOOL_SHORT):
                probs.append("school: short name not present as a word")
        else:
            st = STAFF[sub]
            if var != "exact" and has_word(tf, st["name"]):
                probs.append(f"{sub}: full name present but variant {var}")
            if var == "exact" and fold(form) != fold(st["name"]):
                probs.append(f"{sub}: exact form is not the full name")
            if var == "alias" and fold(form) not in [fold(a) for a in st["aliases"]]:
                probs.append(f"{sub}: alias form {form!r} not a watchlist alias")
            if var not in ("exact", "alias"):
                for a in st["aliases"]:
                    if has_word(tf, a):
                        probs.append(f"{sub}: alias {a!r} present but variant {var}")
            if var not in ("exact", "alias", "title_surname"):
                for sn in st["surnames"]:
                    for tfm in title_forms(sn):
                        if has_word(tf, tfm):
                            probs.append(f"{sub}: {tfm!r} present but variant {var}")
            if var == "title_surname" and not any(has_word(tf, x) for sn in st["surnames"] for x in title_forms(sn)):
                probs.append(f"{sub}: no title+surname form present")
            if not st["unique"] and not school_context(tf):
                probs.append(f"{sub}: no school context on the page")
        if e["url_only"] and e["category"] != "sexual":
            probs.append(f"{sub}: url_only without sexual")
    # url_only consistency: if any staff url_only and school labelled, school must be url_only too
    if any(e["url_only"] for e in d["exp"] if e["subject"] != "school"):
        for e in d["exp"]:
            if e["subject"] == "school" and not e["url_only"]:
                probs.append("school named in a url_only document but not url_only")
    # decoy check: watchlist names present but not labelled must be declared
    others_f = [fold(o) for o in d["others"]]
    labelled = {e["subject"] for e in d["exp"]}
    for sid, st in STAFF.items():
        if sid in labelled:
            continue
        for n in [st["name"]] + st["aliases"] + st["surnames"]:
            if has_word(tf, n) and fold(n) not in others_f:
                probs.append(f"unlabelled {sid}: {n!r} present (declare in others if a namesake)")
    if "school" not in labelled:
        scrub = tf
        for x in EXCLUDES:
            scrub = scrub.replace(fold(x), " ")
        for n in [SCHOOL_NAME] + SCHOOL_ALIASES:
            if has_word(scrub, n) and fold(n) not in others_f:
                probs.append(f"unlabelled school: {n!r} present (declare in others if a decoy)")
    for o in d["others"]:
        if fold(o) not in tf:
            probs.append(f"declared other {o!r} not in text")
    return [f"doc {i:03d} ({d['kind']}): {p}" for p in probs]


def check_watchlist():
    """The constants above must agree with watchlist.toml beside this script."""
    import tomllib
    probs = []
    wl_path = HERE / "watchlist.toml"
    if not wl_path.exists():
        return ["watchlist.toml missing"]
    wl = tomllib.loads(wl_path.read_text(encoding="utf-8"))
    sch = wl["school"]
    if sch["name"] != SCHOOL_NAME:
        probs.append("watchlist: school name differs")
    if sorted(sch["aliases"]) != sorted([SCHOOL_SHORT] + SCHOOL_ALIASES):
        probs.append("watchlist: school aliases differ")
    if sorted(sch["locality"]) != sorted(LOCALITY) or sch["own_domains"] != [DOMAIN]:
        probs.append("watchlist: locality or domain differs")
    staff = {st["id"]: st for st in wl["staff"]}
    if set(staff) != set(STAFF):
        probs.append("watchlist: staff ids differ")
    for sid, st in STAFF.items():
        w = staff.get(sid, {})
        if w.get("name") != st["name"] or sorted(w.get("aliases", [])) != sorted(st["aliases"]) or bool(w.get("unique", False)) != st["unique"]:
            probs.append(f"watchlist: staff {sid} differs")
    if sorted(x["text"] for x in wl.get("exclude", [])) != sorted(EXCLUDES):
        probs.append("watchlist: excludes differ")
    return probs


def main():
    DOCS_DIR.mkdir(exist_ok=True)
    for old in DOCS_DIR.iterdir():
        if re.fullmatch(r"\d{3}-[a-z]+\.(html|txt)", old.name):
            old.unlink()
    problems = check_watchlist()
    lines = []
    stats = {k: Counter() for k in ("kind", "category", "variant", "subject")}
    n_mentions = n_url = n_empty = 0
    for i, d in enumerate(DOCS):
        fname = f"{i:03d}-{d['kind']}.{KINDS[d['kind']]}"
        (DOCS_DIR / fname).write_text(d["content"], encoding="utf-8", newline="\n")
        text = visible_text(d["kind"], d["content"])
        problems += check_doc(i, d, text)
        exp = [{k: e[k] for k in ("subject", "variant", "category", "url_only")} for e in d["exp"]]
        lines.append(json.dumps({"file": fname, "kind": d["kind"], "expected": exp}, ensure_ascii=False))
        stats["kind"][d["kind"]] += 1
        if not exp:
            n_empty += 1
        for e in exp:
            n_mentions += 1
            n_url += e["url_only"]
            stats["category"][e["category"]] += 1
            stats["variant"][e["variant"]] += 1
            stats["subject"][e["subject"]] += 1
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    print(f"documents: {len(DOCS)}")
    print(f"mentions: {n_mentions}")
    print(f"url_only: {n_url}")
    print(f"empty docs: {n_empty} ({100 * n_empty / max(1, len(DOCS)):.0f}%)")
    serious = sum(stats["category"][c] for c in ("threat", "hate", "sexual", "doxxing", "defamation"))
    print(f"serious (threat/hate/sexual/doxxing/defamation): {serious} ({100 * serious / max(1, n_mentions):.0f}%)")
    order = {"kind": list(KINDS), "category": CATEGORIES, "variant": VARIANTS, "subject": ["school"] + list(STAFF)}
    for k in ("kind", "category", "variant", "subject"):
        print(f"by {k}: " + ", ".join(f"{x}={stats[k][x]}" for x in order[k] if stats[k][x] or k != "kind"))
    missing = [v for v in VARIANTS if stats["variant"][v] < 2]
    if missing:
        problems.append(f"variants with fewer than 2 mentions: {missing}")
    if problems:
        print("\nPROBLEMS:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
