#!/usr/bin/env python3
# ruff: noqa: E501, E741, W291
"""Build the train57 labelled evaluation corpus for the repwatch matcher.

Setting
    Fenwold Heath Academy, an invented rural 11-18 academy in west Suffolk (villages:
    Cressingmere, Little Wraxfen, Sedgebrook; market town Brecksham) a few miles from the
    invented USAF-run airbases RAF Fenwold and RAF Brecksham. Roughly a third of pupils
    are from American military families, so the school runs an American football team
    (the Fenwold Heath Falcons), offers SAT prep alongside GCSEs and A levels, and has
    regular rows about grading, transcripts and "British vs American" everything.
    Published office number 01632 960512; own site fenwoldheath.example. Voices: the
    Brecksham Chronicle, the base newspaper, Suffolk parents' Facebook groups, the
    spouses' club forum, American mom blogs, X/TikTok/Instagram, review sites.
    School aliases: "Fenwold Heath", "FHA" (acronym shared with the US Federal Housing
    Administration loans that base families talk about and the Fenland Hockey
    Association), "Fenwold Academy", "Fenwold Heath Acad.". "Fenwold" alone is labelled
    short_name; it is also the name of the airbase and of several local businesses.

Staff (watchlist ids and the variant traits they carry)
    cstricklandmoyo  Caroline Strickland-Moyo, Principal. Hyphenated double-barrelled
                     surname ("Strickland Moyo", "Strickland–Moyo"); nickname "Caz";
                     alias "Caroline Strickland" (name before marriage).
    tquenby          Thaddeus Quenby, Business Manager. The unique name (counts without
                     school context). Alias "Tad Quenby".
    rdenning         Robert Denning, Head of PE and Falcons head coach. Nickname-able
                     first name (Bob, Bobby, Rob, "Coach Denning").
    cdsouza          Chloé D'Souza, Head of Sixth Form and college/SAT adviser.
                     Apostrophe and accent; alias "Chloé Fernandes" (maiden name).
    jwilson          James Wilson, Head of Maths. The very common name; namesakes (a
                     US airman, a Fennham councillor, an estate agent, a darts player)
                     appear in decoys. Alias "Jim Wilson".
    dfox             Deborah Fox, Vice Principal and DSL. Surname is an everyday word
                     (the animal, Fox News, the Fox & Hounds); nickname "Debbie".
    jkowalski        Jodie Kowalski, teacher of History, married to a USAF master
                     sergeant. Alias "Jodie Rushbrook" (maiden name).
    epryke           Elizabeth Pryke, Head of English. Nickname "Liz", "Lizzie".
    eadeyemi         Emeka Adeyemi, Head of Science. Alias "Mek Adeyemi".
    wchilvers        Wayne Chilvers, Exams Officer (Suffolk born and bred).

Voices
    Suffolk locals ("hold you hard", "on the huh", "bor", "squit", "mawther",
    "dodman", "that do"), American military families ("y'all", "awesome", "math",
    "PCS", "on base", "off-base housing", "DoDEA"), teenagers on TikTok and X, local
    and national news with comment threads, the base newspaper, forums, employer and
    school reviews, Facebook community and spouses' groups. Emoji, typos, sarcasm,
    veiled threats, dog whistles and open abuse against Americans and against the
    British.

Decoys
    RAF Fenwold and the Fenwold Heath Golf Club, Fenwold Heath Garage and Fenwold Fen
    Runners (excluded), the base itself and its own schools, FHA loans and the Fenland
    Hockey Association, namesakes called James Wilson and Deborah Fox clearly
    elsewhere, foxes and Fox News, Cressingmere and Brecksham news with no school in it,
    and neighbouring schools (Brecksham Upper School, St Botolph's Primary, Sedgebrook
    Free School).

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
    python3 tests/corpus_train57/build_train57.py
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
    "school", "cstricklandmoyo", "tquenby", "rdenning", "cdsouza", "jwilson",
    "dfox", "jkowalski", "epryke", "eadeyemi", "wchilvers",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["fenwold heath", "fenwoldheath"],
    "cstricklandmoyo": ["strickland-moyo", "strickland moyo", "moyo"],
    "tquenby": ["quenby"],
    "rdenning": ["denning"],
    "cdsouza": ["d'souza"],
    "jkowalski": ["kowalski", "rushbrook"],
    "epryke": ["pryke"],
    "eadeyemi": ["adeyemi"],
    "wchilvers": ["chilvers"],
}
EXCLUDES = ["RAF Fenwold", "Fenwold Heath Golf Club", "Fenwold Heath Garage", "Fenwold Fen Runners",
            "fenwoldheathgolf.example"]

WATCHLIST = """\
# Watchlist for the invented Fenwold Heath Academy (train57 corpus). All names are fictional.
[school]
name = "Fenwold Heath Academy"
aliases = ["Fenwold Heath", "FHA", "Fenwold Academy", "Fenwold Heath Acad."]
locality = ["Cressingmere", "Little Wraxfen", "Sedgebrook", "Brecksham"]
own_domains = ["fenwoldheath.example"]
phones = ["01632 960512"]

[[staff]]
id = "cstricklandmoyo"
name = "Caroline Strickland-Moyo"
role = "Principal"
aliases = ["Caroline Strickland"]
line_manager = "ceo@brecklandtrust.example"

[[staff]]
id = "tquenby"
name = "Thaddeus Quenby"
role = "Business Manager"
aliases = ["Tad Quenby"]
unique = true
line_manager = "principal@fenwoldheath.example"

[[staff]]
id = "rdenning"
name = "Robert Denning"
role = "Head of PE and Falcons Head Coach"
line_manager = "vp@fenwoldheath.example"

[[staff]]
id = "cdsouza"
name = "Chloé D'Souza"
role = "Head of Sixth Form"
aliases = ["Chloé Fernandes"]
line_manager = "vp@fenwoldheath.example"

[[staff]]
id = "jwilson"
name = "James Wilson"
role = "Head of Maths"
aliases = ["Jim Wilson"]
line_manager = "vp@fenwoldheath.example"

[[staff]]
id = "dfox"
name = "Deborah Fox"
role = "Vice Principal and Designated Safeguarding Lead"
line_manager = "principal@fenwoldheath.example"

[[staff]]
id = "jkowalski"
name = "Jodie Kowalski"
role = "Teacher of History"
aliases = ["Jodie Rushbrook"]
line_manager = "humanities@fenwoldheath.example"

[[staff]]
id = "epryke"
name = "Elizabeth Pryke"
role = "Head of English"
line_manager = "vp@fenwoldheath.example"

[[staff]]
id = "eadeyemi"
name = "Emeka Adeyemi"
role = "Head of Science"
aliases = ["Mek Adeyemi"]
line_manager = "vp@fenwoldheath.example"

[[staff]]
id = "wchilvers"
name = "Wayne Chilvers"
role = "Exams Officer"
line_manager = "vp@fenwoldheath.example"

[[exclude]]
text = "RAF Fenwold"

[[exclude]]
text = "Fenwold Heath Golf Club"

[[exclude]]
text = "Fenwold Heath Garage"

[[exclude]]
text = "Fenwold Fen Runners"

[[exclude]]
domain = "fenwoldheathgolf.example"
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


NEWS_SITES = {
    "chronicle": dict(
        name="Brecksham Chronicle", domain="breckshamchronicle.example",
        nav=["News", "Sport", "Schools", "Courts", "Property", "Jobs"],
        most=["A-road closure at Sedgebrook roundabout extended", "Cressingmere pub reopens under new owners",
              "Pictures: Brecksham Carnival", "Council tax: what your parish will pay"],
        footer="Brecksham Chronicle is part of East Anglian Local Media Ltd. Regulated by IPSO."),
    "eadt": dict(
        name="West Suffolk Echo", domain="wsuffolkecho.example",
        nav=["Home", "Local", "Education", "Crime", "Opinion", "Farming"],
        most=["Sugar beet harvest 'worst in a decade'", "Letters: jet noise again",
              "Bin collections changing in January", "Your photos: frost on the Brecks"],
        footer="© West Suffolk Echo. Newsdesk: 01632 960733. Serving the Brecks since 1902."),
    "stripes": dict(
        name="Fenwold Flyer", domain="fenwoldflyer.example",
        nav=["Base News", "Community", "Family", "Sports", "Travel UK", "Classifieds"],
        most=["Host nation tips: driving on roundabouts", "639th Wing change of command",
              "Thanksgiving dinner at the DFAC", "PCS season: what to ship"],
        footer="The Fenwold Flyer is an unofficial community paper for American families in East Anglia. Not endorsed by the US Air Force."),
    "national": dict(
        name="The Daily Record", domain="dailyrecord.example",
        nav=["UK", "World", "Politics", "Education", "Money", "Opinion", "Sport"],
        most=["Inflation falls for third month", "Storm warning for East Anglia",
              "Rail strike dates announced", "Opinion: the exam system is broken"],
        footer="© Record Media Group. Contact us · Complaints · Corrections · Sitemap"),
    "schoolsweek": dict(
        name="Academies Today", domain="academiestoday.example",
        nav=["News", "Trusts", "Funding", "Ofsted", "People", "Opinion"],
        most=["Trust CEO pay: the full list", "Falling rolls hit rural secondaries",
              "Ofsted's new report cards explained", "People moves: November"],
        footer="Academies Today — news for trust leaders, heads and governors."),
}


FORUM_SITES = {
    "mumsforum": dict(name="ParentNet", domain="parentnet.example", tag="Talk: Secondary education > Suffolk",
                      footer="ParentNet Ltd · Talk guidelines · Report a post · Privacy"),
    "spouses": dict(name="Brecks Spouses & Families Board", domain="brecksspouses.example", tag="Boards > Schools off base",
                    footer="Unofficial. Not affiliated with the US Air Force, DoD or any squadron. Be kind, y'all."),
    "village": dict(name="Cressingmere Village Forum", domain="cressingmereforum.example", tag="Boards > Village matters",
                    footer="Cressingmere Village Forum · run by volunteers since 2008 · Keep it civil."),
    "teachers": dict(name="StaffroomTalk", domain="staffroomtalk.example", tag="Forums > Secondary > Academies",
                     footer="StaffroomTalk — anonymous support for teachers. Posts are not checked before publication."),
    "gridiron": dict(name="UK Gridiron Forum", domain="ukgridiron.example", tag="Forums > Youth & Schools football",
                     footer="UK Gridiron Forum — American football in Britain since 2003."),
    "teenchat": dict(name="The Student Room-ish", domain="studentish.example", tag="Forums > Secondary school > Rants",
                     footer="Studentish · Community guidelines · Safeguarding · Contact mods"),
}


BLOG_SITES = {
    "yankmum": dict(name="Tea, Tater Tots & Tantrums", domain="teatatertots.example", tagline="An Air Force mom figures out England",
                    side=["About me", "PCS diaries", "British words I've learned", "Contact"]),
    "suffolkdad": dict(name="Proper Suffolk", domain="propersuffolk.example", tagline="Muck, beet and the odd moan",
                       side=["About", "Dialect dictionary", "Rants", "Walks"]),
    "gridblog": dict(name="Fourth & Fen", domain="fourthandfen.example", tagline="Youth gridiron in East Anglia",
                     side=["Schedules", "Rosters", "About"]),
    "truth": dict(name="Brecks Patriot", domain="breckspatriot.example", tagline="Taking our county back",
                  side=["Donate", "Our mission", "Latest"]),
    "edublog": dict(name="The Marking Pile", domain="markingpile.example", tagline="A secondary teacher writes, mostly at night",
                    side=["About", "Resources", "Archive"]),
    "birdblog": dict(name="Heath & Hedgerow", domain="heathhedgerow.example", tagline="Wildlife on the Brecks",
                     side=["Sightings", "Walks", "About"]),
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
    "chronicle", "Schools", "Fenwold Heath Academy scraps American football after insurance row",
    "Parents from nearby airbase say the Falcons were 'the one thing that made our kids feel at home'",
    "Megan Threadgold, Education Reporter", "14 October 2025",
    """
    Fenwold Heath Academy, the 11-18 school outside Cressingmere that educates hundreds of children from American military families, has suspended its American football programme for the rest of the season.

    In a letter to families, the academy's business manager, Thaddeus Quenby, said the cost of insuring full-contact tackle football had "more than tripled" and that the trust could not justify the expense "while we are cutting textbooks".

    The Falcons, coached by Head of PE Robert Denning, reached the final of the East Anglian youth gridiron league last year.

    ## 'Kicked in the teeth'

    One mother, whose husband is stationed at RAF Fenwold, said: "Football season is how our kids make friends when they get here. They've been kicked in the teeth."

    Principal Caroline Strickland-Moyo said the school was "actively looking" for a sponsor and hoped flag football could continue at lunchtimes.
    """,
    [("SedgebrookSue", "14 Oct 2025, 18:40", "Good. It's a British school. Play rugby like everyone else."),
     ("TexMom_in_Suffolk", "14 Oct 2025, 19:02", "We pay UK taxes on our off-base rent, y'all. Our kids are pupils there same as yours. This is a real shame."),
     ("Harry from Wraxfen", "14 Oct 2025, 19:30", "Quenby cut the minibus as well. Every letter from that man is another thing gone. Useless."),
     ("Gridiron Dad", "15 Oct 2025, 07:11", "Coach Denning gave those boys everything. Hope someone steps up with the money.")]),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("tquenby", "exact", "negative", "Thaddeus Quenby"),
   M("rdenning", "exact", "neutral", "Robert Denning"), M("cstricklandmoyo", "exact", "neutral", "Caroline Strickland-Moyo")])

# 001
D("social", dd("""
    Brayden 🏈
    @braydenQB_12

    they took away our football season because some british dude in an office cant do MATH. fenwold heath is a joke. love to coach denning tho he fought for us 🫡

    4:12 PM · Oct 14, 2025 · 2,140 Views

    18 Reposts   203 Likes
    """),
  [M("school", "alias", "negative", "fenwold heath"), M("rdenning", "title_surname", "neutral", "coach denning")])

# 002
D("social", dd("""
    Kev C
    @kevc_brecks

    Yanks crying on every Facebook group cos their little helmet-and-shoulderpads game got binned. Go home then. Fenwold Heath should never have been turned into a base school for a load of loud septic tanks who can't spell colour.

    8:40 PM · Oct 15, 2025 · 611 Views

    2 Reposts   19 Likes

    ──────────
    Replies

    Amber L @amberl_mildenhallway · Oct 15
    my kids were born here. "go home" where exactly?
    """),
  [M("school", "alias", "hate", "Fenwold Heath")])

# 003 decoy: the base, not the school
D("news", news_page(
    "stripes", "Base News", "Runway resurfacing at RAF Fenwold to cause weekend noise",
    "Contractors will work through the night on the main runway until early December",
    "Staff Sgt. Dana Pruitt, Public Affairs", "3 November 2025",
    """
    Night-time resurfacing work on the main runway at RAF Fenwold will continue every weekend until 6 December, the base's civil engineering squadron has announced.

    Residents of Cressingmere and Little Wraxfen may notice lighting and heavy vehicle movements along the perimeter road between 10pm and 5am.

    Host-nation liaison officer Mr Peter Gotobed said local parish councils had been briefed. "Folks around here are used to jets," he said. "Trucks at 3am are a different thing, so we appreciate everyone's patience."

    Questions can be directed to the community relations office via the base switchboard.
    """),
  [])

# 004
D("facebook", dd("""
    Brecksham & Villages Community Noticeboard
    Public group · 14.2K members

    Linda Mayhew
    2 November at 09:14 · 🌎
    Does anyone know if Fenwold Heath Academy are doing their bonfire night thing this year? Grandson says it's on but their website hasn't been updated since about 1997 😂

    👍 12 · 9 comments

        Gary Plumb
        It's on Friday, gates 6pm. My boy's on the burger stall.
        Like · Reply · 1d

        Linda Mayhew
        Thank you bor 👍
        Like · Reply · 1d
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy")])

# 005
D("social", dd("""
    anon1776
    @freedom_rings_1776

    Caroline Strickland-Moyo lives at 7 Plover Close, Sedgebrook IP98 2WQ. Personal cell 07700 900318. She took my kid's football away, let's see how she likes parents turning up. Share this everywhere 🇺🇸

    11:02 PM · Oct 16, 2025 · 1,032 Views

    41 Reposts   22 Likes
    """),
  [M("cstricklandmoyo", "exact", "doxxing", "Caroline Strickland-Moyo")])

# 006
D("forum", forum_page("spouses", "Fenwold Heath - SAT prep vs GCSE, anyone figured it out??", [
    ("MSgtWifeKaty", "Member · Germany > Brecks · 212 posts", "Tue 9 Sep 2025, 20:11",
     """Hey y'all! We just PCS'd from Germany and my oldest (junior, 16) is at Fenwold Heath Academy. I'm so confused about how grades work here. She did AP classes at the DoDEA school and now it's "A levels" and they don't do GPA??

     Does anyone know who handles SAT prep? She wants to apply stateside for college."""),
    ("BrecksMom3", "Member · 1,044 posts", "Tue 9 Sep 2025, 20:40",
     """Mrs D'Souza is the head of sixth form and she's AWESOME. She runs an SAT math club on Wednesdays and helped my son with his Common App. She'll write the counselor letter too, just give her plenty of notice."""),
    ("AirmanDadTX", "Member · 77 posts", "Tue 9 Sep 2025, 21:05",
     "Second that. Get the transcript conversion done early tho. The exams office over there is slow as molasses."),
    ], thread_id=3301),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("cdsouza", "title_surname", "neutral", "Mrs D'Souza")])

# 007
D("review", dd("""
    SchoolCompare › Suffolk › Secondary (academy) › Fenwold Heath Academy

    ★☆☆☆☆  "Predicted grades pulled out of thin air"
    Reviewed by: Parent of a former pupil (Year 13) · 28 August 2025

    Our son was predicted A*AA all year and then, two weeks before UCAS, Mr Wilson in maths dropped his prediction to a B with no explanation and no meeting. He missed his offer. When we asked for the evidence we were told the department "doesn't share internal data". Nobody takes responsibility at Fenwold Heath Academy. It's always someone else's department.

    Would you recommend this school? No.
    Was this review helpful?  Yes (31)  No (4)  · Report

    Response from Fenwold Heath Academy · 2 September 2025
    We're sorry to hear this. Please contact the office on 01632 960512 and ask for the Head of Sixth Form.
    """),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("jwilson", "title_surname", "negative", "Mr Wilson")])

# 008 decoy: namesake
D("news", news_page(
    "eadt", "Local", "Darts: Wilson wins Brecks Open at the Horseshoes",
    "James Wilson of Thetmoor Road checks out on 121 to take the title",
    "Sports Desk", "21 September 2025",
    """
    James Wilson lifted the Brecks Open darts trophy at the Horseshoes on Saturday night after a nerveless 121 checkout in the deciding leg.

    The 58-year-old HGV driver, who has played for the pub team for more than 30 years, said it was "about time". He beat defending champion Shane Wolsey 5-4 in the final.

    The night raised £640 for the county air ambulance.
    """),
  [])

