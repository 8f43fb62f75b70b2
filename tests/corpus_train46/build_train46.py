#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train46 labelled evaluation corpus for the repwatch matcher.

Setting
    Keelhaven Academy, an invented 11-16 academy (about 1,150 pupils) on Saltings Road in
    the middle of the invented Greyhithe council estate in east Hull, between the
    invented Carr Dyke drain and the docks road out to the ferry port. It belongs to the
    invented Humberlight Learning Trust. Published office number 01632 960527 (not
    doxxing); own site keelhaven.example. Storylines, 2024-25: the Principal accused of
    off-rolling and of running the highest exclusion rate in the city (a council scrutiny
    panel, an Echo investigation, a parents' group, an isolation "Reset Room"); a Year 9
    Snapchat group ("y9 roast 🔥") used to bully pupils and staff; a parent campaign
    ("Fair Uniform Hull") against the £140 logo-only uniform from a sole supplier; the Head
    of PE who coaches an amateur rugby league side (Eastmere Vikings ARLFC) and is an
    unrepentant Hull KR man in a half-FC staffroom. Fishing heritage, the ferry to
    Rotterdam, Hull Fair, chip spice and patties in the background.
    School aliases: "Keel" (an everyday word: a boat's keel, "an even keel", The Keel
    pub), "KHA" (acronym shared with the invented Kingston Housing Association, the
    estate's landlord, and Kingston Harriers Athletics), "Keelhaven School",
    "Keelhaven Acad". "Keelhaven" alone is labelled short_name.

Staff (watchlist ids and the variant traits they carry)
    jhaldanestott  Joanne Haldane-Stott, Principal. Hyphenated double-barrelled surname
                   ("Haldane Stott", en dash, "HaldaneStott"); nickname "Jo"; alias
                   "Joanne Stott" (name before marriage, when she taught in Goole).
    egulliksen     Ewart Gulliksen, Vice Principal (Behaviour and Attendance). The unique
                   name: counts wherever named, with or without the school (he also sings
                   with a sea-shanty choir).
    rcawood        Robert Cawood, Head of PE, coach of Eastmere Vikings ARLFC. The
                   nickname-able first name (Rob, Robbie, Bob, "Cawood's" possessive).
    mwilson        Mark Wilson, Head of Year 9. The very common name; namesakes (a
                   Grimsby scaffolder in court, a darts player, a Leeds councillor, a
                   Beverley estate agent) appear in decoys.
    cbridge        Claire Bridge, SENCo. Surname is an everyday word (the Humber Bridge,
                   bridge club, "bridging course"); a Beverley florist namesake.
    zwrobel        Zofia Wróbel, EAL Coordinator (Polish, came to Hull in 2006). Accent
                   ("Wrobel"), nickname "Zosia"; alias "Zofia Nowak" (maiden name; a
                   namesake runs a Polish deli in town). Target of anti-migrant hate.
    tohalloran     Teresa O'Halloran, Deputy Principal and DSL. Apostrophe (misspelt
                   "OHalloran", "O'Hallaran"); alias "Teresa Bielby" (maiden name);
                   nickname "Tess"; target of anti-Irish abuse.
    egrayburn      Elizabeth Grayburn, Head of Maths. Nickname-able (Liz, Lizzie); typo
                   "Greyburn"; obfuscated "Gr*yburn".
    fadeyemi       Femi Adeyemi, Head of Computing and Online Safety Lead (Nigerian-born,
                   a lay preacher). Alias "Oluwafemi Adeyemi". Target of racist abuse.
    drudkin        Dean Rudkin, Business Manager (runs the uniform contract). Nickname
                   "Deano"; openly gay, target of homophobic abuse.

Voices
    Hull and East Riding voices: "nowt", "owt", "summat", "mam", "bray" (to hit),
    "tenfoot" (back alley), "mafting" (hot), "nesh", "laiking" (playing), "bread cake",
    "pattie and chips wi' chip spice", the accent spelled out ("fern" for phone),
    KR "Robins" vs FC "Airlie Birds", Hessle Road and the lost trawlers. Local news with
    comment threads, a trade paper, an amateur rugby league weekly, a hyperlocal estate
    newsletter; a parenting board, a Hull general board, KR and FC fans' boards, a SEND
    families forum, a teachers' forum, a far-right regional board; the uniform campaign
    blog, an exclusions blog, a councillor's blog, a heritage blog, a food blog, a
    conspiracy blog; Google/SchoolScope/StaffSay reviews; X, TikTok, Instagram,
    Snapchat screenshots, YouTube and Threads; Facebook community groups.

Decoys
    Keelhaven Fisheries (chippy), Keelhaven Taxis and Keelhaven Social Club (all
    excluded); The Keel pub, boat keels and "even keel"; Kingston Housing Association and
    Kingston Harriers (KHA); namesakes called Mark Wilson, Claire Bridge and Zofia Nowak
    clearly elsewhere; the Humber Bridge; Greyhithe estate news with no school in it;
    neighbouring Holderfield Academy and St Wilfrid's RC Primary; Keelford Academy in
    Sunderland; other schools' uniform and exclusion rows; rugby league derby chatter.

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
    python3 tests/corpus_train46/build_train46.py
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
    "school", "jhaldanestott", "egulliksen", "rcawood", "mwilson", "cbridge",
    "zwrobel", "tohalloran", "egrayburn", "fadeyemi", "drudkin",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["keelhaven"],
    "jhaldanestott": ["haldane"],
    "egulliksen": ["gulliksen"],
    "rcawood": ["cawood"],
    "zwrobel": ["wrobel"],
    "tohalloran": ["halloran", "bielby"],
    "egrayburn": ["grayburn"],
    "fadeyemi": ["adeyemi"],
    "drudkin": ["rudkin"],
}
EXCLUDES = ["Keelhaven Fisheries", "Keelhaven Taxis", "Keelhaven Social Club", "keelhaventaxis.example"]

WATCHLIST = """\
# Watchlist for the invented Keelhaven Academy, east Hull (train46 corpus). All names are fictional.
[school]
name = "Keelhaven Academy"
aliases = ["Keel", "KHA", "Keelhaven School", "Keelhaven Acad"]
locality = ["Greyhithe", "Greyhithe estate", "Saltings Road", "Carr Dyke"]
own_domains = ["keelhaven.example"]
phones = ["01632 960527"]

[[staff]]
id = "jhaldanestott"
name = "Joanne Haldane-Stott"
role = "Principal"
aliases = ["Joanne Stott"]
line_manager = "ceo@humberlight.example"

[[staff]]
id = "egulliksen"
name = "Ewart Gulliksen"
role = "Vice Principal (Behaviour and Attendance)"
unique = true
line_manager = "principal@keelhaven.example"

[[staff]]
id = "rcawood"
name = "Robert Cawood"
role = "Head of PE"
line_manager = "principal@keelhaven.example"

[[staff]]
id = "mwilson"
name = "Mark Wilson"
role = "Head of Year 9"
line_manager = "deputy.principal@keelhaven.example"

[[staff]]
id = "cbridge"
name = "Claire Bridge"
role = "SENCo"
line_manager = "deputy.principal@keelhaven.example"

[[staff]]
id = "zwrobel"
name = "Zofia Wróbel"
role = "EAL Coordinator"
aliases = ["Zofia Nowak"]
line_manager = "deputy.principal@keelhaven.example"

[[staff]]
id = "tohalloran"
name = "Teresa O'Halloran"
role = "Deputy Principal and Designated Safeguarding Lead"
aliases = ["Teresa Bielby"]
line_manager = "principal@keelhaven.example"

[[staff]]
id = "egrayburn"
name = "Elizabeth Grayburn"
role = "Head of Maths"
line_manager = "principal@keelhaven.example"

[[staff]]
id = "fadeyemi"
name = "Femi Adeyemi"
role = "Head of Computing and Online Safety Lead"
aliases = ["Oluwafemi Adeyemi"]
line_manager = "deputy.principal@keelhaven.example"

[[staff]]
id = "drudkin"
name = "Dean Rudkin"
role = "Business Manager"
line_manager = "principal@keelhaven.example"

[[exclude]]
text = "Keelhaven Fisheries"

[[exclude]]
text = "Keelhaven Taxis"

[[exclude]]
text = "Keelhaven Social Club"

[[exclude]]
domain = "keelhaventaxis.example"
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
    "echo": dict(
        name="The Humber Echo", domain="humberecho.example",
        nav=["News", "Hull KR", "Hull FC", "Tigers", "Courts", "What's On", "Jobs"],
        most=["Holderness Road lane closures extended to March", "Pictures: Hull Fair packs up for another year",
              "Ferry delays as Rotterdam sailing cancelled in gales", "Council tax: what your band will pay"],
        footer="The Humber Echo is part of Estuary News & Media Ltd. Regulated by IPSO."),
    "hullnow": dict(
        name="HullNow", domain="hullnow.example",
        nav=["Latest", "East Hull", "West Hull", "Schools", "Rugby league", "Food & drink"],
        most=["The best pattie in Hull? You voted", "Bus fares in the city to be capped again",
              "New cycle lane splits opinion on Holderness Road", "Man rescued from the Humber at Victoria Pier"],
        footer="© HullNow Digital · Got a story? newsdesk@hullnow.example · 01632 960104"),
    "chronicle": dict(
        name="The National Chronicle", domain="nationalchronicle.example",
        nav=["UK", "Politics", "Education", "Money", "World", "Opinion", "Sport"],
        most=["Inflation ticks up again", "Heatwave warning for the South",
              "Minister under fire over rail franchise", "The 20 best walks in Britain"],
        footer="© Chronicle Media Group · Contact · Complaints · Corrections"),
    "bulletin": dict(
        name="Schools Bulletin", domain="schoolsbulletin.example",
        nav=["News", "Academies", "Accountability", "SEND", "Leadership", "Jobs"],
        most=["Suspensions hit record high, DfE figures show", "Trust CEO pay: the full list",
              "Attendance hubs: do they work?", "Opinion: stop blaming phones for everything"],
        footer="Schools Bulletin · The newspaper for school and trust leaders · Terms · Privacy"),
    "rlweekly": dict(
        name="Amateur League Weekly", domain="amateurleagueweekly.example",
        nav=["Results", "National Conference", "Yorkshire Men's League", "Youth", "Women", "Community"],
        most=["Cup draw: holders handed tough trip to Cumbria", "Referee shortage bites in Yorkshire",
              "Open-age side folds after 60 years", "Club of the month: Hunslet Warriors juniors"],
        footer="Amateur League Weekly — the voice of the community game since 1994."),
    "voice": dict(
        name="Greyhithe Voice", domain="greyhithevoice.example",
        nav=["Estate news", "Community", "What's on", "Noticeboard"],
        most=["Community fridge opens at St Barnabas hall", "Bin day changes for Carr Dyke side",
              "Knit & natter is back on Thursdays", "Youth club gets new pool table"],
        footer="Greyhithe Voice is a volunteer-run newsletter for the Greyhithe estate. Printed on recycled paper."),
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
    "natter": dict(name="Natter Nest", domain="natternest.example", tag="Talk > Education > Secondary",
                   footer="Natter Nest Ltd · Talk guidelines · Report a post · Privacy"),
    "hutalk": dict(name="HU Talk", domain="hutalk.example", tag="HU Talk > East Hull > General",
                   footer="HU Talk — Hull's own message board since 2004. Views are members' own."),
    "robins": dict(name="Robins Roost (KR fans)", domain="robinsroost.example", tag="Robins Roost > Amateur & grassroots",
                   footer="Unofficial Hull KR supporters' board. Not affiliated with the club."),
    "airlie": dict(name="Airlie Board", domain="airlieboard.example", tag="Airlie Board > Off Topic",
                   footer="Airlie Board · Unofficial FC fans' forum · Be excellent to each other (except Rovers fans)"),
    "send": dict(name="SEND Families Forum", domain="sendfamilies.example", tag="Forums > Yorkshire & Humber > Schools",
                 footer="SEND Families Forum is run by parent volunteers. We are not lawyers."),
    "chalk": dict(name="Chalkface", domain="chalkfaceforum.example", tag="Forums > Secondary > Academies",
                  footer="Chalkface — anonymous support for teachers. Posts are not checked before publication."),
    "patriot": dict(name="Yorkshire Patriots Board", domain="ypboard.example", tag="Board > Local issues > Humberside",
                    footer="Free speech zone. We do not censor opinions."),
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
    "fairuniform": dict(name="Fair Uniform Hull", domain="fairuniformhull.example", tagline="Parents campaigning for affordable school uniform",
                        side=["Sign the petition", "Uniform swap map", "Our asks", "Contact"]),
    "offroll": dict(name="Off the Roll", domain="offtheroll.example", tagline="Where do the excluded kids go?",
                    side=["About", "The data", "Your stories", "Subscribe"]),
    "cllr": dict(name="Cllr Pat Morrow – Greyhithe Ward", domain="patmorrow.example", tagline="Your Labour councillor for Greyhithe",
                 side=["Surgeries", "Casework", "Ward news", "Contact Pat"]),
    "trawler": dict(name="Bobbers & Bridies", domain="bobbersandbridies.example", tagline="Hull's fishing heritage, one family at a time",
                    side=["The lost trawlers", "Hessle Road", "Family history help", "About"]),
    "food": dict(name="Pattie & Chip Spice", domain="pattieandchipspice.example", tagline="Eating my way round Hull",
                 side=["Chippies", "Cafés", "Bakeries", "About"]),
    "truth": dict(name="Humber Truth", domain="humbertruth.example", tagline="The news they won't print",
                  side=["Donate", "Our mission", "Latest exposés"]),
    "teach": dict(name="Teaching East", domain="teachingeast.example", tagline="A teacher's notes from the other side of the river Hull",
                  side=["About", "Behaviour", "Curriculum", "Rants"]),
    "rlblog": dict(name="Thirteen in the Mud", domain="thirteeninthemud.example", tagline="Amateur rugby league, warts and all",
                   side=["Match reports", "Club profiles", "Archive", "About"]),
    "mum": dict(name="Mam on the Estate", domain="mamontheestate.example", tagline="Four kids, one wage, no filter",
                side=["About me", "Money saving", "School stuff", "Contact"]),
    "sail": dict(name="Tidewater Boatworks Diary", domain="tidewaterboats.example", tagline="Building a wooden coble, plank by plank",
                 side=["The build", "Tools", "About"]),
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
    "echo", "News", "East Hull academy excluded more pupils than any other secondary in the city",
    "Keelhaven Academy handed out 412 suspensions and 19 permanent exclusions last year, figures show",
    "Leanne Brocklesby, Education Reporter", "14 November 2024",
    """
    An academy on the Greyhithe estate excluded more pupils last year than any other secondary school in Hull, new figures obtained by the Echo show.

    Keelhaven Academy, on Saltings Road, recorded 412 suspensions and 19 permanent exclusions in 2023-24, for a roll of around 1,150. The city average for a school of its size was fewer than half that number of suspensions.

    Principal Joanne Haldane-Stott said the figures reflected "a school that has decided to stop tolerating the behaviour that stopped other children learning".

    "When I arrived, teachers were being sworn at in every corridor. Families on this estate deserve the same calm classrooms as families anywhere else," she said. "Exclusion is always the last resort, and every one is reviewed by governors."

    ## Families 'pushed out'

    But several parents told the Echo their children had been "pushed out" before GCSEs. One mother, whose son left in Year 10 to be home-educated, said: "They sat us down and said he'd probably be permanently excluded anyway, so it would look better on his record if we took him off roll. I didn't know any different."

    The Humberlight Learning Trust, which runs the school, said it did not recognise that description and that "all moves off roll are at the request of parents".

    Hull City Council's children's scrutiny panel is due to discuss exclusion rates across the city in January.
    """,
    [("Robins4Life_HU9", "14 Nov 2024, 18:40", "Good. Sick of the little sods terrorising the bus. Back her."),
     ("Mam_of_4", "14 Nov 2024, 19:12", "My nephew was one of them 'home ed' ones. Nobody from school has rung once since. Nowt. He's just sat in his bedroom on the Xbox."),
     ("Gaz_Sutton", "14 Nov 2024, 20:03", "Haldane-Stott is cooking the books, plain and simple. Gets the weak kids off the roll before the January census so her results look better. That's fraud with public money and she should be in the dock for it."),
     ("Mod_Echo", "15 Nov 2024, 08:30", "A reminder to keep comments within our house rules. Allegations about named individuals may be removed.")]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("jhaldanestott", "exact", "defamation", "Joanne Haldane-Stott")])

# 001
D("facebook", dd("""
    Greyhithe Community Noticeboard
    Public group · 6.2K members

    Kerry-Ann Dobbs
    Yesterday at 21:16 · 🌎
    Not being funny but can somebody explain to me how its legal. Our Tyler has ADHD, no diagnosis yet cos the waiting list is 3 year, and that Haldane Stott woman sat there in her office and said he'd be "better suited" to home education and she'd "make it easy". Easy for who?? He's 14 and cant even read proper. Keelhaven just want rid of anyone who wont get a 5. I wont be signing owt. And dont bother ringing them, nobody picks up the fern.

    😡😢 84 · 57 comments
    Like   Comment   Share

        Lisa Marr
        Same happened to my cousins lass last year hun. Ring the council not the school x
        Like · Reply · 1d

        Dave Hewson
        Dont sign it Kerry. Theres a SEND forum thats helped loads of people, ill inbox you
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("jhaldanestott", "hyphenated", "negative", "Haldane Stott")])

# 002
D("social", dd("""
    Shaun
    @shaunhull_1983

    Ewart Gulliksen had my lad sat in a booth facing a wall for 6 days for wearing the wrong trainers. 6 DAYS. Funny how brave these blokes are behind a desk. He wants to be careful walking to that silver Skoda on his own after dark, thats all im saying 🤷‍♂️

    10:51 PM · Jan 16, 2025 · 2,204 Views

    8 Reposts   1 Quote   26 Likes

    ──────────
    Mel R @melr_hu8 · Jan 16
    Shaun pack it in, you'll end up in court

    Shaun @shaunhull_1983 · Jan 17
    @melr_hu8 said nowt wrong. just advice 🙂
    """),
  [M("egulliksen", "exact", "threat", "Ewart Gulliksen")])

# 003 decoy: excluded chippy
D("review", dd("""
    Keelhaven Fisheries
    Fish & chip shop · Saltings Road
    4.7 ★★★★★ (903 reviews)

    Bernie Thompson
    Local Guide · 112 reviews
    ★★★★★ 2 weeks ago
    Best pattie in east Hull and I will fight anyone on that. Crispy outside, proper sage in it, and they don't go shy wi the chip spice like some places. Haddock was huge, batter light. Queue goes out the door at teatime on a Friday but it moves fast. Lass on the till called me "love" four times, which I enjoyed.
    👍 Helpful 31   Share

    Response from the owner · 2 weeks ago
    Cheers Bernie! See you Friday. — Keelhaven Fisheries
    """))

# 004
D("news", news_page(
    "bulletin", "Accountability", "Trust defends 'Reset Room' as Hull academy's suspension rate soars",
    "Humberlight says internal isolation keeps children in school; campaigners call it 'solitary for 12-year-olds'",
    "Amrit Sandhu", "22 November 2024",
    """
    A multi-academy trust has defended the use of a silent internal isolation unit at one of its Hull secondaries after figures showed the school's suspension rate had more than doubled in two years.

    Keelhaven Academy, an 11-16 school on the Greyhithe estate in east Hull, opened its "Reset Room" in September 2023. Pupils sent there work in individual booths in silence for up to a full school day.

    Ewart Gulliksen, the academy's vice principal for behaviour and attendance, told Schools Bulletin the room "is the thing that stops a suspension, not the thing that causes one".

    "Children come to the Reset Room, they do their work, they have a conversation with an adult about what went wrong, and they go back to lessons," he said. "If we didn't have it, a lot more of them would be at home."

    Principal Joanne Haldane-Stott said the school's Progress 8 score had risen from well below to close to the national average over the same period.

    ## 'Solitary for 12-year-olds'

    The campaign group Education Not Exclusion said it had been contacted by more than 30 Keelhaven families. Its co-founder, Marcia Lund, said: "A child in a booth all day facing a wall is solitary confinement for 12-year-olds, whatever you call it."

    Humberlight said all pupils in the Reset Room had breaks and lunch and that the unit was visited by inspectors during the school's last inspection.
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("egulliksen", "exact", "neutral", "Ewart Gulliksen"),
   M("jhaldanestott", "exact", "neutral", "Joanne Haldane-Stott")])

# 005
D("forum", forum_page("natter", "Secondary uniform costs - is £140 normal now??", [
    ("HullMamOf3", "Joined Jun 2020 · 512 posts", "Sun 4-Aug-24 20:11",
     """Just been to get DD's uniform for Year 7 at Keelhaven. Blazer with the logo £42, logo jumper £19, logo PE top £16, logo SKIRT (who puts a logo on a skirt) £24, tie £8, PE shorts £12, socks with a stripe £7. Only one shop sells it and it's in Hessle so that's two buses.

     £140 before shoes. For a school on one of the poorest estates in the country. I could cry."""),
    ("Tabby_Cat_88", "Joined Jan 2022 · 74 posts", "Sun 4-Aug-24 20:29",
     "Isn't there a law now about how many branded items they can make you buy? I thought it was three."),
    ("HullMamOf3", "Joined Jun 2020 · 513 posts", "Sun 4-Aug-24 20:40",
     "Apparently they're 'reviewing it'. I emailed and got a reply from Mr Rudkin, the business manager, saying the contract 'runs to 2026'. Lovely. Cheers for that."),
    ("NorthernGran", "Joined Mar 2019 · 2,044 posts", "Sun 4-Aug-24 21:02",
     "There's a uniform swap at St Barnabas church hall on the estate last Saturday of the month. Worth a look before you spend owt else."),
    ], thread_id=5120),
  [M("school", "short_name", "negative", "Keelhaven"), M("drudkin", "title_surname", "negative", "Mr Rudkin")])

# 006
D("social", dd("""
    TikTok · @kayleighh.x · "sports day pt 2 🏃‍♀️☀️" · #keelhaven #sportsday #hull

    Comments (341)

    jaydenxo_09
    mr cawood doing the teachers race 😭😭 he actually tried
    7-12 · Reply · ♡ 88

    kayleighh.x
    mr cawood on sports day in them shorts 😩😩 sir can GET IT
    7-12 · Reply · ♡ 140

    lily.m.2010
    @kayleighh.x GIRL 💀💀 hes married
    7-12 · Reply · ♡ 61

    kayleighh.x
    @lily.m.2010 and?? 🤭
    7-12 · Reply · ♡ 57
    """),
  [M("school", "hashtag", "neutral", "#keelhaven"), M("rcawood", "title_surname", "sexual", "mr cawood")])

# 007
D("facebook", dd("""
    Eastmere Vikings ARLFC
    Sunday at 18:30 · 🌎

    🏉 OPEN AGE MATCH REPORT 🏉
    Eastmere Vikings 34 - 12 Beverley Hornets "A"

    Proper performance lads. Cold, wet, mud up to the knees and the pack just kept coming. Tries from Deacon (2), Big Col, Fitzy, Jonno and a length-of-the-field effort from young Reece that had the whole touchline screaming.

    Coach Rob Cawood: "The forwards were an absolute weapon today. They battered them in the middle for 80 minutes and never stopped talking. Proud of every one of them."

    Massive thanks to our sponsors Humber Tyre & Exhaust, and to Keelhaven Academy for letting us use the 3G for training while our pitch is waterlogged. Bar's open till 11. 🍻

    👍❤️ 112 · 14 comments · 6 shares
    Like   Comment   Share

        Shelley Deacon
        Proud of my boy 💙🤍
        Like · Reply · 1d
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("rcawood", "nickname", "neutral", "Rob Cawood")])

