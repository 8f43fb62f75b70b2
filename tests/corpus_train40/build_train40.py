#!/usr/bin/env python3
# ruff: noqa: E501, E741, W291
"""Build the train40 labelled evaluation corpus for the repwatch matcher.

Setting
    Ateres Elkana Primary School, an invented voluntary-aided Orthodox Jewish primary
    (nursery to Year 6, ages 3-11, about 430 pupils, boys' and girls' classes from
    Year 1) on the invented Cavendish Vale on the Broughton Park / Prestwich border in
    north Manchester, next to Kersal. A strictly observant (heimish) parent body and
    mostly non-Jewish neighbours on the terraces behind. Published office number
    01632 960274; own site ateres-elkana.example. Storylines, 2024-25: a council row
    over parking and a proposed "School Street" closure at drop-off on Cavendish Vale;
    an Ofsted "requires improvement" judgement over the breadth of the secular
    curriculum and RSE, with a parent backlash against the inspectors and ex-Orthodox
    critics on the other side; Gaza-protest spill-over (graffiti on the gates, a
    protest on Bury Old Road, threats, and a flood of antisemitic abuse and conspiracy
    dog whistles); a VA capital-grant fraud rumour aimed at the governors; the
    suspension of a rebbe; community life (chesed drives, Chanukah concert, the
    kehilla newsletter). School aliases: "Ateres Elkana", "Elkana Primary" (multi-word
    aliases), "Ateres" (an everyday word in the community: a simcha hall, a sheitel
    shop and a bakery share it) and the acronym "AEPS" (shared with a scaffolding firm
    and an adult-education partnership).

Staff (watchlist ids and the variant traits they carry)
    drosenthalkahn Devorah Rosenthal-Kahn, Headteacher. Hyphenated surname (written
                   "Rosenthal Kahn", "Rosenthal–Kahn"); nickname "Debbie"; alias
                   "Devorah Kahn" (name before marriage).
    szelmanovitz   Rabbi Shmuel Zelmanovitz, Menahel (Head of Kodesh Studies). The
                   unique name (counts without school context). Alias "Shmiel
                   Zelmanovitz" (the Yiddish form he signs with); typo "Zelmanowitz".
    rgreenhalgh    Robert Greenhalgh, School Business Manager (not Jewish; Salford born),
                   who fronts the parking row. Nickname-able first name (Bob, Rob, Bobby).
    dcohen         David Cohen, Chair of Governors. The very common name; namesakes (a
                   Leeds estate agent, a Hendon dentist, a Gateshead cricketer, a New
                   York judge) appear in decoys. Alias "Dovid Cohen".
    mgold          Miriam Gold, Deputy Headteacher and Designated Safeguarding Lead.
                   Surname is an everyday word (gold prices, gold medals); nickname "Mimi".
    yberi          Ya'el Be'eri, Head of Early Years. Apostrophes; Israeli-born; alias
                   "Ya'el Tzur" (maiden name).
    rlavelle       Renée Lavelle, Year 6 teacher (secular curriculum; Catholic, from
                   Swinton). Accent; alias "Renée Doherty" (maiden name).
    akestenbaum    Rabbi Avrohom Kestenbaum, Year 5 rebbe. Nickname-able Yiddish first
                   name (Avi, Avrumi).
    eashcroft      Elizabeth Ashcroft, Office Manager (not Jewish). Nickname-able first
                   name (Liz, Lizzie, Beth).
    yhalpern       Yosef Halpern, Site Manager who marshals the drop-off; deaf in one ear.
                   Alias "Yossi Halpern" (short form).

Voices
    Heimish parents and the kehilla (Yinglish: "heimish", "kehilla", "chesed", "frum",
    "baruch Hashem", "nebach", "chas v'shalom", "mamash", "a groise simcha", "Rebbetzin",
    "Morah", "goyim", "Shabbos"), Mancunian neighbours ("our kid", "mint", "sound",
    "mithering", "mardy", "scran", "ginnel", "bobbins", "dead good", "proper", "our lass"),
    councillors, Ofsted critics and defenders, ex-Orthodox bloggers, Gaza protesters and
    counter-protesters, a far-right board and a conspiracy blog (dog whistles: "(((they)))",
    "globalists", "Rothschild", "the JQ", "Khazars", "ZOG", "goyim know", "usual suspects"),
    teachers on a staffroom forum, a local football forum, a community newspaper, local
    and national news with comment threads, Google/SchoolScope/staff reviews, X,
    Instagram, TikTok, Threads, Nextdoor and Facebook groups. Emoji, typos, sarcasm,
    hedging, veiled threats and insinuation.

Decoys
    Ateres Simcha Hall, Ateres Sheitels and Café Ateres (excluded), Ateres Bakery (not
    excluded), "ateres" as a Hebrew word in a dvar Torah, AEPS Scaffolding and the Adult
    Education Partnership Salford (AEPS), namesakes called David Cohen clearly elsewhere
    (also a Gateshead footballer, Cohen's Kosher Butchers in Leeds, a Leonard Cohen
    night), "gold" as a word and a Prestwich swimmer called Chaya Gold, Prestwich,
    Kersal and Broughton Park news with no school in it (a shul graffiti case, a burst
    main, Heaton Park concerts, a traveller encampment row), neighbouring schools (St
    Clement's RC Primary, Beis Rivka Girls' High, Kersal Vale Primary) and similar rows
    elsewhere (a Stamford Hill school's Ofsted report, a School Street in Swinton).

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

    Corpus-specific notes: for the school, "alias" means a listed multi-word alias
    ("Ateres Elkana", "Elkana Primary"); the one-word everyday name "Ateres", the
    acronym "AEPS" and "Elkana" alone are labelled short_name. The community titles
    "Rabbi", "Reb", "Morah" and "Rebbetzin" count as titles (title_surname), like Mr/Mrs.
    Antisemitic abuse aimed at a named person or at the school (including conspiracy
    dog whistles about "them" owning the council or Ofsted) is hate.

Running
    python3 tests/corpus_train40/build_train40.py
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
    "school", "drosenthalkahn", "szelmanovitz", "rgreenhalgh", "dcohen", "mgold",
    "yberi", "rlavelle", "akestenbaum", "eashcroft", "yhalpern",
]
S, DRK, SZ, RG, DC, MG, YB, RL, AK, EA, YH = SUBJECTS
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["elkana"],
    "drosenthalkahn": ["rosenthal"],
    "szelmanovitz": ["zelmanovi", "zelmanowi"],
    "rgreenhalgh": ["greenhalgh"],
    "yberi": ["be'eri", "beeri"],
    "rlavelle": ["lavelle"],
    "akestenbaum": ["kestenbaum"],
    "eashcroft": ["ashcroft"],
    "yhalpern": ["halpern"],
}
EXCLUDES = ["Ateres Simcha Hall", "Ateres Sheitels", "Café Ateres", "ateressimcha.example"]

WATCHLIST = """\
# Watchlist for the invented Ateres Elkana Primary School (train40 corpus). All names are fictional.
[school]
name = "Ateres Elkana Primary School"
aliases = ["Ateres Elkana", "Elkana Primary", "Ateres", "AEPS"]
locality = ["Broughton Park", "Cavendish Vale", "Kersal", "Prestwich"]
own_domains = ["ateres-elkana.example"]
phones = ["01632 960274"]

[[staff]]
id = "drosenthalkahn"
name = "Devorah Rosenthal-Kahn"
role = "Headteacher"
aliases = ["Devorah Kahn"]
line_manager = "chair.governors@ateres-elkana.example"

[[staff]]
id = "szelmanovitz"
name = "Shmuel Zelmanovitz"
role = "Menahel (Head of Kodesh Studies)"
aliases = ["Shmiel Zelmanovitz"]
unique = true
line_manager = "head@ateres-elkana.example"

[[staff]]
id = "rgreenhalgh"
name = "Robert Greenhalgh"
role = "School Business Manager"
line_manager = "head@ateres-elkana.example"

[[staff]]
id = "dcohen"
name = "David Cohen"
role = "Chair of Governors"
aliases = ["Dovid Cohen"]
line_manager = "clerk@ateres-elkana.example"

[[staff]]
id = "mgold"
name = "Miriam Gold"
role = "Deputy Headteacher and Designated Safeguarding Lead"
line_manager = "head@ateres-elkana.example"

[[staff]]
id = "yberi"
name = "Ya'el Be'eri"
role = "Head of Early Years"
aliases = ["Ya'el Tzur"]
line_manager = "deputy@ateres-elkana.example"

[[staff]]
id = "rlavelle"
name = "Renée Lavelle"
role = "Year 6 Teacher"
aliases = ["Renée Doherty"]
line_manager = "deputy@ateres-elkana.example"

[[staff]]
id = "akestenbaum"
name = "Avrohom Kestenbaum"
role = "Year 5 Rebbe (Kodesh teacher)"
line_manager = "menahel@ateres-elkana.example"

[[staff]]
id = "eashcroft"
name = "Elizabeth Ashcroft"
role = "Office Manager"
line_manager = "sbm@ateres-elkana.example"

[[staff]]
id = "yhalpern"
name = "Yosef Halpern"
role = "Site Manager"
aliases = ["Yossi Halpern"]
line_manager = "sbm@ateres-elkana.example"

[[exclude]]
text = "Ateres Simcha Hall"

[[exclude]]
text = "Ateres Sheitels"

[[exclude]]
text = "Café Ateres"

[[exclude]]
domain = "ateressimcha.example"
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
    "reporter": dict(
        name="Salford & Prestwich Reporter", domain="spreporter.example",
        nav=["News", "Schools", "Courts", "Council", "Sport", "Announcements"],
        most=["Metrolink delays at Bowker Vale 'to last all summer'", "Kersal allotment society wins in bloom award",
              "Pictures: Prestwich Clough clean-up day", "Bin collections change over bank holiday"],
        footer="Salford & Prestwich Reporter is part of Irwell Valley Media. Regulated by IPSO."),
    "ledger": dict(
        name="The Mancunian Ledger", domain="mancledger.example",
        nav=["Greater Manchester", "Politics", "Education", "Business", "Opinion", "Sport"],
        most=["Tram strike: what you need to know", "Northern Quarter bar shut after licence review",
              "Weather: Amber warning for rain across the North West", "City region housing plan approved"],
        footer="© The Mancunian Ledger. Editorial: 01632 960551. Contact · Complaints · Corrections"),
    "kehilla": dict(
        name="Kehilla Voice North", domain="kehillavoice.example",
        nav=["Community", "Chinuch", "Simchas", "Shiurim", "Business", "Letters"],
        most=["Eruv update: Kersal boundary repaired", "Mazel tov corner: this week's simchas",
              "Hatzola North appeal smashes target", "Pesach price list: where to shop"],
        footer="Kehilla Voice North · The weekly for the Manchester kehilla · Letters to the editor welcome"),
    "sentinel": dict(
        name="Daily Sentinel", domain="dailysentinel.example",
        nav=["UK", "World", "Politics", "Education", "Money", "Opinion"],
        most=["PM faces backbench revolt over welfare", "Heatwave: hosepipe bans loom",
              "Royal Mail fined over late deliveries", "Opinion: our schools are failing the bright poor"],
        footer="© Sentinel Media Group. Terms · Privacy · Corrections · IPSO"),
    "bulletin": dict(
        name="Schools Bulletin", domain="schoolsbulletin.example",
        nav=["News", "Inspection", "Leadership", "Curriculum", "Faith schools", "Jobs"],
        most=["Inspection report cards: what heads need to know", "RSE guidance redraft delayed again",
              "Faith school admissions: the data", "Teacher pay award confirmed"],
        footer="Schools Bulletin — news for school leaders. Subscribe · Advertise · Contact"),
    "jweekly": dict(
        name="Jewish Weekly Record", domain="jweeklyrecord.example",
        nav=["News", "Community", "Israel", "Education", "Opinion", "Life"],
        most=["CST: antisemitic incidents remain at record levels", "Board of Deputies election results",
              "Opinion: the Charedi schools debate we need", "Kosher food prices soar"],
        footer="Jewish Weekly Record · Independent since 1921 · Contact the newsdesk"),
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
    "parentchat": dict(name="ParentChat UK", domain="parentchat.example", tag="Talk: Education > Primary schools",
                       footer="ParentChat UK Ltd · Talk guidelines · Report a post · Privacy"),
    "residents": dict(name="Prestwich & Kersal Residents' Forum", domain="pkresidents.example", tag="Boards > Roads, parking & transport",
                      footer="Prestwich & Kersal Residents' Forum · est. 2008 · Run by volunteers. Be neighbourly."),
    "mamas": dict(name="Heimishe Mamas", domain="heimishemamas.example", tag="Forums > Chinuch & schools",
                  footer="Heimishe Mamas · A tznius forum for frum women · Please keep lashon hara out of posts"),
    "chalk": dict(name="Chalkface", domain="chalkface.example", tag="Forums > Faith schools",
                  footer="Chalkface — anonymous support for teachers. Posts are not checked before publication."),
    "patriot": dict(name="Northern Patriot Boards", domain="northernpatriot.example", tag="Boards > Local news > Greater Manchester",
                    footer="Free speech zone. We do not delete posts. Admins are not responsible for user content."),
    "footy": dict(name="Irwell Talk", domain="irwelltalk.example", tag="Forums > Off Topic",
                  footer="Irwell Talk — the unofficial Irwell Vale FC fans' forum. UTV."),
    "otd": dict(name="Off The Derech UK", domain="otduk.example", tag="Forums > Education & yeshivas",
                footer="Off The Derech UK · peer support for people leaving Orthodox communities · Be kind"),
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
    "hub": dict(name="The Heimish Hub", domain="heimishhub.example", tagline="News, simchas and chesed from north Manchester",
                side=["Simcha listings", "Gemach directory", "Shiur times", "Contact the editor"]),
    "bubble": dict(name="Leaving the Bubble", domain="leavingthebubble.example", tagline="An ex-Charedi Mancunian on education, faith and getting out",
                   side=["About me", "Start here", "Resources for leavers", "Press"]),
    "cllr": dict(name="Cllr Karen Whitworth — Kersal & Broughton Park", domain="karenwhitworth.example", tagline="Working all year round for our ward",
                 side=["Surgeries", "Casework", "Planning alerts", "Contact Karen"]),
    "truth": dict(name="Northern Truth Collective", domain="northerntruth.example", tagline="Ask who benefits. Always.",
                  side=["Donate", "Our mission", "Banned videos", "Telegram"]),
    "food": dict(name="Bagels & Barms", domain="bagelsandbarms.example", tagline="Eating my way round north Manchester",
                 side=["Reviews A-Z", "Best butties", "Kosher guide", "About"]),
    "walks": dict(name="Clough & Canal", domain="cloughandcanal.example", tagline="Short walks and birdwatching in Bury and Salford",
                  side=["Walks", "Birds", "Pubs & cafés", "About"]),
    "curric": dict(name="Curriculum Matters", domain="curriculummatters.example", tagline="Independent commentary on what schools teach",
                   side=["About", "Inspection watch", "RSE tracker", "Subscribe"]),
    "kugel": dict(name="Kugel & Chaos", domain="kugelandchaos.example", tagline="A frum mum of six, a lot of laundry, and the odd recipe",
                  side=["Recipes", "Yom tov survival", "School run diaries", "About me"]),
    "interfaith": dict(name="Neighbours Not Strangers", domain="neighboursnotstrangers.example", tagline="An interfaith network for north Manchester",
                       side=["Events", "Our partners", "Report hate", "About"]),
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
    "reporter", "Council", "Council floats 'School Street' ban on Cavendish Vale after years of drop-off chaos",
    "Residents say they are 'prisoners in our own homes' at 8.30am; the school says it has done everything asked of it",
    "Gemma Royle, Local Democracy Reporter", "14 October 2024",
    """
    Cars could be banned from part of Cavendish Vale at school drop-off and pick-up times under plans to be put out to consultation next month.

    The proposal, known as a School Street, would close the road between its junctions with Radnor Grove and Halstead Walk from 8am to 9am and 3pm to 4.15pm on school days. Residents and blue badge holders would be given permits.

    Ateres Elkana Primary School, a voluntary-aided Orthodox Jewish primary with around 430 pupils, sits halfway along the road. Neighbours have complained for years about double parking, blocked driveways and engines left running.

    "Some mornings I can't get my car off my own drive until gone nine," said one resident of Radnor Grove, who has lived there for 31 years. "I'm a carer for my mum. I've missed appointments. Nobody listens."

    ## 'We have done everything asked of us'

    Robert Greenhalgh, the school's business manager, said the school had staggered its start times, paid for two marshals and run a walking-bus scheme from Bury Old Road since 2022.

    "We've got big families, lots of little ones, and a lot of parents who are doing three or four drop-offs across different schools before work," he said. "We'll take part in the consultation properly. What we'd ask is that people remember there are children on that pavement."

    Cllr Karen Whitworth, who represents the ward, said the council wanted "a solution that works for everyone on Cavendish Vale, not a war of attrition".

    The consultation opens on 4 November.
    """,
    [("RadnorGrove_Res", "14 Oct 2024, 18:20", "About time. Three years of emails to the council and finally something. The marshals are nice enough but they can't stop a Sprinter van parking across my drive."),
     ("Frank_Kersal", "14 Oct 2024, 19:02", "Watch it get kicked into the long grass. Funny how the rules never seem to apply to that lot. They've got the council in their pocket like they've got everything else. Usual suspects, usual result."),
     ("Sal_Mum_of_3", "14 Oct 2024, 19:40", "@Frank_Kersal behave. It's a parking row, not a conspiracy. St Clement's has exactly the same problem on Moor Lane."),
     ("Greg T", "15 Oct 2024, 07:12", "School Streets work. They did one in Swinton and it's calmer all round.")]),
  [M(S, "exact", "hate", "Ateres Elkana Primary School"), M(RG, "exact", "neutral", "Robert Greenhalgh")])

# 001
D("facebook", dd("""
    Kersal & Broughton Park Community Noticeboard
    Public group · 6.2K members

    Tracey Birtles
    9 September at 08:51 · 🌎
    Day 3 of term and we're back to it. Four cars on the pavement outside my house, one with the engine running for 20 mins, and a people carrier across the end of the ginnel so I couldn't get the pushchair through. I've got nothing against the school or the families but this is every single morning. Ateres need to sort it out or the council do. Photos in comments 📸

    😡👍 87 · 112 comments
    Like   Comment   Share

        Dave Openshaw
        Same on Halstead Walk. Took me 15 mins to get out this morning.
        Like · Reply · 2d

        Chani W
        Really sorry Tracey, that's not on. I've messaged the parents' committee with your photos. Most of us do walk, honestly x
        Like · Reply · 2d

        Tracey Birtles
        @Chani W thanks love, appreciate that x
        Like · Reply · 2d

        Lee McGowan
        Yossi Halpern in his hi-vis does his best bless him but he can't be in 6 places at once
        Like · Reply · 2d
    """),
  [M(S, "short_name", "negative", "Ateres"), M(YH, "alias", "neutral", "Yossi Halpern")])

# 002
D("social", dd("""
    AEPS Salford 🏫
    @AteresElkanaPS

    What an evening! 🕎 Thank you to every parent, grandparent and neighbour who came to our Chanukah concert. Special thanks to Morah Be'eri and the Nursery who stole the show with "I Have a Little Dreidel" (and the dreidel costumes 😂). Freilichen Chanukah to all!

    7:42 PM · Dec 26, 2024 · 1,204 Views

    8 Reposts   64 Likes
    """),
  [M(S, "handle", "neutral", "@AteresElkanaPS"), M(YB, "title_surname", "neutral", "Morah Be'eri")])

# 003 decoy: excluded simcha hall
D("review", dd("""
    Ateres Simcha Hall
    Event venue · Leicester Road, Salford
    4.4 ★★★★☆ (312 reviews)

    Shaindy K.
    Local Guide · 41 reviews
    ★★★★★ 2 months ago
    Made our daughter's chasuna here in the summer and it was beautiful. The mechitza was done tastefully, the caterers were on time (a miracle!!) and the hall manager sorted out the band's sound problem in five minutes flat. Parking is a nightmare on a Sunday but that's Leicester Road for you. Would book again for the next one bezras Hashem.
    👍 Helpful 9   Share

    Response from the owner · 2 months ago
    Mazel tov and thank you! — the team at Ateres Simcha Hall (ateressimcha.example)
    """))

# 004
D("forum", forum_page("mamas", "Ofsted at Ateres - how did your kids find it??", [
    ("ShiraM", "Member · 1,211 posts", "Wed 22 Jan 2025, 21:04",
     """So they came Tues and Weds. My Year 5 daughter came home and said a lady asked her 'what kinds of families there are'. She's 9!! She didn't know what to say so she said 'big ones' 😂

     Honestly I'm not laughing inside. What business is it of theirs?"""),
    ("Tovi_B", "Member · 388 posts", "Wed 22 Jan 2025, 21:20",
     """My son said they were nice enough to him. I think the teachers were more nervous than the kids. Mrs Rosenthal-Kahn looked like she hadn't slept in a week at pick-up, nebach.

     Rabbi Zelmanovitz said at the parents' evening in November that we won't compromise on what we teach and we won't hide anything either. I trust them."""),
    ("MammaBear7", "Member · 73 posts", "Wed 22 Jan 2025, 21:52",
     "We should all daven. Whatever the report says, the school is doing avodas hakodesh. Ateres Elkana has been here for 40 years and it'll be here for another 40."),
    ("ShiraM", "Member · 1,212 posts", "Wed 22 Jan 2025, 22:01", "Amen. Just hope they don't make an example of us."),
    ], thread_id=5541),
  [M(S, "alias", "neutral", "Ateres Elkana"), M(DRK, "title_surname", "neutral", "Mrs Rosenthal-Kahn"),
   M(SZ, "title_surname", "neutral", "Rabbi Zelmanovitz")])