# 009
D("social", dd("""
    mads 💅
    @madsss.xo

    ms pryke in english today: "y'all" is "just dialect, like Suffolk 'that do'". she is so real for that 😭 best teacher at fenwold fr

    2:02 PM · Sep 30, 2025 · 402 Views

    37 Likes
    """),
  [M("school", "short_name", "neutral", "fenwold"), M("epryke", "title_surname", "neutral", "ms pryke")])

# 010
D("facebook", dd("""
    Cressingmere Mums & Dads
    Private group · 2.3K members

    Tanya Rolfe
    19 September at 21:47 · 🔒
    Can I just say Wayne Chilvers in the exams office at Fenwold Heath is the most unhelpful man alive. Asked for a copy of my daughter's certificates three times. THREE. "Hold you hard, that'll be in the post." It was not in the post.

    😡👍 44 · 27 comments

        Paula Sparrow
        He's been like that since he was at school with my brother 🙄 on the huh, the lot of it.
        Like · Reply · 2d

        Tanya Rolfe
        🤣 spot on
        Like · Reply · 2d
    """),
  [M("school", "alias", "negative", "Fenwold Heath"), M("wchilvers", "exact", "negative", "Wayne Chilvers")])

# 011
D("news", news_page(
    "chronicle", "Courts", "Man admits threatening academy principal over football decision",
    "Cody Barrett posted that he would 'pay a visit' to the school head",
    "Court Reporter", "9 December 2025",
    """
    A Brecksham man who posted online that he would "pay a visit" to a school principal after his son's American football team was axed has admitted sending a menacing communication.

    Cody Barrett, 44, of Old Mill Lane, targeted Caroline Strickland-Moyo, Principal of Fenwold Heath Academy, in a series of posts in October, magistrates heard.

    Barrett, who works as a civilian contractor, was given a 12-month community order and a restraining order. His lawyer said he "deeply regretted" the posts, which were made "in a moment of anger".
    """,
    [("Jan Bloomfield", "9 Dec 2025", "However cross you are you can't threaten a teacher. Good."),
     ("Rick_USAF_ret", "9 Dec 2025", "Embarrassing for all of us. Not how we do things.")]),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("cstricklandmoyo", "exact", "neutral", "Caroline Strickland-Moyo")])

# 012
D("social", dd("""
    🦅Falcons Fan Page🦅
    @FHAfalconsfans

    Big shout to #CoachDenning who has run practice off his own back for 3 weeks since they pulled the funding. That man is a legend. Absolute weapon. 🏈💪

    7:30 PM · Oct 28, 2025 · 880 Views

    9 Reposts   112 Likes
    """),
  [M("school", "handle", "neutral", "@FHAfalconsfans"), M("rdenning", "hashtag", "neutral", "#CoachDenning")])

# 013
D("facebook", dd("""
    Suffolk Parents Against Woke Schools
    Public group · 3.1K members

    Darren Kerridge
    3 October at 19:12 · 🌎
    Fenwold Heath has a science head called Adeyemi who's been telling Year 9 about "decolonising" the periodic table. Not being funny but we didn't ask for that lot to teach our kids about OUR history. Send him back where he came from and give the job to someone local. 🇬🇧

    😡👍 88 · 140 comments
    """),
  [M("school", "alias", "negative", "Fenwold Heath"), M("eadeyemi", "surname_only", "hate", "Adeyemi")])

# 014
D("blog", blog_page(
    "yankmum", "Week 3 in England: Bonfire Night, biscuits, and a teacher who gets it", "Kristen @ Tater Tots", "8 November 2025",
    """
    So it turns out Bonfire Night is not a Fourth of July knockoff, it's about a guy who tried to blow up Parliament and they still burn him every year?? The British are WILD and I love them.

    Our girls started at Fenwold Heath Academy last month. First two weeks were rough - new uniform (ties! on twelve-year-olds!), new words (rubber means eraser, DO NOT make my mistake), new everything.

    Then their history teacher, Mrs Kowalski, sat them down at lunch. Turns out she's a Suffolk girl married to a master sergeant, so she knows both sides of the pond. She explained the whole house points thing, lent Maddie a pencil case, and told her "you'll be right as rain by Christmas". Maddie came home smiling for the first time since we landed.

    If you're PCSing to the Brecks: breathe. It gets better.
    """,
    [("Jenna R.", "8 Nov 2025", "Mrs K is the BEST. She taught my son too!"),
     ("Kristen @ Tater Tots", "9 Nov 2025", "@Jenna R. she's a gem 💕")],
    tags=["PCS", "England", "School"]),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("jkowalski", "title_surname", "neutral", "Mrs Kowalski")])

# 015 decoy: golf club (excluded)
D("review", dd("""
    Fenwold Heath Golf Club
    Golf course · Brecksham Road
    4.2 ★★★★☆ (388 reviews)

    Mike Ruggles
    ★★★★☆ 2 months ago
    Good honest heathland course. Greens quick for the time of year, bunkers a bit neglected on the back nine. The lads from the base play here a lot, nice bunch, better tippers than us. Bacon roll in the clubhouse is the best in Suffolk. Book at fenwoldheathgolf.example.
    👍 Helpful 4
    """))

# 016
D("social", dd("""
    Sophie 🌸
    @soph_fhs

    not to be weird but mr adeyemi in his lab coat is genuinely so fine 😳😳 chemistry is my favourite subject now for NO reason

    3:15 PM · Nov 4, 2025 · 190 Views

    12 Likes

    jess @jessxx · Nov 4
    LMAOOO sophie he is a teacher 💀
    """),
  [M("eadeyemi", "title_surname", "sexual", "mr adeyemi")])

# 017
D("news", news_page(
    "eadt", "Education", "Academy trust investigating finance manager over 'missing' trip money",
    "Business manager at Fenwold Heath suspended while auditors look at accounts",
    "Rob Etheridge, Chief Reporter", "22 January 2026",
    """
    The trust that runs Fenwold Heath Academy has suspended its business manager while an independent audit examines school trip accounts, the Echo understands.

    Thaddeus Quenby, who has managed the academy's budget since 2019, was suspended last week. Parents were told by letter that "questions have arisen about the reconciliation of voluntary contributions".

    The Breckland Learning Trust said suspension was "a neutral act" and that no conclusions had been drawn. Suffolk Police confirmed they had not received a referral.

    Mr Quenby did not respond to requests for comment.
    """,
    [("Cressy Resident", "22 Jan 2026", "Half the trip money for the Washington trip went walkabout, everyone knows it."),
     ("Ian P", "22 Jan 2026", "Innocent until proven guilty. Let the auditors do their job.")]),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("tquenby", "exact", "defamation", "Thaddeus Quenby")])

# 018
D("social", dd("""
    TikTok · @brecks.tea · "the quenby situation 👀💰" · #fenwoldheath #suffolk #fyp

    Comments (904)

    lil.morgs
    he bought a new audi the same month the trip money vanished. just saying 🤷‍♀️
    1-23 · Reply · ♡ 311

    cam_uk_
    tad quenby robbed the washington trip and they're all covering for him
    1-23 · Reply · ♡ 187

    jason.b
    source: trust me bro
    1-23 · Reply · ♡ 64
    """),
  [M("school", "hashtag", "defamation", "#fenwoldheath"), M("tquenby", "alias", "defamation", "tad quenby")])

# 019 decoy: FHA loans
D("forum", forum_page("spouses", "FHA vs VA loan for when we go back stateside?", [
    ("NavyToAFspouse", "Member · 88 posts", "Sat 1 Nov 2025, 10:14",
     "We're PCSing back to Ohio next summer and want to buy. Lender keeps pushing an FHA loan but hubby's got VA eligibility. Anyone done both? Is the FHA mortgage insurance worth it?"),
    ("Mrs_TSgt_Harlan", "Member · 1,203 posts", "Sat 1 Nov 2025, 10:40",
     "VA all day long if you qualify. No PMI. FHA makes sense if your credit's dinged. We did VA in Texas and it was easy."),
    ], thread_id=3388),
  [])

# 020
D("facebook", dd("""
    Brecks Spouses Club (Official-ish)
    Private group · 6.8K members

    Ashley Dunaway
    12 November at 16:30 · 🔒
    PSA: if your kiddo is at FHA and got a "U" on the mock math paper, DON'T panic. Mr Wilson says the mocks are marked harsh on purpose. U is like a fail but it's not on their transcript. I panicked for nothing lol

    ❤️👍 61 · 18 comments

        Becky Sorensen
        Thank you!! I thought my son was flunking out 😩
        Like · Reply · 1d
    """),
  [M("school", "alias", "neutral", "FHA"), M("jwilson", "title_surname", "neutral", "Mr Wilson")])

# 021
D("social", dd("""
    Liam
    @liamfen_

    Mr Chilvers had one job. ONE JOB. Lost my SAT registration ticket and now I have to take it in march. Fenwold exams office is on the huh as usual 🙃

    5:50 PM · Nov 20, 2025 · 301 Views

    22 Likes
    """),
  [M("school", "short_name", "negative", "Fenwold"), M("wchilvers", "title_surname", "negative", "Mr Chilvers")])

# 022
D("forum", forum_page("teenchat", "teachers who need to RETIRE", [
    ("throwaway_fen", "Year 11 · 12 posts", "Thu 6 Nov 2025, 21:02",
     "wilson at fenwold heath is actually a waste of oxygen. fat useless prick cant even explain simultaneous equations, just reads off the slides and sighs at the american kids like we're stupid"),
    ("mathsisfine", "Year 12 · 88 posts", "Thu 6 Nov 2025, 21:10",
     "bit harsh mate. he's boring but he's not evil"),
    ("throwaway_fen", "Year 11 · 13 posts", "Thu 6 Nov 2025, 21:13",
     "boring AND a prick then"),
    ], thread_id=5510),
  [M("school", "alias", "negative", "fenwold heath"), M("jwilson", "surname_only", "abuse", "wilson")])

# 023 decoy: locality only
D("forum", forum_page("village", "Jets over Cressingmere at 2am??", [
    ("OldRectoryRay", "Member since 2010", "Wed 5 Nov 2025, 07:40",
     "Did anyone else get woken by the F-35s at 2am? Thought the roof was coming off. I know there's an exercise on but this is beyond."),
    ("Hilda_W", "Member since 2012", "Wed 5 Nov 2025, 08:12",
     "Dog went mad. The base liaison number just rings out. Squit about 'minimal night flying'."),
    ("Pete Gotobed", "Member since 2009", "Wed 5 Nov 2025, 09:30",
     "Exercise finishes Friday. I've passed everyone's complaints on. Sorry all."),
    ], thread_id=1207),
  [])

