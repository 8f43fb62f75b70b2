#!/usr/bin/env python3
# ruff: noqa: E501, E741, W291
"""Build the train38 labelled evaluation corpus for the repwatch matcher.

Setting
    Keelhaven Academy, an invented 11-18 academy (about 1,300 pupils) on the Stannerside
    estate, built in the 1980s over the invented Pallister & Dunn shipyard on the south
    bank of the Tyne in Gateshead (neighbourhoods: Stannerside, Ropery Bank, Wardle
    Staithes; Metro stops "Stannerside" and "Ropery Bank"). It belongs to the invented
    Northern Tide Learning Trust (NTLT), whose chief executive is on the watchlist.
    Published office number 01632 960552; own site keelhaven.example. Storylines, 2024-25:
    the School Business Manager accused online of fiddling budgets (a minibus lease and IT
    contracts with a firm linked to his brother-in-law, a trust investigation, suspension);
    a head who posts "thought leadership" on LinkedIn while a phone ban and isolation booths
    anger parents; a PE teacher who coaches at Stannerside ABC boxing gym; SEND rows over
    the Harbour resource base; a young ECT history teacher mocked on TikTok; hate aimed at
    staff and at pupils from Roma, Traveller, refugee and Muslim families; Toon/Mackem
    rivalry everywhere.
    School aliases: "The Keel" (also what locals call the Keelhaven Social Club, a
    working men's club), "KHA" (acronym shared with the Kestrelmoor Housing Association
    that runs the estate and with Kelton Harriers Athletics), "Keelhaven School" and
    "Keelhaven High" (its name before it became an academy). "Keelhaven" alone is
    labelled short_name. The Keelhaven Bus Depot, the Keelhaven Social Club and the
    Keelhaven Rangers Sunday-league side are excluded.

Staff (watchlist ids and the variant traits they carry)
    cpattinsonrowe Dr Catherine Pattinson-Rowe, Headteacher; posts on LinkedIn. Hyphenated
                   double-barrelled surname ("Pattinson Rowe", en dash, Cyrillic P);
                   nicknames "Cath", "Cathy"; alias "Catherine Pattinson" (name before
                   marriage).
    cthrelkeld     Caspian Threlkeld, School Business Manager. The unique name (counts
                   without school context). Alias "Cas Threlkeld".
    rtulloch       Robert Tulloch, PE teacher and coach at Stannerside ABC. Nickname-able
                   first name (Bob, Bobby, Rob); pupils and staff call him "Tully".
    rdsouza        Renée D'Souza, SENCo. Accent and apostrophe ("Renee DSouza"); alias
                   "Renée Lawson" (maiden name).
    chope          Callum Hope, early-career (NQT/ECT) history teacher mocked on TikTok.
                   Surname is an everyday word (hope, "no hope", "Hope Street").
    mrobson        Michael Robson, Head of Year 9. The very common name; namesakes (a
                   Sunderland councillor, a darts player, a Durham scaffolder in court, a
                   roofer and a runner called "Mick Robson") appear in decoys. Alias
                   "Mick Robson"; a Sunderland fan in a Newcastle school.
    ebrannigan     Elizabeth Brannigan, Deputy Head and Designated Safeguarding Lead.
                   Nicknames "Liz", "Lizzie", "Beth".
    shaddad        Samira Haddad, Head of English; wears a hijab, target of anti-Muslim
                   abuse. Alias "Samira Nasser" (maiden name).
    dkowalczyk     Dariusz Kowalczyk, Head of Sixth Form. Alias "Darek Kowalczyk"; the
                   surname attracts typos ("Kowalczik", "Kowalcyzk").
    ablenkinsop    Andrew Blenkinsop, Chief Executive of Northern Tide Learning Trust.
                   Nickname "Andy".

Voices
    Geordie parents, grandparents and neighbours ("howay", "canny", "gan", "hinny", "pet",
    "wor lass", "bairns", "nowt", "divvent", "hadaway and...", "ya kna", "clarts"),
    pupils on TikTok/Instagram/Snapchat, teachers on an anonymous staffroom forum, Toon and
    Mackem fans' forums, a boxing forum, a trust-finance watchdog blog, a SEND parents'
    blog, a far-right "patriot" blog with dog whistles, Facebook community and parents'
    groups, LinkedIn, Google and school/employer reviews, the local hyperlocal paper,
    the regional daily, a national tabloid and an education trade paper.

Decoys
    The Keelhaven Social Club, the Keelhaven Bus Depot and the Keelhaven Rangers
    (excluded; a club review, club-of-the-year news, a bus diversion, a drivers' strike,
    electric buses, a bus-enthusiast depot profile, a Sunday-league round-up, season
    review and sponsored walk); "the Keel" as the club's nickname on a fans' forum, "The
    Keel Row" pub and song and "The Keel Café"; the Kestrelmoor Housing Association and
    Kelton Harriers (KHA); boats' keels; "hope" as a word (a bakery on Hope Street, Hope
    Chapel's warm space, a sailing club's "Hope Springs", a teacher's letter to herself)
    and a footballer called Callum Hope; namesakes called Michael Robson or "Mick Robson"
    clearly elsewhere (a Sunderland councillor, a darts player, a Durham scaffolder in
    court, a roofer, a Great North Run fundraiser, a lifeboat coxswain); a Durham GP
    called Catherine Pattison (near miss); Stannerside, Ropery Bank and Wardle Staithes
    news with no school in it (a flats fire, a Metro closure and lift, an allotment show,
    housing repairs, shipyard memories); neighbouring schools (St Aidan's RC Academy and
    Tyneview School in Ropery Bank) and a similar name elsewhere (Keelhurst Academy in
    Lincolnshire).

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

    Corpus-specific notes: "Keelhaven" alone is short_name; the listed aliases ("the Keel",
    "KHA", "Keelhaven School", "Keelhaven High") are alias, and inside a hashtag, handle or
    run-together phrase ("#KeelhavenCoverUp", "@keelhaven_academy", "KeelhavenCoverUp")
    are hashtag/handle/camelcase. A description such as "the Stannerside school" or "the
    school on Capstan Way" is treated as locality, so the school is not labelled, but it
    ties a named staff member to the school. Sexual innuendo by adults about an adult
    member of staff is sexual with url_only false, as for a pupil's crush. An unsupported
    allegation that a teacher messaged a pupil is defamation. A post that repeats a
    staff member's personal address, phone or email next to their name is doxxing even
    when the poster disapproves of it; a staff member's own public account name is handle.

Running
    python3 tests/corpus_train38/build_train38.py
    Writes docs/ and labels.jsonl beside this file (deterministically, replacing
    docs/), checks every labelled surface form occurs in its document and that no
    watched surname appears unlabelled, then prints a summary. Standard library only.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
import textwrap
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
VARIANTS = [
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
]
SUBJECTS = [
    "school", "cpattinsonrowe", "cthrelkeld", "rtulloch", "rdsouza", "chope",
    "mrobson", "ebrannigan", "shaddad", "dkowalczyk", "ablenkinsop",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["keelhaven"],
    "cpattinsonrowe": ["pattinson"],
    "cthrelkeld": ["threlkeld"],
    "rtulloch": ["tulloch"],
    "rdsouza": ["d'souza", "dsouza"],
    "ebrannigan": ["brannigan"],
    "shaddad": ["haddad"],
    "dkowalczyk": ["kowalczyk"],
    "ablenkinsop": ["blenkinsop"],
}
EXCLUDES = ["Keelhaven Social Club", "Keelhaven Bus Depot", "Keelhaven Rangers", "keelhavenrangers.example"]

WATCHLIST = """\
# Watchlist for the invented Keelhaven Academy (train38 corpus). All names are fictional.
[school]
name = "Keelhaven Academy"
aliases = ["The Keel", "KHA", "Keelhaven School", "Keelhaven High"]
locality = ["Stannerside", "Ropery Bank", "Wardle Staithes"]
own_domains = ["keelhaven.example"]
phones = ["01632 960552"]

[[staff]]
id = "cpattinsonrowe"
name = "Catherine Pattinson-Rowe"
role = "Headteacher"
aliases = ["Catherine Pattinson"]
line_manager = "ceo@northerntide.example"

[[staff]]
id = "cthrelkeld"
name = "Caspian Threlkeld"
role = "School Business Manager"
aliases = ["Cas Threlkeld"]
unique = true
line_manager = "head@keelhaven.example"

[[staff]]
id = "rtulloch"
name = "Robert Tulloch"
role = "Teacher of PE"
line_manager = "pe.lead@keelhaven.example"

[[staff]]
id = "rdsouza"
name = "Renée D'Souza"
role = "SENCo"
aliases = ["Renée Lawson"]
line_manager = "deputy.head@keelhaven.example"

[[staff]]
id = "chope"
name = "Callum Hope"
role = "Teacher of History (ECT)"
line_manager = "humanities.lead@keelhaven.example"

[[staff]]
id = "mrobson"
name = "Michael Robson"
role = "Head of Year 9"
aliases = ["Mick Robson"]
line_manager = "deputy.head@keelhaven.example"

[[staff]]
id = "ebrannigan"
name = "Elizabeth Brannigan"
role = "Deputy Headteacher and Designated Safeguarding Lead"
line_manager = "head@keelhaven.example"

[[staff]]
id = "shaddad"
name = "Samira Haddad"
role = "Head of English"
aliases = ["Samira Nasser"]
line_manager = "deputy.head@keelhaven.example"

[[staff]]
id = "dkowalczyk"
name = "Dariusz Kowalczyk"
role = "Head of Sixth Form"
aliases = ["Darek Kowalczyk"]
line_manager = "head@keelhaven.example"

[[staff]]
id = "ablenkinsop"
name = "Andrew Blenkinsop"
role = "Chief Executive, Northern Tide Learning Trust"
line_manager = "chair@northerntide.example"

[[exclude]]
text = "Keelhaven Social Club"

[[exclude]]
text = "Keelhaven Bus Depot"

[[exclude]]
text = "Keelhaven Rangers"

[[exclude]]
domain = "keelhavenrangers.example"
"""


def M(subject: str, variant: str, category: str, form: str, url_only: bool = False) -> tuple:
    return (subject, variant, category, form, url_only)


DOCS: list[tuple[str, str, list[tuple]]] = []


def D(kind: str, text: str, mentions: list[tuple] | tuple = ()) -> None:
    DOCS.append((kind, text, list(mentions)))


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def dd(s: str) -> str:
    return textwrap.dedent(s).strip("\n") + "\n"


def body_html(text: str) -> str:
    """Blank-line separated paragraphs; '> ' starts a blockquote, '## ' a subheading."""
    out = []
    for p in textwrap.dedent(text).strip().split("\n\n"):
        p = p.strip()
        if p.startswith("> "):
            inner = " ".join(line[2:] if line.startswith("> ") else line for line in p.splitlines())
            out.append(f"<blockquote><p>{esc(inner)}</p></blockquote>")
        elif p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        else:
            out.append("<p>" + "<br>\n".join(esc(x) for x in p.splitlines()) + "</p>")
    return "\n".join(out)


NEWS_SITES = {
    "courant": dict(
        name="Tyneside Courant", domain="tynesidecourant.example",
        nav=["News", "Gateshead", "Newcastle", "Sunderland", "Sport", "Courts", "What's On", "Jobs"],
        most=["Metro delays: signal fault at Stannerside", "Pictures: Tall ships return to the quayside",
              "Toon fans queue overnight for cup tickets", "Council confirms bin collection changes"],
        footer="Tyneside Courant is published by North Bank Media Ltd. Regulated by IPSO. Newsdesk: 01632 960733."),
    "bugle": dict(
        name="The Ropery Bugle", domain="roperybugle.example",
        nav=["Home", "Stannerside", "Ropery Bank", "Wardle Staithes", "Schools", "Letters", "Clubs"],
        most=["Letters: speed bumps on Slipway Road", "Allotment society show results",
              "Chippy of the year: the shortlist", "Remembering Pallister & Dunn, 40 years on"],
        footer="© The Ropery Bugle — community news for the south bank since 2011. Run by volunteers."),
    "academies": dict(
        name="Academies Today", domain="academiestoday.example",
        nav=["Trusts", "Finance", "Leadership", "Inspection", "SEND", "Opinion", "Jobs"],
        most=["Trust CEO pay: the 2025 league table", "ESFA tightens related-party rules",
              "Ofsted report cards: what changes", "Opinion: isolation booths have had their day"],
        footer="Academies Today · News for trust leaders, governors and business managers · Terms · Privacy"),
    "sentinel": dict(
        name="Daily Sentinel", domain="dailysentinel.example",
        nav=["News", "Politics", "Money", "Education", "TV", "Sport", "Opinion"],
        most=["Energy bills: the new cap explained", "Reality star's shock split",
              "Weather: yellow warning for the North", "Pensions: the triple lock row"],
        footer="© Sentinel Media Group plc. Contact · Complaints · Corrections · Sitemap"),
    "northsport": dict(
        name="North Sport Weekly", domain="northsportweekly.example",
        nav=["Football", "Non-league", "Boxing", "Rugby", "Athletics", "Results"],
        most=["Non-league round-up: late drama everywhere", "Amateur boxing: North East titles",
              "Sunday league: cup draw in full", "Harriers sweep the relays"],
        footer="North Sport Weekly — grassroots sport from the Tweed to the Tees."),
}


def news_page(site: str, section: str, headline: str, standfirst: str, byline: str, date: str,
              body: str, comments: list[tuple[str, str, str]] | tuple = (), slug: str = "") -> str:
    s = NEWS_SITES[site]
    slug = slug or re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:60]
    nav = "\n".join(f'      <li><a href="/{n.lower().replace(" ", "-").replace(chr(39), "")}">{esc(n)}</a></li>' for n in s["nav"])
    most = "\n".join(f"      <li><a href=\"#\">{esc(h)}</a></li>" for h in s["most"])
    if comments:
        cm = "\n".join(
            f'    <div class="comment"><p class="comment-meta"><strong>{esc(n)}</strong> · {esc(t)}</p>\n'
            f"    {body_html(c)}\n    <p class=\"comment-actions\">Reply · Report · Recommend</p></div>"
            for n, t, c in comments)
        comments_html = f'  <section class="comments" id="comments">\n    <h2>Comments ({len(comments)})</h2>\n    <p class="house-rules">Please keep comments civil. Read our <a href="/house-rules">house rules</a>.</p>\n{cm}\n  </section>\n'
    else:
        comments_html = '  <section class="comments"><p>Comments are closed on this article.</p></section>\n'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{esc(headline)} | {esc(s['name'])}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="canonical" href="https://www.{s['domain']}/{section.lower().replace(' ', '-')}/{slug}">
</head>
<body>
<header class="masthead">
  <div class="topbar"><a href="/subscribe">Subscribe</a> · <a href="/account">Sign in</a> · <a href="/newsletters">Newsletters</a></div>
  <p class="logo"><a href="/">{esc(s['name'])}</a></p>
  <nav aria-label="Sections">
    <ul>
{nav}
    </ul>
  </nav>
</header>
<main>
  <article>
    <p class="kicker">{esc(section)}</p>
    <h1>{esc(headline)}</h1>
    <p class="standfirst">{esc(standfirst)}</p>
    <p class="byline">By {esc(byline)} · <time>{esc(date)}</time> · <a href="#comments">Comments</a></p>
{body_html(body)}
    <p class="share">Share: <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">WhatsApp</a> · <a href="#">Email</a></p>
  </article>
  <aside class="most-read">
    <h2>Most read</h2>
    <ol>
{most}
    </ol>
  </aside>
{comments_html}</main>
<footer>
  <p>{esc(s['footer'])}</p>
  <p><a href="/privacy">Privacy notice</a> · <a href="/cookies">Cookie settings</a> · <a href="/contact">Contact</a> · <a href="/advertise">Advertise</a></p>
</footer>
</body>
</html>
"""


FORUM_SITES = {
    "parentschat": dict(name="ParentsChat", domain="parentschat.example", tag="Talk > Secondary education > North East",
                        footer="ParentsChat Ltd · Talk guidelines · Report a post · Privacy"),
    "toontalk": dict(name="Toon Talk", domain="toontalk.example", tag="Forums > The Bar (off-topic)",
                     footer="Toon Talk is an unofficial fans' forum. Not affiliated with any club. Howay the lads."),
    "wearside": dict(name="Wearside Roar", domain="wearsideroar.example", tag="Boards > The Fulwell End (general chat)",
                     footer="Wearside Roar — the independent Black Cats board. Ha'way the lads."),
    "staffroom": dict(name="StaffroomVoice", domain="staffroomvoice.example", tag="Forums > Academies & trusts > North East",
                      footer="StaffroomVoice — anonymous support for teachers. Posts are not checked before publication."),
    "estate": dict(name="Stannerside & Ropery Bank Residents' Forum", domain="stannersideforum.example", tag="Boards > Local issues",
                   footer="Run by residents since 2008. Not connected to the council or KHA (housing)."),
    "boxing": dict(name="Northern Boxing Forum", domain="northernboxing.example", tag="Forums > Amateur boxing > Clubs & coaches",
                   footer="Northern Boxing Forum · Respect the ring, respect each other."),
    "send": dict(name="SEND Parents North", domain="sendparentsnorth.example", tag="Forums > EHCPs & schools > Gateshead",
                 footer="SEND Parents North is a peer support community. We are not lawyers. Be kind."),
    "revision": dict(name="RevisionRoom", domain="revisionroom.example", tag="Forums > School life > Rants",
                     footer="RevisionRoom · Community guidelines · Safeguarding · Contact mods"),
    "patriot": dict(name="Albion Awake", domain="albionawake.example", tag="Boards > Local news > The North",
                    footer="Albion Awake. Free speech. No snowflakes."),
}


def forum_page(site: str, title: str, posts: list[tuple[str, str, str, str]], thread_id: int = 0, board: str = "") -> str:
    s = FORUM_SITES[site]
    board = board or s["tag"]
    items = []
    for i, (user, meta, when, text) in enumerate(posts, 1):
        items.append(
            f'  <div class="post" id="p{thread_id * 10 + i}">\n'
            f'    <div class="postprofile"><strong class="username">{esc(user)}</strong><br><span class="meta">{esc(meta)}</span></div>\n'
            f'    <div class="postbody"><p class="posted">#{i} · {esc(when)}</p>\n{body_html(text)}\n'
            f'    <p class="post-actions">Quote · Like · Report</p></div>\n  </div>')
    posts_html = "\n".join(items)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{esc(title)} - {esc(s['name'])}</title>
</head>
<body>
<div id="wrap">
  <div class="headerbar">
    <a class="site-logo" href="/">{esc(s['name'])}</a>
    <ul class="navbar"><li><a href="/search">Search</a></li><li><a href="/ucp.php?mode=login">Login</a></li><li><a href="/ucp.php?mode=register">Register</a></li><li><a href="/faq">FAQ</a></li></ul>
  </div>
  <p class="breadcrumbs">{esc(board)}</p>
  <h2 class="topic-title"><a href="/viewtopic.php?t={thread_id or 1}">{esc(title)}</a></h2>
  <div class="action-bar">Post Reply · {len(posts)} posts · Page <strong>1</strong> of 1</div>
{posts_html}
  <div class="action-bar">Return to board · Jump to</div>
  <div class="footer">{esc(s['footer'])}</div>
</div>
</body>
</html>
"""


BLOG_SITES = {
    "trustwatch": dict(name="Academy Watch North", domain="academywatchnorth.example", tagline="Following the money in North East multi-academy trusts",
                       side=["About", "Trust accounts tracker", "FOI requests", "Tip-offs"]),
    "heritage": dict(name="Yards & Staithes", domain="yardsandstaithes.example", tagline="Shipbuilding memories from the south bank of the Tyne",
                     side=["The yards", "Launches", "Oral histories", "About"]),
    "mumblog": dict(name="Bairns, Buses & Bingo", domain="bairnsbusesbingo.example", tagline="A Gateshead mam, three bairns, no sleep",
                    side=["About me", "School run diaries", "Cheap days out", "Contact"]),
    "sendblog": dict(name="Square Peg on the Tyne", domain="squarepegtyne.example", tagline="Autism, ADHD, EHCPs and a lot of tea",
                     side=["Our story", "EHCP guides", "Tribunal diary", "About"]),
    "teacherblog": dict(name="Chalk Dust & Clarts", domain="chalkdustclarts.example", tagline="A North East teacher's notes",
                        side=["About", "Teaching", "Workload", "Popular posts"]),
    "patriotblog": dict(name="North East Patriot", domain="nepatriot.example", tagline="Our towns. Our people. Our voice.",
                        side=["Donate", "Our mission", "Latest"]),
    "busblog": dict(name="Depot Days", domain="depotdays.example", tagline="Buses, depots and the odd Metro in the North East",
                    side=["Fleet lists", "Depots A-Z", "Rallies", "About"]),
    "footyblog": dict(name="Sunday League Diaries", domain="sundayleaguediaries.example", tagline="Muddy pitches, warm Bovril, no VAR",
                      side=["Match reports", "Clubs", "About"]),
    "foodblog": dict(name="Stottie & Pease", domain="stottiepease.example", tagline="Home cooking from the North East",
                     side=["Recipes", "Bakes", "About"]),
    "boxblog": dict(name="Ringside North", domain="ringsidenorth.example", tagline="Amateur and pro boxing in the North East",
                    side=["Results", "Clubs", "Interviews", "About"]),
}


def blog_page(site: str, title: str, author: str, date: str, body: str,
              comments: list[tuple[str, str, str]] | tuple = (), tags: list[str] | tuple = ()) -> str:
    s = BLOG_SITES[site]
    side = "\n".join(f'      <li><a href="#">{esc(x)}</a></li>' for x in s["side"])
    tag_html = ", ".join(f'<a rel="tag" href="/tag/{esc(t.lower().replace(" ", "-"))}">{esc(t)}</a>' for t in tags)
    if comments:
        cm = "\n".join(
            f'    <li class="comment"><div class="comment-author"><cite>{esc(n)}</cite> <span class="says">says:</span></div>\n'
            f'    <div class="comment-meta">{esc(t)}</div>\n    {body_html(c)}\n    <a class="reply" href="#">Reply</a></li>'
            for n, t, c in comments)
        comments_html = f'  <section id="comments">\n    <h3>{len(comments)} thoughts on &ldquo;{esc(title)}&rdquo;</h3>\n    <ol class="comment-list">\n{cm}\n    </ol>\n    <h3>Leave a Reply</h3><p>Your email address will not be published.</p>\n  </section>\n'
    else:
        comments_html = '  <section id="comments"><p>No comments yet.</p></section>\n'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="UTF-8">
  <title>{esc(title)} – {esc(s['name'])}</title>
</head>
<body class="single-post">
<header id="masthead">
  <p class="site-title"><a href="https://{s['domain']}/">{esc(s['name'])}</a></p>
  <p class="site-description">{esc(s['tagline'])}</p>
  <nav class="main-navigation"><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/about">About</a></nav>
</header>
<div id="content">
  <article class="post">
    <h1 class="entry-title">{esc(title)}</h1>
    <div class="entry-meta">Posted on <time>{esc(date)}</time> by {esc(author)}</div>
    <div class="entry-content">
{body_html(body)}
    </div>
    <footer class="entry-footer">Tags: {tag_html}</footer>
  </article>
{comments_html}  <aside id="secondary">
    <ul>
{side}
    </ul>
  </aside>
</div>
<footer id="colophon"><p>Proudly powered by a blogging platform · Theme: Paperback</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
# 000
D("news", news_page(
    "courant", "Gateshead", "Gateshead academy business manager suspended as trust probes contracts",
    "Northern Tide Learning Trust confirms 'independent review' of spending at Keelhaven Academy",
    "Lindsay Purvis, Education Reporter", "14 January 2025",
    """
    The business manager of a Gateshead secondary school has been suspended while a multi-academy trust investigates how a number of contracts were awarded, the Courant understands.

    Caspian Threlkeld, School Business Manager at Keelhaven Academy on the Stannerside estate, was suspended last week. Northern Tide Learning Trust, which runs the school and six others across Tyneside, said it had commissioned an "independent review" of procurement at the academy.

    It is understood the review will look at a minibus lease and IT support contracts signed over the past three years.

    Chief executive Andrew Blenkinsop said: "Suspension is a neutral act. It is not a finding of wrongdoing and it would be wrong for anybody to speculate. We will be open with parents when the review concludes."

    Mr Threlkeld did not respond to a request for comment.
    """,
    [("geordie_lass_76", "14 Jan 2025, 18:20", "Canny school, my two went there. Hope it's nowt."),
     ("RoperyRob", "14 Jan 2025, 19:02", "Been saying for years the money at the Keel gans nowhere near the bairns. New minibus every other year and the roof in the tech block still leaks."),
     ("Neutral_Observer", "14 Jan 2025, 19:45", "Suspended isn't guilty. Let them do the review.")]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("cthrelkeld", "exact", "defamation", "Caspian Threlkeld"),
   M("ablenkinsop", "exact", "neutral", "Andrew Blenkinsop")])

# 001
D("facebook", dd("""
    Stannerside Community Noticeboard
    Public group · 4.2K members

    Donna Hepple
    9 September at 21:03 · 🌎
    Right I'm sorry but this phone ban is a joke. My Kayleigh gets the Metro from Ropery Bank on her own and now she has to hand her phone in at the gate like she's gannin into prison?? What if something happens on the way hyem. Pattinson-Rowe wants to try being a single mam with two jobs before she makes rules like this. Keelhaven used to listen to parents. Not anymore 😡

    😡👍 63 · 88 comments
    Like   Comment   Share

        Lee Charlton
        They get it back at 3 Donna it's not that deep
        Like · Reply · 2d

        Donna Hepple
        @Lee Charlton it is when ya bairn's stood at Stannerside Metro at 4 in the dark in December
        Like · Reply · 2d

        Shona W
        Agree with you pet. Signed the petition.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("cpattinsonrowe", "surname_only", "negative", "Pattinson-Rowe")])

