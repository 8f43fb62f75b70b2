#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train37 labelled evaluation corpus for the repwatch matcher.

Setting
    Wrenfold College, an invented fee-paying co-educational boarding school on the
    edge of Knapley Common in rural Surrey (villages: Knapley, Mallowfield, Harrowbeck).
    The head is "the Warden"; boarding houses are run by housemasters and
    housemistresses (Founder's for boys, Cedars for girls); the Bursar runs the money.
    Published office number 01632 960418; own site wrenfold.example. There is a College
    Boat Club, an unofficial Old Wrenfoldians forum, an alumni gossip blog ("Below
    Stairs"), a Tatler-style society diary ("Tattle & Tiara"), local papers, parents'
    forums with WhatsApp screenshots pasted in, review sites and social media.
    School aliases: "Wren" (everyday word: the bird, pubs, tea rooms), "WFC" (acronym
    shared with Wexcombe FC and the Weald Fencing Club), "Wrenfold School", "Wrenners",
    "Wrenfold Coll.". "Wrenfold" alone is labelled short_name.

Staff (watchlist ids and the variant traits they carry)
    pashworthlyle  Dr Philippa Ashworth-Lyle, Warden. Hyphenated double-barrelled surname
                   (written "Ashworth Lyle", "Ashworth–Lyle"); nickname "Pippa";
                   alias "Philippa Lyle" (name before marriage).
    lmabbott       Lysander Mabbott, Bursar. The unique name (counts without school
                   context). Alias "Lys Mabbott".
    whartigan      William Hartigan, Director of Rowing. Nickname-able first name
                   (Bill, Billy, Will).
    sodriscoll     Siobhán O'Driscoll, Housemistress of Cedars. Apostrophe and accent;
                   alias "Siobhán Kearney" (maiden name).
    djones         David Jones, Housemaster of Founder's. The very common name; namesakes
                   (a Cardiff man, a GP, a photographer, a plumber) appear in decoys.
                   Alias "Dai Jones".
    hmarsh         Helen Marsh, Deputy Warden (Pastoral) and DSL. Surname is an everyday
                   word (salt marsh, Marsh Lane).
    npenhallow     Revd Nicholas Penhallow, Chaplain. Alias "Nick Penhallow".
    kmensah        Dr Kwabena Mensah, Head of Science. Alias "Kobby Mensah".
    praghunathan   Priya Raghunathan, Registrar. Alias "Priya Raghu".
    squarrie       Sam Quarrie (Mx), Head of Drama.

Voices
    Local and national news with comment threads, a society diary, the alumni gossip
    blog, Old Wrenfoldian and rowing forums, parents' forums (with WhatsApp
    transcripts), a sixth-form chat board, school and employer reviews, X/Instagram/
    TikTok posts and Facebook community groups. Slang, Estuary and posh registers,
    emoji, typos, sarcasm, hedging, euphemism, dog whistles, veiled threats and
    insinuation.

Decoys
    The bird and "The Wren" pub, Wren-style spires, the Wrenfold Garden Centre, Wrenfold
    Rovers and Wren Valley Cider (all excluded), Wexcombe FC and the Weald Fencing Club
    (WFC), namesakes called David Jones and Helen Marsh clearly elsewhere, Knapley,
    Mallowfield and Harrowbeck news with no school in it, and similar schools elsewhere
    (Wrenford Academy in Leicester, St Ebba's in Norfolk, Wrenhurst in Kent).

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

Running
    python3 tests/corpus_train37/build_train37.py
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
    "school", "pashworthlyle", "lmabbott", "whartigan", "sodriscoll", "djones",
    "hmarsh", "npenhallow", "kmensah", "praghunathan", "squarrie",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["wrenfold"],
    "pashworthlyle": ["ashworth"],
    "lmabbott": ["mabbott"],
    "whartigan": ["hartigan"],
    "sodriscoll": ["driscoll", "kearney"],
    "npenhallow": ["penhallow"],
    "kmensah": ["mensah"],
    "praghunathan": ["raghunathan"],
    "squarrie": ["quarrie"],
}
EXCLUDES = ["Wrenfold Garden Centre", "Wrenfold Rovers", "Wren Valley Cider", "wrenfoldrovers.example"]

WATCHLIST = """\
# Watchlist for the invented Wrenfold College (train37 corpus). All names are fictional.
[school]
name = "Wrenfold College"
aliases = ["Wren", "WFC", "Wrenfold School", "Wrenners", "Wrenfold Coll."]
locality = ["Knapley", "Mallowfield", "Harrowbeck", "Knapley Common"]
own_domains = ["wrenfold.example"]
phones = ["01632 960418"]

[[staff]]
id = "pashworthlyle"
name = "Philippa Ashworth-Lyle"
role = "Warden"
aliases = ["Philippa Lyle"]
line_manager = "clerk.governors@wrenfold.example"

[[staff]]
id = "lmabbott"
name = "Lysander Mabbott"
role = "Bursar"
aliases = ["Lys Mabbott"]
unique = true
line_manager = "warden@wrenfold.example"

[[staff]]
id = "whartigan"
name = "William Hartigan"
role = "Director of Rowing"
line_manager = "director.sport@wrenfold.example"

[[staff]]
id = "sodriscoll"
name = "Siobhán O'Driscoll"
role = "Housemistress of Cedars"
aliases = ["Siobhán Kearney"]
line_manager = "deputy.warden@wrenfold.example"

[[staff]]
id = "djones"
name = "David Jones"
role = "Housemaster of Founder's"
aliases = ["Dai Jones"]
line_manager = "deputy.warden@wrenfold.example"

[[staff]]
id = "hmarsh"
name = "Helen Marsh"
role = "Deputy Warden (Pastoral) and Designated Safeguarding Lead"
line_manager = "warden@wrenfold.example"

[[staff]]
id = "npenhallow"
name = "Nicholas Penhallow"
role = "Chaplain"
aliases = ["Nick Penhallow"]
line_manager = "warden@wrenfold.example"

[[staff]]
id = "kmensah"
name = "Kwabena Mensah"
role = "Head of Science"
aliases = ["Kobby Mensah"]
line_manager = "academic@wrenfold.example"

[[staff]]
id = "praghunathan"
name = "Priya Raghunathan"
role = "Registrar"
aliases = ["Priya Raghu"]
line_manager = "warden@wrenfold.example"

[[staff]]
id = "squarrie"
name = "Sam Quarrie"
role = "Head of Drama"
line_manager = "academic@wrenfold.example"

[[exclude]]
text = "Wrenfold Garden Centre"

[[exclude]]
text = "Wrenfold Rovers"

[[exclude]]
text = "Wren Valley Cider"

[[exclude]]
domain = "wrenfoldrovers.example"
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
    "gazette": dict(
        name="Surrey Weald Gazette", domain="swgazette.example",
        nav=["News", "Sport", "Property", "What's On", "Announcements", "Jobs"],
        most=["Roadworks to close A-road for six weeks", "Mallowfield bakery wins regional award",
              "Pictures: Knapley Show returns", "Bus route 71 axed from September"],
        footer="Surrey Weald Gazette is part of Downland Regional Media Ltd. Regulated by IPSO."),
    "advertiser": dict(
        name="Knapley & District Advertiser", domain="kdadvertiser.example",
        nav=["Home", "Local", "Schools", "Courts", "Letters", "Obituaries"],
        most=["Letters: Potholes on Church Road", "Cricket: Harrowbeck edge thriller",
              "Planning row over barn conversion", "Your photos: autumn on the Common"],
        footer="© Knapley & District Advertiser. Editorial: 01632 960771. Independent since 1888."),
    "observer": dict(
        name="The Schools Observer", domain="schoolsobserver.example",
        nav=["Independent", "State", "Policy", "Leadership", "Opinion", "Podcast"],
        most=["Heads warn of 'quiet exodus' from prep schools", "Boarding numbers: the data",
              "Inspection framework changes explained", "Opinion: the trouble with league tables"],
        footer="The Schools Observer · Trade journal for school leaders · Terms · Privacy"),
    "courier": dict(
        name="Daily Courier", domain="dailycourier.example",
        nav=["UK", "World", "Politics", "Money", "Education", "Opinion", "Sport"],
        most=["Interest rates: what next?", "Storm warning for the South East",
              "Celebrity chef's restaurant closes", "Train fares to rise again"],
        footer="© Courier Media Group. Contact us · Complaints · Corrections · Sitemap"),
    "tattle": dict(
        name="Tattle & Tiara", domain="tattletiara.example",
        nav=["Bystander", "Society", "Schools Guide", "Weddings", "Style", "Travel"],
        most=["The season's best hunt balls", "Who wore it: the Chelsea flower party",
              "Schools Guide: the boarding edit", "The new It-girls of the Cotswolds"],
        footer="Tattle & Tiara is published by Lanyard House Magazines. © All rights reserved."),
    "edbiz": dict(
        name="Education Business Weekly", domain="edbizweekly.example",
        nav=["Finance", "Estates", "People", "Procurement", "Events"],
        most=["Catering contracts: the new normal", "Bursars' roundtable: VAT one year on",
              "Minibus leasing rates climb", "People moves: March"],
        footer="Education Business Weekly — for bursars, business managers and governors."),
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
    "parenthub": dict(name="ParentHub", domain="parenthub.example", tag="Talk: Education > Independent schools",
                      footer="ParentHub Ltd · Talk guidelines · Report a post · Privacy"),
    "owforum": dict(name="The Common Room (unofficial OW forum)", domain="owchat.example", tag="The Common Room > General",
                    footer="Unofficial. Not affiliated with the College or the OW Association. Powered by phpBB-ish."),
    "rowtalk": dict(name="RowTalk", domain="rowtalk.example", tag="Forums > Junior & Schools rowing",
                    footer="RowTalk — the independent rowing community. Be nice to coxes."),
    "boarders": dict(name="Boarding Parents Network", domain="boardingparents.example", tag="Forums > Surrey & Sussex schools",
                     footer="Boarding Parents Network is run by volunteers. Posts are the views of members."),
    "sixth": dict(name="SixthFormChat", domain="sixthformchat.example", tag="Forums > School life > Boarding",
                  footer="SixthFormChat · Community guidelines · Safeguarding · Contact mods"),
    "village": dict(name="Knapley Villages Forum", domain="knapleyforum.example", tag="Boards > Local issues",
                    footer="Knapley Villages Forum · est. 2006 · Run by residents for residents."),
    "teachers": dict(name="StaffroomTalk", domain="staffroomtalk.example", tag="Forums > Independent sector",
                     footer="StaffroomTalk — anonymous support for teachers. Posts are not checked before publication."),
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
    "below": dict(name="Below Stairs", domain="belowstairs.example", tagline="Gossip for OWs, by OWs. Mostly true.",
                  side=["About", "Tip us off", "Archive", "The Boat Race Sweepstake"]),
    "bursarblog": dict(name="The Balanced Ledger", domain="balancedledger.example", tagline="Notes on independent school finance",
                       side=["About the author", "VAT tracker", "Subscribe"]),
    "mumblog": dict(name="Muddy Wellies & Name Tapes", domain="muddywellies.example", tagline="A boarding-school mum survives",
                    side=["About me", "School run diaries", "Packing lists", "Contact"]),
    "dadblog": dict(name="Fee Paying Father", domain="feepayingfather.example", tagline="Writing cheques so you don't have to",
                    side=["About", "The Spreadsheet", "Rants", "Popular posts"]),
    "rowblog": dict(name="Catch & Finish", domain="catchandfinish.example", tagline="Junior rowing, honestly",
                    side=["Regatta calendar", "Crew lists", "About"]),
    "truth": dict(name="Surrey Truth Network", domain="surreytruth.example", tagline="What THEY don't want you to read",
                  side=["Donate", "Our mission", "Latest exposés"]),
    "natureblog": dict(name="Weald Wanderings", domain="wealdwanderings.example", tagline="Birds, footpaths and the odd pub",
                       side=["Walks", "Birds", "Pubs", "About"]),
    "foodblog": dict(name="Salt & Samphire", domain="saltandsamphire.example", tagline="Seasonal cooking from the South East",
                     side=["Recipes", "Foraging", "About"]),
    "archblog": dict(name="Spires & Stones", domain="spiresandstones.example", tagline="Church architecture of the Home Counties",
                     side=["Churches A-Z", "Glossary", "About"]),
    "drama": dict(name="Stage Left, Surrey", domain="stageleftsurrey.example", tagline="Amateur and school theatre reviews",
                  side=["Reviews", "Previews", "About"]),
    "edublog": dict(name="The Pastoral Pen", domain="pastoralpen.example", tagline="Safeguarding and wellbeing in schools",
                    side=["Resources", "Training", "About"]),
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
    "gazette", "Education", "Wrenfold College fees to top £60,000 as VAT is added to bills",
    "Parents at the Knapley boarding school say they feel like 'cash cows' after a 20 per cent rise",
    "Hannah Cowdrey, Education Reporter", "6 December 2024",
    """
    Parents at Wrenfold College, the co-educational boarding school on the edge of Knapley Common, have been told that full boarding fees will rise to just over £60,000 a year from January once VAT is applied.

    In a letter sent to families on Wednesday evening, the school's Bursar, Lysander Mabbott, said the College would "absorb a modest share" of the increase but that "the greater part must, regrettably, be passed on".

    One mother of two, who asked not to be named, told the Gazette: "We feel like cash cows. Nobody at the school has asked what this does to families who are already stretching."

    ## 'Difficult decisions'

    Mr Mabbott said the College had frozen capital projects and was "looking hard at every line" of its budget. He added that the bursary fund would be protected.

    The College, which has around 640 pupils, said it expected a "small number" of families to leave at Christmas.
    """,
    [("KnapleyBorn", "6 Dec 2024, 19:02", "Cry me a river. My heart bleeds for the Range Rover brigade."),
     ("MumOfThree_GU", "6 Dec 2024, 20:15", "We've been at Wrenfold for seven years and communication from the bursary has been shocking. Mabbott's letter landed at 9pm on a school night. Classy. Nobody even picked up the phone."),
     ("Declan R", "7 Dec 2024, 08:40", "Said it before, this was always going to happen. Schools had two years to plan."),
     ("Hector_B", "7 Dec 2024, 10:02", "Mabbott is a smug little weasel who's never had to worry about money in his life. Someone should tell him so, politely.")]),
  [M("school", "exact", "negative", "Wrenfold College"), M("lmabbott", "exact", "abuse", "Lysander Mabbott")])

# 001
D("forum", forum_page("parenthub", "VAT - anyone else pulling out of Wrenfold at Christmas?", [
    ("Cressida_T", "Joined Sep 2019 · 412 posts", "Thu 14-Nov-24 21:33",
     """DH and I have done the maths six ways and it just doesn't work any more. Anyone else pulling out of Wrenfold? The bursar's letter was basically 'pay up or leave' dressed up in nicer words.

     We'd have to remortgage for DD2 to do sixth form there. Not happening."""),
    ("WeybridgeWendy", "Joined Mar 2021 · 88 posts", "Thu 14-Nov-24 21:50",
     """We're staying (just) but I'm fuming. At the parents' forum Mabbott actually said 'most families will absorb it'. MOST FAMILIES. Read the room, sir.

     Someone pasted this from our year group chat, which sums up the mood:

     > [14/11/2024, 20:58] Fran (Y9 Cedars): has anyone actually had the invoice yet?? [20:59] Jules: yes, 20% on the nose, nothing absorbed that I can see [21:01] Fran: 🙃🙃 cool cool cool [21:02] Jules: Mabbott is a lying little weasel and always has been"""),
    ("Anon_NameChanger", "Joined Nov 2024 · 3 posts", "Fri 15-Nov-24 07:12",
     "Local state secondary is actually good. We've moved DS and honestly he's happier. Not everything is about the rowing and the Latin."),
    ("Cressida_T", "Joined Sep 2019 · 413 posts", "Fri 15-Nov-24 07:45",
     "Thanks both. Going to book a visit to the comp in Mallowfield. Never thought I'd say that."),
    ], thread_id=4471),
  [M("school", "short_name", "negative", "Wrenfold"), M("lmabbott", "surname_only", "abuse", "Mabbott")])

# 002
D("social", dd("""
    Gavin Thurlow
    @gthurlow_77

    Lysander Mabbott has bled families like mine dry for six years. I know which road he takes home over the Common every night. Be a shame if something happened to that nice Volvo. Just saying 🙂🚗🔥

    9:42 PM · Nov 18, 2024 · 4,312 Views

    12 Reposts   3 Quotes   41 Likes   2 Bookmarks

    ──────────
    Replies

    Pete Marwood @petemarwood · Nov 18
    mate delete this

    Sarah K 🌻 @sarahk_runs · Nov 18
    Reported. You can hate the fees without this.

    Gavin Thurlow @gthurlow_77 · Nov 19
    @sarahk_runs didn't say I'd do anything did I 🤷
    """),
  [M("lmabbott", "exact", "threat", "Lysander Mabbott")])

# 003 decoy: excluded garden centre
D("review", dd("""
    Wrenfold Garden Centre
    Garden centre · Mallowfield Road
    4.6 ★★★★★ (1,208 reviews)

    Margaret Ellery
    Local Guide · 63 reviews · 201 photos
    ★★★★★ 3 weeks ago
    Lovely morning out. The café does a proper cream tea and the staff in the plant area really know their stuff - the young lad helped me choose a clematis for a north wall. Sat by the pond afterwards and a little wren kept hopping in and out of the hedge. Parking can be tight on a Saturday.
    👍 Helpful 11   Share

    Response from the owner · 2 weeks ago
    Thank you Margaret! We'll pass your kind words on to Josh in Outdoor Plants. — Wrenfold Garden Centre team
    """))

# 004
D("blog", blog_page(
    "below", "Stroke side, bow side, back-hand side: the Boat Club whispers", "The Below Stairs Team", "2 February 2025",
    """
    Word reaches us from the towpath, dear readers, and it is not all about split times.

    The Boat Club has a shiny new coaching launch - twin engines, very nice, very quiet. Nobody seems to know quite where the money came from. Certainly not the parents who ran the cake stalls at the autumn regatta and have been asking, ever so politely, what happened to the takings.

    Funny, isn't it, how the regatta fund went quiet the very term Bill Hartigan started talking about 'upgrading the fleet'. We make no accusations. We merely observe, as any good cox would, that the numbers don't add up.

    Meanwhile the Wrenners Old Boys' dinner is moved to the Boathouse in June. Black tie. Bring a cheque book, apparently.
    """,
    [("Stroke_'98", "3 Feb 2025 at 10:12", "Ha! The launch is lovely though. Just saying."),
     ("Anon", "3 Feb 2025 at 14:40", "You lot will get a solicitor's letter one of these days."),
     ("CakeStallMum", "4 Feb 2025 at 09:03", "I asked the treasurer twice about the autumn takings and got nowhere. Draw your own conclusions.")],
    tags=["Boat Club", "Gossip", "Regattas"]),
  [M("school", "alias", "neutral", "Wrenners"), M("whartigan", "nickname", "defamation", "Bill Hartigan")])

# 005
D("news", news_page(
    "advertiser", "Schools", "Housemistress swims the length of the reservoir for hospice",
    "Siobhán O'Driscoll raised more than £8,000 with her early-morning challenge",
    "Tom Letheridge", "19 June 2024",
    """
    A Knapley housemistress has raised more than £8,000 for the Weald Hospice by swimming the length of Fernworth Reservoir.

    Siobhán O'Driscoll, who runs the girls' boarding house Cedars at Wrenfold College, completed the 3.2km swim in just under two hours on Saturday, cheered on by pupils from her house who lined the bank with homemade banners.

    "My dad was cared for by the hospice in his last weeks and I've wanted to do something for them ever since," she said. "The girls were brilliant - they did the cake sale, I just did the cold bit."

    The hospice's fundraising manager, Leanne Aske, thanked the school community for its "extraordinary generosity".
    """,
    [("Joy Pettifer", "19 Jun 2024", "Well done! Amazing effort."),
     ("B. Oakes", "20 Jun 2024", "The hospice looked after my mum too. Thank you Siobhán.")]),
  [M("school", "exact", "neutral", "Wrenfold College"), M("sodriscoll", "exact", "neutral", "Siobhán O'Driscoll")])

# 006
D("facebook", dd("""
    Wrenfold Parents (unofficial)
    Private group · 1.1K members

    Nigel Ransome
    22 January at 21:14 · 🔒
    Can someone explain to me why my son's drama teacher is 'Mx' Quarrie and why this is being pushed on 13 year olds? Not being funny but I didn't pay for an ideology. The school is letting this happen in plain sight. Some of us remember when a man was a man. Just asking questions 🤷‍♂️

    👍😡 38 · 64 comments
    Like   Comment   Share

        Harriet Lomax
        Nigel this is a teacher who got your son a distinction in LAMDA. Get a grip.
        Like · Reply · 3d

        Nigel Ransome
        @Harriet Lomax they can teach acting without teaching THAT
        Like · Reply · 3d

        Admin - Paula G
        Turning off comments. Please read the group rules about posts about named staff.
        Like · Reply · 3d
    """),
  [M("school", "short_name", "negative", "Wrenfold"), M("squarrie", "title_surname", "hate", "Mx' Quarrie")])

# 007
D("review", dd("""
    SchoolScope › Surrey › Independent (boarding) › Wrenfold College

    ★★☆☆☆  "Gorgeous grounds, patchy pastoral care"
    Reviewed by: Parent of a current pupil (Year 10, boarding) · 3 March 2025

    We chose Wrenfold College for the facilities and the sport, and on that front it delivers. But when our daughter was having a genuinely awful time with a group of girls in her year, it took nine days and four emails before anyone senior called us back. Mrs Marsh, who is supposedly in charge of pastoral care, never returned a single call herself - everything went via a PA. When we finally met, the tone was defensive rather than curious.

    Academic teaching is good. Food is fine. Communication is poor.

    Would you recommend this school? Not without reservations.
    Was this review helpful?  Yes (14)  No (3)  · Report

    Response from Wrenfold College · 6 March 2025
    Thank you for your feedback. We would welcome the chance to discuss this further; please contact the Deputy Warden's office on 01632 960418.
    """),
  [M("school", "exact", "negative", "Wrenfold College"), M("hmarsh", "title_surname", "negative", "Mrs Marsh")])