# 005
D("news", news_page(
    "ledger", "Education", "Orthodox Jewish primary told it 'requires improvement' over narrow curriculum",
    "Inspectors praise behaviour and early reading at Ateres Elkana but say older pupils miss out on science, history and relationships education",
    "Aisha Rahman, Education Correspondent", "7 March 2025",
    """
    A state-funded Orthodox Jewish primary school in north Manchester has been rated "requires improvement" by Ofsted, with inspectors saying pupils in the upper years are not taught a broad enough secular curriculum.

    Ateres Elkana Primary School, on Cavendish Vale on the Salford side of Broughton Park, was previously rated "good". Its latest report, published on Thursday, praises pupils' "exemplary" behaviour, the quality of early reading in the nursery and Reception classes and "warm, respectful relationships" between staff and children.

    But inspectors found that in Years 5 and 6, time for secular subjects was "squeezed" to make room for religious studies, that science was "not taught in sufficient depth" and that statutory relationships education did not cover all of the required content.

    ## 'We will not compromise'

    In a letter to parents, the headteacher, Devorah Rosenthal-Kahn, said the school was "disappointed but not discouraged", and would "work with the inspectorate in good faith within the boundaries of our faith".

    The chair of governors, David Cohen, said: "Our families chose this school because of its ethos. We will improve what we can improve, and we will explain patiently what we cannot change."

    Campaigners who argue that some religious schools fail to prepare children for life in modern Britain said the report was "overdue". A Department for Education spokesperson said all state-funded schools must meet the same standards.
    """,
    [("Ste_Pendlebury", "7 Mar 2025, 10:31", "Taxpayers funding a school that won't teach science properly. Shut it or make it a normal school."),
     ("Leah R", "7 Mar 2025, 10:58", "My kids went there. They read English before they were five and they got into grammar school. It's not the dark ages."),
     ("Ste_Pendlebury", "7 Mar 2025, 11:04", "@Leah R good for yours. The report says otherwise for the rest."),
     ("NorthernTeacher", "7 Mar 2025, 12:40", "Requires improvement isn't a disaster. It's the exact judgement half the schools in Salford have had at some point.")]),
  [M(S, "exact", "negative", "Ateres Elkana Primary School"), M(DRK, "exact", "neutral", "Devorah Rosenthal-Kahn"),
   M(DC, "exact", "neutral", "David Cohen")])

# 006
D("social", dd("""
    🇵🇸 Intifada North 🇵🇸
    @intifada_north_mcr

    Ateres Elkana on Cavendish Vale. Little settler nursery paid for by Salford council tax. We know which gate the buses use and what time they open it. When the bombs stop in Gaza maybe we'll stop too. Maybe. 🔥🔥

    11:48 PM · Nov 2, 2024 · 9,311 Views

    41 Reposts   12 Quotes   88 Likes

    ──────────
    Replies

    Mo Hussain @mohussain_salford · Nov 3
    This is disgusting and it's not in my name. They're toddlers. Reported to the police.

    Rachel Lindley @rachlindley · Nov 3
    @GMPolice this account is threatening a primary school.
    """),
  [M(S, "alias", "threat", "Ateres Elkana")])

# 007
D("news", news_page(
    "reporter", "Courts & Crime", "Police investigate online threat to Broughton Park Jewish primary",
    "Extra patrols at school gates after a social media post named the school and its bus times",
    "Gemma Royle", "4 November 2024",
    """
    Police have stepped up patrols outside a Jewish primary school in Broughton Park after a post on social media appeared to threaten the school and referred to the times its gates open.

    The post, published late on Saturday by an anonymous account, named Ateres Elkana Primary School and described it as a "settler nursery". It has since been removed.

    Greater Manchester Police said officers were "treating the matter extremely seriously" and that a hate crime investigation was under way. Officers from the neighbourhood team were at the school gates on Monday morning alongside volunteers from a community security organisation.

    In a message to families, headteacher Mrs Rosenthal-Kahn said: "Our children came to school this morning as they do every morning, with their friends and their teachers. Please do not share the post. Please do talk to us if your child is worried."

    Muslim and Christian leaders in Salford issued a joint statement condemning the post.
    """,
    [("Kersal_Born", "4 Nov 2024, 09:12", "Whoever wrote that should be locked up. Kids are kids."),
     ("Dr N. Siddiqui", "4 Nov 2024, 10:30", "Speaking as a neighbour and a Muslim: you can campaign for Gaza without threatening children. Shame on whoever did this."),
     ("J Woodward", "4 Nov 2024, 12:01", "Good to see the police outside this morning.")]),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(DRK, "title_surname", "neutral", "Mrs Rosenthal-Kahn")])

# 008
D("facebook", dd("""
    Broughton Park Kehilla Noticeboard
    Private group · 2.3K members

    Chesed Committee BP
    18 February at 13:05 · 🔒
    ❗ URGENT CHESED ❗ A family in our kehilla has had a sudden bereavement and there are nine kinderlach in the house. Meals needed for the week of shiva. Mimi Gold from Ateres is coordinating (thank you Mimi, you are a tzaddekes!). Please sign up on the rota, nut-free please, and drop at the school office before 2pm. Tizku l'mitzvos!

    ❤️🙏 143 · 37 comments
    Like   Comment   Share

        Rivky Stern
        Put me down for Tuesday supper x
        Like · Reply · 1d

        Malky F
        Wednesday lunch and I'll do a cake for the kids. Such a zechus.
        Like · Reply · 1d
    """),
  [M(S, "short_name", "neutral", "Ateres"), M(MG, "nickname", "neutral", "Mimi Gold")])

# 009 decoy: excluded sheitel shop
D("social", dd("""
    Instagram

    ateres.sheitels
    Prestwich, Manchester

    ✨ New season, new you ✨ Our spring collection has landed — soft waves, lace tops and the honey-blonde everyone's been asking for. Home appointments available for kallahs. Book via DM. 💇‍♀️ #sheitel #wigsmanchester #kallah

    View all 22 comments

    chayalee.k obsessed with the third one 😍
    1d  4 likes  Reply

    ateres.sheitels @chayalee.k come in and try it on! Ateres Sheitels open Sun-Thurs x
    1d  1 like  Reply
    """))

# 010
D("forum", forum_page("residents", "Cavendish Vale drop-off: is anyone actually counting?", [
    ("PaulOnRadnor", "Member since 2012", "Tue 8 Oct 2024, 21:14",
     """Did a count this morning out of pure boredom (and rage). Between 8.20 and 8.45: 61 cars stopped on the double yellows or the pavement. 4 across driveways. One minibus idling for 18 minutes.

     I emailed the business manager, Bob Greenhalgh, and got a polite reply saying they're 'working with the council'. They've been working with the council since Theresa May was PM."""),
    ("Sue_H", "Member since 2015", "Tue 8 Oct 2024, 21:40",
     "To be fair to him he did come out and stand with the marshals for a week in September. It's the parents, not the staff. But Ateres have to take responsibility for their own families."),
    ("Kev M", "Member since 2019", "Tue 8 Oct 2024, 22:05",
     "Swear down if one more dad blocks my drive I'll let his tyres down. Don't care whose kid it is."),
    ("Moderator_Jan", "Moderator", "Tue 8 Oct 2024, 22:20",
     "Kev - no. Report it to parking enforcement please. Consultation details pinned at the top of the board."),
    ], thread_id=2210),
  [M(S, "short_name", "negative", "Ateres"), M(RG, "nickname", "negative", "Bob Greenhalgh")])

# 011
D("social", dd("""
    TikTok · @free.pal.mcr · "Bury Old Road today 🇵🇸 they can't hide" · #freepalestine #manchester #gaza

    Comments (2,417)

    zayn.mcr_
    louder for the ones at the back 🗣️🇵🇸
    11-16 · Reply · ♡ 308

    daz_1488_uk
    them yids at that Elkana school teach their kids to hate from the cradle. same people run the banks the media and the council. do the maths
    11-16 · Reply · ♡ 19

    sumayya.s
    @daz_1488_uk you're not one of us, take your nazi rubbish elsewhere. we're marching for Gaza not against little kids.
    11-16 · Reply · ♡ 466

    free.pal.mcr
    We don't tolerate antisemitism. Comment reported.
    11-16 · Reply · ♡ 201
    """),
  [M(S, "short_name", "hate", "Elkana")])

# 012
D("review", dd("""
    Ateres Elkana Primary School
    Primary school · Cavendish Vale, Salford
    4.7 ★★★★★ (64 reviews)

    Esther Lowy
    2 reviews
    ★★★★★ 3 weeks ago
    Our youngest started Nursery in September crying every single morning. Morah Be'eri sat with him on her lap for the first ten minutes every day for a fortnight, sent me a photo on the app once he'd settled, and now he runs in without looking back 😅 The early years team are unbelievably warm. Can't fault them.
    👍 Helpful 7   Share

    Response from the owner · 3 weeks ago
    Thank you so much Mrs Lowy, we'll pass this on! — Ateres Elkana office
    """),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(YB, "title_surname", "neutral", "Morah Be'eri")])

# 013
D("blog", blog_page(
    "bubble", "I read the Ateres Elkana report so you don't have to. It's worse than 'requires improvement'.", "Yehudis (she/her)", "9 March 2025",
    """
    I went to a school very like Ateres Elkana. Not the same one — close enough that I recognised every sentence in the Ofsted report, including the polite ones.

    "Time for secular subjects is squeezed in the upper years." Let me translate. By Year 5 the boys were doing English, maths and a token bit of "topic" between 2.30 and 4pm, after six hours of limmudei kodesh. The girls got more secular time, but science was colouring in a diagram of a flower. Nobody told me what a mitochondrion was until I was twenty-two and at an access course in Bury.

    ## 'Within the boundaries of our faith'

    The head's letter says the school will work with Ofsted "within the boundaries of our faith". I've heard that line my whole life. It means: nothing will change. Rabbi Zelmanovitz, who runs the kodesh side, told a parents' evening — I have this from two parents who were there — that secular studies are "a concession to the state, not an aim". That's the culture. The report is polite about it because inspectors are always polite about it.

    I'm not saying the teachers are bad people. Some of them are heroes working with one hand tied behind their backs. I'm saying the children deserve more than the adults are prepared to give them.
    """,
    [("Moishe_ex", "9 Mar 2025", "Every word. I couldn't write a CV at 19."),
     ("A frum parent", "10 Mar 2025", "You chose to leave, that's your right. Don't speak for our children. My son is in Year 6 there and he's happy, literate and kind."),
     ("Yehudis (she/her)", "10 Mar 2025", "@A frum parent I hope he is. I was 'happy' too, until I wasn't.")],
    tags=["Education", "Ofsted", "Charedi schools"]),
  [M(S, "alias", "negative", "Ateres Elkana"), M(SZ, "title_surname", "negative", "Rabbi Zelmanovitz")])

# 014 decoy: namesake elsewhere
D("news", news_page(
    "ledger", "Business", "Leeds estate agent David Cohen fined over unprotected tenancy deposits",
    "Magistrates hear Headingley landlord failed to protect 14 deposits",
    "Court Reporter", "21 January 2025",
    """
    A Leeds estate agent has been fined £11,000 after failing to protect tenants' deposits at 14 properties in Headingley and Hyde Park.

    David Cohen, 52, director of Cohen Lettings Ltd, pleaded guilty at Leeds Magistrates' Court. The court heard that several students had waited months for deposits to be returned at the end of their tenancies.

    Mr Cohen told the court he had "trusted the wrong software" and had since repaid every tenant in full.
    """),
  [])

# 015
D("social", dd("""
    Threads

    bev.mcr.61
    Mrs Lavelle who teaches Year 6 at the Jewish school on Cavendish Vale taught our kid at St Clement's years ago and she was the best teacher he ever had. Strict but fair, made him love reading. He's a paramedic now. Found out she'd moved schools when I saw her at the bus stop 😊 Some people are just born to do it.

    2d · 14 likes · 3 replies

    karen_w_salford
    She taught my two as well! Lovely lady
    2d
    """),
  [M(RL, "title_surname", "neutral", "Mrs Lavelle")])

# 016
D("facebook", dd("""
    Salford for Palestine — Community Action
    Public group · 4.1K members

    Anon member
    12 November at 22:13 · 🌎
    Zelmanovitz, the top rabbi at Ateres on Cavendish Vale, is an open Zionist who's made speeches backing the army. He lives at 27 Moorfield Drive, Salford M7 4ZQ, five minutes from the school. Let him know what the community thinks of him. Peacefully of course 😉

    😡👍 22 · 41 comments
    Like   Comment   Share

        Admin — Salford for Palestine
        Deleted in 10 minutes. We do NOT post anyone's home address. Anyone doing this again is banned. This is a peaceful campaign.
        Like · Reply · 1d

        Jamal A.
        This doesn't help Gaza one bit. Grow up.
        Like · Reply · 1d
    """),
  [M(S, "short_name", "negative", "Ateres"), M(SZ, "surname_only", "doxxing", "Zelmanovitz")])

# 017
D("news", news_page(
    "kehilla", "Chinuch", "Ateres Elkana lights up the kehilla with a Chanukah concert to remember",
    "Over 600 attend as pupils perform in the new hall",
    "Kehilla Voice staff", "2 January 2025",
    """
    Ateres Elkana Primary School welcomed more than 600 parents, grandparents and guests to its annual Chanukah concert last week, the first to be held in the school's newly extended hall.

    The Nursery opened the evening with a dreidel song that brought the house down, and the Year 3 girls performed a moving rendition of Maoz Tzur in harmony. The highlight for many was the Year 5 boys' choir, trained by Rabbi Kestenbaum, whose rendition of a niggun composed specially for the occasion received a standing ovation.

    Funds raised at the accompanying raffle — including a weekend in Southport and a sheitel voucher — will go to the school's bursary fund, which helps larger families meet the cost of voluntary contributions.

    The headteacher thanked "every parent who baked, sewed, shlepped and smiled".
    """),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(AK, "title_surname", "neutral", "Rabbi Kestenbaum")])

# 018
D("social", dd("""
    Rochel 🌸
    @rochel_in_mcr

    Everyone slating Ateres this week should come and watch Mrs Gold at pickup. Absolute legend. Knows every kid's name, every bubby's name, every allergy. She'd kill for those kids 😂🙌 Ofsted can write what they like.

    4:15 PM · Mar 8, 2025 · 802 Views

    3 Reposts   41 Likes
    """),
  [M(S, "short_name", "neutral", "Ateres"), M(MG, "title_surname", "neutral", "Mrs Gold")])

# 019 decoy: acronym shared with a scaffolding firm
D("review", dd("""
    AEPS Scaffolding Ltd
    Scaffolding service · Cheetham Hill, Manchester
    4.8 ★★★★★ (57 reviews)

    Gary Nuttall
    ★★★★★ a week ago
    Sound lads. Up and down in a day for our chimney job, no mess, fair price. Lads were polite to the neighbours and even took the tea mugs back inside. AEPS will be getting the call again next time. Cheers Mick.
    👍 Helpful 2   Share
    """))

# 020
D("forum", forum_page("patriot", "Salford council bending the knee again (Cavendish Vale)", [
    ("WhiteRoseNorth", "Member · 4,402 posts", "Sat 19 Oct 2024, 23:11",
     """So Salford bottle it on fining the Cavendish Vale lot, AGAIN. Anyone surprised? Look who chairs the governors at that Elkana school. (((Cohen))). Look who funds the councillors. It's the same story in every town. The goyim get tickets, they get 'consultations'.

     ZOG doesn't need tanks when it's got parking wardens who know what's good for them."""),
    ("Saxon_88", "Member · 911 posts", "Sat 19 Oct 2024, 23:40",
     "Always the same names on the boards. Notice it once and you can't stop noticing."),
    ("Lurker_lad", "Member · 12 posts", "Sun 20 Oct 2024, 00:05",
     "Bit of a stretch lads, it's a traffic thing. My nan lives round there, it's the same with the Catholic school."),
    ("WhiteRoseNorth", "Member · 4,403 posts", "Sun 20 Oct 2024, 00:12", "Your nan's been got at then 🤣"),
    ], thread_id=88123),
  [M(S, "short_name", "hate", "Elkana"), M(DC, "surname_only", "hate", "Cohen")])

# 021
D("facebook", dd("""
    Prestwich & Kersal Mums 👶
    Private group · 5.7K members

    Nicola Ashworth
    27 November at 09:30 · 🔒
    Not often you see a nice post about the parking on here so here's one 😂 Yossi Halpern from Ateres stood in the absolute pouring rain for over an hour this morning waving cars on, helping a grandad get a double buggy out of a boot, and he still said good morning to my dog. Give that man a brew and a medal ☕🏅

    ❤️😂 211 · 24 comments
    Like   Comment   Share

        Jo Ridings
        He's lovely. Always waves at my lad on the way to St Clement's.
        Like · Reply · 3d

        Nicola Ashworth
        @Jo Ridings proper gent isn't he
        Like · Reply · 3d
    """),
  [M(S, "short_name", "neutral", "Ateres"), M(YH, "alias", "neutral", "Yossi Halpern")])

# 022
D("social", dd("""
    Cavendish Vale Residents 🚗🚫
    @CavValeRes

    Robert Greenhalgh, business manager at Ateres Elkana Primary School, won't answer emails. So here's his personal mobile: 07700 900415. Ring him at 8.30 tomorrow and ask him why there's a minibus parked across No. 44's drive. Again.

    9:12 PM · Jan 14, 2025 · 3,377 Views

    19 Reposts   4 Quotes   52 Likes

    ──────────
    Tom Gaskell @tomgaskell · Jan 14
    The school number's on their website, why not use that? This is a bloke's private phone.
    """),
  [M(S, "exact", "negative", "Ateres Elkana Primary School"), M(RG, "exact", "doxxing", "Robert Greenhalgh")])

# 023
D("news", news_page(
    "sentinel", "Education", "The state-funded faith schools where science stops at Year 4",
    "Ofsted's verdict on a Manchester primary has reopened an old argument about what the taxpayer should pay for",
    "Julian Crowe, Education Editor", "10 March 2025",
    """
    When Ofsted published its report on Ateres Elkana Primary School last week, the headline judgement — "requires improvement" — was the least interesting thing in it.

    The school, an Orthodox Jewish primary in Salford, is by most measures a kind and orderly place. Its youngest pupils read early and well. Behaviour is, in the inspectors' word, exemplary. Yet its older pupils receive, according to the report, a secular curriculum "squeezed" to the margins of the day.

    The school's leadership, including headteacher Devorah Rosenthal-Kahn and chair of governors David Cohen, insists it will improve "within the boundaries of our faith". Critics, many of them former pupils of similar schools, say those boundaries are precisely the problem.

    The question for ministers is uncomfortable. Voluntary-aided schools receive state money for their running costs. If a school cannot, or will not, teach the national curriculum to the standard required of every other state school, what exactly is the taxpayer buying?
    """,
    [("HonestJohn", "10 Mar 2025, 08:20", "Same rules for everyone. Simple."),
     ("Albion_Rider", "10 Mar 2025, 09:02", "Funny how it's only 'requires improvement'. Any other school would be in special measures. But we all know who really runs Ofsted and the press, don't we. Ask who owns the Sentinel."),
     ("M. Katz", "10 Mar 2025, 09:30", "@Albion_Rider and there it is. Reported."),
     ("PrimaryHead_NW", "10 Mar 2025, 11:15", "As a head: RI is the correct judgement on that evidence. It's not a conspiracy either way.")]),
  [M(S, "exact", "hate", "Ateres Elkana Primary School"), M(DRK, "exact", "neutral", "Devorah Rosenthal-Kahn"),
   M(DC, "exact", "neutral", "David Cohen")])

# 024
D("blog", blog_page(
    "kugel", "Erev Shabbos, a flat tyre, and the woman who saved my Friday", "Chaya @ Kugel & Chaos", "24 January 2025",
    """
    Friday in winter. Shabbos comes in at 4.20. I have six children, two fish in the oven, one kugel still in its pan and — as of 8.12am — one very flat tyre on Cavendish Vale with the whole of drop-off queued behind me.

    Cue horns. Cue a neighbour shouting something I won't repeat. Cue me nearly in tears with the baby screaming.

    And then Ya'el Be'eri, who runs the Ateres nursery, came out in her coat and slippers, took my three little ones inside, rang her husband to bring a foot pump, and told the man shouting to "have a lovely day, sir" in a tone that could strip paint. By 8.40 I was back on the road and by 4.15 the kugel was done. Just.

    The parking round there IS awful. I know. I'm part of the problem some days. But there are good people on both sides of the road and I want to say thank you to one of them.
    """,
    [("Bracha", "24 Jan 2025", "Ya'el is the best!!! My twins adore her."),
     ("Sarah (neighbour)", "25 Jan 2025", "Sorry about the shouting man. Not all of us are like that. Good Shabbos x")],
    tags=["Erev Shabbos", "School run", "Thank you"]),
  [M(S, "short_name", "neutral", "Ateres"), M(YB, "exact", "neutral", "Ya'el Be'eri")])

# 025
D("social", dd("""
    Instagram

    ateres_elkana_ps
    Ateres Elkana Primary School

    Reception had a wonderful morning at the farm! 🐑🐐 Feeding the lambs, a tractor ride and a LOT of mud. Thank you to our parent helpers! 

    View all 19 comments

    mummy_of_4_bp so cute!! ❤️
    2d  3 likes  Reply

    lonely_dave_1979 which one is the little blonde in the pink coat 😍 would love more pics of her, dm me
    2d  0 likes  Reply

    ateres_elkana_ps This comment has been reported and the account blocked. Please do not comment on individual children.
    2d  12 likes  Reply
    """),
  [M(S, "exact", "sexual", "Ateres Elkana Primary School", url_only=True)])

# 026
D("review", dd("""
    StaffSay › Ateres Elkana Primary School › Reviews

    "Kind children, exhausting leadership"
    ★★☆☆☆  Former Employee - Teaching Assistant in Salford, England · 2 February 2025
    I worked at Ateres Elkana Primary School for more than 2 years

    Pros
    The children are lovely and incredibly polite. Colleagues in early years are a real team. Free lunch on Fridays (challah!).

    Cons
    D. Rosenthal-Kahn micromanages everything, from the font on displays to the order of the coat pegs, and then changes her mind the week after. Meetings run until 6pm. Secular staff sometimes feel like second-class citizens when it comes to timetabling.

    Advice to management
    Trust the people you hired.

    Helpful (4) · Share · Report
    """),
  [M(S, "exact", "negative", "Ateres Elkana Primary School"), M(DRK, "initial_surname", "negative", "D. Rosenthal-Kahn")])

# 027 decoy: locality only
D("facebook", dd("""
    Prestwich Village Community Page
    Public group · 11K members

    Prestwich Village Community Page
    3 March at 07:15 · 🌎
    ⚠️ ROAD CLOSURE ⚠️ Burst water main on Bury Old Road between the Kersal junction and the petrol station. United Utilities on site, expect delays all morning. Buses diverting via Scholes Lane. Schools aware.

    😮 64 · 39 comments
    Like   Comment   Share

        Phil Kenyon
        It's like the Trevi fountain down there 😂
        Like · Reply · 4h

        Angela D
        Third time this year. Who's maintaining these pipes, the Victorians?
        Like · Reply · 4h
    """))

