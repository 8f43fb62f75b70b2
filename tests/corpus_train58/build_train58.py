#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train58 labelled evaluation corpus for the repwatch matcher.

Setting
    St Eanfled's Catholic Academy, an invented 11-16 Catholic academy on Sagbury Mount
    in Stoke-on-Trent (the Potteries; invented districts: Sagbury, Marlpit, Hobden Heath).
    Part of the (invented) Our Lady of the Trent Catholic Academy Trust. Old pot-bank
    country: bottle ovens, saggar makers, oatcake shops, Stoke City v Port Vale.
    Published office number 01632 960537; own site steanfleds.example. The parish church
    next door shares the name (St Eanfled's RC Church, Parish Centre and Social Club, all
    excluded). A parent runs a Facebook "name and shame" page (Sagbury Schools Name &
    Shame). The head is accused online of hiding a bullying-related suicide attempt.
    School aliases: "The Mount" (everyday word: the Mount pub, Mount Works pottery,
    Mount chippy), "SECA" (acronym shared with the Staffordshire Enamel & Ceramics
    Association and SECA Scaffolding), "St Eanfled's Academy", "St E's".
    "St Eanfled's" alone is labelled short_name.

Staff (watchlist ids and the variant traits they carry)
    bkinsellapyatt Bernadette Kinsella-Pyatt, Headteacher. Hyphenated double-barrelled
                   surname (written "Kinsella Pyatt", "Kinsella–Pyatt"); nickname
                   "Bernie"; alias "Bernadette Pyatt" (name before marriage).
    eshufflebotham Evander Shufflebotham, Business Manager. The unique name (counts
                   without school context). Alias "Van Shufflebotham".
    rhollinshead   Robert Hollinshead, Head of PE. Nickname-able first name (Rob, Bob,
                   Robbie, Bobby); a loud Stoke City fan.
    ndarcy         Niamh D'Arcy, Head of Year 9. Apostrophe and accented Irish first name
                   spelled variously; alias "Niamh Brannigan" (maiden name).
    jwalker        John Walker, Head of Maths. The very common name; namesakes (a darts
                   player, a Leeds councillor, a plumber, the whisky) appear in decoys.
                   Alias "Jonny Walker".
    cbishop        Clare Bishop, Deputy Head and Designated Safeguarding Lead. Surname is
                   an everyday word (and a Catholic office: the Bishop of the diocese).
    awojcik        Agnieszka Wójcik, EAL coordinator and MFL teacher. Polish, accented
                   surname often written "Wojcik"; alias "Aga Wójcik".
    gmaddock       Fr Gerard Maddock, Chaplain (parish priest next door). Alias
                   "Ged Maddock".
    oadeyemi       Dr Oluwaseun Adeyemi, Head of Science. Alias "Seun Adeyemi".
    etellwright    Elizabeth Tellwright, SENCo. Nickname-able (Liz, Lizzie, Beth).

Voices
    The Sentinel-style local paper and its comment threads, a Catholic weekly, a
    trade paper, a national tabloid; Stoke parents' and football forums; a teachers'
    forum; a local history and pottery blog, a parent blogger and a conspiracy-ish
    "truth" blog; school and employer reviews; X, TikTok and Instagram posts; Facebook
    community groups and the name-and-shame page. Potteries dialect (ey up duck, ow at,
    mardy, nesh, cob, oatcakes, gerroff, "me duck"), Polish and Roma community voices,
    emoji, typos, sarcasm, dog whistles, veiled threats and insinuation.

Decoys
    St Eanfled's RC Church, Parish Centre and Social Club (excluded), the Mount pub,
    Mount Works pottery and the Mount chippy, the Staffordshire Enamel & Ceramics
    Association and SECA Scaffolding, namesakes called John Walker and Clare Bishop
    clearly elsewhere, bishops of the diocese, Sagbury, Marlpit and Hobden Heath news
    with no school in it, neighbouring schools (Hobden Heath Academy, Marlpit High) and
    similar schools elsewhere (St Eanswythe's in Kent).

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
    python3 tests/corpus_train58/build_train58.py
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
    "school", "bkinsellapyatt", "eshufflebotham", "rhollinshead", "ndarcy", "jwalker",
    "cbishop", "awojcik", "gmaddock", "oadeyemi", "etellwright",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["eanfled"],
    "bkinsellapyatt": ["kinsella", "pyatt"],
    "eshufflebotham": ["shufflebotham"],
    "rhollinshead": ["hollinshead"],
    "ndarcy": ["d'arcy", "brannigan"],
    "awojcik": ["wojcik"],
    "gmaddock": ["maddock"],
    "oadeyemi": ["adeyemi"],
    "etellwright": ["tellwright"],
}
EXCLUDES = ["St Eanfled's RC Church", "St Eanfled's Parish Centre", "St Eanfled's Social Club", "steanfledsparish.example"]

WATCHLIST = """\
# Watchlist for the invented St Eanfled's Catholic Academy (train58 corpus). All names are fictional.
[school]
name = "St Eanfled's Catholic Academy"
aliases = ["The Mount", "SECA", "St Eanfled's Academy", "St E's"]
locality = ["Sagbury", "Sagbury Mount", "Marlpit", "Hobden Heath"]
own_domains = ["steanfleds.example"]
phones = ["01632 960537"]

[[staff]]
id = "bkinsellapyatt"
name = "Bernadette Kinsella-Pyatt"
role = "Headteacher"
aliases = ["Bernadette Pyatt"]
line_manager = "ceo@olottrust.example"

[[staff]]
id = "eshufflebotham"
name = "Evander Shufflebotham"
role = "Business Manager"
aliases = ["Van Shufflebotham"]
unique = true
line_manager = "head@steanfleds.example"

[[staff]]
id = "rhollinshead"
name = "Robert Hollinshead"
role = "Head of PE"
line_manager = "deputy@steanfleds.example"

[[staff]]
id = "ndarcy"
name = "Niamh D'Arcy"
role = "Head of Year 9"
aliases = ["Niamh Brannigan"]
line_manager = "deputy@steanfleds.example"

[[staff]]
id = "jwalker"
name = "John Walker"
role = "Head of Maths"
aliases = ["Jonny Walker"]
line_manager = "deputy@steanfleds.example"

[[staff]]
id = "cbishop"
name = "Clare Bishop"
role = "Deputy Headteacher and Designated Safeguarding Lead"
line_manager = "head@steanfleds.example"

[[staff]]
id = "awojcik"
name = "Agnieszka Wójcik"
role = "EAL Coordinator and Teacher of MFL"
aliases = ["Aga Wójcik"]
line_manager = "deputy@steanfleds.example"

[[staff]]
id = "gmaddock"
name = "Gerard Maddock"
role = "Chaplain"
aliases = ["Ged Maddock"]
line_manager = "head@steanfleds.example"

[[staff]]
id = "oadeyemi"
name = "Oluwaseun Adeyemi"
role = "Head of Science"
aliases = ["Seun Adeyemi"]
line_manager = "deputy@steanfleds.example"

[[staff]]
id = "etellwright"
name = "Elizabeth Tellwright"
role = "SENCo"
line_manager = "deputy@steanfleds.example"

[[exclude]]
text = "St Eanfled's RC Church"

[[exclude]]
text = "St Eanfled's Parish Centre"

[[exclude]]
text = "St Eanfled's Social Club"

[[exclude]]
domain = "steanfledsparish.example"
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
    "sentinel": dict(
        name="The Potteries Evening Post", domain="potteriespost.example",
        nav=["News", "Stoke City", "Port Vale", "What's On", "Schools", "Announcements", "Jobs"],
        most=["Bottle oven restoration gets lottery cash", "Hanley bus station roadworks: what you need to know",
              "Oatcake shop named best in Staffordshire", "Pictures: Sagbury carnival returns"],
        footer="The Potteries Evening Post is part of Trentside Media Ltd. Regulated by IPSO."),
    "weekly": dict(
        name="Sagbury & Marlpit Weekly", domain="sagburyweekly.example",
        nav=["Home", "Local", "Schools", "Courts", "Letters", "Sport", "Obituaries"],
        most=["Letters: dog mess on the canal towpath", "Marlpit Miners Welfare saved by locals",
              "Planning row over former pot-bank flats", "Your photos: frost on Sagbury Mount"],
        footer="© Sagbury & Marlpit Weekly. Newsdesk: 01632 960884. Serving Sagbury and Marlpit since 1902."),
    "catholic": dict(
        name="The Catholic Midlander", domain="catholicmidlander.example",
        nav=["News", "Parishes", "Schools", "Comment", "Vocations", "Obituaries"],
        most=["Diocese launches new youth ministry", "Lourdes pilgrimage places still available",
              "Bishop's pastoral letter on poverty", "Parish food banks under pressure"],
        footer="The Catholic Midlander · independent Catholic weekly · Letters to the Editor · Privacy"),
    "schoolsweek": dict(
        name="Academy Insider", domain="academyinsider.example",
        nav=["Trusts", "Accountability", "Funding", "People", "Opinion", "Jobs"],
        most=["Trust mergers: the Midlands picture", "Ofsted complaints rise again",
              "Falling rolls hit secondary budgets", "People moves: January"],
        footer="Academy Insider — news for trust leaders, heads and governors. © Ledgerline Publishing."),
    "tabloid": dict(
        name="Daily Clarion", domain="dailyclarion.example",
        nav=["News", "Showbiz", "Sport", "Money", "Health", "Opinion"],
        most=["Reality star's secret wedding", "Heatwave warning for next week",
              "Supermarket recalls chicken pies", "Mum's fury at parking fine"],
        footer="© Clarion Newspapers Ltd. Contact · Complaints · Corrections · Sitemap"),
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
    "stokemums": dict(name="StokeMums", domain="stokemums.example", tag="Talk > Schools & education > Secondary",
                      footer="StokeMums · Talk guidelines · Report a post · Privacy"),
    "oatcake": dict(name="The Oatcake Board (unofficial Stoke City fans forum)", domain="oatcakeboard.example", tag="The Oatcake Board > Off Topic",
                    footer="Unofficial. Not affiliated with Stoke City FC. Play nicely or get the red card."),
    "valepark": dict(name="Vale Park Voices", domain="valeparkvoices.example", tag="Forums > General Vale chat",
                     footer="Vale Park Voices — independent Port Vale fans' forum. Up the Vale."),
    "teachers": dict(name="StaffroomTalk", domain="staffroomtalk.example", tag="Forums > Catholic sector",
                     footer="StaffroomTalk — anonymous support for teachers. Posts are not checked before publication."),
    "teen": dict(name="TeenTalk UK", domain="teentalkuk.example", tag="Forums > School life > Secondary",
                 footer="TeenTalk UK · Community guidelines · Safeguarding · Contact mods"),
    "locals": dict(name="Sagbury & District Forum", domain="sagburyforum.example", tag="Boards > Local issues",
                   footer="Sagbury & District Forum · est. 2004 · Run by residents for residents."),
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
    "potbank": dict(name="Saggars & Shraff", domain="saggarsandshraff.example", tagline="Potteries history, one pot-bank at a time",
                    side=["Bottle ovens A-Z", "Glossary of pot-bank words", "About"]),
    "mumblog": dict(name="Oatcakes & Odd Socks", domain="oatcakesandoddsocks.example", tagline="A Stoke mum, three kids, no sleep",
                    side=["About me", "School run diaries", "Recipes", "Contact"]),
    "truth": dict(name="Staffs Truth Files", domain="staffstruthfiles.example", tagline="The stories the council won't touch",
                  side=["Donate", "Our mission", "Latest exposés"]),
    "govblog": dict(name="The Critical Governor", domain="criticalgovernor.example", tagline="Notes from a school governor in the Midlands",
                    side=["About", "Reading list", "Subscribe"]),
    "polish": dict(name="Nowy Dom w Stoke", domain="nowydomstoke.example", tagline="A Polish family in the Potteries (mostly in English)",
                   side=["O mnie / About", "Recipes", "Schools", "Contact"]),
    "walks": dict(name="Canal Cobbles", domain="canalcobbles.example", tagline="Walks along the Trent & Mersey and beyond",
                  side=["Walks", "Pubs", "Birds", "About"]),
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
# 000
D("news", news_page(
    "sentinel", "Schools", "Mother says Sagbury school 'swept under the carpet' daughter's overdose after months of bullying",
    "St Eanfled's Catholic Academy insists it followed safeguarding procedures",
    "Gemma Salt, Education Reporter", "14 January 2025",
    """
    A Sagbury mother has accused a Catholic secondary school of "sweeping under the carpet" an overdose taken by her 13-year-old daughter after what she says was a year of bullying in the corridors and online.

    Kerry Plant, 38, says her daughter was taken to the Royal Stoke in November. She claims staff at St Eanfled's Catholic Academy had been told about the bullying "at least five times" and that other parents were never informed about what happened.

    "They care more about the Ofsted grade than about my girl," she said. "Nobody from the school has even sent a card."

    ## School responds

    Headteacher Bernadette Kinsella-Pyatt said she could not comment on individual pupils but that the academy "takes every concern about bullying seriously and works closely with families, health services and the local authority".

    She added: "Any suggestion that the school has concealed a safeguarding matter is untrue."

    The Our Lady of the Trent Catholic Academy Trust said it had "full confidence" in the school's leadership.
    """,
    [("Sagbury_Lass", "14 Jan 2025, 18:20", "My lad went there and the bullying was rife. Nothing ever got done. Hope the girl's alright bless her."),
     ("Potter1863", "14 Jan 2025, 19:02", "Kinsella-Pyatt has covered this up, simple as. Everyone on the Mount knows what went on. She should be sacked and investigated."),
     ("Ken W", "15 Jan 2025, 08:44", "Let's wait for the facts shall we. Trial by Facebook again."),
     ("DuckEgg66", "15 Jan 2025, 09:30", "Ey up, the paper's only got one side. Schools can't say owt about kids, that's the law.")]),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("bkinsellapyatt", "exact", "defamation", "Bernadette Kinsella-Pyatt")])

# 001
D("facebook", dd("""
    Sagbury Schools Name & Shame 🚨
    Public group · 2.3K members

    Admin - Donna Machin
    15 January at 21:47 · 🌎
    RIGHT. Saw the Post article. This is EXACTLY why I started this page. Bernie Kinsella Pyatt hid a kid nearly dying and we're meant to sit quiet?? NO. She lives up Hobden Heath Road, number 41, ST9 7QX, big grey Audi on the drive. Maybe she'll answer her door since she won't answer parents. SHARE SHARE SHARE 📢📢

    😡👍 214 · 131 comments · 88 shares
    Like   Comment   Share

        Leanne Boulton
        Donna take the address down duck, that's not right, she's got kids of her own
        Like · Reply · 1d

        Admin - Donna Machin
        @Leanne Boulton so did Kerry's girl
        Like · Reply · 1d
    """),
  [M("bkinsellapyatt", "nickname", "doxxing", "Bernie Kinsella Pyatt")])

# 002
D("social", dd("""
    Stoke Dad Banter 🏺
    @stokedadbanter

    ey up duck, just seen the Mount on the news again. St E's always in the paper for summat 🙄 #Sagbury

    5:14 PM · Jan 14, 2025 · 1,102 Views

    2 Reposts   19 Likes
    """),
  [M("school", "alias", "negative", "the Mount")])

# 003 decoy: the parish church (excluded)
D("facebook", dd("""
    St Eanfled's RC Church, Sagbury
    5 December at 10:12 · 🌎

    🎄 Christmas Mass times 🎄
    Christmas Eve: Carol service 5pm, Vigil Mass 6pm, Midnight Mass 11.30pm (carols from 11pm)
    Christmas Day: 9am and 11am

    Confessions Saturday 10-11am. The St Eanfled's Parish Centre will be open for tea and mince pies after every Mass. All welcome, whether you come every week or haven't been for years.

    Parish website: steanfledsparish.example

    👍❤️ 54 · 6 comments · 12 shares
    Like   Comment   Share

        Maureen Colclough
        Lovely, see you at midnight Mass duck x
        Like · Reply · 2d
    """))

# 004
D("social", dd("""
    Jayden 🦊
    @jaydenlfc_stk

    mr hollinshead made us run the cross country in the sleet today i cannot feel my hands. man is actually a psychopath 😭😭 stoke city fan behaviour

    3:58 PM · Feb 6, 2025 · 214 Views

    12 Likes
    """),
  [M("rhollinshead", "title_surname", "negative", "mr hollinshead")])

# 005
D("news", news_page(
    "weekly", "Schools", "Sagbury pupils paint bottle-oven mural for Marlpit canal bridge",
    "Year 8 artists worked with a local ceramicist for six months",
    "Dave Rowley", "3 July 2024",
    """
    The underpass by the Trent & Mersey at Marlpit is a lot brighter this week, thanks to thirty Year 8 pupils from St Eanfled's Catholic Academy.

    The mural, which shows a row of bottle ovens against a sunset, with saggar makers and a placer carrying his load on his head, was designed by the pupils with ceramicist Joanne Brough.

    Head of Science Dr Oluwaseun Adeyemi, who ran the project's "chemistry of glaze" sessions, said: "The kids learned why cobalt gives you that Potteries blue. A few of them now want to be chemists."

    Canal and River Trust volunteers helped prepare the walls.
    """,
    [("Marlpit Mike", "3 Jul 2024", "Brilliant. Much better than the graffiti that was there."),
     ("Glenys", "4 Jul 2024", "My grandad was a placer at Mount Works. He'd have loved this.")]),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("oadeyemi", "exact", "neutral", "Oluwaseun Adeyemi")])

# 006 decoy: Mount Works pottery
D("review", dd("""
    Mount Works Pottery Visitor Centre
    Pottery · Sagbury Mount
    4.7 ★★★★★ (892 reviews)

    Pauline Heath
    Local Guide · 41 reviews
    ★★★★★ 2 months ago
    Went with the grandkids. They had a go at throwing a pot on the wheel (wonky but we love it) and the tour round the old bottle oven was fascinating - the guide's grandad worked there when it was still firing. Café does oatcakes with cheese and bacon, proper job. Gift shop a bit pricey.
    👍 Helpful 8   Share

    Response from the owner · 2 months ago
    Thanks Pauline! Your wonky pot will be glazed and ready to collect in 3 weeks. — Mount Works team
    """))

# 007
D("facebook", dd("""
    Stoke-on-Trent Polish Community / Polonia Stoke
    Public group · 4.4K members

    Kasia Mazur
    21 November at 20:41 · 🌎
    Shout out to Pani Wójcik at St Eanfled's who sat with my mum for an hour translating at parents evening so she understood everything about my brother's GCSE options. Not her job. Did it anyway ❤️

    ❤️ 61 · 4 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "St Eanfled's"), M("awojcik", "surname_only", "neutral", "Wójcik")])

# 008
D("social", dd("""
    Real Potteries Voice 🇬🇧
    @RealPotteriesVoice

    St Eanfled's now got a Polish teacher running "EAL". Translation: English kids waiting while Wojcik's lot get extra help paid for by us. Half of Sagbury can't get a GP and they're hiring them to teach. Send em back to Gdansk 🇬🇧🇬🇧

    7:02 AM · Sep 12, 2024 · 3,870 Views

    31 Reposts   4 Quotes   77 Likes

    ──────────
    Chloe Mayer @chloemayer_ · Sep 12
    She's been teaching in Stoke for 14 years you absolute weapon. And not the good kind.
    """),
  [M("school", "short_name", "negative", "St Eanfled's"), M("awojcik", "surname_only", "hate", "Wojcik")])

