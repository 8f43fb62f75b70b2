#!/usr/bin/env python3
# ruff: noqa: E501, E741, B007, SIM102, SIM401
"""Held-out evaluation corpus ``heldout21`` for the repwatch matcher.

Setting
-------
Holy Trinity Catholic College ("Trinity", "HTC", formerly St Etheldreda's RC High
School) is an invented Catholic 11-18 academy on Marl Lane in the invented Potteries
town of Ovenfold, Staffordshire (estates: Slipbank, Marlpit Heath, Jasper Fields;
neighbouring invented towns Hanbridge and Knype).  It belongs to the invented Good
Shepherd Catholic Multi-Academy Trust in the invented Diocese of Lyme and Trent.  The
community mixes old pottery families, Pakistani-Kashmiri families, Slovak Roma families
and recent Hong Kong BN(O) arrivals.  Postcodes use the non-existent district ST0,
phones the Ofcom drama ranges, every domain ends in .example.

Staff (see watchlist.toml)
--------------------------
Catherine McGrath (head, alias Kate McGrath); Gareth Tunnicliffe-Booth (deputy head,
double-barrelled); Tariq Mahmood (assistant head, behaviour); Jozef Horvath with an
accent (EAL and Roma liaison, alias Joe Horvath); Jo Beardmore (head of year 9, short
first name); Vincent Chan (head of computing, alias Chan Wai-kit); Ambrose Fallowfield
(lay chaplain, ``unique = true``); Paul Hughes (head of PE, the very common name with
namesakes); Leanne Bentley (SENCo, maiden name Leanne Hulme); Siobhan O'Donoghue
(head of English, apostrophe).

Voices
------
Local paper (Six Towns Courier, with court reports, letters, columns, council minutes,
obituaries, jobs and sport), the diocesan newsletter (Lyme & Trent Catholic Voice), a
schools trade paper, a Hong Kong community bulletin; forums (Oatcake Terrace Stoke City
fan forum, StaffroomTalk teachers' forum, Six Towns Talk, Potteries Parents); blogs
(Saggar & Slip pottery heritage, a mosque community page, a parent blogger, an ex-teacher,
a far-right blog, a Roma association, a Hong Kong family blog, local history); Google and
teacher-rating reviews; TikTok, X and Instagram comments; town Facebook groups.  Potteries
dialect ("ow at", "duck", "surry", "mardy", "conna", "dunna") throughout.

Decoys
------
"Trinity" as an ordinary word or other thing (Trinity Sunday, Trinity term, the Matrix,
a girl called Trinity, an "unholy trinity" of midfielders, Trinity Works pottery, Trinity
Close, Trinity Court care home, Trinity College London music grades, Holy Trinity Church
Hanbridge); "HTC" as the phone maker and Hanbridge Tennis Club; namesakes clearly
elsewhere (Cllr Paul Hughes of Knype, Paul Hughes the plumber, the darts player, a Paul
Hughes obituary, Dr Tariq Mahmood the GP, a Slovak footballer Horvath, Maureen McGrath
of St Bede's primary, a Mrs Chan at another school, Beardmore's oatcake shop,
O'Donoghue's bar, a Leanne Bentley salon, Bentley cars, Fallowfield in Manchester).

Labelling conventions
---------------------
One label per subject per document: the easiest name form present (exact > alias >
title_surname > the rest) and the worst category (threat > hate > sexual > doxxing >
defamation > abuse > negative > neutral).  Reporting, condemning or quoting abuse in order
to condemn it is neutral for the victim, as is news of a conviction of someone who
harassed them.  News that someone is suspended or investigated is defamation for them.
Anything suggesting a child may be involved in sexual misconduct is ``sexual`` with
``url_only: true`` for the staff member and for the school when the school is named.
The school is a subject only where the document refers to the school itself; a staff
member counts only where the page ties them to the school (name, alias, a locality word,
the school's domain or their job there), except the unique chaplain.  Where a page
refers to the school only descriptively ("the Catholic college on Marl Lane") the school
itself is not labelled, since no name form is present; the staff member's tie then comes
from a locality word.  Comments under an article count towards the article's labels.  Each label carries
a ``form`` (used only by the checks here, not written to labels.jsonl) that must appear in
the folded visible text; the checks also reject easier forms than the labelled variant,
undeclared surname/school hits, and missing school ties.
"""
import html
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
LABELS = HERE / "labels.jsonl"

SCHOOL_NAME = "Holy Trinity Catholic College"
SCHOOL_SHORT = "Trinity"
SCHOOL_ALIASES = ["Holy Trinity", "HTC", "Holy Trinity College", "Trinity Catholic College",
                  "St Etheldreda's RC High School", "St Etheldreda's"]
LOCALITY = ["Ovenfold", "Slipbank", "Marlpit Heath", "Jasper Fields"]
DOMAIN = "htcovenfold.example"

# id -> (full name, role, aliases, surname keys for the undeclared-hit check, unique)
STAFF = {
    "cmcgrath": ("Catherine McGrath", "Headteacher", ["Kate McGrath"], ["mcgrath"], False),
    "gtunnicliffebooth": ("Gareth Tunnicliffe-Booth", "Deputy Headteacher", [], ["tunnicliffe"], False),
    "tmahmood": ("Tariq Mahmood", "Assistant Headteacher (Behaviour and Attendance)", [], ["mahmood"], False),
    "jhorvath": ("Jozef Horváth", "EAL and Community Liaison Lead", ["Joe Horvath"], ["horvath"], False),
    "jbeardmore": ("Jo Beardmore", "Head of Year 9", [], ["beardmore"], False),
    "vchan": ("Vincent Chan", "Head of Computing", ["Chan Wai-kit"], ["chan"], False),
    "afallowfield": ("Ambrose Fallowfield", "Lay Chaplain", [], ["fallowfield"], True),
    "phughes": ("Paul Hughes", "Head of PE", [], ["hughes"], False),
    "lbentley": ("Leanne Bentley", "SENCo", ["Leanne Hulme"], ["bentley", "hulme"], False),
    "sodonoghue": ("Siobhan O'Donoghue", "Head of English", [], ["o'donoghue", "odonoghue"], False),
}

VARIANTS = ["exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
            "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
            "obfuscated", "hashtag", "handle", "camelcase", "surname_only"]
CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
KINDS = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = ["mr", "mrs", "ms", "miss", "dr", "mx", "sir"]

DOCS = []


def E(subject, variant, category, form, url=False):
    """One expected mention; ``form`` is the name form as written in the document."""
    return {"subject": subject, "variant": variant, "category": category, "form": form, "url_only": url}


def add(kind, expected, body, ignore=()):
    DOCS.append({"kind": kind, "expected": list(expected), "body": body, "ignore": set(ignore)})


def esc(s):
    return html.escape(s, quote=False)