# 028
D("social", dd("""
    Thawra4Ever
    @thawra4ever_

    that zelmanovitz rabbi who stands at the school gate in broughton park waving his little israeli flag. someone should give him a Gaza welcome one morning, see how he likes the taste of it. he won't see it coming 🔥

    1:03 AM · Nov 10, 2024 · 1,120 Views

    2 Reposts   9 Likes
    """),
  [M(SZ, "surname_only", "threat", "zelmanovitz")])

# 029
D("facebook", dd("""
    Ateres Elkana Ladies' Committee
    10 March at 20:30 · 👥

    Dear parents,
    Thank you thank you THANK YOU to everyone who donated to the Purim mishloach manos fundraiser. We raised £6,480 for the school library! A special yasher koach to Mrs Ashcroft in the office, who counted every single envelope, tracked down 40 missing names and did it all with a smile and a cup of tea. We couldn't do it without her.

    Freilichen Purim! 🎭🍬

    ❤️ 77 · 11 comments
    Like   Comment   Share
    """),
  [M(S, "alias", "neutral", "Ateres Elkana"), M(EA, "title_surname", "neutral", "Mrs Ashcroft")])

# 030
D("news", news_page(
    "kehilla", "Letters", "Letters: Ofsted came to judge our children's souls",
    "Readers respond to last week's inspection report",
    "Letters editor", "14 March 2025",
    """
    Sir — I was appalled, but not surprised, by the Ofsted report on Ateres Elkana. My granddaughter's class was asked questions that no stranger should ask a child of eight. We entrust our children to Morah and Rebbi, not to civil servants with clipboards.

    The school's leadership has been dignified throughout. I wish to single out Miriam Gold, the deputy head, who I understand sat with every child who was upset afterwards and spoke to every parent who called, late into the night. That is chinuch.

    We will not be shamed for raising children in the ways of our fathers. — Name and address supplied, Broughton Park

    Sir — With respect to last week's correspondent, the inspectors did not ask "about souls". They asked whether children know about the world they live in. Some of us in the kehilla think that is a fair question. — R. Feldman, Prestwich
    """),
  [M(S, "alias", "neutral", "Ateres Elkana"), M(MG, "exact", "neutral", "Miriam Gold")])

# 031
D("social", dd("""
    Leah 🧿
    @leahbakes_bp

    Oh lovely, another email from AEPS at 10.58pm telling us drop-off is moving to the side gate AGAIN from tomorrow. With a map. Drawn in what I can only assume was the dark. Love that for us 🙃🙃

    10:59 PM · Feb 3, 2025 · 211 Views

    6 Likes
    """),
  [M(S, "short_name", "negative", "AEPS")])

# 032
D("forum", forum_page("chalk", "Anyone worked in a VA Charedi primary? Interview next week", [
    ("YearSixOrBust", "Joined 2021 · 144 posts", "Sun 11 May 2025, 19:40",
     """Got an interview for a KS2 secular post at Elkana Primary in north Manchester. I'm not Jewish. Visited last week - the kids were lovely, very calm, lots of them bilingual Yiddish/English. The business manager Rob Greenhalgh showed me round and was a really sound bloke, very honest about the Ofsted stuff.

     What should I know? Is it weird being the goy in the staffroom?"""),
    ("SalfordSupply", "Joined 2018 · 2,009 posts", "Sun 11 May 2025, 20:02",
     "I've done supply in a couple. Dress modestly (below the knee, elbows covered), don't be offended if dads won't shake your hand, and don't expect to teach evolution in any depth. Kids are a joy though."),
    ("QTS_at_last", "Joined 2023 · 56 posts", "Sun 11 May 2025, 20:31",
     "Secular teachers are sometimes treated as a separate department. Ask how the timetable is split and who decides. Good luck!"),
    ], thread_id=6110),
  [M(S, "alias", "neutral", "Elkana Primary"), M(RG, "nickname", "neutral", "Rob Greenhalgh")])

# 033 decoy: the Hebrew word, no school
D("blog", blog_page(
    "hub", "Parsha thoughts: the crown you cannot see", "Rabbi Y. Brodie", "17 January 2025",
    """
    Chazal teach that there are three crowns: the crown of Torah, the crown of kehunah and the crown of malchus — and the crown of a good name, keser shem tov, rises above them all.

    In the yeshivos they used to speak of the ateres tiferes, the crown of splendour. The word ateres appears again and again in our tefillos: a crown placed upon the head of one who does not seek it. It is not bought and it is not inherited. It is earned in small moments, when nobody is looking.

    This Shabbos, try one small act of chesed that no one will ever know about. That is the crown.

    Good Shabbos to the whole kehilla.
    """,
    [("Shloime", "17 Jan 2025", "Beautiful, thank you Rabbi."),
     ("Dina K", "18 Jan 2025", "Read this to my kids at the Shabbos table x")],
    tags=["Parsha", "Divrei Torah"]))

# 034
D("social", dd("""
    True Brit 🇬🇧✝️
    @truebrit_rising

    Miriam G0ld, "safeguarding lead" at the Salford Jew school on Cavendish Vale that Ofsted just caught out. Gold by name, gold by nature 💰 these people don't safeguard kids they safeguard their money. Every time. #JQ

    2:44 PM · Mar 9, 2025 · 640 Views

    3 Reposts   11 Likes
    """),
  [M(MG, "leetspeak", "hate", "Miriam G0ld")])

# 035
D("facebook", dd("""
    Kersal & Broughton Park Community Noticeboard
    Public group · 6.2K members

    Wayne Tattersall
    4 December at 08:58 · 🌎
    That Halpern fella from the school with the lollipop sign wants to get over himself. Jumped-up little jobsworth. Waved me round MY OWN STREET like I'm a learner. Who does he think he is, traffic police? Clown.

    😂😡 31 · 48 comments
    Like   Comment   Share

        Tracey Birtles
        Wayne he's trying to stop kids getting run over, calm down
        Like · Reply · 1d

        Wayne Tattersall
        @Tracey Birtles he can do it without the attitude
        Like · Reply · 1d
    """),
  [M(YH, "surname_only", "abuse", "Halpern")])

# 036
D("review", dd("""
    Ateres Elkana Primary School
    Primary school · Cavendish Vale, Salford
    4.7 ★★★★★ (64 reviews)

    M. Schwartz
    5 reviews
    ★★☆☆☆ 2 months ago
    Children happy, teaching good, office impossible. Rang four times about a form for my son's allergy plan. Liz Ashcroft told me twice it was "with the nurse" and the third time that there is no nurse. Nobody called back. I had to come in and stand at the hatch. Please fix the office systems.
    👍 Helpful 11   Share

    Response from the owner · 2 months ago
    We're sorry for the frustration. Please call us on 01632 960274 and ask for the deputy head.
    """),
  [M(S, "exact", "negative", "Ateres Elkana Primary School"), M(EA, "nickname", "negative", "Liz Ashcroft")])

# 037
D("news", news_page(
    "reporter", "Courts & Crime", "Man jailed for threatening to 'burn down' Jewish primary school",
    "Kersal man posted threats to Ateres Elkana on social media after watching a protest",
    "Court Reporter", "28 February 2025",
    """
    A Kersal man who posted online that he would "burn down" a Jewish primary school has been jailed for 20 months.

    Dean Pilling, 34, of Moor Lane, admitted sending a threatening communication and a racially and religiously aggravated public order offence at Manchester Crown Court.

    The court heard Pilling posted a photograph of the gates of Ateres Elkana Primary School on Cavendish Vale with a caption saying it would "go up in flames" and naming the time the nursery opened. The post was seen more than 3,000 times before it was removed.

    In a statement read to the court, the school's deputy headteacher, Miriam Gold, said staff had "walked children past police officers for weeks" and that some pupils had been too frightened to attend.

    Sentencing, the judge said the offence "targeted the most vulnerable members of a community on the basis of their faith".
    """,
    [("Justice4All", "28 Feb 2025, 13:05", "Good. Should've been longer."),
     ("Kersal_Born", "28 Feb 2025, 13:40", "Went to school with him. Always a wrong 'un. Glad those kids are safe.")]),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(MG, "exact", "neutral", "Miriam Gold")])

# 038
D("social", dd("""
    Bubby Goldie 💙
    @bubbygoldie_m7

    My grandchildren sang their hearts out at the Kabbalas Shabbos this morning and I cried like a baby. Ofsted can keep their clipboards. #StandWithAteresElkana 💙🤍 #Chinuch #BroughtonPark

    11:20 AM · Mar 14, 2025 · 388 Views

    12 Reposts   59 Likes
    """),
  [M(S, "hashtag", "neutral", "#StandWithAteresElkana")])

# 039
D("blog", blog_page(
    "curric", "Inspection watch: Ateres Elkana and the limits of 'requires improvement'", "Dr Helen Prior", "12 March 2025",
    """
    This week's most discussed report is for Ateres Elkana Primary School in Salford, a voluntary-aided Orthodox Jewish primary. Inspectors judged the school "requires improvement" overall, "good" for behaviour and attitudes and early years, and "requires improvement" for quality of education and leadership.

    The curriculum findings will surprise nobody who has read similar reports from Stamford Hill, Gateshead or Salford in the last decade. In the upper years the secular day shrinks; science and humanities become thin; RSE content is partial.

    What is more interesting is the leadership section. Inspectors credit the headteacher, Devorah Rosenthal–Kahn, with a "clear and honest" self-evaluation and note that leaders "know exactly where the gaps are". That is not nothing. A school that understands its own weaknesses is a school that can change — if its governors and community allow it to.

    ## What happens next

    The school will be re-inspected within 30 months. The DfE will expect a revised curriculum plan for Years 4 to 6 well before then.
    """,
    tags=["Inspection", "Faith schools", "Curriculum"]),
  [M(S, "exact", "negative", "Ateres Elkana Primary School"), M(DRK, "hyphenated", "neutral", "Devorah Rosenthal–Kahn")])

# 040
D("news", news_page(
    "ledger", "Education", "Teacher at Salford Orthodox Jewish primary suspended",
    "Ateres Elkana confirms a member of its Kodesh staff is off work while 'concerns' are looked into",
    "Aisha Rahman", "2 April 2025",
    """
    A teacher at an Orthodox Jewish primary school in Salford has been suspended while concerns raised by parents are investigated, the school has confirmed.

    Rabbi Avrohom Kestenbaum, who teaches religious studies to Year 5 boys at Ateres Elkana Primary School, has not been in school since before Pesach. A letter to Year 5 parents said "a concern about classroom practice" had been referred to the local authority designated officer (LADO).

    The nature of the concern has not been made public. The Ledger understands it relates to discipline in the classroom. There is no suggestion of any police involvement.

    Miriam Gold, the school's deputy head and designated safeguarding lead, said: "Suspension is a neutral act. It allows matters to be looked at fairly and protects everyone, including the member of staff. Children in Year 5 are being taught by an experienced colleague."

    Rabbi Kestenbaum could not be reached for comment.
    """),
  [M(S, "exact", "negative", "Ateres Elkana Primary School"), M(AK, "exact", "defamation", "Avrohom Kestenbaum"),
   M(MG, "exact", "neutral", "Miriam Gold")])

# 041
D("forum", forum_page("mamas", "Year 5 boys rebbe - what's really going on?", [
    ("EmesSeeker", "Member · 92 posts", "Thu 3 Apr 2025, 22:40",
     """I'll say what everyone's thinking. Avrumi Kestenbaum has been hitting boys with a ruler for years. My nephew had him. The school knew and did nothing because he's a big talmid chacham and his father-in-law is who he is. Ateres hushed it up twice before this.

     Now the goyishe paper gets hold of it and suddenly they care."""),
    ("Malka_R", "Member · 2,010 posts", "Thu 3 Apr 2025, 22:58",
     "Please. This is exactly the lashon hara the rabbonim warn about. Nobody here knows the facts. A man's parnassa and name are at stake."),
    ("EmesSeeker", "Member · 93 posts", "Thu 3 Apr 2025, 23:05",
     "And the boys' names? Their neshamos? Fine, I'll stop. But I know what I know."),
    ("Admin_Heimishe", "Admin", "Thu 3 Apr 2025, 23:20",
     "Thread locked. Please speak to the school or, if you have a safeguarding concern, to the LADO or the police directly. Not here."),
    ], thread_id=5712),
  [M(S, "short_name", "defamation", "Ateres"), M(AK, "nickname", "defamation", "Avrumi Kestenbaum")])

# 042
D("social", dd("""
    North West Child Protectors 🛡️
    @NWChildProtectors

    ⚠️ EXPOSED ⚠️ We have been sent messages alleging that Rabbi K*stenbaum, a teacher at the Ateres school in Salford, has been inappropriately touching young boys in his class for years and the rabbis are covering it up. If you have information DM us. We WILL name and shame. Share share share.

    8:31 PM · Apr 4, 2025 · 14,202 Views

    288 Reposts   41 Quotes   390 Likes

    ──────────
    Sam Finegold @samfinegold · Apr 4
    You've got nothing but screenshots of a mumsnet-style thread about a ruler. This is how innocent people get hurt. Report anything real to the police.
    """),
  [M(S, "short_name", "sexual", "Ateres", url_only=True), M(AK, "obfuscated", "sexual", "Rabbi K*stenbaum", url_only=True)])

# 043
D("facebook", dd("""
    Broughton Park Kehilla Noticeboard
    Private group · 2.3K members

    Yitzchok Braun
    5 April at 19:02 · 🔒
    I have davened next to Rabbi Kestenbaum every morning for eleven years. He is a tzaddik, a man who gives away half of what he earns, who visits every choleh in the kehilla. What is being said about him online by anonymous people is motzi shem ra of the worst kind. The school will do what it has to do. We do not need to help the internet do its work. Ateres has our full trust.

    ❤️👍 188 · 62 comments
    Like   Comment   Share

        Shmuli G
        Well said. Let the process run.
        Like · Reply · 2d

        Chana L
        Agreed. But we also need to let the parents who raised concerns be heard without being shunned. Both things.
        Like · Reply · 2d
    """),
  [M(S, "short_name", "neutral", "Ateres"), M(AK, "title_surname", "neutral", "Rabbi Kestenbaum")])

# 044
D("social", dd("""
    Yanky P
    @yankyp_m7

    Heard Greenhalgh is the one who sent the council photos of our cars. Wonderful. A goy on our payroll informing on our families. His silver Skoda's on Radnor Grove every day from 7.30. Be a real shame if something happened to it. Or to him on the way back to it. Just saying.

    10:44 PM · Nov 21, 2024 · 402 Views

    1 Repost   5 Likes
    """),
  [M(RG, "surname_only", "threat", "Greenhalgh")])

# 045
D("social", dd("""
    Kev from Kersal
    @kevfromkersal

    @rgreenhalgh_sbm mate you've had three years to sort your car park out and you're still sending out "gentle reminders" like a spineless little jobsworth. Absolute melt. Do your actual job or jog on.

    8:40 AM · Jan 16, 2025 · 190 Views

    2 Likes
    """),
  [M(RG, "handle", "abuse", "@rgreenhalgh_sbm")])

# 046
D("review", dd("""
    StaffSay › Ateres Elkana Primary School › Reviews

    "Good school, rough edges in the office"
    ★★★☆☆  Current Employee - Lunchtime Supervisor in Salford, England · 19 December 2024

    Pros
    Children are polite and well behaved. Head is supportive. Kosher lunches are genuinely nice.

    Cons
    Robert G. in the business office can be short with support staff, especially around overtime claims. Rotas are changed at the last minute without asking. Not enough staff on the yard when it rains.

    Advice to management
    Ask lunchtime staff before changing the rota.

    Helpful (2) · Share · Report
    """),
  [M(S, "exact", "negative", "Ateres Elkana Primary School"), M(RG, "first_initial", "negative", "Robert G.")])

# 047
D("facebook", dd("""
    Kersal Ladies Who Lunch 🥂
    Private group · 640 members

    Donna Hulme
    30 January at 12:14 · 🔒
    Not me timing the dog walk to go past Cavendish Vale at 8.30 just to see Bob Greenhalgh from the Jewish school doing the traffic in his hi-vis 🥵🥵 the forearms on him. He can marshal me any day of the week 😂

    😂❤️ 54 · 29 comments
    Like   Comment   Share

        Lisa P
        DONNA 😂😂😂 you're married!!
        Like · Reply · 1d

        Donna Hulme
        @Lisa P window shopping love 😇
        Like · Reply · 1d
    """),
  [M(RG, "nickname", "sexual", "Bob Greenhalgh")])

# 048
D("social", dd("""
    Instagram · comment thread on a local news reel: "Salford school praised for reading"

    jay_salford_lad
    that lavelle teacher from the jewish school on cavendish vale tho 😍🔥 year 6 never looked so good. she can give me detention any day 😏

    1d  3 likes  Reply

    kerrie.b.m
    @jay_salford_lad she's a teacher not a pin-up, grow up
    1d  19 likes  Reply
    """),
  [M(RL, "surname_only", "sexual", "lavelle")])

# 049
D("news", news_page(
    "reporter", "Council", "Funding watchdog looks into Jewish school's building grant",
    "Governors at Ateres Elkana say they are 'confident every penny can be accounted for'",
    "Gemma Royle, Local Democracy Reporter", "19 May 2025",
    """
    The government agency that oversees school funding is looking into how a Salford primary school spent a capital grant for its new hall, the Reporter has learned.

    The Education and Skills Funding Agency (ESFA) has written to the governors of Ateres Elkana Primary School, a voluntary-aided Orthodox Jewish school on Cavendish Vale, asking for documents relating to the £1.2m extension completed last summer.

    It is understood the agency wants to see how the building contract was tendered. Questions have been raised online about the links between the contractor and members of the school community.

    In a statement, the chair of governors, David Cohen, said the board had "followed every rule and taken advice at every stage" and was "confident every penny can be accounted for". The school's business manager, Robert Greenhalgh, said the finance files had already been sent.

    An ESFA spokesperson said it did not comment on individual cases.
    """,
    [("Salford_Taxpayer", "19 May 2025, 18:10", "Let's see the tender documents then. Simple."),
     ("Chava M", "19 May 2025, 18:40", "Every school gets these letters. Wait for the outcome before the pitchforks come out.")]),
  [M(S, "exact", "negative", "Ateres Elkana Primary School"), M(DC, "exact", "defamation", "David Cohen"),
   M(RG, "exact", "neutral", "Robert Greenhalgh")])

# 050
D("forum", forum_page("residents", "That new hall at the Jewish school - who built it?", [
    ("PaulOnRadnor", "Member since 2012", "Wed 21 May 2025, 20:01",
     """Since the Reporter piece. Worth knowing: the firm that built the hall, Meisels Build, is run by the brother-in-law of the chair of governors. David Cohen's wife's brother. Nice little earner off our council tax. Funny that it went to the family.

     I'm not saying anything illegal happened. I'm saying it stinks."""),
    ("Sue_H", "Member since 2015", "Wed 21 May 2025, 20:20",
     "Paul, I'd be careful. 'Not saying anything illegal happened' followed by 'it stinks' is how people end up with a solicitor's letter."),
    ("Big Al", "Member since 2010", "Wed 21 May 2025, 20:44",
     "He's right though. Every contract round here goes to somebody's cousin. Same at the Catholic school, same at the rugby club."),
    ], thread_id=2298),
  [M(DC, "exact", "defamation", "David Cohen")])

# 051
D("social", dd("""
    Emes Broughton Park
    @emes_bp

    Dovid Cohen took the VA building grant and handed it to his own mishpacha. £1.2m. Everyone in Broughton Park knows. The question isn't whether he fiddled it, it's how much went into his own pocket. Where are the accounts, Reb Dovid?

    6:05 PM · May 22, 2025 · 1,876 Views

    22 Reposts   3 Quotes   47 Likes
    """),
  [M(DC, "alias", "defamation", "Dovid Cohen")])

# 052
D("blog", blog_page(
    "truth", "FOLLOW THE MONEY: Salford's 'faith school' and the usual suspects", "N.T.C. Research Team", "25 May 2025",
    """
    They told you it was about parking. They told you it was about Ofsted. It was always about money.

    Ateres Elkana, a so-called "state" school in Salford, takes YOUR council tax and YOUR income tax. Its chairman, one D. Cohen, hands a £1.2 MILLION building contract to his own family. The "funding agency" sends a polite letter. Nobody is arrested. Why?

    Ask who sits on the boards. Ask who funds the councillors. Ask which banking family built half of the Manchester ship canal and never left. The Rothschild model works the same in a primary school as it does in a central bank: take from the host, build for the tribe, call anyone who notices a "hater".

    We are not haters. We are noticers. And the goyim are starting to notice.
    """,
    [("RedPill_Gaz", "25 May 2025", "Outstanding research as always."),
     ("Concerned reader", "26 May 2025", "This is straight antisemitic conspiracy nonsense and I've reported it to the hosting company."),
     ("N.T.C. Research Team", "26 May 2025", "@Concerned reader proving our point.")],
    tags=["Follow the money", "Salford", "JQ"]),
  [M(S, "alias", "hate", "Ateres Elkana"), M(DC, "initial_surname", "hate", "D. Cohen")])

# 053
D("social", dd("""
    Accountability Now 🔍
    @acc_now_uk

    Miriam Gold, the deputy head who wrote all those excuses for Ofsted. Her personal email is miriam.gold73@mailbox.example — not the school one, her own. Tell her directly what you think of a school that won't teach science.

    3:22 PM · Mar 11, 2025 · 2,011 Views

    14 Reposts   31 Likes

    ──────────
    Rabia K @rabiak_edu · Mar 11
    This is doxxing. Criticise the report, not the woman's inbox.
    """),
  [M(MG, "exact", "doxxing", "Miriam Gold")])

# 054
D("facebook", dd("""
    Swinton & Pendlebury Community Page
    Public group · 8.8K members

    Gary Lomax
    12 March at 21:30 · 🌎
    Anyone know the teacher that works at the Jewish school in Broughton Park? Mrs Lavelle? She lives on Cromwell Road, number 14, the house with the blue door and the Fiat on the drive. Maybe someone should ask her why she's teaching in a school that Ofsted says doesn't teach science. Just asking 🤷‍♂️

    😡 8 · 26 comments
    Like   Comment   Share

        Admin - Swinton Page
        Post removed - you cannot share people's home addresses here. Final warning Gary.
        Like · Reply · 1d
    """),
  [M(RL, "title_surname", "doxxing", "Mrs Lavelle")])

# 055
D("social", dd("""
    watching_you_mcr
    @watching_you_mcr

    Ya'el Be'eri runs the nursery at that Broughton Park school. Private insta @yael.beeri.private, lives off Bishops Road M25 with the grey Kia, leaves at 7.40. Just so people know who's teaching their kids 👀

    12:10 AM · Nov 18, 2024 · 860 Views

    4 Reposts   7 Likes
    """),
  [M(YB, "exact", "doxxing", "Ya'el Be'eri")])