# 009
D("forum", forum_page("stokemums", "St Eanfled's or Hobden Heath Academy for Year 7?", [
    ("MumOfTwoST4", "Joined 2019 · 211 posts", "Tue 1 Oct 2024 20:12",
     "Open evenings done. Both nice in different ways. DS is Catholic-ish (baptised, not been since his Communion 🙈). Anyone got kids at either?"),
    ("Lou_Longton", "Joined 2021 · 87 posts", "Tue 1 Oct 2024 20:40",
     """Eldest at St Eanfled's, Year 10. Maths is strong, Mr Walker is a proper character, the kids love him. Pastoral is hit and miss depending on the head of year.

     Uniform is dear, you have to buy it from the one shop in Hanley."""),
    ("sagburygirl", "Joined 2023 · 12 posts", "Tue 1 Oct 2024 21:02",
     "Hobden Heath have got the new sports hall. But honestly the Mount gets better results every year."),
    ], thread_id=2211),
  [M("school", "alias", "neutral", "the Mount"), M("jwalker", "title_surname", "neutral", "Mr Walker")])

# 010 decoy: namesake John Walker darts
D("news", news_page(
    "sentinel", "Sport", "Darts: Walker whitewashes Dutch star to reach quarter-finals",
    "Leeds thrower John Walker averaged 104 at the Trentside Open",
    "Sports Desk", "9 March 2025",
    """
    John Walker produced the performance of his career at the Trentside Open in Hanley last night, whitewashing the Dutch No 2 6-0 in a match that lasted barely twenty minutes.

    The 34-year-old from Leeds, who works as a scaffolder when he isn't throwing, hit three 180s in the first two legs and finished 121 to seal it.

    "I've had worse Saturdays," said Walker, who faces the defending champion in the last eight. "The crowd here are mint. Better than Yorkshire, don't tell anyone."
    """,
    [("arrows_tony", "9 Mar 2025", "What a leg that 121 was."),
     ("DartboardDave", "10 Mar 2025", "Walker's been under the radar for years. Deserved.")]),
  [])

# 011
D("facebook", dd("""
    Sagbury Community Noticeboard
    Private group · 6.1K members

    Trish Bagguley
    12 February at 19:05 ·
    Massive thank you to Liz Tellwright the SENCo at St Eanfleds. My Alfie has autism and she fought tooth and nail to get his EHCP sorted when the council were dragging their feet. She's an angel that woman 😇 bloody brilliant.

    ❤️👍 143 · 22 comments
    Like   Comment   Share

        Rachel Finney
        Agree she's amazing with our Lily too
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "St Eanfleds"), M("etellwright", "nickname", "neutral", "Liz Tellwright")])

# 012
D("social", dd("""
    TikTok · @sagbury_spill · "rating my teachers part 3 💅" · #steanfleds #fyp #stoke

    Comments (846)

    ella.b.xo
    walker is so fit for an old guy ngl 😳😳
    1-28 · Reply · ♡ 91

    mayzie.k
    @ella.b.xo EWW he's like 50 💀
    1-28 · Reply · ♡ 40

    jj_stk
    d'arcy gave me a detention for breathing
    1-28 · Reply · ♡ 15
    """),
  [M("school", "hashtag", "neutral", "#steanfleds"), M("jwalker", "surname_only", "sexual", "walker"),
   M("ndarcy", "surname_only", "negative", "d'arcy")])

# 013
D("news", news_page(
    "catholic", "Schools", "New chaplain for Sagbury academy and parish",
    "Fr Gerard Maddock returns to the Potteries after twelve years in Birmingham",
    "Staff reporter", "29 August 2023",
    """
    Fr Gerard Maddock has been appointed parish priest of St Eanfled's RC Church, Sagbury, and chaplain to the neighbouring St Eanfled's Catholic Academy from September.

    Fr Maddock, 52, grew up in Burslem and trained at Oscott. He has spent the last twelve years in inner-city Birmingham parishes, where he set up a night shelter with local Sikh and Methodist congregations.

    "I've missed oatcakes more than I can say," he joked. "And I'm told I must now choose between the Vale and Stoke. I'm keeping that one quiet."
    """),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("gmaddock", "exact", "neutral", "Gerard Maddock")])

# 014
D("news", news_page(
    "sentinel", "News", "Teacher's car set alight outside Hobden Heath home",
    "Police treat fire as arson after weeks of online abuse aimed at Sagbury maths teacher",
    "Court Reporter", "4 March 2025",
    """
    Police are treating a car fire outside a house in Hobden Heath as arson.

    The car belonged to John Walker, a maths teacher at a Sagbury school, who was falsely accused of posing a risk to pupils on a Facebook page last month. Nobody was hurt.

    Detectives have appealed for dashcam footage from Bourne Street between 1am and 3am on Sunday.
    """,
    [("Hanley Harry", "4 Mar 2025", "This is what happens when people share rubbish online. Hope they catch them."),
     ("Kel", "4 Mar 2025", "Shame he wasn't sat in it. Next time Walker might be."),
     ("Mum of 4", "4 Mar 2025", "@Kel reported. You're sick.")]),
  [M("jwalker", "exact", "threat", "John Walker")])

# 015
D("review", dd("""
    SchoolScope › Stoke-on-Trent › Academy (Catholic) › St Eanfled's Catholic Academy

    ★★☆☆☆  "Good teaching, terrible communication"
    Reviewed by: Parent of a current pupil (Year 9) · 2 February 2025

    The teaching in most subjects is decent and my daughter likes science with Dr Adeyemi. But getting anyone to reply to an email is like getting blood out of a stone. I raised a friendship issue with the head of year in September and heard nothing until November. The website says they respond within 48 hours. They don't.

    Uniform is overpriced and the "compulsory" blazer badge costs £14. Daylight robbery.

    Would you recommend this school? Not sure.
    Was this review helpful?  Yes (22)  No (4)  · Report
    """),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("oadeyemi", "title_surname", "neutral", "Dr Adeyemi")])

# 016
D("social", dd("""
    Bev 🌸
    @bev_from_bentilee

    That Niamh D'Arcy at st eanfleds is a jumped up little madam who thinks she's better than everyone. Spoke to me like I was muck at parents evening. Thick as two short planks an all.

    10:22 PM · Mar 12, 2025 · 188 Views

    3 Likes
    """),
  [M("school", "short_name", "negative", "st eanfleds"), M("ndarcy", "exact", "abuse", "Niamh D'Arcy")])

# 017 decoy: locality only
D("forum", forum_page("locals", "Bin collections Marlpit - missed again", [
    ("GrumpyOfMarlpit", "Member since 2008", "Mon 10 Feb 2025, 08:10",
     "Third week running the recycling on Furlong Road hasn't been taken. Rang the council, 40 minutes on hold. Anyone else?"),
    ("Jan_H", "Member since 2015", "Mon 10 Feb 2025, 09:02",
     "Same on Saggar Street. They came Thursday for the black bins but not the blue. Nesh weather doesn't help, the lorry couldn't get up the bank in the ice."),
    ("Bob the Builder (not that one)", "Member since 2012", "Mon 10 Feb 2025, 11:30",
     "Report it online, it gets logged quicker. Sagbury depot is short of drivers apparently."),
    ], thread_id=3301),
  [])

# 018
D("facebook", dd("""
    Sagbury Schools Name & Shame 🚨
    Public group · 2.3K members

    Admin - Donna Machin
    2 March at 20:11 · 🌎
    NAME AND SHAME: Mrs Clare Bishop, deputy head at St Eanfled's and so-called "safeguarding lead". She was TOLD about the bullying. She DID NOTHING. Kerry's girl ended up in the Royal Stoke. If this woman had done her job none of this would of happened. Her personal email is clare.bishop.home@mailbox.example - let her know what you think of her 👇👇

    😡 97 · 64 comments · 41 shares
    Like   Comment   Share

        Gaz Hulme
        shes a disgrace, should be struck off
        Like · Reply · 3d
    """),
  [M("school", "short_name", "negative", "St Eanfled's"), M("cbishop", "exact", "doxxing", "Clare Bishop")])

# 019 decoy: everyday word, the actual bishop
D("news", news_page(
    "catholic", "News", "Bishop visits Potteries food banks on Advent tour",
    "The Bishop spent three days meeting volunteers in Stoke and Newcastle-under-Lyme",
    "Staff reporter", "10 December 2024",
    """
    The Bishop made a three-day Advent visit to food banks and night shelters across the Potteries last week, meeting volunteers in Hanley, Longton and Newcastle-under-Lyme.

    Speaking at a church hall in Longton, the Bishop said the need he had seen was "a rebuke to all of us". He praised the "ordinary heroism" of volunteers, many of them retired pottery workers.

    The diocese will hold a second collection for food banks on the Third Sunday of Advent.
    """),
  [])

# 020
D("social", dd("""
    Port Vale Till I Die ⚪⚫
    @ValeTilIDie

    Hollinshead the PE teacher at the Mount slagging off the Vale to a class of 12 year olds again. Mate you support a club that sold its soul to a betting firm. Bob Hollinshead needs to stick to teaching dodgeball 😂 #UTV

    6:20 PM · Oct 19, 2024 · 412 Views

    3 Reposts   22 Likes
    """),
  [M("school", "alias", "neutral", "the Mount"), M("rhollinshead", "nickname", "negative", "Bob Hollinshead")])

# 021
D("facebook", dd("""
    Stoke-on-Trent Banter & Buy/Sell
    Public group · 19K members

    Lee Bloor
    6 April at 20:55 ·
    For all the people asking, the science teacher Adeyemi from the Sagbury academy lives on Glaze Row in Marlpit, number 9, and his wife's mobile is 07700 900193. Go and ask him about the monkey business yourselves 🐒

    😂😡 15 · 26 comments
    Like   Comment   Share

        Angela Wright
        Reported to admins and police. Disgusting.
        Like · Reply · 1d
    """),
  [M("oadeyemi", "surname_only", "hate", "Adeyemi")])

# 022
D("social", dd("""
    ghost_of_spode
    @ghost_of_spode

    Kinsella Pyatt better hope I never see her in Hanley on her own. Hid a kid trying to kill herself. Some of us don't forget and we know what car she drives. Tick tock 🕰️🔥

    1:38 AM · Jan 17, 2025 · 2,209 Views

    7 Reposts   40 Likes
    """),
  [M("bkinsellapyatt", "hyphenated", "threat", "Kinsella Pyatt")])

# 023
D("news", news_page(
    "sentinel", "Courts", "Man charged over online threats to Sagbury headteacher",
    "Police say posts were made after a row over bullying at a Catholic academy",
    "Court Reporter", "6 February 2025",
    """
    A 29-year-old man has been charged with sending malicious communications after threats were posted online against the headteacher of St Eanfled's Catholic Academy in Sagbury.

    Liam Boote, of Marlpit, is accused of posting messages under the name "ghost_of_spode" in which he said a headteacher should "hope I never see her" and referred to knowing the car she drove.

    He will appear before North Staffordshire magistrates on 27 February.

    The school said staff safety was its priority and thanked Staffordshire Police.
    """,
    [("TrentVale Tony", "6 Feb 2025", "Good. Whatever's gone on at that school, this isn't the way."),
     ("Gail", "6 Feb 2025", "He wants locking up.")]),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy")])

# 024
D("blog", blog_page(
    "potbank", "Saggars, shraff and the Sagbury Mount works", "Dennis Cope", "18 April 2024",
    """
    Anyone who walks up Sagbury Mount today sees a supermarket car park, a row of 1990s semis and, if they look hard, the stump of a single bottle oven behind the academy fence. Sixty years ago there were nine ovens on the bank, and you could not see the sky on a firing day.

    The works belonged to the Hulme brothers. Saggars - the fireclay boxes that held the ware in the oven - were made on site by saggar makers and their bottom knockers, a job as hard as it sounds. Broken saggars and waste went onto the shraff tip, which is now the school playing field. Every spring the groundsman still finds shards of blue-and-white.

    I am grateful to the staff at St Eanfled's Catholic Academy, and particularly Mr Walker, who let me in to photograph the surviving oven base during the Easter holidays.

    Next time: the oatcake shops of Marlpit Road, and why the best ones never had a sign.
    """,
    [("Glenys Brain", "19 Apr 2024", "My dad was a bottom knocker at Hulme's! Lovely to see this."),
     ("Dennis Cope", "19 Apr 2024", "@Glenys Brain please get in touch, I'd love to hear his stories.")],
    tags=["Bottle ovens", "Sagbury", "Saggar makers"]),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("jwalker", "title_surname", "neutral", "Mr Walker")])

# 025
D("social", dd("""
    Instagram

    steanfledsacademy
    Sagbury Mount, Stoke-on-Trent

    Year 11 Geography fieldwork on the Trent today 🌊📏 Wellies, clipboards and one very brave boy who measured the channel depth with his own leg. Thanks to Mr Walker for driving the minibus! #SECAproud #Stoke

    View all 18 comments

    kayla.mae08 my mum's in the background 😂
    3d  4 likes  Reply
    """),
  [M("school", "handle", "neutral", "steanfledsacademy"), M("jwalker", "title_surname", "neutral", "Mr Walker")])

# 026 decoy: acronym elsewhere
D("news", news_page(
    "weekly", "Business", "Enamellers' association celebrates 75 years",
    "SECA members gather at Gladstone-era works for anniversary dinner",
    "Dave Rowley", "22 May 2024",
    """
    The Staffordshire Enamel & Ceramics Association (SECA) marked its 75th anniversary with a dinner for 140 members in a restored decorating shop in Longton last Friday.

    SECA chair Bryony Tatton said the association, founded by a handful of lithographers and enamellers after the war, now represented "everyone from one-woman studios to the big factories".

    "The industry's smaller than it was but it's not dead," she said. "We've got apprentices again."
    """),
  [])

# 027
D("facebook", dd("""
    Stoke-on-Trent Polish Community / Polonia Stoke
    Public group · 4.4K members

    Marta Zielińska
    3 October at 18:40 · 🌎
    Dziękujemy Pani Agnieszka Wójcik! For anyone new: she is at St Eanfled's Catholic Academy and runs a Saturday club for Polish kids to keep their reading in Polish, also helps parents with school letters. Very kind person. Polecam ❤️

    ❤️ 88 · 14 comments
    Like   Comment   Share
    """),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("awojcik", "exact", "neutral", "Agnieszka Wójcik")])

# 028
D("social", dd("""
    sagbury sista
    @sagsista

    ow at? anyone else's kid at st e's been told they cant wear coats in the corridor?? its minus 3 outside 🥶 not all of us are nesh but come on #SECA

    8:02 AM · Jan 9, 2025 · 96 Views

    5 Likes
    """),
  [M("school", "alias", "negative", "st e's")])

# 029
D("forum", forum_page("teachers", "SLT covering up a serious incident - what would you do?", [
    ("Throwaway_Stoke_T", "Joined Jan 2025 · 2 posts", "Sun 19 Jan 2025 21:03",
     """Teacher at a Catholic 11-16 in Stoke. Not naming it but anyone local will know. A Year 8 girl took an overdose in the autumn after months of bullying that several of us had reported on CPOMS. The head told staff in a briefing it was "a medical matter" and that we weren't to discuss it. The DSL went along with it.

     I think it should have gone to the LA and the governors properly. Am I wrong?"""),
    ("OldHandRE", "Joined 2012 · 4,210 posts", "Sun 19 Jan 2025 21:30",
     "Whistleblowing policy, then straight to the LADO/LA if you're not satisfied. Don't post details here. Keep notes of dates."),
    ("Throwaway_Stoke_T", "Joined Jan 2025 · 3 posts", "Sun 19 Jan 2025 21:48",
     "Thanks. It's in the paper now anyway. Sagbury is a small place."),
    ], thread_id=8802),
  [])

# 030
D("review", dd("""
    StaffSay › St Eanfled's Catholic Academy › Reviews

    "Lovely kids, leadership that hides everything"
    ★☆☆☆☆  Former Employee - Teacher in Stoke-on-Trent, England · 30 January 2025
    I worked at St Eanfled's Catholic Academy for more than 5 years

    Pros
    Kids are salt of the earth. Colleagues in Science and SEN are brilliant.

    Cons
    Head runs the place on fear. Mrs Kinsella-Pyatt falsified the bullying logs before the Ofsted visit - I saw incidents downgraded the week before. Serious incidents get "handled" in her office and never seen again. Governors are friends of hers from the parish.

    Advice to management
    The truth always comes out.

    Helpful (17) · Share · Report
    """),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("bkinsellapyatt", "title_surname", "defamation", "Mrs Kinsella-Pyatt")])

# 031
D("news", news_page(
    "weekly", "Community", "Business manager cycles coast to coast for school minibus",
    "Evander Shufflebotham raises £4,200 in four-day ride",
    "Dave Rowley", "2 September 2024",
    """
    Evander Shufflebotham has cycled 140 miles from Whitehaven to Sunderland to raise money for a new minibus at the Sagbury academy where he manages the finances.

    "My legs have forgiven me. My backside hasn't," he said.
    """,
    [("Ivy", "2 Sep 2024", "Well done! Great cause."),
     ("Jase", "3 Sep 2024", "Smug lycra-wearing git. Pay for the minibus out of your fat salary, Shufflebotham.")]),
  [M("eshufflebotham", "exact", "abuse", "Evander Shufflebotham")])

# 032 decoy: whisky
D("blog", blog_page(
    "walks", "Caldon Canal in the frost, and a dram at the end", "Canal Cobbles", "4 January 2025",
    """
    New Year's Day walk: Etruria Junction up the Caldon to Hazelhurst, seven-ish miles, with a flask of tea and a hip-flask of something less virtuous. My brother-in-law swears by a Johnnie Walker Black in a flask on a cold walk and for once he is right.

    The towpath was iced in places - the shaded bit near the old flint mill was lethal - but the light on the water was worth it. A heron stood on one leg by the lock the whole time we were eating our cobs, entirely unimpressed.

    Pub at the end was heaving. Fair enough, it was New Year.
    """,
    [("Jo P", "5 Jan 2025", "Love this stretch. The flint mill is fascinating in summer when it's open.")],
    tags=["Caldon Canal", "Winter walks"]),
  [])

# 033
D("facebook", dd("""
    Sagbury Community Noticeboard
    Private group · 6.1K members

    Steve Tunstall
    20 January at 12:30 ·
    Whatever the truth about St Eanfled's I've known Bernadette Pyatt since she was a little girl at St Gregory's primary and I won't have her called a liar on here. She's worked all hours for them kids. Some of yous ought to be ashamed.

    👍 62 · 40 comments
    Like   Comment   Share

        Donna Machin
        @Steve Tunstall so you'd cover for her too then. Noted 🙄
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "St Eanfled's"), M("bkinsellapyatt", "alias", "neutral", "Bernadette Pyatt")])

# 034
D("social", dd("""
    #JusticeForMaisie 💜
    @justice4maisie

    Day 60. St Eanfled's still silent. Head still in post. #KinsellaPyattOut #JusticeForMaisie #Sagbury

    9:00 AM · Jan 30, 2025 · 1,540 Views

    44 Reposts   130 Likes
    """),
  [M("school", "short_name", "negative", "St Eanfled's"), M("bkinsellapyatt", "hashtag", "negative", "#KinsellaPyattOut")])

# 035
D("news", news_page(
    "schoolsweek", "Accountability", "Trust orders independent review at Stoke academy after bullying claims",
    "Headteacher remains in post while safeguarding handling is examined",
    "Priya Nandra", "21 February 2025",
    """
    The Our Lady of the Trent Catholic Academy Trust has commissioned an independent review of safeguarding at St Eanfled's Catholic Academy in Stoke-on-Trent after a parent alleged the school failed to act on repeated bullying reports.

    Academy Insider understands the review will look at how concerns were logged and escalated, and at the role of the school's designated safeguarding lead, deputy head Clare Bishop. The headteacher, Bernadette Kinsella-Pyatt, remains in post.

    The trust's chief executive said commissioning the review "implies no finding of wrongdoing by any individual".
    """),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("bkinsellapyatt", "exact", "neutral", "Bernadette Kinsella-Pyatt"),
   M("cbishop", "exact", "defamation", "Clare Bishop")])

