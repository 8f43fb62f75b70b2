#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train52 labelled evaluation corpus for the repwatch matcher.

Setting
    Skelmoor Park Academy, an invented 11-18 academy (Trent & Sherwood Learning Trust)
    in Annesthorpe, an ex-mining town a few miles outside Mansfield, Nottinghamshire
    (estates and villages: Skelmoor, Hollin Bank, Nethergate). The school sits on the
    old Skelmoor Colliery site; the pit shut in 1993 and the 1984 strike still divides
    families (striking NUM men versus the UDM "scabs"). Published office number
    01632 960254; own site skelmoorpark.example. There is a Miners' Welfare, a Colliery
    Band, a boxing club run by a PE teacher, county-lines rumours on the estates, local
    papers, parents' Facebook groups, town forums, review sites and social media.
    School aliases: "Skelmoor Park", "SPA" (acronym shared with the Sherwood Paddlers
    Association and every spa in the county), "Skelmoor Academy", "Skel Park".
    "Skelmoor" alone is labelled short_name (it is also the estate, the old pit, the
    Welfare and the band).

Staff (watchlist ids and the variant traits they carry)
    gfoxtonhale    Gillian Foxton-Hale, Principal. Hyphenated double-barrelled surname
                   (written "Foxton Hale", "Foxton–Hale"); nickname "Gill"/"Jill";
                   alias "Gillian Hale" (name before marriage). Accused of favouring the
                   "posh" parents from the new-build estate.
    ctallentire    Corin Tallentire, Trust Business Manager. The unique name (counts
                   without school context). Alias "Cory Tallentire".
    rhemsley       Robert Hemsley, PE teacher who runs Annesthorpe ABC boxing club.
                   Nickname-able first name (Bob, Rob, Robbie).
    rdsouza        Renée D'Souza, Head of Sixth Form. Apostrophe and accent;
                   alias "Renée Pinto" (maiden name).
    mwilson        Mark Wilson, Head of Year 9. The very common name; namesakes (a
                   Mansfield councillor, a darts player, a plumber, a Derby vicar)
                   appear in decoys.
    dchapel        Dawn Chapel, Vice Principal and DSL. Surname (and first name) are
                   everyday words (the Methodist chapel, Chapel Street, dawn).
    emawby         Elizabeth Mawby, Head of Maths. Nickname-able (Liz, Lizzie, Beth).
    thussain       Tariq Hussain, Head of Science. Alias "Mr H" is not watched.
    knowak         Krystyna Nowak, EAL Coordinator. Alias "Krystyna Lewandowska"
                   (maiden name); nickname "Krysia".
    apritchard     Aled Pritchard, Head of Music. Alias "Al Pritchard".

Voices
    Chad-style local papers with comment threads, a regional daily, a schools trade
    paper, an ex-miners' heritage blog, a town gossip blog, a conspiracy blog, parents'
    Facebook groups ("Annesthorpe Mams & Dads", "Skelmoor Estate Community Page"),
    a town forum, a teachers' forum, a boxing forum, Google-style and employer reviews,
    X/TikTok/Instagram posts. East Midlands voice (ay up me duck, mardy, nesh, cob,
    jitty, mash the tea, it's looking black over Bill's mother's), strike-era grudges,
    slang, emoji, typos, sarcasm, dog whistles, veiled threats and insinuation.

Decoys
    Skelmoor Miners' Welfare, Skelmoor Colliery (and its band) and Skelmoor Tyres
    (all excluded), the Sherwood Paddlers Association and spas (SPA), Methodist chapels
    and Chapel Street, namesakes called Mark Wilson and Tariq Hussain clearly
    elsewhere, Annesthorpe, Hollin Bank and Nethergate news with no school in it, and
    neighbouring schools (Cragwell Academy in Nethergate, Hollin Bank Primary,
    Skelton Park Academy in Yorkshire).

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
    python3 tests/corpus_train52/build_train52.py
    Writes docs/, labels.jsonl and watchlist.toml beside this file (deterministically,
    replacing docs/), checks every labelled surface form occurs in its document and that
    no watched surname appears unlabelled, then prints a summary. Standard library only.
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
    "school", "gfoxtonhale", "ctallentire", "rhemsley", "rdsouza", "mwilson",
    "dchapel", "emawby", "thussain", "knowak", "apritchard",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["skelmoor park", "skelmoor academy", "skel park"],
    "gfoxtonhale": ["foxton"],
    "ctallentire": ["tallentire"],
    "rhemsley": ["hemsley"],
    "rdsouza": ["d'souza"],
    "emawby": ["mawby"],
    "knowak": ["nowak", "lewandowska"],
    "apritchard": ["pritchard"],
}
EXCLUDES = ["Skelmoor Miners' Welfare", "Skelmoor Colliery", "Skelmoor Tyres", "skelmoorwelfare.example"]

WATCHLIST = """\
# Watchlist for the invented Skelmoor Park Academy (train52 corpus). All names are fictional.
[school]
name = "Skelmoor Park Academy"
aliases = ["Skelmoor Park", "SPA", "Skelmoor Academy", "Skel Park"]
locality = ["Annesthorpe", "Skelmoor", "Hollin Bank", "Nethergate"]
own_domains = ["skelmoorpark.example"]
phones = ["01632 960254"]

[[staff]]
id = "gfoxtonhale"
name = "Gillian Foxton-Hale"
role = "Principal"
aliases = ["Gillian Hale"]
line_manager = "ceo@trentsherwoodtrust.example"

[[staff]]
id = "ctallentire"
name = "Corin Tallentire"
role = "Trust Business Manager"
aliases = ["Cory Tallentire"]
unique = true
line_manager = "ceo@trentsherwoodtrust.example"

[[staff]]
id = "rhemsley"
name = "Robert Hemsley"
role = "Teacher of PE"
line_manager = "pe.head@skelmoorpark.example"

[[staff]]
id = "rdsouza"
name = "Renée D'Souza"
role = "Head of Sixth Form"
aliases = ["Renée Pinto"]
line_manager = "principal@skelmoorpark.example"

[[staff]]
id = "mwilson"
name = "Mark Wilson"
role = "Head of Year 9"
line_manager = "vp.pastoral@skelmoorpark.example"

[[staff]]
id = "dchapel"
name = "Dawn Chapel"
role = "Vice Principal and Designated Safeguarding Lead"
line_manager = "principal@skelmoorpark.example"

[[staff]]
id = "emawby"
name = "Elizabeth Mawby"
role = "Head of Maths"
line_manager = "vp.curriculum@skelmoorpark.example"

[[staff]]
id = "thussain"
name = "Tariq Hussain"
role = "Head of Science"
line_manager = "vp.curriculum@skelmoorpark.example"

[[staff]]
id = "knowak"
name = "Krystyna Nowak"
role = "EAL Coordinator"
aliases = ["Krystyna Lewandowska"]
line_manager = "vp.pastoral@skelmoorpark.example"

[[staff]]
id = "apritchard"
name = "Aled Pritchard"
role = "Head of Music"
aliases = ["Al Pritchard"]
line_manager = "vp.curriculum@skelmoorpark.example"

[[exclude]]
text = "Skelmoor Miners' Welfare"

[[exclude]]
text = "Skelmoor Colliery"

[[exclude]]
text = "Skelmoor Tyres"

[[exclude]]
domain = "skelmoorwelfare.example"
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
    "chad": dict(
        name="Annesthorpe & Mansfield Chronicle", domain="amchronicle.example",
        nav=["News", "Sport", "Court", "What's On", "Nostalgia", "Jobs"],
        most=["Bus station toilets to reopen 'by summer'", "Stags fans warned over parking",
              "Pictures: Annesthorpe Gala returns", "Nostalgia: the last shift at the pit"],
        footer="Annesthorpe & Mansfield Chronicle is part of Sherwood Regional Media Ltd. Regulated by IPSO."),
    "post": dict(
        name="East Midlands Evening Post", domain="emeveningpost.example",
        nav=["Nottingham", "Notts", "Derbyshire", "Crime", "Education", "Opinion", "Sport"],
        most=["Tram extension plan shelved again", "Floods: roads closed near Newark",
              "Council tax to rise 4.99pc", "Forest boss speaks out"],
        footer="© East Midlands Evening Post. Contact us · Complaints · Corrections · Sitemap"),
    "schoolsweek": dict(
        name="Academy Leaders Weekly", domain="academyleaders.example",
        nav=["Trusts", "Ofsted", "Funding", "People", "Opinion"],
        most=["Trust mergers: the numbers", "Ofsted's new report cards explained",
              "Attendance crisis: what works", "People moves: January"],
        footer="Academy Leaders Weekly — news for trust and school leaders."),
    "freesheet": dict(
        name="Nethergate & Hollin Bank Voice", domain="nhbvoice.example",
        nav=["Home", "Community", "Schools", "Letters", "Sport", "Announcements"],
        most=["Letters: dog mess on the jitty again", "Welfare quiz night raises £600",
              "Hollin Bank allotments waiting list", "Bowls: Nethergate win the Shield"],
        footer="© The Voice, delivered free to 14,000 homes. Editorial: 01632 960812."),
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
    "town": dict(name="Annesthorpe Online", domain="annesthorpeonline.example", tag="Forums > Town talk",
                 footer="Annesthorpe Online · since 2004 · Views are the members' own. Mods: be nice or be gone."),
    "mums": dict(name="ParentTalk", domain="parenttalk.example", tag="Talk: Secondary education > State schools",
                 footer="ParentTalk Ltd · Talk guidelines · Report a post · Privacy"),
    "staffroom": dict(name="StaffroomTalk", domain="staffroomtalk.example", tag="Forums > Academies & MATs",
                      footer="StaffroomTalk — anonymous support for teachers. Posts are not checked before publication."),
    "boxing": dict(name="Ringside Midlands", domain="ringsidemidlands.example", tag="Forums > Amateur boxing > Clubs",
                   footer="Ringside Midlands · Amateur and pro boxing talk · Rules · Contact"),
    "pit": dict(name="Coalfield Memories", domain="coalfieldmemories.example", tag="Boards > Notts coalfield > Pits & people",
                footer="Coalfield Memories · keeping the history alive · run by ex-miners and families"),
    "teens": dict(name="TheStudentHub", domain="studenthub.example", tag="Forums > School life > Sixth form",
                  footer="TheStudentHub · Community guidelines · Safeguarding · Contact mods"),
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
    "heritage": dict(name="Black Diamonds", domain="blackdiamondsnotts.example", tagline="Memories of the Notts coalfield",
                     side=["About", "Pit index", "The strike", "Contact"]),
    "gossip": dict(name="Annesthorpe Uncovered", domain="annesthorpeuncovered.example", tagline="What the Chronicle won't print",
                   side=["About", "Tip us off", "Archive"]),
    "truth": dict(name="Sherwood Patriot", domain="sherwoodpatriot.example", tagline="Speaking for the forgotten towns",
                  side=["Donate", "Our mission", "Latest"]),
    "teacher": dict(name="Chalk Dust & Coal Dust", domain="chalkandcoal.example", tagline="A Notts teacher's notebook",
                    side=["About", "Teaching", "Rants"]),
    "mum": dict(name="Mam on the Edge", domain="mamontheedge.example", tagline="School runs, swimming lessons and strong tea",
                side=["About me", "School stuff", "Recipes", "Contact"]),
    "band": dict(name="Brass in the Blood", domain="brassintheblood.example", tagline="Brass band news from the East Midlands",
                 side=["Contests", "Bands A-Z", "About"]),
    "walks": dict(name="Sherwood Wanderer", domain="sherwoodwanderer.example", tagline="Footpaths, pit tips and pubs",
                  side=["Walks", "Pubs", "About"]),
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
    "chad", "Education", "Skelmoor Park Academy parents angry over 'two-tier' sixth form trip",
    "Families on the Skelmoor estate say they were priced out of a £1,400 New York visit while new-build parents got first dibs",
    "Kirsty Bagguley, Education Reporter", "14 November 2025",
    """
    Parents at Skelmoor Park Academy in Annesthorpe say the school is running a "two-tier system" after places on a sixth form trip to New York were allocated before many families had even been told it existed.

    The £1,400 trip, organised through the sixth form, was advertised in a letter dated 3 October. But several parents told the Chronicle that places had already been filled by the time the letter reached them.

    "It went round the Hollin Bank Meadows WhatsApp a week before we got anything," said one mother from the Skelmoor estate, who asked not to be named. "That's the new houses. The principal's always round there at their coffee mornings. Our kids get told the deadline's passed."

    ## 'No favouritism'

    Principal Gillian Foxton-Hale said allocation had been "first come, first served, strictly by the date forms were returned" and that a hardship fund had been offered to every family eligible for free school meals.

    "I understand why it feels unfair, and I'm sorry some letters went out late. There is no favouritism at this academy, and I'm happy to meet any parent who feels otherwise," she said.

    The academy, which has around 1,150 pupils and is part of the Trent & Sherwood Learning Trust, was rated Good at its last inspection.
    """,
    [("PitLane Pete", "14 Nov 2025, 18:22", "Same as it ever was. Them as has, gets. My dad said the same about the Coal Board."),
     ("Stacey M", "14 Nov 2025, 19:05", "My lad's in Y12 there and we never even got the letter. Mrs Foxton-Hale only cares about parents with a Range Rover on the drive, it's been obvious for years."),
     ("Jonno1984", "14 Nov 2025, 20:41", "New York?? We went to Skeggy for the day and were grateful 😂"),
     ("Annesthorpe Lass", "15 Nov 2025, 08:10", "To be fair the hardship fund paid for my daughter's place. Not everything's a conspiracy.")]),
  [M("school", "exact", "negative", "Skelmoor Park Academy"), M("gfoxtonhale", "exact", "negative", "Gillian Foxton-Hale")])

# 001
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Leanne Shacklock
    Yesterday at 21:47
    Ay up everyone, anyone else's kid come home saying Skelmoor Park have cancelled the Y9 parents evening AGAIN?? Third time. Mr Wilson said they'd "be in touch". Be in touch my a*** 🙄 I work nights, I arranged cover for tonight and everything

    😡👍 41 · 27 comments

        Donna Kirk
        Same here duck. Our Kayden's report says "working towards" in everything and nobody's rung me once.
        Like · Reply · 1d

        Gaz Whitt
        To be fair Mark Wilson came out to ours on his own time when our lad was struggling. Cracking bloke. It's the management not him.
        Like · Reply · 1d

        Leanne Shacklock
        @Gaz Whitt fair do's I'm not having a go at him personally, it's just a joke now
        Like · Reply · 1d
    """),
  [M("school", "alias", "negative", "Skelmoor Park"), M("mwilson", "exact", "negative", "Mark Wilson")])

# 002
D("social", dd("""
    Robbo 🥊 @robbo_nethergate

    ay up Hemsley from Skel Park just put three of our ABC lads through to the Notts finals 🥊🥊🥊 man's a legend, absolute weapon in the corner. proud of em

    8:14 PM · Oct 4, 2025 · 812 Views
    4 Reposts  36 Likes
    """),
  [M("school", "alias", "neutral", "Skel Park"), M("rhemsley", "surname_only", "neutral", "Hemsley")])

# 003 decoy: Miners' Welfare, excluded
D("facebook", dd("""
    Skelmoor Miners' Welfare
    3 October at 10:02 ·

    🎶 FRIDAY NIGHT 🎶
    Bingo from 7.30, meat raffle, and the Skelmoor Colliery Band are doing a short set before the turn. Bar open 6. Members £1 guests £2.
    Cobs and mushy peas in the back room from 6.30 while they last!!

    Don't forget the Sunday carvery is back, book on 01632 960533.

    👍❤️ 112 · 18 comments · 9 shares

        Pat Ollerton
        Is the tap room still shut for the new carpet?
        Like · Reply · 2d

        Skelmoor Miners' Welfare
        @Pat Ollerton open again Pat 👍
        Like · Reply · 2d
    """))

# 004
D("social", dd("""
    @nettygate_gal

    mrs mawby's face when half of set 1 got the simultaneous equations wrong 💀💀 she wasn't even mardy she was just disappointed which is WORSE. skel park maths dept stay winning tho honestly

    10:31 PM · Sep 30, 2025
    2 Reposts  88 Likes
    """),
  [M("school", "alias", "neutral", "skel park"), M("emawby", "title_surname", "neutral", "mrs mawby")])