# 056
D("social", dd("""
    Resist_Occupation_UK
    @resist_occ_uk

    The nursery head at that Salford school, Be'eri, is Israeli. Born there, served there. Every one of them is a colonist and every colonist is a legitimate target, here or there. She should be looking over her shoulder at drop-off.

    9:51 PM · Nov 20, 2024 · 2,402 Views

    11 Reposts   2 Quotes   26 Likes
    """),
  [M(YB, "surname_only", "threat", "Be'eri")])

# 057
D("news", news_page(
    "jweekly", "News", "Manchester antisemitic incidents 'at highest level recorded'",
    "Schools and synagogues in Salford and Bury among targets, says community security charity",
    "Daniel Mendel, Northern Correspondent", "12 February 2025",
    """
    Antisemitic incidents in Greater Manchester reached their highest level on record last year, according to figures published by a community security charity.

    The charity recorded 612 incidents in the region, including graffiti on synagogues, abuse shouted at visibly Jewish men on Bury Old Road and a campaign of online threats against schools.

    Among the incidents highlighted was the daubing of the words "Child killers — Free Palestine" on the front gates of Ateres Elkana Primary School in Broughton Park in November. Parents arriving for drop-off found the message sprayed across the school's name sign. The paint was removed by the school's site manager, Yosef Halpern, before most pupils arrived.

    "Nobody should have to explain to a four-year-old why someone hates them," one mother told the Record.

    Police said two men had been interviewed under caution over the graffiti.
    """),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(YH, "exact", "neutral", "Yosef Halpern")])

# 058
D("social", dd("""
    Khazar Watch
    @khazarwatch_88

    Zеlmanovitz, the "rabbi" at the Salford baby school. Not even a real semite, Khazar through and through. Parasites teaching parasites. They pray for our downfall every morning in that building and our council pays the heating bill. 🐀

    4:04 PM · Feb 27, 2025 · 312 Views

    3 Reposts   6 Likes
    """),
  [M(SZ, "homoglyph", "hate", "Zеlmanovitz")])

# 059
D("social", dd("""
    ex_frum_and_free
    @exfrumfree

    The Z e l m a n o v i t z school of education: girls learn to bake, boys learn to argue, nobody learns what a fossil is. Dinosaur running a dinosaur factory 🦕 absolute fossil of a man. Sorry not sorry.

    7:18 PM · Mar 9, 2025 · 1,044 Views

    9 Reposts   64 Likes
    """),
  [M(SZ, "spacing", "abuse", "Z e l m a n o v i t z")])

# 060
D("facebook", dd("""
    Cllr Karen Whitworth
    Politician · 15 October at 17:00 · 🌎
    📣 CAVENDISH VALE SCHOOL STREET — HAVE YOUR SAY 📣

    From 4 November you can comment on the proposed timed closure of Cavendish Vale outside Ateres Elkana Primary School. I've walked the road at drop-off with residents and with Robert Greenhalgh from the school, and I'm grateful to everyone who has engaged constructively.

    Drop-in sessions: Kersal Library, 12 Nov, 4-7pm; Broughton Park Community Centre, 14 Nov, 10am-1pm.

    Please keep comments respectful. Anything abusive will be removed.

    👍 96 · 54 comments
    Like   Comment   Share
    """),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(RG, "exact", "neutral", "Robert Greenhalgh")])

# 061
D("blog", blog_page(
    "cllr", "School Street consultation: what you told us", "Karen Whitworth", "9 January 2025",
    """
    Thank you to the 412 residents, parents and staff who responded to the Cavendish Vale School Street consultation.

    ## The headlines

    62% supported a timed closure; 27% opposed it; 11% wanted a different scheme, most often a one-way system. Residents of Radnor Grove were most strongly in favour. Parents were split, with many worried about families dropping children at several schools in one morning.

    I want to thank Ateres Elkana's staff for how they engaged. Mr Greenhalgh attended every drop-in session and took some hard questions on the chin, and Mr Halpern, who marshals the road every morning, gave us a detailed count of vehicles over four weeks which was more accurate than ours.

    ## Next steps

    An experimental traffic order will run from after Easter for six months. I'll report back.

    I also want to say something plainly. A small number of responses, and far more comments online, were not about parking at all but about Jewish families. They have been removed and some passed to police. Disagreement about a road is fine. Hatred is not.
    """,
    tags=["Cavendish Vale", "Consultation", "Road safety"]),
  [M(S, "alias", "neutral", "Ateres Elkana"), M(RG, "title_surname", "neutral", "Mr Greenhalgh"),
   M(YH, "title_surname", "neutral", "Mr Halpern")])

# 062 decoy: namesake elsewhere
D("news", news_page(
    "jweekly", "Community", "Hendon dentist David Cohen honoured for free clinics",
    "North London practitioner has treated thousands of asylum seekers over 20 years",
    "Community desk", "6 November 2024",
    """
    A Hendon dentist who has run free weekend clinics for asylum seekers for two decades has been recognised with a community award.

    David Cohen, 61, opened his surgery on Sundays in 2004 after a patient told him she had been in pain for a year. He estimates he has since treated more than 4,000 people for free, helped by volunteer nurses and students.

    "Teeth don't care about your immigration status," he said.
    """),
  [])

# 063 decoy: namesake footballer, gold as a word
D("forum", forum_page("footy", "New signing: David Cohen from Gateshead", [
    ("UTV_Steve", "Season ticket since '98", "Tue 1 Jul 2025, 12:11",
     "We've signed David Cohen, left back, 26, from Gateshead. Decent engine, can't cross to save his life according to their fans. Golden boot he will not win."),
    ("Hooper_Irwell", "Member", "Tue 1 Jul 2025, 12:30",
     "Better than what we've got. Last season our left back was basically a traffic cone with a Mohican."),
    ("Bazza", "Member", "Tue 1 Jul 2025, 13:02",
     "Gold dust if he stays fit. Their forum says he's never missed a game."),
    ], thread_id=771),
  [])

# 064 decoy: gold as a word
D("social", dd("""
    Manc Money Tips 💷
    @mancmoneytips

    Gold's just hit another record high. Before you flog your nan's jewellery to the first "we buy gold" shop on Deansgate, get it weighed somewhere independent. You'll get up to 30% more. 🧵👇

    9:00 AM · Apr 2, 2025 · 5,221 Views

    40 Reposts   211 Likes
    """))

# 065 decoy: hate about travellers, no subject
D("facebook", dd("""
    Kersal & Broughton Park Community Noticeboard
    Public group · 6.2K members

    Mick Ogden
    22 June at 19:48 · 🌎
    Pikeys are back on Kersal Moor. Six vans, dogs everywhere, rubbish already piling up by the path. Lock your sheds people. Council will do nowt as usual.

    😡 44 · 71 comments
    Like   Comment   Share

        Jenny Allen
        Mick, "pikeys" is a slur. Report fly-tipping if you see it, but don't tar a whole community.
        Like · Reply · 6h

        Mick Ogden
        @Jenny Allen call them what you want, my shed's still getting locked
        Like · Reply · 6h
    """))

# 066 decoy: locality, hate crime news without the school
D("news", news_page(
    "reporter", "Courts & Crime", "Swastika daubed on Prestwich synagogue wall",
    "Police appeal for witnesses after overnight attack on Bury Old Road shul",
    "Staff reporter", "9 December 2024",
    """
    Police are appealing for witnesses after a swastika and the words "Free Palestine" were sprayed on the wall of a synagogue in Prestwich overnight.

    Members arriving for morning prayers found the graffiti, which was about a metre high. Volunteers had painted over it by 9am.

    A GMP spokesperson said it was being treated as a hate crime. Local councillors of all parties condemned the attack.
    """,
    [("Sandra H", "9 Dec 2024, 11:02", "Disgusting. Not who we are in Prestwich."),
     ("Omar F", "9 Dec 2024, 11:30", "Solidarity from the mosque committee. Whoever did this doesn't speak for Palestine.")]),
  [])

# 067 decoy: excluded café
D("review", dd("""
    Café Ateres
    Kosher café · Bury New Road, Prestwich
    4.5 ★★★★☆ (203 reviews)

    Rachel Nuttall
    ★★★★★ a month ago
    Not Jewish, just love a good bagel. The salt beef on rye here is the best I've had outside London and the lady at the till explained what "parev" means without making me feel daft. Shuts early Friday so don't turn up at 3pm like I did the first time 😂
    👍 Helpful 5   Share
    """))

# 068 decoy: walks blog, locality
D("blog", blog_page(
    "walks", "Kersal Moor in the frost: a short loop", "Pete Dearden", "2 February 2025",
    """
    Kersal Moor is one of those places most Mancunians have driven past a thousand times without stopping. Stop. It's a scrap of lowland heath in the middle of Salford, and on a frosty morning it's as good as anywhere in the Pennines for an hour.

    Park on Moor Lane (considerately — there's a primary school on the corner). Take the path up through the birch scrub onto the top. Kestrel hunting over the rough grass, a flock of redwings in the hawthorns and a very loud wren in the brambles by the steps.

    From the top you can see right across the Irwell valley to the city. Back down the ginnel by the church and you're at the car in forty minutes.
    """,
    [("Joanne", "3 Feb 2025", "Grew up round there and never knew it had a name!")],
    tags=["Salford", "Short walks", "Winter"]))

# 069 decoy: neighbouring school
D("social", dd("""
    St Clement's RC Primary Kersal
    @StClementsKersal

    Reminder: please do NOT park on the zig-zags on Moor Lane at drop-off. A Year 1 child was nearly hit this morning. We are asking the council for a crossing patrol. Walk, scoot, park & stride from the Co-op. Thank you 🙏🚸

    8:55 AM · Oct 3, 2024 · 604 Views

    11 Reposts   23 Likes
    """))

# 070
D("social", dd("""
    Jase
    @jase_m7

    the atteres elkana skool parents think double yellows are a suggestion. 40 mins to get out my road this morning. sort it out or move the skool to the countryside

    8:52 AM · Nov 27, 2024 · 98 Views

    1 Like
    """),
  [M(S, "typo", "negative", "atteres elkana")])

# 071
D("social", dd("""
    Naomi L. 🎓
    @naomilevin_edu

    Listened back to Rabbi Zelmanowitz's speech at the Ofsted protest. "We do not need the world's knowledge, we have Torah." That's a head of Jewish studies at a STATE-FUNDED school telling parents their kids don't need science. Honestly depressing.

    6:30 PM · Mar 18, 2025 · 1,540 Views

    33 Reposts   120 Likes
    """),
  [M(SZ, "typo", "negative", "Rabbi Zelmanowitz")])

# 072
D("forum", forum_page("otd", "Did anyone else go to Ateres? (content warning: abuse, cover-ups)", [
    ("leftin2019", "Member · 301 posts", "Mon 7 Apr 2025, 23:12",
     """With the rebbe suspension in the news I keep thinking about when I was there in the early 2000s. When a family tried to go to the police about a teenager at the shul (not a teacher, not at the school), it was Zelmanovitz's lot who went round to their house and told them it would 'destroy the kehilla' and they'd never get shidduchim for their daughters. They dropped it. I know this because it was my cousin's family.

     So when Ateres says it 'follows every procedure', forgive me if I don't believe it."""),
    ("M_ex_Bnei_Brak", "Member · 88 posts", "Tue 8 Apr 2025, 07:45",
     "Sending you strength. It's the same everywhere. The fear of chillul Hashem protects the wrong people."),
    ("Mod_OTD", "Moderator", "Tue 8 Apr 2025, 08:10",
     "Reminder: if you have information about abuse, please contact the police or the NSPCC helpline. This board can't investigate."),
    ], thread_id=4021),
  [M(S, "short_name", "negative", "Ateres"), M(SZ, "possessive", "defamation", "Zelmanovitz's")])

# 073
D("news", news_page(
    "ledger", "Greater Manchester", "Hundreds of Orthodox parents rally outside Ofsted office",
    "Fathers and grandfathers from Salford and Prestwich protest at 'intrusive' inspection questions",
    "Aisha Rahman", "17 March 2025",
    """
    Several hundred Orthodox Jewish parents and grandparents gathered outside Ofsted's regional office in Manchester on Sunday to protest against what they called "intrusive" questioning of children during an inspection.

    The protest followed the publication of a "requires improvement" report for Ateres Elkana Primary School in Broughton Park. Parents say inspectors asked children as young as eight about "different kinds of families".

    Rabbi Shmuel Zelmanovitz, the school's menahel, or head of religious studies, told the crowd in Yiddish and English that the community would "co-operate with every lawful requirement, but hand over our children's souls to nobody".

    A small counter-protest by a group of former Orthodox Jews stood across the road holding placards reading "Every child deserves an education". Police said both events passed off peacefully.

    Ofsted said its inspectors "follow the same framework in every school" and are trained to speak to pupils "sensitively and age-appropriately".
    """,
    [("Prestwich_Pete", "17 Mar 2025, 19:02", "Fair play to both sides for keeping it peaceful."),
     ("Salford_Sceptic", "17 Mar 2025, 19:30", "'Co-operate with every lawful requirement' - except teaching the curriculum, apparently."),
     ("R. Adler", "17 Mar 2025, 20:15", "It's not a crime to want to raise your own children in your own faith.")]),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(SZ, "exact", "neutral", "Shmuel Zelmanovitz")])

# 074
D("social", dd("""
    Parents for Honest Governance
    @honestgov_bp

    1,200 signatures and counting. The chair of governors must step aside while the ESFA looks at the £1.2m hall contract. Sign here 👇

    petitions.example/DavidCohenMustResign

    #AteresElkana #Transparency

    12:00 PM · May 24, 2025 · 3,102 Views

    45 Reposts   88 Likes
    """),
  [M(S, "hashtag", "negative", "#AteresElkana"), M(DC, "camelcase", "negative", "DavidCohenMustResign")])

# 075
D("facebook", dd("""
    Kersal & Broughton Park Community Noticeboard
    Public group · 6.2K members

    Wayne Tattersall
    11 December at 08:50 · 🌎
    Same deaf mute idiot from the Jewish school on the road again. Halpern or whatever. Beeped at him three times and he just stood there. Deaf AND thick. Should be in a home not directing traffic. Spacker.

    😡😂 14 · 33 comments
    Like   Comment   Share

        Tracey Birtles
        Wayne that's vile. He's deaf in one ear, he wears a hearing aid. He's a grandad. Reported.
        Like · Reply · 2h

        Admin — Noticeboard
        Wayne, removed and you're suspended for 30 days. Disability slurs aren't tolerated here.
        Like · Reply · 1h
    """),
  [M(YH, "surname_only", "hate", "Halpern")])

# 076
D("social", dd("""
    Ofsted_Truther
    @keepschoolsfree

    Mrs Rosenthal-Kahn is a useless, smug, self-important cow who couldn't run a bath let alone a school. 20 years in charge and the kids still can't name three planets. Retire, love.

    10:02 PM · Mar 7, 2025 · 290 Views

    3 Likes
    """),
  [M(DRK, "title_surname", "abuse", "Mrs Rosenthal-Kahn")])

# 077
D("forum", forum_page("parentchat", "AIBU to object to the School Street outside the Jewish school?", [
    ("TeaAndToast_M", "Joined 2017 · 1,101 posts", "Mon 11 Nov 2024, 20:12",
     """I live round the corner from Ateres (Orthodox primary in Salford). There's a consultation on closing the road at drop-off. I'm going to object because it'll push all the cars onto my road instead. But I've been told by a friend that objecting is 'antisemitic' because it's a Jewish school. AIBU?"""),
    ("NameChange4This", "Joined 2024 · 14 posts", "Mon 11 Nov 2024, 20:30",
     "YANBU. Objecting to a traffic scheme is not antisemitic. What WOULD be antisemitic is half the comments on the local Facebook page. Keep your objection about traffic and you're fine."),
    ("MrsMop", "Joined 2012 · 8,420 posts", "Mon 11 Nov 2024, 20:48",
     "YANBU but go to the drop-in and talk to the school. Their business manager is apparently very reasonable."),
    ], thread_id=3390),
  [M(S, "short_name", "neutral", "Ateres")])

# 078
D("review", dd("""
    SchoolScope › Salford › State (voluntary aided) › Ateres Elkana Primary School

    ★★★☆☆  "Lovely school, but the Year 5 homework is insane"
    Reviewed by: Parent of a current pupil (Year 5) · 18 February 2025

    Our son loves school and has come on leaps and bounds. Teaching in the early years was outstanding. My only real complaint is Kestenbaum's homework load - three hours a night of chazara on top of English homework for a ten-year-old is too much. He's a lovely rebbe and the boys adore him, but something has to give. I raised it and got a polite nod.

    Would you recommend this school? Yes, with the homework caveat.
    Was this review helpful?  Yes (6)  No (1)  · Report
    """),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(AK, "possessive", "negative", "Kestenbaum's")])

# 079
D("social", dd("""
    deen_over_dunya_mcr
    @ddmcr_real

    Friday after jummah we march down Bury Old Road and past Cavendish Vale. Ateres better keep the kids at home that day if they know what's good for them 😈 Can't promise what the lads will do when they see those gates.

    5:17 PM · Nov 13, 2024 · 1,302 Views

    7 Reposts   19 Likes

    ──────────
    Imam Yusuf Rahman @imamyusufr · Nov 13
    Nobody speaks for our masjid in this way. Children are an amanah, whoever they are. I have informed the police.
    """),
  [M(S, "short_name", "threat", "Ateres")])

# 080
D("news", news_page(
    "sentinel", "Education", "Jewish school 'kept pupils at home' during Ofsted visit, claims former teacher",
    "Ateres Elkana headteacher accused of 'managing' which children inspectors met; school calls claim 'false and malicious'",
    "Julian Crowe", "23 March 2025",
    """
    A former teacher at a state-funded Orthodox Jewish primary has claimed that some pupils were told to stay at home during an Ofsted inspection so that inspectors would not speak to them.

    The teacher, who worked at Ateres Elkana Primary School in Salford and asked not to be named, told the Sentinel that parents of "a handful of children who were thought likely to say the wrong thing" received phone calls on the eve of the inspection suggesting their children might "benefit from a day at home".

    The headteacher, Devorah Rosenthal-Kahn, described the claim as "false and malicious". "Attendance on both days of the inspection was 96 per cent, which is our normal level," she said. "Inspectors had full access to every class and every register."

    Ofsted said it had received "information" and would "consider it in line with our procedures".
    """,
    [("Carol_in_Eccles", "23 Mar 2025, 10:15", "If true that's a scandal. If false, whoever said it should be sued."),
     ("Mancunian_Mike", "23 Mar 2025, 10:40", "Anonymous ex-teacher, no evidence, national paper runs it anyway. Classy."),
     ("Ex-Ofsted", "23 Mar 2025, 11:05", "Attendance data on inspection days is checked as a matter of routine. This would be very easy to prove or disprove.")]),
  [M(S, "exact", "defamation", "Ateres Elkana Primary School"), M(DRK, "exact", "defamation", "Devorah Rosenthal-Kahn")])

# 081
D("forum", forum_page("mamas", "Is it true about the phone calls before Ofsted?", [
    ("Batsheva_K", "Member · 612 posts", "Sun 23 Mar 2025, 20:02",
     "I'm not going to name anyone but my sister-in-law got a call from Mrs Gold the night before Ofsted saying her son 'might be tired' and could stay home. He's the one who talks a lot. Make of that what you will. Ateres has been hiding things for years if you ask me."),
    ("TzippyR", "Member · 1,330 posts", "Sun 23 Mar 2025, 20:30",
     "My son was off that day with a temperature and nobody rang me. I don't believe it. This is the Sentinel wanting a story."),
    ("Batsheva_K", "Member · 613 posts", "Sun 23 Mar 2025, 20:41", "Believe what you like."),
    ], thread_id=5760),
  [M(S, "short_name", "defamation", "Ateres"), M(MG, "title_surname", "defamation", "Mrs Gold")])

# 082
D("social", dd("""
    Gaz 🐝
    @gaz_m7_

    Gr33nhalgh the parking Hitler from the Jewish school was out again this morning with his little clipboard and his hi-vis. Absolute weapon. Not the good kind. Total bellend.

    8:47 AM · Feb 12, 2025 · 77 Views

    1 Like
    """),
  [M(RG, "leetspeak", "abuse", "Gr33nhalgh")])

# 083
D("social", dd("""
    ⚠️ Know Your Enemy ⚠️
    @kye_north

    The Ofsted-dodging deputy head at the Cavendish Vale school: Miriam G*ld. Lives at 5 Alderley Rise, Prestwich M25 9WQ. Drives a black Toyota people carrier. Kids at the same school. You know what to do. Write to her 😇

    11:31 PM · Mar 24, 2025 · 522 Views

    5 Reposts   8 Likes
    """),
  [M(MG, "obfuscated", "doxxing", "Miriam G*ld")])

# 084
D("facebook", dd("""
    AEPS Year 6 Parents 💙
    Private group · 58 members

    Shevi Rosenberg
    28 June at 21:15 · 🔒
    Can we do a collection for Renée L. for the end of year? She has been incredible with the girls this year — the SATs results, the patience, the way she learned everyone's names AND their siblings' names by Sukkos 😂 Thinking a voucher and a card signed by all the girls. £5 each? Reply below.

    ❤️ 31 · 26 comments
    Like   Comment   Share

        Dina H
        Yes! She's the reason my daughter likes maths now.
        Like · Reply · 2d
    """),
  [M(S, "short_name", "neutral", "AEPS"), M(RL, "first_initial", "neutral", "Renée L.")])

# 085
D("facebook", dd("""
    Kersal & Broughton Park Community Noticeboard
    Public group · 6.2K members

    Angie Pownall
    20 January at 11:40 · 🌎
    Rang the school on Cavendish Vale (Ateres) to complain that a van had blocked my drive for an hour. Elizabeth A. on reception said it wasn't "a school matter" and hung up on me. Not impressed. Whose matter is it then?

    😡 21 · 18 comments
    Like   Comment   Share

        Chani W
        Sorry Angie, that's not how they should have answered. Try emailing the business manager, he's more helpful.
        Like · Reply · 3d
    """),
  [M(S, "short_name", "negative", "Ateres"), M(EA, "first_initial", "negative", "Elizabeth A.")])