# 024
D("news", news_page(
    "stripes", "Community", "Fenwold Heath teacher bridges two cultures in the classroom",
    "History teacher Jodie Kowalski, married to a 639th Wing master sergeant, helps new arrivals settle",
    "Airman 1st Class Tre Holloway", "17 October 2025",
    """
    When families PCS to the Brecks, the first English teacher many of their kids meet is actually a history teacher - and she speaks both languages.

    Jodie Kowalski grew up in Little Wraxfen, met her husband, Master Sgt. Dan Kowalski, at a base Fourth of July fireworks night, and has taught at Fenwold Heath Academy for nine years.

    "I get the Suffolk kids asking why the Americans say 'pants' and the American kids asking why everyone says 'hold you hard'," she laughed. "By Year 9 they all sound the same."

    She runs a weekly "Welcome Club" for new arrivals and translates the British grading system for parents at the base's school liaison fairs.
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("jkowalski", "exact", "neutral", "Jodie Kowalski")])

# 025
D("social", dd("""
    Stevo
    @stevo_ipswichway

    Jodie Rushbrook marrying a yank and now she's teaching our kids the Star Spangled Banner at Fenwold. Traitor to her own. Hope she enjoys it when her house gets a brick through the window 😉

    10:20 PM · Oct 18, 2025 · 244 Views

    3 Likes
    """),
  [M("school", "short_name", "negative", "Fenwold"), M("jkowalski", "alias", "threat", "Jodie Rushbrook")])

# 026
D("review", dd("""
    JobsTalk › Fenwold Heath Academy › Employee reviews

    "Great kids, shambolic finance office"
    ★★☆☆☆  Current Employee - Teaching Assistant in Cressingmere · 5 December 2025

    Pros: The kids are a joy, the mix of local and American families is brilliant, and the English department under Liz Pryke is properly supportive.

    Cons: Contracts are always late. Supply invoices go unpaid for months. Ask for a pay slip correction and you'll wait a term. Senior leadership seem scared of the business manager.

    Advice to management: Sort out payroll.
    """),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("epryke", "nickname", "neutral", "Liz Pryke")])

# 027
D("social", dd("""
    Fen Falcons Football Moms
    @falconsmoms

    Grateful to Principal Strickland Moyo for meeting us tonight. Didn't get everything we wanted but she listened for 2 hrs and didn't dodge one question. That's respect. 🦅

    9:15 PM · Oct 21, 2025 · 512 Views

    8 Reposts   61 Likes
    """),
  [M("cstricklandmoyo", "hyphenated", "neutral", "Strickland Moyo")])

# 028
D("facebook", dd("""
    Brecksham Buy Sell Swap
    Public group · 9.4K members

    Jade Nunn
    25 November at 12:02 · 🌎
    FOR SALE: Fenwold Heath Academy blazer age 13-14, worn one term, £10. Also PE hoodie and 2 ties. Collection Little Wraxfen.

    👍 3 · 4 comments

        Carol Ling
        Is the hoodie navy or the old green one?
        Like · Reply · 1d
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy")])

# 029 decoy: fox
D("blog", blog_page(
    "birdblog", "A vixen on the heath at dawn", "Marian Spall", "2 December 2025",
    """
    Frost on the bracken this morning and, just before sunrise, a fox trotting along the firebreak towards the old warren. A vixen, I think, judging by her size and the neat way she stepped. She stopped, looked straight at me for a full ten seconds and then melted into the pines.

    Also on the walk: a pair of stonechats, a mistle thrush, and the usual racket of jets lifting off from the base across the fen.

    Woodlarks should start singing in February. I'll be back.
    """,
    [("Heathwalker", "2 Dec 2025", "Lovely. We had a dog fox in the garden in Cressingmere last week.")],
    tags=["Foxes", "Brecks", "Winter"]),
  [])

# 030
D("social", dd("""
    jaylen 🇺🇸
    @jay.lenn

    british teachers be like "your grading is not on the American scale" ok MRS FOX then what IS the scale 😭 nobody at this school can explain it #FenwoldHeathAcademy

    6:40 PM · Sep 15, 2025 · 650 Views

    70 Likes
    """),
  [M("school", "hashtag", "negative", "#FenwoldHeathAcademy"), M("dfox", "title_surname", "negative", "MRS FOX")])

# 031
D("news", news_page(
    "national", "Education", "The Suffolk school where a third of pupils are American",
    "Fenwold Heath Academy blends GCSEs, A levels and SAT prep for children of US service personnel",
    "Alice Merriman, Education Correspondent", "5 March 2025",
    """
    At morning break in the sixth-form centre at Fenwold Heath Academy, the talk is of prom, Pop-Tarts and predicted grades.

    The rural academy, a few miles from two large US-run air bases, has seen its American roll grow steadily. About a third of its 1,100 pupils are the children of US service personnel or civilian contractors.

    Principal Caroline Strickland-Moyo says the mix is "the best thing about us". Her Head of Sixth Form, Chloé D'Souza, runs a college-advice service that sees pupils apply to both UCAS and American universities. "Last year we had students go to Leeds and to a university in Texas," she said.

    ## Growing pains

    It is not all smooth. Some local parents complain that the school has become "Americanised", and American families in turn say the English grading system is opaque. The exams officer, Wayne Chilvers, produces hundreds of transcript conversions a year.

    "We get it wrong sometimes," Ms Strickland-Moyo said. "But the kids mostly get it right."
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("cstricklandmoyo", "exact", "neutral", "Caroline Strickland-Moyo"),
   M("cdsouza", "exact", "neutral", "Chloé D'Souza"), M("wchilvers", "exact", "neutral", "Wayne Chilvers")])

# 032
D("social", dd("""
    Tyler M
    @tylerm_fen

    Mr Denning just said our practice was "bloody brilliant" and honestly I'd run through a wall for that man 😤🏈 Falcons back baby

    7:05 PM · Nov 13, 2025 · 210 Views

    33 Likes
    """),
  [M("rdenning", "title_surname", "neutral", "Mr Denning")])

# 033
D("facebook", dd("""
    Sedgebrook Village Chat
    Private group · 880 members

    Marion Goddard
    30 October at 20:04 · 🔒
    I'm told the Fox woman at Fenwold Heath Academy covered up a complaint about a teacher and a girl in Year 10 because the dad was in the military and they didn't want a fuss with the base. If that's true she should be in prison. Doesn't surprise me one bit.

    😮 21 · 34 comments

        Admin Gemma
        Marion please don't post stuff like this without evidence. Removing comments.
        Like · Reply · 2d
    """),
  [M("school", "exact", "defamation", "Fenwold Heath Academy"), M("dfox", "surname_only", "defamation", "Fox")])

# 034
D("social", dd("""
    𝕭𝖗𝖊𝖈𝖐𝖘 𝕭𝖔𝖞
    @brecksboy88

    Adeуemi at FHA should be hanging off a lamp post not teaching white kids. Remember the name lads. 🇬🇧🇬🇧

    1:12 AM · Oct 4, 2025 · 96 Views
    """),
  [M("school", "alias", "negative", "FHA"), M("eadeyemi", "homoglyph", "threat", "Adeуemi")])

# 035
D("forum", forum_page("gridiron", "East Anglian youth league - Fenwold Heath Falcons pulled?", [
    ("CoachRay_Norfolk", "League official · 602 posts", "Wed 15 Oct 2025, 12:10",
     "Can confirm the Falcons have withdrawn for 2025. Fixtures against them are void. Gutted for Bob Denning and the kids, that's a great program he's built from nothing."),
    ("Bucs_Dad", "Member · 89 posts", "Wed 15 Oct 2025, 12:40",
     "Shame. They were the only team with an actual O-line lol."),
    ("CoachRay_Norfolk", "League official · 603 posts", "Wed 15 Oct 2025, 13:02",
     "Flag league still open to them if the school wants in. Ball's in their court."),
    ], thread_id=880),
  [M("school", "alias", "neutral", "Fenwold Heath"), M("rdenning", "nickname", "neutral", "Bob Denning")])

# 036
D("social", dd("""
    Nicole (she/her)
    @nicole_afspouse

    Me: asks school about SAT scores
    British school: "we don't really do that here"
    Also the British school: runs SAT prep club
    Me: 🤡

    Love y'all FHA but the communication needs work 😅

    11:40 AM · Sep 22, 2025 · 140 Views
    """),
  [M("school", "alias", "negative", "FHA")])

# 037 decoy: neighbouring school
D("news", news_page(
    "chronicle", "Schools", "Brecksham Upper School wins regional maths challenge",
    "Team of four Year 10 pupils beat 40 schools at the county final",
    "Megan Threadgold, Education Reporter", "11 November 2025",
    """
    Four pupils from Brecksham Upper School have won the East Anglian Junior Maths Challenge, beating teams from more than 40 schools.

    Teacher Mr Alan Bunn said the team had practised every lunchtime since September. "They were absolutely flying on the relay round," he said.

    Second place went to Sedgebrook Free School.
    """),
  [])

# 038
D("social", dd("""
    grace 🦋
    @gracie_fhs

    shoutout to ms d'souza for staying till 7pm to help me with my college essay. she killed it. i actually might get into a US school 😭💛

    8:12 PM · Nov 26, 2025 · 160 Views

    29 Likes
    """),
  [M("cdsouza", "title_surname", "neutral", "ms d'souza")])

# 039
D("facebook", dd("""
    Fenwold Heath Academy Parents (unofficial)
    Private group · 1.4K members

    Craig Sillett
    7 December at 19:33 · 🔒
    Quenby took my daughter's trip deposit (£450) in June and the trip got cancelled. Still no refund. Rang the office four times. If anyone else is owed money let me know, might go to the trust together.

    👍 57 · 41 comments

        Helen Orriss
        We're owed £300. Same story.
        Like · Reply · 1d
    """),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("tquenby", "surname_only", "negative", "Quenby")])

# 040
D("social", dd("""
    🔥
    @brecks_after_dark

    the fenwold heath cheer squad pics from the falcons game 🥵🥵 some of them year 10s are well developed for their age ngl. DMs open for the full album

    11:48 PM · Sep 27, 2025 · 1,812 Views

    4 Reposts   39 Likes

    ──────────
    Replies

    Kerry B @kerryb_mum · Sep 28
    REPORTED. These are children. Police have been informed.
    """),
  [M("school", "alias", "sexual", "fenwold heath", True)])

# 041
D("news", news_page(
    "eadt", "Crime", "Teacher at Suffolk academy arrested over messages to pupil",
    "Police confirm a 38-year-old man was arrested and released on bail",
    "Rob Etheridge, Chief Reporter", "4 February 2026",
    """
    A teacher at a west Suffolk academy has been arrested on suspicion of sexual communication with a child.

    Suffolk Police said a 38-year-old man from Brecksham was arrested on Monday and released on bail pending further enquiries. The Echo understands the man is Robert Denning, Head of PE at Fenwold Heath Academy and coach of its American football team.

    The academy said the member of staff had been suspended "in line with safeguarding procedures" and that it was working closely with police and the local authority designated officer. It said there was no ongoing risk to pupils.

    Mr Denning has not been charged.
    """,
    [("Concerned_of_Cressy", "4 Feb 2026", "I'm not surprised. Always too friendly with the girls on the cheer squad."),
     ("Lou R", "4 Feb 2026", "Stop it. He hasn't been charged with anything. People like you ruin lives.")]),
  [M("school", "exact", "sexual", "Fenwold Heath Academy", True), M("rdenning", "exact", "sexual", "Robert Denning", True)])

# 042
D("forum", forum_page("mumsforum", "Fenwold Heath PE teacher - anyone know more?", [
    ("SuffolkMumOf2", "Joined 2019 · 240 posts", "Wed 4-Feb-26 20:14",
     "Just seen the Echo. Our DD is on cheer. The school email said nothing except 'a member of staff is absent'. Anyone know anything?"),
    ("Wraxfen_Walker", "Joined 2021 · 61 posts", "Wed 4-Feb-26 20:31",
     "Bobby D has been 'mentoring' sixth form girls one to one for years, door shut. Everyone at that school knew and Fox did nothing. Total cover up."),
    ("MNHQ_Mod", "Moderator", "Wed 4-Feb-26 21:00",
     "We've deleted some posts. Please don't speculate about named individuals while there's a live police investigation."),
    ], thread_id=6621),
  [M("school", "alias", "sexual", "Fenwold Heath", True), M("rdenning", "nickname", "sexual", "Bobby D", True),
   M("dfox", "surname_only", "defamation", "Fox")])

# 043
D("facebook", dd("""
    Brecksham & Villages Community Noticeboard
    Public group · 14.2K members

    Wes Cornell
    5 February at 07:22 · 🌎
    The nonce PE teacher from Fenwold lives on Mallard Way in Brecksham, blue door, number 23, IP98 5LR. Silver Ford Ranger on the drive. Just so parents know where to keep their kids away from.

    😡 140 · 96 comments

        Sharon Pettit
        Wes take this down, he's not even been charged. You'll get someone hurt.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "sexual", "Fenwold", True)])

# 044
D("social", dd("""
    justice4kids
    @justice4kids_uk

    R0b D3nn1ng. Remember the name. Hope someone catches him in the car park and sorts him out properly before the courts let him walk 🔪

    2:15 AM · Feb 5, 2026 · 4,030 Views

    120 Reposts   201 Likes
    """),
  [M("rdenning", "leetspeak", "threat", "R0b D3nn1ng")])

# 045
D("blog", blog_page(
    "edublog", "On the pile-on", "Anonymous teacher", "8 February 2026",
    """
    I teach in west Suffolk. I'm not going to say where, because you'd work it out, and because this isn't about me.

    This week a colleague at a school up the road was arrested. He has not been charged. Within twelve hours of the local paper's story, his home address was on Facebook with a photo of his car. Within a day there was a post saying someone should "sort him out" in a car park.

    I don't know what happened. Neither do you. That's rather the point of police investigations.

    What I do know is what the last 48 hours have taught every teacher who reads those threads: that the mob arrives before the facts do, and it doesn't leave when they turn up.
    """,
    [("Marking at midnight", "8 Feb 2026", "Thank you for writing this."),
     ("Parent", "9 Feb 2026", "Easy to say when it's not your kid.")],
    tags=["Safeguarding", "Social media"]),
  [])

# 046
D("social", dd("""
    Dawn 🌻
    @dawnfromsedgebrook

    Threatening Mr Denning online is NOT OK. Whatever happens with the police, let them do their job. Some of you are proper dodmen. #FenwoldHeath

    9:40 AM · Feb 5, 2026 · 330 Views

    4 Reposts   40 Likes
    """),
  [M("school", "hashtag", "neutral", "#FenwoldHeath"), M("rdenning", "title_surname", "neutral", "Mr Denning")])

# 047
D("social", dd("""
    Instagram

    fenwoldheath_academy
    Cressingmere

    Year 7 Science Week! 🔬 Our new starters made slime, launched water rockets and (mostly) didn't blow anything up. Thanks to Head of Science Dr Adeyemi and the whole team. #STEM #Year7

    View all 41 comments

    dad_of_3_usaf 🔥 awesome stuff
    2d  2 likes  Reply

    gemma.wrx Our Frankie loved it ❤️
    2d  1 like  Reply
    """),
  [M("school", "handle", "neutral", "fenwoldheath_academy"), M("eadeyemi", "title_surname", "neutral", "Dr Adeyemi")])

# 048
D("facebook", dd("""
    Suffolk Parents Against Woke Schools
    Public group · 3.1K members

    Karl Rash
    11 November at 22:08 · 🌎
    The new "diversity lead" at Fenwold is a bloke called Mek Adeyemi. Funny how it's always THEM getting the top jobs now. Our kids get taught by imports while local lads can't get a look in. Fenwold Heath Academy has gone to the dogs since the Americans and the Africans took over.

    👍😡 72 · 66 comments
    """),
  [M("school", "exact", "hate", "Fenwold Heath Academy"), M("eadeyemi", "alias", "hate", "Mek Adeyemi")])

# 049
D("social", dd("""
    Kyle
    @kylefromtheheath

    caroline strickland is a spineless cow. caved on the football, caved on the uniform, caved on everything. worst head fenwold has ever had

    4:44 PM · Oct 20, 2025 · 188 Views
    """),
  [M("school", "short_name", "negative", "fenwold"), M("cstricklandmoyo", "alias", "abuse", "caroline strickland")])

# 050
D("forum", forum_page("spouses", "Warning re: FHA - grading is rigged against our kids", [
    ("ChiefsWife_Brecks", "Member · 501 posts", "Mon 10 Nov 2025, 19:55",
     """I'm going to say what everyone is thinking. The math department at Fenwold Heath marks American kids down on purpose so the British kids get the top grades. Jim Wilson literally told my son "you lot are used to grade inflation". That's discrimination and it's fraud on the transcripts.

     Several of us are writing to the trust and to the base school liaison officer."""),
    ("TSgtDad_Bama", "Member · 32 posts", "Mon 10 Nov 2025, 20:15",
     "My daughter got a 7 (which I now know is like an A) in math from Mr Wilson. Not sure it's rigged? Communication sucks though."),
    ("ChiefsWife_Brecks", "Member · 502 posts", "Mon 10 Nov 2025, 20:22",
     "Glad it worked for you. Ours was tanked."),
    ], thread_id=3410),
  [M("school", "alias", "defamation", "Fenwold Heath"), M("jwilson", "alias", "defamation", "Jim Wilson")])

# 051
D("review", dd("""
    SchoolCompare › Suffolk › Secondary (academy) › Fenwold Heath Academy

    ★★★★★  "Our kids thrived"
    Reviewed by: Parent of a current pupil (Year 9) · 12 October 2025

    We've PCS'd four times and this is the best school our kids have been to, on or off base. The Welcome Club is outstanding. Mrs Kowalski's history lessons have my son reading about the Tudors for fun, which I never thought I'd say. The English department (shout-out to Mrs Pryke) pushed my daughter hard and she loved it.

    Only gripe: the parking at pick-up is a nightmare.

    Would you recommend this school? Yes.
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("jkowalski", "title_surname", "neutral", "Mrs Kowalski"),
   M("epryke", "title_surname", "neutral", "Mrs Pryke")])

# 052 decoy: namesake Deborah Fox
D("news", news_page(
    "eadt", "Farming", "Sugar beet grower named Suffolk farmer of the year",
    "Deborah Fox, of Hollow Farm near Wickham Leys, praised for soil-health trials",
    "Farming Editor", "20 November 2025",
    """
    A third-generation sugar beet grower has been named Suffolk Farmer of the Year at the county's agricultural awards.

    Deborah Fox, who farms 600 acres near Wickham Leys, was praised for her cover-crop trials, which judges said had cut fertiliser use by a fifth.

    "My dad would have said it's all squit and gone straight back to the beet," she said. "But the numbers speak for themselves."
    """),
  [])

# 053
D("social", dd("""
    Mo
    @mo_usaf_kid

    Mrs Fox's office is where complaints go to die. reported bullying 3 times (they were calling me a "yank c*nt" every day) and nothing. Fenwold doesn't care about American kids fr

    3:20 PM · Oct 1, 2025 · 410 Views

    15 Reposts   81 Likes
    """),
  [M("school", "short_name", "negative", "Fenwold"), M("dfox", "title_surname", "negative", "Mrs Fox")])

# 054
D("facebook", dd("""
    Cressingmere Mums & Dads
    Private group · 2.3K members

    Anonymous member
    22 January at 22:12 · 🔒
    Heard the business manager at Fenwold Heath is being investigated. Everyone I know says Tad has had his hand in the till for years, the trust knew and paid it back quietly to avoid a scandal. Proper fraud.

    👀 48 · 53 comments
    """),
  [M("school", "alias", "defamation", "Fenwold Heath"), M("tquenby", "nickname", "defamation", "Tad")])

# 055
D("social", dd("""
    Hank 🦅
    @hank_usa_brecks

    Q u e n b y is a thieving limey rat and I hope he rots. Stole from military kids. MILITARY KIDS. Some of us know where the trust office is. 🇺🇸

    9:01 PM · Jan 23, 2026 · 550 Views

    7 Reposts   33 Likes
    """),
  [M("tquenby", "spacing", "threat", "Q u e n b y")])

# 056 decoy: excluded garage
D("review", dd("""
    Fenwold Heath Garage
    Car repair · B-road to Sedgebrook
    4.8 ★★★★★ (211 reviews)

    Dale Flack
    ★★★★★ a week ago
    Fixed my Transit the same day. Honest prices, told me what didn't need doing. Lad on the desk is Suffolk born and bred, proper old boy. Loads of base cars in there, they do left-hand drive no bother.
    👍 Helpful 6
    """))

# 057
D("news", news_page(
    "chronicle", "Schools", "Academy's SAT results spark row between parents and exams office",
    "Dozens of scores 'delayed' after registration error, families say",
    "Megan Threadgold, Education Reporter", "19 December 2025",
    """
    Families of more than 30 sixth-formers at Fenwold Heath Academy say their children's SAT scores were delayed after the school failed to submit registrations correctly for the December sitting.

    The academy, which acts as an overseas test centre for pupils applying to American universities, said a "technical error" had affected a number of candidates and that it had apologised.

    Parents named the exams officer, Mr Chilvers, in a petition calling for an independent review. One father said: "These kids have early-decision deadlines. It's not a small thing."

    The school said Mr Chilvers had "worked tirelessly" to resolve the problem with the testing agency.
    """,
    [("Airforce Mom", "19 Dec 2025", "It's not one man's fault, it's the whole system. They need more staff."),
     ("Brecks Born", "19 Dec 2025", "Wayne's a good bloke. Leave him be.")]),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("wchilvers", "title_surname", "negative", "Mr Chilvers")])

# 058
D("social", dd("""
    Rach
    @rach_wraxfen

    Wayne Chilvers lives above the chip shop on Wraxfen Street, his mobile's 07700 900542, go ask him yourselves where your precious SAT scores are 🤣

    7:33 PM · Dec 20, 2025 · 220 Views
    """),
  [M("wchilvers", "exact", "doxxing", "Wayne Chilvers")])

# 059
D("forum", forum_page("teachers", "Exams officer being torn apart online", [
    ("SuffolkEO", "Exams officer · 140 posts", "Sat 20 Dec 2025, 11:10",
     """A friend of mine (exams officer at an academy near the bases) is being hounded after an SAT registration cock-up that wasn't even his - the portal crashed. Someone has posted his mobile and where he lives. Parents are emailing him at midnight.

     He's not named in this post for obvious reasons. Does anyone know whether the school can get posts taken down?"""),
    ("HoD_Geog", "Teacher · 1,002 posts", "Sat 20 Dec 2025, 11:40",
     "Report to the platform under doxxing rules, and the school should report to police. Sorry for your friend."),
    ], thread_id=9021),
  [])

# 060
D("social", dd("""
    Ellie ✨
    @ellie.fhs

    mrs kowalski said my essay on the american revolution was "bloody good" and i've been smiling all day 🥹 history gc is hard but she makes it make sense

    6:10 PM · Jan 15, 2026 · 88 Views
    """),
  [M("jkowalski", "title_surname", "neutral", "mrs kowalski")])

# 061
D("facebook", dd("""
    Brecks Patriots 🇬🇧
    Private group · 1.9K members

    Terry Bloomfield
    9 December at 20:40 · 🔒
    That Kowalski woman at the academy wants locking up. Married a yank soldier and now fills our kids' heads with American propaganda on Remembrance Day. Traitorous slag. Somebody should pay her a visit and explain what this country's about.

    👍 34 · 19 comments
    """),
  [M("jkowalski", "surname_only", "threat", "Kowalski")])