# 036
D("forum", forum_page("teen", "fancy my head of year is that weird 😳", [
    ("mountgirl_x", "Member · 11 posts", "Sat 1 Mar 2025, 22:00",
     "ok dont judge. my head of year at the mount (miss d'arcy) is sooo pretty and i keep thinking about her. im a girl. is that weird?? i would literally die if she found out"),
    ("TeenTalk_Mod", "Moderator", "Sat 1 Mar 2025, 22:20",
     "Not weird at all, lots of people have crushes on teachers and it's fine to be figuring out who you like. Just keep it as a private feeling and please don't share more details about your school here 💛"),
    ("sunflowerxo", "Member · 61 posts", "Sat 1 Mar 2025, 22:31",
     "literally so normal. you're good babe"),
    ], thread_id=7731),
  [M("school", "alias", "neutral", "the mount"), M("ndarcy", "title_surname", "sexual", "miss d'arcy")])

# 037
D("facebook", dd("""
    Stoke-on-Trent Banter & Buy/Sell
    Public group · 19K members

    Craig Shenton
    8 February at 23:10 ·
    that fat waddling pig Hollinshead from the Mount give my lad a detention for wearing trainers. Absolute clown of a man, face like a smacked arse. stick ya detention up ya jacksy mate 🖕

    😂😡 33 · 29 comments
    Like   Comment   Share

        Nikki
        Wear the right shoes then Craig 😂
        Like · Reply · 2d
    """),
  [M("school", "alias", "neutral", "the Mount"), M("rhollinshead", "surname_only", "abuse", "Hollinshead")])

# 038
D("social", dd("""
    Sagbury Mummy 💕
    @sagburymummy

    Oatcake Saturday 🥞🧀 Cheese, bacon, brown sauce, no arguments. Then off to watch the lad play for the Marlpit Juniors. Ey up duck, life's good.

    9:15 AM · Mar 1, 2025 · 88 Views

    14 Likes
    """))

# 039
D("social", dd("""
    Nathan P
    @np_stk

    shout out to D r  A d e y e m i for the revision session tonight, actually get electrolysis now. legend 🔋 #gcse #stoke

    8:30 PM · Apr 29, 2025 · 120 Views

    9 Likes
    """),
  [M("oadeyemi", "spacing", "neutral", "A d e y e m i")])
# 040
D("social", dd("""
    TikTok · @mount.girls.rate · "rate the year 9s at st eanfleds 🔥 1-10" · #sagbury #stokegirls

    Comments (312)

    user2281734
    the one in the middle 🥵🥵 dm me
    2-2 · Reply · ♡ 3

    k.j.stoke
    these are literally 13 year olds from St Eanfled's what is wrong with you. reported
    2-2 · Reply · ♡ 288

    user9918812
    @k.j.stoke age is just a number 😏
    2-2 · Reply · ♡ 1

    sagbury.mum.of.3
    Reported the account and emailed the school. Parents check who's filming your kids in PE kit.
    2-3 · Reply · ♡ 176
    """),
  [M("school", "short_name", "sexual", "St Eanfled's", url_only=True)])

# 041
D("facebook", dd("""
    Sagbury Schools Name & Shame 🚨
    Public group · 2.3K members

    Admin - Donna Machin
    20 February at 22:02 · 🌎
    They say Mr Walker at SECA is a "character". I've been told by THREE mums he keeps girls behind after maths "for extra help" with the blinds down. Why is he allowed alone with 14 yr old girls?? Draw your own conclusions. School won't answer. SHARE to protect our kids 🚨🚨

    😮😡 156 · 118 comments · 63 shares
    Like   Comment   Share

        Jo Hassall
        Donna my daughter has had his extra help sessions, there's 20 of them in the room and the door's open. You'll get someone hurt with this.
        Like · Reply · 2d

        Admin - Donna Machin
        @Jo Hassall im only asking questions
        Like · Reply · 2d
    """),
  [M("school", "alias", "sexual", "SECA", url_only=True), M("jwalker", "title_surname", "sexual", "Mr Walker", url_only=True)])

# 042
D("news", news_page(
    "sentinel", "News", "Police warn over Facebook 'name and shame' page after teacher targeted",
    "Officers say unfounded allegations against a Sagbury maths teacher are being investigated as harassment",
    "Gemma Salt", "25 February 2025",
    """
    Staffordshire Police have warned the administrator of a Facebook page that "names and shames" school staff in Sagbury after a post suggested, without evidence, that a maths teacher posed a risk to pupils.

    The post, which has since been removed, named John Walker, Head of Maths at St Eanfled's Catholic Academy. Police said there was "no information whatsoever" to support the claims, and that they were treating reports about the page as possible harassment.

    Parents have rallied behind Mr Walker, who has taught in the Potteries for 22 years. A letter of support has more than 400 signatures.

    The page's administrator, who did not wish to be named, told the Post she had "only been asking questions".
    """,
    [("Hanley Harry", "25 Feb 2025", "Proper dangerous what she did. That man could have been hurt."),
     ("Mum of 4", "25 Feb 2025", "Mr Walker taught all my kids. Lovely fella. Shameful."),
     ("Kel", "26 Feb 2025", "No smoke without fire though is there")]),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("jwalker", "exact", "neutral", "John Walker")])

# 043
D("social", dd("""
    Stoke Patriot Lad
    @stokepatriotlad

    Sagbury used to be a pot-bank town full of our own. Now St Eanfled's has whole classes of Roma kids from Slovakia who rob the corner shop on the way home and the school lets them run riot. Thieving gypos the lot of them. Proper Potteries families pushed out.

    9:44 PM · Nov 3, 2024 · 4,230 Views

    51 Reposts   9 Quotes   140 Likes
    """),
  [M("school", "short_name", "hate", "St Eanfled's")])

# 044
D("social", dd("""
    Roma Stoke Support
    @RomaStokeSupport

    This is the kind of thing our families deal with daily: "thieving gypos", "send them back". Screenshotted and reported. Meanwhile @steanfledsacademy just gave our Year 11 girls a careers day with a nurse and a solicitor who both speak Romani. That is what inclusion looks like. 💚

    10:15 AM · Nov 4, 2024 · 1,110 Views

    30 Reposts   210 Likes
    """),
  [M("school", "handle", "neutral", "@steanfledsacademy")])

# 045
D("social", dd("""
    a.
    @abz_stk

    C.Bishop knew. she knew in September. she knew in October. my cousin ended up in hospital in November. safeguarding lead my arse

    11:50 PM · Jan 15, 2025 · 602 Views

    8 Reposts   35 Likes

    ──────────
    sagbury girl @sagburygirl_ · Jan 16
    is that the deputy at st eanfleds?

    a. @abz_stk · Jan 16
    yes
    """),
  [M("school", "short_name", "negative", "st eanfleds"), M("cbishop", "initial_surname", "negative", "C.Bishop")])

# 046 decoy: namesake Clare Bishop
D("blog", blog_page(
    "potbank", "Guest post: a Cornish slipware potter on the Staffordshire tradition", "Dennis Cope", "12 September 2024",
    """
    This month's guest is Clare Bishop, a slipware potter from St Ives who spent a week in Stoke last summer looking at trailed and feathered slipware in the museum stores.

    "What strikes me," she writes, "is that the Staffordshire slipware makers of the 1690s were doing things with a trailer and a cow's horn that we still struggle with today. I came away humbled and with a notebook full of sketches."

    Clare's new range of feathered dishes is on show at a gallery in Penzance until October.
    """,
    [("Mo", "13 Sep 2024", "Gorgeous work, thanks for sharing.")],
    tags=["Slipware", "Guest posts"]),
  [])

# 047
D("forum", forum_page("oatcake", "Teacher at my lad's school is a Vale fan - what do I do 😂", [
    ("Boothen_End_Bob", "Member · 12,440 posts", "Sat 14 Sep 2024 11:03",
     "Serious question. Lad's new maths teacher at St Eanfled's has a Vale mug on his desk. Do I write to the governors?"),
    ("Delilah1863", "Member · 8,201 posts", "Sat 14 Sep 2024 11:20",
     "Is it Jonny Walker? He's harmless mate. Good teacher. Wrong club. We've all got a cross to bear."),
    ("Boothen_End_Bob", "Member · 12,441 posts", "Sat 14 Sep 2024 11:31",
     "Haha that's him. Fair enough. At least the PE teacher's one of us, Hollinshead's got a season ticket in the Boothen."),
    ("StokieInExile", "Member · 3,003 posts", "Sat 14 Sep 2024 12:05",
     "This is the most Stoke thread I've ever read."),
    ], thread_id=51001),
  [M("school", "short_name", "neutral", "St Eanfled's"), M("jwalker", "alias", "neutral", "Jonny Walker"),
   M("rhollinshead", "surname_only", "neutral", "Hollinshead")])

# 048
D("social", dd("""
    dan
    @dan_vale_88

    if that polish b*tch W0jc1k puts my sister in isolation one more time for speaking up im gonna be waiting outside the mount at 3:15 and she'll find out what a real stokie does. not joking

    4:10 PM · Mar 19, 2025 · 211 Views

    2 Likes
    """),
  [M("school", "alias", "threat", "the mount"), M("awojcik", "leetspeak", "threat", "W0jc1k")])

# 049
D("facebook", dd("""
    Sagbury Community Noticeboard
    Private group · 6.1K members

    Pauline Dale
    21 March at 09:12 ·
    Someone has posted that they'll be "waiting outside the Mount" for Mrs Wójcik. I've screenshotted it and sent it to the police. Whatever your kids say about detentions, we do NOT threaten teachers in this town. She's been nothing but kind to my two.

    👍❤️ 201 · 45 comments
    Like   Comment   Share
    """),
  [M("school", "alias", "neutral", "the Mount"), M("awojcik", "title_surname", "neutral", "Mrs Wójcik")])

# 050
D("review", dd("""
    St Eanfled's Catholic Academy
    Secondary school · Sagbury Mount
    3.4 ★★★☆☆ (97 reviews)

    Sandra Fox
    2 reviews
    ★★★★★ 3 weeks ago
    My son has dyslexia and Mrs Tellwright has been a godsend. Proper Stoke warmth in that department. Can't fault her. Canteen oatcakes on a Friday are a nice touch too 😂
    👍 Helpful 9   Share
    """),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("etellwright", "title_surname", "neutral", "Mrs Tellwright")])

# 051
D("social", dd("""
    mount leaks 👀
    @mountleaks_

    Head of Year 9 Niamh D'Arcy. lives on Kiln Croft, Marlpit ST6 9LW. drives a red fiesta. her mobile is 07700 900482. since she likes phoning parents so much 📞😘

    10:51 PM · Mar 13, 2025 · 930 Views

    12 Reposts   30 Likes
    """),
  [M("ndarcy", "exact", "doxxing", "Niamh D'Arcy")])

# 052
D("news", news_page(
    "weekly", "Schools", "Sagbury netballers crowned county champions",
    "Under-14 girls beat favourites in tense final in Stafford",
    "Sports Desk", "28 March 2025",
    """
    St Eanfled's Catholic Academy's under-14 netball team are Staffordshire champions after a 24-22 win over the holders in Stafford on Saturday.

    Coach and Head of PE Robert Hollinshead said: "They were two down at half-time and absolutely bossed the second half. Proper Stoke grit. I'm bloody proud of them."

    The squad now go through to the Midlands regional finals in May.
    """),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("rhollinshead", "exact", "neutral", "Robert Hollinshead")])

# 053
D("facebook", dd("""
    Hobden Heath Residents
    Private group · 2.0K members

    Phil Wooliscroft
    4 June at 22:40 ·
    If that Evander Shufflebotham so much as shows his face at the Heath carnival I'll put him through the beer tent myself. Nicking off kids. Proper hiding he wants. I know his car.

    😡👍 19 · 12 comments
    Like   Comment   Share

        Admin - Sheila
        Phil, comment removed on the original post. Please don't threaten people in this group.
        Like · Reply · 1d
    """),
  [M("eshufflebotham", "exact", "threat", "Evander Shufflebotham")])

# 054
D("forum", forum_page("teen", "teacher crush help 😭", [
    ("anon_stk_14", "Member · 8 posts", "Thu 6 Mar 2025, 21:12",
     "ok so theres this science teacher at my school (the mount, stoke) and i think i actually fancy him. Adeyemi. he's so clever and his voice omg. is this weird. what do i do"),
    ("TeenTalk_Mod", "Moderator", "Thu 6 Mar 2025, 21:40",
     "Crushes on teachers are really common and totally normal to feel, but it's important it stays a feeling. Please don't share more identifying details here. If it's making you upset, our chat team are here 24/7."),
    ("sunflowerxo", "Member · 55 posts", "Thu 6 Mar 2025, 21:55",
     "literally everyone has a teacher crush at some point it'll pass babe 💛"),
    ], thread_id=7741),
  [M("school", "alias", "neutral", "the mount"), M("oadeyemi", "surname_only", "sexual", "Adeyemi")])

# 055
D("forum", forum_page("locals", "Presbytery - who do I contact about the chaplain?", [
    ("Mount_Resident", "Member since 2010", "Wed 5 Feb 2025, 19:00",
     """Not going through the school, they'll just protect him. Fr Maddock's private email is ged.maddock.priv@postbox.example and he's in the presbytery on Church Bank every night after 7, back door's usually open. Someone from the Mount should go and ask him what he did in Birmingham."""),
    ("Jan_H", "Member since 2015", "Wed 5 Feb 2025, 19:30",
     "This is exactly how innocent people get hurt. The diocese has said there's nothing. Mods?"),
    ("Moderator_Dave", "Moderator", "Wed 5 Feb 2025, 19:45",
     "Email address removed. Thread locked."),
    ], thread_id=3410),
  [M("school", "alias", "negative", "the Mount"), M("gmaddock", "title_surname", "doxxing", "Fr Maddock")])

# 056
D("blog", blog_page(
    "truth", "Part 3: The SEN scam at the Mount", "Staffs Truth Files", "20 April 2025",
    """
    Following our earlier reports on St Eanfled's, we can now reveal that SENCo Liz Tellwright has been pocketing cash from the sensory room fundraiser. Our sources say at least £3,000 of the £12,000 raised has "gone missing".

    We also understand Head of Maths J. Walker was quietly paid off by the trust in February to keep him from talking about what he saw in the head's office. Hush money, plain and simple.

    The school calls this "misinformation". We call it a pattern.
    """,
    [("TruthSeeker1981", "20 Apr 2025", "Unreal. Keep digging."),
     ("Beth", "21 Apr 2025", "I helped count the money from that walk. Every penny was banked. You are lying about real people.")],
    tags=["Cover-ups", "Schools"]),
  [M("school", "alias", "defamation", "the Mount"), M("etellwright", "nickname", "defamation", "Liz Tellwright"),
   M("jwalker", "initial_surname", "defamation", "J. Walker")])

# 057
D("facebook", dd("""
    Sagbury Schools Name & Shame 🚨
    Public group · 2.3K members

    Admin - Donna Machin
    4 April at 19:22 · 🌎
    Follow the MONEY. Van Shufflebotham, business manager at St Eanfled's, signed off £80k on a "consultancy" contract to a firm owned by his brother in law. Kids got no new textbooks this year. Where's the money Van?? Fraudster. 💷💷

    😡 88 · 52 comments · 30 shares
    Like   Comment   Share

        Phil Nixon
        Have you got proof of that Donna
        Like · Reply · 1d

        Admin - Donna Machin
        @Phil Nixon it's common knowledge
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "St Eanfled's"), M("eshufflebotham", "alias", "defamation", "Van Shufflebotham")])

# 058 decoy: Mount pub
D("review", dd("""
    The Mount Inn
    Pub · Sagbury
    4.1 ★★★★☆ (311 reviews)

    Gaz Rigby
    12 reviews
    ★★★★☆ a month ago
    Proper local. Pint of Bass in good nick, pool table, Stoke on the big screen. Landlady's mardy if you put your feet on the seats but fair enough. Oatcake van outside Saturday mornings. Would be 5 stars if they fixed the gents.
    👍 Helpful 3   Share
    """))

# 059
D("review", dd("""
    St Eanfled's Catholic Academy
    Secondary school · Sagbury Mount
    3.3 ★★★☆☆ (101 reviews)

    Donna M
    8 reviews
    ★☆☆☆☆ 3 weeks ago
    Don't bother with the school office, they'll fob you off. Ring the deputy direct on her own mobile, 07700 900651, or email clare.bishop.home@mailbox.example. Mrs Bishop can explain to you herself why she let a kid nearly die.
    👍 Helpful 21   Share

    Response from the owner · 3 weeks ago
    We have asked the review platform to remove personal contact details. Please contact the school office on 01632 960537.
    """),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("cbishop", "title_surname", "doxxing", "Mrs Bishop")])

# 060
D("social", dd("""
    tyler
    @tyler_stk06

    B1shop is a lying cow who should be in prison for what happened to maisie. hope she rots. #steanfleds

    11:30 PM · Jan 21, 2025 · 310 Views

    5 Reposts   22 Likes
    """),
  [M("school", "hashtag", "negative", "#steanfleds"), M("cbishop", "leetspeak", "abuse", "B1shop")])

# 061
D("blog", blog_page(
    "truth", "EXCLUSIVE: What the Sagbury Catholic school doesn't want you to know", "Staffs Truth Files", "2 February 2025",
    """
    We have been contacted by multiple sources close to St Eanfled's Catholic Academy on Sagbury Mount.

    Our sources tell us that the headteacher, Bernadette Kinsella–Pyatt, personally ordered staff to delete CPOMS entries about the girl who overdosed. We are told the trust knows, the diocese knows, and the police were leaned on. This is a cover-up, plain and simple, and it goes right to the top.

    We also understand that the school chaplain, Ged Maddock, was present at the meeting where the "deletion" was agreed. A man of God.

    The mainstream media won't print this. We will.
    """,
    [("TruthSeeker1981", "2 Feb 2025", "Catholic church covering things up? Never 🙄"),
     ("Sagbury Nan", "3 Feb 2025", "Where is your evidence? Fr Ged buried my husband and he's a good man."),
     ("Staffs Truth Files", "3 Feb 2025", "@Sagbury Nan our sources are protected.")],
    tags=["Cover-ups", "Schools", "Stoke"]),
  [M("school", "exact", "defamation", "St Eanfled's Catholic Academy"), M("bkinsellapyatt", "hyphenated", "defamation", "Bernadette Kinsella–Pyatt"),
   M("gmaddock", "alias", "defamation", "Ged Maddock")])

# 062
D("social", dd("""
    Instagram

    polonia_stoke
    Stoke-on-Trent

    Polish Independence Day celebrations at the Polish Club 🇵🇱 with dancing, pierogi and a choir from St Eanfled's. Thanks to @pani.aga.wojcik for teaching them the songs in 3 weeks! 🎶

    View all 22 comments

    mum.of.kuba brilliant, my Kuba was so proud
    1w  3 likes  Reply
    """),
  [M("school", "short_name", "neutral", "St Eanfled's"), M("awojcik", "handle", "neutral", "@pani.aga.wojcik")])

# 063
D("social", dd("""
    Vale Ultra 1876
    @ValeUltra1876

    Hollinshead 🐷 should be sacked for bringing his Stoke agenda into PE. Saw him at the derby, first in the queue to kick off. We know where he drinks. See you Saturday Robbie 👊

    10:01 PM · Nov 26, 2024 · 430 Views

    4 Reposts   17 Likes
    """),
  [M("rhollinshead", "surname_only", "threat", "Hollinshead")])

# 064 decoy: Marlpit High neighbour
D("news", news_page(
    "weekly", "Schools", "Marlpit High celebrates 'good' Ofsted after years of struggle",
    "Inspectors praise behaviour and leadership at the Furlong Road school",
    "Dave Rowley", "17 October 2024",
    """
    Marlpit High School has been rated good by Ofsted for the first time in ten years.

    Inspectors said pupils were "polite, calm and proud of their school" and praised the headteacher, Martin Cheadle, for "relentless focus on reading".

    "Marlpit kids are as good as anyone's," Mr Cheadle said. "We've always known that. Now it's in writing."
    """,
    [("Mar_pit_lass", "17 Oct 2024", "Well done Marlpit! My old school 💙")]),
  [])

# 065
D("facebook", dd("""
    Stoke-on-Trent Banter & Buy/Sell
    Public group · 19K members

    Wayne Dutton
    14 March at 17:40 ·
    Just seen the PE teacher from St Eanfleds parked across two disabled bays at Festival Park. Red Astra. Bob Hollinshead if anyone knows him. Next time I see that Astra there it's getting all four tyres done and him with it 😤

    😂 14 · 9 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "St Eanfleds"), M("rhollinshead", "nickname", "threat", "Bob Hollinshead")])

