#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train44 labelled evaluation corpus for the repwatch matcher.

Setting
    The Martlet School, an invented fee-paying co-educational prep school (ages 4-13,
    about 350 pupils) on the invented Lathbury Road in north Oxford, with its own
    nursery ("Little Martlets", from age 2) and a weekly/flexi boarding house (Fenwick
    House). Playing fields at the invented Pinsent Meadow by the Cherwell; the invented
    neighbourhoods of Lathbury and Wolsey Green. The Head is "the Head"; the Bursar runs
    the money. Published office number 01632 960274; own site martletschool.example.
    Storylines, 2024-25: a fees and VAT row (a late-payment surcharge, deposits kept,
    a bursary cut), a "toxic rugby culture" story about the Director of Sport (a
    concussion, hazing on tour, a leaked WhatsApp), a scholarship and 11+/13+ pressure
    story (a pupil collapsing, tutoring rumours, an exam-paper leak rumour), the Head of
    Music's cancelled contract and his employment tribunal (sexual orientation
    discrimination claim), a gossip Instagram ("Prep Tea"), a matron who is Polish and a
    housemaster who is Muslim (both targets of hate), nursery safeguarding scares.
    School aliases: "Martlets" (also a university cricket side, a hockey club and the
    heraldic bird), "TMS" (acronym shared with Test Match Special, a scaffolder and
    transcranial magnetic stimulation), "Martlet Prep", "Little Martlets" (the nursery).
    "Martlet" / "the Martlet" alone is labelled short_name.

Staff (watchlist ids and the variant traits they carry)
    hprycemostyn  Dr Harriet Pryce-Mostyn, Head. Hyphenated double-barrelled surname
                  ("Pryce Mostyn", "Pryce–Mostyn"); nickname "Hattie"; alias
                  "Harriet Mostyn" (her name before marriage). Parents say "Mrs P-M".
    afettiplace   Aldous Fettiplace, Bursar. The unique name (counts without school
                  context); fees row, fraud rumours, home address posted.
    rvenning      Robert Venning, Director of Sport ("head of games"). Nickname-able
                  first name (Rob, Robbie, Bob, Bobby); the rugby culture story.
    zwojcik       Zofia Wójcik, Senior Matron. Accent ("Wojcik", "Wójcik"); nickname
                  "Zosia"; target of anti-Polish / anti-migrant abuse.
    adsouza       Anjali D'Souza, Director of Studies (scholarships, 11+ and 13+).
                  Apostrophe ("D'Souza", "DSouza", "D’Souza"); alias "Anjali Fernandes"
                  (maiden name).
    sthompson     Sarah Thompson, Head of Nursery (Little Martlets). The very common
                  name; namesakes (a Swindon councillor, a Reading nurse, a fell runner,
                  an Oxford college fellow) appear in decoys. Nickname "Sally".
    lfrost        Laura Frost, Deputy Head (Pastoral) and DSL. Surname is an everyday
                  word (frost on the Meadow, Jack Frost, frosty receptions).
    emarchbank    Elizabeth Marchbank, Registrar. Nicknames Liz, Lizzie, Libby; alias
                  "Elizabeth Dunmore" (maiden name); admissions-for-donations rumours.
    yhaddad       Dr Yusuf Haddad, Housemaster of Fenwick House (boarding). Alias "Joe
                  Haddad"; target of anti-Muslim hate.
    tquenby       Thomas Quenby, Head of Music until his contract was cancelled; brought
                  an employment tribunal claim. Nickname "Tom Quenby"; target of
                  homophobic abuse.

Voices
    North Oxford parents on a Mumsnet-style board (DS/DD/DH, "PFB", "in the nicest
    possible way", "bursar-speak"), a private-school review site, a nursery review site,
    an 11+ forum, a junior rugby forum, a teachers' forum, a residents' forum, the
    Oxford local paper and a society magazine with comment threads, an employment-law
    news site, gossip Instagram ("Prep Tea"), X, TikTok, Threads, Facebook community and
    swap groups, WhatsApp pastes. Town-and-gown registers: posh ("darling", "frightfully",
    "Michaelmas", "exeat"), Oxford town slang ("bruv", "proper", "innit", "Cowley
    Road"-style talk), student-speak ("bop", "JCR", "sub fusc", "collections"), pupils'
    TikTok ("fr", "no cap", "💀"), Polish code-switching, sarcasm, hedging, dog whistles.

Decoys
    The heraldic martlet and the birds (swifts, house martins) over the Meadow; the Martlet
    Arms pub, Martlet Cycles and the Martlets Hockey Club (all excluded); the Martlet
    Society dining club and Martlet Boat Club at the invented Bredon College, Oxford,
    and the university women's cricket side "the Martlets"; TMS as Test Match Special,
    TMS Scaffolding and transcranial magnetic stimulation; namesakes called Sarah
    Thompson and Laura Frost clearly elsewhere; frost on the Meadow; Lathbury and Wolsey
    Green news without the school; neighbouring and similar schools (Cornford House
    School, Wychcombe Hall, Martlet Hill Primary in Brighton, Rushbrook Prep).

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
    python3 tests/corpus_train44/build_train44.py
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
    "school", "hprycemostyn", "afettiplace", "rvenning", "zwojcik", "adsouza",
    "sthompson", "lfrost", "emarchbank", "yhaddad", "tquenby",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["martlet school", "martletschool", "little martlets", "martlet prep"],
    "hprycemostyn": ["mostyn"],
    "afettiplace": ["fettiplace"],
    "rvenning": ["venning"],
    "zwojcik": ["wojcik"],
    "adsouza": ["souza"],
    "emarchbank": ["marchbank", "dunmore"],
    "yhaddad": ["haddad"],
    "tquenby": ["quenby"],
}
EXCLUDES = ["Martlet Arms", "Martlet Cycles", "Martlets Hockey Club", "martletcycles.example"]

WATCHLIST = """\
# Watchlist for the invented Martlet School, north Oxford (train44 corpus). All names are fictional.
[school]
name = "Martlet School"
aliases = ["Martlets", "TMS", "Martlet Prep", "Little Martlets"]
locality = ["Lathbury", "Lathbury Road", "Wolsey Green", "Pinsent Meadow"]
own_domains = ["martletschool.example"]
phones = ["01632 960274"]

[[staff]]
id = "hprycemostyn"
name = "Harriet Pryce-Mostyn"
role = "Head"
aliases = ["Harriet Mostyn"]
line_manager = "chair.governors@martletschool.example"

[[staff]]
id = "afettiplace"
name = "Aldous Fettiplace"
role = "Bursar"
unique = true
line_manager = "head@martletschool.example"

[[staff]]
id = "rvenning"
name = "Robert Venning"
role = "Director of Sport"
line_manager = "deputy.academic@martletschool.example"

[[staff]]
id = "zwojcik"
name = "Zofia Wójcik"
role = "Senior Matron"
line_manager = "deputy.pastoral@martletschool.example"

[[staff]]
id = "adsouza"
name = "Anjali D'Souza"
role = "Director of Studies"
aliases = ["Anjali Fernandes"]
line_manager = "head@martletschool.example"

[[staff]]
id = "sthompson"
name = "Sarah Thompson"
role = "Head of Nursery"
line_manager = "head@martletschool.example"

[[staff]]
id = "lfrost"
name = "Laura Frost"
role = "Deputy Head (Pastoral) and Designated Safeguarding Lead"
line_manager = "head@martletschool.example"

[[staff]]
id = "emarchbank"
name = "Elizabeth Marchbank"
role = "Registrar"
aliases = ["Elizabeth Dunmore"]
line_manager = "bursar@martletschool.example"

[[staff]]
id = "yhaddad"
name = "Yusuf Haddad"
role = "Housemaster of Fenwick House"
aliases = ["Joe Haddad"]
line_manager = "deputy.pastoral@martletschool.example"

[[staff]]
id = "tquenby"
name = "Thomas Quenby"
role = "Head of Music"
line_manager = "deputy.academic@martletschool.example"

[[exclude]]
text = "Martlet Arms"

[[exclude]]
text = "Martlet Cycles"

[[exclude]]
text = "Martlets Hockey Club"

[[exclude]]
domain = "martletcycles.example"
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
    "clarion": dict(
        name="The Oxford Clarion", domain="oxfordclarion.example",
        nav=["News", "Education", "Courts", "Business", "Sport", "What's On", "Family Notices"],
        most=["Park-and-ride fares to rise in April", "Pictures: May Morning crowds on the bridge",
              "Cyclist hurt in ring road collision", "Covered market stall-holders fight rent rise"],
        footer="The Oxford Clarion is published by Isis Valley Newspapers Ltd. Regulated by IPSO."),
    "lnop": dict(
        name="Lathbury & North Oxford Post", domain="lnopost.example",
        nav=["Home", "Neighbourhood", "Schools", "Planning", "Letters", "Listings"],
        most=["Letters: the Lathbury Road speed bumps (again)", "Wolsey Green allotments waiting list hits 200",
              "Jericho bakery to open second shop", "Residents oppose Pinsent Meadow car park plan"],
        footer="© Lathbury & North Oxford Post. Newsdesk 01632 960533. Free every fortnight since 1994."),
    "prepreport": dict(
        name="The Prep Report", domain="prepreport.example",
        nav=["News", "Heads", "Finance", "Pastoral", "Admissions", "Opinion"],
        most=["Prep numbers after VAT: the first full year", "Why 13+ is quietly dying",
              "Boarding at eight: still a thing?", "Opinion: the pre-test arms race"],
        footer="The Prep Report · Independent news for prep school leaders · Terms · Privacy"),
    "sentinel": dict(
        name="The Daily Sentinel", domain="dailysentinel.example",
        nav=["UK", "World", "Politics", "Money", "Education", "Comment", "Sport"],
        most=["Energy price cap to fall slightly", "Ministers split over housing target",
              "Heatwave warning for the South", "Royal visit to Edinburgh cancelled"],
        footer="© Sentinel Media Group. Contact us · Complaints · Corrections · Sitemap"),
    "coterie": dict(
        name="Country & Coterie", domain="countrycoterie.example",
        nav=["Society", "Spotted", "Schools Guide", "Houses", "Style", "Weddings"],
        most=["The Schools Guide: Oxford's preps, ranked", "Spotted at the Commem balls",
              "Twelve gilets we secretly love", "Inside a Cotswold kitchen"],
        footer="Country & Coterie is published by Hartwell House Magazines. © All rights reserved."),
    "worklaw": dict(
        name="WorkLaw Reporter", domain="worklawreporter.example",
        nav=["Tribunals", "Discrimination", "Unfair dismissal", "Education sector", "Guides"],
        most=["Tribunal backlog: the latest figures", "Fire and rehire: what changed",
              "Whistleblowing claims up 12%", "Guide: preparing a witness statement"],
        footer="WorkLaw Reporter · Employment tribunal news and analysis · Not legal advice."),
    "owl": dict(
        name="The Oxford Owl", domain="oxfordowl.example",
        nav=["News", "Colleges", "Culture", "Sport", "Comment", "Satire"],
        most=["JCR votes to rename the bop", "Review: Trinity term's best plays",
              "Library opening hours cut again", "Blues rowers name Boat Race crew"],
        footer="The Oxford Owl · Independent student newspaper since 1961 · Not affiliated with the University."),
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
    "mumchat": dict(name="MumChat", domain="mumchat.example", tag="Talk > Education > Independent schools",
                    footer="MumChat Ltd · Talk guidelines · Report a post · Privacy"),
    "prepgate": dict(name="The School Gate (Oxfordshire)", domain="schoolgateoxon.example", tag="Boards > Prep schools > North Oxford",
                     footer="The School Gate is run by parents for parents. Posts are members' own views."),
    "elevenplus": dict(name="ElevenPlus Hub", domain="elevenplushub.example", tag="Forums > Independent & grammar entry > 13+ and scholarships",
                       footer="ElevenPlus Hub · Not affiliated with any school or exam board · Be kind to each other's children."),
    "ruck": dict(name="RuckTalk", domain="rucktalk.example", tag="Forums > Junior & schools rugby",
                 footer="RuckTalk — the grassroots rugby community. Respect the ref."),
    "chalk": dict(name="ChalkFace", domain="chalkface.example", tag="Forums > Independent & prep sector",
                  footer="ChalkFace — anonymous support for teachers. Posts are not checked before publication."),
    "residents": dict(name="Lathbury & Wolsey Green Residents' Forum", domain="lwgresidents.example", tag="Boards > Local issues",
                      footer="Lathbury & Wolsey Green Residents' Association · Forum rules · Contact the committee"),
    "freespeech": dict(name="Unmuzzled", domain="unmuzzled.example", tag="Boards > Britain Today",
                       footer="Unmuzzled — free speech, no snowflakes. We do not moderate opinions."),
    "students": dict(name="OxStu Chat", domain="oxstuchat.example", tag="Boards > College life",
                     footer="OxStu Chat · Unofficial · Not affiliated with the University or any college."),
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
    "mama": dict(name="Lathbury Lane Mama", domain="lathburylanemama.example", tagline="Book bags, bake sales and the North Oxford school run",
                 side=["About me", "School run diaries", "Half-term in Oxford", "Contact"]),
    "fees": dict(name="The Fee Frontier", domain="feefrontier.example", tagline="One father's war with the independent sector's invoices",
                 side=["About", "VAT tracker", "The Spreadsheet", "Popular posts"]),
    "rugby": dict(name="Twenty-Two Metres", domain="twentytwometres.example", tagline="Grassroots and schools rugby, warts and all",
                  side=["Coaching notes", "Concussion resources", "About"]),
    "whistle": dict(name="The Quiet Whistle", domain="quietwhistle.example", tagline="A former DSL writes about safeguarding in independent schools",
                    side=["Resources", "KCSIE explained", "About", "Contact (secure)"]),
    "tribunal": dict(name="Unfair & Square", domain="unfairandsquare.example", tagline="An employment barrister's notes from the tribunal",
                     side=["Recent decisions", "Guides", "About the author"]),
    "swifts": dict(name="Swifts over the Cherwell", domain="swiftscherwell.example", tagline="Birds, boats and the Oxford riverbank",
                   side=["Sightings", "Walks", "Nest boxes", "About"]),
    "heraldry": dict(name="Gules & Argent", domain="gulesargent.example", tagline="Notes on English heraldry",
                     side=["Charges A-Z", "Glossary", "College arms", "About"]),
    "food": dict(name="Crumbs of Oxford", domain="crumbsofoxford.example", tagline="Eating my way round the city, one bun at a time",
                 side=["Cafés", "Pubs", "Markets", "About"]),
    "tutor": dict(name="The 13+ Tutor", domain="thirteenplustutor.example", tagline="Honest advice on pre-tests, common entrance and scholarships",
                  side=["Pre-test guide", "Scholarship papers", "Book a consultation"]),
    "truth": dict(name="Albion Awake", domain="albionawake.example", tagline="Telling the truth they tried to ban",
                  side=["Donate", "Our mission", "Latest exposés"]),
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
    "clarion", "Education", "North Oxford prep school adds 'late payment surcharge' as VAT bites",
    "Parents at the Martlet School say a new 5 per cent charge on late fees is 'kicking families when they are down'",
    "Imogen Pell, Education Reporter", "14 January 2025",
    """
    Parents at the Martlet School, the co-educational prep school on Lathbury Road, have been told that fees paid more than fourteen days late will now attract a 5 per cent surcharge.

    The change was announced in a letter from the Bursar, Aldous Fettiplace, sent to families on the first day of the Lent term. Day fees for the upper school are now just under £9,400 a term once VAT is included.

    "Nobody likes introducing charges of this kind," Mr Fettiplace wrote. "But a small number of accounts have fallen very significantly into arrears since September, and it is not fair on the families who pay on time to carry that cost."

    One father of two, who did not want to be named, told the Clarion: "It's kicking families when they're down. We were told in the summer that the school would absorb some of the VAT. What we've had instead is a surcharge and a 'voluntary' building levy."

    ## Bursaries 'protected'

    The school, which has around 350 pupils aged four to 13, as well as a nursery and a small boarding house, said its bursary budget had been "ring-fenced" for the coming year.

    A spokeswoman said the surcharge would be waived for any family who contacted the bursary before the due date to agree a payment plan.
    """,
    [("SummertownSue", "14 Jan 2025, 18:40", "So they'll waive it if you grovel first. Lovely."),
     ("Ox_Realist", "14 Jan 2025, 19:02", "Genuine question - why should the rest of us care what posh schools charge posh parents?"),
     ("TwoBoysAtTMS", "14 Jan 2025, 20:15", "We are at the school. The letter was fine in itself; it's the drip-drip of new charges and the total absence of anyone to talk to that's the problem. The bursary office hasn't answered the phone since Christmas."),
     ("J. Wetherby", "15 Jan 2025, 07:55", "Fettiplace has been there twenty years and the finances have got worse every year. Time for a new broom.")]),
  [M("school", "exact", "negative", "Martlet School"), M("afettiplace", "exact", "negative", "Aldous Fettiplace")])

# 001
D("forum", forum_page("mumchat", "TMS and the surcharge letter - AIBU to be livid?", [
    ("ParsnipSoup", "Joined Sep 2018 · 2,331 posts", "Tue 14-Jan-25 21:02",
     """AIBU? DS2 is in Y6 at TMS and we've always paid by standing order on the 1st. Today's letter from the bursar basically treats every family as a potential debtor. 5% on a term's fees is nearly £500.

     DH says I'm overreacting and it's just bursar-speak. I think it's the tone. "Not fair on the families who pay on time" - we ARE the families who pay on time!"""),
    ("Woodsmoke_and_Wellies", "Joined Mar 2020 · 604 posts", "Tue 14-Jan-25 21:15",
     "YANBU about the tone. But in the nicest possible way, if you pay on the 1st it literally won't affect you."),
    ("ParsnipSoup", "Joined Sep 2018 · 2,332 posts", "Tue 14-Jan-25 21:19",
     "I know, I know. It's the principle. And the building levy. And the lunch price going up again."),
    ("NameChangedForThis", "Joined Jan 2025 · 1 post", "Tue 14-Jan-25 22:40",
     "Ex-parent here. Mr Fettiplace is perfectly polite in person. It's the Head who sets the tone and she's never met a fee she didn't like."),
    ], thread_id=5510),
  [M("school", "alias", "negative", "TMS"), M("afettiplace", "title_surname", "negative", "Mr Fettiplace")])

# 002
D("social", dd("""
    Prep Tea ☕ North Oxford
    @prep.tea.nox · Instagram

    [slide 1 of 4: screenshot of a letter on headed paper, most of it blurred, the words "late payment surcharge" circled in red]

    ☕ SPILL ☕ Sources tell us the Martlet bursary is now charging 5% if you're a fortnight late. Meanwhile the new cricket pavilion has a £40k espresso-and-oak "hospitality suite". Priorities, darlings 💅

    Rumour is Fettiplace drives home to a house that the fees paid for. We're just asking the question 🤔🍵

    #preptea #northoxford #oxfordmums #schoolfees

    ❤️ 412   💬 88

    bella.in.jericho the pavilion bar tho 😂😂
    hatty_runs_ox i mean... his house is HUGE
    anon.oxmum.22 careful ladies, this is how accounts get sued
    """),
  [M("school", "short_name", "negative", "Martlet"), M("afettiplace", "surname_only", "defamation", "Fettiplace")])

# 003 decoy: the excluded pub
D("review", dd("""
    The Martlet Arms
    Pub · Wolsey Green, Oxford
    4.4 ★★★★☆ (932 reviews)

    Tom Haskell
    Local Guide · 48 reviews
    ★★★★★ 2 weeks ago
    Proper old-school boozer. Real fire, no telly, a dog asleep under every table. Had the pie of the day (steak and Hook Norton-style ale, cracking) and the landlady sorted us a table for eight at ten minutes' notice. The painted sign of the little footless bird over the door has been there since before my grandad drank here. Quiz night Tuesdays, bring your A game, the retired dons are ruthless.
    👍 Helpful 6   Share

    Response from the owner · 1 week ago
    Cheers Tom! See you at the quiz - the dons say hello. — Maggie, The Martlet Arms
    """))

# 004
D("news", news_page(
    "lnop", "Schools", "Martlet School's new head of nursery 'can't wait to get muddy'",
    "Sarah Thompson joins Little Martlets from a Montessori setting in Abingdon",
    "Post reporter", "4 September 2024",
    """
    The nursery at the Martlet School on Lathbury Road has a new head this term.

    Sarah Thompson, who spent eleven years at a Montessori nursery in Abingdon, takes over Little Martlets, which has 48 children aged two to four.

    "The garden here is the best I've ever seen for little ones," she said. "We've got a mud kitchen, a willow tunnel and a family of hedgehogs nobody is allowed to disturb. I genuinely can't wait to get muddy."

    Mrs Thompson replaces long-serving nursery head Penny Gault, who has retired to Norfolk.
    """,
    [("Grandma of two", "4 Sep 2024", "Lovely. Our granddaughter started there today and came home covered in mud and very happy."),
     ("Wolsey Green Dad", "5 Sep 2024", "Good luck Mrs T!")]),
  [M("school", "exact", "neutral", "Martlet School"), M("sthompson", "exact", "neutral", "Sarah Thompson")])

# 005
D("facebook", dd("""
    North Oxford Parents' Swap & Chat
    Private group · 6.2K members

    Rachel Ndlovu-Hart
    27 January at 08:12 · 🔒
    Does anyone have a spare Martlets games kit (age 9-10)? Navy and gold rugby shirt + socks. DS has grown a foot since Christmas and the uniform shop wants £48 for the shirt alone 😩 Happy to pay or swap for outgrown age 7-8 stuff.

    👍 6 · 11 comments
    Like   Comment   Share

        Caroline Dyce
        I've got two shirts and a pair of shorts, age 9-10, name tapes unpicked. Yours for a coffee ☕
        Like · Reply · 3d

        Rachel Ndlovu-Hart
        @Caroline Dyce you're a star, DMing you x
        Like · Reply · 3d

        Emma Lowther
        The second-hand rail at the PTA sale is worth a look too, it's on the Friday before half term
        Like · Reply · 3d
    """),
  [M("school", "alias", "neutral", "Martlets")])

# 006
D("social", dd("""
    matt k 🏉
    @mattk_oxrugby

    Rob Venning is the reason my lad still plays rugby. Coached him from U8, never once lost his temper, stayed after every session to help the kids who weren't picking it up. Legend. Absolute weapon of a coach. 🙌 @MartletSchoolOx

    6:05 PM · Mar 8, 2025 · 611 Views

    2 Reposts   24 Likes
    """),
  [M("school", "handle", "neutral", "@MartletSchoolOx"), M("rvenning", "nickname", "neutral", "Rob Venning")])

# 007
D("news", news_page(
    "sentinel", "Education", "'We were told to tackle harder': parents raise alarm over prep school rugby",
    "A 12-year-old was concussed twice in a month at the £28,000-a-year Martlet School in Oxford, his mother says",
    "Fenella Drury, Education Correspondent", "2 March 2025",
    """
    A mother has accused an Oxford prep school of fostering a "toxic rugby culture" after her 12-year-old son was concussed twice within four weeks and, she says, was encouraged back on to the pitch.

    The boy, a Year 7 pupil at the Martlet School in north Oxford, was taken to hospital after the second injury in a fixture against another prep school in February.

    "He came home and told us the coach had said he needed to 'stop being soft' and 'tackle harder'," his mother said. "After the first knock he should have been on a graduated return. He was playing nine days later."

    Several other parents contacted the Sentinel with concerns about the school's sport department, which is led by Director of Sport Robert Venning. One described a "win-at-all-costs" culture in which boys who did not play rugby were "treated as second-class citizens".

    ## 'Robust protocols'

    In a statement, the school's Head, Dr Harriet Pryce-Mostyn, said: "The welfare of our pupils is our first priority. We follow national guidance on concussion and have robust return-to-play protocols. We will of course look carefully at the concerns this family has raised."

    Mr Venning did not respond to a request for comment.

    The school charges up to £28,000 a year for day pupils in its upper years.
    """,
    [("FormerFlanker", "2 Mar 2025, 10:14", "Every school in the country has a version of this story. Good on her for speaking up."),
     ("Oxon_Mum_of_3", "2 Mar 2025, 11:30", "We left the Martlet two years ago for exactly this reason. If your son isn't in the A team he doesn't exist."),
     ("rugbydad77", "2 Mar 2025, 12:02", "Rubbish. Venning is a brilliant coach and this is one upset parent. Rugby is a contact sport, always has been."),
     ("NotAConcussionDenier", "2 Mar 2025, 13:45", "'Tackle harder' to a 12 year old with a head injury. Unbelievable.")]),
  [M("school", "exact", "negative", "Martlet School"), M("rvenning", "exact", "negative", "Robert Venning"),
   M("hprycemostyn", "exact", "neutral", "Harriet Pryce-Mostyn")])

