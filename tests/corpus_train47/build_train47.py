#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train47 labelled evaluation corpus for the repwatch matcher.

Setting
    Threapdale CE Primary School, an invented tiny Church of England voluntary-controlled
    primary (ages 4-11, 48 pupils, three classes) in the village of Askelthwaite at the
    head of the invented Threapdale valley in the Lake District, Cumbria (hamlets:
    Brackenfoot, Stainrigg; the invented market town of Hawsgill nine miles down the
    valley). Class 1 is Reception-Y2, Class 2 is Y3-4 (a job share), Class 3 is Y5-6,
    taught full-time by the head, who is the only full-time teacher in KS2. Published
    office number 01632 960537; own site threapdaleschool.example. The invented Westfell
    Council has opened a consultation on closing the school and moving pupils to Hawsgill
    Primary (falling rolls, second homes and holiday lets emptying the valley). Storylines,
    2024-25: the closure consultation and the #SaveThreapdaleSchool campaign; a parish
    council row (a councillor wants the school site for holiday lets, the parish council
    refuses to back the campaign); a pupil-census "fiddling numbers" rumour about the head;
    a school-fund audit and the business manager's suspension; the fell-running club and
    the sheepdog trials; incomers ("offcomers") vs locals; anti-Polish, anti-Muslim,
    anti-Traveller (horse-fair week), homophobic and ableist abuse.
    School aliases: "Threapdale School", "Threapdale Primary", "TPS" (acronym shared with
    the Teachers' Pension Scheme, TPS Plant Hire and a Preston tyre firm), "Threapdale
    C of E", "Threapdale Church of England Primary School". "Threapdale" alone is labelled
    short_name (it is also the valley, the outdoor centre, the pub, the show, the fell race
    and the sheepdog trials).

Staff (watchlist ids and the variant traits they carry)
    rhodgsonbell  Rachel Hodgson-Bell, Headteacher and Class 3 teacher. Hyphenated
                  double-barrelled surname ("Hodgson Bell", "Hodgson–Bell"); nickname
                  "Rach"; alias "Rachel Hodgson" (her name before marriage, a local
                  farming family).
    pgilhespy     Perpetua Gilhespy, School Business Manager (shared with Lowfold CE
                  Primary). The unique name (counts without school context); a sheepdog
                  triallist. Alias "Pet Gilhespy".
    rairey        Robert Airey, Class 2 teacher (job share, Mon-Wed) and coach of the
                  junior fell-running club. Nickname-able first name (Bob, Bobby, Rob,
                  Robbie).
    etweddle      Elizabeth Tweddle, Teaching Assistant and Forest School leader, a local
                  farmer's wife. Nicknames Liz, Lizzie, Beth.
    jarmstrong    John Armstrong, Caretaker and minibus driver. The very common name;
                  namesakes (a Hawsgill auctioneer, a Carlisle councillor, a Northumberland
                  fell runner, the Border reiver of the ballad) appear in decoys. Alias
                  "Johnny Armstrong".
    hfell         Hannah Fell, Class 1 teacher (Reception-Y2) and SENCo. Surname is an
                  everyday word (the fells, fell running, "she fell").
    awrobel       Agnieszka Wróbel, Teaching Assistant (KS1) and midday supervisor, from
                  Poland. Accent ("Wrobel", "Wróbel"); alias "Aga Wróbel"; target of
                  anti-Polish / anti-migrant abuse.
    rocallaghan   Revd Ruth O'Callaghan, Vicar of Threapdale and Chair of Governors.
                  Apostrophe ("O'Callaghan", "OCallaghan", "O’Callaghan"); alias "Ruth
                  Kirkbride" (maiden name); married to a woman, target of homophobic abuse.
    iqureshi      Imran Qureshi, Class 2 teacher (job share, Wed-Fri), from Preston. Target
                  of anti-Muslim and racist abuse.
    gpostlethwaite Gwen Postlethwaite, School Administrator (the office). A long surname
                  that gets misspelt ("Postlewaite", "Postlethwaite's"); uses a mobility
                  scooter, target of ableist abuse.

Voices
    The Hawsgill local paper, a Cumbrian regional daily and a national with comment
    threads, a schools trade paper, a farming weekly; the village Facebook group
    ("Threapdale Valley Noticeboard"), the campaign page, a parents' group and a buy/sell
    group; a fell-running forum, a teachers' forum, a Mumsnet-style board, a second-home
    owners' forum, a Lakes walking forum; blogs (a hill-walking blog, the campaign blog, an
    offcomer mum's blog, a "Lakeland Truth" conspiracy blog, a rural schools blog);
    Ofsted-style parent reviews, employer reviews, business reviews; X, Instagram, TikTok
    and Threads. Cumbrian dialect ("marra", "laal", "gaan yam", "nowt", "summat",
    "deek", "radgy", "clarty", "yows", "tups", "bait", "lish", "gurt", "offcomer"),
    farming talk, fell-running slang, second-homer posh, teacher-speak, emoji, typos,
    sarcasm, dog whistles and veiled threats.

Decoys
    The Threapdale Outdoor Centre, the Threapdale Arms and the Threapdale Sheepdog Trials
    (all excluded, with threapdaleoutdoors.example), Threapdale Fell Race, Threapdale
    Mountain Rescue and valley holiday lets; TPS as the Teachers' Pension Scheme, TPS Plant
    Hire and TPS Tyres; namesakes called John Armstrong and Hannah Fell clearly elsewhere;
    "fell" as a hill and a verb; Askelthwaite, Brackenfoot and Stainrigg news without the
    school; neighbouring and similar schools (Lowfold CE Primary, Hawsgill Primary,
    Threapley Primary Academy in Doncaster, Oakhope First School in Northumberland);
    a Carlisle gig where "Hannah fell" off the stage; the Border reiver Johnie Armstrong.

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
    python3 tests/corpus_train47/build_train47.py
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
    "school", "rhodgsonbell", "pgilhespy", "rairey", "etweddle", "jarmstrong",
    "hfell", "awrobel", "rocallaghan", "iqureshi", "gpostlethwaite",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["threapdale ce", "threapdale c of e", "threapdale church of england", "threapdale school",
               "threapdale primary", "threapdaleschool"],
    "rhodgsonbell": ["hodgson-bell", "hodgson bell", "hodgsonbell"],
    "pgilhespy": ["gilhespy"],
    "rairey": ["airey"],
    "etweddle": ["tweddle"],
    "awrobel": ["wrobel"],
    "rocallaghan": ["callaghan", "kirkbride"],
    "iqureshi": ["qureshi"],
    "gpostlethwaite": ["postlethwaite"],
}
EXCLUDES = ["Threapdale Outdoor Centre", "Threapdale Arms", "Threapdale Sheepdog Trials", "threapdaleoutdoors.example"]

WATCHLIST = """\
# Watchlist for the invented Threapdale CE Primary School (train47 corpus). All names are fictional.
[school]
name = "Threapdale CE Primary School"
aliases = ["Threapdale School", "Threapdale Primary", "TPS", "Threapdale C of E", "Threapdale Church of England Primary School"]
locality = ["Askelthwaite", "Brackenfoot", "Stainrigg", "Threapdale valley"]
own_domains = ["threapdaleschool.example"]
phones = ["01632 960537"]

[[staff]]
id = "rhodgsonbell"
name = "Rachel Hodgson-Bell"
role = "Headteacher and Class 3 teacher"
aliases = ["Rachel Hodgson"]
line_manager = "chair.governors@threapdaleschool.example"

[[staff]]
id = "pgilhespy"
name = "Perpetua Gilhespy"
role = "School Business Manager"
aliases = ["Pet Gilhespy"]
unique = true
line_manager = "head@threapdaleschool.example"

[[staff]]
id = "rairey"
name = "Robert Airey"
role = "Class 2 teacher and junior fell-running coach"
line_manager = "head@threapdaleschool.example"

[[staff]]
id = "etweddle"
name = "Elizabeth Tweddle"
role = "Teaching Assistant and Forest School leader"
line_manager = "head@threapdaleschool.example"

[[staff]]
id = "jarmstrong"
name = "John Armstrong"
role = "Caretaker and minibus driver"
aliases = ["Johnny Armstrong"]
line_manager = "office@threapdaleschool.example"

[[staff]]
id = "hfell"
name = "Hannah Fell"
role = "Class 1 teacher and SENCo"
line_manager = "head@threapdaleschool.example"

[[staff]]
id = "awrobel"
name = "Agnieszka Wróbel"
role = "Teaching Assistant and midday supervisor"
aliases = ["Aga Wróbel"]
line_manager = "head@threapdaleschool.example"

[[staff]]
id = "rocallaghan"
name = "Ruth O'Callaghan"
role = "Vicar of Threapdale and Chair of Governors"
aliases = ["Ruth Kirkbride"]
line_manager = "clerk.governors@threapdaleschool.example"

[[staff]]
id = "iqureshi"
name = "Imran Qureshi"
role = "Class 2 teacher"
line_manager = "head@threapdaleschool.example"

[[staff]]
id = "gpostlethwaite"
name = "Gwen Postlethwaite"
role = "School Administrator"
line_manager = "head@threapdaleschool.example"

[[exclude]]
text = "Threapdale Outdoor Centre"

[[exclude]]
text = "Threapdale Arms"

[[exclude]]
text = "Threapdale Sheepdog Trials"

[[exclude]]
domain = "threapdaleoutdoors.example"
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
    "hawsgill": dict(
        name="Hawsgill & Threapdale Herald", domain="hawsgillherald.example",
        nav=["News", "Farming", "Sport", "What's On", "Family Notices", "Jobs"],
        most=["A-road closed after lorry sheds load of silage", "Hawsgill mart: Herdwick tups top £9,000",
              "Pictures: the valley show in the sun", "Bus service 78 to run only on Saturdays"],
        footer="Hawsgill & Threapdale Herald is part of Northfell Newspapers Ltd. Regulated by IPSO."),
    "cumbrian": dict(
        name="The Cumbrian Courier", domain="cumbriancourier.example",
        nav=["Home", "Lakes", "Carlisle", "Farming", "Courts", "Opinion", "Sport"],
        most=["Holiday lets now outnumber homes in three valleys", "Fell rescue team called out 14 times in a week",
              "Court: man fined over quad bike on footpath", "Rain warning as more wet weather heads for the Lakes"],
        footer="© The Cumbrian Courier. Editorial: 01632 960712. Contact us · Corrections · Complaints"),
    "national": dict(
        name="The Daily Ledger", domain="dailyledger.example",
        nav=["UK", "World", "Politics", "Money", "Education", "Opinion", "Sport"],
        most=["Interest rates held again", "Storm names announced for the winter",
              "Second homes levy: the councils cashing in", "Train strike dates confirmed"],
        footer="© Ledger Media Group. Contact us · Complaints · Corrections · Sitemap"),
    "schoolsweek": dict(
        name="Rural Schools Weekly", domain="ruralschoolsweekly.example",
        nav=["Leadership", "Small schools", "Funding", "Inspection", "Opinion", "Jobs"],
        most=["Small schools: federation or closure?", "Falling rolls hit rural primaries hardest",
              "The teaching head: a job too far?", "Opinion: the myth of surplus places"],
        footer="Rural Schools Weekly · For heads, governors and business managers · Terms · Privacy"),
    "farmweek": dict(
        name="Fell & Farm Weekly", domain="fellandfarm.example",
        nav=["News", "Markets", "Livestock", "Machinery", "Shows", "Classifieds"],
        most=["Upland payments: what the new scheme pays", "Swaledale gimmer lambs sell to £480",
              "Sheepdog trials season round-up", "Bluetongue: the latest restrictions"],
        footer="Fell & Farm Weekly — serving the northern uplands since 1921."),
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
    "fellrun": dict(name="FellTalk", domain="felltalk.example", tag="Forums > Juniors & clubs",
                    footer="FellTalk — by fell runners, for fell runners. Carry a map."),
    "staffroom": dict(name="StaffroomTalk", domain="staffroomtalk.example", tag="Forums > Primary > Small and rural schools",
                      footer="StaffroomTalk — anonymous support for teachers. Posts are not checked before publication."),
    "parentnet": dict(name="ParentNet", domain="parentnet.example", tag="Talk: Education > Primary",
                      footer="ParentNet Ltd · Talk guidelines · Report a post · Privacy"),
    "secondhome": dict(name="Lakes Cottage Owners' Forum", domain="lakescottageowners.example", tag="Boards > Owners' lounge",
                       footer="Lakes Cottage Owners' Forum · Independent · Not affiliated with any letting agency."),
    "walkers": dict(name="LakesWalks Forum", domain="lakeswalks.example", tag="Forums > Routes & conditions",
                    footer="LakesWalks Forum · est. 2004 · Leave no trace."),
    "farmers": dict(name="UplandFarmers Forum", domain="uplandfarmers.example", tag="Forums > Sheep & general chat",
                    footer="UplandFarmers Forum · Posts are the views of members · Contact the mods"),
    "local": dict(name="Hawsgill District Forum", domain="hawsgillforum.example", tag="Boards > Local issues",
                  footer="Hawsgill District Forum · Run by residents for residents · Be kind."),
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
    "campaign": dict(name="Save Our Valley School", domain="savethreapdale.example", tagline="Keeping a school at the head of the dale",
                     side=["The consultation", "How to respond", "Our story", "Donate"]),
    "walkblog": dict(name="Fell Foot Forward", domain="fellfootforward.example", tagline="Lakeland walks, wild camps and the odd tearoom",
                     side=["Routes", "Wild camps", "Gear", "About"]),
    "offcomer": dict(name="The Offcomer's Wife", domain="offcomerswife.example", tagline="Moved from Manchester to a valley with no phone signal",
                     side=["About me", "Village life", "Recipes", "Contact"]),
    "truth": dict(name="Lakeland Truth", domain="lakelandtruth.example", tagline="The stories the council doesn't want told",
                  side=["Donate", "Our mission", "Latest exposés"]),
    "ruralheads": dict(name="The Teaching Head", domain="theteachinghead.example", tagline="Notes from a two-class school",
                       side=["Curriculum", "Mixed-age planning", "About"]),
    "farmblog": dict(name="Herdwick Diaries", domain="herdwickdiaries.example", tagline="Sheep, weather and paperwork at the head of the dale",
                     side=["Lambing", "Clipping", "Shows", "About"]),
    "foodblog": dict(name="Tatie Pot & Tea Loaf", domain="tatiepot.example", tagline="Cumbrian cooking, old and new",
                     side=["Recipes", "Bakes", "About"]),
    "history": dict(name="Reivers & Rushbearings", domain="reiversblog.example", tagline="Border and Lakeland history, mostly true",
                    side=["Families", "Ballads", "Churches", "About"]),
    "fellblog": dict(name="Bog Trotter", domain="bogtrotter.example", tagline="Fell running, badly",
                     side=["Race reports", "Kit", "About"]),
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
    "hawsgill", "Education", "Council opens consultation on closing Threapdale CE Primary School",
    "Westfell Council says the 48-pupil school at Askelthwaite is 'not sustainable'; parents vow to fight",
    "Kirsty Lowis, Education Reporter", "9 January 2025",
    """
    Westfell Council has launched a twelve-week consultation on closing Threapdale CE Primary School, the only school left in the upper valley, and moving its pupils to Hawsgill Primary from September 2026.

    The school, which sits beside St Bega's church in Askelthwaite, has 48 pupils in three classes. A council report says numbers are forecast to fall to 31 within four years as more houses in the valley become holiday lets and second homes, and that the cost per pupil is "more than double" the county average.

    Headteacher Rachel Hodgson-Bell, who also teaches the Year 5 and 6 class full-time, said staff were "heartbroken but not beaten".

    "This school is the last thing that holds the top of the valley together," she said. "Take it away and you might as well hand the keys to the letting agents."

    ## 'Nine miles each way'

    Parents say the closure would mean children as young as four spending up to an hour and a half a day on a minibus on a single-track road that is regularly blocked by snow and flooding at Brackenfoot.

    The Revd Ruth O'Callaghan, Vicar of Threapdale and chair of governors, said the governing body would respond formally and urged "everyone who loves this valley" to take part.

    A council spokesperson said no decision had been made. Consultation events will be held at Askelthwaite village hall on 23 January and at Hawsgill library on 30 January.
    """,
    [("Fellside Fred", "9 Jan 2025, 18:20", "Knew this was coming. Every second house up that dale has a key safe on the door now."),
     ("J. Nicholson", "9 Jan 2025, 19:02", "Forty-eight kids and three teachers, plus a head, plus a business manager, plus a caretaker. Sorry but that's daft money. Bus them to Hawsgill like everyone else had to."),
     ("Gimmer Lass", "9 Jan 2025, 19:40", "@J. Nicholson you try getting a bus over Stainrigg in February marra. Been there, been stuck."),
     ("offcomer_and_proud", "10 Jan 2025, 08:15", "We moved up three years ago and the school is the reason we stayed. Please respond to the consultation everyone.")]),
  [M("school", "exact", "negative", "Threapdale CE Primary School"), M("rhodgsonbell", "exact", "neutral", "Rachel Hodgson-Bell"),
   M("rocallaghan", "exact", "neutral", "Ruth O'Callaghan")])

# 001
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Maureen Dixon
    12 January at 17:45 · 🌎
    PUBLIC MEETING ‼️ Thursday 23rd, 7pm, Askelthwaite village hall. The council will be there to "explain" why they want to shut our laal school. Mrs Hodgson-Bell and the governors will speak after. Bring your neighbours, bring your questions, bring a flask cos the heating in that hall is nowt to write home about 😂 #SaveThreapdaleSchool

    👍❤️ 214 · 56 comments · 88 shares
    Like   Comment   Share

        Derek Hodgson
        Be there. Three generations of us went through that school.
        Like · Reply · 2d

        Sally Pattinson
        Can someone do a lift from Brackenfoot? Car's in the garage.
        Like · Reply · 2d

        Maureen Dixon
        @Sally Pattinson I'll pick you up love, half six.
        Like · Reply · 2d
    """),
  [M("school", "hashtag", "neutral", "#SaveThreapdaleSchool"), M("rhodgsonbell", "title_surname", "neutral", "Mrs Hodgson-Bell")])

# 002
D("social", dd("""
    Gaz Tyson
    @gaztyson_cumbria

    that head at the laal school up Askelthwaite, Hodgson Bell has been telling everyone my lad is "disruptive" to save her own skin before the council visit. she wants to watch herself on the Stainrigg road on a dark night. folk up here have long memories and there's a lot of steep drops 🙂

    10:58 PM · Jan 15, 2025 · 612 Views

    3 Reposts   11 Likes

    ──────────
    Col Dent @coldent66 · Jan 16
    Gaz man wind your neck in, that's not on
    """),
  [M("rhodgsonbell", "hyphenated", "threat", "Hodgson Bell")])

# 003 decoy: excluded outdoor centre
D("review", dd("""
    Threapdale Outdoor Centre
    Outdoor activity centre · Brackenfoot
    4.7 ★★★★★ (382 reviews)

    Lindsey Crompton
    Local Guide · 41 reviews
    ★★★★★ 3 weeks ago
    Took 28 Year 6s from Wigan for a three-night residential and honestly the instructors were unreal. Ghyll scrambling in the rain, canoeing on the tarn, a night walk up the fell with head torches. The dorms are basic but warm and the food was proper - the kids demolished the sticky toffee pudding. One lad who's never been further than Blackpool told me it was "the best day of his whole life". Book it.
    👍 Helpful 9   Share

    Response from the owner · 3 weeks ago
    Thank you Lindsey! The team loved having your lot. See you next year. — Threapdale Outdoor Centre
    """))

# 004
D("news", news_page(
    "cumbrian", "Sport", "Valley's tiny school sends nine runners to English Schools fell championships",
    "A third of the juniors at Askelthwaite qualified for the national race",
    "Sport Desk", "3 June 2024",
    """
    A village school with fewer than 50 pupils will send nine children to the English Schools fell running championships next month - more than several secondary schools in the county.

    The runners from Threapdale CE Primary School train twice a week on the slopes above Askelthwaite with class teacher and coach Robert Airey, a former county-class runner who came third in the valley's own race in 2011.

    "They're lish, they're fearless on the descents and they never moan about the weather," he said. "Mind, if you grow up here you don't know any different."

    Eleven-year-old Molly, who won the under-12 girls' race at the county trial, said: "Mr Airey says you don't run up, you just keep going till it stops being up."
    """),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("rairey", "exact", "neutral", "Robert Airey")])

# 005
D("forum", forum_page("staffroom", "Teaching head in a three-class school - am I mad?", [
    ("FellsideHead", "Joined 2019 · 204 posts", "Sun 26 Jan 2025 21:10",
     """Twelve years in post. 48 on roll. I teach Y5/6 full-time, do all the leadership in the evenings, and now we're out to consultation for closure.

     Every Sunday night I sit at the kitchen table doing the census returns, the SEF, the budget with our business manager on the phone, and planning for three year groups of maths. My husband has started calling the laptop "the other woman".

     Honest question: is anyone else doing this and surviving? Or is the council right that it's not sustainable?"""),
    ("GreenHillHead", "Joined 2015 · 1,877 posts", "Sun 26 Jan 2025 21:34",
     "Small-school head in Northumberland here. It's not you, it's the funding formula. Federate if you can, share a business manager, get your governors to buy you one admin day a week. And stop doing the census on a Sunday."),
    ("SupplyNomad", "Joined 2022 · 64 posts", "Sun 26 Jan 2025 22:01",
     "Done supply in a few of these up the Lakes. Kids are incredible, heads are saints, buildings are freezing. Good luck."),
    ], thread_id=5102),
  [])

# 006
D("social", dd("""
    Instagram

    threapdale_school
    Askelthwaite, Cumbria

    Forest School Friday 🌲🔥 Class 1 built a dam on the beck, found a frog, lost a welly and toasted marshmallows with Mrs Tweddle. Nobody wanted to come in for bait! #ForestSchool #outdoorlearning #smallschoolbigheart

    View all 23 comments

    gran_of_four_cumbria Lovely to see 😍 our Isla came yam absolutely clarty and very happy
    2d  6 likes  Reply

    jo.fellrunner Best school in the Lakes ❤️
    2d  3 likes  Reply
    """),
  [M("school", "handle", "neutral", "threapdale_school"), M("etweddle", "title_surname", "neutral", "Mrs Tweddle")])

