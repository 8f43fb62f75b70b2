#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train42 labelled evaluation corpus for the repwatch matcher.

Setting
    Ardcuan Academy (Gaelic: Acadamaidh Àird a' Chuain), an invented council-run
    six-year secondary (S1-S6, about 600 pupils) on the Ardcuan headland at the edge of
    Stornoway, Isle of Lewis, teaching in both Gaelic-medium (GME) and English-medium
    streams. Pupils come in from the Point, Back, Tong, Ness and West Side villages;
    some from Harris and Uist board in the school hostel in the week. Published office
    number 01632 960253; own site ardcuanacademy.example. Storylines, 2024-25: a row
    over a Sunday football fixture and the games hall opening on the Sabbath; a drama
    production with a gay kiss; incomers vs locals over Gaelic-medium places, second
    homes and "white settlers"; a missing S6 Canada-trip fund and the business
    manager's suspension; a guidance teacher accused of burying bullying; a PE teacher
    the pupils fancy; a father convicted of threatening the head; ferry-cancellation
    misery; the Mòd. Background noise: CalMac, peats, crofting, fishing, tourists.
    School aliases: "Ardcuan High", "Acadamaidh Àird a' Chuain", "the Acad" and
    "ACA" (acronym shared with the Atlantic Crofting Alliance and the ACA accountancy
    qualification). "Ardcuan" alone is labelled short_name; it is shared with the
    Ardcuan Guest House, Ardcuan Thistle FC and Ardcuan Stores (all excluded).

Staff (watchlist ids and the variant traits they carry)
    cmacritchiehay Dr Christine MacRitchie-Hay, Head Teacher. Hyphenated double-barrelled
                   surname ("MacRitchie Hay", "MacRitchie–Hay"); nickname "Chrissie";
                   alias "Christine Hay" (her name before marriage).
    rthallon       Ruairidh Thallon, Business Manager. The unique name (counts without
                   school context). Alias "Roddy Thallon" (the English form he uses).
    mmaciver       Murdo MacIver, Principal Teacher of Gàidhlig. Gaelic and English name
                   forms: alias "Murchadh MacÌomhair"; nickname "Murdie". MacIver is a
                   common island surname (a Uig crofter namesake appears in a decoy).
    jmacleod       John MacLeod, Principal Teacher of Guidance (S1-S3). The very common
                   name; namesakes (a councillor, a skipper, a minister, a footballer) in
                   decoys. Alias "Iain MacLeòid" (Gaelic form); nickname "Johnny".
    eness          Elizabeth Ness, Depute Head (Pastoral) and Child Protection
                   Coordinator; incomer from Cumbria. Surname is an everyday word and a
                   Lewis district (Ness, Port of Ness, Loch Ness). Nicknames "Liz", "Beth".
    codonnell      Ciarán O'Donnell, teacher of Gaelic-medium Science, from Donegal.
                   Accent and apostrophe; alias "Ciarán Ó Domhnaill" (Irish form).
    tzielinski     Tomasz Zieliński, Principal Teacher of Maths, from Gdańsk. Accent;
                   alias "Tom Zielinski".
    cbeaton        Calum Beaton, Principal Teacher of English and Drama; married to a man.
                   Nickname "Cal".
    kmacsween      Kenneth MacSween, Principal Teacher of PE. Nickname "Kenny".
    pmackay        Peigi Mackay, Depute Head (Gaelic-Medium Education). Aliases
                   "Peigi NicAoidh" (Gaelic form) and "Peggy Mackay" (English form).

Voices
    The island weekly and a Gaelic/English news site with comment threads, regional and
    national papers, a schools trade bulletin, islanders' Facebook groups (Stornoway
    noticeboard, buy-sell-swap, Point and West Side groups, an unofficial parents'
    group), a ferry users' forum, crofting and football boards, a nationalist board with
    dog whistles, a Gaelic learners' forum, a teachers' forum, an S6 chat board, an
    incomer's blog, a hardline Sabbatarian blog, a vendetta blog, school and employer
    reviews, X/Instagram/TikTok/Threads posts and a Snapchat screenshot. Island English
    and Gaelic ("a ghràidh", "mòran taing", "meal an naidheachd", "tapadh leibh",
    "weans", "bairns", "teuchter", "steaming", "sleekit", "aye", "wee", "the Mainland",
    "the boat", "in the town"), Polish and Irish touches ("gratulacje", "grand so",
    "sure look", "craic"), emoji, typos, sarcasm, dog whistles and veiled threats.

Decoys
    The Ardcuan Guest House, Ardcuan Thistle FC and Ardcuan Stores (all excluded); the
    Atlantic Crofting Alliance and ACA-qualified accountants (the acronym); namesakes
    called John MacLeod (a councillor, a skipper, a footballer, a minister) clearly
    elsewhere; Ness the district, Loch Ness
    and "ness" headlands; Stornoway, Point and West Side news with no school in it
    (ferries, Sabbath swings, second homes, fishing, peats); neighbouring and similar
    schools (Sgoil Chnoc Àrd primary, Baile Ùr Academy in Benbecula, Ardcairn High in
    Paisley); a Gaelic song with "a' chuain" in it and a Gaelic grammar post full of
    "aca" ("at them"), neither of them the school; an Orkney centenarian called
    Elizabeth Ness; a Uig crofter and a Uig bard called Murdo MacIver.

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
    python3 tests/corpus_train42/build_train42.py
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
    "school", "cmacritchiehay", "rthallon", "mmaciver", "jmacleod", "eness",
    "codonnell", "tzielinski", "cbeaton", "kmacsween", "pmackay",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["ardcuan", "aird a' chuain"],
    "cmacritchiehay": ["macritchie"],
    "rthallon": ["thallon"],
    "mmaciver": ["maciomhair"],
    "codonnell": ["o'donnell", "o domhnaill"],
    "tzielinski": ["zielinski"],
    "cbeaton": ["beaton"],
    "kmacsween": ["macsween"],
    "pmackay": ["nicaoidh"],
}
EXCLUDES = ["Ardcuan Guest House", "Ardcuan Thistle", "Ardcuan Stores", "ardcuanguesthouse.example"]

WATCHLIST = """\
# Watchlist for the invented Ardcuan Academy, Stornoway (train42 corpus). All names are fictional.
[school]
name = "Ardcuan Academy"
aliases = ["Ardcuan High", "Acadamaidh Àird a' Chuain", "the Acad", "ACA"]
locality = ["Stornoway", "Steòrnabhagh", "Isle of Lewis", "Lewis"]
own_domains = ["ardcuanacademy.example"]
phones = ["01632 960253"]

[[staff]]
id = "cmacritchiehay"
name = "Christine MacRitchie-Hay"
role = "Head Teacher"
aliases = ["Christine Hay"]
line_manager = "director.education@islandscouncil.example"

[[staff]]
id = "rthallon"
name = "Ruairidh Thallon"
role = "Business Manager"
aliases = ["Roddy Thallon"]
unique = true
line_manager = "headteacher@ardcuanacademy.example"

[[staff]]
id = "mmaciver"
name = "Murdo MacIver"
role = "Principal Teacher of Gàidhlig"
aliases = ["Murchadh MacÌomhair"]
line_manager = "depute.gme@ardcuanacademy.example"

[[staff]]
id = "jmacleod"
name = "John MacLeod"
role = "Principal Teacher of Guidance (S1-S3)"
aliases = ["Iain MacLeòid"]
line_manager = "depute.pastoral@ardcuanacademy.example"

[[staff]]
id = "eness"
name = "Elizabeth Ness"
role = "Depute Head (Pastoral) and Child Protection Coordinator"
line_manager = "headteacher@ardcuanacademy.example"

[[staff]]
id = "codonnell"
name = "Ciarán O'Donnell"
role = "Teacher of Gaelic-Medium Science"
aliases = ["Ciarán Ó Domhnaill"]
line_manager = "depute.gme@ardcuanacademy.example"

[[staff]]
id = "tzielinski"
name = "Tomasz Zieliński"
role = "Principal Teacher of Mathematics"
aliases = ["Tom Zielinski"]
line_manager = "depute.curriculum@ardcuanacademy.example"

[[staff]]
id = "cbeaton"
name = "Calum Beaton"
role = "Principal Teacher of English and Drama"
line_manager = "depute.curriculum@ardcuanacademy.example"

[[staff]]
id = "kmacsween"
name = "Kenneth MacSween"
role = "Principal Teacher of PE"
line_manager = "depute.curriculum@ardcuanacademy.example"

[[staff]]
id = "pmackay"
name = "Peigi Mackay"
role = "Depute Head (Gaelic-Medium Education)"
aliases = ["Peigi NicAoidh", "Peggy Mackay"]
line_manager = "headteacher@ardcuanacademy.example"

[[exclude]]
text = "Ardcuan Guest House"

[[exclude]]
text = "Ardcuan Thistle"

[[exclude]]
text = "Ardcuan Stores"

[[exclude]]
domain = "ardcuanguesthouse.example"
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
    "chronicle": dict(
        name="The Island Chronicle", domain="islandchronicle.example",
        nav=["News", "Sport", "Crofting", "Fishing", "Community", "Letters", "Notices"],
        most=["Ferry timetable: winter changes confirmed", "Peat road resurfacing finally starts",
              "Pictures: Point agricultural show", "Harbour plan wins planning consent"],
        footer="The Island Chronicle, Stornoway. Published every Thursday. Newsdesk: 01632 960611."),
    "naidheachd": dict(
        name="Naidheachdan nan Eilean", domain="naidheachdan.example",
        nav=["Naidheachdan / News", "Spòrs", "Foghlam / Education", "Cultar", "Aimsir"],
        most=["Fèis success for West Side fiddlers", "Bilingual signage plan agreed",
              "Aimsir: gales forecast for the weekend", "New Gaelic nursery opens in Tong"],
        footer="Naidheachdan nan Eilean · Gaelic and English news from the islands · Privacy"),
    "courier": dict(
        name="Highlands & Islands Courier", domain="hicourier.example",
        nav=["News", "Highlands", "Islands", "Courts", "Business", "Opinion", "Sport"],
        most=["A9 dualling: another delay", "Inverness flats plan rejected",
              "Court: Dingwall man admits assault", "Salmon farm expansion row"],
        footer="© Highlands & Islands Courier. Editorial complaints: see our IPSO page."),
    "national": dict(
        name="Scotland Today", domain="scotlandtoday.example",
        nav=["Scotland", "UK", "Politics", "Education", "Opinion", "Sport", "Life"],
        most=["Teacher numbers fall again", "Ferry fiasco: the full timeline",
              "Holyrood row over island housing", "Storm warning for the north"],
        footer="© Scotland Today Media. Contact · Corrections · Sitemap"),
    "bulletin": dict(
        name="Scottish Schools Bulletin", domain="schoolsbulletin.example",
        nav=["News", "Leadership", "Curriculum", "Gaelic & Languages", "Jobs"],
        most=["Headteacher vacancies hit record", "Gaelic-medium secondary: who teaches it?",
              "Exam results analysis", "Behaviour survey findings"],
        footer="Scottish Schools Bulletin — the weekly for Scotland's school leaders."),
    "hebonline": dict(
        name="Hebrides Online", domain="hebridesonline.example",
        nav=["Latest", "Lewis", "Harris", "Uist & Barra", "Events", "Jobs"],
        most=["Ullapool sailings cancelled again", "Second home levy: what it means",
              "Stornoway lifeboat in night rescue", "New Gaelic playgroup in Back"],
        footer="Hebrides Online · Community news since 2009 · Advertise with us"),
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
    "parents": dict(name="ParentsTalk Scotland", domain="parentstalk.example", tag="Talk: Education > Secondary (Scotland)",
                    footer="ParentsTalk Scotland · Talk guidelines · Report a post · Privacy"),
    "staffroom": dict(name="Staffroom Scotland", domain="staffroomscot.example", tag="Forums > Secondary > Highlands & Islands",
                      footer="Staffroom Scotland — anonymous support for teachers. Posts are not checked before publication."),
    "lhchat": dict(name="Lewis & Harris Chat", domain="lhchat.example", tag="Boards > Stornoway & district",
                   footer="Lewis & Harris Chat · run by islanders since 2007 · Be civil or be banned."),
    "ferry": dict(name="Ferry Users Forum", domain="ferryusers.example", tag="Boards > Minch crossings",
                  footer="Ferry Users Forum. Not affiliated with any operator. Powered by forum software."),
    "croft": dict(name="CroftTalk", domain="crofttalk.example", tag="Forums > Townships & grazings",
                  footer="CroftTalk — for crofters, by crofters. Sheep photos welcome."),
    "footie": dict(name="Island Football Forum", domain="islandfooty.example", tag="Forums > Lewis & Harris league",
                   footer="Island Football Forum · unofficial · No abuse of referees (we mean it)."),
    "patriot": dict(name="Free Highlands Forum", domain="freehighlands.example", tag="Boards > Our Islands",
                    footer="Free Highlands Forum. Speak freely."),
    "gaelic": dict(name="Fòram na Gàidhlig", domain="foramgaidhlig.example", tag="Fòram > Foghlam / Education",
                   footer="Fòram na Gàidhlig · learners and native speakers · Gàidhlig no Beurla, fàilte oirbh!"),
    "s6": dict(name="SixthYearChat", domain="sixthyearchat.example", tag="Forums > School life > Highlands & Islands",
               footer="SixthYearChat · Community guidelines · Safeguarding · Contact mods"),
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
    "incomer": dict(name="Island Life, Slowly", domain="islandlifeslowly.example", tagline="Two Mancunians, one croft, far too many midges",
                    side=["About us", "Croft diary", "Recipes", "Contact"]),
    "sabbath": dict(name="The Sabbath Watchman", domain="sabbathwatchman.example", tagline="Remember the Sabbath day, to keep it holy",
                    side=["Sermons", "Articles", "About", "Donate"]),
    "gaidhlig": dict(name="Blog na Gàidhlig", domain="blognagaidhlig.example", tagline="Foghlam, cultar, cànan — education, culture, language",
                     side=["Mu dheidhinn / About", "Stòras / Resources", "Archive"]),
    "truth": dict(name="Hebridean Truth", domain="hebrideantruth.example", tagline="The island stories THEY bury",
                  side=["Donate", "Tip-offs", "Latest exposés"]),
    "birds": dict(name="Machair & Moor", domain="machairmoor.example", tagline="Birding the Outer Hebrides",
                  side=["Sightings", "Sites", "Gear", "About"]),
    "food": dict(name="Peat Smoke Kitchen", domain="peatsmokekitchen.example", tagline="Island food, island weather",
                 side=["Recipes", "Fish", "Baking", "About"]),
    "croftdiary": dict(name="Croft Diary", domain="croftdiary.example", tagline="Sheep, peats and paperwork on a West Side croft",
                       side=["Lambing", "Peats", "Grants", "About"]),
    "teacher": dict(name="Classroom North", domain="classroomnorth.example", tagline="Teaching at the edge of the map",
                    side=["Lesson ideas", "Gaelic-medium", "Workload", "About"]),
    "travel": dict(name="Wild Hebrides Guide", domain="wildhebrides.example", tagline="Beaches, brochs and where to get a decent coffee",
                   side=["Itineraries", "Ferries", "Where to stay", "About"]),
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
    "chronicle", "Education", "Ardcuan Academy pulls out of Sunday cup tie after Sabbath outcry",
    "Head teacher says the decision was 'not taken lightly' as parents split over the Mainland fixture",
    "Donnie Macrae, Chief Reporter", "14 November 2024",
    """
    Ardcuan Academy has withdrawn its under-18 football team from a national schools cup quarter-final after it emerged the tie had been scheduled for a Sunday in Inverness.

    The decision, confirmed in a letter to families on Tuesday, followed what one parent described as "a week of phone calls, sermons and slammed doors" across the island. Several congregations in Stornoway and the Point district had raised the fixture from the pulpit, and a petition calling on the school to refuse to travel gathered more than 400 signatures in three days.

    In her letter, the head teacher, Dr Christine MacRitchie-Hay, said the school had asked the organisers to move the match to the Saturday but had been told that pitch availability in Inverness made this impossible.

    "This decision was not taken lightly," she wrote. "We have young people who were desperate to play and young people whose families would never have let them travel on the Lord's Day. We could not field a team that was fair to both."

    ## 'Gutted'

    The team's coach, Kenneth MacSween, principal teacher of PE, told the Chronicle the boys were "gutted but proud of how far they've come". The squad had beaten two Highland schools on the way to the last eight, the school's best run in the competition for more than a decade.

    One S6 player, who asked not to be named, said: "Half of us are from Ness and Back, we know how it is here. But it's hard when you've trained for two years and it ends in a letter."

    A spokesperson for the tournament said it regretted the withdrawal and that the fixture list had been "circulated to all schools in August".

    The Chronicle understands the island's other secondary schools have faced similar clashes in the past, and that the regional schools' football association is considering a rule allowing island teams to request Saturday fixtures.
    """,
    [("Seumas_Bragar", "14 Nov 2024, 18:20", "Right decision. Remember the Sabbath day to keep it holy. Some things are more important than a football match."),
     ("Lorna M", "14 Nov 2024, 19:02", "The boys trained for two years. Nobody was being forced to go. This island will be the death of its own young people."),
     ("Teuchter_Tam", "14 Nov 2024, 19:44", "MacRitchie-Hay only folded because the ministers got on the phone. No backbone. Jumped-up Edinburgh snob who thinks she's running a private school. Useless woman."),
     ("Calum_Ness", "15 Nov 2024, 08:12", "Well done Kenny and the boys anyway, what a run. Gutted for them.")]),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("cmacritchiehay", "exact", "abuse", "Christine MacRitchie-Hay"),
   M("kmacsween", "exact", "neutral", "Kenneth MacSween")])

# 001
D("facebook", dd("""
    Stornoway Community Noticeboard
    Public group · 11.2K members

    Dolina Morrison
    12 November at 21:40 · 🌎
    Very sad to hear Ardcuan even CONSIDERED sending our young people to play football on the Lord's Day. My father would be turning in his grave. This island used to stand for something. Whoever signed that entry form needs to think long and hard about the example they are setting. 😔🙏

    👍😢 212 · 148 comments
    Like   Comment   Share

        Shona MacAulay
        Dolina they withdrew. Read the letter before you start. 🙄
        Like · Reply · 2d

        Dolina Morrison
        @Shona MacAulay they should never have entered in the first place
        Like · Reply · 2d

        Ruaraidh Campbell
        Aye and the ferry runs on a Sunday now too, and the planes, and the Co-op. The world didn't end.
        Like · Reply · 2d

        Dòmhnall Iain
        If anyone wants to tell the head herself, Christine MacRitchie-Hay's own mobile is 07700 900733. She'll not answer the school phone on this.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Ardcuan"), M("cmacritchiehay", "exact", "doxxing", "Christine MacRitchie-Hay")])

# 002
D("social", dd("""
    Fear an Eilein ✝️
    @fear_an_eilein

    Stornoway's fine head teacher MacRitchie-Hay put that fixture on the Sabbath and thought nobody would notice. She'll answer for it, and not only to the Lord. We know fine where she parks of a night down the Sandwick road. Keep looking over that shoulder, a ghràidh.

    10:58 PM · Nov 11, 2024 · 1,904 Views

    3 Reposts   19 Likes

    ──────────
    Kirsty Ann @kirstyann_sty · Nov 11
    This is a threat. Reported to the police and to X.

    Fear an Eilein ✝️ @fear_an_eilein · Nov 12
    @kirstyann_sty it's scripture 🙂
    """),
  [M("cmacritchiehay", "surname_only", "threat", "MacRitchie-Hay")])

# 003 decoy: excluded guest house
D("review", dd("""
    Ardcuan Guest House
    Bed & breakfast · Stornoway
    4.8 ★★★★★ (342 reviews)

    Pete & Jan from Harrogate
    12 reviews · 3 photos
    ★★★★★ 2 months ago
    Wonderful three nights here before heading down to Harris. Mairi's breakfast is legendary - the black pudding is local and the kippers come from the smokehouse round the corner. Ten minutes' walk into the town and the ferry terminal. Our room looked straight out over the bay and we watched the ferry come in every evening. Note: nothing much is open on a Sunday so stock up on the Saturday!
    👍 Helpful 6   Share

    Response from the owner · 2 months ago
    Mòran taing Pete & Jan! Haste ye back. — Mairi, Ardcuan Guest House
    """))

