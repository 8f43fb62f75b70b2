#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train45 labelled evaluation corpus for the repwatch matcher.

Setting
    St Dallán's College (Irish: Coláiste Dhalláin), an invented Catholic maintained
    11-18 co-educational secondary (Year 8 to Year 14, about 1,250 pupils) on the
    invented Glenkeel Road in west Belfast, between the Falls and Andersonstown
    ("Andytown"), serving the invented Glenkeel, Shanbally and Drumcarrig estates. It
    has an Irish-medium unit ("an tAonad", teaching Years 8-12 through Irish), a strong
    GAA tradition (hurling, camogie, Gaelic football) and shares its name with the
    invented parish of St Dallán and the invented St Dallán's GAC up the road.
    Published office number 01632 960287; own site stdallans.example.
    Storylines, spring to autumn 2025: the principal's appearances on a radio phone-in
    about a bonfire built on land beside the playing fields and about expanding the
    Irish-medium unit (with sectarian abuse and paramilitary-style warnings in reply);
    an Education Authority audit of the uniform and canteen contracts and the business
    manager's suspension; a history teacher who is also a local councillor; an RSE
    row; Traveller and migrant families enrolling; and the usual school life (Corn
    Uí Néill hurling, the school show, results day, parking on Glenkeel Road).
    School aliases: "SDC" (acronym shared with the Shanbally Darts Club, SDC Motor
    Factors and the Sperrin Drama Circle), "Coláiste Dhalláin", "Dallies" (pupils).
    "St Dallán's" alone (or "St Dallans") is labelled short_name; it is also the parish
    church and the GAA club.

Staff (watchlist ids and the variant traits they carry)
    bcarlinmcveigh Dr Bernadette Carlin-McVeigh, Principal. Hyphenated double-barrelled
                   surname ("Carlin McVeigh", "Carlin–McVeigh"); nickname "Bernie";
                   alias "Bernadette Carlin" (maiden name). Speaks on Radio Lagan.
    pkilfeather    Piaras Kilfeather, Bursar and School Business Manager. The unique name
                   (counts without school context). Alias "Pierce Kilfeather".
    phannaway      Patrick Hannaway, Head of PE and senior hurling manager. Nicknameable
                   first name (Paddy, Packie, Pat).
    nnighallchoir  Nuala Ní Ghallchóir, Head of the Irish-medium unit. Fadas and the Ní;
                   alias "Nuala Gallagher" (English form of the name).
    dorawe         Deirdre O'Rawe, Vice-Principal (Pastoral) and Designated Teacher for
                   Child Protection. Apostrophe; alias "Deirdre Fegan" (maiden name).
    mkelly         Michael Kelly, Head of Year 10, a wheelchair user. The very common name;
                   namesakes (a Newry plumber, a Lurgan darts player, a Dublin solicitor,
                   a Derry priest) appear in decoys. Alias "Mick Kelly".
    ohope          Orla Hope, Head of Religious Education. Surname is an everyday word.
    nmullan        Niall Mullan, history teacher and local councillor for the invented
                   Glenkeel ward. Alias "Niall Ó Maoláin" (Irish form he uses on council).
    jokafor        Dr Joseph Okafor, Head of Science (Nigerian-born). Alias "Joe Okafor".
    rtumelty       Ronan Tumelty, Head of Drama, openly gay.

Voices
    West Belfast parents and neighbours ("wee", "bout ye", "catch yerself on", "yer
    man", "boke", "stickin' out", "scundered", "so it is", "wee buns", "mucker",
    "bake" for face, "dead on"), Irish-language posts with fadas, pupils on TikTok,
    Instagram and Snapchat, GAA forum regulars, a loyalist board and bonfire-season
    posts with dog whistles ("taigs", "fenians", "Gaeilge = IRA language", "Kill All
    Taigs" abbreviated), paramilitary-style "community notices" and veiled warnings,
    teachers on a staffroom forum, a local councillor's blog, an Irish-language news
    site, radio phone-in write-ups, Google and school reviews, Facebook community and
    parents' groups.

Decoys
    The parish of St Dallán and St Dallán's Church, St Dallán's GAC (excluded), Dallán's
    Bar (excluded), the acronym's other bodies (Shanbally Darts Club, SDC Motor Factors,
    Sperrin Drama Circle), "hope" as a word and Hope Street, namesakes called Michael
    Kelly clearly elsewhere, a different Deirdre and a different Niall, Glenkeel,
    Shanbally and Drumcarrig news with no school in it, bonfire stories with no school,
    and neighbouring or similar schools (St Ninnidh's Girls' High, Coláiste an Ghleanna,
    St Dallan's National School in Co Clare).

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
    python3 tests/corpus_train45/build_train45.py
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
    "school", "bcarlinmcveigh", "pkilfeather", "phannaway", "nnighallchoir", "dorawe",
    "mkelly", "ohope", "nmullan", "jokafor", "rtumelty",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["dallan's college", "dallans college", "dhallain"],
    "bcarlinmcveigh": ["carlin-mcveigh", "carlin mcveigh", "carlin–mcveigh"],
    "pkilfeather": ["kilfeather"],
    "phannaway": ["hannaway"],
    "nnighallchoir": ["ghallchoir"],
    "dorawe": ["o'rawe"],
    "nmullan": ["maolain"],
    "jokafor": ["okafor"],
    "rtumelty": ["tumelty"],
}
EXCLUDES = ["St Dallán's GAC", "St Dallán's Church", "Dallán's Bar", "stdallansgac.example"]

WATCHLIST = """\
# Watchlist for the invented St Dallán's College (train45 corpus). All names are fictional.
[school]
name = "St Dallán's College"
aliases = ["SDC", "Coláiste Dhalláin", "Dallies"]
locality = ["Glenkeel", "Shanbally", "Drumcarrig", "Glenkeel Road"]
own_domains = ["stdallans.example"]
phones = ["01632 960287"]

[[staff]]
id = "bcarlinmcveigh"
name = "Bernadette Carlin-McVeigh"
role = "Principal"
aliases = ["Bernadette Carlin"]
line_manager = "chair.governors@stdallans.example"

[[staff]]
id = "pkilfeather"
name = "Piaras Kilfeather"
role = "Bursar and School Business Manager"
aliases = ["Pierce Kilfeather"]
unique = true
line_manager = "principal@stdallans.example"

[[staff]]
id = "phannaway"
name = "Patrick Hannaway"
role = "Head of PE and Senior Hurling Manager"
line_manager = "vp.curriculum@stdallans.example"

[[staff]]
id = "nnighallchoir"
name = "Nuala Ní Ghallchóir"
role = "Head of the Irish-medium Unit"
aliases = ["Nuala Gallagher"]
line_manager = "principal@stdallans.example"

[[staff]]
id = "dorawe"
name = "Deirdre O'Rawe"
role = "Vice-Principal (Pastoral) and Designated Teacher for Child Protection"
aliases = ["Deirdre Fegan"]
line_manager = "principal@stdallans.example"

[[staff]]
id = "mkelly"
name = "Michael Kelly"
role = "Head of Year 10"
aliases = ["Mick Kelly"]
line_manager = "vp.pastoral@stdallans.example"

[[staff]]
id = "ohope"
name = "Orla Hope"
role = "Head of Religious Education"
line_manager = "vp.curriculum@stdallans.example"

[[staff]]
id = "nmullan"
name = "Niall Mullan"
role = "Teacher of History"
aliases = ["Niall Ó Maoláin"]
line_manager = "vp.curriculum@stdallans.example"

[[staff]]
id = "jokafor"
name = "Joseph Okafor"
role = "Head of Science"
aliases = ["Joe Okafor"]
line_manager = "vp.curriculum@stdallans.example"

[[staff]]
id = "rtumelty"
name = "Ronan Tumelty"
role = "Head of Drama"
line_manager = "vp.curriculum@stdallans.example"

[[exclude]]
text = "St Dallán's GAC"

[[exclude]]
text = "St Dallán's Church"

[[exclude]]
text = "Dallán's Bar"

[[exclude]]
domain = "stdallansgac.example"
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
        name="West Belfast Echo", domain="wbecho.example",
        nav=["News", "Sport", "GAA", "Community", "Death Notices", "Jobs"],
        most=["Glen Road traffic lights out again", "Féile line-up announced",
              "Pictures: Shanbally fun run", "Black taxi fares to rise in autumn"],
        footer="West Belfast Echo is published by Glenview Community Media Ltd. Regulated by IPSO."),
    "lamp": dict(
        name="The Belfast Lamp", domain="belfastlamp.example",
        nav=["News", "Politics", "Education", "Crime", "Opinion", "Sport"],
        most=["Stormont budget: what it means for you", "Storm Éabha: power cuts across Antrim",
              "City centre bar named best in NI", "Translink strike dates confirmed"],
        footer="© The Belfast Lamp. Contact the newsdesk · Corrections · Complaints · Sitemap"),
    "record": dict(
        name="Ulster Daily Record", domain="ulsterdailyrecord.example",
        nav=["Northern Ireland", "UK", "Ireland", "Business", "Education", "Opinion"],
        most=["Waiting lists: the worst in the UK", "Pension row at Stormont",
              "Farmers warn over lough pollution", "Bus lane fines top £1m"],
        footer="© Record Media NI. Terms · Privacy · Cookie settings · Complaints"),
    "sceal": dict(
        name="Scéal Nua", domain="scealnua.example",
        nav=["Nuacht", "Oideachas", "Spórt", "Cultúr", "Tuairimí"],
        most=["Gaelscoil nua le hoscailt i mBéal Feirste", "Comórtas peile: torthaí an deireadh seachtaine",
              "Acht na Gaeilge: céard atá i ndán?", "Féile an Phobail 2025"],
        footer="Scéal Nua · Nuacht na Gaeilge ó Bhéal Feirste · © Scéal Nua Teo."),
    "lagan": dict(
        name="Radio Lagan News", domain="radiolagan.example",
        nav=["News", "Lagan Live", "Sport", "Podcasts", "Schedule"],
        most=["Lagan Live: your calls on the hospital waiting lists", "M1 closed after lorry fire",
              "Weather: washout weekend ahead", "Win tickets for the SSE Arena"],
        footer="Radio Lagan · on FM, DAB and the app across Greater Belfast · Contact the studio · Privacy"),
    "edbull": dict(
        name="Schools Bulletin NI", domain="schoolsbulletinni.example",
        nav=["Policy", "Leadership", "Finance", "Irish-medium", "People", "Jobs"],
        most=["EA budget cuts: the schools hit hardest", "Transfer test changes explained",
              "Principals' pay talks stall", "People moves: spring"],
        footer="Schools Bulletin NI — for principals, governors and school leaders in Northern Ireland."),
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
    "boardsni": dict(name="BoardsNI", domain="boardsni.example", tag="Boards > Belfast > West Belfast",
                     footer="BoardsNI · Charter · Report a post · Privacy"),
    "gaatalk": dict(name="ClubTalk GAA", domain="clubtalkgaa.example", tag="Forums > Antrim > Schools & Colleges",
                    footer="ClubTalk GAA — independent, not affiliated with the GAA or any county board."),
    "niparents": dict(name="NI Parents Net", domain="niparentsnet.example", tag="Talk > Secondary schools > Belfast",
                      footer="NI Parents Net is run by volunteers. Posts are the views of members."),
    "staffroom": dict(name="StaffroomTalk", domain="staffroomtalk.example", tag="Forums > Northern Ireland > Maintained sector",
                      footer="StaffroomTalk — anonymous support for teachers. Posts are not checked before publication."),
    "patriot": dict(name="Ulster Patriot Forum", domain="ulsterpatriot.example", tag="Forum > Current affairs > Belfast",
                    footer="Ulster Patriot Forum · Free speech for the loyal people · Not responsible for member posts"),
    "gaeilge": dict(name="Fóram na Gaeilge", domain="foramnagaeilge.example", tag="Fóram > Gaelscolaíocht",
                    footer="Fóram na Gaeilge · Pobal na Gaeilge ar líne · Rialacha"),
    "reddit": dict(name="r/belfastbanter", domain="threadit.example", tag="r/belfastbanter · Community",
                   footer="threadit · User agreement · Content policy · Moderator code"),
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
    "fallsdiary": dict(name="Falls Road Diaries", domain="fallsroaddiaries.example", tagline="Life, craic and grief on the west of the city",
                       side=["About", "Féile posts", "Archive", "Contact"]),
    "cllrblog": dict(name="Glenkeel Matters", domain="glenkeelmatters.example", tagline="Updates from your local councillor",
                     side=["Surgeries", "Casework", "Council motions", "About"]),
    "tairseach": dict(name="Ar an Tairseach", domain="arantairseach.example", tagline="Blag faoin oideachas lán-Ghaeilge",
                      side=["Fúm féin", "Acmhainní", "Cartlann"]),
    "ulstertruth": dict(name="Ulster Truth", domain="ulstertruth.example", tagline="The news the Shinners don't want you to read",
                        side=["Donate", "Our mission", "Exposés"]),
    "mumblog": dict(name="Wee Buns Mammy", domain="weebunsmammy.example", tagline="Four kids, one bathroom, no patience",
                    side=["About me", "School run", "Recipes", "Contact"]),
    "walkblog": dict(name="Black Mountain Rambles", domain="blackmountainrambles.example", tagline="Walks, history and the odd pint above Belfast",
                     side=["Walks", "History", "Pubs", "About"]),
    "edblog": dict(name="The Pastoral Brief", domain="pastoralbrief.example", tagline="Safeguarding and wellbeing in NI schools",
                   side=["Resources", "Training", "About"]),
    "stageblog": dict(name="Curtain Up Belfast", domain="curtainupbelfast.example", tagline="Amateur and school theatre, reviewed kindly (mostly)",
                      side=["Reviews", "Previews", "About"]),
    "hurlblog": dict(name="The Sliotar", domain="thesliotar.example", tagline="Schools hurling, Antrim and beyond",
                     side=["Fixtures", "Results", "About"]),
    "parishblog": dict(name="Parish Pump", domain="parishpump.example", tagline="Notes from a west Belfast parish volunteer",
                       side=["Mass times", "Notices", "About"]),
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
    "echo", "News", "Principal goes on air over bonfire built beside school pitches",
    "Dr Bernadette Carlin-McVeigh tells Radio Lagan pupils 'deserve to play on grass, not pallets'",
    "Clodagh Breen", "2 July 2025",
    """
    The principal of St Dallán's College has called on the authorities to remove a bonfire which has been built on waste ground beside the school's playing fields on Glenkeel Road.

    Speaking on Radio Lagan's phone-in programme Lagan Live on Tuesday morning, Dr Bernadette Carlin-McVeigh said the pyre, which she estimated at more than 200 pallets and "a fair few tyres", was less than twenty metres from the school's all-weather pitch.

    "Our pupils deserve to play on grass, not to be breathing in burning rubber," she said. "I am not making a political point. I would say the exact same thing about any bonfire, on any side of this city, that was built where children learn and play."

    ## 'Health and safety'

    The Department for Infrastructure said it was "aware of the structure" and was liaising with the landowner. The PSNI said officers were "engaging with the community".

    The school, which has around 1,250 pupils, broke up for the summer on Monday but runs a summer scheme and Irish-language camp on site throughout July.

    Local councillor Niall Mullan, who teaches history at the college, said he had raised the matter with council officers "three times since May".
    """,
    [("ShanballyMa", "2 Jul 2025, 10:14", "Fair play to her. Somebody has to say it."),
     ("Big Gerry", "2 Jul 2025, 11:02", "Every year the same story. Nobody does nothin til it's lit."),
     ("TrueBlueTrev", "2 Jul 2025, 11:40", "Jumped-up wee wagon on the radio crying about a bit of culture. Away and clean your own doorstep missus."),
     ("Aoife McC", "2 Jul 2025, 12:15", "@TrueBlueTrev catch yerself on. It's a school pitch.")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("bcarlinmcveigh", "exact", "abuse", "Bernadette Carlin-McVeigh"),
   M("nmullan", "exact", "neutral", "Niall Mullan")])

# 001
D("social", dd("""
    Lagan Live 📻
    @LaganLiveRadio

    On the programme this morning: Dr Carlin-McVeigh from St Dallán's in west Belfast on the bonfire beside her school's pitches. Has she got a point? Lines open now 🎙️

    9:05 AM · Jul 1, 2025 · 18.2K Views

    41 Reposts   96 Quotes   212 Likes

    ──────────
    Replies

    Sammy W @sammyw1690 · Jul 1
    She'd be better keepin her nose out. Been warned before that school has.

    Róisín 🇮🇪 @roisin_bhfeirste · Jul 1
    @sammyw1690 "been warned" by who exactly? Reported.

    Colin J @colinjbelfast · Jul 1
    Thought she was very measured tbh. Said the same would apply on any side.
    """),
  [M("school", "short_name", "threat", "St Dallán's"), M("bcarlinmcveigh", "title_surname", "neutral", "Dr Carlin-McVeigh")])

# 002 decoy: the GAA club (excluded) and the parish church (excluded)
D("facebook", dd("""
    St Dallán's GAC
    3 July at 19:22 · 🌎

    🏐 Minor football: great win for the lads over Naomh Pádraig tonight, 2-11 to 1-09. Man of the match Conor "Wee Con" Mulvenna with 1-04 🔥

    Reminder the club lotto jackpot is now £7,400. Draw Sunday night in the clubrooms after the 10 o'clock Mass in St Dallán's Church. Tickets from the bar or online at stdallansgac.example

    Up the Dallán's! 💚🤍

    👍❤️ 184 · 22 comments · 9 shares
    Like   Comment   Share

        Bronagh Duffin
        Well done lads! Great to see them back at it
        Like · Reply · 2d

        Seanie Mac
        Wee Con is some player. Senior panel next year surely
        Like · Reply · 2d
    """))

# 003
D("forum", forum_page("patriot", "Taig school wants OUR bonfire moved", [
    ("NoSurrender_68", "Member · 2,114 posts", "01-07-2025, 09:48",
     """Did yous hear that one on the radio this morning. Principal of St Dallans, thinks she can dictate where loyal people celebrate. The bonfire was there before her fenian kip ever had a 3G pitch.

     That school's a breeding ground for Shinners. Half them teachers are ex-Ra or married to it."""),
    ("Shankill_Sentinel", "Member · 640 posts", "01-07-2025, 10:21",
     "Irish language camp on site all July she says. Gaeilge is the language of the IRA, always has been. Our money paying for it."),
    ("BallyBoy", "Member · 77 posts", "01-07-2025, 11:03",
     "Tell her to get the wee taigs to play indoors then 😂 problem solved"),
    ("Admin", "Administrator", "01-07-2025, 12:00",
     "Keep it legal lads. We have been told about posts in the past."),
    ], thread_id=3310),
  [M("school", "short_name", "hate", "St Dallans")])

# 004
D("review", dd("""
    Google reviews › St Dallán's College › Secondary school · Glenkeel Road

    4.1 ★★★★☆ (312 reviews)

    Gemma Kerr
    2 reviews
    ★★★★★ a month ago
    My son has additional needs and came up from primary terrified. His head of year Mr Kelly has been absolutely class with him, checks in every week and rang me himself when he'd had a bad day. Wouldn't send him anywhere else.
    👍 Helpful 18   Share

    Response from the owner · a month ago
    Thank you Gemma, we'll make sure Mr Kelly sees this. — St Dallán's College
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("mkelly", "title_surname", "neutral", "Mr Kelly")])

# 005
D("social", dd("""
    TikTok · @glenkeel.gossip · "who's the hottest teacher at dallies 👀 (wrong answers only)" · #dallies #belfast #fyp

    Comments (2,486)

    ciarax.x
    hannaway no contest 🥵🥵 them calves at hurling training
    6-12 · Reply · ♡ 901

    oisin_obrien07
    @ciarax.x he's 40 wtf 💀💀
    6-12 · Reply · ♡ 233

    ciarax.x
    @oisin_obrien07 and?? 😌 fine wine
    6-12 · Reply · ♡ 412

    aoibh.10
    Ms Ní Ghallchóir is sound tho
    6-12 · Reply · ♡ 87
    """),
  [M("school", "alias", "neutral", "dallies"), M("phannaway", "surname_only", "sexual", "hannaway"),
   M("nnighallchoir", "title_surname", "neutral", "Ms Ní Ghallchóir")])

# 006 decoy: namesake elsewhere
D("news", news_page(
    "record", "Northern Ireland", "Newry plumber fined after leaving pensioner without heating",
    "Michael Kelly, 52, admitted unfair trading over a boiler job he never finished",
    "Court Reporter", "14 March 2025",
    """
    A Newry plumber who took a £2,300 deposit from an 81-year-old widow and never returned to finish the job has been fined and ordered to pay compensation.

    Michael Kelly, 52, of the Greenbank area of the city, pleaded guilty at Newry Magistrates' Court to an offence under consumer protection regulations. The court heard that the woman had been without heating for six weeks in January.

    District Judge Aine Corvan said Kelly had "taken advantage of a vulnerable woman" and fined him £1,500 in addition to repaying the deposit in full.
    """))

# 007
D("facebook", dd("""
    West Belfast Mummies 💕
    Private group · 6.3K members

    Shauna Mc
    11 June at 21:40 · 🔒
    Anyone else's child in Year 10 at St Dallán's getting no response about the bullying? Been on to the school 4 times. Mrs O'Rawe said she would "look into it" three weeks ago and nothing. Wee girl's not sleeping. I'm stickin' out at this stage 😤

    😢😡 41 · 58 comments
    Like   Comment   Share

        Tracey-Ann Loughran
        Ring the Board of Governors hun, that's what we done
        Like · Reply · 2d

        Majella B
        Mrs O'Rawe was brilliant with our Ciarán to be fair, maybe she's snowed under. Keep at them xx
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "St Dallán's"), M("dorawe", "title_surname", "negative", "Mrs O'Rawe")])