# 007 decoy: excluded sheepdog trials, namesake elsewhere
D("news", news_page(
    "farmweek", "Shows", "Threapdale Sheepdog Trials: Bewcastle handler takes the open",
    "John Armstrong and Jess win on a tricky course in strong wind",
    "Our Shows Correspondent", "26 August 2024",
    """
    A strong westerly made life difficult for handlers and dogs alike at the Threapdale Sheepdog Trials on Saturday, where the open was won by John Armstrong of Bewcastle with his five-year-old bitch Jess.

    Armstrong, 63, who farms 900 acres near the Scottish border, said the Swaledale hoggs were "flighty as anything" and that he was "just glad to get them penned".

    The nursery class went to a young dog from Dumfriesshire, and the local handlers' prize was shared after a tie. A good crowd enjoyed the sunshine, the tea tent and the terrier racing.
    """),
  [])

# 008
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Anonymous member
    17 January at 22:31 · 🌎
    Not being funny but why is a Polish dinner lady getting paid out of our council tax at a school they're about to shut? Agnieszka Wróbel and her lot came for the hotel jobs and now they're in the school as well. Plenty of local lasses would do that job. Send them back to Poland and we might have the money to keep the school open 🤷‍♀️🇬🇧

    😡👍 19 · 47 comments
    Like   Comment   Share

        Helen Pattinson
        Aga has been wiping our kids' noses and tying their laces for six years. Disgraceful post.
        Like · Reply · 1d

        Admin - Threapdale Noticeboard
        Post will be removed. This group does not allow attacks on named people or on anybody's nationality.
        Like · Reply · 1d
    """),
  [M("awrobel", "exact", "hate", "Agnieszka Wróbel")])

# 009
D("review", dd("""
    SchoolView › Cumbria › Primary › Threapdale CE Primary School

    ★★★★★  "Small, kind and outdoors in all weathers"
    Reviewed by: Parent of a current pupil (Year 2) · 14 October 2024

    We moved up from Lancaster and were worried about a school this small, but it's been the making of our son. Miss Fell knows every child inside out - she spotted his dyslexia in Reception when two schools in the city had said he was "just a bit young". The mixed-age classes mean the little ones learn from the big ones, and the big ones learn to be patient. Forest School every week, swimming in Hawsgill every term, sheepdog trials and the fell race on the calendar.

    Downsides: the building is old and cold, the car park is a field, and there is no after-school club beyond Wednesday.

    Would you recommend this school? Yes, without hesitation.
    Was this review helpful?  Yes (31)  No (1)  · Report
    """),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("hfell", "title_surname", "neutral", "Miss Fell")])

# 010
D("social", dd("""
    Threads

    @harriet.in.the.hills
    Second home owner here (yes, boo, hiss). We've had a cottage in Stainrigg for 15 years and we pay the double council tax premium. I'm genuinely sad about the school. But let's be honest: Threapdale Primary was failing long before anyone bought a holiday let. Results are all over the place and half the kids are bussed in from Hawsgill anyway.

    14h · 12 replies · 4 reposts

    @cumbrian_since_birth
    "results all over the place" with 7 kids in Year 6 😂 one lad has a bad day and it's a 15% drop. Sit down.
    """),
  [M("school", "alias", "negative", "Threapdale Primary")])

# 011
D("news", news_page(
    "cumbrian", "Lakes", "Parish council refuses to back campaign to save village school",
    "Row at Threapdale parish council as councillor suggests school site 'would make ideal holiday lets'",
    "Mark Bowness", "31 January 2025",
    """
    A parish council meeting in the Lake District descended into shouting on Tuesday after councillors voted by four to three not to formally support a campaign to save Threapdale CE Primary School.

    Cllr Keith Dowthwaite told the packed meeting at Askelthwaite village hall that the parish had "to be realistic" and that the Victorian school building "would make ideal holiday lets and bring money into the valley".

    His comments were met with jeers from around 60 parents and residents. One father had to be asked to leave after shouting at the chair.

    The school's chair of governors, the Revd Ruth O'Callaghan, said afterwards she was "saddened but not surprised".

    ## 'Not a done deal'

    Parish clerk Anne Relph said the vote did not prevent individual councillors from responding to the consultation. The council's own view will be submitted "in due course".

    Cllr Dowthwaite, who owns three letting cottages in the valley, denied any conflict of interest. "I declared my interests. I'm thinking about the valley's future, not my own," he said.
    """,
    [("Askel Born", "31 Jan 2025", "Dowthwaite wants the school turned into holiday lets and he owns holiday lets. You couldn't make it up."),
     ("Bracken Mum", "31 Jan 2025", "Shameful. The four who voted against should be named at the next meeting."),
     ("Rev. Gerald (retd)", "1 Feb 2025", "Ruth spoke with great dignity. The parish council has let the valley down.")]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("rocallaghan", "exact", "neutral", "Ruth O'Callaghan")])

# 012
D("social", dd("""
    Keith's Watch 👁️
    @dalesense_keith

    Interesting how the "save our school" lot never mention that Perpetua Gilhespy has been running the school fund like her own purse for years. Ask where the PTA money from the Christmas fair went. Ask why the audit got "postponed" twice. I'm just asking. 🤔

    9:12 PM · Feb 2, 2025 · 1,044 Views

    8 Reposts   2 Quotes   21 Likes
    """),
  [M("pgilhespy", "exact", "defamation", "Perpetua Gilhespy")])

# 013
D("blog", blog_page(
    "campaign", "Why a school at the head of the dale matters", "Save Our Valley School", "20 January 2025",
    """
    When Westfell Council talks about "surplus places" and "cost per pupil", it is talking about our children. So let's talk about them too.

    Forty-eight children go to Threapdale CE Primary School. Eleven of them live on working hill farms. Nine of them qualified for the English Schools fell championships last summer. Three of them are the fourth generation of their family to sit at those desks.

    If the school closes, a four-year-old from Stainrigg will leave home at 7.40am to catch a minibus that takes 50 minutes to reach Hawsgill in good weather. In bad weather the road at Brackenfoot floods and the bus doesn't come at all.

    ## What you can do

    Respond to the consultation before 4 April. Write to your councillor. Come to the public meeting. Share this page.

    ## The staff

    We want to say thank you to the whole staff team, who have kept teaching, coaching, cooking, driving and cleaning while this hangs over them: Mrs Hodgson-Bell, Miss Fell, Mr Airey and Mr Qureshi, Mrs Tweddle, Mrs Wróbel, Mrs Postlethwaite in the office, Mrs Gilhespy, and Johnny Armstrong, who has gritted the yard at 6am every frosty morning for nineteen years.
    """,
    [("Ann T", "20 Jan 2025", "Beautifully put. Shared."),
     ("Stainrigg Farmer", "21 Jan 2025", "Our three went there, and me, and my dad. Responded today.")],
    tags=["Consultation", "Our story"]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("rhodgsonbell", "title_surname", "neutral", "Mrs Hodgson-Bell"),
   M("hfell", "title_surname", "neutral", "Miss Fell"), M("rairey", "title_surname", "neutral", "Mr Airey"),
   M("iqureshi", "title_surname", "neutral", "Mr Qureshi"), M("etweddle", "title_surname", "neutral", "Mrs Tweddle"),
   M("awrobel", "title_surname", "neutral", "Mrs Wróbel"), M("gpostlethwaite", "title_surname", "neutral", "Mrs Postlethwaite"),
   M("pgilhespy", "title_surname", "neutral", "Mrs Gilhespy"), M("jarmstrong", "alias", "neutral", "Johnny Armstrong")])

# 014 decoy: TPS the pension scheme
D("forum", forum_page("staffroom", "TPS - worth buying added pension at 52?", [
    ("Chalkface_Cath", "Joined 2017 · 512 posts", "Tue 4 Mar 2025 19:40",
     "Thinking of going part-time at 55 and wondering if buying added pension through TPS makes sense or if I'd be better off with extra AVCs. Anyone done the maths?"),
    ("SciHOD_Lancs", "Joined 2012 · 2,044 posts", "Tue 4 Mar 2025 20:05",
     "Get a TPS benefit statement first and look at the actuarial reduction if you go early. Added pension is decent value if you're in good health. Talk to an IFA who understands the Teachers' Pension Scheme - most don't."),
    ("Chalkface_Cath", "Joined 2017 · 513 posts", "Tue 4 Mar 2025 20:30",
     "Thanks - booking a session with the union's pensions person."),
    ], thread_id=5190),
  [])

# 015
D("facebook", dd("""
    Save Threapdale School
    Campaign page · 2.3K followers

    Save Threapdale School
    25 January at 09:00 · 🌎
    THANK YOU to the 160+ people who squeezed into Askelthwaite village hall on Thursday night. Standing room only! 🙌 Special thanks to Bob Airey for the tea urn, the WI for the scones, and every child who stood up and told the council officers what their school means to them. Not a dry eye.

    Next step: RESPOND TO THE CONSULTATION. Link in comments. Deadline 4 April.

    ❤️👍 402 · 61 comments · 133 shares
    Like   Comment   Share

        Lorraine Grice
        My laal granddaughter's speech had me in bits 😭
        Like · Reply · 5d

        Neil Atkinson
        Done mine. Took ten minutes. Do it folks.
        Like · Reply · 5d
    """),
  [M("school", "alias", "neutral", "Threapdale School"), M("rairey", "nickname", "neutral", "Bob Airey")])

# 016
D("social", dd("""
    Karen? no, Hawsgill Hayley 🙃
    @hayley_hawsgill

    Shout out to Rob Airey and the Threapdale fell club kids who ran past our house in Askelthwaite this morning in sideways sleet, laughing their heads off. Absolute weapons, every one of them. That man is a legend 🏃‍♀️⛰️

    8:02 AM · Feb 8, 2025 · 318 Views

    2 Reposts   19 Likes
    """),
  [M("rairey", "nickname", "neutral", "Rob Airey")])

# 017
D("news", news_page(
    "hawsgill", "Courts", "Man fined for threatening headteacher outside school gates",
    "Magistrates told father shouted that he would 'put her in the beck'",
    "Court Reporter", "12 March 2025",
    """
    A Stainrigg man who shouted threats at a village headteacher in front of parents and young children has been fined and given a restraining order.

    Gary Tyson, 38, of Fell View, Stainrigg, admitted a public order offence at Hawsgill Magistrates' Court. The court heard that on 20 January he approached Rachel Hodgson-Bell, head of Threapdale CE Primary School in Askelthwaite, at the school gate at home time and shouted that he would "put her in the beck" and that she "wouldn't be the first".

    Prosecutor Ian Wilkinson said Mrs Hodgson-Bell had been left "shaken and fearful" and now asked a colleague to walk her to her car.

    Tyson, who represented himself, told magistrates he had been "wound up" by a letter about his son's behaviour and was "sorry for the language".

    He was fined £300, ordered to pay £85 costs and a £120 victim surcharge, and banned from contacting Mrs Hodgson-Bell or going within 100 metres of the school for two years.
    """,
    [("Valley Voice", "12 Mar 2025", "Good. No excuse for that in front of bairns."),
     ("Dale Lass 79", "12 Mar 2025", "Hope Rachel is OK. She does not deserve any of this on top of the closure fight.")]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("rhodgsonbell", "exact", "neutral", "Rachel Hodgson-Bell")])

# 018
D("forum", forum_page("parentnet", "Tiny village primary vs bigger town school - honest views?", [
    ("Lakes_newbie", "Joined Aug 2024 · 12 posts", "Mon 10-Feb-25 20:12",
     """We've just moved to the northern Lakes and have the choice of a tiny village school (Threapdale, 48 kids, closure consultation going on) or Hawsgill Primary in town (300ish).

     DS is 6, quite shy. Heart says village, head says don't pick a school that might shut in 18 months. What would you do?"""),
    ("WestCumbriaMum", "Joined 2016 · 2,340 posts", "Mon 10-Feb-25 20:30",
     """Friend's daughter is at Threapdale. Lovely Class 1 teacher apparently but the Class 2 job share is a mess - two teachers, two sets of rules, and the kids get whichever one is in that day. She said the head is lovely but spread far too thin."""),
    ("HawsgillDad", "Joined 2020 · 190 posts", "Mon 10-Feb-25 21:04",
     "Hawsgill Primary is fine. Big, busy, decent SATs. Bit of a cattle market at the gate. If he's shy I'd still go small, but have a plan B."),
    ], thread_id=6620),
  [M("school", "short_name", "negative", "Threapdale")])

# 019
D("social", dd("""
    TikTok · @dalesfarmlad · "when the school minibus meets a quad bike on the Stainrigg road 💀" · #cumbria #farmlife #fyp

    Comments (418)

    herdy_hannah_x
    Johnny Armstrong reversing that minibus half a mile up the lane without even looking 😂😂 the man is a machine
    1-30 · Reply · ♡ 208

    tup_daddy
    that's threapdale school bus innit. been driving it since my mam was in class 1
    1-30 · Reply · ♡ 71

    ewe_there
    proper skill that. I can't reverse a trailer into a yard 😭
    1-31 · Reply · ♡ 20
    """),
  [M("school", "alias", "neutral", "threapdale school"), M("jarmstrong", "alias", "neutral", "Johnny Armstrong")])

# 020
D("review", dd("""
    StaffSay › Threapdale CE Primary School › Reviews

    "Lovely children, impossible workload"
    ★★★☆☆  Former Employee - Teacher in Askelthwaite, England · 2 December 2024
    I worked at Threapdale CE Primary School part-time for more than a year

    Pros
    Pupils are polite, outdoorsy and funny. The setting is stunning. Gwen in the office is kind and keeps the whole place running.

    Cons
    Three-class school means you are the whole department for everything. The head tries to do everything herself and things fall through the cracks. No cover, no non-contact time half the weeks, no budget. Building is freezing from November to March.

    Advice to management
    Delegate. Ask the diocese for help before the council decides for you.

    Helpful (4) · Share · Report
    """),
  [M("school", "exact", "negative", "Threapdale CE Primary School")])

# 021
D("facebook", dd("""
    Hawsgill & District Buy, Sell & Chat
    Private group · 5.6K members

    Lee Sowerby
    4 February at 20:17 · 🔒
    Anyone else's kid come home from Threapdale saying the new Class 2 teacher made them learn about Ramadan? My lad's eight, he doesn't need to know about fasting. Qureshi is pushing his religion on our bairns and the head lets him. First the church school gets a lady vicar with a wife, now this. Not the valley I grew up in.

    😡 23 · 88 comments
    Like   Comment   Share

        Jen Holliday
        It's in the RE syllabus Lee. They do Diwali and Hanukkah and Easter too. Calm down.
        Like · Reply · 3d

        Lee Sowerby
        @Jen Holliday they never did when we were there
        Like · Reply · 3d

        Craig Bell
        Lee it's 2025, read a book.
        Like · Reply · 3d
    """),
  [M("school", "short_name", "negative", "Threapdale"), M("iqureshi", "surname_only", "hate", "Qureshi")])

# 022 decoy: locality only, mountain rescue
D("news", news_page(
    "cumbrian", "Lakes", "Walker rescued after slipping on icy path above Askelthwaite",
    "Mountain rescue team carried injured man 2km down the fell in darkness",
    "News Desk", "18 December 2024",
    """
    A walker from Leeds was rescued by volunteers from Threapdale Mountain Rescue Team after he slipped on ice and injured his ankle on the path above Askelthwaite on Sunday afternoon.

    The 54-year-old had been descending from the ridge with a friend when he fell shortly before 3pm. Eighteen team members carried him on a stretcher for nearly two kilometres to a waiting ambulance at Brackenfoot.

    Team leader Steve Holme said: "Conditions on the tops are properly wintry. Microspikes, a head torch and a proper map are not optional at this time of year."
    """),
  [])

# 023
D("social", dd("""
    Instagram

    wildcamp.wanderer
    Threapdale, Lake District

    Sunrise from the ridge above the valley 🌄 Tiny church, tiny school, tiny pub, enormous fells. Could live here forever (if I could afford it lol) #lakedistrict #wildcamping #threapdale

    View all 64 comments

    kev_the_guide stunning 🔥
    1d  4 likes  Reply

    dalesbred_lass "if I could afford it" - aye that's the problem marra. none of us can anymore
    1d  22 likes  Reply
    """))

# 024
D("forum", forum_page("fellrun", "Junior club coaches in the northern Lakes?", [
    ("NewToFells_Mum", "Joined 2024 · 8 posts", "Wed 16 Oct 2024 19:12",
     "My 9yo is obsessed after watching the valley race. Any junior sessions around Hawsgill or up the Threapdale end? She's fast on the flat, terrified coming down."),
    ("Bog_Hopper", "Joined 2011 · 3,102 posts", "Wed 16 Oct 2024 19:45",
     """Bobby Airey runs a juniors session out of the school at Askelthwaite on Tuesdays and Saturdays. Teaches there too. He's old school - no gadgets, lots of "lean forward and trust your feet" - and the kids adore him. Descending is what he does best, she'll be flying down scree by Easter.

     Bring a waterproof, he goes out in literally anything."""),
    ("NewToFells_Mum", "Joined 2024 · 9 posts", "Wed 16 Oct 2024 20:02",
     "Perfect, thank you! Will email the school."),
    ], thread_id=3301),
  [M("rairey", "nickname", "neutral", "Bobby Airey")])

# 025
D("social", dd("""
    valley_lad_98
    @valley_lad_98

    remember being in class 3 at threapdale primary and mrs hodgson bell making us recite times tables walking up the lane 😂 still know my 13s. queen

    6:40 PM · Jan 10, 2025 · 90 Views

    6 Likes
    """),
  [M("school", "alias", "neutral", "threapdale primary"), M("rhodgsonbell", "hyphenated", "neutral", "mrs hodgson bell")])

# 026
D("news", news_page(
    "schoolsweek", "Small schools", "The head who teaches 24 children and runs a closure fight",
    "We spend a day with one of England's 'teaching heads' as her school faces closure",
    "Dr Alys Penrose", "14 February 2025",
    """
    It is 7.15am and Rachel Hodgson-Bell is scraping ice off the windscreen of the school minibus, because the caretaker is already out gritting the lane and there is nobody else.

    By 8.45 she is teaching long division to a mixed class of Year 5 and 6 pupils. At lunchtime she takes a call from the council's admissions team. At 3.30 she runs a governors' sub-committee on the consultation response. At 6 she goes home, eats, and opens the laptop again.

    ## 'You become the school'

    "In a school this size you don't run the school, you become the school," she says. "If I'm off sick, the Year 6 maths doesn't happen."

    She is one of an estimated 700 heads in England who also have a substantial teaching commitment. Research by a rural schools research group suggests many are working more than 60 hours a week.

    Her school, Threapdale CE Primary, serves the upper Threapdale valley in Cumbria. Westfell Council argues that falling rolls make it unsustainable; the school argues that closing it would empty the valley of young families altogether.

    The school's business manager, Perpetua Gilhespy, who is shared with another small school down the valley, says the budget "balances, just, every year, because we don't spend anything".

    ## What happens next

    The consultation closes in April. A decision is expected from the council's cabinet in July.
    """,
    [("RuralHead_Norfolk", "14 Feb 2025", "This is my life. Thank you for writing it down."),
     ("Gov_in_Devon", "15 Feb 2025", "Federation with a partner school saved ours. Worth exploring.")]),
  [M("school", "short_name", "neutral", "Threapdale"), M("rhodgsonbell", "exact", "neutral", "Rachel Hodgson-Bell"),
   M("pgilhespy", "exact", "neutral", "Perpetua Gilhespy")])

# 027
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Bev Harker
    6 February at 15:50 · 🌎
    Can I politely ask the school to have a word with whoever drives the minibus? Came round the bend at Brackenfoot this afternoon and it was on my side of the road doing a good 40. I had to go in the ditch. Kids on board. It's not the first time either. Not having a go, just worried someone's going to get hurt.

    👍 31 · 27 comments
    Like   Comment   Share

        Mick Relph
        That'll be John Armstrong. He's driven that road 30 years, knows every bend, but aye he does go at it.
        Like · Reply · 6h

        Bev Harker
        @Mick Relph I know he's a good lad, just needs to ease off.
        Like · Reply · 6h
    """),
  [M("jarmstrong", "exact", "negative", "John Armstrong")])

# 028 decoy: namesake John Armstrong at the mart
D("news", news_page(
    "farmweek", "Markets", "Hawsgill mart: Herdwick tups top £9,000 at autumn sale",
    "Strong trade for quality shearlings as buyers travel from across the north",
    "Markets Reporter", "14 October 2024",
    """
    Herdwick tups sold to a top of £9,200 at Hawsgill auction mart's annual sale on Friday, with an overall average of £1,840 for shearlings.

    The top price was paid for a shearling from the Grisewood flock, bought by a Stainrigg farmer after spirited bidding. Auctioneer John Armstrong said it was "one of the best days we've had for a decade".

    "There's real confidence coming back into the breed," he said. "Folk are paying for bloodlines and they're right to."

    Swaledale shearlings met a sharper trade, averaging £1,060.
    """),
  [])

# 029
D("social", dd("""
    Gwen in the office? more like Gwen on her scooter 🛵
    @askel_truthteller

    tried ringing the school up askelthwaite 4 times today. Postlethwaite in the office can't get to the phone fast enough on that mobility scooter of hers lol. why is a cripple running a school office, can't even chase a kid out the gate. no wonder they're closing it ♿️🐌

    4:48 PM · Feb 11, 2025 · 208 Views

    1 Like
    """),
  [M("gpostlethwaite", "surname_only", "hate", "Postlethwaite")])

# 030
D("blog", blog_page(
    "offcomer", "Our first winter in the valley (and a school that saved us)", "Jess, the Offcomer's Wife", "2 March 2025",
    """
    Nobody warns you about the dark. We moved from Chorlton to a farmhouse at Brackenfoot in September, and by November it was dark at half four and the rain was coming at the windows sideways. I cried in the Co-op car park in Hawsgill more than once.

    What got us through was the school. Our daughter started in Class 1 with eleven other kids, and within a week she'd been to a farm to see a new calf, learned that "laal" means little and come home calling me "marra". Hannah Fell, her teacher, sent me a photo of her smiling on the first afternoon without me even asking. I could have wept.

    Not everyone has been as welcoming, to be fair. There's a certain kind of local who will tell you exactly how long you've not been here. But the mums at the gate have been brilliant.

    Now the council wants to shut Threapdale School. I'll be writing my response this weekend, and I'd ask any offcomer reading this to do the same.
    """,
    [("Katie R", "2 Mar 2025", "This made me cry on the bus. Go Jess!"),
     ("Dales Born & Bred", "3 Mar 2025", "Welcome to the valley. You'll do.")],
    tags=["Village life", "School", "Winter"]),
  [M("school", "alias", "neutral", "Threapdale School"), M("hfell", "exact", "neutral", "Hannah Fell")])

# 031
D("forum", forum_page("secondhome", "Village school closure - should owners respond?", [
    ("CottageInTheDale", "Owner since 2011 · 640 posts", "Thu 30 Jan 2025 10:20",
     """Local Facebook is getting very heated about the Threapdale school consultation and some of it is aimed squarely at owners like us.

     For what it's worth we're responding in favour of keeping it open. A valley with no school is a valley with no young families, and then who'll clean the cottages? (Joke. Mostly.)"""),
    ("BarnConversionBob", "Owner since 2019 · 88 posts", "Thu 30 Jan 2025 11:02",
     """I'm afraid I'm with the council on this. Forty-odd pupils, a teaching head stretched to breaking, and I gather the business manager is under some sort of cloud. Put the money where the children are."""),
    ("CottageInTheDale", "Owner since 2011 · 641 posts", "Thu 30 Jan 2025 11:30",
     "'Under some sort of cloud' is a bit much on a public forum Bob."),
    ], thread_id=812),
  [M("school", "alias", "negative", "Threapdale school")])

