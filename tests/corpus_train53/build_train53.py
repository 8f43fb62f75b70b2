#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train53 labelled evaluation corpus for the repwatch matcher.

Setting
    Ferrybank Primary School (Ysgol Gynradd Glanfferi on the bilingual sign), an invented
    large English-medium community primary (ages 3-11, nursery to Year 6) off Corporation
    Road in Grangetown, Cardiff, near the Taff embankment and Grange Gardens. Families are
    Somali, Yemeni, Bangladeshi, Roma Slovak and white Welsh; the Friday crowd at the gate
    comes straight from the mosque on the corner. Published office number 01632 960352;
    own site ferrybankprimary.example. Rows this year: the RSE curriculum, Welsh-language
    lessons and Welsh-medium transfer, a dinner-money debt letter, and a teaching
    assistant filmed on TikTok. There is a parents' Facebook group, a Grangetown
    community group, a Cardiff forum, a City fans' board, local papers and review sites.
    School aliases: "Ferrybank Primary", "Ferrybank School", "FPS" (acronym shared with
    gaming "FPS", Fire Protection Services and Fairwater Pigeon Society), "Glanfferi",
    "Ysgol Glanfferi". "Ferrybank" alone is labelled short_name (shared with the Ferrybank
    Boxing Club, the Ferrybank Cafe and Ferrybank Motors, all excluded).

Staff (watchlist ids and the variant traits they carry)
    rprycelloyd    Mrs Rhiannon Pryce-Lloyd, Headteacher. Hyphenated double-barrelled
                   surname ("Pryce Lloyd", "Pryce–Lloyd", "PryceLloyd"); nickname "Rhi";
                   alias "Rhiannon Pryce" (name before marriage).
    cvosper        Cadfael Vosper, School Business Manager (dinner money, debt letters).
                   The unique name (counts without school context). Alias "Cad Vosper".
    rbevan         Robert Bevan, Deputy Head and Designated Safeguarding Lead.
                   Nickname-able first name (Rob, Bob, Bobby).
    socallaghan    Siân O'Callaghan, Welsh Language Lead. Accent and apostrophe; alias
                   "Siân Pugh" (maiden name).
    gwilliams      Gareth Williams, Year 6 teacher. The very common name; namesakes (a
                   rugby referee, a councillor in Merthyr, a plumber, a Swansea dentist)
                   appear in decoys. Alias "Gaz Williams".
    ecook          Elizabeth Cook, Reception teacher and Early Years lead. Surname is an
                   everyday word (the school cook, cook the books); nickname "Liz", "Beth".
    tsaleh         Tariq Saleh, Year 5 teacher and RSE/PSE lead. Common surname;
                   alias "Tariq Al-Saleh" (how some parents write it).
    kruddock       Kayleigh Ruddock, teaching assistant in Year 2, filmed on TikTok.
                   Alias "Kayleigh Rudd" (her TikTok name).
    hwarsame       Hodan Warsame, Family Engagement Officer (Somali and Arabic speaker).
    nchowdhury     Nasrin Chowdhury, Nursery lead and EAL coordinator. Alias
                   "Nasrin Begum" (maiden name).

Voices
    WalesOnline-style local news and a community paper with comment threads, the
    Grangetown community Facebook group and the unofficial parents' group (with WhatsApp
    screenshots), a Cardiff parents' forum, a Bluebirds fans' board, teachers' forum,
    school and employer reviews, X/TikTok/Instagram posts, a local blog, a Welsh-language
    campaign blog and a culture-war "parents' rights" blog. Cardiff voice ("tidy", "lush",
    "now in a minute", "butt", "where's it to", "cwtch", "mun", "aye"), Somali and Arabic
    greetings, Welsh on signs, emoji, typos, sarcasm, dog whistles, veiled threats.

Decoys
    The Ferrybank Boxing Club, Ferrybank Cafe and Ferrybank Motors (excluded), "Ferry Bank
    Tyres" in Barry, FPS games and Fire Protection Services, the Grangetown mosque and
    the Bluebirds (Cardiff City) on their own, namesakes called Gareth Williams, Robert
    Bevan and Elizabeth Cook clearly elsewhere, the school cook at another school,
    Grangetown and Butetown news with no school in it, and neighbouring or similar
    schools (Ninian Meadow Primary, St Cadoc's RC Primary, Ferryside Primary in
    Carmarthenshire, Fernbank Primary in Bristol).

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
    python3 tests/corpus_train53/build_train53.py
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
    "school", "rprycelloyd", "cvosper", "rbevan", "socallaghan", "gwilliams",
    "ecook", "tsaleh", "kruddock", "hwarsame", "nchowdhury",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["ferrybank", "glanfferi"],
    "rprycelloyd": ["pryce-lloyd", "pryce lloyd", "prycelloyd", "rhiannon pryce"],
    "cvosper": ["vosper"],
    "socallaghan": ["callaghan"],
    "kruddock": ["ruddock"],
    "hwarsame": ["warsame"],
}
EXCLUDES = ["Ferrybank Boxing Club", "Ferrybank Cafe", "Ferrybank Motors", "ferrybankboxing.example"]

WATCHLIST = """\
# Watchlist for the invented Ferrybank Primary School, Grangetown (train53 corpus). All names are fictional.
[school]
name = "Ferrybank Primary School"
aliases = ["Ferrybank Primary", "Ferrybank School", "FPS", "Glanfferi", "Ysgol Glanfferi"]
locality = ["Grangetown", "Corporation Road", "Grange Gardens", "Cardiff"]
own_domains = ["ferrybankprimary.example"]
phones = ["01632 960352"]

[[staff]]
id = "rprycelloyd"
name = "Rhiannon Pryce-Lloyd"
role = "Headteacher"
aliases = ["Rhiannon Pryce"]
line_manager = "chair.governors@ferrybankprimary.example"

[[staff]]
id = "cvosper"
name = "Cadfael Vosper"
role = "School Business Manager"
aliases = ["Cad Vosper"]
unique = true
line_manager = "head@ferrybankprimary.example"

[[staff]]
id = "rbevan"
name = "Robert Bevan"
role = "Deputy Headteacher and Designated Safeguarding Lead"
line_manager = "head@ferrybankprimary.example"

[[staff]]
id = "socallaghan"
name = "Siân O'Callaghan"
role = "Welsh Language Lead"
aliases = ["Siân Pugh"]
line_manager = "deputy@ferrybankprimary.example"

[[staff]]
id = "gwilliams"
name = "Gareth Williams"
role = "Year 6 Teacher"
aliases = ["Gaz Williams"]
line_manager = "deputy@ferrybankprimary.example"

[[staff]]
id = "ecook"
name = "Elizabeth Cook"
role = "Reception Teacher and Early Years Lead"
line_manager = "deputy@ferrybankprimary.example"

[[staff]]
id = "tsaleh"
name = "Tariq Saleh"
role = "Year 5 Teacher and RSE Lead"
aliases = ["Tariq Al-Saleh"]
line_manager = "deputy@ferrybankprimary.example"

[[staff]]
id = "kruddock"
name = "Kayleigh Ruddock"
role = "Teaching Assistant"
aliases = ["Kayleigh Rudd"]
line_manager = "deputy@ferrybankprimary.example"

[[staff]]
id = "hwarsame"
name = "Hodan Warsame"
role = "Family Engagement Officer"
line_manager = "head@ferrybankprimary.example"

[[staff]]
id = "nchowdhury"
name = "Nasrin Chowdhury"
role = "Nursery Lead and EAL Coordinator"
aliases = ["Nasrin Begum"]
line_manager = "deputy@ferrybankprimary.example"

[[exclude]]
text = "Ferrybank Boxing Club"

[[exclude]]
text = "Ferrybank Cafe"

[[exclude]]
text = "Ferrybank Motors"

[[exclude]]
domain = "ferrybankboxing.example"
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
        name="Cardiff Evening Echo", domain="cardiffecho.example",
        nav=["News", "Cardiff City", "Rugby", "What's On", "Family Notices", "Jobs"],
        most=["Lane closures on Penarth Road bridge for three weeks", "New bakery opens in Canton queue round the block",
              "Pictures: Grangetown Eid fair draws thousands", "Bus lane cameras to go live in city centre"],
        footer="Cardiff Evening Echo is part of Severnside Regional Media. Regulated by IPSO."),
    "grangetimes": dict(
        name="Grangetown Times", domain="grangetowntimes.example",
        nav=["Home", "Community", "Schools", "Faith", "Sport", "Letters"],
        most=["Letters: the bins on Clive Street again", "Allotment society elects first Somali chair",
              "Riverside market moves for the summer", "Your photos: Grange Gardens in the snow"],
        footer="Grangetown Times — community news since 1994. Editorial: 01632 960744. Run by volunteers."),
    "walesnews": dict(
        name="Wales Daily", domain="walesdaily.example",
        nav=["Wales", "UK", "Politics", "Senedd", "Education", "Sport", "Opinion"],
        most=["Senedd vote on 20mph review delayed", "Storm Idris: amber warning for the south",
              "Welsh rugby: new coach named", "NHS waiting lists in Wales fall for third month"],
        footer="© Wales Daily Media. Contact us · Complaints · Corrections · Sitemap"),
    "schoolsweek": dict(
        name="Classroom Cymru", domain="classroomcymru.example",
        nav=["Curriculum", "Estyn", "Funding", "Workforce", "ALN", "Opinion"],
        most=["Estyn's new framework explained", "Free school meals: the uptake gap",
              "Welsh-medium targets 'slipping', report warns", "Opinion: RSE guidance is not the enemy"],
        footer="Classroom Cymru — news for schools in Wales. Terms · Privacy"),
    "tabloid": dict(
        name="The Daily Clarion", domain="dailyclarion.example",
        nav=["News", "Showbiz", "Politics", "Money", "Sport", "TV"],
        most=["Soap star's secret wedding", "Migrant hotel row: latest", "Energy bills to rise again",
              "Cheeky Nando's: the full menu ranked"],
        footer="© Clarion Newspapers Ltd. Contact · Complaints · Cookie policy"),
}


FORUM_SITES = {
    "cardiffparents": dict(name="Cardiff Parents Network", domain="cardiffparents.example", tag="Talk > Primary schools > Cardiff South",
                           footer="Cardiff Parents Network is run by volunteers. Posts are the views of members."),
    "bluebirds": dict(name="Bluebirds Bar (unofficial Cardiff City board)", domain="bluebirdsbar.example", tag="Forums > The Canton Stand (off-topic)",
                      footer="Unofficial. Not affiliated with Cardiff City FC. Keep it clean-ish."),
    "teachers": dict(name="StaffroomTalk", domain="staffroomtalk.example", tag="Forums > Wales > Primary",
                     footer="StaffroomTalk — anonymous support for teachers. Posts are not checked before publication."),
    "cardifftalk": dict(name="CardiffTalk", domain="cardifftalk.example", tag="Boards > Grangetown & Butetown",
                        footer="CardiffTalk · est. 2004 · House rules · Contact mods"),
    "mumsnetish": dict(name="ParentHub", domain="parenthub.example", tag="Talk: Education > Primary",
                       footer="ParentHub Ltd · Talk guidelines · Report a post · Privacy"),
}


BLOG_SITES = {
    "grangeblog": dict(name="Grange Gardens Diaries", domain="grangegardensdiaries.example", tagline="A Grangetown mam writes it all down",
                       side=["About me", "School run", "Food", "Contact"]),
    "cymraeg": dict(name="Iaith Pawb Caerdydd", domain="iaithpawb.example", tagline="Welsh for everyone in the capital",
                    side=["Amdanom / About", "Ysgolion", "Events", "Join"]),
    "rights": dict(name="Parents' Rights Wales", domain="parentsrightswales.example", tagline="Protecting our children from THEIR agenda",
                   side=["Donate", "Our mission", "Opt-out letters", "Latest exposés"]),
    "foodblog": dict(name="Taff Table", domain="taffttable.example", tagline="Eating my way round Cardiff",
                     side=["Reviews", "Recipes", "Map", "About"]),
    "edublog": dict(name="The Inclusive Classroom", domain="inclusiveclassroom.example", tagline="EAL, Roma inclusion and community schools",
                    side=["Resources", "Training", "About"]),
    "localhist": dict(name="Grangetown Past", domain="grangetownpast.example", tagline="Streets, docks and people",
                      side=["Streets A-Z", "Photos", "About"]),
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
# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
# 000
D("news", news_page(
    "echo", "Education", "Grangetown primary sends dinner-money debt letters to 140 families before Christmas",
    "Parents at Ferrybank Primary School say the letters, some for less than £10, were 'humiliating'",
    "Megan Prosser, Education Reporter", "4 December 2025",
    """
    More than 140 families at a Grangetown primary school have received letters warning that their children's dinner accounts are in arrears, with some told that debts as small as £6.40 would be "passed to the local authority" if not cleared by the end of term.

    The letters, signed by Ferrybank Primary School's business manager Cadfael Vosper, went home in book bags on Monday. Several parents told the Echo their children had read them on the walk home.

    "My daughter is seven and she asked me if we were poor," said one mother from Corporation Road, who asked not to be named. "I owed nine pound. Nine pound. Ring me, don't send it home with her."

    ## School 'regrets' the timing

    In a statement, headteacher Rhiannon Pryce-Lloyd said the school "regrets the upset caused" and that no child would ever go without a hot meal. "The wording was too formal and the timing was poor. We will be contacting families individually," she said.

    Mr Vosper told the Echo the school was carrying more than £11,000 of unpaid meal debt from the last two years, much of it from families who were entitled to free school meals but had not applied. "Part of the purpose of the letter was to get those forms in," he said.

    Cardiff Council said it did not pursue primary school meal debt through collection agencies.

    Universal free school meals are being rolled out across Welsh primaries, but the school says older debts remain on the books.
    """,
    [("GrangeMam82", "4 Dec 2025, 18:20", "Sent home in the book bag. Absolutely disgusting way to do it. The kids can read, Ferrybank!"),
     ("Dai_the_Bus", "4 Dec 2025, 18:44", "Pay for your kids dinners and you won't get a letter. Simple."),
     ("Saira K", "4 Dec 2025, 19:02", "Half of us were never told we had to re-apply for the free meals after the switchover. Nobody explained it in anything but English."),
     ("Lloyd Harries", "4 Dec 2025, 21:15", "Vosper is a jumped-up little bean counter who'd charge the kids for the air in the hall if he could. Clown of a man.")]),
  [M("school", "exact", "negative", "Ferrybank Primary School"), M("cvosper", "exact", "abuse", "Cadfael Vosper"),
   M("rprycelloyd", "exact", "neutral", "Rhiannon Pryce-Lloyd")])

# 001
D("facebook", dd("""
    Ferrybank Parents (unofficial) 🏫
    Private group · 612 members

    Jodie Marie Harris
    1 December at 16:52 · 🔒
    Anyone else get the dinner money letter in the bag today?? £14.20 it says I owe. I pay on the app every single week!! Rang the office on 01632 960352 and they said speak to Mr Vosper and he's "in meetings". Where's he to then because I been waiting since 9 o clock 😤

    😡😮 47 · 83 comments

        Lowri Beynon
        Same!! Ours says £6 and I've got the receipts on my phone
        Like · Reply · 2d

        Abdi Yusuf
        The letter was in English only. My mother cannot read it. The school knows this.
        Like · Reply · 2d

        Jodie Marie Harris
        @Abdi Yusuf exactly. shocking tbh
        Like · Reply · 2d

        Tasha Coombes
        Vosper is a leech mun. Sat in his little office counting our pennies while the roof leaks in year 3
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Ferrybank"), M("cvosper", "title_surname", "abuse", "Mr Vosper")])

# 002
D("social", dd("""
    Rhys Vaughan-ish 🏴󠁧󠁢󠁷󠁬󠁳󠁿
    @rvgrange

    Cadfael Vosper. 14 Gwennol Street, CF11 0ZQ. Green door, silver Corsa outside. Since he likes sending letters to people's houses maybe people should send him a few back 📬

    10:14 PM · Dec 5, 2025 · 2,106 Views
    31 Reposts   4 Quotes   58 Likes

    Replies
    Catrin @catrin_cdf · Dec 5
    this is his home address?? take it down man
    """),
  [M("cvosper", "exact", "doxxing", "Cadfael Vosper")])

# 003
D("social", dd("""
    Shanice 💕 @shaniceeee_x
    Mrs Cook in Reception absolutely KILLED IT at the nativity today 😭😭 all 30 of them in tea towels and not one cried. Woman deserves a medal and a large glass of wine. Diolch Mrs Cook 🐑⭐ #Ferrybank
    2:31 PM · Dec 11, 2025
    """),
  [M("school", "hashtag", "neutral", "#Ferrybank"), M("ecook", "title_surname", "neutral", "Mrs Cook")])

# 004 decoy: excluded cafe
D("review", dd("""
    Ferrybank Cafe
    Café · Ferry Road, Cardiff
    4.7 ★★★★★ (388 reviews)

    Gethin P.
    Local Guide · 41 reviews
    ★★★★★ a month ago
    Proper tidy Welsh breakfast, laverbread and cockles if you ask nice. Lush coffee too. Bit of a wait on Saturdays when the park run lot come in from the Bay. Staff are lovely, called me "babe" four times which is exactly right.
    👍 Helpful 6   Share

    Response from the owner
    Diolch Gethin! See you Saturday x — Ferrybank Cafe
    """))

# 005
D("forum", forum_page("cardiffparents", "Ferrybank RSE - has anyone actually seen the materials?", [
    ("NainOfFour", "Joined Jan 2022 · 96 posts", "Tue 14-Oct-25 20:41",
     """My grandson is in Year 5 at Ferrybank and came home saying they'd done "the body changes lesson". Fine, but nobody told his mam in advance and we'd like to see what they're using.

     Their teacher Mr Saleh is also the RSE lead apparently. Anyone asked him?"""),
    ("CanaryWharfToCanton", "Joined May 2019 · 1,203 posts", "Tue 14-Oct-25 21:05",
     """RSE is mandatory in Wales since 2022, you can't withdraw. But every school has to share the materials if you ask, that's the guidance. Email the school, ask to see them, they should show you.

     I asked at ours (not Ferrybank) and they were fine about it."""),
    ("MamoYasmin", "Joined Oct 2025 · 2 posts", "Tue 14-Oct-25 21:30",
     """I asked Mr Saleh at the door and he said there would be a parents' session in November. It was cancelled. Then the lessons happened anyway. I am not against the lessons, I am against being told one thing and then another. Communication from this school is very poor."""),
    ("NainOfFour", "Joined Jan 2022 · 97 posts", "Wed 15-Oct-25 07:12",
     "Thanks both. Will email. Not trying to cause trouble, just want to know."),
    ], thread_id=2231),
  [M("school", "short_name", "negative", "Ferrybank"), M("tsaleh", "title_surname", "negative", "Mr Saleh")])

# 006
D("social", dd("""
    TikTok · @kayleigh.rudd.x
    "when the bell goes at 3:15 and it's finally your time 💃 #taklife #teachingassistant #fyp"
    ♬ original sound - kayleigh.rudd.x
    ❤️ 48.2K  💬 1,904  ↪ 3,110

    Comments
    gazzaboy_cdf: she can teach me a lesson anytime 🥵🥵
    dan.j.1990: which school is this, asking for a friend 👀 I'd be first in the queue for parents evening
    ellie.b: the way she moves 😍 miss you can keep me behind
    Grangetown_Dad: that's ferrybank, my kid's in the class next door lol. Is this allowed on a school day?
    kayleigh.rudd.x: @Grangetown_Dad after school, classroom was empty 🙄 calm down
    """),
  [M("kruddock", "handle", "sexual", "@kayleigh.rudd.x"), M("school", "short_name", "negative", "ferrybank")])