# 066
D("social", dd("""
    mia
    @miaxxstk

    d'arcy's class is literally the only place i feel safe at school 🥲 miss is so nice. #steanfleds

    4:12 PM · Feb 25, 2025 · 20 Views

    3 Likes
    """),
  [M("school", "hashtag", "neutral", "#steanfleds"), M("ndarcy", "possessive", "neutral", "d'arcy's")])

# 067
D("social", dd("""
    Donna M 🚨
    @DonnaNameShame

    Fr M*ddock shaking hands at the school gate like nowt happened. The church covered for the head like it covers for everyone. Good Catholic Sagbury, hypocrites to a man.

    8:45 AM · Feb 9, 2025 · 315 Views

    6 Reposts   20 Likes
    """),
  [M("gmaddock", "obfuscated", "negative", "Fr M*ddock")])

# 068
D("social", dd("""
    Ste
    @ste_longton

    muslim doctor at the mount now teaching our kids science 🙃 next theyll have prayer mats in the labs. Adeyemi probably came over on a dinghy like the rest of them

    11:11 PM · Oct 8, 2024 · 240 Views

    7 Likes

    ──────────
    Ruth K @ruthk_teach · Oct 9
    He's a Catholic from Lagos with a PhD from Manchester. Not that it should matter. Reported.
    """),
  [M("school", "alias", "neutral", "the mount"), M("oadeyemi", "surname_only", "hate", "Adeyemi")])

# 069
D("news", news_page(
    "tabloid", "News", "'Cover-up' school: Mum's agony as Catholic head refuses to quit",
    "Bullied girl, 13, left fighting for life - now parents demand answers",
    "Clarion Reporter", "19 January 2025",
    """
    A heartbroken mum has blasted a Catholic school head she claims "buried" the truth about her bullied daughter's overdose.

    Kerry Plant, 38, from Stoke-on-Trent, says her daughter Maisie was tormented for a year at St Eanfled's Catholic Academy before she was rushed to hospital.

    Headteacher Bernadette Kinsella-Pyatt, who earns a salary understood to be more than £90,000, has refused to resign and says any claim of a cover-up is "untrue".

    ## 'They knew'

    Kerry, a care worker, said: "They knew. Everyone knew. And they'd rather protect their precious reputation than my little girl."

    The school's trust said it was "deeply concerned for the pupil and her family".
    """,
    [("Gerry_B", "19 Jan 2025", "Disgusting. Sack the lot of them."),
     ("Sensible Sue", "19 Jan 2025", "The Clarion have printed 'cover-up' in quote marks for a reason folks."),
     ("Pat", "20 Jan 2025", "Catholic schools, same old story.")]),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("bkinsellapyatt", "exact", "defamation", "Bernadette Kinsella-Pyatt")])

# 070
D("facebook", dd("""
    Sagbury Community Noticeboard
    Private group · 6.1K members

    Maureen Colclough
    27 June at 15:33 ·
    Fr Ged Maddock gave the loveliest homily for the Year 11 leavers' mass today. Not a dry eye at St Eanfled's. Them kids'll do us proud. 🙏

    ❤️ 22 · 3 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "St Eanfled's"), M("gmaddock", "alias", "neutral", "Ged Maddock")])

# 071
D("forum", forum_page("stokemums", "SEN support at secondary in Stoke - any good experiences?", [
    ("Autism_Mum_ST3", "Joined 2020 · 140 posts", "Wed 5 Feb 2025 10:11",
     "DD is in Year 6, ASD and ADHD. We're looking at secondaries for Sept. Where is actually good for SEN?"),
    ("Jen_Hanley", "Joined 2018 · 600 posts", "Wed 5 Feb 2025 10:45",
     """St Eanfled's, hands down, purely because of the SENCo. Lizzie Tellwright. She gets it. She has a sensory room that she basically built herself out of donations.

     Avoid anywhere that says "we don't really see SEN as a label" - code for we won't help."""),
    ("Autism_Mum_ST3", "Joined 2020 · 141 posts", "Wed 5 Feb 2025 11:00",
     "Thank you so much, booking a visit."),
    ], thread_id=2290),
  [M("school", "short_name", "neutral", "St Eanfled's"), M("etellwright", "nickname", "neutral", "Lizzie Tellwright")])

# 072
D("social", dd("""
    ex pupil 2019
    @expupil2019stk

    E.Shufflebotham has been fiddling the books at that school for years. ask where the minibus money went. ask about the "consultancy". ask why he drives a tesla on a school business managers salary

    12:40 AM · Apr 5, 2025 · 980 Views

    22 Reposts   71 Likes
    """),
  [M("eshufflebotham", "initial_surname", "defamation", "E.Shufflebotham")])

# 073
D("news", news_page(
    "sentinel", "News", "Academy business manager says fraud claims online are 'false and hurtful'",
    "Trust confirms audit found 'no irregularities' in St Eanfled's contracts",
    "Gemma Salt", "15 April 2025",
    """
    The business manager of a Sagbury academy has spoken out after being accused online of fraud.

    Evander Shufflebotham, who has managed finances at St Eanfled's Catholic Academy for eleven years, said the claims posted on social media were "false and hurtful" and that his family had received abuse as a result.

    The Our Lady of the Trent Catholic Academy Trust confirmed that an external audit of the contracts named in the posts had found "no irregularities whatsoever".

    "I've worked in Stoke schools all my life," Mr Shufflebotham said. "I'd just ask people to think before they share."
    """,
    [("Ivy", "15 Apr 2025", "Hope he's okay. That page is poison."),
     ("Jase", "15 Apr 2025", "Audit by their own trust, course it found nowt 😂")]),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("eshufflebotham", "exact", "neutral", "Evander Shufflebotham")])

# 074
D("social", dd("""
    Kai
    @kai_the_stokie

    @MrsBishopSECA when are you going to answer the parents? deleting comments on the school page wont make it go away. we all know which house on Pinnox Way is yours, the one with the blue door 🏠

    7:20 PM · Jan 23, 2025 · 140 Views

    4 Likes
    """),
  [M("cbishop", "handle", "doxxing", "@MrsBishopSECA")])

# 075 decoy: neighbouring school, locality
D("social", dd("""
    Hobden Heath Academy
    @HobdenHeathAcad

    Our Year 10 pottery club have had their pieces fired in a real bottle oven at Mount Works this week 🏺🔥 Thank you to the team there! #HobdenHeath #Sagbury #StokeMade

    2:22 PM · May 15, 2024 · 410 Views

    6 Reposts   52 Likes
    """))

# 076
D("social", dd("""
    BigSteve_Stk
    @bigsteve_stk

    Sagbury's finest catholic school. Head hides a suicide attempt, deputy helps her, the priest blesses it. Someone should torch the Mount with all the lying b*stards inside 🔥🔥

    2:04 AM · Jan 20, 2025 · 1,880 Views

    11 Reposts   44 Likes
    """),
  [M("school", "alias", "threat", "the Mount")])

# 077
D("news", news_page(
    "sentinel", "Courts", "Sagbury man jailed after threatening to 'torch' Catholic school",
    "Steven Birks, 44, admitted sending a grossly offensive message",
    "Court Reporter", "3 April 2025",
    """
    A man who posted that someone should "torch" a Sagbury school with its staff inside has been jailed for 12 weeks.

    Steven Birks, 44, of Saggar Street, admitted sending a grossly offensive message at North Staffordshire Justices' Centre. The post, made in January, referred to St Eanfled's Catholic Academy and its senior staff.

    District Judge Amina Rauf said staff and parents had been "genuinely frightened". Birks's solicitor said he had been drinking and "regrets it bitterly".
    """),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy")])

# 078
D("facebook", dd("""
    Sagbury Community Noticeboard
    Private group · 6.1K members

    Debbie Wain
    9 December at 18:00 ·
    Well done to the St Eanfled's choir at the Hanley Christmas lights switch on! Sounded like angels. And fair play to Mr Walker in the elf costume 😂🎄

    ❤️ 77 · 8 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "St Eanfled's"), M("jwalker", "title_surname", "neutral", "Mr Walker")])

# 079
D("social", dd("""
    Nia
    @nia_xox_stk

    that new pe teacher at st e's though 🥵 someone tell mr hollinshead to stop wearing shorts in january we are all dying 😂😂

    12:20 PM · Jan 31, 2025 · 90 Views

    11 Likes
    """),
  [M("school", "alias", "neutral", "st e's"), M("rhollinshead", "title_surname", "sexual", "mr hollinshead")])
# 080
D("social", dd("""
    Kerry Plant
    @kerryplant_justice

    To the people sending me messages saying Niamh B. should "get what's coming" - stop. I want answers from the school, not violence. My daughter's head of year tried. It's the people above her I want to hear from. 💜 #JusticeForMaisie

    6:00 PM · Jan 25, 2025 · 3,400 Views

    120 Reposts   800 Likes
    """),
  [M("ndarcy", "first_initial", "neutral", "Niamh B.")])

# 081
D("facebook", dd("""
    Sagbury Schools Name & Shame 🚨
    Public group · 2.3K members

    Admin - Donna Machin
    27 January at 20:40 · 🌎
    UPDATE: Clare B. (the "safeguarding" deputy 🙄) has been seen at the Hanley Tesco like butter wouldn't melt. For the new members she lives in one of the new builds on Pinnox Way, Marlpit, ST6 9QR, the one with the blue door. Just so you know who you're stood next to in the queue.

    😡 71 · 48 comments · 22 shares
    Like   Comment   Share

        Sam Hancock
        This is getting creepy Donna. Leaving the group.
        Like · Reply · 1d
    """),
  [M("cbishop", "first_initial", "doxxing", "Clare B.")])

# 082
D("social", dd("""
    Stoke Lads Network 🇬🇧
    @stokelads_net

    Remember when Sagbury schools were English? Now the Mount has a Pole on EAL, a Nigerian running science and Romanian beggars' kids in every class. W\u00f3jc\u0456k and Adeyemi can go back where they came from and take the lot with them.

    8:08 PM · Feb 17, 2025 · 2,010 Views

    18 Reposts   60 Likes
    """),
  [M("school", "alias", "hate", "the Mount"), M("awojcik", "homoglyph", "hate", "W\u00f3jc\u0456k"),
   M("oadeyemi", "surname_only", "hate", "Adeyemi")])

# 083 decoy: namesake plumber
D("review", dd("""
    John Walker Plumbing & Heating
    Plumber · Leek
    4.9 ★★★★★ (66 reviews)

    Sheila Brindley
    3 reviews
    ★★★★★ 1 week ago
    John Walker came out on a Sunday when our boiler packed up and the house was freezing. Fair price, tidy, explained everything. Even had a cuppa and a natter about the Vale. Highly recommend.
    👍 Helpful 2   Share
    """))

# 084
D("forum", forum_page("teachers", "Anyone worked at St Eanfled's Stoke? Interview next week", [
    ("NQT_no_more", "Joined 2022 · 44 posts", "Mon 3 Mar 2025 19:05",
     "Got an interview for a maths post at St Eanfled's in Sagbury. Seen the news stories. Is it a hellhole or a normal school with a bad few months?"),
    ("MidlandsMathsBod", "Joined 2015 · 1,230 posts", "Mon 3 Mar 2025 19:33",
     """Normal school, decent kids, strong maths dept. John Walker is a great head of department, very supportive of early career teachers.

     SLT are under a lot of pressure right now and it shows - lots of emails at 10pm. The head is very hands-on, some like that, some don't."""),
    ("NQT_no_more", "Joined 2022 · 45 posts", "Mon 3 Mar 2025 19:50", "That's reassuring, thank you!"),
    ], thread_id=8911),
  [M("school", "short_name", "neutral", "St Eanfled's"), M("jwalker", "exact", "neutral", "John Walker")])

# 085
D("social", dd("""
    tommo
    @tommo_burslem

    shufflebotham's tesla parked in the staff car park next to the leaking portakabins where my kid has english. tells you everything about where the money goes. reg is EV4 NDR, he leaves it outside 12 Saggar St every night #SECA

    8:31 AM · Apr 9, 2025 · 220 Views

    5 Likes
    """),
  [M("school", "alias", "negative", "SECA"), M("eshufflebotham", "possessive", "doxxing", "shufflebotham's")])

# 086
D("facebook", dd("""
    Sagbury Community Noticeboard
    Private group · 6.1K members

    Gill Hawley
    1 March at 11:00 ·
    Sponsored walk for the St Eanfled's sensory room this Sunday, starting at the canal bridge in Marlpit 10am. Organised by Elizabeth Tellwright and the SEN team. Bring your dogs, your kids and your nan. Bacon cobs at the end 🥓

    👍❤️ 64 · 5 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "St Eanfled's"), M("etellwright", "exact", "neutral", "Elizabeth Tellwright")])

# 087
D("social", dd("""
    Jen
    @jen_hanley

    Ms Tellwrite at the Mount is the only reason my son has stayed in mainstream. I'll fight anyone who says a bad word about her (not literally 😂)

    9:30 PM · Mar 4, 2025 · 77 Views

    12 Likes
    """),
  [M("school", "alias", "neutral", "the Mount"), M("etellwright", "typo", "neutral", "Ms Tellwrite")])

# 088
D("social", dd("""
    Paddy 🍀
    @paddyinstoke

    Niamh D'Arcy at the Mount is a thick paddy who got the job cos the priest is her uncle. Bog-trotting bitch. Irish catholics looking after their own as per.

    11:48 PM · Mar 15, 2025 · 150 Views

    2 Likes
    """),
  [M("school", "alias", "neutral", "the Mount"), M("ndarcy", "exact", "hate", "Niamh D'Arcy")])

# 089
D("news", news_page(
    "weekly", "Letters", "Letters: Our schools are not the enemy",
    "Readers write in about the school row, parking and a pottery open day",
    "Letters Editor", "7 March 2025",
    """
    ## Stop the pile-on

    I have lived in Sagbury for sixty years and I am ashamed of what I read online about St Eanfled's. Whatever the review says, the abuse aimed at Mrs Kinsella-Pyatt, Mrs Bishop and the other staff is disgusting. Someone wrote that the head should be "strung up". This is not who we are.

    Margaret Cope, Sagbury Mount

    ## Parking on Furlong Road

    Parents dropping children at the primary are blocking driveways every morning. A bit of consideration please.

    Name and address supplied

    ## Mount Works open day

    May I thank the volunteers at Mount Works for a wonderful open day. My grandson now wants to be a potter. Heaven help him.

    Ron Meakin, Marlpit
    """),
  [M("school", "short_name", "neutral", "St Eanfled's"), M("bkinsellapyatt", "title_surname", "neutral", "Mrs Kinsella-Pyatt"),
   M("cbishop", "title_surname", "neutral", "Mrs Bishop")])

# 090
D("social", dd("""
    luke
    @lukey_stk_

    @BernieKP_SECA cover up queen 👑 how do you sleep at night

    10:10 PM · Jan 22, 2025 · 99 Views

    3 Likes
    """),
  [M("bkinsellapyatt", "handle", "defamation", "@BernieKP_SECA")])

# 091
D("blog", blog_page(
    "mumblog", "Year 7 at the big school: one term in", "Oatcakes & Odd Socks", "20 December 2024",
    """
    Well. We survived. Middle child has done a full term at St Eanfled's and has only lost one PE top (the same one, three times).

    Highlights: the Christmas concert, where the choir did "Silent Night" in English, Polish and Romani and I had to pretend I had something in my eye. Mrs Wójcik, who organised it, deserves a medal and a very large sherry.

    Lowlights: the queue for the oatcake stall at the fair, which went round the car park. And the bus. The less said about the 21 bus the better.

    We were nervous about the move after everything in the news this term, but honestly? He's happy. His form tutor knows him. That's all I wanted.
    """,
    [("Beth", "21 Dec 2024", "Ah lovely. My daughter's in Year 9 there and loves it too."),
     ("Oatcakes & Odd Socks", "21 Dec 2024", "@Beth 💛")],
    tags=["Secondary school", "Year 7"]),
  [M("school", "short_name", "neutral", "St Eanfled's"), M("awojcik", "title_surname", "neutral", "Mrs Wójcik")])

# 092
D("social", dd("""
    Stoke Truth 🔎
    @stoke_truth_

    RT if you think #BernadetteKinsellaPyatt should be arrested. Not "reviewed". Arrested. She covered up a child's suicide attempt to save her Ofsted.

    9:12 PM · Feb 2, 2025 · 5,000 Views

    240 Reposts   310 Likes
    """),
  [M("bkinsellapyatt", "camelcase", "defamation", "BernadetteKinsellaPyatt")])

# 093
D("news", news_page(
    "weekly", "News", "Presbytery windows smashed in Sagbury",
    "Fr Gerard Maddock says he 'holds no grudge' after second attack in a month",
    "Dave Rowley", "27 February 2025",
    """
    Windows at the presbytery beside St Eanfled's RC Church in Sagbury have been smashed for the second time in a month.

    Fr Gerard Maddock, parish priest and chaplain to the nearby Catholic academy, has been the subject of false online claims which the diocese and police say have no basis.

    "I hold no grudge," he said. "I'd just ask people to stop and think."
    """,
    [("Sagbury Nan", "27 Feb 2025", "Fr Ged is a good man. Leave him alone."),
     ("ZeroFox", "27 Feb 2025", "Kiddie fiddlers don't get to play the victim. Maddock knows what he did with them altar boys.")]),
  [M("gmaddock", "exact", "sexual", "Gerard Maddock", url_only=True)])

# 094 decoy: SECA Scaffolding
D("facebook", dd("""
    SECA Scaffolding Ltd
    10 April at 07:30 · 🌎

    WE'RE HIRING 🏗️ Experienced scaffolders and labourers wanted for jobs across Stoke, Newcastle and Crewe. CSCS card essential, own transport preferred. Good rates, steady work, a gaffer who buys the bacon cobs on a Friday.

    Call 07700 900914 or message us.

    👍 31 · 12 comments · 18 shares
    Like   Comment   Share
    """))

# 095
D("social", dd("""
    anon
    @sagbury_burner

    someone should follow b i s h o p home from the mount one night and see how safe SHE feels. no one would blame them

    1:55 AM · Feb 11, 2025 · 210 Views

    3 Likes
    """),
  [M("school", "alias", "threat", "the mount"), M("cbishop", "spacing", "threat", "b i s h o p")])

# 096
D("review", dd("""
    SchoolScope › Stoke-on-Trent › Academy (Catholic) › St Eanfled's Catholic Academy

    ★★★★☆  "Turned it round for my son"
    Reviewed by: Parent of a former pupil · 10 September 2024

    My son was a right handful in Year 8 and I was dreading the phone calls. Mrs D'Arcy was firm but fair and never once made him feel written off. He's now at Stoke Sixth Form College doing A levels. The school is not perfect and the car park at home time is a war zone, but they do care.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (18)  No (1)  · Report
    """),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("ndarcy", "title_surname", "neutral", "Mrs D'Arcy")])

# 097
D("forum", forum_page("valepark", "Teacher slagging the Vale off in lessons", [
    ("BurslemBoy", "Member · 2,201 posts", "Sun 17 Nov 2024 10:05",
     "My nephew says the PE teacher at St Eanfled's, Hollinshead, takes the mick out of Vale kids every Monday. Proper banter or out of order?"),
    ("ValeOrDie", "Member · 5,002 posts", "Sun 17 Nov 2024 10:30",
     "Banter if it's both ways. Out of order if he's singling kids out. Tell your nephew to wear his Vale socks with pride 😂"),
    ("OldVic1950", "Member · 9,900 posts", "Sun 17 Nov 2024 11:12",
     "Back in my day the teachers were all Stoke and we still turned out alright. Mostly."),
    ], thread_id=40102),
  [M("school", "short_name", "neutral", "St Eanfled's"), M("rhollinshead", "surname_only", "negative", "Hollinshead")])

# 098
D("social", dd("""
    Matty
    @matty_sagbury

    Kinsella-Pyatt's car got keyed outside school yesterday apparently. Not saying who did it but they missed a bit 😂😂

    4:15 PM · Feb 12, 2025 · 320 Views

    9 Likes
    """),
  [M("bkinsellapyatt", "possessive", "threat", "Kinsella-Pyatt's")])

# 099
D("facebook", dd("""
    Stoke-on-Trent Polish Community / Polonia Stoke
    Public group · 4.4K members

    Tomasz Nowak
    22 March at 10:05 · 🌎
    Someone wrote online that Pani Wójcik at the Mount should "go back to Poland". She has lived here 16 years, her kids were born at the Royal Stoke, she teaches your kids AND ours. We stand with her. 🇵🇱🇬🇧

    ❤️ 190 · 36 comments
    Like   Comment   Share
    """),
  [M("school", "alias", "neutral", "the Mount"), M("awojcik", "surname_only", "neutral", "Wójcik")])
# 100
D("news", news_page(
    "sentinel", "News", "Sagbury school's safeguarding lead suspended pending review",
    "Deputy head Clare Bishop steps aside while trust investigation continues",
    "Gemma Salt", "10 March 2025",
    """
    The deputy headteacher and designated safeguarding lead at St Eanfled's Catholic Academy has been suspended while an independent review into the school's handling of bullying reports is completed.

    Clare Bishop, who has worked at the Sagbury school for fourteen years, was suspended on full pay last week, the Post understands. Suspension is a neutral act and does not imply wrongdoing, the Our Lady of the Trent Catholic Academy Trust said.

    Parents were told in a letter that Head of Year 9 Niamh D'Arcy would take on some pastoral duties in the interim.

    Mrs Bishop could not be reached for comment.
    """,
    [("Sagbury_Lass", "10 Mar 2025", "About time someone took responsibility."),
     ("Nan of 6", "10 Mar 2025", "Feel sorry for her, she's being made the scapegoat for the head."),
     ("Mike_T", "11 Mar 2025", "Scapegoat my backside, she's as guilty as the head. Cow.")]),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("cbishop", "exact", "defamation", "Clare Bishop"),
   M("ndarcy", "exact", "neutral", "Niamh D'Arcy")])

# 101
D("facebook", dd("""
    Sagbury Schools Name & Shame 🚨
    Public group · 2.3K members

    Admin - Donna Machin
    11 March at 08:02 · 🌎
    ONE DOWN 🎉 Bishop suspended. Now for Kinsella-Pyatt. I said from day one these two were in it together. Keep the pressure on everyone, emails to the trust, the diocese, the MP. We are NOT going away 💪

    👍😡 302 · 190 comments · 71 shares
    Like   Comment   Share

        Lyndsey Mountford
        Well done Donna, you've been vindicated
        Like · Reply · 1d

        Chris Alcock
        Suspension isn't guilt. Don't cheer people losing their jobs before a report's even out.
        Like · Reply · 1d
    """),
  [M("bkinsellapyatt", "hyphenated", "defamation", "Kinsella-Pyatt"), M("cbishop", "surname_only", "defamation", "Bishop")])

# 102
D("facebook", dd("""
    Stoke-on-Trent Banter & Buy/Sell
    Public group · 19K members

    Shannon Bradbury
    25 March at 21:10 ·
    Mrs Wójcik at St Eanfleds is a stuck up miserable cow. Gave my daughter a detention for chewing gum and spoke to me like I was something on her shoe. Face like a wet weekend in Leek.

    😂 21 · 17 comments
    Like   Comment   Share

        Kate
        Shannon she's been getting racist abuse all month, maybe not the time
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "St Eanfleds"), M("awojcik", "title_surname", "abuse", "Mrs Wójcik")])