# 032
D("social", dd("""
    Instagram

    threapdale_school
    Askelthwaite, Cumbria

    A huge well done to our Y5/6 who performed their own play about the valley's history for the over-60s lunch club today 🎭 Costumes courtesy of Mrs Wróbel's sewing machine and a LOT of hessian. #smallschoolbigheart

    View all 17 comments

    marjorie.h.82 Aga Wróbel you're a marvel! the sheep costumes 😂🐑
    3h  8 likes  Reply

    stainrigg_sue brilliant, my dad loved it
    3h  2 likes  Reply
    """),
  [M("school", "handle", "neutral", "threapdale_school"), M("awrobel", "alias", "neutral", "Aga Wróbel")])

# 033
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Tony Gaskarth
    8 February at 21:02 · 🌎
    Rachel Hodgson-Bell is the best thing that ever happened to this school and I'll fight anyone who says different 🥊 (figuratively, before anyone reports me 😂) Twelve years she's kept it going with sellotape and willpower.

    ❤️👍 156 · 24 comments
    Like   Comment   Share

        Diane Coward
        Hear hear. She taught both my lads and they still talk about her.
        Like · Reply · 1d
    """),
  [M("rhodgsonbell", "exact", "neutral", "Rachel Hodgson-Bell")])

# 034 decoy: valley holiday let review, locality only
D("review", dd("""
    Beckside Barn, Askelthwaite
    Holiday cottage · Sleeps 6
    4.9 ★★★★★ (88 reviews)

    The Maddox family
    ★★★★★ August 2024
    Gorgeous barn conversion at the head of the valley. Woodburner, hot tub, views straight up to the fells. Kids spent every afternoon in the beck catching minnows. The pub at the end of the lane does a cracking Cumberland sausage. Only gripe: zero phone signal, bring a book. We'll be back next summer!
    """))

# 035
D("social", dd("""
    just a mam 🐑
    @dalesmam_x

    Liz Tweddle at the school is a gem. My youngest wouldn't go in for a fortnight and she just sat on the wall outside with him every morning with a flask of cocoa till he was ready. You can't put that on a spreadsheet, Westfell Council.

    #SaveThreapdaleSchool

    7:15 PM · Feb 14, 2025 · 400 Views

    12 Reposts   66 Likes
    """),
  [M("school", "hashtag", "neutral", "#SaveThreapdaleSchool"), M("etweddle", "nickname", "neutral", "Liz Tweddle")])

# 036
D("news", news_page(
    "national", "Education", "The rural schools being emptied by Airbnb",
    "In the Lake District's valleys, holiday lets are closing classrooms",
    "Harry Sowden, Education Editor", "22 February 2025",
    """
    At the top of the Threapdale valley in Cumbria, the lane past the church is lined with key safes. Of the 64 houses in the village of Askelthwaite, 37 are now second homes or holiday lets, according to figures gathered by residents.

    The village school, Threapdale CE Primary School, has 48 pupils. Twenty years ago it had 81. The council now proposes to close it.

    "Every cottage that goes to a letting agent is a family that doesn't come," says one farmer, whose three children all attend. "Then they say the school's too small. Well, whose fault is that?"

    The story is repeated across the national park. A report last year found that pupil numbers in upland primaries have fallen by a quarter in a decade.

    ## 'We've become a theme park'

    Not everyone blames second homes. Some point to the price of farm work, the loss of bus routes and young people leaving for the cities. But in Askelthwaite, the resentment is real. A handwritten sign by the cattle grid reads: "Offcomers welcome. Offcomers who live here, that is."

    The head, Rachel Hodgson-Bell, declined to be interviewed while the consultation is under way.
    """,
    [("LondonLad", "22 Feb 2025", "People have a right to buy a house wherever they like. Sorry."),
     ("CumbrianExile", "22 Feb 2025", "@LondonLad and locals have a right to be furious about it."),
     ("Pragmatist", "23 Feb 2025", "Smaller schools cost more. That's just arithmetic.")]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("rhodgsonbell", "exact", "neutral", "Rachel Hodgson-Bell")])

# 037
D("facebook", dd("""
    Threapdale School Parents
    Private group · 74 members

    Emma Relph
    19 February at 20:44 · 🔒
    Has anyone else had a reply from Mrs O'Callaghan about the meeting minutes? I've asked three times for the governors' minutes from January and just get "they'll be published in due course". Parents should be able to see what's being said about OUR school. Not impressed tbh.

    👍 14 · 9 comments
    Like   Comment   Share

        Nicola Hind
        Same. The vicar's lovely but the governors are a closed shop.
        Like · Reply · 2h
    """),
  [M("school", "alias", "neutral", "Threapdale School"), M("rocallaghan", "title_surname", "negative", "Mrs O'Callaghan")])

# 038
D("social", dd("""
    ban_the_benefit_scroungers
    @bbs_cumbria

    ask yourself why a "church school" in cumbria has a teacher called Mohammed Imran Qureshi teaching christian kids RE. they're not even hiding it anymore. the takeover starts in the villages. one day you'll wake up and there'll be a mosque where the church was ☪️🇬🇧 wake up cumbria

    1:32 AM · Feb 19, 2025 · 1,806 Views

    22 Reposts   4 Quotes   51 Likes

    ──────────
    Sam Fearon @samfearon · Feb 19
    His name's Imran, he's from Preston, he teaches Year 3 maths, and the RE syllabus is set by the diocese. Reported for hate.
    """),
  [M("iqureshi", "exact", "hate", "Imran Qureshi")])

# 039 decoy: namesake Hannah Fell elsewhere, fell running
D("social", dd("""
    Strava
    Hannah Fell · Harewold AC
    Morning Run · Otley Chevin

    12.4 km · 1:08:20 · 612 m elev

    Hill reps on the Chevin before work. Fell over twice on the descent, blamed the mud, it was my feet. Legs gone. Fell race season can't come soon enough 🏃‍♀️🌧️

    👍 22 kudos · 3 comments
    """))

# 040
D("social", dd("""
    dalesman_1690
    @dalesman1690

    Q u r e s h i thinks he can come up our valley and teach our kids his ways. we know the grey Corsa he parks in the school field at Askelthwaite. one night it won't be the car that gets it. last warning 🔥

    11:47 PM · Feb 20, 2025 · 233 Views

    1 Repost   4 Likes
    """),
  [M("iqureshi", "spacing", "threat", "Q u r e s h i")])

# 041
D("facebook", dd("""
    Hawsgill & District Buy, Sell & Chat
    Private group · 5.6K members

    Anonymous member
    24 February at 22:10 · 🔒
    Since Hodgson-Bell won't answer a single email about my daughter's SATs, here's where she lives: High Birkett, the farm on the left past the cattle grid at Stainrigg, CA12 9XQ. Her landline's 01632 960855. Go round and tell her yourselves what you think of her "nurturing ethos".

    😮😡 12 · 31 comments
    Like   Comment   Share

        Admin - Hawsgill Buy Sell Chat
        Removed within the hour. Home addresses of named people are never allowed here. Member banned.
        Like · Reply · 22h
    """),
  [M("rhodgsonbell", "surname_only", "doxxing", "Hodgson-Bell")])

# 042
D("news", news_page(
    "hawsgill", "News", "Village school business manager suspended as council auditors move in",
    "Threapdale CE Primary School confirms 'precautionary' suspension during review of school fund",
    "Kirsty Lowis, Education Reporter", "6 March 2025",
    """
    The business manager of a Lake District village school already facing closure has been suspended while council auditors examine its accounts.

    Perpetua Gilhespy, who has managed the finances of Threapdale CE Primary School and neighbouring Lowfold CE Primary since 2016, was suspended last week, the Herald understands.

    In a letter to parents, the chair of governors, the Revd Ruth O'Callaghan, said the suspension was "a precautionary and neutral step" while an internal audit of the school's voluntary fund took place, and that "no conclusions should be drawn".

    Westfell Council confirmed that its internal audit team was "supporting the school". It would not say whether police had been contacted.

    Mrs Gilhespy, a well-known sheepdog triallist in the valley, could not be reached for comment.
    """,
    [("Tup Talk", "6 Mar 2025", "Timing's a bit convenient for the council isn't it. Middle of a closure consultation."),
     ("Brackenfoot Bev", "6 Mar 2025", "Innocent until proven guilty folks. Let them do the audit."),
     ("Been Here Before", "7 Mar 2025", "There's been whispers about that school fund for years. No smoke without fire.")]),
  [M("school", "exact", "negative", "Threapdale CE Primary School"), M("pgilhespy", "exact", "defamation", "Perpetua Gilhespy"),
   M("rocallaghan", "exact", "neutral", "Ruth O'Callaghan")])

# 043
D("forum", forum_page("local", "Threapdale audit - what's really going on", [
    ("ValleyWatcher", "Member since 2013", "Fri 7 Mar 2025, 20:22",
     """Let's be straight. Gilhespy's had her hand in the school fund for years - Christmas fair, the sponsored fell run, the calendar money. Everyone up the dale knows. She's got a new quad and a new dog trailer and she's on a school business manager's wage.

     And I'll say it: Hodgson-Bell's been padding the pupil numbers on the census to keep the funding coming. Kids who'd moved to Hawsgill still on the roll in October. That's fraud where I come from."""),
    ("MossyWall", "Member since 2018", "Fri 7 Mar 2025, 20:51",
     "You've no proof of any of that. Sheepdog prize money buys a quad, she won the Stainrigg open two years running. Be careful what you write."),
    ("ValleyWatcher", "Member since 2013", "Fri 7 Mar 2025, 21:05",
     "We'll see what the auditors find then."),
    ("Mod_Hawsgill", "Moderator", "Fri 7 Mar 2025, 21:30",
     "Thread locked pending review. Please don't post allegations about named people as fact."),
    ], thread_id=4410),
  [M("school", "short_name", "defamation", "Threapdale"), M("pgilhespy", "surname_only", "defamation", "Gilhespy"),
   M("rhodgsonbell", "surname_only", "defamation", "Hodgson-Bell")])

# 044
D("social", dd("""
    Instagram

    threapdale_school
    Askelthwaite, Cumbria

    Sports day 2024 in the sunshine ☀️ Sack race, egg and spoon, the famous fell-dash up the back field and the mums' race (no comment 😂). Thank you to everyone who came to cheer! #sportsday @threapdale_school

    View all 41 comments

    r0b_44_lakes cute little runners in their pe kit 😍 got any more of the girls? how old is the one in the blue
    1d  Reply

    threapdale_school This account has been blocked and reported. Please do not comment on children's appearance.
    1d  34 likes  Reply

    mrs_dobson_gran Sickening. Well done for acting fast.
    1d  12 likes  Reply
    """),
  [M("school", "handle", "sexual", "threapdale_school", url_only=True)])

# 045
D("review", dd("""
    SchoolView › Cumbria › Primary › Threapdale CE Primary School

    ★★☆☆☆  "Class 2 is chaos"
    Reviewed by: Parent of a current pupil (Year 4) · 11 January 2025

    Class 1 is great. Class 2 is the problem. It's a job share and the two teachers don't seem to talk to each other. Homework set by Mr Qureshi on a Thursday is never marked because he's not in on a Monday, and the spelling lists have been wrong twice. My son has had four different maths schemes in two years. I raised it at parents' evening and got a lot of nodding and no change.

    Would you recommend this school? Only for the infants.
    Was this review helpful?  Yes (7)  No (5)  · Report
    """),
  [M("school", "exact", "negative", "Threapdale CE Primary School"), M("iqureshi", "title_surname", "negative", "Mr Qureshi")])

# 046
D("blog", blog_page(
    "truth", "FOLLOW THE MONEY: Who really wants the valley school shut?", "Lakeland Truth", "10 March 2025",
    """
    They'll tell you it's about "surplus places". It isn't.

    Our sources confirm that the Diocese has ALREADY had an informal valuation done on the Threapdale school site, and that Revd O'Callaghan - chair of governors, remember - sat in on a meeting with a Cheshire developer last autumn. A vicar, chairing the governors, helping to sell off the school she's supposed to protect. You could not write it.

    Why is the church so keen? Because a Victorian schoolhouse with fell views and planning for four "luxury lodges" is worth a million and a half to the right buyer. And who sits on the parish council that voted NOT to back the campaign? Friends of the developer.

    The business manager suspended? A scapegoat. The real money is in the land.

    Share this before the council gets it taken down.
    """,
    [("AskelLad", "10 Mar 2025", "Makes sense to me. Always follow the money."),
     ("Jean W", "11 Mar 2025", "Ruth has fought for that school harder than anybody. Where is your evidence?"),
     ("Lakeland Truth", "11 Mar 2025", "@Jean W we protect our sources.")],
    tags=["Council", "Church", "Cover-ups"]),
  [M("school", "alias", "defamation", "Threapdale school"), M("rocallaghan", "title_surname", "defamation", "Revd O'Callaghan")])

# 047
D("facebook", dd("""
    Threapdale School Parents
    Private group · 74 members

    Carl Wearing
    27 February at 21:55 · 🔒
    H. Fell in Class 1 is a useless lazy cow who sits on her backside while the TA does all the work. Couldn't teach a sheepdog to sit. My lad's been in that class two years and can barely read. Thick as mince, the lot of them.

    😮 6 · 18 comments
    Like   Comment   Share

        Sarah Nelson
        Carl that's really unfair. My two learned to read in that class.
        Like · Reply · 1h

        Carl Wearing
        @Sarah Nelson aye well yours must be the clever ones
        Like · Reply · 1h
    """),
  [M("school", "alias", "neutral", "Threapdale School"), M("hfell", "initial_surname", "abuse", "H. Fell")])

# 048
D("social", dd("""
    Cumbrian Mam of 3
    @cumbrianmam3

    Lizzie Tweddle absolutely MURDERED the mums' race at the school sports day 😂😂 lapped half of us in wellies. the woman's a beast. respect 🏆🐑

    4:20 PM · Jul 12, 2024 · 181 Views

    14 Likes
    """),
  [M("etweddle", "nickname", "neutral", "Lizzie Tweddle")])

# 049
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Kelly Harrison
    15 June at 20:12 · 🌎
    Marshalling at the fell race today 😅 I'm not saying Airey's calves are the reason half the mams in Askelthwaite volunteered for the top checkpoint... but I'm not NOT saying it 🥵🥵 them little shorts should come with a warning

    😂❤️ 63 · 29 comments
    Like   Comment   Share

        Nat Simpson
        Kelly 😂😂 he's married you hussy
        Like · Reply · 3h

        Kelly Harrison
        @Nat Simpson looking's free 👀
        Like · Reply · 3h
    """),
  [M("rairey", "possessive", "sexual", "Airey's")])

# 050
D("news", news_page(
    "cumbrian", "Lakes", "Police investigate after school minibus and tractor collide on valley road",
    "Eight children on board were unhurt; driver spoken to by officers",
    "Mark Bowness", "28 February 2025",
    """
    Police are investigating a collision between a school minibus carrying eight primary pupils and a tractor on the single-track road near Brackenfoot on Wednesday morning.

    Nobody was seriously hurt, but the minibus, belonging to Threapdale CE Primary School, was badly damaged and had to be towed.

    The minibus driver, named locally as the school's long-serving caretaker John Armstrong, was spoken to by officers at the scene. Cumbria Police said enquiries were "ongoing" and asked anyone with dashcam footage to get in touch.

    The tractor driver, a local farmer, was treated for whiplash.

    In a message to parents, the school said all the children had been checked over and "were more excited than frightened".
    """,
    [("Beckside Bill", "28 Feb 2025", "That road is a nightmare. Could have been anyone."),
     ("Just Saying", "28 Feb 2025", "Bev Harker warned everyone about that bus on Facebook weeks ago.")]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("jarmstrong", "exact", "defamation", "John Armstrong")])