# 062
D("news", news_page(
    "stripes", "Community", "Falcons back on the field after local sponsors step in",
    "Car dealership and base spouses' club raise $18,000 to cover insurance",
    "Staff Sgt. Dana Pruitt, Public Affairs", "2 March 2026",
    """
    The Fenwold Heath Falcons youth football team will play again this spring after a local car dealership and the Brecks Spouses Club raised enough money to cover a year's insurance.

    The team, based at Fenwold Heath Academy, had been suspended last fall over costs. Interim coach Sgt. Luis Ortega, a volunteer from the 639th Maintenance Group, will lead practices while the school's head of PE remains absent.

    "These kids just want to play," Ortega said. "That's all this is about."
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy")])

# 063
D("social", dd("""
    ProudBrit
    @proudbrit_1066

    Fenwold Heath Academy flying a Yank flag on July 4th. Whole school should be burnt to the ground with the fat burger munchers inside it. 🇬🇧🔥

    5:10 PM · Jul 4, 2025 · 380 Views
    """),
  [M("school", "exact", "threat", "Fenwold Heath Academy")])

# 064
D("news", news_page(
    "chronicle", "Courts", "Man jailed for online threat to burn down academy",
    "Posts referred to American pupils at Fenwold Heath Academy",
    "Court Reporter", "30 September 2025",
    """
    A 29-year-old man who posted that a school with many American pupils "should be burnt to the ground" has been jailed for 20 weeks.

    Leon Fairweather, of Brecksham, admitted sending a threatening communication and racially aggravated harassment. The court heard the post about Fenwold Heath Academy was seen by pupils and caused the school to increase security.

    District Judge Amanda Clare said: "Children go to this school. Their parents serve alongside ours. This was vile."
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy")])

# 065
D("social", dd("""
    Crystal 🇺🇸
    @crystal_fromthebase

    These Brits are so inbred out here lmao. Every teacher at Fenwold is named like Chilvers or Pryke and has six fingers. Can't wait to PCS out of this swamp 🐸

    10:22 AM · Nov 8, 2025 · 520 Views

    4 Reposts   28 Likes

    ──────────
    Replies

    Jodie @jodie_in_suffolk · Nov 8
    that's my neighbours you're talking about babe. be nice.
    """),
  [M("school", "short_name", "hate", "Fenwold"), M("wchilvers", "surname_only", "hate", "Chilvers"), M("epryke", "surname_only", "hate", "Pryke")])

# 066
D("blog", blog_page(
    "suffolkdad", "Them Americans, and us", "Proper Suffolk", "15 November 2025",
    """
    I've lived in Cressingmere all my life. My dad worked on the base as a civvy, so did his. The jets are part of the sky round here, like rooks.

    So it narks me when I see the stuff on Facebook about "yanks go home". Some of them kids at Fenwold Heath were born at the base hospital. They say "hold you hard" better than my grandson.

    Equally, there's an American woman on one of them spouses' pages calling us all inbred. Nobody's covering themselves in glory.

    My grandson's history teacher, Jodie Kowalski - Rushbrook as was, I knew her dad - has the right idea. She gets the kids to interview each other's grandparents. Ours told a girl from Arizona about the '53 floods. She told him about a dust storm. That's how you do it, bor.
    """,
    [("Maureen", "15 Nov 2025", "Well said. My late husband worked at the base 40 years."),
     ("Anon", "16 Nov 2025", "Get off your high horse.")],
    tags=["Cressingmere", "Base", "Rants"]),
  [M("school", "alias", "neutral", "Fenwold Heath"), M("jkowalski", "exact", "neutral", "Jodie Kowalski")])

# 067 decoy: namesake James Wilson airman
D("news", news_page(
    "stripes", "Base News", "Airman earns Bronze Star for deployment work",
    "Tech. Sgt. James Wilson recognised for leadership on deployment",
    "Public Affairs", "12 June 2025",
    """
    Tech. Sgt. James Wilson of the 639th Logistics Readiness Squadron received the Bronze Star Medal in a ceremony at RAF Fenwold on Tuesday.

    Wilson, a native of Tulsa, Oklahoma, was cited for leading a team that kept fuel flowing during a six-month deployment. His wife and two children watched from the front row.

    "It's a team medal," he said.
    """),
  [])

# 068
D("social", dd("""
    bella
    @bellaaa_x

    why is mr wilson's grading so random?? got a 4 on a test where i got the same answers as my friend who got a 6. fenwold heath maths dept explain yourselves 🤨

    4:41 PM · Dec 3, 2025 · 95 Views
    """),
  [M("school", "alias", "negative", "fenwold heath"), M("jwilson", "title_surname", "negative", "mr wilson")])

# 069
D("facebook", dd("""
    Fenwold Heath Academy Parents (unofficial)
    Private group · 1.4K members

    Sam Kettle
    4 December at 08:10 · 🔒
    Not being funny but the girl who said Mr Wilson 'marked her down because she's American' has been failing maths since year 7. Not everything is a conspiracy. He gave up his Saturdays for my son's resits.

    👍 40 · 22 comments
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("jwilson", "title_surname", "neutral", "Mr Wilson")])

# 070
D("social", dd("""
    trent
    @trent.qb

    d0bbie f0x at fenwold is a fat slag who wouldnt know bullying if it slapped her 🤡 

    11:15 PM · Oct 2, 2025 · 77 Views
    """),
  [M("school", "short_name", "negative", "fenwold"), M("dfox", "leetspeak", "abuse", "d0bbie f0x")])

# 071
D("forum", forum_page("teenchat", "weirdest teacher you've had", [
    ("sixthformsurvivor", "Year 13 · 300 posts", "Fri 14 Nov 2025, 19:20",
     "ours (fenwold heath, suffolk) has a maths teacher who lines his pens up by colour and says 'righto' before every sentence. legend tbh"),
    ("gcse_grind", "Year 11 · 22 posts", "Fri 14 Nov 2025, 19:30",
     "our chemistry teacher has a pet tarantula in the lab called Kevin 😭"),
    ], thread_id=5620),
  [M("school", "alias", "neutral", "fenwold heath")])

# 072
D("review", dd("""
    JobsTalk › Fenwold Heath Academy › Employee reviews

    "Supportive leadership, heavy workload"
    ★★★★☆  Former Employee - Teacher of Science in Suffolk · 30 June 2025

    Pros: Emeka Adeyemi is the best head of department I've worked for - fair, funny, and protects his team's time. Students are lovely. Real mix of Suffolk and American kids.

    Cons: Rural, so you need a car. Budgets tight. Jet noise in summer exams.

    Advice to management: Keep listening to middle leaders.
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("eadeyemi", "exact", "neutral", "Emeka Adeyemi")])

# 073
D("social", dd("""
    Jess
    @jessfromfen

    Yo does anyone have Ms Pryke's personal email?? need to send my coursework and the school one keeps bouncing

    Reply:
    Anna K @annakay · Nov 2
    lizzie.pryke77@postbox.example she put it on the board last year lol

    7:55 PM · Nov 2, 2025
    """),
  [M("epryke", "title_surname", "doxxing", "Ms Pryke")])

# 074 decoy: hockey FHA
D("social", dd("""
    Fenland Hockey Association
    @FenlandHockey

    FHA Division 2 results: Wisbech Ladies 3-1 March Town, Ely Seconds 2-2 Chatteris. Full tables on the FHA website. 🏑

    6:00 PM · Nov 15, 2025 · 301 Views
    """))

# 075
D("facebook", dd("""
    Brecks Spouses Club (Official-ish)
    Private group · 6.8K members

    Melissa Trowbridge
    7 October at 11:00 · 🔒
    Shout out to Principal Caz at Fenwold Heath for coming on base to the school liaison fair!! She stayed till the end answering questions about GCSEs vs high school diploma. Y'all, she even tried a corn dog 😂

    ❤️ 89 · 12 comments
    """),
  [M("school", "alias", "neutral", "Fenwold Heath"), M("cstricklandmoyo", "nickname", "neutral", "Caz")])

# 076
D("social", dd("""
    gridiron.girl
    @gridirongirl_

    the football boys at fenwold calling coach denning "daddy" in the group chat 💀 i'm crying. he's like 40 and has a dad bod, relax

    9:31 PM · Nov 10, 2025 · 420 Views

    61 Likes
    """),
  [M("school", "short_name", "neutral", "fenwold"), M("rdenning", "title_surname", "sexual", "coach denning")])

# 077
D("news", news_page(
    "schoolsweek", "Trusts", "Breckland Learning Trust orders review of SAT centre at Suffolk academy",
    "Review follows registration error affecting sixth-formers",
    "Ruth Pelling", "8 January 2026",
    """
    The Breckland Learning Trust has commissioned an external review of the SAT test centre at Fenwold Heath Academy after a registration failure delayed results for more than 30 candidates.

    The review will look at staffing in the exams office, which is run by a single full-time exams officer, Wayne Chilvers, supported by invigilators. Trust chief executive Graham Lark said the trust "recognises the pressure" on small exams teams.

    The academy is one of only three state schools in England registered as a test centre.
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("wchilvers", "exact", "neutral", "Wayne Chilvers")])

# 078
D("social", dd("""
    Suffolk Wit
    @suffolkwit

    Hold you hard, an American mum has just asked me where she can buy "grits" in Brecksham Tesco. Bless her. I sent her to the gritting lorry depot. 😂

    8:12 AM · Nov 30, 2025 · 1,200 Views
    """))

# 079
D("social", dd("""
    Madison 💕
    @madisonbrecks

    Miss D'Souza is literally the reason I'm going to college in Virginia. Fenwold Heath teachers are AMAZING and I'll miss them so much 😭🎓

    3:45 PM · May 28, 2026 · 180 Views
    """),
  [M("school", "alias", "neutral", "Fenwold Heath"), M("cdsouza", "title_surname", "neutral", "Miss D'Souza")])

# 080
D("news", news_page(
    "eadt", "Education", "Parents petition trust over American football decision",
    "More than 900 sign petition calling for Fenwold Heath Falcons to be reinstated",
    "Rob Etheridge, Chief Reporter", "24 October 2025",
    """
    More than 900 people have signed a petition calling on the Breckland Learning Trust to reinstate American football at Fenwold Heath Academy.

    The petition, started by a group of base families, accuses the academy's business manager of making the decision "without any consultation". It has also been signed by local residents and former pupils.

    A spokesperson for the trust said the decision had been taken on financial grounds "with great reluctance" and that talks with potential sponsors were continuing.

    ## Comments turned off

    The academy has turned off comments on its social media pages after what it described as "a small number of abusive messages" directed at staff.
    """,
    [("BaseKidMom", "24 Oct 2025", "Signed! Go Falcons!"),
     ("Little Wraxfen Lad", "24 Oct 2025", "Signed, and I'm British. Sport's sport."),
     ("Tony_Q", "25 Oct 2025", "T. Quenby should be sacked. Wouldn't know a football from a fruitcake.")]),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("tquenby", "initial_surname", "negative", "T. Quenby")])

# 081
D("social", dd("""
    Coach's Corner 🏈
    @coachscornerUK

    Thread: why #SaveTheFalcons matters 🧵

    1/ Fenwold Heath Academy is one of a handful of UK state schools with a full-contact American football program. It was built from zero by R. Denning, a British PE teacher who learned the game from YouTube and base volunteers.

    2/ For kids who move every 2-3 years, a team is instant family.

    3/ Insurance is expensive. So is losing a generation of kids to their phones.

    10:02 AM · Oct 25, 2025 · 3,400 Views

    52 Reposts   330 Likes
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("rdenning", "initial_surname", "neutral", "R. Denning")])

# 082
D("facebook", dd("""
    Brecksham & Villages Community Noticeboard
    Public group · 14.2K members

    Glen Rutterford
    27 October at 18:40 · 🌎
    Tad Quenby, the bloke who cancelled the yank football, lives at The Granary, Mill Road, Little Wraxfen. He drives a red Audi Q5. Personal email tquenby.home@mailbox.example. Go and have a word if you're that bothered. I'm not saying do anything silly 😂

    😂😡 61 · 40 comments

        Lisa Hood
        Glen this is doxxing, it's illegal, take it down
        Like · Reply · 1d

        Glen Rutterford
        It's all public info love
        Like · Reply · 1d
    """),
  [M("tquenby", "alias", "doxxing", "Tad Quenby")])

# 083
D("forum", forum_page("spouses", "Anyone else's kid being bullied at Fenwold Heath for being American?", [
    ("AFMom_NewToUK", "Member · 12 posts", "Tue 7 Oct 2025, 21:02",
     """My 12yo son gets called "yank", "burger boy" and worse every single day on the bus. One kid told him "go back to your trailer park". We reported it to his form tutor and to the vice principal, Mrs Fox, twice. Nothing.

     I'm not trying to start drama but I'm at my wits' end."""),
    ("Jodie_K_Suffolk", "Member · 340 posts", "Tue 7 Oct 2025, 21:25",
     "I'm so sorry. Please email the DSL directly and copy in the head of year, and keep a log of dates. If you don't hear in 48 hours, call the office on 01632 960512 and ask for a meeting. The bus bullying should be reported to the county transport team too."),
    ("AFMom_NewToUK", "Member · 13 posts", "Tue 7 Oct 2025, 21:40",
     "Thank you, that's actually really helpful 🙏"),
    ], thread_id=3350),
  [M("school", "alias", "negative", "Fenwold Heath"), M("dfox", "title_surname", "negative", "Mrs Fox")])

# 084
D("social", dd("""
    Dylan 🇺🇸🏈
    @dylan_lineman72

    Mr Wilsen is a stuck-up limey loser who marks every american kid down. F*** you Wilsen, we all hate you 🖕

    8:22 PM · Dec 1, 2025 · 140 Views

    #fenwoldheath
    """),
  [M("school", "hashtag", "negative", "#fenwoldheath"), M("jwilson", "typo", "hate", "Mr Wilsen")])

# 085 decoy: namesake in estate agent
D("review", dd("""
    Hollins & Bray Estate Agents, Brecksham
    Estate agent · Market Hill
    3.9 ★★★★☆ (97 reviews)

    Denise Cawston
    ★★★★★ 4 months ago
    James Wilson sold our bungalow in three weeks for above asking. Kept us updated every step and even rang on a Sunday. Lots of base families rent through them too and they've got a good rep.
    👍 Helpful 3
    """))

# 086
D("blog", blog_page(
    "truth", "The Americanisation of our schools", "Brecks Patriot", "1 December 2025",
    """
    Drive past the academy at Cressingmere any morning and count the American flags on the car bumpers. Go inside and you'll find "SAT prep", "prom" and "homecoming", and a principal - Mrs Strickland-Moyo, no less - who thinks this is all "enriching".

    We are being replaced in our own villages. The base brings in a thousand new families every year, they get the school places, they get the GP appointments, and the locals who've been here since the Domesday Book get the leftovers.

    It is time Fenwold Heath went back to being a school for Suffolk children. If the Americans want an American school, they have one behind the wire.
    """,
    [("Patriot77", "1 Dec 2025", "Spot on. Time to take our county back."),
     ("Realist", "2 Dec 2025", "The base has been here since 1940-something. Who's replacing who?")],
    tags=["Schools", "Immigration", "Base"]),
  [M("school", "alias", "hate", "Fenwold Heath"), M("cstricklandmoyo", "title_surname", "hate", "Mrs Strickland-Moyo")])

# 087
D("social", dd("""
    Kayla
    @kaylaaa.b

    pryke's english class is sooo good rn we're doing of mice and men and she actually cried at the end. ok queen 😭 #fenwold

    2:40 PM · Jan 20, 2026 · 70 Views
    """),
  [M("school", "hashtag", "neutral", "#fenwold"), M("epryke", "possessive", "neutral", "pryke's")])

# 088
D("news", news_page(
    "chronicle", "Courts", "Woman cautioned over posting teacher's address online",
    "Brecksham mother admitted malicious communications offence",
    "Court Reporter", "3 March 2026",
    """
    A Brecksham woman has accepted a police caution for posting the home address of a suspended teacher on a community Facebook group.

    The 41-year-old, who cannot be named because she accepted a caution, admitted an offence under the Malicious Communications Act after publishing the address of Robert Denning, the Fenwold Heath Academy PE teacher who was arrested in February and has not been charged.

    Police said the post had "put a man and his family at risk".
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("rdenning", "exact", "defamation", "Robert Denning")])

# 089
D("facebook", dd("""
    Fenwold Heath Academy Parents (unofficial)
    Private group · 1.4K members

    Becca Lummis
    12 February at 19:11 · 🔒
    Mrs Strickland-Moyo's letter tonight was actually really reassuring. She explained exactly what the school can and can't say while the police are involved. I think people forget the staff are human too.

    ❤️ 33 · 14 comments
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("cstricklandmoyo", "title_surname", "neutral", "Mrs Strickland-Moyo")])

# 090
D("social", dd("""
    anon
    @fenwoldtruth

    A d e y e m i should watch his back walking to the car park after school. Little Wraxfen isn't Lagos mate. We don't forget faces 👀

    12:40 AM · Nov 12, 2025 · 190 Views
    """),
  [M("eadeyemi", "spacing", "threat", "A d e y e m i")])

# 091
D("social", dd("""
    Fenwold Heath Academy
    @FenwoldHeathAcad

    We are aware of abusive and threatening messages targeting members of our staff online. These have been reported to Suffolk Police. Racist abuse of any kind has no place at our school or in our community. Dr Adeyemi has our complete support.

    3:00 PM · Nov 12, 2025 · 5,200 Views

    140 Reposts   900 Likes
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("eadeyemi", "title_surname", "neutral", "Dr Adeyemi")])

# 092
D("forum", forum_page("village", "Parking outside the academy - AGAIN", [
    ("Cressy_Pete", "Member since 2011", "Mon 17 Nov 2025, 08:40",
     "Blocked in my own drive by a pickup truck the size of a bus at 8.25 this morning. Fenwold Heath parents, PLEASE use the car park. I've got to get to work same as you."),
    ("Hilda_W", "Member since 2012", "Mon 17 Nov 2025, 09:01",
     "Complained to the school, the business manager Mr Quenby said it's 'a highways matter'. Useless."),
    ("Cressy_Pete", "Member since 2011", "Mon 17 Nov 2025, 09:30",
     "Highways said it's the school's. Round we go."),
    ], thread_id=1230),
  [M("school", "alias", "negative", "Fenwold Heath"), M("tquenby", "title_surname", "negative", "Mr Quenby")])

# 093
D("social", dd("""
    🦅
    @fh_falcons_12

    CarolineStricklandMoyoOut trending in the group chat lol. she killed our season so we'll kill her vibe 😂 #SaveTheFalcons

    5:55 PM · Oct 22, 2025 · 230 Views
    """),
  [M("cstricklandmoyo", "camelcase", "negative", "CarolineStricklandMoyoOut")])

# 094
D("review", dd("""
    SchoolCompare › Suffolk › Secondary (academy) › Fenwold Heath Academy

    ★★☆☆☆  "Sixth form is run well, the rest... less so"
    Reviewed by: Parent of a current pupil (Year 12) · 4 January 2026

    Chloé Fernandes (now D'Souza I think) runs a brilliant sixth form and genuinely cares. Below sixth form it's chaotic - behaviour in Year 8 is bad, cover lessons everywhere, and the exams office lost my son's coursework twice. Too many "sorry, it's a system issue" emails.

    Would you recommend this school? Sixth form yes, otherwise think hard.
    """),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("cdsouza", "alias", "neutral", "Chloé Fernandes")])

# 095
D("social", dd("""
    bri
    @bri_usaf_brat

    brits at school keep saying "oi yank" like it's funny. it's not. also y'all can't cook 🤢 fish and chips is just sad fried stuff

    7:20 PM · Oct 8, 2025 · 45 Views
    """))

# 096
D("news", news_page(
    "national", "Education", "Teacher abused online for marrying US airman",
    "Suffolk history teacher received messages calling her a 'traitor'",
    "Alice Merriman, Education Correspondent", "18 December 2025",
    """
    A history teacher at a Suffolk academy says she has received dozens of abusive messages from strangers because she is married to an American serviceman.

    Jodie Kowalski, who teaches at Fenwold Heath Academy near the two large US-run bases, said posts had called her a "traitor" and "a yank's wife", and one had suggested someone "pay her a visit".

    "I grew up three miles from this school," she said. "My grandad worked on the base. I'm not sure what I'm supposed to be a traitor to."

    Suffolk Police confirmed it was investigating. The academy said it had "put additional measures in place".
    """,
    [("Norfolk Nan", "18 Dec 2025", "Disgusting treatment of a teacher. Hope they find who did it."),
     ("Sean B", "18 Dec 2025", "Calling someone a traitor for who they married. Absolute state of this country.")]),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("jkowalski", "exact", "neutral", "Jodie Kowalski")])

# 097
D("facebook", dd("""
    Brecks Patriots 🇬🇧
    Private group · 1.9K members

    Ricky Gotts
    18 December at 21:05 · 🔒
    Poor little Jodie Kow@lski crying to the national papers now. Should've thought about that before she opened her legs for a yank. Everyone at that academy is a mug.

    😂 41 · 22 comments
    """),
  [M("jkowalski", "leetspeak", "abuse", "Jodie Kow@lski")])

# 098
D("blog", blog_page(
    "yankmum", "Dear fellow military spouses: let's not do this", "Kristen @ Tater Tots", "19 December 2025",
    """
    I saw what some folks on our base pages were saying this week about the British teachers at Fenwold Heath. "Inbred." "Hicks." "Limey trash." Y'all. These people are teaching our kids for free in their country.

    And I saw the other side too. The Brits calling a history teacher a traitor for marrying one of us. It's ugly everywhere.

    The teacher in question, Mrs Kowalski, was the first person who made my daughter feel welcome here. If you want to do something, send her a card. That's it. That's the blog.
    """,
    [("Brecks Mama", "19 Dec 2025", "Needed to hear this. 💕"),
     ("TxGirl", "20 Dec 2025", "Some of them ARE rude tho."),
     ("Kristen @ Tater Tots", "20 Dec 2025", "@TxGirl sure, some people everywhere are. Doesn't make it ok to call a whole country inbred.")],
    tags=["Community", "Military life"]),
  [M("school", "alias", "neutral", "Fenwold Heath"), M("jkowalski", "title_surname", "neutral", "Mrs Kowalski")])

# 099
D("social", dd("""
    D
    @d_fen_lad

    Denning's house is the one on the corner of Mallard Way with the Falcons flag in the window. Just incase anyone wants to drop off a "get well soon" card 😈

    11:11 PM · Feb 4, 2026 · 610 Views

    19 Reposts
    """),
  [M("rdenning", "possessive", "doxxing", "Denning's")])

# 100 decoy: the base's own school
D("forum", forum_page("spouses", "Base high school vs off-base?", [
    ("SrA_Wife_Kaylee", "Member · 40 posts", "Thu 21 Aug 2025, 14:10",
     "Is it better to keep kids at the DoDEA high school on base or move them to a local British school? My son's a senior."),
    ("ChiefsWife_Brecks", "Member · 480 posts", "Thu 21 Aug 2025, 14:30",
     "For a senior I'd stay on base, honestly. Transcript headaches otherwise. Underclassmen can do fine in British schools."),
    ], thread_id=3290),
  [])

# 101
D("social", dd("""
    Sarah 🇬🇧🇺🇸
    @sarahinsuffolk

    Mrs Fox sorted out my daughter's bullying in 2 days after I'd been fobbed off for weeks by form tutor. Say what you want about Fenwold but their DSL is on it 👏

    10:04 AM · Oct 9, 2025 · 120 Views
    """),
  [M("school", "short_name", "neutral", "Fenwold"), M("dfox", "title_surname", "neutral", "Mrs Fox")])

# 102
D("news", news_page(
    "chronicle", "Schools", "Academy pupils raise £3,000 for air ambulance with 'Fourth of July meets village fete'",
    "Fenwold Heath Academy's summer fair blends British and American traditions",
    "Megan Threadgold, Education Reporter", "8 July 2025",
    """
    Hot dogs, a coconut shy and a tug-of-war between teachers and sixth-formers raised more than £3,000 for the air ambulance at Fenwold Heath Academy's summer fair.

    The event, now in its fourth year, was organised by history teacher Jodie Kowalski and Head of English Elizabeth Pryke. Pupils ran stalls selling s'mores and Victoria sponge side by side.

    Mrs Pryke said: "The tug-of-war is the one thing both cultures agree on - teachers must lose."
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("jkowalski", "exact", "neutral", "Jodie Kowalski"),
   M("epryke", "exact", "neutral", "Elizabeth Pryke")])

# 103
D("social", dd("""
    tee
    @tee.fhs.13

    lizzie pryke walking into period 1 with an iced coffee like she owns the place... mother 💅 english lit supremacy

    8:50 AM · Mar 3, 2026 · 60 Views
    """),
  [M("epryke", "nickname", "neutral", "lizzie pryke")])

# 104
D("facebook", dd("""
    Cressingmere Mums & Dads
    Private group · 2.3K members

    Anonymous member
    9 March at 23:01 · 🔒
    Can't say who I am but I work in the office at the academy. Caroline Strickland-Moyo signed off on the Denning complaint being handled "informally" back in 2023. There's emails. She knew and she protected him. She should be sacked and prosecuted.

    😮 90 · 71 comments
    """),
  [M("cstricklandmoyo", "exact", "defamation", "Caroline Strickland-Moyo"), M("rdenning", "surname_only", "defamation", "Denning")])

# 105
D("social", dd("""
    Jake 🏈
    @jake_te_88

    Coach Denning was the best thing about that school. Whatever people are saying, I played for him 4 years and he never once was anything but a good coach. Ain't gonna pile on. #FenwoldHeathFalcons

    6:00 PM · Feb 6, 2026 · 330 Views
    """),
  [M("school", "hashtag", "neutral", "#FenwoldHeathFalcons"), M("rdenning", "title_surname", "neutral", "Coach Denning")])

# 106
D("forum", forum_page("teachers", "Head of maths at academy near bases - grading row", [
    ("MathsHoD_Suffolk", "Teacher · 88 posts", "Sun 16 Nov 2025, 20:04",
     """Long-time lurker. I'm head of maths at a school with lots of American families. Some of them believe I mark their kids down on purpose because a couple of grades didn't match the GPA they're used to.

     I've published the mark schemes, the grade boundaries, everything. Still got called a "racist limey" in an email from a parent yesterday.

     How do other schools explain 9-1 to US parents?"""),
    ("PGCE_Mentor", "Teacher · 3,011 posts", "Sun 16 Nov 2025, 20:40",
     "Conversion table on one page, explained once, signed off by SLT. Then stop engaging one-to-one on it. Sorry mate, grim."),
    ], thread_id=9090),
  [])

# 107 decoy: fox hunting / Fox & Hounds
D("facebook", dd("""
    Sedgebrook Village Chat
    Private group · 880 members

    Derek Sayer
    1 December at 12:30 · 🔒
    Quiz night at the Fox & Hounds Thursday, £2 a head, proceeds to the church roof. Also, whoever keeps leaving their bins open on Back Lane, the foxes are having a field day 🦊🗑️

    👍 14 · 6 comments
    """))

# 108
D("social", dd("""
    hailey
    @haileyy_usaf

    the british kids at fenwold heath are so weird about us like ma'am i just want a pencil 😭 mrs kowalski is the only teacher who gets it

    1:33 PM · Sep 11, 2025 · 80 Views
    """),
  [M("school", "alias", "neutral", "fenwold heath"), M("jkowalski", "title_surname", "neutral", "mrs kowalski")])

# 109
D("news", news_page(
    "eadt", "Crime", "Police investigate racist threats against Suffolk teacher",
    "Head of science at Fenwold Heath Academy targeted in anonymous posts",
    "Rob Etheridge, Chief Reporter", "13 November 2025",
    """
    Suffolk Police are investigating a series of racist online posts threatening a senior teacher at a rural academy.

    The posts, which referred to Emeka Adeyemi, Head of Science at Fenwold Heath Academy, included a suggestion that he "watch his back" in the school car park. Officers are treating them as a hate crime.

    Mr Adeyemi, who has taught at the school for six years, said he was "overwhelmed" by messages of support from pupils and families.
    """,
    [("Nadia K", "13 Nov 2025", "He taught my daughter. Kindest man. Hope they get them."),
     ("Anon", "13 Nov 2025", "Imagine being so thick you threaten a science teacher. Bloody hell.")]),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("eadeyemi", "exact", "neutral", "Emeka Adeyemi")])

# 110
D("social", dd("""
    throwaway
    @fh_confessions

    confession #214: the new sub in maths is so hot and he knows it. also he lets year 11 leave early on fridays which is lowkey a firing offence 👀 (not mr wilson obviously lmao) #fenwold

    4:10 PM · Jan 9, 2026 · 300 Views
    """),
  [M("school", "hashtag", "neutral", "#fenwold"), M("jwilson", "title_surname", "neutral", "mr wilson")])

# 111
D("review", dd("""
    JobsTalk › Fenwold Heath Academy › Employee reviews

    "Avoid - run like a fiefdom"
    ★☆☆☆☆  Former Employee - Administrator in Cressingmere · 14 February 2026

    Pros: Some good colleagues in the English department.

    Cons: The business manager, Mr Quenby, is a bully. Shouts at junior staff, reads private emails, and anyone who questions the budget is frozen out. The Principal knows and does nothing. Two admin staff left in a term.

    Advice to management: Get an HR department that isn't his mate.
    """),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("tquenby", "title_surname", "negative", "Mr Quenby")])

# 112
D("social", dd("""
    🧢
    @real_american_dad

    The british teachers at FHA are low IQ inbreds who couldn't get jobs anywhere else. W*lson in math is the worst of them. Dumb as a box of rocks. Can't wait to get my kid out of this third world island.

    9:20 PM · Nov 19, 2025 · 170 Views
    """),
  [M("school", "alias", "hate", "FHA"), M("jwilson", "obfuscated", "hate", "W*lson")])

# 113
D("forum", forum_page("gridiron", "UK school teams - who's still running tackle?", [
    ("EssexEagles_HC", "Coach · 290 posts", "Tue 3 Mar 2026, 18:20",
     "With Fenwold Heath back (sponsored now I hear), that makes four school programs running tackle in England. Anyone know others?"),
    ("CoachRay_Norfolk", "League official · 640 posts", "Tue 3 Mar 2026, 18:50",
     "There's a flag-only one in Kent. Fenwold's being run by a volunteer from the base at the moment, for reasons I won't go into."),
    ], thread_id=912),
  [M("school", "alias", "neutral", "Fenwold Heath")])

# 114
D("social", dd("""
    mum of 3 ✨
    @mumof3_suffolk

    Shoutout to the Fenwold Heath Academy PE department, who now run a girls' flag football team 🏈💪 My 13 year old is OBSESSED.

    7:00 PM · Apr 14, 2026 · 90 Views
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy")])

# 115
D("facebook", dd("""
    Brecks Spouses Club (Official-ish)
    Private group · 6.8K members

    Tiffany Royce
    22 October at 19:45 · 🔒
    Okay so the principal at Fenwold Heath is married to some African guy (hence "Moyo") and now she's hiring all these diversity people. I'm not racist but I just think our kids deserve teachers who understand AMERICAN values, not whatever this is.

    😐 27 · 88 comments

        Jen Alvarez
        Tiffany, delete this. Seriously.
        Like · Reply · 1d
    """),
  [M("school", "alias", "negative", "Fenwold Heath"), M("cstricklandmoyo", "surname_only", "hate", "Moyo")])

# 116
D("social", dd("""
    grace.h
    @gracehh

    mr chilvers genuinely helped me sort my access arrangements for exams when nobody else would. stop being mean to him on here 😤 #fenwoldheath

    5:20 PM · Dec 21, 2025 · 44 Views
    """),
  [M("school", "hashtag", "neutral", "#fenwoldheath"), M("wchilvers", "title_surname", "neutral", "mr chilvers")])

# 117
D("news", news_page(
    "stripes", "Family", "Navigating British schools: a guide for new arrivals",
    "What GCSEs, A levels and 'Year 9' mean for your high schooler",
    "Family Readiness Team", "1 August 2025",
    """
    If your family is PCSing to East Anglia and you're looking at off-base schools, welcome to a whole new vocabulary.

    ## Years, not grades

    British schools count in "Years". Year 7 is roughly sixth grade; Year 13 is a senior.

    ## GCSEs and A levels

    Students take GCSEs at 16 (graded 9 to 1, with 9 the top) and A levels at 18 (A* to E). Colleges stateside accept both, but talk to the school's sixth form team early. Local academies near the bases, including Fenwold Heath Academy and Brecksham Upper School, run information evenings every September.

    ## SATs

    Confusingly, "SATs" in England also means tests that 11-year-olds take. If you want the American SAT, ask about test centres.
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy")])

# 118 decoy: Fenwold = base
D("social", dd("""
    Brecks Plane Spotters
    @brecksspotters

    Two KC-135s and a C-17 on the pan at Fenwold this afternoon, plus the F-15s doing circuits. Light was stunning from the crash gate viewing area. 📸✈️

    4:30 PM · Jan 14, 2026 · 780 Views
    """))

# 119
D("blog", blog_page(
    "gridblog", "Falcons 28, Norfolk Knights 14: the comeback", "Fourth & Fen", "12 April 2026",
    """
    What a day at the Academy field. Six months after the program was nearly lost, the Fenwold Heath Falcons took the field in front of 400 fans and came back from 14 down to win by two scores.

    Sgt. Luis Ortega, still acting as head coach, had the offense throwing early. Sophomore QB Brayden Matthews went 14 of 19 with three touchdowns. The D-line was a wall in the second half.

    A word for the man who isn't here. Whatever the outcome of the process he's going through, the program exists because Bob Denning built it. Several players wore a "BD" sticker on their helmets. Nobody asked them to.
    """,
    [("FalconsMom22", "12 Apr 2026", "Crying at the last paragraph."),
     ("Fen Lad", "13 Apr 2026", "Should be ashamed wearing stickers for someone under investigation.")],
    tags=["Falcons", "Game report"]),
  [M("school", "alias", "neutral", "Fenwold Heath"), M("rdenning", "nickname", "neutral", "Bob Denning")])

# 120
D("news", news_page(
    "eadt", "Crime", "Academy business manager arrested on suspicion of fraud",
    "Thaddeus Quenby, 52, released under investigation after trust audit",
    "Rob Etheridge, Chief Reporter", "26 March 2026",
    """
    The suspended business manager of a west Suffolk academy has been arrested on suspicion of fraud by abuse of position.

    Thaddeus Quenby, 52, was arrested at his home on Tuesday and later released under investigation, Suffolk Police said. The arrest follows an independent audit commissioned by the Breckland Learning Trust into trip and voluntary-fund accounts at Fenwold Heath Academy.

    The trust said it was "cooperating fully" and that "robust controls" had now been introduced. Families who are owed refunds for cancelled trips will be contacted directly, it added.

    Mr Quenby has not been charged.
    """,
    [("Craig S", "26 Mar 2026", "Told you all back in December. Where's my £450."),
     ("Legal Eagle", "26 Mar 2026", "Released under investigation means exactly that. Careful what you post, folks.")]),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("tquenby", "exact", "defamation", "Thaddeus Quenby")])

# 121
D("social", dd("""
    Gaz 🍺
    @gaz_brecks_lad

    Quenbys a fat thieving slug. Hope they lock him up and throw away the key, the greedy pig 🐷

    8:01 PM · Mar 26, 2026 · 120 Views
    """),
  [M("tquenby", "possessive", "abuse", "Quenbys")])

# 122
D("facebook", dd("""
    Brecksham Buy Sell Swap
    Public group · 9.4K members

    Mandy Orbell
    27 March at 09:15 · 🌎
    Not the place I know but Thaddeus Qu3nby who nicked the school trip money is selling his caravan on here under his wife's name 🤣 Same one as in the pics from Holmesea last year. Don't buy off a thief.

    😂 77 · 30 comments
    """),
  [M("tquenby", "leetspeak", "defamation", "Thaddeus Qu3nby")])

# 123 decoy: locality news
D("news", news_page(
    "chronicle", "News", "Cressingmere pub reopens after two years",
    "The Plough has new owners and a menu with 'a bit of Texas'",
    "Jack Mortlock", "6 December 2025",
    """
    The Plough in Cressingmere has reopened after two years of closure, with new owners promising "proper Suffolk beer and a bit of Texas barbecue".

    Owner Dean Loveday, 34, and his American wife Kelsey, whom he met when she worked at the base, bought the building at auction. "Half the village is American and half is Suffolk, so the menu is too," he said.

    The pub will host a quiz every Wednesday.
    """,
    [("Brenda", "6 Dec 2025", "Lovely to have it back."),
     ("Yank in Cressy", "6 Dec 2025", "Brisket was awesome. See y'all Wednesday.")]),
  [])

# 124
D("forum", forum_page("mumsforum", "Am I unreasonable to complain about my DD's head of sixth form?", [
    ("Breckland_Mum", "Joined 2020 · 188 posts", "Sun 11-Jan-26 21:12",
     """DD is in Y13 at Fenwold Heath Academy. Applying to both UCAS and US colleges. Head of sixth form (Mrs D'Souza) has promised her reference for three weeks and it's still not done. Deadline is Wednesday.

     I know she's stretched but this is my daughter's future. AIBU to go over her head?"""),
    ("TeacherInTheFens", "Joined 2017 · 2,004 posts", "Sun 11-Jan-26 21:30",
     "YANBU to chase but go via email and be polite. Sixth form heads write 80+ references in Jan. Give her till Monday."),
    ("Breckland_Mum", "Joined 2020 · 189 posts", "Mon 12-Jan-26 17:40",
     "Update: she sent it last night at 11pm with a lovely note. Feel a bit bad now."),
    ], thread_id=6501),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("cdsouza", "title_surname", "negative", "Mrs D'Souza")])

# 125
D("social", dd("""
    Insta story repost via @brecks.tea

    "chlo d'souza gives the american kids the best references and leaves us brits with two lines. proper teacher's pet stuff. she's a snake and everyone knows it 🐍"

    - sent in by anon

    9:14 PM · Jan 14, 2026
    """),
  [M("cdsouza", "nickname", "abuse", "chlo d'souza")])

# 126
D("review", dd("""
    SchoolCompare › Suffolk › Secondary (academy) › Fenwold Heath Academy

    ★★★☆☆  "Decent school, weird vibes with the Americans"
    Reviewed by: Pupil (Year 10) · 2 February 2026

    teachers are mostly good. mr wilson is boring but you learn stuff. ms pryke is the best. the american kids and suffolk kids mostly get on but theres a group of lads who are horrible to the US kids and the school doesnt do much. food is mid. toilets are disgusting.

    Would you recommend this school? kinda
    """),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("jwilson", "title_surname", "neutral", "mr wilson"),
   M("epryke", "title_surname", "neutral", "ms pryke")])