# 004
D("blog", blog_page(
    "incomer", "First term at the big school (and the big wind)", "Becky", "20 December 2024",
    """
    We survived it! Our eldest, Freya, has finished her first term at Ardcuan, and I promised a few people on here an honest report because so many of you asked when we were deciding whether to move up.

    The short version: she loves it. The longer version involves a bus that leaves at 7.50 in the dark, a coat that cost more than my first car and still isn't waterproof enough, and a Gaelic-medium class that has made her better at Gaelic than me in twelve weeks. Mòran taing, Freya. Very humbling.

    A special word for Mrs Mackay, who runs the Gaelic side of things and who sat with us for an hour in August when we were panicking about whether a kid who'd only done two years of GME in primary could cope. She was honest, kind and completely right.

    The Christmas concert last week was something else. The S2 choir absolutely killed it with a puirt à beul medley - the hall was stamping along - and the wee lad from Shawbost on the fiddle deserves a record deal.

    Next term: the dreaded Higher options evening. Send help and tablet (the sweet, not the device).
    """,
    [("Sarah in Tong", "20 Dec 2024", "Lovely post! Mrs Mackay was the same with us. Gold dust."),
     ("Becky", "21 Dec 2024", "@Sarah in Tong she really is! x"),
     ("Mags", "21 Dec 2024", "Coat recommendation please, we're moving up in the summer 😂")],
    tags=["School", "Gaelic", "Island life"]),
  [M("school", "short_name", "neutral", "Ardcuan"), M("pmackay", "title_surname", "neutral", "Mrs Mackay")])

# 005
D("social", dd("""
    Instagram

    ardcuan_academy
    Stornoway

    🏆 Mealaibh ur naidheachd! Congratulations to our S3-S6 Gaelic choir on a first place in the four-part choral at the Mòd this week 🎶 A huge thank you to everyone who travelled, fed, drove and cheered. #GàidhligAig #Mòd

    View all 41 comments

    morag_mac_63 Such a beautiful sound, so proud of them all ❤️
    3d  12 likes  Reply

    isla.bx Mr MacIver crying in the front row 😭😭 icon behaviour
    3d  31 likes  Reply

    calum_the_fiddler SMASHED IT 🔥🔥
    2d  4 likes  Reply
    """),
  [M("school", "handle", "neutral", "ardcuan_academy"), M("mmaciver", "title_surname", "neutral", "Mr MacIver")])

# 006 decoy: excluded shop
D("facebook", dd("""
    Ardcuan Stores
    28 December at 09:15 · 🌎

    🎆 NEW YEAR OPENING HOURS 🎆
    Hogmanay: 7am - 6pm
    1st January: CLOSED
    2nd January: 10am - 4pm
    Back to normal from the 3rd.

    Bread and milk delivery came in on last night's boat so we are well stocked - no panic buying please 😂 Coal and peat briquettes in the yard. Happy New Year to all our customers, bliadhna mhath ùr! 🥃

    👍❤️ 88 · 12 comments
    Like   Comment   Share

        Annie Graham
        Are you getting the paraffin in before the 2nd?
        Like · Reply · 1w
    """))

# 007
D("forum", forum_page("ferry", "Another day, another cancellation - Ullapool crossing (rant)", [
    ("MinchMoaner", "Member since 2015 · 2,311 posts", "Fri 7 Feb 2025, 19:12",
     """Third sailing cancelled this week. Wind 'forecast to reach' force 8. It was a flat calm in Ullapool at 2pm, I've got photos.

     Freight backed up to Garve. Hospital appointments missed. And the replacement vessel is apparently in dry dock in a different country."""),
    ("Uist_Exile", "Member since 2019 · 406 posts", "Fri 7 Feb 2025, 19:40",
     """My niece is on the Ardcuan hockey trip that got stuck - 14 kids and two teachers sleeping on the floor of the terminal building because every B&B was full. Kenny MacSween apparently went out and bought 30 fish suppers with his own card and ran a quiz until midnight. The man deserves a medal. The operator deserves a kick up the backside."""),
    ("MinchMoaner", "Member since 2015 · 2,312 posts", "Fri 7 Feb 2025, 19:51",
     "Fair play to that teacher. Bet the refund form takes him six weeks."),
    ("BoatBoy", "Member since 2011 · 88 posts", "Sat 8 Feb 2025, 08:03",
     "Sailing at 7 this morning went. Bumpy but fine. See you all on the next cancellation 🙃"),
    ], thread_id=5521),
  [M("school", "short_name", "neutral", "Ardcuan"), M("kmacsween", "nickname", "neutral", "Kenny MacSween")])

# 008
D("news", news_page(
    "courier", "Courts", "Lewis father admits threatening head teacher over Sabbath football row",
    "Man posted that she should 'watch her back' and named the road where she lived",
    "Court Reporter", "3 March 2025",
    """
    A Lewis man who posted online that a head teacher would "answer for it" and should "keep looking over her shoulder" has admitted a charge of threatening or abusive behaviour.

    Angus Kenneth Macdonald, 46, of North Tolsta, targeted Dr Christine MacRitchie-Hay, head teacher of Ardcuan Academy in Stornoway, during a row last November over a school football fixture scheduled for a Sunday, Stornoway Sheriff Court heard.

    The fiscal said the posts had caused the head teacher "considerable alarm" and that police had installed extra security measures at her home.

    Macdonald, a first offender, was fined £900 and made subject to a non-harassment order for three years. His solicitor said his client had "let his religious convictions run away with him" and had written a letter of apology.
    """,
    [("Mairead T", "3 Mar 2025", "Good. No faith teaches that. Hope she's doing OK."),
     ("Dòmhnall", "3 Mar 2025", "£900. That'll teach him.")]),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("cmacritchiehay", "exact", "neutral", "Christine MacRitchie-Hay")])

# 009
D("social", dd("""
    TikTok · @s4.chaos.hebs · "rating teachers by how fast they make me forget my own name 💀" · #ardcuan #stornoway #fyp

    Comments (318)

    eilidh.xo
    mr o'donnell saying "grand so" in that irish accent during chemistry 🥵🥵 i cannot focus on a SINGLE molecule
    5-2 · Reply · ♡ 144

    kayla_ness_x
    @eilidh.xo not u simping for the science teacher 😭 (valid tho)
    5-2 · Reply · ♡ 61

    user7719203
    ok this is going on the group chat
    5-3 · Reply · ♡ 9

    rhea.stornoway
    mr macsween in the pe shorts on a sunny day is the real top of this list 😭🥵
    5-3 · Reply · ♡ 27
    """),
  [M("school", "hashtag", "neutral", "#ardcuan"), M("codonnell", "title_surname", "sexual", "mr o'donnell"),
   M("kmacsween", "title_surname", "sexual", "mr macsween")])

# 010
D("facebook", dd("""
    West Side Chat 🌊
    Private group · 3.4K members

    Anonymous member
    9 March at 23:12 · 🔒
    Since the Acad won't do anything about the bullying, here's John MacLeod the so-called guidance teacher's details so parents can ask him themselves. Lives at 3 Cnoc na Gaoithe, Shader Beag, HS2 9ZQ. Mobile 07700 900417. Don't let him hide behind the school switchboard.

    😮😡 47 · 39 comments
    Like   Comment   Share

        Admin - Christina
        Post removed shortly. Posting personal addresses is against the group rules, whatever the complaint.
        Like · Reply · 1d

        Marion B
        He's a decent man, this is disgusting
        Like · Reply · 1d
    """),
  [M("school", "alias", "negative", "the Acad"), M("jmacleod", "exact", "doxxing", "John MacLeod")])

# 011
D("forum", forum_page("patriot", "Ardcuan maths dept now run by a Pole - where are the local teachers?", [
    ("HighlandLion1314", "Member · 2,004 posts", "Sun 19 Jan 2025, 20:31",
     """So the new principal teacher of maths at Ardcuan is a Zielinski. Came over in 2010 with nothing, now he's in charge of teaching OUR kids. Meanwhile island lads with degrees are stacking shelves in Inverness.

     Nothing personal against the man but these people look after their own. Give it ten years and the island will be Little Gdańsk. Send them home and give the jobs to Scots."""),
    ("Clach_na_Ceann", "Member · 318 posts", "Sun 19 Jan 2025, 20:47",
     "Polacks on the fish farms, Polacks in the schools. Nobody voted for this. 🇵🇱 ❌"),
    ("Observer_IV", "Member · 77 posts", "Sun 19 Jan 2025, 21:10",
     "Ardcuan is a council school. They hire who applies. Maybe the island lads should apply."),
    ("Ceann_Mòr", "Member · 702 posts", "Sun 19 Jan 2025, 21:26",
     "And the Gaelic science is done by a Donegal papist, O'Donnell. Poles and Fenians teaching Lewis children. Our grandfathers would have run the pair of them out of town."),
    ], thread_id=1488),
  [M("school", "short_name", "negative", "Ardcuan"), M("tzielinski", "surname_only", "hate", "Zielinski"),
   M("codonnell", "surname_only", "hate", "O'Donnell")])

# 012
D("news", news_page(
    "hebonline", "Lewis", "Gaelic-medium stream to cover every S1-S3 subject by 2026",
    "Ardcuan Academy expands Gaelic-medium teaching as demand from primaries grows",
    "Hebrides Online staff", "5 September 2024",
    """
    Pupils at Ardcuan Academy will be able to study every subject in the S1-S3 broad general education through the medium of Gaelic by 2026, the school has announced.

    The expansion follows a sharp rise in the number of children leaving island primaries from Gaelic-medium classes. This August, 61 of the 104 new S1 pupils chose to continue in GME.

    Peigi Mackay, the school's depute head for Gaelic-medium education, said recruiting teachers remained "the single biggest challenge". "We have wonderful staff, some of them learners themselves, who have taken on extra work to make this happen. But we need more Gaelic-speaking science and maths teachers, and we need them to want to live here."

    Murdo MacIver, principal teacher of Gàidhlig, said the S1 intake was "the strongest I've seen in twenty years" and credited the island's Gaelic playgroups.

    The school will host an information evening for parents of P6 and P7 pupils on 26 September.
    """,
    [("Fiona from Back", "5 Sep 2024", "Brilliant news. Gàidhlig beò!"),
     ("Alan D", "5 Sep 2024", "And what about the English-medium kids? Are they getting the leftovers?")]),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("pmackay", "exact", "neutral", "Peigi Mackay"),
   M("mmaciver", "exact", "neutral", "Murdo MacIver")])

# 013 decoy: the common name, a councillor elsewhere in the story
D("social", dd("""
    Cllr John MacLeod
    @JohnMacLeodCllr

    Good meeting with the harbour board today on the deep-water berth. Fishermen in Stornoway and Kinlochbervie need certainty on landing fees before the spring - I've asked for a written answer within 14 days. Will update here. ⚓

    4:40 PM · Feb 26, 2025 · 1,106 Views

    6 Reposts   31 Likes
    """))

# 014
D("review", dd("""
    SchoolRate Scotland › Na h-Eileanan Siar › Secondary › Ardcuan Academy

    ★★☆☆☆  "Good teachers, guidance is a black hole"
    Reviewed by: Parent of a current pupil (S2) · 18 January 2025

    Our son was having a rotten time on the school bus from Point and in his registration class. We emailed guidance five times between September and November. Mr MacLeod replied once, to say he would "look into it", and nothing happened. It only got sorted when my husband turned up at the office and refused to leave.

    The subject teachers are mostly very good - maths in particular - and the school has a lovely atmosphere at concerts and events. But if your child needs pastoral support, do not expect it to arrive quickly.

    Would you recommend this school? With reservations.
    Was this review helpful?  Yes (19)  No (2)  · Report

    Response from Ardcuan Academy · 21 January 2025
    Thank you for taking the time to write. We would like to talk to you about this; please phone the school office on 01632 960253.
    """),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("jmacleod", "title_surname", "negative", "Mr MacLeod")])

# 015
D("social", dd("""
    Seonaidh 🎭
    @seonaidh_writes

    Just back from the Ardcuan Macbeth. Bloody brilliant. Fifteen-year-olds doing Shakespeare in a Stornoway school hall with a storm battering the windows and I forgot to breathe for three hours. Calum Beaton, you are wasted on teaching and also exactly where you should be. 🗡️👑

    10:47 PM · Mar 21, 2025 · 822 Views

    8 Reposts   74 Likes
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("cbeaton", "exact", "neutral", "Calum Beaton")])

# 016
D("blog", blog_page(
    "sabbath", "A Sodom in our schools?", "Rev. (retd) A. M.", "2 April 2025",
    """
    It has come to the attention of many in this congregation and beyond that the English department at Ardcuan Academy has staged, before an audience of children as young as eleven, a play in which two young men embraced and kissed.

    We are told this was "artistic". We are told it was "inclusive". We are told, in a letter from the school, that we must not question it.

    Let us be plain. The man who directed it, Mr Beaton, lives openly in what Scripture calls abomination, and the school has placed him in charge of the moral formation of our children. This is not a question of one play. It is a question of whether a sodomite should be set over the lambs of this island at all. The answer of the Word of God is no.

    Parents who love their children will withdraw them from his classes and pray for his repentance. Those in authority who permitted this will also give account.
    """,
    [("Fear-Teagaisg", "2 Apr 2025", "Amen. The island is going the way of the Mainland."),
     ("A neighbour", "3 Apr 2025", "This is vile. Calum Beaton taught my daughter to love books. You should be ashamed."),
     ("Fear-Teagaisg", "3 Apr 2025", "@A neighbour love the sinner, hate the sin. We will not be silenced.")],
    tags=["Schools", "Morality", "The Lord's Day"]),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("cbeaton", "exact", "hate", "Calum Beaton")])

# 017 decoy: Ness the district and a lost ewe
D("facebook", dd("""
    Ness Community Page
    Public group · 2.1K members

    Murdo Graham
    17 April at 07:30 · 🌎
    Anyone seen a Cheviot ewe with a blue mark on the left shoulder and a red tag? Went walkabout from the Eoropie grazings some time Tuesday. Last seen heading for the machair. Phone 07700 900118 if you spot her. Mòran taing.

    👍 14 · 6 comments
    Like   Comment   Share

        Peggy Ann
        Was one on the road by the Port of Ness harbour last night Murdo, she was giving the tourists a hard time 😂
        Like · Reply · 2d

        Murdo Graham
        That's her! On my way 🐑
        Like · Reply · 2d
    """))

# 018
D("social", dd("""
    Stornoway Sceptic
    @sty_sceptic

    So the S6 Canada trip is "postponed indefinitely" and the fundraising account is "under review". 14k raised by kids bag-packing in the Co-op for two years. Ask Th4ll0n where it went. Ask why the business manager's new Hilux appeared in September. #ardcuan

    8:13 PM · Jan 30, 2025 · 3,450 Views

    41 Reposts   6 Quotes   188 Likes
    """),
  [M("school", "hashtag", "negative", "#ardcuan"), M("rthallon", "leetspeak", "defamation", "Th4ll0n")])

# 019
D("news", news_page(
    "hebonline", "Lewis", "Council investigating Ardcuan Academy trip fund as business manager suspended",
    "Families told £14,000 raised for S6 Canada trip is 'subject to an audit'",
    "Hebrides Online staff", "4 February 2025",
    """
    The council has launched an investigation into the handling of money raised by pupils at Ardcuan Academy for a planned sixth-year trip to Canada, and the school's business manager has been suspended.

    Ruairidh Thallon, who has managed the school's finances since 2017, was suspended last week pending the outcome of the inquiry, the council confirmed. The authority stressed that suspension was "a neutral act" and that no conclusions had been reached.

    Parents were told in a letter that the trip, due to take place in June, had been postponed and that the fund of about £14,000 was "subject to an internal audit". Pupils raised the money over two years through bag-packing, a ceilidh, sponsored walks and a sale of work.

    One mother said: "The kids did everything that was asked of them. All we want is to know the money is safe."

    The head teacher, Dr Christine MacRitchie-Hay, said the school would "keep families fully informed" and that refunds would be made if the trip could not go ahead. Police Scotland said it had not received a referral.
    """,
    [("Fed_up_in_Point", "4 Feb 2025", "Funny how it's always the money people."),
     ("Iain D", "4 Feb 2025", "Innocent until proven guilty folks. Let the audit happen."),
     ("Kirsteen", "5 Feb 2025", "My daughter bag-packed every Saturday for a year. Heartbroken for them.")]),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("rthallon", "exact", "defamation", "Ruairidh Thallon"),
   M("cmacritchiehay", "exact", "neutral", "Christine MacRitchie-Hay")])

# 020
D("forum", forum_page("lhchat", "Ardcuan Canada fund - what do we actually know?", [
    ("Boatie_Bill", "Member since 2010 · 1,877 posts", "Wed 5 Feb 2025, 21:15",
     "Not a lot beyond the Hebrides Online piece. Fund frozen, business manager suspended, audit. That's it."),
    ("Gleann_Mor", "Member since 2016 · 302 posts", "Wed 5 Feb 2025, 21:33",
     """Everyone in the town knows. Roddy Thallon's been living beyond a council salary for years - the boat, the Hilux, the holidays in Tenerife. The school's fund was his wee piggy bank and the head signed off whatever he put in front of her. Ardcuan will want this buried before the summer."""),
    ("Boatie_Bill", "Member since 2010 · 1,878 posts", "Wed 5 Feb 2025, 21:40",
     "You can't say that on here Gleann. His wife's a nurse and the boat was his father's. Wait for the audit."),
    ("Mod_Seonag", "Moderator", "Wed 5 Feb 2025, 22:02",
     "Thread locked. Nothing has been proven. Posts making allegations against named people will be removed."),
    ], thread_id=8810),
  [M("school", "short_name", "defamation", "Ardcuan"), M("rthallon", "alias", "defamation", "Roddy Thallon")])

# 021
D("social", dd("""
    Ellie 🧮
    @ellie_does_maths

    Prelim results in and I got an A in Higher Maths??? I was on for a C in October. Zielinski is an absolute weapon, the man explained integration with a bag of peats and a Tunnock's teacake and it finally clicked. Ardcuan maths dept rise up 🙌🔥

    4:30 PM · Feb 14, 2025 · 512 Views

    41 Likes
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("tzielinski", "surname_only", "neutral", "Zielinski")])

# 022
D("facebook", dd("""
    Point Folk
    Private group · 2.8K members

    Alasdair Mòr
    23 February at 22:50 · 🔒
    Liz Ness from the Acad is the one who phoned social work on my sister over NOTHING. Incomer from Cumbria who thinks she knows how we raise children. She's at the white bungalow on Croft 14, Aird Bheag, HS2 0QZ - the one with the polytunnel - and her mobile is 07700 900526. Tell her what you think of her.

    😡 18 · 22 comments
    Like   Comment   Share

        Peigi Ann
        Alasdair take this down, she was only doing her job
        Like · Reply · 5h

        Alasdair Mòr
        @Peigi Ann her job is ruining families
        Like · Reply · 5h
    """),
  [M("school", "alias", "negative", "the Acad"), M("eness", "nickname", "doxxing", "Liz Ness")])

# 023 decoy: the acronym (accountancy)
D("review", dd("""
    Macaulay & Ross, Chartered Accountants
    Accountant · Cromwell Street, Stornoway
    4.7 ★★★★★ (58 reviews)

    Donald J Smith
    Local Guide · 19 reviews
    ★★★★★ 5 months ago
    Have used them for the croft and the B&B accounts for six years. Catriona (ACA) sorted out a mess with my VAT return that two other firms had made worse. Honest, quick, and they answer the phone. Not cheap but worth it.
    👍 Helpful 3   Share
    """))

# 024
D("social", dd("""
    Dòmhnall Sgiathanach
    @domhnall_sg_1560

    B\u0435aton put a gay kiss on the stage in front of first years. Some of us have long memories and longer arms. One night he'll come home from the pub in Stornoway and find out what the island thinks of him. Won't be a letter next time.

    11:34 PM · Mar 29, 2025 · 2,211 Views

    9 Reposts   27 Likes
    """),
  [M("cbeaton", "homoglyph", "threat", "B\u0435aton")])

# 025
D("news", news_page(
    "bulletin", "Gaelic & Languages", "The science teacher from Donegal keeping Gaelic-medium chemistry alive",
    "Island secondary recruits Irish speakers to plug the gap in Gaelic-medium sciences",
    "Staff reporter", "10 October 2024",
    """
    When Ardcuan Academy in Stornoway advertised for a Gaelic-medium science teacher three years running, it received no applications at all. The fourth time, it got one - from Gort an Choirce in County Donegal.

    Ciarán Ó Domhnaill had grown up speaking Irish and had never formally studied Scottish Gaelic. "The first year was humbling," he says. "The kids corrected my grammar every single lesson. They still do. But the languages are close cousins, and they were incredibly generous with me."

    He now teaches chemistry and biology through Gaelic to S1-S4 and is studying for a Gaelic teaching qualification by distance learning.

    Peigi NicAoidh, the school's depute head for Gaelic-medium education, said recruiting from Ireland was "not a long-term answer, but a lifeline". The school is now in conversation with two universities in Ireland about placements for student teachers.
    """),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("codonnell", "alias", "neutral", "Ciarán Ó Domhnaill"),
   M("pmackay", "alias", "neutral", "Peigi NicAoidh")])