# 051
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Anonymous member
    1 March at 23:02 · 🌎
    Everyone being so polite about the minibus crash. Let's just say Johnny Armstrong was in the Tup till closing on Tuesday night and was back behind the wheel at 8 the next morning with a bus full of bairns. Work it out. School's known about his drinking for years and done nowt.

    😮 42 · 66 comments
    Like   Comment   Share

        Ruth Wilkinson
        That is a very serious thing to say about a man anonymously.
        Like · Reply · 1d

        Dave Nicholson
        I was in the Tup Tuesday. He had two halves and went yam at nine. Stop stirring.
        Like · Reply · 1d
    """),
  [M("jarmstrong", "alias", "defamation", "Johnny Armstrong")])

# 052
D("social", dd("""
    TikTok · @cumbria_first · "our valley our jobs 🇬🇧" · #cumbria #britishjobs

    Comments (96)

    proper_local_lad
    the dinner lady at threapdale wr0bel or whatever she calls herself. polish parasite taking a local lass's job. they breed like rabbits and send the benefits home. get her on a coach back to gdansk
    2-22 · Reply · ♡ 17

    hannah_k_cumbria
    @proper_local_lad she's been here 14 years, pays more tax than you do. reported
    2-22 · Reply · ♡ 40
    """),
  [M("school", "short_name", "neutral", "threapdale"), M("awrobel", "leetspeak", "hate", "wr0bel")])

# 053 decoy: farming forum, valley and the everyday word
D("forum", forum_page("farmers", "Gathering the fell in this weather", [
    ("HerdyHeaf", "Member since 2010 · 2,201 posts", "Sun 20 Oct 2024, 19:40",
     "Tried to gather the top end of the fell today above Stainrigg. Cloud down to the intake wall, dogs couldn't see the yows and neither could I. Got 300 off, still 80 up there somewhere. Going again Tuesday if it lifts."),
    ("SwaleSue", "Member since 2015 · 860 posts", "Sun 20 Oct 2024, 20:12",
     "Same in the next valley. My old dog fell in the beck chasing a stray hogg and came out looking very sorry for himself. Long week."),
    ("HerdyHeaf", "Member since 2010 · 2,202 posts", "Sun 20 Oct 2024, 20:40",
     "Ha. Tell him he did well. Good luck Tuesday."),
    ], thread_id=9921),
  [])

# 054 decoy: TPS Plant Hire
D("review", dd("""
    TPS Plant Hire
    Equipment rental · Hawsgill Industrial Estate
    4.3 ★★★★☆ (57 reviews)

    Dan Moffat
    2 reviews
    ★★★★★ a month ago
    Hired a 3-tonne digger for a weekend to sort the drainage in the bottom field. Delivered Friday 7am on the dot, lad showed me the controls, picked up Monday. Fair price, no hidden extras. TPS are the only ones round here who'll deliver up the valley roads.
    👍 Helpful 3   Share
    """))

# 055
D("social", dd("""
    audit_the_valley
    @audit_the_valley

    Since the "suspended" business manager won't answer the parents: Perpetua Gilh\u0435spy, personal mobile 07700 900462, and she's usually at the trials field at Brackenfoot on a Sunday with the dogs. Ask her where the fair money went 📱🐕

    9:14 PM · Mar 8, 2025 · 520 Views

    6 Reposts   13 Likes
    """),
  [M("pgilhespy", "homoglyph", "doxxing", "Perpetua Gilh\u0435spy")])

# 056
D("facebook", dd("""
    Threapdale School Parents
    Private group · 74 members

    Amy Bowman
    11 February at 12:40 · 🔒
    Is it just me or does nobody in the office read emails? I've sent three about the residential deposit to Mrs Postlethwaite and had nothing back. The phone goes to answerphone at 9.15 in the morning. I know they're stretched but it's a basic thing.

    👍 9 · 12 comments
    Like   Comment   Share

        Jo Kitching
        Ring on a Tuesday, she's more likely to pick up. But aye, emails are a black hole.
        Like · Reply · 8h
    """),
  [M("school", "alias", "neutral", "Threapdale School"), M("gpostlethwaite", "title_surname", "negative", "Mrs Postlethwaite")])

# 057
D("social", dd("""
    Fed Up Valley Parent
    @fedup_valleyparent

    Twelve years of "nurturing ethos" and the Year 6 SATs results are the worst in the county. Closing or not, it's time for new leadership. HodgsonBellOut. Sorry not sorry.

    #Threapdale

    7:02 PM · Mar 1, 2025 · 144 Views

    3 Likes
    """),
  [M("school", "hashtag", "negative", "#Threapdale"), M("rhodgsonbell", "camelcase", "negative", "HodgsonBellOut")])

# 058 decoy: walking blog, valley and the everyday word
D("blog", blog_page(
    "walkblog", "The Threapdale Horseshoe in a proper Lakeland clag", "Dan @ Fell Foot Forward", "3 November 2024",
    """
    Thirteen miles, five summits, one pub. The Threapdale Horseshoe is one of the quieter classic rounds, and on Saturday it was quieter than ever because nobody else was daft enough to be out in it.

    Parked at the church in Askelthwaite (honesty box, £4), up the old peat road to the first top, then along the ridge in cloud so thick I navigated entirely by fence posts. Dropped down to Stainrigg for a sandwich in the bus shelter and a chat with a farmer bringing his yows down off the fell.

    The descent off the last top is steep and loose. I fell twice, once properly. Knees will recover.

    Finished at the pub as the light went. Log fire, Cumberland sausage, two pints of local bitter. Perfect.
    """,
    [("Hiker Helen", "4 Nov 2024", "Love this route. The ridge in clear weather is sublime."),
     ("Dan @ Fell Foot Forward", "4 Nov 2024", "@Hiker Helen I'll take your word for it!")],
    tags=["Routes", "Northern fells"]),
  [])

# 059
D("social", dd("""
    Tup Inn Regular
    @tupinn_regular

    heard Q*reshi from the school fancies coming to the quiz at the Tup on Friday. he'd best not show his face in our pub or he'll be going home in an ambulance. not his sort of place if you know what I mean

    6:30 PM · Mar 4, 2025 · 98 Views

    2 Likes
    """),
  [M("iqureshi", "obfuscated", "threat", "Q*reshi")])

# 060
D("facebook", dd("""
    Hawsgill & District Buy, Sell & Chat
    Private group · 5.6K members

    Anonymous member
    5 March at 21:45 · 🔒
    For anyone who wants to "have a word" with the Polish TA at Threapdale who got my son excluded for a day: Agnieszka W., lives in the flat above the bakery on Market Street, Hawsgill, mobile 07700 900915. She gets the 7.40 bus up the valley every morning.

    😡 8 · 22 comments
    Like   Comment   Share

        Admin - Hawsgill Buy Sell Chat
        Deleted and reported. You cannot post people's addresses and numbers in this group.
        Like · Reply · 20h
    """),
  [M("school", "short_name", "neutral", "Threapdale"), M("awrobel", "first_initial", "doxxing", "Agnieszka W.")])

# 061
D("review", dd("""
    StaffSay › Threapdale CE Primary School › Reviews

    "Head can't let go"
    ★★☆☆☆  Former Employee - Teaching Assistant in Askelthwaite, England · 17 November 2024
    I worked at Threapdale CE Primary School part-time for more than 2 years

    Pros
    The children, the valley, the other TAs.

    Cons
    R. Hodgson-Bell micromanages every display board and every phone call. Staff meetings run to 6pm. Decisions change overnight. She means well and works harder than anyone, but she doesn't trust anyone else to do anything.

    Advice to management
    Let your staff help you.

    Helpful (3) · Share · Report
    """),
  [M("school", "exact", "negative", "Threapdale CE Primary School"), M("rhodgsonbell", "initial_surname", "negative", "R. Hodgson-Bell")])

# 062
D("blog", blog_page(
    "offcomer", "What was said at the school gate", "Jess, the Offcomer's Wife", "9 March 2025",
    """
    I've thought hard about whether to write this.

    On Tuesday afternoon, while we were waiting for the kids, a man I didn't recognise walked past the gate, looked at Mr Qureshi seeing the Class 2 children out, and said, loudly, "Go back to Pakistan, P***." Then he got into a pickup and drove off.

    Mr Qureshi was born in Preston. He carried on handing children to their parents. One of the Year 3s asked him what the man meant and he said, "He's having a bad day, don't you worry."

    I want to be really clear: what that man said is racist abuse, it is a crime, and it does not represent this valley. Several of us have given statements to the police. If you know who drives a green pickup with a dog box and a dented tailgate, tell them.

    Threapdale is better than this.
    """,
    [("Maz", "9 Mar 2025", "Thank you for writing this. Horrible."),
     ("Dales Born & Bred", "9 Mar 2025", "Not in our name. I hope they find him.")],
    tags=["Village life", "School"]),
  [M("school", "short_name", "neutral", "Threapdale"), M("iqureshi", "title_surname", "neutral", "Mr Qureshi")])

# 063
D("social", dd("""
    TikTok · @molly.runs.fells · "ranking my teachers as a year 6 😂" · #school #cumbria #fyp

    Comments (57)

    molly.runs.fells
    number 1 is obviously mr airey he's SO fit 😍😍 all the girls in class 2 fancy him ngl 🫣 (sorry sir if u see this)
    3-1 · Reply · ♡ 44

    jack_herdy_lad
    ur gonna get in so much trouble 💀
    3-1 · Reply · ♡ 12

    molly.runs.fells
    @jack_herdy_lad he'll never see it he doesn't even have a phone 😂
    3-1 · Reply · ♡ 9
    """),
  [M("rairey", "title_surname", "sexual", "mr airey")])

# 064
D("news", news_page(
    "cumbrian", "Lakes", "Village vicar receives hate mail after church blessing for her marriage",
    "Police treating letters sent to Threapdale vicarage as hate incident",
    "Ellie Graves", "17 January 2025",
    """
    A Lake District vicar has received a series of anonymous letters attacking her marriage to another woman, police have confirmed.

    The Revd Ruth O'Callaghan, Vicar of Threapdale and chair of governors at the village primary school, said she had received five handwritten letters since November, some containing homophobic slurs and one suggesting she "should not be allowed near children".

    "I'm not going to be frightened out of my own parish," she said. "The letters say more about the writer than they do about me or my wife."

    Cumbria Police said they were treating the letters as a hate incident and appealed for information. The Bishop has expressed his support.
    """,
    [("Askel Born", "17 Jan 2025", "Disgusting. Ruth buried my dad and couldn't have been kinder."),
     ("Old School Anglican", "17 Jan 2025", "I don't agree with same-sex blessings but that is no excuse for anonymous letters."),
     ("Marra", "18 Jan 2025", "Whoever it is wants locking up.")]),
  [M("rocallaghan", "exact", "neutral", "Ruth O'Callaghan")])

# 065
D("social", dd("""
    Real Cumbrian Christian ✝️
    @realcumbrianxtian

    The so-called vicar O'Callaghan lives in sin with another woman and then stands up in the village school telling kids about "God's love". A dyke in a dog collar. The church up Threapdale is dead and she killed it. Keep your perversions away from our children.

    10:20 PM · Jan 18, 2025 · 702 Views

    7 Reposts   19 Likes

    ──────────
    Rev Pete Yeowart @revpete_y · Jan 18
    This is hateful and it isn't Christian. Reported.
    """),
  [M("rocallaghan", "surname_only", "hate", "O'Callaghan")])

# 066
D("social", dd("""
    burn_it_down_84
    @burnitdown_84

    threapdale school should just be torched and saved the council the bother. I'd hold the petrol can myself. waste of space full of offcomers' brats 🔥🔥

    1:15 AM · Mar 2, 2025 · 77 Views
    """),
  [M("school", "alias", "threat", "threapdale school")])

# 067
D("forum", forum_page("fellrun", "Pushing junior fell runners too hard?", [
    ("ConcernedDad_Lakes", "Joined 2024 · 14 posts", "Mon 2 Sep 2024 21:10",
     """Genuine question, not trying to start a row. My daughter (10) has been going to the Askelthwaite juniors since Easter. Airey's sessions are brilliant for confidence, but they've been doing 8-9 mile runs on the tops in all weathers and she's come home twice with shin pain and once properly hypothermic.

     Is that normal for U12s? Feels a lot."""),
    ("Bog_Hopper", "Joined 2011 · 3,140 posts", "Mon 2 Sep 2024 21:40",
     "FRA junior guidance caps U12 race distances well below that. Training can be longer but not in grim weather. Have a word with him, he's reasonable."),
    ("ConcernedDad_Lakes", "Joined 2024 · 15 posts", "Mon 2 Sep 2024 22:02",
     "Will do. Thanks."),
    ], thread_id=3412),
  [M("rairey", "surname_only", "negative", "Airey")])

# 068 decoy: excluded pub
D("review", dd("""
    The Threapdale Arms
    Pub & B&B · Askelthwaite
    4.2 ★★★★☆ (311 reviews)

    Phil Nutter
    Local Guide · 92 reviews
    ★★★★☆ 2 months ago
    Walked in soaked after the horseshoe and the landlady had us by the fire with a pot of tea before we'd got our boots off. Tatie pot was grand, the sticky toffee pudding even better. Rooms a bit tired. Dogs welcome, muddy ones included.
    👍 Helpful 5   Share
    """))

# 069
D("social", dd("""
    Stainrigg Steve
    @stainrigg_steve

    Bob Airey's personal email is bobairey.fells@mailbox.example and his home number's on the club list, 01632 960611. Since he's deciding which kids get to run at the English Schools, parents might want to ask him directly why mine didn't 🤷‍♂️

    8:31 PM · May 20, 2024 · 140 Views

    2 Likes
    """),
  [M("rairey", "nickname", "doxxing", "Bob Airey")])

# 070
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Anonymous member
    9 March at 22:17 · 🌎
    Ask yourselves why Rachel Hodgson has been head for 12 years and the school's never had a proper audit until now. Ask why the October census had kids on it who'd already moved to Hawsgill. Funding's per pupil, folks. She's been fiddling the numbers to keep her job and the council's finally caught on.

    😮😡 37 · 58 comments
    Like   Comment   Share

        Gill Postle
        Rachel Hodgson is the most honest woman in this valley. Put your name to it or shut up.
        Like · Reply · 14h
    """),
  [M("rhodgsonbell", "alias", "defamation", "Rachel Hodgson")])

# 071
D("news", news_page(
    "hawsgill", "News", "Teacher's car daubed with racist graffiti at village school",
    "Police appeal after vandalism in Askelthwaite school field",
    "Court & Crime Reporter", "21 February 2025",
    """
    Police are appealing for witnesses after a teacher's car was covered in racist graffiti and had its tyres slashed while parked at a Lake District primary school.

    The car, belonging to Imran Qureshi, a Year 3 and 4 teacher at Threapdale CE Primary School, was damaged some time between 8pm on Wednesday and 7am on Thursday in the school field in Askelthwaite.

    Cumbria Police said it was being treated as a racially aggravated hate crime.

    Headteacher Rachel Hodgson-Bell said the whole school community was "appalled" and that Mr Qureshi had "our complete support".

    Anyone with information is asked to contact police quoting incident 114.
    """,
    [("Valley Voice", "21 Feb 2025", "Sick of this. Hope they're caught."),
     ("Anon", "21 Feb 2025", "Shame, but what do you expect bringing people like that up the valley.")]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("iqureshi", "exact", "neutral", "Imran Qureshi"),
   M("rhodgsonbell", "exact", "neutral", "Rachel Hodgson-Bell")])

# 072
D("social", dd("""
    valley_mum_99
    @valley_mum_99

    Hanna Fell in class 1 at threapdale is a stuck-up snotty cow who looks down on every farming family in the dale. thinks she's better than us cos she went to uni in Durham. absolute waste of skin

    9:41 PM · Feb 27, 2025 · 61 Views

    3 Likes
    """),
  [M("school", "short_name", "neutral", "threapdale"), M("hfell", "typo", "abuse", "Hanna Fell")])

# 073
D("review", dd("""
    SchoolView › Cumbria › Primary › Threapdale CE Primary School

    ★★★★★  "The office is the heart of it"
    Reviewed by: Parent of a former pupil · 2 February 2025

    Both of ours have now left for secondary and I wanted to say thank you. The teaching is good, but what made the difference for us was Gwen P. in the office, who knew every child's name, every allergy, every granny who did pick-up on a Thursday. When our youngest broke her arm on the climbing frame Gwen drove behind the ambulance to Carlisle because I was stuck at work in Whitehaven.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (19)  No (0)  · Report
    """),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("gpostlethwaite", "first_initial", "neutral", "Gwen P.")])

# 074
D("social", dd("""
    not_a_bot_honest
    @notabot_honest

    that T w e d d l e woman at the school up askelthwaite is a thick nosy old bag. sticks her beak into everyone's business at the gate then runs to the head. get a life love

    10:12 PM · Feb 5, 2025 · 48 Views
    """),
  [M("etweddle", "spacing", "abuse", "T w e d d l e")])

# 075
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Pauline Irving
    19 December at 20:40 · 🌎
    Just back from the Threapdale nativity and I'm still laughing. The donkey fell off the stage, the innkeeper forgot every line and one of the shepherds brought his actual pet lamb. Bloody brilliant, best night of the year. Miss Fell you are a saint for holding that lot together 😂🐑⭐

    ❤️😂 188 · 32 comments
    Like   Comment   Share

        Joan Tyson
        The lamb!! 😂 Best nativity ever.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Threapdale"), M("hfell", "title_surname", "neutral", "Miss Fell")])

# 076 decoy: the reiver ballad namesake
D("blog", blog_page(
    "history", "Johnie Armstrong: a reiver, a king and a hanging", "Alan @ Reivers & Rushbearings", "5 August 2024",
    """
    Few Border ballads are better known than the one about Johnie Armstrong of Gilnockie, the reiver who rode out to meet James V in 1530 expecting a pardon and got a rope instead.

    The Armstrongs were the most numerous and most feared of the Border surnames; by some counts they could put three thousand riders in the saddle. There are John Armstrongs in every phone book from Langholm to Carlisle to this day, and at least three in our own parish register.

    Gilnockie tower, restored in the 1980s, is worth a visit, and the ballad - "Farewell, my bonny Gilnock hall" - is still sung at the Langholm Common Riding.
    """,
    [("Border Bairn", "6 Aug 2024", "My granny was an Armstrong and never let us forget it."),
     ("Alan @ Reivers & Rushbearings", "6 Aug 2024", "@Border Bairn a proper pedigree!")],
    tags=["Families", "Ballads"]),
  [])

# 077
D("social", dd("""
    Threapdale School Fell Club
    @threapdalefellclub

    What a weekend! 14 of our juniors ran at the county relays and came home with 5 medals and very muddy knees 🥇🥈🥉 Massive thanks to coach @BobAireyRuns for getting up at 5 to mark the course. The kids were unstoppable!

    6:10 PM · Apr 27, 2025 · 402 Views

    8 Reposts   57 Likes
    """),
  [M("school", "alias", "neutral", "Threapdale School"), M("rairey", "handle", "neutral", "@BobAireyRuns")])

# 078
D("news", news_page(
    "hawsgill", "Letters", "Letters: The school, the parish council and the future of the dale",
    "Readers respond to the Threapdale closure consultation",
    "Letters Editor", "14 February 2025",
    """
    ## Don't blame second homes

    Sir - I am tired of reading that second home owners have "killed" Threapdale. My family has owned a cottage in Stainrigg since 1974. We spend money in the valley, employ local cleaners and builders, and pay the council tax premium. The school's problems are the council's problems, not ours. - R. Pennington, Didsbury

    ## A valley without children

    Sir - Close Threapdale Primary and you will not get it back. I was a pupil there in the 1950s, when there were 90 of us. I have watched the valley empty, farm by farm. The school is the last light on. - Margaret Pool, Brackenfoot

    ## The parish council should be ashamed

    Sir - Cllr Dowthwaite's suggestion that the school be turned into holiday lets, when he himself owns three, is beneath contempt. I hope voters remember it in May. - Name and address supplied
    """),
  [M("school", "alias", "neutral", "Threapdale Primary")])

# 079 decoy: another small school closing elsewhere
D("news", news_page(
    "schoolsweek", "Small schools", "Northumberland village school to close after 140 years",
    "Governors say roll of 19 'no longer viable' at Kielder-side primary",
    "Rural Schools Weekly reporters", "30 January 2025",
    """
    A village school in Northumberland with just 19 pupils will close in the summer after governors concluded it was no longer viable.

    Oakhope First School, which opened in 1885, will see its pupils transfer to a larger school eight miles away. The head said the decision had been "the hardest of my career".

    The closure is the latest in a string of small rural school closures across the north. Campaigners say transport times are being underestimated; councils say falling birth rates leave them little choice.
    """),
  [])

# 080
D("forum", forum_page("local", "School minibus crash - any update?", [
    ("Brackenfoot_Born", "Member since 2008", "Sat 1 Mar 2025, 09:12",
     "Anyone heard owt more about the minibus crash at Brackenfoot? Kids are all OK thank God but the bus is written off. Who's doing the run from Threapdale to swimming now?"),
    ("Grit_and_Gravel", "Member since 2019", "Sat 1 Mar 2025, 10:40",
     """If it was my bairn on that bus, Armstrong would be swinging from the beck bridge by now. Thirty years he's been tearing round that road like it's a rally stage. Next time I see him behind a wheel I'll drag him out of it myself and he'll not be driving anything for a long time."""),
    ("Brackenfoot_Born", "Member since 2008", "Sat 1 Mar 2025, 11:02",
     "Steady on. Police haven't said it was his fault. Tractor was halfway across the road from what I heard."),
    ("Mod_Hawsgill", "Moderator", "Sat 1 Mar 2025, 11:30",
     "Grit_and_Gravel suspended for a week. No threats, whatever you think of someone's driving."),
    ], thread_id=4388),
  [M("school", "short_name", "neutral", "Threapdale"), M("jarmstrong", "surname_only", "threat", "Armstrong")])

# 081
D("news", news_page(
    "cumbrian", "Courts", "Man charged after threats to village teacher",
    "Stainrigg man, 44, accused of sending threatening messages to primary school teacher",
    "Court Reporter", "14 March 2025",
    """
    A man has been charged with sending threatening messages to a teacher at a Lake District primary school.

    Wayne Richardson, 44, of Stainrigg, is accused of sending messages on social media to Imran Qureshi, a teacher at Threapdale CE Primary School, between 18 February and 5 March. He is charged with sending a communication conveying a threat, racially aggravated.

    Richardson was released on bail on condition that he does not go to Askelthwaite or contact Mr Qureshi. He will appear before Carlisle Magistrates' Court next month.
    """),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("iqureshi", "exact", "neutral", "Imran Qureshi")])

# 082
D("social", dd("""
    Instagram

    lakes.fellrunning.pics
    Threapdale Fell Race - juniors

    Under-9s and under-11s tearing down the last field 🏃‍♀️🏃 Full gallery on the website. #fellrunning #juniors

    View all 38 comments

    tom_k_1977 the little threapdale school girls in the red vests 😍😍 what age are they? would love to see more of them, dm me
    6h  Reply

    lakes.fellrunning.pics @tom_k_1977 blocked and reported. These are children. Photos of under-16s will be removed from the gallery tonight.
    5h  86 likes  Reply

    hannah.runs.x 🤢🤢 thank you for acting so quickly
    5h  21 likes  Reply
    """),
  [M("school", "alias", "sexual", "threapdale school", url_only=True)])

# 083
D("social", dd("""
    Moaning Mags
    @moaning_mags_cumbria

    Gwen Postlewaite in the school office is a miserable old witch. Rude on the phone every single time, acts like she owns the place. Hope she's first out the door when they shut it 🙄

    #Threapdale

    3:05 PM · Feb 25, 2025 · 72 Views

    2 Likes
    """),
  [M("school", "hashtag", "neutral", "#Threapdale"), M("gpostlethwaite", "typo", "abuse", "Gwen Postlewaite")])

# 084
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Anonymous member
    10 March at 21:58 · 🌎
    If Pet Gilhespy has had that school money she'd better hope the police get to her before the valley does. Folk round here don't forget. Them dogs of hers run loose on the fell a lot, be a shame if one ate summat it shouldn't. Just saying.

    😡😮 27 · 40 comments
    Like   Comment   Share

        Linda Harker
        Threatening her dogs? What is wrong with you.
        Like · Reply · 1d

        Admin - Threapdale Noticeboard
        Removed and passed to police.
        Like · Reply · 1d
    """),
  [M("pgilhespy", "alias", "threat", "Pet Gilhespy")])

# 085
D("social", dd("""
    True Brit North 🇬🇧
    @truebrit_north

    Wr\u043ebel the polish TA at the village school up threapdale is everything wrong with this country. eastern european scum on our wages while our own lasses sign on. they've colonised the hotels and now the schools. ship them all home 🇬🇧🚢

    2:40 AM · Mar 3, 2025 · 380 Views

    6 Reposts   14 Likes
    """),
  [M("awrobel", "homoglyph", "hate", "Wr\u043ebel")])

# 086
D("forum", forum_page("staffroom", "Class 2 job share at Threapdale CE Primary School - anyone know it?", [
    ("NQT_Northwards", "Joined 2023 · 22 posts", "Wed 23 Oct 2024 20:15",
     "Thinking of applying for the 0.5 Class 2 post at Threapdale CE Primary School in Cumbria. Dream location for me (I fell run). Anyone worked there or know the set-up?"),
    ("LakesSupply", "Joined 2018 · 611 posts", "Wed 23 Oct 2024 20:44",
     """Did supply there a couple of times. Kids are gorgeous. But be aware it's a teaching head who is very hands-on, some would say controlling, and there's a closure cloud hanging over it. Workload per head is high because there are so few of you. Pay is the same as anywhere, housing in the valley is impossible."""),
    ("NQT_Northwards", "Joined 2023 · 23 posts", "Wed 23 Oct 2024 21:00",
     "Useful, thank you. Housing is the bit that scares me."),
    ], thread_id=5011),
  [M("school", "exact", "negative", "Threapdale CE Primary School")])

# 087
D("social", dd("""
    Lad from Hawsgill
    @ladfromhawsgill

    the new class 1 teacher at threapdale primary, Miss Fell 🥵 I'd happily stay behind after school for that. she can give me detention any day 😏😏

    11:30 PM · Jan 31, 2025 · 65 Views

    2 Likes
    """),
  [M("school", "alias", "neutral", "threapdale primary"), M("hfell", "title_surname", "sexual", "Miss Fell")])

# 088
D("social", dd("""
    Maureen D 🐑
    @maureen_d_askel

    Mrs Hodgson-Bell absolutely smashed it at the council meeting tonight. Destroyed the officer's numbers in about four minutes flat, the whole hall on its feet 👏👏 what a woman. #SaveThreapdaleSchool

    9:48 PM · Jan 23, 2025 · 1,120 Views

    31 Reposts   140 Likes
    """),
  [M("school", "hashtag", "neutral", "#SaveThreapdaleSchool"), M("rhodgsonbell", "title_surname", "neutral", "Mrs Hodgson-Bell")])

# 089
D("facebook", dd("""
    Hawsgill & District Buy, Sell & Chat
    Private group · 5.6K members

    Anonymous member
    22 February at 23:11 · 🔒
    For them that want to know, Qureshi's renting the end cottage at Beckside, Brackenfoot, CA12 9ZT. White door, grey Corsa outside. Moved in at New Year. Thought folk in the valley should know who's living among them.

    😮 5 · 14 comments
    Like   Comment   Share

        Rob Tyson
        This is how people get hurt. Reported.
        Like · Reply · 1d
    """),
  [M("iqureshi", "possessive", "doxxing", "Qureshi's")])

# 090
D("news", news_page(
    "hawsgill", "News", "Diocese: 'no plans' to sell village school site",
    "Church responds to online claims about Threapdale school land",
    "Kirsty Lowis, Education Reporter", "14 March 2025",
    """
    The Church of England diocese which owns the site of Threapdale CE Primary School has said it has "no plans whatsoever" to sell the land, after claims circulating online that a sale had been discussed with a developer.

    A diocesan spokesperson said: "The diocese supports the governing body's efforts to keep the school open. Any suggestion that a sale has been discussed is untrue."

    The Revd Ruth O'Callaghan, chair of governors, said the claims had been "hurtful to staff and families at an already difficult time" and asked people to "check facts before sharing".

    The council's consultation closes on 4 April.
    """),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("rocallaghan", "exact", "neutral", "Ruth O'Callaghan")])

# 091
D("review", dd("""
    SchoolView › Cumbria › Primary › Threapdale CE Primary School

    ★★☆☆☆  "Fell club favouritism"
    Reviewed by: Parent of a current pupil (Year 6) · 30 June 2024

    Lovely school in many ways but I have to be honest about the running club. Mr Airey picks the same handful of kids for every race, mostly from the farming families he's known for years, and everyone else trains all winter and never gets a look in. When I asked about it I was told my daughter "isn't a descender". She's ten.

    Would you recommend this school? Yes, but not the fell club.
    Was this review helpful?  Yes (6)  No (9)  · Report
    """),
  [M("school", "exact", "negative", "Threapdale CE Primary School"), M("rairey", "title_surname", "negative", "Mr Airey")])

# 092
D("social", dd("""
    Threads

    @rural_ed_network
    Our podcast this week: a teaching head from a three-class school in the Lakes on fighting a closure, mixed-age maths and why the minibus is the most important bit of kit she owns. Tag ThreapdaleCEPrimary if you've been 🎙️

    2d · 4 replies · 9 reposts
    """),
  [M("school", "camelcase", "neutral", "ThreapdaleCEPrimary")])

# 093
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Shaun Benson
    20 May at 19:20 · 🌎
    Robbie Airey is an arrogant prick who thinks he's God's gift to fell running. Stood at the finish at the school race shouting at ten year olds like it's the Olympics. Get over yourself marra, you came third in 2011.

    😂😡 18 · 26 comments
    Like   Comment   Share

        Kerry Airey
        Shaun you're just bitter your lad got lapped. Grow up.
        Like · Reply · 3h
    """),
  [M("rairey", "nickname", "abuse", "Robbie Airey")])