# 008
D("social", dd("""
    Instagram

    wrenfold_college
    Knapley Reach

    Huge congratulations to our J16 quad, who took gold at the Medwell Junior Regatta this weekend! 🥇🚣 Proud of every stroke. #WCBC #rowing #juniorrowing

    View all 57 comments

    millie.rows_ 🔥🔥🔥
    2d  14 likes  Reply

    tabby_xx00 Mr Hartigan in the background tho 😍😍 those arms. rowing dad energy
    2d  9 likes  Reply

    poppy.k.12 @tabby_xx00 stoppp he's literally our coach 💀 but ok yes
    2d  6 likes  Reply

    grandma_jill_b Well done all, such a lovely photo ❤️
    1d  2 likes  Reply
    """),
  [M("school", "handle", "neutral", "wrenfold_college"), M("whartigan", "title_surname", "sexual", "Mr Hartigan")])

# 009 decoy: village forum, locality and the everyday word
D("forum", forum_page("village", "Potholes on Marsh Lane (Harrowbeck end) - again", [
    ("RogerW", "Member since 2009", "Mon 3 Mar 2025, 08:12",
     "Lost another tyre on Marsh Lane this morning, just past the ford. The county says it's 'on the list'. Which list? The list of things they'll do in 2040?"),
    ("Hedgelayer", "Member since 2014", "Mon 3 Mar 2025, 09:30",
     "Reported it on the council site with photos. If ten of us do the same it moves up apparently. The whole stretch down to the marsh is like the surface of the moon."),
    ("Anne at No. 6", "Member since 2011", "Mon 3 Mar 2025, 12:02",
     "The parish council meets Thursday 7pm in Harrowbeck village hall. Come and make some noise. Biscuits provided."),
    ], thread_id=9012),
  [])

# 010
D("news", news_page(
    "courier", "Education", "Housemaster at £58,000-a-year boarding school suspended",
    "Wrenfold College in Surrey confirms investigation involving boys' boarding house",
    "Rebecca Stannard, Education Correspondent", "11 March 2025",
    """
    A housemaster at a leading Surrey boarding school has been suspended while allegations about conduct in a boys' boarding house are investigated, the Courier can reveal.

    David Jones, who has run Founder's house at Wrenfold College for nine years, was suspended last week. The school said it had referred the matter to the Local Authority Designated Officer (LADO) "immediately and in line with statutory guidance".

    The nature of the allegations has not been disclosed. There is no suggestion that police are involved at this stage.

    In a statement, the Warden, Dr Philippa Ashworth-Lyle, said: "Suspension is a neutral act which protects everybody while facts are established. Our priority is the wellbeing of pupils in Founder's, who are being supported by an experienced team."

    Parents received an email on Friday informing them that an interim housemaster had been appointed.

    Mr Jones did not respond to requests for comment.
    """),
  [M("school", "exact", "negative", "Wrenfold College"), M("djones", "exact", "defamation", "David Jones"),
   M("pashworthlyle", "exact", "neutral", "Philippa Ashworth-Lyle")])

# 011
D("forum", forum_page("boarders", "Founder's / Wrenfold - what's actually going on?", [
    ("Surrey_Dad_2", "Joined 2022 · 41 posts", "12 Mar 2025 22:05",
     "Saw the Courier piece. Our boy is in Founder's and we've had one bland email. Anyone know more?"),
    ("OldHand", "Joined 2016 · 1,903 posts", "12 Mar 2025 22:31",
     """Everyone who's been around that house knows. Dai Jones has had boys in his flat drinking beer on a Saturday night for years, 'house bonding'. The school knew and did nothing because the results were good and the fathers loved him.

     Wrenfold has buried complaints about Founder's at least twice before. That's not gossip, that's what happened."""),
    ("ModTeam", "Moderator", "12 Mar 2025 23:10",
     "Reminder: nothing has been proven. Please don't post allegations as fact - it exposes the forum and you to legal risk."),
    ("Surrey_Dad_2", "Joined 2022 · 42 posts", "13 Mar 2025 07:02", "Fair point mods. Just worried."),
    ], thread_id=7702),
  [M("school", "short_name", "defamation", "Wrenfold"), M("djones", "alias", "defamation", "Dai Jones")])

# 012
D("social", dd("""
    TikTok · @founders_leaks_ · "POV: your housemaster at a £58k school 🤡" · #wrenfold #boarding #fyp

    Comments (1,203)

    user88217361
    the way he's still getting paid while suspended 💀
    3-12 · Reply · ♡ 212

    ella.brxx
    Jones from Founder's lives at 14 Pelham Close, Mallowfield GU8 4RX if anyone wants to ask him themselves 👀📍
    3-12 · Reply · ♡ 97

    r.e.n.o
    @ella.brxx bro you can't just post someone's address 😭
    3-12 · Reply · ♡ 44

    ella.brxx
    @r.e.n.o it's on 192 anyway lol
    3-13 · Reply · ♡ 12
    """),
  [M("school", "hashtag", "neutral", "#wrenfold"), M("djones", "surname_only", "doxxing", "Jones")])

# 013 decoy: namesake elsewhere, conviction news
D("news", news_page(
    "courier", "UK", "Cardiff man jailed for threatening neighbour with hammer",
    "David Jones, 47, admitted affray after a long-running parking dispute",
    "Court Reporter", "4 October 2024",
    """
    A Cardiff man who threatened his neighbour with a claw hammer during a row about a parking space has been jailed for 14 months.

    David Jones, 47, of Heol Penlan, Llanishen, pleaded guilty to affray at Cardiff Crown Court. The court heard that Jones had shouted "I'll do you" before being restrained by another resident.

    Sentencing, the judge said the incident had left the victim "frightened in his own street". A restraining order was also imposed.
    """),
  [])

# 014
D("blog", blog_page(
    "mumblog", "Half-term survival guide (and a thank-you)", "Bella @ Muddy Wellies", "28 October 2024",
    """
    Half term! Otherwise known as the week the washing machine never stops. Trunk unpacked, mystery socks identified, one hockey stick apparently 'lent to a friend in Tudor' and never seen again.

    Before the chaos completely eats me I wanted to say a proper thank-you to Mrs O'Driscoll, who spotted that Tilly was quieter than usual in the first fortnight and had her in for hot chocolate and a chat before I'd even noticed anything on the phone. That's what you hope boarding will be.

    Also: the carol service date is out. Last year the Chaplain, Nick Penhallow, had the whole chapel in tears with the story about his grandmother's Christmas cake. Bring tissues.

    Wrenfold friends, see you at the Christmas fair - I'm on the tombola, come and win some bath salts.
    """,
    [("Amanda", "28 Oct 2024", "Tilly is lucky! Our housemistress is lovely too."),
     ("Bella @ Muddy Wellies", "28 Oct 2024", "@Amanda the good ones are gold dust x")],
    tags=["Half term", "Boarding life"]),
  [M("school", "short_name", "neutral", "Wrenfold"), M("sodriscoll", "title_surname", "neutral", "Mrs O'Driscoll"),
   M("npenhallow", "alias", "neutral", "Nick Penhallow")])

# 015
D("review", dd("""
    StaffSay › Wrenfold College › Reviews

    "Lovely kids, bullying in the bursary"
    ★★☆☆☆  Former Employee - Finance Assistant in Knapley, England · 12 January 2025
    I worked at Wrenfold College for more than 3 years

    Pros
    Beautiful site, free lunch, pupils are polite, teaching staff mostly friendly.

    Cons
    L. Mabbott runs the bursary like a personal fiefdom. Shouts at junior staff in front of others, belittles anyone who questions him, calls the catering team "the dinner ladies" to their faces. Three people left in my last year. HR is a dead end.

    Advice to management
    Exit interviews exist for a reason. Read them.

    Helpful (6) · Share · Report
    """),
  [M("school", "exact", "negative", "Wrenfold College"), M("lmabbott", "initial_surname", "abuse", "L. Mabbott")])

# 016
D("social", dd("""
    Clive Straker 🇬🇧
    @clivestraker_real

    Wrenfold parents forking out 50 grand a year so their kids can be taught chemistry by M3nsah, fresh off the boat. Diversity hire innit 🙄 Standards.

    7:15 AM · Jan 9, 2025 · 2,088 Views

    4 Reposts   1 Quote   19 Likes

    ──────────
    Jo Winterton @jowint · Jan 9
    He has a doctorate from Imperial, you absolute clown.

    Clive Straker 🇬🇧 @clivestraker_real · Jan 9
    @jowint 🤣 sure he does
    """),
  [M("school", "short_name", "negative", "Wrenfold"), M("kmensah", "leetspeak", "hate", "M3nsah")])