# 008
D("forum", forum_page("ruck", "Martlet School story in the Sentinel - thoughts?", [
    ("TightheadTerry", "Coach · 3,410 posts", "Sun 2 Mar 2025 14:20",
     "Saw the piece. I've reffed Martlet fixtures for years. Their U13s are well drilled, physical, play on the edge. Never seen anything I'd call dangerous from the touchline, but I'm not in their training sessions."),
    ("LooseheadLiz", "Parent · 218 posts", "Sun 2 Mar 2025 14:51",
     """Different view. Our son played against them in the autumn and their coach was screaming "smash him" from the side at 11 year olds. Bob Venning or whatever his name is. Nobody on their side batted an eyelid.

     Not illegal. Not nice either."""),
    ("GrassrootsGav", "Coach · 1,120 posts", "Sun 2 Mar 2025 15:30",
     "Two concussions in four weeks and no graduated return is the story. If that's true someone at that school has questions to answer."),
    ("TightheadTerry", "Coach · 3,411 posts", "Sun 2 Mar 2025 15:44",
     "Agreed on GRTP. No excuse for that."),
    ], thread_id=8821),
  [M("school", "exact", "negative", "Martlet School"), M("rvenning", "nickname", "negative", "Bob Venning")])

# 009
D("social", dd("""
    Dom 🇬🇧🏉
    @dom_nevergiveup

    Robert Venning, "Director of Sport" at the Martlet School in Oxford. Lives on Cranleigh Close in Wolsey Green OX2 7QN, the house with the blue Defender outside. Mobile 07700 900417. Maybe the parents of the boy he nearly paralysed would like a word 👊

    11:48 PM · Mar 2, 2025 · 2,204 Views

    17 Reposts   4 Quotes   31 Likes

    ──────────
    Ellie Fordyce @elliefordyce · Mar 3
    Delete this. You've just posted a man's home address and number. Reported.

    Dom 🇬🇧🏉 @dom_nevergiveup · Mar 3
    it's all public if you look 🤷
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("rvenning", "exact", "doxxing", "Robert Venning")])

# 010 decoy: the heraldic bird
D("blog", blog_page(
    "heraldry", "The martlet: heraldry's footless bird", "C. R. Abernant", "19 October 2024",
    """
    Of all the birds in the heraldic aviary the martlet is the one most often misunderstood. It is drawn as a small swallow-like bird with no feet - in some blazons, no beak either - and it has been charged on shields since at least the thirteenth century.

    ## Why no feet?

    The medieval explanation was that swifts and martins never seemed to land; they were thought to live their whole lives on the wing. The footless martlet became a symbol of constant striving - and, in the English system of cadency, the mark of a fourth son, who would have no land of his own to rest on.

    ## Where to see them

    Martlets appear on the arms of several Oxford and Cambridge colleges, on a good number of parish church hatchments, and on at least three pub signs within a mile of where I write. The Sussex county arms carry six of them, gold on blue.

    Next month: the difference between an escallop and a scallop, and why it matters enormously to about nine people.
    """,
    [("Hugh Pemberton", "20 Oct 2024", "Lovely piece. The fourth-son explanation is disputed, mind you."),
     ("C. R. Abernant", "20 Oct 2024", "@Hugh Pemberton isn't everything, in heraldry?")],
    tags=["Charges", "Birds", "Cadency"]))

# 011
D("facebook", dd("""
    Wolsey Green & Lathbury Community Noticeboard
    Public group · 4.8K members

    Gary Lisle
    3 March at 19:40 · 🌎
    Seen the papers about that posh school on Lathbury Road and there rugby coach. Venning. Someone wants to give him a taste of his own medicine, see how he likes being smashed into the ground. Plenty of lads round here would do it for free 😂

    😂😮 14 · 22 comments
    Like   Comment   Share

        Sheila Marr
        Gary that's not funny, the man's got kids
        Like · Reply · 2d

        Gary Lisle
        So did the boy he hurt
        Like · Reply · 2d

        Admin - Lathbury Noticeboard
        Comment removed and Gary removed from the group. We don't do threats here.
        Like · Reply · 2d
    """),
  [M("rvenning", "surname_only", "threat", "Venning")])

# 012
D("review", dd("""
    PrepAdvisor › Oxfordshire › Prep & pre-prep › The Martlet School, Oxford

    ★★★★★  "Warm, clever, properly kind"
    Reviewed by: Parent of current pupils (Years 3 and 6) · 11 November 2024

    We moved from London and the Martlet School has been a revelation. Small classes, teachers who know every child, and a genuinely happy atmosphere at drop-off. Mrs D'Souza has been outstanding on the 11+ side - realistic, calm, no hothousing, and she talked our daughter down from a full-blown panic the week before the exam. The boarding option (Fenwick) is great for the odd night when we're both away.

    Downsides: the car park is a scrum at 8.15 and the fees have gone up sharply. That's it.

    Would you recommend this school? Yes, wholeheartedly.
    Was this review helpful?  Yes (19)  No (1)  · Report
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("adsouza", "title_surname", "neutral", "Mrs D'Souza")])

# 013
D("social", dd("""
    TikTok · @not.a.martlet.anymore · "things my old prep school said to me 🫠" · #prepschool #oxford #13plus

    [video: a teenage girl lip-syncs; captions: "'you're not scholarship material, sweetheart'" / "'have you thought about a less academic senior school?'" / "'smile more, it's only a practice paper'"]

    Comments (3,018)

    lou.ise.b
    which school is this 😭
    2-19 · Reply · ♡ 88

    not.a.martlet.anymore
    @lou.ise.b it's in oxford, rhymes with bartlett 💀
    2-19 · Reply · ♡ 412

    jem.hxx
    martlet?? my cousin goes there and says the director of studies is lowkey terrifying fr
    2-19 · Reply · ♡ 201

    tayyab_77
    the pressure at these schools is insane. 11 year olds doing 3 hours tutoring a night
    2-20 · Reply · ♡ 76
    """),
  [M("school", "short_name", "negative", "martlet")])

# 014 decoy: the acronym's other bodies
D("forum", forum_page("students", "Anyone else listen to TMS in the library?", [
    ("gloucester_green_ghost", "2nd year · Physics", "Thu 20 Jun 2024 14:02",
     "One earbud, TMS commentary, the other ear on lecture notes. Tea break at the Test is my actual revision schedule. Is this normal or am I a 58 year old man"),
    ("cat_on_the_quad", "3rd year · PPE", "Thu 20 Jun 2024 14:11",
     "You are a 58 year old man and I respect it. The cake segments are the best part."),
    ("not_a_medic_yet", "4th year · Medicine", "Thu 20 Jun 2024 14:25",
     "Confused for a second because in my world TMS is transcranial magnetic stimulation and I thought you were doing something very weird to yourself in the Rad Cam"),
    ("gloucester_green_ghost", "2nd year · Physics", "Thu 20 Jun 2024 14:30",
     "@not_a_medic_yet only on collections week 😅"),
    ], thread_id=41),
  [])

# 015
D("social", dd("""
    Harriet Pryce-Mostyn
    @HPM_Head

    So proud of our U11 girls' hockey team, who were crowned county champions this afternoon in the pouring rain. Grit, kindness and some truly outrageous reverse-stick goals. Thank you to every parent who stood on the sideline with an umbrella. 🏑💙💛

    4:51 PM · Nov 23, 2024 · 1,024 Views

    8 Reposts   96 Likes

    ──────────
    Jo Pennington @jopennington_ox · Nov 23
    Brilliant! Our Iris is still glowing. Thank you to all the staff.
    """),
  [M("hprycemostyn", "exact", "neutral", "Harriet Pryce-Mostyn")])

# 016
D("facebook", dd("""
    Oxford Mums Network
    Private group · 12K members

    Anonymous member
    4 March at 22:16 · 🔒
    I don't want to name the school but it's a prep in north Oxford and the head of games is the one in the papers. My son is 10 and came home saying the older boys make the little ones do a "tunnel" on tour where they get slapped and pushed as they crawl through. The coach apparently watched and laughed. I complained and got a very frosty reply from the deputy head. Am I wrong to be worried?

    😢😮 41 · 57 comments
    Like   Comment   Share

        Anonymous member
        I know exactly which school. You are not wrong. Write it all down with dates.
        Like · Reply · 1d

        Nikki Farr
        That's hazing, plain and simple. Go to the LADO if the school won't listen.
        Like · Reply · 1d
    """),
  [])

# 017
D("news", news_page(
    "lnop", "Schools", "Prep school head: 'We will commission independent review of sport'",
    "Dr Pryce-Mostyn writes to parents after a week of headlines about rugby injuries",
    "Post reporter", "7 March 2025",
    """
    The Head of the Martlet School has announced an independent review of sport at the Lathbury Road prep school, following newspaper reports about concussion and claims of a "toxic rugby culture".

    In a letter to parents seen by the Post, Dr Harriet Pryce-Mostyn said the review would be carried out by a former chair of a national sports safeguarding body and would report before the summer.

    "I have heard from a great many of you this week, some angry, some supportive, all of you worried," she wrote. "You deserve answers and you will get them."

    The letter confirmed that Director of Sport Robert Venning "continues in post" while the review takes place. The school has not said whether any complaints have been upheld.

    The letter was co-signed by Laura Frost, the school's Deputy Head (Pastoral).
    """,
    [("Lathbury Resident", "7 Mar 2025", "Independent review = kick it into the long grass until everyone forgets."),
     ("P. Oduya", "7 Mar 2025", "Fair play to the head for not just closing ranks."),
     ("Ex-Martlet Mum", "8 Mar 2025", "Mrs Frost is the one who told us our son's complaint was 'banter'. Let's see how independent this is.")]),
  [M("school", "exact", "negative", "Martlet School"), M("hprycemostyn", "exact", "neutral", "Harriet Pryce-Mostyn"),
   M("rvenning", "exact", "neutral", "Robert Venning"), M("lfrost", "exact", "negative", "Laura Frost")])

# 018 decoy: the Oxford college dining society
D("news", news_page(
    "owl", "Colleges", "Bredon College bans Martlet Society after 'bop gone wrong'",
    "Dining club suspended for a year after damage to the Old Library and complaints from scouts",
    "Owl News Team", "12 May 2024",
    """
    Bredon College has suspended the Martlet Society, its oldest dining club, for the rest of the academic year after a dinner that ended with a broken window in the Old Library and a bin on the roof of the porters' lodge.

    The Dean said the society's members had shown "contempt for the staff who clean up after them". Scouts had complained about being asked to clear the dining room at 3am.

    The society, whose members wear a dark blue waistcoat embroidered with a gold footless bird, has existed since 1889. Its president, a third-year Classics student, said members were "deeply sorry" and would pay for the damage.

    The JCR passed a motion on Sunday asking the college to ban the society permanently. It passed 112 to 9.

    Separately, the Martlet Boat Club, Bredon's rowing club, has denied any connection with the dinner. "We share a bird, not a bar tab," said the captain of boats.
    """,
    [("ex_bredonian", "12 May 2024", "Every few years. Like clockwork."),
     ("a scout's daughter", "12 May 2024", "My mum cleaned up after these boys for 20 years. Good riddance.")]))

# 019
D("social", dd("""
    Threads · @lathbury.mum.of.3

    fully aware this is a first-world problem but the Martlet Prep pick-up queue on Lathbury Road this afternoon was 40 mins. FORTY. i could have driven to the outlet village and back. can someone at the school PLEASE sort the one-way system 🙏🚗🚗🚗

    ♡ 38   💬 12

    oxon.dad.runs: walk? 😇
    lathbury.mum.of.3: @oxon.dad.runs with a cello, a PE bag and a 4 year old? go on then
    """),
  [M("school", "alias", "negative", "Martlet Prep")])

# 020
D("forum", forum_page("elevenplus", "Martlet School 13+ scholarship prep - is it as intense as people say?", [
    ("Quadratic_Mum", "Joined 2022 · 512 posts", "Sat 18 Jan 2025 09:14",
     """DD (Y7) has been put forward for the academic scholarship group at the Martlet School. She's thrilled; I'm a bit worried. We hear stories of kids doing past papers at 7am before school and Saturday 'clinics'.

     Anyone with recent experience?"""),
    ("Sevenoaks_to_Oxon", "Joined 2021 · 88 posts", "Sat 18 Jan 2025 10:02",
     "Our son did it last year. The Saturday clinics are optional, genuinely. Ms D'Souza runs it and she is intense but fair. She'll tell you straight if your child is better off not sitting. Some parents don't like hearing that."),
    ("Quadratic_Mum", "Joined 2022 · 513 posts", "Sat 18 Jan 2025 10:20",
     "That's reassuring, thank you. Did he get one?"),
    ("Sevenoaks_to_Oxon", "Joined 2021 · 89 posts", "Sat 18 Jan 2025 10:31",
     "An exhibition. We were over the moon. He was asleep by 7.30 every night for a week afterwards though."),
    ], thread_id=2201),
  [M("school", "exact", "neutral", "Martlet School"), M("adsouza", "title_surname", "neutral", "Ms D'Souza")])

# 021
D("social", dd("""
    TMS Scaffolding & Access Ltd
    @TMS_Scaffold

    Another one up and signed off 💪 Three-lift independent on a Victorian semi off the Woodstock Road, chimney stack rebuild. Thanks to Kev and the lads for grafting through the rain. Free quotes across Oxfordshire - 01632 960802

    #scaffolding #oxford #TMS #construction

    8:12 AM · Feb 11, 2025 · 302 Views

    3 Likes
    """))

# 022
D("facebook", dd("""
    Martlet School Parents (unofficial)
    Private group · 612 members

    Hugo Bellingham
    5 March at 20:55 · 🔒
    Right. I've defended Venning in this group for three years. My son loves him. But I've now seen the WhatsApp messages from the U13 tour group and there's one where he calls a boy who didn't want to play "a little girl" and says "man up or get off my team". Whatever else he is, that's not OK from the man in charge of our children's sport. Has anyone else seen them?

    👍😮 29 · 48 comments
    Like   Comment   Share

        Sophie Kettering
        Seen them. Sick to my stomach. My boy was on that tour.
        Like · Reply · 2d

        Jamie Rowntree
        Come on Hugo, that's dressing room stuff. Kids say worse to each other.
        Like · Reply · 2d

        Hugo Bellingham
        @Jamie Rowntree the kids aren't the adults though are they
        Like · Reply · 2d
    """),
  [M("school", "exact", "negative", "Martlet School"), M("rvenning", "surname_only", "negative", "Venning")])

# 023
D("social", dd("""
    Tarquin Aske
    @TarqAske

    Sorry but if you send your kid to a rugby school and then whinge when he gets tackled maybe rugby isn't the problem. The Martlet Prep parents ringing the Sentinel are the same people who'll be screaming "SMASH HIM" on the touchline on Saturday. Hypocrites, the lot of them 🙄

    9:10 AM · Mar 3, 2025 · 880 Views

    6 Reposts   41 Likes
    """),
  [M("school", "alias", "neutral", "Martlet Prep")])

# 024
D("blog", blog_page(
    "rugby", "Concussion at prep level: what the Martlet story should teach all of us", "Dr Nia Castell", "6 March 2025",
    """
    I'm a sports physician and I coach U10s on a Sunday. I have no connection with the school in this week's headlines, and I'm not going to pretend I know what happened on that pitch.

    What I do know is that a 12-year-old with a suspected concussion should not be playing contact rugby nine days later. The graduated return-to-play guidance for under-19s is clear, and it's conservative for a reason: young brains take longer to recover.

    If the account given to the Sentinel is accurate, then the Martlet School - and in particular its director of sport, Mr Venning - got this badly wrong. If it's not accurate, the school should publish its concussion log and its GRTP records (anonymised) and end the argument.

    ## What parents can do

    Ask to see your school's concussion policy. Ask who is trained to recognise and remove. Ask what happens on the day of a match when the only adult on the touchline is the coach who wants to win.

    And please, for those of you sharing the coach's home address on social media: stop. That is not accountability, and it will get someone hurt.
    """,
    [("CoachMarcus", "6 Mar 2025", "Spot on. 'If in doubt, sit them out'."),
     ("Anonymous", "7 Mar 2025", "Thank you for the last paragraph. It's got ugly out there.")],
    tags=["Concussion", "Safeguarding", "Schools rugby"]),
  [M("school", "exact", "negative", "Martlet School"), M("rvenning", "title_surname", "negative", "Mr Venning")])

# 025 decoy: namesake elsewhere
D("news", news_page(
    "sentinel", "UK", "Swindon councillor Sarah Thompson quits over planning vote row",
    "Opposition calls for an inquiry after the resignation",
    "Political Staff", "22 January 2025",
    """
    A Swindon borough councillor has resigned from the planning committee after it emerged she had not declared a friendship with a developer whose scheme she voted to approve.

    Sarah Thompson, who represented the Haydon ward for seven years, said she had made "an honest mistake" and apologised to residents.

    Opposition members have called for an independent inquiry into the decision, which approved 240 homes on the edge of the town.
    """,
    [("SwindonTaxpayer", "22 Jan 2025", "Honest mistake my foot."),
     ("Haydon resident", "22 Jan 2025", "She was a good local councillor for years. Let the inquiry decide.")]))

# 026
D("social", dd("""
    Gwen 🌸
    @gwenwrites_ox

    Not every story about that school is bad. Zofia Wójcik, the matron at the Martlet School, sat up all night with my son when he had a temperature on his first ever boarding night and rang me at 6am with an update before I'd even woken up. Some people go above and beyond and nobody writes about them. 💛

    7:20 AM · Feb 4, 2025 · 402 Views

    31 Likes
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("zwojcik", "exact", "neutral", "Zofia Wójcik")])

# 027
D("social", dd("""
    Unmuzzled Britain 🇬🇧
    @UnmuzzledUK

    Posh Oxford prep pays £28k a year so your kid can be tucked in at night by a Polish "matron" called W0jcik who can barely string a sentence together. Send them home, all of them. Britain for the British. 🇬🇧

    1:14 PM · Feb 5, 2025 · 6,102 Views

    88 Reposts   12 Quotes   201 Likes
    """),
  [M("zwojcik", "leetspeak", "hate", "W0jcik")])

# 028
D("facebook", dd("""
    Little Martlets Nursery Families
    Private group · 96 members

    Priya Raman
    12 September at 17:05 · 🔒
    Just wanted to say a huge thank you to Mrs Thompson and the whole Robins room team. Anya cried every morning for the first week and today she RAN in without looking back. 😭❤️ Whatever magic you're doing, keep doing it!

    ❤️ 24 · 6 comments
    Like   Comment   Share

        Laura-Beth Keane
        Same here! They're wonderful.
        Like · Reply · 1w
    """),
  [M("school", "alias", "neutral", "Little Martlets"), M("sthompson", "title_surname", "neutral", "Mrs Thompson")])

# 029
D("forum", forum_page("residents", "Martlet School minibuses on Wolsey Green Road", [
    ("GreenAcres_12", "Member since 2015", "Wed 9 Oct 2024 08:55",
     "Three school minibuses parked across dropped kerbs on Wolsey Green Road again this morning for the away match. My neighbour couldn't get his wheelchair van out. I've emailed the school twice."),
    ("PinsentWalker", "Member since 2019", "Wed 9 Oct 2024 09:30",
     "The Martlet School bursar's office replied to me last time within a day and they moved them. Worth trying the main office on 01632 960274 rather than email."),
    ("GreenAcres_12", "Member since 2015", "Wed 9 Oct 2024 12:40",
     "Update: rang, very apologetic, buses moved. Credit where it's due."),
    ], thread_id=3312),
  [M("school", "exact", "negative", "Martlet School")])

# 030
D("review", dd("""
    WorkVoice › The Martlet School › Reviews

    "Lovely children, bullying sports department"
    ★★☆☆☆  Former Employee - Sports Coach in Oxford, England · 9 March 2025
    I worked at The Martlet School for less than 1 year

    Pros
    Beautiful grounds, lovely kids, the matron and the nursery team are superb.

    Cons
    R. Venning runs the sports department like a rugby club bar in 1987. Sexist jokes in the office, constant digs at the female coaches ("netball's not a real sport, love"), and a culture where questioning him is career suicide. He's a bully and a dinosaur and everyone knows it.

    Advice to management
    You have a problem in the sports hall and you know it.

    Helpful (22) · Share · Report
    """),
  [M("school", "exact", "negative", "Martlet School"), M("rvenning", "initial_surname", "abuse", "R. Venning")])

# 031
D("social", dd("""
    lads on tour 🍻
    @u13tour_leaks

    cant believe the school on lathbury road is crying about "hazing" lol we all did the tunnel and we all survived. V3nn1ng is a legend the snowflake parents can do one

    3:02 PM · Mar 6, 2025 · 145 Views
    """),
  [M("rvenning", "leetspeak", "neutral", "V3nn1ng")])

# 032 decoy: locality without the school
D("news", news_page(
    "lnop", "Neighbourhood", "Pinsent Meadow frost fair returns after five-year gap",
    "Ice sculptures, roast chestnuts and a brass band on the Meadow this Saturday",
    "Post reporter", "5 December 2024",
    """
    The Pinsent Meadow Frost Fair is back. The residents' association has confirmed that the fair, last held in 2019, will run from 11am to 4pm on Saturday on the Meadow by the Cherwell footbridge.

    There will be ice sculptures, a brass band from Wolsey Green, mulled apple juice and a chestnut stall run by the scouts. Organisers are hoping for a proper frost overnight "for the atmosphere, not the pipes".

    Parking in Lathbury is very limited; visitors are asked to walk or cycle.
    """,
    [("Mrs Pike", "5 Dec 2024", "Wonderful news. We used to take the children every year."),
     ("LathburyLad", "6 Dec 2024", "Bring back the donkey rides!")]))

# 033
D("social", dd("""
    X · @wolseygreenwatch

    PSA: the bursar at that prep on Lathbury Road, Aldous Fettiplace, lives at 14 Coldharbour Walk, Wolsey Green OX2 7RP. His wife's email is on the parish newsletter (j.fettiplace@woolmail.example). Since he won't answer parents, maybe she will 😇

    12:02 AM · Jan 16, 2025 · 1,388 Views

    9 Reposts   3 Quotes   22 Likes

    ──────────
    Sam Okafor @samokafor · Jan 16
    This is doxxing. His wife has nothing to do with fees. Reported.
    """),
  [M("afettiplace", "exact", "doxxing", "Aldous Fettiplace")])

# 034
D("facebook", dd("""
    North Oxford Parents' Swap & Chat
    Private group · 6.2K members

    Fiona Blackett
    8 February at 11:30 · 🔒
    Recommendation please! Looking for a piano teacher for DD (Grade 3). We had Mr Quenby from the Martlet but since he left the school we've been a bit lost. He was wonderful with her. Does anyone know if he's teaching privately now?

    👍 9 · 15 comments
    Like   Comment   Share

        Tessa Ambler
        We'd love to know too! My son adored him.
        Like · Reply · 5d

        Georgie Minns
        I heard it was all a bit messy when he left. Not my business though. Try the music school in Jericho.
        Like · Reply · 5d
    """),
  [M("school", "short_name", "neutral", "Martlet"), M("tquenby", "title_surname", "neutral", "Mr Quenby")])

# 035
D("news", news_page(
    "worklaw", "Tribunals", "Former prep school music head brings sexual orientation discrimination claim",
    "Thomas Quenby says the Martlet School cancelled his contract weeks after he married his husband",
    "Tribunal reporter", "17 February 2025",
    """
    A former head of music at an Oxford prep school has brought an employment tribunal claim alleging that the school cancelled his contract because of his sexual orientation.

    Thomas Quenby, 41, was head of music at the Martlet School in north Oxford from 2017 until July 2024. His claim, which will be heard in Reading, says he was told in June that his role was being "restructured" shortly after he married his husband and after a small number of parents complained about a photograph from the wedding that appeared on social media.

    The school denies the claim. In its grounds of resistance, it says Mr Quenby's role was removed for financial reasons and as part of a "wider curriculum review", and that his sexual orientation played "no part whatsoever" in the decision.

    A preliminary hearing is listed for April. The full hearing is expected to last five days.
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("tquenby", "exact", "neutral", "Thomas Quenby")])