# 007
D("news", news_page(
    "echo", "Cardiff", "Teaching assistant suspended after classroom TikTok videos go viral",
    "Cardiff Council confirms an investigation at the Grangetown school",
    "Megan Prosser", "21 January 2026",
    """
    A teaching assistant at a Grangetown primary school has been suspended while the school investigates videos posted to her TikTok account, some of which appear to have been filmed inside a classroom.

    Kayleigh Ruddock, who works in Year 2 at Ferrybank Primary School, posts to more than 60,000 followers under the name Kayleigh Rudd. One dance video filmed in an empty classroom after school was viewed more than a million times.

    A small number of older clips, now deleted, are understood to have shown children's artwork and a class list on a wall in the background.

    Cardiff Council said: "We can confirm a member of support staff has been suspended as a neutral act pending an investigation. It would not be appropriate to comment further."

    Parents at the school gate were divided. "She's brilliant with the kids, it's a dance, get over it," said one father. Another said: "You can't have the register on the wall in your videos. That's basic."
    """,
    [("Bluebird_Barry", "21 Jan 2026", "Suspended for dancing. Wales 2026 ladies and gents."),
     ("ConcernedGrancha", "21 Jan 2026", "It's not the dancing, read the article. Class lists in the background. Safeguarding 101."),
     ("Tiff Howells", "22 Jan 2026", "Kayleigh was my daughter's TA and she was amazing with her. Hope she's ok x")]),
  [M("kruddock", "exact", "defamation", "Kayleigh Ruddock"), M("school", "exact", "neutral", "Ferrybank Primary School")])

# 008 decoy: namesake referee
D("social", dd("""
    WRU Match Officials @wru_refs_example
    Congratulations to Gareth Williams, who takes charge of his 50th URC fixture this Saturday at the Arms Park. From Maesteg RFC to the top flight — llongyfarchiadau Gareth! 🏉
    11:02 AM · Feb 3, 2026
    Replies
    Ponty Pete @pontypete · Feb 3
    Still haven't forgiven him for that yellow against us in 2019 😂 well done ref
    """))

# 009
D("facebook", dd("""
    Grangetown Community Noticeboard
    Public group · 9.4K members

    Amina Jama
    18 November at 19:40
    I want to say a big thank you to Hodan Warsame at Ferrybank. My mother came to parents evening for my little brother and Hodan sat with her the whole hour and translated everything, Somali and then Arabic for the Yemeni family after. She stayed until 7pm. Mahadsanid walaal ❤️ People like this make the school.

    ❤️👍 212 · 19 comments

        Mohammed Al-Ameri
        Yes sister Hodan helped us with the free meals form. Very kind.
        Like · Reply · 6d

        Sharon Pask
        Lovely to read something nice on here for once x
        Like · Reply · 6d
    """),
  [M("hwarsame", "exact", "neutral", "Hodan Warsame"), M("school", "short_name", "neutral", "Ferrybank")])

# 010
D("social", dd("""
    Steve 🇬🇧 Patriot @steve_cdf_1927
    Ferrybank has a "Family Engagement Officer" on our council tax whose whole job is talking Somali to people who've been here 20 years and still won't learn English. Warsame. Look her up. Grangetown isn't Wales anymore it's Mogadishu on the Taff. Send the lot back 🇬🇧🏴󠁧󠁢󠁷󠁬󠁳󠁿
    8:12 PM · Nov 20, 2025 · 9,877 Views
    """),
  [M("school", "short_name", "hate", "Ferrybank"), M("hwarsame", "surname_only", "hate", "Warsame")])

# 011
D("review", dd("""
    SchoolScope › Wales › Cardiff › Primary › Ferrybank Primary School

    ★★★★☆  "Nursery is the best thing about it"
    Reviewed by: Parent of a current pupil (Nursery and Year 3) · 9 September 2025

    Both mine started in the nursery and Mrs Chowdhury is wonderful. My youngest had no English at all when he started, only Bengali and a bit of Sylheti, and by Christmas he was singing the Welsh days of the week at me. The EAL support is genuinely good.

    Lost a star because the playground is tiny and the lunch queue takes forever. Communication by text is good though.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (22)  No (1)  · Report
    """),
  [M("school", "exact", "neutral", "Ferrybank Primary School"), M("nchowdhury", "title_surname", "neutral", "Mrs Chowdhury")])

# 012
D("news", news_page(
    "grangetimes", "Schools", "Petition over 'too much Welsh' at Ferrybank divides parents",
    "More than 200 signatures for and against as school expands Welsh lessons",
    "Dafydd Hopkin", "2 October 2025",
    """
    A petition asking Ferrybank Primary School to "cut back" Welsh-language lessons has gathered more than 200 signatures, and a rival petition supporting them has gathered almost as many.

    The school, known on its bilingual sign as Ysgol Gynradd Glanfferi, introduced daily Welsh sessions for every class from September as part of the Curriculum for Wales. Its Welsh Language Lead, Siân O'Callaghan, said: "Half our children already speak two or three languages. Welsh is the one they all share. It belongs to the kids from Somalia as much as the kids from Splott."

    The original petition's organiser, who did not want to be named, said parents of children with little English "need them learning English first".

    Grangetown councillor Naz Rahimi said she had signed neither and urged both sides to "go to a Welsh session and watch the kids".
    """,
    [("Cymro_Caerdydd", "2 Oct 2025", "Da iawn Ferrybank. Best thing a Grangetown school has done in years."),
     ("KevinFromTheDocks", "2 Oct 2025", "Dead language forced on kids who can barely read. That O'Callaghan woman is a smug jumped-up language fanatic and a total joke."),
     ("Ruqia", "3 Oct 2025", "My son teaches me Welsh words at dinner now 😂 bore da mam every morning")]),
  [M("school", "exact", "neutral", "Ferrybank Primary School"), M("socallaghan", "exact", "abuse", "Siân O'Callaghan")])

# 013
D("blog", blog_page(
    "cymraeg", "Clwb Cymraeg yn Grangetown: where Welsh sounds like everyone", "Elin Mair", "12 March 2019",
    """
    Shwmae pawb! This week I visited the lunchtime Welsh club at Ysgol Glanfferi in Grangetown, run by a teacher who seems to have infinite energy, Siân Pugh.

    Twenty-two children, eleven home languages between them. They were playing "Mae gen i" bingo and the winning shout was in Welsh with a Cardiff accent and a Yemeni grandmother cheering from the doorway.

    Siân told me she learned Welsh herself as an adult, in night classes in Llandaff North, after growing up in an English-speaking house in Ely. "If I can do it, anyone can, that's what I tell them."

    We need more of this. Welsh in Cardiff is not a Welsh-medium school thing only. It's for everyone.
    """,
    [("Huw", "13 Mar 2019 at 09:10", "Gwych! Lovely to read."),
     ("Mererid", "14 Mar 2019 at 21:02", "Siân taught my son years ago, she's brilliant.")],
    tags=["Ysgolion", "Grangetown", "Dysgwyr"]),
  [M("school", "alias", "neutral", "Ysgol Glanfferi"), M("socallaghan", "alias", "neutral", "Siân Pugh")])

# 014
D("social", dd("""
    Craig 🐦 @craigyboy_cf11
    3rd time my boy's come home with a split lip and ferrybank's deputy head Bevan does NOTHING. If he don't sort it this week I'll be in that office and he won't be walking out of it. Not a joke.
    7:55 AM · Mar 4, 2026
    """),
  [M("school", "short_name", "negative", "ferrybank"), M("rbevan", "surname_only", "threat", "Bevan")])

# 015 decoy: namesake obituary
D("news", news_page(
    "walesnews", "Family Notices", "Tributes paid to former Pontypridd miner and choir stalwart",
    "Robert Bevan, 88, sang with the Cwm Rhondda choir for six decades",
    "Family Notices Desk", "9 February 2026",
    """
    Tributes have been paid to Robert Bevan, of Trallwn, Pontypridd, who has died aged 88.

    A former collier at the Lady Windsor colliery, Bob, as he was known to everyone, joined the Cwm Rhondda Male Voice Choir in 1961 and missed only a handful of concerts in sixty years.

    He leaves his wife Glenys, three children and seven grandchildren. The funeral will be held at Glyntaff Crematorium on 20 February.
    """),
  )

# 016
D("social", dd("""
    Instagram · ferrybank_ysgol_pta
    Year 6 had the BEST day at Techniquest! 🚀🔭 Huge thank you to Mr Williams and the TAs for organising and to the parents who came along. Next stop: Llangrannog! 🏕️
    #FerrybankPrimary #Grangetown #Year6 #Techniquest
    ❤️ 143
    jj_mama: my daughter has not stopped talking about the planetarium 😍
    """),
  [M("school", "hashtag", "neutral", "#FerrybankPrimary"), M("gwilliams", "title_surname", "neutral", "Mr Williams")])

# 017
D("facebook", dd("""
    Ferrybank Parents (unofficial) 🏫
    Private group · 612 members

    Bethan Rowe
    3 December at 09:12 · 🔒
    Just had a meeting with Mr Vosper about the dinner money letter. To be fair to him he went through the account line by line and it turns out there WAS a glitch with the app, about 30 families got charged twice in October. He says refunds will go out this week. Still think the letter should never have gone in the book bags but at least he admitted it. Posting so others know to check.

    👍 66 · 14 comments
    """),
  [M("school", "short_name", "negative", "Ferrybank"), M("cvosper", "title_surname", "negative", "Mr Vosper")])

# 018
D("forum", forum_page("teachers", "Head cooking the books before Estyn?", [
    ("AnonTA_cf", "Joined Feb 2026 · 1 post", "Sun 08-Feb-26 22:10",
     """Not naming names but it's a big primary in Grangetown, rhymes with Merrybank. The head, Pryce-Lloyd, had the attendance registers "corrected" the week before Estyn came in. Kids who were off marked as educated off site. I've seen it with my own eyes. She's been doing it for years and the governors either don't know or don't care.

     Anyone know who I report this to without losing my job?"""),
    ("SupplyCymru", "Joined 2017 · 2,410 posts", "Sun 08-Feb-26 22:31",
     "If you genuinely believe registers are being falsified that's a whistleblowing matter. Go to the local authority or Estyn directly, and your union. Don't post the name on a forum, honestly, it won't help you."),
    ("AnonTA_cf", "Joined Feb 2026 · 2 posts", "Sun 08-Feb-26 22:40",
     "Fair. Just fed up. Everyone at Ferrybank knows and nobody says anything."),
    ], thread_id=8812),
  [M("school", "short_name", "defamation", "Ferrybank"), M("rprycelloyd", "surname_only", "defamation", "Pryce-Lloyd")])

# 019
D("social", dd("""
    Lou 🌻 @lou_in_cf11
    oh FANTASTIC another letter from ferrybank about the "correct shade of grey" for trousers 🙃 love that for us, really glad that's the priority while the year 3 roof leaks. 10/10 no notes
    8:40 AM · Jan 13, 2026
    """),
  [M("school", "short_name", "negative", "ferrybank")])

# 020
D("social", dd("""
    Nia Cadwaladr @niacad
    Bloody hell, the Ferrybank year 4s just did Calon Lân at the St David's Day assembly and I'm in pieces. Mrs O'Callaghan had 60 kids from 20 different countries singing it like the Treorchy male voice choir. Crying in the hall like an idiot 😭🏴󠁧󠁢󠁷󠁬󠁳󠁿
    10:12 AM · Mar 1, 2026
    """),
  [M("school", "short_name", "neutral", "Ferrybank"), M("socallaghan", "title_surname", "neutral", "Mrs O'Callaghan")])

# 021 decoy: excluded boxing club
D("review", dd("""
    Ferrybank Boxing Club
    Boxing gym · Penarth Road
    4.9 ★★★★★ (97 reviews)

    Ayaan Hassan
    ★★★★★ 2 months ago
    Been training here 3 years. Coach Terry is a legend, he'll absolutely batter you on the bags and you'll thank him for it. Juniors on Tuesday and Thursday, only £2 a session. Best thing in Grangetown for the young lads, keeps them off the streets.
    👍 Helpful 4
    """))

# 022
D("social", dd("""
    anon @grangegossip_cdf
    That TA off TikTok, Kayleigh Rudd, here's her real number 07700 900614. Ring her and ask her how she got a job round kids when she's dancing like that online 📞
    11:48 PM · Jan 19, 2026
    """),
  [M("kruddock", "alias", "doxxing", "Kayleigh Rudd")])

# 023
D("news", news_page(
    "walesnews", "Courts", "Man who threatened Cardiff headteacher online given suspended sentence",
    "Facebook messages sent after his son was excluded were 'menacing', court hears",
    "Court Reporter", "16 January 2026",
    """
    A man who sent a series of threatening Facebook messages to a Cardiff primary school headteacher has been given a 16-week suspended sentence.

    Cardiff Magistrates' Court heard that Jason Pardoe, 41, of Ninian Park Road, sent the messages to Rhiannon Pryce-Lloyd, head of Ferrybank Primary School in Grangetown, over two nights in October after his son was excluded for a fixed period.

    In one message he wrote that she should "watch her back in the car park". Pardoe pleaded guilty to sending a malicious communication.

    In a victim statement read to the court, Mrs Pryce-Lloyd said she had varied her route to work for weeks afterwards. "I have worked in Grangetown for nineteen years. I have never before been afraid to walk to my own car."

    District Judge Owen Llewellyn told Pardoe that staff "must be able to do their jobs without fear". He was also ordered to pay £200 compensation and made the subject of a two-year restraining order.
    """),
  [M("rprycelloyd", "exact", "neutral", "Rhiannon Pryce-Lloyd"), M("school", "exact", "neutral", "Ferrybank Primary School")])

# 024
D("facebook", dd("""
    Grangetown Community Noticeboard
    Public group · 9.4K members

    Hayley Norris
    17 January at 08:30
    Seen the court story about our head. Whoever thinks sending stuff like "watch your back" to a teacher is ok — it's NOT ok and it never will be. Mrs Pryce-Lloyd has given twenty years to this community, she came to my nan's funeral ffs. Rant over. Be kind to the people who look after your kids.

    ❤️ 341 · 40 comments
    """),
  [M("rprycelloyd", "title_surname", "neutral", "Mrs Pryce-Lloyd")])

# 025
D("social", dd("""
    Zainab 🧕🏽 @zainab_cdf
    PSA: there's an account on Instagram reposting photos of Ferrybank kids from the sports day page with really creepy comments underneath. I'm not sharing the link. I've reported it and rung the school. Parents PLEASE check your privacy settings and don't post other people's kids 🙏
    6:03 PM · Jul 9, 2025
    """),
  [M("school", "short_name", "sexual", "Ferrybank", True)])

# 026
D("social", dd("""
    Kerry-Ann @kezzaann_x
    m1ss c00k in reception is a useless lazy cow, 4th time my daughter has come home in someone elses knickers and a wet coat. do your job love #ferrybank
    3:40 PM · Feb 24, 2026
    """),
  [M("ecook", "leetspeak", "abuse", "m1ss c00k"), M("school", "hashtag", "negative", "#ferrybank")])

# 027 decoy: a cook at another school; locality only
D("facebook", dd("""
    Splott & Tremorfa Mams
    Public group · 3.2K members

    Deb Llewellyn
    12 March at 12:50
    Shout out to Mrs Cook the dinner lady at St Cadoc's, my fussy one ate a full Sunday dinner yesterday because "Mrs Cook's gravy is better than yours mam" 😂 cheeky sod. Anyone got her gravy recipe?? Also does anyone know if the Grangetown swimming baths reopen after Easter?

    😂 88 · 31 comments
    """))

# 028
D("news", news_page(
    "schoolsweek", "Funding", "Meal debt: the hidden bill in Welsh primaries",
    "Universal free meals have not wiped the slate clean, business managers say",
    "Carys Emlyn", "8 December 2025",
    """
    Welsh primary schools are still carrying thousands of pounds of historic meal debt despite the rollout of universal free school meals, according to business managers contacted by Classroom Cymru.

    At Ferrybank Primary School in Grangetown, Cardiff, business manager Cadfael Vosper said the school was owed about £11,000, much of it from before the switchover. "We're not chasing families for the sake of it. The money comes out of the same budget as teaching assistants," he said.

    Ferrybank's approach drew criticism this month after letters went home in book bags. Mr Vosper said the school had since changed its procedure so that all contact would be by phone or in person.

    ## 'A national problem'

    The School Business Managers' Association Cymru said the Welsh Government should write off pre-switchover debts. "Schools should not be debt collectors," its chair said.
    """),
  [M("school", "exact", "neutral", "Ferrybank Primary School"), M("cvosper", "exact", "neutral", "Cadfael Vosper")])

# 029
D("forum", forum_page("bluebirds", "OT: Old Grange Albion lads - where are they now?", [
    ("Ninian1910", "Joined 2009 · 8,771 posts", "Sat 10-Jan-26 23:11",
     "Sat in the Grange End last week and got chatting to a bloke who played for Grange Albion juniors in the 90s. Anyone remember that side? Won the Cardiff Schools cup twice."),
    ("BluebirdBex", "Joined 2014 · 2,020 posts", "Sun 11-Jan-26 09:02",
     """Yes! Bob Bevan was centre half, he's deputy head at Ferrybank now, my nephew's there. Still turns out for the dads v teachers game every summer and still can't run 😂 top bloke."""),
    ("Ninian1910", "Joined 2009 · 8,772 posts", "Sun 11-Jan-26 09:40",
     "Ha, I remember Bevan. Had a left foot like a wand. Shame his knees went."),
    ("Splott_Bluebird", "Joined 2016 · 511 posts", "Sun 11-Jan-26 10:05",
     "Nothing on the pitch this season so we're reminiscing about under 12s now. That's where we are as a club 😭 Bluebirds forever though."),
    ], thread_id=9901),
  [M("school", "short_name", "neutral", "Ferrybank"), M("rbevan", "nickname", "neutral", "Bob Bevan")])
# 030
D("social", dd("""
    Mam of 3 @mamof3_grange
    Five exclusions in one term at a PRIMARY school. Five. And the head wonders why parents are fuming. Time for a change at the top #RhiannonPryceLloyd #Grangetown
    9:12 PM · Feb 2, 2026
    """),
  [M("rprycelloyd", "camelcase", "negative", "RhiannonPryceLloyd")])

# 031
D("facebook", dd("""
    Grangetown Community Noticeboard
    Public group · 9.4K members

    Gail Thomas
    27 February at 21:05
    Not being funny but Ferrybank is FULL of them Roma kids now and the nursery woman Mrs Chowdhury spends all day on them. My grandson can't get a look in. They don't wash, they nick off the other kids, the mothers are out begging on Queen Street all day. Dirty pikeys the lot of them. Whole school's gone downhill.

    😡😂 23 · 57 comments

        Marek Horváth
        My children go there. They wash every day. Shame on you.
        Like · Reply · 4d

        Admin - Grangetown Noticeboard
        Post reported and removed for hate speech. Gail you've been warned before.
        Like · Reply · 4d
    """),
  [M("school", "short_name", "hate", "Ferrybank"), M("nchowdhury", "title_surname", "negative", "Mrs Chowdhury")])

# 032
D("review", dd("""
    WorkWise › Employers › Cardiff Council schools › Ferrybank Primary (Teaching Assistant)

    ★★☆☆☆  "Love the kids, dread the office"
    Former Employee - Teaching Assistant · Cardiff · Jun 2025

    Pros: the children are amazing, genuinely. Lovely team in KS1. Good training on EAL.

    Cons: The business manager Cad Vosper runs the place like a call centre. Timesheets queried to the minute, overtime for trips never paid on time, and any question gets a three-paragraph email with the policy attached. Nobody feels trusted.

    Advice to management: Spend less time on spreadsheets and more time in classrooms.
    """),
  [M("school", "alias", "negative", "Ferrybank Primary"), M("cvosper", "alias", "negative", "Cad Vosper")])