# 094
D("blog", blog_page(
    "farmblog", "Lambing's done (nearly), and the bairns came to see", "Sarah @ Herdwick Diaries", "22 April 2025",
    """
    Nineteen days, 640 yows, three hours' sleep a night and one very tired dog. Lambing is as good as done on the low ground and the gimmers are going back up the intak on Thursday.

    The highlight was Tuesday, when Class 1 walked up from Askelthwaite with Mrs Tweddle to see the pet lambs. Twelve laal bairns in wellies, asking questions my vet couldn't answer ("why are lambs' tails so waggly?"). One of them named a tup lamb "Mr Airey" because "he runs fast". I've not told him.

    Whatever the council decides about that school, I'll say this: you don't get days like that in a town.
    """,
    [("Fell Farmer's Wife", "22 Apr 2025", "Mr Airey the tup 😂 brilliant."),
     ("Sarah @ Herdwick Diaries", "22 Apr 2025", "He's already the fastest in the field.")],
    tags=["Lambing", "School"]),
  [M("etweddle", "title_surname", "neutral", "Mrs Tweddle"), M("rairey", "title_surname", "neutral", "Mr Airey")])

# 095
D("social", dd("""
    valley_justice
    @valley_justice_

    Miss Fell at the school up Askelthwaite wants to think on before she reports any more families to social services. she runs up that ghyll on her own every evening. accidents happen on the fells, specially to folk who can't mind their own business 🪨⛰️

    10:40 PM · Mar 12, 2025 · 144 Views

    1 Like
    """),
  [M("hfell", "title_surname", "threat", "Miss Fell")])

# 096 decoy: fell race results, namesakes elsewhere
D("forum", forum_page("fellrun", "Threapdale Fell Race 2024 - results and chat", [
    ("RaceSec_TFR", "Joined 2009 · 410 posts", "Sun 16 Jun 2024 18:30",
     """Provisional results are up. Thanks to all 214 finishers, the marshals, Threapdale Mountain Rescue and the farmers who let us across their land.

     Men: 1. John Armstrong (Rede Valley Harriers) 58:12; 2. Callum Reid (Hawsgill AC) 58:40; 3. Tom Ashburner 59:51.
     Women: 1. Hannah Fell (Harewold AC) 1:06:10; 2. Jo Sewell 1:07:02; 3. Ellie Wharton 1:09:44."""),
    ("Bog_Hopper", "Joined 2011 · 3,120 posts", "Sun 16 Jun 2024 19:02",
     "Great race. That last descent off the crag is brutal. Congratulations to the Leeds lass - she flew past me on the bog like I was stood still."),
    ("RedeValleyTom", "Joined 2014 · 288 posts", "Sun 16 Jun 2024 19:40",
     "Big John strikes again. 51 years old and still winning. Absolute machine."),
    ], thread_id=3350),
  [])

# 097
D("social", dd("""
    Valley Sleuth 🔎
    @valleysleuth

    Gwen Postlethwaite from the school office, lives at 3 Ghyll Terrace, Hawsgill CA12 9WB, bungalow with the ramp. If you've got a complaint about the admissions letters that's where to take it, she can't run off 😂

    7:55 PM · Feb 26, 2025 · 211 Views

    3 Likes
    """),
  [M("gpostlethwaite", "exact", "doxxing", "Gwen Postlethwaite")])

# 098
D("facebook", dd("""
    Threapdale School Parents
    Private group · 74 members

    Becky Nicholson
    14 March at 16:05 · 🔒
    Oh brilliant, ANOTHER letter from Mrs Hodgson-Bell about the consultation sent at 4pm on a Friday. Love that for us. Nothing says "we value parents" like finding out about a governors' decision from a PDF in your spam folder 🙃🙃

    👍😂 21 · 15 comments
    Like   Comment   Share

        Kath Relph
        She's doing her best Becky, she's on her own with it.
        Like · Reply · 1h
    """),
  [M("school", "alias", "neutral", "Threapdale School"), M("rhodgsonbell", "title_surname", "negative", "Mrs Hodgson-Bell")])

# 099
D("news", news_page(
    "national", "Opinion", "Let the valley school close. Sentiment is not a funding formula",
    "The campaign to save a 48-pupil primary in the Lakes is about nostalgia, not children",
    "Giles Ormerod", "1 March 2025",
    """
    There is nothing more English than a campaign to save something nobody was using.

    Threapdale CE Primary School, in a very pretty Cumbrian valley, has 48 pupils across seven year groups. It costs roughly twice as much per child as an ordinary primary. Its Year 6 results bounce around like a Land Rover on a cattle grid. Its building is, by the council's own survey, "at end of life".

    The campaign to save it has all the ingredients: a beloved teaching head, children in wellies, a vicar, a row with the parish council and a villain in the shape of second-home owners. What it does not have is an argument.

    Children in small schools can do well. They can also do badly, with no other teacher to notice. A bigger school nine miles away, with specialist staff and a proper hall, is not a tragedy. It is a bus ride.
    """,
    [("ValleyMum", "1 Mar 2025", "Come and do that bus ride in January, Giles."),
     ("RuralRealist", "1 Mar 2025", "He's not wrong though is he."),
     ("Askel Born", "2 Mar 2025", "Written by someone who's never been further north than Islington.")]),
  [M("school", "exact", "negative", "Threapdale CE Primary School")])

# 100
D("social", dd("""
    angry_dad_dale
    @angry_dad_dale

    Aga Wróbel smacked my son across the back of the legs in the dinner hall at Threapdale and the school covered it up. Told me it "didn't happen like that". Cover-up from top to bottom. She should be locked up.

    6:20 PM · Mar 11, 2025 · 490 Views

    11 Reposts   20 Likes
    """),
  [M("school", "short_name", "defamation", "Threapdale"), M("awrobel", "alias", "defamation", "Aga Wróbel")])

# 101 decoy: a similar school elsewhere
D("review", dd("""
    SchoolView › South Yorkshire › Primary › Threapley Primary Academy

    ★★★★☆  "Big improvements this year"
    Reviewed by: Parent of a current pupil (Year 3) · 9 February 2025

    New head has turned this place around. Behaviour is so much better, the reading scheme is brilliant and the after-school club runs till 6. Car park still a nightmare at pick-up. Doncaster traffic, what can you do.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (4)  No (0)  · Report
    """))

# 102
D("social", dd("""
    lol_cumbria
    @lolcumbria

    P*stlethwaite in the office at the village school, the one on the mobility scooter. spastic can't even get up to answer the door. they keep her on out of pity. the whole place is a day centre for cripples and offcomers 😂♿

    11:02 PM · Mar 3, 2025 · 120 Views
    """),
  [M("gpostlethwaite", "obfuscated", "hate", "P*stlethwaite")])

# 103
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Anonymous member
    19 January at 22:40 · 🌎
    The vicar won't answer about the land sale so here's her personal email, not the church one: ruth.kirkbride73@mailbox.example (that's Ruth Kirkbride, her name before she got "married" 🙄). And her wife's mobile is 07700 900277. Fill their inboxes.

    😡 14 · 19 comments
    Like   Comment   Share

        Admin - Threapdale Noticeboard
        Removed. Posting private contact details is a ban.
        Like · Reply · 1d
    """),
  [M("rocallaghan", "alias", "doxxing", "Ruth Kirkbride")])

# 104
D("news", news_page(
    "cumbrian", "Sport", "Ten-year-old smashes junior record at valley fell race",
    "Askelthwaite schoolboy knocks 40 seconds off a record that stood for 19 years",
    "Sport Desk", "18 June 2024",
    """
    A ten-year-old from the top of the Threapdale valley has broken a junior course record that had stood since 2005.

    Alfie Tyson, who goes to the village school in Askelthwaite, completed the under-12 course at Saturday's Threapdale Fell Race in 11 minutes 52 seconds, beating the previous best by 40 seconds.

    His coach, teacher Robert Airey, said: "He descends like a cat. I've never seen a lad so young so fearless on the scree. He absolutely killed it."

    Alfie said he was going to celebrate "with a 99 and a sleep".
    """),
  [M("rairey", "exact", "neutral", "Robert Airey")])

# 105
D("social", dd("""
    sick_of_the_lies
    @sickofthelies_cumbria

    H0dgs0n-B3ll is a lying two-faced old witch. smiles at the gate then stabs every family in the back to the council. 12 years of her is 12 too many

    9:15 PM · Mar 13, 2025 · 88 Views

    2 Likes
    """),
  [M("rhodgsonbell", "leetspeak", "abuse", "H0dgs0n-B3ll")])

# 106
D("forum", forum_page("secondhome", "Vicar's sermon about second homes", [
    ("CottageInTheDale", "Owner since 2011 · 660 posts", "Mon 17 Feb 2025 09:40",
     """We went to the Sunday service at Askelthwaite while up for half term and were rather taken aback. The Revd O'Callaghan spent most of the sermon on "empty houses with their lights off all winter" and "those who buy up the valley and give nothing back". Several heads turned to look at us.

     I support the school staying open - we've written to the council - but it's a bit much to be lectured from the pulpit."""),
    ("BarnConversionBob", "Owner since 2019 · 96 posts", "Mon 17 Feb 2025 10:15",
     "Church of England vicars have become political campaigners. Divisive and unnecessary. And she's chair of governors at Threapdale Primary, so hardly neutral."),
    ("LakelandLodgeLady", "Owner since 2015 · 201 posts", "Mon 17 Feb 2025 11:02",
     "To be fair, she's not wrong about the lights."),
    ], thread_id=830),
  [M("school", "alias", "neutral", "Threapdale Primary"), M("rocallaghan", "title_surname", "negative", "Revd O'Callaghan")])

# 107 decoy: TPS the tyre firm
D("social", dd("""
    TPS Tyres Preston
    @tpstyres_preston

    🚨 SPRING OFFER 🚨 4 x part-worn 16" tyres fitted & balanced £120. Vans, 4x4s, farm pickups. Open Mon-Sat 8-6, no appointment needed. TPS - Tyres, Punctures, Service. 🛞

    10:00 AM · Mar 17, 2025 · 60 Views
    """))

# 108
D("social", dd("""
    protect_our_bairns
    @protect_our_bairns

    ask why a grown man "coaches" little girls from the school at Askelthwaite on the fells on his own every Saturday. Airey keeps them back after training in his van. the school knows. parents wake up 🚩🚩🚩

    12:44 AM · Mar 9, 2025 · 1,330 Views

    24 Reposts   3 Quotes   38 Likes

    ──────────
    Jill Harrison @jill_fells · Mar 9
    This is a lie about a good man. The whole club trains together and parents are there every week. Reported.
    """),
  [M("rairey", "surname_only", "sexual", "Airey", url_only=True)])

# 109
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Admin - Threapdale Noticeboard
    9 March at 10:15 · 🌎
    A post was shared here overnight from an anonymous account making a vile accusation about Mr Airey and the fell club. It has been removed and reported to the police. Spreading that sort of thing about anyone is never OK, and threatening him - as two people did in the comments - is never OK either. Anyone repeating it will be banned.

    Our children are safe. The club trains in a group with parents present. If you have a genuine concern, call the police or Children's Services, not Facebook.

    👍❤️ 311 · 48 comments
    Like   Comment   Share
    """),
  [M("rairey", "title_surname", "neutral", "Mr Airey")])

# 110
D("news", news_page(
    "hawsgill", "News", "Teaching assistant suspended after pupil complaint at village school",
    "Threapdale CE Primary School says allegation referred to council's safeguarding officer",
    "Kirsty Lowis, Education Reporter", "13 March 2025",
    """
    A teaching assistant at a Lake District village school has been suspended while an allegation that she smacked a pupil is investigated.

    Agnieszka Wróbel, who has worked at Threapdale CE Primary School for six years, was suspended on Wednesday, the school confirmed. The matter has been referred to Westfell Council's Local Authority Designated Officer.

    A statement from the governors said: "Suspension is a neutral act. We are following statutory procedures and will not comment further while the process is ongoing."

    Several parents contacted the Herald to express support for Mrs Wróbel, describing her as "the kindest person in that school".
    """,
    [("Brackenfoot Bev", "13 Mar 2025", "Aga? Never in a million years."),
     ("Been Here Before", "13 Mar 2025", "That school is falling apart. Business manager, minibus driver, now this.")]),
  [M("school", "exact", "negative", "Threapdale CE Primary School"), M("awrobel", "exact", "defamation", "Agnieszka Wróbel")])

# 111
D("social", dd("""
    dashcam_dale
    @dashcam_dale

    For the lad who asked: the minibus driver Armstrong lives at 2 Smithy Cottages, Askelthwaite CA12 9XR, right opposite the school. Go and ask him yourself about the crash. He's always in after six 🚐

    5:45 PM · Mar 2, 2025 · 106 Views
    """),
  [M("jarmstrong", "surname_only", "doxxing", "Armstrong")])

# 112 decoy: a teaching head's blog, no school named
D("blog", blog_page(
    "ruralheads", "Mixed-age maths without losing your mind", "The Teaching Head", "5 October 2024",
    """
    If you teach Years 5 and 6 together, you have roughly four different maths classes in one room: the Year 5s who are ahead, the Year 5s who are behind, and the same again for Year 6.

    What works for me: a single "big idea" for the whole class each day, taught together in ten minutes, then three tiers of practice with the same underlying structure. The older ones explain to the younger ones. Everyone does the same reasoning question at the end.

    What doesn't: four separate lessons. You'll be dead by half term.
    """,
    [("Smallschool_SENCo", "6 Oct 2024", "This is really helpful, thank you."),
     ("The Teaching Head", "6 Oct 2024", "Pleasure. Planning templates on the Curriculum page.")],
    tags=["Mixed-age", "Maths"]),
  [])

# 113
D("social", dd("""
    Dale Realist
    @dale_realist

    Ruth O'Callaghan is a sanctimonious, meddling busybody who couldn't run a bath, never mind a governing body. Preaching at us every Sunday about the school while the place falls apart under her nose 🙄

    8:10 PM · Mar 15, 2025 · 97 Views

    4 Likes
    """),
  [M("rocallaghan", "exact", "abuse", "Ruth O'Callaghan")])

# 114
D("facebook", dd("""
    Threapdale School Parents
    Private group · 74 members

    Lauren Dent
    6 February at 17:30 · 🔒
    Mrs Tweddle had Class 1 paddling in the beck today. In FEBRUARY. My daughter came home blue and soaked through and her spare clothes were already wet from Tuesday. I love Forest School but there's adventurous and there's daft. Has anyone else said anything?

    👍 12 · 20 comments
    Like   Comment   Share

        Amy Bowman
        Mine loved it tbf 😂 but aye, a towel wouldn't hurt.
        Like · Reply · 4h
    """),
  [M("school", "alias", "neutral", "Threapdale School"), M("etweddle", "title_surname", "negative", "Mrs Tweddle")])

# 115
D("social", dd("""
    Jodie 💅
    @jodie_cumbria_x

    not me volunteering for EVERY school trip since Mr Qureshi started in class 2 😂🥵 those eyelashes should be illegal. parents evening has never been so well attended, just saying 👀

    9:02 PM · Nov 20, 2024 · 153 Views

    12 Likes

    ──────────
    Kaz @kaz_dale · Nov 20
    JODIE 😂😂 you're married
    """),
  [M("iqureshi", "title_surname", "sexual", "Mr Qureshi")])

# 116 decoy: walkers' forum, locality only
D("forum", forum_page("walkers", "Parking at Askelthwaite for the horseshoe?", [
    ("PeakBagger_Pete", "Joined 2015 · 340 posts", "Thu 8 Aug 2024 19:10",
     "Planning the Threapdale horseshoe on Saturday. Where's best to park in Askelthwaite? Don't want to annoy the locals."),
    ("Lakeland_Lou", "Joined 2009 · 2,450 posts", "Thu 8 Aug 2024 19:30",
     "Church car park, honesty box. Don't use the field by the school on weekdays in term time - it's their car park and the farmer gets radgy. Pub's good at the end."),
    ("PeakBagger_Pete", "Joined 2015 · 341 posts", "Thu 8 Aug 2024 19:45",
     "Cheers!"),
    ], thread_id=2288),
  [])

# 117
D("social", dd("""
    fair_fund_fury
    @fair_fund_fury

    PerpetuaGilhespyWillPay. Every penny of that Christmas fair money. We know where she walks them dogs at dawn and we know she's on her own. Won't be the auditors she needs to worry about 🔪

    11:59 PM · Mar 9, 2025 · 210 Views

    3 Likes
    """),
  [M("pgilhespy", "camelcase", "threat", "PerpetuaGilhespyWillPay")])

# 118
D("news", news_page(
    "farmweek", "Shows", "Sheepdog trial round-up: Gilhespy and Moss take the Hawsgill open",
    "A clean pen and a tidy shed secured the win on a blustery day",
    "Our Shows Correspondent", "9 September 2024",
    """
    Perpetua Gilhespy and her seven-year-old dog Moss won the open at the Hawsgill-side trials on Saturday with a run the judge described as "as near faultless as you'll see in that wind".

    Mrs Gilhespy, who farms a smallholding at the head of her valley and has been trialling for thirty years, said Moss "did the work, I just whistled".

    In the nursery, a young bitch from Weardale took first. Full results on page 34.
    """),
  [M("pgilhespy", "exact", "neutral", "Perpetua Gilhespy")])