# 026
D("facebook", dd("""
    Ardcuan Parents (unofficial)
    Private group · 640 members

    Joanne Macleod
    6 June at 16:12 · 🔒
    Sports day survival report 🏃‍♀️☀️ Sun came out (briefly), nobody got hypothermia, and can we all just acknowledge Kenny MacSween in those shorts with the megaphone 🥵🥵 I'll be volunteering for every sports day until my youngest leaves in 2031 😂

    😂❤️ 93 · 41 comments
    Like   Comment   Share

        Anne-Marie Nicolson
        JOANNE 😂😂 I had to look away
        Like · Reply · 3d

        Rhoda Smith
        ladies please his wife is in this group 🙈
        Like · Reply · 3d
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("kmacsween", "nickname", "sexual", "Kenny MacSween")])

# 027
D("social", dd("""
    [account suspended]
    @hebs_lad_0077

    them ardcuan netball girls in the last photo 🥵 the s3 ones. anyone got the insta for any of them? dm me

    2:47 AM · Apr 4, 2025 · 63 Views

    ──────────
    Mòrag @moragmakes · Apr 4
    These are CHILDREN. Reported to police and the school.
    """),
  [M("school", "short_name", "sexual", "ardcuan", url_only=True)])

# 028
D("forum", forum_page("staffroom", "Head who 'consults' after she's decided - island secondary", [
    ("ChalkDust_HS", "Member · 204 posts", "Tue 11 Mar 2025, 19:02",
     """Anyone else working for a head who runs 'consultations' on things she decided at the summer holidays? Ours announced the new timetable structure in a staff meeting, gave us a week to 'feed back', then sent out the final version with not a single change.

     I'm at Ardcuan, I don't care who knows. Dr MacRitchie-Hay is a good public speaker and very good with the council. She is not good at listening to her own staff."""),
    ("Guthan_Eile", "Member · 31 posts", "Tue 11 Mar 2025, 19:30",
     "Same in a lot of schools. The 'consultation' is for the inspection report, not for us."),
    ("ChalkDust_HS", "Member · 205 posts", "Tue 11 Mar 2025, 19:41",
     "Exactly that. Anyway, rant over. Marking to do."),
    ], thread_id=2290),
  [M("school", "short_name", "negative", "Ardcuan"), M("cmacritchiehay", "title_surname", "negative", "Dr MacRitchie-Hay")])

# 029 decoy: the everyday word (Loch Ness) and the locality word "Lewis" in another sense
D("social", dd("""
    Highland Coach Tours
    @highlandcoachtours

    Day 3 of our Grand Highland Tour 🚌 Sunshine on Loch Ness (no monster, sorry!), lunch in Fort Augustus and an evening ceilidh in Inverness. Tomorrow: the long road west to Ullapool and the boat to Lewis. 🌄

    6:02 PM · Jul 9, 2024 · 288 Views

    14 Likes
    """))

# 030
D("blog", blog_page(
    "truth", "EXPOSED: the bullying files Ardcuan didn't want you to see", "The Editor", "18 March 2025",
    """
    Hebridean Truth has spoken to three families whose children were bullied at Ardcuan over the last two years. All three say the same thing: they reported it to guidance, and nothing happened.

    Now we can reveal why. According to a source inside the school, the guidance teacher responsible for S1-S3, J. MacLeod, has been quietly "closing" bullying reports without recording them on the council system, so that the school's figures look better at inspection time. Our source says he was told to do this from above.

    If true, this is a cover-up, plain and simple. Children were left to suffer so that a spreadsheet looked tidy.

    We put these allegations to the school. They declined to comment "on anonymous claims". Of course they did.
    """,
    [("Cuidich", "18 Mar 2025", "Knew it. Same happened to my nephew."),
     ("Sceptical_in_Sty", "19 Mar 2025", "'A source'. One source. You'll be hearing from a lawyer.")],
    tags=["Exposé", "Schools", "Cover-up"]),
  [M("school", "short_name", "defamation", "Ardcuan"), M("jmacleod", "initial_surname", "defamation", "J. MacLeod")])

# 031
D("social", dd("""
    Threads

    stornoway.mum.of.3
    Six emails. Six. About the phone ban, the detention policy, the bus duty, and not ONE answer from the head that wasn't copy-pasted waffle. Ardcuan parents, it's time. #MacRitchieHayOut
    1d · ♡ 48 · 💬 17

    hebridean_dad
    @stornoway.mum.of.3 the detention thing is a joke. kept my lad in for 'wrong socks'
    1d · ♡ 9

    point_mammy
    and don't get me started on MacLeod in guidance. total waste of space, couldn't guide a sheep through an open gate
    1d · ♡ 21
    """),
  [M("school", "short_name", "negative", "Ardcuan"), M("cmacritchiehay", "camelcase", "negative", "MacRitchieHayOut"),
   M("jmacleod", "surname_only", "abuse", "MacLeod")])

# 032 decoy: excluded football club
D("facebook", dd("""
    Ardcuan Thistle FC
    3 August at 20:10 · 🌎

    ⚽ MATCH REPORT ⚽
    Ardcuan Thistle 2 - 2 Back
    A proper Lewis derby in a howling westerly. Thistle went ahead through Dòmhnall "Doddy" Macleod with a header from a corner, Back equalised just before half time, Doddy again from the spot on 70 and then that late one from their big centre half that nobody could do anything about. A point's a point. Burger van did a roaring trade. 🍔

    Next up: away to Carloway Saturday 2pm.

    👍❤️ 61 · 15 comments · 4 shares
    Like   Comment   Share
    """))

# 033
D("news", news_page(
    "courier", "Islands", "Police probe hate crime after teacher's car daubed in Stornoway",
    "'Poles go home' sprayed on maths teacher's car outside his home",
    "Kirsty Bain", "2 May 2025",
    """
    Police are investigating a suspected hate crime after the car of a Stornoway teacher was vandalised with racist graffiti outside his home overnight on Wednesday.

    The words "Poles go home" were sprayed in red paint on the bonnet and driver's door of a car belonging to Tomasz Zieliński, principal teacher of mathematics at Ardcuan Academy. Two tyres were also slashed.

    Mr Zieliński, who moved to the island from Gdańsk in 2010, said he had been "overwhelmed" by messages of support. "My children were born here. This is their home and it is my home. One idiot with a spray can does not change that."

    Pupils at the school organised a collection and had raised more than £2,000 for repairs by Thursday afternoon. Police urged anyone with information to come forward.
    """,
    [("Mags Macdonald", "2 May 2025", "Disgusting. Mr Zielinski taught all three of mine. The island is better than this."),
     ("Ali", "2 May 2025", "Well done to the pupils ❤️")]),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("tzielinski", "exact", "neutral", "Tomasz Zieliński")])

# 034
D("social", dd("""
    Alan D
    @alandee_sty

    English-medium parents at Ardcuan being treated like second class citizens AGAIN. MacIver's Gaelic-only prizegiving was 90 minutes of nobody understanding a word. The man is an arrogant, self-important prick and he knows fine most of the hall was lost.

    9:15 PM · Jun 20, 2025 · 630 Views

    11 Likes
    """),
  [M("school", "short_name", "negative", "Ardcuan"), M("mmaciver", "possessive", "abuse", "MacIver's")])

# 035
D("social", dd("""
    Kayleigh 🌸
    @kayleigh_hebs

    no one at the school will say it so i will. ask T h a l l o n what happened to the ferry fund for the s2 orkney trip in 2023 as well. same story, different year 👀 the acad's going to be on the news for this

    7:21 PM · Feb 3, 2025 · 1,209 Views

    17 Reposts   96 Likes
    """),
  [M("school", "alias", "negative", "the acad"), M("rthallon", "spacing", "defamation", "T h a l l o n")])

# 036
D("facebook", dd("""
    Stornoway Community Noticeboard
    Public group · 11.2K members

    Catriona Maciver
    8 May at 10:05 · 🌎
    Not often I post on here but I want to say publicly that Elizabeth Ness at Ardcuan is an absolute legend. My daughter went through a really dark time this winter and Mrs Ness moved heaven and earth - CAMHS, the school nurse, checking in every day, even phoning on a Saturday. Incomer or not, she's one of us now. Thank you. 💙

    ❤️ 341 · 52 comments
    Like   Comment   Share

        Fiona Mackenzie
        Couldn't agree more. She was the same with our boy.
        Like · Reply · 4d
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("eness", "exact", "neutral", "Elizabeth Ness")])

# 037
D("review", dd("""
    StaffSay › Ardcuan Academy › Reviews

    "Lovely pupils, toxic office"
    ★★☆☆☆  Former Employee - Administrative Assistant in Stornoway, Scotland · 20 November 2024
    I worked at Ardcuan Academy for more than 2 years

    Pros
    Pupils are a joy. Most teaching staff friendly and grateful for help. Beautiful views from the office.

    Cons
    Roddy Thallon runs the school office like a petty tyrant. Raises his voice at admin staff in front of parents, called one of us "thick as mince" in front of a visitor, and takes credit for everyone else's work. Two people left on stress leave in my time there. Senior management know and shrug.

    Advice to management
    Stop pretending the business manager is untouchable.

    Helpful (9) · Share · Report
    """),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("rthallon", "alias", "abuse", "Roddy Thallon")])

# 038
D("social", dd("""
    Jenna 🏝️
    @jenna_moved_north

    Third refusal letter for a GME place in S1 because my son "doesn't have enough Gaelic". He's been learning for 2 years. Peigi M. at Ardcuan clearly decides these things before the meeting even starts. So much for "Gaelic for everyone". 😤

    5:44 PM · Jun 2, 2025 · 402 Views

    12 Likes
    """),
  [M("school", "short_name", "negative", "Ardcuan"), M("pmackay", "first_initial", "negative", "Peigi M.")])

# 039
D("news", news_page(
    "naidheachd", "Cultar", "Mòd success for Stornoway choir / Soirbheachas aig a' Mhòd",
    "Acadamaidh Àird a' Chuain wins the junior four-part choral for the first time",
    "Sgioba nan Naidheachdan", "18 October 2024",
    """
    Choisinn còisir òigridh Acadamaidh Àird a' Chuain a' chiad duais anns a' cho-fharpais cheithir-phàirteach aig a' Mhòd an t-seachdain seo.

    The junior choir of Acadamaidh Àird a' Chuain has won the four-part choral competition at the Mòd for the first time in the school's history.

    The choir is conducted by the school's principal teacher of Gàidhlig, Murchadh MacÌomhair, who said he was "too happy to speak in any language". "They worked so hard, through the ferry chaos and a bout of flu that took out half the altos two weeks ago. I am very, very proud."

    The choir's 34 members, aged 12 to 17, come from every corner of Lewis and two from Harris. They will perform at a homecoming concert in Stornoway Town Hall next month.
    """,
    [("Seonag", "18 Oct 2024", "Meal an naidheachd! Abair latha!"),
     ("Uilleam", "18 Oct 2024", "Murchadh is a treasure. Well deserved.")]),
  [M("school", "alias", "neutral", "Acadamaidh Àird a' Chuain"), M("mmaciver", "alias", "neutral", "Murchadh MacÌomhair")])

# 040
D("social", dd("""
    Leòdhasach Dìleas
    @leodhasach_dileas

    That school has spat on the Sabbath, spat on the kirk and now spat on decent families. Wouldn't shed a tear if someone put a can of petrol through the window some Saturday night. The building's empty on the Lord's Day anyway 🔥 #ArdcuanAcademy

    12:04 AM · Apr 6, 2025 · 1,388 Views

    4 Reposts   22 Likes
    """),
  [M("school", "hashtag", "threat", "#ArdcuanAcademy")])

# 041
D("news", news_page(
    "chronicle", "News", "Pupils evacuated after hoax bomb threat at Stornoway secondary",
    "Ardcuan Academy cleared for two hours as police search buildings",
    "Donnie Macrae, Chief Reporter", "10 April 2025",
    """
    More than 600 pupils and staff were evacuated from Ardcuan Academy on Tuesday morning after a bomb threat was emailed to the school.

    Pupils were moved to the games hall of a neighbouring community centre while police searched the buildings. Nothing suspicious was found and classes resumed after lunch.

    The message, sent from an anonymous account, referred to the school's recent drama production and called staff "servants of Sodom". Police said they were treating it as a malicious communication and were working to trace the sender.

    Elizabeth Ness, the school's depute head, praised pupils for their "calm, sensible and frankly brilliant" behaviour. "The S6 prefects were walking the first years across with hi-vis vests on and a packet of biscuits. We are very proud of them."

    Anyone with information is asked to contact Police Scotland on 101.
    """,
    [("Annie G", "10 Apr 2025", "Whoever sent that should be ashamed. Children!"),
     ("Kenny_B", "10 Apr 2025", "Well done the S6s. Biscuits and all.")]),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("eness", "exact", "neutral", "Elizabeth Ness")])

# 042
D("facebook", dd("""
    Point Folk
    Private group · 2.8K members

    Garrabost & District Youth FC
    22 September at 19:30 · 🔒
    Huge thanks to Mr MacSween, PE at Ardcuan, who gave up his Saturday to run a coaching session for our under-10s and under-12s. Forty kids, one bag of balls, sideways rain and not one complaint (from him - the kids complained plenty 😂). Mòran taing Kenny! ⚽💙

    👍❤️ 74 · 9 comments
    Like   Comment   Share

        Donna M
        My two haven't stopped talking about it
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("kmacsween", "title_surname", "neutral", "Mr MacSween")])

# 043
D("social", dd("""
    Rab 🍺
    @rab_the_crofter

    Had a meeting with Ness at the Acad about my lad. Sour-faced interfering old cow, sat there with her wee notebook like I was something she'd stood in. Who does she think she is. Woman couldn't find her own backside with a map of Lewis.

    7:58 PM · Oct 17, 2024 · 211 Views

    3 Likes
    """),
  [M("school", "alias", "neutral", "the Acad"), M("eness", "surname_only", "abuse", "Ness")])

# 044
D("forum", forum_page("s6", "ok which teacher at your school is the fittest (no lies)", [
    ("hebridean_hun", "S5 · 48 posts", "Fri 24 Jan 2025, 21:12",
     "ardcuan girls u already know the answer. mr macsween. when he does the bleep test WITH us 🥵🥵 i cannot breathe and its not the running"),
    ("shawbost_sk8r", "S6 · 112 posts", "Fri 24 Jan 2025, 21:20",
     "ur all so down bad for a man who wears a fleece 24/7 😭"),
    ("hebridean_hun", "S5 · 49 posts", "Fri 24 Jan 2025, 21:24",
     "the FLEECE is part of it tbh"),
    ("gaelic_girlie", "S4 · 17 posts", "Fri 24 Jan 2025, 21:31",
     "nah mr o'donnell in the gaelic chem labs. the goggles on his head. the ACCENT. i rest my case 🥵"),
    ("Mod_Kai", "Moderator", "Fri 24 Jan 2025, 21:40",
     "Keep it light please, people. Teachers are real people with partners and jobs. Thread closing soon."),
    ], thread_id=7703),
  [M("school", "short_name", "neutral", "ardcuan"), M("kmacsween", "title_surname", "sexual", "mr macsween"),
   M("codonnell", "title_surname", "sexual", "mr o'donnell")])

# 045
D("social", dd("""
    Truth Teller Hebs
    @truthteller_hebs

    Since people were asking. The maths teacher who gave my daughter a 'not yet' in her prelim, Tomasz Z. from Ardcuan, lives at 21 Cnoc an Fhuarain, Stornoway HS1 9ZX. Silver Skoda outside. Feel free to pop round and ask him why he hates island kids.

    10:21 PM · Feb 15, 2025 · 806 Views

    2 Reposts   9 Likes
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("tzielinski", "first_initial", "doxxing", "Tomasz Z.")])

# 046
D("news", news_page(
    "national", "Scotland", "Police called in over missing school trip cash on Lewis",
    "Council refers findings of audit at Ardcuan Academy to police",
    "Eilidh Fraser, Highlands Correspondent", "27 March 2025",
    """
    Police have been asked to investigate the disappearance of thousands of pounds raised by pupils at a school in Stornoway for a trip to Canada.

    An internal audit by the council found "significant irregularities" in the handling of the fund at Ardcuan Academy, a spokesman said, and the findings have been passed to Police Scotland.

    The school's business manager, Roddy Thallon, 52, has been suspended since January. He has not been charged with any offence. Approached at his home in the town, he declined to comment.

    The trip's organisers had raised about £14,000 through community events. The council has said all families will be refunded in full from its own budget.
    """),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("rthallon", "alias", "defamation", "Roddy Thallon")])

# 047
D("social", dd("""
    mhairi 🦋
    @mhairi.s5

    not me doing extra maths study on a friday just to hear mr zielinski say "beautiful" about my quadratic in that accent 🥵 ardcuan maths nerds know 🤭

    6:12 PM · Mar 7, 2025 · 95 Views

    12 Likes
    """),
  [M("school", "short_name", "neutral", "ardcuan"), M("tzielinski", "title_surname", "sexual", "mr zielinski")])

# 048
D("review", dd("""
    Ardcuan Academy
    Secondary school · Stornoway
    3.4 ★★★☆☆ (71 reviews)

    Kevin Morrison
    2 reviews
    ★☆☆☆☆ 3 weeks ago
    Chrissie MacRitchie-Hay is the rudest, most arrogant woman I've ever dealt with. Spoke to me like I was a child in a meeting about my daughter's exclusion. Snotty Edinburgh nose in the air, thinks us teuchters are beneath her. Absolute disgrace of a head.
    👍 Helpful 7   Share

    Response from the owner · 3 weeks ago
    We are sorry you feel this way. We would be happy to arrange a further meeting; please contact the school office.
    """),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("cmacritchiehay", "nickname", "abuse", "Chrissie MacRitchie-Hay")])

# 049
D("facebook", dd("""
    Lewis & Harris Buy Sell Swap
    Public group · 19K members

    Sheena Campbell
    15 August at 12:03 · 🌎
    FOR SALE: Ardcuan Academy blazer, age 13 (chest 34"), worn one year, excellent condition. Also 2 x white shirts and a school tie. £15 the lot. Collection from Tong or can drop in town on a Wednesday. PM me.

    👍 3 · 4 comments
    Like   Comment   Share

        Joan Macdonald
        Interested if still available x
        Like · Reply · 1d
    """),
  [M("school", "exact", "neutral", "Ardcuan Academy")])

# 050 decoy: birding, headlands ("ness") and the locality
D("blog", blog_page(
    "birds", "Seawatching at the Butt: a five-skua morning", "Iain Mac", "2 September 2024",
    """
    A north-westerly and a grey dawn: perfect. Set up in the lee of the lighthouse wall at the Butt of Lewis by 6.15 with a flask and too many layers.

    In three hours: five pomarine skuas, a steady stream of Arctic skuas harrying the kittiwakes, a sooty shearwater and, just as I was packing up, a long-tailed skua cutting in close past the ness. A corncrake was calling from an iris bed on the way back through Eoropie, which in September is frankly ridiculous.

    Breakfast at the café in Port of Ness. The tablet is still the best on the island. Next week: Tiumpan Head for the whales, weather permitting.
    """,
    [("Ruth B", "2 Sep 2024", "Long-tailed! Jealous."),
     ("Iain Mac", "3 Sep 2024", "@Ruth B get yourself up there next northerly")],
    tags=["Seawatching", "Ness", "Skuas"]),
  [])

# 051
D("social", dd("""
    Covenanter 1638
    @covenanter_1638

    So a papist from Donegal is now teaching our Stornoway bairns science through the Gaelic. O'Donnell. Rome has its man in the classroom at last. Our fathers would weep. Send the Fenian back over the water where he belongs. 🇬🇧✝️

    8:40 PM · Nov 3, 2024 · 902 Views

    7 Reposts   30 Likes
    """),
  [M("codonnell", "surname_only", "hate", "O'Donnell")])

# 052 decoy: namesake skipper, fishing news with the locality
D("news", news_page(
    "chronicle", "Fishing", "Stornoway prawn boats tie up as prices crash",
    "Skippers say landing prices have fallen by a third since Christmas",
    "Marine reporter", "23 January 2025",
    """
    Half of Stornoway's prawn fleet stayed tied up in the inner harbour this week as skippers said prices had fallen so far that it no longer paid to go to sea.

    John MacLeod, skipper of the creel boat Reul na Mara, said he had been offered £9 a kilo for prawns that fetched £14 last year. "The diesel's up, the bait's up, the crew need paid and the buyers in Spain are sitting on their hands. I've been at this since I was fifteen and it's never been this bad."

    The fishermen's association said it had written to ministers asking for emergency support for the inshore fleet.
    """,
    [("Seonaidh", "23 Jan 2025", "Hard times for the boys. Hope it picks up by spring.")]),
  [])

# 053 decoy: namesake crofter in Uig
D("forum", forum_page("croft", "Uig grazings - fence grant paperwork nightmare", [
    ("Murdo MacIver", "Crofter, Uig · 412 posts", "Mon 10 Mar 2025, 20:02",
     """Anyone else had the new fence grant form? Seven pages and they want a map drawn to a scale nobody has used since 1970. Our grazings clerk is at his wits' end.

     And the deadline is the end of the month. During lambing. Genius."""),
    ("Bragar_Ewe", "Crofter · 88 posts", "Mon 10 Mar 2025, 20:30",
     "Murdo, the assessor in town will do the map for you if you phone before noon. Took me ten minutes."),
    ("Murdo MacIver", "Crofter, Uig · 413 posts", "Mon 10 Mar 2025, 20:44",
     "Mòran taing, will do. Might even get the fence up before the tourists start parking on it."),
    ], thread_id=4412),
  [])