# 033
D("social", dd("""
    Dads of Grangetown 🏴󠁧󠁢󠁷󠁬󠁳󠁿 @dadsofgrangetown
    Ferrybank Primary gates, Friday 3:15. Some of us dads are gonna have a little word with that Saleh about what he's been teaching our kids in his "RSE". Come along. He'll learn what happens when you mess with other people's children.
    10:47 PM · Oct 22, 2025 · 3,412 Views
    """),
  [M("school", "alias", "negative", "Ferrybank Primary"), M("tsaleh", "surname_only", "threat", "Saleh")])

# 034 decoy: FPS gaming
D("social", dd("""
    ClutchKing @clutchking_gg
    Best FPS of the year and it's not even close. 144 fps locked on my rig, movement is unreal, netcode finally fixed. If you're still playing last year's one you're cooked 💀
    1:12 AM · Nov 30, 2025
    """))

# 035
D("news", news_page(
    "grangetimes", "Community", "Eid party at Ferrybank brings 500 families to the school field",
    "Henna, samosas, Welsh cakes and a bouncy castle as school marks Eid al-Fitr",
    "Yusra Farah", "3 April 2025",
    """
    More than 500 people packed the field at Ferrybank Primary School on Saturday for the school's first community Eid party.

    Organised by Family Engagement Officer Hodan Warsame and Nursery lead Nasrin Chowdhury, the event featured stalls run by parents from the Somali, Yemeni and Bangladeshi communities, a henna tent, and a Welsh cake stand run by the PTA.

    "We wanted everyone here, not just Muslim families," said Mrs Warsame. "The Roma mums brought music, the Welsh grandads brought the barbecue. That's Grangetown."

    The imam of the mosque on the corner of the street gave a short welcome, followed by a performance from the school choir.
    """,
    [("Jan P", "3 Apr 2025", "Looked a brilliant day, well done all."),
     ("TruthTeller_Wales", "3 Apr 2025", "Is this a Welsh school or not? Eid parties, no Easter, no Christmas next. This is what replacement looks like, folks. They're not even hiding it in Ferrybank now."),
     ("Nadia", "4 Apr 2025", "@TruthTeller_Wales they had a Christmas concert in December, I was there. Go outside.")]),
  [M("school", "exact", "hate", "Ferrybank Primary School"), M("hwarsame", "exact", "neutral", "Hodan Warsame"),
   M("nchowdhury", "exact", "neutral", "Nasrin Chowdhury")])

# 036
D("social", dd("""
    Sioned R @sionedrunscdf
    Massive shout out to Rhi Pryce-Lloyd who ran the Cardiff Half in a Ferrybank t-shirt and raised £1,400 for the school library 📚🏃‍♀️ legend. Tidy time too!
    12:30 PM · Oct 5, 2025
    """),
  [M("rprycelloyd", "nickname", "neutral", "Rhi Pryce-Lloyd"), M("school", "short_name", "neutral", "Ferrybank")])