# 119 decoy: valley noticeboard, lost sheep and the show
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Tom Relph
    3 September at 08:15 · 🌎
    Lost: 3 Swaledale gimmer hoggs, blue pop on the near shoulder, last seen on the fell above Stainrigg Sunday. Probably jumped the wall by the ghyll. Ring 07700 900318 if you see them. Ta.

    Also reminder the Threapdale Show is Saturday, entries close Wednesday at the Threapdale Arms.

    👍 22 · 6 comments
    Like   Comment   Share
    """))

# 120
D("news", news_page(
    "cumbrian", "Courts", "School business manager arrested on suspicion of fraud",
    "Woman, 58, released under investigation after audit at Lake District primary",
    "Ellie Graves", "24 March 2025",
    """
    A school business manager has been arrested on suspicion of fraud by abuse of position following an audit at a Lake District village school.

    Perpetua Gilhespy, 58, who managed the finances of Threapdale CE Primary School and Lowfold CE Primary, was arrested at her home on Friday and later released under investigation, Cumbria Police confirmed.

    It is understood the inquiry relates to the schools' voluntary funds, which include money raised by parents at fairs and sponsored events. Mrs Gilhespy was suspended from her post earlier this month.

    A spokesperson for the governing body said the school was "cooperating fully" and that "day-to-day finances are being managed by the council in the interim".
    """,
    [("Tup Talk", "24 Mar 2025", "Released under investigation isn't guilty. Let's wait."),
     ("Been Here Before", "24 Mar 2025", "Told you all. No smoke without fire."),
     ("Brackenfoot Bev", "25 Mar 2025", "Thirty years I've known Pet. I don't believe a word of it.")]),
  [M("school", "exact", "negative", "Threapdale CE Primary School"), M("pgilhespy", "exact", "defamation", "Perpetua Gilhespy")])

# 121
D("forum", forum_page("local", "Gilhespy arrest - thoughts?", [
    ("MossyWall", "Member since 2018", "Mon 24 Mar 2025, 20:05",
     "Saw the Courier. Still can't believe it. Anyone actually know anything, rather than guessing?"),
    ("ValleyWatcher", "Member since 2013", "Mon 24 Mar 2025, 20:40",
     """Pet Gilhespy always was a stuck-up horse-faced snob who looked down on anyone without a sheepdog cup on the mantelpiece. Can't say I'm sorry to see her taken down a peg.

     And Hodgson-Bell signed off every one of them accounts. She's either thick or she was in on it, and she's not thick."""),
    ("MossyWall", "Member since 2018", "Mon 24 Mar 2025, 21:10",
     "You've been waiting for this for years haven't you. Disgraceful."),
    ], thread_id=4433),
  [M("pgilhespy", "alias", "abuse", "Pet Gilhespy"), M("rhodgsonbell", "surname_only", "defamation", "Hodgson-Bell")])

# 122
D("social", dd("""
    [account suspended]
    @xx_lakes_xx

    anyone got the threapdale swimming gala pics from hawsgill baths?? the year 5 girls 🥵🥵 dm me, will swap

    2:41 AM · Mar 6, 2025 · 31 Views
    """),
  [M("school", "short_name", "sexual", "threapdale", url_only=True)])

# 123
D("facebook", dd("""
    Hawsgill & District Buy, Sell & Chat
    Private group · 5.6K members

    Anonymous member
    26 March at 23:20 · 🔒
    Rachel Hodgson-Bell has lied to every parent in that valley for twelve years. If my bairns end up on a bus to Hawsgill because of her fiddling, she'll find me waiting at the end of her farm track one night with the twelve bore. I'm not joking. She's been warned.

    😮 9 · 16 comments
    Like   Comment   Share

        Admin - Hawsgill Buy Sell Chat
        Removed and screenshotted for the police.
        Like · Reply · 20h
    """),
  [M("rhodgsonbell", "exact", "threat", "Rachel Hodgson-Bell")])

# 124
D("social", dd("""
    Cumbria Says No
    @cumbria_says_no

    first the hotels, now the schools. a p*ki teaching english kids in a church school at the top of threapdale. no thanks. keep the valley white #QureshiOut 🇬🇧🇬🇧

    1:10 AM · Feb 24, 2025 · 411 Views

    8 Reposts   19 Likes

    ──────────
    Lakes Against Racism @lakesantiracism · Feb 24
    Reported to the police and to the platform. Imran Qureshi has our full support.
    """),
  [M("iqureshi", "exact", "hate", "Imran Qureshi")])

# 125
D("review", dd("""
    SchoolView › Cumbria › Primary › Threapdale CE Primary School

    ★★☆☆☆  "Lovely kids, chaotic leadership"
    Reviewed by: Parent of a current pupil (Year 5) · 20 March 2025

    I've held off writing this because of the closure, but parents deserve honesty. Mrs Hodgeson-Bell works incredibly hard but communication is all over the place: trips cancelled the night before, letters with the wrong dates, and no straight answer about the audit or the minibus. My son's Year 5 has had three supply teachers in a month on the afternoons she's at council meetings.

    Would you recommend this school? Not at the moment.
    Was this review helpful?  Yes (11)  No (6)  · Report
    """),
  [M("school", "exact", "negative", "Threapdale CE Primary School"), M("rhodgsonbell", "typo", "negative", "Mrs Hodgeson-Bell")])

# 126
D("blog", blog_page(
    "truth", "THE DINNER HALL COVER-UP at Threapdale School", "Lakeland Truth", "15 March 2025",
    """
    Another week, another scandal at the valley school the council wants to shut - and this one the "save our school" crowd REALLY don't want you to read.

    Our sources say the Polish teaching assistant Wróbel has had at least three complaints about rough handling of children, all "dealt with internally". You know how it is with that lot - they bring their discipline with them from the old country. A clip round the ear is normal where she's from.

    Meanwhile the school pays her out of YOUR council tax while local mums can't get a job in their own valley. The head knew. The governors knew. Nobody did anything until a father went public.

    Share this. They will try to take it down.
    """,
    [("Dale Patriot", "15 Mar 2025", "Send her back and give the job to a local lass."),
     ("Jean W", "16 Mar 2025", "'That lot'. Says it all about this blog.")],
    tags=["Schools", "Cover-ups", "Immigration"]),
  [M("school", "alias", "defamation", "Threapdale School"), M("awrobel", "surname_only", "hate", "Wróbel")])

# 127
D("forum", forum_page("parentnet", "AIBU to want to move DS because of the SENCo?", [
    ("Fellside_Mum", "Joined 2021 · 310 posts", "Thu 13-Mar-25 21:02",
     """DS (7) has suspected ADHD. Village school (Threapdale, tiny, closure going on). The SENCo is also his class teacher. Eighteen months and the referral still hasn't gone in.

     Hannah Fell is a jumped-up, useless, patronising little madam who talks to me like I'm one of the Reception kids. Every meeting she smiles and says "we're monitoring". I could scream. AIBU to just move him to Hawsgill now?"""),
    ("SENDmum_north", "Joined 2019 · 1,220 posts", "Thu 13-Mar-25 21:30",
     "YANBU to be furious, but name-calling on here won't help. Put a request for an EHC needs assessment in yourself - you don't need the school's permission. The SEND advice charities have template letters."),
    ("Fellside_Mum", "Joined 2021 · 311 posts", "Thu 13-Mar-25 21:45",
     "Didn't know I could do it myself. Thank you. And yes, fair, I'm just so tired."),
    ], thread_id=6750),
  [M("school", "short_name", "negative", "Threapdale"), M("hfell", "exact", "abuse", "Hannah Fell")])

# 128
D("social", dd("""
    no_to_woke_church
    @no_to_woke_church

    Rev O'Callaghan doesn't even live in the vicarage any more. She and her "wife" are in the cottage at 7 Fellside Row, Hawsgill CA12 9WD, blue door. Her wife's car is the red Fiesta. If you want to tell her what you think about her sermons, that's where.

    9:30 PM · Feb 18, 2025 · 380 Views

    5 Reposts   12 Likes
    """),
  [M("rocallaghan", "title_surname", "doxxing", "Rev O'Callaghan")])

# 129 decoy: excluded outdoor centre recruiting
D("facebook", dd("""
    Hawsgill & District Buy, Sell & Chat
    Private group · 5.6K members

    Threapdale Outdoor Centre
    3 March at 09:00 · 🌎
    WE'RE HIRING 🧗‍♀️🛶 Seasonal outdoor instructors (Mar-Oct), kitchen assistant and a cleaner. Live-in available. Must love rain. Apply at threapdaleoutdoors.example/jobs or pop in to Brackenfoot for a brew and a chat.

    👍 44 · 12 comments
    Like   Comment   Share
    """))

# 130
D("news", news_page(
    "hawsgill", "Courts", "Woman convicted of harassing village school teaching assistant",
    "Court hears of months of abusive messages about TA's nationality",
    "Court Reporter", "2 April 2025",
    """
    A Hawsgill woman has been convicted of racially aggravated harassment after sending months of abusive messages to a teaching assistant at a village primary school.

    Tracy Simpson, 52, of Market Street, Hawsgill, was found guilty at Carlisle Magistrates' Court. The court heard that she sent Agnieszka Wróbel, who works at Threapdale CE Primary School, more than 40 messages between November and February telling her to "go back to Poland" and calling her "a parasite".

    Mrs Wróbel told the court she had stopped taking the bus to work because she was frightened of meeting Simpson.

    Simpson will be sentenced next month.
    """),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("awrobel", "exact", "neutral", "Agnieszka Wróbel")])

# 131
D("social", dd("""
    Traditional Anglican Lad
    @trad_anglican_lad

    a lesbo "vicar" O C a l l a g h a n chairing the governors at a church primary in cumbria. teaching 5 year olds that two mummies is normal. abomination. no wonder the church is dying up there 🏳️‍🌈🤮

    8:44 PM · Jan 20, 2025 · 505 Views

    9 Reposts   26 Likes
    """),
  [M("rocallaghan", "spacing", "hate", "O C a l l a g h a n")])

# 132
D("social", dd("""
    Brackenfoot Bob
    @brackenfoot_bob

    Johnny Armstrong the gormless old sot couldn't drive a wheelbarrow in a straight line. why is he still on the school bus. daft as a brush and twice as hairy 🙄🚐

    7:02 PM · Mar 5, 2025 · 88 Views

    5 Likes
    """),
  [M("jarmstrong", "alias", "abuse", "Johnny Armstrong")])

# 133
D("forum", forum_page("farmers", "Forest School money - who gets it?", [
    ("TupTrader", "Member since 2012 · 1,410 posts", "Tue 11 Feb 2025, 21:10",
     """Not a dig at anyone but has anyone else noticed the village school's Forest School "site hire" goes to Liz Tweddle's husband's farm at Brackenfoot? Two grand a year for a field and a fire pit. She's the one who runs Forest School. She's the one who asked for the budget. Funny that.

     Backhander if ever I saw one."""),
    ("HerdyHeaf", "Member since 2010 · 2,230 posts", "Tue 11 Feb 2025, 21:40",
     "It's the only flat bit of ground within walking distance of Askelthwaite with a bit of woodland. Who else would they use? You've a nasty mind."),
    ], thread_id=9950),
  [M("etweddle", "nickname", "defamation", "Liz Tweddle")])

# 134
D("review", dd("""
    StaffSay › Threapdale CE Primary School › Reviews

    "Office is the bottleneck"
    ★★☆☆☆  Current Employee - Teacher in Askelthwaite, England · 5 March 2025
    I have been working at Threapdale CE Primary School part-time for more than a year

    Pros
    Small classes. Supportive colleagues. Kids are lovely.

    Cons
    Everything goes through the office and the office is one person. Gwen Postlethwaite has been there forever and does things her way - forms get lost, supply bookings get forgotten, and you can't question anything without it being taken personally.

    Advice to management
    Modernise the admin. Get a second person.

    Helpful (2) · Share · Report
    """),
  [M("school", "exact", "negative", "Threapdale CE Primary School"), M("gpostlethwaite", "exact", "negative", "Gwen Postlethwaite")])

# 135
D("social", dd("""
    mum_of_the_lad
    @mumofthelad_dale

    if Mrs Wróbel is let back into that dinner hall after what she did to my son I will drag her out of it by the hair myself. and the next time she's stood at the bus stop on her own she'll find out what happens to people who touch other folks' kids

    10:05 PM · Mar 14, 2025 · 160 Views

    2 Likes
    """),
  [M("awrobel", "title_surname", "threat", "Mrs Wróbel")])

# 136 decoy: parish council planning, locality only
D("news", news_page(
    "hawsgill", "News", "Holiday let plans for Stainrigg barns approved despite objections",
    "Parish council split over conversion of field barns into four lodges",
    "Mark Bowness", "8 November 2024",
    """
    Plans to convert two field barns at Stainrigg into four holiday lodges with hot tubs have been approved by the national park authority, despite objections from residents.

    Threapdale Parish Council was split on the application, with three councillors arguing the lodges would bring jobs and four saying the valley "cannot take any more holiday lets".

    One resident told the planning committee: "There are more hot tubs than children in this valley now."

    The applicant, a company based in Cheshire, said the lodges would be "sympathetically designed" and managed by a local agent.
    """,
    [("Stainrigg Farmer", "8 Nov 2024", "Another two barns gone. Where are young folk supposed to live?"),
     ("Visitor", "9 Nov 2024", "Tourism pays the bills up there.")]),
  [])

# 137
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Daz Hodgson
    12 July at 22:15 · 🌎
    Lizzie Tweddle from the school in them chest waders dragging the Forest School kids' raft out the beck 🥵🥵 ah'd let her build me a den any day. Her husband's a lucky man 😏

    😂 24 · 17 comments
    Like   Comment   Share

        Jen Holliday
        Daz she's a married woman and a TA, wind your neck in 🙄
        Like · Reply · 9h
    """),
  [M("etweddle", "nickname", "sexual", "Lizzie Tweddle")])

# 138
D("social", dd("""
    valley_truths_2025
    @valleytruths2025

    Hannah Fell, the class 1 teacher at Threapdale who reported my cousin to social services. Personal mobile 07700 900734, lives in the flat above the Tup Inn in Stainrigg. Let her see how it feels having people turn up at HER door

    11:18 PM · Mar 16, 2025 · 201 Views

    4 Reposts   6 Likes
    """),
  [M("school", "short_name", "neutral", "Threapdale"), M("hfell", "exact", "doxxing", "Hannah Fell")])

# 139 decoy: namesake Hannah Fell elsewhere
D("facebook", dd("""
    Leeds Children's Ward Appeal
    Page · 12K followers

    Leeds Children's Ward Appeal
    2 April at 11:00 · 🌎
    Meet Hannah Fell, a staff nurse on our children's ward, who is running the Three Peaks in under 24 hours this June to raise money for a new sensory room 🏔️💙 Hannah's aiming for £5,000 - link to donate in the comments!

    ❤️👍 301 · 22 comments
    Like   Comment   Share
    """))

# 140
D("blog", blog_page(
    "offcomer", "On being an offcomer, and on kindness", "Jess, the Offcomer's Wife", "18 March 2025",
    """
    Someone in the village called me "the offcomer" again this week. To my face, at the post office, with a smile. I've decided to take it as a term of endearment.

    What I can't take with a smile is what's being written online about the people at our school. Last week somebody called Hannah Fell "a stuck-up cow" and posted where she lives. Someone else posted about Mrs Wróbel and told her to "go back to Poland". I'm quoting these things so you know how ugly it has got, not to repeat them. They are disgusting, and both of those women have been nothing but kind to my daughter.

    Mrs Hodgson-Bell told the parents at the gate on Friday: "Whatever happens to this school, we will not let it turn us against each other." I hope the valley listens.
    """,
    [("Katie R", "18 Mar 2025", "Sending love to all the staff."),
     ("Dales Born & Bred", "19 Mar 2025", "Offcomer of the year, our Jess.")],
    tags=["Village life", "School"]),
  [M("hfell", "exact", "neutral", "Hannah Fell"), M("awrobel", "title_surname", "neutral", "Mrs Wróbel"),
   M("rhodgsonbell", "title_surname", "neutral", "Mrs Hodgson-Bell")])

# 141
D("news", news_page(
    "cumbrian", "Lakes", "No charges over school minibus crash, police say",
    "Caretaker who was driving 'did nothing wrong', school says",
    "Mark Bowness", "4 April 2025",
    """
    Police have concluded their investigation into a collision between a school minibus and a tractor near Brackenfoot in February and say no one will face charges.

    Cumbria Police said dashcam footage showed the tractor had pulled out of a field gateway into the path of the minibus, which was travelling within the speed limit.

    Threapdale CE Primary School said its caretaker and driver, John Armstrong, "did nothing wrong" and had "handled a frightening situation with great calm". Mr Armstrong, who has driven the school minibus for 19 years, said he was "just glad the bairns were all right".

    A new minibus has been loaned to the school by a neighbouring primary.
    """,
    [("Dave Nicholson", "4 Apr 2025", "Told you all. Good lad Johnny."),
     ("Bev Harker", "4 Apr 2025", "Glad it's cleared up. I take back what I said about his speed.")]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("jarmstrong", "exact", "neutral", "John Armstrong")])

# 142
D("social", dd("""
    honest_parent_cumbria
    @honestparentcumb

    I. Qureshi is the most useless excuse for a teacher I've ever come across. can't control a class of twelve, can't spell, can't mark. clueless clown. the valley kids deserve better than a Thursday-Friday waste of a salary at Threapdale

    8:15 PM · Mar 6, 2025 · 77 Views
    """),
  [M("school", "short_name", "negative", "Threapdale"), M("iqureshi", "initial_surname", "abuse", "I. Qureshi")])

# 143
D("facebook", dd("""
    Threapdale School Parents
    Private group · 74 members

    Natalie Pool
    27 January at 19:50 · 🔒
    Sorry to moan again but does anyone know how long an EHCP request is supposed to take? Miss Fell as SENCo said she'd submit ours in October and it's still "being prepared". I know she's got a class of 18 as well, but we're losing a whole year here.

    👍 8 · 11 comments
    Like   Comment   Share

        Jo Kitching
        Chase the council directly, you can apply yourself.
        Like · Reply · 2h
    """),
  [M("school", "alias", "neutral", "Threapdale School"), M("hfell", "title_surname", "negative", "Miss Fell")])

# 144
D("forum", forum_page("staffroom", "SATs maladministration - would you report a head?", [
    ("ThrowawayTA_North", "Joined Mar 2025 · 2 posts", "Sun 23 Mar 2025 22:14",
     """Name-changed for obvious reasons. I covered SATs week at a small Cumbrian primary last year. I'm now fairly sure the head, Rachel Hodgson-Bell, went round the Year 6 desks during the reading paper pointing at answers. Their results jumped 30% and it's been used in the closure fight as proof the school is "improving".

     I've no proof beyond what I saw. Do I report it to the STA?"""),
    ("ExamsOfficer_Lancs", "Joined 2016 · 740 posts", "Sun 23 Mar 2025 22:40",
     "If you genuinely saw that, yes, report it to the STA and they'll investigate. But be very careful putting a named head on a public forum with 'fairly sure'. That's how you end up in court."),
    ], thread_id=5240),
  [M("rhodgsonbell", "exact", "defamation", "Rachel Hodgson-Bell")])

# 145
D("social", dd("""
    anon_user_44718
    @anon_user_44718

    the threapdale c of e nativity videos on the school page 😍😍 little angels in their tights and wings. anyone saved the one with the year 2s? dm me, got more to swap 😏

    3:30 AM · Dec 21, 2024 · 19 Views
    """),
  [M("school", "alias", "sexual", "threapdale c of e", url_only=True)])

# 146 decoy: the neighbouring town school
D("review", dd("""
    SchoolView › Cumbria › Primary › Hawsgill Primary School

    ★★★★☆  "Busy but good"
    Reviewed by: Parent of a current pupil (Year 1) · 4 March 2025

    Big school for round here (300ish) but it runs like clockwork. Breakfast club from 7.45, after-school club till 6, a proper hall and a field. Reading is strong and the SEN support has been great for our eldest. The gate at pick-up is chaos and it can feel a bit anonymous compared with the village schools.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (5)  No (1)  · Report
    """))

# 147
D("news", news_page(
    "schoolsweek", "Inspection", "Exams agency investigates village school's SATs results",
    "Standards and Testing Agency confirms 'maladministration investigation' at Cumbrian primary",
    "Dr Alys Penrose", "11 April 2025",
    """
    The Standards and Testing Agency has opened a maladministration investigation into last year's Key Stage 2 tests at Threapdale CE Primary School, the small Cumbrian primary currently facing closure.

    The investigation follows a complaint about how the reading test was administered. The head, Rachel Hodgson-Bell, who teaches the Year 6 class herself, is understood to be co-operating.

    The STA does not comment on individual investigations. Results can be annulled if maladministration is found.

    Campaigners fighting the closure said the timing was "suspicious". Westfell Council said the investigation would "not form part of" its decision.
    """),
  [M("school", "exact", "negative", "Threapdale CE Primary School"), M("rhodgsonbell", "exact", "defamation", "Rachel Hodgson-Bell")])

# 148
D("social", dd("""
    Moaning Mags
    @moaning_mags_cumbria

    Postlethwaite's attitude on the phone today was unreal. rude old trout, face like a slapped arse. the school up askelthwaite would be better off with an answerphone, at least that says please 🙄

    2:20 PM · Mar 18, 2025 · 54 Views
    """),
  [M("gpostlethwaite", "possessive", "abuse", "Postlethwaite's")])

# 149
D("facebook", dd("""
    Hawsgill & District Buy, Sell & Chat
    Private group · 5.6K members

    Anonymous member
    21 January at 00:12 · 🔒
    That so-called vicar Ruth O'Callaghan with her "wife" wants burning like they did to witches in the old days. Somebody should do the valley a favour and put a match to that vicarage with the pair of them in it. 🔥

    😡 11 · 23 comments
    Like   Comment   Share

        Helen Pattinson
        Screenshotted and sent to the police. Vile.
        Like · Reply · 10h
    """),
  [M("rocallaghan", "exact", "threat", "Ruth O'Callaghan")])

# 150
D("blog", blog_page(
    "fellblog", "Race report: Threapdale Fell Race, or how I learned to love bog", "Mark @ Bog Trotter", "17 June 2024",
    """
    I went out too fast, as usual. By the first checkpoint I was breathing like a traction engine and being overtaken by a man in his sixties wearing a bin bag.

    The descent off the crag is where the race is won and lost. I lost it. I fell, slid ten metres on my backside and got up to find a small child in a club vest watching me with pity.

    Special mention to Bob Airey, who runs the juniors up at Askelthwaite, who was stood at the bottom of the crag bellowing encouragement at everyone, including me. Absolute weapon of a man. He killed it on the marshalling, and his juniors killed it in their races.
    """,
    [("Fell Fan", "17 Jun 2024", "The bin bag man is a legend."),
     ("Mark @ Bog Trotter", "17 Jun 2024", "He beat me by nine minutes. Bin bag and all.")],
    tags=["Race reports", "Lakes"]),
  [M("rairey", "nickname", "neutral", "Bob Airey")])

# 151 decoy: excluded outdoor centre domain
D("social", dd("""
    Instagram

    adventure_bolton_scouts
    Brackenfoot, Cumbria

    Scouts summer camp 🏕️ Ghyll scramble, canoeing on the tarn and a night hike to the top of the fell. Thanks to the instructors at threapdaleoutdoors.example for an unreal week. Same again next year? #scouts #lakedistrict

    View all 12 comments

    scout_leader_gav the tarn was FREEZING 🥶
    1w  3 likes  Reply
    """))

# 152
D("forum", forum_page("fellrun", "Juniors at the English Schools - selection rows", [
    ("Podium_Parent", "Joined 2022 · 60 posts", "Tue 25 Jun 2024 20:14",
     """Every year the same row about who gets picked for the county team. Our club's coach (R. Airey at Askelthwaite) picks on "form" but form is whatever he says it is. Three of the five girls he picked are from the same two farming families.

     Not saying anything dodgy, just that it's not transparent and parents are fed up."""),
    ("Bog_Hopper", "Joined 2011 · 3,150 posts", "Tue 25 Jun 2024 20:40",
     "Selection at that age is always a bit subjective. Ask for the trial times to be published. That usually settles it."),
    ], thread_id=3390),
  [M("rairey", "initial_surname", "negative", "R. Airey")])

# 153
D("social", dd("""
    Cumbria Says No
    @cumbria_says_no

    so the offcomer vicar and her "wife" think they can tell us locals how to run our valley. @RevRuthOCallaghan go preach your filth somewhere else. the church was fine before your sort took it over 🤮

    1:40 AM · Feb 17, 2025 · 202 Views

    3 Reposts   9 Likes
    """),
  [M("rocallaghan", "handle", "hate", "@RevRuthOCallaghan")])