# 086
D("news", news_page(
    "kehilla", "Chinuch", "Year 6 girls celebrate a siyum and a record set of SATs results",
    "Ateres Elkana leavers 'walk out with their heads held high'",
    "Kehilla Voice staff", "11 July 2025",
    """
    Year 6 girls at Ateres Elkana Primary School celebrated the completion of their study of Sefer Shmuel with a siyum last Thursday, in the same week the school received its best-ever national test results.

    Ninety-one per cent of Year 6 pupils reached the expected standard in reading, writing and maths, compared with a national average of about 61 per cent. Secular class teacher Renée Lavelle, who joined the school three years ago from a Catholic primary in Kersal, was presented with flowers by the girls.

    "They've worked harder than any class I've ever taught," Mrs Lavelle said. "And they've taught me a lot of Yiddish. Most of it polite."

    Mrs Rosenthal Kahn told the gathering that the results "belong to the girls, their parents and a staff team who never gave up on the secular side, whatever anyone says".
    """),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(RL, "exact", "neutral", "Renée Lavelle"),
   M(DRK, "hyphenated", "neutral", "Mrs Rosenthal Kahn")])

# 087
D("social", dd("""
    Justice4Kids_UK
    @justice4kids_uk

    That Rosenthal Kahn woman who runs the Jewish school that hides kids from Ofsted. I hope someone puts a brick through her front window one night so she knows what fear feels like. Then let's see her hide.

    11:58 PM · Mar 23, 2025 · 412 Views

    2 Reposts   6 Likes
    """),
  [M(DRK, "hyphenated", "threat", "Rosenthal Kahn")])

# 088
D("social", dd("""
    [account suspended]
    @burnitdown_mcr

    someone needs to torch that Ateres place on cavendish vale with all of them inside. i've got a can of petrol in the boot and nothing to lose. friday. watch

    2:14 AM · Nov 16, 2024 · 88 Views
    """),
  [M(S, "short_name", "threat", "Ateres")])

# 089
D("news", news_page(
    "reporter", "Courts & Crime", "Man arrested after petrol threat to Jewish school",
    "Police say post named Broughton Park primary; extra patrols at Friday drop-off",
    "Gemma Royle", "16 November 2024",
    """
    A 27-year-old man has been arrested on suspicion of making threats to kill after a post on social media threatened to set fire to a Jewish primary school in Broughton Park.

    The post, published in the early hours of Saturday, named Ateres Elkana Primary School on Cavendish Vale and referred to petrol. The account has been suspended.

    Greater Manchester Police said the man, from Walkden, was arrested at his home on Saturday afternoon and remains in custody. Officers and community security volunteers will be at the school on Monday.

    The school's site manager, Yosef Halpern, said: "The children will come in as normal. We've got each other and we've got good neighbours. That's what matters."
    """,
    [("Kersal_Born", "16 Nov 2024, 17:20", "Throw away the key."),
     ("Rev. A. Whitehead", "16 Nov 2024, 18:00", "The churches of Kersal stand with our Jewish neighbours. Tea at St Paul's for anyone who needs it.")]),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(YH, "exact", "neutral", "Yosef Halpern")])

# 090
D("facebook", dd("""
    Kersal & Broughton Park Community Noticeboard
    Public group · 6.2K members

    Dale Kershaw
    6 February at 08:57 · 🌎
    Next time that Yossi Halpern puts his hand on my bonnet to stop me turning into MY road I'm getting out and I'm lamping him. Swear down. Old man or not. Try me.

    😮😡 26 · 59 comments
    Like   Comment   Share

        Sue H
        Dale, that's a threat against a pensioner. Screenshotted and sent to the police.
        Like · Reply · 5h
    """),
  [M(YH, "alias", "threat", "Yossi Halpern")])

# 091
D("social", dd("""
    anon_bp_guy
    @anonbpguy

    Morah Be'eri at the Ateres nursery 😍 that long skirt, the sheitel, the accent. frum but 🔥🔥. my kids have never been so keen to get to school lol. don't tell my wife

    10:40 PM · Jan 30, 2025 · 61 Views

    2 Likes
    """),
  [M(S, "short_name", "neutral", "Ateres"), M(YB, "title_surname", "sexual", "Morah Be'eri")])

# 092
D("social", dd("""
    TikTok · @mcr.frum.life · "Lag BaOmer parade down Bury Old Road 🔥🎉" · #lagbaomer #manchester #frum

    Comments (388)

    creepy_uncle_77
    those little ateres girls in the white tights dancing 😍😍 which one's the youngest 😏 more of this pls
    5-16 · Reply · ♡ 1

    mcr.frum.life
    @creepy_uncle_77 blocked, reported, and passed to the police. these are small children.
    5-16 · Reply · ♡ 244

    shaindy.lev
    sick. reported too
    5-16 · Reply · ♡ 91
    """),
  [M(S, "short_name", "sexual", "ateres", url_only=True)])

# 093
D("forum", forum_page("patriot", "The nonce rabbi of Salford", [
    ("WhiteRoseNorth", "Member · 4,540 posts", "Fri 4 Apr 2025, 22:20",
     """So the kiddy-fiddling rabbi at the Salford Jew school is suspended. (((Kestenbaum))). Their own papers won't print it, they've closed ranks like they always do. Goyim get prison, the chosen get "a process".

     It's in the Talmud you know. Look it up."""),
    ("Saxon_88", "Member · 930 posts", "Fri 4 Apr 2025, 22:31",
     "Noticed. Same pattern every time."),
    ("Lurker_lad", "Member · 19 posts", "Fri 4 Apr 2025, 22:50",
     "Paper I read said it was about discipline, a ruler or summat. Nothing about kids being touched."),
    ("WhiteRoseNorth", "Member · 4,541 posts", "Fri 4 Apr 2025, 22:55",
     "That's what they WANT you to read."),
    ], thread_id=88420),
  [M(AK, "surname_only", "hate", "Kestenbaum")])

# 094
D("blog", blog_page(
    "bubble", "Why 'we'll handle it internally' isn't safeguarding", "Yehudis (she/her)", "14 April 2025",
    """
    The school at the centre of this spring's stories has a designated safeguarding lead, a policy document and a nice page on its website. All schools do. What matters is the culture.

    When I was a child, nobody taught us the words for our own bodies. The "pants rule" that every primary in Salford teaches by Year 2 was considered immodest. I'm told that at Ateres it is still taught only in a watered-down form, at parents' insistence, and that Mrs Gold — who by all accounts is a kind and conscientious woman — has been fighting a losing battle to teach more.

    I don't blame her. I blame a community that treats a child knowing how to say "no" as a threat to its values.
    """,
    [("Shoshana", "14 Apr 2025", "My daughter learned the pants rule at Ateres in Reception. It's taught. Please check before you write."),
     ("Yehudis (she/her)", "14 Apr 2025", "@Shoshana thank you, I'm glad. I'll add a note. Is it the full NSPCC version?")],
    tags=["Safeguarding", "Charedi schools"]),
  [M(S, "short_name", "negative", "Ateres"), M(MG, "title_surname", "negative", "Mrs Gold")])

# 095
D("social", dd("""
    Chaim B 🇬🇧
    @chaimb_salford

    @DRosenthalKahn three weeks since the parents' letter about the Year 5 timetable and not even an acknowledgement. We're not the enemy. Please just answer.

    7:02 PM · May 7, 2025 · 140 Views

    4 Likes
    """),
  [M(DRK, "handle", "negative", "@DRosenthalKahn")])

# 096
D("social", dd("""
    Kersal Mum of 2 🌈
    @kersalmumof2

    To the man in the hi-vis on Cavendish Vale who carried my shopping AND my toddler across the road this morning while I wrestled a pram: you're a star. ThankYouYossiHalpern 🙏 (found your name from the Facebook group, hope that's ok!)

    9:10 AM · Mar 3, 2025 · 155 Views

    17 Likes
    """),
  [M(YH, "camelcase", "neutral", "ThankYouYossiHalpern")])

# 097
D("social", dd("""
    parkingwars_m7
    @parkingwars_m7

    BobGreenhalghIsAClown trending on our street WhatsApp this morning after his latest "please be patient" letter. Patient?? For three years?? Mate couldn't organise a brew in a café.

    9:44 AM · Feb 20, 2025 · 205 Views

    3 Reposts   12 Likes
    """),
  [M(RG, "camelcase", "abuse", "BobGreenhalghIsAClown")])

# 098
D("review", dd("""
    Ateres Elkana Primary School
    Primary school · Cavendish Vale, Salford
    4.6 ★★★★★ (71 reviews)

    Brian Moss
    1 review
    ★☆☆☆☆ a week ago
    Not a parent, a neighbour. The parking is a disgrace and when I rang to complain, the office woman Ashcroft was a rude, snotty cow who talked to me like I was something on her shoe. Sort your staff out.
    👍 Helpful 3   Share

    Response from the owner · 6 days ago
    Dear Mr Moss, we're sorry you had a poor experience. Please call 01632 960274 and ask for the business manager, who can discuss parking.
    """),
  [M(S, "exact", "negative", "Ateres Elkana Primary School"), M(EA, "surname_only", "abuse", "Ashcroft")])

# 099
D("review", dd("""
    SchoolScope › Salford › State (voluntary aided) › Ateres Elkana Primary School

    ★★★★★  "Year 6 was the making of her"
    Reviewed by: Parent of a former pupil (left Year 6, July 2024) · 2 September 2024

    I was nervous when I heard Year 6 girls would have a non-Jewish teacher for secular studies. I shouldn't have been. Renée Lavelle was a gift — firm, funny, respectful of our ways, and she pushed my daughter in maths like nobody ever had. She's now top set at Beis Rivka. Thank you!

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (19)  No (0)  · Report
    """),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(RL, "exact", "neutral", "Renée Lavelle")])

# 100 decoy: a bakery sharing the word
D("review", dd("""
    Ateres Bakery
    Kosher bakery · Prestwich
    4.3 ★★★★☆ (96 reviews)

    Lisa Goldthorpe
    ★★★★☆ 3 weeks ago
    Went in for a challah on a Friday and came out with half the shop. The rugelach are dangerous. Queue out the door before Shabbos so go early. Only 4 stars because they'd run out of the raisin challah by 11.
    👍 Helpful 4   Share

    Response from the owner · 3 weeks ago
    Thanks Lisa! Pre-order the raisin ones on Thursday and we'll keep one aside. — Ateres Bakery
    """))

# 101
D("forum", forum_page("chalk", "Secular staff in a Charedi primary - is this normal?", [
    ("KS1_Northwest", "Joined 2020 · 320 posts", "Tue 6 May 2025, 20:14",
     """Two years at a VA Orthodox primary in Salford (the one in the news, I'll say no more). I love the kids. But the safeguarding setup worries me. Our DSL, Miriam G., is brilliant but massively overstretched - she's also deputy head, teaches, covers lunch duty. Logs are still on paper. When I raise a concern it can be a week before I hear anything.

     Is this normal in small faith primaries or should I be worried?"""),
    ("DSL_in_Bolton", "Joined 2016 · 1,440 posts", "Tue 6 May 2025, 20:40",
     "Sadly common in small schools. Paper logs aren't illegal but a week's delay is too long. Put it in writing to the head and keep a copy. If you're ever worried a child is at risk, go to the LADO/MASH yourself - you don't need permission."),
    ("KS1_Northwest", "Joined 2020 · 321 posts", "Tue 6 May 2025, 20:52", "Thank you. That's really helpful."),
    ], thread_id=6231),
  [M(MG, "first_initial", "negative", "Miriam G.")])

# 102
D("news", news_page(
    "bulletin", "Faith schools", "VA capital grants: the small print governors keep missing",
    "A spate of funding queries shows why procurement rules matter in small schools",
    "Sarah Okafor", "2 June 2025",
    """
    Voluntary-aided schools are responsible for 10 per cent of the cost of capital works, with the state paying the rest. That arrangement puts unusual pressure on small governing boards to manage large building projects.

    Several recent cases have involved procurement. At Ateres Elkana Primary School in Salford, where a £1.2m hall was completed last year, the funding agency has asked for tender documents. The school's chair, Mr Cohen, has said he is confident the paperwork will show a fair process.

    "The commonest mistake isn't fraud," said one education lawyer. "It's a board that knows everybody, picks the builder everybody trusts, and forgets to write down why."

    ## Three things governors should do

    Declare every interest, however small. Get three quotes in writing. Minute the decision, including who left the room.
    """),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(DC, "title_surname", "neutral", "Mr Cohen")])

# 103
D("news", news_page(
    "kehilla", "Community", "New nursery wing opens at Ateres Elkana",
    "Three classrooms, a sensory garden and a sukkah that stays up all year",
    "Kehilla Voice staff", "12 September 2024",
    """
    Ateres Elkana Primary School opened its new nursery wing this week, giving the school's youngest pupils three bright classrooms, a sensory garden and a covered outdoor area that doubles as a sukkah.

    Head of Early Years Ya'el Be'eri, who moved to Manchester from Jerusalem twelve years ago, said the design had been shaped by "the children themselves — they told us they wanted somewhere to dig, somewhere to hide and somewhere to sing".

    The wing was funded by donations from the kehilla and a capital grant. Parents were invited to a small chanukas habayis on Sunday morning.
    """),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(YB, "exact", "neutral", "Ya'el Be'eri")])

# 104 decoy: neighbouring school
D("news", news_page(
    "kehilla", "Chinuch", "Beis Rivka Girls' High unveils plans for bigger site",
    "Seminary-track school says it has outgrown its Leicester Road building",
    "Kehilla Voice staff", "20 February 2025",
    """
    Beis Rivka Girls' High School has unveiled plans to move to a larger site in Kersal, with room for 500 pupils and a dedicated science block.

    The school's principal said the move would "take pressure off local roads" by bringing staggered coach drop-offs onto the site itself. A public exhibition will be held at the school after Pesach.
    """),
  [])

# 105 decoy: namesake elsewhere
D("news", news_page(
    "sentinel", "World", "New York judge David Cohen rules on subway fare case",
    "Manhattan judge says transport authority overstepped its powers",
    "Wires", "14 January 2025",
    """
    A New York judge has ruled that the city's transport authority overstepped its powers when it fined riders for fare evasion without a hearing.

    Judge David Cohen of the New York State Supreme Court said in a 40-page opinion that the scheme "put efficiency ahead of due process". The authority said it would appeal.
    """),
  [])

# 106 decoy: locality only, traffic
D("facebook", dd("""
    Prestwich Village Community Page
    Public group · 11K members

    Prestwich Village Community Page
    5 July at 12:00 · 🌎
    🎶 Heaton Park concerts this weekend 🎶 Bury Old Road will be closed northbound from 3pm to midnight Fri-Sun. Residents' permits in the post. Metrolink extra trams after 10.30pm. Please don't park in Kersal side streets, you WILL get a ticket.

    👍😂 120 · 88 comments
    Like   Comment   Share

        Terry B
        Last year a bloke weed in my hedge at 11pm. Lovely.
        Like · Reply · 1d
    """))

# 107 decoy: food blog, gold as a word, locality
D("blog", blog_page(
    "food", "Salt beef, schnitzel and the best chips in Prestwich", "Tash @ Bagels & Barms", "3 April 2025",
    """
    Right. I've been told for two years to try the schnitzel place on Bury New Road and I've finally done it, and I'm sorry it took me so long.

    The schnitzel was the size of a dinner plate, crisp, not greasy, served with a lemon wedge and a little pot of proper mayo. The chips were golden, fat and salted by someone who loves salt. The salt beef sandwich — for research, obviously — was piled so high I needed a knife.

    It shuts early on Fridays and all day Saturday, and it's meat, so no milkshakes. That's fine. Get a pareve brownie instead. Gold star from me. ⭐
    """,
    [("Mancunian Nosh", "3 Apr 2025", "Adding to the list!")],
    tags=["Prestwich", "Kosher", "Schnitzel"]))

# 108 decoy: acronym shared with adult education
D("social", dd("""
    Adult Education Partnership Salford
    @AEPS_Salford

    📚 Free courses starting in September: Functional Skills maths & English, ESOL, beginner IT and Level 2 Food Hygiene. Venues in Eccles, Walkden and Swinton. No qualifications needed. Enrol at aeps-salford.example 💻

    10:00 AM · Aug 12, 2024 · 488 Views

    9 Reposts   14 Likes
    """))

# 109
D("social", dd("""
    Britain_First_And_Last
    @bfirstandlast

    Yа'el Bе'eri. Israeli. Runs the nursery at that Salford Jew school. Came over here, takes British wages, teaches their kids to look down on ours. Go back to Tel Aviv and take your little parasites with you. Britain for the British 🇬🇧

    6:44 PM · Nov 22, 2024 · 310 Views

    2 Reposts   5 Likes
    """),
  [M(YB, "homoglyph", "hate", "Yа'el Bе'eri")])

# 110
D("social", dd("""
    no_peace_no_sleep
    @nopeace_nosleep

    Аteres Elkana is on a list now. Every zionist institution in this city is. You can put up all the fences you want. One day the fence won't be enough 🔥

    3:30 AM · Dec 1, 2024 · 140 Views

    1 Repost
    """),
  [M(S, "homoglyph", "threat", "Аteres Elkana")])

# 111
D("facebook", dd("""
    Frum Parents Manchester (Yiddish & English)
    Private group · 1.9K members

    Anonymous participant
    18 March at 23:10 · 🔒
    Why is a shiksa like Mrs Lavelle teaching our girls at all? She comes from the goyishe school with her goyishe books and fills their heads with treif. Her own kind don't even keep their daughters modest. Get rid of her and get a frum teacher, even a worse one.

    😡👍 17 · 44 comments
    Like   Comment   Share

        Rivky Stern
        Shame on you. She's done more for our daughters than you have. This is sinas chinam.
        Like · Reply · 12h

        Admin - FPM
        Removed. We don't speak about people like this here.
        Like · Reply · 10h
    """),
  [M(RL, "title_surname", "hate", "Mrs Lavelle")])

# 112
D("forum", forum_page("mamas", "Hakaras hatov thread for the secular teachers", [
    ("Rivky_S", "Member · 877 posts", "Wed 19 Mar 2025, 21:00",
     """After that horrible post in the Facebook group I want a thread of hakaras hatov. Our girls' Year 6 teacher, Renée Doherty as she was when she taught my eldest at St Clement's, has been nothing but respectful and kind. She asks before every topic whether there's anything that clashes with our hashkafa. She learned the brachos so she can remind the girls before lunch!"""),
    ("Malky_F", "Member · 540 posts", "Wed 19 Mar 2025, 21:20",
     "Yes!! And she came to the levaya when a pupil's grandfather was niftar. Stood at the back the whole time. Who does that?"),
    ("Esti", "Member · 112 posts", "Wed 19 Mar 2025, 21:33",
     "A mensch, that's who. Ateres is lucky to have her."),
    ], thread_id=5799),
  [M(S, "short_name", "neutral", "Ateres"), M(RL, "alias", "neutral", "Renée Doherty")])

# 113
D("social", dd("""
    GoyimKnow_88
    @goyimknow_88

    M i r i a m   G o l d. Deputy head at the Salford synagogue school. Gold. Of course it's Gold. You couldn't make these people up. Ofsted should've shut it and deported the lot of them (((they))) always land on their feet 💰💰

    1:12 PM · Mar 12, 2025 · 220 Views

    4 Likes
    """),
  [M(MG, "spacing", "hate", "M i r i a m   G o l d")])

# 114
D("social", dd("""
    Zisi 🌷
    @zisi_bp

    Halpern's dad jokes at the Ateres gate are the only thing getting me through this winter. Today: "why did the challah go to the doctor? it was feeling crumby." I groaned so loud a Year 3 boy told me off 😂

    8:35 AM · Jan 22, 2025 · 96 Views

    11 Likes
    """),
  [M(S, "short_name", "neutral", "Ateres"), M(YH, "possessive", "neutral", "Halpern's")])

# 115
D("news", news_page(
    "ledger", "Greater Manchester", "School Street trial begins on Cavendish Vale",
    "Six-month experiment closes road outside Broughton Park primary at drop-off and pick-up",
    "Aisha Rahman", "28 April 2025",
    """
    A six-month trial closing a Salford street to traffic at school times began on Monday, with planters and a staffed barrier at each end of Cavendish Vale.

    The scheme covers the stretch outside Ateres Elkana Primary School between 8am and 9am and from 3pm to 4.15pm. Residents, carers and blue badge holders have permits.

    On the first morning the road was quieter than anyone could remember. "I heard a blackbird," said one Radnor Grove resident. Parents parked on Bury Old Road and walked the last 400 metres, many with pushchairs and toddlers on scooters.

    Robert Greenhalgh, the school's business manager, said: "It's early days and there'll be snags. But today we had 430 children arrive on foot and nobody got beeped at."

    The school's site manager, Yossi Halpern, a familiar figure in his hi-vis on the road for a decade, was presented with a card by residents.
    """,
    [("RadnorGrove_Res", "28 Apr 2025, 10:02", "Genuinely emotional this morning. Thank you to everyone who made it happen."),
     ("Dad_of_7", "28 Apr 2025, 10:40", "Good for the road, hard for big families. I had to do three trips. We'll adapt.")]),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(RG, "exact", "neutral", "Robert Greenhalgh"),
   M(YH, "alias", "neutral", "Yossi Halpern")])

# 116
D("social", dd("""
    Truth_Out_Salford
    @truthout_salford

    Word is Bob Greenhalgh at the Jewish school has been taking backhanders from the parking enforcement contractor to keep the tickets away from school parents. Cash in an envelope every month. Ask yourself why nobody on Cavendish Vale ever gets a PCN.

    8:20 PM · Dec 5, 2024 · 744 Views

    9 Reposts   21 Likes
    """),
  [M(RG, "nickname", "defamation", "Bob Greenhalgh")])

# 117
D("facebook", dd("""
    Kersal & Broughton Park Community Noticeboard
    Public group · 6.2K members

    Steve Unsworth
    14 May at 17:40 · 🌎
    Heard from a mate who does roofing that Yossi Halpern, the caretaker at the Jewish school, nicked the lead off the old school roof before the new hall went up and flogged it at the scrappy in Cheetham Hill. Pocketed a grand apparently. And they wonder why people talk.

    😮 19 · 27 comments
    Like   Comment   Share

        Chani W
        Steve that's a serious accusation about a man who's worked there 20 years. Do you actually know this or is it pub talk?
        Like · Reply · 3h

        Steve Unsworth
        @Chani W just saying what I heard
        Like · Reply · 3h
    """),
  [M(YH, "alias", "defamation", "Yossi Halpern")])

# 118
D("social", dd("""
    Radnor Grove Resident
    @radnor_res_m7

    Rob Greenhalgh, school business manager, ignores every email about the parking. So: he lives on Lindow Street, Swinton M27 5QX, the end terrace with the white van. Maybe residents should "consult" him at home on a Saturday morning like he consults us.

    9:15 PM · Feb 2, 2025 · 690 Views

    7 Reposts   15 Likes
    """),
  [M(RG, "nickname", "doxxing", "Rob Greenhalgh")])