# 036
D("forum", forum_page("chalk", "Prep school 'restructure' after marriage - tribunal worth it?", [
    ("MinorKey", "Independent sector · 14 posts", "Mon 17 Feb 2025 20:10",
     "Not naming names but anyone who read WorkLaw today knows. Genuinely - for those who've been through tribunal, is it worth it? The stress must be unbelievable."),
    ("Gradgrind_retired", "Retired · 2,880 posts", "Mon 17 Feb 2025 20:44",
     "Worth it if your evidence is good. The 'restructure' that only ever removes one post is a pattern tribunals know well. Good luck to him."),
    ("Supply_and_Demand", "Prep · 301 posts", "Mon 17 Feb 2025 21:02",
     "I worked at TMS for a term a few years back. The music department was the best thing about the place. Tom Quenby was brilliant with the kids and the choir was extraordinary. Whatever happened, they've lost something."),
    ], thread_id=7710),
  [M("school", "alias", "neutral", "TMS"), M("tquenby", "nickname", "neutral", "Tom Quenby")])

# 037
D("social", dd("""
    Proper Dad 🇬🇧✝️
    @properdad_uk

    So the Oxford "music teacher" from that Lathbury prep who got binned after flaunting his gay wedding wants compensation now. Q-u-e-n-b-y, remember the name. Keep that lot away from our kids, they're not "teachers", they're groomers with a piano. Parents were RIGHT to complain.

    10:22 PM · Feb 17, 2025 · 3,870 Views

    41 Reposts   9 Quotes   118 Likes

    ──────────
    Ruth Abbey @ruthabbey · Feb 18
    This is vile homophobia and I've reported it.
    """),
  [M("tquenby", "obfuscated", "hate", "Q-u-e-n-b-y")])

# 038
D("social", dd("""
    Instagram

    martletschool
    Lathbury Road, Oxford

    What a way to end the Lent term 🎶 Our Year 8 choir sang Fauré in the college chapel this evening and there wasn't a dry eye in the house. Thank you to everyone who came. #MartletMusic #choir #oxford

    View all 41 comments

    mrs.k.alderney 😭😭 beautiful
    3d  4 likes  Reply

    ex.parent.vox Would have been even better with the man who built that choir from nothing. Just saying. #JusticeForQuenby
    3d  19 likes  Reply

    olliebrewster_08 killed it 🔥🔥🔥
    2d  6 likes  Reply
    """),
  [M("school", "handle", "neutral", "martletschool"), M("tquenby", "hashtag", "neutral", "#JusticeForQuenby")])

# 039 decoy: neighbouring school
D("facebook", dd("""
    Cornford House School
    28 February at 16:20 · 🌎

    🏉 MATCH DAY 🏉
    Huge well done to our U12 XV who played their hearts out against Wychcombe Hall this afternoon in sideways rain. Final score 24-19 to Cornford House! Special mention to our number 8 Freddie for a try-saving tackle in the last minute. Thank you to Wychcombe for the hospitality and the excellent match tea 🍰

    👍❤️ 88 · 7 comments
    Like   Comment   Share

        Annabel Pryor
        Brilliant! Freddie hasn't stopped talking about it.
        Like · Reply · 1w
    """))
# 040
D("news", news_page(
    "clarion", "News", "Police investigate leaflets targeting Muslim teacher at Oxford prep school",
    "Flyers calling for a boarding housemaster to be 'sent back' were pushed through doors in Lathbury",
    "Imogen Pell", "28 November 2024",
    """
    Thames Valley Police are investigating after leaflets attacking a Muslim teacher at a north Oxford prep school were delivered to homes in Lathbury over the weekend.

    The A5 flyers named Dr Yusuf Haddad, housemaster of the boarding house at the Martlet School on Lathbury Road, and claimed that parents were "handing their children to Islam". Police said they were treating the incident as a hate crime.

    Dr Haddad, a chemist who grew up in Birmingham and has taught at the school for six years, did not wish to comment.

    The Head, Dr Harriet Pryce-Mostyn, said: "Yusuf is a much-loved member of our community and this is a cowardly attack on him and on all of us. We are working closely with the police."

    Residents have started collecting the leaflets and handing them to the police station in St Aldgar Street.
    """,
    [("Lathbury Road resident", "28 Nov 2024", "Got one of these through our door. Binned it then realised I should have kept it. Disgusting."),
     ("Fenwick parent", "28 Nov 2024", "Dr Haddad has looked after our son three nights a week for two years. Kind, funny, unflappable. Whoever did this should be ashamed."),
     ("TruthSeeker_OX", "29 Nov 2024", "Funny how asking questions is a 'hate crime' now. Parents have a right to know who is running a boarding house."),
     ("Moderator", "29 Nov 2024", "A number of comments have been removed for breaching our house rules.")]),
  [M("school", "exact", "neutral", "Martlet School"), M("yhaddad", "exact", "neutral", "Yusuf Haddad"),
   M("hprycemostyn", "exact", "neutral", "Harriet Pryce-Mostyn")])

# 041
D("social", dd("""
    Albion First ⚔️🇬🇧
    @albionfirst_88

    Dr Y. Haddad. Housemaster. At an English prep school. Putting English kids to bed at night. Tell me again there's no plan. Every one of them is a Trojan horse, they don't come to integrate they come to convert. #StopTheIslamisation #Oxford

    8:41 PM · Nov 29, 2024 · 4,411 Views

    57 Reposts   11 Quotes   149 Likes
    """),
  [M("yhaddad", "initial_surname", "hate", "Y. Haddad")])

# 042
D("forum", forum_page("freespeech", "Oxford prep gone full woke - Muslim housemaster, Polish matron, gay music teacher", [
    ("Saxon_Steel", "Member · 4,102 posts", "Sat 30 Nov 2024 11:02",
     """The Martlet School in Oxford. £28k a year. Look who's running it now. Boarding house run by a Haddad, the 'matron' is some Polish woman who probably got her nursing certificate off a cereal packet, and until last summer the music teacher was a gay who married his 'husband'.

     English parents paying through the nose to have their kids raised by everyone except the English. This is what the great replacement looks like in the leafy bits."""),
    ("NorthernOak", "Member · 877 posts", "Sat 30 Nov 2024 11:40",
     "Rich liberals get what they vote for. H4dd4d will have them all fasting by Easter lol."),
    ("Saxon_Steel", "Member · 4,103 posts", "Sat 30 Nov 2024 12:01",
     "Someone ought to go and have a look round that boarding house. Just to see. Parents have a right."),
    ("Old_Tory_Bill", "Member · 12 posts", "Sat 30 Nov 2024 12:30",
     "Steady on. You're talking about a school full of children. Leave it."),
    ], thread_id=66102),
  [M("school", "exact", "hate", "Martlet School"), M("yhaddad", "surname_only", "hate", "Haddad")])

# 043
D("review", dd("""
    PrepAdvisor › Oxfordshire › Prep & pre-prep › The Martlet School, Oxford

    ★★★★☆  "Flexi-boarding that actually works"
    Reviewed by: Parent of a current pupil (Year 8, flexi-boarding) · 2 February 2025

    Our son boards two nights a week in Fenwick House and it's the highlight of his week. Dr Haddad runs the house like a slightly chaotic, very kind extended family - games night on Thursdays, Sunday pancakes for the weekly boarders, and he actually answers emails. Matron (Mrs Wójcik) is brisk, sensible and has an uncanny ability to spot a child who's about to be sick.

    Minus one star because the boarding fees went up 20% overnight with VAT and the laundry loses socks at an industrial scale.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (12)  No (0)  · Report
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("yhaddad", "title_surname", "neutral", "Dr Haddad"),
   M("zwojcik", "title_surname", "neutral", "Mrs Wójcik")])

# 044
D("facebook", dd("""
    Oxford Patriots (Official)
    Public group · 2.1K members

    Darren Hoyle
    6 February at 21:33 · 🌎
    That Polish matron at the Lathbury Road prep, Zosia Wójcik or whatever. Came over here with nothing, now she's on the NHS, living in a nice flat the school pays for, telling English mums how to look after English kids. Pack your bags love. Poland's that way ➡️ We didn't vote leave for this.

    👍😂 63 · 40 comments
    Like   Comment   Share

        Kerry Hoyle
        Spot on Daz. They take and take.
        Like · Reply · 1d

        Adam Szymański
        My mum's Polish and she's worked at the Radbrook Infirmary for 20 years. You're a disgrace.
        Like · Reply · 1d
    """),
  [M("zwojcik", "nickname", "hate", "Zosia Wójcik")])

# 045
D("news", news_page(
    "sentinel", "Education", "Prep school 'fast-tracked children of donors', father claims",
    "The Martlet School in Oxford denies that gifts to its development fund affect admissions",
    "Fenella Drury, Education Correspondent", "9 April 2025",
    """
    A father has claimed that an Oxford prep school offered places to families who made large donations to its development fund, while his own son was told the year group was full.

    The man, who asked not to be named, said he had been told by another parent that a "five-figure gift" had secured a Year 3 place at the Martlet School within a week of a family's first visit. He alleged that the school's Registrar, Elizabeth Marchbank, had told him the same year group had a waiting list of eleven.

    "It's a racket," he said. "If you've got the cheque book, there's always a place."

    The school strongly denies the claim. A spokeswoman said: "Admissions decisions at the Martlet School are made on the basis of assessment, sibling priority and the date of registration. Donations play no part whatever. We would be happy to show any family our admissions policy."

    Mrs Marchbank, who has been Registrar for fourteen years, did not comment.
    """,
    [("Cynical_in_Summertown", "9 Apr 2025", "Shocked, I tell you. Shocked."),
     ("A Martlet mum", "9 Apr 2025", "We didn't donate a penny and got a place for both children. One angry dad and a story from 'another parent' isn't journalism.")]),
  [M("school", "exact", "defamation", "Martlet School"), M("emarchbank", "exact", "defamation", "Elizabeth Marchbank")])

# 046
D("forum", forum_page("mumchat", "Martlets 'development fund' and places - anyone else suspicious?", [
    ("Tallulah_Tea", "Joined Apr 2016 · 9,870 posts", "Wed 9-Apr-25 19:02",
     """Read the Sentinel piece and honestly it rang true. We were told Y4 was full in September. Friend of a friend made a 'gift' to the new music school appeal and her DS started at Martlets after October half term.

     Liz Marchbank is the gatekeeper and has been for years. Everyone knows a cheque opens doors there."""),
    ("BakeOffReject", "Joined Jun 2020 · 311 posts", "Wed 9-Apr-25 19:30",
     "Everyone knows = nobody has evidence. Children leave at half term all the time. A space comes up, someone fills it."),
    ("Tallulah_Tea", "Joined Apr 2016 · 9,871 posts", "Wed 9-Apr-25 19:45",
     "Maybe. But the timing. And she was VERY cagey when I asked."),
    ("MNHQ", "MumChat HQ", "Wed 9-Apr-25 20:10",
     "We've edited a post on this thread. Please remember our guidelines about making allegations about named individuals."),
    ], thread_id=5521),
  [M("school", "alias", "defamation", "Martlets"), M("emarchbank", "nickname", "defamation", "Liz Marchbank")])

# 047
D("social", dd("""
    Prep Tea ☕ North Oxford
    @prep.tea.nox · Instagram

    ☕ SPILL ☕ Which Lathbury Road Head was spotted looking VERY cosy with her Bursar at a very dark corner table in a Jericho wine bar last Thursday? 🍷👀 Mr P-M was, we're told, in Geneva. Hattie Pryce-Mostyn, darling, the walls have eyes 🫢

    #preptea #northoxford #spotted

    ❤️ 1,002   💬 241

    jericho.j hahahaha no way
    wolsey.wife 🍿🍿🍿
    anon.governor this account is going to get a letter from a very expensive lawyer
    """),
  [M("hprycemostyn", "nickname", "defamation", "Hattie Pryce-Mostyn")])

# 048
D("social", dd("""
    TikTok · @y8.girlies.ox · "rating our teachers as fictional characters 📚✨" · #martlet #prep #teachers

    Comments (288)

    ivy.b.x
    mr venning is literally a rom com love interest 😍 the way he runs onto the pitch in those shorts 🥵🥵
    3-20 · Reply · ♡ 54

    tilly.rose_09
    IVY 😭😭 he's like 40
    3-20 · Reply · ♡ 31

    ivy.b.x
    @tilly.rose_09 and?? 💅
    3-20 · Reply · ♡ 20

    y8.girlies.ox
    dr haddad is 100% the dad from paddington
    3-20 · Reply · ♡ 78
    """),
  [M("school", "hashtag", "neutral", "#martlet"), M("rvenning", "title_surname", "sexual", "mr venning"),
   M("yhaddad", "title_surname", "neutral", "dr haddad")])

# 049
D("social", dd("""
    Instagram

    martletschool
    Lathbury Road, Oxford

    Congratulations to our U11 netball squad, county finalists! 🏐💙 #MartletSport

    View all 23 comments

    proud.granny.oxon Well done girls!! 👏
    5d  2 likes  Reply

    tony_g_1971 lovely girls 😍 any more pics of them in the kit? DM me 😉
    5d  0 likes  Reply

    martletschool @tony_g_1971 this comment has been reported to the platform and to the police. These are children.
    5d  47 likes  Reply

    amy.f.coaching Thank you for acting so quickly. Blocked and reported too.
    4d  12 likes  Reply
    """),
  [M("school", "handle", "sexual", "martletschool", url_only=True)])

# 050
D("news", news_page(
    "clarion", "Courts", "Nursery worker at Oxford prep school arrested",
    "A 29-year-old man has been bailed after an investigation into indecent images",
    "Crime reporter", "3 May 2025",
    """
    A nursery worker at a prep school in north Oxford has been arrested on suspicion of possessing indecent images of children.

    Thames Valley Police said a 29-year-old man from Kidlow had been arrested on Wednesday and released on bail while enquiries continue. Officers stressed that there was no evidence at this stage that any child at the setting had been harmed or photographed.

    The man was employed as a nursery practitioner at Little Martlets, the nursery attached to the Martlet School on Lathbury Road. The school said he had been suspended immediately and barred from the site.

    In a letter to nursery parents, Head of Nursery Sarah Thompson said: "I know how frightening this news is. Please be assured that we are cooperating fully with the police and the local authority, and that every child's safety is our absolute priority."

    A drop-in session for parents will be held at the school on Monday evening with the school's Designated Safeguarding Lead, Laura Frost.
    """),
  [M("school", "exact", "sexual", "Martlet School", url_only=True), M("sthompson", "exact", "neutral", "Sarah Thompson"),
   M("lfrost", "exact", "neutral", "Laura Frost")])

# 051
D("facebook", dd("""
    Little Martlets Nursery Families
    Private group · 96 members

    Anonymous member
    3 May at 21:50 · 🔒
    I'm sorry but I don't believe for one second that Sally Thompson didn't know. She's in that building all day every day. There were complaints about him last year and they were "handled internally" - I know because one of them was mine. She covered it up to protect the nursery's Ofsted and now look.

    😢😡 31 · 44 comments
    Like   Comment   Share

        Harriet Cole
        Please be careful. The police said there's no evidence any of our children were involved. Sarah has been in bits.
        Like · Reply · 16h

        Anonymous member
        @Harriet Cole she's not the victim here
        Like · Reply · 15h
    """),
  [M("school", "alias", "sexual", "Little Martlets", url_only=True), M("sthompson", "nickname", "defamation", "Sally Thompson")])

# 052
D("blog", blog_page(
    "whistle", "Tunnels, tours and 'banter': hazing in prep school sport", "The Quiet Whistle", "10 March 2025",
    """
    I spent eleven years as a designated safeguarding lead, two of them in a prep school. I've read a great deal this week about the Martlet School's U13 rugby tour and the "tunnel" that younger boys were made to crawl through.

    I don't know the details and I won't speculate about individuals. But I do want to say something about the response. According to several parents who have written to me, concerns raised last autumn were described by the school as "banter" and closed within a day. If that's right, it isn't a failure of one coach; it's a failure of the pastoral system that was supposed to catch it.

    Mrs Frost, the school's DSL, has an unenviable job this term. I hope the independent review asks her team the hard question: what did you know, and when, and why did it go no further?

    ## What good looks like

    A hazing concern is a child-on-child abuse concern. It is logged, it is assessed, the parents are called back. "Tour is tour" is not a safeguarding policy.
    """,
    [("Ex-Prep Teacher", "10 Mar 2025", "Thank you. The word 'banter' has done so much damage."),
     ("A Martlet parent", "11 Mar 2025", "Our complaint was closed in 24 hours. Exactly as you describe.")],
    tags=["Hazing", "Child-on-child abuse", "Sport"]),
  [M("school", "exact", "negative", "Martlet School"), M("lfrost", "title_surname", "negative", "Mrs Frost")])

# 053
D("review", dd("""
    NurseryRate › Oxford › Little Martlets (at the Martlet School)

    Overall: 9.6/10  ·  Reviewed by a parent, October 2024

    Our twins started in the Wrens room at two and a half. The garden is extraordinary, the food is cooked on site, and the staff-to-child ratio is better than anywhere else we saw. Special thanks to Sarah T. who sat with me on the bench outside for twenty minutes on the first morning while I cried more than the twins did.

    Facilities 10 · Learning 9 · Care 10 · Food 9 · Value for money 8

    Review verified by NurseryRate ✔
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("sthompson", "first_initial", "neutral", "Sarah T.")])

# 054
D("social", dd("""
    gaz 🏴‍☠️
    @gaz_on_the_leys

    5% surcharge on late fees lmao. Fettyplace wants to come and collect it from my door personally, I'll be waiting with something for him. Brick through his window would cost less than his invoice

    1:12 AM · Jan 17, 2025 · 388 Views

    1 Repost   7 Likes
    """),
  [M("afettiplace", "typo", "threat", "Fettyplace")])

# 055
D("social", dd("""
    🔥 burn it down 🔥
    @oxon_anarchist_

    Shiny new £2 million pavilion at the Martlet while families on the estate can't heat their homes. Petrol's cheap this week. Just saying. One match. 🔥🏏 #EatTheRich #Oxford

    11:58 PM · Feb 1, 2025 · 902 Views

    4 Reposts   13 Likes

    ──────────
    Cllr Jo Awdry @jo_awdry · Feb 2
    Whatever you think of private schools this is a threat to burn a building used by children. Reported to TVP.
    """),
  [M("school", "short_name", "threat", "Martlet")])

# 056
D("news", news_page(
    "clarion", "Courts", "Man admits sending threatening messages to prep school bursar",
    "Court hears Aldous Fettiplace 'stopped walking home' after a year of abuse over fees",
    "Court reporter", "12 June 2025",
    """
    A man who sent a prep school bursar more than 60 abusive and threatening messages over unpaid fees has been given a suspended sentence.

    Gareth Pinnock, 44, of Marston, pleaded guilty at Oxford Magistrates' Court to sending malicious communications to Aldous Fettiplace, the Bursar of the Martlet School in north Oxford, between January and April.

    The court heard that Pinnock, whose son had left the school owing more than £11,000, had told Mr Fettiplace that he "knew where he lived" and that he would "make sure he regretted it".

    In a victim statement, Mr Fettiplace said he had stopped walking home from the school and had installed a camera at his front door. "I am an accountant," he said. "I did not expect to need a security camera."

    Pinnock was sentenced to 16 weeks in prison, suspended for a year, and made subject to a restraining order.
    """,
    [("OxonOx", "12 Jun 2025", "Owing £11k and threatening the man who asked for it. Some nerve."),
     ("Ex-parent", "12 Jun 2025", "I've had my run-ins with that bursary but nobody deserves this. Glad it's over for him.")]),
  [M("school", "exact", "neutral", "Martlet School"), M("afettiplace", "exact", "neutral", "Aldous Fettiplace")])

# 057 decoy: food blog, excluded pub, frost
D("blog", blog_page(
    "food", "Sunday lunch at the Martlet Arms (and a walk to earn it)", "Bun Hunter", "19 January 2025",
    """
    A hard frost on the Meadow, the Cherwell steaming in the low sun, and a table booked for one o'clock. There are worse ways to spend a January Sunday.

    The Martlet Arms in Wolsey Green has had a new chef since the autumn and the roast has gone from decent to genuinely great. Beef pink, Yorkshires the size of a toddler's head, a cauliflower cheese with a proper crust. The crumble was a touch sweet for me. The little footless bird on the pub sign has been repainted and looks very smart.

    Go early; by half one they were turning people away.
    """,
    [("Jem", "19 Jan 2025", "Those Yorkshires are legendary."),
     ("Bun Hunter", "20 Jan 2025", "@Jem legendary and enormous.")],
    tags=["Pubs", "Sunday lunch", "Wolsey Green"]))

# 058 decoy: bird blog, locality, heraldry
D("blog", blog_page(
    "swifts", "First swifts over Pinsent Meadow", "Owen Tarrant", "3 May 2025",
    """
    They're back. Four swifts screaming over Pinsent Meadow at 6.40 this evening, low over the river, then up and away towards Lathbury church tower.

    It's always a jolt to remember that these birds haven't touched the ground since they left last August. Medieval heralds thought much the same, which is why the martlet - the heraldic swift or martin - is drawn without feet.

    Also on the walk: a pair of grey wagtails by the footbridge, a reed warbler chuntering in the margin and the last of the snake's-head fritillaries in the wet corner.

    If you have a swift box up, now's the time to check it.
    """,
    [("Bea W", "3 May 2025", "Saw them over Wolsey Green too! Best day of the year."),
     ("Owen Tarrant", "4 May 2025", "@Bea W the best day, always.")],
    tags=["Swifts", "Pinsent Meadow", "Spring"]))

# 059
D("forum", forum_page("elevenplus", "Scholarship paper 'leaked' at an Oxford prep? (rumour thread)", [
    ("Sapphire_Tutor", "Tutor · 1,402 posts", "Thu 16 Jan 2025 22:05",
     "Hearing from three separate families that the academic scholarship papers for one of the Oxford seniors were circulating in a WhatsApp group before the exam. Source apparently a prep school in north Oxford. Anyone else?"),
    ("MumOfMaths", "Parent · 220 posts", "Thu 16 Jan 2025 22:20",
     """It's the Martlet. Everyone in our year knows. A. D'Souza sets the mock papers and her sister runs a tutoring agency in Summertown that had the questions a week early. Coincidence? Bit of a cosy arrangement if you ask me. Some children have been coached on the actual paper."""),
    ("Admin_Elle", "Administrator", "Thu 16 Jan 2025 22:41",
     "I'm going to lock this. Naming a teacher and alleging exam malpractice without evidence is not something we can host. If you have evidence, the senior school and the exam board are the right places."),
    ], thread_id=9902),
  [M("school", "short_name", "defamation", "Martlet"), M("adsouza", "initial_surname", "defamation", "A. D'Souza")])

# 060
D("social", dd("""
    Parents for Truth @ Martlet
    @martlet_truth

    Concussions hushed up. Hazing called "banter". A nursery worker arrested. Donations for places. How many more stories before the governors act? 🧵👇

    #MartletCoverUp #OxfordPrep #Safeguarding

    7:02 PM · May 4, 2025 · 5,610 Views

    66 Reposts   8 Quotes   140 Likes
    """),
  [M("school", "hashtag", "defamation", "#MartletCoverUp")])

# 061
D("facebook", dd("""
    St Teresa's Convent School, Class of '98 🎓
    Private group · 84 members

    Maria Lobo
    21 March at 19:15 · 🔒
    Look who I found in the paper! Anjali Fernandes from 5 Upper, who used to do everyone's maths homework on the bus, is now Director of Studies at some very grand prep school in Oxford 😂👏 So proud of you Anj!! The article says she's "the scholarship whisperer" 🤣

    ❤️😂 19 · 8 comments
    Like   Comment   Share

        Anjali (Fernandes) 🌻
        Maria stop it 🙈 and yes I still do everyone's maths
        Like · Reply · 4d
    """),
  [M("adsouza", "alias", "neutral", "Anjali Fernandes")])