# 017
D("facebook", dd("""
    Surrey Hills Mums
    Public group · 8.9K members

    Kirsty Vail
    3 February at 10:02 · 🌎
    Just want to give a shout out to Helen Marsh at Wrenfold who was honestly amazing when my daughter was struggling last term. Calm, kind, actually listened, followed up every single time. We hear so much negative stuff about schools, so here's a positive one. 💛

    ❤️👍 112 · 18 comments
    Like   Comment   Share

        Dawn Pascoe
        Agree, she was brilliant with our son too.
        Like · Reply · 4d

        Michelle R
        Lovely to read 😊 Shame about the fees though 😂
        Like · Reply · 4d
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("hmarsh", "exact", "neutral", "Helen Marsh")])

# 018 decoy: nature blog - the bird, the marsh, a locality
D("blog", blog_page(
    "natureblog", "A wren on the boardwalk at Harrowbeck", "Martin Oxley", "11 January 2025",
    """
    Cold, bright and still - perfect for the circular walk from Harrowbeck church down to the marsh and back along the old railway line.

    The highlight was a wren on the boardwalk rail, tail cocked, singing so loudly for something so small that a passing dog stopped to stare. It's easy to forget the wren is one of our commonest birds; you hear it far more than you see it.

    Also on the list: a little egret on the scrape, two snipe, a flock of long-tailed tits and a very confiding robin at the stile. The pub at the end (The Plough, not The Wren - that's the other village) does a decent ploughman's.
    """,
    [("Sue B", "12 Jan 2025", "Lovely write-up. We saw a kingfisher there at Christmas."),
     ("Martin Oxley", "12 Jan 2025", "@Sue B lucky you! Still waiting for mine.")],
    tags=["Birds", "Walks", "Winter"]),
  [])

# 019
D("news", news_page(
    "tattle", "Bystander", "Bystander: Oars, oysters and a very late night at the Boathouse",
    "Our diarist survives the Wrenfold College Boat Club Ball",
    "Bystander", "8 July 2024",
    """
    The great and the moderately good descended on the Boathouse at Knapley Reach for the Wrenfold College Boat Club Ball, where the oysters were Colchester, the champagne was English (darling, it's a thing now) and the dancing went on until the caterers physically removed the speakers.

    The Warden, Pippa Ashworth-Lyle, in midnight-blue sequins, gave a mercifully short speech and was last seen leading a conga towards the slipway.

    And which Bursar - we shall call him Lys Mabbott, because that is his name - was spotted sharing rather more than a canapé with a certain Cedars mother on the terrace long after her husband had gone home? Bystander merely reports what Bystander sees.

    Spotted: two baronets, one retired England lock, and a great many gilets.
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("pashworthlyle", "nickname", "neutral", "Pippa Ashworth-Lyle"),
   M("lmabbott", "alias", "defamation", "Lys Mabbott")])
# 020
D("forum", forum_page("owforum", "Whatever happened to the chapel organ appeal?", [
    ("Tudor_88-93", "OW · 1,244 posts", "Sun 9 Feb 2025 18:40",
     "Gave a couple of hundred quid to the organ appeal back in 2021. Plaque, concert, the works promised. Four years on the organ still sounds like a dying goose. Anyone know?"),
    ("FoundersFag1979", "OW · 3,017 posts", "Sun 9 Feb 2025 19:02",
     """Not saying anything, but the appeal stalled the same year Penhallow turned up in a brand new Audi. A vicar. In an A6. On a chaplain's stipend.

     Back at WFC in the 70s the chaplain rode a bicycle and smelled of mothballs. Simpler times."""),
    ("Kestrel_05", "OW · 96 posts", "Sun 9 Feb 2025 20:15",
     "Bit strong, old boy. His partner's a consultant anaesthetist. The organ needs £180k, the appeal raised £40k. That's the whole story."),
    ("FoundersFag1979", "OW · 3,018 posts", "Sun 9 Feb 2025 20:31", "If you say so 😉"),
    ], thread_id=311),
  [M("school", "alias", "neutral", "WFC"), M("npenhallow", "surname_only", "defamation", "Penhallow")])

# 021
D("review", dd("""
    Wrenfold College
    Boarding school · Knapley Common
    3.9 ★★★★☆ (188 reviews)

    Ryan Castellane
    4 reviews
    ★☆☆☆☆ a month ago
    Absolute joke of a school for the money. Disorganised, arrogant, and the sport-first culture means anyone who isn't in the first XV or the top boat is invisible. My son's reports were copy-pasted (wrong name in one of them!). Dr Mensah is genuinely the only reason he got his grades - brilliant teacher, stayed behind every Thursday. The rest can take a long hard look.
    👍 Helpful 22   Share

    Response from the owner · a month ago
    Dear Mr Castellane, we are sorry to read this. Please contact the Registry so we can discuss your concerns.
    """),
  [M("school", "exact", "negative", "Wrenfold College"), M("kmensah", "title_surname", "neutral", "Dr Mensah")])

# 022
D("social", dd("""
    Lou Haverford
    @LouHaverford

    Siobhán O'Driscoll, housemistress at Wrenfold - personal mobile 07700 900318. Ring her and ask why she let my daughter be bullied for a whole term and did NOTHING. Since the school won't answer, maybe she will.

    11:03 PM · Feb 20, 2025 · 1,506 Views

    9 Reposts   2 Quotes   14 Likes

    ──────────
    Dom Ferrars @domferrars · Feb 20
    Lou I get that you're angry but posting her number is going to backfire on you.

    Lou Haverford @LouHaverford · Feb 21
    Let it.
    """),
  [M("school", "short_name", "negative", "Wrenfold"), M("sodriscoll", "exact", "doxxing", "Siobhán O'Driscoll")])

# 023 decoy: excluded football club, excluded domain
D("facebook", dd("""
    Wrenfold Rovers FC
    12 October at 17:48 · 🌎

    ⚽ U12 MATCH REPORT ⚽
    Wrenfold Rovers 3 - 2 Tillingbourne Colts

    What a game! Down 2-0 at half time, the lads showed proper character. Goals from Alfie (2) and a screamer from Kaiden in the 88th minute. Player of the match: our keeper Rory, who saved a penalty with his face 😂

    Huge thanks to the parents who ran the tea hut. Training Tuesday 6pm at the rec as usual.

    Full fixtures: wrenfoldrovers.example/fixtures

    👍❤️ 47 · 9 comments · 3 shares
    Like   Comment   Share

        Tasha Pearce
        So proud of them! Rory's nose is fine by the way 😂
        Like · Reply · 1w
    """))

# 024
D("blog", blog_page(
    "dadblog", "The Spreadsheet, VAT edition: a worked example in pain", "FPF", "15 January 2025",
    """
    Regular readers will know about The Spreadsheet. It lives on my laptop, it is colour coded, and it currently has a tab called 'Wrenfold School - Armageddon'.

    Here's the arithmetic. Two children, full boarding, sixth form looming. Add 20%. Subtract a token 'absorption' that Mr Mabbott's letter described as 'significant' and which turns out to be 1.5%. Add the new 'technology levy'. Add the rowing tour, which is 'optional' in the way breathing is optional.

    I'm not angry. I'm an accountant. I'm just disappointed in the numbers, and in whoever thought a glossy brochure about 'shared sacrifice' was a good idea the same week the new pavilion opened.
    """,
    [("Spreadsheet Sue", "15 Jan 2025", "The technology levy! We got that too. For iPads they already own."),
     ("FPF", "15 Jan 2025", "@Spreadsheet Sue shared sacrifice, Sue. Shared sacrifice.")],
    tags=["Fees", "VAT", "Rants"]),
  [M("school", "alias", "negative", "Wrenfold School"), M("lmabbott", "title_surname", "negative", "Mr Mabbott")])

# 025
D("news", news_page(
    "observer", "People", "Wrenfold College names Imperial chemist as Head of Science",
    "Dr Kwabena Mensah joins from a London day school in September",
    "Staff reporter", "2 May 2023",
    """
    Wrenfold College has appointed Dr Kwabena Mensah as its new Head of Science from September.

    Dr Mensah, who completed his doctorate in physical chemistry at Imperial College, joins from a selective London day school where he led a programme encouraging pupils from under-represented backgrounds into STEM degrees.

    "Science at its best is a conversation, not a lecture," he said. "I'm excited to be joining a school with such good facilities and, I'm told, a very competitive staff quiz team."

    The College's Warden said the appointment would "build on real strength" in the department.
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("kmensah", "exact", "neutral", "Kwabena Mensah")])

# 026
D("forum", forum_page("sixth", "cedars at wrenfold is literally a prison", [
    ("noodle_soup_06", "Year 12 · 77 posts", "Tue 5 Nov 2024, 21:48",
     "O'Driscoll took my phone for a WEEK because it went off in prep. a week!!! absolute witch. i hope she steps on a lego barefoot every day for a year"),
    ("bluebell_bee", "Year 12 · 210 posts", "Tue 5 Nov 2024, 21:52",
     "lmaooo she did that to Immy too. she's not even that bad usually she's just on a power trip this term"),
    ("rowrowrow_", "Year 11 · 19 posts", "Tue 5 Nov 2024, 22:10",
     "ngl Hartigan is the only reason i still do rowing 😳 those forearms at 6am ergs... worth it"),
    ("bluebell_bee", "Year 12 · 211 posts", "Tue 5 Nov 2024, 22:11", "STOP 💀💀"),
    ], thread_id=12801),
  [M("school", "short_name", "negative", "wrenfold"), M("sodriscoll", "surname_only", "abuse", "O'Driscoll"),
   M("whartigan", "surname_only", "sexual", "Hartigan")])

# 027
D("social", dd("""
    Parents For Accountability
    @WF_parents4acc

    The Warden has lost the confidence of parents. Three expulsions with no due process, a safeguarding review she tried to keep quiet, and a 20% fee rise. Sign and share. 👇

    #AshworthLyleOut #WrenfoldCollege #VAT

    petitions.example/wrenfold-accountability

    6:30 PM · Mar 2, 2025 · 8,914 Views

    61 Reposts   7 Quotes   133 Likes   12 Bookmarks
    """),
  [M("school", "hashtag", "negative", "#WrenfoldCollege"), M("pashworthlyle", "hashtag", "negative", "#AshworthLyleOut")])

# 028
D("facebook", dd("""
    Knapley Village Noticeboard
    Private group · 3.4K members

    Keith Barraclough
    2 September at 22:47 ·
    If they put that new boarding block on the Common I swear I'll burn the place down myself. I've got the petrol. Wrenfold can get stuffed, they've had this village by the throat for 100 years.

    😮😡 19 · 27 comments
    Like   Comment   Share

        Sandra Pyke
        Steady on Keith
        Like · Reply · 5d

        Keith Barraclough
        I mean it
        Like · Reply · 5d

        Admin - Gill
        Keith I've removed your other comment. Please don't post things like this.
        Like · Reply · 5d
    """),
  [M("school", "short_name", "threat", "Wrenfold")])

# 029
D("news", news_page(
    "gazette", "Courts", "Knapley man charged over threats to boarding school",
    "Keith Barraclough, 61, will appear before magistrates next month",
    "Court Reporter", "19 September 2024",
    """
    A Knapley man has been charged with sending threatening communications to Wrenfold College after a row over a planned boarding house on Knapley Common.

    Keith Barraclough, 61, of Pound Lane, is accused of posting messages online in which he threatened to set fire to the school. He has also been charged with a public order offence.

    Dr Ashworth-Lyle, the school's Warden, said: "We respect that people feel strongly about planning matters. Threats are a different thing altogether, and we are grateful to the police for acting quickly."

    Barraclough will appear before Redhill magistrates on 14 October.
    """,
    [("Gill Ainsworth", "19 Sep 2024", "Sad to see. He's not been right since his wife died."),
     ("Peter J", "20 Sep 2024", "Planning row or not, you can't say things like that.")]),
  [M("school", "exact", "neutral", "Wrenfold College"), M("pashworthlyle", "title_surname", "neutral", "Dr Ashworth-Lyle")])

# 030 decoy: the acronym's other body
D("news", news_page(
    "gazette", "Sport", "WFC promoted after final-day win at Belmont Park",
    "Wexcombe FC clinch the title in front of a record crowd",
    "Sports Desk", "29 April 2025",
    """
    Wexcombe FC (WFC) are champions. A 2-1 win away at Belmont Park sealed promotion on the final day of the season, sparking scenes of joy among the 400 travelling fans.

    Captain Liam Otway headed the winner with six minutes left. "This club has been through the mill," said manager Dean Scully. "Ten years ago WFC nearly folded. Look at us now."

    The club will play in the Combined Counties Premier next season.
    """,
    [("Up_The_Wex", "29 Apr 2025", "WFC WFC WFC!!!"),
     ("neutral_fan", "30 Apr 2025", "Deserved. Best footballing side in the league.")]),
  [])

# 031
D("blog", blog_page(
    "below", "Ibiza, uncut: which housemaster had the 'lost weekend'?", "The Below Stairs Team", "20 May 2024",
    """
    A little bird tells us that a certain housemaster spent the May exeat not marking prep but face-down on a lilo in San Antonio.

    D. Jones of Founder's, for it is he, returned on the Monday 'with a migraine' and missed chapel two days running. The bar bill, we are told, was the stuff of legend, and not all of the substances involved were in glasses. Make of that what you will. We certainly have.

    Philippa Lyle, as the Warden was when she was a humble Head of History at Wrenfold, is said to be 'not amused'.

    More next week, including the truth about the Tudor house ghost.
    """,
    [("JamesB_OW", "20 May 2024", "Dai? Never. Man drinks shandy."),
     ("Anon", "21 May 2024", "This is how you get sued lads")],
    tags=["Housemasters", "Gossip"]),
  [M("school", "short_name", "neutral", "Wrenfold"), M("djones", "initial_surname", "defamation", "D. Jones"),
   M("pashworthlyle", "alias", "neutral", "Philippa Lyle")])

# 032
D("review", dd("""
    SchoolScope › Surrey › Independent (boarding) › Wrenfold College

    ★★★★★  "Found his tribe"
    Reviewed by: Parent of a current pupil (Year 11, flexi-boarding) · 18 November 2024

    Our son arrived shy and unsporty. Two years later he's coxing the J15 boat and has just played the Emcee in the school Cabaret. Mr Hartigan has completely transformed the Boat Club - inclusive, organised, and he somehow makes 6am outings sound fun. Mx Quarrie's Cabaret was honestly West End standard; we cried.

    Wrenfold College isn't cheap, and the communication around fees has been clunky, but the staff care.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (31)  No (2)  · Report
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("whartigan", "title_surname", "neutral", "Mr Hartigan"),
   M("squarrie", "title_surname", "neutral", "Mx Quarrie")])

# 033
D("social", dd("""
    True Brit Patriot ⚔️
    @TrueBrit_1066

    Wrenfold's admissions office is now run by a Priya Raghunathan. Guess which families get the bursaries from now on 🐄🙏 They don't integrate, they take over. Wake up Surrey. #replacement

    10:51 AM · Oct 3, 2024 · 3,407 Views

    22 Reposts   5 Quotes   48 Likes
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("praghunathan", "exact", "hate", "Priya Raghunathan")])

# 034
D("forum", forum_page("rowtalk", "Medwell Junior Regatta - results & chat", [
    ("CoxBoxCharlie", "Coach · 2,311 posts", "Sun 19 May 2024 19:22",
     "Great day on the water. Full results on the regatta site. Standouts for me: the Wrenfold College Boat Club J16 quad, and the Tandle RC women's 2x."),
    ("StrokeSideSteve", "Parent · 120 posts", "Sun 19 May 2024 19:40",
     "Will Hartigan's crews always seem to peak at the right time. Say what you like about a school programme but his boats are technically beautiful."),
    ("Blade_Runner", "Athlete · 64 posts", "Sun 19 May 2024 20:03",
     "Tandle 2x were robbed in the semi, that umpire was asleep."),
    ("ex_J14_parent", "Parent · 8 posts", "Sun 19 May 2024 20:30",
     "Technically beautiful, maybe. But Will Hartigan is a bully and a loudmouth who screams at 13-year-olds until they cry. Ask his J14s. Nasty piece of work."),
    ], thread_id=5521),
  [M("school", "exact", "neutral", "Wrenfold College"), M("whartigan", "nickname", "abuse", "Will Hartigan")])

# 035
D("facebook", dd("""
    Wrenfold College Parents (Unofficial)
    Private group · 1.1K members

    Anna Prideaux
    13 March at 09:32 · 🔒
    Sorry, but look at what's going round the Y10 parents' WhatsApp 😳 I'm posting so people can see how this stuff spreads, not because I believe it.

    [13/03/2025, 08:14] Caroline B: Apparently Mr Hartigan was seen leaving the Red Lion with a Y13 mum at midnight on Friday 👀
    [13/03/2025, 08:15] Jo (Tudor): say no more 🤐
    [13/03/2025, 08:15] Caroline B: and her husband was in Dubai 🙈
    [13/03/2025, 08:17] Mel: that explains why her son's suddenly in the first VIII 😂

    😮😢 41 · 57 comments
    Like   Comment   Share

        Fiona Drury
        This is disgusting. A man's reputation, on the say-so of a WhatsApp group. Delete it Anna.
        Like · Reply · 2d

        Anna Prideaux
        @Fiona Drury fair, deleting tonight.
        Like · Reply · 2d
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("whartigan", "title_surname", "defamation", "Mr Hartigan")])

# 036 decoy: namesake photographer
D("social", dd("""
    David Jones Photography
    @davidjones_photo

    Golden hour at Harewood Barn for Priyanka & Tom's wedding yesterday. 📸✨ What a day. Leeds, you absolutely delivered on the weather for once.

    Enquiries for 2026 now open - link in bio.

    #leedswedding #weddingphotographer #yorkshirebride

    8:02 AM · Jun 16, 2024 · 912 Views

    3 Reposts   58 Likes
    """))

# 037
D("blog", blog_page(
    "bursarblog", "VAT, year one: what three bursars told me", "Anthea Crome", "3 March 2025",
    """
    I spent last week at the Home Counties bursars' roundtable, which is as glamorous as it sounds, and came away with a much clearer picture of how the first term of VAT on fees has actually landed.

    Lysander Mabbott, Bursar at Wrenfold College, was refreshingly candid: the school absorbed about 5% and passed on the rest, lost fourteen pupils at Christmas rather than the forty modelled, and has moved to monthly payment plans as standard. "The families who left mostly weren't the ones we expected," he said.

    Two other bursars, both at smaller day schools, described something closer to a cliff edge. One has merged year groups; the other is consulting on closure of the nursery.

    My takeaway: boarding schools with strong international demand have more room to breathe than the headlines suggest. For small day schools, the squeeze is real.
    """,
    tags=["VAT", "Bursars", "Finance"]),
  [M("school", "exact", "neutral", "Wrenfold College"), M("lmabbott", "exact", "neutral", "Lysander Mabbott")])

# 038
D("social", dd("""
    TikTok · @cedarsgirlsofficialnot · "rating housemistresses be like" · #wrenfoldcollege #boardingschool #cedars

    Comments (388)

    jakey.b_
    the cedars housemistress 🥵 Miss O'Driscoll can put me in detention any day of the week
    1-28 · Reply · ♡ 301

    lilsis.k
    @jakey.b_ ur in year 10 calm down 😭
    1-28 · Reply · ♡ 140

    jakey.b_
    @lilsis.k age is just a number 😏
    1-28 · Reply · ♡ 66

    cedars_survivor
    the accent 😩
    1-29 · Reply · ♡ 24
    """),
  [M("school", "hashtag", "neutral", "#wrenfoldcollege"), M("sodriscoll", "title_surname", "sexual", "Miss O'Driscoll")])

# 039
D("news", news_page(
    "advertiser", "Local", "New boathouse opens on Knapley Reach",
    "£2.1m building to be shared with Tandle Rowing Club and local schools",
    "Tom Letheridge", "21 September 2024",
    """
    A new £2.1 million boathouse on Knapley Reach was officially opened on Saturday by Olympic silver medallist Carys Hembury.

    The building belongs to Wrenfold College but, under a community use agreement, will be shared with Tandle Rowing Club and two state secondary schools.

    William Hartigan, the College's Director of Rowing, said: "Rowing has a reputation for being exclusive. This building is meant to chip away at that. If you want to row, there's a boat here for you."

    Bursar Lysander Mabbott thanked donors and the parish council, and said the project had come in "on time and - just about - on budget".
    """,
    [("Tandle RC Sec", "21 Sep 2024", "Genuinely grateful - our juniors have been rowing out of a shed for thirty years."),
     ("Pat O", "22 Sep 2024", "Meanwhile the village hall roof still leaks. Funny how there's always money for boats.")]),
  [M("school", "exact", "neutral", "Wrenfold College"), M("whartigan", "exact", "neutral", "William Hartigan"),
   M("lmabbott", "exact", "neutral", "Lysander Mabbott")])

# 040
D("forum", forum_page("parenthub", "Bullying in a girls' boarding house - how hard do I push?", [
    ("PuddleJumper22", "Joined Jan 2023 · 58 posts", "Wed 26-Feb-25 20:05",
     """DD (14) boards at Wren (Surrey). Group of three girls have frozen her out since October, nasty Snapchat stuff, her bed soaked 'as a joke'.

     Mrs O'Driscoll is lovely, genuinely, but I think she's out of her depth. Every conversation ends with 'let's give it another week'. We're now at week sixteen."""),
    ("Grantchester_Gran", "Joined Jun 2018 · 2,010 posts", "Wed 26-Feb-25 20:30",
     "Put it in writing to the Deputy Head (pastoral) and ask for their anti-bullying policy and a meeting within five working days. Keep it factual."),
    ("PuddleJumper22", "Joined Jan 2023 · 59 posts", "Wed 26-Feb-25 20:44", "Thank you, that's helpful. Drafting tonight."),
    ], thread_id=8890),
  [M("school", "alias", "negative", "Wren"), M("sodriscoll", "title_surname", "negative", "Mrs O'Driscoll")])

# 041
D("review", dd("""
    StaffSay › Wrenfold College › Reviews

    "Good place to teach if you can survive SLT"
    ★★★☆☆  Current Employee - Teacher in Knapley, England · 7 April 2025
    I have been working at Wrenfold College full-time for more than 5 years

    Pros
    Small classes, motivated pupils, glorious setting, decent pension.

    Cons
    The Warden micromanages everything down to the font on worksheets. Endless initiatives. Boarding duties creep up every year without extra pay. Helen M. on the pastoral side is the only senior leader who actually backs staff - without her a lot more of us would have gone.

    Advice to management
    Trust your teachers.

    Helpful (9) · Share · Report
    """),
  [M("school", "exact", "negative", "Wrenfold College"), M("hmarsh", "first_initial", "neutral", "Helen M.")])

# 042
D("social", dd("""
    ugh.
    @ugh_bursary_families

    someone really needs to teach M a b b o t t a lesson he won't forget. 20% fee rise and a pay rise for himself?? i know where the bursary is and i know when he leaves. coming for him.

    12:12 AM · Dec 12, 2024 · 611 Views

    2 Reposts   9 Likes
    """),
  [M("lmabbott", "spacing", "threat", "M a b b o t t")])

# 043 decoy: the pub called The Wren, locality
D("review", dd("""
    The Wren
    Pub · Church Street, Mallowfield
    4.4 ★★★★☆ (640 reviews)

    Debbie Hallam
    Local Guide · 120 reviews
    ★★★★★ 2 weeks ago
    Proper village pub. Log fire, dogs welcome, real ale (the Harvey's was spot on) and the Sunday roast was the best we've had in ages - beef pink, Yorkshires the size of your head. Staff couldn't have been friendlier. We'll be back to The Wren for the quiz on Thursday.
    👍 Helpful 4   Share

    Gary T
    6 reviews
    ★★☆☆☆ a month ago
    Waited 50 minutes for food on a quiet Tuesday. Chips cold. Beer good though.
    👍 Helpful 1   Share
    """))

# 044
D("facebook", dd("""
    Wrenfold Mums & Dads
    Private group · 840 members

    Louise Fairbrother
    4 December at 20:11 · 🔒
    Genuine question, not having a go - does anyone else feel Sam Quarrie casts the same five or six kids in every single production? My daughter has auditioned for everything for three years and has been 'Villager 4' every time. She's losing heart. Might raise at parents' evening.

    👍 27 · 33 comments
    Like   Comment   Share

        Tamsin Orde
        Yes!! Same with my son. The same sixth formers every time.
        Like · Reply · 1w

        Rob Keele
        To be fair the shows are brilliant, but more spread would be nice.
        Like · Reply · 1w

        Gordon Finch
        Quarrie is a talentless, attention-seeking show-off and a bully to any kid outside the favoured clique. Useless.
        Like · Reply · 1w

        Louise Fairbrother
        @Gordon Finch that's not what I said at all and you know it. Please don't.
        Like · Reply · 1w
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("squarrie", "exact", "abuse", "Sam Quarrie")])
# 045
D("blog", blog_page(
    "truth", "WRENFOLD COLLEGE COVER-UP: What the Warden Knew", "Truth Network Editor", "16 March 2025",
    """
    They want you to believe the Founder's scandal came out of nowhere. IT DID NOT.

    Our sources inside the school - and we have several - confirm that Philippa Ashworth-Lyle personally signed off on burying at least two complaints about the boys' boarding house in 2022 and 2023. The files were 'lost'. The parents were 'managed'. One was offered a fee discount to go away quietly.

    Helen Marsh, the so-called Designated Safeguarding Lead, was told THREE TIMES and did nothing, because the man at the centre of it, Dai Jones, was a golden boy with a golden rugby record and fathers who write cheques.

    This is how elite institutions protect themselves. Share this before it gets taken down. They always take it down.
    """,
    [("Awake_Not_Woke", "16 Mar 2025", "Always the same. Follow the money."),
     ("Kezia M", "17 Mar 2025", "Where's your evidence? 'Sources' isn't evidence."),
     ("Truth Network Editor", "17 Mar 2025", "@Kezia M protecting sources is what journalists do.")],
    tags=["Cover-ups", "Elites", "Schools"]),
  [M("school", "exact", "defamation", "WRENFOLD COLLEGE"), M("pashworthlyle", "exact", "defamation", "Philippa Ashworth-Lyle"),
   M("hmarsh", "exact", "defamation", "Helen Marsh"), M("djones", "alias", "defamation", "Dai Jones")])

# 046
D("social", dd("""
    Instagram

    wrenfold_science
    Science Week 2025 🔬🧪

    So proud of our Year 9s, whose water-filtration prototypes were judged by visiting engineers today. Tagging @wrenfoldcollege 💚

    View all 112 comments

    northern_lad_1488 go back to where you came from Mensah, or someone will send you back in a box 🔪📦
    5h  Reply

    c.adewale_ reported. disgusting.
    5h  31 likes  Reply

    wrenfold_science This comment has been reported to Instagram and to the police.
    4h  58 likes  Reply
    """),
  [M("school", "handle", "neutral", "@wrenfoldcollege"), M("kmensah", "surname_only", "threat", "Mensah")])

# 047
D("forum", forum_page("village", "College coaches blocking Church Road every Sunday", [
    ("Hedgelayer", "Member since 2014", "Sun 6 Oct 2024, 18:04",
     "Third Sunday running Wrenfold's coaches have parked on both sides of Church Road for exeat pick-up. Couldn't get the tractor through, couldn't get out of my own drive. Nobody from the school answers the phone at weekends."),
    ("Anne at No. 6", "Member since 2011", "Sun 6 Oct 2024, 18:40",
     "Same here. Emailed the Bursar's office in July. Nothing. I think they think the village is a car park."),
    ("RogerW", "Member since 2009", "Sun 6 Oct 2024, 19:15",
     "Parish council is raising it with the school in November apparently. I'll believe it when I see it."),
    ], thread_id=9150),
  [M("school", "short_name", "negative", "Wrenfold")])

# 048
D("news", news_page(
    "courier", "Education", "Bursar of top boarding school under investigation over missing trip money",
    "Wrenfold College calls in forensic accountants after £90,000 shortfall in overseas trip accounts",
    "Rebecca Stannard, Education Correspondent", "24 April 2025",
    """
    The Bursar of a prestigious Surrey boarding school is under investigation after auditors found a £90,000 shortfall in accounts used for overseas trips, the Courier understands.

    Lysander Mabbott, who has been Bursar at Wrenfold College since 2017, has been placed on leave while forensic accountants examine the school's trip and expedition accounts. The school has informed the Charity Commission.

    In a statement, the College said: "The governors have commissioned an independent review. It would be inappropriate to comment further while that work is under way."

    Parents were told on Tuesday that payments for the summer Kenya expedition would be "held securely" in a separate account until the review concludes.
    """,
    [("RoseTinted", "24 Apr 2025", "Oh dear. People on the parents' forums have been saying this for a year."),
     ("S. Hale", "24 Apr 2025", "Innocent until proven guilty, folks.")]),
  [M("school", "exact", "negative", "Wrenfold College"), M("lmabbott", "exact", "defamation", "Lysander Mabbott")])

# 049 decoy: architecture blog, everyday word, locality
D("blog", blog_page(
    "archblog", "St Michael's, Harrowbeck: a country church with a city spire", "Dr Felicity Naish", "9 August 2024",
    """
    Most visitors to Harrowbeck come for the pub and leave without looking up. They should look up.

    The spire of St Michael's is a small, confident piece of Wren-style classicism dropped onto a medieval tower: an octagonal lantern, a lead-covered obelisk and a gilded weathervane in the form of a cockerel. The parish records suggest a London mason who had worked on the City churches after the Great Fire.

    Inside, note the 15th-century font, the Georgian box pews (unusually complete) and the hatchments of the local landowning family along the north aisle.

    Open daily 9-5. The key for the tower is at the shop.
    """,
    tags=["Surrey", "Spires", "Georgian"]),
  [])

# 050
D("social", dd("""
    Dom Kilbride
    @dkilbride_

    billy hartigan screaming at 14 year olds through a megaphone from the launch like he's in the boat race final. absolute bellend. ask any rowing parent on Knapley Reach, they all know, none of them will say it

    7:48 AM · Apr 27, 2025 · 803 Views

    1 Repost   11 Likes

    ──────────
    Kath M @kathm77 · Apr 27
    he's a good coach though? tough ≠ bad
    """),
  [M("whartigan", "nickname", "abuse", "billy hartigan")])

# 051
D("review", dd("""
    Wrenfold College
    Boarding school · Knapley Common
    3.9 ★★★★☆ (188 reviews)

    Knapley Ramblers
    Local Guide · 19 reviews
    ★★★★★ 5 months ago
    We walk the permissive path through the College grounds every month and have always been made welcome. When one of our group was taken ill last spring, the Chaplain, Nicholas Penhallow, let us use the chapel vestry, made tea and waited with us for the ambulance. Very kind. Lovely grounds, especially the lime avenue in June.
    👍 Helpful 7   Share
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("npenhallow", "exact", "neutral", "Nicholas Penhallow")])

# 052
D("facebook", dd("""
    Surrey Hills Mums
    Public group · 8.9K members

    Anonymous member
    19 March at 23:02 · 🌎
    The DSL at Wrenfold, Helen Marsh, lives at Rose Cottage, Wick Lane, Harrowbeck RH5 6JD. Maybe the parents she's fobbed off should go round and ask her face to face why she did nothing about Founder's. She can't hide behind the office forever.

    😮👍 16 · 22 comments
    Like   Comment   Share

        Kirsty Vail
        This is not OK. She has a family. Reported.
        Like · Reply · 2d

        Admin - Surrey Hills Mums
        Post removed. Publishing home addresses breaks group rules and may be a criminal offence.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Wrenfold"), M("hmarsh", "exact", "doxxing", "Helen Marsh")])

# 053
D("news", news_page(
    "edbiz", "People", "People moves: admissions and registry appointments",
    "Who's moving where in school admissions this spring",
    "EBW Staff", "15 March 2024",
    """
    Priya Raghunathan has been appointed Registrar at Wrenfold College, the co-educational boarding school in Surrey, from the summer term. She joins from an international schools group where she ran admissions across three campuses, and previously worked in university recruitment in Singapore.

    Marcus Delaunay moves from Deputy Registrar to Director of Admissions at a Berkshire prep school.

    Felicity Orr, formerly Head of Marketing at a London girls' school, joins a Hertfordshire day school as Director of External Relations.
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("praghunathan", "exact", "neutral", "Priya Raghunathan")])

# 054
D("forum", forum_page("owforum", "The old place has changed (and not for the better)", [
    ("Ridley_1972", "OW · 2,450 posts", "Sat 1 Feb 2025 16:20",
     """Went back for the OW lunch. No grace. 'Wellbeing pods' in the old fives courts. And now a 'Mx' Quarrie running drama, pronouns on the door, the lot. What would the old Warden have said. The place has gone full rainbow and the fathers just keep writing cheques.

     Ashworth-Lyle has ruined Wrenfold in seven years flat. Didn't think it could be done."""),
    ("Kestrel_05", "OW · 97 posts", "Sat 1 Feb 2025 17:02",
     "The drama results are the best they've been in decades, but sure, the pronouns are the problem. Come off it."),
    ("Ridley_1972", "OW · 2,451 posts", "Sat 1 Feb 2025 17:30", "Snowflake."),
    ], thread_id=298),
  [M("school", "short_name", "negative", "Wrenfold"), M("squarrie", "title_surname", "hate", "Mx' Quarrie"),
   M("pashworthlyle", "surname_only", "negative", "Ashworth-Lyle")])

# 055
D("social", dd("""
    x_nemesis_x
    @x_nemesis_x420

    wr3nf0ld c0llege gonna get whats coming to it. tuesday. dont send ur kids 💣💣

    2:14 AM · Nov 5, 2024 · 188 Views

    ──────────
    Nat Bowers @natbowers · Nov 5
    Reported to police. Screenshotted.
    """),
  [M("school", "leetspeak", "threat", "wr3nf0ld c0llege")])

# 056
D("blog", blog_page(
    "rowblog", "Medwell regatta: small boats, big lessons", "Jen Ashdown", "21 May 2024",
    """
    A long, hot, slightly chaotic day at Medwell. The stream was stronger than anyone expected and the start marshals earned their ice creams.

    W. Hartigan's J16 quad from Wrenfold looked the most complete crew of the day - long, patient recovery, no rush into the catch. That's coaching you can see from the bank. Our own J15 double lost in the semi by a canvas and learned more from that than from any win this season.

    Reminder: trailer loading Friday 5pm sharp. Sun cream is not optional.
    """,
    tags=["Regattas", "Juniors"]),
  [M("school", "short_name", "neutral", "Wrenfold"), M("whartigan", "initial_surname", "neutral", "W. Hartigan")])

# 057
D("review", dd("""
    RateMyTeacher UK › Surrey › Wrenfold College › Science

    K. Mensah - Chemistry
    Overall ★★★★☆ (4.3) · 27 ratings

    "explains everything like 3 times until u get it. marks mocks SO harshly tho" - Year 11 student, Jan 2025
    Helpful  Clear  Tough grader

    "best teacher in the department, doesn't let you coast" - Year 13 student, Nov 2024
    Inspirational  Tough grader

    "bit scary first lesson then u realise he's actually really funny" - Year 9 student, Oct 2024
    Funny  Helpful

    Rate this teacher · Report a rating
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("kmensah", "initial_surname", "neutral", "K. Mensah")])

# 058
D("facebook", dd("""
    Harrowbeck & Mallowfield Community
    Public group · 2.2K members

    Brian Tolley
    8 May at 13:40 · 🌎
    That Priya Raghu woman at Wrenfold told my daughter there were 'no places' for my grandson in Year 7. Funny how they always find room for all her lot though 🙄 You know the ones. Not racist just saying what everyone's thinking.

    😡👍 24 · 39 comments
    Like   Comment   Share

        Meera Shah
        Brian, 'her lot'? Say what you mean. Actually don't.
        Like · Reply · 6d

        Brian Tolley
        @Meera Shah no offence meant love
        Like · Reply · 6d
    """),
  [M("school", "short_name", "negative", "Wrenfold"), M("praghunathan", "alias", "hate", "Priya Raghu")])

# 059 decoy: namesake elsewhere
D("social", dd("""
    Yorks Allotments Weekly
    @YorksAllotments

    Congratulations to Helen Marsh, 72, of Haxby, who has won Best Overall Plot for the fourth year running! Her onions are, and we quote the judges, "frankly intimidating". 🧅🏆 Full results in Thursday's issue.

    4:20 PM · Aug 29, 2024 · 2,760 Views

    14 Reposts   201 Likes
    """))

# 060
D("news", news_page(
    "gazette", "Community", "College chaplain walks 500 miles for hospice",
    "Nicholas Penhallow completes the Camino de Santiago in 34 days",
    "Hannah Cowdrey", "12 September 2024",
    """
    The chaplain of Wrenfold College has raised £14,000 for the Weald Hospice by walking the 500-mile Camino Francés across northern Spain.

    The Revd Nicholas Penhallow, 54, set off from St-Jean-Pied-de-Port in July and arrived in Santiago de Compostela 34 days later, "with two blisters and a great deal of gratitude".

    "The pupils followed my progress on a map in the chapel," he said. "Some of them were betting on whether I'd make it. I'm told the odds were not flattering."
    """,
    [("Margaret Ellery", "12 Sep 2024", "Well done Father Nick! What an achievement."),
     ("T. Rowe", "13 Sep 2024", "Brilliant. Our family has so much to thank the hospice for.")]),
  [M("school", "exact", "neutral", "Wrenfold College"), M("npenhallow", "exact", "neutral", "Nicholas Penhallow")])

# 061
D("forum", forum_page("boarders", "PLEASE READ - account posting photos of Wrenfold girls", [
    ("Cedars_Mum_2", "Joined 2023 · 12 posts", "Thu 23 Jan 2025 21:12",
     """Someone has set up an Instagram account reposting photos of Wrenfold girls from the school's swimming gala and the sports day pages, with really vile comments underneath about their bodies. Some of the girls are 12. The link is going round the boys' year group chats.

     I won't post the link here. Please DO NOT share it, just report the account if you come across it. Mrs Marsh has been told and says the police are involved."""),
    ("OldHand", "Joined 2016 · 1,905 posts", "Thu 23 Jan 2025 21:30",
     "Thank you for flagging without linking. Report to CEOP as well as the platform."),
    ("Cedars_Mum_2", "Joined 2023 · 13 posts", "Thu 23 Jan 2025 21:41", "Done. Thank you."),
    ], thread_id=7433),
  [M("school", "short_name", "neutral", "Wrenfold"), M("hmarsh", "title_surname", "neutral", "Mrs Marsh")])

# 062
D("social", dd("""
    Fair Play Rowing Parents
    @FairPlayRowing

    Third season running, juniors dropped with no explanation, selection decided in the pub, and parents told to 'trust the process'. Wrenfold Coll. rowing families: enough is enough. Sign below.

    petitions.example/WilliamHartiganMustGo

    5:05 PM · Jun 3, 2025 · 1,142 Views

    9 Reposts   30 Likes
    """),
  [M("school", "alias", "negative", "Wrenfold Coll."), M("whartigan", "camelcase", "negative", "WilliamHartiganMustGo")])

# 063
D("review", dd("""
    ReviewHub › Education › Wrenfold College Summer School

    ★☆☆☆☆  "Glorified babysitting at £3,200 a fortnight"
    Verified purchase · Posted 19 August 2024 by M. Osei

    We sent our 13-year-old to the Wrenfold College Summer School for the 'English and leadership' fortnight. He did about three hours of English in total. The rest was 'activities', which seemed to mean football with no supervision. One teacher for 22 kids on the London trip. Emails to the summer office were answered days later.

    Would not recommend. Asking for a partial refund.

    Reply from Wrenfold College Summer School: We're sorry to hear this and have emailed you directly.
    """),
  [M("school", "exact", "negative", "Wrenfold College")])

# 064
D("facebook", dd("""
    Wrenfold Mums & Dads
    Private group · 840 members

    Deb Carrow
    11 February at 08:50 · 🔒
    Hmm. Heard from someone who'd know that Siobhán Kearney - sorry, O'D, I was at uni with her when she was still Kearney - was breathalysed at the roundabout on the school run last week 🍷🍷 Explains a LOT about Cedars this term if true. Not saying it is. Just saying.

    😮 12 · 26 comments
    Like   Comment   Share

        Pip Hendry
        Deb, that's really not fair to post without knowing.
        Like · Reply · 5d

        Deb Carrow
        I said IF 🤷‍♀️
        Like · Reply · 5d
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("sodriscoll", "alias", "defamation", "Siobhán Kearney")])

# 065 decoy: locality only
D("news", news_page(
    "advertiser", "Local", "Mallowfield parish council rejects barn conversion plan",
    "Councillors cite access and flood risk on the Harrowbeck road",
    "Tom Letheridge", "22 November 2024",
    """
    Mallowfield Parish Council has voted 6-1 to object to plans to convert a Grade II-listed threshing barn on Stonepit Lane into four homes.

    Councillors said the single-track access onto the Harrowbeck road was unsafe and that the site had flooded twice in the past three winters.

    The applicant, Downs Edge Developments, said it would address the concerns in a revised scheme. The final decision rests with the district council.
    """,
    [("Knapley Watcher", "22 Nov 2024", "Right call. That lane is lethal in winter.")]),
  [])

# 066
D("blog", blog_page(
    "edublog", "When staff become the target: lessons from a bad February", "Dr Ruth Ainsley", "10 March 2025",
    """
    Last month a housemistress at a Surrey boarding school, Siobhán O'Driscoll of Wrenfold College, found her personal mobile number posted on X by an angry parent with the words "ring her and ask". She received more than forty calls in a night, some of them abusive.

    I'm quoting this not to amplify it but because it illustrates three things every school should plan for. First, staff personal contact details leak, and policy should assume it. Second, the angrier the parent, the faster the content spreads. Third, the school's response in the first hour matters more than anything it does in the first week.

    To their credit, the College had the post removed within hours, changed her number at its own cost and offered counselling. That should be the floor, not the ceiling.
    """,
    [("Sarah Tan", "10 Mar 2025", "Really useful. Sharing with our SLT."),
     ("HM in Devon", "11 Mar 2025", "This happened to a colleague last year. The first hour point is so true.")],
    tags=["Staff wellbeing", "Online abuse", "Policy"]),
  [M("school", "exact", "neutral", "Wrenfold College"), M("sodriscoll", "exact", "neutral", "Siobhán O'Driscoll")])

# 067
D("social", dd("""
    Counting Beans
    @countingbeans_x

    M\u0430bbott is a thief and everyone who's ever worked in that bursary knows it. Where did the Kenya money go Lysander? Where's the hardship fund? Funny how the numbers only ever go one way 💷💷

    8:44 PM · Apr 25, 2025 · 1,930 Views

    14 Reposts   52 Likes
    """),
  [M("lmabbott", "homoglyph", "defamation", "M\u0430bbott")])

# 068
D("forum", forum_page("sixth", "rate ur housemasters (no names of pupils pls)", [
    ("foundersfc", "Year 13 · 402 posts", "Fri 8 Nov 2024, 22:15",
     "Mr Jones (Founder's) is a legend. lets us order dominos on a friday, actually listens, 10/10. wrenfold would fall apart without him"),
    ("kestrel_kid", "Year 12 · 91 posts", "Fri 8 Nov 2024, 22:19",
     "kestrel's housemaster is fine just v boring. 6/10"),
    ("chemgirl_xo", "Year 12 · 33 posts", "Fri 8 Nov 2024, 22:31",
     "not a housemaster but dr mensah is lowkey peng 😳 chem is the only lesson i'm early for"),
    ("foundersfc", "Year 13 · 403 posts", "Fri 8 Nov 2024, 22:33", "😭😭 down bad"),
    ], thread_id=12990),
  [M("school", "short_name", "neutral", "wrenfold"), M("djones", "title_surname", "neutral", "Mr Jones"),
   M("kmensah", "title_surname", "sexual", "dr mensah")])

# 069
D("news", news_page(
    "observer", "Leadership", "Heads' pay: boarding school leaders top £300,000",
    "Latest charity filings show steep rises at several Surrey schools",
    "Data Desk", "14 February 2025",
    """
    The head of a Surrey boarding school saw her total remuneration rise by 14 per cent to £312,000 in the year to August, according to accounts filed with the Charity Commission, in the same period that the school told parents it faced "extraordinary financial pressure".

    Dr Philippa Ashworth-Lyle, Warden of Wrenfold College, received a salary of £248,000 plus pension contributions and accommodation. The College said the package was set by an independent remuneration committee and "benchmarked against comparable schools".

    One parent, whose fees rose by almost a fifth in January, said: "It's the hypocrisy. We got a letter about shared sacrifice."
    """,
    [("Dave W", "14 Feb 2025", "Shared sacrifice indeed. Ashworth-Lyle is a greedy, grasping leech and the governors are spineless for letting her get away with it."),
     ("Former bursar", "15 Feb 2025", "Accommodation is usually a requirement of the job for boarding heads, to be fair.")]),
  [M("school", "exact", "negative", "Wrenfold College"), M("pashworthlyle", "exact", "abuse", "Philippa Ashworth-Lyle")])
# 070
D("facebook", dd("""
    Knapley Village Noticeboard
    Private group · 3.4K members

    Carol Dunning
    27 June at 16:05 ·
    Does anyone know David Jones, the housemaster up at Wrenfold? My son did work experience with the groundsmen there and left his jacket in Founder's. Would be grateful if someone could pass a message on. Thank you x

    👍 3 · 5 comments
    Like   Comment   Share

        Sandra Pyke
        I'll message you Carol, my niece works in the house office.
        Like · Reply · 2w
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("djones", "exact", "neutral", "David Jones")])

# 071 decoy: the acronym's other body
D("forum", forum_page("village", "Weald Fencing Club (WFC) - beginners' course?", [
    ("Pippa_K", "Member since 2020", "Tue 10 Sep 2024, 19:40",
     "Has anyone done the WFC beginners' course at the leisure centre in Knapley? My 11-year-old is obsessed after watching the Olympics. Is it worth the £90?"),
    ("Hedgelayer", "Member since 2014", "Tue 10 Sep 2024, 20:02",
     "My daughter did it last year. Six weeks, kit provided, coaches brilliant. She's now in the WFC junior squad and fences twice a week. Highly recommend."),
    ("Pippa_K", "Member since 2020", "Tue 10 Sep 2024, 20:15", "Perfect, thank you! Booking now."),
    ], thread_id=9101),
  [])

# 072
D("review", dd("""
    StaffSay › Wrenfold College › Reviews

    "Chapel-shaped hole where pastoral support should be"
    ★★☆☆☆  Former Employee - Boarding Assistant in Knapley, England · 30 September 2024
    I worked at Wrenfold College part-time for less than a year

    Pros
    Grounds, food, some lovely colleagues in the houses.

    Cons
    Nicholas P. is supposed to lead spiritual and pastoral life but spends more time recording his podcast and on his sabbatical blog than with the kids. Boarding assistants are expected to plug every gap. Rotas change with 24 hours' notice.

    Advice to management
    Pay boarding staff properly. Stop pretending the chaplaincy is a safety net.

    Helpful (3) · Share · Report
    """),
  [M("school", "exact", "negative", "Wrenfold College"), M("npenhallow", "first_initial", "negative", "Nicholas P.")])

# 073
D("social", dd("""
    J. Whitcombe
    @jwhit_dad

    Ashworth Lyle thinks she can expel my boy on the word of two prefects and then sleep easy in her big house. I know what she drives and where she parks it every morning. Watch your back, Warden. 🚗👀

    6:58 AM · Mar 7, 2025 · 420 Views

    ──────────
    Laura Whitcombe @laurawhit · Mar 7
    James please take this down. Now.
    """),
  [M("pashworthlyle", "hyphenated", "threat", "Ashworth Lyle")])

# 074
D("blog", blog_page(
    "mumblog", "Speech Day, sunburn and a very proud mum", "Bella @ Muddy Wellies", "6 July 2024",
    """
    Well. I've cried at a lot of school events but Speech Day this year finished me off.

    Dr Ashworth-Lyle's speech was short (bless her), funny and - unusually for these things - actually about the children rather than the building programme. Tilly got the Lower School art prize and went the colour of a postbox walking up to collect it.

    Special mention to Mr Jones from Founder's, who spent the whole picnic lunch running a three-legged race for younger siblings in thirty-degree heat. Hero.

    Wrenfold, you did yourselves proud. Now, someone tell me how to get grass stains out of a white dress.
    """,
    [("Amanda", "6 Jul 2024", "Vanish and prayer. Congrats Tilly!")],
    tags=["Speech Day", "Boarding life"]),
  [M("school", "short_name", "neutral", "Wrenfold"), M("pashworthlyle", "title_surname", "neutral", "Dr Ashworth-Lyle"),
   M("djones", "title_surname", "neutral", "Mr Jones")])

# 075
D("news", news_page(
    "courier", "Education", "Race row at elite school after parent's tirade at science head",
    "Father filmed shouting abuse at Black teacher on school's open day",
    "Samira Choudhury", "30 January 2025",
    """
    A Surrey boarding school has banned a parent from its site after he was filmed shouting racist abuse at its Head of Science during an open morning.

    The footage, which has been widely shared, shows the man telling Dr Kwabena Mensah to "go back to Africa" and using a racial slur in front of prospective families and pupils. The Courier has chosen not to repeat the slur.

    Wrenfold College said it had reported the incident to Surrey Police and that the parent's children would be "supported to continue their education without disruption".

    Dr Mensah, who joined the school in 2023, said in a statement: "I have had warm support from colleagues, pupils and parents. One man does not speak for this community."
    """,
    [("Graham P", "30 Jan 2025", "Disgusting behaviour. Good on the school for acting."),
     ("Ama K", "30 Jan 2025", "Dignified response from Dr Mensah. Sad that it's needed.")]),
  [M("school", "exact", "neutral", "Wrenfold College"), M("kmensah", "exact", "neutral", "Kwabena Mensah")])

# 076
D("forum", forum_page("parenthub", "Wrenfold bursar - is it just me?", [
    ("Holloway_Mum", "Joined May 2020 · 301 posts", "Mon 10-Mar-25 21:00",
     """Not saying anything, but... the trip money for the Kenya expedition went walkabout the same term Lys Mabbott bought a holiday place in Rock. Two plus two, anyone? 🤔

     Also the hardship fund has been 'under review' for eighteen months."""),
    ("Grantchester_Gran", "Joined Jun 2018 · 2,044 posts", "Mon 10-Mar-25 21:15",
     "I'd be very careful posting that on a public forum. If you have concerns, write to the Chair of Governors."),
    ("Holloway_Mum", "Joined May 2020 · 302 posts", "Mon 10-Mar-25 21:22",
     "I'm only asking questions. Wrenfold parents have a right to know where their money goes."),
    ], thread_id=9002),
  [M("school", "short_name", "negative", "Wrenfold"), M("lmabbott", "alias", "defamation", "Lys Mabbott")])

# 077
D("social", dd("""
    Instagram

    common_sense_mum_uk
    [image: screenshot of a school drama programme]

    imagine paying 50k a year for your kid to be taught drama at wrenfold by 'Mx' Q u a r r i e 🤡🤡 it's a bloke in a dress and we're all supposed to clap. protect our kids. #gendercritical #saynotoideology

    View all 87 comments

    h.l.drama this is a teacher. with a name. have a day off.
    1d  41 likes  Reply
    """),
  [M("school", "short_name", "neutral", "wrenfold"), M("squarrie", "spacing", "hate", "Q u a r r i e")])

# 078
D("facebook", dd("""
    Tandle Rowing Club
    9 June at 20:30 · 🌎

    What a weekend at the Tandle Sprints! 🚣‍♀️☀️ Our masters picked up three pots, and congratulations to our neighbours at WFC - Will Hartigan's boys won the J18 eights final by a length and then, to their great credit, stayed to help us derig the marquee. Proper sportsmanship.

    📸 by Jan on the bank

    👍❤️ 88 · 6 comments · 2 shares
    Like   Comment   Share

        Jan Ruddock
        Best regatta weather in years!
        Like · Reply · 1w
    """),
  [M("school", "alias", "neutral", "WFC"), M("whartigan", "nickname", "neutral", "Will Hartigan")])

# 079 decoy: a similar school elsewhere with a namesake housemaster
D("review", dd("""
    SchoolScope › Norfolk › Independent (boarding) › St Ebba's College

    ★★★★☆  "Kind, outdoorsy, slightly chaotic"
    Reviewed by: Parent of a former pupil · 2 October 2024

    St Ebba's suited our son down to the ground: sailing on the Broads, muddy cross-country and a housemaster, Mr Jones, who knew every boy's strengths and never once forgot a birthday. Admin is chaotic - we were invoiced twice for the same ski trip - but the pastoral care in Heron House was exceptional.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (8)  No (0)  · Report
    """))

# 080
D("review", dd("""
    Wrenfold College
    Boarding school · Knapley Common
    3.9 ★★★★☆ (188 reviews)

    Henrietta Scobie
    2 reviews
    ★★☆☆☆ 3 weeks ago
    Tried to arrange a visit for our daughter for 13+ entry. Ms Raghunathan in Admissions was curt and dismissive on the phone and then took three weeks to reply to a simple email about bursary deadlines. By the time she did, the deadline had passed. First impressions matter and these were poor.
    👍 Helpful 5   Share

    Response from the owner · 3 weeks ago
    We're sorry for the delay and have been in touch directly. Kind regards, Registry.
    """),
  [M("school", "exact", "negative", "Wrenfold College"), M("praghunathan", "title_surname", "negative", "Ms Raghunathan")])

# 081
D("social", dd("""
    Bursary Families Together
    @bursaryfamilies

    Since the Bursar won't answer a single email: Lysander Mabbott, The Old Forge, Pucklebridge Lane, Knapley RH5 6QT. Maybe a few hundred handwritten letters on his doormat will get his attention. 📮 RT widely.

    9:15 PM · May 1, 2025 · 2,207 Views

    31 Reposts   4 Quotes   47 Likes

    ──────────
    Chris H @chrish_1 · May 1
    This is his HOME. His kids live there. Not cool.
    """),
  [M("lmabbott", "exact", "doxxing", "Lysander Mabbott")])

# 082
D("blog", blog_page(
    "below", "Hip flasks and horseboxes: a regatta to remember", "The Below Stairs Team", "30 June 2024",
    """
    Our man on the bank at the summer regatta reports a jolly day out, if a slightly wobbly one.

    Hartigan's famous hip flask made its usual appearance at the start of the J15 racing and, by our correspondent's count, was refilled twice from the boot of a Land Rover before the eights. Readers may wonder who drove the boat trailer back to the Wrenners boathouse that evening. We couldn't possibly say. Neither, apparently, could the Director of Rowing by about six o'clock.

    In other news: the Pimm's tent ran out by two, which tells you everything.
    """,
    [("Bowside_Bertie", "30 Jun 2024", "Everyone has a nip at a regatta, come on."),
     ("Concerned", "1 Jul 2024", "With children in his care? Not funny.")],
    tags=["Boat Club", "Regattas", "Gossip"]),
  [M("school", "alias", "neutral", "Wrenners"), M("whartigan", "possessive", "defamation", "Hartigan's")])

# 083
D("forum", forum_page("owforum", "Anyone in touch with old Dai Jones?", [
    ("Kestrel_05", "OW · 98 posts", "Wed 12 Jun 2024 20:10",
     "Trying to get a Founder's 2005-2010 reunion together. Dai Jones was our tutor for the last two years before he took the house on. Anyone have contact? Would be great to have him along."),
    ("Tudor_88-93", "OW · 1,250 posts", "Wed 12 Jun 2024 20:45",
     "Email the OW office, they'll forward it. Lovely man. Taught me more about cricket than maths, mind."),
    ("Kestrel_05", "OW · 99 posts", "Wed 12 Jun 2024 21:00",
     "Ha, same. Will do. Planning for the Saturday after Wrenfold Speech Day."),
    ], thread_id=275),
  [M("school", "short_name", "neutral", "Wrenfold"), M("djones", "alias", "neutral", "Dai Jones")])

# 084
D("news", news_page(
    "advertiser", "Schools", "Parents' anger as Wrenfold scraps London bus service",
    "Weekly coach to and from Clapham axed to save money",
    "Tom Letheridge", "8 January 2025",
    """
    Parents at Wrenfold College have reacted angrily to the school's decision to scrap its weekly London coach, used by around 60 weekly boarders.

    The Friday-Sunday service to Clapham and Putney has run for more than 20 years. Families were told by email two days before the start of term.

    "It's the way it's been done," said one father. "No consultation, just an email. Half of us now have to do a four-hour round trip every weekend."

    The Bursar, Mr Mabbott, said the coach had been running "at a significant loss" and that the school was "exploring a parent-run alternative".
    """,
    [("Clapham Dad", "8 Jan 2025", "Two days' notice! Unbelievable."),
     ("Local", "9 Jan 2025", "Fewer coaches on Church Road. Every cloud.")]),
  [M("school", "exact", "negative", "Wrenfold College"), M("lmabbott", "title_surname", "neutral", "Mr Mabbott")])

# 085 decoy: food blog, everyday word
D("blog", blog_page(
    "foodblog", "Marsh samphire with brown butter and lemon", "Nell Ridout", "18 July 2024",
    """
    July is samphire month. If you've never foraged it, the salt marsh at low tide is the place: look for the bright green, jointed stems on the mud between the creeks. Snip, don't pull - leave the roots for next year.

    Rinse it well (twice), blanch for 60 seconds, then toss in foaming brown butter with a squeeze of lemon and plenty of black pepper. No salt - it brings its own.

    It's perfect with a piece of crisp-skinned sea bass or, honestly, just on hot buttered toast standing up at the counter.
    """,
    [("Jo", "19 Jul 2024", "Made this last night with plaice. Heaven.")],
    tags=["Foraging", "Summer", "Vegetables"]),
  [])

# 086
D("social", dd("""
    TikTok · @row.vibes.uk · "wrenfold rowing girls training montage 🚣‍♀️" · #rowing #wrenfold

    Comments (672)

    mike_t_7734
    the wrenfold girls in that lycra 😍😍 how old are they though 👀
    2-10 · Reply · ♡ 4

    row.vibes.uk
    @mike_t_7734 they're CHILDREN. blocked and reported.
    2-10 · Reply · ♡ 388

    gary.the.lad.84
    @mike_t_7734 old enough 😏
    2-10 · Reply · ♡ 2

    ellie_rows_too
    this is why we can't have nice things. reported both.
    2-10 · Reply · ♡ 201
    """),
  [M("school", "short_name", "sexual", "wrenfold", url_only=True)])

# 087
D("facebook", dd("""
    Wrenfold Mums & Dads
    Private group · 840 members

    Tanya Birkett
    21 March at 22:48 · 🔒
    I'm sorry but Helen Marsh is a useless, jobsworth cow who hides behind 'policy' every time a parent raises something. Three emails, three identical replies. Does she even read them? Probably gets a bot to do it. Waste of a salary.

    😂👍 31 · 44 comments
    Like   Comment   Share

        Kirsty Vail
        Tanya, she helped my daughter enormously. Bit harsh.
        Like · Reply · 3d

        Tanya Birkett
        @Kirsty Vail good for you
        Like · Reply · 3d
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("hmarsh", "exact", "abuse", "Helen Marsh")])

# 088
D("review", dd("""
    SchoolScope › Surrey › Independent (boarding) › Wrenfold College

    ★★★★★  "Cedars feels like a family"
    Reviewed by: Parent of a current pupil (Year 8, full boarding) · 29 January 2025

    We were anxious about full boarding at eleven. We needn't have been. Cedars under Mrs O'Driscoll feels like a big, noisy, kind family - birthday cakes, film nights, and she rings us herself if anything's up. Our daughter is thriving.

    Wrenfold College has its critics on fees, fair enough, but the boarding is the real deal.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (19)  No (1)  · Report
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("sodriscoll", "title_surname", "neutral", "Mrs O'Driscoll")])

# 089
D("forum", forum_page("rowtalk", "Selection politics at school clubs - vent thread", [
    ("ErgDad", "Parent · 44 posts", "Sat 15 Mar 2025 21:30",
     """I'll say it here because I can't say it anywhere else. If Hartigan drops my son from the Wrenfold first VIII again for one of his golfing mates' kids, I'll be waiting for him at the boathouse. And it won't be for a chat about technique.

     Two years of 5am starts for this."""),
    ("CoxBoxCharlie", "Coach · 2,340 posts", "Sat 15 Mar 2025 21:52",
     "Mate. Delete that. Seriously. Selection is gutting but that's a line you can't walk back."),
    ("ErgDad", "Parent · 45 posts", "Sat 15 Mar 2025 22:05", "He knows what he's done."),
    ], thread_id=6610),
  [M("school", "short_name", "neutral", "Wrenfold"), M("whartigan", "surname_only", "threat", "Hartigan")])

# 090
D("news", news_page(
    "gazette", "Sport", "Wrenfold College rowers sweep the board at Medwell",
    "School crews win four events in glorious sunshine",
    "Sports Desk", "20 May 2024",
    """
    Wrenfold College Boat Club enjoyed its best-ever Medwell Junior Regatta on Saturday, winning four events including the J16 quads and the J18 coxed fours.

    Director of Rowing William Hartigan said the results reflected "a winter of very unglamorous hard work on the erg and on the water".

    The club's new boathouse, shared with Tandle Rowing Club, opens in September.
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("whartigan", "exact", "neutral", "William Hartigan")])

# 091 decoy: the everyday word on social
D("social", dd("""
    Weald Birders
    @WealdBirders

    Tiny bird, enormous voice. This wren was belting it out from the top of a bramble at Knapley Common this morning - about 100 decibels from something that weighs 10 grams 🐦🎶

    #wren #birding #BirdsSeenIn2025 #Surrey

    7:31 AM · Mar 15, 2025 · 1,120 Views

    22 Reposts   310 Likes
    """))

# 092
D("blog", blog_page(
    "dadblog", "An open letter to the Bursar (that I will not be sending)", "FPF", "4 February 2025",
    """
    Dear Mr Mabbott,

    Thank you for your letter explaining that the Wrenfold 'technology levy' is not a fee increase but a 'contribution to shared infrastructure'. I have framed it.

    I should like to say, with all the warmth a direct debit can muster, that you are a spreadsheet goblin, a man who has never met a number he couldn't make worse, and the only person in Surrey capable of charging VAT on a smile. You are, in short, a weapons-grade clown in a gilet.

    Yours, with a heavy heart and a lighter wallet,
    A Parent
    """,
    [("Spreadsheet Sue", "4 Feb 2025", "Weapons-grade clown in a gilet 😂😂 printing this"),
     ("Quiet Reader", "5 Feb 2025", "Bit personal, this one.")],
    tags=["Fees", "Rants"]),
  [M("school", "short_name", "negative", "Wrenfold"), M("lmabbott", "title_surname", "abuse", "Mr Mabbott")])

# 093
D("social", dd("""
    Ade
    @ade_o_chem

    Genuinely owe my chemistry degree to Kobby Mensah. Best teacher at Wrenfold by a mile - stayed behind every Thursday for two years, never once made me feel stupid. If you're reading this sir, thank you. 🧪🙏

    4:12 PM · Aug 15, 2024 · 540 Views

    2 Reposts   61 Likes
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("kmensah", "alias", "neutral", "Kobby Mensah")])

# 094
D("facebook", dd("""
    Wrenfold Mums & Dads
    Private group · 840 members

    Gordon Finch
    3 October at 19:20 · 🔒
    So Nick Penhallow is running the confirmation classes again this year. Him and his 'friend' who 'lodges' with him in the chaplain's house. 🌈🙄 Call me old fashioned but I don't want people like that preparing my son for confirmation. Keep him away from our boys.

    😡 14 · 52 comments
    Like   Comment   Share

        Rosalind Gray
        'People like that.' Gordon, it's 2024.
        Like · Reply · 4w

        Gordon Finch
        Exactly my point Rosalind
        Like · Reply · 4w
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("npenhallow", "alias", "hate", "Nick Penhallow")])
# 095
D("news", news_page(
    "tattle", "Schools Guide", "Schools Guide 2025: Wrenfold College",
    "The boarding edit: Surrey's sporty all-rounder with a theatrical streak",
    "The Schools Guide team", "September 2024",
    """
    Wrenfold College, Knapley Common, Surrey. Co-ed, 13-18, 640 pupils, 80% boarding.

    ## The head

    Dr Philippa Ashworth-Lyle (Warden since 2018), a historian with a sharp line in self-deprecation and a reputation for knowing every pupil's name by October half term. Parents describe her as 'steel in a cashmere glove'.

    ## Best bits

    The Boat Club, obviously: new boathouse, serious coaching, pots at every junior regatta. Less obviously, drama: Sam Quarrie's productions are, in the words of one visiting agent, "West End-ready". The Cabaret we saw was properly edgy.

    ## The parents

    Surrey and south-west London professionals, a strong Hong Kong and Lagos contingent, a handful of Old Wrenfoldians on their third generation.

    ## The bottom line

    Glossy but grounded. Fees are eye-watering, as everywhere.
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("pashworthlyle", "exact", "neutral", "Philippa Ashworth-Lyle"),
   M("squarrie", "exact", "neutral", "Sam Quarrie")])

# 096
D("forum", forum_page("sixth", "is wrenfold worth it for sixth form? (coming from a state school)", [
    ("maths_and_memes", "Year 11 · 14 posts", "Sun 12 Jan 2025, 16:20",
     "got offered a sixth form scholarship at wrenfold (boarding). my parents can't really afford it even with the bursary. is it worth it? what's it actually like"),
    ("kestrel_kid", "Year 12 · 95 posts", "Sun 12 Jan 2025, 16:45",
     "came in at 16 from a comp. honestly the first term is weird (everyone knows each other and says 'exeat' like it's normal) but people are nice. ms raghunathan in admissions was really helpful with the bursary forms, email her directly"),
    ("maths_and_memes", "Year 11 · 15 posts", "Sun 12 Jan 2025, 17:02", "thank u!! this helps"),
    ], thread_id=13100),
  [M("school", "short_name", "neutral", "wrenfold"), M("praghunathan", "title_surname", "neutral", "ms raghunathan")])

# 097 decoy: locality only, local news
D("news", news_page(
    "gazette", "News", "Firefighters tackle gorse blaze on Knapley Common",
    "Walkers urged to avoid the area while crews damp down",
    "News Desk", "8 August 2024",
    """
    Six fire engines were called to a large gorse fire on Knapley Common on Wednesday afternoon.

    Around four hectares of heath were damaged. Surrey Fire and Rescue said the cause was not yet known but urged visitors not to use disposable barbecues during the dry spell.

    The B-road between Knapley and Harrowbeck was closed for three hours.
    """,
    [("Walker77", "8 Aug 2024", "Heartbreaking. That's where the nightjars nest.")]),
  [])

# 098
D("social", dd("""
    Angry of Mallowfield
    @angry_mallowfield

    Someone should chain the gates at Wrenfold School during Speech Day and see how all those smug parents like being trapped in there for once. Bit of petrol on the marquee. Just an idea 🔥🔥

    10:40 PM · Jun 20, 2024 · 356 Views

    1 Like
    """),
  [M("school", "alias", "threat", "Wrenfold School")])

# 099
D("review", dd("""
    StaffSay › Wrenfold College › Reviews

    "Avoid the boarding houses"
    ★☆☆☆☆  Former Employee - Resident Tutor in Knapley, England · 25 March 2025
    I worked at Wrenfold College full-time for more than a year

    Pros
    Free accommodation. Nice pupils.

    Cons
    D. Jones (Founder's) drinks on duty - wine with supper every night, more in the flat after lights out - and SLT turn a blind eye because the house results are good. I raised it and was moved to another house. Draw your own conclusions.

    Advice to management
    Listen to junior staff.

    Helpful (12) · Share · Report
    """),
  [M("school", "exact", "negative", "Wrenfold College"), M("djones", "initial_surname", "defamation", "D. Jones")])

# 100
D("news", news_page(
    "advertiser", "Courts", "Mallowfield man guilty of harassing school safeguarding lead",
    "Stuart Keane sent more than 200 messages to Helen Marsh over eight months",
    "Court Reporter", "17 October 2024",
    """
    A Mallowfield man has been found guilty of harassing a senior member of staff at a local boarding school after a dispute over his son's exclusion.

    Stuart Keane, 49, sent more than 200 emails, texts and voicemails to Helen Marsh, Deputy Warden at Wrenfold College, and twice waited outside the school gates for her, Redhill magistrates heard.

    In a victim statement read to the court, Mrs Marsh said she had changed her route to work and "stopped feeling safe in a place I love".

    Keane was given a 12-month community order and a five-year restraining order.
    """,
    [("Kirsty Vail", "17 Oct 2024", "So glad he's been dealt with. She's a lovely person.")]),
  [M("school", "exact", "neutral", "Wrenfold College"), M("hmarsh", "exact", "neutral", "Helen Marsh")])

# 101
D("forum", forum_page("parenthub", "Is this acceptable in a parents' WhatsApp? (screenshot)", [
    ("Lavender_Lou", "Joined Feb 2022 · 77 posts", "Tue 4-Feb-25 21:40",
     """I'm genuinely upset. This was posted in our Y7 parents' group at Wrenfold tonight and people are laughing along. I've typed it out rather than post the image.

     > [20:43] Tom S: can't get a straight answer out of Raghunathan about the waiting list, maybe I should ask in Hindi 😂😂 [20:44] Bella P: 🙊 naughty [20:44] Tom S: or bring a samosa as a bribe [20:46] Bella P: 😂😂😂

     Am I overreacting? This is a member of staff being mocked for her ethnicity by grown adults."""),
    ("Grantchester_Gran", "Joined Jun 2018 · 2,050 posts", "Tue 4-Feb-25 21:55",
     "You're not overreacting. That's racist, full stop. Screenshot it and send it to the school."),
    ("Lavender_Lou", "Joined Feb 2022 · 78 posts", "Tue 4-Feb-25 22:10", "Sent. Thank you for the sanity check."),
    ], thread_id=8712),
  [M("school", "short_name", "neutral", "Wrenfold"), M("praghunathan", "surname_only", "neutral", "Raghunathan")])

# 102
D("social", dd("""
    Tom Fairleigh
    @tfairleigh_OW

    the Warden at my old school, ashworth-lyle, in that academic gown at speech day 😏 wouldn't say no to a private detention if you know what i mean. always had a thing for a headmistress. MILF energy

    3:22 PM · Jul 5, 2024 · 98 Views

    2 Likes
    """),
  [M("pashworthlyle", "surname_only", "sexual", "ashworth-lyle")])

# 103
D("facebook", dd("""
    Knapley Village Noticeboard
    Private group · 3.4K members

    Terry Gaskin
    15 December at 23:10 ·
    That drama 'teacher' Quarrie up at Wrenfold wants to be careful walking back to the car park after the panto on Saturday. Dark down that lane. People round here don't take kindly to that sort of thing near our kids. Just a friendly warning.

    😡😮 9 · 17 comments
    Like   Comment   Share

        Gill Ainsworth
        Terry, this is a threat. I'm screenshotting it for the police.
        Like · Reply · 1w

        Terry Gaskin
        It's a WARNING Gill. Big difference.
        Like · Reply · 1w
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("squarrie", "surname_only", "threat", "Quarrie")])

# 104 decoy: generic safeguarding blog about another school
D("blog", blog_page(
    "edublog", "Five lessons from a boarding inquiry (not ours)", "Dr Ruth Ainsley", "2 December 2024",
    """
    The published review into boarding at St Ebba's College in Norfolk makes sobering reading, and I'd encourage every DSL with boarders to read it in full.

    My five takeaways: night-time staffing ratios matter more than CCTV; house staff need supervision, not just appraisal; pupils will tell you things if you make it easy, so put the independent listener's number on the back of the loo door; record-keeping is a safeguarding tool, not a chore; and governors need to ask the awkward question twice.

    None of this is new. That's rather the point.
    """,
    [("DSL_in_Kent", "2 Dec 2024", "The loo door point is gold.")],
    tags=["Boarding", "Safeguarding", "Reviews"]),
  [])

# 105
D("review", dd("""
    SchoolScope › Surrey › Independent (boarding) › Wrenfold College

    ★★★★★  "Founder's saved our son's school career"
    Reviewed by: Parent of a current pupil (Year 12) · 14 September 2024

    Dave Jones in Founder's spotted our son's dyslexia when two previous schools hadn't, got him assessed and fought for his exam arrangements. He's now predicted ABB. We can't thank him enough.

    Wrenfold College gets a lot of stick online but this has been our experience.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (22)  No (4)  · Report
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("djones", "nickname", "neutral", "Dave Jones")])

# 106
D("social", dd("""
    not_a_bot_honest
    @nb_honest_77

    Lysander Mabot wants to be very careful. Plenty of dads at that school would happily break his legs for what he's done to the bursary families. Not me obviously 😇 but plenty.

    11:58 PM · Apr 24, 2025 · 270 Views

    3 Likes
    """),
  [M("lmabbott", "typo", "threat", "Lysander Mabot")])

# 107
D("forum", forum_page("village", "Should Wrenfold College pay full business rates?", [
    ("Anne at No. 6", "Member since 2011", "Thu 14 Nov 2024, 09:12",
     "Now that private schools have lost charitable rates relief, Wrenfold College will be paying full business rates for the first time. The Bursar, Lysander Mabbott, told the parish council it'll cost them £400k a year. Interested in views - will they pass it on to us somehow (less community use of the pool?)"),
    ("Hedgelayer", "Member since 2014", "Thu 14 Nov 2024, 10:30",
     "They'll pass it on to the parents, not us. But yes, the pool hours for the village swim club are already being 'reviewed'. Typical."),
    ("RogerW", "Member since 2009", "Thu 14 Nov 2024, 11:02",
     "The school has been a poor neighbour for decades. Rates are the least of it."),
    ], thread_id=9201),
  [M("school", "exact", "negative", "Wrenfold College"), M("lmabbott", "exact", "neutral", "Lysander Mabbott")])

# 108
D("news", news_page(
    "observer", "Independent", "Safeguarding review at Wrenfold finds 'culture of deference'",
    "Independent report criticises record-keeping and says junior staff felt unable to raise concerns",
    "Jonathan Peel", "28 May 2025",
    """
    An independent safeguarding review at Wrenfold College, commissioned after the suspension of a housemaster in March, has found a "culture of deference" in which junior staff felt unable to challenge senior colleagues.

    The report, published in redacted form on the school's website, says records of low-level concerns were "inconsistent and in places absent" and that the Designated Safeguarding Lead, Deputy Warden Helen Marsh, had been "stretched across too many roles to give safeguarding the focus it requires".

    It makes 23 recommendations, all of which the governors have accepted. A new full-time DSL post will be created from September.
    """),
  [M("school", "exact", "negative", "Wrenfold College"), M("hmarsh", "exact", "negative", "Helen Marsh")])

# 109
D("facebook", dd("""
    Surrey Parents Say No To Gender Ideology
    Private group · 612 members

    Angela Marr
    9 January at 18:45 · 🔒
    UPDATE: Wrenfold's drama teacher has blocked everyone on X. So here's Sam Quarrie's personal email: samq.theatre@postbox.example. Fill that inbox, parents. Politely, of course 😇

    👍 41 · 18 comments
    Like   Comment   Share

        Lorraine Dibb
        Done ✅
        Like · Reply · 2w

        Angela Marr
        Keep going ladies 💪
        Like · Reply · 2w
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("squarrie", "exact", "doxxing", "Sam Quarrie")])

# 110 decoy: another school's old boys forum
D("forum", forum_page("owforum", "Off-topic: anyone going to the Old Ebbans v OW golf?", [
    ("Tudor_88-93", "OW · 1,260 posts", "Mon 5 May 2025 18:00",
     "The Old Ebbans have challenged us again. Royal Norfolk links, 14 June. Their captain says they're 'resting their better players'. Cheek."),
    ("Kestrel_05", "OW · 104 posts", "Mon 5 May 2025 18:30",
     "I'm in if someone can give me a lift from Norwich station. Handicap 'aspirational'."),
    ("Tudor_88-93", "OW · 1,261 posts", "Mon 5 May 2025 18:45", "You're in. Bring waterproofs. It's Norfolk."),
    ], thread_id=330),
  [])

# 111
D("blog", blog_page(
    "drama", "Review: Cabaret, Wrenfold College", "Imogen Sale", "24 November 2024",
    """
    School productions of Cabaret are usually either timid or embarrassing. This one is neither.

    Sam Quarrie's staging at Wrenfold College strips the show back to a bare black box and a string of bare bulbs, puts the band on stage in the shadows, and lets the darkness creep in gradually, so that by the final 'Willkommen' the audience is genuinely unsettled.

    The Emcee, played by a Year 11 pupil with astonishing control, is the best thing I've seen on a school stage in years. The Sally Bowles sings 'Maybe This Time' like she means it and knows she's wrong.

    A few sightline problems in the gallery; otherwise, superb.
    """,
    [("Proud Parent", "25 Nov 2024", "We saw it twice. Mx Quarrie is a genius."),
     ("Imogen Sale", "25 Nov 2024", "Agreed - one of the best school directors in the county.")],
    tags=["Reviews", "School theatre", "Musicals"]),
  [M("school", "exact", "neutral", "Wrenfold College"), M("squarrie", "exact", "neutral", "Sam Quarrie")])

# 112
D("social", dd("""
    Tideway Tom
    @tideway_tom

    H*rtigan is the biggest w*nker on the river, ask anyone down at Knapley Reach. Shouts at kids, sucks up to sponsors, takes the credit. Utter tool.

    9:10 PM · May 18, 2025 · 640 Views

    5 Likes
    """),
  [M("whartigan", "obfuscated", "abuse", "H*rtigan")])

# 113
D("review", dd("""
    StaffSay › Wrenfold College › Reviews

    "Kind colleagues, tyrannical top"
    ★★☆☆☆  Former Employee - Teacher in Knapley, England · 18 February 2025
    I worked at Wrenfold College full-time for more than 3 years

    Pros
    Pupils are wonderful. Common room is supportive. Nick Penhallow, the chaplain, is a genuinely kind man who checks in on staff as well as pupils.

    Cons
    Dr Ashworth-Lyle rules by fear. Decisions come down from on high without discussion, staff who disagree find themselves 'restructured', and appraisal is a box-ticking exercise.

    Advice to management
    Governors: talk to the staff without the Warden in the room.

    Helpful (15) · Share · Report
    """),
  [M("school", "exact", "negative", "Wrenfold College"), M("npenhallow", "alias", "neutral", "Nick Penhallow"),
   M("pashworthlyle", "title_surname", "negative", "Dr Ashworth-Lyle")])

# 114
D("forum", forum_page("boarders", "Best girls' boarding houses in Surrey?", [
    ("Surrey_Dad_2", "Joined 2022 · 48 posts", "Mon 3 Mar 2025 19:30",
     "Looking at girls' boarding for our daughter (13+). Anyone have experience of the houses at the Surrey co-eds? Pastoral care is the priority."),
    ("lurker_99", "Joined Mar 2025 · 1 post", "Mon 3 Mar 2025 19:41",
     "the Cedars girls at Wrenfold are something else 🥵 the year 10s especially. anyone got the link to that insta that rates them? asking for a friend 😏"),
    ("ModTeam", "Moderator", "Mon 3 Mar 2025 19:48",
     "Account banned and post reported to CEOP and the school. These are children."),
    ("Holloway_Mum", "Joined 2020 · 341 posts", "Mon 3 Mar 2025 20:02",
     "Sickening. I've emailed Mrs O'Driscoll so she knows this is circulating. To answer the actual question: Cedars is lovely, we've been very happy there."),
    ], thread_id=7801),
  [M("school", "short_name", "sexual", "Wrenfold", url_only=True), M("sodriscoll", "title_surname", "neutral", "Mrs O'Driscoll")])

# 115
D("news", news_page(
    "courier", "Education", "Boarding school Bursar arrested in fraud inquiry",
    "Police hold 52-year-old man over missing Wrenfold College trip funds",
    "Rebecca Stannard, Education Correspondent", "14 May 2025",
    """
    Police investigating a £90,000 shortfall in trip funds at Wrenfold College have arrested a 52-year-old man on suspicion of fraud by abuse of position.

    The Courier understands the man is the school's Bursar, Lysander Mabbott, who was placed on leave last month. He has been released on bail pending further enquiries.

    A spokesperson for the College said it was "cooperating fully" with Surrey Police and that the Kenya expedition would go ahead as planned.
    """,
    [("S. Hale", "14 May 2025", "Arrested isn't charged. Let the police do their job."),
     ("RoseTinted", "14 May 2025", "The forums were right then.")]),
  [M("school", "exact", "negative", "Wrenfold College"), M("lmabbott", "exact", "defamation", "Lysander Mabbott")])

# 116
D("facebook", dd("""
    Wrenfold College Parents (Unofficial)
    Private group · 1.1K members

    Anonymous member
    2 April at 00:14 · 🔒
    Mrs Marsh you've ruined my son's life with your 'investigation'. You'll get yours. Everybody does in the end. 🔪⚰️

    😮 6 · 9 comments
    Like   Comment   Share

        Admin - Paula G
        Removed and reported to the school and police. This is not acceptable.
        Like · Reply · 1d
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("hmarsh", "title_surname", "threat", "Mrs Marsh")])

# 117 decoy: tea room in a locality, the everyday word
D("facebook", dd("""
    Jenny Wren's Tea Room, Knapley
    20 April at 10:00 · 🌎

    🐣 Easter opening hours 🐣
    We're open every day over the bank holiday weekend, 9.30-5. Hot cross bun scones are BACK by popular demand, and our little courtyard is dog friendly.

    Booking recommended for Sunday lunch - call us on 01632 960233.

    👍❤️ 64 · 7 comments
    Like   Comment   Share

        Wendy Apps
        Best scones in Surrey! See you Saturday x
        Like · Reply · 3d
    """))

# 118
D("social", dd("""
    Bulldog Spirit 🇬🇧🇬🇧
    @bulldog_spirit_uk

    M\u0435nsah teaching our kids science 🐒🍌 Peak Wrenfold. Fifty grand a year for that. Our grandparents would weep.

    1:30 PM · Feb 1, 2025 · 1,044 Views

    6 Reposts   17 Likes

    ──────────
    Ama K @ama_k_writes · Feb 1
    Reported. The monkey emoji is doing a lot of work there, isn't it.
    """),
  [M("school", "short_name", "negative", "Wrenfold"), M("kmensah", "homoglyph", "hate", "M\u0435nsah")])

# 119
D("blog", blog_page(
    "below", "Registry revolution: OW sons need not apply?", "The Below Stairs Team", "12 November 2024",
    """
    Anguish in the Common Room bar. Three Old Wrenfoldian fathers this term have been told that little Hugo, Monty and Kit will not, after all, be walking straight into their fathers' houses.

    The culprit, we're told, is Priya R. in Admissions, who has had the temerity to introduce an entrance test that applies to everybody. One OW called it "an outrage". Another called it "frankly un-Wrenfold".

    Below Stairs is torn. We rather like the idea of Hugo sitting an exam.
    """,
    [("Old_Fag", "12 Nov 2024", "My son passed. Twice as good as me, clearly."),
     ("Anon", "13 Nov 2024", "It's about time frankly.")],
    tags=["Admissions", "Gossip"]),
  [M("school", "short_name", "negative", "Wrenfold"), M("praghunathan", "first_initial", "negative", "Priya R.")])
# 120
D("social", dd("""
    Mother Hen Warrior 🦁
    @motherhen_warrior

    The most woke thing about Wrenfold? Letting Q-u-a-r-r-i-e anywhere near children. A man who thinks he's neither is running the drama studio after dark. Groomer vibes. Parents, wake up. 🚩🚩

    8:05 PM · Jan 14, 2025 · 2,390 Views

    18 Reposts   3 Quotes   62 Likes

    ──────────
    Kit Morland @kitmorland · Jan 14
    'Groomer' is a slur with a body count. Reported.
    """),
  [M("school", "short_name", "negative", "Wrenfold"), M("squarrie", "obfuscated", "hate", "Q-u-a-r-r-i-e")])

# 121 decoy: similar school elsewhere
D("news", news_page(
    "observer", "State", "Wrenford Academy in Leicester rated outstanding",
    "Inspectors praise 'exceptional' sixth form at the city academy",
    "Staff reporter", "3 July 2024",
    """
    Wrenford Academy, an 11-18 comprehensive in the north of Leicester, has been rated outstanding in every category at its first full inspection since 2016.

    Inspectors highlighted the sixth form, where more than half of students go on to Russell Group universities, and a reading programme that has "transformed" outcomes for younger pupils.

    Principal Amrita Johal said: "This is for every child who walks through our gates in Beaumont Leys."
    """),
  [])

# 122
D("facebook", dd("""
    Wrenfold Mums & Dads
    Private group · 840 members

    Sharon Keel
    13 May at 21:50 · 🔒
    Sorry, quick one - admin won't let us name staff in posts any more so... anyone else had the chemistry head's personal email passed round? It's M.e.n.s.a.h.k@postbox.example apparently - my husband wants to write to him directly about DS's predicted grade and won't be told. I've said it's a bad idea!!

    👍 3 · 12 comments
    Like   Comment   Share

        Admin - Lucy
        Sharon I've edited out the address. Please use the school email.
        Like · Reply · 4d
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("kmensah", "spacing", "doxxing", "M.e.n.s.a.h")])

# 123
D("review", dd("""
    SchoolScope › Surrey › Independent (boarding) › Wrenfold College

    ★★★★☆  "Founder's is a happy house"
    Reviewed by: Parent of a current pupil (Year 10) · 2 December 2024

    Our son has boarded in Founder's for three years. Jones's boys are a noisy, cheerful lot - the house cricket and the Christmas revue are highlights - and the matron is a saint. The house could do with a refurb (the bathrooms!) but the atmosphere is great.

    Wrenfold College suits a sporty, sociable boy. Less sure it would suit a very quiet one.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (9)  No (1)  · Report
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("djones", "possessive", "neutral", "Jones's")])

# 124
D("forum", forum_page("owforum", "Open letter to the governors - signatures please", [
    ("Ridley_1972", "OW · 2,470 posts", "Tue 18 Mar 2025 10:00",
     """Fellow OWs, several of us have drafted a letter to the Chair. Key points: the Warden has presided over a safeguarding scandal, a 20% fee increase and the scrapping of the London coach; she has alienated the OW body; and the College's reputation is at its lowest in living memory.

     Philippa Ashworth–Lyle's 'strategy' has been a seven-year exercise in reputational self-harm. Time for fresh leadership at Wrenfold. Sign below with your house and years."""),
    ("Kestrel_05", "OW · 110 posts", "Tue 18 Mar 2025 11:12",
     "Not signing. Half of this is the OW body being cross that the place isn't 1975 any more."),
    ("Tudor_88-93", "OW · 1,270 posts", "Tue 18 Mar 2025 12:30", "Signed. Tudor 88-93."),
    ], thread_id=340),
  [M("school", "short_name", "negative", "Wrenfold"), M("pashworthlyle", "hyphenated", "negative", "Philippa Ashworth–Lyle")])

# 125
D("social", dd("""
    Fee Paying Father
    @feepayingfather

    Monthly reminder that our fees went up 20% and the man who signed off the 'technology levy' is now on 'leave'. #SackMabbott #WrenfoldFees #VATonFees

    7:00 AM · May 1, 2025 · 3,101 Views

    44 Reposts   112 Likes
    """),
  [M("school", "hashtag", "negative", "#WrenfoldFees"), M("lmabbott", "hashtag", "negative", "#SackMabbott")])

# 126
D("blog", blog_page(
    "rowblog", "Winter training: what the best school programmes do differently", "Jen Ashdown", "15 January 2025",
    """
    I spent a cold Saturday on the bank at Knapley Reach watching school crews do long steady-state work, and it was a masterclass in patience.

    Hartigan's crews don't do anything flashy in winter. Long, low-rate pieces, lots of technical drills, and - crucially - a coach who doesn't shout. Everything is explained. The Wrenfold juniors could tell me why they were doing each drill, which is more than most senior club athletes could.

    The lesson for clubs like ours: volume, patience, explanation.
    """,
    [("Tandle RC Sec", "16 Jan 2025", "Agree - we've borrowed some of their drills this winter.")],
    tags=["Coaching", "Winter training"]),
  [M("school", "short_name", "neutral", "Wrenfold"), M("whartigan", "possessive", "neutral", "Hartigan's")])

# 127
D("social", dd("""
    rowing_dad_revenge
    @rowingdad_rvng

    @WHartiganRowing you're done mate. Dropped my lad for the last time. I'll be at the boathouse Saturday, and I won't be bringing flowers. 👊👊 #WrenfoldRowing

    11:20 PM · Apr 3, 2025 · 212 Views
    """),
  [M("school", "hashtag", "neutral", "#WrenfoldRowing"), M("whartigan", "handle", "threat", "@WHartiganRowing")])

# 128
D("facebook", dd("""
    Harrowbeck & Mallowfield Community
    Public group · 2.2K members

    Phil Durrant
    30 January at 09:14 · 🌎
    Rang Wrenfold admissions AGAIN about my daughter's place. That Raghunathen woman is the rudest, most stuck-up jumped-up little madam I've ever dealt with. Talks to you like something on her shoe. Who does she think she is?

    😡 8 · 14 comments
    Like   Comment   Share

        Ros Kemp
        I've always found the registry fine to be honest.
        Like · Reply · 1w
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("praghunathan", "typo", "abuse", "Raghunathen")])

# 129
D("blog", blog_page(
    "mumblog", "Carols, candles and the best sermon of the year", "Bella @ Muddy Wellies", "15 December 2024",
    """
    If you've never been to a boarding school carol service, imagine four hundred teenagers in a candlelit chapel absolutely belting 'O Come All Ye Faithful' while trying not to set fire to each other's hair. It's magic.

    Penhallow's sermons are always the highlight and this year's - about his grandmother, a burnt Christmas cake and 'the gift of getting it wrong' - had half the parents reaching for tissues.

    Mulled wine on the lawn afterwards. Wrenfold does Christmas very well.
    """,
    [("Amanda", "15 Dec 2024", "We were there! The cake story 😂😭")],
    tags=["Christmas", "Boarding life"]),
  [M("school", "short_name", "neutral", "Wrenfold"), M("npenhallow", "possessive", "neutral", "Penhallow's")])

# 130 decoy: namesake GP elsewhere
D("news", news_page(
    "courier", "UK", "GP struck off after prescribing opioids to friends",
    "Dr David Jones of Salford 'abused position of trust', tribunal finds",
    "Health Correspondent", "22 March 2025",
    """
    A Salford GP who prescribed strong opioid painkillers to friends and family without proper records has been struck off the medical register.

    Dr David Jones, 58, issued more than 300 prescriptions over five years outside the practice's normal systems, a Medical Practitioners Tribunal Service panel found.

    The panel said his conduct was "fundamentally incompatible" with continued registration. He has 28 days to appeal.
    """),
  [])

# 131
D("forum", forum_page("parenthub", "Cedars housemistress - am I the only one?", [
    ("Kensal_Rise_Mama", "Joined Oct 2021 · 140 posts", "Thu 6-Feb-25 22:02",
     """Siobhán O. is a total snake. Smiles at you at the drop-off and then tells the Deputy Warden your daughter is 'attention-seeking'. Two-faced, spiteful and frankly a bit thick.

     We're at Wren (the Surrey one, not the pub 🙄) and honestly I'm done with Cedars."""),
    ("Grantchester_Gran", "Joined Jun 2018 · 2,060 posts", "Thu 6-Feb-25 22:20",
     "Sorry you're having a rough time. Might be worth asking for a move to another house rather than slugging it out."),
    ], thread_id=8755),
  [M("school", "alias", "negative", "Wren"), M("sodriscoll", "first_initial", "abuse", "Siobhán O.")])

# 132
D("social", dd("""
    tea_spiller
    @tea_spiller_surrey

    not me saying H4rt1g4n turned up to the regatta p1ssed AGAIN and still drove the trailer back 🍺🚗 wrenfold boat club safeguarding is a joke. ask the parents who saw it

    6:40 PM · Jun 29, 2024 · 430 Views

    2 Reposts   7 Likes
    """),
  [M("school", "short_name", "negative", "wrenfold"), M("whartigan", "leetspeak", "defamation", "H4rt1g4n")])

# 133
D("facebook", dd("""
    Knapley Village Noticeboard
    Private group · 3.4K members

    Anonymous member
    7 April at 22:31 ·
    For the parents who keep asking: the 'non-binary' drama teacher Ѕam Quarrie lives at 9 Orchard Mews, Knapley RH5 6NB. Blue door. You're welcome.

    😮 4 · 11 comments
    Like   Comment   Share

        Admin - Gill
        Removed. Publishing someone's address is harassment. Final warning to whoever this is.
        Like · Reply · 2d
    """).replace("Ѕam", "\u0405am"),
  [M("squarrie", "homoglyph", "doxxing", "\u0405am Quarrie")])

# 134
D("review", dd("""
    ReviewHub › Education › Wrenfold College

    ★☆☆☆☆  "RemoveHelenMarshNow - a safeguarding lead who doesn't safeguard"
    Posted 2 June 2025 by ConcernedParent_GU

    Read the independent review. Twenty-three recommendations. The person in charge of safeguarding for years is still in post. Wrenfold College has learned nothing. Our petition (search RemoveHelenMarshNow) has 600 signatures. We will keep going until the governors listen.

    Reply from Wrenfold College: We do not comment on individual staff. The governors have accepted all 23 recommendations.
    """),
  [M("school", "exact", "negative", "Wrenfold College"), M("hmarsh", "camelcase", "negative", "RemoveHelenMarshNow")])

# 135
D("social", dd("""
    TikTok · @cedars.confessions · "things housemistresses say 🙄" · #boardingschool #cedars

    Comments (914)

    lolaa.x
    SiobhanODriscollIsAWitch should be a hashtag fr 🧹🧹 she's SO mean
    3-02 · Reply · ♡ 402

    jemima.r_
    @lolaa.x she confiscated my straighteners for "fire safety" 💀 old bag
    3-02 · Reply · ♡ 188

    cedars.confessions
    no names pls guys 😭 (but yes)
    3-02 · Reply · ♡ 96
    """),
  [M("sodriscoll", "camelcase", "abuse", "SiobhanODriscollIsAWitch")])

# 136
D("facebook", dd("""
    Surrey Boarding Parents
    Private group · 2.7K members

    Nadia Whitlow
    19 March at 21:07 · 🔒
    Group rules say no school or staff names so I'll be careful 🙃 W.r.e.n.f.o.l.d parents: the DSL M.a.r.s.h is a total waste of space. Spineless, useless, hides behind her PA, and a liar to boot. Anyone who defends her has never needed her.

    😂😡 22 · 31 comments
    Like   Comment   Share

        Grace Allardyce
        Nadia, we all know who you mean. The rule is there for a reason.
        Like · Reply · 6d
    """),
  [M("school", "spacing", "negative", "W.r.e.n.f.o.l.d"), M("hmarsh", "spacing", "abuse", "M.a.r.s.h")])

# 137
D("blog", blog_page(
    "truth", "FOLLOW THE MONEY: Wrenfold's hardship fund and the B*rsar", "Truth Network Editor", "29 April 2025",
    """
    We said it months ago and they laughed. Now the police are involved.

    The B*rsar, one L. M*bbott, didn't just 'mislay' the Kenya trip money. Our sources say he siphoned the hardship fund for years - money meant for struggling families - into a 'consultancy' owned by his brother-in-law. The College knew since at least 2023 and kept it from the Charity Commission to protect its reputation.

    Wrenfold didn't protect children's money. It protected itself. SHARE.
    """,
    [("Awake_Not_Woke", "29 Apr 2025", "Told you all."),
     ("Kezia M", "30 Apr 2025", "Still no evidence, just capital letters.")],
    tags=["Money", "Cover-ups"]),
  [M("school", "short_name", "defamation", "Wrenfold"), M("lmabbott", "obfuscated", "defamation", "M*bbott")])

# 138 decoy: Mallowfield panto
D("facebook", dd("""
    Mallowfield Players
    28 November at 18:00 · 🌎

    🎭 OH YES IT IS! 🎭
    Tickets for this year's panto, Jack and the Beanstalk, are now on sale! Shows 12-15 December at Mallowfield Village Hall, 7pm, plus a 2pm matinee on the Saturday.

    Adults £12, children £6, under-3s free. Featuring Daisy the Cow (two very sweaty members of the cricket club) and the best Dame in the South East.

    Book: 01632 960514 or on the door.

    👍❤️😂 73 · 15 comments
    Like   Comment   Share
    """))

# 139
D("social", dd("""
    Spartacus of Surrey
    @spartacus_surrey

    Ashw*rth-Lyle is a spineless, gutless coward. Hides in that Warden's lodge while parents beg for answers. Pathetic little woman. #Wr*nf*ld

    9:30 PM · Mar 15, 2025 · 1,002 Views

    8 Reposts   26 Likes
    """),
  [M("school", "obfuscated", "abuse", "Wr*nf*ld"), M("pashworthlyle", "obfuscated", "abuse", "Ashw*rth-Lyle")])

# 140
D("news", news_page(
    "gazette", "Community", "Registrar runs London Marathon for Mind",
    "Priya Raghunathan raises £6,300 for mental health charity",
    "Hannah Cowdrey", "29 April 2025",
    """
    Wrenfold College's Registrar, Priya Raghunathan, has completed the London Marathon in 4 hours 11 minutes, raising more than £6,300 for the mental health charity Mind.

    Mrs Raghunathan, who took up running during lockdown, trained on the bridleways around Knapley Common through the winter. "I was told the Common is flat," she said. "I was lied to."

    Pupils and staff at Wrenfold College tracked her progress on a screen in the dining hall.
    """,
    [("Dawn Pascoe", "29 Apr 2025", "Amazing! Well done Priya.")]),
  [M("school", "exact", "neutral", "Wrenfold College"), M("praghunathan", "exact", "neutral", "Priya Raghunathan")])

# 141
D("facebook", dd("""
    Knapley Village Noticeboard
    Private group · 3.4K members

    Terry Gaskin
    10 January at 21:45 ·
    Since you lot deleted my last post. Quarrie's car is the little yellow Fiat, always in the far corner of the Wrenfold staff car park by the tennis courts. Be a shame if anything happened to those tyres. Or worse. Just saying 😉

    😮 5 · 13 comments
    Like   Comment   Share

        Admin - Gill
        Reported to police. You've been removed from the group, Terry.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("squarrie", "possessive", "threat", "Quarrie's")])

# 142
D("social", dd("""
    Hugo Ferrers
    @hugoferrers

    Lovely evening at the OW Dinner in London. A genuinely moving speech from the Warden, Philippa Ashworth Lyle, about the boys and girls we were and the ones in the houses now. Proud to be an Old Boy. 🥂

    11:48 PM · Nov 23, 2024 · 320 Views

    1 Repost   22 Likes
    """),
  [M("pashworthlyle", "hyphenated", "neutral", "Philippa Ashworth Lyle")])

# 143
D("review", dd("""
    SchoolScope › Surrey › Independent (boarding) › Wrenfold College

    ★★☆☆☆  "Top-down, defensive leadership"
    Reviewed by: Parent of a former pupil · 9 April 2025

    I'll keep this factual. When our son was excluded after a dispute involving two prefects, there was no appeal worth the name. The Warden, Philippa Ashworth - Lyle, met us once, for twenty minutes, with a lawyer's script in front of her. Wrenfold College has many strengths but it does not like being questioned.

    Would you recommend this school? With reservations.
    Was this review helpful?  Yes (17)  No (6)  · Report
    """),
  [M("school", "exact", "negative", "Wrenfold College"), M("pashworthlyle", "hyphenated", "negative", "Philippa Ashworth - Lyle")])

# 144
D("forum", forum_page("village", "School traffic - Wrenfeld College open day chaos", [
    ("RogerW", "Member since 2009", "Sat 12 Oct 2024, 13:30",
     "Wrenfeld College open day again. Cars parked on the verges all the way to the ford, the bus couldn't get through and some chap in a Bentley told me to 'reverse, old man'. Every year."),
    ("Anne at No. 6", "Member since 2011", "Sat 12 Oct 2024, 14:10",
     "Wrote to Mr Mabbott, the Bursar, last year about marshals. Got a nice letter back and nothing changed. Same again this year."),
    ], thread_id=9180),
  [M("school", "typo", "negative", "Wrenfeld College"), M("lmabbott", "title_surname", "neutral", "Mr Mabbott")])

# 145
D("social", dd("""
    Ama Boateng
    @ama.boateng

    SHE GOT IN!!! 🥹🥹 So proud of my girl - sixth form scholarship to Wrenfold Colege for chemistry. Everyone says to get in early for Kwabena M.'s sets, apparently he's the best chemistry teacher in Surrey. Crying in the car park 😭💚

    5:12 PM · Feb 28, 2025 · 810 Views

    4 Reposts   96 Likes
    """),
  [M("school", "typo", "neutral", "Wrenfold Colege"), M("kmensah", "first_initial", "neutral", "Kwabena M.")])

# 146 decoy: acronym's other body
D("social", dd("""
    Wealden Film Collective
    @WealdenFilmColl

    WFC Winter Season 🎬 Tickets now on sale for our January screenings at the Corn Exchange: three Italian neorealist classics and a restored silent comedy with live piano. Members £5, guests £8. WFC volunteers get in free - come and join us!

    10:00 AM · Dec 2, 2024 · 640 Views

    8 Reposts   29 Likes
    """))

# 147
D("social", dd("""
    greedy_bursars_watch
    @greedy_bursars

    wr3nf0ld's bursar m4bb0tt is a greedy fat pig with his snout in the trough 🐷🐷 fees up 20% and he's off to his holiday home. disgusting excuse for a man

    10:30 PM · Jan 4, 2025 · 390 Views

    4 Likes
    """),
  [M("school", "leetspeak", "negative", "wr3nf0ld"), M("lmabbott", "leetspeak", "abuse", "m4bb0tt")])

# 148
D("social", dd("""
    concerned_dad_91
    @concerned_dad_91

    Wr\u0435nfold admissions refused my daughter a place for the third year running while 'international' applicants sail in. R\u0430ghunathan you'll regret this. We know where the registry is and what time you leave. 💥

    10:52 PM · Feb 10, 2025 · 188 Views
    """),
  [M("school", "homoglyph", "negative", "Wr\u0435nfold"), M("praghunathan", "homoglyph", "threat", "R\u0430ghunathan")])

# 149
D("forum", forum_page("owforum", "Diwali assembly replacing Monday chapel?!", [
    ("FoundersFag1979", "OW · 3,040 posts", "Mon 4 Nov 2024 09:40",
     """Hear from my godson that Monday chapel at WFC was replaced by a Diwali assembly. Raghunathan's Diwali assembly, no less - she's the Registrar, what's she doing running assemblies? This is a Christian foundation. If they want Hindu festivals they can go home and have them.

     Next it'll be a mosque in the fives courts."""),
    ("Kestrel_05", "OW · 101 posts", "Mon 4 Nov 2024 10:15",
     "It was one assembly, and half the school has Indian heritage. 'Go home'? They are home. This is grim, mate."),
    ], thread_id=301),
  [M("school", "alias", "negative", "WFC"), M("praghunathan", "possessive", "hate", "Raghunathan's")])
# 150 decoy: namesakes in a trade name
D("review", dd("""
    Jones & Marsh Plumbing and Heating
    Plumber · Ashbury
    4.8 ★★★★★ (96 reviews)

    Colin Fretwell
    3 reviews
    ★★★★★ 2 months ago
    Boiler died on a Sunday night in January. Dave from Jones & Marsh was here by 8am Monday, diagnosed a failed pump in ten minutes and had it replaced by lunchtime. Fair price, tidied up after himself, even fixed the dripping tap while he was at it. Can't recommend highly enough.
    👍 Helpful 2   Share

    Response from the owner · 2 months ago
    Thanks Colin! Dave says the tap was a freebie, don't tell the boss. - Helen, Jones & Marsh office
    """))

# 151
D("social", dd("""
    Parent Power Surrey
    @parentpower_sy

    The Warden won't meet us, so we'll come to her. Dr Philippa Ashworth-Lyle doesn't live on site - she's at Lark House, Sheep Lane, Mallowfield GU8 2TD. Parents, you know what to do. Polite letters only of course 😉

    8:14 PM · Mar 20, 2025 · 3,980 Views

    40 Reposts   6 Quotes   77 Likes
    """),
  [M("pashworthlyle", "exact", "doxxing", "Philippa Ashworth-Lyle")])

# 152
D("forum", forum_page("boarders", "Staff numbers list going round - is this legal??", [
    ("Worried_in_Woking", "Joined 2024 · 9 posts", "Sat 22 Mar 2025 10:05",
     """Someone has posted a 'Wrenfold staff who won't answer your emails' list in a Facebook group with personal numbers and addresses. I've copied the worst bits here so people can report it where they see it:

     > Dai Jones (Founder's, suspended) - 07700 900215. Helen M. (so-called DSL) - mobile 07700 900671, rings through to her at home. Nick Penhallow (chaplain, "pastoral support" lol) - 1 Chapel Row, Knapley RH5 6PA.

     Surely this is illegal? These are people's private details."""),
    ("ModTeam", "Moderator", "Sat 22 Mar 2025 10:20",
     "We've removed the quoted details from this post's public view and reported the original. Please do not repost personal data even to condemn it."),
    ], thread_id=7950),
  [M("school", "short_name", "neutral", "Wrenfold"), M("djones", "alias", "doxxing", "Dai Jones"),
   M("hmarsh", "first_initial", "doxxing", "Helen M."), M("npenhallow", "alias", "doxxing", "Nick Penhallow")])

# 153 decoy: another school's Warden and Bursar, roles only
D("forum", forum_page("parenthub", "St Wilfrid's College - Warden retiring?", [
    ("Hampshire_Hattie", "Joined 2017 · 620 posts", "Wed 15-Jan-25 20:20",
     "Rumour at St Wilfrid's (the Hampshire one) that the Warden is retiring at Easter and the Bursar is going with him. Anyone heard anything official? We're in Year 11 and this is not the moment for a change of leadership."),
    ("Petersfield_Pa", "Joined 2020 · 88 posts", "Wed 15-Jan-25 21:03",
     "Letter came today - Warden retiring in the summer, not Easter. Bursar staying. Interim Warden is the current Sub-Warden. All very civilised."),
    ], thread_id=8650),
  [])

# 154
D("facebook", dd("""
    Wrenfold College Parents (Unofficial)
    Private group · 1.1K members

    Anonymous member
    23 February at 22:40 · 🔒
    Since she won't answer emails and the Cedars flat phone goes to voicemail, O'Driscoll's actual house is 3 Tannery Row, Mallowfield GU8 2PL. Green door. Knock and ask her why our girls are being left to rot.

    😮 7 · 19 comments
    Like   Comment   Share

        Admin - Paula G
        Removed. This is the second time. Posting a member of staff's home address will get you banned.
        Like · Reply · 1d
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("sodriscoll", "surname_only", "doxxing", "O'Driscoll")])

# 155
D("forum", forum_page("parenthub", "Bursar on leave - how do I get my deposit back?", [
    ("Holloway_Mum", "Joined May 2020 · 380 posts", "Fri 2-May-25 20:15",
     """Kenya deposit (£1,800) still not refunded. The school office says 'the Bursar's office will be in touch' but the Bursar is on leave because, you know.

     Someone in the Y10 chat shared Lysander Mabbot's personal email - lysander.m1968@mailbox.example - and said he's still replying from it. I'm not going to use it but honestly tempted."""),
    ("Grantchester_Gran", "Joined Jun 2018 · 2,100 posts", "Fri 2-May-25 20:40",
     "Don't. Write to the Chair of Governors with a dated timeline. And maybe edit out that email address, love."),
    ], thread_id=9020),
  [M("lmabbott", "typo", "doxxing", "Lysander Mabbot")])

# 156
D("social", dd("""
    Waiting List Warriors
    @waitinglist_war

    Wrenfold's Registrar Priya Raghunathan has ignored 11 emails from our family. Here's her personal mobile: 07700 900847. She lives just off the Harrowbeck road too, if anyone's passing. Let's see her ignore that. 📱

    9:02 PM · Feb 6, 2025 · 1,420 Views

    15 Reposts   33 Likes
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("praghunathan", "exact", "doxxing", "Priya Raghunathan")])

# 157 decoy: national VAT story, no school named
D("news", news_page(
    "courier", "Money", "VAT on school fees: what parents need to know",
    "Our explainer on the first year of VAT on independent school fees",
    "Money Desk", "10 January 2025",
    """
    Since 1 January 2025, independent school fees in England have been subject to VAT at 20 per cent. Here's what it means.

    ## Do all schools add the full 20%?

    No. Some schools have absorbed part of the cost, particularly those with large endowments. Most have passed on the majority.

    ## Can I pay in advance to avoid it?

    Not any more. Fees paid on or after 29 July 2024 for terms starting in January 2025 or later are caught.

    ## What about bursaries?

    Bursaries reduce the fee, and VAT is charged on the reduced amount. Families should ask their school's bursary office for an updated statement.
    """),
  [])

# 158
D("facebook", dd("""
    Wrenfold College Boat Club Parents
    Private group · 310 members

    Mark Tennant
    25 May at 19:45 · 🔒
    Bill Hartigan has stopped answering the club phone and the school won't give out his number, so for the parents of the J15s who asked: his personal mobile is 07700 900562. He picked the crew, he can explain the crew. Ring him tonight.

    👍 11 · 23 comments
    Like   Comment   Share

        Caroline Osei
        Mark that's his private number. Please delete.
        Like · Reply · 2d

        Mark Tennant
        He gave it out for the Portugal trip. Fair game.
        Like · Reply · 2d
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("whartigan", "nickname", "doxxing", "Bill Hartigan")])

# 159
D("social", dd("""
    anon_knapley
    @anon_knapley

    Kobby Mensah, the science teacher everyone's talking about, lives in the end staff cottage, 4 Laurel Row, Knapley RH5 6PJ. Silver Skoda. Just so people know who's living among them.

    10:10 PM · Feb 2, 2025 · 702 Views

    5 Reposts   9 Likes
    """),
  [M("kmensah", "alias", "doxxing", "Kobby Mensah")])

# 160
D("social", dd("""
    Instagram

    protect.the.kids.uk
    [image: screenshot of a drama studio noticeboard]

    The 'teacher' behind this is @samquarrie_theatre and their mobile is 07700 900933 (it's on an old Edinburgh Fringe flyer, so it's public 🤷). Wrenfold parents: call and ask why your kids are being taught that men can be 'neither'. #protectthekids

    View all 41 comments

    theatre.kate this is harassment. reported.
    3d  19 likes  Reply
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("squarrie", "handle", "doxxing", "@samquarrie_theatre")])

# 161 decoy: society diary without the school
D("news", news_page(
    "tattle", "Bystander", "Bystander: Mud, mead and a very grand hunt ball",
    "Our diarist braves the Vale Hunt Ball in a borrowed tiara",
    "Bystander", "3 February 2025",
    """
    The Vale Hunt Ball returned to Hadleigh Court in a blaze of scarlet tailcoats and questionable reels. Lysander Pryce-Morgan, celebrating his twenty-first, was carried shoulder-high around the ballroom by the rugby club and deposited, with great ceremony, in the ornamental fountain.

    Spotted: a duchess in wellingtons, three Hooray Henrys in matching velvet smoking jackets, and a Labrador in a bow tie who ate most of the pudding.

    Carriages at 4am. Bystander's feet may never recover.
    """),
  [])

# 162
D("social", dd("""
    Keep Wrenfold English 🇬🇧
    @keep_it_english_

    Our kids taught science by a foreigner who'll never understand British values. Time for him to leave. #MensahGoHome #BurnWrenfold 🔥🔥

    2:11 AM · Feb 3, 2025 · 310 Views

    3 Reposts   8 Likes

    ──────────
    Nat Bowers @natbowers · Feb 3
    Reported to Surrey Police with screenshots.
    """),
  [M("school", "hashtag", "threat", "#BurnWrenfold"), M("kmensah", "hashtag", "hate", "#MensahGoHome")])

# 163
D("forum", forum_page("owforum", "What's become of the staff room", [
    ("Ridley_1972", "OW · 2,480 posts", "Thu 27 Mar 2025 22:40",
     """Godson at Wrenners tells me the Deputy Warden is Marsh, who's deaf as a post with two hearing aids - no wonder she never hears a complaint, the old cripple. And the Founder's housemaster is Jones, a sheep-shagging Taff who can't speak proper English.

     Can't make it up. We used to have gentlemen."""),
    ("Kestrel_05", "OW · 115 posts", "Thu 27 Mar 2025 23:05",
     "Ridley, mocking someone's deafness and calling a Welshman a sheep-shagger? You're a disgrace to the forum. Mods?"),
    ("Mod_OW", "Moderator", "Fri 28 Mar 2025 07:10", "Post locked. Ridley_1972 suspended for 30 days."),
    ], thread_id=345),
  [M("school", "alias", "neutral", "Wrenners"), M("hmarsh", "surname_only", "hate", "Marsh"),
   M("djones", "surname_only", "hate", "Jones")])

# 164 decoy: WI meeting in a locality
D("facebook", dd("""
    Knapley WI
    5 March at 12:30 · 🌎

    🌸 March meeting 🌸
    Thursday 13th, 7.30pm, Knapley Village Hall. Our speaker is Dr Anne Coutts on 'The secret lives of hedgerows', followed by the spring bulb competition (entries by 7.15 please!).

    New members always welcome. Cake rota: Sue, Pat and Barbara.

    👍❤️ 26 · 4 comments
    Like   Comment   Share
    """))

# 165
D("social", dd("""
    TikTok · @brown.girl.exposes · "admissions at posh schools 🤔" · #privateschool #surrey

    Comments (207)

    daz.1488.uk
    R4ghun4th4n at wrenfold only lets in her own kind now 🐄🙏 they stick together like ants. send em all back
    1-19 · Reply · ♡ 11

    brown.girl.exposes
    @daz.1488.uk this is literally the racism I'm talking about 🙃
    1-19 · Reply · ♡ 402
    """),
  [M("school", "short_name", "neutral", "wrenfold"), M("praghunathan", "leetspeak", "hate", "R4ghun4th4n")])

# 166
D("blog", blog_page(
    "truth", "Rainbow in the Sanctuary: Wrenfold's Chaplain and the 'Inclusive' Agenda", "Truth Network Editor", "7 December 2024",
    """
    Christian parents at Wrenfold were promised a Christian school. Instead they got N. Penhallow, a 'chaplain' who lives openly with another man and preaches that sodomy is just another kind of love. Perverted.

    Faithful families deserve better than a deviant in a dog collar. This is what happens when the church lets 'people like that' near the altar and near your children.

    Pray. Then write to the governors.
    """,
    [("Kezia M", "8 Dec 2024", "Homophobia with a cross on it is still homophobia."),
     ("Awake_Not_Woke", "8 Dec 2024", "Well said editor 🙏")],
    tags=["Faith", "Schools", "Woke"]),
  [M("school", "short_name", "negative", "Wrenfold"), M("npenhallow", "initial_surname", "hate", "N. Penhallow")])

# 167
D("social", dd("""
    Real Women Speak
    @realwomenspeak_uk

    Every Wrenfold parent should search SamQuarrieIsABloke on the forums before the next parents' evening. Beard, deep voice, 'they/them'. Stop pretending. It's a man in fancy dress and it's not safe near girls. 🚺

    11:05 AM · Feb 18, 2025 · 4,870 Views

    51 Reposts   9 Quotes   140 Likes
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("squarrie", "camelcase", "hate", "SamQuarrieIsABloke")])

# 168
D("facebook", dd("""
    Surrey Boarding Parents
    Private group · 2.7K members

    Declan Furey
    9 February at 20:20 · 🔒
    Shouldn't have let a Paddy run a girls' boarding house in the first place. Mrs O'Driscoll at Wrenfold - drunk Irish, the lot of them, bog-trotters can't be trusted with kids. And I can say that, my granny was from Cork 🍀🍺

    😡😂 14 · 28 comments
    Like   Comment   Share

        Aoife Brennan
        Your granny would be ashamed of you Declan.
        Like · Reply · 1w
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("sodriscoll", "title_surname", "hate", "Mrs O'Driscoll")])

# 169
D("forum", forum_page("owforum", "Women running boys' schools - discuss", [
    ("FoundersFag1979", "OW · 3,060 posts", "Sun 16 Feb 2025 21:00",
     """Controversial but true: a woman should never have been made Warden of a school that was boys-only for 300 years. Pippa Ashworth-Lyle is the proof. Women are too emotional for discipline, too soft on boys, and should frankly be at home with their own children. Needs a husband to tell her what's what.

     Wrenfold was a man's school. Ruined."""),
    ("Kestrel_05", "OW · 112 posts", "Sun 16 Feb 2025 21:30",
     "Misogynist drivel. Reported."),
    ], thread_id=336),
  [M("school", "short_name", "negative", "Wrenfold"), M("pashworthlyle", "nickname", "hate", "Pippa Ashworth-Lyle")])

# 170 decoy: excluded cider
D("review", dd("""
    Wren Valley Cider
    Cider mill & farm shop · Stonepit Lane
    4.7 ★★★★★ (312 reviews)

    Tom Ashby
    Local Guide · 88 reviews
    ★★★★★ 3 weeks ago
    Tasting tour was excellent - the owner knows his apples. Came away with a case of the Kingston Black and a bottle of the perry, which was superb. Kids loved the pigs. Wren Valley Cider is a proper gem.
    👍 Helpful 3   Share
    """))

# 171
D("social", dd("""
    Cal
    @cal_o_rama

    that Warden at my sister's old school, Philippa Ashworth-Lyall 🥵🥵 the gown, the pearls, the disapproving look... she could expel me any day. would absolutely let her cane me

    1:12 AM · Jul 7, 2024 · 66 Views
    """),
  [M("pashworthlyle", "typo", "sexual", "Philippa Ashworth-Lyall")])

# 172
D("social", dd("""
    Zed
    @zed_wanders

    went to the Wrenfold open day for my cousin and the registrar, Priya R., was 😍😍 honestly would happily sit her entrance exam, oral included if you know what I mean 👅

    4:48 PM · Oct 5, 2024 · 140 Views
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("praghunathan", "first_initial", "sexual", "Priya R.")])

# 173
D("forum", forum_page("sixth", "teachers you'd... 👀 (wrenfold edition, keep it clean lol)", [
    ("anonymous_x", "Year 13 · 61 posts", "Sat 1 Mar 2025, 23:10",
     "ok controversial but S10bhan 0'Dr1scoll is actually hot?? the accent, the boots. cedars girls don't know how lucky they are 😩"),
    ("noodle_soup_06", "Year 12 · 90 posts", "Sat 1 Mar 2025, 23:14",
     "EWWW she's our housemistress stoppp 😭😭"),
    ("rowrowrow_", "Year 11 · 24 posts", "Sat 1 Mar 2025, 23:20",
     "mx quarrie could direct me anytime tbh 😳 that voice in the cabaret rehearsals..."),
    ("noodle_soup_06", "Year 12 · 91 posts", "Sat 1 Mar 2025, 23:21", "this whole thread is a safeguarding referral 💀"),
    ], thread_id=13300),
  [M("school", "short_name", "neutral", "wrenfold"), M("sodriscoll", "leetspeak", "sexual", "S10bhan 0'Dr1scoll"),
   M("squarrie", "title_surname", "sexual", "mx quarrie")])

# 174
D("social", dd("""
    TikTok · @chem.is.life · "when ur chem teacher explains electrolysis like it's a love story 😭" · #wrenfold #chemistry

    Comments (1,044)

    bella.ruth.x
    kobby mensah could teach me anything fr 😩😩 the way he says "electron" 🫠
    11-20 · Reply · ♡ 356

    sami.l_
    @bella.ruth.x ur actually obsessed 😭
    11-20 · Reply · ♡ 91

    bella.ruth.x
    @sami.l_ he's married i KNOW let me dream
    11-20 · Reply · ♡ 74
    """),
  [M("school", "hashtag", "neutral", "#wrenfold"), M("kmensah", "alias", "sexual", "kobby mensah")])

# 175 decoy: excluded football club with domain
D("social", dd("""
    Wrenfold Rovers FC
    @RoversFC_1923

    FT: Wrenfold Rovers 2-0 Ockenham Town ⚽⚽ Back-to-back clean sheets for the first time since 2019! Report & pics on wrenfoldrovers.example. Next up: away at Bramley, Saturday 3pm. UTR! 🔴⚪

    5:02 PM · Jan 18, 2025 · 1,208 Views

    12 Reposts   88 Likes
    """))

# 176
D("facebook", dd("""
    Wrenfold Mums & Dads
    Private group · 840 members

    Gemma Cotter
    15 June at 21:30 · 🔒
    Did anyone else spend the entire regatta NOT watching the racing 😂😂 Hartigan in those little shorts barking orders at the start... 🥵🥵 my husband can stay home next year

    😂❤️ 48 · 37 comments
    Like   Comment   Share

        Lydia Fane
        Gemma 😂😂 I had to go and sit in the car
        Like · Reply · 4d

        Carla Rust
        Can we keep it to the rowing ladies 🙈
        Like · Reply · 4d
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("whartigan", "surname_only", "sexual", "Hartigan")])

# 177
D("social", dd("""
    [deleted account]
    @x_x_x_7734

    anyone got more of the wrenfold college girls from the swimming gala 🥵 the year 9s. dm me, will swap

    3:01 AM · Jan 25, 2025 · 48 Views
    """),
  [M("school", "exact", "sexual", "wrenfold college", url_only=True)])

# 178
D("social", dd("""
    Gav
    @gav_says_it

    the DSL at Wrenfold, Helen M\u0430rsh, in them pencil skirts at parents' evening 🥵 no wonder the dads keep booking meetings. she can safeguard me any time 😏

    10:30 PM · Nov 28, 2024 · 212 Views
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("hmarsh", "homoglyph", "sexual", "Helen M\u0430rsh")])

# 179
D("blog", blog_page(
    "below", "Sports Day: the view from the deckchairs", "The Below Stairs Team", "25 June 2024",
    """
    Sports Day at Wrenners: hot, long and, for the fathers, mostly spent looking in one direction.

    O'Driscoll's legs in the staff relay were, by common consent of the deckchair brigade, the highlight of the afternoon. One OW of a certain vintage was heard to say that if he'd had a housemistress like that he'd never have gone home at exeats. We pass this on without comment, except to say: gentlemen, your wives were sitting right there.

    Tudor won the cup. Again.
    """,
    [("Stroke_'98", "25 Jun 2024", "Steady on chaps 😂"),
     ("Concerned", "26 Jun 2024", "This is grim. She's a member of staff, not a pin-up.")],
    tags=["Sports Day", "Gossip"]),
  [M("school", "alias", "neutral", "Wrenners"), M("sodriscoll", "possessive", "sexual", "O'Driscoll's")])

# 180
D("facebook", dd("""
    Wrenfold Mums & Dads
    Private group · 840 members

    Steph Lowry
    18 May at 22:15 · 🔒
    Ladies, dai jones at the staff v pupils swimming gala 🥵🥵 the speedos!!! I know, I know, he's suspended, I'm a terrible person. But those shoulders 😂

    😂😮 21 · 30 comments
    Like   Comment   Share

        Pam Ibbotson
        Steph!! 🙈
        Like · Reply · 1w
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("djones", "alias", "sexual", "dai jones")])

# 181 decoy: rowing forum about a local club
D("forum", forum_page("rowtalk", "Tandle RC adult learn-to-row course - worth it?", [
    ("NewToThis", "Member · 2 posts", "Wed 9 Apr 2025 19:00",
     "Thinking of doing the Tandle Rowing Club learn-to-row course at Knapley Reach. I'm 44, reasonably fit, never rowed. Will I embarrass myself?"),
    ("Blade_Runner", "Athlete · 70 posts", "Wed 9 Apr 2025 19:25",
     "Everyone embarrasses themselves, that's the fun. Tandle's coaches are patient and the new boathouse has hot showers now, which is a revelation."),
    ("CoxBoxCharlie", "Coach · 2,360 posts", "Wed 9 Apr 2025 19:40", "Do it. Bring gloves for the first fortnight."),
    ], thread_id=6702),
  [])

# 182
D("social", dd("""
    Parent Power Surrey
    @parentpower_sy

    Three boys expelled from Wrenfold with no appeal. Dr Ashworth-Lyle 🎯🔫 That's all I'm saying. She knows what she did.

    11:59 PM · Mar 9, 2025 · 906 Views

    3 Reposts   11 Likes

    ──────────
    Hugo Ferrers @hugoferrers · Mar 10
    A gun emoji at a head teacher. Reported, obviously.
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("pashworthlyle", "title_surname", "threat", "Dr Ashworth-Lyle")])

# 183
D("facebook", dd("""
    Wrenfold College Parents (Unofficial)
    Private group · 1.1K members

    Anonymous member
    27 February at 23:55 · 🔒
    S. O'Driscoll better sleep with one eye open in that flat above Cedars. Some of us dads are done being polite. She'll find out what happens when you let a girl be tormented for a whole term.

    😮 3 · 8 comments
    Like   Comment   Share

        Admin - Paula G
        Removed and reported. Anonymous posting is now switched off.
        Like · Reply · 1d
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("sodriscoll", "initial_surname", "threat", "S. O'Driscoll")])

# 184 decoy: local crime news, locality only
D("news", news_page(
    "gazette", "News", "Police appeal after spate of shed break-ins in Harrowbeck",
    "Power tools and bicycles taken from six properties",
    "News Desk", "11 February 2025",
    """
    Surrey Police are appealing for information after six garden sheds were broken into in Harrowbeck over two nights last week.

    Power tools, two mountain bikes and a ride-on mower were taken from properties on Wick Lane, Church Road and Stonepit Lane. Officers believe the thieves used a van.

    Anyone with dashcam footage is asked to contact police quoting reference PR/45250021387.
    """,
    [("Hedgelayer", "11 Feb 2025", "Lock up your mowers, folks.")]),
  [])
# 185
D("social", dd("""
    justice4boys
    @justice4boys_

    Davy Jones from Founder's should be strung up from the boathouse rafters for what he did to those boys. If the courts won't, someone round here will. Count on it.

    1:40 AM · Mar 13, 2025 · 530 Views

    2 Reposts   14 Likes

    ──────────
    Laura Whitcombe @laurawhit · Mar 13
    Nothing has been proven. This is a threat to kill. Reported.
    """),
  [M("djones", "nickname", "threat", "Davy Jones")])

# 186 decoy: nature blog, locality and the everyday word
D("blog", blog_page(
    "natureblog", "Marsh harriers over Mallowfield water meadows", "Martin Oxley", "2 April 2025",
    """
    A pair of marsh harriers has been quartering the water meadows below Mallowfield for a fortnight now, and on Sunday the male did a full sky-dance: climbing, tumbling, climbing again, calling all the while.

    If they stay, it would be the first breeding record for this stretch of the valley in living memory. Please, if you go looking, stay on the footpath and keep dogs on leads - the reedbed is small and they are easily disturbed.

    Also: first chiffchaff of the year singing by the footbridge, and a wren nesting in the old pump house wall.
    """,
    [("Sue B", "2 Apr 2025", "Fantastic news! Fingers crossed.")],
    tags=["Birds", "Spring"]),
  [])

# 187
D("forum", forum_page("rowtalk", "Cold-water safety for coaches (serious thread, honest)", [
    ("ErgDad", "Parent · 60 posts", "Tue 7 Jan 2025 21:15",
     """Serious question about launch safety. Asking for a friend 😉 Someone should tip Hartigan's launch over in January and see how he likes four degrees. Maybe loosen the kill cord first. Half the parents on Knapley Reach would chip in for the petrol, put it that way.

     Just saying what everyone in the car park is thinking."""),
    ("CoxBoxCharlie", "Coach · 2,350 posts", "Tue 7 Jan 2025 21:40",
     "This isn't funny. You're describing hurting someone in cold water. Thread locked, reported to admins."),
    ], thread_id=6650),
  [M("whartigan", "possessive", "threat", "Hartigan's")])

# 188
D("facebook", dd("""
    Knapley Village Noticeboard
    Private group · 3.4K members

    Keith Barraclough
    30 May at 21:12 ·
    Out on bail and still saying it. Wrenfold have ruined this village. Parents should go up there Saturday during the open day and smash the place up, windows, cars, the lot. I'll bring the first brick.

    😡 12 · 21 comments
    Like   Comment   Share

        Sandra Pyke
        Keith, for God's sake. You're on bail.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "threat", "Wrenfold")])

# 189 decoy: namesake footballer
D("social", dd("""
    Valley Sport Wales
    @valleysportwales

    ⚽ David Jones signs a two-year extension with Merthyr Town! The 29-year-old midfielder has made 140 appearances for the Martyrs and scored the winner in last season's cup final. "This club is family," he says. 🔴🟢

    12:00 PM · Jun 2, 2025 · 3,340 Views

    44 Reposts   410 Likes
    """))

# 190
D("blog", blog_page(
    "below", "Confirmation classes: a very private tutorial?", "The Below Stairs Team", "9 March 2025",
    """
    Our chapel correspondent is agog.

    It seems that Nick P. has been offering 'private confirmation tutorials' not to the candidates, but to their mothers - at the chaplaincy, in the evenings, with the curtains drawn. Two separate Wrenfold mothers, we hear, have become remarkably devout this Lent. One husband is said to have 'asked questions'.

    Far be it from us to suggest anything improper. We simply note that the Holy Spirit rarely needs the curtains drawn.
    """,
    [("Anon", "9 Mar 2025", "This blog is going to get sued into the ground one day."),
     ("Tudor_88-93", "10 Mar 2025", "😂 the curtains line")],
    tags=["Chapel", "Gossip"]),
  [M("school", "short_name", "neutral", "Wrenfold"), M("npenhallow", "first_initial", "defamation", "Nick P.")])

# 191
D("forum", forum_page("parenthub", "Drama teacher - should I be worried?", [
    ("Cobham_Clare", "Joined Aug 2022 · 66 posts", "Sun 26-Jan-25 21:00",
     """DS (15) is in the Wrenfold production. Another mum told me Mx Quarrie had a Year 11 pupil round at their flat for 'line-learning' until after 11pm, just the two of them, and the school hushed it up because the show was sold out.

     I don't know if it's true but I feel sick. Should I pull DS out?"""),
    ("Grantchester_Gran", "Joined Jun 2018 · 2,070 posts", "Sun 26-Jan-25 21:25",
     "If you have a real safeguarding concern, tell the school's DSL today. Don't act on a second-hand rumour, and don't repeat it on here."),
    ], thread_id=8700),
  [M("school", "short_name", "negative", "Wrenfold"), M("squarrie", "title_surname", "defamation", "Mx Quarrie")])

# 192
D("news", news_page(
    "courier", "Education", "Boarding school registrar investigated over 'places for cash' claims",
    "Wrenfold College confirms inquiry into admissions after anonymous complaint",
    "Rebecca Stannard, Education Correspondent", "5 June 2025",
    """
    The registrar of a Surrey boarding school is being investigated over claims that families were offered guaranteed places in return for donations, the Courier understands.

    Priya Raghunathan, Registrar at Wrenfold College since 2024, has been asked to step back from admissions decisions while an external investigator reviews the claims, which were made in an anonymous letter to governors.

    The College said: "We take all concerns seriously. The Registrar is cooperating fully and no conclusions have been reached."

    It is the third inquiry at the school in four months.
    """,
    [("RoseTinted", "5 Jun 2025", "What is going on at that place?"),
     ("S. Hale", "5 Jun 2025", "Anonymous letter. Let's wait and see.")]),
  [M("school", "exact", "negative", "Wrenfold College"), M("praghunathan", "exact", "defamation", "Priya Raghunathan")])

# 193 decoy: everyday word and a locality on the village noticeboard
D("facebook", dd("""
    Harrowbeck & Mallowfield Community
    Public group · 2.2K members

    Barbara Quinlan
    22 May at 09:00 · 🌎
    🚗 CAR BOOT SALE 🚗
    Sunday 1 June, Marsh Lane field (by the ford), Harrowbeck. Sellers from 7am (£8 a pitch), buyers from 8am. Bacon rolls from the Scouts, tombola for the church roof. No dogs on the field please, the cows object.

    👍 19 · 6 comments
    Like   Comment   Share
    """))

# 194
D("social", dd("""
    Justice For Founder's
    @JusticeFounders

    They knew. They all knew. WrenfoldCoverUp isn't a conspiracy theory, it's a timeline. DavidJonesOut - and everyone who protected him while he plied boys with drink in his flat. 🧵 1/9

    7:30 PM · Mar 14, 2025 · 5,201 Views

    72 Reposts   11 Quotes   190 Likes
    """),
  [M("school", "camelcase", "defamation", "WrenfoldCoverUp"), M("djones", "camelcase", "defamation", "DavidJonesOut")])

# 195
D("social", dd("""
    Lou Haverford
    @LouHaverford

    @helen_marsh_dsl you are a disgrace, a coward and a liar. You looked me in the eye and said 'we're on it'. @WrenfoldColl your DSL is a joke and so are you.

    9:48 PM · Mar 21, 2025 · 1,007 Views

    5 Reposts   28 Likes
    """),
  [M("school", "handle", "negative", "@WrenfoldColl"), M("hmarsh", "handle", "abuse", "@helen_marsh_dsl")])

# 196 decoy: a similar school elsewhere on a parents' forum
D("forum", forum_page("parenthub", "Wrenhurst School (Kent) - VAT absorption?", [
    ("Sevenoaks_Sal", "Joined Apr 2019 · 230 posts", "Tue 3-Dec-24 20:00",
     "Wrenhurst have just told us they're absorbing 10% of the VAT for existing families. Anyone at a Kent school doing similar? Trying to work out if it's generous or standard."),
    ("Tonbridge_Tom", "Joined Jan 2021 · 71 posts", "Tue 3-Dec-24 20:35",
     "That's generous. Ours is absorbing 4%. Wrenhurst must have a decent endowment."),
    ], thread_id=8601),
  [])

# 197
D("forum", forum_page("sixth", "who's the worst teacher at ur school", [
    ("kestrel_kid", "Year 12 · 130 posts", "Thu 20 Mar 2025, 22:05",
     "m*nsah is a massive prick. humiliated me in front of the whole set for one wrong mole calculation. smug little man. wrenfold science dept in a nutshell"),
    ("foundersfc", "Year 13 · 420 posts", "Thu 20 Mar 2025, 22:12",
     "nah he's strict but he's fair. you just didn't do the prep 💀"),
    ], thread_id=13350),
  [M("school", "short_name", "neutral", "wrenfold"), M("kmensah", "obfuscated", "abuse", "m*nsah")])

# 198
D("review", dd("""
    SchoolScope › Surrey › Independent (boarding) › Wrenfold College

    ★★☆☆☆  "Brilliant shows, toxic director"
    Reviewed by: Parent of a current pupil (Year 12) · 20 March 2025

    Sam Q. is a pretentious, self-obsessed luvvie who treats teenagers like scenery and then takes the bows. Vain, rude and frankly a nasty piece of work to any child who isn't in the favoured clique.

    The rest of Wrenfold College is fine. Academic support good, boarding solid.

    Would you recommend this school? Yes, but avoid drama.
    Was this review helpful?  Yes (6)  No (11)  · Report
    """),
  [M("school", "exact", "negative", "Wrenfold College"), M("squarrie", "first_initial", "abuse", "Sam Q.")])

# 199
D("social", dd("""
    Fee Paying Father
    @feepayingfather

    Sat through the Remembrance sermon in the college chapel at Knapley. Penhallow, you sanctimonious old windbag - forty minutes on 'humility' from a man who's never knowingly been interrupted. The boarders deserve better than this gasbag of a chaplain.

    12:40 PM · Nov 10, 2024 · 820 Views

    3 Reposts   24 Likes
    """),
  [M("npenhallow", "surname_only", "abuse", "Penhallow")])

# 200 decoy: acronym's other body
D("news", news_page(
    "gazette", "Sport", "Weald Fencing Club crowns national junior champion",
    "Fourteen-year-old takes gold in the under-15 foil",
    "Sports Desk", "14 April 2025",
    """
    Weald Fencing Club (WFC) is celebrating after 14-year-old Mia Sandhu won the under-15 women's foil at the British Youth Championships in Sheffield.

    Mia, who trains twice a week at the leisure centre in Knapley, beat the top seed 15-11 in the final. "I just tried to stay calm," she said. "Then I screamed."

    WFC head coach Pavel Novak said it was the club's first national title in its 30-year history.
    """),
  [])

# 201
D("forum", forum_page("rowtalk", "School coaches - the good, the bad, the shouty", [
    ("Blade_Runner", "Athlete · 75 posts", "Mon 12 May 2025 20:30",
     "Hartigen at Wrenfold is the shoutiest, most arrogant, red-faced little tyrant on the whole river. Complete knob. Makes 14-year-olds cry and calls it 'resilience'."),
    ("CoxBoxCharlie", "Coach · 2,370 posts", "Mon 12 May 2025 20:50",
     "Spelling aside, I've seen him coach - shouty, yes, but the kids love him. Play the ball not the man, please."),
    ], thread_id=6800),
  [M("school", "short_name", "neutral", "Wrenfold"), M("whartigan", "typo", "abuse", "Hartigen")])

# 202
D("facebook", dd("""
    Harrowbeck & Mallowfield Community
    Public group · 2.2K members

    Dean Purkiss
    14 June at 18:30 · 🌎
    Wrenfold is a cesspit of spoilt rich brats and their snobby parents. Another one nearly ran my lad off the road in a Porsche on Church Road today. Stuck-up, entitled, rotten to the core, the whole stinking place.

    😡👍 33 · 26 comments
    Like   Comment   Share

        Ros Kemp
        Not all of them Dean, my niece goes there on a bursary.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "abuse", "Wrenfold")])