def paras(text):
    """Blank-line separated paragraphs -> <p> elements (text is escaped)."""
    out = []
    for block in text.strip().split("\n\n"):
        block = block.strip()
        if not block:
            continue
        if block.startswith("## "):
            out.append(f"<h2>{esc(block[3:])}</h2>")
        elif block.startswith("> "):
            out.append(f"<blockquote><p>{esc(block[2:])}</p></blockquote>")
        else:
            out.append("<p>" + esc(block).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


# --------------------------------------------------------------------------------------
# Site chrome
# --------------------------------------------------------------------------------------
SIDEBAR_NEWS = [
    "Roadworks on the A500 to run until March, highways chiefs warn",
    "Hanbridge market traders fear new parking charges will kill footfall",
    "Knype bottle oven to get lottery cash for roof repairs",
    "Woman, 92, finally gets her oatcake shop tin back after 40 years",
    "Bus route 23 axed from Marlpit Heath as operator blames driver shortage",
    "Pub landlord pulls last pint at the Saggar Makers Arms after 31 years",
    "Firefighters tackle blaze at disused warehouse off Wharf Street, Knype",
    "Council tax set to rise by 4.99 per cent, cabinet agrees",
    "Potters boss pleased with clean sheet but wants more up front",
    "Fresh plea for witnesses after hit-and-run on Lyme Bank Road",
    "New food bank opens in former Methodist chapel",
    "Tile heritage trail wins national tourism award",
    "GP surgery merger approved despite patient concerns",
    "Allotment society marks 100 years with open day",
    "Police warn of courier fraud targeting elderly residents",
    "Stoke-on-Trent named among cheapest places to buy a house",
    "Nurse who worked 45 years at the Royal retires",
    "Plans for 200 homes on former colliery site go before committee",
    "Brass band qualifies for national finals in Cheltenham",
    "Canal towpath to close for six weeks for resurfacing",
    "Charity shop volunteers needed as demand soars",
    "Man charged after cannabis factory found in flat above takeaway",
    "Weather: Met Office yellow warning for ice across North Staffordshire",
    "Rugby club's new clubhouse opens after fire",
]
SIDEBAR_FORUM = [
    "Matchday thread: Potters v Boro", "Best oatcakes in the Six Towns?", "Bin collections over Christmas",
    "Anyone know why the helicopter was up last night?", "Lost cat - ginger tom, answers to Biscuit",
    "Recommend a decent mechanic?", "Transfer rumours megathread", "Speed cameras on the D Road",
    "Ofsted framework changes - thoughts?", "ECT induction: how many observations is normal?",
    "Parking at the Royal is a joke", "Old photos of the Ovenfold canal", "Which supermarket does the best lobby mix?",
    "Pay award 2025: union ballot", "Dog friendly pubs near Leek", "Potholes on Bourne Street (again)",
]
COOKIE = ("We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. "
          "You can change your preferences at any time.")

NEWS_SITES = {
    "courier": dict(name="The Six Towns Courier", domain="sixtownscourier.example",
                    nav=["News", "Court", "Sport", "Stoke City", "Port Vale", "Business", "Opinion", "Jobs", "Announcements", "Puzzles"],
                    tag="Serving the Potteries since 1874", foot="Six Towns Courier is part of Midland Regional Media Ltd. Registered in England No. 00000000. Editorial: 01632 960120."),
    "voice": dict(name="Lyme & Trent Catholic Voice", domain="catholicvoice-lymetrent.example",
                  nav=["Home", "Diocese", "Parishes", "Schools", "Youth", "Vocations", "Mass Times", "Donate"],
                  tag="Newsletter of the Diocese of Lyme and Trent", foot="Diocese of Lyme and Trent, Bishop's House, Cathedral Close, Knype ST0 1BH. Registered charity (invented) 000000."),
    "schoolsbrief": dict(name="SchoolsBrief", domain="schoolsbrief.example",
                         nav=["News", "Leadership", "Accountability", "Funding", "SEND", "Jobs", "Opinion", "Events"],
                         tag="News for school leaders", foot="SchoolsBrief Ltd, 4 Printers Yard, London. Subscriptions: 0161 496 0123."),
    "hkbulletin": dict(name="Potteries HK Bulletin 斯托克港人通訊", domain="potterieshkbulletin.example",
                       nav=["首頁 Home", "Settling In", "Schools", "Jobs", "Events", "Visa/BN(O)", "Food"],
                       tag="Community news for Hongkongers in North Staffordshire", foot="Run by volunteers. Contact: editor@potterieshkbulletin.example"),
}

FORUM_SITES = {
    "oatcake": dict(name="The Oatcake Terrace", domain="oatcaketerrace.example", tag="Unofficial Stoke City supporters' forum",
                    nav=["Forums", "What's new", "Match threads", "Members", "Rules"]),
    "staffroom": dict(name="StaffroomTalk", domain="staffroomtalk.example", tag="The community for teachers and school staff",
                      nav=["Forums", "Workplace dilemmas", "Jobseekers", "Leadership", "Pastoral", "Pay & conditions", "Search"]),
    "sixtowns": dict(name="Six Towns Talk", domain="sixtownstalk.example", tag="Local chat for the Potteries and beyond",
                     nav=["Home", "Local news", "Schools", "Buy & sell", "Nostalgia", "Politics", "Help"]),
    "parents": dict(name="Potteries Parents", domain="potteriesparents.example", tag="By parents, for parents in North Staffs",
                    nav=["Talk", "Schools & education", "SEND", "Babies & toddlers", "Teens", "Local", "Chat"]),
}


def _pick(pool, seed, n):
    r = random.Random(seed)
    return r.sample(pool, n)


def news_page(site, section, headline, standfirst, byline, date, body, comments=(), tags=(), seed=0):
    s = NEWS_SITES[site]
    nav = "".join(f'<li><a href="https://{s["domain"]}/{n.lower().replace(" ", "-")}">{esc(n)}</a></li>' for n in s["nav"])
    side = "".join(f"<li><a href=\"#\">{esc(h)}</a></li>" for h in _pick(SIDEBAR_NEWS, seed, 5))
    com = ""
    if comments:
        items = []
        for c in comments:
            who, when, text = c[0], c[1], c[2]
            likes = c[3] if len(c) > 3 else 0
            items.append(f'<li class="comment"><div class="c-meta"><strong>{esc(who)}</strong> <time>{esc(when)}</time></div>'
                         f'<div class="c-body">{paras(text)}</div><div class="c-actions">Reply · Report · {likes} likes</div></li>')
        com = f'<section class="comments"><h3>Comments ({len(comments)})</h3><p class="house-rules">Please keep comments civil. Read our community guidelines.</p><ol>{"".join(items)}</ol></section>'
    tagl = "".join(f'<a class="tag" href="#">{esc(t)}</a> ' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(headline)} | {esc(s["name"])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://{s["domain"]}/{section.lower()}/{seed}">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "{section}"}});</script>
<style>body{{font-family:Georgia,serif;margin:0}} .cookie{{background:#222;color:#fff;padding:8px}}</style></head>
<body>
<div class="cookie" id="cookie-banner"><p>{COOKIE}</p><button>Accept all</button> <button>Manage settings</button></div>
<header class="masthead"><div class="logo"><a href="https://{s["domain"]}/">{esc(s["name"])}</a></div><p class="strap">{esc(s["tag"])}</p>
<nav><ul>{nav}</ul></nav><form class="search"><input type="search" placeholder="Search"></form></header>
<main>
<article>
<p class="breadcrumb"><a href="#">Home</a> › <a href="#">{esc(section)}</a></p>
<h1>{esc(headline)}</h1>
<p class="standfirst">{esc(standfirst)}</p>
<p class="byline">By <span class="author">{esc(byline)}</span> · <time>{esc(date)}</time></p>
<div class="share">Share: Facebook · X · WhatsApp · Email</div>
<div class="article-body">
{paras(body)}
</div>
<div class="tags">{tagl}</div>
<aside class="newsletter"><p>Get the day's top stories straight to your inbox. Sign up to our free newsletter.</p></aside>
{com}
</article>
<aside class="sidebar"><h3>Most read</h3><ol>{side}</ol>
<div class="advert">Advertisement</div></aside>
</main>
<footer><p>{esc(s["foot"])}</p><p><a href="#">Privacy</a> · <a href="#">Cookie policy</a> · <a href="#">Terms</a> · <a href="#">Complaints</a> · <a href="#">Contact us</a></p><p>© 2025 {esc(s["name"])}</p></footer>
</body></html>
"""


def forum_page(site, board, title, posts, seed=0, views=None):
    s = FORUM_SITES[site]
    nav = "".join(f'<li><a href="#">{esc(n)}</a></li>' for n in s["nav"])
    side = "".join(f"<li><a href=\"#\">{esc(h)}</a></li>" for h in _pick(SIDEBAR_FORUM, seed, 4))
    r = random.Random(seed)
    views = views or r.randint(300, 9000)
    items = []
    for i, p in enumerate(posts):
        who, when, text = p[0], p[1], p[2]
        meta = p[3] if len(p) > 3 else f"Posts: {r.randint(3, 9000)}"
        items.append(f'<article class="post" id="post-{i + 1}"><div class="post-author"><strong>{esc(who)}</strong><br><span class="meta">{esc(meta)}</span></div>'
                     f'<div class="post-content"><div class="post-date">{esc(when)} · #{i + 1}</div>{paras(text)}</div>'
                     f'<div class="post-actions">Like · Quote · Reply · Report</div></article>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} | {esc(board)} | {esc(s["name"])}</title>
<script src="/js/forum.min.js"></script></head>
<body>
<div class="cookie-consent"><p>This site uses cookies to help personalise content and to keep you logged in if you register.</p><button>Accept</button> <button>Learn more…</button></div>
<header><a class="logo" href="https://{s["domain"]}/">{esc(s["name"])}</a><span class="tagline">{esc(s["tag"])}</span>
<nav><ul>{nav}</ul></nav><div class="user-bar"><a href="#">Log in</a> · <a href="#">Register</a></div></header>
<main>
<p class="breadcrumb"><a href="#">Forums</a> › <a href="#">{esc(board)}</a></p>
<h1 class="thread-title">{esc(title)}</h1>
<p class="thread-meta">Replies: {len(posts) - 1} · Views: {views}</p>
{"".join(items)}
<p class="pagination">Page 1 of 1</p>
<p class="reply-box">You must log in or register to reply here.</p>
</main>
<aside class="sidebar"><h3>Latest threads</h3><ul>{side}</ul></aside>
<footer><p>{esc(s["name"])} · <a href="#">Contact us</a> · <a href="#">Terms and rules</a> · <a href="#">Privacy policy</a> · <a href="#">Help</a></p><p>Forum software © 2010-2025</p></footer>
</body></html>
"""


def blog_page(name, domain, tagline, title, author, date, body, comments=(), sidebar=(), nav=("Home", "About", "Archive", "Contact")):
    navl = "".join(f'<li><a href="#">{esc(n)}</a></li>' for n in nav)
    side = "".join(f"<li><a href=\"#\">{esc(h)}</a></li>" for h in sidebar)
    com = ""
    if comments:
        items = []
        for c in comments:
            items.append(f'<li class="comment"><p class="comment-author"><strong>{esc(c[0])}</strong> says:<br><span class="comment-date">{esc(c[1])}</span></p>{paras(c[2])}<p class="reply"><a href="#">Reply</a></p></li>')
        com = f'<section id="comments"><h3>{len(comments)} thoughts on “{esc(title)}”</h3><ol class="comment-list">{"".join(items)}</ol><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} – {esc(name)}</title><meta name="generator" content="WordPress 6.4"></head>
<body class="single-post">
<div id="cookie-notice"><p>This website uses cookies. By continuing to use it you agree to their use.</p><button>OK</button></div>
<header class="site-header"><p class="site-title"><a href="https://{domain}/">{esc(name)}</a></p><p class="site-description">{esc(tagline)}</p>
<nav class="main-navigation"><ul>{navl}</ul></nav></header>
<div id="content"><main>
<article class="post">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1><div class="entry-meta">Posted on <time>{esc(date)}</time> by <span class="author">{esc(author)}</span></div></header>
<div class="entry-content">
{paras(body)}
</div>
<footer class="entry-footer">Share this: Facebook · X · Email · Print</footer>
</article>
{com}
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent posts</h2><ul>{side}</ul></section>
<section class="widget"><h2 class="widget-title">Search</h2><form><input type="search"></form></section></aside>
</div>
<footer class="site-footer"><p>© 2025 {esc(name)} · Proudly powered by WordPress</p></footer>
</body></html>
"""


def review_txt(place, rating, count, kind_line, address, reviews, source="Google reviews"):
    out = [place, f"{rating} ★ · {count} reviews", kind_line, address, "", source, "Sort by: Most relevant", ""]
    for rv in reviews:
        name, meta, stars, when, text = rv[:5]
        resp = rv[5] if len(rv) > 5 else None
        likes = rv[6] if len(rv) > 6 else 0
        out += [name, meta, "★" * stars + "☆" * (5 - stars) + f"  {when}", text.strip()]
        if likes:
            out.append(f"👍 {likes}")
        out.append("Like · Share")
        if resp:
            out += [f"Response from the owner  {resp[0]}", resp[1].strip()]
        out.append("")
    return "\n".join(out) + "\n"


def fb_txt(group, members, poster, when, text, reactions, comments, shares=0):
    out = [group, members, "", poster, f"{when} · 👥", text.strip(), "", reactions + f" · {len(comments)} comments" + (f" · {shares} shares" if shares else ""), "Like  Comment  Share", "", "Most relevant ▾", ""]
    for c in comments:
        name, ctext, cwhen = c[0], c[1], c[2]
        likes = c[3] if len(c) > 3 else 0
        indent = "    " if name.startswith(">") else ""
        name = name.lstrip(">")
        out += [indent + name, indent + ctext.strip().replace("\n", "\n" + indent), indent + f"{cwhen}  Like  Reply" + (f"  {likes} 👍" if likes else ""), ""]
    out.append("View more comments")
    return "\n".join(out) + "\n"


def social_txt(header, items, footer=""):
    out = [header.strip(), ""]
    for it in items:
        who, when, text = it[0], it[1], it[2]
        stats = it[3] if len(it) > 3 else ""
        reply = who.startswith(">")
        who = who.lstrip(">")
        pad = "    " if reply else ""
        out.append(("  ↳ " if reply else "") + f"{who} · {when}")
        out += [pad + line for line in text.strip().split("\n")]
        if stats:
            out.append(pad + stats)
        out.append("")
    if footer:
        out.append(footer)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------
class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("p", "br", "li", "div", "h1", "h2", "h3", "article", "td", "tr"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(doc_text, ext):
    if ext == "txt":
        return doc_text
    p = _Text()
    p.feed(doc_text)
    return html.unescape("".join(p.parts))


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("’", "'").replace("‘", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s.lower())


def word_in(word, text):
    return re.search(r"(?<![\w])" + re.escape(word) + r"(?![\w])", text) is not None


RANK = {"exact": 0, "alias": 1, "title_surname": 2}


def check_doc(i, d, text, problems):
    ft = fold(text)
    subs = [e["subject"] for e in d["expected"]]
    if len(subs) != len(set(subs)):
        problems.append(f"{i:03d}: duplicate subject")
    url_any = any(e["url_only"] for e in d["expected"])
    for e in d["expected"]:
        s, v, c, form = e["subject"], e["variant"], e["category"], e["form"]
        if v not in VARIANTS or c not in CATEGORIES:
            problems.append(f"{i:03d}: bad variant/category {v}/{c}")
        if s != "school" and s not in STAFF:
            problems.append(f"{i:03d}: unknown subject {s}")
            continue
        if fold(form) not in ft:
            problems.append(f"{i:03d}: form {form!r} for {s} not in text")
        if e["url_only"] and c != "sexual":
            problems.append(f"{i:03d}: url_only without sexual for {s}")
        if s == "school":
            if url_any and not (e["url_only"] and c == "sexual"):
                problems.append(f"{i:03d}: school must be sexual/url_only when a child case is in the doc")
            if v == "exact":
                if fold(SCHOOL_NAME) not in fold(form):
                    problems.append(f"{i:03d}: school exact form wrong")
                continue
            if fold(SCHOOL_NAME) in ft:
                problems.append(f"{i:03d}: school labelled {v} but full name present")
            if v != "alias":
                for a in SCHOOL_ALIASES:
                    if word_in(fold(a), ft):
                        problems.append(f"{i:03d}: school labelled {v} but alias {a!r} present")
                if v != "short_name" and word_in("trinity", ft):
                    problems.append(f"{i:03d}: school labelled {v} but short name present")
            if v == "short_name" and not word_in("trinity", ft):
                problems.append(f"{i:03d}: short_name but no Trinity word")
            continue
        name, role, aliases, keys, unique = STAFF[s]
        surname = name.split(" ", 1)[1]
        fs = fold(surname)
        r = RANK.get(v, 3)
        if r > 0 and fold(name) in ft:
            problems.append(f"{i:03d}: {s} labelled {v} but exact name present")
        if r > 1 and any(fold(a) in ft for a in aliases):
            problems.append(f"{i:03d}: {s} labelled {v} but alias present")
        if r > 2:
            for t in TITLES:
                if re.search(r"(?<!\w)" + t + r"\.? " + re.escape(fs) + r"(?!\w)", ft):
                    problems.append(f"{i:03d}: {s} labelled {v} but title+surname present")
        ft_wo = ft.replace(fold(form), " ")
        if v in ("typo", "leetspeak", "homoglyph", "spacing", "obfuscated", "hashtag", "handle", "camelcase", "nickname", "first_initial", "hyphenated"):
            if word_in(fs, ft_wo):
                problems.append(f"{i:03d}: {s} labelled {v} but plain surname present")
        if v in ("surname_only", "possessive") and re.search(r"(?<![\w])[a-z]\. ?" + re.escape(fs) + r"(?![\w])", ft):
            problems.append(f"{i:03d}: {s} labelled {v} but initial+surname present")
        if v == "possessive" and re.search(re.escape(fs) + r"(?!'s)(?![\w])", ft_wo):
            problems.append(f"{i:03d}: {s} labelled possessive but bare surname present")
        if not unique and "school" not in subs and DOMAIN not in ft and not any(word_in(fold(l), ft) for l in LOCALITY):
            problems.append(f"{i:03d}: {s} has no school tie in the document")
    # undeclared hits
    for sid, (name, role, aliases, keys, unique) in STAFF.items():
        if sid in subs or sid in d["ignore"]:
            continue
        for k in keys:
            if word_in(k, ft):
                problems.append(f"{i:03d}: undeclared {k!r} ({sid})")
    if "school" not in subs and "school" not in d["ignore"]:
        for k in ("trinity", "htc", "etheldreda"):
            if word_in(k, ft) or (k == "etheldreda" and k in ft):
                problems.append(f"{i:03d}: undeclared school word {k!r}")
    for ig in d["ignore"]:
        if ig in subs:
            problems.append(f"{i:03d}: {ig} both expected and ignored")


def main():
    problems = []
    order = list(range(len(DOCS)))
    random.Random(2121).shuffle(order)
    DOCS_DIR.mkdir(exist_ok=True)
    for old in DOCS_DIR.iterdir():
        old.unlink()
    lines = []
    for n, idx in enumerate(order):
        d = DOCS[idx]
        ext = KINDS[d["kind"]]
        fname = f"{n:03d}-{d['kind']}.{ext}"
        (DOCS_DIR / fname).write_text(d["body"], encoding="utf-8")
        check_doc(n, d, visible_text(d["body"], ext), problems)
        exp = [{k: e[k] for k in ("subject", "variant", "category", "url_only")} for e in d["expected"]]
        lines.append(json.dumps({"file": fname, "kind": d["kind"], "expected": exp}, ensure_ascii=False))
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ments = [e for d in DOCS for e in d["expected"]]
    kinds = Counter(d["kind"] for d in DOCS)
    print(f"documents: {len(DOCS)}")
    print(f"mentions: {len(ments)}")
    print(f"url_only: {sum(e['url_only'] for e in ments)}")
    print(f"empty docs: {sum(1 for d in DOCS if not d['expected'])}")
    print("by kind: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS))
    cats = Counter(e["category"] for e in ments)
    print("by category: " + ", ".join(f"{c}={cats[c]}" for c in CATEGORIES))
    serious = sum(cats[c] for c in ("threat", "hate", "sexual", "doxxing", "defamation"))
    print(f"serious share: {serious / max(1, len(ments)):.1%}")
    vs = Counter(e["variant"] for e in ments)
    print("by variant: " + ", ".join(f"{v}={vs[v]}" for v in VARIANTS))
    ss = Counter(e["subject"] for e in ments)
    print("by subject: " + ", ".join(f"{s}={ss[s]}" for s in ["school", *STAFF]))
    for v in VARIANTS:
        if vs[v] < 2:
            problems.append(f"variant {v} used {vs[v]} times (<2)")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)


# === DOCUMENTS ===
# ---------------------------------------------------------------- NEWS (part 1)
add("news", [E("school", "exact", "negative", "Holy Trinity Catholic College"),
             E("cmcgrath", "exact", "neutral", "Catherine McGrath")], news_page(
    "courier", "News", "Ovenfold Catholic college told it 'requires improvement' after Ofsted visit",
    "Inspectors say behaviour in corridors and support for pupils with special needs are not yet good enough",
    "Hayley Cartlidge, Education Reporter", "Thursday 14 November 2024, 6:00am", """
A Catholic secondary school in Ovenfold has been told it "requires improvement" following its first full inspection since becoming an academy.

Inspectors from Ofsted spent two days at Holy Trinity Catholic College, on Marl Lane, in late September. Their report, published this week, downgrades the 1,240-pupil school from the "good" rating it held as the former St Etheldreda's RC High School.

The lead inspector wrote that leaders "have an accurate view of where the school needs to improve" but that "too many pupils, particularly in key stage 3, do not experience calm and orderly lessons". Inspectors also found that the quality of support for pupils with special educational needs and/or disabilities (SEND) was "inconsistent", with some plans "not precise enough to help teachers adapt their teaching".

## Sixth form praised

The sixth form, which has around 260 students, was judged good. The report says students "speak highly of the guidance they receive" and that the curriculum in English and computing is "ambitious and well sequenced". Attendance, which dipped sharply after the pandemic, is "improving but remains below the national average", with persistent absence highest among disadvantaged pupils.

The report notes that the school serves "a diverse and changing community", including a growing number of families who have arrived from Slovakia and Hong Kong in recent years, and praises the "well-established" work the school does to help pupils who speak English as an additional language.

## Head: 'We accept the findings'

Headteacher Catherine McGrath said in a letter to parents: "We accept the findings and we are not making excuses. The inspectors recognised that the foundations are in place and that our sixth form is a real strength. We know exactly what we need to do on behaviour and SEND, and we have already started."

She said a new behaviour policy introduced in September was "beginning to bite" and asked parents to support it.

The Good Shepherd Catholic Multi-Academy Trust, which runs the school and seven primaries across the Diocese of Lyme and Trent, said it would provide "additional leadership capacity" over the coming year.

Parents who spoke to the Courier at the gates were divided. One mother of a Year 8 boy said: "The corridors are mad at dinner time, you can hear it from the road. But the teachers are trying, I'll give them that." Another parent, whose daughter is in the sixth form, said the downgrade "doesn't reflect what we've seen at all".

The school will receive a monitoring visit within the next 18 months.
""", comments=[
        ("Slipbank Sue", "14 Nov 2024 08:12", "Not surprised in the slightest. My lad came home with his blazer ripped twice last term and nobody did owt.", 31),
        ("DaveFromTheD", "14 Nov 2024 09:40", "Every school round here is RI or worse. It's the funding not the staff.", 12),
        ("ProudGran64", "14 Nov 2024 11:02", "My granddaughter is in the sixth form and loves it. Glad they got a mention ow at all.", 8),
    ], tags=["Education", "Ofsted", "Ovenfold"], seed=101))

add("news", [E("school", "exact", "defamation", "Holy Trinity Catholic College"),
             E("gtunnicliffebooth", "exact", "defamation", "Gareth Tunnicliffe-Booth"),
             E("cmcgrath", "exact", "neutral", "Catherine McGrath")], news_page(
    "courier", "News", "Deputy head suspended as exam board looks into coursework marks",
    "Trust confirms 'precautionary' suspension while GCSE non-exam assessment is reviewed",
    "Hayley Cartlidge, Education Reporter", "Tuesday 4 March 2025, 5:45pm", """
The deputy headteacher of an Ovenfold secondary school has been suspended while an exam board investigates concerns about coursework submitted by some of its pupils.

Gareth Tunnicliffe-Booth, deputy head at Holy Trinity Catholic College, has not been at the Marl Lane school since half-term, the Courier understands.

In a statement, the Good Shepherd Catholic Multi-Academy Trust said: "We can confirm that a member of staff has been suspended on a precautionary basis while an external review takes place. Suspension is a neutral act and does not imply any wrongdoing. It would be inappropriate to comment further while that process is ongoing."

It is understood that the review relates to non-exam assessment (NEA) work in two GCSE subjects from last summer, and was triggered after a moderator flagged similarities between several pieces of work. The exam board said it did not comment on individual centres.

Mr Tunnicliffe-Booth, who has worked at the school for 14 years and was previously head of humanities, has not responded to requests for comment. A colleague described him as "a decent, hard-working bloke who has given his life to that place".

## 'We just want to know our kids' grades are safe'

Parents of last year's Year 11 said they had received a letter from headteacher Catherine McGrath on Friday, telling them that the school was "co-operating fully" with the exam board and that there was "no suggestion that any individual pupil has done anything wrong".

One father, whose son got a grade 7 in one of the subjects concerned, said: "We just want to know our kids' grades are safe. He's in the sixth form now, he's worked hard for that. Nobody's told us anything in plain English."

A former governor, who asked not to be named, said the school had been under "enormous pressure" to improve results ahead of its Ofsted inspection. "That's not an excuse for anything, if anything's happened, but people need to understand the pressure heads and deputies are under," she said.

The National Association of Head Teachers said members facing investigations were entitled to support and to due process.

The trust said it expected the review to be completed "within weeks" and that results issued to pupils remain valid unless the exam board decides otherwise.
""", comments=[
        ("MarlLaneMum", "4 Mar 2025 18:30", "Innocent until proven guilty. He's always been fair with my two.", 44),
        ("Neil B", "4 Mar 2025 19:02", "Exam boards don't suspend people for nothing. Watch this space.", 17),
    ], tags=["Education", "Exams", "Ovenfold"], seed=102))

add("news", [E("school", "alias", "neutral", "Holy Trinity"),
             E("tmahmood", "exact", "neutral", "Tariq Mahmood")], news_page(
    "courier", "Court", "Man who sent teacher 'vile' threats jailed for 20 months",
    "Hanbridge man bombarded Ovenfold assistant head with messages after son's exclusion",
    "Court Reporter", "Friday 23 May 2025, 4:12pm", """
A man who sent a string of threatening and racially abusive messages to a teacher after his son was excluded has been jailed.

Darren Pointon, 44, of Pinfold Row, Hanbridge, pleaded guilty at Knype Magistrates' Court to sending a malicious communication and racially aggravated harassment. He was sentenced at Hanbridge Crown Court to 20 months in prison.

The court heard that Pointon's son had been permanently excluded from Holy Trinity, the Catholic secondary school in Ovenfold, in January following a serious incident in which another pupil was injured.

Over the following eight days Pointon sent more than 40 messages to the school's general e-mail address and to social media accounts belonging to assistant headteacher Tariq Mahmood, who leads on behaviour at the school.

Prosecutor Rachel Unwin said the messages grew "increasingly menacing". In one, Pointon wrote that Mr Mahmood should "check under his car" before driving home. In another, he referred to Mr Mahmood's religion and told him he was "not wanted" in the area.

"The complainant is a teacher doing his job," Ms Unwin said. "He has had to change his route to work and his family have been frightened in their own home."

In a victim statement read to the court, Mr Mahmood said he had grown up in Ovenfold and had "never once" felt unsafe there until this year. "I became a teacher to give something back to the town that raised me. I will keep doing that. But my children now ask me whether I will come home," he wrote.

## 'A moment of madness'

Defending, Kieran Bostock said his client had been "consumed by anger" after the exclusion, had been drinking heavily, and had not intended to carry out any threat. "He accepts that the words he used were disgraceful. He has written a letter of apology," Mr Bostock said.

Judge Helen Maddock told Pointon: "Teachers are entitled to do their jobs without being threatened. The racial element of these messages makes them all the more serious. You targeted a man because of his faith and his heritage, and you did it to frighten him."

She also made a restraining order banning Pointon from contacting Mr Mahmood or going within 200 metres of the school for five years.

Staffordshire Police's hate crime lead, Inspector Jas Sandhu, said after the hearing: "This sentence sends a clear message. Abuse of public servants, and hate crime of any kind, will be taken seriously."
""", comments=[
        ("Clay Cross", "23 May 2025 17:01", "Good. Teachers have enough on without this.", 88),
        ("Trev", "23 May 2025 17:45", "20 months, out in 10. Joke.", 20),
    ], tags=["Court", "Hate crime", "Ovenfold"], seed=103))

add("news", [E("school", "exact", "neutral", "Holy Trinity Catholic College"),
             E("jhorvath", "exact", "neutral", "Jozef Horváth")], news_page(
    "courier", "Court", "Woman fined after racist rant at school gates",
    "Magistrates hear mother targeted liaison worker who helps Slovak families",
    "Court Reporter", "Wednesday 9 October 2024, 3:30pm", """
A woman who hurled racist abuse at a school worker in front of pupils has been fined and ordered to pay compensation.

Kerry-Ann Shenton, 38, of Saggar Hill Road, Slipbank, admitted a racially aggravated public order offence when she appeared before North Staffordshire magistrates.

The court heard that on the afternoon of 11 July, Shenton approached Jozef Horváth, who works as the EAL and community liaison lead at Holy Trinity Catholic College in Ovenfold, as he helped younger pupils onto a minibus.

Prosecutor Aled Pryce said Shenton shouted at Mr Horváth that he should "take his lot back where they came from" and used a slur about Roma people. Several parents filmed the incident, and one of the videos was played in court.

Mr Horváth, who came to the UK from eastern Slovakia as a teenager and has worked at the school for six years, did not respond and walked the pupils back inside the school grounds, the court heard.

In a statement he said: "I was not frightened for myself. I was upset that eleven-year-old children had to hear those words about their families. Some of them have heard them before. That is the sad part."

Shenton, who represented herself, told magistrates she had been "wound up" by a dispute over parking and that she "isn't racist".

Chair of the bench, Mrs Gillian Forrester, said: "The video speaks for itself. You chose to abuse a man at his place of work, in front of children, because of his ethnicity."

Shenton was fined £480 and ordered to pay £250 compensation, £85 costs and a £192 victim surcharge.

A spokesperson for the school said it was "grateful to the parents who came forward" and that staff had been "overwhelmed by the kindness" shown to Mr Horváth since.
""", tags=["Court", "Ovenfold"], seed=104))

add("news", [E("afallowfield", "exact", "neutral", "Ambrose Fallowfield"),
             E("school", "alias", "neutral", "Holy Trinity"),
             E("cmcgrath", "exact", "neutral", "Catherine McGrath")], news_page(
    "voice", "Schools", "New chaplain commissioned at Holy Trinity, Ovenfold",
    "Bishop Anselm leads Mass as Ambrose Fallowfield begins ministry to 1,200 young people",
    "Voice correspondent", "Sunday 22 September 2024", """
There was standing room only in the sports hall at Holy Trinity, Ovenfold, on the feast of St Matthew as Bishop Anselm Corrigan celebrated a Mass of commissioning for the school's new lay chaplain, Ambrose Fallowfield.

Mr Fallowfield, 52, is well known across the north of the diocese. A former ceramics technician at one of the last working potbanks in Knype, he trained as a catechist in his forties and spent nine years as youth worker for the parishes of St Gregory and Our Lady of the Angels before taking up his new post.

In his homily the bishop reminded pupils that a chaplain "is not there to tell you off or to mark your work. He is there to walk beside you, as Christ walked beside the disciples on the road to Emmaus."

Year 7 pupils carried the offertory gifts, including a small slip-cast chalice made in the school's own art department, and the school's gospel choir sang "Christ Be Our Light".

## 'A place to belong'

Headteacher Catherine McGrath said the chaplaincy was "at the heart of what makes us a Catholic school. In a community as diverse as ours, with families of every faith and none, it matters that every young person knows there is an adult whose only job is to listen."

Mr Fallowfield said he hoped the chaplaincy room would become "a place to belong, especially for the ones who feel they don't belong anywhere else. Some of our young people have travelled a very long way to get here, from Slovakia, from Hong Kong, from Mirpur. Some have travelled a long way inside themselves."

He will lead voluntary Masses each Wednesday, run a retreat programme for Years 7 and 12, and co-ordinate the school's partnership with the Ovenfold food bank. In line with diocesan safeguarding policy, all chaplaincy activity is supervised and recorded.

Fr Dominic Adeyemi, parish priest of St Gregory's, said: "Ambrose has a gift for making people feel seen. The young people are blessed."

Prayers were also offered for the repose of the soul of Canon Peter Lowe, who served as the school's first chaplain when it opened as St Etheldreda's in 1962.
""", tags=["Schools", "Chaplaincy"], seed=105))

add("news", [E("school", "short_name", "neutral", "Trinity"),
             E("phughes", "exact", "neutral", "Paul Hughes")], news_page(
    "courier", "Sport", "Trinity under-15s crowned county champions after penalty drama",
    "Ovenfold side hold their nerve at Stafford to lift schools' cup for first time in 22 years",
    "Tom Ridgway, Sports Reporter", "Monday 12 May 2025, 9:00pm", """
Trinity's under-15s are county champions for the first time since 2003 after beating Rugeley's Sherbrook Valley Academy 5-4 on penalties in a tense final at the county FA ground in Stafford.

The Ovenfold side had trailed 1-0 at half-time after a scrappy goal from a corner, but levelled through a curling free kick from captain Kacper Nowak with eight minutes left.

Neither side could find a winner and the game went straight to penalties. Goalkeeper Filip Balog, who only took up the position in September, saved the fourth Sherbrook kick before centre-back Haris Iqbal smashed home the decisive spot kick to spark wild celebrations among the 200 or so supporters who had made the trip down the A34.

Head of PE Paul Hughes, who has coached the group since they were in Year 7, said: "I'm so proud of them. This group has come through a lot together. We've got lads whose families came from four or five different countries, and they play for each other. That's what got us over the line today."

He added: "Fair play to Sherbrook, they were excellent and it could have gone either way. Filip has been brilliant all season and he deserved that save."

The win caps a remarkable season for the team, who were unbeaten in the North Staffordshire league and reached the last 16 of the national cup, where they lost narrowly to a Cheshire academy side.

The school's under-13 girls also reached the county semi-finals, losing 2-1 to Newcastle-under-Lyme.

## How it finished

County Schools Under-15 Cup final: Trinity 1 (Nowak 72) Sherbrook Valley Academy 1 (Grindey 31). Trinity win 5-4 on penalties.

Trinity: Balog; Mensah, Iqbal, Hall, Leung; Nowak (c), Bradbury, Kovac; Hussain, Plant, Dunn. Subs: Chan, Bailey, Oakes.

Referee: M. Whitehurst.
""", tags=["Schools sport", "Football"], seed=106), ignore=["vchan"])

add("news", [], news_page(
    "courier", "News", "Music exam centre opens in Hanbridge so children no longer travel to Birmingham",
    "Trinity College London grades and diplomas now held at Cultural Quarter venue",
    "Sophie Meakin", "Saturday 1 February 2025, 7:00am", """
Young musicians in the Potteries will no longer have to travel to Birmingham or Manchester to take some of their graded exams, after a new public exam centre opened in Hanbridge.

The centre, based at the Cultural Quarter's Victoria Rooms, will host Trinity College London exams in piano, strings, singing and music theatre, as well as rock and pop grades, four times a year.

Local music teacher Angela Pemberton, who campaigned for the centre for six years, said: "I've had eight-year-olds sitting on a train for two hours, getting more and more nervous, and then having to play Grade 1 piano in a strange room. It's not fair on them. Now they can get the bus."

Trinity, one of the two main music exam boards in the UK alongside ABRSM, said the Hanbridge centre would initially offer around 300 exam slots per session, rising if demand grows.

Ms Pemberton said the first session, in March, was already almost fully booked. "There's a huge amount of talent in this city. Brass bands, church choirs, the mosque nasheed groups, kids learning ukulele on YouTube. They deserve the same chances as children anywhere else."

Councillor Sandra Boughey, cabinet member for culture, said the centre was "a small but important step in making Stoke-on-Trent a city where young people can follow their talents".

Entries for the summer session close on 20 March. Families can find details on the exam board's website or from their child's instrumental teacher.
""", tags=["Music", "Hanbridge"], seed=107), ignore=["school"])

add("news", [], news_page(
    "courier", "Politics", "Knype councillor Paul Hughes quits Labour to sit as independent",
    "Long-serving ward member cites 'top-down' decisions over bus cuts",
    "Local Democracy Reporter", "Wednesday 15 January 2025, 1:20pm", """
A long-serving Knype councillor has quit the Labour group to sit as an independent, saying he is "fed up of being told what to think".

Councillor Paul Hughes, who has represented Knype Central since 2011, announced his decision at the start of Tuesday night's full council meeting.

Cllr Hughes, 67, a retired bus driver, said the final straw was the group's decision not to oppose the withdrawal of the 23 bus service from Marlpit Heath and Knype Bank, which he said would leave elderly residents "stranded".

"I've been a member of this party for 45 years. My dad was a union man at the pit. But the party I joined listened to people like the ones on my estate, and I don't think it does any more," he told the chamber.

The Labour group leader, Cllr Mo Aziz, said she was "disappointed" but wished him well. "Paul has been a hard-working councillor and I hope he will continue to work constructively with us on the issues that matter to his residents."

The move leaves the ruling coalition with a working majority of three.

Cllr Hughes said he would continue to hold his weekly surgery at Knype Library on Saturday mornings and would stand again as an independent at the next election.
""", tags=["Politics", "Knype"], seed=108), ignore=["phughes"])

add("news", [E("school", "alias", "negative", "Holy Trinity"),
             E("cmcgrath", "exact", "threat", "Catherine McGrath")], news_page(
    "courier", "News", "Parents' fury over £140 uniform bill as school switches supplier",
    "Petition signed by 900 calls for cheaper generic items at Ovenfold Catholic secondary",
    "Hayley Cartlidge, Education Reporter", "Monday 19 August 2024, 6:00am", """
Parents at an Ovenfold secondary school say they are being forced to pay up to £140 per child for new uniform after the school switched to a single supplier with compulsory branded items.

More than 900 people have signed an online petition calling on Holy Trinity, on Marl Lane, to scrap the requirement for logo trousers, a logo PE hoodie and a branded "house" tie that changes colour each year.

The new uniform, introduced for September, is only available from a supplier in Newcastle-under-Lyme, which parents say has already run out of some sizes.

Mum-of-three Danielle Salt, who started the petition, said: "I've got two going up and one starting Year 7. That's over £400 before I've bought a pair of shoes. We're not a rich area. People are choosing between this and the electric."

She said she had written twice to the headteacher, Catherine McGrath, but had received "a copy-and-paste letter telling me about the importance of pride and identity".

"Pride doesn't pay the bills. It's all very well for her on a head's salary," she said.

Government guidance, which became law in 2021, says schools should keep the number of branded items to a minimum and allow cheaper alternatives where possible. From September 2025, secondary schools in England will be limited to three branded items plus a tie.

In a statement, Mrs McGrath said the school had consulted governors and had "listened carefully" to feedback. She said that families in financial hardship could apply to a hardship fund and that the school would "continue to run our pre-loved uniform shop every Friday".

"A smart, consistent uniform is part of our new behaviour approach, and the vast majority of our families support it," she said.

Several parents have contacted the Courier to say they have been told the hardship fund has already been exhausted. The school disputes this.

Ovenfold ward councillor Jean Adderley said: "I've had more emails about this than about potholes, which tells you something. I'd urge the school to think again before September."
""", comments=[
        ("Nanna Pat", "19 Aug 2024 07:15", "Same story everywhere. In my day you got a jumper from the market and that was that duck.", 23),
        ("Danni S", "19 Aug 2024 08:01", "Please sign and share, thank you to everyone who has so far ❤️", 40),
        ("Gaz1863", "19 Aug 2024 09:55", "£12 for a tie that changes every year. Rinsing people.", 31),
        ("Marl Lane Mick", "19 Aug 2024 10:40", "Somebody needs to pay that McGrath woman a visit at home one night and explain what £140 means to a family on Slipbank. Properly explain it. She'd soon change her tune.", 4),
        ("Lyn P", "19 Aug 2024 10:52", "Mick that's a threat and you know it. Reported to the moderators.", 17),
    ], tags=["Education", "Cost of living", "Ovenfold"], seed=109))

add("news", [E("school", "exact", "neutral", "Holy Trinity Catholic College"),
             E("tmahmood", "exact", "neutral", "Tariq Mahmood"),
             E("cmcgrath", "title_surname", "neutral", "Mrs McGrath")], news_page(
    "courier", "News", "Police treating graffiti at Ovenfold school as hate crime",
    "Anti-Muslim slogans sprayed on sports hall and staff car park walls overnight",
    "Nathan Boulton", "Saturday 8 February 2025, 11:40am", """
Police are investigating after anti-Muslim graffiti was sprayed on the walls of a Catholic school in Ovenfold.

Staff arriving at Holy Trinity Catholic College on Friday morning found slogans daubed across the side of the sports hall and on a wall of the staff car park. The Courier has chosen not to repeat the wording, but it is understood that one of the messages referred by name to a senior member of staff.

Caretakers covered the graffiti with tarpaulins before pupils arrived and it was removed by a specialist contractor later that day.

Staffordshire Police said they were treating the incident as a hate crime and were examining CCTV from nearby homes on Marl Lane and Kiln Croft.

Assistant headteacher Tariq Mahmood, who was named in one of the slogans, said: "Whoever did this wanted us to feel afraid and divided. It has had the opposite effect. By 9am I had Catholic parents, Muslim parents and parents of no faith at all on the phone asking how they could help."

Headteacher Mrs McGrath wrote to families: "This is a Catholic school. We welcome everyone made in the image of God, which is everyone. An attack on any member of our community is an attack on all of us."

Imam Qasim Raza of Masjid-e-Noor, Ovenfold, visited the school on Friday afternoon alongside Fr Dominic Adeyemi of St Gregory's. "We stand together. This town has always been stronger than the people who try to split it," he said.

Anyone with information is asked to call 101 quoting incident 217 of 7 February, or contact Crimestoppers anonymously.
""", comments=[
        ("Ovenfold Born & Bred", "8 Feb 2025 12:10", "Disgusting. Whoever did this doesn't speak for Ovenfold.", 102),
        ("K Leung", "8 Feb 2025 13:32", "My children are at this school and feel very safe there. Thank you to the teachers.", 47),
    ], tags=["Crime", "Hate crime", "Ovenfold"], seed=110))

# ---------------------------------------------------------------- NEWS (part 2)
add("news", [E("afallowfield", "exact", "sexual", "Ambrose Fallowfield", url=True),
             E("school", "exact", "sexual", "Holy Trinity Catholic College", url=True)], news_page(
    "courier", "News", "School chaplain stood down while diocese reviews complaint",
    "Parents told lay chaplain will not be on site while safeguarding concerns about messages to a pupil are examined",
    "Hayley Cartlidge, Education Reporter", "Thursday 27 March 2025, 7:30pm", """
The lay chaplain at an Ovenfold Catholic secondary school has been stood down from his duties while the diocese and police look into a complaint about his contact with a pupil.

Ambrose Fallowfield, who was commissioned as chaplain at Holy Trinity Catholic College last September, has not been on the school site since last week, parents were told in a letter.

The Courier understands the complaint concerns private messages sent to a Year 10 pupil over a social media app outside school hours. Staffordshire Police confirmed it had received a referral and that "enquiries are at an early stage". No arrest has been made.

The Diocese of Lyme and Trent said in a statement: "Following a concern raised with the school, the individual has been asked to step back from all ministry while the matter is reviewed by the statutory authorities and by our safeguarding commission, in line with national Catholic safeguarding procedures. The welfare of children is our first priority."

The Good Shepherd Catholic Multi-Academy Trust said the school had "acted immediately and appropriately" and that the local authority designated officer had been informed on the day the concern was raised.

Mr Fallowfield, 52, did not respond to a message left at his home. A friend from his parish described him as "devastated" and said he "absolutely denies" any wrongdoing.

## Parents 'shocked'

Parents leaving a Year 11 revision evening on Wednesday described themselves as shocked. "He did the Year 7 retreat, my daughter said he was lovely," said one mother. "You just don't know what to think. You want to believe the best but you have to put the kids first."

Another parent said she felt the school had been "honest with us for once" by writing to families quickly.

The school has arranged for chaplaincy cover from a neighbouring parish and said pupils who had concerns could speak to their head of year or to the designated safeguarding lead in confidence.

Anyone worried about a child can contact the NSPCC helpline or the police.
""", tags=["Education", "Safeguarding"], seed=111))

add("news", [E("school", "short_name", "negative", "Trinity")], news_page(
    "courier", "Opinion", "Letters: Marl Lane school run is an accident waiting to happen",
    "Readers have their say on parking, potholes and the price of a pint",
    "Letters Editor", "Friday 10 January 2025", """
## School run chaos

Sir, I have lived on Marl Lane for 31 years and I have never seen it as bad as it is now between 8.15 and 8.45 in the morning and again at ten past three.

Parents dropping off at Trinity park on the zig-zags, on the pavement, across our drives and on the grass verge the council reseeded last spring. Last Tuesday I could not get my car out to take my wife to a hospital appointment at the Royal, and when I asked a young man in a BMW to move he told me where to go in no uncertain terms.

The school has a big car park but staff use it all, and the coaches for the Slipbank and Jasper Fields children stop in the middle of the road. I have written to the school three times and had one reply, which told me they "remind parents regularly". Reminding is not enough. Someone will be killed.

Could the council please put in a school street closure like they have done in Knype, and could the school please take some responsibility for what happens outside its gates?

Name and address supplied, Marl Lane, Ovenfold

## Potholes

Sir, I see the council has found money for another consultation on the city centre. Perhaps it could find some for the hole on Clayhanger Bank which has now claimed two of my tyres.

R. Mountford, Knype

## Pint prices

Sir, £5.40 for a pint of mild at my local. My father would turn in his grave. No wonder the pubs are shutting.

Albert Sherratt, Hanbridge

## Thank you

Sir, I would like to thank the two young men who helped me up when I fell outside the bakery on Ovenfold High Street on New Year's Eve, and the lady from the chemist who sat with me. Ovenfold still has good people in it.

Mrs E. Durber, Slipbank
""", tags=["Letters"], seed=112))

add("news", [E("cmcgrath", "exact", "abuse", "Catherine McGrath"),
             E("school", "alias", "negative", "Holy Trinity")], news_page(
    "courier", "Opinion", "KEITH BAGGALEY: Blazers, buzzwords and a head who has forgotten who she works for",
    "Our columnist is not impressed by management-speak at the school gates",
    "Keith Baggaley", "Saturday 24 August 2024", """
I went to St Etheldreda's in the 1970s, when it was run by a nun with a wooden leg and a memory like an elephant, and I came out able to spell, add up and say thank you. We didn't have a "behaviour curriculum". We had Sister Bernadette.

So forgive me if I have spent this week reading the letters sent home by Holy Trinity, as my old school now calls itself, with growing disbelief.

Families are being asked to pay £140 for a uniform from one shop in Newcastle, and when they complain they get three paragraphs about "belonging", "identity" and "high expectations". The head, Catherine McGrath, wrote that the new uniform would "embed a culture of aspiration". I read that sentence four times and I still don't know what it means. I suspect she doesn't either.

I have met Mrs McGrath once, at a civic dinner, and I found her to be exactly what these letters suggest: a pompous, thin-skinned jobsworth who has swallowed a management textbook and thinks the parents of Slipbank are there to be lectured rather than served. She is not a headteacher in any sense my old teachers would recognise. She is a brand manager with a lanyard.

Schools like this one are not businesses. They are not "brands". They are the beating heart of towns like ours, and they belong to the people who send their children through the gates, many of whom are working two jobs and still struggling to pay the gas.

The school has just been told by Ofsted that behaviour in its corridors is not good enough. I would gently suggest that starting with a lecture about logo trousers is the wrong end of the stick. Start by listening.

Keith Baggaley's column appears every Saturday. The views expressed are his own.
""", comments=[
        ("Lyn P", "24 Aug 2024 09:20", "Bit personal Keith. She's doing a hard job.", 19),
        ("oldboy1971", "24 Aug 2024 10:05", "Spot on as usual. Sister Bernadette would have sorted it in a week.", 26),
    ], tags=["Opinion", "Keith Baggaley"], seed=113))

add("news", [E("school", "exact", "neutral", "Holy Trinity Catholic College"),
             E("sodonoghue", "exact", "neutral", "Siobhan O'Donoghue"),
             E("vchan", "exact", "neutral", "Vincent Chan")], news_page(
    "courier", "News", "A-level results 2025: tears, hugs and a first Oxford place in a decade",
    "Students across the Potteries collect their grades - here's how our schools did",
    "Education Team", "Thursday 14 August 2025, 12:15pm", """
There were scenes of celebration at sixth forms across Stoke-on-Trent and North Staffordshire this morning as students opened their A-level and vocational results.

## Holy Trinity Catholic College, Ovenfold

At Holy Trinity Catholic College, 58 per cent of A-level entries were graded A* to B, the school's best results since its sixth form opened in 2009.

Among those celebrating was Amira Hussain, 18, whose A*A*A in English literature, history and politics means she will read English at Oxford in October - the first student from the school to win an Oxford place since 2015.

"I honestly didn't think people like me went there," said Amira, whose grandparents came to Ovenfold from Mirpur in the 1960s to work in the potbanks. "My teachers never let me think that."

Head of English Siobhan O'Donoghue, who taught Amira for two years, said: "Amira is the most gifted reader I have taught. She argues with everything, including me, and she is usually right. We are so proud of her."

There was also success for the school's first cohort of Hong Kong students, who arrived in 2021 and 2022. Jason Tse, 18, achieved an A* in computer science and A grades in maths and further maths, and will study at Manchester.

His teacher, head of computing Vincent Chan, who himself moved to Ovenfold from Hong Kong in 2021, said: "These students arrived in a new country at fourteen or fifteen and had to start again. Their resilience is extraordinary."

## Knype Academy

At Knype Academy, 41 per cent of grades were A* to B. Principal Mark Oakden praised the "grit" of a year group whose GCSEs were disrupted by the pandemic.

## Hanbridge Sixth Form College

The college reported a 99 per cent pass rate across more than 1,400 entries. Five students secured places to study medicine.

## Roaches View High School, Leek

Roaches View said 62 per cent of entries were at A* to B, with notable results in the sciences.

Students who did not get the grades they needed are being urged not to panic. The UCAS Clearing service is open and has thousands of places available.
""", tags=["Education", "Results"], seed=114))

add("news", [E("school", "exact", "neutral", "Holy Trinity Catholic College"),
             E("sodonoghue", "exact", "neutral", "Siobhan O'Donoghue")], news_page(
    "courier", "Announcements", "Tributes paid to 'inspirational' former English teacher Bernard Ridgway",
    "Generations of Ovenfold pupils remember teacher who taught for 37 years",
    "Gemma Sant", "Tuesday 29 April 2025, 2:00pm", """
Tributes have been paid to a former teacher who taught English to generations of Ovenfold children, who has died aged 84.

Bernard Ridgway joined St Etheldreda's RC High School as a newly qualified teacher in 1964 and stayed until he retired in 2001, by which time he had been head of English for 22 years. The school is now Holy Trinity Catholic College.

Born in Tunstall, the son of a placer at the Mellor works, he was the first in his family to go to university, studying at the university up the road. Former pupils remember him for his booming voice, his love of Arnold Bennett, and his habit of reading Shakespeare aloud with a different accent for every character.

Current head of English Siobhan O'Donoghue said: "Bernard was a legend. When I arrived as a trainee in 2005 he still came in every Thursday to run the book club, in his eighties in all but name, wearing that terrible brown jacket. He told me that the only thing that mattered was making a child fall in love with one book. I have never forgotten it."

Former pupil Janet Cope, 61, said: "He was strict but fair, and he made you feel clever even when you weren't. He got me through O-level English when everybody else had given up on me."

Mr Ridgway was a lifelong member of St Gregory's parish and a founder of the Ovenfold Amateur Dramatic Society, for whom he directed more than 40 productions.

He is survived by his wife of 58 years, Margaret, three children and nine grandchildren.

His funeral Mass will take place at St Gregory's Church, Ovenfold, on Friday 9 May at 11am, followed by burial at Knype Cemetery. Donations in his memory to the Potteries Hospice.
""", tags=["Obituaries"], seed=115))

add("news", [], news_page(
    "courier", "Announcements", "Deaths: Paul Hughes, saggar maker, 1938-2025",
    "Family notice", "Family announcements", "Friday 7 March 2025", """
HUGHES Paul (Paul). Peacefully at Knype Community Hospital on 26th February, aged 86 years, of Ovenfold. Saggar maker at Trinity Works for 38 years, then lollipop man on Bourne Street for twelve more. Beloved husband of the late Edna, dearly loved dad of Julie, Stephen and Lynne, a loving grandad and great-grandad.

Paul will be remembered by his workmates as one of the last men in the Potteries who could make a saggar by hand, and by hundreds of Bourne Street children as the man with the Stoke City bobble hat who knew every one of their names.

Funeral service at Knype Crematorium on Tuesday 18th March at 2.40pm. Family flowers only please; donations in lieu if desired to the Ovenfold Tile & Pottery Museum. All enquiries to Wardle & Sons Funeral Directors, Ovenfold, 01632 960771.

Forever in our hearts, Dad. Up the Potters. x
""", tags=["Deaths"], seed=116), ignore=["phughes", "school"])

add("news", [E("school", "exact", "neutral", "Holy Trinity Catholic College"),
             E("vchan", "exact", "neutral", "Vincent Chan")], news_page(
    "courier", "Jobs", "Teacher of Computer Science (MPS/UPS) - Holy Trinity Catholic College, Ovenfold",
    "Full time, permanent, from September 2025. Closing date: 28 March 2025",
    "Good Shepherd Catholic Multi-Academy Trust", "Posted 3 March 2025", """
## About the role

Holy Trinity Catholic College is seeking to appoint an enthusiastic and committed Teacher of Computer Science to join our thriving department from September 2025. This post is suitable for an ECT or an experienced teacher.

You will teach computing across key stage 3 and GCSE computer science, with the opportunity to teach A-level for the right candidate. You will report to our Head of Computing, Vincent Chan, and join a team of four specialist teachers with two dedicated computing suites and a new robotics and physical computing room funded by a local employer.

## About us

We are a Catholic 11-18 academy of around 1,240 pupils in Ovenfold, Stoke-on-Trent, part of the Good Shepherd Catholic Multi-Academy Trust. We serve a wonderfully diverse community: over 30 languages are spoken by our pupils, and we are proud to be a school where families who have travelled from across the world find a welcome. Our sixth form was judged good by Ofsted in 2024.

## We can offer

- a supportive, friendly department with a strong record in coaching ECTs;
- a trust-wide CPD programme, including funded NPQs;
- a genuine commitment to staff wellbeing, with a marking policy designed to reduce workload;
- cycle to work scheme, free on-site parking and an employee assistance programme.

## The successful candidate will

- be a qualified teacher (or due to qualify by July 2025) with good subject knowledge;
- be committed to high expectations for every pupil;
- support the Catholic ethos of the school (you do not need to be Catholic to apply).

## How to apply

Please download an application pack from our website or contact our HR officer on 01632 960418 or recruitment@htcovenfold.example. CVs alone will not be accepted. Visits to the school are warmly welcomed.

Holy Trinity Catholic College is committed to safeguarding and promoting the welfare of children and expects all staff to share this commitment. The successful candidate will be subject to an enhanced DBS check and online searches as part of due diligence.
""", tags=["Jobs", "Education"], seed=117))

add("news", [E("school", "exact", "neutral", "Holy Trinity Catholic College")], news_page(
    "courier", "News", "Ovenfold school evacuated after hoax bomb call",
    "Pupils spend two hours on playing fields before police give all-clear",
    "Nathan Boulton", "Tuesday 1 July 2025, 2:50pm", """
More than 1,200 pupils were evacuated from a school in Ovenfold this morning after a hoax bomb threat was phoned in.

Staffordshire Police said officers were called to Holy Trinity Catholic College on Marl Lane at around 9.20am after the school received a call from a withheld number claiming that a device had been left on the site.

Pupils and staff were moved to the school's playing fields and then to the neighbouring St Gregory's parish hall and Ovenfold Leisure Centre while officers searched the buildings with specialist dogs. Nothing suspicious was found and the all-clear was given shortly before midday.

A police spokesperson said: "We understand this will have been a worrying morning for pupils, parents and staff. Making a hoax threat is a serious criminal offence and we are working to identify the person responsible."

It is the third such call to a school in North Staffordshire in a month. Calls to schools in Leek and Cheadle in June were also found to be hoaxes.

Parents gathered at the gates on Marl Lane during the evacuation. Lisa Bradbury, whose son is in Year 9, said: "The school texted us straight away and told us to stay away, but you can't, can you? He rang me from the field and said they were all sat on the grass doing a quiz, so that calmed me down."

The school said lessons would resume as normal tomorrow and thanked pupils for their "calm and sensible" behaviour.
""", tags=["Crime", "Ovenfold"], seed=118))

add("news", [E("lbentley", "exact", "neutral", "Leanne Bentley"),
             E("school", "short_name", "neutral", "Trinity")], news_page(
    "courier", "Court", "Mum who posted teacher's address online handed restraining order",
    "Court hears 'campaign' against special needs co-ordinator over son's support plan",
    "Court Reporter", "Thursday 16 January 2025, 5:05pm", """
A mother who posted a teacher's home address on Facebook and urged people to "go round and tell her what you think" has been given a community order and banned from contacting her.

Stacey Mayer, 34, of Kiln Croft, Slipbank, admitted harassment without violence at Knype Magistrates' Court.

The court heard that Mayer had been in a long-running dispute with Trinity, the Ovenfold secondary school, over the support her son received for his autism. The school's special educational needs co-ordinator, Leanne Bentley, had been responsible for reviewing his education, health and care plan.

Prosecutor Aled Pryce said that over a period of six weeks last autumn Mayer posted more than 30 times about Mrs Bentley in local Facebook groups, including photographs of her house and her street name, and messaged her personal accounts late at night.

"The complainant has had to have her children stay with relatives. She has installed cameras at her home. She describes herself as constantly looking over her shoulder," Mr Pryce said. The court was told that the posts were removed after the school reported them.

Mitigating, Hannah Walley said Mayer was a single mother who had been "fighting the system for her son for years" and who felt nobody was listening. "None of that excuses what she did, and she knows that," Ms Walley said.

Magistrates imposed a 12-month community order with 20 rehabilitation activity days and made a restraining order preventing Mayer from contacting Mrs Bentley, directly or through social media, or from posting about her, for three years.

Mayer was also ordered to pay £85 costs and a £114 surcharge.
""", tags=["Court", "Slipbank"], seed=119))

add("news", [E("jhorvath", "exact", "neutral", "Jozef Horváth"),
             E("school", "alias", "negative", "Holy Trinity")], news_page(
    "courier", "News", "'We feel like guests who have stayed too long': Roma families speak out",
    "Slovak Roma parents in Ovenfold say exclusions and fines are pushing children out of school",
    "Hayley Cartlidge, Education Reporter", "Saturday 18 January 2025, 6:00am", """
In a terraced house off Slipbank Road, three mothers are sitting around a kitchen table covered in paperwork: attendance letters, a fixed penalty notice, a report from a hospital in Košice, a form nobody can quite read.

All three have children at Holy Trinity, the Catholic secondary school on Marl Lane, and all three say they feel the school does not want them.

"My boy was excluded for five days for swearing," says Renáta, 36, who came to Ovenfold from eastern Slovakia in 2012. "A white boy said the same thing to him first and nothing happened. I said this at the meeting and they said they cannot discuss other children."

The Courier spoke to seven Roma families in Slipbank and Marlpit Heath for this article. Several said that fines for term-time absence, often for trips to see sick relatives in Slovakia, had left them in debt, and that they struggled to understand letters written in formal English.

Figures obtained by the Courier under the Freedom of Information Act show that Roma pupils at the school were more than three times as likely as their classmates to receive a suspension last year. Nationally, Gypsy, Roma and Traveller pupils have the highest suspension rates of any ethnic group.

## 'He is the only one who picks up the phone'

Every family interviewed mentioned one name: Jozef Horváth, the school's EAL and community liaison lead, who is himself Roma and grew up in a settlement near Prešov.

"He is the only one who picks up the phone," says Renáta. "He comes to the house. He explains the letters. But he is one man. He cannot change the school on his own."

Mr Horváth declined to be interviewed, referring the Courier to the school.

The school said in a statement that it was "proud of the progress made by our Roma pupils, many of whom now go on to sixth form and college", that suspension decisions were "made on the facts of each case", and that it had translated key letters into Slovak and Romani. It said it would be happy to meet any family with concerns.

Dr Marta Kováčová, a university researcher in Staffordshire who studies Roma migration, said the experience described was common. "These families have very long memories of schools as places where Roma children were segregated and failed. When they meet a system that feels rigid and punitive, it confirms everything their parents told them."

The Ovenfold Roma Association will hold an open meeting for parents at the Slipbank community centre on 3 February.
""", tags=["Education", "Communities"], seed=120))

# ---------------------------------------------------------------- NEWS (part 3)
add("news", [E("school", "exact", "defamation", "Holy Trinity Catholic College"),
             E("gtunnicliffebooth", "exact", "defamation", "Gareth Tunnicliffe-Booth")], news_page(
    "schoolsbrief", "Accountability", "Exam board withholds GCSE marks at Staffordshire academy over 'malpractice'",
    "Board finds evidence of 'inappropriate assistance' with coursework; trust says it will appeal",
    "Rowan Tilley, Senior Reporter", "9 April 2025", """
An exam board has found that staff at a Staffordshire academy gave pupils "inappropriate assistance" with GCSE coursework, SchoolsBrief can reveal.

The board's malpractice committee concluded that non-exam assessment in geography and design and technology at Holy Trinity Catholic College in Ovenfold, part of the Good Shepherd Catholic Multi-Academy Trust, had been "compromised", after a moderator noticed that sections of 23 pupils' work were "near-identical in structure and phrasing".

According to a letter seen by SchoolsBrief, the committee found that templates containing model answers had been circulated to pupils, and that some work had been "edited by a member of staff before submission". The board has adjusted marks for the affected pupils and placed the centre under special monitoring arrangements for two years.

Deputy headteacher Gareth Tunnicliffe-Booth, who was responsible for the school's exams and assessment, was suspended in February. The board's letter names him as the member of staff who "directed" the circulation of the templates, a finding his union representative disputes.

In a statement, the trust said: "We are disappointed by the committee's findings, which we believe do not reflect the full picture, and we will be exercising our right of appeal. No pupil has lost a grade as a result of this process. Our priority is, and always will be, the young people in our care."

The case comes amid growing concern about coursework malpractice. Ofqual figures show that penalties issued to schools and colleges for malpractice rose by 12 per cent last year, with "assistance beyond that permitted" the most common offence.

Tom Birtles, a former exams officer who now advises schools on compliance, said pressure on results was pushing some leaders towards "a grey zone" on coursework. "Giving pupils a writing frame is fine. Giving them the answers is not. The trouble is that the line between those two gets blurred when your job depends on a Progress 8 score," he said.

The school was rated "requires improvement" by Ofsted in November 2024.
""", tags=["Exams", "Malpractice", "Academies"], seed=121))

add("news", [], news_page(
    "voice", "Parishes", "Trinity Sunday: why the hardest doctrine is also the most hopeful",
    "A reflection for the Solemnity of the Most Holy Trinity",
    "Canon Michael Whalley", "Sunday 15 June 2025", """
Every year, on the Sunday after Pentecost, priests across the diocese climb into the pulpit with a slight sense of dread. Trinity Sunday is the day we are asked to preach on the central mystery of our faith, and most of us would rather talk about almost anything else.

We reach for analogies. The shamrock of St Patrick. Water, ice and steam. The sun, its light and its heat. Every one of them, as any theology student will tell you with some glee, is a heresy if you push it hard enough.

But I have come to think that the doctrine of the Trinity is not a puzzle to be solved. It is a description of love. God is not a solitary monarch sitting on a throne at the top of the universe. God is a communion: Father, Son and Holy Spirit, eternally giving and receiving. And we are made in that image. We are made for relationship.

That matters in a diocese like ours. In the last twenty years our parishes have been transformed. On a Sunday morning at the cathedral you will hear the Creed said in English, Polish, Slovak, Malayalam, Tagalog and Cantonese. Some of our older parishioners find that hard. I understand. But the Trinity tells us that difference is not a threat to unity. In God, difference is the very shape of unity.

So this Trinity Sunday, when you make the sign of the cross, think about what you are saying. In the name of the Father, and of the Son, and of the Holy Spirit. Three persons, one God, one love. And then go and find someone in your parish you have never spoken to, and say hello.

## Diocesan diary

The Bishop will celebrate the Chrism Mass anniversary at the cathedral on 24 June. The diocesan pilgrimage to Walsingham departs from Knype on 12 July; a few coach seats remain. The Justice and Peace group meets on the first Tuesday of each month at Our Lady of the Angels parish hall.
""", tags=["Reflection", "Liturgy"], seed=122), ignore=["school"])

add("news", [E("school", "exact", "neutral", "Holy Trinity Catholic College"),
             E("phughes", "title_surname", "neutral", "Mr Hughes")], news_page(
    "courier", "Stoke City", "Potters stars swap the bet365 for the school field",
    "First-team players join Stoke City Community Trust for coaching day in Ovenfold",
    "Tom Ridgway, Sports Reporter", "Wednesday 2 October 2024, 4:00pm", """
Pupils at an Ovenfold school got the surprise of their lives when two Stoke City first-team players turned up to take their PE lesson.

The visit to Holy Trinity Catholic College was part of the Stoke City Community Trust's "Potters in the Community" programme, which aims to visit every secondary school in the city over the next two years.

The players led a coaching session with Year 8 and Year 9 pupils, followed by a question-and-answer session in the main hall where they were grilled on everything from their pre-match meals to which team-mate has the worst taste in music.

"I asked him what it was like to score at the bet365 and he said it was the best feeling in the world," said Year 8 pupil Oliver Bailey, 12. "Then I asked him who the worst trainer was and he wouldn't tell me."

The trust's schools officer, Becky Goodwin, said the programme also includes mental health workshops and a girls' football festival. "We want young people in every corner of the city to feel like Stoke City is their club," she said.

Head of PE Mr Hughes said it had been "a brilliant day. You could see it in their faces. For some of these kids, who've only been in the country a couple of years, it's their first real connection with the club. We've already had three ask how they can get season tickets."

The school is one of 14 in the city to have signed up to the trust's "Premier League Inspires" mentoring programme this year.
""", tags=["Stoke City", "Community"], seed=123))

add("news", [E("school", "exact", "neutral", "Holy Trinity Catholic College")], news_page(
    "courier", "Politics", "Planning committee: sports hall approved despite neighbours' objections",
    "Minutes of the meeting of the Planning Committee, Tuesday 11 February 2025, Civic Centre, Hanbridge (extract)",
    "Democratic Services", "Published 18 February 2025", """
Present: Councillors S. Boughey (Chair), M. Aziz, J. Adderley, P. Hughes, R. Plant, T. Walklate and K. Dawson.

Apologies: Councillor L. Mellor.

## 1. Declarations of interest

Councillor Adderley declared a non-pecuniary interest in item 4 as a parent of a former pupil and remained in the room. Councillor Dawson declared that she is a governor of a primary school within the same trust and left the room for item 4.

## 2. Minutes

The minutes of the meeting held on 14 January 2025 were approved as a correct record.

## 3. Application 24/01422/FUL - Land at Clayhanger Bank, Knype

Erection of 14 dwellings with associated access. Refused on the grounds of highway safety, in line with the officer recommendation.

## 4. Application 24/01137/FUL - Holy Trinity Catholic College, Marl Lane, Ovenfold

Erection of a four-court sports hall with changing facilities and community access, and extension to staff car park (34 spaces).

The planning officer introduced the report. Eleven letters of objection had been received from residents of Marl Lane and Kiln Croft, raising concerns about parking, noise from evening lettings and loss of light. One letter of support had been received from Ovenfold Juniors FC. Sport England had raised no objection subject to a community use agreement.

Mr R. Salt spoke as an objector. He said the school run was "already dangerous" and that evening lettings until 10pm would cause "misery" for residents.

The school's business manager spoke in support. She said the existing sports hall dated from 1962, was too small for the school's current roll and was unavailable for community use. The car park extension would reduce on-street parking by staff.

Councillor Hughes asked whether a school street scheme had been considered for Marl Lane. The highways officer said this was under review by the council's active travel team.

Councillor Walklate moved approval subject to conditions restricting evening lettings to 9.30pm and requiring a travel plan. Seconded by Councillor Plant.

RESOLVED: That the application be approved subject to the conditions set out in the report, as amended.

(For: 5. Against: 1. Abstentions: 0.)

## 5. Appeals

The committee noted the appeal decisions listed in the report.

The meeting closed at 8.42pm.
""", tags=["Planning", "Council"], seed=124), ignore=["phughes"])

add("news", [E("jbeardmore", "exact", "neutral", "Jo Beardmore"),
             E("school", "alias", "neutral", "Holy Trinity")], news_page(
    "courier", "News", "Teacher hailed a hero after saving choking pupil in school canteen",
    "Quick-thinking head of year performed back blows on Year 7 boy",
    "Gemma Sant", "Tuesday 26 November 2024, 6:30pm", """
A teacher has been praised as a hero after she saved the life of an 11-year-old boy who choked on a sweet in his school canteen.

Jo Beardmore, head of Year 9 at Holy Trinity in Ovenfold, was on lunch duty when she noticed the Year 7 pupil clutching his throat and unable to speak.

She gave him five sharp back blows and then abdominal thrusts, dislodging the boiled sweet. The boy was checked by paramedics and returned to lessons the following day.

His mother, Zuzana Lakatošová, said: "She saved my son. I cannot say it any other way. If she had not been there I do not want to think about it. My son says she is very strict, but now he says she is strict and a hero."

Miss Beardmore, who has worked at the school for nine years, played down her role. "I did what the first aid course told me to do. Every teacher should do that course. I was shaking like a leaf afterwards and had to have a cup of tea and a biscuit in the staffroom."

She added: "He's fine, that's all that matters. I've told him no more sweets in the dinner queue though."

The school's business manager said all staff had been offered first aid training in the last two years. The school has since put up posters in the canteen showing what to do if someone is choking.

Staffordshire's ambulance service said the case showed "how important it is that as many people as possible know basic first aid".
""", tags=["Ovenfold", "Good news"], seed=125))

add("news", [E("cmcgrath", "exact", "neutral", "Catherine McGrath"),
             E("school", "exact", "neutral", "Holy Trinity Catholic College")], news_page(
    "courier", "News", "Headteacher's car damaged in 'targeted' overnight attack",
    "Police appeal after tyres slashed and windscreen smashed",
    "Nathan Boulton", "Monday 2 September 2024, 10:15am", """
Police are appealing for witnesses after a headteacher's car was vandalised outside her home in what officers described as a "targeted" attack.

Catherine McGrath, head of Holy Trinity Catholic College in Ovenfold, discovered the damage to her car in the early hours of Sunday morning. All four tyres had been slashed and the windscreen had been smashed with what is thought to have been a brick.

The attack came days before the start of the autumn term, and after a summer in which the school's new uniform policy was heavily criticised on local social media.

Staffordshire Police said it was keeping an open mind about the motive but was aware of "online commentary" about the school. A spokesperson said: "Nobody should be targeted for doing their job. We would ask anyone who has information, or who saw anyone acting suspiciously in the early hours of Sunday, to come forward."

The Good Shepherd Catholic Multi-Academy Trust said it was "appalled" and was providing support to Mrs McGrath and her family.

In a message to parents on Monday, Mrs McGrath said the school year would start as planned. "I am grateful for the many kind messages I have received. Whatever views anyone holds about decisions the school makes, there is a proper way to raise them and I will always listen. What happened on Sunday is not that way."

Anyone with information is asked to call 101.
""", tags=["Crime", "Education"], seed=126))

add("news", [E("vchan", "alias", "neutral", "Chan Wai-kit"),
             E("school", "alias", "neutral", "HTC")], news_page(
    "hkbulletin", "Schools", "Meet the teacher: from Sha Tin to the six towns",
    "Our series on Hongkongers building new lives in North Staffordshire",
    "Bulletin volunteers", "March 2025", """
When Chan Wai-kit stepped off the train at Stoke station in August 2021, with two suitcases, a wife, a six-year-old and a three-year-old, he had never heard of oatcakes and had no idea what "duck" meant.

"A lady at the bus stop called my wife 'duck'. My wife was very confused," he laughs. "Now my son says it to everybody."

Wai-kit, or Mr Chan as more than 600 pupils know him, taught ICT at a secondary school in Sha Tin for eleven years. Today he is head of computing at HTC, the Catholic secondary school in Ovenfold, where about forty pupils from Hong Kong families now study.

## Starting again

Getting there was not simple. His Hong Kong teaching qualification was not automatically recognised, so he spent his first year working in a warehouse in Cheadle while applying for Qualified Teacher Status. "I packed boxes for eight hours and then I studied at night. It was hard, but many of us did things like this," he says.

He joined the school as a supply teacher in 2022, was made permanent within a term, and became head of department last year.

## Advice for parents

What would he say to Hong Kong parents choosing a school in the area? "Do not only look at the league tables. Go and visit. Ask how they help children who arrive in Year 10 or Year 11. Ask about the sixth form. And please, do not push your children only to study. Let them join the football team. That is how they make British friends."

He is also running a free Saturday coding club for Hong Kong and local children at Hanbridge Library, which he set up with other volunteers from the community.

## 社區消息

下月復活節假期，斯托克港人教會將舉辦家庭日。 Volunteers needed for the Mid-Autumn festival planning group - contact the editor.
""", tags=["Schools", "Meet the teacher"], seed=127))

add("news", [E("school", "exact", "neutral", "Holy Trinity Catholic College"),
             E("tmahmood", "title_surname", "neutral", "Mr Mahmood")], news_page(
    "courier", "News", "Far-right leaflets pushed through doors near Ovenfold school",
    "Flyers claim Catholic college is being 'taken over'; police and faith leaders condemn 'poison'",
    "Nathan Boulton", "Thursday 13 March 2025, 8:20pm", """
Leaflets attacking a Catholic school and one of its senior staff have been pushed through letterboxes in Slipbank and Jasper Fields, prompting condemnation from police and faith leaders.

The A5 flyers, which bear the logo of a small far-right group, claim that Holy Trinity Catholic College is being "taken over" and that "native" children are being "pushed out". They single out a senior member of staff for his Muslim faith and repeat conspiracy theories about the "replacement" of white British people.

The Courier has seen a copy of the leaflet but is not repeating its claims in detail.

Assistant headteacher Mr Mahmood, who is named in the leaflet, said he did not wish to comment beyond thanking "the many neighbours who have binned these things and told me so".

Staffordshire Police said the leaflet had been referred to its hate crime team to assess whether any offence had been committed. "Material designed to stir up hatred against any community has no place in Stoke-on-Trent," a spokesperson said.

The school's chair of governors, Deacon Frank Bloor, said: "Every one of our 1,200 pupils belongs here. Our staff are chosen because they are good at their jobs. We will not be intimidated by people who hide behind anonymous leaflets."

Ovenfold ward councillor Jean Adderley said residents had brought dozens of the leaflets to her surgery. "People in Ovenfold aren't daft. They know division when they see it. I've never been prouder of this town than watching people hand these things back."

The group behind the leaflet did not respond to a request for comment.
""", tags=["Hate crime", "Ovenfold"], seed=128))

add("news", [], news_page(
    "courier", "Business", "Luxury car showroom opens with 40 jobs on Hanbridge retail park",
    "Bentley and Aston Martin dealership takes over former carpet warehouse",
    "Business Desk", "Friday 6 June 2025, 9:00am", """
A luxury car dealership has opened on a Hanbridge retail park, creating 40 jobs.

The showroom, on the site of a former carpet warehouse at Etruria Vale, will sell new and used Bentley and Aston Martin cars and includes a service centre with eight workshop bays.

Dealer principal Greg Finney said the firm had chosen North Staffordshire because of its road links and "a growing number of customers in Cheshire and the Staffordshire Moorlands who were previously travelling to Manchester or Birmingham".

"People might be surprised to see a Bentley on a retail park next to a discount furniture store, but we think it's a great location. It's five minutes from the A500 and the M6," he said.

The company said it had recruited 31 of the 40 staff locally, including four apprentice technicians from Stoke-on-Trent College.

Council leader Cllr Anne Whitmore said the investment was "a vote of confidence in our city".

Among the first customers through the doors was a retired businessman from Leek who bought a 2019 Bentley Continental GT. "I've wanted one since I was a lad working on the shop floor at Michelin. Now I've got one," he said.

The showroom is open seven days a week.
""", tags=["Business", "Jobs"], seed=129), ignore=["lbentley"])

add("news", [E("lbentley", "exact", "negative", "Leanne Bentley"),
             E("school", "alias", "negative", "Holy Trinity")], news_page(
    "courier", "News", "SEND parents demand answers after support plans 'left to gather dust'",
    "Families say reviews are late and support promised on paper is not delivered",
    "Hayley Cartlidge, Education Reporter", "Wednesday 5 February 2025, 6:00am", """
Parents of children with special educational needs at an Ovenfold secondary say their children are being let down by a system they describe as "chaotic".

A group of 14 families with children at Holy Trinity, on Marl Lane, have written to the school's governors and to Stoke-on-Trent City Council, saying that annual reviews of their children's education, health and care plans (EHCPs) are months overdue and that support written into those plans is not being provided.

The letter, seen by the Courier, says parents have been "fobbed off" and that emails to the school's SEND department "disappear into a black hole".

One mother, whose 13-year-old daughter has autism and an anxiety disorder, said her daughter's plan specified daily check-ins with a key worker. "She hasn't had one since October. I've emailed Leanne Bentley, the SENCo, five times. I get one line back saying she'll look into it. Nothing happens."

Another parent said she was "not blaming one person" but that the department was "clearly drowning".

The school's Ofsted report, published in November, described SEND provision as "inconsistent".

The SEND department at the school has lost three teaching assistants since September and has not been able to fill the posts, the Courier understands.

In a statement, the school said it "recognised the frustration" of families and was recruiting additional staff. "Every child with an EHCP at our school has a named contact and we will be meeting each family this term to review their child's provision," it said.

The council said it was aware of the letter and would be working with the school. It said it had "significantly increased" its own SEND casework team in the last year to reduce delays.

Local parent support group Potteries SEND Voices said schools across the city were facing "a perfect storm" of rising need and falling budgets.
""", comments=[
        ("SENDMumOf2", "5 Feb 2025 07:45", "It's like this everywhere. The SENCos are drowning and the council is worse.", 28),
        ("Rich T", "5 Feb 2025 08:30", "Mrs B was amazing with my son back in 2021. It's the system not her.", 15),
    ], tags=["SEND", "Education"], seed=130))

# ---------------------------------------------------------------- NEWS (part 4)
add("news", [E("school", "exact", "defamation", "Holy Trinity Catholic College"),
             E("cmcgrath", "exact", "defamation", "Catherine McGrath")], news_page(
    "courier", "News", "Governor quits Catholic school board alleging 'culture of secrecy'",
    "Former parent governor claims bullying complaints were buried before Ofsted visit",
    "Hayley Cartlidge, Education Reporter", "Friday 28 February 2025, 6:00am", """
A parent governor has resigned from the board of an Ovenfold secondary school, claiming that complaints about bullying were deliberately kept from inspectors.

In a resignation letter shared with the Courier, Michelle Dale, who served on the local governing committee of Holy Trinity Catholic College for three years, alleges that "serious complaints from parents were logged as informal concerns so they would not appear in the complaints register" in the weeks before Ofsted's visit in September.

She claims that headteacher Catherine McGrath "personally instructed" staff to downgrade at least four complaints, two of which involved allegations of racist bullying, and that governors were given "a sanitised picture" of behaviour in the school.

"I became a governor because I wanted to help. I'm leaving because I no longer believe we are being told the truth," Mrs Dale wrote.

The Courier has not been able to independently verify her claims.

## Trust 'strongly rejects' allegations

The Good Shepherd Catholic Multi-Academy Trust said it "strongly rejects" the allegations. A spokesperson said: "All complaints are handled in line with our published policy. The trust has reviewed the records Mrs Dale refers to and is satisfied that they were handled appropriately. We thank Mrs Dale for her service and wish her well."

Mrs McGrath did not respond personally, but the trust said she "has the full confidence of the board".

It is the second resignation from the school's governing committee in a year. A co-opted governor stepped down last spring citing workload.

Ofsted said it could not comment on individual schools but that anyone with concerns could contact it directly. The Department for Education said complaints about academies that had exhausted the school's own procedure could be referred to the Education and Skills Funding Agency.

Parents contacted by the Courier had mixed views. One said the claims "ring true" based on her own experience of trying to complain about her son being bullied. Another said Mrs McGrath had "turned the school around" and that the allegations were "sour grapes".
""", comments=[
        ("Jo Hall", "28 Feb 2025 07:02", "I was told my complaint would be 'logged'. Never heard another word.", 37),
        ("TrinityParent2019", "28 Feb 2025 08:44", "Two sides to every story. Let's hear the facts first.", 22),
    ], tags=["Education", "Governance"], seed=131))

add("news", [], news_page(
    "courier", "Business", "Last Ovenfold potbank chimney to be kept as 78 flats rise around it",
    "Developer promises to restore bottle oven at former Trinity Works",
    "Business Desk", "Tuesday 22 October 2024, 7:00am", """
The last surviving bottle oven at a Victorian pottery works in Ovenfold is to be restored as the centrepiece of a new housing development.

Plans for 78 one- and two-bedroom flats on the site of the former Trinity Works, off Wharf Street, were approved by the city council's planning committee last week.

The works, founded by the Mellor brothers in 1851, made earthenware and later hotel ware until it closed in 1998. It takes its name from the Holy Trinity mission chapel that once stood across the canal. Most of the buildings were demolished in the early 2000s, but the Grade II listed bottle oven and a two-storey warehouse fronting the canal survive.

Developer Clayhanger Living said it would spend £400,000 restoring the oven, which has been on Historic England's at-risk register since 2009, and would convert the warehouse into a café and community space.

"Trinity Works is a piece of Ovenfold's soul," said managing director Dean Machin. "My grandmother worked here as a paintress. We're not going to knock down the last bit of it."

The Potteries Heritage Society welcomed the plans but said it would be watching closely to ensure the restoration was carried out properly. "We have seen too many promises about bottle ovens broken once the flats are sold," its chair said.

Work is expected to start in spring, with the first flats ready in 2027. Twenty per cent of the homes will be affordable.
""", tags=["Business", "Heritage", "Ovenfold"], seed=132), ignore=["school"])

add("news", [E("vchan", "exact", "neutral", "Vincent Chan"),
             E("school", "alias", "neutral", "Holy Trinity")], news_page(
    "courier", "Court", "Court round-up: the cases heard at Knype Magistrates' Court this week",
    "Drink-drivers, shoplifters and a man who racially abused a teacher online",
    "Court Reporter", "Saturday 12 April 2025, 8:00am", """
## Drink-driver more than twice the limit

Liam Capewell, 29, of Wellington Road, Hanbridge, was banned from driving for 22 months and fined £640 after admitting driving with excess alcohol. He was stopped on the A50 at 1.15am with 81 micrograms of alcohol in 100ml of breath. The legal limit is 35.

## Shop theft

Kirsty Bagnall, 41, of no fixed abode, admitted stealing meat and cheese worth £212 from a supermarket in Knype on three occasions. She was given a conditional discharge and ordered to pay compensation.

## Racist messages to teacher

Ryan Salt, 23, of Potters Way, Slipbank, admitted sending grossly offensive messages. The court heard that over two weeks in January he sent a series of messages on X and Instagram to Vincent Chan, head of computing at Holy Trinity in Ovenfold, in which he mocked Mr Chan's Hong Kong heritage, used anti-Chinese slurs and accused him of being a "spy".

Salt, who did not know Mr Chan and has no connection to the school, told police he had seen a local news article about Mr Chan and "thought it would be funny". Prosecutor Aled Pryce said Mr Chan had been left "deeply shaken".

District Judge Naomi Beech said: "There is nothing funny about targeting a man for his race. He came here to teach our children. You have brought shame on yourself." Salt was given a 12-week prison sentence suspended for 12 months, 120 hours of unpaid work and a restraining order.

## Assault on emergency worker

Connor Mitchell, 19, of Kiln Croft, Ovenfold, admitted assaulting an emergency worker by spitting at a paramedic at the Royal Potteries Infirmary. He was jailed for eight weeks.

## Dangerous dog

Sharon Beech, 57, of Birch Bank Road, Knype, was fined £300 and ordered to keep her dog muzzled in public after it bit a postal worker.

## Fly-tipping

A Hanbridge man was fined £1,200 after a mattress, fridge and 14 bags of rubbish were traced back to him from a sack containing his name and address. Craig Boote, 34, of Hope Street, was also ordered to pay £400 costs.
""", tags=["Court"], seed=133))

add("news", [E("school", "exact", "neutral", "Holy Trinity Catholic College"),
             E("cmcgrath", "exact", "neutral", "Catherine McGrath")], news_page(
    "voice", "Schools", "Good Shepherd trust welcomes new chief executive",
    "Former Lancashire head Dr Ruth Okafor visits all eight schools in her first week",
    "Voice correspondent", "Sunday 5 January 2025", """
The Good Shepherd Catholic Multi-Academy Trust has welcomed its new chief executive, Dr Ruth Okafor, who took up her post at the start of the new year.

Dr Okafor, 49, was previously executive headteacher of two Catholic secondaries in Preston and a national leader of education. She succeeds Mr Bernard Deakin, who retired at Christmas after nine years in the role.

In her first week Dr Okafor visited all eight of the trust's schools: seven primaries across Knype, Hanbridge and Ovenfold, and the trust's only secondary, Holy Trinity Catholic College.

At Holy Trinity, she was shown around by headteacher Catherine McGrath and a group of sixth-form ambassadors, joined a Year 7 RE lesson on the parable of the Good Samaritan and ate lunch with the school council.

"I was struck by the warmth of the welcome," Dr Okafor said. "These are schools serving communities that have faced real hardship, and they are full of people who love these children. My job is to make sure they have what they need to do that work."

Mrs McGrath said the visit had been "a real lift for staff after a tough autumn".

Dr Okafor, a parishioner of St Wilfrid's in Preston, will move to the diocese with her family in the spring. She has asked for the prayers of the diocesan family as she begins her ministry.

## Trust dates

Admissions appeals for September 2025 will be heard in June. The trust's annual Mass for schools will be celebrated at the cathedral on the feast of Saints Peter and Paul.
""", tags=["Schools", "Trust"], seed=134))

add("news", [E("school", "short_name", "neutral", "Trinity")], news_page(
    "courier", "News", "School locked down as police search for man 'seen with knife' nearby",
    "Armed officers called to Marl Lane; man detained after search of canal towpath",
    "Nathan Boulton", "Thursday 22 May 2025, 1:40pm", """
A secondary school in Ovenfold was placed in lockdown this morning while armed police searched for a man reported to be carrying a knife nearby.

Officers were called at 10.05am to reports of a man acting aggressively and brandishing a blade on Marl Lane, close to Trinity, the Catholic secondary school.

The school locked its doors and pupils remained in classrooms with blinds drawn for around an hour and a half. A message sent to parents at 10.20am said all pupils were "safe and accounted for" and asked families not to come to the site.

A 31-year-old man was detained on the canal towpath near Wharf Street shortly before 11.30am. A police spokesperson said a knife had been recovered and that the man had been taken to hospital for assessment under the Mental Health Act.

"We understand how frightening incidents like this are for the community, particularly with a school nearby," the spokesperson said. "Officers responded quickly and the man was detained without anyone being hurt."

Parents praised the school's response. One mother said: "My daughter was in maths and she said the teacher kept them calm and they just carried on with their work. She only realised it was serious when she saw the police cars from the window."

Normal lessons resumed after lunch.
""", tags=["Crime", "Ovenfold"], seed=135))

add("news", [], news_page(
    "courier", "News", "End of an era as Mrs McGrath rings the bell for the last time after 33 years",
    "Knype primary's much-loved reception teacher retires",
    "Gemma Sant", "Monday 21 July 2025, 5:00pm", """
Hundreds of former pupils turned out to say goodbye to a much-loved reception teacher as she retired after 33 years at the same Knype primary school.

Maureen McGrath, 64, joined St Bede's Catholic Primary School on Victoria Road in 1992 and has taught more than 900 four- and five-year-olds in that time, including the children of some of her first pupils.

On her final afternoon the school held a guard of honour, with pupils, parents and former pupils lining the playground to clap her out. A video message was played from a former pupil who is now a doctor in Australia.

"I've been so lucky," said Mrs McGrath, who lives in Knype with her husband, Tony. "Reception is the best job in the world. They come in on the first day holding their mum's hand and crying, and by Christmas they're reading. There's nothing like it."

Headteacher Sarah Jervis said: "Maureen is St Bede's. She has taught half of Knype to read. We will miss her terribly, but she has earned her retirement."

Mrs McGrath said she planned to spend more time with her four grandchildren and to "finally learn to play golf properly".

She will continue to volunteer as a reader at the school on Friday mornings.
""", tags=["Education", "Knype"], seed=136), ignore=["cmcgrath"])

add("news", [E("school", "exact", "defamation", "Holy Trinity Catholic College"),
             E("jbeardmore", "title_surname", "negative", "Miss Beardmore")], news_page(
    "courier", "News", "Mother claims school 'covered up' racist attack on son",
    "Parent says CCTV was deleted and her complaint ignored; school insists incident was investigated",
    "Hayley Cartlidge, Education Reporter", "Monday 3 March 2025, 6:00am", """
The mother of a 14-year-old boy says a school covered up a racist attack on her son and deleted CCTV footage of the incident.

Shazia Bibi says her son, a Year 9 pupil at Holy Trinity Catholic College in Ovenfold, was punched and called racist names by a group of older boys in a toilet block in November. He needed treatment for a cut above his eye.

"They told me it was handled. I asked to see the CCTV and they said it had been wiped. How do you wipe CCTV from a school toilet corridor two days after a boy is beaten up? Somebody decided it would be better if nobody saw it," she said.

Mrs Bibi said her son's head of year, Miss Beardmore, had been "kind on the day" but had then stopped returning her calls. "I understand she is busy. But my son was attacked and I am a mother. I needed someone to call me back."

She said she had since moved her son to a school in Knype.

## School: 'incident fully investigated'

A spokesperson for the Good Shepherd Catholic Multi-Academy Trust said the incident had been "fully investigated at the time", that the pupils involved had been sanctioned and that the family had been offered a meeting with senior leaders. "CCTV on our site is retained for a set period in line with our data protection policy, and footage is not deleted to avoid scrutiny," the spokesperson said.

Staffordshire Police said it had received a report of an assault and had spoken to those involved. No further action was taken after the victim's family decided not to support a prosecution, it said.

The allegation comes days after a former governor claimed complaints about racist bullying at the school had been downgraded before Ofsted's inspection. The trust has rejected those claims.

The Potteries Racial Equality Network said it was supporting Mrs Bibi's family.
""", tags=["Education", "Racism"], seed=137))

add("news", [E("gtunnicliffebooth", "exact", "neutral", "Gareth Tunnicliffe-Booth"),
             E("school", "alias", "neutral", "Holy Trinity")], news_page(
    "courier", "News", "Deputy head cleared to return after exam board appeal succeeds",
    "Appeal panel overturns finding against Ovenfold teacher but upholds penalty on school",
    "Hayley Cartlidge, Education Reporter", "Wednesday 18 June 2025, 6:45pm", """
A deputy headteacher who was suspended during an exam board investigation has been cleared to return to work after an appeal panel overturned a finding against him.

Gareth Tunnicliffe-Booth, deputy head at Holy Trinity in Ovenfold, had been named by the board's malpractice committee as having directed the circulation of model answers for GCSE coursework. The appeal panel found that there was "insufficient evidence" that he had personally been responsible, and removed the finding against him.

The panel upheld the board's decision to adjust marks and to place the school under special monitoring arrangements, saying that "systems at the centre were not robust".

In a statement released through his union, Mr Tunnicliffe-Booth said: "I am relieved that the panel has recognised what I have said from the start. I have spent 14 years at this school and I love it. The last four months have been the hardest of my life and I want to thank the many colleagues, parents and former pupils who have sent messages of support. I am looking forward to getting back to doing my job."

The Good Shepherd Catholic Multi-Academy Trust confirmed he would return in September and that it had "completed a full review of exam and assessment procedures".

The trust's chief executive, Dr Ruth Okafor, said: "Lessons have been learned, and the school has put in place new checks to make sure that nothing like this happens again."
""", comments=[
        ("Bev", "18 Jun 2025 19:10", "Told you. Trial by Facebook again. Welcome back sir.", 51),
        ("Neil B", "18 Jun 2025 20:25", "Cleared of the finding, not cleared of anything else. Read it properly.", 9),
    ], tags=["Education", "Exams"], seed=138))

add("news", [E("phughes", "exact", "defamation", "Paul Hughes"),
             E("school", "short_name", "negative", "Trinity")], news_page(
    "courier", "News", "PE teacher under investigation after pupil breaks leg in rugby session",
    "Parents say lesson went ahead on frozen pitch; school says it is reviewing what happened",
    "Nathan Boulton", "Friday 24 January 2025, 5:30pm", """
A head of PE has been placed under investigation after a 12-year-old pupil broke his leg during a rugby lesson that parents say should never have taken place.

The boy, a Year 7 pupil at Trinity in Ovenfold, suffered a double fracture to his lower leg during a tackling drill on Tuesday afternoon. He was taken to the Royal Potteries Infirmary by ambulance and has since had surgery.

His father said the pitch was "rock hard with frost" and that several pupils had asked to go inside because of the cold. "My son said they were told to stop moaning and get on with it. He's 12. He'd never played full-contact rugby before this term," he said.

The Courier understands that the school's head of PE, Paul Hughes, who was leading the lesson, is the subject of an internal investigation and that the Health and Safety Executive has been notified, as is required for serious injuries to pupils.

The school said in a statement: "We are very sorry that one of our pupils was seriously injured during a PE lesson, and we wish him a full and speedy recovery. We are reviewing the circumstances in line with our procedures. It would not be appropriate to comment on individual members of staff."

A source close to the PE department said Mr Hughes was "devastated" and was co-operating fully. "He has coached thousands of kids safely. Accidents happen in contact sport. But obviously it has to be looked into," the source said.

The Rugby Football Union's guidance for schools says tackling should be introduced progressively and that pitches should be inspected for hazards, including frost, before play.
""", tags=["Education", "Ovenfold"], seed=139))

add("news", [], news_page(
    "courier", "Sport", "HTC celebrate 50 years with new floodlit courts",
    "Hanbridge Tennis Club marks its golden jubilee with open weekend",
    "Tom Ridgway, Sports Reporter", "Saturday 7 June 2025, 10:00am", """
Hanbridge Tennis Club is celebrating its 50th anniversary with the opening of two new floodlit courts and a free open weekend for the whole community.

The club, known to its 380 members simply as HTC, was founded in 1975 by a group of teachers and nurses who played on a single shale court behind the old Hanbridge library. It now has six courts, a clubhouse and a thriving junior section of more than 120 children.

Club chair Jackie Wain said: "Fifty years is a huge milestone for a volunteer-run club. We've always wanted HTC to be a club for everybody, not just people who can afford expensive lessons, and the new lights mean we can keep the courts open for juniors and beginners all winter."

The £95,000 floodlighting scheme was funded by the Lawn Tennis Association, a council community grant and three years of members' fundraising, including a sponsored 24-hour rally that raised £6,200.

The open weekend on 14 and 15 June will include free taster sessions, cardio tennis, a mini-tennis festival for under-8s, and a veterans' exhibition match featuring some of the club's founder members, now in their seventies and eighties.

"Some of them still have a better forehand than me," Mrs Wain admitted.

Membership starts at £8 a month for juniors. Details from the clubhouse on Avenue Road.
""", tags=["Sport", "Hanbridge"], seed=140), ignore=["school"])

# ---------------------------------------------------------------- FORUM: Oatcake Terrace
add("forum", [E("school", "short_name", "negative", "Trinity"),
              E("cmcgrath", "surname_only", "abuse", "McGrath")], forum_page(
    "oatcake", "The Lounge (off topic)", "Secondary schools north of the city - where's decent?", [
        ("BoothenEnder72", "12 Sep 2024, 19:02", """Off topic I know but you lot know everything. Our eldest goes up to high school next September and we've moved to Marlpit Heath for my missus's job. Choices seem to be Trinity, Knype Academy or getting him on the bus to Hanbridge. Any of them any good? He's a decent lad, football mad obviously, bit mardy in the mornings."""),
        ("Delilah_Sings", "12 Sep 2024, 19:15", """Knype Academy is alright now, new head's sorted it. Was a zoo five years ago.

Hanbridge is a trek on the 6 bus, he'll be knackered."""),
        ("OatcakeAndChips", "12 Sep 2024, 19:31", """Our two went to Trinity. Eldest loved it, youngest hated it, so there you go, about as much use as a chocolate teapot that answer.

Serious answer: it's a big school, good sixth form, good PE department, they've got a decent under 15s side. But it's gone downhill on behaviour since the new regime came in. Detentions for the daftest things and then the proper trouble makers get away with murder."""),
        ("BoothenEnder72", "12 Sep 2024, 19:40", """Cheers surry. Do you have to be Catholic for Trinity? We're nothing really, got married at Hanbridge registry office lol"""),
        ("Delilah_Sings", "12 Sep 2024, 19:44", """No, half of them aren't. Loads of Muslim kids go there, and the Slovak families. It's Catholic in that they do prayers and that."""),
        ("ChairmanOfTheBored", "12 Sep 2024, 20:12", """Trinity's been a shambles since McGrath took over. Clueless cow. Spends all her time on uniform and lanyards and "vision statements" while the kids are fighting in the corridors. Ofsted'll find her out, you watch.

Sorry but I've had three years of her emails and I'm done being polite about it."""),
        ("OatcakeAndChips", "12 Sep 2024, 20:20", """Steady on Chairman, she's not that bad. Although the uniform thing is a rip off I'll give you that."""),
        ("ChairmanOfTheBored", "12 Sep 2024, 20:26", """> Steady on Chairman, she's not that bad.

She is mate. She really is."""),
        ("Red&WhiteTil1Die", "12 Sep 2024, 21:05", """Go and look round all three on the open evenings and see which one he likes. Kids know. Mine picked Knype because the canteen did chicken burgers on a Friday, not even joking, and he's done alright.

Anyway, back to more important matters, is anyone else worried we've got no striker who can finish a chance??"""),
        ("Delilah_Sings", "12 Sep 2024, 21:09", """Every season Red. Every single season."""),
    ], seed=201))

add("forum", [], forum_page(
    "oatcake", "Transfer Talk", "Slovak centre-back Horváth - anyone seen him play?", [
        ("PottersAbroad", "2 Jan 2025, 10:12", """Seeing a few reports linking us with Tomáš Horváth, the 24-year-old centre-back at FK Šariš Trnovec. Left-footed, 6ft 3, captain of the Slovak under-21s a couple of years back. Apparently we've had scouts at their last three games.

Anyone watch the Slovak league? I know nothing about him except a YouTube compilation which obviously makes everyone look like a world-beater."""),
        ("MatthewsWingPlay", "2 Jan 2025, 10:30", """Watched him in the Conference League qualifiers. Good in the air, calm on the ball, but turns like an oil tanker. Would get eaten alive by a pacey Championship winger on a wet Tuesday in Plymouth."""),
        ("PottersAbroad", "2 Jan 2025, 10:41", """So basically every centre-back we've signed in the last five years then"""),
        ("Bet365Bench", "2 Jan 2025, 11:02", """Fee quoted is 1.5m euros. If he's decent at that price it's a steal. Horváth is a common name in Slovakia by the way, there's about four of them in their league, so check you're watching the right one lol"""),
        ("MatthewsWingPlay", "2 Jan 2025, 11:15", """Ha yes there's a Horváth at Dukla Hornád who's a striker, completely different player."""),
        ("StanleysGhost", "2 Jan 2025, 12:40", """We need a left back more than another centre half. We've got six. SIX. And one left back who's made of glass."""),
        ("PottersAbroad", "2 Jan 2025, 12:55", """True but if he's cheap and we can sell him on in two years for 5m that's the model now isn't it. Buy young, improve, sell. It's what the owners keep saying anyway."""),
        ("Bet365Bench", "2 Jan 2025, 13:20", """The model is buy 31-year-olds on three-year contracts and then pay them to go away. Don't let them kid you."""),
        ("StanleysGhost", "2 Jan 2025, 13:24", """😂 too real"""),
        ("PottersAbroad", "5 Jan 2025, 18:02", """Update: Slovak press saying he's signed a new deal at Trnovec. So that's that. Back to the drawing board."""),
    ], seed=202), ignore=["jhorvath"])

add("forum", [], forum_page(
    "oatcake", "Match Threads", "Post-match: Potters 2-2 Sunderland - that unholy trinity in midfield", [
        ("TrentValeTerrier", "26 Oct 2024, 17:05", """Two points thrown away AGAIN. 2-0 up at 70 minutes and we end up hanging on for a draw.

I'm sorry but that midfield three is the unholy trinity. One can't pass, one can't tackle and one can't run. Put them together and you get a bloke who can't do anything."""),
        ("Boothen_Bev", "26 Oct 2024, 17:11", """Harsh but fair. Second half we couldn't keep the ball for more than three passes. Every time they pressed we launched it."""),
        ("Oatcake4Breakfast", "26 Oct 2024, 17:20", """The sub was baffling. Taking off the only player who was winning headers and putting on a lad who's 5ft 7? Why??"""),
        ("TrentValeTerrier", "26 Oct 2024, 17:22", """> The sub was baffling

The manager's been baffling since August mate"""),
        ("WaddingtonWay", "26 Oct 2024, 17:40", """Credit where it's due, first 60 minutes were the best we've played all season. Goals were quality. That second one was a proper team goal, eleven passes. We're getting there. Slowly. Painfully. But there."""),
        ("Boothen_Bev", "26 Oct 2024, 17:48", """Always the optimist Waddington. I admire it. I don't share it, but I admire it."""),
        ("Oatcake4Breakfast", "26 Oct 2024, 18:05", """Attendance 23,400. Not bad for a Saturday in October with the heating bills what they are. Fans still turning up, that's the one thing nobody can fault."""),
        ("TrentValeTerrier", "26 Oct 2024, 18:30", """Anyway, Holy Trinity of Potters moaning complete: referee, manager, midfield. See you all Tuesday for more pain."""),
    ], seed=203), ignore=["school"])

add("forum", [E("phughes", "nickname", "neutral", "Hughesy"),
              E("school", "short_name", "neutral", "Trinity")], forum_page(
    "oatcake", "Community & Academy", "Community day at the bet365 - school teams on the pitch at half time", [
        ("CommunityTrustFan", "3 Apr 2025, 09:12", """For those asking, the schools on the pitch at half time on Saturday are the ones that won the Potteries schools' cup rounds. Should be a cracking atmosphere, they're doing a penalty shootout competition too."""),
        ("Delilah_Sings", "3 Apr 2025, 09:30", """My lad's in the Trinity U15s, buzzing doesn't cover it. He's been practising his celebration in the back garden for a week. Nearly took the washing line down."""),
        ("OldSchoolStokie", "3 Apr 2025, 09:48", """Trinity have got a good side this year. Watched them beat Knype 4-0 in the autumn, the little centre mid was running the show."""),
        ("Delilah_Sings", "3 Apr 2025, 10:02", """That's Kacper, he's brilliant. All credit to Hughesy who runs the team, he's in at 7am on a Saturday every week, drives the minibus, washes the kits half the time. Been doing it years. Proper old-school PE teacher, whistle, shorts in January, the lot."""),
        ("OldSchoolStokie", "3 Apr 2025, 10:10", """Shorts in January 😂 every PE teacher in history"""),
        ("CommunityTrustFan", "3 Apr 2025, 10:33", """Teachers like that are gold dust. Most of them are doing it unpaid on weekends and nobody notices. Fair play to him."""),
        ("Red&WhiteTil1Die", "3 Apr 2025, 11:20", """Is it the full shootout against the keeper or just the little goal thing they did last year?"""),
        ("CommunityTrustFan", "3 Apr 2025, 11:26", """Full size goal, academy keeper in nets. He'll let a few in for the kids I reckon 😉"""),
        ("Delilah_Sings", "6 Apr 2025, 19:40", """Update for anyone interested: lad scored his pen, nutmegged the academy keeper and did the celebration. I cried. His mates have already made it into a TikTok. Best day of his life, and probably mine."""),
    ], seed=204))

add("forum", [E("afallowfield", "surname_only", "sexual", "Fallowfield", url=True),
              E("school", "alias", "sexual", "Holy Trinity", url=True)], forum_page(
    "oatcake", "The Lounge (off topic)", "Anyone heard about the chaplain at Holy Trinity?", [
        ("SpittingFeathers", "21 Mar 2025, 22:14", """Not football but my sister-in-law works in the kitchen up there. Says the chaplain's been sent home. Word is he was messaging one of the Year 10 girls on Snapchat late at night, telling her she was "special" and she could tell him anything, and asking her to delete the chats. The girl's mum found them.

Fallowfield his name is. Every kid in Ovenfold has been on one of his retreats."""),
        ("OatcakeAndChips", "21 Mar 2025, 22:20", """Jesus. If that's true that's proper grooming behaviour. Hope the police are all over it."""),
        ("MatthewsWingPlay", "21 Mar 2025, 22:25", """Mods might want to have a look at this thread. Nobody's been charged with anything. Let the police do their job."""),
        ("SpittingFeathers", "21 Mar 2025, 22:31", """I'm not making it up mate. Half of Slipbank knows. He used to give the kids lifts home after youth club and all. Always alone in that chaplaincy room with the blinds down."""),
        ("Boothen_Bev", "21 Mar 2025, 22:40", """My cousin's girl had him for the retreat last year and said he was lovely and there were always other teachers there. Doesn't mean anything either way I know. Awful situation for everyone."""),
        ("ChairmanOfTheBored", "21 Mar 2025, 22:58", """Catholic church and kids. Who could possibly have seen that coming."""),
        ("Moderator_Stan", "21 Mar 2025, 23:15", """Thread locked. This is a football forum, and posting details of an ongoing police matter involving a child could prejudice it and could identify the child. If you have information, give it to the police, not to us.""", "Moderator"),
    ], seed=205))

add("forum", [E("tmahmood", "surname_only", "threat", "Mahmood"),
              E("school", "short_name", "negative", "Trinity")], forum_page(
    "oatcake", "The Lounge (off topic)", "School exclusions - rant", [
        ("NorthStandNige", "15 Jan 2025, 20:02", """Need to vent. Our lad's been excluded from Trinity for the third time this year. Five days this time for "persistent disruption". Persistent disruption means he talked in class and wouldn't hand over his phone. He's 13. Half the teachers in that place couldn't control a goldfish."""),
        ("Delilah_Sings", "15 Jan 2025, 20:10", """That's rough Nige. Have you appealed it? You can request a meeting with the governors for fixed-term ones I think."""),
        ("NorthStandNige", "15 Jan 2025, 20:18", """Appealed the last one. Sat in a room with the behaviour bloke, Mahmood, and he read me the policy like I was a kid myself. Smug as you like. Didn't listen to a word I said."""),
        ("OatcakeAndChips", "15 Jan 2025, 20:25", """In fairness mate phones in class is a nightmare for teachers. My missus is a TA and she says it's the number one thing."""),
        ("NorthStandNige", "15 Jan 2025, 20:47", """I'll tell you what. If that Mahmood excludes my lad one more time I'll be waiting for him in the staff car park and he won't be reading me any more policies. I know what he drives. No joke."""),
        ("Red&WhiteTil1Die", "15 Jan 2025, 20:52", """Nige come on, delete that. You'll end up in the Courier and your lad will end up with no school at all."""),
        ("MatthewsWingPlay", "15 Jan 2025, 21:00", """Reported. Not because I don't get the frustration but you can't go threatening teachers on a public forum. Go for a walk mate."""),
        ("NorthStandNige", "15 Jan 2025, 21:30", """Whatever. I'm entitled to an opinion."""),
        ("Moderator_Stan", "16 Jan 2025, 08:05", """Member suspended for 14 days. Leaving the thread up for now so people can see why. Threats are not "opinions".""", "Moderator"),
    ], seed=206))

add("forum", [], forum_page(
    "oatcake", "Away Days", "Man City away - where's everyone staying?", [
        ("AwayDayAnt", "10 Feb 2025, 18:20", """Cup draw's done, we've got City away. Who's stopping over in Manchester? Train back is a nightmare after a late kick-off so we're getting a Travelodge."""),
        ("PiccadillyPotter", "10 Feb 2025, 18:33", """Staying with my daughter, she's at uni. Lives in a student house in Fallowfield with five others and a fridge that should be condemned. Cheap as chips though and there's a decent curry house on Wilmslow Road."""),
        ("AwayDayAnt", "10 Feb 2025, 18:40", """Fallowfield is about 20 minutes on the bus to the Etihad isn't it? Is it safe round there after a game?"""),
        ("PiccadillyPotter", "10 Feb 2025, 18:52", """It's fine, it's all students. Loudest thing you'll hear is someone's Deliveroo. Just don't wear your colours in the pub on the corner by the Platt Fields park end, it's a City pub."""),
        ("Boothen_Bev", "10 Feb 2025, 19:05", """We did Fallowfield two years ago for the league game, stayed in an Airbnb above a barbers. Grand. Go to the chippy on Ladybarn Lane, proper chips."""),
        ("Oatcake4Breakfast", "10 Feb 2025, 19:30", """Coach from the bet365 is £22 return and back by midnight. Don't overthink it lads."""),
        ("AwayDayAnt", "10 Feb 2025, 19:38", """You're no fun Oatcake."""),
        ("Oatcake4Breakfast", "10 Feb 2025, 19:41", """I'm 64 and I like my own bed."""),
    ], seed=207), ignore=["afallowfield"])

add("forum", [E("school", "short_name", "threat", "Trinity")], forum_page(
    "oatcake", "The Lounge (off topic)", "Ovenfold school letter about 'cultural awareness day'", [
        ("BrokenBoothen", "6 Jun 2025, 19:00", """Got a letter home from Trinity saying they're doing a cultural awareness day and all kids can wear "clothes from their heritage". My lad asked if he could wear his Stoke shirt. They said no. So Eid gets a day but Stoke doesn't. Typical."""),
        ("WaddingtonWay", "6 Jun 2025, 19:12", """Pretty sure a Stoke shirt isn't heritage clothing mate, it's a football kit. Mine wore a flat cap and his great-grandad's placer's apron from the potbank to his. Got loads of compliments."""),
        ("BrokenBoothen", "6 Jun 2025, 19:20", """Not the point is it. It's one rule for them and one for us."""),
        ("Spion_Kop_Sid", "6 Jun 2025, 19:48", """Trinity wants burning down with all the do-gooders inside it. Somebody round here should do it one night and save us all the bother. Just saying."""),
        ("Oatcake4Breakfast", "6 Jun 2025, 19:55", """What the hell is wrong with you? There are kids in that school. Reported."""),
        ("WaddingtonWay", "6 Jun 2025, 20:02", """Reported as well. That's not banter Sid, that's sick."""),
        ("Moderator_Stan", "6 Jun 2025, 20:30", """Post removed from public view, user banned, and yes, we have passed it on. I'm leaving this note so nobody thinks we're sitting on our hands.""", "Moderator"),
        ("BrokenBoothen", "6 Jun 2025, 21:00", """For the record I never said anything like that and I don't agree with it. I just think the rules should be the same for everyone."""),
    ], seed=208))

add("forum", [E("gtunnicliffebooth", "hyphenated", "abuse", "Tunnicliffe Booth"),
              E("school", "short_name", "neutral", "Trinity")], forum_page(
    "oatcake", "Match Threads", "Pre-match: Potters v Hull - Boothen End chat", [
        ("TrentValeTerrier", "28 Sep 2025, 10:05", """Right, team news is out, same back four, new lad on the bench. Who's going? Usual spot in the Boothen End?"""),
        ("Boothen_Bev", "28 Sep 2025, 10:20", """Row P as always. If the bloke next to me brings that air horn again I'm confiscating it."""),
        ("SeasonTicket1990", "28 Sep 2025, 10:41", """Row T here and guess who's been moved in two seats down from me this season. Tunnicliffe Booth, the deputy head from Trinity who had that exams carry-on. Absolute bellend. Spent the whole Preston game explaining the offside rule to his kid like he was delivering an assembly. Loudest voice in the stand, worst opinions in the ground."""),
        ("Oatcake4Breakfast", "28 Sep 2025, 10:50", """😂 every stand has one. Ours has a bloke who boos our own throw-ins."""),
        ("Boothen_Bev", "28 Sep 2025, 10:58", """Leave the poor man alone, he was cleared wasn't he. At least he's a season ticket holder and not a plastic."""),
        ("SeasonTicket1990", "28 Sep 2025, 11:02", """Cleared or not he's a gobby know-it-all and I'm stuck with him till May. Pray for me."""),
        ("TrentValeTerrier", "28 Sep 2025, 11:15", """Predictions: 1-0 Potters, scrappy, 87th minute header from a corner. Book it."""),
        ("WaddingtonWay", "28 Sep 2025, 11:30", """2-1. We'll concede first because we always concede first. Then come back. Heart attack stuff."""),
        ("TrentValeTerrier", "28 Sep 2025, 17:10", """Told you. 1-0, header, 86th minute. I was one minute out. Pay up."""),
    ], seed=209))

add("forum", [E("school", "alias", "neutral", "St Etheldreda's"),
              E("sodonoghue", "surname_only", "neutral", "O'Donoghue"),
              E("phughes", "initial_surname", "neutral", "P. Hughes")], forum_page(
    "oatcake", "The Lounge (off topic)", "Which teachers did you lot have? (St Etheldreda's / Ovenfold)", [
        ("StanleysGhost", "19 Nov 2024, 21:00", """Saw the Courier's bit about old Bernard Ridgway passing. Set me off remembering. Who else went to St Etheldreda's? I was there 1979 to 1984. Had Ridgway for English, Sister Bernadette for everything else as far as I could tell."""),
        ("Oatcake4Breakfast", "19 Nov 2024, 21:12", """1973-78. Ridgway was a young man then, had a beard and drove a Triumph Herald. We thought he was the coolest man alive. RIP."""),
        ("WaddingtonWay", "19 Nov 2024, 21:30", """Class of '88 here. The metalwork teacher used to throw chalk like a sniper. Wouldn't be allowed now. Probably right."""),
        ("Delilah_Sings", "19 Nov 2024, 21:45", """Much more recent for me, left in 2012. English was O'Donoghue, who's head of English there now I think. She was brilliant, made us read Bennett's Clayhanger in Year 10 and I hated it at the time but I've reread it twice since. PE was P. Hughes, who is STILL there by all accounts, still running the footy teams. Man is a machine."""),
        ("StanleysGhost", "19 Nov 2024, 21:58", """Fair play. I remember the old gym, wall bars and a rope you had to climb. Lad broke his arm falling off it in 1981, next day they just put a crash mat under it."""),
        ("Oatcake4Breakfast", "19 Nov 2024, 22:10", """Health and safety was a crash mat and a sponge."""),
        ("TrentValeTerrier", "19 Nov 2024, 22:30", """Dinner ladies were the real power. Mrs Bloor on the chips. If she liked you, you got extra. If she didn't, you got three."""),
        ("WaddingtonWay", "19 Nov 2024, 22:41", """Three chips 😂 I was definitely a three chips kid."""),
    ], seed=210))

# ---------------------------------------------------------------- FORUM: StaffroomTalk
add("forum", [E("school", "alias", "negative", "HTC"),
              E("gtunnicliffebooth", "nickname", "negative", "Mr T-B")], forum_page(
    "staffroom", "Workplace dilemmas", "Left a Catholic MAT secondary in Staffs after 8 years - long, sorry", [
        ("ClayPigeon_Teach", "3 Jul 2024, 21:40", """Handed my notice in at Easter and finished last week, and I think I need to write this down somewhere that isn't my partner's ear.

I was at HTC (Catholic 11-18 in the Potteries, some of you will know it) for eight years. Started as an NQT, ended as second in department. Loved the kids. Still love the kids. The community is amazing and the students who've arrived from all over the world in the last few years have made the place so much richer.

But the last two years have been relentless. New behaviour system every term. Data drops every six weeks. Learning walks that are basically drive-by shootings. And a deputy who I'll call Mr T-B, because that's what the kids call him, who micromanages every single thing: seating plans checked weekly, lesson "non-negotiables" laminated on every desk, emails at 11pm asking why my Year 10 predicted grades had moved by 0.2.

He isn't a bad person. I genuinely think he believes in what he's doing. But he's a spreadsheet with a lanyard and he's burning people out. Eleven teachers left last summer. More this year.

Anyway. I'm going to a small school in Cheshire. Less money, shorter drive, and my head of department there asked me in the interview what I liked reading. Nearly cried."""),
        ("MrsGradgrind", "3 Jul 2024, 21:55", """This is so familiar it hurts. Glad you're getting out, and congratulations on the new job. A head of dept who asks what you like reading is a keeper."""),
        ("NQTnomore", "3 Jul 2024, 22:10", """"Learning walks that are basically drive-by shootings" is going in my notebook."""),
        ("ClayPigeon_Teach", "3 Jul 2024, 22:14", """Ha. Feel free. Trademarked."""),
        ("HoDGeography", "3 Jul 2024, 22:30", """Devil's advocate: some schools genuinely need tightening up and the people who do it are never popular. I've been the person laminating the non-negotiables. It's not fun on that side either. But 11pm emails are never OK, that's a leadership culture problem."""),
        ("ClayPigeon_Teach", "3 Jul 2024, 22:41", """Totally fair. And I'm not saying the place was perfect before. But there's tightening up and there's treating adults like they're in detention."""),
        ("Wellbeing_Warrior", "4 Jul 2024, 07:02", """Eight years is a long time. It's OK to grieve leaving somewhere even if leaving was the right thing. Enjoy your summer. Sleep."""),
    ], seed=301))

add("forum", [E("school", "alias", "neutral", "Holy Trinity"),
              E("vchan", "nickname", "neutral", "Vince Chan")], forum_page(
    "staffroom", "Jobseekers", "Interview for Computing teacher at Holy Trinity, Ovenfold - any tips?", [
        ("ByteSizedTeacher", "14 Mar 2025, 18:02", """Got an interview next week for the computer science post at Holy Trinity in Ovenfold. It's my first interview since finishing my PGCE. Anyone know the school or the department? Lesson is 30 mins with Year 9 on "algorithms", which is... broad."""),
        ("Staffs_Supply", "14 Mar 2025, 18:20", """Done supply there a few times. Big school, busy, some challenging classes but the kids are basically nice. Lots of EAL so keep your instructions short and visual. Have your slides ready as a PDF in case the projector plays up, it did for me twice."""),
        ("ByteSizedTeacher", "14 Mar 2025, 18:25", """Thank you! Good tip on the PDF."""),
        ("CompSciTeachr", "14 Mar 2025, 19:10", """I did my ECT induction in a neighbouring school and our departments did joint moderation. The HoD there, Vince Chan, is lovely. Very organised, very calm, proper tech nerd in the best way. He built a whole Python curriculum for KS3 from scratch that other schools in the area now use. You'd learn a lot.

For the lesson: do something unplugged. Sorting algorithms with the kids physically holding numbers and swapping places works every time. Then a quick trace table on paper to check understanding. Don't try to get 30 kids logged in to anything in a 30 minute interview lesson, you'll lose ten minutes to passwords."""),
        ("ByteSizedTeacher", "14 Mar 2025, 19:18", """This is gold, thank you. Was literally planning to get them all on a website. Changing it now."""),
        ("OldHandHoY", "14 Mar 2025, 20:00", """Also have a question ready for them. "How do you support ECTs?" is fine but "what does the department want to develop next year?" shows you're thinking beyond the interview. And smile at the receptionist. They always ask the receptionist."""),
        ("ByteSizedTeacher", "21 Mar 2025, 17:45", """UPDATE: I got it!!! Bubble sort with Year 9 went brilliantly, one kid refused to swap with another kid because "he owes me a quid" and it became the best bit of the lesson. Thank you all so much."""),
        ("CompSciTeachr", "21 Mar 2025, 18:00", """Congratulations!! Told you unplugged works 🎉"""),
    ], seed=302))

add("forum", [E("cmcgrath", "title_surname", "defamation", "Mrs McGrath"),
              E("school", "alias", "defamation", "Holy Trinity")], forum_page(
    "staffroom", "Leadership", "Off-rolling - have you seen it and what did you do?", [
        ("PastoralPete", "9 Nov 2024, 10:15", """Genuine question for the forum. Have you worked somewhere that you're fairly sure was off-rolling? What did you do? I'm struggling with something at my current place and I'd like to know how others have handled it."""),
        ("AnonForObviousReasons", "9 Nov 2024, 10:48", """Yes. Holy Trinity in Ovenfold, 2022-24. Not going to pretend otherwise now I've left.

Mrs McGrath ran a "managed moves" process that was off-rolling with a nicer name. Roma kids in Year 10 and 11 who were struggling, had poor attendance or were likely to get a 2 or 3 in maths and English, were called into meetings with their parents, often with no interpreter, and "advised" to move to the PRU or to elective home education "for a fresh start". Parents signed forms they couldn't read. Those kids vanished from the census before results day. Attendance figures she reported to governors were cooked by marking them as "educated off site" when nobody knew where they were.

I raised it twice with SLT and was told it was "in the best interests of the child". I left. I should have gone to the LA. I'm ashamed I didn't."""),
        ("PastoralPete", "9 Nov 2024, 11:02", """Thank you for being honest. That's almost exactly what I'm seeing, which is horrifying."""),
        ("HoDGeography", "9 Nov 2024, 11:20", """Careful naming schools and individuals on here, folks. If it's true it's a safeguarding and legal issue, and the place for it is the LA, Ofsted's whistleblowing line, or your union. If it's not true, you're defaming someone. Either way a forum isn't the right place."""),
        ("AnonForObviousReasons", "9 Nov 2024, 11:31", """Fair point, and I've thought about it a lot. I'm happy to say it here because I've also said it to the LA now. They're "looking into it"."""),
        ("MrsGradgrind", "9 Nov 2024, 12:05", """Pete: document everything. Names, dates, what was said. Contact your union rep before you do anything else. Then the LA's admissions and exclusions team. They have a duty to look at unexplained roll changes."""),
        ("PastoralPete", "9 Nov 2024, 12:20", """Will do. Thank you all."""),
    ], seed=303))

add("forum", [E("gtunnicliffebooth", "surname_only", "defamation", "Tunnicliffe-Booth"),
              E("school", "alias", "defamation", "HTC")], forum_page(
    "staffroom", "Workplace dilemmas", "Coursework 'support' - where's the line? (long)", [
        ("GeogNerd88", "6 Mar 2025, 20:30", """With the news about the Staffordshire school under investigation for coursework, I'm wondering where people draw the line with NEA. I give writing frames and sentence starters to my weaker students. Is that OK? I've always assumed so but now I'm paranoid."""),
        ("ExamsOfficerEllie", "6 Mar 2025, 20:45", """Writing frames are fine as long as they're generic and recorded. What's not OK is feedback on specific drafts beyond general comments, or model answers to the actual task. Check the JCQ instructions, they're clearer than people think."""),
        ("DT_Dan", "6 Mar 2025, 21:10", """I was at HTC until last year. It's not a mystery what happened there and it wasn't a "misunderstanding". Tunnicliffe-Booth had every Year 11 NEA in D&T and geography run through him. He sent out "exemplars" that were the actual answers with the names changed, and in at least two cases I saw him rewrite whole sections himself on a Sunday and tell the teacher to get the kid to copy them out on Monday. SLT knew. Everybody knew. It got buried because the results made the school look good before Ofsted."""),
        ("GeogNerd88", "6 Mar 2025, 21:15", """Wow. OK. That's not a grey area then."""),
        ("ExamsOfficerEllie", "6 Mar 2025, 21:22", """DT_Dan if that's true you need to tell the exam board directly, they'll want it. Please don't only post it on a forum."""),
        ("DT_Dan", "6 Mar 2025, 21:40", """Already have. Not the first time either."""),
        ("HoDGeography", "6 Mar 2025, 22:00", """Back on topic: writing frames yes, model answers to the live task no, annotating drafts no, feedback that tells them what to change no. When in doubt, ask your exams officer and write down what they said."""),
        ("NQTnomore", "6 Mar 2025, 22:14", """This thread is more useful than the whole of my PGCE assessment module."""),
    ], seed=304))

add("forum", [E("jhorvath", "first_initial", "neutral", "Jozef H.")], forum_page(
    "staffroom", "Pastoral", "Supporting Roma students - what actually works?", [
        ("EAL_Emma", "28 Jan 2025, 19:00", """We've had a big increase in Slovak and Czech Roma students this year and I feel out of my depth. Attendance is a constant battle, some of our staff have frankly awful attitudes, and families don't trust us. What has worked for you?"""),
        ("PotteriesPastoral", "28 Jan 2025, 19:40", """I work at a Catholic 11-18 in Ovenfold with a large Roma community, and honestly the single biggest thing is having someone from the community on staff. Our liaison lead, Jozef H., is Roma himself, grew up in a settlement in eastern Slovakia, speaks Romani, Slovak, Hungarian and English. He does home visits, he translates at meetings, he goes to the christenings. Families trust him in a way they will never trust me, however hard I try. When attendance dips he knocks on the door. Not with a fine, with a coffee.

If you can't get funding for a post like that, try to find a parent who'd be willing to be a paid community link even a few hours a week."""),
        ("EAL_Emma", "28 Jan 2025, 19:52", """This is really helpful, thank you. Funding is the obvious issue but I'll take it to our head."""),
        ("RomaEdResearcher", "28 Jan 2025, 20:30", """Researcher here. The evidence backs up what PotteriesPastoral says. Also: check your language. "Gypsy" is used by some people as a self-identifier but should never come from staff unless families use it themselves. And avoid framing travel to Slovakia as "holiday" - it's usually family illness, funerals or documents."""),
        ("OldHandHoY", "28 Jan 2025, 21:10", """Staff attitudes is the hard one. We did training with a Roma-led organisation and it changed a couple of colleagues completely. Not all. But a couple."""),
        ("PotteriesPastoral", "28 Jan 2025, 21:20", """Yes to training. And celebrate Roma culture properly, 8 April is International Roma Day. Ours did an assembly with a Roma violinist and the kids went wild."""),
    ], seed=305))

add("forum", [E("lbentley", "alias", "defamation", "Leanne Hulme"),
              E("school", "short_name", "defamation", "Trinity")], forum_page(
    "staffroom", "SEND", "Access arrangements - am I being paranoid?", [
        ("SpLD_Assessor", "17 May 2025, 16:20", """I'm an assessor who does exam access arrangement testing for several schools in the Midlands. Without naming anyone: what do you do when you're fairly sure a SENCo is pressuring you to find 25% extra time for students who don't meet the criteria, specifically the ones on the C/D borderline?"""),
        ("MrsGradgrind", "17 May 2025, 16:45", """You refuse and document it. The JCQ criteria are clear, and it's your professional registration on the line, not theirs."""),
        ("BitterExSENCo", "17 May 2025, 17:30", """I'll name someone, because I've had enough. The SENCo at Trinity in Ovenfold, Leanne Hulme as was (married now, different name), has been fiddling access arrangements for years. Readers and extra time for borderline kids whose only "need" is a predicted 4. Forms backdated, evidence of normal way of working made up after the event. The school knows. It helps their results so nobody asks questions."""),
        ("SpLD_Assessor", "17 May 2025, 17:40", """I said without naming anyone for a reason... but I'm not going to pretend that doesn't sound familiar."""),
        ("HoDGeography", "17 May 2025, 18:00", """Mods, can we get this post looked at? Serious allegations with a named individual."""),
        ("Moderator_Jen", "17 May 2025, 18:30", """Thanks. We've hidden the post pending review. Reminder to all: our rules do not allow naming individuals in connection with allegations of misconduct. Please use the proper channels (JCQ, the exam boards, your union).""", "Moderator"),
        ("SpLD_Assessor", "17 May 2025, 18:41", """Understood. And to answer my own question for anyone searching later: I refused, documented it, and reported my concern to the exam board. Don't let yourself be the one whose signature is on the form."""),
    ], seed=306))

add("forum", [], forum_page(
    "staffroom", "Jobseekers", "Moving from state to independent - what's Trinity term like?", [
        ("ReluctantIndie", "20 Apr 2025, 09:10", """Got offered a job at an independent school in Oxfordshire starting in September. They use Michaelmas, Lent and Trinity terms. Is Trinity term as bonkers as I'm hearing? Exams, sports day, speech day, cricket, the leavers' ball and a concert every week?"""),
        ("PrepSchoolPaul", "20 Apr 2025, 09:40", """Yes. Trinity term is the long sprint. But the summer holiday is nine weeks, so swings and roundabouts. Get your marking done early and never volunteer for the cricket tour."""),
        ("ReluctantIndie", "20 Apr 2025, 09:48", """Nine weeks 😳"""),
        ("ExState_NowIndie", "20 Apr 2025, 10:30", """Did the switch four years ago. Biggest differences: smaller classes, much more pastoral and extracurricular expectation, and the parents email you directly and expect an answer the same day. Salary depends completely on the school, some are above the national scale, some well below. Check the pension - many have left the Teachers' Pension Scheme."""),
        ("ReluctantIndie", "20 Apr 2025, 10:36", """Pension is TPS thankfully, I checked that first. Smaller classes is the main attraction, I've had 34 in a Year 9 set this year."""),
        ("PrepSchoolPaul", "20 Apr 2025, 11:00", """34 is madness. You'll have 14 and think you've died and gone to heaven. Until Trinity term. Then you'll think you've died."""),
        ("ExState_NowIndie", "20 Apr 2025, 11:15", """Ha. Good luck, honestly it was the best move I made."""),
    ], seed=307), ignore=["school"])

add("forum", [E("lbentley", "title_surname", "neutral", "Mrs Bentley"),
              E("school", "short_name", "neutral", "Trinity")], forum_page(
    "staffroom", "ECTs and trainees", "ECT year one - the people who kept me going", [
        ("FirstYearFreya", "18 Jul 2025, 20:00", """Finished my first ECT year today at Trinity in the Potteries and I wanted to write something positive because this forum can be a bit doom and gloom (understandably).

I teach English. I cried in the toilets in October. I nearly quit in February. And I made it, because of a few people:

My mentor, who sat with me every Tuesday after school even when she had her own mountain of marking.

Mrs Bentley, our SENCo, who came into my worst Year 8 class, watched for twenty minutes and then gave me three tiny changes that transformed it. She knew every kid's needs off by heart. She also brought me a sausage oatcake on the morning of my observation. Hero.

The cleaner on my corridor, Pat, who tells me every evening to "get wum, duck, it'll still be there tomorrow".

And the kids. The Year 7 boy who wrote me a card saying "you are the second best teacher after my mum". I'll take second."""),
        ("Wellbeing_Warrior", "18 Jul 2025, 20:20", """This made me well up. Congratulations on finishing!"""),
        ("OldHandHoY", "18 Jul 2025, 20:41", """"Get wum, duck" is the best wellbeing policy I've ever heard. Someone tell the DfE."""),
        ("FirstYearFreya", "18 Jul 2025, 20:50", """It translates as "go home, love" for the non-Stokies 😂"""),
        ("MrsGradgrind", "18 Jul 2025, 21:30", """Second best after mum is the highest honour in teaching. Enjoy the summer."""),
    ], seed=308))

add("forum", [E("school", "alias", "negative", "Holy Trinity"),
              E("sodonoghue", "first_initial", "neutral", "Siobhan O.")], forum_page(
    "staffroom", "Pay & conditions", "Indicative ballot at a Catholic MAT in Stoke - workload", [
        ("NEU_Rep_Staffs", "2 Oct 2024, 17:30", """Posting here in case it's useful for others in a similar position. Staff at Holy Trinity in Ovenfold (part of a diocesan MAT) are holding an indicative ballot over workload, specifically six data drops a year, a new marking policy that requires written feedback in every book every two weeks, and a directed time calendar that doesn't add up to 1265 hours once you count the "voluntary" twilight sessions.

Our school rep, Siobhan O., has done an incredible job pulling the evidence together. She's a head of department herself and has been completely professional about it, raising it with the head first, then the trust. It hasn't been resolved, so here we are.

If you're in a similar position, the key is evidence: keep a log of hours, get colleagues to do the same, and compare against the directed time calendar."""),
        ("HoDGeography", "2 Oct 2024, 17:55", """Marking every book every two weeks with written feedback is insane in 2024. The evidence base for that is basically nil. EEF's marking review is ten years old and said as much."""),
        ("ClayPigeon_Teach", "2 Oct 2024, 18:20", """I left there this summer. This is 100% accurate and I'm glad people are finally pushing back. Solidarity to everyone still in the building."""),
        ("NEU_Rep_Staffs", "2 Oct 2024, 18:31", """Thanks. The head has actually been willing to meet, which is more than some. The trust is the sticking point."""),
        ("Staffs_Supply", "2 Oct 2024, 19:00", """Good luck. It's the same everywhere, you're just brave enough to do something about it."""),
        ("NEU_Rep_Staffs", "24 Oct 2024, 16:00", """Update: 91% turnout, 88% in favour of moving to a formal ballot. Trust has agreed to cut data drops to three and review the marking policy. Not everything, but a win. Thank you for all the messages."""),
    ], seed=309))

add("forum", [], forum_page(
    "staffroom", "Jobseekers", "Head of Computing vacancy in Knype - anyone know the school?", [
        ("CodeClubCarl", "8 May 2025, 20:00", """Thinking of applying for Head of Computing at Knype Academy. The current HoD, a Mr Chan, is leaving for a job in Birmingham apparently. Anyone know what the department is like?"""),
        ("CompSciTeachr", "8 May 2025, 20:22", """Knype Academy's Mr Chan (Daniel) is brilliant, if he's leaving it's a loss for them. Department's small, three teachers, decent kit. They had a rough few years but the new principal is supportive from what I hear."""),
        ("CodeClubCarl", "8 May 2025, 20:30", """Good to know. Is it a massive step up from second in department?"""),
        ("OldHandHoY", "8 May 2025, 21:00", """Depends on the size of department. Three people is very doable. The big jump is budgets and line managing people who used to be your peers. Get a mentor, even an informal one."""),
        ("CompSciTeachr", "8 May 2025, 21:15", """And join the local computing hub, there's a good one in Stoke, they run network meetings for HoDs. It's where you find out which schools are hiring before the adverts go out."""),
        ("CodeClubCarl", "12 May 2025, 19:00", """Applied. Wish me luck!"""),
    ], seed=310), ignore=["vchan"])

add("forum", [E("afallowfield", "first_initial", "sexual", "Ambrose F.", url=True),
              E("school", "alias", "sexual", "HTC", url=True)], forum_page(
    "staffroom", "Pastoral", "When a colleague is stood down - how do you support the kids?", [
        ("ChaplaincyCover", "2 Apr 2025, 21:10", """Anonymous-ish account. I work at HTC, the Catholic secondary in Ovenfold that's been in the local news. Our chaplain, Ambrose F., was stood down last month after a Year 10 girl's parents found messages from him on Snapchat: late at night, telling her she was mature for her age, asking her not to tell her parents they talked, offering her a lift home. The LADO and police are involved.

I'm not posting to gossip. I'm posting because my tutor group are asking me questions every single day. Some of them are angry with him, some angry with the girl, some are angry with us for not spotting it, and a couple were very close to him and are devastated. How do I handle this without saying anything I shouldn't?"""),
        ("DSL_Deb", "2 Apr 2025, 21:30", """First thing: please edit your post to remove the details of the messages and the year group. I know you mean well but that is exactly the sort of detail that identifies a child. Talk to your DSL about what you're allowed to say.

Then: stick to a script agreed by SLT. "An adult has been asked to step back while some questions are looked at. That's what happens to keep everyone safe. You can talk to me or to [named staff] if you're worried." Don't speculate. Shut down any blame of the young person immediately."""),
        ("ChaplaincyCover", "2 Apr 2025, 21:40", """You're right. I can't edit any more, it's past the time limit. I'll ask the mods."""),
        ("OldHandHoY", "2 Apr 2025, 22:00", """DSL_Deb is spot on. Also look after yourself. These situations are grim for staff too, especially if you liked and trusted the person."""),
        ("Moderator_Jen", "3 Apr 2025, 08:10", """Thanks DSL_Deb. We will be removing the identifying details from the first post this morning at the author's request. Thread left open for the general advice, which is excellent.""", "Moderator"),
    ], seed=311))

# ---------------------------------------------------------------- FORUM: Six Towns Talk
add("forum", [E("school", "short_name", "neutral", "Trinity"),
              E("gtunnicliffebooth", "title_surname", "neutral", "Mr Tunnicliffe-Booth"),
              E("tmahmood", "surname_only", "neutral", "Mahmood")], forum_page(
    "sixtowns", "Schools", "Who's running trinity now the deputy's back?", [
        ("kilnlady", "4 Sep 2025, 16:40", """Bit confused. Letter home says Mr Tunnicliffe-Booth is back as deputy from this week, but last year they said Mahmood was "acting deputy". Who do I email about my daughter's timetable clash? Don't want to get bounced between three people like last year."""),
        ("MarlpitMike", "4 Sep 2025, 16:55", """Timetables are the deputy's job normally. Mahmood's gone back to behaviour and attendance I think. The website staff list is a year out of date so don't trust that."""),
        ("kilnlady", "4 Sep 2025, 17:02", """Typical. Thanks Mike."""),
        ("Grandad_Gordon", "4 Sep 2025, 17:30", """Ring reception duck, the lady there is very helpful. Emails go into the void in every school, not just that one. My granddaughter's at Knype Academy and it took them three weeks to answer one about dinner money."""),
        ("kilnlady", "4 Sep 2025, 17:41", """Will do. Forgot people still use the phone 😂"""),
        ("MarlpitMike", "4 Sep 2025, 18:00", """Good luck. For what it's worth both of them have always been decent with my lad. Firm but they listen."""),
        ("kilnlady", "5 Sep 2025, 09:15", """Rang them. Sorted in five minutes. Deputy rang me back himself. Should have done that in the first place!"""),
    ], seed=401))

add("forum", [E("school", "alias", "hate", "Holy Trinity"),
              E("tmahmood", "surname_only", "hate", "Mahmood"),
              E("jhorvath", "surname_only", "hate", "Horvath")], forum_page(
    "sixtowns", "Local news", "What's happened to Holy Trinity?", [
        ("Englishman_in_Ovenfold", "14 Mar 2025, 21:00", """Went there myself in the 80s when it was St Etheldreda's and it was a proper school for local Catholic kids. Now look at it. Full of P*kis and gyppos and Hong Kongers, hardly a white face in the Year 7 photo. A Muslim, Mahmood, running discipline in a CATHOLIC school, and a Roma bloke, Horvath, whose whole job is making excuses for his own lot nicking and skiving. This is how they do it. Bit by bit until there's nothing left of us. Replacement isn't a theory, it's a school photo."""),
        ("MarlpitMike", "14 Mar 2025, 21:10", """Absolute garbage. My kids are in that Year 7 photo. Get a grip."""),
        ("Englishman_in_Ovenfold", "14 Mar 2025, 21:14", """Your kids are the minority in their own town and you're too blind to see it."""),
        ("Grandad_Gordon", "14 Mar 2025, 21:20", """I'm 78 and I went to St Etheldreda's too. Half my class were Irish and the other half were Polish lads whose dads came over after the war, and people said exactly the same about us. You're a disgrace to the school."""),
        ("Englishman_in_Ovenfold", "14 Mar 2025, 21:25", """Irish and Poles are Christian Europeans. Not the same and you know it. Mahmood wouldn't last five minutes in Pakistan if he was a Christian teacher."""),
        ("kilnlady", "14 Mar 2025, 21:30", """Reported.

To anyone from the school reading this: most of us don't think like this. Thank you for what you do."""),
        ("SixTownsAdmin", "14 Mar 2025, 22:02", """Thread locked and user banned. Racist abuse is not welcome here and has been reported. Leaving the thread visible for 24 hours so people can see why.""", "Administrator"),
    ], seed=402))

add("forum", [E("cmcgrath", "nickname", "doxxing", "Cath McGrath")], forum_page(
    "sixtowns", "Local news", "Uniform rip-off - time the head heard from us", [
        ("FedUpInJasperFields", "22 Aug 2024, 22:30", """She won't answer emails, she won't come out to the petition, she hides behind the trust. So let's make it easy for people who want to have a word face to face.

Cath McGrath, the head at the Catholic college on Marl Lane in Ovenfold, lives at 9 Pennyfields Road, Jasper Fields, ST0 4LX. White Range Rover Evoque, leaves about quarter past seven every morning, back around six. Her husband's the one with the Labrador you see on the rec.

I'm not saying do anything daft. I'm saying she can't hide forever."""),
        ("MarlpitMike", "22 Aug 2024, 22:41", """Mate take that down now. That's not a protest, that's putting someone's family at risk. Whatever you think of the uniform."""),
        ("FedUpInJasperFields", "22 Aug 2024, 22:45", """It's all public info. Anyone could find it."""),
        ("Grandad_Gordon", "22 Aug 2024, 22:58", """"Anyone could find it" is not a reason to help them find it. Reported."""),
        ("kilnlady", "22 Aug 2024, 23:10", """Signed the petition, agree the uniform's a rip-off, and this is still completely out of order. Reported too."""),
        ("SixTownsAdmin", "23 Aug 2024, 07:20", """Thanks for the reports. The opening post is being taken down and the poster has been banned. Posting anyone's home address is against our rules and may be a criminal offence.""", "Administrator"),
    ], seed=403))

add("forum", [], forum_page(
    "sixtowns", "Buy & sell", "Old HTC phone still worth anything?", [
        ("GadgetGran", "11 Nov 2024, 14:00", """Clearing out the kitchen drawer of doom and found an HTC One M8 in the box with the charger. Works fine, screen's perfect, just a bit slow. Is it worth selling or is it landfill? My grandson says nobody's heard of HTC any more."""),
        ("TechieTerry", "11 Nov 2024, 14:20", """Collectors buy them sometimes, the M8 was a lovely phone, metal body and the BoomSound speakers. Boxed and working you might get £30-40 on the auction sites. Make sure you factory reset it first."""),
        ("GadgetGran", "11 Nov 2024, 14:25", """Thirty quid! I'll have that. How do I reset it?"""),
        ("TechieTerry", "11 Nov 2024, 14:40", """Settings, Backup & reset, Factory data reset. Take the SIM and any memory card out first. If it asks for a Google account password after the reset, you need to remove the account in Settings before you reset, or the buyer won't be able to use it."""),
        ("MarlpitMike", "11 Nov 2024, 15:02", """HTC made the first Android phone in the world, tell your grandson that. Them and the old Nokia 3310 were indestructible."""),
        ("GadgetGran", "12 Nov 2024, 10:00", """Sold for £36 plus postage to a lad in Cardiff who collects them. Who knew. Going through the loft next."""),
    ], seed=404), ignore=["school"])

add("forum", [], forum_page(
    "sixtowns", "Help", "Recommend a plumber in Knype/Hanbridge?", [
        ("LeakyTapLinda", "5 Feb 2025, 08:10", """Boiler's making a noise like a jet engine and dripping from underneath. Anyone got a plumber they trust? Not one of these firms that charges £150 to look at it."""),
        ("HanbridgeHarry", "5 Feb 2025, 08:30", """Paul Hughes in Knype. One-man band, Gas Safe, been doing it 25 years. Did our combi last winter, turned up when he said, charged what he quoted. Can be hard to get hold of because he's always busy, which says it all."""),
        ("kilnlady", "5 Feb 2025, 08:45", """Second Paul Hughes. Fitted our new radiators. Lovely bloke, supports Vale but you can't have everything."""),
        ("LeakyTapLinda", "5 Feb 2025, 09:00", """Brilliant, thank you both. Is he on Facebook?"""),
        ("HanbridgeHarry", "5 Feb 2025, 09:10", """Search "P Hughes Plumbing & Heating Knype". White van with a dodgy tap logo on it."""),
        ("LeakyTapLinda", "6 Feb 2025, 18:30", """Update: he came out this afternoon, it was a pressure valve, £85 all in. Absolute legend. Warm house tonight."""),
    ], seed=405), ignore=["phughes"])

add("forum", [E("phughes", "title_surname", "sexual", "Mr Hughes"),
              E("school", "short_name", "neutral", "Trinity")], forum_page(
    "sixtowns", "Chat", "Parents' evening highlights (no names, no pack drill)", [
        ("WineOClockWendy", "7 Nov 2024, 21:30", """Just back from parents' evening. Highlights: maths teacher told me my son "has a lot of potential" which I know from experience means "does nothing". Science teacher called him by his brother's name. Standard."""),
        ("MumOfThreeBoys", "7 Nov 2024, 21:40", """Ha! We had "he's a very sociable boy". Translation: never shuts up."""),
        ("Slipbank_Sal", "7 Nov 2024, 21:52", """Only highlight of mine was Mr Hughes the PE teacher at Trinity. Those calves. Them shorts. In November. I'd run laps for that man any day of the week, he can blow his whistle at me whenever he likes 🥵 Husband was NOT impressed that I queued twenty minutes for a PE teacher when our lad doesn't even like PE."""),
        ("WineOClockWendy", "7 Nov 2024, 21:55", """SAL 😂😂 You're terrible."""),
        ("MumOfThreeBoys", "7 Nov 2024, 22:01", """Every mum in Ovenfold has that same opinion, you're just the only one brave enough to type it."""),
        ("Slipbank_Sal", "7 Nov 2024, 22:05", """Life's short duck. Window shopping never hurt anyone."""),
        ("Grandad_Gordon", "7 Nov 2024, 22:30", """I'm going to pretend I didn't read this thread."""),
        ("WineOClockWendy", "7 Nov 2024, 22:31", """Gordon you've been reading all our threads for six years, there's no escape now."""),
    ], seed=406))

add("forum", [E("tmahmood", "leetspeak", "hate", "M@hm00d"),
              E("school", "short_name", "hate", "Trinity")], forum_page(
    "sixtowns", "Politics", "Word filter is a joke", [
        ("Stokie_Patriot_88", "19 Mar 2025, 23:10", """Funny how this forum bans certain names. Let's try again. M@hm00d at Trinity. There. A Muslim telling Catholic kids how to behave in a Catholic school, in an English town. Give it ten years and Trinity'll have a minaret on the chapel and halal-only dinners, and anyone who says anything is a "racist". They breed, we pay. Wake up."""),
        ("MarlpitMike", "19 Mar 2025, 23:15", """The word filter is there because of people like you, that's the point of it."""),
        ("Stokie_Patriot_88", "19 Mar 2025, 23:18", """Cry more. Truth hurts."""),
        ("kilnlady", "19 Mar 2025, 23:25", """He's a teacher from Ovenfold who went to school round here. He's more Ovenfold than you'll ever be. Reported."""),
        ("SixTownsAdmin", "20 Mar 2025, 06:45", """Account removed. For everyone's information: using symbols to get round the filter to post racist content about a named member of staff is still racist content about a named member of staff. It has been reported to the police.""", "Administrator"),
    ], seed=407))

add("forum", [E("jhorvath", "surname_only", "hate", "Horvath")], forum_page(
    "sixtowns", "Local news", "Slipbank getting worse", [
        ("Old_Slipbank", "2 Dec 2024, 20:00", """Lived in Slipbank 40 years. Never locked the back gate till recently. Rubbish in the gennels, mattresses in front gardens, music till 2am. Nobody wants to say it but it's since the Slovaks came."""),
        ("MarlpitMike", "2 Dec 2024, 20:12", """Or since the council stopped the bulky waste collections and cut the street cleaning by half? Just a thought."""),
        ("Old_Slipbank", "2 Dec 2024, 20:20", """Mike you'd blame the council if it rained."""),
        ("Gennel_Gary", "2 Dec 2024, 20:41", """It's that Horvath from the Catholic school up Marl Lane that's behind half of it. Goes round Slipbank in his little lanyard getting his fellow gypos signed up for everything, housing, benefits, free school dinners, the lot. Whole clan of them bred for dole. Nobody pays the council tax on the street except us. Send the lot of them back to the shanty towns and him with them."""),
        ("kilnlady", "2 Dec 2024, 20:50", """That is vile. He's a liaison worker who helps families read letters. My neighbours are Slovak Roma and they're the best neighbours I've ever had. Reported."""),
        ("Old_Slipbank", "2 Dec 2024, 21:00", """Now hang on, I never said anything like that, Gary. My complaint is about rubbish."""),
        ("SixTownsAdmin", "2 Dec 2024, 21:30", """Post by Gennel_Gary removed and user banned. Slipbank residents with issues about waste should contact the council's environmental team; there's a ward meeting on 9 December.""", "Administrator"),
    ], seed=408))

add("forum", [], forum_page(
    "sixtowns", "Local news", "Trinity Close, Knype - bin lorry can't get down", [
        ("TrinityCloseResident", "14 Jan 2025, 09:00", """Third week running the bin lorry hasn't been able to get down Trinity Close because of cars parked on both sides at the bend. Bins are overflowing. Anyone know who to complain to that will actually do something?"""),
        ("Grandad_Gordon", "14 Jan 2025, 09:20", """Council's waste team, and copy in your ward councillor. Photos with dates help. They can put double yellows on the bend if there's a safety issue."""),
        ("TrinityCloseResident", "14 Jan 2025, 09:31", """Thanks Gordon. The problem is it's residents' visitors mostly, not commuters, so people won't like double yellows."""),
        ("MarlpitMike", "14 Jan 2025, 09:45", """Same on our road. Had a bin strike in all but name for a month till the council sent a smaller lorry. Ask them if they've got one."""),
        ("TrinityCloseResident", "21 Jan 2025, 18:00", """Update: council are trialling the small lorry on Trinity Close and Holly Bank from next week. Bins emptied today. Thanks all."""),
    ], seed=409), ignore=["school"])

add("forum", [E("vchan", "title_surname", "hate", "Mr Chan"),
              E("school", "alias", "hate", "HTC")], forum_page(
    "sixtowns", "Politics", "Hong Kong 'refugees' and our schools", [
        ("RedWhiteAndBlueGary", "9 Jan 2025, 20:00", """So Ovenfold now has hundreds of Hong Kongers, all on the BN(O) visa, all magically with money for houses. And who's head of computing at HTC? A Mr Chan who just rocked up from Hong Kong. Teaching our kids computers. The CCP doesn't need spies, they just get the British government to fly them in. Every one of them reports back to Beijing, it's how their system works. The school is a security risk and nobody cares."""),
        ("HK_in_Stoke", "9 Jan 2025, 20:20", """We left Hong Kong because of the CCP. Many of us were on the streets in 2019. Calling us spies for the regime we ran from is both racist and stupid."""),
        ("RedWhiteAndBlueGary", "9 Jan 2025, 20:25", """That's exactly what a spy would say."""),
        ("MarlpitMike", "9 Jan 2025, 20:31", """Gary you've posted about Muslims, Roma and now Chinese people this month. Is there anybody in Ovenfold you're not scared of?"""),
        ("Grandad_Gordon", "9 Jan 2025, 20:40", """My grandson is taught by him and says he's the best teacher in the school. Leave the man alone."""),
        ("SixTownsAdmin", "9 Jan 2025, 21:05", """Opening post removed for racist content targeting a named individual. Repeat offence, account suspended.""", "Administrator"),
    ], seed=410))

add("forum", [E("cmcgrath", "alias", "defamation", "Kate McGrath"),
              E("school", "short_name", "negative", "Trinity")], forum_page(
    "sixtowns", "Local news", "Heads' pay - does anyone actually check?", [
        ("NumbersNorm", "30 Jan 2025, 19:00", """Academy trust accounts are public if you know where to look. Trinity's head is on £112k-£117k according to the last set. For a school that's requires improvement. Nice work if you can get it."""),
        ("kilnlady", "30 Jan 2025, 19:15", """That's actually about normal for a secondary of that size, Norm. Knype's principal is on more."""),
        ("TruthTeller_ST", "30 Jan 2025, 19:40", """Kate McGrath should count herself lucky she still has a job. She was done for drink driving on the A500 two Christmases ago, more than twice the limit, and the trust hushed it up and let her carry on. If a teacher did that they'd be sacked on the spot. One rule for them."""),
        ("NumbersNorm", "30 Jan 2025, 19:45", """Is that true? First I've heard of it."""),
        ("TruthTeller_ST", "30 Jan 2025, 19:50", """Ask anyone in Jasper Fields. It's common knowledge."""),
        ("MarlpitMike", "30 Jan 2025, 20:05", """"Common knowledge" on Six Towns Talk is how rumours start. If she'd been convicted it'd have been in the Courier court pages. Have you got a link? No? Thought not."""),
        ("NumbersNorm", "30 Jan 2025, 20:20", """Anyway, back to my point: the trust's accounts also show the CEO got a 9% rise while support staff got 4. That's what I'd be asking questions about."""),
    ], seed=411))

add("forum", [E("sodonoghue", "surname_only", "abuse", "O’Donoghue"),
              E("school", "short_name", "negative", "Trinity")], forum_page(
    "sixtowns", "Schools", "English GCSE set texts - why so miserable?", [
        ("BookwormBev", "12 Oct 2024, 11:00", """My daughter's doing An Inspector Calls and Macbeth for GCSE and she says every book they read is depressing. Is that normal? When I was at school we did Kes and that was depressing too come to think of it."""),
        ("ExTeacherTom", "12 Oct 2024, 11:25", """It's the exam board's list, schools choose from it. Tragedy is easier to write essays about than comedy. Blame the exam boards."""),
        ("StrictlyStacey", "12 Oct 2024, 12:00", """At Trinity it's not the books, it's the head of department. O’Donoghue's a snotty, stuck-up cow who talks down to parents like we're thick. Went to see her about my son's predicted grade and she basically told me he'd get a 4 if he was lucky and it was my fault for not reading to him. Who does she think she is? Up herself."""),
        ("BookwormBev", "12 Oct 2024, 12:10", """Ouch. Sorry you had that experience."""),
        ("ExTeacherTom", "12 Oct 2024, 12:30", """Predicted grades conversations are horrible on both sides. Nobody goes into teaching wanting to tell a parent that. Not defending how it was said, just saying."""),
        ("StrictlyStacey", "12 Oct 2024, 12:40", """He got a 6 in his mocks by the way. So much for "if he's lucky"."""),
        ("BookwormBev", "12 Oct 2024, 12:45", """Well done to him!"""),
    ], seed=412))

add("forum", [E("jhorvath", "alias", "threat", "Joe Horvath"),
              E("school", "short_name", "hate", "Trinity")], forum_page(
    "sixtowns", "Local news", "Shenton case - stitched up", [
        ("JusticeForKez", "10 Oct 2024, 21:00", """Kerry-Ann got fined for "racism" for standing up for herself at the school gates. Meanwhile Trinity's turned into a holding pen for Roma kids who get everything handed to them. Joe Horvath, the so-called liaison, grassed her up and got her a criminal record for saying what everyone thinks."""),
        ("MarlpitMike", "10 Oct 2024, 21:08", """She was caught on video shouting slurs at him in front of eleven-year-olds. Nobody stitched her up."""),
        ("JusticeForKez", "10 Oct 2024, 21:20", """Joe Horvath wants to remember he lives round here too. We know which house is his on the estate and we know what time he gets in. He won't be so brave without a school gate and a camera phone between him and us. Things happen to grasses."""),
        ("kilnlady", "10 Oct 2024, 21:25", """That's a threat. Screenshotted and reported to the police."""),
        ("SixTownsAdmin", "10 Oct 2024, 21:40", """Posts removed and account banned. We have passed the details to Staffordshire Police.""", "Administrator"),
    ], seed=413))

add("forum", [E("gtunnicliffebooth", "hyphenated", "defamation", "Tunnicliffe–Booth"),
              E("school", "alias", "neutral", "Holy Trinity")], forum_page(
    "sixtowns", "Local news", "Deputy head cleared - really?", [
        ("Sceptical_Sue", "19 Jun 2025, 08:00", """So the deputy at Holy Trinity has been "cleared" by the exam board appeal. Cleared of one finding on a technicality, more like."""),
        ("MarlpitMike", "19 Jun 2025, 08:15", """Cleared is cleared, Sue."""),
        ("Sceptical_Sue", "19 Jun 2025, 08:30", """Is it? My friend was on the PTA when Gareth Tunnicliffe–Booth was treasurer and £3,000 from the summer fair went missing. Never reported to the police. He "paid it back" quietly and it was all swept under the carpet. Leopards and spots. He's been fiddling one thing or another for years."""),
        ("kilnlady", "19 Jun 2025, 08:40", """That's a serious thing to say on a public forum Sue. Is there any evidence?"""),
        ("Sceptical_Sue", "19 Jun 2025, 08:45", """Ask the PTA."""),
        ("Grandad_Gordon", "19 Jun 2025, 09:00", """Every time someone on here says "ask the PTA" or "it's common knowledge" it turns out to be nonsense. The man's been through four months of hell. Let him get on with his job."""),
        ("Sceptical_Sue", "19 Jun 2025, 09:10", """We'll see."""),
    ], seed=414))

# ---------------------------------------------------------------- FORUM: Potteries Parents
add("forum", [E("lbentley", "title_surname", "negative", "Mrs Bentley"),
              E("school", "alias", "defamation", "Holy Trinity")], forum_page(
    "parents", "SEND", "EHCP annual review 5 months late - what are my rights?", [
        ("AutismMumStoke", "20 Jan 2025, 20:30", """My son is in Year 8 at Holy Trinity. His EHCP annual review was due in August. It's now January. I've emailed Mrs Bentley, the SENCo, four times and had one reply saying "it's on my list". Meanwhile his plan still says he's in Year 6 and none of the secondary support has been written in. What can I actually do?"""),
        ("SENDLawyerMum", "20 Jan 2025, 20:45", """The review must happen within 12 months of the last one. The school must send a report to the LA within two weeks of the meeting, and the LA must decide within four weeks of the meeting. If it's overdue, write to the LA (not just the school) and say you'll consider judicial review if it isn't held within X days. Use the words "statutory duty". It works."""),
        ("AutismMumStoke", "20 Jan 2025, 20:52", """Thank you, I didn't know I could go to the LA directly."""),
        ("Potteries_SENCo", "20 Jan 2025, 21:10", """SENCo at another local school here. Not defending anyone, but to give context: many of us have 150+ students on the SEN register and no admin support. I'm not saying that makes it OK. It isn't. But chasing the LA as well as the school is definitely the right move."""),
        ("OvenfoldMum2", "20 Jan 2025, 21:30", """Same school, same problem. Mrs Bentley is lovely in person but the department is a black hole. We waited seven months. It's the school's fault for not giving her any help, honestly. Three TAs left last term and they haven't replaced one."""),
        ("AutismMumStoke", "20 Jan 2025, 21:40", """Knowing it's not just us helps a bit. Writing to the LA tomorrow."""),
        ("NotSurprised_ST0", "20 Jan 2025, 22:05", """Holy Trinity backdates the review paperwork so it looks to the LA like the meetings happened on time. My friend worked in the office there and was told to change the dates on the forms herself. That's falsifying statutory documents and the school has been doing it for years."""),
        ("AutismMumStoke", "3 Feb 2025, 19:00", """Update: wrote to the LA using the "statutory duty" wording. Review booked for next week. Thank you SENDLawyerMum."""),
    ], seed=501))

add("forum", [E("jbeardmore", "title_surname", "neutral", "Miss Beardmore"),
              E("tmahmood", "title_surname", "negative", "Mr Mahmood"),
              E("school", "short_name", "negative", "Trinity")], forum_page(
    "parents", "Schools & education", "Behaviour points system - anyone else's kid getting hammered?", [
        ("MarlpitMum", "28 Nov 2024, 19:10", """Trinity brought in a new behaviour points system in September. My daughter, who's never been in trouble in her life, has had four detentions this term. One for not having a green pen. One for her coat being on in the corridor (it was freezing). It's ridiculous. She's started saying she feels sick in the mornings."""),
        ("Year9Dad", "28 Nov 2024, 19:30", """Same here. It's Mr Mahmood's system, he's the assistant head for behaviour. I went in to talk to him about it and it was like talking to a wall. "Consistency is kindness." Not to my kid it isn't. No flexibility whatsoever, he genuinely does not care how it lands on the good kids as long as the numbers look tidy."""),
        ("MarlpitMum", "28 Nov 2024, 19:36", """That's the phrase they keep using! Consistency is kindness. Makes me want to scream."""),
        ("OvenfoldMum2", "28 Nov 2024, 19:50", """The one person who's been great is Miss Beardmore, head of Year 9. She rang me after my son's third detention, said she'd looked at them and two were "daft", and she'd sorted it. Talked to him like a human being. He'd walk through fire for her now. Why can't they all be like that?"""),
        ("Year9Dad", "28 Nov 2024, 20:00", """Yes, Miss Beardmore's brilliant. It's the system, not the heads of year."""),
        ("TeacherAndMum", "28 Nov 2024, 20:30", """Teacher here (not at that school). These systems often start too strict and get adjusted once they see the data. If lots of parents are raising it, put it in writing to the governors. That's what changes things."""),
        ("MarlpitMum", "28 Nov 2024, 20:41", """Will do. Thanks all."""),
    ], seed=502))

add("forum", [], forum_page(
    "parents", "Chat", "Grade 3 piano exam nerves - tips?", [
        ("PianoMumPat", "4 Mar 2025, 20:00", """My 9-year-old has her Trinity Grade 3 piano exam in Hanbridge next week (so glad it's not Birmingham this time). She knows the pieces inside out but she goes to pieces when anyone's listening. Any tips for nerves?"""),
        ("StringsAndThings", "4 Mar 2025, 20:15", """Get her to do a "concert" for the family every night this week, with everybody clapping at the start and end like a real performance. Then do one for a neighbour or grandparent. By exam day, playing for a stranger won't feel new."""),
        ("PianoMumPat", "4 Mar 2025, 20:20", """Love that. Grandma will be thrilled."""),
        ("ExaminerEx", "4 Mar 2025, 20:50", """Former examiner here (different board). Examiners genuinely want children to do well. We're not looking for mistakes, we're listening for music. If she fluffs a note, carry on. Stopping and restarting costs more marks than the wrong note."""),
        ("PianoMumPat", "4 Mar 2025, 20:58", """This is so reassuring, I'll tell her exactly that."""),
        ("StringsAndThings", "4 Mar 2025, 21:10", """And a banana before. Old musician's trick. Works for nerves, honest."""),
        ("PianoMumPat", "12 Mar 2025, 18:00", """Update: she got a Merit! Played the banana trick and the family concerts. Thank you all so much ❤️🎹"""),
    ], seed=503), ignore=["school"])

add("forum", [E("vchan", "title_surname", "neutral", "Chan Sir"),
              E("school", "alias", "neutral", "HTC")], forum_page(
    "parents", "Schools & education", "New to Stoke from Hong Kong - secondary school advice please", [
        ("HKMumInStoke", "15 Aug 2024, 10:00", """Hello everyone, we moved to Marlpit Heath from Hong Kong in June. My son is 13 and will start Year 9 in September. We were offered HTC (Holy Trinity) and Knype Academy. We are not Catholic. Is this a problem? Which is better for a boy whose English is good for reading but shy for speaking?"""),
        ("MarlpitMum", "15 Aug 2024, 10:20", """Welcome to Stoke! You don't need to be Catholic for HTC, lots of families aren't. There are quite a few Hong Kong families there now so he won't be the only one."""),
        ("HK_Dad_Ovenfold", "15 Aug 2024, 10:45", """My daughter is in Year 10 at HTC. The head of computing is from Hong Kong, Chan Sir, the kids call him Mr Chan there but we all know him from the church community. He helps new Hong Kong kids a lot, he checks they are OK in the first weeks and he explains the British system to the parents in Cantonese. My daughter was also shy but after one term she has British friends."""),
        ("HKMumInStoke", "15 Aug 2024, 10:52", """This is very helpful, thank you. Is the discipline strict? In HK the schools are very strict."""),
        ("Year9Dad", "15 Aug 2024, 11:10", """It's strict by British standards, relaxed by Hong Kong standards I'd guess 😂 There's a points system. Good kids can get caught out by small things like equipment. Make sure he has everything on the equipment list."""),
        ("HKMumInStoke", "15 Aug 2024, 11:15", """Green pen, I read about this already 😅"""),
        ("HK_Dad_Ovenfold", "15 Aug 2024, 11:30", """Also join the Stoke HK Families Facebook group, lots of advice about uniform, buses and where to buy proper rice."""),
    ], seed=504))

add("forum", [E("jbeardmore", "first_initial", "doxxing", "Jo B."),
              E("school", "short_name", "negative", "Trinity")], forum_page(
    "parents", "Teens", "Head of year won't call me back", [
        ("FuriousInSlipbank", "13 Mar 2025, 22:10", """My son's been isolated three times this fortnight at Trinity and his head of year keeps "being unavailable". Well, I've got her personal number off another mum. It's 07700 900314, Jo B., head of Year 9. If she won't ring parents back on the school phone maybe she'll answer this one. Feel free to give her a bell, she obviously has plenty of free time."""),
        ("TeacherAndMum", "13 Mar 2025, 22:20", """Please delete that. Posting a teacher's personal mobile isn't OK however angry you are. It could get you in real trouble."""),
        ("FuriousInSlipbank", "13 Mar 2025, 22:25", """It's a phone number. Not a crime."""),
        ("SENDLawyerMum", "13 Mar 2025, 22:40", """Sharing someone's personal contact details to encourage others to contact them can amount to harassment. Delete it and email the school's complaints address instead. That creates a paper trail, which is what you actually want."""),
        ("PP_Moderator", "13 Mar 2025, 23:00", """Reported post reviewed. Personal information is being removed. FuriousInSlipbank, this is a formal warning.""", "Moderator"),
        ("FuriousInSlipbank", "14 Mar 2025, 08:00", """Fine. Emailed the complaints address. We'll see."""),
    ], seed=505))

add("forum", [E("sodonoghue", "title_surname", "neutral", "Ms O'Donoghue"),
              E("school", "short_name", "neutral", "Trinity")], forum_page(
    "parents", "Schools & education", "Shout out to a teacher who made a difference", [
        ("ProudMumOf2", "22 Aug 2025, 14:00", """Just want to give a shout out to Ms O'Donoghue, head of English at Trinity. My daughter has dyslexia and was told at primary she'd "never be a reader". Today she got a 7 in English Literature. She's been reading under the covers with a torch all summer. Ms O'Donoghue gave her audiobooks, coloured overlays, extra time to talk through ideas instead of writing them, and never once made her feel stupid. I've sent a card but I wanted to say it publicly too."""),
        ("MarlpitMum", "22 Aug 2025, 14:20", """This is lovely. Congratulations to your daughter!"""),
        ("OvenfoldMum2", "22 Aug 2025, 14:35", """She taught my eldest too. Tough as old boots but the kids adore her."""),
        ("ProudMumOf2", "22 Aug 2025, 14:41", """Tough as old boots is exactly right 😂 but she cares."""),
        ("Year9Dad", "22 Aug 2025, 15:00", """Needed a nice thread today. Well done to your girl."""),
    ], seed=506))

add("forum", [E("cmcgrath", "spacing", "abuse", "M c G r a t h"),
              E("school", "short_name", "negative", "Trinity")], forum_page(
    "parents", "Schools & education", "Trinity head's latest letter (rant)", [
        ("NoFilterNicola", "6 Jan 2025, 19:00", """Because this forum doesn't let you name staff I'll spell it out: Mrs M c G r a t h. Stupid, arrogant, two-faced woman. Latest letter home says mobile phones will be confiscated for a WEEK if seen. A week! My daughter gets the bus on her own across two towns. How am I supposed to know she's safe? That woman hasn't got the brains she was born with."""),
        ("TeacherAndMum", "6 Jan 2025, 19:15", """There's usually an exemption process for safety reasons. Ask the school about it. And the name-calling won't help your case, honestly."""),
        ("NoFilterNicola", "6 Jan 2025, 19:20", """Not trying to help my case, trying to vent."""),
        ("MarlpitMum", "6 Jan 2025, 19:30", """The phone thing is a pain but loads of schools are doing it now. My son's mates at Knype Academy have to lock theirs in pouches."""),
        ("Year9Dad", "6 Jan 2025, 19:45", """We put an old brick phone in his bag for the bus. £10 from the market, calls and texts only. Problem solved."""),
        ("NoFilterNicola", "6 Jan 2025, 19:50", """Brick phone is genius. Still think she's a cow."""),
    ], seed=507))

add("forum", [E("jbeardmore", "title_surname", "threat", "Miss Beardmore"),
              E("school", "short_name", "negative", "Trinity")], forum_page(
    "parents", "Teens", "Isolation room again", [
        ("WarningShot", "20 Mar 2025, 21:00", """Third time in isolation this month for my daughter at Trinity. Miss Beardmore has it in for her. Picks on her for everything, skirt length, earrings, attitude. Meanwhile the lads who actually cause trouble get nothing.

Shame if Miss Beardmore's little blue Fiesta got its paintwork done again like it did at Christmas. Be a real shame that. Car park's got no cameras on the far side."""),
        ("TeacherAndMum", "20 Mar 2025, 21:10", """That reads as a threat. Please don't."""),
        ("WarningShot", "20 Mar 2025, 21:14", """I'm just saying it'd be a shame. Can't threaten someone by saying something would be a shame."""),
        ("SENDLawyerMum", "20 Mar 2025, 21:25", """You absolutely can. Courts look at what a reasonable person would understand. "It'd be a shame if your car got damaged, there are no cameras" is a threat. Reported."""),
        ("PP_Moderator", "20 Mar 2025, 21:40", """Post reported to the school and removed. Account suspended pending review.""", "Moderator"),
    ], seed=508))

add("forum", [E("tmahmood", "obfuscated", "abuse", "Mr Mahm**d"),
              E("school", "short_name", "negative", "Trinity")], forum_page(
    "parents", "Teens", "Parents' meeting with assistant head - how did yours go?", [
        ("OvenfoldDad", "3 Feb 2025, 20:00", """Had the "reintegration meeting" after my son's suspension at Trinity today with the behaviour lead (Mr Mahm**d, since we can't name them on here). What a pompous, smug little man. Sat there with his clipboard and his "restorative conversation" script like a talking HR manual. Useless prat couldn't find his own backside with both hands and a map."""),
        ("TeacherAndMum", "3 Feb 2025, 20:10", """Sorry it went badly. What was the suspension for, if you don't mind me asking?"""),
        ("OvenfoldDad", "3 Feb 2025, 20:15", """Fighting. To be fair the other lad started it. To be fair mine finished it."""),
        ("MarlpitMum", "3 Feb 2025, 20:25", """😂 that's honest at least"""),
        ("TeacherAndMum", "3 Feb 2025, 20:40", """Reintegration meetings are awkward for everyone. Honestly the script is there to make sure every family gets the same process. But I know it doesn't feel human when you're on the other side of the table."""),
        ("OvenfoldDad", "3 Feb 2025, 20:50", """Yeah, I know. Still a prat though."""),
    ], seed=509))

add("forum", [E("cmcgrath", "typo", "negative", "Mrs McGarth"),
              E("school", "short_name", "negative", "Trinity")], forum_page(
    "parents", "Schools & education", "Complaints procedure - stage 2 - anyone been through it?", [
        ("PaperTrailPenny", "10 Apr 2025, 18:30", """I put in a stage 1 complaint to Trinity in January about my son being bullied on the school bus. Got a reply from his head of year saying they'd "spoken to the boys". Bullying carried on. Stage 2 goes to the head, Mrs McGarth. I sent it six weeks ago. Nothing. Not even an acknowledgement. The policy says 15 school days."""),
        ("SENDLawyerMum", "10 Apr 2025, 18:45", """Write again, quote the timescale from their own policy, and say that if you don't hear within 5 school days you will escalate to stage 3 (governors) on the basis that stage 2 has not been completed. Keep copies."""),
        ("PaperTrailPenny", "10 Apr 2025, 18:50", """Thank you. It's so frustrating. She's the head, surely she can answer one email in six weeks. It's like she doesn't care."""),
        ("MarlpitMum", "10 Apr 2025, 19:00", """Bus bullying is the worst because the school says it's the bus company and the bus company says it's the school. Push both."""),
        ("PaperTrailPenny", "24 Apr 2025, 20:00", """Update: got a reply from the head the day after my chaser. Apologised for the delay, offered a meeting and the boys have been moved to a different bus. Why did it take a chaser?!"""),
    ], seed=510))

add("forum", [], forum_page(
    "parents", "Babies & toddlers", "Toddler groups in Hanbridge?", [
        ("NewMumNat", "16 Sep 2024, 10:00", """Just moved to Hanbridge with an 18-month-old who is climbing the walls. Any good toddler groups? Cheap or free ideally."""),
        ("GrandmaGlenys", "16 Sep 2024, 10:20", """Holy Trinity Church on Avenue Road does Little Lambs on Tuesday and Thursday mornings, £1.50 with toast and a cuppa. Lovely volunteers, big hall, loads of ride-on toys."""),
        ("NewMumNat", "16 Sep 2024, 10:25", """Perfect, we're just round the corner. Do I need to be religious? 😅"""),
        ("GrandmaGlenys", "16 Sep 2024, 10:40", """Not at all duck. There's a little song at the end, that's about it. Half the mums are Muslim and nobody minds."""),
        ("BumpToBaby", "16 Sep 2024, 11:00", """Also Rhyme Time at Hanbridge Library on Fridays, free. And the Sure Start on Lichfield Street does messy play."""),
        ("NewMumNat", "19 Sep 2024, 12:30", """Went to Little Lambs today. She cried when we left. Best £1.50 I've ever spent."""),
    ], seed=511), ignore=["school"])

add("forum", [E("school", "alias", "neutral", "Holy Trinity"),
              E("sodonoghue", "title_surname", "neutral", "Ms O'Donoghue"),
              E("vchan", "title_surname", "neutral", "Mr Chan"),
              E("phughes", "title_surname", "neutral", "Mr Hughes"),
              E("lbentley", "title_surname", "negative", "Mrs Bentley")], forum_page(
    "parents", "Schools & education", "Holy Trinity vs Knype Academy for Year 7 - help me decide!", [
        ("DecisionParalysis", "20 Oct 2024, 20:00", """Application deadline is looming. We're in Marlpit Heath, catchment for both. Son is bright, sporty, a bit anxious, has mild dyspraxia. Looked round both. Holy Trinity felt bigger and busier but the sixth form is better. Knype felt calmer but smaller range of subjects. Help!"""),
        ("OvenfoldMum2", "20 Oct 2024, 20:20", """Three kids through Holy Trinity. Pros: English department is outstanding (Ms O'Donoghue runs it like a ship, in a good way). Computing is excellent, Mr Chan is a genuinely great teacher and runs clubs at lunch. PE is brilliant if your son's sporty, Mr Hughes gets everybody involved, not just the stars.

Cons: SEN support is patchy. My middle one has dyslexia and we had to chase and chase. Mrs Bentley means well but we'd get promises in meetings and then nothing happened. I'd ask very specific questions about dyspraxia support before you choose."""),
        ("DecisionParalysis", "20 Oct 2024, 20:31", """That's really helpful, thank you. What sort of questions?"""),
        ("SENDLawyerMum", "20 Oct 2024, 20:45", """Ask: Who will know about his dyspraxia on day one? Will he be allowed to type in lessons? Who is his named contact? How often will you hear from them? Get it in writing."""),
        ("KnypeDad", "20 Oct 2024, 21:00", """Knype parent here. Calmer is right, behaviour's much better than it was. Smaller sixth form though, and they don't do computer science A-level. Lovely pastoral team."""),
        ("DecisionParalysis", "20 Oct 2024, 21:10", """Ugh. Both good, both not perfect. Think we'll put Holy Trinity first and ask the SEN questions at the transition meeting."""),
        ("OvenfoldMum2", "20 Oct 2024, 21:15", """Good choice. And join the PTA, it's the quickest way to find out what's really going on 😂"""),
    ], seed=512))

add("forum", [E("lbentley", "obfuscated", "abuse", "Mrs B*ntley"),
              E("school", "short_name", "negative", "Trinity")], forum_page(
    "parents", "SEND", "Trinity SENCo - not naming, you know who", [
        ("SpectrumDad", "4 Mar 2025, 21:30", """Can't name staff here so: Mrs B*ntley. Worst meeting of my life today. My son has ADHD and autism and she sat there scrolling her phone while I was talking about him self-harming. Useless, lazy, incompetent woman. Should be nowhere near vulnerable kids. Absolute waste of oxygen."""),
        ("AutismMumStoke", "4 Mar 2025, 21:40", """I'm so sorry about your son. Is he getting support from CAMHS? The self-harm is the priority, please ring the GP tomorrow if not."""),
        ("SpectrumDad", "4 Mar 2025, 21:45", """GP appointment on Thursday. Thanks."""),
        ("Potteries_SENCo", "4 Mar 2025, 22:00", """Please put your concerns in writing to the school's DSL as well as the SENCo, since self-harm is a safeguarding matter. That makes sure it's logged and escalated."""),
        ("SpectrumDad", "4 Mar 2025, 22:05", """Didn't know that. Will do."""),
        ("PP_Moderator", "5 Mar 2025, 07:30", """Gentle reminder that personal insults about staff aren't allowed even with the name starred out. Thinking of you and your son though, SpectrumDad.""", "Moderator"),
    ], seed=513))

add("forum", [E("jbeardmore", "possessive", "negative", "Beardmore's"),
              E("school", "short_name", "negative", "Trinity")], forum_page(
    "parents", "Teens", "Lunchtime detentions for the whole year group?", [
        ("Year9Mum_Slipbank", "25 Apr 2025, 19:00", """Whole of Year 9 at Trinity has been put in lunchtime detentions all week because somebody set the fire alarm off. My son wasn't even in the building, he was on a trip to the Ovenfold Tile & Pottery Museum. Collective punishment is banned in the Geneva Convention, apparently, but not in Beardmore's year group."""),
        ("TeacherAndMum", "25 Apr 2025, 19:15", """Whole-year sanctions are really unfair on the kids who did nothing. Write in. Ask specifically why your son is in detention when he was off-site."""),
        ("Year9Mum_Slipbank", "25 Apr 2025, 19:20", """Did. Got a reply saying "the year group needs to reflect on its collective responsibility". He was at a museum!!"""),
        ("MarlpitMum", "25 Apr 2025, 19:35", """My daughter's in Year 9 as well. They're furious. Half of them are now saying they'll set it off again next week "since we're being punished anyway". Bit of a backfire."""),
        ("Year9Mum_Slipbank", "25 Apr 2025, 19:40", """Exactly. Teaches them nothing except that being good doesn't matter."""),
        ("OvenfoldDad", "25 Apr 2025, 20:00", """Sounds like a stupid decision but it'll be forgotten by half-term. Pick your battles."""),
    ], seed=514))

add("forum", [E("phughes", "initial_surname", "sexual", "P Hughes", url=True),
              E("school", "short_name", "sexual", "Trinity", url=True)], forum_page(
    "parents", "Teens", "Worried about something my daughter said about a PE teacher", [
        ("WorriedMum_ST0", "29 Jan 2025, 22:00", """I don't know if I'm overreacting. My daughter (Year 10, Trinity) came home and said P Hughes, the head of PE, makes the girls uncomfortable. She says he comes into the girls' changing room without knocking, stands too close when he's "correcting their technique", and has been adding some of the girls on Instagram and liking their old bikini photos from holiday. She says a couple of the girls have told him to stop and he laughed it off. Am I overreacting?"""),
        ("TeacherAndMum", "29 Jan 2025, 22:10", """You are not overreacting. Please ring the school's designated safeguarding lead tomorrow morning and tell them exactly what your daughter told you. Don't confront the teacher. If you don't feel the school is taking it seriously, you can contact the local authority designated officer (LADO) directly."""),
        ("WorriedMum_ST0", "29 Jan 2025, 22:15", """Thank you. I felt silly even typing it."""),
        ("SENDLawyerMum", "29 Jan 2025, 22:30", """Not silly. That's exactly the kind of thing that should be reported. Write down what she said now, while it's fresh, with dates if she remembers them. And maybe edit out the name, just so the right people can investigate properly."""),
        ("PP_Moderator", "29 Jan 2025, 23:00", """We've hidden this thread from search engines. WorriedMum_ST0, please follow the advice above and contact the DSL. Thank you for speaking up.""", "Moderator"),
    ], seed=515))

# ---------------------------------------------------------------- BLOGS
SAGGAR = dict(name="Saggar & Slip", domain="saggarandslip.example", tagline="A Potteries heritage blog: bottle ovens, potbanks and the people who worked them",
              sidebar=["The placers' lament: carrying 50lb saggars up a ladder", "Where to see a bottle oven in 2025", "Oatcakes: a history in five griddles", "My grandmother's paintress brushes", "Canal wharves of the six towns"],
              nav=("Home", "Potbanks A-Z", "Bottle ovens", "Oral histories", "About", "Contact"))

add("blog", [], blog_page(**SAGGAR, title="Trinity Works, Ovenfold: the saggar makers' last stand", author="Derek (Saggar & Slip)", date="3 November 2024", body="""
With the news that the last bottle oven at Trinity Works is to be saved as part of a housing scheme, I thought it was time I wrote up the notes I've been collecting on this potbank for nearly twenty years.

## The works

Trinity Works was built in 1851 by the brothers Josiah and Samuel Mellor on a wedge of land between Wharf Street and the canal. The name came from the little Holy Trinity mission chapel that stood across the water until it was bombed, by accident, by a lost German plane in 1941. (Everyone in Ovenfold over seventy will tell you a different version of that story.)

At its peak in the 1920s the works employed around 400 people and had eight bottle ovens. It made earthenware tableware for the home market and, from the 1950s, heavy hotel ware for railway companies, hospitals and the armed forces. If you drank a cup of tea on a British Rail train in the 1960s, there's a decent chance the cup came out of Ovenfold.

## The saggar makers

What makes Trinity Works special to me is that it kept a saggar-making shop going right up to the 1970s, long after most potbanks had switched to electric kilns and bought in their kiln furniture.

A saggar is the fireclay box that ware was packed into to protect it in the oven. The saggar maker and his "frame-filler" and "bottom-knocker" (usually a boy) made them by hand from a rough marl clay mixed with grog, beating it flat with a mallet called a "mawl". A good saggar maker could make forty or fifty a day. The men who did it were proud, tough and, by every account, permanently thirsty.

I interviewed one of the last Trinity Works saggar makers in 2009. He told me: "You'd be wet through by ten o'clock with the sweat, and we'd send the lad out to the Saggar Makers Arms with a jug. The gaffer knew. Everybody knew. You couldn't do that job dry."

## The end

The ovens were last fired in 1964, after the Clean Air Act. The works limped on with electric kilns until 1998, when it closed with the loss of the last 60 jobs. Most of the buildings went in 2003.

The surviving oven is Grade II listed. If the developer keeps its word, it will stand in the middle of a courtyard of flats, restored and lit at night. I'll believe it when I see it, but I'll be there with my camera either way.
""", comments=[("Margaret W", "4 November 2024", "My dad was a placer at Trinity Works. He used to come home grey with dust and my mother wouldn't let him in the front door. Thank you for writing this."),
               ("Derek (Saggar & Slip)", "4 November 2024", "Thank you Margaret. If you have any photographs of him at work I'd love to see them and I'd credit him properly.")]), ignore=["school"])

add("blog", [E("afallowfield", "exact", "neutral", "Ambrose Fallowfield"),
             E("school", "alias", "neutral", "Holy Trinity")], blog_page(**SAGGAR, title="Kids, clay and a bottle oven: a heritage day to remember", author="Derek (Saggar & Slip)", date="18 June 2024", body="""
I don't often write about school visits, but last Friday was too good not to share.

Thirty Year 8 pupils from Holy Trinity in Ovenfold came down to the Ovenfold Tile & Pottery Museum for a day on the history of the bottle oven, as part of a project their art and history departments are running on "the town our families built". I'd been asked to give a talk on the Ovenfold potbanks, and I'll admit I was nervous. Thirty thirteen-year-olds and a man in his seventies with a slide projector is not an obvious recipe.

I needn't have worried. The project had been dreamt up by Ambrose Fallowfield, who many of you will know from the Potteries Heritage Society and from his years as a ceramics technician at one of the last Knype potbanks. Ambrose now volunteers with the school's chaplaincy and knows how to talk to young people about the past without boring them rigid.

He had the children handling real saggars, trying (and failing, mostly) to lift a full one, and then sitting inside the oven itself while he read out extracts from oral histories. A boy whose family came from Mirpur asked whether the people who worked in the ovens were paid well. A girl from a Slovak Roma family said the kiln reminded her of her grandmother's bread oven. A Hong Kong lad asked why nobody had thought of electric kilns sooner. Better questions than I get from most adults.

In the afternoon, they made their own slip-cast tiles with designs representing their families' journeys to Ovenfold: a canal boat, a mountain in Kashmir, a violin, the skyline of Kowloon, and, from one cheeky young man, the Stoke City crest.

The tiles will be fired and put up in the school's entrance hall in September. I've asked for a photo.

If any schools reading this want a day like it, drop me a line. I'm retired; I've got time.
""", comments=[("Ann H", "19 June 2024", "What a wonderful project. Ambrose is a treasure."),
               ("Phil", "20 June 2024", "The Kowloon skyline next to a bottle oven. That's Ovenfold now, and it's brilliant.")]))

MASJID = dict(name="Masjid-e-Noor Ovenfold", domain="masjidenoor-ovenfold.example", tagline="Community news from Masjid-e-Noor, Slipbank Road, Ovenfold",
              sidebar=["Ramadan timetable 2025", "Madrassah enrolment now open", "Food bank collection: what we need", "Visit My Mosque day: thank you", "Funeral services information"],
              nav=("Home", "Prayer times", "Madrassah", "Community", "Donate", "Contact"))

add("blog", [E("tmahmood", "exact", "neutral", "Tariq Mahmood"),
             E("school", "alias", "neutral", "Holy Trinity")], blog_page(**MASJID, title="Community iftar 2025: 400 neighbours, one table", author="Masjid-e-Noor committee", date="24 March 2025", body="""
Assalamu alaikum and thank you.

On Saturday evening more than 400 people joined us at the Slipbank community centre for our fourth open community iftar. Muslim families broke their fast alongside neighbours of every faith and none, councillors, police officers, the fire crew from Hanbridge station (who had to leave halfway through the biryani for a call-out and came back for pudding), and many teachers from local schools.

Special thanks this year go to our own brother Tariq Mahmood, assistant headteacher at Holy Trinity, the Catholic secondary on Marl Lane, who organised a group of 30 pupils of all backgrounds to serve food. Brother Tariq grew up four streets from the masjid and went to madrassah here as a boy. He spoke beautifully about what it means to him to work in a Catholic school: "The Catholic school taught me that every child is made in the image of God. My faith taught me that every child is a trust from Allah. I have never found those two things in conflict."

After the difficult weeks the school has had, with the graffiti and the leaflets, it meant a great deal to see Catholic and Muslim young people standing side by side in aprons serving samosas to the Lord Mayor.

We were also joined by Fr Dominic Adeyemi of St Gregory's and by the Ovenfold Roma Association, whose young musicians played after the meal.

## Thank you to our sponsors

Al-Madina Sweets, Knype Cash & Carry, Ovenfold Co-op, and the many families who cooked at home and brought dishes. Leftovers were taken to the Ovenfold food bank.

## Coming up

Eid prayers will be held at the masjid and, weather permitting, on Slipbank Park. Please check the prayer timetable for times.
"""))

add("blog", [E("tmahmood", "title_surname", "neutral", "Mr Mahmood"),
             E("school", "short_name", "neutral", "Trinity")], blog_page(**MASJID, title="Statement on the abuse directed at a member of our community", author="Masjid-e-Noor committee", date="10 February 2025", body="""
The committee of Masjid-e-Noor condemns in the strongest terms the graffiti painted on the walls of Trinity, the Catholic secondary school on Marl Lane, this week, and the online abuse that has followed it.

We will not repeat most of what was written. But we think it is important that our community understands what our brother Mr Mahmood, a teacher at the school and a member of this masjid since childhood, has been subjected to. He has been called a "terrorist" and an "invader". He has been told that he "breeds" and that his children should be "sent back". One message said that "people like him" would "not be here much longer". These words are not opinions. They are hate, and they have been reported to the police.

Mr Mahmood has asked us to say three things on his behalf.

First, that he is safe, and that he is grateful to the school, to the police, and to the many neighbours who have supported him and his family.

Second, that he does not want anyone to respond to hate with hate. "The people who wrote those words want us to be angry with each other. Don't give them that."

Third, that anyone who receives abuse of this kind should report it, to the police on 101, or through Tell MAMA, and should not suffer in silence.

We also thank the parish of St Gregory's, whose priest and parishioners came to Friday prayers to stand with us. That is the real Ovenfold.

The masjid will be open this Saturday afternoon for anyone, of any faith, who wants to come and have a cup of tea and talk.
"""))

add("blog", [E("lbentley", "surname_only", "negative", "Bentley"),
             E("school", "alias", "negative", "Holy Trinity")], blog_page(
    name="Mum on the Edge (of the Potteries)", domain="mumontheedge.example", tagline="Autism, ADHD, oatcakes and wine. Not necessarily in that order.",
    title="Annual review day: a play in three acts", author="Kelly", date="12 February 2025", sidebar=["Why I stopped apologising for my son's meltdowns", "The school run: a survival guide", "PIP forms and other horror stories", "Our first holiday in four years"],
    body="""
ACT ONE. Setting: a small, too-warm room at Holy Trinity, with a box of tissues placed strategically on the table, which is never a good sign.

Present: me, my husband (who has taken a day's unpaid leave), the SENCo, a teaching assistant we've never met, and a representative from the local authority on speakerphone, who keeps cutting out.

The SENCo, Bentley, opens with "so how do you feel things are going?" I have written four emails since September explaining exactly how I feel things are going. I say this. She nods. The tissues remain untouched, for now.

ACT TWO. The plan. It says my son should have a daily check-in with a key worker. He has had three since September. It says he should have access to a quiet space at lunch. The quiet space has been turned into a storeroom for the new uniform. It says he should have his work "chunked". I have seen his books. Nobody has chunked anything.

Bentley says they are "short of staff". I believe her. I also believe my son, who is 12, hides in the toilets at lunch because it's the only quiet place in the building. Both things are true. Only one of them is my problem.

ACT THREE. Actions. Everyone agrees that things must change. A new key worker will be found. The quiet space will be un-storeroomed. The LA officer says "absolutely" six times, then the line goes dead. We shake hands. The tissues have been used (by me, obviously).

EPILOGUE. I drive home and eat two oatcakes with cheese and bacon in the car outside Asda without tasting them.

I don't think anybody in that room is a bad person. I think the whole system is drowning and my son is one of the children it's stepping on to keep its head above water. But I've had enough of "we're short of staff" as an answer. He only gets one Year 8.

If you're a SEND parent reading this before your own review: take someone with you, take notes, and don't leave without dates.
""", comments=[("Jen", "12 February 2025", "The storeroom detail made me want to scream. Sending love."),
               ("Kelly", "13 February 2025", "Thanks Jen. Update: the quiet room is back. Took a blog post, apparently.")]))

add("blog", [E("cmcgrath", "nickname", "negative", "Mrs Mc"),
             E("gtunnicliffebooth", "initial_surname", "defamation", "G. Tunnicliffe-Booth"),
             E("school", "alias", "negative", "HTC")], blog_page(
    name="Chalk Dust Settling", domain="chalkdustsettling.example", tagline="An ex-teacher on what schools do to the people in them",
    title="Why I left HTC, and why I'm only writing about it now", author="Former teacher", date="14 April 2025", sidebar=["On being 'not a team player'", "The myth of the outstanding lesson", "Letters I never sent", "Recovery: month six"],
    body="""
I taught at HTC for eleven years. I left in July 2023. I've started this post a dozen times and deleted it. Now that the exam business is all over the papers, I think I can finally say some of it.

First, the good. The children. Always, always the children. The girl from Slovakia who arrived in Year 9 with no English and left with an A in A-level Spanish, because she reckoned that if she could learn one new language she could learn two. The Mirpuri lad who wrote a poem about his grandad's hands that made a whole Year 11 class go silent. Every teacher has stories like that. Mine happened in that building.

Second, the head. "Mrs Mc", as we all called her. I want to be fair. She arrived at a school that was drifting, and she had a mandate to tighten it up. Some of what she did needed doing. But she leads through fear. Disagree in a meeting and you'd find yourself on a "support plan" by the end of the week. She never raised her voice. She didn't need to. The quiet emails were enough. I watched brilliant, kind colleagues shrink.

Third, the data. This is where I have to be careful, but I'll say what I saw. G. Tunnicliffe-Booth ran assessment. Every term, predicted grades that didn't show enough progress came back to us with "suggestions". In 2022 I was told, in writing, that a piece of GCSE coursework I'd marked at a 4 should be "revisited" because "the department's target requires a 5". When I refused to change it, the student's work was quietly remarked by him and the grade went in at a 6. The same happened to two colleagues. Nobody will be surprised that an exam board eventually noticed.

I'm told he has been cleared. Perhaps of the specific thing they looked at. I know what I saw.

I don't miss the job. I miss the children every day.
""", comments=[("Anonymous", "14 April 2025", "I was there too. Every word of the 'Mrs Mc' section is true."),
               ("A parent", "15 April 2025", "Thank you for what you did for my daughter. She still talks about you.")]))

add("blog", [E("school", "alias", "hate", "Holy Trinity"),
             E("tmahmood", "exact", "hate", "Tariq Mahmood"),
             E("jhorvath", "exact", "hate", "Jozef Horvath")], blog_page(
    name="Staffordshire Patriot", domain="staffspatriot.example", tagline="Saying what the mainstream media won't",
    title="THE BETRAYAL OF HOLY TRINITY: How a Catholic school in the heart of the Potteries was handed over", author="Editor", date="2 March 2025", sidebar=["Hanbridge: the hotel they didn't tell you about", "Our heritage is not for sale", "Who funds the 'anti-racism' industry?", "Leaflet drop: volunteers needed"],
    body="""
For sixty years St Etheldreda's, now "Holy Trinity Catholic" (for now), educated the sons and daughters of Ovenfold's potters, miners and steelworkers. Our grandparents built it with their pennies and their prayers.

Today, walk past the gates on Marl Lane at 3pm and you'd struggle to believe you're in England.

Who runs discipline in this "Catholic" school? Tariq Mahmood, a Muslim. Who is paid out of YOUR taxes to act as the go-between for the hundreds of Roma who have settled in Slipbank? Jozef Horvath, a Roma himself, whose job is to make sure his people get every penny going and face no consequences for truancy, theft or anything else. Who teaches computing, the subject of the future? A man from Hong Kong, whose loyalty to this country nobody has tested.

This is not an accident. It is the Great Replacement in miniature, happening one classroom at a time. English Catholic families are being squeezed out of the school their grandparents built, and anyone who points it out is called a racist by the Courier and dragged into court like Kerry-Ann Shenton.

Mahmood and Horvath are not the problem on their own. They are the symptom. The disease is a Church and a trust that have forgotten who they exist to serve. But make no mistake: men like these will not stop until there is nothing left of the school our grandparents built. The parasites always follow the money.

We are calling on every patriot in Ovenfold to say NO. Write to the trust. Write to the diocese. And join us for our leaflet drop next month. Our town. Our school. Our children.
""", comments=[("Watching_You", "2 March 2025", "Spot on. The parasites always find each other."),
               ("Ovenfold Catholic", "3 March 2025", "As a Catholic mother of three pupils at this school: you do not speak for us. Your hatred has nothing to do with our faith. Reported to the police.")]))

add("blog", [E("jhorvath", "exact", "neutral", "Jozef Horváth"),
             E("school", "exact", "neutral", "Holy Trinity Catholic College")], blog_page(
    name="Ovenfold Roma Association / Romano Kher Ovenfold", domain="ovenfoldroma.example", tagline="Romano Kher: a Roma home in the Potteries",
    title="International Roma Day 2025: Opre Roma!", author="ORA volunteers", date="9 April 2025", sidebar=["Advice sessions every Tuesday", "Romani language classes for children", "Our history: Roma in Britain", "Job club with Hanbridge Jobcentre"],
    body="""
Yesterday, 8 April, was International Roma Day, and what a day it was.

More than 250 people joined us at Slipbank community centre for music, dancing, food and a small exhibition about the journey our families have made from Slovakia and the Czech Republic to the Potteries over the last twenty years.

We raised the Roma flag, blue for the sky and green for the earth, with the red wheel of the road, outside the community centre for the first time, with Councillor Jean Adderley and the Lord Mayor's consort.

A special thank you to Holy Trinity Catholic College, whose pupils performed in the afternoon. Their Roma band, which has only been going for a year, played three songs, and one young violinist, aged 13, made half the room cry with "Gelem, Gelem", our anthem.

The band was started by Jozef Horváth, the school's EAL and community liaison lead, who many of our families know and trust. Jozef told the audience: "When I arrived in England at fifteen, I hid that I was Roma. I was ashamed. I do not want any of these children to feel that. Today they are on a stage and they are proud."

There are still many problems. Our families face prejudice every day, at work, in the shops, online, sometimes at the school gates. But days like yesterday show that another Ovenfold is possible.

Thank you to all volunteers, to the cooks (the halušky disappeared in fifteen minutes), and to everyone who came.

Opre Roma! Stand up, Roma!

## Next events

Romani language and culture club for children: Saturdays, 10am-12pm, from 26 April. Advice sessions on housing and benefits: every Tuesday 1-4pm, with interpreters.
"""))

add("blog", [E("vchan", "title_surname", "neutral", "Mr Chan"),
             E("school", "alias", "neutral", "HTC")], blog_page(
    name="Rice & Oatcakes", domain="riceandoatcakes.example", tagline="A Hong Kong family finds its feet in the Potteries 港人在斯托克",
    title="Three years in: what school in England has been like for our kids", author="Mandy L.", date="1 September 2024", sidebar=["Our first English winter (and why we bought three heaters)", "Finding char siu in Hanbridge", "BN(O) to ILR: our timeline", "The day my son said 'ey up'"],
    body="""
We arrived in Ovenfold in August 2021. My son was 12 and my daughter was 14. This week they start Year 12 and Year 14, or as my daughter keeps correcting me, "first year of uni, Mum". So I thought it was a good time to write about school.

## The first day

My son cried on the first day at HTC, the Catholic secondary school near us. Not because anyone was unkind, but because he could not understand the teachers' accents. "Mum, they say 'yo' to mean 'you' and 'wum' to mean 'home'!" He was right. It took us all a few months.

## The teacher who made the difference

In his second week, my son's form tutor rang me and said there was a Hong Kong teacher in the computing department, Mr Chan, who wanted to meet us. Mr Chan had only arrived himself a few months before and was working as a supply teacher then.

He sat with us for an hour after school, in Cantonese, and explained everything: the uniform, the timetable, why there is no homework on some days and far too much on others, what GCSE options are, what "sets" are, why you must not be late, and how to pay for school dinners with the app. He gave my son his first job: helping two younger Hong Kong children with the school's computer login.

My son is now studying A-level computer science. I don't think that is a coincidence.

## What we love

The kindness. The football team (my son is terrible but they let him play). The teachers who stay after school. The dinner lady who calls my son "duck" and gives him extra chips.

## What is hard

Some children have said unkind things. "Go back to China." "Did you bring the virus?" The school has dealt with it each time, but it still hurts. We did not come here because we wanted to leave Hong Kong. We came because we had to.

But three years in, I can say: this is home now. We say "ey up". We eat oatcakes. We support Stoke City (God help us).
""", comments=[("Ken", "1 September 2024", "Same experience with HTC for our daughter. The Hong Kong teacher is amazing."),
               ("Mandy L.", "2 September 2024", "Ken, see you at the Mid-Autumn festival picnic!")]))

add("blog", [E("afallowfield", "exact", "neutral", "Ambrose Fallowfield"),
             E("school", "alias", "neutral", "Holy Trinity")], blog_page(
    name="Lyme & Trent Youth Ministry", domain="lymetrentyouth.example", tagline="Young Catholics of the Diocese of Lyme and Trent",
    title="What does a school chaplain actually do?", author="Diocesan Youth Office", date="5 November 2024", sidebar=["World Youth Day 2027: first meeting", "Confirmation programme resources", "Lourdes 2025: young helpers wanted", "Faith in the Potteries podcast episode 12"],
    body="""
It's one of the questions we get asked most often by young people thinking about youth ministry as a career. So we asked one of our newest school chaplains to tell us about a typical week.

Ambrose Fallowfield began as lay chaplain at Holy Trinity, the diocese's Catholic secondary in Ovenfold, in September. Here, in his own words, is what his job looks like.

## Monday

"Staff briefing at 8am, then I'm in the canteen at break with a tub of biscuits. You'd be amazed what young people tell you over a custard cream. After school, chaplaincy team meeting with the sixth-form volunteers."

## Tuesday

"Assemblies. I do two a week. This week: St Martin of Tours, who cut his cloak in half for a beggar. The Year 8s were more interested in whether he got in trouble for damaging army uniform, which is a fair question."

## Wednesday

"Voluntary Mass at lunchtime. Twelve came this week, four of whom aren't Catholic and one of whom is Muslim and told me he comes 'for the peace and quiet'. That's fine by me."

## Thursday

"Food bank run with a group of Year 10s, then planning the Year 7 retreat. Everything goes through the school's safeguarding procedures. Two adults always, logs kept, no one-to-one contact outside school systems. Some people think that's bureaucracy; I think it's love done properly."

## Friday

"The chaplaincy room is open all day. Some pupils come in because they're sad, some because they're lonely, some because it's warm. I don't ask why. I make tea."

If you're a young adult thinking about chaplaincy, get in touch with the youth office. We'd love to talk.
"""))

add("blog", [], blog_page(
    name="Icons and Incense", domain="iconsandincense.example", tagline="Notes on Christian art, liturgy and prayer",
    title="Rublev's Holy Trinity: the icon that invites you to the table", author="Fr Stephen", date="15 June 2025", sidebar=["The Deesis row explained", "How to pray with an icon", "Ember days: a forgotten tradition", "Book review: The Art of Seeing"],
    body="""
There is a small print of Andrei Rublev's Holy Trinity on the wall of my study. I have looked at it most days for twenty years and I still haven't reached the bottom of it.

Painted in the early fifteenth century for the Trinity Monastery of St Sergius near Moscow, the icon shows the three angels who visited Abraham at the oaks of Mamre in Genesis 18. The Church has long read this story as a foreshadowing of the Holy Trinity, and Rublev, unusually, left out Abraham and Sarah altogether. What remains is three figures seated around a table, their heads inclined towards each other in a circle of attention and love.

## The empty place

The thing that strikes almost everyone who spends time with the icon is that there is a space at the front of the table. The circle is open. The composition draws your eye in, through the chalice on the table, to the place where a fourth person might sit.

That person, the tradition says, is you.

## Colour

Each figure wears a touch of blue, the colour of divinity, and each is distinguished by a second colour: the gold-brown of the Father, the deep red and blue of the Son, the green of the Spirit, the colour of life and new growth.

## Praying with it

If you want to try praying with the icon this Trinity Sunday, sit with it for ten minutes. Don't try to think anything clever. Look at the hands. Look at the heads. Look at the space at the table. Then ask yourself: am I willing to sit down?
""", comments=[("Teresa", "15 June 2025", "I was given this icon for my confirmation in 1978 and only now understand it. Thank you.")]), ignore=["school"])

add("blog", [E("afallowfield", "exact", "sexual", "Ambrose Fallowfield", url=True),
             E("school", "exact", "sexual", "Holy Trinity Catholic College", url=True)], blog_page(
    name="The Cover-Up Files", domain="coverupfiles.example", tagline="Exposing institutional abuse that the mainstream ignores",
    title="OVENFOLD: Another Catholic 'chaplain', another child, another cover-up", author="CUF Investigations", date="6 April 2025", sidebar=["The diocese that paid for silence", "Why the police never charge", "Survivors speak: part 4", "Donate to keep us independent"],
    body="""
We have been contacted by several sources in Ovenfold about Ambrose Fallowfield, the lay chaplain at Holy Trinity Catholic College, who was quietly "stood down" in March.

The official story is that a single complaint about messages is being "reviewed". Our sources tell a different story.

According to a former volunteer, Fallowfield had been warned about "boundaries" with pupils at least twice before, during his time as a parish youth worker. On one occasion, we are told, a parent complained that he had been alone in a car with her 14-year-old daughter after a youth club and had given her his personal number "in case she ever needed to talk". Nothing was done. He was moved to a different parish.

Another source says he ran his school "retreats" in a way that allowed him to take pupils for one-to-one "reflection walks" away from the group.

The diocese then appointed him to a job where he would have access to more than 1,200 children. Somebody signed that off. Somebody decided that the earlier complaints didn't matter. That is not a mistake. That is how the Church protects its own.

We have asked the Diocese of Lyme and Trent and the school to explain what checks were made before he was appointed. Neither has responded.

If you have information about Fallowfield, or about any other case in this diocese, contact us in confidence. We will protect your identity.
""", comments=[("Survivor_77", "6 April 2025", "Same pattern, different decade. Thank you for not letting it go."),
               ("Ovenfold Dad", "7 April 2025", "Nobody has been charged. You're naming a man on the word of anonymous 'sources'. This is how innocent people get hurt too.")]))

add("blog", [E("afallowfield", "exact", "neutral", "Ambrose Fallowfield")], blog_page(
    name="Tiles of the Trent Valley", domain="trentvalleytiles.example", tagline="Encaustic, majolica and art nouveau tiles of North Staffordshire",
    title="A collector's cabinet: the Fallowfield tiles", author="Rosalind Ede", date="28 August 2024", sidebar=["Minton vs Maw: a beginner's guide", "Spotting a reproduction Pugin tile", "Fireplace tiles in Victorian terraces", "Museum visit: Jackfield"],
    body="""
Every collector dreams of being invited into someone else's cabinet, and last month I was lucky enough to spend an afternoon with Ambrose Fallowfield and his collection of tiles from the smaller Ovenfold and Knype manufacturers.

Ambrose, a former ceramics technician who spent twenty years at one of the last working potbanks in Knype, has been collecting since he was a teenager. "My granddad was a tile presser," he told me. "He used to bring home seconds in his pockets. I've still got the first one he gave me, a blue majolica sunflower with a chip on the corner."

The collection now runs to more than 600 tiles, almost all of them from firms that most collectors have never heard of. There are gorgeous art nouveau tube-lined panels from a short-lived Ovenfold works that closed in 1911, a run of transfer-printed tiles showing scenes from Arnold Bennett's novels, and, my favourite, a set of hand-painted butcher's shop tiles rescued from a skip on Knype High Street in 1986.

"People threw these out by the ton in the seventies and eighties," Ambrose said. "Fireplaces ripped out, butchers' shops turned into phone shops. Every time I walk past a skip in an old street I still look in."

He is currently working with the Potteries Heritage Society on a catalogue of the smaller Trent Valley tile makers, which he hopes to publish next year.

For the collectors among you: Ambrose's advice is to ignore fashionable names and look for quality of glaze and design. "The big names are lovely, but some of the best work in this city was done by women earning a few shillings a week in firms nobody remembers. Find them."
""", comments=[("Bill T", "29 August 2024", "The butcher's shop tiles! I remember that shop. Wonderful.")]))

add("blog", [E("school", "alias", "neutral", "St Etheldreda's")], blog_page(
    name="Ovenfold Remembered", domain="ovenfoldremembered.example", tagline="Memories, photographs and history of an Ovenfold childhood",
    title="1962: the day St Etheldreda's opened its doors", author="Brian Salt", date="9 September 2024", sidebar=["The Wakes weeks: where Ovenfold went on holiday", "Marl Lane before the houses", "The great snow of 1963", "Ovenfold's lost cinemas"],
    body="""
Sixty-two years ago this week, 480 boys and girls in brand new maroon blazers walked through the gates of St Etheldreda's RC Secondary Modern on Marl Lane for the first time. I was one of them.

Before 1962, Catholic children in Ovenfold who didn't pass the eleven-plus went to the all-age school at St Gregory's, which was a Victorian building with outside toilets and a coke stove in every classroom. St Etheldreda's, by comparison, was like something from the future: glass walls, a gymnasium with ropes and wall bars, science labs with gas taps, and, most astonishing of all, indoor toilets with hot water.

The school was opened by the bishop on 10 September. We had to line up in the yard in the rain while he blessed each classroom one by one. Sister Bernadette, the deputy head, stood at the front with her stick and told us that anybody who fidgeted would be "seen to". Nobody fidgeted.

My teacher that first year was a young man called Mr Barlow, who had been a paratrooper. He taught us maths, PE and, for reasons I never understood, bee-keeping.

The school became a comprehensive in 1975, got its sixth form much later, and became an academy under its new name in 2013. The old building was knocked down in 2006 and replaced with the one that's there now. But when I drive down Marl Lane I still see it as it was: new, shining, and smelling of fresh paint and floor polish.

If you have photographs or memories of St Etheldreda's in the 1960s and 70s, please share them in the comments.
""", comments=[("Pauline (née Cope)", "9 September 2024", "I started in 1964! Sister Bernadette terrified us all. I have a form photo somewhere."),
               ("Brian Salt", "10 September 2024", "Please dig it out Pauline!")]))

add("blog", [], blog_page(
    name="Griddle & Grease: a Potteries food blog", domain="griddleandgrease.example", tagline="Oatcakes, lobby, pikelets and the greasy spoons of North Staffs",
    title="Oatcake shop review #23: Beardmore's, Ovenfold High Street", author="Griddle Gaz", date="17 May 2025", sidebar=["Oatcake shop review #22: the hatch on Waterloo Road", "How to make lobby like your nan", "Pikelets vs crumpets: the final word", "Best bacon in Knype?"],
    body="""
Score: 9/10

Beardmore's has been frying oatcakes on Ovenfold High Street since 1958, and from the queue out the door at 7.45 on a Saturday morning, it's not going anywhere.

It's a proper old-school hatch. Three generations of the Beardmore family have stood behind that griddle: first Harold, then his daughter Sylvia, and now her son Craig, who took over in 2019 and has wisely changed absolutely nothing apart from adding a card machine.

## The oatcakes

Thin, lacy at the edges, slightly sour in the way that tells you the batter has had a proper overnight rest. They hold together when folded but tear easily when you want them to. These are excellent oatcakes.

## The fillings

I went for the classic: cheese, bacon and sausage, two oatcakes, with a splash of brown sauce. The bacon is from a butcher in Leek. The cheese is grated fresh and melted properly under the lid of the griddle so it goes stringy, not oily. The sausages are fat and peppery.

## The verdict

I'll be honest: I ate one in the car and went back for a second. £4.20 for two filled oatcakes. Beardmore's is everything an oatcake shop should be.

Loses one point because they were out of pikelets by 8.30. Get there early.
""", comments=[("Sylvia B", "17 May 2025", "Thank you duck! Craig's made up. Come back for the pikelets x")]), ignore=["jbeardmore"])

add("blog", [E("phughes", "exact", "neutral", "Paul Hughes"),
             E("school", "short_name", "neutral", "Trinity")], blog_page(
    name="Grassroots Potteries", domain="grassrootspotteries.example", tagline="Youth and amateur football in Stoke-on-Trent and North Staffordshire",
    title="The volunteers: Paul Hughes, Ovenfold Juniors", author="Grassroots Potteries", date="22 February 2025", sidebar=["Sunday League round-up: week 18", "Ovenfold Juniors U12s win again", "Referee shortage: what can clubs do?", "Girls' football festival dates announced"],
    body="""
In our series on the people who keep grassroots football going, we spoke to Paul Hughes, who has coached at Ovenfold Juniors for 16 years.

By day Paul is head of PE at Trinity, the Catholic secondary school in Ovenfold. By weekend he's in charge of the Juniors' under-14 side, which means he spends, by his own estimate, about 20 hours a week on football without being paid a penny for half of it.

"My wife says I should have married a football," he laughs. "I say she knew what she was getting."

## Why do it?

"Because somebody did it for me. I grew up in Slipbank, my dad worked shifts, we didn't have money for clubs. A bloke called Alan Bentley ran a team out of the back of his van, and he turned up every Sunday for ten years. I owe him."

He's proud of the way the club has changed. "When I started, it was all local lads. Now I've got boys from Poland, Slovakia, Pakistan, Hong Kong, Ghana. Some of them have been in the country six months. Football is the quickest language there is. A kid who can't say 'pass' in English still knows when to pass."

## The hard bits

Paul is honest about the difficulties. Pitch fees have gone up, volunteers are hard to find, and touchline behaviour can be a problem. "Ninety-nine per cent of parents are brilliant. One per cent think their lad is going to play for City and the referee is a criminal. I've had to ban two dads from the touchline this season."

## What he'd say to a new volunteer

"Just turn up. You don't need badges to start, we'll get you the coaching courses. Kids don't remember if you were the best coach. They remember you were there."

Ovenfold Juniors are looking for volunteer coaches for their new under-8 girls' team. Contact the club through their website.
"""), ignore=["lbentley"])

# ---------------------------------------------------------------- REVIEWS
HTC_LISTING = ("Holy Trinity Catholic College", "3.2", "214", "Secondary school · Open ⋅ Closes 4:30 pm",
               "Marl Lane, Ovenfold, Stoke-on-Trent ST0 2HT · 01632 960418 · htcovenfold.example")

add("review", [E("school", "exact", "defamation", "Holy Trinity Catholic College"),
               E("vchan", "title_surname", "neutral", "Mr Chan")], review_txt(*HTC_LISTING, [
    ("Donna Plant", "Local Guide · 38 reviews · 112 photos", 2, "2 months ago",
     "Mixed bag. Some teachers are fantastic, others couldn't care less. Communication from the office is shocking, you ring and nobody picks up, you email and get an automatic reply. Behaviour at home time is terrible, kids spilling into the road on Marl Lane with no staff outside. Two stars because my daughter has had a decent time in computing, Mr Chan is a credit to the place."),
    ("Imran K", "12 reviews", 4, "3 months ago",
     "Son in Year 10, generally happy. Strict but that's not a bad thing. Would be five stars if they sorted the canteen queues, he says lunch is 25 minutes and he queues for 20 of them.", None, 3),
    ("M. Lowndes", "2 reviews", 1, "5 months ago",
     "Toilets locked during lessons, kids having to ask permission to go and being refused. My daughter came home in tears after an accident. Disgraceful in 2024.",
     ("5 months ago", "Thank you for your feedback. We are sorry to hear about your daughter's experience. Please contact our pastoral office so we can look into this properly."), 11),
    ("Former office staff", "1 review", 1, "6 months ago",
     "I worked in the attendance office. We were told to mark children present who were abroad for weeks so the figures looked better before inspections. The school has been fiddling its registers for years and everybody upstairs knows it.", None, 4),
]))

add("review", [E("cmcgrath", "title_surname", "defamation", "Mrs McGrath"),
               E("school", "exact", "defamation", "Holy Trinity Catholic College")], review_txt(*HTC_LISTING, [
    ("Shaz B", "4 reviews", 1, "4 weeks ago",
     """My son was beaten up in the toilets in November by a gang of older boys, called a P*ki while they did it, needed his head glued at A&E. Mrs McGrath personally made sure it never went anywhere. She had the CCTV deleted, logged it as a "minor altercation" so it wouldn't show up before Ofsted, and lied to my face in a meeting about what the footage showed. She covered up a racist assault on a child to protect her inspection grade. I've moved him. Avoid this school if you love your kids.""", None, 27),
    ("Pete Wain", "Local Guide · 211 reviews", 3, "1 month ago",
     "Average school. Some good teachers, some poor. Parking is a nightmare."),
]))

add("review", [E("jbeardmore", "title_surname", "abuse", "Miss Beardmore"),
               E("school", "exact", "negative", "Holy Trinity Catholic College")], review_txt(*HTC_LISTING, [
    ("Kayleigh M", "7 reviews", 1, "2 weeks ago",
     "Miss Beardmore the head of year 9 is a jumped up little hitler on a power trip. Screams at kids in the corridor, gives out isolations like sweets and then wonders why they hate her. Nasty, bitter, sour-faced woman who should never have been let near children. My son dreads going in because of her. Zero stars if I could.", None, 9),
    ("Gav T", "19 reviews", 2, "1 month ago",
     "Too much focus on uniform and not enough on learning. My lad's had more detentions for his shoes than he's had homework set."),
]))

add("review", [E("jhorvath", "title_surname", "neutral", "Mr Horváth"),
               E("sodonoghue", "title_surname", "neutral", "Ms O’Donoghue"),
               E("school", "exact", "neutral", "Holy Trinity Catholic College")], review_txt(*HTC_LISTING, [
    ("Renáta Ž", "3 reviews", 5, "3 months ago",
     "I want to say thank you for Mr Horváth. When we came from Slovakia my children no speak English, I no understand the letters. He come to our house, he explain everything, he help my son when he is sad. Now my daughter want to be teacher. Thank you school. 🙏", None, 15),
    ("Colin Bagnall", "Local Guide · 56 reviews", 5, "4 months ago",
     "Our daughter has just finished Year 13 and is off to Leeds to study English. Ms O’Donoghue and her team have been outstanding from day one. The sixth form staff wrote to us personally after results day. Very grateful."),
    ("Anonymous", "1 review", 4, "6 months ago", "Decent school, improving. Good music department."),
]))

add("review", [E("school", "exact", "hate", "Holy Trinity Catholic College"),
               E("tmahmood", "surname_only", "hate", "Mahmood")], review_txt(*HTC_LISTING, [
    ("Proud English Dad", "1 review", 1, "3 weeks ago",
     """Catholic school my arse. More hijabs than crucifixes these days and a Muslim, Mahmood, deciding which Christian kids get punished. Half the kids can't speak English and the other half are Roma gyppos who don't turn up. No wonder the results are going down the pan. They've let the invaders in and handed them the keys. Our grandparents built this school and it's been given away.""", None, 2),
    ("Sarah J", "6 reviews", 5, "3 weeks ago",
     "Leaving five stars to balance out the racist above. My kids have friends from every background at this school and they're happier for it. The staff are brilliant."),
]))

add("review", [E("school", "exact", "threat", "Holy Trinity Catholic College"),
               E("cmcgrath", "surname_only", "negative", "McGrath")], review_txt(*HTC_LISTING, [
    ("Jason D", "2 reviews", 1, "1 week ago",
     """Keep excluding my kid over nothing and see what happens to your nice new windows. That glass won't last a weekend. Your cameras don't cover the back field, I've checked. Consider this a warning, not a review.""", None, 1),
    ("Liz K", "14 reviews", 2, "2 weeks ago",
     "Communication is poor. Letters from McGrath are full of jargon and don't actually answer questions. Parents evening appointments system crashed twice this year."),
]))

add("review", [E("gtunnicliffebooth", "exact", "doxxing", "Gareth Tunnicliffe-Booth"),
               E("school", "exact", "negative", "Holy Trinity Catholic College")], review_txt(*HTC_LISTING, [
    ("Wronged Parent", "1 review", 1, "3 months ago",
     """Since the school won't give me a straight answer about my son's coursework grade, maybe Gareth Tunnicliffe-Booth will. He lives at 14 Kiln Croft, Slipbank, ST0 2DW, silver Skoda Octavia on the drive, usually home by half five. Go and knock. I did."""),
    ("Amy R", "8 reviews", 3, "3 months ago", "Fine. Nothing special. Good for sport."),
]))

add("review", [E("school", "exact", "negative", "Holy Trinity Catholic College")], review_txt(
    "Holy Trinity Catholic College", "3.1", "27", "Company reviews · Education", "Ovenfold, Staffordshire · 11-18 academy · 150-200 employees", [
        ("Teacher (Former Employee)", "Ovenfold · 2023", 2, "January 2024",
         """Pros: the students; supportive colleagues in my department; free parking.

Cons: top-down leadership that doesn't listen; constant change of policies; data drops every six weeks; marking policy is unmanageable; no work-life balance. Staff turnover is very high and nobody in SLT seems to ask why.

Advice to management: trust your teachers. Ask them what's working before you change it again."""),
        ("Teaching Assistant (Current Employee)", "Ovenfold · 2024", 3, "May 2024",
         "Pros: lovely kids, good team of TAs. Cons: pay is poor, SEND department is understaffed and we are stretched far too thin. Advice: recruit more TAs and pay them properly."),
        ("Cleaner (Former Employee)", "Ovenfold · 2022", 4, "October 2023", "Friendly place to work. Staff always said thank you. Hours were good for school run."),
    ], source="Employee reviews"))

add("review", [E("phughes", "title_surname", "sexual", "Mr Hughes", url=True),
               E("school", "exact", "sexual", "Holy Trinity Catholic College", url=True)], review_txt(*HTC_LISTING, [
    ("Concerned Mum", "2 reviews", 1, "5 days ago",
     """Warning to parents of girls. Mr Hughes, the head of PE, stares at the Year 10 girls in their PE kit, makes comments about who's "developing", and walks into the girls' changing rooms without knocking. My daughter and her friends have asked to do PE in their hoodies because of him. The school knows and has done nothing.""", None, 6),
    ("Tony B", "23 reviews", 4, "2 weeks ago", "Good school, my lad's done well there. Strict but fair."),
]))

add("review", [E("jbeardmore", "nickname", "neutral", "Miss B"),
               E("school", "exact", "neutral", "Holy Trinity Catholic College")], review_txt(*HTC_LISTING, [
    ("Haris Q", "Local Guide · 74 reviews", 5, "1 month ago",
     "My son was bullied in Year 8 and Miss B, his head of year, dealt with it within a day. Rang me personally, followed up every week for a month. The kids call her strict but they all know she's on their side. 5 stars for her alone."),
    ("Natalie S", "5 reviews", 4, "2 months ago", "Good pastoral care. Homework app is confusing."),
]))

add("review", [], review_txt("P Hughes Plumbing & Heating", "4.9", "86", "Plumber · Knype", "Knype, Stoke-on-Trent · 07700 900871", [
    ("Linda Pointon", "12 reviews", 5, "2 months ago", "Paul came out the same day when our boiler packed in. Found a faulty pressure valve, £85 all in. Honest, tidy, friendly. Will use again."),
    ("Mark Beech", "Local Guide · 44 reviews", 5, "4 months ago", "Paul Hughes fitted our new combi and four radiators. Turned up every day on time, cleaned up after himself, price as quoted. Highly recommend."),
    ("S Walker", "3 reviews", 4, "6 months ago", "Good job on our bathroom. Took a bit longer than planned but he kept us informed."),
]), ignore=["phughes"])

add("review", [], review_txt("Hanbridge Health Centre", "2.4", "318", "Medical clinic · GP surgery", "Lichfield Street, Hanbridge · 0113 496 0512", [
    ("Barbara H", "Local Guide · 90 reviews", 1, "1 month ago", "Impossible to get through on the phone at 8am. 45 minutes on hold, then told all appointments gone."),
    ("Yusuf A", "7 reviews", 5, "2 months ago", "Dr Tariq Mahmood is the best GP I've ever had. Listened, didn't rush, referred me for the scan I'd been asking for for a year. The receptionists are run off their feet but they're kind."),
    ("Jean Talbot", "15 reviews", 4, "4 months ago", "Dr Mahmood and the practice nurse have been wonderful with my husband's diabetes. Phone system needs sorting though."),
]), ignore=["tmahmood"])

add("review", [], review_txt("O'Donoghue's Irish Bar", "4.3", "742", "Pub · Hanbridge", "Piccadilly, Hanbridge · 01632 960955", [
    ("Ciaran M", "Local Guide · 301 reviews", 5, "1 week ago", "Best pint of Guinness in the Potteries. Live trad music on Thursdays. O'Donoghue's is a proper pub."),
    ("Hayley B", "9 reviews", 3, "3 weeks ago", "Fun atmosphere for the match but very busy and the toilets were a state by 9pm."),
    ("Stuart F", "22 reviews", 4, "2 months ago", "Great Irish stew, friendly bar staff. St Patrick's Day was rammed but worth it."),
]), ignore=["sodonoghue"])

add("review", [], review_txt("Etruria Vale Prestige Cars - Bentley & Aston Martin", "4.6", "58", "Car dealer · Hanbridge", "Etruria Vale Retail Park, Hanbridge · 0161 496 0741", [
    ("Graham S", "Local Guide · 130 reviews", 5, "3 weeks ago", "Bought a used Bentley Continental GT from here. Faultless service, no pressure, car was immaculate. Coffee's good too."),
    ("Jas P", "4 reviews", 4, "1 month ago", "Service department are very professional. Bit pricey but you know that going in with a Bentley."),
    ("Alan R", "11 reviews", 2, "2 months ago", "Lovely showroom but they wouldn't give a sensible trade-in price on my Audi."),
]), ignore=["lbentley"])

add("review", [], review_txt("Holy Trinity Church, Hanbridge", "4.7", "93", "Anglican church", "Avenue Road, Hanbridge", [
    ("Glenys R", "Local Guide · 66 reviews", 5, "2 months ago", "Beautiful Victorian church with a lovely welcoming congregation. Little Lambs toddler group on Tuesdays is brilliant."),
    ("David O", "8 reviews", 5, "5 months ago", "Went for a bell-ringing open day. The ringers at Holy Trinity were patient and funny. Eight bells, beautifully kept."),
    ("Marie K", "3 reviews", 4, "1 year ago", "Lovely carol service. Cold though, bring a coat!"),
]), ignore=["school"])

add("review", [], review_txt("HTC Vive Pro 2 VR Headset (Refurbished)", "3.9", "1,204", "Customer reviews · Electronics", "Sold by a marketplace seller", [
    ("GamerDad_84", "Verified purchase", 4, "Reviewed in the United Kingdom on 3 January 2025", "Great visuals, the resolution is a big step up from my old headset. Setup took about an hour with the base stations. HTC's software is clunky but works."),
    ("Lucy W", "Verified purchase", 2, "Reviewed in the United Kingdom on 18 December 2024", "Arrived with a scratched lens. Returned. HTC support were polite but slow."),
    ("Tom", "Verified purchase", 5, "Reviewed in the United Kingdom on 2 December 2024", "Bought for flight sims. Absolutely worth it. Needs a decent PC though."),
], source="Customer reviews"), ignore=["school"])

add("review", [E("jbeardmore", "title_surname", "negative", "Miss Beardmore"),
               E("sodonoghue", "title_surname", "neutral", "Ms O'Donoghue"),
               E("vchan", "title_surname", "neutral", "Mr Chan"),
               E("tmahmood", "title_surname", "abuse", "Mr Mahmood"),
               E("school", "exact", "neutral", "Holy Trinity Catholic College")], review_txt(
    "Holy Trinity Catholic College - teacher ratings", "3.6", "141", "Rate Your Teachers UK · Ovenfold, Staffordshire", "Ratings are submitted anonymously by students and parents", [
        ("Ms O'Donoghue (English)", "Rated by a student", 5, "Spring term 2025", "Best teacher in the school. Makes Macbeth actually interesting. Strict but you learn loads."),
        ("Mr Chan (Computing)", "Rated by a student", 4, "Spring term 2025", "Explains things really clearly and helps you at lunch. Sets too much homework lol."),
        ("Miss Beardmore (Head of Year 9)", "Rated by a parent", 2, "Spring term 2025", "Quick to punish, slow to listen. Whole year group detentions are unfair. Used to be better."),
        ("Mr Mahmood (Assistant Head)", "Rated by a student", 1, "Spring term 2025", "Power tripping muppet. Thinks hes in the army. Nobody can stand him, absolute weirdo with his clipboard."),
    ], source="Latest ratings"))

add("review", [E("gtunnicliffebooth", "hyphenated", "defamation", "Tunnicliffe Booth"),
               E("school", "exact", "defamation", "Holy Trinity Catholic College")], review_txt(*HTC_LISTING, [
    ("Lee H", "3 reviews", 1, "2 months ago",
     """Don't believe the results. The school cheated the GCSEs for years. Tunnicliffe Booth wrote half the coursework himself and the whole leadership team covered for him because it made their numbers look good. "Cleared" my backside. My nephew was given the answers in a booklet. Whole place is rotten from the top."""),
]))

add("review", [E("school", "exact", "negative", "Holy Trinity Catholic College")], review_txt(*HTC_LISTING, [
    ("Debbie Salt", "Local Guide · 29 reviews", 2, "1 month ago",
     "School bus from Jasper Fields is always late or full. Kids left standing at the stop in the rain. Complained three times. Canteen food is expensive and runs out by second sitting. Teachers are fine, it's the organisation that's rubbish."),
    ("Mo S", "2 reviews", 3, "1 month ago", "Alright. Could be better. Could be worse."),
]))

add("review", [], review_txt("Trinity Court Residential Care Home", "4.4", "41", "Care home · Knype", "Trinity Court, Bank Road, Knype · 0113 496 0388", [
    ("Susan P", "6 reviews", 5, "1 month ago", "Mum has been at Trinity Court for two years. The carers treat her like family. The activities coordinator is a star."),
    ("Keith D", "Local Guide · 52 reviews", 4, "3 months ago", "Clean, friendly and well run. Parking is tight at visiting times."),
    ("R. Hollins", "2 reviews", 3, "6 months ago", "Good staff but too many agency carers on weekends."),
]), ignore=["school"])

add("review", [E("sodonoghue", "title_surname", "hate", "Ms O'Donoghue"),
               E("school", "exact", "negative", "Holy Trinity Catholic College")], review_txt(*HTC_LISTING, [
    ("Gary Bloor", "5 reviews", 1, "6 weeks ago",
     """English department run by Ms O'Donoghue, a typical bog-trotting Paddy who thinks she's better than us. Fills the kids' heads with her Fenian politics and IRA poems. Send her back over the water where she belongs and give the job to someone English. School has gone to the dogs."""),
    ("Hannah W", "3 reviews", 4, "2 months ago", "Pleased with my son's progress this year. Communication could be better."),
]))

add("review", [E("vchan", "exact", "neutral", "Vincent Chan"),
               E("school", "exact", "neutral", "Holy Trinity Catholic College")], review_txt(
    "Holy Trinity Catholic College Sixth Form", "4.4", "63", "Sixth form college · Ovenfold", "Marl Lane, Ovenfold, Stoke-on-Trent ST0 2HT · 01632 960418", [
        ("Jason Tse", "2 reviews", 5, "3 weeks ago",
         "Just finished my A-levels here. Came from Hong Kong in Year 10 with not much confidence in English. Vincent Chan and the maths department got me an A* and two As and a place at Manchester. Small classes, teachers who actually know you. Would recommend."),
        ("Ellie R", "4 reviews", 4, "2 months ago", "Good sixth form, study room gets too noisy. Careers advice was really helpful for UCAS."),
    ]))

add("review", [E("cmcgrath", "surname_only", "threat", "McGrath"),
               E("school", "exact", "negative", "Holy Trinity Catholic College")], review_txt(*HTC_LISTING, [
    ("Dean W", "1 review", 1, "4 days ago",
     """McGrath wants a slap and if I see her at the gates on Monday she'll get one, and she won't be getting back up in a hurry. Excluding a 12 year old for a week over a vape. I know where she parks. You've been told."""),
    ("Rachel O", "12 reviews", 2, "1 week ago", "Too many supply teachers this year. My daughter has had four different science teachers since September."),
]))

add("review", [], review_txt("Ovenfold Tile & Pottery Museum", "4.8", "212", "Museum · Ovenfold", "Wharf Street, Ovenfold · 01632 960233", [
    ("Fiona L", "Local Guide · 188 reviews", 5, "2 weeks ago", "Hidden gem. The restored tube-lined panel from the old Trinity Works is stunning, and the volunteers know everything. Free entry, donations welcome."),
    ("Martin G", "17 reviews", 5, "1 month ago", "Took the kids for the clay workshop. They made pinch pots and were fascinated by the bottle oven film. Great café."),
    ("Pam W", "6 reviews", 4, "3 months ago", "Small but lovely. Could do with more seating for older visitors."),
]), ignore=["school"])

add("review", [E("afallowfield", "surname_only", "sexual", "Fallowfield", url=True),
               E("school", "exact", "sexual", "Holy Trinity Catholic College", url=True)], review_txt(*HTC_LISTING, [
    ("Mother of a Year 10", "1 review", 1, "2 weeks ago",
     """Ask the school why their chaplain Fallowfield was allowed to message children privately for months. Ask why he was giving girls lifts home. Ask why parents had to find the messages themselves. Keep your children away from that chaplaincy room."""),
    ("Craig H", "9 reviews", 4, "3 weeks ago", "My son is happy here, good football teams."),
]))

# ---------------------------------------------------------------- SOCIAL (part 1)
add("social", [E("school", "short_name", "neutral", "trinity"),
               E("tmahmood", "leetspeak", "abuse", "m4hmood"),
               E("vchan", "title_surname", "neutral", "mr chan")], social_txt("""
TikTok
@ovenfold.kidz · 9-5
POV: first day of year 7 at trinity 😭😭 #ovenfold #stoke #year7 #fyp
♬ original sound - ovenfold.kidz
❤️ 48.2K  💬 1,203  🔖 2,411  ↗ 906
""", [
    ("jaydenn_07", "2d", "bro the lanyard 💀💀", "❤️ 2,114"),
    ("lilz.x", "2d", "m4hmood waiting at the gate with his clipboard like a fed 😭😭 man is a proper weirdo no cap", "❤️ 3,870"),
    (">ovenfold.kidz", "2d", "NOT THE CLIPBOARD 😭", "❤️ 601"),
    ("kxcper.10", "2d", "mr chan the only real one there fr", "❤️ 1,092"),
    ("stokegal_", "1d", "ow at yo lot i left in 2019 nothing has changed 😂", "❤️ 455"),
    ("amira.h", "1d", "the year 7s get smaller every year i swear", "❤️ 388"),
    ("user99120384", "1d", "which school is this", "❤️ 3"),
    (">jaydenn_07", "1d", "catholic one in ovenfold", "❤️ 12"),
], "View 1,195 more comments"))

add("social", [E("school", "handle", "negative", "@HTCOvenfold")], social_txt("""
X
Post
""", [
    ("Donna 🌸 @donnaplant_x", "14 Nov 2024", "@HTCOvenfold it's 8.50 and there's STILL no bus from Jasper Fields. Third time this week. 30 kids stood in the rain on Saggar Hill. Who is actually in charge of transport?? Because nobody is answering the phone", "💬 12  🔁 8  ❤️ 41  👁 3.1K"),
    (">Gaz @gaz_slipbank", "14 Nov 2024", "Same at the Slipbank stop. Absolute joke. Mine's walked in soaked.", "❤️ 6"),
    (">Jo Hall @johall77", "14 Nov 2024", "Rang the office 4 times. Engaged every time. Is the phone even plugged in", "❤️ 9"),
    (">Donna 🌸 @donnaplant_x", "14 Nov 2024", "Update: bus turned up 9.25. Kids marked late. You couldn't make it up", "❤️ 22"),
]))

add("social", [E("tmahmood", "exact", "hate", "Tariq Mahmood"),
               E("school", "hashtag", "hate", "#HolyTrinityOvenfold")], social_txt("""
X
Post
""", [
    ("Staffs Patriot 🇬🇧 @StaffsPatriot_", "9 Feb 2025", "A Catholic school in the Potteries where a Muslim called Tariq Mahmood decides which English kids get punished. They didn't need armies. They invaded with job applications and prayer mats. Ovenfold first, then the rest of us. #HolyTrinityOvenfold #StopTheReplacement #Ovenfold", "💬 84  🔁 61  ❤️ 203  👁 19K"),
    (">Ovenfold Lass @ovenfoldlass", "9 Feb 2025", "He was born in Ovenfold, went to school in Ovenfold and teaches in Ovenfold. You're from a caravan in Rugeley. Reported.", "❤️ 412"),
    (">Clay Cross @claycross63", "9 Feb 2025", "Reported for targeted racial hatred of a named teacher. Everyone else please do the same.", "❤️ 188"),
    (">Eng1and Rising @risingeng", "9 Feb 2025", "based. ovenfold is lost", "❤️ 14"),
]))

add("social", [E("school", "short_name", "neutral", "trinity"),
               E("jbeardmore", "nickname", "abuse", "Miss B")], social_txt("""
TikTok
@potteriesroasts · 1-14
rating my teachers out of 10 (trinity edition) 📝 part 3 #stoke #teachers #fyp #school
♬ oh no oh no oh no no no - sound
❤️ 21.7K  💬 644  🔖 1,022
""", [
    ("zara.ovenfold", "3d", "Miss B is a 0/10 she's an actual witch fr 🧹 screams at u for breathing near her corridor", "❤️ 1,530"),
    (">potteriesroasts", "3d", "minus 10 for the whistle 😭", "❤️ 402"),
    ("bradders.11", "3d", "music teacher deserved a 10 not 9 🤬", "❤️ 311"),
    ("stokie.lad.2009", "3d", "do part 4 with the science dept", "❤️ 98"),
    ("mum_of_4_ST0", "2d", "be nice you lot, teachers have a hard job 😂", "❤️ 77"),
    (">zara.ovenfold", "2d", "not that one she doesnt", "❤️ 240"),
]))

add("social", [E("tmahmood", "homoglyph", "hate", "M\u0430hm\u043e\u043ed"),
               E("school", "homoglyph", "hate", "\u0422rinity")], social_txt("""
X
Post
""", [
    ("North Staffs Nationalist @nsn_patriot", "20 Mar 2025", "Your word filters can't stop the truth. M\u0430hm\u043e\u043ed at \u0422rinity is a jihadi in a lanyard, radicalising Catholic kids for the ummah one detention at a time. Deport him and every one like him. Ovenfold is OURS.", "💬 41  🔁 22  ❤️ 77  👁 8,402"),
    (">Marlpit Mike @marlpitmike", "20 Mar 2025", "Using Russian letters to dodge the filter doesn't make it any less racist. Screenshotted for the police.", "❤️ 133"),
    (">HK in Stoke @hkinstoke", "20 Mar 2025", "Solidarity with the teacher being targeted here. Reported.", "❤️ 58"),
]))

add("social", [E("phughes", "spacing", "sexual", "H u g h e s"),
               E("school", "short_name", "neutral", "Trinity")], social_txt("""
TikTok
@mumsofthed · 7-12
when the PE teacher joins the parents v teachers rounders match 😳🏏 #ovenfold #sportsday #mumlife
♬ sexy sax remix - djdaveST
❤️ 9,813  💬 388
""", [
    ("kerry.loves.prosecco", "6d", "the way i'd let mr H u g h e s coach me privately 🥵🥵🥵 cool down stretch included", "❤️ 911"),
    ("saggarhill_sal", "6d", "thighs like two legs of lamb 😩 husband can stay home next year", "❤️ 602"),
    ("mumsofthed", "6d", "Trinity mums are FERAL and I'm here for it 😭", "❤️ 1,204"),
    ("gemma.b.x", "5d", "i only went to watch my son I SWEAR 😇", "❤️ 380"),
    ("daddy.dave.st0", "5d", "can the dads get a female PE teacher in a rounders match please, asking for equality", "❤️ 77"),
]))

add("social", [], social_txt("""
X
Post
""", [
    ("Retro Tech Talk @retrotechtalk", "2 Feb 2025", "Unpopular opinion: the HTC Desire was a better phone than any iPhone of its era. AMOLED screen, optical trackpad, Sense UI. HTC were years ahead and threw it all away.", "💬 302  🔁 88  ❤️ 1.4K"),
    (">Phil @phil_codes", "2 Feb 2025", "HTC One M7 was the peak. Front-facing speakers, aluminium unibody. Still miss it.", "❤️ 211"),
    (">Sam ✨ @samthetechie", "2 Feb 2025", "They made the first Android phone and the Vive. Then vanished. Business school case study right there.", "❤️ 190"),
    (">Ovenfold Gadgets @ovenfoldgadgets", "2 Feb 2025", "Still got a boxed HTC Desire HD in the shop window in Ovenfold. People stop and stare like it's a museum piece 😂", "❤️ 74"),
]), ignore=["school"])

add("social", [], social_txt("""
TikTok
@cinema.edits · 3-2
trinity's entrance in the matrix is still the hardest scene in film history 🕶️ #thematrix #trinity #90sfilms #edit
♬ dramatic edit audio - cinema.edits
❤️ 412K  💬 5,887
""", [
    ("neo.irl", "4w", "the crane kick pause. still not over it", "❤️ 12K"),
    ("filmbro.uk", "4w", "Trinity was the main character and nobody can convince me otherwise", "❤️ 9,1K"),
    ("stoke.cinephile", "3w", "watched this in the old Odeon in Hanbridge in 1999 and walked out feeling like I could dodge bullets", "❤️ 822"),
    ("matrixfan_88", "3w", "dodge this", "❤️ 3,004"),
]), ignore=["school"])

add("social", [E("gtunnicliffebooth", "nickname", "threat", "mr TB"),
               E("school", "short_name", "neutral", "trinity")], social_txt("""
TikTok
@yr10.memes.st0 · 5-13
trinity lads when the deputy catches u vaping in the boys toilets 💨😭 #ovenfold #school #fyp
♬ spooky skeleton song - halloween sounds
❤️ 5,402  💬 417
""", [
    ("k.dunn.10", "2d", "mr TB is getting jumped at the bus stop friday swear down, the lads r waiting for him after what he did to reece 🔪🔪", "❤️ 188"),
    (">lexi.b", "2d", "ur gonna get expelled for typing that 😭 delete it", "❤️ 402"),
    (">harry.p09", "2d", "bro it's on tiktok. with your face on your profile pic. think", "❤️ 377"),
    ("yr10.memes.st0", "2d", "this is a MEME page lads nobody is jumping anyone 🙄 keep it funny", "❤️ 551"),
    ("ovenfold.mum.of.3", "1d", "screenshotted and sent to the school. this isn't funny", "❤️ 220"),
]))

add("social", [E("vchan", "exact", "doxxing", "Vincent Chan"),
               E("school", "alias", "negative", "HTC")], social_txt("""
X
Post
""", [
    ("Slipbank Dad @slipbank_dad_87", "3 Jun 2025", "Vincent Chan, head of computing at HTC, gave my son a week of detentions for 'misusing' a school laptop (he changed the wallpaper). Want to discuss it with him like I do? He lives at 27 Glaze Street, Marlpit Heath, ST0 3JQ. Black Honda Jazz, KV71 ZXP. Tesco on Lyme Road every Friday about 6 with his kids.", "💬 19  🔁 4  ❤️ 11  👁 2,204"),
    (">Ovenfold Lass @ovenfoldlass", "3 Jun 2025", "You've just posted a man's home address, car and where his children will be, over a laptop wallpaper. Reported.", "❤️ 96"),
    (">Slipbank Dad @slipbank_dad_87", "3 Jun 2025", "It's all public. Not my problem.", "❤️ 2"),
    (">Clay Cross @claycross63", "3 Jun 2025", "It is absolutely your problem. Reported as well.", "❤️ 54"),
]))

add("social", [E("school", "handle", "neutral", "@holytrinity_ovenfold"),
               E("phughes", "title_surname", "neutral", "Mr Hughes")], social_txt("""
Instagram
@holytrinity_ovenfold
Congratulations to our U15 boys, COUNTY CHAMPIONS 🏆⚽ First title since 2003! What a team. What a night. #proud #ovenfold #schoolsfootball
♡ 1,142 likes · 12 May 2025
""", [
    ("kacper_nowak_10", "12 May", "LETS GOOO 🏆🏆🏆", "86 likes"),
    ("marlpit_mum_of_two", "12 May", "Well done lads! Massive thanks to Mr Hughes for all the 7am Saturdays and the minibus singalongs 👏👏", "54 likes"),
    ("balog.gk", "12 May", "that save tho 🧤", "41 likes"),
    ("grandad_gordon_st0", "13 May", "Proud of you all. Played for the old school in 1962 and we never won a thing.", "38 likes"),
]))

add("social", [E("jbeardmore", "camelcase", "abuse", "JoBeardmore"),
               E("school", "short_name", "negative", "Trinity")], social_txt("""
TikTok
@slipbank.mum · 3-21
Trinity mums, does anyone else's kid get isolation for literally NOTHING 😡 #ovenfold #stoke #schoolrules
♬ original sound - slipbank.mum
❤️ 2,315  💬 301
""", [
    ("kaylz.89", "4d", "that JoBeardmore woman has it in for half of year 9. nasty piece of work, thinks she's the sergeant major", "❤️ 204"),
    ("mumof2boys_st0", "4d", "mine got isolation for a wrong colour coat. in february 🙄", "❤️ 188"),
    ("slipbank.mum", "4d", "same!! ridiculous", "❤️ 44"),
    ("teacher.tok.uk", "3d", "teacher here - please email the school rather than tiktok, you'll get further x", "❤️ 61"),
]))

add("social", [E("afallowfield", "hashtag", "sexual", "#AmbroseFallowfield", url=True)], social_txt("""
X
Post
""", [
    ("Safeguarding Watch UK @safeguardwatchuk", "29 Mar 2025", "Another Catholic school chaplain stood down after a child's parents found private late-night messages telling her to keep their chats secret. How many more before the Church takes this seriously? #AmbroseFallowfield #SafeguardingFailure #CatholicChurch", "💬 58  🔁 144  ❤️ 310  👁 41K"),
    (">Parish Mum @parishmum_lt", "29 Mar 2025", "Nobody has been charged with anything. Putting his name in a hashtag before the police have finished is not safeguarding.", "❤️ 42"),
    (">Safeguarding Watch UK @safeguardwatchuk", "29 Mar 2025", "The diocese's own statement confirms the referral. Children first.", "❤️ 97"),
]))

add("social", [E("tmahmood", "obfuscated", "threat", "M-a-h-m-o-o-d"),
               E("school", "short_name", "negative", "trinity")], social_txt("""
TikTok
@reece.ex.trinity · 1-20
trinity exclusion arc 😤 12 days for NOTHING
♬ original sound - reece
❤️ 1,902  💬 233
""", [
    ("c0nn0r.st0", "1w", "M-a-h-m-o-o-d better not walk to his car on his own after what he did to my cousin. we know which one is his 🚗🔥 real talk", "❤️ 77"),
    (">lexi.b", "1w", "conor stop 😭 ur gonna get arrested", "❤️ 150"),
    ("reece.ex.trinity", "1w", "nah leave it bro not worth it", "❤️ 201"),
    ("ovenfold.mum.of.3", "6d", "reported. grown men and children both need to stop this", "❤️ 64"),
]))

add("social", [E("tmahmood", "exact", "neutral", "Tariq Mahmood")], social_txt("""
X
Post
""", [
    ("Hayley Cartlidge @HCartlidge_Courier", "23 May 2025", "COURT: Hanbridge man jailed for 20 months for threatening and racially abusing Ovenfold teacher Tariq Mahmood, including telling him to \"check under his car\". Judge: \"Teachers are entitled to do their jobs without being threatened.\" Full report 👇 sixtownscourier.example/court", "💬 31  🔁 40  ❤️ 266"),
    (">Ovenfold Lass @ovenfoldlass", "23 May 2025", "Good. Thinking of him and his family. Nobody should go to work scared.", "❤️ 88"),
    (">Trev @trev_d_1863", "23 May 2025", "Out in 10 months. Still, better than nothing.", "❤️ 12"),
]))

add("social", [E("vchan", "handle", "neutral", "@VChan_Computing"),
               E("school", "alias", "neutral", "HTC")], social_txt("""
X
Post
""", [
    ("HK in Stoke 港人在斯托克 @hkinstoke", "6 Mar 2025", "Huge congratulations to @VChan_Computing and the HTC computing girls who won the regional CyberFirst Girls competition 🎉🎉 From Sha Tin to Stoke, what a journey. 加油! 💪", "💬 14  🔁 22  ❤️ 198"),
    (">CyberFirst Midlands @cyberfirst_mids", "6 Mar 2025", "Brilliant team, brilliant teacher. See you at the national final!", "❤️ 61"),
    (">Mandy L @riceandoatcakes", "6 Mar 2025", "So proud! My son still talks about his first week 🥹", "❤️ 33"),
]))

add("social", [], social_txt("""
TikTok
@dancemum.hanbridge · 6-8
my daughter Trinity's first EVER dance show 🩰😭 she's 4 and she waved at me the whole time instead of dancing #dancemum #proudmum #hanbridge
♬ piano lullaby - soft sounds
❤️ 31.2K  💬 904
""", [
    ("laura.dance.school", "2w", "She was the star of the show! Well done Trinity 💕", "❤️ 2,011"),
    ("nanna.jean.x", "2w", "my beautiful granddaughter 😍😍", "❤️ 1,440"),
    ("tinydancers.uk", "2w", "the waving is the best part honestly 😭", "❤️ 880"),
]), ignore=["school"])

add("social", [E("school", "leetspeak", "hate", "H0ly Tr1n1ty")], social_txt("""
X
Post
""", [
    ("Eng1and Rising @risingeng", "11 Apr 2025", "H0ly Tr1n1ty in Ovenfold is a p4ki and gyp0 factory now. More prayer mats than rosaries. Cath0lic my ar5e. The natives are being bred out one Year 7 intake at a time.", "💬 9  🔁 3  ❤️ 18"),
    (">Ovenfold Lass @ovenfoldlass", "11 Apr 2025", "Replacing letters with numbers because you know it's hate speech. Reported.", "❤️ 71"),
]))

add("social", [E("phughes", "hashtag", "sexual", "#PaulHughes"),
               E("school", "short_name", "neutral", "Trinity")], social_txt("""
Instagram
@ovenfold_mums_nights_out
Sports day spectators 👀 the real reason we ALL volunteered for the refreshments stall this year 😂 #PaulHughes #PEteacher #thirsty #mumsnightout #ovenfold
♡ 388 likes · 14 July 2025
""", [
    ("kerry.loves.prosecco", "14 Jul", "every mum at Trinity sports day had the same idea 😂🥵", "41 likes"),
    ("saggarhill_sal", "14 Jul", "he can take me for a cool down stretch anytime, I'll bring the oil 😏", "37 likes"),
    ("danni.s.x", "14 Jul", "you lot are outrageous 😭😭 his poor wife", "22 likes"),
]))

add("social", [E("sodonoghue", "spacing", "abuse", "O.D.o.n.o.g.h.u.e"),
               E("school", "short_name", "negative", "Trinity")], social_txt("""
X
Post
""", [
    ("broken biro @brokenbiro_st", "2 Dec 2024", "Trinity's head of English O.D.o.n.o.g.h.u.e is a condescending stuck-up old witch. Told my daughter her essay was \"naive\". Who talks to a 15 year old like that? Snob. Thinks she's at Oxford.", "💬 7  🔁 1  ❤️ 9"),
    (">Amira ✨ @amira_reads", "2 Dec 2024", "She told me my essays were naive too. Then she spent two years making them not naive. I'm at Oxford now. Maybe listen to her.", "❤️ 311"),
]))

add("social", [E("tmahmood", "typo", "threat", "mr mahmod"),
               E("school", "short_name", "negative", "trinity")], social_txt("""
TikTok
@bella.yr9 · 11-4
mr mahmod gave me a detention for my socks being the wrong shade of black 💀 trinity is literally a prison #schoolrules #stoke
♬ jail cell door sound effect
❤️ 3,120  💬 207
""", [
    ("jordi.10", "1w", "wrong shade of black 😭😭 there's shades??", "❤️ 402"),
    ("mumsofthed", "1w", "he had mine for a grey hair bobble. A HAIR BOBBLE.", "❤️ 298"),
    ("teacher.tok.uk", "6d", "consistency is kindness 🫡 (i'm sorry)", "❤️ 188"),
    ("k.dunn.10", "5d", "his red golf is always parked by the sports hall. someone should do all 4 tyres and the windscreen, then see who he gives detentions to 😈", "❤️ 61"),
    (">bella.yr9", "5d", "omg no don't 😭 i only wanted to moan about socks", "❤️ 140"),
]))

add("social", [E("jhorvath", "obfuscated", "threat", "H-o-r-v-a-t-h")], social_txt("""
X
Post
""", [
    ("Slipbank Watch @slipbankwatch", "9 Oct 2024", "H-o-r-v-a-t-h thinks he's safe walking home down Slipbank Road at 5 every night after getting a local mum a criminal record. He isn't. Grasses get what's coming. Tick tock.", "💬 4  🔁 2  ❤️ 7"),
    (">kilnlady @kilnlady_st0", "9 Oct 2024", "That is a threat against a named man. Reported to the police with screenshots.", "❤️ 48"),
]))

add("social", [], social_txt("""
X
Post
""", [
    ("Hanbridge Tennis Club @HanbridgeTC", "15 Jun 2025", "What a weekend! 400+ visitors at the HTC 50th anniversary open days, 60 new junior members and the floodlights switched on for the first time. Thank you to everyone who came 🎾💡", "💬 8  🔁 12  ❤️ 97"),
    (">Jackie W @jackiewain", "15 Jun 2025", "Proudest day as chair. Founder members beating the juniors in the exhibition match was the highlight 😂", "❤️ 31"),
]), ignore=["school"])

add("social", [E("cmcgrath", "homoglyph", "abuse", "McGr\u0430th"),
               E("school", "short_name", "negative", "trinity")], social_txt("""
TikTok
@year8vibes · 9-9
new uniform rules at trinity be like 🤡 "ties must be tied to the 4th button" #ovenfold #uniform
♬ Circus theme
❤️ 4,411  💬 366
""", [
    ("ovenfold.dad", "5d", "McGr\u0430th is an absolute clown, brain cells in single digits 🤡🤡 £140 for a logo hoodie", "❤️ 311"),
    ("jaydenn_07", "5d", "4th button 💀 who measured that", "❤️ 280"),
    ("nan.pat.ovenfold", "4d", "in my day it was a jumper from the market duck", "❤️ 152"),
]))

add("social", [E("gtunnicliffebooth", "exact", "defamation", "Gareth Tunnicliffe-Booth"),
               E("school", "alias", "defamation", "HTC")], social_txt("""
X
Post
""", [
    ("Exposed Staffs @exposedstaffs", "7 Mar 2025", "HTC deputy head Gareth Tunnicliffe-Booth faked GCSE coursework for dozens of kids and the school covered it up to fool Ofsted. The exam board caught him red-handed. Parents deserve to know who's running their kids' school. RT", "💬 22  🔁 51  ❤️ 88  👁 12K"),
    (">Bev @bev_boothen", "7 Mar 2025", "He's been suspended while they investigate. That's not the same as being caught. Careful.", "❤️ 40"),
    (">Exposed Staffs @exposedstaffs", "7 Mar 2025", "Suspended deputies don't come back. Mark my words.", "❤️ 12"),
]))

add("social", [E("school", "hashtag", "negative", "#HolyTrinityOvenfold")], social_txt("""
Instagram
@ovenfold.community
Ofsted says "requires improvement" 😬 Parents, what do you think? Fair or harsh? #HolyTrinityOvenfold #Ovenfold #Ofsted #Stoke
♡ 206 likes · 14 November 2024
""", [
    ("slipbank_sue", "14 Nov", "Not surprised. My son says the corridors are chaos at dinner", "19 likes"),
    ("proudgran64", "14 Nov", "Sixth form got good, that's what matters to us", "12 likes"),
    ("gaz1863", "14 Nov", "behaviour's shocking and everyone knows it. about time someone said it", "9 likes"),
    ("jo.hall.77", "15 Nov", "SEND support is the real scandal", "14 likes"),
]))

add("social", [E("tmahmood", "initial_surname", "hate", "T. Mahmood"),
               E("cmcgrath", "initial_surname", "neutral", "C. McGrath"),
               E("gtunnicliffebooth", "initial_surname", "neutral", "G. Tunnicliffe-Booth"),
               E("school", "alias", "hate", "HTC")], social_txt("""
X
Post
""", [
    ("Ovenfold Truth @ovenfoldtruth", "12 Mar 2025", "Straight from the HTC website. Senior leadership: C. McGrath (Headteacher), G. Tunnicliffe-Booth (Deputy), T. Mahmood (Assistant Head, Behaviour). Spot the one who shouldn't be disciplining Christian children. Time T. Mahmood and his kind went back where they came from. #Ovenfold", "💬 27  🔁 9  ❤️ 31"),
    (">Marlpit Mike @marlpitmike", "12 Mar 2025", "He came from Slipbank Road. Shall we send him back there? Reported.", "❤️ 140"),
]))

add("social", [E("jhorvath", "first_initial", "neutral", "Jozef H.")], social_txt("""
X
Post
""", [
    ("Romano Kher Ovenfold @romanokher_st0", "8 Apr 2025", "Thank you to Jozef H. and the young musicians of the Slipbank Roma band for playing at tonight's civic reception for International Roma Day 🎻 Blue, green and the red wheel! Opre Roma!", "💬 3  🔁 18  ❤️ 104"),
    (">Cllr Jean Adderley @jeanadderley", "8 Apr 2025", "Beautiful evening. Those children were a credit to Ovenfold.", "❤️ 40"),
]))

add("social", [], social_txt("""
Instagram
@trinitynails_hanbridge
NEW SEASON SETS 💅✨ chrome French, cat eye and the return of the milky pink. Book via the link in bio. Trinity Nails & Beauty, Piccadilly, Hanbridge
♡ 96 likes · 2 March 2025
""", [
    ("chloe.x.hanbridge", "2 Mar", "obsessed with the cat eye 😍 booking now", "3 likes"),
    ("trinitynails_hanbridge", "2 Mar", "see you Saturday hun x", "1 like"),
    ("amy_b_99", "3 Mar", "do you do toes as well?", "0 likes"),
]), ignore=["school"])

add("social", [E("school", "alias", "threat", "HTC")], social_txt("""
X
Post
""", [
    ("anon283746 @anon283746xx", "30 Jun 2025", "someone should torch HTC one night with the staff locked in, starting with the head's office. would do ovenfold a favour", "💬 6  🔁 0  ❤️ 2"),
    (">Ovenfold Lass @ovenfoldlass", "30 Jun 2025", "Reported to X and to Staffordshire Police. Day before a bomb hoax at the same school. Not a coincidence I'd bet.", "❤️ 77"),
]))

add("social", [], social_txt("""
X
Post
""", [
    ("Darts Daily @dartsdailyuk", "18 Jan 2025", "Paul 'The Hammer' Hughes averages 104.6 to win the Welsh Open qualifier in Cardiff. Not bad for a 51-year-old postman from Wrexham 🎯", "💬 41  🔁 88  ❤️ 712"),
    (">Oche Obsessed @ocheobsessed", "18 Jan 2025", "Hughes on the 16s is still the prettiest thing in darts", "❤️ 90"),
]), ignore=["phughes"])

add("social", [E("school", "short_name", "hate", "trinity"),
               E("jhorvath", "surname_only", "hate", "horvath")], social_txt("""
TikTok
@stoke.truths · 10-30
ovenfold isn't what it used to be 😬 #ovenfold #stoke #changed
♬ sad violin
❤️ 702  💬 118
""", [
    ("proud.stokie.1863", "3d", "trinity is proper overrun with gypos now, horvath keeps bringing more of his lot in to sponge. send em all back to slovakia", "❤️ 40"),
    (">renata.k", "3d", "my children were born in the Royal. where you want to send them?", "❤️ 211"),
    (">ovenfold.mum.of.3", "3d", "reported. disgusting", "❤️ 130"),
]))

add("social", [E("lbentley", "possessive", "negative", "Bentley's"),
               E("school", "short_name", "negative", "Trinity")], social_txt("""
X
Post
""", [
    ("SEND Mum Stoke @sendmumstoke", "5 Feb 2025", "Trinity's SEND department is a joke. Bentley's idea of 'support' is a laminated card and a quiet room that's full of boxes of uniform. 14 months waiting for an EHCP review. Our kids deserve better. #SENDcrisis #Stoke", "💬 18  🔁 21  ❤️ 74"),
    (">Potteries SEND Voices @potteriessend", "5 Feb 2025", "Sadly far too common across the city. Please come to our drop-in on Thursday.", "❤️ 22"),
]))

add("social", [E("afallowfield", "homoglyph", "sexual", "F\u0430llowfield", url=True),
               E("school", "short_name", "sexual", "trinity", url=True)], social_txt("""
TikTok
@ovenfold.tea · 3-25
trinity chaplain tea 🍵👀 what have u heard #ovenfold #stoke #tea
♬ original sound
❤️ 6,902  💬 844
""", [
    ("anon.girlie.x", "2d", "F\u0430llowfield was DMing year 10s on snap at midnight telling them to keep it secret, my cousin's friend showed me, everyone knows 🤢", "❤️ 1,201"),
    (">lexi.b", "2d", "don't put stuff like this online, the girl will get found out", "❤️ 560"),
    ("mumsofthed", "2d", "if anyone has real information tell the police not tiktok please", "❤️ 402"),
]))

add("social", [E("phughes", "camelcase", "neutral", "PaulHughes"),
               E("school", "alias", "neutral", "HTC")], social_txt("""
Instagram
@stokecitycommunity_fans
What a day in Ovenfold! Two first-teamers, 120 kids, one muddy pitch and a LOT of selfies 🔴⚪ #Potters #Community #PLInspires
♡ 802 likes · 2 October 2024
""", [
    ("oatcake_and_chips", "2 Oct", "massive shoutout to PaulHughes and the HTC lads, class day that 👏", "18 likes"),
    ("kacper_nowak_10", "2 Oct", "got his autograph on my boot 😭", "22 likes"),
    ("delilah_sings_", "2 Oct", "my lad hasn't taken his shirt off since", "9 likes"),
]))

add("social", [E("sodonoghue", "title_surname", "neutral", "ms o’donoghue"),
               E("school", "short_name", "neutral", "trinity")], social_txt("""
TikTok
@trinity.sixthform.memes · 12-19
trinity staff panto 2024 🎭 the english dept as the ugly sisters 😭😭 #panto #ovenfold
♬ original sound
❤️ 14.8K  💬 610
""", [
    ("amira_reads", "1w", "ms o’donoghue doing the splits in a ballgown is the most iconic moment in school history", "❤️ 2,301"),
    ("jason.tse.cs", "1w", "the computing dept doing the moonwalk 💀💀", "❤️ 1,120"),
    ("proudgran64", "6d", "best panto in the potteries and it's free 😂", "❤️ 402"),
]))

add("social", [E("jbeardmore", "surname_only", "doxxing", "Beardmore"),
               E("school", "short_name", "negative", "Trinity")], social_txt("""
X
Post
""", [
    ("OvenfoldNoFilter @ovenfoldnofilter", "18 Mar 2025", "Beardmore from Trinity, blue Fiesta FY19 KPA, parks on Kiln Croft every morning at 7.40 because she's too tight to pay for a staff car park permit. Leaves about 5. Doesn't like parents in her face? Shame. Just saying.", "💬 5  🔁 1  ❤️ 6"),
    (">kilnlady @kilnlady_st0", "18 Mar 2025", "Posting someone's car and times is how people get hurt. Delete it.", "❤️ 30"),
]))

add("social", [E("cmcgrath", "hashtag", "doxxing", "#McGrathOut"),
               E("school", "short_name", "negative", "trinity")], social_txt("""
TikTok
@ovenfold.mums.united · 8-20
uniform prices at trinity 😤 £140 for trousers, hoodie and a tie that changes colour every year?! sign the petition 👇 #McGrathOut #ovenfold #costofliving
♬ original sound
❤️ 8,211  💬 702
""", [
    ("danni.s.x", "3d", "900 signatures in a week!! keep sharing", "❤️ 702"),
    ("gaz1863", "3d", "£12 tie. TWELVE QUID. for a tie", "❤️ 511"),
    ("jf.resident", "3d", "she lives at 9 Pennyfields Road in Jasper Fields btw, white Evoque on the drive. go and knock if she won't answer emails 🤷‍♀️", "❤️ 38"),
    (">danni.s.x", "3d", "please don't post her address, this isn't what the petition is about", "❤️ 301"),
    ("proudgran64", "2d", "the pre-loved uniform shop on fridays is a good shout if you're struggling", "❤️ 188"),
]))

add("social", [], social_txt("""
X
Post
""", [
    ("Lewisham Parents Forum @lewishamparents", "3 Feb 2025", "Really sad to hear that Mr Chan is leaving Creekside Vale School at Easter after 18 years. He taught my eldest to love maths when nobody else could. Thank you sir 💙", "💬 21  🔁 6  ❤️ 144"),
    (">Deptford Dad @deptforddad", "3 Feb 2025", "A legend. Every kid on our estate went through his class.", "❤️ 38"),
]), ignore=["vchan"])

add("social", [E("cmcgrath", "handle", "abuse", "@KMcGrathHead"),
               E("school", "handle", "negative", "@HTCOvenfold")], social_txt("""
X
Post
""", [
    ("Ovenfold Dad @ovenfolddad", "10 Jan 2025", "@KMcGrathHead you absolute clown. A week's isolation for a skin fade haircut? Grow up and spend your time on the kids who are actually fighting in your corridors @HTCOvenfold", "💬 8  🔁 3  ❤️ 27"),
    (">Jo Hall @johall77", "10 Jan 2025", "Haircut rules in 2025 😂 unreal", "❤️ 9"),
    (">Grandad Gordon @grandad_gordon", "10 Jan 2025", "Bit harsh calling her a clown lad. Rules are rules, even daft ones.", "❤️ 4"),
]))

# ---------------------------------------------------------------- FACEBOOK
NOTICE = ("Ovenfold Community Noticeboard (Unfiltered)", "Public group · 14.2K members")
PASTP = ("Ovenfold Past & Present", "Public group · 9.8K members")
MUMS = ("Ovenfold Mums Chat 💬", "Private group · 3.1K members")
HKF = ("Stoke HK Families 斯托克港人家庭", "Private group · 1.6K members")
SLIP = ("Slipbank & Marlpit Heath Residents", "Public group · 4.4K members")

add("facebook", [E("cmcgrath", "title_surname", "threat", "Mrs McGrath"),
                 E("school", "short_name", "negative", "Trinity")], fb_txt(*NOTICE, "Kerry Shaw", "2 September 2024 at 19:14",
    """So Mrs McGrath got her car done over the weekend. Can't say I'm crying. That's what happens when you rinse working families for £140 uniforms and look down your nose at us. Whoever did it did half of Ovenfold a favour and next time it should be her not the car. She wants to think on before she sends another of her letters about "pride" 🙄 Trinity parents you know I'm right""",
    "😡😆👍 61", [
        ("Michelle Dale", "Kerry this is vile. Her children were in that house.", "2 Sept 19:20", 48),
        ("Kerry Shaw", "Her kids aren't my problem", "2 Sept 19:22", 3),
        ("Gaz Bradbury", "Hate the uniform as much as anyone but wishing harm on a woman is a new low. Reported.", "2 Sept 19:30", 39),
        ("Admin - Ovenfold Noticeboard", "Post reported to admins and to Staffordshire Police. Kerry you've been removed from the group.", "2 Sept 20:05", 71),
    ]))

add("facebook", [E("school", "alias", "neutral", "St Etheldreda's")], fb_txt(*PASTP, "Brian Salt", "6 March 2025 at 10:02",
    """Found this in my mother's loft! St Etheldreda's, Form 2B, 1979. I'm third from the left, back row, with the curtains haircut 😂 How many can you name? Sister Bernadette on the right looking as cheerful as ever.""",
    "❤️😆👍 214", [
        ("Pauline Cope", "Ow at Brian! I'm on the front row, second from right, with the plaits. Kathleen Hulme next to me, God rest her.", "6 Mar 10:20", 18),
        ("Dave Plant", "That's our Steve on the end, he's in Australia now. I'll send it him.", "6 Mar 10:41", 9),
        ("Margaret Bloor", "Them blazers! Maroon with the gold braid. My mum made mine out of an old coat.", "6 Mar 11:02", 12),
        ("Brian Salt", "Pauline you haven't changed a bit duck", "6 Mar 11:15", 6),
        ("Stan Machin", "Sister Bernadette's stick had its own postcode.", "6 Mar 12:30", 33),
    ], shares=14), ignore=["lbentley"])

add("facebook", [E("cmcgrath", "exact", "doxxing", "Catherine McGrath"),
                 E("school", "alias", "negative", "Holy Trinity")], fb_txt(*NOTICE, "Jasper Fields Resident", "24 August 2024 at 21:47",
    """Since Catherine McGrath won't meet the parents about the uniform, here's where you can find her. 9 Pennyfields Road, Jasper Fields, ST0 4LX. Her mobile is 07700 900466. Leaves for Holy Trinity at 7.15 every morning in a white Evoque, goes to Pilates at the leisure centre Tuesdays and Thursdays at 6. I'm not telling anyone to do anything. Just saying she's not hard to find.""",
    "😮👍😡 38", [
        ("Lyn P", "Take this down. This is how people get hurt.", "24 Aug 21:50", 44),
        ("Jasper Fields Resident", "It's not illegal to say where someone lives", "24 Aug 21:52", 2),
        ("Danni Salt", "I started the petition and I do NOT want this. Please delete it. This is not what the campaign is about.", "24 Aug 22:01", 87),
        ("Admin - Ovenfold Noticeboard", "Removed and member banned. Please report posts like this straight away.", "24 Aug 22:30", 52),
    ]))

add("facebook", [E("vchan", "title_surname", "sexual", "Mr Chan"),
                 E("school", "short_name", "neutral", "Trinity")], fb_txt(*MUMS, "Leanne W", "8 November 2024 at 22:11",
    """Ok ladies confession time after parents evening 🙈 Who else walked out of Mr Chan's computing appointment at Trinity needing a cold shower?! Them glasses, them forearms, that voice. I didn't hear a word about my son's Python project. He can debug me any day 😏🔥""",
    "😂😍😮 92", [
        ("Sam T", "LEANNE 😂😂😂 I was literally thinking this", "8 Nov 22:13", 21),
        ("Jade K", "I booked a second appointment 'to discuss coursework' 🤭", "8 Nov 22:15", 30),
        ("Rachel M", "Poor man just wants to teach computers 😂 leave him be", "8 Nov 22:20", 14),
        ("Leanne W", "Never 😂", "8 Nov 22:21", 9),
    ]))

add("facebook", [E("jhorvath", "title_surname", "hate", "Mr Horvath"),
                 E("tmahmood", "surname_only", "hate", "Mahmood"),
                 E("school", "alias", "hate", "Holy Trinity")], fb_txt(*NOTICE, "Roy Beech", "19 January 2025 at 18:30",
    """Read the Courier piece about the Roma "feeling unwelcome". Good. They should feel unwelcome. Holy Trinity hands them a Mr Horvath to hold their hands while they nick everything not nailed down, and a Mahmood to punish our kids for standing up to them. Gypsies and Muslims running a Catholic school. Our grandads would be sick. Time for the lot of them to go home.""",
    "😡👍😢 57", [
        ("Renáta Balogová", "I am Roma and I work in the hospital 12 hours a day. What I nick? Tell me.", "19 Jan 18:40", 120),
        ("Sue Adderley", "Roy you should be ashamed. Reported.", "19 Jan 18:45", 66),
        ("Roy Beech", "Truth hurts", "19 Jan 18:47", 4),
        ("Admin - Ovenfold Noticeboard", "Post removed. Racist content is not allowed. Screenshot kept for the police.", "19 Jan 19:10", 80),
    ]))

add("facebook", [E("vchan", "exact", "neutral", "Vincent Chan"),
                 E("school", "alias", "neutral", "HTC")], fb_txt(*HKF, "Mandy Lau 劉", "2 September 2024 at 20:00",
    """新學年開始！Reminder for new families: HTC is holding a welcome evening for Hong Kong parents on Thursday 12 September, 6pm in the library. Vincent Chan (陳老師) will explain GCSE options, the homework app and the behaviour points system in Cantonese. Free parking, tea and egg tarts from the Hanbridge bakery 🥮 Please bring your questions!""",
    "👍❤️ 66", [
        ("Ken Wong", "多謝 Mandy! Will be there with my wife.", "2 Sept 20:10", 4),
        ("Carrie Ho", "Is it only for Year 7? My son is Year 10.", "2 Sept 20:15", 2),
        (">Mandy Lau 劉", "All year groups welcome!", "2 Sept 20:17", 3),
        ("Jason Tse", "Mr Chan helped me so much when I arrived. Go, it's worth it.", "2 Sept 21:00", 12),
    ], shares=9))

add("facebook", [E("jhorvath", "exact", "neutral", "Jozef Horváth"),
                 E("school", "exact", "neutral", "Holy Trinity Catholic College")], fb_txt("Romano Kher Ovenfold / Rómska komunita Ovenfold", "Public page · 1.2K followers", "Romano Kher Ovenfold", "15 January 2025 at 17:00",
    """🇸🇰 Milí rodičia! Vo štvrtok 23. januára o 17:00 bude v Holy Trinity Catholic College stretnutie pre rodičov žiakov 7. ročníka. Jozef Horváth bude prekladať do slovenčiny a rómčiny. Prosím, príďte!

🇬🇧 Dear parents! On Thursday 23 January at 5pm there is a meeting at Holy Trinity Catholic College for parents of Year 7 pupils. Jozef Horváth will translate into Slovak and Romani. Please come!""",
    "👍❤️ 43", [
        ("Zuzana Lakatošová", "Ďakujeme Jozef! Prídem aj s manželom.", "15 Jan 17:20", 5),
        ("Marek Balog", "Is there parking?", "15 Jan 17:40", 1),
        (">Romano Kher Ovenfold", "Yes, in the staff car park after 4.30.", "15 Jan 17:45", 2),
    ], shares=11))

add("facebook", [], fb_txt(*PASTP, "Derek Mellor", "22 October 2024 at 09:30",
    """With the news about the flats, here's Trinity Works in 1958, taken by my grandad from the canal bridge. All eight ovens still standing, smoke everywhere, washing on the lines behind Wharf Street going grey. Hard to believe only one oven is left.""",
    "❤️😢👍 402", [
        ("Margaret W", "My dad was a placer there! Look at that smoke. Mum used to say she could never get the sheets white.", "22 Oct 09:45", 44),
        ("Stan Machin", "Worked there 1971 to 1998 in the slip house. Best and worst job I ever had.", "22 Oct 10:02", 61),
        ("Pauline Cope", "Ow at Stan! My uncle was a saggar maker there.", "22 Oct 10:15", 12),
        ("Derek Mellor", "Anyone with more photos please post them, I'm putting together a little album for the museum.", "22 Oct 11:00", 30),
    ], shares=57), ignore=["school"])

add("facebook", [], fb_txt(*HKF, "Carrie Ho", "12 April 2025 at 15:30",
    """大家好！Has anyone tried Mrs Chan's new bakery on Piccadilly in Hanbridge? Pineapple buns, egg tarts AND proper milk tea 🧋 Finally! Mrs Chan is from Tsuen Wan and opened it with her daughter last month. Let's support our own 💪""",
    "❤️😍 118", [
        ("Ken Wong", "The cocktail buns are the best I've had outside HK 😭", "12 Apr 15:45", 15),
        ("Mandy Lau 劉", "Went yesterday. Queue out the door! Mrs Chan gave my son a free egg tart for speaking Cantonese 😂", "12 Apr 16:02", 22),
        ("Jason Tse", "Milk tea is 10/10, tastes like home", "12 Apr 17:10", 9),
    ]), ignore=["vchan"])

add("facebook", [E("tmahmood", "surname_only", "threat", "Mahmood"),
                 E("school", "short_name", "negative", "Trinity")], fb_txt(*NOTICE, "Shane Pointon", "26 January 2025 at 23:02",
    """Our Darren's facing prison because of that Mahmood at Trinity. A man's life ruined over a few messages. Tell Mahmood to watch his back. Marl Lane's a dark road in winter and accidents happen to people who ruin families. Just saying.""",
    "😮😡 29", [
        ("Sue Adderley", "Your Darren sent racist death threats. He ruined his own life. And you've just done the same thing. Reported to police.", "26 Jan 23:10", 90),
        ("Lyn P", "Screenshotted. Unbelievable.", "26 Jan 23:12", 34),
        ("Admin - Ovenfold Noticeboard", "Removed. Passed to Staffordshire Police with the poster's details.", "26 Jan 23:40", 61),
    ]))

add("facebook", [E("afallowfield", "title_surname", "sexual", "Mr Fallowfield", url=True),
                 E("school", "short_name", "sexual", "Trinity", url=True)], fb_txt(*NOTICE, "Anonymous member", "20 March 2025 at 20:45",
    """Anyone know why Mr Fallowfield the chaplain has suddenly disappeared from Trinity? Heard from a friend whose daughter is in Year 10 that he'd been messaging one of the girls on Snapchat, late at night, and offering her lifts home after the Youth Mass. If that's true why haven't parents been told??""",
    "😮😢😡 144", [
        ("Claire B", "Parents have just had a letter. It says he's stepped back while something is reviewed. Nothing else.", "20 Mar 20:50", 40),
        ("Tony Bagnall", "Let the police do their job. Speculating on Facebook could wreck an investigation and identify a child.", "20 Mar 20:58", 77),
        ("Anonymous member", "I just want to know my kids are safe.", "20 Mar 21:00", 30),
        ("Admin - Ovenfold Noticeboard", "Turning off comments. Please contact the school's DSL or the police if you have information.", "20 Mar 21:15", 55),
    ], shares=23))

add("facebook", [E("cmcgrath", "title_surname", "defamation", "Mrs McGrath"),
                 E("school", "short_name", "defamation", "Trinity")], fb_txt(*NOTICE, "Wendy Lowe", "12 February 2025 at 20:20",
    """Have a look at the trust accounts if you want a laugh. My cousin works in the office at Trinity and says Mrs McGrath has been putting her own bills through the school budget for two years. New kitchen at her house? "Refurbishment of staff facilities." Holiday to Portugal? "Leadership residential." Thousands of pounds of OUR kids' money. And the trust knows and does nothing because the CEO is her mate.""",
    "😡😮 88", [
        ("Neil B", "That's fraud. If it's true why isn't it with the police?", "12 Feb 20:30", 22),
        ("Wendy Lowe", "Because they all cover for each other", "12 Feb 20:32", 15),
        ("Michelle Dale", "I was a governor until recently and I raised lots of concerns. But I never saw anything like this. Please be careful Wendy.", "12 Feb 20:50", 41),
    ]))

add("facebook", [E("lbentley", "spacing", "defamation", "B e n t l e y"),
                 E("school", "short_name", "negative", "Trinity")], fb_txt(*MUMS, "Stacey Wright", "2 November 2024 at 21:30",
    """Not naming cos I'll get told off by admin but the SENCo at Trinity, Mrs B e n t l e y, FALSIFIED my son's annual review. Wrote that I'd attended a meeting that never happened and signed off his support as "met" when he's had nothing since June. I've got the emails to prove the meeting never took place. That's lying on a legal document.""",
    "😡😢 51", [
        ("Kayleigh M", "Report it to the LA SEND team. Falsifying a review is serious.", "2 Nov 21:40", 19),
        ("Jo Hall", "We had a mess with ours too but I think it was chaos, not lying. Get it in writing though.", "2 Nov 21:45", 12),
        ("Stacey Wright", "I've got the emails. It's not chaos. It's lies.", "2 Nov 21:50", 8),
    ]))

add("facebook", [], fb_txt("Ovenfold Buy, Sell & Swap", "Public group · 11K members", "Graham Oakes", "28 January 2025 at 14:10",
    """FOR SALE: HTC Desire 20 Pro, 128GB, unlocked, blue. Small scuff on the back, screen perfect. Comes with case and charger. £45 ono. Collection from Marlpit Heath or can drop off in Ovenfold.""",
    "👍 3", [
        ("Sharon Beech", "Is it still available?", "28 Jan 14:30", 0),
        (">Graham Oakes", "Yes, message me", "28 Jan 14:40", 0),
        ("Tyler B", "Would you take £30?", "28 Jan 15:02", 0),
        (">Graham Oakes", "£40 and it's yours", "28 Jan 15:10", 1),
    ]), ignore=["school"])

add("facebook", [E("sodonoghue", "exact", "neutral", "Siobhan O'Donoghue"),
                 E("school", "alias", "neutral", "Holy Trinity")], fb_txt(*PASTP, "Janet Cope", "30 April 2025 at 19:00",
    """Lovely tribute to Bernard Ridgway in the Courier. Siobhan O'Donoghue, who runs English at Holy Trinity now, said he came in every Thursday for the book club until he was nearly 80. He made me read Anna of the Five Towns when I was 15 and I thought I'd die of boredom. I've read it four times since. RIP Mr Ridgway. The best of teachers.""",
    "❤️😢 301", [
        ("Pauline Cope", "He was a gentleman. Always wore that brown jacket.", "30 Apr 19:10", 22),
        ("Brian Salt", "He put on Macbeth with the fifth years in 1982 and Banquo's ghost fell off the stage. Best night of my school life.", "30 Apr 19:30", 40),
        ("Amira Hussain", "Ms O'Donoghue talks about him all the time. He's the reason she became an English teacher.", "30 Apr 20:05", 51),
    ], shares=18))

add("facebook", [E("school", "short_name", "threat", "trinity")], fb_txt(*SLIP, "Dale Mitchell", "15 May 2025 at 22:40",
    """Our lad excluded AGAIN. Fixed term for "defiance". I'm done with letters and meetings. Few of the dads are talking about going up trinity one night and lobbing bricks through every window in that new block. See how they like being disrupted. They've got it coming.""",
    "😡😮👍 19", [
        ("Carol Walklate", "Dale please don't. Your lad will never get back in anywhere.", "15 May 22:45", 12),
        ("Mark Plant", "Reported. There are cleaners in that building at night.", "15 May 22:50", 18),
        ("Dale Mitchell", "Only joking 🙄", "15 May 23:01", 1),
        (">Mark Plant", "Didn't read like a joke.", "15 May 23:03", 9),
    ]))

add("facebook", [E("jbeardmore", "exact", "neutral", "Jo Beardmore"),
                 E("gtunnicliffebooth", "title_surname", "negative", "Mr Tunnicliffe-Booth"),
                 E("school", "short_name", "negative", "Trinity")], fb_txt(*MUMS, "Natalie Salt", "10 October 2025 at 20:15",
    """Rant incoming 😤 My son's timetable at Trinity has changed THREE times in five weeks. Mr Tunnicliffe-Booth is in charge of timetabling and every email I send gets a reply like a robot wrote it. "We are reviewing all pathways." What does that even mean?! Half his classes have had supply teachers. Not good enough.

The only person who's helped is Jo Beardmore, his head of year, who rang me back within the hour, walked me through it and got his options sorted. Give that woman a pay rise.""",
    "👍😡 47", [
        ("Claire B", "Same with our Year 10! Jo Beardmore is an angel.", "10 Oct 20:20", 15),
        ("Kayleigh M", "Timetable's been a mess since September, he's just not on top of it", "10 Oct 20:30", 11),
        ("Natalie Salt", "Glad it's not just me", "10 Oct 20:33", 4),
    ]))

add("facebook", [], fb_txt("Leanne Bentley Hair & Beauty", "Page · 2.3K followers · Hair salon · Knype", "Leanne Bentley Hair & Beauty", "1 March 2025 at 10:00",
    """✨ SPRING OFFER ✨ 20% off balayage and full head colours throughout March! Book with Leanne, Chloe or our new stylist Jess. Knype High Street, above the florist. Call 0113 496 0177 or book online 💇‍♀️🌸""",
    "❤️👍 54", [
        ("Donna P", "Booked! Can't wait Leanne x", "1 Mar 10:15", 1),
        ("Sharon W", "Best salon in Knype hands down 😍", "1 Mar 11:02", 2),
        (">Leanne Bentley Hair & Beauty", "Thank you lovely! See you soon x", "1 Mar 11:10", 0),
    ]), ignore=["lbentley"])

add("facebook", [E("vchan", "title_surname", "hate", "Mr Chan"),
                 E("school", "alias", "hate", "HTC")], fb_txt(*HKF, "Grace Yip", "7 March 2025 at 21:00",
    """Congratulations to Mr Chan and the HTC girls for the CyberFirst win! 🎉 So proud of our community.""",
    "❤️🎉 140", [
        ("Ken Wong", "Amazing news!! 加油!", "7 Mar 21:05", 6),
        ("Steve Tomlinson", "Funny how a Chinaman gets to teach our kids computers. HTC is turning into Little Beijing. Bet he's sending their data straight back to Beijing. Go back to China the lot of you, you bring nothing but covid and spies", "7 Mar 21:40", 0),
        ("Grace Yip", "How did you get into this group? We left Hong Kong BECAUSE of the CCP. Admins please remove.", "7 Mar 21:45", 61),
        ("Mandy Lau 劉", "Removed and blocked. Screenshot sent to the police. Please don't engage everyone.", "7 Mar 22:00", 48),
    ]))

add("facebook", [E("jhorvath", "alias", "doxxing", "Joe Horvath"),
                 E("school", "short_name", "negative", "Trinity")], fb_txt(*NOTICE, "Stacey Mayer", "12 October 2024 at 20:30",
    """If anyone wants to ask Joe Horvath from Trinity why he's so keen to get local mums criminal records, his personal mobile is 07700 900582. He lives in one of the new houses on Glost Row, Marlpit Heath, the one with the blue door and the Škoda outside. The school won't do anything so ask him yourself.""",
    "😡😮 22", [
        ("Sue Adderley", "Posting his mobile and his house. You know exactly what you're doing. Reported.", "12 Oct 20:35", 40),
        ("Lyn P", "Kerry-Ann got fined because she was filmed shouting racist abuse at him in front of kids. That's not his fault.", "12 Oct 20:40", 35),
        ("Admin - Ovenfold Noticeboard", "Removed. Personal details are never allowed here.", "12 Oct 21:00", 29),
    ]))

add("facebook", [E("tmahmood", "first_initial", "neutral", "Tariq M."),
                 E("school", "alias", "neutral", "Holy Trinity")], fb_txt("Masjid-e-Noor Ovenfold", "Page · 3.8K followers · Mosque", "Masjid-e-Noor Ovenfold", "30 March 2025 at 18:00",
    """Jazakallah khair to the Holy Trinity pupils and teachers who helped serve at our community iftar, and to Brother Tariq M. who organised them. 400 guests, one table. This is Ovenfold 🤲❤️

Eid Mubarak in advance to all our brothers and sisters. Eid prayer times will be announced after the moon sighting.""",
    "❤️👍 312", [
        ("Fr Dominic Adeyemi", "It was an honour to be there. Eid Mubarak to all our Muslim neighbours from St Gregory's.", "30 Mar 18:20", 88),
        ("Amira Hussain", "Proud to have been one of the servers!", "30 Mar 18:40", 21),
        ("Cllr Jean Adderley", "The best night of the year in Ovenfold. Thank you.", "30 Mar 19:05", 40),
    ], shares=44))

add("facebook", [E("tmahmood", "camelcase", "hate", "TariqMahmood"),
                 E("school", "short_name", "hate", "Trinity")], fb_txt(*NOTICE, "Keep Ovenfold English", "8 February 2025 at 13:00",
    """Whoever wrote on the walls at Trinity only said what the rest of us are thinking. TariqMahmood and his lot have taken over. First the corner shops, then the council, now the Catholic school. Muslims out of our schools. Pakis out of our town. Nobody voted for this.""",
    "😡👍 33", [
        ("Lyn P", "Disgusting. Reported.", "8 Feb 13:05", 70),
        ("Imran K", "I was born in the Royal in 1981. Which town do you want me to go back to? Hanbridge?", "8 Feb 13:15", 120),
        ("Admin - Ovenfold Noticeboard", "Removed and reported. This page is not for hate.", "8 Feb 13:30", 98),
    ]))

add("facebook", [], fb_txt("Hanbridge Bell Ringers", "Public group · 612 members", "David Oakden", "9 May 2025 at 19:00",
    """Peal attempt at Holy Trinity Church, Hanbridge on Saturday 17 May for VE Day 80. 5040 changes of Grandsire Triples, about three hours. Tea and biscuits in the vestry for anyone who wants to come and listen from the churchyard! 🔔""",
    "👍❤️ 41", [
        ("Glenys R", "We'll bring a flask and sit on the bench by the yew tree!", "9 May 19:10", 3),
        ("Marie K", "Good luck ringers!", "9 May 19:30", 2),
        ("David Oakden", "UPDATE: peal scored in 2 hours 58 minutes. Thank you to everyone who listened!", "17 May 18:00", 28),
    ]), ignore=["school"])

add("facebook", [E("school", "typo", "defamation", "Holy Trinty"),
                 E("cmcgrath", "title_surname", "defamation", "Mrs McGrath")], fb_txt(*NOTICE, "Ovenfold News & Views", "14 November 2024 at 08:00",
    """Holy Trinty has been rated REQUIRES IMPROVEMENT by Ofsted. Parents what do you think?""",
    "😮😢😡 188", [
        ("Jo Hall", "Behaviour is awful, my daughter dreads the corridors.", "14 Nov 08:10", 40),
        ("Gaz1863 Bradbury", "Not a shock. Uniform police and chaos in the classrooms.", "14 Nov 08:20", 22),
        ("Sharon Beech", "Funny how the attendance looked better on paper than in real life. Mrs McGrath had the office mark kids present who were in Slovakia for months so the figures looked good for the inspectors. Fraud, plain and simple. Ask anyone who works in that office.", "14 Nov 08:42", 31),
        (">Lyn P", "Have you got any proof of that Sharon? That's a big accusation.", "14 Nov 08:50", 12),
        ("Proud Gran", "Sixth form is good, that's something.", "14 Nov 09:15", 9),
    ]))

add("facebook", [E("gtunnicliffebooth", "exact", "sexual", "Gareth Tunnicliffe-Booth", url=True),
                 E("school", "short_name", "sexual", "Trinity", url=True)], fb_txt(*MUMS, "Anonymous participant", "24 September 2025 at 22:50",
    """Posting anon. My daughter's in the sixth form at Trinity. She showed me messages Gareth Tunnicliffe-Booth sent her on Instagram at 11pm telling her she's "far more grown up than the other girls", that she should come to his office after school "when it's quieter", and not to mention their chats to anyone because "people wouldn't understand". She's 16. I've told the school and the police but I'm shaking. Has anyone else's daughter had messages like this?""",
    "😢😮😡 77", [
        ("Admin - Ovenfold Mums Chat", "Thank you for reporting to the school and police, that's exactly right. Please don't share screenshots or anything that could identify your daughter. Comments are off now.", "24 Sept 23:05", 60),
    ]))

add("facebook", [], fb_txt("Knype Dog Owners", "Public group · 2.9K members", "Kate McGrath", "3 June 2025 at 09:15",
    """🐾 Kate McGrath Mobile Dog Grooming 🐾 I've got a few slots free next week in Knype and Hanbridge! Full groom, nail clip and ear clean from £35. All breeds welcome, especially the fluffy ones 🐩 Message me to book!""",
    "❤️👍 64", [
        ("Bev P", "Kate did my cockapoo last month and he's never looked so good!", "3 Jun 09:30", 8),
        ("Tony R", "Do you do nervous rescue dogs?", "3 Jun 09:45", 1),
        (">Kate McGrath", "I do Tony, I take it slow. Message me 🐶", "3 Jun 09:50", 2),
    ]), ignore=["cmcgrath"])

add("facebook", [E("lbentley", "exact", "doxxing", "Leanne Bentley"),
                 E("school", "short_name", "negative", "Trinity")], fb_txt(*NOTICE, "Stacey Mayer", "28 September 2024 at 23:30",
    """Leanne Bentley, SENCo at Trinity, the woman who has wrecked my son's education. Lives at 4 Glost Row, Marlpit Heath, ST0 6PN. Picture of her house below. Her kids go to St Bede's and she drops them off at 8.20. Maybe if enough of us go round and tell her what we think she'll actually do her job.

[photo: a semi-detached house with a grey car on the drive]""",
    "😡😮 34", [
        ("Jo Hall", "Stacey you can't do this. I'm on your side about the SEN stuff but not this.", "28 Sept 23:35", 29),
        ("Kayleigh M", "Her kids are in the post ffs. Reported.", "28 Sept 23:40", 41),
        ("Stacey Mayer", "The school won't listen so maybe she will", "28 Sept 23:42", 3),
    ]))

add("facebook", [E("tmahmood", "hashtag", "neutral", "#JusticeForTariq"),
                 E("school", "short_name", "neutral", "Trinity")], fb_txt(*NOTICE, "Ovenfold Together", "9 February 2025 at 10:00",
    """After the hate graffiti at Trinity this week, we're organising a "love bomb" for the staff: cards, flowers and messages of support dropped at the school gates on Monday morning. Especially for the teacher who was named in the graffiti. Ovenfold is better than this. #JusticeForTariq #OvenfoldTogether #NotInOurName""",
    "❤️👍 902", [
        ("Imran K", "This has made me cry. Thank you.", "9 Feb 10:10", 140),
        ("Fr Dominic Adeyemi", "St Gregory's parishioners will be there with you.", "9 Feb 10:30", 98),
        ("Gaz Bradbury", "Count me in. I'll bring oatcakes for the staffroom.", "9 Feb 10:45", 61),
    ], shares=210))

add("facebook", [E("jbeardmore", "first_initial", "threat", "Jo B."),
                 E("school", "short_name", "negative", "Trinity")], fb_txt(*SLIP, "Tasha Hollins", "2 April 2025 at 21:10",
    """Jo B. at Trinity has excluded my daughter for a fight she DIDN'T start. That woman wants slapping and if she says one more word to me at the gates she'll get it, and my sister's coming with me this time. She won't be so gobby with a black eye.""",
    "😡😮 17", [
        ("Carol Walklate", "Tash calm down, you'll end up arrested and your girl will be the one who suffers.", "2 Apr 21:15", 20),
        ("Mark Plant", "Reported. Teachers get enough of this.", "2 Apr 21:20", 15),
    ]))

# ---------------------------------------------------------------- EXTRA (mixed kinds)
add("facebook", [E("phughes", "exact", "doxxing", "Paul Hughes"),
                 E("school", "short_name", "negative", "Trinity")], fb_txt(*NOTICE, "Justice For Our Kids Ovenfold", "25 January 2025 at 21:00",
    """A 12 year old boy's leg snapped in two on a frozen pitch and the teacher responsible is still getting paid. Paul Hughes, head of PE at Trinity. Lives on Biscuit Lane in Slipbank, the end terrace with the Stoke flag in the window, ST0 2QR. Drives a white Transit with a roof rack, in the Co-op on Slipbank Road most nights about 6 buying his tea. If the school won't hold him to account, the community will have to.""",
    "😡😢 66", [
        ("Gaz Bradbury", "I coached with Paul for years. He'd never put a kid in danger on purpose. And you've put his address online with his wife and kids inside. Reported.", "25 Jan 21:10", 80),
        ("Delilah S", "Accidents happen in sport. Let the investigation finish.", "25 Jan 21:15", 41),
        ("Admin - Ovenfold Noticeboard", "Post removed. We do not allow home addresses. Ever.", "25 Jan 21:40", 55),
    ]))

add("facebook", [E("sodonoghue", "title_surname", "doxxing", "Ms O'Donoghue"),
                 E("school", "short_name", "negative", "Trinity")], fb_txt(*MUMS, "Gemma Walker", "18 March 2025 at 20:40",
    """Ms O'Donoghue at Trinity ignores every email to the school address about my daughter's predicted grade, so here's her personal one for anyone else who's fed up: siobhan.odonoghue77@mailbox.example (found it on her old running club page). She reads that one all right, she replied to me in ten minutes when I used it.""",
    "😮👍 12", [
        ("Sam T", "Gemma I'm not sure you should post that in here hun", "18 Mar 20:45", 9),
        ("Admin - Ovenfold Mums Chat", "Removed the email address from the post. Please don't share staff personal contact details.", "18 Mar 21:00", 22),
    ]))

add("social", [E("vchan", "alias", "threat", "Chan Wai-kit"),
               E("school", "alias", "hate", "HTC")], social_txt("""
X
Post
""", [
    ("HK in Stoke 港人在斯托克 @hkinstoke", "15 Apr 2025", "Proud that Chan Wai-kit will represent Stoke's Hong Kong community at the Lord Mayor's civic dinner next week 🎉", "💬 22  🔁 9  ❤️ 140"),
    (">BritFirst1984 @britfirst1984x", "15 Apr 2025", "Chan Wai-kit better watch himself walking home from the Tesco on Lyme Road. HTC is crawling with CCP rats and rats get stamped on. We've seen his kids too.", "❤️ 3"),
    (">Ovenfold Lass @ovenfoldlass", "15 Apr 2025", "That's a threat to a man and his children. Reported to X and to the police.", "❤️ 98"),
]))

add("social", [E("cmcgrath", "title_surname", "doxxing", "mrs mcgrath"),
               E("school", "short_name", "negative", "trinity")], social_txt("""
Instagram · Story (screenshot reposted)
@ovenfold.tea
""", [
    ("ovenfold.tea", "2h", "📍 spotted: mrs mcgrath from trinity in the carvery on Clayhanger Bank rn with her husband and kids, table by the window, grey Qashqai in the car park. go and tell her what u think of the new phone rules 😂😂", "👀 4,120 views"),
    (">ovenfold.mum.of.3", "1h", "this is how people get hurt. she's having tea with her kids. reported", "❤️ 88"),
]))

add("forum", [E("jhorvath", "title_surname", "defamation", "Mr Horváth"),
              E("school", "short_name", "defamation", "Trinity")], forum_page(
    "parents", "Schools & education", "Attendance fines - something fishy going on?", [
        ("ST0_Questions", "6 May 2025, 20:10", """My son's friend's family were away in Slovakia for six weeks and got no fine. We went to Wales for four days and got a £160 penalty notice. When I asked around I was told to "speak to the right person". Anyone else noticed this at Trinity?"""),
        ("FairIsFair", "6 May 2025, 20:30", """Everybody knows. Mr Horváth, the Roma liaison, takes a cash backhander from families to change their absence codes to "educated off site" or "exceptional circumstances". Two hundred quid a time I've heard. The school knows it's going on and lets it slide because it makes their attendance figures look better. Criminal."""),
        ("TeacherAndMum", "6 May 2025, 20:42", """That's a serious allegation about a named person. If you have evidence, take it to the LA or the police. If you don't, please don't post it."""),
        ("FairIsFair", "6 May 2025, 20:45", """Ask any Slovak family in Slipbank."""),
        ("MarlpitMum", "6 May 2025, 21:00", """I'm friends with lots of Slovak families in Slipbank and they'd laugh at that. Some of them have had more fines than anyone. Sounds like a rumour."""),
        ("ST0_Questions", "6 May 2025, 21:10", """Honestly I just wanted to know about the fines process, not start a war. I'll ring the attendance office."""),
        ("PP_Moderator", "7 May 2025, 07:30", """Post by FairIsFair hidden pending review. Unsubstantiated allegations of crime against named staff aren't allowed.""", "Moderator"),
    ], seed=516))

add("review", [E("tmahmood", "exact", "doxxing", "Tariq Mahmood"),
               E("school", "exact", "negative", "Holy Trinity Catholic College")], review_txt(*HTC_LISTING, [
    ("R. Capewell", "2 reviews", 1, "3 weeks ago",
     """The behaviour lead Tariq Mahmood refuses to reply through the school office. Use his personal email instead, tariq.m1982@mailbox.example, or his WhatsApp 07700 900219, that's what I did. He lives in Slipbank so you might bump into him at the mosque on Fridays too."""),
    ("Nadia H", "11 reviews", 4, "1 month ago", "My daughter is doing well. Good support for her GCSEs."),
]))

add("facebook", [E("phughes", "possessive", "threat", "Hughes's"),
                 E("school", "short_name", "negative", "Trinity")], fb_txt(*SLIP, "Lee Mitchell", "26 January 2025 at 22:15",
    """My nephew's the lad with the broken leg at Trinity. Surgery twice now. If he ends up with a limp for life then I promise you Hughes's kneecaps will be next, and I'll do it myself with a rounders bat. Let's see him run a PE lesson on crutches.""",
    "😡😮 21", [
        ("Carol Walklate", "Lee I'm so sorry about your nephew but you can't write this. Please delete it.", "26 Jan 22:20", 14),
        ("Mark Plant", "Reported. Sorry for the lad but threats won't fix his leg.", "26 Jan 22:30", 18),
    ]))

add("social", [E("sodonoghue", "nickname", "sexual", "Ms O'D"),
               E("school", "short_name", "neutral", "Trinity")], social_txt("""
X
Post
""", [
    ("lads lads lads @ladsonthelash_st", "21 Dec 2024", "Ms O'D from Trinity in that staff panto ballgown 😳 teachers weren't built like that when I was at school. proper MILF, i'd let her mark my coursework any day 🥵", "💬 3  🔁 0  ❤️ 11"),
    (">Ovenfold Dad @ovenfolddad", "21 Dec 2024", "You're a grown man talking about a teacher like that on a public account. Have a word with yourself.", "❤️ 40"),
]))

add("forum", [E("phughes", "nickname", "defamation", "Hughesy"),
              E("school", "short_name", "neutral", "Trinity")], forum_page(
    "oatcake", "The Lounge (off topic)", "Sunday league refs - why would anyone do it?", [
        ("WhistleBlower_Ref", "3 Feb 2025, 19:00", """Refereed Sunday league for 12 years. Gave it up this season after being chased to my car in Knype. Why would anyone still do it? The FA wonders why there's a shortage."""),
        ("Oatcake4Breakfast", "3 Feb 2025, 19:15", """Respect to you. The abuse refs get on a Sunday morning is a disgrace. Kids watching as well."""),
        ("BitterOldPro", "3 Feb 2025, 19:40", """Funny you say Knype. Hughesy, the PE teacher from Trinity who does the kids' teams, was done for assaulting a ref in the Potteries Sunday league back in 2016. Punched him after a red card. Got a police caution and a five year FA ban, and the school kept him on anyway. And they let him coach our kids. Look it up."""),
        ("Delilah_Sings", "3 Feb 2025, 19:50", """That's rubbish. I've known him 15 years, he's never been banned from anything. You're thinking of someone else."""),
        ("BitterOldPro", "3 Feb 2025, 19:58", """Am I though."""),
        ("WhistleBlower_Ref", "3 Feb 2025, 20:10", """Whoever it was, the point stands. We need refs. Be nice to them or there won't be any."""),
        ("Moderator_Stan", "3 Feb 2025, 20:30", """BitterOldPro, unless you've got a source, don't make claims like that about named people. Thread otherwise fine.""", "Moderator"),
    ], seed=212))

add("facebook", [E("school", "short_name", "hate", "Trinity")], fb_txt(*NOTICE, "Carl Boote", "30 April 2025 at 20:00",
    """Trinity's turned into a dumping ground. Half the kids in there are SEN r*tards and spackers and the other half can't speak English. No wonder normal kids are failing. Should have a separate school for the special ones and the foreigners and leave Trinity for proper Ovenfold families.""",
    "😡 44", [
        ("Kayleigh M", "My son is autistic and he's smarter than you'll ever be. Vile. Reported.", "30 Apr 20:05", 130),
        ("Jo Hall", "Using slurs about disabled children. In 2025. Reported.", "30 Apr 20:10", 95),
        ("Admin - Ovenfold Noticeboard", "Removed. Disability hate is hate.", "30 Apr 20:30", 101),
    ]))

add("social", [E("lbentley", "leetspeak", "abuse", "B3ntl3y"),
               E("school", "short_name", "negative", "Trinity")], social_txt("""
TikTok
@send.dad.stoke · 3-4
another EHCP meeting at Trinity where nothing happens 🙃 #SEND #autism #stoke
♬ original sound
❤️ 1,044  💬 98
""", [
    ("send.dad.stoke", "3d", "B3ntl3y sat there for an hour nodding like one of them dogs on a car dashboard. useless gormless cow. 14 months and nothing", "❤️ 120"),
    ("autism.mum.st0", "3d", "we have the same meetings 😞 sending strength", "❤️ 40"),
    ("potteries.send.voices", "2d", "come to our drop-in thursday, we can help with the LA side x", "❤️ 22"),
]))

add("forum", [E("gtunnicliffebooth", "typo", "negative", "Mr Tunnicliff-Booth"),
              E("school", "alias", "negative", "Holy Trinity")], forum_page(
    "parents", "Teens", "Options evening - has anyone had a straight answer?", [
        ("OptionsMum", "12 Feb 2026, 20:00", """Year 9 options evening at Holy Trinity tonight. Asked Mr Tunnicliff-Booth, who does the timetabling, whether my son could take both computing and music. "It depends on the blocks." Which blocks? "We'll know in June." So how do we choose? "Choose what you'd like." Helpful. It's like asking a weather forecaster what he'll have for tea in six months."""),
        ("Year9Dad", "12 Feb 2026, 20:15", """Same answer to us. I get that they can't promise, but at least tell us which combinations are normally possible."""),
        ("TeacherAndMum", "12 Feb 2026, 20:30", """Option blocks get built around what students choose, so they genuinely don't know until after. But a good school publishes last year's blocks as a guide. Ask for those."""),
        ("OptionsMum", "12 Feb 2026, 20:41", """That's a good idea. I'll ask. Still think the evening was a waste of a night out."""),
    ], seed=517))

# === END OF DOCUMENTS ===

if __name__ == "__main__":
    main()