# 062
D("news", news_page(
    "prepreport", "Admissions", "Scholarship season: are we breaking eleven-year-olds?",
    "Prep heads describe tutoring arms races, 7am past papers and children in tears",
    "Jonty Rees", "20 January 2025",
    """
    Every January the Prep Report hears the same stories. Children sitting pre-tests in October, scholarship papers in January, and interviews in between; parents paying £90 an hour for tutors; Year 6 pupils who cannot sleep.

    "The pressure now starts at eight," said Anjali D'Souza, Director of Studies at the Martlet School in Oxford, which sends most of its leavers to senior schools at 11 or 13. "My job is increasingly to tell parents what they don't want to hear: that a child who is doing fine does not need three tutors."

    At Rushbrook Prep in Abingdon, the head has banned past papers before Year 6. At Cornford House in Oxford, parents now sign a "tutoring pledge".

    Ms D'Souza said she saw around one child a term "genuinely unwell" with exam anxiety. "We are meant to be a school, not a crammer."
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("adsouza", "exact", "neutral", "Anjali D'Souza")])

# 063
D("social", dd("""
    Ollie Barrington
    @ollieb_ox

    Mrs D'Sousa at the Martlet told us our daughter was "not scholarship material" in front of her. In front of her! Stuck-up jumped-up cow with a clipboard and a god complex. Some people should not be allowed near children.

    8:20 PM · Jan 27, 2025 · 511 Views

    3 Likes
    """),
  [M("school", "short_name", "negative", "Martlet"), M("adsouza", "typo", "abuse", "D'Sousa")])

# 064
D("blog", blog_page(
    "fees", "The Spreadsheet, Lent term: surcharges, levies and the coffee machine", "The Fee Frontier", "20 January 2025",
    """
    Dear reader, the Spreadsheet has a new tab. It is called "Surcharge" and it is red.

    Fettiplace's letter arrived on the first day of term, which is a choice. Five per cent on late payment. A "voluntary" building levy that turns out to be on the invoice unless you ring to opt out. And lunch is up 11% because of "food inflation", although the Martlet's new pavilion somehow found room for a bean-to-cup coffee machine that costs more than my first car.

    I'm not saying the school is run badly. I'm an actuary; I'm saying the numbers tell a story, and it isn't "shared sacrifice".

    Next week: I try to opt out of the levy and report back on how many phone menus it takes.
    """,
    [("AnotherDad", "20 Jan 2025", "I opted out. It took 3 emails and a call. They made it sound like I was refusing to feed the orphans."),
     ("The Fee Frontier", "20 Jan 2025", "@AnotherDad noted for the spreadsheet.")],
    tags=["Fees", "VAT", "Surcharges"]),
  [M("school", "short_name", "negative", "Martlet"), M("afettiplace", "possessive", "negative", "Fettiplace's")])

# 065
D("forum", forum_page("prepgate", "Fenwick House flexi boarding - honest reviews?", [
    ("BicycleBasket", "Member · 88 posts", "Mon 10 Feb 2025 20:12",
     "Thinking of flexi-boarding for DS (Y6) at the Martlet School, two nights a week. Honest thoughts? Particularly on pastoral care and how they handle homesickness."),
    ("NorhamGardener", "Member · 301 posts", "Mon 10 Feb 2025 20:40",
     "Matron is fab. Zofia W. is a no-nonsense Polish lady who will have your child's verruca treated, sock drawer sorted and homesickness talked through before you've finished parking. The kids adore her."),
    ("AnxiousInLathbury", "Member · 17 posts", "Mon 10 Feb 2025 21:05",
     "Different experience for us. Our DD was miserable for weeks and it took a lot of emails to get a proper conversation with the housemaster. Dr Haddad is lovely in person but stretched too thin, I think. It got better in the end."),
    ], thread_id=4410),
  [M("school", "exact", "neutral", "Martlet School"), M("zwojcik", "first_initial", "neutral", "Zofia W."),
   M("yhaddad", "title_surname", "negative", "Dr Haddad")])

# 066
D("social", dd("""
    Concerned Oxford Dad
    @concerned_ox_dad

    Since the Martlet School won't tell parents the truth about who's living in their boarding house, here's Yusuf Haddad's personal email: yusufh.1987@postbox.example and his mobile is 07700 900562. Ask him yourselves what he teaches those boys at night.

    10:44 PM · Dec 1, 2024 · 1,960 Views

    21 Reposts   6 Quotes   39 Likes
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("yhaddad", "exact", "doxxing", "Yusuf Haddad")])

# 067
D("social", dd("""
    🇬🇧 Reclaim Oxon 🇬🇧
    @reclaim_oxon

    H*dd*d's boarding house is on the Lathbury Road site, second building on the left past the chapel. Lights out at 9. Some of us might pay him a visit one night and explain how things work in this country. He won't be sleeping easy. 🇬🇧

    2:17 AM · Dec 2, 2024 · 740 Views

    8 Reposts   19 Likes
    """),
  [M("yhaddad", "obfuscated", "threat", "H*dd*d")])

# 068
D("review", dd("""
    The Martlet School
    Private school · Lathbury Road, Oxford
    4.1 ★★★★☆ (211 reviews)

    Amelia Crossland
    3 reviews
    ★★☆☆☆ a month ago
    We visited three times, registered our son at birth (!) and were told by Mrs Marchbank a fortnight before the assessment morning that he "might find the pace challenging" based on a 15-minute chat. No explanation, no feedback, no call back when I asked for one. The teachers we met were lovely. The admissions process is opaque and, frankly, a bit snobbish.
    👍 Helpful 16   Share

    Response from the owner · a month ago
    Dear Mrs Crossland, we're sorry you were disappointed. Please contact the Registry on 01632 960274 and we will arrange feedback.
    """),
  [M("school", "exact", "negative", "Martlet School"), M("emarchbank", "title_surname", "negative", "Mrs Marchbank")])

# 069 decoy: namesake, college fellow
D("news", news_page(
    "owl", "News", "Bredon historian wins prize for book on Tudor childhood",
    "Dr Sarah Thompson's study of sixteenth-century schoolrooms takes the Clarendon History Prize",
    "Owl News Team", "14 November 2024",
    """
    Dr Sarah Thompson, a fellow and tutor in history at Bredon College, has won this year's Clarendon History Prize for her book "Rod and Primer: Children and Learning in Tudor England".

    The judges praised its "vivid, humane and often very funny" account of how children were taught to read. Dr Thompson, who has been at Bredon since 2011, said she would spend the prize money "on the college's battered undergraduate history library".

    Bredon's JCR president said the tutor was "the reason half of us survived prelims".
    """,
    [("bredon_historian_22", "14 Nov 2024", "Deserved!! Best tutor in Oxford."),
     ("anon", "15 Nov 2024", "The chapter on school punishments is grim but brilliant.")]))

# 070
D("facebook", dd("""
    Wolsey Green & Lathbury Community Noticeboard
    Public group · 4.8K members

    Pam Oduya
    9 January at 08:02 · 🌎
    Just want to say thank you to whoever gritted the pavement all the way down Lathbury Road from the school gates to the bus stop this morning. The caretakers at the Martlet School, I'm told! It was like an ice rink yesterday. Much appreciated by us oldies 👏❄️

    ❤️👍 57 · 9 comments
    Like   Comment   Share

        Terry Gammon
        Saw them out at 6am with the barrow. Top blokes.
        Like · Reply · 1w
    """),
  [M("school", "exact", "neutral", "Martlet School")])

# 071
D("social", dd("""
    WhatsApp screenshot posted to X by @dadsofnorthox

    [Dads of Y6 👔🍺]
    Marcus B: who's going to the quiz on Friday
    Jonty: only if Hattie P-M is doing the questions again 😏 that dress at speech day
    Marcus B: 😂😂 mate she's the head
    Jonty: headmistress energy 🥵 don't tell my wife
    Sanjay: please leave this chat as a gentleman
    Marcus B: lol

    caption: "The Y6 dads' chat is a national treasure 😂 (names changed, obviously)"

    5:33 PM · Jun 3, 2025 · 1,010 Views
    """),
  [M("hprycemostyn", "nickname", "sexual", "Hattie P-M")])

# 072
D("news", news_page(
    "coterie", "Spotted", "Spotted: the Bredon Commem Ball, where nobody went to bed",
    "Our diarist braves the dodgems, the oysters and the sunrise survivors' photo",
    "Spotted", "30 June 2025",
    """
    Six hundred people in white tie, three bands, one silent disco and a dodgem track in the Fellows' Garden - the Bredon College Commemoration Ball was, as ever, a triumph of stamina over common sense.

    Spotted: two Cabinet ministers' children, a quantity of vintage Dior, and Dr Harriet Pryce-Mostyn, Head of the Martlet School, looking serene in emerald silk at the champagne bar.

    Also spotted, rather later and rather closer to the sunrise survivors' photo than his day job might suggest: a certain Aldous Fettiplace, Bursar of the same establishment, dancing very closely indeed with a Martlet mother whose husband had gone home at midnight. Expense account, one wonders? Spotted merely reports.
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("hprycemostyn", "exact", "neutral", "Harriet Pryce-Mostyn"),
   M("afettiplace", "exact", "defamation", "Aldous Fettiplace")])

# 073
D("forum", forum_page("ruck", "U13 tour, concussion logs - what I heard", [
    ("BackRowBrian", "Parent · 66 posts", "Tue 11 Mar 2025 21:30",
     """Friend of mine is a physio who did some sessions at the Martlet this year. Says the concussion log for the autumn was 'tidied up' after the Sentinel called - entries added after the fact with dates changed. Venning's U13 tour was never in the log at all.

     If that's true it's not just bad coaching, it's falsifying records."""),
    ("GrassrootsGav", "Coach · 1,140 posts", "Tue 11 Mar 2025 21:50",
     "'Friend of mine says' is doing a lot of work in that post, Brian."),
    ("BackRowBrian", "Parent · 67 posts", "Tue 11 Mar 2025 22:02",
     "Fair. I'm just saying what I was told. The review will find out."),
    ], thread_id=8890),
  [M("school", "short_name", "defamation", "Martlet"), M("rvenning", "possessive", "defamation", "Venning's")])

# 074
D("social", dd("""
    Kev
    @kev_headingtonhammer

    Hope someone breaks Vеnning's neck in a ruck one day, the Lathbury Road bully, and he ends up in the same ward as the kid he ruined. See how tough he is then. I'd pay to watch.

    12:50 AM · Mar 4, 2025 · 410 Views

    2 Likes
    """),
  [M("rvenning", "homoglyph", "threat", "Vеnning's")])

# 075
D("facebook", dd("""
    Martlet School Parents (unofficial)
    Private group · 612 members

    Admin - Clare Voss
    4 March at 10:00 · 🔒
    📌 PLEASE READ. Screenshots are going round of posts threatening Mr Venning and sharing where his family live. Whatever you think about the rugby story - and lots of you are angry, I know - threatening him is never OK and sharing his address puts his children at risk. If you see those posts, report them. Do not share them "to show how awful they are". Thank you.

    👍❤️ 88 · 12 comments · comments turned off
    Like   Comment   Share
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("rvenning", "title_surname", "neutral", "Mr Venning")])

# 076
D("social", dd("""
    Lathbury PTA 🎉
    @LathburyPTA

    What a night at the Martlet quiz! 🧠🍷 Team "Quizteama Aguilera" took the crown for the third year running and Ms D'Souza absolutely murdered the music round - 10/10, no conferring, terrifying 😂 £3,120 raised for the bursary fund. Thank you all!

    10:40 PM · Mar 14, 2025 · 320 Views

    28 Likes
    """),
  [M("school", "short_name", "neutral", "Martlet"), M("adsouza", "title_surname", "neutral", "Ms D'Souza")])

# 077
D("social", dd("""
    Bryony 🌿
    @bryony_in_oxon

    Oh goody, another email from the Martlet bursary at 9.47pm on a Sunday. My absolute favourite genre of literature. Can't wait to find out what I'm being charged for this time 🙃🙃🙃

    9:52 PM · Feb 9, 2025 · 214 Views

    19 Likes
    """),
  [M("school", "short_name", "negative", "Martlet")])

# 078 decoy: excluded hockey club
D("facebook", dd("""
    Martlets Hockey Club, Oxford
    15 February at 18:10 · 🌎

    🏑 RESULTS ROUND-UP 🏑
    Ladies 1s 3-1 Banbury Phoenix
    Ladies 2s 0-0 Witney Wasps
    Men's 1s 2-4 Reading Rangers (gutted)
    Vets 5-2 Abingdon Old Boys

    Huge thanks to everyone who braved the frost on the astro this morning - groundsman Phil was out at 7 with the brush. Social at the clubhouse from 7pm, curry night! New members always welcome, all abilities.

    👍❤️ 41 · 6 comments
    Like   Comment   Share
    """))

# 079
D("review", dd("""
    WorkVoice › The Martlet School › Reviews

    "Great colleagues, impossible workload"
    ★★★☆☆  Current Employee - Assistant Matron in Oxford, England · 28 April 2025
    I have been working at The Martlet School for more than 2 years

    Pros
    Z. Wójcik is the best line manager I have ever had. Fair, funny, protects her team from the nonsense. Lovely children and the boarding team are close-knit.

    Cons
    Pay is poor for the hours. Evening cover gets dumped on the medical centre with no notice. Senior leadership talk about wellbeing but the rota says otherwise.

    Advice to management
    Pay the support staff properly; you'd lose half the boarding house without them.

    Helpful (9) · Share · Report
    """),
  [M("school", "exact", "negative", "Martlet School"), M("zwojcik", "initial_surname", "neutral", "Z. Wójcik")])
# 080
D("news", news_page(
    "worklaw", "Tribunals", "School claims sacked music head sent 'inappropriate' messages to parent",
    "The Martlet School's response to Thomas Quenby's discrimination claim emerges at preliminary hearing",
    "Tribunal reporter", "24 April 2025",
    """
    An Oxford prep school facing a sexual orientation discrimination claim from its former head of music has told an employment tribunal that it had "serious concerns" about his conduct before his contract was ended.

    At a preliminary hearing in Reading, counsel for the Martlet School said that Thomas Quenby had exchanged "over-familiar and inappropriate" late-night messages with the parent of a pupil in the spring of 2024, and that the school had been investigating the matter when the restructure was announced.

    Mr Quenby's barrister said the allegation had "never once been put to him" while he was employed, and described it as "a convenient afterthought".

    The school's Head, Dr Harriet Pryce-Mostyn, is expected to give evidence at the full hearing in September. Employment Judge Amara set a five-day listing and ordered disclosure of the school's internal emails about the restructure.
    """,
    [("Reading_Observer", "24 Apr 2025", "So the 'financial restructure' is now a misconduct case. Which is it?"),
     ("LegalEagle_Ox", "24 Apr 2025", "Classic. Muddy the waters and hope the claimant settles.")]),
  [M("school", "exact", "negative", "Martlet School"), M("tquenby", "exact", "defamation", "Thomas Quenby"),
   M("hprycemostyn", "exact", "neutral", "Harriet Pryce-Mostyn")])

# 081
D("social", dd("""
    Bazza
    @bazza_oxon_1970

    Tom Quenby crying to a tribunal because a school on Lathbury Road didn't want a poof teaching little boys. Should never have been allowed in the building in the first place. Unnatural. No kid of mine.

    11:10 PM · Apr 24, 2025 · 610 Views

    4 Reposts   12 Likes

    ──────────
    Mel Aske @melaske · Apr 25
    Reported. This is disgusting.
    """),
  [M("tquenby", "nickname", "hate", "Tom Quenby")])

# 082
D("social", dd("""
    Tom Quenby 🎹
    @tquenby_music
    Pianist. Teacher. Formerly Head of Music in Lathbury.

    Thank you, genuinely, to everyone who has sent messages since the hearing. Former pupils, parents, colleagues, strangers. I can't reply to all of them and I can't say anything about the case, but I've read every one. Back to teaching scales to nine-year-olds on Monday. 🎶

    7:14 PM · Apr 25, 2025 · 5,202 Views

    102 Reposts   1,188 Likes
    """),
  [M("tquenby", "handle", "neutral", "@tquenby_music")])

# 083
D("facebook", dd("""
    Christian Families of Oxfordshire
    Private group · 740 members

    Deborah Mellish
    18 February at 09:40 · 🔒
    I'm one of the parents who complained and I'm not ashamed of it. When Mr Quenby's "husband" appeared all over the school's social media we were expected to explain that to our seven-year-olds. Sorry but some of us still believe what the Bible says and we shouldn't have our children taught that this is normal. The Martlet School did the right thing and now they're being punished for it.

    🙏👍 38 · 51 comments
    Like   Comment   Share

        Ruth Penhale
        Deborah, you know I love you, but this isn't what Jesus taught. He's a person.
        Like · Reply · 1w

        Deborah Mellish
        @Ruth Penhale love the sinner, Ruth, not the lifestyle.
        Like · Reply · 1w
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("tquenby", "title_surname", "hate", "Mr Quenby")])

# 084
D("blog", blog_page(
    "tribunal", "The 'restructure' of one: notes on Quenby v The Martlet School", "Eleanor Vance, barrister", "26 April 2025",
    """
    I have no involvement in this case and I'm writing only from the public record of the preliminary hearing. But it's a good illustration of a pattern that will be familiar to anyone who does discrimination work.

    The claimant, Thomas Quenby, says his contract was ended weeks after he married his husband and after parents complained. The school says the role was removed for financial reasons. At the preliminary hearing the school added a second explanation - concerns about his conduct - which, on the claimant's case, were never raised while he was employed.

    ## Shifting explanations

    Tribunals are entitled to draw inferences when an employer's reasons change over time. That doesn't mean the school is wrong: the Head, Dr Pryce-Mostyn, may well give a perfectly coherent account in September. It does mean the disclosure ordered last week - internal emails about the restructure - will matter enormously.

    ## Practical point

    If you are restructuring a single post, write down why, at the time, and keep it. "We'll explain it later" is how employers end up in Reading for five days.
    """,
    [("HR_in_Oxford", "26 Apr 2025", "Really useful. The single-post restructure is always a red flag."),
     ("Eleanor Vance", "27 Apr 2025", "@HR_in_Oxford not always - but it invites the question.")],
    tags=["Discrimination", "Sexual orientation", "Education sector"]),
  [M("school", "exact", "neutral", "Martlet School"), M("tquenby", "exact", "neutral", "Thomas Quenby"),
   M("hprycemostyn", "title_surname", "neutral", "Dr Pryce-Mostyn")])

# 085
D("social", dd("""
    Oxon Parents Who Care
    @oxonparents_care

    For those asking: Q u e n b y, the music teacher the Lathbury Road prep got rid of, and his "husband" rent the flat above the dry cleaner's at 41 Marlowe Parade, Summerfold OX2 9JD. Second bell. He gives "private lessons" there now. You might want to think about that before sending your kids round.

    9:15 AM · Apr 27, 2025 · 2,331 Views

    14 Reposts   3 Quotes   20 Likes
    """),
  [M("tquenby", "spacing", "doxxing", "Q u e n b y")])

# 086
D("news", news_page(
    "clarion", "News", "Music teacher wins discrimination case against Oxford prep school",
    "Tribunal finds the Martlet School's explanation for ending Thomas Quenby's contract 'not credible'",
    "Imogen Pell", "3 October 2025",
    """
    A former head of music at an Oxford prep school was discriminated against because of his sexual orientation, an employment tribunal has ruled.

    Thomas Quenby, 41, had his contract at the Martlet School in north Oxford ended in July 2024, weeks after his wedding to his husband prompted complaints from a small number of parents.

    In a judgment published today, Employment Judge Amara said the school's explanation that the post was removed for financial reasons was "not credible", noting that a replacement "director of music" had been advertised within six weeks. The judge found that allegations about Mr Quenby's conduct raised at a preliminary hearing were "without foundation" and "should not have been made".

    The judge was critical of the Head, Dr Harriet Pryce-Mostyn, describing parts of her evidence as "evasive" and "reconstructed after the event".

    Remedy will be decided at a later hearing. The school said it was "disappointed" and was "considering the judgment carefully".

    Outside the tribunal, Mr Quenby said: "I loved that school. I'd like to get back to teaching music."
    """,
    [("Summertown Grandad", "3 Oct 2025", "Good. Well done that man."),
     ("Ex-Martlet staff", "3 Oct 2025", "Those of us who were there knew. Relief doesn't cover it."),
     ("SceptiOx", "3 Oct 2025", "Evasive is a polite word.")]),
  [M("school", "exact", "negative", "Martlet School"), M("tquenby", "exact", "neutral", "Thomas Quenby"),
   M("hprycemostyn", "exact", "negative", "Harriet Pryce-Mostyn")])

# 087
D("social", dd("""
    justice for our boys
    @j4ourboys_ox

    Pryce Mostyn thinks she can lie to a judge and lie to parents and just carry on. She does the school run down Lathbury Road at 7.50 every morning in a silver Volvo. One of these mornings she's going to get what's coming to her. Tick tock. ⏰

    6:20 AM · Oct 4, 2025 · 380 Views

    1 Repost   5 Likes
    """),
  [M("hprycemostyn", "hyphenated", "threat", "Pryce Mostyn")])

# 088
D("social", dd("""
    Chaz 🥂
    @chaz_jericho

    Harriet Pryce–Mostyn, headmistress, judge calls her evasive, still in post. Honestly the smuggest horse-faced Sloane in Oxfordshire, she could lie for England. Thick as mince with a doctorate.

    1:40 PM · Oct 3, 2025 · 702 Views

    3 Reposts   21 Likes
    """),
  [M("hprycemostyn", "hyphenated", "abuse", "Harriet Pryce–Mostyn")])

# 089
D("forum", forum_page("mumchat", "Martlet head after the tribunal - should she go?", [
    ("GinAndJuniper", "Joined May 2017 · 4,421 posts", "Fri 3-Oct-25 19:22",
     """Genuinely torn. Mrs P-M has been good for the school in lots of ways - results, the nursery, the new science block. But 'evasive' from a judge? In a discrimination case? I'm not sure how she comes back from that.

     DD in Y5 and I'm not pulling her out. But I've emailed the governors."""),
    ("OxfordComma", "Joined Jan 2019 · 1,870 posts", "Fri 3-Oct-25 19:40",
     "Dr Pryce-Mostyn should have settled months ago. Taking it to a full hearing and then losing like that is a governance failure as much as anything."),
    ("NotThatKindOfDoctor", "Joined Sep 2022 · 99 posts", "Fri 3-Oct-25 20:05",
     "I think she should go. Not because she's a monster, she isn't, but because parents have lost confidence and staff are leaving."),
    ], thread_id=5601),
  [M("school", "short_name", "negative", "Martlet"), M("hprycemostyn", "title_surname", "negative", "Dr Pryce-Mostyn")])

# 090
D("review", dd("""
    PrepAdvisor › Oxfordshire › Prep & pre-prep › The Martlet School, Oxford

    ★★☆☆☆  "Lovely teachers, leadership adrift"
    Reviewed by: Parent of a former pupil (left Year 6) · 19 October 2025

    Our children were happy in the classroom at the Martlet School and we have nothing but praise for their teachers. But in the last two years the leadership has lurched from one crisis to another: the rugby review, the nursery arrest, the tribunal. Every time the letter home was defensive and late. Mrs Pryce-Mostyn seems to manage communications rather than the school.

    We moved both children to Cornford House this September.

    Would you recommend this school? Not at present.
    Was this review helpful?  Yes (28)  No (6)  · Report
    """),
  [M("school", "exact", "negative", "Martlet School"), M("hprycemostyn", "title_surname", "negative", "Mrs Pryce-Mostyn")])

# 091
D("social", dd("""
    Martlet Parents for Change
    @martlet_change

    217 signatures in 48 hours. Governors, are you listening? Sign here 👉 petitions.example/PryceMostynOut

    Confidence has gone. Time for new leadership at Lathbury Road.

    8:00 PM · Oct 5, 2025 · 1,840 Views

    33 Reposts   80 Likes
    """),
  [M("school", "short_name", "negative", "Martlet"), M("hprycemostyn", "camelcase", "negative", "PryceMostynOut")])