# 005
D("news", news_page(
    "post", "Crime", "Man charged after threats to Mansfield-area school posted online",
    "Police say a 41-year-old has been charged with sending malicious communications",
    "Ravinder Gill, Crime Reporter", "2 December 2025",
    """
    A man has been charged after threats were made online against an academy near Mansfield and one of its senior staff.

    Nottinghamshire Police said the 41-year-old, from the Nethergate area, was arrested on Friday after officers were alerted to a series of posts on social media referring to Skelmoor Park Academy in Annesthorpe and its vice principal, Dawn Chapel.

    The posts, which have since been removed, included a message saying the school would "go up like the pit head did". Police said there was no evidence of any actual plan and that the school had remained open throughout.

    He has been charged with sending a malicious communication and is due to appear before Mansfield magistrates later this month.

    A spokesperson for the Trent & Sherwood Learning Trust said: "We are grateful to the police for acting so quickly. Mrs Chapel and the wider staff team have our full support."
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("dchapel", "exact", "neutral", "Dawn Chapel")])

# 006
D("social", dd("""
    Dale Revill @daler_1984

    Skelmoor Park Academy and that Chapel woman can expect a visit. I know where the staff car park is and I know when she leaves. Go up like the pit head did 🔥🔥 you've been warned

    11:58 PM · Nov 27, 2025 · 2,101 Views
    """),
  [M("school", "exact", "threat", "Skelmoor Park Academy"), M("dchapel", "surname_only", "threat", "Chapel")])

# 007 decoy: colliery band, excluded; Pritchard-free
D("blog", blog_page(
    "band", "Area contest: Skelmoor Colliery come home with a third", "Brass in the Blood", "9 March 2025",
    """
    What a day at the Area in Nottingham. Skelmoor Colliery, under their long-serving conductor Jim Ragsdale, put in a gutsy performance of the test piece and walked away with third place and the best soprano cornet prize for seventeen-year-old Ellie Broadhurst.

    The band has had a hard couple of years - the bandroom roof, the loss of two long-serving basses and the perennial struggle for youngsters. So to see them back in the frame was a proper lump-in-the-throat moment.

    ## The rest of the section

    Hucknall Town took the title with a stunning slow movement. Kirkstall Vale were unlucky, we thought. Full results below.
    """,
    [("BassTromBev", "9 Mar 2025 at 19:20", "Ellie was magic. That top D!"),
     ("Ex-Colliery Euph", "10 Mar 2025 at 08:02", "Proud of them. Thirty years I played in that band.")],
    tags=["Contests", "Area", "Notts"]))

# 008
D("review", dd("""
    Skelmoor Park Academy
    Secondary school · Colliery Road, Annesthorpe
    3.1 ★★★☆☆ (214 reviews)

    Tina Hardstaff
    2 reviews
    ★☆☆☆☆ a month ago
    Rang reception 01632 960254 five times about my daughter being bullied on the bus. Nobody rang back. When I finally got Mrs Chapel she said "we can't control what happens off site". Bus is the school's bus!!! Useless.
    👍 Helpful 23   Share

    Response from the owner · 3 weeks ago
    Hi Tina, we're sorry to hear this. Please email info@skelmoorpark.example and a member of the pastoral team will call you today.
    """),
  [M("school", "exact", "negative", "Skelmoor Park Academy"), M("dchapel", "title_surname", "negative", "Mrs Chapel")])

# 009
D("forum", forum_page("town", "Skelmoor Park - county lines?? (genuine question)", [
    ("worried_nan", "Member since 2012 · 331 posts", "Tue 7 Oct 2025, 19:12",
     """My grandson says there's older lads waiting by the jitty at the back of Skelmoor Park at home time giving out phones and "jobs". Is this county lines? Does the school know? I'm beside myself."""),
    ("Mod_Kev", "Moderator", "Tue 7 Oct 2025, 19:40",
     "Report it to police on 101 and tell the school. Please don't name kids on here."),
    ("BinMan_Barry", "Member since 2008 · 2,014 posts", "Tue 7 Oct 2025, 20:03",
     """Everyone on the estate knows it's going on. The school knows, trust me. Hemsley's boxing club is where half of them lads hang about and he turns a blind eye cause they're his best fighters. Funny how his club got a new ring out of nowhere."""),
    ("worried_nan", "Member since 2012 · 332 posts", "Tue 7 Oct 2025, 20:15",
     "Thank you Kev I'll ring them tomorrow."),
    ("Lou_H", "Member since 2019 · 57 posts", "Tue 7 Oct 2025, 21:30",
     "Barry that's a big thing to say about someone with nothing to back it up. Mr Hemsley got my lad off the streets."),
    ], thread_id=4410),
  [M("school", "alias", "negative", "Skelmoor Park"), M("rhemsley", "title_surname", "defamation", "Mr Hemsley")])

# 010 decoy: Mark Wilson namesake (councillor)
D("news", news_page(
    "chad", "Politics", "Councillor Mark Wilson calls for crackdown on off-road bikes",
    "Mansfield ward councillor says residents 'can't sleep' for scramblers on the old railway line",
    "Lee Spowage", "21 August 2025",
    """
    A Mansfield councillor has called for a crackdown on illegal off-road bikes after residents complained of scramblers tearing along the old railway line at all hours.

    Councillor Mark Wilson said he had received more than 60 complaints since June. "People can't sleep, kids can't play out, and somebody is going to get killed," he said.

    Police said they had seized four bikes this summer and would be running more patrols.
    """,
    [("Shirebrook Sue", "21 Aug 2025", "About time. They come down our back at 2am."),
     ("Fozzy", "22 Aug 2025", "Seize them and crush them. Simple.")]))

# 011
D("social", dd("""
    TikTok · @sixthform_skel · "day in the life: skelmoor park sixth form edition 📚☕"

    [caption] 7.45 bus, cob from the Greggs, Miss D'Souza telling us UCAS deadline is in 3 weeks for the 900th time 😭 love her tho she's the only reason i'm applying to uni #skelmoorpark #sixthform #notts

    ❤️ 1,204   💬 61

    comments:
    liv.xo: miss d'souza is the goat fr
    jaydenb_07: nah she gave me a detention for lanyard 😤
    """),
  [M("school", "alias", "neutral", "skelmoor park"), M("rdsouza", "title_surname", "neutral", "Miss D'Souza")])

# 012
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Shane Bonsall
    2 hrs ·
    Can SOMEONE tell me why my lad got isolation for saying "ay up" to a teacher. AY UP. That's how we talk round here. That Foxton Hale woman wants to turn the place into a grammar school for the new estate kids and make ours feel like muck. She's a snob and a joke.

    😡 67 · 43 comments

        Carol Fretwell
        Not being funny Shane but I heard it were "ay up dickhead" 😂
        Like · Reply · 1h

        Shane Bonsall
        @Carol Fretwell well he's not said that to me 😂 still
        Like · Reply · 1h
    """),
  [M("gfoxtonhale", "hyphenated", "abuse", "Foxton Hale")])

# 013
D("social", dd("""
    Kel 🌸 @kelly_annes

    just seen a fella in the Skelmoor Park car park with a bat shouting he'd "sort out that Paki science teacher" — police there now. absolutely disgusting, Mr Hussain is the kindest man going. hope they lock him up

    3:42 PM · Jun 12, 2025 · 6,880 Views
    """),
  [M("school", "alias", "neutral", "Skelmoor Park"), M("thussain", "title_surname", "neutral", "Mr Hussain")])

# 014
D("forum", forum_page("staffroom", "Leaving an academy in Notts - am I mad?", [
    ("ChalkyNotts", "Joined 2021 · 212 posts", "Sun 19 Oct 2025, 16:40",
     """Nine years at an 11-18 in a former pit town near Mansfield. Love the kids, love the town, hate what the trust has done to the place. Our business manager, Corin Tallentire, has cut TA hours to the bone while the trust office got a refit. Every meeting is "efficiencies". Principal does whatever she's told.

     Is it the same everywhere? Thinking of going supply."""),
    ("NQTNoMore", "Joined 2018 · 1,001 posts", "Sun 19 Oct 2025, 17:02",
     "It's everywhere mate. Trusts centralise money and call it strategy. Get out if it's making you ill."),
    ("ChalkyNotts", "Joined 2021 · 213 posts", "Sun 19 Oct 2025, 17:30",
     "Cheers. Tallentire's not a bad bloke to be fair, he's doing what the CEO wants. Still."),
    ], thread_id=9921),
  [M("ctallentire", "exact", "negative", "Corin Tallentire")])

# 015 decoy: SPA canoe club
D("social", dd("""
    Sherwood Paddlers (SPA) @sherwoodpaddlers

    Winter pool sessions start Tues 6pm at Nethergate Leisure Centre 🛶 Beginners welcome, all kit provided. SPA members £4, non-members £6. Nesh people: it's a heated pool, no excuses 😉

    9:00 AM · Oct 1, 2025
    """))

# 016
D("social", dd("""
    @gazzaB_mfd

    that hussain at skelmoor park shud go back where he came from. sick of em teaching our kids about ramadan n that in a pit town. our grandads dug coal for this country

    7:22 PM · Mar 3, 2025
    """),
  [M("school", "alias", "neutral", "skelmoor park"), M("thussain", "surname_only", "hate", "hussain")])

# 017
D("review", dd("""
    TeachReview › Employers › Trent & Sherwood Learning Trust › Skelmoor Park Academy

    ★★☆☆☆  "Great kids, frightened leadership"
    Former employee · Teacher · 2019-2024 · Annesthorpe

    Pros: The kids are cracking once they trust you. Maths and PE departments are tight teams. Elizabeth Mawby is the best head of department I've had anywhere.

    Cons: Senior team run everything on fear of Ofsted. Behaviour policy changes every half term. Workload is silly. No one from the trust has ever set foot in a classroom.

    Advice to management: Listen to the staff who've been here longer than you.
    """),
  [M("school", "exact", "negative", "Skelmoor Park Academy"), M("emawby", "exact", "neutral", "Elizabeth Mawby")])

# 018
D("social", dd("""
    Jodie 💅 @jodiee.x

    ngl mr hemsley in the boxing club vest is the only reason i go to PE 😍🥵 someone tell him im 18 in april lmaooo #skelpark

    4:10 PM · Jan 20, 2025
    """),
  [M("school", "hashtag", "neutral", "#skelpark"), M("rhemsley", "title_surname", "sexual", "mr hemsley")])

# 019
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Kerry-Anne Beardall
    14 September at 08:31
    Just wanna say a massive thank you to Mrs Nowak at Skelmoor Park Academy. My neighbour's little one came over from Romania in July with no English and she's sat with her every dinner time and even came round to help with the uniform forms. Not all heroes wear capes ❤️

    ❤️👍 288 · 34 comments

        Anita Cope
        She's lovely. Helped our Polish lodger's lad too.
        Like · Reply · 2d
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("knowak", "title_surname", "neutral", "Mrs Nowak")])

# 020
D("social", dd("""
    @ExMinersLad

    That N0wak woman at the academy wants sending back with the rest of em. Came here, took our jobs, now she's teaching our kids in Polish. Ay up, it's called England duck 🇬🇧🇬🇧

    6:40 PM · Sep 15, 2025
    """),
  [M("knowak", "leetspeak", "hate", "N0wak")])

# 021
D("news", news_page(
    "freesheet", "Community", "Pit memorial garden planted by academy pupils",
    "Year 8 students spent three weeks digging, planting and painting at the old lamp cabin site",
    "Voice reporter", "4 May 2025",
    """
    Pupils from Skelmoor Park Academy have planted a memorial garden on the site of the old lamp cabin, forty years after the end of the miners' strike.

    The Year 8 history group worked with members of the Skelmoor Miners' Welfare to research the 27 men who died at the pit between 1911 and 1993, and painted their names on a set of sleepers at the garden's edge.

    Teacher Aled Pritchard, whose Year 8 band also played at the opening, said: "Some of these kids' great-grandads are on that list. They got it, they really did."

    Former NUM branch secretary Les Hibbert, 81, cut the ribbon. "Forty year on and there's still families who won't speak over the strike," he said. "But today we was all on the same side."
    """,
    [("Margaret C", "4 May 2025", "Lovely. My dad's name is on there."),
     ("Tony W", "5 May 2025", "Would've been nice to hear from the lads who worked through an' all. History's written by one side round here."),
     ("Margaret C", "5 May 2025", "@Tony W not today Tony eh.")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("apritchard", "exact", "neutral", "Aled Pritchard")])

# 022
D("social", dd("""
    Cheryl ✨ @cheryl_hb

    Gill Foxton-Hale at the Hollin Bank Meadows summer fete again 🙄 never seen her on the Skelmoor estate once in three years. we know who she cares about

    2:15 PM · Jul 5, 2025
    """),
  [M("gfoxtonhale", "nickname", "negative", "Gill Foxton-Hale")])

# 023 decoy: locality only
D("forum", forum_page("town", "Annesthorpe market - what's happened to it?", [
    ("OldSkool_Annes", "Member since 2005", "Sat 8 Feb 2025, 10:20",
     "Went down the market this morning. Four stalls. FOUR. When I were a lad you couldn't move for folk on a Saturday. Pie stall, the cob lady, the record bloke."),
    ("Sal_Nethergate", "Member since 2010", "Sat 8 Feb 2025, 11:04",
     "Rents went up, that's what happened. Council wanted £60 a day for a pitch. Nobody can make that back."),
    ("Kev_the_Mod", "Moderator", "Sat 8 Feb 2025, 12:00",
     "There's a consultation on the town centre at the library on the 20th. Go and tell them."),
    ], thread_id=3302))

# 024
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Anonymous member
    3 hours ago
    Anyone know if that music teacher at the academy Pritchard still lives on Colliery Row? number 14 I think, the one with the blue door. His mobile is 07700 900482 if anyone wants to tell him what they think about him chucking my son out the band. NG89 3XT for them that want to pop round 👀

    👍 4 · 12 comments

        Admin - Julie P
        Post removed shortly. Do NOT share people's addresses on this page.
        Like · Reply · 2h
    """),
  [M("apritchard", "surname_only", "doxxing", "Pritchard")])

# 025
D("social", dd("""
    @annesthorpe_mam

    D'Souza told my daughter she's "not Russell Group material" in front of her mates. Who says that to a 16 yr old?? Head of Sixth Form my backside. Complaint going in Monday @SkelmoorParkAcademy

    9:02 PM · Feb 2, 2025
    """),
  [M("school", "handle", "negative", "@SkelmoorParkAcademy"), M("rdsouza", "surname_only", "negative", "D'Souza")])

# 026 decoy: Tariq Hussain namesake (cricket)
D("news", news_page(
    "post", "Sport", "Hussain hundred sees Carlton Forest into cup final",
    "Tariq Hussain's unbeaten 112 downs Derbyshire rivals",
    "Sports desk", "29 June 2025",
    """
    Tariq Hussain struck an unbeaten 112 as Carlton Forest CC booked their place in the Notts & Derby Cup final with a six-wicket win over Ilkeston Park.

    The 24-year-old opener, who works as a pharmacist in West Bridgford, hit four sixes and brought up his century with a reverse sweep. "I don't usually do that," he admitted. "The captain will have words."
    """))

# 027
D("social", dd("""
    Skelmoor Park Academy @SkelmoorParkAcademy

    Congratulations to our Year 11 brass group, led by Mr Pritchard, who performed alongside the colliery band at the Gala this afternoon 🎺🎶 Proud doesn't cover it. #SkelmoorPride

    5:30 PM · Jul 12, 2025
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("apritchard", "title_surname", "neutral", "Mr Pritchard")])

# 028
D("blog", blog_page(
    "gossip", "Who's paying for the trust's new Audis?", "Annesthorpe Uncovered", "12 January 2025",
    """
    Sources inside Skelmoor Park tell us that the trust's business manager turned up to the January INSET in a brand-new Audi. So did two other trust "directors". Meanwhile our kids are sharing textbooks and the science labs still have taps from 1978.

    Now we're not saying Tallentire is fiddling the books. We're just saying money is going somewhere, and it isn't on our kids. A little bird tells us the auditors asked some very awkward questions last summer and that certain invoices to a certain "consultancy" registered to a certain relative have quietly stopped.

    Draw your own conclusions, Annesthorpe.
    """,
    [("Skel_Mam", "12 Jan 2025 at 20:10", "Knew it!! Always the same"),
     ("A teacher", "13 Jan 2025 at 07:15", "The Audis are lease cars through a salary sacrifice scheme, any staff member can join it. Please check before posting stuff like this."),
     ("Truthseeker77", "13 Jan 2025 at 09:40", "@A teacher that's exactly what they WANT you to say")],
    tags=["Skelmoor Park", "Trust", "Money"]),
  [M("school", "alias", "negative", "Skelmoor Park"), M("ctallentire", "surname_only", "defamation", "Tallentire")])

# 029
D("social", dd("""
    Bex @bex_hollinbank

    Ms Mawby's revision sessions literally killed it this year — 9 in maths from a predicted 6 🥹😭 bloody brilliant woman. thank you skelmoor park x

    10:05 AM · Aug 21, 2025
    """),
  [M("school", "alias", "neutral", "skelmoor park"), M("emawby", "title_surname", "neutral", "Ms Mawby")])

# 030 decoy: Chapel Street, Methodist chapel, dawn
D("facebook", dd("""
    Nethergate Methodist Chapel
    Sunday at 14:11 ·

    Thank you to everyone who came to our Harvest service and to the dawn walk up the old pit tip on Saturday 🌅 The chapel on Chapel Street was packed for the first time in years. Tea and cake raised £340 for the foodbank.

    👍❤️ 54 · 6 comments
    """))

# 031
D("forum", forum_page("mums", "Sixth form in Mansfield area - Skelmoor Park or college?", [
    ("NottsMum22", "Joined 2022 · 19 posts", "Wed 5-Mar-25 20:11",
     "DD is deciding between the sixth form at Skelmoor Park Academy and the FE college in town. Anyone got experience of the sixth form? Her GCSE predictions are mostly 6s and 7s."),
    ("Hollin_Dad", "Joined 2017 · 390 posts", "Wed 5-Mar-25 20:40",
     """Son did A levels there, left in 2023. Small classes, which is good and bad. Head of sixth form Renée D'Souza is very organised, the UCAS support was excellent. Careers advice for apprenticeships less so."""),
    ("BusyBee_Notts", "Joined 2020 · 1,204 posts", "Wed 5-Mar-25 21:02",
     "College has more choice but you're a number. Depends on your DD really."),
    ], thread_id=5521),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("rdsouza", "exact", "neutral", "Renée D'Souza")])

# 032
D("social", dd("""
    @scab_hunter_84

    Wilson at the academy. Head of year. His grandad worked through in 84 and so did his dad. Scab family. Mark Wilson's kids should know what their name means round here. we don't forget and we don't forgive, watch yourself Mark 👀

    12:12 AM · Mar 6, 2025
    """),
  [M("mwilson", "exact", "threat", "Mark Wilson")])

# 033
D("review", dd("""
    Mumsnet-style Schools Directory — Skelmoor Park Academy, Annesthorpe

    ★★★★★ "They saw my son, not his diagnosis"
    Parent of a Year 8 pupil · October 2025

    My son is autistic and has an EHCP. Primary was a fight every day. At Skelmoor Park the SEN team met us three times before he started, his form tutor knows his triggers and Mr Wilson (his head of year) checks in every Friday. He's in the boxing club with Mr Hemsley now and actually has friends. I could cry.
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("mwilson", "title_surname", "neutral", "Mr Wilson"),
   M("rhemsley", "title_surname", "neutral", "Mr Hemsley")])

# 034
D("social", dd("""
    tea & toast ☕ @lizzie_fan_acc

    not me crying cos Liz Mawby is retiring next year?? she taught me, my mam AND my uncle at skelmoor academy. end of an era fr 😭

    7:07 PM · Nov 9, 2025
    """),
  [M("school", "alias", "neutral", "skelmoor academy"), M("emawby", "nickname", "neutral", "Liz Mawby")])

# 035
D("news", news_page(
    "schoolsweek", "People", "Trust business manager suspended pending investigation",
    "Trent & Sherwood Learning Trust confirms inquiry into procurement",
    "Naomi Archer", "17 March 2025",
    """
    The Trent & Sherwood Learning Trust has suspended its business manager while an investigation into procurement is carried out.

    Corin Tallentire, who has overseen the finances of the trust's five schools, including Skelmoor Park Academy in Annesthorpe, was suspended on full pay last week. The trust said an external firm of auditors had been appointed.

    "Suspension is not a disciplinary sanction and no conclusions have been reached," a trust spokesperson said. The Education and Skills Funding Agency has been informed.

    Mr Tallentire has been approached for comment.
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("ctallentire", "exact", "defamation", "Corin Tallentire")])