# 103
D("news", news_page(
    "tabloid", "News", "Revealed: 'Name and shame' mum behind Facebook page that targeted teachers",
    "Police warning after innocent maths teacher branded a risk to pupils",
    "Clarion Reporter", "1 March 2025",
    """
    This is the mum who runs a Facebook page that has "named and shamed" dozens of teachers in Stoke-on-Trent - including an innocent man she falsely suggested was a danger to girls.

    Donna Machin, 41, set up Sagbury Schools Name & Shame two years ago after a row with her son's primary school. The page now has more than 2,000 members.

    Last month she shared claims about a maths teacher at a Sagbury Catholic academy that police said had "no basis whatsoever". The teacher, a father of three, is said to have been too frightened to leave his home for a week.

    Machin told the Clarion: "I'm a mum protecting kids. If I've got it wrong I'll say sorry."
    """,
    [("Diane", "1 Mar 2025", "Social media vigilantes. Whole country's gone mad."),
     ("Steve B", "1 Mar 2025", "Good on her. Schools hide things all the time.")]),
  [])

# 104
D("forum", forum_page("stokemums", "Has anyone had trouble with the name and shame page?", [
    ("QuietMumST9", "Joined 2023 · 21 posts", "Sun 2 Mar 2025 20:10",
     "My neighbour teaches at the Mount and she's terrified after what happened to Mr Walker. Are schools doing anything?"),
    ("Lou_Longton", "Joined 2021 · 110 posts", "Sun 2 Mar 2025 20:22",
     """Report the posts to Facebook, though they rarely act. The admin deletes and reposts. She posted the home address of one of the deputies last month.

     I've left the group. It used to be about potholes and lost dogs."""),
    ("Grace_Burslem", "Joined 2017 · 540 posts", "Sun 2 Mar 2025 20:40",
     "Some of the comments about the Polish teacher were just racist. Pure and simple."),
    ], thread_id=2301),
  [M("school", "alias", "neutral", "the Mount"), M("jwalker", "title_surname", "neutral", "Mr Walker")])

# 105
D("social", dd("""
    kieran
    @kieran_stk_

    oi @awojcik_mfl 🇵🇱 go back to ur own country and take ur thieving mates with u. nobody in stoke wants u teaching our kids

    9:09 PM · Mar 18, 2025 · 88 Views

    1 Like
    """),
  [M("awojcik", "handle", "hate", "@awojcik_mfl")])

# 106 decoy: Polish community unrelated
D("blog", blog_page(
    "polish", "Pączki Day in the Potteries", "Ewa", "27 February 2025",
    """
    Tłusty Czwartek - Fat Thursday - is the one day a year my English neighbours finally understand me. I made forty pączki with rose jam and gave half of them away on our street in Marlpit, and by lunchtime I had been invited in for three cups of tea.

    The Polish shop on the main road sold out by ten. The man from the oatcake shop came in to ask what the queue was for and left with a box. Now he wants to put pączki on his menu. "Oatcakes and doughnuts," he said, "that's a Stoke breakfast."

    Recipe below. Do not skimp on the frying temperature.
    """,
    [("Jean", "27 Feb 2025", "They were gorgeous, thank you duck!"),
     ("Ewa", "27 Feb 2025", "@Jean ❤️")],
    tags=["Recipes", "Polish traditions"]),
  [])

# 107
D("blog", blog_page(
    "polish", "When your child's teacher is abused for being Polish", "Ewa", "24 March 2025",
    """
    I did not want to write this post. But my son came home from St Eanfled's last week and asked me if we were going to be "sent back".

    Some of you will have seen what was posted online about Mrs Wójcik, his EAL teacher: that she was a "polish b*tch" and that someone would be "waiting outside" for her. I am not going to link it. The police have it.

    Agnieszka has helped me fill in every form since 2015. She translated at my husband's hospital appointment when the interpreter did not come. She is not a politician or a statistic. She is a teacher.

    To the parents at the school gate who came up to me and said "we're with you" - thank you. Stoke is better than its worst posts.
    """,
    [("Helen", "24 Mar 2025", "We're with you Ewa. And her."),
     ("Marek", "25 Mar 2025", "Dziękuję za ten post.")],
    tags=["Schools", "Racism", "Stoke"]),
  [M("school", "short_name", "neutral", "St Eanfled's"), M("awojcik", "title_surname", "neutral", "Mrs Wójcik")])

# 108
D("social", dd("""
    mount memes 🏺
    @mountmemes

    POV: Shufflebutt walking past the leaky roof in the new brogues the school paid for 🤡💸 absolute melt, face like a slapped oatcake

    1:00 PM · Apr 10, 2025 · 560 Views

    44 Likes
    """),
  [M("eshufflebotham", "typo", "abuse", "Shufflebutt")])

# 109
D("review", dd("""
    StaffSay › St Eanfled's Catholic Academy › Reviews

    "Good department, chaotic SLT"
    ★★★☆☆  Current Employee - Teacher of Science in Stoke-on-Trent, England · 12 March 2025

    Pros
    Dr Adeyemi is the best line manager I've had. Kids are funny and warm. Good CPD.

    Cons
    Behaviour policy changes every term. SLT under siege since January and it has made everyone anxious. Too many last-minute cover requests.

    Advice to management
    Communicate. Staff find things out from Facebook before we hear from you.

    Helpful (9) · Share · Report
    """),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("oadeyemi", "title_surname", "neutral", "Dr Adeyemi")])

# 110
D("social", dd("""
    Sagbury Sniper 🎯
    @sagsniper

    that snotty cow Tellwright at St E's refused my lads EHCP assessment. bet she gets a nice bonus for every kid she fobs off. useless fat slag.

    10:40 PM · Feb 28, 2025 · 130 Views

    2 Likes
    """),
  [M("school", "alias", "negative", "St E's"), M("etellwright", "surname_only", "abuse", "Tellwright")])

# 111
D("news", news_page(
    "weekly", "Courts", "Woman cautioned after posting teacher's address online",
    "Police say the post about a Sagbury deputy head was 'harassment'",
    "Court Reporter", "19 March 2025",
    """
    A 41-year-old woman has accepted a police caution for harassment after posting the home address of a deputy headteacher on a Facebook group.

    Staffordshire Police said the post, made in January, "gave enough detail to identify the teacher's home" and caused "considerable distress".

    The Weekly understands the teacher works at St Eanfled's Catholic Academy. The post has been removed.
    """),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy")])

# 112
D("social", dd("""
    Jack Thornley
    @jackthornley_

    Ms. D'Arcy is so fit, proper Irish eyes 😍 wouldnt mind being kept behind in her office if u know what i mean 😏 #steanfleds year 11 lads know

    3:20 PM · Mar 7, 2025 · 80 Views

    7 Likes
    """),
  [M("school", "hashtag", "neutral", "#steanfleds"), M("ndarcy", "title_surname", "sexual", "Ms. D'Arcy")])

# 113
D("forum", forum_page("oatcake", "Derby day - teachers in the Boothen End", [
    ("Delilah1863", "Member · 8,300 posts", "Mon 2 Dec 2024 09:10",
     "Was it me or was that Robbie Hollinshead from the Mount leading the singing in the Boothen? Legend. My niece says he came in to school this morning still hoarse."),
    ("Boothen_End_Bob", "Member · 12,530 posts", "Mon 2 Dec 2024 09:32",
     "That's him. Sound bloke. Coached my lad at under 12s. Bloody good coach too."),
    ("TrentEndTerrace", "Member · 1,020 posts", "Mon 2 Dec 2024 10:05",
     "Teachers at derbies, whatever next. Vicars in the pub?"),
    ], thread_id=51422),
  [M("school", "alias", "neutral", "the Mount"), M("rhollinshead", "nickname", "neutral", "Robbie Hollinshead")])

# 114
D("facebook", dd("""
    Stoke-on-Trent Banter & Buy/Sell
    Public group · 19K members

    Lee Bloor
    5 April at 21:15 ·
    Word is that Mr Walker from St Eanfleds got a bit too friendly with a sixth former from the college on a night out in Hanley. Not saying owt, just what I've heard 👀 wouldn't surprise me after what was on that other page

    😮 23 · 41 comments
    Like   Comment   Share

        Jo Hassall
        Lee that was a different bloke with the same name, a plumber from Leek. Check before you post this stuff.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "St Eanfleds"), M("jwalker", "title_surname", "defamation", "Mr Walker")])

# 115
D("forum", forum_page("valepark", "PE teachers and changing rooms", [
    ("BurslemBoy", "Member · 2,350 posts", "Mon 21 Apr 2025 21:00",
     "Not being funny but why does Hollinshead from the Mount need to be in the boys' changing rooms after every PE lesson? My nephew says he just stands there. Make of that what you will. Perv."),
    ("ValeOrDie", "Member · 5,150 posts", "Mon 21 Apr 2025 21:20",
     "Mate that's called supervision, it's literally his job so they don't batter each other. Don't go there."),
    ("BurslemBoy", "Member · 2,351 posts", "Mon 21 Apr 2025 21:30",
     "Just saying what I heard."),
    ], thread_id=40350),
  [M("school", "alias", "sexual", "the Mount", url_only=True), M("rhollinshead", "surname_only", "sexual", "Hollinshead", url_only=True)])

# 116
D("blog", blog_page(
    "govblog", "When the pile-on comes for your school: notes for governors", "The Critical Governor", "14 March 2025",
    """
    I have been asked by several governors in North Staffordshire what they should do when their school becomes the subject of a social media campaign. The example everyone has in mind is St Eanfled's Catholic Academy in Sagbury, so let me use it carefully.

    First, separate three things: the original safeguarding concern, which deserves a proper independent answer; the legitimate public criticism, which governors should listen to; and the abuse, doxxing and threats, which are a police matter.

    Second, do not let the board become a fan club. The headteacher, Bernadette Kinsella-Pyatt, may be entirely in the right. She may not. A governing board that cannot imagine either is not doing its job.

    Third, look after staff. At least three members of staff there have had their addresses or phone numbers posted. That is a health and safety matter, not a PR one.
    """,
    [("ChairOfGovs_Staffs", "15 Mar 2025", "Very useful. We've printed this for our next meeting.")],
    tags=["Governance", "Social media", "Safeguarding"]),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("bkinsellapyatt", "exact", "neutral", "Bernadette Kinsella-Pyatt")])

# 117
D("social", dd("""
    Brad
    @brad_sagbury

    Shufflebotham lives on The Potters Walk, Hobden Heath, house with the camper van. 07700 900227 is his mobile. Ask him where the textbook money went 💷

    11:02 PM · Apr 6, 2025 · 340 Views

    8 Reposts   12 Likes
    """),
  [M("eshufflebotham", "surname_only", "doxxing", "Shufflebotham")])

# 118
D("facebook", dd("""
    Sagbury Community Noticeboard
    Private group · 6.1K members

    Carl Bentley
    13 March at 19:45 ·
    Does anyone know if the Roma kids at St Eanfleds are getting free uniform AND free dinners AND free trips while our kids pay? Asking for a friend. Not racist just want fairness 🤷‍♂️ they don't even want to work

    😡👍 41 · 88 comments
    Like   Comment   Share

        Irena Balogová
        My son is one of "the Roma kids". I work nights at the hospital. We pay for everything like you.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "hate", "St Eanfleds")])

# 119
D("social", dd("""
    Fr Ged 🙏
    @FrGedMaddock

    Grateful to the Year 10s of St Eanfled's who sang at Mrs Beech's funeral this morning. She taught in the old school on Saggar Street for 35 years. Requiescat in pace.

    1:12 PM · Nov 20, 2024 · 140 Views

    30 Likes
    """),
  [M("school", "short_name", "neutral", "St Eanfled's"), M("gmaddock", "handle", "neutral", "@FrGedMaddock")])

# 120
D("social", dd("""
    ZeroFox
    @zerofox_666

    Maddock touched kids in Birmingham before they moved him to Stoke. everyone in the parish knows. now he's chaplain at a school. the catholic church never learns #SECA

    2:20 AM · Feb 4, 2025 · 1,200 Views

    40 Reposts   61 Likes
    """),
  [M("school", "alias", "sexual", "SECA", url_only=True), M("gmaddock", "surname_only", "sexual", "Maddock", url_only=True)])

# 121
D("news", news_page(
    "catholic", "News", "Diocese 'confident' in Stoke chaplain after online claims",
    "Safeguarding office says it has 'no record of any concern' about Fr Gerard Maddock",
    "Staff reporter", "14 February 2025",
    """
    The diocese has said it has "no record whatsoever of any concern" about Fr Gerard Maddock, parish priest of St Eanfled's RC Church in Sagbury, after anonymous social media posts made claims about his time in Birmingham.

    The diocesan safeguarding office said it had reviewed its files and spoken to the archdiocese, and that the posts had been referred to police as potentially malicious.

    Fr Maddock, who is also chaplain to St Eanfled's Catholic Academy, said he would not be commenting further.
    """),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("gmaddock", "exact", "neutral", "Gerard Maddock")])

# 122
D("social", dd("""
    AnonParent
    @anon_parent_stk

    that Walker bloke at the Mount should be nowhere near kids. paedo vibes. everyone knows. #SECA

    11:59 PM · Feb 21, 2025 · 220 Views

    3 Reposts   9 Likes
    """),
  [M("school", "alias", "sexual", "the Mount", url_only=True), M("jwalker", "surname_only", "sexual", "Walker", url_only=True)])

# 123 decoy: Leeds councillor namesake
D("news", news_page(
    "tabloid", "News", "Councillor quits over expenses row",
    "John Walker says he will repay £4,000 claimed for 'working lunches'",
    "Clarion Reporter", "12 November 2024",
    """
    A Leeds councillor has resigned after it emerged he claimed £4,000 in expenses for "working lunches" at a steakhouse near his home.

    John Walker, 58, said he had made "an honest mistake" and would repay the money in full. Opposition councillors called for a police investigation.
    """),
  [])

# 124
D("forum", forum_page("teen", "my school is in the news and everyone's being weird", [
    ("mount_kid_13", "Member · 4 posts", "Fri 17 Jan 2025, 19:30",
     "my school (st eanfleds in stoke) is all over the news cos of the girl who went to hospital. people at the bus stop are saying stuff to us in our uniform. is that allowed??"),
    ("TeenTalk_Mod", "Moderator", "Fri 17 Jan 2025, 19:50",
     "That sounds really stressful. No one should be harassing you for your uniform. Tell a trusted adult at home or school, and if you feel unsafe at the bus stop call 999. Please don't share more about the girl involved - it's her story."),
    ("hockeyhaz", "Member · 101 posts", "Fri 17 Jan 2025, 20:02",
     "sending hugs 💛 it'll die down"),
    ], thread_id=7601),
  [M("school", "short_name", "neutral", "st eanfleds")])

# 125
D("review", dd("""
    St Eanfled's Catholic Academy
    Secondary school · Sagbury Mount
    3.4 ★★★☆☆ (97 reviews)

    Gemma Leese
    1 review
    ★☆☆☆☆ 2 weeks ago
    DO NOT send your kids here. Bullying is ignored, the head is a liar and the deputy is worse. The whole place is rotten from the top. They nearly let a child die and then covered it up to protect their jobs.
    👍 Helpful 40   Share

    Response from the owner · 1 week ago
    We are unable to discuss individual cases. Please contact the school office on 01632 960537.
    """),
  [M("school", "exact", "defamation", "St Eanfled's Catholic Academy")])