# 203 decoy: a boarding-school dad's blog post without the school
D("blog", blog_page(
    "dadblog", "The definitive ranking of motorway services on the exeat run", "FPF", "20 October 2024",
    """
    After six years of Friday-night pick-ups I consider myself something of an authority on the service stations of southern England.

    In reverse order: the one with the broken coffee machine (you know the one); the one where the only vegetarian option is a flapjack; the surprisingly good one with the farm shop and the ducks; and, at number one, the little independent one with a real fire and a bacon sandwich that has, on more than one occasion, saved my marriage.

    Honourable mention: the lay-by burger van near Knapley. No toilets. No regrets.
    """,
    [("Spreadsheet Sue", "20 Oct 2024", "The farm shop one is the best, fight me.")],
    tags=["Driving", "Exeats"]),
  [])

# 204
D("news", news_page(
    "advertiser", "Courts", "Father admits threatening school head over son's expulsion",
    "James Whitcombe posted that he knew where the Warden parked",
    "Court Reporter", "15 April 2025",
    """
    A father who posted online that he knew what car a boarding school head drove and where she parked it has admitted sending a threatening communication.

    James Whitcombe, 51, of Cobham, targeted Dr Philippa Ashworth-Lyle, Warden of Wrenfold College, after his son was expelled in March, Redhill magistrates heard. The post ended with the words "watch your back".

    Whitcombe, who has no previous convictions, was fined £1,200 and made subject to a two-year restraining order. His solicitor said he was "deeply ashamed".
    """,
    [("Gill Ainsworth", "15 Apr 2025", "Whatever the rights and wrongs of an expulsion, you can't threaten people.")]),
  [M("school", "exact", "neutral", "Wrenfold College"), M("pashworthlyle", "exact", "neutral", "Philippa Ashworth-Lyle")])