# 036
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Rachel Tomlinson
    2 October at 19:55
    Right I'm just gonna say it. Mrs Foxton-Hale is a stuck up cow who looks down her nose at every one of us. Spoke to me like I were something she'd trod in at the school gate. Useless snobby woman should go back to Surrey or wherever she's from

    😂😡 93 · 58 comments

        Mel Ward
        she's from Derby Rach 😂
        Like · Reply · 1d

        Rachel Tomlinson
        @Mel Ward same difference
        Like · Reply · 1d
    """),
  [M("gfoxtonhale", "title_surname", "abuse", "Mrs Foxton-Hale")])

# 037 decoy: Skelton Park Academy elsewhere
D("news", news_page(
    "post", "Education", "Skelton Park Academy celebrates 'outstanding' judgement",
    "Rotherham-border school hails staff and pupils after glowing inspection",
    "Education desk", "30 January 2025",
    """
    Skelton Park Academy, just over the Yorkshire border, has been judged outstanding in every area following its first full inspection since 2016.

    Headteacher Paul Greatorex praised "the most resilient young people in South Yorkshire" and said staff had "earned every word". Inspectors highlighted reading, attendance and a thriving Combined Cadet Force.
    """))

# 038
D("social", dd("""
    ⚒️ NUM Forever ⚒️ @redrobin_notts

    #SkelmoorParkAcademy letting Hemsley's boxing club use the gym for free while the rest of us pay £40 an hour for the sports hall. jobs for the boys as usual

    1:30 PM · Apr 14, 2025
    """),
  [M("school", "hashtag", "negative", "#SkelmoorParkAcademy"), M("rhemsley", "possessive", "negative", "Hemsley's")])
# 039
D("social", dd("""
    @notts_truth_teller

    F0xt0n-H4le n her posh mates on the governors are creaming off the pupil premium money for the new build kids. bet Ofsted never look. she wants jailing

    11:11 PM · Oct 22, 2025
    """),
  [M("gfoxtonhale", "leetspeak", "defamation", "F0xt0n-H4le")])

# 040
D("forum", forum_page("boxing", "Annesthorpe ABC - Bob Hemsley", [
    ("SouthpawSteve", "Joined 2015 · 880 posts", "Mon 10 Nov 2025, 18:44",
     """Anyone know Bob Hemsley's club in Annesthorpe? Thinking of sending my lad (14). Heard he's a PE teacher at the academy there so he's DBS'd and all that."""),
    ("OldPro_Dave", "Joined 2009 · 4,300 posts", "Mon 10 Nov 2025, 19:10",
     "Robbie's a good coach. Old school, hard but fair. Kids respect him. Had a couple of national champs through. Go for it."),
    ("Ringrat", "Joined 2020 · 112 posts", "Mon 10 Nov 2025, 19:55",
     "Sessions Mon Wed Fri 6-8 at the old Welfare gym. Subs are cheap. Bring a gumshield."),
    ], thread_id=7108),
  [M("rhemsley", "nickname", "neutral", "Bob Hemsley")])

# 041
D("social", dd("""
    mardy_bum_ @mardy_bum_

    ay up me duck, guess who got stopped in the jitty for a "random bag search" by Mr Wils0n again. i'm not even in his year 🙄 skel park stays weird

    3:33 PM · Mar 12, 2025
    """),
  [M("school", "alias", "negative", "skel park"), M("mwilson", "leetspeak", "negative", "Wils0n")])

# 042
D("facebook", dd("""
    Skelmoor Park Academy
    Official page · Education

    Skelmoor Park Academy
    19 September at 16:00 ·
    📣 OPEN EVENING 📣 Thursday 2 October, 5.30–8pm. Meet our Principal Mrs Foxton-Hale, tour the new science labs with Mr Hussain and hear from our sixth formers. Everyone welcome — from Skelmoor, Hollin Bank, Nethergate and beyond! Parking on Colliery Road. Queries: 01632 960254.

    👍❤️ 203 · 22 comments · 41 shares

        Jackie Stapleton
        Will there be a chance to talk to the SEN team?
        Like · Reply · 5d

        Skelmoor Park Academy
        @Jackie Stapleton yes, in the library all evening 😊
        Like · Reply · 5d
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("gfoxtonhale", "title_surname", "neutral", "Mrs Foxton-Hale"),
   M("thussain", "title_surname", "neutral", "Mr Hussain")])

# 043
D("social", dd("""
    @dinnerlady_deb

    Krystyna Lewandowska as she was when she started at the academy, now Krysia Nowak — only teacher I've ever known learn every kitchen staff name in a week. give her a pay rise

    12:40 PM · May 8, 2025
    """),
  [M("knowak", "alias", "neutral", "Krystyna Lewandowska")])

# 044 decoy: Mark Wilson darts
D("social", dd("""
    PDC Midlands Darts 🎯 @midlandsdarts

    Mark Wilson (Ilkeston) hits a 170 checkout to seal the Super League Midlands title!! 🎯🔥 What a finish from the 52-year-old bricklayer.

    10:45 PM · Feb 15, 2025
    """))

# 045
D("news", news_page(
    "chad", "Court", "Dad who threatened academy teacher is jailed",
    "Judge tells 38-year-old his messages were 'menacing and cruel'",
    "Court reporter", "7 October 2025",
    """
    A father who sent a string of threatening messages to a teacher at Skelmoor Park Academy has been jailed for 14 weeks.

    Craig Boot, 38, of Pit Lane, Nethergate, admitted sending messages of a menacing character to Head of Year Mark Wilson after his son was excluded in April.

    One message read: "I know your car, I know your kids' school." Another said Mr Wilson would "end up down the shaft".

    District Judge Alison Marsh told Boot: "Teachers are entitled to do their jobs without being terrorised. These messages were menacing and cruel." He was also given a five-year restraining order.

    In mitigation, the court heard Boot had been drinking heavily and was "deeply ashamed".
    """,
    [("Stuart P", "7 Oct 2025", "Good. Teachers put up with enough."),
     ("Jemma W", "7 Oct 2025", "Mr Wilson is a lovely man, my daughter adores him. Hope he's OK."),
     ("Big Al", "8 Oct 2025", "14 weeks, out in 7. Joke.")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("mwilson", "exact", "neutral", "Mark Wilson")])

# 045b
D("social", dd("""
    Notts Boxing News @nottsboxingnews

    Big night at Annesthorpe ABC. Coach Rob Hemsley's lightweight Tyler Bagshaw stopped his man in the 2nd. Kid throws a left hook like a mule kicks 🥊 #NottsBoxing

    9:51 PM · Nov 22, 2025
    """),
  [M("rhemsley", "nickname", "neutral", "Rob Hemsley")])

# 046
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Tracey Gent
    5 hrs ·
    WARNING to parents. The PE teacher at the academy who does the boxing, R. Hemsley. Been told by someone who knows that he's been messaging girls from the sixth form on snapchat late at night. Keep your daughters away from that club. Police should be looking at him.

    😮😡 112 · 76 comments

        Jill Duckmanton
        Tracey have you actually reported this or are you just posting it?
        Like · Reply · 4h

        Tracey Gent
        @Jill Duckmanton everybody knows Jill
        Like · Reply · 4h

        Admin - Julie P
        Turning comments off. If you have a safeguarding concern ring the school's DSL or 101. Not Facebook.
        Like · Reply · 3h
    """),
  [M("rhemsley", "initial_surname", "sexual", "R. Hemsley", True)])

# 047
D("social", dd("""
    @skelmoor_pitbull

    #SackFoxtonHale she's ruined that school. Skelmoor Park used to be ours, now it's a posh club for the new build lot

    8:00 PM · Nov 15, 2025 · 412 Views
    """),
  [M("school", "alias", "negative", "Skelmoor Park"), M("gfoxtonhale", "hashtag", "negative", "#SackFoxtonHale")])

# 048 decoy: Skelmoor Tyres excluded
D("review", dd("""
    Skelmoor Tyres
    Tyre shop · Pit Lane Industrial Estate
    4.8 ★★★★★ (356 reviews)

    Dean Cresswell
    ★★★★★ 2 weeks ago
    Came in with a nail in my tyre at 4.55 on a Friday, lads sorted it for a tenner and a brew. Proper old-fashioned service. Will be back for the MOT.

    Response from the owner
    Cheers Dean! - Skelmoor Tyres
    """))

# 049
D("blog", blog_page(
    "truth", "The Great Replacement comes to Annesthorpe", "Sherwood Patriot editor", "3 September 2025",
    """
    Forty years ago Thatcher shut our pits. Now the globalists are finishing the job on our schools.

    Walk into Skelmoor Park Academy today and who do you find running things? A Polish woman, K. N0wak, paid to teach the children of migrants in their own language. A head of science called Hussain who lets the prayer room take over the old staff room. The miners' grandchildren get sat at the back.

    We have nothing against anyone. But this is OUR town. It was built by OUR families, it was bled by OUR strike. Our kids deserve English teachers teaching English values. Write to the trust. Keep writing.
    """,
    [("Patriot_Paul", "3 Sep 2025 at 21:04", "Spot on. Send the lot back."),
     ("Disgusted of Hollin Bank", "4 Sep 2025 at 07:50", "Mrs Nowak helped my kids with their homework when I couldn't. You lot are vile.")],
    tags=["Schools", "Immigration", "Annesthorpe"]),
  [M("school", "exact", "hate", "Skelmoor Park Academy"), M("knowak", "title_surname", "hate", "Mrs Nowak"),
   M("thussain", "surname_only", "hate", "Hussain")])

# 050
D("social", dd("""
    Instagram

    skelmoorparksport
    Sports hall

    Y10 girls' football are COUNTY CHAMPIONS 🏆⚽ Big thanks to coaches Mr Hemsley and Miss Tagg. #SkelmoorParkSport #girlsfootball

    ❤️ 341

    gemma_rawson_ absolute scenes 😍 well done girls
    """),
  [M("school", "handle", "neutral", "skelmoorparksport"), M("rhemsley", "title_surname", "neutral", "Mr Hemsley")])

# 051
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Stevie Whyld
    Yesterday at 22:10
    Not one for posting but. Music teacher at the academy, Al Pritchard, is a total creep. Looks at our daughters funny at the Gala and keeps "private lessons" after school in that back room. I've heard things from more than one mam. Just saying keep an eye out.

    😮 89 · 61 comments

        Ange Hoole
        Stevie you can't write stuff like that with no proof. That man's done loads for the kids.
        Like · Reply · 20h
    """),
  [M("apritchard", "alias", "sexual", "Al Pritchard", True)])

# 052
D("review", dd("""
    Skelmoor Park Academy
    Secondary school · Colliery Road, Annesthorpe
    3.1 ★★★☆☆ (214 reviews)

    Michael Brailsford
    ★★★★★ 3 months ago
    Went to the Y7 transition evening. Honestly dead impressed. Mrs Chapel spoke brilliant about safeguarding and knew every kid's name that walked past. Canteen does a decent bacon cob an' all 😂
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("dchapel", "title_surname", "neutral", "Mrs Chapel")])

# 053
D("social", dd("""
    @ex_pupil_2009

    Aled Pritchard still at skel park?? that man got me through grade 5 trumpet and a broken home. legend. owe him everything

    6:20 PM · Jan 4, 2025
    """),
  [M("school", "alias", "neutral", "skel park"), M("apritchard", "exact", "neutral", "Aled Pritchard")])

# 054
D("news", news_page(
    "post", "Education", "Mansfield-area academy 'requires improvement' after inspectors raise behaviour concerns",
    "Skelmoor Park Academy downgraded from good",
    "Education desk", "11 June 2025",
    """
    An academy near Mansfield has been rated "requires improvement" after inspectors found that poor behaviour in corridors and at lunchtime was disrupting learning.

    Skelmoor Park Academy in Annesthorpe, which was previously rated good, was praised for its sixth form, its music provision and its work with pupils who speak English as an additional language.

    However, the report said leaders' "frequent changes" to the behaviour policy had left staff and pupils unclear about expectations, and that the proportion of pupils persistently absent was "too high".

    Principal Gillian Foxton-Hale said the academy "accepted the findings in full" and had "already begun a new behaviour approach with the support of families".
    """,
    [("Pit Pony", "11 Jun 2025", "Saw this coming. Corridors are like the Wild West."),
     ("Former Governor", "11 Jun 2025", "Sixth form and music are genuinely excellent. Shame that won't make the headlines."),
     ("AnnesDad", "12 Jun 2025", "She should resign. Been principal 4 years and it's got worse every one.")]),
  [M("school", "exact", "negative", "Skelmoor Park Academy"), M("gfoxtonhale", "exact", "negative", "Gillian Foxton-Hale")])

# 055
D("social", dd("""
    @kev_pit_top

    that Foxtоn-Hale wants her tyres doing. and her face. somebody round here will do it soon enough, she can't hide on the new estate forever 🔪

    1:02 AM · Jun 12, 2025
    """),
  [M("gfoxtonhale", "homoglyph", "threat", "Foxt\u043en-Hale")])

# 056 decoy: neighbouring school
D("facebook", dd("""
    Cragwell Academy, Nethergate
    Official page

    Cragwell Academy
    2 days ago
    Well done to our Year 7s who raised £412 for the Air Ambulance with their non-uniform day 🚁 Thank you Nethergate!

    👍 78
    """))

# 057
D("social", dd("""
    Ste 🇬🇧 @ste_mfd_

    Hussain is a terrorist sympathiser, everyone in Annesthorpe knows it. Skelmoor Park Academy employing a muzzie to teach our kids science, you couldn't make it up. Ramadan fundraisers and no poppy at assembly. #HussainOut

    9:15 PM · Nov 10, 2025
    """),
  [M("school", "exact", "hate", "Skelmoor Park Academy"), M("thussain", "surname_only", "hate", "Hussain")])

# 058
D("social", dd("""
    Annesthorpe Against Hate @aahnotts

    We've seen the vile posts about Mr Hussain at Skelmoor Park Academy — "terrorist", "muzzie", the lot. We are reporting every single one. Tariq Hussain has taught this town's kids for 12 years. Stand with him 💚

    10:02 AM · Nov 11, 2025
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("thussain", "exact", "neutral", "Tariq Hussain")])

# 059
D("forum", forum_page("teens", "Skelmoor Park sixth form - worth staying?", [
    ("ay_up_its_me", "Joined Sep 2024 · 44 posts", "Thu 13 Mar 2025, 21:02",
     "Y11 at skelmoor park academy, thinking of staying for a levels. the sixth form block is nice but idk. anyone there now?"),
    ("chem_queen", "Joined Jan 2023 · 410 posts", "Thu 13 Mar 2025, 21:20",
     "Y13 there. Chem and maths are good. Mrs D'Souza sorts your UCAS like a drill sergeant lol. Only downside is you still see the same faces you've seen since y7."),
    ("ay_up_its_me", "Joined Sep 2024 · 45 posts", "Thu 13 Mar 2025, 21:41",
     "ty!! that's useful"),
    ], thread_id=8832),
  [M("school", "exact", "neutral", "skelmoor park academy"), M("rdsouza", "title_surname", "neutral", "Mrs D'Souza")])

# 060
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Anonymous member
    1 hour ago
    That Chapel woman from the academy that got my nephew excluded. She lives 27 Sandhill Rise on the new estate, silver Qashqai. Personal email dawnchapel62@mailbox.example. Let her know what you think of her 👍

    👍 12 · 31 comments
    """),
  [M("dchapel", "surname_only", "doxxing", "Chapel")])

# 061
D("social", dd("""
    @y13_skel

    wilson's been off 3 weeks and they've had a different supply every day. y9 are feral 😭 skelmoor park pls sort it

    2:02 PM · Feb 10, 2025
    """),
  [M("school", "alias", "negative", "skelmoor park"), M("mwilson", "possessive", "negative", "wilson's")])

# 062
D("blog", blog_page(
    "heritage", "Skelmoor, 1984: the lamp room and the picket line", "Les Hibbert", "6 March 2024",
    """
    Forty years ago this week the men at our pit came out. Not all of them, and that's the wound that's never healed.

    I were on the picket at the top gate on the first morning. Frost on the cobbles, a brazier from an oil drum, and lads I'd worked with for twenty years walking past me with their snap tins. Some of them had their heads down. Some of them didn't.

    ## What's left

    There's nothing of the pit now but the memorial wheel and the Welfare. Where the screens were there's a school - Skelmoor Park Academy - and last year their Year 8s did us proud with the memorial garden. Young Mr Pritchard there brought his brass kids down and they played Gresford. There weren't a dry eye.

    But forty year on, there's still families in this town where brothers won't share a pint. I don't know if I'll live to see that end.
    """,
    [("Jean H", "6 Mar 2024 at 20:11", "My dad were on that picket too Les. Thank you for writing this."),
     ("Tony W", "7 Mar 2024 at 09:05", "There were two sides. Some of us had mortgages and babies. We weren't scabs, we were scared."),
     ("Les Hibbert", "7 Mar 2024 at 10:20", "I know Tony. I know.")],
    tags=["1984", "Strike", "Skelmoor"]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("apritchard", "title_surname", "neutral", "Mr Pritchard")])

# 063
D("social", dd("""
    @corin_watch

    Corin Tallentire spotted at the Belfry again. Third golf weekend this term. On whose money? #TrustFat

    4:45 PM · May 17, 2025
    """),
  [M("ctallentire", "exact", "negative", "Corin Tallentire")])

# 064 decoy: different Corin
D("review", dd("""
    Corin's Cobs & Coffee
    Café · Market Place, Southwell
    4.7 ★★★★★

    ★★★★★ Sandra P · 1 week ago
    Corin makes the best cheese and onion cob in Notts. Lovely little place, very dog friendly.
    """))

# 065
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Nicola Heathcote
    Yesterday at 18:02
    So Mrs D. Chapel, "Vice Principal", thinks it's fine for my son to be sat in isolation all day for not having the right shoes. Shoes were £40 from Clarks, they just aren't the "approved" ones. We're on universal credit. Complaint in to the trust. Skelmoor Park Academy should be ashamed.

    😡 74 · 39 comments
    """),
  [M("school", "exact", "negative", "Skelmoor Park Academy"), M("dchapel", "initial_surname", "negative", "D. Chapel")])