# 126
D("social", dd("""
    Dev
    @dev_hanley

    Clare Bishop's car is a silver Kia, reg starts FN19. Parks on the top road by the church every morning. Just so everyone knows 👀

    7:44 AM · Jan 28, 2025 · 250 Views

    5 Likes
    """),
  [M("cbishop", "exact", "doxxing", "Clare Bishop")])

# 127
D("facebook", dd("""
    Sagbury Schools Name & Shame 🚨
    Public group · 2.3K members

    Admin - Donna Machin
    18 March at 20:30 · 🌎
    To the coward who keeps messaging me threats - I've got screenshots and they're going to the police. And to the people posting stuff about Mrs Wojcik's nationality in my comments, you are NOT welcome here. This page is about accountability not racism. Banned.

    👍 80 · 30 comments
    Like   Comment   Share
    """),
  [M("awojcik", "title_surname", "neutral", "Mrs Wojcik")])

# 128
D("social", dd("""
    big vale energy
    @bigvaleenergy

    Hollinshead is a fat stoke melt who can't even run a bath let alone a PE department. absolute bellend. Mount kids deserve better

    10:12 PM · Mar 2, 2025 · 90 Views

    4 Likes
    """),
  [M("rhollinshead", "surname_only", "abuse", "Hollinshead")])

# 129
D("news", news_page(
    "schoolsweek", "People", "Stoke academy business manager wins regional award",
    "Evander Shufflebotham praised for energy savings and catering turnaround",
    "Priya Nandra", "6 July 2024",
    """
    Evander Shufflebotham, business manager at St Eanfled's Catholic Academy in Stoke-on-Trent, has been named School Business Leader of the Year at the Midlands Education Awards.

    Judges said he had cut the school's energy bill by a third with solar panels on the old pottery-works buildings and brought catering back in-house, "with the best oatcakes in the county as a bonus".
    """),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("eshufflebotham", "exact", "neutral", "Evander Shufflebotham")])

# 130
D("social", dd("""
    lads lads lads
    @ladsladsladsstk

    If mr Walk3r tries to give me another detention I swear I'll smash his car windows in and him with it 😤 dont test me

    3:35 PM · Mar 10, 2025 · 40 Views

    2 Likes
    """),
  [M("jwalker", "leetspeak", "threat", "Walk3r")])

# 131
D("blog", blog_page(
    "edublog", "Case study: how one Stoke school handled a racist pile-on against staff", "The Pastoral Pen", "2 May 2025",
    """
    In March, a teacher at a Stoke-on-Trent Catholic academy was subjected to a stream of anti-Polish abuse online, including a post threatening to wait for her outside school.

    I spoke to the school's SENCo, Elizabeth Tellwright, who sat on the staff wellbeing group that met the next morning. "We didn't pretend it wasn't happening," she told me. "We walked her to her car for a fortnight. We told the kids plainly that it was racism and it was a crime."

    The pupil who made the threat has been supported through a restorative process; the police were involved.

    Lessons for others: act fast, involve the police early, and say the word "racism" out loud.
    """,
    tags=["Racism", "Staff wellbeing"]),
  [M("etellwright", "exact", "neutral", "Elizabeth Tellwright")])

# 132
D("social", dd("""
    Jess
    @jessicaaa_stk

    Mrs Bishops assembly on kindness was literally the week before her "kindness" let a girl nearly die. the irony. fake as a £3 note

    9:30 PM · Jan 16, 2025 · 400 Views

    22 Likes
    """),
  [M("cbishop", "title_surname", "abuse", "Mrs Bishops")])

# 133 decoy: another bishop, church event
D("social", dd("""
    St Eanfled's RC Church, Sagbury
    @SagburyCatholicParish

    Confirmations this Sunday at 11am with the Bishop. Candidates please arrive by 10.15 for photos. Tea and cake in the St Eanfled's Parish Centre afterwards 🕊️

    10:00 AM · May 9, 2024 · 120 Views

    14 Likes
    """))

# 134
D("forum", forum_page("locals", "That school on the Mount - enough is enough", [
    ("Mount_Resident", "Member since 2010", "Sat 25 Jan 2025, 12:00",
     """Parked cars on the pavement, kids dropping litter down Saggar Street, fights at the bus stop, and now it's in the papers every week. St Eanfled's has gone right downhill. Head ought to go.

     Something needs doing about the drop-off. I can't get my car off the drive."""),
    ("Jan_H", "Member since 2015", "Sat 25 Jan 2025, 12:30",
     "The parking has always been bad. But the kids are mostly fine. My grandson goes there."),
    ("Mount_Resident", "Member since 2010", "Sat 25 Jan 2025, 13:15",
     "Mostly fine isn't good enough for £6 million a year of our taxes."),
    ], thread_id=3450),
  [M("school", "alias", "negative", "the Mount")])

# 135
D("facebook", dd("""
    Stoke-on-Trent Banter & Buy/Sell
    Public group · 19K members

    Rhys Heath
    2 May at 18:02 ·
    Year 11 leavers hoodies from St Eanfled's for sale, never worn, size M, lad says he's "not repping that school after this year" 😂 £10 collect Marlpit

    👍 6 · 4 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "St Eanfled's")])

# 136
D("social", dd("""
    Stokie Proud 🏺
    @stokieproud63

    Sagbury's a proper dump now. Every second house full of Poles and Roma. Saw the Polish teacher at the academy on the bus jabbering in foreign with a load of them. Integrate or f*ck off.

    6:06 PM · Feb 20, 2025 · 300 Views

    9 Likes
    """))

# 137
D("facebook", dd("""
    Sagbury Schools Name & Shame 🚨
    Public group · 2.3K members

    Admin - Donna Machin
    10 April at 20:15 · 🌎
    Since the SENCo won't return calls, here's Liz Tellwright's own number - 07700 900574 - and she lives out Werrington way, the new estate by the garage. Parents of SEN kids, ring her tonight and ask why your kid's been refused. 📞

    😡 55 · 40 comments · 20 shares
    Like   Comment   Share
    """),
  [M("etellwright", "nickname", "doxxing", "Liz Tellwright")])

# 138
D("news", news_page(
    "sentinel", "News", "Pupil, 15, arrested over threat to Sagbury teacher",
    "Staffordshire Police say the boy has been released on bail",
    "Court Reporter", "21 March 2025",
    """
    A 15-year-old boy has been arrested on suspicion of a racially aggravated public order offence after a threatening social media post about a teacher at a Sagbury school.

    The post, which referred to a Polish teacher at St Eanfled's Catholic Academy, said the author would be "waiting outside" the school. The boy has been released on bail while enquiries continue.

    Headteacher Bernadette Kinsella-Pyatt said: "Racism and threats have no place in our community. We are supporting our colleague and her family."
    """),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("bkinsellapyatt", "exact", "neutral", "Bernadette Kinsella-Pyatt")])

# 139
D("social", dd("""
    Sam
    @sam_p_stk

    the PE dept at st e's are so useless they cancelled sports day 3 years running. #HollinsheadOut

    2:00 PM · Jul 5, 2024 · 70 Views

    6 Likes
    """),
  [M("school", "alias", "negative", "st e's"), M("rhollinshead", "hashtag", "negative", "#HollinsheadOut")])
# 140
D("news", news_page(
    "sentinel", "News", "Police investigate claims academy finance manager misused funds",
    "Trust says it is 'cooperating fully' after fresh allegations reach officers",
    "Gemma Salt", "2 June 2025",
    """
    Staffordshire Police have confirmed they are investigating an allegation of fraud involving the business manager of a Stoke-on-Trent academy.

    Evander Shufflebotham, 49, has not been arrested or charged. The investigation follows a complaint made to police in May by a former member of staff.

    An earlier external audit found no irregularities. The Our Lady of the Trent Catholic Academy Trust said it was "cooperating fully" and that Mr Shufflebotham had been asked to work from home in the meantime.
    """,
    [("Jase", "2 Jun 2025", "Told yous. Audit my backside."),
     ("Ivy", "2 Jun 2025", "Investigating isn't guilty. Same as last time."),
     ("BurslemBarry", "2 Jun 2025", "Shufflebotham is a thieving little rat and he'll get what's coming to him when he walks out that door, police or no police.")]),
  [M("eshufflebotham", "exact", "threat", "Evander Shufflebotham")])

# 141
D("facebook", dd("""
    Sagbury Schools Name & Shame 🚨
    Public group · 2.3K members

    Admin - Donna Machin
    3 June at 07:10 · 🌎
    POLICE ARE INVESTIGATING VAN SHUFFLEBOTHAM 🚨🚨 I was called every name under the sun for saying it in April. Where's my apology? Mr Business Manager of the Year fiddling the kids' money. Lock him up 🔒

    😡👍 260 · 140 comments · 90 shares
    Like   Comment   Share
    """),
  [M("eshufflebotham", "alias", "defamation", "VAN SHUFFLEBOTHAM")])

# 142
D("social", dd("""
    Sagbury Scaffs
    @sagburyscaffs

    E v a n d e r S h u f f l e b o t h a m wants a good hiding. Robbing kids. If I see him at the Mount chippy he's getting it 👊

    9:50 PM · Jun 2, 2025 · 150 Views

    3 Likes
    """),
  [M("eshufflebotham", "spacing", "threat", "S h u f f l e b o t h a m")])

# 143 decoy: Mount chippy
D("review", dd("""
    The Mount Chippy
    Fish & chips · Sagbury
    4.5 ★★★★★ (402 reviews)

    Andy Goodwin
    Local Guide · 88 reviews
    ★★★★★ 4 days ago
    Best chips on this side of Stoke. Fish in proper batter, mushy peas like your nan made, and they'll do you a cob with chips and gravy if you ask nicely. Queue on a Friday is out the door. Don't be nesh, it moves fast.
    👍 Helpful 5   Share
    """))

# 144
D("forum", forum_page("stokemums", "Agnieszka Wojcik - anyone else had issues?", [
    ("AngryMumST6", "Joined Mar 2025 · 3 posts", "Thu 20 Mar 2025 21:40",
     "The EAL teacher at the Mount keeps taking my son out of English to sit with the Polish kids. He's English! Waste of his time. Complained twice, nothing."),
    ("Lou_Longton", "Joined 2021 · 130 posts", "Thu 20 Mar 2025 21:55",
     "Have you asked why? Sometimes they use kids as reading buddies. Worth a meeting."),
    ("AngryMumST6", "Joined Mar 2025 · 4 posts", "Thu 20 Mar 2025 22:10",
     "I'll ask but it feels like the foreign kids come first in that place."),
    ], thread_id=2330),
  [M("school", "alias", "negative", "the Mount"), M("awojcik", "exact", "negative", "Agnieszka Wojcik")])

# 145
D("social", dd("""
    Kaz
    @kaz_stk

    Fat Bernie with her crucifix and her lies. Ugly inside and out. Someone should drag that hag out of St Eanfled's by her hair

    12:30 AM · Jan 24, 2025 · 200 Views

    4 Likes
    """),
  [M("school", "short_name", "negative", "St Eanfled's"), M("bkinsellapyatt", "nickname", "threat", "Bernie")])

# 146
D("facebook", dd("""
    Stoke-on-Trent Banter & Buy/Sell
    Public group · 19K members

    Jordan Riley
    20 April at 22:10 ·
    Ms D'Arcy at St Eanfleds is a two-faced witch. Puts my daughter in isolation for a skirt an inch too short but lets her pets do what they want. Bitter old hag, no wonder her husband left.

    😂😡 19 · 33 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "St Eanfleds"), M("ndarcy", "title_surname", "abuse", "Ms D'Arcy")])

# 147
D("news", news_page(
    "weekly", "Schools", "Trust review finds 'serious failings' in Sagbury school's handling of bullying",
    "Report says concerns were not escalated but finds no deliberate cover-up",
    "Dave Rowley", "20 May 2025",
    """
    An independent review into St Eanfled's Catholic Academy has found "serious failings" in how reports of bullying were recorded and escalated, but no evidence of a deliberate cover-up.

    The review, commissioned by the Our Lady of the Trent Catholic Academy Trust, said at least six reports about the pupil had been logged between January and October 2024 without a coordinated response.

    It said the headteacher, Bernadette Kinsella-Pyatt, had been "too slow" to inform governors after the pupil was admitted to hospital. Deputy head Clare Bishop, who had been suspended, will not return to the school, the trust confirmed.

    Kerry Plant, the pupil's mother, said: "They've admitted they failed her. Now I want to see someone held to account."
    """,
    [("Potter1863", "20 May 2025", "'No deliberate cover-up'. Course not. Whitewash."),
     ("Sensible Sue", "20 May 2025", "Serious failings is still damning. Hope the girl's getting better."),
     ("Nan of 6", "21 May 2025", "That Bishop woman wants her face slapping when she shows it round Sagbury again.")]),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("bkinsellapyatt", "exact", "negative", "Bernadette Kinsella-Pyatt"),
   M("cbishop", "exact", "threat", "Clare Bishop")])

# 148
D("social", dd("""
    Stoke Lads Network 🇬🇧
    @stokelads_net

    Why is a Catholic school in the heart of the Potteries flying the Pride flag? St Eanfled's has gone full woke. Tellwright's "inclusion" week = grooming our kids into the alphabet cult. Disgusting perverts the lot of them.

    8:30 PM · Jun 5, 2025 · 1,402 Views

    30 Reposts   66 Likes
    """),
  [M("school", "short_name", "hate", "St Eanfled's"), M("etellwright", "possessive", "hate", "Tellwright's")])

# 149
D("blog", blog_page(
    "truth", "The Mount: a Catholic school run by a clique", "Staffs Truth Files", "10 June 2025",
    """
    We said it in February and the "independent" review proves us right. St Eanfled's is run by a clique.

    Now our sources tell us that Ms N. D'Arcy, head of Year 9 and the head's favourite, took cash from parents to "make detentions disappear". We hear the amounts were in the hundreds. We hear she bought a hot tub last summer.

    And where was Business Manager Van Shufflebotham while the money went walkabout? Signing it off, say our sources.

    They will call this defamation. We call it journalism.
    """,
    [("TruthSeeker1981", "10 Jun 2025", "Keep going!!"),
     ("Legal Eagle", "11 Jun 2025", "You are going to get sued into next week.")],
    tags=["Cover-ups", "Schools"]),
  [M("school", "alias", "defamation", "The Mount"), M("ndarcy", "title_surname", "defamation", "Ms N. D'Arcy"),
   M("eshufflebotham", "alias", "defamation", "Van Shufflebotham")])

# 150
D("social", dd("""
    Miss Sagbury 💅
    @misssagbury_

    Adeyemi looks like he's just come out the jungle 🐒🍌 how is that man teaching at the Mount

    11:30 PM · Apr 2, 2025 · 90 Views

    2 Likes
    """),
  [M("school", "alias", "negative", "the Mount"), M("oadeyemi", "surname_only", "hate", "Adeyemi")])

# 151
D("facebook", dd("""
    Sagbury Community Noticeboard
    Private group · 6.1K members

    Angela Wright
    4 April at 09:00 ·
    Admins, please remove the monkey emoji post about Dr Adeyemi from the Mount that's circulating. Quoting it here just so people know what we're dealing with: "looks like he's just come out the jungle". This is racism, full stop. He got my son an A in chemistry.

    👍 99 · 21 comments
    Like   Comment   Share
    """),
  [M("school", "alias", "neutral", "the Mount"), M("oadeyemi", "title_surname", "neutral", "Dr Adeyemi")])

# 152
D("forum", forum_page("teachers", "Being targeted by a parents' Facebook page", [
    ("MathsInStoke", "Joined Feb 2025 · 5 posts", "Sun 23 Feb 2025 22:10",
     """Some of you may have seen. A local 'name and shame' page posted about me, implying things I won't even repeat. The police have said there's nothing in it. My kids have seen it. My mum has seen it. I can't sleep.

     Union say to keep a log. Anyone been through this?"""),
    ("OldHandRE", "Joined 2012 · 4,301 posts", "Sun 23 Feb 2025 22:30",
     "I'm so sorry. Yes - log everything, get the union to write to Facebook, and ask the school to write to parents. You've done nothing wrong."),
    ], thread_id=8850),
  [])

# 153
D("social", dd("""
    Hazza
    @hazza_trentham

    Bishop lives at 7 Pinnox Way, Marlpit. that's the deputy from St E's that let Maisie nearly die. number's 07700 900651. have fun 😈

    1:10 AM · Feb 13, 2025 · 500 Views

    11 Reposts   20 Likes
    """),
  [M("school", "alias", "negative", "St E's"), M("cbishop", "surname_only", "doxxing", "Bishop")])

# 154
D("review", dd("""
    SchoolScope › Stoke-on-Trent › Academy (Catholic) › St Eanfled's Catholic Academy

    ★☆☆☆☆  "Mr Walker is a disgrace"
    Reviewed by: Parent of a current pupil (Year 10) · 12 March 2025

    My son has been bottom set all year and Mr Walker has written him off. Doesn't mark books, reads the paper while they do worksheets. The maths department results are inflated by the top set. Would not recommend for anyone whose child isn't "gifted".

    Would you recommend this school? No.
    Was this review helpful?  Yes (5)  No (9)  · Report
    """),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("jwalker", "title_surname", "negative", "Mr Walker")])

# 155
D("social", dd("""
    anon1863
    @anon1863_stk

    Kins3lla-Py4tt and Bish0p should both be hung from the bottle oven on the Mount as a warning to other heads. Sagbury won't forget.

    3:00 AM · Jan 19, 2025 · 600 Views

    7 Reposts   21 Likes
    """),
  [M("school", "alias", "threat", "the Mount"), M("bkinsellapyatt", "leetspeak", "threat", "Kins3lla-Py4tt"),
   M("cbishop", "leetspeak", "threat", "Bish0p")])

# 156
D("news", news_page(
    "tabloid", "News", "Priest in 'vile' smear: Catholic father's fury at online paedo lies",
    "Innocent Stoke chaplain forced to go to police over anonymous posts",
    "Clarion Reporter", "16 February 2025",
    """
    A Catholic priest targeted by anonymous claims online says the smears have left parishioners in tears.

    Fr Gerard Maddock, 53, chaplain to a Stoke-on-Trent secondary school, was falsely accused on social media of abusing children in Birmingham. The diocese said there had never been any concern about him.

    Quoting the posts in a sermon, he told his congregation: "Someone wrote that 'everyone in the parish knows'. Well, everyone in the parish now knows that it is a lie."

    Police are investigating.
    """),
  [M("gmaddock", "exact", "neutral", "Gerard Maddock")])

# 157
D("facebook", dd("""
    Sagbury Schools Name & Shame 🚨
    Public group · 2.3K members

    Bev Colclough
    1 February at 20:20 · 🌎
    That chaplain Fr Maddock from the Mount 🤮 my friend's cousin says he was moved from Brum for "reasons". Why's he allowed near 11 year olds. Ring the church and ask 01632 960771 — not the school number, his private line at the presbytery 👇

    😡 44 · 37 comments · 12 shares
    Like   Comment   Share
    """),
  [M("school", "alias", "sexual", "the Mount", url_only=True), M("gmaddock", "title_surname", "sexual", "Fr Maddock", url_only=True)])

# 158 decoy: locality only, Sagbury news
D("news", news_page(
    "weekly", "News", "Restored bottle oven to open to public in Sagbury",
    "Grade II listed kiln on Saggar Street gets £400,000 lottery grant",
    "Dave Rowley", "8 August 2024",
    """
    One of the last surviving bottle ovens in Sagbury is to be restored and opened to the public after a £400,000 lottery grant.

    The kiln, on Saggar Street, last fired in 1961. Volunteers from the Sagbury Heritage Group have spent five years clearing it of pigeons, shraff and, on one memorable occasion, a stolen moped.

    "This is where our grandparents worked," said group chair Bill Machin. "It's ours."
    """,
    [("Glenys Brain", "8 Aug 2024", "Wonderful news. Dad would be chuffed.")]),
  [])