# 127
D("blog", blog_page(
    "edublog", "Nine to one, A to F, and the grading wars", "The Marking Pile", "30 November 2025",
    """
    Teaching near an American airbase, you learn that grades are a kind of language, and nobody speaks both fluently.

    An American parent sees a 6 and thinks: that's a D, my child is failing. An English teacher sees a 6 and thinks: solid, could push to a 7. Both are right in their own country.

    I've watched my own head of department spend his weekends building conversion tables, and still get emails calling him racist against Americans. He's a Geordie who supports the Dallas Cowboys. Make of that what you will.

    What would actually help? One shared explainer, agreed by the trust, the base liaison office and the schools. And a bit of grace from everyone.
    """,
    [("NQT in Norfolk", "30 Nov 2025", "The Cowboys detail made me laugh. Good piece.")],
    tags=["Assessment", "Teaching"]),
  [])

# 128
D("facebook", dd("""
    Brecks Spouses Club (Official-ish)
    Private group · 6.8K members

    Courtney Pike
    16 November at 20:10 · 🔒
    I'm done being polite. James W. in the math department at Fenwold Heath Academy falsified my son's predicted grades to get him off the top set so a local kid could have his place. I have proof (screenshots) and I'm taking it to the trust and the base legal office. This man should lose his teaching license.

    😡 120 · 96 comments

        Amy Fitch
        Courtney I'm so sorry, but maybe wait until the trust replies before posting names?
        Like · Reply · 1d
    """),
  [M("school", "exact", "defamation", "Fenwold Heath Academy"), M("jwilson", "first_initial", "defamation", "James W.")])