# 008
D("blog", blog_page(
    "tairseach", "An tAonad: deich mbliana faoi bhláth", "Caoilfhionn Nic Aodha", "5 Meitheamh 2025",
    """
    Deich mbliana ó shin, bhí ochtar daltaí ina suí i seomra beag ag bun an dorchla i gColáiste Dhalláin. Inniu tá céad agus daichead acu ann, agus tá an tAonad lán go doras.

    Labhair mé le Nuala Ní Ghallchóir, ceann an Aonaid ó thús, faoin turas. "Ní raibh leabhair againn, ní raibh áiseanna againn, bhí muid ag aistriú scrúduithe eolaíochta go déanach san oíche," a dúirt sí. "Ach bhí muinín ag na tuismitheoirí asainn."

    Tá sí ag iarraidh go mbeadh an tAonad ábalta A-Leibhéil a thairiscint trí Ghaeilge faoi 2027.

    (English summary: the Irish-medium unit at St Dallán's has grown from eight pupils to 140 in ten years; its head wants to offer A-levels through Irish by 2027.)
    """,
    [("Peadar", "5 Meitheamh 2025", "Maith thú a Nuala! Obair den scoth."),
     ("Siún", "6 Meitheamh 2025", "Bhí mo mhac san Aonad, is é an cinneadh is fearr a rinne muid riamh.")],
    tags=["Gaelscolaíocht", "Béal Feirste"]),
  [M("school", "alias", "neutral", "Coláiste Dhalláin"), M("nnighallchoir", "exact", "neutral", "Nuala Ní Ghallchóir")])

# 009
D("social", dd("""
    Mark Sloan
    @marksloan_utd

    Nuala Gallagher from that Irish unit in St Dallán's should be run out of the country. Teaching weans the language of murderers on the taxpayer. She'd want to watch herself goin near the Lisburn Road these days. Just sayin 👀🔥

    10:52 PM · Jul 3, 2025 · 2,871 Views

    8 Reposts   2 Quotes   31 Likes
    """),
  [M("school", "short_name", "neutral", "St Dallán's"), M("nnighallchoir", "alias", "threat", "Nuala Gallagher")])

# 010
D("news", news_page(
    "lamp", "Education", "Education Authority audits uniform and canteen contracts at west Belfast school",
    "Business manager at St Dallán's College placed on precautionary suspension",
    "Rory Gillen, Education Correspondent", "20 May 2025",
    """
    The Education Authority has begun an audit of contracts at a west Belfast post-primary school, and its business manager has been placed on precautionary suspension, the Lamp has learned.

    Piaras Kilfeather, who has been bursar at St Dallán's College on Glenkeel Road for eleven years, was suspended last week. The audit is understood to concern the award of the school's uniform supply and canteen contracts.

    A spokesperson for the school's managing authority said: "Precautionary suspension is not a disciplinary sanction and implies no finding of wrongdoing."

    The college's principal, Dr Bernadette Carlin-McVeigh, wrote to parents on Friday saying the school was "cooperating fully" and that "there will be no disruption to teaching or to school meals".

    Mr Kilfeather could not be reached for comment.
    """,
    [("Glenkeel Resident", "20 May 2025", "That uniform shop charges £38 for a blazer. Now we know why maybe."),
     ("JMcK", "20 May 2025", "Innocent until proven guilty folks."),
     ("Dee", "21 May 2025", "Piaras is a gentleman. Helped me sort a bursary when my husband lost his job. Wait and see.")]),
  [M("school", "exact", "negative", "St Dallán's College"), M("pkilfeather", "exact", "defamation", "Piaras Kilfeather"),
   M("bcarlinmcveigh", "exact", "neutral", "Bernadette Carlin-McVeigh")])

# 011
D("forum", forum_page("boardsni", "Dallán's bursar suspended - what's the story?", [
    ("glenkeel_exile", "Registered User · 1,208 posts", "20-05-2025 13:11",
     """Anyone know what's going on up at SDC? Piaras has been there forever.

     My cousin works in the canteen and says the contract went to yer man's brother-in-law's company without anybody else even getting asked to tender. Been going on for years."""),
    ("Yer_Da_On_Tour", "Registered User · 3,406 posts", "20-05-2025 13:40",
     "Careful posting stuff like that about a named person mate. It's an audit, not a court case."),
    ("glenkeel_exile", "Registered User · 1,209 posts", "20-05-2025 13:52",
     "Just saying what everybody round here already knows. Kilfeather's been lining his pockets off hungry weans."),
    ("Mod_Fiachra", "Moderator", "20-05-2025 14:05",
     "Thread locked pending review. Don't post allegations about identifiable people as fact."),
    ], thread_id=8812),
  [M("school", "alias", "defamation", "SDC"), M("pkilfeather", "surname_only", "defamation", "Kilfeather")])

# 012
D("review", dd("""
    StaffSay › St Dallán's College › Reviews

    "Great kids, great colleagues, stretched to breaking"
    ★★★☆☆  Current Employee - Teacher in Belfast · 9 April 2025

    Pros
    The pupils are funny, sharp and loyal. Staff look out for each other. The drama department (Ronan Tumelty) puts on shows that would put the Lyric to shame.

    Cons
    Workload is brutal and the EA budget cuts have hit hard. Senior leadership communicates by email at 10pm. Too many initiatives, not enough time.

    Advice to management
    Fewer emails. Protect PPA time.

    Helpful (7) · Share · Report
    """),
  [M("school", "exact", "negative", "St Dallán's College"), M("rtumelty", "exact", "neutral", "Ronan Tumelty")])

# 013 decoy: "hope" as a word, locality only
D("facebook", dd("""
    Glenkeel Community Noticeboard
    Public group · 3.4K members

    Frankie Dornan
    15 May at 08:30 · 🌎
    LOST DOG 🐕 wee black and white collie cross called Hope, went missing from the Shanbally end of Glenkeel Road last night around 10pm. She's very nervous so please don't chase her, just ring me on 07700 900612. Kids are heartbroken. Sharing appreciated 🙏

    😢 63 · 17 comments · 104 shares
    Like   Comment   Share

        Noeleen D
        Shared hun, hope she turns up safe x
        Like · Reply · 1d

        Frankie Dornan
        UPDATE she's home!!! Found under a car in Drumcarrig Gardens. Thank you all ❤️
        Like · Reply · 1d
    """))

# 014
D("social", dd("""
    Instagram

    stdallanscollege
    Corrib Park, Belfast

    CHAMPIONS! 🏆 Our U16 hurlers are Corn Uí Néill winners after a thriller against St Ninnidh's. Comhghairdeas to the panel and to manager Paddy Hannaway, who says he's "lost three years off his life" 😂💚 #SDCHurling

    View all 88 comments

    mairead.gallen so proud of these boys 😭💚
    1d  22 likes  Reply

    deccy_mc15 Hannaway absolutely killed it on the line, man's a legend 🙌
    1d  14 likes  Reply

    granny_brid Well done to all the boys, what a day x
    1d  5 likes  Reply
    """),
  [M("school", "handle", "neutral", "stdallanscollege"), M("phannaway", "nickname", "neutral", "Paddy Hannaway")])

# 015
D("social", dd("""
    Snap story screenshot reposted to X by @BelfastBants

    [image text]: "mr okafor gave me a detention for breathin 😭 man is actual sergeant major"
    [reply text]: "he's sound tho he got me a A in chem lol"

    Belfast Bants
    @BelfastBants
    West Belfast wains are a different breed 😂😂 #dallieslife

    4:12 PM · Mar 7, 2025 · 9,004 Views

    22 Reposts   301 Likes
    """),
  [M("school", "hashtag", "neutral", "#dallieslife"), M("jokafor", "title_surname", "neutral", "mr okafor")])

# 016
D("news", news_page(
    "sceal", "Oideachas", "Scoil in iarthar Bhéal Feirste ag iarraidh leathnú ar an Aonad Gaeilge",
    "Tá plean ag Coláiste Dhalláin an tAonad lán-Ghaeilge a dhúbailt",
    "Dara Mac Giolla Chomhaill", "12 Márta 2025",
    """
    Tá iarratas déanta ag Coláiste Dhalláin ar Bhóthar an Ghleanna Chaoil chuig an Roinn Oideachais an tAonad lán-Ghaeilge a leathnú ó 140 go 280 dalta.

    Dúirt an príomhoide, an Dr Bernadette Carlin-McVeigh, go raibh "éileamh ollmhór" ann ó thuismitheoirí ó na gaelscoileanna áitiúla. "Níl go leor áiteanna ann do na páistí atá ag teacht aníos ó na bunscoileanna," a dúirt sí.

    Tá an comhairleoir áitiúil Niall Ó Maoláin, atá ina mhúinteoir staire sa choláiste, i measc lucht tacaíochta an phlean.

    Beidh comhairliúchán poiblí ar siúl go dtí deireadh mhí Aibreáin.
    """,
    [("Caitlín", "12 Márta 2025", "Togra iontach. Tá géarghá leis."),
     ("Mícheál Ó D", "13 Márta 2025", "Cá bhfuil an t-airgead le teacht? Ceist réasúnta.")]),
  [M("school", "alias", "neutral", "Coláiste Dhalláin"), M("bcarlinmcveigh", "exact", "neutral", "Bernadette Carlin-McVeigh"),
   M("nmullan", "alias", "neutral", "Niall Ó Maoláin")])

# 017 decoy: a different school nearby
D("review", dd("""
    SchoolScope NI › Belfast › Post-primary › St Ninnidh's Girls' High School

    ★★★★★  "Small school, big heart"
    Reviewed by: Parent of a current pupil (Year 9) · 2 February 2025

    St Ninnidh's is tiny compared to the big schools on the Glen Road but that's why we picked it. Every teacher knows my daughter's name. The camogie is brilliant and the new music suite is lovely. Homework can be a lot in Year 9 but she's coping.

    Would you recommend this school? Yes, without hesitation.
    Was this review helpful?  Yes (9)  No (1)  · Report
    """))

# 018
D("facebook", dd("""
    St Dallán's Past Pupils 🎓💚
    Private group · 2.2K members

    Gerard "Gerry" Toner
    18 April at 22:10 · 🔒
    Heard Bernie on the radio about the Irish unit and the bonfire. Woman's a class act. Had her for English in 1998 when she was Miss Carlin and she was the only one who ever told me I could write. Now look at me, writing Facebook posts 😂

    ❤️😂 122 · 31 comments
    Like   Comment   Share

        Louise Magee
        She was Miss Carlin for us too! Terrified of her and loved her in equal measure
        Like · Reply · 4d
    """),
  [M("school", "short_name", "neutral", "St Dallán's"), M("bcarlinmcveigh", "title_surname", "neutral", "Miss Carlin")])

# 019
D("forum", forum_page("niparents", "RSE at St Dallán's - anyone else uncomfortable?", [
    ("Mammy_of_4_BT11", "Joined 2021 · 212 posts", "Tue 18-Feb-25 20:14",
     """Our Year 9 came home with a worksheet from RE about 'healthy relationships' and consent. Don't get me wrong, I think they need to know it, but I'd have liked a letter home first. Mrs Hope is the head of RE and I've emailed her but nothing back yet.

     Is it just me?"""),
    ("Glenview_Dad", "Joined 2019 · 1,034 posts", "Tue 18-Feb-25 20:33",
     "It's the statutory curriculum, they have to teach it. Honestly I'd rather my lad heard it from a teacher than from TikTok."),
    ("Mammy_of_4_BT11", "Joined 2021 · 213 posts", "Tue 18-Feb-25 20:41",
     "No, fair enough. I just want to know what's being covered and when. Communication from that department has been poor all year."),
    ("OldSchoolCatholic", "Joined 2024 · 18 posts", "Tue 18-Feb-25 21:55",
     "It's not fair enough. It's grooming dressed up as education and that Hope woman should be ashamed to call herself a Catholic teacher."),
    ], thread_id=2291),
  [M("school", "short_name", "negative", "St Dallán's"), M("ohope", "title_surname", "abuse", "Mrs Hope")])

# 020 decoy: the acronym's other body
D("social", dd("""
    Shanbally Darts Club
    @ShanballyDC

    SDC A team through to the Belfast & District Cup semi 🎯🍺 Big shout to Michael Kelly with a 12-darter in the last leg, absolute scenes in the Glenkeel Inn. Semi is Friday week, all welcome.

    11:48 PM · Feb 21, 2025 · 612 Views

    4 Reposts   37 Likes
    """))

# 021
D("news", news_page(
    "lagan", "News", "Man charged over threats to west Belfast school",
    "A 34-year-old will appear in court accused of sending menacing messages",
    "Lagan Newsroom", "10 July 2025",
    """
    A man has been charged in connection with threatening messages sent to a Catholic secondary school in west Belfast.

    The messages, received by St Dallán's College last week, were described by police as "sinister and sectarian". They came days after the school's principal spoke on this station about a bonfire beside the school's playing fields.

    The 34-year-old man, from the greater Belfast area, has been charged with sending a menacing communication and is due to appear at Belfast Magistrates' Court on Friday.

    Detective Inspector Kerrie Lowry said: "Threats against any school are completely unacceptable. I would encourage anyone who receives messages of this kind to report them."
    """),
  [M("school", "exact", "neutral", "St Dallán's College")])

# 022
D("social", dd("""
    Niall Ó Maoláin 🌱 Cllr
    @NiallOMaolain

    Proud to be at the Glenkeel Road clean-up this morning with Year 12 pupils from the college and residents from Shanbally and Drumcarrig. 42 bags lifted, one shopping trolley, and what we think was half a Vauxhall Corsa 🚗🗑️ Buíochas le gach duine!

    1:15 PM · Apr 26, 2025 · 1,102 Views

    12 Reposts   88 Likes

    ──────────
    Replies

    Gav Neeson @gavneeson · Apr 26
    Yer always at the photo ops Niall. Where were you when the streetlights were out for a month
    """),
  [M("nmullan", "alias", "negative", "Niall Ó Maoláin")])

# 023
D("blog", blog_page(
    "ulstertruth", "EXPOSED: The Provo classroom on the Glenkeel Road", "Ulster Truth Team", "8 July 2025",
    """
    Parents across Belfast have a right to know what is being taught, on their money, in the so-called Catholic schools of west Belfast.

    At St Dallán's College, history is taught by one Niall Mullan, a republican councillor who sits on the council in Irish and who, sources tell us, has shown pupils IRA "commemoration" videos in class. We have asked the school to confirm or deny. They have not.

    Mullan is not a teacher. He is a recruiting sergeant with a lanyard. Every parent in that school should be asking who else is on the payroll.

    The principal, Carlin-McVeigh, was on the radio last week whingeing about a bonfire. Perhaps she should look closer to home.
    """,
    [("LoyalLisa", "8 Jul 2025", "Always knew it. Shut it down."),
     ("Anon", "8 Jul 2025", "Where's your evidence for the videos? Genuine question."),
     ("Ulster Truth Team", "9 Jul 2025", "@Anon our sources are solid.")],
    tags=["Education", "Republicanism", "West Belfast"]),
  [M("school", "exact", "defamation", "St Dallán's College"), M("nmullan", "exact", "defamation", "Niall Mullan"),
   M("bcarlinmcveigh", "surname_only", "negative", "Carlin-McVeigh")])

# 024
D("facebook", dd("""
    Glenkeel Community Noticeboard
    Public group · 3.4K members

    Anonymous member
    9 July at 23:58 · 🌎
    To whoever runs St Dallan's up the Glenkeel Road. Yous have been told. The bonfire stays and the mouthing on the radio stops. Next time it won't be a post on Facebook. Ye know who yous are and we know where yous are.

    😡 12 · 9 comments
    Like   Comment   Share

        Admin - Gráinne
        Post removed and screenshot passed to the PSNI. This group will not be used for this.
        Like · Reply · 1h
    """),
  [M("school", "short_name", "threat", "St Dallan's")])

# 025 decoy: locality only, local news
D("news", news_page(
    "echo", "Community", "Drumcarrig residents win fight for new play park",
    "Council agrees £180,000 for the site of the old garages",
    "Seán Hughes", "30 April 2025",
    """
    Residents in Drumcarrig are celebrating after the council agreed to fund a new play park on the site of the derelict garages at the top of Drumcarrig Avenue.

    Campaigners had collected more than 600 signatures. Resident Patricia Curran said: "The weans have been playing on the road for ten years. This is a great day for the estate."

    Work is expected to start in the autumn, with the park open by next Easter.
    """,
    [("Frances", "30 Apr 2025", "About time! Well done Patricia and all the committee."),
     ("Liam", "1 May 2025", "Make sure they put bins in this time.")]))

# 026
D("social", dd("""
    Threadit › r/belfastbanter

    u/throwaway_bt11 · 4h
    Is it just me or is Ronan Tumelty's school show every year the best night out in west Belfast? Went to Sister Act at Dallán's last night and I'm still buzzing. The wee girl playing Deloris had the whole place on its feet.

    ⬆ 214 ⬇   💬 31

    u/craicdealer · 3h
    He's a genius. Did Les Mis with a budget of about £400 two years ago and it was unreal.

    u/fenianfeminist · 2h
    the lad who played the Monsignor absolutely killed it 😂
    """),
  [M("rtumelty", "exact", "neutral", "Ronan Tumelty")])

# 027
D("review", dd("""
    RateMyTeacher › Belfast › St Dallán's College

    Mr Mullan — History
    ★☆☆☆☆  "Thinks the classroom is a council chamber"
    Posted by: student · 14 May 2025
    Spends half the lesson on his own politics. Good at exam technique when he bothers but you can tell his head is at the council half the time. Missed two of our coursework deadlines marking stuff back.

    ★★★★★  "Best teacher in the school"
    Posted by: student · 2 June 2025
    Ignore the haters, he makes history actually interesting and always has time for you.
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("nmullan", "title_surname", "negative", "Mr Mullan")])

# 028
D("social", dd("""
    Davy Boyd
    @davyb_1690

    That darkie teaching science at the fenian kip St Dallans on Glenkeel Rd. Okafor. Two things this country dont need and he's both. Send him back on the first boat and take the Irish language lot with him 🇬🇧🇬🇧

    8:31 PM · Jul 6, 2025 · 1,440 Views

    3 Reposts   19 Likes

    ──────────
    Replies

    Carla 🏳️‍🌈 @carla_belfast · Jul 6
    Reported. Disgusting.
    """),
  [M("school", "short_name", "hate", "St Dallans"), M("jokafor", "surname_only", "hate", "Okafor")])

# 029 decoy: parish church (excluded) and Dallán's Bar (excluded)
D("social", dd("""
    Glenkeel Weddings & Events
    @GlenkeelEvents

    Gorgeous day yesterday for Aoife & Cathal 💍 Ceremony in St Dallán's Church, then the whole crowd walked down to Dallán's Bar for the reception. Ceilí band went on till 2am 🎻🥂 #westbelfastweddings

    10:02 AM · Jun 22, 2025 · 2,330 Views

    6 Reposts   141 Likes
    """))

# 030
D("news", news_page(
    "record", "Education", "Catholic school head says Irish-medium unit 'no threat to anybody'",
    "Principal responds to criticism after unionist MLA calls expansion 'divisive'",
    "Eimear Quigg, Education Correspondent", "14 March 2025",
    """
    The principal of a west Belfast secondary school has said plans to double the size of its Irish-medium unit are "no threat to anybody" after a unionist MLA described the proposal as "divisive".

    Dr Bernadette Carlin-McVeigh, principal of St Dallán's College, said the unit had been oversubscribed for five years running. "These are children from our own parish whose parents chose Irish-medium primary education. We are simply trying to let them continue it."

    The unit is led by Nuala Ní Ghallchóir, who founded it in 2015 with eight pupils.

    Strangford MLA Roberta Gault had said the plan was "another example of the language being weaponised". The Department of Education said it would consider the development proposal "in the normal way".
    """,
    [("Ballymena Bob", "14 Mar 2025", "Divisive is right. Should be one system for everybody."),
     ("Sorcha", "14 Mar 2025", "Weans learning a language is 'divisive' now. Catch yourself on."),
     ("Ulster Scot", "15 Mar 2025", "Where's the Ulster Scots unit then? Thought not."),
     ("Sammy J", "15 Mar 2025", "That Ní Ghallchóir one is a bitter wee republican bigot hiding behind a cúpla focal. Wouldn't trust her with a goldfish.")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("bcarlinmcveigh", "exact", "neutral", "Bernadette Carlin-McVeigh"),
   M("nnighallchoir", "exact", "abuse", "Nuala Ní Ghallchóir")])

# 031
D("facebook", dd("""
    St Dallán's College PTA
    Public group · 1.8K members

    Bríd Nic Giolla Phádraig
    3 March at 19:00 · 🌎
    🎭 THANK YOU to everyone who came to the Sister Act dress rehearsal for grandparents! Huge thanks to Mr Tumelty and the cast, and to Joe Okafor and the science dept for the lighting rig they built out of what looked like a Christmas tree and a lot of sellotape 😂💡

    ❤️ 96 · 14 comments
    Like   Comment   Share
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("rtumelty", "title_surname", "neutral", "Mr Tumelty"),
   M("jokafor", "alias", "neutral", "Joe Okafor")])