# 002
D("social", dd("""
    Tyne Truth 🗣️
    @tynetruth_unfiltered

    Caspian Threlkeld nicked off with money meant for SEND bairns and the trust is paying him to sit at home. Fine. I know the white Audi, I know the gym he uses on a Tuesday. He won't be sitting comfy for long. Some of us sort things ourselves round here. 🔨

    10:48 PM · Jan 15, 2025 · 3,109 Views

    14 Reposts   2 Quotes   37 Likes

    ──────────
    Gaz M @gazm_nufc · Jan 15
    mate you'll get yourself lifted posting that

    Tyne Truth 🗣️ @tynetruth_unfiltered · Jan 16
    @gazm_nufc free speech 🤷
    """),
  [M("cthrelkeld", "exact", "threat", "Caspian Threlkeld")])

# 003 decoy: excluded working men's club, nickname "the Keel"
D("review", dd("""
    Keelhaven Social Club
    Working men's club · Slipway Road, Stannerside
    4.5 ★★★★☆ (312 reviews)

    Brian Leadbitter
    Local Guide · 41 reviews
    ★★★★★ a month ago
    Best pint of Exhibition on the south bank and I'll fight anyone who says otherwise (not really, I'm 74). Bingo Tuesday and Friday, turns on a Saturday, the Sunday dinners are massive. Been a member at the Keel since 1978 when half the lads worked the yard. Proper friendly. Tell them Brian sent you 👍
    👍 Helpful 9   Share

    Claire Ord
    3 reviews
    ★★★☆☆ 2 months ago
    Lovely people but the ladies' toilets need doing. Came for a christening do, buffet was champion.
    👍 Helpful 2   Share

    Response from the owner · 2 months ago
    Thanks Claire, the committee have the toilets on the list for the summer. Keelhaven Social Club
    """))

# 004
D("blog", blog_page(
    "trustwatch", "Northern Tide's minibus: who exactly is Quaymoor Fleet Solutions?", "Academy Watch North", "20 November 2024",
    """
    Regular readers will know we have been picking through the published accounts of Northern Tide Learning Trust for a while. One line keeps catching our eye.

    Since 2021, Keelhaven Academy has leased three minibuses from a company called Quaymoor Fleet Solutions Ltd, at a cost that - on our reading of the figures - is roughly double what neighbouring trusts pay for comparable vehicles.

    Companies House shows one of Quaymoor Fleet's directors shares an address with a relative of the academy's business manager, Cas Threlkeld. We have asked the trust whether this relationship was declared on the register of interests. We have not had a reply.

    ## What we are not saying

    We are not saying anybody has broken the law. We are saying that a related-party transaction, if that is what it is, should be declared and benchmarked, and that the trust board - chaired with the CEO, Andrew Blenkinsop, in the room - appears not to have asked the question.

    Taxpayers' money, bairns' minibuses. The numbers should be easy to explain. So explain them.
    """,
    [("Former governor", "20 Nov 2024 at 21:15", "We raised the minibus lease at a finance committee in 2022 and were told it was 'all above board'. No paperwork was ever shown to us."),
     ("Staithes Steve", "21 Nov 2024 at 07:40", "Everyone on the estate knows who Quaymoor Fleet is. Small world round here."),
     ("Academy Watch North", "21 Nov 2024 at 09:02", "@Former governor if you're willing to talk, our inbox is open.")],
    tags=["Northern Tide", "Related parties", "Procurement"]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("cthrelkeld", "alias", "defamation", "Cas Threlkeld"),
   M("ablenkinsop", "exact", "negative", "Andrew Blenkinsop")])