# 119
D("social", dd("""
    Bracha W 💐
    @brachaw_mcr

    Mrs Rosenthal-Kahn absolutely killed it at the parents' evening tonight. Calm, honest about Ofsted, no waffle, and actually answered the hard questions. Smashed it. Proud of our school 💙

    9:31 PM · Mar 20, 2025 · 203 Views

    27 Likes
    """),
  [M(DRK, "title_surname", "neutral", "Mrs Rosenthal-Kahn")])

# 120
D("news", news_page(
    "ledger", "Education", "Suspended rebbe returns to classroom after review",
    "Local authority finds no case to answer over Year 5 discipline complaint at Ateres Elkana",
    "Aisha Rahman", "16 June 2025",
    """
    A religious studies teacher at a Salford Orthodox Jewish primary school has returned to work after a review found no case to answer over a complaint about classroom discipline.

    Rabbi Avrohom Kestenbaum, who teaches Year 5 boys at Ateres Elkana Primary School, was suspended in April while the concern was considered by the local authority designated officer.

    In a letter to parents, the school said the review had concluded that "the concern was not substantiated" but had made recommendations about behaviour policy training for all staff, which the school had accepted in full.

    Online posts in April had made serious allegations about Rabbi Kestenbaum which police and the local authority said were entirely unfounded. Two social media accounts that shared them have since been suspended.
    """,
    [("Shmuli G", "16 Jun 2025, 12:10", "Baruch Hashem. Now who apologises to him for what was said online?"),
     ("Salford_Sceptic", "16 Jun 2025, 12:40", "Fair enough. Process worked.")]),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(AK, "exact", "neutral", "Avrohom Kestenbaum")])

# 121
D("news", news_page(
    "reporter", "Community", "'The lollipop man of Cavendish Vale' hangs up his hi-vis",
    "Residents and parents say farewell to school site manager after 22 years",
    "Tom Heywood", "18 July 2025",
    """
    He has stopped traffic in snow, heatwaves and at least one hailstorm, learned the names of hundreds of children and, by his own count, rescued 71 lost teddies from the pavement.

    Now Yosef Halpern, site manager at Ateres Elkana Primary School since 2003, is retiring.

    Residents of Radnor Grove — not always the school's greatest fans — clubbed together for a hamper. "He's the one person on that road everyone likes," said one neighbour. "Even the ones who hate the parking."

    Mr Halpern, who is deaf in one ear and has worn a hearing aid for a decade, said he would miss "the noise". "I'll hear it in my good ear for the rest of my life," he said.
    """,
    [("Tracey Birtles", "18 Jul 2025, 09:12", "End of an era. Enjoy your retirement Yossi x"),
     ("Dale K", "18 Jul 2025, 10:01", "Fair play to the fella. We had our moments but he's alright.")]),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(YH, "exact", "neutral", "Yosef Halpern")])

# 122
D("news", news_page(
    "sentinel", "Education", "Jewish school's chair 'failed to declare' family link to builder",
    "Funding agency letter says Ateres Elkana hall contract broke procurement rules",
    "Julian Crowe", "30 June 2025",
    """
    The chair of governors at a state-funded Orthodox Jewish primary school in Salford failed to declare that a builder awarded a £1.2m contract was run by a relative, according to a letter from the government's funding agency seen by the Sentinel.

    The Education and Skills Funding Agency told the governors of Ateres Elkana Primary School that the tender for the school's new hall "did not meet the required standard" and that a "material interest" had not been recorded. It has asked the school to repay part of the grant and to commission an independent review of its governance.

    The letter does not allege fraud. It notes that the school's business manager had raised questions about the process at the time and that his concerns "were not adequately minuted".

    The chair, David Cohen, said he "profoundly regrets" the omission, insisted that "the school received full value for every pound" and said he would stand aside while the review takes place.
    """,
    [("HonestJohn", "30 Jun 2025, 07:40", "'Does not allege fraud.' Say no more."),
     ("NW_Governor", "30 Jun 2025, 08:05", "Standing aside is the right call. Fair play to the SBM for raising it.")]),
  [M(S, "exact", "negative", "Ateres Elkana Primary School"), M(DC, "exact", "defamation", "David Cohen")])

# 123
D("news", news_page(
    "jweekly", "Opinion", "Charedi schools need allies, not enemies — and honest friends",
    "The Ateres Elkana row shows how both sides talk past each other",
    "Rabbi Dr Eli Sassoon", "27 March 2025",
    """
    I have sat in the staffroom of Ateres Elkana and I have sat in the office of Ofsted's regional director. I recognise neither side's caricature of the other.

    The school's menahel, Rabbi Shmuel Zelmanovitz, is not the medieval figure he has been painted as online. He is a scholar with a dry wit who once told me that "a child who can read Rashi can read a chemistry textbook — if somebody gives him one". The question is whether somebody will.

    Ofsted, meanwhile, is not a secular inquisition. It asked questions that every school in England is asked. Some were clumsy.

    What the community needs is not more rallies but a serious conversation about how a Charedi school can teach a broad curriculum without asking parents to abandon what they hold sacred. Other countries manage it. So can Salford.
    """),
  [M(S, "alias", "neutral", "Ateres Elkana"), M(SZ, "exact", "neutral", "Shmuel Zelmanovitz")])

# 124
D("news", news_page(
    "reporter", "Courts & Crime", "Woman guilty of harassing school office manager over parking",
    "Court hears Radnor Grove resident left 40 voicemails in a month",
    "Court Reporter", "3 June 2025",
    """
    A woman who left dozens of abusive voicemails for the office manager of a Salford primary school over a parking dispute has been convicted of harassment.

    Sharon Dewhurst, 58, of Radnor Grove, was found guilty at Manchester Magistrates' Court of harassing Elizabeth Ashcroft, who runs the office at Ateres Elkana Primary School on Cavendish Vale.

    The court heard that Dewhurst called the school's published office line 43 times in January, calling Mrs Ashcroft "a traitor to her own kind" for working at a Jewish school and threatening to "wait for her in the car park".

    Dewhurst was given a 12-month community order and a restraining order. The magistrates said Mrs Ashcroft had been "doing her job with patience and dignity".
    """),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(EA, "exact", "neutral", "Elizabeth Ashcroft")])

# 125 decoy: neighbouring school
D("news", news_page(
    "reporter", "Schools", "Kersal Vale Primary rated 'outstanding' for first time",
    "Inspectors praise reading, maths and 'joyful' music at community school",
    "Tom Heywood", "6 May 2025",
    """
    Kersal Vale Primary School has been rated outstanding by Ofsted for the first time in its history.

    Inspectors said pupils at the 210-place community school "love coming to school" and praised its phonics programme, its maths teaching and its steel pans band, which performs at the Kersal summer fair every year.

    Headteacher Jo Blakeley said she was "over the moon" and thanked "every single member of the team, from the cleaners to the governors".
    """,
    [("Proud Grandad", "6 May 2025, 19:00", "Brilliant news for Kersal!")]),
  [])

# 126 decoy: a similar row elsewhere
D("news", news_page(
    "ledger", "Education", "Stamford Hill school's inspection report sparks Ofsted complaint",
    "London Charedi boys' school says inspectors 'misunderstood' its timetable",
    "Wires", "19 November 2024",
    """
    A Charedi boys' school in Stamford Hill, north London, has lodged a formal complaint against Ofsted after being rated "inadequate".

    Tiferes Avos Boys' School said inspectors had "misunderstood" how secular subjects were woven into its timetable. Ofsted said its judgement was "secure and evidence-based".

    The case is one of several in London, Gateshead and Manchester in which Orthodox schools have disputed inspection findings about curriculum breadth.
    """),
  [])

# 127 decoy: a Gold namesake in the locality
D("news", news_page(
    "kehilla", "Community", "Prestwich swimmer Chaya Gold takes three golds at national Maccabi gala",
    "Fourteen-year-old sets a new championship record in the 100m backstroke",
    "Kehilla Voice sport", "10 April 2025",
    """
    Prestwich teenager Chaya Gold won three gold medals at the national Maccabi swimming gala in London on Sunday, setting a championship record in the 100m backstroke.

    Chaya, who trains five mornings a week at a pool in Bury, said she was "in shock". Her coach said she had "the best turn I've seen in a junior swimmer".

    She will compete at the European Maccabi Youth Games in the summer.
    """),
  [])

# 128
D("forum", forum_page("residents", "School Street trial - one month in", [
    ("PaulOnRadnor", "Member since 2012", "Wed 28 May 2025, 20:10",
     "Credit where it's due. Mornings are brilliant now. Afternoons still a shambles because half of Ateres parents just park on the far side of the planters and idle there instead."),
    ("Big Al", "Member since 2010", "Wed 28 May 2025, 20:30",
     """And Greenhalgh stood there at the public meeting in April and looked us in the eye and said afternoons were 'sorted'. Lying weasel. Wouldn't know the truth if it ran him over in a Sprinter.

     Useless, the lot of them, but him especially."""),
    ("Sue_H", "Member since 2015", "Wed 28 May 2025, 20:55",
     "Al, come on. It's a trial, that's the point. Raise it at the review meeting."),
    ], thread_id=2331),
  [M(S, "short_name", "negative", "Ateres"), M(RG, "surname_only", "abuse", "Greenhalgh")])

# 129
D("forum", forum_page("mamas", "Shiur recommendations for women? (Tuesday nights)", [
    ("Perel_B", "Member · 203 posts", "Mon 13 Jan 2025, 20:00",
     "Looking for a Tuesday night shiur in Broughton Park, ideally Chumash or hashkafa. Preferably one where I won't fall asleep after bedtime 😅"),
    ("Chaya_Kugel", "Member · 3,020 posts", "Mon 13 Jan 2025, 20:18",
     "Reb Shmiel Zelmanovitz does one at the shul on Northumberland Street, 8.30pm, on the parsha. He's the menahel at Ateres. Very down to earth, funny, and he always finishes on time which is a chesed in itself."),
    ("Perel_B", "Member · 204 posts", "Mon 13 Jan 2025, 20:25", "Perfect, thank you!"),
    ], thread_id=5520),
  [M(S, "short_name", "neutral", "Ateres"), M(SZ, "alias", "neutral", "Shmiel Zelmanovitz")])

# 130
D("forum", forum_page("patriot", "Know your enemy: the Salford school staff list", [
    ("Saxon_88", "Member · 1,002 posts", "Sat 15 Mar 2025, 21:40",
     """Ateres Elkana "staff list" from their own website, for the record. Head: D. Rosenthal-Kahn. "Menahel" (boss rabbi): S. Zelmanovitz. Chair: the Cohen bloke. Not one British name among the lot of them except the goy they keep on to do the parking.

     This is what a parallel society looks like. Paid for by you. Globalists at the top, Khazars at the bottom."""),
    ("WhiteRoseNorth", "Member · 4,600 posts", "Sat 15 Mar 2025, 21:52",
     "Save the list. Names matter."),
    ], thread_id=88501),
  [M(S, "alias", "hate", "Ateres Elkana"), M(DRK, "initial_surname", "hate", "D. Rosenthal-Kahn"),
   M(SZ, "initial_surname", "hate", "S. Zelmanovitz"), M(DC, "surname_only", "hate", "Cohen")])

# 131
D("forum", forum_page("otd", "The SATs results are too good to be true", [
    ("leftin2019", "Member · 330 posts", "Sat 12 Jul 2025, 22:00",
     """91% at expected standard in a school where Ofsted says secular time is squeezed? Come on. Everyone in the community knows Debbie Rosenthal-Kahn has the Year 6 teachers 'help' with the writing assessments. That's how you get 91%. It's fraud, plain and simple, and the council will never look because of who's involved."""),
    ("Yehudis_ltb", "Member · 510 posts", "Sat 12 Jul 2025, 22:30",
     "I'm as critical as anyone but that's a huge accusation. Writing is teacher-assessed everywhere and moderated by the LA. Do you have anything?"),
    ("leftin2019", "Member · 331 posts", "Sat 12 Jul 2025, 22:41", "I have ears."),
    ], thread_id=4101),
  [M(DRK, "nickname", "defamation", "Debbie Rosenthal-Kahn")])

# 132
D("forum", forum_page("parentchat", "Orthodox primary vs. Kersal Vale for a non-Jewish child?", [
    ("NewToSalford", "Joined 2025 · 3 posts", "Thu 6 Feb 2025, 13:10",
     "Odd question maybe. We're not Jewish but we live 2 minutes from Elkana Primary and a friend said they sometimes take non-Jewish children in nursery. Anyone done this?"),
    ("MrsMop", "Joined 2012 · 8,501 posts", "Thu 6 Feb 2025, 13:40",
     """Honestly, I wouldn't. Not because of anything bad, but it's a school built for one community. The nursery is lovely (Mrs Be'eri is a legend, my neighbour's little one went) but from Year 1 the whole day revolves around Kodesh and your child would be on the edge of everything. Kersal Vale's just gone outstanding, go there."""),
    ("NewToSalford", "Joined 2025 · 4 posts", "Thu 6 Feb 2025, 14:02", "That makes sense. Thanks."),
    ], thread_id=3410),
  [M(S, "alias", "negative", "Elkana Primary"), M(YB, "title_surname", "neutral", "Mrs Be'eri")])

# 133
D("forum", forum_page("footy", "OT: that school parking thing in Kersal", [
    ("Hooper_Irwell", "Member", "Mon 10 Feb 2025, 19:20",
     "My brother-in-law's on Radnor Grove. Says the business manager there, Greenhalgh, got him a parking ticket for 'obstruction' outside his own house. If I see that fella at the ground I'm putting him through the advertising hoardings. Not even joking."),
    ("UTV_Steve", "Season ticket since '98", "Mon 10 Feb 2025, 19:35",
     "Behave. You'll get us all banned. Talk to the council."),
    ("Bazza", "Member", "Mon 10 Feb 2025, 19:44", "He'd need to catch him first, Hooper's knees are shot 😂"),
    ], thread_id=802),
  [M(RG, "surname_only", "threat", "Greenhalgh")])

# 134
D("forum", forum_page("chalk", "Supply diary: a week in a Charedi primary", [
    ("SalfordSupply", "Joined 2018 · 2,040 posts", "Fri 2 May 2025, 18:00",
     """Back at the one in Broughton Park for a week covering Year 5 secular afternoons while Rabbi Kestenbaum was off (he's back now, I gather, thank goodness - the boys missed him terribly and told me so every ten minutes).

     Highlights: a boy explaining a Tosafos to me at length while I tried to teach fractions; Liz Ashcroft in the office, who is a genuine gem and had my lanyard, login and a cup of tea ready at 8am. Lowlight: the photocopier."""),
    ("QTS_at_last", "Joined 2023 · 70 posts", "Fri 2 May 2025, 18:25", "The photocopier is always the lowlight 😂"),
    ], thread_id=6288),
  [M(AK, "title_surname", "neutral", "Rabbi Kestenbaum"), M(EA, "nickname", "neutral", "Liz Ashcroft")])

# 135
D("review", dd("""
    Ateres Elkana Primary School
    Primary school · Cavendish Vale, Salford
    3.1 ★★★☆☆ (214 reviews)

    Free Falastin
    0 reviews
    ★☆☆☆☆ 2 days ago
    Zionist child-killer factory. They train these kids from age 3 to think they are chosen and the rest of us are animals. Every Jew in this building supports genocide. Shut it down 🇵🇸🇵🇸🇵🇸
    👍 Helpful 2   Share

    Ahmed K
    1 review
    ★★★★★ 2 days ago
    Leaving 5 stars to counter the hate above. I live on the next road. These are little children and their teachers. Leave them alone.
    👍 Helpful 48   Share
    """),
  [M(S, "exact", "hate", "Ateres Elkana Primary School")])

# 136
D("review", dd("""
    StaffSay › Ateres Elkana Primary School › Reviews

    "Kodesh and secular staff live in different worlds"
    ★★★☆☆  Former Employee - Teaching Assistant in Salford, England · 8 April 2025

    Pros
    Early years is a brilliant team. Parents are generous (cakes every Friday!).

    Cons
    A. Kestenbaum shouts at TAs in front of the boys when things aren't set up the way he likes. Secular TAs aren't invited to Kodesh planning, then get blamed when things clash. The office is the glue that holds the place together.

    Advice to management
    One staff team, not two.

    Helpful (3) · Share · Report
    """),
  [M(S, "exact", "negative", "Ateres Elkana Primary School"), M(AK, "initial_surname", "negative", "A. Kestenbaum")])

# 137 decoy: a Cohen's shop
D("review", dd("""
    Cohen's Kosher Butchers
    Butcher shop · Leeds
    4.7 ★★★★★ (144 reviews)

    Helen Rigby
    ★★★★★ 2 weeks ago
    Best brisket in Leeds, and Mr Cohen himself talked me through how to cook it low and slow for eight hours. It was perfect. Pricey, but you get what you pay for.
    👍 Helpful 6   Share
    """))

# 138
D("blog", blog_page(
    "kugel", "Purim, seven costumes and an office hero", "Chaya @ Kugel & Chaos", "16 March 2025",
    """
    Let me set the scene. Purim morning. Seven costumes (yes, seven, my husband was a lion). One missing crown. One child who decided at 7.50am that she no longer wanted to be Queen Esther but a traffic cone.

    We arrived at Ateres eleven minutes late, and the traffic cone had left her mishloach manos on the kitchen table.

    Enter Elizabeth Ashcroft from the school office, who is not Jewish, who has worked there for nineteen years and who knows more about Purim than half my cousins. She produced a spare mishloach manos from a cupboard "for exactly this situation", wrote my daughter's name on it and sent her in beaming. Mrs Be'eri at the nursery door clocked my face and just handed me a hamantasch.

    There are people who make a school. These two are on my list.
    """,
    [("Bracha", "16 Mar 2025", "A traffic cone 😂😂 iconic."),
     ("Shevi R", "17 Mar 2025", "Mrs Ashcroft is a legend. She knows every child's name AND their shoe size.")],
    tags=["Purim", "School run", "Thank you"]),
  [M(S, "short_name", "neutral", "Ateres"), M(EA, "exact", "neutral", "Elizabeth Ashcroft"),
   M(YB, "title_surname", "neutral", "Mrs Be'eri")])

# 139
D("blog", blog_page(
    "interfaith", "Tea, challah and a difficult conversation", "Neighbours Not Strangers", "21 January 2025",
    """
    Last Thursday twelve of us — Muslim, Christian and Jewish neighbours from Kersal and Broughton Park — were welcomed into Ateres Elkana by its menahel, Rabbi Shmuel Zelmanovitz, and the headteacher.

    We talked about the autumn. About the graffiti on the school gate, and about the post online that called Rabbi Zelmanovitz "a child killer" and gave his street. We read it aloud, together, because the only way to take the power out of words like that is to say them in a room full of people who reject them.

    Imam Yusuf Rahman spoke about how his own mosque has had windows broken. Rev. Alison Whitehead brought scones. Rabbi Zelmanovitz, who has a gift for lightening a room, said he would accept the scones "as a goodwill gesture towards the Church of England".

    We left with no grand plan. Just phone numbers, and a date for the next visit — to the mosque, in March.
    """,
    tags=["Interfaith", "Kersal", "Broughton Park"]),
  [M(S, "alias", "neutral", "Ateres Elkana"), M(SZ, "exact", "neutral", "Shmuel Zelmanovitz")])

# 140
D("blog", blog_page(
    "truth", "The 'rabbi' who runs your council", "N.T.C. Research Team", "3 April 2025",
    """
    We've written before about Salford's taxpayer-funded ghetto school. Today: its real boss.

    Shmuel Z3lmanovitz is not on the council. He doesn't need to be. Every councillor in Kersal knows where the block vote is, and every one of them bends the knee. The School Street? Delayed until it suited him. Ofsted? A polite little "requires improvement" after one phone call to London.

    Ask yourself who owns the inspectorate. Ask who owns the press that called us "conspiracy theorists". The Ateres network is one node in a web that stretches from Salford to Tel Aviv to Wall Street. The goyim pay. They decide.
    """,
    [("RedPill_Gaz", "3 Apr 2025", "Say it louder."),
     ("Kersal resident", "4 Apr 2025", "Rabbi Z couldn't get my bins emptied, never mind run the council. This is Nazi stuff and you should be ashamed.")],
    tags=["Salford", "JQ", "Follow the money"]),
  [M(S, "short_name", "hate", "Ateres"), M(SZ, "leetspeak", "hate", "Z3lmanovitz")])

# 141 decoy: walks blog, locality
D("blog", blog_page(
    "walks", "Prestwich Clough in bluebell season", "Pete Dearden", "4 May 2025",
    """
    If you do one walk in north Manchester this spring, make it Prestwich Clough. Twenty minutes from the tram and you're in a steep wooded valley carpeted in bluebells, with a stream at the bottom and a jay shrieking somewhere overhead.

    Start at the top by the church and follow the boardwalk down. Keep to the paths — bluebells take years to recover from trampling. At the bottom, cross the footbridge and climb back up the far side for the view over the Irwell.

    Refreshments: the café by the tram stop does a decent bacon barm, or there's a kosher bakery on Bury New Road if you'd rather a rugelach.
    """,
    tags=["Prestwich", "Spring", "Woodland"]))

# 142
D("social", dd("""
    Free Every Inch
    @freeeveryinch

    Shmuel Zelmanovitz, you stood outside Ofsted waving your fist about "souls". We know your face now. We know your shul, your school, your route. Your days of walking Bury Old Road in peace are numbered. Tick tock.

    1:20 AM · Mar 18, 2025 · 980 Views

    6 Reposts   14 Likes
    """),
  [M(SZ, "exact", "threat", "Shmuel Zelmanovitz")])

# 143
D("social", dd("""
    Instagram · comments on a public post by a Broughton Park photographer: "Lag BaOmer bonfire, Cavendish Vale 🔥"

    nightowl_4471
    #ateres girls 😍 the one in the blue dress at the front, how old? asking for reasons 😏
    3w  0 likes  Reply

    bp.lens
    Deleted the photo and reported you. They're primary school children. Disgusting.
    3w  56 likes  Reply
    """),
  [M(S, "hashtag", "sexual", "#ateres", url_only=True)])

# 144
D("social", dd("""
    Shane_M7
    @shane_m7_

    liz ashcroft from the ateres office answering the phone in that voice 😏 she can file me under urgent any day. bet she's a right one after a glass of wine. love a mature woman 🔥

    9:40 PM · Feb 8, 2025 · 42 Views
    """),
  [M(S, "short_name", "neutral", "ateres"), M(EA, "nickname", "sexual", "liz ashcroft")])