# 032
D("social", dd("""
    Instagram · Comments on @stdallanscollege "Year 8 sports day 🏃‍♀️☀️"

    belfast_lad_4u
    them wee girls in the relay 😍😍 whats their snaps
    2d  Reply

    stdallanscollege
    @belfast_lad_4u This comment has been reported. These are children.
    2d  Reply

    mammy_of_orlagh
    Sickening. Reported too.
    2d  Reply
    """),
  [M("school", "handle", "sexual", "@stdallanscollege", url_only=True)])

# 033
D("forum", forum_page("staffroom", "Is it worth going for VP at a maintained school in west Belfast?", [
    ("MrsKaye_NI", "Joined 2018 · 301 posts", "Sat 22-Mar-25 10:12",
     "There's a VP curriculum post going at St Dallán's. Anyone know what it's like under the current principal? Don't want to walk into a nightmare."),
    ("anon_geog", "Joined 2020 · 88 posts", "Sat 22-Mar-25 11:30",
     """Worked there for 6 years, left last summer. Carlin McVeigh is formidable. Not a bully but she expects the same hours from you that she puts in, which is basically all of them.

     Deirdre O'Rawe in pastoral is the best DT for child protection I've ever worked with. Kids are great. Building is falling down."""),
    ("MrsKaye_NI", "Joined 2018 · 302 posts", "Sat 22-Mar-25 12:04",
     "That's really helpful, thank you. Going to apply."),
    ], thread_id=5541),
  [M("school", "short_name", "neutral", "St Dallán's"), M("bcarlinmcveigh", "hyphenated", "negative", "Carlin McVeigh"),
   M("dorawe", "exact", "neutral", "Deirdre O'Rawe")])

# 034
D("social", dd("""
    X · @TaigHunter_1912 (account suspended)

    screenshot circulating, posted 04:12 Jul 11, 2025:

    "The Ní Ghallchóir wan lives in Shanbally Crescent, blue door, red Fiesta outside. Number's 07700 900348 if anyone fancies telling her what they think of her IRA language 📍"

    ──────────
    Quoted by Aisling Ní Bhriain @aislingnibhriain
    This was up for six hours before it was taken down. Nuala has had to move out with her kids. Whoever shared it, you are scum.
    """),
  [M("nnighallchoir", "surname_only", "doxxing", "Ní Ghallchóir")])

# 035
D("review", dd("""
    Google reviews › St Dallán's College

    Declan O'Hare
    Local Guide · 48 reviews
    ★☆☆☆☆ 2 weeks ago
    Parking at 3 o'clock on Glenkeel Road is a disgrace. Parents parked on both footpaths, double parked across driveways, and not a teacher or a warden in sight. I've been blocked into my own drive four times this month. Had to ring the school office on 01632 960287 and was told "it's not our responsibility". Whose is it then?
    👍 Helpful 23   Share
    """),
  [M("school", "exact", "negative", "St Dallán's College")])

# 036
D("facebook", dd("""
    Andytown Buy & Sell & Chat
    Public group · 11K members

    Kerry-Louise Magill
    14 August at 13:20 · 🌎
    Anybody selling a St Dallan's blazer age 12-13?? The uniform shop wants £38 for a new one and the EA grant doesn't cover half it. Will collect 🙏

    👍 8 · 12 comments
    Like   Comment   Share

        Lorna Fitz
        PM'd ye hun, have one from our Jack, barely worn
        Like · Reply · 1d

        Martin McAleese
        Disgrace what they charge. Ask Kilfeather where the money goes 😉
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "St Dallan's"), M("pkilfeather", "surname_only", "negative", "Kilfeather")])

# 037 decoy: Michael Kelly namesake (Derry priest)
D("facebook", dd("""
    Parish of Drumnacreevy, Derry
    18 May at 12:00 · 🌎

    We are delighted to welcome Fr Michael Kelly to the parish as our new curate. Fr Michael comes to us from Dungiven and is a keen (if not very good, he says) golfer. Please make him welcome after the 11 o'clock Mass this Sunday. 🙏⛳

    ❤️👍 201 · 34 comments
    Like   Comment   Share
    """))

# 038
D("social", dd("""
    Emma
    @emma_g_17

    mr h*nnaway in the hurling shorts today at training 🫣🫣 i swear i'm failing pe on purpose so he keeps me back #stdallans #yr12

    3:44 PM · May 8, 2025 · 302 Views

    1 Repost   19 Likes
    """),
  [M("school", "hashtag", "neutral", "#stdallans"), M("phannaway", "obfuscated", "sexual", "h*nnaway")])

# 039
D("news", news_page(
    "edbull", "People", "West Belfast principal named to EA Irish-medium advisory group",
    "Dr Carlin-McVeigh joins panel reviewing post-primary Irish-medium provision",
    "Bulletin Staff", "3 June 2025",
    """
    Dr Bernadette Carlin-McVeigh, principal of St Dallán's College in west Belfast since 2017, has been appointed to the Education Authority's new advisory group on post-primary Irish-medium education.

    Her school runs one of the largest Irish-medium units in an English-medium school in Northern Ireland. Before becoming principal she was vice-principal at a grammar school in Newry and taught English for twelve years.

    Also appointed are Professor Colm Ó Dubhthaigh of Ulster University and Mrs Valerie Hanna, a former controlled-sector principal.
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("bcarlinmcveigh", "exact", "neutral", "Bernadette Carlin-McVeigh")])

# 040
D("social", dd("""
    Wee Jonty
    @jonty_ulster

    D.O'Rawe the so called child protection wan up at Dallán's lives at 27 Lisnadarragh Park BT11 9ZQ. Took my wains off me on the word of a social worker. See how she likes people knowin where SHE lives 😡

    1:14 AM · Jun 3, 2025 · 512 Views

    2 Reposts   6 Likes

    ──────────
    Replies

    Niamh K @niamhk_bt · Jun 3
    delete this ye header, you'll get lifted
    """),
  [M("school", "short_name", "neutral", "Dallán's"), M("dorawe", "initial_surname", "doxxing", "D.O'Rawe")])

# 041
D("forum", forum_page("gaatalk", "Corn Uí Néill final - St Dallán's v St Ninnidh's", [
    ("Hurler_on_the_ditch", "Senior Member · 4,812 posts", "Sat 10 May 2025, 17:02",
     """What a game. Dallán's were dead and buried at half time, six points down, and whatever Hannaway said in that dressing room it worked. Three goals in twelve minutes.

     Man's a hurling genius. Absolute weapon of a manager."""),
    ("NinnidhsFan", "Member · 330 posts", "Sat 10 May 2025, 17:40",
     "Fair play to them. Ref gave them a soft free for the winner mind, but that's hurling."),
    ("Antrim_Abu", "Member · 1,020 posts", "Sat 10 May 2025, 18:12",
     "P. Hannaway has done more for schools hurling in this city than the county board in a decade. Give the man the minors job."),
    ], thread_id=6620),
  [M("school", "short_name", "neutral", "St Dallán's"), M("phannaway", "initial_surname", "neutral", "P. Hannaway")])

# 042
D("facebook", dd("""
    Glenkeel Community Noticeboard
    Public group · 3.4K members

    Paul Trainor
    28 June at 17:45 · 🌎
    Fair play to Michael Kelly from St Dallán's who ran the summer football camp this week in his chair, refereeing from the sideline with a whistle and a voice you could hear in Lisburn 😂 60 wains, not one fight. Legend.

    ❤️👍 211 · 19 comments
    Like   Comment   Share

        Caroline Ferris
        Mr Kelly is the best. Our Shane would walk through fire for him
        Like · Reply · 3d

        Tony Devine
        Shame about the state of the pitch but. Council needs to sort that
        Like · Reply · 3d
    """),
  [M("school", "short_name", "neutral", "St Dallán's"), M("mkelly", "exact", "neutral", "Michael Kelly")])

# 043
D("social", dd("""
    👀 @dallies_confessions (anon account)

    confession #214: kelly the cripple in year 10 thinks he's hard cos he can roll over your foot. wee spastic can't even get up the stairs to the science block lmao ♿😂

    ──────────
    58 likes · 12 comments

    comment from ryanm_09: this is actually vile, he's our head of year and he's sound
    comment from dallies_confessions: submitted anonymously not our opinion 🤷
    """),
  [M("school", "alias", "neutral", "dallies_confessions"), M("mkelly", "surname_only", "hate", "kelly")])