# 129
D("social", dd("""
    Fen Falcons Football Moms
    @falconsmoms

    Wilson in math at Fenwold should be taught a lesson he won't forget. Maybe a few of our husbands can help him understand American math 💪🇺🇸 just saying

    10:40 PM · Nov 16, 2025 · 330 Views

    2 Reposts   11 Likes
    """),
  [M("school", "short_name", "negative", "Fenwold"), M("jwilson", "surname_only", "threat", "Wilson")])

# 130
D("news", news_page(
    "chronicle", "Schools", "Academy apologises to families over grading 'misunderstanding'",
    "Trust review finds no evidence American pupils were marked unfairly",
    "Megan Threadgold, Education Reporter", "20 January 2026",
    """
    A review by the Breckland Learning Trust has found no evidence that American pupils at Fenwold Heath Academy were graded unfairly in maths, after a complaint from a group of base families.

    The review, led by a head of maths from another trust school, examined 200 scripts and found marking "consistent and in line with exam board standards". It did, however, criticise the academy's communication of the 9-1 grading system to families unfamiliar with it.

    Principal Caroline Strickland-Moyo apologised "for the confusion and distress" and said the maths department, led by James Wilson, had been "entirely vindicated". A new parents' guide will be published next term.
    """,
    [("ChiefsWife_Brecks", "20 Jan 2026", "Vindicated my foot. They investigated themselves."),
     ("Neutral Observer", "20 Jan 2026", "200 scripts checked by someone outside the school. Seems fair to me.")]),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("cstricklandmoyo", "exact", "neutral", "Caroline Strickland-Moyo"),
   M("jwilson", "exact", "neutral", "James Wilson")])

# 131 decoy: namesake councillor
D("news", news_page(
    "eadt", "Politics", "Fennham councillor resigns over expenses claims",
    "Cllr James Wilson says he will repay £2,400",
    "Political Reporter", "14 January 2026",
    """
    A Fennham city councillor has resigned after admitting claiming travel expenses for meetings he did not attend.

    Cllr James Wilson, who represented a city ward for eight years, said he had made "a stupid mistake" and would repay £2,400. Norfolk Police said it was not investigating.
    """),
  [])

# 132
D("facebook", dd("""
    Suffolk Parents Against Woke Schools
    Public group · 3.1K members

    Darren Kerridge
    15 March at 20:20 · 🌎
    The Adeyemi bloke at Fenwold Heath has been seen at the mosque in Brecksham every Friday. Now we know why the kids are learning about "Islamic scientists" in chemistry. Taqiyya. They're converting our kids one lesson at a time. Wake up Suffolk.

    👍😡 55 · 71 comments

        Rachel Hammond
        He's a Catholic you absolute melt, he runs the church car park on Sundays 🙄
        Like · Reply · 1d
    """),
  [M("school", "alias", "negative", "Fenwold Heath"), M("eadeyemi", "surname_only", "hate", "Adeyemi")])

# 133
D("social", dd("""
    Shiv 🌙
    @shiv.brecks

    Quoting the vile stuff being said about Dr Adeyemi so you can all see it and report it: "send him back", "taqiyya", "hang him". This is a teacher. Report every account. 🤍 #StandWithAdeyemi

    8:30 AM · Mar 16, 2026 · 2,100 Views

    300 Reposts   1,100 Likes
    """),
  [M("eadeyemi", "title_surname", "neutral", "Dr Adeyemi")])

# 134
D("forum", forum_page("spouses", "Teacher at Fenwold Heath - heads up", [
    ("QuietMom_Brecks", "Member · 70 posts", "Fri 20 Feb 2026, 22:01",
     """Not naming names but the D-word coach from the Falcons used to send my son's teammates messages on Snapchat late at night "about plays". My son showed me one. It said "proud of you, bud". Make of that what you want but I'm telling every parent I know to check their kids' phones."""),
    ("AFMom_NewToUK", "Member · 40 posts", "Fri 20 Feb 2026, 22:30",
     "\"Proud of you bud\" is what coaches say??"),
    ("QuietMom_Brecks", "Member · 71 posts", "Fri 20 Feb 2026, 22:44",
     "At midnight? To 15 year olds? Come on. Denning was grooming them, plain and simple."),
    ], thread_id=3601),
  [M("school", "alias", "sexual", "Fenwold Heath", True), M("rdenning", "surname_only", "sexual", "Denning", True)])

# 135
D("social", dd("""
    lou 🦊
    @lou_fox_designs

    New in the shop: little fox 🦊 enamel pins, perfect stocking fillers. Handmade in Suffolk. Link in bio!

    11:11 AM · Nov 22, 2025 · 90 Views
    """))

# 136
D("blog", blog_page(
    "suffolkdad", "A word about Wayne", "Proper Suffolk", "22 December 2025",
    """
    I've known Wayne Chilvers since he was a little 'un kicking a ball against the chapel wall in Sedgebrook. He's the exams officer up the academy now, and this week people on the internet have put his phone number up and called him every name under the sun over some American test that went wrong.

    Look. I don't know nothing about SATs, except the ones my granddaughter did at eleven. But I do know Wayne, and there's no harm in him. He's been in that office till nine at night most of December.

    If you've got a complaint, write to the trust. Don't ring a man at home. That's not how we do things round here, bor, and it's not how you lot do things in Ohio either, I'll bet.
    """,
    [("Sedgebrook Sal", "22 Dec 2025", "Hear hear. Wayne's a diamond."),
     ("Ohio Mom", "23 Dec 2025", "Fair point, well made. Sorry Wayne.")],
    tags=["Sedgebrook", "Rants"]),
  [M("wchilvers", "exact", "neutral", "Wayne Chilvers")])

# 137
D("social", dd("""
    SAT mad mum
    @satmadmom

    Wayne ChiIvers at the academy should be FIRED. My daughter missed the early decision deadline for Duke because of his incompetence. Useless, lazy, inbred hick 🤬

    9:09 PM · Dec 19, 2025 · 400 Views
    """),
  [M("wchilvers", "homoglyph", "hate", "Wayne ChiIvers")])

# 138
D("review", dd("""
    JobsTalk › Fenwold Heath Academy › Employee reviews

    "Lovely place to start your career"
    ★★★★★  Current Employee - Trainee Teacher (English) in Suffolk · 3 May 2026

    Pros: The English team under E. Pryke is the most supportive department I've ever seen. Weekly coaching, no emails after 6pm, proper praise. Kids are curious and funny.

    Cons: You'll need a car. The staffroom coffee is a crime.

    Advice to management: More of the same please.
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("epryke", "initial_surname", "neutral", "E. Pryke")])

# 139
D("facebook", dd("""
    Cressingmere Mums & Dads
    Private group · 2.3K members

    Nicola Ambrose
    6 February at 21:40 · 🔒
    For anyone who wants to know, Deborah Fox (the VP at the academy) lives at 3 Heron Court, Brecksham. Her number is 07700 900611. She's the one who "handled" the Denning complaints. Maybe she'll answer her phone at home since she never answers it at school.

    😡 67 · 45 comments
    """),
  [M("dfox", "exact", "doxxing", "Deborah Fox"), M("rdenning", "surname_only", "defamation", "Denning")])

# 140
D("news", news_page(
    "national", "Education", "Teachers 'driven out' by online abuse, union warns",
    "Staff in rural Suffolk among those targeted after community rows",
    "Alice Merriman, Education Correspondent", "12 March 2026",
    """
    Teachers are being "driven out of the profession" by online pile-ons in local Facebook groups, a teaching union has warned.

    The union cited a case at Fenwold Heath Academy in Suffolk, where a vice principal's home address and mobile number were posted in a community group after a safeguarding row, and another where an exams officer was called at home late at night by parents angry about a testing error.

    "These are not public figures," the union's assistant general secretary said. "They are people trying to do a job."

    The academy's vice principal, Deborah Fox, is understood to be on leave.
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("dfox", "exact", "neutral", "Deborah Fox")])

# 141
D("social", dd("""
    𝓣𝓪𝔂𝓵𝓸𝓻
    @taylorrr_

    mrs fox is literally the worst, she gave me a detention for wearing my letterman jacket. IT'S A JACKET DEBBIE. #fenwoldheath

    3:03 PM · Nov 5, 2025 · 60 Views
    """),
  [M("school", "hashtag", "negative", "#fenwoldheath"), M("dfox", "title_surname", "negative", "mrs fox")])

# 142
D("forum", forum_page("teenchat", "anyone from fenwold heath? the quenby thing", [
    ("fen_yr12", "Year 12 · 33 posts", "Thu 26 Mar 2026, 19:00",
     "my mum works for the trust and she says its WAY worse than the paper said. like hundreds of thousands. and the principal signed off on it"),
    ("skeptic_sam", "Year 13 · 402 posts", "Thu 26 Mar 2026, 19:10",
     "your mum should probably not be telling you that lol. and you shouldn't be posting it"),
    ("fen_yr12", "Year 12 · 34 posts", "Thu 26 Mar 2026, 19:12",
     "whatever, quenby is a crook and mrs strickland-moyo covered for him. fact."),
    ], thread_id=5701),
  [M("school", "alias", "defamation", "fenwold heath"), M("tquenby", "surname_only", "defamation", "quenby"),
   M("cstricklandmoyo", "title_surname", "defamation", "mrs strickland-moyo")])

# 143
D("social", dd("""
    Principal Fan Club (parody)
    @StricklandMoyoWatch

    Day 47 of waiting for the Principal to reply to a single email. At this point I'd have better luck with a carrier pigeon. Or a B-52. 🕊️✈️

    2:30 PM · Feb 28, 2026 · 210 Views
    """),
  [M("cstricklandmoyo", "handle", "negative", "@StricklandMoyoWatch")])

# 144
D("news", news_page(
    "stripes", "Community", "Spouses club raises $5,000 for Suffolk teacher's hospital bills",
    "History teacher Jodie Kowalski hurt in car crash on the A-road",
    "A1C Tre Holloway", "30 April 2026",
    """
    Members of the Brecks Spouses Club have raised more than $5,000 to support Jodie Kowalski, a teacher at Fenwold Heath Academy and wife of Master Sgt. Dan Kowalski, after she was seriously injured in a collision near Sedgebrook.

    "She's looked after so many of our kids," said club president Rochelle Baines. "This is the least we can do."

    Mrs Kowalski is expected to make a full recovery.
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("jkowalski", "exact", "neutral", "Jodie Kowalski")])

# 145
D("social", dd("""
    Ben
    @ben_fen_04

    Coach Bob's new house is on the market 👀 guess he's doing a runner before court. Photos show his kids' bedrooms too lmao what a weirdo #Denning

    6:12 PM · Apr 2, 2026 · 140 Views
    """),
  [M("rdenning", "hashtag", "defamation", "#Denning")])

# 146
D("facebook", dd("""
    Brecks Patriots 🇬🇧
    Private group · 1.9K members

    Steve Lusher
    4 July at 18:00 · 🔒
    FHA flying the stars and stripes again today. Someone should go up there tonight with a can of petrol and show them what 1776 looked like from our side. 😉🔥

    😂 22 · 17 comments
    """),
  [M("school", "alias", "threat", "FHA")])

# 147
D("social", dd("""
    Brecks Spouses Club
    @BrecksSpousesClub

    Thank you to Fenwold Heath Academy for hosting our Thanksgiving potluck for new families! 🦃 Special thanks to Principal Strickland–Moyo for carving the turkey like a pro.

    6:30 PM · Nov 27, 2025 · 400 Views
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("cstricklandmoyo", "hyphenated", "neutral", "Strickland–Moyo")])

# 148 decoy: neighbouring school
D("facebook", dd("""
    Sedgebrook Village Chat
    Private group · 880 members

    Julie Nunn
    3 March at 15:10 · 🔒
    Sedgebrook Free School are looking for volunteers to listen to Year 7s read on Tuesday afternoons. DBS check needed. Message the school office if you can help 📚

    👍 20 · 3 comments
    """))

# 149
D("review", dd("""
    SchoolCompare › Suffolk › Secondary (academy) › Fenwold Heath Academy

    ★☆☆☆☆  "Cover-up culture"
    Reviewed by: Parent of a former pupil · 8 April 2026

    The leadership at this school protected a PE teacher who was being complained about for years. They protected the business manager while he was stealing our money. The principal, C. Strickland-Moyo, should resign. I would not send a dog here.

    Would you recommend this school? Absolutely not.
    """),
  [M("school", "exact", "defamation", "Fenwold Heath Academy"), M("cstricklandmoyo", "initial_surname", "defamation", "C. Strickland-Moyo")])

# 150
D("forum", forum_page("village", "Lost dog - Little Wraxfen", [
    ("Maggie_F", "Member since 2015", "Sat 10 Jan 2026, 10:02",
     "Our spaniel Biscuit got out on the lane by the heath this morning. Brown and white, answers to Biscuit or biscuits 😄. Please ring 07700 900777 if seen."),
    ("Pete Gotobed", "Member since 2009", "Sat 10 Jan 2026, 11:40",
     "Saw a brown and white spaniel near the bus stop by the academy about 10.30, heading towards the golf course."),
    ("Maggie_F", "Member since 2015", "Sat 10 Jan 2026, 14:15",
     "Found! Thank you Pete and everyone. Muddy but happy."),
    ], thread_id=1301),
  [])

# 151
D("social", dd("""
    Rhys
    @rhysfen

    debbie fox at fenwold heath just walked into my science lesson, saw a kid crying and took her out for a chat. didn't even make a thing of it. respect tbh

    2:00 PM · Jan 28, 2026 · 30 Views
    """),
  [M("school", "alias", "neutral", "fenwold heath"), M("dfox", "nickname", "neutral", "debbie fox")])

# 152
D("blog", blog_page(
    "truth", "The paedo protection racket at Fenwold", "Brecks Patriot", "10 February 2026",
    """
    They always close ranks. A PE coach at Fenwold Heath Academy grooms teenage girls on the cheer squad for years, the vice principal Debbie F0x buries the complaints, the principal signs them off, and then they all act shocked when the police finally turn up.

    We have heard from three families. We will publish everything. The people of Cressingmere deserve to know which teachers are protecting predators.
    """,
    [("Patriot77", "10 Feb 2026", "String them all up."),
     ("Realist", "10 Feb 2026", "You have three anonymous emails and a grudge. Delete this.")],
    tags=["Exposé", "Schools"]),
  [M("school", "exact", "sexual", "Fenwold Heath Academy", True), M("dfox", "leetspeak", "sexual", "Debbie F0x", True)])

# 153
D("news", news_page(
    "chronicle", "Schools", "Falcons coach will not face charges, police confirm",
    "Robert Denning returns to work at Fenwold Heath Academy after investigation closes",
    "Megan Threadgold, Education Reporter", "19 May 2026",
    """
    A PE teacher at Fenwold Heath Academy who was arrested in February will face no further action, Suffolk Police have confirmed.

    Robert Denning, 38, had been suspended while police investigated an allegation. Police said there was "insufficient evidence" and the matter was closed. The academy said the local authority designated officer had also concluded its process, and that Mr Denning would return to work after half term.

    In a statement released through his union, Mr Denning said the past four months had been "the worst of my life" and thanked "the players, parents and colleagues who never stopped believing in me".

    Several people who shared his address online are being dealt with by police.
    """,
    [("FalconsMom22", "19 May 2026", "Welcome back Coach. 💙"),
     ("Concerned_of_Cressy", "19 May 2026", "No smoke without fire."),
     ("Lou R", "19 May 2026", "@Concerned_of_Cressy you lot nearly got a man killed. Have some shame.")]),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("rdenning", "exact", "defamation", "Robert Denning")])

# 154
D("social", dd("""
    Paige 🌈
    @paige.brecks

    mrs kowalski is such a babe honestly 😍 married to a hot air force guy too, goals. history is the only lesson i stay awake in lol

    8:10 PM · Mar 10, 2026 · 40 Views
    """),
  [M("jkowalski", "title_surname", "sexual", "mrs kowalski")])

# 155
D("facebook", dd("""
    Fenwold Heath Academy Parents (unofficial)
    Private group · 1.4K members

    Vicky Reeve
    20 May at 08:02 · 🔒
    Glad Mr Denning is coming back. Whatever anyone thinks, the police looked and found nothing. Let the man teach. My lad has missed him so much.

    ❤️ 102 · 48 comments

        Gary Rix
        Hope he keeps his door open this time 🙄
        Like · Reply · 1d
    """),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("rdenning", "title_surname", "neutral", "Mr Denning")])

# 156
D("social", dd("""
    Marcus 🇺🇸
    @marcus_af_brat

    nah the british kids at fenwold heath are actually chill. we swapped slang today, i taught them "no cap" and they taught me "on the huh" which means wonky?? love it

    4:30 PM · Oct 23, 2025 · 50 Views
    """),
  [M("school", "alias", "neutral", "fenwold heath")])

# 157 decoy: Fox News
D("social", dd("""
    Airman Dave
    @dave_in_suffolk

    Can't get Fox News on the base TV package anymore and my dad is acting like the world ended 😂 Pop, it's on the app.

    7:10 PM · Feb 2, 2026 · 30 Views
    """))

# 158
D("forum", forum_page("spouses", "Rant: the British teachers' attitude", [
    ("Brecks_Boss_Babe", "Member · 12 posts", "Wed 21 Jan 2026, 20:05",
     """Why are the Brits at FHA so smug? Mrs Pryke told my daughter her spelling of "color" was "wrong". WRONG. It's American English, lady. Snotty, superior, teeth like a graveyard, the whole lot of them. We saved their butts in WW2 and this is the thanks."""),
    ("Jodie_K_Suffolk", "Member · 350 posts", "Wed 21 Jan 2026, 20:30",
     "Hi, British teacher here (married to a Master Sergeant). GCSE English Language is marked to British spelling by the exam board. Mrs P isn't being snotty, she's trying to stop your daughter losing marks. Happy to explain more by DM. 💙"),
    ("Brecks_Boss_Babe", "Member · 13 posts", "Wed 21 Jan 2026, 20:41",
     "Oh. Ok that makes sense actually."),
    ], thread_id=3580),
  [M("school", "alias", "hate", "FHA"), M("epryke", "title_surname", "hate", "Mrs Pryke")])

# 159
D("social", dd("""
    fen kid
    @fenkid_

    mr wilson saw me struggling w vectors and stayed all lunch. absolute mad lad. fenwold heath maths dept 🐐

    1:15 PM · Feb 11, 2026 · 25 Views
    """),
  [M("school", "alias", "neutral", "fenwold heath"), M("jwilson", "title_surname", "neutral", "mr wilson")])