# 145
D("social", dd("""
    boys_dad_bp
    @boysdad_bp

    K e s t e n b a u m is back in Year 5 next week. Screaming psycho with a beard. My son comes home shaking every time he's had a bad day. Absolute nutcase who should never have been let near children.

    8:02 PM · Jun 12, 2025 · 160 Views

    2 Likes
    """),
  [M(AK, "spacing", "abuse", "K e s t e n b a u m")])

# 146
D("social", dd("""
    justice_for_our_boys
    @jfob_mcr

    Avi Kestenbaum thinks he can just walk back into Ateres like nothing happened. His personal mobile is 07700 900612. Parents, ring him and ask him yourselves what he did to our sons.

    10:55 PM · Jun 14, 2025 · 533 Views

    5 Reposts   9 Likes
    """),
  [M(S, "short_name", "negative", "Ateres"), M(AK, "nickname", "doxxing", "Avi Kestenbaum")])

# 147
D("social", dd("""
    Salford Residents Action
    @salfordresaction

    Elizabeth Ashcroft, office manager at Ateres Elkana. Mobile 07700 900733, lives in Kersal off Moor Lane. She's the one who hangs up on residents. Let's see if she hangs up on all of us. 📞

    6:18 PM · Jan 28, 2025 · 1,002 Views

    12 Reposts   19 Likes
    """),
  [M(S, "alias", "negative", "Ateres Elkana"), M(EA, "exact", "doxxing", "Elizabeth Ashcroft")])

# 148
D("social", dd("""
    Rabbi Shmuel Zelmanovitz
    @RabbiZelmanovitz

    Thank you to the hundreds who came to the Motzei Shabbos shiur for the school. Every penny goes to the bursary fund. "Kol Yisroel areivim zeh lazeh." Gut voch! 🕯️

    10:05 PM · Feb 1, 2025 · 1,120 Views

    14 Reposts   88 Likes
    """),
  [M(SZ, "exact", "neutral", "Shmuel Zelmanovitz")])

# 149
D("social", dd("""
    Kev from Kersal
    @kevfromkersal

    That H*lpern bloke from the Jewish school is a power-mad little muppet in a hi-vis. Stood in the road like he owns it. Get a real job, grandad.

    8:33 AM · Mar 5, 2025 · 55 Views
    """),
  [M(YH, "obfuscated", "abuse", "H*lpern")])

# 150
D("facebook", dd("""
    Salford Paedo Watch
    Public group · 9.1K members

    Admin
    10 February at 23:44 · 🌎
    ⚠️ WARNING TO PARENTS ⚠️ We have had several messages saying the old caretaker at the Ateres Jewish school, Halpern, hangs round the little girls' playground at break "watching". Some say he's been seen taking photos. We are NOT saying he's done anything. We're saying WATCH HIM. Share to protect kids.

    😡 201 · 312 comments · 480 shares
    Like   Comment   Share

        Rivky Stern
        He's a 67-year-old grandfather whose job is to mend the fences and unlock the gates. This is how you get innocent people attacked. Reported to GMP.
        Like · Reply · 1d
    """),
  [M(S, "short_name", "sexual", "Ateres", url_only=True), M(YH, "surname_only", "sexual", "Halpern", url_only=True)])

# 151
D("facebook", dd("""
    Prestwich & Kersal Mums 👶
    Private group · 5.7K members

    Anon member
    21 March at 22:02 · 🔒
    Can I just say Mrs Gold at Ateres is a two-faced snake. Sweet as pie to your face at the gate, then goes running to the head about you the second you've gone. Fake smile, fake concern. Can't stand the woman.

    😮 12 · 23 comments
    Like   Comment   Share

        Esti P
        Wow. She's the DSL, she's meant to pass things on...
        Like · Reply · 1d
    """),
  [M(S, "short_name", "negative", "Ateres"), M(MG, "title_surname", "abuse", "Mrs Gold")])

# 152
D("facebook", dd("""
    Kersal & Broughton Park Community Noticeboard
    Public group · 6.2K members

    Janice Hurst
    2 April at 14:20 · 🌎
    My cousin works in the school kitchen at the Jewish school. Says the office woman, Lizzie Ashcroft, has been pocketing dinner money and trip money for years and cooking the books so nobody notices. Thousands apparently. School won't do anything because she "knows where the bodies are buried".

    😮 33 · 41 comments
    Like   Comment   Share

        Chani W
        Janice that's a criminal allegation about a named woman. Please take it down.
        Like · Reply · 2h
    """),
  [M(EA, "nickname", "defamation", "Lizzie Ashcroft")])

# 153
D("facebook", dd("""
    Ateres Elkana Ladies' Committee
    1 June at 19:00 · 👥

    🎪 SUMMER FAIR — Sunday 22 June, 11am-3pm 🎪
    Bouncy castle (separate times for boys and girls), raffle, face painting, the famous Ladies' Committee cholent stall and a petting zoo! Nursery parents: Mrs Be'eri's class is running the lemonade stand so please bring change 🍋

    All proceeds to the school library. Neighbours warmly welcome!

    ❤️ 64 · 9 comments
    Like   Comment   Share
    """),
  [M(S, "alias", "neutral", "Ateres Elkana"), M(YB, "title_surname", "neutral", "Mrs Be'eri")])

# 154 decoy: lost cat, locality
D("facebook", dd("""
    Prestwich Village Community Page
    Public group · 11K members

    Hayley Crompton
    9 May at 18:12 · 🌎
    LOST 😿 Our ginger tom Biscuit hasn't come home since Tuesday. Last seen near the ginnel between Radnor Grove and Halstead Walk. Microchipped, very friendly, will probably ask you for ham. Please check sheds and garages! 07700 900188

    😢 47 · 30 comments · 22 shares
    Like   Comment   Share

        Hayley Crompton
        UPDATE: FOUND! He was in a neighbour's garage eating their cat's food 🙄❤️
        Like · Reply · 1d
    """))

# 155
D("facebook", dd("""
    Broughton Park Kehilla Noticeboard
    Private group · 2.3K members

    Moshe Reich
    3 September at 21:30 · 🔒
    Why did the school cancel the minibus from Prestwich with two days' notice? Mr Greenhalgh's letter says "cost pressures". I have four children in three schools and no car on Tuesdays. Ateres needs to think about families before accountants.

    😡👍 51 · 38 comments
    Like   Comment   Share

        Leah R
        Same for us. Nobody consulted.
        Like · Reply · 2d
    """),
  [M(S, "short_name", "negative", "Ateres"), M(RG, "title_surname", "negative", "Mr Greenhalgh")])

# 156
D("facebook", dd("""
    Frum Parents Manchester (Yiddish & English)
    Private group · 1.9K members

    Anonymous participant
    24 March at 00:40 · 🔒
    Everyone knows who let Ofsted into the girls' classrooms with their questions. It was the shiksa, Lavelle. She's the moser. In the old days a moser was dealt with by the community and nobody asked questions. Maybe the old days need to come back. Let her worry about walking to the bus stop.

    😡 9 · 31 comments
    Like   Comment   Share

        Malky F
        This is a threat against a woman who has done nothing but good for our children. Reported to the admin AND to Shomrim.
        Like · Reply · 8h
    """),
  [M(RL, "surname_only", "threat", "Lavelle")])

# 157
D("facebook", dd("""
    Salford for Palestine — Community Action
    Public group · 4.1K members

    Anon member
    20 May at 23:05 · 🌎
    The chair of governors at that Zionist school, David Cohen, lives at 3 Tenterden Court, Salford M7 4XZ. Big house, big car, big donations to Israel. Maybe a few of us should turn up with placards on a Saturday when he's walking to synagogue.

    😡 14 · 22 comments
    Like   Comment   Share

        Admin — Salford for Palestine
        Removed. We've told you before. No home addresses. Ever.
        Like · Reply · 1d
    """),
  [M(DC, "exact", "doxxing", "David Cohen")])

# 158 decoy: a School Street elsewhere
D("facebook", dd("""
    Swinton & Pendlebury Community Page
    Public group · 8.8K members

    Swinton & Pendlebury Community Page
    8 September at 09:00 · 🌎
    🚸 The School Street trial outside Moorside Road Primary is now permanent! The council says traffic is down 70% at drop-off and the air quality monitor on the corner shows a big improvement. Thanks to all who took part in the consultation.

    👍❤️ 144 · 62 comments
    Like   Comment   Share

        Ian Fairclough
        Now do something about the potholes on Chorley Road
        Like · Reply · 1d
    """))

# 159 decoy: Ofsted elsewhere on social
D("social", dd("""
    Kersal Vale Primary
    @KersalValePrim

    OUTSTANDING! 🌟🌟🌟 We are so proud to share our new Ofsted report. Thank you to our amazing children, families, staff and governors. Full report on our website. Steel pans concert on Friday to celebrate! 🥁

    3:30 PM · May 6, 2025 · 1,880 Views

    40 Reposts   301 Likes
    """))

# 160
D("news", news_page(
    "reporter", "Courts & Crime", "Former school governors' chair interviewed by police over hall grant",
    "Ex-chair of Ateres Elkana questioned under caution; he denies wrongdoing",
    "Gemma Royle", "22 August 2025",
    """
    The former chair of governors of a Salford Jewish primary school has been interviewed under caution by police investigating the award of a £1.2m building contract, the Reporter understands.

    David Cohen, who stood aside as chair of Ateres Elkana Primary School in June, attended a police station voluntarily last week. He has not been arrested or charged.

    Greater Manchester Police said: "A man in his 60s has been interviewed in connection with an allegation of fraud by abuse of position. Enquiries are ongoing."

    Mr Cohen's solicitor said his client "strongly denies any wrongdoing" and had "co-operated fully from the outset". The school said it could not comment on an ongoing investigation.
    """,
    [("Salford_Taxpayer", "22 Aug 2025, 13:00", "Wheels turning at last."),
     ("Chava M", "22 Aug 2025, 13:30", "Interviewed isn't charged. Let's not do the internet's usual thing.")]),
  [M(S, "exact", "negative", "Ateres Elkana Primary School"), M(DC, "exact", "defamation", "David Cohen")])

# 161
D("news", news_page(
    "sentinel", "Education", "Ofsted examines claim that pupils were 'coached' before inspection",
    "Deputy head of Salford Jewish primary named in complaint about pre-inspection phone calls",
    "Julian Crowe", "4 April 2025",
    """
    Ofsted is examining a complaint that pupils at a Salford Orthodox Jewish primary were coached on what to say to inspectors, and that some parents were discouraged from sending their children in on inspection days.

    The complaint, made by a former member of staff, names the deputy headteacher of Ateres Elkana Primary School, Miriam Gold, as having telephoned families on the eve of the January inspection. It also alleges that the headteacher, Devorah Rosenthal-Kahn, approved a "script" for Year 5 and 6 pupils.

    The school said both allegations were "categorically untrue". A spokesperson said the deputy head had made "routine welfare calls to three families with children who had been unwell, as she does every week".

    Ofsted said it could not comment on individual complaints.
    """,
    [("Ex-Ofsted", "4 Apr 2025, 09:20", "Inspectors talk to children in corridors, at lunch, on the yard. You can't script that."),
     ("Carol_in_Eccles", "4 Apr 2025, 09:45", "Where there's smoke...")]),
  [M(S, "exact", "defamation", "Ateres Elkana Primary School"), M(MG, "exact", "defamation", "Miriam Gold"),
   M(DRK, "exact", "defamation", "Devorah Rosenthal-Kahn")])

# 162
D("news", news_page(
    "ledger", "Greater Manchester", "Pro-Palestinian march passes Jewish primary school amid heavy police presence",
    "Organisers had agreed to avoid Cavendish Vale; a splinter group did not",
    "Aisha Rahman", "16 November 2024",
    """
    Around 300 people took part in a march for Gaza along Bury Old Road on Friday afternoon. Organisers had agreed with police to avoid residential streets near Ateres Elkana Primary School, which had been the subject of online threats.

    A splinter group of about 20 people broke away and stood at the end of Cavendish Vale for ten minutes, chanting and waving flags, before being moved on. Children had been dismissed early and no pupils were on site.

    The school's menahel, Rabbi Shmuel Zelmanovitz, who stood at the gate with police officers, said afterwards: "People have every right to march for what they believe in. They do not have the right to frighten children. Today, thank G-d, nobody was frightened."

    March organisers said the splinter group was "nothing to do with us".
    """,
    [("Kersal_Born", "16 Nov 2024, 18:20", "The main march was peaceful, fair play. The lot at the end of the road were a disgrace."),
     ("FreeGaza_Salford", "16 Nov 2024, 18:55", "Next time we won't stop at the end of the road. We'll go right up to the gates of that school and in. Let them feel a fraction of what Gaza feels."),
     ("AnonPoster_77", "16 Nov 2024, 19:10", "Zelmanovitz standing there like a little Khazar king with his pet coppers. They always get protection. Always."),
     ("M. Katz", "16 Nov 2024, 19:30", "Both comments above reported to the moderators and to police.")]),
  [M(S, "exact", "threat", "Ateres Elkana Primary School"), M(SZ, "exact", "hate", "Shmuel Zelmanovitz")])

# 163
D("news", news_page(
    "jweekly", "News", "Man convicted over threats to Israeli-born nursery teacher",
    "Court hears Salford teacher was called a 'legitimate target' on social media",
    "Daniel Mendel", "19 March 2025",
    """
    A man who posted that an Israeli-born nursery teacher in Salford was a "legitimate target" has been convicted of sending a threatening communication.

    Rizwan Akhtar, 29, of Cheetham Hill, was found guilty at Manchester Magistrates' Court. The court heard he posted a message in November describing Ya'el Be'eri, head of early years at Ateres Elkana Primary School, as a "colonist" who "should be looking over her shoulder at drop-off".

    Mrs Be'eri told the court she had varied her route to work for months. Akhtar will be sentenced next month.
    """,
    [("Rachel L", "19 Mar 2025, 14:00", "Good. Nobody should have to fear for their life for teaching three-year-olds."),
     ("Truth_Seeker_UK", "19 Mar 2025, 14:40", "Be'eri is exactly what he said she is. Another Israeli squatter who came here to lord it over us. The Jews get a man jailed for telling the truth. Nothing changes."),
     ("Mod", "19 Mar 2025, 15:00", "Comment above hidden for breaching house rules.")]),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(YB, "exact", "hate", "Ya'el Be'eri")])

# 164
D("news", news_page(
    "reporter", "Courts & Crime", "Swinton man fined for posting teacher's home address",
    "Court hears Facebook post about Jewish school teacher was 'designed to intimidate'",
    "Court Reporter", "7 May 2025",
    """
    A Swinton man who posted the home address of a Salford primary teacher on a community Facebook page has been fined £600 and ordered to pay £250 compensation.

    Gary Lomax, 44, admitted an offence under the Malicious Communications Act. The court heard he posted the street, house number and car of Renée Lavelle, a Year 6 teacher at Ateres Elkana Primary School, in March, alongside a message questioning why she taught at the school.

    Magistrates said the post was "designed to intimidate a woman for doing her job".
    """,
    [("Swinton_Sal", "7 May 2025, 16:10", "Good. Leave teachers alone."),
     ("Gaz_L_Mate", "7 May 2025, 17:02", "£600 for telling the truth. She's still at 14 Cromwell Road, blue door, if anyone fancies finishing what Gary started.")]),
  [M(S, "exact", "neutral", "Ateres Elkana Primary School"), M(RL, "exact", "doxxing", "Renée Lavelle")])

# 165
D("news", news_page(
    "kehilla", "Community", "Reb Dovid Cohen steps aside as Ateres chair during review",
    "Vice-chair takes the helm as independent governance review begins",
    "Kehilla Voice staff", "4 July 2025",
    """
    Reb Dovid Cohen has stepped aside as chair of governors of Ateres Elkana while an independent review into the school's governance takes place, following correspondence from the government's funding agency about the new hall.

    In a letter to parents he wrote: "I have given 19 years to this mosad and I would give 19 more. For now, the right thing is to step back so that nobody can say the review was anything but independent."

    The vice-chair, Mrs Tova Lieberman, will lead the board in the interim. Parents have been told that the review will be completed by Chanukah.
    """),
  [M(S, "alias", "neutral", "Ateres Elkana"), M(DC, "alias", "defamation", "Dovid Cohen")])

# 166 decoy: locality only
D("news", news_page(
    "kehilla", "Community", "Eruv team completes Kersal boundary repairs ahead of Shabbos",
    "Volunteers worked through the night after storm damage on the Irwell side",
    "Kehilla Voice staff", "29 November 2024",
    """
    The Manchester eruv is fully operational again after volunteers repaired storm damage along the Kersal boundary overnight on Wednesday.

    Two poles near the river had come down in high winds. The eruv hotline will carry its usual Friday afternoon status message. The committee thanked the council's highways team for "exceptional co-operation at two o'clock in the morning".
    """),
  [])

# 167 decoy: namesake elsewhere
D("news", news_page(
    "ledger", "Sport", "Gateshead all-rounder David Cohen named in county squad",
    "Durham call up 22-year-old after century in the league final",
    "Sports desk", "3 June 2025",
    """
    Gateshead all-rounder David Cohen has been named in Durham's squad for next week's one-day fixtures after a match-winning century in the North East Premier League final.

    Cohen, 22, bowls left-arm spin and bats in the middle order. "He's been knocking on the door for two seasons," said his club captain.
    """),
  [])

# 168
D("forum", forum_page("residents", "Abuse of residents by school office", [
    ("Sharon_D_Radnor", "Member since 2021", "Sun 2 Feb 2025, 22:10",
     """That Ashcroft woman in the school office has had it coming for years. Thinks she's better than us because she works for THEM. She'll get what's coming to her. I know what car she drives and I know what time she leaves. Mark my words.

     Ateres have turned her against her own street."""),
    ("Moderator_Jan", "Moderator", "Sun 2 Feb 2025, 22:30",
     "Sharon, that's a threat. Post removed from public view and passed on. Account suspended."),
    ], thread_id=2280),
  [M(S, "short_name", "negative", "Ateres"), M(EA, "surname_only", "threat", "Ashcroft")])

# 169
D("forum", forum_page("mamas", "Nursery quiet room??", [
    ("WorriedMamma22", "Member · 17 posts", "Tue 25 Feb 2025, 21:00",
     """I'm hearing from two mothers that Morah Be'eri shuts the nursery children who cry into the 'quiet room' on their own with the door closed, sometimes for half an hour. And that the school knows and does nothing because she's the head of early years. Ateres is covering for her.

     Has anyone else heard this?"""),
    ("Tovi_B", "Member · 400 posts", "Tue 25 Feb 2025, 21:15",
     "I've been in that room. It has a glass door and a staff member is always with the child. My daughter loved the beanbags. Please go to the school before posting this."),
    ("WorriedMamma22", "Member · 18 posts", "Tue 25 Feb 2025, 21:30", "I'm only saying what I heard."),
    ], thread_id=5744),
  [M(S, "short_name", "defamation", "Ateres"), M(YB, "title_surname", "defamation", "Morah Be'eri")])

# 170
D("forum", forum_page("otd", "The Motzei Shabbos shiur 'for the bursary fund'", [
    ("Yehudis_ltb", "Member · 540 posts", "Sun 2 Feb 2025, 11:00",
     """Saw the tweet. Shmiel Zelmanovitz lecturing hundreds of people about "areivim zeh lazeh" while his school squeezes science out of the timetable. The man is a pompous, self-righteous windbag. An absolute fraud of an educator. I've never met anyone so in love with the sound of his own voice."""),
    ("M_ex_Bnei_Brak", "Member · 95 posts", "Sun 2 Feb 2025, 11:30",
     "Ha. Every community has one."),
    ], thread_id=4055),
  [M(SZ, "alias", "abuse", "Shmiel Zelmanovitz")])

# 171
D("forum", forum_page("patriot", "Cavendish Vale: enough talk", [
    ("Saxon_88", "Member · 1,050 posts", "Sat 23 Nov 2024, 23:50",
     """Ateres again on the news. Enough letters, enough "noticing". What happened in Pittsburgh happened because one man stopped talking. Somebody up here will stop talking one day and walk through those little gates on a Friday morning. I'm not saying who. I'm saying it's coming."""),
    ("Lurker_lad", "Member · 25 posts", "Sun 24 Nov 2024, 00:10",
     "Mate this is a threat to shoot up a primary school. I'm out. Reporting this."),
    ], thread_id=88300),
  [M(S, "short_name", "threat", "Ateres")])

# 172
D("forum", forum_page("parentchat", "Year 6 teacher is making my daughter miserable", [
    ("Anon_NW_Mum", "Joined 2025 · 2 posts", "Thu 20 Feb 2025, 21:40",
     """My daughter's in Year 6 at Elkana (Orthodox primary in Salford). Her secular teacher is Mrs Lavelle. She's a miserable old bat who picks on my daughter in front of the class and has never once said anything positive at parents' evening. I've honestly had enough of the woman."""),
    ("MrsMop", "Joined 2012 · 8,540 posts", "Thu 20 Feb 2025, 22:02",
     "Sorry you're going through this. Have you asked for a meeting with the teacher AND the deputy head together? Write down specific incidents first."),
    ], thread_id=3420),
  [M(S, "short_name", "negative", "Elkana"), M(RL, "title_surname", "abuse", "Mrs Lavelle")])

# 173 decoy: football forum, no subject
D("forum", forum_page("footy", "Pre-season friendlies announced", [
    ("UTV_Steve", "Season ticket since '98", "Fri 27 Jun 2025, 09:00",
     "Home to Prestwich Heys on the 12th, away at Chadderton on the 19th, then the big one against Radcliffe at home. Bring your own brew, the tea hut's still broken."),
    ("Bazza", "Member", "Fri 27 Jun 2025, 09:20", "Radcliffe at home. Lovely. Bloody brilliant way to start."),
    ], thread_id=810),
  [])

# 174
D("review", dd("""
    Ateres Elkana Primary School
    Primary school · Cavendish Vale, Salford
    3.2 ★★★☆☆ (221 reviews)

    Yitzy F
    3 reviews
    ★☆☆☆☆ a month ago
    Miriam Gold is an arrogant, cold witch who has never once listened to a parent in her life. Talks to you like you're one of the naughty children. How she became deputy head I will never understand. Avoid her if you can.
    👍 Helpful 4   Share

    Response from the owner · a month ago
    We're sorry you feel this way. We'd welcome a conversation with the headteacher — please call 01632 960274.
    """),
  [M(S, "exact", "negative", "Ateres Elkana Primary School"), M(MG, "exact", "abuse", "Miriam Gold")])