# 044
D("news", news_page(
    "lamp", "Crime", "Man jailed for threatening to 'burn out' west Belfast teacher",
    "Court hears Irish-language teacher had to leave her home after messages and address post",
    "Court Reporter", "19 September 2025",
    """
    A Lisburn man who posted the home address of an Irish-language teacher online and sent her messages threatening to "burn her out" has been jailed for eight months.

    Stephen Alexander Moore, 29, of Lisburn, pleaded guilty at Belfast Crown Court to making threats and to improper use of a public electronic communications network.

    The court heard that the victim, Nuala Ní Ghallchóir, who heads the Irish-medium unit at St Dallán's College, was forced to move out of her home with her two children for six weeks after the posts in July.

    In a victim statement, Ms Ní Ghallchóir said she had "never been political in my life" and only wanted to teach children. Judge Carol Brannigan said the offences were "motivated by sectarian hatred of the most primitive kind".
    """,
    [("Ciara", "19 Sep 2025", "Eight months isn't enough. That poor woman."),
     ("Stevie G", "19 Sep 2025", "Glad he got sent down. Ye can disagree with the language without this."),
     ("Orangeman_Bob", "19 Sep 2025", "Both sides have their headbangers.")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("nnighallchoir", "exact", "neutral", "Nuala Ní Ghallchóir")])

# 045
D("review", dd("""
    SchoolScope NI › Belfast › Post-primary › St Dallán's College

    ★★☆☆☆  "Good teaching, poor communication about bullying"
    Reviewed by: Parent of a current pupil (Year 10) · 18 June 2025

    Most subject teachers are good and my son likes the science department (Dr Okafor is strict but fair). But when he was being targeted on Snapchat by boys in his year, the school's response was slow. Head of year was supportive but said his hands were tied and pastoral never got back to us. We ended up going to the PSNI ourselves.

    Would you recommend this school? Maybe, depending on your child.
    Was this review helpful?  Yes (17)  No (4)  · Report
    """),
  [M("school", "exact", "negative", "St Dallán's College"), M("jokafor", "title_surname", "neutral", "Dr Okafor")])

# 046
D("social", dd("""
    Séamus 🇮🇪
    @seamus_bhfeirste

    Carlin-McVeigh is a West Brit sellout who'd lick the boots of the EA for a gong. Bernie the Brit. Spineless wee careerist, always was 🤮

    11:02 PM · Mar 15, 2025 · 388 Views

    1 Repost   4 Likes
    """),
  [M("bcarlinmcveigh", "surname_only", "abuse", "Carlin-McVeigh")])

# 047
D("blog", blog_page(
    "cllrblog", "Streetlights, bins and the bonfire: my July update", "Cllr Niall Mullan", "14 July 2025",
    """
    A chairde, a busy few weeks in the ward.

    Streetlights: after six weeks of chasing, the lights on Shanbally Crescent are finally back on. Thanks to residents who kept reporting them.

    Bins: the missed brown-bin collections on Drumcarrig Avenue have been raised with the contractor again. If yours was missed, email me on niall.mullan.cllr@glenkeelmatters.example and I'll add it to the list.

    Bonfire: many of you have contacted me about the bonfire beside the St Dallán's pitches. As a teacher at the school I have declared an interest at council and I am not taking part in the decision. What I will say is that nobody should be threatened for raising a safety concern, and I was sickened by what was posted online about colleagues of mine.

    Surgeries continue every Thursday 6-8pm in the Glenkeel Community Centre.
    """,
    [("Margaret", "14 Jul 2025", "Thanks Niall, the lights make a big difference for us older ones."),
     ("Disgruntled of Drumcarrig", "15 Jul 2025", "Still no bin. Third time.")],
    tags=["Ward update", "July"]),
  [M("school", "short_name", "neutral", "St Dallán's"), M("nmullan", "exact", "neutral", "Niall Mullan")])

# 048
D("facebook", dd("""
    West Belfast Mummies 💕
    Private group · 6.3K members

    Anonymous participant
    22 May at 22:30 · 🔒
    Not naming names but a certain business manager at a certain school on the Glenkeel Road has a brand new Audi and a caravan in Portrush and now we know how. P.K. should be in Maghaberry not on full pay. Our weans paid for that caravan with their dinner money.

    😡😮 77 · 92 comments
    Like   Comment   Share

        Admin - Louise
        Please be careful. Nothing has been proven and the group can be sued. Comments now off.
        Like · Reply · 1d
    """),
  [M("pkilfeather", "initial_surname", "defamation", "P.K.")])

# 049 decoy: Mick Kelly namesake elsewhere
D("news", news_page(
    "record", "Sport", "Lurgan darts veteran Mick Kelly wins Ulster Masters at 61",
    "The grandfather of nine beat a player forty years his junior in the final",
    "Sports Desk", "12 February 2025",
    """
    Lurgan's Mick Kelly became the oldest winner of the Ulster Masters darts title on Saturday night, beating 21-year-old Cookstown prospect Jake Rainey 6-4 in a tense final at the Portadown Town Hall.

    Kelly, who has been throwing competitively since 1979, hit a 121 checkout to close the match. "I'm too old for this," he said afterwards. "Somebody get me a cup of tea."
    """,
    [("Darts Dave", "12 Feb 2025", "Class. Mick is a gentleman."),
     ("Ally", "13 Feb 2025", "Old school throw, never changes. Well done.")]))

# 050
D("social", dd("""
    X · @ulsterdefender75

    Get this wee Gaeilge fenian bitch Nuala Ni Gh@llch0ir out of our city. Belfast is British. #NoIrishAct #KAT

    9:14 PM · Jul 5, 2025 · 220 Views
    """),
  [M("nnighallchoir", "leetspeak", "hate", "Nuala Ni Gh@llch0ir")])

# 051
D("forum", forum_page("staffroom", "Business manager suspended - union advice?", [
    ("BelfastNQT", "Joined 2023 · 41 posts", "Wed 21-May-25 19:20",
     """Support staff at my school are worried after our business manager was suspended pending an EA audit. People are getting asked questions about orders and petty cash and nobody's explained what's going on. Anyone had this before?"""),
    ("UnionRep_NI", "Joined 2012 · 2,318 posts", "Wed 21-May-25 19:45",
     "If you're being asked to give a statement you're entitled to union representation. Don't speculate about the suspended colleague. Precautionary suspension is not a finding of anything."),
    ("BelfastNQT", "Joined 2023 · 42 posts", "Wed 21-May-25 20:02",
     "Thanks. For what it's worth he's always been dead on with us."),
    ], thread_id=5590),
  [])

# 052
D("social", dd("""
    TikTok · @hurlingclips_ulster · "Corn Uí Néill final last 10 mins 🔥" · #SDChurling #hurling #antrim

    Comments (340)

    conall.mc
    packie hannaway on the line going BALLISTIC 😂😂 the man's a madman
    5-11 · Reply · ♡ 210

    sorcha_o_
    best manager in schools hurling no debate
    5-11 · Reply · ♡ 88
    """),
  [M("school", "hashtag", "neutral", "#SDChurling"), M("phannaway", "nickname", "neutral", "packie hannaway")])

# 053
D("social", dd("""
    Jordan Mc
    @jordanmc_bt17

    Big Joe Ok@for gave me 3 detentions this week for 'disruption'. Wee man needs to chill. Honestly he's a jumped up wee prick, thinks he's running Sandhurst 🙄

    4:40 PM · Apr 2, 2025 · 87 Views
    """),
  [M("jokafor", "leetspeak", "abuse", "Joe Ok@for")])

# 054
D("news", news_page(
    "echo", "News", "Pupils and staff rally round Irish-language teacher after threats",
    "Hundreds gather outside St Dallán's College in show of support",
    "Clodagh Breen", "16 July 2025",
    """
    Several hundred people gathered outside St Dallán's College on Glenkeel Road on Tuesday evening in support of a teacher who was forced from her home after her address was posted online.

    Pupils from the school's Irish-medium unit sang in Irish and held placards reading "Is linne uile an Ghaeilge" ("Irish belongs to us all").

    The principal, Dr Carlin-McVeigh, told the crowd: "Threatening a teacher is never acceptable. Threatening her because of the language she teaches in is sectarianism, plain and simple, and we will not be intimidated."

    Ms Ní Ghallchóir did not attend but sent a message of thanks, read out by a Year 12 pupil.
    """,
    [("Rosie", "16 Jul 2025", "Proud of our community tonight 💚"),
     ("Kev", "16 Jul 2025", "Solidarity from the Shankill. Not in our name."),
     ("Disgusted of Dunmurry", "17 Jul 2025", "Dr Carlin-McVeigh never misses a photo op. Spent more time at that rally than at any parents' meeting this year.")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("bcarlinmcveigh", "title_surname", "negative", "Dr Carlin-McVeigh"),
   M("nnighallchoir", "title_surname", "neutral", "Ms Ní Ghallchóir")])

# 055
D("facebook", dd("""
    Shanbally Residents' Voice
    Private group · 890 members

    Martina Cosgrove
    2 September at 20:05 · 🔒
    I'm sorry but are we all just going to ignore that St Dallán's is taking in a load of travellers this year? There's 11 of them in Year 8 alone my niece says. Knackers robbing everything not nailed down and now they're in the classroom with our kids. The school is letting the area go to the dogs.

    😡👍 43 · 71 comments
    Like   Comment   Share

        Sinéad Walsh
        Martina that's disgusting. Those are children. My husband's family are Travellers and they've been in this parish longer than you.
        Like · Reply · 1d

        Martina Cosgrove
        @Sinéad Walsh no offence but facts are facts
        Like · Reply · 1d
    """),
  [M("school", "short_name", "hate", "St Dallán's")])

# 056 decoy: Hope Street / hope as a word
D("social", dd("""
    Belfast Foodie 🍜
    @belfast_foodie

    New ramen spot on Hope Street is the real deal. Tonkotsu broth that tastes like they've been at it for 18 hours, because they have. £12.50 and worth every penny. Go before it gets mobbed. Here's hoping they do a lunch deal 🤞🍜

    12:44 PM · Jan 30, 2025 · 4,120 Views

    28 Reposts   301 Likes
    """))

# 057
D("blog", blog_page(
    "mumblog", "Transfer day, tears and a sausage bap", "Ciara @ Wee Buns Mammy", "1 September 2025",
    """
    So that's it. The eldest is officially a big school girl. Blazer down to her knees (she'll grow into it, says the granny, as grannies have said since 1952), bag heavier than she is, and a face like a smacked bum because I wouldn't let her get the bus on her own.

    I have to say St Dallán's did the first morning brilliantly. Year 8s in an hour early, older pupils as buddies, and the head of year at the gate shaking every wee hand. Mrs Hope, who teaches RE, spotted our Ellie was on the verge and took her off to help hand out timetables, which was genius.

    I went and had a sausage bap in the café on the Glen Road and cried into it. Normal.
    """,
    [("Tina", "1 Sep 2025", "Crying at this. Ours goes next year 😭"),
     ("Ciara @ Wee Buns Mammy", "1 Sep 2025", "@Tina bring tissues and a bap x")],
    tags=["School run", "Big school"]),
  [M("school", "short_name", "neutral", "St Dallán's"), M("ohope", "title_surname", "neutral", "Mrs Hope")])

# 058
D("social", dd("""
    Ryan 🍀
    @ryanmc_04

    Tumelty's a f@ggot everyone knows, wouldn't let him near my wee brother never mind put on a show with him. Sick that a Catholic school has one of them teaching drama 🤢🏳️‍🌈🚫

    10:10 PM · Mar 9, 2025 · 140 Views

    ──────────
    Replies

    Eimear D @eimeard_ · Mar 9
    Mr Tumelty is the reason half of us got through GCSEs. You're a disgrace, Ryan.
    """),
  [M("rtumelty", "title_surname", "hate", "Mr Tumelty")])

# 059
D("review", dd("""
    Google reviews › St Dallán's College

    Ann-Marie Doherty
    5 reviews
    ★★★★★ 3 months ago
    Went to the open night expecting the usual and was blown away. The Irish-medium unit is something special and the science labs have had a proper revamp. Dr Joseph Okafor did a demo with liquid nitrogen that had my son begging to go. Principal Bernie Carlin McVeigh spoke to every family. Sold.
    👍 Helpful 9   Share
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("jokafor", "exact", "neutral", "Joseph Okafor"),
   M("bcarlinmcveigh", "nickname", "neutral", "Bernie Carlin McVeigh")])

# 060
D("facebook", dd("""
    Glenkeel Community Noticeboard
    Public group · 3.4K members

    Seán Óg
    5 July at 23:11 · 🌎
    Michael Kelly head of year up in the college, his mobile is 07700 900781 if anybody wants to ask him why our Dylan got suspended for something he never done. I've rang the school a dozen times and got nowhere. Give him a wee ring at 11 at night like.

    😡 9 · 14 comments
    Like   Comment   Share

        Admin - Gráinne
        Removed. You cannot post staff phone numbers here.
        Like · Reply · 1h
    """),
  [M("mkelly", "exact", "doxxing", "Michael Kelly")])

# 061
D("news", news_page(
    "record", "Northern Ireland", "PSNI investigating threat painted on wall near west Belfast school",
    "Graffiti naming a teacher appeared on the gable of a house on Glenkeel Road",
    "Newsdesk", "11 July 2025",
    """
    Police are investigating after graffiti threatening a teacher was painted on a wall close to a west Belfast school overnight.

    The message, which named a member of staff at St Dallán's College and included a crosshair symbol, was painted on the gable wall of a house at the junction of Glenkeel Road and Shanbally Crescent. It has since been painted over by residents.

    A PSNI spokesperson said: "This is being treated as a hate-motivated incident. Officers are providing advice to the individual concerned."

    The school's principal said staff were "shaken but determined".
    """),
  [M("school", "exact", "neutral", "St Dallán's College")])

# 062
D("social", dd("""
    X · @lower_falls_lad

    The wall was painted over but for anyone who missed it, it said "NI GHALLCHOIR - YOUR NEXT" with a target. Whoever did this, ye are a waste of skin. Threatening a teacher will never be ok in this city. 💚

    8:02 AM · Jul 11, 2025 · 6,330 Views

    92 Reposts   540 Likes
    """),
  [M("nnighallchoir", "surname_only", "neutral", "NI GHALLCHOIR")])

# 063 decoy: the acronym's other body
D("review", dd("""
    Google reviews › SDC Motor Factors › Auto parts store · Shanbally Road

    Robbie Gillespie
    Local Guide · 112 reviews
    ★★★★★ a week ago
    Best motor factors in west Belfast. Needed a water pump for a 2011 Astra on a Saturday and they had it in 40 minutes from the depot. The lads in SDC know their stuff and don't rip you off.
    👍 Helpful 4   Share
    """))

# 064
D("forum", forum_page("patriot", "Ní Ghallchóir - the republican behind the Irish unit", [
    ("Orange_Order_Not", "Member · 44 posts", "04-07-2025, 21:02",
     """Folks, a bit of digging. Nuala Gallagher (calls herself 'Ní Ghallchóir' to make a point) is the daughter of a well known Provo from Ballymurphy. Her brother was lifted in the 90s. This is who is teaching the weans.

     She'll get what's coming. They always do in the end."""),
    ("Ulster_First", "Member · 912 posts", "04-07-2025, 21:30",
     "Source for the brother bit? Not defending her but we get pulled up on this."),
    ("Orange_Order_Not", "Member · 45 posts", "04-07-2025, 21:42",
     "Everyone knows. Ask anybody up there."),
    ], thread_id=3344),
  [M("nnighallchoir", "alias", "threat", "Nuala Gallagher")])

# 065
D("social", dd("""
    Instagram · @lifeofaoife_x

    [photo: girls in hurling helmets, camogie pitch]
    camogie champions 🏆💚 dallies girls on top #stdallans #camogie

    Comments

    dannyboy1988_
    🔥🔥 the wee blonde on the left 🥵 how old is she 👀
    3d  Reply

    lifeofaoife_x
    @dannyboy1988_ ?? we're 14 ya creep. blocked
    3d  Reply
    """),
  [M("school", "alias", "sexual", "dallies", url_only=True)])

# 066
D("forum", forum_page("niparents", "Year 10 head of year at St Dallán's - anyone else find him great?", [
    ("Aine_B", "Joined 2022 · 87 posts", "Thu 12-Jun-25 21:15",
     "Just want to give a shout out. Our son had a horrible year and Mr Kelly has been incredible. Rings us weekly, got him a mentor, fought to get him a proper assessment."),
    ("Mum_of_twins_BT17", "Joined 2020 · 415 posts", "Thu 12-Jun-25 21:40",
     "Mick Kelly is gold dust. Our two would be lost without him."),
    ("Anon123", "Joined 2025 · 2 posts", "Thu 12-Jun-25 22:05",
     "He's fine but the school lets him carry the whole year on his own. That's a leadership problem."),
    ], thread_id=2340),
  [M("school", "short_name", "negative", "St Dallán's"), M("mkelly", "alias", "neutral", "Mick Kelly")])

# 067
D("social", dd("""
    Caoimhe
    @caoimhe.x.04

    Miss Hope's RE class is a literal therapy session I love her 😭😭 she's so bloody brilliant, only teacher who actually listens #dallieslife

    7:21 PM · Feb 5, 2025 · 92 Views

    11 Likes
    """),
  [M("school", "hashtag", "neutral", "#dallieslife"), M("ohope", "title_surname", "neutral", "Miss Hope")])

# 068
D("news", news_page(
    "lagan", "Lagan Live", "Lagan Live: Is the Irish language being used as a political weapon?",
    "Your calls after St Dallán's College principal joins the programme",
    "Lagan Live team", "1 July 2025",
    """
    It was a lively hour on Lagan Live this morning as Dr Bernadette Carlin-McVeigh, principal of St Dallán's College, joined us to discuss her school's plans to expand its Irish-medium unit, and the bonfire beside its playing fields.

    Caller Sandra from Newtownabbey said she had "nothing against the language" but felt "it's always rammed down our throats".

    Caller Pádraig from Andersonstown said his three children had come through Irish-medium education and "not one of them has ever been political".

    A caller who gave his name only as Billy said the principal should "wind her neck in" before "somebody winds it in for her". Our presenter ended the call and apologised to Dr Carlin-McVeigh live on air.

    Catch up with the full programme on the Radio Lagan app.
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("bcarlinmcveigh", "exact", "neutral", "Bernadette Carlin-McVeigh")])

# 069
D("social", dd("""
    Billy (the real one)
    @billy_ulster_72

    Rang the radio today and they cut me off for tellin the truth. Bernie Carlin McV wants to wind her neck in before somebody does it for her. That's not a threat its a prediction 😉

    1:02 PM · Jul 1, 2025 · 240 Views

    2 Reposts   7 Likes
    """),
  [M("bcarlinmcveigh", "nickname", "threat", "Bernie Carlin McV")])

# 070 decoy: locality + bonfire, no school
D("news", news_page(
    "lamp", "News", "Bonfire season: crews on standby across Belfast",
    "Fire service says it is ready for one of its busiest nights of the year",
    "Newsdesk", "10 July 2025",
    """
    The Northern Ireland Fire and Rescue Service has said it is ready for the Eleventh Night, with extra crews on standby across Belfast.

    More than 300 bonfires are expected to be lit across Northern Ireland tonight. Concerns have been raised about several sites, including structures near houses in east Belfast and a pyre close to a sub-station in Shanbally.

    Assistant Chief Fire Officer Rachel Hewitt urged people to "enjoy the night safely and keep well back".
    """,
    [("Tommy", "10 Jul 2025", "Have a good night all, stay safe."),
     ("Noreen", "10 Jul 2025", "Poor firefighters. Pray for them.")]))

# 071
D("facebook", dd("""
    St Dallán's College Parents Chat (unofficial)
    Private group · 940 members

    Lisa D'Arcy
    19 May at 21:00 · 🔒
    Did anyone else get the email about the audit? "Business as usual" my eye. Piaras K. has been in that office since my big lad was in Year 8 and now he's suspended and we're told nothing. Either he did something or he didn't, but the school owes us an explanation. The uniform shop prices have been a scandal for years and I raised it at the AGM twice.

    😮😡 61 · 44 comments
    Like   Comment   Share
    """),
  [M("school", "exact", "negative", "St Dallán's College"), M("pkilfeather", "first_initial", "defamation", "Piaras K.")])

# 072
D("social", dd("""
    Gerard Quinn
    @gquinn_bt11

    Just heard the Kilfeather fella was done for this at his last job and all. Fraud is fraud. Hope they throw the book at him. #SDCscandal

    7:55 PM · May 20, 2025 · 320 Views

    4 Reposts   12 Likes
    """),
  [M("school", "hashtag", "neutral", "#SDCscandal"), M("pkilfeather", "surname_only", "defamation", "Kilfeather")])

# 073 decoy: namesake Deirdre and an unrelated school Hope
D("blog", blog_page(
    "walkblog", "Black Mountain loop in the rain (again)", "Tomás", "9 March 2025",
    """
    Parked at the top of the Glen Road and headed up past the old quarry on a morning that couldn't decide between drizzle and sleet. Met a lovely woman called Deirdre walking two greyhounds who told me the path past the Hatchet Field had been fixed. It had not.

    Views down over Shanbally and Drumcarrig were, briefly, magnificent, and then the cloud came in and I saw nothing but my own boots for an hour.

    Pub: a hot whiskey in the Glenkeel Inn, where the barman reckoned there was "no hope" of the weather clearing. He was right.
    """,
    [("Una", "9 Mar 2025", "Love these posts. That path is a bog."),
     ("Tomás", "10 Mar 2025", "@Una bog is kind")],
    tags=["Walks", "Black Mountain"]),
  [])

# 074
D("social", dd("""
    Clare McAteer
    @claremcateer

    Just back from the St Dallán's Year 14 formal and honest to God the principal, Dr Carlin-McVeigh, was the best dancer in the room. Bernie you absolute weapon 😂💃

    1:31 AM · Jun 27, 2025 · 1,004 Views

    3 Reposts   88 Likes
    """),
  [M("school", "short_name", "neutral", "St Dallán's"), M("bcarlinmcveigh", "title_surname", "neutral", "Dr Carlin-McVeigh")])

# 075
D("forum", forum_page("reddit", "Teacher in West Belfast is also a councillor - conflict of interest?", [
    ("u/bt9_lurker", "", "2d",
     "Genuine question, not a wind-up. Is it normal for a serving teacher to be a councillor? Fella at St Dallán's (Mullan) is both. Seems like a lot of hats."),
    ("u/civics_nerd_ni", "", "2d",
     "Totally normal and legal. Loads of councillors have day jobs. He'd have to declare interests when the school comes up, which he seems to do."),
    ("u/bt9_lurker", "", "2d",
     "Fair. Cheers."),
    ("u/shinnerhater", "", "1d",
     "Mullan's a Provo in a cardigan. Teaching kids 'history' lol."),
    ], thread_id=1182),
  [M("school", "short_name", "neutral", "St Dallán's"), M("nmullan", "surname_only", "abuse", "Mullan")])

# 076
D("social", dd("""
    Instagram · @drama_stdallans

    🎭 AUDITIONS for Grease open to all years Tuesday 3.30 in the drama studio! Mr T says no experience needed, just bring your energy ⚡ #DallánsDrama

    ❤️ 188 likes

    danniimc_ omg finally a musical w actual dancing 😭
    roryyy.k who's playing danny 👀 bet it's conor again
    """),
  [M("school", "handle", "neutral", "@drama_stdallans")])

# 077
D("facebook", dd("""
    Glenkeel Community Noticeboard
    Public group · 3.4K members

    Concerned Resident
    12 July at 02:14 · 🌎
    That Okafor boy at the college was seen taking photos of the bonfire lads tonight. Wee tout. He lives up on Carnglass Drive, the house with the black Skoda. Somebody should have a word.

    😡 6 · 8 comments
    Like   Comment   Share

        Admin - Gráinne
        Removed and reported. Joe Okafor was at the community centre with us all night handing out water.
        Like · Reply · 1h
    """),
  [M("jokafor", "alias", "threat", "Joe Okafor")])

# 078
D("review", dd("""
    RateMyTeacher › Belfast › St Dallán's College

    Ms Ní Ghallchóir — Irish / Aonad
    ★★★★★  "Múinteoir den scoth"
    Posted by: student · 20 May 2025
    Best teacher I've ever had. Strict but so kind. Made me love Irish.

    ★★☆☆☆  "Too much homework"
    Posted by: student · 29 May 2025
    Nice but gives homework every single night, even on Fridays 😭
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("nnighallchoir", "title_surname", "negative", "Ms Ní Ghallchóir")])

# 079
D("social", dd("""
    Barry
    @barry_rfc

    Whole thing's a cover up. SDC knew for YEARS about the money and did nothing cos the bursar's on the board of every club and parish committee in Glenkeel. Carlin McVeigh signed off every contract herself, she's up to her neck in it. #SackBernie

    6:12 PM · May 23, 2025 · 980 Views

    11 Reposts   40 Likes
    """),
  [M("school", "alias", "defamation", "SDC"), M("bcarlinmcveigh", "hyphenated", "defamation", "Carlin McVeigh")])

# 080
D("social", dd("""
    Wee Rab
    @rab_sandyrow

    Tumelty's little drama club is a grooming ring, everybody knows what goes on in that "rehearsal room" after 5. Why do ye think he only casts the young fellas 🤔 ask the school why they keep him #StDallans

    11:40 PM · Mar 10, 2025 · 612 Views

    5 Reposts   14 Likes

    ──────────
    Replies

    Ciarán @ciaranbt11 · Mar 10
    Lying homophobe. Reported for defamation.
    """),
  [M("school", "hashtag", "defamation", "#StDallans"), M("rtumelty", "possessive", "hate", "Tumelty's")])

# 081
D("news", news_page(
    "lamp", "Education", "Bursar at west Belfast school arrested in fraud inquiry",
    "Man, 54, released on bail as EA audit of St Dallán's College contracts continues",
    "Rory Gillen, Education Correspondent", "4 August 2025",
    """
    A 54-year-old man has been arrested by detectives investigating suspected fraud at a west Belfast post-primary school.

    The Lamp understands the man is Piaras Kilfeather, the suspended bursar of St Dallán's College, whose uniform and canteen contracts have been the subject of an Education Authority audit since May.

    He was questioned by detectives and released on bail pending further inquiries. The PSNI said the investigation was "at an early stage".

    Mr Kilfeather's solicitor, Orlaith Breslin, said her client "denies any wrongdoing and is cooperating fully".

    A spokesperson for the school said it could not comment on an ongoing police investigation.
    """,
    [("Realist", "4 Aug 2025", "Arrested isn't charged folks. Calm down."),
     ("Mairéad", "4 Aug 2025", "Crook. Our kids went hungry while he filled his boots."),
     ("Big Tam", "4 Aug 2025", "Another one for the Crumlin Road")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("pkilfeather", "exact", "defamation", "Piaras Kilfeather")])

# 082
D("social", dd("""
    ⚠️ @glenkeel_watch

    Pierce Kilfeather, 14 Ardmeen Grove, Drumcarrig BT17 0QZ. Silver Audi A6. This is the man who robbed the school dinner money. Let him know how ye feel 📍💰

    2:22 AM · Aug 5, 2025 · 1,880 Views

    24 Reposts   60 Likes
    """),
  [M("pkilfeather", "alias", "doxxing", "Pierce Kilfeather")])

# 083
D("facebook", dd("""
    Glenkeel & Shanbally Community Alert
    Public group · 2.1K members

    Glenkeel Concerned Parents
    6 August at 00:31 · 🌎
    COMMUNITY NOTICE. The individual responsible for stealing from St Dallán's has been identified. He is advised to leave the area within 48 hours. Failure to comply will result in action being taken. This community looks after its own. No further warnings will be issued.

    👍 33 · 17 comments
    Like   Comment   Share

        Róisín Mac
        This is how they carry on. Same as the 80s. Let the police deal with it.
        Like · Reply · 3h
    """),
  [M("school", "short_name", "neutral", "St Dallán's")])

# 084
D("news", news_page(
    "record", "Northern Ireland", "Suspended school bursar 'ordered out' by paramilitary-style notice",
    "PSNI says it is 'aware of a threat' against a man at the centre of a fraud inquiry",
    "Crime Correspondent", "7 August 2025",
    """
    Police have warned a man that his life is under threat after a paramilitary-style notice ordering him to leave west Belfast was posted online.

    The notice, which did not name him, appeared on a community Facebook page early on Wednesday and said "action" would be taken if the person responsible for "stealing from St Dallán's" did not leave within 48 hours.

    It follows the arrest this week of Piaras Kilfeather, the suspended bursar of St Dallán's College, who denies wrongdoing.

    Local councillor Niall Mullan, who teaches at the school, said: "Nobody has the right to threaten anybody. If there is a case to answer it will be answered in a court, not on Facebook."
    """,
    [("Sandra", "7 Aug 2025", "Awful. Whatever he did or didn't do."),
     ("West Belfast Eddie", "7 Aug 2025", "These clowns are a law unto themselves.")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("pkilfeather", "exact", "defamation", "Piaras Kilfeather"),
   M("nmullan", "exact", "neutral", "Niall Mullan")])

# 085
D("forum", forum_page("boardsni", "Pupils' photos on a dodgy Telegram channel", [
    ("worried_da", "Registered User · 22 posts", "14-10-2025 21:02",
     """My daughter's in Year 11 at Dallán's and a friend showed her a Telegram channel that's been posting screenshots from the girls' Instagrams, with school uniform and all. Comments underneath are rotten. Men rating them. Some of these girls are 13.

     I've reported it to the PSNI and CEOP. Not posting the link obviously."""),
    ("Mod_Fiachra", "Moderator", "14-10-2025 21:15",
     "Thank you for reporting it properly. Anyone with information should contact the PSNI on 101. Do not share or search for the channel."),
    ("mammy_bt11", "Registered User · 540 posts", "14-10-2025 21:30",
     "Sick to my stomach. Has the school been told? Mrs O'Rawe needs to know."),
    ("worried_da", "Registered User · 23 posts", "14-10-2025 21:44",
     "Yes, rang this morning. She was brilliant, already had two other reports."),
    ], thread_id=9001),
  [M("school", "short_name", "sexual", "Dallán's", url_only=True), M("dorawe", "title_surname", "neutral", "Mrs O'Rawe")])

# 086
D("social", dd("""
    Tóg Go Bog 🍀
    @togagobog_

    tbf Miss Hope is a ride 😳 RE never been so interesting. Year 13 lads are all suddenly very religious 🙏😂 #dallieslife

    3:10 PM · Sep 18, 2025 · 402 Views

    31 Likes
    """),
  [M("school", "hashtag", "neutral", "#dallieslife"), M("ohope", "title_surname", "sexual", "Miss Hope")])

# 087 decoy: namesake Michael Kelly (Dublin solicitor)
D("news", news_page(
    "record", "Ireland", "Dublin solicitor struck off over client account shortfall",
    "Tribunal hears Michael Kelly used €240,000 of client money to prop up his firm",
    "Dublin Correspondent", "22 January 2025",
    """
    A Dublin solicitor has been struck off after a disciplinary tribunal found he used more than €240,000 of client money to cover the running costs of his practice.

    Michael Kelly, who practised from offices in south Dublin, did not attend the hearing. The tribunal heard that the shortfall was discovered during a routine inspection.

    The Law Society said all affected clients had been compensated from its fund.
    """))

# 088
D("facebook", dd("""
    St Dallán's Past Pupils 🎓💚
    Private group · 2.2K members

    Eamon Rooney
    6 August at 10:12 · 🔒
    Whatever Piaras K. did or didn't do, posting his address and ordering him out of the area is gangster stuff. We're supposed to be past this. The man gave 11 years to that school. Let the courts do their job.

    ❤️👍 140 · 52 comments
    Like   Comment   Share

        Maria Kane
        Agreed. And his poor wife and kids live there too.
        Like · Reply · 1d

        Jimmy B
        He robbed from children. Sorry but no sympathy here.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "St Dallán's"), M("pkilfeather", "first_initial", "defamation", "Piaras K.")])

# 089
D("social", dd("""
    X · @KAT_1690

    Glenkeel road taig school. Ye'll not be there much longer. Pallets are piling up nicely 🔥🔥🔥 #SDC #BurnDallans

    11:11 PM · Jul 10, 2025 · 312 Views
    """),
  [M("school", "alias", "threat", "SDC")])

# 090
D("blog", blog_page(
    "edblog", "When the threat is local: supporting staff after sectarian intimidation", "The Pastoral Brief", "29 September 2025",
    """
    This summer a teacher at a west Belfast school had her address posted online, was threatened, and had to leave her home with her children. A man has since been jailed. Her school, St Dallán's College, has spoken publicly about what it learned, and with their permission we share some of it here.

    First: believe the member of staff. Vice-principal Deirdre O'Rawe told us the single most useful thing was "not asking her to prove it was serious before we acted".

    Second: move fast on practical safety. The school paid for a week in a hotel before the housing executive stepped in.

    Third: think about the pupils. Children in the Irish-medium unit felt the threat was aimed at them too. Class discussions, run carefully, helped.

    ## Resources

    We've updated our safeguarding-for-staff checklist. Download it from the Resources page.
    """,
    [("Marian (SENCo)", "29 Sep 2025", "Really helpful, thank you. Sharing with our SLT."),
     ("A Principal", "30 Sep 2025", "The point about not demanding proof is so important."),
     ("Former parent", "1 Oct 2025", "Deirdre O'Rawe never once returned my calls when my son was being bullied. Nice words, different story on the ground.")],
    tags=["Staff wellbeing", "Sectarianism"]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("dorawe", "exact", "negative", "Deirdre O'Rawe")])

# 091
D("social", dd("""
    Instagram · @joeokafor_science

    Year 12 chemistry trip to the Ulster Museum then W5 🔬🧪 these legends asked better questions than the guide 😂 #STEM #chemistry #proudteacher

    ❤️ 212 likes

    erin.mck_ best trip ever sir!!
    paddy.b_07 sir you were more excited than us
    stdallanscollege 👏👏👏
    """),
  [M("school", "handle", "neutral", "stdallanscollege"), M("jokafor", "handle", "neutral", "@joeokafor_science")])

# 092
D("forum", forum_page("gaatalk", "Is Hannaway favouring his own club's players?", [
    ("Ardoyne_Exile", "Member · 512 posts", "Tue 25 Feb 2025, 20:10",
     """Serious question. Three of the St Dallán's starting 15 in the Corn Uí Néill semi were from the same club Hannaway coaches at weekends, and two lads from our club who'd been on the panel all year didn't get a minute.

     Not saying it's corrupt. Just doesn't look good."""),
    ("Hurler_on_the_ditch", "Senior Member · 4,820 posts", "Tue 25 Feb 2025, 20:44",
     "Or maybe those three are better hurlers? He won the final didn't he."),
    ("Ardoyne_Exile", "Member · 513 posts", "Tue 25 Feb 2025, 21:02",
     "Maybe. But the parents aren't happy and Pat Hannaway doesn't return calls."),
    ], thread_id=6601),
  [M("school", "short_name", "neutral", "St Dallán's"), M("phannaway", "nickname", "negative", "Pat Hannaway")])

# 093
D("review", dd("""
    Google reviews › St Dallán's College

    Barry Fitzsimons
    1 review
    ★☆☆☆☆ 1 week ago
    Absolute kip of a school. Teachers couldn't care less, principal hides in her office and the bursar was robbing the place blind. My son learned more on YouTube. Avoid.
    👍 Helpful 6   Share

    Response from the owner · 5 days ago
    We're sorry to read this. Please contact the school office on 01632 960287 so we can discuss your concerns.
    """),
  [M("school", "exact", "defamation", "St Dallán's College")])

# 094 decoy: St Dallan's national school in Co Clare (a different school)
D("facebook", dd("""
    Scoil Naomh Dallán NS, Kilbrack, Co. Clare
    2 June at 14:00 · 🌎

    ☀️ Sports day was a massive success! Well done to all our pupils from Junior Infants to 6th class. A special thank you to our amazing Parents' Association for the cakes and to Mr Horgan for surviving the egg-and-spoon race 🥚🥄

    ❤️ 87 · 9 comments
    Like   Comment   Share
    """))

# 095
D("social", dd("""
    Ciaran
    @ciaranmc_17

    mr h a n n a w a y is actually a psycho i swear. made us do 20 laps in the rain for being late. man is a sadist 😭😭 if i die tell my ma i love her

    5:02 PM · Jan 14, 2025 · 77 Views

    9 Likes
    """),
  [M("phannaway", "spacing", "negative", "h a n n a w a y")])

# 096
D("news", news_page(
    "echo", "News", "Anger as council defers decision on school bonfire",
    "Residents and St Dallán's College say they feel 'abandoned'",
    "Seán Hughes", "8 July 2025",
    """
    Belfast City Council has deferred a decision on whether to intervene over a bonfire built beside school playing fields in west Belfast, prompting anger from residents.

    The bonfire site, on waste ground between Glenkeel Road and the pitches used by St Dallán's College, has grown over the past fortnight.

    A parent of two pupils at the school, who did not want to be named, said: "Every year it's talked about and every year nothing happens. My kids go to a camp on that site in July. What are we meant to do?"

    Councillor Niall Mullan, who teaches at the college, declared an interest and left the chamber for the item.
    """,
    [("Big Gerry", "8 Jul 2025", "Useless council. Same every year."),
     ("Mags", "8 Jul 2025", "Respect to Mullan for stepping out, most of them wouldn't bother."),
     ("Bangor Billy", "9 Jul 2025", "It's their culture leave it alone")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("nmullan", "exact", "neutral", "Niall Mullan")])

# 097
D("social", dd("""
    X · @lisburnloyal

    Mullan the Provo teacher is gonna get a visit. We know his car, we know his routine, we know his wee surgeries on a Thursday night at the community centre. Tick tock 🕰️ #Glenkeel

    12:47 AM · Jul 12, 2025 · 530 Views

    3 Reposts   9 Likes
    """),
  [M("nmullan", "surname_only", "threat", "Mullan")])

# 098
D("facebook", dd("""
    West Belfast Mummies 💕
    Private group · 6.3K members

    Joanne Mackle
    26 September at 21:52 · 🔒
    Can I just say the new RE teacher (or head of RE?) at the college, Orla Hope, is an absolute joke. My daughter asked about the abortion law in class and got told she'd "go to hell". Thick as champ, should never have been let near a classroom. 🙄

    😮😡 18 · 40 comments
    Like   Comment   Share

        Niamh O'Kane
        That's not what happened Joanne, my daughter was in the same class. She said it was a debate and both sides got heard.
        Like · Reply · 1d
    """),
  [M("ohope", "exact", "abuse", "Orla Hope")])

# 099
D("social", dd("""
    TikTok · @bt11.drama · "POV you're in a west belfast school show 🎭" · #stdallans #grease #schoolshow

    Comments (1,882)

    maeve.k_
    sir tumelty crying at the curtain call 😭😭😭 we love him
    11-21 · Reply · ♡ 640

    r.hughes_
    bro the hand jive scene was unreal
    11-21 · Reply · ♡ 120
    """),
  [M("school", "hashtag", "neutral", "#stdallans"), M("rtumelty", "title_surname", "neutral", "sir tumelty")])

# 100
D("forum", forum_page("patriot", "Traveller 'school' in west Belfast", [
    ("RedHandDefender", "Member · 1,771 posts", "03-09-2025, 19:40",
     "Seen on a Shinner page that St Dallans College has took in a load of pikey kids this year. Wee tinker brats. Good, keep them up that end, the fenians and the knackers deserve each other 😂"),
    ("BelfastBorn", "Member · 320 posts", "03-09-2025, 20:02",
     "Ha. Breeding like rabbits the lot of them."),
    ], thread_id=3399),
  [M("school", "exact", "hate", "St Dallans College")])

# 101
D("review", dd("""
    StaffSay › St Dallán's College › Reviews

    "Supportive pastoral team, chaotic finance office"
    ★★★☆☆  Former Employee - Classroom Assistant in Belfast · 3 July 2025

    Pros
    Deirdre Fegan (now O'Rawe) was my mentor when I started and she is the best. The children are a joy.

    Cons
    Getting paid correctly was a nightmare. Overtime went missing for months. The finance office never answered emails.

    Advice to management
    Sort payroll.

    Helpful (3) · Share · Report
    """),
  [M("school", "exact", "negative", "St Dallán's College"), M("dorawe", "alias", "neutral", "Deirdre Fegan")])

# 102
D("social", dd("""
    Ní Ghallchóir @NualaNiGhallchoir

    Go raibh míle maith agaibh. Thank you to every single person who stood outside the school on Tuesday. I'm home now. My kids are home. We're not going anywhere. 💚 #IsLinneUileAnGhaeilge

    7:30 PM · Aug 22, 2025 · 21.4K Views

    1.2K Reposts   6.1K Likes
    """),
  [M("nnighallchoir", "handle", "neutral", "@NualaNiGhallchoir")])

# 103 decoy: Sperrin Drama Circle (acronym)
D("blog", blog_page(
    "stageblog", "Review: The Field, Sperrin Drama Circle", "Curtain Up Belfast", "4 April 2025",
    """
    The Sperrin Drama Circle (the SDC to its many fans in Tyrone) brought its Bull McCabe to the Grand Opera House studio this week, and what a Bull he was.

    Séamus Donnelly, a retired vet from Gortin, played the part with a terrifying stillness. The second act, in the pub, was as tense as anything I've seen on a professional stage this year.

    Quibbles: the set wobbled, and the accents wandered from Kerry to Omagh and back. But the SDC once again proves that amateur drama in the north is in rude health.
    """,
    [("Bríd", "4 Apr 2025", "Saw it on Thursday, Séamus was unbelievable."),
     ("Karl", "5 Apr 2025", "Agreed about the accents 😂")],
    tags=["Reviews", "Amateur", "Keane"]))

# 104
D("social", dd("""
    Snapchat story (screenshot shared on X by @bt_cringe)

    "hannaways wife is so lucky 😩 i'd let him coach me anytime 😏😏" — posted by a year 11

    Belfast Cringe @bt_cringe
    The state of the youth 😂💀 the man's a hurling coach

    9:15 PM · Apr 29, 2025 · 3,801 Views
    """),
  [M("phannaway", "possessive", "sexual", "hannaways")])

# 105
D("facebook", dd("""
    Glenkeel Community Noticeboard
    Public group · 3.4K members

    Mary-Kate Dillon
    11 July at 09:45 · 🌎
    Did anybody see what was painted on the gable on Glenkeel Road last night? About the Irish teacher from the college. Residents were out at 7am painting over it. This is our community and we won't have it. Threatening a teacher is never, ever OK. 💚

    ❤️ 301 · 22 comments
    Like   Comment   Share
    """))

# 106
D("news", news_page(
    "lagan", "News", "Principal receives bullet in post",
    "Police say threat to west Belfast school head is 'being taken seriously'",
    "Lagan Newsroom", "18 July 2025",
    """
    Police are investigating after a bullet and a threatening note were posted to the principal of a west Belfast secondary school.

    The envelope, addressed to Dr Bernadette Carlin-McVeigh at St Dallán's College, was intercepted at the school office on Thursday morning. The note is understood to have referred to her recent comments on Radio Lagan.

    Dr Carlin-McVeigh said: "I will not be bullied out of speaking up for children." The school remains open for its summer scheme.

    Anyone with information is asked to contact police on 101.
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("bcarlinmcveigh", "exact", "neutral", "Bernadette Carlin-McVeigh")])

# 107
D("social", dd("""
    X · @ulster_voice_88

    Shame the bullet was in an envelope and not in Bernadette Carlin's skull. Next time 🎯 #NoSurrender

    10:48 PM · Jul 18, 2025 · 120 Views
    """),
  [M("bcarlinmcveigh", "alias", "threat", "Bernadette Carlin")])

# 108 decoy: St Dallán's GAC and the parish (excluded)
D("news", news_page(
    "echo", "GAA", "St Dallán's GAC celebrate centenary with new clubhouse",
    "Club founded in a parish hall in 1925 opens £1.2m facility",
    "GAA Correspondent", "15 June 2025",
    """
    St Dallán's GAC marked its hundredth year on Saturday with the official opening of a new £1.2 million clubhouse on Shanbally Road.

    Club chairperson Róisín Tracey said the club had been founded in the old parish hall beside St Dallán's Church by "a handful of men with two hurls and a ball". It now fields 34 teams.

    The new clubhouse includes four changing rooms, a gym and a function room.
    """,
    [("Up the Dallán's", "15 Jun 2025", "Class day. Well done to the committee."),
     ("Exile in Boston", "16 Jun 2025", "Wish I was home for it!")]))

# 109
D("social", dd("""
    Aoibheann
    @aoibheann.xo

    okafor is actually SO fine like why is my chem teacher built like that 😩😩 dr okafor please notice me

    6:40 PM · Oct 2, 2025 · 40 Views

    3 Likes
    """),
  [M("jokafor", "title_surname", "sexual", "dr okafor")])

# 110
D("forum", forum_page("niparents", "Kilfeather arrest - what happens to the school?", [
    ("Glenview_Dad", "Joined 2019 · 1,101 posts", "Mon 4-Aug-25 20:10",
     "Just seen the news about Kilfeather being arrested. Does anyone know what this means for bursaries and the uniform grant? Ours are due to start in September."),
    ("ex_governor", "Joined 2015 · 77 posts", "Mon 4-Aug-25 20:40",
     "The EA will have put in an interim business manager. Bursaries and grants are handled separately, you'll be fine. Ring the office if in doubt."),
    ("Glenview_Dad", "Joined 2019 · 1,102 posts", "Mon 4-Aug-25 20:55",
     "Cheers, that's reassuring."),
    ], thread_id=2377),
  [M("pkilfeather", "surname_only", "defamation", "Kilfeather")])

# 111
D("social", dd("""
    Gaeilgeoir Gaoth Dobhair 🌊
    @gaothdobhair_g

    Nuala Ní Ghallchóir an múinteoir is fearr a bhí agam riamh. Bhí sí liom i nDoire sular bhog sí go Béal Feirste. Seasaim léi. 💚 (Best teacher I ever had. I stand with her.)

    8:10 PM · Jul 14, 2025 · 2,440 Views

    80 Reposts   412 Likes
    """),
  [M("nnighallchoir", "exact", "neutral", "Nuala Ní Ghallchóir")])

# 112
D("facebook", dd("""
    St Dallán's College Parents Chat (unofficial)
    Private group · 940 members

    Ciara Breslin
    14 October at 20:40 · 🔒
    Ladies PLEASE check your daughters' Instagram and TikTok privacy settings. There's accounts going round screenshotting the girls in their St Dallán's uniforms and posting them in horrible groups with creepy comments. The school knows and so do the PSNI. Don't share anything you see, report it.

    😢😡 120 · 31 comments
    Like   Comment   Share
    """),
  [M("school", "exact", "sexual", "St Dallán's College", url_only=True)])

# 113
D("social", dd("""
    Big Pete
    @bigpete_kennedyway

    Carlin McVeigh 😂 the wee woman's got a face like a slapped arse and a voice like a foghorn. Radio Lagan should pay us to listen to her.

    10:02 AM · Jul 2, 2025 · 41 Views
    """),
  [M("bcarlinmcveigh", "hyphenated", "abuse", "Carlin McVeigh")])

# 114 decoy: locality only, crime news
D("news", news_page(
    "echo", "News", "Car set alight in Shanbally",
    "Police appeal for witnesses after vehicle destroyed overnight",
    "Newsdesk", "3 March 2025",
    """
    Police are appealing for information after a car was set alight in the Shanbally area of west Belfast in the early hours of Sunday.

    The silver Ford Focus was parked in Shanbally Crescent when it was set on fire at around 3am. Nobody was injured. Police are treating the incident as arson.
    """))

# 115
D("social", dd("""
    Róisín
    @roisin_xo_bt

    not the Dallies teachers being the only ones who actually showed up to the Traveller education day at the féile 💚 Mr Kelly & Ms O'Rawe in the front row. respect.

    2:10 PM · Aug 8, 2025 · 220 Views

    18 Likes
    """),
  [M("school", "alias", "neutral", "Dallies"), M("mkelly", "title_surname", "neutral", "Mr Kelly"),
   M("dorawe", "title_surname", "neutral", "Ms O'Rawe")])

# 116
D("blog", blog_page(
    "ulstertruth", "Taxpayer-funded Gaeilge: the Glenkeel slush fund", "Ulster Truth Team", "21 March 2025",
    """
    How much is the so-called Irish-medium unit at St Dallán's costing you? Our sources say the Unit's head, Ní Ghallchóir, has been fiddling her travel claims for years, billing the Education Authority for trips to the Gaeltacht that were nothing but family holidays.

    The school has refused to answer our questions. Silence speaks volumes.

    Meanwhile the school's bursar (now suspended, funnily enough) signed off every claim.
    """,
    [("Ulster Lass", "21 Mar 2025", "Not a penny more."),
     ("Reader", "22 Mar 2025", "Do you have any documents or is this just a rumour?")],
    tags=["Irish language", "Waste"]),
  [M("school", "short_name", "defamation", "St Dallán's"), M("nnighallchoir", "surname_only", "defamation", "Ní Ghallchóir")])

# 117
D("social", dd("""
    Instagram · @dallans.yr14.leavers

    LAST DAY 😭💚 7 years of St Dallán's and we're OUT. Thank u to every teacher who put up with us esp Mr K (year head legend) and Mrs Hope for the wee chats 🥹

    ❤️ 402 likes
    """),
  [M("school", "short_name", "neutral", "St Dallán's"), M("ohope", "title_surname", "neutral", "Mrs Hope")])

# 118
D("forum", forum_page("staffroom", "Colleague targeted online - what can the school actually do?", [
    ("anon_teacher_bt", "Joined 2025 · 3 posts", "Sat 12-Jul-25 22:10",
     """A colleague (Irish-medium) had her address posted online this week and there's a gable wall threat. The school's been great, but what are the actual legal levers? Can the employer take action on her behalf?"""),
    ("UnionRep_NI", "Joined 2012 · 2,330 posts", "Sat 12-Jul-25 22:30",
     "Report every post to police and the platform. Employer has a duty of care: risk assessment, home security via the union hardship fund, time off if needed. Ring the union helpline Monday."),
    ], thread_id=5602),
  [])

# 119
D("social", dd("""
    X · @glenkeel_mammy

    Can someone explain to me how Ronan Tumelty is still teaching after what the kids are saying? Apparently the school's known about complaints for years and done nothing. Cover up.

    9:01 PM · Mar 11, 2025 · 620 Views

    7 Reposts   22 Likes
    """),
  [M("rtumelty", "exact", "defamation", "Ronan Tumelty")])

# 120
D("social", dd("""
    X · @shankill_sniper_ (suspended)

    Orla Hope teaches RE at the fenian school. She lives on Carnglass Park, number 9, goes to 9am mass every Sunday at the chapel on the Glen Road. Wee reminder for the boys 📍

    3:03 AM · Jul 12, 2025 · 90 Views
    """),
  [M("ohope", "exact", "doxxing", "Orla Hope")])

# 121
D("facebook", dd("""
    Andytown Buy & Sell & Chat
    Public group · 11K members

    Donna McCrory
    20 June at 19:20 · 🌎
    Mr Ok4for at St Dallán's is a racist against Irish kids I swear. Always picks on the local lads and lets the foreign ones off. My son came home crying. Not happy 😤 the man's a disgrace and a bully

    😡 14 · 38 comments
    Like   Comment   Share

        Kevin Murray
        Donna your son told mine he threw a chair. Wind yer neck in.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "St Dallán's"), M("jokafor", "leetspeak", "abuse", "Ok4for")])

# 122
D("social", dd("""
    Dee
    @dee_bt11_

    Deirdre O’Rawe, the VP at Dallán's, her personal email is dorawe.home@mailbox.example if anybody wants to tell her what they think of her "safeguarding" 🙃 she reported my sister to social services for NOTHING

    8:10 PM · May 30, 2025 · 140 Views
    """),
  [M("school", "short_name", "neutral", "Dallán's"), M("dorawe", "exact", "doxxing", "Deirdre O’Rawe")])

# 123
D("news", news_page(
    "lamp", "Courts", "Man admits sending threats to school principal",
    "Court told bullet was posted to west Belfast head after radio interview",
    "Court Reporter", "6 November 2025",
    """
    A Lisburn man has admitted posting a bullet and a threatening note to the principal of a west Belfast school.

    Alan James Wray, 47, of Lisburn, pleaded guilty at Belfast Crown Court to sending an article with intent to cause distress and anxiety. The court heard the envelope, addressed to Dr Bernadette Carlin-McVeigh at St Dallán's College, contained a .22 round and a note reading "Last warning. Stay off the radio."

    Defence counsel said Wray had been "drinking heavily" and was "deeply ashamed". Sentencing was adjourned for reports.
    """,
    [("Annie", "6 Nov 2025", "Ashamed now he's caught."),
     ("Paddy", "6 Nov 2025", "Hope he gets time. That woman has done nothing but stand up for weans.")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("bcarlinmcveigh", "exact", "neutral", "Bernadette Carlin-McVeigh")])

# 124
D("forum", forum_page("patriot", "Drama teacher at St Dallans - another one", [
    ("Ulster_Lion", "Member · 903 posts", "12-03-2025, 20:02",
     "That Tumelty pervert is still teaching kids. Poofs near children, every time. The Catholic church never learns does it 😂"),
    ("NoPope_NoPoofs", "Member · 60 posts", "12-03-2025, 20:30",
     "Bender in a Catholic school, the irony. Somebody should sort him out proper."),
    ], thread_id=3321),
  [M("school", "short_name", "neutral", "St Dallans"), M("rtumelty", "surname_only", "threat", "Tumelty")])

# 125
D("social", dd("""
    TikTok · @sdc.wains · "rating our teachers out of 10 (no hate)" · #dallieslife

    Comments (902)

    shaunaaa.x
    joe okafor 10/10 👨🏿‍🔬 funniest man alive
    9-30 · Reply · ♡ 300

    kayden.mc
    kelly 4/10 cos he's a grass 🐍 wee cripple has eyes in the back of his wheelchair
    9-30 · Reply · ♡ 41

    mairead_b07
    @kayden.mc wtf is wrong with u
    9-30 · Reply · ♡ 190
    """),
  [M("school", "alias", "neutral", "sdc"), M("jokafor", "alias", "neutral", "joe okafor"),
   M("mkelly", "surname_only", "hate", "kelly")])

# 126
D("review", dd("""
    Google reviews › St Dallán's College

    Colm Devlin
    Local Guide · 31 reviews
    ★★☆☆☆ a month ago
    Decent school let down by the sports department. Paddy Hannaway only cares about the hurling team. If your child isn't on the senior panel they get nothing, PE is a joke for everyone else and girls' football gets no coaching at all.
    👍 Helpful 21   Share
    """),
  [M("school", "exact", "negative", "St Dallán's College"), M("phannaway", "nickname", "negative", "Paddy Hannaway")])

# 127
D("social", dd("""
    Tracy
    @tracy_loyal_bt

    #NualaNiGhallchoirOut of Belfast. Take your IRA language back to Donegal where it belongs love 🇬🇧

    5:55 PM · Jul 7, 2025 · 64 Views
    """),
  [M("nnighallchoir", "camelcase", "hate", "NualaNiGhallchoirOut")])

# 128
D("facebook", dd("""
    Glenkeel Community Noticeboard
    Public group · 3.4K members

    Barry Keenan
    4 October at 18:30 · 🌎
    Orla Hope from St Dallán's should be sacked. Teaching our weans that the Church is wrong about marriage. A Catholic school!! She's a disgrace and a hypocrite and I'll be at the school gate Monday to tell her to her face.

    😡👍 22 · 51 comments
    Like   Comment   Share

        Síle Ní Dhubhshláine
        Barry she teaches the curriculum. Leave the woman alone.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "St Dallán's"), M("ohope", "exact", "abuse", "Orla Hope")])

# 129
D("social", dd("""
    🟠 @eleventh_night_boys

    K\u0456lfeather's not the only one who's gonna get run out. Every taig in that school has a target on their back. Bonfire's 40ft this year lads 🔥🔥 #SDC

    11:58 PM · Jul 11, 2025 · 301 Views
    """),
  [M("school", "alias", "threat", "SDC"), M("pkilfeather", "homoglyph", "threat", "K\u0456lfeather")])

# 130
D("news", news_page(
    "edbull", "Finance", "Audit finds 'serious weaknesses' in west Belfast school procurement",
    "EA report into St Dallán's College uniform and catering contracts published",
    "Bulletin Staff", "24 October 2025",
    """
    An Education Authority audit has found "serious weaknesses" in the procurement of uniform and catering contracts at a west Belfast post-primary school.

    The report on St Dallán's College found that the school's uniform supply contract had been renewed four times without competitive tender and that conflicts of interest had not been recorded.

    The report does not make findings of criminality. A police investigation, in which the school's suspended bursar Piaras Kilfeather was arrested and released on bail in August, is ongoing. Mr Kilfeather denies wrongdoing.

    Principal Dr Bernadette Carlin-McVeigh said governors had accepted all eleven recommendations. "We owe our families transparency and we will deliver it."
    """),
  [M("school", "exact", "negative", "St Dallán's College"), M("pkilfeather", "exact", "defamation", "Piaras Kilfeather"),
   M("bcarlinmcveigh", "exact", "neutral", "Bernadette Carlin-McVeigh")])

# 131
D("social", dd("""
    Kev
    @kevmc_bt11

    Bernadette Carlin-McVeigh signed off on the lot and walks away scot free while Piaras K. takes the fall. Same in every school, the principal's always clean. She's as crooked as a dog's hind leg.

    9:40 PM · Oct 24, 2025 · 215 Views
    """),
  [M("bcarlinmcveigh", "exact", "defamation", "Bernadette Carlin-McVeigh"), M("pkilfeather", "first_initial", "neutral", "Piaras K.")])

# 132 decoy: Irish-medium school elsewhere
D("news", news_page(
    "sceal", "Oideachas", "Coláiste an Ghleanna ag ceiliúradh 20 bliain",
    "Meánscoil lán-Ghaeilge i dTír Eoghain ag breathnú siar",
    "Dara Mac Giolla Chomhaill", "2 Deireadh Fómhair 2025",
    """
    Tá Coláiste an Ghleanna in Oirthear Thír Eoghain ag ceiliúradh fiche bliain ar an fhód. Thosaigh an scoil le 23 dalta i dtrí sheomra réamhdhéanta.

    Dúirt an príomhoide, Máirtín Ó Cuinn, go raibh sé "an-bhródúil" as na daltaí a d'fhreastail ar an scoil thar na blianta.
    """))

# 133
D("forum", forum_page("reddit", "The Kilfeather 'community notice' - are we really back here?", [
    ("u/west_bel_wean", "", "5d",
     "Whatever about the fraud allegations, 'leave within 48 hours' notices are straight out of the 80s. Genuinely depressing."),
    ("u/craicdealer", "", "5d",
     "Kilfeather's a thief and he'd want to be gone, that's just how it works up there. Community justice."),
    ("u/civics_nerd_ni", "", "5d",
     "@craicdealer he's been arrested, not convicted. 'Community justice' is a punishment shooting with a PR team."),
    ], thread_id=1190),
  [M("pkilfeather", "surname_only", "defamation", "Kilfeather")])

# 134
D("social", dd("""
    Instagram · DM screenshot shared by @sdc_student_voice

    [message from unknown account to a Year 9 pupil]: "u go to st dallans ye? u look older than 13 😉 send a pic in ur uniform"

    sdc_student_voice: THIS is why you keep your accounts private. Screenshot, block, report, tell an adult. Mrs O'Rawe's door is always open 💚
    """),
  [M("school", "alias", "sexual", "sdc_student_voice", url_only=True), M("dorawe", "title_surname", "neutral", "Mrs O'Rawe")])

# 135
D("facebook", dd("""
    West Belfast Mummies 💕
    Private group · 6.3K members

    Aisling Carberry
    30 January at 08:05 · 🔒
    Shout out to Ronan Tumelty at St Dallán's. My son is autistic and was terrified of the drama assessment. Mr T met him twice at lunchtime to practise. He got an A. I cried in the car 😭❤️

    ❤️ 241 · 33 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "St Dallán's"), M("rtumelty", "exact", "neutral", "Ronan Tumelty")])

# 136
D("social", dd("""
    Niall Ó Maoláin 🌱 Cllr
    @NiallOMaolain

    Today someone left a message on my council voicemail saying I'd be "sorted out" at my Thursday surgery. I've reported it to the PSNI. Surgery goes ahead. I won't be hiding from the people I represent.

    6:30 PM · Jul 13, 2025 · 8,440 Views

    300 Reposts   1.9K Likes
    """),
  [M("nmullan", "alias", "neutral", "Niall Ó Maoláin")])

# 137
D("social", dd("""
    X · @taigs_out_

    Mr Mullen at St Dallans teaches history, the Provo version. He'll be history himself soon enough 🔫 #Glenkeel

    2:10 AM · Jul 14, 2025 · 55 Views
    """),
  [M("school", "short_name", "neutral", "St Dallans"), M("nmullan", "typo", "threat", "Mr Mullen")])

# 138 decoy: namesake Niall and different Kelly, bonfire without school
D("facebook", dd("""
    Drumcarrig Youth Football
    8 March at 10:20 · 🌎

    ⚽ U12s won 4-2 away to Carnglass Celtic this morning! Goals from Niall McCann (2), Kelly Ann Devine and Lorcan Hughes. Thanks to the parents who drove and to coach Gerry for the oranges 🍊

    👍❤️ 66 · 4 comments
    Like   Comment   Share
    """))

# 139
D("blog", blog_page(
    "fallsdiary", "The summer they came for the teachers", "Falls Road Diaries", "20 August 2025",
    """
    I've lived on the Glenkeel Road for forty-one years. I've seen riots and funerals and the Army on the corner. I didn't think I'd see a summer like this one again.

    A bullet in the post to Bernie Carlin-McVeigh. Nuala Ní Ghallchóir's address on the internet and her weans sleeping in a hotel. A gable wall with a target on it. And from our own side, if we're being honest, a "community notice" telling the bursar to get out, with the usual hard men nodding along.

    I don't know if Piaras Kilfeather did what they say. Neither do you. That's what courts are for.

    The school, St Dallán's, has been a rock. Open every day of the summer scheme, teachers turning up with their heads held high.
    """,
    [("Maureen", "20 Aug 2025", "Beautifully put. Thank you."),
     ("Anon", "21 Aug 2025", "Kilfeather is a thief, we all know it, stop defending him."),
     ("Falls Road Diaries", "21 Aug 2025", "@Anon then you'll be happy to let a court decide.")],
    tags=["West Belfast", "Sectarianism"]),
  [M("school", "short_name", "neutral", "St Dallán's"), M("bcarlinmcveigh", "nickname", "neutral", "Bernie Carlin-McVeigh"),
   M("nnighallchoir", "exact", "neutral", "Nuala Ní Ghallchóir"), M("pkilfeather", "exact", "defamation", "Piaras Kilfeather")])

# 140
D("social", dd("""
    Gráinne
    @grainne_bt17

    Deirdre O'R from the college rang my door at 9pm to "check on" my son. Who does she think she is. Interfering oul busybody. Get your own life love.

    9:30 PM · Feb 11, 2025 · 38 Views
    """),
  [M("dorawe", "first_initial", "abuse", "Deirdre O'R")])

# 141
D("news", news_page(
    "record", "Education", "Irish-medium unit expansion approved",
    "Minister backs plan to double places at west Belfast school",
    "Eimear Quigg, Education Correspondent", "30 September 2025",
    """
    The Education Minister has approved plans to double the size of the Irish-medium unit at St Dallán's College in west Belfast.

    The decision follows a summer in which the unit's head, Nuala Ní Ghallchóir, was forced from her home by sectarian threats.

    The school's principal, Dr Bernadette Carlin-McVeigh, said the decision was "a good day for children". Unionist MLA Roberta Gault said she was "disappointed" and would raise the cost at committee.
    """,
    [("Sorcha", "30 Sep 2025", "Brilliant news 💚"),
     ("Concerned Taxpayer", "30 Sep 2025", "Waste of money. That Nuala one should be charged for the stunt she pulled this summer, it was all staged for sympathy."),
     ("Liam O", "1 Oct 2025", "@Concerned Taxpayer a man went to jail for it. Catch yourself on.")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("nnighallchoir", "exact", "defamation", "Nuala Ní Ghallchóir"),
   M("bcarlinmcveigh", "exact", "neutral", "Bernadette Carlin-McVeigh")])

# 142
D("facebook", dd("""
    St Dallán's Past Pupils 🎓💚
    Private group · 2.2K members

    Marty Devenny
    2 May at 21:15 · 🔒
    Class of '09 reunion 🍻 Sat 24th May in the Glenkeel Inn from 8pm. Packie Hannaway has said he'll come for one (he won't stay for one) 😂 Mick Kelly says he'll be there too. Tell everyone!

    ❤️😂 88 · 41 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "St Dallán's"), M("phannaway", "nickname", "neutral", "Packie Hannaway"),
   M("mkelly", "alias", "neutral", "Mick Kelly")])

# 143
D("review", dd("""
    RateMyTeacher › Belfast › St Dallán's College

    Mr Hannaway — PE
    ★☆☆☆☆  "Shouts at everyone"
    Posted by: student · 11 March 2025
    Screams at you if you're not good at sport. Made my friend cry. Only likes the hurlers.

    ★★★★★  "Legend"
    Posted by: student · 19 March 2025
    Best teacher. Tough but he makes you better.
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("phannaway", "title_surname", "negative", "Mr Hannaway")])

# 144
D("social", dd("""
    ☘️ @republican_glenkeel

    Funny how the Brit-lovers on the board of governors never say a word when St Dallán's lets unionist politicians in for photo ops. Carlin-McVeigh is a Castle Catholic and always was. Shame on the school.

    7:20 PM · Oct 1, 2025 · 410 Views

    9 Reposts   33 Likes
    """),
  [M("school", "short_name", "negative", "St Dallán's"), M("bcarlinmcveigh", "surname_only", "abuse", "Carlin-McVeigh")])

# 145 decoy: the bird? no - hope as word and the parish
D("blog", blog_page(
    "parishblog", "Advent notices and a word of hope", "Parish volunteer", "30 November 2025",
    """
    Advent begins this weekend and the Advent wreath is back in the porch of St Dallán's Church, thanks to the Tuesday flower group.

    Confessions: Saturdays 11-12. The Christmas Mass schedule will be in next week's bulletin.

    A word of hope: the St Vincent de Paul Society tells us the hamper appeal is already ahead of last year. If you can give a tin or a toy, drop it into the parish office.
    """,
    [("Margaret", "30 Nov 2025", "Thank you for all you do."),
     ("Joe", "1 Dec 2025", "Great to see the wreath back.")],
    tags=["Notices", "Advent"]))

# 146
D("social", dd("""
    Ryan
    @ryan_mc_bt

    O k a f o r needs to go back to Africa where he belongs. Nobody wants him here teaching our kids. Glenkeel is for Irish people 🇮🇪🇮🇪

    8:02 PM · Sep 10, 2025 · 70 Views

    ──────────
    Replies

    Siobhán @siobhan_bfst · Sep 10
    Republicanism was never about this. Dr Okafor is one of us. Reported.
    """),
  [M("jokafor", "title_surname", "hate", "Dr Okafor")])

# 147
D("forum", forum_page("niparents", "Bullying at St Dallán's - pastoral care has failed us", [
    ("Mammy_of_4_BT11", "Joined 2021 · 260 posts", "Fri 20-Jun-25 21:05",
     """Final straw. Our daughter was assaulted on the bus and the school's answer was "it happened outside school grounds". Mrs O'Rawe said she'd speak to the other family and three weeks later nothing has happened.

     I'm not saying she's a bad person. I'm saying the system has failed. We're moving her in September."""),
    ("Glenview_Dad", "Joined 2019 · 1,140 posts", "Fri 20-Jun-25 21:30",
     "Sorry to hear that. Have you put it in writing to the governors? That triggers a formal complaint process."),
    ], thread_id=2399),
  [M("school", "short_name", "negative", "St Dallán's"), M("dorawe", "title_surname", "negative", "Mrs O'Rawe")])

# 148
D("social", dd("""
    X · @belfast_headlines_bot

    Principal Carlin-McVeigh 'will not be bullied' after bullet in post - St Dallán's College head speaks out https://radiolagan.example/news/principal-bullet

    1:02 PM · Jul 18, 2025
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("bcarlinmcveigh", "surname_only", "neutral", "Carlin-McVeigh")])

# 149
D("facebook", dd("""
    Shanbally Residents' Voice
    Private group · 890 members

    Jim Crossan
    10 September at 22:45 · 🔒
    Them Roma and Africans the college is filling up with are taking places from local weans. Half of them can't even speak English. Dallán's was a school for Glenkeel people. Now it's a school for everybody except us. Send them home.

    😡👍 29 · 60 comments
    Like   Comment   Share

        Áine Ní Bhroin
        Jim the school is half empty in some years. Nobody is taking anybody's place.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "hate", "Dallán's")])

# 150
D("social", dd("""
    TikTok · @belfastpranks_ · "prank calling the school 😂" · #belfast #prank

    Comments (240)

    user99182
    ring up St Dallán's and ask for Mrs Hop3 in RE, then moan like a porn star 😂😂
    8-02 · Reply · ♡ 12

    saoirse.m_
    wtf is wrong with ppl
    8-02 · Reply · ♡ 90
    """),
  [M("school", "short_name", "neutral", "St Dallán's"), M("ohope", "leetspeak", "sexual", "Mrs Hop3")])

# 151 decoy: St Ninnidh's and a different Hope
D("social", dd("""
    St Ninnidh's Girls' High
    @StNinnidhsGHS

    Congratulations to our Year 12 debating team, who reached the NI final! Special thanks to coach Ms Bernadette Hope for all the Saturday practices 🏆🗣️

    4:15 PM · Mar 21, 2025 · 640 Views

    12 Reposts   88 Likes
    """))

# 152
D("news", news_page(
    "echo", "News", "Teacher-councillor's car vandalised outside surgery",
    "Tyres slashed and paint thrown over vehicle in Glenkeel",
    "Clodagh Breen", "18 July 2025",
    """
    A car belonging to local councillor and St Dallán's College teacher Niall Mullan was vandalised outside the Glenkeel Community Centre on Thursday night while he held a constituency surgery.

    All four tyres were slashed and red paint was thrown over the bonnet. Police said they were treating it as a hate crime.

    Cllr Mullan said: "It's a car. I'm fine. The people who come to my surgery are what matters."
    """,
    [("Mags", "18 Jul 2025", "Keep going Niall."),
     ("Tommy D", "18 Jul 2025", "He brought it on himself with his politics in the classroom tbh")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("nmullan", "exact", "negative", "Niall Mullan")])

# 153
D("social", dd("""
    Anonymous
    @anon_bt11_x

    If anybody wants to send Tumelty a wee message, his Insta is @ronan.t.theatre and he lives with his "partner" off the Drumcarrig Road, flat above the chemist 🏳️‍🌈🤮

    1:40 AM · Mar 12, 2025 · 72 Views
    """),
  [M("rtumelty", "surname_only", "doxxing", "Tumelty")])

# 154
D("review", dd("""
    Indeed › St Dallán's College › Reviews

    ★★★★☆  "Hard work but rewarding"
    Teacher (Current Employee) - Belfast · 12 May 2025

    Leadership team is visible and supportive. The principal, Dr Bernadette Carlin-McVeigh, knows every member of staff by name. Pastoral lead Deirdre O'Rawe is outstanding. Budget is tight, buildings old, parking is a nightmare.
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("bcarlinmcveigh", "exact", "neutral", "Bernadette Carlin-McVeigh"),
   M("dorawe", "exact", "neutral", "Deirdre O'Rawe")])

# 155
D("facebook", dd("""
    Glenkeel Community Noticeboard
    Public group · 3.4K members

    Gerry Mac
    19 July at 11:10 · 🌎
    Just to say, Michael Kelly, the head of year at Dallán's, his house on Shanbally Park got paint bombed last night. Wee hoods thinking it's funny because he reported them for dealing outside the school. Anybody with doorbell footage please pass it to the peelers.

    😢😡 90 · 27 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Dallán's"), M("mkelly", "exact", "doxxing", "Michael Kelly")])

# 156
D("social", dd("""
    X · @SDC_Glenkeel

    📣 Reminder: school reopens for all pupils Wednesday 3 September. Year 8 and Year 14 only on Tuesday. Uniform queries to the office on 01632 960287 or office@stdallans.example 💚

    10:00 AM · Aug 28, 2025 · 3,110 Views
    """),
  [M("school", "alias", "neutral", "SDC_Glenkeel")])

# 157
D("social", dd("""
    Lorcan
    @lorcan_gaa

    Hannaway's Corn Uí Néill team gets knocked out in the first round and suddenly he's not a genius anymore 😂 wee fair-weather fans

    7:10 PM · Feb 5, 2025 · 92 Views
    """),
  [M("phannaway", "possessive", "neutral", "Hannaway's")])

# 158
D("facebook", dd("""
    St Dallán's College Parents Chat (unofficial)
    Private group · 940 members

    Anonymous participant
    2 October at 23:02 · 🔒
    Just saying what everyone's thinking. That Hope one is a lezzer and should not be teaching RE to our girls. Look at the way she dresses. Not in a Catholic school.

    😡 7 · 28 comments
    Like   Comment   Share

        Admin - Deirdre B
        Post removed. Homophobic abuse of staff will get you banned.
        Like · Reply · 1h
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("ohope", "surname_only", "hate", "Hope")])

# 159
D("news", news_page(
    "lamp", "Education", "Teacher 'sexually harassed' online by pupils, union says",
    "Teachers' union calls for action on social media abuse of staff after west Belfast case",
    "Rory Gillen", "7 October 2025",
    """
    A teachers' union has called for tougher action on social media abuse after a teacher at a west Belfast school was targeted with sexual comments by pupils on TikTok.

    The union did not name the teacher, but the Lamp understands the videos referred to a female member of staff at St Dallán's College.

    The school said it had "dealt robustly" with the pupils involved and that "no member of staff should have to tolerate this".
    """),
  [M("school", "exact", "neutral", "St Dallán's College")])

# 160
D("facebook", dd("""
    Glenkeel Community Noticeboard
    Public group · 3.4K members

    Anonymous member
    3 October at 01:12 · 🌎
    WARNING to the drama teacher Tumelty at St Dallán's. We know about you and your "friends". Ye have till the end of the month to get out of this parish or ye'll be carried out. This is the only warning.

    😡 4 · 11 comments
    Like   Comment   Share

        Admin - Gráinne
        Screenshotted and sent to police. Group paused.
        Like · Reply · 1h
    """),
  [M("school", "short_name", "neutral", "St Dallán's"), M("rtumelty", "surname_only", "threat", "Tumelty")])

# 161
D("news", news_page(
    "lamp", "Crime", "Drama teacher receives 'leave or be carried out' threat",
    "Police say warning posted online is being treated as homophobic hate crime",
    "Crime Correspondent", "4 October 2025",
    """
    A teacher at a west Belfast school has been warned by police of a threat to his safety after a post on a community Facebook group told him to leave the area "or be carried out".

    The post named Ronan Tumelty, head of drama at St Dallán's College. The PSNI said it was treating the incident as a homophobic hate crime.

    Outreach West, a local LGBT support group, said: "Threats of this kind have no place anywhere. We stand with Ronan and with his school."

    Principal Dr Bernadette Carlin-McVeigh said the school community was "shocked and angry" and that Mr Tumelty had "the full support of every one of us".
    """,
    [("Ciarán", "4 Oct 2025", "Solidarity Ronan. Best teacher I ever had."),
     ("Derek", "4 Oct 2025", "Can't believe this is still happening in 2025."),
     ("Truthseeker", "5 Oct 2025", "No smoke without fire with that fella. Parents have been complaining for years.")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("rtumelty", "exact", "defamation", "Ronan Tumelty"),
   M("bcarlinmcveigh", "exact", "neutral", "Bernadette Carlin-McVeigh")])

# 162
D("forum", forum_page("boardsni", "Teachers' private addresses getting posted - how is this legal", [
    ("glenkeel_exile", "Registered User · 1,260 posts", "13-07-2025 10:02",
     "First the Irish teacher, now I see somebody's put up the RE teacher's address from Dallán's. This is a weekly event now."),
    ("Glenkeel_dad", "Registered User · 88 posts", "13-07-2025 10:30",
     """It's not legal, it's harassment. For what it's worth the post I saw said Orla H. at 9 Carnglass Park and her mass times, which is sinister as hell. Reported it.

     The mods should nuke any post that repeats it."""),
    ("Mod_Fiachra", "Moderator", "13-07-2025 10:44",
     "Edited. Do NOT repeat addresses, even to condemn them."),
    ], thread_id=8870),
  [M("school", "short_name", "neutral", "Dallán's"), M("ohope", "first_initial", "doxxing", "Orla H.")])

# 163
D("facebook", dd("""
    Andytown Buy & Sell & Chat
    Public group · 11K members

    Jackie Nugent
    9 June at 13:05 · 🌎
    Anyone know who to complain to at the EA about a principal? Carlin-McVeigh at St Dallán's excluded my son for 5 days for vaping. 5 DAYS. Woman's on a power trip. Useless as a chocolate teapot and twice as sweet on the radio.

    😡😂 14 · 33 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "St Dallán's"), M("bcarlinmcveigh", "surname_only", "abuse", "Carlin-McVeigh")])

# 164
D("news", news_page(
    "record", "Northern Ireland", "Teacher's family flee home after address posted",
    "Religious education teacher at west Belfast college among staff targeted this summer",
    "Crime Correspondent", "15 July 2025",
    """
    A religious education teacher at a west Belfast school has temporarily left her home after her address was posted on social media alongside her Mass times.

    Orla Hope, head of RE at St Dallán's College, is the third member of staff at the school to be targeted online since the start of July.

    A PSNI spokesperson confirmed police had "spoken to a number of individuals".
    """,
    [("Anne", "15 Jul 2025", "Disgraceful. Leave the teachers alone."),
     ("Rab", "15 Jul 2025", "Whoever did this, the address is still up on one of them loyalist forums, the mods need told."),
     ("Catholic Mammy", "16 Jul 2025", "Hope is a hypocrite and a useless teacher, no sympathy.")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("ohope", "exact", "abuse", "Orla Hope")])

# 165
D("forum", forum_page("patriot", "The Mullan file", [
    ("Shankill_Sentinel", "Member · 701 posts", "15-07-2025, 22:20",
     """Niall Mullan, Shinner councillor and teacher at St Dallans. Home: 41 Drumcarrig Avenue BT11 8ZX. Drives a grey Kia Sportage, reg ends 4KP. Surgery Thursdays 6-8 Glenkeel CC.

     Pass it on."""),
    ("BallyBoy", "Member · 90 posts", "15-07-2025, 22:35",
     "Nice one. Teaching the weans to hate us, see how he likes it."),
    ], thread_id=3360),
  [M("school", "short_name", "neutral", "St Dallans"), M("nmullan", "exact", "doxxing", "Niall Mullan")])

# 166
D("blog", blog_page(
    "hurlblog", "Corn Uí Néill preview: can anyone stop the Dallán's machine?", "The Sliotar", "4 February 2025",
    """
    St Dallán's go into the Corn Uí Néill as holders and, on the evidence of their Antrim league run, as favourites again.

    Pat Hannaway's side play a high-tempo, short-passing game that nobody else in schools hurling seems able to live with. Their half-back line is as good as any in Ulster.

    The threats? St Ninnidh's of Lurgan have a gifted full-forward and a point to prove after last year's final.

    Prediction: St Dallán's to retain, but it'll be closer than people think.
    """,
    [("Hurler_on_the_ditch", "4 Feb 2025", "Hannaway will have them primed. Great preview."),
     ("NinnidhsFan", "5 Feb 2025", "We'll see 😉")],
    tags=["Corn Uí Néill", "Previews"]),
  [M("school", "short_name", "neutral", "St Dallán's"), M("phannaway", "nickname", "neutral", "Pat Hannaway")])

# 167
D("facebook", dd("""
    West Belfast Mummies 💕
    Private group · 6.3K members

    Anonymous participant
    15 October at 21:40 · 🔒
    Does anybody know if it's true that one of the PE teachers at St Dallán's was moved because of messages to a Year 12 girl?? My niece says everyone's talking about it. Hannaway's been off for two weeks. If it's true the school has covered it up.

    😮 22 · 67 comments
    Like   Comment   Share

        Admin - Louise
        Please do not speculate about named staff. Hannaway is off on paternity leave, his wife posted the baby on the GAA page. Post closed.
        Like · Reply · 1h
    """),
  [M("school", "short_name", "defamation", "St Dallán's"), M("phannaway", "surname_only", "defamation", "Hannaway")])

# 168
D("news", news_page(
    "echo", "Sport", "St Dallán's reach All-Ireland schools hurling semi-final",
    "West Belfast college beats Munster giants in thriller",
    "GAA Correspondent", "15 March 2025",
    """
    St Dallán's College are into the last four of the All-Ireland colleges hurling championship after a stunning 2-14 to 1-15 win over St Fiachra's of Kilcoran.

    Manager Patrick Hannaway said: "Nobody gave us a chance. These boys have hearts the size of the Black Mountain."

    Captain Odhrán Magee scored 1-06.
    """,
    [("Up Antrim", "15 Mar 2025", "Incredible result for Belfast hurling."),
     ("Maeve", "15 Mar 2025", "Paddy Hannaway for Antrim manager!"),
     ("Sore loser", "16 Mar 2025", "Ye want to see him at training roaring at 15 year olds. Results aren't everything.")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("phannaway", "exact", "negative", "Patrick Hannaway")])

# 169 decoy: namesake Patrick/Hannaway absent; locality shop
D("review", dd("""
    Google reviews › Glenkeel Chippy › Fish & chips · Glenkeel Road

    Liz Morrow
    Local Guide · 22 reviews
    ★★★★★ 2 weeks ago
    Best pastie supper in Belfast, hands down. Gravy chips to die for. Queue out the door on a Friday but worth the wait. Wee girl on the till is always lovely.
    👍 Helpful 5   Share
    """))

# 170
D("forum", forum_page("niparents", "Drama teacher threats - statement from the school", [
    ("Aine_B", "Joined 2022 · 110 posts", "Sat 4-Oct-25 11:02",
     """The school has sent a letter home about the threat to Mr Tumelty. Pasting the key bit:

     > "We are aware of a threatening post made about a member of our staff. This has been reported to the PSNI. Homophobic abuse and intimidation have no place in our school or our parish."

     Good to see them say it straight."""),
    ("OldSchoolCatholic", "Joined 2024 · 30 posts", "Sat 4-Oct-25 11:40",
     "Hard to feel sorry for him. He brings it on himself flaunting it. Disgusting lifestyle for a teacher in a Catholic school."),
    ("Glenview_Dad", "Joined 2019 · 1,190 posts", "Sat 4-Oct-25 12:02",
     "@OldSchoolCatholic you should be ashamed of yourself."),
    ], thread_id=2420),
  [M("rtumelty", "title_surname", "hate", "Mr Tumelty")])

# 171
D("facebook", dd("""
    Shanbally Residents' Voice
    Private group · 890 members

    Stevie Maguire
    22 September at 20:15 · 🔒
    Joseph Okafor the science teacher from the college, his address is 3 Carnglass Drive if anybody wants to go and tell him to f*** off back to Nigeria. Tired of being told to be nice about it. 🇮🇪

    😡 3 · 19 comments
    Like   Comment   Share

        Úna Gormley
        Reported to police. Joe has lived here 15 years, he coaches my son's football team.
        Like · Reply · 2h
    """),
  [M("jokafor", "exact", "hate", "Joseph Okafor")])

# 172
D("news", news_page(
    "lagan", "News", "Two arrested over online abuse of west Belfast teachers",
    "Men aged 19 and 23 questioned about posts targeting school staff",
    "Lagan Newsroom", "24 September 2025",
    """
    Two men have been arrested in connection with racist and sectarian abuse posted online about staff at a west Belfast secondary school.

    The posts, which included the home address of a science teacher at St Dallán's College, were made on Facebook and X over the summer.

    The men were released on bail. Police said the investigation was ongoing.
    """),
  [M("school", "exact", "neutral", "St Dallán's College")])

# 173
D("blog", blog_page(
    "ulstertruth", "Who funds the Glenkeel Road?", "Ulster Truth Team", "10 October 2025",
    """
    Follow the money, they say. At St Dallán's College the money leads to a bursar now under arrest and a principal who 'accepted all recommendations' while keeping her own job.

    Our sources tell us Bernadette Carlin-McVeigh personally approved the uniform contract in 2019 knowing it was going to a relative of the bursar, and took a cut. The Education Authority has buried it.

    We have sent our questions to the school. No answer, as usual.
    """,
    [("Ulster Lass", "10 Oct 2025", "Jail the lot of them."),
     ("Reader", "11 Oct 2025", "Again, any documents?")],
    tags=["Education", "Corruption"]),
  [M("school", "exact", "defamation", "St Dallán's College"), M("bcarlinmcveigh", "exact", "defamation", "Bernadette Carlin-McVeigh")])

# 174
D("facebook", dd("""
    St Dallán's College Parents Chat (unofficial)
    Private group · 940 members

    Margaret Ní Chathail
    25 June at 19:30 · 🔒
    Results of the parent survey came back and honestly the school isn't listening. 62% said homework is inconsistent, 70% said communication is poor. Mrs Hope's department was singled out for never setting anything and then setting five things in one week. Not good enough.

    👍 33 · 25 comments
    Like   Comment   Share
    """),
  [M("school", "exact", "negative", "St Dallán's College"), M("ohope", "title_surname", "negative", "Mrs Hope")])

# 175
D("forum", forum_page("staffroom", "Head of Year 10 at a Belfast maintained school - my colleague is being targeted", [
    ("pastoral_bt", "Joined 2021 · 140 posts", "Sun 20-Jul-25 09:10",
     """My colleague (head of year, wheelchair user) had his house paint-bombed after he reported drug dealing at the school gates. Yesterday someone online called him "the cripple grass" and posted which street he lives on.

     He says he's fine. He's not fine."""),
    ("UnionRep_NI", "Joined 2012 · 2,360 posts", "Sun 20-Jul-25 09:40",
     "Hate crime on grounds of disability as well as intimidation. Make sure it's reported as such. Sending solidarity to him."),
    ], thread_id=5640),
  [])

# 176
D("facebook", dd("""
    Glenkeel Community Noticeboard
    Public group · 3.4K members

    Paddy Rice
    21 July at 12:15 · 🌎
    That Mick Kelly grass from the college has had it coming. You don't go running to the peelers about local lads. He'll be getting more than paint next time, wheelchair or no wheelchair.

    😡👍 11 · 30 comments
    Like   Comment   Share

        Maura Quinn
        Paddy you're a disgrace. That man has kept half the weans on this estate out of trouble.
        Like · Reply · 1h
    """),
  [M("mkelly", "alias", "threat", "Mick Kelly")])

# 177
D("news", news_page(
    "lamp", "Education", "West Belfast school 'heartbroken' as teacher tells of summer of hate",
    "Five staff at St Dallán's College targeted with threats, abuse and address posts",
    "Rory Gillen", "1 September 2025",
    """
    As pupils return to St Dallán's College on Wednesday, staff say they are still coming to terms with a summer in which five teachers were targeted with threats and abuse.

    "We had a bullet in the post, a gable wall, addresses online, paint on a colleague's house," said the principal, Dr Bernadette Carlin-McVeigh. "And the people doing it came from more than one direction."

    Michael Kelly, head of Year 10, whose house was paint-bombed after he reported drug dealing near the school, said he had "never once thought about leaving".
    """,
    [("Rosie", "1 Sep 2025", "Heroes the lot of them."),
     ("Brendan", "1 Sep 2025", "Wishing all the staff and pupils a peaceful year."),
     ("Glen Road Gerry", "2 Sep 2025", "Kelly is a grass and a wee rat and always was. Play the victim all ye want.")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("bcarlinmcveigh", "exact", "neutral", "Bernadette Carlin-McVeigh"),
   M("mkelly", "exact", "abuse", "Michael Kelly")])

# 178
D("blog", blog_page(
    "mumblog", "Parent-teacher night: a review (three stars)", "Ciara @ Wee Buns Mammy", "20 November 2025",
    """
    Parent-teacher night at St Dallán's. Forty minutes in a queue for the science department, because Dr O\u043afor is popular and also because he talks to every parent as if there's no queue at all. He was worth it. He knew things about our Ellie I didn't.

    The RE queue was shorter. Enough said.

    The canteen did tea and a tray bake for £1, which after the year that canteen's had felt like a peace offering.
    """,
    [("Tina", "20 Nov 2025", "Ha, the tray bake peace offering 😂")],
    tags=["School run", "Big school"]),
  [M("school", "short_name", "neutral", "St Dallán's"), M("jokafor", "homoglyph", "neutral", "Dr O\u043afor")])

# 179 decoy: namesake Kelly/another school, acronym elsewhere
D("forum", forum_page("gaatalk", "SDC v Ballycastle - Schools Shield result?", [
    ("AntrimFan88", "Member · 220 posts", "Wed 12 Nov 2025, 18:30",
     "Anyone know the result of the Schools Shield game today? Not the college - St Dominic's Christian Brothers (SDCB)? Or is it the Sperrin Development Cup, I'm confused now."),
    ("Hurler_on_the_ditch", "Senior Member · 4,900 posts", "Wed 12 Nov 2025, 18:55",
     "You're thinking of the Sperrin Development Cup. Ballycastle won 3-10 to 0-08. Nothing to do with any school."),
    ], thread_id=6700),
  [])

# 180
D("news", news_page(
    "record", "Northern Ireland", "Bursar charged with fraud by abuse of position",
    "Former St Dallán's College business manager to appear in court next month",
    "Crime Correspondent", "28 November 2025",
    """
    A former business manager at a west Belfast secondary school has been charged with fraud by abuse of position.

    Piaras Kilfeather, 54, of Drumcarrig, is due to appear at Belfast Magistrates' Court on 19 December. The charge relates to contracts at St Dallán's College between 2016 and 2024.

    He is expected to deny the charge.
    """,
    [("Mairéad", "28 Nov 2025", "Finally."),
     ("Realist", "28 Nov 2025", "Charged isn't convicted. He's entitled to a fair trial.")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("pkilfeather", "exact", "defamation", "Piaras Kilfeather")])

# 181
D("facebook", dd("""
    Glenkeel Community Noticeboard
    Public group · 3.4K members

    Anonymous member
    29 November at 00:40 · 🌎
    K i l f e a t h e r should've been kneecapped in August when he had the chance to leave. Courts will give him a slap on the wrist. The community won't.

    😡 5 · 14 comments
    Like   Comment   Share
    """),
  [M("pkilfeather", "spacing", "threat", "K i l f e a t h e r")])

# 182
D("review", dd("""
    SchoolScope NI › Belfast › Post-primary › St Dallán's College

    ★★★★★  "The Irish-medium unit is a gem"
    Reviewed by: Parent of a current pupil (Year 9, Aonad) · 14 November 2025

    Our daughter came from a Gaelscoil and we were nervous about her moving to a big English-medium school. The Aonad has been brilliant. Múinteoir Nuala (Ms Ní Ghallchóir) is firm, warm and incredibly organised, even after everything she went through this summer.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (22)  No (0)  · Report
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("nnighallchoir", "title_surname", "neutral", "Ms Ní Ghallchóir")])

# 183
D("forum", forum_page("reddit", "What's the deal with the drama teacher at Dallies?", [
    ("u/nosy_bt17", "", "1d",
     "Saw the threat story. People in the comments are implying stuff about him. Is there anything actually behind it or is it just homophobia?"),
    ("u/former_sdc_pupil", "", "1d",
     "Went to Dallies, had Tumelty for 5 years. There is nothing. He's a brilliant teacher and people are vile because he's gay. End of."),
    ("u/throwaway81910", "", "1d",
     "My cousin says there were complaints from parents about 'inappropriate' stuff in rehearsals and the school buried them. Just saying."),
    ], thread_id=1220),
  [M("school", "alias", "defamation", "Dallies"), M("rtumelty", "surname_only", "defamation", "Tumelty")])

# 184
D("facebook", dd("""
    West Belfast Mummies 💕
    Private group · 6.3K members

    Tanya Wilson
    28 October at 20:20 · 🔒
    My Year 9 son's been sent sexual messages by an older man who said he was a St Dallán's sixth former. He's got screenshots of other boys from the college too. PSNI have it. Please talk to your sons, it's not only girls these creeps go after 💔

    😢 143 · 61 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "sexual", "St Dallán's", url_only=True)])

# 185
D("news", news_page(
    "echo", "Education", "School launches Traveller education partnership",
    "St Dallán's College works with An Mhuintir Project to support pupils",
    "Seán Hughes", "12 November 2025",
    """
    St Dallán's College has launched a partnership with An Mhuintir Project to support pupils from the Traveller community, after welcoming its largest ever group of Traveller pupils in September.

    Vice-principal Deirdre O'Rawe said the partnership would provide mentoring, homework clubs and family liaison. "These are our pupils and our neighbours. We want every one of them to thrive here."

    The school was targeted with online abuse in September after a post on a residents' group criticised the enrolments.
    """,
    [("Bridget", "12 Nov 2025", "Wonderful to see. Thank you Mrs O'Rawe."),
     ("Shanbally Sam", "12 Nov 2025", "Place has gone to the knackers. Used to be a good school.")]),
  [M("school", "exact", "hate", "St Dallán's College"), M("dorawe", "exact", "neutral", "Deirdre O'Rawe")])

# 186
D("blog", blog_page(
    "cllrblog", "A statement on the events of this summer", "Cllr Niall Mullan", "30 August 2025",
    """
    I have been asked many times this summer to comment on the threats against colleagues of mine at the college. I have tried to let the police do their work. But I want to say something now.

    Some of the abuse came from loyalist accounts. Some of it, shamefully, came from people in our own community who should know better. The 'community notice' about a colleague who has not been convicted of anything was written by people who think they are the law. They are not.

    For the record: the voicemail telling me I would be "sorted out" has been passed to the PSNI. I will be at my surgery on Thursday as usual.
    """,
    [("Margaret", "30 Aug 2025", "Well said Niall."),
     ("Anon", "31 Aug 2025", "Aye grand speech from a fella who taught weans to cheer the Provos.")],
    tags=["Statement"]),
  [M("nmullan", "exact", "defamation", "Niall Mullan")])

# 187 decoy: bonfire elsewhere, locality only
D("news", news_page(
    "record", "Northern Ireland", "Eleventh Night passes off largely peacefully",
    "Fire service attends 60 bonfire-related calls across Belfast",
    "Newsdesk", "12 July 2025",
    """
    The Eleventh Night passed off largely peacefully, according to police, with the fire service attending 60 bonfire-related incidents across Belfast.

    A pyre close to a sub-station at Shanbally was dismantled by contractors earlier in the week following an agreement with local representatives.
    """))

# 188
D("facebook", dd("""
    Andytown Buy & Sell & Chat
    Public group · 11K members

    Shane Gallen
    4 December at 17:40 · 🌎
    Complaint to the school and nobody rings back. The St Dallán's canteen is STILL charging £3.20 for a dinner that's half a scoop of mash and a sausage. New management same rubbish. Where does the money go now the bursar's gone?

    😡👍 58 · 47 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "St Dallán's")])

# 189
D("forum", forum_page("patriot", "Bernie the Brit-hater", [
    ("Ulster_Lion", "Member · 960 posts", "18-07-2025, 20:10",
     "Carlin\u2013McVeigh crying on the radio about her bullet. Pity it was only one. Her school's a Sinn Fein recruitment office with a canteen."),
    ("NoSurrender_68", "Member · 2,180 posts", "18-07-2025, 20:40",
     "Next one won't be in an envelope, she knows that."),
    ], thread_id=3380),
  [M("bcarlinmcveigh", "hyphenated", "threat", "Carlin\u2013McVeigh")])

# 190
D("review", dd("""
    RateMyTeacher › Belfast › St Dallán's College

    Dr Okafor — Chemistry
    ★☆☆☆☆  "Boring"
    Posted by: student · 3 December 2025
    Makes us copy notes for an hour. Zzzz. Also way too strict about phones. Worst lessons in the school.
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("jokafor", "title_surname", "negative", "Dr Okafor")])

# 191
D("facebook", dd("""
    St Dallán's Past Pupils 🎓💚
    Private group · 2.2K members

    Fionnuala Dunne
    10 July at 10:15 · 🔒
    Whoever shared that loyalist post calling Ms Ní Gh. a "fenian whore" in here "for awareness" — please don't. We know. Share the support page instead. Threatening a teacher is never, ever OK 💚

    ❤️ 190 · 12 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "St Dallán's"), M("nnighallchoir", "obfuscated", "neutral", "Ní Gh.")])