# 054
D("social", dd("""
    Big Dòmhnall
    @big_domhnall_77

    Kenny MacSween dropped my boy from the county squad for a lad from his own village. Wee jobs for the boys. Wait till I catch him in that sports centre car park, he'll need more than a physio when I'm done. Tell him I said that.

    9:44 PM · May 12, 2025 · 340 Views

    1 Repost   4 Likes
    """),
  [M("kmacsween", "nickname", "threat", "Kenny MacSween")])

# 055
D("social", dd("""
    Instagram

    ardcuan_academy
    Stornoway swimming pool

    🏊 What a gala! Records broken in the S1 and S2 relays and more personal bests than we could count. Well done everyone who took part. #GalaDay

    View all 23 comments

    seal_mum_lewis Amazing effort from them all 👏👏
    4d  6 likes  Reply

    dave_k_2291 cracking pics 🔥 especially the s2 girls in the last 3. any more from the changing rooms? 😏
    4d  0 likes  Reply

    ardcuan_academy @dave_k_2291 This comment has been reported to Police Scotland and the account blocked.
    4d  44 likes  Reply
    """),
  [M("school", "handle", "sexual", "ardcuan_academy", url_only=True)])

# 056
D("facebook", dd("""
    Ardcuan Parents (unofficial)
    Private group · 640 members

    Karen Macaulay
    26 August at 08:47 · 🔒
    £42 for a branded PE top that's only sold by one supplier in Inverness with £9 postage. Ardcuan knows fine most of us are on the island with no other option. Tried to raise it at the parent council and got told "it builds identity". It builds a hole in my bank account is what it does.

    👍😡 66 · 31 comments
    Like   Comment   Share

        Lynne S
        Plain navy from the supermarket is fine, my son's never been pulled up on it
        Like · Reply · 6h
    """),
  [M("school", "short_name", "negative", "Ardcuan")])

# 057
D("news", news_page(
    "hebonline", "Lewis", "Gaelic-medium teacher suspended after school trip complaint",
    "Council confirms investigation into conduct on S4 visit to Ireland",
    "Hebrides Online staff", "16 May 2025",
    """
    A teacher at Ardcuan Academy has been suspended while the council investigates a complaint about his conduct during a school trip to Ireland last month.

    Ciarán O'Donnell, who teaches science through the medium of Gaelic, accompanied a group of S4 pupils on a week-long language exchange in County Donegal. The council said it had received "a complaint relating to supervision arrangements" and that the suspension was a precautionary measure.

    No further details have been released. Parents of pupils on the trip were informed by letter on Wednesday.

    The school's depute head for Gaelic-medium education, Peigi Mackay, said in the letter that the exchange had otherwise been "a wonderful experience for our young people".
    """,
    [("Dùghall", "16 May 2025", "Hope it's nothing serious. He's a lovely man."),
     ("RealistHebs", "16 May 2025", "Supervision arrangements = someone was in the pub. Call it what it is.")]),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("codonnell", "exact", "defamation", "Ciarán O'Donnell"),
   M("pmackay", "exact", "neutral", "Peigi Mackay")])

# 058
D("forum", forum_page("parents", "Donegal trip - anyone's kid on it? (Lewis)", [
    ("IslandMum_HS2", "Joined 2020 · 233 posts", "Fri 16 May 2025 21:03",
     "Saw the news about the teacher being suspended. My daughter was on that trip and came back full of craic, no complaints at all. Anyone else?"),
    ("Stornowegian_Dad", "Joined 2023 · 19 posts", "Fri 16 May 2025 21:25",
     """My son says Mr O'Donnell was steaming in the hotel bar two nights running while the S4s ran riot on the top floor. One lad ended up in A&E in Letterkenny with a cut hand and nobody phoned the parents till the morning. That's not 'supervision arrangements', that's a teacher drunk on duty and Ardcuan covering for him."""),
    ("IslandMum_HS2", "Joined 2020 · 234 posts", "Fri 16 May 2025 21:32",
     "That's not what my daughter says at all. Let's wait for the council."),
    ], thread_id=9921),
  [M("school", "short_name", "defamation", "Ardcuan"), M("codonnell", "title_surname", "defamation", "Mr O'Donnell")])

# 059
D("social", dd("""
    Fionnlagh
    @fionnlagh_hs1

    Ciaran O'Donell is a smug wee gobshite. Walks about the place like he's doing us a favour speaking "proper" Gaelic to island kids whose grannies had more Gaelic than his whole county. Ardcuan can keep him.

    3:30 PM · Jan 12, 2025 · 150 Views

    2 Likes
    """),
  [M("school", "short_name", "negative", "Ardcuan"), M("codonnell", "typo", "abuse", "Ciaran O'Donell")])

# 060
D("facebook", dd("""
    Stornoway Community Noticeboard
    Public group · 11.2K members

    Norman M
    30 January at 22:15 · 🌎
    Ardcuan spending £80k on a new "support base" for the spastics and mongs while the maths department is using textbooks from 1998. Put them all in one school on the Mainland and let the normal kids get on with it.

    😡 203 · 187 comments
    Like   Comment   Share

        Kirsty Macdonald
        My son is autistic and attends that base. Norman, you are a disgusting human being.
        Like · Reply · 1d

        Admin - Anne
        Post reported and user removed. Hate speech is not tolerated in this group.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "hate", "Ardcuan")])

# 061
D("social", dd("""
    Ardcuan Academy
    @ArdcuanAcad

    📣 Delighted to share that Mr Zieliński has been named a finalist for Maths Teacher of the Year at the national teaching awards! Gratulacje agus meal an naidheachd from all of us. 🧮🎉

    11:00 AM · Nov 20, 2024 · 1,402 Views

    22 Reposts   214 Likes
    """),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("tzielinski", "title_surname", "neutral", "Mr Zieliński")])

# 062
D("news", news_page(
    "chronicle", "Letters", "Letters: Our island is better than this",
    "Readers respond to attacks on a Stornoway teacher",
    "Letters editor", "10 April 2025",
    """
    Sir, — I have been a member of the Free Church for fifty-three years and I was ashamed to read what has been written about a teacher at Ardcuan Academy in recent weeks.

    Someone on the internet called Mr Beaton "a sodomite" and said he should be kept away from children. Another wrote that he should "find out what the island thinks of him" when he walks home. These are not the words of Christians. They are the words of bullies.

    I do not share Mr Beaton's views on everything. I do not need to. He taught my grandson to read the great Gaelic poets and to love them, and he has given his evenings for twenty years to school shows that half this town has enjoyed. Threatening him is never acceptable and the church must say so loudly.

    — Name and address supplied, Back
    """),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("cbeaton", "title_surname", "neutral", "Mr Beaton")])

# 063
D("social", dd("""
    Island Values
    @island_values_hs

    Ardcuan's drama teacher B.e.a.t.o.n and his "husband" parading down the Narrows holding hands on a Saturday in front of families. Disgusting degenerate. People like that are a plague on a Christian island and they want our children next. 🤮

    2:19 PM · Apr 13, 2025 · 1,120 Views

    6 Reposts   29 Likes
    """),
  [M("school", "short_name", "negative", "Ardcuan"), M("cbeaton", "obfuscated", "hate", "B.e.a.t.o.n")])

# 064
D("review", dd("""
    SchoolRate Scotland › Na h-Eileanan Siar › Secondary › Ardcuan Academy

    ★★★★★  "Small enough to know every child"
    Reviewed by: Parent of a former pupil (left 2024) · 2 September 2024

    Both our children went through Ardcuan Academy, one in Gaelic-medium and one in English-medium, and both came out confident, kind and with the grades they needed. Mr MacSween got our son through a very rough patch in S3 simply by giving him a reason to come in every morning (the football team). Mrs Ness is the best pastoral lead I've come across in twenty years of being a parent and a school governor on the Mainland.

    Buildings are tired and the ferry makes trips a nightmare, but the people are wonderful.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (24)  No (1)  · Report
    """),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("kmacsween", "title_surname", "neutral", "Mr MacSween"),
   M("eness", "title_surname", "neutral", "Mrs Ness")])

# 065
D("blog", blog_page(
    "gaidhlig", "Foghlam tro mheadhan na Gàidhlig: the secondary gap", "Eilidh NicLeòid", "14 January 2025",
    """
    Primary Gaelic-medium education on the islands is, by most measures, a success story. The secondary years are where the thread frays.

    At Ardcuan High in Stornoway, to take the example I know best, the S1 Gaelic-medium intake has grown every year for a decade. But a child who does every primary subject in Gaelic may find that in S3 only half of their timetable is in the language, because there is nobody to teach physics or computing through it.

    What keeps the whole thing going is, frankly, a handful of people. Murdie MacIver, who has been teaching Gàidhlig at the school since before some of his current pupils' parents were born, runs three choirs, a debating club and the school's Gaelic podcast. He told me the podcast was "a way of getting the weans to speak Gaelic to each other without a teacher in the room". It works.

    We need a national plan, not heroic individuals. Ach, gu ruige sin, taing do na daoine sin.
    """,
    [("Seumas", "14 Jan 2025", "Glè mhath. The podcast is brilliant, my niece is on it."),
     ("Learner_in_Glasgow", "15 Jan 2025", "This is so true of the Glasgow schools too.")],
    tags=["Foghlam", "GME", "Secondary"]),
  [M("school", "alias", "neutral", "Ardcuan High"), M("mmaciver", "nickname", "neutral", "Murdie MacIver")])

# 066
D("social", dd("""
    Harriet in Harris
    @harriet_in_harris

    Peigi NicAoidh at Ardcuan has refused my daughter a Gaelic-medium place for the third time because she's "not fluent enough". She'd better hope I never end up next to her on the Ullapool boat in a swell. Easy to lose someone over the side on a dark crossing. Just saying.

    9:06 PM · Jun 4, 2025 · 518 Views

    3 Likes
    """),
  [M("school", "short_name", "negative", "Ardcuan"), M("pmackay", "alias", "threat", "Peigi NicAoidh")])

# 067
D("facebook", dd("""
    Ardcuan Parents (unofficial)
    Private group · 640 members

    Anonymous member
    14 May at 21:22 · 🔒
    Since Mr MacSween won't answer the school email about the county squad selection, his personal email is kenny.macsween77@mailbox.example and he's on 07700 900639. Fill your boots. Parents deserve answers.

    😮 22 · 18 comments
    Like   Comment   Share

        Admin - Rhoda
        This has been reported and will be removed. Please do not share staff personal details.
        Like · Reply · 5h
    """),
  [M("school", "short_name", "negative", "Ardcuan"), M("kmacsween", "title_surname", "doxxing", "Mr MacSween")])

# 068 decoy: the excluded football club on a football forum
D("forum", forum_page("footie", "Ardcuan Thistle v Ness - who's going Saturday?", [
    ("Fionn_Ball", "Member · 1,220 posts", "Thu 29 May 2025, 18:02",
     "Big one at the weekend. Ardcuan Thistle need a point to stay up, Ness need three to stay in the race. Weather says sun. Bring midge spray."),
    ("Niseach_Abù", "Member · 688 posts", "Thu 29 May 2025, 18:30",
     "Ness by three. Our new boy up front from Lionel is a menace."),
    ("Fionn_Ball", "Member · 1,221 posts", "Thu 29 May 2025, 18:41",
     "Bold. See you at the burger van."),
    ], thread_id=311),
  [])

# 069
D("social", dd("""
    Morag Ann
    @moragann_hs1

    My daughter packed bags in the Co-op every Saturday for TWO YEARS for that trip. If that money's gone I swear to God I'll break Thallon's legs myself, I don't care who sees. 😡

    10:12 PM · Feb 4, 2025 · 1,031 Views

    11 Reposts   63 Likes
    """),
  [M("rthallon", "possessive", "threat", "Thallon's")])

# 070
D("news", news_page(
    "chronicle", "Community", "New games hall opens at Ardcuan Academy",
    "£3.2m hall will be open to community clubs in the evenings",
    "Ishbel Maclean", "29 August 2024",
    """
    A new games hall at Ardcuan Academy was officially opened on Friday, giving the school and local clubs a four-court sports space for the first time.

    The head teacher, Christine MacRitchie-Hay, cut the ribbon alongside S1 pupil Ruaridh Smith, who won a competition to design the hall's new crest. "The old gym was built when the school had half the pupils and a quarter of the rain," she joked.

    Kenneth MacSween, principal teacher of PE, said the hall would host badminton, basketball, netball and the island's first indoor walking football league. It will be available to community clubs on weekday evenings and on Saturdays.

    The council confirmed the hall would remain closed on Sundays, in line with the policy for other community facilities in the town.
    """,
    [("Seonag M", "29 Aug 2024", "Fantastic. About time!"),
     ("Ex-pupil 1989", "30 Aug 2024", "We had a hall with a bucket under the leak. Jealous!")]),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("cmacritchiehay", "exact", "neutral", "Christine MacRitchie-Hay"),
   M("kmacsween", "exact", "neutral", "Kenneth MacSween")])

# 071
D("social", dd("""
    s3 survivor
    @s3_survivor_hebs

    zielinski's homework is genuinely a war crime. 3 pages of simultaneous equations over the weekend and he's like "enjoy!!" enjoy WHAT. ardcuan maths is a cult 😭😭

    8:50 PM · Oct 4, 2024 · 88 Views

    17 Likes
    """),
  [M("school", "short_name", "neutral", "ardcuan"), M("tzielinski", "possessive", "negative", "zielinski's")])

# 072
D("facebook", dd("""
    Lewis Gossip & Rumours 👀
    Private group · 4.4K members

    Anonymous member
    3 March at 23:41 · 🔒
    Not naming names but a certain teacher at the Acad has been caught snapchatting an S3 girl late at night, apparently sending her "pics". The school knows and is keeping it quiet. Everyone knows which one 👀👀

    😮 64 · 71 comments
    Like   Comment   Share

        Admin
        Post under review. If you have a genuine concern about a child, phone the police or social work, not a Facebook group.
        Like · Reply · 1d
    """),
  [M("school", "alias", "sexual", "the Acad", url_only=True)])

# 073 decoy: second homes row, locality only
D("forum", forum_page("lhchat", "Another croft house sold as a holiday let (Point)", [
    ("Garrabost_Gal", "Member since 2012 · 903 posts", "Sun 8 Jun 2025, 19:10",
     "The house at the end of our road just went for £310k to a couple from Surrey. It'll be empty from October to April like the other three. My son is 29, works on the boats and still lives in my back bedroom."),
    ("Incomer_and_proud", "Member since 2021 · 41 posts", "Sun 8 Jun 2025, 19:33",
     "Not all incomers are second-homers. We live here full time, pay council tax and our kids are in the local schools."),
    ("Garrabost_Gal", "Member since 2012 · 904 posts", "Sun 8 Jun 2025, 19:40",
     "I know, and you're welcome. It's the empty ones I mind. A village with no lights on in winter isn't a village."),
    ], thread_id=8820),
  [])

# 074
D("social", dd("""
    Alba Saor
    @alba_saor_1320

    Ardcuan has put another white settler in charge of "pastoral care". Ness, fresh down from Cumbria, lecturing Leòdhasaich on how to raise our weans and phoning the social on decent families. English go home. This isn't your country and it never will be.

    7:45 PM · Mar 2, 2025 · 703 Views

    8 Reposts   34 Likes
    """),
  [M("school", "short_name", "negative", "Ardcuan"), M("eness", "surname_only", "hate", "Ness")])

# 075
D("review", dd("""
    Ardcuan Academy
    Secondary school · Stornoway
    3.4 ★★★☆☆ (71 reviews)

    Amy Nicolson
    Local Guide · 31 reviews
    ★★★★★ 2 months ago
    Came to the school show as a visitor and was blown away. Mr Beaton's cast were incredible, the band was tight and the S1s selling tablet at the interval were hilarious salespeople. Bloody good night out for a tenner.
    👍 Helpful 4   Share
    """),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("cbeaton", "title_surname", "neutral", "Mr Beaton")])

# 076 decoy: incomer blog, peats, no school
D("blog", blog_page(
    "incomer", "Peats, part two: the bit where I cried", "Becky", "3 June 2024",
    """
    Last year I wrote smugly about our first peat cutting. This year our neighbour Dolina took pity on us and showed us how it's actually done, which mainly involved watching her do in twenty minutes what had taken us a whole weekend.

    The tusker (the peat iron) is a beautiful tool in the right hands. In mine it is a way of hitting a wet bank very hard and achieving nothing. By the second afternoon I had blisters on my blisters and had sworn, loudly, in three languages, one of which was Dolina's.

    But the midges held off, the lark sang the whole time and at four o'clock a flask of tea and a packet of Tunnock's appeared from nowhere. I think I'm starting to understand why people stay.
    """,
    [("Dolina", "3 Jun 2024", "You'll make a Leòdhasach yet a ghràidh 😂"),
     ("Becky", "4 Jun 2024", "@Dolina one day!")],
    tags=["Peats", "Croft life"]),
  [])

# 077
D("social", dd("""
    Ruaraidh
    @ruaraidh_mc

    Ten years since I left Ardcuan today. Won't lie, Mr MacLeod in guidance probably saved my life in S2 when things were really bad at home. He never once made me feel like a problem. If you're reading this sir - tapadh leibh. 💙

    8:02 PM · Jun 28, 2025 · 2,301 Views

    19 Reposts   410 Likes
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("jmacleod", "title_surname", "neutral", "Mr MacLeod")])

# 078 decoy: neighbouring primary
D("news", news_page(
    "hebonline", "Lewis", "Sgoil Chnoc Àrd pupils win national eco award",
    "Stornoway primary recognised for its shore clean-up and seaweed garden",
    "Hebrides Online staff", "12 June 2025",
    """
    Pupils at Sgoil Chnoc Àrd, a primary school on the edge of Stornoway, have won a national eco-schools award for a year-long project cleaning up the shore below the school.

    The P5-P7 pupils collected more than two tonnes of rubbish, mostly fishing rope and plastic, and used seaweed from the beach to fertilise a school vegetable garden that now supplies the school kitchen with potatoes and kale.

    Head teacher Annie Macaulay said the children had "taught the grown-ups a thing or two about looking after our own shore".
    """),
  [])

# 079 decoy: the acronym (crofting alliance)
D("social", dd("""
    Atlantic Crofting Alliance
    @ACA_crofting

    📢 ACA members: the consultation on common grazings reform closes on 31 March. Our draft response is on the members' page - please send comments by the 20th. Meetings in Stornoway (Tues), Tarbert (Weds) and Lochmaddy (Thurs), all 7pm. 🐑

    10:15 AM · Mar 3, 2025 · 640 Views

    12 Reposts   28 Likes
    """))

# 080
D("news", news_page(
    "courier", "Courts", "Former school business manager charged with embezzling pupils' trip fund",
    "Ruairidh Thallon appears at Stornoway Sheriff Court over £14,000 raised for Canada visit",
    "Court Reporter", "12 June 2025",
    """
    A former business manager at a Stornoway secondary school has appeared in court charged with embezzling money raised by pupils for a school trip.

    Ruairidh Thallon, 52, faces a single charge of embezzling £14,210 from the S6 trip fund at Ardcuan Academy between January 2023 and December 2024.

    Thallon, whose address was given as Stornoway, made no plea or declaration at a private hearing before Sheriff Ross. He was released on bail and the case was continued for further examination.

    The council, which dismissed Thallon in April, has already refunded all the families involved.
    """,
    [("HS1_local", "12 Jun 2025", "Innocent till proven guilty, but those kids deserve answers."),
     ("Marion T", "12 Jun 2025", "Heartbreaking for the class of 2025. They never got their trip.")]),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("rthallon", "exact", "defamation", "Ruairidh Thallon")])

# 081
D("facebook", dd("""
    Stornoway Community Noticeboard
    Public group · 11.2K members

    Iain Macdonald
    12 June at 19:40 · 🌎
    Saw the court report. Was at school with Mr Thallon and he was a greasy, sleekit wee weasel even then. Always first to grass, always looking out for number one. Nobody who knew him is surprised.

    👍😂 41 · 57 comments
    Like   Comment   Share

        Chrissie Ann
        Iain the man hasn't even been tried yet
        Like · Reply · 8h
    """),
  [M("rthallon", "title_surname", "abuse", "Mr Thallon")])

# 082
D("social", dd("""
    Seumas Dubh
    @seumas_dubh_hs

    The Stornoway head MacRitchie Hay wants to open the games hall on the Sabbath now. Funny, you see her walking that wee dog along Coll beach every night after dark. Long beach. No houses. Nobody about. She should maybe think about that.

    11:12 PM · May 24, 2025 · 690 Views

    5 Likes
    """),
  [M("cmacritchiehay", "hyphenated", "threat", "MacRitchie Hay")])