# 066
D("social", dd("""
    Trent & Sherwood Learning Trust @TSLTrust

    Welcome to our new EAL lead across the trust, Krystyna Nowak, who joins from Skelmoor Park Academy where she built one of the best EAL programmes in the county 🎉

    9:00 AM · Sep 1, 2025
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("knowak", "exact", "neutral", "Krystyna Nowak")])

# 067
D("social", dd("""
    @lad_from_hollin

    the boxing fella hemsley should be sacked, slapped a lad in the changing rooms, my mate saw it. skelmoor park covering it up like always

    8:30 PM · Apr 29, 2025
    """),
  [M("school", "alias", "defamation", "skelmoor park"), M("rhemsley", "surname_only", "defamation", "hemsley")])

# 068
D("facebook", dd("""
    Hollin Bank Meadows Residents
    Private group · 640 members

    Olivia Pennington-Smythe
    3 days ago
    Just to say Gillian (Mrs Foxton-Hale) was at our book club on Tuesday — she's been wonderful with Hugo's transition from prep. Honestly the academy is so much better than people on the estate make out 😊 Any parents interested in joining the PTA, PM me!

    ❤️ 22 · 5 comments
    """),
  [M("gfoxtonhale", "title_surname", "neutral", "Mrs Foxton-Hale")])

# 069
D("social", dd("""
    @skel_y11_official

    mrs mawby being a nesh queen with the heater on full blast in june 😂 love her tho. maths with mawby > anything

    11:50 AM · Jun 19, 2025
    """),
  [M("emawby", "title_surname", "neutral", "mrs mawby")])

# 070
D("news", news_page(
    "freesheet", "Schools", "Colliery Band and academy pupils in Christmas concert",
    "Tickets for the Welfare event sold out in a day",
    "Voice reporter", "28 November 2025",
    """
    The Skelmoor Colliery Band will be joined by pupils from Skelmoor Park Academy for a Christmas concert at the Skelmoor Miners' Welfare on 18 December.

    Head of Music Aled Pritchard said the pupils had been rehearsing since October. "Some of them have grandparents in the band. It's lovely to see the generations together."

    The concert is in aid of the Welfare's roof appeal. Tickets sold out in under 24 hours.
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("apritchard", "exact", "neutral", "Aled Pritchard")])

# 071
D("social", dd("""
    @bigmal_notts

    D'S0uza ya thick paki cow, stop stopping our kids getting on courses cos they're white. its racism against us

    6:12 PM · Aug 14, 2025
    """),
  [M("rdsouza", "leetspeak", "hate", "D'S0uza")])

# 072
D("review", dd("""
    RateMyTeacherUK › Skelmoor Park Academy › Mr T. Hussain (Science)

    ★★★★★ "Best teacher in the school"
    Makes chemistry actually make sense. Strict but fair. Will stay after school for anyone.

    ★☆☆☆☆ "too many homeworks"
    he gives 2 homeworks a week and shouts at u if u forget ur goggles

    ★★★★☆ "good"
    Funny sometimes. Does demos with fire.
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("thussain", "initial_surname", "neutral", "T. Hussain")])

# 073
D("social", dd("""
    @jitty_joker

    m i l f alert: M a w b y in the new hairdo today. maths never looked so good 😏😏 #skelpark

    9:45 AM · Oct 6, 2025
    """),
  [M("school", "hashtag", "neutral", "#skelpark"), M("emawby", "spacing", "sexual", "M a w b y")])

# 074 decoy: locality only, county lines news
D("news", news_page(
    "chad", "Crime", "Three arrested in county lines raids across Nethergate and Hollin Bank",
    "Police seize cash, phones and crack cocaine",
    "Crime desk", "18 September 2025",
    """
    Three men have been arrested after dawn raids on addresses in Nethergate and Hollin Bank as part of an operation against a county lines network supplying drugs from Nottingham into Annesthorpe.

    Officers seized about £8,000 in cash, six mobile phones and a quantity of what is believed to be crack cocaine. Detective Inspector Karen Wragg said young people were being "groomed and exploited" to run drugs and urged parents to look out for unexplained phones, cash or new clothes.
    """,
    [("Mam of 3", "18 Sep 2025", "Good. It's been going on by the Welfare for months."),
     ("Gaz", "18 Sep 2025", "Arrest the big fish not the kids.")]))
# 075
D("news", news_page(
    "post", "Education", "Teacher arrested over claims linked to school boxing club",
    "Nottinghamshire Police confirm a man in his forties has been released under investigation",
    "Ravinder Gill, Crime Reporter", "4 December 2025",
    """
    A PE teacher at an academy near Mansfield has been arrested following allegations connected to an after-school boxing club, police have confirmed.

    The Evening Post understands the man is Robert Hemsley, who teaches at Skelmoor Park Academy in Annesthorpe and runs a well-known amateur boxing club in the town.

    Nottinghamshire Police said a man in his forties had been arrested on suspicion of assault and released under investigation. The force would not give further details.

    The Trent & Sherwood Learning Trust said the teacher had been suspended, which it described as "a neutral act", and that the Local Authority Designated Officer had been informed.

    ## Club 'devastated'

    A statement on behalf of Annesthorpe ABC said members were "devastated" and that the club would continue to run under a different head coach while the investigation continues.

    Parents contacted by the Post were divided. "He's been brilliant with my son," said one. Another said she had "always had a bad feeling about the way he shouts at them".
    """,
    [("Mick from Nethergate", "4 Dec 2025, 17:20", "Innocent until proven guilty. Man's done more for this town than any councillor."),
     ("Ruth B", "4 Dec 2025, 17:45", "Let the police do their job. No comments about the kids please."),
     ("SouthpawSteve", "4 Dec 2025, 18:30", "Trained with Bob for 20 years. Don't believe a word of it.")]),
  [M("school", "exact", "negative", "Skelmoor Park Academy"), M("rhemsley", "exact", "defamation", "Robert Hemsley")])

# 076
D("forum", forum_page("town", "The Hemsley thing", [
    ("Kev_the_Mod", "Moderator", "Thu 4 Dec 2025, 19:00",
     """Pinning this. The Post has named the teacher. Nobody on this forum is to speculate about what he did or didn't do, or name any kids. Threads that do will be binned."""),
    ("BinMan_Barry", "Member since 2008 · 2,101 posts", "Thu 4 Dec 2025, 19:12",
     "Told you lot months ago. Nobody listened."),
    ("Lou_H", "Member since 2019 · 71 posts", "Thu 4 Dec 2025, 19:30",
     "Barry you said he was running drugs through his club. Now it's assault. Make your mind up."),
    ("PitLane Pete", "Member since 2006 · 5,822 posts", "Thu 4 Dec 2025, 20:02",
     "If he's done it he should swing for it. If he hasn't, some folk on here owe him an apology. Either way Skelmoor's handled it like a bag of spanners, parents found out off Facebook."),
    ], thread_id=5123),
  [M("school", "short_name", "negative", "Skelmoor"), M("rhemsley", "surname_only", "defamation", "Hemsley")])

# 077
D("blog", blog_page(
    "teacher", "On being called a 'scab' by a thirteen-year-old", "Chalk Dust & Coal Dust", "22 January 2025",
    """
    It happened in period 5, which is when everything happens.

    A lad in Year 9 - lovely lad, usually - called a classmate a scab. Not as a joke. He meant it the way his grandad means it. The other lad's great-grandfather had worked through the strike in 1984. Neither of them was born within thirty years of it.

    I teach in a former pit town outside Mansfield. I won't name the school, though anyone local will know. What I've learned in six years is that 1984 is not history here. It is a live wire under the carpet.

    ## What we did

    Our head of year handled it beautifully. He sat both boys down, with both sets of grandparents' stories written out on paper, and got them to read each other's. One of the grandads came in the following week and talked to the class.

    I'm not naive. That didn't fix anything. But it was the best pastoral work I've seen in my career.
    """,
    [("Jean H", "22 Jan 2025 at 19:40", "Lovely piece. My family's still split over it."),
     ("NQT_in_Notts", "23 Jan 2025 at 07:12", "Saving this. Thank you.")],
    tags=["Teaching", "1984", "Pastoral"]))

# 078
D("review", dd("""
    TeachReview › Employers › Trent & Sherwood Learning Trust

    ★☆☆☆☆  "The trust office eats the schools' money"
    Current employee · Support staff · Annesthorpe

    Pros: Colleagues at the school level are lovely.
    Cons: The central team is bloated. Corin T. signs off consultancy after consultancy while TAs are made redundant. Nobody can get a straight answer on where the GAG pooling goes.
    Advice to management: Publish the accounts in plain English.
    """),
  [M("ctallentire", "first_initial", "negative", "Corin T.")])

# 079
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Dawn Eyre
    4 hours ago
    Just seen the news about the boxing teacher. Whatever's happened, PLEASE don't share that post going round with his address and his wife's car reg. His kids live there. That's not justice that's a mob.

    ❤️👍 203 · 44 comments

        Sam Lowe
        Agreed. Leave it to the police.
        Like · Reply · 3h
    """))

# 080
D("social", dd("""
    @annesthorpe_kicksoff

    Hemsley lives on Orchard Drive, Hollin Bank, no. 9, mobile 07700 900317. pop round and ask him about the boxing club 😉 #SkelmoorPark

    10:14 PM · Dec 4, 2025
    """),
  [M("school", "hashtag", "neutral", "#SkelmoorPark"), M("rhemsley", "surname_only", "doxxing", "Hemsley")])

# 081
D("news", news_page(
    "schoolsweek", "Trusts", "Five-school Notts trust posts £1.2m deficit",
    "Trent & Sherwood Learning Trust blames energy costs and falling rolls",
    "Naomi Archer", "3 February 2025",
    """
    The Trent & Sherwood Learning Trust, which runs five schools in the Mansfield area, has reported a deficit of £1.2 million for the last financial year.

    Accounts filed at Companies House show the trust's central costs rose by 14 per cent while income was broadly flat. The trust's largest school, Skelmoor Park Academy, saw its roll fall by 60 pupils.

    In the accounts, trust business manager Corin Tallentire wrote that "a programme of efficiencies" would return the trust to balance within two years, including "a review of support staff structures".

    Unions said the review amounted to "redundancies by the back door".
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("ctallentire", "exact", "negative", "Corin Tallentire")])

# 082
D("forum", forum_page("staffroom", "TAs being cut at our academy - union advice?", [
    ("TA_Notts_Mam", "Joined 2025 · 3 posts", "Tue 11 Feb 2025, 19:02",
     """We've been told 8 of 19 TA posts at Skelmoor Park are going. Trust business manager came in to tell us himself. Tallentire didn't even look up from his iPad. Anyone been through this? Is there anything the union can do?"""),
    ("UnisonRep_EMids", "Joined 2014 · 2,201 posts", "Tue 11 Feb 2025, 19:30",
     "Yes. Collective consultation applies at that number. Contact your branch tomorrow, ask for the business case in writing."),
    ("ChalkyNotts", "Joined 2021 · 240 posts", "Tue 11 Feb 2025, 20:11",
     "Solidarity. We're losing ours too. Same trust."),
    ], thread_id=6611),
  [M("school", "alias", "negative", "Skelmoor Park"), M("ctallentire", "surname_only", "negative", "Tallentire")])

# 083
D("social", dd("""
    @skel_mam_of_4

    how is it that the Hale woman's favourite parents get their kids in top sets and ours don't? Gillian Hale as she was at Ripley — did the same there, ask anyone

    7:40 PM · Sep 9, 2025
    """),
  [M("gfoxtonhale", "alias", "negative", "Gillian Hale")])

# 084 decoy: Wilson plumber
D("review", dd("""
    M. Wilson Plumbing & Heating
    Plumber · Kirkby-in-Ashfield
    4.9 ★★★★★ (88 reviews)

    ★★★★★ Jo R · 2 months ago
    Mark Wilson came out on Christmas Eve when our boiler packed in. Sorted in an hour and didn't charge a call-out. Diamond.
    """))

# 085
D("social", dd("""
    @pitbrow_lass

    Ms Ch@pel putting my daughter on report for "attitude" when she was literally crying about her nan. zero empathy. skelmoor park academy is a prison

    4:04 PM · Nov 3, 2025
    """),
  [M("school", "exact", "negative", "skelmoor park academy"), M("dchapel", "obfuscated", "negative", "Ch@pel")])

# 086
D("blog", blog_page(
    "gossip", "Principal's pals on the new estate: the WhatsApp", "Annesthorpe Uncovered", "20 October 2025",
    """
    A reader has sent us screenshots from the "Meadows Mums" WhatsApp, and well. Well well well.

    > [02/10/2025, 21:14] Olivia: Gill says Hugo's definitely going into set 1 for maths, she's had a word x
    > [02/10/2025, 21:15] Hattie: omg amazing, did she say anything about the NY trip? x
    > [02/10/2025, 21:17] Olivia: places are ours if we get forms in by Friday, before the letters go out 🤫

    So there you have it, Annesthorpe. Gillian Foxton-Hale, principal of Skelmoor Park Academy, apparently handing out top-set places and trip spots over the prosecco. We've asked the trust for a comment. We won't hold our breath.

    Forty years since the strike and it's still one rule for them and another for us.
    """,
    [("Shane B", "20 Oct 2025 at 21:50", "Told ya. TOLD YA."),
     ("A. Parent", "21 Oct 2025 at 08:02", "These could be faked in two minutes. Be careful."),
     ("Skel_Mam", "21 Oct 2025 at 12:11", "She needs to go. Today.")],
    tags=["Skelmoor Park", "Principal", "Favouritism"]),
  [M("school", "exact", "defamation", "Skelmoor Park Academy"), M("gfoxtonhale", "exact", "defamation", "Gillian Foxton-Hale")])

# 087
D("social", dd("""
    𝕁𝕒𝕪𝕕𝕖𝕟 @jaydn_0o7

    Mrs D'Souza is so fit omg i'd let her mark my coursework anytime 😩😩 sixth form perks fr

    11:11 PM · Jan 28, 2025
    """),
  [M("rdsouza", "title_surname", "sexual", "Mrs D'Souza")])

# 088
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Wayne Brough
    Yesterday at 19:04
    Lads from the academy (Skel Park) have been kicking off on the jitty behind the Co-op every night. Coppers came twice. Nobody from the school cares once they're out the gates.

    😡 38 · 22 comments

        Lindsey M
        Ring the school Wayne, Mr Wilson the head of year 9 does come out, he came to ours about the same thing
        Like · Reply · 1d
    """),
  [M("school", "alias", "negative", "Skel Park"), M("mwilson", "title_surname", "neutral", "Mr Wilson")])

# 089
D("social", dd("""
    @brassbandbecky

    Skelmoor Park Academy's Al Pritchard conducting the massed brass at the Gala 🎺 shivers. proper bloody brilliant

    3:20 PM · Jul 12, 2025
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("apritchard", "alias", "neutral", "Al Pritchard")])

# 090 decoy: spa
D("review", dd("""
    Sherwood Springs Hotel & SPA
    Hotel · near Edwinstowe
    4.3 ★★★★☆

    ★★★★☆ Karen L · 3 weeks ago
    Lovely spa day with my sister. Pool was a bit nesh if I'm honest, but the massage was heaven and the afternoon tea was massive. Staff lovely.
    """))

# 091
D("news", news_page(
    "chad", "Education", "Pupils walk out in protest at new uniform rules",
    "Around 200 Skelmoor Park students gathered on the field",
    "Kirsty Bagguley, Education Reporter", "10 September 2025",
    """
    Around 200 pupils at Skelmoor Park Academy walked out of lessons on Tuesday in protest at new uniform rules which they say unfairly target families who cannot afford branded items.

    Videos shared on social media showed students chanting on the school field. One sign read "SKINT NOT SCRUFFY".

    Vice principal Dawn Chapel told the Chronicle the rules had been "misunderstood" and that any family struggling with costs could get free uniform from the academy's swap shop. "We will listen to our students. We won't accept lessons being disrupted," she said.

    Several parents told the Chronicle the academy should have consulted families first.
    """,
    [("Gran Mavis", "10 Sep 2025", "Good on them kids. Chip off the old block, their great-grandads stood on picket lines."),
     ("PitLane Pete", "10 Sep 2025", "Bloody hell, it's 1984 all over again 😂"),
     ("Nadine T", "10 Sep 2025", "Dawn Chapel is a disgrace. Her and her posh uniform.")]),
  [M("school", "exact", "negative", "Skelmoor Park Academy"), M("dchapel", "exact", "negative", "Dawn Chapel")])

# 092
D("social", dd("""
    TikTok · @strike_walkout_skel · "SKINT NOT SCRUFFY ✊" · #skelmoorparkacademy #walkout #notts

    [video: pupils chanting on a field]
    comments:
    nikkii.b: tell chapel to get lost 😂😂
    mikeyy_t: ur all getting isolation tmrw lol
    """),
  [M("school", "hashtag", "negative", "#skelmoorparkacademy"), M("dchapel", "surname_only", "negative", "chapel")])

# 093
D("forum", forum_page("pit", "Skelmoor pit - my grandad's lamp number", [
    ("Geoff_Rainworth", "Member since 2011", "Sat 15 Mar 2025, 10:00",
     "Trying to trace my grandad's lamp check number, he was at Skelmoor from 1952 to 1979. Anyone know where the records ended up?"),
    ("Les Hibbert", "Member since 2009", "Sat 15 Mar 2025, 11:12",
     "Geoff, the Welfare holds a box of lamp checks and some of the NCB ledgers. Ask for Pat on a Thursday afternoon. Some stuff also went to the county archives."),
    ("Geoff_Rainworth", "Member since 2011", "Sat 15 Mar 2025, 12:40",
     "Cheers Les, much obliged. I'll pop in Thursday."),
    ], thread_id=2201))

# 094
D("review", dd("""
    Skelmoor Park Academy
    Secondary school · Colliery Road, Annesthorpe
    3.1 ★★★☆☆ (214 reviews)

    Kayleigh Dobb
    ★★☆☆☆ 1 week ago
    Teachers mostly fine, but the head of year 9 (Wilson) lost my daughter's coursework and then told her it was her fault. Took 3 weeks to sort. Communication shocking.
    """),
  [M("school", "exact", "negative", "Skelmoor Park Academy"), M("mwilson", "surname_only", "negative", "Wilson")])

# 095
D("social", dd("""
    @proper_notts_lad

    nowak's lot have took over the whole of Hollin Bank. polish shops, polish church, now polish teachers at the academy. wake up Annesthorpe 🇬🇧

    8:12 PM · Apr 2, 2025
    """),
  [M("knowak", "surname_only", "hate", "nowak")])