# 092
D("facebook", dd("""
    Martlet School Parents (unofficial)
    Private group · 640 members

    Nadia Quayle
    12 March at 21:15 · 🔒
    Laura Frost is a useless, cold-hearted jobsworth. Three emails about my son being pushed into the tunnel on tour and all I got was "we have spoken to the boys involved". Ice queen by name, ice queen by nature. She should be nowhere near a pastoral job.

    😡👍 26 · 31 comments
    Like   Comment   Share

        Gemma Hartwell
        I'm sorry Nadia, that's awful. She was really good with us when DD was being excluded from friendship groups though.
        Like · Reply · 1d
    """),
  [M("school", "exact", "negative", "Martlet School"), M("lfrost", "exact", "abuse", "Laura Frost")])

# 093
D("social", dd("""
    the truth about martlet
    @truthaboutmartlet

    Laura F., deputy head and "safeguarding lead" at Martlet, lives at 7 Orchard Mews, Wolsey Green OX2 7TB. Her personal mobile is 07700 900733. She ignored our complaint so you can all ask her yourselves why she protects bullies.

    10:02 PM · Mar 12, 2025 · 590 Views

    6 Reposts   9 Likes
    """),
  [M("school", "short_name", "neutral", "Martlet"), M("lfrost", "first_initial", "doxxing", "Laura F.")])

# 094 decoy: namesake fell runner
D("news", news_page(
    "sentinel", "Sport", "Frost smashes Scarrowdale fell record in freezing fog",
    "Laura Frost, 34, knocks nine minutes off the women's course best",
    "Sports Desk", "9 February 2025",
    """
    Laura Frost took nine minutes off the women's record for the Scarrowdale winter fell race on Saturday, running much of the 17-mile course in freezing fog.

    Frost, a 34-year-old vet from Cumbria, said she had "run most of it on feel and a bit of luck". She finished fourth overall.

    "There was frost on the tops and I couldn't see more than twenty metres," she said. "You just keep moving and trust your feet."
    """,
    [("fellrunner_kes", "9 Feb 2025", "Absolute machine. Congratulations Laura!")]))

# 095 decoy: TMS clinic
D("news", news_page(
    "clarion", "Health", "Oxford clinic offers magnetic brain treatment for depression on the NHS",
    "Transcranial magnetic stimulation (TMS) is now available to patients referred by GPs across the county",
    "Health reporter", "17 March 2025",
    """
    Patients with depression that has not responded to medication can now be referred for transcranial magnetic stimulation (TMS) at a new clinic in Oxford.

    TMS uses a magnetic coil held against the head to stimulate the parts of the brain involved in mood. A course usually involves daily sessions over four to six weeks.

    "For some people it's life-changing," said a consultant psychiatrist at the clinic. "For others it does very little. But it's another option, and it's available without a long wait."
    """,
    [("Harpreet S", "17 Mar 2025", "I had TMS privately two years ago. It helped more than anything else. Great news.")]))

# 096
D("social", dd("""
    Wake Up Oxford 🇬🇧
    @wakeup_oxford

    We all know what happened in Rotherham and Oxford. Now they've put one of THEM in charge of a boarding house full of young English boys at the Martlet School. Haddad. Look it up. How long before it's another "grooming gang" the police are too scared to touch? Protect our children 🇬🇧

    3:11 PM · Dec 3, 2024 · 2,870 Views

    39 Reposts   7 Quotes   85 Likes
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("yhaddad", "surname_only", "hate", "Haddad")])

# 097
D("social", dd("""
    anon 🕳️
    @ox_prep_secrets

    Ask yourself why the rugby coach at #martlet "supervises" the U11 changing room personally after every match and won't let any other adult in. V e n n i n g. Ask your sons. Everyone knows.

    12:30 AM · Mar 9, 2025 · 1,220 Views

    11 Reposts   2 Quotes   15 Likes

    ──────────
    Becca L @beccal_ox · Mar 9
    If you have a real concern go to the police. Posting this is not protecting anyone.
    """),
  [M("school", "hashtag", "sexual", "#martlet", url_only=True), M("rvenning", "spacing", "sexual", "V e n n i n g", url_only=True)])

# 098
D("forum", forum_page("chalk", "Changing-room supervision for male PE staff - what's your policy?", [
    ("OffsideRule", "Prep · 412 posts", "Wed 12 Mar 2025 20:20",
     "New policy at our place: two adults always, never one-to-one, and staff stay at the door not inside. Makes sense. How do others do it?"),
    ("ScrumHalf_Sue", "Prep · 88 posts", "Wed 12 Mar 2025 20:41",
     "Same. When I was at TMS years ago Rob Venning was the one who pushed for the two-adult rule, before anyone else in the county did it. Whatever else is being said about him online at the moment, he was ahead of the curve on that."),
    ("OffsideRule", "Prep · 413 posts", "Wed 12 Mar 2025 20:50",
     "Good to hear. The online stuff about him is frightening, whatever the truth of the rugby story."),
    ], thread_id=7790),
  [M("school", "alias", "neutral", "TMS"), M("rvenning", "nickname", "neutral", "Rob Venning")])

# 099
D("social", dd("""
    Ryan
    @ryan_oxford_utd

    Robbie Venning is a knuckle-dragging meathead who peaked in the Oxford second XV in 1999 and has been taking it out on 11 year olds at Lathbury Road ever since. Pathetic little man with a whistle.

    5:02 PM · Mar 5, 2025 · 440 Views

    2 Reposts   18 Likes
    """),
  [M("rvenning", "nickname", "abuse", "Robbie Venning")])

# 100
D("news", news_page(
    "lnop", "Schools", "Review finds 'no misconduct' by prep school rugby coach but criticises 'win-at-all-costs culture'",
    "Martlet School publishes summary of independent review of sport",
    "Post reporter", "27 June 2025",
    """
    An independent review of sport at the Martlet School has found no evidence of misconduct by its Director of Sport, Robert Venning, but has criticised a "win-at-all-costs culture" and weak recording of concussions.

    The review, commissioned in March after newspaper reports, found that return-to-play guidance had not been followed in one case and that the school's concussion log was "incomplete". It found no evidence that records had been altered.

    On the U13 tour, the review found that a "tunnel" ritual had taken place on one evening without staff knowledge and had been stopped the next morning. It recommended a new code of conduct for tours.

    The Head, Dr Harriet Pryce-Mostyn, said the school accepted all 14 recommendations. "We got important things wrong and we will put them right," she said.

    Mr Venning said he was "relieved" and "determined to learn from it".
    """,
    [("Lathbury Resident", "27 Jun 2025", "So the culture was rotten but nobody's responsible. Classic."),
     ("Rugby mum", "27 Jun 2025", "Relieved for Mr Venning and his family after the filth that was posted about him.")]),
  [M("school", "exact", "negative", "Martlet School"), M("rvenning", "exact", "negative", "Robert Venning"),
   M("hprycemostyn", "exact", "neutral", "Harriet Pryce-Mostyn")])

# 101
D("facebook", dd("""
    Martlet Mums & Dads Chat (unofficial)
    Private group · 640 members

    Darren Cole
    8 March at 18:46 · 🔒
    Let me put it simply. If my boy comes home with another head injury from Martlet Prep I won't be writing emails. I'll be coming down to that school myself and there'll be hell to pay. I know where the sports office is. I mean every word.

    😮👍 12 · 19 comments
    Like   Comment   Share

        Admin - Clare Voss
        Darren, I understand you're upset but I've had to report this. Please take it down.
        Like · Reply · 3d
    """),
  [M("school", "alias", "threat", "Martlet Prep")])

# 102
D("social", dd("""
    Caro 🐎
    @caro_in_wolsey

    Lizzie Marchbank, registrar, gatekeeper, snooty old battleaxe. Looked my son up and down like something she'd trodden in and told me he "wasn't quite a Martlet". Dreadful woman. Hope she enjoys her pension.

    4:12 PM · Apr 10, 2025 · 330 Views

    11 Likes
    """),
  [M("school", "short_name", "negative", "Martlet"), M("emarchbank", "nickname", "abuse", "Lizzie Marchbank")])

# 103
D("social", dd("""
    X · @oxadmissions_exposed

    The registrar at the Martlet, Elizabeth Dunmore as she was before she married, lives at The Old Forge, Church Lane, Foxcombe OX13 6PL. Landline 01632 960915. Since she takes "donations", perhaps parents should drop theirs off at home 🤑

    7:44 PM · Apr 11, 2025 · 880 Views

    5 Reposts   12 Likes
    """),
  [M("school", "short_name", "neutral", "Martlet"), M("emarchbank", "alias", "doxxing", "Elizabeth Dunmore")])

# 104
D("news", news_page(
    "lnop", "Schools", "'The first face every family sees': Martlet registrar marks 15 years",
    "Elizabeth Marchbank has shown more than 6,000 families round the Lathbury Road school",
    "Post reporter", "12 September 2024",
    """
    She has shown more than 6,000 families round the Martlet School, answered an estimated 40,000 phone calls, and once found a lost tortoise in the lost property cupboard.

    This month Elizabeth Marchbank celebrates 15 years as Registrar at the Lathbury Road prep.

    "People think admissions is about forms," she said. "It's about parents who are often anxious and children who are often terrified, and making them both feel welcome for an hour."

    The tortoise, called Gerald, was reunited with a Year 2 pupil.
    """,
    [("Libby's Number 1 Fan", "12 Sep 2024", "Liz is a treasure. Congratulations!")]),
  [M("school", "exact", "neutral", "Martlet School"), M("emarchbank", "exact", "neutral", "Elizabeth Marchbank")])

# 105
D("social", dd("""
    Craig 🍺
    @craigy_b_oxon

    Picked the boy up from boarding tonight and honestly that Polish matron Wojick 😍🔥 she can take my temperature any day. Forget the fees, I'd pay for that bedside manner 😏

    9:03 PM · Feb 14, 2025 · 120 Views

    ──────────
    Lauren @laurenh_ox · Feb 14
    Craig she's a nurse doing her job you absolute creep
    """),
  [M("zwojcik", "typo", "sexual", "Wojick")])

# 106
D("social", dd("""
    Britain First and Last
    @bfal_oxon

    Wójсik, the matron at the Lathbury Road prep. Another Eastern European scrounger living off English money at a school full of English kids. They come here, take the jobs, take the flats, send it all home. Time they all went back where they belong. 🇬🇧

    9:55 AM · Feb 7, 2025 · 1,406 Views

    14 Reposts   40 Likes
    """),
  [M("zwojcik", "homoglyph", "hate", "Wójсik")])

# 107
D("facebook", dd("""
    Martlet School Parents (unofficial)
    Private group · 612 members

    Joanna Pike
    8 February at 12:20 · 🔒
    Horrible to see the things being posted about Mrs Wójcik online this week. She is the person who held my daughter's hand in A&E at 2am when we couldn't get back from Manchester in time. If anyone wants to sign a card for her, there's one in the school office. Dziękujemy, Zofia ❤️

    ❤️ 104 · 22 comments
    Like   Comment   Share

        Mark Ellison
        Signed. Shameful stuff online. She's a star.
        Like · Reply · 2d
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("zwojcik", "title_surname", "neutral", "Mrs Wójcik")])

# 108
D("news", news_page(
    "lnop", "Letters", "Letters: Our matron deserves better than this",
    "Readers respond to a week of online abuse aimed at staff at a Lathbury school",
    "Letters editor", "13 February 2025",
    """
    ## Shame on the keyboard warriors

    I was appalled to read online posts describing the senior matron at the Martlet School as "an Eastern European scrounger" who should "go back where she belongs". Zofia Wójcik has nursed children in this city for eighteen years. She pays her taxes, she sings in the choir at St Michael's, and she has done more for the children of Lathbury than any of the anonymous cowards who wrote those words. Quoting them here is unpleasant, but people should see what is being said.

    Mrs R. Penhale, Wolsey Green

    ## Parking on Lathbury Road

    May I, once again, ask the parents who park on the double yellows at 8.15 to consider the rest of us?

    D. Arkwright, Lathbury
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("zwojcik", "exact", "neutral", "Zofia Wójcik")])

# 109 decoy: excluded bike shop and domain
D("social", dd("""
    Martlet Cycles
    @MartletCyclesOx

    🚲 SPRING SERVICE SPECIAL 🚲 Full service + new brake pads £65 this month only. Book online at martletcycles.example or drop in at the Wolsey Green shop. Same-day repairs on punctures before 10am. Keep Oxford pedalling!

    9:00 AM · Mar 20, 2025 · 210 Views

    4 Likes
    """))

# 110
D("social", dd("""
    Steve 🇬🇧
    @steve_says_it_straight

    So the woman running the scholarships at a posh Oxford prep is a D’Souza. Of course she is. Brown faces in every top job now while English teachers get passed over. Send her back to Goa with the rest of them and give the job to one of our own.

    7:19 PM · Jan 21, 2025 · 1,030 Views

    9 Reposts   26 Likes
    """),
  [M("adsouza", "surname_only", "hate", "D’Souza")])

# 111
D("social", dd("""
    Scholarship Watch
    @scholarship_watch_ox

    Parents who want answers about the leaked papers: Anjali D'Souza doesn't answer school emails but her personal address is anjali.dsouza77@woolmail.example and her husband's number is 07700 900284. Go direct.

    10:31 PM · Jan 17, 2025 · 730 Views

    4 Reposts   3 Likes
    """),
  [M("adsouza", "exact", "doxxing", "Anjali D'Souza")])

# 112
D("forum", forum_page("elevenplus", "Martlet 13+ results - disappointed", [
    ("FennelAndFig", "Parent · 41 posts", "Mon 3 Mar 2025 19:05",
     """DS didn't get the scholarship and honestly the feedback from school has been poor. Mrs DSouza told us in November he was "well placed", then nothing. No mock feedback, no warning. Now we're told it was always "a stretch".

     I don't blame her personally but the communication was rubbish."""),
    ("Quadratic_Mum", "Parent · 530 posts", "Mon 3 Mar 2025 19:30",
     "Sorry to hear that. Ours found the same - lots of encouragement in the autumn, radio silence in January. Ask for a meeting."),
    ], thread_id=2250),
  [M("school", "short_name", "negative", "Martlet"), M("adsouza", "title_surname", "negative", "Mrs DSouza")])

# 113
D("social", dd("""
    Jonty H
    @jontyh_ox

    If my son fails his 13+ because Anjali D. at that prep on Lathbury Road "forgot" to put him in for the maths paper, I will make her pay for it personally. She won't be setting papers for anyone ever again. Mark my words.

    11:20 PM · Jan 13, 2025 · 130 Views
    """),
  [M("adsouza", "first_initial", "threat", "Anjali D.")])

# 114
D("news", news_page(
    "sentinel", "Education", "Pupil, 12, collapses during scholarship exam as heads warn of 'pressure cooker'",
    "The Martlet School in Oxford says the girl is recovering and it will review how it prepares pupils",
    "Fenella Drury, Education Correspondent", "24 January 2025",
    """
    A 12-year-old girl collapsed during a scholarship exam at an Oxford prep school last week, prompting fresh warnings about the pressure placed on children competing for places at top senior schools.

    The pupil, from the Martlet School in north Oxford, was sitting an academic scholarship paper for a senior school when she fainted. Paramedics were called and she was taken to hospital as a precaution. She has since recovered.

    Her mother said her daughter had been "sleeping four or five hours a night for weeks" and taking past papers to bed. "The school didn't make her do it. But the whole culture makes them feel they have to."

    Anjali D'Souza, the school's Director of Studies, said: "We are heartbroken that any child felt like this. We are looking again, honestly, at everything we do in the run-up to scholarship exams."
    """,
    [("ParentInOx", "24 Jan 2025", "Utterly heartbreaking. These are children."),
     ("Tutor_Dan", "24 Jan 2025", "The schools blame the parents, the parents blame the schools, and the tutors (me included) cash the cheques. We're all in this."),
     ("K. Frome", "25 Jan 2025", "Mrs D'Souza was lovely to us when our son was in the scholarship group. Don't think this is on her.")]),
  [M("school", "exact", "negative", "Martlet School"), M("adsouza", "exact", "neutral", "Anjali D'Souza")])

# 115
D("blog", blog_page(
    "tutor", "What I've learnt from a decade of Oxford 13+ candidates", "Jess Ormond", "2 February 2025",
    """
    I've tutored for the 13+ and senior school scholarships in Oxford for ten years. Some schools are pressure cookers; some are sensible. Here's what the sensible ones do.

    They tell parents the truth early. At Martlet Prep, for example, the Director of Studies has for years refused to enter children for scholarships she doesn't think they'll enjoy sitting. Parents hate it in October and thank her in March.

    They cap the past papers. Three per subject in the final term is plenty.

    They protect sleep. One Oxford prep sends a letter home in January asking parents to take phones out of bedrooms. It works.

    And they remember the child is eleven.
    """,
    [("A parent", "2 Feb 2025", "Agree with every word. And yes, we thanked her in March."),
     ("Jess Ormond", "3 Feb 2025", "@A parent 😊")],
    tags=["13+", "Scholarships", "Wellbeing"]),
  [M("school", "alias", "neutral", "Martlet Prep")])

# 116
D("social", dd("""
    Keef
    @keef_on_the_hill

    F3ttipl4ce the greedy little bean-counting parasite strikes again. Late fee surcharge 😂 bet he counts his money in the bath. Tiny man, tiny heart.

    8:14 AM · Jan 15, 2025 · 208 Views

    6 Likes
    """),
  [M("afettiplace", "leetspeak", "abuse", "F3ttipl4ce")])

# 117
D("social", dd("""
    Martlet Parents Unite
    @martlet_unite

    Where did the £180k music school appeal money go? Ask F E T T I P L A C E. Same year he buys a bigger house for cash. The bursar has had his hand in the till for years and the governors are too cosy to look. 🧾🔍

    9:30 PM · Feb 20, 2025 · 1,677 Views

    22 Reposts   4 Quotes   41 Likes
    """),
  [M("school", "short_name", "negative", "Martlet"), M("afettiplace", "spacing", "defamation", "F E T T I P L A C E")])