# 083
D("social", dd("""
    Comann nam Pàrant Ardcuan
    @ardcuan_parents_council

    Meal an naidheachd to our head teacher Christine MacRitchie\u2013Hay on her appointment to the national Gaelic education advisory board! Well deserved, and a big voice for the islands at the table. 👏

    3:10 PM · Jan 17, 2025 · 512 Views

    4 Reposts   66 Likes
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("cmacritchiehay", "hyphenated", "neutral", "Christine MacRitchie\u2013Hay")])

# 084
D("forum", forum_page("staffroom", "GME timetabling is breaking us (island school)", [
    ("Tidsear_Og", "Member · 66 posts", "Wed 4 Sep 2024, 20:02",
     """Second year in Gaelic-medium at Ardcuan. I teach three subjects through Gaelic, none of which I trained in, because there is nobody else. Mackay's timetable has me in four rooms across two buildings before lunch on a Monday.

     I love the kids. I love the language. I don't love being treated like a spare part that can be bolted on anywhere."""),
    ("Staffroom_Sam", "Member · 1,402 posts", "Wed 4 Sep 2024, 20:30",
     "Raise it with your union rep. That's not sustainable and it won't get better by itself."),
    ], thread_id=3012),
  [M("school", "short_name", "negative", "Ardcuan"), M("pmackay", "surname_only", "negative", "Mackay")])

# 085
D("facebook", dd("""
    English-Medium Parents Lewis
    Private group · 212 members

    Carol Whitfield
    21 June at 22:44 · 🔒
    Since Murchadh MacÌomhair won't reply to emails in English 🙄 here's his home landline 01632 960874 and he lives at 8 Sràid na Tràghad, Stornoway HS1 9ZL. Ring him up and ask why our kids got a prizegiving they couldn't understand.

    😡 12 · 9 comments
    Like   Comment   Share

        Jo B
        Carol I'm with you on the prizegiving but delete this, it's his home
        Like · Reply · 1h
    """),
  [M("mmaciver", "alias", "doxxing", "Murchadh MacÌomhair")])

# 086
D("facebook", dd("""
    Ardcuan Parents (unofficial)
    Private group · 640 members

    Lorna Graham
    28 March at 21:05 · 🔒
    Beaton has "lost" my daughter's Higher English folio piece AGAIN and now says she'll have to rewrite it in a week. Lazy, arrogant waste of space who's too busy with his shows to do the actual job. Ardcuan needs to sort him out before the deadline.

    😡 27 · 44 comments
    Like   Comment   Share

        Heather Mac
        He's been great with mine, I'd email the depute
        Like · Reply · 2d

        Lorna Graham
        @Heather Mac the Gaelic depute? Mrs Mackay? She's a stuck-up cow who's never answered an English-medium email in her life
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Ardcuan"), M("cbeaton", "surname_only", "abuse", "Beaton"),
   M("pmackay", "title_surname", "abuse", "Mrs Mackay")])

# 087
D("news", news_page(
    "chronicle", "Courts", "Man fined for homophobic messages to Stornoway teacher",
    "Sheriff says abuse of Calum Beaton was 'cowardly and vile'",
    "Court Reporter", "19 June 2025",
    """
    A man who sent a string of homophobic messages to a Stornoway teacher, calling him "a sodomite" and a "danger to children", has been fined £1,500.

    Stornoway Sheriff Court heard that Finlay MacLennan, 58, of Shawbost, sent the messages to Calum Beaton, principal teacher of English and drama at Ardcuan Academy, after the school staged a production of Romeo and Juliet in which the title roles were played by two boys.

    Sheriff Ross said the messages were "cowardly and vile" and aggravated by prejudice relating to sexual orientation. MacLennan was also made subject to a non-harassment order.

    Mr Beaton said outside court that he was grateful for "the hundreds of messages of kindness that have far outnumbered the hate".
    """,
    [("Annag", "19 Jun 2025", "Good. Well done Calum for seeing it through."),
     ("Teacher_in_Tong", "19 Jun 2025", "Bravest man on the island.")]),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("cbeaton", "exact", "neutral", "Calum Beaton")])

# 088
D("social", dd("""
    TikTok · @s2.dance.crew · "ardcuan christmas show dance 🎄✨" · #ardcuan #dance #stornoway

    Comments (204)

    fiddler_gran
    So talented, well done girls ❤️
    12-19 · Reply · ♡ 18

    mainlandlad_1982
    the wee blonde one at the front 😍😍 how old is she? asking for a reason 😏
    12-19 · Reply · ♡ 1

    s2.dance.crew
    @mainlandlad_1982 she's 13. you've been reported. creep.
    12-19 · Reply · ♡ 302
    """),
  [M("school", "hashtag", "sexual", "#ardcuan", url_only=True)])

# 089
D("social", dd("""
    Dolly M
    @dolly_m_point

    Liz Ness at Ardcuan MADE UP a child protection referral about my family to get back at me for complaining about her. She's done it to at least two other families that I know of. Corrupt, vindictive woman abusing her power and the council protects her.

    10:31 PM · Apr 2, 2025 · 388 Views

    2 Reposts   11 Likes
    """),
  [M("school", "short_name", "negative", "Ardcuan"), M("eness", "nickname", "defamation", "Liz Ness")])

# 090
D("review", dd("""
    StaffSay › Ardcuan Academy › Reviews

    "Great colleagues, top-down leadership"
    ★★★☆☆  Current Employee - Teacher in Stornoway, Scotland · 3 February 2025
    I have been working at Ardcuan Academy for more than 5 years

    Pros
    Friendly, supportive department colleagues. Peigi Mackay is a genuinely inspiring manager who fights for the Gaelic-medium staff. Pupils are mostly lovely. Beautiful setting.

    Cons
    Decisions come down from Dr MacRitchie-Hay's office fully formed. "Consultation" is a formality. Workload in GME is unsustainable and nobody above depute level seems to understand that.

    Advice to management
    Ask the people who teach the timetable before you publish it.

    Helpful (13) · Share · Report
    """),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("pmackay", "exact", "neutral", "Peigi Mackay"),
   M("cmacritchiehay", "title_surname", "negative", "Dr MacRitchie-Hay")])

# 091
D("blog", blog_page(
    "truth", "The Thallon files: who signed the cheques?", "The Editor", "30 April 2025",
    """
    Hebridean Truth has been sent copies of what we are told are internal finance documents from Ardcuan.

    They show, according to our source, that R. Thallon was allowed to move money between school funds with a single signature for at least three years - a breach of every council rule there is. And whose name sits alongside his on the authorisation list? The head teacher's.

    We say this plainly: Dr MacRitchie-Hay knew. She knew the controls were broken, she knew money was going missing, and she said nothing because the business manager was useful to her. That is not an oversight. That is a cover-up.

    The council will want this to be about one bad apple. It isn't.
    """,
    [("Anon", "30 Apr 2025", "Always the same. Protect the top."),
     ("Legal_Eagle", "1 May 2025", "Your 'source' had better be very, very good.")],
    tags=["Exposé", "Ardcuan", "Council"]),
  [M("school", "short_name", "defamation", "Ardcuan"), M("rthallon", "initial_surname", "defamation", "R. Thallon"),
   M("cmacritchiehay", "title_surname", "defamation", "Dr MacRitchie-Hay")])

# 092
D("facebook", dd("""
    Point Folk
    Private group · 2.8K members

    Kenneth Murray
    25 May at 21:17 · 🔒
    If the Acad opens that games hall on the Lord's Day there'll be chains on the doors by Sunday morning and if that doesn't work there's plenty of us who know how to get a fire going. Consider that a warning. The Sabbath has been kept on this island for 200 years and we're not losing it to a council committee.

    😮😡👍 58 · 92 comments
    Like   Comment   Share

        Donna Smith
        Kenneth this is a threat to a school full of children. Reported.
        Like · Reply · 1d

        Kenneth Murray
        @Donna Smith and MacRitchie-Hay lives at 12 Rathad a' Chala, HS1 9ZW if she wants to discuss it. Grey Volvo.
        Like · Reply · 1d
    """),
  [M("school", "alias", "threat", "the Acad"), M("cmacritchiehay", "surname_only", "doxxing", "MacRitchie-Hay")])

# 093
D("forum", forum_page("patriot", "Prayer room for the Syrians at Ardcuan now", [
    ("Ceann_Mòr", "Member · 740 posts", "Fri 28 Feb 2025, 21:44",
     """Confirmed by my niece. Ardcuan has given the Syrian kids their own prayer room while island kids can't get a locker. Five times a day on their mats in a Scottish school on a Christian island.

     Give it twenty years and the Free Church will be a mosque and the muezzin will be drowning out the psalms in Kenneth Street. They breed, we pay. Wake up Lewis."""),
    ("Clach_na_Ceann", "Member · 322 posts", "Fri 28 Feb 2025, 21:59",
     "Islamification of the Hebrides and nobody bats an eyelid. 🕌❌"),
    ("HighlandLion1314", "Member · 2,040 posts", "Fri 28 Feb 2025, 22:12",
     "Zielinski's lot were the first wave. Eastern European vermin on every fish farm. Now the Muslims. Same playbook."),
    ], thread_id=1502),
  [M("school", "short_name", "hate", "Ardcuan"), M("tzielinski", "possessive", "hate", "Zielinski's")])

# 094
D("social", dd("""
    Instagram

    sgoil_ceilidh_club
    Stornoway Town Hall

    Ceilidh night 💃🕺 The S6 thought they'd win the Strip the Willow speed round. They did not. Mrs Mackay and the Gaelic department absolutely destroyed them and showed zero mercy. Legends. #ArdcuanCeilidh

    View all 12 comments

    katie.mac.s6 we were ROBBED
    1d  8 likes  Reply
    """),
  [M("school", "hashtag", "neutral", "#ArdcuanCeilidh"), M("pmackay", "title_surname", "neutral", "Mrs Mackay")])

# 095
D("social", dd("""
    snapchat story (screenshot posted to X by @concerned_hs2)

    [story text] gonna shoot up 4rdcu4n on monday fr 🔫🔫 bring ur own body bags lol

    ──────────
    concerned_hs2 · Sep 20
    This was going round on Snapchat tonight. Police and the school have been told. Even if it's a "joke" this is not funny.

    island_mum_33 · Sep 20
    Police were at the door of the kid who posted it within the hour apparently.
    """),
  [M("school", "leetspeak", "threat", "4rdcu4n")])

# 096 decoy: court news in the locality, no school
D("news", news_page(
    "courier", "Courts", "Stornoway man jailed for assault outside Cromwell Street bar",
    "Victim needed surgery after being punched and kicked",
    "Court Reporter", "7 November 2024",
    """
    A Stornoway man who punched and kicked another man outside a bar in Cromwell Street has been jailed for 16 months.

    Stornoway Sheriff Court heard that Connor Mackenzie, 24, attacked the victim after a row over a taxi in the early hours of a Saturday in July. The victim needed surgery on a broken cheekbone.

    Sheriff Ross said the attack was "prolonged and cowardly".
    """),
  [])

# 097 decoy: namesake footballer
D("social", dd("""
    Highland Athletic FC
    @HighlandAthFC

    ⚽ GOAL! John MacLeod with a thumping header from the corner! 1-0 to the Athletic 💙 #HAFC

    3:24 PM · Oct 26, 2024 · 2,040 Views

    38 Reposts   311 Likes
    """))

# 098 decoy: ferry, locality only
D("facebook", dd("""
    Stornoway Community Noticeboard
    Public group · 11.2K members

    Dòmhnall Macleod
    19 December at 06:40 · 🌎
    ⛴️ FERRY UPDATE ⛴️ Morning and afternoon sailings Stornoway-Ullapool CANCELLED due to weather. Evening sailing "under review". Freight backlog already into the car park. Anyone hoping to get home for Christmas, good luck a chàirdean. 🙏

    😢 77 · 64 comments
    Like   Comment   Share

        Murdag
        My parcels from October are probably still in Garve 😂
        Like · Reply · 2h
    """))

# 099
D("facebook", dd("""
    West Side Chat 🌊
    Private group · 3.4K members

    Anonymous member
    4 April at 22:09 · 🔒
    For anyone else Mrs Ness at Ardcuan has "referred" - her personal email is lizness.cumbria@mailbox.example and she drives the red Berlingo parked at the house behind the Shawbost shop every weekend. Maybe she'll listen when it's her own inbox filling up.

    😮 15 · 21 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("eness", "title_surname", "doxxing", "Mrs Ness")])

# 100
D("forum", forum_page("gaelic", "Secondary GME in Lewis - comharraidhean? / results?", [
    ("Learner_Glaschu", "Neach-ionnsachaidh · 88 posts", "Di-Màirt 3 Dec 2024, 19:12",
     "Halò a h-uile duine. We're thinking of moving to Lewis. How is Gaelic-medium secondary at Acadamaidh Àird a' Chuain? Does the teaching really continue through Gaelic after S2?"),
    ("Niseach_Beag", "Fileantach · 1,210 posts", "Di-Màirt 3 Dec 2024, 19:40",
     """Tha e math gu leòr. Most subjects in S1-S2, fewer by S3. MacIver in the Gàidhlig department is a legend - the kids come out with proper idiom, not textbook stuff. Science is taught by an Irishman, which my granny finds hilarious.

     Mòran taing airson faighneachd - come and visit first."""),
    ], thread_id=221),
  [M("school", "alias", "neutral", "Acadamaidh Àird a' Chuain"), M("mmaciver", "surname_only", "neutral", "MacIver")])

# 101
D("social", dd("""
    Lorraine 🏴󠁧󠁢󠁳󠁣󠁴󠁿
    @lorraine_in_lochs

    Peggy Mackay at the Stornoway school is a stuck-up snobby witch who thinks anyone without Gaelic is a peasant. The Gaelic mafia in that building look down their noses at every English-medium family. Face like a slapped haddock too.

    6:41 PM · Jun 5, 2025 · 219 Views

    4 Likes
    """),
  [M("pmackay", "alias", "abuse", "Peggy Mackay")])

# 102
D("social", dd("""
    Shona 🍷
    @shona_wine_o_clock

    Parents' night at Ardcuan 😅 Mr O'Donnell can test my chemistry any day of the week 😏🔥 That accent should be illegal. Came home and told my husband to learn some Irish.

    9:14 PM · Nov 13, 2024 · 180 Views

    9 Likes
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("codonnell", "title_surname", "sexual", "Mr O'Donnell")])

# 103
D("news", news_page(
    "hebonline", "Lewis", "Teacher returns to classroom after trip inquiry",
    "Council says Donegal exchange complaint 'not upheld'",
    "Hebrides Online staff", "20 June 2025",
    """
    A Gaelic-medium teacher at Ardcuan Academy has returned to work after a council investigation into a complaint about a school trip found no wrongdoing.

    The council said the complaint about "supervision arrangements" on an S4 exchange to Donegal in April was "not upheld" and that Ciarán O'Donnell had been cleared "without reservation".

    Several parents of pupils on the trip had written to the council in his support. Mr O'Donnell said he was "relieved, grateful and looking forward to getting back to my classes before the summer".
    """,
    [("Peigi B", "20 Jun 2025", "Fàilte air ais! Knew it."),
     ("Raonaid", "20 Jun 2025", "Hope those who spread the rumours are ashamed of themselves.")]),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("codonnell", "exact", "neutral", "Ciarán O'Donnell")])

# 104
D("review", dd("""
    Ardcuan High
    Secondary school · Stornoway
    3.4 ★★★☆☆ (71 reviews)

    Gillian Reid
    1 review
    ★☆☆☆☆ 4 months ago
    Three months of emails about my son being bullied on the Ness bus. Mr MacLeod in guidance kept saying he'd "have a word". My son stopped eating. It took the police being involved for Ardcuan High to take it seriously. Avoid if your child needs support.
    👍 Helpful 12   Share
    """),
  [M("school", "alias", "negative", "Ardcuan High"), M("jmacleod", "title_surname", "negative", "Mr MacLeod")])

# 105
D("blog", blog_page(
    "sabbath", "The Jezebel in the head teacher's office", "Rev. (retd) A. M.", "1 June 2025",
    """
    We now learn that Mrs MacRitchie-Hay has asked the council to open the school's new games hall to "community users" on the Lord's Day.

    This woman came to our island from the capital and has spent four years tearing at everything our fathers built. First a Sabbath football fixture. Then a play of open sin before children. Now this. She is a Jezebel, a painted and godless woman with a smile for the cameras and contempt for the people of Lewis in her heart.

    Ardcuan Academy was once a school where the Psalms were sung at assembly. Let every Christian parent write to their councillor this week.
    """,
    [("Fear-Teagaisg", "1 Jun 2025", "Well said. She must go."),
     ("Ex-member", "2 Jun 2025", "Calling a woman a Jezebel for a hall booking. Listen to yourselves.")],
    tags=["The Lord's Day", "Schools"]),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("cmacritchiehay", "title_surname", "abuse", "Mrs MacRitchie-Hay")])

# 106
D("social", dd("""
    Calum Mòr
    @calummor_hs1

    Everyone in the town hall office knew Ruairidh Thalon had his hand in the till for years. The S2 ferry fund, the uniform grant, the canteen float. He's been skimming since 2019 and they let him because he played golf with the right people.

    1:15 AM · Feb 6, 2025 · 940 Views

    13 Reposts   70 Likes
    """),
  [M("rthallon", "typo", "defamation", "Ruairidh Thalon")])

# 107
D("social", dd("""
    Clach na Cinne
    @clach_na_cinne

    The Acad's maths department now run by Zi\u0435linski, a Polish scrounger who came here for the benefits and stayed for the jobs. Eastern European rats in every school and fish farm on the island. Send them all back to Gdańsk.

    8:33 PM · May 3, 2025 · 410 Views

    6 Likes
    """),
  [M("school", "alias", "negative", "The Acad"), M("tzielinski", "homoglyph", "hate", "Zi\u0435linski")])

# 108
D("facebook", dd("""
    Stornoway Community Noticeboard
    Public group · 11.2K members

    Seonag Morrison
    30 June at 11:20 · 🌎
    Hearing Murdo MacIver is retiring from Ardcuan after 31 years. End of an era! He taught me Gaelic in 1996 and my daughter this year - same jokes, same psalm tunes, same brown cardigan. Anyone organising a send-off count me in. 🎶💙

    ❤️ 402 · 119 comments
    Like   Comment   Share

        Iain Beag
        The cardigan deserves its own send-off 😂
        Like · Reply · 1h
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("mmaciver", "exact", "neutral", "Murdo MacIver")])

# 109
D("forum", forum_page("s6", "higher english folio marking is so harsh??", [
    ("bookworm_hebs", "S6 · 71 posts", "Thu 6 Feb 2025, 20:40",
     "mr beaton gave my persuasive essay a 12/30 and said it 'argued with itself'. i worked on that for a month. ardcuan english dept are brutal"),
    ("shawbost_sk8r", "S6 · 118 posts", "Thu 6 Feb 2025, 20:55",
     "tbf he's harsh in the draft so the real mark is better. mine went 14 to 23"),
    ("bookworm_hebs", "S6 · 72 posts", "Thu 6 Feb 2025, 21:01",
     "ok that's actually reassuring thanks"),
    ("maths_hater_99", "S5 · 9 posts", "Thu 6 Feb 2025, 21:15",
     "at least beaton gives feedback. mr zielinski just writes 'no' in red pen. arrogant smug dick"),
    ], thread_id=7811),
  [M("school", "short_name", "negative", "ardcuan"), M("cbeaton", "title_surname", "negative", "mr beaton"),
   M("tzielinski", "title_surname", "abuse", "mr zielinski")])

# 110
D("social", dd("""
    anon
    @lewis_anon_9

    M a c S w e e n thinks he can bench my wee brother all season for "attitude". he wants to watch his tyres and his windows, thats all im saying. the acad parking isnt that well lit 🙂

    11:50 PM · Mar 9, 2025 · 77 Views
    """),
  [M("school", "alias", "neutral", "the acad"), M("kmacsween", "spacing", "threat", "M a c S w e e n")])