# 096
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Gemma Baines
    13 March at 20:20
    This is for the person who wrote "gyppo scum" on Mrs Nowak's car in the academy car park. She was helping a traveller family get their kids into school. Writing that about anybody is disgusting and I hope the police find you.

    ❤️ 156 · 29 comments
    """),
  [M("knowak", "title_surname", "neutral", "Mrs Nowak")])

# 097
D("social", dd("""
    @traveller_free_notts

    academy lets the gyppos in from the site on Pit Lane and k.nowak fast tracks them into year 7 ahead of local kids. pikeys and poles, that's skel park now

    9:02 PM · Mar 12, 2025
    """),
  [M("school", "alias", "hate", "skel park"), M("knowak", "initial_surname", "hate", "k.nowak")])

# 098 decoy: Annesthorpe news no school
D("news", news_page(
    "freesheet", "Community", "Welfare bowls club celebrates 100 years",
    "Members mark centenary with a match against the colliery's old rivals",
    "Voice reporter", "20 July 2025",
    """
    Annesthorpe Welfare Bowls Club marked its centenary on Saturday with a match against Nethergate, the old rivals from the neighbouring pit.

    Founded in 1925 by miners paying a penny a week, the club still plays on the green laid by the colliery company. Captain Brenda Scothern, 74, said: "There's been a few ding-dongs over the years, I'll not lie. But it's the best green in Notts."
    """))

# 099
D("social", dd("""
    @annes_dad_77

    Mr Hussain just rang to say my lad got 8s in all three sciences in his mocks. Grown man nearly crying in the Co-op car park. Skelmoor Park Academy you've done us proud ❤️

    1:15 PM · Feb 20, 2025
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("thussain", "title_surname", "neutral", "Mr Hussain")])

# 100
D("blog", blog_page(
    "mum", "Year 7 survival diary: week one at the big school", "Mam on the Edge", "8 September 2025",
    """
    Well. She's done it. Five days at Skelmoor Park and nobody has lost a shoe, a tie or their will to live. Only a PE kit, which was on the bus, which is the bus company's problem now.

    Highlights: the canteen does pizza on a Friday, the maths teacher (Mrs Mawby) "is strict but makes you laugh", and there's a boxing club that she wants to join, which I have vetoed until she's at least thirteen and can be trusted not to practise on her brother.

    Lowlights: the homework app. Who designed this app. Come to my house. I want words.
    """,
    [("Sarah in Nethergate", "8 Sep 2025 at 20:04", "The homework app is CURSED 😂"),
     ("Mam on the Edge", "8 Sep 2025 at 20:30", "Glad it's not just me x")],
    tags=["Year 7", "Big school", "Skelmoor Park"]),
  [M("school", "alias", "neutral", "Skelmoor Park"), M("emawby", "title_surname", "neutral", "Mrs Mawby")])

# 101
D("social", dd("""
    @sixthformskel

    RemoveRenéeDSouza trending on the skel park sixth form group chat cos she cancelled prom for vaping in the toilets 💀 petition's on 300

    4:44 PM · May 20, 2025
    """),
  [M("school", "alias", "neutral", "skel park"), M("rdsouza", "camelcase", "negative", "RemoveRenéeDSouza")])

# 102
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Darren Cutts
    2 days ago
    Message for Tallentire. You've cut my missus's job after 14 year. We know where you park your flash car at the trust offices. Keep looking over your shoulder pal, there's a lot of us and we've got long memories round here. Ask the scabs.

    😡 22 · 18 comments
    """),
  [M("ctallentire", "surname_only", "threat", "Tallentire")])

# 103
D("social", dd("""
    @sherwood_rovers_fc

    Massive thanks to Rob Hemsley and the academy lads for the sponsored run 🏃 £1,100 for the under-12s kit fund!

    5:55 PM · Apr 6, 2025
    """),
  [M("rhemsley", "nickname", "neutral", "Rob Hemsley")])

# 104
D("review", dd("""
    Ofsted Parent View-style comments (unofficial aggregator) · Skelmoor Park Academy

    "My son feels safe. Mrs Chapel sorted a bullying problem in one day." — Parent, Y8
    "Too many supply teachers in science this year." — Parent, Y10
    "Music and sixth form are excellent. Behaviour in corridors needs work." — Parent, Y12
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("dchapel", "title_surname", "neutral", "Mrs Chapel")])
# 105
D("news", news_page(
    "chad", "News", "Police investigate 'sickening' threats against academy vice principal",
    "Messages posted after walkout said staff member 'should be strung up'",
    "Lee Spowage", "16 September 2025",
    """
    Police are investigating after a string of threatening messages were posted online about the vice principal of Skelmoor Park Academy following last week's pupil walkout.

    The posts, on a local Facebook page, referred to Dawn Chapel by name and included one saying she "should be strung up from the pit wheel". Another gave the name of the street where she was believed to live.

    The Trent & Sherwood Learning Trust said it was "appalled". "Nobody should have to go to work afraid. Mrs Chapel has dedicated her career to the young people of this town," a spokesperson said.

    Nottinghamshire Police said enquiries were ongoing and urged anyone with information to call 101.

    ## 'Not who we are'

    Annesthorpe town councillor Jean Hardy said the messages were "not who we are". "You can disagree with a uniform policy. You do not threaten a woman's life over it."
    """,
    [("Gran Mavis", "16 Sep 2025", "Disgusting. Whoever wrote that wants locking up."),
     ("Anon", "16 Sep 2025", "Shouldn't have made them kids feel like dirt then."),
     ("Kirsty L", "17 Sep 2025", "@Anon nothing justifies that and you know it.")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("dchapel", "exact", "neutral", "Dawn Chapel")])

# 106
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Anonymous member
    14 September at 23:40
    That D. Ch4pel from the academy should be strung up from the pit wheel for what she's done to our kids. Lives off Sandhill Rise. Somebody will, mark my words.

    👍 9 · 41 comments
    """),
  [M("dchapel", "leetspeak", "threat", "D. Ch4pel")])

# 107
D("forum", forum_page("mums", "Academy won't deal with racist bullying - what next?", [
    ("Mama_Asha", "Joined 2024 · 7 posts", "Mon 3-Feb-25 21:10",
     """My son (Y8) is one of only a handful of black kids at Skelmoor Park Academy. He's been called the n-word on the bus three times this half term. We've reported each one. Head of year said they "spoke to the boys". Nothing changes.

     His science teacher Mr Hussain is the only one who seems to get it - he sat with him at lunch after the last one. I want to go further. Ofsted? Police? The trust?"""),
    ("Ex_DSL", "Joined 2016 · 2,890 posts", "Mon 3-Feb-25 21:40",
     "Put it in writing to the principal and the DSL, ask for the school's racist incident log entry, and yes you can report racially aggravated harassment to police. Then the trust complaints policy. I'm so sorry."),
    ("Mama_Asha", "Joined 2024 · 8 posts", "Mon 3-Feb-25 22:02",
     "Thank you. Writing it tonight."),
    ], thread_id=6001),
  [M("school", "exact", "negative", "Skelmoor Park Academy"), M("thussain", "title_surname", "neutral", "Mr Hussain")])

# 108
D("social", dd("""
    @nottsdad_rant

    PSA: corin.tallentire@fastmail.example is his personal email and he's at 4 Beeches Court, Southwell NG87 6PJ. Tell the trust's hatchet man what you think of 40 TA redundancies

    9:00 PM · Feb 13, 2025
    """),
  [M("ctallentire", "exact", "doxxing", "corin.tallentire")])

# 109
D("news", news_page(
    "post", "Education", "Sixth form head 'racially abused' at academy gates, police say",
    "Man, 52, charged with racially aggravated public order offence",
    "Education desk", "3 July 2025",
    """
    A man has been charged after the head of sixth form at an Annesthorpe academy was racially abused at the school gates.

    Police said the 52-year-old shouted abuse at Renée D'Souza, head of sixth form at Skelmoor Park Academy, as she supervised pupils leaving on 27 June. He has been charged with a racially aggravated public order offence.

    Pupils who witnessed the incident described it as "horrible". One Year 12 student said: "She just stood there and kept us behind her. She's amazing."

    The academy said it would not comment further while proceedings were active.
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("rdsouza", "exact", "neutral", "Renée D'Souza")])

# 110
D("social", dd("""
    Instagram · annesthorpe_abc_boxing

    Huge congrats to coach R0bbie H3msley on 25 years of coaching at the club 🥊🏆 From the Welfare gym to the nationals. #AnnesthorpeABC

    ❤️ 519
    """),
  [M("rhemsley", "leetspeak", "neutral", "H3msley")])

# 111
D("blog", blog_page(
    "truth", "Why is an academy teacher running a 'boxing' club full of dealers?", "Sherwood Patriot editor", "30 November 2025",
    """
    Everybody in Annesthorpe knows the old Welfare gym after dark. Everybody knows the lads in the black Golf who pull up outside at eight. And everybody knows whose club it is.

    Bob Hemsley, PE teacher at Skelmoor Park Academy, has run that club for twenty-five years. In that time, we are told by three separate sources, at least four of his "fighters" have been arrested for supplying class A drugs on the county line from Nottingham. Coincidence? The Patriot doesn't believe in coincidences.

    We say: who is paying for the new ring, the new bags, the trips to Sheffield? Not subs at £2 a session, that's for sure.

    Hemsley, you have questions to answer.
    """,
    [("Nethergate Nan", "30 Nov 2025 at 22:10", "That man kept my grandson OUT of gangs. You should be ashamed."),
     ("Patriot_Paul", "1 Dec 2025 at 07:00", "Follow the money 👀")],
    tags=["Crime", "Schools", "County lines"]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("rhemsley", "nickname", "defamation", "Bob Hemsley")])

# 112
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Louise Straw
    2 November at 09:12
    Can I just say, Mrs Mawby at the academy is a fat useless cow who couldn't teach a dog to sit. My daughter's been in her set two years and still can't do fractions. Should've retired ten year ago 🤬

    😂😡 31 · 26 comments

        Jo Hickling
        Bit harsh Lou, she got my two through.
        Like · Reply · 1d
    """),
  [M("emawby", "title_surname", "abuse", "Mrs Mawby")])

# 113
D("social", dd("""
    @y10_anon_skel

    tariq hussain at skelmoor park proper bullies the quiet kids in chemistry. calls them thick in front of everyone. someone needs to record him

    5:15 PM · Mar 21, 2025
    """),
  [M("school", "alias", "negative", "skelmoor park"), M("thussain", "exact", "negative", "tariq hussain")])

# 114
D("forum", forum_page("boxing", "Annesthorpe ABC coach arrested?", [
    ("Ringrat", "Joined 2020 · 140 posts", "Thu 4 Dec 2025, 18:00",
     "Just seen on the Post. Hemsley arrested. Anyone know the craic?"),
    ("OldPro_Dave", "Joined 2009 · 4,400 posts", "Thu 4 Dec 2025, 18:20",
     "Let the process run. Robbie's coached hundreds of kids with no complaint I've ever heard of. Don't be spreading muck."),
    ("Ringrat", "Joined 2020 · 141 posts", "Thu 4 Dec 2025, 18:31",
     "Fair enough, wasn't trying to."),
    ("Bagshaw_Sr", "Joined 2023 · 12 posts", "Thu 4 Dec 2025, 19:00",
     "Whatever's happened, my lad's lost his coach. Kids'll suffer."),
    ], thread_id=7299),
  [M("rhemsley", "surname_only", "defamation", "Hemsley")])

# 115
D("social", dd("""
    @gobby_gary

    Foxton-Hale's a lying snobby old witch and everyone on the Skelmoor estate knows it. wouldnt trust her to run a bath let alone a school

    10:10 PM · Oct 22, 2025
    """),
  [M("gfoxtonhale", "possessive", "abuse", "Foxton-Hale's")])

# 116
D("news", news_page(
    "chad", "Nostalgia", "Then and now: from Skelmoor pit top to the academy playing field",
    "Our nostalgia series visits the site of one of the district's biggest collieries",
    "Dennis Froggatt", "1 March 2025",
    """
    At its peak in 1962, 2,300 men worked at Skelmoor Colliery. The headstocks could be seen from Mansfield market place on a clear day, and the pit buzzer set the rhythm of the town.

    Today the site is home to Skelmoor Park Academy, whose playing fields cover the old stocking ground and whose car park sits roughly where the pithead baths stood.

    ## Divided by the strike

    The pit was one of the most bitterly split during the 1984-85 strike. Around a third of the men stayed out all year; the rest drifted back or worked throughout, many later joining the breakaway Union of Democratic Mineworkers.

    "You'd have brothers on different sides of the gate," recalls Les Hibbert, 81, the NUM branch secretary at the time. "Mothers wouldn't speak to daughters-in-law. Some of that's still going on in this town, forty year later."

    The pit closed in 1993. The Skelmoor Miners' Welfare and the Skelmoor Colliery Band carry on the name.
    """,
    [("Tony W", "1 Mar 2025", "My father worked through and had his windows put in. I was nine. Nobody ever tells that side."),
     ("Jean H", "1 Mar 2025", "And my dad went without for a year so yours could keep a job at the end of it, Tony. Both things are true.")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy")])

# 117
D("social", dd("""
    @hollinbank_harry

    Remember the name A l e d  P r i t c h a r d. Welsh nonce hiding in a Notts school band room. get him out of our town before somebody does it for you

    11:48 PM · Nov 30, 2025
    """),
  [M("apritchard", "spacing", "threat", "A l e d  P r i t c h a r d")])

# 118 decoy: Wilson vicar
D("news", news_page(
    "post", "Derbyshire", "Derby vicar's marathon for church roof",
    "Rev Mark Wilson to run London in a dog collar",
    "Features desk", "10 April 2025",
    """
    The Rev Mark Wilson, vicar of St Alkmund's in Derby, will run the London Marathon in a dog collar to raise money for his church's crumbling roof.

    "I'm 58 and built for comfort not speed," he said. "But the roof won't fix itself."
    """))

# 119
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Admin - Julie P
    Pinned · 3 days ago
    I've had to remove 14 posts this week about teachers at the academy. Calling Mr Hussain a "terrorist" or Mrs Nowak a "dirty immigrant" is NOT free speech, it's hate and it gets reported to police. You can complain about a school without being racist. Last warning.

    👍❤️ 188 · 40 comments
    """),
  [M("thussain", "title_surname", "neutral", "Mr Hussain"), M("knowak", "title_surname", "neutral", "Mrs Nowak")])