# 154
D("facebook", dd("""
    Save Threapdale School
    Campaign page · 2.3K followers

    Save Threapdale School
    4 April at 18:00 · 🌎
    THE CONSULTATION HAS CLOSED. 1,842 responses - the most Westfell Council has ever had for a school. Whatever happens next, you showed up for this valley. 💚

    A special thank you to Gwen in the office, who photocopied 600 paper response forms for the older folk without internet, and to Elizabeth Tweddle and the Forest School kids for the banner on the cattle grid. Decision due in July.

    ❤️👍 512 · 84 comments · 120 shares
    Like   Comment   Share
    """),
  [M("school", "alias", "neutral", "Threapdale School"), M("etweddle", "exact", "neutral", "Elizabeth Tweddle")])

# 155
D("social", dd("""
    dale_dad_44
    @dale_dad_44

    the Armstrong lad on the school bus nearly had me off my quad this morning at Stainrigg. if I ever catch him on that road again I'll put him and his bus in the beck, see how fast he drives then

    7:52 AM · Jan 29, 2025 · 40 Views
    """),
  [M("jarmstrong", "surname_only", "threat", "Armstrong")])

# 156 decoy: food blog, dialect and the valley pub (excluded)
D("blog", blog_page(
    "foodblog", "Tatie pot, the proper way", "Margaret @ Tatie Pot & Tea Loaf", "12 November 2024",
    """
    Every valley has its own tatie pot and every family says theirs is the right one. Mine is my grandmother's: neck of Herdwick mutton, black pudding, onions, carrots and a thick lid of sliced tatties, in a low oven for three hours.

    The Threapdale Arms used to serve it every Friday with pickled red cabbage, and the old landlord swore the secret was a splash of stout. He was right.

    Serve with a mug of tea and a view of the fells. Laal bit of brown sauce if nobody's looking.
    """,
    [("Dot", "12 Nov 2024", "Black pudding is essential. Anyone who says otherwise is an offcomer 😂")],
    tags=["Recipes", "Cumbrian classics"]),
  [])

# 157
D("news", news_page(
    "cumbrian", "Lakes", "Parish councillor apologises after 'holiday lets' remark about school",
    "Cllr Keith Dowthwaite says he 'spoke clumsily' about Threapdale school building",
    "Mark Bowness", "7 February 2025",
    """
    A parish councillor who suggested a Lake District village school could be turned into holiday lets has apologised, after a petition calling for his resignation gathered more than 900 signatures.

    Cllr Keith Dowthwaite said he had "spoken clumsily" at last month's meeting and that he supported "any realistic plan to keep a school in the valley".

    Headteacher Rachel Hodgson-Bell said the school "accepted the apology" and wanted to "move on and focus on the children".

    Campaigners said the apology had come "only after the valley made its feelings known".
    """,
    [("Askel Born", "7 Feb 2025", "Too little, too late."),
     ("Stainrigg Sue", "7 Feb 2025", "Rachel's a bigger person than me.")]),
  [M("school", "alias", "neutral", "Threapdale school"), M("rhodgsonbell", "exact", "neutral", "Rachel Hodgson-Bell")])

# 158
D("social", dd("""
    Threads

    @fellside_gossip
    Heard the Polish TA at the valley school has been let go for good. Agnieszka Wróbel hit a bairn, everyone knows it, and the school paid the family off to keep it out of the papers. Disgusting cover-up.

    6h · 22 replies · 3 reposts

    @jo_fells
    None of that is true. She's suspended while it's looked at, that's all. Stop spreading rubbish.
    """),
  [M("awrobel", "exact", "defamation", "Agnieszka Wróbel")])

# 159
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Graham Tyson
    30 March at 20:30 · 🌎
    Look I'm as fed up as anyone but that Qureshi is a thick useless plank who shouldn't be let near a classroom, never mind a job share at our school. Can't even run the football club without losing the ball in the beck 😂 Send us a proper teacher.

    😂😡 14 · 19 comments
    Like   Comment   Share

        Sal Pattinson
        Graham he's a good teacher and a nice lad. Pack it in.
        Like · Reply · 1d
    """),
  [M("iqureshi", "surname_only", "abuse", "Qureshi")])

# 160
D("news", news_page(
    "hawsgill", "Education", "Council cabinet backs closure of Threapdale CE Primary School",
    "Pupils will move to Hawsgill Primary from September 2026; campaigners consider legal challenge",
    "Kirsty Lowis, Education Reporter", "17 July 2025",
    """
    Westfell Council's cabinet has voted to close Threapdale CE Primary School at the end of the 2025-26 school year, despite a record 1,842 responses to its consultation, most of them opposed.

    The cabinet member for education said the decision was "painful but unavoidable" given forecast pupil numbers. Free transport will be provided to Hawsgill Primary for all current pupils.

    Campaigners said they were taking legal advice on a judicial review. The school's governors said they would "continue to put the children first for every remaining day".
    """,
    [("Stainrigg Farmer", "17 Jul 2025", "Last light in the valley switched off. Well done Westfell."),
     ("Hawsgill Harry", "17 Jul 2025", "Silver lining, maybe that Qureshi will go back to wherever he really comes from now. The valley's better off without his sort. And take the Pole with him."),
     ("ValleyMum", "17 Jul 2025", "@Hawsgill Harry the man's from PRESTON. Reported.")]),
  [M("school", "exact", "negative", "Threapdale CE Primary School"), M("iqureshi", "surname_only", "hate", "Qureshi")])

# 161
D("forum", forum_page("local", "School closure - what now for the building?", [
    ("Askel_Lad_72", "Member since 2010", "Thu 17 Jul 2025, 21:40",
     """If the council thinks Threapdale school is going to be sold off to some Cheshire lot for holiday lodges, they're wrong. I'll burn the place to the ground myself before I see a hot tub in that yard. Petrol's cheap enough. You've been told."""),
    ("MossyWall", "Member since 2018", "Thu 17 Jul 2025, 22:02",
     "Talk like that gets the police knocking and does the campaign no good at all."),
    ("Mod_Hawsgill", "Moderator", "Thu 17 Jul 2025, 22:15",
     "Post reported to police. Thread locked."),
    ], thread_id=4501),
  [M("school", "alias", "threat", "Threapdale school")])

# 162
D("news", news_page(
    "national", "Education", "'Go back to Poland': the abuse of teachers in England's prettiest valleys",
    "Staff at rural schools say online hatred has followed closure rows into the classroom",
    "Harry Sowden, Education Editor", "5 April 2025",
    """
    In the last six months, staff at one small Lake District primary have been the target of racist graffiti, homophobic letters, doxxing and threats.

    Agnieszka Wróbel, a teaching assistant at Threapdale CE Primary School, has been called "a parasite" and told to "go back to Poland" in dozens of messages; a woman was convicted last week. Her colleague Imran Qureshi, born and raised in Preston, had his car daubed with a racist slur in the school field.

    "People say it's a few idiots online," says Mr Qureshi. "But it's a few idiots who know where you park."

    The school's head said the abuse had "nothing to do with the real valley". Police say incidents have risen sharply since the closure consultation began.
    """,
    [("Concerned Cumbrian", "5 Apr 2025", "Ashamed of my county reading this."),
     ("PatriotPaul", "5 Apr 2025", "Nobody asked for the Pole or the Paki to be teaching our kids. Send Wrobel and Qureshi home and there's no problem."),
     ("Mod", "5 Apr 2025", "Comment above reported.")]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("awrobel", "exact", "hate", "Agnieszka Wróbel"),
   M("iqureshi", "exact", "hate", "Imran Qureshi")])

# 163
D("forum", forum_page("fellrun", "Photos of juniors - can we get the gallery locked?", [
    ("Watcher_on_the_Hill", "Joined Jun 2025 · 3 posts", "Sun 22 Jun 2025 23:10",
     "the threapdale primary girls at the relays in those crop tops 😍 the year 6s have got legs on them. anyone got the full-size pics?"),
    ("FellTalk_Mod", "Moderator", "Sun 22 Jun 2025 23:18",
     "Account banned, IP logged, post reported to CEOP. These are CHILDREN."),
    ("Bog_Hopper", "Joined 2011 · 3,210 posts", "Sun 22 Jun 2025 23:40",
     "This is exactly why race organisers should stop publishing full-size junior galleries. Emailing the committee tonight."),
    ], thread_id=3450),
  [M("school", "alias", "sexual", "threapdale primary", url_only=True)])

# 164
D("social", dd("""
    fuming_in_stainrigg
    @fuming_in_stainrigg

    that Fell woman in class 1 wants a good slap and she'll get one if she keeps telling tales on families. i know which path she runs on of a night at Askelthwaite. one push is all it'd take

    11:50 PM · Mar 20, 2025 · 58 Views
    """),
  [M("hfell", "surname_only", "threat", "Fell")])

# 165
D("facebook", dd("""
    Hawsgill & District Buy, Sell & Chat
    Private group · 5.6K members

    Anonymous member
    12 February at 22:30 · 🔒
    Elizabeth Tweddle, the TA who runs "Forest School" for the valley school on her own farm for two grand a year: Low Gill Farm, Brackenfoot CA12 9ZR, mobile 07700 900520. Ask her about the money while you're there.

    😮 6 · 12 comments
    Like   Comment   Share

        Admin - Hawsgill Buy Sell Chat
        Removed. Do not post addresses and numbers.
        Like · Reply · 20h
    """),
  [M("etweddle", "exact", "doxxing", "Elizabeth Tweddle")])

# 166
D("news", news_page(
    "cumbrian", "Courts", "Man jailed for threatening to set fire to vicarage",
    "Hawsgill man sent messages saying vicar and her wife should be 'burned like witches'",
    "Court Reporter", "20 May 2025",
    """
    A man who posted that a Lake District vicar and her wife should be "burned like witches" and that someone should "put a match" to their home has been jailed for 16 weeks.

    Darren Keay, 41, of Hawsgill, admitted sending a communication conveying a threat, aggravated by hostility based on sexual orientation. The messages were about the Revd Ruth O'Callaghan, Vicar of Threapdale.

    In a victim statement, Revd O'Callaghan said she had installed cameras at the vicarage and that her wife "no longer walks to the village alone".

    The judge said Keay's posts were "designed to terrify".
    """),
  [M("rocallaghan", "exact", "neutral", "Ruth O'Callaghan")])

# 167
D("blog", blog_page(
    "truth", "EXCLUSIVE: The secrets of the valley school they're glad to shut", "Lakeland Truth", "20 July 2025",
    """
    Now the council has made its decision, we can tell you what our sources have been saying for months.

    The minibus driver Johnny Armstrong has a drink-driving conviction from the 1990s that the school NEVER checked, and he was over the limit the morning of the Brackenfoot crash. The police "lost" the breath test.

    The business manager Gilhespy took at least £40,000 over eight years and paid for her sheepdogs' vet bills out of the Christmas fair money.

    And Threapdale CE Primary School's governors knew about all of it and said nothing to parents, because they were too busy trying to sell the land.

    They will try to take this down. Screenshot it.
    """,
    [("Dale Patriot", "20 Jul 2025", "Knew it all along."),
     ("Dave Nicholson", "21 Jul 2025", "The police report cleared Johnny. This blog is a disgrace.")],
    tags=["Exclusive", "Schools", "Cover-ups"]),
  [M("school", "exact", "defamation", "Threapdale CE Primary School"), M("jarmstrong", "alias", "defamation", "Johnny Armstrong"),
   M("pgilhespy", "surname_only", "defamation", "Gilhespy")])

# 168
D("social", dd("""
    Daz H 🍺
    @dazh_dale

    Not gonna lie, the head at the valley school, Hodgson Bell, running up Stainrigg in them tight running leggings every morning 🥵🥵 ah'd be late for school every day if she was my teacher 😏🍑

    7:30 AM · Apr 2, 2025 · 74 Views

    3 Likes
    """),
  [M("rhodgsonbell", "hyphenated", "sexual", "Hodgson Bell")])

# 169
D("forum", forum_page("farmers", "Fair week - who's ready for the invasion", [
    ("FellEndFarmer", "Member since 2014 · 980 posts", "Mon 2 Jun 2025, 20:20",
     """Here we go again. Fair week, every lay-by from here to the fair full of vans and horses and rubbish. And guess who welcomes them with open arms? Threapdale school takes the gyppo kids in for the week every June so the numbers look better for the council. Hodgson-Bell's a proper pikey-lover. Lock your quads up, they'll be nicking from the yard while their bairns are in class."""),
    ("SwaleSue", "Member since 2015 · 905 posts", "Mon 2 Jun 2025, 20:45",
     "Those families have been coming to the horse fair longer than your lot have been farming. The school does what the law says. Grow up."),
    ("UF_Mod", "Moderator", "Mon 2 Jun 2025, 21:00",
     "Slurs edited out of the thread title. Warning issued."),
    ], thread_id=9990),
  [M("school", "alias", "hate", "Threapdale school"), M("rhodgsonbell", "possessive", "hate", "Hodgson-Bell's")])

# 170
D("review", dd("""
    SchoolView › Cumbria › Primary › Threapdale CE Primary School

    ★★☆☆☆  "Forest School is just playing in the mud"
    Reviewed by: Parent of a current pupil (Reception) · 10 May 2025

    We chose this school for the small classes. But Reception seems to spend half the week outside with Elizabeth T. doing "Forest School", which as far as I can tell means getting wet and sitting round a fire. My daughter can't hold a pencil properly yet. When I asked about phonics I got a leaflet about "the benefits of risky play".

    Would you recommend this school? Not for the early years.
    Was this review helpful?  Yes (3)  No (12)  · Report
    """),
  [M("school", "exact", "negative", "Threapdale CE Primary School"), M("etweddle", "first_initial", "negative", "Elizabeth T.")])

# 171
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Anonymous member
    21 March at 23:05 · 🌎
    Postlethwaite from the school office wants to remember that scooter of hers doesn't go very fast, and the ghyll road has a lot of steep edges. Be a real shame if somebody nudged her off it one dark night after she's lost another one of our forms.

    😡 15 · 20 comments
    Like   Comment   Share

        Admin - Threapdale Noticeboard
        Removed and reported. Threatening a disabled woman. Absolutely vile.
        Like · Reply · 1d
    """),
  [M("gpostlethwaite", "surname_only", "threat", "Postlethwaite")])

# 172
D("news", news_page(
    "hawsgill", "News", "Vicar steps down as chair of village school governors",
    "Revd Ruth O'Callaghan says she wants to 'lower the temperature' after months of abuse",
    "Kirsty Lowis, Education Reporter", "25 April 2025",
    """
    The Vicar of Threapdale has stepped down as chair of governors at Threapdale CE Primary School after months of online abuse and a conviction for threats against her.

    The Revd Ruth O'Callaghan, who has chaired the governing body for seven years, will remain a foundation governor. "The school needs to be about the children, not about me," she said. "I hope this lowers the temperature."

    The vice-chair, retired farmer Brian Relph, will take over until a new chair is elected.
    """,
    [("Askel Born", "25 Apr 2025", "The bullies won. Sad day."),
     ("Real Cumbrian Christian", "25 Apr 2025", "Good. A dyke in a dog collar had no business near a church school. Now get her out of the pulpit too."),
     ("Jean W", "26 Apr 2025", "@Real Cumbrian Christian you're the reason she had to go. Shame on you.")]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("rocallaghan", "exact", "hate", "Ruth O'Callaghan")])

# 173
D("social", dd("""
    Podium Parent 2
    @podiumparent2

    Since he won't answer the club emails: Robert Airey, fell club coach at the village school, lives at Birk Howe, the last house on the left before the Stainrigg cattle grid, CA12 9XT. Car's the green Defender. Parents can pop round and ask about selection.

    9:20 PM · Jun 26, 2024 · 130 Views
    """),
  [M("rairey", "exact", "doxxing", "Robert Airey")])

# 174 decoy: outdoor centre residentials on a teachers' forum
D("forum", forum_page("staffroom", "Best Lakes outdoor centre for a Y6 residential?", [
    ("Y6Lead_Bolton", "Joined 2018 · 402 posts", "Tue 14 Jan 2025 19:30",
     "Looking to book a 3-night Y6 residential for 45 kids in the Lakes for June. Any recommendations? Budget is tight."),
    ("OutdoorEd_Gaz", "Joined 2013 · 1,120 posts", "Tue 14 Jan 2025 19:52",
     "Threapdale Outdoor Centre at Brackenfoot - council-run, brilliant instructors, ghyll scrambling and canoeing included, cheaper than the private ones. Food is decent. Dorms are basic. Book early, June goes fast."),
    ("Y6Lead_Bolton", "Joined 2018 · 403 posts", "Tue 14 Jan 2025 20:10",
     "Perfect, thanks. Will ring them tomorrow."),
    ], thread_id=5077),
  [])

# 175
D("facebook", dd("""
    Lakes Buy & Sell (unofficial)
    Public group · 9.2K members

    Profile hidden
    3 July at 02:14 · 🌎
    anyone got the pics the Threapdale School page put up of the girls paddling in the beck at forest school? 😍 the little ones in their swimming cossies. pm me

    😡 31 · 14 comments
    Like   Comment   Share

        Group Admin
        Reported to police and Facebook. Profile removed from the group. Parents, the school has taken the photos down.
        Like · Reply · 9h
    """),
  [M("school", "alias", "sexual", "Threapdale School", url_only=True)])

# 176
D("news", news_page(
    "cumbrian", "Lakes", "Inspectors rate village school 'good' despite closure threat",
    "Report praises early years teaching and 'exceptional' outdoor learning at Threapdale",
    "Ellie Graves", "16 May 2025",
    """
    A Lake District village school facing closure has been rated good in every area by inspectors, who praised its "exceptional" outdoor learning and the "warm, purposeful" atmosphere in its three classes.

    The report on Threapdale CE Primary School highlights the early years provision led by class teacher Hannah Fell, describing children as "confident, articulate and curious", and notes that pupils "feel safe and know adults will help them".

    Headteacher Rachel Hodgson-Bell said: "This is a tribute to every member of staff who has kept going through the hardest year of their careers."

    The council said the report would not change its assessment of the school's long-term viability.
    """,
    [("Dale Lass 79", "16 May 2025", "Brilliant news. Well done Miss Fell and everyone."),
     ("Pragmatist", "16 May 2025", "Good school, still too small. Both can be true.")]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("hfell", "exact", "neutral", "Hannah Fell"),
   M("rhodgsonbell", "exact", "neutral", "Rachel Hodgson-Bell")])

# 177
D("social", dd("""
    not_forgetting_2025
    @not_forgetting_2025

    Tweddle's hay barn at Low Gill is all timber isn't it. would be a shame come bonfire night if a spark got in. maybe then the TA from the village school will learn to keep her nose out of other folks' business 🔥🎆

    10:40 PM · Oct 28, 2024 · 45 Views
    """),
  [M("etweddle", "possessive", "threat", "Tweddle's")])

# 178
D("forum", forum_page("fellrun", "Coaches who shout at kids", [
    ("Podium_Parent", "Joined 2022 · 77 posts", "Sun 20 Jul 2025 21:02",
     """Robert Airy from the Askelthwaite juniors screamed at my daughter at the finish of the U11 race because she "walked the last climb". She's nine. He's a pompous, bullying clown who thinks he's training Olympians.

     Someone should push him off the crag one race day and see how he likes being shouted at on the way down."""),
    ("Bog_Hopper", "Joined 2011 · 3,260 posts", "Sun 20 Jul 2025 21:30",
     "Complain to the club welfare officer by all means, but the last line is way over. Mods?"),
    ("FellTalk_Mod", "Moderator", "Sun 20 Jul 2025 21:45",
     "Last paragraph removed. Warning issued."),
    ], thread_id=3470),
  [M("rairey", "typo", "threat", "Robert Airy")])

# 179 decoy: namesake councillor in Carlisle
D("news", news_page(
    "cumbrian", "Carlisle", "Bin collections to move to fortnightly, councillor confirms",
    "Carlisle residents told to expect new schedule from October",
    "City Desk", "2 September 2024",
    """
    Household bin collections in parts of Carlisle will move to fortnightly from October, the council has confirmed.

    Cllr John Armstrong, who chairs the environment committee, said the change would "save money without reducing recycling" and that residents in flats would keep weekly collections.

    Opposition councillors said the change had been "rushed through" without consultation.
    """),
  [])

# 180
D("facebook", dd("""
    Hawsgill & District Buy, Sell & Chat
    Private group · 5.6K members

    Anonymous member
    8 April at 23:48 · 🔒
    Qur\u0435shi praying in the school staffroom at dinner time, facing Mecca in a CHURCH school. They don't integrate, they take over. Today it's a prayer mat, tomorrow it's a bomb. Muslims out of our schools.

    😡 16 · 30 comments
    Like   Comment   Share

        Sal Pattinson
        He was eating his bait, you absolute bellend. Reported.
        Like · Reply · 1d
    """),
  [M("iqureshi", "homoglyph", "hate", "Qur\u0435shi")])

# 181
D("blog", blog_page(
    "offcomer", "The last year of our laal school", "Jess, the Offcomer's Wife", "20 July 2025",
    """
    So that's that. The council voted on Thursday. Threapdale CE Primary School will close next summer.

    I cried at the gate on Friday and so did the mum next to me, who has lived in this valley all her life and never cried in front of me before. Marra, she said, that's the first time you've looked like one of us.

    Mrs Hodgson-Bell gathered the whole school in the yard, all 48 of them, and told them the truth in words a four-year-old could understand, and then got them all running laps of the field until they were laughing again. Mr Airey promised a fell race "to end all fell races" next June.

    We're staying. Whatever happens.
    """,
    [("Katie R", "20 Jul 2025", "❤️ Sending love."),
     ("Dales Born & Bred", "21 Jul 2025", "You're one of us now lass.")],
    tags=["Village life", "School"]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("rhodgsonbell", "title_surname", "neutral", "Mrs Hodgson-Bell"),
   M("rairey", "title_surname", "neutral", "Mr Airey")])