# 192
D("news", news_page(
    "lagan", "Lagan Live", "Lagan Live: 'Are we going backwards?'",
    "Principal returns to the programme six months after bullet threat",
    "Lagan Live team", "14 January 2026",
    """
    Dr Bernadette Carlin-McVeigh of St Dallán's College returned to Lagan Live this morning, six months after a bullet was posted to her school following her last appearance.

    "People asked me if I'd come back on. Of course I'd come back on. If I stayed off the radio, they'd have won," she said.

    Callers were largely supportive. One caller, who said he was a former pupil, called her "a hypocrite who lets the likes of Kilfeather run riot". The presenter reminded listeners that Mr Kilfeather's case is before the courts.
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("bcarlinmcveigh", "exact", "negative", "Bernadette Carlin-McVeigh"),
   M("pkilfeather", "title_surname", "defamation", "Mr Kilfeather")])

# 193
D("facebook", dd("""
    Glenkeel Community Noticeboard
    Public group · 3.4K members

    Tommy Keenan
    15 January at 21:02 · 🌎
    Orla Hope has the face of a nun and the personality of one too. Useless waste of space in that RE department at Dallán's. Sack her.

    😂 9 · 6 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "Dallán's"), M("ohope", "exact", "abuse", "Orla Hope")])

# 194 decoy: namesake Ronan elsewhere? Irish language decoy, the word 'hope'
D("blog", blog_page(
    "tairseach", "Acmhainní nua don Ghaeilge sa seomra ranga", "Caoilfhionn Nic Aodha", "12 Eanáir 2026",
    """
    Tá acmhainní nua eolaíochta ar fáil anois do mhúinteoirí sna meánscoileanna lán-Ghaeilge. Tá súil (hope!) againn go mbainfidh sibh leas astu.

    Cuir ríomhphost chuig an bhlag le haghaidh cóip.
    """,
    [("Peadar", "12 Eanáir 2026", "Go hiontach, go raibh maith agat.")],
    tags=["Acmhainní"]))