# 120
D("review", dd("""
    TeachReview › Employers › Skelmoor Park Academy

    ★★★★☆  "Hard school, brilliant team"
    Current employee · Teacher · Annesthorpe

    Pros: Head of Maths Liz Mawby runs the best department in the trust. Proper support for new teachers. Kids are funny and honest.
    Cons: Behaviour is hard work. SLT can be remote.
    Advice to management: Come and teach a Year 9 class on a Friday afternoon.
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("emawby", "nickname", "neutral", "Liz Mawby")])

# 121
D("social", dd("""
    ShaunB @shaunb_ne

    Mr Wilsom at Skel Park knows exactly what he did to my son and he'll pay for it. I don't care if I go down for it. Sleep well Mark

    2:02 AM · Apr 30, 2025
    """),
  [M("school", "alias", "neutral", "Skel Park"), M("mwilson", "typo", "threat", "Wilsom")])

# 122
D("blog", blog_page(
    "walks", "Skelmoor tip to the Hollin Bank reservoir: a pit heritage walk", "Sherwood Wanderer", "14 April 2025",
    """
    Park at the Welfare (ask nicely, they're good about it) and head up the jitty beside the bowls green. In ten minutes you're on top of the old Skelmoor tip, now grassed over and full of skylarks.

    From the top you can see the whole story of the town: the memorial wheel, the terraces of Colliery Row, the new-build estate on the old railway sidings and, down in the hollow, the new school buildings on the pit site.

    Drop down past the reservoir (nesh in April, don't paddle) and finish at the Miner's Arms in Hollin Bank. Cob and a pint for under a tenner. Bliss.
    """,
    [("Geoff_Rainworth", "15 Apr 2025 at 10:02", "Did this on Sunday, grand walk.")],
    tags=["Walks", "Pit heritage", "Annesthorpe"]))

# 123
D("social", dd("""
    @ms_pritchard_fan_club

    not mr pritchard playing the trumpet solo at the concert 😍🎺 welsh accent + brass = game over. sorry not sorry #skelmoorpark

    8:40 PM · Dec 18, 2025
    """),
  [M("school", "hashtag", "neutral", "#skelmoorpark"), M("apritchard", "title_surname", "sexual", "mr pritchard")])

# 124
D("news", news_page(
    "chad", "Education", "Academy principal hits back at 'favouritism' claims",
    "Gillian Foxton-Hale says WhatsApp screenshots are 'fabricated'",
    "Kirsty Bagguley, Education Reporter", "24 October 2025",
    """
    The principal of Skelmoor Park Academy has said screenshots circulating online which appear to show her promising parents top-set places are "fabricated".

    Gillian Foxton-Hale said she had "never discussed a child's set with any parent socially" and that the trust had reported the images to police. "I understand there is real anger in parts of our community about fairness. I share it. That is why I find this so upsetting," she said.

    The images were first published on a local gossip blog. The Chronicle has not been able to verify them.

    A trust spokesperson said an independent review of the New York trip allocation would report before Christmas.
    """,
    [("Stacey M", "24 Oct 2025, 18:00", "She would say that wouldn't she."),
     ("Former Governor", "24 Oct 2025, 18:30", "Anyone who's used a fake WhatsApp generator knows how easy this is. Shame on that blog.")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("gfoxtonhale", "exact", "neutral", "Gillian Foxton-Hale")])

# 125
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Paula Spencer
    22 October at 20:11
    Foxton-Hale lives at The Old Vicarage, Church Lane, Hollin Bank. Her mobile is 07700 900918. Seeing as she won't answer emails about my daughter's place on the trip maybe she'll answer that 👍

    😮 17 · 33 comments

        Admin - Sue K
        Deleting in 5 mins Paula, you can't post that.
        Like · Reply · 1d
    """),
  [M("gfoxtonhale", "surname_only", "doxxing", "Foxton-Hale")])

# 126
D("forum", forum_page("teens", "is it weird to fancy a teacher (asking for a friend)", [
    ("lilac_rain", "Joined 2024 · 88 posts", "Fri 7 Nov 2025, 22:10",
     "ok so my friend (y13) thinks mr pritchard the music teacher is really fit and she's joined the brass group just to see him 💀 is that weird"),
    ("the_voice_of_reason", "Joined 2019 · 3,005 posts", "Fri 7 Nov 2025, 22:15",
     "totally normal to have a crush, totally not ok to act on it. he's an adult and your teacher. enjoy the brass group lol"),
    ("lilac_rain", "Joined 2024 · 89 posts", "Fri 7 Nov 2025, 22:18",
     "lmao ok i'll tell her"),
    ], thread_id=9102),
  [M("apritchard", "title_surname", "sexual", "mr pritchard")])

# 127
D("social", dd("""
    @sheffield_stu

    Mark Wilson is the best ref in the Sheffield Sunday league, change my mind 🙌

    11:02 AM · Jan 12, 2025
    """))

# 128
D("social", dd("""
    @skelmoor_mam_22

    so the vice principal D Chapel has been "signed off" for a month. everyone knows she's under investigation for covering up the bus bullying. #SkelmoorParkAcademy coverup

    7:30 PM · Oct 2, 2025
    """),
  [M("school", "hashtag", "defamation", "#SkelmoorParkAcademy"), M("dchapel", "initial_surname", "defamation", "D Chapel")])

# 129
D("blog", blog_page(
    "gossip", "The Nowak files: what the academy isn't telling you", "Annesthorpe Uncovered", "6 May 2025",
    """
    A source tells us that Krystyna Nowak, EAL coordinator at Skelmoor Park, has been claiming overtime for "home visits" that never happened. Two families we spoke to say they've never had a visit at all.

    We asked the trust whether any investigation is under way. They said they "do not comment on staffing matters". Which, as any fule kno, means yes.
    """,
    [("Hollin Bank Mum", "6 May 2025 at 20:00", "She came to us three times. This is lies."),
     ("Anon", "6 May 2025 at 21:00", "No smoke without fire.")],
    tags=["Skelmoor Park", "Money"]),
  [M("school", "alias", "defamation", "Skelmoor Park"), M("knowak", "exact", "defamation", "Krystyna Nowak")])

# 130
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Tash Yates
    5 June at 21:30
    OMG Mrs D'Souza absolutely SMASHED the sixth form charity boxing night, she took on Mr Hemsley in the ring and knocked him clean over 😂😂 never seen the hall so loud. Skelmoor Park at its best!!

    😂❤️ 402 · 67 comments
    """),
  [M("school", "alias", "neutral", "Skelmoor Park"), M("rdsouza", "title_surname", "neutral", "Mrs D'Souza"),
   M("rhemsley", "title_surname", "neutral", "Mr Hemsley")])

# 131
D("review", dd("""
    Skelmoor Park Academy
    Secondary school · Colliery Road, Annesthorpe
    3.1 ★★★☆☆ (214 reviews)

    Bradley Sissons
    ★☆☆☆☆ 4 days ago
    Absolute joke. Principal Gillian Foxton–Hale is a coward who hides in her office and sends her Vice to do her dirty work. Thick as mince, the lot of them.
    """),
  [M("school", "exact", "abuse", "Skelmoor Park Academy"), M("gfoxtonhale", "hyphenated", "abuse", "Gillian Foxton–Hale")])

# 132
D("news", news_page(
    "freesheet", "Schools", "Academy EAL team wins county award",
    "Krystyna Nowak praised for 'transforming' welcome for new arrivals",
    "Voice reporter", "19 June 2025",
    """
    The English as an Additional Language team at Skelmoor Park Academy has won the county's Inclusion Award.

    EAL coordinator Krystyna Nowak, who arrived in Annesthorpe from Gdańsk in 2006, built a "buddy" scheme pairing new arrivals with older pupils and runs Saturday sessions for parents at Hollin Bank library.

    "When I arrived nobody could say my name and I couldn't say 'cob'," she laughed. "Now I say 'ay up me duck' like everybody else."
    """,
    [("Anita Cope", "19 Jun 2025", "Well deserved!!"),
     ("Tony W", "20 Jun 2025", "Good for her. Nice to read something positive.")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("knowak", "exact", "neutral", "Krystyna Nowak")])

# 133
D("social", dd("""
    @realnottsmam

    how is renee d'souza allowed near kids, shes a wrong un. ask what happened at her last school and why she left quick. they always cover for their own

    10:50 PM · Aug 30, 2025
    """),
  [M("rdsouza", "exact", "defamation", "renee d'souza")])

# 134
D("forum", forum_page("town", "Academy teacher threats - enough is enough", [
    ("Kev_the_Mod", "Moderator", "Wed 17 Sep 2025, 08:00",
     """Several of you have asked why threads about the Skelmoor Park walkout got deleted. It's because people were posting things like "that Chapel woman wants stringing up". That's a threat, it's against the law, and we've passed details to the police. Carry on discussing uniform, leave the threats at home."""),
    ("Gran Mavis", "Member since 2007 · 1,203 posts", "Wed 17 Sep 2025, 08:40",
     "Quite right Kev. Mrs Chapel taught my grandson to read when he was ten. She doesn't deserve any of this."),
    ("PitLane Pete", "Member since 2006 · 5,900 posts", "Wed 17 Sep 2025, 09:10",
     "Agree. Free speech isn't threatening women."),
    ], thread_id=5190),
  [M("school", "alias", "neutral", "Skelmoor Park"), M("dchapel", "title_surname", "neutral", "Mrs Chapel")])

# 135
D("social", dd("""
    @notts_lads_united

    #PritchardTheNonce everybody share. Skelmoor Park Academy music teacher. kids not safe. pass it on

    12:30 AM · Dec 1, 2025
    """),
  [M("school", "exact", "sexual", "Skelmoor Park Academy", True), M("apritchard", "hashtag", "sexual", "#PritchardTheNonce", True)])

# 136
D("facebook", dd("""
    Hollin Bank Meadows Residents
    Private group · 640 members

    Hattie Greaves
    2 days ago
    Sad to see the awful things being said about Gillian F. online. She's a brilliant principal and the people slagging her off are just bitter. Some of those estate families wouldn't know a good school if it hit them.

    ❤️ 19 · 8 comments
    """),
  [M("gfoxtonhale", "first_initial", "neutral", "Gillian F.")])

# 137
D("social", dd("""
    @annesthorpe_news_hub

    BREAKING: Trust confirms @SkelmoorPark teacher suspended amid police inquiry. More to follow.

    4:02 PM · Dec 4, 2025
    """),
  [M("school", "handle", "negative", "@SkelmoorPark")])

# 138
D("news", news_page(
    "post", "Crime", "Teenager cautioned over Snapchat images of teacher",
    "Edited pictures of academy staff member shared in group chats",
    "Ravinder Gill, Crime Reporter", "22 May 2025",
    """
    A 15-year-old boy has been given a youth caution after sharing sexually explicit edited images of a female teacher in Snapchat group chats at a Mansfield-area academy.

    Police said the images, created with a phone app, showed the face of a member of staff at Skelmoor Park Academy. The teacher, who has not been named by police, was said to be "deeply distressed".

    Vice principal Dawn Chapel said the academy was "working with families on the dangers of these apps" and had held assemblies for every year group.
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("dchapel", "exact", "neutral", "Dawn Chapel")])

# 139
D("social", dd("""
    @sneakyskel

    got the pics of mawby 😏😏 dm me for the link, the nudes the y10 lads made with that ai app. £2 each lol

    9:40 PM · May 12, 2025
    """),
  [M("emawby", "surname_only", "sexual", "mawby")])
# 140
D("news", news_page(
    "post", "Crime", "Man jailed for campaign of abuse against academy's Muslim teacher",
    "Court hears of graffiti, letters and online posts targeting science head",
    "Ravinder Gill, Crime Reporter", "15 January 2026",
    """
    A man who waged a months-long campaign of religiously aggravated harassment against a teacher at an Annesthorpe academy has been jailed for 20 months.

    Nottingham Crown Court heard that Lee Featherstone, 44, of Colliery Row, daubed graffiti on the wall of the science block at Skelmoor Park Academy, sent letters to the school and posted dozens of messages online targeting head of science Tariq Hussain.

    The messages, read to the court, included claims that Mr Hussain was "a terrorist" and calls for him to "go back to Pakistan". Mr Hussain was born in Nottingham.

    ## 'Proud of this town'

    In a victim statement, Mr Hussain said he had considered leaving teaching. "My grandad worked at Clipstone pit. I grew up eating cobs on the same market as the man who did this. I am proud of this town and I'm not going anywhere."

    Judge Rachel Ingham said the offences were "motivated by naked religious hostility" and had caused "real fear" to the teacher and his family.
    """,
    [("Annesthorpe Against Hate", "15 Jan 2026, 13:00", "Justice. Solidarity with Mr Hussain 💚"),
     ("Big Al", "15 Jan 2026, 13:40", "20 months for some words? two tier justice"),
     ("Stuart P", "15 Jan 2026, 14:05", "@Big Al it was months of threats and graffiti, read the article")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("thussain", "exact", "neutral", "Tariq Hussain")])

# 141
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Anonymous member
    3 days ago
    the muslim teacher at the academy with the beard. Hu$$ain. prays in the lab cupboard. our town our rules. if he wants sharia he can go to bradford. 🐷🥓

    😡👍 14 · 22 comments
    """),
  [M("thussain", "obfuscated", "hate", "Hu$$ain")])

# 142
D("forum", forum_page("mums", "Principal favouring certain families - how to complain to a trust?", [
    ("PitTownMum", "Joined 2023 · 61 posts", "Thu 23-Oct-25 19:10",
     """Our secondary (Skelmoor Park, Notts) has a principal who is blatantly favouring parents from the new estate. Trip places, sets, even who gets a call back. I've got dates and emails. How do I escalate to the trust without it being brushed off?"""),
    ("Ex_DSL", "Joined 2016 · 2,920 posts", "Thu 23-Oct-25 19:40",
     "Formal complaint, stage 2 to the trust's clerk. Stick to facts, dates, what you asked, what happened. Avoid 'everyone knows'. Then the DfE complaints route if they don't follow their own policy."),
    ("PitTownMum", "Joined 2023 · 62 posts", "Thu 23-Oct-25 19:55",
     "Thanks. I'll keep it factual. Foxton-Hale will just say 'first come first served' again."),
    ], thread_id=6302),
  [M("school", "alias", "negative", "Skelmoor Park"), M("gfoxtonhale", "surname_only", "negative", "Foxton-Hale")])

# 143
D("social", dd("""
    @dan_the_van_notts

    Corin Tallentire used trust money to pay his brother-in-law's "consultancy" £90k. fraud, plain and simple. where's the police??

    7:47 PM · Mar 18, 2025
    """),
  [M("ctallentire", "exact", "defamation", "Corin Tallentire")])

# 144
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Kirsty Lound
    Yesterday at 17:50
    Mr Wilson our head of year 9 is a spineless little worm. Won't stand up to the bullies, won't stand up to the management, won't answer an email. Waste of oxygen 🙄 (Skelmoor Park btw)

    😂 28 · 19 comments

        Dean Fox
        He's a decent bloke Kirsty, he's got 240 kids and no help.
        Like · Reply · 1d
    """),
  [M("school", "alias", "negative", "Skelmoor Park"), M("mwilson", "title_surname", "abuse", "Mr Wilson")])

# 145
D("news", news_page(
    "schoolsweek", "People", "Trust finance chief cleared after procurement inquiry",
    "Independent auditors find 'no evidence of wrongdoing'",
    "Naomi Archer", "9 June 2025",
    """
    The business manager of a Nottinghamshire academy trust has returned to work after an independent inquiry found no evidence of wrongdoing.

    Corin Tallentire was suspended by the Trent & Sherwood Learning Trust in March while auditors examined contracts with an external consultancy. The auditors' summary, published by the trust, said procedures had "not always been documented to the required standard" but found "no evidence of any personal benefit or improper conduct".

    Mr Tallentire said he was "relieved" and thanked colleagues "for their patience and kindness at a very difficult time".
    """),
  [M("ctallentire", "exact", "neutral", "Corin Tallentire")])

# 146
D("social", dd("""
    @jordann_ffs

    hemsley is a thick meathead who only cares about his boxing kids. rest of us might as well not exist in PE. absolute knobhead #skelpark

    3:21 PM · Feb 26, 2025
    """),
  [M("school", "hashtag", "neutral", "#skelpark"), M("rhemsley", "surname_only", "abuse", "hemsley")])

# 147
D("blog", blog_page(
    "heritage", "The Colliery Band at 120", "Les Hibbert", "12 June 2025",
    """
    The Skelmoor Colliery Band played its first engagement in 1905, at the opening of the pithead baths. It's played at every gala, every funeral and every strike rally since - and at a fair few weddings too.

    In 1984 the band split like everything else. Half the players were out, half weren't. For a year they played in separate halls. In 1986 they came back together for a funeral and never spoke about it again.

    These days there's kids from the school in the back row of cornets, and the Skelmoor Miners' Welfare still gives them the bandroom rent-free. Long may it last.
    """,
    [("BassTromBev", "12 Jun 2025 at 21:00", "Lovely history Les."),
     ("Ex-Colliery Euph", "13 Jun 2025 at 08:00", "1984 were hard on the band. Glad it's healed.")],
    tags=["Band", "History"]))

# 148
D("social", dd("""
    @annes_crime_watch

    Mrs Mawby from the academy lives 3 Lime Tree Close, Hollin Bank NG89 4LT. silver Fiesta. liz.mawby1968@postbox.example. her fault my son failed his GCSE, let her know

    11:20 PM · Aug 22, 2025
    """),
  [M("emawby", "title_surname", "doxxing", "Mrs Mawby")])

# 149
D("facebook", dd("""
    Cragwell Academy PTA
    Private group · 410 members

    Steph Renshaw
    4 days ago
    Does anyone know if Cragwell does a Y7 taster day like the one they do over in Hollin Bank? My niece loved it.

    👍 3 · 4 comments
    """))

# 150
D("news", news_page(
    "chad", "News", "Bomb hoax email forces evacuation of Annesthorpe academy",
    "Pupils spent two hours on the playing field as police searched buildings",
    "Lee Spowage", "6 February 2025",
    """
    More than 1,100 pupils were evacuated from Skelmoor Park Academy on Wednesday morning after the school received an email claiming a bomb had been planted in the building.

    Police searched the site and declared it safe shortly after 11am. Similar emails were sent to a number of schools across the East Midlands on the same morning, officers said.

    Principal Gillian Foxton-Hale thanked pupils for their "incredibly calm" behaviour. "It was bitter out there and they were brilliant," she said.
    """,
    [("Nesh Nan", "6 Feb 2025", "Poor kids stood in that wind. Hope they got a hot chocolate after."),
     ("Mick from Nethergate", "6 Feb 2025", "Sick people who send these.")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("gfoxtonhale", "exact", "neutral", "Gillian Foxton-Hale")])

# 151
D("social", dd("""
    @burn_it_down_notts

    next time it wont be a hoax. skelmoor park academy will burn with the lot of them inside. tick tock 💣

    10:03 AM · Feb 5, 2025
    """),
  [M("school", "exact", "threat", "skelmoor park academy")])

# 152
D("forum", forum_page("staffroom", "Malicious edited images of staff - how did your school handle?", [
    ("MathsMissNotts", "Joined 2017 · 540 posts", "Sat 24 May 2025, 09:00",
     """Not going to say who, but a colleague at our academy near Mansfield had deepfake nudes made of her by Year 10 boys and shared round. The police gave one boy a caution. She's shattered. SLT have been good but nobody really knows what to do. Has anyone been through this?"""),
    ("UnisonRep_EMids", "Joined 2014 · 2,300 posts", "Sat 24 May 2025, 09:40",
     "Get her union involved now, and the Report Harmful Content service. So sorry for her."),
    ], thread_id=6710))

# 153
D("social", dd("""
    @skelpark_confessions

    confession #212: the whole of y11 know Mrs D'Souza's husband teaches at Cragwell but she's been seeing Mr Pritchard after band practice 👀

    6:30 PM · Mar 4, 2025
    """),
  [M("rdsouza", "title_surname", "defamation", "Mrs D'Souza"), M("apritchard", "title_surname", "defamation", "Mr Pritchard")])

# 154
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Jade Kirkham
    10 September at 19:00
    Nothing but praise for Mr Hemsley. He got my son out of bed and into the gym every morning when he was refusing school. Says "ay up champ" to him every day. My son's now in year 11 with 96% attendance. Skelmoor Park should clone him.

    ❤️ 244 · 30 comments
    """),
  [M("school", "alias", "neutral", "Skelmoor Park"), M("rhemsley", "title_surname", "neutral", "Mr Hemsley")])

# 155
D("social", dd("""
    @crapfrom_ann

    Chapel can die in a ditch for all I care. hope she gets what's coming to her. #skelmoorpark

    11:59 PM · Sep 12, 2025
    """),
  [M("school", "hashtag", "neutral", "#skelmoorpark"), M("dchapel", "surname_only", "threat", "Chapel")])

# 156
D("news", news_page(
    "freesheet", "Letters", "Letters: Stop the hate against our teachers",
    "Readers write on the abuse aimed at academy staff",
    "Letters editor", "25 September 2025",
    """
    I was a face worker at Skelmoor for 22 years and I stayed out all through 1984. I know what it is to be called names in the street. What I read on Facebook about the teachers at the academy - Mrs Chapel, Mr Hussain, Mrs Nowak - makes me ashamed of this town. Call it what it is: bullying. We didn't stand on picket lines for this. - Harold Pilgrim, Annesthorpe

    My grandchildren go to Skelmoor Park Academy and are very happy there. I wish people would put as much energy into volunteering at the Welfare as they put into slagging off the school online. - Mrs B. Scothern, Nethergate
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("dchapel", "title_surname", "neutral", "Mrs Chapel"),
   M("thussain", "title_surname", "neutral", "Mr Hussain"), M("knowak", "title_surname", "neutral", "Mrs Nowak")])

# 157
D("social", dd("""
    @kalebb__

    mr hussain thinks he's hard giving me a detention. see what happens when he walks to his car tonight 😈 he'll not be teaching tomorrow

    2:50 PM · Oct 9, 2025
    """),
  [M("thussain", "title_surname", "threat", "mr hussain")])

# 158
D("review", dd("""
    Skelmoor Park Academy
    Secondary school · Colliery Road, Annesthorpe
    3.1 ★★★☆☆ (214 reviews)

    Owen Marples
    ★★★★★ 2 months ago
    My lad was a nightmare in primary. Head of year Mark Wilson never gave up on him. Got him into the boxing with Mr Hemsley and onto an apprenticeship at the end of Y11. Two nice blokes who care. Thank you.
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("mwilson", "exact", "neutral", "Mark Wilson"),
   M("rhemsley", "title_surname", "neutral", "Mr Hemsley")])

# 159
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Anonymous member
    4 hours ago
    That Welsh music teacher, Pritchard. Heard from a dinner lady he's been done for touching a girl at his last school in Wales and the academy knew when they hired him. Ask why he left Swansea in a hurry

    😮 45 · 38 comments
    """),
  [M("apritchard", "surname_only", "sexual", "Pritchard", True)])