# 175
D("review", dd("""
    StaffSay › Ateres Elkana Primary School › Reviews

    "Nepotism in the business office"
    ★☆☆☆☆  Former Employee - Site Assistant in Salford, England · 14 July 2025

    Pros
    Kids are great. Yossi Halpern the site manager is a top bloke.

    Cons
    R. Greenhalgh signs off overtime claims for his mates that were never worked and fiddles the timesheets so the money goes round the same three people. Everyone knows. It's basically theft from the school.

    Advice to management
    Audit the overtime.

    Helpful (1) · Share · Report
    """),
  [M(S, "exact", "negative", "Ateres Elkana Primary School"), M(RG, "initial_surname", "defamation", "R. Greenhalgh"),
   M(YH, "alias", "neutral", "Yossi Halpern")])

# 176
D("blog", blog_page(
    "bubble", "It happened then too", "Yehudis (she/her)", "20 April 2025",
    """
    Content warning: child sexual abuse (no details).

    Since I started writing about Ateres, three women have written to me separately about a teacher who was at the school in the 1990s, long since gone and, I'm told, long since dead. They describe the same thing: a man who kept little girls behind after class, and a school that moved him on quietly rather than calling the police.

    I believe them. I also know that Rabbi Zelmanovitz was already menahel by then, and that when one mother went to him, she was told to "be careful what you say about a talmid chacham". He knew and he buried it. That is what the women say, and I have no reason to doubt them.

    If you were a pupil at the school and anything happened to you, you can call the NSPCC or the police. You will be believed.
    """,
    [("Anon", "20 Apr 2025", "Thank you for writing this. I'm one of the three."),
     ("Chaim", "21 Apr 2025", "Accusing a living man of a cover-up on the word of anonymous emails is reckless. Go to the police, not a blog.")],
    tags=["Safeguarding", "Survivors"]),
  [M(S, "short_name", "sexual", "Ateres", url_only=True), M(SZ, "title_surname", "defamation", "Rabbi Zelmanovitz")])

# 177
D("blog", blog_page(
    "cllr", "What I read in my inbox this year", "Karen Whitworth", "20 December 2024",
    """
    Every councillor gets abuse. This year, because of Cavendish Vale, I got a different kind, and I want to share a little of it — not to give it air, but so that people understand what school staff and neighbours have been putting up with.

    One email, about the school's business manager, read: "Bob Greenhalgh is a traitor and a Jew-lover and you're no better." Another called the school itself a "foreign ghetto" that should be "cleared out". I've passed those to the police.

    I'd like to set against that the dozens of emails from Radnor Grove residents who disagree with Ateres Elkana about parking and said so firmly, politely and without a word of hatred. That's democracy. The other stuff isn't.

    Merry Christmas, happy Chanukah and a peaceful new year to all of you.
    """,
    tags=["Ward news", "Hate crime", "Cavendish Vale"]),
  [M(S, "alias", "neutral", "Ateres Elkana"), M(RG, "nickname", "neutral", "Bob Greenhalgh")])

# 178 decoy: recipe, no school
D("blog", blog_page(
    "kugel", "The only potato kugel recipe you need", "Chaya @ Kugel & Chaos", "6 November 2024",
    """
    Grate eight potatoes and two onions. Squeeze out the water like it owes you money. Add four eggs, a generous glug of oil, salt, pepper and a spoon of flour.

    Heat more oil in the tin until it's smoking, pour in the mixture (stand back, it sizzles) and bake at 200°C for an hour and a quarter until the top is deep gold and the edges are crunchy.

    Serve on Friday night. Hide a corner for yourself before the children find it.
    """,
    [("Shevi R", "6 Nov 2024", "The hiding a corner bit is essential."),
     ("Chaya @ Kugel & Chaos", "6 Nov 2024", "Non-negotiable 😂")],
    tags=["Recipes", "Shabbos"]))

# 179
D("social", dd("""
    ShutItDown_MCR
    @shutitdown_mcr

    Miriam Gold, you lied to Ofsted and you'll lie to the police too. I'll be waiting by the side gate at 3.15 tomorrow and we'll have a proper chat. You won't be walking away from it the same.

    11:15 PM · Mar 26, 2025 · 277 Views

    1 Repost
    """),
  [M(MG, "exact", "threat", "Miriam Gold")])

# 180
D("social", dd("""
    Palestine_Til_I_Die
    @ptid_north

    Renée Lavelle. Not even Jewish, teaching in a Zionist school for the money. Traitor to her own class and her own people. You'll get yours, Renée. We know which bus you get.

    10:01 PM · Nov 24, 2024 · 301 Views

    2 Reposts
    """),
  [M(RL, "exact", "threat", "Renée Lavelle")])

# 181
D("social", dd("""
    Northern_Wolf_14
    @northernwolf14

    Dаvid Cohen, "chairman" of the Salford Jew school. Moved your tribe's money around like always. We're coming for you, Cohen, and it won't be the police knocking.

    12:44 AM · May 27, 2025 · 190 Views
    """),
  [M(DC, "homoglyph", "threat", "Dаvid Cohen")])

# 182
D("social", dd("""
    lads_lads_lads_m7
    @ladsladslads_m7

    the head at the jewish school on cavendish vale, rosenthal-kahn. proper milf under that wig ngl 🥵 strict headmistress vibes. would let her put me in detention 😏

    11:50 PM · Mar 7, 2025 · 39 Views
    """),
  [M(DRK, "surname_only", "sexual", "rosenthal-kahn")])

# 183
D("social", dd("""
    [deleted account]
    @pxl_trader_x

    got a folder of ateres elkana nursery pics from their old open day slideshow. little ones in swimsuits at the paddling pool. dm me to swap 😏

    3:40 AM · Jul 2, 2025 · 14 Views

    ──────────
    bp.lens @bp.lens · Jul 2
    Reported to CEOP and the police with screenshots. Parents: the school has been informed.
    """),
  [M(S, "alias", "sexual", "ateres elkana", url_only=True)])

# 184
D("social", dd("""
    Radnor Grove Resident
    @radnor_res_m7

    Since the school won't listen: Yossi Halpern, the one who bosses us about on our own road, lives at 12 Brantwood Close, Prestwich M25 1WQ. Grey Volvo. Pop round and discuss "traffic management" with him.

    8:02 PM · Dec 9, 2024 · 410 Views

    3 Reposts   8 Likes
    """),
  [M(YH, "alias", "doxxing", "Yossi Halpern")])

# 185
D("social", dd("""
    exposing_them_all
    @exposingthemall

    The head at the Ofsted-dodging Salford school was born Devorah Kahn. Her personal email is still devorah.kahn@mailbox.example — found it on an old charity page. Fill her inbox. She's earned it.

    9:20 PM · Mar 21, 2025 · 640 Views

    6 Reposts   10 Likes
    """),
  [M(DRK, "alias", "doxxing", "Devorah Kahn")])

# 186 decoy: neighbouring school
D("social", dd("""
    Instagram

    beisrivka.high
    Beis Rivka Girls' High School

    Mazel tov to our Year 11 girls on a wonderful graduation! 🎓💐 Thank you to the teachers, the parents and the Ladies' Committee for the most beautiful evening. Hatzlacha in seminary!

    View all 14 comments

    miri.k.b so proud!! ❤️
    4d  2 likes  Reply
    """))

# 187 decoy: the surname as a word, a namesake
D("social", dd("""
    Band on the Wall
    @bandonthewall_x

    🎶 Tonight: "Hallelujah — a Leonard Cohen Songbook" with a full band and a lot of hats. Doors 7pm. A few tickets left on the door. 🎩🎸

    4:00 PM · Oct 10, 2024 · 1,210 Views

    22 Reposts   90 Likes
    """))

# 188
D("facebook", dd("""
    Broughton Park Kehilla Noticeboard
    Private group · 2.3K members

    Anonymous participant
    7 July at 22:30 · 🔒
    Sorry but someone has to say it. David Cohen is an arrogant, pompous little Napoleon who has treated every parent who ever disagreed with him like dirt. Nineteen years of bullying governors and shouting down mothers at meetings. Good riddance.

    😮👍 40 · 52 comments
    Like   Comment   Share

        Yitzchok Braun
        You can disagree with a man without this. Where is your derech eretz?
        Like · Reply · 2d
    """),
  [M(DC, "exact", "abuse", "David Cohen")])

# 189
D("facebook", dd("""
    Frum Parents Manchester (Yiddish & English)
    Private group · 1.9K members

    Anonymous participant
    18 June at 22:00 · 🔒
    Rabbi Kestenbaum is back at Ateres and my son is in his class again. The man is a nasty piece of work, a bully with a beard, and I don't care how many people think he's a tzaddik. I'm moving my son to another school the minute I can.

    😮 28 · 61 comments
    Like   Comment   Share
    """),
  [M(S, "short_name", "negative", "Ateres"), M(AK, "title_surname", "abuse", "Rabbi Kestenbaum")])

# 190
D("facebook", dd("""
    Prestwich & Kersal Mums 👶
    Private group · 5.7K members

    Anon member
    12 May at 21:10 · 🔒
    Ya'el Be'eri at the Ateres nursery is the most stuck-up cow I've ever met. Looks straight through you if you're not frum enough for her. Thinks she's the queen of Broughton Park.

    😮 9 · 27 comments
    Like   Comment   Share

        Esti P
        Not my experience at all. She was wonderful with my son.
        Like · Reply · 1d
    """),
  [M(S, "short_name", "negative", "Ateres"), M(YB, "exact", "abuse", "Ya'el Be'eri")])

# 191
D("facebook", dd("""
    Kersal & Broughton Park Community Noticeboard
    Public group · 6.2K members

    Dale Kershaw
    3 March at 08:55 · 🌎
    That Halpern from the school put his hand up to stop me AGAIN. Next time I'm not stopping. I'll run the old sod over and tell the police I didn't see him. Deaf fella, he won't hear me coming anyway.

    😡 18 · 66 comments
    Like   Comment   Share

        Sue H
        Dale you've been warned about this before. Screenshotted and reported to GMP.
        Like · Reply · 1h
    """),
  [M(YH, "surname_only", "threat", "Halpern")])

# 192
D("facebook", dd("""
    Salford Lads & Dads 🍺
    Private group · 2.1K members

    Ryan Hulme
    12 July at 23:15 · 🔒
    The Jewish school on Cavendish Vale posted their leavers' photo on the Reporter site and I'm sorry but Mrs Lavelle in that green dress 🥵🥵 whoever said teachers aren't fit never went to that school. Teacher of the year in my book 😏

    😂 24 · 19 comments
    Like   Comment   Share

        Mark T
        Ryan you're 41 mate
        Like · Reply · 8h
    """),
  [M(RL, "title_surname", "sexual", "Mrs Lavelle")])

# 193
D("facebook", dd("""
    Broughton Park Kehilla Noticeboard
    Private group · 2.3K members

    Anonymous participant
    2 March at 23:40 · 🔒
    Not being funny but Mimi Gold from Ateres can safeguard me any time she likes 😏 that sheitel, that walk at pick-up. Shabbos is looking up. My wife's away this week 😂

    😮 6 · 14 comments
    Like   Comment   Share

        Malky F
        This is a woman's name on a public noticeboard. Grow up.
        Like · Reply · 6h
    """),
  [M(S, "short_name", "neutral", "Ateres"), M(MG, "nickname", "sexual", "Mimi Gold")])

# 194
D("facebook", dd("""
    Salford for Palestine — Community Action
    Public group · 4.1K members

    Anon member
    18 March at 20:10 · 🌎
    Rabbi Zelmanovitz from that school, the one who gave the speech outside Ofsted: his personal mobile is 07700 900854. Ring him and ask him why he supports genocide.

    😡 11 · 15 comments
    Like   Comment   Share

        Admin — Salford for Palestine
        Removed. Personal phone numbers are doxxing. Final warning.
        Like · Reply · 1h
    """),
  [M(SZ, "title_surname", "doxxing", "Rabbi Zelmanovitz")])

# 195
D("facebook", dd("""
    Justice for Our Boys (Manchester)
    Private group · 212 members

    Admin
    15 June at 22:20 · 🔒
    For those asking: Kestenbaum's address is 41 Leicester Grove, Salford M7 4QD. He's back at the school Monday. We are NOT telling anyone to go there. We're telling you where he lives.

    😡 14 · 20 comments
    Like   Comment   Share
    """),
  [M(AK, "possessive", "doxxing", "Kestenbaum's")])

# 196
D("facebook", dd("""
    Swinton & Pendlebury Community Page
    Public group · 8.8K members

    Kath Ogden
    14 March at 19:40 · 🌎
    The teacher that was on here last week, Mrs Lavelle. She was sacked from St Clement's years ago for slapping a kiddie, my friend's lad was in the class. That's why she ended up at the Jewish school, nobody else would have her.

    😮 22 · 35 comments
    Like   Comment   Share

        Bev Mcr
        That's a lie. She left St Clement's with a leaving do and a card signed by the whole school. My son was in her class.
        Like · Reply · 1d
    """),
  [M(RL, "title_surname", "defamation", "Mrs Lavelle")])

# 197
D("facebook", dd("""
    Prestwich & Kersal Mums 👶
    Private group · 5.7K members

    Anon member
    6 April at 21:45 · 🔒
    Miriam Gold covered up the bullying of my daughter for a whole year and then lied to Ofsted about the school's bullying log. She falsified the records. I have proof and I'm going to the papers. Ateres protects its own.

    😮 31 · 44 comments
    Like   Comment   Share

        Chani W
        If you have proof, go to the LADO or the police. Posting it here helps nobody.
        Like · Reply · 1d
    """),
  [M(S, "short_name", "negative", "Ateres"), M(MG, "exact", "defamation", "Miriam Gold")])

# 198 decoy: locality event
D("facebook", dd("""
    Prestwich Village Community Page
    Public group · 11K members

    Prestwich Village Community Page
    1 November at 10:00 · 🌎
    🎆 Kersal bonfire and fireworks — Tuesday 5 November, Kersal Moor playing fields. Gates 6pm, fireworks 7.30pm. Hot dogs, parkin and mulled juice. Please leave dogs at home! Bury Old Road will be busy from 6.

    😍 88 · 21 comments
    Like   Comment   Share
    """))

# 199 decoy: a bin post in the locality mentioning the street
D("forum", forum_page("residents", "Green bins not collected - Cavendish Vale and Radnor Grove", [
    ("Sue_H", "Member since 2015", "Thu 19 Jun 2025, 18:00",
     "Anyone else's green bin not emptied this week? Cavendish Vale and Radnor Grove both missed. Rang the council, they say the wagon couldn't get down because of parked cars on Tuesday."),
    ("PaulOnRadnor", "Member since 2012", "Thu 19 Jun 2025, 18:20",
     "Tuesday was the bowls club tournament, not the school, before anyone starts. Cars all the way up to the tram stop."),
    ("Moderator_Jan", "Moderator", "Thu 19 Jun 2025, 18:40", "Reported via the council app. Catch-up collection promised Saturday."),
    ], thread_id=2340),
  [])

# 200
D("social", dd("""
    Sons_of_Albion_North
    @soa_north

    @AteresElkanaPS your new fences and your security guards won't save you. We've walked past every morning this week. We know the gaps. Enjoy your last quiet term. 🔥🔥

    2:22 AM · Jan 9, 2025 · 150 Views
    """),
  [M(S, "handle", "threat", "@AteresElkanaPS")])

# 201
D("social", dd("""
    Angry of Kersal
    @angryofkersal

    Another "update" from AEPS about the School Street signed by R*senthal-Kahn. Woman is as thick as mince and twice as lumpy. Couldn't organise a piss-up in a brewery, let alone a road closure 🙄

    7:45 PM · May 14, 2025 · 120 Views

    3 Likes
    """),
  [M(S, "short_name", "negative", "AEPS"), M(DRK, "obfuscated", "abuse", "R*senthal-Kahn")])

# 202
D("social", dd("""
    Parents Against Cover-Ups
    @pacu_mcr

    Mrs Gold at Ateres won't return calls to parents. Fine. Her own mobile is 07700 900477 and she lives five minutes from the school. Let's see if she answers that one 📞

    10:30 PM · Apr 7, 2025 · 388 Views

    4 Reposts   6 Likes
    """),
  [M(S, "short_name", "negative", "Ateres"), M(MG, "title_surname", "doxxing", "Mrs Gold")])

# 203
D("facebook", dd("""
    Salford Lads & Dads 🍺
    Private group · 2.1K members

    Craig B
    19 June at 12:40 · 🔒
    Anyone else walk the dog past Ateres at dinner time for the view 😏 the year 6 girls on the yard in them long skirts, forbidden fruit innit 🍑

    😡 3 · 28 comments
    Like   Comment   Share

        Mark T
        They're ten and eleven years old you absolute creep. Screenshotted and sent to the police.
        Like · Reply · 1h

        Admin - Lads & Dads
        Removed and banned. Reported.
        Like · Reply · 1h
    """),
  [M(S, "short_name", "sexual", "Ateres", url_only=True)])

# 204
D("facebook", dd("""
    Salford for Palestine — Community Action
    Public group · 4.1K members

    Anon member
    25 November at 23:50 · 🌎
    The Israeli one at that nursery, Be'eri, and the traitor teacher Lavelle who works for them. Both of them want sorting out, properly, and not with a leaflet. Some of us know where they both park. Winter's dark at 4pm 😉

    😡 7 · 18 comments
    Like   Comment   Share

        Admin — Salford for Palestine
        Removed, reported, banned. This is not our campaign.
        Like · Reply · 40m
    """),
  [M(YB, "surname_only", "threat", "Be'eri"), M(RL, "surname_only", "threat", "Lavelle")])

# 205
D("facebook", dd("""
    Kersal & Broughton Park Community Noticeboard
    Public group · 6.2K members

    Wayne Tattersall
    13 January at 17:20 · 🌎
    Greenhalgh and Ashcroft from the school. Useless pair of clowns. One sends letters nobody reads and the other one hangs up on you. Thick as two short planks the both of them. Sack the lot.

    😂 16 · 22 comments
    Like   Comment   Share

        Tracey Birtles
        Wayne, give it a rest. They're just doing their jobs.
        Like · Reply · 4h
    """),
  [M(RG, "surname_only", "abuse", "Greenhalgh"), M(EA, "surname_only", "abuse", "Ashcroft")])

# 206
D("forum", forum_page("residents", "School Street: the afternoon farce continues", [
    ("Big Al", "Member since 2010", "Tue 10 Jun 2025, 16:40",
     """Halpern's a doddery old fool who can't control a single car never mind forty. And Greenhalgh knows it. Next time Greenhalgh tells me afternoons are "sorted" I'll give him a slap myself and he can sort that."""),
    ("Sue_H", "Member since 2015", "Tue 10 Jun 2025, 17:05",
     "Al. You've been told. Mods?"),
    ("Moderator_Jan", "Moderator", "Tue 10 Jun 2025, 17:20",
     "Al's post hidden. Threatening named people gets you banned, however frustrated you are."),
    ], thread_id=2344),
  [M(YH, "surname_only", "abuse", "Halpern"), M(RG, "surname_only", "threat", "Greenhalgh")])

# 207
D("forum", forum_page("otd", "Rumours about the Year 5 rebbe won't die", [
    ("anon_throwaway_5", "Member · 4 posts", "Mon 23 Jun 2025, 23:10",
     """I don't care what the LADO said. A boy in my nephew's class says Avrohom K. makes boys sit on his knee when they've been 'good' and keeps them behind at lunch alone. That's grooming. Ateres have been told and they put him straight back in the class."""),
    ("Mod_OTD", "Moderator", "Mon 23 Jun 2025, 23:30",
     "If you have a concern about a child's safety, call the police or the NSPCC now. We're locking this thread; we can't host named allegations that the authorities have already looked into."),
    ], thread_id=4130),
  [M(S, "short_name", "sexual", "Ateres", url_only=True), M(AK, "first_initial", "sexual", "Avrohom K.", url_only=True)])

# 208
D("social", dd("""
    TikTok · @mia.xo.2010 · "ranking my old primary school teachers 💅" · #storytime #salford

    Comments (204)

    mia.xo.2010
    ok but Mr Greenhalgh from Ateres who did the car park 😳 SO fit. year 6 me had the BIGGEST crush lol. the hi-vis era 🫠
    3d · Reply · ♡ 88

    grace.m.mcr
    @mia.xo.2010 not the business manager 😭😭 you were 10
    3d · Reply · ♡ 41
    """),
  [M(S, "short_name", "neutral", "Ateres"), M(RG, "title_surname", "sexual", "Mr Greenhalgh")])

# 209
D("social", dd("""
    the_receipts_mcr
    @thereceipts_mcr

    The nursery boss at the Broughton Park school used to be Ya'el Tzur before she married. Her WhatsApp is 07700 900921 and it's on her old kids' clothes gemach listing. Message her what you think of her lot.

    9:05 PM · Nov 26, 2024 · 230 Views

    2 Reposts   3 Likes
    """),
  [M(YB, "alias", "doxxing", "Ya'el Tzur")])

# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir|rabbi|reb|morah|rebbetzin)\.?'?\s+"
EXACT = {
    "school": ["Ateres Elkana Primary School"],
    "drosenthalkahn": ["Devorah Rosenthal-Kahn"], "szelmanovitz": ["Shmuel Zelmanovitz"],
    "rgreenhalgh": ["Robert Greenhalgh"], "dcohen": ["David Cohen"], "mgold": ["Miriam Gold"],
    "yberi": ["Ya'el Be'eri"], "rlavelle": ["Renée Lavelle"], "akestenbaum": ["Avrohom Kestenbaum"],
    "eashcroft": ["Elizabeth Ashcroft"], "yhalpern": ["Yosef Halpern"],
}
ALIASES = {
    "school": ["Ateres Elkana", "Elkana Primary"],
    "drosenthalkahn": ["Devorah Kahn"], "szelmanovitz": ["Shmiel Zelmanovitz"], "dcohen": ["Dovid Cohen"],
    "yberi": ["Ya'el Tzur"], "rlavelle": ["Renée Doherty"], "yhalpern": ["Yossi Halpern"],
}
SURNAMES = {
    "drosenthalkahn": "Rosenthal-Kahn", "szelmanovitz": "Zelmanovitz", "rgreenhalgh": "Greenhalgh",
    "dcohen": "Cohen", "mgold": "Gold", "yberi": "Be'eri", "rlavelle": "Lavelle",
    "akestenbaum": "Kestenbaum", "eashcroft": "Ashcroft", "yhalpern": "Halpern",
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