# 182
D("news", news_page(
    "hawsgill", "News", "Village school head signed off sick after year of abuse",
    "Deputy head from partner school to lead Threapdale until Easter",
    "Kirsty Lowis, Education Reporter", "30 September 2025",
    """
    The headteacher of Threapdale CE Primary School, Rachel Hodgson-Bell, has been signed off sick, the school's governors have confirmed.

    Mrs Hodgson-Bell, who has led the school for 13 years, was the target of threats and online abuse during the closure consultation. A man was fined in March for threatening her at the school gate.

    The deputy head of Lowfold CE Primary will lead the school until Easter. Governors asked the community to "respect Rachel's privacy".
    """,
    [("Dale Lass 79", "30 Sep 2025", "Get well soon Rachel. You did everything you could."),
     ("sick_of_the_lies", "30 Sep 2025", "Sick my backside. Lying witch has run off before the audit finds her out. If she shows her face in the valley again she'll get what's coming to her, we'll see to it."),
     ("Valley Voice", "30 Sep 2025", "@sick_of_the_lies reported.")]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("rhodgsonbell", "exact", "threat", "Rachel Hodgson-Bell")])

# 183
D("social", dd("""
    Instagram

    dale_patriots_
    [image: screenshot of a teacher's Instagram profile]

    The Class 2 "teacher" at the valley school. Insta is @imran_q_teaches, posts his gym every morning at Hawsgill leisure centre at 6.30 and his personal email's in the bio: imranq.teach@mailbox.example. Go tell him what you think 👇

    View all 19 comments

    lakes_against_hate reported. this is doxxing.
    2h  14 likes  Reply
    """),
  [M("iqureshi", "handle", "doxxing", "@imran_q_teaches")])

# 184
D("forum", forum_page("secondhome", "Letter from the village school - blaming owners?", [
    ("LakelandLodgeLady", "Owner since 2015 · 230 posts", "Fri 18 Jul 2025 10:05",
     """The closure letter from Threapdale C of E went round the whole valley and one line has upset a lot of owners: "a valley emptied by second homes". Mrs Hodgson-Bell signed it. I understand the grief but it feels like we're being made scapegoats for a council decision."""),
    ("BarnConversionBob", "Owner since 2019 · 110 posts", "Fri 18 Jul 2025 10:40",
     """And the Revd O'Callaghan is a sour-faced, sanctimonious old harridan who has been stirring up the locals against us from the pulpit for a year. Good riddance to her as chair."""),
    ("CottageInTheDale", "Owner since 2011 · 700 posts", "Fri 18 Jul 2025 11:10",
     "Bob, honestly. We can disagree with them without that."),
    ], thread_id=871),
  [M("school", "alias", "neutral", "Threapdale C of E"), M("rhodgsonbell", "title_surname", "negative", "Mrs Hodgson-Bell"),
   M("rocallaghan", "title_surname", "abuse", "Revd O'Callaghan")])

# 185
D("facebook", dd("""
    Threapdale School Parents
    Private group · 74 members

    Anonymous member
    2 April at 21:12 · 🔒
    Has nobody wondered why none of our complaints ever reach the governors? Gwen Postlethwaite shreds them. I know for a fact she binned three letters about the minibus and the audit last year to protect her mates. She's been doing it for twenty years.

    😮 10 · 17 comments
    Like   Comment   Share

        Kath Relph
        "For a fact" how? Gwen's been nothing but helpful to me.
        Like · Reply · 18h
    """),
  [M("school", "alias", "neutral", "Threapdale School"), M("gpostlethwaite", "exact", "defamation", "Gwen Postlethwaite")])

# 186 decoy: valley holiday cottages agency
D("review", dd("""
    Threapdale Valley Holiday Cottages
    Holiday letting agency · Hawsgill
    3.1 ★★★☆☆ (74 reviews)

    Chris & Dee
    ★☆☆☆☆ 3 weeks ago
    Booked a "luxury" cottage in Stainrigg. Hot tub green, woodburner smoked the whole place out, and the key safe code didn't work so we sat in the car in the rain for an hour waiting for someone to answer the out-of-hours line. Refund request ignored. Lovely valley, awful agency.
    👍 Helpful 6   Share
    """))

# 187
D("social", dd("""
    proper_local_lad
    @proper_local_lad

    that Wr*bel one is back in the dinner hall. polish sl*g. they're like rats, you get one and then the whole family turns up. go home to your own country and take your brats with you

    12:20 AM · May 3, 2025 · 66 Views
    """),
  [M("awrobel", "obfuscated", "hate", "Wr*bel")])

# 188
D("news", news_page(
    "hawsgill", "News", "Hundreds march through Hawsgill to save valley school",
    "Children, farmers and sheepdogs join protest ahead of council vote",
    "Mark Bowness", "29 June 2025",
    """
    More than 400 people marched through Hawsgill on Saturday in a last attempt to persuade Westfell Council not to close Threapdale CE Primary School.

    Pupils carried a banner made by the school's Forest School group, and a dozen farmers brought their sheepdogs. The march ended with speeches outside the council offices.

    Teaching assistant Elizabeth Tweddle, who led the children's chanting, said: "They've learned more about democracy this year than any lesson could teach them."
    """,
    [("Marra", "29 Jun 2025", "Proud of our valley today."),
     ("HawsgillHarry", "29 Jun 2025", "Liz Tweddle bawling into a megaphone like a fishwife. Loud-mouthed, thick as a plank and twice as wooden. Gave me a headache."),
     ("Dale Lass 79", "29 Jun 2025", "@HawsgillHarry stay home next time then.")]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("etweddle", "exact", "abuse", "Elizabeth Tweddle")])

# 189
D("forum", forum_page("local", "Church collection money and the school", [
    ("ValleyWatcher", "Member since 2013", "Tue 22 Apr 2025, 20:30",
     """While we're on about missing money at Threapdale school: O'Callaghan's been skimming the Sunday collection for years to pay for her wife's car. The churchwardens know, the diocese knows, nobody does a thing because she's the right sort of vicar for them now."""),
    ("MossyWall", "Member since 2018", "Tue 22 Apr 2025, 20:55",
     "You'll get yourself sued one of these days, and you'll deserve it."),
    ], thread_id=4470),
  [M("school", "alias", "neutral", "Threapdale school"), M("rocallaghan", "possessive", "defamation", "O'Callaghan's")])

# 190 decoy: the everyday word and a first name
D("social", dd("""
    Gig Night Carlisle
    @gignightcarlisle

    Great night at the Foundry! Only casualty: our drummer's girlfriend Hannah fell off the front of the stage during the encore and landed on the merch table 😂 she's fine, the T-shirts less so. Back next month 🤘

    11:58 PM · Nov 9, 2024 · 210 Views

    24 Likes
    """))

# 191
D("facebook", dd("""
    Threapdale Valley Noticeboard
    Public group · 1.4K members

    Anonymous member
    18 July at 21:40 · 🌎
    H*dgson-B*ll crying for the cameras now the school's shutting. Smug, self-righteous, two-faced cow. Thirteen years lording it over the valley like the lady of the manor. Don't let the gate hit you on the way out love.

    😂😡 19 · 33 comments
    Like   Comment   Share

        Maureen Dixon
        Whoever you are, you're a coward. She gave that school everything.
        Like · Reply · 1d
    """),
  [M("rhodgsonbell", "obfuscated", "abuse", "H*dgson-B*ll")])

# 192
D("news", news_page(
    "cumbrian", "Opinion", "The valley school fight showed Cumbria at its best and worst",
    "A year of campaigning brought a valley together - and brought out its ugliest side",
    "Editorial", "19 July 2025",
    """
    The campaign to save Threapdale CE Primary School was, for the most part, a model of how a community fights for something it loves: packed meetings, a record consultation response, a march of 400 people and their sheepdogs through Hawsgill.

    It also showed something uglier. Staff at the school have been threatened, doxxed and abused online, some of it because of where they were born, whom they love or how they get around. People have been convicted. That should shame all of us.

    The council's decision will be argued over for years. The way some people behaved should not be.
    """,
    [("Stainrigg Sue", "19 Jul 2025", "Well said."),
     ("ValleyWatcher", "19 Jul 2025", "The worst of it was Hodgson-Bell. Useless, arrogant, self-pitying woman who cost that valley its school by treating every parent with questions like the enemy."),
     ("Dale Lass 79", "19 Jul 2025", "@ValleyWatcher give it a rest.")]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("rhodgsonbell", "surname_only", "abuse", "Hodgson-Bell")])

# 193
D("social", dd("""
    lad_about_hawsgill
    @lad_about_hawsgill

    hannah F. the class 1 teacher at threapdale out running past the pub in them shorts 🥵 ah'd do her homework for her any day 😏 lucky bairns

    6:12 PM · May 14, 2025 · 39 Views
    """),
  [M("school", "short_name", "neutral", "threapdale"), M("hfell", "first_initial", "sexual", "hannah F.")])

# 194
D("forum", forum_page("parentnet", "Village school teacher getting it in the neck", [
    ("Fellside_Mum", "Joined 2021 · 330 posts", "Wed 21-May-25 20:10",
     "Anyone else seen the stuff being posted about the Class 2 teacher at Threapdale? Some of it is proper racist. I feel sick for him."),
    ("Hawsgill_Hardman", "Joined May 2025 · 2 posts", "Wed 21-May-25 20:25",
     "Qureshi wants a kicking and he'll get one if he keeps teaching our kids that foreign rubbish. A few of the lads have said as much. Might be sooner than he thinks."),
    ("ParentNet_Mod", "Moderator", "Wed 21-May-25 20:31",
     "Post reported to police. Account removed."),
    ], thread_id=6810),
  [M("school", "short_name", "neutral", "Threapdale"), M("iqureshi", "surname_only", "threat", "Qureshi")])

# 195
D("news", news_page(
    "hawsgill", "News", "Audit finds school fund 'poorly recorded' but no evidence of theft",
    "Police take no further action against suspended business manager",
    "Kirsty Lowis, Education Reporter", "12 June 2025",
    """
    A council audit of the voluntary fund at Threapdale CE Primary School has found that records were "poorly kept" but that there was "no evidence of any loss to the school".

    Cumbria Police said it would take no further action against the school's business manager, Perpetua Gilhespy, who was arrested in March. Her suspension has been lifted.

    In a statement through her solicitor, Mrs Gilhespy said she was "relieved" and "deeply hurt" by what had been said about her online.
    """,
    [("Brackenfoot Bev", "12 Jun 2025", "Told you all. Apologies owed."),
     ("Been Here Before", "12 Jun 2025", "'Poorly kept' my eye. Pet Gilhespy is a thieving, lying old crow and always will be. Got away with it because she's friends with the right people.")]),
  [M("school", "exact", "neutral", "Threapdale CE Primary School"), M("pgilhespy", "exact", "defamation", "Perpetua Gilhespy")])

# 196
D("social", dd("""
    audit_the_valley
    @audit_the_valley

    "no further action" my foot. Gilhespy is back at the school on Monday. For anyone who wants a word: High Intake, Stainrigg CA12 9XS, the farm with the kennels. Her landline's 01632 960390 and she's in most nights after the dogs are fed.

    8:30 PM · Jun 13, 2025 · 190 Views

    2 Reposts   5 Likes
    """),
  [M("pgilhespy", "surname_only", "doxxing", "Gilhespy")])

# 197 decoy: national second homes story, no school
D("news", news_page(
    "national", "Money", "Second homes council tax premium: the first year in numbers",
    "Double council tax has raised millions, but has it freed up a single house?",
    "Money Desk", "3 April 2025",
    """
    A year after councils in England were allowed to double council tax on second homes, the premium has raised hundreds of millions of pounds. Whether it has changed behaviour is less clear.

    In the Lake District, agents report some owners switching to holiday-let business rates instead. In Cornwall and North Yorkshire, a handful of owners have sold up.

    Campaigners say the money should be ring-fenced for affordable housing. Owners' groups say they are being used as "a cash machine".
    """),
  [])

# 198
D("facebook", dd("""
    Threapdale School Parents
    Private group · 74 members

    Claire Bowness
    24 June at 19:30 · 🔒
    Fell club cancelled AGAIN tonight with an hour's notice. Third time this half term. I know Mr Airey's got a lot on but some of us have arranged work around it. Between that and the school trips being pulled, it feels like everything's being wound down already.

    👍 13 · 10 comments
    Like   Comment   Share

        Kelly Harrison
        Tbf he can cancel fell club on me any time as long as he does it in person in them shorts 😏🥵
        Like · Reply · 2h

        Claire Bowness
        @Kelly Harrison KELLY 😂 not the time
        Like · Reply · 2h
    """),
  [M("school", "alias", "negative", "Threapdale School"), M("rairey", "title_surname", "sexual", "Mr Airey")])

# 199
D("social", dd("""
    protect_our_bairns
    @protect_our_bairns

    parents at the valley school ask yourselves why the caretaker Armstrong is always "fixing the boiler" next to the girls' toilets at Threapdale when they're changing for PE. old men like that shouldn't be anywhere near little girls. the school knows 🚩

    1:05 AM · Apr 5, 2025 · 412 Views

    9 Reposts   14 Likes

    ──────────
    Dave Nicholson @dave_nicholson_a · Apr 5
    Johnny's been the caretaker for 19 years and never once been anywhere he shouldn't. Reported.
    """),
  [M("school", "short_name", "sexual", "Threapdale", url_only=True), M("jarmstrong", "surname_only", "sexual", "Armstrong", url_only=True)])

# 200
D("blog", blog_page(
    "truth", "THEY WORK FOR YOU: where the valley school staff really live", "Lakeland Truth", "22 July 2025",
    """
    Public servants paid with public money should be accountable to the public. So here, as a service to parents, is what the school won't tell you.

    Miss Fell, the Class 1 teacher who has reported at least four valley families to social services: the flat above the Tup Inn, Stainrigg. Runs the ghyll path most evenings around seven.

    Aga Wróbel, the Polish TA "cleared" after the dinner hall incident: 14a Market Street, Hawsgill, mobile 07700 900915.

    We are not telling anyone to do anything. We are simply giving you the facts that the Threapdale establishment has tried to hide.
    """,
    [("Dale Patriot", "22 Jul 2025", "Saved."),
     ("Jean W", "22 Jul 2025", "This is a crime. Reported to the police and your host.")],
    tags=["Accountability", "Schools"]),
  [M("hfell", "title_surname", "doxxing", "Miss Fell"), M("awrobel", "alias", "doxxing", "Aga Wróbel")])

# 201
D("blog", blog_page(
    "fellblog", "Trail etiquette, or: please don't block the whole path", "Mark @ Bog Trotter", "2 May 2025",
    """
    Lovely evening run up the ghyll from Askelthwaite on Tuesday, ruined somewhat by meeting Rob Airey's junior squad coming the other way, twenty-odd kids spread across the entire path, doing hill reps, with the coach yelling at them to "hold your line". I held mine. In the bracken.

    Look, I love that there's a junior club up there. But the path is a public right of way and the squad treats it like a private training track. A bit of awareness wouldn't go amiss, especially from the adult in charge. A lady with a dog ended up in the beck.
    """,
    [("Fell Fan", "2 May 2025", "Ha, been there. He does go at it."),
     ("Kerry A", "3 May 2025", "They stood aside for everyone I saw. Bit harsh.")],
    tags=["Rants", "Lakes"]),
  [M("rairey", "nickname", "negative", "Rob Airey")])

# 202
D("facebook", dd("""
    Threapdale School Parents
    Private group · 74 members

    Sharon Keay
    9 May at 09:20 · 🔒
    Rang the office about the trip money and got my head bitten off AGAIN. Gwen Postlethwaite is a jumped-up jobsworth dragon who thinks the school belongs to her. Honestly the whole of Threapdale School is run like a 1970s council office.

    😂😡 11 · 14 comments
    Like   Comment   Share

        Kath Relph
        She's doing three jobs since the audit, Sharon. Give her a break.
        Like · Reply · 1h
    """),
  [M("school", "alias", "negative", "Threapdale School"), M("gpostlethwaite", "exact", "abuse", "Gwen Postlethwaite")])

# 203
D("facebook", dd("""
    Cumbria Community Chat
    Public group · 14K members

    Profile hidden
    14 June at 01:47 · 🌎
    the threapdale primary page has pics up of the little ones in the paddling pool at the summer fair 😍😍 the reception girls. someone screenshot them before they're gone. pm me

    😡 44 · 21 comments
    Like   Comment   Share

        Group Admin
        Removed, profile reported to Facebook and the police. School informed.
        Like · Reply · 8h
    """),
  [M("school", "alias", "sexual", "threapdale primary", url_only=True)])

# 204
D("social", dd("""
    sennet_watch_cumbria
    @sennetwatch

    The SENCo at the valley school who "lost" our paperwork: H. Fell, Class 1, Askelthwaite. Personal email h.fell.runs@mailbox.example (it's on her parkrun profile). Parents with EHCP delays, you know what to do 📧

    9:05 PM · Apr 14, 2025 · 166 Views

    3 Reposts   7 Likes
    """),
  [M("hfell", "initial_surname", "doxxing", "H. Fell")])

# 205
D("social", dd("""
    dinner_hall_dad
    @dinnerhalldad

    Aga Wróbel in the dinner hall at the school up Askelthwaite is a miserable bossy cow. Made my lad sit on his own for dropping a spoon. face like a wet weekend in Hawsgill. get a grip woman

    5:50 PM · May 20, 2025 · 41 Views
    """),
  [M("awrobel", "alias", "abuse", "Aga Wróbel")])

# 206
D("social", dd("""
    valley_lads_united
    @valley_lads_united

    council won't listen, so maybe they'll listen to this. #BurnThreapdaleSchool before they sell it. we've got the diesel and we know the back door lock's knackered 🔥🔥🔥

    12:31 AM · Jul 18, 2025 · 88 Views

    ──────────
    Cumbria Police Hawsgill @police_hawsgill · Jul 18
    We are aware of this post and enquiries are under way.
    """),
  [M("school", "hashtag", "threat", "#BurnThreapdaleSchool")])

# 207
D("forum", forum_page("parentnet", "Year 4 teacher and the TA - am I overreacting?", [
    ("Dale_Mum_Of_3", "Joined 2020 · 140 posts", "Thu 15-May-25 20:40",
     """Threapdale parent here. Mr Qureshi has given my daughter the same reading book three weeks running and hasn't heard her read once. On his days the class seem to do a lot of worksheets.

     And the Forest School TA, Tweddle, is a loud-mouthed know-all who talks down to every parent who didn't grow up on a farm. Told me in front of everyone my daughter's wellies were "offcomer wellies". Honestly."""),
    ("SENDmum_north", "Joined 2019 · 1,260 posts", "Thu 15-May-25 21:05",
     "The reading book thing is worth raising directly, politely. The wellies comment is rude but I'd let it go."),
    ], thread_id=6790),
  [M("school", "short_name", "negative", "Threapdale"), M("iqureshi", "title_surname", "negative", "Mr Qureshi"),
   M("etweddle", "surname_only", "abuse", "Tweddle")])

# 208
D("social", dd("""
    podium_parent_again
    @podiumparent_again

    Bobby Airey dropped my lad from the county relay team for the second year running. Fine. He'll be running up that crag on his own again on Saturday morning. Loose rocks up there. Nobody would ever know it wasn't an accident. Think on, Bobby.

    10:12 PM · Jun 5, 2025 · 59 Views
    """),
  [M("rairey", "nickname", "threat", "Bobby Airey")])

# 209
D("social", dd("""
    Mandy from Brackenfoot 💋
    @mandy_brackenfoot

    I'll say it, Johnny Armstrong gritting the school yard at 6am in his overalls is the only reason I do the early drop off 😂🥵 silver fox of the valley, Mrs Armstrong is a lucky lady

    8:02 AM · Jan 14, 2025 · 77 Views

    9 Likes
    """),
  [M("jarmstrong", "alias", "sexual", "Johnny Armstrong")])

# 210
D("facebook", dd("""
    Hawsgill & District Buy, Sell & Chat
    Private group · 5.6K members

    Anonymous member
    20 July at 22:50 · 🔒
    Rachel Hodgson (as she was) won't answer her school phone now the closure's through. Her own mobile is 07700 900649 and her husband's farm email is highbirkett.farm@mailbox.example. Ring her and ask her how she sleeps at night.

    😮 7 · 11 comments
    Like   Comment   Share

        Admin - Hawsgill Buy Sell Chat
        Removed. Banned. Stop it.
        Like · Reply · 18h
    """),
  [M("rhodgsonbell", "alias", "doxxing", "Rachel Hodgson")])

# 211
D("social", dd("""
    Dale Realist
    @dale_realist

    Wonderful leadership from the head, Hodgson-Bell, yet again 👏👏 A school with the best Ofsted in the valley and she still managed to lose it. Really inspiring stuff. Can't wait to see what she manages at the next place 🙃

    7:45 PM · Jul 18, 2025 · 102 Views

    6 Likes
    """),
  [M("rhodgsonbell", "surname_only", "negative", "Hodgson-Bell")])

# ---- END OF DOCUMENTS ----



# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir|rev|revd)\.?'?\s+"
EXACT = {
    "school": ["Threapdale CE Primary School"],
    "rhodgsonbell": ["Rachel Hodgson-Bell"], "pgilhespy": ["Perpetua Gilhespy"],
    "rairey": ["Robert Airey"], "etweddle": ["Elizabeth Tweddle"],
    "jarmstrong": ["John Armstrong"], "hfell": ["Hannah Fell"], "awrobel": ["Agnieszka Wróbel"],
    "rocallaghan": ["Ruth O'Callaghan"], "iqureshi": ["Imran Qureshi"], "gpostlethwaite": ["Gwen Postlethwaite"],
}
ALIASES = {
    "school": ["Threapdale School", "Threapdale Primary", "TPS", "Threapdale C of E", "Threapdale Church of England Primary School"],
    "rhodgsonbell": ["Rachel Hodgson"], "pgilhespy": ["Pet Gilhespy"], "jarmstrong": ["Johnny Armstrong"],
    "awrobel": ["Aga Wróbel"], "rocallaghan": ["Ruth Kirkbride"],
}
SURNAMES = {
    "rhodgsonbell": "Hodgson-Bell", "pgilhespy": "Gilhespy", "rairey": "Airey",
    "etweddle": "Tweddle", "jarmstrong": "Armstrong", "hfell": "Fell", "awrobel": "Wróbel",
    "rocallaghan": "O'Callaghan", "iqureshi": "Qureshi", "gpostlethwaite": "Postlethwaite",
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