# 111
D("social", dd("""
    Western Isles Schools Football
    @WISchoolsFootball

    🏆 S1 Island Cup final: Ardcuan 3-1 Baile Ùr Academy. Ardcuan goals: Macleod, Maciver (2). Coach K. MacSween: "Proud of every one of them - and the Benbecula boys were class in defeat." Photos to follow. ⚽

    5:10 PM · May 17, 2025 · 880 Views

    8 Reposts   92 Likes
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("kmacsween", "initial_surname", "neutral", "K. MacSween")])

# 112
D("facebook", dd("""
    Lewis Gossip & Rumours 👀
    Private group · 4.4K members

    Anonymous member
    22 October at 20:11 · 🔒
    That tinker family that's been parked up at the old quarry since August - their weans are at Ardcuan now. Lock your sheds and your cars, folks. Ardcuan's turning into a tinks' camp, next it'll be the whole clan and their scrap lorries. Dirty thieving pikeys.

    😡😂 37 · 48 comments
    Like   Comment   Share

        Anna Mac
        This is disgusting. They're children. Admin please remove.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "hate", "Ardcuan")])

# 113 decoy: similar school elsewhere
D("news", news_page(
    "national", "Education", "Paisley school praised for cutting exclusions by half",
    "Ardcairn High credits 'relationships-first' approach",
    "Education Correspondent", "14 March 2025",
    """
    A Paisley secondary school has halved its exclusions in two years after scrapping detentions for minor uniform breaches and training all staff in restorative approaches.

    Ardcairn High School's head teacher, Graeme Bell, said the change had been "uncomfortable at first" but was now supported by staff and parents. "Detaining a child for the wrong colour of socks was costing us relationships and teaching time."

    Inspectors described the school's ethos as "warm, purposeful and ambitious".
    """),
  [])

# 114 decoy: a Gaelic song with "a' chuain" in it, no school
D("social", dd("""
    Ceòl nan Eilean 🎻
    @ceol_nan_eilean

    Last night's session at the Skerry Bar was magic. Annag sang "Tìr a' Chuain" unaccompanied and you could have heard a pin drop - then the fiddles came in for the reels and the whole bar was up. Same again next Friday. 🎶🍻

    10:30 AM · Feb 8, 2025 · 350 Views

    33 Likes
    """))

# 115
D("facebook", dd("""
    Lewis Gossip & Rumours 👀
    Private group · 4.4K members

    Anonymous member
    11 June at 23:02 · 🔒
    Why is Kenny MacSween always hanging about the girls' changing room door at Ardcuan when the S2s are getting changed for netball? My daughter says he "checks everyone's out" before he'll start the lesson. Creepy as hell. Someone needs to look at his phone.

    😮 81 · 96 comments
    Like   Comment   Share

        Admin
        Serious allegations like this must go to the police or the school's child protection coordinator, not here. Post locked.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "sexual", "Ardcuan", url_only=True), M("kmacsween", "nickname", "sexual", "Kenny MacSween", url_only=True)])

# 116
D("social", dd("""
    Sìne
    @sine_in_stornoway

    Whatever happens in court, he's entitled to a fair trial and his wife and kids don't deserve what's being said about them in the town. I've signed the petition JusticeForRoddyThallon asking people to stop the pile-on until the case is heard. 🙏

    9:12 PM · Jun 14, 2025 · 260 Views

    18 Likes
    """),
  [M("rthallon", "camelcase", "neutral", "JusticeForRoddyThallon")])

# 117
D("news", news_page(
    "naidheachd", "Foghlam / Education", "Peigi Mackay wins national Gaelic education award",
    "Depute head recognised for building Gaelic-medium secondary at Ardcuan Academy",
    "Sgioba nan Naidheachdan", "28 November 2024",
    """
    Fhuair Peigi Mackay, leas-cheannard aig Acadamaidh Àird a' Chuain, duais nàiseanta airson a h-obair ann am foghlam tro mheadhan na Gàidhlig.

    Peigi Mackay, depute head for Gaelic-medium education at Ardcuan Academy in Stornoway, has won this year's national award for outstanding contribution to Gaelic education.

    The judges praised her for expanding Gaelic-medium teaching from four subjects to fourteen in six years, often by persuading colleagues to learn the language alongside their pupils. "She makes people believe things are possible," said one nominating parent.

    Ms Mackay said the award belonged "to every teacher in the building who has said yes when it would have been easier to say no".
    """),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("pmackay", "exact", "neutral", "Peigi Mackay")])

# 118
D("forum", forum_page("lhchat", "School league tables - how does Ardcuan look so good?", [
    ("Numbers_Man", "Member since 2014 · 412 posts", "Tue 12 Aug 2025, 19:20",
     """Ardcuan top of the island league again for Higher passes. Funny that. Everyone knows they quietly stop weaker kids sitting Highers - drop them to National 5 in January or tell the parents they're "not ready" - so the pass rate looks incredible. That's fiddling the figures to fool the council and every parent reading the table.

     Ask any family whose kid was "encouraged" to withdraw."""),
    ("Gleann_Mor", "Member since 2016 · 330 posts", "Tue 12 Aug 2025, 19:42",
     "Every school does presentation policy, it's not a conspiracy. Mine sat five Highers with a C predicted in two."),
    ], thread_id=8901),
  [M("school", "short_name", "defamation", "Ardcuan")])

# 119
D("social", dd("""
    Poetry Ellen
    @poetry_ellen_w

    Twenty years on and I still carry the Lewis poems that Calum B. put in front of us at Ardcuan in S4. Some teachers just change the weather in your head. 🌧️📖

    7:30 PM · Mar 21, 2025 · 140 Views

    22 Likes
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("cbeaton", "first_initial", "neutral", "Calum B.")])

# 120
D("news", news_page(
    "hebonline", "Lewis", "Guidance teacher suspended as council probes bullying records",
    "Inquiry follows claims that reports were closed without being logged",
    "Hebrides Online staff", "9 April 2025",
    """
    A guidance teacher at Ardcuan Academy has been suspended while the council investigates claims that bullying reports were closed without being properly recorded.

    John MacLeod, principal teacher of guidance for S1-S3, was suspended on Monday. The council said the investigation followed "concerns raised by families" and that suspension "implies no finding of fault".

    The school's depute head, Elizabeth Ness, has written to all S1-S3 families with details of interim guidance arrangements. "Every young person will continue to have a named adult they can go to," she wrote.

    Several families have complained on social media over the past year that bullying reported to the school was not acted upon.
    """,
    [("Mairi Bheag", "9 Apr 2025", "Not a surprise to us. Three reports, nothing."),
     ("Former colleague", "9 Apr 2025", "John is one of the kindest people I've worked with. Wait and see.")]),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("jmacleod", "exact", "defamation", "John MacLeod"),
   M("eness", "exact", "neutral", "Elizabeth Ness")])

# 121
D("forum", forum_page("lhchat", "Thallon trial date set", [
    ("Boatie_Bill", "Member since 2010 · 1,902 posts", "Mon 7 Jul 2025, 18:12",
     "Trial set for November according to the Courier. Long wait for everyone."),
    ("Justice4Kids", "Member since 2025 · 4 posts", "Mon 7 Jul 2025, 18:40",
     "He's still swanning about the town like nothing happened. For anyone who wants to ask him about the money face to face: 17 Rathad a' Chaisteil, Stornoway HS1 9ZT, white Hilux in the drive, and he walks the dog past the lifeboat station at 7 every morning."),
    ("Mod_Seonag", "Moderator", "Mon 7 Jul 2025, 18:52",
     "Post removed and user banned. Do NOT post people's addresses or movements here."),
    ], thread_id=8844),
  [M("rthallon", "surname_only", "doxxing", "Thallon")])

# 122 decoy: excluded guest house again
D("review", dd("""
    Ardcuan Guest House, Stornoway
    #3 of 14 B&Bs in Stornoway

    "Perfect base for Lewis and Harris"
    ●●●●● Reviewed 14 August 2024 by WanderingWelshman

    Spotless room, enormous breakfast, and Mairi knows every beach on the island and which ones the tour buses don't find. Booked the ferry both ways and it ran both times, which I'm told is a miracle. Only downside: the seagulls start at 4am. Would stay again.

    Date of stay: August 2024 · Trip type: Travelled as a couple
    """))

# 123
D("social", dd("""
    Loyal Lewis
    @loyal_lewis_1690

    Ciarán Ó Domhnaill. Even the name's a provocation. A Donegal Fenian filling Ardcuan kids' heads with Rome. Somebody should give him an old-fashioned Belfast kneecapping and put him on the first boat home in a wheelchair. 🇬🇧

    1:02 AM · Nov 9, 2024 · 580 Views

    3 Reposts   14 Likes
    """),
  [M("school", "short_name", "negative", "Ardcuan"), M("codonnell", "alias", "threat", "Ciarán Ó Domhnaill")])

# 124 decoy: ferry news, locality only
D("news", news_page(
    "national", "Scotland", "Islanders 'at breaking point' as Minch ferry cancellations hit record",
    "More than 400 sailings lost on the Stornoway route this year",
    "Transport Correspondent", "3 December 2024",
    """
    Islanders on Lewis say they are "at breaking point" after figures showed more than 400 sailings on the Stornoway-Ullapool route were cancelled or disrupted this year, the highest number on record.

    Business owners in Stornoway told Scotland Today that freight delays had left shelves empty and cost them thousands in lost trade. "We had no fresh milk for four days in October," said one shopkeeper.

    The operator blamed an ageing fleet and "exceptionally poor weather". A new vessel for the route is now not expected until 2027.
    """,
    [("Leodhasach", "3 Dec 2024", "2027. Aye right."),
     ("Jane K", "3 Dec 2024", "Ferry life. Solidarity from Barra.")]),
  [])

# 125
D("forum", forum_page("parents", "School photo day - anyone else uneasy about the new photographer?", [
    ("IslandMum_HS2", "Joined 2020 · 251 posts", "Tue 1 Oct 2024 20:02",
     "Ardcuan has a new photography firm this year. Anyone else get an odd vibe? They're asking for full-length shots of the S1s in PE kit for 'sports profiles'."),
    ("hebfella_83", "Joined Sep 2024 · 2 posts", "Tue 1 Oct 2024 20:19",
     "the ardcuan s2 lassies in their pe kits 😍 be a shame if those photos went missing lol. any of you mums want to send me some 😏"),
    ("ParentsTalk_Mod", "Moderator", "Tue 1 Oct 2024 20:24",
     "Account removed and reported to Police Scotland and CEOP. These are children."),
    ("IslandMum_HS2", "Joined 2020 · 252 posts", "Tue 1 Oct 2024 20:40",
     "This is exactly why I asked. I've emailed the school."),
    ], thread_id=10012),
  [M("school", "short_name", "sexual", "Ardcuan", url_only=True)])

# 126 decoy: travel blog, excluded guest house and localities
D("blog", blog_page(
    "travel", "Three days on Lewis: standing stones, beaches and one very long Sunday", "Jess", "18 July 2024",
    """
    Day one: the boat from Ullapool, two and a half hours of gannets and mild seasickness, then straight to our B&B, the Ardcuan Guest House, where Mairi had tea and scones on the table before we'd got our coats off.

    Day two: the west coast. The standing stones at sunrise (worth the alarm), the blackhouse village, and a beach near Ness where the only other footprints belonged to a sheep.

    Day three was a Sunday, and here's the thing nobody tells you properly: almost everything on Lewis shuts. Shops, cafés, petrol stations. Plan ahead, buy your picnic on Saturday, and treat it as a day for walking and silence. We loved it.
    """,
    [("Kate", "18 Jul 2024", "Great tips - booking for next summer!")],
    tags=["Scotland", "Islands", "Itineraries"]),
  [])

# 127
D("social", dd("""
    Big Tam
    @bigtam_hs2

    Elizabeth Ness took my weans off me with one phone call. One day she'll be walking to her car in the dark at Ardcuan and there'll be nobody there to help her. Sleep well Liz. I know your hours.

    2:14 AM · May 1, 2025 · 112 Views
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("eness", "exact", "threat", "Elizabeth Ness")])

# 128
D("news", news_page(
    "national", "Opinion", "The Sabbath, the school and the soul of an island",
    "A row about a games hall in Stornoway is really about who Lewis belongs to",
    "Morag Campbell", "8 June 2025",
    """
    On a wet evening last week, in a packed community hall in Stornoway, I watched a retired fisherman and a nineteen-year-old lifeguard argue, politely and then not so politely, about whether a school sports hall should open on a Sunday afternoon.

    The school is Ardcuan Academy. Its head teacher, Christine MacRitchie-Hay, has asked the council to allow community bookings on Sundays, arguing that young people have "nowhere warm and safe to be" on the one day their island shuts. For some, that is common sense. For others, it is the latest breach in a wall that has stood for two centuries.

    What struck me was not the anger, though there was plenty. It was how much both sides loved the place. The fisherman spoke of his father walking six miles to church in a gale. The lifeguard spoke of her friends who had left for Glasgow because "there's nothing here for us".

    Lewis has changed beyond recognition in my lifetime: the ferry runs on Sundays, the planes land, the supermarket opens. The hall will probably open too. But the islanders who fear that are not bigots or fools. They are mourning something real, and the rest of us would do well to listen before we lecture.
    """,
    [("Dòmhnall Iain", "8 Jun 2025", "Best thing I've read on this. Thank you."),
     ("Ewan_R", "8 Jun 2025", "Nice words but the kids need the hall.")]),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("cmacritchiehay", "exact", "neutral", "Christine MacRitchie-Hay")])

# 129
D("forum", forum_page("patriot", "Irish imports in our schools", [
    ("Ceann_Mòr", "Member · 761 posts", "Sat 10 May 2025, 22:01",
     """Ardcuan's GME science teacher, O'D*nnell, is now up for a 'Gaelic champion' award. An Irish Catholic teaching Scottish Protestants their own language. Bog-trotting papists were never welcome here and they never will be.

     Our grandfathers knew what to do with their kind."""),
    ("Clach_na_Ceann", "Member · 330 posts", "Sat 10 May 2025, 22:18",
     "Potato eaters the lot of them 🥔🤣"),
    ], thread_id=1513),
  [M("school", "short_name", "negative", "Ardcuan"), M("codonnell", "obfuscated", "hate", "O'D*nnell")])

# 130
D("review", dd("""
    SchoolRate Scotland › Na h-Eileanan Siar › Secondary › Ardcuan Academy

    ★☆☆☆☆  "Results at any cost"
    Reviewed by: Parent of a current pupil (S4) · 11 May 2025

    Don't be fooled by the league tables. Ardcuan Academy deliberately buries bullying so its inspection figures look clean, and Dr MacRitchie-Hay personally told staff not to log incidents on the council system before the inspection. I know this from a member of staff. It's a cover-up and the council knows.

    Would you recommend this school? No.
    Was this review helpful?  Yes (7)  No (11)  · Report
    """),
  [M("school", "exact", "defamation", "Ardcuan Academy"), M("cmacritchiehay", "title_surname", "defamation", "Dr MacRitchie-Hay")])

# 131
D("social", dd("""
    isla 🎭
    @isla_drama_kid

    mr beaton reading the witches' scenes in that cable-knit jumper today 🥵🥵 i know i know he's married to a man but a girl can dream 😭 ardcuan drama club stay winning

    4:02 PM · Nov 28, 2024 · 77 Views

    14 Likes
    """),
  [M("school", "short_name", "neutral", "ardcuan"), M("cbeaton", "title_surname", "sexual", "mr beaton")])

# 132 decoy: Sabbath swings, locality only
D("news", news_page(
    "chronicle", "Community", "Sunday swings row reignites as play park padlock returns",
    "Residents divided over chained-up swings in Stornoway park",
    "Ishbel Maclean", "13 March 2025",
    """
    The swings in a Stornoway play park have been found padlocked on a Sunday for the first time in more than a decade, reviving one of the island's most famous rows.

    A chain and padlock appeared on the swings on Sunday morning and were removed by council staff on Monday. Nobody has admitted putting them there.

    One mother said: "My kids just wanted a swing. It's 2025." An elderly resident said: "Some of us still believe the day is different. I didn't do it, mind."
    """,
    [("Alasdair", "13 Mar 2025", "Every few years. Like the cuckoo.")]),
  [])

# 133
D("forum", forum_page("s6", "guidance teachers - useful or no", [
    ("hebs_lad_2007", "S5 · 30 posts", "Tue 25 Feb 2025, 19:50",
     "at ardcuan guidance is a joke. macleod is a useless fat slug who sits in his office eating tunnocks and says 'have you tried ignoring them' to every single problem. absolute waste of oxygen"),
    ("bookworm_hebs", "S6 · 80 posts", "Tue 25 Feb 2025, 20:03",
     "mine was actually really good in s4 tbh. depends who you get"),
    ], thread_id=7840),
  [M("school", "short_name", "negative", "ardcuan"), M("jmacleod", "surname_only", "abuse", "macleod")])

# 134
D("blog", blog_page(
    "truth", "Kit deals and kickbacks: Ardcuan PE under the microscope", "The Editor", "22 May 2025",
    """
    Why does every Ardcuan pupil have to buy a £42 PE top from a single supplier in Inverness? Hebridean Truth has been asking that question for months.

    Now we have an answer of sorts. The supplier's director, we are told, is an old teammate of Kenny MacSween, the school's head of PE, from his Highland League days. And a source tells us MacSween has had "expenses-paid" trips to cup finals in Glasgow courtesy of the same firm.

    Backhanders for kit contracts, paid for by island families who can barely afford the ferry. If that's not corruption we don't know what is.
    """,
    [("Anon", "22 May 2025", "Same firm does the Baile Ùr kit. Hmm."),
     ("Karen", "23 May 2025", "Kenny is the most honest man I know. This blog is a disgrace.")],
    tags=["Exposé", "Ardcuan", "PE"]),
  [M("school", "short_name", "defamation", "Ardcuan"), M("kmacsween", "nickname", "defamation", "Kenny MacSween")])

# 135
D("social", dd("""
    Parents Against Propaganda
    @paap_hebs

    Want to tell the Ardcuan drama teacher what you think of his "inclusive" plays? Calum Beaton's mobile is 07700 900781. He's on it all the time apparently. 📞

    7:00 PM · Apr 1, 2025 · 430 Views

    3 Reposts   12 Likes
    """),
  [M("school", "short_name", "negative", "Ardcuan"), M("cbeaton", "exact", "doxxing", "Calum Beaton")])

# 136
D("news", news_page(
    "bulletin", "Curriculum", "'Maths is a language too': the Gdańsk-born teacher making numbers bilingual",
    "How one island department teaches algebra in Gaelic, English and, occasionally, Polish",
    "Staff reporter", "6 February 2025",
    """
    Tomasz Zieliński arrived in Stornoway in 2010 with a maths degree, very little English and no Gaelic at all. Fifteen years later he is principal teacher of mathematics at Ardcuan Academy and sits his own Gaelic exams alongside his S3 pupils.

    "I learned English on the fish farm and Gaelic from my children," he says. "So I know what it is like to sit in a room and not understand. That makes me a better maths teacher, I think."

    Under his leadership the department has produced bilingual glossaries for every topic in the S1-S3 course. The school's Higher Maths pass rate has risen from 71 to 88 per cent in four years.
    """),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("tzielinski", "exact", "neutral", "Tomasz Zieliński")])

# 137 decoy: football forum, no school
D("forum", forum_page("footie", "Back v Point - ref watch", [
    ("Fionn_Ball", "Member · 1,240 posts", "Sun 22 Jun 2025, 09:12",
     "Did anyone see that penalty? The ref was in a different postcode. Back fans still singing about it in the car park."),
    ("PointDefender", "Member · 402 posts", "Sun 22 Jun 2025, 09:30",
     "Clear foul. You're just bitter. See you in the cup."),
    ], thread_id=322),
  [])

# 138
D("review", dd("""
    Ardcuan Academy
    Secondary school · Stornoway
    3.5 ★★★☆☆ (74 reviews)

    Agnieszka W.
    3 reviews
    ★★★★☆ 1 month ago
    Good school for a family who moved here with no Gaelic. Tom Zielinski in maths helped my son with his English as well as his numbers, and the EAL support is better than we had in Glasgow. Four stars only because the car park at 3.30 is chaos.
    👍 Helpful 5   Share
    """),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("tzielinski", "alias", "neutral", "Tom Zielinski")])

# 139
D("social", dd("""
    Fed Up Dad
    @fedupdad_hs2

    @ArdcuanAcad third week my son's had no maths teacher and a supply who "doesn't do Highers". When exactly were you planning to tell the parents? Or do we find out on results day?

    8:15 AM · Sep 18, 2024 · 210 Views

    5 Likes
    """),
  [M("school", "handle", "negative", "@ArdcuanAcad")])

# 140 decoy: namesake Elizabeth Ness elsewhere
D("news", news_page(
    "courier", "Highlands", "Orkney great-gran marks 100th birthday with a dram and a dance",
    "Elizabeth Ness says the secret is 'hard work and a wee bit of whisky'",
    "Community reporter", "4 April 2025",
    """
    Kirkwall's Elizabeth Ness celebrated her 100th birthday with family, friends and a ceilidh band at her care home on Saturday.

    Born on a farm in Deerness in 1925, she worked in the herring, ran a shop for forty years and raised six children. Asked for her secret, she said: "Hard work, good neighbours and a wee bit of whisky. Not too much."

    She received a card from the King and danced a Strip the Willow with her great-grandson.
    """),
  [])

# 141
D("forum", forum_page("staffroom", "Colleague being targeted online - how to support?", [
    ("Tidsear_Og", "Member · 78 posts", "Sun 6 Apr 2025, 20:12",
     """A colleague at Ardcuan is getting horrendous homophobic abuse online after our school show. Posts calling him "a degenerate" and "a danger to children", one saying someone would "put him through a wall". He's keeping going for the kids but you can see it's grinding him down.

     What have other people done? Union? Police? Just turn up with cake?"""),
    ("Staffroom_Sam", "Member · 1,430 posts", "Sun 6 Apr 2025, 20:40",
     "All three. Screenshot everything before it gets deleted. Your union will have a harassment policy. And yes, cake. Cake matters."),
    ("Tidsear_Og", "Member · 79 posts", "Sun 6 Apr 2025, 20:51",
     "Thank you. Calum would say the cake matters most 😊"),
    ], thread_id=3101),
  [M("school", "short_name", "neutral", "Ardcuan")])

# 142 decoy: food blog
D("blog", blog_page(
    "food", "Black pudding, three ways (and a word about the butcher)", "Kirsteen", "19 February 2025",
    """
    Every visitor to Lewis leaves with a black pudding in their suitcase. Here are three ways to use yours before the customs dogs get it.

    One: sliced thick, fried in butter, on a soda scone with a fried egg. Two: crumbled into a risotto with leeks and a splash of whisky. Three: wrapped in a scallop from the boats at the quay, seared for ninety seconds a side.

    A word of warning: the butcher on the corner closes at 1pm on Saturdays and doesn't open on Sundays, so plan your pudding.
    """,
    [("Jamie", "19 Feb 2025", "The scallop one is unreal.")],
    tags=["Recipes", "Lewis"]),
  [])

# 143
D("social", dd("""
    Tormod
    @tormod_hs1

    Saw Th*llon in the Co-op today bold as brass. Fat greasy rat. Should be ashamed to show his face in this town.

    5:33 PM · Jun 16, 2025 · 140 Views

    8 Likes
    """),
  [M("rthallon", "obfuscated", "abuse", "Th*llon")])

# 144
D("news", news_page(
    "chronicle", "Courts", "Father admits threatening PE teacher over county squad",
    "Man said teacher would 'need more than a physio'",
    "Court Reporter", "26 June 2025",
    """
    A Stornoway man who posted online that a PE teacher would "need more than a physio" after his son was left out of a county football squad has admitted a charge of threatening behaviour.

    Donald John Matheson, 44, targeted Kenneth MacSween, principal teacher of PE at Ardcuan Academy, in a post in May, Stornoway Sheriff Court heard. He was fined £600.

    His solicitor said Matheson had been "mortified" when the post was read back to him and had apologised to Mr MacSween in person.
    """,
    [("Ross", "26 Jun 2025", "Kenny's a gent. Hope that's the end of it.")]),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("kmacsween", "exact", "neutral", "Kenneth MacSween")])

# 145
D("facebook", dd("""
    Ardcuan Parents (unofficial)
    Private group · 640 members

    Morag Nicolson
    21 June at 12:30 · 🔒
    Welcome back Mr O'Donnell! 💚 My daughter came home yesterday beaming because "Ciarán's back and he brought Tayto". Some of the things said about that man online this term were disgraceful. Glad it's over for him.

    ❤️ 118 · 22 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("codonnell", "title_surname", "neutral", "Mr O'Donnell")])

# 146
D("review", dd("""
    StaffSay › Ardcuan Academy › Reviews

    "Depute head is the problem"
    ★☆☆☆☆  Former Employee - Pupil Support Assistant in Stornoway, Scotland · 30 April 2025
    I worked at Ardcuan Academy for less than 1 year

    Pros
    The kids. The other PSAs. The canteen soup.

    Cons
    Beth Ness is a spiteful, two-faced, sneering woman who treats support staff like furniture. Smiles at parents, snarls at us. Left after eight months and I'm not the first.

    Advice to management
    Look at the turnover in pupil support.

    Helpful (4) · Share · Report
    """),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("eness", "nickname", "abuse", "Beth Ness")])