# 008
D("social", dd("""
    HullBorn&Bred 🇬🇧
    @hullbornbred88

    So Keelhaven pays Zofia Wróbel to "support EAL learners" ie hold the hands of every Pole, Romanian and Albanian that rocks up off the ferry while our own kids cant get a TA. She can barely speak English herself. Hull for Hull people. Put her back on the boat to Gdansk and take the rest with her 🇬🇧🇬🇧

    8:02 AM · Mar 3, 2025 · 3,980 Views

    22 Reposts   3 Quotes   71 Likes

    ──────────
    Anna K @annak_hull · Mar 3
    She's been in Hull longer than you've had a Twitter account. She taught my brother to read. Disgusting.
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("zwrobel", "exact", "hate", "Zofia Wróbel")])

# 009 decoy: the acronym's other meaning, locality only
D("news", news_page(
    "echo", "News", "Housing association promises damp blitz on Greyhithe estate",
    "KHA says every home reporting mould will be inspected within 14 days",
    "Connor Ripley", "9 October 2024",
    """
    Kingston Housing Association has promised to inspect every home on the Greyhithe estate that reports damp or mould within a fortnight, after tenants marched on its offices last month.

    KHA, which owns around 3,400 homes on the estate, said it was bringing in an extra contractor and would publish its repair times monthly.

    Tenants' association chair Bev Fenwick said people were "sick of being told to open a window" in November. "There are kids sleeping in rooms with black walls down Carr Dyke side. It's not a lifestyle choice," she said.

    The association's chief executive apologised at a residents' meeting at St Barnabas church hall on Tuesday night.
    """,
    [("Bev F", "9 Oct 2024", "We'll believe it when we see it. Fourteen days my backside."),
     ("Lee_HU9", "9 Oct 2024", "Fair play to the tenants for making noise. Nothing happens in this city otherwise.")]),
  [])

# 010
D("blog", blog_page(
    "fairuniform", "Why we're taking on the £140 uniform", "Steph Gorton, co-founder", "2 September 2024",
    """
    When my eldest started at Keelhaven Academy four years ago, the uniform cost me £68. This summer my youngest started and it cost me £143. The school hasn't changed. The estate hasn't got any richer. The only thing that's changed is the logo, which is now on everything including the socks.

    Fair Uniform Hull started as a WhatsApp group of six mams at the school gates. There are now 1,900 of us across the city.

    ## What we're asking for

    The law since 2021 says schools should keep branded items to a minimum and make sure uniform is affordable. We want Keelhaven to go back to plain jumpers and trousers you can buy from a supermarket, with a sew-on badge, and to open the supplier contract to more than one shop.

    We met the business manager, Dean Rudkin, in July. He was polite and he listened, but he told us the contract with the supplier runs until 2026 and "can't be broken without cost to the school". We asked to see the contract. We're still waiting.

    ## What you can do

    Sign the petition. Come to the swap at St Barnabas. And if you're a governor reading this: ask to see the contract.
    """,
    [("Carly W", "2 Sep 2024 at 19:44", "Signed. £24 for a skirt with a badge on it is taking the mick."),
     ("A teacher", "3 Sep 2024 at 07:10", "Lots of staff agree with you, for what it's worth. Keep going."),
     ("Steph Gorton, co-founder", "3 Sep 2024 at 08:02", "@A teacher that means a lot, thank you x")],
    tags=["Keelhaven", "Petition", "Cost of living"]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("drudkin", "exact", "negative", "Dean Rudkin")])

# 011
D("social", dd("""
    Callum 🔴⚪
    @callum_redandwhite

    Cawood's a Rovers man so OBVIOUSLY he had the year 10s doing shuttle runs in the pissing rain on derby day. Bloody Robins 😂😂 still the best PE teacher Keelhaven has had, I'll give him that. Proper fella.

    4:12 PM · Apr 18, 2025 · 511 Views

    2 Reposts   19 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rcawood", "possessive", "neutral", "Cawood's")])

# 012
D("facebook", dd("""
    East Hull Mams & Dads
    Private group · 11.4K members

    Jodie Stainforth
    12 February at 19:30 · 🔒
    Heads up if you've got kids in year 9 at Keelhaven. There's a snapchat group going round called "y9 roast 🔥" where they post pics of other kids and put horrible captions on. My daughter was on it for her teeth. She's been crying all week. I rang school this morning and Mr Wilson her head of year was really good actually, he knew about it and said they're working with the police liaison officer. Check your kids phones x

    😢 203 · 96 comments
    Like   Comment   Share

        Nicola P
        Thanks for this. Just checked, my lad's in it, he says he just "watches". Not anymore he doesn't.
        Like · Reply · 3d

        Jodie Stainforth
        @Nicola P thats what they all say hun
        Like · Reply · 3d
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("mwilson", "title_surname", "neutral", "Mr Wilson")])

# 013
D("review", dd("""
    SchoolScope › Hull › State (academy) › Keelhaven Academy

    ★☆☆☆☆  "Safeguarding is a joke"
    Reviewed by: Parent of a current pupil (Year 9) · 27 February 2025

    My daughter was targeted on a Snapchat group for three weeks. I sent three emails to Mrs O'Halloran, who is supposedly in charge of safeguarding, and got one two-line reply telling me it "happened outside school hours". Meanwhile my daughter wouldn't go in. Only after I posted about it on Facebook did anyone ring me. That shouldn't be how it works.

    The teaching in maths is good. Everything else about how this school treats families is poor.

    Would you recommend this school? No.
    Was this review helpful?  Yes (41)  No (6)  · Report

    Response from Keelhaven Academy · 3 March 2025
    We're sorry to read this. Please contact the school office on 01632 960527 and ask for the Deputy Principal so we can talk this through.
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("tohalloran", "title_surname", "negative", "Mrs O'Halloran")])

# 014
D("social", dd("""
    FairUniformNOW
    @fairuniformnow_hu

    Dean Rudkin, the "business manager" at Keelhaven who signed that uniform contract with his mate, lives at 22 Ferriby Garth, Kirk Elmsby, HU10 6ZQ. Maybe pop round and ask him face to face where the money's going since he won't answer emails 👀📍

    11:48 PM · Sep 9, 2024 · 1,730 Views

    14 Reposts   2 Quotes   33 Likes

    ──────────
    Fair Uniform Hull @fairuniformhull · Sep 10
    This account is NOTHING to do with our campaign. Please do not share people's addresses. We've reported it.
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("drudkin", "exact", "doxxing", "Dean Rudkin")])

# 015
D("news", news_page(
    "hullnow", "East Hull", "PE teacher rows from Hull to Rotterdam - without leaving the sports hall",
    "Robert Cawood and his Year 10s clocked up 370km on rowing machines for the RNLI",
    "Jess Tarran", "29 March 2025",
    """
    A PE teacher and his pupils have "rowed" the distance from Hull to Rotterdam on rowing machines in the sports hall to raise money for the lifeboats.

    Robert Cawood, head of PE at Keelhaven Academy, set up four machines in the hall for 30 hours over a weekend, with pupils, parents and staff taking turns through the night. The 370km challenge - roughly the route of the overnight ferry - raised £4,860 for the RNLI.

    "My grandad sailed out of St Andrew's Dock on trawlers, and the lifeboats brought men home that wouldn't have come home otherwise," he said. "The kids absolutely smashed it. There were Year 10s doing 2am shifts in their dressing gowns."

    Mr Cawood, who also coaches Eastmere Vikings ARLFC, said the only low point came at 4am "when someone put the Hull FC song on".
    """,
    [("Trawlerman's Daughter", "29 Mar 2025", "Lovely story. My dad would have loved this."),
     ("Red&White_Jez", "29 Mar 2025", "Hull FC song at 4am is the least he deserves being a Robin 😂 well done all")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("rcawood", "exact", "neutral", "Robert Cawood")])

# 016 decoy: derby banter, no school
D("forum", forum_page("robins", "Derby day - who's going and where we meeting?", [
    ("EastStand_Ste", "Member since 2008 · 4,202 posts", "Wed 16 Apr 2025, 19:10",
     "Usual plan? Few in the Trawlerman's Arms from 12, walk down about 2. Anyone got a spare for our kid, he's left it late again."),
    ("RedRobin1997", "Member since 2011 · 1,877 posts", "Wed 16 Apr 2025, 19:22",
     "Count me in. If we lose to that lot I'm emigrating. Probably to Grimsby, that's how low I'll feel."),
    ("Old_Boulevard_Exile", "Member since 2006 · 9,031 posts", "Wed 16 Apr 2025, 19:40",
     "Half my street's black and white and I've already had a bet with the fella at number 12. Loser wears the other shirt to the chippy for a week."),
    ("EastStand_Ste", "Member since 2008 · 4,203 posts", "Wed 16 Apr 2025, 19:44",
     "@RedRobin1997 harsh on Grimsby that 😂"),
    ], thread_id=8801),
  [])

# 017
D("social", dd("""
    Instagram

    keelhaven_academy
    Keelhaven Academy, Hull

    So proud of Miss Grayburn's Year 11 set who brought home 4 golds and 7 silvers from the UK Junior Maths Challenge this week 🥇🧮 Hard work pays off! #KeelhavenProud #maths #hull

    View all 23 comments

    shannon.g_04 best teacher in that school no lie 🙌
    1d  9 likes  Reply

    proud.nana.sue Well done Ellie-Mae and all the class ❤️
    1d  3 likes  Reply
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("egrayburn", "title_surname", "neutral", "Miss Grayburn")])

# 018 decoy: the everyday word "bridge"
D("facebook", dd("""
    Greyhithe Community Noticeboard
    Public group · 6.2K members

    Admin - Pauline
    Today at 07:05 · 🌎
    ⚠️ Humber Bridge closed to high-sided vehicles and motorbikes this morning due to high winds. Buses to Barton diverted via the M62. Also the Carr Dyke bridge on Saltings Lane still has one lane shut for the gas works, so allow extra time on the school run. Stay safe everyone 🌬️

    👍 58 · 9 comments
    Like   Comment   Share

        Tony Blakey
        Carr Dyke bridge has been "one lane for two weeks" since June 🙄
        Like · Reply · 1h
    """))

# 019
D("news", news_page(
    "echo", "Courts", "Father who sent threatening messages to school vice principal fined",
    "Court hears man told Ewart Gulliksen he would 'find out where he lives'",
    "Court Reporter", "7 May 2025",
    """
    A Hull father who sent a string of threatening messages to a school vice principal after his son was suspended has been fined and given a restraining order.

    Craig Medforth, 38, of Gannetby Close, admitted sending a menacing communication when he appeared before Hull magistrates on Tuesday.

    The court heard Medforth sent 14 messages over two nights to Ewart Gulliksen, vice principal at Keelhaven Academy, including one saying he would "find out where he lives and sort him out".

    Prosecutor Anita Fairbrother said Mr Gulliksen had changed his route to work as a result. In mitigation, Medforth's solicitor said his client had been "frightened for his son" and "went about it completely the wrong way".

    Medforth was fined £600, ordered to pay £85 costs and a £240 surcharge, and made subject to a two-year restraining order.
    """,
    [("Jane Cartwright", "7 May 2025", "Whatever you think of the school, you don't do that. Good."),
     ("HU8_Pete", "7 May 2025", "£600 is nowt for putting someone through that.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("egulliksen", "exact", "neutral", "Ewart Gulliksen")])

# 020
D("social", dd("""
    Donna 🌻
    @donnaxHU9

    Haldane-Stott is a heartless jumped-up witch who looks at our kids like numbers on a spreadsheet. Been at Keel 3 year and never once said good morning to a parent at the gate. Snobby cow.

    8:47 AM · Oct 3, 2024 · 390 Views

    4 Likes
    """),
  [M("school", "alias", "negative", "Keel"), M("jhaldanestott", "surname_only", "abuse", "Haldane-Stott")])

# 021
D("blog", blog_page(
    "offroll", "The missing Year 11s of east Hull", "Nadia Crowther", "18 January 2025",
    """
    Every January, on census day, schools count the children on their roll. The Year 11 figure matters: it is the group whose GCSE results will go in the league tables.

    So here's a number worth looking at. In October of Year 10, the 2024 leaving cohort at Keelhaven Academy had 236 pupils. By the January census of Year 11 it had 203. That's 33 children - one in seven - gone in fifteen months.

    Some will have moved house. Some will have gone to a special school or alternative provision after an assessment. Some families will genuinely have chosen home education. But the city's elective home education register shows 21 new registrations from Keelhaven in that window, against an average of four for other Hull secondaries.

    ## What the school says

    I asked Principal Joanne Haldane-Stott about the figures. A spokesperson for Humberlight sent a statement saying all moves were "parent-led" and that the school "does not and never would remove pupils to improve its results".

    I'm not a lawyer and I'm not saying anyone has broken the law. I'm saying the pattern is unusual, and the families I have spoken to tell a consistent story about being advised that home education would "look better" than an exclusion.

    If that was your family, my inbox is open.
    """,
    [("Former TA", "18 Jan 2025 at 21:03", "I worked there two years. I'll email you."),
     ("HullGov", "19 Jan 2025 at 09:15", "This deserves to go to the scrutiny panel. Thank you for doing the work."),
     ("Sceptic", "19 Jan 2025 at 11:40", "Or families left a school with strict rules. Both things can be true.")],
    tags=["Hull", "Off-rolling", "Data"]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("jhaldanestott", "exact", "negative", "Joanne Haldane-Stott")])

# 022
D("social", dd("""
    TikTok · @hullgirlsdance__ · "new trend w the girls 💃" · #hull #keelhaven #dancetrend

    Comments (1,087)

    deano_t_77
    keelhaven year 10 girls lookin well grown these days 🥵 which one is the one in the middle
    4-2 · Reply · ♡ 3

    hullgirlsdance__
    @deano_t_77 we're 14 you weirdo. reported.
    4-2 · Reply · ♡ 402

    deano_t_77
    @hullgirlsdance__ age is just a number 😏 dm me
    4-2 · Reply · ♡ 1

    mia.xx_08
    @deano_t_77 grown man in a 14 yr olds comments. blocked and reported, everyone do the same
    4-2 · Reply · ♡ 317
    """),
  [M("school", "short_name", "sexual", "keelhaven", url_only=True)])

# 023 decoy: lost dog, locality only, tenfoot
D("facebook", dd("""
    Greyhithe Community Noticeboard
    Public group · 6.2K members

    Sharon Lofthouse
    Today at 16:22 · 🌎
    LOST DOG 🐕 Our Bonnie got out through the tenfoot gate behind Carr Dyke Walk about 3 o'clock. Staffie cross, brindle, white patch on her chest, pink collar. She's soft as owt but nesh so she'll be looking for somewhere warm. Please check sheds and garages. Ring 07700 900215 any time. Kids are in bits 😭

    😢 97 · 41 comments · 63 shares
    Like   Comment   Share

        Jackie Moss
        Shared. Think I saw a brindle dog near the Spar on Saltings Road about half 4
        Like · Reply · 1h

        Sharon Lofthouse
        FOUND!!!! Under someones caravan on Tideway View. Thank you all so much ❤️❤️
        Like · Reply · 20m
    """))

# 024
D("review", dd("""
    StaffSay › Keelhaven Academy › Reviews

    "Great kids, behaviour policy run like a borstal"
    ★★☆☆☆  Former Employee - Teacher of Science in Hull, England · 30 June 2024
    I worked at Keelhaven Academy for more than 2 years

    Pros
    The kids are brilliant once you get to know them. Proper Hull humour. Department was supportive and the maths team are outstanding.

    Cons
    Mr Gulliksen runs behaviour like a prison governor. Staff are expected to send kids to the Reset Room for things like a missing pen, and if you don't you get a "conversation". SLT walk the corridors with clipboards. You are told your data is "a concern" in front of colleagues. Wellbeing is a poster in the staffroom.

    Advice to management
    Trust your teachers. Half the department left in a year - ask why.

    Helpful (22) · Share · Report
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("egulliksen", "title_surname", "negative", "Mr Gulliksen")])

# 025
D("social", dd("""
    Threads

    lads_lad_hull
    no wonder the new PE kit's got pink on it, keelhaven's got a bender running the money now 🏳️‍🌈🤮 rudkin and his "husband" probably picked it out together. keep that stuff away from kids

    3h  ♡ 12  💬 9

    amy_from_hull
    he's the business manager, he's never even met your kids. and the kit is purple. grow up
    2h  ♡ 40
    """),
  [M("school", "short_name", "negative", "keelhaven"), M("drudkin", "surname_only", "hate", "rudkin")])

# 026
D("news", news_page(
    "chronicle", "Education", "Off the books: the children quietly vanishing from England's schools",
    "Thousands of pupils leave rolls each year before GCSEs. Where do they go?",
    "Rosalind Greaves, Education Editor", "9 February 2025",
    """
    On a grey afternoon on the Greyhithe estate in east Hull, Chantelle - not her real name - is making toast for her 15-year-old son at half past one. He should be in a maths lesson. Instead he has not been to school since last March.

    "They told me if I didn't take him out he'd be permanently excluded and no other school would touch him," she says. He is now officially "electively home educated". Nobody, she says, has checked how his education is going.

    Her son left Keelhaven Academy, an 11-16 school run by the Humberlight Learning Trust. The trust says every move off roll at its schools is initiated by parents, and that Keelhaven's principal, Joanne Haldane-Stott, "has transformed a school where, three years ago, staff were regularly assaulted".

    ## A national pattern

    Keelhaven is far from alone. Analysis by the Chronicle of official data found that around 1 in 20 pupils in some areas left mainstream rolls between Year 7 and Year 11 without a recorded reason, with the highest rates concentrated in the North and the Midlands.

    Education Not Exclusion, a parent-led charity, argues that pressure on league-table results creates an incentive to lose children who are unlikely to pass. The Department for Education said off-rolling was "never acceptable" and that inspectors were instructed to look for it.

    Back in Greyhithe, Chantelle's son has applied for a construction course at college. "He's a good lad," she says. "Somebody just needed to not give up on him."
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("jhaldanestott", "exact", "neutral", "Joanne Haldane-Stott")])

# 027
D("forum", forum_page("send", "Keelhaven SENCo - anyone else had help?", [
    ("AutismMamHull", "Joined 2021 · 388 posts", "Tue 8 Oct 2024, 20:55",
     """Wanted to post something positive for once. Mrs Bridge, the SENCo at Keelhaven, has just got my son's EHCP through after two years of the LA fobbing us off. She came to the tribunal prep meeting on her day off.

     Honestly she's the only one in that building who gets it. The rest of them see a kid who can't sit still in a booth and reach for the exclusion form."""),
    ("Pip_and_Co", "Joined 2023 · 41 posts", "Tue 8 Oct 2024, 21:10",
     "Same. She's brilliant. It's the behaviour policy that's the problem, not her."),
    ("DadOfTwoAutistic", "Joined 2019 · 1,022 posts", "Tue 8 Oct 2024, 21:32",
     "Glad to hear it. For anyone reading - the LA have to name a school that can meet need. Don't let anyone tell you home ed is your only option."),
    ], thread_id=3311),
  [M("school", "short_name", "negative", "Keelhaven"), M("cbridge", "title_surname", "neutral", "Mrs Bridge")])

# 028 decoy: a namesake darts player
D("social", dd("""
    Donny Darts League
    @DonnyDartsLeague

    🎯 Super League Week 9 🎯
    Mark Wilson (Bentley WMC) hits a 170 checkout to win the deciding leg v Skellow Social 🔥🔥 Third ton-seventy of the season for the big man. Averages at the weekend.

    9:40 PM · Nov 21, 2024 · 702 Views

    3 Reposts   28 Likes
    """))

# 029
D("social", dd("""
    jay
    @jayy_hu9

    if they exclude my lad again im coming down keelhaven and putting every window in that reception, swear down on me nana. they can have that on camera n all

    11:02 PM · Mar 11, 2025 · 212 Views

    1 Like
    """),
  [M("school", "short_name", "threat", "keelhaven")])

# 030
D("facebook", dd("""
    Keelhaven Academy Parents (unofficial)
    Private group · 2.3K members

    Amy Leng
    5 March at 16:41 · 🔒
    Big shout out to Mr Adeyemi at Keelhaven who dealt with the snapchat thing for my daughter in ONE DAY. Rang me himself, had the account reported and the kids involved in with their parents by the afternoon. I've moaned on here enough times so fair's fair 👏

    ❤️👍 145 · 22 comments
    Like   Comment   Share

        Leanne Cobb
        He's lovely. Taught our Jake coding club, Jake thinks he's a legend
        Like · Reply · 2d
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("fadeyemi", "title_surname", "neutral", "Mr Adeyemi")])

# 031
D("news", news_page(
    "rlweekly", "Yorkshire Men's League", "Vikings storm into county cup semi-final",
    "Eastmere see off Dewsbury Moor 'A' with a second-half blitz",
    "Gary Lumb", "3 February 2025",
    """
    Eastmere Vikings are into the last four of the Yorkshire Men's League county cup after blowing Dewsbury Moor "A" away with four tries in 15 minutes after the break.

    It was 6-all at half time in a niggly, penalty-strewn first half, but coach Bob Cawood's side - built largely on players he once taught PE at Keelhaven Academy - found another gear. Second-row Kieran Fitzgerald was outstanding, carrying for fun and scoring twice.

    "We've got lads in that team I first coached when they were 11," said Cawood, who has run the open-age side since 2017. "Some of them I put in detention. Now they're putting blokes on their backsides for me."

    The semi-final draw takes place on Thursday.
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("rcawood", "nickname", "neutral", "Bob Cawood")])

# 032
D("social", dd("""
    Ola 🇵🇱🇬🇧
    @ola_w_hull

    Dzięki Pani Zosia! Zosia Wróbel from Keelhaven is the reason my little brother passed his English GCSE after only 3 years in Hull. She came in every Saturday before his exam. Heroes don't wear capes, they wear lanyards 💙

    6:15 PM · Aug 22, 2024 · 840 Views

    5 Reposts   77 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("zwrobel", "nickname", "neutral", "Zosia Wróbel")])

# 033 decoy: boat keels
D("blog", blog_page(
    "sail", "Week 14: the keel goes down", "Arthur Pennock", "12 May 2024",
    """
    A big week in the shed. After three months of lofting, steaming and swearing, the keel of the coble is finally laid - a single length of oak, twenty-two feet, from a tree that came down in a storm near Driffield.

    For the non-boat people: on a Yorkshire coble the keel is unusual. It runs deep at the front and flattens out to nothing towards the back, so the boat can be hauled up a beach stern-first. Getting the rocker right took me four attempts with a batten and a lot of tea.

    Next week: the stem, and hopefully the first garboard plank. My wife says the shed smells like a sauna in a forest. I'm taking that as a compliment.
    """,
    [("Coble Colin", "12 May 2024", "Lovely bit of oak. Keep the keel on an even keel, as my old man used to say."),
     ("Arthur Pennock", "13 May 2024", "@Coble Colin ha! Working on it.")],
    tags=["Coble", "Keel", "Oak"]),
  [])

# 034
D("social", dd("""
    KeelhavenTruth
    @keeltruth_hull

    Teresa O'Halloran, "Designated Safeguarding Lead" at Keelhaven, is covering up the y9 snapchat ring to protect the school's precious Ofsted. Her personal mobile is 07700 900461. Ring her and ask her why she's letting kids get destroyed online.

    1:12 AM · Feb 25, 2025 · 1,044 Views

    11 Reposts   1 Quote   19 Likes
    """),
  [M("school", "short_name", "defamation", "Keelhaven"), M("tohalloran", "exact", "doxxing", "Teresa O'Halloran")])

# 035 decoy: locality, community newsletter
D("news", news_page(
    "voice", "Community", "Community fridge opens at St Barnabas",
    "Free food for anyone who needs it, no questions asked",
    "Greyhithe Voice volunteers", "1 December 2024",
    """
    The Greyhithe estate's first community fridge opened at St Barnabas church hall on Carr Dyke Walk last Saturday, stocked with surplus bread cakes, veg and dairy from two supermarkets and a bakery on Holderness Road.

    Anyone can take anything, whether or not they've put something in. "No forms, no questions, no shame," said organiser Rita Kellett. "If it's in the fridge, it's yours."

    The fridge is open 10am to 4pm Tuesday to Saturday. Volunteers are needed for the Thursday afternoon shift - ask for Rita at the hall or leave a message with the vicar.
    """),
  [])

# 036
D("facebook", dd("""
    Keelhaven Academy Parents (unofficial)
    Private group · 2.3K members

    Gemma Tolson
    Yesterday at 21:09 · 🔒
    Oh BRILLIANT, another 4 page letter from Keelhaven at 9pm about the exact shade of grey socks. Thanks so much Mrs Haldane-Stott, that's exactly what I needed while I'm trying to get three kids in the bath. Truly inspirational leadership 🙄🙄 maybe sort the bullying before the hosiery

    😂👍 61 · 18 comments
    Like   Comment   Share

        Rachel Ibbotson
        The SOCKS 😭 my lad got sent to reset for ankle socks
        Like · Reply · 1d
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("jhaldanestott", "title_surname", "negative", "Mrs Haldane-Stott")])

# 037
D("review", dd("""
    Keelhaven Academy
    Secondary school · Saltings Road
    2.6 ★★★☆☆ (148 reviews)

    Marcus Ellwood
    3 reviews
    ★☆☆☆☆ 3 weeks ago
    Power mad behaviour team. My son got put in isolation for "rolling his eyes" and then suspended for walking out of isolation when he was having a panic attack. Nobody rang me till he was already home. The teachers on the front line are decent people, it's the lot at the top. School should be about kids not about the Ofsted badge.
    👍 Helpful 37   Share

    Response from the owner · 2 weeks ago
    Dear Mr Ellwood, we're sorry you feel this way. Please contact the school office so we can arrange a meeting with your son's head of year.
    """),
  [M("school", "exact", "negative", "Keelhaven Academy")])

# 038 decoy: a namesake in court
D("news", news_page(
    "echo", "Courts", "Scaffolder threatened ex-partner's new boyfriend outside Grimsby pub",
    "Mark Wilson, 44, admitted using threatening behaviour",
    "Court Reporter", "26 June 2024",
    """
    A Grimsby scaffolder who threatened his former partner's new boyfriend outside a pub in the town centre has been given a community order.

    Mark Wilson, 44, of Fenby Road, admitted using threatening behaviour when he appeared before Grimsby magistrates. The court heard he shouted "you're dead, you" and had to be held back by door staff.

    Wilson was ordered to complete 150 hours of unpaid work and pay £300 compensation.
    """),
  [])

# 039
D("social", dd("""
    Sophie ✨
    @soph_hull_

    miss grayburn genuinely killed it in that revision session tonight, 200 kids in the hall and not one of them talking 😭 how does she do it. if i pass maths its her fault 🙏 #keelhaven

    8:33 PM · May 14, 2025 · 304 Views

    23 Likes
    """),
  [M("school", "hashtag", "neutral", "#keelhaven"), M("egrayburn", "title_surname", "neutral", "miss grayburn")])

# 040
D("news", news_page(
    "echo", "News", "Councillors grill academy trust over 'pushed out' pupils",
    "Scrutiny panel hears Keelhaven Academy lost one in seven of its Year 11s",
    "Leanne Brocklesby, Education Reporter", "23 January 2025",
    """
    Councillors have demanded answers from the trust that runs an east Hull academy after hearing that one in seven pupils in a single year group left before their GCSEs.

    Hull City Council's children's scrutiny panel heard that 33 pupils left the 2024 leaving cohort at Keelhaven Academy between Year 10 and the January census of Year 11, 21 of them registered as electively home educated.

    Greyhithe ward councillor Pat Morrow told the meeting: "These are children from my ward. Somebody needs to tell me where they are and who is teaching them."

    ## 'Transformation'

    Joanne Haldane-Stott, the school's principal, told councillors she "absolutely rejected" any suggestion that families had been pressured. "We have gone from a school where supply teachers wouldn't come back after a morning to a school parents are choosing," she said. "I will not apologise for high standards."

    Humberlight Learning Trust chief executive Malcolm Sowerby said the trust would commission an independent review of every move off roll since 2022 and publish its findings.

    The panel agreed to call the trust back in six months.
    """,
    [("TerryO", "23 Jan 2025, 17:55", "Independent review commissioned by the people being reviewed. Right."),
     ("HU9_Nurse", "23 Jan 2025, 18:20", "Credit to Cllr Morrow for this. Not often you see a councillor actually do their job."),
     ("Jackie_Bransby", "23 Jan 2025, 19:47", "My grandson's doing great there. Not everything on the estate has to be a scandal.")]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("jhaldanestott", "exact", "neutral", "Joanne Haldane-Stott")])

# 041
D("forum", forum_page("hutalk", "Keelhaven - what's the truth about the VP?", [
    ("Sutton_Lad_72", "Member · 2,311 posts", "Thu 6 Mar 2025, 21:40",
     "Keep hearing stuff about the behaviour bloke at Keelhaven. Anyone actually know owt or is it just Facebook?"),
    ("EastHullEye", "Member · 480 posts", "Thu 6 Mar 2025, 21:58",
     """My niece's mate works in the office there. G*lliksen had a Year 8 lad up against the wall by his collar in the Reset Room last term. CCTV went "missing" and the lad's mam got a visit from SLT and suddenly didn't want to take it further.

     That's how that school works. Buy people off and bury it."""),
    ("Sutton_Lad_72", "Member · 2,312 posts", "Thu 6 Mar 2025, 22:05",
     "Christ. If that's true why's he still there?"),
    ("Moderator_Bex", "Moderator", "Thu 6 Mar 2025, 22:30",
     "Third-hand stuff about named people is exactly how this board gets solicitor's letters. Nothing here is proven. Thread locked."),
    ], thread_id=20417),
  [M("school", "short_name", "defamation", "Keelhaven"), M("egulliksen", "obfuscated", "defamation", "G*lliksen")])

# 042
D("social", dd("""
    Lee Dunn
    @leedunn_hu9

    Mark Wilson excluded my son for being IN a snapchat group. Not posting, just being in it. Head of year 9 at Keelhaven my arse. I know you drink in the Tideway Arms on a Friday Mark. See you there mate. We'll have a proper chat, or I'll bray you, your choice 👊

    7:40 PM · Feb 27, 2025 · 980 Views

    3 Reposts   11 Likes
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("mwilson", "exact", "threat", "Mark Wilson")])

# 043
D("facebook", dd("""
    East Hull Mams & Dads
    Private group · 11.4K members

    Wayne Thirsk
    3 March at 22:41 · 🔒
    Keelhaven letter says F Adeyemi is the new "online safety lead". A Nigerian teaching our kids about internet scams. You couldn't make it up 😂😂 half the scam emails my mam gets are from his cousins. Should be teaching them how to spot a prince. Cant even pronounce his name. Ship them all back where they came from

    😂😡 24 · 51 comments
    Like   Comment   Share

        Ruth Harland
        Wayne this is racist and you know it. He's been teaching in Hull for 15 years. Reported to admin.
        Like · Reply · 2d

        Admin - Kath
        Post removed after this screenshot was taken, member removed.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("fadeyemi", "initial_surname", "hate", "F Adeyemi")])

# 044 decoy: excluded taxi firm and domain
D("review", dd("""
    Keelhaven Taxis
    Taxi service · Holderness Road
    3.1 ★★★☆☆ (212 reviews)

    Danielle Cross
    6 reviews
    ★★☆☆☆ a week ago
    Booked for 5.30am to get to the ferry terminal for the Rotterdam boat. Turned up 5.52. Driver was lovely to be fair and got us there but I had a heart attack in the back. Book online at keelhaventaxis.example and they'll give you a time, they just don't stick to it.
    👍 Helpful 4   Share

    Response from the owner · 6 days ago
    Sorry Danielle, driver was held up at the level crossing. We've passed it on. — Keelhaven Taxis
    """))

# 045
D("blog", blog_page(
    "cllr", "Scrutiny update: where are Greyhithe's missing children?", "Cllr Pat Morrow", "25 January 2025",
    """
    Thank you to everyone who came to the public gallery on Thursday, and to the families who spoke to me beforehand. It takes courage to tell your story to a room full of people in suits.

    I want to be fair. Keelhaven Academy is not the school it was in 2020. Behaviour is better, results are better, and I know good teachers there. I've seen Claire Bridge, the SENCo, fight for children in my ward harder than some of their own social workers.

    But Mrs Haldane-Stott told the panel every single move off roll was the parents' idea. I have sat in living rooms where that is not what happened. Both things cannot be true.

    ## What happens next

    The trust has promised an independent review. I've asked for it to be genuinely independent - not a consultant chosen by the trust - and for the families to be interviewed. I'll report back at my surgery at St Barnabas on the first Saturday of every month.
    """,
    [("Greyhithe Resident", "25 Jan 2025", "Thanks Pat. Keep at them."),
     ("M. Sowerby", "26 Jan 2025", "Cllr Morrow - the trust would welcome a meeting to discuss the terms of reference. My office will be in touch.")],
    tags=["Scrutiny", "Schools", "Greyhithe"]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("cbridge", "exact", "neutral", "Claire Bridge"),
   M("jhaldanestott", "title_surname", "negative", "Mrs Haldane-Stott")])

# 046
D("facebook", dd("""
    Keelhaven Academy Parents (unofficial)
    Private group · 2.3K members

    Claire Gilyard
    14 February at 20:02 · 🔒
    I've had this sent to me from the y9 snapchat group. I'm posting it (names blanked) because parents need to SEE what our kids are writing:

    "wilson is a fat bald knobhead who cries in his car lmaooo"
    "someone key his car 💀"

    This is about Mr Wilson, who spent his whole half term ringing parents to try and stop this group. He doesn't deserve this. Please talk to your kids tonight. 😔

    😢❤️ 188 · 64 comments
    Like   Comment   Share

        Simone Beal
        Disgusting. Mr Wilson is the kindest teacher in that school. Talking to mine now.
        Like · Reply · 2d
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("mwilson", "title_surname", "neutral", "Mr Wilson")])

# 047
D("social", dd("""
    not_a_bot_honest
    @nab_hull

    gull1ks3n is a sad little man who gets off on making 11 year olds cry in a cupboard. pathetic excuse for a teacher. bet he was bullied at school and this is his revenge 🤡

    12:20 AM · Mar 8, 2025 · 144 Views

    2 Likes
    """),
  [M("egulliksen", "leetspeak", "abuse", "gull1ks3n")])

# 048
D("news", news_page(
    "hullnow", "Schools", "Academy agrees to review £140 uniform after petition passes 3,000",
    "Keelhaven says plain jumpers could return from September 2025",
    "Jess Tarran", "15 October 2024",
    """
    An east Hull academy has agreed to review its uniform after more than 3,000 people signed a petition calling the £140 logo-heavy kit "unaffordable" for families on the Greyhithe estate.

    Keelhaven Academy's business manager, Dean Rudkin, said the school had "listened carefully" to the Fair Uniform Hull campaign and would consult parents on dropping branded jumpers, skirts and socks.

    "We signed the current supplier contract in good faith in 2022. We are now looking at how we can bring costs down without breaching it," he said. "I'd like every family to be able to get a full uniform for under £60."

    Campaign co-founder Steph Gorton said it was "a good first step" but that parents would "believe it when the price tags change".
    """,
    [("Carly W", "15 Oct 2024", "Under £60 would be amazing. Fingers crossed."),
     ("Realist_HU", "15 Oct 2024", "'Looking at' it. Translation: nowt will change for two year.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("drudkin", "exact", "neutral", "Dean Rudkin")])

# 049
D("forum", forum_page("chalk", "Interview at Keelhaven (Hull) - any insight?", [
    ("MathsNQT_Plus2", "Joined 2022 · 18 posts", "Sun 9 Mar 2025, 18:20",
     "Got an interview for a maths post at Keelhaven next week. HoD is Liz Grayburn. Anyone worked there? Honest views please, I've got a toddler so I need somewhere humane."),
    ("NorthernPhysics", "Joined 2016 · 903 posts", "Sun 9 Mar 2025, 18:44",
     """Liz is fab. Genuinely one of the best heads of department I've worked with - protects her team, sorts the timetable so nobody has three bottom sets, and her Year 11 results speak for themselves.

     SLT are another matter. Behaviour is very "consistent", by which I mean staff get observed for whether they've issued enough sanctions. Go in with your eyes open."""),
    ("MathsNQT_Plus2", "Joined 2022 · 19 posts", "Sun 9 Mar 2025, 19:02", "Thanks, that's really useful."),
    ], thread_id=6140),
  [M("school", "short_name", "negative", "Keelhaven"), M("egrayburn", "nickname", "neutral", "Liz Grayburn")])

# 050
D("social", dd("""
    no_more_lies_hull
    @nomoreliesHU

    the keelhaven head H\u0430ldane-Stott thinks shes untouchable in her big house out in Kirk Elmsby. remember what happened to that car on Gannetby Lane last year? tick tock Joanne. kids remember. mams remember 🔥🚗

    2:14 AM · Apr 2, 2025 · 610 Views

    4 Reposts   9 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("jhaldanestott", "homoglyph", "threat", "H\u0430ldane-Stott")])

# 051 decoy: a namesake florist
D("facebook", dd("""
    Claire Bridge Flowers
    22 June at 10:14 · 🌎

    💐 Saturday's wedding at the Minster! Blush peonies, white stocks and trailing eucalyptus for the lovely Hannah and Josh. Thank you for trusting us with your day - and thank you to the vergers for putting up with us at 7am 😅

    Now taking bookings for 2026. Pop into the shop on Saddler's Walk, Beverley, or ring 01632 960339.

    ❤️ 96 · 8 comments · 3 shares
    Like   Comment   Share

        Hannah Creaser
        They were even more beautiful than I imagined. Thank you Claire! 😭💕
        Like · Reply · 2d
    """))

# 052
D("social", dd("""
    Ste
    @steHU9_

    Rudkin's on a backhander from Marlowe Schoolwear, his brother-in-law owns half of it. Everybody on the estate knows. Why else would Keelhaven Academy sign a 5 year contract with one shop in Hessle that charges £24 for a skirt. Crooks the lot of them

    6:45 PM · Sep 12, 2024 · 1,122 Views

    18 Reposts   44 Likes
    """),
  [M("school", "exact", "defamation", "Keelhaven Academy"), M("drudkin", "possessive", "defamation", "Rudkin's")])

# 053
D("social", dd("""
    daz 🍺
    @dazza_hull_84

    Keelhaven parents evening tonight and can I just say Liz Grayburn 😍😍 I'd happily stay behind after class if you know what I mean. Maths MILF of the year. The wife was not impressed with my "interest in Tyler's algebra" 😂

    9:12 PM · Nov 28, 2024 · 220 Views

    3 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("egrayburn", "nickname", "sexual", "Liz Grayburn")])

# 054
D("facebook", dd("""
    Justice for Keelhaven Kids
    Public group · 412 members

    Ryan Hebblethwaite
    9 March at 23:30 · 🌎
    Since the school won't listen. Ewart Gulliksen, the man who runs the Reset Room, lives at 7 Meadowsweet Garth, Sproatley Vale, HU11 4XJ. Blue front door, caravan on the drive. Personal email is ewart.gulliksen@seamail.example. Let him know how you feel about your kids being locked in booths.

    👍😡 31 · 19 comments
    Like   Comment   Share

        Gemma Rhodes
        Ryan take this down. This isn't justice, it's going to get someone hurt and it'll be us that looks bad.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("egulliksen", "exact", "doxxing", "Ewart Gulliksen")])

# 055
D("review", dd("""
    SchoolScope › Hull › State (academy) › Keelhaven Academy

    ★★★★☆  "Not perfect, but it turned our son around"
    Reviewed by: Parent of a current pupil (Year 10) · 12 December 2024

    There's a lot of noise online about Keelhaven Academy and some of it is fair - communication can be rubbish and the socks thing is ridiculous. But our son has dyspraxia and was miserable at primary, and Mrs Bridge has put in place everything he needed, from a laptop to extra time, without us having to fight for it. He's also found rugby thanks to Mr Cawood, who spotted him at lunch and dragged him to training. He now plays for the Vikings under-16s and walks about like he's 6 foot.

    Would you recommend this school? Yes, with caveats.
    Was this review helpful?  Yes (19)  No (2)  · Report
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("cbridge", "title_surname", "neutral", "Mrs Bridge"),
   M("rcawood", "title_surname", "neutral", "Mr Cawood")])

# 056 decoy: the acronym's other owner
D("social", dd("""
    Kingston Harriers AC
    @KHA_running

    What a morning at East Park parkrun! 41 KHA vests out, 9 PBs, and a course record for our V60 legend Maureen 🏃‍♀️💨 Club night Tuesday 6.30 from the leisure centre, all abilities, first three sessions free.

    11:02 AM · Jan 18, 2025 · 390 Views

    6 Reposts   52 Likes
    """))

# 057
D("news", news_page(
    "bulletin", "Leadership", "Trust CEO and heads' pay: the 2024 list",
    "Our annual analysis of academy accounts shows 14 heads earning over £150,000",
    "Data team", "3 April 2025",
    """
    Schools Bulletin's annual analysis of trust accounts shows a further rise in senior pay across the sector, with 14 individual headteachers or principals now paid more than £150,000.

    In Yorkshire and the Humber the highest-paid principal of a single school was Joanne Haldane-Stott of Keelhaven Academy in Hull, in the £135,000-£140,000 band, up from £120,000-£125,000 two years earlier. Humberlight Learning Trust said the increase reflected "the scale of the school's improvement" and a benchmarking exercise by an external firm.

    The National Governance Association said trusts should be able to justify pay "in terms any parent at the school gate would understand".

    ## Methodology

    Figures are taken from the most recent published accounts and are reported in £5,000 bands. Pension contributions are excluded.
    """,
    [("Support staff, 22 years", "3 Apr 2025", "My TA colleagues at a Hull school are on £17k pro rata. Tell me again how this is justified."),
     ("Governor_NE", "3 Apr 2025", "Some of these numbers are hard to defend. Some reflect genuinely hard jobs. Context matters.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("jhaldanestott", "exact", "negative", "Joanne Haldane-Stott")])

# 058
D("social", dd("""
    Fair Uniform Hull
    @fairuniformhull

    3 months since "we're reviewing it". Price of a Keelhaven skirt today: still £24. If you agree it's time for answers, sign DeanRudkinMustAnswer on the petitions site and come to the gates Friday 3pm. Bring your kids' old blazers for the swap rail 💙 #FairUniformKeelhaven

    5:00 PM · Jan 20, 2025 · 2,910 Views

    44 Reposts   3 Quotes   130 Likes
    """),
  [M("school", "hashtag", "negative", "#FairUniformKeelhaven"), M("drudkin", "camelcase", "negative", "DeanRudkinMustAnswer")])

# 059
D("forum", forum_page("patriot", "Hull schools - the replacement is complete", [
    ("WhiteRoseRising", "Member · 1,488 posts", "Sat 22 Feb 2025, 20:14",
     """Keelhaven, the academy on Greyhithe. Used to be a proper working class school, dads on the boats, all white Hull families. Now they've got a Pole running "EAL" (the Wrobel woman, look her up) and Adeyemi, a Nigerian, in charge of the computers and "online safety".

     Replacement isn't a theory lads, it's a staff list. Hullistan by 2040."""),
    ("Ironside_88", "Member · 3,001 posts", "Sat 22 Feb 2025, 20:31",
     "Every one of them taking a job a local could do while our lads are on the sick. Send the lot back. 14/88"),
    ("Tommy_R_HU", "Member · 204 posts", "Sat 22 Feb 2025, 21:05",
     "My kid's at that school. The Pole is fine, she's alright with him. It's the ones that come off the back of lorries I've got an issue with."),
    ("WhiteRoseRising", "Member · 1,489 posts", "Sat 22 Feb 2025, 21:07",
     "@Tommy_R_HU they're all 'fine' until it's your kid's place they've taken. Wake up."),
    ], thread_id=9014),
  [M("school", "short_name", "negative", "Keelhaven"), M("zwrobel", "surname_only", "hate", "Wrobel"),
   M("fadeyemi", "surname_only", "hate", "Adeyemi")])

# 060
D("social", dd("""
    brandon 🏉
    @brandon_vikings07

    THE MAN THE MYTH C A W O O D 🐐🐐 took 14 of us to the Challenge Cup final on the school minibus and paid for the chips himself. it was mafting on that bus and he still sang the whole way home. best pe teacher keelhaven will ever have, no debate

    10:40 PM · Jun 7, 2025 · 418 Views

    3 Reposts   46 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("rcawood", "spacing", "neutral", "C A W O O D")])

# 061 decoy: locality only, police appeal
D("facebook", dd("""
    Humberside Police - East Hull
    Yesterday at 11:20 · 🌎

    🚒 APPEAL | We're investigating after a car was deliberately set alight in the tenfoot between Tideway View and Carr Dyke Walk on the Greyhithe estate at around 1.30am on Sunday. Nobody was hurt but a neighbouring garage was badly damaged.

    Did you see anyone in the area? Have you got doorbell or dashcam footage? Call 101 quoting log 44 of 16 March, or contact Crimestoppers anonymously.

    👍 74 · 38 comments · 51 shares
    Like   Comment   Share

        Mick Stather
        Third one this month round there. Kids bored out their skulls since they shut the youth club.
        Like · Reply · 1d
    """))

# 062
D("news", news_page(
    "echo", "News", "Hull SENCo named special needs champion of the year",
    "Claire Bridge recognised for work with families on the Greyhithe estate",
    "Connor Ripley", "2 July 2025",
    """
    A special educational needs coordinator at an east Hull academy has been named SEND champion of the year at the city's education awards.

    Claire Bridge, SENCo at Keelhaven Academy, was nominated by 46 separate families - a record for the awards. Judges praised her "relentless advocacy" and the parents' drop-in she runs in the school library every Wednesday.

    "I didn't know half of them had nominated me. I'm a bit overwhelmed," she said. "The families on this estate are fierce about their kids, and they're right to be. My job is just to make the system do what it's supposed to do."

    Mrs Bridge, who grew up in Bilton Grange and trained as a teacher in her thirties after working in a fish factory, was presented with her award at the Guildhall on Friday night.
    """,
    [("AutismMamHull", "2 Jul 2025", "THRILLED. She deserves every bit of this. 💙"),
     ("B. Leggott", "2 Jul 2025", "Fish factory to Guildhall, proper Hull story that.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("cbridge", "exact", "neutral", "Claire Bridge")])

# 063
D("social", dd("""
    YouTube · Keelhaven Academy Christmas Concert 2024 (full) · 1.9K views

    Comments

    @lindabee_hull  2 months ago
    Miss Wrobel's choir singing Silent Night in Polish, Arabic and English 😭😭 didn't expect to be crying in a sports hall on a Tuesday

    @gramps_on_the_docks  2 months ago
    Lovely. My grandkids were in the front row. Bit of a change from my day there when it were all woodwork and the cane.

    @kiera.m.x  2 months ago
    1:14:20 mr wilson on the drums 💀💀💀
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("zwrobel", "title_surname", "neutral", "Miss Wrobel"),
   M("mwilson", "title_surname", "neutral", "mr wilson")])

# 064
D("social", dd("""
    Snapchat story (screenshot shared on X by @hullmam_exposes)

    y9 roast 🔥 keelhaven edition

    [photo of a teacher walking across the yard, face circled in red]
    "o'halloran walkin like she's got a pole up her arse 💀"
    "dried up old bag, nobody would touch her wiv a bargepole"
    "shes def a lesbo"
    ❤️‍🔥 46 views

    ──────────
    @hullmam_exposes: This is what's being shared by 13 year olds. Parents, check your kids' phones.
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("tohalloran", "surname_only", "neutral", "o'halloran")])

# 065 decoy: the alias's namesake elsewhere
D("review", dd("""
    Smaki Zosi - Polish Deli
    Grocery store · Newland Avenue
    4.8 ★★★★★ (327 reviews)

    Pete Burnell
    Local Guide · 41 reviews
    ★★★★★ a month ago
    Zofia Nowak and her son run this place and it's a gem. Proper pierogi made in the back (the cabbage and mushroom ones are unreal), rye bread, smoked sausage, and cakes that would put most bakeries to shame. Zofia talked me through which pickles to try and gave my kids a free pączek each. Cash or card.
    👍 Helpful 12   Share

    Response from the owner · a month ago
    Dziękujemy Pete! See you soon. — Zofia
    """))

# 066 decoy: food blog, the everyday word and the excluded chippy
D("blog", blog_page(
    "food", "East Hull chippy crawl, part 3: the Keel, the queue and the pattie", "Big Al Eats", "30 October 2024",
    """
    Right then. Part three of the crawl, and we're out east, where the chip spice flows like water.

    First stop: The Keel on Dockside Avenue, an old dockers' pub that does a Friday fish supper. Decent haddock, mushy peas that could stand a spoon up, and a landlord who told me his grandad had been on the Arctic Tern. Pint of bitter £3.60. Can't argue.

    Second stop: Keelhaven Fisheries on Saltings Road. I've been told by roughly four hundred people on Facebook that this is the best pattie in the city, so expectations were high. Verdict: it might be. Proper sage, crisp edge, soft middle, and they hand you the chip spice shaker rather than dusting it on timidly like it's a controlled substance.

    Third stop was meant to be a place on Holderness Road but I was too full to move, so that's part four sorted.
    """,
    [("Hessle Road Harry", "30 Oct 2024", "West Hull does better patties and you know it."),
     ("Big Al Eats", "30 Oct 2024", "@Hessle Road Harry see you in part 5, Harry. Bring your evidence.")],
    tags=["Chippies", "East Hull", "Patties"]),
  [])

# 067
D("social", dd("""
    Kelly M
    @kellym_hull

    Teresa O. at keelhaven told me "we can't control what happens on phones" when my daughter was getting death threats on snap from kids IN HER YEAR. So what exactly is a safeguarding lead for then?? useless

    4:32 PM · Feb 19, 2025 · 510 Views

    2 Reposts   17 Likes
    """),
  [M("school", "short_name", "negative", "keelhaven"), M("tohalloran", "first_initial", "negative", "Teresa O.")])

# 068
D("facebook", dd("""
    East Hull Mams & Dads
    Private group · 11.4K members

    Nicola Waddingham
    21 March at 12:15 · 🔒
    I know there's a lot of anger about Keelhaven at the moment but I just want to say Tess O'Halloran sat with my daughter for two hours on the day her dad died and then drove her home herself. She didn't have to do that. Whatever else is going on, that woman has a heart.

    ❤️ 212 · 29 comments
    Like   Comment   Share

        Diane Woodmansey
        She was the same when our Jack was in hospital. Lovely lady.
        Like · Reply · 5d
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("tohalloran", "nickname", "neutral", "Tess O'Halloran")])

# 069
D("news", news_page(
    "hullnow", "Schools", "Police called in over Year 9 Snapchat 'roast' group at Hull academy",
    "Keelhaven says pupils who shared images of classmates and staff have been sanctioned",
    "Jess Tarran", "20 February 2025",
    """
    Police are working with an east Hull academy after a Snapchat group was used to share photographs of pupils and teachers with abusive captions.

    The group, named "y9 roast", had more than 90 members, most of them Year 9 pupils at Keelhaven Academy on the Greyhithe estate. Parents told HullNow that some captions targeted children's appearance, race and disabilities.

    The school's head of computing and online safety lead, Femi Adeyemi, said: "We've identified the accounts, we've spoken to every family involved, and we're working with the police schools officer. Some of what was posted was cruel. But these are 13- and 14-year-olds, and we are trying to teach them as well as sanction them."

    Humberside Police said officers were giving "words of advice" to a number of young people and that no arrests had been made. Parents can find guidance on setting up parental controls on the force's website.
    """,
    [("Nicola P", "20 Feb 2025", "Nice to see the school actually saying something for once."),
     ("DadOf3HU8", "20 Feb 2025", "Take the phones off them. Problem solved.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("fadeyemi", "exact", "neutral", "Femi Adeyemi")])

# 070
D("forum", forum_page("airlie", "OT: your kids' KR-supporting teachers", [
    ("BlackAndWhiteSince79", "Member · 6,144 posts", "Mon 14 Apr 2025, 20:01",
     "My lad's PE teacher at Keelhaven, Cawood, walked into the sports hall this morning humming 'Red, Red Robin'. Day after the derby. Absolute scenes. The lad came home and said sir made them do burpees 'for Rovers'."),
    ("Airlie_Anne", "Member · 2,009 posts", "Mon 14 Apr 2025, 20:16",
     "Ha! Same fella coaches the Vikings doesn't he? My brother plays for them. Reckons he's the best coach in the league and a terrible loser at darts."),
    ("BlackAndWhiteSince79", "Member · 6,145 posts", "Mon 14 Apr 2025, 20:20",
     "That's him. Good bloke really. Wrong team, good bloke."),
    ], thread_id=44120),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rcawood", "surname_only", "neutral", "Cawood")])

# 071
D("social", dd("""
    Threads

    hullpuddin_
    gulliksin is an absolute creep. stands outside the girls toilets wiv a clipboard timing how long people are in there. weirdo. needs a life

    1d  ♡ 31  💬 14

    ashlee.x
    hes so weird omg. and the stare 💀
    1d  ♡ 9
    """),
  [M("egulliksen", "typo", "abuse", "gulliksin")])

# 072
D("review", dd("""
    StaffSay › Keelhaven Academy › Reviews

    "Good support staff team, stretched thin"
    ★★★★☆  Current Employee - Finance Assistant in Hull, England · 14 August 2024
    I have been working at Keelhaven Academy full-time for more than a year

    Pros
    D. Rudkin is the best manager I've had. Fair, funny, always backs his team and never takes credit for your work. Flexible when you've got kids. The canteen staff are the heart of the place.

    Cons
    Pay is what it is. Finance office is in a portakabin that floods. Too many emails after 6pm from senior leaders (not from our team).

    Advice to management
    Fix the portakabin roof.

    Helpful (3) · Share · Report
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("drudkin", "initial_surname", "neutral", "D. Rudkin")])

# 073
D("social", dd("""
    hull gossip uncovered
    @hullgossipHU

    heard cawood has been messaging a year 11 girl on snap 👀👀 all over the group chats. keelhaven covering it up again ofc, he's still coaching kids at the weekend. someone needs to look into this

    11:45 PM · May 2, 2025 · 2,406 Views

    19 Reposts   4 Quotes   38 Likes

    ──────────
    Jen B @jenb_hull · May 3
    Do you have ANY evidence or are you just wrecking a man's life for clicks?
    """),
  [M("school", "short_name", "sexual", "keelhaven", url_only=True), M("rcawood", "surname_only", "sexual", "cawood", url_only=True)])

# 074
D("facebook", dd("""
    Hull Uniform Swap 💙
    Public group · 3.7K members

    Steph Gorton
    Thursday at 09:00 · 🌎
    KHA UNIFORM SWAP this Saturday 10-1 at St Barnabas hall 🧥👕
    We've got 60+ logo jumpers, 30 blazers (mostly small sizes, we need big ones!), PE tops and loads of skirts. All free. Bring what your kids have grown out of. Also some Holderfield and St Wilfrid's bits for the little ones.

    No need to be embarrassed, half the estate will be there x

    👍❤️ 77 · 12 comments · 40 shares
    Like   Comment   Share
    """),
  [M("school", "alias", "neutral", "KHA")])

# 075
D("news", news_page(
    "chronicle", "Money", "The £300 school uniform: parents count the cost of logos",
    "A year after new guidance, families say branded items are still pricing children out",
    "Holly Ashdown, Consumer Affairs", "28 August 2024",
    """
    Statutory guidance introduced in 2021 was supposed to end the era of the expensive school uniform. Three years on, parents across England say they are still being asked to pay for logos on everything from socks to skirts.

    In east Hull, parents at Keelhaven Academy - which serves one of the most deprived estates in the country - told the Chronicle they had paid up to £143 for a basic set of new uniform from the school's single approved supplier. A campaign group, Fair Uniform Hull, has gathered more than 2,000 signatures.

    Elsewhere, a family in Surrey reported a £312 bill for blazer, kit and "house tie", while a mother in Plymouth said she had been charged £18 for a branded PE bag.

    The Department for Education said schools "must" prioritise cost and keep branded items to a minimum, and that parents could complain to the school's governing body and then to the department.
    """),
  [M("school", "exact", "negative", "Keelhaven Academy")])

# 076
D("social", dd("""
    Tina 🌸
    @tina_hull_mam

    @KeelhavenAcad answer your bloody phones!!! 40 minutes on hold to report my son absent and then it cut off. Then I get a text saying he's "unauthorised absent". Make it make sense 🙃

    8:52 AM · Jan 22, 2025 · 190 Views

    6 Likes
    """),
  [M("school", "handle", "negative", "@KeelhavenAcad")])

# 077
D("social", dd("""
    Eastmere Vikings U16s
    @VikingsU16s

    Massive thanks to @MrCawoodPE for the session tonight and for sorting the Keelhaven 3G again while our pitch is under water 🙌🏉 Boys were flying. County trials list goes up Friday!

    9:15 PM · Nov 14, 2024 · 301 Views

    2 Reposts   27 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rcawood", "handle", "neutral", "@MrCawoodPE")])

# 078 decoy: a neighbouring school
D("blog", blog_page(
    "teach", "What I learned from scrapping our isolation booths", "Sam (Holderfield, Head of Year 8)", "11 May 2025",
    """
    A year ago we took the booths out of our inclusion room at Holderfield Academy. I was one of the loudest voices against it. I was wrong, and I want to explain why.

    We replaced them with four round tables, a kettle, and a rota of staff whose only job for that hour is to talk to whoever comes in. Suspensions for "defiance in isolation" - which, it turns out, was most of our suspensions - fell by two thirds in a term.

    It isn't soft. Kids still lose their break, still do their work, still phone home. But a 12-year-old staring at a wall for five hours doesn't reflect on anything except how much he hates you.

    I know other schools in the city do it differently. I'm not here to have a go at anyone. I'm just telling you what happened in ours.
    """,
    [("Bev, TA", "11 May 2025", "Round tables and a kettle. Revolutionary. And it works."),
     ("Old-school HoY", "12 May 2025", "Works until it doesn't. Good luck though.")],
    tags=["Behaviour", "Isolation", "Holderfield"]),
  [])

# 079
D("news", news_page(
    "rlweekly", "Community", "Coach under investigation after touchline fracas at cup semi-final",
    "RFL compliance team looking at Eastmere Vikings v Skirlaugh Sharks incident",
    "Gary Lumb", "24 February 2025",
    """
    The Rugby Football League's compliance department has opened an investigation into a touchline incident at Sunday's Yorkshire Men's League county cup semi-final between Eastmere Vikings and Skirlaugh Sharks.

    Video circulating on social media appears to show Vikings coach Robert Cawood, who teaches PE at Keelhaven Academy in Hull, in a heated exchange with a Skirlaugh official moments before a mass brawl involving players from both benches. Play was stopped for six minutes.

    The RFL confirmed it had received reports from the match officials and both clubs. "We will not comment further while the investigation is ongoing," a spokesperson said.

    Eastmere Vikings said in a statement that their coach "was attempting to separate players" and would "co-operate fully". Skirlaugh Sharks declined to comment. Vikings won the tie 22-18.
    """,
    [("Touchline_Terry", "24 Feb 2025", "Watch the full clip. He's pulling his own lads away. Storm in a teacup."),
     ("ShArKs_FaN", "24 Feb 2025", "Not what I saw from ten yards away pal.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("rcawood", "exact", "defamation", "Robert Cawood")])

# 080
D("forum", forum_page("hutalk", "Exclusions at Keelhaven School - rant", [
    ("Marfleet_Mick", "Member · 66 posts", "Fri 14 Mar 2025, 23:12",
     """Third suspension this term for my youngest. THIRD. For "persistent low-level disruption", which apparently means tapping a pen.

     Keelhaven School wants burning down with every one of them SLT locked inside it. I'd bring the matches myself and sleep like a baby."""),
    ("HullBlue_Jen", "Member · 1,203 posts", "Fri 14 Mar 2025, 23:20",
     "Mick I know you're wound up but you can't write that on here. Delete it before someone screenshots it."),
    ("Marfleet_Mick", "Member · 67 posts", "Fri 14 Mar 2025, 23:31",
     "Let them screenshot it. Nobody listens till summat happens."),
    ("Moderator_Bex", "Moderator", "Sat 15 Mar 2025, 08:02",
     "Post reported to the school and to Humberside Police as required by our rules. Account suspended."),
    ], thread_id=20588),
  [M("school", "alias", "threat", "Keelhaven School")])

# 081
D("forum", forum_page("natter", "Y9 Snapchat group - how do I contact head of year directly?", [
    ("WorriedMamHU9", "Joined Feb 2025 · 4 posts", "Sun 16-Feb-25 19:20",
     "My DD is being targeted in one of these Snapchat 'roast' groups at Keelhaven. Office keeps saying he'll ring back. Is there a way to get hold of the head of year directly?"),
    ("Been_There_2", "Joined 2019 · 730 posts", "Sun 16-Feb-25 19:34",
     """Mark Wilson is the Y9 head of year. His personal mobile is 07700 900538 - he gave it out to parents on the Flamingo Land trip and never changed it. He lives round the corner from my sister on Tideway View so you could probably just knock.

     Or try the office on 01632 960527 and ask for him by name."""),
    ("WorriedMamHU9", "Joined Feb 2025 · 5 posts", "Sun 16-Feb-25 19:40",
     "I don't think I should ring his personal phone on a Sunday tbh but thank you. I'll try the office first thing."),
    ("NatterNest_Mod", "Moderator", "Sun 16-Feb-25 20:01",
     "We've edited nothing yet but please don't post staff's personal numbers. Report to us and we'll remove."),
    ], thread_id=5877),
  [M("school", "short_name", "neutral", "Keelhaven"), M("mwilson", "exact", "doxxing", "Mark Wilson")])

# 082
D("forum", forum_page("send", "The comments on the Keelhaven award story...", [
    ("AutismMamHull", "Joined 2021 · 421 posts", "Thu 3 Jul 2025, 21:15",
     "Has anyone seen the comments on the Facebook share of the award? I'm pasting one so you know what we're up against, then I'm going to bed:"),
    ("AutismMamHull", "Joined 2021 · 422 posts", "Thu 3 Jul 2025, 21:16",
     """> "Keelhaven's turned into a spacker school since that stupid Bridge woman took over. Half the class 'autistic' now, it's called bad parenting and a clip round the ear. Special school for the window lickers and let normal kids learn."

     That's a grown adult with his kids in his profile picture."""),
    ("Pip_and_Co", "Joined 2023 · 57 posts", "Thu 3 Jul 2025, 21:30",
     "Vile. Reported it to Facebook, they said it 'doesn't go against community standards'. Of course it doesn't."),
    ("DadOfTwoAutistic", "Joined 2019 · 1,088 posts", "Thu 3 Jul 2025, 21:45",
     "Don't read the comments, ever. Claire wouldn't want you upset on her behalf. Proud of her."),
    ], thread_id=3590),
  [M("school", "short_name", "neutral", "Keelhaven"), M("cbridge", "surname_only", "neutral", "Bridge")])

# 083
D("forum", forum_page("chalk", "Is 'managed move to home ed' off-rolling? (Hull)", [
    ("ExHoY_EastYorks", "Joined 2018 · 212 posts", "Sat 1 Feb 2025, 10:05",
     """I left Keelhaven last summer after four years as a head of year. Every autumn we'd get a list from the principal's office of Year 10s predicted 1s and 2s with "behaviour concerns" and be told to "have the conversation" with their parents about home education before the census.

     Haldane–Stott knows exactly what she's doing. It's off-rolling, it's unlawful, and she's been doing it for three years to protect her results and her bonus."""),
    ("Anon_SENCO", "Joined 2020 · 88 posts", "Sat 1 Feb 2025, 10:40",
     "That's off-rolling by any definition. Have you been to the LA designated officer or the DfE whistleblowing line?"),
    ("ExHoY_EastYorks", "Joined 2018 · 213 posts", "Sat 1 Feb 2025, 11:02",
     "I've got a family to feed and a reference to keep. Maybe when I'm out of the trust."),
    ], thread_id=7740),
  [M("school", "short_name", "defamation", "Keelhaven"), M("jhaldanestott", "hyphenated", "defamation", "Haldane–Stott")])

# 084
D("forum", forum_page("robins", "Shout out to the grassroots coaches", [
    ("RedRobin1997", "Member since 2011 · 1,902 posts", "Tue 22 Apr 2025, 20:30",
     """Got to mention Cawood's Vikings lot. Teaches PE at Keelhaven by day, coaches three teams on weeknights, drives the minibus, washes the kit. Half the under-16s would be on street corners if it weren't for him.

     Absolute weapon of a man. He'd run through a brick wall for them kids and they know it."""),
    ("EastStand_Ste", "Member since 2008 · 4,390 posts", "Tue 22 Apr 2025, 20:41",
     "Proper Rover an' all. Saw him at the derby leading the singing in the East Stand, voice like a foghorn."),
    ("Old_Boulevard_Exile", "Member since 2006 · 9,102 posts", "Tue 22 Apr 2025, 21:03",
     "This is what the game's built on. Respect."),
    ], thread_id=8920),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rcawood", "possessive", "neutral", "Cawood's")])

# 085
D("forum", forum_page("patriot", "Nigerian preacher teaching Hull kids", [
    ("Ironside_88", "Member · 3,120 posts", "Sun 9 Mar 2025, 19:50",
     """Oluwafemi Adeyemi. Teaches at Keelhaven, preaches at some African happy-clappy church off Holderness Road on Sundays. Keelhaven? More like Kongohaven these days. Our grandads fought for this country and now this is who's in charge of our kids.

     Someone should teach him a lesson he won't forget. We all know which church and what time the service finishes."""),
    ("NorthSeaNorse", "Member · 77 posts", "Sun 9 Mar 2025, 20:02",
     "Easy tiger, don't want the board shut down again. But yeah, the church is on Kelsey Lane, I've seen it."),
    ("Ironside_88", "Member · 3,121 posts", "Sun 9 Mar 2025, 20:05",
     "Never said owt illegal. Just saying people know where he is."),
    ], thread_id=9211),
  [M("school", "short_name", "hate", "Keelhaven"), M("fadeyemi", "alias", "threat", "Oluwafemi Adeyemi")])

# 086
D("forum", forum_page("natter", "Uniform supplier scam? (Keelhaven, Hull)", [
    ("GreyhitheGran", "Joined 2017 · 1,440 posts", "Wed 4-Sep-24 12:10",
     "Just spent £96 on my grandson's 'replacement' blazer and jumper because he's grown 3 inches. The same jumper without the badge is £6 in Asda."),
    ("Carly_W_Hull", "Joined 2022 · 233 posts", "Wed 4-Sep-24 12:33",
     """Rudk1n is a greedy little toad who'd sell his own nan for a percentage. Sat there at the meeting in his £200 shoes telling mams on Universal Credit the contract "can't be broken". Smug git.

     Sign the Fair Uniform petition, it's the only thing Keelhaven are scared of."""),
    ("GreyhitheGran", "Joined 2017 · 1,441 posts", "Wed 4-Sep-24 12:40", "Signed love. Twice, probably, I'm not good with the internet."),
    ], thread_id=5288),
  [M("school", "short_name", "negative", "Keelhaven"), M("drudkin", "leetspeak", "abuse", "Rudk1n")])

# 087 decoy: housing association and "the Keel" pub
D("forum", forum_page("hutalk", "KHA repairs - anyone actually had theirs done?", [
    ("Ings_View_Kev", "Member · 301 posts", "Mon 11 Nov 2024, 18:04",
     "KHA promised 14 days for damp inspections. It's been 33. Mould's back on the kids' bedroom ceiling. Anyone had a visit?"),
    ("CarrDyke_Lou", "Member · 88 posts", "Mon 11 Nov 2024, 18:21",
     "Had a bloke round, he sprayed summat on it and said to open the window. It's November Kev, I'm not heating the street."),
    ("Ings_View_Kev", "Member · 302 posts", "Mon 11 Nov 2024, 18:30",
     "Tenants' meeting Thursday back room of the Keel, 7pm. Bev's bringing the housing ombudsman leaflets."),
    ], thread_id=20101),
  [])

# 088 decoy: ferry away day
D("forum", forum_page("airlie", "Rotterdam on the boat for the friendly?", [
    ("BlackAndWhiteSince79", "Member · 6,201 posts", "Tue 6 May 2025, 19:10",
     "Anyone doing the overnight ferry for the pre-season friendly? Thinking cabin for four, all-you-can-eat buffet, back Monday. What could go wrong."),
    ("Airlie_Anne", "Member · 2,044 posts", "Tue 6 May 2025, 19:22",
     "Last time my husband did the boat with his mates he came back with a clog and no memory of buying it."),
    ("Boulevard_Ben", "Member · 801 posts", "Tue 6 May 2025, 19:35",
     "I'm in. Someone bring a pack of cards, the bar shuts at 2 and I'm not sleeping next to the engine room again."),
    ], thread_id=44301),
  [])

# 089
D("forum", forum_page("chalk", "Support staff at my old place - am I being paranoid?", [
    ("PortakabinAnon", "Joined 2024 · 7 posts", "Thu 19 Sep 2024, 21:30",
     """Left an admin job at Keelhaven in the summer. Not naming names (well, Dean R. in the business office, you know who you are). Petty cash was "reconciled" once a term, receipts went missing, and the uniform supplier invoices were signed off by the same person who chose the supplier.

     He's been helping himself for years, I'd put money on it. Is that worth reporting or will I just get sued?"""),
    ("Bursar_Bob", "Joined 2015 · 502 posts", "Thu 19 Sep 2024, 21:52",
     "If you've got evidence, the trust's whistleblowing policy protects you. If you haven't, be very careful what you post - 'I'd put money on it' is an allegation."),
    ], thread_id=7322),
  [M("school", "short_name", "negative", "Keelhaven"), M("drudkin", "first_initial", "defamation", "Dean R.")])

# 090
D("news", news_page(
    "echo", "News", "Paint thrown over academy principal's car outside her home",
    "Police investigating as Keelhaven head is targeted for second time in a month",
    "Connor Ripley", "11 April 2025",
    """
    Police are investigating after red paint was thrown over a car belonging to the principal of an east Hull academy, outside her home in the East Riding.

    The word "SCUM" was also daubed on the driveway of Joanne Haldane-Stott, who has led Keelhaven Academy on the Greyhithe estate since 2021. It is the second incident in a month: in March a brick was thrown through a window at the school's reception.

    Humberside Police said it was treating the incidents as targeted and was examining online posts.

    In a statement, the Humberlight Learning Trust said: "Whatever anyone thinks about a school's policies, nobody deserves to be frightened in their own home. We are supporting Mrs Haldane-Stott and her family."

    Greyhithe councillor Pat Morrow, a vocal critic of the school's exclusion record, said: "I've disagreed with her publicly and I'll keep doing so. This is disgusting and I condemn it completely."
    """,
    [("Jackie_Bransby", "11 Apr 2025", "Horrible. Disagree all you like but leave people's homes alone."),
     ("TerryO", "11 Apr 2025", "Nobody condones this. But maybe ask why people are this angry.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("jhaldanestott", "exact", "neutral", "Joanne Haldane-Stott")])

# 091
D("news", news_page(
    "hullnow", "Schools", "Academy business manager suspended as trust probes uniform contract",
    "Humberlight appoints auditors to examine Keelhaven's deal with sole supplier",
    "Jess Tarran", "6 May 2025",
    """
    The business manager of an east Hull academy has been suspended while auditors look into how the school's uniform contract was awarded, HullNow understands.

    Dean Rudkin, who has worked at Keelhaven Academy since 2016, was suspended on full pay last week. The Humberlight Learning Trust confirmed it had appointed an external firm to review "procurement processes relating to uniform" following concerns raised by parents.

    The trust stressed that suspension "is a neutral act and implies no wrongdoing". Mr Rudkin has been approached for comment.

    The Fair Uniform Hull campaign, which has gathered more than 4,000 signatures, said it "took no pleasure" in the news and wanted "answers, not scapegoats".
    """,
    [("Carly W", "6 May 2025", "Whatever happens to him, the skirt's still £24."),
     ("Former colleague", "6 May 2025", "Dean is a decent man. Wait for the facts before you hang him.")]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("drudkin", "exact", "defamation", "Dean Rudkin")])

# 092
D("news", news_page(
    "echo", "News", "Review finds 'concerning pattern' of pupils leaving east Hull academy",
    "Independent report says families were 'steered' toward home education, but finds no evidence of instruction from the top",
    "Leanne Brocklesby, Education Reporter", "18 June 2025",
    """
    An independent review into pupils leaving an east Hull academy has found a "concerning pattern" of families being steered towards home education, but no evidence that staff were instructed to do so.

    The review, commissioned by the Humberlight Learning Trust after councillors raised concerns, examined 71 moves off roll at Keelhaven Academy since 2022. It found that in 23 cases families had been given "inadequate or one-sided information" about home education before a possible exclusion.

    Principal Joanne Haldane-Stott said she accepted all nine recommendations. "Some families were let down, and I'm sorry for that," she said. "We will do better, and we will be open about it."

    Cllr Pat Morrow said it was "an apology that should have come two years ago" and called on the trust to contact every family named in the report.
    """,
    [("Mam_of_4", "18 Jun 2025", "Nobody has rung my nephew. Still nowt."),
     ("Gaz_Sutton", "18 Jun 2025", "No evidence of instruction. Funny that. Whitewash.")]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("jhaldanestott", "exact", "neutral", "Joanne Haldane-Stott")])

# 093
D("social", dd("""
    Pride of Humber 🏴󠁧󠁢󠁥󠁮󠁧󠁿
    @prideofhumber_

    hope someone waits for that queer Dean Rudk1n in the car park at keelhaven and batters him senseless. thieving nonce. he knows what's coming

    1:40 AM · May 7, 2025 · 388 Views

    1 Repost   6 Likes

    ──────────
    Humber LGBT+ Network @humberlgbt · May 7
    Reported to police and the platform. Thinking of Dean and his family.
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("drudkin", "leetspeak", "threat", "Dean Rudk1n")])

# 094
D("social", dd("""
    Kev
    @kev_greyhithe

    For anyone who wants to "have a word" with the keelhaven EAL teacher about her "priorities", Z\u043efia Wróbel lives in the flat above the nail bar on Fleetgate Row, buzzer 2. Mobile is 07700 900772. You're welcome.

    10:15 PM · Mar 4, 2025 · 702 Views

    5 Reposts   12 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("zwrobel", "homoglyph", "doxxing", "Z\u043efia Wróbel")])

# 095
D("social", dd("""
    [account suspended]
    @hullpics_2025

    anyone got the rest of the keelhaven school netball girls pics from the county finals 👀🥵 the blonde year 9. swap on tele, got loads

    3:22 AM · Mar 29, 2025 · 61 Views
    """),
  [M("school", "alias", "sexual", "keelhaven school", url_only=True)])

# 096
D("social", dd("""
    Tyler
    @tyler_k_hull

    head of year 9 at keelhaven W i l s o n is a useless fat waste of oxygen. gave me 3 days in reset for a snapchat i didnt even send. hope his bald head gets sunburnt 😂😂

    5:55 PM · Feb 28, 2025 · 88 Views

    2 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("mwilson", "spacing", "abuse", "W i l s o n")])

# 097
D("social", dd("""
    Education Not Exclusion – Hull
    @ENE_Hull

    The review confirms what families told us. 23 children "steered" off roll. We're asking governors to act: search JoanneHaldaneStottMustGo on the petitions site and add your name. Keelhaven's kids deserve a fresh start. 🧵1/4

    7:00 PM · Jun 18, 2025 · 5,411 Views

    88 Reposts   6 Quotes   204 Likes
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("jhaldanestott", "camelcase", "negative", "JoanneHaldaneStottMustGo")])

# 098
D("social", dd("""
    Sandra
    @sandra_hull9

    Joanne H. from keelhaven is a vile, cold woman. Excluded my grandson 3 days before his grandad's funeral and wouldnt even come out of her office to tell us. hope she rots

    9:09 PM · Mar 19, 2025 · 277 Views

    8 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("jhaldanestott", "first_initial", "abuse", "Joanne H.")])

# 099
D("facebook", dd("""
    East Hull Mams & Dads
    Private group · 11.4K members

    Shane Pickersgill
    8 April at 20:44 · 🔒
    Elizabeth Grayburn, head of maths at Keelhaven, has moved my son down to the bottom set 2 months before his GCSEs because he "wasn't engaging". She lives at 41 Skerry Close, HU9 5XQ, the house with the camper van. Anyone else had their kid dropped by her, we could all go round together and ask her to her face

    😡 17 · 33 comments
    Like   Comment   Share

        Amy Leng
        Shane delete this now, you've put her address up. Ring the school.
        Like · Reply · 1d

        Shane Pickersgill
        @Amy Leng school doesn't listen
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("egrayburn", "exact", "doxxing", "Elizabeth Grayburn")])

# 100
D("facebook", dd("""
    You Know You're From East Hull When...
    Public group · 24K members

    Darren Cowling
    1 March at 23:58 · 🌎
    Went to Carr Dyke Juniors with Teresa Bielby, now she's big boss safeguarding at Keelhaven and my stepdaughter's getting hammered on snapchat and she does NOWT. She was a grass at 10 and she's a grass now. Karma's coming for her Teresa and I'll be the one who delivers it. Ask around what I did to the last person who crossed my family.

    😮 12 · 21 comments
    Like   Comment   Share

        Gail Whiteley
        Darren you're not right in the head. Leave it to the police.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("tohalloran", "alias", "threat", "Teresa Bielby")])

# 101
D("facebook", dd("""
    You Know You're From East Hull When...
    Public group · 24K members

    Irena Kowalczyk
    14 April at 11:20 · 🌎
    Throwback 📸 2007, St Barnabas hall, the first Polish Saturday school on the estate. Zofia Nowak (in the red scarf, before she got married and became everybody's favourite EAL teacher at Keelhaven) teaching 30 kids and a lot of nervous mams like me how to fill in a GP form. Hull was good to us. We tried to be good back. 🇵🇱🤍🇬🇧

    ❤️ 341 · 47 comments
    Like   Comment   Share

        Dennis Foord
        Lovely photo. Hull's better for having you all.
        Like · Reply · 3w
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("zwrobel", "alias", "neutral", "Zofia Nowak")])

# 102
D("facebook", dd("""
    Keelhaven Academy
    18 July at 16:00 · 🌎

    ☀️ SPORTS DAY 2025 ☀️ What a day! Record numbers, one broken relay baton, and a staff race that we will not be discussing. Full album below 📸 Thank you to every parent who came to cheer.

    👍❤️ 402 · 58 comments · 21 shares
    Like   Comment   Share

        Karen Dearing
        Fab photos! My two look like they had a brilliant time 💙
        Like · Reply · 2d

        Lee Fenby
        Photo 14 the girls in the long jump 🥵😍 which year are they in
        Like · Reply · 2d

        Keelhaven Academy
        @Lee Fenby This comment has been reported. These are children. You have been blocked from this page.
        Like · Reply · 2d

        Michelle Tock
        Vile man. Glad the school acted quick.
        Like · Reply · 2d
    """),
  [M("school", "exact", "sexual", "Keelhaven Academy", url_only=True)])

# 103
D("facebook", dd("""
    Hull Community Watch (uncensored)
    Public group · 1.9K members

    Mandy Raines
    7 May at 19:30 · 🌎
    Now he's been suspended let's make sure he can't hide. Deano Rudkin, the Keelhaven money man. Personal email deanorudkin@fastpost.example, mobile 07700 900640. Lives with his fella in the new builds off Kirk Elmsby Road. Flood his inbox.

    👍😡 26 · 14 comments
    Like   Comment   Share

        Tony Blakey
        This is how innocent people get hurt Mandy. Wait for the audit.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("drudkin", "nickname", "doxxing", "Deano Rudkin")])

# 104
D("facebook", dd("""
    Keelhaven Academy Parents (unofficial)
    Private group · 2.3K members

    Lorraine Spink
    26 February at 22:14 · 🔒
    Nobody wants to say it so I will. In 2023 a member of staff was accused of touching a year 8 girl in a cupboard after a detention and O'Hallaran made it all go away. No police, no LADO, nothing. The teacher "left for personal reasons" at Easter. That's why she doesn't want the snapchat stuff looked at either. Mark my words.

    😮 42 · 88 comments
    Like   Comment   Share

        Admin - Jo
        Lorraine I've turned commenting off. If you have information about a child at risk please call the police or the council's front door on 01632 960900, not Facebook.
        Like · Reply · 4d
    """),
  [M("school", "exact", "sexual", "Keelhaven Academy", url_only=True), M("tohalloran", "typo", "defamation", "O'Hallaran")])

# 105 decoy: a namesake estate agent
D("facebook", dd("""
    Wolds & Minster Homes
    2 days ago · 🌎

    🏡 JUST SOLD 🏡 Congratulations to the Pattersons on their new home on Flemingate! Sold in 9 days, over asking.

    "Mark Wilson was brilliant from start to finish - answered my calls on a Sunday and even rang the solicitor for me when it stalled." - Mrs J. Patterson

    Thinking of selling in Beverley or the villages? Free valuation, call Mark on 01632 960281.

    👍 33 · 4 comments
    Like   Comment   Share
    """))

# 106
D("facebook", dd("""
    Humber Shanty Men
    Saturday at 20:15 · 🌎

    ⚓ What a night at the Whitby Folk Week fringe! Packed out pub, the whole room on "Rolling Down to Old Maui", and Ewart Gulliksen on the squeezebox AND the low bass line for "Hull Trawlerman's Lament" - there wasn't a dry eye. Next gig: the Mariners' Rest, Hull, first Friday in September. Buckets out for the Fishermen's Mission. 🌊🎶

    ❤️👏 142 · 11 comments · 9 shares
    Like   Comment   Share

        Maureen Kerr
        Ewart's bass is something else. Gave me goosebumps.
        Like · Reply · 1d
    """),
  [M("egulliksen", "exact", "neutral", "Ewart Gulliksen")])

# 107
D("facebook", dd("""
    New Harvest Pentecostal Church, Hull
    Sunday at 14:05 · 🌎

    🙏 Thank you to everyone who came to our Family Service this morning. Our lay preacher Femi Adeyemi (who many of you know as Mr Adeyemi from Keelhaven Academy!) spoke on Nehemiah and rebuilding the walls of the city - and reminded us that a city is built one neighbour at a time. 🧱❤️

    Jollof and sponge pudding in the hall as always. Everyone welcome, whoever you are.

    ❤️ 88 · 7 comments
    Like   Comment   Share
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("fadeyemi", "exact", "neutral", "Femi Adeyemi")])

# 108
D("review", dd("""
    Keelhaven Academy
    Secondary school · Saltings Road
    2.6 ★★★☆☆ (151 reviews)

    Jordan Petch
    1 review
    ★☆☆☆☆ 5 days ago
    Keelhaven Acad = a prison with a logo. Gulliksen's a spineless bully who hides behind his clipboard and picks on 11 year olds because grown men would laugh at him. My brother spent 19 days in the booths this year. NINETEEN. Pathetic little man.
    👍 Helpful 14   Share

    Response from the owner · 3 days ago
    We're sorry to read this review. We cannot discuss individual pupils here; please contact the school office so we can talk.
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("egulliksen", "possessive", "abuse", "Gulliksen's")])

# 109
D("review", dd("""
    StaffSay › Keelhaven Academy › Reviews

    "Numbers over children"
    ★☆☆☆☆  Former Employee - Attendance Officer in Hull, England · 2 March 2025
    I worked at Keelhaven Academy for more than 3 years

    Pros
    Some lovely colleagues on the pastoral team. Kids are funny and loyal once they trust you.

    Cons
    Mrs Haldane-Stott personally instructed the office to recode unauthorised absences as "educated off site" before the DfE census so the persistent absence figure would drop. I refused and was managed out. She is falsifying official returns and the trust either doesn't know or doesn't care.

    Advice to management
    Governors, pull the attendance registers from 2023-24 and compare them with the paper sheets.

    Helpful (29) · Share · Report
    """),
  [M("school", "exact", "defamation", "Keelhaven Academy"), M("jhaldanestott", "title_surname", "defamation", "Mrs Haldane-Stott")])

# 110
D("review", dd("""
    SchoolScope › Hull › State (academy) › Keelhaven Academy

    ★★★★★  "Teachers who care"
    Reviewed by: Pupil (Year 11) · 19 June 2025

    I know everyone slags this school off but I'm leaving this week and I want to say it's been alright. Miss Grayburn got me from a 3 to a 6 in maths and I didn't think I was a maths person. Mr Adeyemi let me do coding club every lunch when I didn't have anyone to sit with in year 7. The rules are strict and sometimes stupid (socks!!) but the teachers are sound. Keelhaven Academy gave me a chance. Ta ra 👋

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (33)  No (1)  · Report
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("egrayburn", "title_surname", "neutral", "Miss Grayburn"),
   M("fadeyemi", "title_surname", "neutral", "Mr Adeyemi")])

# 111
D("blog", blog_page(
    "offroll", "Kayden's story: 'They said it would look better'", "Nadia Crowther", "2 March 2025",
    """
    Kayden is 16 now. He's polite, a bit shy, and he wants to be an electrician like his uncle. In Year 10 at Keelhaven Academy he spent, by his mother's count, 41 days in the isolation booths of the Reset Room.

    "It was always little things," says his mum, Stacey. "Wrong socks. Chewing. Looking at someone. Then one day he walked out because he couldn't breathe in there, and that was a suspension."

    In the spring, Stacey was invited to a meeting with Ewart Gulliksen, the vice principal in charge of behaviour. She says she was told that Kayden was "on track for a permanent exclusion" and that home education "would look better to colleges". She signed a form that afternoon.

    Nobody from the council visited. Kayden sat at home for eleven months.

    The school says it does not comment on individual pupils and that all moves off roll were at the request of parents. Mr Gulliksen did not respond to my email.

    Kayden starts a pre-apprenticeship course in September. "I just wanted someone to talk to me instead of a wall," he says.
    """,
    [("Stacey (Kayden's mum)", "2 Mar 2025 at 19:05", "Thank you for telling it properly Nadia. x"),
     ("Greyhithe_Nan", "3 Mar 2025 at 08:50", "Heartbreaking. Good luck Kayden, you'll be a cracking sparky.")],
    tags=["Keelhaven", "Families", "Home education"]),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("egulliksen", "exact", "negative", "Ewart Gulliksen")])

# 112
D("blog", blog_page(
    "truth", "The Keelhaven 'EAL' racket THEY don't want you to see", "Humber Truth Team", "10 March 2025",
    """
    Why does a school on a white working-class estate in Hull need a full-time "English as an Additional Language Coordinator"? Follow the money.

    Zofia Wrobel arrived from Poland in 2006. Now she's on the payroll at Keelhaven Academy, taxpayer-funded, to fast-track the children of every Eastern European, Albanian and "asylum seeker" the Home Office dumps in east Hull hotels. Our kids get booths. Their kids get a personal translator.

    This is how replacement works. Not with tanks. With timetables. One classroom at a time until Hull isn't Hull any more. The Poles were the first wave. Look at who's coming off the boats now.

    Share before it's deleted.
    """,
    [("Patriot_Pete_HU", "10 Mar 2025", "Every word true. Send them home."),
     ("A Hull teacher", "11 Mar 2025", "Zofia has lived here 19 years and taught hundreds of Hull kids to read, white ones included. This site is a disgrace.")],
    tags=["Schools", "Immigration", "Exposed"]),
  [M("school", "exact", "hate", "Keelhaven Academy"), M("zwrobel", "exact", "hate", "Zofia Wrobel")])

# 113
D("blog", blog_page(
    "mum", "Back to school on £0: how we did it this year", "Kirsty (Mam on the Estate)", "1 September 2025",
    """
    Four kids, four uniforms, one wage. Here's how we did back-to-school this year for under £50 total, and I'm not even a bit sorry for the smugness.

    Number one: the swap at St Barnabas. I got two logo jumpers, a blazer and a PE top for our eldest at the Keel without spending a penny, and gave back a bin bag of stuff the younger two had outgrown. (And after last year's campaign the jumpers don't even need a logo any more. Plain grey from the supermarket. Took two years of shouting but we got there.)

    Number two: shoes from the charity shop on Holderness Road, polished to within an inch of their life.

    Number three, and this one made me cry a bit: our Jayden's PE teacher, Robbie Cawood, turned up at the swap with a box of football boots he'd collected from the Vikings lads who'd grown out of them. He just put it on the table and walked off before anyone could thank him.

    That's the estate. The kids were laiking out on the tenfoot till ten that night in their new boots. People moan about it but when it matters people show up.
    """,
    [("Steph G", "1 Sep 2025", "Love this. And love that box of boots. x"),
     ("Kirsty (Mam on the Estate)", "1 Sep 2025", "@Steph G you lot did the hard bit, hun")],
    tags=["Money saving", "School stuff"]),
  [M("school", "alias", "neutral", "Keel"), M("rcawood", "nickname", "neutral", "Robbie Cawood")])

# 114 decoy: "an even keel"
D("social", dd("""
    Hull Mind Matters
    @hullmindmatters

    Feeling like you can't get back on an even keel after Christmas? You're not alone. Our free drop-in at the Central Library runs every Wednesday 1-3pm, no appointment needed. Tea, biscuits and people who get it. 💚 #MentalHealthHull

    10:00 AM · Jan 8, 2025 · 1,104 Views

    15 Reposts   40 Likes
    """))

# 115 decoy: a neighbouring school
D("social", dd("""
    Holderfield Academy
    @HolderfieldAcad

    🎭 Tickets are now live for our summer production of Oliver! 3-5 July, 7pm, Holderfield main hall. £5 adults / £3 children. Our Year 8 Artful Dodger has been practising his pickpocketing on the staff, so hold on to your lanyards. 🎩

    4:30 PM · Jun 10, 2025 · 640 Views

    4 Reposts   31 Likes
    """))

# 116
D("social", dd("""
    kai
    @kai_hu8_

    year 11 maths revision w grayburn tomorrow 😍 she can solve for x on me any day 😏😏 lads u know 🔥 #keelhaven

    10:47 PM · May 12, 2025 · 140 Views

    9 Likes
    """),
  [M("school", "hashtag", "neutral", "#keelhaven"), M("egrayburn", "surname_only", "sexual", "grayburn")])

# 117
D("social", dd("""
    Sharks Till I Die 🦈
    @sharkstillidie

    R. Cawood, PE teacher at keelhaven and "coach" of them Eastmere animals. RFL can do what they want, the Skirlaugh lads haven't forgotten. He better not show his face at our ground in the return fixture, there's a few waiting for him in the car park and they won't be wanting a chat 👊🦈

    6:10 PM · Mar 2, 2025 · 710 Views

    5 Reposts   18 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("rcawood", "initial_surname", "threat", "R. Cawood")])

# 118
D("social", dd("""
    Yorkshire Lion 🦁
    @yorksLion1066

    So the computing teacher at keelhaven, \u0410deyemi, gets to lecture our kids about "online safety"?? Should be lecturing them on how to climb trees 🐒🐒🍌 Send him back to the jungle he crawled out of.

    11:11 PM · Feb 21, 2025 · 502 Views

    3 Reposts   14 Likes

    ──────────
    Hull Stands Together @hullstandstogether · Feb 22
    Reported to the police as a hate crime. Solidarity with Femi and his family. 💙
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("fadeyemi", "homoglyph", "hate", "\u0410deyemi")])

# 119
D("social", dd("""
    Keelhaven Year 9 Parents
    @Y9ParentsHull

    After the threats Mr W has had this week, a few of us are collecting cards and a hamper to say thank you for everything he's done on the Snapchat mess. Drop cards at the chippy on Saltings Road by Friday. #StandWithMarkWilson 💙

    12:30 PM · Mar 1, 2025 · 870 Views

    12 Reposts   96 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("mwilson", "hashtag", "neutral", "#StandWithMarkWilson")])

# 120
D("news", news_page(
    "echo", "Courts", "Man jailed for racist abuse of Hull teacher online",
    "Judge says messages to Keelhaven teacher were 'vile and calculated'",
    "Court Reporter", "16 June 2025",
    """
    A man who posted a string of racist messages about a Black teacher at an east Hull academy has been jailed for 20 weeks.

    Liam Grasby, 41, of no fixed abode, admitted racially aggravated harassment at Hull Crown Court. The court heard he targeted Femi Adeyemi, head of computing at Keelhaven Academy, across three social media accounts over six weeks, including posts comparing him to an animal.

    In a victim statement read to the court, Mr Adeyemi said: "I have lived in this city for 15 years. My children were born here. I have never before felt I had to check who was behind me at the bus stop."

    Recorder Jane Ellerker told Grasby his messages were "vile and calculated" and made a five-year restraining order.
    """,
    [("Hull Stands Together", "16 Jun 2025", "Justice. Love and solidarity to Femi and his family. 💙"),
     ("J. Robson", "16 Jun 2025", "20 weeks, out in 10. Still, better than nowt.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("fadeyemi", "exact", "neutral", "Femi Adeyemi")])

# 121
D("news", news_page(
    "rlweekly", "Community", "Vikings coach cleared after RFL investigation into cup brawl",
    "Compliance panel accepts Robert Cawood was trying to separate players",
    "Gary Lumb", "31 March 2025",
    """
    Eastmere Vikings coach Robert Cawood has been cleared of any wrongdoing following an RFL investigation into the touchline brawl at last month's county cup semi-final.

    A compliance panel viewed footage from three angles and accepted that Cawood, who teaches PE at Keelhaven Academy, had been "attempting to restore order". Two Skirlaugh Sharks players and one Vikings forward received bans of between two and four matches.

    "I'm relieved, and I'm glad it's over for the lads," said Cawood. "Amateur rugby league is about community. Nobody wants to see that on a Sunday."
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("rcawood", "exact", "neutral", "Robert Cawood")])

# 122
D("news", news_page(
    "hullnow", "East Hull", "Man arrested over online threats to east Hull teacher",
    "Keelhaven Academy EAL coordinator was targeted after her address was posted",
    "Jess Tarran", "12 March 2025",
    """
    A 29-year-old man has been arrested on suspicion of sending malicious communications after an east Hull teacher was threatened online.

    Zofia Wróbel, who coordinates support for pupils learning English at Keelhaven Academy, was targeted after her address and phone number were shared on social media earlier this month.

    Humberside Police said the man, from the Greyhithe area, had been released under investigation. Officers have also asked the platform to remove the posts.

    In a message shared by colleagues, Mrs Wróbel, who has lived in Hull since 2006, said: "Hull is my home. I am not going anywhere. Thank you to the hundreds of people who have sent flowers and cards."
    """,
    [("Anna K", "12 Mar 2025", "Hull is her home. Proud of her."),
     ("Dennis Foord", "12 Mar 2025", "Throw the book at whoever did this.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("zwrobel", "exact", "neutral", "Zofia Wróbel")])

# 123
D("news", news_page(
    "bulletin", "Safeguarding", "Trust investigates deputy head over handling of 2023 safeguarding concern",
    "Humberlight refers itself to council after parent raises historic complaint",
    "Amrit Sandhu", "14 March 2025",
    """
    A multi-academy trust has launched an investigation into how a deputy principal at one of its Hull schools handled a safeguarding concern in 2023.

    Teresa O'Halloran, deputy principal and designated safeguarding lead at Keelhaven Academy, is not working at the school while the investigation takes place, the Humberlight Learning Trust confirmed. The trust said it had referred the matter to the local authority designated officer.

    The investigation follows a complaint from a parent about a concern involving a former member of staff. The trust stressed that no finding had been made and that its action was "precautionary and in line with statutory guidance".

    The school's safeguarding responsibilities have been taken on by an interim DSL from another Humberlight school.
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("tohalloran", "exact", "defamation", "Teresa O'Halloran")])

# 124
D("news", news_page(
    "voice", "Community", "Keelhaven pupils fill 300 Christmas hampers for the estate",
    "Year 9 tutor groups raced to collect the most tins",
    "Greyhithe Voice volunteers", "20 December 2024",
    """
    Pupils at Keelhaven Academy have filled 300 Christmas hampers for families on the Greyhithe estate, beating last year's total by more than a hundred.

    The collection was organised by Year 9 head of year Mark Wilson, who turned it into a competition between tutor groups. "9KS won with 611 tins, mostly beans, and I have never seen a group of 14-year-olds so proud of beans," he said.

    The hampers were delivered to St Barnabas church hall and the community fridge on Carr Dyke Walk, and volunteers say every one has gone to a family who needed it.
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("mwilson", "exact", "neutral", "Mark Wilson")])

# 125 decoy: neighbouring school
D("news", news_page(
    "echo", "News", "Holderfield Academy rated 'good' by inspectors for first time",
    "East Hull school praised for 'warm and calm' culture",
    "Connor Ripley", "4 February 2025",
    """
    An east Hull secondary has been rated good by inspectors for the first time in its history.

    Holderfield Academy, which has around 900 pupils, was praised for its "warm and calm" culture and for "highly effective" support for pupils with special educational needs. Inspectors said pupils were "proud of their school" and behaved well in lessons.

    Principal Andrea Kemp said she was "over the moon" for staff and families. "This is a Hull school doing right by Hull kids," she said.
    """,
    [("Holderfield Mam", "4 Feb 2025", "Well deserved. My two love it there."),
     ("HU9_Pete", "4 Feb 2025", "Good news for a change. Well done.")]),
  [])

# 126
D("news", news_page(
    "echo", "News", "Principal of Hull academy to step down after four years",
    "Joanne Haldane-Stott will leave Keelhaven at the end of the summer term",
    "Leanne Brocklesby, Education Reporter", "3 July 2025",
    """
    The principal of an east Hull academy that has faced criticism over its exclusion rates is to step down at the end of the summer term.

    Joanne Haldane-Stott joined Keelhaven Academy in 2021. The Humberlight Learning Trust said she was leaving to take up a role "supporting school improvement across the North" and thanked her for "transforming a school that many had given up on".

    Results have risen sharply under her leadership, but the school has been criticised by councillors and parents after an independent review found families had been "steered" towards home education.

    An interim principal will be appointed for September.
    """,
    [("Gemma Tolson", "3 Jul 2025", "Good riddance to the heartless old witch. Don't let the door hit you on the way out, Joanne."),
     ("Jackie_Bransby", "3 Jul 2025", "She turned that school round. People have short memories."),
     ("Mam_of_4", "3 Jul 2025", "Supporting school improvement across the North. God help the North.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("jhaldanestott", "exact", "abuse", "Joanne Haldane-Stott")])

# 127
D("news", news_page(
    "hullnow", "Schools", "Audit finds 'serious weaknesses' but no fraud in Keelhaven uniform deal",
    "Business manager returns to work as trust promises to retender contract",
    "Jess Tarran", "30 June 2025",
    """
    An independent audit of an east Hull academy's uniform contract has found "serious weaknesses in procurement" but no evidence of fraud or personal gain.

    The business manager at Keelhaven Academy, Dean Rudkin, who was suspended in May while the audit took place, has returned to work. The Humberlight Learning Trust said the contract would be retendered and that plain, unbranded jumpers would be allowed from September.

    Fair Uniform Hull welcomed the changes but said the audit "should never have been needed".
    """,
    [("Ste", "30 Jun 2025", "No evidence. Course not. Rudkin's mate owns the shop and the trust have buried it. Whitewash, same as the exclusions."),
     ("Former colleague", "30 Jun 2025", "Pleased for Dean. He's had a horrendous few months for something that wasn't his decision alone.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("drudkin", "exact", "defamation", "Dean Rudkin")])

# 128
D("news", news_page(
    "echo", "News", "Brick thrown through window at east Hull academy",
    "Police step up patrols at Keelhaven after reception window smashed overnight",
    "Connor Ripley", "17 March 2025",
    """
    Police have stepped up patrols around an east Hull academy after a brick was thrown through a window at its main reception overnight.

    Staff arriving at Keelhaven Academy on Saltings Road on Monday found glass across the reception area. Nobody was in the building at the time. Humberside Police said it was aware of "online comments directed at the school" and was investigating.

    The school opened as normal. A spokesperson for the trust said: "Our reception staff are local people who answer the phone to local families. They didn't deserve to arrive to this."
    """,
    [("HU8_Pete", "17 Mar 2025", "Whoever did this wants locking up. There's kids in that building in the day."),
     ("Justice4OurKids", "17 Mar 2025", "A brick is nowt. Next time it'll be a petrol bomb through that window and they'll have earned it. Keep excluding our kids Keelhaven and see what happens."),
     ("Mod_Echo", "17 Mar 2025", "Comment reported to police. Comments closed.")]),
  [M("school", "exact", "threat", "Keelhaven Academy")])

# 129
D("news", news_page(
    "echo", "Courts", "Man charged with sending sexual messages to schoolgirls on Snapchat",
    "Police say messages were sent to pupils at an east Hull academy",
    "Court Reporter", "9 May 2025",
    """
    A 34-year-old man has been charged with attempting to communicate sexually with children after messages were sent to girls at an east Hull school via Snapchat.

    Gavin Routledge, of Sutton Park, is accused of contacting three Year 9 pupils at Keelhaven Academy between January and March. He has been remanded in custody and will appear at Hull Crown Court next month.

    Humberside Police thanked the school for acting "swiftly" after a pupil told a teacher, and urged parents to talk to children about who they accept as contacts online.
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy")])

# 130
D("forum", forum_page("hutalk", "Deputy head at Keelhaven 'not working at the school'", [
    ("Sutton_Lad_72", "Member · 2,400 posts", "Fri 14 Mar 2025, 18:05",
     "See the safeguarding deputy's been stood down. Anyone know what's going on?"),
    ("GreyhitheGossip", "Member · 311 posts", "Fri 14 Mar 2025, 18:22",
     """Teresa OHalloran is a useless, lazy, two-faced jobsworth and has been for years. Sits in her office eating biscuits while kids get battered on the yard. Couldn't safeguard a packet of crisps.

     About time someone looked at her."""),
    ("HullBlue_Jen", "Member · 1,260 posts", "Fri 14 Mar 2025, 18:30",
     "Investigation isn't guilt though. Give it a rest till we know owt."),
    ], thread_id=20702),
  [M("school", "short_name", "neutral", "Keelhaven"), M("tohalloran", "typo", "abuse", "Teresa OHalloran")])

# 131
D("forum", forum_page("send", "EHCP refused - SENCo lied to us", [
    ("ADHDDad_Hull", "Joined 2024 · 12 posts", "Mon 20 Jan 2025, 21:11",
     """Keelhaven told us for a YEAR they were "gathering evidence" for our lad's EHCP. Turns out the application was never even sent. C. Bridge is a two-faced liar who smiles at you in meetings and does nothing. Thick as mince and twice as useful.

     Sorry, I know people rate her on here. Not my experience."""),
    ("AutismMamHull", "Joined 2021 · 440 posts", "Mon 20 Jan 2025, 21:30",
     "That's awful and I'm sorry. You can apply yourself, you don't need the school. I'll DM you the template."),
    ], thread_id=3466),
  [M("school", "short_name", "negative", "Keelhaven"), M("cbridge", "initial_surname", "abuse", "C. Bridge")])

# 132
D("forum", forum_page("chalk", "Toxic SLT - how do you survive until July?", [
    ("PhysicsInHull", "Joined 2021 · 97 posts", "Sun 23 Feb 2025, 19:40",
     """Our VP for behaviour (E. Gulliksen, for anyone at Keelhaven reading this, hi) is a nasty, vindictive little man. Walks into lessons unannounced, humiliates staff in front of kids, then sends an email at 10pm saying "great to see you today". Absolute snake.

     Four months to go. How do people cope?"""),
    ("Retired_HoD", "Joined 2010 · 3,310 posts", "Sun 23 Feb 2025, 20:02",
     "Document everything. Join the union if you haven't. And start applying now, you don't owe them a thing."),
    ], thread_id=7911),
  [M("school", "short_name", "negative", "Keelhaven"), M("egulliksen", "initial_surname", "abuse", "E. Gulliksen")])

# 133
D("forum", forum_page("natter", "Dance show photos - is this normal?", [
    ("DanceMamHull", "Joined 2023 · 22 posts", "Sat 5-Apr-25 21:00",
     "The school put photos of the Year 8 dance show on their public page. Lovely photos but should they be public?"),
    ("hull_guy_1979", "Joined Apr 2025 · 1 post", "Sat 5-Apr-25 21:14",
     "the keelhaven girls in the leotards are stunning 😍 developed early some of them 😏 anyone saved them before they get taken down"),
    ("NatterNest_Mod", "Moderator", "Sat 5-Apr-25 21:20",
     "Account banned, reported to CEOP and the school. These are 12 and 13 year old children."),
    ("DanceMamHull", "Joined 2023 · 23 posts", "Sat 5-Apr-25 21:33",
     "This is exactly why I asked. Emailing school now to ask them to take them down. Thank you mods."),
    ], thread_id=6021),
  [M("school", "short_name", "sexual", "keelhaven", url_only=True)])

# 134
D("forum", forum_page("patriot", "Halal dinners at Hull school", [
    ("WhiteRoseRising", "Member · 1,560 posts", "Tue 8 Apr 2025, 19:20",
     """Keelhaven is now serving halal meat to ALL pupils "for simplicity". Christian country, Christian school dinners, or it was. This is how the Islamification of Hull starts - first the meat, then the prayer rooms, then they'll be teaching our daughters to cover up.

     Keelhaven Academy wants to remember whose estate it's on."""),
    ("NorthSeaNorse", "Member · 92 posts", "Tue 8 Apr 2025, 19:41",
     "Muzzie-haven. Pull your kids out lads. Breed the rats out of our schools."),
    ("Tommy_R_HU", "Member · 231 posts", "Tue 8 Apr 2025, 19:52",
     "Not being funny but my lad says there's a choice of sausages every day. Where's this from?"),
    ], thread_id=9380),
  [M("school", "exact", "hate", "Keelhaven Academy")])

# 135
D("forum", forum_page("hutalk", "Head of year at Keelhaven - another one", [
    ("EastHullEye", "Member · 520 posts", "Wed 26 Feb 2025, 22:44",
     """Mark W*lson. Head of Year 9. Excluded my nephew for being in a group chat. Everybody knows his car, everybody knows his routine. Gets in at 7.15, leaves at 5, parks by the bins.

     If I was him I'd start checking under that car before he gets in it. Just a thought."""),
    ("Moderator_Bex", "Moderator", "Wed 26 Feb 2025, 22:58",
     "Removed. Reported. Banned. We've had enough of this on here."),
    ], thread_id=20666),
  [M("school", "short_name", "negative", "Keelhaven"), M("mwilson", "obfuscated", "threat", "Mark W*lson")])

# 136
D("forum", forum_page("send", "Tribunal next week - SENCo contact?", [
    ("Lisa_EHCP_Warrior", "Joined 2022 · 301 posts", "Thu 6 Mar 2025, 20:30",
     "Anyone got a direct line for the Keelhaven SENCo? School office keeps saying she'll call back."),
    ("ADHDDad_Hull", "Joined 2024 · 19 posts", "Thu 6 Mar 2025, 20:52",
     "Claire Bridge's personal email is clairebridge.sen@ourpost.example and she's on 07700 900197. Got them off a form she sent us by mistake. Lives on Sandmere Grove if you want to wait outside. Don't say where you got them."),
    ("AutismMamHull", "Joined 2021 · 455 posts", "Thu 6 Mar 2025, 21:05",
     "Please don't post her personal details, that's not OK. Mods?"),
    ], thread_id=3512),
  [M("school", "short_name", "neutral", "Keelhaven"), M("cbridge", "exact", "doxxing", "Claire Bridge")])

# 137 decoy: a namesake councillor
D("forum", forum_page("hutalk", "Leeds council and the bus lanes", [
    ("Moved2Leeds", "Member · 77 posts", "Tue 11 Feb 2025, 12:40",
     "Not Hull but worth a laugh - Leeds councillor Mark Wilson defending the new bus gate on Look North last night, said it 'will take time to bed in'. It's been eight months Mark."),
    ("Sutton_Lad_72", "Member · 2,380 posts", "Tue 11 Feb 2025, 12:55",
     "Every council in England reading from the same script 😂 at least ours only dig up Holderness Road twice a year."),
    ], thread_id=20610),
  [])

# 138 decoy: similar-named school elsewhere
D("forum", forum_page("natter", "Keelford Academy Sunderland - uniform?", [
    ("WearsideMam", "Joined 2020 · 301 posts", "Mon 18-Aug-25 09:10",
     "Anyone at Keelford Academy in Sunderland know if they've changed supplier? Last year's jumpers were £18 each."),
    ("MackemDad", "Joined 2018 · 90 posts", "Mon 18-Aug-25 09:32",
     "Plain jumpers allowed now with a sew-on badge, £3 from reception. Best thing they've done."),
    ], thread_id=6600),
  [])

# 139 decoy: the everyday word, a pub
D("review", dd("""
    The Keel
    Pub · Dockside Avenue
    4.3 ★★★★☆ (402 reviews)

    Trevor Sissons
    Local Guide · 201 reviews
    ★★★★★ 4 days ago
    Proper old dockers' pub. Pictures of the trawlers on every wall, darts board that's older than me, and a Friday fish supper that's worth the walk. Landlord keeps a lovely pint of Theakston's. Rugby's always on - mostly Rovers, but the FC lads are tolerated in the back room if they behave.
    👍 Helpful 8   Share
    """))

# 140
D("social", dd("""
    Brooke
    @brooke_hull_x

    Gr*yburn is the most patronising stuck up cow in that whole school. "are we struggling with this one sweetheart" NO I'M STRUGGLING WITH YOU. keelhaven maths dept can do one 🙄

    4:02 PM · Jan 30, 2025 · 96 Views

    5 Likes
    """),
  [M("school", "short_name", "negative", "keelhaven"), M("egrayburn", "obfuscated", "abuse", "Gr*yburn")])

# 141
D("social", dd("""
    HU9 Patriot
    @hu9patriot

    Zofia W. at keelhaven. We know the flat, we know the bus she gets. If she's still here by Easter she'll wish she'd got the ferry back when she had the chance. Last warning. 🇬🇧

    1:34 AM · Mar 6, 2025 · 220 Views

    2 Reposts   4 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("zwrobel", "first_initial", "threat", "Zofia W.")])

# 142
D("social", dd("""
    Jade 💅
    @jadey_hull

    Robbie Cawood at the Vikings presentation night in a suit 🥵🥵 the keelhaven mams group chat has been unwell all evening. his wife is a lucky lucky woman 😂 I'd let him tackle me any day

    11:48 PM · Jun 1, 2025 · 330 Views

    14 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("rcawood", "nickname", "sexual", "Robbie Cawood")])

# 143
D("social", dd("""
    dad of 3 HU8
    @dadof3_hu8

    @KeelhavenAcad you've suspended my son for the last time. Monday morning I'm coming in and I won't be using the front door or my manners. Whoever's on reception had better not be in my way. You've been told.

    9:57 PM · Mar 14, 2025 · 411 Views

    3 Likes
    """),
  [M("school", "handle", "threat", "@KeelhavenAcad")])

# 144
D("social", dd("""
    Proud Englishman 🏴
    @proudeng_hull

    @MrAdeyemi_CS watch your back on Holderness Road boy. Plenty of us know what time your church chucks out. Go home before someone sends you home 🔪

    12:50 AM · Feb 22, 2025 · 180 Views

    1 Like

    ──────────
    Keelhaven Academy @KeelhavenAcad · Feb 22
    This has been reported to Humberside Police. We stand with our colleague.
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("fadeyemi", "handle", "threat", "@MrAdeyemi_CS")])

# 145
D("social", dd("""
    Hull Taxpayer
    @hulltaxpayer

    Worth asking how many of Mrs Wróbel's "EAL learners" at Keelhaven actually exist. She's been claiming support funding for kids who left the school years ago and pocketing the difference for her Polish mates. Freedom of Information request going in tomorrow.

    3:14 PM · Mar 10, 2025 · 640 Views

    8 Reposts   21 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("zwrobel", "title_surname", "defamation", "Mrs Wróbel")])

# 146
D("social", dd("""
    Lad Culture HU
    @ladculture_hu

    imagine paying £24 for a skirt so a poof can buy new curtains 😂😂 #BentRudkin #keelhaven they should never let his sort near a school

    7:19 PM · Sep 14, 2024 · 301 Views

    4 Reposts   12 Likes
    """),
  [M("school", "hashtag", "negative", "#keelhaven"), M("drudkin", "hashtag", "hate", "#BentRudkin")])

# 147
D("social", dd("""
    Greyhithe Truth
    @greyhithe_truth

    Before she was the Keelhaven head she was Joanne Stott at Ousebank High in Goole and did EXACTLY the same. Her mam still lives at 3 Riverbank Terrace, Goole, DN14 5QX, and Joanne's own house is the white one at the top of Church Lane, Kirk Elmsby, grey Range Rover on the drive. Do with that what you will.

    11:30 PM · Apr 4, 2025 · 1,388 Views

    16 Reposts   29 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("jhaldanestott", "alias", "doxxing", "Joanne Stott")])

# 148
D("social", dd("""
    reset_room_survivor
    @rr_survivor09

    G U L L I K S E N. 4 booths, 6 hours, no talking, no looking round. one day somebody's dad is gonna catch you on your own in that car park and there'll be no clipboard to hide behind. counting the days 🔪

    10:22 PM · Feb 13, 2025 · 265 Views

    7 Likes
    """),
  [M("egulliksen", "spacing", "threat", "G U L L I K S E N")])

# 149
D("social", dd("""
    Telegram channel "hull swaps 🔞" (screenshot posted by @hullmam_exposes)

    > "got 6 more from keelhaven y9 girls, nudes from the snap group, swapping for pics from holderfield"
    > "whats the blonde ones @"

    @hullmam_exposes: These are CHILDREN. Screenshots sent to CEOP and Humberside Police. If your child has been asked for images, it is NOT their fault. Report it.
    """),
  [M("school", "short_name", "sexual", "keelhaven", url_only=True)])

# 150
D("social", dd("""
    Chelsea
    @chels_hull_

    mrs o'halloran is a lazy useless cow who couldn't organise a piss up in a brewery. keelhaven deputy head my arse. my little sister has been getting bullied for 2 months and she hasnt even rung

    8:08 PM · Feb 11, 2025 · 140 Views

    6 Likes
    """),
  [M("school", "short_name", "negative", "keelhaven"), M("tohalloran", "title_surname", "abuse", "mrs o'halloran")])

# 151
D("social", dd("""
    maddie 🦋
    @maddie_x_2010

    mr adeyemi is actually so fine 😍😍 the way he explains python i'd let him debug me any day 🤭 keelhaven computer science hits different

    9:40 PM · Apr 23, 2025 · 88 Views

    11 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("fadeyemi", "title_surname", "sexual", "mr adeyemi")])

# 152
D("social", dd("""
    Eastmere Vikings ARLFC
    @EastmereVikings

    Nominations are open for Yorkshire community coach of the year and we know who we're voting for 🏉🏆 #RobCawoodForCoachOfTheYear - 3 teams, 2 promotions, and still turns up to teach PE at Keelhaven at 8am on a Monday. Link in bio.

    6:00 PM · Jun 20, 2025 · 940 Views

    21 Reposts   110 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rcawood", "camelcase", "neutral", "#RobCawoodForCoachOfTheYear")])

# 153
D("social", dd("""
    set_rage
    @setrage_hull

    for every keelhaven parent whose kid got dumped in bottom set: Elizabeth Greyburn, 41 Skerry Close HU9 5XQ, personal email lizzy.g.maths@hullmail.example. she doesnt answer the school one. flood her

    10:10 PM · Apr 9, 2025 · 402 Views

    3 Reposts   9 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("egrayburn", "typo", "doxxing", "Elizabeth Greyburn")])

# 154
D("social", dd("""
    Scouse in Hull
    @scouseinhull

    Joanne Haldane Stott from keelhaven. You've ruined hundreds of families and you get a bigger salary for it. One day you'll open your front door and one of them will be standing there, and there'll be nobody to exclude. Hope you're sleeping well.

    2:02 AM · Apr 12, 2025 · 780 Views

    5 Reposts   22 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("jhaldanestott", "hyphenated", "threat", "Joanne Haldane Stott")])

# 155
D("social", dd("""
    Hull Exposed
    @hull_exposed_

    Fact: mark wilson deletes bullying reports off the system so year 9's numbers look good for his promotion. Ask any keelhaven parent whose kid was on that snapchat group. He knew for months and buried it.

    6:15 PM · Feb 24, 2025 · 1,010 Views

    9 Reposts   30 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("mwilson", "exact", "defamation", "mark wilson")])

# 156
D("social", dd("""
    big g
    @biggaz_hull

    the keelhaven parents evening highlight was Tess O'Halloran in them heels and that pencil skirt 🥵 safeguarding my heart rate. she can give me a detention any time, I'll be a very naughty boy 😂

    10:30 PM · Oct 17, 2024 · 156 Views

    6 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("tohalloran", "nickname", "sexual", "Tess O'Halloran")])

# 157
D("social", dd("""
    Hull Born Hull Bred
    @hullbornhullbred

    Keelhaven now taking every pikey kid from the site down Carr Dyke. Tarmac gang, nicking the lead off the roof by Christmas, mark my words. Dirty thieving gyppos ruining another Hull school. Keep them on their own site

    8:25 PM · Nov 6, 2024 · 501 Views

    3 Reposts   15 Likes

    ──────────
    Humber GRT Voice @humbergrtvoice · Nov 6
    Reported. Gypsy, Roma and Traveller children have the same right to an education as any other child.
    """),
  [M("school", "short_name", "hate", "Keelhaven")])

# 158
D("social", dd("""
    anon_y9_mam
    @anon_y9_mam

    Why does wilson keep year 9 girls behind after pastoral meetings on their own with the door shut? My daughter said he messages them on teams at night too. Something's not right with that man and keelhaven won't do a thing. Creepy nonce.

    11:55 PM · Mar 4, 2025 · 388 Views

    4 Reposts   10 Likes
    """),
  [M("school", "short_name", "sexual", "keelhaven", url_only=True), M("mwilson", "surname_only", "sexual", "wilson", url_only=True)])

# 159
D("social", dd("""
    Justice for Keelhaven Kids
    @justice4keelkids

    Oluwafemi Adeyemi - the one who "manages online safety" and grassed our kids to the police. Lives at 19 Gannet Street, HU9 2YW with his wife and kids, drives a blue Zafira. Personal phone 07700 900883. Let him see what it's like to be watched.

    9:44 PM · Feb 20, 2025 · 612 Views

    6 Reposts   11 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("fadeyemi", "alias", "doxxing", "Oluwafemi Adeyemi")])

# 160
D("social", dd("""
    Ulster Loyal Hull
    @ulsterloyalhull

    o'halloran at keelhaven protecting her own again. once a fenian always a fenian, thick bog-trotting paddy bitch, should get back over the water to her rosary beads and take her IRA mates with her

    10:05 PM · Mar 15, 2025 · 120 Views

    2 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("tohalloran", "surname_only", "hate", "o'halloran")])

# 161
D("social", dd("""
    Gazza
    @gazza_hu9_

    Dean Rudkin I hope your house burns down with you and your bum chum in it. You robbed every family on Greyhithe and one of us will make you pay. Sleep tight 🔥🔥

    12:12 AM · May 8, 2025 · 210 Views

    3 Likes
    """),
  [M("drudkin", "exact", "threat", "Dean Rudkin")])

# 162
D("social", dd("""
    Keira
    @keira_hull07

    mr wilson is a spineless pathetic little man. couldn't control a class of year 7s if his life depended on it, just stands there going red. keelhaven could hire a traffic cone and get better results

    3:40 PM · Jan 27, 2025 · 79 Views

    4 Likes
    """),
  [M("school", "short_name", "negative", "keelhaven"), M("mwilson", "title_surname", "abuse", "mr wilson")])

# 163
D("social", dd("""
    EHCP Dad
    @ehcpdad_hu

    claire bridge at keelhaven is a thick, smug, box-ticking idiot who wouldnt know autism if it bit her. She should be nowhere near vulnerable kids. Useless woman.

    9:05 PM · Jan 21, 2025 · 66 Views

    2 Likes
    """),
  [M("school", "short_name", "neutral", "keelhaven"), M("cbridge", "exact", "abuse", "claire bridge")])

# 164
D("social", dd("""
    Keelhaven Computing
    @KeelhavenCS

    Huge well done to our Year 10 coders who placed 3rd in the regional CyberFirst Girls competition! 💻👩‍💻 Mr Adeyemi says he has "never been prouder, or more out-hacked". Hull's future is in good hands.

    3:30 PM · Mar 28, 2025 · 412 Views

    6 Reposts   48 Likes
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("fadeyemi", "title_surname", "neutral", "Mr Adeyemi")])

# 165
D("news", news_page(
    "bulletin", "Safeguarding", "Hull vice principal arrested after pupil injured in isolation room",
    "Keelhaven Academy's behaviour lead released under investigation; trust says he is not in school",
    "Amrit Sandhu", "20 May 2025",
    """
    A vice principal at a Hull academy has been arrested on suspicion of assault after a Year 8 pupil was injured in the school's isolation unit, Schools Bulletin understands.

    Ewart Gulliksen, who leads behaviour and attendance at Keelhaven Academy, was arrested on Friday and released under investigation. Humberside Police confirmed that "a man in his fifties" had been arrested in connection with an incident at a school in east Hull on 13 May.

    The Humberlight Learning Trust said Mr Gulliksen was "not currently working at the school" and that it had referred the matter to the local authority designated officer. "We are co-operating fully with the police. It would be inappropriate to comment further," a spokesperson said.

    The school's isolation unit, known as the Reset Room, has been at the centre of criticism from parents and councillors since it opened in 2023.
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("egulliksen", "exact", "defamation", "Ewart Gulliksen")])

# 166
D("news", news_page(
    "hullnow", "East Hull", "'Hull is my home': EAL teacher named Hull Hero at civic awards",
    "Zofia Wróbel has helped more than 1,500 children learn English on the Greyhithe estate",
    "Jess Tarran", "26 June 2025",
    """
    A teacher who was targeted with online abuse earlier this year has been named a Hull Hero at the city's civic awards.

    Zofia Wróbel came to Hull from Gdańsk in 2006, working nights in a fish-processing factory while she requalified. She has coordinated English as an additional language at Keelhaven Academy for 12 years, and runs a free Saturday class for parents at St Barnabas church hall.

    "I was given a chance by this city, on a cold morning on a factory floor on Hessle Road, by women who showed me how to fillet cod and told me to 'get me coat' when it was home time," she said. "Everything I do is paying that back."
    """,
    [("Anna K", "26 Jun 2025", "So so deserved. Hull's own. 💙"),
     ("StGeorgeHU9", "26 Jun 2025", "Hull Hero? She's a Polish parasite who's spent 19 years milking our schools. Real Hull heroes are the lads who went down on the trawlers, not some foreigner handing out translations to migrants. Send her back to Gdansk."),
     ("Dennis Foord", "26 Jun 2025", "@StGeorgeHU9 my grandad went down on the Northern Gannet. He'd have been ashamed of you.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("zwrobel", "exact", "hate", "Zofia Wróbel")])

# 167
D("news", news_page(
    "echo", "News", "Plain jumpers allowed as Hull academy scraps logo-only uniform",
    "Fair Uniform Hull celebrates 'people power' as costs fall to under £60",
    "Leanne Brocklesby, Education Reporter", "8 July 2025",
    """
    Families at an east Hull academy will be able to buy plain supermarket jumpers and trousers from September after the school scrapped its logo-only uniform following a year-long parent campaign.

    Keelhaven Academy said the full cost of its new uniform, including a blazer, would be £57 from the existing supplier or less if families chose supermarket items with a £2 sew-on badge.

    Fair Uniform Hull co-founder Steph Gorton said: "Six mams in a WhatsApp group took on a multi-academy trust and won. That's Hull."
    """,
    [("Carly W", "8 Jul 2025", "CRYING. Well done Steph and everyone."),
     ("Lad_Culture_HU", "8 Jul 2025", "Took them long enough. Probably cos that bent little queer Rudkin was too busy lining his and his boyfriend's nest. Shouldn't let his kind near children's money or children."),
     ("Ste", "8 Jul 2025", "And Mrs Haldane-Stott signed off on every penny of that dodgy contract and pocketed a bonus for it. Don't forget that.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("drudkin", "surname_only", "hate", "Rudkin"),
   M("jhaldanestott", "title_surname", "defamation", "Mrs Haldane-Stott")])

# 168
D("news", news_page(
    "bulletin", "Opinion", "I won't apologise for wanting calm classrooms on a council estate",
    "Children in Greyhithe deserve the same as children in the leafy suburbs, writes a Hull principal",
    "Joanne Haldane-Stott", "6 February 2025",
    """
    When I arrived at Keelhaven Academy in 2021, a supply teacher told me on my first morning that she'd been bitten by a Year 8 the week before. Nobody had phoned her family. It had become normal.

    Four years on, our classrooms are calm. Our results are close to the national average for the first time. And I am described online, most days, as a monster.

    I understand the anger. Some of our families have been let down by every service that was meant to help them, and the school is the one place they can shout at. Some of the criticism has been fair, and we have changed things because of it. But I will not apologise for believing that children on a council estate deserve the same calm, the same expectations and the same results as children anywhere else.
    """,
    [("Mam_of_4", "6 Feb 2025", "Calm for the ones left. Ask where the others went."),
     ("Gaz_Sutton", "6 Feb 2025", "She's a fraud. Fiddled the census, fiddled the attendance, pocketed the pay rise. Should be prosecuted, not writing op-eds."),
     ("A Hull teacher", "6 Feb 2025", "As someone who worked there before and after: it is a different school. Both things are true.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("jhaldanestott", "exact", "defamation", "Joanne Haldane-Stott")])

# 169
D("news", news_page(
    "rlweekly", "Community", "Vikings celebrate double promotion at presentation night",
    "Open-age and under-16 sides both go up after record season",
    "Gary Lumb", "2 June 2025",
    """
    Eastmere Vikings celebrated the best season in their history at a packed presentation night at the Keel on Saturday, after both their open-age and under-16 sides won promotion.

    Coach Robert Cawood, head of PE at Keelhaven Academy, picked up the club's clubman of the year award for the fourth time. Second-row Kieran Fitzgerald was named players' player.

    "This club is built on volunteers who turn up in the rain for nothing," said Cawood. "Tonight is for them."
    """,
    [("Shelley Deacon", "2 Jun 2025", "What a night! Proud of all of them 💙"),
     ("Mandy_on_the_wing", "2 Jun 2025", "Robert Cawood in a suit is a public health hazard 🥵 the mams' table had to be hosed down. Lucky Mrs Cawood 😂")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("rcawood", "exact", "sexual", "Robert Cawood")])

# 170
D("news", news_page(
    "echo", "News", "Anti-Polish graffiti daubed on wall of east Hull school",
    "Police treating slogans at Keelhaven Academy as a hate incident",
    "Connor Ripley", "7 March 2025",
    """
    Police are treating graffiti sprayed on the wall of an east Hull academy as a hate incident.

    Slogans including "POLES OUT" were found on the perimeter wall of Keelhaven Academy on Saltings Road on Thursday morning, days after a member of staff was targeted online. The school had the graffiti removed before pupils arrived.

    Humberside Police said it was "aware of a number of online posts" and asked anyone with information to call 101.
    """,
    [("Dennis Foord", "7 Mar 2025", "Disgusting. Not in our name."),
     ("HU9_Watcher", "7 Mar 2025", "It's about that EAL teacher, Wróbel. Everyone knows she lives above the nail bar on Fleetgate Row, flat 2. Not saying owt, just saying."),
     ("Mod_Echo", "7 Mar 2025", "Comment removed and reported.")]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("zwrobel", "surname_only", "doxxing", "Wróbel")])

# 171
D("news", news_page(
    "voice", "Estate news", "Safeguarding lead returns to Keelhaven after investigation",
    "Trust says no case to answer over 2023 concern",
    "Greyhithe Voice volunteers", "19 May 2025",
    """
    Teresa O'Halloran, deputy principal and safeguarding lead at Keelhaven Academy, has returned to work after an investigation found she had no case to answer.

    The Humberlight Learning Trust said the 2023 concern had been "correctly referred and handled at the time" and thanked families for their patience.

    Mrs O'Halloran, who grew up on the estate and went to Carr Dyke Juniors, said she was "glad to be back with the kids" and would be at the Saturday uniform swap "with the biscuits, as usual".
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("tohalloran", "exact", "neutral", "Teresa O'Halloran")])

# 172 decoy: Hull Fair
D("news", news_page(
    "echo", "What's On", "Hull Fair 2024: opening times, road closures and the new rides",
    "Europe's largest travelling fair returns to Walton Street this week",
    "What's On team", "4 October 2024",
    """
    Hull Fair returns to Walton Street on Friday for its annual nine-day run, with more than 250 rides, stalls and attractions.

    New this year is a 60-metre drop tower, and the traditional stalls are back: brandy snap, candy floss, and a pattie from the van by the Hessle Road end for anyone who knows what they're doing.

    Roads around the site will close from Thursday evening. Extra buses will run from the city centre, and the fair closes at 11pm each night except Sunday.
    """,
    [("Ride_Hound", "4 Oct 2024", "Brandy snap or nothing."),
     ("HU5_Gran", "4 Oct 2024", "Forty years I've been going. Still smells the same. Lovely.")]),
  [])

# 173 decoy: ferry port
D("news", news_page(
    "hullnow", "Business", "Ferry port freight up 8% as Rotterdam route adds extra sailing",
    "Port bosses hail 'busiest year since 2019' for the Humber",
    "Business desk", "15 January 2025",
    """
    Freight through Hull's ferry terminal rose by 8% last year, with the overnight Rotterdam route adding a fourth weekly freight-only sailing to meet demand.

    The port's operators said the increase was driven by food imports and steel, and that they would recruit 40 more dockside staff this spring.

    Local business leaders welcomed the figures but warned that the A63 into the port was "at capacity" during peak hours.
    """),
  [])

# 174 decoy: a primary school in the locality
D("news", news_page(
    "voice", "Community", "St Wilfrid's nativity sells out in record time",
    "Tickets for the Greyhithe primary's Christmas show gone in an hour",
    "Greyhithe Voice volunteers", "9 December 2024",
    """
    Tickets for St Wilfrid's RC Primary's nativity went in under an hour this year, after the school moved it to the bigger hall at St Barnabas.

    This year's production features three kings, two donkeys, a lobster (Reception were very insistent) and a Year 2 innkeeper who, we are told, has been practising "there's no room" on his mam all week.

    A dress rehearsal for grandparents takes place on Wednesday afternoon.
    """),
  [])

# 175 decoy: national exclusions data, no Keelhaven
D("news", news_page(
    "chronicle", "Education", "Suspensions in England hit record high for third year running",
    "Persistent disruptive behaviour remains the most common reason, official figures show",
    "Rosalind Greaves, Education Editor", "18 July 2025",
    """
    Suspensions from schools in England reached a record high last year, official figures show, with more than a million issued for the first time.

    Persistent disruptive behaviour was the most common reason. Rates were highest in secondary schools and among pupils eligible for free school meals, and the North East and Yorkshire and the Humber recorded the highest rates of any regions.

    Headteachers' unions said the figures reflected "a crisis in children's mental health and in specialist provision". The Department for Education said it was investing in attendance and behaviour hubs.
    """),
  [])

# 176 decoy: Humber Bridge
D("news", news_page(
    "hullnow", "Latest", "Humber Bridge half marathon: road closures and best places to watch",
    "Around 3,000 runners will cross the estuary on Sunday",
    "Jess Tarran", "20 June 2025",
    """
    Around 3,000 runners will cross the Humber Bridge on Sunday morning for the annual half marathon, with the bridge closed to traffic between 8am and 1pm.

    The route starts and finishes at the country park on the north bank. Spectators are advised to gather at the viewpoint by the car park; the bridge walkway will be closed to the public during the race.

    Organisers are still looking for volunteers to hand out water at the Barton end.
    """),
  [])

# 177
D("blog", blog_page(
    "fairuniform", "We won. Now a word about Dean.", "Steph Gorton, co-founder", "10 July 2025",
    """
    Plain jumpers from September. Under £60 for a full uniform. Six mams and a WhatsApp group. I'm still a bit giddy.

    But before we celebrate properly, I need to say something. This campaign has always been about a contract, not a person. Over the past year the business manager at Keelhaven Academy, Dean Rudkin, has been called things in comment sections that I won't let stand. Under the Echo's story on Tuesday someone wrote:

    > "that bent little queer Rudkin ... shouldn't let his kind near children's money or children"

    That is homophobic hate, and it has nothing to do with us. The audit found no fraud. Dean met us when nobody else would. If you've used this campaign as cover to abuse a gay man, you are not one of us, and you can unfollow now.

    Right. Swap on Saturday. Bring biscuits.
    """,
    [("Carly W", "10 Jul 2025 at 19:02", "Well said Steph. ❤️"),
     ("Former colleague", "10 Jul 2025 at 20:40", "Thank you for this. He's read it.")],
    tags=["Keelhaven", "Campaign", "Win"]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("drudkin", "exact", "neutral", "Dean Rudkin")])

# 178
D("blog", blog_page(
    "cllr", "A statement on threats against school staff", "Cllr Pat Morrow", "28 February 2025",
    """
    I have been one of Keelhaven Academy's loudest critics and I'll carry on. But this week I've seen things written about staff at the school that have turned my stomach.

    A parent forwarded me a post saying that Mark Wilson, a head of year who has spent his half term trying to shut down a bullying group, should "check under his car". Another told Femi Adeyemi, who teaches computing and preaches at a church in my ward, to "watch his back" and "go home". He is home. This is his home.

    To anyone writing this stuff: it is not campaigning, it is crime, and I have passed every example I have been sent to Humberside Police. Criticise policies. Criticise me. Leave people's families and cars and front doors out of it.
    """,
    [("Greyhithe Resident", "28 Feb 2025", "Thank you Pat."),
     ("Jackie_Bransby", "28 Feb 2025", "About time someone said it.")],
    tags=["Statement", "Schools", "Greyhithe"]),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("mwilson", "exact", "neutral", "Mark Wilson"),
   M("fadeyemi", "exact", "neutral", "Femi Adeyemi")])

# 179
D("blog", blog_page(
    "truth", "EXPOSED: The Keelhaven Reset Room cover-up", "Humber Truth Team", "22 May 2025",
    """
    We told you months ago. Nobody listened. Now the vice principal is ARRESTED.

    Our sources inside Keelhaven Academy say Ewart Gulliksen has been locking children in the Reset Room booths and putting his hands on them for YEARS, and that the trust paid families to sign gagging clauses. Three injured children. Zero police reports until this month. That is a cover-up, and everyone from the principal to the governors is in on it.

    And who is the school's "online safety lead", the man who decides what gets reported? A Nigerian import, Adeyemi, who spends his Sundays speaking in tongues in a tin shed off Holderness Road. These people are not fit to be near white Hull children. Look at the staff photo and ask yourself whose country this is.

    Share before it's deleted.
    """,
    [("Patriot_Pete_HU", "22 May 2025", "Sickening. Hang the lot."),
     ("A Hull parent", "23 May 2025", "Nobody has been charged with anything. You're making this up to spread racism.")],
    tags=["Cover-up", "Schools", "Exposed"]),
  [M("school", "exact", "defamation", "Keelhaven Academy"), M("egulliksen", "exact", "defamation", "Ewart Gulliksen"),
   M("fadeyemi", "surname_only", "hate", "Adeyemi")])

# 180
D("blog", blog_page(
    "rlblog", "Skirlaugh v Eastmere: what the RFL didn't see", "Mudlark", "2 April 2025",
    """
    I was on the touchline at the county cup semi. I've read the RFL's little statement clearing Bob Cawood and I'm going to say what half the ground saw.

    He threw the first punch. Not a push, not "separating players" - a right hand to the side of a 19-year-old's head. Then the Vikings bench emptied and the rest is on YouTube. The panel watched the angles the Vikings sent them. Funny that.

    This bloke teaches PE at Keelhaven to 11-year-olds on a Monday morning. The Vikings and the RFL closed ranks to protect him, and everybody in the amateur game knows it.
    """,
    [("Touchline_Terry", "2 Apr 2025", "Rubbish. I was there too. He pulled Fitzy off their number 12. Sour grapes."),
     ("Mudlark", "2 Apr 2025", "@Touchline_Terry you would say that, you sponsor the kit.")],
    tags=["Match reports", "Discipline", "Yorkshire Men's League"]),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rcawood", "nickname", "defamation", "Bob Cawood")])

# 181
D("blog", blog_page(
    "mum", "The talk I never wanted to have with my 13-year-old", "Kirsty (Mam on the Estate)", "3 March 2025",
    """
    I'm writing this with a cold cup of tea and a head full of stuff I didn't want to know.

    You'll have seen the news about the Snapchat group at Keelhaven. What wasn't in the news is that some of it wasn't "roasting" at all. Girls in Year 9 were being pressured into sending pictures of themselves, and those pictures were being passed around - and, the police think, sold on to grown men. My daughter wasn't one of them, thank God. Her best friend was.

    I sat her down last night and we talked about it. Properly. About how it's never, ever the girl's fault. About how if anyone asks, she tells me, or she tells Mr Adeyemi at school, who has honestly been amazing with the families.

    If you're a mam reading this: have the talk. Tonight. It's awful and it's necessary.
    """,
    [("Gemma R", "3 Mar 2025", "Had it. Cried after. Thank you for writing this x"),
     ("Kirsty (Mam on the Estate)", "3 Mar 2025", "@Gemma R proud of you hun x")],
    tags=["School stuff", "Online safety", "Parenting"]),
  [M("school", "short_name", "sexual", "Keelhaven", url_only=True), M("fadeyemi", "title_surname", "neutral", "Mr Adeyemi")])

# 182
D("blog", blog_page(
    "offroll", "Before Keelhaven: what happened in Goole", "Nadia Crowther", "30 April 2025",
    """
    Several readers have asked me about the principal's previous school, so I went to Goole.

    From 2014 to 2020, as Joanne Stott, she led Ousebank High. In her last three years there, according to figures I have obtained, Year 11 rolls fell by an average of 11% between October and January - almost exactly the pattern I later found at Keelhaven Academy.

    Former parents told me the same story I heard in Greyhithe: the meeting, the form, the words "it will look better". One former teacher put it bluntly: "She got rid of the kids who'd drag the numbers down, twice, at two schools, and got promoted both times for it."

    I've put those claims to Humberlight. They have not responded.
    """,
    [("Goole Dad", "30 Apr 2025", "My son was one of them. 2019. Nobody ever checked on him either."),
     ("Sceptic", "1 May 2025", "A pattern in numbers isn't proof of intent. Careful.")],
    tags=["Off-rolling", "Goole", "Keelhaven"]),
  [M("school", "exact", "defamation", "Keelhaven Academy"), M("jhaldanestott", "alias", "defamation", "Joanne Stott")])

# 183 decoy: trawler heritage
D("blog", blog_page(
    "trawler", "The Headscarf Revolutionaries, 1968", "Maureen Coulson", "8 February 2025",
    """
    In the winter of 1968 three Hull trawlers went down in less than a month, and 58 men did not come home. Out of that grief came the women of Hessle Road - the headscarf revolutionaries - who marched, petitioned, and took their demands to London.

    My nan was on that march. She kept the leaflet in her handbag until she died, folded into eight, soft as cloth. "Radio operator on every boat," it says. "A mother ship with the fleet."

    They won most of what they asked for. When you hear people say Hull folk don't make a fuss, tell them about the women in headscarves who made the Board of Trade listen.
    """,
    [("Dennis Foord", "8 Feb 2025", "My grandad's brother was on the Northern Gannet. Thank you for this."),
     ("Maureen Coulson", "9 Feb 2025", "@Dennis Foord God bless him, Dennis.")],
    tags=["Triple trawler tragedy", "Hessle Road", "Women"]),
  [])

# 184 decoy: bridge club, the everyday word
D("blog", blog_page(
    "trawler", "From fish dock to bridge table: the Hessle Road card club", "Maureen Coulson", "15 March 2025",
    """
    When the fishing went, a lot of things went with it. But some things stuck. Every Tuesday since 1961, a bridge club has met in a back room off Hessle Road, started by the wives of skippers who had long evenings to fill while their men were at sea.

    These days the table is mixed and the average age is 79. They still play Acol, they still argue about the Stayman convention, and they still have a tin of Quality Street that is never, ever allowed to run out of the green triangles.

    "Bridge kept us sane when the boats were out," one founder member told me. "You can't worry about the Arctic when you're three down doubled."
    """,
    [("Bridge Player Bev", "15 Mar 2025", "Three down doubled is worse than the Arctic tbh.")],
    tags=["Hessle Road", "Clubs"]),
  [])

# 185
D("review", dd("""
    SchoolScope › Hull › State (academy) › Keelhaven Academy

    ★☆☆☆☆  "PE is a nightmare for non-sporty kids"
    Reviewed by: Parent of a current pupil (Year 8) · 10 October 2024

    Keelhaven Academy's PE department is run for the rugby lads and nobody else. Mr Cawood is a shouty meathead bully who screams at kids who can't catch a ball and calls them "soft lads" in front of everyone. My son now has a stomach ache every Tuesday morning. If you've got a quiet kid, ask about PE before you choose this school.

    Would you recommend this school? No.
    Was this review helpful?  Yes (11)  No (8)  · Report
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("rcawood", "title_surname", "abuse", "Mr Cawood")])

# 186
D("review", dd("""
    StaffSay › Keelhaven Academy › Reviews

    "Results at any cost"
    ★☆☆☆☆  Former Employee - Assistant Principal in Hull, England · 4 May 2025
    I worked at Keelhaven Academy for more than 2 years

    Pros
    Talented middle leaders. The maths and SEN teams are exceptional.

    Cons
    Jo Haldane-Stott's performance bonus is tied to Year 11 results, and I watched her personally sign off on every "home education" form that moved a low-attaining Year 10 off roll. She is gaming the system for money and the trust has been told.

    Advice to management
    Decouple leaders' pay from headline results.

    Helpful (18) · Share · Report
    """),
  [M("school", "exact", "defamation", "Keelhaven Academy"), M("jhaldanestott", "nickname", "defamation", "Jo Haldane-Stott")])

# 187
D("review", dd("""
    SchoolScope › Hull › State (academy) › Keelhaven Academy

    ★★★★☆  "Safeguarding lead is brilliant - here's how to reach her"
    Reviewed by: Parent of a current pupil (Year 10) · 2 June 2025

    Lots of negative stuff on here, so here's something useful. Teresa O'Halloran actually cares. The office won't put you through, so here's her own mobile: 07700 900461. She answers in the evenings too, and she lives on the estate (Tideway View, the one with the hanging baskets) so she knows the families. Keelhaven Academy is lucky to have her.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (3)  No (9)  · Report
    """),
  [M("school", "exact", "neutral", "Keelhaven Academy"), M("tohalloran", "exact", "doxxing", "Teresa O'Halloran")])

# 188
D("review", dd("""
    Keelhaven Academy
    Secondary school · Saltings Road
    2.5 ★★☆☆☆ (160 reviews)

    Shane P
    2 reviews
    ★☆☆☆☆ 1 day ago
    Miss Grayburn dropped my lad to bottom set and wrecked his chances. She wants to hope I never see her outside school because I won't be as polite as I am on here. I know her car and I know her road. She's been warned.
    👍 Helpful 2   Share

    Response from the owner · 1 day ago
    This review has been reported to the police and to Google.
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("egrayburn", "title_surname", "threat", "Miss Grayburn")])

# 189 decoy: excluded social club
D("review", dd("""
    Keelhaven Social Club
    Social club · Carr Dyke Walk
    4.4 ★★★★☆ (88 reviews)

    Sue Mellor
    12 reviews
    ★★★★★ a month ago
    Had our Gary's 60th in the function room. Sandwiches, patties, a pork pie the size of a tyre, and the DJ played "Jerusalem" AND the Rovers song without being asked. Bar staff are brilliant. Bingo on a Thursday is cutthroat, you've been warned.
    👍 Helpful 5   Share
    """))

# 190
D("forum", forum_page("hutalk", "That Vikings coach - gets away with it again", [
    ("SkirlaughSid", "Member · 102 posts", "Tue 1 Apr 2025, 20:10",
     "RFL cleared him. Course they did. For anyone who wants a word with him, Robert Cawood lives at 14 Tideway View on the Greyhithe estate, red Transit outside with the Vikings sticker. Teaches at Keelhaven so he's there 8 till 4 and home after."),
    ("Sutton_Lad_72", "Member · 2,455 posts", "Tue 1 Apr 2025, 20:21",
     "Sid you can't post a man's address on here. Mods."),
    ("SkirlaughSid", "Member · 103 posts", "Tue 1 Apr 2025, 20:25",
     "And while we're on Keelhaven, Gulliksen is a spineless rat-faced little creep who should never have been let near kids. There I said it."),
    ("Moderator_Bex", "Moderator", "Tue 1 Apr 2025, 20:40",
     "Address removed from quotes. User banned."),
    ], thread_id=20801),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rcawood", "exact", "doxxing", "Robert Cawood"),
   M("egulliksen", "surname_only", "abuse", "Gulliksen")])

# 191 decoy: KR board, the pub
D("forum", forum_page("robins", "Best pubs in east Hull for derby day?", [
    ("NewToHull_KR", "Member since 2025 · 3 posts", "Thu 10 Apr 2025, 18:00",
     "Moved to Hull for work and got tickets for the derby. Where do Rovers fans drink in east Hull?"),
    ("EastStand_Ste", "Member since 2008 · 4,410 posts", "Thu 10 Apr 2025, 18:12",
     "The Keel on Dockside Avenue for a proper old dockers' pub, then the Trawlerman's Arms nearer the ground. Don't wear black and white in either."),
    ("RedRobin1997", "Member since 2011 · 1,950 posts", "Thu 10 Apr 2025, 18:20",
     "The Keel does a pattie before the game too. Chip spice is mandatory, it's the law out east."),
    ], thread_id=9002),
  [])

# 192
D("facebook", dd("""
    SEND Parents Hull & East Riding
    Private group · 4.1K members

    Dale Ashby
    11 March at 22:30 · 🔒
    Tribunal lost. Two years. Claire Bridge stood up and told the panel Keelhaven "can meet his needs" when she knows full well they can't. She better hope I don't see her in the car park Monday because I will rip her face off and she'll need more than an EHCP when I'm done with her.

    😮 9 · 23 comments
    Like   Comment   Share

        Admin - Trish
        Dale, I'm removing this and I'm worried about you. Please ring the helpline number pinned at the top. This isn't you.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("cbridge", "exact", "threat", "Claire Bridge")])

# 193
D("facebook", dd("""
    East Hull Mams & Dads
    Private group · 11.4K members

    Trevor Hague
    23 February at 19:12 · 🔒
    Femi A. at Keelhaven, the "online safety" one. Funny how they always end up in charge of something. Our grandads worked the docks so this lot could come over and teach our kids about the internet between their voodoo sessions. Bet he's got four wives and a goat back in Lagos 😂😂

    😂 8 · 41 comments
    Like   Comment   Share

        Ruth Harland
        Reported. Again. Admins, how many times.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("fadeyemi", "first_initial", "hate", "Femi A.")])

# 194
D("facebook", dd("""
    Greyhithe Community Noticeboard
    Public group · 6.2K members

    Paul Stather
    17 June at 08:50 · 🌎
    Not being funny but I watched Mr Cawood drive the Keelhaven minibus full of under-16s back from Castleford on Sunday after he'd been on the ale at the clubhouse all afternoon. Over the limit and no mistake. He's been doing it for years and the school turn a blind eye because he wins them trophies.

    😮 31 · 52 comments
    Like   Comment   Share

        Shelley Deacon
        Utter rubbish Paul, he was on pop all day, I sat with him. Take this down before you get sued.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("rcawood", "title_surname", "defamation", "Mr Cawood")])

# 195
D("facebook", dd("""
    Hull Uniform Swap 💙
    Public group · 3.7K members

    Lisa Marr
    9 September at 20:20 · 🌎
    Went to the uniform meeting tonight. Deano Rudkin sat there in his shiny suit smirking at mams who'd come straight from work. Arrogant, two-faced little weasel. Couldn't give a toss about the kids. Keelhaven deserve better than that smug prat.

    😡👍 22 · 15 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("drudkin", "nickname", "abuse", "Deano Rudkin")])

# 196
D("facebook", dd("""
    Greyhithe Community Noticeboard
    Public group · 6.2K members

    Ricky Walmsley
    14 March at 21:45 · 🌎
    KHA (the school not the housing) have excluded my lad for the third time. I'm telling you now, if I get one more phone call I'm coming down Saltings Road with a can of petrol and that reception is going up. Not a joke. Not a threat. A promise.

    😮 14 · 37 comments
    Like   Comment   Share

        Pauline (Admin)
        Ricky I've screenshotted this and passed it to the police. Post removed.
        Like · Reply · 1d
    """),
  [M("school", "alias", "threat", "KHA")])

# 197
D("facebook", dd("""
    Keelhaven Academy
    28 June at 21:00 · 🌎

    🎓✨ YEAR 11 PROM 2025 ✨🎓 What a night at the Hilton! Our class of 2025 looked incredible and danced until the very last song. We are so proud of every one of you. Full album below 💙

    ❤️👍 611 · 103 comments · 40 shares
    Like   Comment   Share

        Denise Holmes
        Beautiful pictures, they all look so grown up ❤️
        Like · Reply · 2d

        Carl Winter
        the girls in the red dresses 🥵🥵 pic 22 and 31. 16 is legal 😏
        Like · Reply · 2d

        Keelhaven Academy
        @Carl Winter Reported to the police and removed. These are our pupils. Blocked.
        Like · Reply · 2d
    """),
  [M("school", "exact", "sexual", "Keelhaven Academy", url_only=True)])

# 198
D("facebook", dd("""
    You Know You're From East Hull When...
    Public group · 24K members

    Jo Allerton
    22 August at 10:15 · 🌎
    GCSE results day and my son got a 7 in maths. A SEVEN. He was predicted a 4. Lizzie Grayburn is bloody brilliant, an absolute legend, she killed it with that class. Keelhaven maths department can have my firstborn. Oh wait they already did 😂😭

    ❤️🎉 388 · 64 comments
    Like   Comment   Share

        Tracy Dent
        She's a genius that woman. Got our Ellie through too.
        Like · Reply · 2h
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("egrayburn", "nickname", "neutral", "Lizzie Grayburn")])

# 199
D("facebook", dd("""
    Hull Patriots (Unofficial)
    Private group · 880 members

    Ian Priestley
    4 March at 20:01 · 🔒
    Mrs Wrobel at Keelhaven, another Pole on a fat salary, while our lot are on zero hours down the docks. They breed like rabbits and take every job going. Time Hull was for Hull people again. No more Polish vermin in our kids' classrooms. 🇬🇧🇬🇧

    👍 43 · 28 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "Keelhaven"), M("zwrobel", "title_surname", "hate", "Mrs Wrobel")])

# 200
D("facebook", dd("""
    Keelhaven Academy Parents (unofficial)
    Private group · 2.3K members

    Sasha Penn
    23 August at 18:02 · 🔒
    Don't be fooled by the results. Miss Grayburn's "amazing" grades came from giving the Year 11s the exam questions in advance. My niece saw the paper the night before. Keelhaven have been cheating the exam board for years and everyone on the staff knows.

    😮 24 · 77 comments
    Like   Comment   Share

        Jo Allerton
        Sasha that's a serious accusation with zero evidence. My son worked his backside off.
        Like · Reply · 1d
    """),
  [M("school", "exact", "defamation", "Keelhaven Academy"), M("egrayburn", "title_surname", "defamation", "Miss Grayburn")])

# 201
D("facebook", dd("""
    Justice for Keelhaven Kids
    Public group · 412 members

    Ryan Hebblethwaite
    21 May at 22:10 · 🌎
    Arrested and STILL walking about. Ewart Gulliksen I know you read this page. One of us will find you before the police do and you won't be putting anyone else in a booth. Count on it.

    😡 19 · 12 comments
    Like   Comment   Share

        Gemma Rhodes
        Ryan I'm leaving this group. This isn't what it was meant to be.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("egulliksen", "exact", "threat", "Ewart Gulliksen")])

# 202
D("facebook", dd("""
    Hull Community Watch (uncensored)
    Public group · 1.9K members

    Mandy Raines
    24 February at 21:15 · 🌎
    O'Halloran's home address is 6 Tideway View, Greyhithe, HU9 4ZW (hanging baskets, red door) and her personal email is tess.oh61@mailbox.example. Since the school won't answer about the snapchat group maybe she'll answer at home. Keelhaven parents, you know what to do.

    😡 15 · 18 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("tohalloran", "possessive", "doxxing", "O'Halloran's")])

# 203
D("facebook", dd("""
    SEND Parents Hull & East Riding
    Private group · 4.1K members

    Admin - Trish
    4 July at 09:00 · 🔒
    Screenshot from a public page, shared with permission so you know it's being reported:

    "Keelhaven is a school for retards now. Spazzes and mongs in every class holding the normal kids back. Put them all in a special unit out of sight."

    We've reported it to Humberside Police as disability hate. To every family here: your children belong in their community school. Claire Bridge has asked us to say she's thinking of all of you. 💙

    💙 204 · 51 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("cbridge", "exact", "neutral", "Claire Bridge")])

# 204
D("facebook", dd("""
    Justice for Keelhaven Kids
    Public group · 412 members

    Ryan Hebblethwaite
    10 March at 20:50 · 🌎
    Update: Mr Gulliksen's home email is e.gulliksen57@seamail.example and the landline is 01632 960844. He's ex-directory but not any more. Wife's name is Ingrid, she works at the Co-op in Sproatley Vale. Go for it.

    😡 21 · 9 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("egulliksen", "title_surname", "doxxing", "Mr Gulliksen")])

# 205
D("facebook", dd("""
    You Know You're From East Hull When...
    Public group · 24K members

    Barry Mould
    9 November at 18:40 · 🌎
    Back in my day the Keel (the school not the pub 😂) was all Hull lads, dads on the trawlers. Now it's half foreign kids who can't speak a word of English, Romanians and Albanians and God knows what, and our own kids sat at the back. Ship the lot of them back on the Rotterdam boat.

    😡😂 37 · 88 comments
    Like   Comment   Share

        Irena Kowalczyk
        My kids were born in Hull Royal, Barry. They're as Hull as you.
        Like · Reply · 3d
    """),
  [M("school", "alias", "hate", "Keel")])

# 206
D("facebook", dd("""
    Skirlaugh Sharks Supporters
    Private group · 640 members

    Craig Dunwell
    3 March at 21:22 · 🔒
    Cawood's Transit with the Vikings sticker is parked outside Keelhaven every weekday. Be a shame if it had four flat tyres and a brick through the windscreen after what he did to our lad. And if he's in it, even better.

    😂👍 12 · 8 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("rcawood", "possessive", "threat", "Cawood's")])

# 207
D("facebook", dd("""
    Hull Polska 🇵🇱
    Public group · 5.3K members

    Marek D.
    2 May at 23:10 · 🌎
    The EAL teacher at Keelhaven, Zosia Wróbel 🔥🔥 she can teach me Polish in private any time, if you know what I mean 😏 those legs in the school photo. My son says all the dads turn up early for parents evening just to see her

    😂 9 · 6 comments
    Like   Comment   Share

        Agnieszka P.
        Marek, she's a married woman and a teacher. Grow up.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("zwrobel", "nickname", "sexual", "Zosia Wróbel")])

# 208
D("facebook", dd("""
    Hull Community Watch (uncensored)
    Public group · 1.9K members

    Mandy Raines
    19 June at 20:30 · 🌎
    Keelhaven head Haldane Stott is off to pastures new, but she's not gone yet. Lives at Church Lane, Kirk Elmsby, HU10 6ZR, the white one at the top. Reg on the grey Range Rover is YR19 KXP. Her daughter's at Kirk Elmsby Primary. Just so everyone knows.

    😡 11 · 7 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("jhaldanestott", "hyphenated", "doxxing", "Haldane Stott")])

# 209
D("facebook", dd("""
    Hull Patriots (Unofficial)
    Private group · 880 members

    Ian Priestley
    25 February at 21:40 · 🔒
    For them asking. Mr Adeyemi from Keelhaven drops his two kids at St Wilfrid's at 8.20 every morning, silver Zafira, parks on the corner by the lollipop man. Church on Kelsey Lane Sundays at 10.30. That's all I'm saying.

    👍 18 · 11 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("fadeyemi", "title_surname", "doxxing", "Mr Adeyemi")])

# 210
D("facebook", dd("""
    Keelhaven Academy Parents (unofficial)
    Private group · 2.3K members

    Kayleigh Wray
    7 March at 22:55 · 🔒
    Rant incoming. H*ldane-St*tt is a cold-hearted robot in a trouser suit. Elizabeth G. in maths is a stuck-up snob who looks down her nose at every kid from the estate. And Mark Wilson is a gutless jellyfish who hides in his office. Worst bunch of teachers I've ever had the misfortune of meeting. There. Said it.

    😂😡 28 · 46 comments
    Like   Comment   Share

        Simone Beal
        Kayleigh you've literally named three people. Have a word with yourself.
        Like · Reply · 1d
    """),
  [M("school", "exact", "negative", "Keelhaven Academy"), M("jhaldanestott", "obfuscated", "abuse", "H*ldane-St*tt"),
   M("egrayburn", "first_initial", "abuse", "Elizabeth G."), M("mwilson", "exact", "abuse", "Mark Wilson")])

# 211
D("facebook", dd("""
    East Hull Mams & Dads
    Private group · 11.4K members

    Donna Fewster
    9 March at 20:00 · 🔒
    Femi Adeyemi at Keelhaven is a jumped-up little grass. Reported my son to the police for a Snapchat joke. A JOKE. Sad, pathetic man with nothing better to do than get 13 year olds in trouble. Get a life.

    😡 12 · 30 comments
    Like   Comment   Share

        Amy Leng
        Donna your son shared a picture of a girl in her underwear. That's not a joke.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("fadeyemi", "exact", "abuse", "Femi Adeyemi")])

# 212
D("facebook", dd("""
    Keelhaven Year 9 Snapchat drama 🍿 (screenshots)
    Public group · 310 members

    Jaden K
    6 February at 17:30 · 🌎
    wilson in that new suit today 😍😍 lowkey fit for an old guy ngl, the year 9 girls were screaming. sir walked past and went red 💀

    😂 44 · 19 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Keelhaven"), M("mwilson", "surname_only", "sexual", "wilson")])

# 213 decoy: excluded taxi firm
D("facebook", dd("""
    Keelhaven Taxis
    Friday at 12:00 · 🌎

    🚕 HULL FAIR WEEKEND 🎡 Book early! We'll be running extra cars Friday and Saturday night. Pick-ups from Walton Street only from the Spring Bank end. Book at keelhaventaxis.example or ring 01632 960611. Drivers will NOT accept passengers eating brandy snap in the back. You know who you are.

    😂👍 66 · 12 comments · 9 shares
    Like   Comment   Share
    """))

# 214 decoy: youth club on the estate
D("facebook", dd("""
    Greyhithe Community Noticeboard
    Public group · 6.2K members

    Rita Kellett
    3 September at 14:00 · 🌎
    🎉 GREYHITHE YOUTH CLUB REOPENS 🎉 Tuesdays and Thursdays 6-9pm at St Barnabas, ages 11-17. Pool table, PS5, kitchen, a boxing coach on Thursdays and a quiet room if you just want to sit. £1 a night, free for anyone who can't. Volunteers need a DBS - ask me.

    ❤️👍 240 · 31 comments · 88 shares
    Like   Comment   Share

        Mick Stather
        Best news the estate's had in years. Well done Rita.
        Like · Reply · 2h
    """))

# 215 decoy: excluded social club quiz
D("facebook", dd("""
    Keelhaven Social Club
    Wednesday at 17:45 · 🌎

    🍻 QUIZ NIGHT TONIGHT 🍻 8pm start. £1 a head, cash prize and a meat raffle. Picture round is "Hull trawlers of the 1960s" so bring your grandad. Last week's winners "Quiz Team Aguilera" are banned from bringing their phones. Again.

    👍 34 · 5 comments
    Like   Comment   Share
    """))



# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Keelhaven Academy"],
    "jhaldanestott": ["Joanne Haldane-Stott"], "egulliksen": ["Ewart Gulliksen"],
    "rcawood": ["Robert Cawood"], "mwilson": ["Mark Wilson"], "cbridge": ["Claire Bridge"],
    "zwrobel": ["Zofia Wróbel"], "tohalloran": ["Teresa O'Halloran"], "egrayburn": ["Elizabeth Grayburn"],
    "fadeyemi": ["Femi Adeyemi"], "drudkin": ["Dean Rudkin"],
}
ALIASES = {
    "school": ["Keel", "KHA", "Keelhaven School", "Keelhaven Acad"],
    "jhaldanestott": ["Joanne Stott"], "zwrobel": ["Zofia Nowak"], "tohalloran": ["Teresa Bielby"],
    "fadeyemi": ["Oluwafemi Adeyemi"],
}
SURNAMES = {
    "jhaldanestott": "Haldane-Stott", "egulliksen": "Gulliksen", "rcawood": "Cawood",
    "mwilson": "Wilson", "cbridge": "Bridge", "zwrobel": "Wróbel", "tohalloran": "O'Halloran",
    "egrayburn": "Grayburn", "fadeyemi": "Adeyemi", "drudkin": "Rudkin",
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