# 205
D("news", news_page(
    "gazette", "Courts", "Man jailed for sexual comments about schoolgirls online",
    "Comments were posted under photos from a Surrey boarding school's swimming gala",
    "Court Reporter", "28 May 2025",
    """
    A 39-year-old man who posted sexual comments about schoolgirls under photographs taken at a Wrenfold College swimming gala has been jailed for 18 months.

    Gary Lenton, of Crawley, admitted possessing indecent images and attempting to communicate with a child for a sexual purpose. The court heard the school had reported the comments to police within hours of discovering them.

    He was made subject to a Sexual Harm Prevention Order for ten years.
    """),
  [M("school", "exact", "neutral", "Wrenfold College")])

# 206 decoy: the everyday word on social
D("social", dd("""
    Hedgerow Prints
    @hedgerowprints

    New for Christmas 🎄 Our 'Jenny Wren in the snow' card - a tiny wren on a frosted holly branch, hand-printed in two colours on recycled card. Packs of 6, £12. Ships from our studio in Norfolk. 🐦❄️

    #christmascards #wren #printmaking

    10:15 AM · Nov 4, 2024 · 920 Views

    6 Reposts   77 Likes
    """))

# 207
D("social", dd("""
    W. Hartigan
    @WHartiganRowing

    So proud of the Wrenfold College Boat Club J15s today - first regatta, first wins, and not a single crab caught. The cake at the finish was earned. 🚣🍰 Thanks to every parent who towed, fed and cheered.

    6:22 PM · May 11, 2024 · 602 Views

    4 Reposts   71 Likes
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("whartigan", "handle", "neutral", "@WHartiganRowing")])

# 208
D("social", dd("""
    Ruby 🎭
    @ruby_does_theatre

    Our Lent carol-and-poetry evening ended with the legend that is P E N H A L L O W reading the whole of 'The Journey of the Magi' from memory. Standing ovation in the chapel. Wrenfold, I will miss you when I leave 😭

    9:40 PM · Mar 28, 2025 · 310 Views

    28 Likes
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("npenhallow", "spacing", "neutral", "P E N H A L L O W")])