# 160
D("social", dd("""
    @bilingual_annes

    Dziękuję pani Nowak! Krystyna Nowak helped my mam fill the council housing forms for 3 hours on a Saturday. The academy is lucky to have her 🇵🇱❤️🇬🇧

    1:11 PM · Oct 12, 2025
    """),
  [M("knowak", "exact", "neutral", "Krystyna Nowak")])

# 161
D("forum", forum_page("town", "New-build estate v old estate - it's getting nasty", [
    ("Sal_Nethergate", "Member since 2010 · 803 posts", "Mon 27 Oct 2025, 20:00",
     """The school row has gone toxic. People on the Skelmoor side are calling the Meadows lot "yuppie scum", Meadows lot are calling us "chavs". Somebody wrote something on the principal's car. It's like the strike all over again."""),
    ("Kev_the_Mod", "Moderator", "Mon 27 Oct 2025, 20:20",
     "Nobody names anyone's home on here. Ta."),
    ("OldSkool_Annes", "Member since 2005 · 1,660 posts", "Mon 27 Oct 2025, 20:45",
     "Fair play to Gill Foxton-Hale though, she's still turning up to the Welfare quiz every month like nothing's happened. Takes guts."),
    ], thread_id=5240),
  [M("gfoxtonhale", "nickname", "neutral", "Gill Foxton-Hale")])

# 162
D("social", dd("""
    @liamyyyy

    Mr Wilson is a fat bald paedo lookin nonce ha ha ha. #SkelmoorParkAcademy

    9:10 PM · Jun 3, 2025
    """),
  [M("school", "hashtag", "neutral", "#SkelmoorParkAcademy"), M("mwilson", "title_surname", "abuse", "Mr Wilson")])

# 163
D("news", news_page(
    "post", "Education", "'We are not a posh school': Annesthorpe principal speaks out",
    "Gillian Foxton-Hale on class, the strike and running a school in a divided town",
    "Features desk", "1 November 2025",
    """
    Gillian Foxton-Hale knows exactly what some parents call her. "Posh cow is the polite one," she says, laughing, in her office overlooking the old pit site. "I grew up in Ripley. My dad was an electrician at Denby pottery. I'm about as posh as a pork pie."

    The principal of Skelmoor Park Academy has had a bruising autumn: a walkout over uniform, a row over a New York trip, and screenshots - which she says are fake - suggesting she handed out top-set places to friends on the new-build estate.

    ## 'Two towns'

    "There are two Annesthorpes," she says. "The old one, with the Welfare and the band and families who've been here five generations, and the new one on the Meadows. Both send their kids to us. My job is to make them one school."

    Does she regret anything? "The trip letters. They went out late and the wrong people found out first. That's on us. I've said sorry and I'll keep saying it."

    She pauses. "What I won't accept is the abuse. Dawn Chapel, my vice principal, has had people posting where she lives. That isn't protest. That's intimidation."
    """,
    [("Stacey M", "1 Nov 2025, 10:10", "Nice PR piece. Still don't believe a word."),
     ("Former Governor", "1 Nov 2025, 11:00", "Fair interview. She's had an awful time."),
     ("Tony W", "1 Nov 2025, 12:40", "Ripley's not posh, I'll give her that 😂")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("gfoxtonhale", "exact", "neutral", "Gillian Foxton-Hale"),
   M("dchapel", "exact", "neutral", "Dawn Chapel")])

# 164
D("social", dd("""
    @pornhub_notts_leaks

    skelmoor park y9 girls snap leaks 🔞 link in bio. Wilson's form class 🥵

    3:03 AM · Jul 2, 2025
    """),
  [M("school", "alias", "sexual", "skelmoor park", True), M("mwilson", "possessive", "sexual", "Wilson's", True)])

# 165
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Admin - Sue K
    Pinned · 2 July at 09:00
    Parents - there is an account sharing what it claims are images of Skelmoor Park pupils. DO NOT click, DO NOT share. Report it to CEOP and the police. The school has been informed and Mrs Chapel (DSL) is working with police.

    ❤️👍 512 · 77 comments · 230 shares
    """),
  [M("school", "alias", "neutral", "Skelmoor Park"), M("dchapel", "title_surname", "neutral", "Mrs Chapel")])

# 166
D("social", dd("""
    @prouduncle_notts

    My niece is 15 and in @SkelmoorPark. Apparently Mr Pritchard gave her a lift home from band and told her not to tell her mam. Why would a teacher say that. Not accusing, just asking 🤔

    8:02 PM · Nov 29, 2025
    """),
  [M("school", "handle", "sexual", "@SkelmoorPark", True), M("apritchard", "title_surname", "sexual", "Mr Pritchard", True)])

# 167
D("blog", blog_page(
    "teacher", "The week the internet came for my colleagues", "Chalk Dust & Coal Dust", "8 December 2025",
    """
    This week a man I've worked alongside for six years was arrested. I don't know what happened and neither does anybody posting about it. That's the point of an investigation.

    What I do know is what I've read online since. His address. His wife's car. A "#PritchardTheNonce" hashtag about a completely different colleague who has had nothing to do with anything. A thread calling our head of science a terrorist.

    We teach in a town that was split down the middle in 1984 and never properly knitted back. I get the anger. I share some of it. But this is not justice, it's a pit-top mob with smartphones.
    """,
    [("NQT_in_Notts", "8 Dec 2025 at 21:00", "Thinking of you all."),
     ("Jean H", "9 Dec 2025 at 08:12", "Beautifully put.")],
    tags=["Teaching", "Social media"]),
  [M("apritchard", "hashtag", "neutral", "#PritchardTheNonce")])

# 168
D("social", dd("""
    @skelmoor_banter

    GillianFoxtonHaleOut trending in the Y11 group chat 😂 she banned the end of year water fight

    12:12 PM · Jun 25, 2025
    """),
  [M("gfoxtonhale", "camelcase", "negative", "GillianFoxtonHaleOut")])

# 169
D("news", news_page(
    "chad", "Court", "Woman fined for posting teacher's address online",
    "Mother admitted harassment over Facebook post naming academy staff member's home",
    "Court reporter", "12 November 2025",
    """
    A mother who posted the home address and personal email of an Annesthorpe vice principal in a Facebook group has been fined and given a restraining order.

    Kerry Bowler, 36, of Sandhill Road, admitted harassment without violence at Mansfield Magistrates' Court. The court heard she published details of Dawn Chapel, vice principal of Skelmoor Park Academy, after her nephew was excluded.

    Magistrates fined her £400 and ordered her to pay £85 costs and a £160 surcharge.
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("dchapel", "exact", "neutral", "Dawn Chapel")])
# 170
D("news", news_page(
    "chad", "Education", "Academy music teacher 'not under investigation', trust says",
    "Trust condemns 'vile and baseless' social media campaign",
    "Kirsty Bagguley, Education Reporter", "3 December 2025",
    """
    The trust which runs Skelmoor Park Academy has said a music teacher targeted by a social media campaign is not under any investigation and has "our complete confidence".

    Posts using a hashtag accusing the teacher of being a danger to children have been shared hundreds of times since the weekend. The Chronicle is not repeating them.

    "These claims are vile and baseless," the trust said. "They have been reported to the police. Staff should not have to put up with this."
    """,
    [("Gran Mavis", "3 Dec 2025", "Mr Pritchard taught both my grandsons trumpet. Leave him alone."),
     ("Truthseeker77", "3 Dec 2025", "Pritchard is a nonce and the trust are protecting him. He lives on Colliery Row, go and ask him yourself."),
     ("Kev P", "3 Dec 2025", "Comments should be turned off on this.")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("apritchard", "title_surname", "sexual", "Mr Pritchard", True)])

# 171
D("forum", forum_page("town", "The boxing teacher - where does he live now", [
    ("angry_dad_nethergate", "Member since 2025 · 4 posts", "Fri 5 Dec 2025, 21:00",
     """Does anyone know where Hemsley's moved to? Heard he's left Orchard Drive. Think he's at his mother's on Pit Lane, number 41, near the Welfare. His wife works at the Co-op on Chapel Street if anyone wants a word."""),
    ("Kev_the_Mod", "Moderator", "Fri 5 Dec 2025, 21:08",
     "Locking this. Account banned. Details passed to police."),
    ], thread_id=5301),
  [M("rhemsley", "surname_only", "doxxing", "Hemsley")])

# 172
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Anonymous member
    6 hours ago
    Renée D'Souza (sixth form head at the academy) — home: Flat 2, 18 Station Road, Annesthorpe NG89 2RW. mob 07700 900644. Since she thinks my daughter isn't good enough for sixth form, let's see how she likes visitors.

    👍 6 · 14 comments
    """),
  [M("rdsouza", "exact", "threat", "Renée D'Souza")])

# 173
D("social", dd("""
    @mardycow_annes

    krystyna nowak is a thick polack cow who can't even speak english proper herself. how is she teaching our kids

    10:12 PM · Sep 20, 2025
    """),
  [M("knowak", "exact", "hate", "krystyna nowak")])

# 174
D("news", news_page(
    "post", "Crime", "Boxing coach teacher: police take no further action",
    "Robert Hemsley returns to club after investigation closed",
    "Ravinder Gill, Crime Reporter", "29 January 2026",
    """
    Police have confirmed they will take no further action against a PE teacher and boxing coach who was arrested in December.

    Robert Hemsley, who teaches at Skelmoor Park Academy in Annesthorpe and runs Annesthorpe ABC, was arrested on suspicion of assault and released under investigation. Nottinghamshire Police said this week that the investigation had concluded and no further action would be taken.

    The trust said Mr Hemsley would return to school after half term. A club spokesperson said: "Bob's back in the corner on Monday. Tea's mashing."

    ## 'Hell'

    In a short statement Mr Hemsley said the past eight weeks had been "hell for my family", adding: "I'd ask people who posted my address online to think about what that did to my kids."
    """,
    [("SouthpawSteve", "29 Jan 2026, 18:00", "Never doubted you Bob 🥊"),
     ("BinMan_Barry", "29 Jan 2026, 18:30", "NFA doesn't mean innocent. Hemsley's still a bully and a thug whatever the coppers say."),
     ("Lou_H", "29 Jan 2026, 19:00", "Barry give it a rest, honestly.")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("rhemsley", "exact", "defamation", "Robert Hemsley")])

# 175
D("forum", forum_page("teens", "sixth form teachers being weird on snap?", [
    ("anon_y12_notts", "Joined 2025 · 2 posts", "Sun 16 Nov 2025, 23:40",
     """is it normal for a teacher to add you on snap? a teacher at skel park added me and some other y12 girls and sends 'goodnight' messages. not saying which one. feel weird about it"""),
    ("the_voice_of_reason", "Joined 2019 · 3,210 posts", "Sun 16 Nov 2025, 23:50",
     "No it is NOT normal and you should tell your DSL (the safeguarding teacher) or another adult you trust tomorrow. Screenshot everything. You've done nothing wrong."),
    ("anon_y12_notts", "Joined 2025 · 3 posts", "Sun 16 Nov 2025, 23:58",
     "ok. thank you x"),
    ], thread_id=9180),
  [M("school", "alias", "sexual", "skel park", True)])

# 176
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Bev Allsop
    30 October at 22:40
    Mrs Chaple is a jumped up little hitler who thinks she's the queen of the pit top. Everyone hates her, staff an all. Horrible, nasty piece of work.

    😂😡 44 · 37 comments
    """),
  [M("dchapel", "typo", "abuse", "Mrs Chaple")])

# 177 decoy: Hussain namesake GP
D("facebook", dd("""
    Nethergate Medical Centre
    Page · Doctor

    Nethergate Medical Centre
    1 day ago
    We're delighted to welcome Dr Tariq Hussain to the practice as a salaried GP from Monday. Dr Hussain joins us from Leicester and has a special interest in diabetes. Flu jabs still available, ring 01632 960377.

    👍❤️ 56 · 8 comments
    """))

# 178
D("blog", blog_page(
    "truth", "Our town, our teachers", "Sherwood Patriot editor", "14 October 2025",
    """
    Another week, another "diversity" appointment at Skelmoor Park. We hear the academy has taken on yet more EAL staff under K. Nowak while the miners' grandchildren sit in classes of 32.

    We're told the Principal, Gillian F-H, said at a governors' meeting that "these communities are the future of Annesthorpe". Whose future? Not ours. The people of this town know what happens when you let outsiders run the show. Remember Orgreave. Remember who sent the police in.

    Annesthorpe for Annesthorpe people.
    """,
    [("Patriot_Paul", "14 Oct 2025 at 20:00", "Deport the lot of them."),
     ("Hollin Bank Mum", "15 Oct 2025 at 07:00", "Orgreave has nothing to do with a Polish teaching assistant. Get a grip.")],
    tags=["Schools", "Immigration"]),
  [M("school", "alias", "hate", "Skelmoor Park"), M("knowak", "initial_surname", "hate", "K. Nowak"),
   M("gfoxtonhale", "first_initial", "neutral", "Gillian F-H")])

# 179
D("news", news_page(
    "freesheet", "Community", "Welfare's roof appeal hits target thanks to Christmas concert",
    "Colliery band and school choir raise final £3,200",
    "Voice reporter", "22 December 2025",
    """
    The Skelmoor Miners' Welfare roof appeal has hit its £40,000 target after a sell-out Christmas concert.

    The Skelmoor Colliery Band shared the stage with the brass group and choir from Skelmoor Park Academy. Welfare secretary Pat Ollerton said: "When the roof leaked on the snooker table last winter I thought that were it for us. This town never stops surprising me."
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy")])

# 180
D("forum", forum_page("staffroom", "Colleague doxxed by parents - union advice", [
    ("Annes_teacher", "Joined 2020 · 101 posts", "Sat 13 Sep 2025, 10:00",
     """After a walkout at our academy (Skelmoor, Notts), a parent posted our VP's home street and email on a community FB page. Someone then posted she "should be strung up". She's come in every day since. What's the union line on employer duty here?"""),
    ("NEU_caseworker", "Joined 2013 · 4,021 posts", "Sat 13 Sep 2025, 10:40",
     "Employer has a duty of care: risk assessment, police referral, support. Ask for a written plan. Solidarity to your VP."),
    ], thread_id=6502),
  [M("school", "short_name", "neutral", "Skelmoor")])

# 181
D("social", dd("""
    @ThatsAnnesthorpe

    Tallentires's been on 110k a year while the cleaners at the academy are on minimum wage. greedy pig should be strung up with the rest of the trust fat cats

    8:30 PM · Mar 30, 2025
    """),
  [M("ctallentire", "typo", "threat", "Tallentires's")])

# 182
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Carly Maltby
    2 hours ago
    Heads up — that Mr Hemsley from the academy is a disgrace, swore at my lad in front of the whole class and called him a "lazy little scrote". Complained, nothing done. And folk call HIM a hero.

    😡 51 · 23 comments
    """),
  [M("rhemsley", "title_surname", "negative", "Mr Hemsley")])

# 183
D("news", news_page(
    "post", "Crime", "Teacher's car torched outside home in Hollin Bank",
    "Police treating fire as arson after 'sustained' online abuse of academy principal",
    "Ravinder Gill, Crime Reporter", "5 November 2025",
    """
    A car belonging to the principal of a Mansfield-area academy was set alight outside her home in the early hours of Tuesday, police have said.

    Officers are treating the fire, which destroyed the vehicle belonging to Skelmoor Park Academy principal Gillian Foxton-Hale, as arson. No one was hurt.

    The attack follows weeks of online abuse aimed at Mrs Foxton-Hale over claims of favouritism, which she has strongly denied. Police said they were "aware of the online activity" and were examining it as part of their inquiries.
    """,
    [("Anon", "5 Nov 2025", "Bonfire night came early 😂 next time she'll be in it"),
     ("Stuart P", "5 Nov 2025", "@Anon reported. You're sick."),
     ("Nesh Nan", "5 Nov 2025", "That's terrible. Whatever you think of her nobody deserves that.")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("gfoxtonhale", "exact", "threat", "Gillian Foxton-Hale")])

# 184
D("forum", forum_page("pit", "Scab families still teaching our kids", [
    ("RedRobin84", "Member since 2014", "Sun 9 Mar 2025, 19:00",
     """Found out the head of year at the academy, Mark Wilson, is Ernie Wilson's grandson. Ernie was the first one back through the gates in '84. Some of us haven't forgotten. I'd not let my grandkids anywhere near a scab's family."""),
    ("Les Hibbert", "Member since 2009", "Sun 9 Mar 2025, 19:40",
     "Robin, the lad weren't born. Leave him be. Ernie's been dead twenty year."),
    ("RedRobin84", "Member since 2014", "Sun 9 Mar 2025, 20:02",
     "Blood's blood Les."),
    ], thread_id=2290),
  [M("mwilson", "exact", "negative", "Mark Wilson")])

# 185
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Kyle Bestwick
    1 day ago
    Al Pritchard the welsh git has been parking across my drive on Colliery Row for 3 months. Sheep-shagging prat. Move your car or I'll move it for you. Number 14 with the blue door if anyone else's been blocked in.

    😂 37 · 19 comments
    """),
  [M("apritchard", "alias", "doxxing", "Al Pritchard")])

# 186
D("social", dd("""
    @notts_rads

    Тariq Hussain teaches at the academy in Annesthorpe — home address on the telegram channel, go have a look. these people wont feel safe in our towns

    1:30 AM · Jan 18, 2026
    """),
  [M("thussain", "homoglyph", "threat", "\u0422ariq Hussain")])

# 187
D("news", news_page(
    "schoolsweek", "Opinion", "Opinion: The abuse of teachers in post-industrial towns is a policy problem",
    "A head of sixth form on the week her address went online",
    "Renée D'Souza", "20 November 2025",
    """
    I have been head of sixth form at Skelmoor Park Academy for five years. Last month a parent posted my address and mobile number on a community Facebook page, with an invitation to "visit". My daughter is nine.

    I want to be careful. Most families in Annesthorpe are warm, funny, generous people. When my name got shouted at the gates in the summer, the man was drowned out by Year 12s.

    But something has happened to the places where communities talk. Local Facebook groups are the town square now, and they are run by volunteers with no training and no support. Until platforms and policymakers treat this as the safeguarding issue it is, teachers will keep quietly leaving the towns that need them most.
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("rdsouza", "exact", "neutral", "Renée D'Souza")])