# 147
D("social", dd("""
    Hebridean Patriot
    @hebpatriot88

    The Acad now has more Syrians, Poles and Romanians in S1 than kids with a granny from Lewis, and an English settler, Mrs Ness, in charge of "welcoming" them. Replacement isn't a theory, it's the register. Brought to you by the Home Office and paid for by you. 🏴󠁧󠁢󠁳󠁣󠁴󠁿 #Hebrides

    6:14 PM · Jan 22, 2025 · 1,006 Views

    22 Reposts   61 Likes
    """),
  [M("school", "alias", "hate", "The Acad"), M("eness", "title_surname", "hate", "Mrs Ness")])

# 148
D("news", news_page(
    "hebonline", "Lewis", "Teacher's car vandalised after personal details posted online",
    "Police investigating after tyres slashed at West Side home",
    "Hebrides Online staff", "8 April 2025",
    """
    Police are investigating after the car of a senior teacher at Ardcuan Academy was vandalised outside a house in Shawbost, days after her personal details were shared in a Facebook group.

    All four tyres of the red van belonging to Elizabeth Ness, the school's depute head, were slashed overnight on Sunday. A post in a West Side community group last week had shared her personal email address and described where she parked at weekends.

    Police said they were "aware of the online post" and urged people not to share personal information about others. The council said it was supporting Mrs Ness and her family.
    """),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("eness", "exact", "neutral", "Elizabeth Ness")])

# 149
D("facebook", dd("""
    English-Medium Parents Lewis
    Private group · 212 members

    Gavin Pritchard
    5 June at 23:30 · 🔒
    Peigi M. has turned down my daughter again. Fine. I know the B&B her sister runs in Tong and I know when Peigi's there on a Saturday. Let's see how brave she is without a school desk between us. Some people need to learn the hard way.

    😮 6 · 11 comments
    Like   Comment   Share

        Jo B
        Gavin, no. Delete this now.
        Like · Reply · 30m
    """),
  [M("pmackay", "first_initial", "threat", "Peigi M.")])

# 150
D("blog", blog_page(
    "croftdiary", "Lambing week 3: the night shift", "Seonaidh", "20 April 2025",
    """
    Week three of lambing and the tally stands at 61 lambs, one set of triplets, two pet lambs in a box by the Rayburn and one very tired crofter.

    Big thanks to our neighbour Elizabeth Ness, depute head at Ardcuan, who has now done four night shifts in the lambing shed "for the peace and quiet". She says it's more restful than a parents' evening. The ewes seem to agree with her.

    Weather: four seasons a day. Midges: not yet, thank God.
    """,
    [("Annie", "20 Apr 2025", "Triplets! Well done all."),
     ("Seonaidh", "21 Apr 2025", "@Annie all three doing grand")],
    tags=["Lambing", "West Side"]),
  [M("school", "short_name", "neutral", "Ardcuan"), M("eness", "exact", "neutral", "Elizabeth Ness")])

# 151 decoy: Nessie, the everyday word
D("social", dd("""
    Nessie Hunters UK
    @nessiehunters

    🦕 New sonar contact off Urquhart Castle, Loch Ness, 11.40 this morning. Probably a log. Probably. Full video on our page later. #Nessie #LochNess

    12:02 PM · Aug 2, 2024 · 3,220 Views

    40 Reposts   302 Likes
    """))

# 152
D("news", news_page(
    "chronicle", "Education", "Inspectors praise 'warm and ambitious' Ardcuan Academy",
    "Report rates leadership 'good' but says GME staffing is 'fragile'",
    "Donnie Macrae, Chief Reporter", "20 February 2025",
    """
    Inspectors have praised Ardcuan Academy for its "warm, inclusive and ambitious" ethos in a report published this week.

    The report rated learning, teaching and leadership as "good" and pupils' wellbeing as "very good", highlighting strong relationships between staff and pupils and the school's work to support young people travelling from rural villages and from Harris and Uist.

    Inspectors said Gaelic-medium provision was "a significant strength" but warned that staffing was "fragile", with several subjects dependent on a single teacher. They asked the school and council to produce a recruitment plan within a year.

    The head teacher said staff were "delighted and not at all surprised" by the findings about pupils.
    """,
    [("Proud Gran", "20 Feb 2025", "Well done everyone!")]),
  [M("school", "exact", "neutral", "Ardcuan Academy")])

# 153
D("facebook", dd("""
    West Side Chat 🌊
    Private group · 3.4K members

    Marion Macdonald
    14 March at 20:44 · 🔒
    Tom Zielinski at the Acad shouted at my son in front of his whole class and called his work "rubbish". Bully. Arrogant, nasty wee man. Some teachers should never have been let near children.

    😡 19 · 34 comments
    Like   Comment   Share

        Chrissie Ann
        Mine loves him, maybe there's more to it Marion
        Like · Reply · 1d
    """),
  [M("school", "alias", "negative", "the Acad"), M("tzielinski", "alias", "abuse", "Tom Zielinski")])