# 118
D("facebook", dd("""
    Martlet School Parents (unofficial)
    Private group · 612 members

    Anonymous member
    21 February at 08:10 · 🔒
    Not saying anything illegal has happened but Mr Fettiplace bought a six-bed in Foxcombe for cash last summer, the same summer the music school appeal stalled. The accounts on the Charity Commission site don't add up either. Draw your own conclusions.

    😮🤔 33 · 52 comments
    Like   Comment   Share

        Hugo Bellingham
        His wife inherited from her father, it was in the Clarion's obits. Be careful with this stuff.
        Like · Reply · 2d

        Anonymous member
        @Hugo Bellingham convenient
        Like · Reply · 2d
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("afettiplace", "title_surname", "defamation", "Mr Fettiplace")])

# 119 decoy: namesake nurse
D("facebook", dd("""
    Kennet Vale Hospital Staff & Friends
    Public group · 3.3K members

    Kemi Adeyemi
    2 December at 14:20 · 🌎
    Congratulations to Sarah Thompson on Ward 5, who has been named Nurse of the Year at tonight's staff awards! 💙 30 years on the ward, still the first to put the kettle on at 3am. Well deserved Sarah!!

    ❤️👏 211 · 48 comments
    Like   Comment   Share

        Sarah Thompson
        I'm speechless 😭 thank you all, best team in the building
        Like · Reply · 1d
    """))
# 120 decoy: similar school elsewhere
D("news", news_page(
    "sentinel", "Education", "Brighton primary rated 'outstanding' for first time",
    "Martlet Hill Primary praised for reading and 'joyful' playtimes",
    "Regional reporter", "11 July 2024",
    """
    A Brighton primary school has been rated outstanding by inspectors for the first time in its history.

    Martlet Hill Primary, which serves 420 children on the eastern edge of the city, was praised for "exceptional" early reading, a "joyful" approach to playtimes and "relentless" support for children with special educational needs.

    Headteacher Donna Keble said: "The children did this. We just turned up every day and believed in them."

    The school is named after the birds on the Sussex county arms.
    """,
    [("Martlet Hill mum", "11 Jul 2024", "So proud! Mrs Keble is a legend.")]))

# 121 decoy: neighbouring school
D("news", news_page(
    "lnop", "Schools", "New head for Cornford House as numbers hold up after VAT",
    "North Oxford prep appoints deputy from a Cotswold school",
    "Post reporter", "18 March 2025",
    """
    Cornford House School, the day prep on Cornford Road, has appointed Mr Ben Aldridge as its next head from September.

    Mr Aldridge, currently deputy head of Wychcombe Hall near Burford, succeeds Mrs Judith Crane, who retires after twelve years.

    The school said pupil numbers had "held up well" despite VAT being added to fees, with waiting lists in Reception and Year 3.
    """,
    [("Cornford parent", "18 Mar 2025", "Sad to see Mrs Crane go. Good luck to Mr Aldridge.")]))

# 122 decoy: the university women's cricket side
D("forum", forum_page("students", "Martlets v Light Blues - who's going?", [
    ("cover_drive_cat", "2nd year · Geography", "Fri 13 Jun 2025 12:14",
     "Martlets play the Light Blues in the women's Varsity T20 at the Parks on Sunday. Free entry, Pimm's tent, and our opening bat is the best player I've ever seen at any level. Who's coming?"),
    ("sub_fusc_sam", "1st year · History", "Fri 13 Jun 2025 12:30",
     "Coming! Bringing the whole corridor. Is it the one with the TMS commentator doing the PA?"),
    ("cover_drive_cat", "2nd year · Geography", "Fri 13 Jun 2025 12:41",
     "Former TMS, yes! She's doing it for free. Legend."),
    ], thread_id=88),
  [])

# 123 decoy: locality only
D("facebook", dd("""
    Wolsey Green & Lathbury Community Noticeboard
    Public group · 4.8K members

    Ian Birtles
    14 April at 07:30 · 🌎
    Heads up - gas works on Lathbury Road from today for three weeks, temporary lights at the junction with Orchard Mews. Buses diverted via Wolsey Green Road. Allow extra time for the school run and for goodness' sake don't try the cut-through by the allotments, it's already gridlocked.

    👍😩 48 · 20 comments
    Like   Comment   Share

        Jan Pettit
        Three weeks 🙄 it'll be six
        Like · Reply · 2d
    """))

# 124 decoy: Test Match Special
D("social", dd("""
    Cricket Nerd 🏏
    @cricketnerd_uk

    Rain at Lord's, so TMS have spent forty minutes discussing the best cake sent in by listeners and whether a Victoria sponge counts as a sandwich. This is why I pay my licence fee. 🍰☔

    2:12 PM · Jul 11, 2024 · 8,812 Views

    120 Reposts   2,001 Likes
    """))

# 125 decoy: amateur dramatics with the bird name and frost
D("news", news_page(
    "lnop", "What's On", "Martlet Players' panto promises 'more Jack Frost than Jack and the Beanstalk'",
    "Wolsey Green's amateur company returns to the village hall with a wintry twist",
    "Listings", "28 November 2024",
    """
    The Martlet Players, Wolsey Green's amateur dramatic society, are promising a frosty twist on a festive favourite this year.

    "Jack and the Frost Giant" runs at Wolsey Green village hall from 12 to 15 December. Director Penny Hale said: "Jack Frost has stolen the beanstalk, the cow is on strike, and the dame has three costume changes in one song."

    Tickets are £8 (children £4) from the Wolsey Green Deli. The society, founded in 1952, takes its name from the bird on the old parish sign.
    """))

# 126 decoy: college arms
D("blog", blog_page(
    "heraldry", "College arms of Oxford, part 4: the birds of Bredon", "C. R. Abernant", "8 March 2025",
    """
    Bredon College bears three martlets sable on a field argent, with a chevron between. The martlets came from the arms of its fifteenth-century founder, a wool merchant with ambitions, and they have since migrated on to everything from the boat club blades to the dining society's waistcoats.

    Undergraduates call them "the ducks". Heralds wince.

    ## A note on colours

    Older stained glass in the hall shows the martlets gold, not black. This is almost certainly a glazier's liberty rather than evidence of a different grant, but I'd be glad to hear from anyone who knows otherwise.
    """,
    [("Bredon alum", "9 Mar 2025", "We definitely called them the ducks. Sorry."),
     ("C. R. Abernant", "9 Mar 2025", "@Bredon alum forgiven, just about.")],
    tags=["College arms", "Martlets", "Oxford"]))

# 127
D("social", dd("""
    kit 🎧
    @kit.is.offline

    ngl Joe Haddad was the most useless housemaster ever, a total wet wipe, couldn't control a room of 8 year olds let alone a boarding house. man spent every prep duty hiding in his study 💀

    10:30 PM · Feb 2, 2025 · 88 Views

    3 Likes
    """),
  [M("yhaddad", "alias", "abuse", "Joe Haddad")])

# 128
D("social", dd("""
    Prep Tea ☕ North Oxford
    @prep.tea.nox · Instagram

    [carousel: the Martlets Y8 leavers' ball, girls in dresses on the lawn, faces blurred]

    The Martlets leavers' ball, darlings! Tulle, tears and one very brave DJ 💃🪩 #preptea #leavers

    ❤️ 640   💬 77

    gr8_d4ne those year 8 girls in them dresses 😍 send the unblurred ones 😏
    prep.tea.nox @gr8_d4ne removed, blocked and reported. They are 13. Vile.
    ox.mama.bear thank you for acting fast
    """),
  [M("school", "alias", "sexual", "Martlets", url_only=True)])

# 129
D("forum", forum_page("freespeech", "Oxford boarding house - time for direct action?", [
    ("Wessex_Wolf", "Member · 2,210 posts", "Thu 5 Dec 2024 23:10",
     """Leaflets didn't work, police protecting him. Somebody should firebomb that boarding house at the Martlet School with H4ddad in it and be done with it. Only language they understand.

     Not saying I would. Saying somebody should."""),
    ("Saxon_Steel", "Member · 4,190 posts", "Thu 5 Dec 2024 23:22",
     "Careful, glowies read this board."),
    ("Wessex_Wolf", "Member · 2,211 posts", "Thu 5 Dec 2024 23:30", "Let them."),
    ], thread_id=66190),
  [M("school", "exact", "threat", "Martlet School"), M("yhaddad", "leetspeak", "threat", "H4ddad")])

# 130
D("facebook", dd("""
    Oxford Patriots (Official)
    Public group · 2.1K members

    Lee Farrant
    4 December at 20:05 · 🌎
    For anyone who wants to "ask questions" politely: Dr Haddad's wife is a GP at the Marston practice, their two kids are at St Frith's primary, and they live in the staff house on the corner of Lathbury Road and Fenwick Lane. White door. You're welcome.

    👍 22 · 17 comments
    Like   Comment   Share

        Admin - OP
        Leaving this up. Public information.
        Like · Reply · 1d
    """),
  [M("yhaddad", "title_surname", "doxxing", "Dr Haddad")])

# 131
D("social", dd("""
    Instagram

    martlet.boarding
    Fenwick House

    Chemistry club in Fenwick tonight: slime, volcanoes and one very surprised fire alarm 🧪🌋 (all fine, nobody evacuated, Haddad's eyebrows intact). #MartletSchool #boarding #science

    View all 12 comments

    fenwick.mum 😂😂 my son's jumper is green now
    1d  3 likes  Reply
    """),
  [M("school", "hashtag", "neutral", "#MartletSchool"), M("yhaddad", "possessive", "neutral", "Haddad's")])

# 132
D("news", news_page(
    "clarion", "News", "Housemaster runs London Marathon for refugee charity - after a year of hate",
    "Dr Yusuf Haddad says the kindness of pupils and parents 'drowned out' the abuse",
    "Imogen Pell", "29 April 2025",
    """
    A north Oxford boarding housemaster who was targeted by anti-Muslim leaflets last year has run the London Marathon to raise money for a refugee charity.

    Dr Yusuf Haddad, who runs Fenwick House at the Martlet School, finished in four hours and eleven minutes and raised more than £14,000.

    "After the leaflets I had two kinds of post," he said. "A small amount of hate, and an enormous amount of kindness - from boarders, from parents, from people I've never met. The kindness drowned it out."

    Twenty of his boarders made a banner and watched the race from a television in the Fenwick common room.
    """,
    [("Fenwick parent", "29 Apr 2025", "So proud of him. The banner was a team effort, glitter everywhere."),
     ("OxonRunner", "29 Apr 2025", "Sub 4:15 on your first one! Brilliant.")]),
  [M("school", "exact", "neutral", "Martlet School"), M("yhaddad", "exact", "neutral", "Yusuf Haddad")])

# 133
D("social", dd("""
    stop the boats oxon 🚤🚫
    @stoptheboats_oxon

    Zofia Wójcik finishes her night shift at 7am and walks to the bus stop on Lathbury Road. Some of us will be waiting one morning to give her a proper send-off back to Poland. She won't forget it. 🇬🇧

    11:40 PM · Feb 8, 2025 · 301 Views

    2 Reposts   6 Likes
    """),
  [M("zwojcik", "exact", "threat", "Zofia Wójcik")])

# 134
D("social", dd("""
    milo 🐸
    @milo_was_here

    matron W*jcik confiscated my football for "dangerous play" (i kicked it at a wall). absolute power mad dragon. old witch. hope her thermometer breaks

    6:30 PM · Mar 12, 2025 · 41 Views
    """),
  [M("zwojcik", "obfuscated", "abuse", "W*jcik")])

# 135
D("facebook", dd("""
    Oxford Patriots (Official)
    Public group · 2.1K members

    Darren Hoyle
    9 February at 19:10 · 🌎
    Since people keep asking: Mrs Wójcik lives in the flat above the san at that school, Flat 2, Fenwick Lane, Oxford OX2 7QF. Drives a red Fiat 500, reg starts OU19. Her Facebook is public too if you want to tell her what you think.

    👍 19 · 9 comments
    Like   Comment   Share
    """),
  [M("zwojcik", "title_surname", "doxxing", "Mrs Wójcik")])

# 136
D("social", dd("""
    Anonymous parent
    @ox_nursery_concern

    PLEASE SHARE. A man has been posting photos of children playing in the Little Martlets nursery garden, taken through the back fence from the footpath, on a forum with disgusting comments underneath. I've sent the links to the police and the nursery. If you're a nursery parent, check the fence line and ask about the screening. 🙏

    8:12 PM · May 20, 2025 · 4,210 Views

    210 Reposts   33 Quotes   180 Likes
    """),
  [M("school", "alias", "sexual", "Little Martlets", url_only=True)])

# 137
D("news", news_page(
    "worklaw", "Tribunals", "Prep school ordered to pay £86,000 to music teacher it discriminated against",
    "Remedy judgment in Quenby v The Martlet School includes £32,000 for injury to feelings",
    "Tribunal reporter", "21 November 2025",
    """
    The Martlet School in Oxford has been ordered to pay £86,400 to its former head of music, Thomas Quenby, after a tribunal found that it ended his contract because of his sexual orientation.

    The award includes £32,000 for injury to feelings, at the upper end of the middle Vento band, and an uplift for the school's failure to follow the Acas code.

    Employment Judge Amara said the school's decision to raise unfounded conduct allegations during the proceedings had "significantly aggravated" the injury to Mr Quenby's feelings.

    The school's governors said they accepted the judgment and had commissioned a review of HR practice.
    """),
  [M("school", "exact", "negative", "Martlet School"), M("tquenby", "exact", "neutral", "Thomas Quenby")])

# 138
D("social", dd("""
    Fraser 🎻
    @fraser_strings

    Unpopular opinion but Quenby's a talentless diva who made every Martlet concert about himself. Third-rate pianist, first-rate ego. The tribunal win doesn't change that.

    1:10 PM · Oct 4, 2025 · 290 Views

    ──────────
    Alys @alys.sings · Oct 4
    He taught my brother for 6 years and he's the reason he's at music college. Bit rich.
    """),
  [M("school", "short_name", "neutral", "Martlet"), M("tquenby", "possessive", "abuse", "Quenby's")])

# 139
D("social", dd("""
    Andy ✝️🇬🇧
    @andy_truth_77

    £86k from the Lathbury Road prep to Quеnby for being a pervert in a classroom. If I ever see that queer near my grandkids' school he'll leave in an ambulance. Promise.

    9:40 PM · Nov 21, 2025 · 420 Views

    3 Likes
    """),
  [M("tquenby", "homoglyph", "threat", "Quеnby")])

# 140
D("social", dd("""
    Tommy R 🇬🇧
    @tommyr_oxon_real

    So the Martlet School is taking pikeys on "bursaries" now. £28k a year for your kids to sit next to travellers who'll nick the lead off the chapel roof. Bet the parents are thrilled. Lock up your bikes Lathbury 😂

    4:41 PM · Sep 10, 2025 · 1,310 Views

    8 Reposts   42 Likes

    ──────────
    Mags Kinsella @magskinsella · Sep 10
    Anti-Traveller racism is still racism. Reported.
    """),
  [M("school", "exact", "hate", "Martlet School")])

# 141
D("facebook", dd("""
    Oxford Mums Network
    Private group · 12K members

    Anonymous member
    6 May at 21:30 · 🔒
    Sorry but how is a woman in a wheelchair supposed to run a nursery? Mrs Thompson at Little Martlets can't even get down to the kids' level. Diversity box-ticking. These cripples should be in an office somewhere, not in charge of toddlers. No wonder things got missed.

    😡😮 22 · 37 comments
    Like   Comment   Share

        Beth Carrow
        This is disgusting ableism. She's brilliant at her job. Reported.
        Like · Reply · 1d
    """),
  [M("school", "alias", "neutral", "Little Martlets"), M("sthompson", "title_surname", "hate", "Mrs Thompson")])

# 142
D("social", dd("""
    Jodie 💋
    @jodie_ox_mumma

    Sarah Thompson at the Martlet nursery is a useless dozy cow who couldn't run a bath. Lost my son's bag THREE times this term and looked at me like I was the problem.

    5:20 PM · Nov 7, 2024 · 90 Views
    """),
  [M("school", "short_name", "negative", "Martlet"), M("sthompson", "exact", "abuse", "Sarah Thompson")])

# 143
D("social", dd("""
    angry dad
    @angrydad_ox_2025

    If it turns out Thompson at Little Martlets knew about that man and said nothing, I will find her and she will regret the day she was born. Every parent in that nursery should feel the same.

    11:55 PM · May 3, 2025 · 640 Views

    5 Reposts   19 Likes
    """),
  [M("school", "alias", "neutral", "Little Martlets"), M("sthompson", "surname_only", "threat", "Thompson")])

# 144
D("social", dd("""
    nursery truth
    @nursery_truth_ox

    Sarah Thompson, head of the Martlet School nursery. 22 Mallard Close, Kidlow OX5 2HG. 07700 900651. Parents deserve to be able to ask her directly what she knew.

    1:02 AM · May 4, 2025 · 1,120 Views

    12 Reposts   20 Likes
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("sthompson", "exact", "doxxing", "Sarah Thompson")])

# 145
D("news", news_page(
    "clarion", "Education", "Prep school registrar suspended as governors investigate admissions",
    "The Martlet School says suspension 'implies no finding' after claims about donations and places",
    "Imogen Pell", "16 April 2025",
    """
    The Registrar of the Martlet School in north Oxford has been suspended while governors investigate claims that families who made donations were given priority for places.

    Elizabeth Marchbank, who has run admissions at the Lathbury Road prep for fifteen years, was suspended on Monday. The school said the suspension was "a neutral act which implies no finding of any kind".

    The investigation follows a report in the Sentinel last week in which a father alleged that a "five-figure gift" had secured a place for another family. The school has denied that donations influence admissions.

    A former governor, who did not want to be named, said: "Liz has been the heart of that school for years. I'd be astonished if there's anything in this."
    """,
    [("Lathbury Resident", "16 Apr 2025", "Always the admin staff who get suspended, never the people at the top."),
     ("Martlet grandparent", "16 Apr 2025", "Mrs Marchbank is the kindest person. I hope this is cleared up quickly.")]),
  [M("school", "exact", "negative", "Martlet School"), M("emarchbank", "exact", "defamation", "Elizabeth Marchbank")])

# 146
D("forum", forum_page("mumchat", "Registrar cleared? (Martlets)", [
    ("PeonyAndPlum", "Joined Feb 2021 · 766 posts", "Fri 6-Jun-25 13:02",
     "Email from school today: the investigation found 'no evidence' that donations affected admissions and Libby Marchbank is returning after half term. Relieved for her honestly. She showed us round when DS was 3 and remembered his name two years later."),
    ("Tallulah_Tea", "Joined Apr 2016 · 10,020 posts", "Fri 6-Jun-25 13:30",
     "I'll be honest, I was one of the people who believed it. Feel a bit rotten now. Glad she's back at Martlets."),
    ("OxfordComma", "Joined Jan 2019 · 1,990 posts", "Fri 6-Jun-25 13:41",
     "Good on you for saying that."),
    ], thread_id=5711),
  [M("school", "alias", "neutral", "Martlets"), M("emarchbank", "nickname", "neutral", "Libby Marchbank")])

# 147
D("social", dd("""
    no more lies
    @nomorelies_ox

    "Cleared." Course she was. Marchbank's been taking envelopes at Lathbury Road for fifteen years and the governors marked their own homework. She'd better not show her face at the gates in September, people round here have long memories and short tempers. 🔥

    8:20 PM · Jun 6, 2025 · 310 Views

    2 Likes
    """),
  [M("emarchbank", "surname_only", "threat", "Marchbank")])

# 148
D("social", dd("""
    Gemma W
    @gem_wolsey

    That Frost woman at Martlet, the deputy, wants to watch herself walking to her car at night. Ignoring bullying complaints has consequences. Some dads at the school are talking and they're not talking about emails.

    10:12 PM · Mar 13, 2025 · 220 Views
    """),
  [M("school", "short_name", "neutral", "Martlet"), M("lfrost", "surname_only", "threat", "Frost")])

# 149
D("facebook", dd("""
    Martlet School Parents (unofficial)
    Private group · 640 members

    Gemma Hartwell
    14 March at 09:05 · 🔒
    I know there's a lot of anger in here at the moment, but I want to say Mrs Frost was a rock for us last year when DD was being left out and self-harming. Weekly check-ins, a plan, a referral to CAMHS that actually happened. She's human and maybe she got the tour thing wrong, but she is not the villain some people are making out.

    ❤️ 61 · 14 comments
    Like   Comment   Share
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("lfrost", "title_surname", "neutral", "Mrs Frost")])

# 150
D("social", dd("""
    WhatsApp screenshot posted to Instagram stories by @mumsofy4.ox

    [Y4 Mums 🌸]
    Kate: did everyone see Rob Venning at the fun run in those tracksuit bottoms 🥵
    Priya: KATE 😂😂
    Kate: I'm just saying he can tackle me any day
    Sian: we are grown women 🙈 (he really is very fit though)
    Kate: 🔥🔥🔥

    caption: "sports day was VERY well attended by mothers this year 👀 #martlet"
    """),
  [M("school", "hashtag", "neutral", "#martlet"), M("rvenning", "nickname", "sexual", "Rob Venning")])

# 151
D("social", dd("""
    Martlet Rugby Parents for Safety
    @martletrugbysafe

    The review found the culture was toxic and the man in charge keeps his job. We disagree. Sign and share: petitions.example/SackRobVenning 🏉⚠️

    6:30 PM · Jun 28, 2025 · 970 Views

    18 Reposts   35 Likes
    """),
  [M("school", "short_name", "negative", "Martlet"), M("rvenning", "camelcase", "negative", "SackRobVenning")])

# 152
D("social", dd("""
    Telegram channel · MartletSchoolLeaks
    t.me.example/MartletSchoolLeaks · 1,204 subscribers

    📂 NEW: screenshots from the governors' group chat. They knew about the concussion log gaps in February and agreed to "manage the message" until after the review. The school covered it up and lied to parents. Full files in the next post.

    👁 3.1K   ↗️ 201
    """),
  [M("school", "camelcase", "defamation", "MartletSchoolLeaks")])

# 153
D("news", news_page(
    "prepreport", "News", "Exam board investigates claims scholarship papers leaked from Oxford prep",
    "Martlet School's Director of Studies 'cooperating fully', school says",
    "Jonty Rees", "30 January 2025",
    """
    An independent schools' examination consortium has opened an investigation into claims that questions from a senior school academic scholarship paper were circulated before the exam.

    The Prep Report understands that the inquiry relates to pupils at the Martlet School in Oxford. The school's Director of Studies, Anjali D'Souza, who coordinates scholarship entries, is said to be "cooperating fully".

    The school said in a statement: "We are not aware of any wrongdoing by any member of staff and we will of course assist the consortium in every way."

    Results for the affected paper have been withheld pending the investigation.
    """),
  [M("school", "exact", "negative", "Martlet School"), M("adsouza", "exact", "defamation", "Anjali D'Souza")])

# 154
D("review", dd("""
    The Martlet School
    Private school · Lathbury Road, Oxford
    4.1 ★★★★☆ (214 reviews)

    Nick Lambourne
    12 reviews
    ★★★★★ 2 months ago
    Our son went from hating sport to captaining the U11 B team, and that's down to Mr Venning, who never gave up on him. He's also loved boarding two nights a week - Dr Haddad's Sunday pancakes are legendary. Martlets isn't perfect (the car park!) but the staff genuinely care.
    👍 Helpful 8   Share
    """),
  [M("school", "exact", "neutral", "The Martlet School"), M("rvenning", "title_surname", "neutral", "Mr Venning"),
   M("yhaddad", "title_surname", "neutral", "Dr Haddad's")])

# 155
D("review", dd("""
    NurseryRate › Oxford › Little Martlets (at the Martlet School)

    Overall: 5.2/10  ·  Reviewed by a parent, June 2025

    After the arrest in May the communication was poor. One letter, one drop-in, then silence. Mrs Thompson was visibly upset at the drop-in and I don't doubt she cares, but we needed facts and a plan, not tears. Staff turnover this year has been very high and our son has had four key workers.

    Facilities 9 · Learning 6 · Care 5 · Food 7 · Value for money 3

    Review verified by NurseryRate ✔
    """),
  [M("school", "exact", "negative", "Martlet School"), M("sthompson", "title_surname", "negative", "Mrs Thompson")])

# 156
D("blog", blog_page(
    "mama", "Sports day, sunburn and a very competitive egg and spoon", "Lathbury Lane Mama", "20 June 2025",
    """
    Another Martlet sports day survived. Factor 50 applied, reapplied and, in the case of the toddler, eaten.

    Highlights: Hattie Pryce-Mostyn doing the staff relay in heels (respect), the Year 2 egg and spoon final being decided by a photo finish and an egg that may or may not have been glued, and Mrs Wójcik running the first aid tent like a field hospital in a war film. Three plasters, one ice pack and a great many "you're fine, darling, off you go".

    The fathers' race was, as ever, a public health emergency. Two hamstrings went. Nobody learns.

    Picnic on the field afterwards with half of Year 3. Home by six, everyone asleep by seven. Bliss.
    """,
    [("Wolsey Green Mum", "20 Jun 2025", "The hamstrings 😂 same every year."),
     ("Lathbury Lane Mama", "20 Jun 2025", "@Wolsey Green Mum DH included 🙄")],
    tags=["Sports day", "School run diaries", "Summer"]),
  [M("school", "short_name", "neutral", "Martlet"), M("hprycemostyn", "nickname", "neutral", "Hattie Pryce-Mostyn"),
   M("zwojcik", "title_surname", "neutral", "Mrs Wójcik")])

# 157
D("blog", blog_page(
    "rugby", "Interview: Rob Venning on the review, the abuse and what he'd do differently", "Dr Nia Castell", "4 July 2025",
    """
    I wrote critically about the Martlet School in March. So I was surprised when its director of sport agreed to talk to me, on the record, a week after the independent review was published.

    Rob Venning is quieter than his reputation. He accepts the concussion findings "completely". "I should have sat that boy out for longer. I didn't, and I was wrong. I've written to his parents."

    On the tour ritual: "I didn't know. That's not an excuse; it's my job to know." On the culture: "I've coached to win for twenty years. Some of that was good and some of it wasn't, and I'm going to change the bits that weren't."

    On the online abuse - his home address posted, threats against his children - he declined to say much. "My kids were scared. That's all I'll say."

    I came away thinking he's a better coach than his worst week, and that the recommendations need to be implemented in full, not just read out.
    """,
    [("CoachMarcus", "4 Jul 2025", "Fair and balanced. Respect to him for sitting down with you."),
     ("Martlet parent", "5 Jul 2025", "Actions not words. We'll see in September.")],
    tags=["Interviews", "Concussion", "Culture"]),
  [M("school", "exact", "neutral", "Martlet School"), M("rvenning", "nickname", "neutral", "Rob Venning")])
# 158 decoy: college rowing club
D("news", news_page(
    "owl", "Sport", "Eights Week: Martlet Boat Club bump twice to reach the top five",
    "Bredon's men's first VIII on course for blades as the women hold station",
    "Owl Sport", "30 May 2025",
    """
    Bredon College's Martlet Boat Club had a day to remember on the Isis on Thursday, bumping twice - once on the Gut and once, spectacularly, outside the boathouses - to climb into the top five of the men's first division.

    "We said at the start of the week we'd go for blades," said stroke Femi Adewale. "Nobody believed us. The college bar might now."

    The women's first VIII rowed over for the second day running. Racing continues on Saturday.
    """,
    [("bredon_rower", "30 May 2025", "BLADES BLADES BLADES"),
     ("towpath_tom", "30 May 2025", "Never seen a bump like it outside the boathouses. Great rowing.")]))

# 159 decoy: everyday word on the residents' forum
D("forum", forum_page("residents", "Frost damage to the allotment water pipes - who fixes?", [
    ("Runner_Bean_Rita", "Member since 2012", "Sat 11 Jan 2025 09:20",
     "The hard frost on Wednesday has split the standpipe by plot 14 again. Water everywhere. Does the council fix it or do we?"),
    ("Ken Frost", "Member since 2009", "Sat 11 Jan 2025 09:45",
     "Committee fixes it, Rita. I'm on the committee and yes, before anyone says it, I'm aware of the irony of a man called Frost reporting frost damage. Plumber booked for Monday."),
    ("Runner_Bean_Rita", "Member since 2012", "Sat 11 Jan 2025 10:02",
     "Ha! Thank you Ken. Lagging on the list for the AGM?"),
    ], thread_id=3401),
  [])

# 160 decoy: namesake at another school
D("review", dd("""
    PrepAdvisor › Oxfordshire › Prep & pre-prep › Rushbrook Prep, Abingdon

    ★★★★★  "Reception is a dream"
    Reviewed by: Parent of a current pupil (Reception) · 5 December 2024

    Our daughter started at Rushbrook in September and Mrs Thompson, the Reception teacher, has made every single day a joy. Phonics is brilliant, the outdoor classroom is used in all weathers, and the nativity was the funniest thing I've seen all year (three Josephs, no explanation).

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (7)  No (0)  · Report
    """))

# 161 decoy: neighbouring school fair
D("facebook", dd("""
    Wychcombe Hall School
    23 November at 17:00 · 🌎

    🎄 CHRISTMAS FAIR 🎄
    What a day! Thank you to everyone who came to the Wychcombe Hall Christmas Fair. Mulled wine, the reindeer (very patient), the Year 4 choir and a tombola that raised £1,830 on its own. Special thanks to our PTA and to Cornford House School for lending us their gazebos. See you next year!

    ❤️👍 140 · 19 comments
    Like   Comment   Share
    """))

# 162 decoy: society reinstated
D("news", news_page(
    "owl", "Colleges", "Martlet Society back after year in the wilderness - with a welfare officer",
    "Bredon dining club returns with new rules, a sober member at every dinner and a bill for the window",
    "Owl News Team", "7 October 2025",
    """
    The Martlet Society, Bredon College's dining club, has been allowed to resume dinners after a year's suspension, on condition that it appoints a welfare officer and a "sober member" for every event.

    The society has paid £4,100 for the Old Library window. Its new president said: "We're a dining club, not a demolition club. That's the motto now. We're getting it embroidered."

    The JCR welfare team said it would "keep a close eye".
    """))

# 163
D("facebook", dd("""
    Ex-Martlet Parents (we escaped!)
    Private group · 188 members

    Fiona Tagg
    10 October at 21:40 · 🔒
    Two years out and I still get angry. The Martlet is a snob factory run by people who think a cheque book is a personality. Fettiplace is a greedy little weasel who'd invoice you for breathing, Marchbank is a snooty old cow who decides in five minutes whether your child is "Martlet material", and the whole place stinks of money and fear. Good riddance.

    😂👍 44 · 29 comments
    Like   Comment   Share

        Tamsin Ford
        Preach 🙌
        Like · Reply · 3d

        Helen Yeo
        Our experience was very different, for what it's worth. Mrs Marchbank was kind to us.
        Like · Reply · 3d
    """),
  [M("school", "short_name", "abuse", "Martlet"), M("afettiplace", "surname_only", "abuse", "Fettiplace"),
   M("emarchbank", "title_surname", "abuse", "Mrs Marchbank")])

# 164
D("facebook", dd("""
    Oxford Taxpayers Against Private Privilege
    Public group · 920 members

    Rich Adeyemi-Pratt
    5 October at 22:11 · 🌎
    Since the governors won't act, here's where the people running the Martlet live. The Head, Harriet Pryce–Mostyn: Holly Lodge, 3 Norbury Rise, Lathbury OX2 7NN. The Bursar, Aldous Fettiplace: 14 Coldharbour Walk, Wolsey Green OX2 7RP, home phone 01632 960877. Go and tell them what you think. Politely 😇

    👍😡 31 · 40 comments
    Like   Comment   Share

        Chloe Bramwell
        Rich, posting home addresses is not activism. Reported.
        Like · Reply · 4d
    """),
  [M("school", "short_name", "neutral", "Martlet"), M("hprycemostyn", "hyphenated", "doxxing", "Harriet Pryce–Mostyn"),
   M("afettiplace", "exact", "doxxing", "Aldous Fettiplace")])

# 165
D("forum", forum_page("freespeech", "Martlet School Oxford = little Mumbai with a Muslim boarding house", [
    ("Saxon_Steel", "Member · 4,400 posts", "Sun 26 Jan 2025 20:10",
     """Oxford prep update. The scholarship woman is an Indian called D'Souza, the boarding house is run by Haddad, and the matron is a Pole. The English kids are the minority in their own school. Parents paying £28k to be colonised.

     They should rename it the Martlet Madrassa."""),
    ("Pale_Rider", "Member · 311 posts", "Sun 26 Jan 2025 20:31",
     "Goa's lovely this time of year. She can go back and take the rest with her 😂"),
    ("NorthernOak", "Member · 902 posts", "Sun 26 Jan 2025 20:50",
     "Remigration for the lot of them. Starting with the ones near our kids."),
    ], thread_id=66501),
  [M("school", "exact", "hate", "Martlet School"), M("adsouza", "surname_only", "hate", "D'Souza"),
   M("yhaddad", "surname_only", "hate", "Haddad")])

# 166
D("facebook", dd("""
    Traditional Values Oxfordshire
    Public group · 1.4K members

    Gordon Pyle
    4 October at 19:30 · 🌎
    So the Martlet School has to pay the gay music teacher £86,000. This is what happens when schools let the rainbow lobby in. Our grandparents built these schools and now they're run for perverts and their "husbands". Quenby and his kind should be nowhere near a school, tribunal or no tribunal. Pull your children out.

    👍😡 51 · 66 comments
    Like   Comment   Share

        Ann Holloway
        Gordon this is hateful. He was a brilliant teacher.
        Like · Reply · 2d
    """),
  [M("school", "exact", "hate", "Martlet School"), M("tquenby", "surname_only", "hate", "Quenby")])

# 167
D("news", news_page(
    "clarion", "Courts", "Man jailed for threats to Muslim housemaster at Oxford prep school",
    "Court hears of 'campaign of fear' against Dr Yusuf Haddad and his family",
    "Court reporter", "14 March 2025",
    """
    A man who posted online threats to firebomb a boarding house at a north Oxford prep school has been jailed for two years.

    Craig Welland, 38, of Didbury, admitted sending threatening communications and a racially and religiously aggravated public order offence. The court heard he had posted that someone should "firebomb" the house run by Dr Yusuf Haddad at the Martlet School "with him in it".

    In a victim statement read to the court, Dr Haddad said his children had been unable to sleep in their own beds for weeks. "I came to teach chemistry and look after boarders. I did not expect to explain to my eight-year-old why the police were outside."

    Sentencing, the judge said Welland had engaged in "a campaign of fear against a man whose only offence was his faith".
    """,
    [("Wolsey Green Resident", "14 Mar 2025", "Good. Two years isn't enough."),
     ("Fenwick parent", "14 Mar 2025", "Thinking of Dr Haddad and his family. The boys in the house adore him.")]),
  [M("school", "exact", "neutral", "Martlet School"), M("yhaddad", "exact", "neutral", "Yusuf Haddad")])

# 168
D("news", news_page(
    "lnop", "News", "Police investigate threats made against head of Lathbury prep school",
    "Officers have spoken to Dr Harriet Pryce-Mostyn after posts about her school run",
    "Post reporter", "6 October 2025",
    """
    Thames Valley Police are investigating online posts that appeared to threaten the Head of the Martlet School following last week's tribunal judgment.

    One post described the route Dr Harriet Pryce-Mostyn takes to school each morning and said she would "get what's coming to her". Another shared her home address.

    A police spokesperson said officers had spoken to Dr Pryce-Mostyn and were "taking the matter very seriously". The school has asked parents not to share the posts.

    The chair of governors said: "Whatever people's views of the tribunal, threats against any member of our staff are unacceptable."
    """,
    [("Lathbury Resident", "6 Oct 2025", "Criticise her by all means. Threatening her is criminal."),
     ("Kidlow Kate", "6 Oct 2025", "This is what social media has done to us.")]),
  [M("school", "exact", "neutral", "Martlet School"), M("hprycemostyn", "exact", "neutral", "Harriet Pryce-Mostyn")])

# 169
D("news", news_page(
    "sentinel", "Education", "Charity Commission opens inquiry into Oxford prep school's music appeal",
    "Regulator examines how £180,000 raised for a new music school was spent",
    "Fenella Drury, Education Correspondent", "2 July 2025",
    """
    The Charity Commission has opened a regulatory compliance case into the Martlet School in Oxford after concerns were raised about a £180,000 fundraising appeal for a new music school that was never built.

    The appeal, launched in 2021, was overseen by the school's Bursar, Aldous Fettiplace. Parents who donated say they were told in 2023 that the project had been "paused" but were never told where the money went.

    The school said the funds were "held in a restricted reserve and fully accounted for" and that it would "cooperate fully" with the regulator.

    A compliance case is not a finding of wrongdoing. The Commission said it was "engaging with the trustees" to establish the facts.

    The inquiry adds to a difficult year for the school, which has faced an independent review of its sport department, an employment tribunal and the arrest of a nursery worker.
    """,
    [("Gift Aid Gary", "2 Jul 2025", "Paused. Where have I heard that before."),
     ("Martlet parent", "2 Jul 2025", "The money is in a restricted fund. It was in the accounts. This is a non-story.")]),
  [M("school", "exact", "negative", "Martlet School"), M("afettiplace", "exact", "defamation", "Aldous Fettiplace")])

# 170
D("forum", forum_page("mumchat", "TMS appeal money - where has it gone?", [
    ("Gingham_Gin", "Joined Oct 2018 · 1,441 posts", "Wed 2-Jul-25 20:14",
     """We gave £2,000 to the music school appeal. Four years, no music school, and now the Charity Commission. I'm sorry but TMS has been cooking the books for years and Fettiplace knows exactly where every penny went - into the pavilion and the Head's pay rise, that's where.

     There's no way this is innocent."""),
    ("OxfordComma", "Joined Jan 2019 · 2,102 posts", "Wed 2-Jul-25 20:40",
     "The accounts literally show a restricted reserve. Be careful."),
    ("Gingham_Gin", "Joined Oct 2018 · 1,442 posts", "Wed 2-Jul-25 20:52",
     "Accounts say what the bursar wants them to say."),
    ], thread_id=5790),
  [M("school", "alias", "defamation", "TMS"), M("afettiplace", "surname_only", "defamation", "Fettiplace")])

# 171
D("forum", forum_page("ruck", "Bobby Venning's history before Martlet?", [
    ("BlindsideBarry", "Parent · 31 posts", "Sat 8 Mar 2025 22:40",
     "Heard from someone who played with him that Bobby Venning was quietly let go from his last school in Gloucestershire for cuffing a kid round the head in a training session. Paid off and given a reference. That's why he ended up at a prep in Oxford."),
    ("TightheadTerry", "Coach · 3,460 posts", "Sat 8 Mar 2025 22:58",
     "I've known Rob fifteen years. He left that school because his wife got a job in Oxford. Unless you've got more than 'heard from someone', drop it."),
    ("BlindsideBarry", "Parent · 32 posts", "Sat 8 Mar 2025 23:05",
     "No smoke without fire."),
    ], thread_id=8860),
  [M("school", "short_name", "neutral", "Martlet"), M("rvenning", "nickname", "defamation", "Bobby Venning")])

# 172
D("facebook", dd("""
    Martlet Mums & Dads Chat (unofficial)
    Private group · 651 members

    Sophie Kettering
    10 March at 20:30 · 🔒
    Venning and that Frost woman are a pair of clowns. He runs the rugby like a prison yard and she smiles and files every complaint under "banter". Useless, spineless, the pair of them. Honestly I wouldn't trust either of them to look after a hamster.

    😡👍 37 · 25 comments
    Like   Comment   Share

        Jamie Rowntree
        Bit harsh on Frost? She's not the one yelling on the touchline.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Martlet"), M("rvenning", "surname_only", "abuse", "Venning"),
   M("lfrost", "surname_only", "abuse", "Frost")])

# 173
D("facebook", dd("""
    Oxford Mums Network
    Private group · 12K members

    Anonymous member
    14 December at 22:05 · 🔒
    I won't say how I know but there have been concerns about a boarding housemaster at a north Oxford prep going into the boys' dormitory after lights out and sitting on their beds "to talk". Dr Haddad. Parents were told it was "pastoral". I'm not saying anything happened but why is a grown man in a child's bedroom at 11pm?

    😮😢 14 · 41 comments
    Like   Comment   Share

        Fenwick parent
        He checks on homesick boarders, with the door open and the matron on the landing. That's his job. This is how rumours ruin people.
        Like · Reply · 1d

        Admin - OMN
        Post under review. Anyone with a genuine safeguarding concern should contact the LADO or the police.
        Like · Reply · 1d
    """),
  [M("yhaddad", "title_surname", "sexual", "Dr Haddad", url_only=True)])

# 174
D("forum", forum_page("prepgate", "Little Martlets - did the nursery head know?", [
    ("WillowPattern", "Member · 140 posts", "Sun 18 May 2025 21:10",
     """I'm told by a member of staff that Sarah Thompson was warned last year that the man had been taking photos of the children on his own phone during nappy changes and that she told the member of staff to "leave it with her". Nothing happened. Then the police turned up.

     If that's true she should never work with children again."""),
    ("Moderator_Jen", "Moderator", "Sun 18 May 2025 21:30",
     "This post makes serious allegations about a named person in a live police matter. I'm leaving it up for now but please don't add rumours. If you have information, give it to Thames Valley Police."),
    ("GreenGables", "Member · 66 posts", "Sun 18 May 2025 21:44",
     "I hope it's not true. I really do."),
    ], thread_id=4490),
  [M("school", "alias", "sexual", "Little Martlets", url_only=True), M("sthompson", "exact", "sexual", "Sarah Thompson", url_only=True)])