# 188
D("forum", forum_page("mums", "Is this grooming? teacher gave lift", [
    ("WorriedAuntie", "Joined 2025 · 1 post", "Sat 29-Nov-25 21:00",
     """My niece (15) says her music teacher at Skelmoor Park Academy drove her home after band and told her not to mention it. Her mum's not sure what to do. Should we go to the school or police?"""),
    ("Ex_DSL", "Joined 2016 · 3,001 posts", "Sat 29-Nov-25 21:20",
     "Go to the school's DSL on Monday first thing, and if you're worried tonight, call 101. Don't post names online, it can jeopardise any investigation."),
    ], thread_id=6620),
  [M("school", "exact", "sexual", "Skelmoor Park Academy", True)])

# 189
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Mandy Wragg
    18 March at 08:20
    Ay up all, the academy's head of maths E. Mawby is doing free GCSE catch-up at Hollin Bank library Saturdays 10-12 over Easter. Don't need to book just turn up. Bring a pencil and a brew 😄

    👍❤️ 140 · 12 comments
    """),
  [M("emawby", "initial_surname", "neutral", "E. Mawby")])

# 190
D("social", dd("""
    @bad_bob_hater

    H.e.m.s.l.e.y is a child beater, the academy knows and won't sack him. he hit my cousin with a pad in the gym and left a mark. #SkelmoorParkAcademy

    4:44 PM · Dec 6, 2025
    """),
  [M("school", "hashtag", "defamation", "#SkelmoorParkAcademy"), M("rhemsley", "obfuscated", "defamation", "H.e.m.s.l.e.y")])

# 191
D("blog", blog_page(
    "mum", "What I wish I'd known about school Facebook groups", "Mam on the Edge", "10 December 2025",
    """
    I've been in our town's parents' group for nine years. It found my cat, sold my pram and got me through a nasty bout of postnatal depression. This autumn I left it.

    In the space of three months I watched people post two teachers' home addresses, call one a terrorist and another a nonce, and cheer when someone's car was burnt out. Some of the people doing it were mams I stand next to at the school gate.

    If you're a mod, I'm sorry, you didn't sign up for this. If you're a parent, please think before you hit "share". Those teachers are somebody's mam and dad too.
    """,
    [("Sarah in Nethergate", "10 Dec 2025 at 21:00", "Left it last month too. Much calmer."),
     ("Admin - Sue K", "11 Dec 2025 at 08:40", "We're trying. Thanks for this.")],
    tags=["Parenting", "Social media"]))

# 192
D("review", dd("""
    Skelmoor Park Academy
    Secondary school · Colliery Road, Annesthorpe
    3.1 ★★★☆☆ (214 reviews)

    Gary Tongue
    ★☆☆☆☆ 5 days ago
    Foxton Hale's a stuck up bitch who looks at you like dirt if you're from the estate. Vice principal no better. Sent our kids there 'cause there's nowhere else.
    """),
  [M("school", "exact", "negative", "Skelmoor Park Academy"), M("gfoxtonhale", "hyphenated", "abuse", "Foxton Hale")])

# 193
D("news", news_page(
    "post", "Education", "Trust to review safeguarding after pupil images shared online",
    "Independent review ordered into how Skelmoor Park Academy responded",
    "Education desk", "14 July 2025",
    """
    An independent review will examine how an Annesthorpe academy responded after images said to show pupils were shared on a social media account.

    The Trent & Sherwood Learning Trust said the review would look at "the timeline of actions" at Skelmoor Park Academy after the account was reported on 2 July. Police are investigating the account and have arrested a 19-year-old man.

    Some parents have complained that the school took two days to contact families. Vice principal Dawn Chapel, the school's designated safeguarding lead, said staff had acted "on police advice at every step".
    """),
  [M("school", "exact", "sexual", "Skelmoor Park Academy", True), M("dchapel", "exact", "neutral", "Dawn Chapel")])

# 194
D("social", dd("""
    @terrace_tales_mfd

    the head of year 9 at skel park, Mark W., is a nasty little weasel. shouted at my son till he cried then lied to me about it

    6:02 PM · May 9, 2025
    """),
  [M("school", "alias", "negative", "skel park"), M("mwilson", "first_initial", "abuse", "Mark W.")])

# 195
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Lisa Spowage
    12 hours ago
    Skelmoor's gone to the dogs since the trust took over. Behaviour shocking, teachers leaving every term. My eldest had five different science teachers in Y10.

    👍 61 · 40 comments
    """),
  [M("school", "short_name", "negative", "Skelmoor")])

# 196
D("forum", forum_page("boxing", "Coaches who teach - conflict of interest?", [
    ("Ringrat", "Joined 2020 · 160 posts", "Tue 17 Jun 2025, 20:00",
     "Genuine q. Rob Hemsley teaches PE at the academy and coaches at the ABC. Does he pick kids from school for the club? Seems a bit cosy."),
    ("OldPro_Dave", "Joined 2009 · 4,500 posts", "Tue 17 Jun 2025, 20:20",
     "Half the coaches in the country are PE teachers. He doesn't recruit, kids come cos he's good. Nowt cosy about it."),
    ], thread_id=7221),
  [M("rhemsley", "nickname", "neutral", "Rob Hemsley")])

# 197
D("social", dd("""
    @real_annes_voice

    Mawby and Chapel are a pair of useless dykes running that academy into the ground 🏳️‍🌈🤮 no wonder the kids are confused

    9:33 PM · Jul 11, 2025
    """),
  [M("dchapel", "surname_only", "hate", "Chapel"), M("emawby", "surname_only", "hate", "Mawby")])

# 198
D("news", news_page(
    "chad", "Court", "Man admits threatening to 'do' academy teacher over detention",
    "Father sent voice notes after son was kept behind",
    "Court reporter", "26 November 2025",
    """
    A father who sent voice notes threatening to "do" a teacher at Skelmoor Park Academy after his son was given a detention has admitted sending a malicious communication.

    Ryan Parkin, 33, of Colliery Row, Annesthorpe, sent the messages to the school's general office number intended for head of science Tariq Hussain. He will be sentenced next month.
    """,
    [("Stuart P", "26 Nov 2025", "Over a detention. Unreal."),
     ("Big Al", "26 Nov 2025", "Hussain should be deported, not the dad locked up. sick of these people")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("thussain", "exact", "hate", "Tariq Hussain")])

# 199
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Nikki Straw
    3 days ago
    Mr Tallentire from the trust office is the rudest man I've ever met. Rang about my son's free meals and he put the phone down on me. Pompous overpaid little man.

    😡 29 · 11 comments
    """),
  [M("ctallentire", "title_surname", "abuse", "Mr Tallentire")])
# 200
D("forum", forum_page("town", "Who's the trust money man - anyone know him?", [
    ("Dale_R", "Member since 2024 · 12 posts", "Wed 12 Feb 2025, 21:00",
     """Corin Tallentire, the one cutting all the TA jobs. He's at 4 Beeches Court in Southwell, drives a grey Audi Q5, and his private number's 07700 900271. Found it on an old club cricket page. Just so folk know who they're dealing with."""),
    ("Kev_the_Mod", "Moderator", "Wed 12 Feb 2025, 21:12",
     "Removed the number and address. Do that again and you're gone."),
    ], thread_id=5033),
  [M("ctallentire", "exact", "doxxing", "Corin Tallentire")])

# 201
D("social", dd("""
    @annes_watchdog

    Krystyna N. — the EAL one at the academy — lives above the Polish shop on Market Street, flat B. her mobile 07700 900563. ask her why our kids are waiting for places

    10:20 PM · Sep 18, 2025
    """),
  [M("knowak", "first_initial", "doxxing", "Krystyna N.")])

# 202
D("blog", blog_page(
    "gossip", "Meet the Head of Year who thinks he's God", "Annesthorpe Uncovered", "11 May 2025",
    """
    Readers have been in touch about Mark Wilson, head of Year 9 at Skelmoor Park, who apparently likes to make twelve-year-olds cry in corridors.

    For those who'd like to raise it with him directly, he drinks in the Miner's Arms in Hollin Bank most Fridays, lives on Sandhill Rise (the one with the camper van outside, number 22) and his wife's on Facebook as Kaz Wilson. Happy hunting.
    """,
    [("Skel_Mam", "11 May 2025 at 20:00", "Nice one 😂"),
     ("A teacher", "12 May 2025 at 07:00", "Take this down. You're putting a family in danger.")],
    tags=["Skelmoor Park", "Staff"]),
  [M("school", "alias", "negative", "Skelmoor Park"), M("mwilson", "exact", "doxxing", "Mark Wilson")])

# 203
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Anonymous member
    2 days ago
    Tariq from the academy (Hussain, science) — his wife drops their kids at Hollin Bank Primary every morning 8.40, white Toyota, and they live on Beech Avenue, NG89 5DF. Just so you know who's teaching yours 👀

    👍 7 · 19 comments
    """),
  [M("thussain", "surname_only", "doxxing", "Hussain")])

# 204
D("news", news_page(
    "chad", "News", "Academy asks parents to stop sharing staff details online",
    "Principal writes to families after addresses and phone numbers posted",
    "Lee Spowage", "10 October 2025",
    """
    The principal of Skelmoor Park Academy has written to every family asking them not to share teachers' personal details online after several staff had their home addresses posted on local Facebook groups.

    In the letter, Gillian Foxton-Hale said she understood that "feelings are running high" but that posting addresses was "dangerous and, in some cases, a criminal offence".
    """,
    [("Stacey M", "10 Oct 2025, 17:00", "Maybe if she answered her phone folk wouldn't need to. Her mobile's 07700 900918 btw, she lives at the Old Vicarage on Church Lane, Hollin Bank."),
     ("Former Governor", "10 Oct 2025, 17:20", "Moderators, please remove the comment above."),
     ("Nesh Nan", "10 Oct 2025, 17:45", "Shameful.")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("gfoxtonhale", "exact", "doxxing", "Gillian Foxton-Hale")])

# 205
D("social", dd("""
    @pittopgossip

    Aled Pritchard's home address is 14 Colliery Row Annesthorpe and his personal email is aled.pritchard.brass@mailbox.example. you know what to do

    11:40 PM · Dec 2, 2025
    """),
  [M("apritchard", "exact", "doxxing", "Aled Pritchard")])

# 206
D("forum", forum_page("staffroom", "Head of sixth form doxxed - anyone else?", [
    ("Y13_Tutor_Notts", "Joined 2019 · 300 posts", "Thu 9 Oct 2025, 19:10",
     """A parent put our head of sixth form's address and mobile on a town Facebook page (we're at Skelmoor Park). Renée D. has been amazing about it but she's got a little girl. Trust took three days to respond. Is that normal?"""),
    ("NEU_caseworker", "Joined 2013 · 4,101 posts", "Thu 9 Oct 2025, 19:40",
     "Not acceptable. Three days is far too slow. Push for a written risk assessment and police log number."),
    ], thread_id=6544),
  [M("school", "alias", "negative", "Skelmoor Park"), M("rdsouza", "first_initial", "neutral", "Renée D.")])

# 207
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Jason Kirk
    1 day ago
    Chapel's personal number for anyone who wants it — 07700 900735. She won't answer the school phone so let's all ring this one at 3am. Lives near the Meadows roundabout, the big house with the hedge.

    😂 12 · 24 comments
    """),
  [M("dchapel", "surname_only", "doxxing", "Chapel")])

# 208
D("social", dd("""
    @mansfield_mouth

    D'Souza is an ugly jumped-up bint who thinks she's better than everyone cos she went to uni. sixth form at skelmoor park is a joke under her

    8:15 PM · Sep 4, 2025
    """),
  [M("school", "alias", "negative", "skelmoor park"), M("rdsouza", "surname_only", "abuse", "D'Souza")])

# 209
D("forum", forum_page("teens", "worst teacher at your school go", [
    ("ghostie", "Joined 2023 · 600 posts", "Fri 14 Mar 2025, 20:00",
     "worst teacher at your school. go."),
    ("skel_y10", "Joined 2024 · 50 posts", "Fri 14 Mar 2025, 20:05",
     "mawby at skel park. absolute dragon. miserable old bag who hates kids. ugliest woman alive as well lmao"),
    ("ghostie", "Joined 2023 · 601 posts", "Fri 14 Mar 2025, 20:07",
     "😂 brutal"),
    ], thread_id=9033),
  [M("school", "alias", "neutral", "skel park"), M("emawby", "surname_only", "abuse", "mawby")])

# 210
D("news", news_page(
    "freesheet", "Schools", "Music teacher's brass group wins national youth title",
    "Annesthorpe pupils beat bands from across the country",
    "Voice reporter", "24 March 2026",
    """
    A brass group made up of pupils from Skelmoor Park Academy has won the national youth ensemble title in Cheltenham.

    Head of Music Aled Pritchard, who was the subject of a false online campaign before Christmas, said: "These kids have had a lot thrown at their town this year. They went out and played like lions."
    """,
    [("Gran Mavis", "24 Mar 2026", "Told you all he was a good man."),
     ("BassTromBev", "24 Mar 2026", "Cracking result. Annesthorpe brass is back!")]),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("apritchard", "exact", "neutral", "Aled Pritchard")])

# 211
D("social", dd("""
    @skelmoor_boy_4life

    Mr Hemsley's a muppet and a bully, shouts like he's still down the pit. proper gobshite #SkelPark

    5:50 PM · Oct 2, 2025
    """),
  [M("school", "hashtag", "neutral", "#SkelPark"), M("rhemsley", "title_surname", "abuse", "Mr Hemsley")])

# 212
D("blog", blog_page(
    "truth", "Names and addresses: the traitors at Skelmoor Park", "Sherwood Patriot editor", "20 September 2025",
    """
    They say we can't name them. We say the public has a right to know who is teaching their children.

    Tariq Hussain: Beech Avenue, Hollin Bank. Krystyna Nowak: Market Street, above the Polish shop. Both employed at Skelmoor Park Academy. Both paid with your taxes to tell your kids that their grandads' town belongs to everyone.

    We are not calling for violence. We are calling for the people of Annesthorpe to make themselves heard - on their doorsteps if necessary.
    """,
    [("Patriot_Paul", "20 Sep 2025 at 21:00", "On their doorsteps 👊"),
     ("Disgusted of Hollin Bank", "21 Sep 2025 at 07:40", "Reported to the police.")],
    tags=["Schools", "Naming names"]),
  [M("school", "exact", "hate", "Skelmoor Park Academy"), M("thussain", "exact", "threat", "Tariq Hussain"),
   M("knowak", "exact", "threat", "Krystyna Nowak")])

# 213
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Dean Brough
    5 hours ago
    That Corin Tall3ntire bloke from the trust is a greedy slimy parasite. Face like a slapped arse and a heart made of spreadsheets. Hope his Audi gets keyed.

    😂 33 · 14 comments
    """),
  [M("ctallentire", "leetspeak", "abuse", "Tall3ntire")])
# 214
D("facebook", dd("""
    Skelmoor Estate Community Page
    Public group · 2.9K members

    Anonymous member
    7 hours ago
    Hey Mr H. from science (Hussain) — we know which mosque you go to on a Friday in Mansfield. Keep pushing your religion on our kids and see what happens. This is a warning, not a threat 😉

    👍 5 · 16 comments

        Admin - Julie P
        Screenshotted and sent to police. Account removed.
        Like · Reply · 6h
    """),
  [M("thussain", "surname_only", "threat", "Hussain")])

# 215
D("forum", forum_page("town", "Is the EAL woman even qualified?", [
    ("Tony_Mfd", "Member since 2022 · 33 posts", "Mon 6 Oct 2025, 19:00",
     """Heard from someone at the trust that Nowak at the academy faked her teaching certificate from Poland and they never checked it. That's fraud. Why is nobody looking into it?"""),
    ("Lou_H", "Member since 2019 · 90 posts", "Mon 6 Oct 2025, 19:22",
     "Heard from someone. Right. She's been there nearly twenty years Tony."),
    ], thread_id=5212),
  [M("knowak", "surname_only", "defamation", "Nowak")])

# 216
D("news", news_page(
    "chad", "Court", "Teenager admits sharing explicit fake images of academy teacher",
    "Youth court hears AI app was used to create pictures of maths head",
    "Court reporter", "3 September 2025",
    """
    A 16-year-old boy has admitted creating and sharing sexually explicit fake images of a teacher at Skelmoor Park Academy.

    Nottingham Youth Court heard the boy used a phone app to put the face of head of maths Elizabeth Mawby onto explicit images, which were then sold to classmates for £2 each. He was given a nine-month referral order.

    In a statement read to the court, Mrs Mawby said: "I have taught in this town for thirty years. I did not expect to end my career like this."
    """),
  [M("school", "exact", "neutral", "Skelmoor Park Academy"), M("emawby", "exact", "neutral", "Elizabeth Mawby")])

# 217
D("facebook", dd("""
    Annesthorpe Mams & Dads 💙
    Public group · 6.3K members

    Craig Spray
    2 days ago
    Miss D'Souza from the sixth form, her Insta is @renee.dsouza.runs and she posts her 5k route from her front door every Sunday morning 😂 Colliery Road end. Might go for a jog myself

    😂 21 · 9 comments
    """),
  [M("rdsouza", "title_surname", "doxxing", "Miss D'Souza")])

# 218
D("social", dd("""
    @creepwatch_ann

    the P.E teacher Hemsley makes the year 8 girls do extra "stretching" on their own after boxing. sick. ask the academy why they keep him

    1:10 AM · Dec 5, 2025
    """),
  [M("rhemsley", "surname_only", "sexual", "Hemsley", True)])
# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Skelmoor Park Academy"],
    "gfoxtonhale": ["Gillian Foxton-Hale"], "ctallentire": ["Corin Tallentire"],
    "rhemsley": ["Robert Hemsley"], "rdsouza": ["Renée D'Souza"],
    "mwilson": ["Mark Wilson"], "dchapel": ["Dawn Chapel"], "emawby": ["Elizabeth Mawby"],
    "thussain": ["Tariq Hussain"], "knowak": ["Krystyna Nowak"], "apritchard": ["Aled Pritchard"],
}
ALIASES = {
    "school": ["Skelmoor Park", "SPA", "Skelmoor Academy", "Skel Park"],
    "gfoxtonhale": ["Gillian Hale"], "ctallentire": ["Cory Tallentire"], "rdsouza": ["Renée Pinto"],
    "knowak": ["Krystyna Lewandowska"], "apritchard": ["Al Pritchard"],
}
SURNAMES = {
    "gfoxtonhale": "Foxton-Hale", "ctallentire": "Tallentire", "rhemsley": "Hemsley",
    "rdsouza": "D'Souza", "mwilson": "Wilson", "dchapel": "Chapel", "emawby": "Mawby",
    "thussain": "Hussain", "knowak": "Nowak", "apritchard": "Pritchard",
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