# 154
D("facebook", dd("""
    Ardcuan Parents (unofficial)
    Private group · 640 members

    Ishbel Macaulay
    15 November at 21:55 · 🔒
    Parents' evening confession 😳 Mr Zielinski rolled his sleeves up to draw a graph and I forgot my own child's name. Those forearms. 🥵 My husband says I'm not allowed to go next year.

    😂❤️ 71 · 30 comments
    Like   Comment   Share

        Lynne S
        ISHBEL 😂😂😂
        Like · Reply · 2d

        Donna M
        Wait till you meet the Irish one in Gaelic science. Mr O'Donnell. I went in for a chat about homework and came out needing a cold shower 🔥
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("tzielinski", "title_surname", "sexual", "Mr Zielinski"),
   M("codonnell", "title_surname", "sexual", "Mr O'Donnell")])

# 155
D("social", dd("""
    Mac an t-Saoir
    @mac_an_t_saoir

    Seo seòladh Iain MacLeòid, am fear-stiùiridh a leig le mo bhalach fulang: 3 Cnoc na Gaoithe, Siadar Beag, HS2 9ZQ. Fòn 07700 900417. Bruidhnibh ris fhèin. (Here's the address of the guidance man at Ardcuan who let my boy suffer. Talk to him yourselves.)

    10:40 PM · Apr 10, 2025 · 133 Views
    """),
  [M("school", "short_name", "negative", "Ardcuan"), M("jmacleod", "alias", "doxxing", "Iain MacLeòid")])

# 156
D("facebook", dd("""
    Lewis Gossip & Rumours 👀
    Private group · 4.4K members

    Anonymous member
    2 April at 19:18 · 🔒
    Cal Beaton from the Acad and his "husband" were in the Harbour Lounge on Saturday night pawing at each other in front of everyone. Poofs like that shouldn't be allowed near a school. It's not natural, it's a perversion and our weans are being groomed into thinking it's normal.

    😡👍 44 · 88 comments
    Like   Comment   Share

        Kirsty Ann
        Homophobic garbage. Reported.
        Like · Reply · 1d
    """),
  [M("school", "alias", "negative", "the Acad"), M("cbeaton", "nickname", "hate", "Cal Beaton")])

# 157 decoy: buy sell swap, peats
D("facebook", dd("""
    Lewis & Harris Buy Sell Swap
    Public group · 19K members

    Angus Macleod
    9 September at 14:20 · 🌎
    Peats for sale. Dry, from a Point bank, cut in May. £60 a trailer load delivered anywhere between Stornoway and Garrabost. Phone Angus after 6. Also a good tusker for sale, £25.

    👍 11 · 6 comments
    Like   Comment   Share
    """))

# 158
D("facebook", dd("""
    English-Medium Parents Lewis
    Private group · 212 members

    Anonymous member
    6 June at 22:15 · 🔒
    Peggy Mackay's personal mobile is 07700 900352 and her email is peigi.nicaoidh.home@mailbox.example. She lives in the white house with the blue door on Rathad na Mòintich. The school won't listen so let's make her listen at home.

    😮 9 · 14 comments
    Like   Comment   Share
    """),
  [M("pmackay", "alias", "doxxing", "Peggy Mackay")])

# 159
D("facebook", dd("""
    Sandwick & Town Neighbours
    Private group · 1.9K members

    Anonymous member
    12 March at 21:03 · 🔒
    For everyone asking where the Stornoway head teacher lives - Christine Hay, as she was, has the big house at the top of Rathad a' Chala, number 12, HS1 9ZW. Grey Volvo. Go and tell her what you think about the Sunday hall.

    😡 23 · 29 comments
    Like   Comment   Share

        Anne M
        This is how people get hurt. Admin please.
        Like · Reply · 1d
    """),
  [M("cmacritchiehay", "alias", "doxxing", "Christine Hay")])

# 160
D("news", news_page(
    "chronicle", "Courts", "Man charged over 'over the side' threat to Gaelic depute head",
    "Second parent accused of threatening Peigi Mackay after Gaelic-medium refusal",
    "Court Reporter", "3 July 2025",
    """
    A man has appeared at Stornoway Sheriff Court charged with threatening a depute head teacher after his daughter was refused a place in Gaelic-medium classes.

    Gavin Pritchard, 49, of Tong, is accused of posting in a Facebook group that Peigi Mackay, depute head for Gaelic-medium education at Ardcuan Academy, would "learn the hard way". He made no plea and was released on bail with a special condition not to approach her.

    A woman from Harris was warned by police last month over a separate post suggesting Ms Mackay could be "lost over the side" of the Ullapool ferry.

    The council said it was "deeply concerned" at the level of abuse directed at school staff over admissions decisions and urged parents to use the formal appeals process.
    """,
    [("Seonag", "3 Jul 2025", "She's the kindest woman. This is madness."),
     ("Jo", "3 Jul 2025", "Appeal the decision, don't threaten the teacher. Simple.")]),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("pmackay", "exact", "neutral", "Peigi Mackay")])

# 161
D("news", news_page(
    "courier", "Courts", "School fund trial: business manager 'moved cash to own account', jury told",
    "Ruairidh Thallon denies embezzling £14,000 raised by Stornoway pupils",
    "Court Reporter", "18 November 2025",
    """
    A jury has heard that a school business manager moved thousands of pounds raised by pupils for a trip to Canada into his own bank account.

    Ruairidh Thallon, 52, denies embezzling £14,210 from the S6 trip fund at Ardcuan Academy between 2023 and 2024. A council auditor told Stornoway Sheriff Court that she had traced eleven transfers from the fund to an account in Thallon's name.

    Under cross-examination she agreed that some transfers had later been repaid and that the school's controls had allowed "a single signature" on payments. The trial continues.
    """,
    [("HS1_local", "18 Nov 2025", "Let the jury decide."),
     ("Angry_in_Point", "18 Nov 2025", "He's at 17 Rathad a' Chaisteil if anyone wants to give him their views before the verdict. White Hilux. Phone's 07700 900905."),
     ("Moderator", "18 Nov 2025", "A comment has been removed. Please do not post personal details.")]),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("rthallon", "exact", "doxxing", "Ruairidh Thallon")])

# 162
D("news", news_page(
    "hebonline", "Lewis", "Guidance teacher faces disciplinary hearing over bullying records",
    "Council inquiry at Ardcuan Academy 'substantially complete'",
    "Hebrides Online staff", "2 June 2025",
    """
    A suspended guidance teacher at Ardcuan Academy is to face a disciplinary hearing after a council investigation into how bullying reports were handled.

    John MacLeod, who has been suspended since April, will appear before a panel later this month. The council said the investigation had "identified matters that require a formal hearing" but would not give further details.

    Mr MacLeod's union representative said he "strongly disputes" the findings and would "set out the full context, including the workload pressures on guidance staff".
    """),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("jmacleod", "exact", "defamation", "John MacLeod")])

# 163
D("news", news_page(
    "national", "Education", "'Polish scrounger', 'Fenian', 'groomer': the online abuse of island teachers",
    "Staff at one Hebridean school describe a year of hate, threats and doxxing",
    "Eilidh Fraser, Highlands Correspondent", "24 August 2025",
    """
    Over a single school year, staff at Ardcuan Academy, a 600-pupil secondary in Stornoway, have been called "Polish scroungers", "papists", "degenerates" and "white settlers". Their home addresses have been posted in Facebook groups. One had her car tyres slashed. Another was told he would be "kneecapped".

    Scotland Today has seen dozens of the posts. Most are anonymous. Several have led to criminal convictions.

    "The first time I read 'send them back to Gdańsk' about myself, I laughed," says Mr Zieliński, the school's principal teacher of maths, who has lived on Lewis for fifteen years. "The tenth time, I didn't laugh. My daughter read it."

    Mr O'Donnell, who teaches science in Gaelic and was raised in Donegal, was described as "a Fenian" and "a Rome agent" in posts shared hundreds of times. "Most islanders have been nothing but kind," he says. "It's a small number of people shouting very loudly."

    Teaching unions say the problem is not unique to the islands but is amplified in small communities where everyone knows where everyone lives. The council has appointed a staff safety officer and is reviewing what it calls "a culture of tolerating online abuse of public servants".
    """,
    [("Mairead", "24 Aug 2025", "Shameful. Thank you for reporting this."),
     ("Leodhasach_Abroad", "24 Aug 2025", "This isn't the island I grew up in. Or maybe it always was and we just didn't have Facebook.")]),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("tzielinski", "title_surname", "neutral", "Mr Zieliński"),
   M("codonnell", "title_surname", "neutral", "Mr O'Donnell")])

# 164
D("news", news_page(
    "chronicle", "News", "Council backs Sunday opening for school games hall",
    "Narrow vote follows months of protest over Ardcuan Academy facility",
    "Donnie Macrae, Chief Reporter", "26 June 2025",
    """
    Councillors have voted by 16 to 13 to allow the new games hall at Ardcuan Academy to open to community groups on Sunday afternoons.

    The decision, which follows months of protest, petitions and one court case, means the hall will open between 1pm and 5pm on Sundays from September on a one-year trial.

    The head teacher, Christine MacRitchie\u2011Hay, who proposed the change, said: "I understand and respect that this is painful for some in our community. My only aim has been to give young people somewhere warm and safe to go."

    Protesters outside the council chamber sang psalms during the debate. A spokesperson for the Lord's Day group said the fight "was not over".
    """,
    [("Màiri", "26 Jun 2025", "A sad day for Lewis."),
     ("Tom_in_town", "26 Jun 2025", "A good day for teenagers with nowhere to go.")]),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("cmacritchiehay", "hyphenated", "neutral", "Christine MacRitchie\u2011Hay")])

# 165
D("news", news_page(
    "courier", "Courts", "Teenager admits Snapchat 'shooting' threat against Stornoway school",
    "Sheriff says the 16-year-old caused 'real fear' to hundreds of families",
    "Court Reporter", "14 January 2025",
    """
    A 16-year-old boy who posted on Snapchat that he was going to "shoot up" Ardcuan Academy has admitted a charge of threatening or abusive behaviour.

    Stornoway Sheriff Court heard the post, made in September, was seen by hundreds of pupils and parents and led to a heavy police presence at the school the following Monday. The boy, who cannot be named because of his age, told police it was "a joke".

    The sheriff deferred sentence for good behaviour and said the boy had caused "real fear to hundreds of families".
    """),
  [M("school", "exact", "neutral", "Ardcuan Academy")])

# 166
D("news", news_page(
    "hebonline", "Lewis", "Depute head sues over Facebook claims she 'invented' referrals",
    "Elizabeth Ness raises defamation action in the sheriff court",
    "Hebrides Online staff", "11 September 2025",
    """
    A depute head teacher in Stornoway has raised a defamation action against a woman who claimed on social media that she had fabricated child protection referrals.

    Elizabeth Ness, depute head (pastoral) at Ardcuan Academy, is seeking damages and a retraction over posts made in April that accused her of inventing referrals "to get back at" families.

    Her solicitor said Mrs Ness had "acted at all times in accordance with her statutory duties" and had brought the case "reluctantly, to protect herself and her colleagues". The defender has 21 days to lodge answers.
    """),
  [M("school", "exact", "neutral", "Ardcuan Academy"), M("eness", "exact", "neutral", "Elizabeth Ness")])

# 167 decoy: namesake minister
D("news", news_page(
    "chronicle", "Community", "New minister inducted at Back congregation",
    "Rev John MacLeod returns to the island after 20 years in Glasgow",
    "Community reporter", "16 January 2025",
    """
    The Rev John MacLeod was inducted as minister of the Back congregation on Friday evening before a congregation of more than 300.

    Mr MacLeod, who grew up in Vatisker, spent twenty years as a minister in Glasgow before returning to the island with his wife and four children. He said he was "coming home to the place that taught me the psalms".

    The precentor led the singing in Gaelic and tea was served in the hall afterwards.
    """),
  [])

# 168 decoy: neighbouring school
D("news", news_page(
    "naidheachd", "Spòrs", "Baile Ùr Academy shinty team reaches national final",
    "Benbecula school to face Kingussie in Inverness",
    "Sgioba nan Naidheachdan", "30 April 2025",
    """
    Tha sgioba camanachd Acadamaidh Baile Ùr ann an Beinn na Faoghla air a dhol chun a' chuairt dheireannaich.

    Baile Ùr Academy's under-17 shinty team will play in the national schools final in Inverness next month after a 3-2 semi-final win over a Lochaber side. Coach Eilidh Steele said the team had "trained on a pitch that was under water half the winter".
    """),
  [])

# 169
D("review", dd("""
    Ardcuan Academy
    Secondary school · Stornoway
    3.5 ★★★☆☆ (74 reviews)

    Billy Mac
    1 review
    ★☆☆☆☆ a week ago
    Third exclusion this year for my boy and not one person at this school has listened to a word we've said. Dr MacRitchie-Hay, if he's put out one more time I'll come down there and sort you out myself, in front of your precious office staff. And that clown MacLeod in guidance can go an' all.
    👍 Helpful 0   Share

    Response from the owner · a week ago
    This review has been reported. If you have concerns, please contact the school office.
    """),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("cmacritchiehay", "title_surname", "threat", "Dr MacRitchie-Hay"),
   M("jmacleod", "surname_only", "abuse", "MacLeod")])

# 170
D("review", dd("""
    StaffSay › Ardcuan Academy › Reviews

    "Guidance dept is a mess"
    ★★☆☆☆  Former Employee - Teacher in Stornoway, Scotland · 19 March 2025
    I worked at Ardcuan Academy for more than 3 years

    Pros
    Lovely young people, stunning location, supportive maths and English departments.

    Cons
    Johnny MacLeod is a lazy, smug dinosaur who hides in his office and passes every difficult case to somebody else. Kids fall through the gaps and he shrugs. Everyone knows and nobody does anything.

    Advice to management
    Guidance needs new blood.

    Helpful (6) · Share · Report
    """),
  [M("school", "exact", "negative", "Ardcuan Academy"), M("jmacleod", "nickname", "abuse", "Johnny MacLeod")])

# 171 decoy: excluded shop review
D("review", dd("""
    Ardcuan Stores
    Convenience store · Stornoway
    4.3 ★★★★☆ (96 reviews)

    Rachel T
    Local Guide · 44 reviews
    ★★★★☆ 3 months ago
    Handy wee shop with everything you need and more - fresh rolls by 8, bait in the freezer, and they'll order in anything if the boat's running. Busy at school lunchtime when the teenagers descend for pies. Staff are lovely.
    👍 Helpful 2   Share
    """))

# 172
D("blog", blog_page(
    "truth", "Gaelic-medium places for friends and family? The NicAoidh question", "The Editor", "10 June 2025",
    """
    Another year, another round of refusal letters from Ardcuan High for Gaelic-medium S1 places. Another round of angry parents.

    Hebridean Truth has looked at the list of children who DID get places. We're told that at least four are the children or grandchildren of people on the Gaelic committee, and two are related to Peigi NicAoidh herself. Coincidence? We think not.

    Admissions rigged for friends and family, while incomers' children who have worked hard at their Gaelic are told they're "not fluent enough". It's a racket, and the council should call it one.
    """,
    [("Harriet", "10 Jun 2025", "I KNEW it."),
     ("Eilidh", "11 Jun 2025", "Admissions to GME aren't even decided by her alone. Check your facts.")],
    tags=["Exposé", "Gaelic"]),
  [M("school", "alias", "defamation", "Ardcuan High"), M("pmackay", "alias", "defamation", "Peigi NicAoidh")])

# 173
D("blog", blog_page(
    "teacher", "What a year it's been", "Anon, a Lewis teacher", "30 June 2025",
    """
    The last bell went on Friday, and I sat in my car in the Ardcuan car park for twenty minutes before I could drive home.

    This year our head has been threatened over a football fixture and a sports hall. Colleagues have had their addresses posted online, their cars vandalised, their sexuality and their nationality thrown at them by strangers. One of the threats against MacRitchie–Hay was read out in court. I sat in the public gallery and heard someone describe, in detail, where she walks her dog.

    And yet. The S1s learned a Gaelic psalm tune for the Christmas service. The drama club did Romeo and Juliet and half the town came. Our maths department got the best results on the island. Pupils raised £2,000 in a day when a colleague's car was wrecked.

    I don't know what next year brings. But I know who I'm doing this for.
    """,
    [("Another teacher", "30 Jun 2025", "Thank you for writing this. Rest well."),
     ("Parent_HS2", "1 Jul 2025", "Thank you for everything you all do.")],
    tags=["Workload", "Island life"]),
  [M("school", "short_name", "neutral", "Ardcuan"), M("cmacritchiehay", "hyphenated", "neutral", "MacRitchie–Hay")])

# 174 decoy: namesake bard
D("blog", blog_page(
    "gaidhlig", "Cuimhneachan: Murdo MacIver, bàrd Ùige", "Eilidh NicLeòid", "5 March 2025",
    """
    Chaochail Murdo MacIver, am bàrd à Ùig, aig aois 91 an t-seachdain seo chaidh.

    Murdo MacIver, the Uig bard, has died aged 91. A crofter and weaver all his life, he composed more than two hundred songs, many of them still sung at local Mòds and ceilidhs. His best-known song, about the emigrant ships leaving Loch Ròg, was recorded by three generations of island singers.

    He is survived by his daughter, five grandchildren and a croft full of sheep that, his family say, "never once did what they were told". Beannachd leis.
    """,
    [("Seumas", "5 Mar 2025", "Sìth dha anam. A great bard.")],
    tags=["Cuimhneachan", "Bàrdachd"]),
  [])

# 175 decoy: Gaelic grammar blog with the Gaelic word "aca" (not the acronym)
D("blog", blog_page(
    "gaidhlig", "Gràmar: agam, agad, aige, aice... aca!", "Eilidh NicLeòid", "12 November 2024",
    """
    This week's learners' corner is about the prepositional pronouns with "aig" - the ones that give every learner a headache.

    Tha càr agam: I have a car. Tha cù aice: she has a dog. Tha taigh mòr aca: they have a big house. Note that "aca" (at them) is short and unstressed - learners often over-pronounce it.

    Practice: translate "They have a croft and we have sheep." Answers in the comments, no peeking.
    """,
    [("Learner_Glaschu", "12 Nov 2024", "Tha croit aca agus tha caoraich againn!"),
     ("Eilidh NicLeòid", "12 Nov 2024", "Sàr-mhath! 👏")],
    tags=["Gràmar", "Learners"]),
  [])

# 176
D("forum", forum_page("patriot", "Ness and her 'welcome' committee", [
    ("HighlandLion1314", "Member · 2,051 posts", "Thu 13 Mar 2025, 21:08",
     """The English depute head at the Acad, Mrs Ness, has set up a "welcome group" for the Syrian and Afghan families. Halal snacks at the parents' evening. Arabic signs on the doors.

     These people are not refugees, they are colonists, and Ness is rolling out the red carpet for them. Muslims breed like rabbits and in thirty years Lewis will be theirs. Remigration now."""),
    ("Clach_na_Ceann", "Member · 341 posts", "Thu 13 Mar 2025, 21:20",
     "Another white settler importing more settlers. The irony."),
    ], thread_id=1520),
  [M("school", "alias", "hate", "the Acad"), M("eness", "title_surname", "hate", "Mrs Ness")])

# 177
D("forum", forum_page("lhchat", "PE teacher and the county squad - parents' meeting?", [
    ("Big_D_Sty", "Member since 2025 · 3 posts", "Tue 13 May 2025, 21:30",
     "For anyone who wants a word with the PE teacher from the Stornoway school off the premises: Kenneth MacSween, 4 Cnoc Ruadh, Aird Bheag, HS2 0QY. Trains the under-12s at Garrabost on a Saturday morning too, you can't miss him."),
    ("Mod_Seonag", "Moderator", "Tue 13 May 2025, 21:41",
     "Removed. Banned. Reported. Do not ever post home addresses on this board."),
    ], thread_id=8855),
  [M("kmacsween", "exact", "doxxing", "Kenneth MacSween")])

# 178
D("forum", forum_page("s6", "gaelic medium teachers be like", [
    ("niseach_og", "S5 · 22 posts", "Wed 28 May 2025, 19:50",
     "peigi nicaoidh is an absolute witch. ruined my timetable so i cant do graphic comm and then smiled at me like she was doing me a favour. the acad gaelic dept are a cult"),
    ("stornoway_sk8r", "S5 · 61 posts", "Wed 28 May 2025, 20:02",
     "lol someone put her mobile on the year group chat, 07700 900352, loads of people have been prank calling it all night 💀"),
    ("Mod_Kai", "Moderator", "Wed 28 May 2025, 20:10",
     "Phone number removed. That's harassment, folks, and it can get you excluded or worse."),
    ], thread_id=7870),
  [M("school", "alias", "negative", "the acad"), M("pmackay", "alias", "doxxing", "peigi nicaoidh")])

# 179
D("forum", forum_page("staffroom", "Attendance stats 'managed' before inspection?", [
    ("ChalkDust_HS", "Member · 240 posts", "Mon 17 Feb 2025, 20:20",
     """I'll say it here because I can't say it at work. At Ardcuan the attendance figures sent to the council before the inspection were not the real ones. Dozens of unexplained absences got recoded as "educated off site". MacRitchie-Hay signed them off personally. That's falsifying records and everyone in the office knows it.

     And Mrs Ness, who is supposed to care about these kids, is a useless spineless cow who went along with it."""),
    ("Staffroom_Sam", "Member · 1,460 posts", "Mon 17 Feb 2025, 20:44",
     "Careful - if you're right, that's a whistleblowing matter, not a forum post. Talk to your union before you say more."),
    ], thread_id=3120),
  [M("school", "short_name", "defamation", "Ardcuan"), M("cmacritchiehay", "surname_only", "defamation", "MacRitchie-Hay"),
   M("eness", "title_surname", "abuse", "Mrs Ness")])

# 180
D("forum", forum_page("parents", "Sports day dads vs PE teacher dads (light relief)", [
    ("IslandMum_HS2", "Joined 2020 · 270 posts", "Fri 13 Jun 2025 21:10",
     "After the year Ardcuan has had, a light one. Sports day. MacSween in the teachers' relay. That is all. 🥵🏃‍♂️"),
    ("Stornowegian_Dad", "Joined 2023 · 24 posts", "Fri 13 Jun 2025 21:22",
     "I came second in the dads' race and nobody said a word about MY calves 😂"),
    ("IslandMum_HS2", "Joined 2020 · 271 posts", "Fri 13 Jun 2025 21:25",
     "Your calves are lovely, love. Just not relay lovely."),
    ], thread_id=10122),
  [M("school", "short_name", "neutral", "Ardcuan"), M("kmacsween", "surname_only", "sexual", "MacSween")])

# 181 decoy: ferry forum, no school
D("forum", forum_page("ferry", "Sunday sailings - do you use them?", [
    ("MinchMoaner", "Member since 2015 · 2,402 posts", "Sun 3 Aug 2025, 20:00",
     "Genuine question. The Sunday boat is always packed with tourists in summer but I'd love to know how many islanders use it. I do, guiltily, twice a year."),
    ("Lochs_Lass", "Member since 2018 · 210 posts", "Sun 3 Aug 2025, 20:22",
     "Never have, never will. Not judging anyone who does. My granny would come back and haunt me."),
    ], thread_id=5600),
  [])

# 182
D("social", dd("""
    Dìon na Sàbaid
    @dion_na_sabaid

    \u0410rdcuan staff who open that hall on the Lord's Day should know the island is watching. Names, cars, houses. When the first Sunday comes we'll be there and it won't be with psalm books. You've been warned.

    9:40 PM · Jun 27, 2025 · 1,340 Views

    8 Reposts   31 Likes
    """),
  [M("school", "homoglyph", "threat", "\u0410rdcuan")])

# 183
D("social", dd("""
    Lewis Lad 1560
    @lewislad1560

    That Stornoway drama teacher B34t0n wants to put more queer filth on that stage next year. Let him. There's plenty of rope on this island and plenty of lampposts on Cromwell Street. 🪢

    12:31 AM · Jul 2, 2025 · 420 Views

    5 Likes
    """),
  [M("cbeaton", "leetspeak", "threat", "B34t0n")])

# 184
D("social", dd("""
    Alba dha na h-Albannaich
    @alba_dha_albannaich

    15 years Stornoway's kids have been taught maths by a Pole. Time to take our schools back. ZielinskiGoHome 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Pack your pierogi and get on the boat.

    7:20 PM · Aug 25, 2025 · 360 Views

    4 Reposts   12 Likes
    """),
  [M("tzielinski", "camelcase", "hate", "ZielinskiGoHome")])

# 185
D("social", dd("""
    Iain Bàn
    @iainban_lewis

    Sat through a Gaelic-only prizegiving for the third year running. Murdo MacIvor, the Stornoway Gaelic teacher, is a pompous old goat who loves the sound of his own voice more than he loves the children. Ninety minutes. Ninety.

    10:02 PM · Jun 19, 2025 · 140 Views

    3 Likes
    """),
  [M("mmaciver", "typo", "abuse", "Murdo MacIvor")])

# 186
D("social", dd("""
    caitlin 🧪
    @caitlin_chem_s4

    ciarán o'donnell said "ye're all grand, go on" in the lab today and i fully blacked out 🥵🥵 being in the stornoway gaelic medium class is a privilege and a curse

    2:50 PM · Sep 10, 2025 · 66 Views

    9 Likes
    """),
  [M("codonnell", "exact", "sexual", "ciarán o'donnell")])

# 187
D("social", dd("""
    Justice4Families
    @justice4families_hs

    Since the council won't act: Tomasz Zieliński, the Stornoway maths teacher who failed my son, 07700 900284. Lives on Cnoc an Fhuarain, silver Skoda. Ask him yourself why he "doesn't do favours".

    11:45 PM · Aug 14, 2025 · 210 Views

    2 Reposts
    """),
  [M("tzielinski", "exact", "doxxing", "Tomasz Zieliński")])

# 188
D("social", dd("""
    Anonymous Leodhasach
    @anon_leodhasach

    @roddythallon enjoy your last summer in that big house. Whatever the jury says, you'll not see Christmas in this town. Too many kids you robbed. Too many fathers who remember. ⚰️

    11:11 PM · Jul 20, 2025 · 502 Views

    4 Likes
    """),
  [M("rthallon", "handle", "threat", "@roddythallon")])

# 189
D("social", dd("""
    Fed Up Island Mum
    @fedup_islandmum

    Parents' council meeting tonight. Our head teacher looked down her nose at every single parent who spoke. Arrogant, cold, two-faced witch. #MacRitchieHayTheWitch

    10:40 PM · Mar 12, 2025 · 170 Views

    6 Likes
    """),
  [M("cmacritchiehay", "hashtag", "abuse", "#MacRitchieHayTheWitch")])

# 190
D("social", dd("""
    Sgian Dubh
    @sgian_dubh_1746

    N e s s, the English witch who's depute at the school in Stornoway, better pack her bags for Cumbria before someone packs them for her and puts a match to that croft house. White settlers out. 🔥

    1:20 AM · Apr 8, 2025 · 290 Views

    3 Likes
    """),
  [M("eness", "spacing", "threat", "N e s s")])

# 191
D("facebook", dd("""
    Sandwick & Town Neighbours
    Private group · 1.9K members

    Anonymous member
    15 May at 23:05 · 🔒
    That PE teacher from the Stornoway secondary dropped my boy again. Somebody should find out where MacSween's house is and put every window in. Then he'll know what it feels like to be left out in the cold.

    😮 8 · 16 comments
    Like   Comment   Share

        Rhoda M
        Threatening a teacher over football. Grow up.
        Like · Reply · 3h
    """),
  [M("kmacsween", "possessive", "threat", "MacSween's")])

# 192
D("facebook", dd("""
    English-Medium Parents Lewis
    Private group · 212 members

    Harriet Lowe
    3 June at 20:12 · 🔒
    Mrs Mackay turned down another twelve kids for Gaelic-medium today. I'd like ten minutes alone with that woman in a car park. She'd not be smiling after it, I promise you that.

    😡 14 · 21 comments
    Like   Comment   Share

        Jo B
        Harriet this is a threat and it'll get you arrested
        Like · Reply · 1h
    """),
  [M("pmackay", "title_surname", "threat", "Mrs Mackay")])

# 193
D("facebook", dd("""
    Lewis Gossip & Rumours 👀
    Private group · 4.4K members

    Anonymous member
    17 May at 22:30 · 🔒
    For them that want to have a word with the Irish science teacher who got the S4s drunk in Donegal: Ciarán O'Donnell rents the flat above the chemist on Sràid a' Chidhe, side door, buzzer 2. He's in most nights.

    😮 19 · 25 comments
    Like   Comment   Share
    """),
  [M("codonnell", "exact", "doxxing", "Ciarán O'Donnell")])

# 194
D("facebook", dd("""
    Stornoway Community Noticeboard
    Public group · 11.2K members

    Norman M
    24 August at 21:50 · 🌎
    Read the Scotland Today article about "abuse of island teachers". Boo hoo. Tomasz Z. and the rest of his Polish mafia want to take our jobs and our houses and then cry when we notice. Go back to your own country if ours is so nasty. 🇵🇱🚢

    😡👍 61 · 140 comments
    Like   Comment   Share

        Kirsty Macdonald
        Norman you were banned from this group once already for this exact thing.
        Like · Reply · 2h
    """),
  [M("tzielinski", "first_initial", "hate", "Tomasz Z.")])

# 195
D("facebook", dd("""
    Lewis Gossip & Rumours 👀
    Private group · 4.4K members

    Anonymous member
    9 May at 23:40 · 🔒
    Has nobody else noticed Mr Beaton keeps the same S3 boys behind after drama club every Thursday, door shut? One of them told my son he's been "sending them messages" at night. Someone needs to look at that man's phone before it's too late.

    😮 58 · 102 comments
    Like   Comment   Share

        Admin
        Post locked. If you have a safeguarding concern, contact the police or the school's child protection coordinator.
        Like · Reply · 1d
    """),
  [M("cbeaton", "title_surname", "sexual", "Mr Beaton", url_only=True)])

# 196
D("facebook", dd("""
    Ness Community Page
    Public group · 2.1K members

    Anonymous member
    14 October at 21:02 · 🔒
    Everyone saying Liz Ness, the depute at the Stornoway school, is some saint - she'll not be one when somebody catches her on that West Side road some dark night. She's made enemies in every village from here to Carloway and one day one of them will stop being polite.

    😮 11 · 19 comments
    Like   Comment   Share

        Peggy Ann
        Whoever wrote this, the police will find you. Admin remove this please.
        Like · Reply · 1d
    """),
  [M("eness", "nickname", "threat", "Liz Ness")])

# 197
D("facebook", dd("""
    West Side Chat 🌊
    Private group · 3.4K members

    Anonymous member
    22 October at 22:17 · 🔒
    Murdo MacIver was absolutely steaming at the Mòd in Inverness, fell off the stage at the ceilidh, and the Stornoway school kept it quiet because he's a Gaelic "treasure". Teachers drunk in charge of children and nobody bats an eye.

    😮😂 33 · 47 comments
    Like   Comment   Share

        Seonag M
        I was there. He tripped over a cable sober as a judge. Stop it.
        Like · Reply · 1d
    """),
  [M("mmaciver", "exact", "defamation", "Murdo MacIver")])

# 198 decoy: excluded guest house on Facebook
D("facebook", dd("""
    Ardcuan Guest House
    10 May at 08:00 · 🌎

    ☀️ Sunday breakfast reminder for our guests: we serve breakfast as normal on Sundays, 8-9.30, but most shops, cafés and petrol stations on Lewis are closed, so please fill up on Saturday! Packed lunches available if you order the night before. Bookings: ardcuanguesthouse.example 🐑🌊

    👍❤️ 31 · 4 comments
    Like   Comment   Share
    """))

# 199
D("facebook", dd("""
    Ardcuan Parents (unofficial)
    Private group · 640 members

    Kirsty Macleod
    3 September at 20:45 · 🔒
    First parents' evening of S3 and I've finally seen what my daughter means about the Gaelic science teacher 😳 Mr O'Donnell rolling up his sleeves and saying "sure look" in that Donegal accent... 🥵 I need a lie down. Chemistry is back on the menu, ladies.

    😂❤️ 52 · 24 comments
    Like   Comment   Share

        Anne-Marie Nicolson
        Kirsty 😂 behave
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Ardcuan"), M("codonnell", "title_surname", "sexual", "Mr O'Donnell")])

# ===== END DOCS =====


# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Ardcuan Academy"],
    "cmacritchiehay": ["Christine MacRitchie-Hay"], "rthallon": ["Ruairidh Thallon"],
    "mmaciver": ["Murdo MacIver"], "jmacleod": ["John MacLeod"], "eness": ["Elizabeth Ness"],
    "codonnell": ["Ciarán O'Donnell"], "tzielinski": ["Tomasz Zieliński"], "cbeaton": ["Calum Beaton"],
    "kmacsween": ["Kenneth MacSween"], "pmackay": ["Peigi Mackay"],
}
ALIASES = {
    "school": ["Ardcuan High", "Acadamaidh Àird a' Chuain", "the Acad", "ACA"],
    "cmacritchiehay": ["Christine Hay"], "rthallon": ["Roddy Thallon"], "mmaciver": ["Murchadh MacÌomhair"],
    "jmacleod": ["Iain MacLeòid"], "codonnell": ["Ciarán Ó Domhnaill"], "tzielinski": ["Tom Zielinski"],
    "pmackay": ["Peigi NicAoidh", "Peggy Mackay"],
}
SURNAMES = {
    "cmacritchiehay": "MacRitchie-Hay", "rthallon": "Thallon", "mmaciver": "MacIver",
    "jmacleod": "MacLeod", "eness": "Ness", "codonnell": "O'Donnell", "tzielinski": "Zieliński",
    "cbeaton": "Beaton", "kmacsween": "MacSween", "pmackay": "Mackay",
}


def fold(s: str) -> str:
    s = html.unescape(s).replace("’", "'")
    return s.translate(str.maketrans("áéíóúÁÉÍÓÚàèìòùÀÈÌÒÙńśŃŚ", "aeiouAEIOUaeiouAEIOUnsNS")).lower()


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