# 175
D("news", news_page(
    "clarion", "Courts", "Man jailed for sharing school sports photos with sexual comments",
    "Images of children were taken from an Oxford prep school's public social media accounts",
    "Court reporter", "19 August 2025",
    """
    A man who downloaded photographs of children from a prep school's public social media accounts and shared them in an online group with sexual comments has been jailed for 20 months.

    Anthony Glass, 54, of Bicester, admitted offences under the Sexual Offences Act at Oxford Crown Court. The court heard that the photographs, of girls' netball and hockey teams, had been taken from accounts run by the Martlet School in north Oxford, and that he had commented on one of the school's posts before being blocked and reported.

    The judge said the school had "acted swiftly and correctly". The school has since made its sports accounts private.

    Police urged schools to review how they share images of pupils online.
    """),
  [M("school", "exact", "sexual", "Martlet School", url_only=True)])

# 176
D("facebook", dd("""
    Dads of North Oxford 🍺
    Private group · 430 members

    Marcus Bright
    22 March at 23:10 · 🔒
    Parents' evening at the Martlet tonight. Mrs D'Souza in that red dress, lads 😍🔥 she can mark my paper any day. Suddenly very interested in my son's maths.

    😂🔥 18 · 9 comments
    Like   Comment   Share

        Sanjay Mehta
        Marcus, mate, she's a teacher at our kids' school. Leave it.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Martlet"), M("adsouza", "title_surname", "sexual", "Mrs D'Souza")])

# 177
D("facebook", dd("""
    Prep Tea ☕ North Oxford (fan page)
    Public group · 2.6K members

    Anonymous member
    11 October at 22:40 · 🌎
    Saw Harriet Pryce-Mostin at the Lathbury gym this morning. Those legs in lycra, no wonder the governors keep her on 😏🍑 Say what you like about her, she's a MILF.

    😂😮 27 · 14 comments
    Like   Comment   Share
    """),
  [M("hprycemostyn", "typo", "sexual", "Harriet Pryce-Mostin")])

# 178
D("facebook", dd("""
    Martlet Mums & Dads Chat (unofficial)
    Private group · 651 members

    Anonymous member
    30 April at 21:10 · 🔒
    Not sure if this belongs here but my Y8 son says a friend of his was getting Snapchat messages from Mr Q, the old music teacher, after he left the Martlet. Late at night. Asking about his "voice lessons". I'm not accusing anyone, just passing it on.

    😮 12 · 33 comments
    Like   Comment   Share

        Clare Voss
        Please take this to the police if you believe it, not to Facebook. And "Mr Q" - if you mean Mr Quenby, the same rumour was investigated last year and nothing was found.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Martlet"), M("tquenby", "title_surname", "sexual", "Mr Quenby", url_only=True)])

# 179
D("social", dd("""
    TikTok · @oxon.dance.mums · "Y8 leavers' dance routine 💃 so proud" · #martlet #dance #leavers

    Comments (412)

    deep_lurker_2024
    #martlet girls 👀👀 how old 😏 follow for more
    6-30 · Reply · ♡ 1

    oxon.dance.mums
    @deep_lurker_2024 they're 13. reported and blocked. disgusting
    6-30 · Reply · ♡ 320

    ella.m.ox
    beautiful routine, ignore the creeps 💙
    6-30 · Reply · ♡ 88
    """),
  [M("school", "hashtag", "sexual", "#martlet", url_only=True)])

# 180
D("facebook", dd("""
    Lathbury Road Neighbours
    Private group · 310 members

    Kevin Marsh
    3 February at 22:20 · 🔒
    If that school puts floodlights on the Pinsent Meadow pitch I'll be round there with a can of petrol for their precious pavilion. Martlet Prep has ruined this road for twenty years. I'm not joking, I've had enough.

    😮 8 · 12 comments
    Like   Comment   Share

        Sue Darnell
        Kevin, delete that. I mean it.
        Like · Reply · 1d
    """),
  [M("school", "alias", "threat", "Martlet Prep")])

# 181
D("facebook", dd("""
    Oxford Late Payers Support
    Private group · 120 members

    Gareth Pinnock
    3 March at 00:40 · 🔒
    Aldous Fettiplce sent another solicitor's letter today. I've told him I know where he lives and I know his routine. If he wants his £11k he can come and get it and see what happens when he knocks. Man's got it coming.

    😮 3 · 6 comments
    Like   Comment   Share
    """),
  [M("afettiplace", "typo", "threat", "Aldous Fettiplce")])

# 182
D("facebook", dd("""
    Martlet Mums & Dads Chat (unofficial)
    Private group · 651 members

    Anonymous member
    5 October at 23:55 · 🔒
    Dr Pryce-Mostyn destroyed a good man's career and lied to a judge. If she turns up to the harvest festival on Friday I won't be responsible for what I do. Someone needs to put her in her place and I'm happy for it to be me.

    😮😡 19 · 22 comments
    Like   Comment   Share

        Admin - Clare Voss
        Post reported to the school and to the police. This is a threat. Group paused.
        Like · Reply · 6h
    """),
  [M("school", "short_name", "neutral", "Martlet"), M("hprycemostyn", "title_surname", "threat", "Dr Pryce-Mostyn")])

# 183
D("facebook", dd("""
    Oxford Patriots (Official)
    Public group · 2.1K members

    Lee Farrant
    27 January at 21:00 · 🌎
    That D'Souza woman at the Lathbury Road prep who thinks English kids aren't "scholarship material" wants to be careful. She parks in the staff car park behind the chapel every morning at 7.30. Dark that time of year. Just saying 😉

    👍 14 · 8 comments
    Like   Comment   Share
    """),
  [M("adsouza", "surname_only", "threat", "D'Souza")])

# 184
D("facebook", dd("""
    Traditional Values Oxfordshire
    Public group · 1.4K members

    Gordon Pyle
    23 November at 18:10 · 🌎
    Spoke to a friend who knows people. Thomas Quenby, the music teacher who sued the Martlet, has a new "private studio". It is the back room of the church hall on Summerfold Road, Tuesdays and Thursdays 4-7. Mobile 07700 900390. Parents who care might like to pay him a visit and let him know he's not welcome.

    👍 21 · 13 comments
    Like   Comment   Share

        Ann Holloway
        Reported. Leave the man alone.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Martlet"), M("tquenby", "exact", "doxxing", "Thomas Quenby")])

# 185
D("facebook", dd("""
    Oxford Patriots (Official)
    Public group · 2.1K members

    Darren Hoyle
    12 February at 20:45 · 🌎
    Polish matron still at that school after everything. Z. Wójcik. Her husband drives for the Kidlow depot, they live in the flats on Mere Road, number 9. Somebody should make sure she knows she's not wanted. Tonight would be good. 🔥

    👍 17 · 10 comments
    Like   Comment   Share
    """),
  [M("zwojcik", "initial_surname", "threat", "Z. Wójcik")])

# 186
D("facebook", dd("""
    Concerned Parents Oxfordshire
    Public group · 3.0K members

    Anonymous member
    17 April at 20:20 · 🌎
    Registrar Elizabeth Marchbank (Martlet School) - her mobile 07700 900911 and personal email liz.marchbank@postbox.example. The school won't answer questions about the donations so ask her yourselves. She lives by the church in Foxcombe if anyone's passing.

    😡 9 · 14 comments
    Like   Comment   Share
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("emarchbank", "exact", "doxxing", "Elizabeth Marchbank")])

# 187
D("forum", forum_page("elevenplus", "Found her - Director of Studies details", [
    ("Angry_in_Abingdon", "Parent · 12 posts", "Sat 18 Jan 2025 23:02",
     "For those who want answers about the Martlet papers: Mrs D'Souza lives at 5 Tanner's Yard, Lathbury OX2 7PD, and her husband's business line is on Companies House. Not telling anyone to do anything."),
    ("Admin_Elle", "Administrator", "Sat 18 Jan 2025 23:10",
     "Deleted the address from the quote but the original post is visible to me for evidence. Member banned. This is doxxing and we will cooperate with any police enquiry."),
    ], thread_id=9950),
  [M("school", "short_name", "neutral", "Martlet"), M("adsouza", "title_surname", "doxxing", "Mrs D'Souza")])

# 188
D("facebook", dd("""
    Oxford Mums Network
    Private group · 12K members

    Anonymous member
    15 March at 21:44 · 🔒
    For anyone who wants to complain about the tour in person: the deputy head at the Martlet, Laura Frost, lives next to the post office in Wolsey Green, the cottage with the green door, and her husband's number is 07700 900128. She won't answer emails so knock.

    😡 6 · 21 comments
    Like   Comment   Share

        Admin - OMN
        Removed from public view. Posting home addresses of staff is doxxing and against group rules.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Martlet"), M("lfrost", "exact", "doxxing", "Laura Frost")])

# 189
D("forum", forum_page("chalk", "Leaving the Martlet - warning to anyone applying", [
    ("DustyChalk", "Prep · 55 posts", "Sun 11 May 2025 19:30",
     """I'm leaving the Martlet School this summer after four years. Good kids, good colleagues, leadership in permanent crisis mode.

     My honest view: the Head is a decent person out of her depth. The Bursar is obsessed with the numbers. Rob Venning is better than the papers made out. Dr Haddad has been treated appallingly by the far right and the school stood by him, to be fair to it. Zofia Wójcik holds the boarding house together with sticky tape and sheer force of will.

     If you're applying, ask about staff turnover in the interview."""),
    ("MinorKey", "Independent sector · 33 posts", "Sun 11 May 2025 19:50",
     "Thanks for the balanced take. Good luck wherever you land."),
    ], thread_id=7820),
  [M("school", "exact", "negative", "Martlet School"), M("rvenning", "nickname", "neutral", "Rob Venning"),
   M("yhaddad", "title_surname", "neutral", "Dr Haddad"), M("zwojcik", "exact", "neutral", "Zofia Wójcik")])

# 190
D("review", dd("""
    WorkVoice › The Martlet School › Reviews

    "Abusive sports office, complicit SLT"
    ★☆☆☆☆  Former Employee - Graduate Sports Assistant in Oxford, England · 2 July 2025
    I worked at The Martlet School for less than 1 year

    Pros
    Kids are great. Matron is lovely.

    Cons
    Bob Venning is a bully, a misogynist and a thug with a whistle. He called me "sweetheart" in front of the U13s and told me to "go and make the teas". Mrs Frost was told and did nothing. The Head covered the whole department's problems up until the press got involved and then acted surprised.

    Advice to management
    Stop protecting him.

    Helpful (14) · Share · Report
    """),
  [M("school", "exact", "defamation", "The Martlet School"), M("rvenning", "nickname", "abuse", "Bob Venning"),
   M("lfrost", "title_surname", "negative", "Mrs Frost")])

# 191
D("review", dd("""
    PrepAdvisor › Oxfordshire › Prep & pre-prep › The Martlet School, Oxford

    ★☆☆☆☆  "Arrogant, evasive, and hiding things"
    Reviewed by: Parent of a former pupil (left Year 7) · 9 July 2025

    The Martlet School is a money machine run by a Head who has never answered a straight question in her life. Our son was injured twice in rugby and we were fobbed off both times. Dr Pryce-Mostyn is a cold, arrogant, patronising woman who looked at her watch while we told her our child had been hurt. Avoid.

    Would you recommend this school? No.
    Was this review helpful?  Yes (21)  No (9)  · Report
    """),
  [M("school", "exact", "negative", "Martlet School"), M("hprycemostyn", "title_surname", "abuse", "Dr Pryce-Mostyn")])

# 192
D("review", dd("""
    The Martlet School
    Private school · Lathbury Road, Oxford
    4.0 ★★★★☆ (223 reviews)

    Agata Nowicka
    6 reviews
    ★★★★★ 3 weeks ago
    As a Polish mum I was very upset by the horrible things written online about Pani Zofia, the matron. So I want to write the truth: she is the most caring nurse, she speaks to my daughter in Polish when she is homesick, and the school defended her. Dziękuję Mrs Wójcik! Whoever is writing "go home" - she IS home. Oxford is her home.
    👍 Helpful 31   Share
    """),
  [M("school", "exact", "neutral", "The Martlet School"), M("zwojcik", "title_surname", "neutral", "Mrs Wójcik")])

# 193
D("blog", blog_page(
    "fees", "A year in the Martlet's accounts: what the filings actually say", "The Fee Frontier", "10 July 2025",
    """
    The Charity Commission has opened a case, the Facebook groups have convicted the Bursar of everything short of the Brink's-Mat robbery, and I have done what I always do: read the filings.

    Here is what they say. The music school appeal raised £181,420. It sits in a restricted reserve, shown on page 34 of the 2024 accounts, earning interest. It has not been spent on the pavilion, which was funded by a bank loan (page 37). I can find no evidence in the public accounts of money going anywhere it shouldn't.

    Here is what they don't say: why nobody told donors any of this for two years. That's a communications failure, and it's a serious one. Mr Fettiplace's office should have written to every donor the day the project was paused.

    Bad comms are not fraud. Please stop posting his address.
    """,
    [("AnotherDad", "10 Jul 2025", "Thank you for actually reading the accounts. Nobody else did."),
     ("Gingham_Gin", "11 Jul 2025", "Fine. But two years of silence and then 'trust us'?")],
    tags=["Accounts", "Charity Commission", "Bursars"]),
  [M("school", "short_name", "negative", "Martlet"), M("afettiplace", "title_surname", "negative", "Mr Fettiplace")])

# 194
D("blog", blog_page(
    "whistle", "When the abuse comes from outside the gates", "The Quiet Whistle", "20 February 2025",
    """
    This winter, staff at one Oxford prep school - the Martlet School - have been targeted with some of the worst online abuse I've seen aimed at a school community. I've been asked not to reproduce it and I won't, except to say that it included calls for a Muslim housemaster to be "sent back", for a Polish matron to "go home", and slurs aimed at a former teacher because he is gay.

    Dr Haddad, Mrs Wójcik and Mr Quenby did not choose to become public figures. Their employer - and, in Mr Quenby's case, his former employer - has a duty to support them, and so do the rest of us.

    ## What schools should do

    Log it. Report it to the police and the platforms. Tell staff, in writing, what you are doing. Offer to handle media enquiries. And never, ever, tell a member of staff to "keep their head down until it blows over".
    """,
    [("Ex-Prep Teacher", "20 Feb 2025", "Powerful. Thank you."),
     ("Anon", "21 Feb 2025", "The school did support them, for what it's worth. I work there.")],
    tags=["Online abuse", "Staff wellbeing", "Hate crime"]),
  [M("school", "exact", "neutral", "Martlet School"), M("yhaddad", "title_surname", "neutral", "Dr Haddad"),
   M("zwojcik", "title_surname", "neutral", "Mrs Wójcik"), M("tquenby", "title_surname", "neutral", "Mr Quenby")])

# 195
D("facebook", dd("""
    Ex-Martlet Parents (we escaped!)
    Private group · 190 members

    Anonymous member
    2 March at 21:15 · 🔒
    Open secret for years: Mrs Wójcik was helping herself to the controlled drugs in the san. Ritalin, sleeping tablets, the lot. Stock never matched the log. The school knew and covered it up because they couldn't find another matron who'd work nights.

    😮 17 · 23 comments
    Like   Comment   Share

        Helen Yeo
        That's a very serious thing to say about someone without proof.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "defamation", "Martlet"), M("zwojcik", "title_surname", "defamation", "Mrs Wójcik")])

# 196
D("facebook", dd("""
    Wolsey Green & Lathbury Community Noticeboard
    Public group · 4.8K members

    Tony Brice
    1 July at 18:30 · 🌎
    That Martlet lot are a bunch of stuck-up, entitled, privileged parasites. Every one of them. Blocking the road in their Range Rovers, looking at you like you're dirt. Shower of snobs, the whole rotten school.

    😂👍 29 · 18 comments
    Like   Comment   Share

        Pam Oduya
        Tony, the caretakers gritted the whole road for us in January. They're not all bad.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "abuse", "Martlet")])

# 197
D("facebook", dd("""
    Martlet Mums & Dads Chat (unofficial)
    Private group · 651 members

    Anonymous member
    20 February at 20:02 · 🔒
    Why has nobody asked why Dr Haddad smells of drink at Sunday chapel? Heard from a Fenwick boy he's "asleep" in his study by 9 most nights. Running a boarding house half-cut. The school must know.

    😮 11 · 30 comments
    Like   Comment   Share

        Fenwick parent
        He's a Muslim who doesn't drink. This is absolute nonsense, and you know it.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Martlet"), M("yhaddad", "title_surname", "defamation", "Dr Haddad")])

# 198
D("facebook", dd("""
    Martlet School Parents (unofficial)
    Private group · 652 members

    Anonymous member
    16 October at 21:30 · 🔒
    Sarah Thompson should have been sacked in May. She's a useless, clueless woman who was promoted way beyond her ability and the nursery has been a shambles ever since. Thick as two short planks.

    😡 8 · 15 comments
    Like   Comment   Share

        Priya Raman
        Completely disagree. She's been brilliant with Anya.
        Like · Reply · 1d
    """),
  [M("school", "exact", "negative", "Martlet School"), M("sthompson", "exact", "abuse", "Sarah Thompson")])

# 199
D("news", news_page(
    "clarion", "Education", "After a year of headlines, Martlet School names new chair of governors",
    "Retired judge to lead 'reset' at the Lathbury Road prep school after tribunal, review and inquiry",
    "Imogen Pell", "24 November 2025",
    """
    The Martlet School in north Oxford has appointed a retired circuit judge as chair of governors, promising a "reset" after a year in which the prep school faced an employment tribunal, an independent review of its sport and a Charity Commission case.

    Her Honour Frances Ellery, who sat at Oxford Crown Court for twelve years, takes over from the outgoing chair, who stepped down last month.

    In a letter to parents, she said her first priorities would be "listening to staff", publishing a clear account of the music appeal funds, and "making sure that every member of this community who has been abused online - and there have been too many - knows that we stand with them".

    The Head, Dr Harriet Pryce-Mostyn, remains in post. The new chair said she had "full confidence" in the Head "while the board completes its own review of governance".

    Parents who spoke to the Clarion were divided. "It's a start," said one mother of two. "But we've had a lot of letters this year."

    The school's former head of music, Thomas Quenby, said he wished the new chair "every success" and hoped that "no teacher there ever goes through what I went through".

    Bursar Aldous Fettiplace is understood to have told colleagues he will retire at the end of the academic year.
    """,
    [("Lathbury Resident", "24 Nov 2025", "A judge. Well, at least she'll know what 'evasive' means."),
     ("Martlet mum", "24 Nov 2025", "Cautiously hopeful. The teachers deserve better."),
     ("Ox_Realist", "25 Nov 2025", "Still don't care what posh schools do, but fair play to the music teacher.")]),
  [M("school", "exact", "neutral", "Martlet School"), M("hprycemostyn", "exact", "neutral", "Harriet Pryce-Mostyn"),
   M("tquenby", "exact", "neutral", "Thomas Quenby"), M("afettiplace", "exact", "neutral", "Aldous Fettiplace")])
# 200 decoy: the acronym's scaffolder
D("news", news_page(
    "clarion", "Business", "Scaffolding firm fined after pole fell on to Jericho pavement",
    "TMS Scaffolding & Access Ltd admits safety breach; no one was hurt",
    "Business reporter", "8 May 2025",
    """
    An Oxford scaffolding company has been fined £14,000 after a steel pole fell from a three-storey scaffold on to a busy Jericho pavement.

    TMS Scaffolding & Access Ltd admitted failing to secure materials at height. Nobody was hurt, but magistrates heard that a woman with a pushchair had passed the spot seconds earlier.

    Director Kevin Mott said the firm had "tightened every procedure" and retrained its crews.
    """,
    [("Jericho resident", "8 May 2025", "I saw it land. Terrifying. Glad nobody was under it.")]))

# 201
D("news", news_page(
    "sentinel", "Education", "Nursing regulator investigates matron at Oxford prep school",
    "Zofia Wójcik referred over claims about medicines records at the Martlet School's boarding house",
    "Fenella Drury, Education Correspondent", "10 March 2025",
    """
    The Nursing and Midwifery Council is investigating a matron at an Oxford prep school after an anonymous complaint about medicines records in its boarding house.

    Zofia Wójcik, senior matron at the Martlet School in north Oxford, has been referred to the regulator over claims that stock of controlled drugs in the school's medical centre did not match the log. She remains at work while the regulator considers the referral.

    The school said it had carried out its own audit, which found "two minor recording errors and no missing medication". It added that Mrs Wójcik had been "the subject of a sustained campaign of online abuse" and that the complaint had been made anonymously.

    An NMC spokesperson said it could not comment on individual cases.
    """,
    [("Nurse of 30 years", "10 Mar 2025", "Anonymous complaint after a hate campaign. Funny that."),
     ("OxonOx", "10 Mar 2025", "Let the regulator do its job.")]),
  [M("school", "exact", "negative", "Martlet School"), M("zwojcik", "exact", "defamation", "Zofia Wójcik")])

# 202
D("news", news_page(
    "clarion", "News", "Police look into claim prep school rugby coach grabbed pupil",
    "Martlet School says it referred the allegation to the local authority 'the same day'",
    "Imogen Pell", "18 March 2025",
    """
    Police are looking into an allegation that a rugby coach at a north Oxford prep school grabbed a pupil by the collar during a training session.

    The claim concerns the Martlet School's Director of Sport, Robert Venning, who is already the subject of an independent review of sport at the school. A parent reported the incident to police last week.

    Thames Valley Police confirmed it had received a report and was "making enquiries". No arrest has been made.

    The school said it had referred the allegation to the Local Authority Designated Officer the same day and that Mr Venning was "not currently coaching contact sessions" while enquiries continue.
    """,
    [("Rugby mum", "18 Mar 2025", "Feels like a pile-on now. Let the police look at it."),
     ("NotAConcussionDenier", "18 Mar 2025", "This is exactly why the review needed to be independent.")]),
  [M("school", "exact", "negative", "Martlet School"), M("rvenning", "exact", "defamation", "Robert Venning")])

# 203
D("forum", forum_page("freespeech", "The Martlet nursery and san - who's actually running it now", [
    ("Pale_Rider", "Member · 340 posts", "Tue 13 May 2025 21:10",
     """Oxford prep that's been in the news. Nursery is run by a woman in a wheelchair called Thompson who can't even stand up to change a nappy, and the medical room is run by a Polish migrant, Wojcik, who's under investigation for nicking drugs. This is what 'diversity' gets you. Cripples and foreigners looking after English toddlers.

     The Martlet has gone to the dogs."""),
    ("NorthernOak", "Member · 930 posts", "Tue 13 May 2025 21:25",
     "Nothing surprises me any more. Send the Pole back and put the other one in a home."),
    ("Old_Tory_Bill", "Member · 19 posts", "Tue 13 May 2025 21:40",
     "This is beneath you both. Disabled people and Poles served in our wars."),
    ], thread_id=66700),
  [M("school", "short_name", "hate", "Martlet"), M("sthompson", "surname_only", "hate", "Thompson"),
   M("zwojcik", "surname_only", "hate", "Wojcik")])

# 204
D("forum", forum_page("students", "Anyone else go to a prep that's now in the news?", [
    ("quad_goblin", "1st year · Music", "Sun 5 Oct 2025 22:10",
     """Went to the Martlet School, left in 2019. Reading about the tribunal has been wild. Mr Quenby was genuinely the best teacher I ever had, he's the reason I'm reading music. Glad he won.

     Meanwhile Venning was a screaming red-faced psycho who made ten-year-olds cry for dropping a pass. Some things never change."""),
    ("punt_pole_lost", "2nd year · Chemistry", "Sun 5 Oct 2025 22:30",
     "Cornford House here. We used to dread playing Martlet. Their coach was terrifying from the other touchline."),
    ("quad_goblin", "1st year · Music", "Sun 5 Oct 2025 22:35", "😂 he was terrifying from the same touchline too"),
    ], thread_id=140),
  [M("school", "exact", "neutral", "Martlet School"), M("tquenby", "title_surname", "neutral", "Mr Quenby"),
   M("rvenning", "surname_only", "abuse", "Venning")])

# 205
D("forum", forum_page("ruck", "Martlet coach back on the touchline?!", [
    ("BlindsideBarry", "Parent · 40 posts", "Sat 13 Sep 2025 18:02",
     """Saw Robert V. from the Martlet back coaching their U13s today like nothing happened. If I were one of those dads I'd take him out at the knees in the car park after the next fixture. Somebody will, sooner or later. He's got it coming.

     Not a threat. A prediction."""),
    ("TightheadTerry", "Coach · 3,520 posts", "Sat 13 Sep 2025 18:20",
     "That's a threat, Barry, and you know it. Reported to the admins. The man was cleared."),
    ], thread_id=8990),
  [M("school", "short_name", "neutral", "Martlet"), M("rvenning", "first_initial", "threat", "Robert V.")])

# 206
D("forum", forum_page("mumchat", "Coach's family being targeted - TMS parents please read", [
    ("OxfordComma", "Joined Jan 2019 · 2,050 posts", "Thu 6-Mar-25 21:30",
     "Someone in one of the TMS groups has posted Mr Venning's wife's Instagram, the name of their kids' primary school and the time they do pick-up, with the caption 'they should know what their dad is'. I've reported it. Please, whatever you think of him, don't share it."),
    ("GinAndJuniper", "Joined May 2017 · 4,300 posts", "Thu 6-Mar-25 21:44",
     "That's horrifying. Reported too."),
    ("Tallulah_Tea", "Joined Apr 2016 · 9,990 posts", "Thu 6-Mar-25 22:02",
     "Those are little children. Whoever did that should be ashamed."),
    ], thread_id=5560),
  [M("school", "alias", "neutral", "TMS"), M("rvenning", "title_surname", "neutral", "Mr Venning")])

# 207
D("review", dd("""
    WorkVoice › The Martlet School › Reviews

    "Run by a penny-pinching tyrant"
    ★☆☆☆☆  Former Employee - Bursary Assistant in Oxford, England · 22 August 2025
    I worked at The Martlet School for more than 2 years

    Pros
    Lovely teachers and support staff. The Registrar was kind and fair to me.

    Cons
    A. Fettiplace is a penny-pinching tyrant and a nasty, petty little man. Screamed at me over a 40p discrepancy in the petty cash in front of the whole office. Reduced two colleagues to tears in my time. Nobody above him cares as long as the books balance.

    Advice to management
    Exit interviews. Read them.

    Helpful (11) · Share · Report
    """),
  [M("school", "exact", "negative", "The Martlet School"), M("afettiplace", "initial_surname", "abuse", "A. Fettiplace")])

# 208
D("review", dd("""
    PrepAdvisor › Oxfordshire › Prep & pre-prep › The Martlet School, Oxford

    ★☆☆☆☆  "They buried our complaint"
    Reviewed by: Parent of a former pupil (left Year 5) · 30 June 2025

    Our daughter was bullied for two terms. We have emails proving we reported it. When we asked for the pastoral file, it had been "lost". I believe Laura Frost deleted the records to protect the school's inspection and the Head signed off on it. That is a cover-up, whatever they call it. The Martlet School cares about its reputation, not its children.

    Would you recommend this school? No.
    Was this review helpful?  Yes (17)  No (8)  · Report
    """),
  [M("school", "exact", "defamation", "Martlet School"), M("lfrost", "exact", "defamation", "Laura Frost")])

# 209 decoy: everyday word, ice cream shop
D("review", dd("""
    Jack Frost's Gelato
    Ice cream shop · Jericho, Oxford
    4.8 ★★★★★ (640 reviews)

    Maddie Cho
    Local Guide · 90 reviews
    ★★★★★ 5 days ago
    The pistachio is the real deal and the honey and lavender is unexpectedly perfect. Queue was out of the door at 8pm on a Tuesday, which tells you everything. Owner was playing Test Match Special on the radio behind the counter and gave my son a free wafer for knowing what a googly was.
    👍 Helpful 4   Share
    """))

# 210
D("blog", blog_page(
    "truth", "EXPOSED: How an Oxford prep school was handed over", "Albion Awake Editorial", "2 February 2025",
    """
    They told you it was about "diversity". Look at what has happened at the Martlet School in Oxford, where English families pay £28,000 a year.

    The scholarships are controlled by Anjali D'Souza, an Indian Catholic whose people have never accepted British values. The boarding house - where English boys sleep - is run by Yusuf Haddad, a Muslim. The parents who objected to a homosexual teacher were smeared as bigots.

    This is not an accident. It is replacement, one school at a time. Hindus, Muslims, Poles: they do not integrate, they occupy. The English are being bred out of their own institutions.

    Share this before they take it down.
    """,
    [("Hengist_449", "2 Feb 2025", "Deport the lot. Start with the boarding house."),
     ("Watcher", "3 Feb 2025", "Sent to every parent I know.")],
    tags=["Replacement", "Schools", "Oxford"]),
  [M("school", "exact", "hate", "Martlet School"), M("adsouza", "exact", "hate", "Anjali D'Souza"),
   M("yhaddad", "exact", "hate", "Yusuf Haddad")])

# 211
D("blog", blog_page(
    "mama", "Scholarship week: tears, toast and a very wise woman", "Lathbury Lane Mama", "17 January 2025",
    """
    Scholarship week in our house. DS1 sat three papers in two days and came out of the maths one saying "it was fine" in the voice that means it was not fine.

    I want to say thank you to Mrs D'Souza, who rang me on the Tuesday evening - her own time - to say he'd been a bit wobbly at lunch and she'd sat with him while he ate a sandwich and talked about Minecraft. Small thing. Huge thing.

    Also to Matron, Mrs Wójcik, who produced emergency toast at 7.45am when he'd forgotten breakfast. The Martlet has had a bruising few months in the papers but some people there are pure gold.

    Results in February. Wine in the fridge either way.
    """,
    [("Wolsey Green Mum", "17 Jan 2025", "Good luck to him! Toast is love."),
     ("Not a fan", "18 Jan 2025", "Gold? D'Souza is a nasty, two-faced piece of work who humiliates children who aren't 'scholarship material'. You've been lucky."),
     ("Lathbury Lane Mama", "18 Jan 2025", "@Not a fan sorry that was your experience.")],
    tags=["Scholarships", "School run diaries", "Exams"]),
  [M("school", "short_name", "neutral", "Martlet"), M("adsouza", "title_surname", "abuse", "Mrs D'Souza"),
   M("zwojcik", "title_surname", "neutral", "Mrs Wójcik")])

# 212 decoy: tutoring blog, locality and a neighbouring school
D("blog", blog_page(
    "tutor", "Pre-tests in October: a survival guide for Year 6 parents", "Jess Ormond", "22 September 2024",
    """
    If your child is sitting the online pre-test this autumn, here is the least stressful way through it.

    Do ten minutes of reasoning practice, three times a week, from now until half term. Not more. Let them use a laptop at the kitchen table so the format isn't a surprise. And don't sit behind them breathing.

    Schools round here - Cornford House, Wychcombe Hall, the Lathbury primaries - all report the same thing: children who've done hours of practice score about the same as children who've done a little. What differs is how anxious they are afterwards.

    Next week: the interview, and why your child should never rehearse an answer about their favourite book.
    """,
    [("Year 6 mum", "22 Sep 2024", "Needed to hear this, thank you.")],
    tags=["Pre-tests", "11+", "Wellbeing"]))

# 213
D("blog", blog_page(
    "fees", "Reader mail: the Bursar's retirement, and a comment I have deleted", "The Fee Frontier", "28 November 2025",
    """
    So Aldous Fettiplace is retiring. Many of you have written in. Some of you are delighted, some surprisingly sentimental, and one of you sent a very long poem about the late payment surcharge that I will treasure.

    I've deleted one comment from the last post. I'm reproducing its gist here only so you understand why: it said that someone "will hurt him eventually" and that the writer "knows his road" and might "save them the bother". That is a threat, I've passed it to the police, and it has no place on this blog or anywhere else.

    For the record: I've argued with the man's spreadsheets for five years. He has never been anything other than courteous to me in person. Enjoy the retirement, Aldous. I'll miss the material.
    """,
    [("AnotherDad", "28 Nov 2025", "Good call deleting it. Some people have lost the plot this year."),
     ("Gingham_Gin", "28 Nov 2025", "I was hard on him. Happy retirement, genuinely.")],
    tags=["Bursars", "Reader mail", "Moderation"]),
  [M("afettiplace", "exact", "neutral", "Aldous Fettiplace")])

# 214
D("facebook", dd("""
    Martlet Mums & Dads Chat (unofficial)
    Private group · 651 members

    Anonymous member
    7 March at 23:30 · 🔒
    Ask your boys about Mr Venning's "injury massages" after matches. Behind the sports hall door, one boy at a time, no other adult. My son came home very uncomfortable. I'm not saying what it is but I know what it looks like.

    😮 21 · 47 comments
    Like   Comment   Share

        Hugo Bellingham
        If you genuinely believe a child is at risk, call the police or the LADO tonight. Posting this here helps nobody.
        Like · Reply · 6h

        Admin - Clare Voss
        Post hidden and passed to the school's DSL.
        Like · Reply · 5h
    """),
  [M("school", "short_name", "sexual", "Martlet", url_only=True), M("rvenning", "title_surname", "sexual", "Mr Venning's", url_only=True)])

# 215
D("social", dd("""
    tea spiller 🫖
    @oxprep_tea_spill

    Since she blocks everyone: Hattie P-M's personal mobile is 07700 900847 and her Gmail is hattie.pm.oxon@woolmail.example. Ask the Head yourselves why she lied to the tribunal 📞

    11:20 PM · Oct 3, 2025 · 760 Views

    7 Reposts   11 Likes
    """),
  [M("hprycemostyn", "nickname", "doxxing", "Hattie P-M")])
# 216
D("facebook", dd("""
    Wolsey Green & Lathbury Community Noticeboard
    Public group · 4.8K members

    Dean Purvis
    15 March at 22:50 · 🌎
    Mrs Frost from the Martlet walks her dog on the Meadow every night about 9. If she thinks she can laugh off what happened to my nephew on that tour she's wrong. Next time I see her down there on her own she'll find out what a real tunnel feels like. 👊

    😮 4 · 9 comments
    Like   Comment   Share

        Admin - Lathbury Noticeboard
        Removed and reported to Thames Valley Police. Dean has been banned.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Martlet"), M("lfrost", "title_surname", "threat", "Mrs Frost")])

# 217
D("facebook", dd("""
    Oxford Rugby Dads
    Private group · 880 members

    Anonymous member
    3 March at 23:05 · 🔒
    For the lads asking. Rob Venning, Martlet School director of sport: home is the end house on Cranleigh Close, Wolsey Green, blue Defender on the drive, wife's a physio at the Headley clinic, kids at Wolsey Green primary. His personal mobile is 07700 900417. Do what you like with it.

    😮👍 11 · 16 comments
    Like   Comment   Share

        Tom Blaney
        Mate, his kids? Delete this.
        Like · Reply · 1d
    """),
  [M("school", "exact", "neutral", "Martlet School"), M("rvenning", "nickname", "doxxing", "Rob Venning")])

# 218
D("forum", forum_page("freespeech", "Tribunal payout - the Oxford music teacher", [
    ("Hengist_449", "Member · 1,820 posts", "Sat 22 Nov 2025 10:14",
     """£86k for Quenby. The Martlet pays a pervert for being a pervert. I know the church hall he teaches in now. Tuesday nights. Some of us are going to go down there and make sure he never teaches another child. Bring friends.

     He won't get a tribunal for what's coming."""),
    ("Moderator_Unmuzzled", "Moderator", "Sat 22 Nov 2025 10:40",
     "We allow opinions, not incitement. Post left for the record; user suspended."),
    ], thread_id=66911),
  [M("school", "short_name", "neutral", "Martlet"), M("tquenby", "surname_only", "threat", "Quenby")])
#@@DOCS@@


# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Martlet School"],
    "hprycemostyn": ["Harriet Pryce-Mostyn"], "afettiplace": ["Aldous Fettiplace"],
    "rvenning": ["Robert Venning"], "zwojcik": ["Zofia Wójcik"],
    "adsouza": ["Anjali D'Souza"], "sthompson": ["Sarah Thompson"], "lfrost": ["Laura Frost"],
    "emarchbank": ["Elizabeth Marchbank"], "yhaddad": ["Yusuf Haddad"], "tquenby": ["Thomas Quenby"],
}
ALIASES = {
    "school": ["Martlets", "TMS", "Martlet Prep", "Little Martlets"],
    "hprycemostyn": ["Harriet Mostyn"], "adsouza": ["Anjali Fernandes"],
    "emarchbank": ["Elizabeth Dunmore"], "yhaddad": ["Joe Haddad"],
}
SURNAMES = {
    "hprycemostyn": "Pryce-Mostyn", "afettiplace": "Fettiplace", "rvenning": "Venning",
    "zwojcik": "Wójcik", "adsouza": "D'Souza", "sthompson": "Thompson", "lfrost": "Frost",
    "emarchbank": "Marchbank", "yhaddad": "Haddad", "tquenby": "Quenby",
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