# 005
D("news", news_page(
    "bugle", "Clubs", "Stannerside ABC boxer crowned national youth champion",
    "Sixteen-year-old Tyler Maughan takes the 60kg title in Sheffield",
    "Bugle Sports Desk", "4 March 2025",
    """
    Stannerside Amateur Boxing Club is celebrating after sixteen-year-old Tyler Maughan won the national youth title at 60kg on Saturday.

    Tyler, a Year 11 pupil at Keelhaven, stopped his opponent from Bristol in the second round of the final. "He's an absolute weapon," said his coach, Robert Tulloch, who teaches PE at the academy and has run the club's junior section for eight years. "But he's also the politest lad you'll ever meet. He'll be embarrassed by all this."

    The club trains in the old Pallister & Dunn joiners' shop on Capstan Way. Mr Tulloch said the gym had around sixty juniors and a waiting list. "Boxing teaches you to control yourself. Most of our bairns have never thrown a punch outside the ring."

    Tyler's mam, Stacey, said the family had "screamed the house down" watching the live stream.
    """,
    [("Paula M", "4 Mar 2025", "Well done Tyler!! Ropery Bank is proud of you x"),
     ("Dec_ABC", "4 Mar 2025", "Bob Tulloch is a legend. Took me in when I was going off the rails at 13.")]),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rtulloch", "exact", "neutral", "Robert Tulloch")])

# 006
D("facebook", dd("""
    Keelhaven Academy Parents (Unofficial)
    Private group · 2.1K members

    Julie Armstrong
    27 February at 19:40 · 🔒
    Can we stop sharing that TikTok of Mr Hope please. My Jack has him for history and says he's one of the few teachers who actually explains stuff properly and has a laugh with them. He's a young lad in his first year, the kids filming him are the problem not him. Imagine your first job and that happening 😞

    ❤️👍 141 · 39 comments
    Like   Comment   Share

        Carol Thew
        Totally agree Julie. Shared it to a few mams myself and felt rotten after.
        Like · Reply · 5d

        Neil Dodds
        He needs to get a grip of his class tbh but aye the filming's out of order
        Like · Reply · 5d
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("chope", "title_surname", "neutral", "Mr Hope")])

# 007
D("review", dd("""
    SchoolRatings UK › Gateshead › Secondary (academy) › Keelhaven Academy

    ★★☆☆☆  "Good teachers, head of year never rings back"
    Reviewed by: Parent of a current pupil (Year 9) · 22 October 2024

    Our son had his bag set on fire (yes really) on the field in September. We reported it the same day. Three phone calls and two emails to Michael Robson, the head of year 9, and we heard nothing for a fortnight. When he did call it was all "boys will be boys" and "we've had a word". Not good enough.

    In fairness, the subject teachers have been great and the new science labs are lovely. But Keelhaven Academy needs to sort out pastoral care.

    Would you recommend this school? Only if you're prepared to chase.
    Was this review helpful?  Yes (18)  No (2)  · Report

    Response from Keelhaven Academy · 24 October 2024
    We are sorry to read this and would like to talk to you. Please ring the school office on 01632 960552 and ask for the pastoral team.
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("mrobson", "exact", "negative", "Michael Robson")])

# 008
D("social", dd("""
    TikTok · @kh.year10.lads · "POV: ur history teacher is 12 years old 💀💀" · #keelhaven #teacher #fyp #gateshead

    Comments (2,417)

    jd_nufc_09
    mr hope asking us to "please be respectful" 😭😭 man sounds like he's asking his mam for a biscuit
    2-25 · Reply · ♡ 812

    liv.xo.x
    he's canny tbf he let us watch horrible histories
    2-25 · Reply · ♡ 94

    kyle.r.2010
    mr hope is 100% a batty boy 🏳️‍🌈😂 look at the way he holds his pen
    2-25 · Reply · ♡ 301

    liv.xo.x
    @kyle.r.2010 that's homophobic and also weird
    2-25 · Reply · ♡ 156

    kyle.r.2010
    @liv.xo.x nah its just facts 😂 no hope for mr hope
    2-26 · Reply · ♡ 77
    """),
  [M("school", "hashtag", "neutral", "#keelhaven"), M("chope", "title_surname", "hate", "mr hope")])

# 009 decoy: excluded Sunday-league side, "hope" as a word
D("news", news_page(
    "northsport", "Non-league", "Sunday round-up: Keelhaven Rangers dump holders out of the Tyne Wear Cup",
    "Late drama at Wardle Staithes rec as ten men hold on",
    "Sunday Desk", "17 March 2025",
    """
    Keelhaven Rangers produced the shock of the round, beating holders Felling Comets 3-2 at a windswept Wardle Staithes rec despite finishing with ten men.

    The Comets led 2-0 at the break and looked to have no hope of being caught, but two goals in six minutes from Jordan Bainbridge turned the tie around and skipper Aaron Hall headed the winner from a corner.

    "We live in hope every week," Rangers manager Terry Crozier said afterwards. "Today the lads gave us more than hope. Drinks are on the committee."

    Elsewhere, Ropery Bank Social thrashed Dunvale Dynamos 6-1 and Lobley Hill Wanderers went out on penalties.

    Fixtures and tables: keelhavenrangers.example
    """),
  [])

# 010
D("social", dd("""
    Gary 'Nitro' Nixon ⚫⚪
    @nitro_nixon_boxing

    Stannerside ABC lads were unreal at the Northern ABAs today 🥊🥊 Bobby Tulloch has built something special in that old joiners' shop. Man's an absolute weapon in the corner, cool as you like. 4 golds 2 silvers. Howay!!

    7:31 PM · Nov 23, 2024 · 1,022 Views

    9 Reposts   84 Likes
    """),
  [M("rtulloch", "nickname", "neutral", "Bobby Tulloch")])

# 011
D("forum", forum_page("send", "Keelhaven - experiences with the SENCo and the Harbour base?", [
    ("MamOfTwoAutistics", "Joined Mar 2022 · 318 posts", "Tue 8 Oct 2024 20:14",
     """Looking at secondaries for Y6 DS (autism, PDA profile, EHCP in progress). Keelhaven has the Harbour resource base which sounds amazing on paper. Anyone got real experience?"""),
    ("Tyneside_Dad", "Joined Jan 2023 · 44 posts", "Tue 8 Oct 2024 20:41",
     """Mixed. Mrs D'Souza is lovely one to one and clearly knows her stuff, but she's massively overstretched - 200-odd kids on the SEN register and she's got one and a half TAs for the whole of Key Stage 3. We waited six weeks for a reply about access arrangements and in the end we had to go through the head.

     The Harbour itself is fab. Getting a place in it is the hard bit."""),
    ("MamOfTwoAutistics", "Joined Mar 2022 · 319 posts", "Tue 8 Oct 2024 21:02", "That's really helpful, thank you. Will ask about TA ratios at the open evening."),
    ("SpecialistSue", "Joined Jun 2019 · 1,207 posts", "Wed 9 Oct 2024 07:30",
     "Ask for the SEN information report and the provision map. If they can't show you one, that tells you something."),
    ], thread_id=4410),
  [M("school", "short_name", "negative", "Keelhaven"), M("rdsouza", "title_surname", "negative", "Mrs D'Souza")])

# 012
D("social", dd("""
    LinkedIn

    Dr Catherine Pattinson-Rowe • 2nd
    Headteacher at Keelhaven Academy | Northern Tide Learning Trust | Leading with Kindness & High Expectations
    3d • 🌐

    I've been reflecting this week on what it means to lead a school that sits on the site of a shipyard. 🚢

    The people who built ships here didn't have "growth mindsets" or "resilience frameworks". They had standards, craft and each other. That's what we're trying to build at Keelhaven: high expectations AND deep care, not one or the other.

    Our phone-free school day is one small part of that. Early data: behaviour points down 31%, library loans up 40%. 📚

    Grateful to our incredible staff and to families who've backed us. 💙

    #SchoolLeadership #PhoneFree #Gateshead #EdLeadership #Kindness

    👍❤️💡 412 · 63 comments · 11 reposts

    Mark Fenwick · Head of Operations at Tyne Logistics
    Inspiring stuff Catherine. The yard was my grandad's life.

    Jen Atkinson · Assistant Head, Durham
    Would love to hear more about how you implemented the phone ban - DM'd you!
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("cpattinsonrowe", "exact", "neutral", "Catherine Pattinson-Rowe")])

# 013
D("social", dd("""
    Mam on the Metro 🚇
    @mamonthemetro

    Cath Pattinson-Rowe posting on LinkedIn about "deep care" while forty bairns spent Monday sat in isolation booths at the Keel for wrong socks. Read the room pet. Parents are not your engagement metrics.

    8:12 AM · Mar 4, 2025 · 2,760 Views

    31 Reposts   4 Quotes   190 Likes

    ──────────
    Ste Dunn @stedunn · Mar 4
    the socks thing was real?? my neighbour's lad got a booth for a grey jumper

    Mam on the Metro 🚇 @mamonthemetro · Mar 4
    @stedunn real. they were BLACK socks with a tiny nike tick 🙃
    """),
  [M("school", "alias", "negative", "the Keel"), M("cpattinsonrowe", "nickname", "negative", "Cath Pattinson-Rowe")])

# 014
D("facebook", dd("""
    Gateshead Mams Chat
    Private group · 11K members

    Kerry-Ann Tait
    12 March at 15:47 · 🔒
    If they put my lad in that booth one more time I am coming down that school and I will put every single window through, I'm not even joking, I'll bring our Dale and his lads. Keelhaven you have been WARNED. Treating bairns like animals. Done with it 🤬🤬

    😮😡 47 · 61 comments
    Like   Comment   Share

        Amy Surtees
        Kerry calm down hun you'll get yourself in bother
        Like · Reply · 3d

        Kerry-Ann Tait
        Divvent care Amy. They've been told.
        Like · Reply · 3d

        Admin - Lou
        I've hidden this post from the group. Please speak to the school or ring 101 if you have concerns. Threats aren't OK.
        Like · Reply · 3d
    """),
  [M("school", "short_name", "threat", "Keelhaven")])

# 015
D("news", news_page(
    "courant", "Courts", "Mother admits threatening to smash windows at Gateshead school",
    "Court hears Facebook post followed son's repeated isolation",
    "Courts Reporter", "29 April 2025",
    """
    A mother who posted on Facebook that she would "put every window through" at her son's school has admitted sending a threatening communication.

    Kerry-Ann Tait, 34, of Ropery Bank, targeted Keelhaven Academy in Stannerside after her son was repeatedly placed in the school's isolation room, Gateshead magistrates heard.

    In a statement read to the court, deputy headteacher Elizabeth Brannigan said the post had caused "real fear" among office staff, some of whom had asked to leave the building early. "We want to work with every family, including this one," she said.

    Tait was given a 12-month conditional discharge and ordered to pay £85 costs. Her solicitor said she had deleted the post within hours and "bitterly regretted" it.
    """,
    [("Nana Pat", "29 Apr 2025", "Them booths want banning but you can't go round threatening folk."),
     ("Lynne S", "29 Apr 2025", "She got off light.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("ebrannigan", "exact", "neutral", "Elizabeth Brannigan")])

# 016 decoy: excluded bus depot, Metro
D("social", dd("""
    Coalway Buses
    @CoalwayBuses

    ⚠️ Service update: Due to a burst water main on Slipway Road, services 53, 53A and 94 are diverted via Capstan Way in both directions. Stops at Stannerside Metro are not served. Buses will run from the Keelhaven Bus Depot entrance stop instead. Sorry for the inconvenience 🚌

    6:54 AM · Feb 11, 2025 · 4,480 Views

    22 Reposts   6 Likes

    ──────────
    Deano @deano_nufc · Feb 11
    53 at 7:10 didn't turn up at all. lads at the depot asleep again

    Coalway Buses @CoalwayBuses · Feb 11
    @deano_nufc Sorry Deano, that one's cancelled due to driver availability. Next is 7:25.
    """))

# 017
D("forum", forum_page("staffroom", "Business manager 'on gardening leave' - anyone else at a Northern Tide school?", [
    ("anon_teacher_NE", "Joined Sep 2020 · 211 posts", "Thu 16 Jan 2025 21:02",
     """Can't say too much but anyone at KHA will know what I'm on about. Staff were told in briefing that the business manager is 'on leave' and not to discuss it with parents. Half of us found out from the Courant."""),
    ("ScienceNQT_24", "Joined Aug 2024 · 9 posts", "Thu 16 Jan 2025 21:20",
     """Not at that school but same trust. Our business manager's been told to 'review all contracts over £10k' this week. Something's going on."""),
    ("anon_teacher_NE", "Joined Sep 2020 · 212 posts", "Thu 16 Jan 2025 21:36",
     """Honestly everyone knew. Threlkeld signed the minibus invoices himself, to his own brother-in-law's firm, and the trust waved them through because he's pals with the CEO. We've had no glue sticks since October and he's leasing vans off his family."""),
    ("ModTeam", "Moderator", "Thu 16 Jan 2025 22:01",
     "Please be careful with allegations about named people. Stick to what you know first-hand."),
    ], thread_id=33019),
  [M("school", "alias", "negative", "KHA"), M("cthrelkeld", "surname_only", "defamation", "Threlkeld")])

# 018
D("social", dd("""
    Instagram

    keelhaven_academy
    Keelhaven Academy · Stannerside

    Our Year 10 Poetry Slam was something else this afternoon 🎤✨ Twelve finalists, three judges, one very loud hall. Congratulations to Amira (Y10) for "Salt on the Staithes" 🏆

    #KeelhavenEnglish #PoetrySlam #StudentVoice

    View all 44 comments

    ellie.m.x0 miss haddad's intro absolutely killed it 😭🔥 she should do stand up
    1d  27 likes  Reply

    amira.writes_ thank you everyone 😭💙
    1d  19 likes  Reply

    gran_pauline_1952 So proud of you Amira pet xx
    1d  6 likes  Reply
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("shaddad", "title_surname", "neutral", "miss haddad")])

# 019
D("social", dd("""
    England Awake 🏴󠁧󠁢󠁥󠁮󠁧󠁿
    @EnglandAwake_NE

    Head of English at Keelhaven in Gateshead: Samira Haddad. Headscarf on, teaching OUR bairns OUR Shakespeare. Ten years ago they'd have laughed at you for predicting this. One classroom at a time, that's how they do it. Shipyard town, shipyard values, gone. 🕌➡️🏫

    #Gateshead #TwoTierBritain

    9:03 PM · Apr 2, 2025 · 6,244 Views

    48 Reposts   9 Quotes   121 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("shaddad", "exact", "hate", "Samira Haddad")])

# 020 decoy: namesake councillor, locality only
D("news", news_page(
    "courant", "Sunderland", "Councillor vows to fight closure of Hendon library branch",
    "Michael Robson says 'libraries are not a luxury'",
    "Wearside Reporter", "6 February 2025",
    """
    A Sunderland councillor has promised to "fight tooth and nail" to keep a branch library open after it was included in a list of proposed cuts.

    Councillor Michael Robson, who represents the Hendon ward, said the building was used by job seekers, toddler groups and older residents who have no internet at home.

    "Libraries are not a luxury. For a lot of people on this ward it's the only warm room they'll sit in all day," he said.

    A consultation runs until 14 March.
    """,
    [("WearsideWendy", "6 Feb 2025", "Good on him. My mam's there every Tuesday.")]),
  [])

# 021
D("review", dd("""
    Keelhaven Academy
    Secondary school · Capstan Way, Stannerside
    3.7 ★★★★☆ (214 reviews)

    Steph Lowery
    2 reviews
    ★★★★★ 3 weeks ago
    Bloody brilliant school, I'll not hear a word against it. My lad was a nightmare in Year 9 and they never gave up on him. Mr Kowalczyk in the sixth form sat with him for two hours sorting his UCAS and now he's off to Northumbria for nursing. Who'd have thought it 😭 Thank you all.
    👍 Helpful 17   Share

    Response from the owner · 3 weeks ago
    Thank you Steph, we'll make sure the sixth form team sees this. Good luck to him!
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("dkowalczyk", "title_surname", "neutral", "Mr Kowalczyk")])

# 022
D("social", dd("""
    TikTok · @tyne.fits.25 · "new pe kits at keelhaven be like 😭" · #keelhaven #pekit #school

    Comments (964)

    dazzler_1979_
    the keelhaven lasses in the new shorts 🥵🥵 what year are they, any year 10s 👀
    3-18 · Reply · ♡ 6

    tyne.fits.25
    @dazzler_1979_ they're KIDS you weirdo. reported
    3-18 · Reply · ♡ 441

    megs.ropery
    his profile says he's 45 😭 reported
    3-18 · Reply · ♡ 203

    dazzler_1979_
    @megs.ropery was only a joke calm down
    3-19 · Reply · ♡ 1
    """),
  [M("school", "short_name", "sexual", "keelhaven", url_only=True)])

# 023
D("facebook", dd("""
    Wardle Staithes Past & Present
    Public group · 6.7K members

    Barry Sanderson
    18 January at 22:31 · 🌎
    While the trust pretends it's all hush hush. Threlkeld lives at 14 Capstan Mews, Wardle Staithes NE10 7QX, big black gates, white Audi in the drive. Gan and ask him yourself where the minibus money went. Mobile's 07700 900416 if yous would rather ring.

    😮👍 22 · 34 comments
    Like   Comment   Share

        Maureen Lisle
        Barry take that down man, his bairns live there
        Like · Reply · 1d

        Barry Sanderson
        Shoulda thought of that before he fiddled the books
        Like · Reply · 1d
    """),
  [M("cthrelkeld", "surname_only", "doxxing", "Threlkeld")])

# 024
D("news", news_page(
    "academies", "Trusts", "CEO pay: Northern Tide chief's 9% rise as teachers get 5.5%",
    "Seven-school Tyneside trust says package reflects 'growth and complexity'",
    "Priya Sandhu, Finance Correspondent", "2 February 2025",
    """
    The chief executive of Northern Tide Learning Trust received a pay rise of around 9 per cent last year, taking his salary into the £175,000-£180,000 band, according to the trust's latest accounts.

    Andrew Blenkinsop has led the trust since 2018, when it was formed around Keelhaven Academy in Gateshead. It now runs seven schools with around 6,400 pupils.

    A spokesperson said the rise "reflects the trust's growth from three to seven schools and the complexity of the role".

    Unions said the figure was "hard to swallow" in a year when support staff at the trust's schools had been asked to accept changes to overtime.
    """,
    [("TrustWatcher", "2 Feb 2025", "That's more than the Prime Minister. For seven schools."),
     ("NE_Governor", "3 Feb 2025", "In fairness the trust has been turning round schools nobody else would touch.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("ablenkinsop", "exact", "negative", "Andrew Blenkinsop")])

# 025
D("forum", forum_page("toontalk", "Mackems in positions of power (off-topic, light hearted)", [
    ("Gallowgate_Gav", "Season ticket · 4,210 posts", "Sat 12 Oct 2024 13:02",
     "Our lad's head of year at Keelhaven turns up to non-uniform day in a full Sunderland kit. Mr Robson. A grown man. In red and white stripes. In GATESHEAD. Should be a safeguarding issue 😂"),
    ("Leazes_Lou", "Member · 881 posts", "Sat 12 Oct 2024 13:20",
     "😂😂 my niece has him. Says he's sound though, gives out merits for anything."),
    ("Gallowgate_Gav", "Season ticket · 4,211 posts", "Sat 12 Oct 2024 13:31",
     "Oh aye he's a canny fella, sorted our lad's bullying out in a day. Still a Mackem though. Nobody's perfect."),
    ("BigSam_NUFC", "Member · 2,019 posts", "Sat 12 Oct 2024 14:05", "Get him to the match, we'll convert him."),
    ], thread_id=88120),
  [M("school", "short_name", "neutral", "Keelhaven"), M("mrobson", "title_surname", "neutral", "Mr Robson")])

# 026
D("social", dd("""
    kayden 🇬🇧
    @kaydenx2010

    mr hope is the biggest melt in the whole of the north east i swear. man cant even control year 8 💀💀 hope he gets binned at the end of the year lol #KeelhavenAcademy

    4:12 PM · Mar 6, 2025 · 188 Views

    2 Reposts   14 Likes
    """),
  [M("school", "hashtag", "neutral", "#KeelhavenAcademy"), M("chope", "title_surname", "abuse", "mr hope")])

# 027 decoy: the acronym's other body (housing association), locality only
D("facebook", dd("""
    Ropery Bank Residents
    Private group · 1.9K members

    Tracey Hindmarch
    21 November at 09:15 · 🔒
    KHA have been promising to fix the damp in our block on Lamp Lane since JULY. The bairn's bedroom wall is black. Kestrelmoor Housing Association are a disgrace, four phone calls this week and nobody comes out. If anyone knows a councillor who'll actually answer an email send them my way.

    😡 58 · 40 comments
    Like   Comment   Share

        Gordon Ellison
        Same on Ferry Street Tracey. Go to the ombudsman, that's the only thing KHA listen to.
        Like · Reply · 4d
    """))

# 028
D("blog", blog_page(
    "sendblog", "Big school, first annual review: the good, the bad and the booths", "Square Peg Mam", "3 December 2024",
    """
    We survived the first term of secondary! Well. Mostly.

    First the good. Renée D'Souza, the SENCo, has been an absolute star. She met us three times before September, let Finn walk the building on a Saturday when it was empty, and actually read his EHCP (you would be amazed how rare that is). His annual review last week was the first one ever where I didn't cry in the car park afterwards.

    Now the bad. The "consistent behaviour system" at Keelhaven School is not consistent and it is not a system. Finn got two isolations in week three for things that are literally written into his plan as sensory needs - chewing, humming, leaving the room when it's too loud. The booths are the opposite of what an autistic kid needs.

    The SEN team clearly gets it. I'm not sure the rest of the building does yet.
    """,
    [("Tyneside_Dad", "3 Dec 2024", "Same experience with us - brilliant SENCo, policy that fights against her."),
     ("Square Peg Mam", "4 Dec 2024", "@Tyneside_Dad it's like she's bailing a boat with a teaspoon x")],
    tags=["Secondary transition", "EHCP", "Behaviour policies"]),
  [M("school", "alias", "negative", "Keelhaven School"), M("rdsouza", "exact", "neutral", "Renée D'Souza")])

# 029
D("social", dd("""
    Northern Oak 🌳
    @northern_oak_88

    Keelhaven's SENCo. D'Souza. Another "diversity" import running OUR kids' futures on the Stannerside estate. Nobody round here was asked. Nobody ever is. You know what to do with your vote. 🥛🥛

    11:44 PM · Oct 27, 2024 · 902 Views

    6 Reposts   21 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rdsouza", "surname_only", "hate", "D'Souza")])

# 030
D("news", news_page(
    "courant", "Courts", "Man fined after threatening PE teacher at boxing gym",
    "Father was angry his son had not been picked for a competition",
    "Courts Reporter", "10 December 2024",
    """
    A father who told a Gateshead PE teacher he would "knock him out in his own ring" after a row about his son's selection for a boxing show has been fined.

    Dean Harker, 41, of Lobley Hill, admitted using threatening words or behaviour towards Robert Tulloch at Stannerside Amateur Boxing Club in October.

    The court heard that Mr Tulloch, who teaches PE at Keelhaven Academy and coaches at the club in his own time, had calmly asked Harker to leave.

    Harker was fined £320 and banned from the club. Chairing the bench, Mrs Jean Ashby told him: "This was a volunteer giving up his evenings for children. You should be ashamed."
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("rtulloch", "exact", "neutral", "Robert Tulloch")])

# 031
D("facebook", dd("""
    Gateshead Mams Chat
    Private group · 11K members

    Nicola Brough
    5 February at 20:22 · 🔒
    Parents' evening at Keelhaven tonight and can I just say 😍😍 that PE teacher Mr Tulloch. Arms like Popeye. Wor lass said she'd happily do extra laps if he was timing her 😂😂 Don't tell our Kev

    😂❤️ 212 · 97 comments
    Like   Comment   Share

        Sam Rowell
        NICOLA 😂😂 he's married man
        Like · Reply · 2d

        Nicola Brough
        @Sam Rowell looking's free 😜
        Like · Reply · 2d

        Andrea P
        Can confirm. Went for my daughter's netball and forgot what netball was 🙈
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rtulloch", "title_surname", "sexual", "Mr Tulloch")])

# 032
D("social", dd("""
    Spanner 🔧
    @spanner_ne10

    somebody wants to give that Mr Robson from Keelhaven a proper slap. head of year 9 my arse, excluded my lad for nowt. i know what time he leaves that car park and what he drives. he'll get what's coming 👀

    11:58 PM · Jan 22, 2025 · 204 Views

    1 Repost   3 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("mrobson", "title_surname", "threat", "Mr Robson")])

# 033 decoy: shipyard heritage, locality only, keels
D("blog", blog_page(
    "heritage", "Laying the keel: the last launch at Pallister & Dunn, 1983", "Ray Forster", "14 August 2024",
    """
    Forty-one years ago this month I watched the last ship go down the slipway at Pallister & Dunn. I was nineteen, an apprentice plater, and I cried like a bairn.

    She was the Caspian Star, a 9,000-tonne bulk carrier, and we'd laid her keel on a wet Monday the previous spring. My job was the bottom shell plating. You'd lie on your back in the double bottom with a lamp and a rivet gun and the noise went right through your skull.

    The yard covered everything from the Ropery Bank stairs down to the old staithes. Now there's houses, a Metro stop and a Lidl. The slipway's a car park. When I get off at Stannerside I still look for the cranes.

    If anybody has photographs of the launch, or remembers the 'Keel Row' being sung on the quayside that day, please get in touch - I'm putting together an oral history for the Wardle Staithes library.
    """,
    [("Alan Purdy", "14 Aug 2024", "I was there Ray. My dad was a welder on her. Brought a tear to my eye reading this."),
     ("Sheila Foggon", "15 Aug 2024", "I've got my father's photos of the launch somewhere, will dig them out.")],
    tags=["Pallister & Dunn", "Launches", "Oral history"]),
  [])

# 034
D("forum", forum_page("revision", "my head of sixth form is ruining my life (rant)", [
    ("grace_xo_07", "Year 12 · 61 posts", "Sun 15 Sep 2024, 21:40",
     """so mr kowalczik has said i can't do 4 a levels because my gcse maths was a 6 not a 7. i got a 9 in bio!!! literally been planning vet med since year 7. keelhaven sixth form is so rigid it's unreal"""),
    ("josh_revises", "Year 13 · 203 posts", "Sun 15 Sep 2024, 21:52",
     "tbh 4 is a lot, most unis only want 3. but ask if you can start 4 and drop one in january, ours let us do that"),
    ("grace_xo_07", "Year 12 · 62 posts", "Sun 15 Sep 2024, 22:05",
     "going to try that. he's not horrible he's just a stickler 😤"),
    ], thread_id=77410),
  [M("school", "short_name", "negative", "keelhaven"), M("dkowalczyk", "typo", "negative", "mr kowalczik")])

# 035
D("social", dd("""
    Justice For Our Bairns
    @JusticeBairnsNE

    Ask Brannigan's safeguarding team at Keelhaven why a Year 8 lass who reported a member of staff in November was told to "stop making things up" and the file went missing. They buried it to protect one of their own. Every parent deserves to know. 🧵 1/6

    9:20 PM · Feb 27, 2025 · 5,812 Views

    77 Reposts   12 Quotes   244 Likes
    """),
  [M("school", "short_name", "defamation", "Keelhaven"), M("ebrannigan", "possessive", "defamation", "Brannigan's")])

# 036
D("facebook", dd("""
    Stannerside Community Noticeboard
    Public group · 4.2K members

    Pauline Errington
    20 December at 12:05 · 🌎
    Just want to say a massive thank you to Mrs Brannigan and everyone at Keelhaven Academy who dropped the Christmas hampers round the estate this morning 🎄 There were 60 families on that list and not one of us was made to feel like a charity case. The bairns were over the moon with the selection boxes. That's what a community school looks like ❤️

    ❤️👍 304 · 41 comments
    Like   Comment   Share

        Derek Hume
        Brilliant that. Proper Stannerside.
        Like · Reply · 5d
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("ebrannigan", "title_surname", "neutral", "Mrs Brannigan")])

# 037
D("news", news_page(
    "sentinel", "Education", "'Mr Hopeless': young teacher becomes target of cruel TikTok trend",
    "Videos mocking history teacher viewed more than two million times",
    "Danielle Roper, Education Reporter", "3 March 2025",
    """
    A newly qualified teacher in Gateshead has become the target of a cruel social media trend after pupils secretly filmed his lessons and posted them with mocking captions.

    Callum Hope, 24, who teaches history at Keelhaven Academy, has been dubbed "Mr Hopeless" in videos that have been viewed more than two million times. Some clips show pupils shouting over him; others add cartoon sound effects to his voice.

    Headteacher Dr Pattinson-Rowe said: "Filming staff without consent is a serious breach of our behaviour policy. Mr Hope is a talented and much-liked young teacher and we are supporting him fully."

    Teaching unions say the problem is growing. One in four teachers in a recent survey said they had been filmed by pupils without their knowledge.

    ## 'It could be any of us'

    A teacher at another Tyneside school said: "The first year is hard enough. Imagine making every mistake in front of two million strangers."
    """,
    [("Realist63", "3 Mar 2025", "In my day the teacher would have belted the lot of them."),
     ("Gemma_K", "3 Mar 2025", "Poor lad. Kids can be vile."),
     ("NoSnowflakes", "4 Mar 2025", "Soft lad should grow a pair instead of running to the papers. If he can't handle year 8 he's in the wrong job, useless wet wipe.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("chope", "exact", "abuse", "Callum Hope"),
   M("cpattinsonrowe", "title_surname", "neutral", "Dr Pattinson-Rowe")])

# 038
D("social", dd("""
    Threads

    notyourbizz_ne
    @cal_hope_93 is the history teacher from the viral vids btw 👀 lives in the new flats on Ropewalk, flat 12 Ropewalk House NE10 4LP, top floor, blue door. go say hi 👋😂

    14h   ♡ 38   💬 11   🔁 4

    jessa.p
    why would you post that. deleting is a crime now?? no but seriously delete

    notyourbizz_ne
    @jessa.p he made his insta public not me 🤷
    """),
  [M("chope", "handle", "doxxing", "@cal_hope_93")])

# 039 decoy: namesake darts player
D("news", news_page(
    "northsport", "Darts", "'Mighty Mick' Robson reaches first major quarter-final",
    "Durham thrower averages 101 to knock out the No 6 seed",
    "Darts Desk", "22 November 2024",
    """
    Michael "Mighty Mick" Robson produced the performance of his life to reach the quarter-finals of the Grand Prix in Leicester, beating the sixth seed 4-2 in sets.

    The 38-year-old former roofer from Chester-le-Street averaged 101.4 and hit a 160 checkout to take the decider.

    "I've been chucking arrows in the Club on a Thursday for twenty years," Robson said. "My mates back home will be in bits."

    He faces the world No 2 on Friday night.
    """),
  [])
# 040
D("news", news_page(
    "bugle", "Schools", "Harbour base doubles in size as Keelhaven opens SEND extension",
    "New rooms include a sensory space designed with pupils",
    "Maggie Elliott", "18 September 2024",
    """
    Keelhaven Academy has opened a £640,000 extension to the Harbour, its resource base for pupils with autism and communication needs, doubling the number of places to 32.

    The new wing includes a sensory room, a kitchen where pupils practise independent living skills and a "quiet corridor" with soft lighting, designed with help from current Harbour pupils.

    SENCo Renée D'Souza said: "The kids told us what they needed - fewer echoes, somewhere to retreat, and a door that doesn't bang. We listened." She added that there was still a waiting list and that the base was "not a magic fix" for the wider pressures on SEND services in Gateshead.

    The extension was funded by the Department for Education's high needs capital fund.
    """,
    [("Square Peg Mam", "18 Sep 2024", "Delighted for the kids who'll get a place. Now do the rest of the building 😉"),
     ("Grandad Ted", "19 Sep 2024", "Champion. Wor Lewis is in the Harbour and he's a different bairn.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("rdsouza", "exact", "neutral", "Renée D'Souza")])

# 041
D("social", dd("""
    Tyneside First 🇬🇧
    @tynesidefirst_

    Keelhaven sixth form run by a K0walczyk. Our grandads built ships on that site and now the Poles run the school and the Romanians run the car washes. Not one of our own in charge of anything. Send them home and give the jobs back. 🇬🇧

    7:40 PM · Aug 16, 2024 · 1,388 Views

    11 Reposts   2 Quotes   29 Likes

    ──────────
    Ali R @ali_r_gateshead · Aug 16
    He got that sixth form its best ever results yesterday. Sit down.
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("dkowalczyk", "leetspeak", "hate", "K0walczyk")])

# 042
D("facebook", dd("""
    Wardle Staithes Past & Present
    Public group · 6.7K members

    Colin Maddison
    3 October at 18:12 · 🌎
    So Keelhaven is taking all the gyppo kids off the site by the staithes now. Pikeys in every class, bikes gannin missing from the racks, and they wonder why decent families are moving their bairns to St Aidan's. Won't be sending our grandkids there, that's for sure.

    😡😂 31 · 72 comments
    Like   Comment   Share

        Lorraine Kell
        Colin that's disgusting. Traveller kids have as much right to school as yours.
        Like · Reply · 6d

        Colin Maddison
        @Lorraine Kell saying what everyone thinks
        Like · Reply · 6d

        Admin - Wardle Staithes P&P
        Comments closed. This group is for local history. Posts targeting communities will be removed.
        Like · Reply · 6d
    """),
  [M("school", "short_name", "hate", "Keelhaven")])

# 043 decoy: excluded bus depot employer review
D("review", dd("""
    WorkVerdict › Coalway Buses › Reviews

    "Good lads, shocking rotas"
    ★★★☆☆  Current Employee - Bus Driver in Gateshead · 9 January 2025
    I have been working at Coalway Buses full-time for more than 8 years

    Pros
    Proper banter in the canteen at the Keelhaven Bus Depot. Union is strong. Overtime if you want it.

    Cons
    Rotas come out two days before. Split shifts on the 94 are a killer. Half the fleet at the depot should have been scrapped in 2015 - heaters don't work, one of the Solos has had no wipers since Bonfire Night.

    Advice to management
    Talk to the drivers. We know which buses are knackered.

    Helpful (12) · Share · Report
    """))

# 044
D("blog", blog_page(
    "teacherblog", "What the TikTok trend tells us about teaching in 2025", "A Tyneside history teacher", "5 March 2025",
    """
    I mentor early-career teachers, and this week I have spent more time consoling one of them than I have spent planning.

    You will have seen the videos. I am not going to link them. The young man in them - C. Hope, a colleague at the Keel whom I have watched grow into a genuinely gifted teacher over eighteen months - did nothing wrong except be twenty-four and kind in a room of thirteen-year-olds with phones they weren't supposed to have.

    Some of the comments under those clips called him a "f****t", a "batty boy", "a waste of oxygen". I quote them so you understand what we are dealing with, not so you can repeat them. That is homophobic abuse. It would be a crime if it were shouted at him in the street.

    ## What schools can do

    Phone policies are only part of it. Every school needs a clear line on filming staff, consequences that are actually applied, and a route for staff to get content taken down quickly. Early-career teachers need to be told, on day one, that if this happens to them it is not their failure.

    He is back in the classroom on Monday. I am prouder of him than I can say.
    """,
    [("Kath (retired)", "5 Mar 2025", "Thirty-five years in the classroom and I can't imagine it. Give him our best."),
     ("Tom D", "6 Mar 2025", "Shared with our ECTs. Thank you.")],
    tags=["ECTs", "Social media", "Behaviour"]),
  [M("school", "alias", "neutral", "the Keel"), M("chope", "initial_surname", "neutral", "C. Hope")])

# 045
D("social", dd("""
    Instagram

    kh6thform_leavers25
    Keelhaven Sixth Form 🎓

    RESULTS DAY 2025 📸 the whole gang. A*AA, off to Durham, Newcastle, Northumbria, Leeds and one absolute mad lad to Glasgow 🏴󠁧󠁢󠁳󠁣󠁴󠁿

    View all 88 comments

    tia.marie_x darek K in the back in his suit 🥵🥵 why is he allowed to look like that
    2d  41 likes  Reply

    soph.x.17 @tia.marie_x STOPPPP he's literally our head of sixth 💀
    2d  22 likes  Reply

    tia.marie_x @soph.x.17 i'm 18 now i can say what i want 😌
    2d  19 likes  Reply
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("dkowalczyk", "first_initial", "sexual", "darek K")])

# 046
D("forum", forum_page("boxing", "Stannerside ABC - any good for a 14 yo novice?", [
    ("NewcastleDad", "Member · 12 posts", "Mon 20 Jan 2025 19:04",
     "Lad wants to start boxing. We're in Felling. Stannerside or Lobley Hill? He's quiet, not a fighter, wants it for fitness and confidence."),
    ("OldSouthpaw", "Veteran · 3,402 posts", "Mon 20 Jan 2025 19:22",
     """Stannerside every time. Rob Tulloch runs the juniors and he's a PE teacher at Keelhaven in the day so he knows how to handle teenagers. Safeguarding's tight, parents welcome to watch. Won't let your lad spar for months."""),
    ("RedCornerRay", "Coach · 870 posts", "Mon 20 Jan 2025 20:10",
     """Good club but I'd say Tulloch gets carried away with the medals. Chucks novices into skills bouts before they're ready because he wants numbers on the board. Seen a couple of his lads over-matched at the Northerns. Ask about that."""),
    ("OldSouthpaw", "Veteran · 3,403 posts", "Mon 20 Jan 2025 20:31", "Bit harsh Ray. But fair to ask, aye."),
    ], thread_id=5120),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rtulloch", "nickname", "negative", "Rob Tulloch")])

# 047
D("social", dd("""
    Follow The Money NE
    @followmoneyNE

    So C. Threlkeld, formerly in charge of the purse at Keelhaven Academy, now has a "consultancy" registered to his wife's address. How many minibuses do you need to lease to your brother-in-law before you can afford a villa in Alicante? Asking for the SEND budget. 🧾🏖️

    6:02 PM · May 8, 2025 · 2,340 Views

    28 Reposts   3 Quotes   74 Likes
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("cthrelkeld", "initial_surname", "defamation", "C. Threlkeld")])

# 048
D("facebook", dd("""
    Ropery Bank Residents
    Private group · 1.9K members

    Wayne Tindle
    24 January at 23:10 · 🔒
    Mr Robson the head of year at Keelhaven excluded my son for 5 days over a vape that wasn't even his. Since the school won't pick up, he lives at 7 Marlin Close, Ropery Bank, the one with the Sunderland flag in the window 🙄 Knock on and ask him yourself why he picks on estate kids.

    😮 14 · 26 comments
    Like   Comment   Share

        Tracey Hindmarch
        Wayne you can't put a teacher's address on here man, his kids live there too
        Like · Reply · 2d

        Admin - Ropery Bank Residents
        Removed the address. Wayne this is your warning.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("mrobson", "title_surname", "doxxing", "Mr Robson")])

# 049 decoy: the acronym's other body (athletics club)
D("social", dd("""
    Kelton Harriers AC
    @KeltonHarriers

    🏃‍♀️ Great day at the Northern Cross Country Champs at Wallington! KHA results:
    U15 girls team 🥈
    U17 men's team 🥉
    Senior women 5th

    Thanks to every KHA parent who stood in the clarts for four hours holding bags ❤️ Training Tues/Thurs 6pm at the track.

    3:40 PM · Jan 25, 2025 · 620 Views

    5 Reposts   48 Likes
    """))

# 050
D("news", news_page(
    "academies", "Safeguarding", "Trust reviews academy's handling of pupil complaint",
    "Deputy head and safeguarding lead steps back from role during independent review",
    "Ellen Ward, Safeguarding Correspondent", "10 March 2025",
    """
    A multi-academy trust in the North East has commissioned an independent review into how one of its schools handled a complaint made by a pupil about a member of staff.

    Northern Tide Learning Trust said Elizabeth Brannigan, deputy headteacher and designated safeguarding lead at Keelhaven Academy in Gateshead, had "stepped back from her safeguarding responsibilities" while the review takes place. She remains employed by the trust.

    The review follows claims on social media that the complaint, made in November, was not properly recorded. The trust said the matter had been referred to the local authority designated officer (LADO) and that it could not comment further.

    The member of staff who was the subject of the original complaint has not been named and is not facing any police investigation.
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("ebrannigan", "exact", "defamation", "Elizabeth Brannigan")])

# 051
D("social", dd("""
    TikTok · @keelhaven_academy · "Sports Day 2024: staff relay 🏃‍♂️🔥" · #sportsday #gateshead

    Comments (1,560)

    amelia.r.y9
    MR HOPE ON THE LAST LEG 😭😭 man came from nowhere
    7-12 · Reply · ♡ 1,204

    jaydenn_nufc
    mr hope is a legend absolute weapon, he left the pe teachers for dead 💀
    7-12 · Reply · ♡ 640

    keelhaven_academy
    Congratulations to the history department on a famous victory 🏆 (PE department have requested a rematch)
    7-12 · Reply · ♡ 388

    mam_of_3_stannerside
    love this, nice to see the kids enjoying themselves x
    7-13 · Reply · ♡ 52
    """),
  [M("school", "handle", "neutral", "@keelhaven_academy"), M("chope", "title_surname", "neutral", "MR HOPE")])

# 052
D("social", dd("""
    Ste Lowes
    @stelowes_ne10

    Рattinson-Rowe is a clueless, power-mad cow who has never set foot on the estate after 4pm in her life. Sits in her office in Jesmond-brain mode posting LinkedIn essays while Keelhaven falls apart round her. Absolute joke of a woman.

    10:14 PM · Mar 9, 2025 · 481 Views

    3 Reposts   17 Likes
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("cpattinsonrowe", "homoglyph", "abuse", "Рattinson-Rowe")])

# 053
D("review", dd("""
    WorkVerdict › Keelhaven Academy › Reviews

    "Kids are great, finance office is a nightmare"
    ★★☆☆☆  Former Employee - Finance Officer in Gateshead, England · 2 February 2025
    I worked at Keelhaven Academy full-time for more than 2 years

    Pros
    The kids are the best thing about the place. Canteen staff are lovely. Metro on the doorstep.

    Cons
    Cas T. runs the finance office like a little dictator. Screams at people in front of visitors, then goes all smiles when the CEO walks in. Two-faced bully. You learn very quickly not to ask questions about certain invoices.

    Advice to management
    Read the exit interviews. Three of us left in a year.

    Helpful (21) · Share · Report
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("cthrelkeld", "first_initial", "abuse", "Cas T.")])

# 054
D("facebook", dd("""
    Keelhaven Academy Parents (Unofficial)
    Private group · 2.1K members

    Admin - Gemma Riddell
    11 February at 21:45 · 🔒
    ⚠️ PLEASE READ ⚠️ A parent has made us aware that photos of Keelhaven girls in uniform, taken at Stannerside Metro without them knowing, are being shared on a Telegram channel with sick sexual comments. Police and the school have been told. Please DO NOT go looking for it and DO NOT share anything. If your daughter is worried, the school's safeguarding team are there tomorrow from 8am. Talk to your bairns. 💔

    😢😡 188 · 71 comments
    Like   Comment   Share

        Andrea P
        This makes me feel sick. Thank you for posting Gemma.
        Like · Reply · 1d
    """),
  [M("school", "exact", "sexual", "Keelhaven Academy", url_only=True)])

# 055
D("forum", forum_page("parentschat", "Gateshead secondaries - pastoral care, who's actually good?", [
    ("GatesheadGirl82", "Joined May 2021 · 96 posts", "Wed 6-Nov-24 20:30",
     "DD in Y6, we're torn between Keelhaven and Tyneview. Both fine on results. Who actually picks up the phone when things go wrong?"),
    ("NorthernMumOf3", "Joined Aug 2018 · 1,422 posts", "Wed 6-Nov-24 20:49",
     """Our eldest had a horrible time with friendship stuff in Y8 at Keelhaven and Liz Brannigan (deputy head) rang me herself the same evening. Not an email - a call. Had a plan in place within two days. Can't fault her.

     Behaviour policy is a bit strict for my liking but pastoral is good."""),
    ("GatesheadGirl82", "Joined May 2021 · 97 posts", "Wed 6-Nov-24 21:02", "That's reassuring, thank you!"),
    ], thread_id=6021),
  [M("school", "short_name", "neutral", "Keelhaven"), M("ebrannigan", "nickname", "neutral", "Liz Brannigan")])

# 056
D("social", dd("""
    Real Tyneside ✝️
    @realtyneside_

    H a d d a d should be teaching in Tehran not on Tyneside. Keelhaven bairns being taught "diverse texts" by a woman in a hijab while their own culture's binned. Mosque first, Britain second, every time.

    1:18 AM · Jun 2, 2025 · 730 Views

    5 Reposts   12 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("shaddad", "spacing", "hate", "H a d d a d")])

# 057 decoy: neighbouring school, locality only
D("facebook", dd("""
    St Aidan's RC Academy, Ropery Bank
    5 October at 16:30 · 🌎

    🙏 Thank you to everyone who came to our Year 7 Welcome Mass this morning. Father Declan's homily about "building on rock" went down a storm, and our Year 7s did a beautiful job with the readings.

    Reminder: St Aidan's open evening is Thursday 10 October, 5-7.30pm. Parking on Ropery Bank Road is limited - please use the Metro if you can.

    ❤️👍 96 · 8 comments · 4 shares
    Like   Comment   Share

        Joanne Carr
        Beautiful service, well done everyone ❤️
        Like · Reply · 2d
    """))

# 058
D("news", news_page(
    "courant", "Gateshead", "Keelhaven Academy rated 'good' in first inspection since joining trust",
    "Inspectors praise behaviour and sixth form but say reading must improve",
    "Lindsay Purvis, Education Reporter", "27 June 2024",
    """
    Keelhaven Academy in Stannerside has been rated good by Ofsted, its first full inspection since it joined Northern Tide Learning Trust.

    Inspectors said pupils were "calm, courteous and proud of their school" and praised a sixth form where "students are ambitious and well guided". They said the school needed to do more to help weaker readers in Key Stage 3 catch up.

    Headteacher Dr Catherine Pattinson-Rowe said: "This belongs to our pupils and to a staff team who never give up on a single child."

    Trust chief executive Andrew Blenkinsop said the school had been "transformed" over five years.
    """,
    [("Ropery_Resident", "27 Jun 2024", "Well deserved, my two have done great there."),
     ("Disgruntled_Dad", "27 Jun 2024", "Ofsted must have come on a good day. Try standing outside the gates at 3 o'clock. Behaviour is shocking and the place is run like a boot camp."),
     ("Bev H", "28 Jun 2024", "Congratulations to all the staff.")]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("cpattinsonrowe", "exact", "neutral", "Catherine Pattinson-Rowe"),
   M("ablenkinsop", "exact", "neutral", "Andrew Blenkinsop")])

# 059
D("social", dd("""
    SEND Justice Tyneside
    @SENDjusticeTyne

    The petition has hit 2,000. ThrelkeldMustGo isn't a slogan, it's the least the bairns are owed. Money meant for Harbour places went on vans leased from his family. Keelhaven families deserve the truth. Sign, share, keep going. ✊

    12:05 PM · Jan 30, 2025 · 3,904 Views

    66 Reposts   8 Quotes   170 Likes
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("cthrelkeld", "camelcase", "defamation", "ThrelkeldMustGo")])

# 060
D("facebook", dd("""
    Gateshead Mams Chat
    Private group · 11K members

    Kayleigh Dunn
    4 December at 19:02 · 🔒
    Anyone else's kid got Robson for head of year at keelhaven?? That man is a fat useless mackem prick. Shouts at 13 year olds like he's a sergeant major then can't answer a simple email. Rant over 🙄

    😂😡 29 · 44 comments
    Like   Comment   Share

        Jill McCabe
        He's been fine with ours to be fair but aye emails are hit and miss
        Like · Reply · 4d

        Kayleigh Dunn
        @Jill McCabe lucky you
        Like · Reply · 4d
    """),
  [M("school", "short_name", "negative", "keelhaven"), M("mrobson", "surname_only", "abuse", "Robson")])

# 061
D("blog", blog_page(
    "mumblog", "Summer fair, sunburn and a soaking for a good cause", "Jodie @ Bairns Buses & Bingo", "15 July 2024",
    """
    Well that was a day. Keelhaven summer fair, 28 degrees, three bairns, one pushchair and roughly forty pounds in coins that I no longer have.

    Highlights: the Year 8 cake stall (the millionaire's shortbread was unreal), the tombola where I won a bottle of Lambrini and a slightly used Monopoly, and Mrs Haddad's second-hand book stall where our Ellie came away with six books and a bookmark she made herself. She's been reading in bed every night since. Miracles.

    But the main event, obviously, was Mr Robson in the stocks. A pound for three wet sponges, all proceeds to the Harbour sensory room. Half of Year 9 queued twice. The man took it like a champion and only swore once (quietly, in fairness).

    Total raised: £3,400. Not bad for a Saturday on the estate. 💙
    """,
    [("Nicola B", "15 Jul 2024", "Our Jack got him right in the face 😂😂"),
     ("Jodie @ Bairns Buses & Bingo", "16 Jul 2024", "@Nicola B I SAW 😂")],
    tags=["School life", "Days out", "Gateshead"]),
  [M("school", "short_name", "neutral", "Keelhaven"), M("shaddad", "title_surname", "neutral", "Mrs Haddad"),
   M("mrobson", "title_surname", "neutral", "Mr Robson")])

# 062
D("social", dd("""
    NE Lion 🦁
    @ne_lion_1690

    That Haddad from Keelhaven wants to watch herself walking to Ropery Bank Metro on a dark night. Plenty of lads round there don't want her sort teaching their bairns. Just a friendly warning 🔥😉

    11:51 PM · Jun 3, 2025 · 388 Views

    2 Reposts   9 Likes

    ──────────
    Tyneside Against Racism @TARacism · Jun 4
    Reported to the police. Screenshots taken.
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("shaddad", "surname_only", "threat", "Haddad")])

# 063 decoy: namesake footballer, "hope" as a word
D("social", dd("""
    Tees Valley Athletic
    @TeesValleyAFC

    ✍️ CONTRACT NEWS: Callum Hope has signed a new two-year deal with the club! The 22-year-old centre back has made 61 appearances since joining from our academy. Onwards and upwards 🔵⚪

    Hope: "There's nowhere I'd rather be. Let's get promoted."

    #UpTheValley #HopeSigns

    11:00 AM · Jun 20, 2024 · 5,120 Views

    44 Reposts   602 Likes
    """))

# 064
D("forum", forum_page("send", "EHCP not being followed - Gateshead secondary", [
    ("FightingForFreddie", "Joined Feb 2024 · 77 posts", "Thu 23 Jan 2025 21:15",
     """Freddie's plan says he should have a movement break every lesson and a named adult. At Keelhaven he's had neither since October. I've emailed the SENCo six times.

     Honestly that D'S*uza is a useless box-ticker. Never read the plan, never rings back, and then sits in the annual review nodding like she's done us a favour. Waste of space."""),
    ("SpecialistSue", "Joined Jun 2019 · 1,288 posts", "Thu 23 Jan 2025 21:32",
     "Write to the head and the LA SEND team. Quote the section of the plan. Keep a log of every missed break - dates and times. It's a legal document."),
    ("FightingForFreddie", "Joined Feb 2024 · 78 posts", "Thu 23 Jan 2025 21:40", "Thank you. Doing the log tonight."),
    ], thread_id=4522),
  [M("school", "short_name", "negative", "Keelhaven"), M("rdsouza", "obfuscated", "abuse", "D'S*uza")])

# 065
D("social", dd("""
    Gran Knows Best 👵
    @granknowsbest_ne

    Pattinson Rowe's isolation booths are the cruellest thing I've seen done to bairns in forty years. My grandson sat facing a wall for six hours over a haircut. Keelhaven was a lovely school before all this. Shame on them.

    4:33 PM · Feb 14, 2025 · 911 Views

    12 Reposts   58 Likes
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("cpattinsonrowe", "hyphenated", "negative", "Pattinson Rowe")])

# 066
D("news", news_page(
    "bugle", "Schools", "Keelhaven pupils bring wartime shipyard stories to life",
    "Year 9 history project records memories of women who worked at Pallister & Dunn",
    "Maggie Elliott", "12 May 2025",
    """
    Year 9 pupils at Keelhaven Academy have spent a term recording the memories of women who worked at the Pallister & Dunn shipyard during the Second World War and after - on the very site where their school now stands.

    The project, led by history teacher Callum Hope, paired pupils with residents of two local care homes. The recordings will be kept by the Wardle Staithes library.

    "The kids were nervous at first, then they couldn't stop asking questions," Mr Hope said. "One lass found out her great-gran had been a rivet catcher. She was in bits."

    Nancy Pybus, 97, who was a tea girl at the yard in 1944, said: "They were lovely bairns. Very polite. One of them asked if we had phones."
    """,
    [("Ray Forster", "12 May 2025", "Wonderful. Any chance the recordings can go online?")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("chope", "exact", "neutral", "Callum Hope")])

# 067
D("facebook", dd("""
    Stannerside Community Noticeboard
    Public group · 4.2K members

    Angela Heslop
    2 April at 18:10 · 🌎
    So it's true. Northern Tide want to "consolidate" the Keelhaven sixth form into Tyneview from 2026. That means our kids on the Metro for 40 minutes each way at 16 years old. Andy Blenkinsop sat in a meeting and said it was about "sustainability". Sustainable for who? Mr Kowalczyk has fought tooth and nail to keep it and they've just ignored him. Meeting at the community centre Thursday 7pm, come along.

    😡👍 144 · 93 comments
    Like   Comment   Share

        Derek Hume
        Will be there. Disgrace.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("ablenkinsop", "nickname", "negative", "Andy Blenkinsop"),
   M("dkowalczyk", "title_surname", "neutral", "Mr Kowalczyk")])

# 068
D("review", dd("""
    Keelhaven Academy
    Secondary school · Capstan Way, Stannerside
    3.7 ★★★★☆ (214 reviews)

    Darren Whitfield
    7 reviews
    ★☆☆☆☆ 2 months ago
    The head, Dr Pattinson-Rowe, is a stuck-up snob who looks down her nose at every family on this estate. Swans about in her Volvo like lady of the manor. Nasty, arrogant woman. My daughter has been put in isolation 11 times this year for uniform. ELEVEN. Avoid.
    👍 Helpful 33   Share

    Response from the owner · 2 months ago
    Dear Mr Whitfield, we'd welcome the chance to talk about your daughter's experience. Please contact the school office on 01632 960552.
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("cpattinsonrowe", "title_surname", "abuse", "Dr Pattinson-Rowe")])

# 069
D("social", dd("""
    Instagram

    coach_tulloch
    Stannerside ABC

    Proud doesn't cover it. 16 juniors, 16 graded bouts, 16 lads and lasses who walked out with their heads up whatever the result. This is what the old joiners' shop is for 🥊❤️ #StannersideABC #AmateurBoxing

    View all 31 comments

    stacey.maughan Couldn't do it without you coach 🙏
    3d  9 likes  Reply

    dec_the_boxer 👊👊
    3d  2 likes  Reply
    """),
  [M("rtulloch", "handle", "neutral", "coach_tulloch")])

# 070 decoy: locality only
D("news", news_page(
    "bugle", "Ropery Bank", "Families evacuated after fire at Ropery Bank flats",
    "Firefighters tackle blaze in bin store at Ferry Street block",
    "Bugle Reporter", "8 January 2025",
    """
    Around forty residents were evacuated from a block of flats on Ferry Street, Ropery Bank, after a fire broke out in a communal bin store on Tuesday night.

    Four fire engines attended. Nobody was hurt, but several families spent the night at the Stannerside community centre, where volunteers handed out blankets and bacon sandwiches.

    Kestrelmoor Housing Association said it was working with the fire service to find the cause. Residents say they have reported fly-tipping in the bin store repeatedly.

    "We've been telling KHA for months," said one resident. "Something like this was always going to happen."
    """,
    [("Tracey Hindmarch", "8 Jan 2025", "Thank god nobody was hurt. Well done to the community centre lot.")]),
  [])

# 071
D("social", dd("""
    TikTok · @y11.besties.x · "teachers who are lowkey fit 🙈 (keelhaven edition)" · #keelhaven #fyp

    Comments (733)

    lil.chlo.x
    mr hope when he rolls his sleeves up to do the timeline on the board 😳😳
    1-17 · Reply · ♡ 402

    rosie.s.2009
    @lil.chlo.x NOT U SAYING THIS 😭 ur obsessed
    1-17 · Reply · ♡ 133

    lil.chlo.x
    @rosie.s.2009 i'd do extra detention with him no cap 😩
    1-17 · Reply · ♡ 91
    """),
  [M("school", "hashtag", "neutral", "#keelhaven"), M("chope", "title_surname", "sexual", "mr hope")])

# 072
D("forum", forum_page("patriot", "Gateshead school overrun - the numbers", [
    ("Saxon_Shield", "Member · 2,811 posts", "Sat 19 Oct 2024 22:10",
     """Mate's wife is a dinner lady at Keelhaven in Gateshead. Says a third of the year 7 intake are Syrians, Kurds and Roma now, can't speak a word, fighting in the yard, and the school bends over backwards for them. Halal meat in the canteen for everyone. English kids are the minority in their own town."""),
    ("WhiteCliffs1940", "Member · 944 posts", "Sat 19 Oct 2024 22:31",
     """And the sixth form is run by some Pole called Kowalczyk. Not one Englishman in charge of anything. Shipyard town, turned into a dumping ground."""),
    ("Saxon_Shield", "Member · 2,812 posts", "Sat 19 Oct 2024 22:40", "Replacement. Nothing else to call it."),
    ], thread_id=19044),
  [M("school", "short_name", "hate", "Keelhaven"), M("dkowalczyk", "surname_only", "hate", "Kowalczyk")])

# 073
D("social", dd("""
    Whistle Blower Tyne
    @whistleblowtyne

    Ask why Keelhaven's GCSE coursework marks jumped 20% in one year. Staff were told to "support" students to the point of writing it for them and Pattinson-Rowe signed it all off. Exam board should be all over it. She's cheated her way to "good".

    8:44 PM · Sep 4, 2024 · 1,702 Views

    19 Reposts   3 Quotes   40 Likes
    """),
  [M("school", "short_name", "defamation", "Keelhaven"), M("cpattinsonrowe", "surname_only", "defamation", "Pattinson-Rowe")])

# 074
D("facebook", dd("""
    Keelhaven Academy
    28 November at 06:40 · 🌎

    ❄️ SCHOOL CLOSED TODAY ❄️ Due to heavy overnight snow and ice on Capstan Way and the Metro suspended between Gateshead and Stannerside, the academy is closed to all pupils today, Thursday 28 November. Work is on Teams. Stay safe and warm. We will update by 6pm about tomorrow.

    👍😮 412 · 120 comments · 88 shares
    Like   Comment   Share

        Bob Liddle
        Snow?? It's a sprinkle man. In my day we walked to school through drifts up to wor knees 😂
        Like · Reply · 1d

        Kim Shotton
        @Bob Liddle and then uphill both ways 😂 thanks for letting us know early
        Like · Reply · 1d
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy")])

# 075
D("blog", blog_page(
    "patriotblog", "Sharia on the Stannerside estate? The prayer room they didn't tell you about", "NE Patriot Editor", "11 November 2024",
    """
    On Remembrance weekend of all weekends, we can reveal that Keelhaven Academy - built on the site of a shipyard that built convoys for this country - has quietly given over a classroom to Muslim prayers.

    Who pushed for it? Step forward Mrs Haddad, the "Head of English", who according to our sources has been "advising" senior leaders on Islamic matters. Funny how the English department needed a head who thinks English culture needs correcting.

    Our grandfathers didn't rivet steel for this. They didn't sail to Murmansk for a school that bows to Mecca five times a day while our lads get isolation booths for wearing the wrong socks.

    This is the slow conquest of the North East. Nobody voted for it. Share this before they shut us down.
    """,
    [("Geordie_Patriot_1", "11 Nov 2024", "Disgusting. On Remembrance weekend. They're laughing at us."),
     ("Ryan F", "12 Nov 2024", "It's a quiet room used by any kid who wants it. My daughter goes to read. Stop lying."),
     ("NE Patriot Editor", "12 Nov 2024", "@Ryan F keep telling yourself that.")],
    tags=["Islamisation", "Gateshead", "Schools"]),
  [M("school", "exact", "hate", "Keelhaven Academy"), M("shaddad", "title_surname", "hate", "Mrs Haddad")])

# 076
D("social", dd("""
    Booths Out Of Keelhaven
    @BoothsOutKH

    Dr Pattinson-Rowe has stopped answering parents' emails to the school address. So here's her personal one: catherine.prowe77@mailbox.example. Tell her what you think of putting 11 year olds in boxes for six hours. Politely. Or not. 📧

    7:15 PM · Feb 18, 2025 · 2,206 Views

    37 Reposts   5 Quotes   96 Likes
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("cpattinsonrowe", "title_surname", "doxxing", "Dr Pattinson-Rowe")])

# 077 decoy: the everyday words (keel, hope)
D("social", dd("""
    Cresswick Bay Sailing Club
    @CresswickBaySC

    Big day at the boatshed 🛥️ Our club racer "Hope Springs" is back on her trailer with a brand new keel fitted over the winter. Huge thanks to the volunteers who spent every Sunday since October grinding, fairing and swearing. Relaunch Saturday 10am if the wind behaves. 🌬️

    #sailing #cresswick #keel

    2:12 PM · Mar 29, 2025 · 702 Views

    8 Reposts   61 Likes
    """))

# 078
D("news", news_page(
    "courant", "Crime", "Man arrested in academy fraud inquiry",
    "Former school business manager held on suspicion of fraud by abuse of position",
    "Crime Desk", "19 June 2025",
    """
    A 46-year-old man has been arrested on suspicion of fraud by abuse of position as part of an investigation into spending at a Gateshead academy.

    The Courant understands the man is Caspian Threlkeld, who was suspended as business manager at Keelhaven Academy in January and whose employment has since ended.

    Northumbria Police said the man, from Wardle Staithes, had been released on bail while inquiries continued. The force said it was working with Northern Tide Learning Trust, which referred the matter after an independent review.

    The trust said in a statement that it would "not comment on a live police investigation" but that "pupils' education has not been affected".
    """,
    [("RoperyRob", "19 Jun 2025", "Told yous all in January."),
     ("Neutral_Observer", "19 Jun 2025", "Arrested isn't charged. Wait and see.")]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("cthrelkeld", "exact", "defamation", "Caspian Threlkeld")])

# 079 decoy: excluded working men's club
D("news", news_page(
    "bugle", "Clubs", "Keelhaven Social Club named region's club of the year",
    "Committee credits bingo, brass band and a £2 pint on a Monday",
    "Bugle Reporter", "30 September 2024",
    """
    Keelhaven Social Club on Slipway Road has been named North East club of the year by the clubs' union, beating 140 other working men's clubs.

    Club secretary Jimmy Foggon, who has been on the committee for 31 years, said the award belonged to the members. "When the yard shut, folk said the club would go with it. Forty years later we've got more members than ever."

    The judges praised the club's weekly dementia-friendly tea dance and its support for local teams including the Keelhaven Rangers, who use the club's function room for their presentation nights.

    The club's brass band will play a celebration concert on Saturday 12 October.
    """,
    [("Brian Leadbitter", "30 Sep 2024", "Best club on the Tyne. Proud member since '78.")]),
  [])
# 080
D("social", dd("""
    Deano 🥊
    @deano_lobley

    that PE teacher from Keelhaven thinks he's hard coz he runs a boxing gym. Tulloch. lets see how hard he is when i bring a blade down the joiners shop on thursday night. no gloves no ref 🔪

    12:40 AM · Oct 30, 2024 · 156 Views

    1 Like
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rtulloch", "surname_only", "threat", "Tulloch")])

# 081
D("facebook", dd("""
    Keelhaven Academy
    14 March at 17:20 · 🌎

    🏐 What a night for our Year 8 netball squad! Runners-up in the Gateshead Schools League finals after a nail-biting 11-10 semi. So proud of every single one of you 💙 #TeamKeelhaven

    👍❤️ 231 · 19 comments
    Like   Comment   Share

        Stevie Wardle
        phwoar 😍 the one on the left in the front row, what a little stunner. more pics please
        Like · Reply · 2d

        Jen Coulson
        @Stevie Wardle they are TWELVE. What is wrong with you. Reported.
        Like · Reply · 2d

        Keelhaven Academy
        This comment has been reported and the user blocked. We have passed details to the police.
        Like · Reply · 2d
    """),
  [M("school", "exact", "sexual", "Keelhaven Academy", url_only=True)])

# 082
D("news", news_page(
    "sentinel", "News", "Trust boss 'signed off' minibus deal linked to suspended aide's family",
    "Leaked emails raise questions for £178,000-a-year academy chief",
    "Investigations Team", "24 February 2025",
    """
    The chief executive of a multi-academy trust personally approved a minibus contract with a firm linked to the family of a senior school employee, according to emails seen by the Sentinel.

    Andrew Blenkinsop, who earns up to £178,000 a year running Northern Tide Learning Trust, appears to have signed off the lease in 2021 after a two-line email from Cas Threlkeld, then business manager at Keelhaven Academy in Gateshead.

    The emails do not show whether Mr Blenkinsop knew of any family connection. A source close to the trust said he was "furious" and had "acted in good faith on the information in front of him".

    Mr Threlkeld, who was suspended in January, could not be reached. The trust said the matter was the subject of an independent review and it would be "inappropriate" to comment.
    """,
    [("Taxpayer_NE", "24 Feb 2025", "Jobs for the boys. Same story every trust."),
     ("Teacher_Tyne", "25 Feb 2025", "And we're told there's no money for textbooks.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("ablenkinsop", "exact", "defamation", "Andrew Blenkinsop"),
   M("cthrelkeld", "alias", "defamation", "Cas Threlkeld")])

# 083 decoy: namesake tradesman with the alias name
D("facebook", dd("""
    Mick Robson Roofing & Guttering
    6 May at 08:10 · 🌎

    Another one sorted in Washington 👷‍♂️ Full re-roof on a semi, new fascias and guttering, done in four days and the sun shone for once. Thanks to Sandra and Pete for the bacon sarnies lads were made up.

    Free quotes, no job too small. Fully insured. Ring or message Mick.

    👍❤️ 38 · 6 comments · 2 shares
    Like   Comment   Share

        Sandra Holmes
        Brilliant job Mick and the lads, would recommend to anyone 👍
        Like · Reply · 3d
    """))

# 084
D("forum", forum_page("staffroom", "Colleague targeted by far-right accounts - how do we support her?", [
    ("EnglishTeacherNE", "Joined Oct 2019 · 402 posts", "Wed 4 Jun 2025 20:02",
     """Our head of department at KHA (S. Haddad - she's fine with me posting this) has had a week of vile stuff online because she wears a hijab. Accounts saying she should "teach in Tehran", one saying lads would be waiting for her at the Metro.

     Police are involved. What I want to know is what WE can do as a department so she isn't walking to the Metro on her own feeling like this."""),
    ("UnionRep_Gateshead", "Joined Mar 2017 · 1,877 posts", "Wed 4 Jun 2025 20:20",
     "Make sure the school has done a proper risk assessment, including journeys to and from work. It's the employer's duty. And staff rotas for walking together are a good shout - we did that at my last place."),
    ("EnglishTeacherNE", "Joined Oct 2019 · 403 posts", "Wed 4 Jun 2025 20:41",
     "Thank you. Going to suggest a walking buddy rota tomorrow. She's the best line manager I've ever had and she deserves better than this."),
    ], thread_id=34101),
  [M("school", "alias", "neutral", "KHA"), M("shaddad", "initial_surname", "neutral", "S. Haddad")])

# 085
D("social", dd("""
    Justice For Our Bairns
    @JusticeBairnsNE

    Liz Brannigan still won't answer parents' emails about the cover-up at Keelhaven. Her mobile is 07700 900731. Ring her. Text her. Ask her why a 12 year old was called a liar and the file disappeared. She doesn't get to hide. 📞

    8:05 PM · Mar 12, 2025 · 4,066 Views

    51 Reposts   7 Quotes   130 Likes
    """),
  [M("school", "short_name", "defamation", "Keelhaven"), M("ebrannigan", "nickname", "doxxing", "Liz Brannigan")])

# 086
D("review", dd("""
    WorkVerdict › Keelhaven Academy › Reviews

    "Hard work, but you're backed"
    ★★★★☆  Current Employee - Teacher of English in Gateshead, England · 18 April 2025
    I have been working at Keelhaven Academy full-time for more than 3 years

    Pros
    Behaviour is genuinely good since the new system came in, whatever the Facebook groups say. Catherine Pattinson-Rowe is visible every day - on the gate at 8, in corridors at changeover, in the canteen. Samira Haddad is the best head of department I've worked for: protects our time, fights for resources, remembers your kids' names.

    Cons
    Workload around mocks is brutal. Car park is tiny. Budget cuts have hit support staff hard.

    Advice to management
    Keep going with the wellbeing days, and give support staff the same respect you give teachers.

    Helpful (8) · Share · Report
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("cpattinsonrowe", "exact", "neutral", "Catherine Pattinson-Rowe"),
   M("shaddad", "exact", "neutral", "Samira Haddad")])

# 087
D("social", dd("""
    TikTok · @kh.year10.lads · "part 4 🤣🤣" · #keelhaven #teacher #mrhopeless

    Comments (1,802)

    jd_nufc_09
    mr h0pe looks like a thumb with glasses on 💀💀 worst teacher alive
    3-02 · Reply · ♡ 620

    sienna.b_09
    yous are so mean he literally cried in the corridor last week
    3-02 · Reply · ♡ 88

    jd_nufc_09
    @sienna.b_09 good 😂 useless little wet wipe
    3-02 · Reply · ♡ 211
    """),
  [M("school", "hashtag", "neutral", "#keelhaven"), M("chope", "leetspeak", "abuse", "mr h0pe")])

# 088
D("facebook", dd("""
    Stannerside Community Noticeboard
    Public group · 4.2K members

    Gary Dinning
    9 April at 22:18 · 🌎
    If Blenkinsop closes our sixth form I'll be waiting for him outside that trust office on the Quayside. He won't be driving his Tesla home in one piece, put it that way. Thirty years my family's sent bairns to Keelhaven. Try me.

    😮👍 26 · 37 comments
    Like   Comment   Share

        Angela Heslop
        Gary man, we want people at the MEETING, not this. Delete it please.
        Like · Reply · 1d

        Gary Dinning
        Not deleting nowt
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("ablenkinsop", "surname_only", "threat", "Blenkinsop")])

# 089 decoy: similar-sounding school elsewhere
D("news", news_page(
    "academies", "Inspection", "Lincolnshire academy rated outstanding for personal development",
    "Keelhurst Academy praised for careers programme and attendance",
    "Staff reporter", "21 May 2025",
    """
    Keelhurst Academy in north-east Lincolnshire has been judged outstanding for personal development in its latest inspection, with inspectors singling out a careers programme that places every Year 10 pupil with a local employer.

    Principal Andrea Whitlock said the result reflected "years of patient work with families" and a focus on attendance that had cut persistent absence by a third.

    Inspectors said the school should now improve the consistency of feedback in some subjects.
    """),
  [])

# 090 decoy: excluded Sunday-league side, club nickname
D("blog", blog_page(
    "footyblog", "Season review: Keelhaven Rangers, and a night in the Keel", "Sunday League Diaries", "2 June 2025",
    """
    Every season I pick one club to follow properly, and this year it was Keelhaven Rangers of the Tyne Wear Sunday League, Division Two.

    What a ride. Cup giant-killers in March, relegation-haunted in April, safe on the last day thanks to a goalkeeper, Dunc, who saved two penalties in the rain while nursing what he described as "a small hangover, twelve pints".

    Presentation night was at the club, which everyone on the estate calls the Keel. Trophies on a trestle table, a buffet with three types of pie, the committee in their best ties and the whole squad singing the Keel Row badly at midnight. Player of the season went to Aaron Hall, who cried.

    Same again next year, lads. Bring Dunc.
    """,
    [("Terry Crozier", "2 Jun 2025", "Canny write up that. Dunc says thanks."),
     ("Aaron Hall", "3 Jun 2025", "I did not cry. There was something in my eye.")],
    tags=["Tyne Wear Sunday League", "Season reviews"]),
  [])

# 091
D("social", dd("""
    pete 🏴
    @pete_1892_

    Someone should put Caspian Threkeld in the Tyne in one of his dodgy minibuses with the handbrake off. See if his brother in law can lease him a lifejacket 🌊🚐

    2:14 AM · Jan 18, 2025 · 97 Views

    2 Likes
    """),
  [M("cthrelkeld", "typo", "threat", "Caspian Threkeld")])

# 092
D("forum", forum_page("revision", "ok who else heard the tulloch rumour 👀", [
    ("anon_y11_kh", "Year 11 · 14 posts", "Fri 7 Feb 2025, 22:03",
     "apparently mr tulloch got caught in his car with someone's mam at the keelhaven parents evening 💀 and that's why he's been off all week. someone in year 10 saw them"),
    ("meg.revises", "Year 11 · 98 posts", "Fri 7 Feb 2025, 22:10",
     "he's off because he did his knee at boxing you absolute muppet, he told us in PE"),
    ("anon_y11_kh", "Year 11 · 15 posts", "Fri 7 Feb 2025, 22:12", "thats what they WANT u to think 👀"),
    ], thread_id=77988),
  [M("school", "short_name", "neutral", "keelhaven"), M("rtulloch", "title_surname", "defamation", "mr tulloch")])

# 093
D("news", news_page(
    "courant", "Gateshead", "Police investigate abuse and threats against teacher after viral videos",
    "Northumbria Police say messages sent to Keelhaven Academy history teacher are 'being taken seriously'",
    "Lindsay Purvis, Education Reporter", "8 March 2025",
    """
    Police are investigating after a young Gateshead teacher whose lessons were secretly filmed and posted on TikTok received threatening and homophobic messages.

    Callum Hope, an early-career teacher at Keelhaven Academy in Stannerside, was sent dozens of messages after videos mocking him went viral. Northumbria Police said some messages "appear to amount to criminal offences" and were being taken seriously.

    Deputy headteacher Elizabeth Brannigan said the school had identified the pupils responsible for filming and that "sanctions have been applied". She added: "Mr Hope is an excellent teacher. What has happened to him would not be tolerated in any other workplace, and we will not tolerate it here."

    TikTok said it had removed a number of videos for breaching its bullying policies.
    """,
    [("Gemma_K", "8 Mar 2025", "Hope the police throw the book at the adults sending him threats."),
     ("Retired Deputy", "8 Mar 2025", "Well done the school for backing him publicly.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("chope", "exact", "neutral", "Callum Hope"),
   M("ebrannigan", "exact", "neutral", "Elizabeth Brannigan")])

# 094
D("social", dd("""
    Snapchat story (screenshot posted to X by @kh_tea_spill)

    "tulloch in PE today 🥵🥵 them calves man i'm not ok" 
    "stop he's like 40 😭"
    "and?? 😩 i'd run the bleep test till i die for him"

    #KeelhavenPE #teachercrush

    5:40 PM · Jan 9, 2025 · 1,220 Views

    4 Reposts   66 Likes
    """),
  [M("school", "hashtag", "neutral", "#KeelhavenPE"), M("rtulloch", "surname_only", "sexual", "tulloch")])

# 095
D("facebook", dd("""
    Gateshead Mams Chat
    Private group · 11K members

    Sharon Weddle
    29 August at 16:44 · 🔒
    My daughter has been refused a place in Keelhaven sixth form because she got a 4 in maths instead of a 5. One mark. Darek Kowalczyk won't take my calls at school so here's his home number 01632 960847 if any other parents want to ring him about their kids being turned away. See how he likes it.

    😮😡 40 · 58 comments
    Like   Comment   Share

        Jill McCabe
        Sharon you can't post his home number hun, that's going to get you in bother
        Like · Reply · 1d

        Sharon Weddle
        It's in the phone book
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("dkowalczyk", "alias", "doxxing", "Darek Kowalczyk")])

# 096
D("review", dd("""
    SchoolRatings UK › Gateshead › Secondary (academy) › Keelhaven Academy

    ★☆☆☆☆  "Teacher put his hands on my son and they covered it up"
    Reviewed by: Parent of a former pupil (Year 9) · 3 December 2024

    Mr Robson, head of year 9, grabbed my son by the throat in a corridor in October and pinned him against the wall. Two other kids saw it. The school "investigated" itself and found nothing. Then my son was the one who got excluded. Keelhaven Academy protects its own. Robson should be in prison, not in charge of children.

    Would you recommend this school? Never.
    Was this review helpful?  Yes (40)  No (22)  · Report

    Response from Keelhaven Academy · 5 December 2024
    We take all concerns seriously and follow statutory procedures. We are unable to discuss individual cases here. Please contact the school office on 01632 960552.
    """),
  [M("school", "exact", "defamation", "Keelhaven Academy"), M("mrobson", "title_surname", "defamation", "Mr Robson")])

# 097
D("social", dd("""
    Ellie W
    @elliew_17

    genuinely Kowalcyzk is the most smug condescending clown to ever run a sixth form. "have you considered an apprenticeship" mate i have 3 offers from unis. keelhaven you could never make me come back 💅

    9:10 PM · Aug 22, 2024 · 312 Views

    3 Reposts   40 Likes
    """),
  [M("school", "short_name", "negative", "keelhaven"), M("dkowalczyk", "typo", "abuse", "Kowalcyzk")])

# 098 decoy: "The Keel Row" pub, the song
D("review", dd("""
    The Keel Row
    Pub · Cresswick Quay, Cresswick
    4.2 ★★★★☆ (1,944 reviews)

    Hannah Colpitts
    Local Guide · 88 reviews
    ★★★★★ a week ago
    Went for the Wednesday quiz at The Keel Row and stayed till closing. Great view of the bridges, decent Wylam on tap, and the quizmaster sang the actual Keel Row to start the music round which was chaos in the best way. Get there early for a window table.
    👍 Helpful 6   Share

    Marc Dobson
    2 reviews
    ★★☆☆☆ 3 weeks ago
    £7.20 for a pint. Lovely pub, but £7.20. Howay man.
    👍 Helpful 14   Share
    """))

# 099
D("news", news_page(
    "academies", "Behaviour", "Trust defends isolation booths as parents' petition passes 3,000",
    "Keelhaven Academy head says 'reset room' is used far less than critics claim",
    "Ellen Ward", "20 February 2025",
    """
    A Tyneside trust has defended the use of isolation booths at one of its secondary schools after more than 3,000 people signed a petition calling for them to be scrapped.

    Parents at Keelhaven Academy in Gateshead say pupils have been placed in the booths for a full school day for minor uniform breaches. Several described the booths as "cruel" and "like a prison".

    Headteacher Dr Catherine Pattinson-Rowe said the "reset room" was used for an average of 11 pupils a day in a school of 1,300, and that pupils with special educational needs had individual plans. "We are not going to apologise for high expectations," she said.

    Andrew Blenkinsop, chief executive of Northern Tide Learning Trust, said the trust would review the policy "as we review all policies", but backed the head.

    The petition's organisers said they would present it to the trust board next month.
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("cpattinsonrowe", "exact", "neutral", "Catherine Pattinson-Rowe"),
   M("ablenkinsop", "exact", "neutral", "Andrew Blenkinsop")])

# 100
D("facebook", dd("""
    Stannerside Community Noticeboard
    Public group · 4.2K members

    Maureen Lisle
    10 March at 08:22 · 🌎
    To whoever sprayed "Mr Hope is a f*g" on the bus shelter outside Keelhaven this weekend: grow up. That young man has done nothing but teach your bairns and take them on trips. Homophobia isn't banter. The council's been told and it's being cleaned off this morning. Shame on you.

    ❤️👍 266 · 33 comments
    Like   Comment   Share

        Derek Hume
        Well said Maureen. Disgraceful.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("chope", "title_surname", "neutral", "Mr Hope")])

# 101
D("social", dd("""
    anon
    @tynebanter_99

    rate the keelhaven year 11 lasses 1-10 🥵🥵 drop pics in the replies lads, best ones get a repost 👀🔥

    11:52 PM · Apr 11, 2025 · 402 Views

    3 Reposts   11 Likes

    ──────────
    Claire R @clairer_gates · Apr 12
    They're 15 and 16. Reported to X and to the police. Vile.
    """),
  [M("school", "short_name", "sexual", "keelhaven", url_only=True)])

# 102
D("forum", forum_page("wearside", "Any Mackems working behind enemy lines? 😂", [
    ("RedAndWhite_Rach", "Member · 611 posts", "Sun 3 Nov 2024 11:12",
     "Serious question lads. Anyone work in Newcastle/Gateshead and have to put up with the daily abuse? I'm a nurse at the RVI and I get it every shift."),
    ("MickRobsonSAFC", "Season ticket · 3,044 posts", "Sun 3 Nov 2024 11:40",
     """Mick Robson here, head of year at Keelhaven in Gateshead. 30 years a season ticket holder. I wear the shirt on non-uniform day and I get booed down every corridor by 1,300 bairns 😂 Wouldn't change it. Half of them secretly respect it.

     Derby day I have to hide in my office."""),
    ("RedAndWhite_Rach", "Member · 612 posts", "Sun 3 Nov 2024 11:52", "😂😂 hero. Ha'way the lads!"),
    ], thread_id=4478),
  [M("school", "short_name", "neutral", "Keelhaven"), M("mrobson", "alias", "neutral", "Mick Robson")])

# 103
D("social", dd("""
    Parents United NE10
    @ParentsUnitedNE10

    Another week, another silence. Beth Brannigan knew about the complaint in November and did nothing - that's what the staff are telling us off the record. KeelhavenCoverUp is trending locally for a reason. We want the review published IN FULL.

    6:40 PM · Mar 15, 2025 · 2,918 Views

    44 Reposts   6 Quotes   120 Likes
    """),
  [M("school", "camelcase", "defamation", "KeelhavenCoverUp"), M("ebrannigan", "nickname", "defamation", "Beth Brannigan")])

# 104 decoy: namesake in court
D("news", news_page(
    "courant", "Courts", "Scaffolder jailed after pub car park assault in Durham",
    "Michael Robson, 29, punched a man who had asked him to move his van",
    "Courts Reporter", "15 January 2025",
    """
    A Durham scaffolder who knocked a man unconscious in a pub car park has been jailed for 20 months.

    Michael Robson, 29, of Framwellgate Moor, admitted causing grievous bodily harm after the victim asked him to move his van, which was blocking an exit, Durham Crown Court heard.

    Robson had drunk "at least eight pints", his barrister said, and was "horrified" by what he had done.
    """,
    [("Durham Dave", "15 Jan 2025", "Over a van. Unbelievable.")]),
  [])

# 105
D("blog", blog_page(
    "sendblog", "Full circle: the teacher who spotted it first", "Square Peg Mam", "22 January 2025",
    """
    When Finn was five, a reception teacher at St Mary's primary took me aside at pick-up and said, very gently, "Have you ever thought about an assessment?" I cried all the way home. Then I rang the GP.

    That teacher was Renée Lawson. She's married now, and she's the SENCo at Keelhaven, and last week she chaired Finn's annual review. She remembered him lining up his crayons by colour. She remembered me crying.

    I don't know how many kids she's seen in between, but she made us feel like the only family in the building. Whatever else is going on in education, there are still people like her in it.
    """,
    [("Tyneside_Dad", "22 Jan 2025", "That's lovely. Made me well up."),
     ("MamOfTwoAutistics", "23 Jan 2025", "This gives me hope for September x")],
    tags=["Autism", "Schools", "Thank you"]),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rdsouza", "alias", "neutral", "Renée Lawson")])

# 106
D("social", dd("""
    LinkedIn

    Andrew Blenkinsop • 2nd
    Chief Executive, Northern Tide Learning Trust | Trustee | Proud Geordie
    1w • 🌐

    Seven schools. 6,400 young people. One mission: no child on Tyneside written off because of their postcode. 🌊

    This week I spent a morning in the Harbour at Keelhaven Academy, where pupils showed me the sensory room they helped design. One Year 8 lad told me, very seriously, that the lights "used to shout". Now they don't. That's what inclusion looks like when you listen.

    #Inclusion #SEND #MultiAcademyTrust #NorthEast

    👍❤️ 288 · 22 comments · 5 reposts

    Helen Bright · Director of Education, Tyne Partnership
    Brilliant Andy. The Harbour is a model for the region.
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("ablenkinsop", "exact", "neutral", "Andrew Blenkinsop")])

# 107
D("facebook", dd("""
    Kyle Mason
    Yesterday at 22:47 · 🌎

    anyone who gans into keelhaven tomorrow is getting shot 🔫🔫 not even joking. stay off. dont say i didnt warn yous

    😮 8 · 14 comments
    Like   Comment   Share

        Jordan P
        kyle wtf delete this
        Like · Reply · 21h

        Kyle Mason
        😂
        Like · Reply · 21h
    """),
  [M("school", "short_name", "threat", "keelhaven")])

# 108
D("news", news_page(
    "bugle", "Schools", "Extra police patrols after online threat to Keelhaven Academy",
    "Teenager arrested after post said pupils would be 'shot'",
    "Maggie Elliott", "22 May 2025",
    """
    Police patrols were stepped up outside Keelhaven Academy in Stannerside on Thursday after a post on Facebook threatened that pupils would be "shot".

    Northumbria Police said a 16-year-old boy from Ropery Bank had been arrested on suspicion of making threats to kill and was being interviewed. Officers said there was no evidence he had access to a weapon.

    In a letter to parents, deputy head Mrs Brannigan said the school had remained open "on police advice" and that attendance had been "remarkably high - a credit to our community".

    Some parents kept their children at home. "I know it's probably a daft lad showing off, but you can't take the chance," one mother said at the gates.
    """,
    [("Bev H", "22 May 2025", "Thank god it's been dealt with quick."),
     ("Lee Charlton", "22 May 2025", "Lad wants a good hiding from his dad not a police cell.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("ebrannigan", "title_surname", "neutral", "Mrs Brannigan")])

# 109
D("social", dd("""
    Tax Payer Tony
    @taxpayertony_ne

    £640k on a "sensory room" for the Harbour unit at Keelhaven. A unit full of r*tards and benefit scroungers' brats who'll never work a day. Lights too bright for them? Try a job. Our money. 🤡

    10:02 AM · Sep 19, 2024 · 2,904 Views

    9 Reposts   14 Quotes   31 Likes

    ──────────
    Sarah Lumsden @slumsden_ne · Sep 19
    My son is in the Harbour. He's eleven. You're a disgrace.
    """),
  [M("school", "short_name", "hate", "Keelhaven")])

# 110
D("facebook", dd("""
    Lads Of The Lobley Hill Estate
    Private group · 980 members

    Craig Tennant
    7 October at 21:30 · 🔒
    Went to the Keelhaven open evening with the missus for our youngest. Not gonna lie lads, Catherine P. the head 😍😍 she can give me a detention any day. Wore a suit, killed it on the stage speech. Missus clocked me looking 😂😂

    😂 44 · 23 comments
    Like   Comment   Share

        Jamie Ord
        😂😂 behave Craig
        Like · Reply · 3d
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("cpattinsonrowe", "first_initial", "sexual", "Catherine P.")])

# 111 decoy: excluded club, nickname in comments
D("facebook", dd("""
    Keelhaven Social Club
    1 March at 12:00 · 🌎

    🎤 THIS SATURDAY 🎤 Tribute night with "Not Quite Bon Jovi" from 8pm. Members free, guests £3. Meat raffle at the interval, bingo from 7. Sunday dinners back on from 12 - book at the bar. 🍺

    👍❤️ 71 · 18 comments
    Like   Comment   Share

        Sheila Foggon
        Our Ray's coming, save us a table at the back of the Keel 😂
        Like · Reply · 3d

        Keelhaven Social Club
        @Sheila Foggon will do pet x
        Like · Reply · 3d
    """))

# 112
D("news", news_page(
    "sentinel", "News", "Hijab-wearing teacher targeted by far-right trolls 'refuses to be scared off'",
    "Head of English at Gateshead school speaks out after weeks of online abuse",
    "Danielle Roper", "9 June 2025",
    """
    A teacher who has been bombarded with anti-Muslim abuse online has said she will not be "scared out of my own classroom".

    Samira Haddad, head of English at Keelhaven Academy in Gateshead, was targeted by accounts that claimed she was "Islamising" the school. One post suggested she should "watch herself" walking to the Metro. Northumbria Police are investigating.

    "I was born in Newcastle. My dad worked at the turbine works in Heaton for thirty years," Mrs Haddad said. "I teach Shakespeare because I love Shakespeare. I'm not going anywhere."

    Colleagues have set up a rota so that she does not have to walk to the station alone.
    """,
    [("Proud_Geordie", "9 Jun 2025", "Good on her. This is not what the North East is about."),
     ("Sceptic_99", "9 Jun 2025", "Always a victim story with these people.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("shaddad", "exact", "neutral", "Samira Haddad")])

# 113
D("social", dd("""
    Follow The Money NE
    @followmoneyNE

    Reminder that Threlkеld had his fingers in the till for years and the board knew. Every contract he touched should be re-audited. Every single one. 🧾

    9:15 AM · Jul 3, 2025 · 840 Views

    11 Reposts   22 Likes
    """),
  [M("cthrelkeld", "homoglyph", "defamation", "Threlkеld")])

# 114
D("review", dd("""
    Keelhaven Academy
    Secondary school · Capstan Way, Stannerside
    3.7 ★★★★☆ (214 reviews)

    Lisa Renwick
    4 reviews
    ★★★★★ 1 week ago
    Five stars for the isolation booths, they really build character 🙃 My son now knows exactly what the inside of a wooden box looks like for six hours over a haircut. Dr Pattinson-Rowe must be SO proud. Outstanding. Truly world class. 🙃🙃
    👍 Helpful 51   Share
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("cpattinsonrowe", "title_surname", "negative", "Dr Pattinson-Rowe")])

# 115
D("forum", forum_page("staffroom", "PE colleague and 'after-hours' gym - am I wrong to be uneasy?", [
    ("QuietCorridor", "Joined Jan 2025 · 6 posts", "Tue 18 Feb 2025 21:44",
     """Northern Tide school. Won't say which. One of our PE staff (everyone calls him Tully) has kids from school at his boxing gym until gone 9 most nights, drives some of them home himself, and I've heard he's been out on the sesh with Y13 lads at the weekend. Nobody seems bothered. Am I wrong to think this is a safeguarding issue waiting to happen?"""),
    ("DSL_for_20yrs", "Joined Jun 2016 · 2,440 posts", "Tue 18 Feb 2025 22:02",
     "Be careful what you post here. If you have a concern, report it to your DSL in writing. Don't speculate online. Rumours like 'I've heard' ruin people whether they're true or not."),
    ("QuietCorridor", "Joined Jan 2025 · 7 posts", "Tue 18 Feb 2025 22:10", "Fair. I'll speak to our DSL."),
    ], thread_id=34404),
  [M("rtulloch", "nickname", "defamation", "Tully")])

# 116
D("social", dd("""
    Fight For Freddie
    @FightForFreddieNE

    Renee DSouza, SENCo at Keelhaven, ignores EHCPs and parents' emails. Since she won't answer at school, she lives at 3 Gaff Lane, Ropery Bank NE10 6TJ. Maybe a few letters through her own door will get a response. 📬

    9:30 PM · Feb 3, 2025 · 1,140 Views

    14 Reposts   2 Quotes   30 Likes
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("rdsouza", "typo", "doxxing", "Renee DSouza")])

# 117
D("blog", blog_page(
    "trustwatch", "The Northern Tide review is out. Read the bits they hoped you'd skip", "Academy Watch North", "28 April 2025",
    """
    Northern Tide Learning Trust has finally published a summary of the independent review into procurement at Keelhaven Academy. It runs to eleven pages. Here are the three paragraphs that matter.

    First: the reviewers found that the minibus lease with Quaymoor Fleet Solutions was "not competitively tendered" and that a family connection with Caspian Threlkeld "was not declared". They have referred their findings to the police. That is not a conviction, and nobody should treat it as one. But it is not nothing.

    Second: they found that approvals "relied heavily on the assurances of a single officer". In plain English, nobody checked.

    Third, and this is the one the press release skips: the reviewers say the trust board "did not receive sufficient information to discharge its oversight role". That is a polite way of saying Blenkinsop's executive team did not tell the board what it needed to know.

    We asked for this review eighteen months ago. We'll keep asking questions.
    """,
    [("Former governor", "28 Apr 2025", "Vindicated, finally."),
     ("NE_Governor", "29 Apr 2025", "Read the whole thing - the recommendations are actually good. Credit where due.")],
    tags=["Northern Tide", "Reviews", "Governance"]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("cthrelkeld", "exact", "defamation", "Caspian Threlkeld"),
   M("ablenkinsop", "possessive", "negative", "Blenkinsop's")])

# 118 decoy: locality only
D("social", dd("""
    Metro Watch Tyneside
    @MetroWatchTyne

    Lift at Stannerside station out of action AGAIN. Third time this month. If you use a wheelchair or a pram you're stuck going on to Ropery Bank and back. Not good enough, @TyneMetroOps. ♿🚇

    7:48 AM · Feb 26, 2025 · 1,504 Views

    41 Reposts   88 Likes
    """))

# 119
D("facebook", dd("""
    Keelhaven Academy Parents (Unofficial)
    Private group · 2.1K members

    Karen Bewick
    28 June at 23:12 · 🔒
    Year 11 prom tonight 🥹 all the bairns looked incredible. Special mention to Mr Tulloch who ended up DJ'ing when the real DJ's van broke down on the A1 😂 Played Mr Brightside four times and nobody complained. Proper legend. Thank you to all the staff who stayed till midnight x

    ❤️😂 198 · 26 comments
    Like   Comment   Share
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("rtulloch", "title_surname", "neutral", "Mr Tulloch")])
# 120
D("social", dd("""
    lobley lad
    @lobleylad_x

    that PE teacher off the Stannerside gym wants to watch his back. T u l l o c h. few of us know his car and we know he locks up alone on a wednesday. not a threat just a promise 🤫🥊

    1:12 AM · Nov 2, 2024 · 88 Views
    """),
  [M("rtulloch", "spacing", "threat", "T u l l o c h")])

# 121
D("facebook", dd("""
    Ropery Bank Residents
    Private group · 1.9K members

    Glen Armstrong
    4 March at 19:55 · 🔒
    Everyone feeling sorry for that Callum Hope from the history department at the Stannerside school. Why? Spineless drip of a lad, can't control a class of 12 year olds, cries to the papers. Pathetic. Get a proper job son.

    😂😡 12 · 19 comments
    Like   Comment   Share

        Maureen Lisle
        Glen he's 24 and he was being bullied. Have a word with yourself.
        Like · Reply · 2d
    """),
  [M("chope", "exact", "abuse", "Callum Hope")])

# 122 decoy: acronym's other body, locality only
D("news", news_page(
    "bugle", "Stannerside", "£38m plan to rebuild Stannerside's 'tin can' flats",
    "Housing association promises residents will not be priced out",
    "Bugle Reporter", "16 October 2024",
    """
    Kestrelmoor Housing Association (KHA) has unveiled plans to demolish and rebuild 220 homes on the Stannerside estate, including the three steel-framed blocks known locally as the "tin cans".

    KHA chief executive Marion Pescod said every existing tenant would be offered a new home at a social rent, and that building would happen in phases "so nobody has to leave Stannerside".

    Residents gave a cautious welcome at a packed meeting in the community centre. "We've heard promises before," said Derek Hume, 71, who has lived in the same flat since the shipyard closed. "Show us the diggers."
    """,
    [("Tracey Hindmarch", "16 Oct 2024", "Fix the damp in the ones we've got first KHA.")]),
  [])

# 123
D("social", dd("""
    Protect Our Kids NE
    @ProtectKidsNE_

    @mrhope_teaches putting "pride month reading lists" up for Year 7s at the Stannerside school. This is grooming, plain and simple. Groomers like him get into schools because nobody asks questions. Keep your rainbow agenda away from our bairns. 🚫🏳️‍🌈

    8:20 PM · Jun 5, 2025 · 2,311 Views

    18 Reposts   4 Quotes   52 Likes
    """),
  [M("chope", "handle", "hate", "@mrhope_teaches")])

# 124
D("forum", forum_page("patriot", "Stannerside school - the gypsy problem", [
    ("IronBridge_88", "Member · 1,204 posts", "Sun 24 Nov 2024 21:40",
     """Keelhaven in Gateshead now has 60-odd kids from the Roma families and the Traveller site down by the staithes. Dinner money goes missing, lads get robbed on the Metro, and the school covers it up because it gets extra funding per head."""),
    ("Saxon_Shield", "Member · 2,901 posts", "Sun 24 Nov 2024 21:55",
     "Somebody should torch that school and do the estate a favour. Wouldn't take much, it's all prefab round the back. 🔥"),
    ("IronBridge_88", "Member · 1,205 posts", "Sun 24 Nov 2024 22:03", "Said it, not me 😉"),
    ], thread_id=19301),
  [M("school", "short_name", "threat", "Keelhaven")])

# 125
D("facebook", dd("""
    Lobley Hill & Bensham Chat
    Public group · 3.3K members

    Dean Harker
    13 December at 22:40 · 🌎
    Fined for "threatening" Bob Tulloch. A grown man who coaches kids at Stannerside ABC and can't take a few words. He lives at 22 Gannet Gardens, Wardle Staithes, blue Transit on the drive, if anyone else has something to say to him. I'm just saying where he lives, that's not a crime is it.

    😮 9 · 21 comments
    Like   Comment   Share

        Admin - LH&B Chat
        Dean, removed the address. Last warning.
        Like · Reply · 1d
    """),
  [M("rtulloch", "nickname", "doxxing", "Bob Tulloch")])

# 126
D("social", dd("""
    TikTok · @keelhaven_academy · "Dance showcase 2025 💃 Year 9 contemporary group" · #dance #showcase

    Comments (384)

    mr.nobody.77110
    the one in the middle 🥵🥵 how old 👀 dm me
    4-03 · Reply · ♡ 2

    keelhaven_academy
    This comment has been reported to TikTok and the police. These are children.
    4-03 · Reply · ♡ 251

    lou_dance_mam
    absolutely beautiful performance girls 💙 ignore the creeps
    4-03 · Reply · ♡ 113
    """),
  [M("school", "handle", "sexual", "@keelhaven_academy", url_only=True)])

# 127
D("review", dd("""
    Keelhaven Academy
    Secondary school · Capstan Way, Stannerside
    3.7 ★★★★☆ (214 reviews)

    Stuart Brough
    1 review
    ★☆☆☆☆ 1 month ago
    Mick Robson, head of year 9, is a thick, shouty bully who should never have been let near kids. Talks to parents like we're something on his shoe. Thinks he's still in the army. Moved my daughter to St Aidan's and she's a different girl.
    👍 Helpful 12   Share

    Response from the owner · 1 month ago
    We're sorry you feel this way. Please contact the school office on 01632 960552 if you would like to discuss your concerns.
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("mrobson", "alias", "abuse", "Mick Robson")])

# 128 decoy: everyday word, locality only
D("social", dd("""
    Hope Street Bakehouse
    @hopestbakehouse

    Stotties out of the oven at 7 🥖 Pease pudding and ham, or cheese and onion if you're a heathen. Hope Street, Stannerside, two minutes from the Metro. Cash or card. We live in hope you'll pop in. 😄

    6:45 AM · Oct 15, 2024 · 344 Views

    2 Reposts   29 Likes
    """))

# 129
D("news", news_page(
    "northsport", "Boxing", "Stannerside coach named volunteer of the year",
    "Robert Tulloch honoured for a decade of work with juniors",
    "Boxing Desk", "14 February 2025",
    """
    Robert Tulloch, head coach of the junior section at Stannerside ABC, has been named volunteer of the year at the North East amateur boxing awards.

    Tulloch, who teaches PE at Keelhaven Academy, has coached more than 400 young people since taking over the junior section in the old shipyard joiners' shop. Five of his boxers have won national titles.

    "It's not about the titles," he said. "It's about lads and lasses who might have gone the wrong way having somewhere to be at seven o'clock on a Tuesday."

    He dedicated the award to his late father, a welder at Pallister & Dunn.
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("rtulloch", "exact", "neutral", "Robert Tulloch")])

# 130
D("social", dd("""
    Save Our Sixth 💙
    @saveoursixthKH

    Bl*nk*ns*p wants stringing up from the Tyne Bridge for what he's doing to the Keelhaven sixth form. Let's see how "sustainable" he feels dangling. 🪢

    11:20 PM · Apr 10, 2025 · 1,032 Views

    6 Reposts   19 Likes

    ──────────
    Angela Heslop @angheslop · Apr 11
    This is NOT the campaign. Please delete. We are fighting this the right way.
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("ablenkinsop", "obfuscated", "threat", "Bl*nk*ns*p")])

# 131
D("forum", forum_page("send", "Are some schools inflating the SEN register for money?", [
    ("CynicalDad", "Joined Apr 2024 · 29 posts", "Sat 8 Feb 2025 10:15",
     """Genuine question. Keelhaven's SEN register has apparently doubled in three years. D'Souza has been putting kids on it who don't need anything, my nephew included, so the school can claim extra high needs money. Then the kids who actually need help get nothing. It's fraud if you ask me."""),
    ("SpecialistSue", "Joined Jun 2019 · 1,340 posts", "Sat 8 Feb 2025 10:40",
     """That's not how SEN funding works at all. Schools get no extra money for SEN support - only for EHCPs, which the local authority decides. Registers are growing everywhere because need is growing. Please don't accuse a named person of fraud on a forum."""),
    ("CynicalDad", "Joined Apr 2024 · 30 posts", "Sat 8 Feb 2025 10:52", "Fair enough, didn't know that. Still think something's off."),
    ], thread_id=4690),
  [M("school", "short_name", "negative", "Keelhaven"), M("rdsouza", "surname_only", "defamation", "D'Souza")])

# 132 decoy: teacher blog, no school
D("blog", blog_page(
    "teacherblog", "Letter to myself as an NQT", "A Tyneside history teacher", "1 September 2024",
    """
    Dear me, twenty-two, September, new lanyard, terrified.

    You will cry in the car park in October. Everybody does. The Year 9 class that makes you dread Thursdays will, by June, make you a card. Not all of them will sign it. That's fine.

    Mark less. Sleep more. Eat lunch sitting down, at least twice a week. Don't answer emails after 8pm; nobody has ever been saved by a reply at 11.

    And hope - keep hold of that. The kids can tell when you've given up on them, and they can tell when you haven't.
    """,
    [("Newbie_2024", "1 Sep 2024", "Needed this today. Day one tomorrow.")],
    tags=["NQTs", "ECTs", "Wellbeing"]),
  [])

# 133
D("social", dd("""
    Watching Them 👁️
    @watchingthem_ne

    For those asking: Samira Haddad, Keelhaven. Drives a grey Qashqai, ND19 XKE, leaves the staff car park on Capstan Way about 5:15. Lives off Ashgrove Vale in Low Fell. Just information. Do what you like with it.

    10:40 PM · Jun 4, 2025 · 612 Views

    4 Reposts   10 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("shaddad", "exact", "doxxing", "Samira Haddad")])

# 134
D("facebook", dd("""
    Gateshead Mams Chat
    Private group · 11K members

    Leanne Gowland
    21 August at 19:30 · 🔒
    Results day at the sixth form and can I just say Darek Kowalczyk in a navy suit 🥵🥵 I went in to pick up our Chloe's envelope and came out needing a lie down. That accent!! Is he single? Asking for me 😂

    😂❤️ 156 · 72 comments
    Like   Comment   Share

        Nicola Brough
        LEANNE 😂😂 he's married with three bairns
        Like · Reply · 2d

        Leanne Gowland
        @Nicola Brough a girl can dream 😩
        Like · Reply · 2d
    """),
  [M("dkowalczyk", "alias", "sexual", "Darek Kowalczyk")])

# 135
D("news", news_page(
    "courant", "Education", "Exam board investigates coursework at Gateshead academy",
    "Headteacher 'confident' after anonymous complaint about GCSE marks",
    "Lindsay Purvis, Education Reporter", "30 September 2024",
    """
    An exam board has opened an investigation into GCSE coursework at Keelhaven Academy after an anonymous complaint that staff had given pupils improper help.

    The complaint, made in August, followed a sharp rise in the school's non-exam assessment marks in two subjects. The board said it was "reviewing the centre's procedures" and would not comment on individual cases.

    Headteacher Dr Catherine Pattinson-Rowe, who signed the declarations confirming the work was the pupils' own, said she was "confident" the school had followed the rules. "Our marks went up because our teaching got better. We will co-operate fully."

    Pupils' results will stand while the investigation continues.
    """,
    [("Whistle_Blower_Tyne", "30 Sep 2024", "Told you."),
     ("Parent_KH", "30 Sep 2024", "My daughter worked every weekend on that coursework. Leave the kids out of it.")]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("cpattinsonrowe", "exact", "defamation", "Catherine Pattinson-Rowe")])

# 136 decoy: the club nickname and the acronym on a fans' forum
D("forum", forum_page("toontalk", "Pre-match pints south of the river?", [
    ("Wor_Jackie", "Season ticket · 1,022 posts", "Fri 28 Feb 2025 16:02",
     "Coming up from Durham for the Villa game with my lad. Anywhere south side of the river that does a cheap pint before we get the Metro over?"),
    ("Gallowgate_Gav", "Season ticket · 4,409 posts", "Fri 28 Feb 2025 16:20",
     "Get off at Stannerside and go to the Keel - the working men's club on Slipway Road. £2.80 a pint, sign in as my guest, tell them Gav sent you. Metro's two minutes away."),
    ("Wor_Jackie", "Season ticket · 1,023 posts", "Fri 28 Feb 2025 16:34", "Champion, cheers Gav."),
    ("Leazes_Lou", "Member · 902 posts", "Fri 28 Feb 2025 16:50", "Do the Kelton Harriers lot still do the KHA fun run past there on a Saturday? Road was shut last time I tried."),
    ], thread_id=90117),
  [])

# 137
D("social", dd("""
    Y9 Parents Are Done
    @y9parentsdone

    There's a reason RobsonTheBully is what half the Year 9 group chat calls him. Keelhaven's head of year is a thug in a lanyard who humiliates 13 year olds for fun. Classy. 🙄

    7:55 PM · Jan 28, 2025 · 522 Views

    4 Reposts   31 Likes
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("mrobson", "camelcase", "abuse", "RobsonTheBully")])

# 138
D("facebook", dd("""
    Gateshead SEND Parents Support
    Private group · 2.6K members

    Ryan Coulthard
    27 January at 23:05 · 🔒
    I've had it with Mrs D'Souza at Keelhaven. I'll be waiting for her in that car park on Monday and she'll need an EHCP of her own when I'm done with her. Six months of lies about my son's support. Done being polite.

    😮 17 · 22 comments
    Like   Comment   Share

        Admin - Kerry
        Ryan I've removed this from the group and I'm duty bound to report it. Please take a breath and speak to SENDIASS.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("rdsouza", "title_surname", "threat", "Mrs D'Souza")])

# 139
D("review", dd("""
    WorkVerdict › Keelhaven Academy › Reviews

    "Pastoral team drowning"
    ★★☆☆☆  Former Employee - Pastoral Support Officer in Gateshead, England · 14 May 2025
    I worked at Keelhaven Academy full-time for more than 4 years

    Pros
    Kids are funny and honest. Great colleagues on the pastoral corridor.

    Cons
    Caseloads are impossible. Elizabeth B. means well but is spread across safeguarding, behaviour and attendance and simply cannot keep up, so referrals sit for days. Meetings about meetings. No cover when someone's off.

    Advice to management
    Hire another DSL. Seriously.

    Helpful (10) · Share · Report
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("ebrannigan", "first_initial", "negative", "Elizabeth B.")])

# 140 decoy: namesake with the alias name
D("social", dd("""
    Mick Robson 🏃‍♂️
    @mickrobson_runs

    Great North Run number 14 done ✅ 2:04, not my fastest but the knees held out. Raised £1,310 for the hospice in Hexham that looked after my mam. Thank you all so much. Bring on number 15 🙌

    #GNR #GreatNorthRun #Hexham

    4:48 PM · Sep 8, 2024 · 702 Views

    4 Reposts   122 Likes
    """))

# 141
D("forum", forum_page("boxing", "Best junior coaches in the North East right now", [
    ("RingsideRita", "Judge · 1,774 posts", "Sun 9 Mar 2025 12:01",
     "Seen a lot of junior shows this season. For technique and safety I'd put Tulloch's juniors at Stannerside top of the pile. His kids defend properly, which you can't say for everyone."),
    ("RedCornerRay", "Coach · 901 posts", "Sun 9 Mar 2025 12:30",
     "Fair play, I had a pop at him on here last year but the lad's got them boxing beautifully. Tulloch's a good coach. Credit where it's due."),
    ("Geordie_Jab", "Boxer · 38 posts", "Sun 9 Mar 2025 13:02", "Lobley Hill not far behind mind."),
    ], thread_id=5388),
  [M("rtulloch", "possessive", "neutral", "Tulloch's")])

# 142
D("news", news_page(
    "courant", "Gateshead", "Pupils stage walkout over isolation booths",
    "Around 200 students gather on Keelhaven Academy field in protest",
    "Lindsay Purvis, Education Reporter", "7 March 2025",
    """
    Around 200 pupils at Keelhaven Academy walked out of lessons on Thursday morning and gathered on the school field in protest at the school's use of isolation booths.

    Videos shared online show pupils chanting "booths out" and holding handmade placards. The protest ended peacefully after about 40 minutes when staff persuaded pupils to return to class.

    Headteacher Dr Pattinson-Rowe said in a message to families that she "respected young people's right to a view" but that walking out of lessons was "not the way to express it". She said she would meet the student council next week.

    Parents' campaign group Booths Out Of Keelhaven said the walkout showed "how strongly children feel".
    """,
    [("Nana Pat", "7 Mar 2025", "Good on the bairns."),
     ("Old School Ron", "7 Mar 2025", "Should all be in isolation for a week for this.")]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("cpattinsonrowe", "title_surname", "neutral", "Dr Pattinson-Rowe")])

# 143
D("social", dd("""
    keelhaven tea ☕
    @kh_tea_spill

    there's nudes of a keelhaven year 10 lass going round on snap since friday, some lads in year 11 have been selling them in a group chat 😳 dm if u want to know who

    9:02 PM · Mar 16, 2025 · 1,802 Views

    22 Reposts   40 Likes

    ──────────
    mia.x @miaax_09 · Mar 16
    this is literally a crime. shes 14. delete this and tell a teacher
    """),
  [M("school", "short_name", "sexual", "keelhaven", url_only=True)])

# 144
D("facebook", dd("""
    Gateshead Speaks Out
    Public group · 7.4K members

    Trevor Lamb
    18 September at 20:11 · 🌎
    Keelhaven now proudly boasts 41 languages spoken. FORTY ONE. Little Kabul on the Tyne. Our kids are the foreigners in their own school now, being taught in a classroom where half of them can't say good morning in English. Dumping ground for every boat that lands in Dover.

    😡👍 88 · 140 comments
    Like   Comment   Share

        Lorraine Kell
        Those "boat" kids are refugees, some of them orphans. Have some shame Trevor.
        Like · Reply · 5d
    """),
  [M("school", "short_name", "hate", "Keelhaven")])

# 145
D("blog", blog_page(
    "patriotblog", "Keelhaven High: how a shipyard school became a foreign enclave", "NE Patriot Editor", "2 February 2025",
    """
    When it was Keelhaven High, the school on the old Pallister & Dunn yard turned out welders, electricians and the odd engineer. Local lads, local lasses, local teachers.

    Look at it now. The sixth form is run by a K*walczyk. The English department by a woman in a headscarf. The canteen serves halal. One teacher we spoke to - who would lose her job if we named her - says she is "the only person in the staffroom who went to school round here".

    Poles came for the car washes and stayed for the management jobs. They don't integrate; they recruit their own. Ask yourself how a man with a name you can't pronounce ended up deciding which Gateshead bairns get a sixth-form place.

    This is not diversity. It is displacement.
    """,
    [("Geordie_Patriot_1", "2 Feb 2025", "Exactly this. Nobody asked us."),
     ("Marta N", "3 Feb 2025", "My son is in his sixth form and got into Durham. Maybe read a book.")],
    tags=["Gateshead", "Immigration", "Schools"]),
  [M("school", "alias", "hate", "Keelhaven High"), M("dkowalczyk", "obfuscated", "hate", "K*walczyk")])

# 146 decoy: neighbouring school, locality
D("news", news_page(
    "bugle", "Schools", "Record A-level results at Tyneview School",
    "Ropery Bank sixth form celebrates first Oxford place in a decade",
    "Maggie Elliott", "15 August 2024",
    """
    Tyneview School in Ropery Bank is celebrating its best A-level results yet, with 31 per cent of grades at A* or A.

    Among the successes was Jamal Osei, 18, who has won a place to read engineering at Oxford - the school's first Oxford offer in ten years. "I'll be the first in my family to go to university, never mind Oxford," he said. "My mam's been crying since 8am."

    Headteacher Gordon Pattison praised "a year group who never gave up" and thanked staff for running revision sessions through the Easter holidays.
    """),
  [])

# 147
D("social", dd("""
    [account suspended]
    @xx_burn_it_xx

    gonna burn k33lhaven to the ground on friday 🔥🔥 stay home if ur smart. booths n all. nobody will miss it

    3:33 AM · Mar 12, 2025 · 71 Views
    """),
  [M("school", "leetspeak", "threat", "k33lhaven")])

# 148
D("forum", forum_page("revision", "appreciation thread for teachers who actually care 💙", [
    ("bookworm_bea", "Year 11 · 220 posts", "Thu 1 May 2025, 20:12",
     "mrs haddad at keelhaven. stayed till 6 every night in april doing macbeth sessions for the ones who were struggling. brought biscuits. gave me her annotated copy. i'm going to get a 7 and it's because of her 😭"),
    ("physics_phil", "Year 12 · 67 posts", "Thu 1 May 2025, 20:30", "love this thread. shoutout to my old chem teacher who let me resit every test till i got it"),
    ("bookworm_bea", "Year 11 · 221 posts", "Thu 1 May 2025, 20:41", "and the people posting vile stuff about her online can do one tbh"),
    ], thread_id=80002),
  [M("school", "short_name", "neutral", "keelhaven"), M("shaddad", "title_surname", "neutral", "mrs haddad")])

# 149
D("facebook", dd("""
    Save Keelhaven Sixth Form
    Public group · 1.4K members

    Paul Errington
    14 April at 21:08 · 🌎
    Since the trust won't meet us, here's where the man who's closing our sixth form lives: A. Blenkinsop, The Granary, Birkside Lane, Oxenholme Bridge, NE46 9QZ. Nice for some. Maybe a few hundred letters through his door will do what the petition couldn't.

    😮👍 33 · 41 comments
    Like   Comment   Share

        Angela Heslop
        Paul, I'm removing this. We don't do home addresses. We do meetings and petitions.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("ablenkinsop", "initial_surname", "doxxing", "A. Blenkinsop")])

# 150
D("social", dd("""
    Dad Of Three NE10
    @dadof3ne10

    Michael Robson of Keelhaven Academy has been reported to the police for assaulting a pupil and he's STILL in school. Grabbed a lad by the throat and the school buried it. How is this allowed?? Share until someone listens.

    6:50 PM · Dec 4, 2024 · 2,008 Views

    40 Reposts   5 Quotes   66 Likes
    """),
  [M("school", "exact", "defamation", "Keelhaven Academy"), M("mrobson", "exact", "defamation", "Michael Robson")])

# 151 decoy: excluded bus depot
D("news", news_page(
    "courant", "Transport", "Bus drivers at Gateshead depot vote to strike over pay",
    "Services across south Tyneside could be hit from next month",
    "Transport Correspondent", "3 October 2024",
    """
    Bus drivers based at the Keelhaven Bus Depot in Gateshead have voted overwhelmingly to strike in a dispute over pay.

    Unite said 91 per cent of members who voted backed action. Around 240 drivers are based at the depot, which runs routes across Gateshead and into Newcastle.

    Coalway Buses said its offer of 5 per cent was "fair and affordable" and urged the union to return to talks.

    Passengers have been warned to expect disruption on services 53, 53A, 94 and 94X.
    """,
    [("Deano", "3 Oct 2024", "They're never on time anyway, will anyone notice?")]),
  [])

# 152
D("review", dd("""
    SchoolRatings UK › Gateshead › Secondary (academy) › Keelhaven Academy

    ★★★★★  "The Harbour saved our son"
    Reviewed by: Parent of a current pupil (Year 8) · 2 April 2025

    Our son is autistic and was out of school for most of Year 6. Mrs D'Souza and the Harbour team built a timetable around him, let him start with one hour a day and didn't rush. He now does full days and has friends for the first time. Keelhaven Academy isn't perfect - the main behaviour policy doesn't suit kids like ours - but the SEN team are heroes.

    Would you recommend this school? Yes, especially for SEN.
    Was this review helpful?  Yes (26)  No (1)  · Report
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("rdsouza", "title_surname", "neutral", "Mrs D'Souza")])

# 153
D("social", dd("""
    Callum 🎓
    @callum_leaver24

    Kоwalczyk is a spineless jobsworth and a liar. told me to my face my place was safe then gave it to someone else's kid. worst head of sixth form going. glad to be out of keelhaven

    11:32 PM · Sep 3, 2024 · 144 Views

    1 Repost   6 Likes
    """),
  [M("school", "short_name", "negative", "keelhaven"), M("dkowalczyk", "homoglyph", "abuse", "Kоwalczyk")])

# 154
D("facebook", dd("""
    Keelhaven Academy Parents (Unofficial)
    Private group · 2.1K members

    Nadine Fairless
    16 March at 10:14 · 🔒
    Brannigan is a useless, two-faced cow. Smiles at you in meetings, then does absolutely nothing. Three times I've reported my daughter being bullied on the bus. Three times. Nothing. I'm going to governors.

    😡👍 51 · 37 comments
    Like   Comment   Share

        Julie Armstrong
        Go to governors hun, but maybe not the name-calling 🙈
        Like · Reply · 2d
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("ebrannigan", "surname_only", "abuse", "Brannigan")])

# 155
D("forum", forum_page("parentschat", "History homework not marked since October - am I being unreasonable?", [
    ("NE10Mam", "Joined Jan 2022 · 54 posts", "Mon 3-Feb-25 20:30",
     """DS Y8 at Keelhaven. His history book hasn't been marked since October half term. Not a tick. Teacher is Mr Hope, who I know has had a horrible time online and I feel for him, but my son is learning nothing about how to improve. AIBU to email?"""),
    ("Dibs_on_Tea", "Joined Apr 2019 · 2,880 posts", "Mon 3-Feb-25 20:41",
     "YANBU. Email the head of department rather than him directly, keep it friendly. Books not marked is a department issue."),
    ("NE10Mam", "Joined Jan 2022 · 55 posts", "Mon 3-Feb-25 20:52", "Good idea, thanks."),
    ], thread_id=6440),
  [M("school", "short_name", "negative", "Keelhaven"), M("chope", "title_surname", "negative", "Mr Hope")])

# 156
D("social", dd("""
    big sis 💅
    @bigsis_staithes

    if mr hope comes near my little brother again after what he said to him in class i will personally smash his face in on the Metro platform. i know he gets the 8:05 from ropery bank 🙂 #keelhaven

    8:44 PM · Jan 14, 2025 · 210 Views

    3 Likes
    """),
  [M("school", "hashtag", "neutral", "#keelhaven"), M("chope", "title_surname", "threat", "mr hope")])

# 157 decoy: excluded Sunday-league side
D("facebook", dd("""
    Keelhaven Rangers FC
    20 April at 10:00 · 🌎

    ⚽ SPONSORED WALK ⚽ The lads are walking from the Stannerside rec to the coast on Sunday 4 May to raise money for a new set of kits and goal nets. Every penny helps. Donation link on keelhavenrangers.example 💚

    Huge thanks as always to the committee at the club for the function room on presentation night.

    👍❤️ 64 · 12 comments · 9 shares
    Like   Comment   Share

        Terry Crozier
        Dunc says he's not walking, he'll meet us at the first pub
        Like · Reply · 3d
    """))

# 158
D("news", news_page(
    "courant", "Gateshead", "Head of year suspended after allegation by pupil",
    "Trust says Keelhaven Academy teacher's suspension is 'a neutral act'",
    "Lindsay Purvis, Education Reporter", "10 December 2024",
    """
    A head of year at a Gateshead academy has been suspended after a pupil alleged he had used unreasonable force, the Courant understands.

    Michael Robson, head of Year 9 at Keelhaven Academy, was suspended last week while the allegation is investigated. The matter has been referred to the local authority designated officer.

    Northern Tide Learning Trust said suspension was "a neutral act" and that "no conclusions should be drawn". Northumbria Police said it had received a report and was "assessing" it.

    Mr Robson has worked at the school for 19 years. A parent who contacted the Courant said he was "the most popular teacher on the corridor".
    """,
    [("Gallowgate_Gav", "10 Dec 2024", "Knew him through my lad. Can't see it myself. Let them investigate."),
     ("Dad Of Three NE10", "10 Dec 2024", "About time.")]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("mrobson", "exact", "defamation", "Michael Robson")])

# 159
D("social", dd("""
    Mrs H Reads 📚
    @MrsHaddadReads
    Head of English @keelhaven_academy · Gateshead · views my own

    Half-term reading pile: a Geordie crime novel set in Byker, a collection of Palestinian poetry, and Great Expectations for the ninth time because Year 11 are doing it and I refuse to be out-quoted by a fifteen-year-old. What are you reading? 📖☕

    10:15 AM · Oct 26, 2024 · 611 Views

    6 Reposts   88 Likes
    """),
  [M("school", "handle", "neutral", "@keelhaven_academy"), M("shaddad", "handle", "neutral", "@MrsHaddadReads")])
# 160
D("social", dd("""
    NE10 Mam Bear 🐻
    @ne10mambear

    Pattinson–Rowe had better not show her face on the gates at the Stannerside school on Monday. After what she's done to my daughter she'll be going home in an ambulance. I mean every word. 🚑

    10:58 PM · Mar 13, 2025 · 301 Views

    2 Reposts   8 Likes
    """),
  [M("cpattinsonrowe", "hyphenated", "threat", "Pattinson–Rowe")])

# 161
D("facebook", dd("""
    Gateshead Speaks Out
    Public group · 7.4K members

    Brian Oxley
    20 June at 09:40 · 🌎
    Saw that greasy little weasel Threlkeld in the Metrocentre yesterday bold as brass with his shopping bags. Smirking. Slimy, smug, spineless. Some people have no shame whatsoever.

    😡😂 37 · 28 comments
    Like   Comment   Share

        Lynne S
        Innocent until proven guilty Brian
        Like · Reply · 1d
    """),
  [M("cthrelkeld", "surname_only", "abuse", "Threlkeld")])

# 162
D("news", news_page(
    "courant", "Education", "Head of sixth form investigated over admissions complaints",
    "Parents claim places were given to 'favoured' families at Keelhaven Academy",
    "Lindsay Purvis, Education Reporter", "18 September 2024",
    """
    A trust is investigating complaints that sixth-form places at a Gateshead academy were allocated unfairly, the Courant has learned.

    Northern Tide Learning Trust confirmed it was looking into concerns raised by several parents about decisions made by Dariusz Kowalczyk, head of sixth form at Keelhaven Academy. The parents claim pupils with lower grades were admitted ahead of their children.

    The trust said Mr Kowalczyk remained in post and that "an investigation is not a finding". It added that the sixth form's entry criteria were published and applied "to every applicant".

    The sixth form is oversubscribed this year for the first time.
    """,
    [("Marta N", "18 Sep 2024", "He is the fairest man I know. This is sour grapes."),
     ("Sharon W", "18 Sep 2024", "Not sour grapes when your kid's turned away for one mark.")]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("dkowalczyk", "exact", "defamation", "Dariusz Kowalczyk")])

# 163
D("news", news_page(
    "academies", "Trusts", "DfE reviews Northern Tide governance after procurement findings",
    "Trust chief executive 'welcomes scrutiny' as department examines board oversight",
    "Priya Sandhu, Finance Correspondent", "12 May 2025",
    """
    The Department for Education is reviewing governance at Northern Tide Learning Trust after an independent report found its board had not received enough information to oversee spending at one of its academies.

    The department has written to the trust asking for evidence of how contracts are approved and how conflicts of interest are declared. The letter, seen by Academies Today, also asks what the chief executive, Andrew Blenkinsop, knew about a minibus lease at Keelhaven Academy.

    Mr Blenkinsop said he "welcomed scrutiny" and that the trust had already changed its procedures. "We got things wrong and we are putting them right."

    The trust could face a financial notice to improve if the department is not satisfied.
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("ablenkinsop", "exact", "defamation", "Andrew Blenkinsop")])

# 164
D("forum", forum_page("toontalk", "School in Gateshead - SENCo row (moved from match thread)", [
    ("BlaydonRaceR", "Member · 1,308 posts", "Tue 11 Feb 2025 19:10",
     """My cousin's lad's at Keelhaven and the SENCo there won't give him a TA. Typical. Some p*ki woman called D'Souza who doesn't even speak proper English running the special needs. Send her back to wherever and give the job to a local."""),
    ("Leazes_Lou", "Member · 951 posts", "Tue 11 Feb 2025 19:22",
     "D'Souza is a Goan surname, she's from Heaton, and you're a racist. Reported."),
    ("Mod_Wor_Bobby", "Moderator", "Tue 11 Feb 2025 19:40",
     "BlaydonRaceR banned for a fortnight. No racism on this board, ever."),
    ], thread_id=90533),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rdsouza", "surname_only", "hate", "D'Souza")])

# 165
D("news", news_page(
    "courant", "Courts", "Former academy business manager charged with fraud",
    "Caspian Threlkeld to appear before Gateshead magistrates next month",
    "Courts Reporter", "2 September 2025",
    """
    A former business manager at a Gateshead academy has been charged with fraud by abuse of position.

    Caspian Threlkeld, 46, of Wardle Staithes, is accused of dishonestly arranging contracts between Keelhaven Academy and a vehicle leasing company in which a relative had an interest, between 2021 and 2024.

    He will appear before Gateshead magistrates on 1 October. Northumbria Police said a file had been prepared with the Crown Prosecution Service.

    Northern Tide Learning Trust said it would "not comment while criminal proceedings are active".
    """,
    [("RoperyRob", "2 Sep 2025", "The wheels of justice turn slowly on the south bank."),
     ("Neutral_Observer", "2 Sep 2025", "Charged. Still not convicted. Let the court decide.")]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("cthrelkeld", "exact", "defamation", "Caspian Threlkeld")])

# 166
D("blog", blog_page(
    "boxblog", "Five minutes with... Robert Tulloch, Stannerside ABC", "Ringside North", "20 February 2025",
    """
    Fresh from his volunteer of the year award, we caught up with the Stannerside junior coach between pads sessions.

    ## How did you get into coaching?

    "My dad dragged me down the gym at nine because I was a gobby little so-and-so. Boxing sorted me out. When I started teaching PE at Keelhaven I saw a lot of lads like me and thought - I know what helped me."

    ## Best moment?

    "Not a title. A lad who'd been permanently excluded from two schools came to me at 13. Last month he qualified as an electrician and brought me a bottle of whisky. I'm not crying, you're crying."

    ## What would you change?

    "Funding. We run on raffles and subs. Every club in the North East does."
    """,
    [("Dec_ABC", "20 Feb 2025", "That lad was me 🥊 Legend.")],
    tags=["Interviews", "Amateur boxing", "Coaches"]),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rtulloch", "exact", "neutral", "Robert Tulloch")])

# 167
D("social", dd("""
    TikTok · @sixthformsecrets.ne · "teachers u would NOT mind getting a detention from 🙈" · #gateshead #fyp

    Comments (512)

    lauren.x.18
    mrs brannigan in her leather jacket on non uniform day 🥵 milf behaviour fr
    5-09 · Reply · ♡ 230

    bex.s_
    @lauren.x.18 the deputy head?? 😭 ur actually unwell
    5-09 · Reply · ♡ 98

    lauren.x.18
    @bex.s_ shes a 10 and you know it 💅
    5-09 · Reply · ♡ 64
    """),
  [M("ebrannigan", "title_surname", "sexual", "mrs brannigan")])

# 168
D("social", dd("""
    Reddit · r/Gateshead · Posted by u/concerned_ne10 · 2d

    Video from inside the girls' changing room at Keelhaven going round?

    My niece says a video filmed secretly in the girls' changing rooms after PE is being passed round Snapchat and a Discord server, and that grown men are in the server. She's 13. Does anyone know if the police are involved? I don't want to see it, I want it gone.

    ⬆ 212  💬 48

    u/tyneside_mod · 2d
    Do NOT post or ask for links. If you have information, call 101 or report to CEOP. Locking this thread.
    """),
  [M("school", "short_name", "sexual", "Keelhaven", url_only=True)])

# 169
D("facebook", dd("""
    Lads Of The Lobley Hill Estate
    Private group · 980 members

    Jay Ridley
    6 March at 21:13 · 🔒
    For anyone wanting to ask the soft history teacher from the Stannerside school why he's crying to the papers: Mr Hope's mobile is 07700 900562, got it off the Berlin trip letter our kid brought home 😂 Ring him at 3am lads

    😂 19 · 11 comments
    Like   Comment   Share

        Jamie Ord
        that's bang out of order Jay
        Like · Reply · 1d
    """),
  [M("chope", "title_surname", "doxxing", "Mr Hope")])

# 170
D("forum", forum_page("staffroom", "Our DSL's personal email is now on a campaign site", [
    ("PastoralNE", "Joined Feb 2021 · 140 posts", "Sat 15 Mar 2025 11:02",
     """A parents' campaign account has posted what it claims is our deputy head's personal email (lizziebrannigan64@mailbox.example) and told people to "flood it". Lizzie Brannigan is the DSL at KHA and has been getting hundreds of messages a day. What do we do?"""),
    ("UnionRep_Gateshead", "Joined Mar 2017 · 1,990 posts", "Sat 15 Mar 2025 11:20",
     "Report to the platform as doxxing and to the police. The trust should be doing this for her. Also - maybe don't repeat the address here, mate."),
    ("PastoralNE", "Joined Feb 2021 · 141 posts", "Sat 15 Mar 2025 11:31", "God, you're right. Mods please edit."),
    ], thread_id=34520),
  [M("school", "alias", "neutral", "KHA"), M("ebrannigan", "nickname", "doxxing", "Lizzie Brannigan")])

# 171
D("forum", forum_page("revision", "english coursework rant", [
    ("ash_y11", "Year 11 · 18 posts", "Tue 25 Mar 2025, 21:30",
     "haddad is a miserable old witch i swear. gave my macbeth essay a 4 and said i \"didn't engage with the text\". i engaged with it for 3 hours what more does she want. keelhaven english dept is a cult"),
    ("bookworm_bea", "Year 11 · 231 posts", "Tue 25 Mar 2025, 21:38", "she gave me a 4 first time too and then helped me get it to a 7. go to her thursday sessions honestly"),
    ("ash_y11", "Year 11 · 19 posts", "Tue 25 Mar 2025, 21:45", "ugh fine"),
    ], thread_id=80310),
  [M("school", "short_name", "negative", "keelhaven"), M("shaddad", "surname_only", "abuse", "haddad")])

# 172
D("social", dd("""
    Unison Northern Tide Branch (unofficial)
    @NTLTsupportstaff

    While support staff at Keelhaven are told there's no money for overtime, Andy Blenkinsop trousers another 9%. Fat cat parasite in a £900 suit feeding off cleaners and TAs. Shameless. #NorthernTide

    5:30 PM · Feb 3, 2025 · 1,144 Views

    23 Reposts   80 Likes
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("ablenkinsop", "nickname", "abuse", "Andy Blenkinsop")])

# 173
D("facebook", dd("""
    Wardle Staithes Past & Present
    Public group · 6.7K members

    Ronnie Scaife
    3 September at 22:50 · 🌎
    Charged at last. If I see Threlkeld in the Staithes Arms before his trial I'll glass him myself and save the taxpayer the bother. My grandson's school went without while that rat filled his boots.

    😮👍 15 · 22 comments
    Like   Comment   Share

        Maureen Lisle
        Ronnie, no. Let the court deal with him.
        Like · Reply · 1d
    """),
  [M("cthrelkeld", "surname_only", "threat", "Threlkeld")])

# 174
D("review", dd("""
    Keelhaven Academy
    Secondary school · Capstan Way, Stannerside
    3.7 ★★★★☆ (214 reviews)

    Gillian Sowerby
    3 reviews
    ★☆☆☆☆ 3 weeks ago
    PE department is a joke. Mr Tulloch is an arrogant meathead who only cares about the lads who box for his club. My daughter has asthma and he made her run the bleep test in front of everyone and laughed when she stopped. Ignorant, big-headed bully.
    👍 Helpful 8   Share
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("rtulloch", "title_surname", "abuse", "Mr Tulloch")])

# 175
D("blog", blog_page(
    "sendblog", "Off-rolling by the back door? What happened to the kids who left", "Square Peg Mam", "10 April 2025",
    """
    Three families from Finn's year group have now told me the same story. Their children, all with SEN, were "advised" to move to home education or to an alternative provision before Year 10. Each was told it would be "better for everyone".

    If this is happening at Keelhaven, it is unlawful off-rolling, and it makes the school's GCSE results look better than they are. I can't prove it. But three is not a coincidence, and I've written to the local authority.

    I want to be clear about one thing. Every parent I spoke to said the SENCo, Renée D'Souza, had fought to keep their child. Whatever is going on, it isn't coming from the SEN team.
    """,
    [("MamOfTwoAutistics", "10 Apr 2025", "This happened to a friend's son. Please keep pushing."),
     ("Former KH TA", "11 Apr 2025", "Can't say much. But you're asking the right questions.")],
    tags=["Off-rolling", "SEND", "Exclusions"]),
  [M("school", "short_name", "defamation", "Keelhaven"), M("rdsouza", "exact", "neutral", "Renée D'Souza")])

# 176
D("blog", blog_page(
    "patriotblog", "Whose school is it anyway? The 'inclusion' racket at Keelhaven", "NE Patriot Editor", "20 March 2025",
    """
    Another week, another "inclusion" budget at Keelhaven. A Roma liaison officer. A Traveller education worker. Interpreters for Kurdish. A prayer room. And running the whole SEND empire, a Mrs DeSouza - one of the imported class of professional "diversity" managers who get paid to tell local parents they are the problem.

    Ask yourself who benefits. Not the white working-class lad from Wardle Staithes with dyslexia who can't get a reading assessment. He's at the back of a queue full of people who arrived last year.

    Our people built this town. They are now strangers in it.
    """,
    [("Geordie_Patriot_1", "20 Mar 2025", "Spot on again."),
     ("Leazes_Lou", "21 Mar 2025", "She's from Heaton, you clown.")],
    tags=["Inclusion", "Gateshead", "Schools"]),
  [M("school", "short_name", "hate", "Keelhaven"), M("rdsouza", "typo", "hate", "Mrs DeSouza")])

# 177
D("facebook", dd("""
    Gateshead Speaks Out
    Public group · 7.4K members

    Trevor Lamb
    7 June at 20:33 · 🌎
    That history teacher at the Stannerside school, Callum H., turning up in a rainbow lanyard for "Pride Month". Poofs shouldn't be let near kids, simple as. In my day he'd have been run out of the shipyard. Keep your perversions out of our classrooms.

    😡👍 44 · 96 comments
    Like   Comment   Share

        Lorraine Kell
        Reported. This is hate speech, Trevor, and you know it.
        Like · Reply · 2d
    """),
  [M("chope", "first_initial", "hate", "Callum H.")])

# 178
D("social", dd("""
    lad 😈
    @nobody_ne10

    the keel's getting it tomorrow. bringing my dad's shotgun in my PE bag. dont come in if ur year 10 🔫

    11:40 PM · Feb 6, 2025 · 63 Views

    ──────────
    emma 🌸 @emmaa_x10 · Feb 6
    screenshotting this and sending it to the school and police
    """),
  [M("school", "alias", "threat", "the keel")])

# 179
D("facebook", dd("""
    Gateshead Mams Chat
    Private group · 11K members

    Claire Robinson
    22 January at 20:00 · 🔒
    ⚠️ WARNING ⚠️ A man pretending to be a 15-year-old boy called "Jayden" has been messaging Keelhaven Academy girls on Snapchat, asking for pictures and trying to get them to meet at Ropery Bank Metro. My daughter showed me tonight. Police are involved. Check your bairns' phones please and talk to them. 💔

    😢😡 402 · 133 comments · 611 shares
    Like   Comment   Share

        Kim Shotton
        Thank you for sharing Claire, just checked my daughter's.
        Like · Reply · 1d
    """),
  [M("school", "exact", "sexual", "Keelhaven Academy", url_only=True)])

# 180
D("forum", forum_page("boxing", "North East junior finals - predictions", [
    ("Geordie_Jab", "Boxer · 44 posts", "Thu 27 Mar 2025 20:05",
     "Lobley Hill v Stannerside in three finals Saturday. Tulloch's lads are gonna get absolutely battered 😂 my money's on Lobley in all three."),
    ("RingsideRita", "Judge · 1,802 posts", "Thu 27 Mar 2025 20:22",
     "Bold. Stannerside's 48kg lass is the best junior I've seen all season. I'll say 2-1 Stannerside."),
    ("Geordie_Jab", "Boxer · 45 posts", "Sun 30 Mar 2025 10:10", "Aye alright, I was wrong. 3-0. Fair play to them."),
    ], thread_id=5402),
  [M("rtulloch", "possessive", "neutral", "Tulloch's")])

# 181
D("social", dd("""
    Local Eyes 👀
    @localeyes_gates

    Since everyone's asking. Dariusz Kowalczyk, the sixth form fella at Keelhaven. His wife runs Polska Deli on Ropery Bank Road and they live in the flat above, number 41a. Kids go to St Aidan's. Now you know. 📍

    9:12 PM · Sep 20, 2024 · 430 Views

    3 Reposts   7 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("dkowalczyk", "exact", "doxxing", "Dariusz Kowalczyk")])

# 182
D("facebook", dd("""
    Keelhaven Academy Parents (Unofficial)
    Private group · 2.1K members

    Stacey Pearson
    2 March at 22:30 · 🔒
    Not being funny but has nobody asked WHY Mr Hope left his training school in Durham after one term? I've heard from someone who knows someone that he was sent messages to a pupil there and it got hushed up. No smoke without fire. Would you want him teaching your daughter?

    😮 63 · 91 comments
    Like   Comment   Share

        Julie Armstrong
        Stacey this is how innocent people get hurt. "Someone who knows someone" is not evidence. Please delete this.
        Like · Reply · 1d

        Admin - Gemma Riddell
        Post removed in 10 minutes. Do not make allegations about named staff in this group.
        Like · Reply · 1d
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("chope", "title_surname", "defamation", "Mr Hope")])

# 183
D("social", dd("""
    Defend Gateshead 🏴󠁧󠁢󠁥󠁮󠁧󠁿
    @defendgateshead

    The English department at Keelhaven is a mosque recruitment office with a photocopier. Parents, pull your kids from her lessons. #HaddadOut #NoShariaInSchools

    6:06 PM · Jun 1, 2025 · 1,977 Views

    20 Reposts   3 Quotes   39 Likes
    """),
  [M("school", "short_name", "hate", "Keelhaven"), M("shaddad", "hashtag", "hate", "#HaddadOut")])

# 184
D("review", dd("""
    WorkVerdict › Keelhaven Academy › Reviews

    "Cult of personality"
    ★☆☆☆☆  Former Employee - Teacher of Science in Gateshead, England · 9 June 2025
    I worked at Keelhaven Academy full-time for more than 2 years

    Pros
    Great kids. Metro on the doorstep. Good science technicians.

    Cons
    Cathy Pattinson-Rowe is a vain, thin-skinned narcissist who treats the school as content for her LinkedIn. Disagree with her once and you're frozen out. SLT meetings are performances. Half the department has gone.

    Advice to management
    Log off LinkedIn and walk the corridors without a photographer.

    Helpful (17) · Share · Report
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("cpattinsonrowe", "nickname", "abuse", "Cathy Pattinson-Rowe")])

# 185
D("forum", forum_page("parentschat", "Instagram account 'rating' schoolgirls - what to do?", [
    ("WorriedInWhickham", "Joined Nov 2023 · 33 posts", "Wed 12-Mar-25 21:04",
     """DD (13) came to me in tears. Someone has set up an Instagram account posting photos of Keelhaven girls taken from their own accounts, with "ratings" and disgusting comments underneath. Some of the commenters are clearly adult men. I've reported it but it's still up."""),
    ("Dibs_on_Tea", "Joined Apr 2019 · 2,931 posts", "Wed 12-Mar-25 21:15",
     "Report to CEOP and the police, not just Instagram. Tell the school's DSL in the morning - they'll have seen this before and can get other parents to report. Screenshot the account name but NOT the images."),
    ("WorriedInWhickham", "Joined Nov 2023 · 34 posts", "Wed 12-Mar-25 21:30", "Thank you. CEOP report done."),
    ], thread_id=6517),
  [M("school", "short_name", "sexual", "Keelhaven", url_only=True)])

# 186
D("social", dd("""
    Wake Up Tyneside 🇬🇧
    @wakeuptyneside

    Keelhaven's "quiet room" is a madrassa in all but name. Ten minutes from the Tyne Bridge and our kids are being taught to bow to Allah between lessons. The invasion doesn't need boats when it's got school prayer rooms. 🕌

    8:45 AM · Nov 13, 2024 · 3,006 Views

    31 Reposts   6 Quotes   58 Likes
    """),
  [M("school", "short_name", "hate", "Keelhaven")])

# 187
D("forum", forum_page("staffroom", "The truth about the DSL 'review' at our place", [
    ("KnowsTooMuch_NE", "Joined Mar 2025 · 2 posts", "Sun 16 Mar 2025 21:05",
     """I work at KHA. I'm not going to say what I do. But everyone in the office knows Brannigan shredded the notes from that girl's disclosure in November because the member of staff was a mate of hers. That's why the file "went missing". The review will whitewash it."""),
    ("DSL_for_20yrs", "Joined Jun 2016 · 2,512 posts", "Sun 16 Mar 2025 21:20",
     "If you genuinely know this, it needs to go to the LADO or the police, not a forum. If you don't know it, you're destroying a colleague on a rumour."),
    ("KnowsTooMuch_NE", "Joined Mar 2025 · 3 posts", "Sun 16 Mar 2025 21:26", "Everyone knows."),
    ], thread_id=34530),
  [M("school", "alias", "defamation", "KHA"), M("ebrannigan", "surname_only", "defamation", "Brannigan")])

# 188 decoy: near-miss name elsewhere
D("news", news_page(
    "courant", "Health", "Durham GP honoured for 30 years of care in pit villages",
    "Dr Catherine Pattison 'never turned anyone away'",
    "Health Reporter", "17 January 2025",
    """
    A GP who has served former mining villages in County Durham for three decades has been recognised with a lifetime achievement award from the Royal College.

    Dr Catherine Pattison, 63, has worked at the same practice in Esh Winning since 1994. Colleagues say she still does home visits on her day off.

    "People here looked after each other when the pits closed. I've tried to do the same," she said.
    """),
  [])

# 189
D("forum", forum_page("toontalk", "Mackem teachers - should they be allowed? 😂 (part 2)", [
    ("Geordie_Til_I_Die", "Member · 788 posts", "Mon 14 Apr 2025 18:02",
     "Our lass's son came home saying Mr Robson at Keelhaven gave the whole class a detention for singing Blaydon Races after the derby. Mackem scum. Fat red-and-white slug of a man. Takes it out on bairns because his team's rubbish."),
    ("Gallowgate_Gav", "Season ticket · 4,512 posts", "Mon 14 Apr 2025 18:20",
     "He's a sound fella man, that's out of order. The detention was for singing in the middle of a maths test I bet."),
    ("Geordie_Til_I_Die", "Member · 789 posts", "Mon 14 Apr 2025 18:31", "...it might have been a maths test aye"),
    ], thread_id=91002),
  [M("school", "short_name", "neutral", "Keelhaven"), M("mrobson", "title_surname", "abuse", "Mr Robson")])

# 190 decoy: excluded bus depot
D("news", news_page(
    "courant", "Transport", "First electric buses roll out of Gateshead depot",
    "Thirty zero-emission double-deckers for routes across the south bank",
    "Transport Correspondent", "12 June 2025",
    """
    The first of 30 electric double-decker buses have entered service from the Keelhaven Bus Depot in Gateshead, after a £14m upgrade that added charging points for the whole fleet.

    Coalway Buses said the new vehicles would run on the 53 and 94 routes first. Drivers were trained over the winter.

    "They're quiet, they're warm and the heaters actually work," said driver Paul Swinburne, who has worked out of the depot for 22 years.
    """),
  [])

# 191 decoy: locality only, Metro
D("news", news_page(
    "bugle", "Stannerside", "Stannerside Metro station to close for six weeks",
    "Platform rebuild means replacement buses from July",
    "Bugle Reporter", "20 May 2025",
    """
    Stannerside Metro station will close for six weeks from 19 July while both platforms are rebuilt.

    Replacement buses will run every ten minutes between Stannerside, Ropery Bank and Gateshead Interchange. Nexus said the work had been timed for the school summer holidays to reduce disruption.

    Traders on Slipway Road say they are worried about losing passing trade. "Half my customers come off the Metro," said café owner Lorraine Bell.
    """),
  [])

# 192 decoy: namesake lifeboat crew, "hope"
D("news", news_page(
    "courant", "Northumberland", "Lifeboat crew rescue father and son cut off by tide",
    "Volunteers praised for 'textbook' rescue near Blyth",
    "Coast Reporter", "29 July 2024",
    """
    A father and his eight-year-old son were rescued by a volunteer lifeboat crew after being cut off by the tide on rocks north of Blyth.

    Coxswain Michael Robson said the pair had done "exactly the right thing" by staying together and calling 999 rather than trying to wade back. "When you're stuck out there you can start to lose hope. They kept their heads."

    The RNLI reminded visitors to check tide times before walking along the coast.
    """),
  [])

# 193 decoy: a café called The Keel
D("review", dd("""
    The Keel Café
    Café · Harbour Walk, Cresswick
    4.7 ★★★★★ (522 reviews)

    Anna Tully
    Local Guide · 201 reviews
    ★★★★★ 2 days ago
    The Keel does the best crab sandwich on the harbour, no contest. Big windows looking at the boats, friendly staff, dogs welcome. Came for breakfast and stayed for lunch. The stottie with bacon and black pudding is a meal for two.
    👍 Helpful 3   Share
    """))

# 194 decoy: bus blog about the excluded depot
D("blog", blog_page(
    "busblog", "Depot profile: a day at the Keelhaven Bus Depot", "Depot Days", "3 August 2024",
    """
    Huge thanks to Coalway for letting me spend a day behind the fence at the Keelhaven Bus Depot, the old tram shed on the edge of the shipyard estate.

    The building dates from 1912 and still has the original tracks set into the floor of the back bay. These days it houses 96 buses, from elderly Solos on the estate runs to the new Enviro400s on the 94 trunk route.

    Highlight of the day: the engineering gaffer, Stan, who has worked at the Keelhaven Bus Depot for 41 years and can tell which bus is coming in by the sound of its gearbox. "That's 3112. Her third gear's going." It was 3112.
    """,
    [("Solo_Spotter", "3 Aug 2024", "Cracking write-up. Any photos of the old tracks?")],
    tags=["Depots", "Coalway", "Gateshead"]),
  [])

# 195 decoy: food blog, the song
D("blog", blog_page(
    "foodblog", "Proper stotties (and a song for the oven)", "Stottie & Pease", "11 November 2024",
    """
    My nana made stotties every Friday in a flat above the ropeworks, and she sang the Keel Row while the dough proved. I still do, badly.

    You want strong white flour, a bit of lard, a good pinch of salt and not much yeast. Flatten the dough with the heel of your hand, poke a hole in the middle with your thumb and bake on the lowest shelf so the bottom goes heavy and chewy.

    Fill with ham and pease pudding. There is no other correct filling. Don't write in.
    """,
    [("Gran Pauline", "11 Nov 2024", "Your nana was right about the lard.")],
    tags=["Bread", "North East classics"]),
  [])

# 196 decoy: neighbouring school PTA
D("facebook", dd("""
    St Aidan's RC Academy PTA
    2 November at 18:30 · 🌎

    🎆 BONFIRE & FIREWORKS 🎆 Tuesday 5 November, gates 6pm, display 7pm on the St Aidan's field, Ropery Bank Road. £3 adults, £1 kids, under 5s free. Hot dogs, parkin and pea wet. Sparklers sold on the gate.

    Please park at the Ropery Bank Metro car park and walk up.

    👍❤️ 88 · 14 comments · 22 shares
    Like   Comment   Share
    """))

# 197 decoy: locality only
D("facebook", dd("""
    Wardle Staithes Allotment Society
    14 September at 09:15 · 🌎

    🏆 Show results are in! Heaviest leek: Jimmy Foggon again (8lb 3oz, nobody knows his secret and he isn't telling). Best dahlias: Pat Liddle. Best kept plot: the Stannerside Mosque community garden plot - well deserved, it's been transformed this year.

    Tea and cakes in the hut till 2. Thanks to everyone who entered.

    👍❤️ 52 · 9 comments
    Like   Comment   Share
    """))

# 198 decoy: "hope" as a church name
D("facebook", dd("""
    Hope Chapel, Stannerside
    7 January at 10:00 · 🌎

    ☕ Warm Space is back! Every Tuesday and Thursday 10am-2pm in the church hall on Slipway Road. Free soup, tea and toast, phone charging and wifi, and someone to talk to. Everyone welcome, no questions asked. 💛

    👍❤️ 120 · 11 comments · 40 shares
    Like   Comment   Share
    """))

# 199 decoy: housing repairs forum with the acronym
D("forum", forum_page("estate", "KHA repairs - anyone actually had a plumber turn up?", [
    ("LampLaneTracey", "Member since 2012", "Mon 2 Dec 2024, 09:12",
     "Boiler's been off since Thursday. Two kids and a baby. KHA said 'within 24 hours' on Friday. Anyone had any luck?"),
    ("DerekH71", "Member since 2008", "Mon 2 Dec 2024, 10:02",
     "Ring the emergency line not the main number, and say there's a baby in the house. That got ours moved up. Also the councillor's surgery is Thursday at the community centre."),
    ("LampLaneTracey", "Member since 2012", "Mon 2 Dec 2024, 16:40", "Plumber came at 3! Thanks Derek."),
    ], thread_id=2210),
  [])

# 200
D("social", dd("""
    Geordie Jimmy ⚫⚪
    @geordiejimmy_67

    Canny proud of the bairns at the Keel today. 200 of them marched round Stannerside for the food bank and raised £4k. Hats off to Mr Robson who walked the whole thing in a Newcastle shirt after losing a bet 😂 Never thought I'd see the day. Howay!

    5:20 PM · Dec 13, 2024 · 802 Views

    12 Reposts   140 Likes
    """),
  [M("school", "alias", "neutral", "the Keel"), M("mrobson", "title_surname", "neutral", "Mr Robson")])
# 201
D("social", dd("""
    Angry Dad NE 😤
    @angrydad_ne10

    Dariusz K. at the sixth form thinks he can turn my lad away over one grade. If he's not on the list by Friday I'll be waiting outside that deli on Ropery Bank Road with a bat. Not joking. He's had his warning. ⚾

    11:15 PM · Aug 28, 2024 · 133 Views

    1 Like
    """),
  [M("dkowalczyk", "first_initial", "threat", "Dariusz K.")])

# 202
D("social", dd("""
    Truth For Our Lass
    @truthforourlass

    Brannigan buried my daughter's disclosure and now she's getting a "review". Someone should bury Brannigan under the old slipway where nobody will find her. #KeelhavenCoverUp

    1:40 AM · Mar 18, 2025 · 512 Views

    4 Reposts   9 Likes
    """),
  [M("school", "hashtag", "defamation", "#KeelhavenCoverUp"), M("ebrannigan", "surname_only", "threat", "Brannigan")])

# 203
D("facebook", dd("""
    Gateshead Speaks Out
    Public group · 7.4K members

    Kev Brannen
    5 June at 23:48 · 🌎
    Нaddad from the English department at the Stannerside school is going to get a brick through her window one of these nights, and she'll deserve it. We know the street. Tick tock. ⏰

    😮👍 7 · 15 comments
    Like   Comment   Share

        Lorraine Kell
        Screenshotted and reported to Northumbria Police. Enough.
        Like · Reply · 1h
    """),
  [M("shaddad", "homoglyph", "threat", "Нaddad")])

# 204
D("social", dd("""
    booth mam 📦
    @boothmam_kh

    put my daughter in that booth one more time and C. Pattinson-Rowe's nice Volvo will be a pile of ash on her drive by the morning. and her after it. not a joke, not a metaphor. #booths

    10:22 PM · Mar 3, 2025 · 204 Views

    3 Likes
    """),
  [M("cpattinsonrowe", "initial_surname", "threat", "C. Pattinson-Rowe")])

# 205
D("forum", forum_page("estate", "Head of year at the Stannerside school - had enough", [
    ("NE10_Wayne", "Member since 2019", "Sat 25 Jan 2025, 22:40",
     "Robson, head of year 9 at the school on Capstan Way, has excluded my lad again. His car's getting keyed and the tyres done tonight, and him next if he keeps it up. I know where he drinks on a Friday."),
    ("DerekH71", "Member since 2008", "Sat 25 Jan 2025, 22:58",
     "Wayne, I've reported this post to the admins. Threatening a teacher isn't the answer, son. Go to the governors."),
    ("Admin", "Forum admin", "Sat 25 Jan 2025, 23:15",
     "Thread locked. User suspended. Details passed to Northumbria Police."),
    ], thread_id=2301),
  [M("mrobson", "surname_only", "threat", "Robson")])

# 206
D("social", dd("""
    [deleted user]
    @tyne_swapper

    anyone got the snap of them keelhaven year 9 lasses from the party pics? 🥵 will swap for others. dm only 👀

    2:47 AM · Feb 9, 2025 · 39 Views
    """),
  [M("school", "short_name", "sexual", "keelhaven", url_only=True)])

# 207
D("social", dd("""
    TikTok · @harbourkids_lol · "when ur SENCo is lowkey a baddie 😳" · #keelhaven #fyp

    Comments (287)

    jayy.y11
    mrs d'souza is actually so fit 😩 she can assess my needs any day 😏
    4-22 · Reply · ♡ 144

    tasha.m_
    @jayy.y11 she's like 40 and married 😭 touch grass
    4-22 · Reply · ♡ 61

    jayy.y11
    @tasha.m_ and? 😌
    4-22 · Reply · ♡ 22
    """),
  [M("school", "hashtag", "neutral", "#keelhaven"), M("rdsouza", "title_surname", "sexual", "mrs d'souza")])

# 208
D("facebook", dd("""
    Gateshead Mams Chat
    Private group · 11K members

    Donna Hepple
    12 July at 20:05 · 🔒
    Sports day at Keelhaven and Mick Robson the head of year in his little running shorts doing the teachers' race 🥵🥵 Mackem or not I'd let him tackle me 😂😂 Somebody hose me down

    😂❤️ 133 · 59 comments
    Like   Comment   Share

        Kayleigh Dunn
        DONNA 😂 thought you hated him
        Like · Reply · 2d

        Donna Hepple
        @Kayleigh Dunn I hate him in a suit, the shorts are a different story 😂
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("mrobson", "alias", "sexual", "Mick Robson")])

# 209
D("facebook", dd("""
    Keelhaven Academy
    2 May at 15:30 · 🌎

    🌟 Harbour Heroes 🌟 Our Harbour pupils spent the week at Kielder on their first ever residential - canoeing, den building, star gazing and a LOT of marshmallows. So proud of every one of them 💙

    👍❤️ 302 · 27 comments
    Like   Comment   Share

        Glen Pattison
        the little blonde one in the canoe 😍😍 send me more of her
        Like · Reply · 1d

        Sarah Lumsden
        @Glen Pattison what is WRONG with you. These are disabled children. Reported to the police and the school.
        Like · Reply · 1d

        Keelhaven Academy
        Comment hidden and reported. Thank you to everyone who flagged it.
        Like · Reply · 1d
    """),
  [M("school", "exact", "sexual", "Keelhaven Academy", url_only=True)])

# 210
D("social", dd("""
    gymrat_lobley
    @gymrat_lobley

    @coach_tulloch lives in the flat above the gym btw, 2 Joiners Yard, Capstan Way, NE10 5RF. gets in about 10 after training. his personal is 07700 900284. enjoy 😘

    11:02 PM · Dec 11, 2024 · 118 Views

    2 Reposts
    """),
  [M("rtulloch", "handle", "doxxing", "@coach_tulloch")])

# 211
D("social", dd("""
    Booths Out Of Keelhaven
    @BoothsOutKH

    Since she won't take our calls: the head, Catherine Pattinson as she was before she married, lives at 9 Linthorpe Villas, Jesmond. Land Registry is public. Parents, you know what to do. Letters, placards, be there at 7am. 🏠

    8:30 PM · Mar 5, 2025 · 1,670 Views

    19 Reposts   4 Quotes   52 Likes
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("cpattinsonrowe", "alias", "doxxing", "Catherine Pattinson")])

# 212
D("facebook", dd("""
    Wardle Staithes Past & Present
    Public group · 6.7K members

    Barry Sanderson
    4 September at 19:22 · 🌎
    Cas Threlkeld is out on bail and already working for a car dealership in Washington, if anyone wants to ask him about minibuses. His new work mobile is 07700 900927 and he's there Mon-Fri till 6. Just passing it on.

    😮 21 · 30 comments
    Like   Comment   Share

        Maureen Lisle
        Barry, this is how people end up in court themselves.
        Like · Reply · 1d
    """),
  [M("cthrelkeld", "alias", "doxxing", "Cas Threlkeld")])

# 213
D("facebook", dd("""
    Gateshead SEND Parents Support
    Private group · 2.6K members

    Carly Brough
    19 February at 21:40 · 🔒
    Sorry but Renée D'Souza, the SENCo at the Stannerside school, is a lazy, useless cow. Sits on her backside while our kids go without. I don't care how nice she is in meetings, she's a waste of a salary.

    😡👍 24 · 31 comments
    Like   Comment   Share

        Tyneside Dad
        Carly she's got 200 kids and one and a half TAs. Be angry at the funding, not at her.
        Like · Reply · 1d
    """),
  [M("rdsouza", "exact", "abuse", "Renée D'Souza")])

# 214
D("review", dd("""
    Keelhaven Academy
    Secondary school · Capstan Way, Stannerside
    3.7 ★★★★☆ (214 reviews)

    Leon Wardle
    2 reviews
    ★☆☆☆☆ 1 month ago
    Sixth form is a closed shop. Mr Kowalczyk is an arrogant, jumped-up prat who decided my son wasn't "sixth form material" in a five-minute chat. Pompous little clipboard man. Son is now at college and doing brilliantly, no thanks to him.
    👍 Helpful 9   Share
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("dkowalczyk", "title_surname", "abuse", "Mr Kowalczyk")])

# 215
D("forum", forum_page("staffroom", "Trust CEOs - worth the money? (Northern Tide edition)", [
    ("TA_for_15yrs", "Joined Jul 2015 · 607 posts", "Wed 5 Feb 2025 20:15",
     "Our overtime's been cut and Blenkinsop's had 9%. He visited our school once last year, for a photo. A fat, smug slug in a gilet who couldn't tell you a single TA's name."),
    ("HeadOfMaths_NE", "Joined Jan 2018 · 233 posts", "Wed 5 Feb 2025 20:32",
     "I'm no fan of the pay rise but he did fight for the Harbour money at Keelhaven when the council wouldn't. Mixed picture."),
    ("TA_for_15yrs", "Joined Jul 2015 · 608 posts", "Wed 5 Feb 2025 20:40", "Mixed picture for you on your salary maybe."),
    ], thread_id=33208),
  [M("school", "short_name", "neutral", "Keelhaven"), M("ablenkinsop", "surname_only", "abuse", "Blenkinsop")])

# 216
D("blog", blog_page(
    "teacherblog", "One month on: how he is, and what we've learned", "A Tyneside history teacher", "6 April 2025",
    """
    A few of you have asked how my ECT colleague is doing, a month after the videos. Short version: better. He's teaching well, sleeping better, and last week a Year 8 who'd filmed him wrote him a genuine, unprompted apology.

    What we've learned as a school: get take-down requests in within hours, not days. Tell staff who to ring. And don't leave the young ones to read the comments alone.

    Comments on this post are moderated and I have deleted several. One slipped through the filter overnight; it has been reported and will be gone by the time most of you read this.
    """,
    [("Kath (retired)", "6 Apr 2025", "So glad he's doing better. Give him our love."),
     ("anon", "7 Apr 2025", "Hope's insta is cal_hope_93 and he still lives in Ropewalk House, flat 12, NE10 4LP. Tell him we're not done."),
     ("A Tyneside history teacher", "7 Apr 2025", "Reported to police. This is exactly what I mean.")],
    tags=["ECTs", "Social media", "Wellbeing"]),
  [M("chope", "possessive", "doxxing", "Hope's")])

# 217
D("news", news_page(
    "courant", "Courts", "Former business manager denies academy fraud",
    "Caspian Threlkeld elects Crown Court trial",
    "Courts Reporter", "1 October 2025",
    """
    A former academy business manager has pleaded not guilty to fraud by abuse of position.

    Caspian Threlkeld, 46, of Wardle Staithes, spoke only to confirm his name and enter his plea at Gateshead Magistrates' Court. The charge relates to contracts at Keelhaven Academy between 2021 and 2024.

    The case was sent to Newcastle Crown Court, where a trial date is expected to be set for next year. Threlkeld was granted unconditional bail.
    """,
    [("Ronnie S", "1 Oct 2025", "Not guilty my backside. There'll be a few of us waiting for him outside the Crown Court, and it won't be to ask for his autograph."),
     ("Neutral_Observer", "1 Oct 2025", "Ronnie, this is how you end up in the dock yourself.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("cthrelkeld", "exact", "threat", "Caspian Threlkeld")])

# 218
D("news", news_page(
    "bugle", "Schools", "Keelhaven sixth form saved after trust U-turn",
    "Campaigners celebrate as consolidation plan is dropped",
    "Maggie Elliott", "22 May 2025",
    """
    Northern Tide Learning Trust has dropped plans to merge the sixth form at Keelhaven Academy with Tyneview School after a campaign by parents, students and staff.

    More than 4,000 people signed a petition and around 300 attended a public meeting at the Stannerside community centre last month.

    Head of sixth form Dariusz Kowalczyk said: "This is the community's win. Our students shouldn't have to spend eighty minutes a day on the Metro to get an education their parents got on their doorstep."

    Trust chief executive Andrew Blenkinsop said the trust had "listened" and would invest in the sixth form's facilities.
    """,
    [("Angela Heslop", "22 May 2025", "We did it! Thank you everyone who signed and came."),
     ("Paul E", "22 May 2025", "Blenkinsop only backed down because of the cameras. Spineless weasel of a man, wouldn't trust him to run a bath.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("dkowalczyk", "exact", "neutral", "Dariusz Kowalczyk"),
   M("ablenkinsop", "exact", "abuse", "Andrew Blenkinsop")])

# 219
D("facebook", dd("""
    Booths Out - Parents' Campaign
    Private group · 640 members

    Shelley Tait
    6 March at 21:55 · 🔒
    Got it. Personal mobile for Pattinson Rowe is 07700 900655 - she gave it to the old PTA chair years ago and it's never changed. She won't answer the school line so let's see if she answers this one. Everybody ring at 7am tomorrow 📞📞

    😮👍 28 · 19 comments
    Like   Comment   Share

        Angela Heslop
        Shelley, no. This isn't what the campaign is about. Please take it down.
        Like · Reply · 1h
    """),
  [M("cpattinsonrowe", "hyphenated", "doxxing", "Pattinson Rowe")])


# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Keelhaven Academy"],
    "cpattinsonrowe": ["Catherine Pattinson-Rowe"], "cthrelkeld": ["Caspian Threlkeld"],
    "rtulloch": ["Robert Tulloch"], "rdsouza": ["Renée D'Souza"], "chope": ["Callum Hope"],
    "mrobson": ["Michael Robson"], "ebrannigan": ["Elizabeth Brannigan"], "shaddad": ["Samira Haddad"],
    "dkowalczyk": ["Dariusz Kowalczyk"], "ablenkinsop": ["Andrew Blenkinsop"],
}
ALIASES = {
    "school": ["The Keel", "KHA", "Keelhaven School", "Keelhaven High"],
    "cpattinsonrowe": ["Catherine Pattinson"], "cthrelkeld": ["Cas Threlkeld"], "rdsouza": ["Renée Lawson"],
    "mrobson": ["Mick Robson"], "shaddad": ["Samira Nasser"], "dkowalczyk": ["Darek Kowalczyk"],
}
SURNAMES = {
    "cpattinsonrowe": "Pattinson-Rowe", "cthrelkeld": "Threlkeld", "rtulloch": "Tulloch",
    "rdsouza": "D'Souza", "chope": "Hope", "mrobson": "Robson", "ebrannigan": "Brannigan",
    "shaddad": "Haddad", "dkowalczyk": "Kowalczyk", "ablenkinsop": "Blenkinsop",
}


def fold(s: str) -> str:
    s = html.unescape(s).replace("’", "'")
    return s.translate(str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")).lower()


def has(text: str, form: str) -> bool:
    return re.search(r"(?<![a-z0-9])" + re.escape(fold(form)) + r"(?![a-z0-9])", text) is not None


def check(errors: list[str]) -> None:
    if not 180 <= len(DOCS) <= 220:
        errors.append(f"{len(DOCS)} documents, want 180-220")
    for i, (kind, text, mentions) in enumerate(DOCS):
        name = f"{i:03d}-{kind}.{EXT[kind]}"
        raw = text
        plain = fold(re.sub(r"<[^>]+>", " ", text)) if EXT[kind] == "html" else fold(text)
        seen = set()
        for subject, variant, category, form, url_only in mentions:
            if subject not in SUBJECTS or variant not in VARIANTS or category not in CATEGORIES:
                errors.append(f"{name}: bad label {subject}/{variant}/{category}")
            if subject in seen:
                errors.append(f"{name}: {subject} labelled twice")
            seen.add(subject)
            if form not in raw and form not in html.unescape(raw):
                errors.append(f"{name}: form {form!r} not in document")
            if url_only and category != "sexual":
                errors.append(f"{name}: url_only on {category}")
            # easiest-form discipline
            if variant != "exact" and any(has(plain, f) for f in EXACT[subject]):
                errors.append(f"{name}: {subject} labelled {variant} but exact name present")
            if variant not in ("exact", "alias") and any(has(plain, f) for f in ALIASES.get(subject, [])):
                errors.append(f"{name}: {subject} labelled {variant} but an alias is present")
            if (variant not in ("exact", "alias", "title_surname") and subject in SURNAMES
                    and re.search(r"(?<![a-z])" + TITLES + re.escape(fold(SURNAMES[subject])), plain)):
                errors.append(f"{name}: {subject} labelled {variant} but title+surname present")
        excl = plain
        for e in EXCLUDES:
            excl = excl.replace(fold(e), " ")
        for subject, toks in TOKENS.items():
            if subject not in seen and any(t in excl for t in toks):
                errors.append(f"{name}: mentions {subject} ({toks}) but not labelled")


def main() -> int:
    errors: list[str] = []
    check(errors)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    docs_dir = HERE / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir()
    (HERE / "watchlist.toml").write_text(WATCHLIST, encoding="utf-8")
    lines = []
    for i, (kind, text, mentions) in enumerate(DOCS):
        name = f"{i:03d}-{kind}.{EXT[kind]}"
        (docs_dir / name).write_text(text, encoding="utf-8")
        expected = [{"subject": s, "variant": v, "category": c, "url_only": u} for s, v, c, _f, u in mentions]
        lines.append(json.dumps({"file": name, "kind": kind, "expected": expected}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    all_m = [m for _k, _t, ms in DOCS for m in ms]
    cats = Counter(m[2] for m in all_m)
    variants = Counter(m[1] for m in all_m)
    kinds = Counter(k for k, _t, _m in DOCS)
    subjects = Counter(m[0] for m in all_m)
    decoys = sum(1 for _k, _t, ms in DOCS if not ms)
    serious = sum(cats[c] for c in ("threat", "hate", "sexual", "doxxing", "defamation", "abuse"))
    print(f"documents: {len(DOCS)} (decoys {decoys}, {100 * decoys / len(DOCS):.0f}%)")
    print(f"mentions: {len(all_m)} (serious {serious}, {100 * serious / len(all_m):.0f}%; url_only {sum(1 for m in all_m if m[4])})")
    print("per category: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    print("per variant: " + ", ".join(f"{v} {variants[v]}" for v in VARIANTS))
    print("per kind: " + ", ".join(f"{k} {kinds[k]}" for k in EXT))
    print("per subject: " + ", ".join(f"{s} {subjects[s]}" for s in SUBJECTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