# 160
D("news", news_page(
    "chronicle", "Schools", "Trust promises trip refunds 'by Easter' after audit",
    "Families owed money for cancelled trips at Fenwold Heath Academy will be repaid",
    "Megan Threadgold, Education Reporter", "2 April 2026",
    """
    Families who paid deposits for cancelled school trips at Fenwold Heath Academy will be repaid by Easter, the Breckland Learning Trust has said.

    About 140 families are owed a total of around £38,000, mostly for a cancelled sixth-form trip to Washington DC. The trust said it would cover the refunds from reserves while a police investigation into the academy's former business manager continues.

    A trust spokesperson said: "Families should never have been put in this position. We are sorry."
    """,
    [("Craig S", "2 Apr 2026", "About time. Four months of begging."),
     ("Wraxfen Wendy", "2 Apr 2026", "Quenby is a greasy little rat and a disgrace to the village. Can't even look his neighbours in the eye."),
     ("Trip Mum", "3 Apr 2026", "Good news at least for us. Well done to the parents who kept pushing.")]),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("tquenby", "surname_only", "abuse", "Quenby")])

# 161
D("facebook", dd("""
    Suffolk Parents Against Woke Schools
    Public group · 3.1K members

    Karl Rash
    17 March at 21:50 · 🌎
    Since the school won't listen, email the science head yourselves. Mek Adeyemi's personal email is mek.adeyemi1985@inbox.example and he lives on Sandpit Lane in Brecksham (the one with the Nigerian flag sticker on the van). Let him know how we feel.

    👍 31 · 20 comments
    """),
  [M("eadeyemi", "alias", "doxxing", "Mek Adeyemi")])

# 162
D("forum", forum_page("village", "Enough is enough with the academy traffic", [
    ("Brecks_Bloke", "Member since 2019", "Tue 3 Feb 2026, 08:55",
     "Another morning of yank pickups on the verges. If Fenwold Heath don't sort it, some of us will sort it for them. A few slashed tyres in their car park and they'll soon listen."),
    ("Hilda_W", "Member since 2012", "Tue 3 Feb 2026, 09:20",
     "That's criminal damage, Brecks_Bloke. The moderators should remove this."),
    ("ForumMod_Cressy", "Moderator", "Tue 3 Feb 2026, 09:45",
     "Warning issued. Threats of criminal damage are not allowed."),
    ], thread_id=1322),
  [M("school", "alias", "threat", "Fenwold Heath")])

# 163
D("review", dd("""
    SchoolCompare › Suffolk › Secondary (academy) › Fenwold Heath Academy

    ★☆☆☆☆  "The exams office is a disgrace"
    Reviewed by: Parent of a current pupil (Year 13) · 22 December 2025

    Wayne Chilver, the "exams officer", is a thick, lazy lump who couldn't organise a piss-up in a brewery. Lost registrations, lost coursework, never answers the phone. How this man still has a job is beyond me.

    Would you recommend this school? No.
    """),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("wchilvers", "typo", "abuse", "Wayne Chilver")])

# 164
D("news", news_page(
    "eadt", "Courts", "Mother fined for posting teacher's phone number online",
    "Vice principal had received more than 200 calls, court told",
    "Court Reporter", "17 April 2026",
    """
    A Cressingmere woman who posted a school vice principal's personal mobile number and address in a Facebook group has been fined £800.

    Nicola Ambrose, 44, admitted harassment. Magistrates heard that Deborah Fox, Vice Principal of Fenwold Heath Academy, received more than 200 calls and messages in the week after the post, some at 3am.

    Ambrose told the court she had been "angry and frightened" about reports concerning a teacher at the school. The chair of the bench said: "Anger is not an excuse for putting someone in fear in her own home."
    """,
    [("Sedgebrook Sal", "17 Apr 2026", "Quite right. Mrs Fox didn't deserve any of that.")]),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("dfox", "exact", "neutral", "Deborah Fox")])

# 165
D("facebook", dd("""
    Fenwold Heath Academy Parents (unofficial)
    Private group · 1.4K members

    Donna Base
    13 January at 22:31 · 🔒
    Chloé D'S*uza is a stuck-up cow who thinks she's better than the rest of us because she went to Cambridge. Two lines for my son's reference. TWO LINES. Useless woman.

    😡 21 · 33 comments

        Kim Arbon
        Donna she wrote three pages for my daughter. Maybe the issue is your son never turned up.
        Like · Reply · 1d
    """),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("cdsouza", "obfuscated", "abuse", "Chloé D'S*uza")])

# 166
D("blog", blog_page(
    "truth", "Traitors in the classroom", "Brecks Patriot", "5 January 2026",
    """
    There is a teacher at the academy near the base who married an American airman and now lectures Suffolk children about the "special relationship". Jodie Kowalski, née Rushbrook, of Little Wraxfen stock, has chosen her side.

    Our members know where she shops. They know where she parks. They know which gym she goes to. She might want to think about which country she lives in before she opens her mouth again.

    Fenwold Heath Academy has become an outpost of a foreign military. It is time for Suffolk people to take their school back.
    """,
    [("Patriot77", "5 Jan 2026", "Traitor. Plain and simple."),
     ("Anon", "6 Jan 2026", "This is a threat and I've reported it to the police.")],
    tags=["Traitors", "Base"]),
  [M("school", "exact", "hate", "Fenwold Heath Academy"), M("jkowalski", "exact", "threat", "Jodie Kowalski")])

# 167
D("news", news_page(
    "national", "UK", "'Yanks go home': the anti-American backlash in rural Suffolk",
    "Tensions over jet noise, housing and schools spill onto social media",
    "Tom Garside, Special Correspondent", "9 January 2026",
    """
    In the villages around two large US-run airbases in west Suffolk, the jets have been part of life for eighty years. So have the Americans.

    But locals and American families alike say the tone online has changed. Posts in community groups call American families "parasites" and "septic tanks". On the other side, some base spouses' pages describe their British neighbours as "inbred" and "hicks".

    Much of it has focused on Fenwold Heath Academy, where about a third of pupils are American. A row over the school's American football team last autumn produced petitions, counter-petitions and, in one case, a criminal conviction.

    "Most of us get on fine," said a parish councillor in Cressingmere. "It's a few loud people on their phones."
    """,
    [("Brecks Born", "9 Jan 2026", "Fenwold Heath is a dumping ground for fat yank brats now. Used to be a decent village school."),
     ("Ohio in Suffolk", "9 Jan 2026", "And comments like the one above are exactly what the article is about.")]),
  [M("school", "exact", "hate", "Fenwold Heath Academy")])

# 168
D("facebook", dd("""
    Brecksham & Villages Community Noticeboard
    Public group · 14.2K members

    Fenwold Heath Academy (Page)
    28 June at 22:00 · 🌎
    What a night! Our Year 11 prom at the Brecksham Hotel. Thank you to everyone who made it special. 🎉💃🕺

    ❤️ 340 · 61 comments

        Dale T
        Some proper grown-up looking girls in that 4th pic 😏 the yank ones mature early don't they
        Like · Reply · 1d

        Kelly M
        @Dale T they are 16. Reported to the page and to police.
        Like · Reply · 1d
    """),
  [M("school", "exact", "sexual", "Fenwold Heath Academy", True)])

# 169
D("facebook", dd("""
    Cressingmere Mums & Dads
    Private group · 2.3K members

    Anonymous member
    20 May at 21:40 · 🔒
    "No further action" my arse. If Bobby Denning walks back into Fenwold Heath after half term there'll be a welcome committee waiting at the gate and it won't be with flowers. Some of us have baseball bats and we've got the American kind too 😉

    😡😂 40 · 62 comments
    """),
  [M("school", "alias", "negative", "Fenwold Heath"), M("rdenning", "nickname", "threat", "Bobby Denning")])

# 170
D("forum", forum_page("teenchat", "rate your teachers (honest)", [
    ("brecks_anon", "Year 10 · 21 posts", "Mon 2 Mar 2026, 18:30",
     "fenwold heath edition: pryke 10/10, kowalski 9/10, adeyemi 9/10, wilson 2/10 bc he's a boring mong who sweats through his shirt by period 2 🤢"),
    ("gcse_grind", "Year 11 · 40 posts", "Mon 2 Mar 2026, 18:40",
     "lmao the sweat thing is so true"),
    ("mod_sam", "Moderator", "Mon 2 Mar 2026, 19:00",
     "Please don't use slurs. Edited nothing but this is a warning."),
    ], thread_id=5790),
  [M("school", "alias", "neutral", "fenwold heath"), M("epryke", "surname_only", "neutral", "pryke"),
   M("jkowalski", "surname_only", "neutral", "kowalski"), M("eadeyemi", "surname_only", "neutral", "adeyemi"),
   M("jwilson", "surname_only", "abuse", "wilson")])

# 171
D("review", dd("""
    JobsTalk › Fenwold Heath Academy › Employee reviews

    "Great kids. Business office from hell."
    ★★☆☆☆  Former Employee - Finance Officer in Cressingmere · 12 October 2025

    Pros: Pupils, teaching staff, location if you like the countryside.

    Cons: Thadeus Quenby is an arrogant, sneering little toad who treats admin staff like something on his shoe. Most toxic manager I have worked with in 20 years.

    Advice to management: Look at the turnover in finance and ask why.
    """),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("tquenby", "typo", "abuse", "Thadeus Quenby")])

# 172
D("news", news_page(
    "chronicle", "News", "Police patrols at academy after online threats",
    "Extra officers outside Fenwold Heath Academy following anonymous posts",
    "Jack Mortlock", "6 July 2025",
    """
    Police officers will patrol outside Fenwold Heath Academy this week after anonymous posts threatened to set fire to the school over its Independence Day celebrations.

    Suffolk Police said it was taking the posts "extremely seriously". The academy said lessons would continue as normal.

    Principal Caroline Strickland-Moyo said: "Our American and British families celebrate each other's festivals together. We will not be intimidated."
    """,
    [("Steve L", "6 Jul 2025", "Patrols won't be there forever. Fenwold Heath will get what's coming to it one night. 🔥"),
     ("Brecks Mum", "6 Jul 2025", "Reported your comment Steve. Absolute disgrace.")]),
  [M("school", "exact", "threat", "Fenwold Heath Academy"), M("cstricklandmoyo", "exact", "neutral", "Caroline Strickland-Moyo")])

# 173
D("facebook", dd("""
    Brecks Patriots 🇬🇧
    Private group · 1.9K members

    Ricky Gotts
    19 December at 08:10 · 🔒
    For those asking, Jodie Rushbrook (calls herself Kowalski now) lives off base in one of the rented houses on Lark Rise, Sedgebrook, number 12, with her yank and two kids. Kids go to St Botolph's. Her husband's in the 639th Maintenance. Do with that what you will.

    👍 18 · 9 comments
    """),
  [M("jkowalski", "alias", "doxxing", "Jodie Rushbrook")])

# 174
D("social", dd("""
    Cressy Parent
    @cressy_parent

    Trending locally: #DeborahFoxMustGo. Whatever your view on the Denning case, the VP at Fenwold has handled every complaint I've ever made badly. Time for fresh leadership.

    7:30 PM · Feb 8, 2026 · 240 Views
    """),
  [M("school", "short_name", "negative", "Fenwold"), M("dfox", "camelcase", "negative", "DeborahFoxMustGo"),
   M("rdenning", "surname_only", "defamation", "Denning")])

# 175
D("blog", blog_page(
    "gridblog", "He's back", "Fourth & Fen", "9 June 2026",
    """
    Robert Denning walked onto the Fenwold Heath practice field on Monday afternoon for the first time since February. The players, who had been told he might drop by, lined up on the 50 and clapped him in. Some of the parents cried. So, if I'm honest, did I.

    He didn't say much. "Let's go to work." Then he made the linemen run gassers.

    Whatever you think you know about the last four months, the police found nothing, and a man has his job back. That's the end of it.
    """,
    [("FalconsMom22", "9 Jun 2026", "Best day 💙🦅"),
     ("Real Talk", "9 Jun 2026", "Denning better not show his face at the homecoming game. He'll be leaving in an ambulance, I promise you that."),
     ("Fourth & Fen", "9 Jun 2026", "@Real Talk comment reported to the school and police. Grow up.")],
    tags=["Falcons", "Coaching"]),
  [M("school", "alias", "neutral", "Fenwold Heath"), M("rdenning", "exact", "threat", "Robert Denning")])

# 176
D("forum", forum_page("mumsforum", "Man photographing girls' netball at Fenwold Heath?", [
    ("NetballMum_Suffolk", "Joined 2022 · 70 posts", "Thu 5-Mar-26 17:20",
     """DD (Y8) says a man was parked in the lay-by next to the Fenwold Heath netball courts taking photos of the girls during PE today. Long lens. The PE staff called the office and he drove off.

     Has anyone else heard about this? I'm feeling sick."""),
    ("Wraxfen_Walker", "Joined 2021 · 80 posts", "Thu 5-Mar-26 17:45",
     "The school texted us too. Police informed. Grey estate car apparently. Please tell your DDs to tell a teacher straight away if they see him."),
    ], thread_id=6690),
  [M("school", "alias", "sexual", "Fenwold Heath", True)])

# 177
D("news", news_page(
    "eadt", "Education", "Science teacher's 'kitchen chemistry' videos reach a million views",
    "Emeka Adeyemi's short experiments are a hit with pupils - and their parents",
    "Rob Etheridge, Chief Reporter", "18 April 2026",
    """
    A Suffolk science teacher whose one-minute "kitchen chemistry" videos began as a lockdown project has passed a million views online.

    Emeka Adeyemi, Head of Science at Fenwold Heath Academy, films the experiments in his own kitchen using household ingredients. His most popular video, in which he makes "elephant toothpaste" with yeast and washing-up liquid, has been watched 400,000 times.

    "The comments are 90 per cent lovely," he said. "The other ten per cent I don't read."
    """,
    [("Sedgebrook Sal", "18 Apr 2026", "Brilliant. My grandson loves these."),
     ("England First", "18 Apr 2026", "Go back to Africa and do your chemistry there mate, we've got enough of you."),
     ("Mod", "18 Apr 2026", "Comment above removed for breaching house rules.")]),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("eadeyemi", "exact", "hate", "Emeka Adeyemi")])

# 178
D("facebook", dd("""
    Cressingmere Mums & Dads
    Private group · 2.3K members

    Leanne Cobbold
    28 January at 20:05 · 🔒
    Elizabeth P. in English at the academy is a sour-faced old witch. Told my daughter her poetry was "sentimental". Who does she think she is, the Queen of Sheba? Bloody snob.

    😂 19 · 24 comments
    """),
  [M("epryke", "first_initial", "abuse", "Elizabeth P.")])

# 179 decoy: excluded running club
D("facebook", dd("""
    Fenwold Fen Runners
    Public group · 640 members

    Stu Pask
    11 January at 07:00 · 🌎
    Sunday long run, 10 miles from the Sedgebrook car park, out along the heath and back past the golf club. All paces welcome, nobody gets left. Coffee after at the garage café ☕🏃

    👍 28 · 7 comments
    """))

# 180 decoy: the base's own school
D("news", news_page(
    "stripes", "Community", "Base high school robotics team heads to nationals",
    "Brecks Eagles robotics club qualifies for competition in Houston",
    "Public Affairs", "2 April 2026",
    """
    The robotics team from the DoDEA high school on RAF Fenwold has qualified for a national championship in Houston, Texas, after winning the European regional final in Germany.

    Team captain Aaliyah Brooks, a junior, said the robot, nicknamed "Big Tea" in honour of their British hosts, had "never let us down once".
    """),
  [])

# 181
D("facebook", dd("""
    Brecks Spouses Club (Official-ish)
    Private group · 6.8K members

    Courtney Pike
    18 November at 21:10 · 🔒
    For anyone who wants to ask Jim Wilson from the FHA math department why he tanked our kids' grades: his wife's public Instagram shows their house on Nightjar Close, Brecksham, and their dog's name and his car. Here's his personal number from the football parents' WhatsApp: 07700 900245.

    😮 14 · 32 comments

        Rochelle Baines (Admin)
        Post removed. Courtney, you've been warned about posting personal info.
        Like · Reply · 1d
    """),
  [M("school", "alias", "negative", "FHA"), M("jwilson", "alias", "doxxing", "Jim Wilson")])

# 182 decoy: namesake pub review
D("review", dd("""
    The Fox & Hounds, Sedgebrook
    Pub · Back Lane
    4.4 ★★★★☆ (302 reviews)

    Sue Mayes
    ★★★★★ 3 weeks ago
    Proper village pub. Landlady Debbie keeps a good pint of Cressy Gold and the Sunday roast is enormous. American lads from the base come in on a Friday and are very polite. Dog friendly.
    👍 Helpful 5
    """))

# 183
D("forum", forum_page("gridiron", "Falcons coaching - opinions", [
    ("Knights_OC", "Coach · 98 posts", "Sat 13 Jun 2026, 20:20",
     "Rob Denning is a clueless clown who couldn't coach his way out of a paper bag. Runs the same three plays every week. Fenwold Heath won DESPITE him, not because of him."),
    ("CoachRay_Norfolk", "League official · 700 posts", "Sat 13 Jun 2026, 20:40",
     "Easy now. Bit personal. His teams are disciplined and his kids are decent, which is more than I can say for some."),
    ], thread_id=950),
  [M("school", "alias", "neutral", "Fenwold Heath"), M("rdenning", "nickname", "abuse", "Rob Denning")])

# 184
D("facebook", dd("""
    Fenwold Heath Academy Parents (unofficial)
    Private group · 1.4K members

    Anonymous member
    27 March at 23:15 · 🔒
    Caroline Strickland-Moyo knew about Quenby and let him carry on. She wants to be very careful walking to her car after parents' evening. Not everyone in this village is as forgiving as the trust.

    😮 36 · 51 comments
    """),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("cstricklandmoyo", "exact", "threat", "Caroline Strickland-Moyo"),
   M("tquenby", "surname_only", "defamation", "Quenby")])

# 185
D("blog", blog_page(
    "truth", "Who runs our village school?", "Brecks Patriot", "20 February 2026",
    """
    Look at the senior staff list at Fenwold Heath Academy. A head of science called Adeyemi. A head of sixth form called D'Souza. A principal who's married into a "Moyo". Ask yourself: how many of them have grandparents buried in Cressingmere churchyard?

    This is what replacement looks like. Not with a bang, but with a staff photo.
    """,
    [("Patriot77", "20 Feb 2026", "Spot the Englishman. 🤔"),
     ("Realist", "21 Feb 2026", "This is straight-up racism with extra steps.")],
    tags=["Replacement", "Schools"]),
  [M("school", "exact", "hate", "Fenwold Heath Academy"), M("eadeyemi", "surname_only", "hate", "Adeyemi"),
   M("cdsouza", "surname_only", "hate", "D'Souza"), M("cstricklandmoyo", "surname_only", "hate", "Moyo")])