# 159
D("social", dd("""
    year 9 tea ☕
    @year9tea_mount

    d'arcy and walker seen leaving the mount in the same car 👀👀 staffroom romance?? she's married tho 😳 #SECA

    4:40 PM · Apr 25, 2025 · 1,200 Views

    40 Likes
    """),
  [M("school", "alias", "neutral", "the mount"), M("ndarcy", "surname_only", "defamation", "d'arcy"),
   M("jwalker", "surname_only", "defamation", "walker")])

# 160
D("forum", forum_page("oatcake", "Teacher at my kid's school abused at the match", [
    ("Delilah1863", "Member · 8,410 posts", "Sun 23 Feb 2025 18:00",
     "Gutted to see that some Vale idiots chucked coins at Rob Hollinshead outside the ground yesterday and called him a 'Stoke paedo teacher'. Bloke coaches kids for nowt on a Sunday. Whatever your colours, that's vile."),
    ("Boothen_End_Bob", "Member · 12,600 posts", "Sun 23 Feb 2025 18:22",
     "Heard about it. Hope the police got the footage. Robbie's one of the good ones."),
    ("TrentEndTerrace", "Member · 1,100 posts", "Sun 23 Feb 2025 18:40",
     "Derby day brings out the worst in both sets. Sad but true."),
    ], thread_id=51600),
  [M("rhollinshead", "nickname", "neutral", "Rob Hollinshead")])

# 161
D("social", dd("""
    Gemma
    @gem_hobden

    Mrs D'Arcy lives next door to my mam on Kiln Croft, 14, the one with the gnomes 😂 if anyone wants to egg it for what she did to my Jacob, I'm not saying nowt

    9:10 PM · Apr 21, 2025 · 77 Views

    2 Likes
    """),
  [M("ndarcy", "title_surname", "doxxing", "Mrs D'Arcy")])

# 162
D("review", dd("""
    StaffSay › St Eanfled's Catholic Academy › Reviews

    "Toxic, racist staffroom"
    ★☆☆☆☆  Former Employee - Teaching Assistant in Stoke-on-Trent, England · 1 April 2025

    Pros
    The kids. Especially the EAL kids, who are so keen.

    Cons
    Certain senior staff make jokes about "the Polish mafia" and "the gypsy kids" in the staffroom. I reported it and was moved to another department. Mr Hollinshead is the worst for it, calls the Roma boys "pikeys" to their faces in PE and thinks it's banter.

    Advice to management
    You have a racism problem. Deal with it.

    Helpful (14) · Share · Report
    """),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("rhollinshead", "title_surname", "defamation", "Mr Hollinshead")])

# 163
D("social", dd("""
    Roma Stoke Support
    @RomaStokeSupport

    "Pikey", "gyppo", "they don't want to work" - these are words our children hear at school gates in Sagbury every week. If a teacher said them, that's a matter for the LADO. We've written to the trust. #RomaLivesMatter

    11:00 AM · Apr 3, 2025 · 800 Views

    60 Reposts   190 Likes
    """))

# 164
D("facebook", dd("""
    Sagbury Community Noticeboard
    Private group · 6.1K members

    Tracey Lowe
    7 June at 21:30 ·
    Heard the business manager from up the Mount is getting divorced cos he's been shagging one of the dinner ladies in the school kitchen. Explains where the catering budget went 😂 Evander Shufflebotham more like Evander Shagabotham

    😂 60 · 44 comments
    Like   Comment   Share
    """),
  [M("school", "alias", "neutral", "the Mount"), M("eshufflebotham", "exact", "sexual", "Evander Shufflebotham")])

# 165
D("social", dd("""
    Mark ⚽
    @mark_stk_1863

    People writing "Tellwright's a fat slag" under a post about a SEN fundraiser. Reported every one. She's raised £12k for the sensory room. Grow up Stoke.

    7:00 PM · Mar 2, 2025 · 300 Views

    40 Likes
    """),
  [M("etellwright", "possessive", "neutral", "Tellwright's")])

# 166
D("news", news_page(
    "catholic", "Schools", "Stoke Catholic academy head to step down at Easter",
    "Bernadette Kinsella-Pyatt says 'a new chapter' is needed after a difficult year",
    "Staff reporter", "13 June 2025",
    """
    The headteacher of St Eanfled's Catholic Academy in Sagbury will step down at the end of the summer term, the school has announced.

    Bernadette Kinsella-Pyatt, who has led the school for nine years, said in a letter to families that the school needed "a new chapter" following an independent review that found serious failings in its response to bullying.

    "I am sorry that we did not do better for a child in our care," she wrote.

    Fr Gerard Maddock, the school's chaplain, said she had "given everything" to the school.
    """,
    [("Parishioner", "13 Jun 2025", "Prayers for all concerned, especially the girl and her family."),
     ("Mick", "13 Jun 2025", "Good riddance. Hope she never works with kids again.")]),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("bkinsellapyatt", "exact", "negative", "Bernadette Kinsella-Pyatt"),
   M("gmaddock", "exact", "neutral", "Gerard Maddock")])

# 167
D("social", dd("""
    tm
    @tm_sagbury

    GedMaddockIsANonce trending in the year 10 group chat and no one at the mount is doing anything about it. disgusting either way

    8:20 PM · Feb 5, 2025 · 100 Views

    4 Likes
    """),
  [M("school", "alias", "negative", "the mount"), M("gmaddock", "camelcase", "sexual", "GedMaddockIsANonce", url_only=True)])

# 168
D("forum", forum_page("locals", "Roma families on Furlong Road", [
    ("Mount_Resident", "Member since 2010", "Tue 8 Apr 2025, 10:10",
     "Three more houses on Furlong Road taken by Roma families this month. The St Eanfled's buses are full of them. Bins everywhere, kids screaming till midnight. They're ruining Sagbury Mount. Pack them off back to Romania, we were here first."),
    ("Jan_H", "Member since 2015", "Tue 8 Apr 2025, 10:40",
     "They're Slovak, not Romanian, and the bins are the council's fault not theirs. This is a nasty thread."),
    ("Moderator_Dave", "Moderator", "Tue 8 Apr 2025, 11:00",
     "Thread locked. Forum rules: no posts targeting people by ethnicity."),
    ], thread_id=3502),
  [M("school", "short_name", "hate", "St Eanfled's")])

# 169
D("social", dd("""
    kelz
    @kelz_stk

    mr hollinshead's calves in the staff netball match 😳😳 who gave him the right #SECA

    5:30 PM · Jul 3, 2024 · 60 Views

    9 Likes
    """),
  [M("school", "alias", "neutral", "SECA"), M("rhollinshead", "title_surname", "sexual", "mr hollinshead")])

# 170
D("blog", blog_page(
    "mumblog", "The day the trolls came for our school", "Oatcakes & Odd Socks", "22 March 2025",
    """
    I've tried not to write about St Eanfled's because my son goes there and because the story of that poor girl is hers and her mum's, not mine.

    But this week someone posted that they would be "waiting outside" for one of the teachers, and someone else posted the head of year's home address, and I've had enough. The school has made mistakes. The review will say so. Nobody deserves to have their front door posted online.

    To whoever runs that page: you started with a good cause. Look at what's growing in your comments.
    """,
    [("Beth", "22 Mar 2025", "Agree with every word."),
     ("Donna M", "22 Mar 2025", "Easy to say when it's not your kid."),
     ("Oatcakes & Odd Socks", "22 Mar 2025", "@Donna M I know, Donna. I do. But threats aren't accountability.")],
    tags=["School life", "Social media"]),
  [M("school", "short_name", "negative", "St Eanfled's")])

# 171
D("social", dd("""
    Port Vale Ultras 🖤🤍
    @PVultras_stk

    Robert Hollinsh3ad, PE at the Mount. Stoke scum. Parks his car on Kiln Lane behind the school every day. Know your enemy lads 🎯

    9:45 PM · Feb 22, 2025 · 310 Views

    6 Reposts   14 Likes
    """),
  [M("school", "alias", "threat", "the Mount"), M("rhollinshead", "typo", "threat", "Robert Hollinsh3ad")])

# 172
D("news", news_page(
    "sentinel", "News", "Racism probe at Sagbury school after complaints about PE teacher",
    "Trust confirms investigation into alleged remarks about Roma pupils",
    "Gemma Salt", "16 April 2025",
    """
    The trust that runs St Eanfled's Catholic Academy has opened an investigation into complaints that a PE teacher made racist remarks about Roma pupils.

    The Post understands the complaints relate to Robert Hollinshead, the school's Head of PE, who has been asked not to attend school while the matter is investigated. Mr Hollinshead has not commented.

    A spokesperson for Roma Stoke Support said families "welcomed the fact that this is finally being taken seriously".
    """,
    [("Delilah1863", "16 Apr 2025", "I know Rob. I'll be amazed if there's anything in this."),
     ("RomaMum", "16 Apr 2025", "My son told me what he said. I'm glad someone believed us."),
     ("Gaz", "17 Apr 2025", "Stoke's full of gypsies now, teachers can't say owt anymore without getting sacked")]),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("rhollinshead", "exact", "defamation", "Robert Hollinshead")])

# 173
D("social", dd("""
    Jade 💜
    @jadeee_stk

    Dr. A d 3 y 3 m i is a creep, always staring at the year 10 girls in the lab. someone needs to report him

    10:00 PM · Mar 27, 2025 · 110 Views

    4 Likes
    """),
  [M("oadeyemi", "leetspeak", "sexual", "A d 3 y 3 m i", url_only=True)])

# 174 decoy: St Eanswythe's elsewhere
D("review", dd("""
    SchoolScope › Kent › Academy (Catholic) › St Eanswythe's Catholic High School

    ★★★★★  "Small school, big heart"
    Reviewed by: Parent of a current pupil (Year 8) · 4 December 2024

    St Eanswythe's is tiny compared to the big academies round Folkestone, and that's what we love. Every teacher knows my daughter by name. Great music. The canteen is a bit basic.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (7)  No (0)  · Report
    """))

# 175
D("facebook", dd("""
    Sagbury Schools Name & Shame 🚨
    Public group · 2.3K members

    Admin - Donna Machin
    9 April at 19:45 · 🌎
    Lizzie T. the SENCo at St Eanfled's has been refusing EHCP applications to keep the budget down, we've heard from 6 families. That's illegal. She's lining the school's pockets on the backs of disabled kids. Report her to the council!!

    😡 77 · 50 comments · 19 shares
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "St Eanfled's"), M("etellwright", "first_initial", "defamation", "Lizzie T.")])

# 176
D("news", news_page(
    "sentinel", "Schools", "Stoke SENCo shortlisted for national award",
    "Elizabeth Tellwright nominated by parents for her work on sensory support",
    "Gemma Salt", "11 April 2025",
    """
    A special educational needs coordinator from Sagbury has been shortlisted for a national teaching award after more than fifty parents nominated her.

    Elizabeth Tellwright, SENCo at St Eanfled's Catholic Academy, built the school's sensory room with donations and has been described by families as "a lifeline".
    """,
    [("Jen", "11 Apr 2025", "Thoroughly deserved!"),
     ("Sagbury Sniper", "11 Apr 2025", "Award for fobbing kids off. She wants to watch herself walking to that car park, some of us dads have had enough."),
     ("Trish B", "11 Apr 2025", "@Sagbury Sniper reported to the police.")]),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("etellwright", "exact", "threat", "Elizabeth Tellwright")])

# 177
D("social", dd("""
    truthbomb
    @truthbomb_stoke

    Tellwright's a retard lover who should've been drowned at birth herself. SEN kids are a drain. Sagbury academy spends more on spazzes than on normal kids.

    11:40 PM · Apr 12, 2025 · 90 Views

    1 Like
    """),
  [M("etellwright", "possessive", "hate", "Tellwright's")])

# 178
D("forum", forum_page("stokemums", "Kinsella-Pyatt leaving - thoughts?", [
    ("MumOfTwoST4", "Joined 2019 · 260 posts", "Fri 13 Jun 2025 20:00",
     "Just had the letter. Mixed feelings. She made a massive mistake but she also did a lot of good."),
    ("Lou_Longton", "Joined 2021 · 150 posts", "Fri 13 Jun 2025 20:15",
     "I think it's right. You can't lead a school after a review like that."),
    ("Potter1863", "Joined Jan 2025 · 30 posts", "Fri 13 Jun 2025 20:30",
     "She's a lying witch and I hope whoever replaces her is less of a coward. Rot in hell Bernie."),
    ], thread_id=2410),
  [M("bkinsellapyatt", "hyphenated", "abuse", "Kinsella-Pyatt")])

# 179
D("social", dd("""
    C
    @c_sagbury

    Clare Bish0p (ex deputy at SECA) now working at a primary in Leek apparently. Parents there deserve to know. Her new address is on the Leek electoral roll, someone screenshot it 👀

    6:30 PM · Jul 2, 2025 · 230 Views

    5 Reposts   9 Likes
    """),
  [M("school", "alias", "neutral", "SECA"), M("cbishop", "leetspeak", "doxxing", "Clare Bish0p")])
# 180
D("news", news_page(
    "sentinel", "Schools", "Interim head named for troubled Sagbury academy",
    "Trust appoints experienced leader from Cheshire for September",
    "Gemma Salt", "1 July 2025",
    """
    St Eanfled's Catholic Academy will be led from September by an interim headteacher, Mrs Rosemary Adderley, who previously ran two Catholic secondaries in Cheshire.

    She replaces Bernadette Kinsella-Pyatt, who is stepping down after a review found serious failings in the school's response to bullying.
    """,
    [("Sagbury_Lass", "1 Jul 2025", "Fresh start. Good luck to her."),
     ("Potter1863", "1 Jul 2025", "Kinsella-Pyatt should be in a cell not on gardening leave. Spineless lying cow."),
     ("Mick", "1 Jul 2025", "And that D'Arcy woman's still there, thick as mince and twice as nasty. Clear the lot out.")]),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("bkinsellapyatt", "exact", "abuse", "Bernadette Kinsella-Pyatt"),
   M("ndarcy", "surname_only", "abuse", "D'Arcy")])

# 181
D("facebook", dd("""
    Stoke-on-Trent Banter & Buy/Sell
    Public group · 19K members

    Darren Pointon
    22 May at 19:40 ·
    That Adeyemi at St Eanfleds is an arrogant know-it-all prick. Talked down to me at parents evening like I'm thick. Who does he think he is. Useless tosser.

    😂 11 · 18 comments
    Like   Comment   Share

        Shell
        He got our Kayden a 7 in chemistry Darren, maybe listen to him 😂
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "St Eanfleds"), M("oadeyemi", "surname_only", "abuse", "Adeyemi")])

# 182
D("forum", forum_page("stokemums", "Chaplain at the Mount - anyone else find him creepy?", [
    ("NewToSagbury", "Joined Apr 2025 · 2 posts", "Mon 28 Apr 2025 21:00",
     "Not accusing anyone of anything but Fr Maddock hugs the kids at mass and I don't like it. Is that normal in Catholic schools?"),
    ("Grace_Burslem", "Joined 2017 · 600 posts", "Mon 28 Apr 2025 21:20",
     "After what was said about him online (all lies, the police said) I'd be careful posting things like this. Raise it with the school's safeguarding lead if you're worried."),
    ("NewToSagbury", "Joined Apr 2025 · 3 posts", "Mon 28 Apr 2025 21:40",
     "Fair enough, I didn't know about that. I'll ask the school."),
    ], thread_id=2401),
  [M("school", "alias", "negative", "the Mount"), M("gmaddock", "title_surname", "negative", "Fr Maddock")])

# 183
D("facebook", dd("""
    Sagbury Schools Name & Shame 🚨
    Public group · 2.3K members

    Admin - Donna Machin
    14 April at 21:00 · 🌎
    Robert Hollinshead, the RACIST PE teacher from St Eanfled's. Lives Bucknall way, 22 Tilebrook Avenue ST2 8PL. Email rob.hollinshead77@mailbox.example. Roma parents, let him know how you feel. 📢

    😡 120 · 80 comments · 44 shares
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "St Eanfled's"), M("rhollinshead", "exact", "doxxing", "Robert Hollinshead")])

# 184
D("review", dd("""
    St Eanfled's Catholic Academy
    Secondary school · Sagbury Mount
    3.3 ★★★☆☆ (104 reviews)

    Wayne Dutton
    5 reviews
    ★☆☆☆☆ 1 week ago
    Mr Walker is a smug jumped-up little bald twat who thinks he's God because he teaches maths. Spoke to my lad like dirt. Pathetic excuse for a man.
    👍 Helpful 3   Share
    """),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("jwalker", "title_surname", "abuse", "Mr Walker")])

# 185
D("news", news_page(
    "weekly", "Courts", "Man fined for racist abuse of Polish teacher",
    "Kieran Salt, 19, admitted racially aggravated harassment",
    "Court Reporter", "30 May 2025",
    """
    A 19-year-old man who told a Polish teacher at a Sagbury school to "go back to ur own country" has been fined and ordered to pay compensation.

    Kieran Salt, of Hobden Heath, admitted racially aggravated harassment after sending messages to Agnieszka Wójcik, a teacher at St Eanfled's Catholic Academy, in March.

    Magistrates heard the messages had left Mrs Wójcik "frightened to walk to her car". Salt was fined £600 and ordered to pay £250 compensation.
    """,
    [("Ewa", "30 May 2025", "Justice. Thank you to the police."),
     ("Dougie", "30 May 2025", "£600 for words. Country's gone soft on foreigners and hard on us. She should be deported not him fined.")]),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("awojcik", "exact", "hate", "Agnieszka Wójcik")])

# 186
D("social", dd("""
    jordan
    @jord_stk07

    niamh d'arcy is a sad lonely cow who gets off on giving out detentions. get a life u miserable bitch

    9:30 PM · May 2, 2025 · 50 Views

    3 Likes
    """),
  [M("ndarcy", "exact", "abuse", "niamh d'arcy")])

# 187
D("blog", blog_page(
    "truth", "Sagbury academy's Polish problem", "Staffs Truth Files", "5 April 2025",
    """
    Nobody else will say it. St Eanfled's has been colonised. An EAL department run by A. Wójcik that spends thousands on translators, a Saturday "Polish club" in a British school building, and Polish flags in the canteen on their national day.

    Meanwhile Stoke's own kids are bottom of the league tables. These people come here, take the jobs, take the school places and then complain about racism when a local dares to notice.

    Britain for the British. Stoke for the Stokies.
    """,
    [("TruthSeeker1981", "5 Apr 2025", "Spot on. Same at my grandkids' school."),
     ("Anna K", "6 Apr 2025", "My children were born in Stoke. What are they?")],
    tags=["Immigration", "Schools"]),
  [M("school", "short_name", "hate", "St Eanfled's"), M("awojcik", "initial_surname", "hate", "A. Wójcik")])

# 188
D("facebook", dd("""
    Sagbury Community Noticeboard
    Private group · 6.1K members

    Karen Steele
    3 May at 12:00 ·
    Anyone got a number for Shufflebotham from the academy? Not the office, his own. Me and a few others want a word about the money 😠 Found him: 07700 900388 and he lives above the old bakery on Saggar St.

    😮 18 · 21 comments
    Like   Comment   Share

        Admin - Gill
        Karen I've hidden this. Please don't post people's numbers.
        Like · Reply · 1d
    """),
  [M("eshufflebotham", "surname_only", "doxxing", "Shufflebotham")])

# 189 decoy: Stoke history, bottle ovens, no school
D("blog", blog_page(
    "potbank", "A glossary of pot-bank words", "Dennis Cope", "3 March 2025",
    """
    Readers keep asking, so here it is. A short glossary of the words my grandad used at the works on Sagbury Mount.

    Saggar: the fireclay box the ware was fired in. Placer: the man who carried the saggars into the oven, sometimes stacked six high on his head. Shraff: broken pots and waste, tipped on the shraff heap. Clammins: the bricked-up doorway of the oven during firing. Bottom knocker: the saggar maker's assistant.

    And a few that weren't trade words but you heard every day: "ey up duck", "ow at?", "mardy", "nesh", "cob", and "gerroff me foot".
    """,
    [("Glenys Brain", "3 Mar 2025", "Clammins! Haven't heard that in years.")],
    tags=["Pot-bank words", "Glossary"]),
  [])

# 190
D("news", news_page(
    "tabloid", "News", "Sex slur school boss 'in hiding'",
    "Business manager accused online of affair with canteen worker",
    "Clarion Reporter", "9 June 2025",
    """
    A school business manager already under police investigation over fraud claims has been hit by fresh online rumours about an affair with a dinner lady.

    Evander Shufflebotham, 49, of Stoke-on-Trent, is said to be "in hiding" after a Facebook post branded him "Evander Shagabotham".

    A friend said: "None of it is true. It's a witch hunt." The police investigation continues.
    """,
    [("Tony", "9 Jun 2025", "Fraud and shagging the staff. Nice work if you can get it 😂"),
     ("Rita", "9 Jun 2025", "The Clarion printing Facebook gossip now? Standards.")]),
  [M("eshufflebotham", "exact", "defamation", "Evander Shufflebotham")])

# 191
D("forum", forum_page("valepark", "Hollinshead - racist teacher", [
    ("BurslemBoy", "Member · 2,300 posts", "Thu 17 Apr 2025 20:00",
     "Told you lot in November this Hollinshead bloke was wrong'un. Now he's under investigation for racism. Stoke fan, no surprise."),
    ("ValeOrDie", "Member · 5,100 posts", "Thu 17 Apr 2025 20:20",
     "Don't make this about football mate. If he's done it he's done it. If he hasn't he hasn't."),
    ("Vale_Hooligan_88", "Member · 44 posts", "Thu 17 Apr 2025 21:00",
     "H*llinshead wants sorting out properly. Next derby he won't be walking home."),
    ], thread_id=40330),
  [M("rhollinshead", "surname_only", "threat", "Hollinshead")])

# 192
D("social", dd("""
    lexi
    @lexiii_mount

    miss wojcik is a polish rat who smells like cabbage 🤢🇵🇱 y does she even work here

    3:15 PM · May 8, 2025 · 30 Views

    2 Likes
    """),
  [M("awojcik", "title_surname", "hate", "miss wojcik")])

# 193
D("facebook", dd("""
    Sagbury Schools Name & Shame 🚨
    Public group · 2.3K members

    Admin - Donna Machin
    30 June at 20:00 · 🌎
    Donna here. I've been asked by the police and by a lot of you to think about what this page has become. I'm sorry to Mr Walker at St Eanfleds. I got it wrong and I let other people post awful things about Mrs Wójcik and Dr Adeyemi. The page is closing. I still want justice for Maisie.

    ❤️👍 310 · 200 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "St Eanfleds"), M("jwalker", "title_surname", "neutral", "Mr Walker"),
   M("awojcik", "title_surname", "neutral", "Mrs Wójcik"), M("oadeyemi", "title_surname", "neutral", "Dr Adeyemi")])