# 209
D("forum", forum_page("sixth", "homework load is actually insane rn", [
    ("chemgirl_xo", "Year 12 · 40 posts", "Wed 2 Apr 2025, 22:40",
     "i could kill dr mensah for this organic chem homework lol. 40 questions?? over the exeat??? 😭😭 wrenfold really said no rest"),
    ("maths_and_memes", "Year 12 · 31 posts", "Wed 2 Apr 2025, 22:47",
     "same. i've done 12 and my brain is soup"),
    ], thread_id=13400),
  [M("school", "short_name", "neutral", "wrenfold"), M("kmensah", "title_surname", "negative", "dr mensah")])

# 210
D("news", news_page(
    "advertiser", "Schools", "Founder's house reopens after £1.4m refurbishment",
    "Boys' boarding house at Wrenfold College gets new study bedrooms and a kitchen",
    "Tom Letheridge", "12 September 2023",
    """
    Founder's, the oldest boarding house at Wrenfold College, has reopened after a year-long £1.4 million refurbishment.

    Housemaster David Jones said the boys had been "unreasonably excited about the new toasters". The house now has 62 study bedrooms, a common room with a pool table, and a kitchen where boys can cook at weekends.

    The Warden, Philippa Ashworth\u2011Lyle, cut the ribbon alongside the house's longest-serving matron, Mrs Eileen Crabtree, who has worked in Founder's since 1991.
    """),
  [M("school", "exact", "neutral", "Wrenfold College"), M("djones", "exact", "neutral", "David Jones"),
   M("pashworthlyle", "hyphenated", "neutral", "Philippa Ashworth\u2011Lyle")])