# 186
D("facebook", dd("""
    Sedgebrook Village Chat
    Private group · 880 members

    Mel Gathercole
    14 June at 19:50 · 🔒
    Is it me or is that Chilvers bloke from the academy exams office a bit of a creep? My daughter says he's always hanging round the sixth form girls in the exam hall, standing right behind them. Gives her the ick. Just saying, keep an eye.

    😮 22 · 40 comments

        Wendy Nunn
        He's an invigilator Mel, that's literally the job.
        Like · Reply · 1d
    """),
  [M("wchilvers", "surname_only", "sexual", "Chilvers", True)])

# 187
D("news", news_page(
    "chronicle", "Schools", "Ofsted: academy near airbases 'requires improvement' on attendance",
    "Inspectors praise sixth form and welcome for new arrivals",
    "Megan Threadgold, Education Reporter", "5 May 2026",
    """
    Fenwold Heath Academy has been judged to require improvement for attendance and behaviour in its first inspection under the new report-card system, but was rated strong for its sixth form and its support for pupils joining mid-year.

    Inspectors said the school's "Welcome Club" for children of service families was "exceptional". They highlighted safeguarding as effective.

    Vice Principal Deborah Fox, who leads on behaviour, said the school would "get attendance back where it should be".
    """,
    [("Parent of 2", "5 May 2026", "Fair report. Behaviour in Y8 is a problem."),
     ("Tommo", "5 May 2026", "Fox is a useless old bag who should've retired years ago. Behaviour's gone to pot on her watch."),
     ("Jodie K", "6 May 2026", "So proud of our Welcome Club kids 💙")]),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("dfox", "exact", "abuse", "Deborah Fox")])

# 188
D("facebook", dd("""
    Brecksham Buy Sell Swap
    Public group · 9.4K members

    Donna Base
    15 January at 09:00 · 🌎
    Anyone want to tell Chloé D'Souza what they think of her "references" in person, she's in flat 4, Maltings Court, Station Road, Brecksham. It's on the electoral roll so it's not private. Her car's the white Fiat.

    😡 12 · 19 comments

        Admin
        Removed. Do not post addresses.
        Like · Reply · 1d
    """),
  [M("cdsouza", "exact", "doxxing", "Chloé D'Souza")])

# 189
D("forum", forum_page("spouses", "I'm about to lose it with Fenwold Heath", [
    ("TSgt_Dad_Ray", "Member · 9 posts", "Fri 6 Mar 2026, 22:40",
     """My son got jumped on the bus again. Third time. School says "we're looking into it". If my kid comes home hurt one more time I'm going up to Fenwold Heath myself and I'm bringing my 9mm. Not joking. Somebody over there is going to learn."""),
    ("Rochelle Baines (Admin)", "Moderator", "Fri 6 Mar 2026, 22:55",
     "Ray, I've removed the quote from other threads and I'm reporting this to security forces. I understand you're upset. This is not the way."),
    ], thread_id=3620),
  [M("school", "alias", "threat", "Fenwold Heath")])

# 190
D("social", dd("""
    Brecks Banter
    @brecks_banter

    Qu*nby out on bail still driving that Audi. Greedy, snivelling little worm. Should be ashamed to show his face in Wraxfen 🐛

    10:20 AM · Apr 1, 2026 · 180 Views
    """),
  [M("tquenby", "obfuscated", "abuse", "Qu*nby")])

# 191
D("review", dd("""
    SchoolCompare › Suffolk › Secondary (academy) › Fenwold Heath Academy

    ★★☆☆☆  "PE department needs a new boss"
    Reviewed by: Parent of a current pupil (Year 8) · 30 June 2026

    Coach Denning is a jumped-up little Hitler who screams at 12-year-olds for not running fast enough. My son came home in tears twice. Sports facilities are good, the rest of the school is fine, but that man needs to calm down.

    Would you recommend this school? With reservations.
    """),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("rdenning", "title_surname", "abuse", "Coach Denning")])

# 192
D("news", news_page(
    "eadt", "Crime", "Former academy business manager charged with fraud",
    "Thaddeus Quenby to appear before Brecksham magistrates",
    "Rob Etheridge, Chief Reporter", "11 June 2026",
    """
    The former business manager of a west Suffolk academy has been charged with fraud by abuse of position.

    Thaddeus Quenby, 52, of Little Wraxfen, is accused of diverting about £38,000 from school trip accounts at Fenwold Heath Academy between 2023 and 2025. He will appear before Brecksham magistrates on 2 July.

    The Breckland Learning Trust said it could not comment while proceedings were active.
    """,
    [("Wraxfen Resident", "11 Jun 2026", "He's at The Granary on Mill Road if anyone wants to let him know how they feel. Number's 07700 900401."),
     ("Legal Eagle", "11 Jun 2026", "Please don't. Contempt of court is a thing and so is harassment.")]),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("tquenby", "exact", "doxxing", "Thaddeus Quenby")])

# 193 decoy: namesake
D("facebook", dd("""
    Brecksham Buy Sell Swap
    Public group · 9.4K members

    Jim Wilson Plumbing & Heating
    2 February at 08:00 · 🌎
    Boiler service £65 this month only. Gas Safe registered, 25 years' experience, covering Brecksham and all villages. Call Jim on 01632 960890. 🔧

    👍 9 · 2 comments
    """))

# 194
D("facebook", dd("""
    Brecksham & Villages Community Noticeboard
    Public group · 14.2K members

    Barry Leeder
    25 February at 17:30 · 🌎
    The pikey kids from the site on the Sedgebrook road are running riot at Fenwold Heath Academy again. Thieving, fighting, the lot. And Mrs Fox just lets them get away with it because she's scared of being called racist. Gyppos and yanks, that's what our village school is now.

    😡👍 61 · 88 comments
    """),
  [M("school", "exact", "hate", "Fenwold Heath Academy"), M("dfox", "title_surname", "negative", "Mrs Fox")])

# 195
D("news", news_page(
    "schoolsweek", "Trusts", "Breckland trust to review governance after fraud charge",
    "Independent review of finance controls at member academies",
    "Ruth Pelling", "15 June 2026",
    """
    The Breckland Learning Trust will commission an independent governance review after its former business manager at Fenwold Heath Academy was charged with fraud.

    Trust chief executive Graham Lark said the review would examine "every layer" of financial oversight, including the role of academy principals in signing off voluntary-fund accounts.

    Caroline Strickland-Moyo, principal of Fenwold Heath, is not under investigation, the trust said.
    """,
    [("Trust Watcher", "15 Jun 2026", "Strickland-Moyo is a gutless waste of space. Signed whatever was put in front of her."),
     ("Governor", "15 Jun 2026", "Principals don't audit accounts. That's what auditors are for.")]),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("cstricklandmoyo", "exact", "abuse", "Caroline Strickland-Moyo")])

# 196
D("blog", blog_page(
    "yankmum", "College apps, round two (and a small vent)", "Kristen @ Tater Tots", "15 January 2026",
    """
    My oldest is a senior - sorry, Year 13 - this year, and we're doing college applications from England. Common App, SAT scores, a transcript that has to explain what a "predicted grade" is. Fun!

    Small vent: we emailed Chloe DSouza, the head of sixth form, four times in December about the counselor letter and heard nothing until January 10. I know she's swamped. I know the exams office had a meltdown. But when your kid is watching every deadline, silence is scary.

    It all got done in the end. Her letter was beautiful, actually. I just wish someone had said "we've got this" in December.
    """,
    [("Jenna R.", "15 Jan 2026", "Same here. Lovely once it came, stressful waiting.")],
    tags=["College", "Sixth form"]),
  [M("cdsouza", "typo", "negative", "Chloe DSouza")])

# 197
D("forum", forum_page("village", "Them Americans and the exams", [
    ("Owd Boy Ted", "Member since 2008", "Sat 20 Dec 2025, 16:00",
     "I see the Chilvers boy from the academy has got himself in bother with the Americans over their tests. Always was a dopey owd dodman, that one. Couldn't find his own backside with both hands and a map."),
    ("Cressy_Pete", "Member since 2011", "Sat 20 Dec 2025, 16:20",
     "Steady on Ted, he's been working all hours."),
    ], thread_id=1281),
  [M("wchilvers", "surname_only", "abuse", "Chilvers")])

# 198
D("facebook", dd("""
    Brecks Spouses Club (Official-ish)
    Private group · 6.8K members

    Shay Morrow
    3 October at 21:30 · 🔒
    Girls' night confession: I signed my son up for flag football ONLY because Coach Denning runs it 😂🔥 those calves. The man can tackle me anytime. Husband doesn't read this group, right?? 🤫

    😂 88 · 44 comments
    """),
  [M("rdenning", "title_surname", "sexual", "Coach Denning")])

# 199
D("social", dd("""
    year 11 memes
    @fen_y11_memes

    POV: it's period 5 and ms pryke is reading poetry in THAT voice 😩 half the boys in 11B have a crush on her not gonna lie. certified milf #fenwoldheath

    2:50 PM · Mar 19, 2026 · 410 Views
    """),
  [M("school", "hashtag", "neutral", "#fenwoldheath"), M("epryke", "title_surname", "sexual", "ms pryke")])

# 200
D("facebook", dd("""
    Cressingmere Mums & Dads
    Private group · 2.3K members

    Leanne Cobbold
    30 January at 19:15 · 🔒
    Since someone asked, Liz Pryke from the academy English dept lives in the end cottage on Church Walk, Cressingmere (green door, cat in the window). She walks the dog past the Plough about 7 every morning. Tell her what you think of her "sentimental" comments.

    😬 9 · 14 comments

        Admin Gemma
        Leanne, removed and you're muted for a week.
        Like · Reply · 1d
    """),
  [M("epryke", "nickname", "doxxing", "Liz Pryke")])

# 201
D("social", dd("""
    patriot_suffolk
    @patriot_suffolk

    Mrs Kowalski at the academy, her mobile is 07700 900183 and her yank husband's is on the squadron page. Give the traitor a ring and ask her which flag she salutes 🇬🇧

    9:44 PM · Dec 18, 2025 · 150 Views
    """),
  [M("jkowalski", "title_surname", "doxxing", "Mrs Kowalski")])

# 202
D("news", news_page(
    "chronicle", "Schools", "Exams officer 'working round the clock' to fix SAT error",
    "Fenwold Heath Academy says most candidates will be rescheduled for March",
    "Megan Threadgold, Education Reporter", "23 December 2025",
    """
    Most of the sixth-formers affected by a registration error for the December SAT at Fenwold Heath Academy will be able to sit the test in March, the school has said.

    The academy said its exams officer had "worked round the clock" with the American testing agency and that early-decision applicants had been given letters explaining the delay.
    """,
    [("SAT mad mum", "23 Dec 2025", "Too little too late."),
     ("Anon123", "23 Dec 2025", "Wayne Chilvers, 14 Chapel Lane Sedgebrook. Knock on his door and ask him about 'round the clock'."),
     ("Sedgebrook Sal", "23 Dec 2025", "Reported. Leave the man alone.")]),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("wchilvers", "exact", "doxxing", "Wayne Chilvers")])

# 203
D("forum", forum_page("teenchat", "found a teacher's socials lol", [
    ("fen_chaos", "Year 10 · 8 posts", "Sat 14 Mar 2026, 22:10",
     "found adeyemi's personal insta (@mek.cooks.things) and his home address is in the background of one of the kitchen videos, it's the new builds behind Brecksham Tesco. number 31 lol. fenwold heath teachers need to learn about privacy 😭"),
    ("mod_sam", "Moderator", "Sat 14 Mar 2026, 22:20",
     "Thread locked. Posting a teacher's address is doxxing and will get you banned."),
    ], thread_id=5801),
  [M("school", "alias", "neutral", "fenwold heath"), M("eadeyemi", "possessive", "doxxing", "adeyemi's")])

# 204
D("social", dd("""
    🇺🇸🦅
    @falcons_forever_77

    Strickland-Mоyo's days are numbered. We know what time she leaves that school and which road she takes home through the forest. One of these nights. 🏈🔥

    11:59 PM · Oct 17, 2025 · 300 Views
    """),
  [M("cstricklandmoyo", "homoglyph", "threat", "Strickland-Mоyo")])

# 205
D("facebook", dd("""
    Sedgebrook Village Chat
    Private group · 880 members

    Anonymous member
    7 February at 22:30 · 🔒
    Debbie Fox at the academy protected a paedo and she's going to get what's coming to her. Not from the police either. Her and her little Mini won't be so smug when someone's waiting outside the house.

    😡 33 · 29 comments
    """),
  [M("dfox", "nickname", "threat", "Debbie Fox")])

# 206
D("blog", blog_page(
    "suffolkdad", "On grades, and manners", "Proper Suffolk", "22 November 2025",
    """
    The grading row up the academy has got out of hand. I've read things on Facebook this week I wouldn't say to a dog.

    My granddaughter is in Mr Wilson's set. She says he's strict, marks hard, and explains things three times if you ask. That'll do for me.

    If the Americans want to know what a 7 means, they can ask. If the locals want to moan about the Americans, they can go and have a pint and calm down.
    """,
    [("Airman Dad", "22 Nov 2025", "Fair. Appreciate the local perspective."),
     ("FalconsFan1", "23 Nov 2025", "James Wilson from the academy should be worried. I've got a bat in the truck with his name on it."),
     ("Proper Suffolk", "23 Nov 2025", "Comment reported. That's exactly what I'm talking about.")],
    tags=["Schools", "Rants"]),
  [M("jwilson", "exact", "threat", "James Wilson")])

# 207
D("review", dd("""
    SchoolCompare › Suffolk › Secondary (academy) › Fenwold Heath Academy

    ★☆☆☆☆  "Head of sixth form plays favourites"
    Reviewed by: Parent of a current pupil (Year 12) · 20 February 2026

    Miss D'Souza is a two-faced, patronising cow. All smiles in the meeting, then nothing. If your child isn't applying to Harvard she can't be bothered. The rest of the sixth form staff are fine.

    Would you recommend this school? Not the sixth form.
    """),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("cdsouza", "title_surname", "abuse", "Miss D'Souza")])

# 208
D("facebook", dd("""
    Fenwold Heath Academy Parents (unofficial)
    Private group · 1.4K members

    Phil Rayner
    10 March at 20:40 · 🔒
    Dr Adeyemi is an arrogant prat. Wouldn't let my son resit his chemistry test even though he was off ill. Doesn't listen, doesn't care, looks down his nose at parents. Nothing to do with where he's from before anyone starts, he's just a knob.

    👍 15 · 22 comments
    """),
  [M("school", "exact", "negative", "Fenwold Heath Academy"), M("eadeyemi", "title_surname", "abuse", "Dr Adeyemi")])

# 209
D("social", dd("""
    watchdog_brecks
    @watchdog_brecks

    For parents who care: R. Denning has moved. New address Flat 2, Kingfisher House, Brecksham IP98 6TD. He's back teaching your kids on Monday. 🚨

    6:30 PM · Jun 4, 2026 · 500 Views

    22 Reposts
    """),
  [M("rdenning", "initial_surname", "doxxing", "R. Denning")])

# 210
D("news", news_page(
    "national", "UK", "Former school finance chief appears in court",
    "Thaddeus Quenby denies fraud; trial set for next year",
    "Court Reporter", "2 July 2026",
    """
    The former business manager of a Suffolk academy has pleaded not guilty to fraud.

    Thaddeus Quenby, 52, of Little Wraxfen, appeared at Brecksham Magistrates' Court accused of taking about £38,000 from school trip funds at Fenwold Heath Academy. He was granted bail and the case was sent to the crown court.
    """,
    [("Brecks Dad", "2 Jul 2026", "Quenby won't make it to the crown court if I see him first. Thieving from kids."),
     ("Reader", "2 Jul 2026", "Innocent until proven guilty.")]),
  [M("school", "exact", "neutral", "Fenwold Heath Academy"), M("tquenby", "exact", "threat", "Thaddeus Quenby")])

# 211
D("forum", forum_page("spouses", "For anyone who wants to talk to the principal directly", [
    ("Falcons_Mom_TX", "Member · 55 posts", "Sat 18 Oct 2025, 14:00",
     """Since the school won't return calls: Caroline Strickland (she goes by her maiden name on Facebook) - her husband works at the Brecksham Land Rover dealer, her kids are at Sedgebrook Free School, and she does parkrun at the heath every Saturday 9am. Go say hi and tell her what you think of cancelling our season."""),
    ("Rochelle Baines (Admin)", "Moderator", "Sat 18 Oct 2025, 14:20",
     "Post hidden. Please do not share where staff and their children can be found. That's a hard no."),
    ], thread_id=3360),
  [M("cstricklandmoyo", "alias", "doxxing", "Caroline Strickland")])

# 212
D("blog", blog_page(
    "edublog", "A teacher's-eye view of the SAT fiasco", "The Marking Pile", "4 January 2026",
    """
    Our neighbouring school has had a rough December. An exams office of one person, a testing portal that fell over, and thirty-odd families who understandably panicked.

    What happened next is what bothers me. The exams officer, whose name I won't repeat here though it's all over Facebook, was called a "Suffolk hick", an "inbred", a "lazy lump". Someone posted his address. Someone rang his mum.

    The lesson isn't about SATs. It's about a system that runs exams on goodwill and one man's overtime.
    """,
    [("Sedgebrook Sal", "4 Jan 2026", "Thank you for this. He's a good lad."),
     ("Anon", "5 Jan 2026", "Chilvers had one job and he messed it up. He's a thick useless turnip and he deserves every bit of it.")],
    tags=["Exams", "Social media"]),
  [M("wchilvers", "surname_only", "abuse", "Chilvers")])

# === END DOCS ===


# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Fenwold Heath Academy"],
    "cstricklandmoyo": ["Caroline Strickland-Moyo"], "tquenby": ["Thaddeus Quenby"],
    "rdenning": ["Robert Denning"], "cdsouza": ["Chloé D'Souza"],
    "jwilson": ["James Wilson"], "dfox": ["Deborah Fox"], "jkowalski": ["Jodie Kowalski"],
    "epryke": ["Elizabeth Pryke"], "eadeyemi": ["Emeka Adeyemi"], "wchilvers": ["Wayne Chilvers"],
}
ALIASES = {
    "school": ["Fenwold Heath", "FHA", "Fenwold Academy", "Fenwold Heath Acad."],
    "cstricklandmoyo": ["Caroline Strickland"], "tquenby": ["Tad Quenby"], "cdsouza": ["Chloé Fernandes"],
    "jwilson": ["Jim Wilson"], "jkowalski": ["Jodie Rushbrook"], "eadeyemi": ["Mek Adeyemi"],
}
SURNAMES = {
    "cstricklandmoyo": "Strickland-Moyo", "tquenby": "Quenby", "rdenning": "Denning",
    "cdsouza": "D'Souza", "jwilson": "Wilson", "dfox": "Fox", "jkowalski": "Kowalski",
    "epryke": "Pryke", "eadeyemi": "Adeyemi", "wchilvers": "Chilvers",
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