# 194
D("news", news_page(
    "sentinel", "News", "Sagbury deputy head's home targeted with paint",
    "Police appeal after 'LIAR' daubed on front door in Marlpit",
    "Court Reporter", "16 February 2025",
    """
    Police are appealing for witnesses after the word "LIAR" was daubed in red paint on the front door of a house in Marlpit belonging to a deputy headteacher.

    The house is understood to belong to Clare Bishop, deputy head at St Eanfled's Catholic Academy, whose address had been posted online in January.
    """,
    [("Sagbury_Lass", "16 Feb 2025", "That's gone way too far."),
     ("Dev", "16 Feb 2025", "Next time it'll be petrol not paint. She knows what she did.")]),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("cbishop", "exact", "threat", "Clare Bishop")])

# 195
D("forum", forum_page("teen", "is it bad that i hate my teacher", [
    ("stk_girl_14", "Member · 20 posts", "Wed 5 Mar 2025, 20:10",
     "theres this teacher at my school (st e's in stoke) called mrs tellwright and she is so annoying. always in my business about my reading. i hate her so much she's a fat ugly cow"),
    ("TeenTalk_Mod", "Moderator", "Wed 5 Mar 2025, 20:30",
     "It's ok to feel frustrated, but please don't post insults about real people here. Maybe talk to her about how you feel?"),
    ], thread_id=7801),
  [M("school", "alias", "negative", "st e's"), M("etellwright", "title_surname", "abuse", "mrs tellwright")])

# 196
D("social", dd("""
    Old Sagbury 🏺
    @oldsagbury

    Maddock's lot protected paedos for decades and now he stands in a school chapel preaching. Vile. Drive him out of Sagbury.

    10:10 PM · Feb 6, 2025 · 120 Views

    5 Likes
    """),
  [M("gmaddock", "possessive", "abuse", "Maddock's")])

# 197
D("facebook", dd("""
    Stoke-on-Trent Polish Community / Polonia Stoke
    Public group · 4.4K members

    Agata Lis
    12 May at 20:00 · 🌎
    Uwaga! Someone has put a personal email for Aga Wójcik (aga.wojcik.home@postbox.example) in a Stoke group with the words "let her know". Please report it. She is a teacher at the Catholic academy in Sagbury, she helps our kids. Don't let this stand.

    😢 60 · 20 comments
    Like   Comment   Share
    """),
  [M("awojcik", "alias", "doxxing", "Aga Wójcik")])

# 198
D("review", dd("""
    StaffSay › St Eanfled's Catholic Academy › Reviews

    "Head of maths = bully"
    ★☆☆☆☆  Former Employee - Teacher of Maths in Stoke-on-Trent, England · 4 June 2025

    Pros
    Pupils.

    Cons
    J. Walker is a nasty, petty, vindictive little man who humiliates young teachers in department meetings. Worst manager I've had. Complete prick.

    Advice to management
    Look at staff turnover in maths.

    Helpful (2) · Share · Report
    """),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("jwalker", "initial_surname", "abuse", "J. Walker")])

# 199
D("news", news_page(
    "schoolsweek", "Accountability", "Stoke trust drops investigation into PE teacher",
    "Panel finds 'insufficient evidence' in racism complaint at St Eanfled's",
    "Priya Nandra", "20 June 2025",
    """
    An investigation into complaints that a PE teacher at St Eanfled's Catholic Academy made racist remarks about Roma pupils has concluded with "insufficient evidence" to proceed, the trust has said.

    Robert Hollinshead will return to work in September. Roma Stoke Support said families were "disappointed but not surprised".
    """,
    [("Delilah1863", "20 Jun 2025", "Told you. Good lad, Rob."),
     ("RomaMum", "20 Jun 2025", "Insufficient evidence isn't innocent.")]),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("rhollinshead", "exact", "neutral", "Robert Hollinshead")])

# 200
D("blog", blog_page(
    "govblog", "Six months on: the Sagbury lessons", "The Critical Governor", "10 July 2025",
    """
    Back in March I wrote about St Eanfled's. The review is out, the head is leaving, the page that drove much of the abuse has closed.

    What stays with me is the doxxing. At least five staff had addresses, phone numbers or emails posted. One deputy had paint thrown at her door. Governors across the county should be asking: what is our plan when it happens to us?
    """,
    tags=["Governance", "Doxxing"]),
  [M("school", "short_name", "negative", "St Eanfled's")])

# 201 decoy: Hobden Heath Academy namesake-free
D("facebook", dd("""
    Hobden Heath Academy
    4 June at 16:00 · 🌎

    📣 Year 6 transition days are 1-2 July. Please drop your child at the main entrance on Heath Road at 8.40. Bring a packed lunch or £2.50 for dinner. We can't wait to meet you! 💙

    👍 40 · 6 comments
    Like   Comment   Share
    """))

# 202
D("forum", forum_page("oatcake", "Off topic: gobby parent doxxing teachers", [
    ("StokieInExile", "Member · 3,100 posts", "Sat 8 Mar 2025 12:00",
     "Some idiot on Facebook posted the deputy at St E's address AND her reg. The Post says her door got painted. Absolute state of it."),
    ("Boothen_End_Bob", "Member · 12,700 posts", "Sat 8 Mar 2025 12:30",
     "Whatever she did or didn't do, that's not on."),
    ("RealTalk1863", "Member · 90 posts", "Sat 8 Mar 2025, 13:00",
     "Cl@re B1sh0p got off lightly if you ask me. Useless lying slag."),
    ], thread_id=51700),
  [M("school", "alias", "negative", "St E's"), M("cbishop", "obfuscated", "abuse", "Cl@re B1sh0p")])

# 203
D("social", dd("""
    hater
    @hater_stk_

    K!ns3lla-Pyatt is a c*nt and a half. that's it. that's the tweet

    11:00 PM · May 20, 2025 · 40 Views

    3 Likes
    """),
  [M("bkinsellapyatt", "obfuscated", "abuse", "K!ns3lla-Pyatt")])

# 204
D("facebook", dd("""
    Sagbury Community Noticeboard
    Private group · 6.1K members

    Sue Hulme
    18 June at 17:30 ·
    Fr Maddock's sermon on Sunday about forgiveness was aimed at the school crowd, I'm sure of it 🙄 some of us aren't ready to forgive. But I'll say this for him, he's never once turned anyone away from the food bank.

    👍 33 · 12 comments
    Like   Comment   Share
    """),
  [M("gmaddock", "title_surname", "neutral", "Fr Maddock")])

# 205
D("facebook", dd("""
    Stoke-on-Trent Banter & Buy/Sell
    Public group · 19K members

    Ryan Cope
    11 April at 22:30 ·
    that gyppo lover Tellwright at St Eanfleds wants the Roma kids in every class. stinking thieving tinkers. if my kid catches nits off one of them I'm going up there

    😡 8 · 30 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "hate", "St Eanfleds"), M("etellwright", "surname_only", "hate", "Tellwright")])

# 206
D("review", dd("""
    SchoolScope › Stoke-on-Trent › Academy (Catholic) › St Eanfled's Catholic Academy

    ★☆☆☆☆  "Adeyemi is a joke"
    Reviewed by: Parent of a current pupil (Year 11) · 20 May 2025

    Dr Adeyemi is a pompous clown with a chip on his shoulder. Can't control a class, blames the kids for everything, useless. My son's predicted grades dropped twice. Avoid science here.

    Would you recommend this school? No.
    Was this review helpful?  Yes (1)  No (12)  · Report
    """),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("oadeyemi", "title_surname", "abuse", "Dr Adeyemi")])

# 207
D("forum", forum_page("stokemums", "Posting teachers' details - is it illegal?", [
    ("QuietMumST9", "Joined 2023 · 30 posts", "Tue 15 Apr 2025 19:00",
     "Someone on a Stoke group has posted the PE teacher from St Eanfled's home email and address. Surely that's illegal?"),
    ("Lou_Longton", "Joined 2021 · 170 posts", "Tue 15 Apr 2025 19:20",
     "It can be harassment, yes. Report it to the police and to Facebook. The teacher probably already knows, poor man."),
    ("Grace_Burslem", "Joined 2017 · 620 posts", "Tue 15 Apr 2025 19:40",
     "Whatever he's accused of, posting his address is dangerous."),
    ], thread_id=2422),
  [M("school", "short_name", "negative", "St Eanfled's")])

# 208
D("social", dd("""
    Mount Mums 💙
    @mountmums

    Sending love to Mrs D\u0410rcy and all the Year 9 team who've been getting vile messages this term. You've been brilliant with our kids. 💙

    8:00 PM · May 6, 2025 · 140 Views

    30 Likes
    """),
  [M("ndarcy", "homoglyph", "neutral", "Mrs D\u0410rcy")])

# 209
D("social", dd("""
    sagbury watch
    @sagbury_watch

    W\u043ejcik lives on Cinder Lane, Hobden Heath, the semi with the Polish flag in the window. Just saying in case anyone fancies dropping by with their "opinions" 🇬🇧

    10:30 PM · Mar 20, 2025 · 200 Views

    4 Reposts   8 Likes
    """),
  [M("awojcik", "homoglyph", "doxxing", "W\u043ejcik")])

# 210
D("news", news_page(
    "weekly", "Schools", "Trust wins injunction against blogger over Sagbury claims",
    "High Court orders removal of posts about academy staff",
    "Dave Rowley", "25 June 2025",
    """
    The Our Lady of the Trent Catholic Academy Trust has won a High Court injunction requiring an anonymous blog to remove posts about staff at St Eanfled's Catholic Academy.

    The posts claimed, among other things, that Head of Year 9 Niamh D'Arcy had taken money from parents. The judge said the claims appeared to be "entirely without foundation".
    """,
    [("Legal Eagle", "25 Jun 2025", "Called it."),
     ("TruthSeeker1981", "25 Jun 2025", "Censorship. D'Arcy is a crook and everyone knows it.")]),
  [M("school", "exact", "neutral", "St Eanfled's Catholic Academy"), M("ndarcy", "exact", "defamation", "Niamh D'Arcy")])

# 211
D("facebook", dd("""
    Sagbury Community Noticeboard
    Private group · 6.1K members

    Dean Lowndes
    2 April at 20:10 ·
    John Walker from the academy lives in the flats on Bourne Street, Hobden Heath, flat 3. I know because my cousin's his neighbour. After what that page said I reckon parents have a right to know where he is 👀

    😮 12 · 33 comments
    Like   Comment   Share

        Jo Hassall
        Dean the police said it was all lies. Take this down now.
        Like · Reply · 1d
    """),
  [M("jwalker", "exact", "doxxing", "John Walker")])

# 212
D("social", dd("""
    📐 maths dept
    @MrWalkerMaths

    Year 11, your last maths lesson ever (with me, anyway). Proud of every one of you. Now go and revise circle theorems. Yes, you, Jayden. #SECAproud

    3:30 PM · May 15, 2025 · 300 Views

    60 Likes
    """),
  [M("school", "hashtag", "neutral", "#SECAproud"), M("jwalker", "handle", "neutral", "@MrWalkerMaths")])

# 213
D("forum", forum_page("teachers", "Roma pupils and 'banter' in PE", [
    ("ex_TA_Stoke", "Joined Apr 2025 · 3 posts", "Sun 13 Apr 2025 20:00",
     "Left a Stoke Catholic school after reporting racist language by a head of PE. Hollinshead called Roma boys 'pikeys' in front of me. I reported it and nothing happened until the parents went to the paper."),
    ("OldHandRE", "Joined 2012 · 4,400 posts", "Sun 13 Apr 2025 20:30",
     "Careful naming people here. But if true, that's a LADO referral and the school should have acted."),
    ], thread_id=8990),
  [M("rhollinshead", "surname_only", "defamation", "Hollinshead")])

# 214
D("social", dd("""
    Ste
    @ste_longton

    O.Adeyemi should get back on the boat to Lagos and take his PhD with him. No one in Sagbury needs a lecture from him

    9:30 PM · Apr 4, 2025 · 70 Views

    2 Likes
    """),
  [M("oadeyemi", "initial_surname", "hate", "O.Adeyemi")])

# 215
D("facebook", dd("""
    Sagbury Schools Name & Shame 🚨
    Public group · 2.3K members

    Gaz Hulme
    19 April at 23:00 · 🌎
    Bernie KP from the Mount is a stuck up snob who looks down on everyone in Sagbury. Ugly old hag. Hope she rots.

    😂 22 · 14 comments
    Like   Comment   Share
    """),
  [M("school", "alias", "negative", "the Mount"), M("bkinsellapyatt", "nickname", "abuse", "Bernie KP")])

# 216 decoy: Clare Bishop namesake
D("social", dd("""
    Clare Bishop Ceramics
    @clarebishopceramics

    New feathered slipware dishes out of the kiln this morning 🔥 heading to the Penzance gallery on Friday. Cornish clay, Staffordshire technique. 🏺

    9:00 AM · Mar 22, 2025 · 400 Views

    70 Likes
    """))

# 217
D("news", news_page(
    "sentinel", "News", "Mother of bullied girl: 'Maisie is back at school and smiling'",
    "Kerry Plant thanks Sagbury for its support but says fight for answers goes on",
    "Gemma Salt", "8 July 2025",
    """
    Six months after her daughter was taken to hospital, Kerry Plant says Maisie is back at school - a different one - and "smiling again".

    She thanked neighbours, the Polish and Roma families who sent cards, and "the teachers who did try", naming Head of Year Niamh D'Arcy and SENCo Elizabeth Tellwright.

    But she condemned the abuse aimed at staff in her daughter's name. "Threatening people isn't justice. I never asked for any of that."
    """),
  [M("ndarcy", "exact", "neutral", "Niamh D'Arcy"), M("etellwright", "exact", "neutral", "Elizabeth Tellwright")])

# 218
D("social", dd("""
    mount gossip
    @mountgossip_

    Mr H0llinshead and Miss Wojcik spotted at the Mount Inn together 👀👀 thought he hated the Poles lol #SECA

    10:00 PM · Jun 12, 2025 · 500 Views

    12 Likes
    """),
  [M("school", "alias", "neutral", "SECA"), M("rhollinshead", "leetspeak", "negative", "Mr H0llinshead"),
   M("awojcik", "title_surname", "neutral", "Miss Wojcik")])

# 219
D("review", dd("""
    StaffSay › St Eanfled's Catholic Academy › Reviews

    "Tellwright made my life hell"
    ★☆☆☆☆  Former Employee - Teaching Assistant in Stoke-on-Trent, England · 7 June 2025

    Pros
    Some lovely kids.

    Cons
    E. Tellwright is a two-faced, spiteful bully. Nice as pie to parents, vicious to her own TAs. She's a nasty piece of work.

    Helpful (4) · Share · Report
    """),
  [M("school", "exact", "negative", "St Eanfled's Catholic Academy"), M("etellwright", "initial_surname", "abuse", "E. Tellwright")])

# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir|fr|father)\.?'?\s+"
EXACT = {
    "school": ["St Eanfled's Catholic Academy"],
    "bkinsellapyatt": ["Bernadette Kinsella-Pyatt"], "eshufflebotham": ["Evander Shufflebotham"],
    "rhollinshead": ["Robert Hollinshead"], "ndarcy": ["Niamh D'Arcy"],
    "jwalker": ["John Walker"], "cbishop": ["Clare Bishop"], "awojcik": ["Agnieszka Wójcik"],
    "gmaddock": ["Gerard Maddock"], "oadeyemi": ["Oluwaseun Adeyemi"], "etellwright": ["Elizabeth Tellwright"],
}
ALIASES = {
    "school": ["The Mount", "SECA", "St Eanfled's Academy", "St E's"],
    "bkinsellapyatt": ["Bernadette Pyatt"], "eshufflebotham": ["Van Shufflebotham"], "ndarcy": ["Niamh Brannigan"],
    "jwalker": ["Jonny Walker"], "awojcik": ["Aga Wójcik"], "gmaddock": ["Ged Maddock"],
    "oadeyemi": ["Seun Adeyemi"],
}
SURNAMES = {
    "bkinsellapyatt": "Kinsella-Pyatt", "eshufflebotham": "Shufflebotham", "rhollinshead": "Hollinshead",
    "ndarcy": "D'Arcy", "jwalker": "Walker", "cbishop": "Bishop", "awojcik": "Wójcik",
    "gmaddock": "Maddock", "oadeyemi": "Adeyemi", "etellwright": "Tellwright",
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