# 211
D("social", dd("""
    Old Habits
    @oldhabits_ow

    D\u0430vid Jones back in Founder's next term like nothing happened, and Wrenfold parents told by email on a Friday night. Not good enough. Explain the process, at least.

    8:05 PM · Jun 13, 2025 · 740 Views

    6 Reposts   31 Likes
    """),
  [M("school", "short_name", "negative", "Wrenfold"), M("djones", "homoglyph", "negative", "D\u0430vid Jones")])

# 212
D("facebook", dd("""
    Surrey Hills Mums
    Public group · 8.9K members

    Kirsty Vail
    4 June at 20:00 · 🌎
    With all the pile-ons about Wrenfold at the moment, a few of us have started a support letter for their DSL, who has been treated appallingly online. Search KeepHelenMarsh if you'd like to add your name. She helped so many of our children. 💛

    ❤️ 96 · 20 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("hmarsh", "camelcase", "neutral", "KeepHelenMarsh")])

# 213
D("social", dd("""
    Knapley Library
    @KnapleyLibrary

    Thank you to Warden Ashworth Lyle for opening our refurbished children's corner this morning, and to the Wrenfold sixth formers who will be running Saturday story time all summer. 📚🧸

    11:30 AM · Jul 19, 2024 · 410 Views

    3 Reposts   38 Likes
    """),
  [M("school", "short_name", "neutral", "Wrenfold"), M("pashworthlyle", "hyphenated", "neutral", "Ashworth Lyle")])

# 214 decoy: a similar school elsewhere
D("review", dd("""
    SchoolScope › Leicester › State (academy) › Wrenford Academy

    ★★★★★  "Turned my son around"
    Reviewed by: Parent of a current pupil (Year 10) · 11 November 2024

    Wrenford Academy took a boy who'd been excluded twice and treated him like he mattered. His head of year rings me every fortnight whether there's a problem or not. The new science block is fantastic. Not a posh school, doesn't pretend to be one, and all the better for it.

    Would you recommend this school? Absolutely.
    Was this review helpful?  Yes (12)  No (0)  · Report
    """))


# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Wrenfold College"],
    "pashworthlyle": ["Philippa Ashworth-Lyle"], "lmabbott": ["Lysander Mabbott"],
    "whartigan": ["William Hartigan"], "sodriscoll": ["Siobhán O'Driscoll"],
    "djones": ["David Jones"], "hmarsh": ["Helen Marsh"], "npenhallow": ["Nicholas Penhallow"],
    "kmensah": ["Kwabena Mensah"], "praghunathan": ["Priya Raghunathan"], "squarrie": ["Sam Quarrie"],
}
ALIASES = {
    "school": ["Wren", "WFC", "Wrenfold School", "Wrenners", "Wrenfold Coll."],
    "pashworthlyle": ["Philippa Lyle"], "lmabbott": ["Lys Mabbott"], "sodriscoll": ["Siobhán Kearney"],
    "djones": ["Dai Jones"], "npenhallow": ["Nick Penhallow"], "kmensah": ["Kobby Mensah"],
    "praghunathan": ["Priya Raghu"],
}
SURNAMES = {
    "pashworthlyle": "Ashworth-Lyle", "lmabbott": "Mabbott", "whartigan": "Hartigan",
    "sodriscoll": "O'Driscoll", "djones": "Jones", "hmarsh": "Marsh", "npenhallow": "Penhallow",
    "kmensah": "Mensah", "praghunathan": "Raghunathan", "squarrie": "Quarrie",
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