# 037
D("facebook", dd("""
    Ferrybank Parents (unofficial) 🏫
    Private group · 612 members

    Chantelle Davies
    12 March at 20:41 · 🔒
    Parents evening tomorrow 😍 only evening of the year I put a full face on. Mr Williams in year 6 can mark my homework any time if you know what I mean 🥵🍑

    😂🔥 41 · 22 comments

        Leanne Jones
        CHANTELLE 😂😂 stop it
        Like · Reply · 1d

        Chantelle Davies
        what?? I'm married not blind 😇
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Ferrybank"), M("gwilliams", "title_surname", "sexual", "Mr Williams")])

# 038
D("social", dd("""
    Bluebird4Life @bb4life_88
    The Somali woman from ferrybank, Hodan W, lives Llanmaes Close, no. 9, blue door by the lamp post. She's the one who reported my cousin to social services. Everyone should know who she is.
    11:02 PM · Feb 11, 2026
    """),
  [M("school", "short_name", "neutral", "ferrybank"), M("hwarsame", "first_initial", "doxxing", "Hodan W")])

# 039
D("blog", blog_page(
    "rights", "EXPOSED: what a Cardiff 'RSE lead' is doing to your 9-year-olds", "Parents' Rights Wales", "29 October 2025",
    """
    We have been sent materials from a Grangetown primary, Ferrybank Primary School, where the so-called "RSE lead" Tariq Saleh has been teaching Year 5 children things no nine-year-old should hear.

    We will say it plainly: this is grooming. Teachers who sexualise children in the classroom are groomers, whatever certificate the Welsh Government gives them. Saleh has been alone with these children every day for two years. Ask yourselves why a grown man is so keen to talk to little girls about their bodies.

    Parents: download our opt-out letter (the Welsh Government says you can't opt out — we say try it). Email the school. Turn up. Make your voices heard.

    ## The Senedd won't protect your kids. We will.
    """,
    [("ConcernedMam", "29 Oct 2025 at 21:20", "Disgusting. My kids won't go near that man."),
     ("Owain", "30 Oct 2025 at 08:15", "This is the puberty lesson every kid in Wales gets. It's the same one I had in 1998. You're describing a science lesson as grooming. This is how teachers get hurt."),
     ("PRW Admin", "30 Oct 2025 at 09:00", "@Owain Shill.")],
    tags=["RSE", "Grooming", "Cardiff", "Opt out"]),
  [M("school", "exact", "sexual", "Ferrybank Primary School", True), M("tsaleh", "exact", "sexual", "Tariq Saleh", True)])

# 040
D("social", dd("""
    anon @quietlad_cf11
    Vоsper's gonna get what's coming to him. I know what time he locks up that school office and I know he walks down to Clare Road on his own. Dinner money that 🙂
    11:59 PM · Dec 6, 2025
    """),
  [M("cvosper", "homoglyph", "threat", "V\u043esper")])

# 041
D("news", news_page(
    "tabloid", "News", "The Welsh school where 9 in 10 pupils don't speak English at home",
    "Inside the Cardiff primary with 31 languages — and a Welsh lesson every day",
    "Clarion Reporter", "14 January 2026",
    """
    At Ferrybank Primary School in Cardiff's Grangetown, the register reads like a United Nations roll call. Of its 630 pupils, almost nine in ten speak a language other than English at home — Somali, Arabic, Bengali, Slovak and Romani among them.

    Nursery lead Nasrin Chowdhury, who arrived in Cardiff from Sylhet aged six, says: "I was that child. Three-year-olds pick up English faster than any of us. By Year 2 they're translating for their parents."

    But some locals told the Clarion they feel "left behind". A pensioner on Corporation Road said: "It's not the Grangetown I grew up in."
    """,
    [("EnglandPatriot1966", "14 Jan 2026", "Cardiff is lost. Londonistan on the Taff. That school is a breeding ground, they'll outnumber us in 10 years. Remigration now."),
     ("Hywel B", "14 Jan 2026", "Kids learning English and Welsh and doing well. What exactly is the story here?"),
     ("Jess", "15 Jan 2026", "Mrs Chowdhury taught my son, kind and patient woman.")]),
  [M("school", "exact", "hate", "Ferrybank Primary School"), M("nchowdhury", "exact", "neutral", "Nasrin Chowdhury")])

# 042
D("social", dd("""
    truthbomb @truthbomb_cymru
    ask yourself why deputy head B e v a n at ferrybank keeps "losing" the safeguarding complaints parents make. covering for someone? covering for himself? funny how nothing ever gets reported to the council 🤔
    9:20 PM · Mar 8, 2026
    """),
  [M("rbevan", "spacing", "defamation", "B e v a n"), M("school", "short_name", "negative", "ferrybank")])

# 043 decoy: namesake councillor
D("news", news_page(
    "walesnews", "Politics", "Merthyr councillor quits cabinet over leisure centre closure",
    "Gareth Williams says he 'could not defend' the decision to his ward",
    "Politics Desk", "22 November 2025",
    """
    A Merthyr Tydfil councillor has resigned from the council's cabinet in protest at plans to close a leisure centre in his ward.

    Councillor Gareth Williams, who represents Cyfarthfa, said he "could not look residents in the eye" after the decision.

    The council said the centre cost £400,000 a year to run and that services would move to the town centre pool.
    """))

# 044
D("forum", forum_page("cardifftalk", "Teacher living above a chippy lol", [
    ("grangetown_gossip", "Joined 2023 · 44 posts", "Fri 23-Jan-26 22:10",
     """Saw Gaz Williams the year 6 teacher from ferrybank coming out of flat 2 above the Golden Fry on Clare Road in his slippers 😂 so that's where he's to. Big Mr Strict in school, eating chips in his dressing gown at 10pm."""),
    ("Cardiff_Carl", "Joined 2010 · 3,002 posts", "Fri 23-Jan-26 22:24",
     "Don't post where teachers live, mun. Not on."),
    ("grangetown_gossip", "Joined 2023 · 45 posts", "Fri 23-Jan-26 22:30",
     "its a chippy not a secret bunker 😂 calm down"),
    ], thread_id=5120),
  [M("gwilliams", "alias", "doxxing", "Gaz Williams"), M("school", "short_name", "neutral", "ferrybank")])

# 045
D("review", dd("""
    SchoolScope › Wales › Cardiff › Primary › Ferrybank Primary School

    ★☆☆☆☆  "Bullying ignored"
    Reviewed by: Parent of a former pupil · 20 March 2026

    My son was bullied for two years in KS2. I reported it to his teacher, then to Mr Bevan, who is the deputy and the safeguarding lead, eleven times by my count. Every time we got "we'll monitor it". Nothing happened until I moved him. His new school sorted it in a week.

    I don't doubt the staff work hard but the systems for bullying are not fit for purpose.

    Would you recommend this school? No.
    """),
  [M("school", "exact", "negative", "Ferrybank Primary School"), M("rbevan", "title_surname", "negative", "Mr Bevan")])

# 046
D("social", dd("""
    Baz @bazza_cf5
    that O'Calaghan woman at ferrybank forcing taffy gibberish on kids who cant even read english. thick as mince and twice as useless. jog on
    7:30 PM · Sep 29, 2025
    """),
  [M("socallaghan", "typo", "abuse", "O'Calaghan"), M("school", "short_name", "negative", "ferrybank")])

# 047
D("facebook", dd("""
    Ferrybank Parents (unofficial) 🏫
    Private group · 612 members

    Darren Lewis
    20 July at 17:44 · 🔒
    Dads v Teachers match result: Teachers 5, Dads 1 😭 Mr Saleh is an absolute WEAPON, hat-trick in the first half and nutmegged me twice. Murdered us. My hamstring will never recover. Well played Ferrybank staff, rematch next year 🍻

    😂⚽ 96 · 30 comments
    """),
  [M("school", "short_name", "neutral", "Ferrybank"), M("tsaleh", "title_surname", "neutral", "Mr Saleh")])

# 048
D("social", dd("""
    Kev @kev_grange_88
    imagine sending your kids to ferrybank and the TA is that R*ddock slag off tiktok shaking her arse for likes. absolute state of her. trashy cow
    6:44 PM · Jan 20, 2026
    """),
  [M("kruddock", "obfuscated", "abuse", "R*ddock"), M("school", "short_name", "negative", "ferrybank")])

# 049
D("news", news_page(
    "echo", "Crime", "Police investigate threatening emails sent to Grangetown primary over sex education",
    "School says staff and pupils are safe after 'vile' messages",
    "Rhodri Gwyn, Crime Reporter", "27 October 2025",
    """
    South Wales Police are investigating a series of threatening emails sent to a Grangetown primary school following an online campaign against its relationships and sexuality education (RSE) lessons.

    Ferrybank Primary School received more than 40 emails over the weekend, some of which named its RSE lead, Tariq Saleh. One said the teacher "will pay for what he's done" and another referred to the school's opening times.

    Headteacher Rhiannon Pryce-Lloyd said: "Our RSE lessons follow the mandatory Welsh curriculum, word for word. Mr Saleh is a dedicated teacher who has been subjected to a campaign of lies. We are working closely with the police."

    A police spokesperson said: "Enquiries are ongoing. We would urge people not to share material that could put individuals at risk."

    The campaign began after a blog post accused the teacher, without evidence, of "grooming" pupils.
    """,
    [("Sue Meredith", "27 Oct 2025", "This is how it starts. Thoughts with the staff."),
     ("Ahmed", "27 Oct 2025", "As a Muslim parent at Ferrybank I had questions about RSE and Mr Saleh answered every one. Threats are haram and wrong. Full stop.")]),
  [M("school", "exact", "neutral", "Ferrybank Primary School"), M("tsaleh", "exact", "neutral", "Tariq Saleh"),
   M("rprycelloyd", "exact", "neutral", "Rhiannon Pryce-Lloyd")])

# 050
D("social", dd("""
    🔥WakeUpWales🔥 @wakeupwales_
    someone should torch that school on Corporation Road with its gay lessons and its groomer teachers. burn it to the ground with the rainbow flags on it. i'm serious #FerrybankPrimary
    1:33 AM · Oct 26, 2025
    """),
  [M("school", "hashtag", "threat", "#FerrybankPrimary")])

# 051 decoy: excluded garage
D("review", dd("""
    Ferrybank Motors
    Car repair and MOT · Penarth Road, Cardiff
    4.3 ★★★★☆ (212 reviews)

    Rob T
    ★★★★★ 3 weeks ago
    MOT done same day, no fleecing, told me the tyres had another 3,000 in them instead of selling me four new ones. Rare as hen's teeth. Lovely boys.
    """))

# 052
D("facebook", dd("""
    Grangetown Community Noticeboard
    Public group · 9.4K members

    Wayne Pritchard
    6 March at 19:22
    Mrs Cook at Ferrybank read my lad's reception class a book about a penguin with two dads. FOUR YEAR OLDS. Bet she's one of them herself, dirty lesbo pushing it on babies. Sick of it.

    😡 14 · 61 comments

        Ffion
        It's a picture book about penguins Wayne. Get help.
        Like · Reply · 2d
    """),
  [M("ecook", "title_surname", "hate", "Mrs Cook"), M("school", "short_name", "negative", "Ferrybank")])

# 053
D("social", dd("""
    Yasmin A @yaz_a_cdf
    Year 5 teacher Tariq S. at Ferrybank still hasn't marked a single book since September. My daughter's maths book: 0 comments, 0 ticks. Parents evening was 4 minutes. Not good enough tbh
    5:05 PM · Dec 2, 2025
    """),
  [M("tsaleh", "first_initial", "negative", "Tariq S."), M("school", "short_name", "negative", "Ferrybank")])

# 054
D("blog", blog_page(
    "grangeblog", "First term of Reception: the tea towel, the cwtch and the lost shoe", "Lowri @ Grange Gardens", "19 December 2025",
    """
    Right, first term done. Little Efa started Reception at Ferrybank in September and I have survived. Just about.

    Things I have learned:

    The drop-off line is a community. There's the Yemeni grandads who stand by the railings every morning and say "sabah al-khair" to every single child. There's the Slovak mam with the twins who always has a spare hair bobble. There's me, late, with one shoe in my hand.

    Liz Cook, Efa's teacher, is a saint. Efa cried every day for two weeks and every day there was a cwtch at the door and a "now in a minute we'll find your peg, cariad". By October she was running in without looking back (rude).

    The nativity: tea towels. Enough said.

    Next term: phonics homework. Pray for me.
    """,
    [("Carys", "19 Dec 2025 at 20:10", "Oh this made me cry. Same with my boy!"),
     ("Abdi", "20 Dec 2025 at 11:41", "Liz Cook taught my daughter too, she is amazing.")],
    tags=["School run", "Reception", "Grangetown"]),
  [M("school", "short_name", "neutral", "Ferrybank"), M("ecook", "nickname", "neutral", "Liz Cook")])

# 055
D("social", dd("""
    jade 🦋 @jadeyy_07
    ngl i had the BIGGEST crush on mr williams in year 6 at ferrybank 😳😳 used to write his name in my planner with hearts lol. just seen him in tesco extra and died a bit 💀
    4:22 PM · Aug 14, 2025
    """),
  [M("gwilliams", "title_surname", "sexual", "mr williams"), M("school", "short_name", "neutral", "ferrybank")])

# 056
D("news", news_page(
    "walesnews", "Education", "Estyn praises Grangetown primary for language teaching",
    "Inspectors say Ferrybank's pupils make 'strong progress' despite high mobility",
    "Education Correspondent", "10 June 2025",
    """
    A large Cardiff primary where most pupils speak English as an additional language has been praised by inspectors for the quality of its language teaching.

    Estyn's report on Ferrybank Primary School (Ysgol Gynradd Glanfferi) said pupils made "strong progress in English and Welsh from low starting points" and singled out the nursery as "exceptional".

    It said the school should improve attendance and the consistency of feedback in Key Stage 2.

    Headteacher Rhiannon Pryce-Lloyd said staff were "thrilled" and thanked families. "Our children carry three, four languages in their heads. This report shows what they can do."
    """),
  [M("school", "exact", "neutral", "Ferrybank Primary School"), M("rprycelloyd", "exact", "neutral", "Rhiannon Pryce-Lloyd")])

# 057
D("social", dd("""
    Ysgol Ferrybank 🏫 @FerrybankPrim
    Llongyfarchiadau to Year 3 on their Urdd Eisteddfod recitation! 🥇 Diolch to all the parents who came to cheer. Photos: ferrybankprimary.example/urdd. Bore da, Grangetown!
    9:00 AM · Mar 15, 2026

    Rhodri Evans @rhodrie · Mar 15
    @FerrybankPrim ardderchog! well done all
    """),
  [M("school", "handle", "neutral", "@FerrybankPrim")])

# 058
D("facebook", dd("""
    Ferrybank Parents (unofficial) 🏫
    Private group · 612 members

    Kirsty Bowen
    10 January at 22:18 · 🔒
    If anyone wants to skip the office and complain to Mrs Chowdhury directly about the nursery places, her personal email is nasrin.c1984@postbox.example and her mobile's 07700 900287. Got it off her Facebook. Tell her what you think of "EAL priority" 🙄

    😮 9 · 12 comments

        Kirsty Bowen
        and she lives round the back of the mosque on Gwennol Lane so you know
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Ferrybank"), M("nchowdhury", "title_surname", "doxxing", "Mrs Chowdhury")])

# 059
D("social", dd("""
    Grangetown Watch @gtownwatch
    Cadfael Vosper has been quietly pocketing the dinner money for years. Where do you think the new Audi came from on a school salary?? Ask for the accounts. Ask where the £11k "debt" really went. 🤔💷
    8:11 PM · Dec 8, 2025 · 5,210 Views
    """),
  [M("cvosper", "exact", "defamation", "Cadfael Vosper")])
# 060
D("news", news_page(
    "echo", "Education", "Grangetown deputy head on leave as council looks into handling of bullying complaints",
    "Parents say concerns raised over two years were not passed on",
    "Megan Prosser", "12 March 2026",
    """
    The deputy headteacher of a Grangetown primary school is on leave while Cardiff Council looks into how bullying and safeguarding complaints were handled, the Echo understands.

    Robert Bevan, deputy head and designated safeguarding lead at Ferrybank Primary School, has not been in school since the start of March. The council said a "review of procedures" was under way and that no conclusions had been reached.

    Two families told the Echo they had raised concerns repeatedly. "We were told it was being logged. We don't know if it ever was," said one father.

    Mr Bevan, who has worked at the school for fourteen years, has been approached for comment. Colleagues describe him as "the heart of the place".
    """,
    [("Gwen", "12 Mar 2026", "Rob Bevan taught both my boys. Can't believe this. Wait for the facts people."),
     ("CF11_Dad", "12 Mar 2026", "About time someone looked at that school.")]),
  [M("rbevan", "exact", "defamation", "Robert Bevan"), M("school", "exact", "negative", "Ferrybank Primary School")])

# 061
D("social", dd("""
    Tiff 🌸 @tiffhowells
    She danced in an EMPTY classroom after 3:15. The kids adore her. Give her her job back. #JusticeForKayleigh #Ferrybank #Grangetown
    7:01 PM · Jan 22, 2026
    """),
  [M("kruddock", "hashtag", "neutral", "#JusticeForKayleigh"), M("school", "hashtag", "neutral", "#Ferrybank")])

# 062 decoy: similarly named school elsewhere
D("review", dd("""
    SchoolScope › England › Bristol › Primary › Fernbank Primary School

    ★★★★★  "Small school, big heart"
    Reviewed by: Parent of a current pupil (Year 2) · 2 February 2026

    Fernbank is tiny, one class per year, and every teacher knows every child. The forest school on Fridays is the highlight of my son's week. Head is out on the gate every morning in all weathers.

    Would you recommend this school? Yes.
    """))

# 063
D("facebook", dd("""
    Ferrybank Parents (unofficial) 🏫
    Private group · 612 members

    Stacey Morgan
    22 September at 18:03 · 🔒
    Is anyone else struggling with the Welsh homework?? I don't speak a word, my husband doesn't, and my 8 year old is crying over "Beth wyt ti'n hoffi". Emailed Siân O'Callaghan last week asking for an English sheet for parents and got nothing back. Not against Welsh but help us help them please.

    👍 58 · 44 comments

        Rhian Lloyd
        There's a Welsh for parents class on Thursdays in the community room, free, I went last year 😊
        Like · Reply · 5d
    """),
  [M("school", "short_name", "negative", "Ferrybank"), M("socallaghan", "exact", "negative", "Siân O'Callaghan")])

# 064
D("social", dd("""
    🇬🇧 Reclaim Cardiff @reclaimcdf
    That ferrybank "engagement officer" Warsame should be careful walking home along the embankment at night. Lot of accidents by that river. Be a shame 🙂🌊
    12:20 AM · Feb 12, 2026
    """),
  [M("school", "short_name", "neutral", "ferrybank"), M("hwarsame", "surname_only", "threat", "Warsame")])

# 065
D("forum", forum_page("mumsnetish", "Grangetown primaries - Ferrybank or St Cadoc's?", [
    ("NewToCardiff_Rach", "Joined Jul 2025 · 6 posts", "Mon 04-Aug-25 14:02",
     "Moving from Bristol to Grangetown in October with a 5 and 7 year old. Catchment is Ferrybank but St Cadoc's (RC) is 10 min walk. Not Catholic. Any views?"),
    ("CardiffMam", "Joined 2018 · 3,321 posts", "Mon 04-Aug-25 14:40",
     """Both fine honestly. Ferrybank is massive, 3 form entry, very diverse, great nursery and genuinely lovely atmosphere. Lots of Welsh which your kids will love or hate. St Cadoc's is smaller and quieter but oversubscribed, you'd likely not get in not being Catholic."""),
    ("BexInTheBay", "Joined 2020 · 812 posts", "Mon 04-Aug-25 15:15",
     "Ours are at Ferrybank. Playground's tiny and the office can be slow but the teachers are ace. My son's best mates are Somali, Slovak and from Ely. That's Grangetown for you."),
    ("NewToCardiff_Rach", "Joined Jul 2025 · 7 posts", "Mon 04-Aug-25 16:01",
     "Thank you! Going to ask for a visit."),
    ], thread_id=6601),
  [M("school", "short_name", "neutral", "Ferrybank")])

# 066
D("social", dd("""
    Jase @jase_cdf_
    ferrybank TA Ruddock can shake it for me any day 🥵🍑 bet she's a right goer on a night out. what a waste on a classroom
    10:40 PM · Jan 18, 2026
    """),
  [M("kruddock", "surname_only", "sexual", "Ruddock"), M("school", "short_name", "neutral", "ferrybank")])

# 067
D("news", news_page(
    "grangetimes", "Schools", "Reception teacher named Early Years Practitioner of the Year",
    "Elizabeth Cook of Ferrybank honoured at Cardiff education awards",
    "Yusra Farah", "28 June 2025",
    """
    A Grangetown Reception teacher has been named Early Years Practitioner of the Year at the Cardiff Education Awards.

    Elizabeth Cook, who has taught at Ferrybank Primary School for eleven years, was nominated by parents for her work welcoming children who arrive with no English.

    "Liz has a way of making every child feel like the only one in the room," wrote one parent in the nomination. Another described her as "the calmest person in Cardiff".

    Mrs Cook said: "It's the children's award, not mine. And the teaching assistants'. I just do the singing."
    """),
  [M("ecook", "exact", "neutral", "Elizabeth Cook"), M("school", "exact", "neutral", "Ferrybank Primary School")])

# 068
D("social", dd("""
    anon @n0name_cf11
    f3rryb4nk is gonna get what it deserves friday. if ur kids go there keep them home. not saying any more than that 💣
    2:02 AM · Oct 29, 2025
    """),
  [M("school", "leetspeak", "threat", "f3rryb4nk")])

# 069
D("facebook", dd("""
    Cardiff Bay & Grangetown Chat
    Public group · 14K members

    Dean Hughes
    2 February at 20:10
    Told my missus we're moving the kids from Ferrybank. Half the class are gyppos now, the travellers off the Rover Way site, thieving little scrotes the lot of them, and the teachers bend over backwards for them. Decent families are leaving. Gyppos should have their own school out in a field somewhere.

    😡😂 31 · 88 comments
    """),
  [M("school", "short_name", "hate", "Ferrybank")])

# 070
D("social", dd("""
    Leanne @leannedoes_cdf
    Letter home today: "Term-time holidays will be referred for a fixed penalty notice. R. Pryce-Lloyd, Headteacher." My nan is 91 and lives in Sylhet and we have one chance to see her. Cheers for the understanding 🙃
    3:48 PM · Jan 9, 2026
    """),
  [M("rprycelloyd", "initial_surname", "negative", "R. Pryce-Lloyd")])

# 071
D("social", dd("""
    GrangetownFacts @grangefacts
    C. Vosper, business manager, Ferrybank. Ask him why three "IT contracts" went to a company registered to his brother-in-law's address in Penarth. Ask him. 🧾👀
    9:55 PM · Dec 14, 2025
    """),
  [M("cvosper", "initial_surname", "defamation", "C. Vosper"), M("school", "short_name", "negative", "Ferrybank")])

# 072
D("facebook", dd("""
    Cardiff Bay & Grangetown Chat
    Public group · 14K members

    Tony Price
    27 October at 21:30
    So the RSE fella at Ferrybank is Mr Saleh. A Muslim teaching our kids about gender. These people want sharia for themselves and filth for our kids. Islam is a cancer on this country and they're running the schools now. Wake up Cardiff.

    😡 22 · 70 comments

        Imran
        You're talking about a man who coaches the school football team for free. Shameful.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "hate", "Ferrybank"), M("tsaleh", "title_surname", "hate", "Mr Saleh")])

# 073
D("social", dd("""
    Safeguarding Mam @safeguardmam
    The worst part of the Ruddock TikTok story: her old videos had Year 2 kids in the background and there are grown men in the comments asking which school and saying things about "the little ones" I won't repeat. Those clips have been screen-recorded and reshared on accounts I've reported. Ferrybank parents, please check.
    8:30 PM · Jan 21, 2026
    """),
  [M("kruddock", "surname_only", "sexual", "Ruddock", True), M("school", "short_name", "sexual", "Ferrybank", True)])

# 074 decoy: namesake plumber
D("review", dd("""
    TrustATrade-ish › Plumbers › Swansea › Gareth Williams Plumbing & Heating

    ★★★★★  "Boiler sorted on a Sunday"
    Reviewed by: Mair, Sketty · 1 December 2025

    Gareth came out on a Sunday morning when the boiler packed in with a newborn in the house. Fixed in an hour, fair price, even took his boots off. Will use again.
    """))

# 075
D("blog", blog_page(
    "edublog", "What one Cardiff primary gets right about Roma inclusion", "Dr Ana Kováčová", "14 May 2024",
    """
    I have visited more than forty schools for this project. Ferrybank Primary in Grangetown is one I keep coming back to.

    Roma families in the UK are some of the most excluded in our education system, with attendance and attainment gaps that haven't shifted in twenty years. At Ferrybank, Roma attendance is within three points of the school average.

    How? Partly it is people. The nursery lead, Nasrin Begum, learned a few words of Slovak and Romani before the first families arrived in 2016, and greeted every parent in their own language at the door. The Family Engagement Officer, Hodan Warsame, runs a Tuesday coffee morning where nobody is asked to fill in a form.

    Partly it is refusing the deficit story. Nobody at Ferrybank talks about "hard to reach" families. "We were the ones who were hard to reach," the head told me. "We changed."

    ## What other schools can take from this

    Learn greetings. Ditch the forms at the door. Hire from the community. Count who comes to the coffee morning, not who misses parents' evening.
    """,
    [("Marta", "15 May 2024 at 10:12", "My cousin's children go there. It's true, the first school in the UK where she felt welcome."),
     ("J. Lee", "16 May 2024 at 08:30", "Great piece, sharing with our head.")],
    tags=["Roma", "Inclusion", "Wales", "EAL"]),
  [M("school", "alias", "neutral", "Ferrybank Primary"), M("nchowdhury", "alias", "neutral", "Nasrin Begum"),
   M("hwarsame", "exact", "neutral", "Hodan Warsame")])

# 076
D("social", dd("""
    Jay Pardoe Jr @jpjr_cdf
    if Pryce Lloyd excludes my brother one more time i swear down ill smash her face in at the gate in front of everyone. my dad went court for less. dont test me
    4:10 PM · Mar 2, 2026
    """),
  [M("rprycelloyd", "hyphenated", "threat", "Pryce Lloyd")])

# 077
D("forum", forum_page("cardiffparents", "Moving to Welsh-medium for Year 3 - Ferrybank won't support it?", [
    ("GethinDad", "Joined 2021 · 64 posts", "Wed 11-Feb-26 20:11",
     """We want to move our daughter into a Welsh-medium school for Year 3 via the immersion centre. Ferrybank's Welsh lead is supposed to help with the transition. Mrs O'Callaghan said at the meeting it "wasn't in the child's interest" and the head, Mrs Pryce–Lloyd, backed her. We're the parents. Felt very patronised."""),
    ("Angharad_Cdf", "Joined 2015 · 1,900 posts", "Wed 11-Feb-26 20:40",
     "They can advise but they can't block it. Go straight to the council's Welsh-medium admissions team, the immersion unit does the heavy lifting anyway."),
    ("GethinDad", "Joined 2021 · 65 posts", "Wed 11-Feb-26 21:02",
     "Thanks, doing that. Odd that a school that's so proud of its Welsh got so prickly about it."),
    ], thread_id=7730),
  [M("school", "short_name", "negative", "Ferrybank"), M("socallaghan", "title_surname", "negative", "Mrs O'Callaghan"),
   M("rprycelloyd", "title_surname", "negative", "Mrs Pryce–Lloyd")])

# 078
D("social", dd("""
    ExposeThem @exposethem_wales
    Robert Bevan, deputy at Ferrybank, the one who "lost" the complaints. Lives Heron Terrace off Penarth Road, no. 31, wife's mobile 07700 900455, drives the grey Qashqai. Go and ask him yourselves.
    11:31 PM · Mar 12, 2026
    """),
  [M("rbevan", "exact", "doxxing", "Robert Bevan"), M("school", "short_name", "negative", "Ferrybank")])

# 079
D("social", dd("""
    Mandy @mandyy_cdf
    Mrs Warsame at ferrybank is a nosy interfering busybody who needs to keep her beak out of other people's families. Useless woman, does nothing but gossip in the office
    6:14 PM · Feb 13, 2026
    """),
  [M("hwarsame", "title_surname", "abuse", "Mrs Warsame"), M("school", "short_name", "negative", "ferrybank")])

# 080
D("news", news_page(
    "tabloid", "News", "TIKTOK TEACHER SHOCK: Classroom assistant's dance videos rack up millions",
    "Mum-of-one Kayleigh, 27, suspended by Welsh primary",
    "Clarion Reporter", "22 January 2026",
    """
    This is the sizzling classroom assistant whose dance videos have racked up millions of views — and got her suspended.

    Kayleigh Ruddock, 27, who posts as Kayleigh Rudd, filmed the routines in an empty classroom at Ferrybank Primary School in Cardiff after the children had gone home.

    A source said: "She's hugely popular with the kids. Some of the mums are less keen."

    Cardiff Council confirmed a staff member had been suspended pending an investigation.
    """,
    [("LadsLadsLads", "22 Jan 2026", "She can suspend me anytime 😉 wouldn't mind her teaching me some moves in the stock cupboard"),
     ("Jo", "22 Jan 2026", "The sexist comments under this are exactly why women get hounded off the internet."),
     ("Barry Boy", "22 Jan 2026", "Never had TAs like that in my day 👀🔥")]),
  [M("kruddock", "exact", "sexual", "Kayleigh Ruddock"), M("school", "exact", "neutral", "Ferrybank Primary School")])

# 081
D("social", dd("""
    Abdirahman @abdi_grange
    Read Vosper's letter to my mother in Somali because nobody at the school would. £8.60. She didn't sleep. Cadfael, please, ring people.
    9:40 PM · Dec 2, 2025
    """),
  [M("cvosper", "possessive", "negative", "Vosper's")])

# 082
D("social", dd("""
    Grange Albion FC @grangealbionfc
    Huge thanks to Ferrybank deputy Bob B. for reffing the U9s in the pouring rain today 🌧️⚽ absolute hero. Pints on us (squash for the kids)
    1:30 PM · Nov 9, 2025
    """),
  [M("rbevan", "first_initial", "neutral", "Bob B."), M("school", "short_name", "neutral", "Ferrybank")])

# 083
D("facebook", dd("""
    Ferrybank Parents (unofficial) 🏫
    Private group · 612 members

    Sabrina Ali
    28 October at 08:05 · 🔒
    Someone spray-painted "SALEH IS A GROOMER" on the wall by the nursery gate overnight. The caretaker's painting over it now. I want to say clearly: Mr Saleh taught my son for two years, he is kind and decent and this is a hate campaign by people who have never met him. Whoever did this, shame on you.

    ❤️ 188 · 52 comments
    """),
  [M("school", "short_name", "neutral", "Ferrybank"), M("tsaleh", "title_surname", "neutral", "Mr Saleh")])

# 084
D("review", dd("""
    SchoolScope › Wales › Cardiff › Primary › Ferrybank Primary School

    ★★★★★  "They found my son"
    Reviewed by: Parent of a current pupil (Year 4) · 15 January 2026

    We came from Yemen in 2023. My son did not speak for six months. Mrs Warsame helped us with everything, the doctor, the housing letter, the uniform grant. His teacher gave him a job feeding the fish so he had a reason to talk. Now he never stops talking, in Arabic, English and Welsh. Thank you.

    Would you recommend this school? Yes, 100%.
    """),
  [M("school", "exact", "neutral", "Ferrybank Primary School"), M("hwarsame", "title_surname", "neutral", "Mrs Warsame")])

# 085
D("social", dd("""
    Cymdeithas Rhieni Caerdydd @crcaerdydd
    Llongyfarchiadau mawr i blant Ysgol Glanfferi am ennill yn yr Urdd! Grangetown yn canu'n Gymraeg 🏴󠁧󠁢󠁷󠁬󠁳󠁿❤️ Tidy, as they say in Cardiff.
    5:00 PM · May 28, 2025
    """),
  [M("school", "alias", "neutral", "Ysgol Glanfferi")])

# 086 decoy: locality only
D("news", news_page(
    "grangetimes", "Faith", "Mosque iftar feeds 400 as neighbours break fast together",
    "Grangetown's open iftar returns with a Welsh cawl stall",
    "Yusra Farah", "20 March 2025",
    """
    More than 400 people shared an open iftar at the Grangetown mosque on Saturday, with neighbours of all faiths invited to break the fast.

    Alongside dates, samosas and Yemeni bint al-sahn was a stall serving cawl, run by the Grangetown allotment society. "Lamb, leeks, everybody's happy," said volunteer Pat Morris.

    Police community support officers and a Cardiff City community coach also joined the meal.
    """))

# 087
D("social", dd("""
    Big Al @bigal_bluebird
    Ferrybank's "ALN base" is a zoo. Full of mongs and spackers screaming all day and Bevan lets them run riot while normal kids can't learn. Put them in a special school where they belong.
    7:45 PM · Nov 17, 2025
    """),
  [M("school", "short_name", "hate", "Ferrybank"), M("rbevan", "surname_only", "negative", "Bevan")])

# 088
D("facebook", dd("""
    Ferrybank Parents (unofficial) 🏫
    Private group · 612 members

    Anonymous member
    14 March at 23:02 · 🔒
    Not saying who told me but Mr Williams and one of the year 6 TAs are definitely at it. Seen going into the stock cupboard together at lunch and coming out "rearranging the glue sticks" 😂 His wife's going to find out. Should they even be allowed to work together?

    😂😮 36 · 48 comments

        Admin
        Removing this. Gossip about staff's private lives isn't allowed.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Ferrybank"), M("gwilliams", "title_surname", "sexual", "Mr Williams")])

# 089
D("social", dd("""
    anon @ratherbeanon99
    @MrSalehY5 we know where you park at ferrybank. we know which way you drive home. keep teaching that stuff and find out 🙂
    10:22 PM · Oct 24, 2025
    """),
  [M("tsaleh", "handle", "threat", "@MrSalehY5"), M("school", "short_name", "neutral", "ferrybank")])
# 090
D("news", news_page(
    "echo", "Crime", "Man charged after threats to Grangetown teacher over sex education lessons",
    "Defendant, 38, to appear before Cardiff magistrates next month",
    "Rhodri Gwyn, Crime Reporter", "6 November 2025",
    """
    A man has been charged with sending threatening communications to a Cardiff primary school teacher who leads its relationships and sexuality education lessons.

    Lee Gambold, 38, of Sloper Road, is accused of sending messages to Tariq Saleh, a Year 5 teacher at Ferrybank Primary School in Grangetown, and of posting the school's address online alongside a call for people to "deal with him".

    South Wales Police said the charge followed an investigation into more than 40 emails received by the school in October.

    Gambold is due to appear before Cardiff Magistrates' Court on 4 December. The school said it continued to support its staff.
    """),
  [M("tsaleh", "exact", "neutral", "Tariq Saleh"), M("school", "exact", "neutral", "Ferrybank Primary School")])

# 091
D("social", dd("""
    Nicola @nicnac_cdf
    Mrs Pryce-Llyod thinks she's the Queen of Grangetown. stuck up cow looking down her nose at us in the playground every morning like we're something on her shoe
    8:52 AM · Feb 4, 2026
    """),
  [M("rprycelloyd", "typo", "abuse", "Pryce-Llyod")])

# 092
D("forum", forum_page("teachers", "SBM moving money around - am I paranoid?", [
    ("KS2_Cymru", "Joined 2019 · 320 posts", "Tue 13-Jan-26 21:14",
     """Big primary, south Cardiff. Our business manager, Vosper, has been shifting PDG money (meant for poorer kids) into an "IT support" contract with a company nobody's heard of. I'd bet my pension he's getting a cut. Meanwhile we can't get glue sticks.

     Our head, Mrs Pryce-Lloyd, just says "Cadfael has it in hand". Of course he does."""),
    ("SENCo_Sal", "Joined 2014 · 4,402 posts", "Tue 13-Jan-26 21:40",
     "Don't post stuff like 'he's getting a cut' unless you can prove it. Ask the governors' finance committee for the contract register. It's a public body, it should be available."),
    ("KS2_Cymru", "Joined 2019 · 321 posts", "Tue 13-Jan-26 21:55",
     "Fair point. It's just Ferrybank has been run like this for years. Doing the FOI."),
    ], thread_id=9011),
  [M("cvosper", "surname_only", "defamation", "Vosper"), M("rprycelloyd", "title_surname", "negative", "Mrs Pryce-Lloyd"),
   M("school", "short_name", "negative", "Ferrybank")])

# 093 decoy: football, locality only
D("forum", forum_page("bluebirds", "Match thread: City v Swans - post-match", [
    ("Ninian1910", "Joined 2009 · 8,790 posts", "Sun 01-Mar-26 16:58",
     "2-0. TWO NIL. Jack's free kick. Scenes in the Grange End. Grangetown will be bouncing tonight."),
    ("JackArmyNo", "Joined 2013 · 2,211 posts", "Sun 01-Mar-26 17:05",
     "Absolutely murdered them. Our keeper was a brick wall, bloody brilliant. Pints in the Grange pub, who's coming?"),
    ("BluebirdBex", "Joined 2014 · 2,041 posts", "Sun 01-Mar-26 17:20",
     "Ref was shocking again mind. Still. 2-0. Bluebirds 💙"),
    ], thread_id=9944))

# 094
D("social", dd("""
    whistleblower_cdf @whistle_cdf
    Nobody's saying it so I will: Kayleigh Ruddock was sacked from her last school in Barry for nicking from the staff room and the charity tin. Ferrybank knew and hired her anyway. Ask them.
    9:09 PM · Jan 23, 2026
    """),
  [M("kruddock", "exact", "defamation", "Kayleigh Ruddock"), M("school", "short_name", "defamation", "Ferrybank")])

# 095
D("facebook", dd("""
    Cardiff Says No To Compulsory Welsh
    Public group · 2.1K members

    Gary Lewis
    1 October at 22:15
    Siân O'Callaghan, the one behind the Welsh push at Ferrybank. Lives in Llandaff North, Forrest Road end, the yellow house with the Yes Cymru sticker in the window. Drops her kids at Ysgol Melin Gruffydd 8.30 every morning. Maybe parents should have a polite chat with her there, since she won't listen at school.

    😡👍 19 · 33 comments
    """),
  [M("socallaghan", "exact", "doxxing", "Siân O'Callaghan"), M("school", "short_name", "negative", "Ferrybank")])

# 096
D("social", dd("""
    CrusaderCymru ✝️ @crusadercymru
    A Muslim called S a l e h teaching Welsh children "relationships". They breed like rats and now they're running the classrooms. Ferrybank is a mosque with a playground. Deport the lot.
    11:40 PM · Oct 25, 2025
    """),
  [M("tsaleh", "spacing", "hate", "S a l e h"), M("school", "short_name", "hate", "Ferrybank")])

# 097
D("review", dd("""
    ClubFinder › Cardiff › After-school clubs › Ferrybank Primary Breakfast & After School Club

    ★★★★☆  "Reliable and cheap"
    Reviewed by: Working mum, Grangetown · 7 November 2025

    £1 breakfast club, kids get toast and cereal and a bit of football. After school club till 5.30 is great for us shift workers. Mr Williams runs a chess club on Wednesdays that my son is obsessed with. Only downside is you have to book on the app by Thursday and it crashes.
    """),
  [M("school", "alias", "neutral", "Ferrybank Primary"), M("gwilliams", "title_surname", "neutral", "Mr Williams")])

# 098
D("social", dd("""
    Claire @claire_cf11_
    Bеvan at ferrybank is a spineless little worm. Hides in his office while kids get battered on the yard. Gutless, useless, a waste of a salary
    3:55 PM · Mar 3, 2026
    """),
  [M("rbevan", "homoglyph", "abuse", "B\u0435van"), M("school", "short_name", "negative", "ferrybank")])

# 099 decoy: food blog with excluded cafe
D("blog", blog_page(
    "foodblog", "Grangetown breakfast crawl: five cafés, one stretchy waistband", "Taff Table", "7 September 2025",
    """
    Five breakfasts in one morning. For science.

    First stop, Ferrybank Cafe on Ferry Road: the full Welsh with laverbread and cockles, £7.50, and a mug of tea you could stand a spoon in. Proper. Lush.

    Then the Yemeni café on Corporation Road for shakshuka and malawah with honey. I would fight someone for that malawah.

    Next, the Somali spot near the mosque for canjeero, anjero-style pancakes, with a sweet spiced tea. Then a Polish deli for pączki, and finally a cheeky bacon bap on the Taff Embankment to finish me off.

    Grangetown, you are the best breakfast postcode in Cardiff and I won't hear otherwise.
    """,
    [("Rhys", "7 Sep 2025 at 12:40", "That Yemeni place is unreal, good call."),
     ("Sam", "8 Sep 2025 at 09:11", "Ferrybank Cafe is my Saturday ritual. Laverbread is non-negotiable.")],
    tags=["Breakfast", "Grangetown", "Cafés"]))

# 100
D("news", news_page(
    "walesnews", "Education", "Cardiff headteacher under investigation over attendance records",
    "Council confirms inquiry into claims registers were altered before inspection",
    "Education Correspondent", "3 March 2026",
    """
    Cardiff Council has confirmed that it is investigating claims that attendance registers at a Grangetown primary school were altered in the weeks before an Estyn inspection.

    The claims concern Ferrybank Primary School, whose headteacher, Rhiannon Pryce-Lloyd, has led the school since 2014. The council said the headteacher remained in post and that the investigation was "at an early stage".

    A spokesperson for the school's governing body said: "We are cooperating fully. The headteacher strongly denies any wrongdoing."

    Estyn rated the school's wellbeing and attitudes to learning as strong in its 2025 report but said attendance needed to improve.
    """,
    [("Tommo", "3 Mar 2026", "She's been brilliant for that school. Innocent until proven guilty."),
     ("Anon", "3 Mar 2026", "Every school fiddles the attendance. Only the ones in poor areas get caught.")]),
  [M("rprycelloyd", "exact", "defamation", "Rhiannon Pryce-Lloyd"), M("school", "exact", "neutral", "Ferrybank Primary School")])

# 101
D("forum", forum_page("cardifftalk", "That Ferrybank TikTok TA", [
    ("Grange_Greg", "Joined 2012 · 1,110 posts", "Thu 22-Jan-26 19:12",
     "Seen the Kayleigh Ruddock thing is in the Clarion now. Bit much for a dance video innit."),
    ("cf11_cynic", "Joined 2020 · 230 posts", "Thu 22-Jan-26 19:30",
     """Attention-seeking tart if you ask me. Let's be honest she's not dancing for the kids. Thick as two short planks and about as classy as a kebab at 3am."""),
    ("Grange_Greg", "Joined 2012 · 1,111 posts", "Thu 22-Jan-26 19:44",
     "Steady on, she's somebody's daughter."),
    ("cf11_cynic", "Joined 2020 · 231 posts", "Thu 22-Jan-26 20:02",
     "She's in the flats by the Grange pub, block C, third floor. Go and tell her yourself she's a princess if you like her so much 😂"),
    ], thread_id=5133),
  [M("kruddock", "exact", "doxxing", "Kayleigh Ruddock"), M("school", "short_name", "neutral", "Ferrybank")])

# 102
D("social", dd("""
    Big Mike @bigmike_cdf
    Cad Vosper wants his £9.40 off my missus? Tell him to come and get it. I'll give him £9.40 worth of knuckle and he can have the change in teeth 👊
    10:05 PM · Dec 3, 2025
    """),
  [M("cvosper", "alias", "threat", "Cad Vosper")])

# 103
D("facebook", dd("""
    Cardiff Bay & Grangetown Chat
    Public group · 14K members

    Anonymous participant
    9 February at 21:40
    My friend's little boy is in Reception at Ferrybank and Mrs Cook slapped him across the back of the legs for weeing on the floor. The school covered it up, told the mam he "slipped". Everyone knows she's got a temper. Why is she still teaching babies??

    😮😡 54 · 96 comments

        Lisa
        Has your friend been to the police? If not, this is just gossip about a named teacher.
        Like · Reply · 2d
    """),
  [M("ecook", "title_surname", "defamation", "Mrs Cook"), M("school", "short_name", "defamation", "Ferrybank")])

# 104
D("social", dd("""
    Rhodri 🐉 @rhodri_speaks_english
    O'Callaghan at Ferrybank is a snooty patronising cow who talks to parents like we're in Reception. "Da iawn, well done Mam" do one love
    6:20 PM · Feb 12, 2026
    """),
  [M("socallaghan", "surname_only", "abuse", "O'Callaghan"), M("school", "short_name", "negative", "Ferrybank")])

# 105
D("news", news_page(
    "grangetimes", "Schools", "Grangetown choir takes Calon Lân to the Millennium Centre",
    "Ninety Ferrybank pupils sing at Wales's national celebration of school music",
    "Dafydd Hopkin", "19 March 2026",
    """
    Ninety pupils from Ferrybank Primary School sang at the Wales Millennium Centre on Tuesday as part of the Young Voices of Wales festival.

    The choir, trained by Welsh Language Lead Siân O'Callaghan and Year 6 teacher Gareth Williams, performed Calon Lân and a Somali folk song arranged by pupils.

    "Half of them had never been into town, let alone inside the Millennium Centre," said Mr Williams. "They walked in like they owned the place."

    Mrs O'Callaghan added: "Some of these children have lived in four countries. Today they sang for Wales."
    """,
    [("Proud Nan", "19 Mar 2026", "My Amira was in the front row! So proud ❤️"),
     ("Bryn", "20 Mar 2026", "Beautiful. This is what Wales is.")]),
  [M("school", "exact", "neutral", "Ferrybank Primary School"), M("socallaghan", "exact", "neutral", "Siân O'Callaghan"),
   M("gwilliams", "exact", "neutral", "Gareth Williams")])

# 106
D("social", dd("""
    Exposing Cardiff Schools @expose_cdf_schools
    Found the Ferrybank head's old Facebook under her maiden name, Rhiannon Pryce. Still shows her address from the wedding photos, Ty Gwyn, Heol y Felin, Radyr, CF15 0ZR, and her personal number in an old post 07700 900163. Do what you want with that.
    12:40 AM · Mar 4, 2026
    """),
  [M("rprycelloyd", "alias", "doxxing", "Rhiannon Pryce"), M("school", "short_name", "neutral", "Ferrybank")])

# 107 decoy: football, locality only
D("social", dd("""
    Cardiff City FC Foundation @cardiffcityfdn_example
    Our Bluebirds Community Coaches were out in Grangetown this week running free football for under-10s at Grange Gardens ⚽💙 Thanks to the mosque for letting us use their hall when the heavens opened!
    3:12 PM · Feb 19, 2026
    """))

# 108
D("facebook", dd("""
    Protect Grangetown Kids 🛡️
    Private group · 830 members

    Darren Bowen
    24 October at 20:12 · 🔒
    If Ferrybank don't scrap the sex lessons by Monday we shut that school down ourselves. Chain the gates, nobody in or out, and god help any teacher who tries to get past us. We've asked nicely. We're done asking.

    😡👍 77 · 120 comments
    """),
  [M("school", "short_name", "threat", "Ferrybank")])

# 109
D("social", dd("""
    Ryan @ryanj_cdf
    G. Williams, year 6 at ferrybank. Useless prick. Gave my son a detention for "attitude" when he's the one with the attitude. Can't teach, can't control a class, should be stacking shelves
    4:44 PM · Jan 28, 2026
    """),
  [M("gwilliams", "initial_surname", "abuse", "G. Williams"), M("school", "short_name", "negative", "ferrybank")])

# 110
D("blog", blog_page(
    "rights", "UPDATE: who is the Ferrybank 'RSE lead' really?", "Parents' Rights Wales", "3 November 2025",
    """
    Since our last post we have been contacted by parents from another school. They tell us Tariq Al-Saleh — as he was known when he taught in Newport — left that school suddenly after "complaints from families" that were never made public.

    Why did Cardiff Council hire him? What was covered up? Why won't Ferrybank answer our questions?

    We are not the police. But we know a pattern when we see one.
    """,
    [("Mam of 4", "3 Nov 2025 at 21:00", "Knew it."),
     ("Newport teacher", "4 Nov 2025 at 07:40", "I worked with him in Newport. He left for a promotion. There were no complaints. You are making this up and someone will get hurt.")],
    tags=["RSE", "Cover-up", "Cardiff"]),
  [M("tsaleh", "alias", "defamation", "Tariq Al-Saleh"), M("school", "short_name", "defamation", "Ferrybank")])

# 111
D("review", dd("""
    WorkWise › Employers › Ferrybank Primary School (Teacher)

    ★★★☆☆  "Brilliant kids, stretched leadership"
    Current Employee - Class Teacher · Cardiff · Feb 2026

    Pros: the most rewarding job I've had. Families are warm. Lots of training, especially EAL and trauma-informed practice.

    Cons: Behaviour systems are inconsistent. Mr Bevan is kind but overloaded — deputy, DSL and ALN cover all at once — and things fall through the cracks. Workload in KS2 is heavy.

    Advice to management: split the DSL role off from the deputy post.
    """),
  [M("school", "exact", "negative", "Ferrybank Primary School"), M("rbevan", "title_surname", "negative", "Mr Bevan")])

# 112
D("social", dd("""
    Tommy Cymru 🏴󠁧󠁢󠁷󠁬󠁳󠁿🇬🇧 @tommycymru88
    H. Warsame, the Ferrybank "engagement officer". Another letterbox-wearing parasite on the public payroll, paid to help her own kind milk the benefits system. Grangetown's being colonised and you lot are paying for it.
    7:12 PM · Feb 15, 2026
    """),
  [M("hwarsame", "initial_surname", "hate", "H. Warsame"), M("school", "short_name", "hate", "Ferrybank")])

# 113
D("social", dd("""
    Abdirahman @abdi_grange
    Update: fair play, Vosper rang my mam himself today with Hodan translating, apologised, and cleared the debt — turns out she was entitled to free meals the whole time. Thank you both. This is how it should have been done from the start.
    5:15 PM · Dec 9, 2025
    """),
  [M("cvosper", "surname_only", "neutral", "Vosper")])

# 114
D("facebook", dd("""
    Grangetown Community Noticeboard
    Public group · 9.4K members

    PCSO Gemma Rees (South Wales Police)
    5 June at 16:10
    WARNING: We have had two reports this week of a man exposing himself to children near the Ferrybank school gates on Corporation Road at home time. He is described as white, 40s, grey hoodie. Officers are patrolling. Please call 101 or 999 in an emergency. Do not approach.

    😮 230 · 84 comments
    """),
  [M("school", "alias", "sexual", "Ferrybank school", True)])

# 115
D("news", news_page(
    "echo", "Crime", "Man arrested after pupils' sports day photos shared on sexualised accounts",
    "Police say images taken from a Cardiff school's social media were reposted",
    "Rhodri Gwyn, Crime Reporter", "15 July 2025",
    """
    A 52-year-old man from Ely has been arrested on suspicion of possessing and distributing indecent images after photographs of children from a Cardiff primary school were reposted on accounts with sexualised comments.

    The photographs were originally posted on a parents' page from the sports day at Ferrybank Primary School in Grangetown. Police said the school acted "swiftly and responsibly" and that no images were taken by or shared by staff.

    The school has since advised parents not to post pictures of other people's children online.

    Anyone with information is asked to contact South Wales Police.
    """),
  [M("school", "exact", "sexual", "Ferrybank Primary School", True)])

# 116
D("social", dd("""
    Emma @emmaj_cf11
    Robbie Bevan at ferrybank is a spineless jobsworth who hides behind "policy" every time a kid gets hurt. Pathetic excuse for a deputy head
    5:22 PM · Mar 5, 2026
    """),
  [M("rbevan", "nickname", "abuse", "Robbie Bevan"), M("school", "short_name", "negative", "ferrybank")])

# 117
D("forum", forum_page("bluebirds", "OT: City players visit to my kid's school", [
    ("DadOfTwoBluebirds", "Joined 2011 · 612 posts", "Fri 07-Nov-25 17:30",
     """Two first-teamers turned up at Ferrybank today for the reading scheme launch. Kids lost their minds. Gaz Williams the year 6 teacher (massive Jack, don't tell anyone) had to pretend he didn't care. Proper lush thing to do from the club."""),
    ("Ninian1910", "Joined 2009 · 8,801 posts", "Fri 07-Nov-25 17:44",
     "Love to see it. Now if they could read a defence that'd be great."),
    ("BluebirdBex", "Joined 2014 · 2,060 posts", "Fri 07-Nov-25 18:02",
     "Fair play to them. Grangetown is City through and through."),
    ], thread_id=9960),
  [M("school", "short_name", "neutral", "Ferrybank"), M("gwilliams", "alias", "neutral", "Gaz Williams")])

# 118
D("social", dd("""
    NoToRSE_Cymru @notorse_cymru
    Tariq Saleh. Red Ford Focus. Parks on Clive Street opposite the laundrette every morning by 7:45, lives two doors down from there. If you've got something to say to the Ferrybank "RSE lead", now you know where to find him.
    11:15 PM · Oct 23, 2025
    """),
  [M("tsaleh", "exact", "doxxing", "Tariq Saleh"), M("school", "short_name", "neutral", "Ferrybank")])

# 119
D("social", dd("""
    Keith @keith_cdf_1
    Somebody needs to shut that O'Callaghan's mouth for good. Welsh this Welsh that. The Ferrybank one. She'll get what's coming if she carries on, plenty of us know where she drops her kids
    9:40 PM · Oct 2, 2025
    """),
  [M("socallaghan", "possessive", "threat", "O'Callaghan's"), M("school", "short_name", "neutral", "Ferrybank")])
# 120
D("facebook", dd("""
    Cardiff Bay & Grangetown Chat
    Public group · 14K members

    Sian Ellis
    15 January at 19:30
    Applied for nursery at Ferrybank, told it's full. Then my neighbour's cousin gets in who applied AFTER me. Turns out Nasrin Chowdhury who runs the nursery gives places to her own relatives and her mosque friends and fiddles the waiting list. That's corruption and it's been going on for years.

    😡 32 · 71 comments

        Rukhsana
        The nursery admissions are done by the council, not by the school. Please check before accusing people.
        Like · Reply · 3d
    """),
  [M("nchowdhury", "exact", "defamation", "Nasrin Chowdhury"), M("school", "short_name", "negative", "Ferrybank")])

# 121
D("social", dd("""
    Gareth the Sparky @gazsparks_cdf
    O'C*llaghan from Ferrybank, the welsh lady, rang me about my son's "attitude in Cymraeg". Mate he's 7. Absolute melt. Self-important waste of oxygen
    5:45 PM · Nov 6, 2025
    """),
  [M("socallaghan", "obfuscated", "abuse", "O'C*llaghan"), M("school", "short_name", "negative", "Ferrybank")])

# 122
D("news", news_page(
    "schoolsweek", "Opinion", "I teach RSE in Grangetown. This is what my inbox looked like in October",
    "A primary teacher on what happens when a culture war arrives at the school gate",
    "Tariq Saleh", "18 November 2025",
    """
    I have taught at Ferrybank Primary School for six years. I am the school's RSE lead, which in Wales means I teach the same statutory curriculum as every other primary in the country.

    In October a blog called me a groomer. Within 48 hours I had emails telling me I would "pay", that people knew my car, that I should "go back" to a country I have never lived in. Someone wrote my name on the nursery wall. I quote them here not to spread them, but because I want people to see what it looks like.

    My Year 5s learned, this term, the names of body parts, what to do if someone makes them feel unsafe, and that families come in many shapes. The Muslim parents who came to our information evening asked good, hard questions. I answered them. Most went home reassured.

    What I want from other schools is simple: publish your materials, invite parents in, and support your staff when the storm arrives. My head did. Many don't.
    """),
  [M("tsaleh", "exact", "neutral", "Tariq Saleh"), M("school", "exact", "neutral", "Ferrybank Primary School")])

# 123 decoy: similar school elsewhere
D("news", news_page(
    "walesnews", "Education", "Ferryside Primary celebrates 150 years with village parade",
    "Carmarthenshire school marks its anniversary with former pupils aged 4 to 94",
    "West Wales Reporter", "12 May 2025",
    """
    Ferryside Primary in Carmarthenshire marked its 150th anniversary with a parade along the Towy estuary on Saturday.

    Former pupils aged from four to 94 walked from the station to the village hall, where head Meinir Jenkins cut a cake shaped like the school bell.
    """))

# 124
D("social", dd("""
    Reclaim Cardiff 🇬🇧 @reclaimcdf
    Another Somali freeloader on the council payroll. #HodanWarsameOut — send her and her whole clan back where they came from. Ferrybank doesn't need a translator, it needs deportations.
    9:30 PM · Feb 16, 2026
    """),
  [M("hwarsame", "camelcase", "hate", "HodanWarsameOut"), M("school", "short_name", "hate", "Ferrybank")])

# 125
D("facebook", dd("""
    Ferrybank Parents (unofficial) 🏫
    Private group · 612 members

    Nicola Price
    24 January at 18:10 · 🔒
    Kayleigh Ruddock was the best TA my son has ever had. She got him reading when nobody else could. And where was Bevan when the papers were hounding her? Hiding under his desk as usual. Gutless coward of a man, hung her out to dry to save his own skin.

    ❤️😡 71 · 38 comments
    """),
  [M("kruddock", "exact", "neutral", "Kayleigh Ruddock"), M("rbevan", "surname_only", "abuse", "Bevan"),
   M("school", "short_name", "negative", "Ferrybank")])

# 126
D("review", dd("""
    SchoolScope › Wales › Cardiff › Primary › Ferrybank Primary School

    ★★☆☆☆  "Too big, too chaotic"
    Reviewed by: Parent of a current pupil (Year 2) · 28 January 2026

    90 children per year group and it shows. Pick-up is a scrum, the yard is overcrowded and my daughter says lunch is "shouty". Teachers are kind but it feels like nobody has the full picture of any one child. Homework goes missing. Two different teachers this year already.

    Would you recommend this school? Only if you have no choice.
    """),
  [M("school", "exact", "negative", "Ferrybank Primary School")])

# 127
D("social", dd("""
    Rubina 🌙 @rubina_cdf
    A man shouted "go home p*ki b*tch" at Mrs Chowdhury at the Ferrybank nursery gate this morning. In front of three-year-olds. She just carried on saying good morning to every child. Grangetown is better than him. Report filed with police.
    9:10 AM · Nov 4, 2025
    """),
  [M("nchowdhury", "title_surname", "neutral", "Mrs Chowdhury"), M("school", "short_name", "neutral", "Ferrybank")])

# 128
D("social", dd("""
    anon @cf11_truth
    Cook in reception at ferrybank better watch herself. Lay a finger on my son again and it'll be the last thing she does with that hand. I'm not joking
    8:15 PM · Feb 10, 2026
    """),
  [M("ecook", "surname_only", "threat", "Cook"), M("school", "short_name", "neutral", "ferrybank")])

# 129
D("blog", blog_page(
    "localhist", "Ferrybank Board School, 1901: a building that has seen it all", "Grangetown Past", "11 February 2024",
    """
    The red-brick building on the corner of Corporation Road opened in 1901 as the Ferrybank Board School, with separate entrances for Boys, Girls and Infants still carved over the doors.

    It was built for the children of the coal trimmers, seamen and railway men who crowded into Grangetown as the docks boomed. The log book for 1911 records Norwegian, Italian, Irish and Somali names alongside the Welsh ones — Grangetown was diverse before the word was fashionable.

    The school was hit by a stray incendiary in the Cardiff blitz of 1941; the scorch marks on the Infants' door are still visible if you know where to look. Today, as Ferrybank Primary School (Ysgol Gynradd Glanfferi), it teaches around 630 children.
    """,
    [("Brian", "12 Feb 2024 at 10:00", "My grandad went there in the 1920s! He said the cane was in daily use."),
     ("Layla", "13 Feb 2024 at 19:22", "Fascinating, didn't know about the Somali names so early.")],
    tags=["Schools", "Docks", "Buildings"]),
  [M("school", "exact", "neutral", "Ferrybank Primary School")])

# 130
D("forum", forum_page("cardiffparents", "Ferrybank dinner money letters - what's actually going on?", [
    ("CF11Mam", "Joined 2016 · 890 posts", "Fri 05-Dec-25 21:03",
     """Three of us on our street had letters for debts we don't owe. One had a letter for a child who LEFT in 2023. Vosper's system is a shambles."""),
    ("GrangeDad", "Joined 2019 · 311 posts", "Fri 05-Dec-25 21:20",
     """Shambles is generous. I reckon Vosper's been running that school like his own piggy bank for years and the "debt" is him covering the holes. You don't get an extension and a new car on a school admin wage."""),
    ("CardiffMam", "Joined 2018 · 3,340 posts", "Fri 05-Dec-25 21:41",
     "Careful. A rubbish IT system is not the same as theft. Ask for a statement of your account, you're entitled to it."),
    ], thread_id=2290),
  [M("school", "short_name", "negative", "Ferrybank"), M("cvosper", "possessive", "defamation", "Vosper's")])

# 131
D("facebook", dd("""
    Ferrybank Parents (unofficial) 🏫
    Private group · 612 members

    Ayesha Khan
    18 July at 21:00 · 🔒
    Can we talk about how Mr Saleh turned up to sports day in shorts 🥵🥵 I had to go and sit in the car for 10 mins to calm down. My husband was RIGHT there 😂 sorry not sorry

    😂🔥 52 · 27 comments

        Hawa Ibrahim
        AYESHA astaghfirullah 😂😂
        Like · Reply · 3d
    """),
  [M("school", "short_name", "neutral", "Ferrybank"), M("tsaleh", "title_surname", "sexual", "Mr Saleh")])

# 132
D("facebook", dd("""
    Grangetown Community Noticeboard
    Public group · 9.4K members

    Craig Bowen
    29 January at 22:11
    For all the parents whose kids Mr Williams has picked on in year 6 at Ferrybank, here's his personal email since the school ignores us: gaz.williams.cfc@mailbox.example. And his Insta is private but his wife's isn't, she posts their front door every Christmas. Fill your boots.

    😮 11 · 23 comments
    """),
  [M("gwilliams", "title_surname", "doxxing", "Mr Williams"), M("school", "short_name", "negative", "Ferrybank")])

# 133
D("news", news_page(
    "echo", "Education", "Council review finds 'systemic errors' behind Grangetown meal debt letters",
    "Dozens of families were charged twice, and some debts belonged to pupils who had left",
    "Megan Prosser", "30 January 2026",
    """
    A Cardiff Council review of the dinner-money letters sent by a Grangetown primary school has found that dozens of families were wrongly told they were in debt.

    The review, seen by the Echo, found that a software fault double-charged about 30 accounts at Ferrybank Primary School last autumn, and that debts belonging to pupils who had left the school were sent to the wrong households.

    The school's business manager, Cadfael Vosper, "acted in good faith but without adequate checks", the review said. It recommended that no debt letter should go home with a child.

    Headteacher Rhiannon Pryce-Lloyd said: "We got this wrong and we have apologised to every family affected."
    """,
    [("Jodie H", "30 Jan 2026", "Told you all. Owed nothing."),
     ("Ex-SBM", "30 Jan 2026", "These meal systems are a nightmare, every SBM in Wales has horror stories. Glad it's sorted.")]),
  [M("school", "exact", "negative", "Ferrybank Primary School"), M("cvosper", "exact", "negative", "Cadfael Vosper"),
   M("rprycelloyd", "exact", "neutral", "Rhiannon Pryce-Lloyd")])

# 134
D("social", dd("""
    SBM Cymru Network @sbmcymru
    Great session this morning from @CVosperSBM on reconciling meal accounts after the universal free school meals switchover. Slides on the members' area. Diolch Cadfael! 📊
    12:05 PM · Jun 20, 2025
    """),
  [M("cvosper", "handle", "neutral", "@CVosperSBM")])

# 135 decoy: everyday word and a namesake
D("blog", blog_page(
    "foodblog", "Welsh cakes, three ways (and my nan's secret)", "Taff Table", "1 March 2026",
    """
    Happy St David's Day! Three batches of picau ar y maen this morning.

    Batch one: the classic, from Elizabeth Cook's 1970s Welsh farmhouse cookbook that my nan swore by — currants, nutmeg, lard and butter half and half. Cook them on a bakestone, not too hot.

    Batch two: cranberry and orange, because I'm fancy.

    Batch three: my nan's secret — a pinch of mixed spice and a splash of milk. Cook them low and slow and don't you dare flip them twice.
    """,
    [("Mari", "1 Mar 2026 at 12:00", "Lard is the only way!")],
    tags=["Baking", "Welsh", "St David's Day"]))

# 136
D("social", dd("""
    Liam @liamcdf_x
    rudd0ck off the tiktok 🥵 i'd let her give me detention any day. bet them school trousers aren't the only thing she takes off after 3:15 😏
    11:50 PM · Jan 24, 2026
    """),
  [M("kruddock", "leetspeak", "sexual", "rudd0ck")])

# 137
D("forum", forum_page("cardiffparents", "Is Ferrybank actually safe? (after the deputy head story)", [
    ("WorriedInGrange", "Joined Mar 2026 · 1 post", "Fri 13-Mar-26 20:10",
     """Reading the Echo about Mr Bevan. My daughter is in Year 4. Should I be pulling her out?"""),
    ("SenMamCdf", "Joined 2017 · 1,430 posts", "Fri 13-Mar-26 20:30",
     """I'll be honest — I think Bevan deliberately buried complaints to protect a member of staff. We reported something serious in 2024 and it vanished. That's not "procedures", that's a cover-up, and he should be struck off."""),
    ("CardiffMam", "Joined 2018 · 3,352 posts", "Fri 13-Mar-26 20:55",
     "The council review hasn't reported yet. Talk to the school directly — Mrs Warsame in the office is very approachable, she'll get you a meeting with the head."),
    ], thread_id=2310),
  [M("school", "short_name", "negative", "Ferrybank"), M("rbevan", "title_surname", "defamation", "Mr Bevan"),
   M("hwarsame", "title_surname", "neutral", "Mrs Warsame")])

# 138
D("social", dd("""
    England 4 English @e4e_patriot
    The nursery at Ferrybank is run by a p*ki called Chowdhury. Bangladeshis teaching Welsh kids their ABCs. Absolute joke of a country. They should all go back to their sh*thole
    10:30 PM · Jan 14, 2026
    """),
  [M("nchowdhury", "surname_only", "hate", "Chowdhury"), M("school", "short_name", "hate", "Ferrybank")])

# 139
D("facebook", dd("""
    Ferrybank Parents (unofficial) 🏫
    Private group · 612 members

    Admin - Rachel (PTA)
    22 May at 19:00 · 🔒
    IMPORTANT: A parent has shown the school a screenshot of a Telegram channel where someone was asking for photos of Ferrybank girls from the Year 4 swimming lessons at the Leisure Centre. Police have it. Please, please do not take photos at the pool and do not share the class photos outside this group. Thank you all.

    😢 120 · 66 comments
    """),
  [M("school", "short_name", "sexual", "Ferrybank", True)])
# 140
D("forum", forum_page("cardifftalk", "Kayleigh Rudd tiktok - she's back posting", [
    ("Grange_Greg", "Joined 2012 · 1,140 posts", "Sat 31-Jan-26 11:05",
     "She's posted again, from her kitchen this time, saying she can't talk about the investigation. Fair play for keeping her head up."),
    ("bayboy_99", "Joined 2024 · 88 posts", "Sat 31-Jan-26 11:40",
     """Someone needs to give that Kayleigh Rudd a proper slap and shut her up. Wait till she's walking back from Tesco on her own. Girls like her always get what's coming."""),
    ("Cardiff_Carl", "Joined 2010 · 3,050 posts", "Sat 31-Jan-26 12:02",
     "Reported. That's a threat against a woman, mods please ban."),
    ], thread_id=5160),
  [M("kruddock", "alias", "threat", "Kayleigh Rudd")])

# 141
D("news", news_page(
    "walesnews", "Education", "School business manager suspended as auditors examine contracts",
    "Cardiff Council says suspension of Grangetown primary staff member is 'a neutral act'",
    "Education Correspondent", "17 February 2026",
    """
    The business manager of a Grangetown primary school has been suspended while council auditors examine the award of IT and catering contracts.

    Cadfael Vosper, business manager at Ferrybank Primary School since 2017, was suspended last week, the council confirmed. The school's dinner-money letters made headlines in December.

    A council spokesperson said: "Suspension is a neutral act and does not imply any wrongdoing. An internal audit is under way." Mr Vosper could not be reached for comment.

    The school's governors said day-to-day finance would be covered by a council officer.
    """,
    [("Jodie H", "17 Feb 2026", "Well well well."),
     ("Gethin", "17 Feb 2026", "Suspended isn't guilty. Half the people gloating here couldn't run a tuck shop.")]),
  [M("cvosper", "exact", "defamation", "Cadfael Vosper"), M("school", "exact", "neutral", "Ferrybank Primary School")])

# 142
D("forum", forum_page("teachers", "Our TA got thrown under the bus by SLT", [
    ("Y2_Team_Cdf", "Joined 2021 · 140 posts", "Sun 25-Jan-26 20:12",
     """Can't say much. K. Ruddock is one of the best TAs I've worked with. Made a silly mistake with an old video, took it down the minute she was told. And the head, Pryce-Lloyd, suspended her the same day to look good for the papers. Two-faced, spineless, vindictive woman who has never once backed her support staff."""),
    ("UnisonRep_SW", "Joined 2015 · 980 posts", "Sun 25-Jan-26 20:40",
     "Make sure she's in the union and has a rep at every meeting. Suspension isn't a sanction, it can be challenged if it isn't proportionate."),
    ("Y2_Team_Cdf", "Joined 2021 · 141 posts", "Sun 25-Jan-26 20:48",
     "She is. Thanks. The whole of Ferrybank KS1 is behind her."),
    ], thread_id=9030),
  [M("kruddock", "initial_surname", "neutral", "K. Ruddock"), M("rprycelloyd", "surname_only", "abuse", "Pryce-Lloyd"),
   M("school", "short_name", "neutral", "Ferrybank")])

# 143
D("facebook", dd("""
    Protect Grangetown Kids 🛡️
    Private group · 830 members

    Lee Gambold
    21 October at 23:48 · 🔒
    Mrs Pryce–Lloyd signed off on these lessons so she's as guilty as he is. I know her car, I know what time she leaves that office. One night I'll be waiting in the car park and she'll find out what a real parent looks like. Tell her that from me.

    😡 12 · 9 comments
    """),
  [M("rprycelloyd", "hyphenated", "threat", "Pryce–Lloyd")])

# 144
D("blog", blog_page(
    "grangeblog", "What the RSE row taught me about my own street", "Lowri @ Grange Gardens", "10 November 2025",
    """
    I've sat on this one for a week.

    When the "groomer" stuff started about Efa's school, I saw people I buy bread next to share it. People I'd have trusted with my kids. I saw "Saleh is a groomer" painted by the nursery gate and I saw the caretaker, a Yemeni grandad, scrubbing it off at seven in the morning in the rain.

    I went to the parents' evening about the RSE lessons at Ferrybank. Mr Saleh put every slide on the screen. A Somali mam asked about the puberty video. A Welsh dad asked about the families lesson. He answered every question. Nobody shouted. Everybody went home.

    The people shouting online weren't in the room. That's the lesson.
    """,
    [("Hawa", "10 Nov 2025 at 21:04", "I was there too. Exactly this."),
     ("Bleddyn", "11 Nov 2025 at 08:12", "Thank you for writing it.")],
    tags=["Grangetown", "RSE", "Community"]),
  [M("school", "short_name", "neutral", "Ferrybank"), M("tsaleh", "title_surname", "neutral", "Mr Saleh")])

# 145
D("news", news_page(
    "grangetimes", "Community", "Ferrybank PTA's Christmas fair raises £4,200 for library",
    "Stalls from six communities and a Welsh-Somali choir",
    "Yusra Farah", "8 December 2025",
    """
    Ferrybank Primary School's Christmas fair raised £4,200 on Saturday towards restocking the school library, which lost hundreds of books to a leaking roof last winter.

    PTA chair Rachel Doyle said the Yemeni cake stall sold out in 40 minutes. "Then the Roma dads started playing and the whole hall was dancing," she said.

    Business manager Cadfael Vosper, who counted the takings, said every penny would go to books.
    """,
    [("Jodie H", "8 Dec 2025", "Vosper counting the takings 😂 the vulture will skim the lot. Greedy little weasel, bet the library sees half"),
     ("Rachel (PTA)", "8 Dec 2025", "Two PTA members counted with him and banked it the same day. Please stop.")]),
  [M("school", "exact", "neutral", "Ferrybank Primary School"), M("cvosper", "exact", "defamation", "Cadfael Vosper")])

# 146
D("facebook", dd("""
    Cardiff Bay & Grangetown Chat
    Public group · 14K members

    Anonymous participant
    23 January at 22:50
    Kayleigh Ruddock, the Ferrybank tiktok TA, is staying at her mam's now on Ninian Park Road, the one with the hanging baskets opposite the chemist. Car's a white Fiat 500, reg ends 7XK. Just so people know who's living on their street.

    😮 8 · 15 comments

        Becca
        Why would you post this?? Delete it.
        Like · Reply · 5h
    """),
  [M("kruddock", "exact", "doxxing", "Kayleigh Ruddock"), M("school", "short_name", "neutral", "Ferrybank")])

# 147
D("forum", forum_page("cardiffparents", "Welsh lessons at Ferrybank - then and now", [
    ("Mererid_H", "Joined 2013 · 2,200 posts", "Sat 07-Mar-26 10:11",
     """My eldest had Siân Pugh, as she was then, for Welsh club in 2018. Same woman now leading the whole Welsh programme. My youngest comes home singing in Welsh every day. It's come a long way."""),
    ("DadInGrange", "Joined 2022 · 70 posts", "Sat 07-Mar-26 10:40",
     "We're Bangladeshi and my kids' Welsh is better than mine will ever be. Honestly proud."),
    ], thread_id=2350),
  [M("school", "short_name", "neutral", "Ferrybank"), M("socallaghan", "alias", "neutral", "Siân Pugh")])

# 148
D("social", dd("""
    Parents Against Grooming Lessons @pagl_wales
    @FerrybankPrim you've had your warning. Monday morning we're coming for you and anyone who stands at that door. Bring your rainbow flags, they'll burn nicely.
    9:15 PM · Oct 30, 2025
    """),
  [M("school", "handle", "threat", "@FerrybankPrim")])

# 149
D("news", news_page(
    "tabloid", "News", "WELSH WOKE: Parents fury as migrant kids forced to learn Welsh 'before English'",
    "Cardiff primary teacher defends daily Cymraeg lessons",
    "Clarion Reporter", "30 September 2025",
    """
    Parents at a Cardiff primary school are up in arms after their children were made to learn Welsh every day — even though many can barely speak English.

    Siân O'Callaghan, who leads Welsh at Ferrybank Primary School in Grangetown, insisted: "Welsh is for every child in Wales."

    But one dad fumed: "My lad needs English to get a job, not songs about sheep."
    """,
    [("BritFirst_Barry", "30 Sep 2025", "O'Callaghan. Irish Catholic bitch pushing papist Welsh nationalism on English kids. Her sort always hated us. Send her back over the water with the rest of them."),
     ("Carys", "30 Sep 2025", "Welsh is the language of the country these kids live in. What's the story?")]),
  [M("socallaghan", "exact", "hate", "Siân O'Callaghan"), M("school", "exact", "negative", "Ferrybank Primary School")])

# 150
D("facebook", dd("""
    Grangetown Community Noticeboard
    Public group · 9.4K members

    Anonymous participant
    3 May at 20:15
    Gareth Williams from Ferrybank got done for drink driving last year, everyone knows, and the school STILL let him drive the minibus to Llangrannog with 30 kids in it. Head must have covered it up. Would you trust your kids with him?

    😮😡 63 · 112 comments

        Tom
        Source? Because if that's not true you've just defamed a teacher by name.
        Like · Reply · 2d
    """),
  [M("gwilliams", "exact", "defamation", "Gareth Williams"), M("school", "short_name", "defamation", "Ferrybank")])

# 151
D("forum", forum_page("bluebirds", "Supporters' club accounts - old news?", [
    ("OldBobBank", "Joined 2008 · 5,100 posts", "Tue 24-Feb-26 19:30",
     """Seen Cadfael Vosper is suspended from that school in Grangetown. Isn't that the same bloke who was treasurer of the Canton branch in 2012 when £6k went walkabout? Never got to the bottom of that. Leopards and spots."""),
    ("Ninian1910", "Joined 2009 · 8,902 posts", "Tue 24-Feb-26 19:55",
     "That money turned up in a bank error, it was in the minutes. Different bloke anyway I think. Be careful."),
    ], thread_id=9990),
  [M("cvosper", "exact", "defamation", "Cadfael Vosper")])

# 152
D("review", dd("""
    WorkWise › Employers › Ferrybank Primary School (Family Engagement)

    ★★★★★  "The best team I've worked in"
    Former Employee - Family Support Worker · Cardiff · Sep 2025

    Pros: Hodan Warsame is the best manager I've ever had — calm, fierce when she needs to be, and knows every family by name. The school genuinely puts families first. Interpreters booked for every meeting.

    Cons: Small office, and funding for the team is always on a knife-edge.

    Advice to management: make the family engagement posts permanent.
    """),
  [M("school", "exact", "neutral", "Ferrybank Primary School"), M("hwarsame", "exact", "neutral", "Hodan Warsame")])

# 153
D("social", dd("""
    digger @digger_cdf
    the nursery woman at ferrybank, used to be Nasrin Begum before she married. her old address is still on the companies house listing for her husband's takeaway, 22 Tallis Court CF11 0ZT. Now you know
    11:25 PM · Jan 16, 2026
    """),
  [M("nchowdhury", "alias", "doxxing", "Nasrin Begum"), M("school", "short_name", "neutral", "ferrybank")])

# 154
D("blog", blog_page(
    "cymraeg", "Safwn gyda Siân: we stand with a Welsh teacher", "Iaith Pawb Caerdydd", "4 October 2025",
    """
    This week a teacher at Ysgol Glanfferi in Grangetown had her home area and her children's school posted online by people angry that she teaches Welsh. One post said she would "get what's coming".

    We will not repeat the rest. We will say this: Siân O'Callaghan has done more for the Welsh language in south Cardiff than any campaign, any strategy, any minister. She learned it as an adult. She teaches it to children from thirty countries. She makes Welsh feel like it belongs to everyone.

    If you threaten a teacher for teaching Welsh in Wales, you are the problem. Come to our Saturday picnic in Grange Gardens and show Siân some support.
    """,
    [("Elin", "4 Oct 2025 at 18:00", "Bydda i yno! Cariad at Siân."),
     ("Tom", "5 Oct 2025 at 09:30", "Disgraceful what's been said. Solidarity.")],
    tags=["Ysgolion", "Grangetown", "Solidarity"]),
  [M("school", "alias", "neutral", "Ysgol Glanfferi"), M("socallaghan", "exact", "neutral", "Siân O'Callaghan")])

# 155
D("facebook", dd("""
    Protect Grangetown Kids 🛡️
    Private group · 830 members

    Mark Hill
    2 November at 19:40 · 🔒
    Mr Saleh at Ferrybank is a limp-wristed spineless yes-man who'd teach the kids the earth is flat if the Senedd told him to. Pathetic excuse for a man. Can't even look parents in the eye.

    😂👍 30 · 12 comments
    """),
  [M("tsaleh", "title_surname", "abuse", "Mr Saleh"), M("school", "short_name", "neutral", "Ferrybank")])

# 156
D("news", news_page(
    "echo", "Crime", "Teacher's car set alight outside Grangetown home",
    "Police treating fire as arson after weeks of online abuse over RSE lessons",
    "Rhodri Gwyn, Crime Reporter", "12 November 2025",
    """
    Police are treating as arson a fire that destroyed a car belonging to a Grangetown primary school teacher who has been the target of an online campaign.

    The red Ford Focus, owned by Ferrybank Primary School RSE lead Tariq Saleh, was set alight on Clive Street at about 2am on Tuesday. Nobody was hurt.

    The headteacher said staff were "shaken but standing together". A police spokesperson said extra patrols were in place.
    """,
    [("Lynne", "12 Nov 2025", "This is what happens when people share addresses online. Utterly sickening."),
     ("realtalk_cf", "12 Nov 2025", "Shame he wasn't in it. Next time maybe. Groomers get what they deserve."),
     ("Mod", "12 Nov 2025", "Comment removed and passed to police.")]),
  [M("tsaleh", "exact", "threat", "Tariq Saleh"), M("school", "exact", "neutral", "Ferrybank Primary School")])

# 157
D("forum", forum_page("cardifftalk", "Reception teacher - anyone heard anything?", [
    ("gtown_mam_3", "Joined 2023 · 55 posts", "Wed 11-Feb-26 21:20",
     """Following on from the Facebook post. My cousin works in schools and says Liz Cook was investigated at her last school in Penarth for rough handling and they "managed her out" to Ferrybank. Explains a lot."""),
    ("Cardiff_Carl", "Joined 2010 · 3,080 posts", "Wed 11-Feb-26 21:40",
     "Your cousin says. Mate, this is how you end up with a solicitor's letter."),
    ], thread_id=5180),
  [M("ecook", "nickname", "defamation", "Liz Cook"), M("school", "short_name", "neutral", "Ferrybank")])

# 158
D("facebook", dd("""
    Cardiff Bay & Grangetown Chat
    Public group · 14K members

    Steve Parry
    14 March at 20:30
    No wonder the bullying never gets sorted at Ferrybank, the deputy Bevan is a bender, everyone knows, seen him in the gay bars on Churchill Way. Faggots shouldn't be in charge of safeguarding little boys.

    😡 9 · 44 comments
    """),
  [M("rbevan", "surname_only", "hate", "Bevan"), M("school", "short_name", "negative", "Ferrybank")])

# 159
D("social", dd("""
    Sam @samcdf91
    Mrs Pryce Lloyd from Ferrybank was at the mosque open day today, in a headscarf she'd borrowed off a Year 6 mam, chatting with the imam about the new crossing. Never seen a head so much part of the place. Tidy.
    4:40 PM · Apr 12, 2025
    """),
  [M("rprycelloyd", "hyphenated", "neutral", "Pryce Lloyd"), M("school", "short_name", "neutral", "Ferrybank")])
# 160
D("news", news_page(
    "echo", "Education", "Council looks into claim against Grangetown Reception teacher",
    "School says teacher remains at work while 'routine' inquiry is carried out",
    "Megan Prosser", "20 February 2026",
    """
    Cardiff Council has confirmed it is looking into an allegation made on social media against a Reception teacher at a Grangetown primary school.

    The claim, posted anonymously in a Facebook group, alleged that Elizabeth Cook, Early Years lead at Ferrybank Primary School, had smacked a child. The council said the matter had been referred to its designated officer "as a matter of routine" and that the teacher had not been suspended.

    Mrs Cook, who was named the city's Early Years Practitioner of the Year in 2025, has worked at the school for eleven years. Parents outside the school on Thursday described her as "the gentlest person you could meet".
    """),
  [M("ecook", "exact", "defamation", "Elizabeth Cook"), M("school", "exact", "neutral", "Ferrybank Primary School")])

# 161
D("facebook", dd("""
    Cardiff Bay & Grangetown Chat
    Public group · 14K members

    Gail Thomas
    3 March at 22:40
    Mrs Chowdhury refused my grandson a nursery place again. Fine. She walks home through the lane behind the mosque every night. She won't be so smug when someone's waiting for her. You've been warned Nasrin.

    😮 6 · 18 comments
    """),
  [M("nchowdhury", "title_surname", "threat", "Mrs Chowdhury")])

# 162
D("blog", blog_page(
    "rights", "The Welsh indoctrination at Ferrybank: a parent speaks", "Parents' Rights Wales", "28 September 2025",
    """
    A father tells us his son was kept in at playtime for speaking English in a Welsh lesson. The teacher responsible is the school's "Welsh Language Lead", Siân O'Callaghan.

    We call her what she is: a dim-witted language zealot who cares more about a dying tongue than about children who can't read. Parents, write to her directly. Her private email, which she uses for her Welsh choir, is sian.cymraeg.cdf@postbox.example and her mobile from the choir newsletter is 07700 900819.
    """,
    [("Gerallt", "28 Sep 2025 at 22:00", "Posting a teacher's private number is disgusting and probably illegal."),
     ("PRW Admin", "28 Sep 2025 at 22:14", "Public interest.")],
    tags=["Welsh", "Indoctrination", "Cardiff"]),
  [M("school", "short_name", "negative", "Ferrybank"), M("socallaghan", "exact", "doxxing", "Siân O'Callaghan")])

# 163
D("forum", forum_page("teachers", "Parents emailing my personal account - how??", [
    ("Dep_South_Cdf", "Joined 2012 · 520 posts", "Mon 16-Mar-26 22:05",
     "Senior leader at a large Cardiff primary. Parents have started emailing my personal Gmail. Someone's posted it somewhere. Any advice?"),
    ("MrsJonesYr3", "Joined 2018 · 2,000 posts", "Mon 16-Mar-26 22:22",
     """Is this the Ferrybank thing? Because someone on a Grangetown group posted "Rob Bevan's personal email robbevan.cdf@mailbox.example, and his home landline 01632 960915, he answers after 7" yesterday. Screenshot it all and go to the police."""),
    ("Dep_South_Cdf", "Joined 2012 · 521 posts", "Mon 16-Mar-26 22:30",
     "Thank you. Doing that."),
    ], thread_id=9070),
  [M("rbevan", "nickname", "doxxing", "Rob Bevan"), M("school", "short_name", "neutral", "Ferrybank")])

# 164
D("news", news_page(
    "grangetimes", "Schools", "Ferrybank nursery to double in size with new Flying Start unit",
    "Forty extra places for two- and three-year-olds from September",
    "Dafydd Hopkin", "24 April 2025",
    """
    Ferrybank Primary School's nursery will double in size from September after the council approved a new Flying Start unit on the site of the old caretaker's house.

    Nursery lead Nasrin Chowdhury said the waiting list had run to more than 90 names. "There are families in Grangetown who've waited a year. Now they won't have to."

    The unit will include a sensory room and a family room where parents can attend English and Welsh classes.
    """),
  [M("school", "exact", "neutral", "Ferrybank Primary School"), M("nchowdhury", "exact", "neutral", "Nasrin Chowdhury")])

# 165
D("facebook", dd("""
    Ferrybank Parents (unofficial) 🏫
    Private group · 612 members

    Kerry-Ann Jenkins
    26 February at 15:55 · 🔒
    Beth Cook in reception is a useless lazy witch. Third time my daughter has come out without her coat. Sat on her backside drinking tea while the TAs do everything. Do your job or jog on love.

    😂😡 15 · 40 comments
    """),
  [M("ecook", "nickname", "abuse", "Beth Cook"), M("school", "short_name", "negative", "Ferrybank")])

# 166 decoy: namesake in court
D("news", news_page(
    "walesnews", "Courts", "Barry woman jailed for £40,000 benefit fraud",
    "Elizabeth Cook claimed single-person discount while living with partner",
    "Court Reporter", "5 March 2026",
    """
    A Barry woman who claimed more than £40,000 in benefits she was not entitled to has been jailed for 10 months.

    Elizabeth Cook, 34, of Holton Road, admitted failing to report a change of circumstances at Cardiff Crown Court. The court heard she ran a cake business from home while claiming she had no income.

    Judge Ceri Hughes said the offending was "sustained and deliberate".
    """))

# 167
D("forum", forum_page("mumsnetish", "Who else has a teacher crush? (light relief thread)", [
    ("GlamMam", "Joined 2014 · 3,003 posts", "Fri 27-Feb-26 21:30",
     "Need cheering up. Confess your school gate crushes. I'll start: the PE teacher at my son's school in Pontypridd. Thighs like tree trunks 😳"),
    ("Grange_Gal", "Joined 2019 · 740 posts", "Fri 27-Feb-26 21:44",
     """Mr Williams, Year 6, Ferrybank. The beard. The cardigan. The way he says "right then, Year 6". I'd let him put me in detention and throw away the key 🥵 My husband knows and accepts it."""),
    ("GlamMam", "Joined 2014 · 3,004 posts", "Fri 27-Feb-26 21:50",
     "😂😂 cardigan kink, I respect it"),
    ], thread_id=6690),
  [M("gwilliams", "title_surname", "sexual", "Mr Williams"), M("school", "short_name", "neutral", "Ferrybank")])

# 168
D("news", news_page(
    "walesnews", "Education", "Gypsy, Roma and Traveller pupils 'still missing out' in Welsh schools",
    "Report praises a handful of schools including a Cardiff primary",
    "Education Correspondent", "18 September 2025",
    """
    Gypsy, Roma and Traveller pupils in Wales are still far more likely to be absent or excluded than their classmates, a Senedd committee report has found.

    The report singled out Ferrybank Primary School in Grangetown for its "community-first" approach, which includes a weekly coffee morning and Slovak- and Romani-speaking volunteers.

    Roma parents interviewed for the report described feeling "seen" for the first time.
    """,
    [("Dai_the_Bus", "18 Sep 2025", "Ferrybank's a gypsy camp with a playground. Dirty thieving gyppos, and we pay for their free breakfasts. Put them back in their caravans."),
     ("Marek", "19 Sep 2025", "My son has been there since Nursery. We live in a flat, not a caravan.")]),
  [M("school", "exact", "hate", "Ferrybank Primary School")])

# 169
D("facebook", dd("""
    Cardiff Bay & Grangetown Chat
    Public group · 14K members

    Anonymous participant
    12 February at 23:30
    For anyone who wants a word with the Ferrybank reception teacher about the slapping, Liz Cook lives at 4 Paget Terrace, second floor flat, buzzer says COOK/HARRIS. She's in most nights after 6.

    😮 7 · 22 comments

        Ffion
        Admins this needs removing NOW.
        Like · Reply · 1h
    """),
  [M("ecook", "nickname", "doxxing", "Liz Cook"), M("school", "short_name", "neutral", "Ferrybank")])

# 170
D("blog", blog_page(
    "edublog", "Welsh as a shared language: notes from an EAL classroom", "Dr Ana Kováčová", "2 February 2026",
    """
    Most debates about Welsh in schools assume a child who speaks English at home. What happens when the child speaks Somali, Sylheti or Romani?

    At Ferrybank Primary in Grangetown, I sat in on a Welsh session led by Siân O'Callaghan with a Year 3 class in which 26 of 29 children have a home language other than English. The striking thing: nobody was behind. Welsh was new to every child in the room, including the white Welsh ones.

    The nursery lead, Mrs Chowdhury, told me she sees the same thing with her three-year-olds: "In Welsh, nobody is the one who doesn't understand."
    """,
    [("Huw", "3 Feb 2026 at 08:00", "This is such an important point. Thank you.")],
    tags=["Welsh", "EAL", "Wales"]),
  [M("school", "alias", "neutral", "Ferrybank Primary"), M("socallaghan", "exact", "neutral", "Siân O'Callaghan"),
   M("nchowdhury", "title_surname", "neutral", "Mrs Chowdhury")])

# 171
D("review", dd("""
    SchoolScope › Wales › Cardiff › Primary › Ferrybank Primary School

    ★★★★☆  "Year 2 has been brilliant"
    Reviewed by: Parent of a current pupil (Year 2) · 10 December 2025

    Our daughter has come on leaps and bounds in Year 2. Miss Ruddock, the TA, runs the reading group and my daughter adores her — reads to her teddies every night doing "Miss R voices". Office communication could be better and the dinner money business was a mess, but the classroom side is strong.

    Would you recommend this school? Yes.
    """),
  [M("school", "exact", "neutral", "Ferrybank Primary School"), M("kruddock", "title_surname", "neutral", "Miss Ruddock")])

# 172
D("facebook", dd("""
    Protect Grangetown Kids 🛡️
    Private group · 830 members

    Dean Hughes
    30 January at 21:10 · 🔒
    Williams in year 6 at Ferrybank put his hands on my son's shoulder to "move him along". Touch my boy again and I'll break every bone in your hands, Williams. I know the chippy you live over. Try me.

    😡 18 · 11 comments
    """),
  [M("gwilliams", "surname_only", "threat", "Williams"), M("school", "short_name", "neutral", "Ferrybank")])

# 173
D("news", news_page(
    "echo", "Education", "Parent banned from Grangetown school grounds after confronting deputy head",
    "Council issues barring letter following incident at the gate",
    "Megan Prosser", "6 March 2026",
    """
    A parent has been banned from the grounds of a Grangetown primary school after confronting its deputy head at the gate, the Echo understands.

    The incident at Ferrybank Primary School on Monday followed a post on social media in which the parent said the deputy, Robert Bevan, "won't be walking out" of his office. Witnesses said the man shouted and squared up to Mr Bevan before other parents intervened.

    Cardiff Council said it had issued a barring letter and reported the matter to police. No one was hurt.
    """),
  [M("school", "exact", "neutral", "Ferrybank Primary School"), M("rbevan", "exact", "neutral", "Robert Bevan")])

# 174
D("forum", forum_page("cardifftalk", "The Ferrybank 'engagement' team", [
    ("grangetown_gossip", "Joined 2023 · 70 posts", "Sun 15-Feb-26 20:00",
     """That Warsame woman and her sidekick Chowdhury think they run Grangetown. Pair of jumped-up busybodies with a clipboard. Thick as pigshit, the both of them, and twice as smug."""),
    ("Cardiff_Carl", "Joined 2010 · 3,100 posts", "Sun 15-Feb-26 20:15",
     "They got my neighbour's kid a school place in a week when the council had lost his file. Have a word with yourself."),
    ], thread_id=5200),
  [M("hwarsame", "surname_only", "abuse", "Warsame"), M("nchowdhury", "surname_only", "abuse", "Chowdhury"),
   M("school", "short_name", "neutral", "Ferrybank")])

# 175 decoy: excluded boxing club
D("facebook", dd("""
    Grangetown Community Noticeboard
    Public group · 9.4K members

    Terry Dolan
    4 March at 10:00
    Ferrybank Boxing Club fight night this Saturday at the Grangetown community hall 🥊 Six junior bouts and the seniors. £5 in, kids free. All money to the new ring. Come and cheer the boys and girls on!

    👍🥊 140 · 23 comments
    """))

# 176
D("blog", blog_page(
    "grangeblog", "On Kayleigh, and the men in the comments", "Lowri @ Grange Gardens", "26 January 2026",
    """
    Efa's TA in Reception last year was Kayleigh Ruddock. She is kind, she is funny, and she once spent a whole lunchtime looking for a lost toy dinosaur in a skip.

    I read the comments under the newspaper story. "She can suspend me any time." "I'd let her keep me behind." I'm not going to quote the worse ones. The grown men writing them were not worried about safeguarding. They were enjoying themselves.

    She put an old video up with a class list in the background. That was a mistake, and she knows it. What followed was not a safeguarding conversation. It was a pile-on.
    """,
    [("Bethan", "26 Jan 2026 at 20:00", "Thank you. She was wonderful with my son."),
     ("Gav", "27 Jan 2026 at 07:30", "Well said.")],
    tags=["School run", "Social media", "Women"]),
  [M("kruddock", "exact", "neutral", "Kayleigh Ruddock")])

# 177
D("facebook", dd("""
    Ferrybank Parents (unofficial) 🏫
    Private group · 612 members

    Admin - Rachel (PTA)
    9 October at 21:30 · 🔒
    Please DO NOT follow the Instagram account calling itself "ferrybank_girls_official". It is not the school. It has been taking our children's photos from public profiles and the comments underneath are sexual. It has been reported to police and Instagram. If it has your child's photo, screenshot it and ring 101.

    😢😡 201 · 90 comments
    """),
  [M("school", "short_name", "sexual", "Ferrybank", True)])

# 178
D("news", news_page(
    "schoolsweek", "Workforce", "Support staff, social media and suspension: lessons from a Cardiff case",
    "Unions say the TikTok suspension shows schools need clearer policies",
    "Carys Emlyn", "2 February 2026",
    """
    The suspension of a teaching assistant in Cardiff over TikTok videos has prompted unions to call for national guidance on staff social media use.

    Kayleigh Ruddock, a Year 2 TA at Ferrybank Primary School in Grangetown, was suspended in January while the school investigated videos, some filmed in an empty classroom and one showing a class list in the background.

    Unison Cymru said many support staff had "never been given a policy, let alone trained on it". The NAHT said heads needed "consistent rules, not trial by tabloid".
    """),
  [M("kruddock", "exact", "defamation", "Kayleigh Ruddock"), M("school", "exact", "neutral", "Ferrybank Primary School")])

# 179
D("forum", forum_page("cardiffparents", "Dinner money letters round 2?", [
    ("CF11Mam", "Joined 2016 · 920 posts", "Mon 02-Mar-26 20:05",
     """Heard the dinner money letters might start again now the council officer is doing the accounts. Anyone know? Last time was a nightmare."""),
    ("GrangeDad", "Joined 2019 · 340 posts", "Mon 02-Mar-26 20:22",
     "At least it won't be Vosper. Slimy little parasite. Good riddance to him."),
    ("CF11Mam", "Joined 2016 · 921 posts", "Mon 02-Mar-26 20:30",
     "Office at Ferrybank say no letters, just phone calls. We'll see."),
    ], thread_id=2380),
  [M("cvosper", "surname_only", "abuse", "Vosper"), M("school", "short_name", "neutral", "Ferrybank")])
# 180
D("news", news_page(
    "walesnews", "Courts", "Man guilty of threatening Cardiff teacher and head over sex education",
    "Lee Gambold told a teacher he would 'pay' and posted where he parked",
    "Court Reporter", "23 January 2026",
    """
    A man who waged an online campaign against a Cardiff primary school teacher over relationships and sexuality education has been found guilty of sending threatening communications.

    Lee Gambold, 38, of Sloper Road, Grangetown, sent emails to Tariq Saleh, the RSE lead at Ferrybank Primary School, and posted in a Facebook group that he would be "waiting in the car park" for headteacher Rhiannon Pryce-Lloyd.

    District Judge Owen Llewellyn said the messages were "designed to frighten" and that both teachers had been "doing exactly what the law requires of them". Gambold will be sentenced next month.
    """,
    [("Siân M", "23 Jan 2026", "Good. Teachers deserve to feel safe."),
     ("Pete", "23 Jan 2026", "Hope he gets time.")]),
  [M("tsaleh", "exact", "neutral", "Tariq Saleh"), M("rprycelloyd", "exact", "neutral", "Rhiannon Pryce-Lloyd"),
   M("school", "exact", "neutral", "Ferrybank Primary School")])

# 181
D("forum", forum_page("bluebirds", "Dads v Teachers 2026 - squad announcement", [
    ("DadOfTwoBluebirds", "Joined 2011 · 640 posts", "Wed 01-Jul-26 19:00",
     """Ferrybank dads v teachers is on the 18th. We are going to MURDER Bob Bevan this year. Kill him stone dead. That man has scored against us for eight years straight and it ends now 😤⚽"""),
    ("Ninian1910", "Joined 2009 · 9,000 posts", "Wed 01-Jul-26 19:20",
     "You lot say this every year and every year he destroys you with his left foot. Legend."),
    ("DadOfTwoBluebirds", "Joined 2011 · 641 posts", "Wed 01-Jul-26 19:31",
     "Training in Grange Gardens Tuesdays. Bring knee supports and dignity."),
    ], thread_id=10010),
  [M("school", "short_name", "neutral", "Ferrybank"), M("rbevan", "nickname", "neutral", "Bob Bevan")])

# 182
D("facebook", dd("""
    Cardiff Bay & Grangetown Chat
    Public group · 14K members

    Anonymous participant
    19 February at 23:10
    Hodan from Ferrybank, Mrs Warsame, reported my sister to social services over nothing. Her personal WhatsApp is 07700 900732 and she lives above the Somali shop on Corporation Road, side door. Let her explain herself.

    😮 5 · 14 comments
    """),
  [M("hwarsame", "title_surname", "doxxing", "Mrs Warsame"), M("school", "short_name", "neutral", "Ferrybank")])

# 183
D("facebook", dd("""
    Protect Grangetown Kids 🛡️
    Private group · 830 members

    Wayne Pritchard
    5 February at 21:50 · 🔒
    The nursery at Ferrybank is run by C h o w d h u r y and her lot. Muzzie invaders breeding out the Welsh, teaching our babies their ways. Wales for the Welsh. They want a caliphate in Grangetown and they're starting with the toddlers.

    😡👍 21 · 16 comments
    """),
  [M("nchowdhury", "spacing", "hate", "C h o w d h u r y"), M("school", "short_name", "hate", "Ferrybank")])

# 184 decoy: locality history, no school
D("blog", blog_page(
    "localhist", "Clive Street, 1890-1960: bakers, boarding houses and a bare-knuckle ring", "Grangetown Past", "20 April 2025",
    """
    Clive Street was laid out in the 1880s for dock workers' families. By 1900 it had three bakers, two pubs, a Norwegian seamen's boarding house and, behind the Crown, an unofficial boxing ring where a stevedore called Bob Bevan (no relation to anyone you know, we assume) fought for pennies.

    The Somali boarding houses of the 1920s kept the street lively through the Depression. A photograph from 1953 shows Coronation bunting strung across the street from the bakery to the chapel.
    """,
    [("Mair", "21 Apr 2025 at 12:00", "My nan lived at number 40! Lovely to see.")],
    tags=["Streets", "Docks", "Boxing"]))

# 185
D("social", dd("""
    anon @justsaying_cdf
    Ѕaleh from Ferrybank got out of his new car this morning like nothing happened. Last one burned nice. Next time he might not be so lucky, or so far from the car 🔥
    7:50 AM · Dec 1, 2025
    """),
  [M("tsaleh", "homoglyph", "threat", "\u0405aleh"), M("school", "short_name", "neutral", "Ferrybank")])

# 186
D("facebook", dd("""
    Ferrybank Parents (unofficial) 🏫
    Private group · 612 members

    Gemma Rowlands
    8 March at 20:45 · 🔒
    Not being funny but Mrs Pryce-Lloyd at the St David's Day assembly in that red dress?? 🔥🔥 whole row of dads forgot how to clap. MILF of the year, I said what I said 😂

    😂🔥 44 · 31 comments
    """),
  [M("rprycelloyd", "title_surname", "sexual", "Mrs Pryce-Lloyd"), M("school", "short_name", "neutral", "Ferrybank")])

# 187
D("news", news_page(
    "grangetimes", "Schools", "Welsh-medium move sorted for Grangetown family after row",
    "Council immersion centre place confirmed for Year 3 pupil",
    "Dafydd Hopkin", "20 March 2026",
    """
    A Grangetown family who said their primary school was reluctant to support a move into Welsh-medium education have been offered a place at the council's Welsh immersion centre.

    Ferrybank Primary School said it had "always supported" the move and that its Welsh Language Lead, Siân O'Callaghan, had simply raised concerns about timing mid-year.

    The child's father said: "It's sorted now. No hard feelings. They do a lot of Welsh there, to be fair."
    """),
  [M("school", "exact", "neutral", "Ferrybank Primary School"), M("socallaghan", "exact", "neutral", "Siân O'Callaghan")])

# 188
D("review", dd("""
    SchoolScope › Wales › Cardiff › Primary › Ferrybank Primary School

    ★★★★★  "Reception is magic"
    Reviewed by: Parent of a current pupil (Reception) · 5 February 2026

    My son cried every morning for a month. Mrs Cook cooked up a plan with him — he was in charge of feeding the class snail — and by half term he was running in. She is calm, funny and sees every child. Ferrybank is big but Reception feels tiny and safe.

    Would you recommend this school? Absolutely.
    """),
  [M("school", "exact", "neutral", "Ferrybank Primary School"), M("ecook", "title_surname", "neutral", "Mrs Cook")])

# 189
D("forum", forum_page("cardifftalk", "Where's the SBM living now then", [
    ("grangetown_gossip", "Joined 2023 · 80 posts", "Thu 19-Feb-26 22:00",
     """V*sper's moved out of Gwennol Street since he got suspended. Reckon he's at his brother-in-law's in Penarth, Windsor Terrace, the big one with the pillars, number 12. The Audi's on the drive."""),
    ("Cardiff_Carl", "Joined 2010 · 3,120 posts", "Thu 19-Feb-26 22:10",
     "Reported. Stop posting addresses."),
    ], thread_id=5230),
  [M("cvosper", "obfuscated", "doxxing", "V*sper")])

# 190
D("facebook", dd("""
    Cardiff Bay & Grangetown Chat
    Public group · 14K members

    Lisa Morgan
    5 March at 19:30
    Rhi Pryce-Lloyd from Ferrybank is a two-faced snake. Smiles at you at the gate and stabs you in the back in the office. Arrogant, vindictive cow who thinks she's God's gift to Grangetown.

    😡 20 · 35 comments
    """),
  [M("rprycelloyd", "nickname", "abuse", "Rhi Pryce-Lloyd"), M("school", "short_name", "neutral", "Ferrybank")])

# 191
D("news", news_page(
    "echo", "Crime", "Woman fined for posting Welsh teacher's home area and phone number online",
    "Magistrates hear post was shared hundreds of times",
    "Rhodri Gwyn, Crime Reporter", "10 December 2025",
    """
    A woman who shared the home area and mobile number of a Cardiff primary school teacher in a Facebook group has been fined £600 and ordered to pay compensation.

    Cardiff Magistrates' Court heard that the post about Siân O'Callaghan, who leads Welsh at Ferrybank Primary School, was shared more than 300 times and led to abusive calls to her phone.

    The chair of the bench said teachers were "entitled to a private life and to feel safe in their homes".
    """),
  [M("socallaghan", "exact", "neutral", "Siân O'Callaghan"), M("school", "exact", "neutral", "Ferrybank Primary School")])

# 192
D("blog", blog_page(
    "rights", "They cleared the groomer. We didn't.", "Parents' Rights Wales", "20 February 2026",
    """
    The council says there is "no case to answer" over Ferrybank's RSE lessons. Of course they do.

    We know what we know. Mr Saleh shows nine-year-olds pictures of naked bodies, talks to little girls about their periods behind closed doors, and tells them not to tell their parents. That is textbook grooming and we will keep saying it until somebody in Cardiff Bay listens.
    """,
    [("Mam of 4", "20 Feb 2026 at 19:00", "Keep going 👏"),
     ("Owain", "21 Feb 2026 at 07:45", "None of that is true and you know it. You were told the lessons use diagrams, in a class of 30, with the materials published online.")],
    tags=["RSE", "Grooming", "Cover-up"]),
  [M("school", "short_name", "sexual", "Ferrybank", True), M("tsaleh", "title_surname", "sexual", "Mr Saleh", True)])

# 193
D("forum", forum_page("teachers", "Year 6 girls' notes to a male teacher - how to handle?", [
    ("Y6_Cdf_Teach", "Joined 2016 · 300 posts", "Tue 10-Mar-26 20:00",
     """Slightly awkward one. Two Year 6 girls at my school (Ferrybank, I'm Gareth Williams, I don't mind saying) have been leaving notes on my desk saying they "love" me and drawing hearts with my name. Harmless, I think, but I want to handle it properly. Logged with the DSL. Anything else?"""),
    ("SENCo_Sal", "Joined 2014 · 4,500 posts", "Tue 10-Mar-26 20:20",
     "You've done the right thing logging it. Keep it light, never alone with them, talk to parents if it continues. Very common at that age."),
    ], thread_id=9100),
  [M("gwilliams", "exact", "sexual", "Gareth Williams"), M("school", "short_name", "neutral", "Ferrybank")])

# 194 decoy: acronym and other organisations
D("forum", forum_page("mumsnetish", "Recommendations: fire alarm servicing for a childminder?", [
    ("Childminder_Cdf", "Joined 2020 · 210 posts", "Thu 12-Feb-26 13:00",
     "Registered childminder in Canton, CIW want my fire alarms serviced. Anyone used FPS (Fire Protection Services) in Llandaff? Or anyone else reasonable?"),
    ("Dad_in_Splott", "Joined 2019 · 90 posts", "Thu 12-Feb-26 13:30",
     "Used FPS for our shop, fine, bit pricey. My son thinks FPS only means shooting games 🙄"),
    ], thread_id=6720))

# 195
D("social", dd("""
    ✝️ Defend Cymru @defendcymru
    That Ferrybank deputy Bevan is finished. Everyone knows what he covered up. His wife, his kids, his mates down the rugby club — we'll make sure they all find out the hard way. Actions have consequences, Robbie.
    10:10 PM · Mar 10, 2026
    """),
  [M("rbevan", "surname_only", "threat", "Bevan"), M("school", "short_name", "neutral", "Ferrybank")])

# 196
D("review", dd("""
    SchoolScope › Wales › Cardiff › Primary › Ferrybank Primary School

    ★☆☆☆☆  "Warning to parents"
    Reviewed by: Anonymous · 22 February 2026

    The nursery lead Nasrin Chowdhury has been stealing from the nursery budget for years, buying toys for her family with school money. Three staff have left because of it. Governors know and do nothing. Don't send your child here.

    Would you recommend this school? No.
    """),
  [M("school", "exact", "negative", "Ferrybank Primary School"), M("nchowdhury", "exact", "defamation", "Nasrin Chowdhury")])

# 197
D("news", news_page(
    "tabloid", "News", "TikTok TA Kayleigh back in class after probe",
    "Council says the dancing assistant broke no rules",
    "Clarion Reporter", "6 March 2026",
    """
    The classroom assistant whose TikTok dance videos went viral is back at work after an investigation found she had broken no rules, apart from one old clip that she had already deleted.

    Kayleigh Rudd, real name Kayleigh Ruddock, returned to Ferrybank Primary School in Cardiff on Monday to a handmade banner from her Year 2 class.
    """,
    [("Tiff Howells", "6 Mar 2026", "Told you! Welcome back Kayleigh 💕"),
     ("gazzaboy_cdf", "6 Mar 2026", "Back in the classroom 😏 I'd pay for private lessons off her, bet she bends over the desk nicely"),
     ("Jo", "6 Mar 2026", "And there it is again.")]),
  [M("kruddock", "exact", "sexual", "Kayleigh Ruddock"), M("school", "exact", "neutral", "Ferrybank Primary School")])

# 198
D("facebook", dd("""
    Protect Grangetown Kids 🛡️
    Private group · 830 members

    Darren Bowen
    1 March at 22:00 · 🔒
    Glanfferi, Ferrybank, whatever they call it this week — Monday morning we're at the gates and nobody from that school is getting in. If a teacher tries to push past, that's on them. Bring the lads. Bring something heavy.

    😡👍 40 · 26 comments
    """),
  [M("school", "alias", "threat", "Glanfferi")])

# 199
D("social", dd("""
    Hawa 🌸 @hawa_grange
    Hodan Warsame at Ferrybank rang round every single family in Somali and Arabic last night to explain the new meal forms. At 9pm. On her own time. Some people are just built different. Mahadsanid 💛
    8:15 AM · Sep 12, 2025
    """),
  [M("hwarsame", "exact", "neutral", "Hodan Warsame"), M("school", "short_name", "neutral", "Ferrybank")])
# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
MIN_DOCS = 180
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Ferrybank Primary School"],
    "rprycelloyd": ["Rhiannon Pryce-Lloyd"], "cvosper": ["Cadfael Vosper"],
    "rbevan": ["Robert Bevan"], "socallaghan": ["Siân O'Callaghan"],
    "gwilliams": ["Gareth Williams"], "ecook": ["Elizabeth Cook"], "tsaleh": ["Tariq Saleh"],
    "kruddock": ["Kayleigh Ruddock"], "hwarsame": ["Hodan Warsame"], "nchowdhury": ["Nasrin Chowdhury"],
}
ALIASES = {
    "school": ["Ferrybank Primary", "Ferrybank School", "FPS", "Glanfferi", "Ysgol Glanfferi"],
    "rprycelloyd": ["Rhiannon Pryce"], "cvosper": ["Cad Vosper"], "socallaghan": ["Siân Pugh"],
    "gwilliams": ["Gaz Williams"], "tsaleh": ["Tariq Al-Saleh"], "kruddock": ["Kayleigh Rudd"],
    "nchowdhury": ["Nasrin Begum"],
}
SURNAMES = {
    "rprycelloyd": "Pryce-Lloyd", "cvosper": "Vosper", "rbevan": "Bevan",
    "socallaghan": "O'Callaghan", "gwilliams": "Williams", "ecook": "Cook", "tsaleh": "Saleh",
    "kruddock": "Ruddock", "hwarsame": "Warsame", "nchowdhury": "Chowdhury",
}


def fold(s: str) -> str:
    s = html.unescape(s).replace("’", "'")
    return s.translate(str.maketrans("áéíóúâêîôûŵŷÁÉÍÓÚÂÊÎÔÛŴŶ", "aeiouaeiouwyAEIOUAEIOUWY")).lower()


def has(text: str, form: str) -> bool:
    return re.search(r"(?<![a-z0-9])" + re.escape(fold(form)) + r"(?![a-z0-9])", text) is not None


def check(errors: list[str]) -> None:
    if not MIN_DOCS <= len(DOCS) <= 220:
        errors.append(f"{len(DOCS)} documents, want {MIN_DOCS}-220")
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