# 195
D("facebook", dd("""
    Shanbally Residents' Voice
    Private group · 890 members

    Ricky Doyle
    3 November at 22:10 · 🔒
    Deirdre O Rawe the VP up at Dallies is a nosey interfering cow. She'd have your kids taken off ye for a dirty jumper. Somebody should tell her where to go.

    😡 12 · 20 comments
    Like   Comment   Share
    """),
  [M("school", "alias", "neutral", "Dallies"), M("dorawe", "typo", "abuse", "Deirdre O Rawe")])

# 196
D("news", news_page(
    "edbull", "People", "Honours for west Belfast teachers",
    "Staff at St Dallán's College recognised at NI Teaching Awards",
    "Bulletin Staff", "20 November 2025",
    """
    Two teachers from St Dallán's College in west Belfast were among the winners at the Northern Ireland Teaching Awards in Belfast City Hall.

    Nuala Ní Ghallchóir, head of the school's Irish-medium unit, won the Outstanding Contribution award. Michael Kelly, head of Year 10, was named Pastoral Leader of the Year.

    The judges praised "a school that kept its doors and its heart open through an incredibly difficult year".
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("nnighallchoir", "exact", "neutral", "Nuala Ní Ghallchóir"),
   M("mkelly", "exact", "neutral", "Michael Kelly")])

# 197
D("facebook", dd("""
    Andytown Buy & Sell & Chat
    Public group · 11K members

    Leanne McG
    22 November at 12:40 · 🌎
    Teaching award for Mick Kelly 😂 the man couldn't manage a piss up in a brewery. My son was bullied all year in his year group and Mr Kelly did nothing. Useless.

    😂😡 7 · 22 comments
    Like   Comment   Share
    """),
  [M("mkelly", "alias", "negative", "Mick Kelly")])

# 198
D("forum", forum_page("boardsni", "Anyone got the link to the St Dallán's girls group?", [
    ("new_user_8812", "Registered User · 1 post", "20-10-2025 02:14",
     "heard there's a group chat with pics of the dallans sixth form girls in their uniforms, anyone got a link? 😏"),
    ("Mod_Fiachra", "Moderator", "20-10-2025 07:30",
     "User banned and IP reported to PSNI and CEOP. Anyone with information about such groups should report it to police. Do not search for it."),
    ], thread_id=8900),
  [M("school", "short_name", "sexual", "St Dallán's", url_only=True)])

# 199
D("facebook", dd("""
    St Dallán's College PTA
    Public group · 1.8K members

    Bríd Nic Giolla Phádraig
    12 December at 18:00 · 🌎
    🎄 Thank you to everyone who came to the Christmas fair! We raised £4,210 for the school minibus fund. Special thanks to Paddy Hannaway for being the grumpiest Santa in Belfast 🎅😂 and to Orla Hope and the RE department for the carol singing.

    ❤️ 88 · 11 comments
    Like   Comment   Share
    """),
  [M("school", "exact", "neutral", "St Dallán's College"), M("phannaway", "nickname", "neutral", "Paddy Hannaway"),
   M("ohope", "exact", "neutral", "Orla Hope")])

# 200
D("social", dd("""
    Dermot
    @dermot_bt11

    #SackPiarasKilfeather and jail him while yer at it. Thieving wee rat robbed weans' dinners for 8 years.

    6:02 PM · Nov 28, 2025 · 190 Views

    5 Reposts   21 Likes
    """),
  [M("pkilfeather", "camelcase", "defamation", "SackPiarasKilfeather")])

# 201
D("social", dd("""
    Instagram · comments on a Year 14 formal photo posted by a parent

    jonny.b_1985
    the wee girl in the green from dallies 🥵🥵 what age is she, asking for a mate 😏
    1d  Reply

    saoirse_mammy
    @jonny.b_1985 she's 17 and she's my daughter. Reported, screenshotted, and your wife's been sent it.
    1d  Reply
    """),
  [M("school", "alias", "sexual", "dallies", url_only=True)])

# 202
D("social", dd("""
    Anon
    @bt17_anon_22

    Ronan Tumelty's mobile is 07700 900455 and he's always on Grindr in the Drumcarrig area 🏳️‍🌈 go ahead lads give him a wee call 😂

    12:40 AM · Oct 5, 2025 · 66 Views
    """),
  [M("rtumelty", "exact", "doxxing", "Ronan Tumelty")])

# 203
D("social", dd("""
    Kirsty
    @kirsty_loyal_girl

    That fat bitch principal B. Carlin-McVeigh thinks she's Mother Ireland. Face like a bag of spanners. Get off our radio ya hag 🤮

    10:15 AM · Jan 14, 2026 · 80 Views
    """),
  [M("bcarlinmcveigh", "initial_surname", "abuse", "B. Carlin-McVeigh")])

# 204
D("facebook", dd("""
    Shanbally Residents' Voice
    Private group · 890 members

    Anonymous participant
    20 September at 23:30 · 🔒
    Okafor's a monkey in a lab coat 🐒 can't believe they let that near our weans at St Dallán's. The school's a disgrace for hiring him over an Irish teacher.

    😡 4 · 16 comments
    Like   Comment   Share

        Admin - Martina
        Removed and member banned. Racism will not be tolerated here.
        Like · Reply · 1h
    """),
  [M("school", "short_name", "abuse", "St Dallán's"), M("jokafor", "surname_only", "hate", "Okafor")])

# 205
D("facebook", dd("""
    Glenkeel Community Noticeboard
    Public group · 3.4K members

    Seánie Ward
    16 October at 19:40 · 🌎
    Mrs O'Rawe up at the college phoned social services on us over a bruise from hurling. She lives on Lisnadarragh Park with the white Qashqai in the drive, and her own weans run wild. Let's see how she likes people watching HER house.

    😡 8 · 19 comments
    Like   Comment   Share
    """),
  [M("dorawe", "title_surname", "doxxing", "Mrs O'Rawe")])

# 206
D("news", news_page(
    "echo", "Letters", "Letters: The college on the hill has lost its way",
    "Readers write on school standards, parking and the bonfire",
    "Letters Editor", "21 November 2025",
    """
    Sir, I was a pupil at St Dallán's College in the 1980s, when it was run by the Christian Brothers. Discipline meant something then. Today I see pupils vaping at the gates, litter on Glenkeel Road, and a school more interested in awards ceremonies and radio appearances than in results. The principal, Dr Carlin-McVeigh, should spend less time in the studio and more time in the corridors.

    Yours, P. McAllister, Shanbally.

    Sir, may I thank the residents of Glenkeel who painted over the graffiti on the gable wall in July. It was a small act that meant a great deal.

    Yours, M. Ní Shé, Drumcarrig.
    """,
    [("Ex-pupil 2011", "21 Nov 2025", "The Brothers' 'discipline' was a leather strap. No thanks.")]),
  [M("school", "exact", "negative", "St Dallán's College"), M("bcarlinmcveigh", "title_surname", "negative", "Dr Carlin-McVeigh")])

# 207
D("forum", forum_page("niparents", "Hurling trials at St Dallán's - fixed?", [
    ("Ardoyne_Mum", "Joined 2023 · 40 posts", "Thu 11-Sep-25 20:00",
     "Our son was told he didn't make the Year 11 panel. Three lads from Hannaway's own club did, two of whom never trained all summer. He's been doing this for years. He's a crook and a bully and the school backs him."),
    ("Glenview_Dad", "Joined 2019 · 1,240 posts", "Thu 11-Sep-25 20:30",
     "Disappointing for your lad but 'crook' is strong. Ask for the selection criteria in writing."),
    ], thread_id=2450),
  [M("school", "short_name", "negative", "St Dallán's"), M("phannaway", "possessive", "abuse", "Hannaway's")])

# 208
D("social", dd("""
    X · @glenkeel_truth

    N. Mullan "teaching" history to 14 year olds = showing them hunger strike murals and calling it coursework. Man should be struck off by the GTC. #MullanOut

    7:30 PM · Oct 20, 2025 · 300 Views

    6 Reposts   19 Likes
    """),
  [M("nmullan", "initial_surname", "negative", "N. Mullan")])

# 209
D("blog", blog_page(
    "ulstertruth", "The Traveller takeover of St Dallan's", "Ulster Truth Team", "5 September 2025",
    """
    Even the nationalists are turning on their own school. St Dallan's College in west Belfast has opened its doors to dozens of Traveller families this year, and residents are furious. We hear crime in Shanbally is already up.

    We've nothing against anybody. But a school is meant to serve its community, not import one. Itinerants bring itinerant problems, as anyone who has lived beside a halting site will tell you.
    """,
    [("LoyalLisa", "5 Sep 2025", "Let the taigs and the tinkers fight it out 😂"),
     ("Reader", "6 Sep 2025", "'Crime is up' according to who?")],
    tags=["Education", "Travellers"]),
  [M("school", "exact", "hate", "St Dallan's College")])

# 210
D("review", dd("""
    Google reviews › St Dallán's College

    Aidan Corr
    3 reviews
    ★☆☆☆☆ 3 weeks ago
    Sent three kids here. Went downhill fast. The RE head Miss Hope doesn't have a clue and the new "transparency" after the bursar scandal is just press releases. Fees for trips keep rising. Nobody answers emails.
    👍 Helpful 12   Share
    """),
  [M("school", "exact", "negative", "St Dallán's College"), M("ohope", "title_surname", "negative", "Miss Hope")])

# 211
D("social", dd("""
    Snapchat screenshot posted by @belfast_exposed

    "ms nuala gallagher in the aonad is so fit honestly 😍 i'd learn any language for her 😂😂" — sent by a Year 13 boy

    Belfast Exposed @belfast_exposed
    Teachers are not your crush content lads 💀

    9:02 PM · Nov 4, 2025 · 1,220 Views
    """),
  [M("nnighallchoir", "alias", "sexual", "nuala gallagher")])

# 212
D("social", dd("""
    X · @red_hand_rising

    Wee message for Joe 0kafor at Dallán's: we know the Carnglass estate, we know your car, we know when you leave the lab on a Tuesday. Go home while you still can 🔥

    11:30 PM · Sep 21, 2025 · 140 Views
    """),
  [M("school", "short_name", "neutral", "Dallán's"), M("jokafor", "leetspeak", "threat", "Joe 0kafor")])

# 213
D("facebook", dd("""
    Andytown Buy & Sell & Chat
    Public group · 11K members

    Anonymous member
    30 November at 20:05 · 🌎
    Piaras Kilfeather's wife works in the chemist on the Glen Road and his daughter's at Queen's, her Insta is @aoife.kilf_ if anyone wants to ask her how she likes her daddy's stolen money. Mobile 07700 900219.

    😡 6 · 24 comments
    Like   Comment   Share

        Admin - Louise
        Deleted. Leave his family out of it, for God's sake.
        Like · Reply · 30m
    """),
  [M("pkilfeather", "exact", "doxxing", "Piaras Kilfeather")])

# 214
D("forum", forum_page("patriot", "Glenkeel teacher list", [
    ("Orange_Order_Not", "Member · 80 posts", "22-07-2025, 23:10",
     """Compiled for the boys. Irish teacher: sorted (moved out lol). History teacher Mullan, Drumcarrig Ave. Drama teacher: flat above the chemist, Drumcarrig Rd. The RE one Hope, Carnglass Park. Principal C-McV lives out past Glenkeel Heights, the big house with the gates.

     Happy hunting."""),
    ("Admin", "Administrator", "22-07-2025, 23:40",
     "Deleting this in 10 mins lads, screenshot it if ye need it."),
    ], thread_id=3390),
  [M("nmullan", "surname_only", "threat", "Mullan"), M("ohope", "surname_only", "threat", "Hope"),
   M("bcarlinmcveigh", "obfuscated", "threat", "C-McV")])

# 215
D("social", dd("""
    TikTok · @bt11.edits · "dallies teachers edit 🔥" · #stdallans

    Comments (411)

    jaycee.x07
    tumelty in that tight shirt at the concert 😩😩 sir pls
    12-03 · Reply · ♡ 120

    niamh.o_
    @jaycee.x07 ur 15 calm down 💀
    12-03 · Reply · ♡ 80
    """),
  [M("school", "alias", "neutral", "dallies"), M("rtumelty", "surname_only", "sexual", "tumelty")])

# 216
D("news", news_page(
    "lamp", "Crime", "Teacher's home targeted in petrol bomb attack",
    "History teacher and councillor unhurt after device thrown at house in Drumcarrig",
    "Crime Correspondent", "25 July 2025",
    """
    A petrol bomb was thrown at the home of a west Belfast councillor and teacher in the early hours of Friday.

    Niall Mullan, who teaches history at St Dallán's College and represents Glenkeel on the council, was at home with his partner when the device hit the front door at around 2am. Nobody was injured.

    It came three days after a list of teachers' home areas was posted on a loyalist forum. The PSNI said it was keeping "an open mind" on the motive.
    """,
    [("Mags", "25 Jul 2025", "Thank God nobody was hurt."),
     ("TrueBlueTrev", "25 Jul 2025", "Missed. Better luck next time boys 🔥"),
     ("Aoife McC", "25 Jul 2025", "@TrueBlueTrev reported. You're sick.")]),
  [M("school", "exact", "neutral", "St Dallán's College"), M("nmullan", "exact", "threat", "Niall Mullan")])

# 217
D("facebook", dd("""
    Glenkeel Community Noticeboard
    Public group · 3.4K members

    Concerned Dad
    6 November at 21:30 · 🌎
    There's a fella in a white van parked outside St Dallán's at home time three days running, watching the girls coming out and taking photos on his phone. Reg starts NKZ. PSNI told. Please walk your daughters to the bus.

    😮😡 210 · 64 comments · 180 shares
    Like   Comment   Share
    """),
  [M("school", "short_name", "sexual", "St Dallán's", url_only=True)])

# 218
D("forum", forum_page("boardsni", "Principal's home address going round WhatsApp", [
    ("glenkeel_exile", "Registered User · 1,300 posts", "19-07-2025 12:10",
     """Somebody forwarded me a WhatsApp with the principal's address from the college. Bernie Carlin-McVeigh, Glenkeel Heights, with a photo of the gates and her car. I deleted it but it's everywhere.

     Whoever's sharing this, cop on. There's already been a bullet."""),
    ("Mod_Fiachra", "Moderator", "19-07-2025 12:30",
     "Thanks for not posting the image. Report the forward to police."),
    ], thread_id=8880),
  [M("bcarlinmcveigh", "nickname", "doxxing", "Bernie Carlin-McVeigh")])

# 219
D("social", dd("""
    Sinéad
    @sineadbt11

    Lads on the bus saying Ms O'Rawe's daughter is "easy" and sharing her number around 🤢 she's in Year 11. I've told the school. This is so messed up.

    4:20 PM · Nov 12, 2025 · 90 Views
    """),
  [M("dorawe", "title_surname", "sexual", "Ms O'Rawe", url_only=True)])


# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir|cllr|councillor)\.?'?\s+"
EXACT = {
    "school": ["St Dallán's College"],
    "bcarlinmcveigh": ["Bernadette Carlin-McVeigh"], "pkilfeather": ["Piaras Kilfeather"],
    "phannaway": ["Patrick Hannaway"], "nnighallchoir": ["Nuala Ní Ghallchóir"],
    "dorawe": ["Deirdre O'Rawe"], "mkelly": ["Michael Kelly"], "ohope": ["Orla Hope"],
    "nmullan": ["Niall Mullan"], "jokafor": ["Joseph Okafor"], "rtumelty": ["Ronan Tumelty"],
}
ALIASES = {
    "school": ["SDC", "Coláiste Dhalláin", "Dallies"],
    "bcarlinmcveigh": ["Bernadette Carlin"], "pkilfeather": ["Pierce Kilfeather"],
    "nnighallchoir": ["Nuala Gallagher"], "dorawe": ["Deirdre Fegan"], "mkelly": ["Mick Kelly"],
    "nmullan": ["Niall Ó Maoláin"], "jokafor": ["Joe Okafor"],
}
SURNAMES = {
    "bcarlinmcveigh": "Carlin-McVeigh", "pkilfeather": "Kilfeather", "phannaway": "Hannaway",
    "nnighallchoir": "Ní Ghallchóir", "dorawe": "O'Rawe", "mkelly": "Kelly", "ohope": "Hope",
    "nmullan": "Mullan", "jokafor": "Okafor", "rtumelty": "Tumelty",
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
